"""A small committee of our own with one indicator of each kind (issue 14), as a template's rows.

The words are the screen's (”Effektmål”, ”Högre är bättre”), as an official writes them in the
template; the indicators are from Lerum's 2019 plan (seed 004), the values made up.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from folkhalsa import importing, versions
from tests.storetools import CLI

CODE = "1499"  # a made-up kommunkod, so no real committee is touched

ROWS: dict[str, list[dict[str, object]]] = {
    "committees": [{"committee_id": "FR1499", "name": "Folkhälsorådet Exempelstad", "organisation": "Exempelstad",
                    "kind": "folkhälsoråd", "active_from": 2017}],
    "committee_municipalities": [{"committee_id": "FR1499", "municipality_code": CODE,
                                  "municipality_name": "Exempelstad"}],
    "goals": [
        {"goal_id": "FR1499-M1", "committee_id": "FR1499", "year": 2019, "level": "målområde",
         "title": "Minska ohälsan bland unga kvinnor och män", "position": 1},
        {"goal_id": "FR1499-U1", "committee_id": "FR1499", "year": 2019, "parent_id": "FR1499-M1",
         "level": "uppdrag", "title": "Familjecentrerat arbetssätt för fullföljda studier", "position": 2},
    ],
    "goal_assessments": [{"goal_id": "FR1499-U1", "year": 2019, "period": "AR", "status": "Uppfylls delvis",
                          "comment": "Arbetet har kommit igång."}],
    "indicators": [
        {"indicator_id": "FR1499-I1", "committee_id": "FR1499", "goal_id": "FR1499-U1",
         "name": "Antal föräldrar som deltagit på informationsmöte", "unit": "antal",
         "direction": "Högre är bättre", "source": "egen"},
        {"indicator_id": "FR1499-I2", "committee_id": "FR1499", "goal_id": "FR1499-U1",
         "name": "Andelen flickor och pojkar som är behöriga till gymnasieskolan", "unit": "procent",
         "direction": "Högre är bättre", "source": "egen", "kind": "Långsiktig indikator"},
        {"indicator_id": "FR1499-I3", "committee_id": "FR1499", "goal_id": "FR1499-U1",
         "name": "Högre andel elever med godkända betyg från grundskolan", "unit": "procent",
         "direction": "Högre är bättre", "source": "egen", "kind": "Effektmål", "baseline_year": 2018},
        {"indicator_id": "FR1499-I4", "committee_id": "FR1499", "goal_id": "FR1499-U1",
         "name": "Minskad frånvaro", "unit": "procent", "direction": "Lägre är bättre", "source": "egen",
         "kind": "effektmål", "baseline_year": 2018},
        {"indicator_id": "FR1499-I5", "committee_id": "FR1499", "goal_id": "FR1499-U1",
         "name": "Genomfört analysarbetet", "unit": "antal", "direction": "Högre är bättre", "source": "egen",
         "kind": "Milstolpe"},
        {"indicator_id": "FR1499-I6", "committee_id": "FR1499", "goal_id": "FR1499-U1",
         "name": "Påbörjat framtagande av Actionplan", "unit": "antal", "direction": "Högre är bättre",
         "source": "egen", "kind": "MILSTOLPE"},
    ],
    "indicator_values": [
        {"indicator_id": "FR1499-I1", "year": 2019, "period": "AR", "gender": "T", "outcome": 120, "target": 100},
        {"indicator_id": "FR1499-I2", "year": 2019, "period": "AR", "gender": "T", "outcome": 85},
        {"indicator_id": "FR1499-I3", "year": 2018, "period": "AR", "gender": "T", "outcome": 70},
        {"indicator_id": "FR1499-I3", "year": 2019, "period": "AR", "gender": "T", "outcome": 74},
        {"indicator_id": "FR1499-I4", "year": 2018, "period": "AR", "gender": "T", "outcome": 10},
        {"indicator_id": "FR1499-I4", "year": 2019, "period": "AR", "gender": "T", "outcome": 12},
        {"indicator_id": "FR1499-I5", "year": 2019, "period": "AR", "gender": "T", "outcome": 1,
         "done_date": date(2019, 5, 31)},
        {"indicator_id": "FR1499-I6", "year": 2019, "period": "AR", "gender": "T", "outcome": 0},
    ],
}

NB = "\u00a0"
WORDS = {  # what every output says of each indicator in 2019 (ÅR)
    "FR1499-I1": "✓ Når målvärdet",
    "FR1499-I2": "Följs över tid",
    "FR1499-I3": f"✓ Ökat sedan 2018 (+4{NB}%-enheter), i önskad riktning",
    "FR1499-I4": f"✗ Ökat sedan 2018 (+2{NB}%-enheter), mot önskad riktning",
    "FR1499-I5": "✓ Genomförd (2019-05-31)",
    "FR1499-I6": "✗ Inte genomförd",
}


def sheets(rows: dict[str, list[dict[str, object]]] | None = None) -> list[importing.SheetData]:
    return [importing.records_sheet(t, t, recs) for t, recs in (rows or ROWS).items()]


def make_store(parent: Path) -> Path:
    """A store with only the committee above, imported through the template's checks."""
    root = parent / "kinds-store"
    versions.init_store(root, CLI, from_demo=False)
    prepared = importing.validate(sheets(), versions.current_rows(root)[1])
    assert prepared.ok, [str(p) for p in prepared.problems]
    versions.commit(root, prepared.after, CLI, "import", "indikatortyper")
    return root
