"""``python -m bench``: the dashboard's speed on the demo data and on national-scale data, in one run.

Per scale (``--scale demo``, ``national`` or ``all``):
* ``dataset``: the row counts (``indicator_values`` among them);
* ``store_open``: opening the store (the schema check);
* ``data:<page>``: the page's data work on a cache miss (bench/pages.py: its queries and model
  calls through DuckDB), with the same work done by pandas reading the Parquet files on every
  run (``naive_pandas_ms``) and by pandas loaded once and filtered in memory (``cached_pandas_ms``);
* ``rerun:<page>``: the page's full server-side rerun (streamlit AppTest, caches warm);
* ``cold_start``: ``streamlit run`` to a painted Översikt in headless Chromium, and ``server_memory``
  (the server's peak RSS in MB after the cold start and one visit of every page, as ``median_ms`` = null).

Times are the median and p95 of ``--repeat`` runs after one warm-up. ``--out file.json`` writes the
rows. The national data is built in a temporary folder (or ``--data DIR``) and never committed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import queries
from bench import pages, pandas_runner, synthetic
from folkhalsa import fetch, serve
from folkhalsa.store import DATA_ENV, DEMO_DIR, Store

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]
CHOICES = {"demo": pages.Choice("1380", "LN1380", 2022, "UR2"),
           "national": pages.Choice("1042", "K0042", 2024, "AR")}


def timed(fn: Callable[[], object], repeat: int, warmup: int = 1) -> tuple[float, float]:
    """Median and p95 (nearest rank) in ms of ``repeat`` runs after ``warmup`` runs."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * len(times) + 0.5) - 1)]


def row(name: str, scale: str, median: float | None, p95: float | None, naive: float | None = None,
        cached: float | None = None, **extra: object) -> dict[str, object]:
    r = lambda v: None if v is None else round(v, 2)  # noqa: E731
    return {"name": name, "scale": scale, "median_ms": r(median), "p95_ms": r(p95),
            "naive_pandas_ms": r(naive), "cached_pandas_ms": r(cached), **extra}


# Single queries, as a page asks them: (committee, year, indicator name) per scale.
QUERY_CASES = {"demo": ("LN1380", 2021, "Antal genomförda dialoger inom ramen för kunskapsuppdraget om tillit"),
               "national": ("K0042", 2021, "Indikator 3")}


def _query_params(committee: str, year: int, name: str) -> dict[str, dict[str, object]]:
    return {
        "goal_tree": dict(committee_id=committee, year=year, period="AR"),
        "indicator_outcomes": dict(committee_id=committee, year=year, period="AR"),
        "goal_status_by_committee": dict(year=year, period="AR"),
        "activity_totals": dict(committee_id=committee, year=year, first_month=1, last_month=8),
        "committee_indicators": dict(committee_id=committee),
        "indicator_trend": dict(indicator_name=name, max_year=2100, period="AR"),
        "year_sources": dict(committee_id=committee, year=year),
    }


def query_rows(scale: str, folder: Path, repeat: int) -> list[dict]:
    """Opening the store and single queries, one row each (named like the query)."""
    store = Store(folder)
    out = [row("öppna datalagret", scale, *timed(lambda: Store(folder), repeat))]
    for name, params in _query_params(*QUERY_CASES[scale]).items():
        out.append(row(name, scale, *timed(lambda n=name, p=params: queries.run(n, store, **p), repeat)))
    return out


def query_table(rows: list[dict]) -> str:
    """The single queries side by side: demo, national and their ratio (kvot)."""
    by = {(r["name"], r["scale"]): r["median_ms"] for r in rows}
    names = [r["name"] for r in rows if r["scale"] == "demo" and (r["name"], "national") in by
             and r["name"] in {"öppna datalagret", *_query_params("", 0, "")}]
    head = f"{'fråga':<28}{'exempeldata ms':>16}{'nationell ms':>14}{'kvot':>8}"
    lines = [head, "-" * len(head)]
    for name in names:
        base, big = by[(name, "demo")], by[(name, "national")]
        lines.append(f"{name:<28}{base:>16.1f}{big:>14.1f}{big / max(base, 0.001):>8.1f}")
    return "\n".join(lines)


