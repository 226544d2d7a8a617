"""find_numbers(text): every numeral with its exact value, units or not. The engine's lowest layer, measured
against Recognizers-Text's number model; figures (extract) are built on the same numeral grammar."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from decimal import Decimal, InvalidOperation

from etl.figures.find import masked_numbers
from etl.figures.numerals import CONTEXT, DIGIT_CHARS, NUMERAL, exact, exact_context, parse_number


@dataclass(frozen=True, slots=True)
class NumberSpan:
    start: int
    end: int
    surface: str
    value: Decimal


_SP = r"[ \u3000]*"


@cache
def number_re() -> re.Pattern[str]:
    """The numeral layer's pattern, compiled on first use (extract does not need it)."""
    return re.compile(
        rf"(?=[{re.escape(DIGIT_CHARS)}负\-.百千])"
        rf"(?P<neg>负{_SP}|(?<![0-9A-Za-z)）%‰元万亿])-)?(?:(?P<whole>{NUMERAL}){_SP}又{_SP})?"
        rf"(?:(?P<den>{NUMERAL}){_SP}分{_SP}之{_SP}(?P<neg2>负)?(?P<num>{NUMERAL})"
        rf"|(?P<a>[0-9]+){_SP}/{_SP}(?P<b>[0-9]+)(?![0-9/])"
        rf"|(?P<mant>[0-9]+(?:\.[0-9]+)?)(?:[eE](?P<e10>[+\-]?[0-9]+)|\^(?P<pow>[+\-]*[0-9]+))(?![0-9])"
        rf"|(?P<dozen>{NUMERAL})打(?![造击破开通好赢响出工印卡车折])"
        rf"|(?P<plain>{NUMERAL}))"
    )


_FINANCIAL_ALONE = set("壹贰叁肆伍陆柒捌玖拾佰仟貳參陸")
_FRACTION_PLACES = Decimal("1E-20")


def _power(m: re.Match[str]) -> Decimal:
    """2e5, 21.2E0, 2^-1, 1.1^+23: exponents as written."""
    mantissa = Decimal(m.group("mant"))
    if m.group("e10") is not None:
        return mantissa.scaleb(int(m.group("e10")))
    raw = m.group("pow")
    sign = -1 if raw.count("-") % 2 else 1
    return mantissa ** (sign * int(raw.lstrip("+-")))


def _number_value(m: re.Match[str]) -> Decimal | None:
    if m.group("plain"):
        value = parse_number(m.group("plain"))
    elif m.group("mant"):
        value = _power(m)
    elif m.group("dozen"):
        base = parse_number(m.group("dozen"))
        value = None if base is None else base * 12  # 一打 = 12
    else:
        num = parse_number(m.group("num") or m.group("a"))  # 三分之一 names the denominator first, 1/3 last
        den = parse_number(m.group("den") or m.group("b"))
        if num is None or not den:
            return None
        value = (num / den).quantize(_FRACTION_PLACES).normalize()
        if m.group("whole"):
            whole = parse_number(m.group("whole"))
            value = None if whole is None else whole + value
        if value is not None and m.group("neg2"):
            value = -value
    if value is not None and m.group("neg"):
        value = -value
    return value


@exact_context
def find_numbers(text: str) -> list[NumberSpan]:
    """Every numeral in the text with its exact value, units or not (the engine's lowest layer):
    negatives (负三十二), fractions (三分之一, 3/5, 十一又十四分之一), spaced forms (一百 五 十 二)."""
    norm = masked_numbers(text)
    out = []
    for m in number_re().finditer(norm):
        if len(m.group()) == 1 and m.group() in _FINANCIAL_ALONE:
            continue  # 伍 in 队伍, 拾 in 收拾: a financial numeral stands in a numeral, not alone
        try:
            value = _number_value(m)
        except InvalidOperation:  # beyond the engine's digits (十分之一亿亿亿亿亿亿亿亿): not a figure
            continue
        if value is not None and value.adjusted() < CONTEXT.prec:  # 1E100 is beyond exact figures
            out.append(NumberSpan(m.start(), m.end(), text[m.start() : m.end()], exact(value)))
    return out
