-- What the dashboard reads beyond the facts view and the indicator views: where each value of a series comes from,
-- and the year of a period. Built on 00_tables.sql, 10_facts.sql and 30_indicators.sql.

-- The year a period belongs to, for charts over time: the last year of a span (2021-2025 → 2025), else the
-- period's leading year (2025, 2025-Q1, 2025-03, 2025-12-31 → 2025); null for a figure without a period. (The
-- facts view's `year` is the same, falling back to the document's date.)
create macro period_year(p) as
    case
        when regexp_full_match(p, '[0-9]{4}-[0-9]{4}') then cast(substr(p, 6, 4) as integer)
        when regexp_matches(p, '^[0-9]{4}') then cast(substr(p, 1, 4) as integer)
    end;

-- grain: one row per row of indicator_series, with the figure its value is taken from (`fact_id`: of the figures
-- giving that value, the one of the most recent document, then the first by fact_id; which is the figure
-- indicator_series prefers), where it stands (region name, level, province) and what a reader checks it against
-- (its mention, sentence and document).
create view indicator_points as
with sources as (
    select
        s.indicator, s.region_code, s.period, s.status, s.unit, v.fact_id,
        row_number() over (
            partition by s.indicator, s.region_code, s.period, s.status, s.unit
            order by v.doc_date desc nulls last, v.fact_id
        ) as rank
    from indicator_series as s
    join indicator_values as v
      on v.indicator = s.indicator and v.region_code = s.region_code and v.period = s.period
     and v.status = s.status and v.unit = s.unit
     and v.value = s.value and v.value_high is not distinct from s.value_high
)
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
    src.fact_id,
    f.mention,
    f.measure,
    f.basis,
    se.text as sentence,
    f.doc_id,
    d.doc_name,
    d.title as doc_title,
    d.date as doc_date
from indicator_series as s
join sources as src
  on src.indicator = s.indicator and src.region_code = s.region_code and src.period = s.period
 and src.status = s.status and src.unit = s.unit and src.rank = 1
join figures as f on f.fact_id = src.fact_id
join sentences as se on se.sentence_id = f.sentence_id
join documents as d on d.doc_id = f.doc_id
join regions as r on r.region_code = s.region_code;
