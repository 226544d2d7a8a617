"""The engine's lexicon (etl/lexicon/ through etl/figures/lexicon.py): every table loads and is checked, a bad
table fails loudly, and each class of words is one row away from the engine (one case per class)."""

from __future__ import annotations

import re
import sys
from decimal import Decimal
from re import _compiler, _parser

import pytest

from etl.figures import extract, lexicon
from etl.figures.find import _mask_re
from etl.figures.model import APPROX, KINDS

# The loaders, without their caches, over a table given as text (a bad table is made here, never on disk).
LOADERS = {
    "units.csv": lexicon.units,
    "classifiers.csv": lexicon.units,
    "qualifiers.csv": lexicon.qualifiers,
    "changes.csv": lexicon.changes,
    "bases.csv": lexicon.bases,
    "implied_units.csv": lexicon.implied_units,
    "punctuation.toml": lexicon.punctuation,
    "compound_units.toml": lexicon.compounds,
    "comparisons.toml": lexicon.comparisons,
    "unit_contexts.toml": lexicon.unit_contexts,
    "traditional.tsv": lexicon.normalization,
}


@pytest.fixture
def table(monkeypatch):
    """Replace one lexicon file by a text and return its loader, uncached."""

    def use(name: str, text: str):
        real = lexicon.read_text
        monkeypatch.setattr(lexicon, "_text", lambda n: text if n == name else real(n))
        for loader in {*LOADERS.values(), lexicon.units, lexicon.unit_contexts}:
            loader.cache_clear()
        return LOADERS[name]

    yield use
    for loader in {*LOADERS.values(), lexicon.unit_contexts, lexicon.units}:
        loader.cache_clear()


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_every_table_loads(name):
    assert LOADERS[name]()


def test_units_and_classifiers_have_known_kinds_and_factors():
    for surface, unit in lexicon.units().items():
        assert unit.kind in KINDS, surface
        assert unit.factor > 0, surface
    assert {"price", "rate", "basis_point", "index"} <= set(KINDS)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        pytest.param("units.csv", "surface,unit,kind,factor,not_before,note\n吨,吨,mass,1,,\n吨,吨,mass,1,,\n",
                     "twice", id="duplicate-surface"),
        pytest.param("units.csv", "surface,unit,kind,factor,not_before,note\n吨,吨,weight,1,,\n", "unknown kind",
                     id="unknown-kind"),
        pytest.param("units.csv", "surface,unit,kind,factor,not_before,note\n吨,吨,mass,,,\n", "factor",
                     id="missing-factor"),
        pytest.param("units.csv", "surface,unit,kind,factor,note\n吨,吨,mass,1,\n", "columns", id="missing-column"),
        pytest.param("units.csv", "surface,unit,kind,factor,not_before,note,extra\n吨,吨,mass,1,,,x\n", "columns",
                     id="unread-column"),
        pytest.param("classifiers.csv", "surface,unit,kind,not_before,note\n吨,吨,count,,\n", "units.csv too",
                     id="classifier-also-a-unit"),
        pytest.param("qualifiers.csv", "surface,position,approx,not_after,not_before,note\n约,before,roughly,,,\n",
                     "unknown approx", id="unknown-approx"),
        pytest.param("qualifiers.csv", "surface,position,approx,not_after,not_before,note\n约,around,about,,,\n",
                     "unknown position", id="unknown-position"),
        pytest.param("changes.csv", "surface,sign,approx,noun,rates_only,object,note\n增长,2,,,,,\n", "unknown sign",
                     id="unknown-sign"),
        pytest.param("bases.csv", "surface,basis,not_after,not_before\n同比,weekly,,\n", "unknown basis", id="unknown-basis"),
        pytest.param("punctuation.toml", 'clause_breaks = ["，"]\nsentence_breaks = ["。"]\nfull_stops = ["。"]\n'
                     'brackets = []\nrange_dashes = ["至"]\nlist_separators = ["、"]\nspaces = [" "]\n'
                     'full_width = ["０"]\ncolons = ["："]\n', "sentence break", id="sentence-break-not-a-clause-break"),
        pytest.param("traditional.tsv", "萬\t万\n萬\t万\n", "twice", id="duplicate-traditional"),
        pytest.param("unit_contexts.toml", '[units."BP"]\nalso = ["bp"]\nunit = "基点"\nkind = "basis_point"\nreach = 30\n'
                     'words = ["利率"]\n[units."bp"]\nunit = "基点"\nkind = "basis_point"\nreach = 30\nwords = ["利率"]\n',
                     "read twice", id="unit-context-alias-also-an-entry"),
    ],
)
def test_a_bad_table_fails_loudly(table, name, text, message):
    loader = table(name, text)
    with pytest.raises(lexicon.LexiconError, match=message):
        loader()


def test_punctuation_is_declared_once_and_read_by_the_context():
    from etl.context import regions

    p = lexicon.punctuation()
    assert set(p.full_stops) <= set(p.sentence_breaks) <= set(p.clause_breaks)
    assert regions.CLAUSE_BREAKS == p.clause_breaks
    assert {"–", "—", "－", "~", "～", "至", "-"} <= set(p.range_dashes)


