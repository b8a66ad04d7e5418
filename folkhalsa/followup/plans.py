"""The plan periods a year belongs to: ”Avtal 2017–2020: år 3 av 4” (pure, no Streamlit).

A committee works under plans longer than a year (seed 004: an agreement 2017–2020, a focus on
fullföljda studier 2018–2020, an action plan 2019–2022). They are data (sheet Planperioder); the
pages, Mötesläge and Word say which plans a chosen year falls in and how far into them it is.
"""

from __future__ import annotations

import pandas as pd

from folkhalsa import fmt


def covering(plans: pd.DataFrame, year: int) -> list[str]:
    """``Avtal om gemensamma folkhälsoinsatser 2017–2020: år 3 av 4`` for each plan covering ``year``."""
    lines = []
    for name, first, last in zip(plans.get("name", []), plans.get("first_year", []), plans.get("last_year", []),
                                 strict=True):
        if fmt.is_missing(first) or fmt.is_missing(last) or not int(first) <= year <= int(last):
            continue
        span = f"{int(first)}–{int(last)}" if int(first) != int(last) else str(int(first))
        lines.append(f"{name} {span}: år {year - int(first) + 1} av {int(last) - int(first) + 1}")
    return lines


def sentence(plans: pd.DataFrame, year: int) -> str | None:
    """``Planperioder: A 2017–2020: år 3 av 4; B 2019–2022: år 1 av 4.`` or None without plans."""
    lines = covering(plans, year)
    return ("Planperioder: " + "; ".join(lines) + ".") if lines else None
