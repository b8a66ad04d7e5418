"""The filter bar: committee (as municipality), year and period, bound to the URL.

``?kommun=1380&ar=2022&period=UR2`` opens Halmstad 2022, UR2; the choice survives page
switches and reloads because the widgets are bound to the query parameters.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from folkhalsa import rules
from folkhalsa.schema import PERIODS
from folkhalsa.ui.data import q


@dataclass(frozen=True)
class Selection:
    """What the official has chosen, plus the period that actually has data."""

    municipality_code: str
    municipality_name: str
    committee_id: str
    committee_name: str
    year: int
    requested_period: str
    period: str | None  # None: the committee has no data at all for the year

    @property
    def end_month(self) -> int:
        return rules.PERIOD_END_MONTH[self.period or self.requested_period]

    @property
    def label(self) -> str:
        period = rules.PERIOD_LABEL[self.period] if self.period else "ingen uppföljning"
        return f"{self.committee_name} · {self.year} · {period}"


def _warn_unknown(param: str, allowed: list[str], what: str) -> None:
    given = st.query_params.get(param)
    if given is not None and given not in allowed:
        st.warning(f"{what} ”{given}” finns inte i data. Visar standardvalet i stället.", icon="⚠️")


def filter_bar() -> Selection:
    """Draw the filters in the sidebar and return the selection (the only place they are drawn)."""
    options = q("committee_options")
    years = [int(y) for y in q("years_available")["year"]]
    codes = list(options["municipality_code"])
    by_code = options.set_index("municipality_code")
    _warn_unknown("kommun", codes, "Kommunkoden")
    _warn_unknown("ar", [str(y) for y in years], "Året")
    _warn_unknown("period", list(PERIODS), "Perioden")
    with st.sidebar:
        st.header("Urval")
        code = st.selectbox(
            "Kommun och nämnd", codes, key="kommun", bind="query-params",
            index=codes.index("1380") if "1380" in codes else 0,
            format_func=lambda c: f"{by_code.at[c, 'municipality_name']} – {by_code.at[c, 'committee_name']}",
        )
        year = st.selectbox("År", years, key="ar", bind="query-params")
        requested = st.selectbox(
            "Period", list(PERIODS), index=len(PERIODS) - 1, key="period", bind="query-params",
            format_func=rules.PERIOD_LABEL.get,
            help="UR1 och UR2 är delårsuppföljningar; årsredovisningen gäller helåret.",
        )
    row = by_code.loc[code]
    available = list(q("periods_available", committee_id=row["committee_id"], year=year)["period"])
    period = rules.effective_period(requested, available)
    if period and period != requested:
        st.info(
            f"{rules.PERIOD_LABEL[requested]} finns inte för {year}. "
            f"Visar den senaste uppföljningen: {rules.PERIOD_LABEL[period]}.",
            icon="ℹ️",
        )
    return Selection(code, row["municipality_name"], row["committee_id"], row["committee_name"],
                     int(year), requested, period)


def example_notice(selection: Selection) -> None:
    """Tell the reader when what they see is example data, and which rows are real."""
    notes = q("source_notes", committee_id=selection.committee_id, year=selection.year)
    if notes.empty:
        return
    real = [n for n in notes["source_note"] if n and not n.startswith("Exempeldata")]
    if (notes["source_note"].fillna("").str.startswith("Exempeldata")).any():
        text = "**Exempeldata visas.** Siffrorna är påhittade för att visa hur panelen fungerar."
        if real:
            text += " Rader med källan " + ", ".join(f"”{n}”" for n in real) + " är verkliga."
        st.caption("ℹ️ " + text)
