"""Import of the template workbook (or CSV, one table per file): read, validate, preview.

Nothing here writes. :func:`prepare_import` reads a file and validates the *whole* batch
against the current data; it returns the problems (Swedish, with sheet, row as Excel
numbers it, and column) or, when there are none, the tables as they would be after the
import and the difference per table. The caller applies it with ``versions.commit``.

A file is read as it streams and each row is checked as it comes: at most ``MAX_SHOWN``
problems are kept (the last one counts the rest), a sheet may have ``MAX_ROWS`` rows and a
file ``MAX_BYTES`` bytes. The rules for one cell (what storage can hold and every page and
export can show) are in ``folkhalsa.cells``.

An import adds new rows and replaces rows with the same key; it never removes rows
(rows are removed in the browser's table editor).
"""

from __future__ import annotations

import csv
import io
import itertools
import math
import re
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time

import pandas as pd

from folkhalsa import cells, survey_format
from folkhalsa import sheets as sh
from folkhalsa.followup import checks
from folkhalsa.schema import PERIODS, TABLES
from folkhalsa.versions import Rows, TableDiff, diff, rows_from_records

MAX_BYTES = 20 * 1024 * 1024
MAX_SHOWN = 200  # problems listed; the count says how many more there are
MAX_ROWS = 200_000  # data rows of one sheet or CSV file
MAX_UNPACKED = 600 * 1024 * 1024  # a workbook's XML, unpacked (a 20 MB file of 200 000 rows is far less)
INSTRUCTION_SHEET = "Instruktioner"


@dataclass(frozen=True)
class Problem:
    where: str  # "bladet ”Indikatorvärden”" or "filen ”x.csv”"
    row: int | None
    column: str | None  # "E ”Utfall”" or "”Utfall”"
    message: str

    def __str__(self) -> str:
        parts = [self.where[0].upper() + self.where[1:]]
        if self.row is not None:
            parts.append(f"rad {self.row}")
        if self.column:
            parts.append(f"kolumn {self.column}")
        return ", ".join(parts) + ": " + self.message


