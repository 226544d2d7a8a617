"""Changes: which figures are changes (增长18.4%), on what basis (同比), and what they qualify.

A figure is a change when a change word (changes.csv) stands right before it in its clause (同比增长18.4%), when
a comparative follows a base (比全国平均水平高2个百分点, 较2月份多成交57套) or precedes one (高于全省平均水平1.9个
百分点; comparisons.toml), or when a change noun follows it (6.4%的降幅). Its basis is the base's: a word of
bases.csv (同比, 环比, 比上年), an earlier time (比一季度, 较年初, 与2010年相比: vs_prior), or none for any other
base (全国平均水平); a change that names no base of its own takes the basis the sentence set before it
(同比减少3.4%;…减少3.7%).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from typing import NamedTuple

from etl.figures import lexicon

_PUNCTUATION = lexicon.punctuation()
CLAUSE_BREAKS = _PUNCTUATION.clause_breaks
SENTENCE_BREAKS = _PUNCTUATION.sentence_breaks
_LEAD_WINDOW = 24
_AVERAGE = ("平均", "年均")  # 年均增长, 两年平均增长: averaged over years, against no one base
# What may stand between a change noun and the verb that gives its new size (跌幅更扩大至, 降幅进一步收窄至).
_NOUN_TO_VERB = re.compile(r"(?:更|进一步|继续|再|又|也|略|稍|有所|明显|大幅|小幅|持续|逐步|逐月|已|最多|一度|一度最多)?")  # (跌幅最多扩大至)
_BASE_THEN_BOTH = re.compile(r"(?:比|较)(?:上|下)半年均\Z")  # 比上半年均提升: both rose on the first half
_BASE_REACH = 20  # characters a base may have: 比2000年到2010年的年平均增长率


class Change(NamedTuple):
    measure: str  # level | change
    sign: int
    basis: str | None
    trigger_start: int | None  # where the change word starts, for refers_to
    explicit: bool = False  # the change names a base of its own (比…, 较…, 高于…): it carries no basis over


LEVEL = Change("level", 1, None, None)


@cache
def _trigger_re() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.changes())
    # 提高到95%, 降至13%, 下降为2.67% are levels: the `to` group tells them apart (为 after a noun is no `to`:
    # 跌幅为1.27% is a change; so is a rate held: 涨幅控制在3%左右, 涨幅保持在1%以上 — not 失业率、价格涨幅分别控制在5%和3%:
    # a list of things held, each its own). An abbreviation in brackets may follow the word: 年增率(yoy)達12.68%, and so may the prices it is
    # at: 比上年增长(可比价)9.8%, or a footnote's mark: 名义增长[1]5.8%. 幅度 may follow the verb (上涨幅度分别为9.7%、4.2%).
    return re.compile(
        rf"(?P<word>{words})(?:[（(][A-Za-z]{{2,6}}[)）]|[（(]按?[^（()）]{{0,6}}价格?(?:计算)?[)）]|[\[［][0-9]{{1,2}}[]］])?(?P<extent>幅度(?=(?:分别|均|都)?(?:为|达|是|高达)|$))?(?P<to>到|至|为)?(?:了)?(?:分别)?(?:均|都|仍|还|已|也|仅|只|将|更){{0,3}}(?:为|达|达到|是|高达|可达|也有|有|约为|在|介乎|介于|(?<!分别)(?:保持在|稳定在|维持在|控制在))?了?[:：]?"
        rf"(?:(?:{_qualifiers_before()})了?)?[{re.escape(_PUNCTUATION.spaces)}]*$"
    )


@cache
def _object_change_re() -> re.Pattern[str]:
    """A change verb of changes.csv's `object` and a short object right before a percent (上调价格10%, 降低企业成本10%),
    no rate (率, 强度, 比重, 比例, 水平, 指数: its level), no word of a level reached (到, 至, 为) nor of a share (提高而增加的产值
    占62%)."""
    return re.compile(rf"(?P<word>{lexicon.alternation(lexicon.object_changes())})(?P<object>[^\W\d到至为在达是占而比使的_]{{1,12}})"
                      rf"(?<![率度重例比平数])(?:{_qualifiers_before()})?[{re.escape(_PUNCTUATION.spaces)}]*$")  # (not 提高
    # 城镇化率到60%, 提高研发投入强度2.5%: a rate's level)


# An object that names a price (电价, 票价, 价格, 车费, 租金): an amount of money after it and its change verb is the change
# (上调电价1.4港仙, 下调油价0.2元; not 提高企业收入100万元, 降低成本2亿元: what the change reached or saved is not said; nor
# 上调票价后…120元, the level after it, nor 降低企业用电价格1.2亿元, a sum saved)
_PRICE_OBJECT = re.compile(r"(?:价|价格|费|租|租金)$")


def _qualifiers_before() -> str:
    """The qualifiers that may stand between a change word and its number (下降约3%, 提高超10%) but 破, which makes one
    verb with the change word (跌破27,000點, 升破2000美元: a level crossed, not a change)."""
    return lexicon.alternation([q for q in lexicon.qualifier_surfaces("before") if q not in _VERB_MAKERS])


_VERB_MAKERS = ("破", "逼近")  # (上行逼近3100点: a level approached)


# An aside in brackets inside a base (2023年同期(2023年9月15日,下同)): read as one piece of it.
_ASIDE = r"[（(][^（()）]{0,20}[)）]"
_ASIDE_RE = re.compile(_ASIDE)
_NAMING_ASIDE = re.compile(r"(?:以下|下文)?简称|(?:以下|下文)?同|下同")


def _opened_base() -> str:
    """A regex for an opener and the base after it: 比一季度, 较2月份, 与2010年 (groups ``open`` and ``base``)."""
    stop = re.escape(CLAUSE_BREAKS)
    return (rf"(?P<open>{lexicon.alternation(lexicon.comparisons().openers)})"
            rf"(?P<base>(?:{_ASIDE}|[^{stop}]){{1,{_BASE_REACH}}}?)")


@cache
def _comparative_re() -> re.Pattern[str]:
    """比X高2个百分点 (a base, then a comparative) or 高于X1.9个百分点 (a comparative, then a base)."""
    c = lexicon.comparisons()
    # an aside in brackets counts as one character of the base: 高出全国(5.9%)、全省(6.4%)平均水平2.2个百分点
    opening, closing = re.escape("".join(_PUNCTUATION.opening_brackets)), re.escape("".join(_PUNCTUATION.closing_brackets))
    base_after = (rf"(?:[{opening}][^{closing}{re.escape(CLAUSE_BREAKS)}]{{0,12}}[{closing}]"
                  rf"|[^{re.escape(CLAUSE_BREAKS)}]){{1,{_BASE_REACH}}}?")
    return re.compile(
        rf"(?:{_opened_base()}(?P<cmp>{lexicon.alternation(c.comparatives)})(?:出|了)?[\u4e00-\u9fff]{{0,2}}?"
        rf"|(?<![不未])(?P<cmp_before>{lexicon.alternation(c.comparatives_before)})(?P<base2>{base_after}))"
        rf"(?:分别|均)?$"
    )


@cache
def _comparison_chars() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """(opener characters, comparative characters, comparatives before a base): what a comparison needs."""
    c = lexicon.comparisons()
    return frozenset("".join(c.openers)), frozenset("".join(c.comparatives)), tuple(c.comparatives_before)


def _may_compare(before: str) -> bool:
    """Can ``before`` hold a comparison: an opener and a comparative (比…高), or a comparative before a base (高于)?"""
    openers, comparatives, ahead = _comparison_chars()
    if not openers.isdisjoint(before) and not comparatives.isdisjoint(before):
        return True
    return any(word in before for word in ahead)


def _comparative(before: str) -> re.Match[str] | None:
    """The comparison ending ``before`` (比X高, 高于X), its opener no part of a word (比重, 较快)."""
    return _opened(before, _comparative_re())


def _opened(text: str, pattern: re.Pattern[str], at: int = 0) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text`` (from ``at``) whose opener is no part of a word that opens no base
    (按可比口径较2019年: 较, not the 比 of 可比)."""
    while (m := pattern.search(text, at)) is not None:
        if not m.group("open") or _opens(text, m, "open") is not None:
            return m
        at = m.start("open") + 1
    return None


