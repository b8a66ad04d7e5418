-- One row per committee, year, period and gender for every indicator with a given name, up to
-- $max_year (nothing after the chosen year): the chosen $period where the committee's year has it
-- (the other periods of that year are left out here), else every period of the year.
-- folkhalsa/followup/trends.py then keeps one period per year: the chosen one, else the year's
-- latest, labelled as such.
-- indicator_values_by_name is the values sorted by indicator name (folkhalsa/store.py): one
-- name's rows in every committee are read from a few row groups.
-- Parameters: $indicator_name, $max_year, $period.
with committee_names as (
    select committee_id, min(municipality_name) as municipality_name
    from committee_municipalities group by committee_id
),
up_to_year as (
    select committee_id, year, period, gender, outcome, target, source_note, done_date
    from indicator_values_by_name
    where name = $indicator_name and year <= $max_year
    qualify period = $period or not bool_or(period = $period) over (partition by committee_id, year, gender)
)
select up_to_year.committee_id, committee_names.municipality_name, up_to_year.year, up_to_year.period,
       up_to_year.gender, up_to_year.outcome, up_to_year.target, up_to_year.source_note,
       up_to_year.done_date
from up_to_year
join committee_names using (committee_id)
order by committee_names.municipality_name, up_to_year.year, up_to_year.period, up_to_year.gender