class ImportRejected(Exception):
    """The file as a whole cannot be read; ``problems`` says why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass
class SheetData:
    """One sheet (or CSV file) as read: header cells and data rows with their Excel row numbers."""

    table: str
    where: str
    headers: list[str | None]
    rows: Iterable[tuple[int, list[object]]]  # read once, as the file streams
    letters: bool = True  # show Excel column letters (workbooks and CSV both open in Excel)
    exact_width: bool = False  # CSV: a row with more fields than the header is a separator problem
    header_row: int = 1  # the row number of the header (the first non-empty row)


@dataclass
class Prepared:
    problems: list[Problem] = field(default_factory=list)
    after: dict[str, Rows] = field(default_factory=dict)  # whole tables after the import
    diffs: dict[str, TableDiff] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # stated figures that disagree: shown, never errors
    uncounted: int = 0  # problems found but not kept (the last kept problem says how many)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def count(self) -> int:
        """How many problems were found, also those not kept."""
        return len(self.problems) - (1 if self.uncounted else 0) + self.uncounted


# ---------------------------------------------------------------- reading files ----------


def _letter(index: int) -> str:
    s = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        s = chr(65 + rem) + s
    return s


def _norm_header(text: object) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip().casefold()


def _header_map(table: str) -> dict[str, str]:
    """Accepted header spellings (Swedish header or schema name) -> column."""
    out = {}
    for col, header in sh.SHEETS[table].headers.items():
        out[_norm_header(header)] = col
        out[_norm_header(col)] = col
    return out


def _size_mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f}".replace(".", ",")


class _Unreadable:
    """A cell whose value cannot be read (a formula without a saved value, an error such as #N/A)."""

    def __init__(self, message: str) -> None:
        self.message = message

    def __str__(self) -> str:
        return self.message


def _too_many_rows(where: str, row_no: int | None) -> ImportRejected:
    word = "Bladet" if where.startswith("bladet") else "Filen"
    return ImportRejected([Problem(where, row_no, None,
                                   f"{word} har fler än {_grouped(MAX_ROWS)} rader med data (gränsen för en "
                                   "import). Dela upp filen i flera filer, till exempel ett år eller en nämnd i taget, "
                                   "och importera dem var för sig.")])


def _limited(where: str, rows: Iterator[tuple[int, list[object]]]) -> Iterator[tuple[int, list[object]]]:
    """The data rows, refusing the file as soon as it has more than ``MAX_ROWS`` of them."""
    for count, item in enumerate(rows, start=1):
        if count > MAX_ROWS:
            raise _too_many_rows(where, item[0])
        yield item


@contextmanager
def open_file(filename: str, data: bytes) -> Iterator[list[SheetData]]:
    """The sheets of a workbook or the one table of a CSV file, their rows read as they are used.

    Raises :class:`ImportRejected` when the file as a whole cannot be read (also while its
    rows are read: a sheet over ``MAX_ROWS`` rows, a damaged sheet, a runaway CSV field).
    """
    where = f"filen ”{filename}”"
    if len(data) > MAX_BYTES:
        raise ImportRejected([Problem(where, None, None,
                                      f"Filen är {_size_mb(len(data))} MB, men gränsen är 20 MB. "
                                      "Dela upp den i flera filer (till exempel ett år i taget).")])
    if not data.strip():
        raise ImportRejected([Problem(where, None, None, "Filen är tom. Välj den ifyllda mallen eller en CSV-fil.")])
    if data[:4] == b"PK\x03\x04":
        with _open_workbook(filename, data) as sheets_in:
            yield sheets_in
        return
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ImportRejected([Problem(where, None, None,
                                      "Filen är i det gamla Excelformatet (.xls). Öppna den i Excel och "
                                      "spara som Excelarbetsbok (.xlsx), eller använd mallen.")])
    if _looks_utf16(data):
        raise ImportRejected([Problem(where, None, None,
                                      "Filen har teckenkodningen UTF-16 (Excels ”Unicode-text”), som inte kan "
                                      "läsas. Spara som ”CSV UTF-8” eller ”CSV (semikolonavgränsad)”.")])
    if b"\x00" in data or data[:4] == b"%PDF":
        raise ImportRejected([Problem(where, None, None,
                                      "Filen är varken en Excelarbetsbok (.xlsx) eller en CSV-fil. "
                                      "Välj den ifyllda mallen eller en CSV-fil med mallens rubriker.")])
    yield [_read_csv(filename, _decode(filename, data))]


def read_file(filename: str, data: bytes) -> list[SheetData]:
    """Like :func:`open_file`, with every row read at once (small files, tests)."""
    with open_file(filename, data) as sheets_in:
        for sheet in sheets_in:
            sheet.rows = list(sheet.rows)
        return sheets_in


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 text: a byte-order mark or every other byte zero, and it decodes to readable text.

    Any other file with NUL bytes is no text file at all (and is told so)."""
    sample = data[:4096 - 4096 % 2]
    if len(sample) < 4:
        return False
    half = len(sample) // 2
    zeros_even, zeros_odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    if sample[:2] == b"\xff\xfe" or (zeros_odd > 0.3 and zeros_even < 0.05):
        codec = "utf-16-le"
    elif sample[:2] == b"\xfe\xff" or (zeros_even > 0.3 and zeros_odd < 0.05):
        codec = "utf-16-be"
    else:
        return False
    text = sample.decode(codec, errors="replace").lstrip("\ufeff")
    if not text:
        return False
    readable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text if ch != "\ufffd")
    return readable > 0.95 * len(text)


def _decode(filename: str, data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ImportRejected([Problem(
            f"filen ”{filename}”", None, None,
            f"Tecknet på position {exc.start + 1} går inte att läsa: filen är varken UTF-8 eller Windows-1252. "
            "Spara den som ”CSV UTF-8” i Excel.")]) from exc


def _detect_table(headers: list[str | None]) -> str | None:
    found = {_norm_header(h) for h in headers if h}
    best, best_score = None, (0, 0)
    for table in sh.SHEETS:
        cols = set(_header_map(table).items())
        matched = {col for text, col in cols if text in found}
        score = (len(matched), -len(TABLES[table].columns))
        enough = len(matched) >= 2 or set(TABLES[table].key) <= matched
        if enough and score > best_score:
            best, best_score = table, score
    return best


def _csv_records(where: str, text: str, sep: str) -> Iterator[tuple[int, list[str]]]:
    """Non-empty CSV records with their row numbers (as Excel numbers them when it opens the file)."""
    reader = csv.reader(io.StringIO(text), delimiter=sep)
    row_no = 0
    while True:
        row_no += 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            message = (f"Ett fält är längre än {_grouped(csv.field_size_limit())} tecken. Oftast saknas ett "
                       "avslutande citattecken (\") så att resten av filen hamnar i ett "
                       "fält: kontrollera citattecknen på raden.") if "field larger" in str(exc) else (
                       "Raden går inte att läsa som CSV. Kontrollera citattecknen (\") på raden.")
            raise ImportRejected([Problem(where, row_no, None, message)]) from exc
        if any(c.strip() for c in record):
            yield row_no, record


def _read_csv(filename: str, text: str) -> SheetData:
    where = f"filen ”{filename}”"
    first = next((ln for ln in io.StringIO(text) if ln.strip()), "")
    if ";" in first:
        sep = ";"
    elif "," in first:
        sep = ","
    elif "\t" in first or "|" in first:
        sign = "tabb" if "\t" in first else "lodstreck (|)"
        raise ImportRejected([Problem(where, 1, None,
                                      f"Filen använder {sign} som avgränsare. Spara den som CSV med "
                                      "semikolon (;) eller komma (,) mellan kolumnerna.")])
    else:
        sep = ";"
    if text.count("\n") > MAX_ROWS:  # count first (cheap), so that a huge file is answered at once
        for count, (row_no, _) in enumerate(_csv_records(where, text, sep)):
            if count > MAX_ROWS:
                raise _too_many_rows(where, row_no)
    records = _csv_records(where, text, sep)
    first_record = next(records, None)
    if first_record is None:  # only separators or characters that count as space
        raise ImportRejected([Problem(where, None, None, "Filen är tom. Välj den ifyllda mallen eller en CSV-fil.")])
    header_row, headers = first_record
    table = _detect_table(headers)
    if table is None:
        raise ImportRejected([Problem(where, header_row, None,
                                      "Hittar inga kända kolumnrubriker i första raden. Använd mallens "
                                      "rubriker (till exempel ”Indikator-id; År; Period; Kön; Utfall”) och "
                                      "semikolon eller komma som avgränsare.")])
    rows = ((n, [c.strip() for c in r]) for n, r in records)
    return SheetData(table, where, [h.strip() or None for h in headers], _limited(where, rows),
                     exact_width=True, header_row=header_row)


_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_VALUE = re.compile(rb"<(?:\w+:)?(?:v|is)[\s>]")
_ROW_END = re.compile(rb"</(?:\w+:)?row>")


def _scan_sheet(wb: object, ws: object) -> tuple[bool, int]:
    """Whether a sheet's XML holds a formula, and how many of its rows hold a value.

    Scanned as bytes, chunk by chunk: a second of work for a million rows, against a minute
    for reading the cells, so a sheet over the row limit is answered at once."""
    archive, path = getattr(wb, "_archive", None), getattr(ws, "_worksheet_path", None)
    if archive is None or path is None:
        return True, 0
    formulas, rows, tail = False, 0, b""
    with archive.open(path) as f:
        while chunk := f.read(1 << 22):
            buf = tail + chunk
            ends = list(_ROW_END.finditer(buf))
            if not ends:
                tail = buf
                continue
            cut = ends[-1].end()
            part, tail = buf[:cut], buf[cut:]
            formulas = formulas or bool(_FORMULA.search(part))
            rows += sum(1 for seg in _ROW_END.split(part) if _VALUE.search(seg))
    return formulas or bool(_FORMULA.search(tail)), rows


def _unreadable_workbook(where: str) -> ImportRejected:
    return ImportRejected([Problem(where, None, None,
                                   "Filen går inte att öppna som Excelarbetsbok (.xlsx). Välj den ifyllda "
                                   "mallen eller en CSV-fil.")])


@contextmanager
def _open_workbook(filename: str, data: bytes) -> Iterator[list[SheetData]]:
    import openpyxl

    where = f"filen ”{filename}”"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except Exception as exc:  # not a zip archive after all
        raise _unreadable_workbook(where) from exc
    if unpacked > MAX_UNPACKED:
        raise ImportRejected([Problem(where, None, None,
                                      f"Arbetsboken blir {_size_mb(unpacked)} MB när den packas upp, men gränsen "
                                      f"är {MAX_UNPACKED // 1024 // 1024} MB. Dela upp den i flera filer (till "
                                      "exempel ett år i taget), eller spara bladen som CSV.")])
    books = []
    try:
        try:
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            books.append(wb)
            sheets_in = _workbook_sheets(filename, data, wb, books)
        except ImportRejected:
            raise
        except Exception as exc:  # any damage in the file: openpyxl raises many kinds
            raise _unreadable_workbook(where) from exc
        yield sheets_in
    finally:
        for book in books:
            book.close()


def _workbook_sheets(filename: str, data: bytes, wb: object, books: list) -> list[SheetData]:
    import openpyxl

    where = f"filen ”{filename}”"
    by_name = {}
    for table, sheet in sh.SHEETS.items():
        by_name[_norm_header(sheet.name)] = table
        by_name[_norm_header(table)] = table
    out, problems = [], []
    formulas_wb = None
    for ws in wb.worksheets:  # type: ignore[attr-defined]
        sheet_where = f"bladet ”{ws.title}”"
        if _norm_header(ws.title) == _norm_header(INSTRUCTION_SHEET):
            continue
        row_iter = ws.iter_rows()
        if ws.sheet_state != "visible":
            found = None
            for row in row_iter:
                found = next((c.row for c in row if _has_value(_cell_value(c))), None)
                if found is not None:
                    problems.append(Problem(sheet_where, found, None,
                                            "Bladet är dolt men har data. Ta fram bladet (högerklicka på en "
                                            "bladflik och välj Ta fram) och kontrollera det, eller ta bort "
                                            "bladet; data på dolda blad importeras inte."))
                    break
            continue
        table = by_name.get(_norm_header(ws.title))
        if table is None:
            known = ", ".join(f"”{s.name}”" for s in sh.SHEETS.values())
            problems.append(Problem(sheet_where, None, None,
                                    f"Bladet känns inte igen. Kända blad: {known}. Byt namn eller ta bort bladet."))
            continue
        formula_rows = None
        has_formulas, filled = _scan_sheet(wb, ws)
        if filled > MAX_ROWS + 1:  # the header and the rows
            raise _too_many_rows(sheet_where, None)
        if has_formulas:
            if formulas_wb is None:
                formulas_wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
                books.append(formulas_wb)
            formula_rows = formulas_wb[ws.title].iter_rows()
        rows = _sheet_rows(sheet_where, row_iter, formula_rows)
        header = next(rows, None)
        if header is None:
            continue
        header_row, values = header
        headers = [None if v is None else str(v).strip() or None for v in values]
        out.append(SheetData(table, sheet_where, headers, _limited(sheet_where, rows), header_row=header_row))
    if problems:
        raise ImportRejected(problems)
    if not out:
        raise ImportRejected([Problem(where, None, None, "Arbetsboken har inga ifyllda blad.")])
    return out


def _sheet_rows(where: str, row_iter: Iterator, formula_rows: Iterator | None) -> Iterator[tuple[int, list[object]]]:
    """The non-empty rows of a sheet as they stream from the file, with their Excel row numbers."""
    try:
        for row in row_iter:
            formulas = next(formula_rows, ()) if formula_rows is not None else ()
            values = [_cell_value(c, f) for c, f in itertools.zip_longest(row, formulas[: len(row)])]
            if not any(_has_value(v) for v in values):
                continue
            yield next(c.row for c in row if hasattr(c, "row")), values
    except ImportRejected:
        raise
    except Exception as exc:  # a damaged sheet part-way through
        raise ImportRejected([Problem(where, None, None,
                                      "Bladet går inte att läsa till slut; filen verkar skadad. Öppna den i "
                                      "Excel, spara den som Excelarbetsbok (.xlsx) och försök igen.")]) from exc


def _has_value(value: object) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def _cell_value(cell: object, formula: object = None) -> object:
    value = getattr(cell, "value", None)
    if value is None:
        if formula is not None and getattr(formula, "data_type", None) == "f":
            text = getattr(formula, "value", "")
            text = text if isinstance(text, str) else "=…"
            return _Unreadable(f"Cellen har formeln {cells.shown(text)} men inget sparat värde. Kopiera cellerna "
                               "och klistra in dem som värden (Klistra in special → Värden), spara och importera "
                               "igen.")
        return None
    if isinstance(value, str):
        if cell.data_type == "e":  # type: ignore[attr-defined]
            return _Unreadable(f"Cellen visar felet {cells.shown(value)} (från en formel). Rätta formeln eller "
                               "skriv in värdet.")
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and "%" in (cell.number_format or ""):  # type: ignore[attr-defined]
        return round(value * 100, 10)  # a cell shown as 53 % holds 0.53
    return value


# ---------------------------------------------------------------- values ----------


class _Bad(ValueError):
    pass


def _convert(value: object, duck_type: str) -> object:
    """One cell as the schema's type; ``None`` when empty; :class:`_Bad` with a message otherwise."""
    if isinstance(value, _Unreadable):
        raise _Bad(value.message)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float) and math.isnan(value):
        return None  # a missing value of a table edited in the browser
    try:
        if duck_type == "VARCHAR":
            if isinstance(value, float) and value.is_integer():
                text = str(int(value))
            elif isinstance(value, datetime):
                text = value.date().isoformat() if value.time() == time() else value.isoformat(" ")
            else:
                text = str(value).strip()
            problem = cells.text_problem(text)
            if problem:
                raise _Bad(problem)
            return text
        if duck_type == "DOUBLE":
            return cells.parse_number(value)
        if duck_type in ("SMALLINT", "INTEGER"):
            return cells.parse_integer(value, duck_type)
    except cells.CellError as exc:
        raise _Bad(str(exc)) from None
    if duck_type == "DATE":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        whole = cells.date_text(str(value))
        try:
            return date.fromisoformat(whole or "")
        except ValueError:
            raise _Bad(f"”{cells.shown(str(value).strip())}” är inte ett datum. Skriv datum som 2022-08-31.") from None
    return value


