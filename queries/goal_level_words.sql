-- One row per goal level of a committee, top first: singular, plural, assessed (ja/nej).
-- Parameters: $committee_id.
select depth, level, plural, assessed from goal_level_words where committee_id = $committee_id order by depth
