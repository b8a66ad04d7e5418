"""Economy rules of a committee's follow-up (pure pandas, no Streamlit).

The budget table holds one row per post (``account``), with ``parent_account`` giving the
hierarchy: the committee's total is the sum of the posts without a parent. The deviation is
the periodised budget minus the outcome, so a positive deviation means under budget, as in
the follow-up reports ("positiv budgetavvikelse om 46 tkr"). When a post has no periodised
budget the linear one is used: the year's budget × end month / 12.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pandas as pd

from folkhalsa import fmt, theme
from folkhalsa.followup import trends
from folkhalsa.followup.periods import Period
from folkhalsa.overview import KeyFigure

TOLERANCE_TKR = 1.0  # stated and computed figures of whole tkr may differ this much by rounding


def _f(value: object) -> float | None:
    return None if fmt.is_missing(value) else float(value)  # type: ignore[arg-type]


def periodised_budget(budget_tkr: object, period_budget_tkr: object, period: Period,
                      outcome_tkr: object = None, stated_deviation_tkr: object = None) -> float | None:
    """The budget for the period's months: as given; else the report's own (outcome + stated
    deviation); else linear (the year's budget × the period's months / 12)."""
    if not fmt.is_missing(period_budget_tkr):
        return float(period_budget_tkr)  # type: ignore[arg-type]
    if not fmt.is_missing(outcome_tkr) and not fmt.is_missing(stated_deviation_tkr):
        return float(outcome_tkr) + float(stated_deviation_tkr)  # type: ignore[arg-type]
    if fmt.is_missing(budget_tkr):
        return None
    return float(budget_tkr) * period.n_months / 12  # type: ignore[arg-type]


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


def deviation_sign(value: object) -> str:
    """``positive`` (under budget), ``negative`` (over budget), ``zero`` or ``missing``."""
    if fmt.is_missing(value):
        return "missing"
    x = fmt.rounded(float(value))  # type: ignore[arg-type]  # as shown: whole tkr
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


def tkr(value: object) -> str:
    """A tkr figure for a table cell, rounded once here: ``1 196``, ``–`` when missing."""
    return fmt.number(value, 0)


def tkr_change(value: object) -> str:
    """A signed tkr figure for a table cell, rounded once here: ``+46``, ``−34``, ``±0``."""
    return fmt.change(value, decimals=0)


def deviation_text(value: object) -> str:
    """``+46 tkr`` with its sign (``−34 tkr`` over budget, ``±0 tkr`` on budget)."""
    return fmt.change(value, "tkr")


def deviation_words(value: object) -> str:
    """``positiv budgetavvikelse om 46 tkr``, as the reports write it."""
    sign = deviation_sign(value)
    if sign == "missing":
        return "budgetavvikelsen går inte att räkna ut"
    if sign == "zero":
        return "ingen budgetavvikelse"
    amount = fmt.value(abs(float(value)), "tkr")  # type: ignore[arg-type]
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
    """The committee's total for one year and period: stated (a ``summa`` row) or summed.

    Sums are of unrounded values; rounding happens once, when a figure is shown.
    """

    budget_tkr: float | None
    period_budget_tkr: float | None
    outcome_tkr: float | None
    forecast_tkr: float | None
    period: Period
    deviation_tkr: float | None = None
    forecast_deviation_tkr: float | None = None
    is_stated: bool = False  # the committee states its total (a row of kind ``summa``)

    @property
    def share_used(self) -> float | None:
        return share_used(self.outcome_tkr, self.budget_tkr)

    @property
    def share_of_year(self) -> float:
        return self.period.share_of_year


def _sum(values: Sequence[object]) -> float | None:
    known = [float(v) for v in values if not fmt.is_missing(v)]  # type: ignore[arg-type]
    return sum(known) if known else None


def _kind(value: object) -> str:
    return "" if fmt.is_missing(value) else str(value)


def _col(rows: pd.DataFrame, name: str) -> list[object]:
    return list(rows[name]) if name in rows.columns else [None] * len(rows)


_FLAGS = ("deviation_is_stated", "is_total", "is_part")  # the rules' yes/no columns


def _rules(rows: pd.DataFrame, period: Period) -> dict[str, list]:
    """The rules per row, as lists (``with_rules`` and ``totals`` share them): periodised budget,
    deviation (stated or computed), forecast deviation, share used, depth, total and part rows."""
    budget, given_period_budget = _col(rows, "budget_tkr"), _col(rows, "period_budget_tkr")
    outcome, forecast = _col(rows, "outcome_tkr"), _col(rows, "forecast_tkr")
    stated, stated_forecast = _col(rows, "stated_deviation_tkr"), _col(rows, "stated_forecast_deviation_tkr")
    period_budget = [periodised_budget(b, p, period, o, d)
                     for b, p, o, d in zip(budget, given_period_budget, outcome, stated, strict=True)]
    parent = dict(zip(_col(rows, "account"), _col(rows, "parent_account"), strict=True))
    depths = []
    for account in _col(rows, "account"):
        depth, node = 0, parent.get(account)
        while not fmt.is_missing(node) and depth < 10:
            depth, node = depth + 1, parent.get(node)
        depths.append(depth)
    kinds = [_kind(k) for k in _col(rows, "row_kind")]
    return {
        "period_budget_tkr": period_budget,
        "deviation_is_stated": [not fmt.is_missing(d) for d in stated],
        "deviation_tkr": [_f(d) if not fmt.is_missing(d) else deviation(p, o)
                          for d, p, o in zip(stated, period_budget, outcome, strict=True)],
        "forecast_deviation_tkr": [_f(d) if not fmt.is_missing(d) else deviation(b, f)
                                   for d, b, f in zip(stated_forecast, budget, forecast, strict=True)],
        "share_used": [share_used(o, b) for o, b in zip(outcome, budget, strict=True)],
        "depth": depths,
        "is_total": [k == "summa" for k in kinds],
        "is_part": [k == "varav" for k in kinds],
    }


def with_rules(rows: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Add the periodised budget, deviation (stated or computed), share used and depth."""
    result = rows.copy()
    for column in ("stated_deviation_tkr", "stated_forecast_deviation_tkr", "row_kind", "comment"):
        if column not in result.columns:
            result[column] = None
    for column, values in _rules(rows, period).items():
        result[column] = pd.Series(values, index=result.index, dtype=bool if column in _FLAGS else None)
    return result


