"""Swedish number and date formats: ``1 196``, ``53 %``, ``3,5``, ``1 196 tkr``, ``–`` for missing.

Thousands are grouped with a no-break space (U+00A0) and the same space stands between a
number and its unit, so that a figure never wraps on a projector.
"""

from __future__ import annotations

import math
import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"
MISSING = "–"
MINUS = "−"  # U+2212, the typographic minus used in Swedish print
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december")
MONTH_ABBR = tuple(m[:3] for m in MONTHS)  # jan, feb, …, okt, nov, dec
UNIT_SUFFIX = {"antal": "", "procent": f"{NBSP}%", "tkr": f"{NBSP}tkr"}
# Decimals a unit is shown with when the caller does not say: tkr in whole thousands everywhere (the
# reports, the page, Word, PowerPoint; Excel's cells carry the unrounded number with the same format).
UNIT_DECIMALS = {"tkr": 0}


def is_missing(value: object) -> bool:
    """None, NaN and pandas' NA all count as missing, never as zero."""
    if value is None:
        return True
    try:
        return bool(math.isnan(value))  # type: ignore[arg-type]
    except TypeError:
        return str(value) in {"<NA>", "NaT"}


def rounded(value: float, decimals: int = 0) -> float:
    """Half away from zero (676,5 → 677; −0,5 → −1), as Excel and the reports round; Python's
    ``round`` rounds half to even. Every shown figure is rounded here, once."""
    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(float(value))).quantize(step, rounding=ROUND_HALF_UP))


def number(value: object, decimals: int | None = None) -> str:
    """``1196`` → ``1 196``; ``3.5`` → ``3,5``; whole numbers get no decimals unless asked."""
    if is_missing(value) or not math.isfinite(float(value)):  # type: ignore[arg-type]
        return MISSING
    x = float(value)  # type: ignore[arg-type]
    if decimals is None:
        decimals = 0 if x == round(x) else 1
    x = rounded(x, decimals)
    text = f"{abs(x):,.{decimals}f}".replace(",", NBSP).replace(".", ",")
    return (MINUS if x < 0 else "") + text


def value(value: object, unit: str, decimals: int | None = None) -> str:
    """A number with its unit: ``53 %``, ``1 196 tkr``, ``7``; missing stays ``–``."""
    if is_missing(value):
        return MISSING
    return number(value, UNIT_DECIMALS.get(unit) if decimals is None else decimals) + UNIT_SUFFIX.get(unit, "")


def change(delta: object, unit: str = "antal", decimals: int | None = None) -> str:
    """A change with its sign: ``+2``, ``−1``, ``±0``; percent changes in points."""
    if is_missing(delta) or not math.isfinite(float(delta)):  # type: ignore[arg-type]
        return MISSING
    x = float(delta)  # type: ignore[arg-type]
    suffix = f"{NBSP}%-enheter" if unit == "procent" else UNIT_SUFFIX.get(unit, "")
    decimals = UNIT_DECIMALS.get(unit) if decimals is None else decimals
    if decimals is not None:
        x = rounded(x, decimals)
    if x == 0:
        return f"±0{suffix}"
    return ("+" if x > 0 else "") + number(x, decimals) + suffix


def share(part: float, whole: float) -> str:
    """``part`` of ``whole`` as a whole percent, ``–`` when the whole is zero or missing."""
    if is_missing(part) or is_missing(whole) or whole == 0:
        return MISSING
    return value(100 * part / whole, "procent", 0)


def day(d: date) -> str:
    """``2022-08-31``: the ISO date Swedish offices write."""
    return d.isoformat()


def month_span(first_month: int, last_month: int, long: bool = False) -> str:
    """``jan–mar``, ``maj–aug``, or one month alone (``mars``); ``januari–mars`` with ``long``."""
    names = MONTHS if long else MONTH_ABBR
    first, last = names[first_month - 1], names[last_month - 1]
    return first if first_month == last_month else f"{first}–{last}"


def noted(text: str, note: object) -> str:
    """``7 (varav registrerade i loggen: 4)``: a shown figure with its note, when it has one."""
    return f"{text} ({note})" if isinstance(note, str) and note else text


def long_day(d: date) -> str:
    """``31 augusti 2022``."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


_MARKDOWN_SPECIAL = "\\`*_{}[]<>()#+-.!|~:$"


def plain(text: object) -> str:
    """Escape Markdown so that text from the data is shown as typed, never interpreted."""
    if is_missing(text):
        return MISSING
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in str(text))


SOURCE_WORDS = {"egen": "Egen uppgift", "kolada": "Kolada", "scb": "SCB", "lupp": "LUPP"}


def source_label(source: object) -> str:
    """An indicator's data source in words: ``kolada:N15419`` → ``Kolada N15419``, ``egen`` → ``Egen uppgift``."""
    if is_missing(source) or not str(source).strip():
        return MISSING
    text = str(source).strip()
    system, sep, code = text.partition(":")
    word = SOURCE_WORDS.get(system.strip().lower())
    if word is None:
        return text
    return f"{word} {code.strip()}" if sep and code.strip() else word


STOCKHOLM = "Europe/Stockholm"


def local_time(iso: object) -> str:
    """A stored ISO time (UTC) as Swedish local time, ``2022-08-31 14:05``; ``–`` when missing."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    if is_missing(iso) or not str(iso).strip():
        return MISSING
    try:
        moment = datetime.fromisoformat(str(iso).strip())
    except ValueError:
        return str(iso)
    if moment.tzinfo is None:  # written in UTC without a zone
        from datetime import UTC

        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(ZoneInfo(STOCKHOLM)).strftime("%Y-%m-%d %H:%M")


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: object) -> str:
    """Text that Word, PowerPoint and Excel files can hold: control characters removed."""
    return _NOT_XML.sub("", str(text))


def plain_lines(text: object) -> str:
    """Typed or stored text as plain lines: every line break ``\n`` (vertical tab and form feed
    too), control characters removed; empty for a missing value."""
    if is_missing(text):
        return ""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n").replace("\x0c", "\n")
    return xml_safe(value)
