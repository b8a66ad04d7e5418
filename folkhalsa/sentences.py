"""Drafted Swedish sentences that say what changed: size, periods compared, target reached.

Pure rules (no Streamlit): the report page, Mötesläge and the PowerPoint's speaker notes
use the same sentences. The functions take plain values; the caller says which months a
period covers (``span``, e.g. ``jan–aug``), so the sentences never look periods up.

Rules, in short:

* Only the same months are compared (same period code and span, an earlier year); a part of a
  year is never set against a full year, and the sentence says which periods were compared.
* Survey shares carry their uncertainty: the number of respondents and a 95 % interval
  (Wilson's score interval). A change whose interval for the difference (Newcombe's method,
  from the two Wilson intervals) holds zero is *ingen säker förändring*.
* Small numbers are worded with care: counts under 10 are *få* and get no percent change;
  a share from fewer than 30 respondents gets its n and a caveat.
* No target: *inget målvärde*; no outcome: *utfall saknas*.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import pandas as pd

from folkhalsa import fmt, goals, rules
from folkhalsa.followup import indicators
from folkhalsa.overview import PeriodData

Z95 = 1.959963984540054
FEW_COUNT = rules.FEW_COUNT  # counts below this are "få": no percent change
FEW_RESPONDENTS = 30    # shares from fewer respondents get a caveat
FULL_YEAR_SPANS = ("jan–dec", "helår", "helåret")


@dataclass(frozen=True)
class Point:
    """One value of one period: ``value`` in the indicator's unit (percent as 0–100)."""

    value: float | None
    year: int
    span: str                       # the months, e.g. "jan–aug"; "jan–dec" or "helår" for a full year
    period: str | None = None       # the period code (UR2); compared only with the same code
    n_respondents: int | None = None  # for survey shares: how many answered
    n_asked: int | None = None      # how many were asked (e.g. 68 participants), when known

    @property
    def missing(self) -> bool:
        return fmt.is_missing(self.value)

    @property
    def when(self) -> str:
        """``jan–aug 2022``; ``helåret 2021`` for a whole year."""
        return f"helåret {self.year}" if self.span in FULL_YEAR_SPANS else f"{self.span} {self.year}"


# --- Wilson's score interval -------------------------------------------------------------------

def wilson(successes: float, n: int, z: float = Z95) -> tuple[float, float]:
    """The 95 % Wilson score interval of a proportion, as fractions (0–1).

    ``wilson(24, 24)`` → (0.862, 1.0): 24 of 24 is not proof that everyone agrees.
    """
    if n <= 0:
        raise ValueError("n must be positive")
    p = min(max(successes / n, 0.0), 1.0)
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def share_interval(percent: float, n: int) -> tuple[float, float]:
    """Wilson's interval of a share given in percent (0–100), in percent."""
    lo, hi = wilson(percent / 100 * n, n)
    return 100 * lo, 100 * hi


def _interval_or_point(point: Point) -> tuple[float, float, float]:
    """(value, low, high) in percent; a share without respondents is taken as exact."""
    v = float(point.value)  # type: ignore[arg-type]
    if point.n_respondents:
        lo, hi = share_interval(v, point.n_respondents)
        return v, lo, hi
    return v, v, v


def difference_interval(before: Point, now: Point) -> tuple[float, float]:
    """Newcombe's interval for now − before (percentage points), from the two Wilson intervals."""
    p1, l1, u1 = _interval_or_point(now)
    p2, l2, u2 = _interval_or_point(before)
    d = p1 - p2
    return d - math.hypot(p1 - l1, u2 - p2), d + math.hypot(u1 - p1, p2 - l2)


def change_is_certain(before: Point, now: Point) -> bool:
    """False when the difference's 95 % interval holds zero (only shares with respondents)."""
    if not (before.n_respondents or now.n_respondents):
        return True
    lo, hi = difference_interval(before, now)
    return lo > 0 or hi < 0


# --- Respondents written in a comment ----------------------------------------------------------

_ASKED_ANSWERED = re.compile(r"\bav\s+(\d+)\s+(?:\w+\s+)?har\s+(\d+)\s+(?:\w+\s+)?svarat", re.IGNORECASE)
_ANSWERED_OF = re.compile(r"\b(\d+)\s+av\s+(\d+)\s+(?:\w+\s+)?(?:har\s+)?svarat", re.IGNORECASE)


