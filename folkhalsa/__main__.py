"""Command line: ``python -m folkhalsa <command>``. Messages are Swedish; errors exit non-zero."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from folkhalsa import cli_export, cli_kolada, cli_store, demo
from folkhalsa.store import DEMO_DIR, StoreError, data_root, open_store


def cmd_demo(args: argparse.Namespace) -> int:
    for path in demo.write(Path(args.out)):
        print(f"Skrev {path}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    store = open_store(Path(args.folder) if args.folder else None)
    print(f"Datamappen {store.folder} är giltig.")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m folkhalsa", description="Folkhälsopanelen")
    sub = p.add_subparsers(dest="command", required=True)
    d = sub.add_parser("demo", help="bygg exempeldata (Parquet)")
    d.add_argument("--out", default=str(DEMO_DIR), help="mapp att skriva till")
    d.set_defaults(func=cmd_demo)
    c = sub.add_parser("check", help="kontrollera att en datamapp går att läsa")
    c.add_argument("folder", nargs="?", help=f"datamapp (standard: {data_root()})")
    c.set_defaults(func=cmd_check)
    cli_export.register(sub)
    cli_store.register(sub)
    cli_kolada.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except StoreError as exc:
        print(f"Fel: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
