-- One row per goal of a committee in a year, with its status and comment for a period.
-- Goals without an assessment in the period have a null status (shown as "ej bedömd").
-- Whether a goal is assessed at all (or is structure) follows from `assessed`, its level,
-- its children and its assessments in the year (folkhalsa/goals.py: with_assessed).
-- Parameters: $committee_id, $year, $period.
with goals_of_year as (
    select goal_id, parent_id, level, title, position, source_note, assessed
    from goals
    where committee_id = $committee_id and year = $year
),
assessments as (
    select goal_id, status, comment, source_note as assessment_source
    from goal_assessments
    where year = $year and period = $period
),
assessed_in_year as (
    select distinct goal_id from goal_assessments where year = $year
),
parents as (
    select distinct parent_id as goal_id from goals_of_year where parent_id is not null
)
select
    goals_of_year.goal_id,
    goals_of_year.parent_id,
    goals_of_year.level,
    goals_of_year.title,
    goals_of_year.position,
    assessments.status,
    assessments.comment,
    coalesce(assessments.assessment_source, goals_of_year.source_note) as source_note,
    goals_of_year.assessed,
    parents.goal_id is not null as has_children,
    assessed_in_year.goal_id is not null as has_assessment_in_year
from goals_of_year
left join assessments using (goal_id)
left join assessed_in_year using (goal_id)
left join parents using (goal_id)
order by goals_of_year.position, goals_of_year.goal_id
