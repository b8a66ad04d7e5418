-- One row per goal of a committee in a year, with its status and comment for a period.
-- Goals without an assessment in the period have a null status (shown as "ej bedömd").
-- Parameters: $committee_id, $year, $period.
with goals_of_year as (
    select goal_id, parent_id, level, title, position, source_note
    from goals
    where committee_id = $committee_id and year = $year
),
assessments as (
    select goal_id, status, comment, source_note as assessment_source
    from goal_assessments
    where year = $year and period = $period
)
select
    goals_of_year.goal_id,
    goals_of_year.parent_id,
    goals_of_year.level,
    goals_of_year.title,
    goals_of_year.position,
    assessments.status,
    assessments.comment,
    coalesce(assessments.assessment_source, goals_of_year.source_note) as source_note
from goals_of_year
left join assessments using (goal_id)
order by goals_of_year.position
