"""``python -m bench load``: many viewers at once, on one process and on several behind nginx.

For each set-up (``--processes 1 3``: that many Streamlit processes behind nginx, see
folkhalsa/serve.py) and each number of sessions (``--sessions 5 20``), the dashboard is started
on loopback on a writable copy of the demo data (or ``--data``, a store of one's own) and the
sessions run at once for ``--duration`` seconds. A session is what a browser tab is to
Streamlit: one websocket (``/_stcore/stream``) on which it asks for reruns (``BackMsg``) and
receives the page (``ForwardMsg``) until ``script_finished``. Each session keeps changing page
and kommun (the URL's ``kommun``, as a shared link or the filter would), waits ``--think``
seconds between reruns, and carries nginx's sticky cookie like a browser. Meanwhile the
template, filled with changed indicator values, is imported into the served store every
``--import-every`` seconds with ``python -m folkhalsa import`` (the store's lock serialises it
with any other write; every process sees it at its next rerun).

Reported per set-up and number of sessions: errors (a Python exception shown on the page, a
failed or timed-out rerun, a dropped websocket, a failed import: must be 0), reruns per
second, p50/p95 per rerun, and the servers' memory (peak RSS summed over the Streamlit
processes, and the largest single process). Each session's first rerun (the process's
first visit of a page) is a warm-up and is not timed.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import openpyxl
import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from bench import pages
from folkhalsa import access, template, versions
from folkhalsa import sheets as sh
from folkhalsa.schema import TABLES
from folkhalsa.serve import STICKY_COOKIE, Cluster
from folkhalsa.store import DATA_ENV, open_store

ROOT = Path(__file__).resolve().parent.parent
RERUN_TIMEOUT_S = 120
# The page each session may ask for: "" is Översikt, the others their URL path.
PAGE_NAMES = [path.removeprefix("pages/").removesuffix(".py").replace("oversikt", "")
              for _, path in pages.PAGES.values()]


@dataclass
class Tally:
    """What the sessions and the importer saw during one run."""

    times_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    reruns: int = 0
    imports: int = 0


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered) + 0.5) - 1))]


def _exception_text(msg: ForwardMsg) -> str | None:
    if msg.WhichOneof("type") != "delta" or msg.delta.WhichOneof("type") != "new_element":
        return None
    element = msg.delta.new_element
    if element.WhichOneof("type") == "exception":
        return f"{element.exception.type}: {element.exception.message}"[:300]
    return None


async def rerun(ws: websockets.ClientConnection, page_name: str, query_string: str) -> tuple[float, str | None]:
    """Ask for one rerun and read the page until the script finished: (ms, error or None)."""
    msg = BackMsg()
    msg.rerun_script.query_string = query_string
    msg.rerun_script.page_name = page_name
    start = time.perf_counter()
    await ws.send(msg.SerializeToString())
    error = None
    async with asyncio.timeout(RERUN_TIMEOUT_S):
        while True:
            data = await ws.recv()
            if isinstance(data, str):
                continue
            fwd = ForwardMsg()
            fwd.ParseFromString(data)
            kind = fwd.WhichOneof("type")
            error = error or _exception_text(fwd)
            if kind == "page_not_found":
                error = error or f"sidan ”{page_name}” finns inte"
            if kind == "script_finished":
                if fwd.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    continue  # a rerun of ours replaced it: wait for that one
                if fwd.script_finished not in (ForwardMsg.FINISHED_SUCCESSFULLY,
                                               ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY):
                    error = error or f"skriptet avslutades med status {fwd.script_finished}"
                return (time.perf_counter() - start) * 1000, error


async def session(number: int, url: str, kommuner: list[str], clock: dict[str, float], think_s: float, tally: Tally,
                  started: asyncio.Event, ready: list[int], total: int) -> None:
    """One viewer: a sticky cookie from the first answer, one websocket, reruns until the deadline
    (``clock["deadline"]``, set once every session has done its warm-up rerun)."""
    rnd = random.Random(number)
    try:
        async with httpx.AsyncClient(timeout=30) as http:
            first = await http.get(url + "/")
            first.raise_for_status()
            cookie = first.cookies.get(STICKY_COOKIE, "")
        ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
        async with websockets.connect(ws_url, subprotocols=["streamlit"], max_size=None, open_timeout=30,
                                      additional_headers={"Cookie": f"{STICKY_COOKIE}={cookie}"},
                                      ping_interval=None) as ws:
            _, error = await rerun(ws, "", f"kommun={rnd.choice(kommuner)}")  # warm-up: not timed
            if error:
                tally.errors.append(f"session {number}: {error}")
            ready[0] += 1
            if ready[0] == total:
                started.set()
            await started.wait()
            while time.monotonic() < clock["deadline"]:
                page, kommun = rnd.choice(PAGE_NAMES), rnd.choice(kommuner)
                ms, error = await rerun(ws, page, f"kommun={kommun}")
                if time.monotonic() > clock["deadline"]:
                    break  # finished after the window: neither counted nor timed
                tally.reruns += 1
                tally.times_ms.append(ms)
                if error:
                    tally.errors.append(f"session {number}, {page or 'oversikt'}, {kommun}: {error}")
                await asyncio.sleep(think_s * rnd.uniform(0.5, 1.5))
    except (OSError, TimeoutError, websockets.WebSocketException, httpx.HTTPError) as exc:
        tally.errors.append(f"session {number}: {type(exc).__name__}: {exc}")
        if not started.is_set():
            ready[0] += 1
            if ready[0] >= total:
                started.set()


def filled_template(root: Path, bump: int, rows: int = 40) -> bytes:
    """The Excel template with ``rows`` of the store's indicator values, each outcome changed."""
    values = open_store(root).query(
        "select * from indicator_values where outcome is not null order by indicator_id, year, period, gender "
        "limit $n", {"n": rows})
    wb = openpyxl.load_workbook(io.BytesIO(template.build()))
    ws = wb[sh.SHEETS["indicator_values"].name]
    ws.delete_rows(2)  # the example row
    cols = TABLES["indicator_values"].column_names
    for rec in values.to_dict("records"):
        rec["outcome"] = round(float(rec["outcome"]) + 0.1 * (bump % 7 + 1), 1)
        ws.append([None if (isinstance(rec.get(c), float) and rec[c] != rec[c]) else rec.get(c) for c in cols])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def importer(root: Path, every_s: float, stop: threading.Event, tally: Tally, folder: Path) -> None:
    """Import a filled template into the served store every ``every_s`` seconds until stopped."""
    bump = 0
    while not stop.wait(every_s):
        bump += 1
        path = folder / f"mall-{bump}.xlsx"
        try:
            path.write_bytes(filled_template(root, bump))
            run = subprocess.run([sys.executable, "-m", "folkhalsa", "import", str(path)], cwd=ROOT,
                                 env={**os.environ, DATA_ENV: str(root)}, capture_output=True, text=True,
                                 timeout=300, check=False)
        except Exception as exc:
            tally.errors.append(f"import {bump}: {type(exc).__name__}: {exc}")
            continue
        if run.returncode != 0:
            tally.errors.append(f"import {bump}: {run.stderr.strip()[-300:]}")
        else:
            tally.imports += 1


