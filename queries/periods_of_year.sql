-- One row per follow-up period a committee states for a year: its first and last month and
-- the report's name. Periods without a row take the defaults (folkhalsa/followup/periods.py).
-- Parameters: $committee_id, $year.
select period, first_month, last_month, label
from periods
where committee_id = $committee_id and year = $year
order by last_month, first_month, period
