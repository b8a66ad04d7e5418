"""Jämför in the browser: a shared link opens Halmstad against Region Halland and riket, with a map."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.e2e.conftest import wait_for_app


def test_jamfor_from_a_shared_link(server, page: Page, out_dir):
    page.goto(server + "/jamfor?kommun=1380&ar=2022")
    expect(page.get_by_role("heading", name="Jämför: Halmstad")).to_be_visible(timeout=60_000)
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Över åren: Halmstad, Region Halland och riket")).to_be_visible()
    expect(page.get_by_text("Källa: Kolada, KPI U01760 (RKA)").first).to_be_visible()
    expect(page.locator(".js-plotly-plot")).to_have_count(3, timeout=30_000)
    expect(page.locator(".js-plotly-plot").nth(2).get_by_text("Halmstad:")).to_be_visible(timeout=30_000)
    assert "kpi=U01760" in page.url and "/jamfor" in page.url
    page.get_by_test_id("stSidebar").get_by_test_id("stSelectbox").first.click()
    page.get_by_role("option", name="Varberg – Lokal nämnd Varberg").click()
    expect(page.get_by_role("heading", name="Jämför: Varberg")).to_be_visible(timeout=30_000)
    wait_for_app(page)
    page.screenshot(path=str(out_dir / "jamfor.png"), full_page=True)