@pytest.mark.parametrize("dash", ["-", "–", "—", "－", "~", "～", "至", "--"])
def test_every_range_dash_reads_the_same(dash):
    """1万元-5万元 and 1万元–5万元 are one range (issue 14: two separator sets drifted apart)."""
    facts = extract(f"每户补助1万元{dash}5万元")
    assert [(f.value, f.value_high, f.unit) for f in facts] == [(Decimal(10000), Decimal(50000), "元")]


# One real sentence per class of issue 12: what the lexicon row or rule reads.
CLASSES = [
    ("classifier", "全县共安装路灯5534基", "5534基", "5534", "基", "count", None, "level"),
    ("classifier trap", "中国愿在和平共处五项原则和一个中国原则基础上同各国发展友好合作关系", None, None, None, None,
     None, None),
    ("classifier trap 两位数", "吉林鲜食玉米全产业链产值保持两位数增长。", None, None, None, None, None, None),
    ("compound", "全国牛肉平均价格87.34元/公斤,比前一周上涨0.3%", "87.34元/公斤", "87.34", "元/公斤", "price", None,
     "level"),
    ("compound 万", "■新宅量跌价升,均价5.5万元/㎡", "5.5万元/㎡", "55000", "元/平方米", "price", None, "level"),
    ("compound 每", "环渤海地区动力煤综合平均价格报收於每吨559元人民币", "每吨559元人民币", "559", "元/吨", "price", None,
     "level"),
    ("rate word", "杭温高铁线路全长260公里,设计时速350公里。", "时速350公里", "350", "公里/小时", "rate", None, "level"),
    ("basis points", "1年期LPR和5年期以上LPR均下调10个基点。", "10个基点", "-10", "基点", "basis_point", None,
     "change"),
    ("magnitude", "有近万旅客不同程度受到影响。", "近万", "10000", "人", "count", "nearly", "level"),
    ("magnitude 上", "今年工业部门试制的新产品有上万种", "上万种", "10000", "种", "count", "more_than", "level"),
    ("magnitude 余", "千余人参加了招聘会", "千余人", "1000", "人", "count", "more_than", "level"),
    ("change verb", "降幅比上月收窄0.2个百分点", "0.2个百分点", "-0.2", "百分点", "percentage_point", None,
     "change"),
    ("no change", "年末城镇登记失业率为百分之三点一,与上年末持平。", "持平", "0", "百分点", "percentage_point", None,
     "change"),
    ("against a base", "全体居民人均可支配收入比全省平均水平高6616元", "6616元", "6616", "元", "money", None, "change"),
    ("noun before", "贫困人口减少6800多万，易地扶贫搬迁830万人", "6800多万", "-68000000", "人", "count", "more_than",
     "change"),
    ("duration", "地区生产总值总量连续37年居全国首位。", "37年", "37", "年", "duration", None, "level"),
    ("ordinal", "根据省委十四届十次全会部署", None, None, None, None, None, None),
    ("spaced digits", "去年经济增长8 ．8 ％，商品零售价格涨幅为0 ．8 ％", "8 ．8 ％", "8.8", "%", "percent", None,
     "change"),
    ("traditional", "三季度末,生豬存欄37039萬頭,同比增長20.7%", "37039萬頭", "370390000", "头", "count", None,
     "level"),    ("percent look-alike", "全县生产总值实现131487万元,同比增长15℅", "15℅", "15", "%", "percent", None, "change"),
    ("bare ratio 倍率", "二季度100个城市公共就业服务机构求人倍率1.37。", "1.37", "1.37", "倍", "multiple", None, "level"),
    ("range of a repeated change", "外销订单金额年增36.1％至年增39.8％。", "36.1％至年增39.8％", "36.1", "%", "percent", None,
     "change"),
]


@pytest.mark.parametrize(("label", "sentence", "mention", "value", "unit", "kind", "approx", "measure"),
                         [pytest.param(*row, id=row[0]) for row in CLASSES])
