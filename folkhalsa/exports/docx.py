"""The follow-up report (Uppföljningsrapport) as Word, in the structure of the committee's own report.

Title page; a table of contents that Word updates; 1 Sammanfattning (the committee's own text,
then sentences drafted from the data); 2 Målstyrning (målområde → goal as 2.1, 2.1.1: status,
comment, the goal's listed activities and its indicators); 3 Kvalitetsstyrning (3.1 Verksamhet);
4 Ekonomi (4.1 the per-post table with the economy text and the post comments, 4.2 Ackumulerad
budgetavvikelse, 4.3 Prognos budgetavvikelse); the åtaganden that do not fully follow the plan;
the signatures; Bilaga 1 with the period's activities. Real Word headings and tables, so the
official keeps editing the draft in Word.

Text from the data is added as plain runs (never parsed) and stripped of the characters XML
cannot hold. A text the committee has not written yet is shown as a marked placeholder, never
as invented prose.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from xml.sax.saxutils import escape

import pandas as pd
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from folkhalsa import economy, fmt, goals, rules, tables, theme, words
from folkhalsa.exports import deck
from folkhalsa.exports.report import ReportData
from folkhalsa.followup import indicators

TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u'
TOC_PLACEHOLDER = "Högerklicka och välj Uppdatera fält för att visa innehållsförteckningen."
WHERE_TO_WRITE = "på sidan Hantera data (Rapportens texter) eller på bladet Texter i mallen"
# What is missing, per text kind: ”[Texten är inte skriven ännu: skriv <what> …]”.
MISSING_TEXT = {
    "sammanfattning": "sammanfattningen",
    "kvalitetsstyrning": "texten om kvalitetsstyrningen",
    "ekonomi": "texten om det ekonomiska resultatet",
    "ackumulerad_avvikelse": "texten om den ackumulerade budgetavvikelsen",
    "prognos_avvikelse": "texten om prognosen",
    "ordforande": "ordförandens namn",
    "namndtjansteperson": "nämndtjänstepersonens namn",
}
NOT_FULLY = ("uppfylls_inte", "delvis")

def clean(text: object) -> str:
    """Text from the data as Word can hold it (``fmt.plain_lines``)."""
    return fmt.plain_lines(text)


def paragraphs_of(text: object) -> list[str]:
    """A text split into paragraphs on blank lines; single line breaks stay inside a paragraph."""
    blocks = re.split(r"\n[ \t\u00a0]*\n", clean(text))
    return [b.strip("\n") for b in blocks if b.strip()]


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


def _add_text(para, text: object, bold: bool = False, italic: bool = False):
    """Plain runs: each line of ``text`` as it is, joined by line breaks (never parsed)."""
    lines = clean(text).split("\n")
    run = para.add_run(lines[0])
    run.bold, run.italic = bold or None, italic or None
    for line in lines[1:]:
        run.add_break()
        run.add_text(line)
    return run


def _para(doc, text: object = "", style: str | None = None, bold: bool = False):
    para = doc.add_paragraph(style=style)
    if text != "":
        _add_text(para, text, bold=bold)
    return para


def _heading(doc, text: object, level: int):
    para = doc.add_paragraph(style=f"Heading {level}")
    _add_text(para, text)
    return para


def _subheading(doc, text: object) -> None:
    """An unnumbered heading inside a section (”Inledning”, a post's name): bold, not in the contents."""
    para = _para(doc, text, bold=True)
    para.paragraph_format.space_before = Pt(10)
    para.paragraph_format.keep_with_next = True


def placeholder(doc, kind: str) -> None:
    """The visibly marked gap where the committee has not written a text yet."""
    para = doc.add_paragraph()
    run = para.add_run(f"[Texten är inte skriven ännu: skriv {MISSING_TEXT[kind]} {WHERE_TO_WRITE}.]")
    run.italic = True
    run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def committee_text(doc, data: ReportData, kind: str) -> bool:
    """The committee's own text of ``kind`` as plain paragraphs, or the placeholder; True if written."""
    blocks = paragraphs_of(data.texts.get(kind))
    if not blocks:
        placeholder(doc, kind)
        return False
    for block in blocks:
        _para(doc, block)
    return True


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
        run = _add_text(cell.paragraphs[0], text, bold=True)
        run.font.color.rgb = _rgb(theme.HEADER_TEXT_COLOUR)
    for r, values in enumerate(rows):
        cells = grid.add_row().cells
        for c, text in enumerate(values):
            para = cells[c].paragraphs[0]
            _add_text(para, text, bold=r in bold_rows)
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
    run = _add_text(para, text)
    run.font.size = Pt(8)
    run.font.color.rgb = _rgb(theme.MUTED_TEXT_COLOUR)


def _field(para, instruction: str, shown: str) -> None:
    """A complex field (begin, instruction, separate, the text shown until Word updates, end)."""
    def char(kind: str):
        run = OxmlElement("w:r")
        mark = OxmlElement("w:fldChar")
        mark.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            mark.set(qn("w:dirty"), "true")  # Word recomputes it when the file opens
        run.append(mark)
        return run

    para._p.append(char("begin"))
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run.append(instr)
    para._p.append(run)
    para._p.append(char("separate"))
    para.add_run(shown)
    para._p.append(char("end"))


def _update_fields_on_open(doc) -> None:
    """``w:updateFields``: Word offers to update the contents (and page numbers) when the file opens."""
    settings = doc.settings.element
    for old in settings.findall(qn("w:updateFields")):
        settings.remove(old)
    flag = OxmlElement("w:updateFields")
    flag.set(qn("w:val"), "true")
    # The schema's order: updateFields comes before these (Word refuses a file out of order).
    after = ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
             "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
             "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions",
             "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
             "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator")
    for tag in after:
        found = settings.find(qn(tag))
        if found is not None:
            found.addprevious(flag)
            return
    settings.append(flag)


