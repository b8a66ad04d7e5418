"""The Word report in the structure of the committee's own report (seed 001, Halmstad UR2 2022)."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn

from folkhalsa import versions
from folkhalsa.exports import docx, report
from folkhalsa.store import Store, current_folder
from tests.storetools import CLI, new_store

NB = "\u00a0"
MINUS = "\u2212"
SEED_HEADINGS = [
    "1 Sammanfattning",
    "2 Målstyrning",
    "2.1 Utvecklad samverkan för Regional fysisk planering",
    "2.1.1 Bidra till en hållbar samhällsplanering",
    "2.2 Styrning utifrån kunskap och kvalitet inom hälso- och sjukvård",
    "2.2.1 Förbättra barn och ungas livsvillkor och hälsa genom främjande arbete",
    "2.2.2 Verka för jämlik hälsa genom långsiktigt hälsofrämjande arbete",
    "3 Kvalitetsstyrning",
    "3.1 Verksamhet",
    "4 Ekonomi",
    "4.1 Ekonomiskt resultat per ansvarsområde",
    "4.2 Ackumulerad budgetavvikelse",
    "4.3 Prognos budgetavvikelse",
]


def _open(content: bytes):
    return Document(io.BytesIO(content))


@pytest.fixture(scope="module")
def halmstad_bytes(demo_store):
    data = report.report_data(demo_store, "1380", 2022, "UR2", made_on=date(2022, 9, 14))
    return docx.build(data)


@pytest.fixture(scope="module")
def halmstad(halmstad_bytes):
    return _open(halmstad_bytes)


@pytest.fixture(scope="module")
def own(tmp_path_factory):
    """Halmstad's demo with listed activities, a partly met goal, signatures and an odd character."""
    root = new_store(tmp_path_factory.mktemp("word"))
    _, rows = versions.current_rows(root)
    assessments = dict(rows["goal_assessments"])
    key = ("LN1380-U4", 2022, "UR2")
    cols = versions.TABLES["goal_assessments"].column_names
    assessments[key] = tuple("delvis" if c == "status" else v for c, v in zip(cols, assessments[key], strict=True))
    key = ("LN1380-U1", 2022, "UR2")
    assessments[key] = tuple("Dialoger\x1b genomförda.\r\n\r\nAndra stycket." if c == "comment" else v
                             for c, v in zip(cols, assessments[key], strict=True))
    activities = versions.rows_from_records("goal_activities", [
        dict(goal_id="LN1380-U1", year=2022, period="UR2", title="Fördjupade dialoger om tillit",
             state="genomförd", comment="En dialog per kommun under april–juni.", position=1),
        dict(goal_id="LN1380-U1", year=2022, period="UR2", title="Att leda in i framtiden",
             state="planerad", comment="Konferensen hålls den 27/10.", position=2),
        dict(goal_id="LN1380-U4", year=2022, period="UR2", title="Yttrande över detaljplan", state="pågår",
             comment=None, position=1),
    ])
    texts = dict(rows["texts"])
    texts.update(versions.rows_from_records("texts", [
        dict(committee_id="LN1380", year=2022, period="UR2", kind="ordforande", text="Anna Andersson"),
        dict(committee_id="LN1380", year=2022, period="UR2", kind="namndtjansteperson", text="Bo\x01 Berg"),
        dict(committee_id="LN1380", year=2022, period="UR2", kind="prognos_avvikelse",
             text="Prognosen\x0bföljer budgeten.\n\n<b>Ingen</b> *markup*\x00 här."),
    ]))
    versions.commit(root, {"goal_assessments": assessments, "goal_activities": activities, "texts": texts},
                    CLI, "redigering", "test")
    data = report.report_data(Store(current_folder(root)), "1380", 2022, "UR2", made_on=date(2022, 9, 14))
    return _open(docx.build(data))


def _texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


def _headings(doc) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]


