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


def test_share_and_dates():
    assert fmt.share(630, 1196) == f"53{NB}%"
    assert fmt.share(1, 0) == "–"
    assert fmt.day(date(2022, 8, 31)) == "2022-08-31"
    assert fmt.long_day(date(2022, 8, 31)) == "31 augusti 2022"


def test_plain_escapes_markdown():
    assert fmt.plain("**fet** [länk](http://x)") == "\\*\\*fet\\*\\* \\[länk\\]\\(http\\:\\/\\/x\\)".replace("\\/", "/")
    assert fmt.plain(None) == "–"
