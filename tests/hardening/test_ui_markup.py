"""Hardened 6: no markup from users, URLs or data. Hostile query parameters and data text full of
Markdown and HTML are shown as typed: no element's Markdown holds an unescaped link, image,
HTML tag or emphasis (AppTest element values: bodies, labels, help texts, tab and option labels)."""

from __future__ import annotations

import re

import pytest
from google.protobuf.json_format import MessageToDict
from streamlit.testing.v1 import AppTest

from folkhalsa import access, versions
from folkhalsa.schema import TABLES
from folkhalsa.store import DATA_ENV
from tests.app.helpers import APP
from tests.storetools import CLI, new_store

HOSTILE = "**fet** <img src=x onerror=alert(1)> [länk](https://example.com) ![bild](https://example.com/x.png)"
LINK = "[Klicka här](https://example.com)"
IMAGE = "![x](https://example.com/x.png)"

# Free text from the data (ids, codes and fixed vocabularies stay as they are)
TEXT_COLUMNS = {
    "committees": ("name", "organisation", "source_note"),
    "committee_municipalities": ("municipality_name", "source_note"),
    "goals": ("title", "source_note"),
    "goal_assessments": ("comment", "source_note"),
    "indicators": ("name", "description", "source", "source_note"),
    "indicator_values": ("comment", "source_note"),
    "activities": ("title", "target_group", "place", "source_note"),
    "budget": ("account", "parent_account", "comment", "source_note"),
    "survey_results": ("survey", "question", "answer", "source_note"),
    "periods": ("label", "source_note"),
    "goal_activities": ("title", "comment", "source_note"),
    "texts": ("text", "source_note"),
}

PAGES = ["pages/oversikt.py", "pages/maluppfyllelse.py", "pages/indikatorer.py", "pages/dialoger.py",
         "pages/lupp.py", "pages/ekonomi.py", "pages/moteslage.py", "pages/hantera-data.py"]

# Unescaped Markdown/HTML: a `](` of a link or image, `![`, a `<tag`, or the `**` of the emphasis
UNSAFE = re.compile(r"(?<!\\)\]\\?\(|(?<!\\)!\\?\[|(?<!\\)<\s*[a-zA-Z/!]|(?<!\\)\*\*fet")
MARKDOWN_FIELDS = {"body", "label", "help", "text", "content", "caption", "placeholder", "title"}


def _hostile(value: object) -> object:
    return value if value is None else f"{value} {HOSTILE}"


@pytest.fixture(scope="module")
def hostile_root(tmp_path_factory):
    root = new_store(tmp_path_factory.mktemp("hostile"))
    _, rows = versions.current_rows(root)
    after = {}
    for table, columns in TEXT_COLUMNS.items():
        names = TABLES[table].column_names
        keys = set(TABLES[table].key)
        after[table] = {}
        for row in rows[table].values():
            new = tuple(_hostile(v) if c in columns else v for c, v in zip(names, row, strict=True))
            after[table][versions.key_of(table, new) if keys & set(columns) else versions.key_of(table, row)] = new
    versions.commit(root, after, CLI, "import", f"Import av {HOSTILE}.xlsx")
    versions.snapshot(root, "Möte 2022-08-31", CLI)
    return root


def _strings(node: object, out: list[tuple[str, str]], where: str = "") -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "spec" or key == "data":  # plotly JSON and Arrow tables are no Markdown
                continue
            if isinstance(value, str) and key in MARKDOWN_FIELDS:
                out.append((f"{where}.{key}", value))
            else:
                _strings(value, out, f"{where}.{key}")
    elif isinstance(node, list):
        for item in node:
            _strings(item, out, where)


def rendered_markdown(at: AppTest) -> list[tuple[str, str]]:
    """Every Markdown-rendered string of the run: (element type.field, text)."""
    out: list[tuple[str, str]] = []

    def walk(node) -> None:
        proto = getattr(node, "proto", None)
        if proto is not None and hasattr(proto, "DESCRIPTOR"):
            kind = getattr(node, "type", type(node).__name__)
            _strings(MessageToDict(proto, preserving_proto_field_name=True), out, kind)
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return out


def _own_html() -> set[str]:
    """st.html with fixed strings of ours (never user text): the language script and CSS."""
    from folkhalsa.ui import shell, slides

    return {t.strip() for t in (shell._LANG_SCRIPT, shell.FOCUS_CSS, slides._CSS)}


def assert_no_markup(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    found = rendered_markdown(at)
    html = [text.strip() for where, text in found if where == "html.body"]
    assert set(html) <= _own_html(), html
    bad = [(where, text) for where, text in found if where != "html.body" and UNSAFE.search(text)]
    assert not bad, "\n".join(f"{w}: {t}" for w, t in bad)


def _open(page: str, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page != "pages/oversikt.py":
        at.switch_page(page).run()
    return at


def test_the_checker_finds_unescaped_markup():
    from folkhalsa import fmt

    for text in (HOSTILE, LINK, IMAGE, "<b>x</b>"):
        assert UNSAFE.search(text)
        assert not UNSAFE.search(fmt.plain(text)), fmt.plain(text)


@pytest.mark.parametrize("page", PAGES)
def test_data_text_is_never_markup(page, hostile_root, monkeypatch):
    monkeypatch.setenv(DATA_ENV, str(hostile_root))
    monkeypatch.setenv(access.LOCAL_ENV, "1")
    at = _open(page, kommun="1380", ar="2022", period="UR2")
    assert any("fet" in text for _, text in rendered_markdown(at)), "the hostile data is not shown at all"
    assert_no_markup(at)


@pytest.mark.parametrize("params", [
    {"kommun": LINK},
    {"kommun": "1380", "ar": f"2022 {LINK}"},
    {"kommun": "1380", "ar": "2022", "period": IMAGE},
    {"kommun": "1380", "ar": "2022", "snapshot": IMAGE},
    {"kommun": "1380", "ar": "2022", "snapshot": "<img src=x onerror=alert(1)>"},
    {"kommun": "1380", "ar": "2022", "period": "UR2", "indikator": LINK, "mal": LINK, "bild": IMAGE},
])
def test_url_parameters_are_never_markup(params, hostile_root, monkeypatch):
    monkeypatch.setenv(DATA_ENV, str(hostile_root))
    for page in ("pages/oversikt.py", "pages/indikatorer.py", "pages/moteslage.py"):
        assert_no_markup(_open(page, **params))


def test_a_snapshot_notice_shows_its_name_as_typed(hostile_root, monkeypatch):
    monkeypatch.setenv(DATA_ENV, str(hostile_root))
    assert_no_markup(_open("pages/oversikt.py", kommun="1380", ar="2022", snapshot="Möte 2022-08-31"))


@pytest.mark.parametrize("kind", ["success", "error"])
def test_messages_after_a_write_show_file_and_snapshot_names_as_typed(kind, hostile_root, monkeypatch):
    from folkhalsa.ui import manage

    monkeypatch.setenv(DATA_ENV, str(hostile_root))
    monkeypatch.setenv(access.LOCAL_ENV, "1")
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["kommun"] = "1380"
    at.run()
    at.session_state[manage._FLASH] = (kind, f"Sparat: Import av {HOSTILE}.xlsx (version v000003).")
    at.switch_page("pages/hantera-data.py").run()
    assert any("fet" in e.value for e in (at.success if kind == "success" else at.error))
    assert_no_markup(at)
