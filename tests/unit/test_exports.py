"""The exported files, opened with their own libraries: PowerPoint, Word, Excel and CSV."""

from __future__ import annotations

import csv
import io
from datetime import date

import pandas as pd
import pytest
from docx import Document
from openpyxl import load_workbook
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE

from folkhalsa import economy, goals
from folkhalsa.exports import cells, deck, docx, files, pptx, report, sheets
from folkhalsa.followup import periods

UR1, UR2, AR = (periods.default(p) for p in ("UR1", "UR2", "AR"))
BY_END = {4: UR1, 8: UR2, 12: AR}

NB = "\u00a0"
DIALOGUES = "Antal genomförda dialoger inom ramen för kunskapsuppdraget om tillit"
VOICE = ("Andel deltagare som upplever att de har fått göra sin röst hörd under dialogerna inom ramen "
         "för kunskapsuppdraget om tillit")
TITLES = [
    "Lokal nämnd Halmstad",
    "Måluppfyllelse i korthet",
    "Utvecklad samverkan för Regional fysisk planering",
    "Styrning utifrån kunskap och kvalitet inom hälso- och sjukvård",
    "Styrning utifrån kunskap och kvalitet inom hälso- och sjukvård (forts.)",
    DIALOGUES,
    VOICE,
    "Andel av de prioriterade målgrupperna som deltagit i dialogerna inom ramen för kunskapsuppdraget om tillit",
    "Ekonomi",
    "Behöver uppmärksamhet",
]


@pytest.fixture(scope="module")
def halmstad(demo_store):
    return report.report_data(demo_store, "1380", 2022, "UR2", made_on=date(2022, 9, 14))


@pytest.fixture(scope="module")
def presentation(halmstad):
    return Presentation(io.BytesIO(pptx.build(halmstad)))


def shape_named(slide, name):
    return next(s for s in slide.shapes if s.name == name)


def table_rows(shape) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in shape.table.rows]


def tables_of(slide) -> list[list[list[str]]]:
    return [table_rows(s) for s in slide.shapes if s.has_table]


def test_report_data_falls_back_to_the_latest_period_and_names_files(demo_store):
    data = report.report_data(demo_store, "1380", 2022, "AR")
    assert data.period == "UR2" and data.requested_period == "AR"
    assert data.file_name("uppfoljning", "docx") == "Halmstad_2022_UR2_uppfoljning.docx"


@pytest.mark.parametrize(("code", "year", "message"), [
    ("9999", 2022, "Kommunkoden 9999 finns inte"),
    ("1380", 2031, "har ingen uppföljning för 2031"),
])
def test_report_data_refuses_unknown_selections_in_swedish(demo_store, code, year, message):
    with pytest.raises(report.ReportError, match=message):
        report.report_data(demo_store, code, year, "UR2")


def test_deck_economy_totals_match_the_report(halmstad):
    totals = economy.totals(halmstad.budget, UR2)
    assert totals.budget_tkr == 1196 and totals.outcome_tkr == 630
    assert totals.period_budget_tkr == 676 and totals.deviation_tkr == 46


def test_pptx_slide_count_and_titles(presentation):
    assert len(presentation.slides) == len(TITLES)
    assert [shape_named(s, "Titel").text_frame.text for s in presentation.slides] == TITLES


def test_pptx_every_slide_names_its_source_committee_and_date(presentation):
    for slide in presentation.slides:
        source = shape_named(slide, "Källa").text_frame
        assert source.text.startswith("Källa: ") and "uppgift saknas" not in source.text
        assert source.paragraphs[0].runs[0].font.size.pt <= 10  # small print
        assert "Lokal nämnd Halmstad · 2022-09-14" in shape_named(slide, "Sidfot").text_frame.text


def test_pptx_key_indicator_chart_is_native_with_the_data(presentation):
    slide = presentation.slides[5]
    chart = next(s for s in slide.shapes if s.has_chart).chart
    assert chart.chart_type == XL_CHART_TYPE.LINE_MARKERS
    assert chart.part.chart_workbook.xlsx_part is not None  # editable: the data travels inside
    # the same months every year: jan–aug beside jan–aug, each year labelled so
    assert [c for c in chart.plots[0].categories] == ["2020 jan–aug", "2021 jan–aug", "2022 jan–aug"]
    series = {s.name: list(s.values) for s in chart.plots[0].series}
    # the example log holds no trust dialogue before September in 2020 and 2021: 0, counted, not guessed
    assert series == {"Utfall": [0.0, 0.0, 7.0], "Målvärde": [4.0, 5.0, 6.0]}
    assert ["2022 jan–aug", "7", "6", "✓ Når målvärdet"] in tables_of(slide)[0]


