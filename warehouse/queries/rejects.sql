-- What could not be read or resolved, by reason, with one example each.
-- python -m etl sql --file warehouse/queries/rejects.sql
select
    reason,
    count(*) as rejects,
    min(source_path) as example_source,
    min(detail) as example_detail
from rejects
group by reason
order by rejects desc, reason;