def _title_page(doc, data: ReportData) -> None:
    _para(doc, data.info.report_name, style="Title")
    _para(doc, data.info.span.replace("–", " – "), style="Subtitle")
    _para(doc, data.committee_name, bold=True)
    _para(doc, f"{fmt.MONTHS[data.info.last_month - 1].capitalize()} {data.year}")
    if data.plan_sentence:
        _para(doc, data.plan_sentence)
    _small(doc, f"Utkast skapat {fmt.long_day(data.made_on)} i Folkhälsopanelen. {data.words.owner} texter kommer "
                "från Rapportens texter; meningarna om måluppfyllelse, aktiviteter och ekonomi i "
                "sammanfattningen är skrivna ur data och kan redigeras fritt.")
    doc.add_page_break()


def _contents(doc) -> None:
    _para(doc, "Innehållsförteckning", style="TOC Heading")
    _field(doc.add_paragraph(), TOC_INSTRUCTION, TOC_PLACEHOLDER)
    doc.add_page_break()


def summary_sentences(data: ReportData) -> list[str]:
    """The generated sentences of Sammanfattning: goals, indicators, activities."""
    tree, outcomes = data.now.tree, data.now.outcomes
    statuses = list(goals.assessed(tree)["status"])
    n_areas = len(goals.areas(tree))
    span = data.info.span
    sentences = [f"{data.committee_name} följer under {data.year} upp {len(statuses)} mål i "
                 f"{n_areas} {data.words.areas}. Vid uppföljningen för {span} gäller: {rules.rollup_sentence(statuses)}."]
    not_met = goals.assessed(tree)[goals.assessed(tree)["status"].isin(NOT_FULLY)]
    if not_met.empty:
        sentences.append("Samtliga bedömda mål uppfylls under perioden.")
    else:
        listed = "; ".join(f"{g.title} ({rules.STATUS_WORD[g.status].lower()})" for g in not_met.itertuples())
        sentences.append(f"Mål som inte uppfylls helt: {listed}.")
    reached, comparable = goals.target_summary(outcomes)
    states = list(goals.with_target_state(outcomes[outcomes["gender"] == "T"])["target_state"])
    kinds = [getattr(s, "key", "no_target") for s in indicators.ensure_state(outcomes[outcomes["gender"] == "T"])["state"]]
    no_target = sum(s is rules.TargetState.NO_TARGET and k == "no_target" for s, k in zip(states, kinds, strict=True))
    no_outcome = sum(s is rules.TargetState.NO_OUTCOME for s in states)
    parts = [f"{reached} av {comparable} indikatorer med både utfall och målvärde når målvärdet."] if comparable else []
    if no_target:
        parts.append(f"{no_target} indikatorer har utfall men inget målvärde; deras utfall redovisas under målen.")
    if no_outcome:
        parts.append(f"{no_outcome} indikatorer har inget utfall för perioden och följs upp senare.")
    if parts:  # a plan without targets says no ”0 av 0”
        sentences.append(" ".join(parts))
    if indicators.has_kinds(outcomes):
        sentences.append(" ".join(filter(None, [indicators.summary_sentence(outcomes), indicators.RULES_CAPTION])))
    below = [i for i in goals.attention(tree, outcomes) if i.kind == "indicator"]
    if below:
        totals = indicators.ensure_state(outcomes[outcomes["gender"] == "T"])
        keys = {i: getattr(s, "key", "") for i, s in zip(totals["indicator_id"], totals["state"], strict=True)}
        worse = [i.title for i in below if keys.get(i.key) == "worse"]
        under = [i.title for i in below if keys.get(i.key) != "worse"]
        if under:
            sentences.append("Under målvärdet ligger: " + "; ".join(under) + ".")
        if worse:
            sentences.append("Mot önskad riktning sedan basåret: " + "; ".join(worse) + ".")
    act = data.now.activities.iloc[0]
    dialogues = data.now.dialogues
    text = f"Under {span} har {data.words.body} genomfört " + fmt.noted(f"{fmt.number(dialogues.value)} dialoger", dialogues.log_note)
    people = data.now.participants
    text += (f". Aktivitetsloggen har totalt {fmt.number(act['n_activities'])} aktiviteter; "
             f"deltagarna är {people.shown}")
    sentences.append(text + ".")
    return sentences


