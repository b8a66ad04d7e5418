-- One row: dialogues held, activities and participants of a committee from January to the
-- end month of a period (UR1 = april, UR2 = augusti, AR = december) of a year.
-- Parameters: $committee_id, $year, $end_month.
select
    count(*) filter (where kind = 'dialog') as n_dialogues,
    count(*) as n_activities,
    sum(participants_total) as n_participants,
    sum(participants_total) filter (where kind = 'dialog') as n_dialogue_participants
from activities
where committee_id = $committee_id
  and year(date) = $year
  and month(date) <= $end_month
