"""Write side of the store: atomic versioned writes, undo, named snapshots, a change log.

Layout of a writable store (``python -m folkhalsa init <mapp>`` creates one)::

    <mapp>/CURRENT                     the id of the version in use, e.g. ``v000007``
    <mapp>/versions/v000007/*.parquet  one file per table; a version folder never changes
    <mapp>/versions/v000007/CHANGE.json who, when and what (the change log entry)
    <mapp>/snapshots/<namn>/VERSION    a named snapshot: the version it freezes
    <mapp>/.lock                       the cross-process write lock

A write builds the next version in a temporary folder (changed tables written, unchanged
tables hard-linked), renames it into place and then swaps ``CURRENT`` with ``os.replace``,
all under the lock. Readers resolve ``CURRENT`` once and read an immutable folder, so they
see the whole batch or none of it. Undo publishes the previous state again as a new
version (its files hard-linked, byte for byte the same), so the log keeps every step.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import filelock
import pyarrow as pa
import pyarrow.parquet as pq

from folkhalsa import access, store
from folkhalsa.schema import TABLES
from folkhalsa.store import DATA_ENV, DEMO_DIR, StoreError, data_root

Key = tuple
Row = tuple
Rows = dict[Key, Row]  # key -> the full row, in schema column order

CURRENT = "CURRENT"
CHANGE_FILE = "CHANGE.json"
LOCK_FILE = ".lock"
LOCK_TIMEOUT_S = 30
_VERSION = re.compile(r"^v\d{6}$")
SNAPSHOT_NAME = re.compile(r"^[^\W_][\w .,:()\-–]{0,79}$")
KEYS_LOGGED = 50  # keys per table and kind kept in the change log



class WriteError(StoreError):
    """A write that cannot be done; nothing was changed. The message is Swedish."""


# ---------------------------------------------------------------- rows ----------


def _norm(value: object, duck_type: str) -> object:
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if duck_type == "DOUBLE":
        return float(value)  # type: ignore[arg-type]
    if duck_type in ("SMALLINT", "INTEGER"):
        return int(value)  # type: ignore[call-overload]
    if duck_type == "DATE":
        return value.date() if isinstance(value, datetime) else value
    return str(value)


def rows_from_records(name: str, records: list[dict[str, object]]) -> Rows:
    """Records (column -> value) as key -> row, values normalised to the schema's types."""
    table = TABLES[name]
    key_idx = [table.column_names.index(k) for k in table.key]
    out: Rows = {}
    for rec in records:
        row = tuple(_norm(rec.get(c.name), c.duck_type) for c in table.columns)
        out[tuple(row[i] for i in key_idx)] = row
    return out


def load_rows(folder: Path, name: str) -> Rows:
    path = folder / f"{name}.parquet"
    if not path.is_file():
        return {}
    return rows_from_records(name, pq.read_table(path).to_pylist())


def load_all(folder: Path) -> dict[str, Rows]:
    return {name: load_rows(folder, name) for name in TABLES}


def _sort_key(key: Key) -> tuple:
    return tuple((v is None, v if v is not None else "") for v in key)


def to_arrow(name: str, rows: Rows) -> pa.Table:
    """Rows as an Arrow table in the schema's column order and types, sorted by key (in the order
    given for a table whose order is data, ``Table.in_source_order``)."""
    table = TABLES[name]
    ordered = list(rows.values()) if table.in_source_order else [rows[k] for k in sorted(rows, key=_sort_key)]
    arrays = [pa.array([r[i] for r in ordered], type=store.ARROW_TYPES[c.duck_type])
              for i, c in enumerate(table.columns)]
    return pa.Table.from_arrays(arrays, schema=pa.schema([(c.name, store.ARROW_TYPES[c.duck_type]) for c in table.columns]))


@dataclass
class TableDiff:
    table: str
    new: list[Row] = field(default_factory=list)
    changed: list[tuple[Row, Row]] = field(default_factory=list)  # (before, after)
    removed: list[Row] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "changed": len(self.changed), "removed": len(self.removed)}

    @property
    def empty(self) -> bool:
        return not (self.new or self.changed or self.removed)


def diff(before: dict[str, Rows], after: dict[str, Rows]) -> dict[str, TableDiff]:
    """New, changed and removed rows per table (tables without changes left out)."""
    out = {}
    for name in TABLES:
        if name not in after:
            continue
        old, new = before.get(name, {}), after[name]
        d = TableDiff(name)
        for key in sorted(new, key=_sort_key):
            if key not in old:
                d.new.append(new[key])
            elif old[key] != new[key]:
                d.changed.append((old[key], new[key]))
        d.removed = [old[k] for k in sorted(old, key=_sort_key) if k not in new]
        if not d.empty:
            out[name] = d
    return out


