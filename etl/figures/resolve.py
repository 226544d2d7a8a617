"""Resolve a candidate span to a value, unit, kind and qualifier. Pure; None when it is not a figure."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache, lru_cache
from typing import NamedTuple

from etl.figures import changes, lexicon
from etl.figures.find import CURRENCY_PREFIX, NEGATIVE_SIGNS, PER_COUNT_RE, PUNCTUATION, SCALE_PREFIX, STOCK_CODE, Candidate, bare
from etl.figures.numerals import DIGITS, INSIDE, VAGUE, normalize, parse_number

_TEN = Decimal(10)
_HUNDRED = Decimal(100)
_PLACES = Decimal("1E-10")
_NEGATIVE = frozenset(NEGATIVE_SIGNS)
_SIGN_WORDS = frozenset({"零下", "负"})  # a word before a range signs both ends; a minus sign only its number
_ORDINAL_BEFORE = ("第", "前")
_NOT_ORDINAL = lexicon.time_frames().not_after  # 提前, 之前, 目前: 前 is the tail of a word
_RANK_UNITS = {"位", "名"}
_NET_TRADES = ("买超", "卖超", "買超", "賣超")  # net buying or selling ranked: 外资买超前10名 (not 超前, ahead)
_OPEN_QUOTES = "“‘「『\"《"
_CLOSE_QUOTE = re.compile(r"[^“”\"」』》，。,]{0,6}[”\"」』》]")
# A list of short items in quotes, before an item and after it (“一城引领、两业支撑、…、十件实事”).
_SLOGAN_ITEM = r"[^“”‘’\"」』》、，。,；;0-9０-９]"
_QUOTED_ITEMS_BEFORE = re.compile(rf"[“‘「『\"](?:{_SLOGAN_ITEM}{{2,5}}、)+\Z")
_QUOTED_ITEMS_AFTER = re.compile(rf"{_SLOGAN_ITEM}{{0,3}}(?:、{_SLOGAN_ITEM}{{2,5}})*[”’\"」』]")
_QUOTED_LIST_AFTER = re.compile(rf"{_SLOGAN_ITEM}{{0,3}}(?:、{_SLOGAN_ITEM}{{2,5}}){{2,}}[”’\"」』]")
_SLOGAN_REACH = 100
_SLOGAN_ITEMS = 3  # short items in quotes, three at least: a slogan (not “三家医院、五所学校已经完工”, quoted speech)
# An argument's noun that modifies a noun of things (10个重点项目, 3个关键技术, 5个优势产业): a count of the things.
_MODIFIER_NOUN = re.compile(r"(?:重点|关键|优势)(?:项目|企业|工程|产业|行业|领域|园区|城市|县|村|镇|景区|技术|产品|区域|市场|学校|医院|"
                            r"流域|河湖|岗位|课题|平台|基地|集群|链)")


class Resolved(NamedTuple):
    value: Decimal
    value_high: Decimal | None
    unit: str
    kind: str
    approx: str | None
    rule: str


_IMPLIED_MAX = 8  # characters of noun looked at after a bare number
_APPROX_CHARS = frozenset("".join(INSIDE) + VAGUE)
_IMPLIED_STOPS = frozenset(PUNCTUATION.clause_breaks + "、的和")


def _implied(c: Candidate, text: str) -> tuple[str, str, Decimal] | None:
    """A bare number with 万/亿 (or 余/多) and a noun of people: 3451.9万农村居民 counts 人, and so does
    贫困人口减少6800多万 (the noun before, only a verb between)."""
    plain = c.num.isdigit() and len(c.num) >= 5  # 年末全县常住人口766579: a count of people in full digits
    if c.num[-1] not in "万亿" and c.num[-1] not in _APPROX_CHARS and not c.inside and not plain:
        return None
    nouns = lexicon.implied_units()
    m = None if plain else _suffix_re().match(text, c.end)  # 15万茶农人均收入超5000元: 茶农, not 收入
    if m:
        u = lexicon.implied_suffixes()[m.group("suffix")]
        return u.unit, u.kind, u.factor
    m = None if plain else _implied_after_re().match(text, c.end, c.end + _IMPLIED_MAX)  # not 12345市民热线
    if m:
        u = nouns[m.group("noun")]
        return u.unit, u.kind, u.factor
    m = _implied_before_re().search(text, max(0, c.start - lexicon.implied_before()[0] - _LIST_REACH), c.start)
    if m:
        u = nouns[m.group("noun")]
        return u.unit, u.kind, u.factor
    m = None if plain else _CHANGED_FROM_EARLIER.search(text, max(0, c.start - _CHANGED_REACH), c.start)
    if m and (u := lexicon.units().get(m.group("unit"))) is not None:
        return u.unit, u.kind, Decimal(1)  # 招生1929.56万人，虽比上年减少58.02万: the change of the count before, in its unit
        # (or the count restated: 突破3000万人次，达3000.8万)
    return None


# A count told right before, then its change on a base with no unit of its own (招生1929.56万人，虽比上年减少58.02万).
_CHANGED_FROM_EARLIER = re.compile(r"[0-9][0-9.]*[万亿](?P<unit>人次|人|户|吨|辆|件|家|个)[，,][^，,。；;0-9]{0,4}(?:(?:比|较)"
                                   r"[^，,。；;0-9]{1,6}(?:增加|减少|增长|下降|多|少)了?|达到?|为)\Z")  # (…参观者突破3000万人次，
# 达3000.8万: the count restated, to the unit)
_CHANGED_REACH = 30


_LIST_REACH = 12  # characters of earlier list items between a noun and its bare number


@cache
def _suffix_re() -> re.Pattern[str]:
    """A noun the catalogue lacks, ending in a character of implied_suffixes right after the number; not one it
    holds, unless the suffix follows it (农民工 counts 人 from there: 3451.9万农村居民 passes 农 at the start; 28万贷款户
    are households)."""
    suffixes = "".join(lexicon.implied_suffixes())
    nouns = lexicon.alternation(lexicon.implied_units())
    return re.compile(rf"(?!(?:{nouns})(?![{suffixes}]))(?![{_VERB_FIRST}])[^\W\d的之和与及A-Za-z]{{1,2}}?"
                      rf"(?P<suffix>[{suffixes}])(?![{_NOT_AFTER_SUFFIX}])")


# After a noun's last character, one that makes it the first of another word: 农村, 农业, 农田; 户籍, 户口, 户型.
_NOT_AFTER_SUFFIX = "田业村产民机资技家药膜房场籍口型外头主补贷款"
# A verb before 农 or 户 makes no noun of people: 惠农补贴, 助农增收, 涉农贷款, 落户, 入户走访.
_VERB_FIRST = "惠助涉扶支强务入落兴为护"


@cache
def _implied_after_re() -> re.Pattern[str]:
    stops = re.escape("".join(_IMPLIED_STOPS))
    # (a noun before 户, 人, 者 or 员 names people, not what the noun names: 28万贷款户, 3万存款人)
    return re.compile(rf"[^{stops}]*?(?P<noun>{lexicon.alternation(lexicon.implied_units())})(?![户人者员])")


@cache
def _implied_before_re() -> re.Pattern[str]:
    reach, words = lexicon.implied_before()
    gap = lexicon.alternation(list(words) + list(lexicon.changes())) + f"|{_RUN}"
    # earlier bare numbers of a list may stand between: 回购资金总额不低于2亿、不超3亿
    qualified = lexicon.alternation(lexicon.qualifier_surfaces("before"))
    earlier = _earlier_items(rf"(?:{qualified})?[0-9][0-9.,]*[万亿萬億]")
    return re.compile(rf"(?P<noun>{lexicon.alternation(lexicon.implied_units())})(?:{gap})*{earlier}[ \u3000]?\Z")  # (减少
    # 5000 多万: a web page's space before the number)


# A run told between the noun and its number (日参观人数已连续16天超过40万): no figure of the count.
_RUN = "连续[0-9一二三四五六七八九十两]{1,3}个?(?:天|日|年|月|周|季度)"


def _earlier_items(item: str) -> str:
    """A pattern for the items of a list that may stand before a figure, each followed by its separator (、和及与或)."""
    return rf"(?:{item}[{re.escape(''.join(PUNCTUATION.list_separators))}])*"


def _word_distance(context: lexicon.UnitContext, text: str, start: int) -> int:
    """How far before ``start`` the nearest of the context's words ends, within its reach and its sentence (its reach
    when none does)."""
    window, found = _last_word(context, text, start)
    return len(window) - found.end() if found is not None else context.reach


def _in_context(context: lexicon.UnitContext, text: str, start: int) -> bool:
    """Does one of the context's words stand before ``start``, within its reach and its sentence (or a quoting word
    right before it: 报150.5点)?"""
    if context.quoted_after and text.endswith(context.quoted_after, 0, start):
        return True
    window, found = _last_word(context, text, start)
    if found is None:
        return False
    return not (context.not_between and _words_re(context.not_between).search(window, found.end()))


def _last_word(context: lexicon.UnitContext, text: str, start: int) -> tuple[str, re.Match[str] | None]:
    """The window of text before ``start`` the context reads (its reach, back to the last sentence break) and the last
    of its words in it, or None."""
    if not context.words or not _mentions(text, context.words):
        return "", None  # the text names none of the words (亿元 far from any 港股): in one step per text
    window = text[max(0, start - context.reach) : start]
    cut = _LAST_BREAK.search(window)
    found = None
    for found in _words_re(context.words).finditer(window, cut.start() + 1 if cut else 0):
        pass
    return window, found


@lru_cache(maxsize=64)
def _mentions(text: str, words: tuple[str, ...]) -> bool:
    """Does ``text`` hold one of ``words``? Cached: the figures of one text ask in turn (a string caches its hash)."""
    return any(word in text for word in words)


_LAST_BREAK = re.compile(f"[{re.escape(PUNCTUATION.sentence_breaks)}][^{re.escape(PUNCTUATION.sentence_breaks)}]*\\Z")
_INDEX_LIKE = re.compile(r"[0-9][0-9,，]{2,}(?:[.．][0-9]+)?|[0-9]+[.．][0-9]+")  # (29,009.81, 3200, 15.6: no hour of the clock)
_FULL_STOPS = re.escape("".join(b for b in PUNCTUATION.sentence_breaks if b not in "；;"))
_LAST_FULL_STOP = re.compile(f"[{_FULL_STOPS}][^{_FULL_STOPS}]*\\Z")


@cache
def _words_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(lexicon.alternation(words))


@cache
def _announcer_chars() -> frozenset[str]:
    return frozenset(word[0] for word in lexicon.list_announcers()[2])


@cache
def _announcer_re() -> re.Pattern[str]:
    """One of the list announcers within reach after a figure (三个特点：一是)."""
    _, reach, after, _ = lexicon.list_announcers()
    return re.compile(f".{{0,{reach}}}?(?:{lexicon.alternation(after)})", re.S)


_FRACTION = re.compile(r"\.[0-9]{1,2}\Z")  # 9.91年; not 20.2026年, an item's number before a year


def _says(context: lexicon.UnitContext, c: Candidate, text: str) -> bool:
    """Does the sentence read the unit word as the context's unit: a word before the figure (or right before it:
    报150.5点), one right after the unit word (6年半时间), or nothing after it in its clause where the context allows
    (门票10块。)?"""
    return (_in_context(context, text, c.start) or _after_same(context, c, text)
            or (bool(context.after) and text.startswith(context.after, c.end))
            or (bool(context.run_after) and text.startswith(context.run_after, c.end) and
                (value := parse_number(c.num)) is not None and value < context.run_below)
            or _clause_ends(context, c, text) or (context.fractional and _FRACTION.search(c.num) is not None)
            or (context.qualified and bool(c.pre or c.inside or c.post))
            or (context.ranged and c.high is not None and (high := parse_number(c.high)) is not None and high < _RANGED_BELOW))


_RANGED_BELOW = 100  # (3-5年, 10到15年: durations; 2014年至2016年: calendar years)


def _after_same(context: lexicon.UnitContext, c: Candidate, text: str) -> bool:
    """高温只有14、15度,中部19、20度,南部21、22度: the same unit word just before in the sentence, itself read in the
    context (or after one that was, down the chain), reads this one the same way; not 1,000度…1001度 of electricity."""
    if not context.chain:
        return False
    start, reach = c.start, 2 * context.reach
    for _ in range(_CHAIN):
        window = text[max(0, start - reach) : start]
        cut = (_LAST_FULL_STOP if context.chain_semicolons else _LAST_BREAK).search(window)
        found = None
        for found in _unit_after_number(c.unit).finditer(window, cut.start() + 1 if cut else 0):
            pass
        if found is None or (context.not_between and _words_re(context.not_between).search(window, found.end())):
            return False  # 气温零下5度，这台空调每小时耗电2度: a word between says another unit
        if context.chain_semicolons and (semi := _LAST_BREAK.search(window)) is not None and \
                found.start() < semi.start() and not (_INDEX_LIKE.fullmatch(c.num) if context.kind == "index" else
                                                      _changed_right_before().search(text, max(0, c.start - 6), c.start)):
            return False  # (…跌120點；財政司司長將於4點舉行記者會: past a semicolon, only a market's level, not a clock's;
            # …下调25个BP；PCR扩增片段约为500bp: only a change, 负债成本同比上升6bps)
        start = max(0, start - reach) + found.start()
        if _in_context(context, text, start):
            return True
    return False


_CHAIN = 4  # figures a chain of one unit word may run back


@cache
def _changed_right_before() -> re.Pattern[str]:
    """A change word right before a number (上升6bps): what lets a chain of basis points or 厘 run past a semicolon."""
    return re.compile(rf"(?:{lexicon.alternation(lexicon.changes())})[ \u3000]*\Z")


@lru_cache(maxsize=64)
def _unit_after_number(unit: str | None) -> re.Pattern[str]:
    return re.compile(rf"[0-9０-９.．一二三四五六七八九十两零]+{re.escape(unit or '')}" if unit else "(?!)")


def _clause_ends(context: lexicon.UnitContext, c: Candidate, text: str) -> bool:
    """Does nothing follow the figure in its clause (where the context allows it: 门票10块。, 十块三毛)? Not for hundreds of
    millions, which only things are counted in by 块 (集成电路20.82亿块) where no money word says otherwise."""
    if not (context.at_clause_end and "亿" not in c.num and (c.cents is not None or c.end == len(text)
                                                              or text[c.end] in PUNCTUATION.clause_breaks)):
        return False
    if context.not_between:  # 银幕总数达到93187块: screens counted, no money
        window = text[max(0, c.start - context.reach) : c.start]
        cut = max(window.rfind(ch) for ch in PUNCTUATION.clause_breaks)
        return _words_re(context.not_between).search(window, cut + 1) is None
    return True


def _year_like(c: Candidate) -> bool:
    """2025年, 一九九七年, 二〇二五年: a year, never a duration."""
    num = bare(c.num)
    if num.isdigit() and len(num) == 4 and num[0] in "12":
        return True
    return len(num) >= 2 and all(ch in DIGITS for ch in num)


_MODEL_YEAR_UNITS = ("款", "版")
_MODEL_YEAR = re.compile(r"199[0-9]|20(?:0[1-9]|[1-3][0-9])")
_AGO = ("前", "以前", "之前")
_AGO_OPENERS = ("在", "早在", "于", "直到", "大约")  # before a time ago: 就在兩週前


_NEARLY = ("近", "将近", "接近")
_TAKES = ("要", "需", "需要", "只需", "仅需", "用", "用了", "耗时", "历时", "花了", "长达", "持续", "持续了", "提前", "推迟",
          "延长", "缩短")  # before 近 (提前近一个半月: by how long):
# a duration's length (not 创下了近16个月新低: a time frame)


_RECORD_HIGHS = ("高点", "低点", "新高", "新低", "高位", "低位")  # 从11个月高点回落: the reach of a record, also after 从


def _time_frame(c: Candidate, text: str) -> bool:
    """未来三天, 前4天, 过去五年, 十年增加近70万亿元: a time frame that places a statement, no figure."""
    frames = lexicon.time_frames()
    if c.pre in frames.words:
        return not (c.pre in _NEARLY and text.endswith(_TAKES, 0, c.start))  # 要近4小时: how long it takes
    if any(text.startswith(w, c.start - len(w)) for w in frames.run) or \
            run_before().search(text, max(0, c.start - _RUN_REACH), c.start):
        return False  # 连续18个月下跌, 连续上涨3周: how long the run lasted
    if text.startswith(frames.before, c.end) and "." not in c.num and \
            (not _FROM_BEFORE.search(text, max(0, c.start - 6), c.start) or text.startswith(_RECORD_HIGHS, c.end)) \
            and not text.endswith(_TERM_BEFORE, 0, c.start) and not _IN_A_BASE.search(text, max(0, c.start - 20), c.start):
        return True  # 十年增加近70万亿元 (but 受教育年限由9.08年提高至9.91年 measures; 期限364天期 is a term's length;
        # 较2024年国庆节假日7天增加1.23亿人次: how long the base's holiday lasted)
    if _CATCHMENT.match(text, c.end):
        return True  # 15分钟便民生活圈, 1小时高铁圈: a catchment named by its travel time
    if _AVERAGES_LISTED.match(text, c.end):
        return True  # 跌穿10天及20天线: moving averages listed, the list's last names them all
    start = c.start
    while start and text[start - 1] in PUNCTUATION.spaces:
        start -= 1  # 前 11 个月
    for word in frames.words:
        if text.startswith(word, start - len(word)):
            at = start - len(word)
            if not (at and text[at - 1] in frames.not_after):
                return True  # (最后一个交易日: 后 is the tail of 最后, itself a frame word)
    if not text.startswith(_AGO, c.end) or text.startswith("前后", c.end):
        return False
    # a time compared with (较四星期前) or a time ago, opening its clause or after 在 (就在兩週前，赛事重启) — not an offset
    # before an event (在列车开出两小时前: a figure)
    return any(text.startswith(w, start - len(w)) for w in frames.base_openers + _AGO_OPENERS) or \
        not start or text[start - 1] in PUNCTUATION.clause_breaks


_RUN_REACH = 8
_FROM_BEFORE = re.compile(r"(?:由|从)(?:去年|上年|今年|上月|原来|原|此前|以前)?\Z")  # (由去年144分钟减少至111分钟: a value)
_IN_A_BASE = re.compile(r"(?:较|比|与)[0-9０-９]{4}年[^，,；;。0-9０-９]{1,12}\Z")  # 较2024年国庆节假日: a base's time
_TERM_BEFORE = ("期限", "期限为", "期限是", "期限:", "期限：")  # 期限364天期: the length of a term, not a tenor's name
_CATCHMENT = re.compile(r"[\u4e00-\u9fff]{0,4}圈")
_AVERAGES_LISTED = re.compile(r"(?:(?:及|和|与|、)[0-9０-９]{1,3}(?:天|日|周|週))+(?:均)?[线線](?![上下路])")  # (not
# 7天和14天线上课程: days of a course online)


@cache
def run_before() -> re.Pattern[str]:
    """连 or 连续 and a change word right before a duration: 连升3周, 连续上涨3周 (how long a run lasted); its group
    ``word`` is the change's."""
    return re.compile(rf"连续?(?P<word>{lexicon.alternation(lexicon.changes())})[ \u3000]*\Z")


