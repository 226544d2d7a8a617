-- Each province's 2026 GDP growth target (edit the year), with the fact it comes from.
select r.name as province, s.value, s.value_high, s.approx, s.fact_ids[1] as fact_id
from indicator_series as s
join regions as r using (region_code)
where s.indicator = 'gdp_growth' and s.status = 'target' and s.period = '2026' and r.level = 'province'
order by s.value desc, r.region_code;
