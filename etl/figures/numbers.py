"""find_numbers(text): every numeral with its exact value, units or not. The engine's lowest layer, measured
against Recognizers-Text's number model; figures (extract) are built on the same numeral grammar."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from decimal import Decimal, DecimalException, Inexact, localcontext

from etl.figures.find import masked_numbers
from etl.figures.numerals import (CONTEXT, FINANCIAL_ALONE, DIGIT_CHARS, MAX_MAGNITUDE, MAX_NUMERAL_CHARS, NUMERAL, exact,
                                  exact_context, parse_number, visible)


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


_FRACTION_PLACES = Decimal("1E-20")
_MAX_EXPONENT_DIGITS = 3  # 1e999 at most: the magnitude check drops what is beyond


_EXACT = CONTEXT.copy()
_EXACT.traps[Inexact] = True  # a power that would be rounded is no exact figure


def _power(m: re.Match[str]) -> Decimal | None:
    """2e5, 21.2E0, 2^-1, 1.1^+23: exponents as written; None beyond the engine's numerals or when inexact."""
    mant, e10, raw = m.group("mant"), m.group("e10"), m.group("pow")
    exponent = (e10 or raw).lstrip("+-")
    if len(mant) > MAX_NUMERAL_CHARS or len(exponent) > _MAX_EXPONENT_DIGITS:
        return None
    mantissa = Decimal(mant)
    if e10 is not None:
        return mantissa.scaleb(int(e10))
    sign = -1 if raw.count("-") % 2 else 1
    with localcontext(_EXACT):
        return mantissa ** (sign * int(exponent))


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
    negatives (负三十二), fractions (三分之一, 3/5, 十一又十四分之一), spaced forms (一百 五 十 二); invisible
    characters inside a numeral are read through and kept in its span."""
    seen = visible(text)
    if seen is None:
        return _find_numbers(text)
    return [NumberSpan(seen.start(n.start), seen.end(n.end), text[seen.start(n.start) : seen.end(n.end)], n.value)
            for n in _find_numbers(seen.text)]


def _find_numbers(text: str) -> list[NumberSpan]:
    norm = masked_numbers(text)
    out = []
    for m in number_re().finditer(norm):
        if len(m.group()) == 1 and m.group() in FINANCIAL_ALONE:
            continue  # 伍 in 队伍, 拾 in 收拾: a financial numeral stands in a numeral, not alone
        try:
            value = _number_value(m)
        except DecimalException:  # beyond the engine's digits (十分之一亿亿亿亿亿亿亿亿, 9^999): not a number
            continue
        if value is not None and value.adjusted() < MAX_MAGNITUDE:  # 1E100 is beyond exact figures
            out.append(NumberSpan(m.start(), m.end(), text[m.start() : m.end()], exact(value)))
    return out
