"""The filter bar: committee (as municipality), year and period, bound to the URL.

``?kommun=1380&ar=2022&period=UR2`` opens Halmstad 2022, UR2; the choice survives page
switches and reloads because the widgets are bound to the query parameters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import streamlit as st

from folkhalsa import fmt, words
from folkhalsa.followup import committees, model, periods
from folkhalsa.followup.periods import Period
from folkhalsa.schema import EXAMPLE_SOURCE
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
    info: Period = field(default_factory=lambda: periods.default("AR"))  # months of the shown period
    key: str = ""  # the choice in the URL: the kommunkod, or ``1380-PRJ1`` for another of its committees
    words: words.Words = words.DEFAULTS  # the organisation's words (rådet, principer, Tertialrapport)

    @property
    def url_kommun(self) -> str:
        return self.key or self.municipality_code

    @property
    def months(self) -> dict[str, int]:
        """The period's months as query parameters (``first_month``, ``last_month``)."""
        return {"first_month": self.info.first_month, "last_month": self.info.last_month}

    @property
    def label(self) -> str:
        period = self.info.label if self.period else "ingen uppföljning"
        return f"{self.committee_name} · {self.year} · {period}"


def _from_url(param: str, options: list, what: str) -> object | None:
    """The option named in the URL, or None; an unknown value gets a Swedish warning."""
    given = st.query_params.get(param)
    if given is None:
        return None
    for option in options:
        if str(option) == given:
            return option
    st.warning(f"{what} ”{fmt.plain(given)}” finns inte i data. Visar ett annat val i stället.", icon="⚠️")
    return None


def url_select(label: str, param: str, options: list, default: object, **kwargs) -> object:
    """A selectbox whose value lives in the URL parameter ``param``.

    The URL wins (a shared link, a reload); when a page switch has cleared the URL the
    session's last choice is restored and written back. Streamlit's own
    ``bind="query-params"`` would put the *formatted label* into the URL, not the code.
    """
    key = param  # the widget key equals the URL parameter (tests and pages rely on it)
    wanted = _from_url(param, options, label)
    if wanted is None:
        wanted = st.session_state.get(key) if st.session_state.get(key) in options else default
    st.session_state[key] = wanted

    def _to_url() -> None:
        st.query_params[param] = str(st.session_state[key])

    value = st.selectbox(label, options, key=key, on_change=_to_url, **kwargs)
    st.query_params[param] = str(value)
    return value


def filter_bar() -> Selection | None:
    """Draw the filters in the sidebar and return the selection (None: the store has no committees yet)."""
    options = q("committee_options")
    years = [int(y) for y in q("years_available")["year"]]
    if options.empty or not years:
        return None
    table = committees.choices(options)
    keys = list(table["key"])
    by_key = table.set_index("key")
    with st.sidebar:
        st.header("Urval")
        key = url_select(
            "Kommun och nämnd", "kommun", keys, "1380" if "1380" in keys else keys[0],
            format_func=lambda k: by_key.at[k, "label"],
        )
        year = url_select("År", "ar", years, years[0])
        row = by_key.loc[key]
        code = row["municipality_code"]
        committee_id = row["committee_id"]
        own = words.of_committee(q, committee_id)
        if own != words.DEFAULTS:  # another organisation than Halland's lokala nämnder: say which kind
            st.caption(f"{fmt.plain(own.kind_title)} · {fmt.plain(own.report)}")
        stated, available, options = model.period_choices(q, committee_id, year)
        # Without a choice, open the latest follow-up of the year (2022 ends at UR2).
        requested = url_select(
            "Period", "period", options, available[-1] if available else options[-1],
            format_func=lambda p: periods.resolve(p, stated).label,
            help="Uppföljningsperioderna med sina månader; årsredovisningen gäller helåret.",
        )
    period = periods.effective(requested, available, stated)
    if period and period != requested:
        st.info(
            f"{periods.resolve(requested, stated).label} finns inte för {year}. "
            f"Visar den senaste uppföljningen: {periods.resolve(period, stated).label}.",
            icon="ℹ️",
        )
    return Selection(code, row["municipality_name"], committee_id, row["committee_name"],
                     int(year), requested, period, periods.resolve(period or requested, stated), key, own)


def example_notice(selection: Selection) -> None:
    """Tell the reader when what they see is example data, and which rows are real."""
    text = example_text(model.source_notes(q, selection.committee_id, selection.year))
    if text:
        st.caption("ℹ️ " + text)


def example_text(notes: list[object]) -> str | None:
    """The example-data notice (Markdown, data text escaped), or None when no row is example data.

    A row without a source note is neither example data nor a named real source.
    """
    given = [str(n) for n in notes if not fmt.is_missing(n) and str(n).strip()]
    if not any(n.startswith(EXAMPLE_SOURCE) for n in given):
        return None
    real = list(dict.fromkeys(n for n in given if not n.startswith(EXAMPLE_SOURCE)))
    text = "**Exempeldata visas.** Siffrorna är påhittade för att visa hur panelen fungerar."
    if real:
        text += " Rader med källan " + ", ".join(f"”{fmt.plain(n)}”" for n in real) + " är verkliga."
    return text
