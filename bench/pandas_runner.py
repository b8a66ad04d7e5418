"""The same named queries answered the two ways a Streamlit developer would otherwise write them.

``naive_runner(folder)``: pandas reads the Parquet files a page needs on every rerun (each
file at most once per page run). ``cached_runner(tables)``: every table loaded into pandas once
(as ``st.cache_resource`` would hold it) and filtered in memory. Both return the columns of
``queries/<name>.sql`` so the follow-up model and the pages' helpers run unchanged on them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from folkhalsa.schema import TABLES

Tables = Callable[[str], pd.DataFrame]
# Queries that select one table's rows of a committee: (columns, order).
COMMITTEE_ROWS = {"organisation_words": (["kind", "definite", "report"], []),
                  "goal_level_words": (["depth", "level", "plural", "assessed"], ["depth"]),
                  "parties": (["party", "name", "position"], ["position", "party"]),
                  "plan_periods": (["name", "first_year", "last_year"], ["first_year", "last_year", "name"])}


def read_table(folder: Path, name: str) -> pd.DataFrame:
    """One table as pandas would read it; a column the schema gained later and the file lacks is
    empty (as the store reads it)."""
    path = folder / f"{name}.parquet"
    wanted = TABLES[name].column_names
    present = set(pq.read_schema(path).names) if path.is_file() else set()
    frame = (pd.read_parquet(path, columns=[c for c in wanted if c in present]) if path.is_file()
             else pd.DataFrame(columns=wanted))
    for column in wanted:
        if column not in frame.columns:
            frame[column] = None
    return frame[wanted]


def load_all(folder: Path) -> dict[str, pd.DataFrame]:
    return {name: read_table(folder, name) for name in TABLES}


def _names(t: Tables) -> pd.DataFrame:
    return t("committee_municipalities").groupby("committee_id", as_index=False).agg(
        municipality_name=("municipality_name", "min"), municipality_code=("municipality_code", "min"))


def _in_months(dates: pd.Series, first: int, last: int) -> pd.Series:
    months = pd.to_datetime(dates).dt.month
    return (months >= first) & (months <= last)


def _year(dates: pd.Series) -> pd.Series:
    return pd.to_datetime(dates).dt.year


def answer(t: Tables, name: str, p: dict) -> pd.DataFrame:
    if name == "committee_options":
        c = t("committees").rename(columns={"name": "committee_name"})
        links = t("committee_municipalities")[["committee_id", "municipality_code", "municipality_name"]]
        return links.merge(c[["committee_id", "committee_name", "active_from", "active_to"]],
                           on="committee_id").sort_values("municipality_name")
    if name == "years_available":
        return pd.DataFrame({"year": sorted(t("goals")["year"].unique(), reverse=True)})
    if name == "periods_of_committee":
        rows = t("periods")
        return rows[rows["committee_id"] == p["committee_id"]][
            ["year", "period", "first_month", "last_month", "label"]].sort_values(
            ["year", "last_month", "first_month", "period"])
    ind = t("indicators") if name in ("year_sources", "indicator_outcomes",
                                       "committee_indicators", "indicator_trend", "indicator_baselines",
                                       "report_indicator_history") else None
    if name == "year_sources":
        goals, assess, values = t("goals"), t("goal_assessments"), t("indicator_values")
        own_goals = goals[(goals["committee_id"] == p["committee_id"]) & (goals["year"] == p["year"])]
        a = assess.merge(own_goals[["goal_id", "year"]], on=["goal_id", "year"])
        own_ids = ind[ind["committee_id"] == p["committee_id"]]["indicator_id"]
        v = values[(values["year"] == p["year"]) & values["indicator_id"].isin(own_ids)]
        cited = pd.concat([a[["period", "source_note"]], v[["period", "source_note"]]])
        return cited.groupby(["period", "source_note"], dropna=False).size().rename("n_rows").reset_index()
    if name in ("activity_log", "activity_totals"):
        acts = t("activities")
        log = acts[(acts["committee_id"] == p["committee_id"]) & (_year(acts["date"]) == p["year"])
                   & _in_months(acts["date"], p["first_month"], p["last_month"])]
        if name == "activity_totals":
            dialog = log["kind"] == "dialog"
            return pd.DataFrame([{"n_dialogues": int(dialog.sum()), "n_activities": len(log),
                                  "n_participants": log["participants_total"].sum(min_count=1),
                                  "n_dialogue_participants": log["participants_total"][dialog].sum(min_count=1)}])
        log = log.assign(month=pd.to_datetime(log["date"]).dt.month)
        return log.drop(columns=["committee_id", "end_date"]).sort_values(["date", "activity_id"])
    if name == "indicator_outcomes":
        own = ind[ind["committee_id"] == p["committee_id"]].drop(columns=["committee_id", "description",
                                                                          "source_note"])
        values = t("indicator_values")
        v = values[(values["year"] == p["year"]) & (values["period"] == p["period"])]
        return own.merge(v.drop(columns=["year", "period"]), on="indicator_id").sort_values(
            ["indicator_id", "gender"], ascending=[True, False])
    if name in ("goal_tree", "goal_status_by_committee"):
        goals, assess = t("goals"), t("goal_assessments")
        g = goals[goals["year"] == p["year"]]
        if name == "goal_tree":
            g = g[g["committee_id"] == p["committee_id"]]
        in_year = assess[assess["year"] == p["year"]]
        now = in_year[in_year["period"] == p["period"]][["goal_id", "status", "comment", "source_note"]]
        out = g.merge(now.rename(columns={"source_note": "assessment_source"}), on="goal_id", how="left")
        out["has_children"] = out["goal_id"].isin(set(g["parent_id"].dropna()))
        out["has_assessment_in_year"] = out["goal_id"].isin(set(in_year["goal_id"]))
        if name == "goal_tree":
            out["source_note"] = out["assessment_source"].fillna(out["source_note"])
            return out.sort_values(["position", "goal_id"])
        names = t("committees")[["committee_id", "name"]].rename(columns={"name": "committee_name"}).merge(
            _names(t)[["committee_id", "municipality_name"]], on="committee_id")
        return out.merge(names, on="committee_id").sort_values(["municipality_name", "goal_id"])
    if name == "goal_activities_of_period":
        goals, ga = t("goals"), t("goal_activities")
        own = goals[(goals["committee_id"] == p["committee_id"]) & (goals["year"] == p["year"])]["goal_id"]
        return ga[(ga["year"] == p["year"]) & (ga["period"] == p["period"]) & ga["goal_id"].isin(own)]
    if name == "texts_of_period":
        tx = t("texts")
        return tx[(tx["committee_id"] == p["committee_id"]) & (tx["year"] == p["year"])
                  & (tx["period"] == p["period"])][["kind", "text", "source_note"]].sort_values("kind")
    if name == "committee_indicators":
        own = ind[ind["committee_id"] == p["committee_id"]]
        values = t("indicator_values")
        v = values[values["indicator_id"].isin(own["indicator_id"]) & values["gender"].isin(["K", "M"])]
        shared = ind.groupby("name")["committee_id"].nunique().rename("n_committees")
        out = own.merge(shared, left_on="name", right_index=True)
        out["has_gender"] = out["indicator_id"].isin(set(v["indicator_id"]))
        return out.sort_values("indicator_id")
    if name == "indicator_baselines":
        own = ind[(ind["committee_id"] == p["committee_id"]) & ind["baseline_year"].notna()]
        values = t("indicator_values")
        v = values[values["indicator_id"].isin(own["indicator_id"])].merge(
            own[["indicator_id", "baseline_year"]], on="indicator_id")
        v = v[v["year"] == v["baseline_year"]]
        return v[["indicator_id", "period", "gender", "outcome", "comment"]].sort_values(
            ["indicator_id", "period", "gender"])
    if name == "indicator_trend":
        matching = ind[ind["name"] == p["indicator_name"]][["indicator_id", "committee_id"]]
        values = t("indicator_values")
        v = values[(values["year"] <= p["max_year"]) & values["indicator_id"].isin(matching["indicator_id"])]
        has = (v["period"] == p["period"]).groupby([v["indicator_id"], v["year"], v["gender"]]).transform("any")
        v = v[(v["period"] == p["period"]) | ~has]
        out = v.merge(matching, on="indicator_id").merge(_names(t)[["committee_id", "municipality_name"]],
                                                         on="committee_id")
        return out.sort_values(["municipality_name", "year", "period", "gender"])
    if name == "report_indicator_history":
        own = ind[ind["committee_id"] == p["committee_id"]][["indicator_id", "name", "unit", "direction"]]
        values = t("indicator_values")
        v = values[(values["gender"] == "T") & (values["year"] <= p["year"])
                   & values["indicator_id"].isin(own["indicator_id"])]
        return v.merge(own, on="indicator_id").sort_values(["indicator_id", "year", "period"])
    if name == "activity_by_committee_year":
        acts = t("activities")
        log = acts[_in_months(acts["date"], p["first_month"], p["last_month"])]
        log = log.assign(year=_year(log["date"]), dialog=log["kind"] == "dialog")
        log = log.assign(dp=log["participants_total"].where(log["dialog"]))
        out = log.groupby(["committee_id", "year"], as_index=False).agg(
            n_activities=("activity_id", "size"), n_dialogues=("dialog", "sum"),
            n_participants=("participants_total", "sum"), n_dialogue_participants=("dp", "sum"),
            n_participants_women=("participants_women", "sum"), n_participants_men=("participants_men", "sum"),
            n_target_groups=("target_group", "nunique"))
        return out.merge(_names(t), on="committee_id").sort_values(["municipality_name", "year"])
    if name in COMMITTEE_ROWS:  # one table's rows of a committee
        columns, order = COMMITTEE_ROWS[name]
        rows = t(name)
        rows = rows[rows["committee_id"] == p["committee_id"]][columns]
        return rows.sort_values(order) if order else rows
    if name == "budget_rows":
        b = t("budget")
        rows = b[(b["committee_id"] == p["committee_id"]) & (b["year"] == p["year"]) & (b["period"] == p["period"])]
        return rows.rename(columns={"deviation_tkr": "stated_deviation_tkr",
                                    "forecast_deviation_tkr": "stated_forecast_deviation_tkr"}).sort_values(
            ["position", "account"])
    if name == "budget_top_posts_by_year":
        b = t("budget")
        rows = b[(b["committee_id"] == p["committee_id"]) & b["parent_account"].isna()]
        return rows.rename(columns={"deviation_tkr": "stated_deviation_tkr",
                                    "forecast_deviation_tkr": "stated_forecast_deviation_tkr"}).sort_values(
            ["year", "period", "account"])
    if name == "survey_rounds":
        s = t("survey_results")
        out = s.groupby(["survey", "survey_year"], as_index=False).agg(
            n_municipalities=("municipality_code", "nunique"),
            municipality_codes=("municipality_code", lambda c: sorted(set(c))),
            n_questions=("question", "nunique"),
            has_example_data=("source_note", lambda n: bool(n.fillna("").str.startswith("Exempeldata").any())))
        return out
    if name == "survey_questions":
        s = t("survey_results")
        s = s[s["survey"] == p["survey"]].reset_index(drop=True)
        s = s.assign(row_order=s.index)
        return s.groupby(["area", "question"], as_index=False, sort=False).agg(
            question_order=("row_order", "min"),
            survey_years=("survey_year", lambda y: sorted(set(y)))).sort_values("question_order")
    if name == "survey_question_results":
        s = t("survey_results")
        s = s[(s["survey"] == p["survey"]) & (s["question"] == p["question"])].reset_index(drop=True)
        order = s.assign(row_order=s.index).groupby("answer")["row_order"].min().rename("answer_order")
        names = t("committee_municipalities").groupby("municipality_code")["municipality_name"].min()
        s = s.merge(order, left_on="answer", right_index=True).merge(names, left_on="municipality_code",
                                                                     right_index=True, how="left")
        s["municipality_name"] = s["municipality_name"].fillna(s["municipality_code"])
        return s.sort_values(["survey_year", "municipality_name", "group", "gender", "answer_order"])
    raise KeyError(name)


def naive_runner(folder: Path) -> Callable[..., pd.DataFrame]:
    """Reads each Parquet file a page needs from disk (once per page run, as a page script would)."""
    read: dict[str, pd.DataFrame] = {}

    def table(name: str) -> pd.DataFrame:
        if name not in read:
            read[name] = read_table(folder, name)
        return read[name]

    return lambda name, **params: answer(table, name, params)


def cached_runner(tables: dict[str, pd.DataFrame]) -> Callable[..., pd.DataFrame]:
    """Filters tables that were loaded into memory once."""
    return lambda name, **params: answer(tables.__getitem__, name, params)