# ---------------------------------------------------------------- validation ----------


def _column_label(sheet: SheetData, index: int, header: str) -> str:
    return f"{_letter(index)} ”{header}”" if sheet.letters else f"”{header}”"


def _check_headers(sheet: SheetData) -> tuple[dict[int, str], list[Problem]]:
    """Position -> column for the sheet's header row, and the header problems."""
    accepted = _header_map(sheet.table)
    spec = sh.SHEETS[sheet.table]
    problems, positions, seen = [], {}, {}
    last = max((i for i, h in enumerate(sheet.headers) if h), default=-1)
    for i, header in enumerate(sheet.headers[: last + 1]):
        if not header:
            problems.append(Problem(sheet.where, sheet.header_row, _letter(i), "Kolumnen saknar rubrik. Ta bort den eller "
                                                                 "skriv mallens rubrik."))
            continue
        col = accepted.get(_norm_header(header))
        if col is None:
            problems.append(Problem(sheet.where, sheet.header_row, _column_label(sheet, i, header),
                                    f"Okänd kolumn. Tillåtna rubriker på {spec.name}: "
                                    + ", ".join(f"”{h}”" for h in spec.headers.values()) + "."))
        elif col in seen:
            problems.append(Problem(sheet.where, sheet.header_row, _column_label(sheet, i, header),
                                    f"Kolumnen finns redan som kolumn {_letter(seen[col])}."))
        else:
            positions[i] = col
            seen[col] = i
    for col in (c.name for c in TABLES[sheet.table].columns if not c.added):  # older templates lack added ones
        if col not in seen:
            problems.append(Problem(sheet.where, sheet.header_row, f"”{spec.header(col)}”",
                                    "Kolumnen saknas i rubrikraden. Lägg till den (den får vara tom där "
                                    "värde inte krävs); mallen har alla kolumner."))
    return positions, problems


