"""Ekonomi: budget, outcome so far and forecast per post, the deviation, development funds, trend."""

import streamlit as st

from folkhalsa import economy, fmt, words
from folkhalsa import followup_charts as fcharts
from folkhalsa.exports import sheets
from folkhalsa.followup import model
from folkhalsa.ui import downloads, shell, views, widgets
from folkhalsa.ui.data import q

sel = shell.selection()
widgets.heading("Ekonomi", sel)
rows = q("budget_rows", committee_id=sel.committee_id, year=sel.year, period=sel.period or sel.requested_period)
if sel.period is None or rows.empty:
    st.info(f"{fmt.plain(sel.committee_name)} har ingen ekonomisk uppföljning för {sel.year}. Välj ett annat år i urvalet.",
            icon="ℹ️")
    st.stop()

months = sel.info.months
total = economy.totals(rows, sel.info)
sign = economy.deviation_sign(total.deviation_tkr)
# two per row: amounts such as ”1 190 tkr” stay whole beside the sidebar at 1280 px (a projector)
widgets.key_figures(economy.key_figures(total, sel.year), per_row=2)

colour = economy.DEVIATION_MARKDOWN_COLOUR[sign]
st.markdown(f":{colour}[**{economy.DEVIATION_SYMBOL[sign]}**] "
            f"{fmt.plain(economy.summary_sentence(total, sel.year, sel.words.owner))}")
used_col, year_col = st.columns(2, gap="large")
used_col.progress(min(1.0, (total.share_used or 0) / 100),
                  text=f"Använt av årets budget: {fmt.value(total.share_used, 'procent', 0)}")
year_col.progress(total.share_of_year / 100,
                  text=f"Del av året som gått ({months}): {fmt.value(total.share_of_year, 'procent', 0)}")
st.caption(economy.usage_sentence(total))

st.header("Budget, utfall och prognos per post")
st.dataframe(economy.posts_table(rows, sel.info), hide_index=True, key="posts_table")
st.caption("Avvikelse = periodiserad budget − utfall: ▲ positiv (lägre kostnader än budgeterat), "
           f"▼ negativ (högre). En avvikelse som {fmt.plain(sel.words.body)} angett visas som angiven; annars räknas den ur "
           "periodens budget, och saknas den används årets budget × periodens månader/12. "
           "Summan är huvudposternas summa.")
widgets.chart(fcharts.budget_posts_chart(economy.with_rules(rows, sel.info), sel.info), key="posts_chart")

parties = q("parties", committee_id=sel.committee_id)
split = economy.payer_split(rows, parties)
if not split.empty:  # a joint plan: each post split between its payers
    st.header("Per betalare")
    if not parties.empty:
        st.caption("Planens parter: " + "; ".join(
            fmt.plain(f"{n} ({p})" if isinstance(n, str) and n != p else p)
            for p, n in zip(parties["party"], parties["name"], strict=True)) + ".")
    st.dataframe(economy.payer_totals_table(economy.payer_totals(rows, sel.info, parties)), hide_index=True,
                 key="payer_totals_table")
    st.dataframe(economy.payer_split_table(split, words.capital(sel.words.goal)), hide_index=True,
                 key="payer_split_table")
    st.caption("Summorna per betalare är summan av raderna som anger betalaren. Totalt är postens "
               "budget som den angetts; saknas den, summan av delarna. Beloppen visas i tkr, avrundade först här.")

st.header("Utvecklingsmedel per ändamål")
funds = economy.development_funds(rows)
if funds.empty:
    st.info("Utvecklingsmedlen är inte fördelade på ändamål för urvalet.", icon="ℹ️")
else:
    st.dataframe(economy.development_funds_table(rows, sel.info), hide_index=True, key="funds_table")
    widgets.chart(fcharts.development_funds_chart(funds, sel.info), key="funds_chart")
    st.caption("Ändamål utan bokfört utfall visas som ”–”, inte som noll.")

st.header("Utvecklingen över åren")
trend = economy.trend(q("budget_top_posts_by_year", committee_id=sel.committee_id), sel.period or sel.requested_period,
                      model.resolver(q, sel.committee_id), up_to_year=sel.year)
widgets.chart(fcharts.budget_trend_chart(trend, views.all_years(sel.year)), key="trend_chart")
st.dataframe(economy.trend_table(trend), hide_index=True, key="trend_table")
st.caption("Varje år visas samma period (samma månader). Saknar ett år perioden visas årets senaste "
           "uppföljning, märkt med sina månader. År efter det valda visas inte.")

st.divider()
downloads.table_buttons(
    lambda rows=rows, info=sel.info, parties=parties: {
        "Ekonomi": sheets.budget_sheet(economy.report_rows(rows, info), info),
        **sheets.payer_sheets(rows, info, parties, sel.words)},
    downloads.file_stem(sel), "ekonomi")
