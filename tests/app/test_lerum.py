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
    at = open_app("pages/indikatorer.py", kommun="1441")
    assert "inget målvärde" in all_text(at)


def test_lerum_surveys_show_can_with_its_groups():
    at = open_app("pages/lupp.py", kommun="1441")
    text = all_text(at)
    assert "åk 9" in text and "gymnasiet år 2" in text and "CAN" in text
