"""Helpers for AppTest runs of the real app."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import numpy as np
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def open_app(page: str | None = None, **params: str) -> AppTest:
    """Run app.py with query parameters, then switch to ``page`` (a path like 'pages/x.py')."""
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def plotly_specs(at: AppTest) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def arr(value):
    """plotly ≥ 6 stores arrays as base64 typed arrays in the JSON spec."""
    if isinstance(value, dict) and "bdata" in value:
        return np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"]).tolist()
    return value


def all_text(at: AppTest) -> str:
    """Every markdown, caption, title and header text of the run, joined."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success"):
        parts += [str(el.value) for el in getattr(at, kind)]
    return "\n".join(parts)
