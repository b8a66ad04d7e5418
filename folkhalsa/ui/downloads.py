"""Download buttons whose files are built on demand, only when the official clicks."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from folkhalsa.exports import cells, files, report
from folkhalsa.exports.report import ReportData
from folkhalsa.fmt import plain
from folkhalsa.ui.filters import Selection

LABEL = {"pptx": "PowerPoint (mötesunderlag)", "docx": "Word (uppföljningsrapport)",
         "xlsx": "Excel (alla tabeller)", "csv": "CSV (indikatorer)"}
ICON = {"pptx": ":material/slideshow:", "docx": ":material/description:", "xlsx": ":material/table:",
        "csv": ":material/table_rows:"}


def file_stem(sel: Selection) -> str:
    """``Halmstad_2022_UR2``, as the exports name their files."""
    return report.file_stem(sel.municipality_name, sel.year, sel.period or sel.requested_period)


def report_buttons(data: ReportData, formats: tuple[str, ...] = ("pptx", "docx", "xlsx", "csv")) -> None:
    """One button per format; the file is made by a callable when the button is clicked."""
    for col, fmt_name in zip(st.columns(len(formats)), formats, strict=True):
        def make(fmt_name: str = fmt_name) -> bytes:
            return files.build_file(data, fmt_name)[0]

        label = f"Word ({plain(data.words.report.lower())})" if fmt_name == "docx" else LABEL[fmt_name]
        col.download_button(label, data=make, file_name=data.file_name(files.kind(data, fmt_name), fmt_name),
                            mime=files.MIME[fmt_name], icon=ICON[fmt_name], key=f"ladda_{fmt_name}",
                            on_click="ignore", width="stretch")


def table_buttons(sheets: Callable[[], dict[str, pd.DataFrame]], stem: str, kind: str) -> None:
    """Excel (every table of the page, one sheet each) and CSV (the page's first table)."""
    excel, csv, _ = st.columns([1, 1, 3])

    def make_xlsx() -> bytes:
        return cells.to_xlsx(sheets(), title=stem)

    def make_csv() -> bytes:
        return cells.to_csv(next(iter(sheets().values())))

    excel.download_button("Ladda ner Excel", data=make_xlsx, file_name=f"{stem}_{kind}.xlsx",
                          mime=files.MIME["xlsx"], icon=ICON["xlsx"], key=f"tabell_xlsx_{kind}",
                          on_click="ignore", width="stretch")
    csv.download_button("Ladda ner CSV", data=make_csv, file_name=f"{stem}_{kind}.csv",
                        mime=files.MIME["csv"], icon=ICON["csv"], key=f"tabell_csv_{kind}",
                        on_click="ignore", width="stretch")
