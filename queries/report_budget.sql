-- One row per budget account of a committee in a year and period (the report's economy
-- table), in report order. Totals are the sums of the rows without a parent_account.
-- Parameters: $committee_id, $year, $period.
with accounts as (
    select account, parent_account, position, budget_tkr, period_budget_tkr, outcome_tkr,
           forecast_tkr, source_note
    from budget
    where committee_id = $committee_id and year = $year and period = $period
)
select
    account,
    parent_account,
    position,
    parent_account is null as is_top_level,
    budget_tkr,
    period_budget_tkr,
    outcome_tkr,
    forecast_tkr,
    period_budget_tkr - outcome_tkr as deviation_tkr,
    budget_tkr - forecast_tkr as forecast_deviation_tkr,
    source_note
from accounts
order by position
