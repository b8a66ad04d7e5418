"""Two follow-up reports typed into the template as an official would, for round trips.

``SEED_001``: Lokal nämnd Halmstad, Uppföljningsrapport 2 2022 (shared/seeds/001), in full:
every goal with status and comment, every indicator row, table 4.1 with the deviations as the
report states them. ``EXEMPELBY``: a made-up folkhälsoråd whose UR1 ends in March, with a
regional-goal level without assessments, indicators without targets, stated deviations and a
reported dialogue count larger than its log. Values are written the way the screen shows
them (”Uppfylls delvis”, ”Högre är bättre”).
"""

from __future__ import annotations

SEED = "Uppföljningsrapport 2 2022, Lokal nämnd Halmstad"
C = "LN1380"

_COMMENT_41 = ("I syfte att bidra till hållbar samhällsplanering deltar och bidrar nämnden i Halmstads kommuns "
               "arbete med samhällsplanering genom att bidra med kunskap om social hållbarhet, delaktighet och "
               "inflytande.")
_COMMENT_221 = ("Lokal nämnd i Halmstad har i uppdrag att arbeta för att förbättra barns och ungas livsvillkor "
                "och hälsa.")
_COMMENT_222 = ("Lokal nämnd Halmstad har i uppdrag att arbeta med kartläggningar och dialog för att identifiera "
                "invånarnas behov.")

# (account, parent, kind, budget, outcome, stated deviation, forecast, forecast deviation) — table 4.1
_POSTS = [
    ("Intäkter", None, None, 0, 0, None, None, 0),
    ("Personalkostnader (arvode för nämndens ledamöter)", None, None, 807, 458, 80, 807, 0),
    ("Övriga driftkostnader (utvecklingsmedel samt medel för nämndens ledamöters kringkostnader)", None, None,
     389, 172, -34, 389, 0),
    ("Summa", None, "summa", 1196, 630, 46, 1196, 0),
    ("Arvode för nämndssammanträden, fasta kostnader och utvecklingsdagar",
     "Personalkostnader (arvode för nämndens ledamöter)", None, 807, 458, 80, 807, 0),
    ("Utvecklingsmedel", "Övriga driftkostnader (utvecklingsmedel samt medel för nämndens ledamöters "
     "kringkostnader)", "utvecklingsmedel", 330, 145, -46, 330, 0),
    ("Kurs och konferens", "Övriga driftkostnader (utvecklingsmedel samt medel för nämndens ledamöters "
     "kringkostnader)", None, 50, 23, 10, 50, 0),
    ("Övrigt", "Övriga driftkostnader (utvecklingsmedel samt medel för nämndens ledamöters kringkostnader)",
     None, 9, 4, 2, 9, 0),
    ("Barn och ungas hälsa", "Utvecklingsmedel", None, 75, None, 0, 75, 0),
    ("Föräldraskapsstöd", "Utvecklingsmedel", None, 25, None, None, 25, 0),
    ("Kunskapsuppdrag om tillit- fördjupnings-dialoger, spridning", "Utvecklingsmedel", None, 24, 15, 0, 24, 0),
    ("Att leda in i framtiden med inriktning på tillit och medskapande", "Utvecklingsmedel", None, 25, 3, None,
     25, 0),
    ("Lokala nämnders utvecklingsdag", "Utvecklingsmedel", None, 15, None, None, 15, 0),
    ("Egenträning för personer med MS sjukdom, bassänghyra", "Utvecklingsmedel", None, 16, 8, None, 16, 0),
    ("Så mår vi i Halland, delfinansiering förtätning", "Utvecklingsmedel", None, 100, 100, None, 100, 0),
    ("Healthy Cities, medlemsavgift", "Utvecklingsmedel", None, 20, 19, None, 20, 0),
    ("Ofördelat", "Utvecklingsmedel", None, 30, None, None, 30, 0),
]

