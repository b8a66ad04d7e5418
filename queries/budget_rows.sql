-- One row per budget post (account) of a committee for a year and period, in report order.
-- parent_account is null for the top posts (their sum is the committee's total); the
-- periodised budget may be null (then the page uses the linear budget, see folkhalsa/economy.py).
-- Parameters: $committee_id, $year, $period.
with posts as (
    select account, parent_account, position, budget_tkr, period_budget_tkr, outcome_tkr,
           forecast_tkr, source_note
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
    posts.source_note
from posts
order by posts.position, posts.account
