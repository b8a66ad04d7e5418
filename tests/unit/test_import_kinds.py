"""Indicator kinds through the template: screen words in, Swedish messages for bad rows, nothing written."""

from __future__ import annotations

import copy
import io
from datetime import date

import openpyxl
import pandas as pd
import pytest

from folkhalsa import importing, template, versions
from folkhalsa import sheets as sh
from folkhalsa.schema import TABLES
from tests import kinds_data
from tests.storetools import CLI, csv_text, new_store, tree_hash, workbook


def _column(table: str, name: str) -> int:
    return TABLES[table].column_names.index(name)


def test_the_kinds_round_trip_through_the_template_workbook(tmp_path):
    root = new_store(tmp_path, from_demo=False)
    data = workbook(kinds_data.ROWS)
    prepared = importing.prepare_import("mall.xlsx", data, versions.current_rows(root)[1])
    assert prepared.ok, [str(p) for p in prepared.problems]
    versions.commit(root, prepared.after, CLI, "import", "typer")
    _, rows = versions.current_rows(root)
    kinds = {k[0]: r[_column("indicators", "kind")] for k, r in rows["indicators"].items()}
    assert kinds == {"FR1499-I1": None, "FR1499-I2": "långsiktig indikator", "FR1499-I3": "effektmål",
                     "FR1499-I4": "effektmål", "FR1499-I5": "milstolpe", "FR1499-I6": "milstolpe"}
    bases = {k[0]: r[_column("indicators", "baseline_year")] for k, r in rows["indicators"].items()}
    assert bases["FR1499-I3"] == 2018 and bases["FR1499-I1"] is None
    done = rows["indicator_values"][("FR1499-I5", 2019, "AR", "T")][_column("indicator_values", "done_date")]
    assert done == date(2019, 5, 31)


def test_the_template_offers_the_kinds_in_swedish():
    wb = openpyxl.load_workbook(io.BytesIO(template.build()))
    headers = [c.value for c in wb[sh.SHEETS["indicators"].name][1]]
    assert "Typ av indikator" in headers and "Basår" in headers
    assert "Genomförd datum" in [c.value for c in wb[sh.SHEETS["indicator_values"].name][1]]
    assert sh.choices("indicators", "kind") == ("Indikator", "Långsiktig indikator", "Effektmål", "Milstolpe")
    instructions = " ".join(str(c.value) for row in wb[importing.INSTRUCTION_SHEET].iter_rows() for c in row if c.value)
    assert "Milstolpe" in instructions and "Basår" in instructions


def test_an_older_template_without_the_new_columns_still_imports(tmp_path):
    root = new_store(tmp_path, from_demo=False)
    base = versions.current_rows(root)[1]
    new = {"indicators": ("kind", "baseline_year"), "indicator_values": ("done_date",)}
    sheets_in = []
    for table, recs in kinds_data.ROWS.items():
        cols = [c.name for c in TABLES[table].columns if c.name not in new.get(table, ())]
        headers = [sh.SHEETS[table].header(c) for c in cols]
        sheets_in.append(importing.SheetData(table, table, headers,
                                             [(i + 2, [r.get(c) for c in cols]) for i, r in enumerate(recs)]))
    prepared = importing.validate(sheets_in, base)
    assert prepared.ok, [str(p) for p in prepared.problems]
    kinds = {r[_column("indicators", "kind")] for r in prepared.after["indicators"].values()}
    assert kinds == {None}


