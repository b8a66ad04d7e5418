-- One row per indicator of a committee and year up to $year (total, gender T): the value of
-- the latest period of each earlier year, and of $period (or an earlier one) in $year itself.
-- Parameters: $committee_id, $year, $period.
with indicators_of_committee as (
    select indicator_id, name, unit, direction
    from indicators
    where committee_id = $committee_id
),
period_rank as (
    select * from (values ('UR1', 1), ('UR2', 2), ('AR', 3)) as t(period, period_order)
),
candidates as (
    select indicator_values.indicator_id, indicator_values.year, indicator_values.period,
           indicator_values.outcome, indicator_values.target, indicator_values.source_note,
           period_rank.period_order
    from indicator_values
    join indicators_of_committee using (indicator_id)
    join period_rank using (period)
    where indicator_values.gender = 'T'
      and indicator_values.year <= $year
      and (indicator_values.year < $year
           or period_rank.period_order <= (select period_order from period_rank where period = $period))
),
ranked as (
    select *, row_number() over (
        partition by indicator_id, year order by period_order desc
    ) as rank_in_year
    from candidates
)
select
    ranked.indicator_id,
    indicators_of_committee.name,
    indicators_of_committee.unit,
    indicators_of_committee.direction,
    ranked.year,
    ranked.period,
    ranked.outcome,
    ranked.target,
    ranked.source_note
from ranked
join indicators_of_committee using (indicator_id)
where rank_in_year = 1
order by ranked.indicator_id, ranked.year