# (id, name, unit, direction, goal, outcome, target, comment)
_INDICATORS = [
    ("I1", "Antal aktiviteter genomförda av Föräldrar Emellan", "antal", "Högre är bättre", "U3", 6, None,
     "Fyra heldigitala föreläsningar har genomförts i samarbete med Föräldrar Emellan i Kungsbacka."),
    ("I2", "Antal deltagare i aktiviteter med Föräldrar Emellan", "antal", "Högre är bättre", "U3", 31, None,
     "Vid de fysiska träffarna som genomfördes på Husknuten deltog 15 respektive 16 personer."),
    ("I3", "Antal genomförda dialoger inom ramen för kunskapsuppdraget om tillit", "antal", "Högre är bättre",
     "U1", 7, 6, "Under perioden har en fördjupande dialog genomförts per kommun samt en uppföljande dialog i Halmstad."),
    ("I4", "Andel deltagare som upplever att de har fått göra sin röst hörd under dialogerna inom ramen för "
     "kunskapsuppdraget om tillit", "procent", "Högre är bättre", "U1", "100%", "90%",
     "Av 68 deltagare har 24 deltagare svarat på enkäten."),
    ("I5", "Andel av de prioriterade målgrupperna som deltagit i dialogerna inom ramen för kunskapsuppdraget "
     "om tillit", "procent", "Högre är bättre", "U1", "100%", "100%",
     "Under de fördjupade dialogerna har personer ur samtliga prioriterade målgrupperna deltagit."),
    ("I6", "Antal som deltar i konferensen Att leda in i framtiden", "antal", "Högre är bättre", "U1", None, None,
     "Indikatorn följs upp i samband med årsredovisningen."),
    ("I7", "Andel som anger att de fick kunskaper från Att leda in i framtiden som de kan använda i sin roll "
     "som förtroendevald/chef/anställd", "procent", "Högre är bättre", "U1", None, "80%",
     "Indikatorn följs upp i samband med årsredovisningen."),
    ("I8", "Andel som anger att Att leda in i framtiden som helhet var bra.", "procent", "Högre är bättre", "U1",
     None, "80%", "Indikatorn följs upp i samband med årsredovisningen."),
]

SEED_001 = {
    "committees": [{"committee_id": C, "name": "Lokal nämnd Halmstad", "organisation": "Region Halland",
                    "kind": "lokal nämnd", "source_note": SEED}],
    "committee_municipalities": [{"committee_id": C, "municipality_code": "1380", "municipality_name": "Halmstad"}],
    "goals": [
        {"goal_id": "M3", "committee_id": C, "year": 2022, "level": "målområde", "position": 1,
         "title": "Utvecklad samverkan för Regional fysisk planering"},
        {"goal_id": "U4", "committee_id": C, "year": 2022, "parent_id": "M3", "level": "uppdrag", "position": 2,
         "title": "Bidra till en hållbar samhällsplanering"},
        {"goal_id": "M4", "committee_id": C, "year": 2022, "level": "målområde", "position": 3,
         "title": "Styrning utifrån kunskap och kvalitet inom hälso- och sjukvård"},
        {"goal_id": "U3", "committee_id": C, "year": 2022, "parent_id": "M4", "level": "uppdrag", "position": 4,
         "title": "Förbättra barn och ungas livsvillkor och hälsa genom främjande arbete"},
        {"goal_id": "U1", "committee_id": C, "year": 2022, "parent_id": "M4", "level": "uppdrag", "position": 5,
         "title": "Verka för jämlik hälsa genom långsiktigt hälsofrämjande arbete"},
    ],
    "goal_assessments": [
        {"goal_id": g, "year": 2022, "period": "UR2", "status": "Uppfylls", "comment": c, "source_note": SEED}
        for g, c in (("U4", _COMMENT_41), ("U3", _COMMENT_221), ("U1", _COMMENT_222))
    ],
    "indicators": [
        {"indicator_id": i, "committee_id": C, "goal_id": g, "name": n, "unit": u, "direction": d, "source": "egen"}
        for i, n, u, d, g, *_ in _INDICATORS
    ],
    "indicator_values": [
        {"indicator_id": i, "year": 2022, "period": "UR2", "gender": "T", "outcome": o, "target": t, "comment": c,
         "source_note": SEED}
        for i, _n, _u, _d, _g, o, t, c in _INDICATORS
    ],
    "budget": [
        {"committee_id": C, "year": 2022, "period": "UR2", "account": a, "parent_account": p, "row_kind": k,
         "position": pos, "budget_tkr": b, "outcome_tkr": o, "deviation_tkr": d, "forecast_tkr": f,
         "forecast_deviation_tkr": fd, "source_note": SEED}
        for pos, (a, p, k, b, o, d, f, fd) in enumerate(_POSTS, start=1)
    ],
}
SEED_POSTS = _POSTS
SEED_INDICATORS = _INDICATORS

# ---------------------------------------------------------------- a made-up committee ----------

