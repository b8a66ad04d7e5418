"""The versioned store: init, commit, undo restores exactly, snapshots freeze, the log records."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import queries
from folkhalsa import store, versions
from folkhalsa.schema import TABLES
from folkhalsa.store import DEMO_DIR, Store, current_folder, open_store
from tests.storetools import CLI, new_store, tree_hash


def _change_outcome(rows: dict, indicator_id: str, year: int, period: str, value: float) -> dict:
    cols = TABLES["indicator_values"].column_names
    table = dict(rows["indicator_values"])
    key = (indicator_id, year, period, "T")
    row = list(table[key])
    row[cols.index("outcome")] = value
    table[key] = tuple(row)
    return {"indicator_values": table}


def test_init_creates_empty_tables_of_the_schema(tmp_path):
    root = new_store(tmp_path, from_demo=False)
    assert (root / "CURRENT").read_text().strip() == "v000001"
    store = open_store(root)
    for name in TABLES:
        assert store.query(f"select count(*) as n from {name}")["n"][0] == 0
    assert versions.history(root)[0]["action"] == "skapad"


def test_init_from_demo_copies_and_never_touches_the_demo(tmp_path):
    before = tree_hash(DEMO_DIR)
    root = new_store(tmp_path)
    assert versions.load_all(current_folder(root)) == versions.load_all(DEMO_DIR)
    assert tree_hash(DEMO_DIR) == before


def test_init_refuses_a_folder_with_files(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "a.txt").write_text("hej")
    with pytest.raises(versions.WriteError, match="inte tom"):
        versions.init_store(tmp_path / "x", CLI)


def test_writes_refuse_the_demo_data_and_unversioned_folders(tmp_path):
    with pytest.raises(versions.WriteError, match="Exempeldatan i data/demo ändras aldrig"):
        versions.commit(DEMO_DIR, {}, CLI, "import", "x")
    with pytest.raises(versions.WriteError, match="ingen versionerad datamapp"):
        versions.undo(tmp_path, CLI)


def test_commit_links_unchanged_tables_and_writes_a_new_version(tmp_path):
    root = new_store(tmp_path)
    _, rows = versions.current_rows(root)
    version = versions.commit(root, _change_outcome(rows, "LN1380-I03", 2022, "UR2", 9.0), CLI, "redigering",
                              "Rättade dialoger")
    assert version == "v000002"
    old, new = root / "versions" / "v000001", root / "versions" / "v000002"
    assert (new / "goals.parquet").stat().st_ino == (old / "goals.parquet").stat().st_ino  # hard link
    assert (new / "indicator_values.parquet").stat().st_ino != (old / "indicator_values.parquet").stat().st_ino
    got = Store(current_folder(root)).query(
        "select outcome from indicator_values where indicator_id = $i and year = 2022 and period = 'UR2' "
        "and gender = 'T'", {"i": "LN1380-I03"})
    assert got["outcome"].tolist() == [9.0]
    log = versions.history(root)[0]
    assert log["who"] == CLI.identity and log["action"] == "redigering" and log["current"]
    assert log["tables"] == {"indicator_values": {"new": 0, "changed": 1, "removed": 0}}
    assert log["keys"]["indicator_values"]["changed"] == [["LN1380-I03", 2022, "UR2", "T"]]


def test_commit_without_changes_writes_nothing(tmp_path):
    root = new_store(tmp_path)
    _, rows = versions.current_rows(root)
    before = tree_hash(root)
    assert versions.commit(root, {"goals": rows["goals"]}, CLI, "import", "samma") is None
    assert tree_hash(root) == before


def test_commit_refuses_when_someone_else_wrote_after_the_preview(tmp_path):
    root = new_store(tmp_path)
    base, rows = versions.current_rows(root)
    versions.commit(root, _change_outcome(rows, "LN1380-I03", 2022, "UR2", 8.0), CLI, "redigering", "först")
    before = tree_hash(root)
    with pytest.raises(versions.WriteError, match="ändrats av någon annan"):
        versions.commit(root, _change_outcome(rows, "LN1380-I03", 2022, "UR2", 9.0), CLI, "redigering",
                        "sen", base=base)
    assert tree_hash(root) == before


def test_undo_restores_exactly_the_previous_state(tmp_path):
    root = new_store(tmp_path)
    first = current_folder(root)
    before = {n: (first / f"{n}.parquet").read_bytes() for n in TABLES}
    _, rows = versions.current_rows(root)
    versions.commit(root, _change_outcome(rows, "LN1380-I03", 2022, "UR2", 9.0), CLI, "redigering", "ändring 1")
    _, rows = versions.current_rows(root)
    versions.commit(root, _change_outcome(rows, "LN1380-I04", 2022, "UR2", 50.0), CLI, "redigering", "ändring 2")
    versions.undo(root, CLI)
    versions.undo(root, CLI)
    now = current_folder(root)
    assert now != first
    assert {n: (now / f"{n}.parquet").read_bytes() for n in TABLES} == before
    log = versions.history(root)
    assert [r["action"] for r in log[:2]] == ["ångra", "ångra"]
    assert log[0]["summary"] == "Ångrade: ändring 1"
    with pytest.raises(versions.WriteError, match="ingen tidigare ändring"):
        versions.undo(root, CLI)


def test_snapshot_keeps_the_old_figures_after_a_later_edit(tmp_path):
    root = new_store(tmp_path)
    versions.snapshot(root, "Nämndsammanträde 2022-08-31", CLI)
    _, rows = versions.current_rows(root)
    versions.commit(root, _change_outcome(rows, "LN1380-I03", 2022, "UR2", 99.0), CLI, "redigering", "rättning")
    sql = ("select outcome from indicator_values where indicator_id = 'LN1380-I03' and year = 2022 "
           "and period = 'UR2' and gender = 'T'")
    assert open_store(root).query(sql)["outcome"][0] == 99.0
    assert open_store(root, snapshot="Nämndsammanträde 2022-08-31").query(sql)["outcome"][0] == 7.0
    assert [s["name"] for s in versions.snapshots(root)] == ["Nämndsammanträde 2022-08-31"]
    with pytest.raises(versions.WriteError, match="finns redan"):
        versions.snapshot(root, "Nämndsammanträde 2022-08-31", CLI)


@pytest.mark.parametrize("name", ["", "../x", ".dold", "a/b", "x" * 81])
def test_snapshot_names_are_checked(tmp_path, name):
    root = new_store(tmp_path)
    before = tree_hash(root)
    with pytest.raises(versions.WriteError, match="Ogiltigt namn"):
        versions.snapshot(root, name, CLI)
    assert tree_hash(root) == before


def test_leftovers_of_a_killed_write_are_ignored_by_readers_and_cleaned_by_the_next_write(tmp_path):
    root = new_store(tmp_path)
    junk = root / "versions" / ".tmp-killed"
    junk.mkdir()
    (junk / "indicator_values.parquet").write_bytes(b"half")
    assert open_store(root).query("select count(*) as n from goals")["n"][0] > 0
    _, rows = versions.current_rows(root)
    versions.commit(root, _change_outcome(rows, "LN1380-I03", 2022, "UR2", 1.0), CLI, "redigering", "x")
    assert not junk.exists()


def test_a_table_added_to_the_schema_later_is_created_empty_at_the_next_write(tmp_path, monkeypatch):
    from folkhalsa.schema import Column, Table

    root = new_store(tmp_path)
    monkeypatch.setitem(TABLES, "survey_test", Table("survey_test", ("survey",), (Column("survey", "VARCHAR"),)))
    _, rows = versions.current_rows(root)
    versions.commit(root, _change_outcome(rows, "LN1380-I03", 2022, "UR2", 9.0), CLI, "redigering", "x")
    assert versions.load_rows(current_folder(root), "survey_test") == {}
    assert (current_folder(root) / "survey_test.parquet").is_file()


def _trend(root, name):
    return queries.run("indicator_trend", Store(current_folder(root)), indicator_name=name, max_year=2100, period="UR2")


def test_values_by_name_follow_every_write_and_a_stale_copy_is_never_read(tmp_path):
    root = new_store(tmp_path)
    old_name = "Antal genomförda dialoger inom ramen för kunskapsuppdraget om tillit"
    _, rows = versions.current_rows(root)
    versions.commit(root, _change_outcome(rows, "LN1380-I03", 2022, "UR2", 9.0), CLI, "redigering", "x")
    trend = _trend(root, old_name)
    assert 9.0 in trend[(trend["committee_id"] == "LN1380") & (trend["year"] == 2022)
                        & (trend["period"] == "UR2") & (trend["gender"] == "T")]["outcome"].tolist()
    # a write that leaves the values alone links their copy with them
    _, rows = versions.current_rows(root)
    texts = dict(rows["texts"])
    texts.update(versions.rows_from_records("texts", [{"committee_id": "LN1380", "year": 2022, "period": "UR2",
                                                       "kind": "analys", "text": "Ny analys"}]))
    versions.commit(root, {"texts": texts}, CLI, "redigering", "text")
    old, new = root / "versions" / "v000002", root / "versions" / "v000003"
    by_name = "indicator_values_by_name.parquet"
    assert (new / by_name).stat().st_ino == (old / by_name).stat().st_ino
    # renaming an indicator rewrites the copy under the new name
    _, rows = versions.current_rows(root)
    at = TABLES["indicators"].column_names.index("name")
    indicators = {k: (*v[:at], "Dialoger om tillit", *v[at + 1:]) if v[at] == old_name else v
                  for k, v in rows["indicators"].items()}
    versions.commit(root, {"indicators": indicators}, CLI, "redigering", "namn")
    assert _trend(root, old_name).empty
    assert len(_trend(root, "Dialoger om tillit")) == len(trend)
    # values rewritten by hand: the copy no longer matches and the join is read instead
    folder = current_folder(root)
    values = pq.read_table(folder / "indicator_values.parquet")
    outcome = values["outcome"].to_pylist()
    outcome[0] = 12345.0
    values = values.set_column(values.schema.get_field_index("outcome"), "outcome", pa.array(outcome))
    (folder / "indicator_values.parquet").unlink()
    pq.write_table(values, folder / "indicator_values.parquet")
    assert 12345.0 in Store(folder).query("select outcome from indicator_values_by_name")["outcome"].tolist()


def test_every_derived_file_holds_what_its_query_gives_over_the_tables(tmp_path):
    root = new_store(tmp_path)
    _, rows = versions.current_rows(root)
    versions.commit(root, _change_outcome(rows, "LN1380-I03", 2022, "UR2", 9.0), CLI, "redigering", "x")
    folder = current_folder(root)
    opened = Store(folder)
    for name in store.DERIVED_FILES:
        view = opened.query("select sql from duckdb_views() where view_name = $n", {"n": name})["sql"].iloc[0]
        assert f"{name}.parquet" in view  # the file is read, not the query
        from_file = opened.query(f"select * from {name}")
        from_tables = opened.query(store.derived_sql(name))
        assert len(from_file) > 0
        pd.testing.assert_frame_equal(from_file, from_tables, check_dtype=False)


def test_a_derived_file_made_by_an_earlier_query_is_not_read_and_the_next_write_makes_it_again(tmp_path):
    """After an upgrade that changes a derived query, the old file would have other columns: it is
    read as the query over the tables until the next write makes it again."""
    root = new_store(tmp_path)
    folder = current_folder(root)
    path = folder / "activity_months.parquet"
    old = pq.read_table(path)
    stamp = old.schema.metadata[b"folkhalsa.source_fingerprint"].decode().split("|")[0] + "|earlier-query"
    path.unlink()
    pq.write_table(old.drop(["target_group"]).replace_schema_metadata(
        {b"folkhalsa.source_fingerprint": stamp.encode()}), path)
    assert not store.derived_is_fresh(folder, "activity_months")
    by_year = queries.run("activity_by_committee_year", Store(folder), first_month=1, last_month=8)
    assert not by_year.empty and "n_target_groups" in by_year.columns  # the query, not the old file
    _, rows = versions.current_rows(root)
    versions.commit(root, _change_outcome(rows, "LN1380-I03", 2022, "UR2", 9.0), CLI, "redigering", "x")
    assert store.derived_is_fresh(current_folder(root), "activity_months")  # activities linked, file made again
    assert "target_group" in pq.read_schema(current_folder(root) / "activity_months.parquet").names
