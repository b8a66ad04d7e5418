"""Show a change in words and tables: counts per table and the rows behind them (no Streamlit)."""

from __future__ import annotations

import pandas as pd

from folkhalsa import sheets as sh
from folkhalsa.schema import TABLES
from folkhalsa.versions import TableDiff

KIND_WORD = {"new": "nya", "changed": "ändrade", "removed": "borttagna"}


def counts_text(tables: dict[str, dict[str, int]]) -> str:
    if not tables:
        return "inga ändrade rader"
    return "; ".join(
        f"{sh.table_word(name)}: " + ", ".join(f"{c.get(k, 0)} {w}" for k, w in KIND_WORD.items())
        for name, c in tables.items()
    )


def summary_text(diffs: dict[str, TableDiff]) -> str:
    if not diffs:
        return "Förhandsvisning: inga ändringar jämfört med nuvarande data."
    return "Förhandsvisning: " + counts_text({n: d.counts for n, d in diffs.items()}) + "."


def summary_frame(diffs: dict[str, TableDiff]) -> pd.DataFrame:
    return pd.DataFrame([
        {"Tabell": sh.table_word(n), "Nya rader": d.counts["new"], "Ändrade rader": d.counts["changed"],
         "Borttagna rader": d.counts["removed"]}
        for n, d in diffs.items()
    ])


def _headers(name: str) -> list[str]:
    spec = sh.SHEETS.get(name)
    return [spec.header(c) if spec else c for c in TABLES[name].column_names]


def _text(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return (str(int(value)) if value.is_integer() else str(value).replace(".", ","))
    return str(value)


def rows_frame(name: str, d: TableDiff) -> pd.DataFrame:
    """One line per new, changed or removed row; a changed cell reads ”gammalt → nytt”."""
    headers = _headers(name)
    lines = []
    for row in d.new:
        lines.append({"Ändring": "ny", **{h: _text(v) for h, v in zip(headers, row, strict=True)}})
    for before, after in d.changed:
        lines.append({"Ändring": "ändrad", **{
            h: _text(a) if a == b else f"{_text(b)} → {_text(a)}"
            for h, b, a in zip(headers, before, after, strict=True)}})
    for row in d.removed:
        lines.append({"Ändring": "borttagen", **{h: _text(v) for h, v in zip(headers, row, strict=True)}})
    return pd.DataFrame(lines, columns=["Ändring", *headers])


def problems_frame(problems: list) -> pd.DataFrame:
    return pd.DataFrame([{"Var": p.where, "Rad": p.row if p.row is not None else "–",
                          "Kolumn": p.column or "–", "Problem": p.message} for p in problems])
