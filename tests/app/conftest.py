"""Fixtures of the page tests."""

from __future__ import annotations

import pytest

from tests.storetools import new_store


@pytest.fixture
def own_store(tmp_path, monkeypatch):
    """A store of one's own (a copy of the demo data) in FOLKHALSA_DATA, not in local editor mode."""
    root = new_store(tmp_path)
    monkeypatch.setenv("FOLKHALSA_DATA", str(root))
    monkeypatch.delenv("FOLKHALSA_LOCAL_EDITOR", raising=False)
    return root
