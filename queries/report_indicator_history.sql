-- One row per indicator of a committee, year and period up to $year (total, gender T).
-- folkhalsa/followup/trends.py keeps one period per year: the chosen one where the year has it (the
-- same months every year), else the year's latest, labelled; nothing after $year is drawn.
-- Parameters: $committee_id, $year.
with indicators_of_committee as (
    select indicator_id, name, unit, direction, kind, baseline_year
    from indicators
    where committee_id = $committee_id
),
up_to_year as (
    select indicator_id, year, period, outcome, target, source_note, done_date
    from indicator_values
    where committee_id = $committee_id and gender = 'T' and year <= $year
)
select
    up_to_year.indicator_id,
    indicators_of_committee.name,
    indicators_of_committee.unit,
    indicators_of_committee.direction,
    indicators_of_committee.kind,
    indicators_of_committee.baseline_year,
    up_to_year.year,
    up_to_year.period,
    up_to_year.outcome,
    up_to_year.target,
    up_to_year.source_note,
    up_to_year.done_date
from up_to_year
join indicators_of_committee using (indicator_id)
order by up_to_year.indicator_id, up_to_year.year, up_to_year.period
