"""The long import format for survey results (LUPP and others), as a pure parser.

One row per municipality, survey year, school year, gender, question and answer, with
Swedish column headers (see README.md, "Importformat för enkätresultat")::

    kommunkod;undersökningsår;årskurs;kön;område;fråga;svar;andel;antal svarande
    1380;2021;åk 8;K;hälsa;Hur mår du i allmänhet?;Mycket bra;24;337

``parse(frame)`` turns such a table (read from CSV or Excel by the importer, every cell as
text or number) into rows of the ``survey_results`` table, or raises
:class:`SurveyFormatError` listing every problem with its row and column, in Swedish.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from folkhalsa import fmt
from folkhalsa.schema import SCHOOL_YEARS, SURVEY_AREAS, TABLES

# Swedish header → survey_results column; all required.
COLUMNS = {
    "kommunkod": "municipality_code",
    "undersökningsår": "survey_year",
    "årskurs": "group",
    "kön": "gender",
    "område": "area",
    "fråga": "question",
    "svar": "answer",
    "andel": "share",
    "antal svarande": "n_respondents",
}
# Optional headers and their default when the column is missing or the cell is empty.
OPTIONAL = {"undersökning": ("survey", "LUPP"), "källa": ("source_note", None)}

GENDER_WORDS = {
    "t": "T", "totalt": "T", "alla": "T", "samtliga": "T",
    "k": "K", "flickor": "K", "flicka": "K", "tjejer": "K", "kvinnor": "K",
    "m": "M", "pojkar": "M", "pojke": "M", "killar": "M", "män": "M",
}
GROUP_WORDS = {
    "åk 8": "åk 8", "åk8": "åk 8", "årskurs 8": "åk 8",
    "gymnasiet år 2": "gymnasiet år 2", "gymnasiet åk 2": "gymnasiet år 2", "gy 2": "gymnasiet år 2",
    "gy2": "gymnasiet år 2", "gymnasiet 2": "gymnasiet år 2",
}
MAX_LISTED = 25
FIRST_DATA_ROW = 2  # the header is row 1 of the file


class SurveyFormatError(ValueError):
    """A survey file that cannot be imported; ``errors`` names each row and column."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        shown = errors[:MAX_LISTED]
        more = len(errors) - len(shown)
        text = "Enkätfilen kan inte läsas in:\n" + "\n".join(f"• {e}" for e in shown)
        if more:
            text += f"\n… och {more} fel till."
        super().__init__(text)


def _norm(text: object) -> str:
    return re.sub(r"\s+", " ", str(text).replace("_", " ").replace(fmt.NBSP, " ")).strip().lower()


def _blank(value: object) -> bool:
    return fmt.is_missing(value) or str(value).strip() == ""


def _number(value: object) -> float:
    """``53``, ``53,5``, ``53 %``, ``1 234`` → float; raises ValueError otherwise."""
    if isinstance(value, int | float):
        return float(value)
    text = str(value).replace(fmt.NBSP, "").replace(" ", "").replace("%", "").replace(",", ".")
    return float(text)


def _whole(x: float) -> bool:
    return math.isfinite(x) and x == int(x)


def _whole_number(value: object, low: int, high: int | None) -> int | None:
    """A whole number within ``low``–``high``, or None when the cell is anything else."""
    try:
        x = _number(value)
    except ValueError:
        return None
    if not _whole(x) or x < low or (high is not None and x > high):
        return None
    return int(x)


def _where(row: int, header: str) -> str:
    return f"Rad {row}, kolumn ”{header}”"


