"""Property: whatever goes into an import – arbitrary rows (any Unicode, nulls, extremes, wrong
types) or arbitrary bytes – ends either in problems, each a Swedish message naming where, with
the store byte for byte unchanged, or in a commit whose tables read back exactly as prepared.

Bounded and derandomized, so CI runs the same examples every time in well under a minute."""

from __future__ import annotations

import csv
import io
import re
import shutil
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from folkhalsa import importing, versions
from folkhalsa import sheets as sh
from folkhalsa.schema import TABLES
from folkhalsa.store import open_store
from tests.storetools import ALE, CLI, tree_hash

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large])

SWEDISH = re.compile(r"[åäöÅÄÖ]|\b(inte|inget|ingen|saknas|rad|kolumn|filen|bladet|värde|tal|fel|eller)\b")
ENGLISH = re.compile(r"Traceback|Error\b|[Ee]xception|invalid literal|could not convert|object has no|"
                     r"unsupported operand|out of range|codec can't")
QUOTED = re.compile(r"”[^”]*”|\"[^\"]*\"")

IDS = {  # ids of the base store (Ale), so that generated rows can refer to real rows and commit
    "committee_id": ["FR1440"], "goal_id": ["FR1440-M1", "FR1440-U1"], "parent_id": ["FR1440-M1"],
    "indicator_id": ["FR1440-I1", "FR1440-I2"], "municipality_code": ["1440", "1380", "0114"],
}
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
WEIRD = st.one_of(
    st.none(), TEXT, st.text(max_size=3), st.booleans(),
    st.integers(), st.sampled_from([2**15 - 1, 2**15, -(2**15) - 1, 2**31 - 1, 2**31, 2**63, -(2**63) - 1,
                                    10**400]),
    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([1e999, -1e999, float("nan"), 1e308]),
    st.sampled_from(["1e999", "NaN", "inf", "1.234", "1 234,5", "53 %", "−3", "\ud800", "a\udfffb", "\x00", "=1+1",
                     "2022-04-12junk", "", " ", "#N/A", "1,234.5", "0,5", "12.5"]),
    st.dates(), st.datetimes(), st.times(), st.just(timedelta(days=1)),
)


def _plausible(table: str, column: str) -> st.SearchStrategy:
    """Values an official might well write in this column (so that some examples commit)."""
    col = next(c for c in TABLES[table].columns if c.name == column)
    vocab = sh.vocabulary(table, column)
    if column in IDS:
        return st.sampled_from(IDS[column])
    if vocab:
        return st.sampled_from([*vocab, *sh.choices(table, column)]).map(
            lambda v: v.upper() if len(v) > 3 and v[0] == "x" else v)
    if column == "period":
        return st.sampled_from(["UR1", "UR2", "AR", "ÅR", "ur2"])
    if column in sh.YEAR_COLUMNS:
        return st.one_of(st.integers(2000, 2100), st.integers(2000, 2100).map(str))
    if column in sh.MONTH_COLUMNS:
        return st.integers(1, 12)
    if col.duck_type == "DATE":
        return st.one_of(st.dates(date(2000, 1, 1), date(2100, 12, 31)),
                         st.dates(date(2000, 1, 1), date(2100, 12, 31)).map(date.isoformat))
    if col.duck_type in ("SMALLINT", "INTEGER"):
        return st.one_of(st.integers(0, 1000), st.integers(0, 1000).map(str))
    if col.duck_type == "DOUBLE":
        return st.one_of(st.floats(0, 100, allow_nan=False), st.integers(0, 100).map(lambda n: f"{n},5"))
    return TEXT


def _row(table: str) -> st.SearchStrategy:
    return st.fixed_dictionaries({c: st.one_of(_plausible(table, c), _plausible(table, c), WEIRD)
                                  for c in TABLES[table].column_names})


batches = st.sampled_from(sorted(sh.SHEETS)).flatmap(
    lambda t: st.tuples(st.just(t), st.lists(_row(t), max_size=4)))