def _summary(doc, data: ReportData) -> None:
    _heading(doc, "1 Sammanfattning", 1)
    committee_text(doc, data, "sammanfattning")
    _subheading(doc, "Måluppfyllelse och aktiviteter")
    for sentence in summary_sentences(data):
        _para(doc, sentence)
    _subheading(doc, "Ekonomi")
    _para(doc, economy.summary_sentence(data.totals, data.year, data.words.owner))


def _indicator_table(doc, rows: pd.DataFrame) -> None:
    values = []
    kinds = indicators.has_kinds(rows)  # then a column Bedömning: each kind's status (followup/indicators.py)
    for r, cells in zip(rows.itertuples(), indicators.row_cells(rows, report_style=True), strict=True):
        name = r.name if r.gender == "T" else f"{r.name} ({rules.GENDER_LABEL[r.gender].lower()})"
        if kinds:
            name = f"{name} ({cells[0].lower()})"
        outcome = fmt.noted(cells[1], getattr(r, "log_note", None))
        values.append([name, outcome, cells[2], *([cells[3]] if kinds else []),
                       r.comment if isinstance(r.comment, str) else ""])
    if kinds:
        table(doc, ["Indikator", "Utfall", "Målvärde", "Bedömning", "Kommentar"], values, [4.5, 1.6, 2.2, 3, 4.7],
              numeric={1, 2})
    else:
        table(doc, ["Indikator", "Utfall", "Målvärde", "Kommentar"], values, [5.5, 1.6, 2.4, 6.5], numeric={1, 2})


def _activity_table(doc, rows: pd.DataFrame) -> None:
    """The activities listed under an åtagande: Aktivitet | Status | Kommentar."""
    shown = tables.goal_activity_table(rows)  # the same table Måluppfyllelse shows
    table(doc, list(shown.columns), [[clean(a), s, c] for a, s, c in shown.itertuples(index=False)], [6, 2.5, 7.5])


