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

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import pandas as pd

from folkhalsa import cells, fmt
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
MAX_LABEL = 60  # a group or an area is a short label
MAX_KEPT = 500  # errors kept; later ones are counted (”… och N fel till”)
FIRST_DATA_ROW = 2  # the header is row 1 of the file


@dataclass(frozen=True)
class Located:
    """One problem of a survey file: its row and column (the file's header, normalised) where it has
    them, and what is wrong. ``str`` says it in one line: ``Rad 3, kolumn ”andel”: …``."""

    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        if self.row is None:
            return self.message
        if self.column is None:
            return f"Rad {self.row} {self.message}"
        return f"Rad {self.row}, kolumn ”{self.column}”: {self.message}"


class SurveyFormatError(ValueError):
    """A survey file that cannot be imported; ``located`` names each row and column, ``errors`` says
    each in one line."""

    def __init__(self, errors: Sequence[Located | str], more: int = 0) -> None:
        self.located = [e if isinstance(e, Located) else Located(None, None, e) for e in errors]
        errors = [str(e) for e in self.located]
        self.errors = errors
        self.more = more  # errors found but not kept
        shown = errors[:MAX_LISTED]
        more += len(errors) - len(shown)
        text = "Enkätfilen kan inte läsas in:\n" + "\n".join(f"• {e}" for e in shown)
        if more:
            text += f"\n… och {more} fel till."
        super().__init__(text)


def header_key(text: object) -> str:
    """A header as the format knows it: ``Antal_svarande`` → ``antal svarande``."""
    return _norm(text)


def _norm(text: object) -> str:
    return re.sub(r"\s+", " ", str(text).replace("_", " ").replace(fmt.NBSP, " ")).strip().lower()


def _blank(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float):
        return value != value  # NaN; a whole number of any size is no float and never blank
    return isinstance(value, str) and not value.strip()


def _number(value: object) -> float:
    """``53``, ``53,5``, ``53 %``, ``1 234`` → float; raises ValueError (Swedish) otherwise."""
    return cells.parse_number(value)


def _whole_number(value: object, low: int, high: int) -> int | None:
    """A whole number within ``low``–``high``, or None when the cell is anything else."""
    try:
        x = _number(value)
    except ValueError:
        return None
    if not x.is_integer() or x < low or x > high:
        return None
    return int(x)


def parse(frame: pd.DataFrame, first_row: int = FIRST_DATA_ROW, *, row_numbers: Sequence[int] | None = None,
          known_codes: Collection[str] = (), limit: int = MAX_KEPT) -> pd.DataFrame:
    """Check and convert a survey file to ``survey_results`` rows (schema column order).

    ``first_row`` is the file row of the frame's first data row (2 when the header is row 1),
    so that messages name the row the official sees in Excel; ``row_numbers`` gives each
    frame row's number instead (rows of a sheet with empty rows between them).
    """
    rows = [row for _, row in parse_rows(frame, first_row, row_numbers=row_numbers, known_codes=known_codes,
                                         limit=limit)]
    result = pd.DataFrame(rows).reindex(columns=TABLES["survey_results"].column_names)
    result["survey_year"] = result["survey_year"].astype("int16")
    result["share"] = result["share"].astype("float64")
    result["n_respondents"] = result["n_respondents"].astype("int32")
    return result


def parse_rows(frame: pd.DataFrame, first_row: int = FIRST_DATA_ROW, *, row_numbers: Sequence[int] | None = None,
               known_codes: Collection[str] = (), limit: int = MAX_KEPT) -> list[tuple[int, dict]]:
    """Like :func:`parse`, as (file row, row) pairs; at most ``limit`` errors are kept, the rest counted
    (``SurveyFormatError.more``).

    A municipality code must be one of Sweden's (``cells.MUNICIPALITIES``) or in ``known_codes``
    (the codes on the sheet Kommuner)."""
    headers: dict[str, int] = {}  # known header -> its position
    twice = []
    for i, name in enumerate(frame.columns):
        h = _norm(name)
        if h in COLUMNS or h in OPTIONAL:
            if h in headers:
                twice.append(f"Kolumnen ”{h}” finns två gånger i rubrikraden. Ta bort den ena.")
            headers.setdefault(h, i)
    if twice:
        raise SurveyFormatError(twice)
    missing = [h for h in COLUMNS if h not in headers]
    if missing:
        found = ", ".join(f"”{cells.shown(c)}”" for c in frame.columns) or "inga"
        raise SurveyFormatError([
            f"Kolumnen ”{h}” saknas. Första raden ska ha rubrikerna {', '.join(COLUMNS)}. "
            f"Hittade: {found}." for h in missing
        ])
    errors: list[Located] = []
    more = 0
    rows: list[tuple[int, dict]] = []
    seen: dict[tuple, int] = {}
    known = set(known_codes)

    def error(line: int, header: str | None, text: str) -> None:
        nonlocal more
        if len(errors) < limit:
            errors.append(Located(line, header, text))
        else:
            more += 1

    for pos, record in enumerate(frame.itertuples(index=False, name=None)):
        line = row_numbers[pos] if row_numbers is not None else first_row + pos
        cells_of = {h: record[i] for h, i in headers.items()}
        if all(_blank(v) for v in cells_of.values()):
            continue  # empty rows at the end of a sheet
        row: dict[str, object] = {}
        ok = True
        for header, (column, default) in OPTIONAL.items():
            value = cells_of.get(header)
            text = default if value is None or _blank(value) else str(value).strip()
            problem = cells.text_problem(text) if text else None
            if problem:
                error(line, header, problem)
                ok = False
            row[column] = text
        for header, column in COLUMNS.items():
            value = cells_of[header]
            if _blank(value):
                error(line, header, "värdet saknas.")
                ok = False
                continue
            try:
                row[column] = _convert(column, value, known)
            except ValueError as exc:
                error(line, header, str(exc))
                ok = False
        if not ok:
            continue
        key = tuple(row[c] for c in TABLES["survey_results"].key)
        if key in seen:
            error(line, None, f"upprepar rad {seen[key]}: samma undersökning, år, kommun, "
                  "årskurs, kön, fråga och svar får bara finnas en gång.")
            continue
        seen[key] = line
        rows.append((line, row))
    if errors:
        raise SurveyFormatError(errors, more)
    if not rows:
        raise SurveyFormatError(["Filen har rubriker men inga rader med resultat."])
    return rows