def _bare_value(c: Candidate, text: str) -> tuple[str, str, Decimal] | None:
    """200指数为118.19, 收报2927.29: a bare number right after an index word is an index value; 城乡居民收入比为2.31, a
    ratio."""
    if c.high is not None or not c.start or text[c.start - 1] not in _bare_ends() or not _ARABIC.search(c.num):
        return None  # the common case, in one step (a bare value is written in digits: not 指数一路杀低)
    if text[c.start - 1] in "(（":
        if text[c.end : c.end + 1] not in (")", "）") or (len(c.num) < 3 and "." not in c.num and "．" not in c.num):
            return None  # (a value alone in brackets, or none; 居民消费价格指数（1）: a note's mark)
        upto = c.start - 1  # 综合消费物价指数(104.10)按年上升0.77%: the value in brackets after its word
    else:
        upto = c.start
    for context, pattern in _bare_patterns():
        if pattern.search(text, max(0, upto - context.reach - _BARE_ASIDE), upto) and \
                not text.startswith(tuple(context.not_before), c.end):  # not 总指数1-11月…, 总指数3月份…: a time
            return context.unit, context.kind, Decimal(1)
    if text.endswith(_EXTREMES, 0, c.start) and _INDEX_BEFORE.search(
            text, max(0, c.start - _INDEX_REACH, *(text.rfind(ch, 0, c.start) for ch in "。；;！？")), c.start):
        return "点", "index", Decimal(1)  # 恒指…跌幅收窄至29点,高见24763: an index's high (not 腾讯股价早段高见388.2)
    return None


