"""extract(text) -> list[Fact]: find, resolve, then read changes and lists across neighbouring figures."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import cache

from etl.figures import changes, lexicon
from etl.figures.find import MAGNITUDES, MINUS_SIGNS, PLUS_SIGNS, PUNCTUATION, Candidate, candidates, masked, qualifier_before
from etl.figures.model import Fact
from etl.figures.numerals import BROKEN_BEFORE, DIGIT_CHARS, WHOLE_BEFORE, WHOLE_NUMBER, exact, exact_context, list_number, normalize, parse_number, visible
from etl.figures.resolve import WEEK, Resolved, fraction, resolve, run_before, share_approx



def _listed(text: str, end: int, start: int) -> bool:
    return PUNCTUATION.is_list_gap(text[end:start])
# Fixed phrases with a value of their own: 打对折 and 半折 are 50 %.
_SET_VALUES = (
    (re.compile(r"(?:对(?<=打对)|半)折"), Decimal(50), "%", "percent", "discount_phrase"),  # 打对折, 半折
    (re.compile(r"半成(?!品)"), Decimal(5), "%", "percent", "tenth_phrase"),
)
# 千亿级; not after a numeral (三千万级 is a figure). The numeral check is done on the match: a leading
# lookbehind would be tried at every position of the text.
_MAGNITUDE_RE = re.compile(r"(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)级")
_NOT_BEFORE_MAGNITUDE = frozenset("0123456789０１２３４５６７８９零〇一二三四五六七八九十百千万亿两")
_MAGNITUDES = {"百": 100, "千": 1000, "万": 10**4, "十万": 10**5, "百万": 10**6, "千万": 10**7,
               "亿": 10**8, "十亿": 10**9, "百亿": 10**10, "千亿": 10**11, "万亿": 10**12}
_MAGNITUDE_CHARS = "十百千万亿拾佰仟"


def _low_multiplier(c: Candidate, r: Resolved) -> Resolved:
    """10-15万元, 两到三千, 八百到九百亿, 十八至三十万: the low end of a range borrows the largest tail of
    the high end's magnitude that keeps it below the high end."""
    if r.value_high is None or not c.high or c.num[-1] in "万亿":
        return r
    suffix = len(c.high) - len(c.high.rstrip(_MAGNITUDE_CHARS))
    low = parse_number(c.num)
    if low is None or low == 0:
        return r
    for k in range(suffix, 0, -1):
        factor = parse_number("一" + c.high[len(c.high) - k :])
        if factor and abs(r.value) * factor <= abs(r.value_high):
            return r._replace(value=r.value * factor)
    return r


def _inherit_units(text: str, cands: list[Candidate], resolved: list[Resolved | None]) -> None:
    """分别提高20.9、36.2、54个百分点: bare numbers in a list take the unit of the list's last figure, and so does a
    measure word left hanging before it (分别扩大1个和0.9个百分点: 1个 is 1 百分点)."""
    for i in range(len(cands) - 2, -1, -1):
        nxt = resolved[i + 1]
        c = cands[i]
        if nxt is None or c.end >= cands[i + 1].start:
            continue
        after = cands[i + 1].unit
        hanging = c.unit is not None and after is not None and not c.per and (
            (len(after) > len(c.unit) and after.startswith(c.unit))
            or (after == c.unit and nxt.rule.startswith("list_")))  # 15.5个、8.6个和3.6个百分点: all 百分点
        if resolved[i] is not None and not hanging:
            continue
        if (c.unit and not hanging) or c.ratio or c.range_unit or c.currency or c.denominator:
            continue  # only a bare number takes the list's unit (前1％ was dropped as a rank, not bare)
        if text[c.start - 1 : c.start] == "第":
            continue  # 全国第四、突破1万公里: a rank takes no unit
        if not _listed(text, cands[i].end, cands[i + 1].start):
            continue
        value = parse_number(cands[i].num)
        if value is None or nxt.value_high is not None:
            continue
        factor = nxt.value / parse_number(cands[i + 1].num) if parse_number(cands[i + 1].num) else 1
        if c.num[-1] in "万亿兆":
            factor = Decimal(1)  # 1.2兆、2.3兆元: the number's own magnitude, not again the unit word's (二十、三十兆瓦: 兆's)
        elif (magnitude := _MAGNITUDE_END.search(cands[i + 1].num)) is not None:
            factor *= parse_number("1" + magnitude.group())  # 分别实现零售额31.4、15.7、34.9亿元: each in 亿元
        approx = resolved[i].approx if resolved[i] is not None else \
            lexicon.qualifiers().get(("before", c.pre)) if c.pre else None  # 约22、23度
        resolved[i] = Resolved(value * abs(factor), None, nxt.unit, nxt.kind, approx, "list_" + nxt.kind)


_MAGNITUDE_END = re.compile(r"[万亿兆]+$")


def _inherit_qualifier(text: str, cands: list[Candidate], resolved: list[Resolved | None]) -> None:
    """分别超过2700万人次和555万辆次: a qualifier after 分别 (均, 都, 先后) bounds every figure of the list it opens."""
    def joined(i: int) -> bool:  # figure i goes on the list of the figure before it
        return resolved[i - 1] is not None and _listed(text, cands[i - 1].end, cands[i].start)

    for head, first in enumerate(cands):
        r = resolved[head]
        if not first.pre or first.post or r is None or r.approx is None or (head and joined(head)) or \
                not _EACH_BEFORE.search(text, max(0, first.start - _EACH_REACH), first.start):
            continue  # (the common case: no qualifier after 分别 opening a list)
        i = head + 1
        while i < len(cands) and joined(i):
            if resolved[i] is not None and resolved[i].approx is None and not cands[i].pre and not cands[i].post:
                resolved[i] = resolved[i]._replace(approx=r.approx)
            i += 1


_EACH_WORDS = ("分别", "均", "都", "先后", "相继", "接连")  # (先后突破40万亿、50万亿元: each mark crossed in turn)
_EACH_BEFORE = re.compile(f"(?:{'|'.join(_EACH_WORDS)})[\u4e00-\u9fff]{{0,2}}\\Z")  # (分别增长约5%和6%)
_EACH_REACH = 4


def _pair_units(text: str, cands: list[Candidate], resolved: list[Resolved | None]) -> None:
    """公民人数从364万增至366万: the bare value a from-to pair reaches takes the unit of the value it starts from."""
    for i in range(1, len(cands)):
        c, prev = cands[i], resolved[i - 1]
        if resolved[i] is not None or not _bare(c) or prev is None or prev.value_high is not None:
            continue
        if not _REACHES.fullmatch(text, cands[i - 1].end, c.start) or \
                not _FROM_OPENER.search(text, max(0, cands[i - 1].start - 2), cands[i - 1].start):
            continue
        value, start_value = parse_number(c.num), parse_number(cands[i - 1].num)
        if value is None or not start_value:
            continue
        resolved[i] = Resolved(value * (prev.value / start_value), None, prev.unit, prev.kind, None, "pair_" + prev.kind)


_REACHES = re.compile(r"(?:增加|增长|提高|提升|上升|下降|降低|减少|扩大|缩小|回落|回升)?(?:到|至)|增至|降至")
_FROM_OPENER = re.compile(r"[从由]\Z")


def _bare(c: Candidate) -> bool:
    """Is the candidate a number with nothing of its own that says what it counts (no unit, ratio, currency…)?"""
    return not (c.unit or c.ratio or c.range_unit or c.currency or c.denominator)


def _inherit_ratio(text: str, cands: list[Candidate], resolved: list[Resolved | None]) -> None:
    """分别占百分之四十一、二十四点一及十三点五: bare numbers listed after a percentage written 百分之… are
    percentages too."""
    for i in range(1, len(cands)):
        c, prev, before = cands[i], cands[i - 1], resolved[i - 1]
        if resolved[i] is not None or not _bare(c) or c.pre:
            continue
        if before is None or before.kind != "percent" or not (prev.ratio or before.rule == "list_ratio") or \
                prev.end >= c.start or not _listed(text, prev.end, c.start):
            continue
        value = parse_number(c.num)
        if value is not None and not (c.num.isdigit() and len(c.num) == 4):  # (not 百分之三十和2025: a year)
            resolved[i] = Resolved(value, None, before.unit, before.kind, None, "list_ratio")


def _base_values(text: str, cands: list[Candidate], resolved: list[Resolved | None]) -> None:
    """A bare number that is the value of an earlier time a change is reckoned from (錄得超過3,940萬旅客，比2018年的
    3,580萬上升約10%), or the change itself (出游人次48.91亿，同比增加23.61亿), counts what the figure before it in its
    sentence counts."""
    for i in range(1, len(cands)):
        c = cands[i]
        if resolved[i] is not None or not _bare(c):
            continue
        if text.endswith(WEEK, 0, c.start) and len(c.num) == 1:
            continue  # 比上周五下降0.03个点: a day of the week
        base = changes.base_behind(text, c.start) is not None and changes.change_next(text, c.end)
        if not base and not (changes.change_before(text, c.start) and _CLAUSE_ENDS.match(text, c.end)):
            continue  # (not 木材增产了约五百二十万立方公尺: a unit the lexicon lacks is no bare number; not 货邮吞吐量增加10万
            # after 旅客吞吐量5000万人次: a change with a subject of its own — change_before reads only 同比, 比上年 … before it)
        after = resolved[i + 1] if base and i + 1 < len(cands) else None
        if after is not None and after.kind in _BASE_KINDS and text.startswith(cands[i + 1].num, cands[i + 1].start) and \
                (value := parse_number(c.num)) is not None and (its := parse_number(cands[i + 1].num)):
            # 比2015年的35增加7平方米, 比2015年的250增加70家: the change after it says what it counts
            resolved[i] = Resolved(value * abs(after.value / its), None, after.unit, after.kind, None, "base_value")
            continue
        j = next((j for j in range(i - 1, -1, -1) if resolved[j] is not None), None)
        if j is None or changes.sentence_start(text, c.start) > cands[j].start:
            continue
        subject, value, its = resolved[j], parse_number(c.num), parse_number(cands[j].num)
        if value is None or not its or subject.value_high is not None:
            continue
        if subject.kind != "index" and (subject.kind not in _BASE_KINDS or c.num[-1] not in _BIG_CHARS or
                                        not any(ch in _BIG_CHARS for ch in cands[j].num)) and \
                not (subject.kind == "price" and _PRICE_MOVE.search(text, max(0, c.start - 12), c.start)):
            continue  # (not 入住率比上年的65.3上升4.2个百分点: a bare number of no magnitude counts nothing said; but
            # 景气指数为106.47，较二季度提高7.08: an index's change is in its points, and 价格2260元/吨,较上周降50 a
            # price's in its unit)
        resolved[i] = Resolved(value * abs(subject.value / its), None, subject.unit, subject.kind, None, "base_value")


_CLAUSE_ENDS = re.compile(rf"[ \u3000]*(?:[{re.escape(PUNCTUATION.clause_breaks + PUNCTUATION.sentence_breaks)}]|$)")
# A price's move against an earlier day, week or month, its value bare (较上周跌50, 比昨日上涨20).
_PRICE_MOVE = re.compile(r"(?:较|比)(?:上周|上日|昨日|昨天|前日|上月|上一交易日|前一交易日|上期|节前)(?:分别)?"
                         r"(?:上涨|下跌|下降|上升|上调|下调|回落|反弹|涨|跌|降|升)了?[ \u3000]*\Z")
_BASE_KINDS = ("count", "money", "mass", "volume", "area", "length", "energy", "power")
_BIG_CHARS = "万亿萬億"
_STEPS_AFTER = re.compile("(?:新|大)?(?:台阶|臺階|大关|大關|关口|關口)")
_CLASS_NAMED = re.compile(r"(?:[”’\"」]?、?[“‘\"「]?[一两二三四五六七八九十百千万亿]+元?级)*[”’\"」]?"
                          rf"(?!规模|規模|以上|左右|水平|{_STEPS_AFTER.pattern}|行列|突破|量级)[\u4e00-\u9fff]")  # a noun right
# after 千亿级 (or after the quote closing it, or after the others listed with it: “千亿级”卫星产业集群, “百亿级”“千亿级”产业
# 集群; not 迈上“千亿级”台阶, 站上万亿级大关: a level reached)


