"""The organisation's words and a joint plan's payers are data, imported through the template.

A committee's vocabulary (sheets Organisation and Målnivåer) and a plan's parties (Parter) go
through the same import path as every table; bad rows are named by sheet, row and column and
change nothing. Budget rows name their payer and may be entered in kronor (stored in tkr).
"""

from __future__ import annotations

import io

import openpyxl
import pandas as pd

import queries
from folkhalsa import economy, importing, template, versions, words
from folkhalsa import sheets as sh
from folkhalsa.__main__ import main
from folkhalsa.followup.periods import Period
from folkhalsa.schema import TABLES
from folkhalsa.store import open_store
from tests.storetools import CLI, new_store, tree_hash


def _runner(store):
    return lambda name, **params: queries.run(name, store, **params)


def _fill(wb, sheet: str, rows: list[list[object]]) -> None:
    ws = wb[sheet]
    for r, values in enumerate(rows, start=3):  # row 2 is the template's example row
        for c, value in enumerate(values, start=1):
            ws.cell(r, c, value)


def test_template_round_trip_of_the_vocabulary_sheets(tmp_path, monkeypatch):
    root = new_store(tmp_path, from_demo=True)
    wb = openpyxl.load_workbook(io.BytesIO(template.build()))
    assert [c.value for c in wb["Organisation"][1]] == [
        "Nämnd-id", "Organ", "Organ i bestämd form", "Rapportens namn", "Källa"]
    assert [c.value for c in wb["Målnivåer"][1]] == ["Nämnd-id", "Djup", "Nivå", "Nivå i plural", "Bedöms", "Källa"]
    _fill(wb, "Organisation", [["LN1381", "social hållbarhetsberedning", "beredningen", "Delårsrapport"]])
    _fill(wb, "Målnivåer", [["LN1381", 1, "fokusområde", "fokusområden", "nej"],
                            ["LN1381", 2, "delmål", "delmål", "Ja"]])
    path = tmp_path / "ord.xlsx"
    wb.save(path)
    monkeypatch.setenv("FOLKHALSA_DATA", str(root))
    assert main(["import", str(path)]) == 0
    store = open_store(root)
    laholm = words.of_committee(_runner(store), "LN1381")
    assert (laholm.kind_title, laholm.body, laholm.owner, laholm.report) == (
        "Social hållbarhetsberedning", "beredningen", "Beredningens", "Delårsrapport")
    assert (laholm.area, laholm.areas, laholm.goal, laholm.goals) == ("fokusområde", "fokusområden", "delmål", "delmål")
    # another Halland committee without rows keeps Halland's words
    assert words.of_committee(_runner(store), "LN1380") == words.DEFAULTS


def test_bad_vocabulary_rows_name_sheet_row_and_column_and_change_nothing(tmp_path):
    root = new_store(tmp_path, from_demo=True)
    before = tree_hash(root)
    wb = openpyxl.load_workbook(io.BytesIO(template.build()))
    _fill(wb, "Organisation", [["LN1381", "beredning", None, "Delårsrapport"]])
    _fill(wb, "Målnivåer", [["LN1381", 0, "fokusområde", "fokusområden", "nej"],
                            ["LN1381", 2, "delmål", "delmål", "kanske"],
                            ["XX9999", 1, "mål", "mål", "ja"]])
    buf = io.BytesIO()
    wb.save(buf)
    prepared = importing.prepare_import("ord.xlsx", buf.getvalue(), versions.current_rows(root)[1])
    text = "\n".join(str(p) for p in prepared.problems)
    assert not prepared.ok
    assert "”Organisation”, rad 3, kolumn C ”Organ i bestämd form”: Värde saknas" in text
    assert "”Målnivåer”, rad 3, kolumn B ”Djup”: Djupet 0 finns inte" in text
    assert "”Målnivåer”, rad 4, kolumn E ”Bedöms”: ”kanske” är inte ett tillåtet värde" in text
    assert "”Målnivåer”, rad 5, kolumn A ”Nämnd-id”: Nämnd-id ”XX9999” finns varken" in text
    assert tree_hash(root) == before


def _csv(table: str, rows: list[dict[str, object]]) -> str:
    """A CSV of one table with every header of its sheet, in the template's order."""
    spec = sh.SHEETS[table]
    cols = TABLES[table].column_names
    lines = [";".join(spec.header(c) for c in cols)]
    lines += [";".join("" if r.get(c) is None else str(r[c]) for c in cols) for r in rows]
    return "\n".join(lines) + "\n"


_POST = dict(committee_id="FHR1441", year=2023, period="T1")
BUDGET = _csv("budget", [
    dict(_POST, account="Föräldrastöd", position=1, budget_tkr="220 000 kr"),
    dict(_POST, account="Föräldrastöd: varav HSN Väst", parent_account="Föräldrastöd", position=2,
         budget_tkr="110 000 kr", outcome_tkr="12 345 kr", row_kind="varav", payer="HSN Väst"),
    dict(_POST, account="Föräldrastöd: varav Lerums kommun", parent_account="Föräldrastöd", position=3,
         budget_tkr="110 tkr", outcome_tkr="7,5", row_kind="varav", payer="Lerums kommun"),
])
PERIODS = _csv("periods", [dict(committee_id="FHR1441", year=2023, period="T1", first_month=1, last_month=4,
                                label="Tertialrapport 1")])


