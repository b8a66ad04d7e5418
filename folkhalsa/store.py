"""Read side of the data store: Parquet files seen through an in-memory DuckDB connection.

A store folder holds one Parquet file per table (see ``schema.TABLES``), either directly
(the bundled demo data) or in ``versions/<id>/`` with a ``CURRENT`` file naming the
version in use, so that a write can switch versions in one atomic step.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd

from folkhalsa.schema import TABLES

REPO_ROOT = Path(__file__).resolve().parent.parent
DEMO_DIR = REPO_ROOT / "data" / "demo"
DATA_ENV = "FOLKHALSA_DATA"


class StoreError(Exception):
    """A store that cannot be read; the message is Swedish and says what to fix."""


def data_root() -> Path:
    """The store folder in use: ``FOLKHALSA_DATA`` when set, else the bundled demo data."""
    configured = os.environ.get(DATA_ENV, "").strip()
    return Path(configured) if configured else DEMO_DIR


def current_folder(root: Path, snapshot: str | None = None) -> Path:
    """The folder whose Parquet files are the current (or the snapshot's) tables."""
    if snapshot:
        if "/" in snapshot or "\\" in snapshot or snapshot.startswith("."):
            raise StoreError(f"Ögonblicksbilden ”{snapshot}” finns inte.")
        pointer = root / "snapshots" / snapshot / "VERSION"
        if not pointer.is_file():
            raise StoreError(f"Ögonblicksbilden ”{snapshot}” finns inte.")
        return root / "versions" / pointer.read_text(encoding="utf-8").strip()
    pointer = root / "CURRENT"
    if pointer.is_file():
        return root / "versions" / pointer.read_text(encoding="utf-8").strip()
    return root


def version_token(root: Path, snapshot: str | None = None) -> str:
    """A string that changes whenever the data changes; cached results are keyed on it."""
    folder = current_folder(root, snapshot)
    stamps = [
        f"{p.name}:{p.stat().st_mtime_ns}:{p.stat().st_size}"
        for p in sorted(folder.glob("*.parquet"))
    ]
    return f"{folder}|{'|'.join(stamps)}"


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


class Store:
    """One in-memory DuckDB connection with one view per table; checked when opened."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        if not folder.is_dir():
            raise StoreError(f"Datamappen {folder} finns inte. Ange en befintlig mapp i {DATA_ENV}.")
        self.con = duckdb.connect(":memory:")
        for table in TABLES.values():
            self._create_view(table.name)

    def _create_view(self, name: str) -> None:
        table = TABLES[name]
        path = self.folder / f"{name}.parquet"
        if not path.is_file():
            if table.added:  # a store from before the table existed: empty, typed
                nulls = ", ".join(f'cast(null as {c.duck_type}) as "{c.name}"' for c in table.columns)
                self.con.execute(f"create view {name} as select {nulls} limit 0")
                return
            raise StoreError(f"Filen {path.name} saknas i datamappen {self.folder}.")
        try:
            found = {
                row[0]: row[1]
                for row in self.con.execute(
                    f"describe select * from read_parquet({_literal(path)})"
                ).fetchall()
            }
        except duckdb.Error as exc:
            raise StoreError(f"Filen {path.name} går inte att läsa som Parquet ({exc}).") from exc
        missing = [c.name for c in table.columns if c.name not in found and not c.added]
        if missing:
            raise StoreError(
                f"Filen {path.name} saknar kolumnen {', '.join(missing)}. "
                f"Förväntade kolumner: {', '.join(table.column_names)}."
            )
        # A column the schema gained later reads as null from a file written before it.
        select = ", ".join(
            f'cast("{c.name}" as {c.duck_type}) as "{c.name}"' if c.name in found
            else f'cast(null as {c.duck_type}) as "{c.name}"'
            for c in table.columns)
        self.con.execute(f"create view {name} as select {select} from read_parquet({_literal(path)})")
        if all(found.get(c.name) == c.duck_type for c in table.columns if c.name in found):
            return  # written with the schema's own types (every version is): the casts cannot fail
        try:
            # a file of other types: count() of every column forces each cast, so a bad value
            # fails here, not in a page
            counts = ", ".join(f'count("{c}")' for c in table.column_names)
            self.con.execute(f"select {counts} from {name}").fetchone()
        except duckdb.Error as exc:
            raise StoreError(
                f"Filen {path.name} har en kolumn med fel typ: {exc}. "
                f"Förväntade typer: {', '.join(f'{c.name} ({c.duck_type})' for c in table.columns)}."
            ) from exc

    def query(self, sql: str, params: dict[str, object] | None = None) -> pd.DataFrame:
        """Run one statement with bound parameters, on a cursor of its own (thread safe)."""
        return self.con.cursor().execute(sql, params or {}).df()


def open_store(root: Path | None = None, snapshot: str | None = None) -> Store:
    """Open the store at ``root`` (default: :func:`data_root`)."""
    return Store(current_folder(root or data_root(), snapshot))
