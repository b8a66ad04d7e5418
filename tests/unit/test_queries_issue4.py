"""Queries of Dialoger, LUPP and Ekonomi against the bundled demo data, with exact figures.

Halmstad 2022 UR2 carries the real figures of Uppföljningsrapport 2 2022 (seed 001).
"""

from __future__ import annotations

import pandas as pd
import pytest

import queries
from folkhalsa import activities, economy, survey
from folkhalsa.followup import periods

# seed 001's dialogue indicator, counted from the demo's activity log
DIALOGUES = "Antal genomförda dialoger inom ramen för kunskapsuppdraget om tillit"

UR1, UR2, AR = (periods.default(p) for p in ("UR1", "UR2", "AR"))
BY_END = {4: UR1, 8: UR2, 12: AR}


HALMSTAD = "LN1380"


def run(store, name: str, **params) -> pd.DataFrame:
    return queries.run(name, store, **params)


# --- Ekonomi ---------------------------------------------------------------------------------

def test_halmstad_2022_ur2_totals_are_the_reports(demo_store):
    rows = run(demo_store, "budget_rows", committee_id=HALMSTAD, year=2022, period="UR2")
    total = economy.totals(rows, UR2)
    assert total.budget_tkr == 1196
    assert total.outcome_tkr == 630
    assert total.period_budget_tkr == 676
    assert total.deviation_tkr == 46  # 676 − 630: positive, under budget
    assert total.forecast_tkr == 1196
    assert round(total.share_used) == 53
    assert economy.deviation_words(total.deviation_tkr) == "positiv budgetavvikelse om 46\u00a0tkr"


def test_halmstad_2022_ur2_posts_match_the_report(demo_store):
    rows = run(demo_store, "budget_rows", committee_id=HALMSTAD, year=2022, period="UR2")
    ruled = economy.with_rules(rows, UR2).set_index("account")
    # Avvikelse (periodiserad) column of seed 001
    assert ruled.at["Personalkostnader", "deviation_tkr"] == 80
    assert ruled.at["Övriga driftkostnader", "deviation_tkr"] == -34
    assert ruled.at["Utvecklingsmedel", "deviation_tkr"] == -46
    assert ruled.at["Kurs och konferens", "deviation_tkr"] == 10
    assert list(rows[rows["parent_account"].isna()]["account"]) == ["Personalkostnader", "Övriga driftkostnader"]
    table = economy.posts_table(rows, UR2)
    summa = table[table["Post"] == "Summa"].iloc[0]
    assert summa["Budget helår"] == "1\u00a0196\u00a0tkr"
    assert summa["Utfall jan–aug"] == "630\u00a0tkr"
    assert summa["Avvikelse (periodiserad)"] == "▲ +46\u00a0tkr"


def test_development_funds_by_purpose(demo_store):
    rows = run(demo_store, "budget_rows", committee_id=HALMSTAD, year=2022, period="UR2")
    funds = economy.development_funds(rows).set_index("account")
    assert len(funds) == 9
    assert funds["budget_tkr"].sum() == 330
    assert funds["outcome_tkr"].sum() == 145
    assert funds.at["Så mår vi i Halland", "outcome_tkr"] == 100
    assert pd.isna(funds.at["Barn och ungas hälsa", "outcome_tkr"])  # not spent: missing, not zero
    table = economy.development_funds_table(rows, UR2).set_index("Ändamål")
    assert table.at["Barn och ungas hälsa", "Utfall jan–aug"] == "–"
    assert table.at["Summa utvecklingsmedel", "Utfall jan–aug"] == "145\u00a0tkr"


def test_budget_trend_has_every_year_and_falls_back_to_the_latest_period(demo_store):
    top = run(demo_store, "budget_top_posts_by_year", committee_id=HALMSTAD)
    trend = economy.trend(top, "AR", lambda y, p: periods.default(p)).set_index("year")
    assert list(trend.index) == [2019, 2020, 2021, 2022]
    assert list(trend["period"]) == ["AR", "AR", "AR", "UR2"]  # 2022 ends at UR2
    assert trend.at[2022, "budget_tkr"] == 1196 and trend.at[2022, "deviation_tkr"] == 46
    # the full year: the periodised budget is the whole budget
    assert trend.at[2021, "period_budget_tkr"] == trend.at[2021, "budget_tkr"]


