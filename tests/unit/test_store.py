"""The store checks its files when it opens and says, in Swedish, which file and column is wrong."""

import shutil

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from folkhalsa import demo
from folkhalsa.store import DEMO_DIR, StoreError, open_store


@pytest.fixture
def copy_of_demo(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(DEMO_DIR, folder)
    return folder


def test_demo_store_opens(copy_of_demo):
    assert open_store(copy_of_demo).query("select count(*) as n from committees where organisation = 'Region Halland'").at[0, "n"] == 6


def test_missing_file_is_named(copy_of_demo):
    (copy_of_demo / "goals.parquet").unlink()
    with pytest.raises(StoreError, match=r"Filen goals\.parquet saknas"):
        open_store(copy_of_demo)


def test_missing_column_is_named(copy_of_demo):
    table = pq.read_table(copy_of_demo / "indicators.parquet").drop(["direction"])
    pq.write_table(table, copy_of_demo / "indicators.parquet")
    with pytest.raises(StoreError, match=r"indicators\.parquet saknar kolumnen direction"):
        open_store(copy_of_demo)


def test_wrong_type_is_reported(copy_of_demo):
    table = pq.read_table(copy_of_demo / "indicator_values.parquet")
    outcome = pa.array(["sju"] * table.num_rows)
    table = table.set_column(table.schema.get_field_index("outcome"), "outcome", outcome)
    pq.write_table(table, copy_of_demo / "indicator_values.parquet")
    with pytest.raises(StoreError, match=r"indicator_values\.parquet har en kolumn med fel typ"):
        open_store(copy_of_demo)


def test_not_parquet_is_reported(copy_of_demo):
    (copy_of_demo / "budget.parquet").write_text("Konto;Budget\nA;1\n", encoding="utf-8")
    with pytest.raises(StoreError, match=r"budget\.parquet går inte att läsa som Parquet"):
        open_store(copy_of_demo)


def test_missing_folder(tmp_path):
    with pytest.raises(StoreError, match="finns inte"):
        open_store(tmp_path / "saknas")


def test_demo_build_is_deterministic_and_matches_the_committed_files(tmp_path):
    demo.write(tmp_path)
    for path in sorted(DEMO_DIR.glob("*.parquet")):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name
