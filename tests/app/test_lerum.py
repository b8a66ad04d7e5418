"""?kommun=1441 on the demo data: Lerum's folkhälsoråd in its own words (seed 004)."""

from tests.app.helpers import all_text, open_app


def test_lerum_opens_on_its_tertial_with_its_goal_levels():
    at = open_app("pages/maluppfyllelse.py", kommun="1441")
    assert at.selectbox(key="period").value == "T2"
    text = all_text(at)
    assert "Folkhälsorådet i Lerum · 2022 · Tertialrapport 2 \\(jan–aug\\)" in text
    assert "· Insats" in text and "Kompetens" in text and "Uppföljningsrapport" not in text


def test_lerum_economy_shows_the_payer_split():
    at = open_app("pages/ekonomi.py", kommun="1441", ar="2019", period="T2")
    accounts = " ".join(" ".join(str(v) for v in df.value.iloc[:, 0]) for df in at.dataframe)
    assert "ANDT-arbete i Lerum: varav HSN Väst" in accounts and "varav Lerums kommun" in accounts


def test_lerum_indicator_without_target():
    at = open_app("pages/indikatorer.py", kommun="1441", indikator="FHR1441-I7")  # a plain indicator
    assert "inget målvärde" in all_text(at)


def test_lerum_indicator_kinds_from_its_plan():
    """Seed 004: long-term indicators followed over time, effect goals against the baseline year 2018,
    milestones done with a date; the key figures count milestones and effect goals, not ”0 av 0”."""
    at = open_app("pages/indikatorer.py", kommun="1441", ar="2020", period="T3", indikator="FHR1441-I1")
    assert "Följs över tid" in all_text(at) + str([df.value.to_string() for df in at.dataframe])
    at = open_app("pages/indikatorer.py", kommun="1441", ar="2020", period="T3", indikator="FHR1441-E2")
    tables = " ".join(df.value.to_string() for df in at.dataframe)
    assert "basår 2018" in tables and "Minskat sedan 2018" in tables and "i önskad riktning" in tables
    at = open_app("pages/oversikt.py", kommun="1441", ar="2019", period="T3")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Milstolpar genomförda"] == "1 av 2"  # the analysis done in tertial 3, the action plan not yet
    assert "Indikatorer som når målvärdet" not in metrics
    assert metrics["I önskad riktning sedan basåret"].endswith("av 3")


def test_lerum_surveys_show_can_with_its_groups():
    at = open_app("pages/lupp.py", kommun="1441")
    text = all_text(at)
    assert "åk 9" in text and "gymnasiet år 2" in text and "CAN" in text


def test_lerum_overview_speaks_of_principles_and_the_council():
    at = open_app("pages/oversikt.py", kommun="1441", ar="2022", period="T2")
    text = all_text(at)
    assert "Måluppfyllelse per princip" in text and "per målområde" not in text
    assert "Folkhälsoråd · Tertialrapport" in text  # the sidebar says which kind of organisation
    helps = " ".join(m.help or "" for m in at.metric)
    assert "Principer och andra nivåer" in helps and "Målområden" not in helps


def test_lerum_goals_page_names_its_levels():
    at = open_app("pages/maluppfyllelse.py", kommun="1441", ar="2022", period="T2")
    text = all_text(at)
    assert "bedömda mål under princip Kompetens" in text and "principer och andra nivåer" in text
    assert "målområde" not in text.lower()


def test_lerum_economy_totals_per_payer_and_per_insats():
    at = open_app("pages/ekonomi.py", kommun="1441", ar="2019", period="T3")
    assert "Per betalare" in all_text(at)
    assert "Planens parter: Hälso\\- och sjukvårdsnämnd Väst \\(Västra Götalandsregionen\\) \\(HSN Väst\\)" in all_text(at)
    frames = {next(iter(df.value.columns)): df.value for df in at.dataframe}
    per_payer = frames["Betalare"].set_index("Betalare")
    assert per_payer.at["HSN Väst", "Budget helår (tkr)"] == "1\u00a0000"
    assert per_payer.at["Lerums kommun", "Budget helår (tkr)"] == "1\u00a0000"
    split = frames["Insats"].set_index("Insats")
    assert split.at["ANDT-arbete i Lerum", "HSN Väst (tkr)"] == "100"
    assert split.at["ANDT-arbete i Lerum", "Lerums kommun (tkr)"] == "165"
    assert split.at["ANDT-arbete i Lerum", "Totalt (tkr)"] == "265"
    assert split.at["Utbildningsinsatser föräldrastöd", "Lerums kommun (tkr)"] == "–"


def test_lerum_meeting_mode_uses_its_words():
    at = open_app("pages/moteslage.py", kommun="1441", ar="2022", period="T2", bild="2")
    assert at.title[0].value == "Måluppfyllelse i korthet"
    labels = [b.label for b in at.get("download_button")]
    assert "Word (tertialrapport)" in labels


def test_halland_pages_keep_their_words():
    at = open_app("pages/oversikt.py", kommun="1380", ar="2022", period="UR2")
    text = all_text(at)
    assert "Måluppfyllelse per målområde" in text and "Folkhälsoråd" not in text
    assert not any("Per betalare" in h.value for h in at.header)
    at = open_app("pages/ekonomi.py", kommun="1380", ar="2022", period="UR2")
    assert "Per betalare" not in all_text(at)
    at = open_app("pages/moteslage.py", kommun="1380", ar="2022", period="UR2")
    assert "Word (uppföljningsrapport)" in [b.label for b in at.get("download_button")]


def test_lerum_meeting_mode_has_a_slide_per_payer():
    from pathlib import Path

    from folkhalsa.exports import deck, report
    from folkhalsa.store import open_store

    data = report.report_data(open_store(Path(__file__).resolve().parents[2] / "data" / "demo"), "1441", 2019, "T3")
    number = next(i for i, s in enumerate(deck.build(data), start=1) if s.kind == "payers")
    at = open_app("pages/moteslage.py", kommun="1441", ar="2019", period="T3", bild=str(number))
    assert at.title[0].value == "Ekonomi per betalare"
    headers = [list(df.value.columns) for df in at.dataframe] + [[]]
    text = all_text(at) + " ".join(" ".join(map(str, h)) for h in headers)
    assert "HSN Väst" in text and "Lerums kommun" in text


def test_the_log_rule_speaks_of_the_council():
    at = open_app("pages/oversikt.py", kommun="1441", ar="2022", period="T2")
    (help_text,) = [m.proto.help for m in at.metric if m.label == "Deltagare i aktiviteter"]
    assert "Där rådet själv rapporterar antalet gäller rådets siffra" in help_text
    at = open_app("pages/oversikt.py", kommun="1380", ar="2022")
    (help_text,) = [m.proto.help for m in at.metric if m.label == "Deltagare i aktiviteter"]
    assert "Där nämnden själv rapporterar antalet gäller nämndens siffra" in help_text


def test_the_indicator_list_names_each_kind_beside_halland_plain_names():
    options = open_app("pages/indikatorer.py", kommun="1441", ar="2020", period="T3").selectbox(key="indikatorval").options
    assert "Genomfört analysarbetet · milstolpe" in options and "Minskad frånvaro · effektmål" in options
    assert "Antal skolor som använt ANDT-handledning" in options  # a plain indicator keeps its name
    halland = open_app("pages/indikatorer.py", kommun="1380", ar="2022").selectbox(key="indikatorval").options
    assert not any(" · " in o for o in halland)
