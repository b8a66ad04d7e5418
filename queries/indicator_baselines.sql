-- One row per indicator of a committee with a baseline year, and each period and gender of
-- that year: the values an effect goal without target is judged against (folkhalsa/followup/
-- indicators.py picks the same period as the one followed up, else the year's last with a value).
-- Parameters: $committee_id.
select indicators.indicator_id, indicator_values.period, indicator_values.gender,
       indicator_values.outcome, indicator_values.comment
from indicators
join indicator_values
  on indicator_values.indicator_id = indicators.indicator_id
 and indicator_values.year = indicators.baseline_year
where indicators.committee_id = $committee_id and indicators.baseline_year is not null
  and indicator_values.committee_id = $committee_id  -- derived at write: the committee's row groups only
order by indicators.indicator_id, indicator_values.period, indicator_values.gender
