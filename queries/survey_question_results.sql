-- One row per municipality, survey year, school year (group), gender and answer of one survey
-- question: the share (0–100) and the number of respondents of that group. The answers keep
-- the order the source file gave them (answer_order). Small groups are suppressed in
-- folkhalsa/survey.py, never here, so the rule is tested in one place.
-- survey_results_by_question is the answers sorted by question, each with its place in the source
-- file (queries/derived_survey_results_by_question.sql).
-- Parameters: $survey, $question.
with of_question as (
    select survey_year, municipality_code, answer, "group", gender, area, share, n_respondents,
           source_note, row_order
    from survey_results_by_question
    where survey = $survey and question = $question
),
answer_orders as (
    select answer, dense_rank() over (order by min(row_order)) as answer_order
    from of_question group by answer
),
municipality_names as (
    select municipality_code, min(municipality_name) as municipality_name
    from committee_municipalities group by municipality_code
)
select
    of_question.survey_year,
    of_question.municipality_code,
    coalesce(municipality_names.municipality_name, of_question.municipality_code) as municipality_name,
    of_question."group",
    of_question.gender,
    of_question.area,
    of_question.answer,
    answer_orders.answer_order,
    of_question.share,
    of_question.n_respondents,
    of_question.source_note
from of_question
join answer_orders using (answer)
left join municipality_names using (municipality_code)
order by of_question.survey_year, municipality_name, of_question."group", of_question.gender, answer_orders.answer_order
