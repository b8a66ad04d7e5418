"""The demo survey data: deterministic, labelled, six municipalities in two rounds, small groups included."""

import hashlib

from folkhalsa import demo
from folkhalsa.schema import SURVEY_AREAS


def test_demo_writes_identical_bytes_twice(tmp_path):
    digests = []
    for run in ("a", "b"):
        paths = demo.write(tmp_path / run)
        digests.append({p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths})
    assert digests[0] == digests[1]
    assert "survey_results.parquet" in digests[0]


def test_demo_survey_results_are_realistic_example_data():
    rows = demo.build()["survey_results"]
    rows = rows[rows["survey"] == "LUPP"]  # Halland's LUPP rounds; Lerum's CAN rows are tested apart
    assert set(rows["survey_year"]) == {2018, 2021}
    assert rows["municipality_code"].nunique() == 6
    assert set(rows["area"]) == set(SURVEY_AREAS)
    assert set(rows["group"]) == {"åk 8", "gymnasiet år 2"} and set(rows["gender"]) == {"T", "K", "M"}
    assert (rows["source_note"] == "Exempeldata").all()
    assert rows["share"].between(0, 100).all()
    assert (rows["n_respondents"] < 10).any() and (rows["n_respondents"] > 500).any()
    sums = rows.groupby(["survey_year", "municipality_code", "question", "group", "gender"])["share"].sum()
    assert sums.between(97, 103).all()  # whole percents, rounded as published
