"""The one gateway for SQL: ``run("name", store, **params)`` runs ``queries/name.sql``.

Every query is a file of its own with ``$name`` parameters bound by DuckDB, never pasted
into the text; the header comment of each file gives its grain and parameters.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

from folkhalsa.store import Store, StoreError

QUERY_DIR = Path(__file__).resolve().parent
_NAME = re.compile(r"^[a-z0-9_]+$")


@cache
def sql_text(name: str) -> str:
    """The SQL of one named query; the name must be a file in ``queries/``."""
    if not _NAME.match(name) or not (QUERY_DIR / f"{name}.sql").is_file():
        raise KeyError(f"Okänd fråga: {name}")
    return (QUERY_DIR / f"{name}.sql").read_text(encoding="utf-8")


def names() -> list[str]:
    return sorted(p.stem for p in QUERY_DIR.glob("*.sql"))


def run(name: str, store: Store, **params: object) -> pd.DataFrame:
    """Run a named query with bound parameters and return a DataFrame."""
    sql = sql_text(name)
    wanted = set(re.findall(r"\$([a-z_]+)", sql))
    if wanted != set(params):
        raise TypeError(f"{name}.sql wants parameters {sorted(wanted)}, got {sorted(params)}")
    try:
        return store.query(sql, params)
    except duckdb.Error as exc:
        raise StoreError(f"Frågan {name} kunde inte köras: {exc}") from exc