def _goal_comment(doc, comment: object) -> None:
    blocks = paragraphs_of(comment)
    if not blocks:
        para = doc.add_paragraph()
        run = para.add_run("[Kommentaren är inte skriven ännu: skriv den på sidan Hantera data "
                           "(Målbedömningar) eller på bladet Målbedömningar i mallen.]")
        run.italic = True
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    for block in blocks:
        _para(doc, block)


def _goals(doc, data: ReportData) -> None:
    _heading(doc, "2 Målstyrning", 1)
    tree, outcomes = data.now.tree, data.now.outcomes
    listed = data.now.goal_activities
    areas = goals.areas(tree)
    if areas.empty:
        _para(doc, "Inga mål är registrerade för året.")
    for a, area in enumerate(areas.itertuples(), start=1):
        _heading(doc, f"2.{a} {clean(area.title)}", 2)
        below = goals.in_area(goals.assessed(tree), tree, area.goal_id)
        structure = goals.in_area(tree[~tree["is_assessed"]], tree, area.goal_id)
        for g, goal in enumerate(below.itertuples(), start=1):
            path = goals.structure_path(tree, goal.goal_id)
            _heading(doc, f"2.{a}.{g} {clean(goal.title)}", 3)
            if path:
                _small(doc, "Under: " + " › ".join(path))
            status = goal.status if isinstance(goal.status, str) else None
            _para(doc, rules.status_label(status), bold=True)
            _goal_comment(doc, goal.comment)
            mine = listed[listed["goal_id"] == goal.goal_id] if not listed.empty else listed
            if not mine.empty:
                _activity_table(doc, mine)
            rows = outcomes[outcomes["goal_id"] == goal.goal_id]
            if not rows.empty:
                _indicator_table(doc, rows)
        # Activities and indicators that hang on the målområde or a regional goal (no assessment).
        mine = listed[listed["goal_id"].isin(structure["goal_id"])] if not listed.empty else listed
        if not mine.empty:
            _subheading(doc, f"Aktiviteter för {clean(area.title)}")
            _activity_table(doc, mine)
        rows = outcomes[outcomes["goal_id"].isin(structure["goal_id"])]
        if not rows.empty:
            _subheading(doc, f"Indikatorer för {clean(area.title)}")
            _indicator_table(doc, rows)
    _small(doc, deck.sources(tree["source_note"], outcomes["source_note"]))


def _quality(doc, data: ReportData) -> None:
    _heading(doc, "3 Kvalitetsstyrning", 1)
    _heading(doc, "3.1 Verksamhet", 2)
    committee_text(doc, data, "kvalitetsstyrning")


def _budget_table(doc, data: ReportData) -> None:
    budget = data.budget
    rows, bold = [], set()
    for r in budget[~budget["is_total"]].itertuples():
        if r.depth == 0:
            bold.add(len(rows))
        rows.append(["\u2003" * int(r.depth) + clean(r.account), economy.tkr(r.budget_tkr), economy.tkr(r.outcome_tkr),
                     fmt.share(r.outcome_tkr, r.budget_tkr) if not fmt.is_missing(r.outcome_tkr) else fmt.MISSING,
                     economy.tkr_change(r.deviation_tkr), economy.tkr(r.forecast_tkr),
                     economy.tkr_change(r.forecast_deviation_tkr)])
    t = data.totals
    bold.add(len(rows))
    rows.append(["Totalt", economy.tkr(t.budget_tkr), economy.tkr(t.outcome_tkr),
                 fmt.share(t.outcome_tkr, t.budget_tkr), economy.tkr_change(t.deviation_tkr),
                 economy.tkr(t.forecast_tkr), economy.tkr_change(t.forecast_deviation_tkr)])
    table(doc, [f"{data.municipality_name} Kontoklass", f"Budget {data.year} i tkr", f"Utfall {data.info.months}",
                "Utfall %", "Avvikelse (periodiserad) i tkr", "Prognos", f"Avvikelse Budget {data.year}–prognos"],
          rows, [5.4, 1.7, 1.7, 1.5, 2.2, 1.6, 2.2], numeric={1, 2, 3, 4, 5, 6}, bold_rows=bold)


