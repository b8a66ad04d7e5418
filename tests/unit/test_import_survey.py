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
    data = _csv(ROWS[0], "1380;2024;åk 8;K;hälsa;Hur mår du?;Bra;120;337", "1380;2024;" + "x" * 61 + ";K;hälsa;Hur mår du?;Bra;20;337")
    prepared = importing.prepare_import("lupp.csv", data, versions.current_rows(root)[1])
    text = "\n".join(str(p) for p in prepared.problems)
    assert "rad 3, kolumn H ”andel”: 120 ligger utanför 0–100" in text
    # the preview's Rad and Kolumn columns are filled, as for every other sheet
    assert {(p.row, p.column) for p in prepared.problems} == {(3, "H ”andel”"), (4, "C ”årskurs”")}
    assert "rad 4, kolumn C ”årskurs”: ”" + "x" * 59 + "…” är för lång för en årskurs eller grupp" in text
    assert tree_hash(root) == before


CAN_HEADER = "undersökning;kommunkod;undersökningsår;årskurs;kön;område;fråga;svar;andel;antal svarande"
CAN_ROWS = [
    "CAN;1380;2023;åk 9;Flickor;alkohol;Har du druckit alkohol de senaste 12 månaderna?;Ja;31;140",
    "CAN;1380;2023;åk 9;Pojkar;alkohol;Har du druckit alkohol de senaste 12 månaderna?;Ja;27;6",
    "CAN;1380;2023;vuxna 16–84;Totalt;spel;Har du spelat om pengar det senaste året?;Ja;44;512",
]


def test_a_can_survey_with_its_own_groups_and_areas_imports_with_the_same_suppression(tmp_path, monkeypatch):
    from tests.app.helpers import all_text, open_app

    root = new_store(tmp_path, from_demo=True)
    path = tmp_path / "can.csv"
    path.write_text("\n".join([CAN_HEADER, *CAN_ROWS]) + "\n", encoding="utf-8")
    monkeypatch.setenv("FOLKHALSA_DATA", str(root))
    assert main(["import", str(path)]) == 0
    rows = open_store(root).query(
        "select * from survey_results where survey = 'CAN' and municipality_code = '1380' order by gender")
    assert set(rows["group"]) == {"åk 9", "vuxna 16–84"} and set(rows["area"]) == {"alkohol", "spel"}
    at = open_app("pages/lupp.py", kommun="1380", ar="2023")
    at.selectbox(key="undersokning").set_value("CAN").run()
    assert not at.exception
    text = all_text(at)
    assert "Alkohol" in text or "alkohol" in text
    # pojkar are 6: too few, so flickor's share is hidden too (the total would reveal it)
    answers = next(df.value for df in at.dataframe if "Ja" in df.value.columns).set_index("Kön")
    assert answers.at["Flickor", "Ja"] == ".." and answers.at["Pojkar", "Ja"] == ".."


def test_answers_and_questions_keep_the_order_of_the_file_after_import(tmp_path, monkeypatch):
    """A store write sorts most tables by key; survey rows keep the file's order (not alphabetical)."""
    root = new_store(tmp_path, from_demo=True)
    monkeypatch.setenv("FOLKHALSA_DATA", str(root))
    answers = ["Varje dag", "Några gånger i veckan", "Aldrig"]  # alphabetical would be the reverse
    questions = ["Vad gör du på fritiden?", "Hur ofta tränar du?"]
    for year in (2024, 2025):  # a later round is added after the first
        path = tmp_path / f"lupp{year}.csv"
        path.write_bytes(_csv(*[f"1380;{year};åk 8;Totalt;fritid;{q};{a};{s};300"
                                for q in questions for a, s in zip(answers, (20, 40, 40), strict=True)]))
        assert main(["import", str(path)]) == 0
    store = open_store(root)
    listed = queries.run("survey_questions", store, survey="LUPP")
    assert [q for q in listed["question"] if q in questions] == questions
    for question in questions:
        results = queries.run("survey_question_results", store, survey="LUPP", question=question)
        assert list(results.sort_values("answer_order")["answer"].drop_duplicates()) == answers
        assert set(results["survey_year"]) == {2024, 2025}