class _Problems(list):
    """The problems of one import: the first ``limit`` kept, later ones only counted (``more``).

    A file with a million bad rows thus keeps a few hundred messages, not a million."""

    def __init__(self, limit: int = MAX_SHOWN - 1) -> None:
        super().__init__()
        self.limit = limit
        self.more = 0

    def append(self, problem: Problem) -> None:
        if len(self) < self.limit:
            super().append(problem)
        else:
            self.more += 1

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.append(problem)

    def __iadd__(self, problems: Iterable[Problem]) -> _Problems:  # type: ignore[override,misc]
        self.extend(problems)
        return self

    def final(self, where: str) -> list[Problem]:
        out = list(self)
        if self.more:
            out.append(Problem(where, None, None,
                               f"… och {_grouped(self.more)} fel till, som inte visas här. Rätta felen ovan "
                               "(ofta har många rader samma fel) och importera filen igen."))
        return out


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def _parse_rows(sheet: SheetData, positions: dict[int, str],
                problems: list[Problem]) -> Iterator[tuple[int, dict[str, object]]]:
    table = TABLES[sheet.table]
    spec = sh.SHEETS[sheet.table]
    types = {c.name: c for c in table.columns}
    # A workbook's rows run to the sheet's last used column; data right of the last header is wrong.
    width = len(sheet.headers) if sheet.exact_width else 1 + max(
        (i for i, h in enumerate(sheet.headers) if h), default=-1)
    labels = {i: _column_label(sheet, i, spec.header(col)) for i, col in positions.items()}
    index_of = {col: i for i, col in positions.items()}
    for row_no, values in sheet.rows:
        if len(values) > width and sheet.exact_width:
            problems.append(Problem(sheet.where, row_no, None,
                                    f"Raden har {len(values)} fält men rubrikraden har {width}. Kontrollera "
                                    "avgränsaren och att decimaltal med komma står inom citattecken."))
            continue
        beyond = next((i for i in range(width, len(values)) if _has_value(values[i])), None)
        if beyond is not None:
            problems.append(Problem(sheet.where, row_no, _letter(beyond),
                                    "Cellen har ett värde men kolumnen saknar rubrik. Ta bort värdet eller skriv "
                                    f"mallens rubrik i rad {sheet.header_row}."))
            continue
        rec: dict[str, object] = {}
        ok = True
        for i, col in positions.items():
            raw = values[i] if i < len(values) else None
            label = labels[i]
            try:
                raw, factor = _amount_unit(raw) if col in sh.AMOUNT_COLUMNS else (raw, 1.0)
                value = _convert(raw, types[col].duck_type)
                if factor != 1.0 and value is not None:
                    value = float(value) * factor  # type: ignore[arg-type]  # kronor → tkr, unrounded
            except _Bad as exc:
                problems.append(Problem(sheet.where, row_no, label, str(exc)))
                ok = False
                continue
            if isinstance(value, str) and col == "period":
                value = sh.period_code(value)
            if isinstance(value, str):
                vocab = sh.vocabulary(sheet.table, col)
                if vocab:
                    value = sh.alias(value)
                    match = [v for v in vocab if v.casefold() == value.casefold()]
                    if not match:
                        problems.append(Problem(sheet.where, row_no, label,
                                                f"”{cells.shown(value)}” är inte ett tillåtet värde. Tillåtna: "
                                                + ", ".join(sh.choices(sheet.table, col)) + "."))
                        ok = False
                        continue
                    value = match[0]
            if value is None and not types[col].nullable:
                problems.append(Problem(sheet.where, row_no, label, "Värde saknas; kolumnen måste fyllas i."))
                ok = False
                continue
            rec[col] = value
        # Ranges of the cells that were read, also when another cell of the row was wrong.
        for msg, col in _range_problems(sheet.table, rec):
            problems.append(Problem(sheet.where, row_no, labels[index_of[col]], msg))
            ok = False
        if ok:
            yield row_no, rec


