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
                assert lists[letter] == '"' + ",".join(vocab) + '"', (table, col)
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
