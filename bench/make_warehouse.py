"""Build a synthetic cnfacts warehouse: generated documents whose figures are consistent with their text, their
rows built by name (etl.load.rows.row) and published by the loader (etl.load.publish), which writes the serving
copy beside it as for any ingest.

Used by the dashboard tests (a few hundred facts) and by bench/bench_dashboard.py (1,000,000 facts).

Each generated sentence holds two figures, a level and its year-on-year change, e.g.
    2024年，四川省城镇新增就业223.6万人，同比增长18.4%。
Every fifth document ends with a contact line holding an ID-card number and a phone number (identifiers).

    python bench/make_warehouse.py /tmp/facts.duckdb --facts 1000000
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from etl.context.model import Region, Reject
from etl.context.reader import make_document
from etl.load import publish
from etl.load.rows import DocumentRows, fact_id, row, sentence_id
from etl.load.serving import serving_path

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


def _regions() -> list[Region]:
    features = json.loads(GEOJSON.read_text(encoding="utf-8"))["features"]
    provinces = [
        Region(f["id"], PROVINCE_NAMES.get(f["properties"]["name"], f["properties"]["name"] + "省"),
               f["properties"]["name"], "province", "000000")
        for f in features
    ]
    local = [Region(*r) for r in LOCAL_REGIONS]
    return [Region("000000", "中华人民共和国", "全国", "country", None), *sorted(provinces, key=lambda r: r.code), *local]


@dataclass(frozen=True, slots=True)
class _Topic:
    slug: str
    name: str
    description: str | None


def _h(*key: int) -> int:
    """A deterministic hash of a few integers (the same warehouse on every run)."""
    return zlib.crc32(repr(key).encode("ascii"))


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_number(d: int) -> str:
    """A resident ID number with a valid GB 11643 check character."""
    body = f"11010519800101{d % 1000:03d}"
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, _ID_WEIGHTS)) % 11]


@dataclass(frozen=True, slots=True)
class _Sentence:
    text: str
    level: tuple[int, int, str]  # offsets in the sentence and the mention
    change: tuple[int, int, str]
    template: Template
    value: str
    change_value: str
    period: str
    region_code: str


def _sentence(sid: int, places: list[tuple[str, str]]) -> _Sentence:
    t = TEMPLATES[_h(sid, 0) % len(TEMPLATES)]
    code, name = places[_h(sid, 1) % len(places)]
    x, y, h4 = t.low + _h(sid, 2) % t.span, 5 + _h(sid, 3) % 300, _h(sid, 4)
    falling = _h(sid, 3) % 7 == 0
    year, quarter = 2021 + h4 % 5, (1 + (h4 // 4) % 4) if h4 % 4 == 0 else None
    num = str(x) if t.decimals == 0 else f"{x // 10}.{x % 10}"
    chg = f"{y // 10}.{y % 10}"
    head = f"{year}年{'一二三四'[quarter - 1] + '季度' if quarter else ''}，{name}{t.lead}"
    m1, m2 = num + t.suffix, chg + "%"
    text = f"{head}{m1}，同比{'下降' if falling else '增长'}{m2}。"
    o2 = len(head) + len(m1) + 5
    value = _scaled(num, t.scale)
    return _Sentence(text, (len(head), len(head) + len(m1), m1), (o2, o2 + len(m2), m2), t, value,
                     ("-" if falling else "") + chg, f"{year}" + (f"-Q{quarter}" if quarter else ""), code)


def _scaled(num: str, scale: int) -> str:
    whole, _, tenth = num.partition(".")
    return str(int(whole) * scale + (int(tenth) * scale // 10 if tenth else 0))


def _document(d: int, sids: range, places: list[tuple[str, str]]) -> DocumentRows:
    title = f"{2021 + _h(d, 9) % 5}年{TITLES[d % len(TITLES)]}（第{d + 1}号）"
    sentences = [_sentence(sid, places) for sid in sids]
    contact = (f"联系人：张先生，身份证号码{_id_number(d)}，联系电话138{d % 100000000:08d}。"
               if d % 5 == 0 else None)
    parts, starts, pos = [title, "\n"], [], len(title) + 1
    for i, s in enumerate(sentences):
        starts.append(pos)
        sep = "\n" if i % 4 == 3 else ""
        parts += [s.text, sep]
        pos += len(s.text) + len(sep)
    if contact:
        parts += ["\n", contact]
    text = "".join(parts)
    doc = make_document(text, f"doc_{d:06d}", f"synthetic/doc_{d:06d}.txt", {"title": title, "source": "合成数据"})
    date = f"{2021 + _h(d, 7) % 5}-{1 + _h(d, 8) % 12:02d}-{1 + _h(d, 6) % 28:02d}"
    tables: dict[str, list[tuple]] = {
        "documents": [row("documents", doc_id=doc.doc_id, doc_name=doc.doc_name, source_path=doc.source_path,
                          title=title, date=date, source=doc.source, sha256=doc.sha256, text=text,
                          parser_version="synthetic-1")],
        "articles": [row("articles", doc_id=doc.doc_id, article_index=0, title=title, kind="article", char_start=0,
                         char_end=len(text))],
        "sentences": [], "figures": [], "identifiers": [], "rejects": [],
    }
    for i, (s, start) in enumerate(zip(sentences, starts)):
        sent = sentence_id(doc.doc_id, i)
        tables["sentences"].append(row("sentences", sentence_id=sent, doc_id=doc.doc_id, sentence_index=i,
                                       article_index=0, paragraph_index=i // 4, char_start=start,
                                       char_end=start + len(s.text), text=s.text))
        level_id = fact_id(doc, start + s.level[0], start + s.level[1], "synthetic.level")
        common = dict(doc_id=doc.doc_id, sentence_id=sent, metric=s.template.metric, period=s.period,
                      region_code=s.region_code, region_how="clause", topic=s.template.topic)
        tables["figures"] += [
            row("figures", fact_id=level_id, mention=s.level[2], char_start=start + s.level[0],
                char_end=start + s.level[1], value=s.value, unit=s.template.unit, kind=s.template.kind,
                approx=s.template.approx, measure="level", period_basis=s.template.period_basis,
                rule="synthetic.level", **common),
            row("figures", fact_id=fact_id(doc, start + s.change[0], start + s.change[1], "synthetic.change"),
                mention=s.change[2], char_start=start + s.change[0], char_end=start + s.change[1],
                value=s.change_value, unit="%", kind="percent", measure="change", basis="yoy", refers_to=level_id,
                rule="synthetic.change", **common),
        ]
    if contact:
        at = len(text) - len(contact)
        sent = sentence_id(doc.doc_id, len(sentences))
        tables["sentences"].append(row("sentences", sentence_id=sent, doc_id=doc.doc_id,
                                       sentence_index=len(sentences), article_index=0,
                                       paragraph_index=(len(sentences) - 1) // 4 + 1, char_start=at,
                                       char_end=len(text), text=contact))
        id_at, phone_at = at + contact.index("码") + 1, at + contact.index("话") + 1
        tables["identifiers"] += [
            row("identifiers", doc_id=doc.doc_id, kind="id_card", char_start=id_at, char_end=id_at + 18),
            row("identifiers", doc_id=doc.doc_id, kind="phone", char_start=phone_at, char_end=phone_at + 11),
        ]
    return DocumentRows(doc.doc_id, tables, len(text), len(text.encode("utf-8")))


def documents(n_facts: int, sentences_per_doc: int):
    """The generated documents' rows, then two rejects (what an ingest of a broken file and line leaves)."""
    regions = _regions()
    places = [(r.code, r.short_name if r.level == "country" else r.name) for r in regions]
    places += [(r.code, r.short_name) for r in regions if r.level == "country"]  # the country weighted twice
    n_sentences = max(1, n_facts // 2)
    for d in range(0, (n_sentences + sentences_per_doc - 1) // sentences_per_doc):
        yield _document(d, range(d * sentences_per_doc, min(n_sentences, (d + 1) * sentences_per_doc)), places)
    yield from REJECTS


REJECTS = (
    Reject("synthetic/broken.bin", None, "binary", "not a text file"),
    Reject("synthetic/corpus.jsonl", 7, "bad_json", "Expecting value: line 1 column 1"),
)


def build(path: str | Path, n_facts: int, *, sentences_per_doc: int = 20) -> Path:
    """Publish a warehouse with ``n_facts`` figures (rounded down to even) at ``path``, and its serving copy."""
    path = Path(path)
    for old in (path, serving_path(path)):  # a new warehouse, not an update of an old one
        old.unlink(missing_ok=True)
    topics = [_Topic(*t) for t in TOPICS]
    publish(path, documents(n_facts, sentences_per_doc), _regions(), topics, parser_version="synthetic-1")
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
