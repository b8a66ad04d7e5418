"""A real follow-up report in through the template and the CLI, the same figures out.

Both reports go the way a new user goes: ``init`` a folder, ``template``, fill the workbook,
``import``, ``export`` Word, PowerPoint and Excel; then every file is read back.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from pptx import Presentation

from folkhalsa.__main__ import main
from tests.followup.reports import EXEMPELBY, SEED_001, SEED_INDICATORS, SEED_POSTS

NB, MINUS = "\u00a0", "\u2212"


def fill(template: Path, rows: dict[str, list[dict]], out: Path) -> Path:
    """Type rows into the downloaded template under its Swedish headers; delete the example rows."""
    from folkhalsa import sheets as sh

    wb = openpyxl.load_workbook(template)
    for table, spec in sh.SHEETS.items():
        ws = wb[spec.name]
        ws.delete_rows(2)
        headers = [c.value for c in ws[1]]
        by_header = {spec.header(col): col for col in spec.headers}
        for rec in rows.get(table, []):
            ws.append([rec.get(by_header.get(h)) for h in headers])
    wb.save(out)
    return out


def round_trip(tmp_path: Path, monkeypatch, rows: dict, kommun: str, year: int, period: str,
               capsys) -> dict[str, object]:
    store = tmp_path / "data"
    assert main(["init", str(store)]) == 0
    monkeypatch.setenv("FOLKHALSA_DATA", str(store))
    template = tmp_path / "mall.xlsx"
    assert main(["template", str(template)]) == 0
    filled = fill(template, rows, tmp_path / "ifylld.xlsx")
    capsys.readouterr()
    assert main(["import", str(filled)]) == 0, capsys.readouterr()
    imported = capsys.readouterr().out
    out = tmp_path / "ut"
    files = {}
    for fmt in ("docx", "pptx", "xlsx"):
        assert main(["export", "--kommun", kommun, "--ar", str(year), "--period", period, "--format", fmt,
                     "--out", f"{out}/"]) == 0
    for path in out.iterdir():
        files[path.suffix.lstrip(".")] = path
    return {"files": files, "import": imported}


def word_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [" | ".join(c.text for c in row.cells) for row in table.rows]
    return "\n".join(parts)


def deck_text(path: Path) -> str:
    parts = []
    for slide in Presentation(str(path)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if shape.has_table:
                parts += [" | ".join(c.text for c in row.cells) for row in shape.table.rows]
    return "\n".join(parts)


def sheet_rows(path: Path, name: str) -> list[list[object]]:
    return [list(r) for r in openpyxl.load_workbook(path)[name].iter_rows(values_only=True)]


def _tkr(x: float) -> str:
    text = f"{abs(x):,.0f}".replace(",", NB)
    return (MINUS if x < 0 else "") + text


# ---------------------------------------------------------------- seed 001 ----------


@pytest.fixture
def seed(tmp_path, monkeypatch, capsys):
    return round_trip(tmp_path, monkeypatch, SEED_001, "1380", 2022, "UR2", capsys)


def test_seed_001_word_has_every_goal_indicator_and_economy_figure(seed):
    files = seed["files"]
    assert files["docx"].name == "Halmstad_2022_UR2_uppfoljning.docx"
    text = word_text(files["docx"])
    assert "Uppföljningsrapport 2" in text and "januari – augusti" in text
    for goal in SEED_001["goals"]:
        assert goal["title"] in text
    for assessment in SEED_001["goal_assessments"]:
        assert assessment["comment"] in text
    assert text.count("● Uppfylls") >= 3
    assert "3 av 3 uppfylls" in text  # the three assessed uppdrag; målområden are structure
    rows = {line.split(" | ")[0]: line.split(" | ") for line in text.splitlines() if " | " in line}
    for _id, name, unit, _d, _g, outcome, target, comment in SEED_INDICATORS:
        row = rows[name]
        shown_outcome = "–" if outcome is None else (f"{outcome.rstrip('%')}{NB}%" if unit == "procent" else str(outcome))
        assert row[1] == shown_outcome, name
        if target is None:
            assert row[2] == ("inget målvärde" if outcome is not None else "–"), name
        else:
            assert row[2] == (f"{target.rstrip('%')}{NB}%" if unit == "procent" else str(target)), name
        assert row[3] == comment
    assert "saknar utfall eller målvärde" not in text
    for account, _p, kind, budget, outcome, deviation, _forecast, _fd in SEED_POSTS:
        if kind == "summa":
            continue
        row = next(v for k, v in rows.items() if k.strip("\u2003") == account)
        assert row[1] == _tkr(budget), account
        if outcome is not None:
            assert row[2] == _tkr(outcome), account
        if deviation is not None:
            assert row[4] == ("±0" if deviation == 0 else ("+" if deviation > 0 else MINUS) + str(abs(deviation))), account
    total = rows["Totalt"]
    assert total[1:6] == [f"1{NB}196", "630", f"53{NB}%", "+46", f"1{NB}196"]
    assert "positiv budgetavvikelse om 46" in text


def test_seed_001_slides_and_excel_carry_the_same_figures(seed):
    files = seed["files"]
    deck = deck_text(files["pptx"])
    for _id, name, _unit, _d, _g, _o, _t, _c in SEED_INDICATORS:
        assert name in deck  # indicators without a target are on the slides too
    assert "Inget målvärde" in deck
    assert f"1{NB}196{NB}tkr" in deck and f"630{NB}tkr" in deck and "+46" in deck
    assert "3 av 3" in deck
    indicators = sheet_rows(files["xlsx"], "Indikatorer")
    head = indicators[0]
    values = {r[head.index("Indikator")]: r for r in indicators[1:]}
    for _id, name, _u, _d, _g, outcome, _target, _c in SEED_INDICATORS:
        expected = None if outcome is None else float(str(outcome).rstrip("%"))
        assert values[name][head.index("Utfall")] == expected, name
    economy = sheet_rows(files["xlsx"], "Ekonomi")
    head = economy[0]
    by_post = {r[0]: r for r in economy[1:]}
    for account, _p, kind, _b, _o, deviation, _f, _fd in SEED_POSTS:
        if kind != "summa" and deviation is not None:
            assert by_post[account][head.index("Avvikelse")] == deviation, account
            assert by_post[account][head.index("Avvikelse angiven")] == "ja"
    assert by_post["Summa"][head.index("Avvikelse")] == 46 and by_post["Summa"][head.index("Utfall")] == 630


# ---------------------------------------------------------------- a made-up committee ----------


@pytest.fixture
def exempelby(tmp_path, monkeypatch, capsys):
    return round_trip(tmp_path, monkeypatch, EXEMPELBY, "1462", 2023, "UR1", capsys)


def test_a_ur1_that_ends_in_march_labels_every_output_and_cuts_the_log(exempelby):
    files = exempelby["files"]
    assert files["docx"].name == "Exempelby_2023_UR1_uppfoljning.docx"
    text = word_text(files["docx"])
    assert "januari – mars" in text and "Mars 2023" in text  # title page: the months and the month it ends
    assert "januari–april" not in text and "jan–apr" not in text
    deck = deck_text(files["pptx"])
    assert "Uppföljningsrapport 1, januari–mars 2023" in deck
    assert "jan–apr" not in deck and "januari–april" not in deck
    # The log counts January to March: four dialogues, not the fifth in April.
    assert "varav registrerade i loggen: 4" in text and "varav registrerade i loggen: 4" in deck


def test_only_assessed_goals_count_and_listed_activities_are_no_goals(exempelby):
    files = exempelby["files"]
    text = word_text(files["docx"])
    assert "följer under 2023 upp 4 mål i 1 målområden" in text  # four åtaganden; no regional goal counted
    assert "1 av 4 uppfylls" in text
    deck = deck_text(files["pptx"])
    assert "1 av 4" in deck and "3 av 4" not in deck
    assert "Föräldraträff i Norra skolområdet | Genomförd | 22 föräldrar deltog." in text
    goals = sheet_rows(files["xlsx"], "Mål")
    assert len(goals) - 1 == 4 and all(r[2] == "Åtagande" for r in goals[1:])
    listed = sheet_rows(files["xlsx"], "Åtagandens aktiviteter")
    assert [r[1] for r in listed[1:]] == ["Föräldraträff i Norra skolområdet", "Föräldraträff i Södra skolområdet"]


def test_reported_dialogues_and_indicators_without_target_are_shown_everywhere(exempelby):
    files = exempelby["files"]
    text, deck = word_text(files["docx"]), deck_text(files["pptx"])
    assert "genomfört 9 dialoger (varav registrerade i loggen: 4)" in text
    assert "Genomförda dialoger" in deck and "9 (varav registrerade i loggen: 4)" in deck
    assert "Antal unga som fått samtalsstöd | 12 | inget målvärde" in text  # on a regional goal, no target
    assert "Antal unga som fått samtalsstöd | 12 | – | Inget målvärde" in deck
    rows = sheet_rows(files["xlsx"], "Indikatorer")
    head = rows[0]
    dialogues = next(r for r in rows if r[head.index("Indikator")] == "Antal genomförda medborgardialoger")
    assert dialogues[head.index("Utfall")] == 9
    assert dialogues[head.index("Aktivitetsloggen")] == "varav registrerade i loggen: 4"
    key = {r[0]: r for r in sheet_rows(files["xlsx"], "Nyckeltal")}
    assert key["Genomförda dialoger"][1].startswith("9")


def test_stated_deviations_and_total_are_shown_as_stated_and_the_import_warns(exempelby):
    files = exempelby["files"]
    text = word_text(files["docx"])
    assert "positiv budgetavvikelse om 22" in text  # the stated total, not 10,4 + 12 rounded
    rows = {line.split(" | ")[0]: line.split(" | ") for line in text.splitlines() if " | " in line}
    assert rows["Arvoden"][4] == "+10" and rows["Verksamhet"][4] == "+12"
    assert rows["Totalt"][4] == "+22"
    # Verksamhet: 50 − 30 = 20, but the report states 12: shown as stated, with a warning at import.
    assert re.search(r"Varning: .*Verksamhet.*angiven avvikelse \+12", exempelby["import"])
    economy = sheet_rows(files["xlsx"], "Ekonomi")
    head = economy[0]
    by_post = {r[0]: r for r in economy[1:]}
    assert by_post["Arvoden"][head.index("Avvikelse")] == 10.4  # unrounded in Excel, rounded once when shown
    assert by_post["Arvoden"][head.index("Budget för perioden")] == pytest.approx(100.4)  # 90 + 10,4, not 400 × 3/12
    assert by_post["Summa"][head.index("Avvikelse")] == 22


def test_old_style_period_words_and_screen_statuses_import(exempelby):
    files = exempelby["files"]
    goals = sheet_rows(files["xlsx"], "Mål")
    statuses = [r[3] for r in goals[1:]]
    assert statuses == ["● Uppfylls", "◆ Uppfylls delvis", "○ Uppfylls inte", "– Ej bedömd"]
    with zipfile.ZipFile(io.BytesIO(files["docx"].read_bytes())) as z:
        assert "word/document.xml" in z.namelist()