def _plain(element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def _table(doc, first_header: str) -> list[list[str]]:
    grid = next(t for t in doc.tables if t.rows[0].cells[0].text == first_header)
    return [[c.text for c in r.cells] for r in grid.rows]


def test_title_page_names_report_months_committee_and_month(halmstad):
    texts = _texts(halmstad)
    assert texts[:4] == ["Uppföljningsrapport 2", "januari – augusti", "Lokal nämnd Halmstad", "Augusti 2022"]
    assert halmstad.paragraphs[0].style.name == "Title"


def test_a_real_table_of_contents_that_word_updates(halmstad, halmstad_bytes):
    body = halmstad.element.body
    instructions = [t.text for t in body.iter(qn("w:instrText"))]
    assert any("TOC" in i and '\\o "1-3"' in i and "\\h" in i for i in instructions)
    kinds = [c.get(qn("w:fldCharType")) for c in body.iter(qn("w:fldChar"))]
    assert kinds[:3] == ["begin", "separate", "end"]
    assert any(t.startswith("Högerklicka och välj Uppdatera fält") for t in _texts(halmstad))
    settings = halmstad.settings.element.find(qn("w:updateFields"))
    assert settings is not None and settings.get(qn("w:val")) == "true"
    with zipfile.ZipFile(io.BytesIO(halmstad_bytes)) as z:
        assert "<w:updateFields" in z.read("word/settings.xml").decode()


def test_headings_follow_seed_001_in_order(halmstad):
    headings = _headings(halmstad)
    positions = [headings.index(h) for h in SEED_HEADINGS]
    assert positions == sorted(positions)
    levels = {p.text: p.style.name for p in halmstad.paragraphs if p.style.name.startswith("Heading")}
    assert levels["3.1 Verksamhet"] == "Heading 2" and levels["4 Ekonomi"] == "Heading 1"
    assert levels["2.2.2 Verka för jämlik hälsa genom långsiktigt hälsofrämjande arbete"] == "Heading 3"
    assert headings[-1] == "Bilaga 1 Periodens aktiviteter"
    assert headings.index("Underskrifter") > headings.index("4.3 Prognos budgetavvikelse")


def test_the_committees_texts_are_in_their_sections(halmstad):
    texts = _texts(halmstad)
    at = texts.index("1 Sammanfattning")
    assert texts[at + 1] == "Inledning"  # the committee's own summary first, paragraph by paragraph
    assert texts[at + 2].startswith("Lokal nämnd Halmstad arbetar med fokus på hallänningens behov")
    assert "Kunskap - samverkan - utveckling" in texts[at:texts.index("2 Målstyrning")]
    drafted = texts.index("Måluppfyllelse och aktiviteter")
    assert at < drafted < texts.index("2 Målstyrning")
    assert "Samtliga bedömda mål uppfylls under perioden." in texts[drafted:]
    quality = texts.index("3.1 Verksamhet")
    assert texts[quality + 1].startswith("Kvalitetsstyrning syftar till att säkra verksamhetens genomförande")
    assert texts[quality + 2].split("\n") == ["- budgetramen hålls", "- lagstiftning och regelverk följs",
                                              "- fullmäktiges mål nås", "- grunduppdraget hanteras ändamålsenlig"]
    economy = texts[texts.index("4.1 Ekonomiskt resultat per ansvarsområde"):texts.index("4.2 Ackumulerad budgetavvikelse")]
    assert any(t.startswith("Lokal nämnd Halmstad har som mål att ha en ekonomi i balans") for t in economy)
    # the post comments under the post's name
    post = economy.index("Personalkostnader")
    assert economy[post + 1].startswith("Anslaget till politiken visar en positiv budgetavvikelse om 92 tkr")
    assert economy[economy.index("Utvecklingsmedel") + 1].startswith("Utvecklingsmedel visar ett utfall")


def test_a_missing_text_is_a_marked_placeholder(halmstad):
    section = _texts(halmstad)
    at = section.index("4.2 Ackumulerad budgetavvikelse")
    para = next(p for p in halmstad.paragraphs[at:] if p.text.startswith("[Texten är inte skriven ännu"))
    assert "den ackumulerade budgetavvikelsen" in para.text and "Hantera data" in para.text
    assert para.runs[0].italic and para.runs[0].font.highlight_color == WD_COLOR_INDEX.YELLOW
    placeholders = [t for t in section if t.startswith("[Texten är inte skriven ännu")]
    # 4.2, 4.3 and both names: the demo holds what seed 001 has, nothing invented
    assert len(placeholders) == 4
    assert any("ordförandens namn" in t for t in placeholders)


def test_economy_tables_hold_the_seed_figures(halmstad):
    rows = _table(halmstad, "Halmstad Kontoklass")
    assert rows[0] == ["Halmstad Kontoklass", "Budget 2022 i tkr", "Utfall jan–aug", "Utfall %",
                       "Avvikelse (periodiserad) i tkr", "Prognos", "Avvikelse Budget 2022–prognos"]
    assert rows[-1] == ["Totalt", f"1{NB}196", "630", f"53{NB}%", "+46", f"1{NB}196", "±0"]
    assert rows[1][:3] == ["Personalkostnader", "807", "458"]
    assert _table(halmstad, "Indikator")[0] == ["Indikator", "Utfall", "Målvärde", "Kommentar"]
    accumulated = next(t for t in halmstad.tables if t.rows[0].cells[1].text == "Ack resultat")
    assert [c.text for c in accumulated.rows[1].cells] == [
        "Ackumulerad budgetavvikelse", f"{MINUS}630{NB}tkr", f"{MINUS}676{NB}tkr", f"46{NB}tkr"]
    forecast = next(t for t in halmstad.tables if t.rows[0].cells[1].text == "Årsprognos")
    assert [c.text for c in forecast.rows[0].cells] == ["Indikator", "Årsprognos", "Årsbudget", "Avvikelse"]
    assert [c.text for c in forecast.rows[1].cells] == [
        "Prognos budgetavvikelse", f"{MINUS}1{NB}196{NB}tkr", f"{MINUS}1{NB}196{NB}tkr", f"0{NB}tkr"]


def test_appendix_lists_the_periods_activities(halmstad, demo_store):
    rows = _table(halmstad, "Datum")
    assert rows[0] == ["Datum", "Aktivitet", "Typ", "Målgrupp", "Deltagare"]
    data = report.report_data(demo_store, "1380", 2022, "UR2")
    assert len(rows) - 1 == len(data.now.log)
    assert ["2022-02-10", "Barns rättigheter och ungdomsstudien LUPP", "Konferens", "Verksamhetsföreträdare",
            "158"] in rows
    assert all(r[0] <= "2022-08-31" for r in rows[1:])  # the period's months only
    assert rows[1][4] == "–"  # an unknown count stays unknown, never 0


def test_document_properties_name_committee_and_report(halmstad, halmstad_bytes):
    props = halmstad.core_properties
    assert props.title == "Uppföljningsrapport 2 2022, Lokal nämnd Halmstad"
    assert props.subject == "Uppföljningsrapport 2, januari–augusti 2022"
    assert props.author == "Lokal nämnd Halmstad"
    assert "Lokal nämnd Halmstad" in props.keywords and "2022" in props.keywords
    assert props.language == "sv-SE"
    with zipfile.ZipFile(io.BytesIO(halmstad_bytes)) as z:
        assert "<Company>Lokal nämnd Halmstad</Company>" in z.read("docProps/app.xml").decode()


def test_goal_activities_are_listed_under_their_goal(own):
    texts = _texts(own)
    heading = "2.2.2 Verka för jämlik hälsa genom långsiktigt hälsofrämjande arbete"
    assert heading in texts
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in own.tables
              if [c.text for c in t.rows[0].cells] == ["Aktivitet", "Status", "Kommentar"]]
    assert tables[0] == [["Aktivitet", "Status", "Kommentar"], ["Yttrande över detaljplan", "Pågår", ""]]
    assert tables[1] == [["Aktivitet", "Status", "Kommentar"],
                         ["Fördjupade dialoger om tillit", "Genomförd", "En dialog per kommun under april–juni."],
                         ["Att leda in i framtiden", "Planerad", "Konferensen hålls den 27/10."]]
    # the activity table comes before the goal's indicator table, under its own heading
    body = list(own.element.body.iterchildren())
    goal = next(i for i, el in enumerate(body) if el.tag == qn("w:p") and _plain(el) == heading)
    after = [el for el in body[goal:] if el.tag == qn("w:tbl")]
    assert _plain(after[0]).startswith("AktivitetStatusKommentar")
    assert _plain(after[1]).startswith("IndikatorUtfallMålvärdeKommentar")


