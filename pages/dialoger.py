"""Dialoger och aktiviteter: the committee's activities log, its indicators and comparisons."""

import streamlit as st

from folkhalsa import activities, charts, fmt, rules, tables
from folkhalsa import followup_charts as fcharts
from folkhalsa.exports import sheets
from folkhalsa.followup import model
from folkhalsa.ui import downloads, gender, shell, views, widgets
from folkhalsa.ui.data import q

sel = shell.selection()
widgets.heading("Dialoger och aktiviteter", sel)
if sel.period is None:
    widgets.no_data(sel)
    st.stop()

months = sel.info.months
now = views.current(sel)
log = now.log  # the period's activity log, fetched once with the rest of the period
st.caption(f"Aktivitetsloggen {months} {sel.year}: dialoger, föreläsningar, konferenser, "
           "sammanträden och övriga möten.")
genders = gender.choice(["T", "K", "M"], key="kon_dialoger")

if log.empty:
    st.info(f"{fmt.plain(sel.committee_name)} har inga aktiviteter i loggen för {months} {sel.year}.", icon="ℹ️")
else:
    people = activities.participants(log)
    cols = st.columns(4)
    cols[0].metric("Aktiviteter", fmt.number(len(log)), border=True,
                   help=f"Alla aktiviteter i loggen {months} {sel.year}.")
    dialogues = now.dialogues
    cols[1].metric("Genomförda dialoger", fmt.number(dialogues.value), border=True,
                   help=(f"{fmt.plain(sel.words.owner)} rapporterade antal; {dialogues.log_note or 'loggen har lika många'}. "
                         if dialogues.is_reported else "Aktiviteter av typen dialog i loggen. ")
                   + fmt.plain(model.log_rule(sel.words.body)))
    if dialogues.log_note:
        cols[1].caption(dialogues.log_note.capitalize())
    cols[2].metric("Målgrupper som nåtts", fmt.number(activities.n_target_groups(log)), border=True,
                   help="Olika målgrupper bland aktiviteterna i loggen.")
    cols[3].metric("Deltagare", fmt.number(people.total), border=True,
                   help=f"Summan av kända deltagarantal: {fmt.number(people.with_total)} av {fmt.number(people.n_activities)} "
                        "aktiviteter har ett antal. Aktiviteter utan antal räknas inte.")
    if people.with_gender:
        split = {"T": people.split_total, "K": people.women, "M": people.men}
        cols = st.columns(len(genders))
        for col, g in zip(cols, genders, strict=True):
            col.metric(f"Deltagare med känt kön: {rules.GENDER_LABEL[g].lower()}", fmt.number(split[g]),
                       border=True)
        st.caption(f"Uppdelning på kön finns för {fmt.number(people.with_gender)} av "
                   f"{fmt.number(people.n_activities)} aktiviteter; där den saknas räknas inget, aldrig noll.")
    else:
        st.caption("Ingen aktivitet i urvalet har deltagarna uppdelade på kön.")

    st.header("Per månad och typ")
    widgets.chart(fcharts.activity_month_chart(activities.counts_by_month(log, sel.info.first_month, sel.info.last_month)), key="month_chart")
    st.dataframe(activities.month_table(log, sel.info.first_month, sel.info.last_month), hide_index=True, key="month_table")
    left, right = st.columns([2, 3], gap="large")
    left.subheader("Per typ")
    left.dataframe(activities.kind_table(log), hide_index=True, key="kind_table")
    right.subheader("Målgrupper som nåtts")
    right.dataframe(activities.target_group_table(log), hide_index=True, key="target_group_table")

st.header("Indikatorer som följs upp med loggen")
outcomes = now.outcomes
fed = outcomes[outcomes["log_measure"].notna()]
if fed.empty:
    st.info(f"{fmt.plain(sel.committee_name)} har inga indikatorer som räknas ur loggen för {sel.year}.", icon="ℹ️")
else:
    st.dataframe(tables.indicator_table(fed[fed["gender"].isin(genders)], with_comment=False), hide_index=True,
                 key="log_indicators")
    st.caption(f"Loggen har {fmt.number(activities.n_dialogues(log))} dialoger {months} {sel.year}. Utfall och målvärden för "
               f"{fmt.plain(sel.info.label)}; saknade värden visas som ”–”. {fmt.plain(model.log_rule(sel.words.body))}")
    years = views.all_years(sel.year)
    names = list(dict.fromkeys(fed["name"]))
    for tab, name in zip(st.tabs([fmt.plain(activities.short_name(n)) for n in names]), names, strict=True):
        info = fed[fed["name"] == name].iloc[0]
        own = views.indicator_trend(name, sel)
        own = own[own["committee_id"] == sel.committee_id]
        shown = [g for g in genders if g in set(own["gender"])] or ["T"]
        with tab:
            st.markdown(f"**{fmt.plain(name)}**")
            widgets.chart(charts.trend_chart(own, info["unit"], shown, years), key=f"trend_{info['indicator_id']}")
            if set(genders) - set(shown):
                st.caption(fmt.plain(f"Indikatorn är inte uppdelad på kön för {sel.words.body}."))
    st.caption(f"Varje år visas samma period ({sel.info.label}), till och med {sel.year}. "
               "Saknade värden visas som ett avbrott i linjen, aldrig som noll.")

st.header("Jämfört med tidigare år och andra nämnder")
by_year = q("activity_by_committee_year", **sel.months)
measure_labels = dict(activities.COMPARE_MEASURES)
measure = st.selectbox("Mått", list(measure_labels), format_func=measure_labels.get, key="matt")
if measure == "n_participants":
    measure = activities.GENDER_MEASURE[genders[0]]
    st.caption(f"Deltagare: {rules.GENDER_LABEL[genders[0]].lower()} (första valda kön); "
               "bara aktiviteter med känt antal räknas.")
years = views.all_years(sel.year)
st.caption(f"{months.capitalize()} varje år, så att åren jämförs lika. {fmt.plain(sel.municipality_name)} är markerad.")
chart_col, table_col = st.columns([3, 2], gap="large")
comparison = activities.comparison_table(by_year, measure, years)
many = charts.is_crowded(by_year)
if many:  # the chosen committee against the spread
    widgets.chart(charts.spread_chart(by_year.rename(columns={measure: "outcome"}), "antal", sel.municipality_name,
                                      years), key="log_comparison_chart", container=chart_col)
else:
    widgets.chart(fcharts.log_comparison_chart(by_year, measure, sel.municipality_name, years),
                  key="log_comparison_chart", container=chart_col)
widgets.chosen_then_all(table_col, comparison[comparison["Kommun"] == sel.municipality_name] if many else comparison,
                        comparison if many else None, len(comparison), "log_comparison_table")

st.header("Aktivitetsloggen")
if log.empty:
    st.caption("Loggen är tom för urvalet.")
else:
    kinds = activities.kinds_in(log)
    chosen = st.multiselect("Visa typ", kinds, default=kinds, format_func=activities.kind_label,
                            key="typfilter", placeholder="Välj en eller flera typer")
    table = activities.log_table(log, chosen)
    st.caption(f"Visar {len(table)} av {len(log)} aktiviteter.")
    st.dataframe(table, hide_index=True, key="log_table")

st.divider()
downloads.table_buttons(lambda log=log: {"Aktivitetsloggen": sheets.activity_sheet(log)},
                        downloads.file_stem(sel), "aktiviteter")
