-- One row per logged activity (dialogue, lecture, conference, meeting, other) of a committee
-- from the first to the last month of a follow-up period of a year.
-- Participant counts may be null: not known, never zero.
-- Parameters: $committee_id, $year, $first_month, $last_month.
with log as (
    select activity_id, date, title, kind, target_group, place,
           participants_total, participants_women, participants_men, source_note
    from activities
    where committee_id = $committee_id
      and date >= make_date($year, $first_month, 1)
      and date < make_date($year, $last_month, 1) + interval 1 month
)
select
    log.activity_id,
    log.date,
    cast(month(log.date) as integer) as month,
    log.title,
    log.kind,
    log.target_group,
    log.place,
    log.participants_total,
    log.participants_women,
    log.participants_men,
    log.source_note
from log
order by log.date, log.activity_id
