-- One row per survey and survey year (round) held in the store, with the municipalities that
-- took part, the number of questions and whether any row is example data.
-- survey_index is one row per survey, round, area and question (queries/derived_survey_index.sql).
-- Parameters: none.
with rounds as (
    select survey, survey_year,
           list_sort(list_distinct(flatten(list(municipality_codes)))) as municipality_codes,
           count(distinct question) as n_questions,
           bool_or(has_example_data) as has_example_data
    from survey_index
    group by survey, survey_year
)
select
    rounds.survey,
    rounds.survey_year,
    len(rounds.municipality_codes) as n_municipalities,
    rounds.municipality_codes,
    rounds.n_questions,
    rounds.has_example_data
from rounds
order by rounds.survey, rounds.survey_year
