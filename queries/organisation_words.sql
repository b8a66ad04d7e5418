-- At most one row: a committee's words (kind, definite form, report name); none: Halland's defaults.
-- Parameters: $committee_id.
select kind, definite, report from organisation_words where committee_id = $committee_id
