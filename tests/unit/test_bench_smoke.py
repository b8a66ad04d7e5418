"""The benchmark keeps working: a tiny run of ``python -m bench`` (a script, never a timed test)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_benchmark_runs_on_small_data_and_prints_its_table(tmp_path):
    out = tmp_path / "bench.json"
    run = subprocess.run([sys.executable, "-m", "bench", "--committees", "3", "--years", "2", "--repeat", "2",
                          "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    for name in ("öppna datalagret", "goal_tree", "indicator_outcomes", "activity_totals", "indicator_trend"):
        assert name in run.stdout
    assert "kvot" in run.stdout and "pandas" in run.stdout
    rows = json.loads(out.read_text(encoding="utf-8"))
    datasets = {r["scale"]: r["indicator_values"] for r in rows if r["name"] == "dataset"}
    assert set(datasets) == {"demo", "national"} and all(n > 0 for n in datasets.values())
    timed = [r for r in rows if r["name"] != "dataset"]
    assert {r["scale"] for r in timed} == {"demo", "national"}
    for r in timed:
        assert set(r) == {"name", "scale", "median_ms", "p95_ms", "naive_pandas_ms", "cached_pandas_ms"}
        assert 0 <= r["median_ms"] <= r["p95_ms"]
