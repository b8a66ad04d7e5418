"""One committee's follow-up period, computed once: the model every output renders.

``period_data`` fetches and derives what one committee reported for one year and period
(goal tree with the assessed flag, indicator outcomes with the log figures beside them, the
activity log, dialogues and participants as one figure each). ``report_data`` adds the
history, the economy and the texts for the exports and Mötesläge. Pages call the same
functions through the cached query runner, so a page, a slide and a file agree.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from folkhalsa import fmt, goals
from folkhalsa.followup import indicators, trends
from folkhalsa.followup import periods as periods_
from folkhalsa.followup.periods import Period

Runner = Callable[..., pd.DataFrame]

def log_rule(body: str = "nämnden") -> str:
    """The one-figure-one-source rule in the organisation's words (``body``: nämnden, rådet)."""
    owner = body + ("" if body.endswith("s") else "s")
    return (f"Där {body} själv rapporterar antalet gäller {owner} siffra; aktivitetsloggen visas "
            "som ”varav registrerade i loggen”. Utan rapporterad siffra räknas loggen.")



@dataclass(frozen=True)
class LogFigure:
    """A figure that the committee may report itself and that the activity log also counts."""

    value: float | None        # what every output shows
    in_log: float | None       # what the log counts for the same months
    is_reported: bool          # the committee's own figure (an indicator outcome)
    indicator_id: str | None = None

    @property
    def shown(self) -> str:
        """The figure as every output shows it, with the log beside a reported figure that differs."""
        return fmt.noted(fmt.number(self.value), self.log_note)

    @property
    def log_note(self) -> str | None:
        """``varav registrerade i loggen: 5`` when the reported figure and the log differ."""
        if not self.is_reported or self.in_log is None or self.in_log == self.value:
            return None
        return f"varav registrerade i loggen: {fmt.number(self.in_log)}"


@dataclass(frozen=True)
class PeriodData:
    """What one committee reported for one year and period."""

    year: int
    period: str
    tree: pd.DataFrame          # goal_tree.sql + is_assessed, is_area
    outcomes: pd.DataFrame      # indicator_outcomes.sql + log_count, outcome_source, log_note,
    #                             baseline_outcome, baseline_period, state (followup/indicators.py)
    activities: pd.DataFrame    # one row from activity_totals.sql (the log's own counts)
    info: Period = field(default_factory=lambda: periods_.default("AR"))
    log: pd.DataFrame = field(default_factory=pd.DataFrame)            # activity_log.sql
    goal_activities: pd.DataFrame = field(default_factory=pd.DataFrame)  # goal_activities_of_period.sql
    dialogues: LogFigure = field(default_factory=lambda: LogFigure(None, None, False))
    participants: LogFigure = field(default_factory=lambda: LogFigure(None, None, False))


# ---------------------------------------------------------------- log measures ----------


def log_count(log: pd.DataFrame, measure: str, match: object = None, gender: str = "T") -> float | None:
    """What the log counts for an indicator's measure (aktiviteter, dialoger, deltagare, dialogdeltagare).

    Participant sums count known numbers only (None when none is known), never zero for unknown.
    """
    n = len(log)
    counts = measure in ("aktiviteter", "dialoger")
    if n == 0:
        return (0.0 if gender == "T" else None) if counts else None
    rows = np.ones(n, dtype=bool)
    if not fmt.is_missing(match) and str(match).strip():  # the activities whose title holds the words
        needle = str(match).strip().casefold()
        rows &= np.fromiter((needle in str(t).casefold() for t in log["title"]), dtype=bool, count=n)
    if measure in ("dialoger", "dialogdeltagare"):
        rows &= (log["kind"] == "dialog").to_numpy(dtype=bool, na_value=False)
    if counts:
        return float(rows.sum()) if gender == "T" else None
    column = {"T": "participants_total", "K": "participants_women", "M": "participants_men"}[gender]
    if column not in log.columns:
        return None
    values = pd.to_numeric(log[column], errors="coerce").to_numpy(dtype=float, na_value=np.nan)[rows]
    known = values[~np.isnan(values)]
    return float(known.sum()) if len(known) else None