def test_budget_in_kronor_is_stored_in_tkr_unrounded_with_its_payer(tmp_path, monkeypatch):
    root = new_store(tmp_path, from_demo=True)
    monkeypatch.setenv("FOLKHALSA_DATA", str(root))
    (tmp_path / "perioder.csv").write_text(PERIODS, encoding="utf-8")
    assert main(["import", str(tmp_path / "perioder.csv")]) == 0
    (tmp_path / "budget.csv").write_text(BUDGET, encoding="utf-8")
    assert main(["import", str(tmp_path / "budget.csv")]) == 0
    store = open_store(root)
    rows = queries.run("budget_rows", store, committee_id="FHR1441", year=2023, period="T1")
    by = rows.set_index("account")
    assert by.at["Föräldrastöd", "budget_tkr"] == 220
    assert by.at["Föräldrastöd: varav HSN Väst", "outcome_tkr"] == 12.345  # kronor → tkr, not rounded
    assert by.at["Föräldrastöd: varav Lerums kommun", "budget_tkr"] == 110
    assert by.at["Föräldrastöd: varav HSN Väst", "payer"] == "HSN Väst"
    period = Period("T1", 1, 4, "Tertialrapport 1")
    parties = queries.run("parties", store, committee_id="FHR1441")
    totals = economy.payer_totals(rows, period, parties).set_index("payer")
    assert totals.at["HSN Väst", "outcome_tkr"] == 12.345 and totals.at["Lerums kommun", "outcome_tkr"] == 7.5
    table = economy.payer_totals_table(economy.payer_totals(rows, period, parties))
    assert list(table["Utfall (tkr)"]) == ["12", "8"]  # rounded once, when shown


def test_a_payer_that_is_no_party_of_the_plan_is_refused(tmp_path):
    root = new_store(tmp_path, from_demo=True)
    before = tree_hash(root)
    data = BUDGET.replace(";2023;", ";2022;").replace(";Lerums kommun\n", ";Alingsås kommun\n").encode()
    prepared = importing.prepare_import("budget.csv", data, versions.current_rows(root)[1])
    text = "\n".join(str(p) for p in prepared.problems)
    column = openpyxl.utils.get_column_letter(TABLES["budget"].column_names.index("payer") + 1)
    assert f"rad 4, kolumn {column} ”Betalare”: ”Alingsås kommun” är ingen part i planen. Skriv en av: HSN Väst, " \
           "Lerums kommun" in text
    assert tree_hash(root) == before


def test_payer_split_per_post_uses_the_stated_total_else_the_sum():
    rows = pd.DataFrame({
        "account": ["A", "A: HSN", "A: kommun", "B", "B: HSN"],
        "parent_account": [None, "A", "A", None, "B"],
        "budget_tkr": [300.0, 100.0, 150.0, None, 65.5],
        "payer": [None, "HSN", "kommun", None, "HSN"],
    })
    split = economy.payer_split(rows)
    assert list(split.columns) == ["account", "HSN", "kommun", "total"]
    assert split.set_index("account").at["A", "total"] == 300  # as stated, not 250
    assert split.set_index("account").at["B", "total"] == 65.5
    assert economy.payer_split(rows.assign(payer=None)).empty


def test_plan_periods_say_how_far_into_each_plan_a_year_is():
    from folkhalsa.followup import plans

    table = pd.DataFrame({"name": ["Avtal", "Fokus", "Gammal plan", "Trasig"], "first_year": [2017, 2018, 2010, None],
                          "last_year": [2020, 2018, 2012, 2020]})
    assert plans.covering(table, 2018) == ["Avtal 2017–2020: år 2 av 4", "Fokus 2018: år 1 av 1"]
    assert plans.sentence(table, 2019) == "Planperioder: Avtal 2017–2020: år 3 av 4."
    assert plans.sentence(table, 2030) is None and plans.sentence(table.head(0), 2019) is None


def test_plan_periods_import_and_a_reversed_plan_is_refused(tmp_path, monkeypatch):
    root = new_store(tmp_path, from_demo=True)
    before = tree_hash(root)
    wb = openpyxl.load_workbook(io.BytesIO(template.build()))
    _fill(wb, "Planperioder", [["LN1381", "Folkhälsoplan", 2022, 2019]])
    buf = io.BytesIO()
    wb.save(buf)
    prepared = importing.prepare_import("plan.xlsx", buf.getvalue(), versions.current_rows(root)[1])
    assert not prepared.ok and tree_hash(root) == before
    assert [str(p) for p in prepared.problems] == [
        "Bladet ”Planperioder”, rad 3, kolumn D ”Sista år”: Första år (2022) är efter Sista år (2019); en plan går "
        "från sitt första till sitt sista år."]
    wb = openpyxl.load_workbook(io.BytesIO(template.build()))
    _fill(wb, "Planperioder", [["LN1381", "Folkhälsoplan", 2019, 2022]])
    buf = io.BytesIO()
    wb.save(buf)
    prepared = importing.prepare_import("plan.xlsx", buf.getvalue(), versions.current_rows(root)[1])
    assert prepared.ok, [str(p) for p in prepared.problems]
    versions.commit(root, prepared.after, CLI, "import", "plan")
    store = open_store(root)
    assert list(store.query("select name, first_year, last_year from plan_periods where committee_id = 'LN1381'")
                .itertuples(index=False, name=None)) == [("Folkhälsoplan", 2019, 2022)]
