"""Find figure candidates: surface spans with their parts, before any value is resolved."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from etl.figures import lexicon
from etl.figures.identifiers import find_identifiers
from etl.figures.numerals import DIGIT_CHARS, FINANCIAL_ALONE, NUMERAL, SAID_FOR_SHORT, normalize

MASK = "\x1f"  # replaces set phrases and identifiers: same length, matches nothing
PUNCTUATION = lexicon.punctuation()
RANGE_SEPARATORS = PUNCTUATION.range_gap()
NEGATIVE_SIGNS = ("零下", "负", "-", "−", "－")  # before a number: 零下5℃, -5℃
HIGH_SIGNS = "|".join(NEGATIVE_SIGNS)
MINUS_SIGNS = frozenset(("-", "−", "－"))
PLUS_SIGNS = ("+", "＋")  # a signed rate (+6.14%) is a change; a plus before anything else joins a name (1+N)
PLUS_MINUS = "±"  # ±3%: the range from −3 % to 3 %
_S = f"[{re.escape(PUNCTUATION.spaces)}]*"
# 百分之, 千分之, 万分之 … with the spaces some texts put inside (百 分 之 2.4).
# (百分八: 8 %, a Hong Kong or Macao paper's 百分之八)
RATIO = rf"(?:(?:百万万|万万|千万|百万|十万|万|千|仟|百|佰){_S}分{_S}之|百分(?=[一二三四五六七八九十])){_S}"
# 个百分点 with spaces or without 个.
POINTS_UNIT = rf"个?{_S}百{_S}分{_S}点"
CURRENCY_PREFIX = {"人民币": "元", "港币": "港元", "美金": "美元", "新台币": "新台币", "台币": "新台币",
                   "NT$": "新台币", "US$": "美元", "HK$": "港元", "MOP$": "澳门元", "$": "美元", "￥": "元", "¥": "元",
                   "€": "欧元", "£": "英镑", "RMB": "元", "CNY": "元", "USD": "美元", "HKD": "港元", "EUR": "欧元",
                   "GBP": "英镑", "JPY": "日元"}
SCALE_PREFIX = {"华氏温度": "℉", "华氏": "℉", "摄氏温度": "℃", "摄氏": "℃"}
# A stock code in brackets after a company's name: 00005.HK, 600519, 00700, 2330, 深圳﹕000858 (a year alone is none:
# 《规划》(2025); nor a hotline's five digits: 热线（12345）).
STOCK_CODE = re.compile(r"[（(](?:[^()（）]{0,4}[:：﹕])?(?:(?:SH|SZ|HK|sh|sz|hk)?(?:[0-9]{6}|0[0-9]{4}|[0-9]{4})"
                        r"|[0-9]{3,6}\.(?:HK|SH|SZ|hk|sh|sz|TW|tw))[)）](?<![（(](?:19|20)[0-9]{2}[)）])")
# 元 may be followed by 角 and 分: 50元6角三分, 五元三毛.
_MONEY_DIGIT = "[0-9一二三四五六七八九两壹贰叁肆伍陆柒捌玖贰參陸]"
# 四块五 is 4.5 元 as it is said, the 毛 left out: a single digit after 块 before a price's 一, 钱, a stop or the end
# (not 三块五花肉, 两块五星红旗, nor 3块1000平方米, 2块5G试验网: a count before another figure or a name)
_SMALL_MONEY = (rf"(?:(?P<jiao>{_MONEY_DIGIT}){_S}(?:[角毛]|(?<=块{_MONEY_DIGIT})(?=一(?![0-9一二三四五六七八九十百千万亿])|钱|[，,。；;！？!?、）)\s]|$)))?"
                rf"(?:(?P<fen>{_MONEY_DIGIT}){_S}分(?!钟|之|析|类|别))?钱?")
# 成 as a unit (八成 = 80 %), but not the 成 of 成立, 成员, 成为 … (一成不变 is caught by the 一 rule).
CHENG = ("成(?![立员为果本熟功都型交就效绩长品全事效])(?:[ \u3000]*[一二三四五六七八九](?![成十百千万亿])"
         "|[1-9１-９](?=以上|左右|多|的|[^0-9０-９.．A-Za-zＡ-Ｚａ-ｚ\u4e00-\u9fff]|$))?")  # 七成六, 9成2以上: 76 %, 92 %
# (not 8成5G基站, 7成3岁以下儿童, 6成5家企业: 80 %, 70 %, 60 % and a figure after)
# 度 is a temperature only where the sentence speaks of temperature (resolve checks); 度电 is energy, and so
# is 度 after 万/亿 (3,120亿度). 方 is a cubic metre only after 万/亿 (22亿方), never in 三方.
DEGREE = "度(?!电)"
CUBIC = "(?<=[万亿])方"
# A height in metres and centimetres: 身高2米26, 一米八五 (2.26 m, 1.85 m), after a lone 1 or 2; not 2米深, 1米5的水位
# is read too (1.5 m), but 12米85 is no height.
HEIGHT = ("(?<=(?<![0-9０-９.．])[12１２一二两])米(?:[0-9]{1,2}(?![0-9０-９.．%％万亿米厘公])"
          "|[一二三四五六七八九]{1,2}(?![十百千万亿米厘公零〇]))")
# 折 as a discount: 八折 = 80 %, 七五折 = 75 %, 9.9折 = 99 %; not 折扣, 折旧, 折合 ….
ZHE = "折(?![扣旧算合叠射线中返服磨腾])"
# A magnitude written without a digit, after a qualifier: 近万人, 超十万台, 逾百家, 上千个, 突破百亿元.
MAGNITUDES = ("十万", "百万", "千万", "十亿", "百亿", "千亿", "万亿", "十", "百", "千", "万", "亿")
_NOT_AFTER_MAGNITUDE = "0-9一二三四五六七八九十百千万亿两余多分几"  # 近百分之七十 is a percentage; 近十几个 a number
# …but a unit may open with 千 (超千亿千瓦时, 近百万千瓦)
_THOUSAND_UNIT = "千(?:瓦|克|米|公顷|伏|卡)"
# 半 after a unit adds a half (六倍半, 一吨半), but not where it starts a word (半年, 半径, 半岛, 半导体).
# Names of measures a value may follow with no space (GDP3495.54亿元, CPI2.1%, 人均GDP1.2万美元), and the bases of
# changes written in Latin (营收YoY-3%); all three letters long (a lookbehind's width).
_MEASURE_NAMES = "GDP|GNP|GNI|CPI|PPI|PMI|YoY|QoQ|MoM|YOY|QOQ|MOM"
_NOT_HALF = "年月天小个径岛壁场数价导身边成球决夜程拉山途坡日周"


class Candidate(NamedTuple):
    """A numeral span and its parts as matched (a tuple: tens of thousands are made per corpus)."""

    start: int
    end: int
    pre: str | None  # qualifier or sign before the number: 约, 超过, 零下, 负, -
    ratio: str | None  # 百分之 | 千分之
    num: str
    denominator: str | None  # X in X分之Y (then num is Y)
    range_unit: str | None  # % on the low end of a range: 3%至5%
    high: str | None
    inside: str | None  # 余/多 between number and unit
    unit: str | None
    half: bool  # 六倍半, 一吨半
    post: str | None  # 以上, 左右 …
    currency: str | None = None  # 人民币, $, 港币 … before the number
    scale: str | None = None  # 华氏, 摄氏 before a temperature
    cents: str | None = None  # 角 and 分 after 元: "6角三分" as digits "63"-style pair, see resolve
    high_sign: str | None = None  # the high end's own sign: -5~-3℃, 零下5至零下3度
    per: str | None = None  # the denominator of a compound unit: 元/吨, 每吨559元, 时速350公里 (小时)
    magnitude: bool = False  # a magnitude without a digit (近万人): num is 一万
    minus: bool = False  # a minus sign after the qualifier in ``pre`` (约为-1800万元)


def _guarded(surfaces, traps, fractional=frozenset()) -> str:
    """An alternation of surfaces, longest first, each followed by a lookahead refusing its traps (a trap written
    ``居!民`` refuses 居 unless 民 follows it: 位居第三 is a rank, 600位居民 people) — but for the ``fractional`` ones after
    a number that is not whole before 至 or 到 (0.1日至2.4日: no day of a month; not 71.3年末, a table's cell and a year's
    end)."""
    return lexicon.alternation(surfaces, {
        s: (f"(?:(?<=[.．][0-9]{re.escape(s)})(?=[至到])|(?<=[.．][0-9][0-9]{re.escape(s)})(?=[至到])"
            f"|(?!{_traps_pattern(traps[s])}))"
            if s in fractional else f"(?!{_traps_pattern(traps[s])})")
        for s in surfaces if traps.get(s)})


def _traps_pattern(traps: tuple[str, ...]) -> str:
    """The traps as one alternation: the plain ones as a trie, each ``A!B`` as A not followed by B."""
    plain = [t for t in traps if "!" not in t]
    unless = [f"{re.escape(t.split('!')[0])}(?!{re.escape(t.split('!')[1])})" for t in traps if "!" in t]
    return "|".join(unless + [lexicon.alternation(plain)] if plain else unless)


_ABOUT_INSIDE_ONLY = "来"


def _unit_alternation() -> tuple[str, str]:
    """(CJK unit surfaces with their traps, ASCII unit surfaces) for the figure pattern."""
    table = lexicon.units()
    traps = {s: u.not_before for s, u in table.items()}
    ascii_units = [s for s in table if s.isascii() and s.isalpha()]
    contexts = [s for s in lexicon.unit_contexts() if s not in table and s != "度"]
    readings = lexicon.unit_contexts()
    traps |= {s: tuple(w for w in readings[s][0].not_before if all(w in r.not_before for r in readings[s]))
              for s in contexts}  # what no reading of the word allows
    cjk = [s for s in table if s not in ascii_units] + contexts
    fractional = frozenset(s for s in contexts if all(r.fractional for r in readings[s]))
    return _guarded(cjk, traps, fractional), lexicon.alternation(ascii_units)


@cache
def figure_re() -> re.Pattern[str]:
    not_before = lexicon.qualifier_not_before()
    before = lexicon.alternation(lexicon.qualifier_surfaces("before") + lexicon.qualifier_surfaces("tenths") +
                                 list(NEGATIVE_SIGNS) + list(PLUS_SIGNS) + [PLUS_MINUS])
    # before a magnitude without a digit, a qualifier is refused in the pattern where it ends another word (不过百元,
    # 去过十几个: 过 is no qualifier), since no figure is left without it
    not_after = lexicon.qualifier_not_after(("before", "magnitude"))
    before_magnitude = "|".join(
        (f"(?<![{re.escape(not_after[q])}]){re.escape(q)}" if q in not_after else re.escape(q))
        for q in sorted(lexicon.qualifier_surfaces("before") + lexicon.qualifier_surfaces("magnitude"), key=len,
                        reverse=True))
    # after the unit too (5年多, 3年余), but 来 only inside (十来个): after a unit it closes a time frame (3天来, 十年来)
    after = _guarded(lexicon.qualifier_surfaces("after") +
                     [q for q in lexicon.qualifier_surfaces("inside") if q != _ABOUT_INSIDE_ONLY], not_before)
    inside = _guarded(lexicon.qualifier_surfaces("inside"), not_before)
    units, ascii_alt = _unit_alternation()
    plain = lexicon.alternation(s for s in lexicon.denominators() if not (s.isascii() and s.isalpha()))
    latin = lexicon.alternation(s for s in lexicon.denominators() if s.isascii() and s.isalpha())  # after a slash, in
    # lower case: 元/t, 元/kg (not 元/T)
    weights = lexicon.alternation(s for s, u in lexicon.units().items() if u.kind == "mass" and not s.isascii())
    counted = f"(?:{_PER_COUNT})(?:{weights})"  # (a price per 50 kilograms or per hundred 斤; not 52.3辆/百户, 84.5元/百元)
    compounds = lexicon.compounds()
    per = lexicon.alternation(compounds.separators)
    rates = lexicon.alternation(compounds.rates)
    ratio = RATIO + "负?"
    strong = set(DIGIT_CHARS) | set(".．万佰仟百千亿") | {w[0] for w in NEGATIVE_SIGNS} | set(PLUS_SIGNS) | {PLUS_MINUS}
    weak = {s[0] for s in lexicon.qualifier_surfaces("before") + lexicon.qualifier_surfaces("magnitude") +
            lexicon.qualifier_surfaces("tenths")}
    weak |= {w[0] for w in CURRENCY_PREFIX} | {w[0] for w in SCALE_PREFIX} | {w[0] for w in compounds.rates}
    weak = "".join(sorted(weak - strong)) + compounds.per
    digit = re.escape(DIGIT_CHARS + "百千万亿")
    currency = lexicon.alternation(CURRENCY_PREFIX)
    scale = lexicon.alternation(SCALE_PREFIX)
    unit = rf"{POINTS_UNIT}|{HEIGHT}|{units}|{CHENG}|{DEGREE}|{CUBIC}|{ZHE}|(?i:{ascii_alt})(?![A-Za-z])"
    magnitude = lexicon.alternation(MAGNITUDES)
    # a class of amounts by its bound, a magnitude of 元 without a digit: 亿元以上项目, 亿元及以上项目, 万元以下; or a value
    # said to lie beyond one (在千亿之上, 在百亿以内, 达千亿以上) — not 百万以上人口城市, a class of cities
    bound = lexicon.alternation(q for q in lexicon.qualifier_surfaces("after")
                                if lexicon.qualifiers()[("after", q)] in ("at_least", "at_most"))
    return re.compile(
        # A figure starts with a digit, or with a word (约, 时速, 人民币 …) that a digit follows closely: the
        # lookahead keeps the pattern from trying its alternatives at every 不, 上, 时 of a text.
        rf"(?=[{re.escape(''.join(sorted(strong)))}]|[{re.escape(weak)}][^{digit}\n]{{0,7}}[{digit}])"
        # a letter before a digit joins a name (PM2.5, G318), not a word (GDP超过) — but the name of a measure
        # written close to its value is none (GDP3495.54亿元, CPI2.1%)
        rf"(?:(?<![A-Za-z0-9.．_])|(?![\x00-\x7f０-９．])|(?<=(?<![A-Za-z])(?:{_MEASURE_NAMES})))"
        rf"(?:{re.escape(compounds.per)}(?P<pden>{counted}|(?:{plain})){_S}|(?P<rate>{rates}){_S}"
        rf"|[1一](?P<xden>{plain}){re.escape(compounds.exchange)}{_S})?"
        rf"(?:(?P<pre0>{before}){_S}(?={currency}|{scale}))?(?:(?P<cur>{currency}){_S})?(?:(?P<scale>{scale}))?"
        rf"(?:(?P<mpre>{before_magnitude})(?P<le>了)?{_S}(?P<mag>{magnitude})(?!(?!{_THOUSAND_UNIT})[{_NOT_AFTER_MAGNITUDE}])"
        rf"|(?P<mag2>[百千万](?=(?:{inside}))|(?<![/／每十百千万亿])(?:{magnitude})(?=元(?:{bound}))"
        rf"|(?:(?<=在)|(?<=达)|(?<=超)|(?<=达到)|(?<=突破)|(?<=超过))(?:{magnitude})(?=(?:{bound})))"
        rf"|(?P<pre>{before})?{_S}"
        rf"(?P<ratio>{RATIO})?"
        rf"(?P<num>(?<=之){_S}百|{NUMERAL})"
        rf"(?:分之(?P<num2>{NUMERAL}))?"
        rf"(?:(?:{_S}(?P<ru>%|‰){_S})?(?:{RANGE_SEPARATORS})(?(ru){_S})(?:{ratio})?(?P<hsign>{HIGH_SIGNS})?(?P<high>{NUMERAL})"
        # a range of rates with the rate on its low end has it on its high end too (not 增长27.6%至3490.1百万港元,
        # 4.17% -- 147,929,500: a table's next cell)
        rf"(?(ru)(?={_S}[%‰％])))?)"
        rf"(?:{_S}(?P<inside>{inside}))?"
        # (a year or a day is no numerator: 2014年每桶56.69美元, 12月24日每桶… leave 每桶 to the price after them)
        rf"(?:{_S}(?:[*＊]|[\[［][0-9]{{1,2}}[\]］])?(?P<unit>{unit})(?:(?<=[元块圆])(?P<cents>{_SMALL_MONEY}))?"
        rf"(?:{_S}(?<![年日])(?:{per}|{_PRICE_PER}){_S}(?P<den>{counted}|(?:{plain})|(?<=[/／])(?:{latin})(?![A-Za-z·.．/／]))(?![性半])"
        rf"(?:{_S}[/／]{_S}(?P<den2>{_PER_TIME}))?)?)?"  # (租金85.57元/平方米/月: per square metre and month)
        # (a footnote's mark between the number and its unit: 有29*家新上市公司, 10535.51[1]亿元; cents before the price's denominator:
        # 三元五角一斤, 四块五一斤)
        rf"(?P<half>半(?![{_NOT_HALF}]))?"
        rf"(?:{_S}(?:[(（]含[)）])?(?P<post>{after}))?"  # 5% 左右: a space before the qualifier in some pages
    )


# A price written as money and 一 and a unit: 两元一斤, 30元一公斤, 600块钱一亩 (元/斤, 元/亩), not a time (2000元一年) or 一次性.
# A count before the denominator of a price: 1009元/50千克 (hogs are quoted per 50 kilograms), 元/百斤, 元/100公斤,
# 每百台斤1132元.
_PER_COUNT = "50|100|百"
_PER_TIME = "月|年|天|日|周"  # a price's second denominator, a time: 元/平方米/月
PER_COUNT_RE = re.compile(_PER_COUNT)  # (resolve.py divides the price by it)
_PRICE_PER = rf"(?:(?<=[元块角毛钱])|(?<=块{_MONEY_DIGIT}))一(?!年|月|天|日|周|季|小时|分钟|时|次|个|项|批)"  # (5000万元一个项目: one project)


@cache
def _mask_re() -> re.Pattern[str]:
    return re.compile(lexicon.alternation(lexicon.not_figures()))


def mask_phrases(text: str) -> str:
    """The text with set phrases (十四五, 一带一路, 四川, 队伍 …) blanked out, offsets unchanged."""
    return _mask_re().sub(lambda m: MASK * len(m.group()), text)


# Never figures: addresses, and the title of a work (《2021年6月份70个大中城市商品住宅销售价格变动情况》, 《1984》).
_UNREAD = re.compile(r"https?://[\x21-\x7e]+|www\.[\x21-\x7e]+|《[^《》\n。！？]{1,80}》")
# A full-width comma groups thousands (７，５００, 3，120亿度) except after a price with its sign ($20，300美圆)
# or after four digits: those are lists. The original text tells, before the digits are normalised.
_DIGIT_COMMA = re.compile(r"，(?=[0-9])")
_LIST_BEFORE = re.compile(r"(?:[$￥¥][0-9]{1,3}|[0-9]{4})\Z")


def _list_commas(original: str) -> list[tuple[int, int]]:
    """Full-width commas between numbers that separate list items rather than group thousands."""
    return [m.span() for m in _DIGIT_COMMA.finditer(original)
            if _LIST_BEFORE.search(original, max(0, m.start() - 4), m.start())]


def masked_numbers(original: str) -> str:
    """What find_numbers reads: normalised, set phrases and URLs blanked; identifiers stay numbers."""
    out = mask_phrases(normalize(original))
    return _blank(out, [m.span() for m in _UNREAD.finditer(out)] + _list_commas(original))


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for a, b in sorted(spans):
        text = text[:a] + MASK * (b - a) + text[b:]
    return text


def masked(text: str, original: str | None = None) -> str:
    """The text with set phrases, URLs and identifiers blanked out, offsets unchanged."""
    out = mask_phrases(text)
    blanks = [m.span() for m in _UNREAD.finditer(out)]
    if original is not None:
        blanks += _list_commas(original)
    out = _blank(out, blanks)
    idents = find_identifiers(out)
    if not idents:
        return out
    parts, pos = [], 0
    for ident in idents:
        parts += [out[pos : ident.char_start], MASK * (ident.char_end - ident.char_start)]
        pos = ident.char_end
    return "".join(parts) + out[pos:]


_BULLET_REACH = 300  # around a dash set apart by spaces, the run of bullets it may belong to
_BULLETS_MIN = 3


def _joins_previous(text: str, start: int) -> bool:
    prev = text[start - 1]
    if prev.isascii() and prev.isalpha() and text.endswith(_MEASURE_NAME_TUPLE, 0, start):
        return False  # CPI-0.3%, 营收YoY-3%: a minus after a measure's name or a base
    return (prev.isascii() and prev.isalnum()) or prev in ")）%‰-元人个件万亿" or \
        (prev == "股" and start > 1 and text[start - 2].isdigit())  # (78,166,650股-399,450股: an operator; not B股-1.23%)


_MEASURE_NAME_TUPLE = tuple(_MEASURE_NAMES.split("|"))


_GROUPS = ("num", "num2", "pre", "ratio", "ru", "high", "inside", "unit", "half", "post", "cur", "scale", "cents",
           "jiao", "fen", "hsign", "mpre", "mag", "den", "pden", "rate", "pre0", "xden", "mag2", "le", "den2")


_SAID_FOR_SHORT = re.compile(rf"{SAID_FOR_SHORT}\Z")


@cache
def _group_numbers() -> tuple[int, ...]:
    """The numbers of the groups of ``_GROUPS`` (a match reads numbered groups faster than named ones)."""
    return tuple(figure_re().groupindex[name] for name in _GROUPS)


def candidates(text: str, blanked: str | None = None) -> list[Candidate]:
    """Every numeral span with its parts, in order. Spans carry no unit when none follows.
    ``blanked`` is ``masked(text)`` when the caller has it already."""
    out = []
    not_after = lexicon.qualifier_not_after(("before", "tenths"))
    rates = lexicon.compounds().rates
    pattern = figure_re()
    groups = _group_numbers()
    for m in pattern.finditer(masked(text) if blanked is None else blanked):
        (num, num2, pre, ratio, ru, high, inside, unit, half, post, cur, scale, cents, jiao, fen, hsign, mpre, mag,
         den, pden, rate, pre0, xden, mag2, le, den2) = m.group(*groups)
        if den and den2:
            den = f"{den}/{den2}"  # (元/平方米/月: the price's second denominator, a time)
        start = m.start()
        if num == "一" and not pre and _SAID_FOR_SHORT.search(text, max(0, start - 2), start):
            continue  # 一万五一平方米, 两千五一晚: a price's 一 after a number said for short, no count of one
        mag = mag or mag2  # 近万人; 千余人, 百余家; 亿元以上
        if mag:
            pre, num = mpre, "一" + mag
            if le:
                start = _skip_spaces(text, m.start() + len(mpre) + 1)  # 超过了百亿港元: the qualifier before 了
                # qualifies the magnitude after it, which alone is the mention (as 超过了八成)
        pre = pre or pre0  # 不超过人民币88元
        if pre in _tenths_only() and (mag == "十" if mag else not (unit and unit.startswith("成")) and num[-1] not in "万亿"):
            pre, start = None, _skip_spaces(text, start + (0 if le else len(pre)))  # 过 qualifies tenths and 百/千/万/亿 (过三成, 过百亿元, 过4万亿元; not 担任过两个县,
            # 到过十个国家: the mark of an experience)
        if pre in _BOUNDS_ONLY and not (mag or num[-1] in "百千万亿" or (unit or "").endswith(_BOUND_UNITS)):
            pre, start = None, _skip_spaces(text, start + len(pre))  # 破 of a bound crossed (票房破10亿, 破5000点,
            # 破2000美元), not of records broken or cases cracked (连破3项世界纪录, 侦破3起)
        if cur and unit == "起" and not post:
            unit, post = None, "起"  # ¥5,999起, NT$12,800起: a price from, no count of cases
        if not pre and not mag and not cur and start and text[start - 1] in _BOUND_ENDS and \
                (bound := _bound_before(text, start)) is not None and \
                (bound.group("q").endswith("等于") or not _BASE_NAMED_AFTER.match(text, m.end())):
            pre, start = bound.group("q"), bound.start()  # 能见度低于500米: a bound (looked for here, not in the pattern);
            # not 低于3%左右的预期目标: the goal compared with
        if pden and not _per(pden, unit):
            start, pden = _skip_spaces(text, m.end("pden")), None  # 每城50位火炬手: 每城 divides no count
        elif pden and not pre and (before := qualifier_before(text, start)) and \
                not (before.group() in _COMPARES and _BASE_NAMED_AFTER.match(text, m.end())):
            pre, start = before.group(), before.start()  # 不高于每股6元: the qualifier stands before 每 (not 高于每斤1.15元
            # 的最低收购价: the price compared with)
        if xden:
            start, pden = _skip_spaces(text, m.end("xden") + len(lexicon.compounds().exchange)), xden  # 1美元兑…
        if pre in not_after and start and text[start - 1] in not_after[pre] and not (pden or rate) and \
                text.startswith(pre, start):  # (not 折合人民币约49亿元: the qualifier after the currency; 卖超新台币…: before)
            pre, start = None, _skip_spaces(text, start + len(pre))  # 节约1.5万吨: 约 belongs to 节约
        if pre == "-" and start and _joins_previous(text, start):
            pre, start = None, _skip_spaces(text, start + 1)  # 1万元-5万元: a range dash, not a minus
        elif pre == "-" and start and text[start - 1] == " " and text.startswith(" ", start + 1) and \
                text.count(" - ", max(0, start - _BULLET_REACH), start + _BULLET_REACH) >= _BULLETS_MIN:
            pre, start = None, _skip_spaces(text, start + 1)  # 达到13.7万亿元 - 13个市 - …: a bullet's dash, no minus (not
            # 同比增长 - 12.5%, a minus set apart)
        if pre == PLUS_MINUS and not high:
            center = _CENTER.search(text, max(0, start - 12), start)
            if center and _PLAIN_NUMBER.fullmatch(num):  # 20±2℃: 18 to 22
                low, tolerance = Decimal(center.group(1).replace(",", "")), Decimal(num)
                start, pre, num, high = center.start(), None, str(low - tolerance), str(low + tolerance)
            elif start and text[start - 1] in _UNIT_SYMBOLS:
                continue  # 20℃±2℃: the tolerance of the figure before, no range of its own
            else:
                pre, high = "-", num  # ±3%: −3 to 3 (the high end unsigned)
        if pre in PLUS_SIGNS and (unit not in ("%", "％") or high) and not (start and text[start - 1] in "(（"):
            pre, start = None, start + 1  # (按年增加22.9%(+77項): a signed change in brackets, of any unit)
        minus = False
        if pre in MINUS_SIGNS and start and (before := qualifier_before(text, start)) is not None:
            pre, start, minus = before.group().rstrip(PUNCTUATION.spaces), before.start(), True  # 约为-1800万元
        if num2 and num[:1] in "数几" and num[1:] in ("百", "千", "万"):
            start, num = start + 1, num[1:]  # 预测数百分之七点九一: 数 ends a word, 百分之 opens the figure
        end = m.end()
        if num in FINANCIAL_ALONE and not (pre or cur or high or ratio or num2 or den or inside or (unit or "").startswith(("元", "圆"))):
            continue  # 着陆场, 重拾升势: a word, not a numeral (but 人民币叁元, 伍圆, 拾余家)
        if cur and unit is None and _DATE_AFTER.match(text, end):
            continue  # 新台币8月以来贬值: a currency's name before a date, no amount
        if cur and unit is None and len(num) == 1 and not num.isascii():
            continue  # 新台幣一路走弱, 人民币一度…: a currency's name before a word that opens with a numeral, no amount
        if num in ("1", "一") and unit and _EXCHANGED_FOR.match(text, _exchange_start(text, start)) is not None:
            continue  # the 1美元 of 30.4元兌1美元: the rate's denominator, no amount
        if unit is None and not (ratio or post or ru) and text.startswith("点", end) and _NOT_A_CLOCK.fullmatch(num):
            unit, end = "点", end + 1  # 低开118点后, 以3767.98点收盘: no time of day has a decimal or passes 24
        if not (den or pden or rate) and (unit is None or unit.endswith(("元", "块", "币"))) and \
                (rate_of := _EXCHANGED_FOR.match(text, end)) and rate_of.group(1) != unit:
            unit, pden = unit or "元", rate_of.group(1)  # 30.4元兌1美元, 7.8港元兑1美元: an exchange rate, 元/美元
        if post and unit == "个" and (time := _time_after_ge().match(text, end)):
            unit, inside, post, end = "个" + time.group(), post, None, time.end()  # 三个多月: 3 months and more
        elif unit == "个" and not (post or half) and text.startswith("半", end) and \
                (time := _time_after_ge().match(text, end + 1)):
            unit, half, end = "个" + time.group(), "半", time.end()  # 一个半小时: an hour and a half
        if rate and not pre and rate.endswith("约"):
            pre = "约"  # 时速约18公里: the rate word's 约 qualifies the figure
        out.append(Candidate(  # positional, in the order of the fields: tens of thousands per corpus
            start, end, pre, ratio, num2 if num2 else num, num if num2 else None, ru, high, inside, unit,
            bool(half), post, cur, scale, (jiao or "") + "|" + (fen or "") if cents else None, hsign,
            den or pden or (rates[bare(rate)] if rate else None), bool(mag), minus))
    return out


_DATE_AFTER = re.compile(r"[ \u3000]*[年月日号]")

# What an amount of 元 is exchanged for, after it (30.4元兌1美元): the rate's denominator.
_EXCHANGED_FOR = re.compile(r"[ \u3000]*(?:兑|兌)[ \u3000]*[1一](美元|港元|欧元|日元|英镑|美金)")


def _exchange_start(text: str, start: int) -> int:
    """Where a 兑 before ``start`` begins (spaces between), when a rate stands right before it (30.4元兌, 31.782兌),
    else ``start`` (which then matches no exchange: 在机场兑换1美元硬币, 每人可兌1美元 are amounts)."""
    i = start
    while i and text[i - 1] in " \u3000":
        i -= 1
    if not (i and text[i - 1] in "兑兌"):
        return start
    j = i - 1
    while j and text[j - 1] in " \u3000":
        j -= 1
    return i - 1 if j and (text[j - 1].isdigit() or text[j - 1] in "元块币") else start


# A number that no time of day is: a decimal, a thousands group, or an integer of 25 or more (in Arabic digits), or
# hundreds and more in words (挫逾两百点).
_NOT_A_CLOCK = re.compile(r"[0-9０-９]*[.．][0-9０-９]+|[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?:[.．][0-9０-９]+)?"
                          r"|0*(?:2[5-9]|[3-9][0-9]|[1-9][0-9]{2,})[0-9]*|[一二两三四五六七八九十零]*[百千万][一二两三四五六七八九十百千零]*")


_CENTER = re.compile(r"(?<![0-9A-Za-z.,，])([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)[ \u3000]*\Z")
# (the value a tolerance is around: 20±2℃, 2,000±50米)
_UNIT_SYMBOLS = "℃%％‰°"
_PLAIN_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


_BOUNDS_ONLY = frozenset({"破"})  # qualifiers of a round bound crossed only: an amount of a magnitude, money, points
_BOUND_UNITS = ("元", "点", "點")


@cache
def _tenths_only() -> frozenset[str]:
    """Qualifiers of a number of tenths only (过三成), not of any number."""
    return frozenset(lexicon.qualifier_surfaces("tenths")) - set(lexicon.qualifier_surfaces("before"))


@cache
def _time_after_ge() -> re.Pattern[str]:
    """三个多月, 两个多小时: 多 between 个 and a unit of time belongs to the figure; the units of time written with 个
    (个月, 个小时 … in units.csv) without it."""
    return re.compile(lexicon.alternation(
        [u[1:] for u, row in lexicon.units().items() if u.startswith("个") and len(u) > 1 and row.kind == "duration"]))


@cache
def _qualifier_before_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{lexicon.alternation(lexicon.qualifier_surfaces('before'))}){_S}\Z")


_BOUND_ENDS = frozenset("于" + PUNCTUATION.spaces)  # how every word of position bound ends (or a space after it)
# What a comparative before a number (低于, 高于; not 大于等于, a bound only) compares it with, named after it: its base, not
# a bound (低于3%左右的预期目标, 高于5%的全国平均水平).
_BASE_NAMED_AFTER = re.compile(r"[^，,。；;：:]{0,12}?(?:的[^，,。；;：:]{0,8}?)?(?:目标|预期|水平|标准|平均|均值|增速|涨幅|计划|预测|预估|"
                               r"收购价|指导价|保护价|发行价|成本价|基准价)")  # (高于每斤1.15元的最低收购价)
_COMPARES = ("高于", "低于")  # (not 不高于, a bound only)


@cache
def _bound_re() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.qualifier_surfaces("bound"))
    return re.compile(rf"(?P<q>{words}){_S}\Z")


def _bound_before(text: str, start: int) -> re.Match[str] | None:
    """A comparative bounding the figure at ``start`` (qualifiers.csv position bound), not the tail of a word (不低于 is
    a qualifier of its own, 略低于 compares)."""
    m = _bound_re().search(text, max(0, start - 6), start)
    if m is None or (m.start() and text[m.start() - 1] in lexicon.qualifier_not_after(("bound",)).get(m.group("q"), "")):
        return None
    return m


def qualifier_before(text: str, start: int) -> re.Match[str] | None:
    """A qualifier right before ``start``, looked for backwards: only where one can stand (before 每, before a half),
    not by a pattern opening with an optional group of many words, which would be tried at every position."""
    return _qualifier_before_re().search(text, max(0, start - _QUALIFIER_REACH), start)


_QUALIFIER_REACH = 8


def _skip_spaces(text: str, i: int) -> int:
    while i < len(text) and text[i] in PUNCTUATION.spaces:
        i += 1
    return i


def _per(denominator: str, unit: str | None) -> bool:
    """Does 每… divide the figure after it (每吨559元)? Only money (compound_units.toml), and not per a duration:
    每年, 每天 say how often (每人每年420元 is money) — but a length per a short time is a speed (每小时5公里)."""
    found = lexicon.units().get(bare(unit)) if unit else None
    per = lexicon.denominators().get(bare(denominator))
    if per is None and (count := PER_COUNT_RE.match(denominator)) is not None:
        per = lexicon.denominators().get(bare(denominator[count.end() :]))  # 每百台斤1132元
    if found is not None and found.kind == "length" and bare(denominator) in lexicon.compounds().per_speed:
        return True  # 每小时5公里, 每秒32.7米: a speed
    return (found is not None and found.kind in lexicon.compounds().per_numerator_kinds
            and per is not None and per.kind != "duration")


_NO_SPACES = str.maketrans("", "", PUNCTUATION.spaces)


def bare(part: str) -> str:
    """A matched part without the spaces the patterns allow inside it (一百 五 十, 百分 之)."""
    return part.translate(_NO_SPACES)
