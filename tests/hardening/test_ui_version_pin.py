"""Hardened 4: one version per rerun. Every ``q()`` of one script run reads the version that was
current when the run first asked for data, even if a write makes another version current meanwhile."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from folkhalsa import versions
from folkhalsa.store import DATA_ENV
from tests.storetools import CLI, new_store

NEW_NAME = "Omdöpt nämnd"


def rename_first_committee(root, name: str) -> str:
    """A write by someone else: the committee of Halmstad gets a new name."""
    _, rows = versions.current_rows(root)
    table = dict(rows["committees"])
    cols = versions.TABLES["committees"].column_names
    key = next(k for k, r in table.items() if r[cols.index("committee_id")] == "LN1380")
    table[key] = tuple(name if c == "name" else v for c, v in zip(cols, table[key], strict=True))
    return versions.commit(root, {"committees": table}, CLI, "redigering", f"Ny titel: {name}")


def _script():
    import os
    from pathlib import Path

    import streamlit as st

    from folkhalsa.ui.data import q
    from tests.hardening.test_ui_version_pin import NEW_NAME, rename_first_committee

    def name() -> str:
        opts = q("committee_options")
        return opts.set_index("committee_id").at["LN1380", "committee_name"]

    first = name()
    if not st.session_state.get("written"):
        st.session_state["written"] = True
        rename_first_committee(Path(os.environ["FOLKHALSA_DATA"]), NEW_NAME)  # between two q() calls
    second = name()
    st.text(first)
    st.text(second)


def test_a_commit_between_two_queries_of_one_run_does_not_mix_versions(tmp_path, monkeypatch):
    root = new_store(tmp_path)
    monkeypatch.setenv(DATA_ENV, str(root))
    at = AppTest.from_function(_script, default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    first, second = (t.value for t in at.text)
    assert versions.current_id(root) == "v000002"  # the write happened during the run
    assert first == second != NEW_NAME  # both read the version pinned at the start of the run

    at.run()  # the next rerun reads the new version, in every q()
    assert not at.exception
    assert [t.value for t in at.text] == [NEW_NAME, NEW_NAME]


def test_outside_a_script_run_q_reads_the_current_version(tmp_path, monkeypatch):
    """Bare mode (no script run, e.g. a script or the command line): nothing to pin."""
    from folkhalsa.ui import data

    root = new_store(tmp_path)
    monkeypatch.setenv(DATA_ENV, str(root))
    before = data.q("committee_options")
    rename_first_committee(root, NEW_NAME)
    after = data.q("committee_options")
    assert NEW_NAME not in set(before["committee_name"]) and NEW_NAME in set(after["committee_name"])
