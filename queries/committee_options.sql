-- One row per committee and municipality it covers: the choices of the filter bar.
-- Parameters: none.
with links as (
    select committee_id, municipality_code, municipality_name from committee_municipalities
),
committees as (
    select committee_id, name as committee_name, active_from, active_to from committees
)
select
    links.municipality_code,
    links.municipality_name,
    committees.committee_id,
    committees.committee_name,
    committees.active_from,
    committees.active_to
from links
join committees using (committee_id)
order by links.municipality_name
