"""Command line for an official's own store: init, template, import, undo, snapshot, history.

Every command except ``init`` and ``template`` acts on the store that ``FOLKHALSA_DATA``
names. The command line acts as the local user: whoever can run it on the folder owns it
(see ``folkhalsa.access``). Problems are printed in Swedish and exit non-zero.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import quote

from folkhalsa import access, importing, preview, template, versions
from folkhalsa.store import DATA_ENV, data_root


def _root() -> Path:
    root = data_root()
    versions.writable_root(root)
    return root


def cmd_init(args: argparse.Namespace) -> int:
    folder = Path(args.folder)
    version = versions.init_store(folder, access.cli_editor(), from_demo=args.from_demo)
    print(f"Skapade datamappen {folder} (version {version}).")
    print(f"Starta panelen på den med: {DATA_ENV}={folder} streamlit run app.py")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    path = template.write(Path(args.file))
    print(f"Skrev mallen {path}. Fyll i den och importera med: python -m folkhalsa import {path}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        print(f"Fel: filen {path} finns inte.", file=sys.stderr)
        return 2
    root = _root()
    base_version, base = versions.current_rows(root)
    prepared = importing.prepare_import(path.name, path.read_bytes(), base)
    for note in prepared.notes:
        print(note)
    for warning in prepared.warnings:
        print(f"Varning: {warning}")
    if not prepared.ok:
        print(f"Filen har {prepared.count} fel. Ingenting har sparats.", file=sys.stderr)
        for problem in prepared.problems:
            print(f"  – {problem}", file=sys.stderr)
        return 1
    print(preview.summary_text(prepared.diffs))
    if args.dry_run:
        print("Kontrollen gick bra (--dry-run): ingenting har sparats.")
        return 0
    version = versions.commit(root, prepared.after, access.cli_editor(), "import",
                              f"Import av {path.name}", base=base_version)
    print("Inga ändringar att spara." if version is None else f"Sparade version {version}.")
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    root = _root()
    target = versions.undo_target(root)
    version = versions.undo(root, access.cli_editor())
    print(f"Ångrade ”{target['summary'] if target else ''}”. Nu gäller version {version}.")
    return 0


def cmd_snapshot(args: argparse.Namespace) -> int:
    version = versions.snapshot(_root(), args.name, access.cli_editor())
    print(f"Sparade ögonblicksbilden ”{args.name}” (version {version}). "
          f"Visa den med ?snapshot={quote(args.name)} i adressen.")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    root = _root()
    for rec in versions.history(root):
        mark = "*" if rec["current"] else " "
        print(f"{mark} {rec['version']}  {rec.get('at', '')}  {rec.get('who', '')}  {rec.get('action', '')}: "
              f"{rec.get('summary', '')}  ({preview.counts_text(rec.get('tables', {}))})")
    snaps = versions.snapshots(root)
    if snaps:
        print("Ögonblicksbilder:")
        for s in snaps:
            print(f"  {s['name']}  version {s['version']}  {s['at']}  {s['who']}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add the store commands to ``python -m folkhalsa``."""
    p = sub.add_parser("init", help="skapa en egen, tom datamapp")
    p.add_argument("folder", help="ny eller tom mapp")
    p.add_argument("--from-demo", action="store_true", help="börja från en kopia av exempeldatan")
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("template", help="skriv Excelmallen")
    p.add_argument("file", help="till exempel mall.xlsx")
    p.set_defaults(func=cmd_template)
    p = sub.add_parser("import", help=f"importera mallen eller en CSV-fil till datamappen i {DATA_ENV}")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="kontrollera bara, spara ingenting")
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("undo", help="ångra den senaste ändringen")
    p.set_defaults(func=cmd_undo)
    p = sub.add_parser("snapshot", help="spara en namngiven ögonblicksbild")
    p.add_argument("name", help="till exempel ”Nämndsammanträde 2022-08-31”")
    p.set_defaults(func=cmd_snapshot)
    p = sub.add_parser("history", help="visa ändringsloggen")
    p.set_defaults(func=cmd_history)
