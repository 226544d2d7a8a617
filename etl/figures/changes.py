"""Changes: which figures are changes (增长18.4%), on what basis (同比), and what they qualify."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from etl.figures import lexicon

CLAUSE_BREAKS = "，,；;。！？!?\n：:"
SENTENCE_BREAKS = "；;。！？!?\n"
_LEAD_WINDOW = 24
_BASE_YEAR = re.compile(r"(?:较|比|同)[0-9]{4}年(?:底|末|同期)?")


class Change(NamedTuple):
    measure: str  # level | change
    sign: int
    basis: str | None
    trigger_start: int | None  # where the change word starts, for refers_to


@cache
def _trigger_re() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.changes())
    # 提高到95% / 降至13% are levels: the (到|至) group tells them apart.
    return re.compile(
        rf"(?P<word>{words})(?:率)?(?P<to>到|至)?(?:了)?(?:分别)?(?:为|达|达到|是)?[:：]?"
        rf"(?:约|近|超过|超|逾|不到|不足)?$"
    )


@cache
def _basis_re() -> re.Pattern[str]:
    return re.compile(lexicon.alternation(lexicon.bases()))


@cache
def _gap_re() -> re.Pattern[str]:
    """What may stand between a figure and the change that qualifies it: 223.6万人报名，同比增长18.4%."""
    bases = lexicon.alternation(lexicon.bases())
    return re.compile(rf"[\u4e00-\u9fff]{{0,3}}[，,、]?(?:{bases})?(?:分别)?")


def lead(text: str, start: int, floor: int) -> tuple[int, str]:
    """The clause text just before ``start``, not reaching back past ``floor``."""
    lo = max(floor, start - _LEAD_WINDOW)
    for i in range(start - 1, lo - 1, -1):
        if text[i] in CLAUSE_BREAKS:
            return i + 1, text[i + 1 : start]
    return lo, text[lo:start]


def classify(text: str, start: int, floor: int) -> Change:
    """Is the figure at ``start`` a change? ``floor`` is the end of the previous figure."""
    lead_start, before = lead(text, start, floor)
    m = _trigger_re().search(before)
    if not m or m.group("to") or _is_new(before, m):
        return Change("level", 1, None, None)
    basis_m = None
    for basis_m in _basis_re().finditer(before):
        pass
    basis = lexicon.bases()[basis_m.group()] if basis_m else None
    if basis is None and _BASE_YEAR.search(before):
        basis = "vs_prior"  # 较2020年提高1.16岁: against a named earlier year
    trigger = lead_start + m.start()
    if basis_m:
        trigger = min(trigger, lead_start + basis_m.start())
    return Change("change", lexicon.changes()[m.group("word")], basis, trigger)


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
