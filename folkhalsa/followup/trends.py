"""Honest trends: one value per year, for the same months every year where the data allows.

A trend shows the chosen period every year (jan–aug beside jan–aug). A year that lacks that
period shows its latest one instead, and its label says which months it covers
(``2021`` for a full year, ``2022 jan–aug`` for part of one), so a partial year never reads
as a collapse beside full years. Nothing after the chosen year is drawn (the queries stop there).
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from folkhalsa.followup import periods
from folkhalsa.followup.periods import Period

Resolve = Callable[[int, str], Period]


def default_resolve(year: int, code: str) -> Period:
    return periods.default(code)


def one_period_per_year(rows: pd.DataFrame, period: str, resolve: Resolve = default_resolve,
                        by: tuple[str, ...] = ()) -> pd.DataFrame:
    """Keep, per year (and per ``by`` group), the row(s) of ``period``, else of the year's latest period.

    Adds ``is_same_period`` and ``period_label`` (``2022 jan–aug``).
    """
    columns = [*rows.columns, "is_same_period", "period_label"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    known: dict[tuple[int, str], Period] = {}
    plain = resolve

    def resolve(year: int, code: str) -> Period:  # each (year, period) looked up once, not per row
        if (year, code) not in known:
            known[(year, code)] = plain(year, code)
        return known[(year, code)]

    keep = []
    for _, group in rows.groupby([*by, "year"], sort=True):
        year = int(group["year"].iloc[0])
        codes = list(dict.fromkeys(str(p) for p in group["period"]))
        chosen = period if period in codes else max(
            codes, key=lambda c: (resolve(year, c).last_month, resolve(year, c).first_month, c))
        picked = group[group["period"] == chosen].copy()
        picked["is_same_period"] = chosen == period
        picked["period_label"] = resolve(year, chosen).year_label(year)
        keep.append(picked)
    return pd.concat(keep, ignore_index=True)[columns]
