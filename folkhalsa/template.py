"""The Excel template officials fill in: one sheet per table, Swedish headers, drop-down lists.

Built with XlsxWriter from ``folkhalsa.sheets`` (so a table with Swedish headers there gets a
sheet here too). Every cell is written as a plain value: text is never turned into a formula.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import xlsxwriter

from folkhalsa import cells, fmt, theme
from folkhalsa import sheets as sh
from folkhalsa.importing import INSTRUCTION_SHEET, MAX_ROWS
from folkhalsa.schema import DEFAULT_PERIODS, TABLES

DATA_ROWS = 2000  # rows that get the drop-down lists and number checks
FILENAME = "folkhalsopanelen-mall.xlsx"

_HELP = {
    "VARCHAR": "text", "SMALLINT": "heltal", "INTEGER": "heltal", "DOUBLE": "tal (decimalkomma går bra)",
    "DATE": "datum (ÅÅÅÅ-MM-DD)",
}


def _write(ws, row: int, col: int, value: object, fmt=None) -> None:
    """One cell as a plain value; strings always as strings (never as formulas)."""
    if value is None:
        ws.write_blank(row, col, None, fmt)
    elif isinstance(value, bool):
        ws.write_boolean(row, col, value, fmt)
    elif isinstance(value, int | float):
        ws.write_number(row, col, value, fmt)
    else:
        ws.write_string(row, col, str(value), fmt)


def build() -> bytes:
    """The template workbook as bytes (for the download button and the command line)."""
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False,
                                   "strings_to_urls": False, "strings_to_numbers": False})
    head = wb.add_format({"bold": True, "bg_color": theme.NEUTRAL_COLOUR, "font_color": theme.HEADER_TEXT_COLOUR,
                          "border": 1, "text_wrap": True})
    text = wb.add_format({"num_format": "@"})
    example = wb.add_format({"italic": True, "font_color": theme.MUTED_TEXT_COLOUR, "num_format": "@"})
    example_num = wb.add_format({"italic": True, "font_color": theme.MUTED_TEXT_COLOUR})
    example_date = wb.add_format({"italic": True, "font_color": theme.MUTED_TEXT_COLOUR, "num_format": "yyyy-mm-dd"})
    datefmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    _instructions(wb, head)
    for table, spec in sh.SHEETS.items():
        ws = wb.add_worksheet(spec.name)
        ws.freeze_panes(1, 0)
        for col_idx, col in enumerate(TABLES[table].columns):
            header = spec.header(col.name)
            _write(ws, 0, col_idx, header, head)
            width = max(12, min(40, len(header) + 4))
            colfmt = text if col.duck_type == "VARCHAR" else datefmt if col.duck_type == "DATE" else None
            ws.set_column(col_idx, col_idx, width, colfmt)
            value = spec.example.get(col.name)
            if col.name == "source_note":
                value = sh.EXAMPLE_NOTE
            if col.duck_type == "DATE" and isinstance(value, str):
                ws.write_datetime(1, col_idx, date.fromisoformat(value), example_date)
            else:
                _write(ws, 1, col_idx, value, example if col.duck_type == "VARCHAR" else example_num)
            _validation(ws, table, col, col_idx, header)
    wb.close()
    return buf.getvalue()


def _validation(ws, table: str, col, col_idx: int, header: str) -> None:
    vocab = sh.choices(table, col.name) if sh.vocabulary(table, col.name) else None
    usual = sh.suggestions(table, col.name)
    rng = (1, col_idx, DATA_ROWS, col_idx)
    if vocab:
        words = sh.CODE_WORDS.get((table, col.name)) or sh.CODE_WORDS.get(col.name)
        ws.data_validation(*rng, {"validate": "list", "source": list(vocab),
                                  "error_title": header, "error_message": "Välj ett värde i listan: "
                                  + ", ".join(vocab) + (f" ({words})." if words else "."), "input_title": header,
                                  "input_message": f"Välj i listan: {words}." if words else "Välj i listan."})
    elif usual:
        # An open list: the usual values are offered, any other value is allowed after a note.
        other = (" En annan period går bra om den har en rad på bladet Perioder."
                 if col.name == "period" else " Ett eget värde går också bra.")
        ws.data_validation(*rng, {"validate": "list", "source": list(usual), "error_type": "information",
                                  "error_title": header,
                                  "error_message": "Vanliga värden: " + ", ".join(usual) + "." + other,
                                  "input_title": header,
                                  "input_message": "Välj i listan eller skriv ett eget värde."})
    elif col.name in sh.YEAR_COLUMNS:
        lo, hi = sh.YEAR_RANGE
        ws.data_validation(*rng, {"validate": "integer", "criteria": "between", "minimum": lo, "maximum": hi,
                                  "error_title": header, "error_message": f"Ett år mellan {lo} och {hi}."})
    elif col.name in sh.MONTH_COLUMNS:
        ws.data_validation(*rng, {"validate": "integer", "criteria": "between", "minimum": 1, "maximum": 12,
                                  "error_title": header, "input_title": header,
                                  "input_message": "Månadens nummer, 1–12 (1 = januari, 12 = december).",
                                  "error_message": "Månadens nummer, 1–12 (1 = januari, 12 = december)."})
    elif col.name in sh.DEPTH_COLUMNS:
        ws.data_validation(*rng, {"validate": "integer", "criteria": "between", "minimum": 1,
                                  "maximum": sh.DEPTH_MAX, "error_title": header, "input_title": header,
                                  "input_message": f"Nivåns djup, 1–{sh.DEPTH_MAX} (1 = översta nivån).",
                                  "error_message": f"Nivåns djup, 1–{sh.DEPTH_MAX} (1 = översta nivån)."})
    elif col.duck_type in ("SMALLINT", "INTEGER") and col.name not in sh.SIGNED_COLUMNS:
        hi = cells.INT_RANGE[col.duck_type][1]
        ws.data_validation(*rng, {"validate": "integer", "criteria": "between", "minimum": 0, "maximum": hi,
                                  "error_title": header, "error_message": "Ett heltal, 0 eller större."})
    elif col.name == "end_date":
        ws.data_validation(*rng, {"validate": "any", "input_title": header,
                                  "input_message": "Bara för aktiviteter som pågår flera dagar; inte före Datum."})


def _instructions(wb, head) -> None:
    ws = wb.add_worksheet(INSTRUCTION_SHEET)
    ws.set_column(0, 0, 28)
    ws.set_column(1, 1, 40)
    ws.set_column(2, 2, 30)
    first, second, year = (f"{fmt.MONTHS[p[1] - 1]}–{fmt.MONTHS[p[2] - 1]}" for p in DEFAULT_PERIODS)
    lines = [
        "Mall för Folkhälsopanelen",
        "Fyll i ett blad per tabell. Rad 1 är rubriker: ändra dem inte. Rad 2 är en exempelrad "
        f"(Källa: ”{sh.EXAMPLE_NOTE}”); skriv över den eller ta bort den – den importeras aldrig.",
        "Id:n binder ihop bladen: ett mål hör till en nämnd (Nämnd-id), en indikator till ett mål (Mål-id), "
        "ett indikatorvärde till en indikator (Indikator-id).",
        "Andelar skrivs i procent, 0–100 (53 eller 53 %). Lämna en cell tom när värdet saknas – skriv aldrig 0 för "
        "ett saknat värde. Decimaler skrivs med komma (12,5).",
        "Skriv som på skärmen: status Uppfylls, Uppfylls delvis, Uppfylls inte eller Ej bedömd; riktning Högre är "
        "bättre eller Lägre är bättre (stora eller små bokstäver spelar ingen roll). Kön skrivs T (totalt), "
        "K (kvinnor, flickor) eller M (män, pojkar).",
        f"Perioder: UR1 gäller {first}, UR2 {second} och ÅR {year}. Har ett nämndår andra perioder – en UR1 som "
        "slutar i mars, tertial eller halvår – anges de på bladet Perioder med Första månad och Sista månad "
        "(1–12, första månaden högst den sista).",
        "Period, Nivå och aktivitetens Typ har förslag i listan, men egna värden går också bra.",
        "Organisationens ord: bladet Organisation anger organet (folkhälsoråd, rådet) och rapportens namn, bladet "
        "Målnivåer nivåerna i ordning (Djup 1 = översta) med plural och om de bedöms. Utan rader gäller de lokala "
        "nämndernas ord (lokal nämnd, Uppföljningsrapport, målområde → uppdrag → åtagande → aktivitet).",
        "Gemensamma planer: bladet Parter listar planens parter; på bladet Ekonomi anger Betalare vilken part som "
        "betalar raden. Belopp skrivs i tkr (110) eller i kronor med kr efter (110 000 kr); de sparas i tkr.",
        "Planperioder: planer längre än ett år (ett avtal 2017–2020, en handlingsplan 2019–2022) anges med Första "
        "år och Sista år; Översikt, Mötesläge och Word säger då vilket år av planen som följs upp.",
        "Aktiviteter: Slutdatum fylls bara i för aktiviteter som pågår flera dagar, och det får inte vara före Datum.",
        "Indikatorer: Typ av indikator är Indikator (tom cell), Långsiktig indikator, Effektmål eller Milstolpe. Ett "
        "effektmål utan målvärde (”öka andelen …”) får ett Basår och bedöms mot basårets utfall i önskad riktning. "
        "En milstolpe har Utfall 1 (genomförd) eller 0 (inte genomförd) och Genomförd datum när den är klar.",
        "Skriv värden, inte formler (en formel utan sparat värde kan inte läsas; klistra in som värden). Data på "
        "dolda blad importeras inte: ta fram eller ta bort sådana blad.",
        f"Högst {_grouped(MAX_ROWS)} rader per blad och 20 MB per fil; dela upp större filer.",
        "Importera på sidan Hantera data eller med: python -m folkhalsa import <fil.xlsx>. Rader med samma id "
        "ersätts, nya läggs till; inget tas bort.",
    ]
    for i, line in enumerate(lines):
        _write(ws, i, 0, line)
    row = len(lines) + 1
    for j, title in enumerate(("Blad", "Kolumn", "Typ")):
        _write(ws, row, j, title, head)
    for table, spec in sh.SHEETS.items():
        for col in TABLES[table].columns:
            row += 1
            must = " (måste fyllas i)" if not col.nullable else ""
            if sh.vocabulary(table, col.name):
                kind = "ett av: " + ", ".join(sh.choices(table, col.name))
            elif sh.suggestions(table, col.name):
                kind = "text, till exempel " + ", ".join(sh.suggestions(table, col.name) or ())
            elif col.name in sh.MONTH_COLUMNS:
                kind = "månad, 1–12"
            elif col.name in sh.DEPTH_COLUMNS:
                kind = f"nivåns djup, 1–{sh.DEPTH_MAX} (1 = översta)"
            elif col.name in sh.AMOUNT_COLUMNS:
                kind = "tal i tkr, eller kronor med kr efter (110 000 kr)"
            else:
                kind = _HELP[col.duck_type]
            _write(ws, row, 0, spec.name)
            _write(ws, row, 1, spec.header(col.name) + must)
            _write(ws, row, 2, kind)


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def write(path: Path) -> Path:
    path.write_bytes(build())
    return path
