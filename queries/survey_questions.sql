-- One row per area and question of a survey (over all rounds and municipalities), in the
-- order the rows were stored (the order of the source file), with the rounds that asked it.
-- survey_index is one row per survey, round, area and question (queries/derived_survey_index.sql).
-- Parameters: $survey.
select
    area,
    question,
    min(first_row) as question_order,
    list(distinct survey_year order by survey_year) as survey_years
from survey_index
where survey = $survey
group by all
order by question_order