X = "FR9999"
EXEMPELBY = {
    "committees": [{"committee_id": X, "name": "Folkhälsorådet Exempelby", "organisation": "Exempelby kommun",
                    "kind": "folkhälsoråd"}],
    "committee_municipalities": [{"committee_id": X, "municipality_code": "1462",
                                  "municipality_name": "Exempelby"}],
    "periods": [{"committee_id": X, "year": 2023, "period": "UR1", "first_month": 1, "last_month": 3}],
    "goals": [
        {"goal_id": "X-M1", "committee_id": X, "year": 2023, "level": "målområde", "position": 1,
         "title": "Goda livsvillkor"},
        {"goal_id": "X-R1", "committee_id": X, "year": 2023, "parent_id": "X-M1", "level": "regionalt mål",
         "position": 2, "title": "Stärkt psykisk hälsa hos unga"},
        {"goal_id": "X-R2", "committee_id": X, "year": 2023, "parent_id": "X-M1", "level": "regionalt mål",
         "position": 3, "title": "Ökad delaktighet"},
        {"goal_id": "X-A1", "committee_id": X, "year": 2023, "parent_id": "X-R1", "level": "åtagande",
         "position": 4, "title": "Erbjuda föräldraträffar i alla skolområden"},
        {"goal_id": "X-A2", "committee_id": X, "year": 2023, "parent_id": "X-R1", "level": "åtagande",
         "position": 5, "title": "Utbilda personal i samtalsstöd"},
        {"goal_id": "X-A3", "committee_id": X, "year": 2023, "parent_id": "X-R2", "level": "åtagande",
         "position": 6, "title": "Föra medborgardialoger i varje kommundel"},
        {"goal_id": "X-A4", "committee_id": X, "year": 2023, "parent_id": "X-R2", "level": "åtagande",
         "position": 7, "title": "Ta fram en plan för ungas inflytande"},
    ],
    "goal_assessments": [
        {"goal_id": "X-A1", "year": 2023, "period": "UR1", "status": "Uppfylls", "comment": "Träffar i fyra av fyra områden."},
        {"goal_id": "X-A2", "year": 2023, "period": "UR1", "status": "uppfylls delvis", "comment": "Hälften utbildade."},
        {"goal_id": "X-A3", "year": 2023, "period": "UR1", "status": "Uppfylls inte", "comment": "Dialogerna sköts upp."},
    ],
    "goal_activities": [
        {"goal_id": "X-A1", "year": 2023, "period": "UR1", "title": "Föräldraträff i Norra skolområdet",
         "state": "genomförd", "comment": "22 föräldrar deltog.", "position": 1},
        {"goal_id": "X-A1", "year": 2023, "period": "UR1", "title": "Föräldraträff i Södra skolområdet",
         "state": "planerad", "position": 2},
    ],
    "indicators": [
        {"indicator_id": "X-I1", "committee_id": X, "goal_id": "X-A3", "name": "Antal genomförda medborgardialoger",
         "unit": "antal", "direction": "Högre är bättre", "source": "egen", "log_measure": "dialoger"},
        {"indicator_id": "X-I2", "committee_id": X, "goal_id": "X-R1", "name": "Antal unga som fått samtalsstöd",
         "unit": "antal", "direction": "Högre är bättre", "source": "egen"},
        {"indicator_id": "X-I3", "committee_id": X, "goal_id": "X-A1", "name": "Andel nöjda föräldrar",
         "unit": "procent", "direction": "Högre är bättre", "source": "egen"},
    ],
    "indicator_values": [
        {"indicator_id": "X-I1", "year": 2023, "period": "UR1", "gender": "T", "outcome": 9, "target": 8},
        {"indicator_id": "X-I2", "year": 2023, "period": "UR1", "gender": "T", "outcome": 12},
        {"indicator_id": "X-I3", "year": 2023, "period": "UR1", "gender": "T", "outcome": 87, "target": 80},
    ],
    "activities": [
        *[{"activity_id": f"X-{n}", "committee_id": X, "date": f"2023-0{m}-1{n}", "title": f"Medborgardialog {n}",
           "kind": "dialog", "participants_total": 10 + n} for n, m in ((1, 1), (2, 2), (3, 3), (4, 3))],
        {"activity_id": "X-5", "committee_id": X, "date": "2023-04-12", "title": "Medborgardialog 5",
         "kind": "dialog", "participants_total": 40},  # April: after UR1's last month
        {"activity_id": "X-6", "committee_id": X, "date": "2023-02-20", "end_date": "2023-02-21",
         "title": "Tvådagarsutbildning i samtalsstöd", "kind": "utbildning", "participants_total": 18},
    ],
    "budget": [
        {"committee_id": X, "year": 2023, "period": "UR1", "account": "Arvoden", "position": 1,
         "budget_tkr": 400, "outcome_tkr": 90, "deviation_tkr": 10.4, "forecast_tkr": 400},
        {"committee_id": X, "year": 2023, "period": "UR1", "account": "Verksamhet", "position": 2,
         "budget_tkr": 200, "period_budget_tkr": 50, "outcome_tkr": 30, "deviation_tkr": 12, "forecast_tkr": 200},
        {"committee_id": X, "year": 2023, "period": "UR1", "account": "Totalt", "row_kind": "summa", "position": 3,
         "budget_tkr": 600, "outcome_tkr": 120, "deviation_tkr": 22, "forecast_tkr": 600,
         "forecast_deviation_tkr": 0},
    ],
}