class Base:
    """The store every example starts from (Ale's data), its tables and its hash, read once."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.rows = versions.current_rows(root)[1]
        self.hash = tree_hash(root)
        self.copies = 0


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Base:
    root = tmp_path_factory.mktemp("property") / "store"
    versions.init_store(root, CLI)
    sheets_in = [importing.records_sheet(t, t, rows) for t, rows in ALE.items()]
    prepared = importing.validate(sheets_in, versions.current_rows(root)[1])
    assert prepared.ok, prepared.problems
    versions.commit(root, prepared.after, CLI, "import", "Ale")
    return Base(root)


def _check(base: Base, prepared: importing.Prepared, wheres: tuple[str, ...]) -> str:
    """The property itself; returns which way the example went."""
    if prepared.problems:
        assert not prepared.after
        for problem in prepared.problems:
            assert isinstance(problem, importing.Problem)
            assert problem.where.startswith(wheres), problem
            assert problem.message and SWEDISH.search(problem.message), problem
            assert not ENGLISH.search(QUOTED.sub("", problem.message)), problem
            assert problem.row is None or problem.row >= 1
        assert len(prepared.problems) <= importing.MAX_SHOWN
        assert tree_hash(base.root) == base.hash
        return "problems"
    base.copies += 1
    root = base.root.parent / f"commit-{base.copies}"  # a copy of the same store: the base stays as it was
    shutil.copytree(base.root, root)
    versions.commit(root, prepared.after, CLI, "import", "egenskapstest")
    stored = versions.current_rows(root)[1]
    for table, rows in prepared.after.items():
        assert stored[table] == rows, table
    open_store(root)  # every file still passes the schema check the pages rely on
    shutil.rmtree(root)
    return "commit"


@SETTINGS
@given(batch=batches)
def test_arbitrary_rows_end_in_swedish_problems_or_a_faithful_commit(base, batch):
    table, rows = batch
    where = f"tabellen {sh.table_word(table)}"
    prepared = importing.validate([importing.records_sheet(table, where, rows)], base.rows)
    OUTCOMES["rows", _check(base, prepared, (where,))] += 1


def _csv_bytes(table: str, rows: list[dict], sep: str, encoding: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep)
    writer.writerow([sh.SHEETS[table].header(c) for c in TABLES[table].column_names])
    for rec in rows:
        writer.writerow(["" if v is None else v for v in rec.values()])
    return out.getvalue().encode(encoding, errors="surrogatepass" if encoding == "utf-8" else "replace")


def _xlsx_bytes(table: str, rows: list[dict]) -> bytes | None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh.SHEETS[table].name
    ws.append([sh.SHEETS[table].header(c) for c in TABLES[table].column_names])
    for rec in rows:
        cells = []
        for v in rec.values():
            if isinstance(v, int) and not isinstance(v, bool) and abs(v) > 2**53:
                v = str(v)  # Excel holds no larger whole numbers
            elif isinstance(v, timedelta) or (isinstance(v, float) and not abs(v) < float("inf")):
                v = str(v)  # nan, inf and durations: Excel cells cannot hold them
            cells.append(v)
        try:
            ws.append(cells)
        except Exception:  # openpyxl refuses control characters itself (IllegalCharacterError)
            return None
    out = io.BytesIO()
    try:
        wb.save(out)
    except (ValueError, TypeError, UnicodeEncodeError):
        return None
    return out.getvalue()


files = st.one_of(
    st.binary(max_size=600).map(lambda b: ("fil.csv", b)),
    st.binary(max_size=300).map(lambda b: ("fil.xlsx", b"PK\x03\x04" + b)),
    st.tuples(batches, st.sampled_from([";", ","]), st.sampled_from(["utf-8", "cp1252"])).map(
        lambda a: ("tabell.csv", _csv_bytes(a[0][0], a[0][1], a[1], a[2]))),
    batches.map(lambda b: ("mall.xlsx", _xlsx_bytes(*b))),
)
OUTCOMES: Counter = Counter()


@SETTINGS
@given(file=files)
def test_arbitrary_files_end_in_swedish_problems_or_a_faithful_commit(base, file):
    filename, data = file
    if data is None:
        return
    prepared = importing.prepare_import(filename, data, base.rows)
    OUTCOMES["files", _check(base, prepared, (f"filen ”{filename}”", "bladet ”"))] += 1


def test_both_ends_of_the_property_are_reached(base):
    """Known rows of both kinds go the expected way (the generated ones reach both ends too: OUTCOMES)."""
    good = [{"indicator_id": "FR1440-I1", "year": 2024, "period": "ÅR", "gender": "Kvinnor", "outcome": "1 234,5"}]
    bad = [{"indicator_id": "FR1440-I1", "year": 2024, "period": "AR", "gender": "T", "outcome": 1e999}]
    for rows, way in ((good, "commit"), (bad, "problems")):
        prepared = importing.validate([importing.records_sheet("indicator_values", "tabellen x", rows)], base.rows)
        assert _check(base, prepared, ("tabellen x",)) == way

