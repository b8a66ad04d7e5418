"""Which data the dashboard shows: the current data or a named snapshot, read-only.

A link with ``&snapshot=<namn>`` opens the snapshot; the sidebar choice keeps that parameter
in the URL so it survives page switches. While a snapshot is shown, every page says so.
"""

from __future__ import annotations

import streamlit as st

from folkhalsa import fmt, versions
from folkhalsa.store import StoreError, data_root
from folkhalsa.ui import data

KEY = "snapshot"  # widget key and URL parameter


def _saved() -> dict[str, dict]:
    return {s["name"]: s for s in versions.snapshots(data_root())}


def choose() -> None:
    """The sidebar choice between current data and the snapshots (only when there are any)."""
    saved = _saved()
    wanted = st.query_params.get(KEY)
    if wanted and wanted not in saved:
        raise StoreError(f"Ögonblicksbilden ”{wanted}” finns inte. Ta bort ”snapshot” ur adressen för "
                         "att se aktuella data.")
    if not saved:
        st.session_state.pop(KEY, None)
        return
    # A link (or reload) wins; after a page switch cleared the URL, the session's choice is
    # set again explicitly (as the filter bar does), so it survives the switch.
    if wanted is None:
        wanted = st.session_state.get(KEY) if st.session_state.get(KEY) in saved else ""
    st.session_state[KEY] = wanted

    def _to_url() -> None:
        if st.session_state[KEY]:
            st.query_params[KEY] = st.session_state[KEY]
        else:
            st.query_params.pop(KEY, None)

    with st.sidebar:
        st.selectbox("Visa data", ["", *saved], key=KEY, on_change=_to_url,
                     format_func=lambda n: f"Ögonblicksbild: {n}" if n else "Aktuella data",
                     help="En ögonblicksbild visar data som de var när den sparades, till exempel vid "
                          "ett nämndsammanträde.")
    _to_url()


def current() -> str | None:
    return data.snapshot_name()


def notice() -> None:
    """A visible read-only notice on every page while a snapshot is shown."""
    name = current()
    if not name:
        return
    meta = _saved().get(name, {})
    when = meta.get("at", "")[:10] or "okänt datum"
    st.warning(f"**Ögonblicksbild: {fmt.plain(name)}** (sparad {fmt.plain(when)}) – skrivskyddad. Du ser data "
               "som de var när bilden sparades; senare ändringar syns inte här. Välj Aktuella data i "
               "sidopanelen för att se dagens data.", icon="📌")
