"""Pure logic over one committee's goal tree and indicator outcomes (pandas in, pandas out).

Used by Översikt, Måluppfyllelse and the exports alike, so the same rule gives the same
answer everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from folkhalsa import fmt, rules


def assessed(tree: pd.DataFrame) -> pd.DataFrame:
    """The goals that carry a status: every level below målområde."""
    return tree[tree["level"] != "målområde"]


def area_of(tree: pd.DataFrame) -> dict[str, str]:
    """goal_id → the goal_id of its målområde (walking up the parents)."""
    parent = dict(zip(tree["goal_id"], tree["parent_id"], strict=True))
    result = {}
    for goal_id in tree["goal_id"]:
        node = goal_id
        while parent.get(node) is not None and not pd.isna(parent.get(node)):
            node = parent[node]
        result[goal_id] = node
    return result


def in_area(goals_: pd.DataFrame, tree: pd.DataFrame, area_id: str) -> pd.DataFrame:
    """The rows of ``goals_`` (a part of ``tree``) under the målområde ``area_id``.

    A boolean Series, never a bare list: an empty list would select no *columns*.
    """
    of = area_of(tree)
    mask = pd.Series([of.get(g) == area_id for g in goals_["goal_id"]], index=goals_.index, dtype=bool)
    return goals_.loc[mask]


def rollup_by_area(tree: pd.DataFrame) -> pd.DataFrame:
    """One row per målområde: its goals' statuses rolled up, with the rule in words."""
    areas = tree[tree["level"] == "målområde"]
    rows = []
    for _, area in areas.iterrows():
        below = in_area(assessed(tree), tree, area["goal_id"])
        statuses = list(below["status"])
        rows.append(dict(goal_id=area["goal_id"], title=area["title"],
                         status=rules.rollup_status(statuses),
                         sentence=rules.rollup_sentence(statuses), n_goals=len(statuses)))
    return pd.DataFrame(rows, columns=["goal_id", "title", "status", "sentence", "n_goals"])


def status_totals(tree: pd.DataFrame) -> dict[str, int]:
    """How many assessed goals have each status (missing status counts as ej bedömd)."""
    return dict(rules.status_counts(assessed(tree)["status"].where(assessed(tree)["status"].notna(), None)))


def with_target_state(outcomes: pd.DataFrame) -> pd.DataFrame:
    """Add ``target_state`` (a rules.TargetState) to indicator outcome rows."""
    result = outcomes.copy()
    result["target_state"] = [
        rules.target_state(o, t, d)
        for o, t, d in zip(result["outcome"], result["target"], result["direction"], strict=True)
    ]
    return result


def target_summary(outcomes: pd.DataFrame) -> tuple[int, int]:
    """(reached, comparable) over the total (T) rows: only rows with outcome and target count."""
    states = with_target_state(outcomes[outcomes["gender"] == "T"])["target_state"]
    comparable = [s for s in states if s is not rules.TargetState.MISSING]
    return sum(s is rules.TargetState.REACHED for s in comparable), len(comparable)


@dataclass(frozen=True)
class AttentionItem:
    kind: str  # "goal" or "indicator"
    key: str   # goal_id or indicator_id
    title: str
    detail: str  # status, or outcome against target
    why: str     # the goal's comment, or the indicator's comment: what the official wrote


def attention(tree: pd.DataFrame, outcomes: pd.DataFrame) -> list[AttentionItem]:
    """Goals not met (then partly met) and indicators below target, most serious first."""
    items = []
    for status in ("uppfylls_inte", "delvis"):
        for _, goal in assessed(tree)[assessed(tree)["status"] == status].iterrows():
            items.append(AttentionItem("goal", goal["goal_id"], goal["title"],
                                       rules.status_label(status), _text(goal.get("comment"))))
    totals = with_target_state(outcomes[outcomes["gender"] == "T"])
    for _, row in totals[totals["target_state"] == rules.TargetState.NOT_REACHED].iterrows():
        detail = (f"{rules.TARGET_WORDS[rules.TargetState.NOT_REACHED]}: utfall "
                  f"{fmt.value(row['outcome'], row['unit'])}, målvärde {fmt.value(row['target'], row['unit'])}")
        items.append(AttentionItem("indicator", row["indicator_id"], row["name"], detail,
                                   _text(row.get("comment"))))
    return items


def _text(value: object) -> str:
    return "" if fmt.is_missing(value) else str(value)
