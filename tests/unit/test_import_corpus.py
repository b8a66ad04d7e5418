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


# name -> (file name, bytes, texts the problems must contain)
CORPUS = {
    "wrong-encoding-utf16": ("varden.csv", _iv(GOOD_ROW).encode("utf-16"), ["teckenkodningen UTF-16"]),
    "wrong-encoding-undecodable": ("varden.csv", _iv(GOOD_ROW).encode("utf-8") + b"\x81\x8d\xff\xfe\x81",
                                   ["varken UTF-8 eller Windows-1252"]),
    "wrong-separator-tab": ("varden.csv", _iv(GOOD_ROW, sep="\t").encode(), ["rad 1", "tabb som avgränsare"]),
    "wrong-separator-decimal-comma-unquoted": (
        "varden.csv", _iv(["LN1380-I04", 2022, "UR2", "T", "99,5", "90", "", ""], sep=",").encode(),
        ["Filen ”varden.csv”, rad 2", "Raden har 9 fält men rubrikraden har 8"]),
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
}


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
