-- Series points whose sources disagree beyond rounding, with every source figure.
select s.indicator, s.region_code, s.period, s.status, s.value, f.mention, f.doc_name, f.sentence
from indicator_series as s
join facts as f on list_contains(s.fact_ids, f.fact_id)
where s.conflict
order by s.indicator, s.region_code, s.period, s.status;
