"""Economy rules: periodised budget, deviation with its sign and words (pure)."""

import pandas as pd
import pytest

from folkhalsa import economy, fmt

NB = "\u00a0"


@pytest.mark.parametrize(("budget", "period_budget", "end_month", "expected"), [
    (807, 538, 8, 538),        # given: used as it is
    (75, None, 8, 50),         # not given: linear, 75 × 8 / 12
    (1200, None, 12, 1200),    # the full year
    (None, None, 8, None),     # nothing to go on: missing
    (90, float("nan"), 4, 30),
])
def test_periodised_budget(budget, period_budget, end_month, expected):
    assert economy.periodised_budget(budget, period_budget, end_month) == expected


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
    total = economy.totals(rows, end_month=8)
    assert total.budget_tkr == 180 and total.outcome_tkr == 115
    assert total.period_budget_tkr == 80 + 40  # B is linear: 60 × 8 / 12
    assert total.deviation_tkr == 5
    assert round(total.share_of_year) == 67
    assert economy.usage_sentence(total) == f"64{NB}% av årets budget är använd när 67{NB}% av året har gått."


def test_sentences():
    total = economy.Totals(1196, 676, 630, 1196, 8)
    assert economy.summary_sentence(total, 2022) == (
        f"Utfallet för jan–aug 2022 är 630{NB}tkr med en positiv budgetavvikelse om 46{NB}tkr "
        f"(periodiserad budget 676{NB}tkr).")
    assert economy.forecast_words(total) == "Prognosen är ett utfall enligt budget vid årets slut."
    assert fmt.months(4) == "jan–apr"
    assert fmt.months(8, long=True) == "januari–augusti"