def _magnitudes(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Resolved]]:
    out = []
    for m in _MAGNITUDE_RE.finditer(text):
        if m.start() and text[m.start() - 1] in _NOT_BEFORE_MAGNITUDE:
            continue
        if m.start() and text[m.start() - 1] in "个個" and _STEPS_AFTER.match(text, m.end()):
            continue  # 跨過兩個萬億級臺階: the steps counted, no magnitude of a thing
        if _CLASS_NAMED.match(text, m.end()):
            continue  # 打造千亿级产业集群, 3个万亿级产业: the name of a class of things, as 30万吨级码头 is (not 迈向千亿级,
            # 形成千亿级规模: a size reached)
        if not any(s < m.end() and m.start() < e for s, e in taken):
            value = Decimal(_MAGNITUDES[m.group(1)])
            out.append((m.start(), m.end(), Resolved(value, None, "量级", "magnitude", "about", "magnitude_class")))
    for pattern, value, unit, kind, rule in _SET_VALUES:
        for m in pattern.finditer(text):
            before = qualifier_before(text, m.start())  # 超过半成
            start = before.start() if before else m.start()
            if not any(s < m.end() and start < e for s, e in taken):
                out.append((start, m.end(), Resolved(value, None, unit, kind, _approx(before and before.group(), None),
                                                     rule)))
    return out + _halves(text, taken)


@cache
def _half_re() -> re.Pattern[str]:
    after = lexicon.alternation(lexicon.qualifier_surfaces("after"))
    return re.compile(rf"(?:{lexicon.alternation(lexicon.half().words)})(?P<post>{after})?")


def _halves(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Resolved]]:
    """一半以上, 超过一半, 减少一半, 收入的一半: a half (unit_contexts.toml [half]); 另一半 and 过半数 are none."""
    half = lexicon.half()
    if not any(word in text for word in half.words):
        return []  # the common case, at the speed of a string search
    out = []
    for m in _half_re().finditer(text):
        before = qualifier_before(text, m.start())
        pre, post, start = before.group() if before else None, m.group("post"), before.start() if before else m.start()
        if (not pre and text.endswith(half.not_after, 0, m.start())) or any(s < m.end() and start < e for s, e in taken):
            continue
        out.append((start, m.end(), Resolved(Decimal("0.5"), None, "分数", "fraction", _approx(pre, post), "half")))
    return out


def _approx(pre: str | None, post: str | None) -> str | None:
    """The qualifier a word before a figure (不到, 超过) or after it (以上, 之内) gives, the one before first."""
    if pre:
        return lexicon.qualifiers()[("before", pre.rstrip(PUNCTUATION.spaces))]
    return lexicon.qualifiers()[("after", post.strip(PUNCTUATION.spaces))] if post else None


def _spans(text: str, original: str) -> list[tuple[int, int, Resolved]]:
    blanked = masked(text, original)
    cands = candidates(text, blanked)
    resolved = [resolve(c, text) for c in cands]
    _inherit_units(text, cands, resolved)
    _inherit_qualifier(text, cands, resolved)
    _pair_units(text, cands, resolved)
    _inherit_ratio(text, cands, resolved)
    _base_values(text, cands, resolved)
    spans = [(c.start, c.end, _low_multiplier(c, r)) for c, r in zip(cands, resolved) if r is not None]
    taken = [(s, e) for s, e, _ in spans]
    spans += _magnitudes(blanked, taken) + _no_changes(blanked, taken) + _slash_shares(blanked, taken) + \
        _half_durations(blanked, taken) + _doublings(blanked, taken)
    spans = _per_population(blanked, spans)
    return _without_named_sizes(blanked, _compound_durations(blanked, sorted(spans, key=lambda s: s[0])))


# A rate per so many people, as health statistics write it (孕产妇死亡率为8.5/10万, 发病率12.3/10万人): the rate in per cent,
# as 十万分之八点五 reads (0.0085 %); the population after the slash is no count of its own.
_PER_POPULATION = re.compile(r"(?P<n>[0-9]+(?:\.[0-9]+)?)[/／](?P<d>10万|十万|1万|100万|百万|1000)(?:人口|人)?(?![0-9万亿])")
_PER_MARKS = ("/10万", "/十万", "/1万", "/100万", "/百万", "/1000", "／")
_POPULATIONS = {"10万": 100000, "十万": 100000, "1万": 10000, "100万": 1000000, "百万": 1000000, "1000": 1000}


def _per_population(text: str, spans: list[tuple[int, int, Resolved]]) -> list[tuple[int, int, Resolved]]:
    if not any(mark in text for mark in _PER_MARKS):
        return spans  # the common case, at the speed of a string search
    for m in _PER_POPULATION.finditer(text):
        if m.start() and text[m.start() - 1] in "0123456789./／":
            continue  # (a date's or a code's digits before: 2024/10万)
        value = (Decimal(m.group("n")) * 100 / _POPULATIONS[m.group("d")]).normalize()
        spans = [s for s in spans if not (s[0] < m.end() and m.start() < s[1])]
        spans.append((m.start(), m.end(), Resolved(value, None, "%", "percent", None, "per_population")))
    return spans


def _without_named_sizes(text: str, spans: list[tuple[int, int, Resolved]]) -> list[tuple[int, int, Resolved]]:
    """Without the sizes that name an event, a product or a class (男子100米决赛, 55英寸电视机, 30万吨级码头, 亿元以上项目,
    城区人口10万以上的市县: a bound of money or of people; not 实施1000个以上省重点项目, the projects counted; 90平方米以下
    住房, 69.9平方米或以下的住宅, 90-144平方米的住房, 不足90平方米的住房: homes by their floor area's bounds)."""
    named = lexicon.named_sizes()
    classes = _class_bounds(text, spans)
    return [s for k, s in enumerate(spans) if not (
        (text.startswith(named.class_mark, s[1]) and s[2].unit not in _NO_CLASS_UNITS) or
        ((s[2].kind in ("money", "power") or s[2].unit == "人") and (bound := named.bound_re.match(text, s[1])) is not None and
         (bound.group("mark") or text.endswith(named.bound_marks, s[0], s[1]) or s[2].value_high is not None or
          s[2].approx in _UPPER_BOUNDS)) or
        (s[2].kind in named.kinds and (text.startswith(named.after, s[1]) or text.endswith(named.before, 0, s[0]))) or
        (s[2].kind == "area" and s[2].value < _HOME_SIZE and (area := named.area_class_re.match(text, s[1])) is not None
         and (area.group("mark") or s[2].value_high is not None or s[2].approx in _AGE_BOUNDS)) or
        (s[2].kind == "age" and (s[2].value_high is not None or s[2].approx in _AGE_BOUNDS) and
         _AGE_GROUP_AFTER.match(text, s[1]) is not None) or
        (s[2].kind == "age" and _AGE_CLASS_AFTER.match(text, s[1]) is not None) or
        k in classes)]


def _class_bounds(text: str, spans: list[tuple[int, int, Resolved]]) -> set[int]:
    """The spans that are bounds or ranges classing the things counted after them (…1000万人次以上的运输机场有38个) or
    paid for each unit (面积达20亩以上的每亩补助2000元), with the bounds listed before such a one (GDP过千亿、
    财政收入过百亿的县达到3个)."""
    if "的" not in text:
        return set()  # the common case, in one step
    out: set[int] = set()
    for k in range(len(spans) - 1, -1, -1):
        each = _EACH_AFTER.match(text, spans[k][1]) is not None  # 面积达20亩以上的每亩补助2000元: who is paid, no figure
        bound = (spans[k][2].approx in _AGE_BOUNDS or spans[k][2].value_high is not None) and \
            (spans[k][2].kind != "percent" or each or
             _RATE_BEFORE.search(text, max(0, spans[k][0] - _RATE_REACH), spans[k][0]))
        # (a rate's bound: 增幅在300%以上的运输机场有1个; not 超过60%的受访企业有…: a share of them)
        if bound and (each or _CLASS_COUNTED.match(text, spans[k][1]) is not None or
                      (k + 1 in out and _LISTED_BOUND.fullmatch(text, spans[k][1], spans[k + 1][0]) is not None)):
            out.add(k)
    return out


# A bound or a range before the things it classes and their count (年旅客吞吐量1000万人次以上的运输机场有38个, 增幅在200%-300%之间的
# 机场有5个): the class's name, no figure.
_EACH_AFTER = re.compile(r"(?:之间|之内)?的每")  # (…占流转面积90%以上的每亩补助100元: a condition of a grant per unit)
_LISTED_BOUND = re.compile(r"、[^，,。；;、0-9０-９]{0,8}")  # (…过千亿、财政收入过…)
_RATE_BEFORE = re.compile(r"增幅|增速|增长率|涨幅|降幅|跌幅|率")
_RATE_REACH = 6
_CLASS_COUNTED = re.compile(r"(?:之间|之内)?的(?!同时)[\u4e00-\u9fff]{1,10}?(?:有|共有|共计|达到?)[0-9０-９一二三四五六七八九十两几]")  # (not 达到60%以上的有9个省市: no noun, a rate reached)


_HOME_SIZE = 1000  # square metres: a floor area that classes homes is a home's (not 超过100万平方米的商品住宅: an amount built)


# An age group before what it counts (0-17岁86248人, 60岁及以上人口占20.96%, 15—64岁的人口): a group's name, no figure.
_AGE_BOUNDS = frozenset({"at_least", "at_most", "less_than", "more_than"})
_UPPER_BOUNDS = frozenset({"at_most", "less_than"})  # (不足1万千瓦项目: a class; not 经济总量突破5万亿元的城市, a level passed)
_AGE_GROUP_AFTER = re.compile(r"[0-9０-９]|的?(?:人口|人员|居民|老年人|老人|儿童|青少年|青年|年轻人|劳动力|劳动者|妇女|女性|男性|"
                              r"年龄组|年龄层|组|人群|群体|族群|者|失业率|就业率)")  # (20至24岁者失业率11.60%)
# …and an age, or ages, before a class of a kindergarten or school (5间2岁幼幼班, 3至5岁小中大班, 3岁以下托育班): its name.
_AGE_CLASS_AFTER = re.compile(r"(?:以下|以上)?的?(?:幼幼|托育|托|乳儿|混龄|小中大|小|中|大)班")  # (not 35岁的上班族,
# 28岁的班长, 18岁接班: a person's age)


_NO_CLASS_UNITS = frozenset({"%", "‰", "百分点", "分数"})  # (增长5%级: no class)


# A duration written in two units: 1小时40分 (100 分钟), 9分20秒 (560 秒); not a time of day (12时10分20秒).
# (Its lookbehind, as those of _HALF_DURATION and _SLASH_SHARE, stands after the first character: a pattern that opens
# with one is tried at every position of a text, one that opens with a character only where that character stands.)
_COMPOUND_DURATION = re.compile(r"(?P<a>[0-9](?<![0-9.点:：][0-9])(?<![0-9]时[0-9])[0-9]{0,2})[ ]*(?P<big>个?小时|分钟?|年)[ ]*零?"
                                r"(?P<b>[0-9]{1,2})[ ]*(?P<small>分钟?|秒钟?|个月)(?![0-9])")  # (not 12时10分: a time of day;
# but 用时1小时40分, 历时3年零5个月)
_DURATION_PAIRS = {("小时", "分"): ("分钟", 60), ("分", "秒"): ("秒", 60), ("年", "个"): ("月", 12)}
# A time clocked to the second or below it: 2小时21分34秒 (8494 秒), 1分54秒72 and 9秒83 (hundredths after 秒: 114.72 秒,
# 9.83 秒); not a time of day (12时10分20秒).
_CLOCKED = re.compile(r"(?:(?P<h>[0-9](?<![0-9.点:：][0-9])[0-9]?)[ ]*个?小时[ ]*)?"
                      r"(?:(?P<m>[0-9](?<![0-9.点:：][0-9])(?<![^小]时[0-9])[0-9]?)[ ]*分[ ]*)?"
                      r"(?P<s>[0-9](?<![0-9.点:：][0-9])(?<![^小]时[0-9])[0-9]?)[ ]*秒(?P<cs>[0-9]{1,3})?(?![0-9.])")
