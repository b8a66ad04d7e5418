"""Follow-up periods as data: each committee-year's periods with their first and last month.

A committee states its periods in the table ``periods`` (sheet Perioder): a UR1 that ends in
March, tertials, half-years. Where a committee-year has no row for a period code, the
defaults of ``schema.DEFAULT_PERIODS`` apply (UR1 jan–apr, UR2 jan–aug, AR jan–dec). A code
that is neither stated nor a default is shown as the full year, never guessed from its name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from folkhalsa import fmt
from folkhalsa.schema import DEFAULT_PERIODS

_DEFAULTS = {code: (first, last, name) for code, first, last, name in DEFAULT_PERIODS}


@dataclass(frozen=True)
class Period:
    code: str
    first_month: int
    last_month: int
    report_name: str

    @property
    def n_months(self) -> int:
        return self.last_month - self.first_month + 1

    @property
    def is_full_year(self) -> bool:
        return self.first_month == 1 and self.last_month == 12

    @property
    def months(self) -> str:
        """``jan–aug``."""
        return fmt.month_span(self.first_month, self.last_month)

    @property
    def span(self) -> str:
        """``januari–augusti``."""
        return fmt.month_span(self.first_month, self.last_month, long=True)

    @property
    def short(self) -> str:
        """``jan–aug``, or ``helår`` for the whole year: what a column header says."""
        return "helår" if self.is_full_year else self.months

    @property
    def label(self) -> str:
        """``UR1 (jan–mar)``, ``Årsredovisning (helår)``: the period in the filter and on pages."""
        name = self.code if self.code in _DEFAULTS and self.code != "AR" else self.report_name
        return f"{name} ({self.short})"

    def title(self, year: int) -> str:
        """``Uppföljningsrapport 1, januari–mars 2023``."""
        return f"{self.report_name}, {self.span} {year}"

    def year_label(self, year: int) -> str:
        """``2021`` for a full year; ``2022 jan–aug`` when the year is followed up in part."""
        return str(year) if self.is_full_year else f"{year} {self.months}"

    @property
    def share_of_year(self) -> float:
        """How much of the year has gone at the period's end, in percent (jan–aug: 66,7)."""
        return 100 * self.last_month / 12


def default(code: str) -> Period:
    first, last, name = _DEFAULTS.get(code, (1, 12, code))
    return Period(code, first, last, name)


def resolve(code: str, stated: pd.DataFrame | None = None) -> Period:
    """The period ``code`` as ``stated`` (a year's rows of periods_of_committee.sql) has it, else the default."""
    if stated is not None and not stated.empty:
        match = stated[stated["period"] == code]
        if not match.empty:
            row = match.iloc[0]
            name = row.get("label")
            return Period(code, int(row["first_month"]), int(row["last_month"]),
                          default(code).report_name if fmt.is_missing(name) or not str(name).strip()
                          else str(name))
    return default(code)


def ordered(codes: Iterable[str], stated: pd.DataFrame | None = None) -> list[str]:
    """Codes in the order of the year: by last month, then first month, then code."""
    unique = list(dict.fromkeys(str(c) for c in codes))
    return sorted(unique, key=lambda c: (resolve(c, stated).last_month, resolve(c, stated).first_month, c))


def effective(requested: str, available: Sequence[str], stated: pd.DataFrame | None = None) -> str | None:
    """The requested period if the year has it, else the latest one it has (2022 ends at UR2)."""
    if requested in available:
        return requested
    in_order = ordered(available, stated)
    return in_order[-1] if in_order else None


def offered(stated: pd.DataFrame, available: list[str]) -> list[str]:
    """The periods a year offers, in the order of the year: the committee's own (sheet Perioder),
    those holding data, and each default (UR1, UR2, AR) unless an own period already covers its
    months – Lerum's tertial 1 (jan–apr) stands in for UR1, so the list is the organisation's."""
    own = {(int(f), int(t)) for f, t in zip(stated.get("first_month", []), stated.get("last_month", []), strict=True)
           if not (pd.isna(f) or pd.isna(t))}
    own_codes = set(stated.get("period", []))
    defaults = [code for code, first, last, _name in DEFAULT_PERIODS
                if code in own_codes or (first, last) not in own]
    return ordered([*defaults, *own_codes, *available], stated)