_ARABIC = re.compile("[0-9０-９]")
_BARE_ASIDE = 32  # an aside in brackets between the word and its value: 性别比(以女性为100,男性对女性的比例)为107.16
_EXTREMES = ("高见", "低见")
_INDEX_BEFORE = re.compile(r"指数|恒指|国指|科指|沪指|深成指|创业板指|大盘|日经|道指|纳指|标普")
_INDEX_REACH = 60
_BARE_VERBS = ("为", "是", "达", "达到", "跌至", "降至", "升至", "降到", "回升至", "回升到", "维持在", "保持在", "仅为", "只有",
               "约为", "进一步跌至", "进一步降至", "回落至", "回落到", "上升至", "上升到", "下跌至", "攀升至", "报", "下降至", "上涨至",
               "下滑至")


@cache
def _bare_ends() -> frozenset[str]:
    """The characters a bare value's word, aside or verb ends with, and the spaces after them."""
    words = [w for context in lexicon.bare_values() for w in context.words] + list(_BARE_VERBS)
    return frozenset({w[-1] for w in words} | {")", "）", "(", "（", " ", "\u3000"})


@cache
def _bare_patterns() -> tuple[tuple[lexicon.UnitContext, re.Pattern[str]], ...]:
    """A bare-value word, an aside in brackets, an average's adverb and a verb right before the value (整体生育率跌至0.87,
    空气质量综合指数平均为5.31)."""
    verbs = lexicon.alternation(_BARE_VERBS)
    return tuple((context, re.compile(rf"(?:{lexicon.alternation(context.words)})(?:[（(][^（()）]{{0,30}}[)）])?"
                                      rf"(?:平均|均)?(?:{verbs})?[ \u3000]*\Z")) for context in lexicon.bare_values())


def _ratio(c: Candidate) -> tuple[str, str, Decimal] | None:
    """百分之 → %, 千分之 → ‰, 万分之三 → 0.03 %."""
    ratio = bare(c.ratio).removesuffix("负")
    if ratio in ("千分之", "仟分之"):
        return "‰", "permille", Decimal(1)
    denominator = parse_number("一" + ratio.removesuffix("分之").removesuffix("分"))
    return ("%", "percent", _HUNDRED / denominator) if denominator else None


# A label gives the unit in brackets before the colon or the table cells the bare number follows:
# 现金股利(元/股):0.54205596, 配股总股数(股):443,020,100; 出生人口(人) 68088 63404, 营业总收入(元) | 404,834,020.15 |
# 445,375,428.49 |, 本地生产总值(亿元) | —— | 2527.54 (a row of a table: the cells before the number are numbers or dashes).
_LABEL_UNIT = re.compile(r"[（(](?P<unit>[^（()）:：|｜]{1,7})[)）][ \t]*(?:[:：]|(?:[|｜ \t]+(?:[-—–]{1,2}|[-+−]?[0-9][0-9,.]*%?))*"
                         r"[|｜ \t]+)[ \t]*\Z")
_LABEL_REACH = 60
_HEADER_YEAR = re.compile(r"(?:19|20)[0-9]{2}")  # 项目(万元) | 2023 | 2022 |: the years of a header's columns
_LABEL_PER_REACH = 16  # how far before the bracket 每股 may open the label


@cache
def _label_per_re() -> re.Pattern[str]:
    """每 and a denominator opening a label, before its unit's bracket: 每股盈利 - 基本(港元)."""
    compounds = lexicon.compounds()
    measures = [s for s, u in lexicon.denominators().items() if u.kind in compounds.per_any_kinds]
    stop = re.escape(PUNCTUATION.clause_breaks)
    return re.compile(rf"{re.escape(compounds.per)}(?P<den>{lexicon.alternation([*compounds.per_any, *measures])})"
                      rf"[^{stop}0-9|｜（()）]{{0,12}}\Z")
_CELL_ENDS = frozenset(["", " ", "|", "｜", "\t", "\n", "，", ",", "；", ";", "。"])
_SCALES = (("千万", Decimal(10) ** 7), ("百万", Decimal(10) ** 6), ("十万", Decimal(10) ** 5), ("万", Decimal(10) ** 4),
           ("亿", Decimal(10) ** 8), ("千", Decimal(1000)), ("百", Decimal(100)))


def _label_unit(c: Candidate, text: str) -> tuple[str, str, Decimal] | None:
    """The unit a label names in brackets right before the colon or the table cells the bare number follows."""
    if c.start < 3 or text[c.start - 1] not in ":： |｜\t" or text[c.end : c.end + 1] not in _CELL_ENDS or \
            _HEADER_YEAR.fullmatch(c.num):
        return None  # the common case, in one step (and not 1-9月 or 2023 in a header: a cell ends with its number)
    m = _LABEL_UNIT.search(text, max(0, c.start - _LABEL_REACH), c.start)
    if m is None:
        return None
    numerator, slash, per = m.group("unit").replace(" ", "").partition("/")
    scale = Decimal(1)
    row = lexicon.units().get(numerator)
    if row is None:  # 万元, 亿元, 万人: a unit with a scale
        for word, factor in _SCALES:
            if numerator.startswith(word) and (row := lexicon.units().get(numerator[len(word) :])) is not None:
                scale = factor
                break
    if row is None:
        return None
    unit = (row.unit, row.kind, row.factor * scale)
    if not slash and (each := _label_per_re().search(text, max(0, m.start() - _LABEL_PER_REACH), m.start())):
        per, slash = each.group("den"), "/"  # 每股盈利 - 基本(港元) | 1.23: per share
    return _compound(unit, per) if slash else unit


def _money_as_before(c: Candidate, text: str) -> tuple[str, str, Decimal] | None:
    """A magnitude of 亿 without a digit or a unit (超千亿, 突破百亿) in a sentence whose nearest amount of 亿 before it is of
    元 (进出口总额7011.89亿元，是唯一一个超千亿的地区), or an amount of 亿 written with digits in a clause that speaks of the
    gap to an amount of 亿元 named before (定格在27695.1亿元，距离2.8万亿的预期目标; 与苏州的差距仍近3000亿): the same money.
    Not 交易笔数超过1500亿 after 500万亿元."""
    if c.num[-1] not in "亿億":
        return None
    opened = _sentence_back(text, c.start, c.start)
    if c.magnitude:
        end = c.start
        while (last := max(text.rfind("亿", opened, end), text.rfind("億", opened, end))) >= 0:
            if text.startswith("元", last + 1):
                return "元", "money", Decimal(1)
            if text[last + 1 : last + 2] not in _AFTER_BARE_AMOUNT:
                return None  # (…1750亿件，…超千亿: another unit's)
            end = last  # past a bare amount of 亿 (距离2.8万亿的预期目标，但超千亿的经济增量)
        return None
    clause = _clause_opened(text, c.start)
    if not (_GAP_TO_MONEY.search(text, clause, c.start) or _NO_SUBJECT.fullmatch(text, clause, c.start) or
            _MONEY_SUBJECT.search(text, clause, c.start)) or \
            (text.find("亿元", opened, c.start) < 0 and text.find("億元", opened, c.start) < 0):
        return None
    return "元", "money", Decimal(1)  # …定格在27695.1亿元，距离2.8万亿的预期目标…，差距仍近3000亿: a gap to the money


_GAP_TO_MONEY = re.compile("差距|距离|相差|差额|缺口")
_AFTER_BARE_AMOUNT = frozenset("的，,、和与及；;。")
# a clause with no subject of its own before the amount (地区生产总值103197.34亿元，首次突破10万亿; not 交易笔数超过1500亿)
_NO_SUBJECT = re.compile(r"[ \u3000]*(?:首次|再次|一举|成功|历史性地|已经|已|将|预计|有望)*")
# …or a subject of money (网络零售额1200亿, 总量突破2万亿, 增量超1000亿; not 交易笔数, 吞吐量: other measures)
_MONEY_SUBJECT = re.compile(r"(?:额|收入|产值|总值|投资|资金|增量|营收|利润|生产总值|GDP|总量)[^，,；;。0-9０-９]{0,4}\Z")


def _unit_of(c: Candidate, text: str) -> tuple[str, str, Decimal] | None:
    """(unit, kind, factor) of a candidate, from its unit word, ratio form or currency sign."""
    if c.ratio:
        return _ratio(c)
    if c.range_unit in ("%", "％") and c.unit is None:
        return "%", "percent", Decimal(1)
    if c.range_unit == "‰" and c.unit is None:
        return "‰", "permille", Decimal(1)
    if c.denominator is not None:
        return None  # a fraction carries its own unit, see _fraction
    if c.unit is None:
        if c.currency:
            return CURRENCY_PREFIX[c.currency], "money", Decimal(1)
        labelled = _label_unit(c, text)
        if labelled is not None:
            return labelled
        implied = _implied(c, text)
        if implied is not None and implied[0] == "元" and (hk := lexicon.unit_contexts().get("元", (None,))[0]) \
                is not None and _in_context(hk, text, c.start):
            return hk.unit, hk.kind, implied[2]  # 恒指…成交额1671億: Hong Kong dollars
        return implied or _bare_value(c, text) or _money_as_before(c, text)
    unit = bare(c.unit)
    if unit.endswith("百分点"):
        return "百分点", "percentage_point", Decimal(1)
    if unit == "折" or unit.startswith("成"):
        return "%", "percent", _TEN
    if unit.startswith("米") and len(unit) > 1:  # 2米26: metres, the centimetres added to the value
        unit = "米"
    if unit == "方":
        return "立方米", "volume", Decimal(1)
    if unit == "度" and c.num[-1] in "万亿":
        return "千瓦时", "energy", Decimal(1)  # 3,120亿度: electricity
    if unit == "度" and c.scale:
        return SCALE_PREFIX[c.scale], "temperature", Decimal(1)
    readings = lexicon.unit_contexts().get(unit, ())
    said = []
    for context in readings:
        if context.unit == "年" and _year_like(c):
            return None  # 2025年: a year (the commonest unit word of all, so looked at first)
        if text.endswith(context.not_after, 0, c.start) and \
                not (context.fractional and _FRACTION.search(c.num) is not None):  # (延长0.1日至2.4日: no day is 2.4)
            if len(readings) == 1:
                return None  # 晚上8点: a time of day; 省委十四届: an ordinal
            continue
        if (len(readings) == 1 or not text.startswith(context.not_before, c.end)) and \
                (not context.digits or _DIGITS.fullmatch(c.num)) and _says(context, c, text):
            said.append(context)
    if said:
        context = min(said, key=lambda r: _word_distance(r, text, c.start))  # (the nearer word decides between readings)
        u = lexicon.Unit(unit, context.unit, context.kind, context.factor)  # 度 of temperature, 块 after a price
    else:
        u = lexicon.units().get(unit) or (lexicon.units().get(unit.lower()) if len(unit) > 1 else None)  # (KG is kg; T
        # is no t: tera-)
    if u is None:
        return None  # a unit word of the sentence's only (点 of an index), and the sentence does not say
    if u.kind == "duration" and (_time_frame(c, text) or (u.unit == "年" and _year_like(c))):
        return None
    if u.unit in _MODEL_YEAR_UNITS and _MODEL_YEAR.fullmatch(bare(c.num)):
        return None  # 2023款宝马X5, 2024版: a model's year, no count (not 1000款产品, 2000款: a round count)
    if u.kind == "money" and u.unit == "元" and c.currency:
        return CURRENCY_PREFIX[c.currency], "money", u.factor  # 港币两千九百六十元 is in 港元
    if c.currency and u.kind != "money":
        scale = _LATIN_SCALES.get(unit.lower())
        return (CURRENCY_PREFIX[c.currency], "money", scale) if scale else None  # £2.5m: millions of pounds, no
        # metres (a sign of money before no money's unit)
    return u.unit, u.kind, u.factor


