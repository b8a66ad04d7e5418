"""A write is all or nothing: also when interrupted part-way, and for readers meanwhile."""

from __future__ import annotations

import multiprocessing
import sys
import tempfile
import threading
import types
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from folkhalsa import importing, versions
from folkhalsa.schema import GENDERS, PERIODS, STATUSES, TABLES
from tests.storetools import ALE, CLI, read_consistent, tree_hash


def _ale_store(parent: Path) -> Path:
    root = parent / "store"
    versions.init_store(root, CLI)
    sheets_in = [importing.records_sheet(t, t, rows) for t, rows in ALE.items()]
    prepared = importing.validate(sheets_in, versions.current_rows(root)[1])
    assert prepared.ok, prepared.problems
    versions.commit(root, prepared.after, CLI, "import", "Ale")
    return root


values = st.lists(st.fixed_dictionaries({
    "indicator_id": st.sampled_from(["FR1440-I1", "FR1440-I2"]), "year": st.integers(2020, 2030),
    "period": st.sampled_from(PERIODS), "gender": st.sampled_from(GENDERS),
    "outcome": st.one_of(st.none(), st.floats(0, 100, allow_nan=False).map(lambda x: round(x, 1))),
    "target": st.one_of(st.none(), st.integers(0, 100)),
}), max_size=12, unique_by=lambda r: (r["indicator_id"], r["year"], r["period"], r["gender"]))
assessments = st.lists(st.fixed_dictionaries({
    "goal_id": st.just("FR1440-U1"), "year": st.just(2023), "period": st.sampled_from(PERIODS),
    "status": st.sampled_from(STATUSES),
    # text as an import accepts it: control characters are refused (tests/hardening/test_import_values.py)
    "comment": st.one_of(st.none(), st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=20)),
}), max_size=3, unique_by=lambda r: r["period"])
# where the write breaks: after k Parquet files, at the rename of the folder, at the pointer swap, or never
failures = st.one_of(st.none(), st.integers(0, len(TABLES)).map(lambda k: ("files", k)),
                     st.just(("rename", 0)), st.just(("pointer", 0)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=values, assessments=assessments, failure=failures)
def test_an_import_applies_completely_or_not_at_all(monkeypatch, values, assessments, failure):
    with tempfile.TemporaryDirectory() as tmp:
        root = _ale_store(Path(tmp))
        base_version, base = versions.current_rows(root)
        sheets_in = [importing.records_sheet("indicator_values", "v", values),
                     importing.records_sheet("goal_assessments", "g", assessments)]
        prepared = importing.validate(sheets_in, base)
        assert prepared.ok, prepared.problems
        expected = {name: {**base[name], **prepared.after.get(name, {})} for name in TABLES}
        before = tree_hash(root)

        with monkeypatch.context() as m:
            if failure and failure[0] == "files":
                real, calls = versions._write_table, [0]

                def flaky(table, path):
                    if calls[0] >= failure[1]:
                        raise OSError("Disken är full (test)")
                    calls[0] += 1
                    real(table, path)
                m.setattr(versions, "_write_table", flaky)
            elif failure and failure[0] == "rename":
                m.setattr(versions.os, "rename", _boom)
            elif failure and failure[0] == "pointer":
                m.setattr(versions, "_set_current", _boom)
            try:
                versions.commit(root, prepared.after, CLI, "import", "egendom", base=base_version)
                failed = False
            except OSError:
                failed = True

        if failed:
            assert tree_hash(root) == before
        else:
            assert versions.current_rows(root)[1] == expected


def _boom(*args, **kwargs):
    raise OSError("Avbrott (test)")


def _version_rows(n: int, base: dict) -> dict:
    cols = TABLES["committees"].column_names
    committees = {k: tuple(f"Folkhälsorådet {n}" if c == "name" else v for c, v in zip(cols, r, strict=True))
                  for k, r in base["committees"].items()}
    vcols = TABLES["indicator_values"].column_names
    values = {k: tuple(f"v {n}" if c == "comment" else v for c, v in zip(vcols, r, strict=True))
              for k, r in base["indicator_values"].items()}
    return {"committees": committees, "indicator_values": values}


def test_readers_never_see_a_mix_of_old_and_new(tmp_path, monkeypatch):
    """Two reader threads and a spawned reader process read while versions keep being written."""
    # A spawned child re-runs the parent's __main__ file; after an AppTest.from_function run in
    # the same pytest process that is a throwaway script. The child needs none of it.
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))
    root = _ale_store(tmp_path)
    _, base = versions.current_rows(root)
    versions.commit(root, _version_rows(0, base), CLI, "import", "v0")
    bad: list[str] = []
    threads = [threading.Thread(target=lambda: bad.extend(read_consistent(str(root), 25))) for _ in range(2)]
    ctx = multiprocessing.get_context("spawn")  # fork deadlocks with DuckDB's threads
    with ctx.Pool(1) as pool:
        in_process = pool.apply_async(read_consistent, (str(root), 40))
        for t in threads:
            t.start()
        n = 0
        while (not in_process.ready() or any(t.is_alive() for t in threads)) \
                and n < 1000:  # bounded: keep writing while anyone still reads
            n += 1
            versions.commit(root, _version_rows(n, base), CLI, "import", f"v{n}")
        for t in threads:
            t.join(60)
        bad.extend(in_process.get(timeout=120))
    assert n > 10, "the readers finished before the writes began"
    assert bad == []


@pytest.mark.parametrize("n_writers", [2])
def test_concurrent_writers_are_serialised_by_the_lock(tmp_path, n_writers):
    root = _ale_store(tmp_path)
    _, base = versions.current_rows(root)
    errors: list[BaseException] = []

    def writer(offset: int) -> None:
        try:
            for n in range(offset, offset + 10):
                versions.commit(root, _version_rows(n, base), CLI, "import", f"v{n}")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(100 * i,)) for i in range(n_writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    ids = [r["version"] for r in versions.history(root)]
    assert len(ids) == 2 + 10 * n_writers and len(set(ids)) == len(ids)
    assert read_consistent(str(root), 1) == []
