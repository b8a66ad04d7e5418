"""AppTest runs of Dialoger och aktiviteter, LUPP och enkäter and Ekonomi, each with a filter change."""

from tests.app.helpers import all_text, arr, open_app, plotly_specs

NB = "\u00a0"


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def tables(at) -> list:
    return [df.value for df in at.dataframe]


def table_with(at, column: str):
    return next(t for t in tables(at) if column in t.columns)


# --- Ekonomi ---------------------------------------------------------------------------------

def test_ekonomi_halmstad_2022_ur2_shows_the_real_figures():
    at = open_app("pages/ekonomi.py", kommun="1380", ar="2022", period="UR2")
    assert at.title[0].value == "Ekonomi: Halmstad"
    figures = metrics(at)
    assert figures["Budget 2022"] == f"1{NB}196{NB}tkr"
    assert figures["Utfall jan–aug"] == f"630{NB}tkr"
    assert figures["Budgetavvikelse (periodiserad)"] == f"+46{NB}tkr"
    deviation = next(m for m in at.metric if m.label.startswith("Budgetavvikelse"))
    assert deviation.delta == "positiv budgetavvikelse"
    text = all_text(at)
    assert f"630{NB}tkr med en positiv budgetavvikelse om 46{NB}tkr" in text
    assert f"53{NB}% av årets budget är använd när 67{NB}% av året har gått" in text
    posts = table_with(at, "Post")
    summa = posts[posts["Post"] == "Summa"].iloc[0]
    assert summa["Avvikelse (periodiserad)"] == f"▲ +46{NB}tkr"
    funds = table_with(at, "Ändamål")
    assert len(funds) == 10 and funds.iloc[-1]["Budget helår"] == f"330{NB}tkr"
    trend = table_with(at, "År")
    assert list(trend["År"]) == ["2019", "2020", "2021", "2022"]


def test_ekonomi_follows_the_committee_and_shows_a_negative_deviation():
    at = open_app("pages/ekonomi.py", kommun="1380", ar="2022", period="UR2")
    before = metrics(at)
    at.sidebar.selectbox(key="kommun").set_value("1315").run()
    assert not at.exception
    assert at.title[0].value == "Ekonomi: Hylte"
    after = metrics(at)
    assert after != before
    assert after["Budgetavvikelse (periodiserad)"] == f"−9{NB}tkr"
    deviation = next(m for m in at.metric if m.label.startswith("Budgetavvikelse"))
    assert deviation.delta == "negativ budgetavvikelse"
    assert f"negativ budgetavvikelse om 9{NB}tkr" in all_text(at)


def test_ekonomi_full_year_uses_the_whole_budget():
    at = open_app("pages/ekonomi.py", kommun="1380", ar="2021", period="AR")
    assert "Utfall jan–dec" in metrics(at)
    posts = table_with(at, "Post")
    summa = posts[posts["Post"] == "Summa"].iloc[0]
    assert summa["Periodiserad budget jan–dec"] == summa["Budget helår"]


# --- Dialoger och aktiviteter -----------------------------------------------------------------

def test_dialoger_halmstad_2022_counts_equal_the_log_and_the_indicator():
    at = open_app("pages/dialoger.py", kommun="1380", ar="2022", period="UR2")
    assert at.title[0].value == "Dialoger och aktiviteter: Halmstad"
    figures = metrics(at)
    assert figures["Aktiviteter"] == "23" and figures["Genomförda dialoger"] == "7"
    log = table_with(at, "Datum")
    assert len(log) == 23 and (log["Typ"] == "Dialog").sum() == 7
    indicators = table_with(at, "Indikator")
    dialogues = indicators[indicators["Indikator"].str.startswith("Antal genomförda dialoger")].iloc[0]
    assert (dialogues["Utfall"], dialogues["Målvärde"]) == ("7", "6")
    months = table_with(at, "Typ")
    assert months.set_index("Typ").at["Dialog", "Totalt"] == 7
    groups = table_with(at, "Målgrupp")
    assert set(groups["Målgrupp"]) >= {"Invånare", "Äldre", "Föräldrar"}
    assert "Ingen aktivitet i urvalet har deltagarna uppdelade på kön" in all_text(at)


def test_dialoger_kind_filter_narrows_the_log():
    at = open_app("pages/dialoger.py", kommun="1380", ar="2022", period="UR2")
    at.multiselect(key="typfilter").set_value(["dialog"]).run()
    log = table_with(at, "Datum")
    assert len(log) == 7 and set(log["Typ"]) == {"Dialog"}
    assert "Visar 7 av 23 aktiviteter." in all_text(at)