_KRONOR = re.compile(r"^(?P<number>.*?)\s*(?P<unit>tkr|kr|kronor)\.?\s*$", re.IGNORECASE)


def _amount_unit(raw: object) -> tuple[object, float]:
    """A budget amount's number and factor to tkr: ``110 000 kr`` → (``110 000``, 0.001); tkr as is."""
    if not isinstance(raw, str):
        return raw, 1.0
    match = _KRONOR.match(raw.strip())
    if not match or not match.group("number").strip():
        return raw, 1.0
    return match.group("number"), 1.0 if match.group("unit").casefold() == "tkr" else 0.001


def _range_problems(table: str, rec: dict[str, object]) -> list[tuple[str, str]]:
    out = []
    lo, hi = sh.YEAR_RANGE
    for col, c in ((c.name, c) for c in TABLES[table].columns):
        value = rec.get(col)
        if value is None:
            continue
        if col in sh.YEAR_COLUMNS and not lo <= int(value) <= hi:  # type: ignore[call-overload]
            out.append((f"Året {value} är orimligt; ange ett år mellan {lo} och {hi}.", col))
        elif c.duck_type == "DATE" and not lo <= value.year <= hi:  # type: ignore[attr-defined]
            out.append((f"Datumet {value} är orimligt; året ska vara mellan {lo} och {hi}.", col))
        elif col in sh.MONTH_COLUMNS and not 1 <= int(value) <= 12:  # type: ignore[call-overload]
            out.append((f"Månad {value} finns inte; skriv månadens nummer 1–12 (1 = januari, 12 = december).", col))
        elif col in sh.DEPTH_COLUMNS and not 1 <= int(value) <= sh.DEPTH_MAX:  # type: ignore[call-overload]
            out.append((f"Djupet {value} finns inte; skriv nivåns djup 1–{sh.DEPTH_MAX} (1 = översta nivån).", col))
        elif col in sh.PERCENT_COLUMNS and not 0 <= float(value) <= 100:  # type: ignore[arg-type]
            out.append((f"Andelen {_fmt(value)} % ligger utanför 0–100 %.", col))
        elif (c.duck_type in ("SMALLINT", "INTEGER", "DOUBLE") and col not in sh.SIGNED_COLUMNS
              and col not in sh.UNIT_COLUMNS and float(value) < 0):  # type: ignore[arg-type]
            out.append((f"Antalet kan inte vara negativt ({_fmt(value)}).", col))
    spec = sh.SHEETS[table]
    for first_col, last_col, hint in sh.ORDERED_COLUMNS.get(table, ()):
        first, last = rec.get(first_col), rec.get(last_col)
        if first is None or last is None or first <= last:  # type: ignore[operator]
            continue
        if any(col == c for _, c in out):
            continue  # the month itself is wrong: one message is enough
        if isinstance(first, date):
            msg = f"{spec.header(last_col)} {last} är före {spec.header(first_col)} {first}. {hint}"
        else:
            msg = f"{spec.header(first_col)} ({first}) är efter {spec.header(last_col)} ({last}); {hint}"
        out.append((msg, last_col))
    return out


