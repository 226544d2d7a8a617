-- grain: one row per figure, with its source sentence and resolved context. The warehouse's main surface.
-- Identity: substr(documents.text, char_start + 1, char_end - char_start) = mention, for every row.
create view facts as
select
    f.fact_id,
    f.doc_id,
    d.doc_name,
    a.title as article_title,
    f.sentence_id,
    s.text as sentence,
    f.mention,
    f.char_start,
    f.char_end,
    f.value,
    f.value_high,
    f.unit,
    f.kind,
    f.approx,
    f.measure,
    f.basis,
    f.refers_to,
    f.metric,
    f.indicator,
    i.name as indicator_name,
    f.status,
    f.period,
    f.period_basis,
    f.region_code,
    r.name as region_name,
    r.level as region_level,
    p.region_code as province_code,
    p.name as province_name,
    f.topic,
    t.name as topic_name,
    f.rule,
    d.date as doc_date,
    -- year of the figure: its period's (period_year, 05_macros.sql), else the year of the document's date
    coalesce(period_year(f.period), year(d.date)) as year
from figures as f
join documents as d on d.doc_id = f.doc_id
join sentences as s on s.sentence_id = f.sentence_id
left join articles as a on a.doc_id = s.doc_id and a.article_index = s.article_index
join regions as r on r.region_code = f.region_code
left join regions as p on r.level <> 'country' and p.region_code = substr(f.region_code, 1, 2) || '0000'
join topics as t on t.topic = f.topic
left join indicators as i on i.indicator = f.indicator;
