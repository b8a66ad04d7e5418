"""Compare a kommun with its region, riket and the region's kommuner on a Kolada KPI (pure).

Kolada codes a region as ``00`` + the county's two digits (Halmstad 1380 → Region Halland 0013)
and riket as ``0000``. The functions take the rows of ``queries/kolada_series.sql``.
"""

from __future__ import annotations

import pandas as pd

from folkhalsa import fmt
from folkhalsa.kolada import catalogue

RIKET = "0000"


def region_of(code: str) -> str:
    return "00" + str(code)[:2]


def name_of(code: str) -> str:
    names = dict(zip(catalogue.municipalities()["id"], catalogue.municipalities()["title"], strict=True))
    return names.get(str(code), str(code))


def region_kommuner(code: str) -> list[str]:
    """The kommuner of the kommun's county (its region's kommuner), by code."""
    table = catalogue.municipalities()
    return sorted(table[(table["type"] == "K") & table["id"].str.startswith(str(code)[:2])]["id"])


def codes_for(code: str) -> list[str]:
    """What the page asks for: the region's kommuner, the region and riket."""
    return [*region_kommuner(code), region_of(code), RIKET]


def trend(rows: pd.DataFrame, code: str, gender: str = "T") -> pd.DataFrame:
    """Year | the kommun | its region | riket: one column per line of the trend chart."""
    chosen = [str(code), region_of(code), RIKET]
    of_gender = rows[(rows["gender"] == gender) & rows["municipality_code"].isin(chosen)]
    wide = of_gender.pivot_table(index="year", columns="municipality_code", values="value", aggfunc="first",
                                 dropna=False)
    table = pd.DataFrame({"År": [int(y) for y in wide.index]})
    for c in chosen:
        table[name_of(c)] = list(wide[c]) if c in wide.columns else [None] * len(wide)
    return table


def ranking(rows: pd.DataFrame, code: str, gender: str = "T") -> tuple[int | None, pd.DataFrame]:
    """(latest year, Kommun | Värde | Rang) of the region's kommuner that year, highest first."""
    kommuner = region_kommuner(code)
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
            f"skillnaden är {fmt.change(round(diff, 1))} procentenheter" if unit == "procent" else
            f"{name_of(code)} {fmt.value(mine, unit, 1)} mot riket {fmt.value(riket, unit, 1)} {latest}: "
            f"skillnaden är {fmt.change(round(diff, 1))}")
    margin = at(str(code), margins, latest) if not margins.empty else None
    if margin is None:
        return text + "."
    within = abs(diff) <= margin
    return text + (f", inom osäkerheten (±{fmt.number(margin, 1)}): ingen säker skillnad." if within else
                   f", större än osäkerheten (±{fmt.number(margin, 1)}).")