def key_of(name: str, row: Row) -> Key:
    cols = TABLES[name].column_names
    return tuple(row[cols.index(k)] for k in TABLES[name].key)


# --------------------------------------------------------------- folders ----------


def current_id(root: Path) -> str:
    pointer = root / CURRENT
    if not pointer.is_file():
        raise WriteError(
            f"Mappen {root} är ingen versionerad datamapp (filen {CURRENT} saknas). "
            f"Skapa en med: python -m folkhalsa init <mapp>, och peka ut den med {DATA_ENV}.")
    return pointer.read_text(encoding="utf-8").strip()


def version_folder(root: Path, version: str) -> Path:
    if not _VERSION.match(version):
        raise WriteError(f"Ogiltigt versionsnamn ”{version}”.")
    return root / "versions" / version


def writable_root(root: Path | None = None) -> Path:
    """The store to write to; refuses the bundled demo data and unversioned folders."""
    root = Path(root or data_root())
    resolved = root.resolve()
    demo = DEMO_DIR.resolve()
    if resolved == demo or demo in resolved.parents:
        raise WriteError(
            "Exempeldatan i data/demo ändras aldrig. Skapa en egen datamapp med "
            f"python -m folkhalsa init <mapp> och starta panelen med {DATA_ENV}=<mapp>.")
    current_id(root)
    return root


def is_writable(root: Path | None = None) -> bool:
    try:
        writable_root(root)
    except WriteError:
        return False
    return True


@contextmanager
def _lock(root: Path) -> Iterator[None]:
    """The cross-process write lock; a Swedish message if another write holds it too long."""
    lock = filelock.FileLock(str(root / LOCK_FILE), timeout=LOCK_TIMEOUT_S)
    try:
        lock.acquire()
    except filelock.Timeout as exc:
        raise WriteError("En annan ändring av datamappen pågår. Vänta en stund och försök igen.") from exc
    try:
        yield
    finally:
        lock.release()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_parquet(table: pa.Table, path: Path) -> None:
    """Write one table's Parquet file in the stored layout (sort order, row groups, derived columns:
    ``store.arrange_for_write``); ``indicators`` must be written before ``indicator_values`` (schema
    order), which derives from it. Versions and the bundled demo are written alike."""
    name = path.name.removesuffix(".parquet")
    table = store.arrange_for_write(name, table, path.parent)
    pq.write_table(table, path, row_group_size=store.ROW_GROUP_ROWS)
    store.write_derived(path.parent, name)  # the files derived from it (store.DERIVED_FILES)


def _write_table(table: pa.Table, path: Path) -> None:
    """Write one Parquet file of a version (tests replace this to interrupt a write part-way)."""
    write_parquet(table, path)


def _set_current(root: Path, version: str) -> None:
    tmp = root / f".{CURRENT}.{uuid.uuid4().hex}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(version + "\n")
        f.flush()
        os.fsync(f.fileno())
    try:
        os.replace(tmp, root / CURRENT)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(root)


def _is_leftover(version: str, current: str) -> bool:
    """A version folder newer than ``CURRENT``: written by a write killed before it swapped ``CURRENT``.

    Every write makes its new version current at once and undo publishes a new version too, so
    ``CURRENT`` always names the newest version that was ever in use.
    """
    return int(version[1:]) > int(current[1:])


def _clean_leftovers(root: Path) -> None:
    """What writes killed before they finished left behind (under the lock): temporary folders
    and version folders that never became current."""
    for parent in (root / "versions", root / "snapshots"):
        for tmp in parent.glob(".tmp-*") if parent.is_dir() else []:
            shutil.rmtree(tmp, ignore_errors=True)
    current = current_id(root)
    for folder in (root / "versions").iterdir():
        if _VERSION.match(folder.name) and _is_leftover(folder.name, current):
            shutil.rmtree(folder, ignore_errors=True)
    for tmp in root.glob(f".{CURRENT}.*.tmp"):
        tmp.unlink(missing_ok=True)


def _next_id(root: Path) -> str:
    ids = [int(p.name[1:]) for p in (root / "versions").iterdir() if _VERSION.match(p.name)]
    return f"v{max(ids, default=0) + 1:06d}"


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Rewrite:
    """A source file written again in the stored layout, its rows unchanged (read as Arrow, never
    as Python rows: the values table holds millions at national scale)."""

    path: Path


