-- One row per budget post (account) of a committee for a year and period, in report order.
-- parent_account is null for the top posts (their sum is the committee's total, unless a row
-- of kind 'summa' states it); deviations may be stated as the report states them, and the
-- periodised budget may be null (the rules are in folkhalsa/economy.py); payer names the party
-- of a joint plan that pays the row.
-- Parameters: $committee_id, $year, $period.
with posts as (
    select account, parent_account, position, budget_tkr, period_budget_tkr, outcome_tkr,
           forecast_tkr, deviation_tkr as stated_deviation_tkr,
           forecast_deviation_tkr as stated_forecast_deviation_tkr, row_kind, comment, payer, source_note
    from budget
    where committee_id = $committee_id and year = $year and period = $period
)
select
    posts.account,
    posts.parent_account,
    posts.position,
    posts.budget_tkr,
    posts.period_budget_tkr,
    posts.outcome_tkr,
    posts.forecast_tkr,
    posts.stated_deviation_tkr,
    posts.stated_forecast_deviation_tkr,
    posts.row_kind,
    posts.comment,
    posts.payer,
    posts.source_note
from posts
order by posts.position, posts.account