_LATIN_SCALES = {"k": Decimal(1000), "m": Decimal(1_000_000), "mn": Decimal(1_000_000), "bn": Decimal(1_000_000_000)}

_DIGITS = re.compile(r"[0-9０-９][0-9０-９.．]*")  # a number written in digits (for a reading with `digits`)


def _approx(c: Candidate, number_surface: str) -> str | None:
    if not (c.inside or c.post or c.pre) and _APPROX_CHARS.isdisjoint(number_surface):
        return None  # the common case, in one step
    quals = lexicon.qualifiers()
    if c.pre and quals.get(("before", c.pre)) == "about":
        return "about"  # 约2,200多万澳门元: about, whatever the 多 inside says
    if c.inside:
        return quals[("inside", bare(c.inside))]
    inside = next((ch for ch in number_surface if ch in _APPROX_CHARS), None)
    if inside is not None:
        return quals.get(("inside", inside), "more_than")  # 4200余万, 几十万: 几/数 are more than their least
    if c.post and ("after", c.post) in quals:
        return quals[("after", c.post)]
    if c.post and ("inside", c.post) in quals:
        return quals[("inside", c.post)]  # 5年多
    if c.pre and c.magnitude and ("magnitude", c.pre) in quals:
        return quals[("magnitude", c.pre)]
    if c.pre and ("before", c.pre) in quals:
        return quals[("before", c.pre)]
    if c.pre and ("bound", c.pre) in quals:
        return quals[("bound", c.pre)]
    if c.pre and ("tenths", c.pre) in quals:
        return quals[("tenths", c.pre)]
    return None


@cache
def _share_re() -> re.Pattern[str]:
    before = lexicon.alternation(lexicon.qualifier_surfaces("before"))
    stop = re.escape(PUNCTUATION.clause_breaks)
    return re.compile(rf"(?P<q>{before})占[^{stop}]{{0,20}}\Z")


@cache
def _reached_re() -> re.Pattern[str]:
    before = lexicon.alternation(lexicon.qualifier_surfaces("before"))
    return re.compile(rf"(?P<q>{before})(?:(?:增加|增长|提高|提升|上升|下降|降低|减少|扩大|缩小|回落|回升|降|升|涨|跌)(?:到|至)"
                      rf"|达到|增至|降至|减至)[{re.escape(PUNCTUATION.spaces)}]*\Z")


def _share_approx(c: Candidate, text: str) -> str | None:
    return share_approx(text, c.start)


def share_approx(text: str, start: int) -> str | None:
    """约占长江干线总运量的40%: a qualifier before 占 qualifies the share starting at ``start`` (the mention is the
    number); so does one before 了 (超过了八成)."""
    if start > 2 and text[start - 1] == "了":
        quals = lexicon.qualifiers()
        for k in range(4, 1, -1):  # the longest qualifier first
            word = text[max(0, start - 1 - k) : start - 1]
            if len(word) == k and ("before", word) in quals:
                return quals[("before", word)]
        return None
    if text.find("占", max(0, start - 24), start) < 0:
        m = _reached_re().search(text, max(0, start - 12), start) if text[start - 1 : start] in "到至达 " else None
        if m is None or (m.start() and text[m.start() - 1] in lexicon.qualifier_not_after().get(m.group("q"), "")):
            return None  # (合约升至70000元/吨, 签约达到120个, 最近降至1.5%: the tail of a word)
        return lexicon.qualifiers()[("before", m.group("q"))]  # 低温约降到13度: a value reached, about
    m = _share_re().search(text, max(0, start - 24), start)
    return lexicon.qualifiers()[("before", m.group("q"))] if m else None


def fraction(numerator: Decimal, denominator: Decimal, approx: str | None) -> Resolved:
    """A fraction's figure: its value to ten places (三分之一 → 0.3333333333), unit 分数."""
    return Resolved((numerator / denominator).quantize(_PLACES).normalize(), None, "分数", "fraction", approx, "fraction")


_QUOTED_VALUES = frozenset({"percent", "percentage_point"})  # kinds no slogan is made of (but “1元”公交, “2元”看病: money)


def _is_name_or_rank(c: Candidate, text: str, kind: str) -> bool:
    at = c.start
    while at and text[at - 1] in PUNCTUATION.spaces:
        at -= 1  # 第 22 位: spaces between a mark and its number
    before = text[at - 1] if at else ""
    if before in _ORDINAL_BEFORE and not c.pre and not (before == "前" and at > 1 and text[at - 2] in _NOT_ORDINAL
                                                        and not text.endswith(_NET_TRADES, 0, at - 1)):
        return True  # 第33届, 前10名, 居全国第2位, 外资买超前10名 (not 提前一个月)
    if before == "后" and c.unit in _RANK_UNITS and not c.pre:
        return True  # 排名前20位和后20位城市名单: the bottom of a ranking (not 后3年: no rank's unit)
    if before and before in _OPEN_QUOTES and kind not in _QUOTED_VALUES and \
            (_CLOSE_QUOTE.match(text, c.end) or _QUOTED_LIST_AFTER.match(text, c.end)):
        return True  # “五个中心”, “三个聚焦、四个坚持”: a slogan in quotes (not 目标为“5%左右”: a value quoted)
    if before in "、" and (items := _QUOTED_ITEMS_BEFORE.search(text, max(0, at - _SLOGAN_REACH), at)) and \
            (after := _QUOTED_ITEMS_AFTER.match(text, c.end)) and \
            items.group().count("、") + after.group().count("、") >= _SLOGAN_ITEMS - 1:
        return True  # “三个聚焦、四个坚持、五个着力”: the items of a slogan in quotes
    if text.endswith(_LABEL_BEFORE, 0, c.start):
        return True  # 如表1所示, 见图2: the number of a table or a figure
    if c.num in _WEEKDAYS and not c.pre and c.unit not in ("天", "日") and text.endswith(WEEK, 0, at) and \
            not text.endswith(_WEEKS_COUNTED, 0, at - 1 if text[at - 1] in "周週" else at - 2):
        return True  # 周三起, 星期五前: a day of the week (not 每周三次, 一周三次: a count per week; 黄金周五天: days)
    if c.num == "零" and kind == "count":
        return True  # 零部件, 零件: a word, not zero of something
    if kind == "count" and c.num in ("一", "壹") and not c.pre and not c.half and \
            not (bare(c.unit or "") in ("人", "名", "例") and _toll(text, c.start)):
        return True  # 一批, 一项, 一个: an article, not a count (but 死亡一人, 失踪一人: a toll; 增加一例: a case)
    if before in _LIST_MARKS and c.unit:
        m = _ORDINAL_LIST.search(text, max(0, c.start - _ORDINAL_REACH), c.start - 1)
        if m is not None and m.group("unit") == c.unit:
            return True  # 第十七条、十八条: 第 holds for the list
        if not c.pre and _ORDINAL_BARE.search(text, max(0, c.start - _ORDINAL_REACH), c.start - 1):
            return True  # 第一、二轮, 第1、2名: the unit said once, after the last
    if c.unit == "次" and text.startswith(_BODIES, c.end) and _SESSION.search(text, max(0, c.start - _SESSION_REACH), c.start):
        return True  # 九届十七次董事会: a session of a body's term (not 第十届全运会期间共开展3次演练)
    if c.unit in _RANK_UNITS and before in "（(" and text.startswith(("）", ")"), c.end) and \
            _RANKING_NAMED.search(text, max(0, at - _RANKING_REACH, *(text.rfind(e, 0, at) for e in "。；;！？\n，,：:")),
                                  at) is not None:
        return True  # 排名进入前50的城市有遂宁(22位)、雅安(25位): each one's place, in brackets after its name, the ranking
        # named in its clause (not 排名方面，遂宁获奖专家最多(22位): people)
    return c.unit in _RANK_UNITS and _RANKED_BEFORE.search(text, max(0, at - _RANKED_REACH), at) is not None  # 排名3位,
    # 分列四到十位, 分列全省一、二位: places in a ranking (not 新增院士3位)


_RANKING_NAMED = re.compile("排名|排位|排行|位次|名次|榜")  # a ranking the sentence speaks of

_RANKING_REACH = 80
_RANK_BEFORE = ("排名", "位居", "排在", "分列", "位列", "分居", "跃居", "并列", "列", "居")
# …right before the number, or before the set ranked in and earlier items of a list (分列全省一、二位)
_RANKED_BEFORE = re.compile(rf"(?:{'|'.join(_RANK_BEFORE)})(?:全[国省市区县州]|全球|世界)?"
                            rf"(?:(?:上升|提升|跃升|前移|前进|下降|下滑|后退|回落)?(?:到|至)|为|是)?"  # (排名上升到13位: the place
                            rf"(?:[0-9一二三四五六七八九十]{{1,2}}[、和])*\Z")  # reached; not 排名上升3位, the places gained)
_RANKED_REACH = 10


_WEEKDAYS = frozenset("一二三四五六日天")
WEEK = ("周", "週", "星期", "礼拜", "禮拜")  # the words a weekday follows (周三, 星期五)
_WEEKS_COUNTED = ("每", "一", "两", "兩", "二", "三", "几", "幾", "数", "數", "个", "個", "各", *"0123456789")
_SESSION = re.compile(r"[0-9〇零一二两三四五六七八九十]+届[^，。；,;：:、]{0,8}\Z")
_SESSION_REACH = 14
_BODIES = ("董事会", "监事会", "常委会", "常务委员会", "股东大会", "党委会", "理事会", "委员会", "主席会议", "主任会议",
           "常务会议", "党组会议")