@cache
def _base_re() -> re.Pattern[str]:
    """A base named before a change word: 比一季度, 较2月份, 与2010年相比, 较上一代."""
    c = lexicon.comparisons()
    return re.compile(rf"{_opened_base()}(?P<closer>{lexicon.alternation(c.closers)})?(?:{lexicon.alternation(c.adverbs)}|的|了)*$")


@cache
def _time_base_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{lexicon.comparisons().time_base})(?:的|以来|同期)?")


@cache
def _modified_time_re() -> re.Pattern[str]:
    return re.compile(rf"[\u4e00-\u9fff]的(?:{lexicon.comparisons().time_base})(?:同期)?\Z")


# A rate's noun after a figure compared with: 低于上年2.9%的涨幅 (the base's rate).
_RATE_NOUN_AFTER = re.compile(r"\s*的(?:同比|环比)?(?:涨幅|增幅|增速|降幅|跌幅|升幅|增长率|增长速度|上涨幅度|增长幅度|水平)")
def _base_right_before(before: str, end: int) -> bool:
    """Does a base (同比, 环比, 比上年) end right where the change word starts?"""
    return any(m.end() == end for m in _words_re("bases").finditer(before, max(0, end - 8), end))


# A comparison before 的 and a noun that it picks out, then the noun's value: 高于二级标准的天数为280天.
_MODIFIES = re.compile(r"的[\u4e00-\u9fff]{1,6}?(?:为|是|达|达到|有|共有|共|计|超过|突破)[ \u3000]*$")


@cache
def _words_re(table: str) -> re.Pattern[str]:
    """Any word of a lexicon table, as the group ``word``: "changes" (增长, 收窄 …) or "bases" (同比, 环比 …)."""
    words = lexicon.bases_pattern() if table == "bases" else lexicon.alternation(getattr(lexicon, table)())
    return re.compile(f"(?P<word>{words})")


@cache
def _sentence_cue_re() -> re.Pattern[str]:
    """What sets a basis for the rest of a sentence: 同比, 环比 (bases.csv) or 与2010年相比."""
    c = lexicon.comparisons()
    return re.compile(
        rf"从(?P<view>{lexicon.bases_pattern()})看"
        rf"|(?P<word>{lexicon.bases_pattern()})"
        rf"|(?:与|同|较)(?P<base>(?:{c.time_base})|[^{re.escape(CLAUSE_BREAKS)}]{{1,8}}?)"
        rf"[^{re.escape(_PUNCTUATION.sentence_breaks)}]{{0,24}}?(?:{lexicon.alternation(c.closers)})"
        rf"|与(?P<time>{c.time_base})比(?=[，,：:])"  # 与上年同期比，…上涨1.8%; 与上月比，… (a time, its clause alone)
    )


_RANKED = "领跑|领先|位居|位列|居|排名|排在|名列|冲进|冲入|跻身|挺进"  # verbs of a rank a rate is told before (以6.5%的增速领跑全省)


