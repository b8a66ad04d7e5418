"""Swedish names for the tables officials fill in: sheet names, column headers, vocabularies.

The template and the importer are generic over ``schema.TABLES``: a table is offered in the
workbook (and accepted on import) as soon as it has an entry in ``SHEETS`` below. To support
a new table, add its sheet name and one Swedish header per schema column; add a vocabulary
in ``VOCABULARIES`` if a column only takes fixed values, and a reference in ``REFERENCES`` if
a column must name a row of another table.
"""

from __future__ import annotations

from dataclasses import dataclass

from folkhalsa.rules import DIRECTION_WORD, STATUS_WORD
from folkhalsa.schema import (
    ACTIVITY_KINDS,
    ACTIVITY_STATES,
    BUDGET_ROW_KINDS,
    DIRECTIONS,
    GENDERS,
    GOAL_LEVELS,
    INDICATOR_KINDS,
    LOG_MEASURES,
    PERIODS,
    SCHOOL_YEARS,
    STATUSES,
    SURVEY_AREAS,
    TABLES,
    TEXT_KINDS,
    UNITS,
    YES_NO,
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
            "assessed": "Bedöms",
        }, {"goal_id": "LN1380-U1", "committee_id": "LN1380", "year": 2022,
            "level": "uppdrag", "title": "Verka för jämlik hälsa genom långsiktigt hälsofrämjande arbete",
            "position": 1, "assessed": "ja"}),
        Sheet("goal_assessments", "Målbedömningar", {
            "goal_id": "Mål-id", "year": "År", "period": "Period", "status": "Status",
            "comment": "Kommentar", "source_note": "Källa",
        }, {"goal_id": "LN1380-U1", "year": 2022, "period": "UR2", "status": "Uppfylls delvis",
            "comment": "Dialoger om tillit har genomförts i april–juni."}),
        Sheet("indicators", "Indikatorer", {
            "indicator_id": "Indikator-id", "committee_id": "Nämnd-id", "goal_id": "Mål-id",
            "name": "Namn", "unit": "Enhet", "direction": "Riktning", "source": "Datakälla",
            "description": "Beskrivning", "source_note": "Källa",
            "log_measure": "Räknas ur aktivitetsloggen", "log_match": "Loggens rubrik innehåller",
            "kind": "Typ av indikator", "baseline_year": "Basår",
        }, {"indicator_id": "LN1380-I1", "committee_id": "LN1380", "goal_id": "LN1380-U1",
            "name": "Antal genomförda dialoger om tillit", "unit": "antal", "direction": "Högre är bättre",
            "source": "egen", "description": "Nämndens eget antal; loggen visas som varav registrerade.",
            "log_measure": "dialoger"}),
        Sheet("indicator_values", "Indikatorvärden", {
            "indicator_id": "Indikator-id", "year": "År", "period": "Period", "gender": "Kön",
            "outcome": "Utfall", "target": "Målvärde", "comment": "Kommentar", "source_note": "Källa",
            "done_date": "Genomförd datum",
        }, {"indicator_id": "LN1380-I1", "year": 2022, "period": "UR2", "gender": "T",
            "outcome": 7, "target": 6}),
        Sheet("activities", "Aktiviteter", {
            "activity_id": "Aktivitet-id", "committee_id": "Nämnd-id", "date": "Datum", "title": "Rubrik",
            "kind": "Typ", "target_group": "Målgrupp", "place": "Plats",
            "participants_total": "Deltagare totalt", "participants_women": "Deltagare kvinnor",
            "participants_men": "Deltagare män", "source_note": "Källa", "end_date": "Slutdatum",
        }, {"activity_id": "LN1380-2022-001", "committee_id": "LN1380", "date": "2022-04-12",
            "title": "Medskapande dialog om tillit", "kind": "dialog", "target_group": "Unga 16–25 år",
            "place": "Halmstads bibliotek", "participants_total": 12, "participants_women": 7,
            "participants_men": 5}),
        Sheet("budget", "Ekonomi", {
            "committee_id": "Nämnd-id", "year": "År", "period": "Period", "account": "Post",
            "parent_account": "Överordnad post", "position": "Ordning", "budget_tkr": "Budget (tkr)",
            "period_budget_tkr": "Periodens budget (tkr)", "outcome_tkr": "Utfall (tkr)",
            "forecast_tkr": "Prognos (tkr)", "source_note": "Källa",
            "deviation_tkr": "Avvikelse (tkr)", "forecast_deviation_tkr": "Avvikelse budget–prognos (tkr)",
            "row_kind": "Radtyp", "comment": "Kommentar", "payer": "Betalare",
        }, {"committee_id": "LN1380", "year": 2022, "period": "UR2", "account": "Övriga driftkostnader",
            "position": 2, "budget_tkr": 389, "outcome_tkr": 172, "forecast_tkr": 389,
            "deviation_tkr": -34, "forecast_deviation_tkr": 0}),
        # Survey results (LUPP, Hälsa på lika villkor): offered as soon as the schema has the table.
        Sheet("survey_results", "Enkätresultat", {
            "survey": "Undersökning", "survey_year": "Undersökningsår", "municipality_code": "Kommunkod",
            "question": "Fråga", "answer": "Svar", "group": "Årskurs", "gender": "Kön", "area": "Område",
            "share": "Andel", "n_respondents": "Antal svarande", "source_note": "Källa",
        }, {"survey": "LUPP", "survey_year": 2021, "municipality_code": "1380",
            "question": "Jag trivs i skolan", "answer": "Stämmer helt", "group": "åk 8", "gender": "T",
            "area": "skola", "share": 62, "n_respondents": 140}),
        Sheet("periods", "Perioder", {
            "committee_id": "Nämnd-id", "year": "År", "period": "Period", "first_month": "Första månad",
            "last_month": "Sista månad", "label": "Rapportens namn", "source_note": "Källa",
        }, {"committee_id": "LN1380", "year": 2022, "period": "UR1", "first_month": 1, "last_month": 3,
            "label": "Uppföljningsrapport 1"}),
        Sheet("goal_activities", "Åtagandens aktiviteter", {
            "goal_id": "Mål-id", "year": "År", "period": "Period", "title": "Aktivitet", "state": "Status",
            "comment": "Kommentar", "position": "Ordning", "source_note": "Källa",
        }, {"goal_id": "LN1380-U1", "year": 2022, "period": "UR2", "title": "Fördjupade dialoger om tillit",
            "state": "genomförd", "comment": "En dialog per kommun under april–juni.", "position": 1}),
        Sheet("parties", "Parter", {
            "committee_id": "Nämnd-id", "party": "Part", "name": "Namn", "position": "Ordning",
            "source_note": "Källa",
        }, {"committee_id": "LN1380", "party": "Region Halland", "name": "Region Halland", "position": 1}),
        Sheet("plan_periods", "Planperioder", {
            "committee_id": "Nämnd-id", "name": "Plan", "first_year": "Första år", "last_year": "Sista år",
            "source_note": "Källa",
        }, {"committee_id": "LN1380", "name": "Folkhälsoplan", "first_year": 2019, "last_year": 2022}),
        Sheet("organisation_words", "Organisation", {
            "committee_id": "Nämnd-id", "kind": "Organ", "definite": "Organ i bestämd form",
            "report": "Rapportens namn", "source_note": "Källa",
        }, {"committee_id": "LN1380", "kind": "lokal nämnd", "definite": "nämnden",
            "report": "Uppföljningsrapport"}),
        Sheet("goal_level_words", "Målnivåer", {
            "committee_id": "Nämnd-id", "depth": "Djup", "level": "Nivå", "plural": "Nivå i plural",
            "assessed": "Bedöms", "source_note": "Källa",
        }, {"committee_id": "LN1380", "depth": 1, "level": "målområde", "plural": "målområden",
            "assessed": "nej"}),
        Sheet("texts", "Texter", {
            "committee_id": "Nämnd-id", "year": "År", "period": "Period", "kind": "Avsnitt",
            "text": "Innehåll", "source_note": "Källa",
        }, {"committee_id": "LN1380", "year": 2022, "period": "UR2", "kind": "Sammanfattning",
            "text": "Nämnden har under perioden ..."}),
    )
    if s.table in TABLES
}