def with_log(outcomes: pd.DataFrame, log: pd.DataFrame) -> pd.DataFrame:
    """Indicator rows with the log beside them: one figure, one source.

    An indicator with a log measure shows the committee's reported outcome where there is
    one (and the log as ``varav registrerade i loggen``), else the log's count.
    """
    result = outcomes.copy()
    for column in ("log_measure", "log_match"):
        if column not in result.columns:
            result[column] = None
    reported = result["outcome"].notna().to_numpy()
    counts: list[float | None] = [None] * len(result)
    notes: list[str | None] = [None] * len(result)
    # only the rows with a log measure are looked up in the log (most indicators have none)
    for i, (measure, match, gender, outcome) in enumerate(zip(
            result["log_measure"], result["log_match"], result["gender"], result["outcome"], strict=True)):
        if fmt.is_missing(measure) or not str(measure):
            continue
        counts[i] = log_count(log, str(measure), match, gender)
        if reported[i]:
            notes[i] = LogFigure(outcome, counts[i], True).log_note
    values = [o if r else c for o, r, c in zip(result["outcome"], reported, counts, strict=True)]
    sources = ["rapporterat" if r else "logg" if c is not None else None for r, c in zip(reported, counts, strict=True)]
    result["log_count"] = counts
    result["outcome"] = pd.Series(values, index=result.index, dtype="float64")
    result["outcome_source"] = sources
    result["log_note"] = notes
    return result


def _figure(outcomes: pd.DataFrame, log: pd.DataFrame, measures: tuple[str, ...], log_measure: str,
            unmatched_only: bool) -> LogFigure:
    in_log = log_count(log, log_measure)
    if not outcomes.empty and "log_measure" in outcomes.columns:
        rows = outcomes[outcomes["log_measure"].isin(measures) & (outcomes["gender"] == "T")
                        & outcomes["outcome_source"].eq("rapporterat")]
        if unmatched_only:
            rows = rows[[fmt.is_missing(m) or not str(m).strip() for m in rows["log_match"]]]
        if not rows.empty:
            row = rows.iloc[0]
            own_log = log_count(log, str(row["log_measure"]), row["log_match"])
            return LogFigure(float(row["outcome"]), own_log, True, str(row["indicator_id"]))
    return LogFigure(in_log, in_log, False)


def dialogue_figure(outcomes: pd.DataFrame, log: pd.DataFrame) -> LogFigure:
    """Dialogues held: the committee's reported count (an indicator counted as ”dialoger”), else the log."""
    return _figure(outcomes, log, ("dialoger",), "dialoger", unmatched_only=False)


def participant_figure(outcomes: pd.DataFrame, log: pd.DataFrame) -> LogFigure:
    """Participants: a reported total over all activities (”deltagare”, no title filter), else the log."""
    return _figure(outcomes, log, ("deltagare",), "deltagare", unmatched_only=True)


# ---------------------------------------------------------------- fetching ----------


def stated_periods(run: Runner, committee_id: str, year: int) -> pd.DataFrame:
    """The periods a committee states for one year (one query for all its years, filtered here)."""
    rows = run("periods_of_committee", committee_id=committee_id)
    return rows[rows["year"] == year].drop(columns="year").reset_index(drop=True)


def period_info(run: Runner, committee_id: str, year: int, period: str) -> Period:
    return periods_.resolve(period, stated_periods(run, committee_id, year))


def resolver(run: Runner, committee_id: str) -> Callable[[int, str], Period]:
    """``period_info`` for every year of one committee (a trend's years): its stated periods are
    fetched once and each (year, period) is resolved once."""
    rows = run("periods_of_committee", committee_id=committee_id)
    by_year = {int(y): g.drop(columns="year").reset_index(drop=True) for y, g in rows.groupby("year")}
    none = rows.drop(columns="year").iloc[0:0]

    @functools.cache
    def resolve(year: int, period: str) -> Period:
        return periods_.resolve(period, by_year.get(int(year), none))

    return resolve


