-- One row per committee, year and gender for every indicator with a given name: the value
-- of the latest period each year (the full year where it exists), with its target.
-- Parameters: $indicator_name.
with matching as (
    select indicator_id, committee_id from indicators where name = $indicator_name
),
committee_names as (
    select committee_id, min(municipality_name) as municipality_name
    from committee_municipalities group by committee_id
),
ranked as (
    select
        matching.committee_id, indicator_values.year, indicator_values.period,
        indicator_values.gender, indicator_values.outcome, indicator_values.target,
        indicator_values.source_note,
        row_number() over (
            partition by matching.committee_id, indicator_values.year, indicator_values.gender
            order by case indicator_values.period when 'AR' then 3 when 'UR2' then 2 else 1 end desc
        ) as period_rank
    from indicator_values
    join matching using (indicator_id)
)
select ranked.committee_id, committee_names.municipality_name, ranked.year, ranked.period,
       ranked.gender, ranked.outcome, ranked.target, ranked.source_note
from ranked
join committee_names using (committee_id)
where period_rank = 1
order by committee_names.municipality_name, ranked.year, ranked.gender
