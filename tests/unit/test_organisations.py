"""A second organisation: Lerum's folkhälsoråd under its joint plan with HSN Väst (seed 004).

Its goal levels, tertials, payer split and indicators without target are data; the exports use
its words (rådet, principer, insatser) while Halland's keep theirs; CAN results import with
their own groups and areas.
"""

from __future__ import annotations

import openpyxl
from docx import Document
from pptx import Presentation

import queries
from folkhalsa import demo, words
from folkhalsa.__main__ import main

LERUM = "FHR1441"


def _docx_text(path) -> str:
    doc = Document(path)
    text = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        text += [" | ".join(c.text for c in row.cells) for row in table.rows]
    return "\n".join(text)


def _header(sheet) -> list[object]:
    """The header row of an exported sheet (the first row whose first cell is text)."""
    for row in sheet.iter_rows(values_only=True):
        if row and isinstance(row[0], str) and row[0].strip():
            return list(row)
    return []


def _pptx_headers(path) -> list[str]:
    return [shape.table.rows[0].cells[0].text for slide in Presentation(path).slides
            for shape in slide.shapes if shape.has_table]


def test_words_are_halland_by_default_and_data_otherwise():
    assert words.DEFAULTS.body == "nämnden" and words.DEFAULTS.owner == "Nämndens"
    assert (words.DEFAULTS.area, words.DEFAULTS.areas, words.DEFAULTS.goal, words.DEFAULTS.goals) == (
        "målområde", "målområden", "åtagande", "åtaganden")
    frames = demo.build()
    lerum = words.from_rows(frames["organisation_words"][frames["organisation_words"]["committee_id"] == LERUM],
                            frames["goal_level_words"][frames["goal_level_words"]["committee_id"] == LERUM])
    assert (lerum.kind_title, lerum.body, lerum.owner, lerum.report) == (
        "Folkhälsoråd", "rådet", "Rådets", "Tertialrapport")
    assert [lv.level for lv in lerum.levels] == ["princip", "mål", "insatsområde", "insats"]
    assert (lerum.areas, lerum.goal, lerum.goals, lerum.plural("mål")) == ("principer", "insats", "insatser", "mål")
    # no rows at all: Halland's words
    empty = frames["organisation_words"].head(0)
    assert words.from_rows(empty, frames["goal_level_words"].head(0)) == words.DEFAULTS


def test_lerum_is_a_folkhalsorad_of_a_joint_plan_in_its_own_words():
    frames = demo.build()
    committee = frames["committees"].set_index("committee_id").loc[LERUM]
    assert committee["kind"] == "folkhälsoråd"
    assert committee["organisation"] == "Lerums kommun och Hälso- och sjukvårdsnämnd Väst"
    assert (frames["committees"]["organisation"] == "Region Halland").sum() == 6
    goals = frames["goals"][(frames["goals"]["committee_id"] == LERUM) & (frames["goals"]["year"] == 2019)]
    assert list(dict.fromkeys(goals["level"])) == ["princip", "mål", "insatsområde", "insats"]
    assert (goals["source_note"] == demo.LERUM_PLAN).all()
    periods = frames["periods"][(frames["periods"]["committee_id"] == LERUM) & (frames["periods"]["year"] == 2021)]
    assert list(zip(periods["period"], periods["first_month"], periods["last_month"], periods["label"], strict=True)) == [
        ("T1", 1, 4, "Tertialrapport 1"), ("T2", 1, 8, "Tertialrapport 2"), ("T3", 1, 12, "Tertialrapport 3")]


def test_the_joint_budget_splits_each_insats_between_the_payers_as_seed_004():
    budget = demo.build()["budget"]
    plan = budget[(budget["committee_id"] == LERUM) & (budget["year"] == 2019) & (budget["period"] == "T3")]
    tops = plan[plan["parent_account"].isna()]
    assert tops["budget_tkr"].sum() == 2000  # 1 000 000 kr each from HSN and the kommun
    parts = plan[plan["row_kind"] == "varav"]
    by_payer = {payer: parts[parts["account"].str.endswith(f"varav {payer}")]["budget_tkr"].sum()
                for payer in demo.PAYERS}
    assert by_payer == {"HSN Väst": 1000, "Lerums kommun": 1000}
    andt = plan.set_index("account")
    assert andt.at["ANDT-arbete i Lerum", "budget_tkr"] == 265
    assert andt.at["ANDT-arbete i Lerum: varav Lerums kommun", "budget_tkr"] == 165
    assert (plan["source_note"] == demo.LERUM_PLAN).all() and plan["outcome_tkr"].isna().all()


def test_lerum_indicators_have_no_target_and_show_as_such(demo_store):
    outcomes = queries.run("indicator_outcomes", demo_store, committee_id=LERUM, year=2022, period="T2")
    assert not outcomes.empty and outcomes["target"].isna().all()
    assert "Andelen flickor och pojkar som är intensivkonsumenter av alkohol" in set(outcomes["name"])