def test_pptx_economy_chart_and_table(presentation):
    slide = presentation.slides[8]
    chart = next(s for s in slide.shapes if s.has_chart).chart
    assert chart.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED
    series = {s.name: list(s.values) for s in chart.plots[0].series}
    assert series == {"Budget jan–aug": [538.0, 138.0], "Utfall jan–aug": [458.0, 172.0]}
    rows = tables_of(slide)[0]
    assert rows[-1] == ["Summa", f"1{NB}196", "676", "630", "+46", f"1{NB}196"]
    texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
    assert f"1{NB}196{NB}tkr" in texts and f"630{NB}tkr" in texts and f"+46{NB}tkr" in texts


def test_pptx_area_slide_has_status_and_the_indicator_rows(presentation):
    goals_table, indicators = tables_of(presentation.slides[3])
    assert goals_table[1] == ["Förbättra barn och ungas livsvillkor och hälsa genom främjande arbete", "● Uppfylls"]
    assert [DIALOGUES, "7", "6", "✓ Når målvärdet"] in indicators
    assert len(indicators) == 1 + 3  # header and three rows: the rest continue on the next slide
    [rest] = tables_of(presentation.slides[4])
    assert rest[0] == ["Indikator", "Utfall", "Målvärde", "Målvärdet"]
    assert [VOICE, f"100{NB}%", f"90{NB}%", "✓ Når målvärdet"] in rest
    assert ["Antal som deltar i konferensen Att leda in i framtiden", "–", "–",
            "Utfall saknas"] in rest  # missing stays missing


def notes_of(slide) -> str:
    return slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""


def test_pptx_speaker_notes_hold_the_drafted_sentences(presentation):
    assert notes_of(presentation.slides[0]) == ""  # the title slide shows no figure
    status = notes_of(presentation.slides[1]).split("\n")
    assert len(status) == 7  # one sentence per key figure
    assert "Indikatorer som når målvärdet ökade från 1 av 3 till 3 av 3 mellan jan–aug 2021 och jan–aug 2022" \
        in status[4]
    area = notes_of(presentation.slides[3]).split("\n")
    assert len(area) == 3 and area[2].startswith("Antalet genomförda dialoger inom ramen för kunskapsuppdraget "
                                                 "om tillit ökade från 0 till 7")
    voice = notes_of(presentation.slides[6])
    assert f"24 av 68 deltagare svarade; 95{NB}% konfidensintervall 86–100{NB}%" in voice
    assert "ingen säker förändring" in voice and voice.endswith(f"målvärdet 90{NB}% nås.")
    assert notes_of(presentation.slides[8]) == (
        f"Nämndens utfall för jan–aug 2022 är 630{NB}tkr med en positiv budgetavvikelse om 46{NB}tkr (periodiserad "
        f"budget 676{NB}tkr). Prognosen för helåret är 1{NB}196{NB}tkr, ett utfall enligt budget.")
    assert notes_of(presentation.slides[9]) == "Inga mål eller indikatorer behöver särskild uppmärksamhet."


def test_deck_slides_carry_the_same_notes_as_the_powerpoint(halmstad, presentation):
    slides = deck.build(halmstad)
    assert ["\n".join(s.notes) for s in slides] == [notes_of(s) for s in presentation.slides]


def _table(n: int, caption: str = "") -> deck.Table:
    return deck.Table(["A"], [[str(i)] for i in range(n)], caption=caption, keys=[f"k{i}" for i in range(n)])


def test_long_tables_continue_on_the_next_slide():
    parts = deck.split_rows([_table(2, "Mål"), _table(8, "Indikatorer")], max_rows=5)
    assert [[len(t.rows) for t in page] for page in parts] == [[2, 3], [5]]
    assert [t.caption for t in parts[1]] == ["Indikatorer (forts.)"]
    assert parts[1][0].keys == ["k3", "k4", "k5", "k6", "k7"]
    # a table never starts with one lone row at the foot of a slide
    assert [[len(t.rows) for t in page] for page in deck.split_rows([_table(4), _table(3)], 5)] == [[4], [3]]
    assert deck.split_rows([], 5) == [[]]
    assert [[len(t.rows) for t in p] for p in deck.split_rows([_table(4)], 5, first_rows=3)] == [[3], [1]]