_TIME_OF_DAY = re.compile(r"(?<!小)时[ ]*[0-9]{1,2}[ ]*分[ ]*\Z")
# A term of years and months in Chinese numerals: 有期徒刑十年六个月 (126 月), 一年零八个月.
_YEARS_MONTHS = re.compile(r"(?P<a>[一二两三四五六七八九十]{1,3})年零?(?P<b>[一二两三四五六七八九十]{1,2})个月")


@cache
def _qualifier_after() -> re.Pattern[str]:
    return re.compile(f"[ \u3000]*(?:{lexicon.alternation(lexicon.qualifier_surfaces('after'))})")


def _compound_durations(text: str, spans: list[tuple[int, int, Resolved]]) -> list[tuple[int, int, Resolved]]:
    """One figure for a duration written in two units, in the smaller (1小时40分 → 100 分钟, 3年零5个月 → 41 月; 约2小时15分钟
    keeps 约)."""
    if "分" not in text and "个月" not in text and "秒" not in text:
        return spans  # the common case, at the speed of a string search
    found = [(m, *pair) for m in _COMPOUND_DURATION.finditer(text)
             if (pair := _DURATION_PAIRS.get((m.group("big").lstrip("个"), m.group("small")[0]))) is not None]
    found += [(m, "秒", None) for m in _clocked_times(text) if (m.group("h") and m.group("m")) or m.group("cs")]
    if "个月" in text:
        found += [(m, "月", 12) for m in _YEARS_MONTHS.finditer(text)]
    if "时" in text:  # 12时10分20秒: the seconds of a time of day, no duration
        spans = [s for s in spans if not (s[2].unit == "秒" and _TIME_OF_DAY.search(text, max(0, s[0] - 8), s[0]))]
    found.sort(key=lambda f: (f[0].start(), -f[0].end()))
    made: list[tuple[int, int]] = []
    for m, unit, per in found:
        if any(a <= m.start() and m.end() <= b for a, b in made):
            continue  # 21分34秒 inside 2小时21分34秒, read already
        inside = [s for s in spans if s[0] < m.end() and m.start() < s[1]]
        end = max([m.end()] + [s[1] for s in inside])
        if end > m.end() and not _qualifier_after().fullmatch(text, m.end(), end):
            continue  # a figure reaching past it (a range): leave it (but 1小时40分钟左右 is one)
        start = min([m.start()] + [s[0] for s in inside])
        approx = next((s[2].approx for s in inside if s[2].approx), None)
        value = _clocked(m) if per is None else parse_number(m.group("a")) * per + parse_number(m.group("b"))
        spans = [s for s in spans if s not in inside]
        spans.append((start, end, Resolved(value, None, unit, "duration", approx, "compound_duration")))
        made.append((start, end))
        spans.sort(key=lambda s: s[0])
    return spans


def _clocked_times(text: str) -> list[re.Match[str]]:
    """The times clocked to the second, looked for around each 秒 only (a pattern that opens with optional groups would
    be tried at every position of the text)."""
    out: list[re.Match[str]] = []
    at = text.find("秒")
    while at >= 0:
        m = _CLOCKED.search(text, max(out[-1].end() if out else 0, at - _CLOCKED_REACH), at + 5)
        if m is not None and m.start() <= at < m.end():
            out.append(m)
        at = text.find("秒", at + 1)
    return out


_CLOCKED_REACH = 16  # characters before 秒 a time clocked to it may start at (2小时21分34秒)


def _clocked(m: re.Match[str]) -> Decimal:
    seconds = Decimal(m.group("h") or 0) * 3600 + Decimal(m.group("m") or 0) * 60 + Decimal(m.group("s"))
    return seconds + Decimal(m.group("cs")).scaleb(-len(m.group("cs"))) if m.group("cs") else seconds


# Half of a unit of time, how long something took (利用半个多月时间, 换乘半个多小时轮渡): not a part of the year (上半年), nor
# a time placing a statement (半个月前, 近半个月来, 未来半个月); and half a percentage point (下调半个百分点).
_HALF_DURATION = re.compile(r"半(?<![上下前后大小另多近]半)个(?P<more>多)?(?P<unit>小时|钟头|月|星期|百分点)"
                            r"(?!前|后|以前|以后|之前|之后|来|以来|内|里)")
_HALF_UNITS = {"小时": ("小时", "duration"), "钟头": ("小时", "duration"), "月": ("月", "duration"),
               "星期": ("周", "duration"), "百分点": ("百分点", "percentage_point")}


def _half_durations(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Resolved]]:
    if "半个" not in text:
        return []  # the common case, at the speed of a string search
    frames = lexicon.time_frames()
    out = []
    for m in _HALF_DURATION.finditer(text):
        before, after = qualifier_before(text, m.start()), _qualifier_after().match(text, m.end())
        start = before.start() if before else m.start()
        end = after.end() if after and after.end() > m.end() else m.end()
        if any(s < end and start < e for s, e in taken) or text.endswith(tuple(frames.words), 0, start):
            continue
        approx = _approx(before and before.group(), text[m.end() : end]) or \
            ("more_than" if m.group("more") else None)  # 不到半个小时, 半个月之内, 半个多月
        out.append((start, end, Resolved(Decimal("0.5"), None, *_HALF_UNITS[m.group("unit")], approx, "half_duration")))
    return out


# A share written with a slash (约占全省总量1/7, 占全国的1/3): a fraction less than one, after 占 in its clause; not a
# date (10/8), a score or a code.
_SLASH_SHARE = re.compile(r"(?P<a>[1-9](?<![0-9./／年月日:-][1-9])[0-9]?)/(?P<b>[1-9][0-9]?)(?![0-9./／年月日%])")
_AFTER_SHARE = re.compile(r"占[^，,；;。！？!?：:/]{0,16}\Z")
# …or qualified and of what follows (近1/3的企业, 超过1/4的家庭)
_SHARE_QUALIFIED = re.compile(r"(?:近|将近|接近|约|大约|超过|超|逾|不到|不足|近乎)\Z")


def _slash_shares(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Resolved]]:
    if "/" not in text or ("占" not in text and "的" not in text):
        return []  # the common case, at the speed of a string search
    out = []
    for m in _SLASH_SHARE.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        qualified = _SHARE_QUALIFIED.search(text, max(0, m.start() - 4), m.start()) if text.startswith("的", m.end()) else None
        if a >= b or not (_AFTER_SHARE.search(text, max(0, m.start() - 17), m.start()) or qualified) or \
                any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if qualified and not _AFTER_SHARE.search(text, max(0, m.start() - 17), m.start()):
            approx = lexicon.qualifiers().get(("before", qualified.group()))
            out.append((qualified.start(), m.end(), fraction(Decimal(a), Decimal(b), approx)))  # 近1/3的企业
            continue
        before = _SHARE_QUALIFIED.search(text, max(0, m.start() - 4), m.start())  # 占全国的近1/2: nearly half
        approx = lexicon.qualifiers().get(("before", before.group())) if before else share_approx(text, m.start())
        out.append((before.start() if before else m.start(), m.end(), fraction(Decimal(a), Decimal(b), approx)))
    return out


@cache
def _no_change_re() -> re.Pattern[str]:
    return re.compile(lexicon.alternation(lexicon.no_change()))


def _no_changes(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Resolved]]:
    """持平, 基本持平: a change of zero, a figure of its own (its unit is its neighbours', see _zero_unit)."""
    words = lexicon.no_change()
    if not any(word in text for word in words):
        return []  # the common case, at the speed of a string search
    return [(m.start(), m.end(), Resolved(Decimal(0), None, "%", "percent",
                                          words[m.group()] or ("about" if _SLIGHTLY.match(text, m.end()) else None),
                                          "no_change"))
            for m in _no_change_re().finditer(text)
            if not any((s < m.end() and m.start() < e) or (e == m.start() and not _compared_value(text, s, e))
                       for s, e in taken)
            and not _FLAT_COUNTED.match(text, m.end())
            and not _RECORD_TIED.match(text, m.end())
            and not (text.startswith("稳", m.end()) and text.endswith(("保", "维"), 0, m.start()))]
    # (21种蔬菜价格上涨，2种持平: what stayed flat is the count right before it, not a change of its own — unless it is the
    # value of a base the clause opens with: 与前一季度的2.9%持平; 保持平稳 holds 持平, no figure)


def _compared_value(text: str, start: int, end: int) -> bool:
    """Is the figure at ``start``…``end`` a rate in a clause opened by 与/跟 and a base (与上年20.6%基本持平): the base's
    value (not 较上周…5种持平, 同类产品中3种持平: what stayed flat counted)?"""
    clause = max(text.rfind(b, 0, start) for b in CLAUSE_BREAKS) + 1
    return text[end - 1 : end] in ("%", "％") and _WITH_OPENER.match(text, clause + (text[clause : clause + 1] == " ")) is not None


_WITH_OPENER = re.compile(r"与|跟")


_SLIGHTLY = re.compile(r"略|微|稍")  # 持平略增, 持平微降: about flat
_RECORD_TIED = re.compile(r"[^，,。；;]{0,8}?(?:历史极值|历史纪录|历史记录|纪录|记录)")  # (突破或持平当地秋季历史极值: a record tied)
_FLAT_COUNTED = re.compile(r"(?:的)?(?:股份|个股|股票|的有|品种|家)")  # (無升跌股份有300隻, 持平的有532隻: a class counted)


# A doubling: 翻一番 is a rise of 1 倍 (twice the base), 翻两番 of 3 倍 (four times), 翻番 and 翻倍 of 1 倍; 以上, 多 after
# it qualify it (not 翻倍股, 翻倍基金: stocks and funds that doubled).
_DOUBLING = re.compile(r"翻了?(?P<n>[一两二三四1-4])番(?P<q>以上|多)?|翻(?:了)?一?倍(?![股基])(?P<q2>以上|多)?|翻番(?P<q3>以上|多)?")
_DOUBLINGS = {"一": 1, "1": 1, "两": 2, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4}


def _doublings(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Resolved]]:
    if "翻" not in text:
        return []  # the common case, at the speed of a string search
    out = []
    for m in _DOUBLING.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        times = 2 ** _DOUBLINGS[m.group("n")] if m.group("n") else 2
        qualifier = m.group("q") or m.group("q2") or m.group("q3")
        approx = lexicon.qualifiers().get(("after", qualifier)) or lexicon.qualifiers().get(("inside", qualifier)) \
            if qualifier else None
        out.append((m.start(), m.end(), Resolved(Decimal(times - 1), None, "倍", "multiple", approx, "doubling")))
    return out


_SAME_AS = re.compile(r"[与同和跟较比]")
_NOT_FLAT = 2  # a change of this many percent or more on the year before leaves no amount flat on it: 持平 compares the rate
_YEAR_BEFORE = re.compile(r"(?:上年|去年)(?:同期)?")
_SAME_OPENER = re.compile(r"与|跟|较|同(?!比)")  # a clause opened by a base: 与上半年基本持平 (not 同比持平)
# Another part of a year as the base (与上半年, 与一季度, 与6月份, 与上月): the growth rate is the same as that part's (not
# 与上年同期, 与2019年, 与疫情前: the amount is back where it was; nor 同时, 与此同时: no base)
_PART_OF_YEAR_BASE = re.compile(r"(?:上|下)半年|前?[一二三四1-4]季度|前三季度|上(?:个)?(?:月|季度|季|周|旬)|"
                                r"[0-9０-９一二三四五六七八九十]{1,3}月份?|[0-9]{1,2}[-—至~][0-9]{1,2}月")