def respondents_in(comment: object) -> tuple[int, int | None] | None:
    """(answered, asked) when a comment says so: ``Av 68 deltagare har 24 deltagare svarat`` → (24, 68)."""
    if fmt.is_missing(comment):
        return None
    text = str(comment)
    if m := _ASKED_ANSWERED.search(text):
        asked, answered = int(m.group(1)), int(m.group(2))
    elif m := _ANSWERED_OF.search(text):
        answered, asked = int(m.group(1)), int(m.group(2))
    else:
        return None
    return (answered, asked) if 0 < answered <= asked else None


# --- Sentences ---------------------------------------------------------------------------------

def subject(name: str) -> str:
    """``Antal dialoger`` → ``Antalet dialoger``; ``Andel deltagare`` → ``Andelen deltagare``."""
    for bare, definite in (("Antal ", "Antalet "), ("Andel ", "Andelen ")):
        if name.startswith(bare):
            return definite + name[len(bare):]
    return name


def comparable(now: Point, before: Point | None) -> bool:
    """The same months of an earlier year: same span, and same period code where both are known."""
    if before is None or before.year >= now.year or before.span != now.span:
        return False
    return before.period is None or now.period is None or before.period == now.period


def _value(point: Point, unit: str) -> str:
    return fmt.value(point.value, unit)


def _respondents_note(point: Point, unit: str) -> str:
    """``24 av 68 deltagare svarade; 95 % konfidensintervall 86–100 %; få svarande, tolka med försiktighet``."""
    if unit != "procent" or not point.n_respondents or point.missing:
        return ""
    n = point.n_respondents
    answered = (f"{fmt.number(n)} av {fmt.number(point.n_asked)} deltagare svarade" if point.n_asked
                else f"{fmt.number(n)} svarande")
    lo, hi = share_interval(float(point.value), n)  # type: ignore[arg-type]
    parts = [answered, f"95{fmt.NBSP}% konfidensintervall {fmt.number(lo, 0)}–{fmt.value(hi, 'procent', 0)}"]
    if n < FEW_RESPONDENTS:
        parts.append("få svarande, tolka med försiktighet")
    return "; ".join(parts)


def _with_note(point: Point, unit: str) -> str:
    note = _respondents_note(point, unit)
    return f"{_value(point, unit)} ({note})" if note else _value(point, unit)


def _few(now: Point, before: Point | None, unit: str) -> bool:
    values = [p.value for p in (now, before) if p is not None and not p.missing]
    return unit == "antal" and bool(values) and max(abs(float(v)) for v in values) < FEW_COUNT


def _size(before: float, now: float, unit: str, few: bool) -> str:
    """``+7 %-enheter``; for counts also the percent change (``+142, +418 %``), never for few."""
    size = fmt.change(now - before, unit)
    if unit == "antal" and not few and before != 0:
        size += f", {fmt.change(100 * (now - before) / abs(before), 'procent', 0).replace('%-enheter', '%')}"
    return size


def _judgement(diff: float, direction: str | None) -> str:
    if direction not in rules.DIRECTION_WORD or diff == 0:
        return ""
    word = rules.trend_word(0, diff, direction)
    return f", en {word}" + (" eftersom lägre är bättre" if direction == "lower" else "")


def change_clause(now: Point, before: Point | None, unit: str, direction: str | None) -> str:
    """What happened between the same months of two years, or why nothing can be said."""
    now_text = _with_note(now, unit)
    if now.missing:
        return f": utfall saknas för {now.when}"
    if before is None:
        return f"var {now_text} {now.when}; samma period året före finns inte att jämföra med"
    if not comparable(now, before):
        return (f"var {now_text} {now.when}; jämförs inte med {before.when} "
                "eftersom perioderna omfattar olika månader")
    if before.missing:
        return f"var {now_text} {now.when}; utfall saknas för {before.when}, så ingen jämförelse"
    b, n = float(before.value), float(now.value)  # type: ignore[arg-type]
    few = _few(now, before, unit)
    between = f"mellan {before.when} och {now.when}"
    before_text = _with_note(before, unit)
    if not change_is_certain(before, now):
        text = f"gick från {before_text} till {now_text} {between}: ingen säker förändring"
    elif n == b:
        text = f"låg kvar på {now_text} {between} (samma månader)"
    else:
        verb = "ökade" if n > b else "minskade"
        text = (f"{verb} från {before_text} till {now_text} ({_size(b, n, unit, few)}{_judgement(n - b, direction)}) "
                f"{between}")
    if few and n != b:
        text += " (få: små tal skiftar mycket mellan åren)"
    return text


