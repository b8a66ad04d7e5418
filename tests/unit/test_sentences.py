"""The drafted sentences: change, size, periods compared, target, uncertainty, small numbers."""

from __future__ import annotations

import pytest

from folkhalsa import sentences as s
from folkhalsa.sentences import Point, indicator_sentence, key_figure_sentence

NB = "\u00a0"
MINUS = "\u2212"
SHARE = "Andel elever som mår bra"


def p(value, year=2022, span="jan–aug", period="UR2", n=None, asked=None) -> Point:
    return Point(value, year, span, period, n, asked)


# --- Wilson's score interval against known values ---------------------------------------------

@pytest.mark.parametrize(("k", "n", "low", "high"), [
    (24, 24, 0.8620, 1.0),      # all of few: still not proof of everyone
    (0, 10, 0.0, 0.2775),
    (45, 100, 0.3561, 0.5476),
    (5, 10, 0.2366, 0.7634),
    (1, 2, 0.0945, 0.9055),
])
def test_wilson_interval_matches_known_values(k, n, low, high):
    lo, hi = s.wilson(k, n)
    assert lo == pytest.approx(low, abs=5e-4)
    assert hi == pytest.approx(high, abs=5e-4)


def test_share_interval_is_in_percent_and_refuses_no_respondents():
    lo, hi = s.share_interval(100, 24)
    assert round(lo) == 86 and hi == 100
    with pytest.raises(ValueError):
        s.wilson(0, 0)


def test_difference_interval_holds_zero_for_small_samples_only():
    assert not s.change_is_certain(p(45, 2021, n=100), p(52, n=100))
    assert s.change_is_certain(p(45, 2021, n=2000), p(52, n=2000))
    assert s.change_is_certain(p(45, 2021), p(52))  # no respondents: the figures are taken as exact


# --- Indicators --------------------------------------------------------------------------------

def test_rising_share_reaching_its_target():
    text = indicator_sentence(SHARE, "procent", "higher", p(52), p(45, 2021), 50)
    assert text == (f"Andelen elever som mår bra ökade från 45{NB}% till 52{NB}% (+7{NB}%-enheter, en förbättring) "
                    f"mellan jan–aug 2021 och jan–aug 2022; målvärdet 50{NB}% nås.")


def test_falling_share_missing_its_target_uses_the_true_minus():
    text = indicator_sentence(SHARE, "procent", "higher", p(44), p(51, 2021), 50)
    assert f"minskade från 51{NB}% till 44{NB}% ({MINUS}7{NB}%-enheter, en försämring)" in text
    assert text.endswith(f"målvärdet 50{NB}% nås inte.")
    assert "-7" not in text


def test_flat_says_it_stayed():
    text = indicator_sentence(SHARE, "procent", "higher", p(50), p(50, 2021), 50)
    assert f"låg kvar på 50{NB}% mellan jan–aug 2021 och jan–aug 2022 (samma månader)" in text
    assert "ökade" not in text and "minskade" not in text


def test_lower_is_better_calls_a_fall_an_improvement():
    text = indicator_sentence("Ofördelade utvecklingsmedel vid årets slut", "tkr", "lower",
                              p(25, span="jan–dec", period="AR"), p(38, 2021, span="jan–dec", period="AR"), 30)
    assert text == (f"Ofördelade utvecklingsmedel vid årets slut minskade från 38{NB}tkr till 25{NB}tkr "
                    f"({MINUS}13{NB}tkr, en förbättring eftersom lägre är bättre) mellan helåret 2021 och helåret 2022; "
                    f"målvärdet 30{NB}tkr nås.")


def test_lower_is_better_above_target_is_not_reached():
    text = indicator_sentence("Ofördelade medel", "tkr", "lower", p(38), p(25, 2021), 30)
    assert "en försämring eftersom lägre är bättre" in text and text.endswith("nås inte.")


def test_no_target_says_inget_malvarde_never_saknas():
    text = indicator_sentence("Antal deltagare", "antal", "higher", p(31), p(34, 2021), None)
    assert text.endswith("; inget målvärde.")
    assert "saknas" not in text


def test_missing_outcome_says_utfall_saknas_and_states_the_target():
    text = indicator_sentence(SHARE, "procent", "higher", p(None), p(76, 2021), 80)
    assert text == f"Andelen elever som mår bra: utfall saknas för jan–aug 2022; målvärdet är 80{NB}%."
    text = indicator_sentence("Antal som deltar", "antal", "higher", p(float("nan")), None, None)
    assert text == "Antalet som deltar: utfall saknas för jan–aug 2022; inget målvärde."


def test_missing_earlier_outcome_or_year_gives_no_comparison():
    text = indicator_sentence(SHARE, "procent", "higher", p(52), p(None, 2021), 50)
    assert f"var 52{NB}% jan–aug 2022; utfall saknas för jan–aug 2021, så ingen jämförelse" in text
    text = indicator_sentence(SHARE, "procent", "higher", p(52), None, 50)
    assert "samma period året före finns inte att jämföra med" in text
    assert "ökade" not in text


def test_part_of_a_year_is_never_compared_with_a_full_year():
    text = indicator_sentence("Antal dialoger", "antal", "higher", p(7), p(5, 2021, span="jan–dec", period="AR"), 6)
    assert "jämförs inte med helåret 2021 eftersom perioderna omfattar olika månader" in text
    assert "ökade" not in text and "minskade" not in text
    assert text.endswith("målvärdet 6 nås.")
    # the same months under another code are still not the same period
    assert not s.comparable(p(7), p(5, 2021, span="jan–aug", period="T2"))
    assert s.comparable(p(7), p(5, 2021))
    assert not s.comparable(p(7), p(5, 2022))


