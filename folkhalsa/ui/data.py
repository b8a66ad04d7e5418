"""The one cache layer: the only module with ``st.cache_*``.

Results are keyed on the data version (``store.folder_token``), so a write to the
store is visible at the next rerun, and a ``snapshot`` in the URL reads that snapshot.

One version per rerun: the version is resolved once per script run (the first ``q()`` of the
run pins it) and every later ``q()`` of the same run reads that version, even when a write
makes another version current meanwhile. The next rerun sees the new version.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

import queries
from folkhalsa.store import Store, current_folder, data_root, folder_token

_PINS = "_folkhalsa_version_pins"  # session-state key: (run marker, {(root, snapshot): (folder, token)})


@st.cache_resource(show_spinner=False, max_entries=8)
def _store(folder: str, token: str) -> Store:
    return Store(Path(folder))


def snapshot_name() -> str | None:
    """The snapshot shown: the sidebar's choice (bound to ``&snapshot=<namn>``), else the URL's."""
    if "snapshot" in st.session_state:
        return st.session_state["snapshot"] or None
    return st.query_params.get("snapshot") or None


def _run_marker() -> object | None:
    """An object that is new at the start of every script run, or None outside a script run.

    Streamlit gives ``ScriptRunContext.cursors`` a new dict at the start of every run
    (``ScriptRunContext.reset``); it is held, never changed. tests/hardening/test_ui_version_pin.py
    checks that a rerun still sees a new version.
    """
    ctx = get_script_run_ctx(suppress_warning=True)
    return None if ctx is None else ctx.cursors


def _resolve(root: Path, snapshot: str | None) -> tuple[str, str]:
    """Read ``CURRENT`` (or the snapshot's pointer) once: the folder and its version token."""
    folder = current_folder(root, snapshot)
    return str(folder), folder_token(folder)


def version() -> tuple[str, str]:
    """The folder and version token this script run reads: resolved once per run and snapshot."""
    root, snapshot = data_root(), snapshot_name()
    marker = _run_marker()
    if marker is None:  # bare mode (no script run): nothing to keep consistent across calls
        return _resolve(root, snapshot)
    pins = st.session_state.get(_PINS)
    if not isinstance(pins, tuple) or pins[0] is not marker:
        pins = (marker, {})
        st.session_state[_PINS] = pins
    key = (str(root), snapshot)
    if key not in pins[1]:
        pins[1][key] = _resolve(root, snapshot)
    return pins[1][key]


@st.cache_data(show_spinner=False, max_entries=2000)
def _run(name: str, folder: str, token: str, params: tuple[tuple[str, object], ...]) -> pd.DataFrame:
    return queries.run(name, _store(folder, token), **dict(params))


def q(name: str, **params: object) -> pd.DataFrame:
    """Run ``queries/<name>.sql`` with bound parameters; cached per data version, one version per run."""
    folder, token = version()
    return _run(name, folder, token, tuple(sorted(params.items()))).copy()