def status_mb(pid: int, field: str = "VmRSS") -> float | None:
    """A memory field of /proc/<pid>/status in MB (``VmRSS`` now, ``VmHWM`` the peak); None if unreadable."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _rss_mb(pid: int) -> float:
    return status_mb(pid) or 0.0


def sampler(pids: list[int], stop: threading.Event, peaks: dict[str, float]) -> None:
    """Peak RSS over the run: summed over the processes, and the largest single process."""
    while True:
        sizes = [_rss_mb(pid) for pid in pids]
        peaks["total"] = max(peaks.get("total", 0.0), sum(sizes))
        peaks["largest"] = max(peaks.get("largest", 0.0), max(sizes, default=0.0))
        if stop.wait(0.25):
            return


def run_once(processes: int, sessions: int, duration_s: float, think_s: float, import_every_s: float,
             root: Path, kommuner: list[str]) -> dict[str, object]:
    """One set-up, one number of sessions: start it, load it, stop it; one result row."""
    tally = Tally()
    peaks: dict[str, float] = {}
    with Cluster(processes, data=root) as cluster, tempfile.TemporaryDirectory(prefix="fh-load-") as tmp:
        stop = threading.Event()
        watch = threading.Thread(target=sampler, args=(cluster.streamlit_pids, stop, peaks), daemon=True)
        watch.start()

        async def drive() -> float:
            started, ready = asyncio.Event(), [0]
            clock = {"deadline": time.monotonic() + 10 * RERUN_TIMEOUT_S}
            tasks = [asyncio.create_task(session(n, cluster.url, kommuner, clock, think_s, tally, started, ready,
                                                 sessions)) for n in range(sessions)]
            await started.wait()
            begin = time.monotonic()
            clock["deadline"] = begin + duration_s
            await asyncio.gather(*tasks)
            return begin

        imp_stop = threading.Event()
        imp = threading.Thread(target=importer, args=(root, import_every_s, imp_stop, tally, Path(tmp)), daemon=True)
        imp.start()
        begin = asyncio.run(drive())
        elapsed = max(0.001, min(duration_s, time.monotonic() - begin))
        imp_stop.set()
        imp.join(300)
        stop.set()
        watch.join(5)
    p50, p95 = _percentile(tally.times_ms, 0.5), _percentile(tally.times_ms, 0.95)
    return {"name": "load", "scale": "demo", "processes": processes, "sessions": sessions,
            "duration_s": round(elapsed, 1), "reruns": tally.reruns,
            "reruns_per_s": round(tally.reruns / elapsed, 2),
            "median_ms": None if p50 is None else round(p50, 1), "p95_ms": None if p95 is None else round(p95, 1),
            "mean_ms": round(statistics.fmean(tally.times_ms), 1) if tally.times_ms else None,
            "naive_pandas_ms": None, "cached_pandas_ms": None,
            "errors": len(tally.errors), "error_examples": tally.errors[:5], "imports": tally.imports,
            "peak_rss_mb_total": round(peaks.get("total", 0.0), 1),
            "peak_rss_mb_largest": round(peaks.get("largest", 0.0), 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench load", description=__doc__.split("\n")[0])
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2],
                        help="uppsättningar att jämföra: antal Streamlitprocesser bakom nginx")
    parser.add_argument("--sessions", type=int, nargs="+", default=[5, 20], help="samtidiga sessioner")
    parser.add_argument("--duration", type=float, default=60, help="sekunder per körning (efter uppvärmning)")
    parser.add_argument("--think", type=float, default=0.5, help="betänketid mellan omkörningar (s, ±50 %%)")
    parser.add_argument("--import-every", type=float, default=10, help="sekunder mellan importerna")
    parser.add_argument("--data", type=Path, help="en egen datamapp (kopieras inte; importen skriver i den)")
    parser.add_argument("--out", type=Path, help="skriv raderna som JSON")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="fh-load-store-") as tmp:
        rows = []
        for processes in args.processes:
            for sessions in args.sessions:
                root = args.data
                if root is None:  # a fresh copy of the demo data for each run
                    root = Path(tmp) / f"store-{processes}-{sessions}"
                    versions.init_store(root, access.cli_editor(), from_demo=True)
                kommuner = sorted(open_store(root).query(
                    "select distinct municipality_code from committee_municipalities")["municipality_code"])
                row = run_once(processes, sessions, args.duration, args.think, args.import_every, root, kommuner)
                rows.append(row)
                print(f"{processes} process(er), {sessions:>3} sessioner: {row['reruns_per_s']:>6} omkörningar/s, "
                      f"p50 {row['median_ms']} ms, p95 {row['p95_ms']} ms, fel {row['errors']}, "
                      f"importer {row['imports']}, minne {row['peak_rss_mb_total']} MB "
                      f"(största process {row['peak_rss_mb_largest']} MB)", flush=True)
                for example in row["error_examples"]:
                    print(f"   fel: {example}", flush=True)
    machine = {"machine": platform.machine(), "cpus": os.cpu_count(), "python": platform.python_version()}
    for r in rows:
        r["machine"] = machine
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"Skrev {len(rows)} rader till {args.out}")
    return 1 if any(r["errors"] for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
