"""Read side of the data store: Parquet files seen through an in-memory DuckDB connection.

A store folder holds one Parquet file per table (see ``schema.TABLES``), either directly
(the bundled demo data) or in ``versions/<id>/`` with a ``CURRENT`` file naming the
version in use, so that a write can switch versions in one atomic step.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

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


def folder_token(folder: Path) -> str:
    """A string that changes whenever the files of a version folder change; cached results are keyed on it."""
    stamps = [
        f"{p.name}:{p.stat().st_mtime_ns}:{p.stat().st_size}"
        for p in sorted(folder.glob("*.parquet"))
    ]
    return f"{folder}|{'|'.join(stamps)}"


# The Arrow type each schema type is written as (folkhalsa/versions.py writes every version with
# these types, so a version's files never need their values checked again when opened).
ARROW_TYPES = {"VARCHAR": pa.string(), "SMALLINT": pa.int16(), "INTEGER": pa.int32(),
               "DOUBLE": pa.float64(), "DATE": pa.date32()}
# Rows per Parquet row group: one committee's rows (54 000 values at national scale) lie in one or
# two groups and the rest are skipped by their statistics. Measured on 16.8 M values: every row
# group costs DuckDB a fixed amount even when skipped, so 131 072 rows read one committee's period
# in 4 ms where 32 768 took 10 ms and 8 192 took 29 ms (bench/, docs/skalning.md).
ROW_GROUP_ROWS = 131_072
# Derived when a version is written: the committee of each indicator value (from indicators),
# so that a committee's values are stored together and filtered without a join.
DERIVED_COLUMNS = {"indicator_values": "committee_id"}
# Derived files, written beside their source table at every write (versions.write_parquet) from one
# query each (queries/derived_<name>.sql), so that what pages ask across all committees or a whole
# survey reads a few row groups or a few hundred rows instead of every row:
# * indicator_values_by_name: the values sorted by indicator name (a trend in every committee);
# * survey_results_by_question: the answers sorted by survey and question, each with its place in
#   the source file (one question's results);
# * survey_index: one row per survey, round, area and question, made from the one before (the LUPP
#   page's lists);
# * activity_months: the activity log summed per committee, year, month and target group
#   (committees compared over a period's months).
# A file may read the ones listed before it. Each records a fingerprint of its source file and of
# its query; a folder without it, or with one made from another file or by another query, reads the
# same query over the tables instead.
DERIVED_FILES = {"indicator_values_by_name": "indicator_values", "survey_results_by_question": "survey_results",
                 "survey_index": "survey_results", "activity_months": "activities"}
_FINGERPRINT = b"folkhalsa.source_fingerprint"


def fingerprint(path: Path) -> str:
    """What changes whenever a Parquet file's content changes: its size and its footer (row groups,
    sizes and statistics of every column chunk), read without the data."""
    size = path.stat().st_size
    with open(path, "rb") as f:
        f.seek(size - 8)
        footer_length = int.from_bytes(f.read(4), "little")
        f.seek(max(0, size - 8 - footer_length))
        footer = f.read(footer_length)
    return f"{size}:{hashlib.sha256(footer).hexdigest()}"


def derived_sql(name: str) -> str:
    """The query a derived file is made by (queries/derived_<name>.sql)."""
    import queries  # queries imports this module: read at call time, through its one reader

    return queries.sql_text(f"derived_{name}")


def derived_stamp(name: str, source: Path) -> str:
    """What a derived file was made from: its source file and its query (a file made by an earlier
    query, e.g. before an upgrade, is not read)."""
    return f"{fingerprint(source)}|{hashlib.sha256(derived_sql(name).encode()).hexdigest()[:16]}"


def derived_is_fresh(folder: Path, name: str) -> bool:
    """Whether ``folder``'s derived file ``name`` was made from its source file there, by the current query."""
    path, source = folder / f"{name}.parquet", folder / f"{DERIVED_FILES[name]}.parquet"
    try:
        stamp = (pq.read_schema(path).metadata or {}).get(_FINGERPRINT) if path.is_file() else None
        return stamp is not None and source.is_file() and stamp.decode() == derived_stamp(name, source)
    except (OSError, pa.ArrowException):
        return False


def write_derived(folder: Path, source: str) -> None:
    """Write the derived files of ``source`` (just written to ``folder``) beside it, from their query
    over the folder's files; tables the query needs are written before (schema order). Without
    them nothing is written, and the store reads the query over the tables."""
    if source not in DERIVED_FILES.values():
        return
    con = duckdb.connect(":memory:")
    try:
        for table in TABLES:
            path = folder / f"{table}.parquet"
            if path.is_file():
                con.execute(f"create view {table} as select * from read_parquet({_literal(path)})")
        for name, of in DERIVED_FILES.items():
            if of == source:
                made_from = derived_stamp(name, folder / f"{source}.parquet").encode()
                try:
                    table = con.sql(derived_sql(name)).to_arrow_table()
                except duckdb.Error:
                    continue  # a table it needs is not in the folder
                path = folder / f"{name}.parquet"
                pq.write_table(table.replace_schema_metadata({_FINGERPRINT: made_from}), path,
                               row_group_size=ROW_GROUP_ROWS)
                con.execute(f"create view {name} as select * from read_parquet({_literal(path)})")  # for the next
    finally:
        con.close()