def _publish(root: Path, sources: dict[str, Path | Rewrite | Rows], record: dict) -> str:
    """Build the next version from ``sources`` (a file to link or rows to write) and make it current.

    Called under the lock. On any failure the temporary folder is removed and ``CURRENT``
    still names the previous version: the store is as it was.
    """
    version = _next_id(root)
    tmp = root / "versions" / f".tmp-{uuid.uuid4().hex}"
    final = version_folder(root, version)
    tmp.mkdir()
    renamed = False
    try:
        for name in TABLES:
            src = sources.get(name)
            target = tmp / f"{name}.parquet"
            if isinstance(src, Rewrite):
                _write_table(pq.read_table(src.path), target)
            elif isinstance(src, Path):
                os.link(src, target)
                derived = [d for d, of in store.DERIVED_FILES.items() if of == name]
                if all(store.derived_is_fresh(src.parent, d) for d in derived):  # unchanged: linked too
                    for d in derived:
                        os.link(src.parent / f"{d}.parquet", tmp / f"{d}.parquet")
                else:  # made by an earlier query, or missing: made again beside the linked source
                    store.write_derived(tmp, name)
            else:
                _write_table(to_arrow(name, src or {}), target)
        record = {**record, "version": version}
        (tmp / CHANGE_FILE).write_text(json.dumps(record, ensure_ascii=False, indent=1, default=str),
                                       encoding="utf-8")
        for p in tmp.iterdir():
            with open(p, "rb") as f:
                os.fsync(f.fileno())
        _fsync_dir(tmp)
        os.rename(tmp, final)
        renamed = True
        _set_current(root, version)
    except BaseException:
        shutil.rmtree(final if renamed else tmp, ignore_errors=True)
        raise
    return version


def _record(editor: access.Editor, action: str, summary: str, parent: str | None,
            diffs: dict[str, TableDiff], **extra: object) -> dict:
    keys = {
        name: {kind: [list(key_of(name, r if kind != "changed" else r[1])) for r in rows[:KEYS_LOGGED]]
               for kind, rows in (("new", d.new), ("changed", d.changed), ("removed", d.removed)) if rows}
        for name, d in diffs.items()
    }
    return {"at": _now(), "who": editor.identity, "action": action, "summary": summary,
            "parent": parent, "tables": {n: d.counts for n, d in diffs.items()}, "keys": keys, **extra}


# ---------------------------------------------------------------- writes ----------


def init_store(folder: Path, editor: access.Editor, from_demo: bool = False) -> str:
    """Create a new store: empty tables of the schema (or a copy of the demo data)."""
    access.require(editor)
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise WriteError(f"Mappen {folder} finns redan och är inte tom. Välj en ny eller tom mapp.")
    demo = DEMO_DIR.resolve()
    if folder.resolve() == demo or demo in folder.resolve().parents:
        raise WriteError("En datamapp kan inte skapas inuti exempeldatan (data/demo).")
    (folder / "versions").mkdir(parents=True, exist_ok=True)
    (folder / "snapshots").mkdir(exist_ok=True)
    (folder / LOCK_FILE).touch()
    with _lock(folder):
        if from_demo:
            after = load_all(DEMO_DIR)
            sources: dict[str, Path | Rows] = {n: after[n] for n in TABLES}
            summary = "Datamappen skapades med en kopia av exempeldatan."
        else:
            after = {n: {} for n in TABLES}
            sources = dict(after)
            summary = "Datamappen skapades (tomma tabeller)."
        return _publish(folder, sources, _record(editor, "skapad", summary, None, diff({}, after)))


def commit(root: Path | None, after: dict[str, Rows], editor: access.Editor, action: str, summary: str,
           base: str | None = None) -> str | None:
    """Make ``after`` (whole tables; others unchanged) the current data in one atomic step.

    ``base`` is the version the change was previewed against: if another write came first,
    nothing is written and the user is asked to look at the preview again. Returns the new
    version id, or None when nothing changed.
    """
    access.require(editor)
    root = writable_root(root)
    with _lock(root):
        _clean_leftovers(root)
        current = current_id(root)
        if base is not None and base != current:
            raise WriteError("Data har ändrats av någon annan sedan förhandsvisningen. "
                             "Ingenting sparades; granska förhandsvisningen igen och bekräfta på nytt.")
        folder = version_folder(root, current)
        before = {name: load_rows(folder, name) for name in after}
        diffs = diff(before, after)
        if not diffs:
            return None
        sources: dict[str, Path | Rewrite | Rows] = {}
        for name in TABLES:
            path = folder / f"{name}.parquet"
            if name == "indicator_values" and "indicators" in diffs and name not in diffs and path.is_file():
                sources[name] = Rewrite(path)  # its committee_id (and copy by name) derive from indicators
            elif name in diffs:
                sources[name] = after[name]
            elif path.is_file():
                sources[name] = path  # unchanged: hard-linked, never copied
            else:
                sources[name] = after.get(name, {})  # a table the schema gained since this version
        return _publish(root, sources, _record(editor, action, summary, current, diffs))


