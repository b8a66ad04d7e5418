"""Hardened 9: Swedish throughout, in a real browser. Every page in editor mode, with grids and
charts hovered so that their toolbars show: no English words of Streamlit's or plotly's own
controls in the visible text or the aria-labels, and the document says lang="sv"."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import start_server, wait_for_app
from tests.storetools import new_store

ENGLISH = ["Upload", "Browse files", "Drag and drop", "per file", "Download", "Search", "Fullscreen", "Deploy",
           "Rerun", "Settings", "Print", "Record a screencast", "Clear cache", "Zoom", "Pan", "Autoscale",
           "Reset axes", "Download plot", "Produced with Plotly"]
WORDS = re.compile(r"\b(" + "|".join(re.escape(w) for w in ENGLISH) + r")\b")

PAGES = ["/", "/maluppfyllelse", "/indikatorer", "/dialoger", "/lupp", "/ekonomi", "/moteslage", "/hantera-data"]
QUERY = "?kommun=1380&ar=2022&period=UR2"

_SEEN = """() => {
  const out = [document.body.innerText];
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [data-title]'))
    for (const a of ['aria-label', 'title', 'placeholder', 'data-title'])
      if (el.hasAttribute(a)) out.push(el.getAttribute(a));
  return out.join('\\n');
}"""


@pytest.fixture(scope="module")
def editor_server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("swedish")
    root = new_store(tmp)  # a copy of the demo data, writable
    proc, url = start_server(tmp, env={"FOLKHALSA_DATA": str(root), "FOLKHALSA_LOCAL_EDITOR": "1"})
    yield url
    proc.terminate()
    proc.wait(10)


def _english(page) -> list[str]:
    return sorted(set(WORDS.findall(page.evaluate(_SEEN))))


@pytest.mark.parametrize("path", PAGES)
def test_no_english_on_the_page(editor_server, page, path):
    page.goto(editor_server + path + QUERY)
    wait_for_app(page)
    expect(page.locator("h1").first).to_be_visible()
    assert page.evaluate("document.documentElement.lang") == "sv"
    found = set(_english(page))
    for selector in ("[data-testid=stDataFrame]", ".js-plotly-plot", "[data-testid=stFileUploader]"):
        items = page.locator(selector)
        for i in range(min(items.count(), 3)):
            if not items.nth(i).is_visible():  # e.g. a chart in a tab not chosen
                continue
            items.nth(i).scroll_into_view_if_needed()
            items.nth(i).hover()
            page.wait_for_timeout(300)  # the toolbar fades in on hover
            found |= set(_english(page))
    assert not found, f"{path}: {sorted(found)}"
    assert page.locator(".modebar").count() == 0  # no plotly mode bar
    assert page.get_by_test_id("stMainMenu").count() == 0  # no English main menu


def test_uploader_and_its_size_limit_in_swedish(editor_server, page, tmp_path):
    page.goto(editor_server + "/hantera-data" + QUERY)
    wait_for_app(page)
    uploader = page.get_by_test_id("stFileUploader")
    expect(uploader.get_by_text("Högst 20 MB per fil")).to_be_visible()
    expect(uploader.get_by_role("button", name="Välj fil", exact=True)).to_be_visible()
    big = tmp_path / "för_stor.csv"
    big.write_bytes(b"a;b\n" + b"1;2\n" * (21 * 1024 * 1024 // 4))  # 21 MB: over the one 20 MB limit
    page.locator("input[type=file]").set_input_files(str(big))
    expect(uploader.get_by_text(re.compile("Filen är för stor: högst 20"))).to_be_visible(timeout=30_000)
    assert not _english(page)
