-- Derived file activity_months (folkhalsa/store.py, DERIVED_FILES): one row per committee, year,
-- month and target group of the activity log, with its counts and participant sums (null when no
-- number is known). Comparing committees and years over a period's months
-- (activity_by_committee_year.sql) reads these rows instead of every activity. Written beside
-- activities at every write; the store reads this query itself where the file is missing.
-- Parameters: none.
select
    committee_id,
    cast(year(date) as integer) as year,
    cast(month(date) as integer) as month,
    target_group,
    count(*) as n_activities,
    count(*) filter (where kind = 'dialog') as n_dialogues,
    sum(participants_total) as n_participants,
    sum(participants_total) filter (where kind = 'dialog') as n_dialogue_participants,
    sum(participants_women) as n_participants_women,
    sum(participants_men) as n_participants_men
from activities
group by all
order by committee_id, year, month, target_group