def report_rows(rows: pd.DataFrame, period: Period) -> pd.DataFrame:
    """``with_rules`` plus the top-level flag the exports need."""
    result = with_rules(rows, period)
    result["is_top_level"] = (result["parent_account"].isna() & ~result["is_total"]).astype(bool)
    return result


def totals(rows: pd.DataFrame, period: Period) -> Totals:
    """The stated total (a top row of kind ``summa``), else the sum of the top posts (unrounded).

    Halmstad UR2 2022 → budget 1 196, periodised budget 676, outcome 630, deviation +46.
    """
    ruled = _rules(rows, period)
    budget, outcome, forecast = _col(rows, "budget_tkr"), _col(rows, "outcome_tkr"), _col(rows, "forecast_tkr")
    top = [fmt.is_missing(p) for p in _col(rows, "parent_account")]
    stated = [i for i, t in enumerate(top) if t and ruled["is_total"][i]]
    if stated:
        i = stated[0]
        return Totals(_f(budget[i]), _f(ruled["period_budget_tkr"][i]), _f(outcome[i]), _f(forecast[i]), period,
                      _f(ruled["deviation_tkr"][i]), _f(ruled["forecast_deviation_tkr"][i]), is_stated=True)
    posts = [i for i, t in enumerate(top) if t and not ruled["is_total"][i] and not ruled["is_part"][i]]

    def summed(values: list) -> float | None:
        return _sum([values[i] for i in posts])

    return Totals(summed(budget), summed(ruled["period_budget_tkr"]), summed(outcome), summed(forecast), period,
                  summed(ruled["deviation_tkr"]), summed(ruled["forecast_deviation_tkr"]))


