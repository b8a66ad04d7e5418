"""Compare a kommun with its region, riket and a comparison group on a Kolada KPI (pure).

The group is the region's kommuner unless the official picks another (:func:`groups_for`): the
committee's own kommuner when it covers several, a sub-region or network from Kolada's municipality
groups (Fyrbodal, Göteborgsregionen, …) or Kolada's ”Liknande kommuner …” made for the kommun.

Kolada codes a region as ``00`` + the county's two digits (Halmstad 1380 → Region Halland 0013)
and riket as ``0000``. The functions take the rows of ``queries/kolada_series.sql``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pandas as pd

from folkhalsa import fmt
from folkhalsa.kolada import catalogue
from folkhalsa.schema import EXAMPLE_SOURCE

RIKET = "0000"
REGION = "region"
COMMITTEE = "namnd"


@dataclass(frozen=True)
class Group:
    """A comparison group: ``key`` (``region``, ``namnd`` or a Kolada group id), how it is named and
    its kommuner by code."""

    key: str
    label: str
    members: tuple[str, ...]
    from_kolada: bool = False

    @property
    def option(self) -> str:
        """How the chooser names it: ``Göteborgsregionen (ovägt medel) · 13 kommuner``."""
        return f"{self.label} · {len(self.members)} kommuner"


def region_of(code: str) -> str:
    return "00" + str(code)[:2]


@cache
def _names() -> dict[str, str]:
    return dict(zip(catalogue.municipalities()["id"], catalogue.municipalities()["title"], strict=True))


def name_of(code: str) -> str:
    return _names().get(str(code), str(code))


def region_kommuner(code: str) -> list[str]:
    """The kommuner of the kommun's county (its region's kommuner), by code."""
    table = catalogue.municipalities()
    return sorted(table[(table["type"] == "K") & table["id"].str.startswith(str(code)[:2])]["id"])


def groups_for(code: str, committee_codes: list[str] | tuple[str, ...] = ()) -> list[Group]:
    """The groups the kommun can be compared with, the region's kommuner first."""
    found = [Group(REGION, f"Kommunerna i {name_of(region_of(code))}", tuple(region_kommuner(code)))]
    own = tuple(sorted({str(c) for c in committee_codes}))
    if len(own) > 1:
        found.append(Group(COMMITTEE, "Nämndens kommuner", own))
    for row in catalogue.groups_with(code, name_of(code)).itertuples():
        found.append(Group(row.group_id, row.group_title, tuple(catalogue.group_members(row.group_id)), True))
    return found


def group_of(key: object, code: str, committee_codes: list[str] | tuple[str, ...] = ()) -> Group:
    """The group named ``key``, or the region's kommuner when there is none by that key."""
    found = groups_for(code, committee_codes)
    return next((g for g in found if g.key == key), found[0])


def codes_for(code: str, group: Group | None = None) -> list[str]:
    """What the page asks for: the kommun, the group's kommuner (the region's by default), the
    region and riket."""
    members = list(group.members) if group is not None else region_kommuner(code)
    return list(dict.fromkeys([str(code), *members, region_of(code), RIKET]))


def trend(rows: pd.DataFrame, code: str, gender: str = "T", group: Group | None = None) -> pd.DataFrame:
    """Year | the kommun | its region | riket (| the group's median): one column per line of the chart.

    Beside a group other than the region's kommuner (whose own line is the region), the median of the
    group's other kommuner is a line too, in years where at least two of them have a value."""
    chosen = [str(code), region_of(code), RIKET]
    of_gender = rows[(rows["gender"] == gender) & rows["municipality_code"].isin(chosen)]
    wide = of_gender.pivot_table(index="year", columns="municipality_code", values="value", aggfunc="first",
                                 dropna=False)
    table = pd.DataFrame({"År": [int(y) for y in wide.index]})
    for c in chosen:
        table[name_of(c)] = list(wide[c]) if c in wide.columns else [None] * len(wide)
    if group is not None and group.key != REGION:
        others = rows[(rows["gender"] == gender) & rows["municipality_code"].isin(set(group.members) - {str(code)})
                      & rows["value"].notna()]
        by_year = others.groupby("year")["value"]
        median = by_year.median()[by_year.count() >= 2]  # a median of one kommun is no median
        table[f"Median: {group.label}"] = [float(median[y]) if y in median.index else None for y in wide.index]
    return table


def ranking(rows: pd.DataFrame, code: str, gender: str = "T",
            group: Group | None = None) -> tuple[int | None, pd.DataFrame]:
    """(latest year, Kommun | Värde | Rang) of the group's kommuner (the region's by default) and the
    kommun itself that year, highest first."""
    kommuner = {str(code), *(group.members if group is not None else region_kommuner(code))}
    of_gender = rows[(rows["gender"] == gender) & rows["municipality_code"].isin(kommuner)
                     & rows["value"].notna()]
    if of_gender.empty:
        return None, pd.DataFrame(columns=["Kommun", "Värde", "Rang", "municipality_code"])
    year = int(of_gender["year"].max())
    latest = of_gender[of_gender["year"] == year].sort_values("value", ascending=False)
    return year, pd.DataFrame({
        "Kommun": [name_of(c) for c in latest["municipality_code"]],
        "Värde": list(latest["value"]),
        "Rang": list(range(1, len(latest) + 1)),
        "municipality_code": list(latest["municipality_code"]),
    })