_LIST_MARKS = frozenset("、和及")
_TOLL_WORDS = ("死亡", "死亡人数", "失踪", "受伤", "遇难", "重伤", "轻伤", "身亡", "丧生", "获救",  # read simplified
               "新增", "增加", "减少", "增加了", "减少了", "确诊", "治愈", "病例")  # (and cases: 增加一例, 新增确诊病例一例)


def _toll(text: str, start: int) -> bool:
    """Does a word of casualties or cases stand right before ``start`` (死亡一人, 增加一例), not after 每 (每死亡一人赔偿80万元:
    a rate's base)?"""
    word = next((w for w in _TOLL_WORDS if text.endswith(w, 0, start)), None)
    return word is not None and not text.endswith("每", 0, start - len(word))

_LABEL_BEFORE = ("如表", "见表", "附表", "如图", "见图", "附图", "如表 ", "见表 ", "如图 ", "见图 ")
_ORDINAL_BARE = re.compile(r"第[0-9〇零一二两三四五六七八九十百千]+(?:[、和及][0-9〇零一二两三四五六七八九十百千]+)*\Z")
_ORDINAL_REACH = 16
_ORDINAL_LIST = re.compile(r"第[0-9〇零一二两三四五六七八九十百千]+(?P<unit>[\u4e00-\u9fff])"
                           r"(?:[、和及][0-9〇零一二两三四五六七八九十百千]+(?P=unit))*\Z")


@cache
def _per_before_re() -> re.Pattern[str]:
    compounds = lexicon.compounds()
    units = lexicon.alternation(lexicon.units())
    stop = re.escape(PUNCTUATION.clause_breaks)
    words = lexicon.alternation(lexicon.changes())
    return re.compile(rf"{re.escape(compounds.per)}(?P<den>{units})(?=[^{stop}0-9]{{0,{compounds.per_reach}}}\Z)"
                      rf"[^{stop}0-9]*?(?:{words})[^{stop}0-9]*\Z")


def _per_before(c: Candidate, text: str, unit: tuple[str, str, Decimal]) -> tuple[str, str, Decimal]:
    """累计每吨降幅达72元: a change of a price 每… a few words before keeps the price's unit (72 元/吨); an amount
    per head (每户补助10-15万元) stays money."""
    lo = _per_window(c, text)
    if text.find(lexicon.compounds().per, lo, c.start) < 0 and text.find("一", lo, c.start) < 0 and \
            text.find("均", lo, c.start) < 0:
        return unit  # the common case, in one step
    m = _per_before_re().search(text, lo, c.start) or _per_any_re().search(text, lo, c.start)
    return (_compound(unit, _denominator(m)) or unit) if m else unit


_PRICE_LIST_REACH = 20  # characters of earlier prices of a list between 每… and a price


def _per_window(c: Candidate, text: str) -> int:
    """Where a 每… before the candidate may start (每斤8元、10元和12元: past earlier prices of a list, however long)."""
    listed = _EARLIER_PRICES.search(text, max(0, c.start - _PRICE_LIST_REACH * 4), c.start) \
        if c.start and text[c.start - 1] in _LIST_JOINS else None
    start = listed.start() if listed is not None and listed.start() < c.start - _PRICE_LIST_REACH else c.start - _PRICE_LIST_REACH
    return max(0, start - lexicon.compounds().per_reach - 8)


_LIST_JOINS = frozenset("、和及与")
_EARLIER_PRICES = re.compile(r"(?:[0-9０-９][0-9０-９.,]*(?:元|块)[、和及与]\s*)+\Z")  # (…40.12元、15.36元、…42.31元和22.25元)


def _denominator(m: re.Match[str]) -> str:
    """The denominator a match of _per_before_re or _per_any_re names (每吨…, 一斤…)."""
    return m.group("den") or m.groupdict().get("den1") or m.groupdict().get("den2")  # (亩均收入2000元: per mu)


def _per_area_before(c: Candidate, text: str, unit: tuple[str, str, Decimal]) -> tuple[str, str, Decimal]:
    """每公顷产量达3234.4公斤: a mass a few words after 每 and an area is a yield per that area (公斤/公顷)."""
    lo = _per_window(c, text)
    if "/" in unit[0] or text.find(lexicon.compounds().per, lo, c.start) < 0:
        return unit  # the common case, in one step
    m = _per_any_re().search(text, lo, c.start)
    if m is None or lexicon.denominators()[_denominator(m)].kind != "area":
        return unit
    return _compound(unit, _denominator(m)) or unit


@cache
def _per_after_re() -> re.Pattern[str]:
    """每 and a unit in brackets right after an amount, alone or declared for what follows: (每公斤), （每吨，下同）,
    (噸價,下同) — a price per ton."""
    per = re.escape(lexicon.compounds().per)
    den = lexicon.alternation(lexicon.denominators())
    return re.compile(rf"[（(](?:{per}(?P<den>{den})|(?P<priced>{den})价)(?P<same>[，,、]?下同)?[）)]")


def _per_after(c: Candidate, text: str, unit: tuple[str, str, Decimal]) -> tuple[str, str, Decimal]:
    """本周平均价为19.35元(每公斤,下同): the unit an amount is a price per, in brackets right after it, or declared so
    for the amounts after it in its paragraph (4461元(吨价,下同)，…高线平均价格为4569元: 元/吨 both; not 成交额5亿元)."""
    if "/" in unit[0]:
        return unit  # a price already: 每吨降幅达72元（每吨，下同）
    m = _per_after_re().match(text, c.end) if text.startswith(("(", "（"), c.end) else None
    if m is None and _declarations(text) and "万" not in c.num and "亿" not in c.num and \
            not _OTHER_AMOUNT.search(text, _clause_opened(text, c.start), c.start):  # (most texts declare nothing)
        m = _declared_before(text, c.start)
    if m is None:
        return unit  # the common case
    den = m.group("den") or m.group("priced")
    if lexicon.denominators()[den].kind not in lexicon.compounds().per_any_kinds:
        return unit  # (每月, 每户, 每人: an amount a month, a household, a head — money, as 每户补助10万元 is)
    return _compound(unit, den) or unit


# A clause that names another amount than a price before it: no place for a unit declared with 下同 (养殖户平均每头盈利200元,
# 职工月均工资6800元; but 线材报3900元, 小麦2800元: the list's other prices)
_OTHER_AMOUNT = re.compile(r"每|人均|户均|亩均|月均|年均|工资|盈利|收益|利润|收入|营收|补贴|补助|成本|投资|成交额|销售额|金额")


def _declared_before(text: str, start: int) -> re.Match[str] | None:
    """The last unit declared for what follows ((每吨，下同), (吨价,下同)) before ``start`` in its paragraph."""
    found = None
    for m in _declarations(text):
        if m.end() > start:
            break
        found = m
    if found is None or "\n" in text[found.end() : start]:
        return None
    return found


@lru_cache(maxsize=8)
def _declarations(text: str) -> tuple[re.Match[str], ...]:
    if "下同" not in text:
        return ()  # the common case, once per text
    return tuple(m for m in _per_after_re().finditer(text) if m.group("same"))


_RATE_NUMERATOR_KINDS = frozenset({"mass", "length"})
_RATE_GAP = 6  # characters between a rate word and its figure: 平均亩产量只有, 亩产都在
_RATE_LIST_REACH = 40  # the earlier items of a list of rates, read back at most so far


@cache
def _rate_before_re() -> re.Pattern[str]:
    """A rate word (亩产, 时速) a few words before the figure in its clause, no figure between: 夏粮亩产达到, 平均亩产量只有."""
    stop = re.escape(PUNCTUATION.clause_breaks)
    earlier = _earlier_items(r"[0-9][0-9.,]*[万亿萬億]?[\u4e00-\u9fff]{0,2}")  # (亩产分别增加4.8公斤、3.3公斤: every item's)
    return re.compile(rf"(?P<rate>{lexicon.alternation(_rate_words())})量?[^{stop}0-9０-９]{{0,{_RATE_GAP}}}{earlier}\Z")


@cache
def _rate_words() -> dict[str, str]:
    """Every rate word read before a figure and its denominator: those of a mention (亩产) and those only before (单产)."""
    return {**lexicon.compounds().rates, **lexicon.compounds().rates_before}


def _rate_before(c: Candidate, text: str, unit: tuple[str, str, Decimal]) -> tuple[str, str, Decimal]:
    """亩产达到370.4公斤 is 公斤/亩 as 亩产370.4公斤 is: the rate word of compound_units.toml a few words before."""
    m = _rate_before_re().search(text, max(0, c.start - _RATE_GAP - 5 - _RATE_LIST_REACH), c.start)
    if m is None:
        after = None if text.endswith(_LENGTH_NAMED, 0, c.start) else _RATE_AFTER.match(text, c.end)  # 以25到30公里的时速
        # 移动: the rate word after the figure and 的 (not 该路段全长30公里的时速限制: a length named)
        return unit if after is None else _compound(unit, lexicon.compounds().rates[after.group(1)]) or unit
    den = _rate_words()[bare(m.group("rate"))]
    return _compound(unit, den) or unit


_RATE_AFTER = re.compile(r"的(时速|秒速)(?![约达为高]?[0-9０-９一二三四五六七八九十百]|限)")
_LENGTH_NAMED = ("全长", "长", "长度", "里程", "全程")  # (not 全长350公里的时速350公里高铁:
# the next figure's rate)


@cache
def _per_any_re() -> re.Pattern[str]:
    compounds = lexicon.compounds()
    stop = re.escape(PUNCTUATION.clause_breaks)
    measures = [s for s, u in lexicon.denominators().items() if u.kind in compounds.per_any_kinds]
    # (a colon may end the label: 每股收益:-0.40元), and earlier prices of a list may stand between: 每公斤12元和16元
    earlier = _earlier_items(rf"[0-9][0-9.,]*[万亿萬億]?(?:{_money_words()})?")
    areas = [s for s, u in lexicon.denominators().items() if u.kind == "area"]
    return re.compile(rf"(?:{re.escape(compounds.per)}(?P<den>{lexicon.alternation([*compounds.per_any, *measures])})"
                      rf"|{_ONE}(?P<den1>{lexicon.alternation(measures)})|(?P<den2>{lexicon.alternation(areas)})均)"
                      rf"(?:[^{stop}0-9]{{0,{compounds.per_reach}}}|[^{stop}0-9]{{0,{_PRICE_NAMED_REACH}}}{_PRICE_NOUN})"
                      rf"[:：]?\s*[-−]?{earlier}\Z")


