"""Key figures of Översikt: this period against the same period a year earlier (pure)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from folkhalsa import fmt, goals, rules


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str
    delta: str | None       # e.g. "+1 mot 2021"; None when there is nothing to compare with
    delta_color: str        # "normal": up is good; "inverse": up is bad; "off": neutral (or a colour name)
    help: str
    delta_arrow: str = "auto"  # "auto" reads the sign of ``delta``; "up", "down" or "off" say it outright

    @property
    def unchanged(self) -> bool:
        return self.delta is not None and self.delta.startswith("±0")


@dataclass(frozen=True)
class PeriodData:
    """What one committee reported for one year and period."""

    year: int
    period: str
    tree: pd.DataFrame
    outcomes: pd.DataFrame
    activities: pd.DataFrame  # one row from activity_totals.sql


def _delta(now: float | None, before: float | None, year: int | None) -> str | None:
    if year is None or fmt.is_missing(now) or fmt.is_missing(before):
        return None
    # Streamlit reads the sign from a leading ASCII "-" to pick arrow and colour
    return f"{fmt.change(float(now) - float(before)).replace(fmt.MINUS, '-', 1)} mot {year}"


def key_figures(now: PeriodData, before: PeriodData | None) -> list[KeyFigure]:
    """Goal status counts, indicators on target, dialogues and participants, with change."""
    counts = goals.status_totals(now.tree)
    prev_counts = goals.status_totals(before.tree) if before else {}
    total = sum(counts.values())
    prev_year = before.year if before else None
    figures = []
    for status, colour in (("uppfylls", "normal"), ("delvis", "off"), ("uppfylls_inte", "inverse"),
                           ("ej_bedomd", "off")):
        figures.append(KeyFigure(
            rules.status_label(status), f"{counts[status]} av {total}",
            _delta(counts[status], prev_counts.get(status), prev_year), colour,
            f"Antal bedömda mål (uppdrag och åtaganden) med status {rules.STATUS_WORD[status].lower()}."))
    reached, comparable = goals.target_summary(now.outcomes)
    prev_reached = goals.target_summary(before.outcomes)[0] if before else None
    figures.append(KeyFigure(
        "Indikatorer som når målvärdet", f"{reached} av {comparable}",
        _delta(reached, prev_reached, prev_year), "normal",
        "Räknar indikatorer (totalt) som har både utfall och målvärde; övriga visas som saknas."))
    act = now.activities.iloc[0]
    prev_act = before.activities.iloc[0] if before else None
    figures.append(KeyFigure(
        "Genomförda dialoger", fmt.number(act["n_dialogues"]),
        _delta(act["n_dialogues"], prev_act["n_dialogues"] if prev_act is not None else None, prev_year),
        "normal", "Dialoger i aktivitetsloggen från januari till periodens slut."))
    figures.append(KeyFigure(
        "Deltagare i aktiviteter", fmt.number(act["n_participants"]),
        _delta(act["n_participants"], prev_act["n_participants"] if prev_act is not None else None, prev_year),
        "normal", "Summan av kända deltagarantal i aktivitetsloggen; aktiviteter utan antal räknas inte."))
    return figures
