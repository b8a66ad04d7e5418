-- One row per goal of every committee in a year, with its status in a period (null: not
-- assessed yet) and what decides whether it counts (folkhalsa/goals.py: status_by_committee
-- keeps the assessed goals and counts them per status, the same rule as everywhere).
-- Parameters: $year, $period.
with goals_of_year as (
    select goal_id, committee_id, parent_id, level, assessed from goals where year = $year
),
assessments as (
    select goal_id, status from goal_assessments where year = $year and period = $period
),
assessed_in_year as (
    select distinct goal_id from goal_assessments where year = $year
),
parents as (
    select distinct parent_id as goal_id from goals_of_year where parent_id is not null
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
    goals_of_year.goal_id,
    goals_of_year.level,
    goals_of_year.assessed,
    parents.goal_id is not null as has_children,
    assessed_in_year.goal_id is not null as has_assessment_in_year,
    assessments.status
from goals_of_year
join committee_names using (committee_id)
left join assessments using (goal_id)
left join assessed_in_year using (goal_id)
left join parents using (goal_id)
order by committee_names.municipality_name, goals_of_year.goal_id
