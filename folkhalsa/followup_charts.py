"""Charts of the activities log, the economy and the surveys, in the style of ``charts.py``.

Colours come from ``theme``; a missing or suppressed value is left out of the bar (and
marked ``..`` for suppressed survey groups), never drawn as zero.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from folkhalsa import activities, economy, fmt, rules, survey, theme
from folkhalsa.charts import gap_values, layout
from folkhalsa.followup.periods import Period

PALETTE = theme.OKABE_ITO


def _kind_colour(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def activity_month_chart(counts: pd.DataFrame) -> go.Figure:
    """Stacked bars: activities per month, one colour per kind."""
    fig = go.Figure()
    months = sorted(counts["month"].unique())
    labels = [fmt.MONTH_ABBR[m - 1] for m in months]
    for i, kind in enumerate(dict.fromkeys(counts["kind"])):
        rows = counts[counts["kind"] == kind].set_index("month").reindex(months)
        fig.add_bar(x=labels, y=[int(v) for v in rows["n_activities"].fillna(0)],
                    name=activities.kind_label(kind), marker=dict(color=_kind_colour(i)))
    fig.update_layout(barmode="stack")
    fig = layout(fig, "antal", height=380)
    fig.update_xaxes(dtick=None, tickformat=None, type="category")
    fig.update_yaxes(title_text="Antal aktiviteter", dtick=1 if counts.groupby("month")["n_activities"].sum().max() <= 8 else None)
    return fig


def log_comparison_chart(by_year: pd.DataFrame, measure: str, highlight: str, years: list[int]) -> go.Figure:
    """One line per committee over the years for a measure of the log (chosen committee thick)."""
    fig = go.Figure()
    others = [c for c in PALETTE if c != theme.NEUTRAL_COLOUR]
    for i, (name, rows) in enumerate(by_year.groupby("municipality_name", sort=True)):
        rows = rows.set_index("year").reindex(years)
        chosen = name == highlight
        fig.add_scatter(x=years, y=gap_values(rows[measure]), name=name, mode="lines+markers",
                        connectgaps=False,
                        line=dict(color=theme.NEUTRAL_COLOUR if chosen else others[i % len(others)],
                                  width=6 if chosen else 2),
                        marker=dict(size=12 if chosen else 7), opacity=1 if chosen else 0.75)
    return layout(fig, "antal", height=400)


def budget_posts_chart(ruled: pd.DataFrame, period: Period) -> go.Figure:
    """Per post: periodised budget and outcome side by side, the deviation written beside it."""
    posts = ruled[~ruled["parent_account"].isin(economy.fund_posts(ruled)) & ~ruled["is_total"]]
    posts = posts[posts["depth"] <= 1].iloc[::-1]
    names = ["\u2003" * int(d) + str(a) for a, d in zip(posts["account"], posts["depth"], strict=True)]
    months = period.months
    fig = go.Figure()
    fig.add_bar(y=names, x=gap_values(posts["period_budget_tkr"]), orientation="h",
                name=f"Periodiserad budget {months}", marker=dict(color=theme.OKABE_ITO[4]))
    fig.add_bar(y=names, x=gap_values(posts["outcome_tkr"]), orientation="h", name=f"Utfall {months}",
                marker=dict(color=theme.NEUTRAL_COLOUR),
                text=[economy.deviation_label_short(v) for v in posts["deviation_tkr"]],
                textposition="outside", cliponaxis=False,
                textfont=dict(color=[economy.DEVIATION_COLOUR[economy.deviation_sign(v)]
                                     for v in posts["deviation_tkr"]]))
    fig.update_layout(barmode="group", hovermode="closest")
    fig = layout(fig, height=140 + 70 * len(names))
    fig.update_xaxes(title_text="Tusen kronor (tkr)", dtick=None, tickformat=None, rangemode="tozero")
    fig.update_layout(hovermode="closest", margin=dict(l=10, r=120, t=30, b=10))
    fig.update_yaxes(automargin=True)
    return fig


def development_funds_chart(funds: pd.DataFrame, period: Period) -> go.Figure:
    """Per purpose of the development funds: the year's budget and the outcome so far."""
    funds = funds.iloc[::-1]
    fig = go.Figure()
    fig.add_bar(y=list(funds["account"]), x=gap_values(funds["budget_tkr"]), orientation="h",
                name="Budget helår", marker=dict(color=theme.OKABE_ITO[4]))
    fig.add_bar(y=list(funds["account"]), x=gap_values(funds["outcome_tkr"]), orientation="h",
                name=f"Utfall {period.months}", marker=dict(color=theme.NEUTRAL_COLOUR))
    fig.update_layout(barmode="group")
    fig = layout(fig, height=120 + 48 * len(funds))
    fig.update_xaxes(title_text="Tusen kronor (tkr)", dtick=None, tickformat=None, rangemode="tozero")
    fig.update_yaxes(automargin=True)
    fig.update_layout(hovermode="closest")
    return fig


