"""Editing tables in the browser (pure part) and the Excel template."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd

from folkhalsa import editing, importing, template, versions
from folkhalsa import sheets as sh
from folkhalsa.schema import TABLES, Column, Table
from folkhalsa.store import DEMO_DIR


def _rows():
    return versions.load_all(DEMO_DIR)


def test_editor_frames_hold_the_committee_and_year():
    frames = editing.editor_frames(_rows(), "LN1380", 2022)
    values = frames["indicator_values"]
    assert list(values.columns) == editing.EDITABLE["indicator_values"]
    assert set(values["indicator_id"]) <= {f"LN1380-I{i:02d}" for i in range(1, 11)}
    assert set(frames["goal_assessments"]["goal_id"]) <= {"LN1380-U4", "LN1380-U3", "LN1380-U1", "LN1380-M3",
                                                           "LN1380-M4"}
    assert len(frames["goal_assessments"]) > 0


def test_unchanged_tables_give_no_change():
    rows = _rows()
    prepared = editing.prepare_edits(rows, "LN1380", 2022, editing.editor_frames(rows, "LN1380", 2022))
    assert prepared.ok and prepared.diffs == {}


def test_edit_delete_and_add_rows_with_the_same_preview_as_an_import():
    rows = _rows()
    frames = editing.editor_frames(rows, "LN1380", 2022)
    values = frames["indicator_values"]
    i03 = values.index[(values["indicator_id"] == "LN1380-I03") & (values["period"] == "UR2")
                       & (values["gender"] == "T")][0]
    values.loc[i03, "outcome"] = 8.0
    values = values.drop(values.index[values["indicator_id"] == "LN1380-I01"])
    values = pd.concat([values, pd.DataFrame([{"indicator_id": "LN1380-I06", "period": "AR", "gender": "T",
                                                "outcome": 140.0, "target": None, "comment": "Ny"}])])
    goals = frames["goal_assessments"]
    first_goal = goals.index[0]
    goals.loc[first_goal, "status"] = "delvis" if goals.loc[first_goal, "status"] != "delvis" else "uppfylls"
    prepared = editing.prepare_edits(rows, "LN1380", 2022, {"indicator_values": values,
                                                           "goal_assessments": goals})
    assert prepared.ok, prepared.problems
    iv = prepared.diffs["indicator_values"]
    assert iv.counts["changed"] == 1 and iv.counts["new"] == 1 and iv.counts["removed"] >= 1
    ((_before, after),) = iv.changed
    cols = TABLES["indicator_values"].column_names
    assert after[cols.index("outcome")] == 8.0 and after[cols.index("source_note")] == editing.EDITED_NOTE
    assert prepared.diffs["goal_assessments"].counts == {"new": 0, "changed": 1, "removed": 0}
    # Rows of other committees and years are kept as they were.
    other = {k: r for k, r in rows["indicator_values"].items() if not k[0].startswith("LN1380") or k[1] != 2022}
    assert all(prepared.after["indicator_values"][k] == r for k, r in other.items())


def test_edits_get_the_import_validation_with_row_and_column():
    rows = _rows()
    values = editing.editor_frames(rows, "LN1380", 2022)["indicator_values"]
    values.loc[values.index[values["indicator_id"] == "LN1380-I04"][0], "outcome"] = 120.0
    values = pd.concat([values, values.iloc[[0]]], ignore_index=True)  # a duplicate key
    prepared = editing.prepare_edits(rows, "LN1380", 2022, {"indicator_values": values})
    text = [str(p) for p in prepared.problems]
    pos = list(values["indicator_id"]).index("LN1380-I04") + 1
    assert (f"Tabellen Indikatorvärden, rad {pos}, kolumn ”Utfall”: Andelen 120 % ligger utanför 0–100 %. "
            "Indikatorn mäts i procent.") in text
    assert any(f"rad {len(values)}: Dubblett" in t for t in text)


def test_template_has_a_sheet_per_table_headers_dropdowns_and_an_example_row():
    wb = openpyxl.load_workbook(io.BytesIO(template.build()))
    assert wb.sheetnames[0] == "Instruktioner"
    for table, spec in sh.SHEETS.items():
        ws = wb[spec.name]
        assert [c.value for c in ws[1]] == [spec.header(c) for c in TABLES[table].column_names]
        example = {c: ws.cell(2, i + 1).value for i, c in enumerate(TABLES[table].column_names)}
        assert example["source_note"] == sh.EXAMPLE_NOTE
        assert all(example[k] is not None for k in TABLES[table].key)
        lists = {str(dv.sqref).split(":")[0].rstrip("0123456789"): dv.formula1
                 for dv in ws.data_validations.dataValidation if dv.type == "list"}
        for i, col in enumerate(TABLES[table].column_names):
            vocab = sh.vocabulary(table, col)
            if vocab:
                letter = openpyxl.utils.get_column_letter(i + 1)
                assert lists[letter] == '"' + ",".join(sh.choices(table, col)) + '"', (table, col)
    assert {"Nämnder", "Mål", "Målbedömningar", "Indikatorer", "Indikatorvärden", "Aktiviteter",
            "Ekonomi"} <= set(wb.sheetnames)


def test_template_cells_never_start_a_formula():
    wb = openpyxl.load_workbook(io.BytesIO(template.build()))
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
    import xlsxwriter

    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})  # even where formulas would be the default
    template._write(book.add_worksheet("x"), 0, 0, '=HYPERLINK("http://x";"klicka")')
    book.close()
    cell = openpyxl.load_workbook(io.BytesIO(buf.getvalue()))["x"]["A1"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_a_table_gets_a_sheet_when_it_gets_swedish_headers(monkeypatch):
    """Generic over the schema: a new table needs only its Swedish names in folkhalsa.sheets."""
    table = Table("survey_results_test", ("survey", "question"), (
        Column("survey", "VARCHAR", False), Column("question", "VARCHAR", False), Column("share", "DOUBLE")))
    monkeypatch.setitem(TABLES, table.name, table)
    monkeypatch.setitem(sh.SHEETS, table.name, sh.Sheet(table.name, "Enkätsvar", {
        "survey": "Enkät", "question": "Fråga", "share": "Andel (%)"}, {"survey": "LUPP", "question": "Trivs"}))
    wb = openpyxl.load_workbook(io.BytesIO(template.build()))
    assert [c.value for c in wb["Enkätsvar"][1]] == ["Enkät", "Fråga", "Andel (%)"]
    data = "Enkät;Fråga;Andel (%)\r\nLUPP;Trivs;120 %\r\n".encode()
    prepared = importing.prepare_import("enkat.csv", data, {})
    assert [str(p) for p in prepared.problems] == [
        "Filen ”enkat.csv”, rad 2, kolumn C ”Andel (%)”: Andelen 120 % ligger utanför 0–100 %."]


def test_every_sheet_names_every_column_of_its_table():
    for table, spec in sh.SHEETS.items():
        assert list(spec.headers) == TABLES[table].column_names, table
        assert set(spec.example) <= set(TABLES[table].column_names), table
        assert len(spec.name) <= 31  # Excel's limit for sheet names


def _validations(sheet: str) -> dict[str, object]:
    ws = openpyxl.load_workbook(io.BytesIO(template.build()))[sheet]
    header = {c.column_letter: c.value for c in ws[1]}
    return {header[str(dv.sqref).split(":")[0].rstrip("0123456789")]: dv for dv in ws.data_validations.dataValidation}


def test_the_drop_downs_speak_the_words_shown_on_screen():
    status = _validations("Målbedömningar")["Status"]
    assert status.formula1 == '"Uppfylls,Uppfylls delvis,Uppfylls inte,Ej bedömd"'
    assert status.errorStyle in (None, "stop")  # a fixed list: other values are refused
    assert _validations("Indikatorer")["Riktning"].formula1 == '"Högre är bättre,Lägre är bättre"'
    gender = _validations("Indikatorvärden")["Kön"]
    assert gender.formula1 == '"T,K,M"' and gender.prompt == "Välj i listan: T = Totalt, K = Kvinnor, M = Män."
    assert _validations("Enkätresultat")["Kön"].prompt == "Välj i listan: T = Totalt, K = Flickor, M = Pojkar."
    assert _validations("Texter")["Avsnitt"].formula1.startswith('"Sammanfattning,Kvalitetsstyrning,Ekonomi,')


def test_open_lists_offer_suggestions_but_allow_other_values():
    for sheet, header, first in (("Indikatorvärden", "Period", "UR1"), ("Mål", "Nivå", "målområde"),
                                 ("Aktiviteter", "Typ", "dialog")):
        dv = _validations(sheet)[header]
        assert dv.type == "list" and dv.formula1.startswith(f'"{first},'), (sheet, header)
        assert dv.errorStyle == "information", (sheet, header)  # a note, then the value is kept
    assert _validations("Indikatorvärden")["Period"].formula1 == '"UR1,UR2,ÅR"'
    months = _validations("Perioder")
    assert (months["Första månad"].type, months["Första månad"].formula1, months["Första månad"].formula2) == (
        "whole", "1", "12")


def test_every_screen_word_of_a_drop_down_imports_as_its_code_in_any_case():
    for key, vocab in sh.VOCABULARIES.items():
        table, col = key if isinstance(key, tuple) else (next(t for t in sh.SHEETS if key in TABLES[t].column_names),
                                                         key)
        for word, code in zip(sh.choices(table, col), vocab, strict=True):
            for spelling in (word, word.upper(), word.lower()):
                assert sh.alias(spelling).casefold() == code.casefold(), (table, col, spelling)


def test_statuses_as_shown_on_screen_import_as_codes():
    from tests.storetools import csv_text

    rows = [["LN1380-U1", 2022, period, status, "", ""]
            for period, status in (("UR1", "UPPFYLLS DELVIS"), ("UR2", "Ej bedömd"), ("ÅR", "uppfylls inte"))]
    prepared = importing.prepare_import("b.csv", csv_text("goal_assessments", rows).encode(), _rows())
    assert prepared.ok, prepared.problems
    after = prepared.after["goal_assessments"]
    assert [after[("LN1380-U1", 2022, p)][3] for p in ("UR1", "UR2", "AR")] == ["delvis", "ej_bedomd",
                                                                                "uppfylls_inte"]


def test_the_instructions_state_the_period_defaults_and_the_sheet_perioder():
    ws = openpyxl.load_workbook(io.BytesIO(template.build()))["Instruktioner"]
    text = " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value)
    assert "UR1 gäller januari–april, UR2 januari–augusti och ÅR januari–december" in text
    assert "en UR1 som slutar i mars, tertial" in text
    assert "på bladet Perioder med Första månad och Sista månad (1–12" in text
    assert "Slutdatum fylls bara i för aktiviteter som pågår flera dagar" in text
    assert "Uppfylls, Uppfylls delvis, Uppfylls inte eller Ej bedömd" in text


def _template_without_example_notes() -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(template.build()))
    for spec in sh.SHEETS.values():
        for cell in wb[spec.name][2]:
            if cell.value == sh.EXAMPLE_NOTE:
                cell.value = None
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_the_example_rows_follow_the_rules_together(tmp_path):
    """Every example row, imported with the example note removed, passes into an empty store."""
    from tests.storetools import CLI, new_store

    root = new_store(tmp_path, from_demo=False)
    prepared = importing.prepare_import("mall.xlsx", _template_without_example_notes(),
                                        versions.current_rows(root)[1])
    assert prepared.ok, [str(p) for p in prepared.problems]
    assert set(prepared.after) == set(sh.SHEETS)
    assert all(len(rows) == 1 for rows in prepared.after.values())
    versions.commit(root, prepared.after, CLI, "import", "exempel")
    budget = prepared.after["budget"]
    ((row,),) = [list(budget.values())]
    assert row[TABLES["budget"].column_names.index("parent_account")] is None  # names no missing parent post


def test_an_old_template_without_the_added_columns_and_sheets_still_imports(tmp_path):
    """A workbook with only the columns and sheets the schema had before (Column.added, Table.added)."""
    from tests.storetools import ALE, CLI, new_store

    root = new_store(tmp_path, from_demo=False)
    fill = {**ALE,
            "activities": [{"activity_id": "FR1440-A1", "committee_id": "FR1440", "date": "2023-03-01",
                            "title": "Föräldraträff", "kind": "dialog", "participants_total": 14}],
            "budget": [{"committee_id": "FR1440", "year": 2023, "period": "AR", "account": "Driftkostnader",
                        "position": 1, "budget_tkr": 500, "outcome_tkr": 480}]}
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for table, spec in sh.SHEETS.items():
        if TABLES[table].added:
            continue
        old = [c.name for c in TABLES[table].columns if not c.added]
        ws = wb.create_sheet(spec.name)
        ws.append([spec.header(c) for c in old])
        for rec in fill.get(table, []):
            ws.append([rec.get(c) for c in old])
    assert any(c.added for t in TABLES.values() for c in t.columns)  # the test means something
    out = io.BytesIO()
    wb.save(out)
    prepared = importing.prepare_import("gammal-mall.xlsx", out.getvalue(), versions.current_rows(root)[1])
    assert prepared.ok, [str(p) for p in prepared.problems]
    versions.commit(root, prepared.after, CLI, "import", "gammal mall")
    rows = versions.current_rows(root)[1]
    assert len(rows["activities"]) == 1 and len(rows["budget"]) == 1 and len(rows["indicator_values"]) == 2
    (activity,) = rows["activities"].values()
    assert activity[TABLES["activities"].column_names.index("end_date")] is None


def test_an_end_date_before_the_date_and_reversed_months_are_refused():
    from tests.storetools import csv_text

    activity = csv_text("activities", [["LN1380-X1", "LN1380", "2022-04-12", "Läger", "övrigt", "", "", "", "", "",
                                        "", "2022-04-10"]]).encode()
    assert [str(p) for p in importing.prepare_import("a.csv", activity, _rows()).problems] == [
        "Filen ”a.csv”, rad 2, kolumn L ”Slutdatum”: Slutdatum 2022-04-10 är före Datum 2022-04-12. Lämna "
        "Slutdatum tomt när aktiviteten är en dag."]
    multi = activity.replace(b"2022-04-10", b"2022-04-14")
    assert importing.prepare_import("a.csv", multi, _rows()).ok
    periods = csv_text("periods", [["LN1380", 2022, "T1", 5, 4, "Tertial 1", ""],
                                   ["LN1380", 2022, "T2", 5, 13, "Tertial 2", ""]]).encode()
    assert [str(p) for p in importing.prepare_import("p.csv", periods, _rows()).problems] == [
        "Filen ”p.csv”, rad 2, kolumn E ”Sista månad”: Första månad (5) är efter Sista månad (4); en period går "
        "från första till sista månaden inom ett år.",
        "Filen ”p.csv”, rad 3, kolumn E ”Sista månad”: Månad 13 finns inte; skriv månadens nummer 1–12 (1 = "
        "januari, 12 = december)."]


def test_every_table_has_a_swedish_word_for_messages_and_the_change_log():
    """The change log, the import preview and messages name tables in Swedish, never by identifier."""
    for name in TABLES:
        assert sh.table_word(name) != name, name
