"""``python -m bench``: time the dashboard's queries on national-scale synthetic data.

Each query runs on the bundled demo data (the baseline, same run, same machine) and on
290 committees × 20 years; the table prints the median times and their ratio. One
question is also answered the naive way (pandas over the whole Parquet files) to show
what the DuckDB layer saves.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

import queries
from bench import synthetic
from folkhalsa.store import DEMO_DIR, Store


def _times_ms(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm-up: first-touch file metadata
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _median_ms(fn: Callable[[], object], repeat: int) -> float:
    return statistics.median(_times_ms(fn, repeat))


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _row(name: str, scale: str, times: list[float], naive: float | None = None,
         cached: float | None = None) -> dict[str, object]:
    return {"name": name, "scale": scale, "median_ms": round(statistics.median(times), 3),
            "p95_ms": round(_p95(times), 3), "naive_pandas_ms": naive, "cached_pandas_ms": cached}


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
    parser.add_argument("--out", help="skriv också raderna som JSON till den här filen")
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
        records = [{"name": "dataset", "scale": "demo", "indicator_values": len(demo.query(
                        "select 1 from indicator_values"))},
                   {"name": "dataset", "scale": "national", "indicator_values": counts["indicator_values"]}]
        for name in demo_cases:
            t_demo = _times_ms(lambda n=name: queries.run(n, demo, **demo_cases[n]), args.repeat)
            t_nat = _times_ms(lambda n=name: queries.run(n, national, **national_cases[n]), args.repeat)
            rows.append((name, statistics.median(t_demo), statistics.median(t_nat)))
            records += [_row(name, "demo", t_demo), _row(name, "national", t_nat)]
        header = f"{'fråga':<36}{'exempeldata ms':>16}{'nationell ms':>14}{'kvot':>8}"
        print(header)
        print("-" * len(header))
        for name, base, big in rows:
            print(f"{name:<36}{base:>16.1f}{big:>14.1f}{big / base:>8.1f}")

        duck = _median_ms(lambda: queries.run("indicator_trend", national, **national_cases["indicator_trend"]), args.repeat)
        naive = _median_ms(lambda: _pandas_trend(folder, "Indikator 3"), max(3, args.repeat // 2))
        print(f"\nindicator_trend, nationell: DuckDB {duck:.1f} ms mot pandas över hela filerna "
              f"{naive:.1f} ms (kvot {naive / duck:.1f})")
        for record in records:
            if record["name"] == "indicator_trend" and record["scale"] == "national":
                record["naive_pandas_ms"] = round(naive, 3)
        if args.out:
            Path(args.out).write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
            print(f"Skrev {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
