"""The Excel template officials fill in: one sheet per table, Swedish headers, drop-down lists.

Built with XlsxWriter from ``folkhalsa.sheets`` (so a table with Swedish headers there gets a
sheet here too). Every cell is written as a plain value: text is never turned into a formula.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import xlsxwriter

from folkhalsa import sheets as sh
from folkhalsa import theme
from folkhalsa.importing import INSTRUCTION_SHEET
from folkhalsa.schema import TABLES

DATA_ROWS = 2000  # rows that get the drop-down lists and number checks
FILENAME = "folkhalsopanelen-mall.xlsx"

_HELP = {
    "VARCHAR": "text", "SMALLINT": "heltal", "INTEGER": "heltal", "DOUBLE": "tal (decimalkomma går bra)",
    "DATE": "datum (ÅÅÅÅ-MM-DD)",
}


def _write(ws, row: int, col: int, value: object, fmt=None) -> None:
    """One cell as a plain value; strings always as strings (never as formulas)."""
    if value is None:
        ws.write_blank(row, col, None, fmt)
    elif isinstance(value, bool):
        ws.write_boolean(row, col, value, fmt)
    elif isinstance(value, int | float):
        ws.write_number(row, col, value, fmt)
    else:
        ws.write_string(row, col, str(value), fmt)


def build() -> bytes:
    """The template workbook as bytes (for the download button and the command line)."""
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False,
                                   "strings_to_urls": False, "strings_to_numbers": False})
    head = wb.add_format({"bold": True, "bg_color": theme.NEUTRAL_COLOUR, "font_color": theme.HEADER_TEXT_COLOUR,
                          "border": 1, "text_wrap": True})
    text = wb.add_format({"num_format": "@"})
    example = wb.add_format({"italic": True, "font_color": theme.MUTED_TEXT_COLOUR, "num_format": "@"})
    example_num = wb.add_format({"italic": True, "font_color": theme.MUTED_TEXT_COLOUR})
    example_date = wb.add_format({"italic": True, "font_color": theme.MUTED_TEXT_COLOUR, "num_format": "yyyy-mm-dd"})
    datefmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    _instructions(wb, head)
    for table, spec in sh.SHEETS.items():
        ws = wb.add_worksheet(spec.name)
        ws.freeze_panes(1, 0)
        for col_idx, col in enumerate(TABLES[table].columns):
            header = spec.header(col.name)
            _write(ws, 0, col_idx, header, head)
            width = max(12, min(40, len(header) + 4))
            colfmt = text if col.duck_type == "VARCHAR" else datefmt if col.duck_type == "DATE" else None
            ws.set_column(col_idx, col_idx, width, colfmt)
            value = spec.example.get(col.name)
            if col.name == "source_note":
                value = sh.EXAMPLE_NOTE
            if col.duck_type == "DATE" and isinstance(value, str):
                ws.write_datetime(1, col_idx, date.fromisoformat(value), example_date)
            else:
                _write(ws, 1, col_idx, value, example if col.duck_type == "VARCHAR" else example_num)
            _validation(ws, table, col, col_idx, header)
    wb.close()
    return buf.getvalue()


def _validation(ws, table: str, col, col_idx: int, header: str) -> None:
    vocab = sh.vocabulary(table, col.name)
    rng = (1, col_idx, DATA_ROWS, col_idx)
    if vocab:
        ws.data_validation(*rng, {"validate": "list", "source": list(vocab),
                                  "error_title": header, "error_message": "Välj ett värde i listan: "
                                  + ", ".join(vocab), "input_title": header,
                                  "input_message": "Välj i listan."})
    elif col.name in sh.YEAR_COLUMNS:
        lo, hi = sh.YEAR_RANGE
        ws.data_validation(*rng, {"validate": "integer", "criteria": "between", "minimum": lo, "maximum": hi,
                                  "error_title": header, "error_message": f"Ett år mellan {lo} och {hi}."})
    elif col.duck_type in ("SMALLINT", "INTEGER") and col.name not in sh.SIGNED_COLUMNS:
        ws.data_validation(*rng, {"validate": "integer", "criteria": ">=", "value": 0,
                                  "error_title": header, "error_message": "Ett heltal, 0 eller större."})


def _instructions(wb, head) -> None:
    ws = wb.add_worksheet(INSTRUCTION_SHEET)
    ws.set_column(0, 0, 28)
    ws.set_column(1, 1, 40)
    ws.set_column(2, 2, 30)
    lines = [
        "Mall för Folkhälsopanelen",
        "Fyll i ett blad per tabell. Rad 1 är rubriker: ändra dem inte. Rad 2 är en exempelrad "
        f"(Källa: ”{sh.EXAMPLE_NOTE}”); skriv över den eller ta bort den – den importeras aldrig.",
        "Id:n binder ihop bladen: ett mål hör till en nämnd (Nämnd-id), en indikator till ett mål (Mål-id), "
        "ett indikatorvärde till en indikator (Indikator-id).",
        "Andelar skrivs i procent, 0–100 (53 eller 53 %). Lämna en cell tom när värdet saknas – skriv aldrig 0 för "
        "ett saknat värde.",
        "Importera på sidan Hantera data eller med: python -m folkhalsa import <fil.xlsx>. Rader med samma id "
        "ersätts, nya läggs till; inget tas bort.",
    ]
    for i, line in enumerate(lines):
        _write(ws, i, 0, line)
    row = len(lines) + 1
    for j, title in enumerate(("Blad", "Kolumn", "Typ")):
        _write(ws, row, j, title, head)
    for table, spec in sh.SHEETS.items():
        for col in TABLES[table].columns:
            row += 1
            must = " (måste fyllas i)" if not col.nullable else ""
            vocab = sh.vocabulary(table, col.name)
            kind = ("ett av: " + ", ".join(vocab)) if vocab else _HELP[col.duck_type]
            _write(ws, row, 0, spec.name)
            _write(ws, row, 1, spec.header(col.name) + must)
            _write(ws, row, 2, kind)


def write(path: Path) -> Path:
    path.write_bytes(build())
    return path
