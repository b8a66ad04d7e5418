-- One row per indicator and gender with a value row for a committee, year and period:
-- outcome against target (either may be null: missing, never zero).
-- indicator_values.committee_id is the committee of the value's indicator (derived when a version
-- is written, see folkhalsa/store.py): the committee's rows are read without the others.
-- Parameters: $committee_id, $year, $period.
with indicators_of_committee as (
    select indicator_id, goal_id, name, unit, direction, source, log_measure, log_match, kind, baseline_year
    from indicators
    where committee_id = $committee_id
),
values_of_period as (
    select indicator_id, gender, outcome, target, comment, source_note, done_date
    from indicator_values
    where committee_id = $committee_id and year = $year and period = $period
)
select
    indicators_of_committee.indicator_id,
    indicators_of_committee.goal_id,
    indicators_of_committee.name,
    indicators_of_committee.unit,
    indicators_of_committee.direction,
    indicators_of_committee.source,
    indicators_of_committee.log_measure,
    indicators_of_committee.log_match,
    indicators_of_committee.kind,
    indicators_of_committee.baseline_year,
    values_of_period.gender,
    values_of_period.outcome,
    values_of_period.target,
    values_of_period.comment,
    values_of_period.source_note,
    values_of_period.done_date
from indicators_of_committee
join values_of_period using (indicator_id)
order by indicators_of_committee.indicator_id, values_of_period.gender desc
