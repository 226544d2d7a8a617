-- What the dashboard reads beyond the facts view and the indicator views: each value of a series with the figure it
-- comes from. Built on 00_tables.sql, 05_macros.sql, 10_facts.sql and 30_indicators.sql.

-- grain: one row per row of indicator_series, with the figure its value is taken from (indicator_series.fact_id),
-- where it stands (region name, level, province) and what a reader checks it against (its mention, sentence and
-- document).
create view indicator_points as
select
    s.indicator,
    s.region_code,
    r.name as region_name,
    r.level as region_level,
    case when r.level = 'country' then null else substr(s.region_code, 1, 2) || '0000' end as province_code,
    s.period,
    period_year(s.period) as year,
    s.status,
    s.value,
    s.value_high,
    s.unit,
    s.approx,
    s.n_sources,
    s.conflict,
    s.fact_id,
    f.mention,
    f.measure,
    f.basis,
    f.period_basis,
    se.text as sentence,
    f.doc_id,
    d.doc_name,
    d.title as doc_title,
    d.date as doc_date
from indicator_series as s
join figures as f on f.fact_id = s.fact_id
join sentences as se on se.sentence_id = f.sentence_id
join documents as d on d.doc_id = f.doc_id
join regions as r on r.region_code = s.region_code;