def check(rows: pd.DataFrame, period: Period) -> list[str]:
    """Warnings for the import preview (never errors): stated figures that disagree with the
    computed ones by more than rounding, and posts whose parts do not add up to them."""
    ruled = with_rules(rows, period)
    out: list[str] = []
    for r in ruled.itertuples():
        if not r.deviation_is_stated or fmt.is_missing(r.outcome_tkr):
            continue
        given = rows.loc[rows["account"] == r.account, "period_budget_tkr"]
        if given.empty or fmt.is_missing(given.iloc[0]):
            continue
        computed = float(given.iloc[0]) - float(r.outcome_tkr)
        if abs(computed - float(r.deviation_tkr)) > TOLERANCE_TKR:
            out.append(f"Posten ”{r.account}”: angiven avvikelse {deviation_text(r.deviation_tkr)} men "
                       f"periodens budget − utfall ger {deviation_text(computed)}. Den angivna visas.")
    for parent in ruled.itertuples():
        children = ruled[(ruled["parent_account"] == parent.account) & ~ruled["is_part"]]
        if children.empty or parent.is_total:
            continue
        for column, word in (("budget_tkr", "budget"), ("outcome_tkr", "utfall")):
            total = _sum(list(children[column]))
            own = getattr(parent, column)
            if total is None or fmt.is_missing(own):
                continue
            if abs(total - float(own)) > TOLERANCE_TKR:
                out.append(f"Posten ”{parent.account}”: underposternas {word} är {fmt.value(total, 'tkr')}, "
                           f"men posten har {fmt.value(own, 'tkr')}. Markera delar som inte ska summeras "
                           "med Radtyp ”varav”.")
    stated = ruled[ruled["is_total"] & ruled["parent_account"].isna()]
    if not stated.empty:
        top = ruled[ruled["parent_account"].isna() & ~ruled["is_total"] & ~ruled["is_part"]]
        for column, word in (("budget_tkr", "budget"), ("outcome_tkr", "utfall")):
            total, own = _sum(list(top[column])), stated.iloc[0][column]
            if total is not None and not fmt.is_missing(own) and abs(total - float(own)) > TOLERANCE_TKR:
                out.append(f"Summaraden ”{stated.iloc[0]['account']}”: huvudposternas {word} är "
                           f"{fmt.value(total, 'tkr')}, summaraden anger {fmt.value(own, 'tkr')}. Summaraden visas.")
    return out


