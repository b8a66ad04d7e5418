"""The app shell shared by every page: page config, language, navigation and filter bar."""

from __future__ import annotations

import contextvars
import json
import logging
import secrets
import sys
from collections.abc import Callable
from pathlib import Path

import streamlit as st
from streamlit.runtime.scriptrunner_utils.exceptions import ScriptControlException

from folkhalsa import fmt, importing, theme
from folkhalsa.store import StoreError
from folkhalsa.ui import filters, snapshots

log = logging.getLogger("folkhalsa")

# Streamlit's own controls speak English and have no locale setting: their fixed texts and
# labels in Swedish. Exact strings (and a few patterns) of Streamlit's interface only; never
# applied inside Markdown, table cells or list options, where data text is shown.
UI_SWEDISH = {
    "Upload": "Välj fil", "file upload": "Välj fil att ladda upp", "Drag and drop file here": "Dra och släpp filen här",
    "Drag and drop files here": "Dra och släpp filerna här", "Browse files": "Välj fil",
    "Download as CSV": "Ladda ner som CSV", "Search": "Sök", "Fullscreen": "Helskärm", "Close fullscreen": "Stäng helskärm",
    "Show/hide columns": "Visa/dölj kolumner", "Add row": "Lägg till rad", "Delete row": "Ta bort rad",
    "Delete rows": "Ta bort rader", "Clear": "Rensa", "Clear all": "Rensa allt", "Open": "Öppna", "Close": "Stäng",
    "Remove file": "Ta bort filen", "add icon": "Välj en annan fil", "Skip to main content": "Hoppa till innehållet", "Link to heading": "Länk till rubriken",
    "Collapse sidebar": "Fäll ihop sidopanelen", "Expand sidebar": "Fäll ut sidopanelen", "Sidebar": "Sidopanel",
    "App pages": "Sidor", "Help": "Hjälp", "Sort ascending": "Sortera stigande", "Sort descending": "Sortera fallande",
    "Hide column": "Dölj kolumnen", "Pin column": "Fäst kolumnen", "Unpin column": "Lossa kolumnen",
    "Autosize": "Anpassa bredd", "Format": "Format", "Main menu": "Meny", "Running...": "Arbetar …",
    "No results": "Inga träffar", "No options to select": "Inga val", "Choose an option": "Välj",
    "Choose options": "Välj", "Select all": "Välj alla",
}
UI_SWEDISH_PATTERNS = [  # (JavaScript regular expression, replacement)
    (r"^(\d+(?:\.\d+)?) ?MB per file$", "Högst $1 MB per fil"),
    (r"^File must be (\d+(?:\.\d+)?) ?MB or smaller\.$", "Filen är för stor: högst $1 MB."),
    (r"^File is too large\..*$", f"Filen är för stor: högst {importing.MAX_BYTES // 2**20} MB."),
    (r"^Request failed with status code 413$", f"Filen är för stor: högst {importing.MAX_BYTES // 2**20} MB."),
    (r"^Request failed with status code (\d+)$", "Uppladdningen misslyckades (felkod $1). Försök igen."),
    (r"^Help for (.+)$", "Hjälp: $1"),
    (r"^(.+) files are not allowed\.$", "Filer av typen $1 går inte att läsa in."),
    # the uploaded file's size, which Streamlit writes ”27.4KB”: Swedish decimal comma and units
    (r"^(\d+)\.(\d+)KB$", "$1,$2\u00a0kB"),
    (r"^(\d+)\.(\d+)MB$", "$1,$2\u00a0MB"),
    (r"^(\d+)\.(\d+)GB$", "$1,$2\u00a0GB"),
    (r"^(\d+)\.0B$", "$1\u00a0byte"),  # bytes are whole
]