def _fmt(value: object) -> str:
    x = float(value)  # type: ignore[arg-type]
    return (str(int(x)) if x.is_integer() else str(x).replace(".", ",")).replace("-", "−")


def validate(sheets_in: Iterable[SheetData], base: dict[str, Rows]) -> Prepared:
    """Validate every sheet, then keys and references over the whole batch; no writing.

    Rows are checked as they are read; problems past the first ``MAX_SHOWN - 1`` are only
    counted. Raises :class:`ImportRejected` from reading (see :func:`open_file`)."""
    result = Prepared()
    problems = _Problems()
    parsed: dict[str, list[tuple[SheetData, int, dict[str, object]]]] = {}
    seen_tables: dict[str, str] = {}
    surveys: list[SheetData] = []
    first_where = None
    for sheet in sheets_in:
        first_where = first_where or sheet.where
        if sheet.table in seen_tables:
            problems.append(Problem(sheet.where, None, None,
                                    f"Tabellen {sh.table_word(sheet.table)} finns redan i "
                                    f"{seen_tables[sheet.table]}; ta med den en gång."))
            continue
        seen_tables[sheet.table] = sheet.where
        parsed.setdefault(sheet.table, [])
        if sheet.table == "survey_results":  # the documented long format has its own parser, last
            surveys.append(sheet)
            continue
        positions, header_problems = _check_headers(sheet)
        problems += header_problems
        if header_problems:
            continue
        for row_no, rec in _parse_rows(sheet, positions, problems):
            if rec.get("source_note") == sh.EXAMPLE_NOTE:
                result.notes.append(f"Mallens exempelrad på {sheet.where}, rad {row_no}, hoppades över.")
                continue
            parsed[sheet.table].append((sheet, row_no, rec))
    for sheet in surveys:
        codes = {k[1] for k in base.get("committee_municipalities", {})}
        codes |= {rec.get("municipality_code") for _, _, rec in parsed.get("committee_municipalities", [])}
        for row_no, rec in _survey_rows(sheet, problems, {c for c in codes if isinstance(c, str)}):
            if rec.get("source_note") == sh.EXAMPLE_NOTE:
                result.notes.append(f"Mallens exempelrad på {sheet.where}, rad {row_no}, hoppades över.")
                continue
            parsed[sheet.table].append((sheet, row_no, rec))
    batch: dict[str, Rows] = {}
    for table, items in parsed.items():
        first_row: dict[tuple, int] = {}
        rows: Rows = {}
        for sheet, row_no, rec in items:
            key = tuple(rec.get(k) for k in TABLES[table].key)
            if key in first_row:
                spec = sh.SHEETS[table]
                shown = ", ".join(f"{spec.header(k)} {cells.shown(v)}"
                                  for k, v in zip(TABLES[table].key, key, strict=True))
                problems.append(Problem(sheet.where, row_no, None,
                                        f"Dubblett: samma nyckel ({shown}) finns redan på rad "
                                        f"{first_row[key]}. Ta bort den ena raden."))
                continue
            first_row[key] = row_no
            rows.update(rows_from_records(table, [rec]))
        batch[table] = rows
    after = {name: {**base.get(name, {}), **batch.get(name, {})} for name in TABLES}
    _period_problems(parsed, after, problems)
    _reference_problems(parsed, after, problems)
    _unit_problems(parsed, after, problems)
    _kind_problems(parsed, after, problems)
    _payer_problems(parsed, after, problems)
    result.problems = problems.final(first_where or "importen")
    result.uncounted = problems.more
    if not result.problems:
        result.after = {name: after[name] for name in batch}
        result.diffs = diff(base, result.after)
        result.warnings = checks.budget_warnings(after, batch.get("budget", {}))
    return result


