"""Metric labels: a short phrase, taken from the sentence, that says what a figure measures."""

from __future__ import annotations

import re
from functools import cache

from etl.figures import Fact, lexicon
from etl.figures.numerals import normalize  # (a label is cut from the page where its simplified form says: 大陸GDP分別增長)

_PUNCTUATION = lexicon.punctuation()
# A label stops at a clause break or a bracket (etl/lexicon/punctuation.toml).
CLAUSE_BREAKS = _PUNCTUATION.clause_breaks + _PUNCTUATION.brackets
_MAX_BEFORE = 40  # (a long clause's subject read whole: 一般公共预算收入剔除一次性特殊收入因素影响, not 般公共预算收入…)
_MAX_AFTER = 12
_YEAR_LEAD = re.compile(
    r"^(?:(?:截至|截止|到|至)?(?:[0-9０-９]{4}|[一二三四五六七八九〇○零]{4}|[一二][0０〇○零][0-9０-９一二三四五六七八九〇○零]{2})年(?:度|底|末|初|上半年|前三季度|一季度)?"
    r"|[0-9]{4}(?=全年|[上下]半年|[一二三四]季度|前三季度)|[0-9]{1,2}月(?:份|底)?|第?(?:[一二三四]、)*[一二三四]季度|前三季度|近[0-9一二三四五六七八九十]+年(?:来)?|[^，]{0,4}以来)+"
)
_PUNCT = "“”\"‘’《》「」、·—- \t●◆■▲★◇•"  # (and a bullet opening a line: ●国家高新技术企业数)
_MEASURE_WORD_UNITS = {"人", "人次", "元", "%", "‰", "百分点", "倍", "分数"}


@cache
def _words() -> dict[str, tuple[str, ...]]:
    data = lexicon.read_toml("metric_words.toml")
    for key, values in data.items():
        if len(set(values)) != len(values):
            raise ValueError(f"metric_words.toml: [{key}] lists a word twice")
    return {key: tuple(sorted(values, key=len, reverse=True)) for key, values in data.items()}


def _alternation(key: str) -> str:
    return "|".join(re.escape(w) for w in _words()[key])


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    punct = re.escape(_PUNCT)
    return {
        "lead": re.compile(rf"^(?:[{punct}]|{_YEAR_LEAD.pattern[1:]}|(?:{_alternation('lead_prefixes')})"
                           rf"|(?:{_alternation('after_milestones')}))+"),  # (突破5万关口、达到5.28万元: no 关口)
        "tail": re.compile(rf"(?:[{punct}]|{_alternation('tail_verbs')}|(?:较|比|同|与|从|由|截至|截止|到|至)?[0-9]{{4}}年"
                           rf"(?:底|末|同期|相比)?的?|[0-9]{{4}}年?(?:-|—|–|~|～|至|到)(?=[0-9]{{4}})|(?:较|比|从|由)(?:“?[一二三四五六七八九十]{{1,3}}五”?|上年|去年|上一年)(?:期末|末|底)的?)+$"),
        # (生产总值从2007年的6423.2亿元, 财政总收入由“十五”末的1.8亿元: 生产总值, 财政总收入)
        "stop": re.compile(_alternation("after_stops")),
        "particle": re.compile(f"(?:{_alternation('lead_particles')})+"),
        "action": re.compile(_alternation("after_actions")),
    }


def milestones() -> tuple[str, ...]:
    """Words right after a figure that name a milestone it crossed (大关, 关口, 台阶), longest first."""
    return _words()["after_milestones"]


def _clause_start(text: str, start: int, floor: int) -> int:
    lo = max(floor, start - _MAX_BEFORE)
    for i in range(start - 1, lo - 1, -1):
        if text[i] in CLAUSE_BREAKS:
            return i + 1
    return lo


def _strip_lead(phrase: str) -> str:
    """Drop when and where words from the front (2025年全省地区生产总值 → 地区生产总值), and a particle that continues
    a list or introduces an object (和基本公共卫生服务经费 → 基本公共卫生服务经费)."""
    return _lead_stripped(phrase, normalize(phrase))[0]


