-- Every topic of the taxonomy with its number of figures, documents and regions.
-- python -m etl sql --file warehouse/queries/topics.sql
select
    topic,
    topic_name,
    facts,
    changes,
    documents,
    regions,
    first_period,
    last_period
from facts_by_topic
order by facts desc, topic;