@cache
def _after_re() -> re.Pattern[str]:
    """A change noun after the figure: 6.4%的降幅, 9.8%、2.7%的价格下浮."""
    words = lexicon.alternation(set(lexicon.changes()) - lexicon.amount_nouns())  # (not 24.1%的增量: a share of one)
    # (then a clause break or a list's, or a predicate of a rank, a comparison or an outcome, an adverb of two characters
    # before it: 以6.5%的增速领跑全省, 5.8%的同比增速暂时排在首位, 以5.8%的经济增速实现良好开局, 居全国第一, 13.4%的消费增速远超
    # 5.3%的…, 以17.10%的
    # 同比增速、288.9亿元进出口总额成为…; not 5%的增速目标;
    # or 中 closing 在…之中: 在7月份2.7%的同比涨幅中, 翘尾影响约为0.9个百分点; 后 closing 继…之后: 继9月录得16.1%的同比升幅后，).
    # A base word before the noun gives its basis
    # (1.0%的CPI环比涨幅).
    return re.compile(rf"的(?:[\u4e00-\u9fffA-Z]{{0,4}}?(?P<basis>{lexicon.bases_pattern()}))?[\u4e00-\u9fffA-Z]{{0,4}}?"
                      rf"(?P<word>{words})(?:率|速度|幅度)?(?=[ \u3000]*[{re.escape(CLAUSE_BREAKS)}、]|[ \u3000]*$|[中后][，,]|大幅|明显"
                      rf"|(?!目标|要求|预期)[\u4e00-\u9fff]{{0,2}}?(?:{_RANKED}|高于|低于|快于|慢于|超过|超出|超|成为|实现|带动|拉动|势头"
                      rf"|是(?!由|靠|来自|在|从)|对应|意味着|相当于))")  # (5.2%的增长是来之不易的; not 30%的增长来自出口,
    # 40%的增长是由消费拉动的: a share of the growth)


@cache
def _gap_re() -> re.Pattern[str]:
    """What may stand between a figure and the change that qualifies it: 223.6万人报名，同比增长18.4%."""
    return re.compile(rf"[\u4e00-\u9fff]{{0,3}}[，,、]?(?:{lexicon.bases_pattern()})?(?:分别)?")


def lead(text: str, start: int, floor: int) -> tuple[int, str]:
    """The clause text just before ``start``, not reaching back past ``floor``. A colon right before the figure
    introduces it and ends no clause (同比上年增长:60%至77%); nor does a break inside an aside in brackets before it
    (比2023年同期(2023年9月15日,下同)增长37.9%)."""
    lo = max(floor, start - _LEAD_WINDOW)
    right_before = start - 1
    while right_before >= lo and text[right_before] in _PUNCTUATION.spaces:
        right_before -= 1
    if right_before >= lo and text[right_before] in _PUNCTUATION.closing_brackets:
        opened = max(text.rfind(b, lo, right_before) for b in _PUNCTUATION.opening_brackets)
        if opened >= lo and (any(c in CLAUSE_BREAKS for c in text[opened:right_before]) or
                             _NAMING_ASIDE.match(text, opened + 1) is not None):
            return lead(text, opened, floor)  # 同比增長(以下如無特別說明,均為同比名義增速)9.7%: an aside, its clause;
            # 同比增长(以下简称增长)7%: a short name defined on the way
    if _BRACKET.search(text, lo, start) is None:  # the common case: no aside in the window, its last break ends it
        rest = text[lo:start][::-1]  # read back from the figure
        m = _BREAK.search(rest)
        if m is not None and start - 1 - m.start() == right_before and m.group() in _PUNCTUATION.colons:
            m = _BREAK.search(rest, m.end())  # (a colon right before the figure introduces it)
        return (start - m.start(), text[start - m.start() : start]) if m is not None else (lo, text[lo:start])
    closing, opening = _CLOSING, _OPENING
    depth, i = 0, start - 1
    while i >= lo:
        ch = text[i]
        if ch in closing:
            depth += 1
        elif ch in opening:
            depth = max(0, depth - 1)
        elif ch in CLAUSE_BREAKS and not depth and not (i == right_before and ch in _PUNCTUATION.colons):
            return i + 1, text[i + 1 : start]
        if depth:
            lo = max(floor, lo - 1)  # an aside takes no room of the window
        i -= 1
    return lo, text[lo:start]


_CLOSING, _OPENING = frozenset(_PUNCTUATION.closing_brackets), frozenset(_PUNCTUATION.opening_brackets)
_BRACKET = re.compile(f"[{re.escape(''.join(_PUNCTUATION.closing_brackets + _PUNCTUATION.opening_brackets))}]")
_BREAK = re.compile(f"[{re.escape(CLAUSE_BREAKS)}]")


def _basis_of(base: str) -> str | None:
    """The basis a named base gives: bases.csv's (上年同期 …), vs_prior for an earlier time, else none. An aside in
    brackets is no part of it (2023年同期(2023年9月15日,下同))."""
    base = _ASIDE_RE.sub("", base).removesuffix("分别").removesuffix("均")  # (同比分别高10%、12%)
    for word, basis in lexicon.bases().items():
        if word[1:] == base:
            return basis
    return "vs_prior" if _time_base_re().match(base) or _modified_time_re().search(base) else None  # 比2010年, 较1955年
    # 这些企业的总产值, 较扩能改造前的2020年 (the time, told what it was)


def _opens(text: str, m: re.Match[str] | None, group: str) -> re.Match[str] | None:
    """``m`` unless its opener is part of a word that opens no base (比重, 占比, 较快)."""
    if m is None or m.group(group) is None:
        return m
    at, opener = m.start(group), m.group(group)
    for word in lexicon.comparisons().not_openers:
        i = word.find(opener)
        while i >= 0:
            if text.startswith(word, at - i):
                return None
            i = word.find(opener, i + 1)
    return m


_NUMERAL_IN = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿]")


_INNER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")


