"""Plotly figures with the project's colours and projector-sized type.

A missing value stays ``None`` in the series, so the line shows a gap, never a drop to zero.
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from folkhalsa import fmt, rules, theme

AXIS_UNIT = {"antal": "Antal", "procent": "Procent", "tkr": "Tusen kronor (tkr)"}


def layout(fig: go.Figure, unit: str | None = None, height: int = 420) -> go.Figure:
    fig.update_layout(
        font=dict(size=theme.PLOT_FONT_SIZE),
        height=height,
        margin=dict(l=10, r=10, t=30, b=10),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0),
        separators=", ",  # decimal comma, space between thousands
        hovermode="x unified",
        template="plotly_white",
        paper_bgcolor="rgba(0,0,0,0)",
    )
    if unit:
        fig.update_yaxes(title_text=AXIS_UNIT.get(unit, unit), rangemode="tozero")
    fig.update_xaxes(dtick=1, tickformat="d")
    fig.update_yaxes(tickfont=dict(size=theme.PLOT_FONT_SIZE), gridcolor=theme.GRID_COLOUR)
    return fig


def gap_values(series: pd.Series) -> list[float | None]:
    return [None if fmt.is_missing(v) else float(v) for v in series]


def trend_chart(trend: pd.DataFrame, unit: str, genders: list[str], years: list[int],
                baseline: tuple[int, float] | None = None) -> go.Figure:
    """Outcome per year for the chosen genders, with the target as a dashed line.

    ``baseline`` (year, outcome): an effect goal without target is drawn against its baseline
    year's outcome, a dotted level line named ”Basår 2018”."""
    fig = go.Figure()
    for gender in genders:
        rows = trend[trend["gender"] == gender].set_index("year").reindex(years)
        fig.add_scatter(x=years, y=gap_values(rows["outcome"]), name=rules.GENDER_LABEL[gender],
                        mode="lines+markers", connectgaps=False,
                        line=dict(color=theme.GENDER_COLOUR[gender], width=4), marker=dict(size=12))
    total = trend[trend["gender"] == genders[0]].set_index("year").reindex(years)
    if total["target"].notna().any():
        fig.add_scatter(x=years, y=gap_values(total["target"]), name="Målvärde", mode="lines+markers",
                        line=dict(color=theme.TARGET_COLOUR, dash="dash", width=3),
                        marker=dict(symbol="line-ew-open", size=14))
    elif baseline is not None:
        fig.add_scatter(x=years, y=[baseline[1]] * len(years), name=f"Basår {baseline[0]}", mode="lines",
                        line=dict(color=theme.TARGET_COLOUR, dash="dot", width=3))
    return year_ticks(layout(fig, unit), trend, years)


def year_ticks(fig: go.Figure, trend: pd.DataFrame, years: list[int]) -> go.Figure:
    """Label each year with the months it covers when that is part of a year (``2022 jan–aug``)."""
    if "period_label" in trend.columns and not trend.empty:
        labels = dict(zip(trend["year"].astype(int), trend["period_label"], strict=True))
        fig.update_xaxes(tickmode="array", tickvals=years, ticktext=[labels.get(y, str(y)) for y in years])
    return fig


MAX_LINES = 12  # more committees than this: the chosen one against the spread, the full list on request


def is_crowded(rows: pd.DataFrame, column: str = "committee_id") -> bool:
    """More committees (or kommuner) than a chart or table can show one by one (``MAX_LINES``)."""
    return rows[column].nunique() > MAX_LINES


def spread(trend: pd.DataFrame, years: list[int]) -> pd.DataFrame:
    """Per year the median and quartiles of every committee's value (missing values left out)."""
    rows = []
    for year in years:
        values = trend.loc[trend["year"] == year, "outcome"].dropna()
        rows.append(dict(year=year, q1=values.quantile(0.25) if len(values) else None,
                         median=values.median() if len(values) else None,
                         q3=values.quantile(0.75) if len(values) else None, n=len(values)))
    return pd.DataFrame(rows, columns=["year", "q1", "median", "q3", "n"])


def spread_chart(trend: pd.DataFrame, unit: str, highlight: str, years: list[int]) -> go.Figure:
    """The chosen committee against the median and the middle half (quartiles) of all committees."""
    band = spread(trend, years)
    fig = go.Figure()
    fig.add_scatter(x=years, y=gap_values(band["q3"]), mode="lines", line=dict(width=0), showlegend=False,
                    hoverinfo="skip")
    fig.add_scatter(x=years, y=gap_values(band["q1"]), mode="lines", line=dict(width=0), fill="tonexty",
                    fillcolor="rgba(148,148,148,0.35)", name="Mittersta hälften av nämnderna")
    fig.add_scatter(x=years, y=gap_values(band["median"]), mode="lines", name="Median",
                    line=dict(color=theme.TARGET_COLOUR, dash="dash", width=3))
    own = trend[trend["municipality_name"] == highlight].set_index("year").reindex(years)
    fig.add_scatter(x=years, y=gap_values(own["outcome"]), mode="lines+markers", name=highlight, connectgaps=False,
                    line=dict(color=theme.NEUTRAL_COLOUR, width=6), marker=dict(size=12))
    return year_ticks(layout(fig, unit), trend, years)