def data_rows(scale: str, folder: Path, repeat: int, pandas_repeat: int, with_pandas: bool) -> list[dict]:
    choice = CHOICES[scale]
    out = [row("store_open", scale, *timed(lambda: Store(folder), repeat))]
    store = Store(folder)
    duck = fetch.store_runner(store)
    tables = pandas_runner.load_all(folder) if with_pandas else None
    for name, (work, _) in pages.PAGES.items():
        median, p95 = timed(lambda w=work: w(pages.memo(duck), choice), repeat)
        naive = cached = None
        if with_pandas:
            naive = timed(lambda w=work: w(pages.memo(pandas_runner.naive_runner(folder)), choice), pandas_repeat)[0]
            cached = timed(lambda w=work: w(pages.memo(pandas_runner.cached_runner(tables)), choice), pandas_repeat)[0]
        extra = {} if naive is None else {"x_vs_naive": round(naive / median, 1),
                                          "x_vs_cached": round(cached / median, 1)}
        out.append(row(f"data:{name}", scale, median, p95, naive, cached, **extra))
        print(_line(out[-1]), flush=True)
    return out


def rerun_rows(scale: str, folder: Path, repeat: int) -> list[dict]:
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    os.environ[DATA_ENV] = str(folder)
    st.cache_data.clear()
    st.cache_resource.clear()
    choice = CHOICES[scale]
    out = []
    try:
        for name, (_, path) in pages.PAGES.items():
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
            at.query_params.update(kommun=choice.municipality_code, ar=str(choice.year), period=choice.period)
            at.run()
            at.switch_page(path)

            def rerun(at: AppTest = at, path: str = path) -> None:
                at.run()
                if at.exception:
                    raise RuntimeError(f"{path}: {[e.value for e in at.exception]}")

            out.append(row(f"rerun:{name}", scale, *timed(rerun, repeat)))
            print(_line(out[-1]), flush=True)
    finally:
        os.environ.pop(DATA_ENV, None)
    return out


def cold_start_rows(scale: str, folder: Path) -> list[dict]:
    """``streamlit run`` to a painted Översikt (heading and key figures) in headless Chromium."""
    from playwright.sync_api import expect, sync_playwright

    if not Path(CHROMIUM).exists():
        print(f"(hoppar över kallstart: {CHROMIUM} saknas)")
        return [row("cold_start", scale, None, None, skipped="chromium saknas")]
    port = serve.free_port()
    choice = CHOICES[scale]
    url = f"http://127.0.0.1:{port}/?kommun={choice.municipality_code}&ar={choice.year}&period={choice.period}"
    with sync_playwright() as p, tempfile.TemporaryFile("w+") as log:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        start = time.perf_counter()
        proc = subprocess.Popen(
            serve.streamlit_command(port), cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, DATA_ENV: str(folder)})
        try:
            while True:
                if proc.poll() is not None or time.perf_counter() - start > 120:
                    log.seek(0)
                    raise RuntimeError("Streamlit startade inte:\n" + log.read())
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as r:
                        if r.read() == b"ok":
                            break
                except OSError:
                    time.sleep(0.05)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url)
            expect(page.get_by_test_id("stMetricValue").first).to_be_visible(timeout=120_000)
            expect(page.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=120_000)
            cold = (time.perf_counter() - start) * 1000
            for _, path in pages.PAGES.values():  # visit every page once, for the memory figure
                slug = path.removeprefix("pages/").removesuffix(".py")
                page.goto(url.replace("/?", f"/{slug.replace('oversikt', '')}?"))
                page.wait_for_timeout(300)
                expect(page.get_by_test_id("stStatusWidget")).to_have_count(0, timeout=120_000)
            peak = _peak_rss_mb(proc.pid)
        finally:
            proc.terminate()
            proc.wait(15)
            browser.close()
    return [row("cold_start", scale, cold, cold),
            row("server_memory", scale, None, None, peak_rss_mb=peak)]


def _peak_rss_mb(pid: int) -> float | None:
    from bench import load  # the load test's /proc reader (imported here: it needs websockets)

    peak = load.status_mb(pid, "VmHWM")
    return None if peak is None else round(peak, 1)
    return None


