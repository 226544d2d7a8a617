-- China's GDP growth, outcome and target, for every year the reports state it (indicator_series).
select
    period,
    max(value) filter (where status = 'actual') as actual,
    max(value) filter (where status = 'target') as target,
    max(value_high) filter (where status = 'target') as target_high,
    max(approx) filter (where status = 'target') as target_approx,
    sum(n_sources) as sources
from indicator_series
where indicator = 'gdp_growth' and region_code = '000000' and regexp_full_match(period, '[0-9]{4}')
group by period
order by period;
