"""Economy rules of a committee's follow-up (pure pandas, no Streamlit).

The budget table holds one row per post (``account``), with ``parent_account`` giving the
hierarchy: the committee's total is the sum of the posts without a parent. The deviation is
the periodised budget minus the outcome, so a positive deviation means under budget, as in
the follow-up reports ("positiv budgetavvikelse om 46 tkr"). When a post has no periodised
budget the linear one is used: the year's budget × end month / 12.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from folkhalsa import fmt, rules, theme
from folkhalsa.overview import KeyFigure

DEVELOPMENT_FUNDS = "Utvecklingsmedel"
def periodised_budget(budget_tkr: object, period_budget_tkr: object, end_month: int) -> float | None:
    """The budget for January to ``end_month``: as given, else linear (budget × end_month / 12)."""
    if not fmt.is_missing(period_budget_tkr):
        return float(period_budget_tkr)  # type: ignore[arg-type]
    if fmt.is_missing(budget_tkr):
        return None
    return float(budget_tkr) * end_month / 12  # type: ignore[arg-type]


def deviation(period_budget_tkr: object, outcome_tkr: object) -> float | None:
    """Periodised budget − outcome: positive is under budget. Missing stays missing."""
    if fmt.is_missing(period_budget_tkr) or fmt.is_missing(outcome_tkr):
        return None
    return float(period_budget_tkr) - float(outcome_tkr)  # type: ignore[arg-type]


def share_used(outcome_tkr: object, budget_tkr: object) -> float | None:
    """Outcome as a percent of the year's budget (``53`` for 630 of 1 196)."""
    if fmt.is_missing(outcome_tkr) or fmt.is_missing(budget_tkr) or float(budget_tkr) == 0:  # type: ignore[arg-type]
        return None
    return 100 * float(outcome_tkr) / float(budget_tkr)  # type: ignore[arg-type]


def share_of_year(end_month: int) -> float:
    """How much of the year has gone at the end of the period, in percent (UR2: 67)."""
    return 100 * end_month / 12


def deviation_sign(value: object) -> str:
    """``positive`` (under budget), ``negative`` (over budget), ``zero`` or ``missing``."""
    if fmt.is_missing(value):
        return "missing"
    x = round(float(value))  # type: ignore[arg-type]
    return "positive" if x > 0 else "negative" if x < 0 else "zero"


DEVIATION_SYMBOL = {"positive": "▲", "negative": "▼", "zero": "●", "missing": "–"}
# Colours by meaning, taken from the theme: under budget reads like "met", over like "not met".
DEVIATION_COLOUR = {
    "positive": theme.STATUS_COLOUR["uppfylls"],
    "negative": theme.STATUS_COLOUR["uppfylls_inte"],
    "zero": theme.STATUS_COLOUR["ej_bedomd"],
    "missing": theme.STATUS_COLOUR["ej_bedomd"],
}
DEVIATION_MARKDOWN_COLOUR = {
    "positive": theme.STATUS_MARKDOWN_COLOUR["uppfylls"],
    "negative": theme.STATUS_MARKDOWN_COLOUR["uppfylls_inte"],
    "zero": theme.STATUS_MARKDOWN_COLOUR["ej_bedomd"],
    "missing": theme.STATUS_MARKDOWN_COLOUR["ej_bedomd"],
}


def deviation_text(value: object) -> str:
    """``+46 tkr`` with its sign (``−34 tkr`` over budget, ``±0 tkr`` on budget)."""
    return fmt.change(None if fmt.is_missing(value) else round(float(value)), "tkr")  # type: ignore[arg-type]


def deviation_words(value: object) -> str:
    """``positiv budgetavvikelse om 46 tkr``, as the reports write it."""
    sign = deviation_sign(value)
    if sign == "missing":
        return "budgetavvikelsen går inte att räkna ut"
    if sign == "zero":
        return "ingen budgetavvikelse"
    amount = fmt.value(abs(round(float(value))), "tkr")  # type: ignore[arg-type]
    word = "positiv" if sign == "positive" else "negativ"
    return f"{word} budgetavvikelse om {amount}"


