"""Hardened item 3: big files within bounds. A file is read as it streams, rows are checked as
they come, a few hundred problems are kept (the rest counted), a sheet over the row limit is
refused with advice to split the file, and a file over 20 MB is answered at once."""

from __future__ import annotations

import io
import time
import tracemalloc

import pytest
import xlsxwriter

from folkhalsa import importing, versions
from folkhalsa import sheets as sh
from folkhalsa.schema import TABLES
from tests.storetools import new_store, tree_hash

IV_HEADERS = [sh.SHEETS["indicator_values"].header(c) for c in TABLES["indicator_values"].column_names]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return new_store(tmp_path_factory.mktemp("big"))


def _xlsx(n: int, outcome: object = "sju") -> bytes:
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "constant_memory": True})
    ws = wb.add_worksheet("Indikatorvärden")
    ws.write_row(0, 0, IV_HEADERS)
    for i in range(1, n + 1):
        ws.write_row(i, 0, [f"LN1380-I{i % 10 + 1:02d}", 2022, "UR2", "TKM"[i % 3], outcome])
    wb.close()
    return buf.getvalue()


def _csv(n: int, outcome: str = "sju") -> bytes:
    lines = [";".join(IV_HEADERS)]
    lines += [f"LN1380-I{i % 10 + 1:02d};{2022};UR2;{'TKM'[i % 3]};{outcome};;;" for i in range(1, n + 1)]
    return ("\r\n".join(lines) + "\r\n").encode()


def _prepare(store, filename: str, data: bytes) -> tuple[importing.Prepared, float, int]:
    base = versions.current_rows(store)[1]
    before = tree_hash(store)
    tracemalloc.start()
    start = time.perf_counter()
    prepared = importing.prepare_import(filename, data, base)
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert tree_hash(store) == before
    return prepared, seconds, peak


def test_a_workbook_full_of_errors_keeps_a_few_hundred_and_counts_the_rest(store):
    n = 12_000
    prepared, seconds, peak = _prepare(store, "stor.xlsx", _xlsx(n))
    assert len(prepared.problems) == importing.MAX_SHOWN  # what the page shows, nothing more
    assert str(prepared.problems[0]) == ("Bladet ”Indikatorvärden”, rad 2, kolumn E ”Utfall”: ”sju” är inte ett "
                                         "tal. Skriv till exempel 12,5 (utan text).")
    more = n - (importing.MAX_SHOWN - 1)
    assert str(prepared.problems[-1]) == (
        f"Bladet ”Indikatorvärden”: … och {more:,} fel till, som inte visas här. ".replace(f"{more:,}", f"{more:,}".replace(",", " "))
        + "Rätta felen ovan (ofta har många rader samma fel) och importera filen igen.")
    assert peak < 40 * 1024 * 1024, peak  # rows are not all held, messages are not all kept
    assert seconds < 10
    assert prepared.count == n


def test_a_csv_full_of_errors_is_bounded_too(store):
    prepared, _, peak = _prepare(store, "stor.csv", _csv(20_000))
    assert len(prepared.problems) == importing.MAX_SHOWN
    assert "… och 19 801 fel till" in str(prepared.problems[-1])
    assert peak < 40 * 1024 * 1024, peak


def test_a_csv_over_the_row_limit_is_refused_at_once_with_advice_to_split(store):
    data = _csv(importing.MAX_ROWS + 1, outcome="7")
    assert len(data) < importing.MAX_BYTES
    prepared, seconds, _ = _prepare(store, "stor.csv", data)
    assert [str(p) for p in prepared.problems] == [
        f"Filen ”stor.csv”, rad {importing.MAX_ROWS + 2}: Filen har fler än 200 000 rader med data (gränsen för "
        "en import). Dela upp filen i flera filer, till exempel ett år eller en nämnd i taget, och importera dem "
        "var för sig."]
    assert seconds < 5


def test_a_sheet_over_the_row_limit_is_refused_while_it_streams(store, monkeypatch):
    monkeypatch.setattr(importing, "MAX_ROWS", 3_000)
    prepared, _, _ = _prepare(store, "stor.xlsx", _xlsx(5_000, outcome=7))
    assert [str(p) for p in prepared.problems] == [
        "Bladet ”Indikatorvärden”: Bladet har fler än 3 000 rader med data (gränsen för en import). "
        "Dela upp filen i flera filer, till exempel ett år eller en nämnd i taget, och importera dem var för sig."]


def test_a_file_over_20_mb_is_answered_in_swedish_at_once(store):
    data = b"PK\x03\x04" + bytes(21 * 1024 * 1024)
    prepared, seconds, _ = _prepare(store, "jätte.xlsx", data)
    assert [str(p) for p in prepared.problems] == [
        "Filen ”jätte.xlsx”: Filen är 21,0 MB, men gränsen är 20 MB. Dela upp den i flera filer (till exempel ett "
        "år i taget)."]
    assert seconds < 0.5


def test_survey_results_full_of_errors_are_bounded(store):
    header = "kommunkod;undersökningsår;årskurs;kön;område;fråga;svar;andel;antal svarande"
    rows = [f"1380;2021;åk 8;K;hälsa;Fråga {i};Ja;mycket;300" for i in range(5_000)]
    prepared, _, _ = _prepare(store, "lupp.csv", ("\n".join([header, *rows]) + "\n").encode())
    assert len(prepared.problems) == importing.MAX_SHOWN
    assert "… och 4 801 fel till" in str(prepared.problems[-1])
