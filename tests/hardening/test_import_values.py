"""Hardened item 2: the import accepts only what storage can hold and every page and export can show.

Each case failed before (it crashed at commit, was stored wrong, or was accepted silently) and
now gets a Swedish message naming file or sheet, row and column, with nothing written."""

from __future__ import annotations

import io

import openpyxl
import pytest

from folkhalsa import importing, versions
from tests.storetools import CLI, csv_text, new_store, tree_hash, workbook

ACTIVITY = ["LN1380-X1", "LN1380", "2022-05-01", "Dialog", "dialog", "", "", "12", "", "", "", ""]
SURVEY_HEADER = "kommunkod;undersökningsår;årskurs;kön;område;fråga;svar;andel;antal svarande"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return new_store(tmp_path_factory.mktemp("values"))


def _problems(store, filename: str, data: bytes) -> list[str]:
    before = tree_hash(store)
    prepared = importing.prepare_import(filename, data, versions.current_rows(store)[1])
    assert tree_hash(store) == before
    assert not prepared.ok and not prepared.after
    return [str(p) for p in prepared.problems]


def _activity(**changes: str) -> bytes:
    cols = ["activity_id", "committee_id", "date", "title", "kind", "target_group", "place",
            "participants_total", "participants_women", "participants_men", "source_note", "end_date"]
    row = dict(zip(cols, ACTIVITY, strict=True)) | changes
    return csv_text("activities", [[row[c] for c in cols]]).encode()


def _goal(position: object) -> bytes:
    return csv_text("goals", [["LN1380-X1", "LN1380", 2022, "", "uppdrag", "Nytt", position, "", ""]]).encode()


def test_whole_numbers_beyond_their_storage_type_are_refused(store):
    assert _problems(store, "a.csv", _activity(participants_total="3000000000")) == [
        "Filen ”a.csv”, rad 2, kolumn H ”Deltagare totalt”: 3 000 000 000 är för stort för kolumnen: den "
        "rymmer heltal från −2 147 483 648 till 2 147 483 647."]
    assert _problems(store, "m.csv", _goal(40000)) == [
        "Filen ”m.csv”, rad 2, kolumn G ”Ordning”: 40 000 är för stort för kolumnen: den rymmer heltal från "
        "−32 768 till 32 767."]


def test_the_largest_whole_numbers_that_fit_are_stored_and_read_back(tmp_path):
    root = new_store(tmp_path)
    for filename, data, table in (("a.csv", _activity(participants_total="2147483647"), "activities"),
                                  ("m.csv", _goal(32767), "goals")):
        prepared = importing.prepare_import(filename, data, versions.current_rows(root)[1])
        assert prepared.ok, prepared.problems
        versions.commit(root, prepared.after, CLI, "import", filename)
        assert versions.current_rows(root)[1][table] == prepared.after[table]


def test_a_survey_count_beyond_32_bits_is_refused_not_wrapped_around(store):
    data = (SURVEY_HEADER + "\n1380;2021;åk 8;K;hälsa;Trivs du?;Ja;50;4294967297\n").encode()
    (text,) = _problems(store, "lupp.csv", data)
    assert text.startswith("Filen ”lupp.csv”, rad 2, kolumn I ”antal svarande”: ”4294967297” är för många svarande")


@pytest.mark.parametrize("value", ["1e999", "-1e999", "NaN", "nan", "inf", "Infinity"])
def test_non_finite_numbers_are_refused(store, value):
    data = csv_text("indicator_values", [["LN1380-I03", 2022, "UR2", "T", value, "", "", ""]]).encode()
    (text,) = _problems(store, "v.csv", data)
    assert text.startswith("Filen ”v.csv”, rad 2, kolumn E ”Utfall”: ”"), text
    assert "inte ett tal" in text or "inget ändligt tal" in text


@pytest.mark.parametrize("char,name", [("\x07", "styrtecken (U+0007)"), ("\x00", "NUL-tecken (U+0000)"),
                                       ("\x0b", "vertikal tabb (U+000B)"), ("\x1b", "styrtecken (U+001B)"),
                                       ("\x85", "styrtecken (U+0085)")])
def test_control_characters_in_text_are_refused_with_their_position(store, char, name):
    sheets_in = [importing.records_sheet("activities", "tabellen Aktiviteter", [
        {"activity_id": "LN1380-X1", "committee_id": "LN1380", "date": "2022-05-01", "title": "Dia" + char + "log",
         "kind": "dialog"}])]
    prepared = importing.validate(sheets_in, versions.current_rows(store)[1])
    assert [str(p) for p in prepared.problems] == [
        f"Tabellen Aktiviteter, rad 1, kolumn ”Rubrik”: Texten har ett osynligt {name} på position 4. Ta bort "
        "det – det följer ofta med när text kopieras från andra program – eller skriv texten på nytt."]


