-- The largest amounts of money (元) stated as levels, with the sentence they come from.
-- python -m etl sql --file warehouse/queries/largest_money.sql
select
    value,
    mention,
    metric,
    region_name,
    period,
    doc_name,
    sentence
from facts
where kind = 'money' and measure = 'level'
order by value desc, fact_id
limit 20;
