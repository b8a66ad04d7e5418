"""The benchmark keeps working: a tiny run of ``python -m bench`` (a script, never a timed test)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_benchmark_runs_on_small_data_and_prints_its_table():
    run = subprocess.run([sys.executable, "-m", "bench", "--committees", "3", "--years", "2", "--repeat", "1"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    for name in ("öppna datalagret", "goal_tree", "indicator_outcomes", "activity_totals", "indicator_trend"):
        assert name in run.stdout
    assert "kvot" in run.stdout and "pandas" in run.stdout
