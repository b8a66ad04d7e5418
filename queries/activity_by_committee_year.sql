-- One row per committee and year: what its activities log holds over the months of a period
-- (the same part of every year, so years and committees compare like with like).
-- Participant sums count only activities with a known number (null when none is known).
-- activity_months is the log summed per committee, year, month and target group
-- (queries/derived_activity_months.sql).
-- Parameters: $first_month, $last_month.
with of_months as (
    select * from activity_months where month between $first_month and $last_month
),
committee_names as (
    select committee_id, min(municipality_name) as municipality_name, min(municipality_code) as municipality_code
    from committee_municipalities group by committee_id
)
select
    of_months.committee_id,
    committee_names.municipality_code,
    committee_names.municipality_name,
    of_months.year,
    cast(sum(of_months.n_activities) as bigint) as n_activities,
    cast(sum(of_months.n_dialogues) as bigint) as n_dialogues,
    sum(of_months.n_participants) as n_participants,
    sum(of_months.n_dialogue_participants) as n_dialogue_participants,
    sum(of_months.n_participants_women) as n_participants_women,
    sum(of_months.n_participants_men) as n_participants_men,
    count(distinct of_months.target_group) as n_target_groups
from of_months
join committee_names using (committee_id)
group by all
order by committee_names.municipality_name, of_months.year
