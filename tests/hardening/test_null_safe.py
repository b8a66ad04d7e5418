"""Accepted data never breaks a page or an export (issue ”Hardened”, item 1)."""

from __future__ import annotations

import pytest

from folkhalsa import versions
from folkhalsa.__main__ import main
from tests.app.helpers import open_app
from tests.storetools import ALE, new_store, workbook

PAGES = ["pages/oversikt.py", "pages/maluppfyllelse.py", "pages/indikatorer.py", "pages/dialoger.py",
         "pages/lupp.py", "pages/ekonomi.py", "pages/moteslage.py"]


def _store_with(tmp_path, monkeypatch, data: dict) -> None:
    root = new_store(tmp_path, from_demo=False)
    monkeypatch.setenv("FOLKHALSA_DATA", str(root))
    filled = tmp_path / "in.xlsx"
    filled.write_bytes(workbook(data))
    assert main(["import", str(filled)]) == 0
    assert versions.current_id(root)


def _one_source_note() -> dict:
    values = [dict(v) for v in ALE["indicator_values"]]
    values[0]["source_note"] = "Egen räkning"  # the other value keeps a null source note
    return {**ALE, "indicator_values": values}


def _only_areas() -> dict:
    goals = [g for g in ALE["goals"] if g["level"] == "målområde"]
    indicators = [{**i, "goal_id": goals[0]["goal_id"]} for i in ALE["indicators"]]
    return {**ALE, "goals": goals, "goal_assessments": [], "indicators": indicators}


@pytest.mark.parametrize("page", PAGES)
def test_a_null_source_note_beside_a_given_one_renders_every_page(tmp_path, monkeypatch, page):
    _store_with(tmp_path, monkeypatch, _one_source_note())
    at = open_app(page, kommun="1440", ar="2023")
    assert not at.exception


@pytest.mark.parametrize("page", ["pages/oversikt.py", "pages/maluppfyllelse.py", "pages/moteslage.py"])
def test_a_goal_tree_of_only_malomraden_renders(tmp_path, monkeypatch, page):
    _store_with(tmp_path, monkeypatch, _only_areas())
    at = open_app(page, kommun="1440", ar="2023")
    assert not at.exception


@pytest.mark.parametrize("fmt_", ["docx", "pptx", "xlsx", "csv"])
def test_a_goal_tree_of_only_malomraden_exports(tmp_path, monkeypatch, fmt_):
    _store_with(tmp_path, monkeypatch, _only_areas())
    out = tmp_path / f"ut.{fmt_}"
    assert main(["export", "--kommun", "1440", "--ar", "2023", "--period", "AR", "--format", fmt_,
                 "--out", str(out)]) == 0
    assert out.stat().st_size > 0


def test_control_characters_and_an_empty_chart_never_break_an_export(tmp_path):
    """Found by the property test: a NUL in a name broke Word; a budget of only sub-posts broke PowerPoint."""
    from folkhalsa.exports import files, report
    from folkhalsa.store import open_store
    from tests.storetools import CLI

    root = new_store(tmp_path, from_demo=False)
    data = {**ALE, "committees": [{**ALE["committees"][0], "name": "Folkhälsorådet\x00 Ale\x07"}],
            "budget": [{"committee_id": "FR1440", "year": 2023, "period": "AR", "account": "Del",
                        "parent_account": "Saknas", "budget_tkr": 10.0}]}
    versions.commit(root, {t: versions.rows_from_records(t, rows) for t, rows in data.items()}, CLI, "test", "x")
    built = report.report_data(open_store(root), "1440", 2023, "AR")
    for fmt_ in ("docx", "pptx", "xlsx", "csv"):
        content, _ = files.build_file(built, fmt_)
        assert content
