-- One row per plan period a committee works under (an agreement, a focus, an action plan), earliest first.
-- Parameters: $committee_id.
select name, first_year, last_year from plan_periods
where committee_id = $committee_id
order by first_year, last_year, name
