"""Jämför on the demo data: Halmstad against Region Halland and riket, ranked, mapped, with tables."""

from __future__ import annotations

import json

import pandas as pd

from folkhalsa.kolada import compare
from tests.app.helpers import all_text, arr, open_app

NB = "\u00a0"


def test_jamfor_shows_halmstad_against_its_region_and_riket():
    at = open_app("pages/jamfor.py", kommun="1380", ar="2022")
    text = all_text(at)
    assert "Över åren: Halmstad, Region Halland och riket" in text
    assert "Källa: Kolada, KPI U01760 (RKA)" in text and "Exempeldata" in text
    trend = next(df.value for df in at.dataframe if df.value.columns[0] == "År")
    assert list(trend.columns) == ["År", "Halmstad", "Region Halland", "Riket"]
    assert trend.iloc[-1]["År"] == "2022" and trend.iloc[-1]["Halmstad"].endswith(f"{NB}%")
    ranked = next(df.value for df in at.dataframe if "Rang" in df.value.columns)
    assert len(ranked) == 6 and set(ranked["Kommun"]) == {"Halmstad", "Laholm", "Hylte", "Falkenberg",
                                                          "Varberg", "Kungsbacka"}
    assert list(ranked["Rang"]) == [1, 2, 3, 4, 5, 6]
    specs = [json.loads(el.proto.spec) for el in at.get("plotly_chart")]
    assert [s["data"][0]["type"] for s in specs] == ["scatter", "bar", "scatter"]
    labels = [t["text"][0] for t in specs[2]["data"] if t.get("mode") == "text"]
    assert len(labels) == 6 and any(label.startswith("Halmstad: ") for label in labels)  # every kommun mapped
    assert all(t.get("fill") == "toself" for t in specs[2]["data"] if t.get("mode") == "lines")
    assert at.query_params["kpi"] == ["U01760"] or at.query_params["kpi"] == "U01760"


def test_another_kommun_and_a_kpi_without_values_say_so():
    at = open_app("pages/jamfor.py", kommun="1383", ar="2022")
    assert "Över åren: Varberg, Region Halland och riket" in all_text(at)
    at.text_input(key="kpisok").set_value("övervikt").run()
    hits = next(df.value for df in at.dataframe if "Nyckeltal" in df.value.columns)
    assert "U01760" in set(hits["KPI"])
    # the search hits can be picked; one without values says so in its label
    assert any(o.startswith("U01760 ") for o in at.selectbox(key="kpi").options)
    at.text_input(key="kpisok").set_value("välbefinnande").run()
    assert any(o.startswith("U01473 ") and o.endswith("(inga värden hämtade)") for o in at.selectbox(key="kpi").options)


def test_a_catalogue_kpi_without_stored_values_says_how_to_fetch_it():
    at = open_app("pages/jamfor.py", kommun="1380", ar="2022", kpi="U01473")
    assert at.selectbox(key="kpi").value == "U01473"
    text = all_text(at)
    assert "finns inte i datamappen" in text and "kolada hamta U01473" in text


def test_the_comparison_rules():
    assert compare.region_of("1380") == "0013" and compare.region_kommuner("1380")[:2] == ["1315", "1380"]
    rows = pd.DataFrame({"municipality_code": ["1380", "0013", "0000", "1381", "1380"],
                         "year": [2022, 2022, 2022, 2022, 2021], "gender": ["T"] * 5,
                         "value": [50.0, 51.0, 52.0, 55.0, None]})
    trend = compare.trend(rows, "1380")
    assert list(trend["År"]) == [2021, 2022] and pd.isna(trend.iloc[0]["Halmstad"])
    year, ranked = compare.ranking(rows, "1380")
    assert year == 2022 and list(ranked["Kommun"]) == ["Laholm", "Halmstad"]
    assert arr([1]) == [1]


def test_an_own_indicator_linked_to_kolada_shows_the_kommun_region_and_riket_beside_it():
    at = open_app("pages/indikatorer.py", kommun="1380", ar="2022", indikator="LN1380-I09")
    text = all_text(at)
    assert "Jämfört med Kolada" in text and "Källa: Kolada, KPI N15419 (RKA)" in text
    beside = next(df.value for df in at.dataframe if "Jämförelse" in df.value.columns)
    assert list(beside["Jämförelse"]) == ["Kommunen: Halmstad", "Regionen: Region Halland", "Riket: Riket"]
    assert set(beside["År"]) == {"2021"} and all(v.endswith(f"{NB}%") for v in beside["Värde"])


def test_the_companion_kpi_gives_the_uncertainty():
    from folkhalsa.kolada import catalogue

    assert catalogue.companion("U01760") == "U01560" and catalogue.companion("N15419") is None
    assert catalogue.kpi_of_source("kolada:N15419") == "N15419" and catalogue.kpi_of_source("egen") is None
    margins = pd.DataFrame({"municipality_code": ["1380"], "year": [2022], "gender": ["T"], "value": [4.5]})
    rows = pd.DataFrame({"municipality_code": ["1380", "0000"], "year": [2022, 2022], "gender": ["T", "T"],
                         "value": [51.0, 52.0]})
    table = compare.beside(rows, margins, "1380", 2022, "procent").set_index("Jämförelse")
    assert table.at["Kommunen: Halmstad", "Osäkerhet"] == f"±4,5{NB}%"
    assert table.at["Regionen: Region Halland", "Värde"] == "–"


