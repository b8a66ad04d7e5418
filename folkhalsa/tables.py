"""Tables as the reader sees them: Swedish headers, Swedish number formats, ``–`` for missing.

Pure pandas; pages pass the result to ``st.dataframe`` and the exports write the same frames.
"""

from __future__ import annotations

import pandas as pd

from folkhalsa import fmt, goals, rules


def indicator_table(outcomes: pd.DataFrame, with_comment: bool = True) -> pd.DataFrame:
    """Indikator | Kön | Utfall | Målvärde | Målvärdet | Kommentar, as in the follow-up report."""
    rows = goals.with_target_state(outcomes)
    table = pd.DataFrame({
        "Indikator": rows["name"],
        "Kön": [rules.GENDER_LABEL.get(g, g) for g in rows["gender"]],
        "Utfall": [fmt.value(v, u) for v, u in zip(rows["outcome"], rows["unit"], strict=True)],
        "Målvärde": [fmt.value(v, u) for v, u in zip(rows["target"], rows["unit"], strict=True)],
        "Målvärdet": [rules.TARGET_WORDS[s] for s in rows["target_state"]],
    })
    if "log_note" in rows.columns and rows["log_note"].notna().any():
        table["Aktivitetsloggen"] = ["" if fmt.is_missing(n) else str(n) for n in rows["log_note"]]
    if with_comment:
        table["Kommentar"] = rows["comment"].fillna("").astype(str)
    return table.reset_index(drop=True)


def target_text(target: object, outcome: object, unit: str) -> str:
    """The target as a report cell: the value, ``inget målvärde`` beside an outcome, else ``–``."""
    if not fmt.is_missing(target):
        return fmt.value(target, unit)
    return "inget målvärde" if not fmt.is_missing(outcome) else fmt.MISSING


def goal_activity_table(listed: pd.DataFrame) -> pd.DataFrame:
    """Aktivitet | Status | Kommentar: the activities listed under an åtagande (never goals)."""
    return pd.DataFrame({
        "Aktivitet": [str(t) for t in listed["title"]],
        "Status": [fmt.MISSING if fmt.is_missing(s) else str(s).capitalize() for s in listed["state"]],
        "Kommentar": ["" if fmt.is_missing(c) else str(c) for c in listed["comment"]],
    }).reset_index(drop=True)


def trend_table(trend: pd.DataFrame, unit: str, direction: str) -> pd.DataFrame:
    """År | Period | Utfall | Målvärde | Målvärdet for one committee and gender."""
    return pd.DataFrame({
        "År": trend["year"].astype(str),
        "Period": list(trend["period"]),
        "Utfall": [fmt.value(v, unit) for v in trend["outcome"]],
        "Målvärde": [fmt.value(v, unit) for v in trend["target"]],
        "Målvärdet": [rules.TARGET_WORDS[rules.target_state(o, t, direction)]
                      for o, t in zip(trend["outcome"], trend["target"], strict=True)],
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