def classify(text: str, start: int, floor: int, kind: str | None = None, end: int | None = None) -> Change:
    """Is the figure at ``start`` (of ``kind``) a change? ``floor`` is the end of the previous figure. A figure in
    points (百分点, 基点) is a difference: a change word anywhere before it in its clause makes it a change
    (下调金融机构人民币存款准备金率0.5个百分点). A word that changes rates only (加快, 收窄) changes no count."""
    points = kind in ("percentage_point", "basis_point")
    lead_start, before = lead(text, start, floor)
    if (" " in before or "\u3000" in before) and (spaces := sum(map(len, _INNER_SPACE.findall(before)))):
        before = " " * spaces + _INNER_SPACE.sub("", before)  # 同比增 長126.7%: a page's space inside a word, read as
        # none (the length kept: the words near the figure keep their offsets)
    if text.startswith(_VERB_MAKERS, start) and _trigger_re().search(before):
        return LEVEL  # 上行逼近3100点, 跌破27000点: a level approached or crossed, the qualifier one verb with the change's
    m = _trigger_re().search(before)
    if m and before.endswith(lexicon.comparisons().not_changes, 0, m.end("word")):
        m = None  # 屡屡受挫3次: no change word
    if m is None and kind in ("percent", "money") and (verb := _object_change_re().search(before)) is not None and \
            (kind == "percent" or _PRICE_OBJECT.search(verb.group("object")) and "后" not in verb.group("object") and
             "亿" not in text[start : end or start]):
        return Change("change", lexicon.changes()[verb.group("word")], None, lead_start + verb.start())  # 上调价格10%:
        # raised by; 上調平均基本電價1.4港仙: a price raised by an amount
    if m and kind is not None and (m.group("word") in lexicon.rate_changes() and kind not in lexicon.RATE_CHANGE_KINDS
                                   or m.group("extent") and kind == "count"):
        return LEVEL  # (加快6个电站建设, 降低幅度两个指标: a rate's word before a count; not 上调幅度达到150元)
    if m and kind == "count" and m.group("word") in lexicon.change_nouns():
        return LEVEL  # 规模与增速在15个副省级城市中排名…: a rate's noun before a count of things, no change of them
    if m and kind == "duration" and before.endswith(lexicon.time_frames().run, 0, m.start("word")):
        return LEVEL  # 连跌两个月: how long the run lasted, not a change of it
    noun = None
    if m and m.group("to") and m.group("word") not in lexicon.change_nouns():
        noun = next((n for n in reversed(list(_words_re("changes").finditer(before, 0, m.start())))
                     if n.group("word") in lexicon.change_nouns()), None)
        if noun is not None and not _NOUN_TO_VERB.fullmatch(before, noun.end(), m.start()):
            noun = None  # 跌幅较大的沪深300指数下跌至3500点: the noun picks out the subject, whose level it is
    if m and kind == "percent" and m.group("word") in lexicon.stated_rates() and m.group("to") in (None, "为") and \
            not _words_re("bases").search(before, 0, m.start()) and _opened(before[: m.start()], _base_re()) is None:
        return LEVEL  # 用电量增速分别为11.27%, 年增率26％: a growth rate stated as a value (not 同比增速5.4%)
    if m and m.group("to") == "为" and (m.group("word") in lexicon.change_nouns() | lexicon.amount_nouns() or
                                      m.group("extent") or
                                      (kind == "percent" and _base_right_before(before, m.start()))):
        pass  # 跌幅为1.27%, 年减幅度为3%: the rate itself; 同比增长为22.57%: a change on its base, stated
    elif noun is not None:
        m = noun  # 跌幅扩大至800点, 降幅收窄至2.1%: still the fall, its new size
    elif m and (m.group("to") or _is_new(before, m)):
        return LEVEL
    if m is None and points and not (_may_compare(before) and _comparative(before)):
        for m in _words_re("changes").finditer(before):  # not 降幅高于全国平均水平2.95个百分点: the comparison says
            pass
        if m is not None and re.match(r"(?:到|至)", before[m.end() :]):
            return LEVEL
    if m is None and text.startswith(_SIGNS, start) and (signed := _signed_after_base_re().search(before)) is not None:
        return Change("change", 1, lexicon.bases()[signed.group("base")], lead_start + signed.start(), True)  # 同比-3.2%,
        # 环比+0.5%, YoY-3%: a signed value right after its base is the change on it
    if m is None and kind == "percent" and (rated := _based_rate_re().search(before)) is not None:
        return Change("change", 1, lexicon.bases()[rated.group("base")], lead_start + rated.start(), True)  # 其同比增长率
        # 更是达到了14.4%: a growth rate reckoned on its base, stated as a value, is that change (as 同比增速5.4% is)
    if m:
        sign, trigger = lexicon.changes()[m.group("word")], lead_start + m.start()
        head = before[: m.start()]
    elif not _may_compare(before):
        return LEVEL  # no base and no comparative: the common case, in one step
    else:
        c = _comparative(before)
        if c is None:
            return LEVEL
        comparisons = lexicon.comparisons()
        if c.group("cmp"):
            sign = comparisons.comparatives[c.group("cmp")]
        else:
            sign = comparisons.comparatives_before[c.group("cmp_before")]
        if before.rstrip().endswith(_PUNCTUATION.opening_brackets):
            return LEVEL  # 高于全省平均增速(16.8%): the value of the base
        base = c.group("base") or c.group("base2")
        if kind == "percent" and c.group("cmp_before") and base.rstrip().endswith(RATE_NOUNS):
            return LEVEL  # 略低于去年成长率2.6%: the base's own rate (a difference of rates is in 百分点)
        if c.group("cmp_before") and not points and BASE_LISTED_ON.search(base):
            return LEVEL  # 广东4.1%低于全国增速、福建5.2%…: the comparison ended at its rate, a list goes on
        if kind not in ("percentage_point", "basis_point") and c.group("cmp_before") and _SCOPE_OF.search(base):
            return LEVEL  # 低于全国的1.7%: the base's own value (a difference is not "of" its base)
        if not base.strip("了" + _PUNCTUATION.spaces) or (c.group("cmp_before") and kind in ("fraction", "multiple")):
            return LEVEL  # 达到或者超过了一千斤: no base, a bound; 超过全球一半, …的一点三倍: a share, a multiple
        if c.group("cmp_before") and _MODIFIES.search(base):
            return LEVEL  # 高于二级标准的天数为280天, 低于全省平均水平的县有5个: the comparison picks out what is counted
        narrow = comparisons.narrow_before.get(c.group("cmp_before") or "")
        short = c.group("cmp_before") == "超"  # 超计划19家, 超时序进度: the base ends right before (not 超计划生育率)
        if narrow and (kind != "percentage_point" or short) and (
                not (base.rstrip().endswith(narrow) if short else any(word in base for word in narrow))
                or (end is not None and text.startswith("的", end))
                or (base.endswith("的") and not _NUMERAL_IN.search(base))):
            # 超过公司总资产30%的事项, 超过家庭收入的50%, 超过平均工资300%的部分: a bound, not a difference (a base
            # that names the value it exceeds, 超过计划四百二十七亿元的百分之十五, is no bound — though the lead of such a
            # figure usually stops at the value, a figure of its own)
            return LEVEL
        trigger = lead_start + c.start()
        return Change("change", sign, _basis_of(base), trigger, True)
    if head.endswith(_AVERAGE) and not _BASE_THEN_BOTH.search(head):
        return Change("change", sign, None, trigger, True)  # 两年平均增长5.1%: a rate over years has no base
    basis_m = None
    for basis_m in _words_re("bases").finditer(before, 0, m.end("word")):  # 年增: a base that holds the change word
        pass
    base_m = _opened(head, _base_re())
    while base_m and _joins_only(base_m):  # 同口径比2022年: 同 joins, 比 opens
        base_m = _opened(head, _base_re(), base_m.start("open") + 1)
    if basis_m:
        timed = _RATE_NAMED.match(before, basis_m.end()) and _time_base(head)
        if timed:  # 同比涨幅较1月收窄2.8个百分点: the rate's own basis, then the earlier time its change is reckoned from
            return Change("change", sign, "vs_prior", min(trigger, lead_start + timed.start()), True)
        return Change("change", sign, lexicon.bases()[basis_m.group()], min(trigger, lead_start + basis_m.start()), True)
    if base_m:
        return Change("change", sign, _basis_of(base_m.group("base")), min(trigger, lead_start + base_m.start()), True)
    if _ON_A_BASE.search(head):
        return Change("change", sign, "vs_prior", trigger)  # 在2013年占…11.7%的基础上提高了0.5个百分点: on the value before
    if end is not None and _PRIOR_YEAR_AFTER.match(text, end):
        return Change("change", sign, "vs_prior", trigger)  # 收益减少17.6%至约人民币277,261,000元(二零一九年：人民币336,538,000
        # 元): a company's result against the year before, named in the brackets after it
    return Change("change", sign, None, trigger)


