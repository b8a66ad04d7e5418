"""Indikatorer: one indicator over the years against its target, by gender and across committees."""

import streamlit as st

from folkhalsa import charts, fmt, rules, sentences, tables
from folkhalsa.exports import sheets
from folkhalsa.followup import indicators as kinds
from folkhalsa.kolada import catalogue, compare
from folkhalsa.ui import downloads, shell, views, widgets
from folkhalsa.ui.data import q

sel = shell.selection()
widgets.heading("Indikatorer", sel)

indicators = q("committee_indicators", committee_id=sel.committee_id)
if indicators.empty:
    st.info(f"{fmt.plain(sel.committee_name)} har inga indikatorer ännu.", icon="ℹ️")
    st.stop()
ids = list(indicators["indicator_id"])
wanted = st.query_params.get("indikator")
by_id = indicators.set_index("indicator_id")
indicator_id = st.selectbox("Indikator", ids, index=ids.index(wanted) if wanted in ids else 0,
                            format_func=lambda i: kinds.choice_label(by_id.at[i, "name"], by_id.at[i, "kind"]
                                                                     if "kind" in by_id.columns else None),
                            key="indikatorval")
info = by_id.loc[indicator_id]
unit, direction = info["unit"], info["direction"]
kind, baseline_year = info.get("kind"), info.get("baseline_year")
st.caption(f"{kinds.KIND_WORD[kinds.kind_of(kind)]} · Enhet: {unit} · {rules.DIRECTION_WORD[direction]} · "
           f"Källa: {fmt.plain(fmt.source_label(info['source']))}")

years = views.all_years(sel.year)
trend = views.indicator_trend(info["name"], sel)
own = trend[trend["committee_id"] == sel.committee_id]
genders = ["T", "K", "M"] if bool(info["has_gender"]) else ["T"]
gender_choice = st.segmented_control(
    "Kön", genders, default=genders if len(genders) > 1 else ["T"], selection_mode="multi",
    format_func=rules.GENDER_LABEL.get, key=f"kon_{indicator_id}",
    help="Totalt (T), kvinnor (K) och män (M), som Kolada redovisar dem.",
) or ["T"]

st.header(f"Utfall över åren: {fmt.plain(sel.municipality_name)}")
chart_col, table_col = st.columns([3, 2], gap="large")
with chart_col:
    widgets.chart(charts.trend_chart(own, unit, gender_choice, years,
                                     kinds.baseline_point(own, baseline_year, gender_choice[0])), key="trend_chart")
for gender in gender_choice:
    rows = own[own["gender"] == gender]
    table_col.markdown(f"**{rules.GENDER_LABEL[gender]}**")
    if rows.empty:
        table_col.caption("Inga värden.")
    else:
        table_col.dataframe(tables.trend_table(rows, unit, direction, kind, baseline_year), hide_index=True,
                            key=f"trend_table_{gender}")
st.caption("Så bedöms indikatorn: " + fmt.plain(kinds.rule_text(kind, direction, baseline_year,
                                                               has_target=bool(own["target"].notna().any()))))
change = tables.trend_sentence(own[own["gender"] == "T"], direction)
if change:
    st.markdown(f"**Senaste förändringen (totalt):** {change}")
if sel.period is not None:
    before = views.previous_year(sel)
    said = sentences.indicator_sentences(views.current(sel), before).get(indicator_id)
    if said:
        st.markdown(f"**I ord, samma månader som året före (totalt):** {fmt.plain(said)}")
st.caption(f"Varje år visas samma period ({fmt.plain(sel.info.label)}), till och med {sel.year}; saknar ett år "
           "perioden visas årets senaste uppföljning, märkt med sina månader. Saknade värden visas som ett "
           "avbrott i linjen och som ”–” i tabellen, aldrig som noll.")

kpi_id = catalogue.kpi_of_source(info["source"])
if kpi_id:
    st.header("Jämfört med Kolada")
    codes = [sel.municipality_code, compare.region_of(sel.municipality_code), compare.RIKET]
    kolada_rows, margins, margin_kpi = views.kolada(kpi_id, codes)
    if kolada_rows.empty:
        st.info(f"Inga värden för Kolada {kpi_id} finns i datamappen. Hämta dem med "
                f"”python -m folkhalsa kolada hamta {kpi_id}”.", icon="ℹ️")
    else:
        latest = tables.latest_outcome(own, unit)
        if latest:
            st.markdown(f"**{fmt.plain(sel.words.owner)} utfall {latest[0]}:** {fmt.plain(latest[1])}")
        st.dataframe(compare.beside(kolada_rows, margins, sel.municipality_code, sel.year, unit), hide_index=True,
                     key="kolada_beside")
        said = compare.difference_sentence(kolada_rows, margins, sel.municipality_code, sel.year, unit)
        if said:
            st.markdown(fmt.plain(said))
        st.caption(compare.source_line(kpi_id) + (f"; osäkerheten är Koladas {margin_kpi}." if margin_kpi else ".")
                   + (" Exempeldata." if compare.is_example(kolada_rows) else ""))
        st.page_link("pages/jamfor.py", label="Jämför med regionens kommuner", icon=":material/compare_arrows:",
                     query_params={**shell.link_params(sel), "kpi": kpi_id})

st.header("Jämför nämnder")
if int(info["n_committees"]) < 2:
    st.info("Ingen annan nämnd följer upp den här indikatorn.", icon="ℹ️")
else:
    compare_gender = gender_choice[0]
    others = trend[trend["gender"] == compare_gender]
    st.caption(f"Samma indikator i alla nämnder som följer upp den ({rules.GENDER_LABEL[compare_gender].lower()}).")
    chart_col, table_col = st.columns([3, 2], gap="large")
    many = charts.is_crowded(others)
    with chart_col:
        if many:  # hundreds of lines read as noise: the chosen committee against the spread
            widgets.chart(charts.spread_chart(others, unit, sel.municipality_name, years), key="comparison_chart")
            st.caption(f"{fmt.plain(sel.municipality_name)} mot medianen och mittersta hälften av "
                       f"{others['committee_id'].nunique()} nämnder.")
        else:
            widgets.chart(charts.comparison_chart(others, unit, sel.municipality_name, years),
                          key="comparison_chart")
    comparison = tables.comparison_table(others, unit, years)
    widgets.chosen_then_all(table_col, comparison[comparison["Kommun"] == sel.municipality_name] if many else comparison,
                            comparison if many else None, len(comparison), "comparison_table")

shown_tables = {"Utfall över åren": sheets.trend_sheet(own[own["gender"].isin(gender_choice)], unit, direction,
                                                        kind, baseline_year)}
if int(info["n_committees"]) >= 2:
    shown_tables["Jämför nämnder"] = sheets.comparison_sheet(trend[trend["gender"] == gender_choice[0]], years)
st.divider()
downloads.table_buttons(lambda tables=shown_tables: tables, downloads.file_stem(sel), "indikatorer")
