-- One row per area and question of a survey (over all rounds and municipalities), in the
-- order the rows were stored (the order of the source file), with the rounds that asked it.
-- Parameters: $survey.
with numbered as (
    select area, question, survey_year, row_number() over () as row_order
    from survey_results
    where survey = $survey
)
select
    numbered.area,
    numbered.question,
    min(numbered.row_order) as question_order,
    list(distinct numbered.survey_year order by numbered.survey_year) as survey_years
from numbered
group by all
order by question_order
