-- Figures per province, counting those of its cities and counties too (roll-up over the regions hierarchy).
-- python -m etl sql --file warehouse/queries/provinces.sql
select
    region_code,
    region_name,
    sum(facts) as facts,
    sum(direct_facts) as province_level_facts
from facts_by_region
where region_level = 'province'
group by region_code, region_name
order by facts desc, region_code;
