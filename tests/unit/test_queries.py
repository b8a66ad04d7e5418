"""Queries on the bundled demo data, with the real figures of seed 001 where they exist."""

import pandas as pd
import pytest

import queries
from folkhalsa import goals, rules
from folkhalsa.fetch import store_runner
from folkhalsa.followup import model, periods, trends
from folkhalsa.rules import TargetState

UR1, UR2, AR = (periods.default(p) for p in ("UR1", "UR2", "AR"))
BY_END = {4: UR1, 8: UR2, 12: AR}


HALMSTAD = "LN1380"
DIALOGUES = "Antal genomförda dialoger inom ramen för kunskapsuppdraget om tillit"


def outcomes(store, committee=HALMSTAD, year=2022, period="UR2") -> pd.DataFrame:
    return queries.run("indicator_outcomes", store, committee_id=committee, year=year, period=period)


def test_halmstad_2022_ur2_has_the_eight_indicator_rows_of_the_report(demo_store):
    rows = outcomes(demo_store)
    assert len(rows) == 8
    by_name = rows.set_index("name")
    assert by_name.at[DIALOGUES, "outcome"] == 7
    assert by_name.at[DIALOGUES, "target"] == 6
    voice = by_name.loc[by_name.index.str.startswith("Andel deltagare som upplever")].iloc[0]
    assert (voice["outcome"], voice["target"]) == (100, 90)
    assert by_name.at["Antal aktiviteter genomförda av Föräldrar Emellan", "outcome"] == 6
    assert by_name.at["Antal deltagare i aktiviteter med Föräldrar Emellan", "outcome"] == 31
    conference = by_name.at["Antal som deltar i konferensen Att leda in i framtiden", "outcome"]
    assert pd.isna(conference)  # missing, never zero
    assert set(rows["source_note"]) == {"Uppföljningsrapport 2 2022, Lokal nämnd Halmstad"}


def test_halmstad_dialogues_reach_their_target(demo_store):
    row = outcomes(demo_store).set_index("name").loc[DIALOGUES]
    assert rules.target_state(row["outcome"], row["target"], row["direction"]) is TargetState.REACHED


def test_dialogue_indicator_equals_the_activities_log(demo_store):
    for committee in ("LN1380", "LN1381", "LN1383"):
        for year, period in ((2021, "AR"), (2022, "UR2"), (2020, "UR1")):
            log = queries.run("activity_totals", demo_store, committee_id=committee, year=year,
                              first_month=1, last_month=periods.default(period).last_month)
            rows = outcomes(demo_store, committee, year, period).set_index("name")
            assert rows.at[DIALOGUES, "outcome"] == log.at[0, "n_dialogues"], (committee, year, period)


def test_goal_tree_of_halmstad_2022_matches_the_report(demo_store):
    tree = queries.run("goal_tree", demo_store, committee_id=HALMSTAD, year=2022, period="UR2")
    areas = list(tree[tree["level"] == "målområde"]["title"])
    assert areas == ["Utvecklad samverkan för Regional fysisk planering",
                     "Styrning utifrån kunskap och kvalitet inom hälso- och sjukvård"]
    assert set(goals.assessed(tree)["status"]) == {"uppfylls"}
    assert list(goals.rollup_by_area(tree)["sentence"]) == ["1 av 1 uppfylls", "2 av 2 uppfylls"]


def test_periods_with_data_stop_at_ur2_in_2022(demo_store):
    run = store_runner(demo_store)
    assert model.periods_with_data(run, HALMSTAD, 2022) == ["UR1", "UR2"]
    assert model.periods_with_data(run, HALMSTAD, 2021) == ["AR", "UR1", "UR2"]
    notes = model.source_notes(run, HALMSTAD, 2022)  # the real report's rows and the example rows
    assert any(str(n).startswith("Exempeldata") for n in notes)
    assert any("Uppföljningsrapport 2 2022" in str(n) for n in notes)


def test_status_by_committee_counts_every_assessed_goal(demo_store):
    counts = goals.status_by_committee(queries.run("goal_status_by_committee", demo_store, year=2021, period="AR"))
    counts = counts[counts["committee_id"].str.startswith("LN")]  # the six Halland committees
    assert counts.groupby("committee_id")["n_goals"].sum().eq(8).all()  # 3 uppdrag + 5 åtaganden
    assert len(counts["committee_id"].unique()) == 6


def test_indicator_trend_compares_the_same_period_every_year_up_to_the_chosen_year(demo_store):
    rows = queries.run("indicator_trend", demo_store, indicator_name=DIALOGUES, max_year=2022, period="UR2")
    trend = trends.one_period_per_year(rows, "UR2", by=("committee_id", "gender"))
    own = trend[(trend["committee_id"] == HALMSTAD) & (trend["gender"] == "T")].set_index("year")
    assert set(own["period"]) == {"UR2"}  # jan–aug beside jan–aug, never beside a full year
    assert own.at[2022, "outcome"] == 7 and own.at[2022, "period_label"] == "2022 jan–aug"
    assert 2019 not in own.index  # the trust dialogues began in 2020: no row, not zero
    earlier = queries.run("indicator_trend", demo_store, indicator_name=DIALOGUES, max_year=2021, period="AR")
    assert earlier["year"].max() == 2021  # nothing after the chosen year
    full = trends.one_period_per_year(earlier, "AR", by=("committee_id", "gender"))
    assert set(full["period"]) == {"AR"} and set(full["period_label"]) == {"2020", "2021"}


def test_a_year_without_the_chosen_period_shows_its_latest_and_says_which_months():
    rows = pd.DataFrame({"indicator_id": ["I"] * 3, "year": [2021, 2022, 2022], "period": ["AR", "UR1", "UR2"],
                         "outcome": [5.0, 1.0, 3.0]})
    picked = trends.one_period_per_year(rows, "UR2", by=("indicator_id",)).set_index("year")
    assert picked.at[2022, "outcome"] == 3 and picked.at[2022, "is_same_period"]
    assert picked.at[2021, "period"] == "AR" and not picked.at[2021, "is_same_period"]
    assert picked.at[2021, "period_label"] == "2021"


def test_gender_split_indicator_has_t_k_m(demo_store):
    indicators = queries.run("committee_indicators", demo_store, committee_id=HALMSTAD).set_index("name")
    assert indicators.at["Elever i åk 9 som är behöriga till yrkesprogram, andel", "has_gender"]
    assert not indicators.at[DIALOGUES, "has_gender"]
    assert (indicators["n_committees"] == 6).all()
    assert 5 <= len(indicators) <= 10


def test_every_demo_row_names_its_source(demo_store):
    for table in ("goals", "goal_assessments", "indicators", "indicator_values", "activities", "budget"):
        missing = demo_store.query(f"select count(*) as n from {table} where source_note is null")
        assert missing.at[0, "n"] == 0, table


def test_parameters_must_match_the_query(demo_store):
    with pytest.raises(TypeError):
        queries.run("goal_tree", demo_store, committee_id=HALMSTAD, year=2022)
    with pytest.raises(KeyError):
        queries.run("../secrets", demo_store)