def _zero_unit(facts: list[Fact], text: str, start: int, other: bool = False) -> tuple[str, str]:
    """The unit of 持平: 百分点 after a rate (失业率为3.1%，与上年末持平) or after a growth rate compared with another
    whole's (同比下降3.8%，与全省持平: ``other``), the unit of the changes beside it (上涨2.16%和持平; 基点 among basis
    points), 百分点 where a growth rate is the same as another's (增长6%，增速与6月份持平), else % (价格基本持平,
    增长速度基本持平)."""
    lo = changes.sentence_start(text, start)
    near = [f for f in facts if f.char_end > lo and not (f.kind == "count" and f.unit == "项")]  # (…，就业不足率为1.4%，
    # 三项指标均与上一期持平: the count of the rates told points back to them)
    clause = max(lo, *(text.rfind(b, lo, start) + 1 for b in CLAUSE_BREAKS))
    # a growth rate the same as another's (增长6%，增速与6月份持平), not a growth of zero (增长速度基本持平)
    rate = any(noun in text[clause:start] for noun in changes.RATE_NOUNS) and \
        (other or _SAME_AS.search(text, clause, start) is not None)
    if not near and not rate:
        return "%", "percent"
    prev = near[-1] if near else None
    if rate or (prev.kind in ("percent", "permille") and (prev.measure == "level" or other)):
        return "百分点", "percentage_point"
    opener = _SAME_OPENER.match(text, clause + (text[clause : clause + 1] == " "))
    if prev.measure == "change" and prev.kind == "percent" and prev.char_end <= clause and opener is not None and \
            _PART_OF_YEAR_BASE.match(text, opener.end()):
        return "百分点", "percentage_point"  # 两年平均增长4%，与上半年基本持平: the rate is the first half's (not 比上年
        # 下降0.3%，与上年基本持平: the amount, flat on the year before)
    if prev.measure == "change" and prev.kind == "percent" and prev.char_end <= clause and opener is not None and \
            abs(prev.value) >= _NOT_FLAT and prev.basis in ("yoy", "vs_prior") and _YEAR_BEFORE.match(text, opener.end()):
        return "百分点", "percentage_point"  # 同比增长7.7%，与上年基本持平: an amount that grew 7.7% on the year before is
        # not flat on it; the rate is the year before's (not 增长45.2%，与2019年基本持平: the amount, back at another year's)
    if prev.measure == "change" and prev.kind in ("percent", "percentage_point", "basis_point"):
        return prev.unit, prev.kind
    return "%", "percent"


@exact_context
def extract(text: str) -> list[Fact]:
    """Every figure in ``text``, in order, with exact values and half-open spans. Invisible characters inside a
    figure (1\u200b2\u200b3万人) are read through and kept in its span."""
    seen = visible(text)
    if seen is None:
        return _extract(text)
    return [replace(f, mention=text[seen.start(f.char_start) : seen.end(f.char_end)],
                    char_start=seen.start(f.char_start), char_end=seen.end(f.char_end)) for f in _extract(seen.text)]


_SENTENCE_OPENERS = PUNCTUATION.sentence_breaks + PUNCTUATION.colons


def _broken_decimal(text: str, start: int) -> bool:
    """Does the figure at ``start`` follow a digit and a decimal point set apart by a space (为 3. 35人, 增长 6. 0%),
    not a list's number (1. 35个项目开工)?"""
    if start >= 4 and text[start - 1] == " " and text[start - 2] in ".．" and text[start - 3] == " " and \
            text[start - 4].isdigit():
        return True  # 經濟增長6 . 5%左右: spaces on both sides of the point (never 5%)
    return start >= 3 and text[start - 1] == " " and text[start - 2] in ".．" and text[start - 3].isdigit() and \
        not list_number(text, start - 2)


def _extract(text: str) -> list[Fact]:
    original, text = text, normalize(text)
    facts: list[Fact] = []
    prev_end = floor = 0
    for start, end, r in _spans(text, original):
        if start > 1 and text[start - 1] == " " and BROKEN_BEFORE.search(text, start - 2, start) and \
                not r.rule.startswith("label_") and not (WHOLE_BEFORE.search(text, max(0, start - 24), start) and
                                                         WHOLE_NUMBER.match(text, start)):
            continue  # the tail of a number set apart by spaces ("1 1 ％" where the text is not read through): no figure
            # (but a table's next cell under a label's unit: 出生人口(人) 68088 63404, or a whole cell after a whole one:
            # 59,172,200 14.00%, not 4% after 12.3, the tail of 12.34%)
        if _broken_decimal(text, start):
            continue  # the decimals of a number broken after its point (人口为 3. 35人, 占 51. 48 %): never a wrong value
        if r.rule == "no_change":
            if facts and facts[-1].char_end == start and _compared_value(text, facts[-1].char_start, start):
                basis, other = changes.named_basis(text, facts[-1].char_start, facts[-2].char_end if len(facts) > 1 else 0)
                # (与前一季度的2.9%持平: the base named before the value it compares with)
            else:
                basis, other = changes.named_basis(text, start, prev_end)
            unit, kind = _zero_unit(facts, text, start, other)
            facts.append(Fact(original[start:end], start, end, Decimal(0), None, unit, kind, r.approx, "change",
                              basis, None, r.rule))
            prev_end = end
            continue
        if r.rule == "doubling":
            basis, _ = changes.named_basis(text, start, prev_end)
            facts.append(Fact(original[start:end], start, end, r.value, None, r.unit, r.kind, r.approx, "change",
                              basis, None, r.rule))
            prev_end = end
            continue
        floor = floor if _after_aside(text, facts, start) else prev_end
        ch = _change(text, start, end, floor, facts, r.kind, r.unit)
        value, high = r.value, r.value_high
        if ch.measure == "change" and ch.sign < 0:  # 下降3%至5%: −5…−3; a minus sign after 下降 is emphasis
            value, high = sorted((-abs(high), -abs(value))) if high is not None else (-abs(value), None)
        if high is not None and high < value:
            continue  # 1-0 is no range (下降61.58%-56.77% is one: −61.58…−56.77)
        approx = r.approx or (_verb_qualifier(text, ch.trigger_start, start) if ch.measure == "change" else
                              _milestone(text, start, end, r.kind))
        facts.append(Fact(original[start:end], start, end, exact(value), exact(high) if high is not None else None,
                          r.unit, r.kind, approx, ch.measure, ch.basis, _refers_to(text, facts, ch, r), r.rule))
        prev_end = end
    facts = _price_changes(text, _changes_after(text, facts))
    return _per_kilogram(_listed_magnitudes(original, text, _without_grades(text, _without_times_per_amount(
        text, _without_age_groups(text, _merge_ranges(original, text, _pair_distributive(text, facts)))))))


def _per_kilogram(facts: list[Fact]) -> list[Fact]:
    """A price per catty (元/斤, 新台币/台斤) in the price per kilogram it is (12元/斤 → 24 元/公斤), as prices per 公斤 are
    told beside it — read last, once every price of the sentence has its unit (a price reached after a change, a range's
    ends, a list's members)."""
    out = []
    for f in facts:
        numerator, _, per = f.unit.rpartition("/")
        factor = _CATTIES.get(per) if numerator else None
        if factor is not None:
            f = replace(f, unit=f"{numerator}/公斤", value=exact(f.value / factor),
                        value_high=exact(f.value_high / factor) if f.value_high is not None else None)
        out.append(f)
    return out


_CATTIES = {"斤": Decimal("0.5"), "市斤": Decimal("0.5"), "台斤": Decimal("0.6")}  # kilograms in one

# Magnitudes without a digit listed after a first one with its qualifier and unit: 超过万亿元、千亿元和百亿元 (each is
# one of the list's bounds, the qualifier and the unit the first's).
_LISTED_MAGNITUDES = tuple(sorted((m for m in MAGNITUDES if m not in ("十", "百", "千")), key=len, reverse=True))
_LISTED_MAGNITUDE = re.compile(rf"[、和及与或](?P<mag>{'|'.join(_LISTED_MAGNITUDES)})(?P<yuan>元)?"
                               r"(?=[、和及与或的，,；;。]|$)")  # (not 万人以上企业, 万亩级, 亿元以上项目: other things)
_BARE_MAGNITUDE = re.compile(rf"[^0-9０-９一二三四五六七八九两]*(?:{'|'.join(_LISTED_MAGNITUDES)})元?")


def _listed_magnitudes(original: str, text: str, facts: list[Fact]) -> list[Fact]:
    """The magnitudes listed after a qualified magnitude without a digit (超过万亿元、千亿元和百亿元的国家), as figures of its
    qualifier and unit (``text`` is ``original`` normalized: 萬億 reads as 万亿)."""
    out: list[Fact] = []
    taken = {g.char_start for g in facts}
    for f in facts:
        out.append(f)
        mention = text[f.char_start : f.char_end]
        if f.approx is None or f.value_high is not None or f.measure != "level" or \
                not _BARE_MAGNITUDE.fullmatch(mention) or (f.unit != "元" and not mention.endswith(_LISTED_MAGNITUDES)):
            continue
        at = f.char_end
        while (m := _LISTED_MAGNITUDE.match(text, at)) is not None and (m.group("yuan") is None or f.unit == "元") and \
                m.start("mag") not in taken:
            out.append(Fact(original[m.start("mag") : m.end()], m.start("mag"), m.end(),
                            parse_number("一" + m.group("mag")), None, f.unit, f.kind, f.approx, "level", None, None,
                            "listed_magnitude"))
            at = m.end()
    return _renumber(facts, out) if len(out) > len(facts) else facts


# Measure words that may name a grade before a noun (1类新药, 三类医疗器械, 一、二类苗; not 三类企业 alone: three kinds).
_GRADE_UNITS = frozenset({"类", "级", "档"})
_GRADE_AFTER_COUNT = re.compile(r"(?:(?![分为按划成])[\u4e00-\u9fff]){0,3}")  # (8个国产1类新药: a word of the items counted between;
# not 1200家企业分三类管理: the things counted split into kinds)
_NOUN_NEXT = re.compile(r"[\u4e00-\u9fff](?<!的)")


def _without_age_groups(text: str, facts: list[Fact]) -> list[Fact]:
    """Without the ranges of ages merged from two ages (30岁至59岁劳动力) that name a group, as a range read whole does
    (16-24岁劳动力: see _without_named_sizes)."""
    kept = [f for f in facts if not (f.kind == "age" and f.value_high is not None and
                                     _AGE_GROUP_AFTER.match(text, f.char_end) is not None)]
    return facts if len(kept) == len(facts) else _renumber(facts, kept)


def _without_times_per_amount(text: str, facts: list[Fact]) -> list[Fact]:
    """Without a time unit of one right after an amount of money, ending its clause (租金4,500元一个月, 学费1万元一年):
    what the amount is per, no duration of its own (not 100万元1个月内完成)."""
    kept = [f for i, f in enumerate(facts)
            if not (f.kind == "duration" and f.value == 1 and f.value_high is None and i and
                    facts[i - 1].kind == "money" and not text[facts[i - 1].char_end : f.char_start].strip(PUNCTUATION.spaces)
                    and f.mention.lstrip(PUNCTUATION.spaces)[:1] in "一1"
                    and (f.char_end == len(text) or text[f.char_end] in _PER_TIME_ENDS))]
    return facts if len(kept) == len(facts) else _renumber(facts, kept)


def _without_grades(text: str, facts: list[Fact]) -> list[Fact]:
    """Without the grades that name a class of the things counted or listed: 6个三类创新医疗器械 (a count, then the
    grade of what it counts), 小麦一、二类苗 (grades listed before a noun). A kind counted alone (三类企业) stays."""
    drop: set[int] = set()
    for i, f in enumerate(facts):
        if f.unit not in _GRADE_UNITS or f.kind != "count" or f.value_high is not None:
            continue
        if text.endswith(_WORSE_THAN, 0, f.char_start):
            drop.add(i)  # 劣四类水质: the grade worse than the fourth
            continue
        prev = facts[i - 1] if i else None
        if prev is not None and prev.kind == "count" and prev.unit not in _GRADE_UNITS and \
                _GRADE_AFTER_COUNT.fullmatch(text, prev.char_end, f.char_start) and _NOUN_NEXT.match(text, f.char_end):
            drop.add(i)
        chain = [i]
        while chain[0] > 0 and facts[chain[0] - 1].unit == f.unit and text[facts[chain[0] - 1].char_end : facts[chain[0]].char_start] == "、":
            chain.insert(0, chain[0] - 1)
        if len(chain) > 1 and _NOUN_NEXT.match(text, f.char_end + (text[f.char_end : f.char_end + 1] in (")", "）"))) and \
                not (i + 1 < len(facts) and text[f.char_end : facts[i + 1].char_start] == "、"):
            drop.update(chain)
    if not drop:
        return facts
    return _renumber(facts, [f for i, f in enumerate(facts) if i not in drop])


