"""Economy rules: periodised budget, deviation with its sign and words (pure)."""

import pandas as pd
import pytest

from folkhalsa import economy, fmt
from folkhalsa.followup import periods

UR1, UR2, AR = (periods.default(p) for p in ("UR1", "UR2", "AR"))
BY_END = {4: UR1, 8: UR2, 12: AR}


NB = "\u00a0"


@pytest.mark.parametrize(("budget", "period_budget", "end_month", "expected"), [
    (807, 538, 8, 538),        # given: used as it is
    (75, None, 8, 50),         # not given: linear, 75 × 8 / 12
    (1200, None, 12, 1200),    # the full year
    (None, None, 8, None),     # nothing to go on: missing
    (90, float("nan"), 4, 30),
])
def test_periodised_budget(budget, period_budget, end_month, expected):
    assert economy.periodised_budget(budget, period_budget, BY_END[end_month]) == expected


@pytest.mark.parametrize(("value", "sign", "text", "words"), [
    (46, "positive", f"+46{NB}tkr", f"positiv budgetavvikelse om 46{NB}tkr"),
    (-34, "negative", f"−34{NB}tkr", f"negativ budgetavvikelse om 34{NB}tkr"),
    (0, "zero", f"±0{NB}tkr", "ingen budgetavvikelse"),
    (0.4, "zero", f"±0{NB}tkr", "ingen budgetavvikelse"),
    (None, "missing", "–", "budgetavvikelsen går inte att räkna ut"),
])
def test_deviation_sign_text_and_words(value, sign, text, words):
    assert economy.deviation_sign(value) == sign
    assert economy.deviation_kind(value) in words or sign == "missing"
    assert economy.deviation_text(value) == text
    assert economy.deviation_words(value) == words


def test_deviation_is_budget_minus_outcome_and_missing_stays_missing():
    assert economy.deviation(676, 630) == 46
    assert economy.deviation(99, 145) == -46
    assert economy.deviation(None, 145) is None
    assert economy.deviation(50, None) is None


def test_deviation_has_symbol_and_colour_from_the_theme():
    assert economy.deviation_label_short(-34) == f"▼ −34{NB}tkr"
    assert economy.DEVIATION_COLOUR["positive"] != economy.DEVIATION_COLOUR["negative"]


def test_totals_sum_only_the_top_posts():
    rows = pd.DataFrame({
        "account": ["A", "A1", "B"], "parent_account": [None, "A", None], "position": [1, 2, 3],
        "budget_tkr": [120.0, 120.0, 60.0], "period_budget_tkr": [80.0, 80.0, None],
        "outcome_tkr": [70.0, 70.0, 45.0], "forecast_tkr": [120.0, 120.0, 60.0],
    })
    total = economy.totals(rows, UR2)
    assert total.budget_tkr == 180 and total.outcome_tkr == 115
    assert total.period_budget_tkr == 80 + 40  # B is linear: 60 × 8 / 12
    assert total.deviation_tkr == 5
    assert round(total.share_of_year) == 67
    assert economy.usage_sentence(total) == f"64{NB}% av årets budget är använd när 67{NB}% av året har gått."


def test_sentences():
    total = economy.Totals(1196, 676, 630, 1196, UR2, 46, 0)
    assert economy.summary_sentence(total, 2022, "Nämndens") == (
        f"Nämndens utfall för jan–aug 2022 är 630{NB}tkr med en positiv budgetavvikelse om 46{NB}tkr "
        f"(periodiserad budget 676{NB}tkr). Prognosen för helåret är 1{NB}196{NB}tkr, ett utfall enligt budget.")
    over = economy.Totals(100, 50, 60, 110, UR2, -10, -10)
    assert economy.summary_sentence(over, 2022) == (
        f"Utfallet för jan–aug 2022 är 60{NB}tkr med en negativ budgetavvikelse om 10{NB}tkr "
        f"(periodiserad budget 50{NB}tkr). Prognosen för helåret är 110{NB}tkr, ett underskott om 10{NB}tkr mot budget.")
    unknown = economy.Totals(None, None, None, None, UR2)
    assert economy.summary_sentence(unknown, 2022) == (
        "Utfallet för jan–aug 2022 är inte registrerat. Prognos för helåret saknas.")
    no_budget = economy.Totals(None, None, 60, 80, UR2)
    assert economy.summary_sentence(no_budget, 2022) == (
        f"Utfallet för jan–aug 2022 är 60{NB}tkr; budget för perioden saknas. Prognosen för helåret är 80{NB}tkr.")
    assert fmt.month_span(1, 4) == "jan–apr"
    assert fmt.month_span(1, 8, long=True) == "januari–augusti"


def test_stated_deviations_win_and_the_report_periodisation_follows_from_them():
    rows = pd.DataFrame({
        "account": ["Personal", "Övrigt", "Utv", "Kurs"], "parent_account": [None, None, "Övrigt", "Övrigt"],
        "position": [1, 2, 3, 4], "budget_tkr": [807.0, 389.0, 330.0, 59.0],
        "period_budget_tkr": [None, None, None, None], "outcome_tkr": [458.0, 172.0, 145.0, 27.0],
        "forecast_tkr": [807.0, 389.0, 330.0, 59.0], "stated_deviation_tkr": [80.0, -34.0, -46.0, None],
        "stated_forecast_deviation_tkr": [0.0, 0.0, None, None], "row_kind": [None, None, "utvecklingsmedel", None],
    })
    ruled = economy.with_rules(rows, UR2).set_index("account")
    assert ruled.at["Övrigt", "deviation_tkr"] == -34 and ruled.at["Övrigt", "deviation_is_stated"]
    assert ruled.at["Övrigt", "period_budget_tkr"] == 138  # outcome + stated deviation, not 389 × 8/12
    assert ruled.at["Kurs", "deviation_tkr"] == 59 * 8 / 12 - 27  # not stated: computed, unrounded
    total = economy.totals(rows, UR2)
    assert total.deviation_tkr == 46 and total.period_budget_tkr == 676 and not total.is_stated
    assert list(economy.development_funds(rows)["account"]) == []  # the marked post has no children here
    assert economy.fund_posts(rows) == ["Utv"]


def test_a_stated_total_is_shown_as_stated_and_disagreements_warn():
    rows = pd.DataFrame({
        "account": ["A", "B", "Summa", "A1", "A2"], "parent_account": [None, None, None, "A", "A"],
        "position": [1, 2, 3, 4, 5], "budget_tkr": [100.4, 100.4, 201.0, 60.0, 10.0],
        "period_budget_tkr": [50.2, 50.2, None, None, None], "outcome_tkr": [40.0, 40.0, 80.0, 30.0, 5.0],
        "forecast_tkr": [100.0, 100.0, 200.0, None, None], "stated_deviation_tkr": [10.0, 14.0, 21.0, None, None],
        "stated_forecast_deviation_tkr": [None] * 5, "row_kind": [None, None, "summa", None, "varav"],
    })
    total = economy.totals(rows, UR2)
    assert total.is_stated and total.deviation_tkr == 21 and total.budget_tkr == 201
    warnings = economy.check(rows, UR2)
    assert any("”B”" in w and "angiven avvikelse" in w for w in warnings)  # 50,2 − 40 is not 14
    assert not any("”A”: angiven" in w for w in warnings)  # 10,2 against 10: rounding
    assert any("”A”: underposternas budget" in w for w in warnings)  # 60 (A2 is varav) against 100,4
    assert not any("Summaraden" in w and "budget" in w for w in warnings)  # 200,8 against 201: rounding