@pytest.mark.parametrize("code", ["LN1380", "LN1381", "LN1315", "LN1382", "LN1383", "LN1384"])
def test_example_budgets_add_up_like_the_real_one(demo_store, code):
    for year, period in [(2019, "UR1"), (2021, "AR"), (2022, "UR2")]:
        rows = run(demo_store, "budget_rows", committee_id=code, year=year, period=period)
        top = rows[rows["parent_account"].isna()]
        assert economy.totals(rows, AR).budget_tkr == top["budget_tkr"].sum()
        for parent in top["account"]:
            kids = rows[rows["parent_account"] == parent]
            assert kids["budget_tkr"].sum() == rows.set_index("account").at[parent, "budget_tkr"]


# --- Dialoger och aktiviteter -----------------------------------------------------------------

def test_halmstad_2022_ur2_dialogues_equal_the_log_and_the_indicator(demo_store):
    log = run(demo_store, "activity_log", committee_id=HALMSTAD, year=2022, first_month=1, last_month=8)
    assert len(log) == 23
    assert int((log["kind"] == "dialog").sum()) == 7
    assert log[log["kind"] == "dialog"]["participants_total"].sum() == 68  # seed 001: 68 participants
    outcomes = run(demo_store, "indicator_outcomes", committee_id=HALMSTAD, year=2022, period="UR2")
    dialogues = outcomes[outcomes["name"] == DIALOGUES].iloc[0]
    assert dialogues["outcome"] == 7 and dialogues["target"] == 6
    totals = run(demo_store, "activity_totals", committee_id=HALMSTAD, year=2022, first_month=1, last_month=8).iloc[0]
    assert totals["n_dialogues"] == 7


@pytest.mark.parametrize("code", ["LN1381", "LN1315", "LN1382", "LN1383", "LN1384"])
@pytest.mark.parametrize(("year", "period", "end_month"), [(2021, "AR", 12), (2022, "UR1", 4), (2022, "UR2", 8)])
def test_dialogue_indicator_is_the_count_of_the_log(demo_store, code, year, period, end_month):
    log = run(demo_store, "activity_log", committee_id=code, year=year, first_month=1, last_month=end_month)
    outcomes = run(demo_store, "indicator_outcomes", committee_id=code, year=year, period=period)
    value = outcomes[(outcomes["name"] == DIALOGUES) & (outcomes["gender"] == "T")]
    assert value["outcome"].iloc[0] == int((log["kind"] == "dialog").sum())


def test_log_is_cut_at_the_periods_end_month(demo_store):
    ur1 = run(demo_store, "activity_log", committee_id=HALMSTAD, year=2022, first_month=1, last_month=4)
    assert ur1["month"].max() <= 4 and len(ur1) == 12
    assert list(ur1["date"]) == sorted(ur1["date"])


def test_counts_by_month_and_kind_add_up_to_the_log(demo_store):
    log = run(demo_store, "activity_log", committee_id=HALMSTAD, year=2022, first_month=1, last_month=8)
    counts = activities.counts_by_month(log, 1, 8)
    assert counts["n_activities"].sum() == len(log)
    assert counts[counts["kind"] == "dialog"]["n_activities"].tolist() == [0, 0, 0, 2, 2, 2, 0, 1]
    table = activities.month_table(log, 1, 8).set_index("Typ")
    assert table.at["Totalt", "Totalt"] == 23 and table.at["Dialog", "apr"] == 2
    kinds = activities.kind_table(log).set_index("Typ")
    assert kinds.at["Dialog", "Antal"] == 7 and kinds.at["Dialog", "Deltagare"] == "68"
    assert kinds.at["Sammanträde", "Deltagare"] == "–" and kinds.at["Sammanträde", "Utan antal"] == 5


