"""Mötesläge in a real browser: step through the deck with the arrow keys, download the PowerPoint."""

from __future__ import annotations

import io
import re

from playwright.sync_api import expect
from pptx import Presentation

from tests.e2e.conftest import wait_for_app


def heading(page):
    return page.locator(".st-key-slide").get_by_test_id("stHeading").first


def slide_title(page) -> str:
    return heading(page).inner_text().strip()


def test_arrow_keys_step_through_the_deck_and_the_powerpoint_downloads(server, page, out_dir):
    page.set_viewport_size({"width": 1600, "height": 900})
    page.goto(server + "/moteslage?kommun=1380&ar=2022&period=UR2")
    wait_for_app(page)
    expect(page.get_by_text("Bild 1 av 10")).to_be_visible()
    expect(heading(page)).to_have_text("Lokal nämnd Halmstad")
    expect(page.get_by_test_id("stSidebar")).to_be_hidden()  # nothing beside the slide
    page.screenshot(path=str(out_dir / "bild-1.png"))

    titles = [slide_title(page)]
    for number in range(2, 11):
        page.keyboard.press("ArrowRight")
        expect(page.get_by_text(f"Bild {number} av 10")).to_be_visible()
        wait_for_app(page)
        assert re.search(rf"[?&]bild={number}\b", page.url), page.url
        titles.append(slide_title(page))
        if 6 <= number <= 9:  # the key indicators and the economy carry a chart
            expect(page.locator(".st-key-slide .js-plotly-plot")).to_be_visible()
            page.wait_for_timeout(500)  # plotly's first draw, for the screenshot only
        page.screenshot(path=str(out_dir / f"bild-{number}.png"))
    assert titles[1] == "Måluppfyllelse i korthet"
    assert titles[-2:] == ["Ekonomi", "Behöver uppmärksamhet"]
    assert len(set(titles)) == 10

    page.keyboard.press("ArrowLeft")
    expect(page.get_by_text("Bild 9 av 10")).to_be_visible()
    expect(heading(page)).to_have_text("Ekonomi")

    # A link opens a given slide.
    page.goto(server + "/moteslage?kommun=1380&ar=2022&period=UR2&bild=9")
    wait_for_app(page)
    expect(heading(page)).to_have_text("Ekonomi")
    expect(page.get_by_text("1\u00a0196\u00a0tkr").first).to_be_visible()

    page.get_by_role("button", name=re.compile("Underlag")).click()
    with page.expect_download() as info:
        page.get_by_role("button", name=re.compile("PowerPoint")).click()
    download = info.value
    assert download.suggested_filename == "Halmstad_2022_UR2_motesunderlag.pptx"
    path = out_dir / download.suggested_filename
    download.save_as(path)
    deck = Presentation(io.BytesIO(path.read_bytes()))
    assert len(deck.slides) == 10
    texts = [shape.text_frame.text for shape in deck.slides[0].shapes if shape.has_text_frame]
    assert "Lokal nämnd Halmstad" in texts
