"""LUPP results in the documented long format go through the same import as the other tables."""

from __future__ import annotations

import queries
from folkhalsa import importing, versions
from folkhalsa.__main__ import main
from folkhalsa.store import open_store
from tests.storetools import new_store, tree_hash

HEADER = "kommunkod;undersökningsår;årskurs;kön;område;fråga;svar;andel;antal svarande"
ROWS = [
    "1380;2024;åk 8;Flickor;hälsa;Hur mår du i allmänhet?;Mycket bra;24;337",
    "1380;2024;åk 8;Flickor;hälsa;Hur mår du i allmänhet?;Ganska bra;48,5 %;337",
    "1380;2024;åk 8;Pojkar;hälsa;Hur mår du i allmänhet?;Mycket bra;31;8",
]


def _csv(*rows: str) -> bytes:
    return ("\n".join([HEADER, *rows]) + "\n").encode("cp1252")


def test_documented_survey_csv_imports_and_shows_in_the_queries(tmp_path, monkeypatch):
    root = new_store(tmp_path, from_demo=True)
    path = tmp_path / "lupp.csv"
    path.write_bytes(_csv(*ROWS))
    monkeypatch.setenv("FOLKHALSA_DATA", str(root))
    assert main(["import", str(path)]) == 0
    store = open_store(root)
    rows = store.query("select * from survey_results where survey_year = 2024 order by gender, answer")
    assert len(rows) == 3
    assert set(rows["gender"]) == {"K", "M"}  # ”Flickor” and ”Pojkar” read as K and M
    assert 48.5 in set(rows["share"])
    rounds = queries.run("survey_rounds", store)
    assert 2024 in set(rounds["survey_year"])


def test_bad_survey_rows_name_row_and_column_and_change_nothing(tmp_path):
    root = new_store(tmp_path, from_demo=True)
    before = tree_hash(root)
    data = _csv(ROWS[0], "1380;2024;åk 8;K;hälsa;Hur mår du?;Bra;120;337", "1380;2024;;K;hälsa;Hur mår du?;Bra;20;337")
    prepared = importing.prepare_import("lupp.csv", data, versions.current_rows(root)[1])
    text = "\n".join(str(p) for p in prepared.problems)
    assert "Rad 3, kolumn ”andel”: 120 ligger utanför 0–100" in text
    assert "Rad 4, kolumn ”årskurs”: värdet saknas" in text
    assert tree_hash(root) == before
