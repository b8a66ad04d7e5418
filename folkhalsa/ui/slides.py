"""Mötesläge's Streamlit side: projector styling, the slide in the URL, and drawing one slide.

The slides themselves come from :mod:`folkhalsa.exports.deck` (the same content as the
PowerPoint); this module only draws them. Text from the data goes through ``fmt.plain``.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from folkhalsa import charts, fmt, theme
from folkhalsa.exports import deck
from folkhalsa.ui import widgets

PARAM = "bild"
LONG_TITLE = 60  # characters: longer slide titles get a smaller size

# A fixed stylesheet of ours (never user text): the slide fills the screen (1024×768 to full HD)
# without scrolling. Sizes follow the viewport (vh, vw) within rem bounds; nothing of Streamlit's
# chrome (header, toolbar, sidebar) stands in the way. Text on white keeps ≥ 4.5:1 contrast.
_TEXT = "clamp(0.95rem, min(3.6vh, 2.4vw), 1.9rem)"
_CSS = f"""
<style>
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stExpandSidebarButton"], header[data-testid="stHeader"], [data-testid="stToolbar"],
[data-testid="stDecoration"] {{ display: none !important; }}
[data-testid="stMainBlockContainer"], .block-container {{
  padding: 1.2vh clamp(0.75rem, 2.5vw, 2.5rem) 0.6vh !important; max-width: 100% !important; }}
[data-testid="stMainBlockContainer"] > div > [data-testid="stVerticalBlock"] {{ gap: 1.2vh; }}
.st-key-slide {{ color: {theme.TEXT_COLOUR}; background: {theme.BACKGROUND_COLOUR}; gap: 1.4vh; }}
.st-key-slide [data-testid="stVerticalBlock"] {{ gap: 1.2vh; }}
.st-key-slide h1 {{ font-size: clamp(1.3rem, min(6vh, 4vw), 3.1rem); line-height: 1.15; padding: 0; }}
.st-key-slide-title-long h1 {{ font-size: clamp(1.1rem, min(4.4vh, 2.9vw), 2.3rem); }}
.st-key-slide p, .st-key-slide li {{ font-size: {_TEXT}; line-height: 1.35; margin-bottom: 0.2em; }}
.st-key-slide table {{ font-size: clamp(0.8rem, min(3.1vh, 2.1vw), 1.55rem); width: 100%; }}
.st-key-slide th, .st-key-slide td {{ white-space: normal !important; overflow-wrap: anywhere; word-break: normal;
  padding: 0.25em 0.5em !important; line-height: 1.25; }}
.st-key-slide td > div, .st-key-slide th > div {{ max-width: none !important; width: auto !important;
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important; }}
.st-key-slide [data-testid="stTable"] {{ overflow: visible !important; }}
.st-key-slide-side-wide table {{ font-size: clamp(0.8rem, min(2.8vh, 1.7vw), 1.4rem); }}
.st-key-slide th {{ background: {theme.NEUTRAL_COLOUR}; color: {theme.HEADER_TEXT_COLOUR}; }}
.st-key-slide [data-testid="stMetric"] {{ padding: 0.6vh 0.8vw; }}
.st-key-slide [data-testid="stMetricValue"], .st-key-slide [data-testid="stMetricValue"] * {{
  font-size: clamp(1.3rem, min(6.4vh, 4.2vw), 3.2rem) !important; font-weight: 700; line-height: 1.1; }}
.st-key-slide [data-testid="stMetricValue"] > div {{ overflow: visible !important; text-overflow: clip !important; }}
.st-key-slide [data-testid="stMetricLabel"] p {{ font-size: clamp(0.85rem, min(2.8vh, 1.9vw), 1.35rem); }}
.st-key-slide [data-testid="stMetricLabel"] * {{ white-space: normal !important; overflow: visible !important;
  text-overflow: clip !important; }}
.st-key-slide-source p {{ font-size: clamp(0.875rem, min(2.4vh, 1.6vw), 1.1rem) !important;
  color: {theme.MUTED_TEXT_COLOUR} !important; opacity: 1 !important; line-height: 1.25; }}
.st-key-slide-subtitle {{ margin-top: 0.4vh; }}
.st-key-slide-subtitle p {{ font-size: clamp(0.9rem, min(3.2vh, 2.2vw), 1.6rem) !important;
  color: {theme.MUTED_TEXT_COLOUR}; }}
.st-key-slide-chart {{ flex: none !important; height: 60vh !important; min-height: 0; }}
.st-key-slide-chart-small {{ flex: none !important; height: 40vh !important; min-height: 0; }}
.st-key-slide-chart [data-testid="stPlotlyChart"], .st-key-slide-chart-small [data-testid="stPlotlyChart"] {{
  height: 100% !important; min-height: 0; }}
