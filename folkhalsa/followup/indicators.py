"""Indicator kinds and their status rules: one pure rule per kind, stated in words.

The plans of Västra Götaland (seed 004) separate *långsiktiga indikatorer* (followed over
time, no target), *effektmål* (a target, or only a direction: ”öka andelen …” from a
baseline year), and *milstolpar* (”Genomfört analysarbetet”: done or not, with a date).
A plain *indikator* is today's: outcome against the year's target.

The rules, in order (:func:`state`):

* A milestone is ``✓ Genomförd (datum)`` when its outcome is 1 or it has a date, ``✗ Inte
  genomförd`` when its outcome is 0, else ``Utfall saknas``.
* Any other kind with a target for the period: the target rule (rules.target_state).
* No target but a baseline year: the outcome against the baseline year's outcome in the
  wanted direction: ``↑ Ökat sedan 2018 (+3 %-enheter)`` and whether that is the wanted
  way; a share's change under one percentage point, or one whose 95 % interval holds zero
  when the respondents are known, is said to be uncertain, and counts under 10 are *få*.
* A long-term indicator without target or baseline: ``Följs över tid`` (no status).
* Otherwise the target rule's words (``Inget målvärde``, ``Utfall saknas``).

No Streamlit, no SQL: the page, Mötesläge, Word and Excel all call these functions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import pandas as pd

from folkhalsa import fmt, rules
from folkhalsa.schema import INDICATOR_KINDS

DEFAULT_KIND = INDICATOR_KINDS[0]
MILESTONE = "milstolpe"
LONG_TERM = "långsiktig indikator"
EFFECT_GOAL = "effektmål"
SMALL_SHARE_CHANGE = 1.0  # percentage points: a smaller change of a share is not called a change
FEW_COUNT = rules.FEW_COUNT  # counts below this are ”få”, as in sentences.py

KIND_WORD = {k: k.capitalize() for k in INDICATOR_KINDS}


def choice_label(name: object, kind: object) -> str:
    """How an indicator is offered in a list: its name, and its kind unless it is a plain indicator
    (``Genomfört analysarbetet · milstolpe``), so Halland's lists read as before."""
    word = kind_of(kind)
    return str(name) if word == DEFAULT_KIND else f"{name} · {word}"


def kind_of(kind: object) -> str:
    """The kind as one of INDICATOR_KINDS; empty or unknown → ``indikator``."""
    if fmt.is_missing(kind):
        return DEFAULT_KIND
    text = " ".join(str(kind).split()).casefold()
    return text if text in INDICATOR_KINDS else DEFAULT_KIND


def _year(value: object) -> int | None:
    if fmt.is_missing(value):
        return None
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return None


def date_text(value: object) -> str | None:
    """A milestone's date as ``2019-05-31``, None when there is none."""
    when = _date(value)
    return fmt.day(when) if when else None


