"""The follow-up report (Uppföljningsrapport) as Word, in the structure of the 2022 report.

1 Sammanfattning (key figures and the goals not met, in sentences made from the data),
2 Målstyrning (each goal: heading, status, comment, then Indikator | Utfall | Målvärde |
Kommentar), 3 Ekonomi (the budget table). Real Word headings and tables, so the official
keeps editing the draft in Word.
"""

from __future__ import annotations

import io

import pandas as pd
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from folkhalsa import economy, fmt, goals, overview, rules, theme
from folkhalsa.exports import deck
from folkhalsa.exports.report import ReportData


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#"))


def _shade(cell, hex_colour: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour.lstrip("#"))
    cell._tc.get_or_add_tcPr().append(shd)


def _repeat_header(row) -> None:
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(marker)


def table(doc, headers: list[str], rows: list[list[str]], widths_cm: list[float],
          numeric: set[int] = frozenset(), bold_rows: set[int] = frozenset()):
    """A real Word table with a shaded, repeating header row; numbers right-aligned."""
    grid = doc.add_table(rows=1, cols=len(headers))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.LEFT
    _repeat_header(grid.rows[0])
    for c, text in enumerate(headers):
        cell = grid.rows[0].cells[c]
        _shade(cell, theme.NEUTRAL_COLOUR)
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.color.rgb = _rgb(theme.HEADER_TEXT_COLOUR)
    for r, values in enumerate(rows):
        cells = grid.add_row().cells
        for c, text in enumerate(values):
            para = cells[c].paragraphs[0]
            run = para.add_run(str(text))
            run.bold = r in bold_rows
            if c in numeric:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    grid.autofit = False
    for c, width in enumerate(widths_cm):
        grid.columns[c].width = Cm(width)  # the grid LibreOffice and Word lay out by
    for row in grid.rows:
        for c, width in enumerate(widths_cm):
            row.cells[c].width = Cm(width)
            for para in row.cells[c].paragraphs:
                for run in para.runs:
                    run.font.size = Pt(9.5)
    doc.add_paragraph()
    return grid


def _small(doc, text: str) -> None:
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.font.size = Pt(8)
    run.font.color.rgb = _rgb(theme.MUTED_TEXT_COLOUR)


def _title_page(doc, data: ReportData) -> None:
    doc.add_paragraph(data.info.report_name, style="Title")
    doc.add_paragraph(data.info.span.replace("–", " – "), style="Subtitle")
    para = doc.add_paragraph()
    para.add_run(data.committee_name).bold = True
    doc.add_paragraph(f"{fmt.MONTHS[data.info.last_month - 1].capitalize()} {data.year}")
    _small(doc, f"Utkast skapat {fmt.long_day(data.made_on)} i Folkhälsopanelen. Texterna i "
                "sammanfattningen är genererade ur data och kan redigeras fritt.")
    doc.add_page_break()


def summary_sentences(data: ReportData) -> list[str]:
    """The generated sentences of Sammanfattning: goals, indicators, activities."""
    tree, outcomes = data.now.tree, data.now.outcomes
    statuses = list(goals.assessed(tree)["status"])
    n_areas = len(goals.areas(tree))
    span = data.info.span
    sentences = [f"{data.committee_name} följer under {data.year} upp {len(statuses)} mål i "
                 f"{n_areas} målområden. Vid uppföljningen för {span} gäller: {rules.rollup_sentence(statuses)}."]
    not_met = goals.assessed(tree)[goals.assessed(tree)["status"].isin(["uppfylls_inte", "delvis"])]
    if not_met.empty:
        sentences.append("Samtliga bedömda mål uppfylls under perioden.")
    else:
        listed = "; ".join(f"{g.title} ({rules.STATUS_WORD[g.status].lower()})" for g in not_met.itertuples())
        sentences.append(f"Mål som inte uppfylls helt: {listed}.")
    reached, comparable = goals.target_summary(outcomes)
    states = list(goals.with_target_state(outcomes[outcomes["gender"] == "T"])["target_state"])
    no_target = sum(s is rules.TargetState.NO_TARGET for s in states)
    no_outcome = sum(s is rules.TargetState.NO_OUTCOME for s in states)
    text = f"{reached} av {comparable} indikatorer med både utfall och målvärde når målvärdet."
    if no_target:
        text += f" {no_target} indikatorer har utfall men inget målvärde; deras utfall redovisas under målen."
    if no_outcome:
        text += f" {no_outcome} indikatorer har inget utfall för perioden och följs upp senare."
    sentences.append(text)
    below = [i for i in goals.attention(tree, outcomes) if i.kind == "indicator"]
    if below:
        sentences.append("Under målvärdet ligger: " + "; ".join(i.title for i in below) + ".")
    act = data.now.activities.iloc[0]
    dialogues = data.now.dialogues
    text = f"Under {span} har nämnden genomfört {fmt.number(dialogues.value)} dialoger"
    if dialogues.log_note:
        text += f" ({dialogues.log_note})"
    people = data.now.participants
    text += (f". Aktivitetsloggen har totalt {fmt.number(act['n_activities'])} aktiviteter; "
             f"deltagarna är {fmt.number(people.value)}")
    if people.log_note:
        text += f" ({people.log_note})"
    sentences.append(text + ".")
    return sentences


