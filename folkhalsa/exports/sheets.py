"""The dashboard's tables for Excel and CSV: Swedish headers, numbers kept as numbers.

The pages show formatted text (``53 %``); a spreadsheet wants the number 53 and a unit, so
these frames carry raw values and a column ``Enhet`` that the Excel writer formats by.
"""

from __future__ import annotations

import pandas as pd

from folkhalsa import activities, economy, goals, rules, survey, words
from folkhalsa.exports.report import ReportData
from folkhalsa.followup import indicators
from folkhalsa.followup.periods import Period
from folkhalsa.overview import KeyFigure


def _col(rows: pd.DataFrame, name: str) -> list[object]:
    return list(rows[name]) if name in rows.columns else [None] * len(rows)


def _num(series: pd.Series) -> list[float | None]:
    return [None if pd.isna(v) else float(v) for v in series]


def goal_sheet(tree: pd.DataFrame, vocab: words.Words = words.DEFAULTS) -> pd.DataFrame:
    """Målområde (the top level's word) | Mål | Nivå | Status | Kommentar."""
    of = goals.area_of(tree)
    titles = dict(zip(tree["goal_id"], tree["title"], strict=True))
    rows = goals.assessed(tree)
    return pd.DataFrame({
        words.capital(vocab.area): [titles[of[g]] for g in rows["goal_id"]],
        "Mål": list(rows["title"]),
        "Nivå": [str(level).capitalize() for level in rows["level"]],
        "Status": [rules.status_label(s if isinstance(s, str) else None) for s in rows["status"]],
        "Kommentar": [c if isinstance(c, str) else None for c in rows["comment"]],
    })


def indicator_sheet(outcomes: pd.DataFrame, tree: pd.DataFrame | None = None) -> pd.DataFrame:
    """Mål | Indikator | Kön | Utfall | Målvärde | Enhet | Målvärdet | Kommentar | Källa."""
    rows = indicators.ensure_state(outcomes)
    titles = dict(zip(tree["goal_id"], tree["title"], strict=True)) if tree is not None else {}
    frame = pd.DataFrame({
        "Mål": [titles.get(g) for g in rows["goal_id"]],
        "Indikator": list(rows["name"]),
        "Kön": [rules.GENDER_LABEL.get(g, g) for g in rows["gender"]],
        "Utfall": _num(rows["outcome"]),
        "Målvärde": _num(rows["target"]),
        "Enhet": list(rows["unit"]),
        "Målvärdet": [s.word for s in rows["state"]],
        "Aktivitetsloggen": [n if isinstance(n, str) else None for n in _col(rows, "log_note")],
        "Kommentar": [c if isinstance(c, str) else None for c in rows["comment"]],
        "Källa": [c if isinstance(c, str) else None for c in rows["source_note"]],
    })
    if indicators.has_kinds(rows):  # the kind, its baseline and a milestone's date (followup/indicators.py)
        frame.insert(2, "Typ", [indicators.KIND_WORD[indicators.kind_of(k)] for k in _col(rows, "kind")])
        frame.insert(frame.columns.get_loc("Enhet") + 1, "Basår",
                     [None if pd.isna(b) else int(b) for b in pd.to_numeric(pd.Series(_col(rows, "baseline_year"),
                                                                                        dtype=object))])
        frame.insert(frame.columns.get_loc("Basår") + 1, "Utfall basåret", _num(pd.Series(
            _col(rows, "baseline_outcome"), dtype="float64")))
        frame.insert(frame.columns.get_loc("Målvärdet"), "Genomförd datum",
                     [indicators.date_text(d) for d in _col(rows, "done_date")])
    return frame if tree is not None else frame.drop(columns="Mål")


def goal_activity_sheet(listed: pd.DataFrame, tree: pd.DataFrame) -> pd.DataFrame:
    """Mål | Aktivitet | Status | Kommentar: the activities listed under the åtaganden (never goals)."""
    titles = dict(zip(tree["goal_id"], tree["title"], strict=True))
    rows = listed if not listed.empty else pd.DataFrame(columns=["goal_id", "title", "state", "comment"])
    return pd.DataFrame({
        "Mål": [titles.get(g) for g in rows["goal_id"]],
        "Aktivitet": list(rows["title"]),
        "Status": [s.capitalize() if isinstance(s, str) else None for s in rows["state"]],
        "Kommentar": [c if isinstance(c, str) else None for c in rows["comment"]],
    })


def history_sheet(history: pd.DataFrame) -> pd.DataFrame:
    """Indikator | År | Period | Utfall | Målvärde | Enhet | Målvärdet: every indicator over the years."""
    return pd.DataFrame({
        "Indikator": list(history["name"]),
        "År": [int(y) for y in history["year"]],
        "Period": list(history["period"]),
        "Utfall": _num(history["outcome"]),
        "Målvärde": _num(history["target"]),
        "Enhet": list(history["unit"]),
        "Målvärdet": [s.word for s in indicators.history_with_state(history)["state"]],
    })


