"""The organisation's own words on screen and in the exports (pure, no Streamlit).

A committee's words are data: its kind and report name (table ``organisation_words``: lokal
nämnd/nämnden/Uppföljningsrapport, folkhälsoråd/rådet/Tertialrapport) and its goal levels in
order of depth with their plurals and whether they are assessed (``goal_level_words``:
målområde → uppdrag → åtagande → aktivitet, princip → mål → insatsområde → insats). Where a
committee has no row, Region Halland's words apply (``schema.DEFAULT_WORDS``,
``schema.DEFAULT_GOAL_LEVELS``). :class:`Words` turns them into the forms a sentence needs.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from folkhalsa import fmt
from folkhalsa.schema import DEFAULT_GOAL_LEVELS, DEFAULT_WORDS


def capital(word: str) -> str:
    return word[:1].upper() + word[1:]


@dataclass(frozen=True)
class Level:
    level: str     # singular: ”insats”
    plural: str    # ”insatser”
    assessed: bool


@dataclass(frozen=True)
class Words:
    kind: str = DEFAULT_WORDS["kind"]            # ”lokal nämnd”, ”folkhälsoråd”
    definite: str = DEFAULT_WORDS["definite"]    # ”nämnden”, ”rådet”
    report: str = DEFAULT_WORDS["report"]        # ”Uppföljningsrapport”, ”Tertialrapport”
    levels: tuple[Level, ...] = tuple(Level(w, p, a == "ja") for w, p, a in DEFAULT_GOAL_LEVELS)

    @property
    def body(self) -> str:
        """``nämnden``, ``rådet``: the committee in a sentence."""
        return self.definite

    @property
    def owner(self) -> str:
        """``Nämndens``, ``Rådets``: the committee's, at the start of a sentence."""
        return capital(self.definite) + ("" if self.definite.endswith("s") else "s")

    @property
    def kind_title(self) -> str:
        """``Lokal nämnd``, ``Folkhälsoråd``."""
        return capital(self.kind)

    @property
    def area(self) -> str:
        """The top level's word: ``målområde``, ``princip``."""
        return self.levels[0].level if self.levels else DEFAULT_GOAL_LEVELS[0][0]

    @property
    def areas(self) -> str:
        return self.plural(self.area)

    @property
    def goal(self) -> str:
        """The word of the assessed goals: the deepest assessed level (``åtagande``, ``insats``)."""
        assessed = [lv.level for lv in self.levels if lv.assessed]
        return assessed[-1] if assessed else (self.levels[-1].level if self.levels else "mål")

    @property
    def goals(self) -> str:
        return self.plural(self.goal)

    def plural(self, word: str) -> str:
        """The plural the organisation gives the level ``word``; Halland's, else the word itself."""
        for lv in (*self.levels, *DEFAULTS.levels):
            if lv.level.casefold() == str(word).casefold():
                return lv.plural
        return str(word)

    def report_title(self, number: int | None = None) -> str:
        """``Tertialrapport``; with a number, ``Tertialrapport 2``."""
        return self.report if number is None else f"{self.report} {number}"


DEFAULTS = Words()


def _text(value: object) -> str | None:
    return None if fmt.is_missing(value) or not str(value).strip() else " ".join(str(value).split())


def from_rows(organisation: pd.DataFrame, levels: pd.DataFrame) -> Words:
    """A committee's words from its rows of ``organisation_words`` and ``goal_level_words``
    (queries ``organisation_words``, ``goal_level_words``); the defaults fill what is missing."""
    kw: dict[str, object] = {}
    if not organisation.empty:
        row = organisation.iloc[0]
        for col in ("kind", "definite", "report"):
            if col in row.index and _text(row[col]):
                kw[col] = _text(row[col])
    if not levels.empty:
        rows = levels.sort_values("depth")
        kw["levels"] = tuple(Level(str(_text(r.level)), _text(r.plural) or str(_text(r.level)),
                                   str(r.assessed).strip().casefold() == "ja")
                             for r in rows.itertuples() if _text(r.level))
    return Words(**kw)  # type: ignore[arg-type]


def of_committee(run, committee_id: str) -> Words:
    """The words of one committee through a query runner (``run(name, **params)``)."""
    return from_rows(run("organisation_words", committee_id=committee_id),
                     run("goal_level_words", committee_id=committee_id))
