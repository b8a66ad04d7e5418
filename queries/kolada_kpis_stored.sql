-- One row per Kolada KPI that has values in the store: how many, and the latest year.
-- Parameters: none.
select kpi_id, count(*) as n_values, max(year) as latest_year
from kolada_values
group by kpi_id
order by kpi_id
