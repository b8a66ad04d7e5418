"""Fetch what a page shows for the current selection (queries through the cache layer)."""

from __future__ import annotations

import pandas as pd

from folkhalsa import fetch
from folkhalsa.exports.report import ReportData, report_data
from folkhalsa.overview import PeriodData
from folkhalsa.ui.data import q
from folkhalsa.ui.filters import Selection


def current(sel: Selection) -> PeriodData:
    assert sel.period is not None
    return fetch.period_data(q, sel.committee_id, sel.year, sel.period)


def previous_year(sel: Selection) -> PeriodData | None:
    """The same period a year earlier (or its latest one), or None when that year has no data."""
    return fetch.previous_year(q, sel.committee_id, sel.year, sel.period or sel.requested_period)


def all_years() -> list[int]:
    return sorted(int(y) for y in q("years_available")["year"])


def indicator_trend(name: str) -> pd.DataFrame:
    return q("indicator_trend", indicator_name=name)


def report(sel: Selection) -> ReportData:
    """Everything the meeting deck and the exports need, through the same queries as the CLI."""
    return report_data(q, sel.municipality_code, sel.year, sel.period or sel.requested_period)
