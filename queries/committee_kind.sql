-- One row: a committee's kind (lokal nämnd, folkhälsoråd) and organisation, the words exports use.
-- Parameters: $committee_id.
select kind, organisation from committees where committee_id = $committee_id
