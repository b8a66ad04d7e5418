"""The app shell shared by every page: page config, language, navigation and filter bar."""

from __future__ import annotations

import streamlit as st

from folkhalsa.store import StoreError
from folkhalsa.ui import filters

# A fixed script of ours (never user text): tells browsers and screen readers the page is Swedish.
_LANG_SCRIPT = "<script>window.parent.document.documentElement.lang = 'sv'; document.documentElement.lang = 'sv';</script>"

PAGES = [
    ("pages/oversikt.py", "Översikt", ":material/dashboard:", None),
    ("pages/maluppfyllelse.py", "Måluppfyllelse", ":material/flag:", "maluppfyllelse"),
    ("pages/indikatorer.py", "Indikatorer", ":material/monitoring:", "indikatorer"),
]


def page_objects() -> dict[str, st.Page]:
    return {
        path: st.Page(path, title=title, icon=icon, url_path=url, default=url is None)
        for path, title, icon, url in PAGES
    }


def run() -> None:
    st.set_page_config(page_title="Folkhälsopanelen", page_icon=":material/monitoring:",
                       layout="wide", initial_sidebar_state="expanded")
    st.html(_LANG_SCRIPT, unsafe_allow_javascript=True)
    pages = page_objects()
    nav = st.navigation(list(pages.values()))
    st.session_state["_pages"] = pages
    try:
        selection = filters.filter_bar()
    except StoreError as exc:
        st.error(f"Data kan inte läsas: {exc}", icon="🚫")
        st.stop()
    st.session_state["_selection"] = selection
    with st.sidebar:
        st.caption("Folkhälsopanelen · uppföljning av folkhälsonämndernas mål")
    nav.run()


def selection() -> filters.Selection:
    """The committee, year and period chosen in the filter bar of this run."""
    return st.session_state["_selection"]


def page(path: str) -> st.Page:
    """The registered page for a file, for st.page_link."""
    return st.session_state["_pages"][path]


def link_params(sel: filters.Selection, **extra: str) -> dict[str, str]:
    """Query parameters that keep the current filter when following a link."""
    return {"kommun": sel.municipality_code, "ar": str(sel.year), "period": sel.requested_period, **extra}
