-- One row per party of a committee's joint plan (a kommun, a regional committee), in the plan's order.
-- Parameters: $committee_id.
select party, name, position from parties where committee_id = $committee_id order by position, party
