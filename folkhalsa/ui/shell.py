"""The app shell shared by every page: page config, language, navigation and filter bar."""

from __future__ import annotations

import streamlit as st

from folkhalsa.store import StoreError
from folkhalsa.ui import filters, snapshots

# A fixed script of ours (never user text): tells browsers and screen readers the page is Swedish.
_LANG_SCRIPT = "<script>window.parent.document.documentElement.lang = 'sv'; document.documentElement.lang = 'sv';</script>"

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


def run() -> None:
    """The entry point: page config and navigation; each page then draws the filter bar."""
    _page_config()
    st.session_state["_app_ran"] = True
    st.navigation(page_objects()).run()


def selection(allow_empty: bool = False) -> filters.Selection:
    """Draw the shared sidebar (filter bar) and return the selection: call once, first, per page.

    Pages draw it themselves rather than app.py, because Streamlit runs a page file directly
    when a ``pages/`` folder exists and no navigation has run yet in the process (the first
    visit after a start, and every AppTest rerun): the page must stand on its own.
    A store without committees yet (just created) stops the page with a pointer to
    Hantera data, unless the page allows that (``allow_empty``; it then gets None).
    """
    _page_config()
    if not st.session_state.get("_app_ran"):
        # Run directly (first visit after a start): register our navigation so the sidebar
        # lists the Swedish page titles and later runs go through app.py.
        st.navigation(page_objects())
    try:
        snapshots.choose()
        sel = filters.filter_bar()
    except StoreError as exc:
        st.error(f"Data kan inte läsas: {exc}", icon="🚫")
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