# A fixed script of ours (never user text): tells browsers and screen readers the page is Swedish
# (the served page says "en" and has no setting) and puts Streamlit's own controls in Swedish,
# also when they appear later (a MutationObserver; installed once per browser tab).
_LANG_SCRIPT = """<script>
(() => {
  const doc = window.parent.document;
  doc.documentElement.lang = 'sv'; document.documentElement.lang = 'sv';
  const win = window.parent;
  if (win.__folkhalsaSwedish) { win.__folkhalsaSwedish(doc.body); return; }
  const EXACT = __EXACT__;
  const PATTERNS = __PATTERNS__.map(([re, to]) => [new RegExp(re), to]);
  const DATA = '[data-testid="stMarkdownContainer"], td, th, [role="option"], [role="listbox"], input, textarea, code';
  const ATTRS = ['aria-label', 'title', 'placeholder', 'data-title'];
  const sv = (text) => {
    const t = (text || '').trim();
    if (!t) return null;
    if (Object.prototype.hasOwnProperty.call(EXACT, t)) return EXACT[t];
    for (const [re, to] of PATTERNS) if (re.test(t)) return t.replace(re, to);
    return null;
  };
  const fixElement = (el) => {
    for (const a of ATTRS) {
      if (el.hasAttribute && el.hasAttribute(a)) {
        const to = sv(el.getAttribute(a));
        if (to !== null) el.setAttribute(a, to);
      }
    }
  };
  const fix = (root) => {
    if (!root) return;
    if (root.nodeType === 3) {
      const parent = root.parentElement;
      const chrome = parent && parent.closest('[data-testid^="stFileUploader"]');  // its button label is Markdown
      if (parent && (chrome || !parent.closest(DATA))) { const to = sv(root.data); if (to !== null) root.data = to; }
      return;
    }
    if (root.nodeType !== 1) return;
    fixElement(root);
    root.querySelectorAll('*').forEach(fixElement);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(fix);
  };
  win.__folkhalsaSwedish = fix;
  fix(doc.body);
  new win.MutationObserver((changes) => {
    for (const c of changes) {
      if (c.type === 'attributes') fixElement(c.target);
      else if (c.type === 'characterData') fix(c.target);
      else c.addedNodes.forEach(fix);
    }
  }).observe(doc.body, {subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRS});
})();
</script>""".replace("__EXACT__", json.dumps(UI_SWEDISH, ensure_ascii=False)).replace(
    "__PATTERNS__", json.dumps(UI_SWEDISH_PATTERNS, ensure_ascii=False))

# Fixed CSS of ours (never user text): a clearly visible keyboard focus on page links.
FOCUS_CSS = f"""<style>
[data-testid="stSidebarNav"] a:focus-visible, [data-testid="stPageLink"] a:focus-visible,
[data-testid="stPageLink-NavLink"]:focus-visible {{
  outline: 3px solid {theme.FOCUS_COLOUR} !important; outline-offset: 2px; border-radius: 4px;
}}
</style>"""

ERROR_TEXT = ("Något gick fel när sidan skulle visas. Försök igen om en stund; om felet finns kvar, "
              "kontakta den som förvaltar panelen och uppge referensen. Referens: {ref}")

PAGES = [
    ("pages/oversikt.py", "Översikt", ":material/dashboard:", None),
    ("pages/maluppfyllelse.py", "Måluppfyllelse", ":material/flag:", "maluppfyllelse"),
    ("pages/indikatorer.py", "Indikatorer", ":material/monitoring:", "indikatorer"),
    ("pages/dialoger.py", "Dialoger och aktiviteter", ":material/forum:", "dialoger"),
    ("pages/lupp.py", "LUPP och enkäter", ":material/school:", "lupp"),
    ("pages/ekonomi.py", "Ekonomi", ":material/account_balance:", "ekonomi"),
    ("pages/jamfor.py", "Jämför", ":material/compare_arrows:", "jamfor"),
    ("pages/moteslage.py", "Mötesläge", ":material/co_present:", "moteslage"),
    ("pages/hantera-data.py", "Hantera data", ":material/edit_note:", "hantera-data"),
]


