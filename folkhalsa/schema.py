"""The tables of the store and their columns: the one place that says what a file must hold.

Every table is one Parquet file named ``<table>.parquet``. The store checks each file
against this schema when it opens, so a wrong file fails early with a Swedish message
instead of deep inside a query.
"""

from __future__ import annotations

from dataclasses import dataclass

# The default follow-up periods (code, first month, last month, report name). A committee-year
# states its own in the table ``periods`` (a UR1 that ends in March, tertials, half-years);
# these apply only where it has no row. Period codes are otherwise open.
DEFAULT_PERIODS: tuple[tuple[str, int, int, str], ...] = (
    ("UR1", 1, 4, "Uppföljningsrapport 1"),
    ("UR2", 1, 8, "Uppföljningsrapport 2"),
    ("AR", 1, 12, "Årsredovisning"),
)
PERIODS: tuple[str, ...] = tuple(p[0] for p in DEFAULT_PERIODS)
GENDERS: tuple[str, ...] = ("T", "K", "M")
STATUSES: tuple[str, ...] = ("uppfylls", "delvis", "uppfylls_inte", "ej_bedomd")
ACTIVITY_STATES: tuple[str, ...] = ("genomförd", "pågår", "planerad")
YES_NO: tuple[str, ...] = ("ja", "nej")
# What an indicator counts in the activity log, when it is counted from it at all.
LOG_MEASURES: tuple[str, ...] = ("aktiviteter", "dialoger", "deltagare", "dialogdeltagare")
# Budget rows: a part that need not add up (varav), the committee's stated total (summa), the
# post whose children are the development funds by purpose (utvecklingsmedel).
BUDGET_ROW_KINDS: tuple[str, ...] = ("varav", "summa", "utvecklingsmedel")
TEXT_KINDS: tuple[str, ...] = (
    "sammanfattning", "kvalitetsstyrning", "ekonomi", "ackumulerad_avvikelse", "prognos_avvikelse",
    "ordforande", "namndtjansteperson",
)
UNITS: tuple[str, ...] = ("antal", "procent", "tkr")
DIRECTIONS: tuple[str, ...] = ("higher", "lower")
# What an indicator is in the plan (issue 14): a plain indicator (target per year), a long-term
# indicator (followed over time), an effect goal (target, or a direction from a baseline year)
# and a milestone (done or not, with a date). Empty means ”indikator”.
INDICATOR_KINDS: tuple[str, ...] = ("indikator", "långsiktig indikator", "effektmål", "milstolpe")
# The organisation's words where a committee has no row on ``organisation_words`` /
# ``goal_level_words``: Region Halland's lokala nämnder. The committee kind, its definite form
# (in sentences: ”har nämnden genomfört”), the report's name; then the goal levels in order of
# depth as (singular, plural, assessed): a report of uppdrag and åtaganden calls them åtaganden.
DEFAULT_WORDS: dict[str, str] = {"kind": "lokal nämnd", "definite": "nämnden", "report": "Uppföljningsrapport"}
DEFAULT_GOAL_LEVELS: tuple[tuple[str, str, str], ...] = (
    ("målområde", "målområden", "nej"),
    ("uppdrag", "uppdrag", "ja"),
    ("åtagande", "åtaganden", "ja"),
    ("aktivitet", "aktiviteter", "nej"),
)
GOAL_LEVELS: tuple[str, ...] = tuple(level for level, _plural, _assessed in DEFAULT_GOAL_LEVELS)
ACTIVITY_KINDS: tuple[str, ...] = ("dialog", "föreläsning", "konferens", "sammanträde", "övrigt")
SURVEY_AREAS: tuple[str, ...] = ("skola", "fritid", "hälsa", "trygghet", "inflytande", "framtid")
SCHOOL_YEARS: tuple[str, ...] = ("åk 8", "gymnasiet år 2")
EXAMPLE_SOURCE = "Exempeldata"


@dataclass(frozen=True)
class Column:
    name: str
    duck_type: str  # DuckDB type name, as DESCRIBE reports it
    nullable: bool = True
    added: bool = False  # gained by the schema later: older files and templates may lack it (null)


