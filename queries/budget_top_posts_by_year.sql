-- One row per year, period and top post of a committee (parent_account is null; a stated
-- total has row_kind 'summa'): the figures the economy trend sums, per follow-up period.
-- Parameters: $committee_id.
with top_posts as (
    select year, period, account, budget_tkr, period_budget_tkr, outcome_tkr, forecast_tkr,
           deviation_tkr as stated_deviation_tkr,
           forecast_deviation_tkr as stated_forecast_deviation_tkr, row_kind
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
    top_posts.forecast_tkr,
    top_posts.stated_deviation_tkr,
    top_posts.stated_forecast_deviation_tkr,
    top_posts.row_kind
from top_posts
order by top_posts.year, top_posts.period, top_posts.account
