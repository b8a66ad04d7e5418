"""Rules of goal follow-up, table-driven."""

import pandas as pd
import pytest

from folkhalsa import goals, rules
from folkhalsa.followup import periods
from folkhalsa.rules import TargetState


@pytest.mark.parametrize(
    ("outcome", "target", "direction", "expected"),
    [
        (7, 6, "higher", TargetState.REACHED),
        (6, 6, "higher", TargetState.REACHED),
        (5, 6, "higher", TargetState.NOT_REACHED),
        (20, 30, "lower", TargetState.REACHED),
        (30, 30, "lower", TargetState.REACHED),
        (38, 30, "lower", TargetState.NOT_REACHED),
        (None, 80, "higher", TargetState.NO_OUTCOME),
        (100, None, "higher", TargetState.NO_TARGET),
        (float("nan"), 80, "lower", TargetState.NO_OUTCOME),
        (None, None, "higher", TargetState.NO_OUTCOME),
    ],
)
def test_target_state(outcome, target, direction, expected):
    assert rules.target_state(outcome, target, direction) is expected


def test_missing_target_is_not_failure():
    assert rules.target_state(None, 80, "higher") is not TargetState.NOT_REACHED


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        (["uppfylls"] * 3 + ["delvis"], "3 av 4 uppfylls (1 uppfylls delvis)"),
        (["uppfylls", "uppfylls"], "2 av 2 uppfylls"),
        (["uppfylls_inte", None, "uppfylls"], "1 av 3 uppfylls (1 uppfylls inte, 1 ej bedömd)"),
        ([], "Inga mål att bedöma"),
    ],
)
def test_rollup_sentence(statuses, expected):
    assert rules.rollup_sentence(statuses) == expected


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        (["uppfylls", "uppfylls"], "uppfylls"),
        (["uppfylls", "delvis"], "delvis"),
        (["uppfylls", "uppfylls_inte", "delvis"], "uppfylls_inte"),
        (["ej_bedomd", None], "ej_bedomd"),
        (["uppfylls", "ej_bedomd"], "uppfylls"),
    ],
)
def test_rollup_status(statuses, expected):
    assert rules.rollup_status(statuses) == expected


def test_status_label_has_symbol_and_word():
    assert rules.status_label("uppfylls") == "● Uppfylls"
    assert rules.status_label("delvis") == "◆ Uppfylls delvis"
    assert rules.status_label("uppfylls_inte") == "○ Uppfylls inte"
    assert rules.status_label(None) == "– Ej bedömd"


@pytest.mark.parametrize(
    ("prev", "cur", "direction", "expected"),
    [(5, 7, "higher", "förbättring"), (5, 7, "lower", "försämring"), (5, 5, "higher", "oförändrat"),
     (None, 5, "higher", "går inte att jämföra")],
)
def test_trend_word(prev, cur, direction, expected):
    assert rules.trend_word(prev, cur, direction) == expected


def test_effective_period_falls_back_to_latest():
    assert periods.effective("AR", ["UR1", "UR2"]) == "UR2"
    assert periods.effective("UR1", ["UR1", "UR2"]) == "UR1"
    assert periods.effective("AR", []) is None


def test_stated_periods_order_and_label_the_year():
    stated = pd.DataFrame([dict(period="T1", first_month=1, last_month=4, label="Tertial 1"),
                           dict(period="T2", first_month=1, last_month=8, label="Tertial 2"),
                           dict(period="UR1", first_month=1, last_month=3, label=None)])
    assert periods.ordered(["T2", "AR", "T1", "UR1"], stated) == ["UR1", "T1", "T2", "AR"]
    assert periods.effective("AR", ["T1", "T2"], stated) == "T2"
    ur1 = periods.resolve("UR1", stated)
    assert (ur1.months, ur1.n_months, ur1.label) == ("jan–mar", 3, "UR1 (jan–mar)")
    assert ur1.title(2023) == "Uppföljningsrapport 1, januari–mars 2023"
    assert periods.resolve("T2", stated).title(2018) == "Tertial 2, januari–augusti 2018"
    assert periods.resolve("UR1").months == "jan–apr"  # the default without a row
    assert periods.resolve("AR").year_label(2021) == "2021"
    assert periods.resolve("UR2").year_label(2022) == "2022 jan–aug"


def test_rollup_by_area_and_attention():
    tree = pd.DataFrame([
        dict(goal_id="M", parent_id=None, level="målområde", title="Område", status=None),
        dict(goal_id="U1", parent_id="M", level="uppdrag", title="Ett", status="uppfylls"),
        dict(goal_id="U2", parent_id="M", level="uppdrag", title="Två", status="uppfylls_inte"),
        dict(goal_id="A1", parent_id="U2", level="åtagande", title="Tre", status="uppfylls"),
    ])
    area = goals.rollup_by_area(tree).iloc[0]
    assert area["sentence"] == "2 av 3 uppfylls (1 uppfylls inte)"
    assert area["status"] == "uppfylls_inte"
    outcomes = pd.DataFrame([
        dict(indicator_id="I1", name="Dialoger", gender="T", outcome=5, target=6, direction="higher",
             unit="antal", comment="Två dialoger flyttades till hösten."),
        dict(indicator_id="I2", name="Andel", gender="T", outcome=None, target=80, direction="higher",
             unit="procent", comment=None),
    ])
    items = goals.attention(tree, outcomes)
    assert [(i.kind, i.key) for i in items] == [("goal", "U2"), ("indicator", "I1")]
    assert items[1].detail == "✗ Når inte målvärdet: utfall 5, målvärde 6"
    assert items[1].why == "Två dialoger flyttades till hösten."
    assert goals.target_summary(outcomes) == (0, 1)


def test_trend_sentence_uses_the_last_two_known_years():
    from folkhalsa import tables

    trend = pd.DataFrame({"year": [2019, 2020, 2021, 2022], "outcome": [5, 7, None, 6]})
    assert tables.trend_sentence(trend, "higher") == "2020 → 2022: försämring"
    assert tables.trend_sentence(trend, "lower") == "2020 → 2022: förbättring"
    assert tables.trend_sentence(trend.head(1), "higher") is None