def _survey_rows(sheet: SheetData, problems: _Problems,
                 codes: set[str]) -> list[tuple[int, dict[str, object]]]:
    """Survey results through ``survey_format`` (aliases such as ”Flickor”, optional columns)."""
    width = len(sheet.headers)
    names = [h or f"kolumn {_letter(i)}" for i, h in enumerate(sheet.headers)]
    numbers, table = [], []
    for row_no, values in sheet.rows:
        values = (list(values) + [None] * width)[:width]
        bad = [(i, v) for i, v in enumerate(values) if isinstance(v, _Unreadable)]
        for i, v in bad:
            problems.append(Problem(sheet.where, row_no, _column_label(sheet, i, names[i]), v.message))
        if not bad:
            numbers.append(row_no)
            table.append(values)
    if not numbers:
        return []  # an untouched sheet of the template: nothing to import, nothing wrong
    frame = pd.DataFrame(table, columns=names, dtype=object)
    try:
        return survey_format.parse_rows(frame, row_numbers=numbers, known_codes=codes,
                                        limit=max(1, MAX_SHOWN - len(problems)))  # the rest counted
    except survey_format.SurveyFormatError as exc:
        index = {survey_format.header_key(n): i for i, n in reversed(list(enumerate(names)))}  # first wins
        problems.extend(
            Problem(sheet.where, e.row,
                    _column_label(sheet, index[e.column], names[index[e.column]]) if e.column in index else None,
                    e.message[:1].upper() + e.message[1:])
            for e in exc.located)
        problems.more += exc.more
        return []


def _cell_problem(table: str, sheet: SheetData, row_no: int, column: str, message: str) -> Problem:
    """A problem in one cell: the sheet, the row and the column as the official's file names it."""
    idx = next((i for i, h in enumerate(sheet.headers) if h and _header_map(table).get(_norm_header(h)) == column), 0)
    return Problem(sheet.where, row_no, _column_label(sheet, idx, sh.SHEETS[table].header(column)), message)


def _pairs(rows: Rows, table: str, key: str, value: str) -> list[tuple[object, object]]:
    """(key, value) of two columns of a table's rows."""
    names = TABLES[table].column_names
    k, v = names.index(key), names.index(value)
    return [(r[k], r[v]) for r in rows.values()]


def _period_problems(parsed: dict, after: dict[str, Rows], problems: list[Problem]) -> None:
    """A period code is one of the defaults (UR1, UR2, AR) or has a row on Perioder for its year."""
    stated = set(_pairs(after.get("periods", {}), "periods", "year", "period"))
    defaults = list(PERIODS)
    for table, items in parsed.items():
        if table == "periods" or "period" not in TABLES[table].column_names:
            continue
        for sheet, row_no, rec in items:
            period, year = rec.get("period"), rec.get("year")
            if period is None or period in defaults or (year, period) in stated:
                continue
            problems.append(_cell_problem(
                table, sheet, row_no, "period",
                f"”{cells.shown(period)}” är inte ett tillåtet värde. Tillåtna: {', '.join(defaults)}, eller en "
                f"period som har en rad för år {year} på bladet {sh.table_word('periods')} (med första och sista "
                "månad)."))


def _reference_problems(parsed: dict, after: dict[str, Rows], problems: list[Problem]) -> None:
    for table, cols, target, target_cols in sh.REFERENCES:
        if not parsed.get(table) or target not in TABLES:
            continue
        tcols = TABLES[target].column_names
        known = {tuple(r[tcols.index(c)] for c in target_cols) for r in after[target].values()}
        spec = sh.SHEETS[table]
        for sheet, row_no, rec in parsed[table]:
            ref = tuple(rec.get(c) for c in cols)
            if ref[0] is None or ref in known:
                continue
            col = cols[0]
            extra = f" (år {ref[1]})" if len(ref) > 1 else ""
            problems.append(_cell_problem(
                table, sheet, row_no, col,
                f"{spec.header(col)} ”{cells.shown(ref[0])}”{extra} finns varken på bladet "
                f"{sh.table_word(target)} eller i datan. Lägg till den där, eller rätta id:t."))


