"""Översikt: are we reaching our goals this year, and where not?"""

import streamlit as st

from folkhalsa import fmt, goals, overview, sentences, words
from folkhalsa.exports import sheets
from folkhalsa.followup import indicators as kinds
from folkhalsa.followup import plans
from folkhalsa.ui import downloads, shell, views, widgets
from folkhalsa.ui.data import q

sel = shell.selection()
widgets.heading("Översikt", sel)
if sel.period is None:
    widgets.no_data(sel)
    st.stop()

plan = plans.sentence(q("plan_periods", committee_id=sel.committee_id), sel.year)
if plan:
    st.caption(fmt.plain(plan))
now, before = views.current(sel), views.previous_year(sel)
figures = overview.key_figures(now, before, sel.words)
widgets.key_figures(figures)
changes = sentences.key_figure_sentences(now, before)
st.caption("**Förändringen i ord** (utkast till rapporttext)  \n" + "  \n".join(fmt.plain(t) for t in changes))

left, right = st.columns([3, 2], gap="large")
with left:
    st.header(f"Måluppfyllelse per {fmt.plain(sel.words.area)}")
    for _, area in goals.rollup_by_area(now.tree).iterrows():
        with st.container(border=True):
            st.markdown(f"### {fmt.plain(area['title'])}")
            st.markdown(f"{widgets.status_badge(area['status'])} · {area['sentence']}")
    st.caption(fmt.plain(words.capital(f"{sel.words.area} uppfylls när alla dess mål uppfylls; uppfylls inte när "
                                       "något mål inte uppfylls; annars uppfylls det delvis.")))
with right:
    st.header("Behöver uppmärksamhet")
    items = goals.attention(now.tree, now.outcomes)
    if not items:
        st.success("Inga mål eller indikatorer behöver särskild uppmärksamhet.", icon="✅")
    for item in items:
        target = "pages/maluppfyllelse.py" if item.kind == "goal" else "pages/indikatorer.py"
        extra = {"mal": item.key} if item.kind == "goal" else {"indikator": item.key}
        with st.container(border=True):
            st.markdown(f"**{fmt.plain(item.title)}**  \n{fmt.plain(item.detail)}")
            if item.why:
                st.caption(fmt.plain(item.why))
            st.page_link(target, label="Se förklaringen", icon=":material/arrow_forward:",
                         query_params=shell.link_params(sel, **extra))
    if kinds.has_kinds(now.outcomes):
        st.caption(kinds.RULES_CAPTION)

st.divider()
downloads.table_buttons(lambda figures=figures, now=now: {"Nyckeltal": sheets.key_figure_sheet(figures),
                                 words.capital(sel.words.areas): sheets.area_sheet(now.tree, sel.words),
                                 "Behöver uppmärksamhet": sheets.attention_sheet(now.tree, now.outcomes)},
                        downloads.file_stem(sel), "oversikt")
