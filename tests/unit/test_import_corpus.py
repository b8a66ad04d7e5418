"""A corpus of bad files, built by code: each gives its own Swedish message naming row and
column, and the store's files are byte-for-byte unchanged afterwards (checked through the
command line, the same path an official uses). Good files in the formats officials have
(Windows-1252, UTF-8 with BOM, decimal comma, % signs) are read right."""

from __future__ import annotations

import io
import zipfile

import pytest

from folkhalsa import importing, versions
from folkhalsa.__main__ import main
from tests.storetools import ALE, csv_text, new_store, tree_hash, workbook

IV = "indicator_values"


def _iv(*rows: list[object], sep: str = ";", headers: list[str] | None = None) -> str:
    return csv_text(IV, [list(r) for r in rows], sep=sep, headers=headers)


GOOD_ROW = ["LN1380-I03", 2022, "UR2", "T", "7", "6", "", ""]


def _xlsx_with_text_in_number() -> bytes:
    rows = [dict(zip(["indicator_id", "year", "period", "gender", "outcome", "target"],
                     ["LN1380-I03", 2022, "UR2", "T", 7, 6], strict=True)),
            dict(zip(["indicator_id", "year", "period", "gender", "outcome", "target"],
                     ["LN1380-I01", 2022, "UR2", "T", "sju", None], strict=True))]
    return workbook({IV: rows})


def _not_xlsx_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hej.txt", "inte en arbetsbok")
    return buf.getvalue()


def _edited(fill: dict[str, list[dict[str, object]]], change) -> bytes:
    """The template with rows filled in, then changed by ``change(workbook)`` through openpyxl."""
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(workbook(fill)))
    change(wb)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


IV_ROW = {"indicator_id": "LN1380-I03", "year": 2022, "period": "UR2", "gender": "T", "outcome": 7}


def _set(sheet: str, cell: str, value: object):
    def change(wb) -> None:
        wb[sheet][cell] = value
    return change


def _hide(wb) -> None:
    wb["Indikatorvärden"].sheet_state = "hidden"


def _rename(wb) -> None:
    wb["Indikatorvärden"].title = "Blad1"


def _twice(wb) -> None:
    copy = wb.copy_worksheet(wb["Mål"])
    copy.title = "goals"


def _empty_all(wb) -> None:
    for ws in wb.worksheets:
        if ws.title != "Instruktioner":
            ws.delete_rows(1, ws.max_row)


def _activity(**changes: object) -> bytes:
    cols = ["activity_id", "committee_id", "date", "title", "kind", "target_group", "place",
            "participants_total", "participants_women", "participants_men", "source_note", "end_date"]
    row = dict(zip(cols, ["LN1380-X1", "LN1380", "2022-04-12", "Dialog", "dialog", "", "", "12", "", "", "", ""],
                   strict=True)) | changes
    return csv_text("activities", [[row[c] for c in cols]]).encode()


def _value(outcome: str = "7", comment: str = "") -> bytes:
    return _iv(["LN1380-I03", 2022, "UR2", "T", outcome, "", comment, ""]).encode()


SURVEY_HEADER = "kommunkod;undersökningsår;årskurs;kön;område;fråga;svar;andel;antal svarande"
SURVEY_ROW = ["1380", "2021", "åk 8", "K", "hälsa", "Hur mår du?", "Bra", "50", "300"]


def _survey(*changes: tuple[int, str], header: str = SURVEY_HEADER, rows: int = 1) -> bytes:
    row = list(SURVEY_ROW)
    for i, value in changes:
        row[i] = value
    return (header + "\n" + "\n".join([";".join(row)] * rows) + "\n").encode()


def _periods(first: object, last: object) -> bytes:
    return csv_text("periods", [["LN1380", 2022, "T1", first, last, "Tertial 1", ""]]).encode()


