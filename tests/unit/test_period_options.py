"""The period filter offers the organisation's own periods (issue 14): Lerum's tertials stand in for
UR1, UR2 and ÅR, while Halland's stated UR1 (ending in March) keeps UR2 and ÅR beside it."""

from __future__ import annotations

import pandas as pd

from folkhalsa.followup import periods


def _stated(rows: list[tuple[str, int, int, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["period", "first_month", "last_month", "label"])


def test_tertials_stand_in_for_the_defaults_with_the_same_months():
    tertials = _stated([("T1", 1, 4, "Tertialrapport 1"), ("T2", 1, 8, "Tertialrapport 2"),
                        ("T3", 1, 12, "Tertialrapport 3")])
    assert periods.offered(tertials, ["T1", "T2"]) == ["T1", "T2", "T3"]


def test_a_default_with_data_or_its_own_row_stays_and_the_others_fill_in():
    march = _stated([("UR1", 1, 3, "Uppföljningsrapport 1")])
    assert periods.offered(march, ["UR1", "UR2"]) == ["UR1", "UR2", "AR"]
    halves = _stated([("H1", 1, 6, "Halvår 1")])
    assert periods.offered(halves, []) == ["UR1", "H1", "UR2", "AR"]
    # data under UR1 is never hidden, even beside an own period of the same months
    assert periods.offered(_stated([("T1", 1, 4, "T")]), ["UR1"]) == ["T1", "UR1", "UR2", "AR"]
    assert periods.offered(_stated([]), []) == ["UR1", "UR2", "AR"]
