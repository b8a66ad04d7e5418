"""The tables of the store and their columns: the one place that says what a file must hold.

Every table is one Parquet file named ``<table>.parquet``. The store checks each file
against this schema when it opens, so a wrong file fails early with a Swedish message
instead of deep inside a query.
"""

from __future__ import annotations

from dataclasses import dataclass

PERIODS: tuple[str, ...] = ("UR1", "UR2", "AR")
GENDERS: tuple[str, ...] = ("T", "K", "M")
STATUSES: tuple[str, ...] = ("uppfylls", "delvis", "uppfylls_inte", "ej_bedomd")
UNITS: tuple[str, ...] = ("antal", "procent", "tkr")
DIRECTIONS: tuple[str, ...] = ("higher", "lower")
GOAL_LEVELS: tuple[str, ...] = ("målområde", "uppdrag", "åtagande", "aktivitet")
ACTIVITY_KINDS: tuple[str, ...] = ("dialog", "föreläsning", "konferens", "sammanträde", "övrigt")
SURVEY_AREAS: tuple[str, ...] = ("skola", "fritid", "hälsa", "trygghet", "inflytande", "framtid")
SCHOOL_YEARS: tuple[str, ...] = ("åk 8", "gymnasiet år 2")
EXAMPLE_SOURCE = "Exempeldata"


@dataclass(frozen=True)
class Column:
    name: str
    duck_type: str  # DuckDB type name, as DESCRIBE reports it
    nullable: bool = True


@dataclass(frozen=True)
class Table:
    name: str
    key: tuple[str, ...]
    columns: tuple[Column, ...]

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def _t(name: str, key: tuple[str, ...], *cols: tuple[str, str] | tuple[str, str, bool]) -> Table:
    columns = tuple(Column(c[0], c[1], c[2] if len(c) > 2 else c[0] not in key) for c in cols)
    return Table(name, key, columns)


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
           ("position", "SMALLINT"), ("source_note", "VARCHAR")),
        _t("goal_assessments", ("goal_id", "year", "period"),
           ("goal_id", "VARCHAR"), ("year", "SMALLINT"), ("period", "VARCHAR"),
           ("status", "VARCHAR", False), ("comment", "VARCHAR"), ("source_note", "VARCHAR")),
        _t("indicators", ("indicator_id",),
           ("indicator_id", "VARCHAR"), ("committee_id", "VARCHAR", False), ("goal_id", "VARCHAR"),
           ("name", "VARCHAR", False), ("unit", "VARCHAR", False), ("direction", "VARCHAR", False),
           ("source", "VARCHAR"), ("description", "VARCHAR"), ("source_note", "VARCHAR")),
        _t("indicator_values", ("indicator_id", "year", "period", "gender"),
           ("indicator_id", "VARCHAR"), ("year", "SMALLINT"), ("period", "VARCHAR"),
           ("gender", "VARCHAR"), ("outcome", "DOUBLE"), ("target", "DOUBLE"),
           ("comment", "VARCHAR"), ("source_note", "VARCHAR")),
        _t("activities", ("activity_id",),
           ("activity_id", "VARCHAR"), ("committee_id", "VARCHAR", False), ("date", "DATE", False),
           ("title", "VARCHAR", False), ("kind", "VARCHAR", False), ("target_group", "VARCHAR"),
           ("place", "VARCHAR"), ("participants_total", "INTEGER"),
           ("participants_women", "INTEGER"), ("participants_men", "INTEGER"),
           ("source_note", "VARCHAR")),
        _t("budget", ("committee_id", "year", "period", "account"),
           ("committee_id", "VARCHAR"), ("year", "SMALLINT"), ("period", "VARCHAR"),
           ("account", "VARCHAR"), ("parent_account", "VARCHAR"), ("position", "SMALLINT"),
           ("budget_tkr", "DOUBLE"), ("period_budget_tkr", "DOUBLE"), ("outcome_tkr", "DOUBLE"),
           ("forecast_tkr", "DOUBLE"),
           ("source_note", "VARCHAR")),
        # One row per answer of a survey question, for one municipality, survey round, school
        # year ("group") and gender: the share (0–100) of the group's respondents giving it.
        _t("survey_results", ("survey", "survey_year", "municipality_code", "question", "answer", "group", "gender"),
           ("survey", "VARCHAR"), ("survey_year", "SMALLINT"), ("municipality_code", "VARCHAR"),
           ("question", "VARCHAR"), ("answer", "VARCHAR"), ("group", "VARCHAR"), ("gender", "VARCHAR"),
           ("area", "VARCHAR", False), ("share", "DOUBLE"), ("n_respondents", "INTEGER"),
           ("source_note", "VARCHAR")),
    )
}
