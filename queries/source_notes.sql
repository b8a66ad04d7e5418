-- One row per source note among the goals, assessments and indicator values that a
-- committee's pages show for a year, with the number of rows citing it.
-- Parameters: $committee_id, $year.
with cited as (
    select goal_assessments.source_note
    from goal_assessments join goals using (goal_id, year)
    where goals.committee_id = $committee_id and goals.year = $year
    union all
    select indicator_values.source_note
    from indicator_values
    where indicator_values.committee_id = $committee_id and indicator_values.year = $year
)
select source_note, count(*) as n_rows from cited group by source_note order by n_rows desc
