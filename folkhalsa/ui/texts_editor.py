"""Rapportens texter on Hantera data: the committee's own texts of one year and period.

One text area per kind (``schema.TEXT_KINDS``): the texts of the Word report (Sammanfattning,
Kvalitetsstyrning, the economy texts) and the names that sign it. Plain text, kept as typed and
never rendered as Markdown. A change is saved like every other edit: validated as a sheet
(``importing.records_sheet``), previewed, then committed with ``versions.commit``, which checks
the editor itself; so history, undo and snapshots follow. A text emptied is removed.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from folkhalsa import access, editing, fmt, importing, versions
from folkhalsa.schema import TABLES, TEXT_KINDS
from folkhalsa.ui import filters, manage

LABELS = {
    "sammanfattning": "Sammanfattning",
    "kvalitetsstyrning": "Kvalitetsstyrning (verksamhet)",
    "ekonomi": "Ekonomi",
    "ackumulerad_avvikelse": "Ackumulerad budgetavvikelse",
    "prognos_avvikelse": "Prognos budgetavvikelse",
    "ordforande": "Ordförande (namn)",
    "namndtjansteperson": "Nämndtjänsteperson (namn)",
}
HELP = {
    "sammanfattning": "Rapportens avsnitt 1. Meningarna om måluppfyllelse, aktiviteter och ekonomi "
                      "skrivs ur data efter din text.",
    "kvalitetsstyrning": "Avsnitt 3.1 Verksamhet.",
    "ekonomi": "Avsnitt 4.1, efter tabellen. Kommentarer per post skrivs i Ekonomi-bladet (Kommentar).",
    "ackumulerad_avvikelse": "Avsnitt 4.2, efter tabellen.",
    "prognos_avvikelse": "Avsnitt 4.3, efter tabellen.",
    "ordforande": "Namnet under ordförandens underskrift.",
    "namndtjansteperson": "Namnet under nämndtjänstepersonens underskrift.",
}
NAMES = ("ordforande", "namndtjansteperson")
WHERE = "Rapportens texter"
_FLASH = "_texts_flash"


def _col(name: str) -> int:
    return TABLES["texts"].column_names.index(name)


def current_texts(rows: dict[str, versions.Rows], committee_id: str, year: int, period: str) -> dict[str, str]:
    """kind → text of one committee-period, as stored (empty texts left out)."""
    out = {}
    for row in rows.get("texts", {}).values():
        if (row[_col("committee_id")], row[_col("year")], row[_col("period")]) == (committee_id, year, period):
            text = row[_col("text")]
            if not fmt.is_missing(text) and str(text).strip():
                out[str(row[_col("kind")])] = str(text)
    return out


def _typed(text: object) -> str:
    """What was typed, with Windows line ends made plain and invisible control characters dropped
    (a text area has no use for them, and a report file cannot hold them); surrounding blank
    space does not count."""
    return fmt.plain_lines(text).strip()


def prepare_texts(rows: dict[str, versions.Rows], committee_id: str, year: int, period: str,
                  typed: dict[str, str]) -> importing.Prepared:
    """Validate the typed texts like an import; only the kinds that changed are written, emptied ones removed."""
    current = current_texts(rows, committee_id, year, period)
    records, emptied = [], []
    for kind in TEXT_KINDS:
        if kind not in typed:
            continue
        text = _typed(typed[kind])
        if text == _typed(current.get(kind)):
            continue
        if not text:
            emptied.append(kind)
        records.append(dict(committee_id=committee_id, year=year, period=period, kind=kind,
                            text=text or None, source_note=editing.EDITED_NOTE))
    if not records:
        return importing.Prepared()
    prepared = importing.validate([importing.records_sheet("texts", WHERE, records)], rows)
    if prepared.ok:
        table = dict(prepared.after["texts"])
        for kind in emptied:
            table.pop((committee_id, year, period, kind), None)
        prepared.after["texts"] = table
        prepared.diffs = versions.diff(rows, prepared.after)
    return prepared


def section(root: Path, editor: access.Editor, can_write: bool, sel: filters.Selection | None,
            read_current: manage.Current) -> None:
    """The section ”Rapportens texter”: one text area per text kind, preview, save."""
    st.header("Rapportens texter")
    manage.show_flash(_FLASH)
    if sel is None:
        st.info("Det finns inga nämnder ännu. Importera mallen först.", icon="ℹ️")
        return
    period = sel.period or sel.requested_period
    base_version, rows = read_current()
    current = current_texts(rows, sel.committee_id, sel.year, period)
    st.markdown(f"{fmt.plain(sel.words.owner)} egna texter i Word-rapporten för **{fmt.plain(sel.committee_name)}**, "
                f"**{fmt.plain(sel.info.title(sel.year))}** (byt nämnd, år och period i urvalet till vänster). "
                "Skriv vanlig text: en tom rad börjar ett nytt stycke, och texten visas precis som du skriver "
                "den. Ett avsnitt utan text får en markerad platshållare i rapporten.")
    scope = f"{sel.committee_id}-{sel.year}-{period}-{base_version}"
    typed = {}
    for kind in TEXT_KINDS:
        typed[kind] = st.text_area(LABELS[kind], value=current.get(kind, ""), key=f"text-{kind}-{scope}",
                                   height=68 if kind in NAMES else 200, max_chars=1_000 if kind in NAMES else 50_000,
                                   help=HELP[kind], disabled=not can_write)
    prepared = prepare_texts(rows, sel.committee_id, sel.year, period, typed)
    if not prepared.ok:
        manage.show_problems(prepared)
        return
    if not prepared.diffs:
        return
    manage.show_preview(prepared)
    changed = [LABELS[k] for k in TEXT_KINDS if _typed(typed[k]) != _typed(current.get(k))]
    summary = (f"Rapportens texter: {sel.committee_name} {sel.year} {period} ({', '.join(changed)})")
    st.button("Spara texterna", type="primary", key="confirm_texts", disabled=not can_write,
              on_click=manage.commit,
              args=(root, prepared, editor, "redigering", summary, base_version,
                    "Texterna finns nu i Word-rapporten.", _FLASH))
