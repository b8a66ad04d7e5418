-- One row per year, period and top post (parent_account is null) of a committee: the figures
-- the economy trend sums, per follow-up period of every year.
-- Parameters: $committee_id.
with top_posts as (
    select year, period, account, budget_tkr, period_budget_tkr, outcome_tkr, forecast_tkr
    from budget
    where committee_id = $committee_id and parent_account is null
)
select
    top_posts.year,
    top_posts.period,
    top_posts.account,
    top_posts.budget_tkr,
    top_posts.period_budget_tkr,
    top_posts.outcome_tkr,
    top_posts.forecast_tkr
from top_posts
order by top_posts.year, top_posts.period, top_posts.account
