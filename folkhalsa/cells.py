"""Rules for one imported cell, shared by the template import and the survey parser.

What storage can hold and what every page and export can show: numbers that are finite and
unambiguous, whole numbers within their column's type, text without control characters,
dates written whole. Each rule answers in Swedish with what to write instead.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

# The whole numbers each schema type can hold (Parquet int16 and int32).
INT_RANGE = {"SMALLINT": (-(2**15), 2**15 - 1), "INTEGER": (-(2**31), 2**31 - 1)}
MAX_TEXT = 32_767  # Excel's limit for one cell: longer text cannot be exported again
SHOWN_CHARS = 60  # characters of a bad value quoted in a message

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")
_PLAIN = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")
_AMBIGUOUS = re.compile(r"[-+]?[1-9]\d{0,2}\.\d{3}")  # 1.234: thousands or decimals?
_GROUPED = re.compile(r"[-+]?\d{1,3}(\.\d{3})+,\d*")  # 1.234,5: points group the thousands
_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[ T]00:00(?::00(?:\.0+)?)?)?")
# Control characters other than tab and line breaks, lone surrogates and the non-characters
# U+FFFE and U+FFFF: no Word or Excel file can hold them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

DATA_DIR = Path(__file__).resolve().parent / "data"


class CellError(ValueError):
    """A cell that cannot be stored; the message (Swedish) says what to write instead."""


def shown(value: object) -> str:
    """A bad value as quoted in a message: control characters made visible, long text cut."""
    text = str(value)
    text = text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"
    return _CONTROL.sub(lambda m: f"<{ord(m.group()):02X}>", text)


def text_problem(text: str) -> str | None:
    """Why a text cannot be stored and exported (a control character, too long), or None."""
    bad = _CONTROL.search(text)
    if bad:
        ch = bad.group()
        name = {"\x00": "NUL-tecken", "\x0b": "vertikal tabb", "\x0c": "sidbrytning"}.get(ch, "styrtecken")
        return (f"Texten har ett osynligt {name} (U+{ord(ch):04X}) på position {bad.start() + 1}. Ta bort det – "
                "det följer ofta med när text kopieras från andra program – eller skriv texten på nytt.")
    if len(text) > MAX_TEXT:
        return (f"Texten är {len(text)} tecken lång, men en cell rymmer högst {MAX_TEXT} tecken. "
                "Korta texten.")
    return None


def parse_number(value: object) -> float:
    """A finite number from a cell: ``12,5``, ``1 234,5``, ``53 %``, ``−3``, ``12.5``; else :class:`CellError`.

    ``1.234`` (a point and exactly three digits) could be a thousands separator or decimals,
    so it is refused rather than guessed.
    """
    if isinstance(value, bool):
        raise CellError(f"”{'SANT' if value else 'FALSKT'}” är ett sanningsvärde, inte ett tal.")
    if isinstance(value, int | float):
        try:
            x = float(value)
        except OverflowError:
            raise CellError(f"”{shown(value)}” är för stort för att vara ett tal här.") from None
        if math.isnan(x):
            raise CellError("Cellen är inget tal (NaN). Skriv ett tal eller lämna cellen tom.")
        if math.isinf(x):
            raise CellError(f"”{shown(value)}” är inget ändligt tal. Skriv ett vanligt tal, t.ex. 12,5.")
        return x
    raw = str(value)
    text = _SPACES.sub("", raw).replace("\u2212", "-").removesuffix("%")
    if "," in text:
        if "." in text and not _GROUPED.fullmatch(text):
            raise CellError(f"”{shown(raw.strip())}” är inte ett tal. Skriv decimaler med komma och tusental "
                            "utan punkt, t.ex. 1234,5 eller 1 234,5.")
        text = text.replace(".", "").replace(",", ".")
    elif _AMBIGUOUS.fullmatch(text):
        raise CellError(f"”{shown(raw.strip())}” kan betyda både {text.replace('.', ' ')} och "
                        f"{text.replace('.', ',')}. Skriv decimaler med komma ({text.replace('.', ',')}) "
                        f"och tusental utan punkt ({text.replace('.', '')}).")
    if not _PLAIN.fullmatch(text):
        raise CellError(f"”{shown(raw.strip())}” är inte ett tal. Skriv till exempel 12,5 (utan text).")
    x = float(text)
    if not math.isfinite(x):
        raise CellError(f"”{shown(raw.strip())}” är inget ändligt tal (för stort). Skriv ett vanligt tal.")
    return x


def parse_integer(value: object, duck_type: str = "INTEGER") -> int:
    """A whole number that the schema type holds; else :class:`CellError`."""
    if isinstance(value, int) and not isinstance(value, bool):
        n = value
    else:
        try:
            x = parse_number(value)
        except CellError as exc:
            if "kan betyda" in str(exc) or "ändligt" in str(exc) or "sanningsvärde" in str(exc):
                raise CellError(str(exc).replace("inte ett tal", "inte ett heltal")) from None
            raise CellError(f"”{shown(str(value).strip())}” är inte ett heltal.") from None
        if not x.is_integer():
            raise CellError(f"”{shown(value)}” är inte ett heltal.")
        n = int(x)
    lo, hi = INT_RANGE[duck_type]
    if not lo <= n <= hi:
        raise CellError(f"{_grouped(n)} är för {'stort' if n > hi else 'litet'} för kolumnen: den rymmer heltal från "
                        f"{_grouped(lo)} till {_grouped(hi)}.")
    return n


def _grouped(n: int) -> str:
    """``-32768`` → ``−32 768``; a number too long to read is cut like other quoted values."""
    return shown(("−" if n < 0 else "") + f"{abs(n):,}".replace(",", " "))


def date_text(text: str) -> str | None:
    """The ``ÅÅÅÅ-MM-DD`` of a text that is a whole date (a midnight time may follow), else None."""
    m = _DATE.fullmatch(text.strip())
    return m.group(1) if m else None


def _load_municipalities() -> dict[str, str]:
    out = {}
    with open(DATA_DIR / "kommuner.csv", encoding="utf-8") as f:
        lines = [ln for ln in f.read().splitlines() if ln and not ln.startswith("#")]
    for line in lines[1:]:
        code, name, _kind = line.split(",")
        out[code] = name
    return out


# Swedish municipalities and regions by their four-digit code (folkhalsa/data/kommuner.csv).
MUNICIPALITIES: dict[str, str] = _load_municipalities()