def parse(frame: pd.DataFrame, first_row: int = FIRST_DATA_ROW) -> pd.DataFrame:
    """Check and convert a survey file to ``survey_results`` rows (schema column order).

    ``first_row`` is the file row of the frame's first data row (2 when the header is row 1),
    so that messages name the row the official sees in Excel.
    """
    headers = {_norm(c): c for c in frame.columns}
    missing = [h for h in COLUMNS if h not in headers]
    if missing:
        found = ", ".join(f"”{c}”" for c in frame.columns) or "inga"
        raise SurveyFormatError([
            f"Kolumnen ”{h}” saknas. Första raden ska ha rubrikerna {', '.join(COLUMNS)}. "
            f"Hittade: {found}." for h in missing
        ])
    errors: list[str] = []
    rows: list[dict] = []
    seen: dict[tuple, int] = {}
    for pos, (_, record) in enumerate(frame.iterrows()):
        line = first_row + pos
        cells = {h: record[headers[h]] for h in headers}
        if all(_blank(v) for v in cells.values()):
            continue  # empty rows at the end of a sheet
        row: dict[str, object] = {}
        for header, (column, default) in OPTIONAL.items():
            value = cells.get(header)
            row[column] = default if value is None or _blank(value) else str(value).strip()
        before = len(errors)
        for header, column in COLUMNS.items():
            value = cells[header]
            if _blank(value):
                errors.append(f"{_where(line, header)}: värdet saknas.")
                continue
            try:
                row[column] = _convert(column, value)
            except ValueError as exc:
                errors.append(f"{_where(line, header)}: {exc}")
        if len(errors) > before:
            continue
        key = tuple(row[c] for c in TABLES["survey_results"].key)
        if key in seen:
            errors.append(f"Rad {line} upprepar rad {seen[key]}: samma undersökning, år, kommun, "
                          "årskurs, kön, fråga och svar får bara finnas en gång.")
            continue
        seen[key] = line
        rows.append(row)
    if errors:
        raise SurveyFormatError(errors)
    if not rows:
        raise SurveyFormatError(["Filen har rubriker men inga rader med resultat."])
    result = pd.DataFrame(rows).reindex(columns=TABLES["survey_results"].column_names)
    result["survey_year"] = result["survey_year"].astype("int16")
    result["share"] = result["share"].astype("float64")
    result["n_respondents"] = result["n_respondents"].astype("int32")
    return result


def _convert(column: str, value: object) -> object:
    """One cell to its stored value; a ValueError's message says what to write instead."""
    text = str(value).strip()
    if column == "municipality_code":
        digits = text[:-2] if re.fullmatch(r"\d+\.0", text) else text  # Excel: 1380 → 1380.0
        if not re.fullmatch(r"\d{3,4}", digits):
            raise ValueError(f"”{text}” är ingen kommunkod. Skriv kommunens fyra siffror, t.ex. 1380.")
        return digits.zfill(4)  # Excel drops the leading zero of 0114
    if column == "survey_year":
        year = _whole_number(value, 1990, 2100)
        if year is None:
            raise ValueError(f"”{text}” är inget årtal. Skriv året då undersökningen gjordes, t.ex. 2021.")
        return year
    if column == "group":
        group = GROUP_WORDS.get(_norm(text))
        if group is None:
            raise ValueError(f"”{text}” är ingen känd årskurs. Skriv {' eller '.join(SCHOOL_YEARS)}.")
        return group
    if column == "gender":
        gender = GENDER_WORDS.get(_norm(text))
        if gender is None:
            raise ValueError(f"”{text}” är inget känt kön. Skriv T (totalt), K (flickor) eller M (pojkar).")
        return gender
    if column == "area":
        area = _norm(text)
        if area not in SURVEY_AREAS:
            raise ValueError(f"”{text}” är inget känt område. Skriv ett av: {', '.join(SURVEY_AREAS)}.")
        return area
    if column == "share":
        try:
            share = _number(value)
        except ValueError:
            raise ValueError(f"”{text}” är inget tal. Skriv andelen i procent, t.ex. 53 eller 53,5.") from None
        if not 0 <= share <= 100:
            raise ValueError(f"{text} ligger utanför 0–100. Skriv andelen i procent, t.ex. 53.")
        return share
    if column == "n_respondents":
        n = _whole_number(value, 0, None)
        if n is None:
            raise ValueError(f"”{text}” är inget antal. Skriv antalet som svarade, ett heltal, t.ex. 412.")
        return n
    return text  # question, answer: free text, kept as written