def _lead_stripped(phrase: str, plain: str) -> tuple[str, str]:
    """_strip_lead on a phrase and its simplified form (``plain``), both cut alike."""
    m = _patterns()["lead"].match(plain)
    if m:
        phrase, plain = phrase[m.end() :], plain[m.end() :]
    m = _patterns()["particle"].match(plain)
    if m is None:
        return phrase, plain
    cut = m.end()
    if m.group() in _CONJUNCTIONS and (time := _YEAR_LEAD.match(plain[cut:])) is not None:
        cut += time.end()  # 但6月份CPI → CPI
    return (phrase[cut:], plain[cut:]) if len(phrase) - cut >= 2 or cut == len(phrase) else (phrase, plain)


_CONJUNCTIONS = frozenset({"但", "但是", "而", "而且", "并且"})  # (a time after them heads the label too: 但6月份CPI)


def _strip_tail(phrase: str, plain: str | None = None) -> str:
    """Drop the verbs that lead into the number: 地区生产总值达到 → 地区生产总值 (not into 平均 of 两年平均增长).
    ``plain``: the phrase's simplified form, when the caller has it."""
    phrase, written = normalize(phrase) if plain is None else plain, phrase
    m = _patterns()["tail"].search(phrase)
    if m is None:
        return written
    cut = m.start()
    average = phrase.find("平均", cut)
    if average >= 0 and _AVERAGED_OVER.search(phrase, 0, average + 1):
        rest = _patterns()["tail"].search(phrase, average + 2)  # 两年平均增长: 两年平均 (but 失业率平均为: 失业率)
        return written[: rest.start()] if rest else written
    if average >= 0 and phrase.endswith(_WORDS_OF_PING, 0, average + 1):
        cut = max(cut, average + 1)  # 收入水平均增长: 水平, and 均 of 均增长
    if _AVERAGED_OVER.search(phrase, 0, cut) and phrase.startswith("均", cut):
        rest = _patterns()["tail"].search(phrase, cut + 1)  # 人均增长: 人均, not 人 and 均增长
        return written[: rest.start()] if rest else written
    return written[:cut]


# 平均 of 两年平均 (or 平均 alone), 人均/日均/月均/户均/亩均 before a trailing verb: kept whole (not 收入水平均增长,
# 前两个月均增长, 节假日均增长: 均 of 均增长 after a word; nor 失业率平均为, 工业总产值平均增长: an adverb)
_WORDS_OF_PING = ("水平", "持平", "公平", "和平", "太平")
_AVERAGED_OVER = re.compile(r"(?:(?:^|[两二三四五六七八九十0-9]年)平|(?:^|[^个假作节])[人日月户亩])$")


# An adverbial between a measure and its verb, near the figure (在连续4个月下降后转涨, 根据省统计局的修订结果预计完成,
# 受猪肉价格回落影响): no part of what is measured.
_ADVERBIAL = re.compile(r"(?:在|经|根据|受)[^，,；;。、]{1,16}?(?:之后|以后|后|结果|数据|测算|核算|统计|口径|影响|带动|拉动)"
                        r"[^，,；;。、]{0,6}$")


# A note's mark after a word (地区生产总值﹝2﹞5183.8亿元, 常住人口[3]): no part of what is measured.
_FOOTNOTE = re.compile(r"[﹝〔\[［【][0-9０-９]{1,2}[﹞〕\]］】]|[①-⑳⑴-⒇]")


def before_phrase(text: str, fact: Fact, floor: int) -> tuple[str, bool]:
    """What the clause says before the figure (2025年12345热线受理诉求 → 12345热线受理诉求), and whether
    it starts right after another figure of the same clause (82个快递、外卖站点和4110名…)."""
    start = _clause_start(text, fact.char_start, floor)
    raw = _FOOTNOTE.sub("", text[start : fact.char_start]).strip(_PUNCT)
    phrase, plain = _lead_stripped(raw, normalize(raw))
    if (aside := _ADVERBIAL.search(plain)) is not None and aside.start() >= 2:
        phrase, plain = phrase[: aside.start()], plain[: aside.start()]  # 地区生产总值根据省统计局的修订结果预计完成 →
        # 地区生产总值
    stripped = _strip_tail(phrase, plain)
    after_figure = start == floor and floor > 0
    if len(stripped) < 2 and len(phrase) >= 2 and not after_figure and not _patterns()["particle"].fullmatch(phrase):
        stripped = phrase  # 惠及1100多万人: the verb is all the clause says
    return stripped, after_figure


def after_phrase(text: str, fact: Fact, ceiling: int) -> str:
    """The noun that follows a figure: 82个快递、外卖站点 → 快递、外卖站点."""
    return _after(text, fact, ceiling)[0]