# The example row of the template carries this note; the importer skips such rows.
EXAMPLE_NOTE = "Exempelrad – skriv över eller ta bort"

# Columns that only take fixed values: (table, column) first, then the column name alone.
# Periods, goal levels and activity kinds are the organisation's own words: open, with the
# usual ones offered in the template's drop-downs (SUGGESTIONS).
VOCABULARIES: dict[tuple[str, str] | str, tuple[str, ...]] = {
    "gender": GENDERS,
    ("goal_assessments", "status"): STATUSES,
    ("goal_activities", "state"): ACTIVITY_STATES,
    "unit": UNITS,
    "direction": DIRECTIONS,
    "assessed": YES_NO,
    "log_measure": LOG_MEASURES,
    "row_kind": BUDGET_ROW_KINDS,
    ("texts", "kind"): TEXT_KINDS,
    ("indicators", "kind"): INDICATOR_KINDS,
}

SUGGESTIONS: dict[tuple[str, str] | str, tuple[str, ...]] = {
    # LUPP's school years and areas; other surveys (CAN, Hälsa på lika villkor) bring their own
    ("survey_results", "group"): SCHOOL_YEARS,
    ("survey_results", "area"): SURVEY_AREAS,
    ("activities", "kind"): ACTIVITY_KINDS,
    "period": PERIODS,
    "level": GOAL_LEVELS,
}