_WORSE_THAN = "劣"  # 劣四类, 劣Ⅴ类: a grade below the last one named
_POINTS = frozenset({"percentage_point", "basis_point"})
_OPENING_BRACKETS = frozenset(PUNCTUATION.opening_brackets)
CLAUSE_BREAKS, SENTENCE_BREAKS = changes.CLAUSE_BREAKS, changes.SENTENCE_BREAKS
_PER_TIME_ENDS = frozenset(CLAUSE_BREAKS + SENTENCE_BREAKS + "的 ")  # what may follow 一个月 after an amount it is per


def _change(text: str, start: int, end: int, prev_end: int, facts: list[Fact], kind: str,
            r_unit: str | None = None) -> changes.Change:
    """How the figure at start…end changes: its own wording, the list it continues, or a change noun after it;
    a change that names no base takes the basis its sentence set before it."""
    ch = changes.classify(text, start, prev_end, kind, end)
    if facts and kind not in _POINTS and facts[-1].kind == kind and \
            changes.base_own_value(text, start, end, prev_end, facts[-1].measure == "level"):
        # the value of a comparison's base, a rate stated as a value (低于全国的1.7%, 比全国平均增速5.0%快3.1个百分点):
        # no member of a list, nor the change a rate's noun before it would make it
        return ch if ch.measure == "level" else changes.LEVEL
    if ch.measure == "level" and facts and _continues_list(text, facts[-1], start, kind):
        return changes.Change(facts[-1].measure, _list_sign(text, facts), facts[-1].basis, None, True)
    if ch.measure == "level" and facts and _elliptical(text, facts, start, end, r_unit):
        return changes.Change("change", 1 if facts[-1].value >= 0 else -1, facts[-1].basis, None, True)
    if ch.measure == "level" and facts and _equivalent(text, facts[-1], start, kind):
        return changes.Change("change", 1 if facts[-1].value >= 0 else -1, facts[-1].basis, None, True)
    if ch.measure == "level" and facts and (sign := _run_total(text, facts[-1], start)) is not None:
        return changes.Change("change", sign, None, None, True)
    if ch.measure == "level" and kind in lexicon.RATE_KINDS and (named := changes.noun_then_values(text, start)):
        return named if named.basis is not None else named._replace(basis=_carried_basis(text, facts, start, kind))
        # (与昨天相比价格升幅前五名的是…，幅度分别为2.4%: the base the sentence set)
    if ch.measure == "level" and facts and facts[-1].measure == "change" and \
            (sign := changes.elided_comparative(text, facts[-1].char_end, start)) is not None:
        return changes.Change("change", sign, facts[-1].basis, None, True)  # 比全国多76.85公斤/亩，高出20.7%
    if ch.measure == "level" and start and text[start - 1] in _OPENING_BRACKETS and \
            text.endswith(_change_verbs(), 0, start - 1) and not _base_value(text, start, prev_end):
        # 一般贸易进口增长(15.9%)带动: a change verb's figure in brackets right after it (not a base's value: 高于全国平均
        # 增速（6.2%）, 高出全国（5.0%）)
        bracketed = changes.classify(text, start - 1, prev_end, kind, end)
        if bracketed.measure == "change":
            return bracketed
    if ch.measure == "level":
        noun = changes.follows(text, end, kind == "count", kind == "percent") \
            if kind != "duration" and not (kind not in lexicon.RATE_KINDS and text.startswith(_THRESHOLD_NAMED, start) and
                                           _NOUN_AFTER_DE.match(text, end)) else None
        # (結束14個月的下降: how long the fall lasted; 突破万亿元的用时逐年缩短: an amount's threshold named, not what
        # changed; but 超过5%的升幅 is a rise)
        if noun is not None:
            return changes.Change("change", noun[0], noun[1] or changes.basis_before(text, start) or
                                  (_carried_basis(text, facts, start, kind) if changes.base_behind(text, start) is None
                                   else None), None, True)
            # 6.4%的降幅, 2.7%的同比涨幅, 同比录得13.7%的升幅; …按年上升1.23%，甲类…分别录得1.08%及1.43%的升幅: the
            # basis of the change before (not 较一季度6.4%的降幅: a base's own value)
        if (kind == "percent" and (text[start] in PLUS_SIGNS or (text[start] in MINUS_SIGNS and start
                                                                   and text[start - 1] in _OPENING_BRACKETS))
            or (text[start] in PLUS_SIGNS and start and text[start - 1] in _OPENING_BRACKETS and facts and
                facts[-1].measure == "change" and facts[-1].char_end == start - 1)) \
                and not _base_value(text, start, prev_end):
            # a plus sign, or a sign in brackets after a name (交通(+5.73%), 通讯(-2.13%)), and a plus in brackets of any
            # unit right after a change (按年增加22.9%(+77項)); 利率为-0.1% is a level, and so is a base's value in brackets
            # (较一季度(-10.8%)回升2.1个百分点)
            cue = changes.sentence_cue(text, start)
            opening = cue is not None and not any(ch in CLAUSE_BREAKS for ch in
                                                  text[changes.sentence_start(text, start) : cue[1]])
            beside = facts[-1].basis if facts and facts[-1].measure == "change" and facts[-1].char_end == start - 1 \
                else cue[0] if opening else None  # (+77項) right after the change it restates in another unit: that
            # change's basis; else a base opening the sentence (與2024年第四季比較，金融業（+34.7%）…), not another
            # change's (…，按週下跌2%，…騰訊（+3.2%）: the day's move)
            return changes.Change("change", -1 if text[start] in MINUS_SIGNS else 1, beside, None, True)
    if ch.measure == "change" and ch.basis is None and not ch.explicit:
        ch = ch._replace(basis=_carried_basis(text, facts, start, kind))
    return ch


def _milestone(text: str, start: int, end: int, kind: str) -> str | None:
    """A mark a level stood on or passed (首度站上七〇〇〇億美元大關, 首次跃上140万亿元新台阶; an amount after a verb of crossing
    alone, for money or an index: 8月底站上36万亿元, 首次跨越34万亿元, not 跨越3个千亿元台阶, steps counted, nor 跨越4000公里):
    more than the mark, the verb no part of the mention."""
    if (verb := _MILESTONE_VERB.search(text, max(0, start - 3), start)) is None:
        return None
    return "more_than" if _MILESTONE_AFTER.match(text, end) or kind in _MARKED_KINDS and verb.group(1) in _CROSSING_VERBS \
        else None


_THRESHOLD_NAMED = ("突破", "超过", "首破", "站上", "迈上", "跃上", "跨越")
_NOUN_AFTER_DE = re.compile(r"的(?:用时|时间|速度|周期|间隔|过程|历程|进程)")  # (突破万亿元的用时逐年缩短: another measure's change;
# not 超过500点的跌幅, 超过20亿元的增长: the change itself)
_MILESTONE_VERB = re.compile(r"(站上|迈上|跃上|跨上|登上|跨越|跨过|迈过|跨入|迈入|重回|重返)了?\Z")
_CROSSING_VERBS = frozenset({"站上", "跨越", "跨过", "迈过"})
_MARKED_KINDS = frozenset({"money", "index"})  # what such a verb passes a mark of (not 管道跨越4000公里: a distance spanned)
_MILESTONE_AFTER = re.compile(r"(?:的|新|历史性|歷史性|重要)?(?:大关|大關|关口|關口|台阶|台階|大台阶|大台階|关|關)")


def _verb_qualifier(text: str, trigger: int | None, start: int) -> str | None:
    """约 right before the change word qualifies the change (同比约增长5%, 高温约下降3度到4度), and so does 最多 or 至多
    (最多曾升3.6%: at most): an approximation or a bound only, since 超/近 before a verb are words of their own (超增长,
    近下降); not the tail of a word (合约增长)."""
    if trigger is None:
        return None
    not_after = lexicon.qualifier_not_after()
    for m in _verb_qualifier_re().finditer(text, max(0, trigger - _QUALIFIER_BACK), start):
        before = text[m.start() - 1] if m.start() else ""
        if not (before and (before in not_after.get(m.group("q"), "") or before in _VERB_NOT_AFTER)):
            return lexicon.qualifiers()[("before", m.group("q"))]
    return None


# Before a change word, more words end in 约 than before a number (解约增长30%, 失约; but 缓解约3000人 is about).
_VERB_NOT_AFTER = "解失毁相"


_QUALIFIER_BACK = 4  # 约 may stand just before the change word that the trigger's base opened (同比约增长; 最多曾升)


@cache
def _verb_qualifier_re() -> re.Pattern[str]:
    words = [w for (pos, w), approx in lexicon.qualifiers().items()
             if pos == "before" and (approx == "about" or (approx == "at_most" and w in _BOUNDS_BEFORE_A_VERB))]
    return re.compile(rf"(?P<q>{lexicon.alternation(words)})(?:曾经?)?(?={lexicon.alternation(lexicon.changes())})")


_BOUNDS_BEFORE_A_VERB = ("最多", "至多")  # (not 不超过, 以下: words of a bound on a number, not on a change)


def _base_value(text: str, start: int, floor: int) -> bool:
    """Does the figure at ``start`` stand in brackets right after a comparison's base (较一季度(-10.8%))?"""
    if text[start - 1 : start] not in _OPENING_BRACKETS:
        return False
    _, before = changes.lead(text, start, floor)
    before = _adjective_not_opener().sub("", before)  # (升幅较大的有教育(+8.24%): 较大 opens no base; 较大连 does)
    return any(opener in before for opener in lexicon.comparisons().openers)


@cache
def _adjective_not_opener() -> re.Pattern[str]:
    return re.compile(f"(?:{lexicon.alternation(lexicon.comparisons().not_openers)})(?=的|[，,。；;：:（(]|$)")


# How far back a change looks for the basis its sentence set (同比, …): far enough for any sentence of real text,
# and a bound on the work per figure, so that a run-on "sentence" of thousands of figures costs linear time.
_BASIS_REACH = 600


def _rate_and_points(kind: str, other: str) -> bool:
    """A change in points and one in percent: the one changes the other's rate, against no same base (a count's change
    and a rate's in points share it: 比上年增加15万，城镇化率提高1个百分点)."""
    return (kind in _POINTS) != (other in _POINTS) and "percent" in (kind, other)


def _moved(text: str, before: Fact, after: Fact, kind: str) -> bool:
    """Are two levels of ``kind`` a value and the one it moved to (由6.09万人上升至6.48万人, 从…增加到…)?"""
    return before.kind == after.kind == kind and before.measure == after.measure == "level" and \
        before.value_high is None and after.value_high is None and _from_opened(text, before.char_start) and \
        _MOVED_TO.search(text, before.char_end, after.char_start) is not None and \
        not any(ch in CLAUSE_BREAKS for ch in text[before.char_end : after.char_start].replace("，", "").replace(",", ""))


_MOVED_TO = re.compile(r"(?:上升|下降|下跌|回落|回升|增加|减少|提高|降低|增长|扩大|收窄|上涨|攀升|跌|升|增|降|减)(?:至|到)")
_AFTER_MOVE = re.compile(r"[，,][^，,。；;0-9０-９]{0,4}")  # (…至6.48万人，增加约3900人: the next clause, its verb)
_MOVE_RATES = frozenset({"percent", "multiple"})  # a move's rate (增长50.76%, 增长近10倍)
_RATE_AFTER_MOVE = re.compile(r"[，,]\s*(?:累计|共|年均|实际|名义)?(?:增长|增加|上升|提高|下降|减少|降低|回落|增幅|涨幅|降幅)"
                              r"(?:了|达|为)?\s*(?:近|约|超过?)?\s*")  # (…增加至16927元，
# 增长50.76%: its verb alone; not …，贷款增长15%: another subject's)
_SINCE_THEN = re.compile(r"五[”\"」]?(?:时期|期间)?以来[^，,；;。]{0,6}\Z")  # (“十三五”以来累计: a change over the plan's
# years since; not 2024年以来累计增长5.3%, a year so far)
_PULL = re.compile(r"拉动(?!力)|带动|贡献|拉低|拉高|影响")  # (not 拉动力提升3.3个百分点: the pull's own change)
_PULL_REACH = 24