# A price's noun closing a longer gap after 每… (每平方米实用面积平均价格为93795元, …平均价格(92444元)): the price per that unit.
_PRICE_NOUN = r"(?<!总)(?:价格|均价|单价|售价|房价|租金)(?:为|是|达|约)?[（(]?"  # (not 总价格为3亿元: the total)
_PRICE_NAMED_REACH = 14


_ONE = "(?<![0-9一二三四五六七八九十百千万亿两第])一"  # 一斤 standing for 每斤 (一斤可以卖到6元左右; not 十一斤, 第一吨)
_ONE_RE = re.compile(_ONE)


@cache
def _money_words() -> str:
    """The units of money of factor 1 (元, 美元, 港元 …), as an alternation."""
    return lexicon.alternation(s for s, u in lexicon.units().items() if u.kind == "money" and u.factor == 1)


@cache
def _price_after_one_re() -> re.Pattern[str]:
    stop = re.escape(PUNCTUATION.clause_breaks)
    return re.compile(rf"[^{stop}0-9]{{0,{lexicon.compounds().per_reach}}}?[0-9][0-9.,]*(?:{_money_words()})")


def _per_one(c: Candidate, text: str, kind: str) -> bool:
    """Is the candidate 一 and a unit of mass, volume, area or energy with an amount of money a few words after it in its
    clause (一斤可以卖到6元)? Then it stands for 每斤: the price's denominator, no figure."""
    return c.num == "一" and not (c.pre or c.high) and kind in lexicon.compounds().per_any_kinds and \
        _ONE_RE.match(text, c.start) is not None and _price_after_one_re().match(text, c.end) is not None


def _announces(c: Candidate, text: str, kind: str) -> bool:
    """三个特点：一是…, 两项指标分别…: a small count that announces the text's own list or points back to it; 西北五省区:
    a count that names a group of regions."""
    if kind != "count" or c.pre or c.high:
        return False
    groups, units = lexicon.region_groups()
    name = next((n for n in groups if text.endswith(n, 0, c.start)), None) if c.unit in units else None
    if name is not None and parse_number(c.num) in groups[name]:
        opened = _clause_opened(text, c.start)
        if not text.endswith("等", 0, c.start - len(name)) and "、" not in text[opened : c.start]:
            return True  # 西北五省区, 中部六省: a group's name (not 山西、…甘肃等中西部8省区: the members' count)
    most, reach, after, unless = lexicon.list_announcers()
    if _points(text, c.start) or (text.startswith(lexicon.argument_nouns(), c.end) and
                                  not _MODIFIER_NOUN.match(text, c.end)):
        value = parse_number(c.num)
        return value is not None and value <= most  # 三个方面, 三项机制; 这两款, 以下两种
    if _announcer_chars().isdisjoint(text[c.end : c.end + reach + 1]) or \
            _announcer_re().match(text, c.end, c.end + reach + 3) is None:
        return False  # the common case, in one step
    if _MEMBERS_LISTED.search(text, _clause_opened(text, c.start), c.start):
        return False  # 江西、福建两省分别…: the count of the members listed right before it
    value = parse_number(c.num)
    if value is None or value > most:
        return False
    window = text[c.end : c.end + reach + 3]
    if any(word in window for word in unless):
        return False
    cut = next((i for i, ch in enumerate(window) if ch in _COMMAS), None)
    # 事故3起,死亡4人,同比分别下降50%、42.9%: after a comma, 分别 spreads over the figures before it, this one among them
    return cut is None or not _DIGITS_BEFORE.search(text, max(0, c.start - _LIST_BACK), c.start)


_COMMAS = frozenset("，,")
_MEMBERS_LISTED = re.compile(r"[^0-9０-９、]+、[^0-9０-９]+\Z")  # names joined by 、 up to the count, no figure among them
_DIGITS_BEFORE = re.compile(r"[0-9０-９](?![0-9０-９.．\-]|[年月日号])[^。；;！？!?]*[，,][^。；;！？!?，,]*\Z")  # (a figure, not a date)
_LIST_BACK = 24


def _names_days(c: Candidate, text: str, kind: str) -> bool:
    """4月29日、30日两天, 5月1日至3日三天: a count of the days just named, no figure of its own."""
    return kind == "duration" and not c.pre and c.unit in _DAYS and \
        _DAYS_LISTED.search(text, max(0, c.start - _DAYS_REACH), c.start) is not None


_DAYS = ("天", "日")
_DAYS_REACH = 40  # characters of the list of days before their count: a bound on the work per figure
_DAY = r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[日号]"
_DAYS_LISTED = re.compile(rf"{_DAY}(?:(?:、|和|至|到|—|-|－|~)(?:[0-9０-９]{{1,2}}月)?{_DAY})+\Z")


def _points_back(c: Candidate, text: str, kind: str) -> bool:
    """A count of any size after a pointer back (这35家公司的拟回购金额…, 上述3个项目) names a set counted before it, no
    new figure."""
    if kind != "count" or c.pre or c.high:
        return False
    return text[: c.start].rstrip(PUNCTUATION.spaces).endswith(lexicon.pointers_back())


def _places_named_before(c: Candidate, text: str, kind: str) -> bool:
    """…主要集中在锡林郭勒盟、通辽市、赤峰市，一季度3个盟市风力发电量…: a count of places in a later clause, equal to the
    number of places an earlier clause of its sentence listed, points back to them (not 北京、天津…7省市, right after
    them: their count)."""
    if kind != "count" or c.pre or c.high:
        return False
    noun = _PLACE_NOUN.match(text, c.end) if c.unit == "个" else None
    if not (c.unit in _PLACE_COUNTS or noun) or text.startswith("级", noun.end() if noun else c.end) or \
            text.endswith(_OTHERS, 0, c.start):
        return False  # (新增3个省级园区: a grade; 另有3个市州, 再新增3个市: others)
    value = parse_number(c.num)
    opened = _clause_opened(text, c.start)
    if value is None or not 1 < value <= _PLACES_POINTED or opened == 0 or "、" in text[opened : c.start]:
        return False  # (横跨北京、天津、河北3省市: the count of its own clause's list)
    back = max(0, opened - _PLACES_BACK)
    lo = max([back] + [text.rfind(ch, back, opened) + 1 for ch in PUNCTUATION.full_stops])
    listed = None
    for listed in _PLACES_LISTED.finditer(text, lo, opened - 1):
        pass
    return listed is not None and len(_PLACE_JOINERS.split(listed.group())) == value


_PLACE_SUFFIX = "(?:市|盟|县|区|州|旗|省)"
_PLACES_LISTED = re.compile(rf"[\u4e00-\u9fff]{{1,6}}?{_PLACE_SUFFIX}(?:[、和及与][\u4e00-\u9fff]{{1,6}}?{_PLACE_SUFFIX})+")
_PLACE_JOINERS = re.compile("[、和及与]")
_PLACE_COUNTS = ("市", "省", "县", "区", "盟市", "地市", "城市", "省份", "省区", "省市")
_PLACE_NOUN = re.compile(r"(?:盟市|城市|地市|市|省份|省区|省市|省|县市区|县区|县|区县|区|旗)")
_PLACES_POINTED = 10
_PLACES_BACK = 96  # characters of the sentence looked back over for the list: a bound on the work per figure
_OTHERS = ("另有", "其余", "其他", "再", "新增", "又", "另", "还有")


def _points(text: str, start: int) -> bool:
    """Does a pointer (这, 上述, 以下 …) stand right before ``start``: not a qualifier after a number (60岁以下3人,
    1000元以下3户: 以下 there belongs to the figure before)?"""
    words = lexicon.pointers()
    if not text.endswith(words, 0, start):
        return False  # the common case, in one step
    word = next(w for w in words if text.endswith(w, 0, start))
    if word != _BELOW:
        return True
    return not _AFTER_A_NUMBER.search(text, max(0, start - len(word) - 3), start - len(word))


_BELOW = "以下"  # also a qualifier after a number: 60岁以下
_AFTER_A_NUMBER = re.compile(r"[0-9〇零一二两三四五六七八九十百千万亿][\u4e00-\u9fff%‰]{0,2}\Z")


def _is_rate_base(c: Candidate, text: str) -> bool:
    """每10万人, 每千人口: a figure right after 每 is the base of a rate, not a figure of its own."""
    per = lexicon.compounds().per
    at = c.start
    while at and text[at - 1] in PUNCTUATION.spaces:
        at -= 1  # 每 10股派发现金红利: spaces after 每 too
    if not c.per and at >= len(per) and text.startswith(per, at - len(per)):
        return True
    if not c.per and text.endswith(_EVERY, 0, at):
        return True  # 每隔两小时放出1300张票: the interval a count is per
    # 每销售100辆汽车，就有近40辆: the base of a share after 每 and a verb, when 就 brings the share
    return _PER_VERB.search(text, max(0, at - 4), at) is not None and _SHARE_AFTER.match(text, c.end) is not None


_EVERY = ("每隔", "每间隔")
_PER_VERB = re.compile(r"每(?:销售|卖出|售出|出售|生产|购买|买入|产出|招收|接待|培训|检测|卖|买|产)\Z")  # not 每亩补贴150元
_SHARE_AFTER = re.compile(r"[^。；;！？!?，,]{0,8}[，,]?(?:就|便)(?:有|会|要|能|可)")


def _fraction(c: Candidate, text: str) -> Resolved | None:
    den, num = parse_number(c.denominator or ""), parse_number(c.num)
    if not den or num is None:
        return None
    approx = _approx(c, c.num) or _share_approx(c, text)  # 约占全国的四分之一
    if den == _HUNDRED:
        return Resolved(num, None, "%", "percent", approx, "fraction_percent")
    return fraction(num, den, approx)


_PAIR_DIGITS = "一二三四五六七八九"


def _digit_pair(num: str) -> tuple[Decimal, Decimal] | None:
    """Two digits in a row read as a range: before a multiplier rising (四五千 → 4000..5000, 八九亿, 三五百, 三四十),
    else neighbours, alone or after a multiplier (三四亩 → 3..4, 十二三岁 → 12..13, 二十七八岁, 一百二三十 → 120..130,
    一千二三百, 二十三四万)."""
    if len(num) < 2 or num[-1] not in _PAIR_ENDS:
        return None  # the common case (Arabic digits, one digit), in one step
    m = _PAIR.search(num.replace("两", "二"))  # 两三千, 两三个
    if m is None:
        return None
    head, tail = num[: m.start("a")], m.group("tail")
    a, b = _PAIR_DIGITS.index(m.group("a")), _PAIR_DIGITS.index(m.group("b"))
    if not (b == a + 1 or (b > a and tail and not head)):
        return None
    low, high = parse_number(head + num[m.start("a")] + tail), parse_number(head + num[m.start("b")] + tail)
    return (low, high) if low is not None and high is not None else None


