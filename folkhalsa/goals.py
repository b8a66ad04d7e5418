"""Pure logic over one committee's goal tree and indicator outcomes (pandas in, pandas out).

Used by Översikt, Måluppfyllelse and the exports alike, so the same rule gives the same
answer everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from folkhalsa import fmt, rules

STRUCTURE_LEVELS = ("målområde", "aktivitet")  # never assessed unless marked Bedöms = ja


def is_assessed(level: object, assessed_flag: object, has_children: bool, has_assessment: bool) -> bool:
    """Whether a goal carries an assessment and is counted in ”X av Y”.

    Bedöms (ja/nej) decides when given. Otherwise a målområde (and an activity level) is
    structure, and so is a goal with goals under it that has no assessment of its own in the
    year (a regional goal above the committee's åtaganden). Every other goal is assessed,
    and counts as ej bedömd until it has a status.
    """
    flag = "" if fmt.is_missing(assessed_flag) else str(assessed_flag).strip().casefold()
    if flag in ("ja", "nej"):
        return flag == "ja"
    if str(level).casefold() in STRUCTURE_LEVELS:
        return False
    return not (has_children and not has_assessment)


def with_assessed(tree: pd.DataFrame) -> pd.DataFrame:
    """Add ``is_assessed`` (see :func:`is_assessed`) and ``is_area`` (a root of the tree)."""
    result = tree.copy()
    n = len(result)
    flags = list(result["assessed"]) if "assessed" in result.columns else [None] * n
    children = list(result["has_children"]) if "has_children" in result.columns else [False] * n
    in_year = (list(result["has_assessment_in_year"]) if "has_assessment_in_year" in result.columns
               else list(result["status"].notna()))
    result["is_assessed"] = pd.Series(
        [is_assessed(lv, f, bool(c), bool(a)) for lv, f, c, a in zip(result["level"], flags, children, in_year,
                                                                    strict=True)],
        index=result.index, dtype=bool)
    ids = set(result["goal_id"])
    result["is_area"] = pd.Series([fmt.is_missing(p) or p not in ids for p in result["parent_id"]],
                                  index=result.index, dtype=bool)
    return result


def assessed(tree: pd.DataFrame) -> pd.DataFrame:
    """The goals that carry a status and are counted (see :func:`is_assessed`)."""
    if "is_assessed" not in tree.columns:
        tree = with_assessed(tree)
    return tree[tree["is_assessed"]]


def areas(tree: pd.DataFrame) -> pd.DataFrame:
    """The roots of the goal tree (målområden): they group, and are never counted."""
    if "is_area" not in tree.columns:
        tree = with_assessed(tree)
    return tree[tree["is_area"]]


def area_of(tree: pd.DataFrame) -> dict[str, str]:
    """goal_id → the goal_id of its målområde (walking up the parents; a cycle stops the walk)."""
    parent = dict(zip(tree["goal_id"], tree["parent_id"], strict=True))
    result = {}
    for goal_id in tree["goal_id"]:
        node, seen = goal_id, {goal_id}
        while not fmt.is_missing(parent.get(node)) and parent.get(node) in parent and parent[node] not in seen:
            node = parent[node]
            seen.add(node)
        result[goal_id] = node
    return result


def structure_path(tree: pd.DataFrame, goal_id: str) -> list[str]:
    """The titles of the structure goals between a goal's målområde and the goal (regional goals)."""
    rows = tree.set_index("goal_id")
    path, node, seen = [], rows.at[goal_id, "parent_id"] if goal_id in rows.index else None, set()
    while not fmt.is_missing(node) and node in rows.index and node not in seen:
        seen.add(node)
        if not rows.at[node, "is_area"] and not rows.at[node, "is_assessed"]:
            path.append(str(rows.at[node, "title"]))
        node = rows.at[node, "parent_id"]
    return list(reversed(path))


def in_area(goals_: pd.DataFrame, tree: pd.DataFrame, area_id: str) -> pd.DataFrame:
    """The rows of ``goals_`` (a part of ``tree``) under the målområde ``area_id``.

    A boolean Series, never a bare list: an empty list would select no *columns*.
    """
    of = area_of(tree)
    mask = pd.Series([of.get(g) == area_id for g in goals_["goal_id"]], index=goals_.index, dtype=bool)
    return goals_.loc[mask]


def rollup_by_area(tree: pd.DataFrame) -> pd.DataFrame:
    """One row per målområde: its assessed goals' statuses rolled up, with the rule in words."""
    tree = tree if "is_assessed" in tree.columns else with_assessed(tree)
    rows = []
    for _, area in areas(tree).iterrows():
        below = in_area(assessed(tree), tree, area["goal_id"])
        statuses = list(below["status"])
        rows.append(dict(goal_id=area["goal_id"], title=area["title"],
                         status=rules.rollup_status(statuses),
                         sentence=rules.rollup_sentence(statuses), n_goals=len(statuses)))
    return pd.DataFrame(rows, columns=["goal_id", "title", "status", "sentence", "n_goals"])


def status_by_committee(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per committee and status: its assessed goals (the rule of :func:`is_assessed`) per status."""
    columns = ["committee_id", "committee_name", "municipality_name", "status", "n_goals"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    keep = rows[[is_assessed(lv, f, bool(c), bool(a)) for lv, f, c, a in
                 zip(rows["level"], rows["assessed"], rows["has_children"], rows["has_assessment_in_year"],
                     strict=True)]]
    keep = keep.assign(status=[s if s in rules.STATUS_WORD else "ej_bedomd" for s in keep["status"]])
    counted = keep.groupby(columns[:4], sort=True).size().rename("n_goals").reset_index()
    return counted[columns]


def chosen_and_all(counts: pd.DataFrame, committee_id: str, max_rows: int) -> pd.DataFrame:
    """At most ``max_rows`` committees as they are; more: the chosen one and all of them summed."""
    if counts["committee_id"].nunique() <= max_rows:
        return counts
    n = counts["committee_id"].nunique()
    summed = counts.groupby("status", sort=False)["n_goals"].sum().reset_index()
    summed = summed.assign(committee_id="", committee_name=f"Alla {n} nämnder", municipality_name=f"Alla {n} nämnder")
    return pd.concat([counts[counts["committee_id"] == committee_id], summed[counts.columns]], ignore_index=True)


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
    comparable = [s for s in states if s.comparable]
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
