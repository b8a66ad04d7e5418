"""Many committees: Indikatorer compares the chosen one with the spread, the full list one click away."""

from __future__ import annotations

import json

import pytest

from bench import synthetic
from tests.app.helpers import all_text, open_app


@pytest.fixture
def twenty(tmp_path, monkeypatch):
    """A synthetic store of twenty committees (bench/synthetic.py) in FOLKHALSA_DATA."""
    folder = tmp_path / "national"
    synthetic.build(folder, n_committees=20, n_years=3, n_indicators=3)
    monkeypatch.setenv("FOLKHALSA_DATA", str(folder))
    return folder


def test_twenty_committees_show_the_chosen_one_against_median_and_quartiles(twenty):
    at = open_app("pages/indikatorer.py", kommun="1003", ar="2022")
    spec = json.loads(at.get("plotly_chart")[-1].proto.spec)
    names = [t.get("name") for t in spec["data"]]
    assert names[1:] == ["Mittersta hälften av nämnderna", "Median", "Kommun 1003"]  # 4 lines, not 20
    assert "mot medianen och mittersta hälften av 20 nämnder" in all_text(at)
    compared = [df.value for df in at.dataframe if df.value.columns[0] == "Kommun"]
    assert [len(t) for t in compared] == [1, 20]  # the chosen committee; all 20 in the expander
    assert list(compared[0]["Kommun"]) == ["Kommun 1003"]


def test_dialoger_and_maluppfyllelse_bound_their_cross_committee_views(twenty):
    at = open_app("pages/dialoger.py", kommun="1003", ar="2022")
    compared = [df.value for df in at.dataframe if df.value.columns[0] == "Kommun"]
    assert [len(t) for t in compared] == [1, 20]
    at = open_app("pages/maluppfyllelse.py", kommun="1003", ar="2022")
    spec = json.loads(at.get("plotly_chart")[-1].proto.spec)
    bars = {name for trace in spec["data"] for name in trace["y"]}
    assert bars == {"Kommun 1003", "Alla 20 nämnder"}


def test_lupp_compares_the_kommun_with_the_median_of_many(twenty):
    at = open_app("pages/lupp.py", kommun="1003", ar="2022")
    compared = [df.value for df in at.dataframe if df.value.columns[0] == "Kommun"]
    shown, everyone = compared
    assert set(shown["Kommun"]) == {"Kommun 1003", f"Median av {everyone['Kommun'].nunique()} kommuner"}
    assert everyone["Kommun"].nunique() > 12
    spec = json.loads(at.get("plotly_chart")[-1].proto.spec)
    assert len(spec["data"][0]["x"]) == 2  # two bars per gender, not one per kommun


def test_the_survey_median_leaves_suppressed_groups_out():
    import pandas as pd

    from folkhalsa import survey

    rows = pd.DataFrame({
        "survey_year": [2021] * 14, "municipality_code": [f"{1300 + i}" for i in range(14)],
        "municipality_name": [f"K{i}" for i in range(14)], "group": ["åk 8"] * 14, "gender": ["T"] * 14,
        "area": ["hälsa"] * 14, "answer": ["Bra"] * 14, "answer_order": [1] * 14,
        "share": [10.0] * 13 + [99.0], "n_respondents": [50] * 13 + [5], "source_note": [None] * 14})
    compared, summed = survey.bounded(rows, "1300")
    assert summed == 14
    median = compared[compared["municipality_code"] == "median"].iloc[0]
    assert median["share"] == 10.0 and median["n_respondents"] == 650  # the group of 5 is not in it
    few, none = survey.bounded(rows.head(12), "1300")
    assert none is None and len(few) == 12  # twelve kommuner: all shown
