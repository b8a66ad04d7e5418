"""Every Mötesläge slide fits the projector: 1280×720 and 1024×768, no scrolling, no clipped columns.

Steps through the Halmstad 2022 UR2 deck by link (``&bild=N``) at both sizes and measures in
the browser: the document and every scrollable box hold their content, no visible element
is wider or taller than the viewport or lies outside it, each table shows all its columns,
chart labels are at least 14 px and the slide's text has at least 4.5:1 contrast.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import wait_for_app

URL = "/moteslage?kommun=1380&ar=2022&period=UR2&bild={}"
SIZES = [(1280, 720), (1024, 768)]

# Runs in the page: a list of problems, empty when the slide fits.
MEASURE = """
() => {
  const W = window.innerWidth, H = window.innerHeight, problems = [];
  const name = (el) => {
    const id = el.getAttribute('data-testid') || '';
    const cls = (typeof el.className === 'string' ? el.className : '').split(' ').filter(c => c.startsWith('st-key')).join('.');
    return `${el.tagName.toLowerCase()}${id ? '[' + id + ']' : ''}${cls ? '.' + cls : ''} "${(el.innerText || el.textContent || '').trim().slice(0, 40)}"`;
  };
  const se = document.scrollingElement;
  if (se.scrollHeight > H) problems.push(`document scrollHeight ${se.scrollHeight} > ${H}`);
  if (se.scrollWidth > W) problems.push(`document scrollWidth ${se.scrollWidth} > ${W}`);
  for (const el of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (el.closest('[data-testid="stPopoverBody"], [role="dialog"], [role="tooltip"], #js-plotly-tester')) continue;
    if (r.width > W + 1 || r.height > H + 1) problems.push(`${name(el)} is ${Math.round(r.width)}×${Math.round(r.height)}`);
    if (el.closest('[data-testid="stMain"]') && (r.bottom > H + 1 || r.right > W + 1) && el.offsetParent !== null
        && !el.closest('svg, .js-plotly-plot .svg-container ~ *')) {
      problems.push(`${name(el)} ends at ${Math.round(r.right)},${Math.round(r.bottom)}`);
    }
    const scrollY = ['auto', 'scroll'].includes(style.overflowY), scrollX = ['auto', 'scroll'].includes(style.overflowX);
    if (scrollY && el.scrollHeight > el.clientHeight + 1) problems.push(`${name(el)} scrolls: ${el.scrollHeight} > ${el.clientHeight}`);
    if (scrollX && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
  }
  for (const t of document.querySelectorAll('table')) {
    if (t.scrollWidth > t.clientWidth + 1) problems.push(`table ${name(t)}: scrollWidth ${t.scrollWidth} > ${t.clientWidth}`);
    const box = t.closest('[data-testid="stTable"]') || t.parentElement;
    if (box.scrollWidth > box.clientWidth + 1) problems.push(`table box ${name(box)}: ${box.scrollWidth} > ${box.clientWidth}`);
    for (const cell of t.querySelectorAll('th, td')) {
      if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`cell clipped: ${name(cell)}`);
    }
  }
  return problems;
}
"""

# Runs in the page: the smallest chart label and the lowest text contrast on the slide.
READ_TYPE = """
() => {
  const lum = (rgb) => {
    const [r, g, b] = rgb.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => {
      v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      if (c && !c.startsWith('rgba(0, 0, 0, 0)') && c !== 'transparent') return c;
    }
    return 'rgb(255, 255, 255)';
  };
  const slide = document.querySelector('.st-key-slide');
  const fonts = [...slide.querySelectorAll('.js-plotly-plot svg text')]
    .filter(t => (t.textContent || '').trim())
    .map(t => ({text: t.textContent.trim(), size: parseFloat(getComputedStyle(t).fontSize)}));
  const contrasts = [];
  for (const el of slide.querySelectorAll('p, li, h1, th, td, span, div')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.closest('svg')) continue;
    const s = getComputedStyle(el);
    const alpha = parseFloat(s.opacity);
    const a = lum(s.color), b = lum(background(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    contrasts.push({text: el.textContent.trim().slice(0, 40), ratio: alpha < 1 ? 1 : ratio});
  }
  return {fonts, contrasts};
}
"""


def slide_count(page) -> int:
    text = page.get_by_text(re.compile(r"^Bild \d+ av \d+$")).first.inner_text()
    return int(text.rsplit(" ", 1)[1])


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_slide_fits_the_projector(server, page, out_dir, width, height):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(server + URL.format(1))
    wait_for_app(page)
    total = slide_count(page)
    assert total >= 9
    problems: dict[int, list[str]] = {}
    for number in range(1, total + 1):
        if number > 1:
            page.goto(server + URL.format(number))
            wait_for_app(page)
        expect(page.get_by_text(f"Bild {number} av {total}")).to_be_visible()
        expect(page.get_by_test_id("stHeader")).to_be_hidden()
        expect(page.get_by_test_id("stSidebar")).to_be_hidden()
        if page.locator(".st-key-slide .js-plotly-plot").count():
            expect(page.locator(".st-key-slide .js-plotly-plot .main-svg").first).to_be_visible()
            page.wait_for_timeout(300)  # plotly's first layout pass
        page.screenshot(path=str(out_dir / f"bild-{number}.png"))
        found = page.evaluate(MEASURE)
        read = page.evaluate(READ_TYPE)
        found += [f"chart label {f['text']!r} is {f['size']} px" for f in read["fonts"] if f["size"] < 14]
        found += [f"contrast {c['ratio']:.1f}:1 for {c['text']!r}" for c in read["contrasts"] if c["ratio"] < 4.5]
        if found:
            problems[number] = found
    assert not problems, "\n".join(f"bild {n}: {p}" for n, ps in problems.items() for p in ps[:8])


LERUM_URL = "/moteslage?kommun=1441&ar=2019&period=T3&bild={}"


@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_lerums_slides_per_payer_fit_the_projector(server, page, out_dir, width, height):
    """A joint plan's Ekonomi per betalare slides (seed 004: two payers, eight insatser) fit as well."""
    page.set_viewport_size({"width": width, "height": height})
    page.goto(server + LERUM_URL.format(1))
    wait_for_app(page)
    total = slide_count(page)
    problems: dict[int, list[str]] = {}
    seen = 0
    for number in range(1, total + 1):
        page.goto(server + LERUM_URL.format(number))
        wait_for_app(page)
        expect(page.get_by_text(f"Bild {number} av {total}")).to_be_visible()
        if not page.get_by_role("heading", name=re.compile("^Ekonomi per betalare")).count():
            continue
        seen += 1
        page.screenshot(path=str(out_dir / f"lerum-bild-{number}.png"))
        found = page.evaluate(MEASURE)
        read = page.evaluate(READ_TYPE)
        found += [f"contrast {c['ratio']:.1f}:1 for {c['text']!r}" for c in read["contrasts"] if c["ratio"] < 4.5]
        if found:
            problems[number] = found
    assert seen >= 1
    assert not problems, "\n".join(f"bild {n}: {p}" for n, ps in problems.items() for p in ps[:8])
