"""``python -m folkhalsa export``: the meeting deck, the report draft or the tables as a file.

    python -m folkhalsa export --kommun 1380 --ar 2022 --period UR2 --format docx --out rapport.docx

Without ``--out`` the file is named like the download buttons name it
(``Halmstad_2022_UR2_uppfoljning.docx``) in the current folder.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from folkhalsa import sheets
from folkhalsa.exports import report
from folkhalsa.exports.files import FORMATS, build_file
from folkhalsa.store import open_store


def _year(text: str) -> int:
    """The year as a number; a Swedish ReportError (not argparse's English) when it is not one."""
    try:
        year = int(text)
    except ValueError:
        raise report.ReportError(f"”{text}” är inget årtal. Ange till exempel --ar 2022.") from None
    if not 1900 <= year <= 2100:
        raise report.ReportError(f"{year} är inget rimligt årtal. Ange till exempel --ar 2022.")
    return year


def cmd_export(args: argparse.Namespace) -> int:
    store = open_store(Path(args.data) if args.data else None)
    try:
        data = report.report_data(store, args.kommun, _year(args.ar), args.period, committee_id=args.namnd)
    except report.ReportError as exc:
        print(f"Fel: {exc}", file=sys.stderr)
        return 2
    content, file_name = build_file(data, args.format)
    out = Path(args.out) if args.out else Path(file_name)
    if out.is_dir() or (args.out and args.out.endswith(("/", "\\"))):
        out = out / file_name
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(content)
    if data.period != data.requested_period:
        print(f"Obs: {args.period} finns inte för {args.ar}; exporterade {data.period}.", file=sys.stderr)
    print(f"Skrev {out}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    e = subparsers.add_parser("export", help="exportera mötesunderlag, rapportutkast eller tabeller")
    e.add_argument("--kommun", required=True, help="kommunkod, till exempel 1380 (Halmstad)")
    e.add_argument("--namnd", help="nämndens, rådets eller projektets id när kommunen hör till flera "
                                   "(standard: kommunens egen, den som omfattar färst kommuner)")
    e.add_argument("--ar", required=True, help="år, till exempel 2022")
    e.add_argument("--period", default="AR", type=sheets.period_code,
                   help="periodens kod: UR1, UR2, AR eller en egen period från bladet Perioder (standard: AR)")
    e.add_argument("--format", required=True, choices=sorted(FORMATS),
                   help="pptx (mötesunderlag), docx (uppföljningsrapport), xlsx eller csv (tabeller)")
    e.add_argument("--out", help="fil eller mapp att skriva till (standard: filnamnet i aktuell mapp)")
    e.add_argument("--data", help="datamapp (standard: FOLKHALSA_DATA eller exempeldatan)")
    e.set_defaults(func=cmd_export)