_PAIR_ENDS = frozenset(_PAIR_DIGITS + "两十百千万亿")
_PAIR = re.compile(rf"(?:^|(?<=[十百千万]))(?P<a>[{_PAIR_DIGITS}])(?P<b>[{_PAIR_DIGITS}])(?P<tail>[十百千万亿]*)$")


_TWO_DIGITS = re.compile(r"[一二三四五六七八九]{2}|[0-9]{2}")


def _discount(c: Candidate) -> Decimal | None:
    """七五折 and 75折 are 75 %, read here as 7.5 (the 折 factor makes tenths percent); 十折 is no discount."""
    num = bare(c.num)
    if _TWO_DIGITS.fullmatch(num):
        value = parse_number(num) / _TEN
    else:
        value = parse_number(num)
    return value if value is not None and 0 < value < _TEN else None


def _cents(cents: str) -> Decimal:
    jiao, fen = cents.split("|")
    total = Decimal(0)
    if jiao:
        total += (parse_number(jiao) or 0) / _TEN
    if fen:
        total += (parse_number(fen) or 0) / _HUNDRED
    return total


def _high_sign(c: Candidate, low_sign: int) -> int:
    """-5~3℃ is −5…3 (a minus sign is its number's), -5~-3℃ is −5…−3, and 零下5至3度 is −5…−3 (a word is the
    range's)."""
    if c.high_sign:
        return -1
    return low_sign if c.pre in _SIGN_WORDS else 1


_TEN_POWERS = frozenset(Decimal(10) ** k for k in range(1, 13))
_FOLDS = Decimal("0.1")  # a numerator within a tenth of its canonical unit folds into it (斤); 克, 微克 stay


def _compound(unit: tuple[str, str, Decimal], per: str) -> tuple[str, str, Decimal] | None:
    """A unit per a denominator (compound_units.toml): 万元 per ㎡ is 元/平方米 times 10000; 元 per 克 stays 元/克.
    A numerator folds its factor when it is a power of ten (万元, 亿元, 万人), at least a tenth (斤 → 公斤) or money
    (港仙 → 港元); a
    denominator is written canonically only when its factor is 1."""
    if "/" in per:  # 元/平方米/月: the first denominator's compound, per the time after it
        first, time = per.rsplit("/", 1)
        inner = _compound(unit, first)
        return None if inner is None else (f"{inner[0]}/{_TIMES.get(time, time)}", inner[1], inner[2])
    canonical, kind, factor = unit
    table = lexicon.units()
    money_per = lexicon.compounds().money_per.get(bare(per)) if kind == "money" else None
    den = table[money_per] if money_per else lexicon.denominators().get(bare(per))  # 每度0.8465元: 元/千瓦时
    if den is None:
        return None
    # 亩产1300斤: 650 公斤/亩; money always (每股3.50港仙: 0.035 港元/股)
    numerator = canonical if factor >= _FOLDS or factor in _TEN_POWERS or kind == "money" else None
    if numerator is None:  # 微克 per 立方米: the numerator as written
        numerator = next(s for s, u in table.items() if u.unit == canonical and u.factor == factor)
        factor = Decimal(1)
    denominator = den.unit if den.factor == 1 else den.surface
    return f"{numerator}/{denominator}", lexicon.compounds().kind(kind, den.kind), factor


_TIMES = {"日": "天"}  # a price's time as the units write it (元/平方米/日 → 元/平方米/天)


# A currency quoted against another (新台币兑美元, 人民币对美元汇率): the numerator's unit and the denominator's, both read
# through units.csv (台币 → 新台币, 人民币 → 元).
_QUOTED_CURRENCIES = ("新台币", "台币", "人民币", "港币", "港元")
_CURRENCY_PAIR = re.compile(rf"(?P<num>{'|'.join(_QUOTED_CURRENCIES)})(?:汇率|汇价)?(?:兑|对)(?P<den>美元|欧元|日元|英镑|港元|港币|人民币)")
_QUOTE_REACH = 80  # characters back in the sentence a pair's quotes reach
_RATE_MAGNITUDE = 1000  # a rate quoted in 元 is a small number (31.516); an amount in the sentence is not (七〇〇億元)
_QUOTE_SPREAD = Decimal("0.1")  # how far a later quote of the day may stand from the first
_RATE_MOVE = re.compile(r"(?:升值|贬值|上调|下调|调升|调降)了?[ \u3000]*\Z")
_NUMBER_BEFORE = re.compile(r"[0-9]")  # (not 一 of 一度)
# What may open a clause that quotes a rate with no subject of its own: times, adverbs, quote and move verbs (一度逼近,
# 终场以, 盘中升破, 午后下探).
_QUOTE_PREFIX = re.compile(r"(?:今日|今天|盘中|早盘|午盘|午后|尾盘|终场|收盘|开盘|最终|随后|一度|再度|先|后|惊险|翻扬|翻升|走高|走低|"
                           r"以|收在|收于|收|报|逼近|升破|跌破|冲上|升抵|下探|贬至|升至|贬值|升值|作收|至|达|一举)*")
_QUOTE_NUMBER = re.compile(r"(?:[0-9][0-9.．]*|[〇○零一二三四五六七八九十][〇○零一二三四五六七八九十．.点]*)(?=[ \u3000]*(?:港?元))")


@cache
def _quoted_units() -> frozenset[str]:
    """元 and the units of the currencies a quote names (新台币, 港元)."""
    return frozenset(["元", *(lexicon.units()[name].unit for name in _QUOTED_CURRENCIES)])


def _quoted_rate(c: Candidate, text: str, unit: tuple[str, str, Decimal]) -> tuple[str, str, Decimal]:
    """新台币兑美元…一度逼近31.6元，收在31.516元: where the sentence quotes a currency against another, its small
    amounts of that currency are the rate (新台币/美元), not money."""
    if unit[2] != 1 or unit[0] not in _quoted_units() or c.high or \
            any(ch in c.num for ch in "万亿萬億") or (value := parse_number(c.num)) is None or value >= _RATE_MAGNITUDE:
        return unit
    pairs = list(_CURRENCY_PAIR.finditer(text, _sentence_back(text, c.start, _QUOTE_REACH), c.start))
    if not pairs:
        return unit
    pair = pairs[-1]
    numerator = lexicon.units()[pair.group("num")].unit
    if unit[0] not in ("元", numerator):
        return unit
    clause_end = min((k for k in (text.find(ch, pair.end()) for ch in PUNCTUATION.clause_breaks) if k >= 0),
                     default=len(text))
    if c.start >= clause_end and not _RATE_MOVE.search(text, max(0, c.start - 4), c.start):
        # a later clause: a quote only as near the pair's first quote as quotes of a day are (a move of the rate,
        # 升值0.256元, is in its unit whatever its size)
        first = _QUOTE_NUMBER.search(text, pair.end(), clause_end)
        if first is None:  # 新台币兑美元先升后贬，一度逼近31.6元: the first quote after the pair, if nothing else precedes
            first = _QUOTE_NUMBER.search(text, clause_end, c.end)  # and its clause names nothing else before it
            opened = _clause_opened(text, first.start()) if first else 0
            if first is not None and (_NUMBER_BEFORE.search(text, pair.end(), first.start()) or not _QUOTE_PREFIX.fullmatch(
                    normalize(text[opened : first.start()]).replace(pair.group("num"), "").strip(" \u3000"))):
                first = None  # (新台币兑美元先升后贬，台积电收在580元; …，便当价格上涨至120元)
        quoted = parse_number(first.group()) if first else None
        if not quoted or abs(value - quoted) > quoted * _QUOTE_SPREAD:
            return unit  # (新台币兑美元收在31.516元，台积电股价收在580元: the price of a share)
    den = lexicon.units()[pair.group("den")].unit
    return f"{numerator}/{den}", "price", Decimal(1)


def _sentence_back(text: str, start: int, reach: int) -> int:
    """Where the text a figure at ``start`` may read back opens: ``reach`` characters back, not past its sentence."""
    lo = max(0, start - reach)
    return max([lo] + [text.rfind(ch, lo, start) + 1 for ch in PUNCTUATION.sentence_breaks])


def _clause_opened(text: str, end: int, lo: int = 0) -> int:
    """Just after the last clause break of ``text[lo:end]`` (``lo`` if none)."""
    return max([lo] + [text.rfind(ch, lo, end) + 1 for ch in PUNCTUATION.clause_breaks])


def _commodity_quote(c: Candidate, text: str, unit: tuple[str, str, Decimal]) -> tuple[str, str, Decimal]:
    """金价…失守4000美元关口, 原油期货收报53.93美元: a bare amount of 美元 whose clause's subject is a commodity quoted per
    its market's unit (compound_units.toml [commodity_quotes]) is that price — the commodity named in the clause, or in
    the clause before when this one opens with a quote or a move; not with a word of an amount between (进口额)."""
    compounds = lexicon.compounds()
    if unit != ("美元", "money", Decimal(1)) or c.high or any(ch in c.num for ch in "万亿萬億"):
        return unit
    window = normalize(text[_sentence_back(text, c.start, compounds.commodity_reach) : c.start])
    found = None
    for found in _words_re(tuple(compounds.commodity_quotes)).finditer(window):
        pass
    if found is None or (found.start() and window[found.start() - 1] in compounds.commodity_not_after) or \
            any(word in window[found.end() :] for word in compounds.commodity_amounts):
        return unit
    own = _clause_opened(window, len(window))  # the figure's clause
    if found.start() < own and not window[own:].lstrip(" \u3000").startswith(compounds.commodity_carried_by):
        return unit  # (金价大涨，苹果公司股价收于230美元: another subject)
    if found.start() < own and _clause_opened(window, own - 1, found.end()) > found.end():
        return unit  # only the clause right before
    return f"美元/{compounds.commodity_quotes[found.group()]}", "price", Decimal(1)


