"""Build a synthetic cnfacts warehouse: the real schema (warehouse/schema/*.sql, read at run time) filled with
generated documents whose figures are consistent with their text.

Used by the dashboard tests (a few hundred facts) and by bench/bench_dashboard.py (1,000,000 facts). Rows
are generated inside DuckDB (range(), hash()) so a million facts take seconds.

Each generated sentence holds two figures, a level and its year-on-year change, e.g.
    2024年，四川省城镇新增就业223.6万人，同比增长18.4%。
Every fifth document ends with a contact line holding an ID-card number and a phone number (identifiers).

    python bench/make_warehouse.py /tmp/facts.duckdb --facts 1000000
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from etl.load.schema import apply_schema

ROOT = Path(__file__).resolve().parent.parent
GEOJSON = ROOT / "dashboard" / "geo" / "china_provinces.geojson"

# Province full names that do not follow "<short>省".
PROVINCE_NAMES = {
    "北京": "北京市", "天津": "天津市", "上海": "上海市", "重庆": "重庆市",
    "内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区",
    "宁夏": "宁夏回族自治区", "新疆": "新疆维吾尔自治区",
    "香港": "香港特别行政区", "澳门": "澳门特别行政区",
}

# (code, name, short_name, level, parent_code): a few cities and counties under real provinces.
LOCAL_REGIONS = (
    ("510100", "成都市", "成都", "city", "510000"),
    ("510700", "绵阳市", "绵阳", "city", "510000"),
    ("510104", "锦江区", "锦江", "county", "510100"),
    ("320100", "南京市", "南京", "city", "320000"),
    ("320700", "连云港市", "连云港", "city", "320000"),
    ("320703", "连云区", "连云", "county", "320700"),
    ("440100", "广州市", "广州", "city", "440000"),
    ("440300", "深圳市", "深圳", "city", "440000"),
    ("440305", "南山区", "南山", "county", "440300"),
    ("330100", "杭州市", "杭州", "city", "330000"),
    ("370200", "青岛市", "青岛", "city", "370000"),
    ("420100", "武汉市", "武汉", "city", "420000"),
    ("110105", "朝阳区", "朝阳", "county", "110000"),
)

TOPICS = (
    ("employment", "就业", "就业与创业"),
    ("economy", "经济发展", "生产总值、投资、消费"),
    ("social_work", "社会工作", "社会工作人才、社区服务"),
    ("income", "居民收入", "可支配收入、工资"),
    ("education", "教育", "学校、学位、入学"),
    ("health", "卫生健康", "医疗机构、卫生人员"),
    ("agriculture", "农业农村", "粮食、耕地、乡村"),
    ("environment", "生态环境", "造林、排放、空气质量"),
)


@dataclass(frozen=True, slots=True)
class Template:
    """A sentence pattern: '{period}，{region}{lead}{number}{suffix}，同比增长{change}%。'"""

    lead: str
    suffix: str  # written after the number, part of the mention (万人, 亿元, 余人 …)
    decimals: int  # 0 or 1
    low: int  # range of the number, in units of 10**-decimals
    span: int
    scale: int  # multiplier folded into the value (万 = 10000)
    unit: str
    kind: str
    approx: str | None
    metric: str
    topic: str
    period_basis: str | None = None


TEMPLATES = (
    Template("城镇新增就业", "万人", 1, 100, 3000, 10_000, "人", "count", None, "城镇新增就业人数", "employment"),
    Template("地区生产总值达到", "亿元", 1, 1000, 900_000, 100_000_000, "元", "money", None, "地区生产总值", "economy"),
    Template("培训社会工作者", "余人", 0, 200, 9000, 1, "人", "count", "more_than", "社会工作者培训人数", "social_work"),
    Template("居民人均可支配收入", "元", 0, 18_000, 60_000, 1, "元", "money", None, "居民人均可支配收入", "income", "per_capita"),
    Template("新建改建城乡社区综合服务设施", "个", 0, 50, 5000, 1, "个", "count", None, "社区综合服务设施数", "social_work"),
    Template("新增义务教育学位", "万个", 1, 10, 900, 10_000, "个", "count", None, "新增义务教育学位数", "education"),
    Template("建成标准化村卫生室", "所", 0, 100, 4000, 1, "所", "count", None, "标准化村卫生室数", "health"),
    Template("粮食总产量近", "万吨", 1, 1000, 60_000, 10_000, "吨", "weight", "nearly", "粮食总产量", "agriculture"),
    Template("完成造林面积约", "万公顷", 1, 5, 500, 10_000, "公顷", "area", "about", "造林面积", "environment"),
    Template("城镇调查失业率为", "%", 1, 40, 20, 1, "%", "percent", None, "城镇调查失业率", "employment"),
)

TITLES = ("政府工作报告", "国民经济和社会发展统计公报", "社会工作发展情况通报", "民生实事办理情况")


def _region_rows() -> list[tuple[str, str, str, str, str | None]]:
    features = json.loads(GEOJSON.read_text(encoding="utf-8"))["features"]
    provinces = [
        (f["id"], PROVINCE_NAMES.get(f["properties"]["name"], f["properties"]["name"] + "省"),
         f["properties"]["name"], "province", "000000")
        for f in features
    ]
    return [("000000", "中华人民共和国", "全国", "country", None), *sorted(provinces), *LOCAL_REGIONS]


def _load_lookups(con: duckdb.DuckDBPyConnection) -> None:
    con.executemany(
        "insert into regions (region_code, name, short_name, level, parent_code) values (?, ?, ?, ?, ?)",
        _region_rows(),
    )
    con.executemany("insert into topics (topic, name, description) values (?, ?, ?)", TOPICS)
    con.execute(
        "create temp table tpl (tid integer, lead varchar, suffix varchar, decimals integer, low bigint, "
        "span bigint, scale bigint, unit varchar, kind varchar, approx varchar, metric varchar, topic varchar, "
        "period_basis varchar)"
    )
    con.executemany(
        "insert into tpl values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(i, t.lead, t.suffix, t.decimals, t.low, t.span, t.scale, t.unit, t.kind, t.approx, t.metric,
          t.topic, t.period_basis) for i, t in enumerate(TEMPLATES)],
    )
    # Regions that figures are attributed to: every region, the country weighted twice.
    con.execute(
        "create temp table reg as select (row_number() over (order by region_code) - 1)::integer as ri, "
        "region_code, name from (select region_code, case when level = 'country' then short_name else name end "
        "as name from regions union all select region_code, short_name from regions where level = 'country')"
    )
    con.execute("create temp table ttl (k integer, title varchar)")
    con.executemany("insert into ttl values (?, ?)", list(enumerate(TITLES)))


_GENERATE = """
create temp table gen as
with s as (
    select i as sid, i // $spd as d, i % $spd as si from range($n_sent) as r(i)
), p as (
    select s.*, tpl.*, reg.region_code, reg.name as rname,
        hash(sid, 2) as h2, hash(sid, 3) as h3, hash(sid, 4) as h4
    from s
    join tpl on tpl.tid = hash(sid, 0) % $n_tpl
    join reg on reg.ri = hash(sid, 1) % $n_reg
), n as (
    select p.*, low + h2 % span as x, 5 + h3 % 300 as y, h3 % 7 = 0 as falling,
        2021 + h4 % 5 as year, case when h4 % 4 = 0 then 1 + (h4 // 4) % 4 end as quarter
    from p
), t as (
    select n.*,
        case when decimals = 0 then x::varchar else (x // 10)::varchar || '.' || (x % 10)::varchar end as num,
        (y // 10)::varchar || '.' || (y % 10)::varchar as chg,
        year::varchar || '年' || coalesce(['一', '二', '三', '四'][quarter::bigint] || '季度', '') || '，' || rname || lead
            as head,
        year::varchar || coalesce('-Q' || quarter::varchar, '') as period,
        case when si % 4 = 3 then chr(10) else '' end as sep
    from n
)
select t.*, num || suffix as m1, chg || '%' as m2,
    head || num || suffix || '，同比' || case when falling then '下降' else '增长' end || chg || '%。' as sentence,
    length(head) as o1, length(head) + length(num || suffix) + 5 as o2
from t
"""

_DOCS = """
create temp table docs as
with b as (
    select d,
        sum(length(sentence) + length(sep)) as body_len,
        string_agg(sentence || sep, '' order by si) as body
    from gen group by d
), named as (
    select d, body, body_len,
        (2021 + hash(d, 9) % 5)::varchar || '年' || ttl.title || '（第' || (d + 1)::varchar || '号）' as title,
        case when d % 5 = 0 then '联系人：张先生，身份证号码' || '11010519800101' || lpad((d % 10000)::varchar, 4, '0')
            || '，联系电话' || '138' || lpad((d % 100000000)::varchar, 8, '0') || '。' end as contact
    from b join ttl on ttl.k = d % 4
)
select d, substr(md5('doc' || d::varchar), 1, 16) as doc_id, printf('doc_%06d', d) as doc_name, title,
    length(title) + 1 + body_len as body_end, contact,
    title || chr(10) || body || coalesce(chr(10) || contact, '') as text
from named
"""

_INSERTS = (
    """insert into documents (doc_id, doc_name, source_path, title, date, region_hint, source, url, sha256, text,
        parser_version)
    select doc_id, doc_name, 'synthetic/' || doc_name || '.txt', title,
        date '2021-01-01' + (hash(d, 7) % 1800)::integer, null, '合成数据', null, sha256(text), text, 'synthetic-1'
    from docs""",
    """insert into articles (doc_id, article_index, title, kind, char_start, char_end)
    select doc_id, 0, title, 'article', 0, length(text) from docs""",
    """insert into sentences (sentence_id, doc_id, sentence_index, article_index, paragraph_index, char_start,
        char_end, text)
    select doc_id || ':' || si::varchar, doc_id, si, 0, si // 4, pos, pos + length(sentence), sentence
    from (
        select g.*, docs.doc_id, length(docs.title) + 1 + coalesce(sum(length(sentence) + length(sep)) over (
            partition by g.d order by si rows between unbounded preceding and 1 preceding), 0) as pos
        from gen as g join docs using (d)
    )
    union all
    select doc_id || ':' || $spd::varchar, doc_id, $spd, 0, ($spd - 1) // 4 + 1, body_end + 1,
        body_end + 1 + length(contact), contact
    from docs where contact is not null""",
    """insert into figures (fact_id, doc_id, sentence_id, mention, char_start, char_end, value, value_high, unit,
        kind, approx, measure, basis, refers_to, metric, period, period_basis, region_code, region_how, topic, rule)
    select substr(md5('L' || sid::varchar), 1, 16), s.doc_id, s.sentence_id, m1, s.char_start + o1,
        s.char_start + o1 + length(m1), cast(num as decimal(38, 10)) * scale, null, unit, kind, approx, 'level',
        null, null, metric, period, period_basis, region_code, 'clause', topic, 'synthetic.level'
    from gen join docs using (d) join sentences as s on s.sentence_id = docs.doc_id || ':' || si::varchar
    union all
    select substr(md5('C' || sid::varchar), 1, 16), s.doc_id, s.sentence_id, m2, s.char_start + o2,
        s.char_start + o2 + length(m2), case when falling then -1 else 1 end * cast(chg as decimal(38, 10)), null,
        '%', 'percent', null, 'change', 'yoy', substr(md5('L' || sid::varchar), 1, 16), metric, period, null,
        region_code, 'clause', topic, 'synthetic.change'
    from gen join docs using (d) join sentences as s on s.sentence_id = docs.doc_id || ':' || si::varchar""",
    """insert into identifiers (doc_id, kind, char_start, char_end)
    select doc_id, 'id_card', body_end + 14, body_end + 32 from docs where contact is not null
    union all
    select doc_id, 'phone', body_end + 37, body_end + 48 from docs where contact is not null""",
    """insert into rejects (source_path, line, reason, detail)
    values ('synthetic/broken.bin', null, 'binary', 'not a text file'),
           ('synthetic/corpus.jsonl', 7, 'bad_json', 'Expecting value: line 1 column 1')""",
)

_CHECKS = (
    ("mention matches text", """select count(*) from figures f join documents d using (doc_id)
        where substr(d.text, f.char_start + 1, f.char_end - f.char_start) <> f.mention"""),
    ("identifier is digits", """select count(*) from identifiers i join documents d using (doc_id)
        where not regexp_full_match(substr(d.text, i.char_start + 1, i.char_end - i.char_start), '[0-9]+')"""),
    ("sentence matches text", """select count(*) from sentences s join documents d using (doc_id)
        where substr(d.text, s.char_start + 1, s.char_end - s.char_start) <> s.text"""),
)


def _fill(con: duckdb.DuckDBPyConnection, n_facts: int, sentences_per_doc: int) -> None:
    params = {
        "$spd": str(sentences_per_doc),
        "$n_sent": str(max(1, n_facts // 2)),
        "$n_tpl": str(len(TEMPLATES)),
        "$n_reg": str(con.execute("select count(*) from reg").fetchone()[0]),
    }
    for sql in (_GENERATE, _DOCS, *_INSERTS):
        for name, value in params.items():  # integers computed here, never user input
            sql = sql.replace(name, value)
        con.execute(sql)
    for name, sql in _CHECKS:
        bad = con.execute(sql).fetchone()[0]
        if bad:
            raise AssertionError(f"synthetic warehouse check failed: {name} ({bad} rows)")


def build(path: str | Path, n_facts: int, *, sentences_per_doc: int = 20) -> Path:
    """Write a warehouse with ``n_facts`` figures (rounded down to even) to ``path``, atomically."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        apply_schema(con)
        _load_lookups(con)
        _fill(con, n_facts, sentences_per_doc)
        con.execute("checkpoint")
    finally:
        con.close()
    os.replace(tmp, path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", help="warehouse file to write, e.g. /tmp/facts.duckdb")
    parser.add_argument("--facts", type=int, default=1_000_000, help="number of figures (default 1,000,000)")
    parser.add_argument("--sentences-per-doc", type=int, default=20)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    build(args.out, args.facts, sentences_per_doc=args.sentences_per_doc)
    print(f"wrote {args.out}: {args.facts:,} facts in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
