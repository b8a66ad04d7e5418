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
