-- Derived file survey_index (folkhalsa/store.py, DERIVED_FILES): one row per survey, round, area
-- and question, with the position of its first row in the stored table (the order of the source
-- file), the municipalities that answered it and whether any row is example data. What the LUPP
-- page lists (survey_rounds.sql, survey_questions.sql) is read from these few hundred rows instead
-- of every answer. Written beside survey_results at every write; the store reads this query
-- itself where the file is missing.
-- Parameters: none.
with numbered as (
    select survey, survey_year, area, question, municipality_code, source_note,
           row_number() over () as row_order
    from survey_results
)
select
    numbered.survey,
    numbered.survey_year,
    numbered.area,
    numbered.question,
    min(numbered.row_order) as first_row,
    list(distinct numbered.municipality_code order by numbered.municipality_code) as municipality_codes,
    bool_or(coalesce(numbered.source_note, '') like 'Exempeldata%') as has_example_data
from numbered
group by all
order by numbered.survey, numbered.survey_year, first_row
