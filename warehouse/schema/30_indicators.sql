-- Indicators over time and place: the series of each catalogued indicator, and targets against outcomes.
-- Built on figures (indicator, status, period), indicators and indicator_units of 00_tables.sql.

-- The place of the last significant digit of an exact value, as a power of ten: 134.9万亿 (134900000000000) → 11,
-- 5.25 → -2, 1256万 → 4, 0 → 0. Two values agree when they differ by less than half a unit of the coarser one.
create macro figure_precision(v) as
    case
        when length(rtrim(split_part(cast(abs(v) as varchar), '.', 2), '0')) > 0
            then -length(rtrim(split_part(cast(abs(v) as varchar), '.', 2), '0'))
        when abs(v) = 0 then 0
        else length(split_part(cast(abs(v) as varchar), '.', 1))
             - length(rtrim(split_part(cast(abs(v) as varchar), '.', 1), '0'))
    end;

-- grain: one row per figure that has an indicator, in the indicator's unit (斤 → 吨; a unit kept apart, such as
-- 美元 beside 元, stays as it is).
create view indicator_values as
select
    f.fact_id,
    f.doc_id,
    d.date as doc_date,
    f.indicator,
    f.region_code,
    f.period,
    f.status,
    case when u.factor is null then f.unit else i.unit end as unit,
    cast(f.value * coalesce(u.factor, 1) as decimal(38, 10)) as value,
    cast(f.value_high * coalesce(u.factor, 1) as decimal(38, 10)) as value_high,
    f.approx,
    figure_precision(f.value * coalesce(u.factor, 1)) as precision
from figures as f
join indicators as i on i.indicator = f.indicator
join indicator_units as u on u.indicator = f.indicator and u.unit = f.unit
join documents as d on d.doc_id = f.doc_id
where f.period is not null and f.status is not null;

-- grain: one row per indicator, region, period, status (actual | target | plan) and unit (one unit per indicator,
-- but for a currency kept apart). The value is the one the most recent document gives (then the most frequent,
-- then the first fact); n_sources counts the figures behind it, fact_ids lists them (newest document first), and
-- conflict is true when two of them differ by more than half a unit of the coarser one (5.2 against 5.4; not
-- 134.9万亿 against 1349084亿).
create view indicator_series as
with counted as (
    select v.*,
        count(*) over (partition by v.indicator, v.region_code, v.period, v.status, v.unit, v.value, v.value_high)
            as agreeing
    from indicator_values as v
), ranked as (
    select c.*,
        row_number() over (
            partition by c.indicator, c.region_code, c.period, c.status, c.unit
            order by c.doc_date desc nulls last, c.agreeing desc, c.fact_id
        ) as preference
    from counted as c
), disagreements as (
    select distinct a.indicator, a.region_code, a.period, a.status, a.unit
    from indicator_values as a
    join indicator_values as b
      on b.indicator = a.indicator and b.region_code = a.region_code and b.period = a.period
     and b.status = a.status and b.unit = a.unit and b.fact_id > a.fact_id
    where abs(a.value - b.value) > 0.5 * pow(10, greatest(a.precision, b.precision))
       or abs(coalesce(a.value_high, a.value) - coalesce(b.value_high, b.value))
          > 0.5 * pow(10, greatest(a.precision, b.precision))
)
select
    r.indicator,
    r.region_code,
    r.period,
    r.status,
    any_value(r.value) filter (where r.preference = 1) as value,
    any_value(r.value_high) filter (where r.preference = 1) as value_high,
    r.unit,
    any_value(r.approx) filter (where r.preference = 1) as approx,
    count(*) as n_sources,
    list(r.fact_id order by r.doc_date desc nulls last, r.fact_id) as fact_ids,
    bool_or(d.indicator is not null) as conflict
from ranked as r
left join disagreements as d
  on d.indicator = r.indicator and d.region_code = r.region_code and d.period = r.period
 and d.status = r.status and d.unit = r.unit
group by r.indicator, r.region_code, r.period, r.status, r.unit;

-- grain: one row per target (or plan target) in indicator_series, with the outcome of the same indicator, region,
-- period and unit when there is one. outcome: met | not_met | no_actual. A target is met when the outcome
--   lies in its range (4.5%-5%), or beyond it in the indicator's direction (up: above; down: below);
--   for 左右 (about): lies within half a unit of the target's last digit (5%左右: 4.5 to 5.5), or beyond it in
--   the indicator's direction; for 以上/余 (at least): is not below it; for 以内/不超过 (at most): is not above it;
--   for a plain value: is not below it (up), not above it (down), or within half a unit (no direction).
create view target_vs_actual as
with t as (
    select s.*, i.direction, figure_precision(s.value) as precision
    from indicator_series as s join indicators as i using (indicator)
    where s.status in ('target', 'plan')
), checked as (
    select
        t.indicator, t.region_code, t.period, t.status, t.unit, t.value as target, t.value_high as target_high,
        t.approx as target_approx, t.fact_ids as target_fact_ids, a.value as actual, a.fact_ids as actual_fact_ids,
        t.direction,
        coalesce(t.value_high, t.value) as high,
        case when t.approx = 'about' then 0.5 * pow(10, t.precision) else 0 end as slack,
        a.value as v
    from t
    left join indicator_series as a
      on a.indicator = t.indicator and a.region_code = t.region_code and a.period = t.period and a.unit = t.unit
     and a.status = 'actual'
)
select
    indicator, region_code, period, status, unit, target, target_high, target_approx, actual,
    case
        when v is null then 'no_actual'
        when target_approx in ('at_least', 'more_than') then case when v >= target then 'met' else 'not_met' end
        when target_approx in ('at_most', 'less_than') then case when v <= high then 'met' else 'not_met' end
        when direction = 'up' then case when v >= target - slack then 'met' else 'not_met' end
        when direction = 'down' then case when v <= high + slack then 'met' else 'not_met' end
        when target_high is not null then case when v between target and target_high then 'met' else 'not_met' end
        else case when abs(v - target) <= greatest(slack, 0.5 * pow(10, figure_precision(target)))
                  then 'met' else 'not_met' end
    end as outcome,
    target_fact_ids,
    actual_fact_ids
from checked;
