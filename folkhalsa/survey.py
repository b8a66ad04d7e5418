"""Survey results (LUPP and others): small-group suppression and the tables the page shows.

Pure pandas over the rows of ``queries/survey_question_results.sql``.

Suppression: a group (school year × gender) with fewer than ``SUPPRESS_BELOW`` respondents
shows ``..`` instead of its share, and so does a group whose number is unknown. When one of
girls/boys is suppressed, the other is too (complementary suppression): otherwise the
suppressed share could be worked out from the total and the other gender. The number of
respondents is always shown, so the reader sees why a share is missing.
"""

from __future__ import annotations

import pandas as pd

from folkhalsa import fmt, rules
from folkhalsa.schema import SCHOOL_YEARS, SURVEY_AREAS

SUPPRESS_BELOW = 10
SUPPRESSED = ".."
AREA_LABEL = {a: a.capitalize() for a in SURVEY_AREAS}
GROUP_KEY = ["survey_year", "municipality_code", "group", "answer"]


def is_small(n_respondents: object, threshold: int = SUPPRESS_BELOW) -> bool:
    """Below the threshold, or unknown: the share must not be shown."""
    return fmt.is_missing(n_respondents) or int(n_respondents) < threshold  # type: ignore[call-overload]


def suppress(results: pd.DataFrame, threshold: int = SUPPRESS_BELOW) -> pd.DataFrame:
    """Add ``is_suppressed`` and ``shown_share`` (None when suppressed) to survey rows."""
    result = results.copy()
    small = pd.Series([is_small(n, threshold) for n in result["n_respondents"]], index=result.index,
                      dtype=bool)
    gendered = result["gender"].isin(["K", "M"])
    # complementary: a small girls' or boys' group hides the other gender of the same group too
    hidden_pair = (small & gendered).groupby([result[c] for c in GROUP_KEY], dropna=False).transform("any")
    result["is_suppressed"] = small | (gendered & hidden_pair)
    result["shown_share"] = [None if s else (None if fmt.is_missing(v) else float(v))
                             for v, s in zip(result["share"], result["is_suppressed"], strict=True)]
    return result


def share_text(share: object, suppressed: bool) -> str:
    """``53 %``; ``..`` for a suppressed group; ``–`` when the share is missing."""
    if suppressed:
        return SUPPRESSED
    return fmt.value(share, "procent", 0)


def n_text(n_respondents: object) -> str:
    return f"n{fmt.NBSP}={fmt.NBSP}{fmt.number(n_respondents)}"


def cell(share: object, n_respondents: object, suppressed: bool) -> str:
    """``53 % (n = 412)`` or ``.. (n = 8)``: the number of respondents goes with every share."""
    return f"{share_text(share, suppressed)} ({n_text(n_respondents)})"


def group_label(group: str, gender: str) -> str:
    """``Flickor, åk 8``: the survey's own words for gender (flickor/pojkar/totalt)."""
    return f"{rules.GENDER_LABEL_YOUNG.get(gender, gender)}, {group}"


def ordered_groups(groups: list[str]) -> list[str]:
    return _known_first(groups, SCHOOL_YEARS)


def ordered_areas(areas: list[str]) -> list[str]:
    return _known_first(areas, SURVEY_AREAS)


def _known_first(values: list[str], known: tuple[str, ...]) -> list[str]:
    """The known values in their fixed order, then any others alphabetically."""
    present = set(values)
    return [v for v in known if v in present] + sorted(present - set(known))


def answers_of(results: pd.DataFrame) -> list[str]:
    """The answers of a question in the order the source gave them."""
    return list(results.sort_values("answer_order")["answer"].drop_duplicates())


def _pick(results: pd.DataFrame, groups: list[str], genders: list[str]) -> pd.DataFrame:
    return results[results["group"].isin(groups) & results["gender"].isin(genders)]


def answers_table(results: pd.DataFrame, groups: list[str], genders: list[str]) -> pd.DataFrame:
    """Årskurs | Kön | one column per answer | Antal svarande: one municipality and round."""
    rows = []
    shown = suppress(results)
    answers = answers_of(results)
    for group in ordered_groups(groups):
        for gender in genders:
            sub = shown[(shown["group"] == group) & (shown["gender"] == gender)].set_index("answer")
            if sub.empty:
                continue
            row = {"Årskurs": group, "Kön": rules.GENDER_LABEL_YOUNG[gender]}
            for answer in answers:
                row[answer] = (share_text(sub.at[answer, "share"], bool(sub.at[answer, "is_suppressed"]))
                               if answer in sub.index else fmt.MISSING)
            row["Antal svarande"] = n_text(sub["n_respondents"].iloc[0])
            rows.append(row)
    return pd.DataFrame(rows, columns=["Årskurs", "Kön", *answers, "Antal svarande"])


