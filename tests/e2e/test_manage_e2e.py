"""In the browser: template → fill → upload on Hantera data → preview → confirm → figures on
Översikt and Indikatorer; then a snapshot link still shows the old figures after an edit."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from folkhalsa import versions
from folkhalsa.schema import TABLES
from tests.e2e.conftest import start_server, wait_for_app
from tests.storetools import ALE, CLI, new_store, workbook

NB = "\u00a0"
SNAP = "Nämndsammanträde 2023-12-14"


@pytest.fixture
def own_server(tmp_path):
    root = new_store(tmp_path, from_demo=False)
    proc, url = start_server(tmp_path, env={"FOLKHALSA_DATA": str(root), "FOLKHALSA_LOCAL_EDITOR": "1"})
    yield root, url
    proc.terminate()
    proc.wait(10)


def test_import_in_the_browser_then_snapshot_link(own_server, page, tmp_path, out_dir):
    root, url = own_server
    filled = tmp_path / "ale.xlsx"
    filled.write_bytes(workbook(ALE))

    page.goto(url + "/")  # an empty store: Översikt points to Hantera data
    wait_for_app(page)
    expect(page.get_by_text("Datamappen har inga nämnder ännu")).to_be_visible()
    page.get_by_role("link", name="Till Hantera data").click()
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Hantera data")).to_be_visible()
    page.locator("input[type=file]").set_input_files(str(filled))
    expect(page.get_by_text("Förhandsvisning:")).to_be_visible(timeout=30_000)
    # the file's size in Swedish (Streamlit writes ”27.4KB”)
    expect(page.get_by_test_id("stFileUploader")).to_contain_text(re.compile(r"\d+,\d\u00a0kB"))
    expect(page.get_by_test_id("stFileUploader")).not_to_contain_text(re.compile(r"\d\.\dKB"))
    expect(page.get_by_test_id("stFileUploader")).not_to_contain_text("icon")  # the ”+” button's hidden label
    page.screenshot(path=str(out_dir / "preview.png"), full_page=True)
    assert versions.current_id(root) == "v000001"  # nothing written before the confirmation
    page.get_by_role("button", name="Spara ändringarna").click()
    expect(page.get_by_text("Sparat: Import av ale.xlsx")).to_be_visible(timeout=30_000)

    page.goto(url + "/?kommun=1440&ar=2023")
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Översikt: Ale")).to_be_visible()
    expect(page.get_by_test_id("stMetricValue").filter(has_text="2 av 2").first).to_be_visible()

    page.goto(url + "/indikatorer?kommun=1440&ar=2023&indikator=FR1440-I1")
    wait_for_app(page)
    table = page.get_by_test_id("stDataFrame").first
    expect(table.locator("td").filter(has_text=f"1{NB}234").first).to_be_attached()

    page.goto(url + "/hantera-data?kommun=1440&ar=2023")
    wait_for_app(page)
    name = page.get_by_label("Namn", exact=True)
    name.fill(SNAP)
    name.press("Enter")
    wait_for_app(page)
    page.get_by_role("button", name="Spara ögonblicksbild").click()
    expect(page.get_by_text(f"Ögonblicksbilden ”{SNAP}” är sparad")).to_be_visible(timeout=30_000)

    _, rows = versions.current_rows(root)  # a later correction, by someone else
    cols = TABLES["indicator_values"].column_names
    key = ("FR1440-I1", 2023, "AR", "T")
    table_rows = dict(rows["indicator_values"])
    table_rows[key] = tuple(999.0 if c == "outcome" else v for c, v in zip(cols, table_rows[key], strict=True))
    versions.commit(root, {"indicator_values": table_rows}, CLI, "redigering", "rättning")

    page.goto(url + f"/indikatorer?kommun=1440&ar=2023&indikator=FR1440-I1&snapshot={quote(SNAP)}")
    wait_for_app(page)
    expect(page.get_by_text("skrivskyddad")).to_be_visible()
    table = page.get_by_test_id("stDataFrame").first
    expect(table.locator("td").filter(has_text=f"1{NB}234").first).to_be_attached()
    page.screenshot(path=str(out_dir / "snapshot.png"), full_page=True)
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Översikt").click()
    wait_for_app(page)
    expect(page.get_by_text("skrivskyddad")).to_be_visible()
    assert "snapshot=" in page.url

    page.goto(url + "/indikatorer?kommun=1440&ar=2023&indikator=FR1440-I1")
    wait_for_app(page)
    table = page.get_by_test_id("stDataFrame").first
    expect(table.locator("td").filter(has_text="999").first).to_be_attached()


def _outcome(root, key) -> float | None:
    cols = TABLES["indicator_values"].column_names
    return versions.current_rows(root)[1]["indicator_values"][key][cols.index("outcome")]


def test_edit_in_the_table_preview_save_and_undo(tmp_path, page, out_dir):
    root = new_store(tmp_path)  # a copy of the demo data
    proc, url = start_server(tmp_path, env={"FOLKHALSA_DATA": str(root), "FOLKHALSA_LOCAL_EDITOR": "1"})
    key = ("LN1380-I03", 2022, "UR2", "T")
    try:
        page.goto(url + "/")
        wait_for_app(page)
        page.goto(url + "/hantera-data?kommun=1380&ar=2022")
        wait_for_app(page)
        grid = page.get_by_test_id("stDataFrame").first
        grid.scroll_into_view_if_needed()
        box = grid.bounding_box()
        page.mouse.click(box["x"] + 150, box["y"] + 52)  # first row, column Indikator
        page.wait_for_timeout(500)  # the grid takes the focus; keys before that are lost
        for _ in range(5):  # sorted by indicator, period, gender: row 6 is I03 UR2 T (7 dialogues)
            page.keyboard.press("ArrowDown", delay=50)
        for _ in range(3):  # Indikator → Period → Kön → Utfall
            page.keyboard.press("ArrowRight", delay=50)
        page.keyboard.press("Enter")  # opens the cell editor (glide-data-grid's overlay input)
        cell = page.locator(".gdg-input").first
        expect(cell).to_be_visible()
        expect(cell).to_have_value("7")  # the right cell: 7 dialogues in UR2 2022
        cell.fill("8")
        cell.press("Enter")
        expect(page.get_by_text("Förhandsvisning: Indikatorvärden: 0 nya, 1 ändrade, 0 borttagna")).to_be_visible(
            timeout=30_000)
        page.screenshot(path=str(out_dir / "edit-preview.png"))
        assert _outcome(root, key) == 7.0  # nothing saved before the confirmation
        page.get_by_role("button", name="Spara ändringarna i tabellen").click()
        expect(page.get_by_text("Sparat: Ändring i panelen")).to_be_visible(timeout=30_000)
        assert _outcome(root, key) == 8.0, versions.history(root)[0]["keys"]
        page.get_by_role("button", name="Ångra senaste ändringen").click()
        expect(page.get_by_text("Ändringen är ångrad")).to_be_visible(timeout=30_000)
        assert _outcome(root, key) == 7.0
    finally:
        proc.terminate()
        proc.wait(10)