_ON_A_BASE = re.compile(r"基础上[，,]?(?:再|又|进一步|继续)?$")
_COPULA_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:对应|意味着|相当于)")
_PRIOR_YEAR_AFTER = re.compile(r"(?:至[^，。；;()（）]{0,30})?[（(](?:[0-9０-９]{4}|[一二][〇○零0-9一二三四五六七八九]{3})年[:：]")


_SIGNS = ("-", "−", "－", "+", "＋")


@cache
def _based_rate_re() -> re.Pattern[str]:
    """A growth rate named with its base, then a copula: 同比增长率为, 同比增长率更是达到了, 同比名义增长率分别为 (not
    人口自然增长率为: no base)."""
    return re.compile(rf"(?P<base>{lexicon.bases_pattern()})(?:名义|实际)?(?:增长率|增长速度)[^，,；;。0-9]{{0,4}}?"
                      rf"(?:为|是|达到|达|達到|達|保持在)了?[:：]?[ \u3000]*\Z")  # (同比增长率分别是:7.7%、7.5%)


@cache
def _signed_after_base_re() -> re.Pattern[str]:
    return re.compile(rf"(?P<base>{lexicon.bases_pattern()})[ \u3000:：]*\Z")


def _time_base(head: str) -> re.Match[str] | None:
    """An earlier time opened as a base in ``head`` (较1月), the first."""
    m = _opened(head, _base_re())
    while m is not None and _basis_of(m.group("base")) != "vs_prior":
        m = _opened(head, _base_re(), m.start("open") + 1)
    return m


_RATE_NAMED = re.compile(r"(?:涨幅|降幅|增幅|增速|跌幅|增长率)")  # 同比涨幅: a rate named with its basis


_JOINING_OPENERS = ("与", "同")  # also "and": they open a base only with a closer (与2010年相比) or before a time


def _joins_only(m: re.Match[str]) -> bool:
    """Is the base's opener a conjunction in a list (热力与燃气工业增加值分别增长…), not a comparison: 与 or 同 with no
    closer after the base and no earlier time as the base (与上年末持平 compares)?"""
    return m.group("open") in _JOINING_OPENERS and not m.group("closer") and _basis_of(m.group("base")) is None


@cache
def _comparative_gap_re() -> re.Pattern[str]:
    """A comparative alone between two figures (高0.17元, 高了), after a clause pause in group ``pause`` (，高出20.7%); not
    低于, 高于 (comparisons.toml's comparatives_before), whose figure is the base's own value."""
    c = lexicon.comparisons()
    words = lexicon.alternation(c.comparatives)
    return re.compile(rf"(?P<closer>{lexicon.alternation(c.closers)})?"
                      rf"(?P<pause>[ \u3000]*[，,][ \u3000]*(?:分别|均)?)?[ \u3000]*(?P<cmp>{words})(?:出|了)?[ \u3000]*")


