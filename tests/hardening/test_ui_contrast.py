"""Hardened 10: WCAG contrast on white of every theme colour, the theme in step with
.streamlit/config.toml, colours that stay apart for colour-blind readers, a visible link focus."""

from __future__ import annotations

import itertools
import tomllib

import numpy as np
import pytest

from folkhalsa import theme
from tests.conftest import ROOT

WHITE = "#FFFFFF"
CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))["theme"]


def _linear(colour: str) -> np.ndarray:
    c = np.array([int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def luminance(colour: str) -> float:
    return float(np.dot([0.2126, 0.7152, 0.0722], _linear(colour)))


def contrast(a: str, b: str = WHITE) -> float:
    """The WCAG 2.x contrast ratio, 1–21."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_ratio_is_computed_as_wcag_defines_it():
    assert contrast("#000000") == pytest.approx(21.0)
    assert contrast("#E69F00") == pytest.approx(2.25, abs=0.01)  # the figures
    assert contrast("#56B4E9") == pytest.approx(2.31, abs=0.01)
    assert contrast("#F0E442") == pytest.approx(1.32, abs=0.01)


GRAPHICS = {  # status and series colours: graphics that carry meaning, at least 3:1
    **{f"OKABE_ITO[{i}]": c for i, c in enumerate(theme.OKABE_ITO)},
    **{f"STATUS_COLOUR[{k}]": c for k, c in theme.STATUS_COLOUR.items()},
    **{f"GENDER_COLOUR[{k}]": c for k, c in theme.GENDER_COLOUR.items()},
    "TARGET_COLOUR": theme.TARGET_COLOUR, "NEUTRAL_COLOUR": theme.NEUTRAL_COLOUR,
    "RULE_COLOUR": theme.RULE_COLOUR, "FOCUS_COLOUR": theme.FOCUS_COLOUR,
    **{f"config {k}": CONFIG[k] for k in ("primaryColor", "greenColor", "orangeColor", "redColor",
                                           "blueColor", "grayColor")},
    **{f"config chartCategoricalColors[{i}]": c for i, c in enumerate(CONFIG["chartCategoricalColors"])},
}
TEXTS = {  # text colours: at least 4.5:1
    "TEXT_COLOUR": theme.TEXT_COLOUR, "MUTED_TEXT_COLOUR": theme.MUTED_TEXT_COLOUR,
    **{f"STATUS_TEXT_COLOUR[{k}]": c for k, c in theme.STATUS_TEXT_COLOUR.items()},
    **{f"config {k}": CONFIG[k] for k in ("textColor", "greenTextColor", "orangeTextColor", "redTextColor",
                                           "grayTextColor", "blueTextColor")},
}
# Only decoration is exempt: grid lines, the white gap between stacked bars, table stripes
DECORATION = {"GRID_COLOUR", "SEPARATOR_COLOUR", "STRIPE_COLOUR", "BACKGROUND_COLOUR", "HEADER_TEXT_COLOUR"}


@pytest.mark.parametrize("name", sorted(GRAPHICS))
def test_status_and_series_colours_have_3_to_1_on_white(name):
    assert contrast(GRAPHICS[name]) >= 3.0, f"{name} {GRAPHICS[name]}: {contrast(GRAPHICS[name]):.2f}:1"


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_text_colours_have_4_5_to_1_on_white(name):
    assert contrast(TEXTS[name]) >= 4.5, f"{name} {TEXTS[name]}: {contrast(TEXTS[name]):.2f}:1"


def test_header_text_on_the_table_header_colour():
    assert contrast(theme.HEADER_TEXT_COLOUR, theme.NEUTRAL_COLOUR) >= 4.5
    assert contrast(theme.TEXT_COLOUR, theme.STRIPE_COLOUR) >= 4.5


def test_every_colour_of_the_theme_is_checked():
    """A colour added to the theme later must be classified here, not silently skipped."""
    checked = set(GRAPHICS.values()) | set(TEXTS.values())
    for name in dir(theme):
        value = getattr(theme, name)
        values = value.values() if isinstance(value, dict) else value if isinstance(value, tuple) else [value]
        for v in values:
            if isinstance(v, str) and v.startswith("#") and name not in DECORATION:
                assert v in checked, f"theme.{name} = {v} has no contrast check"


def test_theme_matches_streamlit_config():
    assert tuple(CONFIG["chartCategoricalColors"]) == theme.OKABE_ITO
    assert CONFIG["primaryColor"] == theme.NEUTRAL_COLOUR
    for status, name in theme.STATUS_MARKDOWN_COLOUR.items():
        assert CONFIG[f"{name}Color"] == theme.STATUS_COLOUR[status]
        assert CONFIG[f"{name}TextColor"] == theme.STATUS_TEXT_COLOUR[status]


# Machado et al. (2009), severity 1, on linear RGB
_CVD = {
    "normal": np.eye(3),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}


def _lab(rgb: np.ndarray) -> np.ndarray:
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ np.clip(rgb, 0, 1)
    t = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(t > 0.008856, np.cbrt(t), 7.787 * t + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


@pytest.mark.parametrize("vision", sorted(_CVD))
def test_series_colours_stay_apart_for_colour_blind_readers(vision):
    """Every pair of series colours at least ΔE 15 apart (CIELAB) as seen with each kind of vision;
    Okabe–Ito itself reaches 16. The status colours are also told apart by symbol and word."""
    m = _CVD[vision]
    for a, b in itertools.combinations(theme.OKABE_ITO, 2):
        distance = float(np.linalg.norm(_lab(m @ _linear(a)) - _lab(m @ _linear(b))))
        assert distance >= 15, f"{a} and {b} look alike with {vision}: ΔE {distance:.1f}"


def test_page_links_have_a_visible_focus_outline():
    from folkhalsa.ui import shell

    css = shell.FOCUS_CSS
    assert ":focus-visible" in css and "outline" in css and theme.FOCUS_COLOUR in css
    for target in ("stSidebarNav", "stPageLink"):
        assert target in css
