"""``python -m folkhalsa export``: every format, Swedish errors, and a poisoned comment kept inert."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from docx import Document
from openpyxl import load_workbook
from pptx import Presentation

from folkhalsa.__main__ import main
from folkhalsa.store import DEMO_DIR

ROOT = Path(__file__).resolve().parents[2]
ARGS = ["export", "--kommun", "1380", "--ar", "2022", "--period", "UR2"]
EVIL = '=HYPERLINK("http://x","klick")'


@pytest.mark.parametrize(("fmt", "opener"), [
    ("pptx", lambda p: len(Presentation(p).slides) == 10),  # an area slide continues (forts.)
    ("docx", lambda p: any(x.text == "1 Sammanfattning" for x in Document(p).paragraphs)),
    ("xlsx", lambda p: "Ekonomi" in load_workbook(p).sheetnames),
    ("csv", lambda p: p.read_bytes().startswith(b"\xef\xbb\xbfM")),
])
def test_export_writes_each_format(tmp_path, capsys, fmt, opener):
    out = tmp_path / f"rapport.{fmt}"
    assert main([*ARGS, "--format", fmt, "--out", str(out)]) == 0
    assert opener(out)
    assert f"Skrev {out}" in capsys.readouterr().out


def test_export_into_a_folder_uses_the_download_name(tmp_path):
    assert main([*ARGS, "--format", "docx", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "Halmstad_2022_UR2_uppfoljning.docx").is_file()


@pytest.mark.parametrize(("argv", "message"), [
    (["--kommun", "9999", "--ar", "2022"], "Kommunkoden 9999 finns inte i data"),
    (["--kommun", "1380", "--ar", "tjugo"], "”tjugo” är inget årtal"),
    (["--kommun", "1380", "--ar", "1850"], "1850 är inget rimligt årtal"),
    (["--kommun", "1380", "--ar", "2031"], "Lokal nämnd Halmstad har ingen uppföljning för 2031"),
])
def test_bad_selection_exits_non_zero_with_a_swedish_message(tmp_path, capsys, argv, message):
    out = tmp_path / "x.pptx"
    assert main(["export", *argv, "--format", "pptx", "--out", str(out)]) != 0
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_cli_as_a_process(tmp_path):
    bad = subprocess.run([sys.executable, "-m", "folkhalsa", "export", "--kommun", "0000", "--ar", "2022",
                          "--format", "xlsx", "--out", str(tmp_path / "x.xlsx")],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2
    assert "Fel: Kommunkoden 0000 finns inte i data" in bad.stderr
    good = subprocess.run([sys.executable, "-m", "folkhalsa", *ARGS, "--format", "xlsx",
                           "--out", str(tmp_path / "ok.xlsx")], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert good.returncode == 0, good.stderr
    assert (tmp_path / "ok.xlsx").is_file()


@pytest.fixture
def poisoned_store(tmp_path) -> Path:
    """The demo data with an official's comment that tries to be a formula."""
    folder = tmp_path / "data"
    shutil.copytree(DEMO_DIR, folder)
    values = pd.read_parquet(folder / "indicator_values.parquet")
    hit = (values["indicator_id"] == "LN1380-I03") & (values["year"] == 2022) & (values["period"] == "UR2")
    values.loc[hit, "comment"] = EVIL
    values.to_parquet(folder / "indicator_values.parquet", index=False)
    return folder


def test_a_formula_in_the_data_stays_text_in_csv_and_xlsx(poisoned_store, tmp_path):
    for fmt in ("csv", "xlsx"):
        assert main([*ARGS, "--format", fmt, "--out", str(tmp_path / f"out.{fmt}"),
                     "--data", str(poisoned_store)]) == 0
    rows = list(csv.reader(io.StringIO((tmp_path / "out.csv").read_text("utf-8-sig")), delimiter=";"))
    comment = rows[0].index("Kommentar")
    assert "'" + EVIL in [r[comment] for r in rows]
    sheet = load_workbook(tmp_path / "out.xlsx")["Indikatorer"]
    cells = [c for row in sheet.iter_rows() for c in row if c.value == EVIL]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)
