"""Key figures of Översikt: this period against the same period a year earlier (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from folkhalsa import fmt, goals, rules, words
from folkhalsa.followup import indicators
from folkhalsa.followup.model import LogFigure, PeriodData, log_rule


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str
    delta: str | None       # e.g. "+1 mot 2021"; None when there is nothing to compare with
    delta_color: str        # "normal": up is good; "inverse": up is bad; "off": neutral (or a colour name)
    help: str
    delta_arrow: str = "auto"  # "auto" reads the sign of ``delta``; "up", "down" or "off" say it outright

    @property
    def unchanged(self) -> bool:
        return self.delta is not None and self.delta.startswith("±0")


def _delta(now: float | None, before: float | None, year: int | None) -> str | None:
    if year is None or fmt.is_missing(now) or fmt.is_missing(before):
        return None
    # Streamlit reads the sign from a leading ASCII "-" to pick arrow and colour
    return f"{fmt.change(float(now) - float(before)).replace(fmt.MINUS, '-', 1)} mot {year}"


def _status_delta(now: int, total: int, before: dict[str, int] | None, status: str, year: int | None) -> str | None:
    """Like with like: ``+1 mot 2021`` when the goal sets are as large, else ``2021: 4 av 8``."""
    if before is None or year is None:
        return None
    prev_total = sum(before.values())
    if prev_total == 0:  # no goal was assessed a year earlier: nothing to compare with
        return None
    if prev_total == total:
        return _delta(now, before.get(status), year)
    return f"{year}: {before.get(status, 0)} av {prev_total}"


def _log_help(figure: LogFigure, what: str, months: str, vocab: words.Words = words.DEFAULTS) -> str:
    if figure.is_reported:
        text = f"{fmt.plain(vocab.owner)} rapporterade antal {what} ({months})."
        return text + (f" Aktivitetsloggen: {fmt.number(figure.in_log)}." if figure.in_log is not None else "")
    return f"Räknat ur aktivitetsloggen ({months}). {fmt.plain(log_rule(vocab.body))}"


def key_figures(now: PeriodData, before: PeriodData | None, vocab: words.Words = words.DEFAULTS) -> list[KeyFigure]:
    """Goal status counts (assessed goals only), indicators on target, dialogues and participants;
    explained in the organisation's words (``vocab``)."""
    counts = goals.status_totals(now.tree)
    prev_counts = goals.status_totals(before.tree) if before else None
    total = sum(counts.values())
    prev_year = before.year if before else None
    figures = []
    for status, colour in (("uppfylls", "normal"), ("delvis", "off"), ("uppfylls_inte", "inverse"),
                           ("ej_bedomd", "off")):
        delta = _status_delta(counts[status], total, prev_counts, status, prev_year)
        like_with_like = delta is None or " mot " in delta
        figures.append(KeyFigure(
            rules.status_label(status), f"{counts[status]} av {total}", delta, colour if like_with_like else "off",
            f"Antal bedömda mål med status {rules.STATUS_WORD[status].lower()}. {fmt.plain(words.capital(vocab.areas))} och "
            "andra nivåer utan egen bedömning räknas inte.",
            delta_arrow="auto" if like_with_like else "off"))
    reached, comparable = goals.target_summary(now.outcomes)
    prev_reached = goals.target_summary(before.outcomes)[0] if before else None
    by_kind = indicators.kind_figures(now.outcomes) if not comparable else []
    if by_kind:  # a plan without targets: its milestones and effect goals instead of ”0 av 0”
        before_kind = {label: n for label, n, _of in indicators.kind_figures(before.outcomes)} if before else {}
        for label, n, of in by_kind:
            figures.append(KeyFigure(label, f"{n} av {of}", _delta(n, before_kind.get(label), prev_year), "normal",
                                     indicators.RULES_CAPTION))
    else:
        figures.append(KeyFigure(
            "Indikatorer som når målvärdet", f"{reached} av {comparable}",
            _delta(reached, prev_reached, prev_year), "normal",
            "Räknar indikatorer (totalt) som har både utfall och målvärde; indikatorer utan målvärde "
            "visas med sitt utfall och ”inget målvärde”."))
    months = now.info.months
    for label, figure, prev, what in (
            ("Genomförda dialoger", now.dialogues, before.dialogues if before else None, "dialoger"),
            ("Deltagare i aktiviteter", now.participants, before.participants if before else None, "deltagare")):
        figures.append(KeyFigure(label, figure.shown, _delta(figure.value, prev.value if prev else None, prev_year),
                                 "normal", _log_help(figure, what, months, vocab)))
    return figures
