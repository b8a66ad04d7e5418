"""Each indicator kind on the pages and in Word, PowerPoint and Excel, from one small store of our own."""

from __future__ import annotations

import io
from datetime import date

import pytest
from docx import Document
from openpyxl import load_workbook
from pptx import Presentation

from folkhalsa import fmt
from folkhalsa.exports import cells, docx, pptx, report, sheets
from folkhalsa.followup import indicators as kinds
from folkhalsa.store import open_store
from tests import kinds_data
from tests.app.helpers import all_text, arr, open_app, plotly_specs

PARAMS = dict(kommun=kinds_data.CODE, ar="2019", period="AR")


@pytest.fixture
def kinds_store(tmp_path, monkeypatch):
    root = kinds_data.make_store(tmp_path)
    monkeypatch.setenv("FOLKHALSA_DATA", str(root))
    monkeypatch.delenv("FOLKHALSA_LOCAL_EDITOR", raising=False)
    return root


@pytest.fixture
def data(kinds_store):
    return report.report_data(open_store(kinds_store), kinds_data.CODE, 2019, "AR", made_on=date(2020, 2, 1))


def _frames(at) -> list:
    return [el.value for el in at.dataframe]


def test_maluppfyllelse_shows_each_kind_with_its_status_and_the_rule(kinds_store):
    at = open_app("pages/maluppfyllelse.py", **PARAMS)
    table = next(f for f in _frames(at) if "Målvärdet" in f.columns)
    by_name = dict(zip(table["Indikator"], table["Målvärdet"], strict=True))
    names = {r["indicator_id"]: r["name"] for r in kinds_data.ROWS["indicators"]}
    assert {i: by_name[names[i]] for i in names} == kinds_data.WORDS
    assert list(table["Typ"]) == ["Indikator", "Långsiktig indikator", "Effektmål", "Effektmål", "Milstolpe",
                                  "Milstolpe"]
    assert table.loc[table["Indikator"] == names["FR1499-I5"], "Utfall"].item() == "Genomförd"
    assert table.loc[table["Indikator"] == names["FR1499-I3"], "Målvärde"].item() == f"basår 2018: 70{kinds_data.NB}%"
    assert kinds.RULES_CAPTION in all_text(at)


def test_oversikt_asks_attention_for_an_effect_goal_moving_the_wrong_way(kinds_store):
    at = open_app("pages/oversikt.py", **PARAMS)
    text = all_text(at)
    assert "Minskad frånvaro" in text and fmt.plain(kinds_data.WORDS["FR1499-I4"]) in text  # escaped markdown
    assert "Högre andel elever med godkända betyg" not in text  # in the wanted direction: no attention
    assert kinds.RULES_CAPTION in text


@pytest.mark.parametrize("indicator_id, rule, year_word", [
    ("FR1499-I3", "Effektmål utan målvärde bedöms mot basåret 2018", f"Basår (70{kinds_data.NB}%)"),
    ("FR1499-I5", "Milstolpe: genomförd när utfallet är 1", "✓ Genomförd (2019-05-31)"),
    ("FR1499-I2", "Långsiktig indikator: följs över tid", "Följs över tid"),
    ("FR1499-I1", "Indikator: bedöms mot årets målvärde", "✓ Når målvärdet"),
])
def test_indikatorer_states_the_rule_of_the_chosen_kind(kinds_store, indicator_id, rule, year_word):
    at = open_app("pages/indikatorer.py", **PARAMS, indikator=indicator_id)
    text = all_text(at)
    assert fmt.plain(rule) in text, text  # the rule as the page writes it (escaped markdown)
    words = [w for f in _frames(at) if "Målvärdet" in f.columns for w in f["Målvärdet"]]
    assert year_word in words, words


def test_an_effect_goal_is_drawn_against_its_baseline_year(kinds_store):
    at = open_app("pages/indikatorer.py", **PARAMS, indikator="FR1499-I3")
    spec = plotly_specs(at)[0]
    lines = {t["name"]: arr(t["y"]) for t in spec["data"]}
    assert set(lines["Basår 2018"]) == {70.0} and "Målvärde" not in lines


def test_moteslage_shows_the_kinds_on_the_area_slide(kinds_store):
    cells_shown, text = [], ""
    for bild in ("3", "4"):  # the area's goal and indicator rows, on as many slides as they need
        at = open_app("pages/moteslage.py", **PARAMS, bild=bild)
        cells_shown += [str(v) for t in at.table for v in t.value.to_numpy().ravel()]
        text += all_text(at)
    for word in kinds_data.WORDS.values():
        assert fmt.plain(word) in cells_shown, word  # st.table cells are written as escaped markdown
    assert fmt.plain("Genomfört analysarbetet (milstolpe)") in cells_shown
    assert fmt.plain(kinds.SHORT_RULE) in text


def _words(values) -> str:
    return "\n".join(str(v) for v in values if v is not None)