def _share_quote(c: Candidate, text: str, unit: tuple[str, str, Decimal]) -> tuple[str, str, Decimal]:
    """寒武纪-U股价突破1300元, (收盘价:2.24元): an amount of money with no 万/亿 right after a share's price named in its
    clause (compound_units.toml `share_quotes`) or a dividend right before it (`share_dividends`: 派中期息49港仙) is a
    price per share (元/股, 港元/股)."""
    if unit[1] != "money" or "/" in unit[0] or c.high or any(ch in c.num for ch in "万亿萬億"):
        return unit
    lo = max(0, c.start - _SHARE_QUOTE_REACH)
    dividends = lexicon.compounds().share_dividends
    reach = max(map(len, dividends), default=0)
    if normalize(text[max(0, c.start - reach) : c.start]).endswith(dividends) and \
            lexicon.compounds().per not in text[max(0, c.start - reach * 3) : c.start]:
        return f"{unit[0]}/股", "price", unit[2]  # 派中期息49港仙: a dividend, what each share is paid (not 每10股派息3元,
        # 每手派息200元: per ten shares, per lot)
    if "价" not in text[lo : c.start] and "價" not in text[lo : c.start]:
        return _coded_quote(c, text, unit)  # (every word of share_quotes names a 价)
    lo = max([lo] + [text.rfind(ch, lo, c.start) + 1 for ch in PUNCTUATION.clause_breaks if ch not in ":："])
    window = normalize(text[lo : c.start])  # (收盘价:2.24元: past the colon)
    if not any(word in window for word in lexicon.compounds().share_quotes):
        return _coded_quote(c, text, unit)  # (新天價，收盤上漲30元: a price named in a clause before)
    return f"{unit[0]}/股", "price", unit[2]


_SHARE_QUOTE_REACH = 16
# A listed company's code in brackets (00358), (深圳﹕000858), （2330）, then a quote's verb right before the amount: 江西铜业
# 股份(00358)涨10.17%,报33.8港元; 台積電（2330）…上漲20元至1,405元.
_QUOTE_VERB = re.compile(r"(?:报|報|收|收报|收報|收于|收於|收在|见|見|至|穿|破|失守|守住|涨|漲|跌|升|降|上涨|上漲|下跌|高见|高見|低见|低見"
                         r"|来到|來到)了?[ \u3000]*\Z")
_CODE_REACH = 40


def _coded_quote(c: Candidate, text: str, unit: tuple[str, str, Decimal]) -> tuple[str, str, Decimal]:
    """An amount right after a quote's verb shortly after a company's code, in its sentence: a price per share."""
    lo = max(0, c.start - _CODE_REACH)
    if unit[2] == 1 and _SHARE_PRICE.fullmatch(c.num) and text[c.start - 1 : c.start] in ")） \u3000" and \
            any(code.end() == len(text[:c.start].rstrip(" \u3000")) for code in STOCK_CODE.finditer(text, lo, c.start)):
        return f"{unit[0]}/股", "price", unit[2]  # 比亞迪(01211) 282﹒2元 跌4﹒34%: a quote's row, the price right after
        # the code
    if not _QUOTE_VERB.search(text, lo, c.start):
        return unit  # the common case, in one step
    code = None
    if any(ch in text[lo : c.start] for ch in ")）"):
        for code in STOCK_CODE.finditer(text, lo, c.start):
            pass
    if code is None or any(ch in text[code.end() : c.start] for ch in PUNCTUATION.full_stops + "；;、"):
        return _market_quote(c, text, unit)
    return f"{unit[0]}/股", "price", unit[2]


def _market_quote(c: Candidate, text: str, unit: tuple[str, str, Decimal]) -> tuple[str, str, Decimal]:
    """An amount of 元 or 港元 right after a quote's verb, in a sentence of stock-market news (compound_units.toml
    `share_markets`, in the sentence or before it in its paragraph) that names no commodity and no currency pair: a
    share's price (台積電今天上漲30元，收1550元，…大盤; 台股今天…。台積電上漲15元，收1,460元)."""
    if unit[0] not in _SHARE_CURRENCIES or unit[2] != 1 or not _SHARE_PRICE.fullmatch(c.num):
        return unit
    lo = changes.sentence_start(text, c.start)
    sentence = normalize(text[lo : changes.sentence_end(text, c.end)])
    clause = normalize(text[max([lo] + [text.rfind(ch, lo, c.start) + 1 for ch in PUNCTUATION.clause_breaks]) : c.start])
    markets = lexicon.compounds().share_markets
    if not (any(word in sentence for word in markets) or
            (_SHARE_MOVES.match(sentence) and
             any(word in normalize(text[text.rfind("\n", 0, lo) + 1 : lo]) for word in markets))) or \
            any(word in sentence for word in _NOT_A_SHARE) or \
            any(word in clause for word in lexicon.compounds().commodity_amounts + _AMOUNTS) or "价" in clause:
        return unit  # (not 收益减少17.6%至约人民币277,261,000元, …成分股…: an amount of the company's; nor 便当价格上涨至120元:
        # another thing's price)
    return f"{unit[0]}/股", "price", unit[2]


# A sentence that opens with a name and its quote's move (台積電上漲15元): a share's, after market news in its paragraph
# (not 中油宣布…汽油…調漲0.3元, 便當價格上漲5元, 長者生活津貼增加至4,195元)
_SHARE_MOVES = re.compile(r"\s*(?:[^，,。；;]{0,8}[，,])?[\u4e00-\u9fff]{2,6}(?<![价價格费費贴貼资資上下])"
                          r"(?:今[(（][0-9]{1,2}[)）]日|今天|今日|昨天|昨日|终场|終場|盘中|盤中)?"
                          r"(?:上涨|上漲|下跌|涨|漲|跌|升|挫|收|报|報|大涨|大漲|大跌)")  # (另外，騰訊收報380港元; 國泰金下跌0.5元;
# 匯豐升1.2%，報65港元; 聯發科今(10)日上漲20元)
_SHARE_CURRENCIES = ("元", "港元")
_SHARE_PRICE = re.compile(r"(?:[0-9]{1,5}|[0-9]{1,2},[0-9]{3})(?:\.[0-9]+)?")  # a share's price in digits (1,550; not 277,261,000)
# What makes a market sentence's quote another thing's: a commodity, a currency against another, a fund's unit.
_NOT_A_SHARE = ("金价", "黄金", "白银", "原油", "油价", "期货", "汇率", "兑", "中间价", "基金", "债")
_AMOUNTS = ("收益", "盈利", "亏损", "营业", "销售", "募资", "融资", "余额")  # amounts a company's clause names


# A distribution per a number of shares (每10股派发现金红利3.5元, 每10股派2元): a price per share, the value divided.
_PER_SHARES = re.compile(r"每 ?(?P<n>[0-9]{1,3}|十|百) ?股(?:[^，,。；;0-9]{0,10})\Z")  # 每 10 股: a PDF's spaces


def _per_shares(c: Candidate, text: str, unit: tuple[str, str, Decimal]) -> tuple[str, str, Decimal]:
    if unit[1] != "money" or "/" in unit[0] or "股" not in text[max(0, c.start - 18) : c.start]:
        return unit  # the common case, in one step
    m = _PER_SHARES.search(text, max(0, c.start - 18), c.start)
    if m is None:
        return unit
    shares = parse_number(m.group("n"))
    return (f"{unit[0]}/股", "price", unit[2] / shares) if shares else unit


_SPACED_YEAR = re.compile(r"[ \u3000\u2009\xa0]+年")


def resolve(c: Candidate, text: str) -> Resolved | None:
    """Value, unit and kind of a candidate, or None when the span is no figure (bare numeral, name, rank)."""
    if c.unit == "年" and not c.pre and len(c.num) == 4 and c.num.isdigit():
        return None  # 2025年: a year, the commonest candidate of all, dismissed first
    if c.unit is None and not c.pre and len(c.num) == 4 and c.num.isdigit() and _SPACED_YEAR.match(text, c.end):
        return None  # 比 2024 年均实现增长: a year set apart by spaces, as PDFs print them
    if c.denominator is not None:
        return _fraction(c, text)
    unit = _unit_of(c, text)
    if unit is not None and c.per:
        count = PER_COUNT_RE.match(c.per) if bare(c.per) not in lexicon.denominators() else None  # (130部/百人 as written;
        # find.py counts a weight only: 1009元/50千克, 120元/百斤)
        unit = _compound(unit, c.per[count.end() :] if count else c.per)
        if unit is not None and count:
            unit = (unit[0], unit[1], unit[2] / parse_number(count.group()))  # 1009元/50千克: 20.18 元/公斤
    if unit is None:
        return None
    if not c.per and unit[1] == "money":
        unit = _per_before(c, text, unit)  # 每吨降幅达72元
        unit = _per_after(c, text, unit)  # 本周平均价为19.35元(每公斤,下同)
        unit = _quoted_rate(c, text, unit)  # 新台币兑美元…收在31.516元
        unit = _commodity_quote(c, text, unit)  # 金价…失守4000美元关口
        unit = _share_quote(c, text, unit)  # 股价突破1300元, 收盘价:2.24元
        unit = _per_shares(c, text, unit)  # 每10股派发现金红利3.5元
    elif not c.per and unit[1] in _RATE_NUMERATOR_KINDS:
        unit = _rate_before(c, text, unit)  # 亩产达到370.4公斤
        unit = _per_area_before(c, text, unit)  # 每公顷产量达3234.4公斤
    canonical, kind, factor = unit
    if _is_name_or_rank(c, text, kind) or _is_rate_base(c, text) or _announces(c, text, kind) or \
            _names_days(c, text, kind) or _places_named_before(c, text, kind) or _points_back(c, text, kind) or \
            _per_one(c, text, kind):
        return None
    value = _discount(c) if c.unit == "折" else parse_number(c.num)
    if value is not None and c.unit and c.unit.startswith("成") and len(c.unit.strip()) > 1:
        value += parse_number(c.unit.strip()[-1]) / _TEN  # 七成六 → 76 %
    if value is None:
        return None
    high = parse_number(c.high) if c.high else None
    if c.high and high is None:
        return None  # the high end is beyond the engine's numerals: no range, and not its low end alone
    pair = _digit_pair(c.num)
    if pair and high is None:
        value, high = pair  # 四五千 → 4000 to 5000
    if c.half:
        value += Decimal("0.5")
    if c.unit and c.unit.startswith("米") and len(tail := c.unit.strip()[1:]) > 0:
        value += Decimal("".join(str(parse_number(d)) for d in tail)).scaleb(-len(tail))  # 2米26, 一米八五
    if c.cents:
        value += _cents(c.cents)
    sign = -1 if c.pre in _NEGATIVE or c.minus else 1
    value = sign * value * factor
    if high is not None:
        high = _high_sign(c, sign) * high * factor
        if sign < 0 or c.high_sign:
            value, high = min(value, high), max(value, high)  # 零下3到5度 is −5…−3; 5~-3℃ is −3…5
    if high is not None:
        rule = "range"
    elif c.ratio:
        rule = "ratio_" + kind
    else:
        rule = ("unit_" if c.unit or c.currency else "label_" if _label_unit(c, text) else "implied_") + kind
    return Resolved(value, high, canonical, kind, _approx(c, c.num) or _share_approx(c, text), rule)
