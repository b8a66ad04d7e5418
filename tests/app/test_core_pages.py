"""AppTest runs of Översikt, Måluppfyllelse and Indikatorer, each with a filter change."""

import pandas as pd

from tests.app.helpers import all_text, arr, open_app, plotly_specs

NB = "\u00a0"


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_oversikt_halmstad_2022():
    at = open_app(kommun="1380", ar="2022")
    assert at.title[0].value == "Översikt: Halmstad"
    figures = metrics(at)
    assert figures["● Uppfylls"] == "3 av 3"
    assert figures["Indikatorer som når målvärdet"] == "3 av 3"
    assert figures["Genomförda dialoger"] == "7"
    text = all_text(at)
    assert at.sidebar.selectbox(key="period").value == "UR2"  # the latest follow-up of 2022
    assert "finns inte för 2022" not in text
    assert "1 av 1 uppfylls" in text and "2 av 2 uppfylls" in text
    assert "Inga mål eller indikatorer behöver särskild uppmärksamhet" in text
    assert "Exempeldata" in text  # the notice: the year mixes example and real rows


def test_oversikt_changes_with_the_committee_and_lists_what_needs_attention():
    at = open_app(kommun="1380", ar="2020")
    before = metrics(at)
    at.sidebar.selectbox(key="kommun").set_value("1315").run()
    assert not at.exception
    assert at.title[0].value == "Översikt: Hylte"
    after = metrics(at)
    assert after != before
    text = all_text(at)
    assert "○ Uppfylls inte" in text or "✗ Når inte målvärdet" in text
    links = at.get("page_link")
    assert links, "each item needing attention links to its explanation"


def test_oversikt_delta_compares_with_the_year_before():
    at = open_app(kommun="1380", ar="2021", period="AR")
    deltas = {m.label: m.delta for m in at.metric}
    assert deltas["Genomförda dialoger"].endswith("mot 2020")
    at = open_app(kommun="1380", ar="2019", period="AR")
    assert all(m.delta in (None, "") for m in at.metric)  # nothing before 2019


def test_unknown_committee_gets_a_swedish_message():
    at = open_app(kommun="9999", ar="2022")
    assert "Kommun och nämnd ”9999” finns inte" in all_text(at)
    assert at.title[0].value == "Översikt: Halmstad"


def test_maluppfyllelse_shows_goals_indicators_and_comparison():
    at = open_app("pages/maluppfyllelse.py", kommun="1380", ar="2022", period="UR2")
    text = all_text(at)
    assert "Bidra till en hållbar samhällsplanering" in text
    assert "● Uppfylls" in text
    tables = [df.value for df in at.dataframe]
    indicator_rows = next(t for t in tables if "Indikator" in t.columns and (t["Utfall"] == "7").any())
    row = indicator_rows[indicator_rows["Utfall"] == "7"].iloc[0]
    assert row["Målvärde"] == "6" and row["Målvärdet"] == "✓ Når målvärdet"
    voice = indicator_rows[indicator_rows["Indikator"].str.startswith("Andel deltagare")].iloc[0]
    assert (voice["Utfall"], voice["Målvärde"]) == (f"100{NB}%", f"90{NB}%")
    missing = indicator_rows[indicator_rows["Indikator"].str.startswith("Antal som deltar")].iloc[0]
    assert missing["Utfall"] == "–" and missing["Målvärdet"] == "Utfall saknas"
    everything = pd.concat([t for t in tables if "Indikator" in t.columns])
    no_target = everything[everything["Indikator"].str.startswith("Antal aktiviteter genomförda")].iloc[0]
    assert no_target["Utfall"] == "6" and no_target["Målvärdet"] == "Inget målvärde"  # shown, never ”saknas”
    spec = plotly_specs(at)[0]
    assert {t["name"] for t in spec["data"]} >= {"● Uppfylls", "○ Uppfylls inte"}


def test_maluppfyllelse_status_filter_and_year_change():
    at = open_app("pages/maluppfyllelse.py", kommun="1315", ar="2020", period="AR")
    n_goals = len([c for c in at.markdown if c.value.startswith("#### ")])
    at.pills(key="statusfilter").set_value(["uppfylls_inte"]).run()
    remaining = [c.value for c in at.markdown if c.value.startswith("#### ")]
    assert 0 < len(remaining) < n_goals
    assert "○ Uppfylls inte" in all_text(at)
    at.sidebar.selectbox(key="ar").set_value(2022).run()
    text = all_text(at)
    assert "Alla nämnders måluppfyllelse 2022" in text
    assert "Hög attraktivitet" not in text  # the 2019–2021 hierarchy is gone in 2022


def test_indikatorer_trend_gender_and_comparison():
    at = open_app("pages/indikatorer.py", kommun="1380", ar="2022")
    at.selectbox(key="indikatorval").set_value("LN1380-I09").run()
    assert not at.exception
    spec = plotly_specs(at)[0]
    names = [t["name"] for t in spec["data"]]
    assert names == ["Totalt", "Kvinnor", "Män", "Målvärde"]
    total = arr(spec["data"][0]["y"])
    assert total[-1] is None  # 2022 has no value: a gap, not zero
    tables = {tuple(df.value.columns): df.value for df in at.dataframe}
    trend = next(t for cols, t in tables.items() if cols[0] == "År")
    assert list(trend["År"]) == ["2019", "2020", "2021"]
    compare = next(t for cols, t in tables.items() if cols[0] == "Kommun")
    assert len(compare) == 6 and compare.loc[compare["Kommun"] == "Halmstad", "2022"].iloc[0] == "–"


def test_indikatorer_follows_the_committee():
    at = open_app("pages/indikatorer.py", kommun="1380", ar="2022", indikator="LN1380-I03")
    first = arr(plotly_specs(at)[0]["data"][0]["y"])
    assert first[-1] == 7.0
    assert "**Senaste förändringen (totalt):** 2021 → 2022: " in all_text(at)
    halmstad_table = next(df.value for df in at.dataframe if df.value.columns[0] == "År")
    at.sidebar.selectbox(key="kommun").set_value("1382").run()
    assert at.title[0].value == "Indikatorer: Falkenberg"
    assert arr(plotly_specs(at)[0]["data"][0]["y"])[-1] is not None
    assert not next(df.value for df in at.dataframe if df.value.columns[0] == "År").equals(halmstad_table)


def test_a_period_the_year_lacks_falls_back_and_says_so():
    at = open_app(kommun="1380", ar="2022", period="AR")
    assert "Årsredovisning (helår) finns inte för 2022. Visar den senaste uppföljningen: UR2 (jan–aug)." in all_text(at)
    assert {m.label: m.value for m in at.metric}["Genomförda dialoger"] == "7"
