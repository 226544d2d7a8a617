-- Views for common questions. Each builds on the tables of 00_tables.sql and the facts view of 10_facts.sql.

-- grain: one row per region (any level) and unit. A region counts the figures attributed to it and to every
-- region below it (county → city → province → country, following regions.parent_code), so a province
-- rolls up its cities and counties and 000000 rolls up the whole country.
-- level_sum adds only levels (changes are not additive) and is meaningful only within one metric.
create view facts_by_region as
with recursive lineage (region_code, ancestor_code) as (
    select distinct region_code, region_code
    from figures
    union
    select l.region_code, r.parent_code
    from lineage as l
    join regions as r on r.region_code = l.ancestor_code
    where r.parent_code is not null
)
select
    a.region_code,
    a.name as region_name,
    a.level as region_level,
    a.parent_code,
    f.unit,
    count(*) as facts,
    count(*) filter (where f.region_code = a.region_code) as direct_facts,
    count(distinct f.doc_id) as documents,
    count(distinct f.metric) as metrics,
    sum(f.value) filter (where f.measure = 'level') as level_sum
from figures as f
join lineage as l on l.region_code = f.region_code
join regions as a on a.region_code = l.ancestor_code
group by a.region_code, a.name, a.level, a.parent_code, f.unit;

-- grain: one row per topic of the taxonomy, also topics without figures (facts = 0).
create view facts_by_topic as
select
    t.topic,
    t.name as topic_name,
    count(f.fact_id) as facts,
    count(f.fact_id) filter (where f.measure = 'change') as changes,
    count(distinct f.doc_id) as documents,
    count(distinct f.region_code) as regions,
    count(distinct f.metric) as metrics,
    min(f.period) as first_period,
    max(f.period) as last_period
from topics as t
left join figures as f on f.topic = t.topic
group by t.topic, t.name;

-- grain: one row per change figure (measure = 'change'), joined to the level figure it refers_to when there
-- is one, with the prior value the change implies (prior_rule says how):
--   relative  a % change of a level:        prior = level / (1 + change / 100)  (223.6万人, +18.4% → 1888513.5)
--   points    a 百分点 change of a % level:  prior = level - change
--   absolute  a change in the level's unit:  prior = level - change
create view changes as
select
    c.fact_id,
    c.doc_id,
    c.doc_name,
    c.sentence_id,
    c.sentence,
    c.mention,
    c.value as change_value,
    c.unit as change_unit,
    c.basis,
    c.approx,
    c.metric,
    c.period,
    c.region_code,
    c.region_name,
    c.province_code,
    c.province_name,
    c.topic,
    b.fact_id as base_fact_id,
    b.mention as base_mention,
    b.value as base_value,
    b.unit as base_unit,
    b.metric as base_metric,
    case
        when b.measure <> 'level' then null
        when c.unit = '%' then 'relative'
        when c.unit = '百分点' and b.unit = '%' then 'points'
        when c.unit = b.unit then 'absolute'
    end as prior_rule,
    case
        when b.measure <> 'level' then null
        when c.unit = '%'
            then cast(b.value as double) / nullif(1 + cast(c.value as double) / 100, 0)
        when (c.unit = '百分点' and b.unit = '%') or c.unit = b.unit
            then cast(b.value - c.value as double)
    end as implied_prior
from facts as c
left join facts as b on b.fact_id = c.refers_to
where c.measure = 'change';
