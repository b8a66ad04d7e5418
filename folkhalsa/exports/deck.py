"""The meeting deck as plain data: built once, drawn by the Mötesläge page and the PowerPoint.

Every slide carries its own text, tables (already in Swedish formats), an optional chart
(the numbers themselves, so PowerPoint can hold an editable chart) and the source of its
figures in one line of small print.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from folkhalsa import economy, fmt, goals, overview, rules
from folkhalsa.exports.report import ReportData
from folkhalsa.followup.periods import Period

MAX_KEY_INDICATORS = 3


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[str]]
    caption: str = ""
    widths: list[float] | None = None   # relative column widths
    status: list[str | None] | None = None  # a status key per row, for the colour of its marker


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
    kind: str                    # title, status, area, indicator, economy, attention
    title: str
    subtitle: str = ""
    figures: list[Figure] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    chart: Chart | None = None
    points: list[str] = field(default_factory=list)
    source: str = ""


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


def title_slide(data: ReportData) -> Slide:
    return Slide(
        "title", data.committee_name, report_title(data),
        points=[f"{data.municipality_name} · {data.period_label}",
                f"Underlaget skapades {fmt.long_day(data.made_on)}"],
        source=sources(data.now.tree["source_note"]))


def status_slide(data: ReportData) -> Slide:
    figures = overview.key_figures(data.now, data.before)
    areas = goals.rollup_by_area(data.now.tree)
    table = Table(["Målområde", "Status", "Måluppfyllelse"],
                  [[a.title, rules.status_label(a.status), a.sentence] for a in areas.itertuples()],
                  widths=[5, 2.4, 3.6], status=list(areas["status"]))
    return Slide(
        "status", "Måluppfyllelse i korthet", report_title(data),
        figures=[Figure(f.value, f.label) for f in figures], tables=[table],
        source=sources(data.now.tree["source_note"]) + "; aktivitetsloggen för dialoger och deltagare")


def indicator_rows(outcomes: pd.DataFrame) -> Table:
    """Indikator | Utfall | Målvärde | Målvärdet, total (T) rows only: what fits a slide.

    An outcome without a target is shown, marked ”Inget målvärde”; a reported figure that the
    log counts differently carries ”varav registrerade i loggen: N”.
    """
    rows = goals.with_target_state(outcomes[outcomes["gender"] == "T"])
    notes = list(rows["log_note"]) if "log_note" in rows.columns else [None] * len(rows)
    return Table(
        ["Indikator", "Utfall", "Målvärde", "Målvärdet"],
        [[r.name, fmt.value(r.outcome, r.unit) + (f" ({note})" if isinstance(note, str) else ""),
          fmt.value(r.target, r.unit), rules.TARGET_WORDS[r.target_state]]
         for r, note in zip(rows.itertuples(), notes, strict=True)],
        caption="Indikatorer", widths=[7.4, 1.2, 1.4, 2.6])


def area_slides(data: ReportData) -> list[Slide]:
    tree, outcomes = data.now.tree, data.now.outcomes
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
        slides.append(Slide(
            "area", area.title, f"{rules.status_label(area.status)} · {area.sentence}", tables=tables,
            source=sources(below["source_note"], ind["source_note"])))
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
    slides = []
    for indicator_id in key_indicators(data):
        rows = data.history[data.history["indicator_id"] == indicator_id].sort_values("year")
        first = rows.iloc[0]
        unit, direction = str(first["unit"]), str(first["direction"])
        labels = list(rows["period_label"])
        outcome = [None if fmt.is_missing(v) else float(v) for v in rows["outcome"]]
        target = [None if fmt.is_missing(v) else float(v) for v in rows["target"]]
        table = Table(
            ["År", "Utfall", "Målvärde", "Målvärdet"],
            [[label, fmt.value(o, unit), fmt.value(t, unit), rules.TARGET_WORDS[rules.target_state(o, t, direction)]]
             for label, o, t in zip(labels, outcome, target, strict=True)],
            widths=[2, 1.6, 1.6, 3.2])
        slides.append(Slide(
            "indicator", str(first["name"]),
            f"Nyckelindikator mot målvärde över åren · {rules.DIRECTION_WORD[direction]}",
            tables=[table],
            chart=Chart("line", labels, [Series("Utfall", outcome), Series("Målvärde", target)], unit),
            source=sources(rows["source_note"])))
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
    return Table(["Post (tkr)", "Budget helår", f"Budget {short}", f"Utfall {short}", "Avvikelse", "Prognos helår"],
                 rows, widths=[3.0, 1.6, 1.6, 1.6, 1.9, 1.6])


def economy_slide(data: ReportData) -> Slide:
    budget = data.budget
    if budget.empty:
        return Slide("economy", "Ekonomi", report_title(data), points=["Ingen budget är registrerad för perioden."],
                     source="Källa: uppgift saknas")
    totals = data.totals
    top = budget[budget["is_top_level"]]
    short = data.info.short
    chart = Chart("bar", list(top["account"]), [
        Series(f"Budget {short}", [None if fmt.is_missing(v) else float(v) for v in top["period_budget_tkr"]]),
        Series(f"Utfall {short}", [None if fmt.is_missing(v) else float(v) for v in top["outcome_tkr"]]),
    ], "tkr")
    return Slide(
        "economy", "Ekonomi", f"Utfall mot budget, {data.info.span} {data.year} (tkr)",
        figures=[Figure(fmt.value(totals.budget_tkr, "tkr"), f"Budget {data.year}"),
                 Figure(fmt.value(totals.outcome_tkr, "tkr"), f"Utfall {short}"),
                 Figure(economy.deviation_text(totals.deviation_tkr), "Budgetavvikelse"),
                 Figure(fmt.value(totals.forecast_tkr, "tkr"), "Prognos helår")],
        tables=[economy_table(budget, data.info)], chart=chart,
        source=sources(budget["source_note"]) + ". Avvikelse = periodens budget − utfall; plus är överskott.")


def attention_slide(data: ReportData) -> Slide:
    items = goals.attention(data.now.tree, data.now.outcomes)
    points = [f"{item.detail}: {item.title}" for item in items] or [
        "Inga mål eller indikatorer behöver särskild uppmärksamhet."]
    return Slide("attention", "Behöver uppmärksamhet", "Mål som inte uppfylls helt och indikatorer under målvärdet",
                 points=points,
                 source=sources(data.now.tree["source_note"], data.now.outcomes["source_note"]))


def build(data: ReportData) -> list[Slide]:
    """Title, status overview, one slide per målområde, key indicators, economy, attention."""
    return [title_slide(data), status_slide(data), *area_slides(data), *indicator_slides(data),
            economy_slide(data), attention_slide(data)]
