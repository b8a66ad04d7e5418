"""The long import format for survey results: good files become rows, bad ones say row and column."""

import pandas as pd
import pytest

from folkhalsa.schema import TABLES
from folkhalsa.survey_format import SurveyFormatError, parse

HEADER = ["kommunkod", "undersökningsår", "årskurs", "kön", "område", "fråga", "svar", "andel",
          "antal svarande"]
GOOD = [
    ["1380", "2021", "åk 8", "K", "hälsa", "Hur mår du i allmänhet?", "Mycket bra", "24", "337"],
    ["1380", "2021", "åk 8", "M", "hälsa", "Hur mår du i allmänhet?", "Mycket bra", "49,5", "317"],
    ["1380", "2021", "åk 8", "T", "hälsa", "Hur mår du i allmänhet?", "Mycket bra", "36 %", "701"],
]


def frame(rows, header=HEADER) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=header)


def errors_of(rows, header=HEADER) -> list[str]:
    with pytest.raises(SurveyFormatError) as info:
        parse(frame(rows, header))
    return info.value.errors


def test_a_good_file_becomes_survey_results_rows():
    rows = parse(frame(GOOD))
    assert list(rows.columns) == TABLES["survey_results"].column_names
    assert list(rows["share"]) == [24.0, 49.5, 36.0]
    assert list(rows["n_respondents"]) == [337, 317, 701]
    assert set(rows["survey"]) == {"LUPP"} and set(rows["group"]) == {"åk 8"}
    assert rows["survey_year"].dtype == "int16"


def test_excel_cells_words_and_optional_columns_are_understood():
    header = [*HEADER, "undersökning", "källa"]
    rows = parse(frame([[114, 2018.0, "Gymnasiet År 2", "Flickor", "Trygghet", "Känner du dig trygg?", "Ja",
                         0.5, 12.0, "LUPP", "MUCF"]], header))
    row = rows.iloc[0]
    assert row["municipality_code"] == "0114"  # Excel dropped the leading zero
    assert row["survey_year"] == 2018 and row["group"] == "gymnasiet år 2" and row["gender"] == "K"
    assert row["area"] == "trygghet" and row["source_note"] == "MUCF" and row["n_respondents"] == 12


def test_headers_are_matched_without_case_or_extra_spaces():
    header = [h.upper() for h in HEADER[:-1]] + ["Antal  svarande"]
    assert len(parse(frame(GOOD, header))) == 3


def test_a_missing_column_is_named():
    errors = errors_of([r[:-1] for r in GOOD], HEADER[:-1])
    assert len(errors) == 1 and "”antal svarande” saknas" in errors[0]


@pytest.mark.parametrize(("column", "value", "message"), [
    (0, "Halmstad", "Rad 2, kolumn ”kommunkod”: ”Halmstad” är ingen kommunkod"),
    (1, "hösten 2021", "Rad 2, kolumn ”undersökningsår”: ”hösten 2021” är inget årtal"),
    (2, "x" * 61, "Rad 2, kolumn ”årskurs”: ”" + "x" * 59 + "…” är för lång för en årskurs eller grupp"),
    (3, "X", "Rad 2, kolumn ”kön”: ”X” är inget känt kön"),
    (4, "y" * 61, "Rad 2, kolumn ”område”: ”" + "y" * 59 + "…” är för långt för ett område"),
    (5, "", "Rad 2, kolumn ”fråga”: värdet saknas."),
    (7, "mycket", "Rad 2, kolumn ”andel”: ”mycket” är inget tal"),
    (7, "130", "Rad 2, kolumn ”andel”: 130 ligger utanför 0–100"),
    (8, "12,5", "Rad 2, kolumn ”antal svarande”: ”12,5” är inget antal"),
    (8, "-3", "Rad 2, kolumn ”antal svarande”: ”-3” är inget antal"),
])
def test_each_bad_cell_is_named_by_row_and_column(column, value, message):
    bad = [list(r) for r in GOOD]
    bad[0][column] = value
    errors = errors_of(bad)
    assert len(errors) == 1
    assert errors[0].startswith(message), errors[0]


def test_every_error_is_listed_and_duplicates_name_both_rows():
    bad = [list(r) for r in GOOD] + [list(GOOD[0])]
    bad[1][7] = "x"
    bad[2][3] = "?"
    errors = errors_of(bad)
    assert errors[0].startswith("Rad 3, kolumn ”andel”")
    assert errors[1].startswith("Rad 4, kolumn ”kön”")
    assert errors[2].startswith("Rad 5 upprepar rad 2")
    assert "Enkätfilen kan inte läsas in" in str(SurveyFormatError(errors))


def test_blank_rows_are_skipped_and_an_empty_file_is_an_error():
    assert len(parse(frame([*GOOD, [None] * 9, [""] * 9]))) == 3
    assert errors_of([[None] * 9]) == ["Filen har rubriker men inga rader med resultat."]


def test_round_trip_with_the_demo_data():
    from folkhalsa import demo

    demo_rows = demo.build()["survey_results"].head(50)
    swedish = pd.DataFrame({
        "kommunkod": demo_rows["municipality_code"], "undersökningsår": demo_rows["survey_year"],
        "årskurs": demo_rows["group"], "kön": demo_rows["gender"], "område": demo_rows["area"],
        "fråga": demo_rows["question"], "svar": demo_rows["answer"], "andel": demo_rows["share"],
        "antal svarande": demo_rows["n_respondents"], "källa": demo_rows["source_note"],
    })
    parsed = parse(swedish)
    for column in ("municipality_code", "survey_year", "group", "gender", "question", "answer", "share",
                   "n_respondents", "source_note"):
        assert list(parsed[column]) == list(demo_rows[column]), column
