"""Small widgets shared by pages: status badge, key figure row, page heading."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from folkhalsa import fmt, rules, theme
from folkhalsa.overview import KeyFigure
from folkhalsa.ui import filters


def heading(title: str, sel: filters.Selection) -> None:
    """Page title with the committee, year and period under it, then the example-data notice."""
    st.title(f"{title}: {fmt.plain(sel.municipality_name)}")
    st.markdown(f"**{fmt.plain(sel.label)}**")
    filters.example_notice(sel)


def chosen_then_all(container, shown: pd.DataFrame, everything: pd.DataFrame | None, n: int, key: str,
                    what: str = "nämnder") -> None:
    """A bounded comparison table: ``shown`` (the chosen one, with the spread or the sum) in ``container``;
    the full list ``everything`` of ``n`` ``what`` one click away (None: ``shown`` is already all)."""
    container.dataframe(shown, hide_index=True, key=key)
    if everything is not None:
        with st.expander(f"Alla {n} {what}"):
            st.dataframe(everything, hide_index=True, key=f"{key}_all")


def status_badge(status: str | None) -> str:
    """Markdown for a status: colour plus symbol plus word (never colour alone)."""
    key = status if status in rules.STATUS_WORD else "ej_bedomd"
    return f":{theme.STATUS_MARKDOWN_COLOUR[key]}[**{rules.status_label(key)}**]"


def key_figures(figures: list[KeyFigure], per_row: int = 4, widths: list[float] | None = None) -> None:
    for start in range(0, len(figures), per_row):
        for col, fig in zip(st.columns(widths or per_row), figures[start:start + per_row], strict=False):
            col.metric(fig.label, fig.value, fig.delta, help=fig.help, border=True,
                       delta_color="off" if fig.unchanged else fig.delta_color,
                       delta_arrow="off" if fig.unchanged else fig.delta_arrow)


def no_data(sel: filters.Selection) -> None:
    st.info(f"{fmt.plain(sel.committee_name)} har ingen uppföljning för {sel.year}. Välj ett annat år i urvalet.",
            icon="ℹ️")


# No plotly mode bar (its buttons speak English: Zoom, Pan, Autoscale, Download plot …): the charts
# are read, not explored; the figures are in the tables next to them and in the downloads.
CHART_CONFIG = {"displayModeBar": False, "displaylogo": False, "locale": "sv"}


def chart(fig, key: str, container=st) -> None:
    """A plotly chart with our own layout (projector-sized type), not Streamlit's theme over it."""
    container.plotly_chart(fig, key=key, theme=None, config=CHART_CONFIG)