def years_table(results: pd.DataFrame, answer: str, groups: list[str], genders: list[str]) -> pd.DataFrame:
    """Årskurs | Kön | one column per survey year: one answer's share (with n) over the rounds."""
    shown = suppress(results)
    shown = _pick(shown[shown["answer"] == answer], groups, genders)
    years = sorted(int(y) for y in shown["survey_year"].unique())
    rows = []
    for group in ordered_groups(groups):
        for gender in genders:
            sub = shown[(shown["group"] == group) & (shown["gender"] == gender)].set_index("survey_year")
            if sub.empty:
                continue
            row = {"Årskurs": group, "Kön": rules.GENDER_LABEL_YOUNG[gender]}
            for year in years:
                row[str(year)] = (cell(sub.at[year, "share"], sub.at[year, "n_respondents"],
                                       bool(sub.at[year, "is_suppressed"])) if year in sub.index else fmt.MISSING)
            rows.append(row)
    return pd.DataFrame(rows, columns=["Årskurs", "Kön", *[str(y) for y in years]])


def municipalities_table(results: pd.DataFrame, answer: str, groups: list[str],
                         genders: list[str]) -> pd.DataFrame:
    """Kommun | Årskurs | one column per gender: one answer in one round across municipalities."""
    shown = suppress(results)
    shown = _pick(shown[shown["answer"] == answer], groups, genders)
    labels = [rules.GENDER_LABEL_YOUNG[g] for g in genders]
    order = {group: i for i, group in enumerate(ordered_groups(groups))}
    # One pass over the rows (not one filter per kommun and årskurs: 290 kommuner took 0.4 s).
    cells: dict[tuple[str, str], dict[str, str]] = {}
    for name, group, gender, share, n, hidden in zip(
            shown["municipality_name"].tolist(), shown["group"].tolist(), shown["gender"].tolist(),
            shown["share"].tolist(), shown["n_respondents"].tolist(), shown["is_suppressed"].tolist(), strict=True):
        if group in order:
            cells.setdefault((name, group), {})[gender] = cell(share, n, bool(hidden))
    rows = [{"Kommun": name, "Årskurs": group,
             **{label: by_gender.get(gender, fmt.MISSING) for gender, label in zip(genders, labels, strict=True)}}
            for (name, group), by_gender in sorted(cells.items(), key=lambda kv: (kv[0][0], order[kv[0][1]]))]
    return pd.DataFrame(rows, columns=["Kommun", "Årskurs", *labels])


def latest_round(years: list[int], year: int) -> int | None:
    """The latest survey round up to ``year`` (the round in force then), else the earliest one."""
    if not years:
        return None
    earlier = [y for y in years if y <= year]
    return max(earlier) if earlier else min(years)


def rounds_for(rounds: pd.DataFrame, survey_name: str, municipality_code: str) -> pd.DataFrame:
    """The rounds of a survey (rows of ``survey_rounds.sql``) in which a municipality took part."""
    took_part = pd.Series([municipality_code in list(codes) for codes in rounds["municipality_codes"]],
                          index=rounds.index, dtype=bool)
    return rounds[(rounds["survey"] == survey_name) & took_part].reset_index(drop=True)


def surveys_for(rounds: pd.DataFrame, municipality_code: str) -> list[str]:
    """The surveys (LUPP, CAN …) a municipality took part in, in the store's order; all when none."""
    names = list(dict.fromkeys(rounds["survey"]))
    own = [n for n in names if not rounds_for(rounds, n, municipality_code).empty]
    return own or names


BOUNDED_ABOVE = 12  # more kommuner than this in one round: the chosen one against the median


def bounded(round_rows: pd.DataFrame, municipality_code: str,
            limit: int = BOUNDED_ABOVE) -> tuple[pd.DataFrame, int | None]:
    """The rows the comparison across kommuner shows by default, and how many kommuner were summed
    (None: all are shown). With more than ``limit`` kommuner: the chosen kommun and one row per
    group, gender and answer named ``Median av N kommuner`` – the median of the shares that may be
    shown (suppressed groups are left out, so nothing hidden leaks into it), with the respondents of
    all N kommuner as its n."""
    codes = round_rows["municipality_code"].dropna().unique()
    if len(codes) <= limit:
        return round_rows, None
    shown = suppress(round_rows)
    open_rows = shown[~shown["is_suppressed"] & shown["shown_share"].notna()]
    keys = ["survey_year", "group", "gender", "area", "answer", "answer_order"]
    keys = [k for k in keys if k in round_rows.columns]
    median = (open_rows.groupby(keys, dropna=False)
              .agg(share=("shown_share", "median"), n_respondents=("n_respondents", "sum")).reset_index())
    median["municipality_code"] = "median"
    median["municipality_name"] = f"Median av {len(codes)} kommuner"
    median["source_note"] = None
    own = round_rows[round_rows["municipality_code"] == str(municipality_code)]
    return pd.concat([own, median[round_rows.columns]], ignore_index=True), len(codes)