def _carried_basis(text: str, facts: list[Fact], start: int, kind: str) -> str | None:
    """The basis a change that names none takes from its sentence: that of the change before it (同比减少3.4%;…
    减少3.7%; 比上年减少162万吨,下降1.2%), except that a change in points after a change in percent is a change of
    the rate, not of the same base (同比下降2.1%,降幅均收窄0.3个百分点); else a cue standing in a clause of its
    own (与2010年相比, …; 从环比看, …)."""
    lo = max(changes.sentence_start(text, start), start - _BASIS_REACH)
    pull = None
    for pull in _PULL.finditer(text, max(lo, start - _PULL_REACH), start):
        pass
    if pull is not None and not any(ch in CLAUSE_BREAKS for ch in text[pull.end() : start]):
        return None  # 拉动居民消费价格总水平下降0.78个百分点: a contribution to another change, against no base
    if facts and facts[-1].char_end > lo:
        behind = changes.base_behind(text, facts[-1].char_start)
        if behind is not None and changes.qualifies(text, facts[-1].char_end, start - 2):
            return behind  # 比2010年的3.10人减少0.48人
    if len(facts) > 1 and facts[-2].char_start >= lo and \
            _moved(text, facts[-2], facts[-1], facts[-1].kind if kind in _MOVE_RATES else kind) and \
            (_AFTER_MOVE.fullmatch(text, facts[-1].char_end, start) if kind not in _MOVE_RATES or facts[-1].kind == kind
             else _RATE_AFTER_MOVE.fullmatch(text, facts[-1].char_end, start)):
        return "vs_prior"  # 就业不足人数由6.09万人上升至6.48万人，增加约3900人 (or 增长6.4%): against the value it moved from
    clause = max(lo, *(text.rfind(b, lo, start) + 1 for b in CLAUSE_BREAKS))
    if text.find("以来", clause, start) >= 0 and _SINCE_THEN.search(text, clause, start) is not None:
        return "vs_prior"  # 同比上升3.1个百分点，“十三五”以来累计上升12.1个百分点: against the time it counts from
    carried, at = None, -1
    for f in reversed(facts):
        if f.char_end <= lo:
            break
        if f.measure == "change" and f.basis is not None and not _rate_and_points(kind, f.kind):
            carried, at = f.basis, f.char_start
            break
    if carried == "mom" and text.find("累计", clause, start) >= 0:
        carried = None  # 按月跌1.75%，…，累计跌幅0.78%: the months added up, no change on the month before
    cue = changes.sentence_cue(text, start, max(lo, at))
    if cue is None:
        return carried
    clause_end = min((i for i in (text.find(ch, cue[1], start) for ch in PUNCTUATION.clause_breaks) if i >= 0),
                     default=start)
    if clause_end == start or any(cue[1] <= f.char_start < clause_end and not _base_value_tail().match(text, f.char_end)
                                  for f in _since(facts, lo)):
        return carried  # the cue belongs to a figure of its clause (not the base's own value: 与…的1339724852人相比,
        # 与上周20.79元/公斤的均价相比)
    return cue[0]


@cache
def _base_value_tail() -> re.Pattern[str]:
    """What follows a base's own value up to the closer: 相比, 的均价相比."""
    return re.compile(rf"(?:的[\u4e00-\u9fff]{{1,4}})?(?:{lexicon.alternation(lexicon.comparisons().closers)})")


def _since(facts: list[Fact], lo: int) -> list[Fact]:
    """The figures that end after ``lo`` (the last ones of ``facts``)."""
    k = len(facts)
    while k and facts[k - 1].char_end > lo:
        k -= 1
    return facts[k:]


def _changes_after(text: str, facts: list[Fact]) -> list[Fact]:
    """9.8%、2.7%的价格下浮: a change noun after a list makes each member a change of its sign (以48.8%、44%和41.2%的增速:
    every member, back to the first)."""
    carried = set()
    for i in range(len(facts) - 2, -1, -1):
        f, nxt = facts[i], facts[i + 1]
        if (f.measure == "level" and nxt.measure == "change" and nxt.refers_to is None and f.unit == nxt.unit
                and _listed(text, f.char_end, nxt.char_start)
                and (i + 1 in carried or changes.follows(text, nxt.char_end))):
            sign = 1 if nxt.value >= 0 else -1
            facts[i] = replace(f, value=sign * abs(f.value), measure="change", basis=nxt.basis)
            carried.add(i)
    return facts


def _price_changes(text: str, facts: list[Fact]) -> list[Fact]:
    """831元/吨，周环比涨1元: a change in money of a price is in the price's unit (+1 元/吨), and one in mass of a yield
    in the yield's (亩产370.4公斤、比上年提高2.3公斤 → +2.3 公斤/亩); so is one that comes before the price in its
    sentence (期货上涨1.10美元，涨幅1.7%，报每桶67.49美元: +1.10 美元/桶)."""
    for i, f in enumerate(facts):
        if f.measure != "change" or f.kind not in _PER_NUMERATOR_KINDS:
            continue
        if f.refers_to is not None:
            level = facts[f.refers_to]
        elif i and facts[i - 1].kind in _PER_KINDS and _against_before(text[facts[i - 1].char_end : f.char_start]):
            level = facts[i - 1]  # 本周平均价为19.35元(每公斤,下同),比上周降0.72元: the price's own change
        else:
            level = next((g for g in facts[i + 1 :] if g.kind != "percent"), None)
            if level is None or not _quotes_price(text[f.char_end : level.char_start]):
                continue
        if level.kind in _PER_KINDS and level.measure == "level" and level.unit.startswith(f.unit + "/"):
            facts[i] = replace(f, unit=level.unit, kind=level.kind)
    for i, f in enumerate(facts):  # 猪肉价格每斤上涨2元，目前在13元左右: the level the price reached, in its unit
        if i and f.measure == "level" and f.kind == "money" and "/" not in f.unit and \
                (before := facts[i - 1]).measure == "change" and before.kind in _PER_KINDS and \
                before.unit.startswith(f.unit + "/") and \
                _PRICE_REACHED.fullmatch(text, before.char_end, f.char_start) is not None:
            facts[i] = replace(f, unit=before.unit, kind=before.kind)
    return _cents_of_a_price(text, facts)


def _cents_of_a_price(text: str, facts: list[Fact]) -> list[Fact]:
    """港燈…燃料調整費減3.8仙，下調至32.9仙，較今年1月每度電44.1仙下調25.4%: amounts in a price's cents (仙, 港仙, 分, 角)
    in a sentence where one of them is that price (per 度电) are of the price too."""
    prices = [f for f in facts if f.kind == "price" and f.mention.rstrip().endswith(_CENTS)]
    if not prices:
        return facts  # the common case, in one step
    for i, f in enumerate(facts):
        if f.kind != "money" or not f.mention.rstrip().endswith(_CENTS):
            continue
        price = next((p for p in prices if p.unit.startswith(f.unit + "/") and
                      p.mention.rstrip()[-1] == f.mention.rstrip()[-1] and
                      changes.sentence_start(text, p.char_start) == changes.sentence_start(text, f.char_start)), None)
        if price is not None:
            facts[i] = replace(f, unit=price.unit, kind=price.kind)
    return facts


_CENTS = ("仙", "分", "角")


# After a price's change, the clause that gives the price it reached (，目前在, ，为, ，报): no subject of its own.
_PRICE_REACHED = re.compile(r"[，,]\s*(?:目前|现在|当前|眼下|至今)?(?:已|仍|每[^，,。；;0-9]{1,2})?"
                            r"(?:在|为|是|报|达到|达|至|升至|降至|涨至|跌至|约为|约)?\s*")


_PER_NUMERATOR_KINDS = frozenset({"money", "mass", "length"})  # what a price or a rate is of: 元/吨, 公斤/亩, 公里/小时
_PER_KINDS = frozenset({"price", "rate"})


def _against_before(between: str) -> bool:
    """Is the text between a price and a change after it one clause comparing it with an earlier time (,比上周降;
    ，较上月上涨): no subject of its own?"""
    clauses = [c.strip(PUNCTUATION.spaces) for c in re.split(f"[{re.escape(CLAUSE_BREAKS)}]", _ASIDE_AFTER.sub("", between))]
    return len(clauses) >= 2 and all(_REMARK.fullmatch(c) for c in clauses[1:-1]) and \
        _against_before_re().fullmatch(clauses[-1]) is not None  # (为1091元/克，为年内最高，较前一日上涨17元)


_ASIDE_AFTER = re.compile(r"^[（(][^（()）]{0,12}[)）]")  # (每公斤,下同)
# A remark on a price between it and its change, no figure in it: 为年内最高, 创历史新高.
_REMARK = re.compile(r"(?:为|創|创|再创|刷新|居|位居)[^0-9０-９]{0,8}")


@cache
def _against_before_re() -> re.Pattern[str]:  # (比上周降, 较前一日上涨, 单日上涨: a day's move)
    return re.compile(rf"(?:(?:比|较|环比|同比)[\u4e00-\u9fff]{{0,6}}?|(?:单日|当日|日内|今日|昨日))"
                      rf"(?:{lexicon.alternation(lexicon.changes())})了?")


def _quotes_price(between: str) -> bool:
    """Does the text between a change and a price after it open the price's quote (…，涨幅1.7%，报每桶): its last
    clause starts with a quote word, and no sentence ends in it?"""
    if any(ch in SENTENCE_BREAKS for ch in between):
        return False
    last = re.split(f"[{re.escape(CLAUSE_BREAKS)}]", between)[-1].lstrip(PUNCTUATION.spaces)
    return last.startswith(lexicon.compounds().quotes)


_RANGE_GAP = re.compile(PUNCTUATION.range_gap())


def _merge_ranges(original: str, text: str, facts: list[Fact]) -> list[Fact]:
    """1万元--5万元, 1万(含)-5万元: two figures of one unit joined by a dash are one range; so are two losses
    from the smaller to the larger (-8000万元至-11400万元 is −114000000…−80000000). Read in the simplified ``text``,
    the mention taken from the ``original``."""
    out: list[Fact] = []
    for f in facts:
        prev = out[-1] if out else None
        if prev is None:
            out.append(f)
            continue
        if prev.unit.startswith(f.unit + "/") and _same_measure(text, prev, f):
            f = replace(f, unit=prev.unit, kind=prev.kind)  # 每股收益预计在0.0768元至0.0969元: one price's two ends
        elif f.unit.startswith(prev.unit + "/") and f.kind in _PER_KINDS and \
                _RANGE_GAP.fullmatch(text, prev.char_end, f.char_start):
            prev = replace(prev, unit=f.unit, kind=f.kind)  # 6元-10元一斤: the price's unit said at the high end
        ends = None
        if (prev.unit == f.unit and prev.value_high is None and f.value_high is None
                and f.measure == "level" and (prev.measure == "level" or _stated_change(text, prev))
                and (prev.value <= f.value or prev.value < 0 and f.value < 0)
                and _RANGE_GAP.fullmatch(text, prev.char_end, f.char_start) and not _from_to(text, prev, f)
                and _stepped_before().search(text, max(0, prev.char_start - _STEP_REACH), prev.char_start) is None):
            ends = (prev.value, f.value)
        elif scale := _adjacent_numbers(text, prev, f):  # 14、15度; 二、三十亿斤: 20亿 to 30亿
            ends = (exact(prev.value * scale), f.value)
        elif _dash_read_as_minus(text, prev, f):
            ends = (prev.value, -f.value)  # 主流区间为118公斤-122公斤: the dash between two amounts, no minus
        elif _change_range(text, prev, f):
            ends = (prev.value, (1 if prev.value > 0 else -1) * f.value)
        elif _repeated_change(text, prev, f):
            ends = (prev.value, f.value)  # 年增36.1％至年增39.8％
        if ends is not None:
            out[-1] = replace(prev, mention=original[prev.char_start : f.char_end], char_end=f.char_end,
                              value=min(ends), value_high=max(ends), rule="range")
            continue
        if (prev.kind == f.kind == "money" and prev.unit == f.unit and prev.value > f.value
                and f.mention[:1] in DIGIT_CHARS and text[prev.char_end : f.char_start] in ("又", "")):  # (not
            # 目标3000亿元超过1070亿元, an excess: a qualifier before the second)
            out[-1] = replace(prev, mention=original[prev.char_start : f.char_end], char_end=f.char_end,
                              value=prev.value + f.value, approx=prev.approx or f.approx,
                              rule="money_compound")  # 两美元又三美分, 10日元5日本銭, 3美元50美分以上
            continue
        out.append(f)
    return out if len(out) == len(facts) else _renumber(facts, out)


