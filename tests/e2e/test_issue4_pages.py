"""Browser tests of Dialoger, LUPP and Ekonomi: each opened from a shared link, key figures found."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.e2e.conftest import wait_for_app

NBSP = "\u00a0"


def _open(page: Page, server: str, link: str, heading: str) -> None:
    """Open a shared link and wait for the page's heading and the end of the script run."""
    page.goto(server + link)
    try:
        expect(page.get_by_role("heading", name=heading)).to_be_visible(timeout=30_000)
    except AssertionError:
        # Seen about once in fifteen runs on a loaded 2-core machine: the first visit of a new
        # session renders nothing within the wait. One reload, as a user would; a page that is
        # really wrong still fails below.
        page.reload()
        expect(page.get_by_role("heading", name=heading)).to_be_visible(timeout=60_000)
    wait_for_app(page)
    assert link.split("?")[0] in page.url


def _metrics(page: Page) -> list[str]:
    expect(page.get_by_test_id("stMetricValue").first).to_be_visible()
    return [t.replace(NBSP, " ") for t in page.get_by_test_id("stMetricValue").all_inner_texts()]


def _expect_cells(page: Page, *texts: str) -> None:
    """Each text is a cell of some data grid. st.dataframe is a canvas; its hidden accessible
    table carries the text of the rows and columns drawn (once scrolled into view), so scroll
    every grid into view and let Playwright retry until the cell is there."""
    frames = page.get_by_test_id("stDataFrame")
    expect(frames.first).to_be_attached(timeout=30_000)
    for i in range(frames.count()):
        frames.nth(i).scroll_into_view_if_needed()
    for text in texts:
        exact = re.compile("^" + f"[ {NBSP}]".join(re.escape(part) for part in text.split(" ")) + "$")
        expect(frames.locator("td").filter(has_text=exact).first).to_be_attached(timeout=20_000)


def _screenshot(page: Page, path) -> None:
    """The whole page: Streamlit scrolls inside its main area, so grow the viewport to fit it."""
    height = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
    page.set_viewport_size({"width": 1400, "height": min(int(height) + 50, 9000)})
    wait_for_app(page)
    page.wait_for_timeout(500)  # let the charts redraw at the new size
    page.screenshot(path=str(path), full_page=True)


def test_ekonomi_from_shared_link(server, page, out_dir):
    _open(page, server, "/ekonomi?kommun=1380&ar=2022&period=UR2", "Ekonomi: Halmstad")
    values = _metrics(page)
    assert values[:3] == ["1 196 tkr", "630 tkr", "+46 tkr"], values
    expect(page.get_by_text("positiv budgetavvikelse om 46 tkr").first).to_be_visible()
    _expect_cells(page, "Summa", "1 196 tkr", "Så mår vi i Halland")
    assert "/ekonomi" in page.url
    _screenshot(page, out_dir / "ekonomi.png")


def test_dialoger_from_shared_link(server, page, out_dir):
    _open(page, server, "/dialoger?kommun=1380&ar=2022&period=UR2", "Dialoger och aktiviteter: Halmstad")
    values = _metrics(page)
    assert values[:2] == ["23", "7"], values  # activities and dialogues jan–aug 2022
    expect(page.get_by_text("Visar 23 av 23 aktiviteter")).to_be_visible()
    _expect_cells(page, "Länspresidium", "2022-01-20")  # the log, oldest first
    _screenshot(page, out_dir / "dialoger.png")


def test_lupp_from_shared_link(server, page, out_dir):
    _open(page, server, "/lupp?kommun=1315&ar=2022&period=UR2", "LUPP och enkäter: Hylte")
    expect(page.get_by_role("heading", name="Svaren i Hylte 2021")).to_be_visible()
    # Hylte's small upper-secondary groups: girls and boys suppressed, with their number of respondents
    _expect_cells(page, "..", ".. (n = 8)")
    _screenshot(page, out_dir / "lupp.png")
