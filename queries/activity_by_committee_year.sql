-- One row per committee and year: what its activities log holds over the months of a period
-- (the same part of every year, so years and committees compare like with like).
-- Participant sums count only activities with a known number (null when none is known).
-- Parameters: $first_month, $last_month.
with log as (
    select committee_id, cast(year(date) as integer) as year, kind, target_group,
           participants_total, participants_women, participants_men
    from activities
    where month(date) between $first_month and $last_month
),
committee_names as (
    select committee_id, min(municipality_name) as municipality_name, min(municipality_code) as municipality_code
    from committee_municipalities group by committee_id
)
select
    log.committee_id,
    committee_names.municipality_code,
    committee_names.municipality_name,
    log.year,
    count(*) as n_activities,
    count(*) filter (where log.kind = 'dialog') as n_dialogues,
    sum(log.participants_total) as n_participants,
    sum(log.participants_total) filter (where log.kind = 'dialog') as n_dialogue_participants,
    sum(log.participants_women) as n_participants_women,
    sum(log.participants_men) as n_participants_men,
    count(distinct log.target_group) as n_target_groups
from log
join committee_names using (committee_id)
group by all
order by committee_names.municipality_name, log.year
