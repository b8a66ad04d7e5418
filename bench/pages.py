"""Each page's data work on a cache miss: the queries and model calls the page makes, in order.

A runner is ``run(name, **params) -> DataFrame`` (``folkhalsa.fetch.store_runner`` for DuckDB, or
one of ``bench.pandas_runner``'s). The functions mirror ``pages/*.py`` and the filter bar
(``folkhalsa/ui/filters.py``), which every page runs first; they return what the page draws from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from folkhalsa import economy, goals, survey
from folkhalsa.exports.report import report_data
from folkhalsa.followup import model, periods

Runner = Callable[..., object]


@dataclass(frozen=True)
class Choice:
    """A selection as the filter bar would make it."""

    municipality_code: str
    committee_id: str
    year: int
    period: str


def _filter_bar(run: Runner, c: Choice) -> periods.Period:
    run("committee_options")
    run("years_available")
    stated, _available, _options = model.period_choices(run, c.committee_id, c.year)
    model.source_notes(run, c.committee_id, c.year)
    return periods.resolve(c.period, stated)


def _trend(run: Runner, c: Choice, name: str):
    return model.indicator_trend(run, c.committee_id, name, c.year, c.period)


def oversikt(run: Runner, c: Choice) -> object:
    _filter_bar(run, c)
    now = model.period_data(run, c.committee_id, c.year, c.period)
    before = model.previous_year(run, c.committee_id, c.year, c.period)
    return goals.rollup_by_area(now.tree), goals.attention(now.tree, now.outcomes), before


def maluppfyllelse(run: Runner, c: Choice) -> object:
    _filter_bar(run, c)
    now = model.period_data(run, c.committee_id, c.year, c.period)
    counts = goals.status_by_committee(run("goal_status_by_committee", year=c.year, period=c.period))
    return now, counts


def indikatorer(run: Runner, c: Choice) -> object:
    _filter_bar(run, c)
    indicators = run("committee_indicators", committee_id=c.committee_id)
    trend = _trend(run, c, indicators["name"].iloc[0])
    now = model.period_data(run, c.committee_id, c.year, c.period)
    before = model.previous_year(run, c.committee_id, c.year, c.period)
    return trend, now, before


def dialoger(run: Runner, c: Choice) -> object:
    info = _filter_bar(run, c)
    months = dict(first_month=info.first_month, last_month=info.last_month)
    now = model.period_data(run, c.committee_id, c.year, c.period)
    log = run("activity_log", committee_id=c.committee_id, year=c.year, **months)
    fed = now.outcomes[now.outcomes["log_measure"].notna()]
    trends_ = [_trend(run, c, name) for name in dict.fromkeys(fed["name"])]
    return log, trends_, run("activity_by_committee_year", **months)


def lupp(run: Runner, c: Choice) -> object:
    _filter_bar(run, c)
    rounds = run("survey_rounds")
    name = rounds["survey"].iloc[0]
    survey.rounds_for(rounds, name, c.municipality_code)
    questions = run("survey_questions", survey=name)
    area = survey.ordered_areas(list(questions["area"]))[0]
    question = questions[questions["area"] == area]["question"].iloc[0]
    return run("survey_question_results", survey=name, question=question)


def ekonomi(run: Runner, c: Choice) -> object:
    info = _filter_bar(run, c)
    rows = run("budget_rows", committee_id=c.committee_id, year=c.year, period=c.period)
    total = economy.totals(rows, info)
    trend = economy.trend(run("budget_top_posts_by_year", committee_id=c.committee_id), c.period,
                          model.resolver(run, c.committee_id), up_to_year=c.year)
    return total, trend


def moteslage(run: Runner, c: Choice) -> object:
    _filter_bar(run, c)
    return report_data(run, c.municipality_code, c.year, c.period)


PAGES: dict[str, tuple[Callable[[Runner, Choice], object], str]] = {
    "oversikt": (oversikt, "pages/oversikt.py"),
    "maluppfyllelse": (maluppfyllelse, "pages/maluppfyllelse.py"),
    "indikatorer": (indikatorer, "pages/indikatorer.py"),
    "dialoger": (dialoger, "pages/dialoger.py"),
    "lupp": (lupp, "pages/lupp.py"),
    "ekonomi": (ekonomi, "pages/ekonomi.py"),
    "moteslage": (moteslage, "pages/moteslage.py"),
}


def memo(run: Runner) -> Runner:
    """One page run's cache misses: every distinct query runs once (as ``st.cache_data`` does), no more."""
    seen: dict[tuple, object] = {}

    def cached(name: str, **params: object) -> object:
        key = (name, tuple(sorted(params.items())))
        if key not in seen:
            seen[key] = run(name, **params)
        return seen[key].copy()

    return cached
