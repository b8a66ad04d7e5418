"""Warnings for the import preview: figures the committee states that disagree with ours.

Never errors: a committee's stated figure is shown as stated. The official sees the warning
in the preview (and on the command line) before confirming.
"""

from __future__ import annotations

import pandas as pd

from folkhalsa import economy
from folkhalsa.followup import periods
from folkhalsa.schema import TABLES

Rows = dict[tuple, tuple]


def _frame(table: str, rows: Rows) -> pd.DataFrame:
    return pd.DataFrame(list(rows.values()), columns=TABLES[table].column_names)


def budget_warnings(after: dict[str, Rows], touched: Rows) -> list[str]:
    """``economy.check`` for every committee, year and period that the batch touches."""
    if not touched:
        return []
    budget = _frame("budget", after.get("budget", {}))
    stated = _frame("periods", after.get("periods", {}))
    keys = sorted({(r[0], r[1], r[2]) for r in touched.values()}, key=str)
    out = []
    for committee_id, year, period in keys:
        rows = budget[(budget["committee_id"] == committee_id) & (budget["year"] == year)
                      & (budget["period"] == period)]
        rows = rows.rename(columns={"deviation_tkr": "stated_deviation_tkr",
                                    "forecast_deviation_tkr": "stated_forecast_deviation_tkr"})
        own = stated[(stated["committee_id"] == committee_id) & (stated["year"] == year)]
        info = periods.resolve(period, own)
        out += [f"Ekonomi {committee_id} {year} {period}: {w}" for w in economy.check(rows, info)]
    return out
