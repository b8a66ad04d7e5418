"""Property test of the whole read path: any schema-valid store renders every page and export.

Hypothesis builds small stores the schema can hold — nulls anywhere, extreme and negative
numbers, any Unicode (control characters, right-to-left, emoji, Markdown), goal trees of any
shape (cycles excluded by construction, orphans included), empty tables — and every page
(AppTest) and every export must raise nothing. Bounded for CI: a fixed number of examples,
derandomised so a CI run is repeatable.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from folkhalsa import versions
from folkhalsa.exports import files, report
from folkhalsa.store import open_store
from tests.app.helpers import open_app
from tests.storetools import CLI

PAGES = ["pages/oversikt.py", "pages/maluppfyllelse.py", "pages/indikatorer.py", "pages/dialoger.py",
         "pages/lupp.py", "pages/ekonomi.py", "pages/moteslage.py", "pages/hantera-data.py"]
YEAR = 2023

text = st.one_of(st.none(), st.text(max_size=40), st.sampled_from([
    "**fet** [länk](https://example.com)", "<script>alert(1)</script>", "=SUM(A1)", "\x00\x07\x1b", "מימין לשמאל",
    "🙂" * 30, "x" * 3000, "  ", "Uppfylls\u2028delvis",
]))
name = st.text(min_size=1, max_size=30).filter(lambda s: s.strip())
number = st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15),
                   st.sampled_from([0.0, -0.0, 1e-12, 100.0, 99.999999]))
count = st.one_of(st.none(), st.integers(min_value=0, max_value=2_000_000_000))
periods = st.sampled_from(["UR1", "UR2", "AR", "T2"])


@st.composite
def stores(draw) -> dict[str, list[dict]]:
    cid = "K1"
    n_goals = draw(st.integers(0, 6))
    goals, assessments, listed = [], [], []
    for i in range(n_goals):
        parent = draw(st.one_of(st.none(), st.integers(0, max(0, i - 1)), st.just(99))) if i else None
        goals.append({"goal_id": f"G{i}", "committee_id": cid, "year": YEAR,
                      "parent_id": None if parent is None else f"G{parent}",
                      "level": draw(st.sampled_from(["målområde", "uppdrag", "åtagande", "regionalt mål", "insats"])),
                      "title": draw(name), "position": draw(st.one_of(st.none(), st.integers(-5, 30000))),
                      "assessed": draw(st.sampled_from([None, "ja", "nej"]))})
        for period in draw(st.lists(periods, max_size=2, unique=True)):
            assessments.append({"goal_id": f"G{i}", "year": YEAR, "period": period,
                                "status": draw(st.sampled_from(["uppfylls", "delvis", "uppfylls_inte", "ej_bedomd"])),
                                "comment": draw(text)})
            if draw(st.booleans()):
                listed.append({"goal_id": f"G{i}", "year": YEAR, "period": period, "title": draw(name),
                               "state": draw(st.sampled_from([None, "genomförd", "pågår", "planerad"])),
                               "comment": draw(text)})
    indicators, values = [], []
    for j in range(draw(st.integers(0, 4))):
        indicators.append({"indicator_id": f"I{j}", "committee_id": cid,
                           "goal_id": f"G{draw(st.integers(0, n_goals))}" if n_goals else None,
                           "name": draw(name), "unit": draw(st.sampled_from(["antal", "procent", "tkr"])),
                           "direction": draw(st.sampled_from(["higher", "lower"])),
                           "source": draw(st.sampled_from([None, "egen", "lupp", "kolada:N15419", "okänd"])),
                           "log_measure": draw(st.sampled_from([None, "dialoger", "deltagare", "aktiviteter"])),
                           "log_match": draw(text), "source_note": draw(text),
                           # indicator kinds (issue 14): any text, any year the column holds
                           "kind": draw(st.sampled_from([None, "indikator", "långsiktig indikator", "effektmål",
                                                         "milstolpe", "Okänd typ", ""])),
                           "baseline_year": draw(st.one_of(st.none(), st.sampled_from([YEAR - 1, YEAR, YEAR + 1]),
                                                           st.integers(-32768, 32767)))})
        for period in draw(st.lists(periods, max_size=3, unique=True)):
            for gender in draw(st.lists(st.sampled_from(["T", "K", "M"]), min_size=1, max_size=3, unique=True)):
                for year in (YEAR - 1, YEAR):
                    values.append({"indicator_id": f"I{j}", "year": year, "period": period, "gender": gender,
                                   "outcome": draw(number), "target": draw(number), "comment": draw(text),
                                   "source_note": draw(text),
                                   "done_date": draw(st.one_of(st.none(), st.just(date(YEAR, 5, 31)), st.dates(
                                       min_value=date(1, 1, 1), max_value=date(9999, 12, 31))))})
    activities = [{"activity_id": f"A{k}", "committee_id": cid,
                   "date": date(YEAR, draw(st.integers(1, 12)), draw(st.integers(1, 28))),
                   "title": draw(name), "kind": draw(st.sampled_from(["dialog", "möte", "övrigt", "Workshop"])),
                   "target_group": draw(text), "place": draw(text), "participants_total": draw(count),
                   "participants_women": draw(count), "participants_men": draw(count), "source_note": draw(text)}
                  for k in range(draw(st.integers(0, 4)))]
    budget = []
    for b in range(draw(st.integers(0, 4))):
        budget.append({"committee_id": cid, "year": YEAR, "period": draw(periods), "account": draw(name),
                       "parent_account": draw(st.one_of(st.none(), name)), "position": b,
                       "budget_tkr": draw(number), "period_budget_tkr": draw(number), "outcome_tkr": draw(number),
                       "forecast_tkr": draw(number), "deviation_tkr": draw(number),
                       "row_kind": draw(st.sampled_from([None, "varav", "summa", "utvecklingsmedel"])),
                       "comment": draw(text), "source_note": draw(text)})
    stated = [{"committee_id": cid, "year": YEAR, "period": "T2", "first_month": 5, "last_month": 8,
               "label": draw(text)}] if draw(st.booleans()) else []
    texts = [{"committee_id": cid, "year": YEAR, "period": p, "kind": "sammanfattning", "text": draw(text)}
             for p in draw(st.lists(periods, max_size=2, unique=True))]
    return {
        "committees": [{"committee_id": cid, "name": draw(name), "source_note": draw(text)}],
        "committee_municipalities": [{"committee_id": cid, "municipality_code": "1462",
                                      "municipality_name": draw(name)}],
        "goals": goals, "goal_assessments": assessments, "goal_activities": listed,
        "indicators": indicators, "indicator_values": values, "activities": activities,
        "budget": budget, "periods": stated, "texts": texts,
    }


def _write(root: Path, tables: dict[str, list[dict]]) -> None:
    versions.init_store(root, CLI)
    after = {t: versions.rows_from_records(t, rows) for t, rows in tables.items()}
    versions.commit(root, after, CLI, "test", "hypotes")


SETTINGS = dict(deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.large_base_example, HealthCheck.function_scoped_fixture])


def _exports(root: Path) -> int:
    store, built = open_store(root), 0
    for period in ("UR1", "UR2", "AR", "T2"):
        try:
            data = report.report_data(store, "1462", YEAR, period)
        except report.ReportError:
            continue  # a year without any follow-up: a Swedish message, not a crash
        for fmt in ("docx", "pptx", "xlsx", "csv"):
            content, file_name = files.build_file(data, fmt)
            assert content and file_name.endswith(fmt)
            built += 1
    return built


@settings(max_examples=25, **SETTINGS)
@given(tables=stores())
def test_any_schema_valid_store_exports_every_format(tables):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "store"
        _write(root, tables)
        _exports(root)


@settings(max_examples=10, **SETTINGS)
@given(tables=stores())
def test_any_schema_valid_store_renders_every_page(tables, monkeypatch_session):
    # the fixture only sets FOLKHALSA_DATA, and every example sets it anew
    import streamlit

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "store"
        _write(root, tables)
        monkeypatch_session.setenv("FOLKHALSA_DATA", str(root))
        streamlit.cache_data.clear()
        streamlit.cache_resource.clear()
        for page in PAGES:
            at = open_app(page, kommun="1462", ar=str(YEAR))  # asserts no exception
            assert not at.exception, page


@pytest.fixture
def monkeypatch_session():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()