@cache
def _stepped_before() -> re.Pattern[str]:
    """A value opened by 由/从 and a change word right before a figure (由16.1元加2元至18.1元): the figure is the step, the
    one after 至 the level it reached, no range."""
    return re.compile(rf"(?:由|从|從)[^，,。；;：:]{{0,10}}?[0-9][0-9.,]*[^，,。；;：:0-9]{{0,3}}?"
                      rf"(?:{lexicon.alternation(lexicon.changes())})\Z")


_STEP_REACH = 24


def _dash_read_as_minus(text: str, prev: Fact, f: Fact) -> bool:
    """Is ``f`` the high end of a range its dash was read as a minus of (118公斤-122公斤): an amount of a kind that is never
    below zero, right after one of the same unit, and larger than it?"""
    return f.kind in _NEVER_NEGATIVE and prev.unit == f.unit and prev.value_high is None and f.value_high is None and \
        prev.char_end == f.char_start and text[f.char_start : f.char_start + 1] in MINUS_SIGNS and \
        0 < prev.value <= -f.value


_NEVER_NEGATIVE = frozenset({"mass", "length", "area", "volume", "count"})


def _same_measure(text: str, prev: Fact, f: Fact) -> bool:
    """Are two figures the two ends of one price: a range (0.0768元至0.0969元), or from and to (从每度0.8465元调整为
    0.7457元)?"""
    if _RANGE_GAP.fullmatch(text, prev.char_end, f.char_start):
        return True
    if not _TO_GAP.fullmatch(text, prev.char_end, f.char_start):
        return False
    _, clause = changes.lead(text, prev.char_start, 0)
    return any(opener in clause for opener in _FROM_OPENERS)


_TO_GAP = re.compile(r"[\u4e00-\u9fff]{0,4}(?:为|為|到|至)")  # 调整为, 提高到, 下调至 (調整為)


def _adjacent_numbers(text: str, prev: Fact, f: Fact) -> Decimal | None:
    """14、15度, 回升2、3度, 二、三十亿斤, 约17度、18度: two whole numbers in a row joined by 、 are a loose range,
    not a list — unless 分别 lists them. The first is bare (then it may be read at the second's scale: 10亿 for 二 in
    二、三十亿) or has the same unit word and is one less. The scale, else None."""
    if not (prev.unit == f.unit and text[prev.char_end : f.char_start] == "、" and prev.value_high is None
            and f.value_high is None and prev.value == prev.value.to_integral_value() and f.approx is None):
        return None  # (约22、23度: the qualifier before the first holds for the range)
    if prev.kind == "count" and (prev.unit in _LABEL_UNITS or (prev.unit in _ORDERED_UNITS and abs(prev.value) == 1)):
        return None  # 一、二类疫苗, 1、2层: labels, not a count from one to two (三、四层的小楼 is one)
    bare_first = prev.rule.startswith("list_")
    if not bare_first:
        return Decimal(1) if abs(f.value) - abs(prev.value) == 1 and _step_of_one(text, prev) else None
    first = parse_number(_LEADING_WORDS.sub("", prev.mention))  # as written: a unit's factor (斤) applies to both
    if not first or first < 0:
        return None
    factor = abs(prev.value) / first
    second = abs(f.value) / factor
    scale = Decimal(1) if second - first == 1 else second / (first + 1) if first < 9 else None
    if scale is None or scale < 1 or scale.log10() != scale.log10().to_integral_value():
        return None  # 5、8个 (not a step of one at the second's scale)
    _, clause = changes.lead(text, prev.char_start, 0)
    return scale if "分别" not in clause else None


def _step_of_one(text: str, prev: Fact) -> bool:
    """Is 约17度、18度 a range (units written twice, values one apart), not a list (分别为17度、18度)? Only for a
    temperature or another measure that is read in context, where a list would name its members."""
    _, clause = changes.lead(text, prev.char_start, 0)
    return prev.kind == "temperature" and "分别" not in clause


# Measure words that label rather than count (一、二类, 3、4号线): two of them in a row are a list; and those that
# label from the first (1、2层, 一、二期) but count further on (三、四层的小楼, 分三、四批).
_LABEL_UNITS = frozenset({"类", "号", "线", "级", "档", "版", "代"})
_ORDERED_UNITS = frozenset({"层", "期", "批", "届", "楼", "区", "段", "路"})
_LEADING_WORDS = re.compile(r"^[^0-9０-９〇零一二两三四五六七八九十百千万亿]+")  # 约22 → 22


def _change_range(text: str, prev: Fact, f: Fact) -> bool:
    """偏少二成至八成, 下降3度到4度, 预计增加4332.68万元到6216.68万元: the two ends of one change, not a change and the
    level it reached (上调1元至2元, 减少14手至410手). Read so only where a range of changes is the usual reading: a
    departure from the normal (偏少, 降温 …), a forecast (预计 in the sentence), a temperature or a rate; and not where
    the second end lies far beyond the first (``_REACHED_RATIO``) or 由/从 opened the clause."""
    if not (prev.measure == "change" and f.measure == "level" and prev.unit == f.unit and prev.value_high is None
            and f.value_high is None and 0 < abs(prev.value) < f.value < _REACHED_RATIO * abs(prev.value)
            and _RANGE_GAP.fullmatch(text, prev.char_end, f.char_start)):
        return False
    if _from_opened(text, prev.char_start):
        return False
    sentence = text[changes.sentence_start(text, prev.char_start) : prev.char_start]
    return prev.kind in _RANGED_KINDS or any(word in sentence for word in _RANGED_WORDS)


def _repeated_change(text: str, prev: Fact, f: Fact) -> bool:
    """年增36.1％至年增39.8％, 增长5%到增长7%: two changes of one unit and sign joined by a dash that repeats the words of
    change before the first, the two ends of one change."""
    if not (prev.measure == f.measure == "change" and prev.unit == f.unit and prev.value_high is None and
            f.value_high is None and (prev.value > 0) == (f.value > 0)):
        return False
    gap = text[prev.char_end : f.char_start].strip(PUNCTUATION.spaces)
    dash = next((d for d in PUNCTUATION.range_dashes if gap.startswith(d)), None)
    words = gap[len(dash) :].strip(PUNCTUATION.spaces) if dash else ""
    if not (0 < len(words) <= _REPEATED_REACH and text.endswith(words, 0, prev.char_start)):
        return False
    return any(words.endswith(word) for word in lexicon.changes()) and not _from_opened(text, prev.char_start)
    # (not 由增长5%到增长7%: a rate's two values)


def _from_to(text: str, prev: Fact, f: Fact) -> bool:
    """年用电量从5万亿千瓦时到10万亿千瓦时，我国仅用了十余年时间: a value and the one it went to — opened by 从/由, joined by
    到/至 (not a dash), not said to be a range (不等, 之间), and told as a change or the time it took in the clause right
    after it; else a range, as it always is for a price or a fee (门票价格从50元到150元, 从3000元到5000元不等). The time
    it took right after the pair (2千亿美元到3千亿美元花了5年) says so without 从 and for money too."""
    if not any(word in text[prev.char_end : f.char_start] for word in _TO_WORDS) or _RANGE_SAID.match(text, f.char_end):
        return False
    if _TOOK.match(text, f.char_end) and (_from_opened(text, prev.char_start) or
                                          any(o in text[max(0, prev.char_start - _FROM_REACH) : prev.char_start]
                                              for o in _FROM_OPENERS)):
        return True  # 从1千亿美元到2千亿美元花了11年，2千亿美元到3千亿美元花了5年: the time one value took to reach the other,
        # money too, in a list opened by 从 (not 跑5公里到10公里用时40至70分钟: a range)
    if not _from_opened(text, prev.char_start):
        return False
    if _LEAP_AFTER.match(text, f.char_end):
        return True  # 我国GDP实现了从60万亿元到134万亿元的跨越: a leap from one value to the other, money too
    if f.kind in ("money", "price"):
        return False
    after = _NEXT_CLAUSE.match(text, f.char_end)
    return after is not None and _WENT.search(after.group()) is not None


_TO_WORDS = ("到", "至")
_LEAP_AFTER = re.compile(r"的(?:历史性|重大|大)?(?:跨越|飞跃|跃升|提升|增长|转变|突破)")
_RANGE_SAID = re.compile(r"[^，,。；;]{0,3}?(?:不等|之间|区间|范围)")
_NEXT_CLAUSE = re.compile(r"[^，,。；;]*[，,][^，,。；;]*")  # (…10万亿千瓦时，我国仅用了十余年)
_WENT = re.compile("用了|仅用|只用|历时|花了|耗时|增长|增加|提高|提升|跨越|翻")
_FROM_REACH = 60
_TOOK = re.compile(r"(?:仅|只|才|更|共|又|足足)?(?:用了|花了|历时|耗时|费时|用时|花费)")


def _from_opened(text: str, start: int) -> bool:
    """Did 由/从 open the clause of the figure at ``start`` (由…到…: two values, not a range's ends)?"""
    _, clause = changes.lead(text, start, 0)
    return any(opener in clause for opener in _FROM_OPENERS)


_REPEATED_REACH = 4  # characters of the words of change repeated after the dash (年增, 增长, 同比增长)
_RANGED_KINDS = frozenset({"temperature", "percent", "percentage_point"})
_RANGED_WORDS = ("偏少", "偏多", "偏低", "偏高", "降温", "升温", "预计", "预测", "预期", "估计")
_REACHED_RATIO = 5
_FROM_OPENERS = ("由", "从", "從")


def _stated_change(text: str, f: Fact) -> bool:
    """A change stated as a value (变动值为:-6579万元至-12579万元), not reached from (减少14手至410手: by 14, to 410)."""
    before = text[max(0, f.char_start - _STATED_REACH) : f.char_start].rstrip(PUNCTUATION.spaces)
    return f.measure == "change" and before.endswith(("为", *PUNCTUATION.colons))


_STATED_REACH = 4


def _renumber(before: list[Fact], after: list[Fact]) -> list[Fact]:
    """Keep refers_to pointing at the same figures once ranges have merged two into one."""
    index = {f.char_start: i for i, f in enumerate(after)}
    starts = [f.char_start for f in before]
    return [replace(f, refers_to=index.get(starts[f.refers_to])) if f.refers_to is not None else f for f in after]


@cache
def _change_verbs() -> tuple[str, ...]:
    """The change words that are verbs (增长, 下降; not the rate nouns 增速, 降幅), of two characters or more."""
    return tuple(w for w in lexicon.changes() if len(w) > 1 and w not in lexicon.change_nouns())


def _equivalent(text: str, prev: Fact, start: int, kind: str) -> bool:
    """Is the figure at ``start`` the change before it in another unit, in brackets right after it (增产474.8万吨
    (94.9亿斤), 增加100亿元（约合15亿美元）), or as a percent after 或 or in brackets (上涨22美分，或0.2%; 减少3000人（0.82%）)?
    Not after a rate in brackets: that
    is a wider region's or a base's (增长7.5%（全市11.1%）)."""
    if prev.measure != "change":
        return False
    gap = text[prev.char_end : start]
    if kind == "percent" and prev.kind not in lexicon.RATE_KINDS and \
            (_OR_AFTER_PAUSE.fullmatch(gap) or gap.strip(" \u3000") in PUNCTUATION.opening_brackets):
        return True  # (较2024年减少3000人（0.82%）: the change as a share of its base)
    return prev.kind == kind and kind not in lexicon.RATE_KINDS and gap.rstrip("约合折 ") in PUNCTUATION.opening_brackets


_OR_AFTER_PAUSE = re.compile(r"[ \u3000]*[，,][ \u3000]*或[ \u3000]*")  # (或 right after the figure is a list's: _listed)


