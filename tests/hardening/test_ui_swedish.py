"""Hardened 9 (without a browser): raw codes as words, Swedish local time, one upload limit."""

from __future__ import annotations

import tomllib

import pytest

from folkhalsa import fmt, importing
from folkhalsa.ui import manage, widgets
from tests.app.helpers import all_text, open_app
from tests.conftest import ROOT


@pytest.mark.parametrize(("raw", "words"), [
    ("kolada:N15419", "Kolada N15419"), ("egen", "Egen uppgift"), ("Kolada: N15030", "Kolada N15030"),
    ("SCB", "SCB"), ("Folkhälsomyndigheten", "Folkhälsomyndigheten"), (None, "–"), ("", "–"),
])
def test_indicator_sources_in_words(raw, words):
    assert fmt.source_label(raw) == words


@pytest.mark.parametrize(("stored", "local"), [
    ("2022-08-31T12:05:00+00:00", "2022-08-31 14:05"),  # summer time
    ("2022-01-31T12:05:00+00:00", "2022-01-31 13:05"),  # winter time
    ("2022-01-31T12:05:00", "2022-01-31 13:05"),        # no zone: stored in UTC
    ("", "–"),
])
def test_change_log_times_in_swedish_local_time(stored, local):
    assert fmt.local_time(stored) == local
    assert manage._when(stored) == local


def test_one_upload_limit_everywhere():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] == manage.UPLOAD_LIMIT_MB == importing.MAX_BYTES // 2**20 == 20
    assert config["client"]["toolbarMode"] == "minimal"


def test_no_plotly_mode_bar():
    assert widgets.CHART_CONFIG["displayModeBar"] is False


def test_indikatorer_names_its_source_in_words():
    at = open_app("pages/indikatorer.py", kommun="1380", ar="2022")
    text = all_text(at)
    assert "Källa: Egen uppgift" in text and "egen" not in text.split("Källa:")[1].split("\n")[0]