def trend_sheet(trend: pd.DataFrame, unit: str, direction: str, kind: object = None,
                baseline_year: object = None) -> pd.DataFrame:
    """År | Period | Kön | Utfall | Målvärde | Enhet | Målvärdet for one indicator of one committee."""
    states = indicators.with_state(indicators.trend_with_baseline(
        trend.assign(kind=kind, unit=unit, direction=direction), baseline_year))["state"]
    return pd.DataFrame({
        "År": [int(y) for y in trend["year"]],
        "Period": list(trend["period"]),
        "Kön": [rules.GENDER_LABEL.get(g, g) for g in trend["gender"]],
        "Utfall": _num(trend["outcome"]),
        "Målvärde": _num(trend["target"]),
        "Enhet": unit,
        "Målvärdet": [s.word for s in states],
    })


def comparison_sheet(trend: pd.DataFrame, years: list[int]) -> pd.DataFrame:
    """Kommun | one column per year (empty years too): the same indicator in every committee."""
    wide = trend.pivot_table(index="municipality_name", columns="year", values="outcome",
                             aggfunc="first", dropna=False).reindex(columns=years)
    wide.columns = [str(c) for c in wide.columns]
    frame = wide.rename_axis("Kommun").reset_index()
    return frame.astype(object).where(frame.notna(), None)


def status_sheet(counts: pd.DataFrame) -> pd.DataFrame:
    """Kommun | one column per status (number of goals) | Sammanfattning."""
    wide = counts.pivot_table(index="municipality_name", columns="status", values="n_goals",
                              aggfunc="sum", fill_value=0)
    frame = pd.DataFrame({"Kommun": list(wide.index)})
    for status in rules.STATUS_WORD:
        frame[rules.status_label(status)] = [int(v) for v in wide[status]] if status in wide.columns else 0
    frame["Sammanfattning"] = [
        rules.rollup_sentence([s for s, n in zip(g["status"], g["n_goals"], strict=True) for _ in range(int(n))])
        for _, g in counts.groupby("municipality_name", sort=True)]
    return frame


def area_sheet(tree: pd.DataFrame, vocab: words.Words = words.DEFAULTS) -> pd.DataFrame:
    """Målområde (the top level's word) | Status | Måluppfyllelse."""
    areas = goals.rollup_by_area(tree)
    return pd.DataFrame({words.capital(vocab.area): list(areas["title"]),
                         "Status": [rules.status_label(s) for s in areas["status"]],
                         "Måluppfyllelse": list(areas["sentence"])})


def key_figure_sheet(figures: list[KeyFigure]) -> pd.DataFrame:
    """Nyckeltal | Värde | Förändring, as Översikt shows them."""
    return pd.DataFrame({"Nyckeltal": [f.label for f in figures], "Värde": [f.value for f in figures],
                         "Förändring": [f.delta for f in figures]})


def attention_sheet(tree: pd.DataFrame, outcomes: pd.DataFrame) -> pd.DataFrame:
    items = goals.attention(tree, outcomes)
    return pd.DataFrame({"Typ": ["Mål" if i.kind == "goal" else "Indikator" for i in items],
                         "Namn": [i.title for i in items], "Bedömning": [i.detail for i in items]})


