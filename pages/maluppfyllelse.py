"""Måluppfyllelse: every goal with status and comment, and its indicators against target."""

import streamlit as st

from folkhalsa import charts, fmt, goals, rules, tables
from folkhalsa.exports import sheets
from folkhalsa.ui import downloads, shell, views, widgets
from folkhalsa.ui.data import q

sel = shell.selection()
widgets.heading("Måluppfyllelse", sel)
if sel.period is None:
    widgets.no_data(sel)
    st.stop()

now = views.current(sel)
chosen = st.pills("Visa mål med status", list(rules.STATUS_WORD), selection_mode="multi",
                  default=list(rules.STATUS_WORD), format_func=rules.status_label, key="statusfilter")
focus = st.query_params.get("mal")
tree = now.tree
shown = goals.assessed(tree)
shown = shown[shown["status"].fillna("ej_bedomd").isin(chosen)]

if shown.empty:
    st.info("Inga mål har de valda statusarna. Välj fler statusar ovan.", icon="ℹ️")
for _, area in goals.areas(tree).iterrows():
    in_area = goals.in_area(shown, tree, area["goal_id"])
    if in_area.empty:
        continue
    st.header(fmt.plain(area["title"]))
    for _, goal in in_area.iterrows():
        with st.container(border=True, key=f"goal-{goal['goal_id']}"):
            marker = "➤ " if goal["goal_id"] == focus else ""
            level = "Åtagande" if goal["level"] == "åtagande" else "Uppdrag"
            st.markdown(f"#### {marker}{fmt.plain(goal['title'])}")
            st.markdown(f"{widgets.status_badge(goal['status'])} · {level}")
            st.markdown(fmt.plain(goal["comment"]) if isinstance(goal["comment"], str) else "*Ingen kommentar.*")
            indicators = now.outcomes[now.outcomes["goal_id"] == goal["goal_id"]]
            if not indicators.empty:
                st.dataframe(tables.indicator_table(indicators), hide_index=True,
                             key=f"ind-{goal['goal_id']}")

st.divider()
st.header(f"Alla nämnders måluppfyllelse {sel.year}")
counts = q("goal_status_by_committee", year=sel.year, period=sel.period)
st.caption(f"Antal mål per status, {sel.info.label}. Mål utan bedömning räknas som ej bedömda.")
chart_col, table_col = st.columns([3, 2], gap="large")
with chart_col:
    widgets.chart(charts.status_distribution_chart(counts), key="status_chart")
table_col.dataframe(tables.status_distribution_table(counts), hide_index=True)

downloads.table_buttons(lambda now=now, tree=tree, counts=counts: {"Indikatorer": sheets.indicator_sheet(now.outcomes, tree),
                                 "Mål": sheets.goal_sheet(tree), "Alla nämnder": sheets.status_sheet(counts)},
                        downloads.file_stem(sel), "maluppfyllelse")