[data-testid="stElementContainer"]:has(> [data-testid="stHtml"]),
[data-testid="stElementContainer"]:has(> iframe[height="0"]) {{ display: none; }}
.st-key-slide-nav {{ gap: 0.6vw; }}
.st-key-slide-number p {{ font-size: clamp(0.9rem, min(2.6vh, 1.8vw), 1.4rem) !important; text-align: center;
  margin: 0; }}
.st-key-slide-nav button {{ min-height: clamp(2rem, 5.6vh, 3rem); padding: 0.1rem 0.6rem; }}
.st-key-slide-nav button p {{ font-size: clamp(0.85rem, min(2.4vh, 1.6vw), 1.4rem); }}
.st-key-slide-nav [data-testid="stPageLink"] p {{ font-size: clamp(0.85rem, min(2.4vh, 1.6vw), 1.4rem); }}
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


def navigation(number: int, total: int, notes: list[str] | None = None,
               tools: Callable[[], None] | None = None, exit_params: dict[str, str] | None = None) -> None:
    """Previous / slide number / next, the speaker notes, the files and the way out, on one row.

    The arrow keys press the buttons. Notes and files open as popovers, so the slide keeps the screen.
    """
    with st.container(key="slide-nav"):
        cols = st.columns([1.35, 1.1, 1.35, 1.2, 1.1, 1.1], vertical_alignment="center", gap="small")
        cols[0].button("◀ Föregående", key="bild_foregaende", on_click=_go, args=(number - 1,),
                       disabled=number <= 1, shortcut="Left", width="stretch",
                       help="Föregående bild (vänsterpil)")
        with cols[1].container(key="slide-number"):
            st.markdown(f"Bild {number} av {total}")
        cols[2].button("Nästa ▶", key="bild_nasta", on_click=_go, args=(number + 1,),
                       disabled=number >= total, shortcut="Right", width="stretch", type="primary",
                       help="Nästa bild (högerpil)")
        with cols[3].popover("Talarmanus", icon=":material/record_voice_over:", width="stretch",
                             help="Utkast till meningar om förändringen, samma som i PowerPointens anteckningar"):
            if notes:
                st.markdown("\n".join(f"- {fmt.plain(n)}" for n in notes))
            else:
                st.markdown("Bilden har inga siffror att kommentera.")
        if tools is not None:
            with cols[4].popover("Underlag", icon=":material/download:", width="stretch",
                                 help="Ladda ner PowerPoint, Word, Excel och CSV"):
                tools()
        if exit_params is not None:
            with cols[5]:
                st.page_link("pages/oversikt.py", label="Avsluta", icon=":material/close:",
                             query_params=exit_params, help="Avsluta mötesläge")


def _table(table: deck.Table) -> None:
    if table.caption:
        st.markdown(f"**{fmt.plain(table.caption)}**")
    frame = pd.DataFrame([[fmt.plain(c) for c in row] for row in table.rows],
                         columns=[fmt.plain(h) for h in table.headers])
    st.table(frame, hide_index=True)


def _chart(chart: deck.Chart, key: str, small: bool = False) -> None:
    """The chart fills a box sized by the viewport (charts.deck_chart sets its projector sizes)."""
    fig = charts.deck_chart(chart.categories, [(s.name, s.values) for s in chart.series], chart.unit, chart.kind)
    with st.container(key="slide-chart-small" if small else "slide-chart"):
        st.plotly_chart(fig, key=key, height="stretch",
                        config={**widgets.CHART_CONFIG, "responsive": True})


def draw(slide: deck.Slide, number: int) -> None:
    """One slide: title, subtitle, key figures, chart and tables side by side, points, source."""
    with st.container(key="slide"):
        with st.container(key="slide-title-long" if len(slide.title) > LONG_TITLE else "slide-title"):
            st.title(fmt.plain(slide.title), anchor=False)
        if slide.subtitle:
            with st.container(key="slide-subtitle"):
                st.markdown(fmt.plain(slide.subtitle))
        if slide.figures:
            per_row = 4
            for start in range(0, len(slide.figures), per_row):
                for col, figure in zip(st.columns(per_row), slide.figures[start:start + per_row], strict=False):
                    col.metric(fmt.plain(figure.label), figure.value, border=True)
        small = bool(slide.figures)
        if slide.chart is not None and slide.tables:
            wide = max(len(t.headers) for t in slide.tables) > 4  # the budget table has six columns
            chart_col, table_col = st.columns([1, 2] if wide else [3, 2], gap="medium")
            with chart_col:
                _chart(slide.chart, f"slide-chart-{number}", small)
            with table_col, st.container(key="slide-side-wide" if wide else "slide-side"):
                for table in slide.tables:
                    _table(table)
        else:
            if slide.chart is not None:
                _chart(slide.chart, f"slide-chart-{number}", small)
            for table in slide.tables:
                _table(table)
        if slide.points:
            st.markdown("\n".join(f"- {fmt.plain(p)}" for p in slide.points))
        with st.container(key="slide-source"):
            st.markdown(fmt.plain(slide.source))