def test_exports_for_lerum_use_its_words(tmp_path):
    args = ["export", "--kommun", "1441", "--ar", "2022", "--period", "T2", "--out", str(tmp_path)]
    assert main([*args, "--format", "docx"]) == 0
    assert main([*args, "--format", "pptx"]) == 0
    text = _docx_text(tmp_path / "Lerum_2022_T2_tertialrapport.docx")
    assert "Tertialrapport 2" in text and "Folkhälsorådet i Lerum" in text
    assert "3 principer" in text and "har rådet genomfört" in text and "Rådets utfall för " in text
    assert "Insatser som inte helt följer planen" in text and "Åtaganden som" not in text
    assert "har nämnden genomfört" not in text and "Uppföljningsrapport" not in text
    assert "ANDT-arbete i Lerum: varav HSN Väst" in text
    assert "Per betalare" in text and "Planens parter: Hälso- och sjukvårdsnämnd Väst" in text
    assert "Planperioder: Actionplan ANDT 2019–2022: år 4 av 4." in text  # the agreement and focus ended 2020
    assert "0 av 0" not in text and "Av 2 milstolpar är 2 genomförda" in text
    assert "Insats | HSN Väst (tkr) | Lerums kommun (tkr) | Totalt (tkr)" in text  # the Ekonomi page's table
    title = [shape.text_frame.text for shape in Presentation(tmp_path / "Lerum_2022_T2_motesunderlag.pptx")
             .slides[0].shapes if shape.has_text_frame]
    assert any("Actionplan ANDT 2019–2022: år 4 av 4" in t for t in title)
    headers = _pptx_headers(tmp_path / "Lerum_2022_T2_motesunderlag.pptx")
    assert "Princip" in headers and "Betalare" in headers and "Insats" in headers
    header_rows = [[c.text for c in shape.table.rows[0].cells]
                   for slide in Presentation(tmp_path / "Lerum_2022_T2_motesunderlag.pptx").slides
                   for shape in slide.shapes if shape.has_table]
    assert ["Insats", "HSN Väst (tkr)", "Lerums kommun (tkr)", "Totalt (tkr)"] in header_rows  # the page's table
    assert main([*args, "--format", "xlsx"]) == 0
    book = openpyxl.load_workbook(tmp_path / "Lerum_2022_T2_tabeller.xlsx")
    assert {"Principer", "Per betalare", "Per post och betalare", "Aktiviteter per insats"} <= set(book.sheetnames)
    assert "Målområden" not in book.sheetnames
    assert _header(book["Mål"]) [0] == "Princip"
    assert _header(book["Per post och betalare"])[:4] == ["Insats", "HSN Väst", "Lerums kommun", "Totalt"]
    per_payer = {r[0]: r[1] for r in book["Per betalare"].iter_rows(min_row=2, values_only=True) if r[0]}
    assert per_payer.get("HSN Väst") == 1000 and per_payer.get("Lerums kommun") == 1000


def test_exports_for_halland_keep_their_words(tmp_path):
    args = ["export", "--kommun", "1380", "--ar", "2022", "--period", "UR2", "--out", str(tmp_path)]
    assert main([*args, "--format", "docx"]) == 0
    text = _docx_text(tmp_path / "Halmstad_2022_UR2_uppfoljning.docx")
    assert "har nämnden genomfört" in text and "Nämndens utfall för " in text
    assert "Åtaganden som inte helt följer planen" in text and "målområden" in text
    assert "Uppföljningsrapport 2" in text and "Per betalare" not in text and "rådet" not in text
    assert "Planperioder" not in text
    assert main([*args, "--format", "pptx"]) == 0
    headers = _pptx_headers(tmp_path / "Halmstad_2022_UR2_motesunderlag.pptx")
    assert "Målområde" in headers and "Betalare (tkr)" not in headers
    assert main([*args, "--format", "xlsx"]) == 0
    book = openpyxl.load_workbook(tmp_path / "Halmstad_2022_UR2_tabeller.xlsx")
    assert {"Målområden", "Åtagandens aktiviteter"} <= set(book.sheetnames)
    assert "Per betalare" not in book.sheetnames and _header(book["Mål"])[0] == "Målområde"


def test_lerum_key_figures_and_their_sentences_name_the_same_figures(demo_store):
    """A plan without targets: the page's key figures show milestones and effect goals, and the
    sentences in Word and the slides' notes say the same figures (never ”0 av 0”)."""
    from folkhalsa import overview, sentences
    from folkhalsa.fetch import store_runner
    from folkhalsa.followup import model
    run = store_runner(demo_store)
    now, before = model.period_data(run, LERUM, 2022, "T2"), model.previous_year(run, LERUM, 2022, "T2")
    figures = {f.label: f.value for f in overview.key_figures(now, before)}
    said = sentences.key_figure_sentences(now, before)
    assert "Indikatorer som når målvärdet" not in figures
    for label in ("Milstolpar genomförda", "I önskad riktning sedan basåret"):
        assert label in figures
        assert any(s.startswith(label) and figures[label] in s for s in said), (label, said)
    assert not any("0 av 0" in s for s in said)