def budget_sheet(budget: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Post | Överordnad post | Budget helår | Budget för perioden | Utfall | Avvikelse | Prognos (tkr).

    The deviations are the committee's where it states them (Avvikelse angiven: ja).
    """
    budget = budget if "deviation_is_stated" in budget.columns else economy.report_rows(budget, period)
    shown = budget[~budget["is_total"]]
    frame = pd.DataFrame({
        "Post": list(shown["account"]),
        "Överordnad post": [p if isinstance(p, str) else None for p in shown["parent_account"]],
        "Budget helår": _num(shown["budget_tkr"]),
        "Budget för perioden": _num(shown["period_budget_tkr"]),
        "Utfall": _num(shown["outcome_tkr"]),
        "Avvikelse": _num(shown["deviation_tkr"]),
        "Avvikelse angiven": ["ja" if s else "nej" for s in shown["deviation_is_stated"]],
        "Prognos helår": _num(shown["forecast_tkr"]),
        "Avvikelse budget–prognos": _num(shown["forecast_deviation_tkr"]),
        "Enhet": "tkr",
    })
    totals = economy.totals(budget, period)
    total_row = {"Post": "Summa", "Överordnad post": None, "Budget helår": totals.budget_tkr,
                 "Budget för perioden": totals.period_budget_tkr, "Utfall": totals.outcome_tkr,
                 "Avvikelse": totals.deviation_tkr, "Avvikelse angiven": "ja" if totals.is_stated else "nej",
                 "Prognos helår": totals.forecast_tkr,
                 "Avvikelse budget–prognos": totals.forecast_deviation_tkr, "Enhet": "tkr"}
    return pd.concat([frame, pd.DataFrame([total_row])], ignore_index=True).astype(object).where(
        lambda f: f.notna(), None)


def activity_sheet(log: pd.DataFrame, kinds: list[str] | None = None) -> pd.DataFrame:
    """The activities log: Datum | Typ | Aktivitet | Deltagare | Kvinnor | Män | Målgrupp | Plats | Källa."""
    rows = log if kinds is None else log[log["kind"].isin(kinds)]
    return pd.DataFrame({
        "Datum": [pd.Timestamp(d).date() for d in rows["date"]],
        "Typ": [activities.kind_label(k) for k in rows["kind"]],
        "Aktivitet": list(rows["title"]),
        "Deltagare": _num(rows["participants_total"]),
        "Kvinnor": _num(rows["participants_women"]),
        "Män": _num(rows["participants_men"]),
        "Målgrupp": [v if isinstance(v, str) else None for v in rows["target_group"]],
        "Plats": [v if isinstance(v, str) else None for v in rows["place"]],
        "Källa": [v if isinstance(v, str) else None for v in rows["source_note"]],
        "Enhet": "antal",
    })


def survey_sheet(results: pd.DataFrame) -> pd.DataFrame:
    """Survey shares with small groups suppressed exactly as on the page: the share is left out."""
    rows = survey.suppress(results)
    return pd.DataFrame({
        "Kommunkod": list(rows["municipality_code"]),
        "Undersökningsår": [int(y) for y in rows["survey_year"]],
        "Årskurs": list(rows["group"]),
        "Kön": [rules.GENDER_LABEL_YOUNG.get(g, g) for g in rows["gender"]],
        "Område": list(rows["area"]),
        "Fråga": list(rows["question"]),
        "Svar": list(rows["answer"]),
        "Andel (%)": list(rows["shown_share"]),
        "Antal svarande": _num(rows["n_respondents"]),
        "Anmärkning": [f"{survey.SUPPRESSED} färre än {survey.SUPPRESS_BELOW} svarande" if s else None
                       for s in rows["is_suppressed"]],
    })  # no Enhet column: a share and a count share each row


def payer_sheets(budget: pd.DataFrame, period: Period, parties: pd.DataFrame | None,
                 vocab: words.Words = words.DEFAULTS) -> dict[str, pd.DataFrame]:
    """A joint plan's budget per payer and per post and payer (tkr, unrounded); none without payers."""
    split = economy.payer_split(budget, parties)
    if split.empty:
        return {}
    totals = economy.payer_totals(budget, period, parties)
    per_payer = pd.DataFrame({"Betalare": list(totals["payer"]), "Budget helår": _num(totals["budget_tkr"]),
                              "Budget för perioden": _num(totals["period_budget_tkr"]),
                              "Utfall": _num(totals["outcome_tkr"]), "Prognos helår": _num(totals["forecast_tkr"]),
                              "Enhet": "tkr"})
    per_post = pd.DataFrame({words.capital(vocab.goal): list(split["account"])})
    for payer in split.columns[1:-1]:
        per_post[payer] = _num(split[payer])
    per_post["Totalt"] = _num(split["total"])
    per_post["Enhet"] = "tkr"
    return {"Per betalare": per_payer.astype(object).where(lambda f: f.notna(), None),
            "Per post och betalare": per_post.astype(object).where(lambda f: f.notna(), None)}


def goal_activity_title(vocab: words.Words) -> str:
    """The sheet of the activities listed under the assessed goals: ``Åtagandens aktiviteter``."""
    if vocab.goal == words.DEFAULTS.goal:
        return "Åtagandens aktiviteter"
    return f"Aktiviteter per {vocab.goal}"[:31]


def report_sheets(data: ReportData) -> dict[str, pd.DataFrame]:
    """Every table of one follow-up, one sheet each (the CLI's and Mötesläge's Excel file)."""
    from folkhalsa import overview

    return {
        "Nyckeltal": key_figure_sheet(overview.key_figures(data.now, data.before, data.words)),
        words.capital(data.words.areas): area_sheet(data.now.tree, data.words),
        "Mål": goal_sheet(data.now.tree, data.words),
        "Indikatorer": indicator_sheet(data.now.outcomes, data.now.tree),
        "Indikatorer över åren": history_sheet(data.history),
        goal_activity_title(data.words): goal_activity_sheet(data.now.goal_activities, data.now.tree),
        "Ekonomi": budget_sheet(data.budget, data.info),
        **payer_sheets(data.budget, data.info, data.parties, data.words),
        "Behöver uppmärksamhet": attention_sheet(data.now.tree, data.now.outcomes),
    }
