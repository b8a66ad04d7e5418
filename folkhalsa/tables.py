"""Tables as the reader sees them: Swedish headers, Swedish number formats, ``–`` for missing.

Pure pandas; pages pass the result to ``st.dataframe`` and the exports write the same frames.
"""

from __future__ import annotations

import pandas as pd

from folkhalsa import fmt, rules
from folkhalsa.followup import indicators


def indicator_table(outcomes: pd.DataFrame, with_comment: bool = True) -> pd.DataFrame:
    """Indikator | Kön | Utfall | Målvärde | Målvärdet | Kommentar, as in the follow-up report.

    With indicator kinds (followup/indicators.py) a column Typ is added, and Målvärdet holds each
    kind's status (a milestone's ”Genomförd”, an effect goal's change since its baseline year)."""
    rows = indicators.ensure_state(outcomes)
    cells = indicators.row_cells(rows)
    table = pd.DataFrame({
        "Indikator": list(rows["name"]),
        "Kön": [rules.GENDER_LABEL.get(g, g) for g in rows["gender"]],
        "Utfall": [c[1] for c in cells],
        "Målvärde": [c[2] for c in cells],
        "Målvärdet": [c[3] for c in cells],
    })
    if indicators.has_kinds(rows):
        table.insert(1, "Typ", [c[0] for c in cells])
    if "log_note" in rows.columns and rows["log_note"].notna().any():
        table["Aktivitetsloggen"] = ["" if fmt.is_missing(n) else str(n) for n in rows["log_note"]]
    if with_comment:
        table["Kommentar"] = rows["comment"].fillna("").astype(str)
    return table.reset_index(drop=True)


def goal_activity_table(listed: pd.DataFrame) -> pd.DataFrame:
    """Aktivitet | Status | Kommentar: the activities listed under an åtagande (never goals)."""
    return pd.DataFrame({
        "Aktivitet": [str(t) for t in listed["title"]],
        "Status": [fmt.MISSING if fmt.is_missing(s) else str(s).capitalize() for s in listed["state"]],
        "Kommentar": ["" if fmt.is_missing(c) else str(c) for c in listed["comment"]],
    }).reset_index(drop=True)


def trend_table(trend: pd.DataFrame, unit: str, direction: str, kind: object = None,
                baseline_year: object = None) -> pd.DataFrame:
    """År | Period | Utfall | Målvärde | Målvärdet for one committee and gender (each year by its kind's rule)."""
    rows = indicators.with_state(indicators.trend_with_baseline(
        trend.assign(kind=kind, unit=unit, direction=direction), baseline_year))
    cells = indicators.row_cells(rows)
    return pd.DataFrame({
        "År": trend["year"].astype(str),
        "Period": list(trend["period"]),
        "Utfall": [c[1] for c in cells],
        "Målvärde": [c[2] for c in cells],
        "Målvärdet": [c[3] for c in cells],
    }).reset_index(drop=True)


def comparison_table(trend: pd.DataFrame, unit: str, years: list[int]) -> pd.DataFrame:
    """One row per municipality, one column per year (empty years too): the indicator side by side."""
    wide = trend.pivot_table(index="municipality_name", columns="year", values="outcome",
                             aggfunc="first", dropna=False).reindex(columns=years)
    table = pd.DataFrame({"Kommun": [str(m) for m in wide.index]})
    for year in years:
        table[str(year)] = [fmt.value(v, unit) for v in wide[year]]
    return table


def status_distribution_table(counts: pd.DataFrame) -> pd.DataFrame:
    """One row per committee: the number of goals per status, with symbol and word as headers."""
    wide = counts.pivot_table(index="municipality_name", columns="status", values="n_goals",
                              aggfunc="sum", fill_value=0)
    table = pd.DataFrame({"Kommun": wide.index})
    for status in rules.STATUS_WORD:
        col = wide[status] if status in wide.columns else pd.Series(0, index=wide.index)
        table[rules.status_label(status)] = [fmt.number(v) for v in col]
    table["Sammanfattning"] = [
        rules.rollup_sentence([s for s, n in zip(grp["status"], grp["n_goals"], strict=True) for _ in range(int(n))])
        for _, grp in (counts.groupby("municipality_name", sort=True))
    ]
    return table.reset_index(drop=True)


def trend_sentence(trend: pd.DataFrame, direction: str) -> str | None:
    """``2021 → 2022: förbättring``, between the last two years with an outcome; None before that."""
    known = trend.dropna(subset=["outcome"]).sort_values("year")
    if len(known) < 2:
        return None
    before, last = known.iloc[-2], known.iloc[-1]
    word = rules.trend_word(before["outcome"], last["outcome"], direction)
    return f"{int(before['year'])} → {int(last['year'])}: {word}"


def latest_outcome(trend: pd.DataFrame, unit: str) -> tuple[int, str] | None:
    """(year, ``52 %, målvärde 50 %``): the latest total outcome of one committee's trend rows, or None."""
    latest = trend[(trend["gender"] == "T") & trend["outcome"].notna()].sort_values("year")
    if latest.empty:
        return None
    last = latest.iloc[-1]
    target = f", målvärde {fmt.value(last['target'], unit)}" if not fmt.is_missing(last["target"]) else ""
    return int(last["year"]), f"{fmt.value(last['outcome'], unit)}{target}"