def _convert(column: str, value: object, known_codes: Collection[str] = ()) -> object:
    """One cell to its stored value; a ValueError's message says what to write instead."""
    text = str(value).strip()
    if column == "municipality_code":
        digits = text[:-2] if re.fullmatch(r"\d+\.0", text) else text  # Excel: 1380 → 1380.0
        if not re.fullmatch(r"\d{3,4}", digits):
            raise ValueError(f"”{cells.shown(text)}” är ingen kommunkod. Skriv kommunens fyra siffror, t.ex. 1380.")
        code = digits.zfill(4)  # Excel drops the leading zero of 0114
        if code not in cells.MUNICIPALITIES and code not in known_codes:
            raise ValueError(f"”{cells.shown(text)}” är ingen svensk kommun- eller regionkod. Skriv kommunens fyra siffror "
                             "enligt SCB, t.ex. 1380 för Halmstad, eller lägg till koden på bladet Kommuner.")
        return code
    if column == "survey_year":
        year = _whole_number(value, 1990, 2100)
        if year is None:
            raise ValueError(f"”{cells.shown(text)}” är inget årtal. Skriv året då undersökningen gjordes, t.ex. 2021.")
        return year
    if column == "group":
        # LUPP's school years have fixed spellings; other surveys bring their own groups (åk 9,
        # vuxna 16–84), kept as written
        label = re.sub(r"\s+", " ", str(text)).strip()
        if len(label) > MAX_LABEL:
            raise ValueError(f"”{cells.shown(text)}” är för lång för en årskurs eller grupp (högst {MAX_LABEL} tecken). "
                             f"Skriv till exempel {' eller '.join(SCHOOL_YEARS)}.")
        return GROUP_WORDS.get(_norm(text), label)
    if column == "gender":
        gender = GENDER_WORDS.get(_norm(text))
        if gender is None:
            raise ValueError(f"”{cells.shown(text)}” är inget känt kön. Skriv T (totalt), K (flickor) eller M (pojkar).")
        return gender
    if column == "area":
        area = _norm(text)  # LUPP's six areas, or the survey's own (alkohol, narkotika, tobak, spel …)
        if len(area) > MAX_LABEL:
            raise ValueError(f"”{cells.shown(text)}” är för långt för ett område (högst {MAX_LABEL} tecken). "
                             f"Till exempel: {', '.join(SURVEY_AREAS)}.")
        return area
    if column == "share":
        try:
            share = _number(value)
        except ValueError as exc:
            if "kan betyda" in str(exc):
                raise
            raise ValueError(f"”{cells.shown(text)}” är inget tal. Skriv andelen i procent, t.ex. 53 eller 53,5.") from None
        if not 0 <= share <= 100:
            raise ValueError(f"{text} ligger utanför 0–100. Skriv andelen i procent, t.ex. 53.")
        return share
    if column == "n_respondents":
        high = cells.INT_RANGE["INTEGER"][1]
        n = _whole_number(value, 0, high)
        if n is None and _whole_number(value, 0, 10**400) is not None:
            raise ValueError(f"”{cells.shown(text)}” är för många svarande: antalet får vara högst {high:,}.".replace(",", " "))
        if n is None:
            raise ValueError(f"”{cells.shown(text)}” är inget antal. Skriv antalet som svarade, ett heltal, t.ex. 412.")
        return n
    problem = cells.text_problem(text)
    if problem:
        raise ValueError(problem)
    return text  # question, answer: free text, kept as written
