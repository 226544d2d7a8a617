-- Indicators over time and place: the series of each catalogued indicator, and targets against outcomes.
-- Built on figures (indicator, status, period), indicators and indicator_units of 00_tables.sql, and the macros of
-- 05_macros.sql.

-- grain: one row per figure that has an indicator, in the indicator's unit (斤 → 吨; a unit kept apart, such as
-- 美元 beside 元, stays as it is), but for a value over years of another measure than the series' (see the where).
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
    -- a count that measures a reduction either way (poverty_reduction: 贫困人口减少1232万, a change of −1232万, and
    -- 脱贫1000万人, a level) is its size
    cast(f.value * coalesce(u.factor, 1) * case when i.kind = 'count' and i.measure = 'any' and f.value < 0 then -1 else 1 end
         as decimal(38, 10)) as value,
    cast(f.value_high * coalesce(u.factor, 1) * case when i.kind = 'count' and i.measure = 'any' and f.value < 0 then -1 else 1 end
         as decimal(38, 10)) as value_high,
    f.approx,
    figure_precision(f.value * coalesce(u.factor, 1)) as precision
from figures as f
join indicators as i on i.indicator = f.indicator
join indicator_units as u on u.indicator = f.indicator and u.unit = f.unit
join documents as d on d.doc_id = f.doc_id
where f.period is not null and f.status is not null
  -- not a figure of one province, city or county the text never names (全市生产总值… in a text naming no place), nor
  -- one value of several places listed (濮阳、漯河、信阳则是7%以上: each's, not their province's)
  and f.region_how not in ('unknown', 'places')
  -- one measure per point of a span: a total for what adds up (五年城镇新增就业261.6万人), a rate per year for what does
  -- not (年均增长7%): not a rate's cumulative growth over the years (五年增长57.3%), nor an amount's average per year
  and not (i.additive and coalesce(f.period_basis, '') = 'per_year')
  and not (not i.additive and coalesce(f.period_basis, '') = 'cumulative')
  -- nor a rate averaged over the years up to a part of one (两年平均增长6.0% in 2021-H1: the half-year against the same
  -- half two years before, per year), which is no point of the part's series
  and not (coalesce(f.period_basis, '') = 'per_year' and regexp_full_match(f.period, '[0-9]{4}-(?:[QH].*|[0-9]{2}(?:\.\..*)?)'));

-- grain: one row per indicator, region, period, status (actual | target | plan) and unit (one unit per indicator,
-- but for a currency kept apart). The value is the one the most recent document gives (then the most frequent,
-- then the first fact): `fact_id` is that figure; n_sources counts the figures behind the point, fact_ids lists
-- them (newest document first), and conflict is true when two of them differ by more than half a unit of the
-- coarser one (5.2 against 5.4; not 134.9万亿 against 1349084亿). Each source is checked against the sources as
-- fine as or finer than itself (a running min and max, ordered by precision): every pair once, in n log n.
create view indicator_series as
with counted as (
    select v.*,
        count(*) over (partition by v.indicator, v.region_code, v.period, v.status, v.unit, v.value, v.value_high)
            as agreeing,
        coalesce(v.value_high, v.value) as high
    from indicator_values as v
), ranked as (
    select c.*,
        row_number() over point_by_preference as preference,
        0.5 * pow(10, c.precision) >= greatest(
            c.value - min(c.value) over finer, max(c.value) over finer - c.value,
            c.high - min(c.high) over finer, max(c.high) over finer - c.high) as agrees
    from counted as c
    window point_by_preference as (
        partition by c.indicator, c.region_code, c.period, c.status, c.unit
        order by c.doc_date desc nulls last, c.agreeing desc, c.fact_id),
    finer as (
        partition by c.indicator, c.region_code, c.period, c.status, c.unit
        order by c.precision rows between unbounded preceding and current row)
)
select
    indicator,
    region_code,
    period,
    status,
    any_value(value) filter (where preference = 1) as value,
    any_value(value_high) filter (where preference = 1) as value_high,
    unit,
    any_value(approx) filter (where preference = 1) as approx,
    count(*) as n_sources,
    list(fact_id order by doc_date desc nulls last, fact_id) as fact_ids,
    not bool_and(agrees) as conflict,
    any_value(fact_id) filter (where preference = 1) as fact_id
from ranked
group by indicator, region_code, period, status, unit;

-- grain: one row per target (or plan target) in indicator_series, with the outcome of the same indicator, region,
-- period and unit when there is one — for a year, the year's own outcome, else the level at its end (a target for
-- 2022 against 年末城镇调查失业率 of 2022-12-31); for a target of a year's end (年底前…), the year's outcome.
-- outcome: met | not_met | no_actual. A target is met when the outcome
--   lies in its range (4.5%-5%), or beyond it in the indicator's direction (up: above; down: below);
--   for 左右 (about): lies within half a unit of the target's last digit (5%左右: 4.5 to 5.5), or beyond it in
--   the indicator's direction; for 以上/余 (at least): is not below it; for 以内/不超过 (at most): is not above it
--   (of a fall, a negative target, on its size: 下降3%以上 is met by −3.1);
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
      on a.indicator = t.indicator and a.region_code = t.region_code and a.unit = t.unit and a.status = 'actual'
     and (a.period = t.period or a.period = t.period || '-12-31' or a.period || '-12-31' = t.period)
    qualify row_number() over (partition by t.indicator, t.region_code, t.period, t.status, t.unit
                               order by a.period = t.period desc nulls last) = 1
)
select
    indicator, region_code, period, status, unit, target, target_high, target_approx, actual,
    case
        when v is null then 'no_actual'
        -- a bound of a fall is on its size (能耗下降3%以上, −3: met by −3.1)
        when target_approx in ('at_least', 'more_than') and target < 0 then case when v <= target then 'met' else 'not_met' end
        when target_approx in ('at_most', 'less_than') and target < 0 then case when v >= target then 'met' else 'not_met' end
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