def page_objects() -> list[st.Page]:
    return [
        st.Page(path, title=title, icon=icon, url_path=url, default=url is None)
        for path, title, icon, url in PAGES
    ]


def _page_config() -> None:
    st.set_page_config(page_title="Folkhälsopanelen", page_icon=":material/monitoring:",
                       layout="wide", initial_sidebar_state="expanded")
    st.html(_LANG_SCRIPT, unsafe_allow_javascript=True)
    st.html(FOCUS_CSS)


_GUARDED = contextvars.ContextVar("folkhalsa_page_guarded", default=False)
_CONFIGURED = contextvars.ContextVar("folkhalsa_page_configured", default=False)  # run() did _page_config


def guarded(body: Callable[[], object]) -> None:
    """Run ``body`` (a page); an unexpected error shows a Swedish message with a reference, never
    a traceback, and the server log carries the traceback under the same reference.

    Streamlit's own flow control (``st.stop``, ``st.rerun``, ``st.switch_page``) passes through.
    """
    token = _GUARDED.set(True)
    try:
        body()
    except ScriptControlException:
        raise
    except Exception:
        ref = secrets.token_hex(4).upper()
        log.exception("Oväntat fel när sidan visades. Referens: %s", ref)
        st.error(ERROR_TEXT.format(ref=ref), icon="🚫")
    finally:
        _GUARDED.reset(token)


def _run_page_file(path: str) -> None:
    source = Path(path).read_text(encoding="utf-8")
    exec(compile(source, path, "exec"), {"__name__": "__main__", "__file__": path})  # our own page file, never user input


def run() -> None:
    """The entry point: page config and navigation; each page then draws the filter bar."""
    token = _CONFIGURED.set(True)
    try:
        _page_config()
        st.session_state["_app_ran"] = True
        guarded(st.navigation(page_objects()).run)
    finally:
        _CONFIGURED.reset(token)


def selection(allow_empty: bool = False) -> filters.Selection:
    """Draw the shared sidebar (filter bar) and return the selection: call once, first, per page.

    Pages draw it themselves rather than app.py, because Streamlit runs a page file directly
    when a ``pages/`` folder exists and no navigation has run yet in the process (the first
    visit after a start, and every AppTest rerun): the page must stand on its own.
    A store without committees yet (just created) stops the page with a pointer to
    Hantera data, unless the page allows that (``allow_empty``; it then gets None).
    """
    if not _GUARDED.get():
        # The page file runs by itself, not through app.py's guard: run it again inside the
        # guard (it comes back here, guarded, and goes on), then stop this unguarded run.
        page_file = sys._getframe(1).f_globals.get("__file__")
        if page_file:
            guarded(lambda: _run_page_file(page_file))
            st.stop()
    if not _CONFIGURED.get():  # a page file run by itself; through app.py, run() configured the page
        _page_config()
    if not st.session_state.get("_app_ran"):
        # Run directly (first visit after a start): register our navigation so the sidebar
        # lists the Swedish page titles and later runs go through app.py.
        st.navigation(page_objects())
    try:
        snapshots.choose()
        sel = filters.filter_bar()
    except StoreError as exc:
        st.error(f"Data kan inte läsas: {fmt.plain(str(exc))}", icon="🚫")
        st.stop()
    snapshots.notice()
    if sel is None and not allow_empty:
        st.info("Datamappen har inga nämnder ännu. Importera den ifyllda mallen på sidan Hantera data.",
                icon="ℹ️")
        st.page_link("pages/hantera-data.py", label="Till Hantera data", icon=":material/edit_note:")
        st.stop()
    with st.sidebar:
        st.caption("Folkhälsopanelen · uppföljning av folkhälsonämndernas mål")
    return sel


def link_params(sel: filters.Selection, **extra: str) -> dict[str, str]:
    """Query parameters that keep the current filter when following a link."""
    shown = snapshots.current()
    return {"kommun": sel.url_kommun, "ar": str(sel.year), "period": sel.requested_period,
            **({"snapshot": shown} if shown else {}), **extra}
