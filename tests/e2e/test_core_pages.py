"""The real thing: `streamlit run` in headless Debian Chromium, as an official would use it."""

import re

from playwright.sync_api import expect

from tests.e2e.conftest import wait_for_app


def choose(page, label: str, option: str) -> None:
    page.get_by_test_id("stSidebar").get_by_label(label).click()
    page.get_by_role("option", name=option).click()
    wait_for_app(page)


def test_halmstad_link_filters_pages_and_reload(server, page, out_dir):
    page.goto(server + "/?kommun=1380&ar=2022")
    expect(page.get_by_role("heading", name="Översikt: Halmstad")).to_be_visible(timeout=60_000)
    wait_for_app(page)
    assert page.evaluate("document.documentElement.lang") == "sv"
    values = page.get_by_test_id("stMetricValue").all_text_contents()
    assert "3 av 3" in values and "7" in values
    assert "period=UR2" in page.url  # the latest follow-up of 2022 is chosen and kept in the link
    page.screenshot(path=str(out_dir / "oversikt_halmstad_2022.png"), full_page=True)

    # Måluppfyllelse: the indicator table of the report, 7 dialogues against a target of 6
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Måluppfyllelse").click()
    expect(page.get_by_role("heading", name="Måluppfyllelse: Halmstad")).to_be_visible(timeout=30_000)
    wait_for_app(page)
    assert re.search(r"kommun=1380", page.url) and "ar=2022" in page.url
    table = page.get_by_test_id("stDataFrame").filter(
        has=page.locator("td", has_text="Antal genomförda dialoger"))
    expect(table).to_have_count(1, timeout=30_000)
    texts = [t.strip() for t in table.locator("td").all_text_contents()]
    row = next(i for i, t in enumerate(texts) if t.startswith("Antal genomförda dialoger"))
    assert texts[row + 2 : row + 5] == ["7", "6", "✓ Når målvärdet"]
    voice = next(i for i, t in enumerate(texts) if t.startswith("Andel deltagare som upplever"))
    assert texts[voice + 2 : voice + 4] == ["100\u00a0%", "90\u00a0%"]
    page.screenshot(path=str(out_dir / "maluppfyllelse_halmstad_2022.png"), full_page=True)

    # Switch committee: the page changes and the URL follows
    choose(page, "Kommun och nämnd", "Laholm – Lokal nämnd Laholm")
    expect(page.get_by_role("heading", name="Måluppfyllelse: Laholm")).to_be_visible(timeout=30_000)
    assert "kommun=1381" in page.url

    # Switch page: the filter is kept
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Indikatorer").click()
    expect(page.get_by_role("heading", name="Indikatorer: Laholm")).to_be_visible(timeout=30_000)
    wait_for_app(page)
    assert "kommun=1381" in page.url and "ar=2022" in page.url
    expect(page.locator(".js-plotly-plot").first).to_be_visible()

    # Reload: still Laholm 2022
    page.reload()
    expect(page.get_by_role("heading", name="Indikatorer: Laholm")).to_be_visible(timeout=60_000)
    wait_for_app(page)
    page.screenshot(path=str(out_dir / "indikatorer_laholm.png"), full_page=True)


def test_deep_link_and_unknown_committee(server, page):
    page.goto(server + "/indikatorer?kommun=1383&ar=2021&period=AR")
    expect(page.get_by_role("heading", name="Indikatorer: Varberg")).to_be_visible(timeout=60_000)
    page.goto(server + "/?kommun=9999&ar=2022")
    expect(page.get_by_text("Kommun och nämnd ”9999” finns inte")).to_be_visible(timeout=60_000)
    expect(page.get_by_role("heading", name="Översikt: Halmstad")).to_be_visible()
