"""Hardened 7: no tracebacks in the browser. An unexpected error on a page shows a Swedish
message with a reference that the server log carries; st.stop/st.rerun still work."""

from __future__ import annotations

import logging
import re
import tomllib

import pytest

from folkhalsa.ui import views
from tests.app.helpers import all_text, open_app
from tests.conftest import ROOT

SECRET = "hemlig intern detalj /srv/data/nyckel"


def _boom(*args, **kwargs):
    raise RuntimeError(SECRET)


def _errors_shown(at) -> str:
    return "\n".join([all_text(at)] + [str(e.value) for e in at.exception])


@pytest.mark.parametrize("page", ["pages/oversikt.py", "pages/maluppfyllelse.py"])
def test_a_page_that_raises_shows_a_swedish_message_with_a_reference(page, monkeypatch, caplog):
    monkeypatch.setattr(views, "current", _boom)
    caplog.set_level(logging.ERROR, logger="folkhalsa")
    from streamlit.testing.v1 import AppTest

    from tests.app.helpers import APP

    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]  # no st.exception element: no traceback
    shown = _errors_shown(at)
    assert SECRET not in shown and "RuntimeError" not in shown and "Traceback" not in shown
    [error] = [e.value for e in at.error if "Något gick fel" in e.value]
    ref = re.search(r"Referens: ([0-9A-F]{8})", error).group(1)
    logged = [r for r in caplog.records if ref in r.getMessage()]
    assert logged and logged[0].exc_info and SECRET in str(logged[0].exc_info[1])


def test_a_direct_run_of_a_page_is_guarded_too(monkeypatch):
    """The first visit after a start runs the page file itself (see shell.selection)."""
    from streamlit.testing.v1 import AppTest

    monkeypatch.setattr(views, "current", _boom)
    at = AppTest.from_file(str(ROOT / "pages" / "oversikt.py"), default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert SECRET not in _errors_shown(at)
    assert any("Något gick fel" in e.value for e in at.error)


def test_stop_still_stops_and_pages_without_errors_show_no_message():
    at = open_app("pages/oversikt.py", kommun="1380", ar="2019")  # a year without follow-up: st.stop()
    assert not any("Något gick fel" in e.value for e in at.error)
    at = open_app("pages/oversikt.py", kommun="1380", ar="2022")
    assert not any("Något gick fel" in e.value for e in at.error)


def test_no_error_details_reach_the_browser():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["showErrorDetails"] == "none"
