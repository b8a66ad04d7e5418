-- One row per follow-up period a committee states, every year: its first and last month and
-- the report's name. Periods without a row take the defaults (folkhalsa/followup/periods.py).
-- One query per committee (not per year): a trend over twenty years asks it once.
-- Parameters: $committee_id.
select year, period, first_month, last_month, label
from periods
where committee_id = $committee_id
order by year, last_month, first_month, period
