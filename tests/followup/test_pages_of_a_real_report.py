"""The pages show the made-up committee's report as the exports do: its months, its counts, its figures."""

from __future__ import annotations

from datetime import date

import pytest

from folkhalsa import versions
from tests.app.helpers import all_text, open_app
from tests.followup.reports import EXEMPELBY
from tests.storetools import CLI, new_store

NB = "\u00a0"


@pytest.fixture
def exempelby(tmp_path, monkeypatch):
    root = new_store(tmp_path, from_demo=False)
    rows = {t: [{k: v for k, v in r.items()} for r in recs] for t, recs in EXEMPELBY.items()}
    for table in ("goal_assessments",):
        for r in rows[table]:
            r["status"] = {"Uppfylls": "uppfylls", "uppfylls delvis": "delvis",
                           "Uppfylls inte": "uppfylls_inte"}[r["status"]]
    for r in rows["indicators"]:
        r["direction"] = "higher"
    for r in rows["activities"]:
        for column in ("date", "end_date"):
            if r.get(column):
                r[column] = date.fromisoformat(r[column])
    versions.commit(root, {t: versions.rows_from_records(t, recs) for t, recs in rows.items()}, CLI, "test", "x")
    monkeypatch.setenv("FOLKHALSA_DATA", str(root))
    return root


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_oversikt_counts_the_assessed_goals_and_the_reported_dialogues(exempelby):
    at = open_app(kommun="1462", ar="2023")
    text = all_text(at).replace("\\", "")  # data text is shown escaped, never as Markdown
    assert "UR1 (jan–mar)" in text and "jan–apr" not in text
    figures = metrics(at)
    assert figures["● Uppfylls"] == "1 av 4" and figures["– Ej bedömd"] == "1 av 4"
    assert figures["Genomförda dialoger"] == "9 (varav registrerade i loggen: 4)"


def test_maluppfyllelse_groups_by_the_regional_goal_and_lists_the_activities(exempelby):
    at = open_app("pages/maluppfyllelse.py", kommun="1462", ar="2023")
    text = all_text(at).replace("\\", "")
    assert "Under: Stärkt psykisk hälsa hos unga" in text
    assert "1 av 4 uppfylls" in text
    listed = next(df.value for df in at.dataframe if "Aktivitet" in df.value.columns)
    assert list(listed["Status"]) == ["Genomförd", "Planerad"]
    area = next(df.value for df in at.dataframe if "Indikator" in df.value.columns
                and "Antal unga som fått samtalsstöd" in set(df.value["Indikator"]))
    row = area[area["Indikator"] == "Antal unga som fått samtalsstöd"].iloc[0]
    assert (row["Utfall"], row["Målvärdet"]) == ("12", "Inget målvärde")


def test_dialoger_and_ekonomi_follow_the_period_and_the_stated_figures(exempelby):
    at = open_app("pages/dialoger.py", kommun="1462", ar="2023")
    assert metrics(at)["Genomförda dialoger"] == "9" and metrics(at)["Aktiviteter"] == "5"  # the April one is out
    month = next(df.value for df in at.dataframe if "Typ" in df.value.columns and "jan" in df.value.columns)
    assert list(month.columns[1:]) == ["jan", "feb", "mar", "Totalt"]
    at = open_app("pages/ekonomi.py", kommun="1462", ar="2023")
    figures = metrics(at)
    assert figures["Budgetavvikelse (periodiserad)"] == f"+22{NB}tkr"
    progress = [str(p.proto) for p in at.get("progress")]
    assert any("Del av året som gått (jan–mar): 25" in p for p in progress), progress
