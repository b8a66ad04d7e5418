"""Keep the one-way flow: pages compose; SQL lives in queries/; colours in the theme."""

import re
import tomllib
from pathlib import Path

import queries
from folkhalsa import theme

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "pages").glob("*.py"))


def test_pages_do_no_sql_colours_or_duckdb():
    assert PAGES
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        assert "import duckdb" not in text, page.name
        assert not re.search(r"\bselect\b.+\bfrom\b", text, re.IGNORECASE), page.name
        assert not re.search(r"#[0-9A-Fa-f]{6}\b", text), page.name
        assert "unsafe_allow_html" not in text, page.name


def test_only_the_cache_layer_caches():
    for path in list((ROOT / "folkhalsa").rglob("*.py")) + PAGES + [ROOT / "app.py"]:
        if path.name == "data.py" and path.parent.name == "ui":
            continue
        assert "st.cache_" not in path.read_text(encoding="utf-8"), path


def test_every_query_file_has_a_header_and_binds_parameters():
    for name in queries.names():
        sql = queries.sql_text(name)
        assert sql.startswith("--"), name
        assert "Parameters:" in sql, name
        assert "{" not in sql and "%s" not in sql, name  # no string formatting into SQL


def test_theme_palette_matches_streamlit_config():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert tuple(config["theme"]["chartCategoricalColors"]) == theme.OKABE_ITO
    assert config["theme"]["primaryColor"] == theme.NEUTRAL_COLOUR


def test_colours_live_only_in_the_theme():
    for path in (ROOT / "folkhalsa").rglob("*.py"):
        if path.name == "theme.py":
            continue
        assert not re.search(r"#[0-9A-Fa-f]{6}\b", path.read_text(encoding="utf-8")), path