def test_paginate_keeps_figures_and_chart_first_and_gives_each_slide_its_rows_notes():
    slide = deck.Slide("area", "Mål", tables=[_table(7)], figures=[deck.Figure("1", "x")], notes=["Överst."])
    first, second = deck.paginate(slide, max_rows=5, row_notes={"k0": "Noll.", "k6": "Sex."})
    assert (first.title, second.title) == ("Mål", "Mål (forts.)")
    assert first.figures and not second.figures
    assert first.notes == ["Överst.", "Noll."] and second.notes == ["Sex."]


def test_every_demo_deck_keeps_its_tables_within_the_slide_limit(demo_store):
    for code in ("1380", "1381", "1315", "1382", "1383", "1384"):
        for year, period in ((2021, "AR"), (2022, "UR2")):
            slides = deck.build(report.report_data(demo_store, code, year, period))
            for slide in slides:
                rows = sum(len(t.rows) for t in slide.tables)
                assert rows <= max(deck.MAX_TABLE_ROWS, deck.MAX_SIDE_ROWS), (code, year, slide.title)
                assert len(slide.points) <= deck.MAX_POINTS


@pytest.fixture(scope="module")
def word(halmstad):
    return Document(io.BytesIO(docx.build(halmstad)))


def test_docx_structure_follows_the_report(word):
    headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert ("Heading 1", "1 Sammanfattning") in headings
    assert ("Heading 1", "2 Målstyrning") in headings
    assert ("Heading 1", "3 Kvalitetsstyrning") in headings
    assert ("Heading 1", "4 Ekonomi") in headings
    assert ("Heading 2", "2.2 Styrning utifrån kunskap och kvalitet inom hälso- och sjukvård") in headings
    assert ("Heading 3", "2.2.2 Verka för jämlik hälsa genom långsiktigt hälsofrämjande arbete") in headings
    order = [t for _, t in headings]
    assert (order.index("1 Sammanfattning") < order.index("2 Målstyrning") < order.index("3 Kvalitetsstyrning")
            < order.index("4 Ekonomi"))


def test_docx_goal_has_status_comment_and_indicator_table(word):
    texts = [p.text for p in word.paragraphs]
    at = texts.index("2.2.2 Verka för jämlik hälsa genom långsiktigt hälsofrämjande arbete")
    assert texts[at + 1] == "● Uppfylls"
    assert texts[at + 2].startswith("Fördjupande medskapande dialoger")
    indicator_tables = [[[c.text for c in r.cells] for r in t.rows] for t in word.tables
                        if [c.text for c in t.rows[0].cells] == ["Indikator", "Utfall", "Målvärde", "Kommentar"]]
    assert len(indicator_tables) == 2
    rows = indicator_tables[1]
    assert rows[1][:3] == [DIALOGUES, "7", "6"]
    assert rows[2][:3] == [VOICE, f"100{NB}%", f"90{NB}%"]
    assert rows[2][3].startswith("Av 68 deltagare har 24")


def test_docx_summary_sentences_and_economy_table(word):
    text = "\n".join(p.text for p in word.paragraphs)
    assert "3 av 3 uppfylls" in text
    assert "Samtliga bedömda mål uppfylls" in text
    assert f"Nämndens utfall för jan–aug 2022 är 630{NB}tkr med en positiv budgetavvikelse om 46{NB}tkr" in text
    economy = next(t for t in word.tables if t.rows[0].cells[0].text == "Halmstad Kontoklass")
    total = [c.text for c in economy.rows[-1].cells]
    assert total == ["Totalt", f"1{NB}196", "630", f"53{NB}%", "+46", f"1{NB}196", "±0"]


def test_xlsx_has_every_table_with_numbers_as_numbers(halmstad):
    content, name = files.build_file(halmstad, "xlsx")
    assert name == "Halmstad_2022_UR2_tabeller.xlsx"
    book = load_workbook(io.BytesIO(content))
    assert book.sheetnames == ["Nyckeltal", "Målområden", "Mål", "Indikatorer", "Indikatorer över åren",
                               "Åtagandens aktiviteter", "Ekonomi", "Behöver uppmärksamhet"]
    ind = book["Indikatorer"]
    header = [c.value for c in ind[1]]
    assert header[:6] == ["Mål", "Indikator", "Kön", "Utfall", "Målvärde", "Enhet"]
    rows = {r[1].value: r for r in ind.iter_rows(min_row=2)}
    assert (rows[DIALOGUES][3].value, rows[DIALOGUES][4].value) == (7, 6)
    assert rows[VOICE][3].value == 100 and rows[VOICE][3].data_type == "n"
    assert rows[VOICE][3].number_format == '0" %"'
    assert rows["Antal som deltar i konferensen Att leda in i framtiden"][3].value is None  # missing, not 0
    economy = book["Ekonomi"]
    total = next(r for r in economy.iter_rows(min_row=2) if r[0].value == "Summa")
    assert [c.value for c in total[2:9]] == [1196, 676, 630, 46, "nej", 1196, 0]
    assert total[2].number_format == '#,##0" tkr"'