def deviation_kind(value: object) -> str:
    """``positiv budgetavvikelse`` (or negativ, ingen): the words without the amount."""
    sign = deviation_sign(value)
    if sign == "missing":
        return "avvikelse saknas"
    return {"positive": "positiv budgetavvikelse", "negative": "negativ budgetavvikelse",
            "zero": "ingen budgetavvikelse"}[sign]


@dataclass(frozen=True)
class Totals:
    """The committee's total for one year and period (sum of the posts without a parent)."""

    budget_tkr: float | None
    period_budget_tkr: float | None
    outcome_tkr: float | None
    forecast_tkr: float | None
    end_month: int

    @property
    def deviation_tkr(self) -> float | None:
        return deviation(self.period_budget_tkr, self.outcome_tkr)

    @property
    def forecast_deviation_tkr(self) -> float | None:
        """Budget − forecast for the full year: positive means the year ends under budget."""
        return deviation(self.budget_tkr, self.forecast_tkr)

    @property
    def share_used(self) -> float | None:
        return share_used(self.outcome_tkr, self.budget_tkr)

    @property
    def share_of_year(self) -> float:
        return share_of_year(self.end_month)


def _sum(values: Sequence[object]) -> float | None:
    known = [float(v) for v in values if not fmt.is_missing(v)]  # type: ignore[arg-type]
    return sum(known) if known else None


def with_rules(rows: pd.DataFrame, end_month: int) -> pd.DataFrame:
    """Add the periodised budget (linear where none is given), deviation, share used and depth."""
    result = rows.copy()
    result["period_budget_tkr"] = [
        periodised_budget(b, p, end_month)
        for b, p in zip(result["budget_tkr"], result["period_budget_tkr"], strict=True)
    ]
    result["deviation_tkr"] = [
        deviation(p, o) for p, o in zip(result["period_budget_tkr"], result["outcome_tkr"], strict=True)
    ]
    result["share_used"] = [
        share_used(o, b) for o, b in zip(result["outcome_tkr"], result["budget_tkr"], strict=True)
    ]
    parent = dict(zip(result["account"], result["parent_account"], strict=True))
    depths = []
    for account in result["account"]:
        depth, node = 0, parent.get(account)
        while not fmt.is_missing(node) and depth < 10:
            depth, node = depth + 1, parent.get(node)
        depths.append(depth)
    result["depth"] = depths
    return result


def report_rows(rows: pd.DataFrame, end_month: int) -> pd.DataFrame:
    """``with_rules`` plus what the exports need: top-level flag and the forecast deviation."""
    result = with_rules(rows, end_month)
    result["is_top_level"] = result["parent_account"].isna()
    result["forecast_deviation_tkr"] = result["budget_tkr"] - result["forecast_tkr"]
    return result


def totals(rows: pd.DataFrame, end_month: int) -> Totals:
    """Sum the top posts (``parent_account`` is null): Halmstad UR2 2022 → 1 196 / 676 / 630."""
    top = with_rules(rows[rows["parent_account"].isna()], end_month)
    return Totals(_sum(list(top["budget_tkr"])), _sum(list(top["period_budget_tkr"])),
                  _sum(list(top["outcome_tkr"])), _sum(list(top["forecast_tkr"])), end_month)