def _run_total(text: str, prev: Fact, start: int) -> int | None:
    """The sign of a run's total: 连升3周共1.80%, 連跌2周共0.49% (the figure after how long the run lasted, and 共 or 累计),
    else None."""
    if prev.kind != "duration" or not _RUN_TOTAL_GAP.fullmatch(text, prev.char_end, start):
        return None
    m = run_before().search(text, max(0, prev.char_start - 8), prev.char_start)
    return lexicon.changes()[m.group("word")] if m else None


_RUN_TOTAL_GAP = re.compile(r"[ \u3000]*(?:共|累计|合共|累积|共计)[ \u3000]*")


def _after_aside(text: str, facts: list[Fact], start: int) -> bool:
    """Does the figure at ``start`` follow a figure in brackets, the value of a base named before it (高于全省平均
    增速(16.8%)0.73个百分点), the value of a base's time (比2019年7503万吨增加近40万吨), or a base's value a comparative
    follows (较招股价0.43元高0.17元)? Then its clause reaches back past that value."""
    if not facts:
        return False
    prev = facts[-1]
    if any(ch in CLAUSE_BREAKS for ch in text[prev.char_end : start]):
        return False
    return (prev.char_start > 0 and text[prev.char_start - 1] in PUNCTUATION.opening_brackets
            and text.startswith(PUNCTUATION.closing_brackets, prev.char_end)) or \
        _BASE_TIME_BEFORE.search(text, max(0, prev.char_start - 18), prev.char_start) is not None or \
        changes.compared_with(text, prev.char_start, prev.char_end, start)


# A base's time right before its value (比2019年7503万吨增加近40万吨): the change after the value reads the base too.
_BASE_TIME_BEFORE = re.compile(r"(?:比|较)\s*(?:[0-9]{4}\s*年(?:[\u4e00-\u9fff]{2,6}?(?:假日|假期|黄金周|期间))?|上年|去年|上月|上周|"
                               r"上年同期|去年同期)(?:同期|末|底)?的?$")  # (较2024年国庆节假日7天增加…: the base's holiday)


_WRITTEN_SIGNS = "-−+"  # a sign written with a figure (full-width forms are normalised)


def _list_sign(text: str, facts: list[Fact]) -> int:
    """The sign a list of changes gives its next member: that of the wording before its first member (分别下降3%、5%
    and 分别下降-3%、5%: −5, a minus after 下降 being emphasis; 增速分别为-11.6%、4.1%: +4.1, each its own sign)."""
    prev = facts[-1]
    if text[prev.char_start] in _WRITTEN_SIGNS:  # the member before has a sign of its own: ask the list's wording
        k = len(facts) - 1
        while (k and facts[k - 1].measure == "change"
               and _listed(text, facts[k - 1].char_end, facts[k].char_start)):
            k -= 1
        wording = changes.classify(text, facts[k].char_start, facts[k - 1].char_end if k else 0, facts[k].kind)
        if wording.measure == "change":
            return wording.sign
    return 1 if prev.value >= 0 else -1  # the common case: the member before carries the list's sign


def _continues_list(text: str, prev: Fact, start: int, kind: str | None = None) -> bool:
    """Is the figure at ``start`` a member of the list of changes ``prev`` ends? Not an amount after a rate
    (地区生产总值增长5.2%、约4.4万亿元: the level of what grew)."""
    if prev.kind in lexicon.RATE_KINDS and kind is not None and kind not in lexicon.RATE_KINDS:
        return False
    if kind not in lexicon.RATE_KINDS and text.startswith(_CROSSING, start):
        return False  # 经营主体净增98万户、突破1900万户: the stock the addition took past a mark
    return prev.measure == "change" and (_listed(text, prev.char_end, start) or _distributed_comma(text, prev, start)
                                         or _ALTERNATIVE.fullmatch(text, prev.char_end, start) is not None
                                         or (prev.char_end == start and prev.kind == kind == "percent" and
                                             _after_each(text, prev.char_start)))
    # (分别增长21.6%20.2%: rates run together after 分别, a separator lost)


_CROSSING = "突破"  # (a mark the stock passed: the only qualifier of qualifiers.csv that crosses one, opening the figure)


def _after_each(text: str, start: int) -> bool:
    """Does 分别 stand in the few characters before ``start`` (分别增长21.6%…; the text read simplified)?"""
    return "分别" in text[max(0, start - _EACH_REACH - 4) : start]


_ALTERNATIVE = re.compile(r"[ \u3000]*[(（]或[ \u3000]*")  # 下跌5元(或0.86%): the same change, in another unit


def _elliptical(text: str, facts: list[Fact], start: int, end: int, unit: str | None) -> bool:
    """Is the figure at ``start`` the change of a clause that names only its subject, the verb left to the clause
    before (城镇居民人均可支配收入增长5.1%，农村居民6.3%; 一产增长3%，二产5%，三产7%): a rate of the same unit ending its
    clause, after a change ending its own, told by a change word (or itself such a clause). Not a subject that names a
    measure of its own (…增长5%，利润率12%: a level) or holds a verb (早稻栽插过六成)."""
    k = len(facts) - 1
    if unit not in _ELLIPTICAL_UNITS:
        return False
    while k >= 0:
        prev = facts[k]
        subject = text[prev.char_end : start]
        if prev.measure != "change" or prev.unit != unit or not _ELLIPTICAL.fullmatch(subject) or \
                not _clause_ends(text, end) or not _clause_ends(text, prev.char_end) or \
                any(w in subject for w in _OWN_MEASURE) or _verbs_re().search(subject) is not None or \
                (unit == "%" and any(w in subject for w in _OWN_LEVEL_BOUNDED) and _BOUND_END.search(text, start, end)):
            return False
        if _verbs_re(before=True).search(text, max(0, prev.char_start - 8), prev.char_start) is not None:
            return True
        start, end, k = prev.char_start, prev.char_end, k - 1  # (…，二产5%，三产7%: the clause before is one too)
    return False


def _clause_ends(text: str, at: int) -> bool:
    return at >= len(text) or text[at] in _CLAUSE_END_CHARS


@cache
def _verbs_re(before: bool = False) -> re.Pattern[str]:
    """A change word right before a figure (增长, 下降了: ``before``), or a change word or a verb of reaching anywhere in a
    subject (早稻栽插, 收于, 降至)."""
    changes_alt = lexicon.alternation(lexicon.changes())
    return re.compile(rf"(?:{changes_alt})了?[ \u3000]*\Z" if before else rf"{changes_alt}|插|收|至|到")


_ELLIPTICAL_UNITS = frozenset({"%", "百分点", "℃"})


_ELLIPTICAL = re.compile(r"[，,；;][ \u3000]*[\u4e00-\u9fff]{1,8}")
_CLAUSE_END_CHARS = frozenset("，,；;。")
# What a subject names when its figure is a level of its own, not the change the clause before told of.
_OWN_MEASURE = ("率", "比", "重", "为", "是", "达", "有", "占", "共", "计", "约", "额", "量", "值", "数", "价", "均",
                "规模", "总", "水平", "目标", "预期", "计划", "年", "月", "日", "季")
# …and, for a percent with a goal's bound, a ratio's noun (…增长6.5%左右，研发经费投入强度2%以上: a level; not 碳排放强度4.1%
# after 能耗下降3%, 臭氧浓度2.1%: the fall left to the clause before)
_OWN_LEVEL_BOUNDED = ("强度", "密度", "浓度", "覆盖")
_BOUND_END = re.compile(r"(?:以上|左右|以内|以下)\Z")


def _distributed_comma(text: str, prev: Fact, start: int) -> bool:
    """分别增长57.3%，36.8%和33.1%: after 分别 a comma alone between two figures separates the list's members."""
    if text[prev.char_end : start].strip(PUNCTUATION.spaces) not in ("，", ","):
        return False
    member = _BARE_MEMBER.match(text, start)
    if member is None:
        return False  # (两地分别增长5%，6%的企业亏损: a level of its own)
    opened = max(text.rfind(stop, 0, prev.char_start) for stop in _SENTENCE_OPENERS)  # the list's clause, past commas
    at = text.rfind("分别", opened + 1, prev.char_start)
    # (not past a list closed already: 分别增长5.2%和6.1%，0.8个百分点和1.2个百分点的差距…)
    return at >= 0 and prev.char_start - at <= _DISTRIBUTED_REACH and \
        not any(word in text[at : prev.char_start] for word in ("和", "及"))


# A list member: a number with the list's unit, then the list or the clause goes on (36.8%和33.1%, …33.1%。)
_BARE_MEMBER = re.compile(r"[0-9０-９.．]+[ \u3000]*(?:[%％‰]|个百分点|倍)?[ \u3000]*(?=[、和及与，,。；;.]|$)")


def _compatible(level: Fact, change: Resolved) -> bool:
    """A 百分点 change qualifies a percent; a percent change anything but a percent; a change in money a price in
    that money; else the same unit."""
    if change.kind == "percentage_point":
        return level.kind == "percent"
    if change.kind == "percent":
        return level.kind not in ("percent", "percentage_point")
    if change.kind in _PER_NUMERATOR_KINDS and level.kind in _PER_KINDS:
        return level.unit.startswith(change.unit + "/")  # 831元/吨，涨1元; 亩产370.4公斤、比上年提高2.3公斤
    return level.unit == change.unit


def _refers_to(text: str, facts: list[Fact], ch: changes.Change, r: Resolved) -> int | None:
    if ch.measure != "change" or ch.trigger_start is None:
        return None
    for i in range(len(facts) - 1, -1, -1):
        prev = facts[i]
        if prev.measure == "level" and changes.qualifies(text, prev.char_end, ch.trigger_start):
            verb = _BASE_WORD.match(text, ch.trigger_start).end()  # 同比|增长
            if i and r.kind == "percent" and prev.kind == "percent" and facts[i - 1].measure == "level" and \
                    facts[i - 1].kind != "percent" and _AMOUNT_CHANGE.match(text, verb) and \
                    _SHARE_CLAUSE.fullmatch(text, facts[i - 1].char_end, prev.char_start) is not None:
                return i - 1  # 收入完成28,583万元，占调整预算105.47%，同比增长10.85%: the revenue's growth, not the share's
            return i if _compatible(prev, r) else None
        if prev.char_end <= ch.trigger_start:
            return None
    return None


_DISTRIBUTED_REACH = 40  # from 分别 to the list member before the comma (分别增长57.3%, …)
# A clause between two figures that gives the second as a share of something (，占调整预算105.47%; ，完成汇总预算的101%;
# ，为预算的99.4%).
_SHARE_CLAUSE = re.compile(r"[^，,；;。]{0,12}[，,][ \u3000]*(?:(?:占|完成)(?:(?!比重|比例)[^，,；;。]){1,12}?(?:为|达|达到)?"
                           r"|为[^，,；;。]{1,10}?的)")  # (，为调整预算的103.8%)
_AMOUNT_CHANGE = re.compile(r"增长|下降|增加|减少")  # (占GDP比重达60%，较上年提升1.5%: the share's rise)
_BASE_WORD = re.compile(r"(?:同比|环比|(?:比|较)(?:上年|去年)(?:同期|实绩)?)?")  # (比上年实绩增长19.4%)


def _run(text: str, facts: list[Fact], i: int, measure: str) -> list[int]:
    """Indices of the list of figures of ``measure`` that ends at ``i`` (A、B和C)."""
    run = [i]
    while run[0] > 0:
        j = run[0] - 1
        if facts[j].measure != measure or not _listed(text, facts[j].char_end, facts[run[0]].char_start):
            break
        run.insert(0, j)
    return run


def _pair_distributive(text: str, facts: list[Fact]) -> list[Fact]:
    """分别为100亿元、200亿元，分别增长10%、12%: the i-th change qualifies the i-th level."""
    i = 0
    while i < len(facts):
        f = facts[i]
        if f.measure == "change" and f.refers_to is not None:
            levels = _run(text, facts, f.refers_to, "level")
            j = i
            while j + 1 < len(facts) and facts[j + 1].measure == "change" and \
                    _listed(text, facts[j].char_end, facts[j + 1].char_start):
                j += 1
            if j > i and len(levels) == j - i + 1:
                for k, level in zip(range(i, j + 1), levels):
                    facts[k] = replace(facts[k], refers_to=level)
            i = j
        i += 1
    return facts
