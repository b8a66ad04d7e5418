"""Swedish formats: exact characters, since officials paste these into reports."""

from datetime import date

import pytest

from folkhalsa import fmt

NB = "\u00a0"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1196, f"1{NB}196"),
        (1196.0, f"1{NB}196"),
        (3.5, "3,5"),
        (0, "0"),
        (1234567, f"1{NB}234{NB}567"),
        (-34, "−34"),
        (None, "–"),
        (float("nan"), "–"),
    ],
)
def test_number(value, expected):
    assert fmt.number(value) == expected


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (53, "procent", f"53{NB}%"),
        (1196, "tkr", f"1{NB}196{NB}tkr"),
        (7, "antal", "7"),
        (84.3, "procent", f"84,3{NB}%"),
        (None, "procent", "–"),
    ],
)
def test_value_with_unit(value, unit, expected):
    assert fmt.value(value, unit) == expected


def test_missing_is_never_zero():
    assert fmt.value(None, "antal") != "0"
    assert fmt.is_missing(None) and fmt.is_missing(float("nan"))
    assert not fmt.is_missing(0)


@pytest.mark.parametrize(
    ("delta", "unit", "expected"),
    [(2, "antal", "+2"), (-1, "antal", "−1"), (0, "antal", "±0"), (5, "procent", f"+5{NB}%-enheter"),
     (46, "tkr", f"+46{NB}tkr"), (None, "antal", "–")],
)
def test_change(delta, unit, expected):
    assert fmt.change(delta, unit) == expected


def test_rounding_is_half_away_from_zero_as_in_excel_and_the_reports():
    # Python's round() gives 676 and 598 (half to even); officials' reports and Excel give 677 and 599
    assert fmt.number(676.5, 0) == "677" and fmt.number(598.5, 0) == "599"
    assert fmt.number(-34.5, 0) == "−35" and fmt.number(3.05) == "3,1"
    assert fmt.number(-0.04) == "0,0"  # never a minus before a zero
    assert fmt.number(float("inf")) == "–" and fmt.change(float("-inf")) == "–"


def test_tkr_is_whole_thousands_everywhere():
    """A tkr figure reads the same in a key figure, a sentence and a table cell (economy.tkr)."""
    from folkhalsa import economy
    assert fmt.value(46.3, "tkr") == f"46{NB}tkr" and economy.tkr(46.3) == "46"
    assert fmt.value(676.5, "tkr") == f"677{NB}tkr" and economy.tkr(676.5) == "677"
    assert fmt.change(0.4, "tkr") == f"±0{NB}tkr" and economy.deviation_sign(0.4) == "zero"
    assert fmt.change(-0.5, "tkr") == f"−1{NB}tkr" and economy.deviation_sign(-0.5) == "negative"
    assert economy.tkr_change(46.5) == "+47" and economy.deviation_text(46.5) == f"+47{NB}tkr"
    assert fmt.value(84.25, "procent", 1) == f"84,3{NB}%"


def test_share_and_dates():
    assert fmt.share(630, 1196) == f"53{NB}%"
    assert fmt.share(1, 0) == "–"
    assert fmt.day(date(2022, 8, 31)) == "2022-08-31"
    assert fmt.long_day(date(2022, 8, 31)) == "31 augusti 2022"


def test_plain_escapes_markdown():
    assert fmt.plain("**fet** [länk](http://x)") == "\\*\\*fet\\*\\* \\[länk\\]\\(http\\:\\/\\/x\\)".replace("\\/", "/")
    assert fmt.plain(None) == "–"
