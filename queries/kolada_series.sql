-- One row per municipality (kommun, region or riket), year and gender of a Kolada KPI in the
-- store, for the municipalities asked for.
-- Parameters: $kpi_id, $codes (a list of municipality codes).
with chosen as (
    select kpi_id, municipality_code, year, gender, value, fetched_at, source_note
    from kolada_values
    where kpi_id = $kpi_id and list_contains($codes, municipality_code)
)
select municipality_code, year, gender, value, fetched_at, source_note
from chosen
order by municipality_code, year, gender