def _date(value: object) -> date | None:
    if fmt.is_missing(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    return value if isinstance(value, date) else None


@dataclass(frozen=True)
class State:
    """An indicator's status for one period: a key, the words shown and whether it needs attention."""

    key: str     # reached, not_reached, no_target, no_outcome, done, not_done, better, worse,
    #              unchanged, uncertain, no_baseline, baseline, before_baseline, followed
    word: str    # symbol and word, as every output shows it
    attention: bool = False


def milestone_state(outcome: object, done_date: object) -> State:
    """``✓ Genomförd (2019-05-31)`` / ``✗ Inte genomförd`` / ``Utfall saknas``."""
    when = _date(done_date)
    done = when is not None or (not fmt.is_missing(outcome) and float(outcome) >= 1)  # type: ignore[arg-type]
    if done:
        return State("done", "✓ Genomförd" + (f" ({fmt.day(when)})" if when else ""))
    if fmt.is_missing(outcome):
        return State("no_outcome", rules.TARGET_WORDS[rules.TargetState.NO_OUTCOME])
    return State("not_done", "✗ Inte genomförd")


def baseline_state(outcome: object, baseline: object, direction: str, unit: str, baseline_year: int,
                   year: int | None = None, respondents: tuple[int | None, int | None] = (None, None)) -> State:
    """The outcome against the baseline year's outcome, in the wanted direction.

    ``respondents`` is (now, baseline) when a share's respondents are known: then a change
    whose 95 % interval (Newcombe, from Wilson's) holds zero is ``ingen säker förändring``.
    """
    since = f"sedan {baseline_year}"
    if year is not None and year < baseline_year:
        return State("before_baseline", f"Före basåret {baseline_year}")
    if year is not None and year == baseline_year:
        return State("baseline", f"Basår ({fmt.value(outcome, unit)})" if not fmt.is_missing(outcome) else "Basår")
    if fmt.is_missing(outcome):
        return State("no_outcome", rules.TARGET_WORDS[rules.TargetState.NO_OUTCOME])
    if fmt.is_missing(baseline):
        return State("no_baseline", f"Inget basårsvärde ({baseline_year})")
    now, then = float(outcome), float(baseline)  # type: ignore[arg-type]
    diff = now - then
    size = fmt.change(diff, unit) if math.isfinite(diff) else "mycket stor förändring"
    if diff == 0:
        return State("unchanged", f"= Oförändrat {since}")
    verb = "Ökat" if diff > 0 else "Minskat"
    arrow = "↑" if diff > 0 else "↓"
    if unit == "procent":
        n_now, n_then = respondents
        if n_now or n_then:
            from folkhalsa import sentences  # the share rules live there (Wilson, Newcombe)
            before = sentences.Point(then, baseline_year, "", n_respondents=n_then)
            after = sentences.Point(now, year or baseline_year + 1, "", n_respondents=n_now)
            if not sentences.change_is_certain(before, after):
                return State("uncertain", f"{arrow} {verb} {since} ({size}), ingen säker förändring")
        if abs(diff) < SMALL_SHARE_CHANGE:
            return State("uncertain", f"{arrow} {verb} {since} ({size}), liten förändring")
    if direction not in rules.DIRECTION_WORD:
        return State("uncertain", f"{arrow} {verb} {since} ({size})")
    better = diff > 0 if direction == "higher" else diff < 0
    few = unit == "antal" and max(abs(now), abs(then)) < FEW_COUNT
    note = ", få: små tal skiftar mycket" if few else ""
    if better:
        return State("better", f"✓ {verb} {since} ({size}{note}), i önskad riktning")
    return State("worse", f"✗ {verb} {since} ({size}{note}), mot önskad riktning", attention=True)


def state(kind: object, outcome: object, target: object, direction: str, unit: str = "antal", *,
          baseline_year: object = None, baseline: object = None, done_date: object = None,
          year: int | None = None, respondents: tuple[int | None, int | None] = (None, None)) -> State:
    """The one status rule of an indicator for one period (see the module's docstring)."""
    k = kind_of(kind)
    if k == MILESTONE:
        return milestone_state(outcome, done_date)
    if not fmt.is_missing(target):
        ts = rules.target_state(outcome, target, direction)
        return State(ts.value, rules.TARGET_WORDS[ts], attention=ts is rules.TargetState.NOT_REACHED)
    base = _year(baseline_year)
    if base is not None:
        return baseline_state(outcome, baseline, direction, unit, base, year, respondents)
    if k == LONG_TERM:
        return State("followed", "Följs över tid")
    ts = rules.target_state(outcome, target, direction)
    return State(ts.value, rules.TARGET_WORDS[ts])


def rule_text(kind: object, direction: object, baseline_year: object = None, has_target: bool = False) -> str:
    """The rule an indicator is judged by, in one sentence for the screen and the files."""
    k = kind_of(kind)
    word = KIND_WORD[k]
    base = _year(baseline_year)
    wanted = {"higher": "ökning", "lower": "minskning"}.get(str(direction), "förändring")
    if k == MILESTONE:
        return (f"{word}: genomförd när utfallet är 1 eller ett datum för genomförandet finns, med datumet; "
                "utfall 0 är inte genomförd.")
    target = f"{word}: bedöms mot årets målvärde ({rules.DIRECTION_WORD.get(str(direction), '').lower()})"
    if base is not None:
        baseline = (f"{word} utan målvärde bedöms mot basåret {base}: en {wanted} sedan dess är i önskad "
                    f"riktning. En andel som ändrats mindre än {fmt.number(SMALL_SHARE_CHANGE)} procentenhet "
                    "räknas som en liten förändring.")
        return (target + "; utan målvärde för perioden: " + baseline[0].lower() + baseline[1:]) if has_target \
            else baseline
    if k == LONG_TERM:
        return f"{word}: följs över tid utan målvärde och utan status." if not has_target else target + "."
    return target + "; utan målvärde visas utfallet utan bedömning."


RULES_CAPTION = ("Indikatorer bedöms mot årets målvärde. Effektmål utan målvärde bedöms mot sitt basår i "
                 "önskad riktning, långsiktiga indikatorer utan målvärde följs över tid utan status, och "
                 "milstolpar är genomförda (med datum) eller inte genomförda.")

SHORT_RULE = ("bedöms mot målvärdet; effektmål utan målvärde mot basåret i önskad riktning; milstolpar "
              "genomförda eller inte; långsiktiga indikatorer följs över tid")


def has_kinds(rows: pd.DataFrame) -> bool:
    """Whether any row is of another kind than a plain indicator or has a baseline year."""
    kinds = rows["kind"] if "kind" in rows.columns else pd.Series(dtype=object)
    bases = rows["baseline_year"] if "baseline_year" in rows.columns else pd.Series(dtype=object)
    return any(kind_of(k) != DEFAULT_KIND for k in kinds) or any(_year(b) is not None for b in bases)


def _column(rows: pd.DataFrame, name: str) -> list[object]:
    return list(rows[name]) if name in rows.columns else [None] * len(rows)


def with_state(rows: pd.DataFrame, year: int | None = None) -> pd.DataFrame:
    """Add ``state`` (a :class:`State`) to indicator rows; columns a store lacks count as empty.

    ``year`` is the rows' year when they have no ``year`` column (one period's outcomes).
    """
    result = rows.copy()
    years = [_year(y) for y in result["year"]] if "year" in result.columns else [year] * len(result)
    result["state"] = [
        state(k, o, t, str(d), str(u), baseline_year=b, baseline=bo, done_date=dd, year=y,
              respondents=(rn, rb))
        for k, o, t, d, u, b, bo, dd, y, rn, rb in zip(
            _column(result, "kind"), _column(result, "outcome"), _column(result, "target"),
            _column(result, "direction"), _column(result, "unit"), _column(result, "baseline_year"),
            _column(result, "baseline_outcome"), _column(result, "done_date"), years,
            [_respondents(c, u) for c, u in zip(_column(result, "comment"), _column(result, "unit"), strict=True)],
            [_year(v) for v in _column(result, "baseline_respondents")], strict=True)
    ]
    return result


def outcome_text(kind: object, outcome: object, unit: str, done_date: object = None) -> str:
    """The outcome as a cell: a milestone says ``Genomförd``/``Inte genomförd``; else the number."""
    if kind_of(kind) == MILESTONE:
        if _date(done_date) is not None or (not fmt.is_missing(outcome) and float(outcome) >= 1):  # type: ignore[arg-type]
            return "Genomförd"
        return fmt.MISSING if fmt.is_missing(outcome) else "Inte genomförd"
    return fmt.value(outcome, unit)


def target_text(kind: object, target: object, outcome: object, unit: str, baseline_year: object = None,
                baseline: object = None) -> str:
    """The target cell: the value; else ``basår 2018: 45 %``; else ``inget målvärde`` beside an outcome."""
    k = kind_of(kind)
    if k == MILESTONE:
        return fmt.MISSING
    if not fmt.is_missing(target):
        return fmt.value(target, unit)
    base = _year(baseline_year)
    if base is not None:
        return f"basår {base}: {fmt.value(baseline, unit)}"
    if k == LONG_TERM:
        return "följs över tid"
    return "inget målvärde" if not fmt.is_missing(outcome) else fmt.MISSING


def baseline_values(rows: pd.DataFrame, period: str) -> dict[tuple[str, str], tuple[float | None, str, object]]:
    """(indicator_id, gender) → (outcome, period, comment) in the baseline year.

    The same period as the one followed up where the baseline year has an outcome for it (the
    same months), else the year's last period with an outcome. ``rows`` come from
    indicator_baselines.sql (every value of each indicator's baseline year).
    """
    from folkhalsa.followup import periods as periods_

    order = {p: i for i, p in enumerate(periods_.ordered({str(p) for p in rows["period"]}))} if len(rows) else {}
    found: dict[tuple[str, str], tuple[float | None, str, object]] = {}
    for r in sorted(rows.itertuples(), key=lambda r: order.get(str(r.period), 0)):
        if fmt.is_missing(r.outcome):
            continue
        key = (str(r.indicator_id), str(r.gender))
        if key in found and found[key][1] == period:
            continue
        found[key] = (float(r.outcome), str(r.period), getattr(r, "comment", None))
    return found


def with_baseline(outcomes: pd.DataFrame, baselines: pd.DataFrame, period: str) -> pd.DataFrame:
    """Indicator rows with ``baseline_outcome``, ``baseline_period`` and ``baseline_respondents``."""
    found = baseline_values(baselines, period) if not baselines.empty else {}
    result = outcomes.copy()
    none: tuple[float | None, str | None, object] = (None, None, None)
    picked = [found.get((str(i), str(g)), none)
              for i, g in zip(result["indicator_id"], result["gender"], strict=True)]
    result["baseline_outcome"] = pd.Series([p[0] for p in picked], index=result.index, dtype="float64")
    result["baseline_period"] = pd.Series([p[1] for p in picked], index=result.index, dtype=object)
    result["baseline_respondents"] = [_respondents(p[2], u) for p, u in zip(picked, _column(result, "unit"),
                                                                            strict=True)]
    return result


def _respondents(comment: object, unit: object) -> int | None:
    if unit != "procent":
        return None
    from folkhalsa import sentences  # the comment rule (”24 av 68 har svarat”) lives there

    found = sentences.respondents_in(comment)
    return found[0] if found else None


def trend_with_baseline(trend: pd.DataFrame, baseline_year: object) -> pd.DataFrame:
    """One indicator's rows over the years with the baseline year's outcome (same gender) beside them."""
    result = trend.copy()
    base = _year(baseline_year)
    values: dict[str, float] = {}
    if base is not None and "year" in result.columns:
        for r in result[result["year"] == base].itertuples():
            if not fmt.is_missing(r.outcome):
                values[str(getattr(r, "gender", "T"))] = float(r.outcome)
    genders = list(result["gender"]) if "gender" in result.columns else ["T"] * len(result)
    result["baseline_year"] = base
    result["baseline_outcome"] = pd.Series([values.get(str(g)) for g in genders], index=result.index,
                                           dtype="float64")
    return result


def history_with_state(history: pd.DataFrame) -> pd.DataFrame:
    """Every indicator's rows over the years (one gender) with its baseline outcome and ``state``."""
    result = history.copy()
    found: dict[str, float] = {}
    if not result.empty and "baseline_year" in result.columns:
        for r in result.itertuples():
            if (_year(r.baseline_year) is not None and _year(r.year) == _year(r.baseline_year)
                    and not fmt.is_missing(r.outcome)):
                found.setdefault(str(r.indicator_id), float(r.outcome))
    result["baseline_outcome"] = pd.Series([found.get(str(i)) for i in result["indicator_id"]],
                                           index=result.index, dtype="float64")
    return with_state(result)


def ensure_state(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows with ``state``: as the model computed it, else computed here (plain rows: the target rule)."""
    return rows if "state" in rows.columns else with_state(rows)


def target_cell(kind: object, target: object, outcome: object, unit: str, baseline_year: object = None,
                baseline: object = None) -> str:
    """The Målvärde cell of the screen's tables: a plain indicator's value or ``–`` (as before), else
    :func:`target_text`."""
    if kind_of(kind) == DEFAULT_KIND and _year(baseline_year) is None:
        return fmt.value(target, unit)
    return target_text(kind, target, outcome, unit, baseline_year, baseline)


def row_cells(rows: pd.DataFrame, report_style: bool = False) -> list[tuple[str, str, str, str]]:
    """(kind word, outcome, target, status) for each row: the cells every output shows.

    ``report_style``: the target cell as the Word report writes it (``inget målvärde`` beside an
    outcome)."""
    rows = ensure_state(rows)
    target = target_text if report_style else target_cell
    return [
        (KIND_WORD[kind_of(k)], outcome_text(k, o, str(u), dd), target(k, t, o, str(u), b, bo), st.word)
        for k, o, t, u, b, bo, dd, st in zip(
            _column(rows, "kind"), _column(rows, "outcome"), _column(rows, "target"), _column(rows, "unit"),
            _column(rows, "baseline_year"), _column(rows, "baseline_outcome"), _column(rows, "done_date"),
            rows["state"], strict=True)
    ]


JUDGED_KEYS = ("better", "worse", "unchanged", "uncertain", "no_baseline")  # judged against a baseline


def _kind_keys(rows: pd.DataFrame) -> tuple[list[str], list[str], list[str]]:
    """(every total row's state key, the milestones' keys, the keys of those judged against a baseline)."""
    rows = ensure_state(rows[rows["gender"] == "T"] if "gender" in rows.columns else rows)
    keys = [getattr(s, "key", "") for s in rows["state"]]
    kinds = [kind_of(k) for k in _column(rows, "kind")]
    milestones = [k for k, kind in zip(keys, kinds, strict=True) if kind == MILESTONE]
    return keys, milestones, [k for k in keys if k in JUDGED_KEYS]


def kind_figures(rows: pd.DataFrame) -> list[tuple[str, int, int]]:
    """(label, how many, of how many) for milestones done and goals on their way since the baseline,
    over the total (T) rows; empty without such kinds. The key figures of a plan without targets."""
    _keys, milestones, judged = _kind_keys(rows)
    figures = []
    if milestones:
        figures.append(("Milstolpar genomförda", milestones.count("done"), len(milestones)))
    if judged:
        figures.append(("I önskad riktning sedan basåret", judged.count("better"), len(judged)))
    return figures


def summary_sentence(rows: pd.DataFrame) -> str | None:
    """Milestones done and effect goals on their way, over the total (T) rows; None without such kinds.

    ``Av 2 milstolpar är 1 genomförd. Av 2 effektmål utan målvärde har 1 utvecklats i önskad riktning
    sedan basåret, 1 mot önskad riktning.``"""
    keys, milestones, judged = _kind_keys(rows)
    parts = []
    if milestones:
        done = milestones.count("done")
        parts.append(f"Av {len(milestones)} milstolpar är {done} {'genomförd' if done == 1 else 'genomförda'}.")
    if judged:
        text = (f"Av {len(judged)} mål som bedöms mot sitt basår har {judged.count('better')} utvecklats i önskad "
                "riktning")
        rest = [f"{judged.count(k)} {w}" for k, w in (("worse", "mot önskad riktning"),
                                                     ("unchanged", "oförändrade"),
                                                     ("uncertain", "utan säker förändring"),
                                                     ("no_baseline", "saknar basårsvärde")) if judged.count(k)]
        parts.append(text + (f" ({', '.join(rest)})" if rest else "") + ".")
    followed = keys.count("followed")
    if followed:
        parts.append(f"{followed} långsiktiga indikatorer följs över tid utan målvärde.")
    return " ".join(parts) or None


def baseline_point(trend: pd.DataFrame, baseline_year: object, gender: str = "T") -> tuple[int, float] | None:
    """(baseline year, its outcome) of one gender's rows over the years, or None (no year, no value)."""
    base = _year(baseline_year)
    if base is None or trend.empty:
        return None
    rows = trend[(trend["year"] == base) & (trend["gender"] == gender) & trend["outcome"].notna()]
    return (base, float(rows["outcome"].iloc[-1])) if not rows.empty else None