# The states of indicator kinds (followup/indicators.py) whose words replace the target clause, and
# those of a milestone, whose sentence is only whether it is done.
KIND_KEYS = ("better", "worse", "unchanged", "uncertain", "no_baseline", "baseline", "followed")
MILESTONE_KEYS = ("done", "not_done")


def target_clause(now: Point, target: object, unit: str, direction: str, state: object = None) -> str:
    """``målvärdet 50 % nås``, ``… nås inte``, ``inget målvärde``; without outcome the target is stated.

    ``state`` is the indicator's kind judged by ``followup/indicators.py``: an effect goal against its
    baseline or a long-term indicator says that instead (``ökat sedan 2018 (+4 %-enheter) …``)."""
    if getattr(state, "key", "") in KIND_KEYS:
        return state.word.lstrip("✓✗↑↓= ").lower()  # type: ignore[attr-defined]
    if fmt.is_missing(target):
        return "inget målvärde"
    goal = f"målvärdet {fmt.value(target, unit)}"
    if now.missing:
        return f"{goal.replace('målvärdet', 'målvärdet är', 1)}"
    state = rules.target_state(now.value, target, direction)
    return f"{goal} nås" if state is rules.TargetState.REACHED else f"{goal} nås inte"


def indicator_sentence(name: str, unit: str, direction: str, now: Point, before: Point | None,
                       target: object, state: object = None) -> str:
    """One drafted sentence for an indicator, e.g.

    ``Andelen … ökade från 45 % till 52 % (+7 %-enheter, en förbättring) mellan jan–aug 2021 och
    jan–aug 2022; målvärdet 50 % nås.`` A milestone says only whether it is done (``state``).
    """
    if getattr(state, "key", "") in MILESTONE_KEYS:
        return f"{subject(name)}: {state.word.lstrip('✓✗ ').lower()}."  # type: ignore[attr-defined]
    change = change_clause(now, before, unit, direction)
    joined = subject(name) + (change if change.startswith(":") else " " + change)
    return f"{joined}; {target_clause(now, target, unit, direction, state)}."


def key_figure_sentence(label: str, now: Point, before: Point | None, *, of_now: int | None = None,
                        of_before: int | None = None, direction: str | None = None) -> str:
    """One sentence for a key figure (a count, optionally ``x av y``), e.g.

    ``Mål som uppfylls ökade från 2 av 4 till 3 av 3 mellan jan–aug 2021 och jan–aug 2022.``
    """
    if now.missing:
        return f"{label}: utfall saknas för {now.when}."
    if before is not None and before.missing:
        before = None
    unit = "antal"

    def of(point: Point, total: int | None) -> str:
        return _value(point, unit) + (f" av {fmt.number(total)}" if total is not None else "")

    if before is None or not comparable(now, before):
        reason = ("samma period året före finns inte att jämföra med" if before is None
                  else f"jämförs inte med {before.when} eftersom perioderna omfattar olika månader")
        return f"{label}: {of(now, of_now)} {now.when}; {reason}."
    b, n = float(before.value), float(now.value)  # type: ignore[arg-type]
    few = _few(now, before, unit)
    between = f"mellan {before.when} och {now.when}"
    if n == b and of_now == of_before:
        text = f"{label}: {of(now, of_now)} {now.when}, samma som {before.when}"
    elif n == b:
        text = f"{label}: {of(before, of_before)} {before.when} och {of(now, of_now)} {now.when}"
    else:
        verb = "ökade" if n > b else "minskade"
        size = "" if of_now is not None else f" ({_size(b, n, unit, few)}{_judgement(n - b, direction)})"
        text = f"{label} {verb} från {of(before, of_before)} till {of(now, of_now)}{size} {between}"
        if of_now is not None:
            text += _judgement(n - b, direction)
    if few and of_now is None and n != b:
        text += " (få: små tal skiftar mycket mellan åren)"
    return text + "."


# --- From the report's frames ------------------------------------------------------------------

STATUS_SUBJECT = {
    "uppfylls": ("Mål som uppfylls", "higher"),
    "delvis": ("Mål som uppfylls delvis", None),
    "uppfylls_inte": ("Mål som inte uppfylls", "lower"),
    "ej_bedomd": ("Mål som inte är bedömda", None),
}


def _point(value: object, data: PeriodData, span: str, respondents: tuple[int, int | None] | None = None) -> Point:
    v = None if fmt.is_missing(value) else float(value)  # type: ignore[arg-type]
    n, asked = respondents if respondents else (None, None)
    return Point(v, int(data.year), span, data.period, n, asked)