def economy_sentence(data: ReportData) -> str:
    """``Nämndens utfall för perioden januari–augusti är 630 tkr med en positiv budgetavvikelse om 46 tkr.``"""
    totals = data.totals
    if totals.outcome_tkr is None:
        return "Utfallet för perioden är inte registrerat."
    span = data.info.span
    text = f"Nämndens utfall för perioden {span} är {fmt.value(totals.outcome_tkr, 'tkr')}"
    deviation = totals.deviation_tkr
    sign = economy.deviation_sign(deviation)
    if sign in ("positive", "negative"):
        text += f" med en {economy.deviation_words(deviation)}"
    elif sign == "zero":
        text += ", i nivå med periodens budget"
    text += "."
    gap = totals.forecast_deviation_tkr
    if gap is not None:
        text += (" Prognosen är ett utfall enligt budget vid verksamhetsårets slut."
                 if economy.deviation_sign(gap) == "zero" else
                 f" Prognosen för helåret är {fmt.value(totals.forecast_tkr, 'tkr')}, ett "
                 f"{'överskott' if gap > 0 else 'underskott'} om {fmt.value(abs(gap), 'tkr')} mot budget.")
    return text


def _summary(doc, data: ReportData) -> None:
    doc.add_heading("1 Sammanfattning", level=1)
    for sentence in summary_sentences(data):
        doc.add_paragraph(sentence)
    doc.add_heading("Nyckeltal", level=3)
    figures = overview.key_figures(data.now, data.before)
    table(doc, ["Nyckeltal", "Värde", "Förändring"],
          [[f.label, f.value, f.delta or fmt.MISSING] for f in figures], [8.5, 3, 4.5], numeric={1})
    doc.add_heading("Ekonomi", level=3)
    doc.add_paragraph(economy_sentence(data))


def _indicator_table(doc, rows: pd.DataFrame) -> None:
    values = []
    for r in rows.itertuples():
        name = r.name if r.gender == "T" else f"{r.name} ({rules.GENDER_LABEL[r.gender].lower()})"
        note = getattr(r, "log_note", None)
        outcome = fmt.value(r.outcome, r.unit) + (f" ({note})" if isinstance(note, str) else "")
        target = fmt.value(r.target, r.unit) if not fmt.is_missing(r.target) else (
            "inget målvärde" if not fmt.is_missing(r.outcome) else fmt.MISSING)
        values.append([name, outcome, target, r.comment if isinstance(r.comment, str) else ""])
    table(doc, ["Indikator", "Utfall", "Målvärde", "Kommentar"], values, [5.5, 1.6, 2.4, 6.5], numeric={1, 2})