@cache
def _base_ending_re() -> re.Pattern[str]:
    return re.compile(rf"{_opened_base()}\Z")


def compared_with(text: str, prev_start: int, prev_end: int, start: int) -> bool:
    """Is the figure at ``prev_start``…``prev_end`` the value of a base, the figure at ``start`` its difference, with only
    a comparative between (较招股价0.43元高0.17元, 比年初目标7.5%高了0.3个百分点)?"""
    gap = _comparative_gap_re().fullmatch(text, prev_end, start)
    if gap is None or gap.group("pause"):
        return False
    m = _opened(text[max(0, prev_start - _BASE_REACH) : prev_start], _base_ending_re())
    # (与年度控制目标5.5%相比低2.9个百分点: 与 opens a base where a closer ends it)
    return m is not None and (m.group("open") not in _JOINING_OPENERS or gap.group("closer") is not None)


def base_own_value(text: str, start: int, end: int, floor: int, after_level: bool = False) -> bool:
    """Is the figure at ``start``…``end`` the value of the base its sentence compares with: in brackets after the base
    (高于全省平均增速(16.8%)), after a wider region, an average or (``after_level``: the figure compared is a level) an
    earlier time and 的 (低于全国的1.7%, 略低于上年末的4.09%), or between the base and a
    comparative with its difference (比全国平均水平3.0%快0.7个百分点)?"""
    _, before = lead(text, start, floor)
    if _RATE_NOUN_AFTER.match(text, end) and (c := _comparative(before)) is not None and c.group("cmp_before"):
        return True  # 低于上年2.9%的涨幅: the rate of the base, named after its value
    earlier_own = after_level and before.rstrip().endswith("的") and _time_of_re().search(before) is not None and \
        not _noun_right_after_re().match(text, end)  # 失业率为4.05%，略低于上年末的4.09% (not 增长5.8%，高于上年的5.5%: a
    # rate of change, as the figure it is compared with; nor 较6月的0.7%升幅)
    if before.rstrip().endswith(_PUNCTUATION.opening_brackets) or _SCOPE_OF.search(before) or _SCOPE_RATE.search(before) \
            or earlier_own:
        return _comparative(before.rstrip().rstrip("".join(_PUNCTUATION.opening_brackets))) is not None or \
            _opened(before, _base_ending_re()) is not None
    gap = _comparative_gap_re().match(text, _OF_BASE.match(text, end).end())
    return gap is not None and not gap.group("pause") and _NUMBER_NEXT.match(text, gap.end()) is not None and \
        _opened(before, _base_ending_re()) is not None


_OF_BASE = re.compile(r"(?:的(?:增速|增幅|涨幅|降幅|水平|平均水平))?")  # 比上年6%的增速低1个百分点
_NUMBER_NEXT = re.compile(r"[0-9０-９一二三四五六七八九十两半]")


def elided_comparative(text: str, prev_end: int, start: int) -> int | None:
    """The sign of a comparative that stands alone before a figure, in the clause right after a change against a base
    (比全国夏粮平均单产多76.85公斤/亩，高出20.7%: the same base), else None."""
    gap = _comparative_gap_re().fullmatch(text, prev_end, start)
    if gap is None or not gap.group("pause") or gap.group("closer"):
        return None
    return lexicon.comparisons().comparatives[gap.group("cmp")]


def named_basis(text: str, start: int, floor: int) -> tuple[str | None, bool]:
    """The basis of a base named in the clause before ``start`` (与上年末持平 → vs_prior), else the sentence's; and
    whether the base named is no time (与全省持平: a place, an average), which sets no basis and carries none."""
    _, before = lead(text, start, floor)
    m = _opened(before, _base_re())
    if m and _is_place_base(m.group("base")):
        return None, True
    basis = _basis_of(m.group("base")) if m else None
    return basis or sentence_basis(text, start), False


_OTHER_BASES = ("全国", "全省", "全市", "全区", "全县", "全州", "全盟", "全旗", "平均", "全球", "全行业")  # 与全省持平


def _is_place_base(base: str) -> bool:
    """Is a base after 与/同 a wider whole or an average the figure is compared with (与全省持平), not a list's other
    member?"""
    return base.startswith(_OTHER_BASES)


@cache
def _base_behind_re() -> re.Pattern[str]:
    c = lexicon.comparisons()
    # 比2010年的3.10人; 比2010年第六次全国人口普查的3.10人 (a few words naming the base's source); 比上周同期(3月7日)的
    # 5.79元/公斤, 較前週(112年10月6日)的16,520.57點 (the base's date in brackets)
    # …and with no 的, the base's date in brackets or the word of its value only (較上週（115年1月23日）31,961.51點, 較上周市值
    # 53兆7,401.79億元)
    # (較今年1月每度電44.1仙: a price's value per its unit)
    aside = r"(?:[（(][^（()）]{1,16}[)）])?"
    return re.compile(rf"(?:比|较)(?P<base>{c.time_base})(?:(?:[\u4e00-\u9fff]{{0,12}}?){aside}的"
                      rf"|{aside}(?:市值|收盘价|收盘|指数|价格|点位|每[\u4e00-\u9fff]{{1,2}})?{aside})\Z")


@cache
def _change_next_re() -> re.Pattern[str]:
    c = lexicon.comparisons()
    return re.compile(rf"(?:{lexicon.alternation(c.adverbs)})*(?:{lexicon.alternation(lexicon.changes())})")


def change_next(text: str, end: int) -> bool:
    """Does a change word (after adverbs) follow right after ``end`` (3,580萬上升約10%)?"""
    return _change_next_re().match(text, end) is not None