def _payer_problems(parsed: dict, after: dict[str, Rows], problems: list[Problem]) -> None:
    """A budget row's payer is one of its committee's parties, when the committee has parties."""
    if not parsed.get("budget") or "parties" not in TABLES:
        return
    parties: dict[object, list[object]] = {}
    for committee, party in _pairs(after.get("parties", {}), "parties", "committee_id", "party"):
        parties.setdefault(committee, []).append(party)
    for sheet, row_no, rec in parsed["budget"]:
        payer, own = rec.get("payer"), parties.get(rec.get("committee_id"))
        if payer is None or not own or payer in own:
            continue
        problems.append(_cell_problem(
            "budget", sheet, row_no, "payer",
            f"”{cells.shown(payer)}” är ingen part i planen. Skriv en av: {', '.join(str(p) for p in own)} "
            f"(bladet {sh.table_word('parties')}), eller lägg till parten där."))


def _unit_problems(parsed: dict, after: dict[str, Rows], problems: list[Problem]) -> None:
    """Outcomes and targets: ≥ 0 for counts, 0–100 for shares (the indicator's unit decides)."""
    if not parsed.get("indicator_values") or "indicators" not in TABLES:
        return
    unit_of = dict(_pairs(after["indicators"], "indicators", "indicator_id", "unit"))
    for sheet, row_no, rec in parsed["indicator_values"]:
        unit = unit_of.get(rec.get("indicator_id"))
        for col in sh.UNIT_COLUMNS:
            value = rec.get(col)
            if value is None:
                continue
            msg = None
            if unit == "procent" and not 0 <= value <= 100:
                msg = f"Andelen {_fmt(value)} % ligger utanför 0–100 %. Indikatorn mäts i procent."
            elif unit == "antal" and value < 0:
                msg = f"Antalet kan inte vara negativt ({_fmt(value)})."
            if msg:
                problems.append(_cell_problem("indicator_values", sheet, row_no, col, msg))


def _kind_problems(parsed: dict, after: dict[str, Rows], problems: list[Problem]) -> None:
    """A milestone (Typ av indikator) has outcome 1 or 0, a date only when done, no target or baseline year;
    only milestones have a date."""
    if not (parsed.get("indicator_values") or parsed.get("indicators")):
        return
    kind_of = dict(_pairs(after["indicators"], "indicators", "indicator_id", "kind"))

    def report(table: str, sheet: SheetData, row_no: int, col: str, msg: str) -> None:
        problems.append(_cell_problem(table, sheet, row_no, col, msg))

    for sheet, row_no, rec in parsed.get("indicators", []):
        if rec.get("kind") == "milstolpe" and rec.get("baseline_year") is not None:
            report("indicators", sheet, row_no, "baseline_year",
                   "En milstolpe har inget basår; den är genomförd eller inte. Lämna Basår tomt.")
    for sheet, row_no, rec in parsed.get("indicator_values", []):
        kind = kind_of.get(rec.get("indicator_id"))
        outcome, done = rec.get("outcome"), rec.get("done_date")
        if kind == "milstolpe":
            if outcome is not None and outcome not in (0, 1):
                report("indicator_values", sheet, row_no, "outcome",
                       f"En milstolpe har utfall 1 (genomförd) eller 0 (inte genomförd), inte {_fmt(outcome)}.")
            elif done is not None and outcome == 0:
                report("indicator_values", sheet, row_no, "done_date",
                       "Datum för genomförandet anges bara när milstolpen är genomförd (utfall 1).")
            if rec.get("target") is not None:
                report("indicator_values", sheet, row_no, "target",
                       "En milstolpe har inget målvärde; den är genomförd eller inte. Lämna Målvärde tomt.")
        elif done is not None:
            word = str(kind or "indikator").capitalize()
            report("indicator_values", sheet, row_no, "done_date",
                   f"Genomförd datum gäller bara milstolpar; indikatorn är av typen {word}. Lämna cellen tom "
                   "eller ändra Typ av indikator till Milstolpe på bladet Indikatorer.")


def prepare_import(filename: str, data: bytes, base: dict[str, Rows]) -> Prepared:
    """Read and validate a whole file against ``base`` (the current tables), row by row as it streams."""
    try:
        with open_file(filename, data) as sheets_in:
            return validate(sheets_in, base)
    except ImportRejected as exc:
        return Prepared(problems=exc.problems)


def records_sheet(table: str, where: str, records: list[dict[str, object]]) -> SheetData:
    """Rows edited in the browser as a sheet, so they get exactly the same validation."""
    cols = TABLES[table].column_names
    headers: list[str | None] = [sh.SHEETS[table].header(c) for c in cols]
    rows = [(i + 1, [rec.get(c) for c in cols]) for i, rec in enumerate(records)]
    return SheetData(table, where, headers, rows, letters=False)
