"""Build the bundled demo dataset: the six lokala nämnder of Region Halland, 2019–2022, and
Lerum's folkhälsoråd under its joint plan with Hälso- och sjukvårdsnämnd Väst (seed 004).

Deterministic (a seeded generator), so ``python -m folkhalsa demo`` always writes the same
files. Rows taken from a real report say so in ``source_note``; every other row says
``Exempeldata``. Indicator values that count the activities log are computed from the log
itself, so the two always agree.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa

from folkhalsa import versions
from folkhalsa.schema import EXAMPLE_SOURCE, TABLES
from folkhalsa.store import ARROW_TYPES

UR2_2022 = "Uppföljningsrapport 2 2022, Lokal nämnd Halmstad"
PLAN_2019 = "Verksamhetsplan 2019, Halmstadsnämnden"
REGION = "Region Halland, lokala nämnder 2007–2022"
YEARS = (2019, 2020, 2021, 2022)
PERIOD_END = {"UR1": 4, "UR2": 8, "AR": 12}

MUNICIPALITIES = {
    "1380": "Halmstad", "1381": "Laholm", "1315": "Hylte",
    "1382": "Falkenberg", "1383": "Varberg", "1384": "Kungsbacka",
}

# goal_id suffix -> (level, parent suffix, title) per era; the hierarchy changes in 2022.
GOALS_2019 = [
    ("M1", "målområde", None, "Hög attraktivitet"),
    ("U1", "uppdrag", "M1", "Verka för minskade skillnader i hälsa genom långsiktigt hälsofrämjande arbete"),
    ("A1", "åtagande", "U1", "Sprida och verka för implementering av kunskapen från LUPP (Lokal uppföljning av ungdomspolitiken)"),
    ("A2", "åtagande", "U1", "Sprida och verka för implementering av kunskapen från befolkningsstudien Hälsa på lika villkor"),
    ("U2", "uppdrag", "M1", "Främja lokal och regional samverkan"),
    ("A3", "åtagande", "U2", "Utveckla samverkan i Folkhälsorådet"),
    ("M2", "målområde", None, "Fler i arbete"),
    ("U3", "uppdrag", "M2", "Arbeta för goda och jämlika uppväxtvillkor genom tidiga insatser och satsningar på barn och unga"),
    ("A4", "åtagande", "U3", "Bidra till utvecklingen av föräldrastöd"),
    ("A5", "åtagande", "U3", "Stärka små barns språkutveckling"),
]
GOALS_2022 = [
    ("M3", "målområde", None, "Utvecklad samverkan för Regional fysisk planering"),
    ("U4", "uppdrag", "M3", "Bidra till en hållbar samhällsplanering"),
    ("M4", "målområde", None, "Styrning utifrån kunskap och kvalitet inom hälso- och sjukvård"),
    ("U3", "uppdrag", "M4", "Förbättra barn och ungas livsvillkor och hälsa genom främjande arbete"),
    ("U1", "uppdrag", "M4", "Verka för jämlik hälsa genom långsiktigt hälsofrämjande arbete"),
]
REAL_COMMENTS_2022 = {
    "U4": "Nämnden bidrar med kunskap om social hållbarhet, delaktighet och inflytande i Halmstads "
          "kommuns samhällsplanering och har under perioden lämnat ett yttrande över samråd för "
          "detaljplan del av Hembygden 1 med flera.",
    "U3": "Nämnden deltar i Föräldrar Emellan (sex evenemang under perioden) och har spridit "
          "resultaten från LUPP, bland annat vid konferensen Barns rättigheter och ungdomsstudien LUPP.",
    "U1": "Fördjupande medskapande dialoger om tillit har genomförts i april–juni och en uppföljande "
          "dialog i augusti. Så mår vi i Halland genomförs under året.",
}
COMMENTS = {
    "uppfylls": ["Arbetet följer planen.", "Aktiviteterna har genomförts enligt plan.",
                 "Samverkan med kommunen fungerar väl och arbetet har genomförts."],
    "delvis": ["En del av aktiviteterna har flyttats till hösten.",
               "Arbetet har påbörjats men alla delar är inte genomförda.",
               "Samverkansparterna har haft begränsad möjlighet att delta."],
    "uppfylls_inte": ["Aktiviteterna har skjutits upp på grund av pandemin.",
                      "Planerade insatser har inte kunnat genomföras under perioden.",
                      "Samverkansparten har pausat arbetet; nämnden avvaktar."],
    "ej_bedomd": ["Bedöms i samband med nästa uppföljning."],
}

# (suffix, name, unit, direction, goal suffix, source, has_gender)
INDICATORS = [
    ("I01", "Antal aktiviteter genomförda av Föräldrar Emellan", "antal", "higher", "U3", "egen", False),
    ("I02", "Antal deltagare i aktiviteter med Föräldrar Emellan", "antal", "higher", "U3", "egen", True),
    ("I03", "Antal genomförda dialoger inom ramen för kunskapsuppdraget om tillit", "antal", "higher", "U1", "egen", False),
    ("I04", "Andel deltagare som upplever att de har fått göra sin röst hörd under dialogerna inom ramen för kunskapsuppdraget om tillit", "procent", "higher", "U1", "egen", False),
    ("I05", "Andel av de prioriterade målgrupperna som deltagit i dialogerna inom ramen för kunskapsuppdraget om tillit", "procent", "higher", "U1", "egen", False),
    ("I06", "Antal som deltar i konferensen Att leda in i framtiden", "antal", "higher", "U1", "egen", False),
    ("I07", "Andel som anger att de fick kunskaper från Att leda in i framtiden som de kan använda i sin roll som förtroendevald/chef/anställd", "procent", "higher", "U1", "egen", False),
    ("I08", "Andel som anger att Att leda in i framtiden som helhet var bra", "procent", "higher", "U1", "egen", False),
    ("I09", "Elever i åk 9 som är behöriga till yrkesprogram, andel", "procent", "higher", "U3", "kolada:N15419", True),
    ("I10", "Ofördelade utvecklingsmedel vid årets slut", "tkr", "lower", "U4", "egen", False),
]
FOLLOWED_UP_LATER = "Indikatorn följs upp i samband med årsredovisningen."
REAL_VALUES_2022 = {  # Halmstad UR2 2022, seed 001: suffix -> (outcome, target, comment)
    "I01": (6, None, "Fyra heldigitala föreläsningar har genomförts i samarbete med Föräldrar Emellan i "
                    "Kungsbacka. Ytterligare två föreläsningar har genomförts digitalt och fysiskt på "
                    "Husknuten i Halmstad."),
    "I02": (31, None, "Vid de fysiska träffarna som genomfördes på Husknuten deltog 15 respektive 16 "
                     "personer. Det finns dock inga uppgifter om hur många som deltog digitalt."),
    "I03": (7, 6, "Under perioden har en fördjupande dialog genomförts per kommun samt en uppföljande "
                 "dialog i Halmstad."),
    "I04": (100, 90, "Av 68 deltagare har 24 deltagare svarat på enkäten. Samtliga av dem som svarat har "
                    "angett att de i stor utsträckning eller i ganska stor utsträckning har fått göra sin "
                    "röst hörd."),
    "I05": (100, 100, "Under de fördjupade dialogerna har personer ur samtliga prioriterade målgrupperna "
                     "deltagit."),
    "I06": (None, None, FOLLOWED_UP_LATER),
    "I07": (None, 80, FOLLOWED_UP_LATER),
    "I08": (None, 80, FOLLOWED_UP_LATER),
}
DIALOGUE_TARGET = {2020: 4, 2021: 5, 2022: 6}
# The indicators the activity log also counts (indicators.log_measure, log_match): data, not names in code.
LOG_MEASURES = {"I01": ("aktiviteter", "Föräldrar Emellan"), "I02": ("deltagare", "Föräldrar Emellan"),
                "I03": ("dialoger", None)}
# Deviations as seed 001's table 4.1 states them (tkr): periodised and budget − forecast.
REAL_DEVIATIONS_2022 = {"Personalkostnader": 80, "Arvode för nämndssammanträden, fasta kostnader och utvecklingsdagar": 80,
                        "Övriga driftkostnader": -34, "Utvecklingsmedel": -46, "Kurs och konferens": 10, "Övrigt": 2,
                        "Kunskapsuppdrag om tillit": 0}

# Halmstad 2022 jan–aug budget, seed 001: account -> (parent, budget, periodised, outcome, forecast)
REAL_BUDGET_2022 = [
    ("Personalkostnader", None, 807, 538, 458, 807),
    ("Arvode för nämndssammanträden, fasta kostnader och utvecklingsdagar", "Personalkostnader", 807, 538, 458, 807),
    ("Övriga driftkostnader", None, 389, 138, 172, 389),
    ("Utvecklingsmedel", "Övriga driftkostnader", 330, 99, 145, 330),
    ("Kurs och konferens", "Övriga driftkostnader", 50, 33, 23, 50),
    ("Övrigt", "Övriga driftkostnader", 9, 6, 4, 9),
    ("Barn och ungas hälsa", "Utvecklingsmedel", 75, None, None, 75),
    ("Föräldraskapsstöd", "Utvecklingsmedel", 25, None, None, 25),
    ("Kunskapsuppdrag om tillit", "Utvecklingsmedel", 24, None, 15, 24),
    ("Att leda in i framtiden", "Utvecklingsmedel", 25, None, 3, 25),
    ("Lokala nämnders utvecklingsdag", "Utvecklingsmedel", 15, None, None, 15),
    ("Egenträning MS, bassänghyra", "Utvecklingsmedel", 16, None, 8, 16),
    ("Så mår vi i Halland", "Utvecklingsmedel", 100, None, 100, 100),
    ("Healthy Cities medlemsavgift", "Utvecklingsmedel", 20, None, 19, 20),
    ("Ofördelat", "Utvecklingsmedel", 30, None, None, 30),
]
DEVELOPMENT_FUNDS_PROFILE = {"UR1": 0.1, "UR2": 0.3, "AR": 1.0}  # periodised share of the year's budget
PLACES = {"1380": ["Alla hjärtans hus", "Husknuten", "Stadsbiblioteket", "Andersbergs fritidsgård"],
          "1381": ["Laholms bibliotek", "Campus Laholm"], "1315": ["Hylte bibliotek", "Medborgarhuset"],
          "1382": ["Falkenbergs bibliotek", "Stadshuset"], "1383": ["Varbergs bibliotek", "Komedianten"],
          "1384": ["Kungsbacka bibliotek", "Kulturhuset Fyren"]}
TARGET_GROUPS = ["Äldre", "Unga 16–25 år", "Föräldrar", "Nyanlända", "Personer med funktionsnedsättning",
                 "Verksamhetsföreträdare"]


def committee_id(code: str) -> str:
    return f"LN{code}"


def _period_of(d: date) -> list[str]:
    """The (cumulative) follow-up periods a date falls in."""
    return [p for p, end in PERIOD_END.items() if d.month <= end]


def _periods(year: int) -> list[str]:
    return ["UR1", "UR2"] if year == 2022 else ["UR1", "UR2", "AR"]


def _committees() -> tuple[list[dict], list[dict]]:
    committees, links = [], []
    for code, muni in MUNICIPALITIES.items():
        committees.append(dict(committee_id=committee_id(code), name=f"Lokal nämnd {muni}",
                               organisation="Region Halland", kind="lokal nämnd",
                               active_from=2007, active_to=2022, source_note=REGION))
        links.append(dict(committee_id=committee_id(code), municipality_code=code,
                          municipality_name=muni, source_note=REGION))
    return committees, links


def _goals(rng: random.Random) -> tuple[list[dict], list[dict]]:
    goals, assessments = [], []
    for code in MUNICIPALITIES:
        cid = committee_id(code)
        for year in YEARS:
            tree = GOALS_2022 if year == 2022 else GOALS_2019
            real_plan = code == "1380" and year == 2019
            real_2022 = code == "1380" and year == 2022
            for pos, (suffix, level, parent, title) in enumerate(tree, start=1):
                goals.append(dict(goal_id=f"{cid}-{suffix}", committee_id=cid, year=year,
                                  parent_id=f"{cid}-{parent}" if parent else None, level=level,
                                  title=title, position=pos,
                                  source_note=PLAN_2019 if real_plan else UR2_2022 if real_2022 else EXAMPLE_SOURCE))
                if level == "målområde":
                    continue
                for period in _periods(year):
                    if real_2022 and period == "UR2":
                        status, comment, note = "uppfylls", REAL_COMMENTS_2022[suffix], UR2_2022
                    else:
                        weights = [55, 22, 15, 8] if period != "UR1" else [45, 25, 10, 20]
                        if year == 2020:  # the pandemic year: more goals not met
                            weights = [35, 30, 30, 5]
                        status = rng.choices(["uppfylls", "delvis", "uppfylls_inte", "ej_bedomd"], weights)[0]
                        comment, note = rng.choice(COMMENTS[status]), EXAMPLE_SOURCE
                    assessments.append(dict(goal_id=f"{cid}-{suffix}", year=year, period=period,
                                            status=status, comment=comment, source_note=note))
    return goals, assessments


def _activities(rng: random.Random) -> list[dict]:
    rows: list[dict] = []

    def add(code: str, d: date, title: str, kind: str, group: str | None, place: str | None,
            total: int | None, women: int | None, men: int | None, note: str = EXAMPLE_SOURCE) -> None:
        rows.append(dict(activity_id=f"{code}-{d.year}-{len([r for r in rows if r['activity_id'].startswith(f'{code}-{d.year}')]) + 1:03d}",
                         committee_id=committee_id(code), date=d, title=title, kind=kind,
                         target_group=group, place=place, participants_total=total,
                         participants_women=women, participants_men=men, source_note=note))

    def split(total: int) -> tuple[int, int]:
        women = round(total * rng.uniform(0.45, 0.7))
        return women, total - women

    for code, muni in MUNICIPALITIES.items():
        places = PLACES[code]
        for year in YEARS:
            real = code == "1380" and year == 2022
            meeting_months = [2, 3, 4, 6, 8] if real else [2, 3, 4, 6, 8, 9, 10, 11, 12]
            for m in meeting_months:
                if year == 2022 and m > 8:
                    continue
                add(code, date(year, m, 15 + rng.randint(0, 10)), "Nämndsammanträde", "sammanträde",
                    "Förtroendevalda", f"{muni}, regionens lokaler", None, None, None,
                    UR2_2022 if real else EXAMPLE_SOURCE)
            if real:
                _halmstad_2022(add)
                continue
            # Föräldrar Emellan lectures, with gender split where known
            for _ in range(rng.randint(3, 7)):
                d = date(year, rng.choice([2, 3, 4, 5, 9, 10, 11]), rng.randint(1, 28))
                if year == 2022 and d.month > 8:
                    continue
                total = rng.randint(12, 45)
                add(code, d, "Föräldrar Emellan: föreläsning", "föreläsning", "Föräldrar",
                    rng.choice(places), total, *split(total))
            # dialogues on trust (KUPP 2020–2022) and other citizen dialogues
            n_dialogues = {2019: 0, 2020: rng.randint(2, 5), 2021: rng.randint(4, 7), 2022: rng.randint(4, 8)}[year]
            months = {2020: [9, 10, 11], 2021: [9, 10, 11, 12], 2022: [4, 5, 6, 8]}.get(year, [])
            for _ in range(n_dialogues):
                total = rng.randint(5, 16)
                known = rng.random() < 0.8
                add(code, date(year, rng.choice(months), rng.randint(1, 28)),
                    "Dialog om tillit", "dialog", rng.choice(TARGET_GROUPS), rng.choice(places),
                    total, *(split(total) if known else (None, None)))
            if year != 2022:
                total = rng.randint(60, 140)
                add(code, date(year, 10, 27), "Att leda in i framtiden", "konferens",
                    "Förtroendevalda och chefer", "Halmstad", total, *split(total))
    return rows


def _halmstad_2022(add) -> None:
    """The activities that seed 001 names for Halmstad, jan–aug 2022."""
    note = UR2_2022
    add("1380", date(2022, 2, 10), "Barns rättigheter och ungdomsstudien LUPP", "konferens",
        "Verksamhetsföreträdare", "Halmstad och digitalt", 158, None, None, note)
    for i, m in enumerate([2, 3, 4, 5]):
        add("1380", date(2022, m, 7 + i), "Föräldrar Emellan: digital föreläsning (Kungsbacka)",
            "föreläsning", "Föräldrar", "Digitalt", None, None, None, note)
    for d, n in [(date(2022, 3, 22), 15), (date(2022, 5, 17), 16)]:
        add("1380", d, "Föräldrar Emellan: föreläsning på Husknuten", "föreläsning", "Föräldrar",
            "Husknuten", n, None, None, note)
    for m in [1, 3, 5, 6]:
        add("1380", date(2022, m, 20), "Länspresidium", "övrigt", "Förtroendevalda", "Halmstad",
            None, None, None, note)
    # Seven dialogues; 68 participants in all (the split per dialogue is example data).
    dialogues = [(date(2022, 4, 6), "Hylte", 9), (date(2022, 4, 21), "Laholm", 10),
                 (date(2022, 5, 4), "Falkenberg", 8), (date(2022, 5, 18), "Varberg", 11),
                 (date(2022, 6, 1), "Kungsbacka", 10), (date(2022, 6, 9), "Alla hjärtans hus", 12),
                 (date(2022, 8, 24), "Halmstad, nämndens sammanträde", 8)]
    for d, place, n in dialogues:
        title = "Uppföljande dialog om tillit" if d.month == 8 else "Fördjupad dialog om tillit"
        add("1380", d, title, "dialog", "Äldre" if place == "Alla hjärtans hus" else "Invånare",
            place, n, None, None, f"{EXAMPLE_SOURCE}, utifrån {UR2_2022}")


def _count_log(acts: pd.DataFrame, cid: str, year: int, period: str, mask) -> pd.DataFrame:
    in_period = (acts.committee_id == cid) & (acts.year == year) & (acts.month <= PERIOD_END[period])
    return acts[in_period & mask]


def _indicators(rng: random.Random, activities: list[dict]) -> tuple[list[dict], list[dict]]:
    acts = pd.DataFrame(activities)
    acts["year"] = [d.year for d in acts.date]
    acts["month"] = [d.month for d in acts.date]
    is_fe = acts.title.str.startswith("Föräldrar Emellan")
    is_dialog = acts.kind == "dialog"
    indicators, values = [], []
    for code in MUNICIPALITIES:
        cid = committee_id(code)
        for suffix, name, unit, direction, goal, source, _gender in INDICATORS:
            indicators.append(dict(indicator_id=f"{cid}-{suffix}", committee_id=cid,
                                   goal_id=f"{cid}-{goal}", name=name, unit=unit, direction=direction,
                                   source=source, description=None,
                                   log_measure=LOG_MEASURES.get(suffix, (None, None))[0],
                                   log_match=LOG_MEASURES.get(suffix, (None, None))[1],
                                   source_note=UR2_2022 if code == "1380" and suffix in REAL_VALUES_2022 else EXAMPLE_SOURCE))
        for year in YEARS:
            for period in _periods(year):
                real = code == "1380" and year == 2022 and period == "UR2"

                def put(suffix: str, outcome, target, comment=None, gender="T",
                        at=(cid, year, period, real)) -> None:
                    c, y, p, is_real = at
                    values.append(dict(indicator_id=f"{c}-{suffix}", year=y, period=p,
                                       gender=gender, outcome=outcome, target=target, comment=comment,
                                       source_note=UR2_2022 if is_real else EXAMPLE_SOURCE))

                if real:
                    for suffix, (outcome, target, comment) in REAL_VALUES_2022.items():
                        put(suffix, outcome, target, comment)
                    continue
                fe = _count_log(acts, cid, year, period, is_fe)
                put("I01", len(fe), None, "Räknat ur aktivitetsloggen.")
                put("I02", fe.participants_total.sum(min_count=1), None, "Räknat ur aktivitetsloggen.")
                if fe.participants_women.notna().all() and len(fe):
                    put("I02", fe.participants_women.sum(), None, gender="K")
                    put("I02", fe.participants_men.sum(), None, gender="M")
                if year >= 2020:
                    dialogues = _count_log(acts, cid, year, period, is_dialog)
                    put("I03", len(dialogues), DIALOGUE_TARGET[year], "Räknat ur aktivitetsloggen.")
                    later = period == "UR1"
                    put("I04", None if later else rng.choice([78, 85, 88, 92, 95, 100]), 90,
                        FOLLOWED_UP_LATER if later else None)
                    put("I05", None if later else rng.choice([67, 83, 100, 100]), 100,
                        FOLLOWED_UP_LATER if later else None)
                conference = period == "AR" and year != 2022
                put("I06", rng.randint(60, 140) if conference else None, None,
                    None if conference else FOLLOWED_UP_LATER)
                put("I07", rng.choice([72, 79, 84, 88, 91]) if conference else None, 80,
                    None if conference else FOLLOWED_UP_LATER)
                put("I08", rng.choice([76, 81, 86, 90, 94]) if conference else None, 80,
                    None if conference else FOLLOWED_UP_LATER)
                if period == "AR":
                    base = rng.uniform(78, 90)
                    women, men = base + rng.uniform(1, 5), base - rng.uniform(1, 5)
                    put("I09", round(base, 1), 85, gender="T")
                    put("I09", round(women, 1), 85, gender="K")
                    put("I09", round(men, 1), 85, gender="M")
                    put("I10", rng.choice([0, 12, 25, 38, 55]), 30)
    return indicators, values


def _budget(rng: random.Random) -> list[dict]:
    rows = []
    for code in MUNICIPALITIES:
        cid = committee_id(code)
        for year in YEARS:
            for period in _periods(year):
                real = code == "1380" and year == 2022 and period == "UR2"
                for pos, (account, parent, budget, periodised, outcome, forecast) in enumerate(REAL_BUDGET_2022, start=1):
                    if not real:
                        scale = 1 + (int(code) % 7 - 3) * 0.03 + (year - 2022) * 0.02
                        budget = round(budget * scale)
                        share = PERIOD_END[period] / 12
                        periodised = round(budget * share) if parent != "Utvecklingsmedel" else None
                        outcome = round(budget * share * rng.uniform(0.7, 1.15))
                        if parent == "Utvecklingsmedel" and rng.random() < 0.25:
                            outcome = None
                        forecast = round(budget * rng.uniform(0.93, 1.04))
                    rows.append(dict(committee_id=cid, year=year, period=period, account=account,
                                     parent_account=parent, position=pos, budget_tkr=budget,
                                     period_budget_tkr=periodised, outcome_tkr=outcome,
                                     forecast_tkr=forecast, source_note=UR2_2022 if real else EXAMPLE_SOURCE,
                                     deviation_tkr=REAL_DEVIATIONS_2022.get(account) if real else None,
                                     forecast_deviation_tkr=0 if real else None,
                                     row_kind="utvecklingsmedel" if account == "Utvecklingsmedel" else None,
                                     comment=REAL_BUDGET_COMMENTS_2022.get(account) if real else None))
        # parents are the sums of their children, so the example tables add up like the real one
    return _sum_parents(rows)


def _sum_parents(rows: list[dict], parents: tuple[str, ...] = ("Utvecklingsmedel", "Övriga driftkostnader",
                                                                  "Personalkostnader"),
                 columns: tuple[str, ...] = ("budget_tkr", "outcome_tkr", "forecast_tkr", "period_budget_tkr"),
                 ) -> list[dict]:
    """Each parent post of the example rows as the sum of its children, per committee, year and period."""
    df = pd.DataFrame(rows)
    for parent in parents:
        example = df.source_note == EXAMPLE_SOURCE
        kids = df[example & (df.parent_account == parent)].groupby(["committee_id", "year", "period"])
        for col in columns:
            sums = kids[col].sum(min_count=1)
            for key, total in sums.items():
                m = example & (df.account == parent) & (df.committee_id == key[0]) & (df.year == key[1]) & (df.period == key[2])
                if col == "period_budget_tkr" and parent == "Utvecklingsmedel":
                    # spent late in the year, as in seed 001 (99 of 330 tkr by August)
                    total = round(df.loc[m, "budget_tkr"].iloc[0] * DEVELOPMENT_FUNDS_PROFILE[key[2]])
                df.loc[m, col] = total
    return df.to_dict("records")


# LUPP (MUCF's youth survey), example rounds 2018 and 2021. Per question: area, answers in
# the order the survey asks them, and typical shares for girls (K) and boys (M) in åk 8.
LUPP_YEARS = (2018, 2021)
LUPP_QUESTIONS = [
    ("skola", "Hur trivs du i skolan?", ("Mycket bra", "Ganska bra", "Ganska dåligt", "Mycket dåligt"),
     (28, 50, 15, 7), (34, 47, 12, 7)),
    ("skola", "Känner du dig trygg i skolan?", ("Alltid", "Oftast", "Ibland", "Sällan eller aldrig"),
     (38, 44, 13, 5), (48, 38, 10, 4)),
    ("fritid", "Hur ofta tränar eller motionerar du på din fritid?",
     ("Minst en gång i veckan", "Mer sällan", "Aldrig"), (64, 26, 10), (74, 18, 8)),
    ("fritid", "Har du någon vuxen utanför familjen som du kan prata med om viktiga saker?",
     ("Ja", "Nej", "Vet inte"), (52, 30, 18), (47, 33, 20)),
    ("hälsa", "Hur mår du i allmänhet?", ("Mycket bra", "Ganska bra", "Ganska dåligt", "Mycket dåligt"),
     (22, 48, 22, 8), (45, 42, 9, 4)),
    ("hälsa", "Har du haft svårt att sova under den senaste månaden?", ("Ja, ofta", "Ja, ibland", "Nej"),
     (27, 41, 32), (14, 37, 49)),
    ("trygghet", "Känner du dig trygg i ditt bostadsområde på kvällen?",
     ("Ja, alltid", "Ja, oftast", "Nej, sällan", "Nej, aldrig"), (38, 43, 13, 6), (63, 29, 5, 3)),
    ("trygghet", "Har du blivit mobbad eller trakasserad under det senaste halvåret?", ("Ja", "Nej"),
     (19, 81), (13, 87)),
    ("inflytande", "Vill du vara med och påverka i din kommun?", ("Ja", "Nej", "Vet inte"),
     (52, 20, 28), (44, 27, 29)),
    ("inflytande", "Tror du att du har möjlighet att framföra dina åsikter till dem som bestämmer i kommunen?",
     ("Ja", "Nej", "Vet inte"), (27, 36, 37), (31, 33, 36)),
    ("framtid", "Hur ser du på din egen framtid?",
     ("Mycket positivt", "Ganska positivt", "Ganska negativt", "Mycket negativt"), (30, 52, 14, 4), (44, 45, 8, 3)),
    ("framtid", "Vill du bo kvar i kommunen när du blir äldre?", ("Ja", "Nej", "Vet inte"),
     (34, 38, 28), (41, 30, 29)),
]
# Pupils answering per school year (a small gymnasium in Hylte gives groups below 10).
LUPP_PUPILS = {"1380": (820, 640), "1381": (210, 120), "1315": (95, 19), "1382": (380, 260),
               "1383": (560, 430), "1384": (790, 520)}


def _shares(rng: random.Random, base: tuple[int, ...], shift: float) -> list[float]:
    """A share vector near ``base`` (the first answer moved by ``shift``), summing to about 100."""
    raw = [max(1.0, b + rng.gauss(0, 3) + (shift if i == 0 else -shift / (len(base) - 1)))
           for i, b in enumerate(base)]
    return [round(100 * r / sum(raw)) for r in raw]


def _surveys() -> list[dict]:
    """LUPP example results: six municipalities, two rounds, by school year and gender."""
    rng = random.Random(20211015)  # a generator of its own: the other tables stay as they were
    rows = []
    for year in LUPP_YEARS:
        for code in MUNICIPALITIES:
            local = rng.gauss(0, 3)  # some municipalities answer a little more positively
            for group, pupils in zip(("åk 8", "gymnasiet år 2"), LUPP_PUPILS[code], strict=True):
                size = max(8, round(pupils * rng.uniform(0.85, 1.1)))
                for area, question, answers, girls, boys in LUPP_QUESTIONS:
                    answered = max(6, round(size * rng.uniform(0.9, 1.0)))
                    n_k = round(answered * rng.uniform(0.46, 0.52))
                    n_m = round(answered * rng.uniform(0.44, 0.5))
                    n_t = max(answered, n_k + n_m)
                    shift = local + (-4 if year == 2021 and area == "hälsa" else 0) \
                        + (-3 if group == "gymnasiet år 2" else 0)
                    k = _shares(rng, girls, shift)
                    m = _shares(rng, boys, shift)
                    t = [round((a * n_k + b * n_m) / (n_k + n_m)) for a, b in zip(k, m, strict=True)]
                    for gender, n, shares in (("T", n_t, t), ("K", n_k, k), ("M", n_m, m)):
                        for answer, share in zip(answers, shares, strict=True):
                            rows.append(dict(survey="LUPP", survey_year=year, municipality_code=code,
                                             question=question, answer=answer, group=group,
                                             gender=gender, area=area, share=float(share),
                                             n_respondents=n, source_note=EXAMPLE_SOURCE))
    return rows


# Seed 001's own texts for Halmstad UR2 2022 (texts table; budget comments on their posts), verbatim.
# Sammanfattning: the parts Inledning and Kunskap - samverkan - utveckling, and the meetings held
# (the summary's economy sentence is drafted from the figures). Ekonomi: the text after table 4.1.
# Paragraphs are separated by a blank line, as an official types them.
SUMMARY_2022 = (
    'Inledning',
    'Lokal nämnd Halmstad arbetar med fokus på hallänningens behov för att bidra till en hållbar utveckling samt främja god och jämlik hälsa för invånarna. Nämnden arbetar med kunskap, utveckling och samverkan, och befinner sig främst i det främjande och förebyggande skedet, tillsammans med Hallands olika aktörer, exempelvis kommunerna, idrottsrörelsen, civilsamhället, Högskolan med flera. Lokal nämnd Halmstad arbetar med de av regionfullmäktige beslutade fokusområden:',
    'Utvecklad samverkan för Regional fysisk planering genom uppdraget;',
    '- Bidra till en hållbar samhällsplanering.',
    'Styrning utifrån kunskap och kvalitet inom hälso- och sjukvård genom uppdragen;',
    '- Förbättra barn och ungas livsvillkor och hälsa genom främjande arbete och\n- Verka för jämlik hälsa genom långsiktigt hälsofrämjande arbete samt',
    'Lokal nämnd Halmstad arbetar framför allt med de målområden som är kopplade till Lokala nämnders reglemente och uppdrag. Det innebär exempelvis att nämnderna inte arbetar med målområden direkt relaterade till vård.',
    'Kunskap - samverkan - utveckling',
    'Lokal nämnd Halmstad har i uppdrag att arbeta med kartläggningar och dialog för att identifiera invånarnas behov genom att regelbundet och i samverkan med interna och externa aktörer ta fram kunskapsunderlag. Lokala nämnder har gemensamt identifierat att det finns ökande skillnader mellan olika grupper i samhället när det gäller tillit. Mellanmänsklig tillit och tillit mellan människor och samhällsfunktioner/myndigheter är av avgörande betydelse för att samhället ska fungera och är en av grundpelarna för ett socialt hållbart samhälle och för demokratin. De lokala nämnderna genomför därför en gemensam treårig (2020–2022) kunskapsprocess (KUPP) med fokus på att bredda kunskapen om tillit. Målet är att den kunskapsutveckling som sker på sikt skall leda till att tillit utvecklas i positiv riktning.',
    'Under hösten 2021 genomfördes dialoger med invånare och verksamhetsföreträdare i Halland. Dialogerna har sammanställts i en delrapport "Delrapport Tillit -perspektivinhämtande dialoger 2.0" som presenterats för samtliga lokala nämnder. Spridning av delrapporten har skett internt och externt i olika sammanhang under våren, bland annat vid regionkontorets interna frukostmöte, på FoU-dagen i Halland och vid Healthy Cities-nätverkets årskonferens i Falun. Delrapportens resultat har fungerat som utgångspunkt för de fördjupande medskapande dialogerna som genomförts i respektive kommun under april-juni. Lokal nämnd i Halmstad genomförde en fördjupad dialog på och i samverkan med Alla hjärtans hus i Halmstad, samt en uppföljande dialog med flera av deltagarna i augusti. Hösten kommer att ägnas åt arbete med analys, utvecklingsområden samt spridning av arbetssätt och slutresultat.',
    'Så mår vi i Halland, som baseras på den nationella befolkningsstudien Hälsa på lika villkor, genomförs under året. Befolkningsenkäten har sänts ut till hallänningarna under våren. Arbeta med att analysera materialet sker under hösten. Rapporten beräknas bli klar vid årsskiftet.',
    'Nämnden har arbetat vidare med spridning av resultatet från ungdomsenkät "Lokal uppföljning av ungdomspolitik" (LUPP) som genomfördes under hösten 2021. Spridning har bland annat skett vid konferensen "Barns rättigheter och ungdomsstudien LUPP" som genomfördes i februari månad. Samt genom att föra dialog om studiens resultat med Kommunstyrelsens tillväxt- och hållbarhetsutskott (KTHU).',
    'Samverkan kring föreläsningar riktat till föräldrar och vårdnadshavare inom ramen för Föräldrar Emellan fortsätter. Sex evenemang har genomförts under perioden. Fyra evenemang från Kungsbackas Föräldrar Emellan har kunnat delas på Föräldrar Emellan i Halmstads Facebook sida, samtidigt som Halmstad kunnat bistå med att ha Familjechatten öppen under föreläsningarna. Ytterligare två föreläsningar har genomförts (fysiskt och digitalt) på Husknuten i Halmstad. Fysiskt deltog 31 personer.',
    'Regionfullmäktige beslutade i mars månad, att from årsskiftet 2022–2023 avveckla de sex lokala nämnderna och istället inrätta en social hållbarhetsberedning under regionstyrelsen. Direktiv för den kommande beredningen har utarbetats och antagits under våren. Beredning ska bland annat säkerställa ett stärkt, långsiktigt och regionövergripande arbete med social hållbarhet och folkhälsa i Halland. Avsikten är att beredningen ska bedriva ett systematiskt arbete med de nationella folkhälsomålen som grund, med utgångspunkt i ett regionalt perspektiv men med en uppmärksamhet på kommunernas olikheter.',
    'De lokala nämnderna har genom åren bidragit till åtskilliga lokala utvecklingsprojekt och satsningar i Halland. Under verksamhetsåret pågår ett arbete med att ta tillvara lärdomar från nämndernas arbete genom en historiebereskrivning. Historiebereskrivningen syftar till att sammanställa och förmedla de erfarenheter, samverkansformer och utvecklingsarbeten som nämnderna bidragit till.',
    'Arbete med att identifiera utvecklings- och samverkansprocesser som de lokala nämnderna ansvarar för, eller deltar i har påbörjats. Syftet är att skapa en tydlig bild över verksamhet som ska avslutas eller överlämnas till relevant aktör (internt eller externt).',
    'Nämnden har haft fem sammanträden under perioden.',
)
REAL_TEXTS_2022 = {
    "sammanfattning": "\n\n".join(SUMMARY_2022),
    "kvalitetsstyrning": 'Kvalitetsstyrning syftar till att säkra verksamhetens genomförande av grunduppdraget, att lagar och föreskrifter följs samt att indikatorer finns för att säkerställa kvalitén på verksamhetens genomförande. Hela förvaltningens verksamhet är föremål för nämndens interna kontroll. De risker nämnden identifierar resulterar i en internkontrollplan som varje år följs upp. Utgångspunkten är nämndens generella uppdrag som i huvudsak består av att säkerställa att:\n\n- budgetramen hålls\n- lagstiftning och regelverk följs\n- fullmäktiges mål nås\n- grunduppdraget hanteras ändamålsenlig\n\nFör att bidra till en ändamålsenlig kvalitativ verksamhet har indikatorer identifierats. Dessa syftar såväl till att mäta befintlig verksamhet som till att bidra till analyser avseende verksamhetens nuvarande och kommande behov.',
    "ekonomi": 'Lokal nämnd Halmstad har som mål att ha en ekonomi i balans. Detta sker genom en kontinuerlig uppföljning och stor uppmärksamhet inom de områden som nämnden ansvarar för. Nämnden har totalt sett en ekonomi i balans. Nämndens utfall för perioden januari-augusti är 630 tkr med en positiv budgetavvikelse om 46 tkr. Prognosen är ett utfall enligt budget vid verksamhetsårets slut.',
}
REAL_BUDGET_COMMENTS_2022 = {
    "Personalkostnader": 'Anslaget till politiken visar en positiv budgetavvikelse om 92 tkr för perioden januari-augusti. Överskottet beror på lägre utfall för sociala avgifter på grund av att några ledamöter är 65 år eller mer. Prognosen för helåret är utfall enligt budget.',
    "Utvecklingsmedel": 'Utvecklingsmedel visar ett utfall för perioden januari-augusti som är lite större än periodiserad budget. Det ekonomiska utfallet varierar över året, där nämnden har ett lågt utfall vid årets inledning och ett högre utfall under resten av året. Prognosen för helåret visar ett utfall i jämförelse med budget.',
}


def _texts() -> list[dict]:
    return [dict(committee_id=committee_id("1380"), year=2022, period="UR2", kind=kind, text=text,
                 source_note=UR2_2022) for kind, text in REAL_TEXTS_2022.items()]


# Kolada: example values of a public-health KPI (U01760, invånare med övervikt eller fetma, andel %)
# for the six Halland kommuner, Region Halland (0013) and riket (0000), by gender. Not real: the
# KPI's catalogue entry is (folkhalsa/kolada/data), these values are Exempeldata.
KOLADA_KPI = "U01760"
KOLADA_LEVEL = {"1380": 50.5, "1381": 54.0, "1315": 57.5, "1382": 53.0, "1383": 51.5, "1384": 47.5,
                "0013": 51.0, "0000": 51.5,
                # Lerum (seed 004) and the rest of Göteborgsregionen, with Västra Götalandsregionen (0014):
                # Lerum's comparison group on Jämför (Kolada's group G96190); Kungsbacka is already above
                "1441": 48.0, "1401": 47.0, "1402": 50.0, "1407": 52.5, "1415": 53.5, "1419": 54.5,
                "1440": 56.0, "1462": 58.0, "1480": 49.5, "1481": 49.0, "1482": 52.0, "1489": 53.0,
                "0014": 52.5}


def _kolada(rng: random.Random) -> list[dict]:
    rows = []
    for code, level in KOLADA_LEVEL.items():
        for year in range(2016, 2023):
            base = level + (year - 2016) * 0.3 + rng.uniform(-0.8, 0.8)
            for gender, shift in (("T", 0.0), ("K", -4.5), ("M", 4.5)):
                rows.append(dict(kpi_id=KOLADA_KPI, municipality_code=code, year=year, gender=gender,
                                 value=round(base + shift, 1), fetched_at=None, source_note=EXAMPLE_SOURCE))
            # its Osäkerhetstal companion (U01560): a wide margin for a kommun, narrow for riket
            rows.append(dict(kpi_id="U01560", municipality_code=code, year=year, gender="T",
                             value=0.6 if code == "0000" else 2.4 if code == "0013" else round(rng.uniform(3.5, 6), 1),
                             fetched_at=None, source_note=EXAMPLE_SOURCE))
        # the KPI the demo's own indicator I09 names (kolada:N15419), for the same kommuner
        for year in range(2019, 2022):
            rows.append(dict(kpi_id="N15419", municipality_code=code, year=year, gender="T",
                             value=round(level + 22 + rng.uniform(-3, 3), 1), fetched_at=None,
                             source_note=EXAMPLE_SOURCE))
    return rows


# ---------------------------------------------------------------- Lerum (seed 004) ----------
# A second organisation: Lerum's folkhälsoråd under its joint plan with Hälso- och
# sjukvårdsnämnd Väst (seed 004, the plan for 2019). Its own goal levels (princip → mål →
# insatsområde → insats), tertial periods and a budget split between the two payers. Rows
# taken from the plan name it in source_note; outcomes, statuses and the other years are
# Exempeldata. A generator of its own, so Halland's rows stay as they were.
LERUM = "1441"
LERUM_ID = "FHR1441"
LERUM_PLAN = ("Verksamhetsplan för det gemensamma folkhälsoarbetet 2019 mellan Lerums kommun och "
              "Hälso- och sjukvårdsnämnd Väst (KS18.1375)")
LERUM_AGREEMENT = "Avtal om gemensamma folkhälsoinsatser 2017–2020, Lerums kommun och HSN Väst"
LERUM_YEARS = (2019, 2020, 2021, 2022)
LERUM_PLAN_YEAR = 2019
# Lerum reports per tertial (seed 004: ”tertial 2 2018”); 2022 ends at tertial 2, as Halland's UR2.
LERUM_TERTIALS = (("T1", 1, 4, "Tertialrapport 1"), ("T2", 1, 8, "Tertialrapport 2"),
                  ("T3", 1, 12, "Tertialrapport 3"))
# The plan's parties (seed 004): the short name budget rows use as payer, and the full name.
LERUM_PARTIES = (("HSN Väst", "Hälso- och sjukvårdsnämnd Väst (Västra Götalandsregionen)"),
                 ("Lerums kommun", "Lerums kommun"))
PAYERS = tuple(party for party, _name in LERUM_PARTIES)

# suffix -> (level, parent suffix, title, assessed): the plan's structure, in its words.
LERUM_GOALS = [
    ("P1", "princip", None, "Hälsa", "nej"),
    ("M1", "mål", "P1", "Minska andelen missbrukande kvinnor och män – fokus alkohol, tobak och cannabis", "nej"),
    ("O2", "insatsområde", "M1", "ANDT (alkohol, narkotika, dopning, tobak)-arbete i Lerum", "nej"),
    ("S5", "insats", "O2", "ANDT-arbete i skolan: föräldramöten och materialstöd i ANDT-frågor", "ja"),
    ("S6", "insats", "O2", "Actionplan utifrån resultat/analys CAN", "ja"),
    ("P2", "princip", None, "Kompetens", "nej"),
    ("M2", "mål", "P2", "Minska ohälsan bland unga kvinnor och män – fokus fler flickor och pojkar med godkända betyg", "nej"),
    ("O1", "insatsområde", "M2", "Plattform Lerum – Familjecentrerat arbetssätt i samverkan för fullföljda studier", "nej"),
    ("S1", "insats", "O1", "25 % tjänst för utvecklande av Föräldrastödsarbetet", "ja"),
    ("S2", "insats", "O1", "Utbildningsinsatser föräldrastöd", "ja"),
    ("S3", "insats", "O1", "SROI År 7-18 i Plattform Lerum", "ja"),
    ("S4", "insats", "O1", "Informationsinsatser", "ja"),
    ("P3", "princip", None, "Flexibel pott för ökad social hållbarhet", "nej"),
    ("O3", "insatsområde", "P3", "Interna och externa initiativ för ökad social hållbarhet", "ja"),
]

# (suffix, name, unit, direction, goal suffix, kind of measure): the plan's indicators, none
# with a target value. Seed 004 names them under ”Långsiktiga indikatorer”; the log counts I6.
LERUM_INDICATORS = [
    ("I1", "Andelen flickor och pojkar som är behöriga till gymnasieskolan", "procent", "higher", "O1", "långsiktig"),
    ("I2", "Andelen kvinnor och män med eftergymnasial utbildning", "procent", "higher", "O1", "långsiktig"),
    ("I3", "Andelen flickor och pojkar som är intensivkonsumenter av alkohol", "procent", "lower", "O2", "långsiktig"),
    ("I4", "Andelen flickor och pojkar som är vanerökare/snusare", "procent", "lower", "O2", "långsiktig"),
    ("I5", "Andelen flickor och pojkar som använt narkotika senaste 30 dagarna", "procent", "lower", "O2", "långsiktig"),
    ("I6", "Antal föräldrar som deltagit på informationsmöte", "antal", "higher", "S5", "logg"),
    ("I7", "Antal skolor som använt ANDT-handledning", "antal", "higher", "S5", "egen"),
    ("I8", "Antal ansökningar projekt/insatser", "antal", "higher", "O3", "egen"),
    ("I9", "Antal genomförda projekt/insatser", "antal", "higher", "O3", "egen"),
]
# Seed 004's ”Effektmål att utvärdera” under Plattform Lerum: a direction, no target value; judged
# against the plan's baseline year (the year before the 2019 plan). (suffix, name, unit, direction,
# goal suffix, baseline level)
LERUM_BASELINE_YEAR = 2018
LERUM_EFFECT_GOALS = [
    ("E1", "Högre andel elever med godkända betyg från grundskolan", "procent", "higher", "O1", 81.0),
    ("E2", "Minskat antal avhopp från gymnasiet", "antal", "lower", "O1", 46.0),
    ("E3", "Minskad frånvaro", "procent", "lower", "O1", 11.5),
]
# Seed 004's milestones of the ANDT work: (suffix, name, goal suffix, (year, period, date) done).
LERUM_MILESTONES = [
    ("S1", "Genomfört analysarbetet", "O2", (2019, "T3", date(2019, 11, 29))),
    ("S2", "Påbörjat framtagande av Actionplan", "O2", (2020, "T1", date(2020, 3, 16))),
]
LERUM_PARENT_MEETING = "Föräldramöte om ANDT"

# The joint budget 2019 (seed 004, kronor → tkr): post, parent post, HSN, kommun.
LERUM_BUDGET = [
    ("Plattform Lerum – Familjecentrerat arbetssätt i samverkan för fullföljda studier", None, None, None),
    ("25 % tjänst för utvecklande av Föräldrastödsarbetet", "Plattform Lerum – Familjecentrerat arbetssätt i samverkan för fullföljda studier", 110, 110),
    ("Utbildningsinsatser föräldrastöd", "Plattform Lerum – Familjecentrerat arbetssätt i samverkan för fullföljda studier", 50, None),
    ("SROI År 7-18 i Plattform Lerum", "Plattform Lerum – Familjecentrerat arbetssätt i samverkan för fullföljda studier", 100, 100),
    ("Informationsinsatser", "Plattform Lerum – Familjecentrerat arbetssätt i samverkan för fullföljda studier", 100, 100),
    ("ANDT-arbete i Lerum", None, 100, 165),
    ("Actionplan utifrån resultat/analys CAN", None, 65, None),
    ("Interna och externa initiativ", None, 100, 150),
    ("Verksamhetsutvecklare social hållbarhet/folkhälsa", None, 375, 375),
]
LERUM_BUDGET_COMMENTS = {
    "Interna och externa initiativ": "Kommunens motfinansiering hänvisas till kommunens föreningsbidrag.",
    "SROI År 7-18 i Plattform Lerum": "Kommunens del är en schablonkostnad för deltagande personal.",
    "Informationsinsatser": "Kommunens del är en schablonkostnad för deltagande personal.",
}


# The plan's words (seed 004): a folkhälsoråd reporting per tertial; its goal levels in order of
# depth, with their plurals, and which are assessed (the insatser; a flexible pott's insatsområde too).
# The plans Lerum's folkhälsoråd works under (seed 004): the agreement, the focus, the action plan.
LERUM_PLANS = (("Avtal om gemensamma folkhälsoinsatser", 2017, 2020),
               ("Fokus fullföljda studier", 2018, 2020),
               ("Actionplan ANDT", 2019, 2022))
LERUM_WORDS = dict(kind="folkhälsoråd", definite="rådet", report="Tertialrapport")
LERUM_LEVELS = (("princip", "principer", "nej"), ("mål", "mål", "nej"), ("insatsområde", "insatsområden", "ja"),
                ("insats", "insatser", "ja"))


def _lerum_words() -> tuple[list[dict], list[dict]]:
    organisation = [dict(committee_id=LERUM_ID, **LERUM_WORDS, source_note=LERUM_PLAN)]
    levels = [dict(committee_id=LERUM_ID, depth=depth, level=level, plural=plural, assessed=assessed,
                   source_note=LERUM_PLAN)
              for depth, (level, plural, assessed) in enumerate(LERUM_LEVELS, start=1)]
    return organisation, levels


def lerum_periods(year: int) -> list[str]:
    return ["T1", "T2"] if year == 2022 else ["T1", "T2", "T3"]


def _lerum_committee() -> tuple[dict, dict]:
    committee = dict(committee_id=LERUM_ID, name="Folkhälsorådet i Lerum",
                     organisation="Lerums kommun och Hälso- och sjukvårdsnämnd Väst", kind="folkhälsoråd",
                     active_from=2017, active_to=None, source_note=LERUM_AGREEMENT)
    link = dict(committee_id=LERUM_ID, municipality_code=LERUM, municipality_name="Lerum",
                source_note=LERUM_PLAN)
    return committee, link


def _lerum_periods() -> list[dict]:
    note = f"{EXAMPLE_SOURCE}, utifrån Lerums kommuns tertialrapporter (KSAU 2019-01-09)"
    return [dict(committee_id=LERUM_ID, year=year, period=code, first_month=first, last_month=last,
                 label=label, source_note=note)
            for year in LERUM_YEARS for code, first, last, label in LERUM_TERTIALS if code in lerum_periods(year)]


def _lerum_goals(rng: random.Random) -> tuple[list[dict], list[dict]]:
    goals, assessments = [], []
    for year in LERUM_YEARS:
        for pos, (suffix, level, parent, title, assessed) in enumerate(LERUM_GOALS, start=1):
            goals.append(dict(goal_id=f"{LERUM_ID}-{suffix}", committee_id=LERUM_ID, year=year,
                              parent_id=f"{LERUM_ID}-{parent}" if parent else None, level=level, title=title,
                              position=pos, assessed=assessed,
                              source_note=LERUM_PLAN if year == LERUM_PLAN_YEAR else EXAMPLE_SOURCE))
            if assessed != "ja":
                continue
            for period in lerum_periods(year):
                status = rng.choices(["uppfylls", "delvis", "uppfylls_inte", "ej_bedomd"], [50, 30, 10, 10])[0]
                assessments.append(dict(goal_id=f"{LERUM_ID}-{suffix}", year=year, period=period, status=status,
                                        comment=rng.choice(COMMENTS[status]), source_note=EXAMPLE_SOURCE))
    return goals, assessments


def _lerum_activities(rng: random.Random) -> list[dict]:
    rows = []
    for year in LERUM_YEARS:
        events = [(date(year, m, rng.randint(3, 26)), "Folkhälsorådets sammanträde", "sammanträde",
                   "Förtroendevalda", "Lerums kommunhus", None) for m in (2, 5, 9, 11)]
        events += [(date(year, m, rng.randint(3, 26)), LERUM_PARENT_MEETING, "föräldramöte", "Föräldrar",
                    rng.choice(["Hulebäcksgymnasiet", "Lerums bibliotek", "Floda skola"]), rng.randint(18, 60))
                   for m in sorted(rng.sample([2, 3, 4, 9, 10, 11], 4))]
        events.append((date(year, 3, 14), "Plattform Lerum: samverkansträff", "samverkan", "Verksamhetsföreträdare",
                       "Lerums kommunhus", rng.randint(12, 30)))
        for i, (d, title, kind, group, place, total) in enumerate(sorted(events), start=1):
            if year == 2022 and d.month > 8:
                continue
            women = None if total is None else round(total * rng.uniform(0.5, 0.7))
            rows.append(dict(activity_id=f"{LERUM}-{year}-{i:03d}", committee_id=LERUM_ID, date=d, title=title,
                             kind=kind, target_group=group, place=place, participants_total=total,
                             participants_women=women, participants_men=None if total is None else total - women,
                             source_note=EXAMPLE_SOURCE))
    return rows


def _lerum_indicators(rng: random.Random, activities: list[dict]) -> tuple[list[dict], list[dict]]:
    indicators, values = [], []
    for suffix, name, unit, direction, goal, measure in LERUM_INDICATORS:
        indicators.append(dict(indicator_id=f"{LERUM_ID}-{suffix}", committee_id=LERUM_ID,
                               goal_id=f"{LERUM_ID}-{goal}", name=name, unit=unit, direction=direction,
                               source="CAN" if goal == "O2" and unit == "procent" else "egen",
                               description="Långsiktig indikator i planen, utan målvärde." if measure == "långsiktig"
                               else None,
                               log_measure="deltagare" if measure == "logg" else None,
                               log_match=LERUM_PARENT_MEETING if measure == "logg" else None,
                               kind="långsiktig indikator" if measure == "långsiktig" else None,
                               source_note=LERUM_PLAN))
    for suffix, name, unit, direction, goal, _level in LERUM_EFFECT_GOALS:
        indicators.append(dict(indicator_id=f"{LERUM_ID}-{suffix}", committee_id=LERUM_ID,
                               goal_id=f"{LERUM_ID}-{goal}", name=name, unit=unit, direction=direction,
                               source="egen", kind="effektmål", baseline_year=LERUM_BASELINE_YEAR,
                               description=f"Effektmål i planen: bedöms mot {LERUM_BASELINE_YEAR} i önskad riktning.",
                               source_note=LERUM_PLAN))
    for suffix, name, goal, _done in LERUM_MILESTONES:
        indicators.append(dict(indicator_id=f"{LERUM_ID}-{suffix}", committee_id=LERUM_ID,
                               goal_id=f"{LERUM_ID}-{goal}", name=name, unit="antal", direction="higher",
                               source="egen", kind="milstolpe", description="Milstolpe i planen: genomförd eller inte.",
                               source_note=LERUM_PLAN))
    for suffix, _name, _unit, _direction, _goal, level in LERUM_EFFECT_GOALS:  # the baseline: the whole year
        values.append(dict(indicator_id=f"{LERUM_ID}-{suffix}", year=LERUM_BASELINE_YEAR, period="AR", gender="T",
                           outcome=level, target=None, comment="Basår.", source_note=EXAMPLE_SOURCE))
    base = {"I1": 89.0, "I2": 52.0, "I3": 14.0, "I4": 9.0, "I5": 4.0}
    for year in LERUM_YEARS:
        for period in lerum_periods(year):
            last = dict(LERUM_TERTIALS_END)[period]

            def put(suffix: str, outcome, gender: str = "T", comment=None, at=(year, period)) -> None:
                values.append(dict(indicator_id=f"{LERUM_ID}-{suffix}", year=at[0], period=at[1], gender=gender,
                                   outcome=outcome, target=None, comment=comment, source_note=EXAMPLE_SOURCE))

            for suffix, level in base.items():  # yearly figures, reported with the last tertial
                if period == "T3" or (year == 2022 and period == "T2"):
                    value = round(level + (year - 2019) * (0.6 if suffix in ("I1", "I2") else -0.5)
                                  + rng.uniform(-1.5, 1.5), 1)
                    put(suffix, value)
                    put(suffix, round(value + rng.uniform(1, 3), 1), "K")
                    put(suffix, max(round(value - rng.uniform(1, 3), 1), 0.0), "M")  # a share is never below 0
                else:
                    put(suffix, None, comment="Följs upp årligen i tertial 3.")
            meetings = [a for a in activities if a["date"].year == year and a["date"].month <= last
                        and a["title"] == LERUM_PARENT_MEETING]
            put("I6", float(sum(a["participants_total"] for a in meetings)), comment="Räknat ur aktivitetsloggen.")
            put("I7", float(min(9, rng.randint(2, 4) * last // 4)))
            put("I8", float(rng.randint(1, 3) * last // 4))
            put("I9", float(rng.randint(0, 2) * last // 4))
            if period == "T3" or (year == 2022 and period == "T2"):  # effect goals: yearly, like I1–I5
                for suffix, _name, unit, direction, _goal, level in LERUM_EFFECT_GOALS:
                    step = (year - LERUM_BASELINE_YEAR) * (1 if direction == "higher" else -1)
                    drift = step * (0.9 if unit == "procent" else 2.5) * (1 if suffix != "E3" or year < 2021 else -1)
                    put(suffix, round(level + drift + rng.uniform(-0.4, 0.4), 1 if unit == "procent" else 0))
            for suffix, _name, _goal, (done_year, done_period, done_on) in LERUM_MILESTONES:
                done = (year, dict(LERUM_TERTIALS_END)[period]) >= (done_year, dict(LERUM_TERTIALS_END)[done_period])
                values.append(dict(indicator_id=f"{LERUM_ID}-{suffix}", year=year, period=period, gender="T",
                                   outcome=1.0 if done else 0.0, target=None, done_date=done_on if done else None,
                                   comment=None, source_note=EXAMPLE_SOURCE))
    return indicators, values


LERUM_TERTIALS_END = tuple((code, last) for code, _first, last, _label in LERUM_TERTIALS)


def _lerum_budget(rng: random.Random) -> list[dict]:
    rows = []
    for year in LERUM_YEARS:
        real = year == LERUM_PLAN_YEAR
        for period in lerum_periods(year):
            share = dict(LERUM_TERTIALS_END)[period] / 12
            pos = 0

            def add(account, parent, budget, outcome, kind=None, comment=None, payer=None,
                    year=year, period=period, real=real) -> None:
                nonlocal pos
                pos += 1
                rows.append(dict(committee_id=LERUM_ID, year=year, period=period, account=account,
                                 parent_account=parent, position=pos, budget_tkr=budget, period_budget_tkr=None,
                                 outcome_tkr=outcome, forecast_tkr=None if real else budget,
                                 source_note=LERUM_PLAN if real else EXAMPLE_SOURCE, deviation_tkr=None,
                                 forecast_deviation_tkr=None, row_kind=kind, comment=comment, payer=payer))

            for account, parent, hsn, kommun in LERUM_BUDGET:
                if hsn is None and kommun is None:  # a heading post: the sum of its insatser
                    kids = [(h or 0) + (k or 0) for _a, p, h, k in LERUM_BUDGET if p == account]
                    add(account, parent, float(sum(kids)), None)
                    continue
                parts = [(payer, amount) for payer, amount in zip(PAYERS, (hsn, kommun), strict=True) if amount]
                spent = [None if real else round(amount * share * rng.uniform(0.6, 1.1)) for _p, amount in parts]
                total_spent = None if real else float(sum(spent))
                add(account, parent, float(sum(a for _p, a in parts)), total_spent,
                    comment=LERUM_BUDGET_COMMENTS.get(account) if real else None)
                for (payer, amount), out in zip(parts, spent, strict=True):
                    add(f"{account}: varav {payer}", account, float(amount), out, kind="varav", payer=payer)
    # heading posts' outcome: the sum of their insatser (example years only)
    headings = tuple(account for account, _parent, hsn, kommun in LERUM_BUDGET if hsn is None and kommun is None)
    return _sum_parents(rows, headings, ("outcome_tkr",))


def _lerum_surveys() -> list[dict]:
    """CAN example rows (åk 9, gymnasiet år 2; alkohol): Exempeldata, as the plan's 2019 survey."""
    rng = random.Random(20191441)
    rows = []
    questions = [("alkohol", "Har du druckit alkohol de senaste 12 månaderna?", ("Ja", "Nej"), (42, 58)),
                 ("alkohol", "Har du intensivkonsumerat alkohol minst en gång i månaden?", ("Ja", "Nej"), (14, 86)),
                 ("narkotika", "Har du någon gång använt narkotika?", ("Ja", "Nej"), (6, 94))]
    for group, pupils, older in (("åk 9", 420, 0), ("gymnasiet år 2", 380, 1)):
        for area, question, answers, base in questions:
            n_k, n_m = round(pupils * rng.uniform(0.46, 0.52)), round(pupils * rng.uniform(0.44, 0.5))
            first = base[0] * (1.8 if older else 1)
            for gender, n in (("T", n_k + n_m), ("K", n_k), ("M", n_m)):
                yes = round(min(95.0, first + rng.uniform(-3, 3)))
                for answer, share in zip(answers, (yes, 100 - yes), strict=True):
                    rows.append(dict(survey="CAN", survey_year=2019, municipality_code=LERUM, question=question,
                                     answer=answer, group=group, gender=gender, area=area, share=float(share),
                                     n_respondents=n, source_note=EXAMPLE_SOURCE))
    return rows


