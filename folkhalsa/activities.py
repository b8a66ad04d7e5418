"""The activities log of a committee: counts per month and kind, participants, target groups.

Pure pandas over the rows of ``queries/activity_log.sql``. A participant count that is not
known stays missing: it is left out of sums and said so, never counted as zero.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from folkhalsa import fmt
from folkhalsa.schema import ACTIVITY_KINDS

KIND_LABEL = {"dialog": "Dialog", "föreläsning": "Föreläsning", "konferens": "Konferens",
              "sammanträde": "Sammanträde", "övrigt": "Övrigt"}

def kind_label(kind: str) -> str:
    return KIND_LABEL.get(kind, str(kind).capitalize())


def kinds_in(log: pd.DataFrame) -> list[str]:
    """The kinds present in the log, in the schema's order (unknown kinds last)."""
    present = list(dict.fromkeys(log["kind"]))
    return [k for k in ACTIVITY_KINDS if k in present] + [k for k in present if k not in ACTIVITY_KINDS]


def counts_by_month(log: pd.DataFrame, first_month: int, last_month: int) -> pd.DataFrame:
    """One row per month of the period and kind: the number of activities (0 when none)."""
    kinds = kinds_in(log)
    grid = pd.MultiIndex.from_product([range(first_month, last_month + 1), kinds], names=["month", "kind"])
    counts = log.groupby(["month", "kind"]).size().reindex(grid, fill_value=0)
    return counts.rename("n_activities").reset_index()


def month_table(log: pd.DataFrame, first_month: int, last_month: int) -> pd.DataFrame:
    """Typ | one column per month | Totalt, then a Totalt row: the counts behind the monthly chart."""
    counts = counts_by_month(log, first_month, last_month)
    months = list(range(first_month, last_month + 1))
    wide = counts.pivot_table(index="kind", columns="month", values="n_activities", aggfunc="sum",
                              fill_value=0).reindex(columns=months, fill_value=0)
    kinds = [k for k in kinds_in(log) if k in wide.index]
    table = pd.DataFrame({"Typ": [*[kind_label(k) for k in kinds], "Totalt"]})
    for m in months:
        column = [int(wide.at[k, m]) for k in kinds]
        table[fmt.MONTH_ABBR[m - 1]] = [*column, sum(column)]
    totals = [int(wide.loc[k].sum()) for k in kinds]
    table["Totalt"] = [*totals, sum(totals)]
    return table


def kind_table(log: pd.DataFrame) -> pd.DataFrame:
    """Typ | Antal | Deltagare (kända antal) | Utan antal (activities with no known number)."""
    rows = []
    for kind in kinds_in(log):
        of_kind = log[log["kind"] == kind]
        known = of_kind["participants_total"].dropna()
        rows.append({
            "Typ": kind_label(kind),
            "Antal": len(of_kind),
            "Deltagare": fmt.number(known.sum()) if len(known) else fmt.MISSING,
            "Utan antal": len(of_kind) - len(known),
        })
    return pd.DataFrame(rows, columns=["Typ", "Antal", "Deltagare", "Utan antal"])


@dataclass(frozen=True)
class Participants:
    """Participants over the log: totals where known, and the gender split where known."""

    total: int | None          # sum of known totals; None when no activity has a number
    with_total: int            # activities with a known total
    women: int | None          # sums over activities with a known gender split
    men: int | None
    with_gender: int           # activities with a known gender split
    n_activities: int

    @property
    def split_total(self) -> int | None:
        return None if self.women is None or self.men is None else self.women + self.men


def participants(log: pd.DataFrame) -> Participants:
    known = log["participants_total"].dropna()
    split = log[log["participants_women"].notna() & log["participants_men"].notna()]
    return Participants(
        total=int(known.sum()) if len(known) else None,
        with_total=len(known),
        women=int(split["participants_women"].sum()) if len(split) else None,
        men=int(split["participants_men"].sum()) if len(split) else None,
        with_gender=len(split),
        n_activities=len(log),
    )


def n_dialogues(log: pd.DataFrame) -> int:
    """Dialogues in the log: what ”Antal genomförda dialoger” counts."""
    return int((log["kind"] == "dialog").sum()) if not log.empty else 0


def n_target_groups(log: pd.DataFrame) -> int:
    return int(log["target_group"].nunique())


def short_name(indicator_name: str) -> str:
    """A tab label: the indicator's name up to ” inom ramen för …”."""
    return indicator_name.split(" inom ramen")[0]


def target_group_table(log: pd.DataFrame) -> pd.DataFrame:
    """Målgrupp | Aktiviteter | Varav dialoger | Deltagare: every target group reached."""
    rows = []
    groups = log.assign(target_group=log["target_group"].fillna("Ej angiven"))
    for group, of_group in groups.groupby("target_group", sort=True):
        known = of_group["participants_total"].dropna()
        rows.append({
            "Målgrupp": str(group),
            "Aktiviteter": len(of_group),
            "Varav dialoger": int((of_group["kind"] == "dialog").sum()),
            "Deltagare": fmt.number(known.sum()) if len(known) else fmt.MISSING,
        })
    table = pd.DataFrame(rows, columns=["Målgrupp", "Aktiviteter", "Varav dialoger", "Deltagare"])
    return table.sort_values(["Aktiviteter", "Målgrupp"], ascending=[False, True]).reset_index(drop=True)


def log_table(log: pd.DataFrame, kinds: list[str] | None = None) -> pd.DataFrame:
    """Datum | Typ | Aktivitet | Deltagare | Kvinnor | Män | Målgrupp | Plats | Källa."""
    rows = log if kinds is None else log[log["kind"].isin(kinds)]
    return pd.DataFrame({
        "Datum": [fmt.day(pd.Timestamp(d).date()) for d in rows["date"]],
        "Typ": [kind_label(k) for k in rows["kind"]],
        "Aktivitet": rows["title"].astype(str),
        "Deltagare": [fmt.number(v) for v in rows["participants_total"]],
        "Kvinnor": [fmt.number(v) for v in rows["participants_women"]],
        "Män": [fmt.number(v) for v in rows["participants_men"]],
        "Målgrupp": [fmt.MISSING if fmt.is_missing(v) else str(v) for v in rows["target_group"]],
        "Plats": [fmt.MISSING if fmt.is_missing(v) else str(v) for v in rows["place"]],
        "Källa": [fmt.MISSING if fmt.is_missing(v) else str(v) for v in rows["source_note"]],
    }).reset_index(drop=True)


COMPARE_MEASURES = {
    "n_dialogues": "Genomförda dialoger",
    "n_activities": "Aktiviteter i loggen",
    "n_participants": "Deltagare (kända antal)",
    "n_target_groups": "Målgrupper som nåtts",
}
GENDER_MEASURE = {"T": "n_participants", "K": "n_participants_women", "M": "n_participants_men"}


def comparison_table(by_year: pd.DataFrame, measure: str, years: list[int]) -> pd.DataFrame:
    """Kommun | one column per year: a measure of the log for every committee, ``–`` when no log."""
    wide = by_year.pivot_table(index="municipality_name", columns="year", values=measure,
                               aggfunc="first", dropna=False).reindex(columns=years)
    table = pd.DataFrame({"Kommun": [str(m) for m in wide.index]})
    for year in years:
        table[str(year)] = [fmt.number(v) for v in wide[year]]
    return table
