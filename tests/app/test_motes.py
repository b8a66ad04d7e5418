"""AppTest runs of Mötesläge: the deck, stepping with the buttons, and the slide in the URL."""

from tests.app.helpers import all_text, arr, open_app, plotly_specs

PAGE = "pages/moteslage.py"
HALMSTAD = dict(kommun="1380", ar="2022", period="UR2")


def slide_title(at) -> str:
    return at.title[0].value


def test_opens_on_the_title_slide_with_the_slide_in_the_url():
    at = open_app(PAGE, **HALMSTAD)
    assert slide_title(at) == "Lokal nämnd Halmstad"
    assert "Bild 1 av 10" in all_text(at)
    assert _bild(at) == "1"
    assert at.button(key="bild_foregaende").disabled
    labels = [b.label for b in at.get("download_button")]
    assert any("PowerPoint" in label for label in labels) and any("Word" in label for label in labels)


def test_speaker_notes_of_the_slide_are_at_hand():
    at = open_app(PAGE, **HALMSTAD, bild="6")
    text = all_text(at)
    assert "Antalet genomförda dialoger inom ramen för kunskapsuppdraget om tillit ökade från 0 till 7" in text
    assert "mellan jan–aug 2021 och jan–aug 2022" in text


def _bild(at) -> str:
    value = at.query_params["bild"]
    return value[0] if isinstance(value, list) else value


def test_next_and_previous_change_the_slide_and_the_url():
    at = open_app(PAGE, **HALMSTAD)
    at.button(key="bild_nasta").click().run()
    assert not at.exception
    assert slide_title(at) == "Måluppfyllelse i korthet" and _bild(at) == "2"
    assert {m.label: m.value for m in at.metric}["● Uppfylls"] == "3 av 3"
    at.button(key="bild_nasta").click().run()
    assert slide_title(at) == "Utvecklad samverkan för Regional fysisk planering" and _bild(at) == "3"
    at.button(key="bild_foregaende").click().run()
    assert slide_title(at) == "Måluppfyllelse i korthet" and _bild(at) == "2"


def test_a_link_opens_a_given_slide():
    at = open_app(PAGE, **HALMSTAD, bild="6")
    assert slide_title(at).startswith("Antal genomförda dialoger")
    spec = plotly_specs(at)[0]
    series = {t["name"]: arr(t["y"]) for t in spec["data"]}
    assert series == {"Utfall": [0.0, 0.0, 7.0], "Målvärde": [4.0, 5.0, 6.0]}  # jan–aug every year


def test_economy_slide_and_last_slide_stops():
    at = open_app(PAGE, **HALMSTAD, bild="9")
    assert slide_title(at) == "Ekonomi"
    figures = {m.label: m.value for m in at.metric}
    assert figures["Budget 2022"] == "1\u00a0196\u00a0tkr" and figures["Utfall jan–aug"] == "630\u00a0tkr"
    at.button(key="bild_nasta").click().run()
    assert slide_title(at) == "Behöver uppmärksamhet"
    assert at.button(key="bild_nasta").disabled


def test_out_of_range_slide_falls_back():
    at = open_app(PAGE, **HALMSTAD, bild="99")
    assert slide_title(at) == "Behöver uppmärksamhet" and _bild(at) == "10"
    at = open_app(PAGE, **HALMSTAD, bild="tre")
    assert slide_title(at) == "Lokal nämnd Halmstad" and _bild(at) == "1"


def test_the_dashboard_pages_offer_their_tables_as_excel_and_csv():
    for page in ("pages/oversikt.py", "pages/maluppfyllelse.py", "pages/indikatorer.py"):
        at = open_app(page, **HALMSTAD)
        labels = [b.label for b in at.get("download_button")]
        assert labels == ["Ladda ner Excel", "Ladda ner CSV"], page


def test_overview_and_indicators_say_what_changed_in_words():
    at = open_app("pages/oversikt.py", **HALMSTAD)
    text = all_text(at)
    assert "Förändringen i ord" in text
    assert "Genomförda dialoger ökade från 0 till 7" in text and "mellan jan–aug 2021 och jan–aug 2022" in text
    at = open_app("pages/indikatorer.py", **HALMSTAD, indikator="LN1380-I03")
    text = all_text(at)
    assert ("I ord, samma månader som året före (totalt):** Antalet genomförda dialoger inom ramen för "
            "kunskapsuppdraget om tillit ökade från 0 till 7") in text
    assert "målvärdet 6 nås" in text