# Spellings officials use that mean a fixed value: the words shown on screen, any case.
ALIASES: dict[str, str] = {
    "år": "AR", "årsredovisning": "AR",
    "uppfylls": "uppfylls", "uppfylls delvis": "delvis", "delvis uppfylld": "delvis",
    "uppfylls inte": "uppfylls_inte", "ej uppfylld": "uppfylls_inte", "ej bedömd": "ej_bedomd",
    "ej bedömt": "ej_bedomd", "inte bedömd": "ej_bedomd",
    "högre är bättre": "higher", "högre": "higher", "lägre är bättre": "lower", "lägre": "lower",
    "totalt": "T", "kvinnor": "K", "flickor": "K", "män": "M", "pojkar": "M",
    "procent": "procent", "%": "procent", "st": "antal",
    "sammanfattning": "sammanfattning", "kvalitetsstyrning": "kvalitetsstyrning",
    "ackumulerad budgetavvikelse": "ackumulerad_avvikelse", "prognos budgetavvikelse": "prognos_avvikelse",
    "ordförande": "ordforande", "nämndtjänsteperson": "namndtjansteperson",
    "långsiktiga indikatorer": "långsiktig indikator", "långsiktig": "långsiktig indikator",
    "effektmål att utvärdera": "effektmål",
}


# The words the template's drop-downs offer for fixed values: as shown on screen. The import
# takes these (any case, through ALIASES) as well as the codes.
DISPLAY: dict[tuple[str, str] | str, dict[str, str]] = {
    ("goal_assessments", "status"): STATUS_WORD,
    "direction": DIRECTION_WORD,
    "period": {"AR": "ÅR"},
    ("indicators", "kind"): {k: k.capitalize() for k in INDICATOR_KINDS},
    ("texts", "kind"): {
        "sammanfattning": "Sammanfattning", "kvalitetsstyrning": "Kvalitetsstyrning", "ekonomi": "Ekonomi",
        "ackumulerad_avvikelse": "Ackumulerad budgetavvikelse", "prognos_avvikelse": "Prognos budgetavvikelse",
        "ordforande": "Ordförande", "namndtjansteperson": "Nämndtjänsteperson",
    },
}

