-- One row per committee and year: what its activities log holds over the months of a period
-- (the same part of every year, so years and committees compare like with like).
-- Participant sums count only activities with a known number (null when none is known).
-- activity_months is the log summed per committee, year, month and target group
-- (queries/derived_activity_months.sql).
-- Parameters: $first_month, $last_month.
with by_year as (
    select
        committee_id,
        year,
        cast(sum(n_activities) as bigint) as n_activities,
        cast(sum(n_dialogues) as bigint) as n_dialogues,
        sum(n_participants) as n_participants,
        sum(n_dialogue_participants) as n_dialogue_participants,
        sum(n_participants_women) as n_participants_women,
        sum(n_participants_men) as n_participants_men,
        count(distinct target_group) as n_target_groups
    from activity_months
    where month between $first_month and $last_month
    group by committee_id, year
),
committee_names as (
    select committee_id, min(municipality_name) as municipality_name, min(municipality_code) as municipality_code
    from committee_municipalities group by committee_id
)
select
    by_year.committee_id,
    committee_names.municipality_code,
    committee_names.municipality_name,
    by_year.year,
    by_year.n_activities,
    by_year.n_dialogues,
    by_year.n_participants,
    by_year.n_dialogue_participants,
    by_year.n_participants_women,
    by_year.n_participants_men,
    by_year.n_target_groups
from by_year
join committee_names using (committee_id)
order by committee_names.municipality_name, by_year.year
