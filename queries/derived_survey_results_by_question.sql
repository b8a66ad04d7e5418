-- Derived file survey_results_by_question (folkhalsa/store.py, DERIVED_FILES): every survey answer
-- with its position in the stored table (row_order: the order of the source file), sorted by
-- survey and question, so that one question's answers in every municipality and round
-- (survey_question_results.sql) are read from one or two row groups. Written beside survey_results
-- at every write; the store reads this query itself where the file is missing.
-- Parameters: none.
with numbered as (
    select survey, survey_year, municipality_code, question, answer, "group", gender, area, share,
           n_respondents, source_note, row_number() over () as row_order
    from survey_results
)
select *
from numbered
order by numbered.survey, numbered.question, numbered.row_order
