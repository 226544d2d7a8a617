"""Resolve a candidate span to a value, unit, kind and qualifier. Pure; None when it is not a figure."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from etl.figures import lexicon
from etl.figures.find import CURRENCY_PREFIX, NEGATIVE_SIGNS, SCALE_PREFIX, Candidate
from etl.figures.numerals import parse_number

_TEN = Decimal(10)
_HUNDRED = Decimal(100)
_PLACES = Decimal("1E-10")
_NEGATIVE = frozenset(NEGATIVE_SIGNS)
_SIGN_WORDS = frozenset({"零下", "负"})  # a word before a range signs both ends; a minus sign only its number
_TEMPERATURE_WORDS = re.compile(r"温|摄氏|恒温|冷|热|降温|升温")
_ORDINAL_BEFORE = ("第", "前")
_RANK_UNITS = {"位", "名"}
_OPEN_QUOTES = "“‘「『\"《"
_CLOSE_QUOTE = re.compile(r"[^“”\"」』》，。,]{0,6}[”\"」』》]")


class Resolved(NamedTuple):
    value: Decimal
    value_high: Decimal | None
    unit: str
    kind: str
    approx: str | None
    rule: str


def _bare(part: str) -> str:
    """A matched part without the spaces the patterns allow inside it (一百 五 十, 百分 之)."""
    return part.replace(" ", "").replace("\u3000", "")


_IMPLIED_MAX = 8  # characters of noun looked at after a bare number


def _implied(c: Candidate, text: str) -> tuple[str, str, Decimal] | None:
    """A bare number with 万/亿 before a noun of people: 3451.9万农村居民 counts 人."""
    if c.num[-1] not in "万亿多余" and not c.inside:
        return None
    after = text[c.end : c.end + _IMPLIED_MAX]
    for noun, u in lexicon.implied_units().items():
        i = after.find(noun)
        if 0 <= i and not any(ch in "，,。；;、的和" for ch in after[:i]):
            return u.unit, u.kind, u.factor
    return None


def _ratio(c: Candidate) -> tuple[str, str, Decimal] | None:
    """百分之 → %, 千分之 → ‰, 万分之三 → 0.03 %."""
    ratio = _bare(c.ratio).removesuffix("负")
    if ratio in ("千分之", "仟分之"):
        return "‰", "permille", Decimal(1)
    denominator = parse_number("一" + ratio.removesuffix("分之"))
    return ("%", "percent", _HUNDRED / denominator) if denominator else None


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
        return _implied(c, text)
    unit = _bare(c.unit)
    if unit.endswith("百分点"):
        return "百分点", "percentage_point", Decimal(1)
    if unit == "折" or unit.startswith("成"):
        return "%", "percent", _TEN
    if unit == "方":
        return "立方米", "volume", Decimal(1)
    if unit == "度" and c.num[-1] in "万亿":
        return "千瓦时", "energy", Decimal(1)  # 3,120亿度: electricity
    if unit == "度":
        window = text[max(0, c.start - 12) : c.start]
        if c.scale:
            return SCALE_PREFIX[c.scale], "temperature", Decimal(1)
        return ("℃", "temperature", Decimal(1)) if _TEMPERATURE_WORDS.search(window) else None
    u = lexicon.units().get(unit) or lexicon.units()[unit.lower()]
    if u.kind == "money" and u.unit == "元" and c.currency:
        return CURRENCY_PREFIX[c.currency], "money", u.factor  # 港币两千九百六十元 is in 港元
    return u.unit, u.kind, u.factor


def _approx(c: Candidate, number_surface: str) -> str | None:
    quals = lexicon.qualifiers()
    if c.inside or any(ch in number_surface for ch in "余多几幾数"):
        return "more_than"
    if c.post and ("after", c.post) in quals:
        return quals[("after", c.post)]
    if c.post in ("多", "余"):
        return "more_than"
    if c.pre and ("before", c.pre) in quals:
        return quals[("before", c.pre)]
    return None


def _is_name_or_rank(c: Candidate, text: str, kind: str) -> bool:
    before = text[c.start - 1] if c.start else ""
    if before in _ORDINAL_BEFORE and not c.pre:
        return True  # 第33届, 前10名, 居全国第2位
    if before and before in _OPEN_QUOTES and _CLOSE_QUOTE.match(text, c.end):
        return True  # “五个中心”: a slogan in quotes
    if c.num == "零" and kind == "count":
        return True  # 零部件, 零件: a word, not zero of something
    if kind == "count" and c.num in ("一", "壹") and not c.pre and not c.half:
        return True  # 一批, 一项, 一个: an article, not a count
    return c.unit in _RANK_UNITS and text[c.start - 2 : c.start] in ("排名", "位居", "排在")


def _fraction(c: Candidate) -> Resolved | None:
    den, num = parse_number(c.denominator or ""), parse_number(c.num)
    if not den or num is None:
        return None
    approx = _approx(c, c.num)
    if den == _HUNDRED:
        return Resolved(num, None, "%", "percent", approx, "fraction_percent")
    value = (num / den).quantize(_PLACES).normalize()
    return Resolved(value, None, "分数", "fraction", approx, "fraction")


_PAIR_DIGITS = "一二三四五六七八九"


def _digit_pair(num: str) -> tuple[Decimal, Decimal] | None:
    """Two rising digits before a multiplier read as a range: 四五千 → 4000..5000, 八九亿, 三五百."""
    if len(num) < 3 or num[2] not in "百千万亿" or num[0] not in _PAIR_DIGITS or num[1] not in _PAIR_DIGITS:
        return None
    if _PAIR_DIGITS.index(num[0]) >= _PAIR_DIGITS.index(num[1]):
        return None
    low, high = parse_number(num[0] + num[2:]), parse_number(num[1:])
    return (low, high) if low is not None and high is not None else None


_TWO_DIGITS = re.compile(r"[一二三四五六七八九]{2}|[0-9]{2}")


def _discount(c: Candidate) -> Decimal | None:
    """七五折 and 75折 are 75 %, read here as 7.5 (the 折 factor makes tenths percent); 十折 is no discount."""
    num = _bare(c.num)
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


def resolve(c: Candidate, text: str) -> Resolved | None:
    """Value, unit and kind of a candidate, or None when the span is no figure (bare numeral, name, rank)."""
    if c.denominator is not None:
        return _fraction(c)
    unit = _unit_of(c, text)
    if unit is None:
        return None
    canonical, kind, factor = unit
    if _is_name_or_rank(c, text, kind):
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
    if c.cents:
        value += _cents(c.cents)
    sign = -1 if c.pre in _NEGATIVE else 1
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
        rule = ("unit_" if c.unit or c.currency else "implied_") + kind
    return Resolved(value, high, canonical, kind, _approx(c, c.num), rule)
