"""Deterministic national-scale data in the store's layout: 290 municipalities, 20 years.

Built with numpy and pyarrow (no SQL), so the benchmark measures the app's own queries.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq

from folkhalsa.demo import to_arrow
from folkhalsa.schema import TABLES

PERIODS = np.array(["UR1", "UR2", "AR"])
GENDERS = np.array(["T", "K", "M"])
STATUSES = np.array(["uppfylls", "delvis", "uppfylls_inte", "ej_bedomd"])


def build(folder: Path, n_committees: int = 290, n_years: int = 20, n_indicators: int = 30,
          seed: int = 7) -> dict[str, int]:
    """Write every table to ``folder``; returns the row count per table."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    ids = np.array([f"K{i:04d}" for i in range(n_committees)])
    codes = np.array([f"{1000 + i}" for i in range(n_committees)])
    years = np.arange(2023 - n_years, 2023)
    frames: dict[str, pd.DataFrame] = {}
    frames["committees"] = pd.DataFrame({"committee_id": ids, "name": [f"Nämnd {c}" for c in codes],
                                         "organisation": "Syntetisk", "kind": "folkhälsoråd",
                                         "active_from": years[0], "active_to": years[-1],
                                         "source_note": "Syntetisk"})
    frames["committee_municipalities"] = pd.DataFrame({"committee_id": ids, "municipality_code": codes,
                                                       "municipality_name": [f"Kommun {c}" for c in codes],
                                                       "source_note": "Syntetisk"})
    # goals: per committee and year, 2 målområden with 4 uppdrag each
    c, y, g = np.meshgrid(np.arange(n_committees), years, np.arange(10), indexing="ij")
    c, y, g = c.ravel(), y.ravel(), g.ravel()
    is_area = g < 2
    parent = np.where(is_area, None, np.char.add(ids[c], np.where(g < 6, "-G0", "-G1")))
    frames["goals"] = pd.DataFrame({"goal_id": np.char.add(np.char.add(ids[c], "-G"), g.astype(str)),
                                    "committee_id": ids[c], "year": y, "parent_id": parent,
                                    "level": np.where(is_area, "målområde", "uppdrag"),
                                    "title": np.char.add("Mål ", g.astype(str)), "position": g,
                                    "source_note": "Syntetisk"})
    assessed = frames["goals"][~is_area]
    rep = np.repeat(np.arange(len(assessed)), 3)
    frames["goal_assessments"] = pd.DataFrame({
        "goal_id": assessed["goal_id"].to_numpy()[rep], "year": assessed["year"].to_numpy()[rep],
        "period": np.tile(PERIODS, len(assessed)), "status": STATUSES[rng.integers(0, 4, len(rep))],
        "comment": "Kommentar", "source_note": "Syntetisk"})
    ci, ii = np.meshgrid(np.arange(n_committees), np.arange(n_indicators), indexing="ij")
    ind_ids = np.char.add(np.char.add(ids[ci.ravel()], "-I"), ii.ravel().astype(str))
    frames["indicators"] = pd.DataFrame({
        "indicator_id": ind_ids, "committee_id": ids[ci.ravel()],
        "goal_id": np.char.add(ids[ci.ravel()], "-G2"),
        "name": np.char.add("Indikator ", ii.ravel().astype(str)),
        "unit": np.where(ii.ravel() % 2 == 0, "antal", "procent"),
        "direction": np.where(ii.ravel() % 5 == 0, "lower", "higher"),
        "source": "egen", "description": None, "source_note": "Syntetisk"})
    n = len(ind_ids) * n_years * 3 * 3
    idx = np.arange(n)
    outcome = rng.uniform(0, 100, n).round(1)
    outcome[rng.random(n) < 0.05] = np.nan
    frames["indicator_values"] = pd.DataFrame({
        "indicator_id": ind_ids[idx // (n_years * 9)], "year": years[(idx // 9) % n_years],
        "period": PERIODS[(idx // 3) % 3], "gender": GENDERS[idx % 3], "outcome": outcome,
        "target": 50.0, "comment": None, "source_note": "Syntetisk"})
    n_act = n_committees * n_years * 40
    days = rng.integers(0, 365, n_act)
    act_years = years[rng.integers(0, n_years, n_act)]
    frames["activities"] = pd.DataFrame({
        "activity_id": [f"A{i}" for i in range(n_act)], "committee_id": ids[rng.integers(0, n_committees, n_act)],
        "date": pd.to_datetime(act_years.astype(str), format="%Y") + pd.to_timedelta(days, unit="D"),
        "title": "Aktivitet", "kind": np.array(["dialog", "föreläsning", "sammanträde"])[rng.integers(0, 3, n_act)],
        "target_group": "Invånare", "place": "Bibliotek", "participants_total": rng.integers(0, 80, n_act),
        "participants_women": None, "participants_men": None, "source_note": "Syntetisk"})
    frames["activities"]["date"] = frames["activities"]["date"].dt.date
    cb, yb, pb, ab = np.meshgrid(np.arange(n_committees), years, np.arange(3), np.arange(6), indexing="ij")
    frames["budget"] = pd.DataFrame({
        "committee_id": ids[cb.ravel()], "year": yb.ravel(), "period": PERIODS[pb.ravel()],
        "account": np.char.add("Konto ", ab.ravel().astype(str)), "parent_account": None,
        "position": ab.ravel(), "budget_tkr": 100.0, "period_budget_tkr": None,
        "outcome_tkr": rng.uniform(0, 120, cb.size).round(), "forecast_tkr": 100.0,
        "source_note": "Syntetisk"})
    for name in TABLES:  # tables this generator does not fill are written empty
        frame = frames.setdefault(name, pd.DataFrame(columns=TABLES[name].column_names))
        pq.write_table(to_arrow(name, frame), folder / f"{name}.parquet")
    return {name: len(frame) for name, frame in frames.items()}
