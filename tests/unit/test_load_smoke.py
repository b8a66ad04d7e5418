"""The load test keeps working: a short run of ``python -m bench load`` on the demo data (never timed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_load_test_runs_one_and_two_processes_with_an_import_and_no_errors(tmp_path):
    out = tmp_path / "load.json"
    run = subprocess.run([sys.executable, "-m", "bench", "load", "--processes", "1", "2", "--sessions", "3",
                          "--duration", "4", "--think", "0.1", "--import-every", "1", "--out", str(out)],
                         cwd=ROOT, capture_output=True, text=True, timeout=240, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert [(r["processes"], r["sessions"]) for r in rows] == [(1, 3), (2, 3)]
    for r in rows:
        assert r["name"] == "load" and r["scale"] == "demo"
        assert r["errors"] == 0 and r["error_examples"] == []
        assert r["reruns"] > 0 and r["reruns_per_s"] > 0
        assert 0 < r["median_ms"] <= r["p95_ms"]
        assert r["imports"] >= 1  # the served store was written to while the sessions ran
        assert r["peak_rss_mb_total"] >= r["peak_rss_mb_largest"] > 0
    assert rows[1]["peak_rss_mb_total"] > rows[1]["peak_rss_mb_largest"]  # two processes measured