BAD = {
    "unknown-kind": ("indicators", "FR1499-I2", {"kind": "Delmål"}, "Indikatorer",
                     "”Typ av indikator”", "”Delmål” är inte ett tillåtet värde. Tillåtna: Indikator, Långsiktig "
                     "indikator, Effektmål, Milstolpe."),
    "baseline-not-a-year": ("indicators", "FR1499-I3", {"baseline_year": 18}, "Indikatorer", "”Basår”",
                            "Året 18 är orimligt"),
    "milestone-with-baseline": ("indicators", "FR1499-I5", {"baseline_year": 2018}, "Indikatorer", "”Basår”",
                                "En milstolpe har inget basår"),
    "milestone-outcome-two": ("indicator_values", "FR1499-I5", {"outcome": 2}, "Indikatorvärden", "”Utfall”",
                              "En milstolpe har utfall 1 (genomförd) eller 0 (inte genomförd), inte 2."),
    "milestone-date-not-done": ("indicator_values", "FR1499-I6", {"done_date": date(2019, 4, 1)},
                                "Indikatorvärden", "”Genomförd datum”", "bara när milstolpen är genomförd"),
    "milestone-target": ("indicator_values", "FR1499-I6", {"target": 1}, "Indikatorvärden", "”Målvärde”",
                         "En milstolpe har inget målvärde"),
    "date-on-plain-indicator": ("indicator_values", "FR1499-I1", {"done_date": date(2019, 4, 1)},
                                "Indikatorvärden", "”Genomförd datum”",
                                "Genomförd datum gäller bara milstolpar; indikatorn är av typen Indikator"),
    "date-not-a-date": ("indicator_values", "FR1499-I5", {"done_date": "maj 2019"}, "Indikatorvärden",
                        "”Genomförd datum”", "”maj 2019” är inte ett datum"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_kind_row_names_sheet_row_and_column_and_changes_nothing(case, tmp_path):
    table, indicator_id, change, sheet_word, column, message = BAD[case]
    root = kinds_data.make_store(tmp_path)
    before = tree_hash(root)
    rows = copy.deepcopy(kinds_data.ROWS)
    position = next(i for i, r in enumerate(rows[table]) if r["indicator_id"] == indicator_id
                    and (table == "indicators" or r["year"] == 2019))
    rows[table][position].update(change)
    prepared = importing.prepare_import("mall.xlsx", workbook(rows), versions.current_rows(root)[1])
    text = "\n".join(str(p) for p in prepared.problems)
    assert not prepared.ok and not prepared.after
    assert f"Bladet ”{sheet_word}”, rad {position + 2}, kolumn " in text, text
    assert column in text and message in text, text
    assert tree_hash(root) == before


def test_a_csv_of_indicators_with_screen_words_imports(tmp_path):
    root = kinds_data.make_store(tmp_path)
    cols = TABLES["indicators"].column_names
    row = {**kinds_data.ROWS["indicators"][0], "indicator_id": "FR1499-I9", "kind": "långsiktig indikator"}
    text = csv_text("indicators", [[row.get(c) for c in cols]])
    prepared = importing.prepare_import("indikatorer.csv", text.encode(), versions.current_rows(root)[1])
    assert prepared.ok, [str(p) for p in prepared.problems]
    assert prepared.after["indicators"][("FR1499-I9",)][cols.index("kind")] == "långsiktig indikator"


def test_the_browser_editor_sets_a_milestones_date_and_checks_it_like_an_import(tmp_path):
    from folkhalsa import editing

    root = kinds_data.make_store(tmp_path)
    _, rows = versions.current_rows(root)
    frames = editing.editor_frames(rows, "FR1499", 2019)
    assert "done_date" in frames["indicator_values"].columns
    unchanged = editing.prepare_edits(rows, "FR1499", 2019, frames)
    assert unchanged.ok and not any(d.new or d.changed or d.removed for d in unchanged.diffs.values())
    values = frames["indicator_values"].copy()
    i6 = values.index[values["indicator_id"] == "FR1499-I6"][0]
    values.loc[i6, "done_date"] = pd.Timestamp("2019-11-30")  # the date column as the editor returns it
    bad = editing.prepare_edits(rows, "FR1499", 2019, {**frames, "indicator_values": values})
    assert not bad.ok
    assert "bara när milstolpen är genomförd" in "\n".join(str(p) for p in bad.problems)
    values.loc[i6, "outcome"] = 1.0
    good = editing.prepare_edits(rows, "FR1499", 2019, {**frames, "indicator_values": values})
    assert good.ok, [str(p) for p in good.problems]
    row = good.after["indicator_values"][("FR1499-I6", 2019, "AR", "T")]
    assert row[_column("indicator_values", "done_date")] == date(2019, 11, 30)
