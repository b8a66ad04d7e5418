"""Shared test fixtures: the repo root on sys.path, a clean Streamlit cache per test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _clean_streamlit_caches():
    """Cached results survive across AppTest instances in one process otherwise."""
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()
    yield


@pytest.fixture(scope="session")
def demo_store():
    from folkhalsa.store import DEMO_DIR, open_store

    return open_store(DEMO_DIR)
