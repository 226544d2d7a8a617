-- The 20 metrics with the most figures, with their unit and how many documents and regions report them.
-- python -m etl sql --file warehouse/queries/top_metrics.sql
select
    metric,
    unit,
    count(*) as facts,
    count(distinct doc_id) as documents,
    count(distinct region_code) as regions
from facts
where measure = 'level'
group by metric, unit
order by facts desc, metric
limit 20;