def test_small_counts_are_few_without_percent_change():
    text = indicator_sentence("Antal dialoger", "antal", "higher", p(5), p(3, 2021), None)
    assert "ökade från 3 till 5 (+2, en förbättring)" in text
    assert "få" in text and "%" not in text


def test_larger_counts_get_the_percent_change():
    text = indicator_sentence("Antal deltagare", "antal", "higher", p(176), p(128, 2021), None)
    assert f"ökade från 128 till 176 (+48, +38{NB}%, en förbättring)" in text
    assert "få" not in text


def test_a_few_respondents_give_n_interval_caveat_and_no_certain_change():
    now = p(100, n=24, asked=68)
    text = indicator_sentence(SHARE, "procent", "higher", now, p(92, 2021), 90)
    assert f"100{NB}% (24 av 68 deltagare svarade; 95{NB}% konfidensintervall 86–100{NB}%; " \
           "få svarande, tolka med försiktighet)" in text
    assert "ingen säker förändring" in text and "ökade" not in text
    assert text.endswith(f"målvärdet 90{NB}% nås.")


def test_many_respondents_certain_change_and_no_caveat():
    text = indicator_sentence(SHARE, "procent", "higher", p(52, n=2000), p(45, 2021, n=2000), 50)
    assert "ökade från 45" in text and "2" + NB + "000 svarande" in text
    assert "försiktighet" not in text and "ingen säker" not in text


def test_change_inside_the_uncertainty_is_no_certain_change():
    text = indicator_sentence(SHARE, "procent", "higher", p(52, n=100), p(45, 2021, n=100), 50)
    assert "gick från 45" in text and ": ingen säker förändring" in text


@pytest.mark.parametrize(("comment", "expected"), [
    ("Av 68 deltagare har 24 deltagare svarat på enkäten. Samtliga …", (24, 68)),
    ("24 av 68 har svarat.", (24, 68)),
    ("Räknat ur aktivitetsloggen.", None),
    (None, None),
    ("Av 10 deltagare har 24 svarat", None),
])
def test_respondents_read_from_a_comment(comment, expected):
    assert s.respondents_in(comment) == expected


def test_subject_takes_the_definite_form():
    assert s.subject("Antal dialoger") == "Antalet dialoger"
    assert s.subject("Andel deltagare") == "Andelen deltagare"
    assert s.subject("Elever i åk 9, andel") == "Elever i åk 9, andel"


# --- Key figures -------------------------------------------------------------------------------

def test_key_figure_counts_with_totals():
    text = key_figure_sentence("Indikatorer som når målvärdet", p(3), p(1, 2021), of_now=3, of_before=3,
                               direction="higher")
    assert text == ("Indikatorer som når målvärdet ökade från 1 av 3 till 3 av 3 mellan jan–aug 2021 och "
                    "jan–aug 2022, en förbättring.")


def test_key_figure_same_count_of_other_totals_names_both():
    text = key_figure_sentence("Mål som uppfylls", p(3), p(3, 2021), of_now=3, of_before=8)
    assert text == "Mål som uppfylls: 3 av 8 jan–aug 2021 och 3 av 3 jan–aug 2022."


def test_key_figure_small_and_large_counts():
    assert key_figure_sentence("Genomförda dialoger", p(7), p(7, 2021)) == \
        "Genomförda dialoger: 7 jan–aug 2022, samma som jan–aug 2021."
    text = key_figure_sentence("Genomförda dialoger", p(5), p(3, 2021), direction="higher")
    assert "från 3 till 5" in text and "få" in text and "%" not in text
    text = key_figure_sentence("Deltagare", p(257), p(34, 2021), direction="higher")
    assert f"+223, +656{NB}%, en förbättring" in text


def test_key_figure_missing_or_not_comparable():
    assert key_figure_sentence("Deltagare", p(None), p(3, 2021)) == "Deltagare: utfall saknas för jan–aug 2022."
    text = key_figure_sentence("Deltagare", p(40), p(90, 2021, span="jan–dec", period="AR"))
    assert text == ("Deltagare: 40 jan–aug 2022; jämförs inte med helåret 2021 eftersom perioderna omfattar "
                    "olika månader.")
    assert "samma period året före finns inte" in key_figure_sentence("Deltagare", p(40), None)


# --- From the report's data --------------------------------------------------------------------

@pytest.fixture(scope="module")
def halmstad(demo_store):
    from folkhalsa.exports import report
    return report.report_data(demo_store, "1380", 2022, "UR2")


def test_indicator_sentences_of_halmstad(halmstad):
    texts = s.indicator_sentences(halmstad.now, halmstad.before, "jan–aug")
    assert texts["LN1380-I03"] == (
        "Antalet genomförda dialoger inom ramen för kunskapsuppdraget om tillit ökade från 0 till 7 "
        "(+7, en förbättring) mellan jan–aug 2021 och jan–aug 2022 (få: små tal skiftar mycket mellan åren); "
        "målvärdet 6 nås.")
    voice = texts["LN1380-I04"]
    assert f"100{NB}% (24 av 68 deltagare svarade; 95{NB}% konfidensintervall 86–100{NB}%" in voice
    assert "ingen säker förändring" in voice
    assert texts["LN1380-I06"].endswith("utfall saknas för jan–aug 2022; inget målvärde.")


def test_key_figure_sentences_of_halmstad(halmstad):
    texts = s.key_figure_sentences(halmstad.now, halmstad.before, "jan–aug")
    assert len(texts) == 7
    assert texts[4].startswith("Indikatorer som når målvärdet ökade från 1 av 3 till 3 av 3")
    assert texts[5].startswith("Genomförda dialoger ökade från 0 till 7")
    assert all(t.endswith(".") for t in texts)
