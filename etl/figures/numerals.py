"""Numerals: find them and resolve them to exact values.

Arabic (ASCII and full-width, with thousands separators), Chinese (simplified, traditional and financial
forms), and mixed forms (1.2万, 13万2, 3万4000, 一百三十四万九千零八十四亿, 十二点五万). Values are Decimal:
no float ever touches them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Context, Decimal, localcontext
from functools import lru_cache, wraps
from typing import NamedTuple

from etl.figures import lexicon

# The engine's own decimal context: exact for any figure in text, whatever the caller's context says.
CONTEXT = Context(prec=60)
# The limits of a numeral: at most MAX_NUMERAL_CHARS characters, and a value below 10**MAX_MAGNITUDE. A longer
# digit string is no quantity (an identifier, a hash, a table run together), and within these bounds a value times
# any unit factor (万亿 is 10**12, a factor has at most 9 digits) stays exact in CONTEXT's 60 digits. A numeral
# beyond them is no figure: its span is skipped, never rounded and never an error.
MAX_NUMERAL_CHARS = 40
MAX_MAGNITUDE = 40


def exact_context(fn):
    """Run ``fn`` in the engine's decimal context (the caller's may have a lower precision)."""

    @wraps(fn)
    def wrapper(*args, **kwargs):
        with localcontext(CONTEXT):
            return fn(*args, **kwargs)

    return wrapper

# Invisible formatting characters that may stand inside a numeral or a code (zero-width space, non-joiner and
# joiner, word joiner, BOM as zero-width no-break space): read through, kept in the span.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")


class Visible(NamedTuple):
    """A text without its invisible characters, and the way back to offsets into the text as given."""

    text: str
    removed: list[int]  # where each removed character stood, as an offset into the visible text

    def start(self, i: int) -> int:
        """The offset, in the text as given, of the visible character at ``i``."""
        return i + bisect_right(self.removed, i)

    def end(self, i: int) -> int:
        """The end offset, in the text as given, of a span of the visible text ending at ``i`` (half-open):
        invisible characters inside a span belong to it, those around it do not."""
        return self.start(i - 1) + 1 if i else 0


def visible(text: str) -> Visible | None:
    """The text as a reader sees it (1\u200b2\u200b3万人 reads 123万人), or None when nothing in it is invisible.
    In a text whose digits are set apart by spaces throughout (a scanned report: 7 4 7 7 2 亿元, 8 ．8 ％), the
    spaces between the characters of a number are read through the same way; so is the space after each decimal point
    of a text that sets one there throughout (a PDF's: 60132. 9 亿元)."""
    drop = [m.start() for m in _INVISIBLE_RE.finditer(text)]
    if drop and "\n" in text:  # a line of invisible characters inside a figure (74.4\n\u200b\n万亿元): read through
        drop = sorted(set(drop) | {i for m in _BROKEN_LINE.finditer(text) for i in range(*m.span())})
    if "\n" in text and (broken := _broken_numbers(text)):
        drop = sorted(set(drop) | set(broken))
    if _spaced_digits(text):
        drop = sorted(drop + [m.start() for m in _SPACE_IN_NUMBER.finditer(text)])
    elif points := _spaced_points(text):
        drop = sorted(drop + points)
    elif " " in text and (pointed := [i for m in _POINT_SET_APART.finditer(text) for i in (m.start() + 1, m.end() - 2)]):
        drop = sorted(set(drop) | set(pointed))  # 經濟增長6 . 5%左右: a point set apart on both sides, the one number
    if not drop:
        return None
    pieces, last = [], 0
    for i in drop:
        pieces.append(text[last:i])
        last = i + 1
    pieces.append(text[last:])
    return Visible("".join(pieces), [i - k for k, i in enumerate(drop)])


# A layout break inside a figure: a line of nothing but invisible characters between a number and its 万/亿
# (the 2017 report: "74.4\n\u200b\n万亿元").
_BROKEN_LINE = re.compile(f"(?<=[0-9０-９])[ \t]*\n[ \t{INVISIBLE}]*[{INVISIBLE}][ \t{INVISIBLE}]*\n[ \t]*(?=[万亿])")

# A line broken inside a number of running text: the number read through the break (营业收入为12.3⏎4亿元, 12⏎.34亿元,
# 3⏎000万元), not its tail alone as a figure — not a table's cells one a line (12.5⏎13.6%, 2023⏎2024).
_LINE_IN_NUMBER = re.compile(r"[0-9０-９.．][ \t]*\n[ \t]*[0-9０-９.．]")  # (the break is the match less its ends)
# A line that opens with a unit alone before punctuation: a figure's, wrapped after its 万/亿 (49.98亿⏎元，增长9.6%; not
# 50亿⏎家庭医生…, 项目…).
WRAPPED_UNIT = r"(?:元|人次|人|吨|噸|户|戶|辆|輛)[，,。、；;)）]"
_LINE_IN_AMOUNT = re.compile(rf"\n[ \t]*(?={WRAPPED_UNIT})")  # (after 万/亿 and a digit, looked at for each match)
_DIGITS_ANY = frozenset("0123456789０１２３４５６７８９")
_RUNNING_BEFORE = re.compile(r"[\u4e00-\u9fff] ?[0-9.,]{1,12}\Z")  # the number's head right after the text's words (a
# PDF's space between them too: 同比增长 7⏎3.5%)
_TAIL_WITH_UNIT = re.compile(r"[0-9]+(?:\.[0-9]+)?[ ]?(?:[万亿%％]|(?![年月日号时分秒])[\u4e00-\u9fff])")  # (销售挖掘机12⏎345台;
# not 产量12⏎2024年: a date opening the next line)


def _broken_numbers(text: str) -> list[int]:
    """Where a line break (and the blanks around it) stands inside a number of running text."""
    out = []
    for m in _LINE_IN_NUMBER.finditer(text):
        start, end = m.start() + 1, m.end() - 1  # the blanks and the break between the number's two parts
        before, after = text[max(0, start - 16) : start], text[end : end + 16]
        if before[-1] in ".．" or after[0] in ".．" or (re.match(r"0[0-9]", after) and before[-1].isdigit()) or \
                (_RUNNING_BEFORE.search(before) and _TAIL_WITH_UNIT.match(after)):
            out.extend(range(start, end))
    for m in _LINE_IN_AMOUNT.finditer(text):  # (社会消费品零售总额49.98亿⏎元，增长9.6%: the unit wrapped to the next line)
        start = m.start()
        while start and text[start - 1] in " \t":
            start -= 1
        if start >= 2 and text[start - 1] in "万亿萬億" and text[start - 2] in _DIGITS_ANY:
            out.extend(range(start, m.end()))
    return sorted(out)


# Digits set apart by spaces: a digit, a space, a digit (or a point and a digit), a space (1 9 9 7, 8 ．8 ％).
_SPACED_RUN = re.compile(r"[0-9０-９] (?:[．.])?[0-9０-９] ")
_COMPACT_RUN = re.compile(r"[0-9０-９]{2}")
# A number that a digit and a space stand before: part of a number set apart, never a figure alone ("8 ．8 ％" is
# no 0.8 %).
BROKEN_BEFORE = re.compile(r"[0-9０-９][ ]\Z")
# …unless that digit ends a number whole in itself, thousands grouped or with decimals: a table's cell before the next
# (股数 59,172,200 14.00% 4.17%; 0.00 0.00%).
WHOLE_NUMBER = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+\.[0-9]+")  # thousands grouped or with decimals
WHOLE_BEFORE = re.compile(rf"(?<![0-9,.])(?:{WHOLE_NUMBER.pattern}) \Z")
_POINT_SET_APART = re.compile(r"[0-9０-９] [.．] [0-9０-９]")  # a decimal point with a space on either side (6 . 5%)
_SPACE_IN_NUMBER = re.compile(r"(?<=[0-9０-９．.]) (?=[0-9０-９．.%％])")
_SPACED_MIN = 1  # runs that make a text one whose digits are set apart (with fewer numbers written together)
_SPACED_SAMPLE = 20_000  # characters looked at to tell


def _spaced_digits(text: str) -> bool:
    """Are the digits of this text set apart by spaces throughout (more such runs than digits written together)?
    Then "1 1 ％" is 11 %; in other texts a space between digits parts two numbers."""
    sample = text[:_SPACED_SAMPLE]  # a scanned text shows it from its first page on
    if sample.count(" ") < 2 or not _SPACED_RUN.search(sample):
        return False
    runs = len(_SPACED_RUN.findall(sample))
    return runs >= _SPACED_MIN and runs > len(_COMPACT_RUN.findall(sample))

DIGITS = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "倆": 2, "俩": 2,
    "三": 3, "叁": 3, "參": 3, "叄": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "什": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
TENS = {"廿": 20, "卅": 30}
WAN, YI, ZHAO = Decimal(10_000), Decimal(100_000_000), Decimal(10) ** 12
BIG_UNITS = {"万": WAN, "萬": WAN, "亿": YI, "億": YI}
POINTS = "点點"
_CN_POINTS = ".．·・‧"  # points written between Chinese digits
VAGUE = "几幾数"  # 几/数 stand for an unknown digit: read as its least value, marked approximate by callers
_PUNCTUATION = lexicon.punctuation()
SPACES = _PUNCTUATION.spaces  # spaces a figure may hold between its parts (3 万台, 百 分 之 2.4)
_SP = re.escape(SPACES)
# Qualifiers between a number and its unit (1.2万余个, 十来个): qualifiers.csv, position "inside".
INSIDE = tuple(lexicon.qualifier_surfaces("inside"))
_INSIDE = lexicon.alternation(INSIDE)
FULL_WIDTH_DIGITS = "".join(ch for ch in _PUNCTUATION.full_width if ch.isdigit())
# Full-width digits, point and comma to ASCII: how an Arabic numeral is read (the one translation of them).
FULL_WIDTH = str.maketrans(FULL_WIDTH_DIGITS + "．，﹒·・。", "0123456789.,....")
# One character for one character, so offsets survive: full-width forms to ASCII, traditional characters to
# simplified (etl/lexicon/punctuation.toml, traditional.tsv). The engine matches on the normalised text and
# cuts mentions from the original.
NORMALIZE = lexicon.normalization()
_TO_NORMALIZE = re.compile("[" + re.escape("".join(map(chr, NORMALIZE))) + "]")


def normalize(text: str) -> str:
    """``text.translate(NORMALIZE)``, ten times faster on text that is mostly simplified already."""
    return _TO_NORMALIZE.sub(lambda m: NORMALIZE[ord(m.group())], text)


_CN_DIGITS = "".join(DIGITS)
# Financial numerals that alone are words or parts of them (队伍, 收拾, 着陆, 重拾): a numeral only inside a numeral or
# before 元.
FINANCIAL_ALONE = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟貳參陸")
_CN_SMALL = "".join(SMALL_UNITS) + "".join(TENS)
_CN_BIG = "".join(BIG_UNITS)
# A place's digit said for short at a numeral's end (两千五, 一万五, 二十五): an 一 after it is a price's "a piece"
# (两千五一张, 一万五一平方米), neither a digit of the numeral nor a count of one.
SAID_FOR_SHORT = rf"[{_CN_SMALL}{_CN_BIG}][{''.join(d for d, v in DIGITS.items() if v)}]"
_AR = "0-9" + FULL_WIDTH_DIGITS

DIGIT_CHARS = "0123456789" + FULL_WIDTH_DIGITS + _CN_DIGITS + "十拾廿卅" + VAGUE

# What follows a full stop used as a decimal point and its digits (增长9。5%, 698。03亿元): a unit of a rate or an amount.
FULL_STOP_POINT_BEFORE = r"(?=[%％万亿萬億倍元]|美元|个百分点|個百分點)"

# An Arabic number: thousands groups only where they are well formed, so "2580.2万件,热线" keeps its comma; a
# thin or no-break space groups thousands too (1\u2009234\u2009567), and so does a plain space between
# groups of exactly three (12 345 678).
AR_NUMBER = (rf"(?:[{_AR}]{{1,3}}(?:[,，][{_AR}]{{3}})+(?![{_AR}])"
             rf"|[{_AR}]{{1,3}}(?:[\u00a0\u2009\u202f ][{_AR}]{{3}})+(?![{_AR}]|[{_SP}][{_AR}])"
             rf"|[{_AR}]+)(?:[.．﹒][{_AR}]+|[·・][{_AR}]+(?=[%％万亿萬億倍]|个百分点|個百分點)"
             rf"|。[{_AR}]{{1,4}}{FULL_STOP_POINT_BEFORE})?")  # 136﹒3億; 19·5％, 881·2亿元, 8·2个百分点 (a 2000
# paper's point; not 4·11 a date); 增长9。5% (a damaged page's point written as a full stop)
# 千 before 瓦/米/克 is the unit's, not the numeral's (5千瓦 is 5 kW).
_CN_TAIL = (
    # 七十百 is no numeral; nor is a count after 万/亿 (9万亿三个大台阶: 9万亿, then 三个); 百分点 after a number is its unit
    # (提高1.8百分点)
    # (一 after a place's digit said for short is a price's 一, not a digit: 两千五一张, 一万五一平 are 2500 and 15000 a piece)
    rf"(?:(?!(?<={SAID_FOR_SHORT})一(?![{_CN_DIGITS}{_CN_SMALL}{_CN_BIG}]))"
    rf"(?:(?<![{_CN_BIG}])[{_CN_DIGITS}]|[{_CN_DIGITS}](?!个(?![{_CN_BIG}])))|[{_CN_BIG}十拾什廿卅佰仟]|(?<![十拾])百(?!分[点點])"
    rf"|千(?![瓦米克伏卡])"
    rf"|[{POINTS}](?=[{_SP}]*[{_CN_DIGITS.replace('两', '').replace('兩', '')}])"  # (not 3200点两个整数位: no decimal is 两)
    # a full-width or ASCII point: after two digits (六四〇．五億), or before digits and 億/萬/％/倍/码/元/个百分点 (七．二％, 二．三碼, 一．五元,
    # 上修一．三五個百分點), or 度 (高一．二二度; not ·: 十·一度假); not in a heading's number (一．三項改革)
    rf"|(?<=[{_CN_DIGITS}{_CN_SMALL}][{_CN_DIGITS}{_CN_SMALL}])[.．·・‧](?=[{_CN_DIGITS}])"
    rf"|(?<=[{_CN_DIGITS}{_CN_SMALL}廿卅])[.．·・‧](?=[{_CN_DIGITS.replace('两', '').replace('兩', '')}]+(?:[{_CN_BIG}％%倍码碼元]|[个個]?百分[点點]))"
    rf"|(?<=[{_CN_DIGITS}{_CN_SMALL}廿卅])[.．](?=[{_CN_DIGITS.replace('两', '').replace('兩', '')}]+度)"
    # (·, as Taiwan papers write the point between Chinese digits: 七四三七·三億美元, 卅六·一%, 十八·八%)
    rf"|(?:{_INSIDE})(?=[{_SP}]*[{_CN_BIG}])"
    rf"|兆(?=[{_SP}]*(?:斤|公斤|吨|噸|立方米|千瓦时|千瓦時))"  # 1.43 兆斤: Taiwan's 兆 of a mass or a volume (兆瓦 is mega)
    rf"|兆(?=[{_SP}]*[{_CN_DIGITS}十{_AR}]|(?:[、和及与或][0-9０-９.,，]+[萬万億亿兆])*[、和及与或][0-9０-９.,，]+[萬万億亿兆]?[萬万億亿兆][元圓]))"  # 五兆六十二亿,
    # 42兆112億, 3 兆 8,090 億: 兆 is 10^12 only inside a numeral (兆瓦 is mega) or in a list of amounts ending in 亿元
    # (进出口1.27兆、1.07兆、5,182亿元; not 100兆、1000兆宽带)
)
# Spaces inside a Chinese numeral (一百 五 十 二) are read through, and before 万/亿 after Arabic digits
# (3 万台); never before an Arabic digit.
_SPACED = (rf"[{_SP}]+(?=[{_CN_DIGITS}{_CN_SMALL}{_CN_BIG}{POINTS}]|(?:{_INSIDE})[{_SP}]*[{_CN_BIG}])"
           rf"|(?<=[{_AR}])[{_SP}]+(?=[{_CN_BIG}]|兆[{_SP}]*(?:[{_CN_DIGITS}{_AR}]|斤|公斤|吨|噸|立方米|千瓦时|千瓦時))")
# A numeral starts with a digit (or 十/廿/卅: 十二, 十万; 百三, 千三); bare 万/千/亿 are not numbers
# (千万工程, 亿万人民).
NUMERAL = (
    rf"(?:{AR_NUMBER}|(?<![{_AR}])[.．][{_AR}]+|[{_CN_DIGITS}十拾廿卅]|[百千](?=[一二三四五六七八九两])"
    rf"|[{VAGUE}](?=[十百千万亿]))"
    rf"(?:{_CN_TAIL}|{_SPACED}|个(?=[{_CN_BIG}](?!元(?:及|或)?以上)(?![{_CN_BIG}千百]*(?:元|吨|噸)?(?:(?:级|級)?(?:新|大)?(?:台阶|臺階|大关|大關|关口|關口)|GDP|级|級|城市|产业|產業|大港|港口|亩|畝)))|(?<=[{_CN_DIGITS}{_CN_SMALL}])[几幾](?=[{_CN_SMALL}{_CN_BIG}]|$)|(?<=[十拾])[几幾]"
    # (3个亿 is 3亿, but 100个亿元以上项目 is 100 projects of 亿元以上, 连跨3个万亿元台阶 three steps, 3个万亿元GDP城市 and
    # 4个万亿级产业集群 cities and clusters of a class, 2个亿吨大港 ports of one, 两个万亩马铃薯基地 bases of one;
    # digits after 亿/万,
    # in thousands groups too:
    # 2,061 億 4,592 萬元)
    rf"|(?<=[{_CN_BIG}{_CN_SMALL}零兆])[{_SP}]*(?:[{_AR}]{{1,3}}(?:[,，][{_AR}]{{3}})+(?![{_AR}])|[{_AR}]+)"
    rf"(?:[.．][{_AR}]+)?|(?<=[{_AR}])[.．][{_AR}]+)*"
)
NUMERAL_RE = re.compile(NUMERAL)
_TOKEN_RE = re.compile(rf"[{_AR}]+(?:[,，][{_AR}]{{3}})*(?:[.．﹒·・。][{_AR}]+)?|.")


_DROP = str.maketrans("", "", "".join(INSIDE) + "个" + SPACES)


def _tokens(surface: str) -> list[str]:
    return _TOKEN_RE.findall(surface)


def _is_arabic(token: str) -> bool:
    return token[0].isdigit() or token[0] in "０１２３４５６７８９"


def _arabic_value(token: str) -> Decimal:
    return Decimal(token.translate(FULL_WIDTH).replace(",", ""))


def _digit_string(surface: str) -> Decimal | None:
    """一九五七 / 二〇〇二 / 一二点三零: digit by digit, no unit characters."""
    if any(ch in SMALL_UNITS or ch in BIG_UNITS or ch in TENS for ch in surface):
        return None
    whole, _, frac = surface.replace("點", "点").partition("点")
    try:
        digits = "".join(str(DIGITS[ch]) for ch in whole)
        fraction = "".join(str(DIGITS[ch]) for ch in frac)
    except KeyError:
        return None
    if not digits:
        return None
    return Decimal(digits + ("." + fraction if fraction else ""))


def _digit_string_times(tokens: list[str]) -> Decimal | None:
    """Digits read one by one before 万/亿 (四四〇六亿 = 4406亿, 六四〇点五亿): three digits or more, or a point; two
    digits alone are an estimate (三四万: three or four)."""
    n = len(tokens)
    while n and tokens[n - 1] in BIG_UNITS:
        n -= 1
    head = tokens[:n]
    if n == len(tokens) or not all(t in DIGITS or t in POINTS for t in head):
        return None
    if len(head) < 3 and not any(t in POINTS for t in head):
        return None
    value = _digit_string("".join(head))
    if value is None:
        return None
    for unit in tokens[n:]:
        value *= BIG_UNITS[unit]
    return value


def _digit_groups(tokens: list[str]) -> Decimal | None:
    """Groups of digits read one by one before 兆, 亿, 万 in turn (一兆一一二三亿 = 1兆1123亿): each group one digit,
    or three or four (two are an estimate: 三四万), no place characters, the numeral ending in a big unit."""
    if not tokens or tokens[-1] not in BIG_UNITS or not any(t in BIG_UNITS or t == "兆" for t in tokens[:-1]):
        return None
    value, group, last = Decimal(0), [], None
    for t in tokens:
        if t in BIG_UNITS or t == "兆":
            unit = BIG_UNITS.get(t, ZHAO)
            if not group or (last is not None and unit >= last) or len(group) == 2 or len(group) > 4:
                return None  # (一亿一二三四五万: five digits are no count of 万)
            digits = _digit_string("".join(group))
            if digits is None:
                return None
            value, group, last = value + digits * unit, [], unit
        elif t in DIGITS:
            group.append(t)
        else:
            return None
    return value


def _fraction_part(tokens: list[str], i: int) -> tuple[Decimal, int]:
    """Digits after 点, read one by one: 十二点五 → 0.5. Returns the fraction and the next index."""
    out = ""
    while i < len(tokens) and tokens[i] in DIGITS:
        out += str(DIGITS[tokens[i]])
        i += 1
    return (Decimal("0." + out) if out else Decimal(0)), i


@lru_cache(maxsize=8192)  # a text repeats its numerals (一, 2, 10): each read once
@exact_context
def parse_number(surface: str) -> Decimal | None:
    """The exact value of one numeral, or None if it is not one.

    >>> parse_number("一百三十四万九千零八十四亿")
    Decimal('134908400000000')
    """
    surface = surface.strip()
    if len(surface) > MAX_NUMERAL_CHARS:
        return None
    if surface[:1] in ("负", "-", "−", "負"):
        rest = parse_number(surface[1:])
        return None if rest is None else -rest
    if not surface:
        return None
    cleaned = surface.translate(_DROP)
    if cleaned[:1] in ".．":
        cleaned = "0" + cleaned
    tokens = _tokens(cleaned)
    if any(_is_arabic(a) and b in DIGITS for a, b in zip(tokens, tokens[1:])):
        return None  # 1391234 二万七: Arabic digits run into a Chinese numeral, two numbers and no value (3万2千 is one)
    if any(t in _CN_POINTS for t in tokens) and not any(_is_arabic(t) for t in tokens):
        tokens = [POINTS[0] if t in _CN_POINTS else t for t in tokens]  # 七．二, 七四三七·三: a Chinese numeral's point
    if len(tokens) == 1 and _is_arabic(tokens[0]):
        value = _arabic_value(tokens[0])
    else:
        value = _digit_string_times(tokens)
        if value is None:
            value = _digit_groups(tokens)
        if value is None and (big := _digit_tail(tokens)) is not None:
            return _read_digit_tail(tokens, big)  # 二万七二一一 (27211), or None for 二万七二: not a wrong value
        if value is None:
            simple = _digit_string("".join(tokens)) if len(tokens) > 1 and all(t in DIGITS or t in POINTS
                                                                                for t in tokens) else None
            value = simple if simple is not None else _positional(tokens)
    return value if value is None or value.adjusted() < MAX_MAGNITUDE else None  # 一亿亿亿亿亿亿亿亿: beyond


def _digit_tail(tokens: list[str]) -> int | None:
    """Where the last 万 or 亿 stands when a string of two digits or more follows it in place of its places, as index
    levels are read out (二万七二一一); None for any other numeral (二万七, 两万七千, 三万零五: 零 marks a place skipped)."""
    big = max((i for i, t in enumerate(tokens) if t in BIG_UNITS), default=None)
    rest = tokens[big + 1 :] if big is not None else []
    if len(rest) < 2 or not all(t in DIGITS for t in rest) or DIGITS[rest[0]] == 0:
        return None
    return big


def _read_digit_tail(tokens: list[str], big: int) -> Decimal | None:
    """二万七二一一 = 27211; None when the digits are not as many as the places (二万七二: no reading)."""
    rest = tokens[big + 1 :]
    head = parse_number("".join(tokens[: big + 1]))
    tail = _digit_string("".join(rest))
    if len(rest) != len(str(int(BIG_UNITS[tokens[big]]))) - 1 or head is None or tail is None:
        return None
    return head + tail


def _positional(tokens: list[str]) -> Decimal | None:
    zhao = Decimal(0)  # complete 兆 (10^12) groups
    total = Decimal(0)  # complete 亿 groups
    wan = Decimal(0)  # complete 万 groups inside the current 亿 group
    section = Decimal(0)  # below 万
    number: Decimal | None = None
    last_unit = Decimal(1)  # the unit just closed, for abbreviations (13万2 → 132000, 一百五 → 150)
    after_zero = False
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if _is_arabic(tok):
            number = _arabic_value(tok)  # 1千零1: still after the zero, no abbreviation
            if len(tok) > 1 and last_unit > 1:
                last_unit = Decimal(10)  # 3万4000: the Arabic group stands as written
        elif tok in VAGUE:  # 几十 → 十; 二十几万 → 二十万; 数万 → 万
            first = None if i + 1 >= len(tokens) or tokens[i + 1] not in BIG_UNITS else Decimal(1)
            number, after_zero = (first if i == 0 else Decimal(0)), True
        elif tok in DIGITS:
            if DIGITS[tok] == 0:
                after_zero, number = True, None
            else:
                number = Decimal(DIGITS[tok])
        elif tok in TENS:
            section += TENS[tok]
            number, last_unit = None, Decimal(10)
        elif tok in POINTS:
            frac, i = _fraction_part(tokens, i + 1)
            if number is not None and last_unit > 10 and not after_zero and number < 10:
                number *= last_unit / 10  # 两千三点一 → 2300.1
            number = (number or Decimal(0)) + frac
            last_unit = Decimal(10)  # no abbreviation after a decimal part
            continue
        elif tok in SMALL_UNITS:
            unit = SMALL_UNITS[tok]
            section += (number if number is not None else Decimal(1)) * unit
            number, last_unit, after_zero = None, Decimal(unit), False
        elif tok == "兆":
            zhao = (zhao + total + wan + section + (number or Decimal(0))) * ZHAO
            total, wan, section, number, last_unit = Decimal(0), Decimal(0), Decimal(0), None, ZHAO
        elif tok in BIG_UNITS:
            unit = BIG_UNITS[tok]
            group = section + (number or Decimal(0))
            if unit == YI:
                total, wan = (total + wan + group) * YI, Decimal(0)
            else:
                wan = (wan + group) * WAN
            section, number, last_unit, after_zero = Decimal(0), None, unit, False
        else:
            return None
        i += 1
    if number is not None:
        if last_unit > 10 and not after_zero and number < 10:
            number *= last_unit / 10  # 一百五 → 150, 13万2 → 132000, 两万三 → 23000
        section += number
    return zhao + total + wan + section


def exact(value: Decimal) -> Decimal:
    """The value without trailing zeros or exponent: 2236000.0 → 2236000, 18.40 → 18.4."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


# A decimal point a space follows (a PDF's text: 60132. 9 亿元, 增长 6. 0%), and one written together (6.0%).
_SPACED_POINT = re.compile(r"[0-9０-９][.．] (?=[0-9０-９])")
_COMPACT_POINT = re.compile(r"[0-9０-９][.．][0-9０-９]")


def _spaced_points(text: str) -> list[int]:
    """Where a text that sets a space after its decimal points throughout (more such than points written together,
    twice at least) has one after a number's point: "6. 0%" is 6.0 %. Elsewhere a number after "6. " is no figure
    (see extract._broken_decimal); a list's number is never a number's whole part (1. 35个项目开工)."""
    sample = text[:_SPACED_SAMPLE]
    if ". " not in sample and "． " not in sample:
        return []
    spaces = [m.end() - 1 for m in _SPACED_POINT.finditer(text) if not list_number(text, m.start() + 1)]
    seen = sum(at < _SPACED_SAMPLE for at in spaces)  # (told from the text's start, as _spaced_digits is)
    return spaces if seen >= 2 and seen > len(_COMPACT_POINT.findall(sample)) else []


def list_number(text: str, point: int) -> bool:
    """Are the digits before the point at ``point`` a list's number: one or two digits opening the text, a line or a
    clause (1. 35个项目开工), or after a space in a run of list numbers counted from 1 (1. 10个项目开工 2. 20家企业上市 3. 35所
    学校建成; not 增长 6. 0%, 人口为 3. 35人)? A list's first number needs its second after it."""
    m = _LIST_NUMBER_BEFORE.search(text, max(0, point - _LIST_NUMBER_WIDTH), point)
    if m is None:
        return False
    if m.group()[0] in "0０" or _PERCENT_AFTER.match(text, point + 1):
        return False  # 0. 4%, 上涨 1. 1%: a number's whole part, never a list's
    before = text[: m.start()].rstrip(" \u3000\t")
    if not before or before[-1] in _LIST_OPENERS:
        return True
    if not text[m.start() - 1].isspace():
        return False
    number = int(m.group().translate(_FULL_WIDTH_DIGITS))
    if number == 1:
        return _list_item(text, 2, point, point + _LIST_REACH) is not None
    at = m.start()
    for k in range(number - 1, 0, -1):
        found = _list_item(text, k, max(0, at - _LIST_REACH), at, last=True)
        if found is None or _list_item(text, k + 1, found, at) is not None:
            return False  # (… 3. 35所学校建成；…为 3. 35人: the list's 3 came already)
        at = found
    return True


def _list_item(text: str, number: int, start: int, end: int, last: bool = False) -> int | None:
    """Where a list's number ``number`` (a space, a line break or a clause's start before it, a point after it) stands in
    text[start:end] — the first, or the ``last`` — or None."""
    found = None
    for found in re.finditer(rf"(?:^|(?<=[\s{re.escape(_LIST_OPENERS)}，,])){number}[.．](?!{_PERCENT_AFTER.pattern})",
                             text[start:end]):
        if not last:
            break
    return None if found is None else start + found.start()


_LIST_NUMBER_BEFORE = re.compile(r"(?<![0-9０-９.．])[0-9０-９]{1,2}\Z")
_LIST_NUMBER_WIDTH = 4
_PERCENT_AFTER = re.compile(r" ?[0-9０-９]+ ?[%％‰]")  # (a list's item opens with no percentage: 上涨 1. 1%)
_LIST_OPENERS = "\n\r" + _PUNCTUATION.sentence_breaks + _PUNCTUATION.colons
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_LIST_REACH = 200