def _payer_tables(doc, data: ReportData) -> None:
    """A joint plan: the budget per payer and each post split between its payers (tkr)."""
    split = economy.payer_split(data.budget, data.parties)
    if split.empty:
        return
    _subheading(doc, "Per betalare")
    if not data.parties.empty:
        _para(doc, "Planens parter: " + "; ".join(
            clean(f"{n} ({p})" if isinstance(n, str) and n != p else p)
            for p, n in zip(data.parties["party"], data.parties["name"], strict=True)) + ".")
    # the page's tables (economy.payer_totals_table, payer_split_table): one model, rounded once there
    per_payer = economy.payer_totals_table(economy.payer_totals(data.budget, data.info, data.parties))
    table(doc, list(per_payer.columns), [[clean(r[0]), *r[1:]] for r in per_payer.itertuples(index=False)],
          [5, 2.5, 2.5, 2.5, 2.5], numeric={1, 2, 3, 4})
    per_post = economy.payer_split_table(split, words.capital(data.words.goal))
    table(doc, [clean(h) for h in per_post.columns], [[clean(r[0]), *r[1:]] for r in per_post.itertuples(index=False)],
          [6, *([3] * (len(per_post.columns) - 1))], numeric=set(range(1, len(per_post.columns))))


def _economy(doc, data: ReportData) -> None:
    doc.add_page_break()
    _heading(doc, "4 Ekonomi", 1)
    _heading(doc, "4.1 Ekonomiskt resultat per ansvarsområde", 2)
    budget = data.budget
    if budget.empty:
        _para(doc, "Ingen budget är registrerad för perioden.")
    else:
        _budget_table(doc, data)
        _payer_tables(doc, data)
    committee_text(doc, data, "ekonomi")
    if not budget.empty:
        for r in budget.itertuples():
            blocks = paragraphs_of(r.comment)
            if blocks:
                _subheading(doc, r.account)
                for block in blocks:
                    _para(doc, block)
        _small(doc, deck.sources(budget["source_note"]) + ". Avvikelse (periodiserad) = periodens budget − utfall; "
                    "plus är överskott. Utfall % = utfall av helårets budget.")
    t = data.totals
    _heading(doc, "4.2 Ackumulerad budgetavvikelse", 2)
    # As the report writes it: costs as negative figures, the deviation as budget − outcome.
    table(doc, ["Indikator", "Ack resultat", "Ack budget", "Ack avvikelse"],
          [["Ackumulerad budgetavvikelse", _negated(t.outcome_tkr), _negated(t.period_budget_tkr),
            fmt.value(t.deviation_tkr, "tkr")]], [6.5, 3, 3, 3], numeric={1, 2, 3})
    committee_text(doc, data, "ackumulerad_avvikelse")
    _heading(doc, "4.3 Prognos budgetavvikelse", 2)
    table(doc, ["Indikator", "Årsprognos", "Årsbudget", "Avvikelse"],
          [["Prognos budgetavvikelse", _negated(t.forecast_tkr), _negated(t.budget_tkr),
            fmt.value(t.forecast_deviation_tkr, "tkr")]], [6.5, 3, 3, 3], numeric={1, 2, 3})
    committee_text(doc, data, "prognos_avvikelse")


def _negated(value: object) -> str:
    return fmt.MISSING if fmt.is_missing(value) else fmt.value(-float(value), "tkr")  # type: ignore[arg-type]


def _not_fully(doc, data: ReportData) -> None:
    """The åtaganden that do not fully follow the plan (uppfylls delvis, uppfylls inte)."""
    level = data.words.goal
    _heading(doc, f"{words.capital(data.words.goals)} som inte helt följer planen", 1)
    assessed = goals.assessed(data.now.tree)
    rows = assessed[assessed["status"].isin(NOT_FULLY)]
    if rows.empty:
        _para(doc, f"Samtliga bedömda {data.words.goals} uppfylls under perioden.")
        return
    table(doc, [words.capital(level), "Status", "Kommentar"],
          [[clean(r.title), rules.status_label(r.status), r.comment if isinstance(r.comment, str) else ""]
           for r in rows.itertuples()], [6, 3, 7])


