"""Import of the template workbook (or CSV, one table per file): read, validate, preview.

Nothing here writes. :func:`prepare_import` reads a file and validates the *whole* batch
against the current data; it returns every problem (Swedish, with sheet, row as Excel
numbers it, and column) or, when there are none, the tables as they would be after the
import and the difference per table. The caller applies it with ``versions.commit``.

An import adds new rows and replaces rows with the same key; it never removes rows
(rows are removed in the browser's table editor).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime

import pandas as pd

from folkhalsa import sheets as sh
from folkhalsa import survey_format
from folkhalsa.followup import checks
from folkhalsa.schema import PERIODS, TABLES
from folkhalsa.versions import Rows, TableDiff, diff, rows_from_records

MAX_BYTES = 20 * 1024 * 1024
MAX_SHOWN = 200  # problems listed; the count says how many more there are
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
    rows: list[tuple[int, list[object]]]
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

    @property
    def ok(self) -> bool:
        return not self.problems


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


def read_file(filename: str, data: bytes) -> list[SheetData]:
    """The sheets of a workbook or the one table of a CSV file; :class:`ImportRejected` if unreadable."""
    where = f"filen ”{filename}”"
    if len(data) > MAX_BYTES:
        raise ImportRejected([Problem(where, None, None,
                                      f"Filen är {_size_mb(len(data))} MB, men gränsen är 20 MB. "
                                      "Dela upp den i flera filer (till exempel ett år i taget).")])
    if not data.strip():
        raise ImportRejected([Problem(where, None, None, "Filen är tom. Välj den ifyllda mallen eller en CSV-fil.")])
    if data[:4] == b"PK\x03\x04":
        return _read_workbook(filename, data)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ImportRejected([Problem(where, None, None,
                                      "Filen är i det gamla Excelformatet (.xls). Öppna den i Excel och "
                                      "spara som Excelarbetsbok (.xlsx), eller använd mallen.")])
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or (b"\x00" in data[:4096] and _looks_utf16(data)):
        raise ImportRejected([Problem(where, None, None,
                                      "Filen har teckenkodningen UTF-16 (Excels ”Unicode-text”), som inte kan "
                                      "läsas. Spara som ”CSV UTF-8” eller ”CSV (semikolonavgränsad)”.")])
    if b"\x00" in data[:4096] or data[:4] == b"%PDF":
        raise ImportRejected([Problem(where, None, None,
                                      "Filen är varken en Excelarbetsbok (.xlsx) eller en CSV-fil. "
                                      "Välj den ifyllda mallen eller en CSV-fil med mallens rubriker.")])
    return [_read_csv(filename, _decode(filename, data))]


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 text without a byte-order mark: decodes to mostly printable characters."""
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data[:4096 - 4096 % 2].decode(codec)
        except UnicodeDecodeError:
            continue
        if text and sum(ch.isprintable() or ch in "\r\n\t" for ch in text) > 0.95 * len(text):
            return True
    return False


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


def _read_csv(filename: str, text: str) -> SheetData:
    where = f"filen ”{filename}”"
    lines = [ln for ln in text.splitlines() if ln.strip()]
    first = lines[0]
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
    records = list(csv.reader(io.StringIO(text), delimiter=sep))
    numbered = [(i + 1, r) for i, r in enumerate(records) if any(c.strip() for c in r)]
    header_row, headers = numbered[0]
    table = _detect_table(headers)
    if table is None:
        raise ImportRejected([Problem(where, header_row, None,
                                      "Hittar inga kända kolumnrubriker i första raden. Använd mallens "
                                      "rubriker (till exempel ”Indikator-id; År; Period; Kön; Utfall”) och "
                                      "semikolon eller komma som avgränsare.")])
    return SheetData(table, where, [h.strip() or None for h in headers],
                     [(n, [c.strip() for c in r]) for n, r in numbered[1:]], exact_width=True,
                     header_row=header_row)


