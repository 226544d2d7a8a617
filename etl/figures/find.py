"""Find figure candidates: surface spans with their parts, before any value is resolved."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from etl.figures import lexicon
from etl.figures.identifiers import find_identifiers
from etl.figures.numerals import DIGIT_CHARS, NUMERAL, normalize

MASK = "\x1f"  # replaces set phrases and identifiers: same length, matches nothing
RANGE_SEPARATORS = r"(?:[(（]含[)）])?[ \u3000]*(?:至|到|~|～|——|—|－|–|--|-)[ \u3000]*"
NEGATIVE_SIGNS = ("零下", "负", "-", "−", "－")  # before a number: 零下5℃, -5℃; also before a range's high end
_S = "[ \u3000]*"
# 百分之, 千分之, 万分之 … with the spaces some texts put inside (百 分 之 2.4).
RATIO = rf"(?:百万万|万万|千万|百万|十万|万|千|仟|百|佰){_S}分{_S}之{_S}"
# 个百分点 with spaces or without 个.
POINTS_UNIT = rf"个?{_S}百{_S}分{_S}点"
CURRENCY_PREFIX = {"人民币": "元", "港币": "港元", "美金": "美元", "新台币": "新台币", "台币": "新台币",
                   "US$": "美元", "$": "美元", "￥": "元", "¥": "元"}
SCALE_PREFIX = {"华氏温度": "℉", "华氏": "℉", "摄氏温度": "℃", "摄氏": "℃"}
# 元 may be followed by 角 and 分: 50元6角三分, 五元三毛.
_MONEY_DIGIT = "[0-9一二三四五六七八九两壹贰叁肆伍陆柒捌玖贰參陸]"
_SMALL_MONEY = rf"(?:(?P<jiao>{_MONEY_DIGIT}){_S}[角毛])?(?:(?P<fen>{_MONEY_DIGIT}){_S}分(?!钟|之|析|类|别))?钱?"
# 成 as a unit (八成 = 80 %), but not the 成 of 成立, 成员, 成为 … (一成不变 is caught by the 一 rule).
CHENG = "成(?![立员为果本熟功都型交就效绩长品全事效])(?:[ \u3000]*[一二三四五六七八九](?![成十百千万亿]))?"
# 度 is a temperature only where the sentence speaks of temperature (resolve checks); 度电 is energy, and so
# is 度 after 万/亿 (3,120亿度). 方 is a cubic metre only after 万/亿 (22亿方), never in 三方.
DEGREE = "度(?!电)"
CUBIC = "(?<=[万亿])方"
# 折 as a discount: 八折 = 80 %, 七五折 = 75 %, 9.9折 = 99 %; not 折扣, 折旧, 折合 ….
ZHE = "折(?![扣旧算合叠射线中返服磨腾])"


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


@cache
def figure_re() -> re.Pattern[str]:
    quals = lexicon.qualifiers()
    before = lexicon.alternation([s for (pos, s) in quals if pos == "before"] + list(NEGATIVE_SIGNS))
    # The high end's own sign, inside its group (a group of its own, or an alternation of single characters, costs
    # 3 % of the engine's time): [-−－负]|零下.
    signs = "[" + re.escape("".join(s for s in NEGATIVE_SIGNS if len(s) == 1)) + "]|" + lexicon.alternation(
        [s for s in NEGATIVE_SIGNS if len(s) > 1])
    after = lexicon.alternation([s for (pos, s) in quals if pos == "after"] + ["多", "余"])
    ascii_units = [s for s in lexicon.units() if s.isascii() and s.isalpha()]
    units = lexicon.alternation([s for s in lexicon.units() if s not in ascii_units])
    ascii_alt = lexicon.alternation(ascii_units)
    ratio = RATIO + "负?"
    starts = "".join(sorted({s[0] for s in re.split(r"\|", before.replace("\\", ""))} | set(DIGIT_CHARS)))
    currency = lexicon.alternation(CURRENCY_PREFIX)
    scale = lexicon.alternation(SCALE_PREFIX)
    starts += "".join({w[0] for w in CURRENCY_PREFIX} | {w[0] for w in SCALE_PREFIX}) + ".万佰仟"
    return re.compile(
        rf"(?=[{re.escape(starts)}百千])(?<![A-Za-z0-9.．_])"
        rf"(?:(?P<cur>{currency}){_S})?(?:(?P<scale>{scale}))?"
        rf"(?P<pre>{before})?"
        rf"(?P<ratio>{RATIO})?"
        rf"(?P<num>(?<=之){_S}百|{NUMERAL})"
        rf"(?:分之(?P<num2>{NUMERAL}))?"
        rf"(?:(?P<ru>%|‰)?(?:{RANGE_SEPARATORS})(?:{ratio})?(?P<high>(?:{signs})?{NUMERAL}))?"
        rf"(?:{_S}(?P<inside>余|多))?"
        rf"(?:{_S}(?P<unit>{POINTS_UNIT}|{units}|{CHENG}|{DEGREE}|{CUBIC}|{ZHE}|(?i:{ascii_alt})(?![A-Za-z])))?"
        rf"(?:(?<=[元块圆])(?P<cents>{_SMALL_MONEY}))?"
        rf"(?P<half>半(?![年月天小个]))?"
        rf"(?:[(（]含[)）])?(?P<post>{after})?"
    )


@cache
def _mask_re() -> re.Pattern[str]:
    return re.compile(lexicon.alternation(lexicon.not_figures()))


def mask_phrases(text: str) -> str:
    """The text with set phrases (十四五, 一带一路, 四川, 队伍 …) blanked out, offsets unchanged."""
    return _mask_re().sub(lambda m: MASK * len(m.group()), text)


_URL = re.compile(r"https?://[\x21-\x7e]+|www\.[\x21-\x7e]+")
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
    return _blank(out, [m.span() for m in _URL.finditer(out)] + _list_commas(original))


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for a, b in sorted(spans):
        text = text[:a] + MASK * (b - a) + text[b:]
    return text


def masked(text: str, original: str | None = None) -> str:
    """The text with set phrases, URLs and identifiers blanked out, offsets unchanged."""
    out = mask_phrases(text)
    blanks = [m.span() for m in _URL.finditer(out)]
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


def _joins_previous(text: str, start: int) -> bool:
    prev = text[start - 1]
    return (prev.isascii() and prev.isalnum()) or prev in ")）%‰-元人个件万亿"


_GROUPS = ("num", "num2", "pre", "ratio", "ru", "high", "inside", "unit", "half", "post", "cur", "scale", "cents",
           "jiao", "fen")


def candidates(text: str, blanked: str | None = None) -> list[Candidate]:
    """Every numeral span with its parts, in order. Spans carry no unit when none follows.
    ``blanked`` is ``masked(text)`` when the caller has it already."""
    out = []
    not_after = lexicon.qualifier_not_after()
    for m in figure_re().finditer(masked(text) if blanked is None else blanked):
        (num, num2, pre, ratio, ru, high, inside, unit, half, post, cur, scale, cents, jiao, fen) = m.group(*_GROUPS)
        hsign = None
        if high and high.startswith(NEGATIVE_SIGNS):  # -5~-3℃: the high end's own sign
            hsign = next(sign for sign in NEGATIVE_SIGNS if high.startswith(sign))
            high = high[len(hsign) :]
        start = m.start()
        if pre in not_after and start and text[start - 1] in not_after[pre]:
            pre, start = None, start + len(pre)  # 节约1.5万吨: 约 belongs to 节约
        if pre == "-" and start and _joins_previous(text, start):
            pre, start = None, start + 1  # 1万元-5万元: a range dash, not a minus
        # Positional, in field order: keyword arguments cost a tenth of this function's time.
        out.append(Candidate(start, m.end(), pre, ratio, num2 if num2 else num, num if num2 else None, ru, high,
                             inside, unit, bool(half), post, cur, scale,
                             (jiao or "") + "|" + (fen or "") if cents else None, hsign))
    return out
