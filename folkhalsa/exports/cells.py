"""Cells that can never start a formula, and the CSV and Excel writers built on them.

A text from the data that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return could run as a formula when the file is opened in a spreadsheet (CSV injection).
Such text gets a leading apostrophe in CSV and is written as a quote-prefixed text cell
in Excel; real numbers stay numbers (a negative number is still a number).
"""

from __future__ import annotations

import csv
import io
import math
import numbers
from datetime import date

import pandas as pd
import xlsxwriter

from folkhalsa import theme
from folkhalsa.fmt import is_missing

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Excel shows these with the reader's own separators (a Swedish Excel: "1 196", "3,5").
EXCEL_FORMAT = {"antal": "#,##0", "procent": '0" %"', "tkr": '#,##0" tkr"'}
UNIT_COLUMN = "Enhet"


def is_number(value: object) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and not is_missing(value)


def is_dangerous(text: str) -> bool:
    return text.startswith(FORMULA_START)


def safe_cell(value: object) -> object:
    """A number stays a number, missing becomes None, text that could start a formula gets ``'``."""
    if is_missing(value):
        return None
    if is_number(value):
        x = float(value)  # type: ignore[arg-type]
        return int(x) if x.is_integer() and abs(x) < 2**53 else x
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return "'" + text if is_dangerous(text) else text


def _csv_number(x: float | int) -> str:
    if isinstance(x, int):
        return str(x)
    return repr(x).replace(".", ",") if not math.isinf(x) else ""


def to_csv(frame: pd.DataFrame) -> bytes:
    """CSV as a Swedish Excel reads it: ``;`` between fields, decimal comma, UTF-8 with BOM."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([safe_cell(c) for c in frame.columns])
    for row in frame.itertuples(index=False):
        cells = [safe_cell(v) for v in row]
        writer.writerow(["" if c is None else _csv_number(c) if is_number(c) else c for c in cells])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _sheet_name(name: str, used: set[str]) -> str:
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in name).strip()[:31] or "Blad"
    base, n = clean, 2
    while clean.lower() in used:
        suffix = f" {n}"
        clean, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(clean.lower())
    return clean


def to_xlsx(sheets: dict[str, pd.DataFrame], title: str = "") -> bytes:
    """One sheet per table: bold header, numbers as numbers (formatted by a column ``Enhet``)."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "nan_inf_to_errors": False})
    book.set_properties({"title": title, "comments": "Folkhälsopanelen"})
    header = book.add_format({"bold": True, "font_color": theme.HEADER_TEXT_COLOUR,
                              "bg_color": theme.NEUTRAL_COLOUR, "text_wrap": True, "valign": "top"})
    text = book.add_format({"text_wrap": True, "valign": "top"})
    inert = book.add_format({"text_wrap": True, "valign": "top", "quote_prefix": True})
    number_formats = {unit: book.add_format({"num_format": f, "valign": "top"})
                      for unit, f in {**EXCEL_FORMAT, "": "#,##0.###"}.items()}
    used: set[str] = set()
    for name, frame in sheets.items():
        sheet = book.add_worksheet(_sheet_name(name, used))
        units = list(frame[UNIT_COLUMN]) if UNIT_COLUMN in frame.columns else [""] * len(frame)
        for c, column in enumerate(frame.columns):
            sheet.write_string(0, c, str(column), header)
            texts = [str(v) for v in frame[column] if not is_missing(v)]
            width = max([len(str(column)), *(len(t) for t in texts)], default=8)
            sheet.set_column(c, c, min(max(width + 2, 8), 60))
        for r, row in enumerate(frame.itertuples(index=False), start=1):
            unit = units[r - 1] if units[r - 1] in EXCEL_FORMAT else ""
            for c, value in enumerate(row):
                if is_missing(value):
                    sheet.write_blank(r, c, None, text)
                elif is_number(value):
                    sheet.write_number(r, c, float(value), number_formats[unit])
                else:
                    cell = value.isoformat() if isinstance(value, date) else str(value)
                    sheet.write_string(r, c, cell, inert if is_dangerous(cell) else text)
        sheet.freeze_panes(1, 0)
        if len(frame.columns):
            sheet.autofilter(0, 0, max(len(frame), 1), len(frame.columns) - 1)
    book.close()
    return out.getvalue()
