"""Everything one follow-up (committee, year, period) needs, fetched once through the queries.

``report_data`` is used by the command line and by the pages (which pass the cached
store), so a download and a CLI export of the same selection hold the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

import pandas as pd

from folkhalsa import economy, fetch, words
from folkhalsa.followup import committees, model, plans, trends
from folkhalsa.followup.periods import Period
from folkhalsa.overview import PeriodData
from folkhalsa.store import Store


def file_stem(municipality_name: str, year: int, period: str) -> str:
    """``Halmstad_2022_UR2``: the start of every export's file name, from pages and command line."""
    safe = "".join(ch if ch.isalnum() else "_" for ch in municipality_name)
    return f"{safe}_{year}_{period}"


class ReportError(Exception):
    """A selection that cannot be reported on; the message is Swedish and says what to change."""


@dataclass(frozen=True)
class ReportData:
    municipality_code: str
    municipality_name: str
    committee_id: str
    committee_name: str
    year: int
    period: str                 # the period reported (the requested one, or the latest the year has)
    requested_period: str
    now: PeriodData
    before: PeriodData | None   # the same period a year earlier, for the key figures' changes
    history: pd.DataFrame       # report_indicator_history.sql
    budget: pd.DataFrame        # budget_rows.sql with economy.report_rows
    made_on: date = field(default_factory=date.today)
    texts: dict[str, str] = field(default_factory=dict)  # the committee's own texts (schema.TEXT_KINDS)
    words: words.Words = words.DEFAULTS  # the organisation's words (rådet, principer, Tertialrapport)
    parties: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["party", "name", "position"]))
    plans: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["name", "first_year", "last_year"]))

    @property
    def plan_sentence(self) -> str | None:
        """The plan periods the year falls in (``followup.plans``), or None."""
        return plans.sentence(self.plans, self.year)

    @property
    def info(self) -> Period:
        return self.now.info

    @property
    def period_label(self) -> str:
        return self.info.label

    @cached_property
    def totals(self) -> economy.Totals:
        """The period's economy, worked out once per report (Word reads it three times)."""
        return economy.totals(self.budget, self.info)

    @property
    def file_stem(self) -> str:
        return file_stem(self.municipality_name, self.year, self.period)

    def file_name(self, kind: str, suffix: str) -> str:
        return f"{self.file_stem}_{kind}.{suffix}"


def report_data(source: Store | fetch.Runner, municipality_code: str, year: int, period: str,
                made_on: date | None = None, committee_id: str | None = None) -> ReportData:
    """Fetch the goals, indicators, activities, history and budget of one follow-up.

    ``source`` is a store (command line) or a runner such as the pages' cached ``q``.
    ``municipality_code`` is a kommunkod (its own committee) or a filter key ``1380-PRJ1``;
    ``committee_id`` picks one of the kommun's committees (``followup.committees``).
    """
    run = fetch.store_runner(source) if isinstance(source, Store) else source
    options = run("committee_options")
    row = committees.pick(options, str(municipality_code), committee_id)
    if row is None:
        table = committees.choices(options)
        known = ", ".join(f"{k} ({n})" for k, n in zip(table["key"], table["label"], strict=True))
        asked = f"{municipality_code} med nämnden {committee_id}" if committee_id else str(municipality_code)
        raise ReportError(f"Kommunkoden {asked} finns inte i data. Välj en av: {known}.")
    committee_id = str(row["committee_id"])
    effective = fetch.effective_period(run, committee_id, year, period)
    if effective is None:
        years = sorted(int(y) for y in run("years_available")["year"])
        raise ReportError(
            f"{row['committee_name']} har ingen uppföljning för {year}. "
            f"År med data: {', '.join(str(y) for y in years)}.")
    now = fetch.period_data(run, committee_id, year, effective)
    return ReportData(
        municipality_code=str(row["municipality_code"]),
        municipality_name=str(row["municipality_name"]),
        committee_id=committee_id,
        committee_name=str(row["committee_name"]),
        words=words.of_committee(run, committee_id),
        parties=run("parties", committee_id=committee_id),
        plans=run("plan_periods", committee_id=committee_id),
        year=int(year), period=effective, requested_period=period,
        now=now,
        before=fetch.previous_year(run, committee_id, year, effective),
        history=trends.one_period_per_year(
            run("report_indicator_history", committee_id=committee_id, year=year), effective,
            model.resolver(run, committee_id), by=("indicator_id",)),
        budget=economy.report_rows(run("budget_rows", committee_id=committee_id, year=year, period=effective),
                                   now.info),
        made_on=made_on or date.today(),
        texts=model.texts(run, committee_id, year, effective),
    )