def posts_table(rows: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Post | Budget | Periodiserad budget | Utfall | Använt | Avvikelse | Prognos, then Summa.

    Sub-posts are indented under their parent; the purposes of the development funds are
    left out here (they have a table of their own).
    """
    ruled = with_rules(rows, period)
    ruled = ruled[~ruled["parent_account"].isin(fund_posts(rows)) & ~ruled["is_total"]]
    total = totals(rows, period)
    months = period.months
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


def fund_posts(rows: pd.DataFrame) -> list[str]:
    """The posts marked as development funds (Radtyp ”utvecklingsmedel”): their children are purposes."""
    if "row_kind" not in rows.columns:
        return []
    return [str(a) for a, k in zip(rows["account"], rows["row_kind"], strict=True) if _kind(k) == "utvecklingsmedel"]


def development_funds(rows: pd.DataFrame) -> pd.DataFrame:
    """The development funds by purpose (children of the marked post), in report order."""
    funds = rows[rows["parent_account"].isin(fund_posts(rows))].copy()
    funds["share_used"] = [share_used(o, b) for o, b in zip(funds["outcome_tkr"], funds["budget_tkr"], strict=True)]
    return funds.reset_index(drop=True)


def development_funds_table(rows: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Ändamål | Budget | Utfall | Använt | Prognos, with a Summa row; no outcome shows ``–``."""
    funds = development_funds(rows)
    months = period.months
    budget, outcome, forecast = (_sum(list(funds[c])) for c in ("budget_tkr", "outcome_tkr", "forecast_tkr"))
    return pd.DataFrame({
        "Ändamål": [*funds["account"], "Summa utvecklingsmedel"],
        "Budget helår": [fmt.value(v, "tkr") for v in [*funds["budget_tkr"], budget]],
        f"Utfall {months}": [fmt.value(v, "tkr") for v in [*funds["outcome_tkr"], outcome]],
        "Använt av budget": [fmt.value(v, "procent", 0)
                             for v in [*funds["share_used"], share_used(outcome, budget)]],
        "Prognos helår": [fmt.value(v, "tkr") for v in [*funds["forecast_tkr"], forecast]],
    })


def trend(top_posts: pd.DataFrame, period: str, resolve: Callable[[int, str], Period],
          up_to_year: int | None = None) -> pd.DataFrame:
    """One row per year up to ``up_to_year``: totals at ``period`` (same months every year), or
    the year's latest period when it lacks it (``trends.one_period_per_year``: then
    ``is_same_period`` is False and it is labelled)."""
    columns = ["year", "period", "end_month", "period_label", "months", "is_same_period", "budget_tkr",
               "period_budget_tkr", "outcome_tkr", "forecast_tkr", "deviation_tkr", "share_used"]
    rows = top_posts if up_to_year is None else top_posts[top_posts["year"] <= up_to_year]
    kept = trends.one_period_per_year(rows.assign(parent_account=None), period, resolve)
    out = []
    for (year, chosen), of_year in kept.groupby(["year", "period"], sort=True):
        info = resolve(int(year), str(chosen))
        t = totals(of_year, info)
        out.append(dict(year=int(year), period=str(chosen), end_month=info.last_month,
                        period_label=of_year["period_label"].iloc[0], months=info.short,
                        is_same_period=bool(of_year["is_same_period"].iloc[0]),
                        budget_tkr=t.budget_tkr, period_budget_tkr=t.period_budget_tkr,
                        outcome_tkr=t.outcome_tkr, forecast_tkr=t.forecast_tkr,
                        deviation_tkr=t.deviation_tkr, share_used=t.share_used))
    return pd.DataFrame(out, columns=columns)


def trend_table(trend_rows: pd.DataFrame) -> pd.DataFrame:
    """År | Period | Budget helår | Periodiserad budget | Utfall | Avvikelse | Prognos."""
    return pd.DataFrame({
        "År": trend_rows["year"].astype(str),
        "Period": [f"{p} ({m})" for p, m in zip(trend_rows["period"], trend_rows["months"], strict=True)],
        "Budget helår": [fmt.value(v, "tkr") for v in trend_rows["budget_tkr"]],
        "Periodiserad budget": [fmt.value(v, "tkr", 0) for v in trend_rows["period_budget_tkr"]],
        "Utfall": [fmt.value(v, "tkr") for v in trend_rows["outcome_tkr"]],
        "Använt av budget": [fmt.value(v, "procent", 0) for v in trend_rows["share_used"]],
        "Avvikelse": [deviation_label_short(v) for v in trend_rows["deviation_tkr"]],
        "Prognos helår": [fmt.value(v, "tkr") for v in trend_rows["forecast_tkr"]],
    }).reset_index(drop=True)


def summary_sentence(t: Totals, year: int, owner: str | None = None) -> str:
    """The economy in the report's words: outcome, deviation against the periodised budget and the
    forecast. The Ekonomi page, Word, PowerPoint and Mötesläge all use this one sentence.

    ``Nämndens utfall för jan–aug 2022 är 630 tkr med en positiv budgetavvikelse om 46 tkr
    (periodiserad budget 676 tkr). Prognosen för helåret är 1 196 tkr, ett utfall enligt budget.``
    """
    subject = f"{owner} utfall" if owner else "Utfallet"
    when = f"{t.period.months} {year}"
    if fmt.is_missing(t.outcome_tkr):
        text = f"{subject} för {when} är inte registrerat."
    else:
        text = f"{subject} för {when} är {fmt.value(t.outcome_tkr, 'tkr')}"
        sign = deviation_sign(t.deviation_tkr)
        if sign in ("positive", "negative"):
            text += f" med en {deviation_words(t.deviation_tkr)}"
        elif sign == "zero":
            text += ", i nivå med periodens budget"
        else:
            text += "; budget för perioden saknas"
        if sign != "missing" and not fmt.is_missing(t.period_budget_tkr):
            text += f" (periodiserad budget {fmt.value(t.period_budget_tkr, 'tkr', 0)})"
        text += "."
    return f"{text} {forecast_words(t)}"


def usage_sentence(t: Totals) -> str:
    """``53 % av årets budget är använd när 67 % av året har gått.``"""
    return (f"{fmt.value(t.share_used, 'procent', 0)} av årets budget är använd när "
            f"{fmt.value(t.share_of_year, 'procent', 0)} av året har gått.")


def forecast_words(t: Totals) -> str:
    """``Prognosen för helåret är 1 196 tkr, ett utfall enligt budget.`` (or the surplus or deficit)."""
    if fmt.is_missing(t.forecast_tkr):
        return "Prognos för helåret saknas."
    text = f"Prognosen för helåret är {fmt.value(t.forecast_tkr, 'tkr')}"
    gap = t.forecast_deviation_tkr
    sign = deviation_sign(gap)
    if sign == "zero":
        return text + ", ett utfall enligt budget."
    if sign == "missing":
        return text + "."
    word = "överskott" if sign == "positive" else "underskott"
    return text + f", ett {word} om {fmt.value(abs(float(gap)), 'tkr')} mot budget."  # type: ignore[arg-type]


def key_figures(t: Totals, year: int) -> list[KeyFigure]:
    """Budget, outcome so far, the periodised deviation and the forecast, for the Ekonomi page."""
    months = t.period.months
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


# ---------------------------------------------------------------- joint plans ----------
# A joint plan's budget rows may name their payer (budget.payer, a party on table parties):
# the totals per payer and per post are sums of the stated rows, unrounded until shown.


def payers(rows: pd.DataFrame, parties: pd.DataFrame | None = None) -> list[str]:
    """The payers of the rows: the plan's parties in their order first, then any other, as met."""
    named = [str(p) for p in _col(rows, "payer") if not fmt.is_missing(p) and str(p).strip()]
    order = [str(p) for p in parties["party"]] if parties is not None and not parties.empty else []
    return [p for p in order if p in named] + [p for p in dict.fromkeys(named) if p not in order]


def payer_totals(rows: pd.DataFrame, period: Period, parties: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per payer: payer, budget_tkr, period_budget_tkr, outcome_tkr, forecast_tkr (sums of
    the rows the payer pays, unrounded; None where no row has the figure)."""
    ruled = with_rules(rows, period)
    if "payer" not in ruled.columns:
        ruled["payer"] = None
    out = []
    for payer in payers(ruled, parties):
        own = ruled[ruled["payer"] == payer]
        out.append({"payer": payer, **{c: _sum(list(own[c])) for c in
                                       ("budget_tkr", "period_budget_tkr", "outcome_tkr", "forecast_tkr")}})
    return pd.DataFrame(out, columns=["payer", "budget_tkr", "period_budget_tkr", "outcome_tkr", "forecast_tkr"])


def payer_split(rows: pd.DataFrame, parties: pd.DataFrame | None = None,
                column: str = "budget_tkr") -> pd.DataFrame:
    """One row per post whose parts name payers: post, one column per payer, the post's total.

    The total is the post's own figure as stated; when the post has none, the sum of its parts.
    """
    frame = rows.copy()
    if "payer" not in frame.columns:
        frame["payer"] = None
    paid = frame[frame["payer"].notna() & frame["parent_account"].notna()]
    names = payers(frame, parties)
    by_account = frame.set_index("account")
    out = []
    for post in dict.fromkeys(paid["parent_account"]):
        parts = paid[paid["parent_account"] == post]
        row: dict[str, object] = {"account": post}
        for payer in names:
            row[payer] = _sum(list(parts[parts["payer"] == payer][column]))
        own = by_account[column].get(post) if post in by_account.index else None
        row["total"] = _f(own) if not fmt.is_missing(own) else _sum(list(parts[column]))
        out.append(row)
    return pd.DataFrame(out, columns=["account", *names, "total"])


def payer_totals_table(totals: pd.DataFrame) -> pd.DataFrame:
    """Betalare | Budget helår | Budget för perioden | Utfall | Prognos (tkr), rounded here, once."""
    return pd.DataFrame({
        "Betalare": list(totals["payer"]),
        "Budget helår (tkr)": [tkr(v) for v in totals["budget_tkr"]],
        "Budget för perioden (tkr)": [tkr(v) for v in totals["period_budget_tkr"]],
        "Utfall (tkr)": [tkr(v) for v in totals["outcome_tkr"]],
        "Prognos helår (tkr)": [tkr(v) for v in totals["forecast_tkr"]],
    })


def payer_split_table(split: pd.DataFrame, post_word: str = "Post") -> pd.DataFrame:
    """Post | <payer> … | Totalt (budget, tkr), rounded here, once."""
    table = pd.DataFrame({post_word: list(split["account"])})
    for payer in split.columns[1:-1]:
        table[f"{payer} (tkr)"] = [tkr(v) for v in split[payer]]
    table["Totalt (tkr)"] = [tkr(v) for v in split["total"]]
    return table
