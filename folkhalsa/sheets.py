"""Swedish names for the tables officials fill in: sheet names, column headers, vocabularies.

The template and the importer are generic over ``schema.TABLES``: a table is offered in the
workbook (and accepted on import) as soon as it has an entry in ``SHEETS`` below. To support
a new table, add its sheet name and one Swedish header per schema column; add a vocabulary
in ``VOCABULARIES`` if a column only takes fixed values, and a reference in ``REFERENCES`` if
a column must name a row of another table.
"""

from __future__ import annotations

from dataclasses import dataclass

from folkhalsa.schema import (
    ACTIVITY_KINDS,
    DIRECTIONS,
    GENDERS,
    GOAL_LEVELS,
    PERIODS,
    SCHOOL_YEARS,
    STATUSES,
    SURVEY_AREAS,
    TABLES,
    UNITS,
)


@dataclass(frozen=True)
class Sheet:
    table: str
    name: str  # the sheet's name in the workbook (≤ 31 characters, Excel's limit)
    headers: dict[str, str]  # schema column -> Swedish header
    example: dict[str, object]  # one filled example row

    def header(self, column: str) -> str:
        return self.headers[column]


SHEETS: dict[str, Sheet] = {
    s.table: s
    for s in (
        Sheet("committees", "Nämnder", {
            "committee_id": "Nämnd-id", "name": "Namn", "organisation": "Organisation",
            "kind": "Typ", "active_from": "Verksam från år", "active_to": "Verksam till år",
            "source_note": "Källa",
        }, {"committee_id": "LN1380", "name": "Lokal nämnd Halmstad", "organisation": "Region Halland",
            "kind": "lokal nämnd", "active_from": 2007, "active_to": 2022}),
        Sheet("committee_municipalities", "Kommuner", {
            "committee_id": "Nämnd-id", "municipality_code": "Kommunkod",
            "municipality_name": "Kommun", "source_note": "Källa",
        }, {"committee_id": "LN1380", "municipality_code": "1380", "municipality_name": "Halmstad"}),
        Sheet("goals", "Mål", {
            "goal_id": "Mål-id", "committee_id": "Nämnd-id", "year": "År", "parent_id": "Överordnat mål-id",
            "level": "Nivå", "title": "Rubrik", "position": "Ordning", "source_note": "Källa",
        }, {"goal_id": "LN1380-U1", "committee_id": "LN1380", "year": 2022, "parent_id": "LN1380-M4",
            "level": "uppdrag", "title": "Verka för jämlik hälsa genom långsiktigt hälsofrämjande arbete",
            "position": 1}),
        Sheet("goal_assessments", "Målbedömningar", {
            "goal_id": "Mål-id", "year": "År", "period": "Period", "status": "Status",
            "comment": "Kommentar", "source_note": "Källa",
        }, {"goal_id": "LN1380-U1", "year": 2022, "period": "UR2", "status": "delvis",
            "comment": "Dialoger om tillit har genomförts i april–juni."}),
        Sheet("indicators", "Indikatorer", {
            "indicator_id": "Indikator-id", "committee_id": "Nämnd-id", "goal_id": "Mål-id",
            "name": "Namn", "unit": "Enhet", "direction": "Riktning", "source": "Datakälla",
            "description": "Beskrivning", "source_note": "Källa",
        }, {"indicator_id": "LN1380-I1", "committee_id": "LN1380", "goal_id": "LN1380-U1",
            "name": "Antal genomförda dialoger om tillit", "unit": "antal", "direction": "higher",
            "source": "egen", "description": "Räknas ur aktivitetsloggen."}),
        Sheet("indicator_values", "Indikatorvärden", {
            "indicator_id": "Indikator-id", "year": "År", "period": "Period", "gender": "Kön",
            "outcome": "Utfall", "target": "Målvärde", "comment": "Kommentar", "source_note": "Källa",
        }, {"indicator_id": "LN1380-I1", "year": 2022, "period": "UR2", "gender": "T",
            "outcome": 7, "target": 6}),
        Sheet("activities", "Aktiviteter", {
            "activity_id": "Aktivitet-id", "committee_id": "Nämnd-id", "date": "Datum", "title": "Rubrik",
            "kind": "Typ", "target_group": "Målgrupp", "place": "Plats",
            "participants_total": "Deltagare totalt", "participants_women": "Deltagare kvinnor",
            "participants_men": "Deltagare män", "source_note": "Källa",
        }, {"activity_id": "LN1380-2022-001", "committee_id": "LN1380", "date": "2022-04-12",
            "title": "Medskapande dialog om tillit", "kind": "dialog", "target_group": "Unga 16–25 år",
            "place": "Halmstads bibliotek", "participants_total": 12, "participants_women": 7,
            "participants_men": 5}),
        Sheet("budget", "Ekonomi", {
            "committee_id": "Nämnd-id", "year": "År", "period": "Period", "account": "Post",
            "parent_account": "Överordnad post", "position": "Ordning", "budget_tkr": "Budget (tkr)",
            "period_budget_tkr": "Periodens budget (tkr)", "outcome_tkr": "Utfall (tkr)",
            "forecast_tkr": "Prognos (tkr)", "source_note": "Källa",
        }, {"committee_id": "LN1380", "year": 2022, "period": "UR2", "account": "Övriga driftkostnader",
            "parent_account": "Summa", "position": 2, "budget_tkr": 389, "period_budget_tkr": 259,
            "outcome_tkr": 172, "forecast_tkr": 389}),
        # Survey results (LUPP, Hälsa på lika villkor): offered as soon as the schema has the table.
        Sheet("survey_results", "Enkätresultat", {
            "survey": "Undersökning", "survey_year": "Undersökningsår", "municipality_code": "Kommunkod",
            "question": "Fråga", "answer": "Svar", "group": "Årskurs", "gender": "Kön", "area": "Område",
            "share": "Andel", "n_respondents": "Antal svarande", "source_note": "Källa",
        }, {"survey": "LUPP", "survey_year": 2021, "municipality_code": "1380",
            "question": "Jag trivs i skolan", "answer": "Stämmer helt", "group": "åk 8", "gender": "T",
            "area": "skola", "share": 62, "n_respondents": 140}),
    )
    if s.table in TABLES
}

