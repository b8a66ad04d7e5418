"""The sections of the page Hantera data: access, template, import, editing, undo, snapshots, log.

Every write goes through ``folkhalsa.versions`` with the editor of this session, so the
write functions check access themselves; the buttons here are only disabled as a courtesy.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from urllib.parse import quote

import pandas as pd
import streamlit as st

from folkhalsa import access, editing, fmt, importing, preview, rules, template, versions
from folkhalsa import sheets as sh
from folkhalsa.schema import GENDERS, PERIODS, STATUSES
from folkhalsa.store import DATA_ENV, StoreError, data_root
from folkhalsa.ui import data, filters, shell, texts_editor

_FLASH = "_manage_flash"
UPLOAD_LIMIT_MB = importing.MAX_BYTES // (1024 * 1024)  # 20, as server.maxUploadSize


def session_editor() -> tuple[access.Editor, bool]:
    """The editor of this browser session and whether OIDC is configured (see ``folkhalsa.access``)."""
    try:
        secrets = st.secrets
        oidc = "auth" in secrets
        allowlist = secrets.get("editors", []) if oidc else []  # a string is one address (access.allowed_emails)
    except Exception:
        oidc, allowlist = False, []
    logged_in = bool(oidc and st.user.get("is_logged_in", False))
    email = st.user.get("email") if logged_in else None
    return access.web_editor(oidc_configured=oidc, logged_in=logged_in, email=email,
                             allowlist=allowlist, local_mode=access.local_mode_enabled()), oidc


def flash(kind: str, text: str, key: str = _FLASH) -> None:
    """Keep a message (``success`` or ``error``) for the next run, where ``show_flash`` shows it."""
    st.session_state[key] = (kind, text)


def show_flash(key: str = _FLASH) -> None:
    kind, text = st.session_state.pop(key, (None, None))
    # The texts carry file names, snapshot names and error messages: shown as typed, never Markdown
    if kind == "success":
        st.success(fmt.plain(text), icon="✅")
    elif kind == "error":
        st.error(fmt.plain(text), icon="🚫")


def access_panel(editor: access.Editor, oidc: bool, blocked: str | None) -> bool:
    """Say who may write and why not; return whether this session may write now."""
    logged_in = bool(oidc and st.user.get("is_logged_in", False))
    if editor.allowed:
        st.caption(f"✏️ {fmt.plain(editor.reason)}")
    else:
        st.info(f"Du kan läsa allt men inte ändra: {fmt.plain(editor.reason)}", icon="🔒")
        if oidc and not logged_in:
            st.button("Logga in", on_click=st.login, key="login")
    if logged_in:
        st.button("Logga ut", on_click=st.logout, key="logout")
    if blocked:
        st.warning(fmt.plain(blocked), icon="🔒")
    return editor.allowed and blocked is None


def blocked_reason(root: Path) -> str | None:
    if data.snapshot_name():
        return ("Du tittar på en ögonblicksbild, som aldrig ändras. Ta bort ”snapshot” ur adressen "
                "(eller välj Aktuella data i sidopanelen) för att ändra i aktuella data.")
    try:
        versions.writable_root(root)
    except StoreError as exc:
        return str(exc)
    return None


def template_section() -> None:
    st.header("1. Ladda ner mallen")
    st.markdown("Excelmallen har ett blad per tabell, svenska rubriker, listor för fasta värden och "
                "en exempelrad per blad (den importeras aldrig).")
    st.download_button("Ladda ner mallen (Excel)", template.build(), file_name=template.FILENAME,
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       icon=":material/download:", key="download_template")


def show_preview(prepared: importing.Prepared) -> None:
    for note in prepared.notes:
        st.caption(fmt.plain(note))
    for warning in prepared.warnings:
        st.warning(fmt.plain(warning), icon="⚠️")
    if not prepared.diffs:
        st.info("Inga ändringar jämfört med nuvarande data.", icon="ℹ️")
        return
    st.markdown(f"**{fmt.plain(preview.summary_text(prepared.diffs))}**")
    st.dataframe(preview.summary_frame(prepared.diffs), hide_index=True, key=None)
    for name, d in prepared.diffs.items():
        with st.expander(f"Rader i {sh.table_word(name)}: {preview.counts_text({name: d.counts})}"):
            st.dataframe(preview.rows_frame(name, d), hide_index=True)


def show_problems(prepared: importing.Prepared) -> None:
    n = prepared.count
    st.error(f"{fmt.number(n)} fel hittades. Ingenting sparas förrän alla är rättade.", icon="🚫")
    st.dataframe(preview.problems_frame(prepared.problems[: importing.MAX_SHOWN]), hide_index=True,
                 key="problem_table")
    if n > importing.MAX_SHOWN:
        st.caption(f"Visar de första {importing.MAX_SHOWN} av {fmt.number(n)} felen.")


def commit(root: Path, prepared: importing.Prepared, editor: access.Editor, action: str, summary: str,
           base: str, done: str = "Alla som öppnar panelen ser det nu.", key: str = _FLASH) -> None:
    """Commit a prepared change (``versions.commit`` checks the editor); the outcome is flashed under
    ``key`` for the next run, ``done`` saying where the change now shows."""
    try:
        version = versions.commit(root, prepared.after, editor, action, summary, base=base)
    except (StoreError, access.AccessDenied) as exc:
        flash("error", str(exc), key)
    else:
        flash("success", "Inga ändringar att spara." if version is None
              else f"Sparat: {summary} (version {version}). {done}", key)
    st.session_state["upload_round"] = st.session_state.get("upload_round", 0) + 1


Current = Callable[[], tuple[str, dict[str, versions.Rows]]]  # the current version and its rows, read once


def import_section(root: Path, editor: access.Editor, can_write: bool, current: Current) -> None:
    st.header("2. Importera")
    st.markdown("Välj den ifyllda mallen (.xlsx) eller en CSV-fil med mallens rubriker (semikolon eller "
                "komma, decimalkomma och %-tecken går bra). Hela filen kontrolleras först; du ser vad "
                "som ändras innan något sparas.")
    # One limit everywhere: the importer's 20 MB, the widget's and the server's (server.maxUploadSize);
    # the widget's own English texts are put in Swedish by the shell (shell.UI_SWEDISH).
    upload = st.file_uploader(f"Fil att importera (.xlsx eller .csv, högst {UPLOAD_LIMIT_MB} MB)",
                              key=f"upload-{st.session_state.get('upload_round', 0)}",
                              max_upload_size=UPLOAD_LIMIT_MB, disabled=not can_write,
                              help=f"Dra filen hit eller klicka på Välj fil. Filen får vara högst {UPLOAD_LIMIT_MB} MB.")
    if upload is None:
        return
    raw = upload.getvalue()
    base_version, base = current()
    cache_key = (hashlib.sha256(raw).hexdigest(), base_version)
    if st.session_state.get("_import_key") != cache_key:
        st.session_state["_import_key"] = cache_key
        st.session_state["_import"] = importing.prepare_import(upload.name, raw, base)
    prepared: importing.Prepared = st.session_state["_import"]
    if not prepared.ok:
        show_problems(prepared)
        return
    show_preview(prepared)
    if prepared.diffs:
        st.button("Spara ändringarna", type="primary", key="confirm_import", disabled=not can_write,
                  on_click=commit, args=(root, prepared, editor, "import", f"Import av {upload.name}",
                                          base_version))


def editor_section(root: Path, editor: access.Editor, can_write: bool, sel: filters.Selection | None,
                   current: Current) -> None:
    st.header("3. Ändra i tabellen")
    if sel is None:
        st.info("Det finns inga nämnder ännu. Importera mallen först.", icon="ℹ️")
        return
    base_version, rows = current()
    st.markdown(f"Utfall, målvärden, målstatus och kommentarer för **{fmt.plain(sel.committee_name)}** "
                f"**{sel.year}** (byt nämnd och år i urvalet till vänster). Lägg till rader längst ned; "
                "markera rader för att ta bort dem.")
    frames = editing.editor_frames(rows, sel.committee_id, sel.year)
    names = editing.indicator_names(rows, sel.committee_id)
    titles = editing.goal_titles(rows, sel.committee_id, sel.year)
    scope = f"{sel.committee_id}-{sel.year}-{base_version}"
    edited = {
        "indicator_values": st.data_editor(
            frames["indicator_values"], key=f"edit-values-{scope}", num_rows="dynamic", hide_index=True, placeholder="–",
            disabled=not can_write, column_config={
                "indicator_id": st.column_config.SelectboxColumn(
                    "Indikator", options=sorted(names), required=True, width="large",
                    format_func=lambda i: names.get(i, i)),
                "period": st.column_config.SelectboxColumn("Period", options=list(PERIODS), required=True),
                "gender": st.column_config.SelectboxColumn("Kön", options=list(GENDERS), required=True,
                                                           default="T"),
                "outcome": st.column_config.NumberColumn("Utfall"),
                "target": st.column_config.NumberColumn("Målvärde"),
                "comment": st.column_config.TextColumn("Kommentar", width="large"),
                "done_date": st.column_config.DateColumn("Genomförd datum", format="YYYY-MM-DD",
                                                         help="Bara för milstolpar: dagen den genomfördes."),
            }),
        "goal_assessments": st.data_editor(
            frames["goal_assessments"], key=f"edit-goals-{scope}", num_rows="dynamic", hide_index=True, placeholder="–",
            disabled=not can_write, column_config={
                "goal_id": st.column_config.SelectboxColumn(
                    "Mål", options=sorted(titles), required=True, width="large",
                    format_func=lambda g: titles.get(g, g)),
                "period": st.column_config.SelectboxColumn("Period", options=list(PERIODS), required=True),
                "status": st.column_config.SelectboxColumn("Status", options=list(STATUSES), required=True,
                                                           format_func=rules.status_label),
                "comment": st.column_config.TextColumn("Kommentar", width="large"),
            }),
    }
    if all(edited[t].equals(frames[t]) for t in frames):
        return
    prepared = editing.prepare_edits(rows, sel.committee_id, sel.year, edited)
    if not prepared.ok:
        show_problems(prepared)
        return
    if prepared.diffs:
        show_preview(prepared)
        summary = f"Ändring i panelen: {sel.committee_name} {sel.year}"
        st.button("Spara ändringarna i tabellen", type="primary", key="confirm_edit", disabled=not can_write,
                  on_click=commit, args=(root, prepared, editor, "redigering", summary, base_version))


def _undo(root: Path, editor: access.Editor) -> None:
    try:
        version = versions.undo(root, editor)
    except (StoreError, access.AccessDenied) as exc:
        flash("error", str(exc))
    else:
        flash("success", f"Ändringen är ångrad (version {version}).")


def _snapshot(root: Path, editor: access.Editor) -> None:
    name = st.session_state.get("snapshot_name_input", "")
    try:
        versions.snapshot(root, name, editor)
    except (StoreError, access.AccessDenied) as exc:
        flash("error", str(exc))
    else:
        flash("success", f"Ögonblicksbilden ”{name.strip()}” är sparad.")


def undo_section(root: Path, editor: access.Editor, can_write: bool) -> None:
    st.header("4. Ångra")
    target = versions.undo_target(root)
    if target is None:
        st.caption("Det finns ingen ändring att ångra.")
        return
    st.markdown(f"Senaste ändringen: **{fmt.plain(target.get('summary', ''))}** "
                f"({fmt.plain(target.get('who', ''))}, {fmt.plain(_when(target.get('at', '')))}).")
    st.button("Ångra senaste ändringen", key="undo", disabled=not can_write, on_click=_undo,
              args=(root, editor), icon=":material/undo:")


def snapshot_section(root: Path, editor: access.Editor, can_write: bool, sel: filters.Selection | None) -> None:
    st.header("5. Ögonblicksbilder")
    st.markdown("Frys det som visas vid ett sammanträde. En ögonblicksbild ändras aldrig, även om data "
                "rättas senare; länken visar hela panelen som den var då.")
    st.text_input("Namn", value=f"Nämndsammanträde {date.today().isoformat()}", key="snapshot_name_input",
                  max_chars=80, disabled=not can_write)
    st.button("Spara ögonblicksbild", key="save_snapshot", disabled=not can_write, on_click=_snapshot,
              args=(root, editor), icon=":material/photo_camera:")
    snaps = versions.snapshots(root)
    if not snaps:
        st.caption("Inga ögonblicksbilder ännu.")
        return
    for s in snaps:
        params = {"snapshot": s["name"], **({} if sel is None else shell.link_params(sel, snapshot=s["name"]))}
        st.page_link("pages/oversikt.py", label=f"{fmt.plain(s['name'])} (sparad {fmt.plain(_when(s['at']))})",
                     query_params=params, icon=":material/history:")
        st.caption(f"Länk: ?snapshot={fmt.plain(quote(s['name']))}")


def _when(iso: str) -> str:
    """A stored time (UTC, ISO) in Swedish local time: ``2022-08-31 14:05``."""
    return fmt.local_time(iso)


def log_section(root: Path) -> None:
    st.header("6. Ändringslogg")
    records = versions.history(root)
    frame = pd.DataFrame([{
        "Version": r["version"] + (" (gäller nu)" if r["current"] else ""),
        "När": _when(r.get("at", "")), "Vem": r.get("who", ""), "Vad": r.get("action", ""),
        "Beskrivning": r.get("summary", ""), "Rader": preview.counts_text(r.get("tables", {})),
    } for r in records])
    st.dataframe(frame, hide_index=True, key="change_log")


def page(sel: filters.Selection | None) -> None:
    st.title("Hantera data")
    show_flash()
    root = data_root()
    editor, oidc = session_editor()
    blocked = blocked_reason(root)
    can_write = access_panel(editor, oidc, blocked)
    template_section()
    if not versions.is_writable(root):
        st.info(f"Panelen läser nu {fmt.plain(str(root))}. Skapa en egen datamapp med "
                f"`python -m folkhalsa init <mapp>` och starta panelen med `{DATA_ENV}=<mapp>`.", icon="ℹ️")
        return
    # the whole current version is read at most once per rerun, and only by a section that needs it
    current: Current = functools.cache(lambda: versions.current_rows(root))
    import_section(root, editor, can_write, current)
    editor_section(root, editor, can_write, sel, current)
    texts_editor.section(root, editor, can_write, sel, current)
    undo_section(root, editor, can_write)
    snapshot_section(root, editor, can_write, sel)
    log_section(root)