@dataclass(frozen=True)
class Table:
    name: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]
    added: bool = False  # gained by the schema later: an older store may lack the file (empty)
    # The order of the rows is data (survey answers in the order of the source file): a write keeps
    # the rows in the order they come in (stored rows first, then new ones), never sorted by key.
    in_source_order: bool = False

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def _t(name: str, key: tuple[str, ...], *cols: tuple, added: bool = False, in_source_order: bool = False) -> Table:
    """A table; a column tuple is (name, type[, nullable[, added]])."""
    columns = tuple(Column(c[0], c[1], c[2] if len(c) > 2 else c[0] not in key, len(c) > 3 and c[3])
                    for c in cols)
    return Table(name, key, columns, added, in_source_order)


A = True  # marks a column the schema gained later (see Column.added)


TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        _t("committees", ("committee_id",),
           ("committee_id", "VARCHAR"), ("name", "VARCHAR", False), ("organisation", "VARCHAR"),
           ("kind", "VARCHAR"), ("active_from", "SMALLINT"), ("active_to", "SMALLINT"),
           ("source_note", "VARCHAR")),
        _t("committee_municipalities", ("committee_id", "municipality_code"),
           ("committee_id", "VARCHAR"), ("municipality_code", "VARCHAR"),
           ("municipality_name", "VARCHAR", False), ("source_note", "VARCHAR")),
        _t("goals", ("goal_id", "year"),
           ("goal_id", "VARCHAR"), ("committee_id", "VARCHAR", False), ("year", "SMALLINT"),
           ("parent_id", "VARCHAR"), ("level", "VARCHAR", False), ("title", "VARCHAR", False),
           ("position", "SMALLINT"), ("source_note", "VARCHAR"),
           # ja: the goal is assessed and counted; nej: structure (målområde, a regional goal)
           ("assessed", "VARCHAR", True, A)),
        _t("goal_assessments", ("goal_id", "year", "period"),
           ("goal_id", "VARCHAR"), ("year", "SMALLINT"), ("period", "VARCHAR"),
           ("status", "VARCHAR", False), ("comment", "VARCHAR"), ("source_note", "VARCHAR")),
        _t("indicators", ("indicator_id",),
           ("indicator_id", "VARCHAR"), ("committee_id", "VARCHAR", False), ("goal_id", "VARCHAR"),
           ("name", "VARCHAR", False), ("unit", "VARCHAR", False), ("direction", "VARCHAR", False),
           ("source", "VARCHAR"), ("description", "VARCHAR"), ("source_note", "VARCHAR"),
           # counted from the activity log: which measure (LOG_MEASURES), and an optional text
           # the activity's title must contain (e.g. ”Föräldrar Emellan”)
           ("log_measure", "VARCHAR", True, A), ("log_match", "VARCHAR", True, A),
           # INDICATOR_KINDS (empty: indikator); a goal without target is judged from its baseline year
           ("kind", "VARCHAR", True, A), ("baseline_year", "SMALLINT", True, A)),
        _t("indicator_values", ("indicator_id", "year", "period", "gender"),
           ("indicator_id", "VARCHAR"), ("year", "SMALLINT"), ("period", "VARCHAR"),
           ("gender", "VARCHAR"), ("outcome", "DOUBLE"), ("target", "DOUBLE"),
           ("comment", "VARCHAR"), ("source_note", "VARCHAR"),
           # a milestone's outcome is 1 (genomförd) or 0 (inte genomförd); the day it was done
           ("done_date", "DATE", True, A)),
        _t("activities", ("activity_id",),
           ("activity_id", "VARCHAR"), ("committee_id", "VARCHAR", False), ("date", "DATE", False),
           ("title", "VARCHAR", False), ("kind", "VARCHAR", False), ("target_group", "VARCHAR"),
           ("place", "VARCHAR"), ("participants_total", "INTEGER"),
           ("participants_women", "INTEGER"), ("participants_men", "INTEGER"),
           ("source_note", "VARCHAR"), ("end_date", "DATE", True, A)),
        _t("budget", ("committee_id", "year", "period", "account"),
           ("committee_id", "VARCHAR"), ("year", "SMALLINT"), ("period", "VARCHAR"),
           ("account", "VARCHAR"), ("parent_account", "VARCHAR"), ("position", "SMALLINT"),
           ("budget_tkr", "DOUBLE"), ("period_budget_tkr", "DOUBLE"), ("outcome_tkr", "DOUBLE"),
           ("forecast_tkr", "DOUBLE"),
           ("source_note", "VARCHAR"),
           # as the report states them (shown as stated; the import warns when they disagree)
           ("deviation_tkr", "DOUBLE", True, A), ("forecast_deviation_tkr", "DOUBLE", True, A),
           ("row_kind", "VARCHAR", True, A), ("comment", "VARCHAR", True, A),
           # a joint plan: who pays the row (a party of the plan, table parties), e.g. a varav row
           ("payer", "VARCHAR", True, A)),
        # One row per answer of a survey question, for one municipality, survey round, school
        # year ("group") and gender: the share (0–100) of the group's respondents giving it.
        _t("survey_results", ("survey", "survey_year", "municipality_code", "question", "answer", "group", "gender"),
           ("survey", "VARCHAR"), ("survey_year", "SMALLINT"), ("municipality_code", "VARCHAR"),
           ("question", "VARCHAR"), ("answer", "VARCHAR"), ("group", "VARCHAR"), ("gender", "VARCHAR"),
           ("area", "VARCHAR", False), ("share", "DOUBLE"), ("n_respondents", "INTEGER"),
           ("source_note", "VARCHAR"), in_source_order=True),
        # A committee-year's follow-up periods: first and last month (1–12) and the report's name.
        _t("periods", ("committee_id", "year", "period"),
           ("committee_id", "VARCHAR"), ("year", "SMALLINT"), ("period", "VARCHAR"),
           ("first_month", "SMALLINT", False), ("last_month", "SMALLINT", False),
           ("label", "VARCHAR"), ("source_note", "VARCHAR"), added=True),
        # The activities listed under an åtagande in a report: a list of their own, never goals.
        _t("goal_activities", ("goal_id", "year", "period", "title"),
           ("goal_id", "VARCHAR"), ("year", "SMALLINT"), ("period", "VARCHAR"), ("title", "VARCHAR"),
           ("state", "VARCHAR"), ("comment", "VARCHAR"), ("position", "SMALLINT"),
           ("source_note", "VARCHAR"), added=True),
        # Kolada values fetched for chosen KPIs, kommuner (riket 0000 and the regions too) and years.
        _t("kolada_values", ("kpi_id", "municipality_code", "year", "gender"),
           ("kpi_id", "VARCHAR"), ("municipality_code", "VARCHAR"), ("year", "SMALLINT"), ("gender", "VARCHAR"),
           ("value", "DOUBLE"), ("fetched_at", "VARCHAR"), ("source_note", "VARCHAR"), added=True),
        # The parties of a joint plan (a kommun and a regional committee), in the plan's order:
        # the short name budget rows use as payer and the full name.
        _t("parties", ("committee_id", "party"),
           ("committee_id", "VARCHAR"), ("party", "VARCHAR"), ("name", "VARCHAR"), ("position", "SMALLINT"),
           ("source_note", "VARCHAR"), added=True),
        # The plan periods a committee works under (issue 14): an agreement 2017–2020, a focus
        # 2018–2020, an action plan 2019–2022; each year is shown as year n of the plan.
        _t("plan_periods", ("committee_id", "name"),
           ("committee_id", "VARCHAR"), ("name", "VARCHAR"), ("first_year", "SMALLINT", False),
           ("last_year", "SMALLINT", False), ("source_note", "VARCHAR"), added=True),
        # The organisation's words (DEFAULT_WORDS where a committee has no row): its kind in the
        # singular (folkhälsoråd) and definite form (rådet), and the name of its report.
        _t("organisation_words", ("committee_id",),
           ("committee_id", "VARCHAR"), ("kind", "VARCHAR", False), ("definite", "VARCHAR", False),
           ("report", "VARCHAR", False), ("source_note", "VARCHAR"), added=True),
        # Its goal levels in order of depth (1 = the top), singular and plural, and whether goals
        # of the level are assessed (DEFAULT_GOAL_LEVELS where a committee has no row).
        _t("goal_level_words", ("committee_id", "depth"),
           ("committee_id", "VARCHAR"), ("depth", "SMALLINT"), ("level", "VARCHAR", False),
           ("plural", "VARCHAR", False), ("assessed", "VARCHAR", False), ("source_note", "VARCHAR"),
           added=True),
        # The committee's own texts per period (TEXT_KINDS): plain paragraphs, never markup.
        _t("texts", ("committee_id", "year", "period", "kind"),
           ("committee_id", "VARCHAR"), ("year", "SMALLINT"), ("period", "VARCHAR"), ("kind", "VARCHAR"),
           ("text", "VARCHAR"), ("source_note", "VARCHAR"), added=True),
    )
}
