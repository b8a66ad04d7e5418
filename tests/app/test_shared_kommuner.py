"""A committee over several kommuner, and a kommun in several committees (issue 14 item 5).

A joint project of Halmstad and Laholm lives beside their own lokala nämnder: the filter bar
offers each (kommun, committee) once, the plain kommunkod keeps opening the kommun's own nämnd,
and the project opens from ``?kommun=1380-PRJ1``, on every page, in the exports and on Jämför.
"""

from __future__ import annotations

import pandas as pd
import pytest

from folkhalsa import versions
from folkhalsa.__main__ import main
from folkhalsa.exports import report
from folkhalsa.followup import committees
from folkhalsa.store import Store, current_folder
from tests.app.helpers import all_text, open_app
from tests.storetools import workbook

PROJECT = {
    "committees": [{"committee_id": "PRJ1", "name": "Projekt Unga i Halland", "organisation": "Region Halland",
                    "kind": "projekt", "active_from": 2021}],
    "committee_municipalities": [{"committee_id": "PRJ1", "municipality_code": c, "municipality_name": n}
                                 for c, n in (("1380", "Halmstad"), ("1381", "Laholm"))],
    "goals": [{"goal_id": "PRJ1-M1", "committee_id": "PRJ1", "year": 2022, "level": "målområde",
               "title": "Ungas fritid", "position": 1},
              {"goal_id": "PRJ1-A1", "committee_id": "PRJ1", "year": 2022, "parent_id": "PRJ1-M1",
               "level": "åtagande", "title": "Öppna mötesplatser i båda kommunerna", "position": 2}],
    "goal_assessments": [{"goal_id": "PRJ1-A1", "year": 2022, "period": "AR", "status": "delvis",
                          "comment": "Laholms mötesplats öppnar 2023."}],
}


@pytest.fixture
def with_project(own_store):
    filled = own_store.parent / "projekt.xlsx"
    filled.write_bytes(workbook(PROJECT))
    assert main(["import", str(filled)]) == 0
    return own_store


def test_each_kommun_and_committee_is_one_choice_and_the_own_committee_keeps_the_kommunkod():
    options = pd.DataFrame({
        "municipality_code": ["1380", "1380", "1381", "1381"], "municipality_name": ["Halmstad", "Halmstad",
                                                                                      "Laholm", "Laholm"],
        "committee_id": ["PRJ1", "LN1380", "PRJ1", "LN1381"],
        "committee_name": ["Projekt Unga i Halland", "Lokal nämnd Halmstad", "Projekt Unga i Halland",
                           "Lokal nämnd Laholm"],
        "active_from": [2021, 2007, 2021, 2007], "active_to": [None, 2022, None, 2022]})
    table = committees.choices(options)
    assert list(table["key"]) == ["1380", "1380-PRJ1", "1381", "1381-PRJ1"]
    assert list(table["label"])[:2] == ["Halmstad – Lokal nämnd Halmstad", "Halmstad – Projekt Unga i Halland"]
    assert committees.pick(options, "1380")["committee_id"] == "LN1380"
    assert committees.pick(options, "1381-PRJ1")["committee_id"] == "PRJ1"
    assert committees.pick(options, "1380", "PRJ1")["key"] == "1380-PRJ1"
    assert committees.pick(options, "1382") is None and committees.pick(options, "1380", "LN1381") is None
    assert committees.choices(options.head(0)).empty


def test_the_filter_bar_offers_the_project_beside_the_kommuns_own_nämnd(with_project):
    at = open_app("pages/oversikt.py", kommun="1380", ar="2022")
    chooser = at.selectbox(key="kommun")
    assert "Halmstad – Lokal nämnd Halmstad" in chooser.options
    assert "Halmstad – Projekt Unga i Halland" in chooser.options
    halland = [o for o in chooser.options if not o.startswith("Lerum – ")]  # Lerum's folkhälsoråd (seed 004)
    assert len(chooser.options) == len(set(chooser.options)) == 9
    assert len(halland) == 8  # six nämnder, the project twice
    assert chooser.value == "1380" and "Lokal nämnd Halmstad" in all_text(at)


@pytest.mark.parametrize("page", ["pages/oversikt.py", "pages/maluppfyllelse.py", "pages/indikatorer.py",
                                  "pages/dialoger.py", "pages/lupp.py", "pages/ekonomi.py", "pages/moteslage.py",
                                  "pages/jamfor.py"])
def test_every_page_opens_the_project_from_its_link(with_project, page):
    at = open_app(page, kommun="1380-PRJ1", ar="2022")
    assert at.selectbox(key="kommun").value == "1380-PRJ1"
    assert at.query_params["kommun"] in ("1380-PRJ1", ["1380-PRJ1"])
    if page == "pages/maluppfyllelse.py":
        assert "Öppna mötesplatser i båda kommunerna" in all_text(at) + str(
            [df.value.to_string() for df in at.dataframe])
    if page == "pages/jamfor.py":
        assert "Nämndens kommuner" in "".join(at.selectbox(key="grupp").options)


def test_exports_and_the_command_line_pick_the_committee(with_project, capsys, tmp_path):
    store = Store(current_folder(with_project))
    assert report.report_data(store, "1380", 2022, "AR").committee_id == "LN1380"
    assert report.report_data(store, "1380-PRJ1", 2022, "AR").committee_name == "Projekt Unga i Halland"
    assert report.report_data(store, "1381", 2022, "AR", committee_id="PRJ1").committee_id == "PRJ1"
    with pytest.raises(report.ReportError, match="1380 med nämnden LN1381 finns inte"):
        report.report_data(store, "1380", 2022, "AR", committee_id="LN1381")
    out = tmp_path / "p.docx"
    assert main(["export", "--kommun", "1380", "--namnd", "PRJ1", "--ar", "2022", "--format", "docx",
                 "--out", str(out)]) == 0
    from docx import Document

    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Projekt Unga i Halland" in text and "Lokal nämnd Halmstad" not in text
    assert versions.current_id(with_project)