def _line(r: dict) -> str:
    def f(v: object) -> str:
        return "–" if v is None else f"{v:,.1f}"
    text = f"{r['scale']:<9}{r['name']:<24}{f(r['median_ms']):>10}{f(r['p95_ms']):>10}"
    if r["naive_pandas_ms"] is not None:
        text += (f"   pandas läser filerna {f(r['naive_pandas_ms'])} ({r['x_vs_naive']}×)"
                 f"   pandas i minnet {f(r['cached_pandas_ms'])} ({r['x_vs_cached']}×)")
    return text


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["load"]:  # python -m bench load: many sessions at once (bench/load.py)
        from bench import load
        return load.main(argv[1:])
    if argv[:1] == ["serve"]:  # python -m bench serve: several processes behind nginx (folkhalsa/serve.py)
        from folkhalsa import serve
        return serve.main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--scale", choices=["demo", "national", "all"], default="all")
    parser.add_argument("--repeat", type=int, default=9, help="mätningar per rad efter en uppvärmning")
    parser.add_argument("--pandas-repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, help="skriv raderna som JSON")
    parser.add_argument("--data", type=Path, help="mapp för nationella data (byggs om den saknas)")
    parser.add_argument("--committees", type=int, default=synthetic.N_KOMMUNER + synthetic.N_REGIONS,
                        help="nämnder i de nationella data (kommuner och regioner; mindre för en snabb körning)")
    parser.add_argument("--years", type=int, default=synthetic.LAST_YEAR - synthetic.FIRST_YEAR + 1,
                        help="år i de nationella data")
    parser.add_argument("--indicators", type=int, default=synthetic.N_INDICATORS, help="indikatorer per nämnd")
    parser.add_argument("--no-pandas", action="store_true", help="hoppa över pandasjämförelsen")
    parser.add_argument("--no-apptest", action="store_true", help="hoppa över AppTest-omkörningarna")
    parser.add_argument("--no-browser", action="store_true", help="hoppa över kallstarten i Chromium")
    args = parser.parse_args(argv)

    scales = ["demo", "national"] if args.scale == "all" else [args.scale]
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="fh-bench-") as tmp:
        for scale in scales:
            if scale == "demo":
                folder = DEMO_DIR
                counts = {p.stem: Store(folder).query(f"select count(*) as n from {p.stem}").at[0, "n"]
                          for p in sorted(folder.glob("*.parquet"))}
            else:
                folder = args.data or Path(tmp) / "national"
                size = synthetic.size(args.committees, args.years, args.indicators)
                kommun = min(42, size["n_kommuner"] - 1)  # a kommun in the middle of the list
                CHOICES["national"] = pages.Choice(str(1000 + kommun), f"K{kommun:04d}", 2024, "AR")
                QUERY_CASES["national"] = (f"K{kommun:04d}", 2024, "Indikator 3")
                start = time.perf_counter()
                if args.data and (folder / "indicator_values.parquet").is_file():
                    counts = {p.stem: Store(folder).query(f"select count(*) as n from {p.stem}").at[0, "n"]
                              for p in sorted(folder.glob("*.parquet"))}
                else:
                    counts = synthetic.build(folder, **size)
                print(f"Nationella data: {counts['indicator_values']:,} indikatorvärden "
                      f"({time.perf_counter() - start:.1f} s)", flush=True)
            rows.append(row("dataset", scale, None, None, indicator_values=int(counts["indicator_values"]),
                            tables={k: int(v) for k, v in counts.items()}))
            rows += query_rows(scale, folder, args.repeat)
            rows += data_rows(scale, folder, args.repeat, args.pandas_repeat, not args.no_pandas)
            if not args.no_apptest:
                rows += rerun_rows(scale, folder, args.repeat)
            if not args.no_browser:
                rows += cold_start_rows(scale, folder)
                print(_line(rows[-2]), f"  serverns toppminne {rows[-1].get('peak_rss_mb')} MB", flush=True)
    if len(scales) == 2:
        print("\n" + query_table(rows) + "\n")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(row("bench_process_memory", scales[-1], None, None, peak_rss_mb=round(peak, 1)))
    machine = {"machine": platform.machine(), "cpus": os.cpu_count(), "python": platform.python_version()}
    for r in rows:
        r.setdefault("machine", machine)
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        print(f"Skrev {len(rows)} rader till {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
