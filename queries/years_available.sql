-- One row per year that has goals for any committee, newest first.
-- Parameters: none.
select distinct year from goals order by year desc