def posts_table(rows: pd.DataFrame, end_month: int) -> pd.DataFrame:
    """Post | Budget | Periodiserad budget | Utfall | Använt | Avvikelse | Prognos, then Summa.

    Sub-posts are indented under their parent; the purposes of the development funds are
    left out here (they have a table of their own).
    """
    ruled = with_rules(rows, end_month)
    ruled = ruled[ruled["parent_account"].fillna("") != DEVELOPMENT_FUNDS]
    total = totals(rows, end_month)
    months = fmt.months(end_month)
    names = ["\u2003" * int(d) + str(a) for a, d in zip(ruled["account"], ruled["depth"], strict=True)]
    table = pd.DataFrame({
        "Post": [*names, "Summa"],
        "Budget helår": [fmt.value(v, "tkr") for v in [*ruled["budget_tkr"], total.budget_tkr]],
        f"Periodiserad budget {months}": [
            fmt.value(v, "tkr", 0) for v in [*ruled["period_budget_tkr"], total.period_budget_tkr]],
        f"Utfall {months}": [fmt.value(v, "tkr") for v in [*ruled["outcome_tkr"], total.outcome_tkr]],
        "Använt av budget": [fmt.value(v, "procent", 0) for v in [*ruled["share_used"], total.share_used]],
        "Avvikelse (periodiserad)": [
            deviation_label_short(v) for v in [*ruled["deviation_tkr"], total.deviation_tkr]],
        "Prognos helår": [fmt.value(v, "tkr") for v in [*ruled["forecast_tkr"], total.forecast_tkr]],
    })
    return table.reset_index(drop=True)


def deviation_label_short(value: object) -> str:
    """``▲ +46 tkr`` for table cells: the symbol carries the sign when colour is not seen."""
    sign = deviation_sign(value)
    if sign == "missing":
        return fmt.MISSING
    return f"{DEVIATION_SYMBOL[sign]} {deviation_text(value)}"


def development_funds(rows: pd.DataFrame) -> pd.DataFrame:
    """The purposes of the development funds (posts under Utvecklingsmedel), in report order."""
    funds = rows[rows["parent_account"] == DEVELOPMENT_FUNDS].copy()
    funds["share_used"] = [share_used(o, b) for o, b in zip(funds["outcome_tkr"], funds["budget_tkr"], strict=True)]
    return funds.reset_index(drop=True)


def development_funds_table(rows: pd.DataFrame, end_month: int) -> pd.DataFrame:
    """Ändamål | Budget | Utfall | Använt | Prognos, with a Summa row; no outcome shows ``–``."""
    funds = development_funds(rows)
    months = fmt.months(end_month)
    budget, outcome, forecast = (_sum(list(funds[c])) for c in ("budget_tkr", "outcome_tkr", "forecast_tkr"))
    return pd.DataFrame({
        "Ändamål": [*funds["account"], "Summa utvecklingsmedel"],
        "Budget helår": [fmt.value(v, "tkr") for v in [*funds["budget_tkr"], budget]],
        f"Utfall {months}": [fmt.value(v, "tkr") for v in [*funds["outcome_tkr"], outcome]],
        "Använt av budget": [fmt.value(v, "procent", 0)
                             for v in [*funds["share_used"], share_used(outcome, budget)]],
        "Prognos helår": [fmt.value(v, "tkr") for v in [*funds["forecast_tkr"], forecast]],
    })


def trend(top_posts: pd.DataFrame, period: str) -> pd.DataFrame:
    """One row per year: totals at ``period`` (or the year's latest period when it lacks it)."""
    rows = []
    for year, of_year in top_posts.groupby("year", sort=True):
        chosen = rules.effective_period(period, list(of_year["period"].unique()))
        if chosen is None:
            continue
        end_month = rules.PERIOD_END_MONTH[chosen]
        t = totals(of_year[of_year["period"] == chosen].assign(parent_account=None), end_month)
        rows.append(dict(year=int(year), period=chosen, end_month=end_month, budget_tkr=t.budget_tkr,
                         period_budget_tkr=t.period_budget_tkr, outcome_tkr=t.outcome_tkr,
                         forecast_tkr=t.forecast_tkr, deviation_tkr=t.deviation_tkr,
                         share_used=t.share_used))
    return pd.DataFrame(rows, columns=["year", "period", "end_month", "budget_tkr", "period_budget_tkr",
                                       "outcome_tkr", "forecast_tkr", "deviation_tkr", "share_used"])