def comparison_chart(trend: pd.DataFrame, unit: str, highlight: str, years: list[int]) -> go.Figure:
    """The same indicator for every committee; the chosen municipality drawn thick."""
    fig = go.Figure()
    palette = [c for c in theme.OKABE_ITO if c != theme.NEUTRAL_COLOUR]
    for i, (name, rows) in enumerate(trend.groupby("municipality_name", sort=True)):
        rows = rows.set_index("year").reindex(years)
        chosen = name == highlight
        fig.add_scatter(x=years, y=gap_values(rows["outcome"]), name=name, mode="lines+markers",
                        connectgaps=False,
                        line=dict(color=theme.NEUTRAL_COLOUR if chosen else palette[i % len(palette)],
                                  width=6 if chosen else 2),
                        marker=dict(size=12 if chosen else 7), opacity=1 if chosen else 0.75)
    return year_ticks(layout(fig, unit), trend, years)


def status_distribution_chart(counts: pd.DataFrame) -> go.Figure:
    """Stacked bars per committee: how many goals have each status (symbol and word in the legend)."""
    fig = go.Figure()
    names = sorted(counts["municipality_name"].unique(), reverse=True)
    for status in rules.STATUS_WORD:
        rows = counts[counts["status"] == status].set_index("municipality_name").reindex(names)
        values = rows["n_goals"].fillna(0).astype(int).tolist()
        fig.add_bar(y=names, x=values, orientation="h", name=rules.status_label(status),
                    marker=dict(color=theme.STATUS_COLOUR[status], line=dict(color=theme.SEPARATOR_COLOUR, width=1)),
                    text=[rules.STATUS_SYMBOL[status] + f" {v}" if v else "" for v in values],
                    textposition="inside", insidetextanchor="middle")
    fig.update_layout(barmode="stack")
    fig = layout(fig, height=80 + 55 * len(names))
    fig.update_xaxes(title_text="Antal mål", dtick=1)
    fig.update_layout(hovermode="closest")
    return fig


def deck_chart(categories: list[str], series: list[tuple[str, list[float | None]]], unit: str,
               kind: str) -> go.Figure:
    """A slide's chart for the projector: outcome (and target dashed) over years, or bars side by side."""
    fig = go.Figure()
    for i, (name, values) in enumerate(series):
        is_target = name == "Målvärde"
        if kind == "line":
            fig.add_scatter(
                x=categories, y=values, name=name, mode="lines+markers", connectgaps=False,
                line=dict(color=theme.TARGET_COLOUR if is_target else theme.NEUTRAL_COLOUR,
                          width=3 if is_target else 6, dash="dash" if is_target else None),
                marker=dict(size=12 if is_target else 18))
        else:
            fig.add_bar(x=categories, y=values, name=name,
                        marker=dict(color=theme.NEUTRAL_COLOUR if i else theme.RULE_COLOUR),
                        text=[fmt.value(v, unit) for v in values], textposition="outside")
    fig = layout(fig, unit, height=470)
    # sized by the slide's box (Mötesläge); labels 16–18 px, readable on a projector
    ink = dict(color=theme.TEXT_COLOUR)
    fig.update_layout(height=None, autosize=True, font=dict(size=18, **ink), legend=dict(font=dict(size=18, **ink)),
                      margin=dict(l=10, r=10, t=40, b=10), hovermode="closest")
    fig.update_xaxes(type="category", dtick=None, tickformat=None, tickfont=dict(size=16, **ink))
    fig.update_yaxes(tickfont=dict(size=16, **ink), title_font=dict(size=16, **ink))
    if kind == "bar":  # labels upright and wrapped, value labels never shrunk below 16 px
        fig.update_traces(textfont=dict(size=16, **ink), cliponaxis=False)
        fig.update_layout(uniformtext=dict(minsize=16, mode="show"))
        fig.update_xaxes(tickangle=0, tickvals=categories,
                         ticktext=[html.escape(c).replace(" ", "<br>") for c in categories])
    if unit == "procent":
        fig.update_yaxes(range=[0, 105])
    return fig