def test_csv_is_swedish_excel_csv(halmstad):
    content, name = files.build_file(halmstad, "csv")
    assert name == "Halmstad_2022_UR2_indikatorer.csv"
    text = content.decode("utf-8")
    assert text.startswith("\ufeffMål;Indikator;Kön;Utfall;Målvärde;Enhet")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    row = next(r for r in rows if r[1] == DIALOGUES)
    assert row[3:6] == ["7", "6", "antal"]


INJECTIONS = ['=HYPERLINK("http://x","klick")', "+1", "-2", "@SUM(A1)", "\tTAB", "\rCR"]


@pytest.mark.parametrize("text", INJECTIONS)
def test_safe_cell_makes_formula_text_inert(text):
    assert cells.safe_cell(text) == "'" + text


@pytest.mark.parametrize(("value", "expected"), [
    (-2, -2), (-2.5, -2.5), (7.0, 7), (0, 0), (None, None), (float("nan"), None),
    ("Vanlig text", "Vanlig text"), ("100 %", "100 %"), ("−34", "−34"),
])
def test_safe_cell_keeps_numbers_and_plain_text(value, expected):
    assert cells.safe_cell(value) == expected


def injected_frame() -> pd.DataFrame:
    return pd.DataFrame({"Kommentar": [*INJECTIONS[:4], "Vanlig"], "Utfall": [1.5, -2.0, -2.5, 3.0, None]})


def test_csv_formula_injection_stays_text():
    rows = list(csv.reader(io.StringIO(cells.to_csv(injected_frame()).decode("utf-8").lstrip("\ufeff")),
                           delimiter=";"))
    assert [r[0] for r in rows[1:]] == [*("'" + t for t in INJECTIONS[:4]), "Vanlig"]
    assert [r[1] for r in rows[1:]] == ["1,5", "-2", "-2,5", "3", ""]  # negative numbers stay numbers


def test_xlsx_formula_injection_stays_text():
    sheet = load_workbook(io.BytesIO(cells.to_xlsx({"Blad": injected_frame()})))["Blad"]
    for row, text in zip(sheet.iter_rows(min_row=2, max_row=5), INJECTIONS[:4], strict=True):
        cell = row[0]
        assert cell.data_type == "s" and cell.value == text  # a text cell, never a formula
        assert cell.quotePrefix  # and Excel keeps it text when the cell is edited
    assert sheet["B3"].value == -2 and sheet["B3"].data_type == "n"
    assert sheet["B4"].value == -2.5 and sheet["B4"].data_type == "n"


def test_sheets_comparison_and_status_keep_numbers(demo_store):
    import queries

    counts = goals.status_by_committee(queries.run("goal_status_by_committee", demo_store, year=2022, period="UR2"))
    status = sheets.status_sheet(counts)
    assert status.loc[status["Kommun"] == "Halmstad", "● Uppfylls"].item() == 3


def test_comparison_sheet_keeps_numbers_and_empty_years(demo_store):
    import queries
    from folkhalsa.followup import trends

    rows = queries.run("indicator_trend", demo_store, indicator_name=DIALOGUES, max_year=2022, period="UR2")
    trend = trends.one_period_per_year(rows, "UR2", by=("committee_id", "gender"))
    frame = sheets.comparison_sheet(trend[trend["gender"] == "T"], [2019, 2020, 2021, 2022])
    halmstad = frame[frame["Kommun"] == "Halmstad"].iloc[0]
    assert halmstad["2019"] is None and halmstad["2022"] == 7.0  # 2019 has no value: missing, not zero


def test_full_year_economy_table_has_distinct_headers(demo_store):
    data = report.report_data(demo_store, "1315", 2021, "AR")
    [economy] = [s for s in deck.build(data) if s.kind == "economy"]
    headers = economy.tables[0].headers
    assert len(set(headers)) == len(headers) and "Periodiserad budget" in headers