def to_arrow(name: str, frame: pd.DataFrame) -> pa.Table:
    """A table in the exact column order and types of the schema."""
    table = TABLES[name]
    schema = pa.schema([(c.name, ARROW_TYPES[c.duck_type]) for c in table.columns])
    frame = frame.copy()
    for column in table.column_names:
        if column not in frame.columns:
            frame[column] = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    frame = frame[table.column_names]
    return pa.Table.from_pandas(frame, schema=schema, preserve_index=False)


def _add_lerum(frames: dict[str, list[dict]]) -> None:
    """Lerum's folkhälsoråd (seed 004) after Halland's rows: one line per table."""
    rng = random.Random(20191441)
    committee, link = _lerum_committee()
    frames["committees"].append(committee)
    frames["committee_municipalities"].append(link)
    goals, assessments = _lerum_goals(rng)
    frames["goals"] += goals
    frames["goal_assessments"] += assessments
    activities = _lerum_activities(rng)
    frames["activities"] += activities
    indicators, values = _lerum_indicators(rng, activities)
    frames["indicators"] += indicators
    frames["indicator_values"] += values
    frames["budget"] += _lerum_budget(rng)
    frames["periods"] += _lerum_periods()
    frames["survey_results"] += _lerum_surveys()
    organisation, levels = _lerum_words()
    frames["organisation_words"] = organisation
    frames["parties"] = [dict(committee_id=LERUM_ID, party=party, name=name, position=pos, source_note=LERUM_PLAN)
                         for pos, (party, name) in enumerate(LERUM_PARTIES, start=1)]
    frames["goal_level_words"] = levels
    frames["plan_periods"] = [dict(committee_id=LERUM_ID, name=name, first_year=first, last_year=last,
                                   source_note=LERUM_AGREEMENT if first == 2017 else LERUM_PLAN)
                              for name, first, last in LERUM_PLANS]


def build() -> dict[str, pd.DataFrame]:
    """All demo tables as DataFrames, the same on every call."""
    rng = random.Random(20221231)
    committees, links = _committees()
    goals, assessments = _goals(rng)
    activities = _activities(rng)
    indicators, values = _indicators(rng, activities)
    frames = dict(committees=committees, committee_municipalities=links, goals=goals,
                  goal_assessments=assessments, indicators=indicators, indicator_values=values,
                  activities=activities, budget=_budget(rng), survey_results=_surveys(), texts=_texts(),
                  kolada_values=_kolada(random.Random(1760)), periods=[])
    _add_lerum(frames)
    frames = {name: pd.DataFrame(rows) for name, rows in frames.items()}
    for name in TABLES:  # tables with no demo rows are written empty, with their columns
        frames.setdefault(name, pd.DataFrame(columns=TABLES[name].column_names))
    return frames


def write(folder: Path) -> list[Path]:
    """Write the demo tables as Parquet files into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    frames = build()
    for name in TABLES:  # schema order: indicators before the values that derive their committee from it
        path = folder / f"{name}.parquet"
        versions.write_parquet(to_arrow(name, frames[name]), path)
        written.append(path)
    return written