def test_a_difference_inside_the_uncertainty_is_no_certain_difference():
    rows = pd.DataFrame({"municipality_code": ["1380", "0000", "1384", "0000"], "year": [2022, 2022, 2022, 2022],
                         "gender": ["T"] * 4, "value": [51.6, 52.8, 40.0, 52.8]})
    margins = pd.DataFrame({"municipality_code": ["1380", "1384"], "year": [2022, 2022], "gender": ["T", "T"],
                            "value": [4.5, 3.0]})
    said = compare.difference_sentence(rows, margins, "1380", 2022, "procent")
    assert said == (f"Halmstad 51,6{NB}% mot riket 52,8{NB}% 2022: skillnaden är \u22121,2 procentenheter, "
                    "inom osäkerheten (±4,5): ingen säker skillnad.")
    assert compare.difference_sentence(rows, margins, "1384", 2022, "procent").endswith(
        "större än osäkerheten (±3,0).")
    assert compare.difference_sentence(rows, margins.head(0), "1380", 2022, "procent").endswith("procentenheter.")
    assert compare.difference_sentence(rows, margins, "1381", 2022, "procent") is None


def test_the_comparison_groups_of_a_kommun():
    """Issue 14 item 5: sub-regions (Fyrbodal), networks and Kolada's similar kommuner made for the
    kommun; the committee's own kommuner when it covers several; the region's kommuner first."""
    groups = compare.groups_for("1485", ["1485", "1486", "1487"])
    assert groups[0].key == compare.REGION and groups[0].label == "Kommunerna i Västra Götalandsregionen"
    assert groups[1] == compare.Group(compare.COMMITTEE, "Nämndens kommuner", ("1485", "1486", "1487"))
    fyrbodal = next(g for g in groups if g.label.startswith("Fyrbodal"))
    assert fyrbodal.from_kolada and len(fyrbodal.members) == 14 and "1485" in fyrbodal.members
    assert fyrbodal.option == "Fyrbodal (ovägt medel) · 14 kommuner"
    similar = [g.label for g in groups if g.label.startswith("Liknande kommuner")]
    assert similar and all(", Uddevalla, " in label for label in similar)  # made for Uddevalla, not others
    assert not any(len(g.members) >= 250 for g in groups)  # "Alla kommuner" is riket again
    assert compare.groups_for("1380", ["1380"])[1].key != compare.COMMITTEE  # one kommun: no own group
    assert compare.group_of("okänd", "1380").key == compare.REGION
    codes = compare.codes_for("1441", compare.group_of("G96190", "1441"))  # Göteborgsregionen
    assert codes[0] == "1441" and "1384" in codes and codes[-2:] == ["0014", "0000"]  # Kungsbacka, across the county line


def test_a_group_ranks_its_kommuner_and_adds_its_median_to_the_trend():
    group = compare.Group("G1", "Tre kommuner", ("1380", "1381", "1382", "1383"), True)
    rows = pd.DataFrame({"municipality_code": ["1380", "1381", "1382", "1383", "1381", "0000", "1380"],
                         "year": [2022, 2022, 2022, 2022, 2021, 2022, 2021], "gender": ["T"] * 7,
                         "value": [50.0, 54.0, 40.0, 41.0, 53.0, 52.0, 49.0]})
    trend = compare.trend(rows, "1380", group=group)
    assert list(trend.columns)[-1] == "Median: Tre kommuner"
    assert pd.isna(trend.iloc[0]["Median: Tre kommuner"])  # 2021: one kommun only, no median
    assert trend.iloc[1]["Median: Tre kommuner"] == 41.0  # the others 54, 40, 41
    assert "Median: Kommunerna i Region Halland" not in compare.trend(rows, "1380", group=compare.group_of(
        compare.REGION, "1380")).columns  # the region's own line stands for the region's kommuner
    year, ranked = compare.ranking(rows, "1380", group=group)
    assert year == 2022 and list(ranked["Kommun"]) == ["Laholm", "Halmstad", "Varberg", "Falkenberg"]


def test_jamfor_with_a_kolada_group_from_the_url():
    at = open_app("pages/jamfor.py", kommun="1380", ar="2022", grupp="G33622")
    text = all_text(at)
    assert at.selectbox(key="grupp").value == "G33622"
    assert "Hallands läns kommuner \\(ovägt medel\\) 2022" in text  # as written, escaped for Markdown
    assert "Kommungruppen är Koladas \\(RKA\\)\\: Hylte, Halmstad, Laholm" in text
    trend = next(df.value for df in at.dataframe if df.value.columns[0] == "År")
    assert list(trend.columns) == ["År", "Halmstad", "Region Halland", "Riket",
                                   "Median: Hallands läns kommuner (ovägt medel)"]
    ranked = next(df.value for df in at.dataframe if "Rang" in df.value.columns)
    assert len(ranked) == 6
    at.selectbox(key="grupp").set_value("G122931").run()  # 3KVH: Halmstad's network, values for Halmstad only
    assert not at.exception
    ranked = next(df.value for df in at.dataframe if "Rang" in df.value.columns)
    assert list(ranked["Kommun"]) == ["Halmstad"]
    specs = [json.loads(el.proto.spec) for el in at.get("plotly_chart")]
    mapped = [t for t in specs[-1]["data"] if t.get("mode") == "lines"]
    assert len({t["text"] for t in mapped}) == 5  # all five kommuner drawn, four without a value
    assert at.query_params["grupp"] in ("G122931", ["G122931"])


def test_the_unit_and_the_example_mark_come_from_the_catalogue_and_the_rows():
    from folkhalsa.kolada import catalogue

    assert catalogue.unit_of("U01760") == "procent" and catalogue.unit_of("okänd") == "antal"
    assert list(catalogue.shown(catalogue.search("övervikt")).columns) == ["KPI", "Nyckeltal", "Beskrivning",
                                                                          "Publicerad", "Per kön"]
    assert compare.is_example(pd.DataFrame({"source_note": [None, "Exempeldata"]}))
    assert not compare.is_example(pd.DataFrame({"source_note": [None, "Källa: Kolada"]}))
