"""The offline Kolada catalogue: search KPIs by words in their title or description.

Pure pandas over the bundled CSV files; no network. Matching ignores case and treats every
word of the query as required (”övervikt fetma” finds KPIs with both words).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

DATA = Path(__file__).resolve().parent / "data"
SOURCE = "Källa: Kolada (RKA)"


@cache
def kpis() -> pd.DataFrame:
    """Every KPI: id, title, description, is_divided_by_gender, publication_date, …"""
    return pd.read_csv(DATA / "kpi.csv", dtype=str, keep_default_na=False)


@cache
def municipalities() -> pd.DataFrame:
    """Every kommun (type K), region and riket (type L), with its Kolada id."""
    # the one list the project has (folkhalsa/data/kommuner.csv, also Kolada's), in the API's words
    table = pd.read_csv(DATA.parent.parent / "data" / "kommuner.csv", dtype=str, keep_default_na=False, comment="#")
    return table.rename(columns={"code": "id", "name": "title"})


@cache
def groups() -> pd.DataFrame:
    """Kolada's municipality groups, one row per member: group_id, group_title, member_id, member_title."""
    return pd.read_csv(DATA / "municipality_groups.csv", dtype=str, keep_default_na=False)


SIMILAR = "Liknande kommuner"
WHOLE_COUNTRY = 250  # a group of this many kommuner or more is riket again, not a comparison


def groups_with(code: str, name: str) -> pd.DataFrame:
    """Kolada's groups that make a comparison for the kommun: the sub-regions and networks it belongs
    to (Fyrbodal, Göteborgsregionen, …), then the ”Liknande kommuner …” groups made for it (its name in
    the title; the kommun itself is not a member). group_id, group_title, members (how many)."""
    table = groups()
    counts = table.groupby("group_id").size()
    titles = table.drop_duplicates("group_id")[["group_id", "group_title"]]
    titles = titles.assign(members=titles["group_id"].map(counts).astype(int))
    similar = titles["group_title"].str.startswith(SIMILAR)
    member_of = titles["group_id"].isin(set(table.loc[table["member_id"] == str(code), "group_id"]))
    networks = titles[~similar & member_of & (titles["members"] > 1) & (titles["members"] < WHOLE_COUNTRY)]
    made_for = titles[similar & titles["group_title"].map(lambda t: name in [p.strip() for p in t.split(",")[1:]])]
    return pd.concat([networks.sort_values("group_title"), made_for.sort_values("group_title")],
                     ignore_index=True)


def group_members(group_id: str) -> list[str]:
    table = groups()
    return sorted(table[table["group_id"] == group_id]["member_id"])


def search(query: str, limit: int = 20) -> pd.DataFrame:
    """KPIs whose title or description hold every word of ``query``; title matches first."""
    words = [w.casefold() for w in query.split() if w.strip()]
    table = kpis()
    if not words:
        return table.head(0)
    title = table["title"].str.casefold()
    text = title + " " + table["description"].str.casefold()
    hit = pd.Series(True, index=table.index)
    for word in words:
        hit &= text.str.contains(word, regex=False)
    found = table[hit].assign(_in_title=[all(w in t for w in words) for t in title[hit]])
    found = found.sort_values(["_in_title", "id"], ascending=[False, True])
    return found.drop(columns="_in_title").head(limit).reset_index(drop=True)


def shown(found: pd.DataFrame) -> pd.DataFrame:
    """Search hits as the page lists them: KPI | Nyckeltal | Beskrivning | Publicerad | Per kön."""
    return found.rename(columns={"id": "KPI", "title": "Nyckeltal", "description": "Beskrivning",
                                 "publication_date": "Publicerad", "is_divided_by_gender": "Per kön"})[
        ["KPI", "Nyckeltal", "Beskrivning", "Publicerad", "Per kön"]]


def unit_of(kpi_id: str) -> str:
    """``procent`` for a KPI whose title gives a share (``… andel (%)``), else ``antal``."""
    title = kpis().loc[kpis()["id"] == kpi_id, "title"]
    return "procent" if not title.empty and "%" in str(title.iloc[0]) else "antal"


def kpi_label(kpi_id: str) -> str:
    """``Kolada N15419``: a KPI id as words, never a raw ``kolada:`` code."""
    return f"Kolada {kpi_id}"


def companion(kpi_id: str) -> str | None:
    """The ”Osäkerhetstal - …” KPI that gives the margin of ``kpi_id`` (U01760 → U01560), if any."""
    table = kpis()
    title = table.loc[table["id"] == kpi_id, "title"]
    if title.empty:
        return None
    match = table[table["title"] == f"Osäkerhetstal - {title.iloc[0]}"]
    return str(match.iloc[0]["id"]) if not match.empty else None


def kpi_of_source(source: object) -> str | None:
    """The KPI an own indicator names in its source (``kolada:N15419`` → ``N15419``), else None."""
    text = str(source or "").strip()
    return text.split(":", 1)[1].strip() or None if text.casefold().startswith("kolada:") else None
