"""Fetch one follow-up's data through a query runner, the same way for pages and command line.

A runner is ``run(name, **params) -> DataFrame``: the pages pass the cached ``q`` of
``folkhalsa.ui.data``, the command line and tests pass :func:`store_runner` of a store. The
follow-up model itself is :mod:`folkhalsa.followup.model`.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

import queries
from folkhalsa.followup.model import (  # noqa: F401  (the fetch API of pages and exports)
    effective_period,
    period_data,
    previous_year,
)
from folkhalsa.store import Store

Runner = Callable[..., pd.DataFrame]


def store_runner(store: Store) -> Runner:
    """A runner over one store, uncached (command line, tests)."""
    return lambda name, **params: queries.run(name, store, **params)
