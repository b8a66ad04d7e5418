-- One row per follow-up period that holds data for a committee and year.
-- Parameters: $committee_id, $year.
with assessed as (
    select goal_assessments.period
    from goal_assessments
    join goals using (goal_id, year)
    where goals.committee_id = $committee_id and goals.year = $year
),
measured as (
    select indicator_values.period
    from indicator_values
    where indicator_values.committee_id = $committee_id and indicator_values.year = $year
)
select distinct period from (select * from assessed union all select * from measured)
order by period
