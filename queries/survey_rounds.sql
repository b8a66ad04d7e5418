-- One row per survey and survey year (round) held in the store, with the municipalities that
-- took part, the number of questions and whether any row is example data.
-- Parameters: none.
with results as (
    select survey, survey_year, municipality_code, question, source_note from survey_results
)
select
    results.survey,
    results.survey_year,
    count(distinct results.municipality_code) as n_municipalities,
    list(distinct results.municipality_code order by results.municipality_code) as municipality_codes,
    count(distinct results.question) as n_questions,
    bool_or(coalesce(results.source_note, '') like 'Exempeldata%') as has_example_data
from results
group by all
order by results.survey, results.survey_year
