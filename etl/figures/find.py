"""Find figure candidates: surface spans with their parts, before any value is resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from etl.figures import lexicon
from etl.figures.identifiers import find_identifiers
from etl.figures.numerals import DIGIT_CHARS, NUMERAL

MASK = "\x1f"  # replaces set phrases and identifiers: same length, matches nothing
RANGE_SEPARATORS = "至|到|~|～|——|—|－|–|-"
# 成 as a unit (八成 = 80 %), but not the 成 of 成立, 成员, 成为 … (一成不变 is caught by the 一 rule).
CHENG = "成(?![立员为果本熟功都型交就效绩长品全事效])"
# 度 is a temperature only where the sentence speaks of temperature (resolve checks); 度电 is energy.
DEGREE = "度(?!电)"


@dataclass(frozen=True, slots=True)
class Candidate:
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
    half: bool  # 六倍半
    post: str | None  # 以上, 左右 …


@cache
def figure_re() -> re.Pattern[str]:
    quals = lexicon.qualifiers()
    before = lexicon.alternation([s for (pos, s) in quals if pos == "before"] + ["零下", "负", "-", "−", "－"])
    after = lexicon.alternation([s for (pos, s) in quals if pos == "after"] + ["多", "余"])
    ascii_units = [s for s in lexicon.units() if s.isascii() and s.isalpha()]
    units = lexicon.alternation([s for s in lexicon.units() if s not in ascii_units])
    ascii_alt = lexicon.alternation(ascii_units)
    ratio = "百分之|千分之|百分之负|千分之负"
    starts = "".join(sorted({s[0] for s in re.split(r"\|", before.replace("\\", ""))} | set(DIGIT_CHARS)))
    return re.compile(
        rf"(?=[{re.escape(starts)}百千])(?<![A-Za-z0-9０-９.．_])"
        rf"(?P<pre>{before})?"
        rf"(?P<ratio>百分之|千分之)?"
        rf"(?P<num>{NUMERAL})"
        rf"(?:分之(?P<num2>{NUMERAL}))?"
        rf"(?:(?P<ru>%|％|‰)?(?:{RANGE_SEPARATORS})(?:{ratio})?(?P<high>{NUMERAL}))?"
        rf"(?P<inside>余|多)?"
        rf"(?P<unit>{units}|{CHENG}|{DEGREE}|(?:{ascii_alt})(?![A-Za-z]))?"
        rf"(?P<half>(?<=倍)半)?"
        rf"(?P<post>{after})?"
    )


@cache
def _mask_re() -> re.Pattern[str]:
    return re.compile(lexicon.alternation(lexicon.not_figures()))


def masked(text: str) -> str:
    """The text with set phrases and identifiers blanked out, offsets unchanged."""
    out = _mask_re().sub(lambda m: MASK * len(m.group()), text)
    idents = find_identifiers(out)
    if not idents:
        return out
    parts, pos = [], 0
    for ident in idents:
        parts += [out[pos : ident.char_start], MASK * (ident.char_end - ident.char_start)]
        pos = ident.char_end
    return "".join(parts) + out[pos:]


def candidates(text: str, blanked: str | None = None) -> list[Candidate]:
    """Every numeral span with its parts, in order. Spans carry no unit when none follows.
    ``blanked`` is ``masked(text)`` when the caller has it already."""
    out = []
    not_after = lexicon.qualifier_not_after()
    for m in figure_re().finditer(masked(text) if blanked is None else blanked):
        num2, pre, start = m.group("num2"), m.group("pre"), m.start()
        if pre in not_after and start and text[start - 1] in not_after[pre]:
            pre, start = None, start + len(pre)  # 节约1.5万吨: 约 belongs to 节约
        out.append(
            Candidate(
                start=start,
                end=m.end(),
                pre=pre,
                ratio=m.group("ratio"),
                num=num2 if num2 else m.group("num"),
                denominator=m.group("num") if num2 else None,
                range_unit=m.group("ru"),
                high=m.group("high"),
                inside=m.group("inside"),
                unit=m.group("unit"),
                half=bool(m.group("half")),
                post=m.group("post"),
            )
        )
    return out