def test_tabs_and_line_breaks_in_text_are_kept(store):
    sheets_in = [importing.records_sheet("activities", "a", [
        {"activity_id": "LN1380-X1", "committee_id": "LN1380", "date": "2022-05-01", "title": "Dialog\tett\r\ntvå",
         "kind": "dialog"}])]
    prepared = importing.validate(sheets_in, versions.current_rows(store)[1])
    assert prepared.ok, prepared.problems


def test_a_runaway_csv_field_gets_a_swedish_message_naming_the_row(store):
    data = _activity(title='"Dialog') + b"x" * 140_000 + b"\r\n"
    assert _problems(store, "a.csv", data) == [
        "Filen ”a.csv”, rad 2: Ett fält är längre än 131 072 tecken. Oftast saknas ett avslutande citattecken (\") "
        "så att resten av filen hamnar i ett fält: kontrollera citattecknen på raden."]


def _with_formula(formula: str, cell: str = "E2") -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(workbook({"indicator_values": [
        {"indicator_id": "LN1380-I03", "year": 2022, "period": "UR2", "gender": "T", "outcome": 7}]})))
    wb["Indikatorvärden"][cell] = formula  # openpyxl saves a formula without a computed value
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_formula_without_a_saved_value_is_refused_asking_to_paste_values(store):
    (text,) = _problems(store, "mall.xlsx", _with_formula("=3+4"))
    assert text == ("Bladet ”Indikatorvärden”, rad 2, kolumn E ”Utfall”: Cellen har formeln =3+4 men inget "
                    "sparat värde. Kopiera cellerna och klistra in dem som värden (Klistra in special → Värden), "
                    "spara och importera igen.")


def test_a_formula_with_a_saved_value_is_read_as_its_value(store):
    import xlsxwriter

    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    ws = wb.add_worksheet("Indikatorvärden")
    ws.write_row(0, 0, ["Indikator-id", "År", "Period", "Kön", "Utfall", "Målvärde", "Kommentar", "Källa"])
    ws.write_row(1, 0, ["LN1380-I03", 2022, "UR2", "T"])
    ws.write_formula(1, 4, "=3+4", None, 7)  # as Excel saves it: the formula and its value
    wb.close()
    prepared = importing.prepare_import("m.xlsx", buf.getvalue(), versions.current_rows(store)[1])
    assert prepared.ok, prepared.problems
    assert prepared.after["indicator_values"][("LN1380-I03", 2022, "UR2", "T")][4] == 7.0


def test_an_error_value_of_a_formula_is_refused(store):
    import xlsxwriter

    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    ws = wb.add_worksheet("Indikatorvärden")
    ws.write_row(0, 0, ["Indikator-id", "År", "Period", "Kön", "Utfall", "Målvärde", "Kommentar", "Källa"])
    ws.write_row(1, 0, ["LN1380-I03", 2022, "UR2", "T", 7])
    ws.write_formula(1, 6, "=1/0", None, "#DIV/0!")
    wb.close()
    assert _problems(store, "m.xlsx", buf.getvalue()) == [
        "Bladet ”Indikatorvärden”, rad 2, kolumn G ”Kommentar”: Cellen visar felet #DIV/0! (från en formel). "
        "Rätta formeln eller skriv in värdet."]


@pytest.mark.parametrize("value", ["1.234", "12.500", "-1.234", "1,234.5"])
def test_a_point_before_three_digits_is_ambiguous_and_refused(store, value):
    data = csv_text("indicator_values", [["LN1380-I02", 2022, "UR2", "T", value, "", "", ""]]).encode()
    (text,) = _problems(store, "v.csv", data)
    assert text.startswith(f"Filen ”v.csv”, rad 2, kolumn E ”Utfall”: ”{value}”")
    assert "kan betyda både" in text or "Skriv decimaler med komma" in text


@pytest.mark.parametrize("value,number", [("12.5", 12.5), ("1 234,5", 1234.5), ("1.234,5", 1234.5),
                                          ("0.125", 0.125), ("1234.567", 1234.567), ("1,234", 1.234)])