def trend_table(trend_rows: pd.DataFrame) -> pd.DataFrame:
    """År | Period | Budget helår | Periodiserad budget | Utfall | Avvikelse | Prognos."""
    return pd.DataFrame({
        "År": trend_rows["year"].astype(str),
        "Period": [rules.PERIOD_LABEL.get(p, p) for p in trend_rows["period"]],
        "Budget helår": [fmt.value(v, "tkr") for v in trend_rows["budget_tkr"]],
        "Periodiserad budget": [fmt.value(v, "tkr", 0) for v in trend_rows["period_budget_tkr"]],
        "Utfall": [fmt.value(v, "tkr") for v in trend_rows["outcome_tkr"]],
        "Använt av budget": [fmt.value(v, "procent", 0) for v in trend_rows["share_used"]],
        "Avvikelse": [deviation_label_short(v) for v in trend_rows["deviation_tkr"]],
        "Prognos helår": [fmt.value(v, "tkr") for v in trend_rows["forecast_tkr"]],
    }).reset_index(drop=True)


def summary_sentence(t: Totals, year: int) -> str:
    """``Utfallet för jan–aug 2022 är 630 tkr med en positiv budgetavvikelse om 46 tkr …``."""
    months = fmt.months(t.end_month)
    if fmt.is_missing(t.outcome_tkr):
        return f"Utfallet för {months} {year} saknas."
    text = (f"Utfallet för {months} {year} är {fmt.value(t.outcome_tkr, 'tkr')} "
            f"med en {deviation_words(t.deviation_tkr)}"
            if deviation_sign(t.deviation_tkr) in ("positive", "negative")
            else f"Utfallet för {months} {year} är {fmt.value(t.outcome_tkr, 'tkr')}, {deviation_words(t.deviation_tkr)}")
    text += f" (periodiserad budget {fmt.value(t.period_budget_tkr, 'tkr', 0)})."
    return text


def usage_sentence(t: Totals) -> str:
    """``53 % av årets budget är använd när 67 % av året har gått.``"""
    return (f"{fmt.value(t.share_used, 'procent', 0)} av årets budget är använd när "
            f"{fmt.value(t.share_of_year, 'procent', 0)} av året har gått.")


def forecast_words(t: Totals) -> str:
    """``Prognosen är ett utfall enligt budget.`` or the forecast deviation in words."""
    sign = deviation_sign(t.forecast_deviation_tkr)
    if sign == "missing":
        return "Prognos saknas."
    if sign == "zero":
        return "Prognosen är ett utfall enligt budget vid årets slut."
    return f"Prognosen för helåret ger en {deviation_words(t.forecast_deviation_tkr)}."


def key_figures(t: Totals, year: int) -> list[KeyFigure]:
    """Budget, outcome so far, the periodised deviation and the forecast, for the Ekonomi page."""
    months = fmt.months(t.end_month)
    sign = deviation_sign(t.deviation_tkr)
    return [
        KeyFigure(f"Budget {year}", fmt.value(t.budget_tkr, "tkr"), None, "off",
                  "Årets budget: summan av huvudposterna."),
        KeyFigure(f"Utfall {months}", fmt.value(t.outcome_tkr, "tkr"),
                  f"{fmt.value(t.share_used, 'procent', 0)} av budgeten", "off",
                  "Bokfört utfall från januari till periodens slut.", delta_arrow="off"),
        KeyFigure("Budgetavvikelse (periodiserad)", deviation_text(t.deviation_tkr),
                  deviation_kind(t.deviation_tkr), DEVIATION_MARKDOWN_COLOUR[sign],
                  f"Periodiserad budget {months} ({fmt.value(t.period_budget_tkr, 'tkr', 0)}) minus "
                  "utfallet. Positiv avvikelse betyder lägre kostnader än budgeterat.",
                  delta_arrow={"positive": "up", "negative": "down"}.get(sign, "off")),
        KeyFigure("Prognos helår", fmt.value(t.forecast_tkr, "tkr"),
                  f"{deviation_text(t.forecast_deviation_tkr)} mot budget", "off",
                  "Prognosen för hela året; avvikelsen är budget minus prognos.", delta_arrow="off"),
    ]
