"""Fetch what a page shows for the current selection (queries through the cache layer)."""

from __future__ import annotations

import pandas as pd

from folkhalsa import rules
from folkhalsa.exports.report import ReportData, report_data
from folkhalsa.overview import PeriodData
from folkhalsa.ui.data import q, store
from folkhalsa.ui.filters import Selection


def period_data(committee_id: str, year: int, period: str) -> PeriodData:
    return PeriodData(
        year=year, period=period,
        tree=q("goal_tree", committee_id=committee_id, year=year, period=period),
        outcomes=q("indicator_outcomes", committee_id=committee_id, year=year, period=period),
        activities=q("activity_totals", committee_id=committee_id, year=year,
                     end_month=rules.PERIOD_END_MONTH[period]),
    )


def current(sel: Selection) -> PeriodData:
    assert sel.period is not None
    return period_data(sel.committee_id, sel.year, sel.period)


def previous_year(sel: Selection) -> PeriodData | None:
    """The same period a year earlier (or its latest one), or None when that year has no data."""
    year = sel.year - 1
    available = list(q("periods_available", committee_id=sel.committee_id, year=year)["period"])
    period = rules.effective_period(sel.period or sel.requested_period, available)
    return period_data(sel.committee_id, year, period) if period else None


def all_years() -> list[int]:
    return sorted(int(y) for y in q("years_available")["year"])


def indicator_trend(name: str) -> pd.DataFrame:
    return q("indicator_trend", indicator_name=name)


def report(sel: Selection) -> ReportData:
    """Everything the meeting deck and the exports need, through the same queries as the CLI."""
    return report_data(store(), sel.municipality_code, sel.year, sel.period or sel.requested_period)