def _read_workbook(filename: str, data: bytes) -> list[SheetData]:
    import openpyxl

    where = f"filen ”{filename}”"
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise ImportRejected([Problem(where, None, None,
                                      "Filen går inte att öppna som Excelarbetsbok (.xlsx). Välj den ifyllda "
                                      "mallen eller en CSV-fil.")]) from exc
    by_name = {}
    for table, sheet in sh.SHEETS.items():
        by_name[_norm_header(sheet.name)] = table
        by_name[_norm_header(table)] = table
    out, problems = [], []
    try:
        for ws in wb.worksheets:
            if _norm_header(ws.title) == _norm_header(INSTRUCTION_SHEET):
                continue
            table = by_name.get(_norm_header(ws.title))
            if table is None:
                known = ", ".join(f"”{s.name}”" for s in sh.SHEETS.values())
                problems.append(Problem(f"bladet ”{ws.title}”", None, None,
                                        f"Bladet känns inte igen. Kända blad: {known}. Byt namn eller ta bort bladet."))
                continue
            headers: list[str | None] = []
            header_row = 1
            rows: list[tuple[int, list[object]]] = []
            for cells in ws.iter_rows():
                values = [_cell_value(c) for c in cells]
                if not any(v is not None and str(v).strip() for v in values):
                    continue
                row_no = next(c.row for c in cells if hasattr(c, "row"))
                if not headers:
                    headers = [None if v is None else str(v).strip() or None for v in values]
                    header_row = row_no
                else:
                    rows.append((row_no, values))
            if headers:
                out.append(SheetData(table, f"bladet ”{ws.title}”", headers, rows, header_row=header_row))
    finally:
        wb.close()
    if problems:
        raise ImportRejected(problems)
    if not out:
        raise ImportRejected([Problem(where, None, None, "Arbetsboken har inga ifyllda blad.")])
    return out


def _cell_value(cell: object) -> object:
    value = getattr(cell, "value", None)
    fmt = getattr(cell, "number_format", "") or ""
    if isinstance(value, int | float) and not isinstance(value, bool) and "%" in fmt:
        return round(value * 100, 10)  # a cell shown as 53 % holds 0.53
    return value


# ---------------------------------------------------------------- values ----------


class _Bad(ValueError):
    pass


_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")


def _number(value: object) -> float:
    if isinstance(value, bool):
        raise _Bad
    if isinstance(value, int | float):
        return float(value)
    text = _SPACES.sub("", str(value)).replace("\u2212", "-").rstrip("%")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    if not re.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?", text):
        raise _Bad
    return float(text)


