"""Hardened 5: a version folder written but never made current (a kill between writing
versions/vNNNNNN and replacing CURRENT) is no change: hidden from the log, removed by the next write."""

from __future__ import annotations

import json
import shutil

from folkhalsa import versions
from folkhalsa.store import current_folder
from tests.storetools import CLI, new_store


def _fabricate_leftover(root, version="v000002"):
    """What a write killed after ``os.rename(tmp, final)`` and before ``_set_current`` leaves."""
    current = versions.current_id(root)
    folder = root / "versions" / version
    shutil.copytree(root / "versions" / current, folder, copy_function=shutil.copy2)
    record = {"at": "2030-01-01T00:00:00+00:00", "who": "avbruten", "action": "import",
              "summary": "Halvfärdig import", "parent": current, "tables": {}, "keys": {}, "version": version}
    (folder / versions.CHANGE_FILE).write_text(json.dumps(record), encoding="utf-8")
    return folder


def _edit(root, value):
    _, rows = versions.current_rows(root)
    goals = dict(rows["goals"])
    key = next(iter(goals))
    cols = versions.TABLES["goals"].column_names
    goals[key] = tuple(value if c == "title" else v for c, v in zip(cols, goals[key], strict=True))
    return {"goals": goals}


def test_leftover_version_is_hidden_from_the_change_log(tmp_path):
    root = new_store(tmp_path)
    _fabricate_leftover(root)
    assert versions.current_id(root) == "v000001"
    log = versions.history(root)
    assert [r["version"] for r in log] == ["v000001"]
    assert log[0]["current"]
    assert all(r.get("summary") != "Halvfärdig import" for r in log)


def test_next_write_removes_the_leftover_and_the_log_stays_continuous(tmp_path):
    root = new_store(tmp_path)
    leftover = _fabricate_leftover(root)
    _fabricate_leftover(root, "v000003")
    version = versions.commit(root, _edit(root, "Ändrad titel"), CLI, "redigering", "En riktig ändring")
    assert version == "v000002"
    record = versions.read_record(root, version)
    assert record["summary"] == "En riktig ändring" and record["who"] != "avbruten"
    assert not (root / "versions" / "v000003").exists()
    assert leftover.exists()  # the name was taken again by the real write
    assert [(r["version"], r["summary"]) for r in versions.history(root)] == [
        ("v000002", "En riktig ändring"), ("v000001", versions.read_record(root, "v000001")["summary"])]
    assert current_folder(root) == root / "versions" / "v000002"


def test_undo_and_snapshot_also_clean_leftovers(tmp_path):
    root = new_store(tmp_path)
    versions.commit(root, _edit(root, "Ändrad titel"), CLI, "redigering", "x")
    _fabricate_leftover(root, "v000003")
    versions.snapshot(root, "Möte 2022-08-31", CLI)
    assert not (root / "versions" / "v000003").exists()
    _fabricate_leftover(root, "v000003")
    assert versions.undo(root, CLI) == "v000003"
    assert versions.read_record(root, "v000003")["action"] == "ångra"