@cache
def _change_before_re() -> re.Pattern[str]:
    # a change word right before the figure, with only a basis before it in its clause (同比增加23.61亿, 比上年增加15万,
    # ，增长了2万; not 货邮吞吐量增加10万: a subject of its own)
    time = lexicon.comparisons().time_base  # …or a time compared with: 较二季度提高7.08
    return re.compile(rf"(?:^|[{re.escape(CLAUSE_BREAKS)}])[ \u3000]*(?:{lexicon.bases_pattern()}|(?:比|较)(?:{time})(?:同期)?)?"
                      rf"(?:分别|共|累计|再)?"
                      rf"(?:{lexicon.alternation(lexicon.changes())})了?[ \u3000]*\Z")


def change_before(text: str, start: int) -> bool:
    """Does a change word with nothing but a basis before it in its clause stand right before ``start``?"""
    return _change_before_re().search(text, max(0, start - 16), start) is not None


def base_behind(text: str, figure_start: int) -> str | None:
    """比2010年的3.10人减少0.48人: the base named before the figure a change is reckoned from."""
    m = _base_behind_re().search(text, max(0, figure_start - _BASE_REACH), figure_start)
    return _basis_of(m.group("base")) if m else None


# A base that is a wider region's or an average, then 的: what follows is that base's own value (低于全国的1.7%).
_SCOPE_OF = re.compile(r"(?:全国|我国|全省|全区|全市|全州|全盟|全县|全旗|平均水平|平均)[ \u3000]*的[ \u3000]*$")
# …and a rate of it (低于全国的平均涨幅2.3%): the base's own value where a rate is compared (base_own_value)
_SCOPE_RATE = re.compile(r"(?:全国|我国|全省|全区|全市|全州|全盟|全县|全旗)[ \u3000]*的?"
                         r"(?:平均增速|平均增幅|平均涨幅|平均降幅|增速|增幅|涨幅|降幅)[ \u3000]*$")


@cache
def _time_of_re() -> re.Pattern[str]:
    """An earlier time and 的 right before a figure (略低于上年末的4.09%): the base's own value, not the difference."""
    return re.compile(rf"(?:{lexicon.comparisons().time_base})[ \u3000]*的[ \u3000]*$")


# Those a share counts (30%的企业减产: the firms, not their output's change).
_COUNTED = re.compile("企业|公司|家庭|居民|人口|农户|农民|城市|地区|省份|区县|受访者|网民|用户|消费者|学生|员工|职工|行业|门店"
                      "|样本|项目|商户|个股|股票|品种|景区|医院|学校|村|园区|开发区|乡镇|街道|单位|机构|工厂|主体")


RATE_NOUNS = ("成长率", "增长率", "增速", "增幅", "涨幅", "降幅", "增长速度")  # a growth rate: 去年成长率 (not 基准利率:
# 低于基准利率10% is a discount)
# A base ended by its rate or level and a list's comma (低于全国增速、福建5.2%): what follows is the list's next item, not
# more of the base (not 高于全国、全省平均水平: a list of bases; nor before points, a difference: 高于全省平均水平、青岛4.2个
# 百分点).
BASE_LISTED_ON = re.compile("(?:" + "|".join(RATE_NOUNS + ("水平", "平均")) + ")、")


# 增长 closing the clause right after a percent: the growth the percent is (连续三年保持10%以上增长, 实现5%的正增长).
_GROWTH_CLOSES = re.compile(rf"的?(?:正|稳定|较快|快速|高速|稳步)?增长(?=[{re.escape(CLAUSE_BREAKS)}]|$)")
_SPEED_AFTER = re.compile(rf"的[\u4e00-\u9fff]{{0,2}}?速度(?=[\u4e00-\u9fff]{{0,2}}?(?:{_RANKED}))")


def follows(text: str, end: int, count: bool = False, percent: bool = False) -> tuple[int, str | None] | None:
    """The sign and basis of a change noun right after a figure (6.4%的降幅 → -1; 2.7%的同比涨幅 → 1, yoy; 录得4.7%升幅。:
    a noun of lexicon.change_nouns() closing the clause; after a ``percent``, 增长 closing it: 保持10%以上增长), else None.
    After a ``count``, a noun before the change word names what was counted (20省区市的经济增速超过全国: the provinces'
    growth, no change of the count)."""
    if percent and _GROWTH_CLOSES.match(text, end):
        return 1, None
    if percent and (noun := _noun_right_after_re().match(text, end)) is not None:
        return lexicon.changes()[noun.group()], None  # (较6月的0.7%升幅稍为加快: a percent's change noun right after it)
    if text.startswith("的", end):
        m = _after_re().match(text, end)
        if m is not None and (_COUNTED.search(text, end, m.start("word")) or
                              (count and m.start("word") > end + 1 and m.group("basis") is None)):
            return None  # 30%的企业减产, 1/3的家庭增收: the share of those whose amount changed, no change itself
        if m is None and _SPEED_AFTER.match(text, end):
            return 1, None  # 西藏和海南GDP分别以9.5%、9.2%的速度领跑全国: a growth's speed, ranked
        if m is not None and m.group("word") in lexicon.stated_rates() and _COPULA_AFTER.match(text, m.end()):
            return None  # 去年7.7%的GDP增速，对应的增量是…: a rate stated as a value
        return (lexicon.changes()[m.group("word")], m.group("basis") and lexicon.bases()[m.group("basis")]) if m else None
    m = _noun_after_re().match(text, end)
    return (lexicon.changes()[m.group("word")], None) if m else None


