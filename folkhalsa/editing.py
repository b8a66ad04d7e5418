"""Editing in the browser: the chosen committee's and year's values as tables, and back.

Pure functions (no Streamlit): :func:`editor_frames` gives the tables the page shows in
``st.data_editor``; :func:`prepare_edits` turns the edited tables into the same kind of
validated change as an import, so editing and importing share validation and preview.
Rows whose values changed get the note ``Ändrad i panelen``; untouched rows keep theirs.
"""

from __future__ import annotations

import math

import pandas as pd

from folkhalsa import importing
from folkhalsa.schema import TABLES
from folkhalsa.versions import Rows, diff

EDITED_NOTE = "Ändrad i panelen"
# table -> the columns shown in the editor (the year is fixed by the filter bar)
EDITABLE = {
    "indicator_values": ["indicator_id", "period", "gender", "outcome", "target", "comment", "done_date"],
    "goal_assessments": ["goal_id", "period", "status", "comment"],
}
WHERE = {"indicator_values": "tabellen Indikatorvärden", "goal_assessments": "tabellen Målbedömningar"}


def _col(table: str, name: str) -> int:
    return TABLES[table].column_names.index(name)


def indicator_names(rows: dict[str, Rows], committee_id: str) -> dict[str, str]:
    c = lambda n: _col("indicators", n)  # noqa: E731
    return {r[c("indicator_id")]: r[c("name")] for r in rows["indicators"].values()
            if r[c("committee_id")] == committee_id}


def goal_titles(rows: dict[str, Rows], committee_id: str, year: int) -> dict[str, str]:
    c = lambda n: _col("goals", n)  # noqa: E731
    return {r[c("goal_id")]: r[c("title")] for r in rows["goals"].values()
            if r[c("committee_id")] == committee_id and r[c("year")] == year}


def _in_scope(table: str, row: tuple, ids: set[str], year: int) -> bool:
    id_col = "indicator_id" if table == "indicator_values" else "goal_id"
    return row[_col(table, id_col)] in ids and row[_col(table, "year")] == year


def _scope_ids(table: str, rows: dict[str, Rows], committee_id: str, year: int) -> set[str]:
    if table == "indicator_values":
        return set(indicator_names(rows, committee_id))
    return set(goal_titles(rows, committee_id, year))


def editor_frames(rows: dict[str, Rows], committee_id: str, year: int) -> dict[str, pd.DataFrame]:
    """The rows of the committee and year, one frame per editable table."""
    out = {}
    for table, cols in EDITABLE.items():
        ids = _scope_ids(table, rows, committee_id, year)
        names = TABLES[table].column_names
        records = [{c: r[names.index(c)] for c in cols} for r in rows[table].values()
                   if _in_scope(table, r, ids, year)]
        frame = pd.DataFrame(records, columns=cols)
        for c in ("outcome", "target"):
            if c in frame:  # a number column (NaN shows as an empty cell), not objects with None
                frame[c] = pd.to_numeric(frame[c]).astype("float64")
        out[table] = frame.sort_values(cols[:3] if table == "indicator_values" else cols[:2],
                                       ignore_index=True)
    return out


def _clean(value: object) -> object:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, pd.Timestamp):  # a date column as the editor returns it
        return value.date()
    return value.item() if hasattr(value, "item") else value


def prepare_edits(rows: dict[str, Rows], committee_id: str, year: int,
                  edited: dict[str, pd.DataFrame]) -> importing.Prepared:
    """Validate edited tables like an import; the result replaces the committee's rows of the year."""
    base = dict(rows)
    sheets = []
    for table, frame in edited.items():
        ids = _scope_ids(table, rows, committee_id, year)
        names = TABLES[table].column_names
        old = {k: r for k, r in rows[table].items() if _in_scope(table, r, ids, year)}
        base[table] = {k: r for k, r in rows[table].items() if k not in old}
        records = []
        for rec in frame.to_dict("records"):
            rec = {c: _clean(rec.get(c)) for c in EDITABLE[table]}
            if all(v is None for v in rec.values()):
                continue  # an added row left empty
            rec["year"] = year
            key = tuple(rec.get(k) for k in TABLES[table].key)
            before = old.get(key)
            unchanged = before is not None and all(
                _same(before[names.index(c)], rec[c]) for c in EDITABLE[table])
            for c in names:
                if c not in rec:
                    rec[c] = before[names.index(c)] if before is not None else None
            if not unchanged:
                rec["source_note"] = EDITED_NOTE
            records.append(rec)
        sheets.append(importing.records_sheet(table, WHERE[table], records))
    prepared = importing.validate(sheets, base)
    if prepared.ok:
        prepared.diffs = diff(rows, prepared.after)
    return prepared


def _same(a: object, b: object) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float):
        return float(a) == float(b)
    return a == b