def test_unambiguous_numbers_stay_accepted(store, value, number):
    data = csv_text("indicator_values", [["LN1380-I02", 2022, "UR2", "T", value, "", "", ""]]).encode()
    prepared = importing.prepare_import("v.csv", data, versions.current_rows(store)[1])
    assert prepared.ok, prepared.problems
    assert prepared.after["indicator_values"][("LN1380-I02", 2022, "UR2", "T")][4] == number


@pytest.mark.parametrize("value", ["2022-04-12junk", "2022-04-12 14:00", "20220412", "2022-W15-2", "12/4/2022"])
def test_a_date_must_be_whole(store, value):
    assert _problems(store, "a.csv", _activity(date=value)) == [
        f"Filen ”a.csv”, rad 2, kolumn C ”Datum”: ”{value}” är inte ett datum. Skriv datum som 2022-08-31."]


def test_a_date_with_a_midnight_time_is_a_date(store):
    prepared = importing.prepare_import("a.csv", _activity(date="2022-04-12 00:00:00"),
                                        versions.current_rows(store)[1])
    assert prepared.ok, prepared.problems


def test_a_nul_byte_says_utf16_only_when_the_file_is_utf16(store):
    plain = _activity()
    assert _problems(store, "a.csv", plain[:30] + b"\x00" + plain[30:]) == [
        "Filen ”a.csv”: Filen är varken en Excelarbetsbok (.xlsx) eller en CSV-fil. Välj den ifyllda mallen "
        "eller en CSV-fil med mallens rubriker."]
    text = plain.decode()
    for data in (text.encode("utf-16"), text.encode("utf-16-le"), text.encode("utf-16-be")):
        (msg,) = _problems(store, "a.csv", data)
        assert "teckenkodningen UTF-16" in msg
    assert "varken en Excelarbetsbok" in _problems(store, "x.csv", b"\xff\xfe" + bytes(range(256)) * 8)[0]


def test_an_unknown_municipality_code_is_refused_in_survey_results(store):
    data = (SURVEY_HEADER + "\n1399;2021;åk 8;K;hälsa;Trivs du?;Ja;50;300\n"
            "0114;2021;åk 8;K;hälsa;Trivs du?;Ja;50;300\n").encode()
    assert _problems(store, "lupp.csv", data) == [
        "Filen ”lupp.csv”, rad 2, kolumn A ”kommunkod”: ”1399” är ingen svensk kommun- eller regionkod. Skriv "
        "kommunens fyra siffror enligt SCB, t.ex. 1380 för Halmstad, eller lägg till koden på bladet Kommuner."]


def test_a_code_on_the_sheet_kommuner_is_known(tmp_path):
    root = new_store(tmp_path)
    data = workbook({
        "committee_municipalities": [{"committee_id": "LN1380", "municipality_code": "9901",
                                      "municipality_name": "Stadsdel Öster"}],
        "survey_results": [{"survey": "LUPP", "survey_year": 2021, "municipality_code": "9901", "question": "Trivs du?",
                            "answer": "Ja", "group": "åk 8", "gender": "K", "area": "hälsa", "share": 50,
                            "n_respondents": 300}]})
    prepared = importing.prepare_import("mall.xlsx", data, versions.current_rows(root)[1])
    assert prepared.ok, prepared.problems
    versions.commit(root, prepared.after, CLI, "import", "mall")
    again = csv_text("survey_results", [["LUPP", 2022, "9901", "Trivs du?", "Ja", "åk 8", "K", "hälsa", 51, 290, ""]])
    assert importing.prepare_import("e.csv", again.encode(), versions.current_rows(root)[1]).ok


def _hidden(rows: bool, state: str = "hidden") -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(workbook({})))
    ws = wb["Indikatorvärden"]
    if rows:
        ws.append(["LN1380-I03", 2022, "UR2", "T", 7])
    ws.sheet_state = state
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_sheet_with_data_is_refused(store, state):
    assert _problems(store, "mall.xlsx", _hidden(True, state)) == [
        "Bladet ”Indikatorvärden”, rad 1: Bladet är dolt men har data. Ta fram bladet (högerklicka på en "
        "bladflik och välj Ta fram) och kontrollera det, eller ta bort bladet; data på dolda blad importeras inte."]


def test_a_hidden_empty_sheet_is_ignored(store):
    wb = openpyxl.load_workbook(io.BytesIO(_hidden(False)))
    wb["Indikatorvärden"].delete_rows(1)
    out = io.BytesIO()
    wb.save(out)
    prepared = importing.prepare_import("mall.xlsx", out.getvalue(), versions.current_rows(store)[1])
    assert prepared.ok, prepared.problems