def basis_before(text: str, start: int) -> str | None:
    """The basis a base word gives the figure at ``start`` from inside its clause, before it (同比分别录得13.7%及
    40.2%的升幅: yoy): the last such word, no clause break after it."""
    lo = max([text.rfind(ch, max(0, start - _BASIS_BEFORE_REACH), start) for ch in CLAUSE_BREAKS]
             + [start - _BASIS_BEFORE_REACH]) + 1
    found = None
    for found in _bases_re().finditer(text, max(lo, 0), start):
        pass
    if found is None or text.endswith("的", 0, start):
        return None  # (较上月录得的9.7%的跌幅: the base's own value)
    return lexicon.bases()[found.group()]


_BASIS_BEFORE_REACH = 16


@cache
def _bases_re() -> re.Pattern[str]:
    return re.compile(lexicon.bases_pattern())


@cache
def _noun_right_after_re() -> re.Pattern[str]:
    """A change noun (升幅, 增幅 …)."""
    return re.compile(lexicon.alternation(lexicon.change_nouns()))


@cache
def _noun_after_re() -> re.Pattern[str]:
    """…closing its clause (or before 至)."""
    return re.compile(rf"(?P<word>{_noun_right_after_re().pattern})(?=[{re.escape(CLAUSE_BREAKS)}]|$|至)")
    # (錄得98.6%升幅至800.6億元: the rise, then the level it reached)


@cache
def _noun_then_values_re() -> re.Pattern[str]:
    """A change noun as the clause's subject, the values in the next clause: 同比增幅较高，分别为87.9%和62.2%; 环比增幅较大，
    幅度分别为13.7%、9.9%; 价格降幅前五名的是：菜花、芹菜，幅度分别为5.4%、4.6% (the things ranked between); 南昌、兰州、
    福州增幅为前三位，分别为21.3%、21.3%、19.1% (their rank)."""
    nouns = lexicon.alternation(lexicon.change_nouns())
    return re.compile(rf"(?P<basis>{lexicon.bases_pattern()})?(?P<word>{nouns})(?:[\u4e00-\u9fff]{{0,3}}"
                      rf"|前[0-9一二三四五六七八九十]{{1,2}}[名位]的?(?:是|为)?[：:]?[^。；;：:，,]{{1,40}}"
                      rf"|(?:为|是|居|位居|位列)前[0-9一二三四五六七八九十]{{1,2}}[名位])[，,]\s*(?:幅度)?(?:分别)?"
                      rf"(?:为|是|达到|达)[：:]?\s*\Z")  # (幅度分别为：3.9%、3.7%)


def noun_then_values(text: str, start: int) -> Change | None:
    """The change a figure is when a change noun subject of the clause before names it (同比增幅较高，分别为87.9%)."""
    m = _noun_then_values_re().search(text, max(0, start - _NOUN_REACH), start)
    if m is None or (m.start("word") and text[m.start("word") - 1] in "涨升增"):
        return None  # (涨跌幅较大，分别为…: rises and falls, each value its own sign)
    basis = lexicon.bases()[m.group("basis")] if m.group("basis") else None
    return Change("change", lexicon.changes()[m.group("word")], basis, None, basis is not None)
    # (no basis of its own: the sentence's, 与昨天相比…, may give it)


_NOUN_REACH = 64


_SENTENCE_REACH = 400  # characters looked back for a full stop before the list of them is made


def sentence_start(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins (after the last full stop)."""
    lo = max(0, start - _SENTENCE_REACH)
    near = max(text.rfind(ch, lo, start) for ch in _PUNCTUATION.full_stops)
    if near >= 0 or lo == 0:
        return near + 1
    stops = _full_stops(text)
    k = bisect_right(stops, start - 1)
    return stops[k - 1] + 1 if k else 0


def sentence_end(text: str, end: int) -> int:
    """Where the sentence holding ``end`` ends (at its full stop, or the text's end)."""
    near = _FULL_STOP.search(text, end, end + _SENTENCE_REACH)
    if near is not None:
        return near.start()
    stops = _full_stops(text)
    k = bisect_left(stops, end)
    return stops[k] if k < len(stops) else len(text)


_FULL_STOP = re.compile(f"[{re.escape(_PUNCTUATION.full_stops)}]")


@lru_cache(maxsize=4)
def _full_stops(text: str) -> list[int]:
    """Where the full stops of ``text`` are (cached: the figures of one text ask in turn)."""
    return [m.start() for m in _FULL_STOP.finditer(text)]


def sentence_cue(text: str, start: int, lo: int | None = None) -> tuple[str | None, int] | None:
    """The last basis cue before ``start`` (同比; 与2010年相比; 从环比看) as (basis, offset), looked for from ``lo``
    (by default the start of the sentence)."""
    found = None
    for found in _sentence_cue_re().finditer(text, sentence_start(text, start) if lo is None else lo, start):
        pass
    if found is None:
        return None
    word = found.group("word") or found.group("view")
    if word:
        return lexicon.bases()[word], found.start()
    base = found.group("base") or found.group("time")
    return lexicon.bases().get(base) or _basis_of(base), found.start()


def sentence_basis(text: str, start: int) -> str | None:
    """The basis the sentence holding ``start`` has set before it, else None."""
    cue = sentence_cue(text, start)
    return cue[0] if cue else None


def _is_new(before: str, m: re.Match[str]) -> bool:
    """新增12项 counts what is new: a level, not a change (净增 stays a change)."""
    return m.group("word") == "增" and m.start() > 0 and before[m.start() - 1] == "新"


def qualifies(text: str, prev_end: int, trigger_start: int) -> bool:
    """Does a change whose wording starts at ``trigger_start`` qualify the figure ending at ``prev_end``?"""
    if trigger_start < prev_end:
        return False
    gap = text[prev_end:trigger_start]
    if any(ch in SENTENCE_BREAKS for ch in gap):
        return False
    return _gap_re().fullmatch(gap) is not None