def outcome_points(data: PeriodData, span: str) -> dict[str, tuple[Point, pd.Series]]:
    """The total (T) outcome of each indicator of one period as a Point, with its row."""
    rows = data.outcomes[data.outcomes["gender"] == "T"]
    points = {}
    for _, row in rows.iterrows():
        respondents = respondents_in(row.get("comment")) if row["unit"] == "procent" else None
        points[str(row["indicator_id"])] = (_point(row["outcome"], data, span, respondents), row)
    return points


def _spans(now: PeriodData, before: PeriodData | None, now_span: str | None,
           before_span: str | None) -> tuple[str, str]:
    """The months each period covers (``jan–aug``): as given, else the periods' own."""
    now_span = now_span or now.info.months
    return now_span, before_span or (before.info.months if before is not None else now_span)


def indicator_sentences(now: PeriodData, before: PeriodData | None, now_span: str | None = None,
                        before_span: str | None = None) -> dict[str, str]:
    """A sentence per indicator (total) of a follow-up, keyed by indicator id, in report order
    (spans: the periods' months unless given)."""
    now_span, before_span = _spans(now, before, now_span, before_span)
    earlier = outcome_points(before, before_span or now_span) if before is not None else {}
    sentences = {}
    for indicator_id, (point, row) in outcome_points(now, now_span).items():
        previous = earlier.get(indicator_id, (None, None))[0]
        if previous is None and before is not None:
            previous = Point(None, int(before.year), before_span or now_span, before.period)
        sentences[indicator_id] = indicator_sentence(
            str(row["name"]), str(row["unit"]), str(row["direction"]), point, previous, row["target"],
            row.get("state"))  # the kind's state, judged once in followup/indicators.py
    return sentences


def key_figure_sentences(now: PeriodData, before: PeriodData | None, now_span: str | None = None,
                         before_span: str | None = None) -> list[str]:
    """The key figures of Översikt in words: goal status counts, indicators on target, dialogues, participants
    (spans: the periods' months unless given)."""
    now_span, b_span = _spans(now, before, now_span, before_span)
    counts, total = goals.status_totals(now.tree), len(goals.assessed(now.tree))
    prev_counts = goals.status_totals(before.tree) if before is not None else {}
    prev_total = len(goals.assessed(before.tree)) if before is not None else None
    sentences = []
    for status, (label, direction) in STATUS_SUBJECT.items():
        # a year without assessed goals is no comparison (”från 0 av 0”)
        prev = _point(prev_counts.get(status), before, b_span) if before is not None and prev_total else None
        sentences.append(key_figure_sentence(label, _point(counts[status], now, now_span), prev,
                                             of_now=total, of_before=prev_total, direction=direction))
    reached, comparable_now = goals.target_summary(now.outcomes)
    prev_reached = goals.target_summary(before.outcomes) if before is not None else None
    # the key figures' own choice (overview.key_figures): a plan without targets shows its milestones
    # and effect goals instead of ”0 av 0”, and says them in words too
    by_kind = indicators.kind_figures(now.outcomes) if not comparable_now else []
    before_kind = ({label: (n, of) for label, n, of in indicators.kind_figures(before.outcomes)}
                   if before is not None else {})
    for label, n, of in by_kind:
        prev_n, prev_of = before_kind.get(label, (None, None))
        sentences.append(key_figure_sentence(
            label, _point(n, now, now_span), _point(prev_n, before, b_span) if prev_n is not None else None,
            of_now=of, of_before=prev_of, direction="higher"))
    if not by_kind and (comparable_now or (prev_reached and prev_reached[1])):
        sentences.append(key_figure_sentence(
            "Indikatorer som når målvärdet", _point(reached, now, now_span),
            _point(prev_reached[0], before, b_span) if before is not None and prev_reached else None,
            of_now=comparable_now, of_before=prev_reached[1] if prev_reached else None, direction="higher"))
    # One figure, one source: the committee's reported count where it has one, else the log.
    for attr, label in (("dialogues", "Genomförda dialoger"), ("participants", "Deltagare i aktiviteter")):
        figure = getattr(now, attr)
        prev = _point(getattr(before, attr).value, before, b_span) if before is not None else None
        text = key_figure_sentence(label, _point(figure.value, now, now_span), prev, direction="higher")
        sentences.append(fmt.noted(text[:-1], figure.log_note) + "." if text.endswith(".") else text)
    return sentences
