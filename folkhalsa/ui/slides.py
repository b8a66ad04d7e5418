"""Mötesläge's Streamlit side: projector styling, the slide in the URL, and drawing one slide.

The slides themselves come from :mod:`folkhalsa.exports.deck` (the same content as the
PowerPoint); this module only draws them. Text from the data goes through ``fmt.plain``.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from folkhalsa import charts, fmt, theme
from folkhalsa.exports import deck
from folkhalsa.ui import widgets

PARAM = "bild"

# A fixed stylesheet of ours (never user text): large type, high contrast, no sidebar.
_CSS = f"""
<style>
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stExpandSidebarButton"] {{ display: none !important; }}
.block-container {{ padding-top: 3.2rem; max-width: 100%; }}
.st-key-slide {{ color: {theme.TEXT_COLOUR}; background: {theme.BACKGROUND_COLOUR}; }}
.st-key-slide h1 {{ font-size: 3.1rem; line-height: 1.15; }}
.st-key-slide p, .st-key-slide li {{ font-size: 1.9rem; line-height: 1.4; }}
.st-key-slide table {{ font-size: 1.55rem; }}
.st-key-slide td > div {{ max-width: none !important; width: auto !important; }}
.st-key-slide th {{ background: {theme.NEUTRAL_COLOUR}; color: {theme.HEADER_TEXT_COLOUR}; }}
.st-key-slide [data-testid="stMetricValue"] {{ font-size: 3.2rem; font-weight: 700; }}
.st-key-slide [data-testid="stMetricLabel"] p {{ font-size: 1.35rem; }}
.st-key-slide [data-testid="stMetricLabel"] * {{ white-space: normal !important; overflow: visible !important;
  text-overflow: clip !important; }}
.st-key-slide [data-testid="stCaptionContainer"] p {{ font-size: 1.0rem; color: {theme.MUTED_TEXT_COLOUR}; }}
.st-key-slide-subtitle p {{ font-size: 1.6rem !important; color: {theme.MUTED_TEXT_COLOUR}; }}
.st-key-slide-number p {{ font-size: 1.4rem !important; text-align: center; }}
.st-key-bild_foregaende button, .st-key-bild_nasta button {{ min-height: 3rem; }}
.st-key-bild_foregaende button p, .st-key-bild_nasta button p {{ font-size: 1.4rem; }}
</style>
"""


def style() -> None:
    st.html(_CSS)


def current_number(total: int) -> int:
    """The slide in the URL (``?bild=3``), kept within 1..total and written back."""
    try:
        number = int(st.query_params.get(PARAM, "1"))
    except ValueError:
        number = 1
    number = min(max(number, 1), max(total, 1))
    if st.query_params.get(PARAM) != str(number):
        st.query_params[PARAM] = str(number)
    return number


def _go(number: int) -> None:
    st.query_params[PARAM] = str(number)


def navigation(number: int, total: int) -> None:
    """Previous / slide number / next; the arrow keys press the buttons."""
    left, middle, right = st.columns([1, 2, 1], vertical_alignment="center")
    left.button("◀ Föregående", key="bild_foregaende", on_click=_go, args=(number - 1,),
                disabled=number <= 1, shortcut="Left", width="stretch",
                help="Föregående bild (vänsterpil)")
    with middle.container(key="slide-number"):
        st.markdown(f"Bild {number} av {total}")
    right.button("Nästa ▶", key="bild_nasta", on_click=_go, args=(number + 1,),
                 disabled=number >= total, shortcut="Right", width="stretch", type="primary",
                 help="Nästa bild (högerpil)")


def _table(table: deck.Table) -> None:
    if table.caption:
        st.markdown(f"**{fmt.plain(table.caption)}**")
    frame = pd.DataFrame([[fmt.plain(c) for c in row] for row in table.rows],
                         columns=[fmt.plain(h) for h in table.headers])
    st.table(frame, hide_index=True)


def _chart(chart: deck.Chart, key: str) -> None:
    fig = charts.deck_chart(chart.categories, [(s.name, s.values) for s in chart.series], chart.unit, chart.kind)
    st.plotly_chart(fig, key=key, config=widgets.CHART_CONFIG)


def draw(slide: deck.Slide, number: int) -> None:
    """One slide: title, subtitle, key figures, chart and tables side by side, points, source."""
    with st.container(key="slide"):
        st.title(fmt.plain(slide.title), anchor=False)
        if slide.subtitle:
            with st.container(key="slide-subtitle"):
                st.markdown(fmt.plain(slide.subtitle))
        if slide.figures:
            per_row = 4
            for start in range(0, len(slide.figures), per_row):
                for col, figure in zip(st.columns(per_row), slide.figures[start:start + per_row], strict=False):
                    col.metric(fmt.plain(figure.label), figure.value, border=True)
        if slide.chart is not None and slide.tables:
            ratio = [2, 3] if slide.kind == "economy" else [3, 2]  # the budget table has six columns
            chart_col, table_col = st.columns(ratio, gap="large")
            with chart_col:
                _chart(slide.chart, f"slide-chart-{number}")
            with table_col:
                for table in slide.tables:
                    _table(table)
        else:
            if slide.chart is not None:
                _chart(slide.chart, f"slide-chart-{number}")
            for table in slide.tables:
                _table(table)
        if slide.points:
            st.markdown("\n".join(f"- {fmt.plain(p)}" for p in slide.points))
        st.caption(fmt.plain(slide.source))
