"""One entry point per file format: bytes, file name and MIME type of an export."""

from __future__ import annotations

from folkhalsa import words
from folkhalsa.exports import cells, docx, pptx, sheets
from folkhalsa.exports.report import ReportData

MIME = {
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv",
}
KIND = {"pptx": "motesunderlag", "docx": "uppfoljning", "xlsx": "tabeller", "csv": "indikatorer"}
FORMATS = set(MIME)


def kind(data: ReportData, fmt: str) -> str:
    """The file name's kind: ``uppfoljning`` for Halland's Uppföljningsrapport, else the report's
    own name in plain letters (``tertialrapport``)."""
    if fmt != "docx" or data.words.report == words.DEFAULTS.report:
        return KIND[fmt]
    plain = data.words.report.casefold().translate(str.maketrans("åäöé", "aaoe"))
    return "".join(ch if ch.isascii() and ch.isalnum() else "_" for ch in plain).strip("_") or KIND[fmt]


def build_file(data: ReportData, fmt: str) -> tuple[bytes, str]:
    """(content, file name) of one export, e.g. ``Halmstad_2022_UR2_uppfoljning.docx``."""
    if fmt == "pptx":
        content = pptx.build(data)
    elif fmt == "docx":
        content = docx.build(data)
    elif fmt == "xlsx":
        content = cells.to_xlsx(sheets.report_sheets(data), title=data.file_stem)
    elif fmt == "csv":
        content = cells.to_csv(sheets.indicator_sheet(data.now.outcomes, data.now.tree))
    else:
        raise ValueError(f"Okänt format: {fmt}")
    return content, data.file_name(kind(data, fmt), fmt)
