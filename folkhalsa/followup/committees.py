"""Which committee a kommun opens: the choices of the filter bar and of ``export --kommun``.

A committee can cover several kommuner (a folkhälsoråd of two kommuner, a project of nine
Fyrbodal kommuner), and a kommun can belong to several committees (its own nämnd and a joint
project). Each (kommun, committee) pair is one choice. The kommun's *own* committee is the one
covering the fewest kommuner (then the one active latest, then by name): it keeps the plain
kommunkod as its key (``?kommun=1380``), the others are ``<kommunkod>-<committee_id>``
(``?kommun=1380-PRJ1``), so every link made before keeps opening what it opened.
"""

from __future__ import annotations

import pandas as pd

SEPARATOR = "-"


def choices(options: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``committee_options.sql`` with ``key`` and ``label``, one per (kommun, committee),
    each kommun's own committee first, kommuner by name."""
    if options.empty:
        return options.assign(key=pd.Series(dtype=str), label=pd.Series(dtype=str), own=pd.Series(dtype=bool))
    table = options.copy()
    table["n_kommuner"] = table.groupby("committee_id")["municipality_code"].transform("size")
    latest = pd.to_numeric(table["active_to"], errors="coerce").fillna(9999)
    table = (table.assign(_latest=-latest)
             .sort_values(["municipality_name", "municipality_code", "n_kommuner", "_latest", "committee_name",
                           "committee_id"])
             .drop(columns="_latest"))
    table = table.drop_duplicates(["municipality_code", "committee_id"])
    table["own"] = ~table.duplicated("municipality_code")
    table["key"] = [str(c) if own else f"{c}{SEPARATOR}{cid}"
                    for c, cid, own in zip(table["municipality_code"], table["committee_id"], table["own"], strict=True)]
    table["label"] = [f"{m} – {n}" for m, n in zip(table["municipality_name"], table["committee_name"], strict=True)]
    return table.reset_index(drop=True)


def pick(options: pd.DataFrame, key: str, committee_id: str | None = None) -> pd.Series | None:
    """The choice a key names (``1380`` or ``1380-PRJ1``), or a kommunkod with a committee; None if none."""
    table = choices(options)
    if committee_id:
        match = table[(table["municipality_code"] == str(key)) & (table["committee_id"] == str(committee_id))]
    else:
        match = table[table["key"] == str(key)]
    return None if match.empty else match.iloc[0]