def _goal(**changes: object) -> bytes:
    cols = ["goal_id", "committee_id", "year", "parent_id", "level", "title", "position", "source_note", "assessed"]
    row = dict(zip(cols, ["LN1380-X1", "LN1380", 2022, "", "uppdrag", "Nytt", 1, "", ""], strict=True)) | changes
    return csv_text("goals", [[row[c] for c in cols]]).encode()


def _indicator(**changes: object) -> bytes:
    cols = ["indicator_id", "committee_id", "goal_id", "name", "unit", "direction", "source", "description",
            "source_note", "log_measure", "log_match"]
    row = dict(zip(cols, ["LN1380-IX", "LN1380", "", "Nytt", "antal", "higher", "", "", "", "", ""],
                   strict=True)) | changes
    return csv_text("indicators", [[row[c] for c in cols]]).encode()


def _too_many_rows() -> bytes:
    line = "LN1380-I03;2022;UR2;T;7;;;"
    return _iv().encode() + ("\r\n".join([line] * (importing.MAX_ROWS + 1)) + "\r\n").encode()


# name -> (file name, bytes, texts the problems must contain)
CORPUS = {
    "wrong-encoding-utf16": ("varden.csv", _iv(GOOD_ROW).encode("utf-16"), ["teckenkodningen UTF-16"]),
    "wrong-encoding-undecodable": ("varden.csv", _iv(GOOD_ROW).encode("utf-8") + b"\x81\x8d\xff\xfe\x81",
                                   ["varken UTF-8 eller Windows-1252"]),
    "wrong-separator-tab": ("varden.csv", _iv(GOOD_ROW, sep="\t").encode(), ["rad 1", "tabb som avgränsare"]),
    "wrong-separator-decimal-comma-unquoted": (
        "varden.csv", _iv(["LN1380-I04", 2022, "UR2", "T", "99,5", "90", "", "", ""], sep=",").encode(),
        ["Filen ”varden.csv”, rad 2", "Raden har 10 fält men rubrikraden har 9"]),
    "missing-column": ("varden.csv", csv_text(IV, [["LN1380-I03", 2022, "UR2", "T", "7", "", ""]],
                       headers=["Indikator-id", "År", "Period", "Kön", "Utfall", "Kommentar", "Källa"]).encode(),
                       ["rad 1, kolumn ”Målvärde”: Kolumnen saknas i rubrikraden"]),
    "extra-column": ("varden.csv", csv_text(IV, [[*GOOD_ROW, "Anna"]], headers=[
                     "Indikator-id", "År", "Period", "Kön", "Utfall", "Målvärde", "Kommentar", "Källa",
                     "Ansvarig"]).encode(), ["rad 1, kolumn I ”Ansvarig”: Okänd kolumn"]),
    "text-in-number-column-csv": ("varden.csv", _iv(GOOD_ROW, ["LN1380-I01", 2022, "UR2", "T", "sju", "", "", ""])
                                  .encode(), ["rad 3, kolumn E ”Utfall”: ”sju” är inte ett tal"]),
    "text-in-number-column-xlsx": ("mall.xlsx", _xlsx_with_text_in_number(),
                                   ["Bladet ”Indikatorvärden”, rad 3, kolumn E ”Utfall”: ”sju” är inte ett tal"]),
    "negative-count": ("varden.csv", _iv(["LN1380-I02", 2022, "UR2", "K", "-12", "", "", ""]).encode(),
                       ["rad 2, kolumn E ”Utfall”: Antalet kan inte vara negativt (−12)"]),
    "negative-participants": ("aktiviteter.csv", csv_text("activities", [
        ["LN1380-X1", "LN1380", "2022-05-01", "Dialog", "dialog", "", "", "-5", "", "", ""]]).encode(),
        ["rad 2, kolumn H ”Deltagare totalt”: Antalet kan inte vara negativt (−5)"]),
    "share-120-percent": ("varden.csv", _iv(["LN1380-I04", 2022, "UR2", "T", "120 %", "90 %", "", ""]).encode(),
                          ["rad 2, kolumn E ”Utfall”: Andelen 120 % ligger utanför 0–100 %"]),
    "unknown-committee": ("mal.csv", csv_text("goals", [
        ["LN9999-U1", "LN9999", 2022, "", "uppdrag", "Nytt mål", 1, ""]]).encode(),
        ["rad 2, kolumn B ”Nämnd-id”: Nämnd-id ”LN9999” finns varken på bladet Nämnder eller i datan"]),
    "duplicate-rows": ("varden.csv", _iv(GOOD_ROW, ["LN1380-I04", 2022, "UR2", "T", "90", "", "", ""],
                                         GOOD_ROW).encode(),
                       ["rad 4: Dubblett: samma nyckel (Indikator-id LN1380-I03, År 2022, Period UR2, Kön T) "
                        "finns redan på rad 2"]),
    "reference-to-missing-goal": ("bedomningar.csv", csv_text("goal_assessments", [
        ["LN1380-X9", 2022, "UR2", "delvis", "", ""]]).encode(),
        ["rad 2, kolumn A ”Mål-id”: Mål-id ”LN1380-X9” (år 2022) finns varken på bladet Mål eller i datan"]),
    "unknown-value": ("varden.csv", _iv(["LN1380-I03", 2022, "Q3", "T", "7", "", "", ""]).encode(),
                      ["rad 2, kolumn C ”Period”: ”Q3” är inte ett tillåtet värde. Tillåtna: UR1, UR2, AR"]),
    "insane-year": ("varden.csv", _iv(["LN1380-I03", 1899, "UR2", "T", "7", "", "", ""]).encode(),
                    ["rad 2, kolumn B ”År”: Året 1899 är orimligt"]),
    "required-value-missing": ("varden.csv", _iv(["LN1380-I03", 2022, "", "T", "7", "", "", ""]).encode(),
                               ["rad 2, kolumn C ”Period”: Värde saknas"]),
    "empty-file": ("varden.csv", b"", ["Filen ”varden.csv”: Filen är tom"]),
    "only-whitespace": ("varden.csv", b"\r\n  \r\n", ["Filen är tom"]),
    "only-separators": ("varden.csv", b";;;\r\n;;\r\n", ["Filen ”varden.csv”: Filen är tom"]),
    "only-unicode-space-characters": ("varden.csv", b"\x1c\x1d\r\n", ["Filen ”varden.csv”: Filen är tom"]),
    "not-a-spreadsheet-pdf": ("rapport.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
                              ["varken en Excelarbetsbok (.xlsx) eller en CSV-fil"]),
    "not-a-spreadsheet-png": ("bild.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64),
                              ["varken en Excelarbetsbok (.xlsx) eller en CSV-fil"]),
    "zip-but-not-xlsx": ("mall.xlsx", _not_xlsx_zip(), ["går inte att öppna som Excelarbetsbok"]),
    "old-xls": ("mall.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), ["gamla Excelformatet (.xls)"]),
    "unknown-headers": ("annat.csv", b"namn;adress\r\nAnna;Storgatan 1\r\n",
                        ["rad 1: Hittar inga kända kolumnrubriker"]),
    "far-too-large": ("stor.csv", _iv(GOOD_ROW).encode() + b";" * (21 * 1024 * 1024),
                      ["Filen är 21,0 MB, men gränsen är 20 MB"]),
    # --- Hardened item 2: what storage can hold and every page and export can show
    "integer-over-smallint": ("mal.csv", _goal(position=40000),
                              ["rad 2, kolumn G ”Ordning”: 40 000 är för stort för kolumnen: den rymmer heltal "
                               "från −32 768 till 32 767."]),
    "integer-over-integer": ("aktiviteter.csv", _activity(participants_total="3000000000"),
                             ["rad 2, kolumn H ”Deltagare totalt”: 3 000 000 000 är för stort för kolumnen"]),
    "survey-count-over-32-bits": ("lupp.csv", _survey((8, "4294967297")),
                                  ["rad 2, kolumn I ”antal svarande”: ”4294967297” är för många svarande"]),
    "infinite-number": ("varden.csv", _value("1e999"),
                        ["rad 2, kolumn E ”Utfall”: ”1e999” är inget ändligt tal"]),
    "nan-text": ("varden.csv", _value("NaN"), ["rad 2, kolumn E ”Utfall”: ”NaN” är inte ett tal"]),
    "control-character": ("varden.csv", _value(comment="Bra\x07"),
                          ["rad 2, kolumn G ”Kommentar”: Texten har ett osynligt styrtecken (U+0007) på position 4"]),
    "c1-control-next-line": ("varden.csv", _value(comment="Rad\x85två"),
                             ["rad 2, kolumn G ”Kommentar”: Texten har ett osynligt styrtecken (U+0085) på position 4"]),
    "noncharacter-uffff": ("varden.csv", _value(comment="x\uffff"),
                           ["rad 2, kolumn G ”Kommentar”: Texten har ett osynligt styrtecken (U+FFFF) på position 2"]),
    "text-longer-than-a-cell": ("varden.csv", _value(comment="a" * 40_000),
                                ["rad 2, kolumn G ”Kommentar”: Texten är 40000 tecken lång, men en cell rymmer "
                                 "högst 32767 tecken"]),
    "csv-field-over-limit": ("aktiviteter.csv", _activity(title='"Dialog') + b"x" * 140_000,
                             ["Filen ”aktiviteter.csv”, rad 2: Ett fält är längre än 131 072 tecken"]),
    "formula-without-value": ("mall.xlsx", _edited({IV: [IV_ROW]}, _set("Indikatorvärden", "E2", "=3+4")),
                              ["Bladet ”Indikatorvärden”, rad 2, kolumn E ”Utfall”: Cellen har formeln =3+4 men "
                               "inget sparat värde. Kopiera cellerna och klistra in dem som värden"]),
    "error-value-cell": ("mall.xlsx", _edited({IV: [IV_ROW]}, _set("Indikatorvärden", "F2", "#DIV/0!")),
                         ["Bladet ”Indikatorvärden”, rad 2, kolumn F ”Målvärde”: Cellen visar felet #DIV/0!"]),
    "boolean-in-number-column": ("mall.xlsx", _edited({IV: [IV_ROW]}, _set("Indikatorvärden", "E2", True)),
                                 ["Bladet ”Indikatorvärden”, rad 2, kolumn E ”Utfall”: ”SANT” är ett "
                                  "sanningsvärde, inte ett tal"]),
    "date-in-year-column": ("mall.xlsx", _edited({IV: [IV_ROW]}, _set("Indikatorvärden", "B2",
                                                                       __import__("datetime").datetime(2022, 1, 1))),
                            ["Bladet ”Indikatorvärden”, rad 2, kolumn B ”År”: ”2022-01-01 00:00:00” är inte ett "
                             "heltal"]),
    "ambiguous-thousands-point": ("varden.csv", _value("1.234"),
                                  ["rad 2, kolumn E ”Utfall”: ”1.234” kan betyda både 1 234 och 1,234"]),
    "mixed-decimal-marks": ("varden.csv", _value("1,234.5"),
                            ["rad 2, kolumn E ”Utfall”: ”1,234.5” är inte ett tal. Skriv decimaler med komma"]),
    "date-with-trailing-junk": ("aktiviteter.csv", _activity(date="2022-04-12junk"),
                                ["rad 2, kolumn C ”Datum”: ”2022-04-12junk” är inte ett datum"]),
    "date-written-day-first": ("aktiviteter.csv", _activity(date="12/4/2022"),
                               ["rad 2, kolumn C ”Datum”: ”12/4/2022” är inte ett datum"]),
    "date-as-excel-serial-text": ("aktiviteter.csv", _activity(date="44663"),
                                  ["rad 2, kolumn C ”Datum”: ”44663” är inte ett datum"]),
    "date-in-an-insane-year": ("aktiviteter.csv", _activity(date="1850-05-01"),
                               ["rad 2, kolumn C ”Datum”: Datumet 1850-05-01 är orimligt"]),
    "nul-byte-not-utf16": ("varden.csv", _value()[:20] + b"\x00" + _value()[20:],
                           ["Filen ”varden.csv”: Filen är varken en Excelarbetsbok (.xlsx) eller en CSV-fil"]),
    "utf16-without-bom": ("varden.csv", _iv(GOOD_ROW).encode("utf-16-le"), ["teckenkodningen UTF-16"]),
    "unknown-municipality-code": ("lupp.csv", _survey((0, "1399")),
                                  ["rad 2, kolumn A ”kommunkod”: ”1399” är ingen svensk kommun- eller regionkod"]),
    "hidden-sheet-with-data": ("mall.xlsx", _edited({IV: [IV_ROW]}, _hide),
                               ["Bladet ”Indikatorvärden”, rad 1: Bladet är dolt men har data. Ta fram bladet"]),
    "too-many-rows": ("stor.csv", _too_many_rows(),
                      ["Filen ”stor.csv”, rad 200002: Filen har fler än 200 000 rader med data", "Dela upp filen"]),
    # --- item 7 of the follow-up report: dates and months in order
    "end-date-before-date": ("aktiviteter.csv", _activity(end_date="2022-04-10"),
                             ["rad 2, kolumn L ”Slutdatum”: Slutdatum 2022-04-10 är före Datum 2022-04-12"]),
    "first-month-after-last": ("perioder.csv", _periods(5, 4),
                               ["rad 2, kolumn E ”Sista månad”: Första månad (5) är efter Sista månad (4)"]),
    "month-out-of-range": ("perioder.csv", _periods(0, 4),
                           ["rad 2, kolumn D ”Första månad”: Månad 0 finns inte; skriv månadens nummer 1–12"]),
    # --- more shapes of wrong files, sheets, headers and values
    "wrong-separator-pipe": ("varden.csv", _iv(GOOD_ROW, sep="|").encode(), ["rad 1", "lodstreck (|) som avgränsare"]),
    "duplicate-column": ("varden.csv", csv_text(IV, [[*GOOD_ROW, "7"]], headers=[
                         "Indikator-id", "År", "Period", "Kön", "Utfall", "Målvärde", "Kommentar", "Källa",
                         "Utfall"]).encode(), ["rad 1, kolumn I ”Utfall”: Kolumnen finns redan som kolumn E"]),
    "header-cell-empty": ("varden.csv", csv_text(IV, [[*GOOD_ROW[:4], "x", *GOOD_ROW[4:]]], headers=[
                          "Indikator-id", "År", "Period", "Kön", "", "Utfall", "Målvärde", "Kommentar",
                          "Källa"]).encode(), ["rad 1, kolumn E: Kolumnen saknar rubrik"]),
    "unknown-sheet": ("mall.xlsx", _edited({IV: [IV_ROW]}, _rename),
                      ["Bladet ”Blad1”: Bladet känns inte igen. Kända blad:"]),
    "same-table-twice": ("mall.xlsx", _edited({}, _twice),
                         ["Bladet ”goals”: Tabellen Mål finns redan i bladet ”Mål”; ta med den en gång"]),
    "workbook-without-filled-sheets": ("mall.xlsx", _edited({}, _empty_all),
                                       ["Filen ”mall.xlsx”: Arbetsboken har inga ifyllda blad"]),
    "cells-beyond-the-header": ("mall.xlsx", _edited({IV: [IV_ROW]}, _set("Indikatorvärden", "K2", "extra")),
                                ["Bladet ”Indikatorvärden”, rad 2, kolumn K: Cellen har ett värde men kolumnen saknar rubrik"]),
    "year-not-whole": ("varden.csv", _iv(["LN1380-I03", "2022,5", "UR2", "T", "7", "", "", ""]).encode(),
                       ["rad 2, kolumn B ”År”: ”2022,5” är inte ett heltal"]),
    "required-name-missing": ("namnder.csv", csv_text("committees", [["LN9", "", "", "", "", "", ""]]).encode(),
                              ["rad 2, kolumn B ”Namn”: Värde saknas; kolumnen måste fyllas i"]),
    "unknown-status": ("bedomningar.csv", csv_text("goal_assessments", [
        ["LN1380-U1", 2022, "UR2", "klar", "", ""]]).encode(),
        ["rad 2, kolumn D ”Status”: ”klar” är inte ett tillåtet värde. Tillåtna: Uppfylls, Uppfylls delvis, "
         "Uppfylls inte, Ej bedömd."]),
    "unknown-unit": ("indikatorer.csv", _indicator(unit="kronor"),
                     ["rad 2, kolumn E ”Enhet”: ”kronor” är inte ett tillåtet värde. Tillåtna: antal, procent, tkr."]),
    "unknown-direction": ("indikatorer.csv", _indicator(direction="uppåt"),
                          ["rad 2, kolumn F ”Riktning”: ”uppåt” är inte ett tillåtet värde. Tillåtna: Högre är "
                           "bättre, Lägre är bättre."]),
    "unknown-log-measure": ("indikatorer.csv", _indicator(log_measure="besökare"),
                            ["rad 2, kolumn J ”Räknas ur aktivitetsloggen”: ”besökare” är inte ett tillåtet värde"]),
    "assessed-not-yes-or-no": ("mal.csv", _goal(assessed="kanske"),
                               ["rad 2, kolumn I ”Bedöms”: ”kanske” är inte ett tillåtet värde. Tillåtna: ja, nej."]),
    "unknown-row-kind": ("ekonomi.csv", csv_text("budget", [["LN1380", 2022, "UR2", "Drift", "", 1, 10, "", 5, "",
                                                             "", "", "", "total", ""]]).encode(),
                         ["rad 2, kolumn N ”Radtyp”: ”total” är inte ett tillåtet värde"]),
    "unknown-text-kind": ("texter.csv", csv_text("texts", [["LN1380", 2022, "UR2", "rubrik", "Text", ""]]).encode(),
                          ["rad 2, kolumn D ”Avsnitt”: ”rubrik” är inte ett tillåtet värde. Tillåtna: Sammanfattning"]),
    "unknown-activity-state": ("ataganden.csv", csv_text("goal_activities", [
        ["LN1380-U1", 2022, "UR2", "Dialog", "klar", "", 1, ""]]).encode(),
        ["rad 2, kolumn E ”Status”: ”klar” är inte ett tillåtet värde. Tillåtna: genomförd, pågår, planerad."]),
    "missing-parent-goal": ("mal.csv", _goal(parent_id="LN1380-X0"),
                            ["rad 2, kolumn D ”Överordnat mål-id”: Överordnat mål-id ”LN1380-X0” (år 2022) finns "
                             "varken på bladet Mål eller i datan"]),
    "indicator-of-unknown-goal": ("indikatorer.csv", _indicator(goal_id="LN1380-ZZ"),
                                  ["rad 2, kolumn C ”Mål-id”: Mål-id ”LN1380-ZZ” finns varken på bladet Mål"]),
    # --- survey results in the documented long format
    "survey-missing-column": ("lupp.csv", _survey(header=SURVEY_HEADER.replace(";antal svarande", ";antal")),
                              ["Kolumnen ”antal svarande” saknas"]),
    "survey-column-twice": ("lupp.csv", _survey(header=SURVEY_HEADER + ";Kön ").replace(b"300\n", b"300;M\n"),
                            ["Filen ”lupp.csv”: Kolumnen ”kön” finns två gånger i rubrikraden. Ta bort den ena."]),
    "survey-unknown-gender": ("lupp.csv", _survey((3, "X")), ["rad 2, kolumn D ”kön”: ”X” är inget känt kön"]),
    "survey-share-not-a-number": ("lupp.csv", _survey((7, "mycket")),
                                  ["rad 2, kolumn H ”andel”: ”mycket” är inget tal"]),
    "survey-share-over-100": ("lupp.csv", _survey((7, "120")), ["rad 2, kolumn H ”andel”: 120 ligger utanför 0–100"]),
    "survey-duplicate-row": ("lupp.csv", _survey(rows=2), ["rad 3: Upprepar rad 2"]),
    "survey-group-too-long": ("lupp.csv", _survey((2, "x" * 61)),
                              ["rad 2, kolumn C ”årskurs”: ”" + "x" * 59 + "…” är för lång för en årskurs eller grupp"]),
    "survey-area-too-long": ("lupp.csv", _survey((4, "y" * 61)),
                             ["rad 2, kolumn E ”område”: ”" + "y" * 59 + "…” är för långt för ett område"]),
    "survey-year-not-a-year": ("lupp.csv", _survey((1, "21")), ["rad 2, kolumn B ”undersökningsår”: ”21” är inget årtal"]),
    "survey-value-missing": ("lupp.csv", _survey((6, "")), ["rad 2, kolumn G ”svar”: Värdet saknas"]),
    "survey-control-character": ("lupp.csv", _survey((5, "Hur\x1bmår du?")),
                                 ["rad 2, kolumn F ”fråga”: Texten har ett osynligt styrtecken (U+001B) på position 4"]),
}


def test_the_corpus_covers_at_least_sixty_classes_of_bad_input():
    assert len(CORPUS) >= 60


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return new_store(tmp_path_factory.mktemp("corpus"))


@pytest.mark.parametrize("case", list(CORPUS))
def test_bad_file_gives_its_message_and_changes_nothing(case, store, tmp_path, monkeypatch, capsys):
    filename, data, expected = CORPUS[case]
    before = tree_hash(store)
    _, base = versions.current_rows(store)
    prepared = importing.prepare_import(filename, data, base)
    text = "\n".join(str(p) for p in prepared.problems)
    assert not prepared.ok and not prepared.after
    for part in expected:
        assert part in text, text
    path = tmp_path / filename
    path.write_bytes(data)
    monkeypatch.setenv("FOLKHALSA_DATA", str(store))
    assert main(["import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Ingenting har sparats" in err and expected[-1] in err
    assert tree_hash(store) == before


def test_all_problems_of_a_batch_are_listed_at_once(store):
    data = _iv(["LN1380-I03", 2022, "Q3", "T", "7", "", "", ""], ["LN1380-I04", 2022, "UR2", "T", "120", "", "", ""],
               ["LN1380-ZZ", 2022, "UR2", "T", "1", "", "", ""]).encode()
    prepared = importing.prepare_import("v.csv", data, versions.current_rows(store)[1])
    rows = sorted(p.row for p in prepared.problems)
    assert rows == [2, 3, 4]


@pytest.mark.parametrize("encoding,bom", [("cp1252", b""), ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf")])
def test_officials_csv_formats_are_read_right(tmp_path, encoding, bom):
    root = new_store(tmp_path, from_demo=False)
    text = csv_text("committees", [["FR1440", "Folkhälsorådet Ale – Göteborgs län", "", "folkhälsoråd", "2020", "", ""]])
    prepared = importing.prepare_import("n.csv", bom + text.encode(encoding), versions.current_rows(root)[1])
    assert prepared.ok, prepared.problems
    (row,) = prepared.after["committees"].values()
    assert row[1] == "Folkhälsorådet Ale – Göteborgs län"


def test_decimal_comma_percent_signs_and_comma_separator(store):
    semi = _iv(["LN1380-I04", 2022, "UR2", "T", "87,5 %", "90 %", "", ""],
               ["LN1380-I02", 2022, "UR2", "T", "1 234", "", "", ""]).encode("cp1252")
    comma = _iv(["LN1380-I04", 2022, "UR2", "T", '"87,5"', "90", "", ""],
                ["LN1380-I02", 2022, "UR2", "T", "1234", "", "", ""], sep=",").encode()
    for data in (semi, comma):
        prepared = importing.prepare_import("v.csv", data, versions.current_rows(store)[1])
        assert prepared.ok, prepared.problems
        after = prepared.after[IV]
        assert after[("LN1380-I04", 2022, "UR2", "T")][4:6] == (87.5, 90.0)
        assert after[("LN1380-I02", 2022, "UR2", "T")][4] == 1234.0


def test_percent_formatted_excel_cells_are_read_as_percent(store):
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(workbook({IV: [
        {"indicator_id": "LN1380-I04", "year": 2022, "period": "UR2", "gender": "T", "outcome": 0.875}]})))
    wb["Indikatorvärden"]["E2"].number_format = "0.0%"
    out = io.BytesIO()
    wb.save(out)
    prepared = importing.prepare_import("m.xlsx", out.getvalue(), versions.current_rows(store)[1])
    assert prepared.ok, prepared.problems
    assert prepared.after[IV][("LN1380-I04", 2022, "UR2", "T")][4] == 87.5


def test_the_demo_data_passes_its_own_validation():
    """The rules are not stricter than real data: the bundled tables import cleanly."""
    from folkhalsa import sheets as sh
    from folkhalsa.schema import TABLES
    from folkhalsa.store import DEMO_DIR

    demo = versions.load_all(DEMO_DIR)
    sheets_in = [importing.records_sheet(t, t, [dict(zip(TABLES[t].column_names, r, strict=True))
                                                for r in demo[t].values()]) for t in sh.SHEETS]
    prepared = importing.validate(sheets_in, {})
    assert prepared.ok, [str(p) for p in prepared.problems[:5]]


def test_a_workbook_is_validated_as_a_whole_with_references_between_sheets(tmp_path):
    root = new_store(tmp_path, from_demo=False)
    bad = {**ALE, "indicators": [{**ALE["indicators"][0], "goal_id": "FR1440-U9"}, ALE["indicators"][1]]}
    prepared = importing.prepare_import("ale.xlsx", workbook(bad), versions.current_rows(root)[1])
    assert [str(p) for p in prepared.problems] == [
        "Bladet ”Indikatorer”, rad 2, kolumn C ”Mål-id”: Mål-id ”FR1440-U9” finns varken på bladet Mål "
        "eller i datan. Lägg till den där, eller rätta id:t."]
    ok = importing.prepare_import("ale.xlsx", workbook(ALE), versions.current_rows(root)[1])
    assert ok.ok and {n: d.counts["new"] for n, d in ok.diffs.items()} == {
        "committees": 1, "committee_municipalities": 1, "goals": 2, "goal_assessments": 1, "indicators": 2,
        "indicator_values": 2}


def test_the_example_rows_of_the_template_are_skipped_with_a_note(store):
    prepared = importing.prepare_import("mall.xlsx", workbook({}, keep_examples=True),
                                        versions.current_rows(store)[1])
    assert prepared.ok and not prepared.diffs
    assert "Mallens exempelrad på bladet ”Indikatorvärden”, rad 2, hoppades över." in prepared.notes


def test_every_problem_of_a_row_is_listed(store):
    data = _iv(["LN1380-I04", 1899, "Q3", "T", "120", "abc", "", ""]).encode()
    prepared = importing.prepare_import("v.csv", data, versions.current_rows(store)[1])
    columns = sorted(p.column for p in prepared.problems)
    # 120 % is checked once the row is whole; the period once the batch is (Perioder may define Q3)
    assert columns == ["B ”År”", "F ”Målvärde”"]