def arrange_for_write(name: str, table: pa.Table, folder: Path) -> pa.Table:
    """The stored layout of a table about to be written to ``folder``.

    ``indicator_values`` gains ``committee_id`` (from ``folder/indicators.parquet``, written
    before it) and is sorted by committee, indicator, year, period and gender; ``activities``
    is sorted by committee and date. Other tables keep their order (survey answers keep the
    order of the source file). Imports and the template are unchanged: the column is derived.
    """
    if name == "indicator_values":
        if "committee_id" in table.column_names:
            table = table.drop(["committee_id"])
        source = folder / "indicators.parquet"
        if source.is_file():
            owners = pq.read_table(source, columns=["indicator_id", "committee_id"])
        else:
            owners = pa.table({"indicator_id": pa.array([], pa.string()), "committee_id": pa.array([], pa.string())})
        index = pc.index_in(table["indicator_id"], value_set=owners["indicator_id"])
        table = table.append_column("committee_id", pc.take(owners["committee_id"], index))
        keys = ["committee_id", "indicator_id", "year", "period", "gender"]
    elif name == "activities":
        keys = ["committee_id", "date", "activity_id"]
    else:
        return table
    return table.sort_by([(k, "ascending") for k in keys])  # nulls (orphan values) last


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


class Store:
    """One in-memory DuckDB connection with one view per table; checked when opened."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        if not folder.is_dir():
            raise StoreError(f"Datamappen {folder} finns inte. Ange en befintlig mapp i {DATA_ENV}.")
        self.con = duckdb.connect(":memory:")
        # Parquet footers (row-group statistics) parsed once per file, not at every query: a
        # version's files never change, and DuckDB re-reads a footer whose file is newer.
        self.con.execute("set global parquet_metadata_cache = true")
        for table in TABLES.values():
            self._create_view(table.name)
        for name, source in DERIVED_FILES.items():
            self._create_derived_view(name, source)

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
            stored = pq.read_schema(path)  # the footer only: no data is read at open
        except (OSError, pa.ArrowException) as exc:
            raise StoreError(f"Filen {path.name} går inte att läsa som Parquet ({exc}).") from exc
        found = {f.name: f.type for f in stored}
        missing = [c.name for c in table.columns if c.name not in found and not c.added]
        if missing:
            raise StoreError(
                f"Filen {path.name} saknar kolumnen {', '.join(missing)}. "
                f"Förväntade kolumner: {', '.join(table.column_names)}."
            )
        source = f"read_parquet({_literal(path)})"
        exact = all(found[c.name] == ARROW_TYPES[c.duck_type] for c in table.columns if c.name in found)
        # A column the schema gained later reads as null from a file written before it.
        select = ", ".join(
            (f'"{c.name}"' if exact else f'cast("{c.name}" as {c.duck_type}) as "{c.name}"') if c.name in found
            else f'cast(null as {c.duck_type}) as "{c.name}"'
            for c in table.columns)
        derived = DERIVED_COLUMNS.get(name)
        if derived and found.get(derived) == pa.string():
            select += f', "{derived}"'
        elif derived:  # a file written before the column was derived (or by hand): joined at read
            source = (f"(select v.*, i.{derived} from {source} v "
                      f"left join (select indicator_id, {derived} from indicators) i using (indicator_id))")
            select += f', "{derived}"'
        self.con.execute(f"create view {name} as select {select} from {source}")
        if exact:
            return  # written with the schema's types (as every version is): nothing to cast
        try:
            # A file with other types (written by hand): count() of every column forces each
            # cast once, so a bad value fails here, not in a page.
            counts = ", ".join(f'count("{c}")' for c in table.column_names)
            self.con.execute(f"select {counts} from {name}").fetchone()
        except duckdb.Error as exc:
            raise StoreError(
                f"Filen {path.name} har en kolumn med fel typ: {exc}. "
                f"Förväntade typer: {', '.join(f'{c.name} ({c.duck_type})' for c in table.columns)}."
            ) from exc

    def _create_derived_view(self, name: str, source: str) -> None:
        """A derived file's view: the file when it was made from this folder's ``source`` by the
        current query, else the query over the tables (a folder written by hand or before the file)."""
        select = (f"select * from read_parquet({_literal(self.folder / f'{name}.parquet')})"
                  if derived_is_fresh(self.folder, name) else derived_sql(name))
        self.con.execute(f"create view {name} as {select}")

    def query(self, sql: str, params: dict[str, object] | None = None) -> pd.DataFrame:
        """Run one statement with bound parameters, on a cursor of its own (thread safe)."""
        return self.con.cursor().execute(sql, params or {}).df()


def open_store(root: Path | None = None, snapshot: str | None = None) -> Store:
    """Open the store at ``root`` (default: :func:`data_root`)."""
    return Store(current_folder(root or data_root(), snapshot))