def _goals(doc, data: ReportData) -> None:
    doc.add_heading("2 Målstyrning", level=1)
    tree, outcomes = data.now.tree, data.now.outcomes
    areas = goals.areas(tree)
    for a, area in enumerate(areas.itertuples(), start=1):
        doc.add_heading(f"2.{a} {area.title}", level=2)
        below = goals.assessed(tree)
        below = goals.in_area(below, tree, area.goal_id)
        structure = goals.in_area(tree[~tree["is_assessed"]], tree, area.goal_id)
        listed = data.now.goal_activities
        for g, goal in enumerate(below.itertuples(), start=1):
            path = goals.structure_path(tree, goal.goal_id)
            doc.add_heading(f"2.{a}.{g} {goal.title}", level=3)
            if path:
                _small(doc, "Under: " + " › ".join(path))
            para = doc.add_paragraph()
            status = goal.status if isinstance(goal.status, str) else None
            para.add_run(rules.status_label(status)).bold = True
            doc.add_paragraph(goal.comment if isinstance(goal.comment, str) else "Kommentar saknas.")
            mine = listed[listed["goal_id"] == goal.goal_id] if not listed.empty else listed
            if not mine.empty:
                table(doc, ["Aktivitet", "Status", "Kommentar"],
                      [[str(r.title), str(r.state).capitalize() if isinstance(r.state, str) else fmt.MISSING,
                        r.comment if isinstance(r.comment, str) else ""] for r in mine.itertuples()],
                      [6, 2.5, 7.5])
            rows = outcomes[outcomes["goal_id"] == goal.goal_id]
            if not rows.empty:
                _indicator_table(doc, rows)
        # Indicators that hang on the målområde or a regional goal (no assessment of their own).
        rows = outcomes[outcomes["goal_id"].isin(structure["goal_id"])]
        if not rows.empty:
            doc.add_heading(f"Indikatorer för {area.title}", level=3)
            _indicator_table(doc, rows)
    _small(doc, deck.sources(tree["source_note"], outcomes["source_note"]))


def _economy(doc, data: ReportData) -> None:
    doc.add_page_break()
    doc.add_heading("3 Ekonomi", level=1)
    doc.add_heading("3.1 Ekonomiskt resultat per ansvarsområde", level=2)
    budget = data.budget
    if budget.empty:
        doc.add_paragraph("Ingen budget är registrerad för perioden.")
        return
    short = data.info.short
    rows, bold = [], set()
    for r in budget[~budget["is_total"]].itertuples():
        if r.depth == 0:
            bold.add(len(rows))
        rows.append(["\u2003" * r.depth + r.account, economy.tkr(r.budget_tkr), economy.tkr(r.outcome_tkr),
                     fmt.share(r.outcome_tkr, r.budget_tkr) if not fmt.is_missing(r.outcome_tkr) else fmt.MISSING,
                     economy.tkr_change(r.deviation_tkr), economy.tkr(r.forecast_tkr),
                     economy.tkr_change(r.forecast_deviation_tkr)])
    t = data.totals
    bold.add(len(rows))
    rows.append(["Totalt", economy.tkr(t.budget_tkr), economy.tkr(t.outcome_tkr),
                 fmt.share(t.outcome_tkr, t.budget_tkr), economy.tkr_change(t.deviation_tkr),
                 economy.tkr(t.forecast_tkr), economy.tkr_change(t.forecast_deviation_tkr)])
    table(doc, [f"{data.municipality_name} Kontoklass", f"Budget {data.year} i tkr", f"Utfall {short}",
                "Utfall %", "Avvikelse (periodiserad) i tkr", "Prognos", f"Avvikelse budget {data.year}–prognos"],
          rows, [5.4, 1.7, 1.7, 1.5, 2.2, 1.6, 2.2], numeric={1, 2, 3, 4, 5, 6}, bold_rows=bold)
    doc.add_paragraph(economy_sentence(data))
    _small(doc, deck.sources(budget["source_note"]) + ". Avvikelse (periodiserad) = periodens budget − utfall; "
                "plus är överskott. Utfall % = utfall av helårets budget.")


def build(data: ReportData) -> bytes:
    """The .docx draft of the follow-up report, as bytes."""
    doc = Document()
    doc.core_properties.title = f"{data.info.report_name} {data.year}, {data.committee_name}"
    doc.core_properties.language = "sv-SE"
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    footer = section.footer.paragraphs[0]
    footer.text = f"{data.committee_name} · {deck.report_title(data)}"
    footer.runs[0].font.size = Pt(8)
    _title_page(doc, data)
    _summary(doc, data)
    _goals(doc, data)
    _economy(doc, data)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
