"""The app shell shared by every page: page config, language, navigation and filter bar."""

from __future__ import annotations

import contextvars
import logging
import secrets
import sys
from collections.abc import Callable
from pathlib import Path

import streamlit as st
from streamlit.runtime.scriptrunner_utils.exceptions import ScriptControlException

from folkhalsa import fmt, theme
from folkhalsa.store import StoreError
from folkhalsa.ui import filters, snapshots

log = logging.getLogger("folkhalsa")

# A fixed script of ours (never user text): tells browsers and screen readers the page is Swedish.
_LANG_SCRIPT = "<script>window.parent.document.documentElement.lang = 'sv'; document.documentElement.lang = 'sv';</script>"

# Fixed CSS of ours (never user text): a clearly visible keyboard focus on page links.
FOCUS_CSS = f"""<style>
[data-testid="stSidebarNav"] a:focus-visible, [data-testid="stPageLink"] a:focus-visible,
[data-testid="stPageLink-NavLink"]:focus-visible {{
  outline: 3px solid {theme.FOCUS_COLOUR} !important; outline-offset: 2px; border-radius: 4px;
}}
</style>"""

ERROR_TEXT = ("Något gick fel när sidan skulle visas. Försök igen om en stund; om felet finns kvar, "
              "kontakta den som förvaltar panelen och uppge referensen. Referens: {ref}")

PAGES = [
    ("pages/oversikt.py", "Översikt", ":material/dashboard:", None),
    ("pages/maluppfyllelse.py", "Måluppfyllelse", ":material/flag:", "maluppfyllelse"),
    ("pages/indikatorer.py", "Indikatorer", ":material/monitoring:", "indikatorer"),
    ("pages/dialoger.py", "Dialoger och aktiviteter", ":material/forum:", "dialoger"),
    ("pages/lupp.py", "LUPP och enkäter", ":material/school:", "lupp"),
    ("pages/ekonomi.py", "Ekonomi", ":material/account_balance:", "ekonomi"),
    ("pages/moteslage.py", "Mötesläge", ":material/co_present:", "moteslage"),
    ("pages/hantera-data.py", "Hantera data", ":material/edit_note:", "hantera-data"),
]


def page_objects() -> list[st.Page]:
    return [
        st.Page(path, title=title, icon=icon, url_path=url, default=url is None)
        for path, title, icon, url in PAGES
    ]


def _page_config() -> None:
    st.set_page_config(page_title="Folkhälsopanelen", page_icon=":material/monitoring:",
                       layout="wide", initial_sidebar_state="expanded")
    st.html(_LANG_SCRIPT, unsafe_allow_javascript=True)
    st.html(FOCUS_CSS)


_GUARDED = contextvars.ContextVar("folkhalsa_page_guarded", default=False)


def guarded(body: Callable[[], object]) -> None:
    """Run ``body`` (a page); an unexpected error shows a Swedish message with a reference, never
    a traceback, and the server log carries the traceback under the same reference.

    Streamlit's own flow control (``st.stop``, ``st.rerun``, ``st.switch_page``) passes through.
    """
    token = _GUARDED.set(True)
    try:
        body()
    except ScriptControlException:
        raise
    except Exception:
        ref = secrets.token_hex(4).upper()
        log.exception("Oväntat fel när sidan visades. Referens: %s", ref)
        st.error(ERROR_TEXT.format(ref=ref), icon="🚫")
    finally:
        _GUARDED.reset(token)


def _run_page_file(path: str) -> None:
    source = Path(path).read_text(encoding="utf-8")
    exec(compile(source, path, "exec"), {"__name__": "__main__", "__file__": path})  # our own page file, never user input


def run() -> None:
    """The entry point: page config and navigation; each page then draws the filter bar."""
    _page_config()
    st.session_state["_app_ran"] = True
    guarded(st.navigation(page_objects()).run)


def selection(allow_empty: bool = False) -> filters.Selection:
    """Draw the shared sidebar (filter bar) and return the selection: call once, first, per page.

    Pages draw it themselves rather than app.py, because Streamlit runs a page file directly
    when a ``pages/`` folder exists and no navigation has run yet in the process (the first
    visit after a start, and every AppTest rerun): the page must stand on its own.
    A store without committees yet (just created) stops the page with a pointer to
    Hantera data, unless the page allows that (``allow_empty``; it then gets None).
    """
    if not _GUARDED.get():
        # The page file runs by itself, not through app.py's guard: run it again inside the
        # guard (it comes back here, guarded, and goes on), then stop this unguarded run.
        page_file = sys._getframe(1).f_globals.get("__file__")
        if page_file:
            guarded(lambda: _run_page_file(page_file))
            st.stop()
    _page_config()
    if not st.session_state.get("_app_ran"):
        # Run directly (first visit after a start): register our navigation so the sidebar
        # lists the Swedish page titles and later runs go through app.py.
        st.navigation(page_objects())
    try:
        snapshots.choose()
        sel = filters.filter_bar()
    except StoreError as exc:
        st.error(f"Data kan inte läsas: {fmt.plain(str(exc))}", icon="🚫")
        st.stop()
    snapshots.notice()
    if sel is None and not allow_empty:
        st.info("Datamappen har inga nämnder ännu. Importera den ifyllda mallen på sidan Hantera data.",
                icon="ℹ️")
        st.page_link("pages/hantera-data.py", label="Till Hantera data", icon=":material/edit_note:")
        st.stop()
    with st.sidebar:
        st.caption("Folkhälsopanelen · uppföljning av folkhälsonämndernas mål")
    return sel


def link_params(sel: filters.Selection, **extra: str) -> dict[str, str]:
    """Query parameters that keep the current filter when following a link."""
    shown = snapshots.current()
    return {"kommun": sel.municipality_code, "ar": str(sel.year), "period": sel.requested_period,
            **({"snapshot": shown} if shown else {}), **extra}
