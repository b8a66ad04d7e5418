"""Måluppfyllelse: every goal with status and comment, and its indicators against target."""

import streamlit as st

from folkhalsa import charts, fmt, goals, rules, tables, words
from folkhalsa.exports import sheets
from folkhalsa.followup import indicators as kinds
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
    rollup = goals.rollup_by_area(tree).set_index("goal_id")
    in_words = ("bedömda mål i målområdet" if sel.words.area == words.DEFAULTS.area
                else f"bedömda mål under {fmt.plain(sel.words.area)} {fmt.plain(area['title'])}")
    if area["goal_id"] in rollup.index:
        st.caption(f"{rules.status_label(rollup.at[area['goal_id'], 'status'])} · "
                   f"{rollup.at[area['goal_id'], 'sentence']} ({in_words})")
    for _, goal in in_area.iterrows():
        with st.container(border=True, key=f"goal-{goal['goal_id']}"):
            marker = "➤ " if goal["goal_id"] == focus else ""
            path = goals.structure_path(tree, goal["goal_id"])
            if path:
                st.caption("Under: " + " › ".join(fmt.plain(p) for p in path))
            st.markdown(f"#### {marker}{fmt.plain(goal['title'])}")
            st.markdown(f"{widgets.status_badge(goal['status'])} · {fmt.plain(str(goal['level']).capitalize())}")
            st.markdown(fmt.plain(goal["comment"]) if isinstance(goal["comment"], str) else "*Ingen kommentar.*")
            listed = now.goal_activities
            listed = listed[listed["goal_id"] == goal["goal_id"]] if not listed.empty else listed
            if not listed.empty:
                st.dataframe(tables.goal_activity_table(listed), hide_index=True, key=f"act-{goal['goal_id']}")
            indicators = now.outcomes[now.outcomes["goal_id"] == goal["goal_id"]]
            if not indicators.empty:
                st.dataframe(tables.indicator_table(indicators), hide_index=True,
                             key=f"ind-{goal['goal_id']}")
    structure = goals.in_area(tree[~tree["is_assessed"]], tree, area["goal_id"])
    loose = now.outcomes[now.outcomes["goal_id"].isin(structure["goal_id"])]
    if not loose.empty:
        st.subheader(f"Indikatorer för {fmt.plain(area['title'])}")
        st.dataframe(tables.indicator_table(loose), hide_index=True, key=f"ind-area-{area['goal_id']}")

if kinds.has_kinds(now.outcomes):
    st.caption(kinds.RULES_CAPTION)

st.divider()
st.header(f"Alla nämnders måluppfyllelse {sel.year}")
counts = goals.status_by_committee(q("goal_status_by_committee", year=sel.year, period=sel.period))
st.caption(f"Antal bedömda mål per status, {sel.info.label}. Mål utan bedömning räknas som ej bedömda; "
           f"{fmt.plain(sel.words.areas)} och andra nivåer utan egen bedömning räknas inte.")
chart_col, table_col = st.columns([3, 2], gap="large")
shown_counts = goals.chosen_and_all(counts, sel.committee_id, charts.MAX_LINES)
with chart_col:
    widgets.chart(charts.status_distribution_chart(shown_counts), key="status_chart")
widgets.chosen_then_all(table_col, tables.status_distribution_table(shown_counts),
                        tables.status_distribution_table(counts) if charts.is_crowded(counts) else None,
                        counts["committee_id"].nunique(), "status_table")

downloads.table_buttons(lambda now=now, tree=tree, counts=counts: {"Indikatorer": sheets.indicator_sheet(now.outcomes, tree),
                                 "Mål": sheets.goal_sheet(tree, sel.words), "Alla nämnder": sheets.status_sheet(counts)},
                        downloads.file_stem(sel), "maluppfyllelse")