def _signatures(doc, data: ReportData) -> None:
    _heading(doc, "Underskrifter", 1)
    _para(doc, "Ort och datum: ______________________________")
    for kind, role in (("ordforande", "Ordförande"), ("namndtjansteperson", "Nämndtjänsteperson")):
        line = _para(doc, "_" * 40)
        line.paragraph_format.space_before = Pt(36)
        name = clean(data.texts.get(kind)).strip()
        if name:
            _para(doc, " ".join(name.split()), bold=True)
        else:
            placeholder(doc, kind)
        _para(doc, f"{role}, {data.committee_name}")


def _appendix(doc, data: ReportData) -> None:
    doc.add_page_break()
    _heading(doc, "Bilaga 1 Periodens aktiviteter", 1)
    log = data.now.log
    _para(doc, f"Aktiviteterna i aktivitetsloggen för {data.info.span} {data.year}.")
    if log.empty:
        _para(doc, "Inga aktiviteter är registrerade för perioden.")
        return
    rows = [[_day(r.date), clean(r.title),
             clean(r.kind).capitalize(), clean(r.target_group) or fmt.MISSING, fmt.number(r.participants_total)]
            for r in log.itertuples()]
    table(doc, ["Datum", "Aktivitet", "Typ", "Målgrupp", "Deltagare"], rows, [2.3, 6.4, 2.4, 3.3, 1.9],
          numeric={4})
    _small(doc, deck.sources(log["source_note"]) + ". Deltagare ”–”: antalet är inte känt.")


def _day(value: object) -> str:
    """``2022-08-31`` for a date or timestamp from the log."""
    if fmt.is_missing(value):
        return fmt.MISSING
    if isinstance(value, datetime):
        return fmt.day(value.date())
    return fmt.day(value) if isinstance(value, date) else clean(value)


def _properties(doc, data: ReportData) -> None:
    props = doc.core_properties
    props.title = clean(f"{data.info.report_name} {data.year}, {data.committee_name}")
    props.subject = clean(data.info.title(data.year))
    props.author = props.last_modified_by = clean(data.committee_name)
    props.keywords = clean(f"folkhälsa; uppföljning; {data.committee_name}; {data.municipality_name}; "
                           f"{data.year}; {data.info.report_name}")
    props.category = clean(data.info.report_name)
    props.comments = "Utkast skapat i Folkhälsopanelen."
    props.language = "sv-SE"
    props.created = props.modified = datetime(data.made_on.year, data.made_on.month, data.made_on.day)
    props.revision = 1
    for part in doc.part.package.iter_parts():  # the company lives in the extended properties
        if str(part.partname) == "/docProps/app.xml" and b"<Company/>" in part.blob:
            part._blob = part.blob.replace(
                b"<Company/>", f"<Company>{escape(clean(data.committee_name))}</Company>".encode())


def _swedish(doc) -> None:
    """Swedish as the language of every run (spelling and hyphenation in Word)."""
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "sv-SE")


def _footer(section, data: ReportData) -> None:
    para = section.footer.paragraphs[0]
    run = _add_text(para, f"{data.committee_name} · {deck.report_title(data)} · sida ")
    run.font.size = Pt(8)
    _field(para, "PAGE", "1")


def build(data: ReportData) -> bytes:
    """The .docx draft of the follow-up report, as bytes."""
    doc = Document()
    _properties(doc, data)
    _swedish(doc)
    _update_fields_on_open(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    _footer(section, data)
    _title_page(doc, data)
    _contents(doc)
    _summary(doc, data)
    _goals(doc, data)
    _quality(doc, data)
    _economy(doc, data)
    _not_fully(doc, data)
    _signatures(doc, data)
    _appendix(doc, data)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