def test_dialoger_follows_the_committee_and_splits_by_gender():
    at = open_app("pages/dialoger.py", kommun="1380", ar="2022", period="UR2")
    at.sidebar.selectbox(key="kommun").set_value("1381").run()
    assert not at.exception
    assert at.title[0].value == "Dialoger och aktiviteter: Laholm"
    figures = metrics(at)
    assert figures["Genomförda dialoger"] == "8"
    women = figures["Deltagare med känt kön: kvinnor"]
    men = figures["Deltagare med känt kön: män"]
    assert int(women) + int(men) == int(figures["Deltagare med känt kön: totalt"])
    at.segmented_control(key="kon_dialoger").set_value(["K"]).run()
    assert "Deltagare med känt kön: män" not in metrics(at)
    # the gender-split indicator follows the choice
    names = {t["name"] for spec in plotly_specs(at) for t in spec["data"]}
    assert "Kvinnor" in names


def test_dialoger_comparison_lists_every_committee():
    at = open_app("pages/dialoger.py", kommun="1382", ar="2021", period="AR")
    compare = table_with(at, "Kommun")
    # up to the chosen year: nothing after 2021 is drawn; the six Halland committees and Lerum
    assert len(compare) == 7 and list(compare.columns[1:]) == ["2019", "2020", "2021"]
    at.selectbox(key="matt").set_value("n_activities").run()
    assert table_with(at, "Kommun").equals(compare) is False


# --- LUPP och enkäter -------------------------------------------------------------------------

def test_lupp_hylte_suppresses_small_groups():
    at = open_app("pages/lupp.py", kommun="1315", ar="2022")
    assert at.title[0].value == "LUPP och enkäter: Hylte"
    text = all_text(at)
    assert "Svaren i Hylte 2021" in text and "Exempeldata" in text
    answers = table_with(at, "Antal svarande")
    gy_girls = answers[(answers["Årskurs"] == "gymnasiet år 2") & (answers["Kön"] == "Flickor")].iloc[0]
    assert gy_girls["Mycket bra"] == ".."
    assert gy_girls["Antal svarande"].startswith(f"n{NB}=")
    assert answers[answers["Kön"] == "Totalt"]["Mycket bra"].str.endswith("%").all()
    years = table_with(at, "2018")
    assert list(years.columns) == ["Årskurs", "Kön", "2018", "2021"]
    assert all(f"(n{NB}=" in c for c in years["2021"])  # n with every share
    municipalities = table_with(at, "Kommun")
    assert len(municipalities) == 12  # six municipalities × two school years


def test_lupp_filters_change_what_is_shown():
    at = open_app("pages/lupp.py", kommun="1380", ar="2022")
    first = table_with(at, "Antal svarande")
    assert "Svaren i Halmstad 2021" in all_text(at)
    at.sidebar.selectbox(key="ar").set_value(2019).run()  # the round in force in 2019 was 2018
    assert "Svaren i Halmstad 2018" in all_text(at)
    at.pills(key="omrade").set_value("hälsa").run()
    health = table_with(at, "Antal svarande")
    assert list(health.columns[2:6]) == ["Mycket bra", "Ganska bra", "Ganska dåligt", "Mycket dåligt"]
    assert not health.equals(first)
    at.segmented_control(key="kon_lupp").set_value(["K", "M"]).run()
    assert set(table_with(at, "Antal svarande")["Kön"]) == {"Flickor", "Pojkar"}
    at.sidebar.selectbox(key="kommun").set_value("1384").run()
    assert "Svaren i Kungsbacka 2018" in all_text(at)
    spec = plotly_specs(at)[0]
    assert {t["name"] for t in spec["data"]} == {"Mycket bra", "Ganska bra", "Ganska dåligt", "Mycket dåligt"}
    assert all(v is None or 0 <= v <= 100 for t in spec["data"] for v in arr(t["x"]))


def test_the_follow_up_pages_offer_their_tables_as_excel_and_csv():
    from tests.app.helpers import open_app as _open

    for page in ("pages/dialoger.py", "pages/lupp.py", "pages/ekonomi.py"):
        at = _open(page, kommun="1380", ar="2022", period="UR2")
        labels = [b.proto.label for b in at.get("download_button")]
        assert labels == ["Ladda ner Excel", "Ladda ner CSV"], page
