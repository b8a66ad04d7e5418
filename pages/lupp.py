"""LUPP och enkäter: survey answers by area and question, gender and school year, over rounds and municipalities."""

import streamlit as st

from folkhalsa import fmt, survey
from folkhalsa import followup_charts as fcharts
from folkhalsa.exports import sheets
from folkhalsa.ui import downloads, gender, shell, widgets
from folkhalsa.ui.data import q

sel = shell.selection()
st.title(f"LUPP och enkäter: {fmt.plain(sel.municipality_name)}")
st.markdown(f"**{fmt.plain(sel.committee_name)} · enkäter bland unga i {fmt.plain(sel.municipality_name)}**")

rounds = q("survey_rounds")
if rounds.empty:
    st.info("Det finns inga enkätresultat ännu. Läs in dem i importformatet för enkäter (se README).", icon="ℹ️")
    st.stop()
names = survey.surveys_for(rounds, sel.municipality_code)
name = st.selectbox("Undersökning", names, key="undersokning") if len(names) > 1 else names[0]
taken = survey.rounds_for(rounds, name, sel.municipality_code)
if taken.empty:
    st.info(f"{fmt.plain(sel.municipality_name)} har inga resultat från {fmt.plain(name)}.", icon="ℹ️")
    st.stop()
if bool(taken["has_example_data"].any()):
    st.caption(f"ℹ️ **Exempeldata.** Enkätsvaren från {fmt.plain(name)} är påhittade för att visa hur sidan fungerar.")

round_years = [int(y) for y in taken["survey_year"]]
default_year = survey.latest_round(round_years, sel.year)
year = st.segmented_control(
    "Undersökningsår", round_years, default=default_year, key=f"enkatar_{sel.year}",
    help="Förvalt är den senaste undersökningen till och med året i urvalet.",
) or default_year

questions = q("survey_questions", survey=name)
areas = survey.ordered_areas(list(questions["area"]))
area = st.pills("Område", areas, default=areas[0], format_func=lambda a: survey.AREA_LABEL.get(a, a.capitalize()),
                key="omrade") or areas[0]
in_area = list(questions[questions["area"] == area]["question"])
question = st.selectbox("Fråga", in_area, key=f"fraga_{area}")

results = q("survey_question_results", survey=name, question=question)
left, right = st.columns(2)
with left:
    groups_present = survey.ordered_groups(list(results["group"]))
    groups = st.segmented_control("Årskurs", groups_present, default=groups_present, selection_mode="multi",
                                  key="arskurs") or groups_present
with right:
    genders = gender.choice(["T", "K", "M"], key="kon_lupp", young=True)

own = results[(results["municipality_code"] == sel.municipality_code) & (results["survey_year"] == year)]
st.header(f"Svaren i {fmt.plain(sel.municipality_name)} {year}")
st.markdown(f"**{fmt.plain(question)}**")
if own.empty:
    st.info(f"Frågan ställdes inte i {fmt.plain(sel.municipality_name)} {year}.", icon="ℹ️")
else:
    chart_col, table_col = st.columns([3, 2], gap="large")
    widgets.chart(fcharts.answers_chart(own, groups, genders), key="answers_chart", container=chart_col)
    table_col.dataframe(survey.answers_table(own, groups, genders), hide_index=True, key="answers_table")

answers = survey.answers_of(results)
answer = st.selectbox("Svar att jämföra", answers, key=f"svar_{question}",
                      help="Andelen som gav det här svaret jämförs mellan undersökningsår och kommuner.")

st.header("Jämfört med tidigare undersökningar")
over_years = results[results["municipality_code"] == sel.municipality_code]
st.caption(f"Andel som svarat ”{fmt.plain(answer)}” i {fmt.plain(sel.municipality_name)}, med antal svarande (n).")
cols = st.columns(len(groups))
for col, group in zip(cols, survey.ordered_groups(groups), strict=True):
    col.markdown(f"**{fmt.plain(group)}**")
    widgets.chart(fcharts.survey_comparison_chart(over_years, answer, group, genders, by="survey_year"), key=f"years_chart_{group}", container=col)
st.dataframe(survey.years_table(over_years, answer, groups, genders), hide_index=True, key="years_table")

st.header(f"Jämfört med andra kommuner {year}")
same_round = results[results["survey_year"] == year]
compared, summed = survey.bounded(same_round, sel.municipality_code)
st.caption(f"Andel som svarat ”{fmt.plain(answer)}”, med antal svarande (n). {fmt.plain(sel.municipality_name)} är markerad med ◀."
           + (f" Mot medianen av de {summed} kommuner som deltog; alla finns i listan nedan." if summed else ""))
cols = st.columns(len(groups))
for col, group in zip(cols, survey.ordered_groups(groups), strict=True):
    col.markdown(f"**{fmt.plain(group)}**")
    widgets.chart(fcharts.survey_comparison_chart(compared, answer, group, genders, by="municipality_name",
                                                     highlight=sel.municipality_name), key=f"municipalities_chart_{group}", container=col)
widgets.chosen_then_all(st, survey.municipalities_table(compared, answer, groups, genders),
                        survey.municipalities_table(same_round, answer, groups, genders) if summed else None,
                        summed or 0, "municipalities_table", what="kommuner")
st.caption(f"”{survey.SUPPRESSED}” betyder färre än {fmt.number(survey.SUPPRESS_BELOW)} svarande i gruppen: "
           "andelen visas inte. Är flickornas eller pojkarnas grupp för liten döljs båda, så att "
           "andelen inte kan räknas fram ur totalen.")

st.divider()
downloads.table_buttons(lambda results=results: {"Enkätsvar": sheets.survey_sheet(results)},
                        downloads.file_stem(sel), "enkat")
