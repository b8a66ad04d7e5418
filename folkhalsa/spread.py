"""Bounded cross-committee views: the chosen committee against the spread of all the others.

With more than :data:`MAX_LINES` committees a chart of every committee is unreadable (and slow
to draw); the pages then show the chosen committee, the median and the quartiles of all
committees per year, and the full list one click away. The rows keep the shape of the input
(a ``municipality_name`` per line), so the pages' own charts and tables draw them.
"""

from __future__ import annotations

import pandas as pd

MAX_LINES = 12
MEDIAN, LOWER, UPPER = "Median", "Undre kvartil", "Övre kvartil"


def is_large(frame: pd.DataFrame, column: str = "municipality_name") -> bool:
    return frame[column].nunique() > MAX_LINES if column in frame.columns else False


def labels(n: int) -> tuple[str, str, str]:
    return (f"{MEDIAN}, alla {n} nämnder", f"{LOWER} (25 %)", f"{UPPER} (75 %)")


def against_spread(frame: pd.DataFrame, values: list[str], highlight: str, by: str = "year",
                   name: str = "municipality_name") -> pd.DataFrame:
    """The highlighted committee's rows plus median and quartile rows per ``by`` for ``values``.

    Missing values are left out of the quartiles (never counted as zero).
    """
    own = frame[frame[name] == highlight]
    n = frame[name].nunique()
    grouped = frame.groupby(by)[values]
    parts = [own]
    for label, q in zip(labels(n), (0.5, 0.25, 0.75), strict=True):
        part = grouped.quantile(q).reset_index()
        part[name] = label
        parts.append(part)
    return pd.concat(parts, ignore_index=True)


def status_against_all(counts: pd.DataFrame, highlight: str) -> pd.DataFrame:
    """Status counts of the chosen committee and of all committees together (sum per status)."""
    own = counts[counts["municipality_name"] == highlight]
    n = counts["municipality_name"].nunique()
    total = counts.groupby("status", as_index=False)["n_goals"].sum()
    total["municipality_name"] = f"Alla {n} nämnder tillsammans"
    total["committee_id"] = ""
    total["committee_name"] = total["municipality_name"]
    return pd.concat([own, total[counts.columns]], ignore_index=True)
