"""``python -m bench``: time the dashboard's queries on national-scale synthetic data.

Each query runs on the bundled demo data (the baseline, same run, same machine) and on
290 committees × 20 years; the table prints the median times and their ratio. One
question is also answered the naive way (pandas over the whole Parquet files) to show
what the DuckDB layer saves.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

import queries
from bench import synthetic
from folkhalsa.store import DEMO_DIR, Store


def _median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm-up: first-touch file metadata
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _cases(committee: str, year: int, name: str) -> dict[str, dict[str, object]]:
    return {
        "goal_tree": dict(committee_id=committee, year=year, period="AR"),
        "indicator_outcomes": dict(committee_id=committee, year=year, period="AR"),
        "goal_status_by_committee": dict(year=year, period="AR"),
        "activity_totals": dict(committee_id=committee, year=year, first_month=1, last_month=8),
        "committee_indicators": dict(committee_id=committee),
        "indicator_trend": dict(indicator_name=name, max_year=2100),
        "periods_available": dict(committee_id=committee, year=year),
    }


def _pandas_trend(folder: Path, name: str) -> pd.DataFrame:
    """The naive way: read whole files, merge and rank in pandas."""
    ind = pd.read_parquet(folder / "indicators.parquet")
    val = pd.read_parquet(folder / "indicator_values.parquet")
    rows = val.merge(ind[ind["name"] == name][["indicator_id", "committee_id"]], on="indicator_id")
    rows["rank"] = rows["period"].map({"AR": 3, "UR2": 2, "UR1": 1})
    return rows.sort_values("rank").groupby(["committee_id", "year", "gender"]).tail(1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--committees", type=int, default=290)
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "national"
        start = time.perf_counter()
        counts = synthetic.build(folder, n_committees=args.committees, n_years=args.years)
        print(f"Syntetisk data: {counts['indicator_values']:,} indikatorvärden, "
              f"{counts['activities']:,} aktiviteter ({time.perf_counter() - start:.1f} s att bygga)\n")
        open_demo = _median_ms(lambda: Store(DEMO_DIR), args.repeat)
        open_national = _median_ms(lambda: Store(folder), args.repeat)
        demo, national = Store(DEMO_DIR), Store(folder)
        demo_cases = _cases("LN1380", 2021, "Antal genomförda dialoger inom ramen för kunskapsuppdraget om tillit")
        national_cases = _cases("K0042", 2021, "Indikator 3")

        rows = [("öppna datalagret (schemakontroll)", open_demo, open_national)]
        for name in demo_cases:
            rows.append((name,
                         _median_ms(lambda n=name: queries.run(n, demo, **demo_cases[n]), args.repeat),
                         _median_ms(lambda n=name: queries.run(n, national, **national_cases[n]), args.repeat)))
        header = f"{'fråga':<36}{'exempeldata ms':>16}{'nationell ms':>14}{'kvot':>8}"
        print(header)
        print("-" * len(header))
        for name, base, big in rows:
            print(f"{name:<36}{base:>16.1f}{big:>14.1f}{big / base:>8.1f}")

        duck = _median_ms(lambda: queries.run("indicator_trend", national, **national_cases["indicator_trend"]), args.repeat)
        naive = _median_ms(lambda: _pandas_trend(folder, "Indikator 3"), max(3, args.repeat // 2))
        print(f"\nindicator_trend, nationell: DuckDB {duck:.1f} ms mot pandas över hela filerna "
              f"{naive:.1f} ms (kvot {naive / duck:.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
