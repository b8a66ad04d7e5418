"""AppTest runs of Hantera data on a store of one's own, and of the dashboard after writes."""

from __future__ import annotations

from folkhalsa import fmt, versions
from folkhalsa.__main__ import main
from folkhalsa.schema import TABLES
from tests.app.helpers import all_text, open_app
from tests.storetools import ALE, CLI, new_store, workbook

NB = "\u00a0"
SNAP = "Nämndsammanträde 2022-08-31"


def _set_outcome(root, indicator_id: str, value: float) -> None:
    _, rows = versions.current_rows(root)
    cols = TABLES["indicator_values"].column_names
    table = dict(rows["indicator_values"])
    key = (indicator_id, 2022, "UR2", "T")
    table[key] = tuple(value if c == "outcome" else v for c, v in zip(cols, table[key], strict=True))
    versions.commit(root, {"indicator_values": table}, CLI, "redigering", f"{indicator_id} = {value}")


def _metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_round_trip_template_to_oversikt_and_indikatorer(tmp_path, monkeypatch):
    root = new_store(tmp_path, from_demo=False)
    monkeypatch.setenv("FOLKHALSA_DATA", str(root))
    at = open_app()
    assert "Datamappen har inga nämnder ännu" in all_text(at)
    filled = tmp_path / "ale.xlsx"
    filled.write_bytes(workbook(ALE))  # the template as downloaded, filled with Ale's figures
    assert main(["import", str(filled)]) == 0

    at = open_app(kommun="1440", ar="2023")
    assert at.title[0].value == "Översikt: Ale"
    assert _metrics(at)["Indikatorer som når målvärdet"] == "2 av 2"
    assert "Goda uppväxtvillkor" in all_text(at)

    at = open_app("pages/indikatorer.py", kommun="1440", ar="2023", indikator="FR1440-I1")
    trend = next(df.value for df in at.dataframe if df.value.columns[0] == "År")
    assert trend.iloc[-1]["Utfall"] == f"1{NB}234" and trend.iloc[-1]["Målvärde"] == f"1{NB}000"
    at.selectbox(key="indikatorval").set_value("FR1440-I2").run()
    trend = next(df.value for df in at.dataframe if df.value.columns[0] == "År")
    assert trend.iloc[-1]["Utfall"] == f"87,5{NB}%"


def test_the_page_shows_access_template_log_and_refuses_without_an_editor(own_store):
    at = open_app("pages/hantera-data.py", kommun="1380", ar="2022")
    text = all_text(at)
    assert "Hantera data" in text
    assert "Ändringar är avstängda" in text and "FOLKHALSA\\_LOCAL\\_EDITOR=1" in text
    assert at.get("download_button")
    assert all(b.disabled for b in at.button)  # save snapshot, undo ... are off
    log = _log(at)
    assert log.iloc[0]["Vad"] == "skapad"
    assert at.text_input(key="snapshot_name_input").disabled


def test_oidc_without_sign_in_shows_why_and_offers_login(own_store, monkeypatch):
    monkeypatch.setenv("FOLKHALSA_LOCAL_EDITOR", "1")  # ignored once OIDC is configured
    from streamlit.testing.v1 import AppTest

    from tests.app.helpers import APP

    at = AppTest.from_file(APP, default_timeout=60)
    at.secrets["auth"] = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x",
                          "client_id": "x", "client_secret": "x",
                          "server_metadata_url": "https://login.example/.well-known/openid-configuration"}
    at.secrets["editors"] = ["anna@halland.se"]
    at.run()
    at.switch_page("pages/hantera-data.py").run()
    assert not at.exception
    assert "Du är inte inloggad" in all_text(at)
    assert at.button(key="login").label == "Logga in"
    assert at.button(key="undo").disabled if any(b.key == "undo" for b in at.button) else True


def test_local_editor_saves_a_snapshot_and_undoes_from_the_page(own_store, monkeypatch):
    monkeypatch.setenv("FOLKHALSA_LOCAL_EDITOR", "1")
    first = {n: p.read_bytes() for n, p in _files(own_store).items()}
    _set_outcome(own_store, "LN1380-I03", 11.0)
    at = open_app("pages/hantera-data.py", kommun="1380", ar="2022")
    assert "Lokalt enanvändarläge" in all_text(at)
    assert "Senaste ändringen: **LN1380\\-I03 = 11\\.0**" in all_text(at)  # what undo takes back
    at.button(key="undo").click().run()
    assert not at.exception
    assert "Ändringen är ångrad" in all_text(at)
    assert {n: p.read_bytes() for n, p in _files(own_store).items()} == first
    at.text_input(key="snapshot_name_input").set_value(SNAP).run()
    at.button(key="save_snapshot").click().run()
    assert fmt.plain(f"Ögonblicksbilden ”{SNAP}” är sparad") in all_text(at)  # shown as typed (Hardened 6)
    assert [s["name"] for s in versions.snapshots(own_store)] == [SNAP]
    assert _log(at).iloc[0]["Vad"] == "ångra"
    assert at.get("page_link")


def _log(at):
    return next(df.value for df in at.dataframe if "Vad" in df.value.columns)


def _files(root):
    folder = root / "versions" / versions.current_id(root)
    return {p.name: p for p in folder.glob("*.parquet")}


def test_snapshot_link_shows_the_old_figures_after_a_later_edit(own_store):
    versions.snapshot(own_store, SNAP, CLI)
    _set_outcome(own_store, "LN1380-I03", 2.0)  # 7 dialogues corrected to 2 after the meeting

    now = open_app(kommun="1380", ar="2022")
    assert _metrics(now)["Indikatorer som når målvärdet"] == "2 av 3"
    assert "Ögonblicksbild" not in all_text(now)

    then = open_app(kommun="1380", ar="2022", snapshot=SNAP)
    assert _metrics(then)["Indikatorer som når målvärdet"] == "3 av 3"
    text = all_text(then)
    assert "Ögonblicksbild: Nämndsammanträde 2022\\-08\\-31" in text and "skrivskyddad" in text
    at = open_app("pages/indikatorer.py", kommun="1380", ar="2022", indikator="LN1380-I03", snapshot=SNAP)
    trend = next(df.value for df in at.dataframe if df.value.columns[0] == "År")
    assert trend.iloc[-1]["Utfall"] == "7"
    assert "skrivskyddad" in all_text(at)


def test_the_editing_page_is_read_only_on_a_snapshot(own_store, monkeypatch):
    monkeypatch.setenv("FOLKHALSA_LOCAL_EDITOR", "1")
    versions.snapshot(own_store, SNAP, CLI)
    at = open_app("pages/hantera-data.py", kommun="1380", ar="2022", snapshot=SNAP)
    assert "Du tittar på en ögonblicksbild" in all_text(at)
    assert all(b.disabled for b in at.button)


def test_unknown_snapshot_gets_a_swedish_message(own_store):
    at = open_app(kommun="1380", ar="2022", snapshot="Finns inte")
    assert "Ögonblicksbilden ”Finns inte” finns inte" in all_text(at)


def test_the_demo_data_is_never_edited(monkeypatch):
    monkeypatch.delenv("FOLKHALSA_DATA", raising=False)
    monkeypatch.setenv("FOLKHALSA_LOCAL_EDITOR", "1")
    at = open_app("pages/hantera-data.py")
    assert "Exempeldatan i data/demo ändras aldrig" in all_text(at)
    assert at.get("download_button")