def test_goals_not_fully_met_are_tabled(own):
    rows = _table(own, "Åtagande")
    assert rows == [["Åtagande", "Status", "Kommentar"],
                    ["Bidra till en hållbar samhällsplanering", "◆ Uppfylls delvis", rows[1][2]]]
    assert rows[1][2].startswith("Nämnden bidrar med kunskap")
    assert "2.1.1 Bidra till en hållbar samhällsplanering" in _headings(own)
    texts = _texts(own)
    assert texts[texts.index("2.1.1 Bidra till en hållbar samhällsplanering") + 1] == "◆ Uppfylls delvis"


def test_signatures_with_names_and_lines(own):
    texts = _texts(own)
    at = texts.index("Underskrifter")
    block = texts[at:texts.index("Bilaga 1 Periodens aktiviteter")]
    assert block.index("Anna Andersson") < block.index("Ordförande, Lokal nämnd Halmstad")
    assert block.index("Bo Berg") < block.index("Nämndtjänsteperson, Lokal nämnd Halmstad")  # control char gone
    assert sum(t.startswith("_" * 20) for t in block) == 2


def test_text_from_data_is_plain_and_control_characters_never_break_the_file(own):
    texts = _texts(own)
    at = texts.index("4.3 Prognos budgetavvikelse")
    written = [t for t in texts[at:] if "Prognosen" in t or "markup" in t]
    assert written == ["Prognosen\nföljer budgeten.", "<b>Ingen</b> *markup* här."]
    goal = texts.index("2.2.2 Verka för jämlik hälsa genom långsiktigt hälsofrämjande arbete")
    assert texts[goal + 2:goal + 4] == ["Dialoger genomförda.", "Andra stycket."]


def test_clean_and_paragraphs():
    assert docx.clean("a\x00b\x07c\r\nd\x0be\ufffe") == "abc\nd\ne"
    assert docx.paragraphs_of("Ett.\nTvå.\n\n \n\nTre.\n") == ["Ett.\nTvå.", "Tre."]
    assert docx.paragraphs_of(None) == [] and docx.paragraphs_of("   ") == []