# The example row of the template carries this note; the importer skips such rows.
EXAMPLE_NOTE = "Exempelrad – skriv över eller ta bort"

# Columns that only take fixed values: (table, column) first, then the column name alone.
VOCABULARIES: dict[tuple[str, str] | str, tuple[str, ...]] = {
    ("activities", "kind"): ACTIVITY_KINDS,
    "period": PERIODS,
    "gender": GENDERS,
    "status": STATUSES,
    "unit": UNITS,
    "direction": DIRECTIONS,
    "level": GOAL_LEVELS,
    ("survey_results", "group"): SCHOOL_YEARS,
    ("survey_results", "area"): SURVEY_AREAS,
}

# Spellings officials use that mean a fixed value.
ALIASES: dict[str, str] = {"ÅR": "AR", "år": "AR"}

# Whole-number columns that are years, checked against YEAR_RANGE.
YEAR_COLUMNS = frozenset({"year", "active_from", "active_to", "survey_year"})
YEAR_RANGE = (2000, 2100)

# Number columns that may be negative (economy: corrections and refunds); all others are ≥ 0.
SIGNED_COLUMNS = frozenset({"budget_tkr", "period_budget_tkr", "outcome_tkr", "forecast_tkr"})

# Shares in percent (0–100) wherever they occur.
PERCENT_COLUMNS = frozenset({"share"})

# Indicator outcome and target: their range follows the indicator's unit (≥ 0 for antal,
# 0–100 for procent, any sign for tkr), checked by the importer against the indicator.
UNIT_COLUMNS = ("outcome", "target")

# Columns that must name an existing row: (table, columns) -> (table, columns).
REFERENCES: tuple[tuple[str, tuple[str, ...], str, tuple[str, ...]], ...] = (
    ("committee_municipalities", ("committee_id",), "committees", ("committee_id",)),
    ("goals", ("committee_id",), "committees", ("committee_id",)),
    ("goals", ("parent_id", "year"), "goals", ("goal_id", "year")),
    ("goal_assessments", ("goal_id", "year"), "goals", ("goal_id", "year")),
    ("indicators", ("committee_id",), "committees", ("committee_id",)),
    ("indicators", ("goal_id",), "goals", ("goal_id",)),
    ("indicator_values", ("indicator_id",), "indicators", ("indicator_id",)),
    ("activities", ("committee_id",), "committees", ("committee_id",)),
    ("budget", ("committee_id",), "committees", ("committee_id",)),
)

# Swedish words for a table in messages and previews.
TABLE_WORD = {t: s.name for t, s in SHEETS.items()}


def vocabulary(table: str, column: str) -> tuple[str, ...] | None:
    return VOCABULARIES.get((table, column)) or VOCABULARIES.get(column)


def table_word(table: str) -> str:
    return TABLE_WORD.get(table, table)
