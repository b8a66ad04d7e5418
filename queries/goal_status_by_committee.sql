-- One row per committee and status: how many of its assessed goals (uppdrag and
-- åtaganden) have that status in a year and period. Goals without assessment count as ej_bedomd.
-- Parameters: $year, $period.
with goals_of_year as (
    select goal_id, committee_id from goals where year = $year and level <> 'målområde'
),
assessments as (
    select goal_id, status from goal_assessments where year = $year and period = $period
),
committee_names as (
    select committees.committee_id, committees.name as committee_name,
           min(committee_municipalities.municipality_name) as municipality_name
    from committees join committee_municipalities using (committee_id)
    group by all
)
select
    committee_names.committee_id,
    committee_names.committee_name,
    committee_names.municipality_name,
    coalesce(assessments.status, 'ej_bedomd') as status,
    count(*) as n_goals
from goals_of_year
join committee_names using (committee_id)
left join assessments using (goal_id)
group by all
order by committee_names.municipality_name, status
