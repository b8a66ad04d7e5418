"""The one cache layer: the only module with ``st.cache_*``.

Results are keyed on the data version (see ``store.version_token``), so a write to the
store is visible at the next rerun, and a ``snapshot`` in the URL reads that snapshot.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

import queries
from folkhalsa.store import Store, current_folder, data_root, version_token


@st.cache_resource(show_spinner=False, max_entries=8)
def _store(folder: str, token: str) -> Store:
    return Store(Path(folder))


def snapshot_name() -> str | None:
    """The snapshot shown: the sidebar's choice (bound to ``&snapshot=<namn>``), else the URL's."""
    if "snapshot" in st.session_state:
        return st.session_state["snapshot"] or None
    return st.query_params.get("snapshot") or None


def store() -> Store:
    root = data_root()
    snapshot = snapshot_name()
    return _store(str(current_folder(root, snapshot)), version_token(root, snapshot))


@st.cache_data(show_spinner=False, max_entries=2000)
def _run(name: str, token: str, params: tuple[tuple[str, object], ...]) -> pd.DataFrame:
    return queries.run(name, store(), **dict(params))


def q(name: str, **params: object) -> pd.DataFrame:
    """Run ``queries/<name>.sql`` with bound parameters; cached per data version."""
    root = data_root()
    token = version_token(root, snapshot_name())
    return _run(name, token, tuple(sorted(params.items()))).copy()
