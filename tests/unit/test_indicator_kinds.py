"""The status rule of each indicator kind (folkhalsa/followup/indicators.py), one by one."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd
import pytest

from folkhalsa import rules
from folkhalsa.followup import indicators as kinds

NB = "\u00a0"


def word(*args, **kwargs) -> str:
    return kinds.state(*args, **kwargs).word


# --- kind_of -----------------------------------------------------------------------------------

@pytest.mark.parametrize("given, expected", [
    (None, "indikator"), (float("nan"), "indikator"), (pd.NA, "indikator"), ("", "indikator"),
    ("okänd typ", "indikator"), ("  Effektmål ", "effektmål"), ("MILSTOLPE", "milstolpe"),
    ("Långsiktig  indikator", "långsiktig indikator"), (42, "indikator"),
])
def test_kind_of_defaults_to_a_plain_indicator(given, expected):
    assert kinds.kind_of(given) == expected


# --- a plain indicator: today's target rule ----------------------------------------------------

@pytest.mark.parametrize("outcome, target, direction, expected", [
    (7, 6, "higher", rules.TargetState.REACHED), (6, 6, "higher", rules.TargetState.REACHED),
    (5, 6, "higher", rules.TargetState.NOT_REACHED), (5, 6, "lower", rules.TargetState.REACHED),
    (None, 6, "higher", rules.TargetState.NO_OUTCOME), (7, None, "higher", rules.TargetState.NO_TARGET),
    (float("nan"), float("nan"), "higher", rules.TargetState.NO_OUTCOME),
    (1e308, 1e307, "higher", rules.TargetState.REACHED), (-1e308, 0, "lower", rules.TargetState.REACHED),
])
def test_a_plain_indicator_keeps_the_target_rule(outcome, target, direction, expected):
    state = kinds.state("indikator", outcome, target, direction)
    assert state.word == rules.TARGET_WORDS[expected]
    assert state.attention is (expected is rules.TargetState.NOT_REACHED)


def test_any_kind_with_a_target_is_judged_by_the_target_even_with_a_baseline():
    assert word("effektmål", 40, 50, "higher", "procent", baseline_year=2018, baseline=30, year=2019) == \
        rules.TARGET_WORDS[rules.TargetState.NOT_REACHED]
    assert word("långsiktig indikator", 60, 50, "higher", "procent") == rules.TARGET_WORDS[rules.TargetState.REACHED]


# --- long-term indicator -----------------------------------------------------------------------

def test_a_long_term_indicator_without_target_is_followed_without_status():
    state = kinds.state("långsiktig indikator", 85, None, "higher", "procent")
    assert state.word == "Följs över tid" and state.key == "followed" and not state.attention
    assert word("långsiktig indikator", None, None, "higher") == "Följs över tid"


def test_an_effect_goal_without_target_or_baseline_says_so():
    assert word("effektmål", 3, None, "higher") == "Inget målvärde"
    assert word("effektmål", None, None, "higher") == "Utfall saknas"


# --- milestone ---------------------------------------------------------------------------------

def test_a_milestone_is_done_with_its_date_or_not_done():
    assert word("milstolpe", 1, None, "higher", done_date=date(2019, 5, 31)) == "✓ Genomförd (2019-05-31)"
    assert word("milstolpe", 1, None, "higher") == "✓ Genomförd"
    assert word("milstolpe", None, None, "higher", done_date=pd.Timestamp("2019-06-01")) == "✓ Genomförd (2019-06-01)"
    assert word("milstolpe", 0, None, "higher") == "✗ Inte genomförd"
    assert word("milstolpe", None, None, "higher") == "Utfall saknas"
    assert word("milstolpe", float("nan"), None, "higher", done_date=pd.NaT) == "Utfall saknas"
    assert word("milstolpe", 1e308, None, "higher") == "✓ Genomförd"


def test_a_milestone_ignores_a_target():
    assert word("milstolpe", 0, 1, "higher") == "✗ Inte genomförd"


# --- direction-only goal with a baseline year ---------------------------------------------------

def effect(outcome, baseline, direction="higher", unit="procent", year=2022, **kw) -> kinds.State:
    return kinds.state("effektmål", outcome, None, direction, unit, baseline_year=2018, baseline=baseline,
                       year=year, **kw)


def test_an_increase_is_in_the_wanted_direction_when_higher_is_better():
    state = effect(52, 45)
    assert state.word == f"✓ Ökat sedan 2018 (+7{NB}%-enheter), i önskad riktning"
    assert state.key == "better" and not state.attention


def test_an_increase_is_against_the_wanted_direction_when_lower_is_better():
    state = effect(12, 10, "lower")
    assert state.word == f"✗ Ökat sedan 2018 (+2{NB}%-enheter), mot önskad riktning"
    assert state.key == "worse" and state.attention


def test_a_decrease_when_lower_is_better():
    assert effect(8, 10, "lower").word == f"✓ Minskat sedan 2018 (−2{NB}%-enheter), i önskad riktning"


def test_a_tie_is_unchanged():
    assert effect(45, 45).word == "= Oförändrat sedan 2018"
    assert effect(0, 0, unit="antal").key == "unchanged"


def test_a_tiny_change_of_a_share_is_not_called_a_change_without_saying_so():
    state = effect(45.4, 45)
    assert state.key == "uncertain" and "liten förändring" in state.word and "önskad" not in state.word


def test_a_share_change_inside_its_interval_is_no_certain_change():
    state = effect(60, 50, respondents=(24, 20))  # few respondents: the interval of the difference holds 0
    assert state.key == "uncertain" and "ingen säker förändring" in state.word
    assert effect(60, 50, respondents=(5000, 5000)).key == "better"


def test_few_counts_say_so():
    state = effect(4, 2, unit="antal")
    assert state.key == "better" and "få" in state.word


def test_no_baseline_value_and_no_outcome():
    assert effect(50, None).word == "Inget basårsvärde (2018)"
    assert effect(50, float("nan")).key == "no_baseline"
    assert effect(None, 45).word == "Utfall saknas"


def test_the_baseline_year_itself_and_years_before_it():
    assert effect(45, 45, year=2018).word == f"Basår (45{NB}%)"
    assert effect(None, None, year=2018).word == "Basår"
    assert effect(40, 45, year=2017).word == "Före basåret 2018"


def test_extreme_values_and_unknown_direction():
    assert effect(1e308, -1e308, unit="tkr").key == "better"
    assert effect(3, 1, direction="okänd", unit="antal").key == "uncertain"
    assert kinds.state("effektmål", 5, None, "higher", baseline_year=float("nan"), baseline=1).word == "Inget målvärde"
    assert kinds.state("effektmål", 5, None, "higher", baseline_year=32767, baseline=1, year=2022).key == \
        "before_baseline"


# --- cells and rule texts -----------------------------------------------------------------------

def test_cells_say_what_each_kind_means():
    assert kinds.outcome_text("milstolpe", 1, "antal") == "Genomförd"
    assert kinds.outcome_text("milstolpe", 0, "antal") == "Inte genomförd"
    assert kinds.outcome_text("milstolpe", None, "antal") == "–"
    assert kinds.outcome_text("effektmål", 52.5, "procent") == f"52,5{NB}%"
    assert kinds.target_text("effektmål", None, 52, "procent", 2018, 45) == f"basår 2018: 45{NB}%"
    assert kinds.target_text("effektmål", None, 52, "procent", 2018, None) == "basår 2018: –"
    assert kinds.target_text("långsiktig indikator", None, 3, "antal") == "följs över tid"
    assert kinds.target_text("milstolpe", 1, 1, "antal") == "–"
    assert kinds.target_cell(None, None, 3, "antal") == "–"  # plain indicators look as before
    assert kinds.target_text(None, None, 3, "antal") == "inget målvärde"


@pytest.mark.parametrize("kind, needle", [
    ("indikator", "årets målvärde"), ("långsiktig indikator", "följs över tid"),
    ("milstolpe", "genomförd"), ("effektmål", "basåret 2018"),
])
def test_each_kind_states_its_rule(kind, needle):
    base = 2018 if kind == "effektmål" else None
    assert needle in kinds.rule_text(kind, "higher", base)


def test_the_rule_of_an_effect_goal_says_the_wanted_direction():
    assert "en minskning sedan dess är i önskad riktning" in kinds.rule_text("effektmål", "lower", 2018)
    assert "basåret 2018" in kinds.rule_text("effektmål", "higher", 2018, has_target=True)


# --- frames -------------------------------------------------------------------------------------

def test_with_state_works_on_rows_of_an_older_store_without_the_new_columns():
    rows = pd.DataFrame({"outcome": [7.0, None], "target": [6.0, 6.0], "direction": ["higher", "higher"],
                         "unit": ["antal", "antal"]})
    states = kinds.with_state(rows)["state"]
    assert [s.word for s in states] == [rules.TARGET_WORDS[rules.TargetState.REACHED],
                                        rules.TARGET_WORDS[rules.TargetState.NO_OUTCOME]]
    assert not kinds.has_kinds(rows)
    assert kinds.has_kinds(rows.assign(kind=[None, "milstolpe"]))
    assert kinds.has_kinds(rows.assign(baseline_year=[None, 2018]))


def test_the_baseline_is_the_same_period_else_the_years_last_with_a_value():
    base = pd.DataFrame({
        "indicator_id": ["A", "A", "A", "B", "B", "C"],
        "period": ["UR1", "UR2", "AR", "UR1", "AR", "AR"],
        "gender": ["T"] * 6,
        "outcome": [10.0, 20.0, 30.0, 5.0, math.nan, math.nan],
        "comment": [None] * 6,
    })
    found = kinds.baseline_values(base, "UR2")
    assert found[("A", "T")][:2] == (20.0, "UR2")
    assert found[("B", "T")][:2] == (5.0, "UR1")  # AR has no value: the last with one
    assert ("C", "T") not in found
    assert kinds.baseline_values(base, "T3")[("A", "T")][:2] == (30.0, "AR")
    rows = pd.DataFrame({"indicator_id": ["A", "C"], "gender": ["T", "T"], "unit": ["procent", "procent"]})
    joined = kinds.with_baseline(rows, base, "UR2")
    assert joined["baseline_outcome"].iloc[0] == 20.0 and pd.isna(joined["baseline_outcome"].iloc[1])


def test_history_takes_the_baseline_from_its_own_rows():
    history = pd.DataFrame({
        "indicator_id": ["E", "E", "E"], "year": [2017, 2018, 2019], "outcome": [50.0, 45.0, 52.0],
        "target": [None, None, None], "direction": ["higher"] * 3, "unit": ["procent"] * 3,
        "kind": ["effektmål"] * 3, "baseline_year": [2018] * 3,
    }, index=[5, 5, 7])  # a repeated index, as a filtered frame may have
    words = [s.word for s in kinds.history_with_state(history)["state"]]
    assert words == ["Före basåret 2018", f"Basår (45{NB}%)", f"✓ Ökat sedan 2018 (+7{NB}%-enheter), i önskad riktning"]


def test_the_summary_counts_milestones_and_goals_judged_against_their_baseline():
    rows = pd.DataFrame({
        "gender": ["T", "T", "T", "K", "T"], "kind": ["milstolpe", "milstolpe", "effektmål", "milstolpe", None],
        "outcome": [1.0, 0.0, 50.0, 1.0, 3.0], "target": [None] * 5, "direction": ["higher"] * 5,
        "unit": ["antal", "antal", "procent", "antal", "antal"], "baseline_year": [None, None, 2018, None, None],
        "baseline_outcome": [None, None, 50.0, None, None], "year": [2019] * 5,
    })
    assert kinds.summary_sentence(rows) == ("Av 2 milstolpar är 1 genomförd. Av 1 mål som bedöms mot sitt basår "
                                            "har 0 utvecklats i önskad riktning (1 oförändrade).")
    assert kinds.summary_sentence(rows[rows["kind"].isna()]) is None
