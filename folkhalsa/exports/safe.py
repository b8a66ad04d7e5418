"""Text that Office files can hold: every string of a follow-up without XML-illegal characters.

Accepted data may carry control characters (a pasted form feed, a NUL); Word and PowerPoint
files cannot. The exports take the follow-up through :func:`xml_safe_report` first, so no
export breaks on them, whatever the data holds.
"""

from __future__ import annotations

from dataclasses import fields, replace

import pandas as pd

from folkhalsa import fmt
from folkhalsa.exports.report import ReportData
from folkhalsa.followup.model import PeriodData


def _frame(frame: pd.DataFrame) -> pd.DataFrame:
    if frame.empty:
        return frame
    result = frame.copy()
    for column in result.columns:
        if result[column].dtype == object or pd.api.types.is_string_dtype(result[column]):
            result[column] = [fmt.xml_safe(v) if isinstance(v, str) else v for v in result[column]]
    return result


def _period(data: PeriodData | None) -> PeriodData | None:
    if data is None:
        return None
    return replace(data, **{f.name: _frame(getattr(data, f.name)) for f in fields(data)
                            if isinstance(getattr(data, f.name), pd.DataFrame)})


def xml_safe_report(data: ReportData) -> ReportData:
    texts = {k: fmt.xml_safe(v) for k, v in data.texts.items()}
    strings = {f.name: fmt.xml_safe(getattr(data, f.name)) for f in fields(data)
               if isinstance(getattr(data, f.name), str) and f.name not in ("period", "requested_period")}
    return replace(data, now=_period(data.now), before=_period(data.before), history=_frame(data.history),
                   budget=_frame(data.budget), texts=texts, **strings)