def _after(text: str, fact: Fact, ceiling: int) -> tuple[str, bool]:
    """after_phrase, and whether it is an action's word (after_actions: 惠及…人次, 人次受益)."""
    end = min(ceiling, fact.char_end + _MAX_AFTER, len(text))
    tail = text[fact.char_end : end]
    for i, ch in enumerate(tail):
        if ch in CLAUSE_BREAKS:
            tail = tail[:i]
            break
    plain = normalize(tail)
    if tail[:1] == "、" or ((fact.kind, fact.unit) != ("count", "个") and plain.startswith(milestones())):
        return "", False  # 药品5000件、口罩10万只: the next item's noun, none of this figure's; 突破3000万人次大关: a milestone
    action = _patterns()["action"].match(plain)
    if action:
        return tail[: action.end()], True
    if tail.startswith("的"):
        tail, plain = tail[1:], plain[1:]  # 71%的煤电机组: what the share is of
    stop = _patterns()["stop"].search(plain)
    if stop and stop.start() == 0:
        return "", False
    tail = tail[: stop.start()] if stop else tail
    return tail.rstrip("和及与或、").strip(_PUNCT), False


def label(text: str, facts: list[Fact], i: int, floor: int, labels: list[str]) -> str:
    """The metric of ``facts[i]``; ``labels`` holds the metrics of the facts before it."""
    fact = facts[i]
    if fact.refers_to is not None:
        return labels[fact.refers_to]
    ceiling = facts[i + 1].char_start if i + 1 < len(facts) else len(text)
    before, after_figure = before_phrase(text, fact, floor)
    after, action = _after(text, fact, ceiling)
    if action:
        return tidy((before + after) if before else after)
    prefer_after = fact.kind == "count" and (fact.unit not in _MEASURE_WORD_UNITS or after_figure)
    if after and (prefer_after or not before):
        return tidy(after)
    if before:
        return tidy(before)
    return labels[i - 1] if labels and after_figure else ""


# A time's digits (江苏前9月固定资产投资稳中有升, 1-9月, 2022年): no figure of the clause's own.
_TIME_DIGITS = re.compile(r"[0-9０-９]+(?:[-—～~至][0-9０-９]+)?(?:个月|月份|月|年|季度|日)")


def clause_before(sentence: str, start: int, floor: int) -> str:
    """The clause before the one holding ``start`` (figures before ``floor`` excluded), stripped as a label is: the
    subject a clause holding only a verb and its figure speaks of."""
    breaks = _PUNCTUATION.clause_breaks  # (not brackets: an aside, 棉花（皮棉）, is no subject)
    own = max(sentence.rfind(c, floor, start) for c in breaks)
    if own <= floor:
        return ""
    previous = max(max(sentence.rfind(c, floor, own) for c in breaks) + 1, floor)
    clause = re.sub(r"[（(][^（()）]*[)）]", "", sentence[previous:own])
    untimed = _TIME_DIGITS.sub("", clause)
    if any(ch.isdigit() for ch in untimed) or any(b in clause for b in _PUNCTUATION.brackets) or \
            not _strip_tail(_strip_lead(untimed.strip(_PUNCT))):
        return ""  # a clause with a figure of its own, or cut inside an aside, or a time alone (全市1-9月，): not a subject
    return tidy(_strip_tail(_strip_lead(clause.strip(_PUNCT))))


def usable(label: str) -> bool:
    """Does a label say something (two characters or more, not a verb alone: 达到, 增长, 比上年增长)? Otherwise the
    pipeline looks for a better one (and keeps a verb where it finds none: 惠及1100多万人)."""
    return len(label) >= 2 and _strip_tail(label) != ""


def tidy(phrase: str) -> str:
    """“爱心驿站”“司机之家” → 爱心驿站、司机之家; the spaces and line breaks of a page's layout beside ideographs dropped
    (国 内 生 产 总 值, 地⏎区生产总值 → 国内生产总值, 地区生产总值)."""
    phrase = re.sub(r"[”\"’」』》]\s*[“\"‘「『《]", "、", phrase)
    if " " in phrase or "\n" in phrase or "\u3000" in phrase:
        phrase = _LAYOUT_SPACE.sub("", phrase)
    return phrase.strip(_PUNCT + "“”\"‘’")


_LAYOUT_SPACE = re.compile(r"\s+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+")
