-- One row per municipality, survey year, school year (group), gender and answer of one survey
-- question: the share (0–100) and the number of respondents of that group. The answers keep
-- the order the source file gave them (answer_order). Small groups are suppressed in
-- folkhalsa/survey.py, never here, so the rule is tested in one place.
-- Parameters: $survey, $question.
with numbered as (
    select survey_year, municipality_code, answer, "group", gender, area, share, n_respondents,
           source_note, row_number() over () as row_order
    from survey_results
    where survey = $survey and question = $question
),
answer_orders as (
    select answer, min(row_order) as answer_order from numbered group by answer
),
municipality_names as (
    select municipality_code, min(municipality_name) as municipality_name
    from committee_municipalities group by municipality_code
)
select
    numbered.survey_year,
    numbered.municipality_code,
    coalesce(municipality_names.municipality_name, numbered.municipality_code) as municipality_name,
    numbered."group",
    numbered.gender,
    numbered.area,
    numbered.answer,
    answer_orders.answer_order,
    numbered.share,
    numbered.n_respondents,
    numbered.source_note
from numbered
join answer_orders using (answer)
left join municipality_names using (municipality_code)
order by numbered.survey_year, municipality_name, numbered."group", numbered.gender, answer_orders.answer_order
