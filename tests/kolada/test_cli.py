"""``python -m folkhalsa kolada``: the offline search, and fetching as a change of the store."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import httpx

from folkhalsa import cli_kolada, versions
from folkhalsa.__main__ import main
from folkhalsa.kolada.client import Client
from tests.storetools import new_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "kolada"


def test_the_search_finds_overvikt_offline(capsys):
    assert main(["kolada", "kpi", "övervikt"]) == 0
    out = capsys.readouterr().out
    assert "U01760  Invånare med övervikt eller fetma, andel (%)" in out and "Källa: Kolada" in out
    assert main(["kolada", "kpi", "ordetsomintefinns"]) == 1


def test_fetch_writes_one_change_with_the_fetch_date(tmp_path, monkeypatch, capsys):
    root = new_store(tmp_path)
    monkeypatch.setenv("FOLKHALSA_DATA", str(root))
    page1 = json.loads((FIXTURES / "n00945_page1.json").read_text(encoding="utf-8"))
    page2 = json.loads((FIXTURES / "n00945_page2.json").read_text(encoding="utf-8"))

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=page2 if request.url.params.get("page") == "2" else page1)

    monkeypatch.setattr(cli_kolada, "CLIENT_FACTORY", partial(Client, transport=httpx.MockTransport(handler),
                                                             sleep=lambda s: None))
    assert main(["kolada", "hamta", "N00945"]) == 0
    assert "Hämtade" in capsys.readouterr().out
    _, rows = versions.current_rows(root)
    values = [v for v in rows["kolada_values"].values() if v[0] == "N00945"]
    assert len({(v[1], v[2]) for v in values}) == page1["count"]
    assert all(v[5] and v[6].startswith("Kolada, KPI N00945 (RKA), hämtad") for v in values)
    assert versions.history(root)[0]["summary"].startswith("Kolada: N00945")
    assert main(["undo"]) == 0  # a change like any import
    assert not [v for v in versions.current_rows(root)[1]["kolada_values"].values() if v[0] == "N00945"]


def test_offline_fetch_says_so_in_swedish_and_changes_nothing(tmp_path, monkeypatch, capsys):
    root = new_store(tmp_path)
    monkeypatch.setenv("FOLKHALSA_DATA", str(root))

    def offline(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("nere", request=request)

    monkeypatch.setattr(cli_kolada, "CLIENT_FACTORY", partial(Client, transport=httpx.MockTransport(offline)))
    before = versions.current_id(root)
    assert main(["kolada", "hamta", "N00945", "--kommun", "1380", "0000", "--ar", "2020"]) == 2
    assert "Kolada går inte att nå" in capsys.readouterr().err
    assert versions.current_id(root) == before
