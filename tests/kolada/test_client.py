"""The Kolada v3 client on recorded answers (built from real records): never the network."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from folkhalsa.kolada import catalogue
from folkhalsa.kolada.client import Client, KoladaError, batches

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "kolada"


def recorded(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def client(handler, sleeps: list[float] | None = None) -> Client:
    return Client(transport=httpx.MockTransport(handler), sleep=(sleeps if sleeps is not None else []).append)


def test_follows_next_url_and_drops_deleted_rows():
    pages = {"/v3/data/kpi/N00945": recorded("n00945_page1.json"), "/v3/data/kpi/N00945?page=2": None}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("page") == "2":
            return httpx.Response(200, json=recorded("n00945_page2.json"))
        assert request.url.path == "/v3/data/kpi/N00945" and request.url.params["per_page"] == "5000"
        return httpx.Response(200, json=pages["/v3/data/kpi/N00945"])

    c = client(handler)
    rows = c.values(["N00945"])
    n_items = recorded("n00945_page1.json")["count"]
    assert len(c.requests) == 2  # both pages
    assert len({(r["municipality_code"], r["year"]) for r in rows}) == n_items
    assert not any(r["value"] == 99.9 for r in rows)  # the deleted value is gone
    stockholm = next(r for r in rows if r["municipality_code"] == "0180" and r["year"] == 2000)
    assert stockholm == {"kpi_id": "N00945", "municipality_code": "0180", "year": 2000, "gender": "T",
                         "value": pytest.approx(31.32959689)}


def test_lists_go_in_batches_of_at_most_25():
    asked = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.path)
        return httpx.Response(200, json={"count": 0, "values": [], "next_url": ""})

    codes = [f"{i:04d}" for i in range(60)]
    client(handler).values(["N00945", "N03702"], codes, [2020, 2021])
    munis = [p.split("/municipality/")[1].split("/year/")[0].split(",") for p in asked]
    assert [len(m) for m in munis] == [25, 25, 10]
    assert [c for m in munis for c in m] == codes
    assert all(p.startswith("/v3/data/kpi/N00945,N03702/") and p.endswith("/year/2020,2021") for p in asked)
    assert batches(None) == [None] and batches([]) == [None]


def test_429_and_5xx_are_retried_with_a_growing_pause():
    answers = iter([httpx.Response(429), httpx.Response(503), httpx.Response(200, json={"values": []})])
    sleeps: list[float] = []
    c = client(lambda request: next(answers), sleeps)
    assert c.values(["N00945"]) == []
    assert sleeps == [0.5, 1.0] and len(c.requests) == 3


def test_errors_are_swedish_and_say_what_to_do():
    with pytest.raises(KoladaError, match="även efter 5 försök"):
        client(lambda request: httpx.Response(500)).values(["N00945"])
    with pytest.raises(KoladaError, match="Kontrollera KPI-id"):
        client(lambda request: httpx.Response(404)).values(["X"])

    def offline(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("nätet är nere", request=request)

    with pytest.raises(KoladaError, match="går inte att nå"):
        client(offline).values(["N00945"])

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("för långsamt", request=request)

    with pytest.raises(KoladaError, match="tidsgränsen"):
        client(slow).values(["N00945"])


def test_the_offline_catalogue_finds_overvikt():
    found = catalogue.search("övervikt")
    assert "U01760" in set(found["id"])
    assert all("övervikt" in (t + " " + d).casefold() for t, d in zip(found["title"], found["description"], strict=True))
    assert catalogue.search("övervikt fetma").iloc[0]["title"].casefold().count("övervikt") == 1
    assert catalogue.search("").empty
    assert len(catalogue.kpis()) == 6099
    municipalities = catalogue.municipalities().set_index("id")
    assert municipalities.at["1380", "title"] == "Halmstad" and municipalities.at["0000", "title"] == "Riket"
