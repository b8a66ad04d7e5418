"""Fetch one follow-up's data through a query runner, the same way for pages and command line.

A runner is ``run(name, **params) -> DataFrame``: the pages pass the cached ``q`` of
``folkhalsa.ui.data``, the command line and tests pass :func:`store_runner` of a store.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

import queries
from folkhalsa import rules
from folkhalsa.overview import PeriodData
from folkhalsa.store import Store

Runner = Callable[..., pd.DataFrame]


def store_runner(store: Store) -> Runner:
    """A runner over one store, uncached (command line, tests)."""
    return lambda name, **params: queries.run(name, store, **params)


def period_data(run: Runner, committee_id: str, year: int, period: str) -> PeriodData:
    """Goal tree, indicator outcomes and activity totals of one committee, year and period."""
    return PeriodData(
        year=year, period=period,
        tree=run("goal_tree", committee_id=committee_id, year=year, period=period),
        outcomes=run("indicator_outcomes", committee_id=committee_id, year=year, period=period),
        activities=run("activity_totals", committee_id=committee_id, year=year,
                       end_month=rules.PERIOD_END_MONTH[period]),
    )


def effective_period(run: Runner, committee_id: str, year: int, requested: str) -> str | None:
    """The requested period if the year has it, else its latest one; None when it has none."""
    available = list(run("periods_available", committee_id=committee_id, year=year)["period"])
    return rules.effective_period(requested, available)


def previous_year(run: Runner, committee_id: str, year: int, period: str) -> PeriodData | None:
    """The same period a year earlier (or that year's latest one), for the changes in key figures."""
    before = effective_period(run, committee_id, year - 1, period)
    return period_data(run, committee_id, year - 1, before) if before else None
