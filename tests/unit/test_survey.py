"""Survey rules: groups below 10 respondents are suppressed as "..", with the other gender too."""

import pandas as pd
import pytest

from folkhalsa import survey

NB = "\u00a0"


@pytest.mark.parametrize(("n", "small"), [
    (0, True), (9, True), (10, False), (11, False), (412, False), (None, True), (float("nan"), True),
])
def test_threshold_is_ten_and_unknown_counts_as_small(n, small):
    assert survey.is_small(n) is small


def _rows(n_t: int, n_k: int, n_m: int) -> pd.DataFrame:
    return pd.DataFrame({
        "survey_year": 2021, "municipality_code": "1315", "group": "gymnasiet år 2",
        "answer": "Ja", "gender": ["T", "K", "M"], "share": [40.0, 50.0, 30.0],
        "n_respondents": [n_t, n_k, n_m],
    })


def test_large_groups_are_shown():
    shown = survey.suppress(_rows(40, 20, 20))
    assert not shown["is_suppressed"].any()
    assert list(shown["shown_share"]) == [40, 50, 30]


def test_small_group_is_suppressed_and_its_pair_too():
    shown = survey.suppress(_rows(19, 10, 9)).set_index("gender")
    assert shown.at["M", "is_suppressed"]  # 9 respondents
    assert shown.at["K", "is_suppressed"]  # 10, but M could be worked out from T and K
    assert not shown.at["T", "is_suppressed"]
    assert pd.isna(shown.at["K", "shown_share"]) and shown.at["T", "shown_share"] == 40


def test_small_total_is_suppressed():
    shown = survey.suppress(_rows(8, 4, 4))
    assert shown["is_suppressed"].all()


def test_the_threshold_can_be_changed():
    assert not survey.suppress(_rows(19, 10, 9), threshold=5)["is_suppressed"].any()


@pytest.mark.parametrize(("share", "n", "suppressed", "text"), [
    (53.0, 412, False, f"53{NB}% (n{NB}={NB}412)"),
    (53.0, 8, True, f".. (n{NB}={NB}8)"),
    (None, 40, False, f"– (n{NB}={NB}40)"),  # a missing share stays missing
    (7.6, 1234, False, f"8{NB}% (n{NB}={NB}1{NB}234)"),
])
def test_cell_shows_n_with_every_share(share, n, suppressed, text):
    assert survey.cell(share, n, suppressed) == text


def test_latest_round_up_to_the_year():
    assert survey.latest_round([2018, 2021], 2022) == 2021
    assert survey.latest_round([2018, 2021], 2020) == 2018
    assert survey.latest_round([2018, 2021], 2017) == 2018
    assert survey.latest_round([], 2022) is None


def test_group_labels_use_the_survey_words():
    assert survey.group_label("åk 8", "K") == "Flickor, åk 8"
    assert survey.group_label("gymnasiet år 2", "M") == "Pojkar, gymnasiet år 2"