def periods_with_data(run: Runner, committee_id: str, year: int) -> list[str]:
    """The period codes of a year that hold goal assessments or indicator values (sorted by code)."""
    return sorted({str(p) for p in run("year_sources", committee_id=committee_id, year=year)["period"]
                   if not fmt.is_missing(p)})


def source_notes(run: Runner, committee_id: str, year: int) -> list[object]:
    """The source notes the year's goal assessments and indicator values cite, most cited first."""
    rows = run("year_sources", committee_id=committee_id, year=year)
    counts = rows.groupby("source_note", dropna=False, sort=False)["n_rows"].sum()
    return list(counts.sort_values(ascending=False, kind="stable").index)


def available_periods(run: Runner, committee_id: str, year: int, stated: pd.DataFrame | None = None) -> list[str]:
    """The periods of a year that hold data, in the order of the year (``stated``: the year's own
    periods, when the caller already has them)."""
    codes = periods_with_data(run, committee_id, year)
    return periods_.ordered(codes, stated_periods(run, committee_id, year) if stated is None else stated)


def period_choices(run: Runner, committee_id: str, year: int) -> tuple[pd.DataFrame, list[str], list[str]]:
    """What the period filter works from: the year's stated periods, the periods with data (in the
    order of the year) and what it offers (``periods.offered``)."""
    stated = stated_periods(run, committee_id, year)
    available = available_periods(run, committee_id, year, stated)
    return stated, available, periods_.offered(stated, available)


def indicator_trend(run: Runner, committee_id: str, name: str, year: int, period: str) -> pd.DataFrame:
    """An indicator (by name) in every committee that follows it up, one period per year up to
    ``year``: ``period`` where the year has it, else the year's latest (``trends.one_period_per_year``,
    with the chosen committee's periods)."""
    rows = run("indicator_trend", indicator_name=name, max_year=year, period=period)
    return trends.one_period_per_year(rows, period, resolver(run, committee_id), by=("committee_id", "gender"))


def effective_period(run: Runner, committee_id: str, year: int, requested: str) -> str | None:
    """The requested period if the year has it, else its latest one; None when it has none."""
    stated = stated_periods(run, committee_id, year)
    return periods_.effective(requested, periods_with_data(run, committee_id, year), stated)


def period_data(run: Runner, committee_id: str, year: int, period: str) -> PeriodData:
    """Goal tree, indicator outcomes, the activity log and its figures of one committee-period."""
    info = period_info(run, committee_id, year, period)
    months = dict(first_month=info.first_month, last_month=info.last_month)
    log = run("activity_log", committee_id=committee_id, year=year, **months)
    outcomes = with_log(run("indicator_outcomes", committee_id=committee_id, year=year, period=period), log)
    # each indicator's kind judged once (followup/indicators.py): every output shows ``state``
    outcomes = indicators.with_state(indicators.with_baseline(
        outcomes, run("indicator_baselines", committee_id=committee_id), period), year)
    return PeriodData(
        year=year, period=period,
        tree=goals.with_assessed(run("goal_tree", committee_id=committee_id, year=year, period=period)),
        outcomes=outcomes,
        activities=run("activity_totals", committee_id=committee_id, year=year, **months),
        info=info, log=log,
        goal_activities=run("goal_activities_of_period", committee_id=committee_id, year=year, period=period),
        dialogues=dialogue_figure(outcomes, log),
        participants=participant_figure(outcomes, log),
    )


def previous_year(run: Runner, committee_id: str, year: int, period: str) -> PeriodData | None:
    """The same period a year earlier, or None: key figures never compare different months."""
    available = periods_with_data(run, committee_id, year - 1)
    return period_data(run, committee_id, year - 1, period) if period in available else None


def texts(run: Runner, committee_id: str, year: int, period: str) -> dict[str, str]:
    rows = run("texts_of_period", committee_id=committee_id, year=year, period=period)
    return {str(k): str(t) for k, t in zip(rows["kind"], rows["text"], strict=True)
            if not fmt.is_missing(t) and str(t).strip()}
