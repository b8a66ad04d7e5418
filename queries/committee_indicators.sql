-- One row per indicator of a committee, with whether it is split by gender and which
-- other committees have an indicator of the same name.
-- Parameters: $committee_id.
with own as (
    select indicator_id, name, unit, direction, source, goal_id, kind, baseline_year
    from indicators where committee_id = $committee_id
),
genders as (
    select indicator_id, count(distinct gender) filter (where gender in ('K', 'M')) > 0 as has_gender
    from indicator_values where committee_id = $committee_id group by indicator_id
),
shared as (
    select name, count(distinct committee_id) as n_committees from indicators group by name
)
select own.indicator_id, own.name, own.unit, own.direction, own.source, own.goal_id, own.kind, own.baseline_year,
       coalesce(genders.has_gender, false) as has_gender, shared.n_committees
from own
left join genders using (indicator_id)
join shared using (name)
order by own.indicator_id
