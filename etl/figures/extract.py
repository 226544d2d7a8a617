"""extract(text) -> list[Fact]: find, resolve, then read changes and lists across neighbouring figures."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from etl.figures import changes
from etl.figures.find import Candidate, candidates, masked
from etl.figures.model import Fact
from etl.figures.numerals import exact, exact_context, normalize, parse_number, visible
from etl.figures.resolve import Resolved, resolve

_LIST_SEPARATORS = {"、", "和", "及", "与", "或"}
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
    """分别提高20.9、36.2、54个百分点: bare numbers in a list take the unit of the list's last figure."""
    for i in range(len(cands) - 2, -1, -1):
        nxt = resolved[i + 1]
        c = cands[i]
        if resolved[i] is not None or nxt is None or c.end >= cands[i + 1].start:
            continue
        if c.unit or c.ratio or c.range_unit or c.currency or c.denominator:
            continue  # only a bare number takes the list's unit (前1％ was dropped as a rank, not bare)
        if text[cands[i].end : cands[i + 1].start] not in _LIST_SEPARATORS:
            continue
        value = parse_number(cands[i].num)
        if value is None or nxt.value_high is not None:
            continue
        factor = nxt.value / parse_number(cands[i + 1].num) if parse_number(cands[i + 1].num) else 1
        resolved[i] = Resolved(value * abs(factor), None, nxt.unit, nxt.kind, None, "list_" + nxt.kind)


def _magnitudes(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Resolved]]:
    out = []
    for m in _MAGNITUDE_RE.finditer(text):
        if m.start() and text[m.start() - 1] in _NOT_BEFORE_MAGNITUDE:
            continue
        if not any(s < m.end() and m.start() < e for s, e in taken):
            value = Decimal(_MAGNITUDES[m.group(1)])
            out.append((m.start(), m.end(), Resolved(value, None, "量级", "magnitude", "about", "magnitude_class")))
    for pattern, value, unit, kind, rule in _SET_VALUES:
        for m in pattern.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                out.append((m.start(), m.end(), Resolved(value, None, unit, kind, None, rule)))
    return out


def _spans(text: str, original: str) -> list[tuple[int, int, Resolved]]:
    blanked = masked(text, original)
    cands = candidates(text, blanked)
    resolved = [resolve(c, text) for c in cands]
    _inherit_units(text, cands, resolved)
    spans = [(c.start, c.end, _low_multiplier(c, r)) for c, r in zip(cands, resolved) if r is not None]
    spans = [s for s in spans if s[2].value_high is None or s[2].value_high >= s[2].value]  # 1-0 is no range
    spans += _magnitudes(blanked, [(s, e) for s, e, _ in spans])
    return sorted(spans, key=lambda s: s[0])


@exact_context
def extract(text: str) -> list[Fact]:
    """Every figure in ``text``, in order, with exact values and half-open spans. Invisible characters inside a
    figure (1\u200b2\u200b3万人) are read through and kept in its span."""
    seen = visible(text)
    if seen is None:
        return _extract(text)
    return [replace(f, mention=text[seen.start(f.char_start) : seen.end(f.char_end)],
                    char_start=seen.start(f.char_start), char_end=seen.end(f.char_end)) for f in _extract(seen.text)]


def _extract(text: str) -> list[Fact]:
    original, text = text, normalize(text)
    facts: list[Fact] = []
    prev_end = 0
    for start, end, r in _spans(text, original):
        ch = changes.classify(text, start, prev_end)
        if ch.measure == "level" and facts and _continues_list(text, facts[-1], start):
            ch = changes.Change(facts[-1].measure, 1 if facts[-1].value >= 0 else -1, facts[-1].basis, None)
        value, high = r.value, r.value_high
        if ch.measure == "change" and ch.sign < 0:  # 下降3%至5%: −5…−3; a minus sign after 下降 is emphasis
            value, high = sorted((-abs(high), -abs(value))) if high is not None else (-abs(value), None)
        facts.append(Fact(original[start:end], start, end, exact(value), exact(high) if high is not None else None,
                          r.unit, r.kind, r.approx, ch.measure, ch.basis, _refers_to(text, facts, ch, r), r.rule))
        prev_end = end
    return _merge_ranges(original, _pair_distributive(text, facts))


_RANGE_GAP = re.compile(r"(?:[(（]含[)）])?[ \u3000]*(?:-{1,2}|—{1,2}|~|～|至|到)[ \u3000]*")


def _merge_ranges(text: str, facts: list[Fact]) -> list[Fact]:
    """1万元--5万元, 1万(含)-5万元: two figures of one unit joined by a dash are one range."""
    out: list[Fact] = []
    for f in facts:
        prev = out[-1] if out else None
        if (prev is not None and prev.unit == f.unit and prev.value_high is None and f.value_high is None
                and prev.measure == f.measure == "level" and prev.value <= f.value
                and _RANGE_GAP.fullmatch(text, prev.char_end, f.char_start)):
            out[-1] = replace(prev, mention=text[prev.char_start : f.char_end], char_end=f.char_end,
                              value_high=f.value, rule="range")
            continue
        if (prev is not None and prev.kind == f.kind == "money" and prev.unit == f.unit and prev.value > f.value
                and text[prev.char_end : f.char_start] == "又"):
            out[-1] = replace(prev, mention=text[prev.char_start : f.char_end], char_end=f.char_end,
                              value=prev.value + f.value, rule="money_compound")  # 两美元又三美分
            continue
        out.append(f)
    return out if len(out) == len(facts) else _renumber(facts, out)


def _renumber(before: list[Fact], after: list[Fact]) -> list[Fact]:
    """Keep refers_to pointing at the same figures once ranges have merged two into one."""
    index = {f.char_start: i for i, f in enumerate(after)}
    starts = [f.char_start for f in before]
    return [replace(f, refers_to=index.get(starts[f.refers_to])) if f.refers_to is not None else f for f in after]


def _continues_list(text: str, prev: Fact, start: int) -> bool:
    return prev.measure == "change" and text[prev.char_end : start] in _LIST_SEPARATORS


def _compatible(level: Fact, change: Resolved) -> bool:
    """A 百分点 change qualifies a percent; a percent change anything but a percent; else the same unit."""
    if change.kind == "percentage_point":
        return level.kind == "percent"
    if change.kind == "percent":
        return level.kind not in ("percent", "percentage_point")
    return level.unit == change.unit


def _refers_to(text: str, facts: list[Fact], ch: changes.Change, r: Resolved) -> int | None:
    if ch.measure != "change" or ch.trigger_start is None:
        return None
    for i in range(len(facts) - 1, -1, -1):
        prev = facts[i]
        if prev.measure == "level" and changes.qualifies(text, prev.char_end, ch.trigger_start):
            return i if _compatible(prev, r) else None
        if prev.char_end <= ch.trigger_start:
            return None
    return None


def _run(text: str, facts: list[Fact], i: int, measure: str) -> list[int]:
    """Indices of the list of figures of ``measure`` that ends at ``i`` (A、B和C)."""
    run = [i]
    while run[0] > 0:
        j = run[0] - 1
        if facts[j].measure != measure or text[facts[j].char_end : facts[run[0]].char_start] not in _LIST_SEPARATORS:
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
                    text[facts[j].char_end : facts[j + 1].char_start] in _LIST_SEPARATORS:
                j += 1
            if j > i and len(levels) == j - i + 1:
                for k, level in zip(range(i, j + 1), levels):
                    facts[k] = replace(facts[k], refers_to=level)
            i = j
        i += 1
    return facts