def test_class(label, sentence, mention, value, unit, kind, approx, measure):
    facts = {f.mention: f for f in extract(sentence)}
    if mention is None:
        assert not [m for m in facts if any(ch in m for ch in "五两四十")], facts
        return
    fact = facts[mention]
    assert (str(fact.value), fact.unit, fact.kind, fact.approx, fact.measure) == (value, unit, kind, approx, measure)
    assert fact.approx in (None, *APPROX)


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("在实物商品网上零售额中, 吃, 穿和用类商品分别增长57.3%, 36.8%和33.1%.",
                 [("57.3%", "57.3", "change"), ("36.8%", "36.8", "change"), ("33.1%", "33.1", "change")],
                 id="after 分别 a comma alone separates a list's members"),
    pytest.param("两地分别增长5%，6%的企业亏损。", [("5%", "5", "change"), ("6%", "6", "level")],
                 id="…not a figure that goes on as a noun's modifier"),
    pytest.param("两市分别增长5.2%和6.1%，0.8个百分点的差距仍然存在。",
                 [("5.2%", "5.2", "change"), ("6.1%", "6.1", "change"), ("0.8个百分点", "0.8", "level")],
                 id="…nor past a list closed with 和"),
    pytest.param("今收在575元,下跌5元(或0.86%)。", [("575元", "575", "level"), ("5元", "-5", "change"),
                                                ("0.86%", "-0.86", "change")],
                 id="a change restated in brackets after 或 is the same change"),
    pytest.param("原油期货收盘下跌,从11个月高点回落。受教育年限由9.08年提高至9.91年。",
                 [("9.08年", "9.08", "level"), ("9.91年", "9.91", "level")],
                 id="the reach of a record is no figure, also after 从"),
    pytest.param("自營商轉買超 15.15 億元；投信賣超 6.97 億元。", [("15.15 億元", "1515000000", "level"),
                                                           ("6.97 億元", "697000000", "level")],
                 id="a qualifier's character that belongs to a word (買超) leaves no space in the span"),
    pytest.param("新台币兑美元先升后贬，一度逼近31.6元关卡，终场以31.516元作收。",
                 [("逼近31.6元", "31.6", "level"), ("31.516元", "31.516", "level")],
                 id="a currency pair's first quote after a clause of none"),
])
def test_classes_of_the_thirteenth_session(sentence, expected):
    assert [(f.mention, str(f.value), f.measure) for f in extract(sentence)] == expected


def test_a_commoditys_bare_dollars_are_its_price():
    facts = extract("金价连跌两日，失守4000美元关口。纽约期金收报4019.7美元，跌118.1美元。原油进口额达到500美元。")
    assert [(f.mention, f.unit) for f in facts if "美元" in f.mention] == [
        ("4000美元", "美元/盎司"), ("4019.7美元", "美元/盎司"), ("118.1美元", "美元/盎司"), ("500美元", "美元")]


@pytest.mark.parametrize("sentence", [
    "受原油价格上涨带动，公司股价上涨至45美元。", "金价大涨，苹果公司股价收于230美元。", "黄金周期间，入境游客平均花费850美元。",
    "美国汽油价格上涨，全国平均售价为3.5美元。", "原油期货下跌，铜价跌至9000美元。", "纽约曼哈顿写字楼租金价格上涨，平均租金达到85美元。",
    "受油价上涨影响，航空公司燃油附加费上调为30美元。",
])
def test_dollars_of_another_subject_are_no_commoditys_price(sentence):
    assert [f.unit for f in extract(sentence) if "美元" in f.mention] == \
        (["美元/股"] if "股价" in sentence else ["美元"])  # (公司股价上涨至45美元: a price per share, not the oil's)


def test_a_currency_pairs_quotes_after_a_clause_of_none_are_the_rate():
    units = [f.unit for f in extract("新台币兑美元先升后贬，一度逼近31.6元关卡，终场以31.516元作收。新台币兑美元先升后贬，台积电股价收在580元。"
                                     "新台币兑美元今日走弱，台积电收在580元。新台币兑美元今日走弱，便当价格上涨至120元。")]
    assert units == ["新台币/美元", "新台币/美元", "元/股", "元", "元"]  # (台积电股价收在580元: a share's price)


@pytest.mark.parametrize("text, after, expected", [
    ("万人次以上", "", "万人次"),  # the longest surface first
    ("万人口", "", "万"),  # 万人 refused by its guard, 万 left
    ("万人次次", "次", "万人次次"),
    ("万人次", "次", "万人次"),  # a shorter surface when what follows needs the rest (万人 + 次)
    ("人民币", "", "人民币"),
    ("亿元", "", None),
    ("", "", None),
])
def test_an_alternation_tries_the_longest_surface_first_and_backs_off(text, after, expected):
    pattern = re.compile(f"(?:{lexicon.alternation(['人', '万人', '万人次', '万', '人民币'], {'万人': '(?!口)'})}){after}")
    m = pattern.match(text)
    assert (m.group() if m else None) == expected
    assert re.fullmatch(lexicon.alternation([]), "") is None  # no surfaces: matches nothing


def test_the_patterns_that_scan_whole_texts_open_with_a_character():
    """A pattern searched over a whole text must open with a character or a class of them: the regex engine then
    skips to where one stands. One that opens with a lookbehind or a choice of classes is tried at every position
    (three sessions lost 5-14 % of the engine's speed that way before this was checked)."""
    ext, ident = sys.modules["etl.figures.extract"], sys.modules["etl.figures.identifiers"]
    scanning = {"compound durations": ext._COMPOUND_DURATION, "half durations": ext._HALF_DURATION,
                "slash shares": ext._SLASH_SHARE, "magnitudes": ext._MAGNITUDE_RE, "set phrases": _mask_re(),
                "digit runs": ident._RUN, "Chinese digit runs": ident._CN_RUN, "named parts": ident._PART,
                "label starts": ident._LABEL_START}
    for name, pattern in scanning.items():
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        prefix, _, _ = _compiler._get_literal_prefix(parsed, pattern.flags)
        assert prefix or _compiler._get_charset_prefix(parsed, pattern.flags), name
