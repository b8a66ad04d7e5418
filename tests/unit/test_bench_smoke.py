"""The benchmark keeps working: one short run on the demo data, its JSON rows checked (never timed)."""

from __future__ import annotations

import json

from bench.__main__ import main

FIELDS = {"name", "scale", "median_ms", "p95_ms", "naive_pandas_ms", "cached_pandas_ms"}


def test_bench_runs_on_demo_and_writes_rows(tmp_path):
    out = tmp_path / "bench.json"
    assert main(["--scale", "demo", "--repeat", "1", "--pandas-repeat", "1", "--no-browser", "--out", str(out)]) == 0
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert all(set(r) >= FIELDS for r in rows)
    assert {r["scale"] for r in rows} == {"demo"}
    dataset = [r for r in rows if r["name"] == "dataset"]
    assert len(dataset) == 1 and dataset[0]["indicator_values"] > 0
    names = {r["name"] for r in rows}
    pages = ("oversikt", "maluppfyllelse", "indikatorer", "dialoger", "lupp", "ekonomi", "moteslage")
    assert {f"data:{p}" for p in pages} <= names
    assert {f"rerun:{p}" for p in pages} <= names
    for r in rows:
        if r["name"].startswith(("data:", "rerun:")):
            assert r["median_ms"] > 0 and r["p95_ms"] >= r["median_ms"]
        if r["name"].startswith("data:"):
            assert r["naive_pandas_ms"] > 0 and r["cached_pandas_ms"] > 0
        if r["name"].startswith("rerun:"):
            assert r["naive_pandas_ms"] is None and r["cached_pandas_ms"] is None
