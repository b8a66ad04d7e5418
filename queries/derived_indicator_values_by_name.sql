-- Derived file indicator_values_by_name (folkhalsa/store.py, DERIVED_FILES): every indicator value
-- with its indicator's name, sorted by name, so that one indicator in every committee (a trend and
-- its spread, indicator_trend.sql) is read from one or two row groups. Written beside
-- indicator_values at every write; the store reads this query itself where the file is missing.
-- Parameters: none.
select indicators.name, indicator_values.committee_id, indicator_values.year, indicator_values.period,
       indicator_values.gender, indicator_values.outcome, indicator_values.target,
       indicator_values.source_note, indicator_values.done_date
from indicator_values
join indicators using (indicator_id)
order by indicators.name, indicator_values.committee_id, indicator_values.year, indicator_values.period,
         indicator_values.gender
