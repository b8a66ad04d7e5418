-- Derived file survey_index (folkhalsa/store.py, DERIVED_FILES): one row per survey, round, area
-- and question, with the place of its first row in the source file (row_order of
-- survey_results_by_question, the derived file made before this one), the municipalities that
-- answered it and whether any row is example data. What the LUPP page lists (survey_rounds.sql,
-- survey_questions.sql) is read from these few hundred rows instead of every answer. Written
-- beside survey_results at every write; the store reads this query itself where the file is missing.
-- Parameters: none.
select
    survey,
    survey_year,
    area,
    question,
    min(row_order) as first_row,
    list(distinct municipality_code order by municipality_code) as municipality_codes,
    bool_or(coalesce(source_note, '') like 'Exempeldata%') as has_example_data
from survey_results_by_question
group by all
order by survey, survey_year, first_row