def _convert(value: object, duck_type: str) -> object:
    """One cell as the schema's type; ``None`` when empty; :class:`_Bad` with a message otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if duck_type == "VARCHAR":
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, datetime):
            return value.date().isoformat()
        return str(value).strip()
    if duck_type == "DOUBLE":
        try:
            return _number(value)
        except (_Bad, ValueError):
            raise _Bad(f"”{value}” är inte ett tal. Skriv till exempel 12,5 (utan text).") from None
    if duck_type in ("SMALLINT", "INTEGER"):
        try:
            x = _number(value)
        except (_Bad, ValueError):
            raise _Bad(f"”{value}” är inte ett heltal.") from None
        if not x.is_integer():
            raise _Bad(f"”{value}” är inte ett heltal.")
        return int(x)
    if duck_type == "DATE":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            raise _Bad(f"”{value}” är inte ett datum. Skriv datum som 2022-08-31.") from None
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


def _parse_rows(sheet: SheetData, positions: dict[int, str],
                problems: list[Problem]) -> list[tuple[int, dict[str, object]]]:
    table = TABLES[sheet.table]
    spec = sh.SHEETS[sheet.table]
    types = {c.name: c for c in table.columns}
    width = len(sheet.headers)
    out = []
    for row_no, values in sheet.rows:
        if len(values) > width and (sheet.exact_width or any(v not in (None, "") for v in values[width:])):
            problems.append(Problem(sheet.where, row_no, None,
                                    f"Raden har {len(values)} fält men rubrikraden har {width}. Kontrollera "
                                    "avgränsaren och att decimaltal med komma står inom citattecken."))
            continue
        rec: dict[str, object] = {}
        ok = True
        for i, col in positions.items():
            raw = values[i] if i < len(values) else None
            label = _column_label(sheet, i, spec.header(col))
            try:
                value = _convert(raw, types[col].duck_type)
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
                                                f"”{value}” är inte ett tillåtet värde. Tillåtna: "
                                                + ", ".join(vocab) + "."))
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
            idx = next(i for i, c in positions.items() if c == col)
            problems.append(Problem(sheet.where, row_no, _column_label(sheet, idx, spec.header(col)), msg))
            ok = False
        if ok:
            out.append((row_no, rec))
    return out


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
        elif col in sh.PERCENT_COLUMNS and not 0 <= float(value) <= 100:  # type: ignore[arg-type]
            out.append((f"Andelen {_fmt(value)} % ligger utanför 0–100 %.", col))
        elif (c.duck_type in ("SMALLINT", "INTEGER", "DOUBLE") and col not in sh.SIGNED_COLUMNS
              and col not in sh.UNIT_COLUMNS and float(value) < 0):  # type: ignore[arg-type]
            out.append((f"Antalet kan inte vara negativt ({_fmt(value)}).", col))
    return out


def _fmt(value: object) -> str:
    x = float(value)  # type: ignore[arg-type]
    return (str(int(x)) if x.is_integer() else str(x).replace(".", ",")).replace("-", "−")


def validate(sheets_in: list[SheetData], base: dict[str, Rows]) -> Prepared:
    """Validate every sheet, then keys and references over the whole batch; no writing."""
    result = Prepared()
    parsed: dict[str, list[tuple[SheetData, int, dict[str, object]]]] = {}
    seen_tables: dict[str, str] = {}
    for sheet in sheets_in:
        if sheet.table in seen_tables:
            result.problems.append(Problem(sheet.where, None, None,
                                           f"Tabellen {sh.table_word(sheet.table)} finns redan i "
                                           f"{seen_tables[sheet.table]}; ta med den en gång."))
            continue
        seen_tables[sheet.table] = sheet.where
        parsed.setdefault(sheet.table, [])
        if sheet.table == "survey_results":  # the documented long format has its own parser
            for row_no, rec in _survey_rows(sheet, result.problems):
                if rec.get("source_note") == sh.EXAMPLE_NOTE:
                    result.notes.append(f"Mallens exempelrad på {sheet.where}, rad {row_no}, hoppades över.")
                    continue
                parsed[sheet.table].append((sheet, row_no, rec))
            continue
        positions, problems = _check_headers(sheet)
        result.problems += problems
        if problems:
            continue
        for row_no, rec in _parse_rows(sheet, positions, result.problems):
            if rec.get("source_note") == sh.EXAMPLE_NOTE:
                result.notes.append(f"Mallens exempelrad på {sheet.where}, rad {row_no}, hoppades över.")
                continue
            parsed.setdefault(sheet.table, []).append((sheet, row_no, rec))
    batch: dict[str, Rows] = {}
    for table, items in parsed.items():
        first_row: dict[tuple, int] = {}
        rows: Rows = {}
        for sheet, row_no, rec in items:
            key = tuple(rec.get(k) for k in TABLES[table].key)
            if key in first_row:
                spec = sh.SHEETS[table]
                shown = ", ".join(f"{spec.header(k)} {v}" for k, v in zip(TABLES[table].key, key, strict=True))
                result.problems.append(Problem(sheet.where, row_no, None,
                                               f"Dubblett: samma nyckel ({shown}) finns redan på rad "
                                               f"{first_row[key]}. Ta bort den ena raden."))
                continue
            first_row[key] = row_no
            rows.update(rows_from_records(table, [rec]))
        batch[table] = rows
    after = {name: {**base.get(name, {}), **batch.get(name, {})} for name in TABLES}
    result.problems += _period_problems(parsed, after)
    result.problems += _reference_problems(parsed, after)
    result.problems += _unit_problems(parsed, after)
    if not result.problems:
        result.after = {name: after[name] for name in batch}
        result.diffs = diff(base, result.after)
        result.warnings = checks.budget_warnings(after, batch.get("budget", {}))
    return result


def _survey_rows(sheet: SheetData, problems: list[Problem]) -> list[tuple[int, dict[str, object]]]:
    """Survey results through ``survey_format.parse`` (aliases such as ”Flickor”, optional columns)."""
    numbers = [row_no for row_no, values in sheet.rows if any(v not in (None, "") for v in values)]
    if not numbers:
        return []  # an untouched sheet of the template: nothing to import, nothing wrong
    width = len(sheet.headers)
    frame = pd.DataFrame([(values + [None] * width)[:width] for _, values in sheet.rows],
                         columns=[h or f"kolumn {_letter(i)}" for i, h in enumerate(sheet.headers)])
    first = sheet.rows[0][0] if sheet.rows else sheet.header_row + 1
    try:
        rows = survey_format.parse(frame, first_row=first)
    except survey_format.SurveyFormatError as exc:
        problems.extend(Problem(sheet.where, None, None, error) for error in exc.errors)
        return []
    records = rows.astype(object).where(rows.notna(), None).to_dict("records")
    return list(zip(numbers, records, strict=False))


def _period_problems(parsed: dict, after: dict[str, Rows]) -> list[Problem]:
    """A period code is one of the defaults (UR1, UR2, AR) or has a row on Perioder for its year."""
    pcols = TABLES["periods"].column_names
    stated = {(r[pcols.index("year")], r[pcols.index("period")]) for r in after.get("periods", {}).values()}
    defaults = [p for p in PERIODS]
    problems = []
    for table, items in parsed.items():
        if table == "periods" or "period" not in TABLES[table].column_names:
            continue
        for sheet, row_no, rec in items:
            period, year = rec.get("period"), rec.get("year")
            if period is None or period in defaults or (year, period) in stated:
                continue
            idx = next((i for i, h in enumerate(sheet.headers)
                        if h and _header_map(table).get(_norm_header(h)) == "period"), 0)
            problems.append(Problem(
                sheet.where, row_no, _column_label(sheet, idx, sh.SHEETS[table].header("period")),
                f"”{period}” är inte ett tillåtet värde. Tillåtna: {', '.join(defaults)}, eller en period "
                f"som har en rad för år {year} på bladet {sh.table_word('periods')} (med första och sista månad)."))
    return problems


def _reference_problems(parsed: dict, after: dict[str, Rows]) -> list[Problem]:
    problems = []
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
            idx = next(i for i, h in enumerate(sheet.headers)
                       if h and _header_map(table).get(_norm_header(h)) == col)
            extra = f" (år {ref[1]})" if len(ref) > 1 else ""
            problems.append(Problem(
                sheet.where, row_no, _column_label(sheet, idx, spec.header(col)),
                f"{spec.header(col)} ”{ref[0]}”{extra} finns varken på bladet {sh.table_word(target)} "
                "eller i datan. Lägg till den där, eller rätta id:t."))
    return problems


def _unit_problems(parsed: dict, after: dict[str, Rows]) -> list[Problem]:
    """Outcomes and targets: ≥ 0 for counts, 0–100 for shares (the indicator's unit decides)."""
    if not parsed.get("indicator_values") or "indicators" not in TABLES:
        return []
    icols = TABLES["indicators"].column_names
    unit_of = {r[icols.index("indicator_id")]: r[icols.index("unit")] for r in after["indicators"].values()}
    spec = sh.SHEETS["indicator_values"]
    problems = []
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
                idx = next(i for i, h in enumerate(sheet.headers)
                           if h and _header_map("indicator_values").get(_norm_header(h)) == col)
                problems.append(Problem(sheet.where, row_no, _column_label(sheet, idx, spec.header(col)), msg))
    return problems


def prepare_import(filename: str, data: bytes, base: dict[str, Rows]) -> Prepared:
    """Read and validate a whole file against ``base`` (the current tables)."""
    try:
        sheets_in = read_file(filename, data)
    except ImportRejected as exc:
        return Prepared(problems=exc.problems)
    return validate(sheets_in, base)


def records_sheet(table: str, where: str, records: list[dict[str, object]]) -> SheetData:
    """Rows edited in the browser as a sheet, so they get exactly the same validation."""
    cols = TABLES[table].column_names
    headers: list[str | None] = [sh.SHEETS[table].header(c) for c in cols]
    rows = [(i + 1, [rec.get(c) for c in cols]) for i, rec in enumerate(records)]
    return SheetData(table, where, headers, rows, letters=False)
