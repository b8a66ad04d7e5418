"""The organisation's own words on screen and in the exports (pure, no Streamlit).

A committee's kind (``committees.kind``: lokal nämnd, folkhälsoråd) and its goal levels
(``goals.level``: målområde → åtagande, princip → mål → insatsområde → insats) are data. These
functions turn them into the forms a sentence needs, with Halland's words where data has none.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from folkhalsa import fmt
from folkhalsa.schema import GOAL_LEVELS

# The definite form of a committee kind's last word (Swedish grammar, not one region's words).
_DEFINITE = {"nämnd": "nämnden", "råd": "rådet", "beredning": "beredningen", "styrelse": "styrelsen",
             "utskott": "utskottet", "grupp": "gruppen", "förbund": "förbundet"}
FALLBACK_BODY = "nämnden"
FALLBACK_AREA = "målområde"
FALLBACK_GOAL = "åtagande"


def body(kind: object) -> str:
    """``nämnden`` for ”lokal nämnd”, ``rådet`` for ”folkhälsoråd”; ``nämnden`` when unknown."""
    if fmt.is_missing(kind) or not str(kind).strip():
        return FALLBACK_BODY
    word = str(kind).split()[-1].casefold()
    for end, definite in _DEFINITE.items():
        if word.endswith(end):
            return definite
    return FALLBACK_BODY


def plural(word: str) -> str:
    """``målområden``, ``åtaganden``, ``insatser``, ``principer``; ``mål`` and ``uppdrag`` stay."""
    if word.endswith("e"):
        return word + "n"
    if word.endswith(("ts", "ip", "on")):
        return word + "er"
    return word


def capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _most_common(levels: list[object], fallback: str) -> str:
    words = [str(v).strip() for v in levels if not fmt.is_missing(v) and str(v).strip()]
    return Counter(words).most_common(1)[0][0] if words else fallback


def area_level(tree: pd.DataFrame) -> str:
    """The word of the goal tree's roots (``målområde``, ``princip``)."""
    if tree.empty or "is_area" not in tree.columns:
        return FALLBACK_AREA
    return _most_common(list(tree[tree["is_area"]]["level"]), FALLBACK_AREA)


def goal_level(tree: pd.DataFrame) -> str:
    """The word of the assessed goals (``insats``); ``åtagande`` when they use the usual levels
    (GOAL_LEVELS: a report of uppdrag and åtaganden calls them all åtaganden)."""
    if tree.empty or "is_assessed" not in tree.columns:
        return FALLBACK_GOAL
    word = _most_common(list(tree[tree["is_assessed"]]["level"]), FALLBACK_GOAL)
    return FALLBACK_GOAL if word in GOAL_LEVELS else word
