"""``python -m folkhalsa kolada``: search the offline KPI catalogue; fetch values into the store.

``kolada kpi <sökord>`` needs no network. ``kolada hamta <KPI-id …> [--kommun …] [--ar …]``
fetches from Kolada's API v3 and writes the values as one change of the store (history, undo,
snapshots), with the date they were fetched; offline, it says so in Swedish and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from folkhalsa import access, versions
from folkhalsa.kolada import catalogue
from folkhalsa.kolada.client import Client, KoladaError

CLIENT_FACTORY = Client  # tests put a client over recorded answers here


def cmd_kpi(args: argparse.Namespace) -> int:
    found = catalogue.search(" ".join(args.words), limit=args.antal)
    if found.empty:
        print(f"Inget nyckeltal i Koladas katalog innehåller ”{' '.join(args.words)}”.")
        return 1
    for row in found.itertuples():
        gender = " (uppdelat på kön)" if row.is_divided_by_gender == "True" else ""
        print(f"{row.id}  {row.title}{gender}")
    print(catalogue.SOURCE)
    return 0


def cmd_fetch(args: argparse.Namespace) -> int:
    years = [int(y) for y in args.ar] if args.ar else None
    try:
        rows = CLIENT_FACTORY().values(args.kpi, args.kommun or None, years)
    except KoladaError as exc:
        print(f"Fel: {exc}", file=sys.stderr)
        return 2
    fetched = datetime.now(UTC).date().isoformat()
    records = [{**r, "fetched_at": fetched, "source_note": f"Kolada, KPI {r['kpi_id']} (RKA), hämtad {fetched}"}
               for r in rows]
    root = versions.writable_root()
    # only the table it writes, and the version it read as base: a write in between is refused, not lost
    base = versions.current_id(root)
    stored = versions.load_rows(versions.version_folder(root, base), "kolada_values")
    after = {**stored, **versions.rows_from_records("kolada_values", records)}
    version = versions.commit(root, {"kolada_values": after}, access.cli_editor(), "import",
                              f"Kolada: {', '.join(args.kpi)} ({len(records)} värden)", base=base)
    print(f"Hämtade {len(records)} värden från Kolada" + (f" (version {version})." if version else "; inget nytt."))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    k = subparsers.add_parser("kolada", help="Kolada: sök nyckeltal, hämta värden")
    sub = k.add_subparsers(dest="kolada_command", required=True)
    s = sub.add_parser("kpi", help="sök i Koladas KPI-katalog (utan nätverk)")
    s.add_argument("words", nargs="+", metavar="sökord")
    s.add_argument("--antal", type=int, default=20, help="högst så många träffar (standard 20)")
    s.set_defaults(func=cmd_kpi)
    f = sub.add_parser("hamta", help="hämta värden från Kolada till datamappen (FOLKHALSA_DATA)")
    f.add_argument("kpi", nargs="+", metavar="KPI-id")
    f.add_argument("--kommun", nargs="*", help="kommunkoder (0000 = riket); utan: alla")
    f.add_argument("--ar", nargs="*", help="år; utan: alla")
    f.set_defaults(func=cmd_fetch)
