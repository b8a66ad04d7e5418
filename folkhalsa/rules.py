"""Pure rules of goal follow-up: target reached, status roll-up, trend words, periods.

No Streamlit and no SQL here, so every rule is tested on its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from enum import Enum

from folkhalsa.fmt import is_missing


class TargetState(Enum):
    REACHED = "reached"
    NOT_REACHED = "not_reached"
    NO_TARGET = "no_target"    # an outcome without a target: shown, marked ”inget målvärde”
    NO_OUTCOME = "no_outcome"  # no outcome (yet): ”utfall saknas”

    @property
    def comparable(self) -> bool:
        return self in (TargetState.REACHED, TargetState.NOT_REACHED)


TARGET_WORDS = {
    TargetState.REACHED: "✓ Når målvärdet",
    TargetState.NOT_REACHED: "✗ Når inte målvärdet",
    TargetState.NO_TARGET: "Inget målvärde",
    TargetState.NO_OUTCOME: "Utfall saknas",
}

FEW_COUNT = 10  # counts below this are ”få”: small numbers swing between years (sentences, indicator kinds)
STATUS_SYMBOL = {"uppfylls": "●", "delvis": "◆", "uppfylls_inte": "○", "ej_bedomd": "–"}
STATUS_WORD = {
    "uppfylls": "Uppfylls",
    "delvis": "Uppfylls delvis",
    "uppfylls_inte": "Uppfylls inte",
    "ej_bedomd": "Ej bedömd",
}
GENDER_LABEL = {"T": "Totalt", "K": "Kvinnor", "M": "Män"}
GENDER_LABEL_YOUNG = {"T": "Totalt", "K": "Flickor", "M": "Pojkar"}
DIRECTION_WORD = {"higher": "Högre är bättre", "lower": "Lägre är bättre"}


def target_state(outcome: object, target: object, direction: str) -> TargetState:
    """Higher-is-better reaches at outcome ≥ target, lower-is-better at outcome ≤ target.

    Without an outcome or a target nothing can be said, and it is never *not met*: an outcome
    without a target is ”inget målvärde”, no outcome is ”utfall saknas”.
    """
    if is_missing(outcome):
        return TargetState.NO_OUTCOME
    if is_missing(target):
        return TargetState.NO_TARGET
    o, t = float(outcome), float(target)  # type: ignore[arg-type]
    reached = o >= t if direction == "higher" else o <= t
    return TargetState.REACHED if reached else TargetState.NOT_REACHED


def status_label(status: str | None) -> str:
    """Symbol and word together, so status never rests on colour alone."""
    key = status if status in STATUS_WORD else "ej_bedomd"
    return f"{STATUS_SYMBOL[key]} {STATUS_WORD[key]}"


def status_counts(statuses: Iterable[str | None]) -> Counter[str]:
    counts: Counter[str] = Counter({key: 0 for key in STATUS_WORD})
    counts.update(s if s in STATUS_WORD else "ej_bedomd" for s in statuses)
    return counts


def rollup_sentence(statuses: Sequence[str | None]) -> str:
    """The roll-up with its rule: ``3 av 4 uppfylls (1 uppfylls delvis)``, never a bare percent."""
    if not statuses:
        return "Inga mål att bedöma"
    counts = status_counts(statuses)
    text = f"{counts['uppfylls']} av {len(statuses)} uppfylls"
    rest = [
        f"{counts[key]} {STATUS_WORD[key].lower()}"
        for key in ("delvis", "uppfylls_inte", "ej_bedomd")
        if counts[key]
    ]
    return text + (f" ({', '.join(rest)})" if rest else "")


def rollup_status(statuses: Sequence[str | None]) -> str:
    """One status for a group: all met → met; any not met → not met; else partly; none → not assessed."""
    assessed = [s for s in statuses if s in ("uppfylls", "delvis", "uppfylls_inte")]
    if not assessed:
        return "ej_bedomd"
    if all(s == "uppfylls" for s in assessed):
        return "uppfylls"
    if "uppfylls_inte" in assessed:
        return "uppfylls_inte"
    return "delvis"


def trend_word(previous: object, current: object, direction: str) -> str:
    """``förbättring``/``försämring``/``oförändrat`` relative to the indicator's direction."""
    if is_missing(previous) or is_missing(current):
        return "går inte att jämföra"
    diff = float(current) - float(previous)  # type: ignore[arg-type]
    if diff == 0:
        return "oförändrat"
    better = diff > 0 if direction == "higher" else diff < 0
    return "förbättring" if better else "försämring"
