-- One row per text a committee has written for a year and period (sammanfattning,
-- kvalitetsstyrning, economy comments, signatures): plain paragraphs, never markup.
-- Parameters: $committee_id, $year, $period.
select kind, text, source_note
from texts
where committee_id = $committee_id and year = $year and period = $period
order by kind
