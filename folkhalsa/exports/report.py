"""Everything one follow-up (committee, year, period) needs, fetched once through the queries.

``report_data`` is used by the command line and by the pages (which pass the cached
store), so a download and a CLI export of the same selection hold the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

import queries
from folkhalsa import economy, rules
from folkhalsa.overview import PeriodData
from folkhalsa.store import Store


class ReportError(Exception):
    """A selection that cannot be reported on; the message is Swedish and says what to change."""


@dataclass(frozen=True)
class ReportData:
    municipality_code: str
    municipality_name: str
    committee_id: str
    committee_name: str
    year: int
    period: str                 # the period reported (the requested one, or the latest the year has)
    requested_period: str
    now: PeriodData
    before: PeriodData | None   # the same period a year earlier, for the key figures' changes
    history: pd.DataFrame       # report_indicator_history.sql
    budget: pd.DataFrame        # budget_rows.sql with economy.with_rules
    made_on: date = field(default_factory=date.today)

    @property
    def period_label(self) -> str:
        return rules.PERIOD_LABEL[self.period]

    @property
    def file_stem(self) -> str:
        """``Halmstad_2022_UR2``: the start of every export's file name."""
        safe = "".join(ch if ch.isalnum() else "_" for ch in self.municipality_name)
        return f"{safe}_{self.year}_{self.period}"

    def file_name(self, kind: str, suffix: str) -> str:
        return f"{self.file_stem}_{kind}.{suffix}"


def _period_data(store: Store, committee_id: str, year: int, period: str) -> PeriodData:
    return PeriodData(
        year=year, period=period,
        tree=queries.run("goal_tree", store, committee_id=committee_id, year=year, period=period),
        outcomes=queries.run("indicator_outcomes", store, committee_id=committee_id, year=year,
                             period=period),
        activities=queries.run("activity_totals", store, committee_id=committee_id, year=year,
                               end_month=rules.PERIOD_END_MONTH[period]),
    )


def _period_of(store: Store, committee_id: str, year: int, requested: str) -> str | None:
    available = list(queries.run("periods_available", store, committee_id=committee_id, year=year)["period"])
    return rules.effective_period(requested, available)


def report_data(store: Store, municipality_code: str, year: int, period: str,
                made_on: date | None = None) -> ReportData:
    """Fetch the goals, indicators, activities, history and budget of one follow-up."""
    options = queries.run("committee_options", store)
    match = options[options["municipality_code"] == str(municipality_code)]
    if match.empty:
        known = ", ".join(f"{c} ({n})" for c, n in zip(options["municipality_code"],
                                                       options["municipality_name"], strict=True))
        raise ReportError(f"Kommunkoden {municipality_code} finns inte i data. Välj en av: {known}.")
    if period not in rules.PERIOD_LABEL:
        raise ReportError(f"Perioden {period} finns inte. Välj UR1, UR2 eller AR.")
    row = match.iloc[0]
    committee_id = str(row["committee_id"])
    effective = _period_of(store, committee_id, year, period)
    if effective is None:
        years = sorted(int(y) for y in queries.run("years_available", store)["year"])
        raise ReportError(
            f"{row['committee_name']} har ingen uppföljning för {year}. "
            f"År med data: {', '.join(str(y) for y in years)}.")
    before_period = _period_of(store, committee_id, year - 1, effective)
    return ReportData(
        municipality_code=str(row["municipality_code"]),
        municipality_name=str(row["municipality_name"]),
        committee_id=committee_id,
        committee_name=str(row["committee_name"]),
        year=int(year), period=effective, requested_period=period,
        now=_period_data(store, committee_id, year, effective),
        before=_period_data(store, committee_id, year - 1, before_period) if before_period else None,
        history=queries.run("report_indicator_history", store, committee_id=committee_id, year=year,
                            period=effective),
        budget=_budget(store, committee_id, year, effective),
        made_on=made_on or date.today(),
    )


def _budget(store: Store, committee_id: str, year: int, period: str) -> pd.DataFrame:
    """The budget posts with the same rules as the Ekonomi page (periodisation, deviation)."""
    rows = queries.run("budget_rows", store, committee_id=committee_id, year=year, period=period)
    return economy.report_rows(rows, rules.PERIOD_END_MONTH[period])
