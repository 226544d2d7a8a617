-- Year-on-year changes with the level they qualify and the prior value they imply
-- (223.6万人 up 18.4% → 1888513.5), largest increases first.
-- python -m etl sql --file warehouse/queries/yoy_changes.sql
select
    doc_name,
    metric,
    base_mention,
    mention as change,
    prior_rule,
    round(implied_prior, 1) as implied_prior,
    region_name
from changes
where basis = 'yoy' and base_fact_id is not null
order by change_value desc, doc_name, metric
limit 30;