def shown(table: pd.DataFrame, unit: str = "procent") -> pd.DataFrame:
    """Numbers in Swedish formats for a table beside a chart; missing is ``–``."""
    result = table.copy()
    for column in result.columns:
        if column not in ("År", "Kommun", "Rang", "municipality_code"):
            result[column] = [fmt.value(v, unit, 1) for v in result[column]]
    if "År" in result.columns:
        result["År"] = result["År"].astype(str)
    return result.drop(columns=[c for c in ("municipality_code",) if c in result.columns])


def is_example(rows: pd.DataFrame) -> bool:
    """Whether any value shown is the demo's example data rather than Kolada's."""
    return bool((rows["source_note"].fillna("") == EXAMPLE_SOURCE).any()) if "source_note" in rows.columns else False


def source_line(kpi_id: str) -> str:
    return f"Källa: Kolada, KPI {kpi_id} (RKA)"


def beside(rows: pd.DataFrame, margins: pd.DataFrame, code: str, year: int, unit: str) -> pd.DataFrame:
    """Jämförelse | År | Värde | Osäkerhet: the kommun's, the region's and riket's Kolada value for the
    latest year up to ``year`` (total), with the companion KPI's margin where Kolada has one."""
    out = []
    for who, c in (("Kommunen", str(code)), ("Regionen", region_of(code)), ("Riket", RIKET)):
        mine = rows[(rows["municipality_code"] == c) & (rows["gender"] == "T") & (rows["year"] <= year)
                    & rows["value"].notna()]
        if mine.empty:
            out.append({"Jämförelse": f"{who}: {name_of(c)}", "År": "–", "Värde": fmt.MISSING, "Osäkerhet": fmt.MISSING})
            continue
        latest = mine.sort_values("year").iloc[-1]
        margin = margins[(margins["municipality_code"] == c) & (margins["gender"] == "T")
                         & (margins["year"] == latest["year"])] if not margins.empty else margins
        out.append({"Jämförelse": f"{who}: {name_of(c)}", "År": str(int(latest["year"])),
                    "Värde": fmt.value(latest["value"], unit, 1),
                    "Osäkerhet": ("±" + fmt.value(margin.iloc[0]["value"], unit, 1)) if not margin.empty
                    else fmt.MISSING})
    return pd.DataFrame(out, columns=["Jämförelse", "År", "Värde", "Osäkerhet"])


def difference_sentence(rows: pd.DataFrame, margins: pd.DataFrame, code: str, year: int, unit: str) -> str | None:
    """``Halmstad 51,6 % mot riket 52,8 % 2022: skillnaden (−1,2) ligger inom osäkerheten (±4,5).``

    The kommun's latest value up to ``year`` against riket's the same year; with the companion
    KPI's margin the difference is called certain only when it is larger than the margin.
    """
    def at(c: str, frame: pd.DataFrame, y: int | None = None) -> float | None:
        chosen = frame[(frame["municipality_code"] == c) & (frame["gender"] == "T") & frame["value"].notna()
                       & ((frame["year"] == y) if y is not None else (frame["year"] <= year))]
        return None if chosen.empty else float(chosen.sort_values("year").iloc[-1]["value"])

    own = rows[(rows["municipality_code"] == str(code)) & (rows["gender"] == "T") & rows["value"].notna()
               & (rows["year"] <= year)]
    if own.empty:
        return None
    latest = int(own["year"].max())
    mine, riket = at(str(code), rows, latest), at(RIKET, rows, latest)
    if mine is None or riket is None:
        return None
    diff = mine - riket
    text = (f"{name_of(code)} {fmt.value(mine, unit, 1)} mot riket {fmt.value(riket, unit, 1)} {latest}: "
            f"skillnaden är {fmt.change(fmt.rounded(diff, 1))} procentenheter" if unit == "procent" else
            f"{name_of(code)} {fmt.value(mine, unit, 1)} mot riket {fmt.value(riket, unit, 1)} {latest}: "
            f"skillnaden är {fmt.change(fmt.rounded(diff, 1))}")
    margin = at(str(code), margins, latest) if not margins.empty else None
    if margin is None:
        return text + "."
    within = abs(diff) <= margin
    return text + (f", inom osäkerheten (±{fmt.number(margin, 1)}): ingen säker skillnad." if within else
                   f", större än osäkerheten (±{fmt.number(margin, 1)}).")