def test_word_says_each_kinds_status(data):
    doc = Document(io.BytesIO(docx.build(data)))
    text = _words([p.text for p in doc.paragraphs]
                  + [c.text for t in doc.tables for row in t.rows for c in row.cells])
    for word in kinds_data.WORDS.values():
        assert word in text, word
    assert "Genomfört analysarbetet (milstolpe)" in text and kinds.RULES_CAPTION in text
    assert "Av 2 milstolpar är 1 genomförd." in text
    assert "Av 2 mål som bedöms mot sitt basår har 1 utvecklats i önskad riktning (1 mot önskad riktning)." in text
    assert "Mot önskad riktning sedan basåret: Minskad frånvaro." in text
    assert "Under målvärdet ligger" not in text


def test_powerpoint_says_each_kinds_status(data):
    prs = Presentation(io.BytesIO(pptx.build(data)))
    values = []
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                values.append(shape.text_frame.text)
            if shape.has_table:
                values += [c.text for row in shape.table.rows for c in row.cells]
    text = _words(values)
    for word in kinds_data.WORDS.values():
        assert word in text, word


def test_excel_says_each_kinds_status_and_keeps_numbers(data):
    wb = load_workbook(io.BytesIO(cells.to_xlsx(sheets.report_sheets(data))))
    ws = wb["Indikatorer"]
    rows = list(ws.iter_rows(values_only=True))
    head = list(rows[0])
    found = {r[head.index("Indikator")]: r for r in rows[1:]}
    names = {r["indicator_id"]: r["name"] for r in kinds_data.ROWS["indicators"]}
    for indicator_id, word in kinds_data.WORDS.items():
        assert found[names[indicator_id]][head.index("Målvärdet")] == word
    i3 = found[names["FR1499-I3"]]
    assert i3[head.index("Typ")] == "Effektmål" and i3[head.index("Basår")] == 2018
    assert i3[head.index("Utfall basåret")] == 70 and i3[head.index("Utfall")] == 74
    assert found[names["FR1499-I5"]][head.index("Genomförd datum")] == "2019-05-31"


EXTREMES = {
    "indicators": [
        {"indicator_id": "X1", "kind": "milstolpe", "baseline_year": -32768},
        {"indicator_id": "X2", "kind": "effektmål", "baseline_year": 32767},
        {"indicator_id": "X3", "kind": "effektmål", "baseline_year": 2018},
        {"indicator_id": "X4", "kind": "  ", "baseline_year": None},
        {"indicator_id": "X5", "kind": "långsiktig indikator", "baseline_year": 2019},
    ],
    "indicator_values": [
        {"indicator_id": "X1", "year": 2019, "outcome": 1e15, "target": -1e15, "done_date": date(1, 1, 1)},
        {"indicator_id": "X2", "year": 2019, "outcome": None, "target": None, "done_date": date(9999, 12, 31)},
        {"indicator_id": "X3", "year": 2018, "outcome": -1e15, "target": None, "done_date": None},
        {"indicator_id": "X3", "year": 2019, "outcome": 1e15, "target": None, "done_date": None},
        {"indicator_id": "X4", "year": 2019, "outcome": None, "target": None, "done_date": date(2019, 1, 1)},
        {"indicator_id": "X5", "year": 2019, "outcome": 0.0, "target": None, "done_date": None},
    ],
}


def test_extreme_and_empty_kinds_render_everywhere(tmp_path, monkeypatch):
    """Written straight to the store (no import checks): what the hardening tests may hold."""
    from folkhalsa import versions
    from tests.storetools import CLI

    rows = {t: [dict(r) for r in recs] for t, recs in kinds_data.ROWS.items()}
    base = {**rows["indicators"][0], "direction": "higher"}
    rows["indicators"] = [{**base, **r, "name": f"Extrem {r['indicator_id']}", "unit": "procent"}
                          for r in EXTREMES["indicators"]]
    rows["indicator_values"] = [{"period": "AR", "gender": "T", **r} for r in EXTREMES["indicator_values"]]
    rows["goal_assessments"] = [{**rows["goal_assessments"][0], "status": "delvis"}]
    root = tmp_path / "extremes"
    versions.init_store(root, CLI, from_demo=False)
    versions.commit(root, {t: versions.rows_from_records(t, recs) for t, recs in rows.items()}, CLI, "test", "x")
    monkeypatch.setenv("FOLKHALSA_DATA", str(root))
    data = report.report_data(open_store(root), kinds_data.CODE, 2019, "AR")
    words = {i: s.word for i, s in zip(data.now.outcomes["indicator_id"], data.now.outcomes["state"], strict=True)}
    assert words["X1"] == "✓ Genomförd (0001-01-01)"
    assert words["X2"] == "Före basåret 32767"
    assert words["X3"].startswith("✓ Ökat sedan 2018 (+2") and "i önskad riktning" in words["X3"]
    assert words["X4"] == "Utfall saknas"
    assert words["X5"] == "Basår (0\u00a0%)"
    assert docx.build(data) and pptx.build(data) and cells.to_xlsx(sheets.report_sheets(data))
    for indicator_id in ("X1", "X2", "X3", "X4", "X5"):
        open_app("pages/indikatorer.py", **PARAMS, indikator=indicator_id)  # asserts no exception
    for page in ("pages/oversikt.py", "pages/maluppfyllelse.py", "pages/moteslage.py"):
        open_app(page, **PARAMS)
