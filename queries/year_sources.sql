-- One row per follow-up period and source note among the goal assessments and indicator values
-- of a committee's year, with the number of rows citing it: which periods hold data
-- (followup/model.py: periods_with_data) and which sources the pages cite (source_notes).
-- One query for both, as every page's filter bar needs both.
-- Parameters: $committee_id, $year.
with cited as (
    select goal_assessments.period, goal_assessments.source_note
    from goal_assessments join goals using (goal_id, year)
    where goals.committee_id = $committee_id and goals.year = $year
    union all
    select indicator_values.period, indicator_values.source_note
    from indicator_values
    where indicator_values.committee_id = $committee_id and indicator_values.year = $year
)
select period, source_note, count(*) as n_rows
from cited
group by all
order by period, n_rows desc, source_note