# Words for codes that stay codes in the drop-down (shown in the cell's input message).
CODE_WORDS: dict[tuple[str, str] | str, str] = {
    "gender": "T = Totalt, K = Kvinnor, M = Män",
    ("survey_results", "gender"): "T = Totalt, K = Flickor, M = Pojkar",
}


def choices(table: str, column: str) -> tuple[str, ...]:
    """A fixed column's values as offered to officials: the screen words where there are any."""
    vocab = vocabulary(table, column) or ()
    words = DISPLAY.get((table, column)) or DISPLAY.get(column) or {}
    return tuple(words.get(v, v) for v in vocab)


def suggestions(table: str, column: str) -> tuple[str, ...] | None:
    """The usual values of an open column (periods, goal levels, activity kinds), or None."""
    usual = SUGGESTIONS.get((table, column)) or SUGGESTIONS.get(column)
    words = DISPLAY.get((table, column)) or DISPLAY.get(column) or {}
    return tuple(words.get(v, v) for v in usual) if usual else None


def alias(value: str) -> str:
    """The fixed value an official's spelling means (case and spaces ignored), else as given."""
    return ALIASES.get(" ".join(value.split()).casefold(), value)

# Whole-number columns that are years, checked against YEAR_RANGE.
YEAR_COLUMNS = frozenset({"year", "active_from", "active_to", "survey_year", "baseline_year", "first_year",
                          "last_year"})
YEAR_RANGE = (2000, 2100)

# Month numbers (1–12) of a period.
MONTH_COLUMNS = frozenset({"first_month", "last_month"})

# A goal level's depth: 1 (the top) to DEPTH_MAX.
DEPTH_COLUMNS = frozenset({"depth"})
DEPTH_MAX = 9

# Pairs of columns in a row where the first may not come after the second, with the hint the
# message ends with (what the pair means to the one filling in the sheet).
ORDERED_COLUMNS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "activities": (("date", "end_date", "Lämna Slutdatum tomt när aktiviteten är en dag."),),
    "periods": (("first_month", "last_month", "en period går från första till sista månaden inom ett år."),),
    "plan_periods": (("first_year", "last_year", "en plan går från sitt första till sitt sista år."),),
}

# Number columns that may be negative (economy: corrections and refunds); all others are ≥ 0.
SIGNED_COLUMNS = frozenset({"budget_tkr", "period_budget_tkr", "outcome_tkr", "forecast_tkr", "deviation_tkr",
                            "forecast_deviation_tkr"})

# Budget amounts (tkr) that may be entered in kronor: a cell ”110 000 kr” is stored as 110 (tkr);
# ”110 tkr” and a plain 110 are tkr.
AMOUNT_COLUMNS = SIGNED_COLUMNS  # the same columns: every tkr amount

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
    ("periods", ("committee_id",), "committees", ("committee_id",)),
    ("goal_activities", ("goal_id", "year"), "goals", ("goal_id", "year")),
    ("texts", ("committee_id",), "committees", ("committee_id",)),
    ("organisation_words", ("committee_id",), "committees", ("committee_id",)),
    ("parties", ("committee_id",), "committees", ("committee_id",)),
    ("plan_periods", ("committee_id",), "committees", ("committee_id",)),
    ("goal_level_words", ("committee_id",), "committees", ("committee_id",)),
)

# Swedish words for a table in messages, previews and the change log: its sheet's name, and for the
# tables that are not in the template (fetched, not typed) their own word.
TABLE_WORD = {t: s.name for t, s in SHEETS.items()} | {"kolada_values": "Koladavärden"}


def vocabulary(table: str, column: str) -> tuple[str, ...] | None:
    return VOCABULARIES.get((table, column)) or VOCABULARIES.get(column)


def table_word(table: str) -> str:
    return TABLE_WORD.get(table, table)


def period_code(value: str) -> str:
    """A period as its code: ``ÅR``/``Årsredovisning`` → ``AR``, ``ur1`` → ``UR1``; others upper case."""
    code = alias(value)
    return code if code != value else " ".join(value.split()).upper()
