"""Helpers for tests of the write side: a fresh store, a hash of every byte in it, workbooks."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import openpyxl

from folkhalsa import access, template, versions
from folkhalsa import sheets as sh
from folkhalsa.schema import TABLES

CLI = access.cli_editor()
LOCAL = access.web_editor(oidc_configured=False, logged_in=False, email=None, allowlist=[], local_mode=True)


def new_store(tmp_path: Path, from_demo: bool = True, name: str = "store") -> Path:
    root = tmp_path / name
    versions.init_store(root, CLI, from_demo=from_demo)
    return root


def tree_hash(root: Path) -> str:
    """One hash over every file's path and bytes (and every folder's name) under ``root``."""
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        h.update(str(p.relative_to(root)).encode())
        if p.is_file():
            h.update(b"\0" + p.read_bytes())
    return h.hexdigest()


def workbook(fill: dict[str, list[dict[str, object]]], keep_examples: bool = False) -> bytes:
    """The template with rows filled in per table (column -> value); example rows removed."""
    wb = openpyxl.load_workbook(io.BytesIO(template.build()))
    for table, spec in sh.SHEETS.items():
        ws = wb[spec.name]
        if not keep_examples:
            ws.delete_rows(2)
        cols = TABLES[table].column_names
        for rec in fill.get(table, []):
            ws.append([rec.get(c) for c in cols])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def csv_text(table: str, rows: list[list[object]], sep: str = ";", headers: list[str] | None = None) -> str:
    spec = sh.SHEETS[table]
    head = headers if headers is not None else [spec.header(c) for c in TABLES[table].column_names]
    lines = [sep.join(head)] + [sep.join("" if v is None else str(v) for v in r) for r in rows]
    return "\r\n".join(lines) + "\r\n"


# A committee of our own, for round trips: Ale's folkhälsoråd, 2023.
ALE = {
    "committees": [{"committee_id": "FR1440", "name": "Folkhälsorådet Ale", "organisation": "Ale kommun",
                    "kind": "folkhälsoråd", "active_from": 2020}],
    "committee_municipalities": [{"committee_id": "FR1440", "municipality_code": "1440",
                                  "municipality_name": "Ale"}],
    "goals": [
        {"goal_id": "FR1440-M1", "committee_id": "FR1440", "year": 2023, "level": "målområde",
         "title": "Goda uppväxtvillkor", "position": 1},
        {"goal_id": "FR1440-U1", "committee_id": "FR1440", "year": 2023, "parent_id": "FR1440-M1",
         "level": "uppdrag", "title": "Stärka föräldraskapet", "position": 2},
    ],
    "goal_assessments": [{"goal_id": "FR1440-U1", "year": 2023, "period": "AR", "status": "uppfylls",
                          "comment": "Alla träffar genomfördes."}],
    "indicators": [
        {"indicator_id": "FR1440-I1", "committee_id": "FR1440", "goal_id": "FR1440-U1",
         "name": "Antal deltagare i föräldraträffar", "unit": "antal", "direction": "higher", "source": "egen"},
        {"indicator_id": "FR1440-I2", "committee_id": "FR1440", "goal_id": "FR1440-U1",
         "name": "Andel nöjda deltagare", "unit": "procent", "direction": "higher", "source": "egen"},
    ],
    "indicator_values": [
        {"indicator_id": "FR1440-I1", "year": 2023, "period": "AR", "gender": "T", "outcome": 1234,
         "target": 1000},
        {"indicator_id": "FR1440-I2", "year": 2023, "period": "AR", "gender": "T", "outcome": 87.5,
         "target": 80},
    ],
}


def read_consistent(root: str, rounds: int) -> list[str]:
    """Read the store ``rounds`` times; return every mix of versions seen (one per bad read).

    Each test version writes its number into two tables (committee name and every value's
    comment); a reader that saw both tables of one version sees one number. Runs in a thread
    or in a spawned process.
    """
    from folkhalsa.store import Store, StoreError, current_folder

    bad = []
    for _ in range(rounds):
        try:
            store = Store(current_folder(Path(root)))
            names = set(store.query("select name from committees where committee_id = 'FR1440'")["name"])
            comments = set(store.query("select comment from indicator_values")["comment"])
        except StoreError as exc:
            bad.append(f"fel: {exc}")
            continue
        numbers = {n.rsplit(" ", 1)[-1] for n in names} | {c.rsplit(" ", 1)[-1] for c in comments}
        if len(numbers) != 1:
            bad.append(f"blandning: {sorted(numbers)}")
    return bad
