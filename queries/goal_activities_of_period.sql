-- One row per activity listed under a goal (an åtagande) of a committee for a year and
-- period: the report's "Aktiviteter | Kommentar" columns, with an optional state.
-- Parameters: $committee_id, $year, $period.
with goals_of_year as (
    select goal_id from goals where committee_id = $committee_id and year = $year
)
select
    goal_activities.goal_id,
    goal_activities.title,
    goal_activities.state,
    goal_activities.comment,
    goal_activities.position,
    goal_activities.source_note
from goal_activities
join goals_of_year using (goal_id)
where goal_activities.year = $year and goal_activities.period = $period
order by goal_activities.goal_id, goal_activities.position, goal_activities.title
