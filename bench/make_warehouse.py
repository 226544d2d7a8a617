"""Build a synthetic cnfacts warehouse: generated documents whose figures are consistent with their text, their
rows built by name (etl.load.rows.row) and published by the loader (etl.load.publish), which writes the serving
copy beside it as for any ingest.

Used by the dashboard tests (a few hundred facts) and by bench/bench_dashboard.py (1,000,000 facts).

Each generated sentence holds two figures, a level and its year-on-year change, e.g.
    2024年，四川省城镇新增就业223.6万人，同比增长18.4%。                  (actual: an outcome of 2024)
    2026年，四川省预期目标：地区生产总值达到5.2万亿元，同比增长5%左右。     (target for 2026; also ranges 5%-5.5%)
    “十五五”时期，四川省规划城镇新增就业223.6万人，同比增长18.4%。       (plan for 2026-2030)
Five of the templates are indicators of the real catalogue (etl/lexicon/indicators.toml: urban_new_jobs, gdp and
gdp_growth, disposable_income_per_capita and its growth, grain_output, surveyed_unemployment), so the warehouse
has indicator series, targets and plans. Every fifth document ends with a contact line holding an ID-card number
and a phone number (private identifiers); every third has a line naming the public 12345 hotline (not private)
with a figure of the indicator hotline_requests.

`specification` yields what every document holds (its sentences, values, periods, statuses): the independent
oracle of the dashboard tests.

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

from etl.context.indicators import catalogue
from etl.context.model import Region, Reject
from etl.context.topics import topics
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
    indicator: str | None = None  # of the level figure
    change_indicator: str | None = None  # of its change


TEMPLATES = (
    Template("城镇新增就业", "万人", 1, 100, 3000, 10_000, "人", "count", None, "城镇新增就业人数", "employment",
             indicator="urban_new_jobs"),
    Template("地区生产总值达到", "亿元", 1, 1000, 900_000, 100_000_000, "元", "money", None, "地区生产总值", "economic_growth",
             indicator="gdp", change_indicator="gdp_growth"),
    Template("培训社会工作者", "余人", 0, 200, 9000, 1, "人", "count", "more_than", "社会工作者培训人数", "social_work_talent"),
    Template("居民人均可支配收入", "元", 0, 18_000, 60_000, 1, "元", "money", None, "居民人均可支配收入", "income", "per_capita",
             indicator="disposable_income_per_capita", change_indicator="disposable_income_per_capita_growth"),
    Template("新建改建城乡社区综合服务设施", "个", 0, 50, 5000, 1, "个", "count", None, "社区综合服务设施数", "grassroots_governance"),
    Template("新增义务教育学位", "万个", 1, 10, 900, 10_000, "个", "count", None, "新增义务教育学位数", "education"),
    Template("建成标准化村卫生室", "所", 0, 100, 4000, 1, "所", "count", None, "标准化村卫生室数", "health"),
    Template("粮食总产量近", "万吨", 1, 1000, 60_000, 10_000, "吨", "mass", "nearly", "粮食总产量", "agriculture",
             indicator="grain_output"),
    Template("完成造林面积约", "万公顷", 1, 5, 500, 10_000, "公顷", "area", "about", "造林面积", "environment"),
    Template("城镇调查失业率为", "%", 1, 40, 20, 1, "%", "percent", None, "城镇调查失业率", "employment",
             indicator="surveyed_unemployment"),
)
# Templates as drawn: one without an indicator three times as often as one with, so that about a sixth of the
# figures are values of indicators (the corpus: a seventh) and a series point has a handful of sources, not
# hundreds (indicator_series compares the sources of a point pairwise).
_DRAW = tuple(t for t in TEMPLATES for _ in range(1 if t.indicator else 3))
# What a sentence reports, by _h(sid, 5) % 10: outcomes, targets for a coming year, five-year plan targets.
STATUS_SHARES = (("actual", 7), ("target", 2), ("plan", 1))
PLANS = (("“十四五”时期", "2021-2025"), ("“十五五”时期", "2026-2030"))
HOTLINE = "全年12345政务服务便民热线受理诉求{mention}。"  # a public number (never masked) and a figure

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
    change_high: str | None  # a target range: 增长5%-5.5%
    change_approx: str | None  # a target 增长5%左右
    period: str
    status: str
    region_code: str


def _status(sid: int) -> str:
    pick = _h(sid, 5) % sum(share for _, share in STATUS_SHARES)
    for status, share in STATUS_SHARES:
        if pick < share:
            return status
        pick -= share
    raise AssertionError("unreachable")


def _when(sid: int, status: str, h4: int) -> tuple[str, str]:
    """The sentence's opening words about time, and the period its figures are about."""
    if status == "plan":
        words, span = PLANS[h4 % len(PLANS)]
        return words, span
    if status == "target":
        year = 2022 + h4 % 5
        return f"{year}年", str(year)
    year, quarter = 2021 + h4 % 5, (1 + (h4 // 4) % 4) if h4 % 4 == 0 else None
    return f"{year}年{'一二三四'[quarter - 1] + '季度' if quarter else ''}", f"{year}" + (f"-Q{quarter}" if quarter else "")


def _sentence(sid: int, places: list[tuple[str, str]]) -> _Sentence:
    t = _DRAW[_h(sid, 0) % len(_DRAW)]
    code, name = places[_h(sid, 1) % len(places)]
    x, y, h4 = t.low + _h(sid, 2) % t.span, 5 + _h(sid, 3) % 300, _h(sid, 4)
    falling = _h(sid, 3) % 7 == 0
    status = _status(sid)
    when, period = _when(sid, status, h4)
    num = str(x) if t.decimals == 0 else f"{x // 10}.{x % 10}"
    chg = f"{y // 10}.{y % 10}"
    shape = _h(sid, 6) % 3 if status == "target" and not falling else 0  # 0 plain, 1 左右, 2 a range
    high = f"{(y + 5) // 10}.{(y + 5) % 10}" if shape == 2 else None
    verb = {"actual": "", "target": "预期目标：", "plan": "规划"}[status]
    head = f"{when}，{name}{verb}{t.lead}"
    m1 = num + t.suffix
    m2 = chg + "%" + ("左右" if shape == 1 else f"-{high}%" if shape == 2 else "")
    text = f"{head}{m1}，同比{'下降' if falling else '增长'}{m2}。"
    o2 = len(head) + len(m1) + 5
    return _Sentence(text, (len(head), len(head) + len(m1), m1), (o2, o2 + len(m2), m2), t, _scaled(num, t.scale),
                     ("-" if falling else "") + chg, high, "about" if shape == 1 else None, period, status, code)


def _scaled(num: str, scale: int) -> str:
    whole, _, tenth = num.partition(".")
    return str(int(whole) * scale + (int(tenth) * scale // 10 if tenth else 0))


@dataclass(frozen=True, slots=True)
class DocumentSpec:
    """What one generated document holds, in text order."""

    index: int
    name: str  # doc_000003
    title: str
    date: str
    sentences: tuple[_Sentence, ...]
    hotline: str | None  # a line naming the public 12345 hotline, with a figure
    hotline_mention: str | None  # that figure: 2580.2万件
    hotline_value: str | None  # its exact value: 25802000
    contact: str | None  # a line with an ID-card and a phone number

    @property
    def year(self) -> str:
        return self.date[:4]


def _plan(d: int, sids: range, places: list[tuple[str, str]]) -> DocumentSpec:
    contact = (f"联系人：张先生，身份证号码{_id_number(d)}，联系电话138{d % 100000000:08d}。"
               if d % 5 == 0 else None)
    tenths = 1000 + _h(d, 10) % 30000  # 100.0万 to 3099.9万 calls
    mention = f"{tenths // 10}.{tenths % 10}万件" if d % 3 == 0 else None
    return DocumentSpec(d, f"doc_{d:06d}", f"{2021 + _h(d, 9) % 5}年{TITLES[d % len(TITLES)]}（第{d + 1}号）",
                        f"{2021 + _h(d, 7) % 5}-{1 + _h(d, 8) % 12:02d}-{1 + _h(d, 6) % 28:02d}",
                        tuple(_sentence(sid, places) for sid in sids),
                        HOTLINE.format(mention=mention) if mention else None, mention,
                        str(tenths * 1000) if mention else None, contact)


def _document(spec: DocumentSpec) -> DocumentRows:
    title, sentences, contact, hotline = spec.title, spec.sentences, spec.contact, spec.hotline
    parts, starts, pos = [title, "\n"], [], len(title) + 1
    for i, s in enumerate(sentences):
        starts.append(pos)
        sep = "\n" if i % 4 == 3 else ""
        parts += [s.text, sep]
        pos += len(s.text) + len(sep)
    extra = [line for line in (hotline, contact) if line]
    for line in extra:
        parts += ["\n", line]
    text = "".join(parts)
    doc = make_document(text, spec.name, f"synthetic/{spec.name}.txt", {"title": title, "source": "合成数据"})
    tables: dict[str, list[tuple]] = {
        "documents": [row("documents", doc_id=doc.doc_id, doc_name=doc.doc_name, source_path=doc.source_path,
                          title=title, date=spec.date, source=doc.source, sha256=doc.sha256, text=text,
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
        tables["figures"] += _figure_rows(doc, sent, s, start)
    at = len(text) - sum(len(line) + 1 for line in extra) + 1  # where the first extra line starts
    for index, line in enumerate(extra, start=len(sentences)):
        sent = sentence_id(doc.doc_id, index)
        tables["sentences"].append(row("sentences", sentence_id=sent, doc_id=doc.doc_id, sentence_index=index,
                                       article_index=0, paragraph_index=(len(sentences) - 1) // 4 + 1 + index,
                                       char_start=at, char_end=at + len(line), text=line))
        tables["identifiers"] += _identifier_rows(doc.doc_id, line, at)
        if line is hotline:
            tables["figures"].append(_hotline_row(doc, spec, sent, at))
        at += len(line) + 1
    return DocumentRows(doc.doc_id, tables, len(text), len(text.encode("utf-8")))


def _figure_rows(doc, sent: str, s: _Sentence, start: int) -> list[tuple]:
    """The level and its change of one generated sentence starting at ``start``."""
    level_id = fact_id(doc, start + s.level[0], start + s.level[1], "synthetic.level")
    common = dict(doc_id=doc.doc_id, sentence_id=sent, metric=s.template.metric, period=s.period, status=s.status,
                  region_code=s.region_code, region_how="clause", topic=s.template.topic)
    return [
        row("figures", fact_id=level_id, mention=s.level[2], char_start=start + s.level[0],
            char_end=start + s.level[1], value=s.value, unit=s.template.unit, kind=s.template.kind,
            approx=s.template.approx, measure="level", period_basis=s.template.period_basis,
            indicator=s.template.indicator, rule="synthetic.level", **common),
        row("figures", fact_id=fact_id(doc, start + s.change[0], start + s.change[1], "synthetic.change"),
            mention=s.change[2], char_start=start + s.change[0], char_end=start + s.change[1],
            value=s.change_value, value_high=s.change_high, unit="%", kind="percent", approx=s.change_approx,
            measure="change", basis="yoy", refers_to=level_id, indicator=s.template.change_indicator,
            rule="synthetic.change", **common),
    ]


def _hotline_row(doc, spec: DocumentSpec, sent: str, at: int) -> tuple:
    """The figure of the hotline line starting at ``at``: calls taken in the document's year, nationwide."""
    start = at + spec.hotline.index(spec.hotline_mention)
    return row("figures", fact_id=fact_id(doc, start, start + len(spec.hotline_mention), "synthetic.hotline"),
               doc_id=doc.doc_id, sentence_id=sent, mention=spec.hotline_mention, char_start=start,
               char_end=start + len(spec.hotline_mention), value=spec.hotline_value, unit="件", kind="count",
               measure="level", metric="12345热线受理诉求", indicator="hotline_requests", status="actual",
               period=spec.year, region_code="000000", region_how="national", topic="complaints_hotline",
               rule="synthetic.hotline")


def _identifier_rows(doc_id: str, line: str, at: int) -> list[tuple]:
    """The identifiers of a hotline or contact line starting at ``at``."""
    if "12345" in line:
        number_at = at + line.index("12345")
        return [row("identifiers", doc_id=doc_id, kind="hotline", char_start=number_at, char_end=number_at + 5)]
    id_at, phone_at = at + line.index("码") + 1, at + line.index("话") + 1
    return [row("identifiers", doc_id=doc_id, kind="id_card", char_start=id_at, char_end=id_at + 18),
            row("identifiers", doc_id=doc_id, kind="phone", char_start=phone_at, char_end=phone_at + 11)]


def specification(n_facts: int, sentences_per_doc: int = 20):
    """What the warehouse of ``n_facts`` figures holds, document by document (DocumentSpec): the generator's own
    account, an oracle independent of the warehouse's SQL."""
    regions = _regions()
    places = [(r.code, r.short_name if r.level == "country" else r.name) for r in regions]
    places += [(r.code, r.short_name) for r in regions if r.level == "country"]  # the country weighted twice
    n_sentences = max(1, n_facts // 2)
    for d in range(0, (n_sentences + sentences_per_doc - 1) // sentences_per_doc):
        yield _plan(d, range(d * sentences_per_doc, min(n_sentences, (d + 1) * sentences_per_doc)), places)


def documents(n_facts: int, sentences_per_doc: int):
    """The generated documents' rows, then two rejects (what an ingest of a broken file and line leaves)."""
    for spec in specification(n_facts, sentences_per_doc):
        yield _document(spec)
    yield from REJECTS


REJECTS = (
    Reject("synthetic/broken.bin", None, "binary", "not a text file"),
    Reject("synthetic/corpus.jsonl", 7, "bad_json", "Expecting value: line 1 column 1"),
)


def build(path: str | Path, n_facts: int, *, sentences_per_doc: int = 20) -> Path:
    """Publish a warehouse with ``n_facts`` figures of sentences (rounded down to even; and one more in every third
    document, on its hotline line) at ``path``, and its serving copy."""
    path = Path(path)
    for old in (path, serving_path(path)):  # a new warehouse, not an update of an old one
        old.unlink(missing_ok=True)
    publish(path, documents(n_facts, sentences_per_doc), _regions(), topics(), parser_version="synthetic-1",
            indicators=catalogue().indicators.values())
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