def budget_trend_chart(trend: pd.DataFrame, years: list[int]) -> go.Figure:
    """Per year: budget for the year, periodised budget and outcome at the chosen period."""
    rows = trend.set_index("year").reindex(years)
    fig = go.Figure()
    fig.add_scatter(x=years, y=gap_values(rows["budget_tkr"]), name="Budget helår", mode="lines+markers",
                    line=dict(color=theme.TARGET_COLOUR, dash="dash", width=3), marker=dict(size=10))
    fig.add_bar(x=years, y=gap_values(rows["period_budget_tkr"]), name="Periodiserad budget",
                marker=dict(color=theme.OKABE_ITO[4]))
    fig.add_bar(x=years, y=gap_values(rows["outcome_tkr"]), name="Utfall", marker=dict(color=theme.NEUTRAL_COLOUR),
                text=[economy.deviation_label_short(v) for v in rows["deviation_tkr"]],
                textposition="outside", cliponaxis=False)
    fig.update_layout(barmode="group")
    return layout(fig, "tkr", height=420)


def answers_chart(results: pd.DataFrame, groups: list[str], genders: list[str]) -> go.Figure:
    """100 % bars: the answers of one question per school year and gender (``..`` when suppressed)."""
    shown = survey.suppress(results)
    answers = survey.answers_of(results)
    bars = [(g, s) for g in survey.ordered_groups(groups) for s in genders
            if not shown[(shown["group"] == g) & (shown["gender"] == s)].empty][::-1]
    labels = [survey.group_label(g, s) for g, s in bars]
    fig = go.Figure()
    for i, answer in enumerate(answers):
        values, texts = [], []
        for g, s in bars:
            row = shown[(shown["group"] == g) & (shown["gender"] == s) & (shown["answer"] == answer)]
            value = row["shown_share"].iloc[0] if len(row) else None
            values.append(None if fmt.is_missing(value) else value)
            texts.append(fmt.value(value, "procent", 0) if values[-1] is not None and value >= 5 else "")
        fig.add_bar(y=labels, x=values, orientation="h", name=answer, text=texts,
                    textposition="inside", insidetextanchor="middle",
                    marker=dict(color=_kind_colour(i), line=dict(color=theme.SEPARATOR_COLOUR, width=1)))
    for (g, s), label in zip(bars, labels, strict=True):
        rows = shown[(shown["group"] == g) & (shown["gender"] == s)]
        if rows["is_suppressed"].all():
            fig.add_annotation(y=label, x=50, text=f"{survey.SUPPRESSED} färre än {survey.SUPPRESS_BELOW} svarande",
                               showarrow=False)
    fig.update_layout(barmode="stack", hovermode="closest")
    fig = layout(fig, height=140 + 60 * len(bars))
    fig.update_xaxes(title_text="Andel av de svarande (%)", range=[0, 100], dtick=20, tickformat=None)
    fig.update_layout(hovermode="closest")
    return fig


def survey_comparison_chart(results: pd.DataFrame, answer: str, group: str, genders: list[str],
                            by: str, highlight: str | None = None) -> go.Figure:
    """Bars of one answer's share for one school year, per municipality or per survey year.

    ``by`` is ``municipality_name`` or ``survey_year``; one bar colour per gender; suppressed
    groups get no bar and a ``..`` label.
    """
    shown = survey.suppress(results)
    shown = shown[(shown["answer"] == answer) & (shown["group"] == group)]
    categories = sorted(shown[by].unique())
    labels = [str(c) + (" ◀" if highlight is not None and str(c) == highlight else "") for c in categories]
    fig = go.Figure()
    for gender in genders:
        rows = shown[shown["gender"] == gender].set_index(by).reindex(categories)
        suppressed = [s is True for s in rows["is_suppressed"]]
        shares = [None if fmt.is_missing(v) else float(v) for v in rows["shown_share"]]
        label = rules.GENDER_LABEL_YOUNG[gender]
        fig.add_bar(
            x=labels, name=label, marker=dict(color=theme.GENDER_COLOUR[gender]),
            # a suppressed group is an empty bar carrying "..", so the gap is explained, not drawn as 0
            y=[0 if s else v for v, s in zip(shares, suppressed, strict=True)],
            text=[survey.SUPPRESSED if s else fmt.value(v, "procent", 0)
                  for v, s in zip(shares, suppressed, strict=True)],
            hovertemplate=[
                f"%{{x}}: {survey.SUPPRESSED} färre än {survey.SUPPRESS_BELOW} svarande<extra>{label}</extra>" if s
                else f"%{{x}}: {fmt.value(v, 'procent', 0)}<extra>{label}</extra>"
                for v, s in zip(shares, suppressed, strict=True)],
            textposition="outside", cliponaxis=False, textfont=dict(size=14),
        )
    fig.update_layout(barmode="group")
    fig = layout(fig, "procent", height=420)
    fig.update_xaxes(dtick=None, tickformat=None, type="category")
    fig.update_yaxes(range=[0, 105])
    fig.update_layout(hovermode="closest")
    return fig