def test_participants_by_gender_only_where_known(demo_store):
    halmstad = activities.participants(
        run(demo_store, "activity_log", committee_id=HALMSTAD, year=2022, first_month=1, last_month=8))
    assert halmstad.total == 257 and halmstad.women is None and halmstad.with_gender == 0
    laholm_log = run(demo_store, "activity_log", committee_id="LN1381", year=2022, first_month=1, last_month=8)
    laholm = activities.participants(laholm_log)
    split = laholm_log.dropna(subset=["participants_women", "participants_men"])
    assert laholm.women == split["participants_women"].sum() and laholm.men == split["participants_men"].sum()
    assert laholm.with_gender == len(split) > 0


def test_comparison_over_years_and_committees(demo_store):
    by_year = run(demo_store, "activity_by_committee_year", first_month=1, last_month=8)
    by_year = by_year[by_year["committee_id"].str.startswith("LN")]  # the six Halland committees
    assert len(by_year) == 24  # six committees × four years
    row = by_year[(by_year["committee_id"] == HALMSTAD) & (by_year["year"] == 2022)].iloc[0]
    assert row["n_dialogues"] == 7 and row["n_activities"] == 23 and row["n_participants"] == 257
    table = activities.comparison_table(by_year, "n_dialogues", [2019, 2020, 2021, 2022]).set_index("Kommun")
    assert table.at["Halmstad", "2022"] == "7"


# --- LUPP och enkäter -------------------------------------------------------------------------

def test_survey_rounds_cover_six_municipalities_twice(demo_store):
    rounds = run(demo_store, "survey_rounds")
    rounds = rounds[rounds["survey"] == "LUPP"]  # Lerum's CAN round is tested in test_organisations
    assert list(rounds["survey_year"]) == [2018, 2021]
    assert list(rounds["n_municipalities"]) == [6, 6]
    assert rounds["has_example_data"].all()
    questions = run(demo_store, "survey_questions", survey="LUPP")
    assert list(dict.fromkeys(questions["area"])) == ["skola", "fritid", "hälsa", "trygghet", "inflytande", "framtid"]


def test_survey_answers_keep_the_order_of_the_source(demo_store):
    results = run(demo_store, "survey_question_results", survey="LUPP", question="Hur mår du i allmänhet?")
    assert survey.answers_of(results) == ["Mycket bra", "Ganska bra", "Ganska dåligt", "Mycket dåligt"]
    assert len(results) == 2 * 6 * 2 * 3 * 4  # rounds × municipalities × school years × genders × answers
    one = results[(results["municipality_code"] == "1380") & (results["survey_year"] == 2021)
                  & (results["group"] == "åk 8") & (results["gender"] == "T")]
    assert one["share"].sum() == pytest.approx(100, abs=2)
    assert set(one["municipality_name"]) == {"Halmstad"}


def test_small_groups_are_suppressed_in_the_demo_data(demo_store):
    results = run(demo_store, "survey_question_results", survey="LUPP", question="Hur trivs du i skolan?")
    hylte = survey.suppress(results[(results["municipality_code"] == "1315") & (results["survey_year"] == 2021)
                                    & (results["group"] == "gymnasiet år 2")])
    assert hylte[hylte["gender"].isin(["K", "M"])]["n_respondents"].max() < 10
    assert hylte[hylte["gender"].isin(["K", "M"])]["is_suppressed"].all()
    assert hylte[hylte["gender"].isin(["K", "M"])]["shown_share"].isna().all()
    assert not hylte[hylte["gender"] == "T"]["is_suppressed"].any()  # 16 respondents in all
    table = survey.answers_table(hylte, ["gymnasiet år 2"], ["T", "K", "M"]).set_index("Kön")
    assert table.at["Flickor", "Mycket bra"] == ".."
    assert table.at["Flickor", "Antal svarande"] == "n\u00a0=\u00a08"
    assert table.at["Totalt", "Mycket bra"] != ".."
    # no large group is ever suppressed
    everything = survey.suppress(results)
    assert not everything[everything["n_respondents"] >= 10 * 2]["is_suppressed"].any()
