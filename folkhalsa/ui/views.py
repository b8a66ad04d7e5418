"""Fetch what a page shows for the current selection (queries through the cache layer)."""

from __future__ import annotations

import pandas as pd

from folkhalsa import fetch
from folkhalsa.exports.report import ReportData, report_data
from folkhalsa.followup import model
from folkhalsa.followup.model import PeriodData
from folkhalsa.kolada import catalogue
from folkhalsa.ui.data import q
from folkhalsa.ui.filters import Selection


def current(sel: Selection) -> PeriodData:
    assert sel.period is not None
    return fetch.period_data(q, sel.committee_id, sel.year, sel.period)


def previous_year(sel: Selection) -> PeriodData | None:
    """The same period a year earlier (or its latest one), or None when that year has no data."""
    return fetch.previous_year(q, sel.committee_id, sel.year, sel.period or sel.requested_period)


def all_years(up_to: int | None = None) -> list[int]:
    """The years with data, up to the chosen one (nothing after it is drawn)."""
    return sorted(int(y) for y in q("years_available")["year"] if up_to is None or int(y) <= up_to)


def indicator_trend(name: str, sel: Selection) -> pd.DataFrame:
    """The indicator's value at the chosen period every year up to the chosen year (trends.py)."""
    return model.indicator_trend(q, sel.committee_id, name, sel.year, sel.period or sel.requested_period)


def report(sel: Selection) -> ReportData:
    """Everything the meeting deck and the exports need, through the same queries as the CLI."""
    return report_data(q, sel.municipality_code, sel.year, sel.period or sel.requested_period,
                       committee_id=sel.committee_id)


def kolada(kpi_id: str, codes: list[str]) -> tuple[pd.DataFrame, pd.DataFrame, str | None]:
    """A Kolada KPI's stored values for ``codes``, the margins of its Osäkerhetstal companion (empty
    without one) and the companion's id: what Indikatorer and Jämför put beside each other."""
    rows = q("kolada_series", kpi_id=kpi_id, codes=codes)
    margin_kpi = catalogue.companion(kpi_id)
    margins = q("kolada_series", kpi_id=margin_kpi, codes=codes) if margin_kpi else rows.head(0)
    return rows, margins, margin_kpi

