-- One row: dialogues held, activities and participants of a committee from the first to
-- the last month of a follow-up period of a year (periods are data).
-- Parameters: $committee_id, $year, $first_month, $last_month.
select
    count(*) filter (where kind = 'dialog') as n_dialogues,
    count(*) as n_activities,
    sum(participants_total) as n_participants,
    sum(participants_total) filter (where kind = 'dialog') as n_dialogue_participants
from activities
where committee_id = $committee_id
  and date >= make_date($year, $first_month, 1)
  and date < make_date($year, $last_month, 1) + interval 1 month
