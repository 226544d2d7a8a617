"""Resolve a candidate span to a value, unit, kind and qualifier. Pure; None when it is not a figure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from etl.figures import lexicon
from etl.figures.find import Candidate
from etl.figures.numerals import parse_number

_TEN = Decimal(10)
_HUNDRED = Decimal(100)
_PLACES = Decimal("1E-10")
_NEGATIVE = {"零下", "负", "-", "−", "－"}
_TEMPERATURE_WORDS = re.compile(r"温|摄氏|恒温|冷|热|降温|升温")
_ORDINAL_BEFORE = ("第", "前")
_RANK_UNITS = {"位", "名"}
_OPEN_QUOTES = "“‘「『\"《"
_CLOSE_QUOTE = re.compile(r"[^“”\"」』》，。,]{0,6}[”\"」』》]")


@dataclass(frozen=True, slots=True)
class Resolved:
    value: Decimal
    value_high: Decimal | None
    unit: str
    kind: str
    approx: str | None
    rule: str


def _unit_of(c: Candidate, text: str) -> tuple[str, str, Decimal] | None:
    """(unit, kind, factor) of a candidate, from its unit word or its ratio form."""
    if c.ratio == "百分之" or c.range_unit in ("%", "％") and c.unit is None:
        return "%", "percent", Decimal(1)
    if c.ratio == "千分之" or c.range_unit == "‰" and c.unit is None:
        return "‰", "permille", Decimal(1)
    if c.denominator is not None:
        return None  # a fraction carries its own unit, see _fraction
    if c.unit is None:
        return None
    if c.unit == "成":
        return "%", "percent", _TEN
    if c.unit == "度":
        window = text[max(0, c.start - 12) : c.start]
        return ("℃", "temperature", Decimal(1)) if _TEMPERATURE_WORDS.search(window) else None
    u = lexicon.units()[c.unit]
    return u.unit, u.kind, u.factor


def _approx(c: Candidate, number_surface: str) -> str | None:
    quals = lexicon.qualifiers()
    if c.inside or "余" in number_surface or "多" in number_surface:
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
    if kind == "count" and c.num in ("一", "壹") and not c.pre:
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
    value = parse_number(c.num)
    if value is None:
        return None
    high = parse_number(c.high) if c.high else None
    if c.half:
        value += Decimal("0.5")
    sign = -1 if c.pre in _NEGATIVE else 1
    value = sign * value * factor
    if high is not None:
        high = sign * high * factor
    rule = "range" if high is not None else ("ratio_" + kind if c.ratio else "unit_" + kind)
    return Resolved(value, high, canonical, kind, _approx(c, c.num), rule)