def read_record(root: Path, version: str) -> dict:
    path = version_folder(root, version) / CHANGE_FILE
    if not path.is_file():
        return {"version": version, "parent": None, "action": "okänd", "summary": "", "who": "", "at": ""}
    return json.loads(path.read_text(encoding="utf-8"))


def undo(root: Path | None, editor: access.Editor) -> str:
    """Restore the state before the latest change, as a new version (files hard-linked)."""
    access.require(editor)
    root = writable_root(root)
    with _lock(root):
        _clean_leftovers(root)
        current = current_id(root)
        record = _effective(root, read_record(root, current))
        previous = record.get("parent")
        if not previous:
            raise WriteError("Det finns ingen tidigare ändring att ångra.")
        prev_folder = version_folder(root, previous)
        prev_record = read_record(root, previous)
        diffs = diff(load_all(version_folder(root, current)), load_all(prev_folder))
        sources: dict[str, Path | Rows] = {
            n: prev_folder / f"{n}.parquet" if (prev_folder / f"{n}.parquet").is_file() else {}
            for n in TABLES
        }
        summary = f"Ångrade: {record.get('summary', '')}".strip()
        return _publish(root, sources, _record(editor, "ångra", summary, prev_record.get("parent"), diffs,
                                               undid=current, restored=previous))


def _effective(root: Path, record: dict) -> dict:
    """The change whose state a version holds: an undo version holds an earlier change's state."""
    while record.get("action") == "ångra" and record.get("restored"):
        record = read_record(root, record["restored"])
    return record


def undo_target(root: Path) -> dict | None:
    """The change that ``undo`` would take back, or None."""
    record = _effective(root, read_record(root, current_id(root)))
    return record if record.get("parent") else None


def check_snapshot_name(name: str) -> str:
    name = (name or "").strip()
    if not SNAPSHOT_NAME.match(name):
        raise WriteError(
            "Ogiltigt namn på ögonblicksbilden. Använd 1–80 tecken: bokstäver, siffror, mellanslag "
            "och - – . , : ( ), till exempel ”Nämndsammanträde 2022-08-31”.")
    return name


def snapshot(root: Path | None, name: str, editor: access.Editor) -> str:
    """Freeze the current version under ``name``; a snapshot never changes afterwards."""
    access.require(editor)
    root = writable_root(root)
    name = check_snapshot_name(name)
    with _lock(root):
        _clean_leftovers(root)
        target = root / "snapshots" / name
        if target.exists():
            raise WriteError(f"Det finns redan en ögonblicksbild som heter ”{name}”. Välj ett annat namn.")
        (root / "snapshots").mkdir(exist_ok=True)
        version = current_id(root)
        tmp = root / "snapshots" / f".tmp-{uuid.uuid4().hex}"
        tmp.mkdir()
        try:
            (tmp / "VERSION").write_text(version + "\n", encoding="utf-8")
            meta = {"name": name, "version": version, "at": _now(), "who": editor.identity}
            (tmp / "META.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
            os.rename(tmp, target)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        _fsync_dir(root / "snapshots")
    return version


# ---------------------------------------------------------------- reading the log ----------


def history(root: Path | None = None) -> list[dict]:
    """Every version's change record, newest first; ``current`` marks the one in use.

    A version that never became current (a write killed before it swapped ``CURRENT``, or one
    still being published) is no change and is left out.
    """
    root = Path(root or data_root())
    current = current_id(root)
    out = []
    for p in sorted((root / "versions").iterdir(), reverse=True):
        if _VERSION.match(p.name) and not _is_leftover(p.name, current):
            rec = read_record(root, p.name)
            out.append({**rec, "version": p.name, "current": p.name == current})
    return out


def snapshots(root: Path | None = None) -> list[dict]:
    """The named snapshots, newest first."""
    root = Path(root or data_root())
    folder = root / "snapshots"
    out = []
    for p in folder.iterdir() if folder.is_dir() else []:
        if p.name.startswith(".") or not (p / "VERSION").is_file():
            continue
        meta_path = p / "META.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        out.append({"name": p.name, "version": (p / "VERSION").read_text(encoding="utf-8").strip(),
                    "at": meta.get("at", ""), "who": meta.get("who", "")})
    return sorted(out, key=lambda s: s["at"], reverse=True)


def current_rows(root: Path | None = None) -> tuple[str, dict[str, Rows]]:
    """The current version id and all its tables."""
    root = Path(root or data_root())
    version = current_id(root)
    return version, load_all(version_folder(root, version))
