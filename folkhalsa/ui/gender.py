"""The gender choice, offered the same way on every page: T / K / M as a segmented control.

Indicator pages say kvinnor/män (``rules.GENDER_LABEL``); survey pages say flickor/pojkar
(``rules.GENDER_LABEL_YOUNG``), as the surveys themselves do.
"""

from __future__ import annotations

import streamlit as st

from folkhalsa import rules

HELP = "Totalt (T), kvinnor (K) och män (M), som Kolada redovisar dem."
HELP_YOUNG = "Totalt (T), flickor (K) och pojkar (M), som enkäten redovisar dem."


def choice(genders: list[str], key: str, young: bool = False) -> list[str]:
    """The genders to show (at least ``T``); all offered ones are chosen from the start."""
    labels = rules.GENDER_LABEL_YOUNG if young else rules.GENDER_LABEL
    chosen = st.segmented_control(
        "Kön", genders, default=genders if len(genders) > 1 else ["T"], selection_mode="multi",
        format_func=labels.get, key=key, help=HELP_YOUNG if young else HELP,
    )
    return [g for g in genders if g in (chosen or [])] or ["T"]
