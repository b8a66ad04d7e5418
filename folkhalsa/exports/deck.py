"""The meeting deck as plain data: built once, drawn by the Mötesläge page and the PowerPoint.

Every slide carries its own text, tables (already in Swedish formats), an optional chart
(the numbers themselves, so PowerPoint can hold an editable chart), the source of its
figures in one line of small print and drafted sentences for the speaker (``notes``).

A slide fits the projector: a long table continues on the next slide ("(forts.)" in the
title), so the page and the PowerPoint hold the same slides.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pandas as pd

from folkhalsa import economy, fmt, goals, overview, rules, sentences, words
from folkhalsa.exports.report import ReportData
from folkhalsa.followup import indicators
from folkhalsa.followup.periods import Period

MAX_KEY_INDICATORS = 3
MAX_TABLE_ROWS = 5        # table rows on one slide (all its tables); more continue on the next slide
MAX_STATUS_ROWS = 3       # beside the key figures
MAX_SIDE_ROWS = 6         # a table beside a chart
MAX_POINTS = 5
CONTINUED = " (forts.)"


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[str]]
    caption: str = ""
    widths: list[float] | None = None   # relative column widths
    status: list[str | None] | None = None  # a status key per row, for the colour of its marker
    keys: list[str] | None = None    # an id per row (indicator_id), for the speaker notes of its rows

    def part(self, start: int, stop: int) -> Table:
        """Rows ``start:stop``; a part after the first says it continues."""
        def cut(xs: list | None) -> list | None:
            return None if xs is None else xs[start:stop]

        caption = self.caption + CONTINUED if self.caption and start > 0 else self.caption
        return replace(self, rows=self.rows[start:stop], caption=caption, status=cut(self.status),
                       keys=cut(self.keys))


@dataclass(frozen=True)
class Series:
    name: str
    values: list[float | None]   # None is a gap, never zero


@dataclass(frozen=True)
class Chart:
    kind: str                    # "line" (over years) or "bar" (side by side)
    categories: list[str]
    series: list[Series]
    unit: str                    # antal, procent or tkr: axis title and number format


@dataclass(frozen=True)
class Figure:
    value: str
    label: str


@dataclass(frozen=True)
class Slide:
    kind: str                    # title, status, area, indicator, economy, payers, attention
    title: str
    subtitle: str = ""
    figures: list[Figure] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    chart: Chart | None = None
    points: list[str] = field(default_factory=list)
    source: str = ""
    notes: list[str] = field(default_factory=list)   # drafted sentences: speaker notes in PowerPoint


def split_rows(tables: list[Table], max_rows: int, first_rows: int | None = None) -> list[list[Table]]:
    """The tables in slide-sized parts: at most ``max_rows`` rows per slide (``first_rows`` on the first).

    A table never starts with a single row at the foot of a slide when more follow.
    """
    pages: list[list[Table]] = []
    current: list[Table] = []
    room = first_rows if first_rows is not None else max_rows
    for table in tables:
        start = 0
        while True:
            left = len(table.rows) - start
            if current and (room <= 0 or (room < 2 <= left)):
                pages.append(current)
                current, room = [], max_rows
            take = max(0, min(room, left)) if left else 0
            current.append(table.part(start, start + take))
            room -= take
            start += take
            if start >= len(table.rows):
                break
    if current or not pages:
        pages.append(current)
    return pages


def paginate(slide: Slide, max_rows: int = MAX_TABLE_ROWS, first_rows: int | None = None,
             row_notes: dict[str, str] | None = None) -> list[Slide]:
    """One slide, or several when its tables or points are too long for one: "(forts.)" after the first.

    Key figures and the chart stay on the first slide; ``row_notes`` gives each slide the sentences
    of the rows (by ``Table.keys``) it shows, after the slide's own notes.
    """
    parts = split_rows(slide.tables, max_rows, first_rows)
    points = [slide.points[i:i + MAX_POINTS] for i in range(0, len(slide.points), MAX_POINTS)] or [[]]
    result = []
    for i in range(max(len(parts), len(points))):
        tables = parts[i] if i < len(parts) else []
        keyed = [row_notes[k] for t in tables for k in (t.keys or []) if row_notes and k in row_notes]
        result.append(replace(
            slide, title=slide.title + (CONTINUED if i else ""), tables=tables,
            points=points[i] if i < len(points) else [],
            figures=slide.figures if i == 0 else [], chart=slide.chart if i == 0 else None,
            notes=(slide.notes if i == 0 else []) + keyed))
    return result


def report_title(data: ReportData) -> str:
    """``Uppföljningsrapport 2, januari–augusti 2022``."""
    return data.info.title(data.year)


def sources(*notes: pd.Series | list[str | None]) -> str:
    """``Källa: A; B``: every distinct source note of the rows a slide shows."""
    seen: list[str] = []
    for series in notes:
        for note in series:
            if not fmt.is_missing(note) and str(note) not in seen:
                seen.append(str(note))
    return "Källa: " + ("; ".join(seen) if seen else "uppgift saknas")


def indicator_notes(data: ReportData) -> dict[str, str]:
    """The drafted sentence of every indicator (total) of the follow-up, by indicator id."""
    return sentences.indicator_sentences(data.now, data.before)


def key_figure_notes(data: ReportData) -> list[str]:
    return sentences.key_figure_sentences(data.now, data.before)


def title_slide(data: ReportData) -> Slide:
    return Slide(
        "title", data.committee_name, report_title(data),
        points=[f"{data.municipality_name} · {data.period_label}",
                *([data.plan_sentence] if data.plan_sentence else []),
                f"Underlaget skapades {fmt.long_day(data.made_on)}"],
        source=sources(data.now.tree["source_note"]))


def status_slide(data: ReportData) -> list[Slide]:
    figures = overview.key_figures(data.now, data.before, data.words)
    areas = goals.rollup_by_area(data.now.tree)
    table = Table([words.capital(data.words.area), "Status", "Måluppfyllelse"],
                  [[a.title, rules.status_label(a.status), a.sentence] for a in areas.itertuples()],
                  widths=[5, 2.4, 3.6], status=list(areas["status"]))
    return paginate(Slide(
        "status", "Måluppfyllelse i korthet", report_title(data),
        figures=[Figure(f.value, f.label) for f in figures], tables=[table],
        source=sources(data.now.tree["source_note"]) + "; aktivitetsloggen för dialoger och deltagare",
        notes=key_figure_notes(data)), first_rows=MAX_STATUS_ROWS)


def indicator_rows(outcomes: pd.DataFrame) -> Table:
    """Indikator | Utfall | Målvärde | Målvärdet, total (T) rows only: what fits a slide.

    An outcome without a target is shown, marked ”Inget målvärde”; a reported figure that the
    log counts differently carries ”varav registrerade i loggen: N”.
    """
    rows = indicators.ensure_state(outcomes[outcomes["gender"] == "T"])
    notes = list(rows["log_note"]) if "log_note" in rows.columns else [None] * len(rows)
    kinds = indicators.has_kinds(rows)  # each kind's status (followup/indicators.py), its rule in the caption
    return Table(
        ["Indikator", "Utfall", "Målvärde", "Bedömning" if kinds else "Målvärdet"],
        [[f"{r.name} ({cells[0].lower()})" if kinds else r.name, fmt.noted(cells[1], note), cells[2], cells[3]]
         for r, note, cells in zip(rows.itertuples(), notes, indicators.row_cells(rows), strict=True)],
        caption="Indikatorer" + (f" · {indicators.SHORT_RULE}" if kinds else ""),
        widths=[6.4, 1.4, 1.8, 3] if kinds else [7.4, 1.2, 1.4, 2.6], keys=[str(i) for i in rows["indicator_id"]])


def area_slides(data: ReportData) -> list[Slide]:
    tree, outcomes = data.now.tree, data.now.outcomes
    notes = indicator_notes(data)
    slides = []
    for area in goals.rollup_by_area(tree).itertuples():
        below = goals.assessed(tree)
        below = goals.in_area(below, tree, area.goal_id)
        goal_table = Table(["Mål", "Status"],
                           [[g.title, rules.status_label(g.status)] for g in below.itertuples()],
                           caption="Mål", widths=[8.4, 3.6], status=list(below["status"]))
        tables = [goal_table]
        in_area = goals.in_area(tree, tree, area.goal_id)  # indicators of structure goals too
        ind = outcomes[outcomes["goal_id"].isin(in_area["goal_id"])]
        if not ind.empty:
            tables.append(indicator_rows(ind))
        slides.extend(paginate(Slide(
            "area", area.title, f"{rules.status_label(area.status)} · {area.sentence}", tables=tables,
            source=sources(below["source_note"], ind["source_note"])), row_notes=notes))
    return slides


def key_indicators(data: ReportData) -> list[str]:
    """Up to three indicators with outcome and target this period (else with a target), longest history first."""
    now = data.history[data.history["year"] == data.year]
    comparable = now[now["outcome"].notna() & now["target"].notna()]
    chosen = list((comparable if not comparable.empty else now[now["target"].notna()])["indicator_id"])
    years_with_outcome = data.history[data.history["outcome"].notna()].groupby("indicator_id")["year"].nunique()
    chosen.sort(key=lambda i: -int(years_with_outcome.get(i, 0)))  # stable: report order among equals
    return chosen[:MAX_KEY_INDICATORS]


def indicator_slides(data: ReportData) -> list[Slide]:
    notes = indicator_notes(data)
    slides = []
    for indicator_id in key_indicators(data):
        rows = indicators.history_with_state(data.history[data.history["indicator_id"] == indicator_id]
                                             .sort_values("year"))
        first = rows.iloc[0]
        unit, direction = str(first["unit"]), str(first["direction"])
        labels = list(rows["period_label"])
        outcome = [None if fmt.is_missing(v) else float(v) for v in rows["outcome"]]
        target = [None if fmt.is_missing(v) else float(v) for v in rows["target"]]
        table = Table(
            ["År", "Utfall", "Målvärde", "Målvärdet"],
            [[label, cells[1], cells[2], cells[3]]
             for label, cells in zip(labels, indicators.row_cells(rows), strict=True)],
            widths=[2, 1.6, 1.6, 3.2])
        slides.extend(paginate(Slide(
            "indicator", str(first["name"]),
            f"Nyckelindikator mot målvärde över åren · {rules.DIRECTION_WORD[direction]}",
            tables=[table],
            chart=Chart("line", labels, [Series("Utfall", outcome), Series("Målvärde", target)], unit),
            source=sources(rows["source_note"]),
            notes=[notes[indicator_id]] if indicator_id in notes else []), max_rows=MAX_SIDE_ROWS))
    return slides


def economy_table(budget: pd.DataFrame, period: Period) -> Table:
    """The top-level accounts and their sum, in tkr: Post | Budget | Budget för perioden | Utfall | Avvikelse | Prognos."""
    top = budget[budget["is_top_level"]]
    totals = economy.totals(budget, period)
    rows = [[r.account, economy.tkr(r.budget_tkr), economy.tkr(r.period_budget_tkr), economy.tkr(r.outcome_tkr),
             economy.tkr_change(r.deviation_tkr), economy.tkr(r.forecast_tkr)] for r in top.itertuples()]
    rows.append(["Summa", economy.tkr(totals.budget_tkr), economy.tkr(totals.period_budget_tkr),
                 economy.tkr(totals.outcome_tkr), economy.tkr_change(totals.deviation_tkr),
                 economy.tkr(totals.forecast_tkr)])
    short = period.short
    period_budget = "Periodiserad budget" if short == "helår" else f"Budget {short}"  # never two "Budget helår"
    return Table(["Post (tkr)", "Budget helår", period_budget, f"Utfall {short}", "Avvikelse", "Prognos helår"],
                 rows, widths=[3.0, 1.6, 1.6, 1.6, 1.9, 1.6])


def economy_slide(data: ReportData) -> list[Slide]:
    budget = data.budget
    if budget.empty:
        return [Slide("economy", "Ekonomi", report_title(data), points=["Ingen budget är registrerad för perioden."],
                      source="Källa: uppgift saknas", notes=["Ingen budget är registrerad för perioden."])]
    totals = data.totals
    top = budget[budget["is_top_level"]]
    short = data.info.short
    chart = Chart("bar", list(top["account"]), [
        Series(f"Budget {short}", [None if fmt.is_missing(v) else float(v) for v in top["period_budget_tkr"]]),
        Series(f"Utfall {short}", [None if fmt.is_missing(v) else float(v) for v in top["outcome_tkr"]]),
    ], "tkr")
    note = economy.summary_sentence(totals, data.year, data.words.owner)
    return paginate(Slide(
        "economy", "Ekonomi", f"Utfall mot budget, {data.info.span} {data.year} (tkr)",
        figures=[Figure(fmt.value(totals.budget_tkr, "tkr"), f"Budget {data.year}"),
                 Figure(fmt.value(totals.outcome_tkr, "tkr"), f"Utfall {short}"),
                 Figure(economy.deviation_text(totals.deviation_tkr), "Budgetavvikelse"),
                 Figure(fmt.value(totals.forecast_tkr, "tkr"), "Prognos helår")],
        tables=[economy_table(budget, data.info)], chart=chart,
        source=sources(budget["source_note"]) + ". Avvikelse = periodens budget − utfall; plus är överskott.",
        notes=[note]), max_rows=MAX_SIDE_ROWS)


def payer_slide(data: ReportData) -> list[Slide]:
    """A joint plan: the budget per payer and each post split between its payers (tkr); none otherwise."""
    split = economy.payer_split(data.budget, data.parties)
    if split.empty:
        return []
    totals = economy.payer_totals(data.budget, data.info, data.parties)
    # the page's tables (economy.payer_totals_table, payer_split_table): one model, rounded once there
    per_payer_rows = economy.payer_totals_table(totals)
    per_payer = Table(list(per_payer_rows.columns), [list(r) for r in per_payer_rows.itertuples(index=False)],
                      widths=[2.4, 1.6, 1.6, 1.6, 1.6])
    per_post_rows = economy.payer_split_table(split, words.capital(data.words.goal))
    n_payers = len(per_post_rows.columns) - 2
    per_post = Table(list(per_post_rows.columns), [list(r) for r in per_post_rows.itertuples(index=False)],
                     widths=[4.6, *([1.6] * n_payers), 1.6])
    budget_words = ", ".join(f"{r.payer} {fmt.value(r.budget_tkr, 'tkr')}" for r in totals.itertuples()
                             if not fmt.is_missing(r.budget_tkr))
    return paginate(Slide(
        "payers", "Ekonomi per betalare", f"Budget {data.year} fördelad på planens parter (tkr)",
        tables=[per_payer, per_post],
        source=sources(data.budget["source_note"]) + ". Totalt är postens budget som den angetts, annars delarnas summa.",
        notes=[f"Budgeten {data.year} per betalare: {budget_words}."] if budget_words else []), max_rows=MAX_SIDE_ROWS)


def attention_slide(data: ReportData) -> list[Slide]:
    """The points, at most ``MAX_POINTS`` a slide; the notes hold the sentences of the indicators shown."""
    items = goals.attention(data.now.tree, data.now.outcomes)
    notes = indicator_notes(data)
    empty = "Inga mål eller indikatorer behöver särskild uppmärksamhet."
    chunks = [items[i:i + MAX_POINTS] for i in range(0, len(items), MAX_POINTS)] or [[]]
    return [Slide("attention", "Behöver uppmärksamhet" + (CONTINUED if i else ""),
                  "Mål som inte uppfylls helt och indikatorer under målvärdet",
                  points=[f"{item.detail}: {item.title}" for item in chunk] or [empty],
                  source=sources(data.now.tree["source_note"], data.now.outcomes["source_note"]),
                  notes=[notes[item.key] for item in chunk if item.kind == "indicator" and item.key in notes]
                  or ([] if chunk else [empty]))
            for i, chunk in enumerate(chunks)]


def build(data: ReportData) -> list[Slide]:
    """Title, status overview, one slide per målområde, key indicators, economy, attention.

    Long tables and lists continue on a next slide with "(forts.)" in the title.
    """
    return [title_slide(data), *status_slide(data), *area_slides(data), *indicator_slides(data),
            *economy_slide(data), *payer_slide(data), *attention_slide(data)]
