"""When a figure is about and what it is: its reference period and its status (actual | target | plan).

Read from the sentence before the figure (the nearest cue wins: 2025年, 今年, 去年, 过去五年, “十四五”时期, 到2035年,
预期目标, 力争 …), else from the section the sentence sits under (一、2025年工作回顾 → outcomes of 2025;
三、2026年重点工作 → targets for 2026; 二、“十五五”时期主要目标 → plan targets to 2030), else from the document's
year. Cue words are data: etl/lexicon/time_words.toml. A span is written "2021-2025"; a figure over a span says
how in ``period_basis`` (per_year: 年均; cumulative: 累计). An outcome is never placed after its document's year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from etl.context import period as explicit
from etl.context import regions
from etl.context.phrases import Phrases
from etl.figures import lexicon

STATUSES = ("actual", "target", "plan")
_ANNUAL = "annual"  # a cue of a one-year goal: read as target, never as a plan's
CONTEXT_YEAR = "context"  # the period of 全年, 当年: the single year of the section (or document)
CONTEXT_YEAR_END = "context-end"  # the period of 年末, 年底: that year's last day for a level, the year for a change
_YEAR_ENDS_WORDS = ("年末", "年底")
_MEAN = ("平均", "均值")  # a level averaged over a time, not at a moment
_FLOW_WORDS = re.compile("新增|收入|支出|销售|产量|完成|实现|增加|减少|累计|全年")  # what a flow of the year says
RUNNING = "running"  # (RUNNING, n): the n years up to the context's year (连续9年稳定在…)
OF_CONTEXT = "of_context"  # (OF_CONTEXT, n): the year n years from the context's year (上年: n = -1)
PART = "part"  # (PART, "-H1"): a part of a year named without one (上半年): the last gone by for an outcome
SINCE = "since"  # (SINCE, first): from that year to the context's year (2018年以来, “十四五”以来)
_RUNNING = re.compile(r"连续第?([0-9]{1,2}|[一二三四五六七八九十]{1,3})年")
_MAX_DIGIT_SPAN = 20


@cache
def _digit_span_re() -> re.Pattern[str]:
    """N years written in digits right before a change (5年增长18.7%, 3年累计下降12%): the span of the N years
    before the document's year, as 五年来 (time_words.toml lists such words; digits there would match the end of
    2025年). Group 1 is N."""
    return re.compile(rf"(?<![0-9０-９])([0-9]{{1,2}})年(?:来|间|中)?(?={_change_after_re().pattern})")  # (4年平均增速达6.4%:
    # the rate of the four years)


@cache
def _change_after_re() -> re.Pattern[str]:
    """A change told right after a span of years (…增长, …累计下降, …平均增速)."""
    verbs = lexicon.alternation([w for w in lexicon.changes() if w not in lexicon.change_nouns()])
    words = time_words()
    return re.compile(rf"(?:来|间|中)?(?:{words.per_year_re.pattern}|{words.cumulative_re.pattern}|平均)?(?:{verbs}|增速|增幅)")


def _recent_digits(sentence: str, doc_year: int, late: bool, now: int | None) -> list[_Cue]:
    """过去5年, 近10年来 opening a clause: the span before the time of writing, as 过去五年."""
    first = _spoken_from(doc_year, late, now)
    return [_Cue(m.end(), "actual", (first - int(m.group(1)), first - 1)) for m in _RECENT_DIGITS.finditer(sentence)
            if 1 < int(m.group(1)) <= _MAX_DIGIT_SPAN]


@lru_cache(maxsize=4096)
def _digit_spans(sentence: str, doc_year: int) -> tuple[_Cue, ...]:
    """The spans of N years in digits before a change, unless the clause looks ahead or names a start (未来5年增长,
    力争3年增长一倍, 成立8年增长10倍: time_words.toml [digit_spans]) or counts a run (连续5年)."""
    words = time_words()
    out = []
    for m in _digit_span_re().finditer(sentence):
        if _RECENT_DIGITS.search(sentence, max(0, m.start() - 3), m.end() + 1):
            continue  # (过去5年，…: _recent_digits)
        clause_start = max(sentence.rfind(ch, 0, m.start()) for ch in lexicon.punctuation().clause_breaks) + 1
        n, lead = int(m.group(1)), sentence[clause_start : m.start()]
        if 1 < n <= _MAX_DIGIT_SPAN and not any(w in lead for w in words.not_before_digit_span):
            out.append(_Cue(m.end(), None, (doc_year - n, doc_year - 1)))
    return tuple(out)


_RECENT_DIGITS = re.compile(r"(?:^|(?<=[，,。；;：:\n]))(?:过去的?|近|这)([0-9]{1,2})年(?:来|间|中|里)?(?=[，,：:\n]|$)")
# (not 创近5年新高, 近5年的平均值: a record, an average named)
SECTION_KINDS = ("review", "tasks", "plan")
_NOT_BEFORE_RELATIVE = "比较同与按"  # 比上年, 按上年实际数额: a base of comparison, not the figure's year


@dataclass(frozen=True, slots=True)
class TimeWords:
    relative: dict[str, int]
    recent: dict[str, int]
    coming: dict[str, int]
    plans: dict[str, tuple[int, int]]
    per_year_re: re.Pattern[str]  # 年均, 平均每年 …
    cumulative_re: re.Pattern[str]  # 累计, 合计 …
    flow_re: re.Pattern[str]  # 投入, 新建 …: an amount under a span is its total
    status_words: dict[str, str]  # word → status
    sections: dict[str, tuple[str, ...]]  # kind → words
    retrospective: tuple[str, ...]  # title words of documents that review the year before theirs
    single_year: tuple[str, ...]  # 全年, 年末: the context's single year, not its span
    achieved: tuple[str, ...]  # 实现, 完成 before a target word: the target was met (an outcome)
    cue_phrases: Phrases  # every cue word, span word and plan name
    spans: frozenset[str]
    timed_re: re.Pattern[str]  # a word or year that names a period: what an earlier sentence can leave to later ones
    horizon_re: re.Pattern[str]  # a horizon word before a year: 到一九八五年
    not_before_digit_span: tuple[str, ...] = ()  # 未来, 力争, 成立 …: 5年增长 after them is no span of the past
    of_context: frozenset[str] = frozenset()  # relative years counted from the context's year (上年)
    secured: re.Pattern[str] | None = None  # 争取 before funds: no status cue (the section decides)
    of_title_year: tuple[str, ...] = ()  # title words of documents about the year their title names (统计公报)
    not_retrospective: tuple[str, ...] = ()  # title words of a part of the year: no look back (上半年)
    spoken: frozenset[str] = frozenset()  # relative years counted from the time of writing (去年, not 当年 or 上年)
    achieved_after: re.Pattern[str] | None = None  # 好于预期 after a goal's word: the goals were met (an outcome)
    gone_by: frozenset[str] = frozenset()  # the year just gone by (过去一年): the report's own when delivered late in it


@cache
def time_words() -> TimeWords:
    data = lexicon.read_toml("time_words.toml")
    status_words: dict[str, str] = {}
    for status, words in data["status"].items():
        if status not in (*STATUSES, _ANNUAL):
            raise ValueError(f"time_words.toml: unknown status {status!r}")
        for word in words:
            if word in status_words:
                raise ValueError(f"time_words.toml: {word!r} is a cue of two statuses")
            status_words[word] = status
    if set(data["sections"]) - set(SECTION_KINDS):
        raise ValueError(f"time_words.toml: unknown section kinds {set(data['sections']) - set(SECTION_KINDS)}")
    plans = {k: (int(a), int(b)) for k, (a, b) in data["plans"].items()}
    spoken = set(data["spoken"]["words"])
    if stray := (spoken - set(data["relative_years"])) | (set(data["spoken"]["gone_by"]) - spoken):
        raise ValueError(f"time_words.toml: spoken words not among the relative years, or gone_by not among the spoken: "
                         f"{stray}")
    words = [*data["relative_years"], *status_words, *data["single_year"]["words"]]
    spans = [*data["recent_spans"], *data["coming_spans"]]
    horizon = "|".join(re.escape(w) for w in data["horizon"]["before"])
    cue_phrases = Phrases([*words, *spans, *plans])
    basis = data["span_basis"]
    return TimeWords(dict(data["relative_years"]), dict(data["recent_spans"]), dict(data["coming_spans"]), plans,
                     _words_re(basis["per_year"]), _words_re(basis["cumulative"]),
                     re.compile(rf"(?:{_words_re(basis['flows']).pattern})[^，,；;。占比为]{{0,10}}$"),
                     status_words,
                     {k: tuple(v) for k, v in data["sections"].items()}, tuple(data["genres"]["retrospective"]),
                     tuple(data["single_year"]["words"]), tuple(data["achieved"]["before"]), cue_phrases,
                     frozenset(spans),
                     _words_re([*{*spans, *plans, *data["relative_years"]}, *_YEAR_ENDS]),
                     re.compile(rf"(?:{horizon})(?:[0-9０-９]{{4}}|[〇○零一二三四五六七八九]{{4}})年(?:度|底|末)?$"),
                     tuple(dict.fromkeys([*data["digit_spans"]["not_after"], *data["coming_spans"],
                                          *(w for w, st in status_words.items() if st in ("target", "plan", _ANNUAL))])),
                     frozenset(data["of_context"]["words"]),
                     re.compile(rf"(?:{_words_re(data['secured']['words']).pattern})"
                                rf"[^，,。；;]{{0,{int(data['secured']['reach'])}}}?(?:{_words_re(data['secured']['objects']).pattern})"),
                     tuple(data["genres"].get("of_title_year", ())), tuple(data["genres"].get("not_retrospective", ())),
                     frozenset(data["spoken"]["words"]),
                     re.compile(rf"(?:任务)?[均都全总体部]{{0,2}}(?:{_words_re(data['achieved']['after']).pattern})"),
                     frozenset(data["spoken"]["gone_by"]))


def _words_re(words: list[str]) -> re.Pattern[str]:
    """Any of ``words``, longest first. Only literals: the regex engine then looks at the characters that can start
    one, not at every position (a branch such as [0-9]年 among them would cost five times as much)."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


_YEAR_ENDS = tuple(f"{digit}年" for digit in "0123456789０１２３４５６７８９〇○零一二三四五六七八九")  # …5年: a year named


_NUMERAL_BEFORE = frozenset("0123456789０１２３４５６７８９〇○零一二三四五六七八九十")
# A span word after 前/后 and a plan's name (“十四五”前四年, 五年计划的前三年: the plan's first or last years), after 第 (已是第四年
# 保持20%以上的增幅: an ordinal) or after 连续 (连续四年实现12%以上增长: a run, which stays with its figure) names no span
# ending now.
_FIRST_OR_LAST = frozenset("前后")
_PLAN_BEFORE = ("”", "\"", "」", "计划的", "规划的")
_RUN_BEFORE = ("连续", "連續")
_PROGRAMME_AFTER = ("行动", "计划", "规划", "攻坚", "工程", "专项", "新冠", "疫情", "抗疫", "级", "一届", "一次", "一轮", "一遇",
                    "后")  # 三年新冠疫情: an episode; 四年级, 四年一届, 四年一遇: a grade, how often; 四年后: a time ahead
_TASK_AFTER = ("任务", "目标")  # 一年超额完成三年任务: a bare count of years before them names a task's length
_PLAN_AFTER = ("时期", "期间", "计划", "规划", "末", "以来", "目标")
_PLAN_END = re.compile(r"[”\"]?(?:期末|末期|末)(?!的[0-9.一二三四五六七八九十两]+倍)")
_PLAN_NAME = r"“?([一二三四五六七八九十]{1,3}五)”?"  # a five-year plan's short name: “十二五”
_BY = ("到", "至")  # a goal by a time: 到“十二五”末
_AIMED_AFTER = re.compile(r"(?<!即)将(?!近)|力争|确保|争取|(?<![主重需])要|目标")  # (“十四五”末，全市经济总量将突破…: a
# goal; not 预计将, nor 主要经济指标)
_PLAN_ENDING = rf"{_PLAN_NAME}(?:期末|末)"  # a five-year plan's end named as a time: “十二五”末
_REPORTED_AFTER = ("数据", "完成情况", "完成", "执行情况", "运行情况", "统计", "的表现", "表现", "走势", "看", "来看")  # (从主要指标看)
_PLANNED_WORK = re.compile(r"完成(?![了情率度得的好])[\u4e00-\u9fff]")  # a plan's work named after 完成 (not 计划完成率)
_INTENT = ("确保", "力争", "争取", "努力")  # verbs of a goal: the verb after them (确保完成…) is the goal's


# A frame of several places' goals (从各地GDP目标来看，…; 从经济增长目标来看，各地普遍…): the values after it are goals — not
# a review's look at its own year's goals (从年度目标看，全省地区生产总值增长4.8%，未完成年初目标).
_ROUNDUP_FRAME = re.compile(r"从(?P<frame>[^，,。；;：:从]{0,10}?)目标来?看[，,：:](?P<after>[^，,。；;]{0,16})")
_ROUNDUP_SETS = re.compile("各地(?!区生产)|多地|各省|省份|省区市|各城市|各个城市|[0-9一二三四五六七八九十]+个?城市"
                           "|(?:万亿|副省级|省会)城市")
_ROUNDUP_NOT = re.compile("年度|年初|主要|全年|对照|对标|完成|建设|打造")
_ROUNDUP_REACH = 14


def _roundup_at(text: str, end: int) -> bool:
    """Does a frame of several places' goals end its 目标 at ``end``?"""
    m = next((m for m in _ROUNDUP_FRAME.finditer(text, max(0, end - _ROUNDUP_REACH)) if m.start() < end), None)
    return m is not None and _roundup(m)


def _roundup(m: re.Match) -> bool:
    """Is the frame ``m`` matched one of several places' goals (a set of places in it or right after it, no review's
    words)?"""
    return _ROUNDUP_NOT.search(m.group("frame")) is None and "完成" not in m.group("after") and \
        (_ROUNDUP_SETS.search(m.group("frame")) or _ROUNDUP_SETS.search(m.group("after"))) is not None


_TAKEN = ("相当于", "延长至", "延长到", "延至", "学制", "成立", "建校", "开业")  # before a span word: a comparison
# (相当于三年再造一个亿吨大港), a term or an age (延长至四年, 学制四年, 成立四年; not 仅用三年时间，新增…: the span reached in)


_RATE_AFTER = ("汇率", "平均汇率")
_NEW_SPAN = re.compile(r"(?<![焕创更革])新的?\Z")  # 新的五年征程: years ahead, no span reviewed (not 焕新的五年: a review)


def _valid_cue(text: str, start: int, end: int, word: str, words: TimeWords) -> bool:
    """A span word is not the end of a year (二〇二五年 holds 五年); a short plan name (九五, 十四五) counts only in
    quotes or before 时期, 计划 … (一九五七年 holds 九五)."""
    if text.startswith(_RATE_AFTER, end):
        return False  # 按年末汇率折合1983美元, 按年平均汇率: the time of the exchange rate, not of the figure
    if word in words.spans:  # nor the length of a programme or an episode (三年行动, 五年规划, 三年新冠疫情), nor the few
        # years a rate is averaged over up to its own (三年平均增长: _YEARS_AVERAGED)
        return not (start and text[start - 1] in _NUMERAL_BEFORE) and not text.startswith(_PROGRAMME_AFTER, end) and \
            not (start and text[start - 1] in _FIRST_OR_LAST and text.endswith(_PLAN_BEFORE, 0, start - 1)) and \
            not (start and text[start - 1] == "第") and not text.endswith(_RUN_BEFORE, 0, start) and \
            not _NEW_SPAN.search(text, max(0, start - 3), start) and \
            not (_YEARS_AVERAGED.match(text, start) and text.startswith(("平均", "年均"), end)) and \
            not (word[0] in _NUMERAL_BEFORE and text.startswith(_TASK_AFTER, end)) and \
            not text.endswith(_TAKEN, max(0, start - 3), start)  # (未来五年目标 is the plan's; 相当于三年再造一个亿吨大港: a
        # comparison, no span of the figures)
    if word in words.status_words and text.startswith(_REPORTED_AFTER, end) and not word.endswith(_INTENT) and \
            not (word.endswith("计划") and _PLANNED_WORK.match(text, end)) and \
            not (word.endswith("目标") and _roundup_at(text, end)):  # (从各地GDP目标来看，多数省份高于5%: goals)
        return False  # 国民经济主要指标数据显示, 预期目标完成情况: what was reported, not a goal set (确保完成: one; 全年计划
        # 完成固定资产投资400亿元: the work planned)
    if word == "目标" and (not (_VALUE_AFTER.match(text, end) or _roundup_at(text, end)) or
                         _COMPARED_BEFORE.search(text, _clause_opened(text, start), start)):
        return False  # 目标 alone is a goal's cue right before its value (社会消费品零售总额目标1.55万亿元), not in 目标任务
        # nor in a comparison's base (比年初目标5.5%高0.6个百分点, 优于国家考核目标14.6个百分点: the outcome's distance)
    if word in _BUDGETED and (text[end : end + 1] in _NO_AMOUNT_AFTER or text.endswith(_BUDGET_NAMED, 0, start)):
        return False  # 收入安排9亿元 is a budget's goal; 优化支出安排，…, 为收入安排的105% name the budget, no goal
    if word in words.plans and text[:start].rstrip("“\" \u3000").endswith(_MULTIPLE_OPENERS) and _MULTIPLE_AFTER.match(text, end):
        return False  # 是“十一五”的3.1倍: the plan a multiple is of, no time of the figures after it
    if word in words.plans and _PLAN_WORKED_ON.match(text, end):
        return False  # 开展“十三五”规划中期评估，…全省实现生产总值24438.3亿元: the plan as a paper assessed or drafted
    if word in words.plans and text[:start].rstrip("“\"「 \u3000").endswith(_AIMED_AT) and \
            not text.startswith(_PLAN_SPAN_AFTER, end + text.startswith(("”", "\"", "」"), end)) and \
            any(w in text[end:] for w, status in words.status_words.items() if status == _ANNUAL):
        return False  # 锚定“十五五”，生产总值预期目标增长5.5%以上: the plan a year's goals (预期目标) are aimed at, no time
        # of them (not 锚定“十五五”目标，全市生产总值年均增长5.5%以上: the plan's)
    if word in words.plans and len(word) <= 3:
        if text.startswith(_CAMPAIGN_AFTER, end + text.startswith("”", end)):
            return False  # “八五”普法圆满收官: the eighth five-year campaign of legal education (2021-2025), numbered
            # apart from the plans: no time of the figures after it
        if start and text[start - 1] == "“" and text.startswith("”", end):
            return True
        rest = text[end + 1 :] if text.startswith("”", end) else text[end:]
        return rest.startswith(_PLAN_AFTER)
    return True


_COMPARED_BEFORE = re.compile("(?<!占)比(?![重例率值])|较|与|同|优于|好于|高于|低于|高出|低出|超过|超出|快于|慢于|相差|差距")
_VALUE_AFTER = re.compile(r"(?:[，,：:]?分别(?:为|是)|(?:均|都|则|同时)?(?:为|是|在(?=[0-9０-９.．]+(?:[%％]|万|亿))|定为|定在|设定为"
                          r"|设为|(?:锚定|锁定)(?:在|为|于)?)|值|达到|达|突破|超过|超|增长|提高|提升|增加|下降|降低|减少)?"
                          r"[“\"「]?(?:不低于|不少于|约)?[0-9０-９一二三四五六七八九十两]")  # (经济成长目标，分别为“不低于5%”、“5%以上”; a table's 全年目标 / 提高5%左右)
_CAMPAIGN_AFTER = ("普法",)  # five-year campaigns numbered apart from the plans: “八五”普法
_MULTIPLE_OPENERS = ("是", "为", "相当于")
_AIMED_AT = ("锚定", "瞄准", "对标", "紧扣", "着眼", "聚焦", "围绕", "衔接")  # (the plan as what a year aims at)
_PLAN_SPAN_AFTER = ("时期", "期间", "末", "期末", "的")  # (锚定“十五五”末…: its end, a time)
_PLAN_WORKED_ON = re.compile(r"[”\"」]?(?:规划|计划)(?:纲要)?(?:中期评估|中期调整|实施评估|评估|编制|修编|前期研究|研究编制)"
                             r"(?!显示|表明|报告|结果|发现)")  # (…规划中期评估显示，…年均增长5.5%: the plan's span, a source)
# A sentence about a year as a whole (2025年是极不平凡的一年, 刚刚过去的2025年，是…的一年): what the 全年 after it is of.
_A_WHOLE_YEAR = re.compile(r"(?:[^，,。；;：:]{0,10}[:：])?(?:刚刚过去的|过去的)?(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})年[，,]?"
                           r"(?:是[^。；;]*?(?:一年|之年)(?:[，,。！!]|$)|的[\u4e00-\u9fff]{2,8}[，,])")  # (报告指出:2010年,是实施
# “十一五”规划的最后一年,…; 2025年的榆林，可能与8000亿GDP目标擦肩而过: the place as it was that year)
_BUDGETED = ("收入安排", "支出安排")  # (time_words.toml [status] target)
_NO_AMOUNT_AFTER = frozenset("，,。；;、的")
_BUDGET_NAMED = ("调整", "优化", "按照", "根据", "为", "完善", "合理")
_MULTIPLE_AFTER = re.compile(r"[”\"]?(?:末|期末|时期|期间)?的[0-9.一二三四五六七八九十两]+倍")


def is_retrospective(title: str | None, doc_year: int | None = None) -> bool:
    """Does the title say the document reviews the year before its own (政府工作报告)? Not when the only years it
    names are before the document's and none is written as the report's own: the year is then what it is about
    (《政府工作报告》摘要：2021年全县…目标全面完成, out in 2022)."""
    words = time_words()
    if not title or not any(word in title for word in words.retrospective) or \
            any(word in title for word in words.not_retrospective) or \
            any(value[4:5] == "-" and not _DAY_AFTER.match(title, end) for end, value in explicit.periods_in(title, doc_year)):
        return False  # 2023年上半年…计划执行情况, 2025年1-10月全市一般公共预算执行情况: this year's (not a date:
        # 政府工作报告(2021年12月26日) is the day it was delivered)
    years = title_years(title)
    earlier = bool(years) and doc_year is not None and all(year < doc_year for year in years)
    return not earlier or _OWN_YEAR.search(title) is not None


def part_titled(title: str | None) -> str | None:
    """The part of a report a page's title names after the report's name (…政府工作报告：全市经济社会发展主要预期目标,
    政府工作报告解读｜2026年重点工作), or before it when the name is the title's bracketed end (湖北省政府2024年工作思路和重点
    任务(政府工作报告)), when it reads as a heading of goals or tasks: the page is that part alone."""
    if not title:
        return None
    found = [(title.rfind(word), word) for word in time_words().retrospective if word in title]
    if not found:
        return None
    at, word = max(found)
    rest = title[at + len(word):].lstrip("：:｜|丨 　-—")
    before = title[:at].rstrip("《")
    if (not rest.strip() or rest.strip() in _CLOSING_BRACKETS) and before[-1:] in _PART_ENDS:
        rest = before.rstrip(_PART_ENDS)  # (the report's name in brackets, or after a dash or a space, after the part;
        # not 聚焦今年政府工作报告)
    return rest if rest and _read_heading(_unspaced(rest), None).kind in ("tasks", "plan") else None


_CLOSING_BRACKETS = frozenset("）)】]》")
_PART_ENDS = "（(【[—-－ 　|｜:："  # what parts a title's part from the report's name after it


_DAY_AFTER = re.compile(r"[0-9０-９一二三四五六七八九十]{1,3}[日号]")


def goals_titled(title: str | None) -> str | None:
    """The title of a page of goals (主要预期目标 大湾区九市 今年这样干, 广州2025年经济社会发展主要预期目标), when it reads as a
    heading of tasks: it heads every part of the page (not …主要预期目标完成情况: a review)."""
    if not title or _GOALS_TITLE.search(title) is None:
        return None
    return title if _read_heading(_unspaced(title), None).kind == "tasks" else None


_GOALS_TITLE = re.compile("预期目标|主要目标|目标任务|GDP目标|GDP增长目标|经济增长目标|增速目标")  # (31省份今年增速目标揭晓: a
# round-up of places' goals)


def plan_titled(title: str | None, year: int | None) -> str | None:
    """The title of a page on a five-year plan's goals out the year before the plan opens or in its first year
    (「十四五」规划纲要要点 of 2021, “十三五”规划纲要草案 of 2016), when it reads as a heading of a plan: the plan heads every
    part of the page (not a plan reviewed later in its years: “十四五”规划中期评估 of 2023; nor news naming the plan:
    谋划“十五五”发展新蓝图, “十四五”规划开局之年经济运行综述)."""
    if not title or year is None:
        return None
    opening = any(first - 1 <= year <= first and len(name) >= 3 and name in title
                  for name, (first, _) in time_words().plans.items())
    return title if opening and _PLAN_ITSELF.search(title) and _read_heading(_unspaced(title), None).kind == "plan" \
        else None


_PLAN_ITSELF = re.compile("纲要|綱要")  # the plan's outline itself (not 面向“十五五”擘画蓝图, “十四五”规划编制工作推进会,
# “十四五”规划开局之年经济运行综述: news of a report or a year; nor 规划建议, the proposal, which reviews the plan before)
# A year the report's own title gives it: 2023年中卫市政府工作报告, 关于2022年国民经济和社会发展计划执行情况… (the year
# before the word, a place or a plan's name between).
_OWN_YEAR = re.compile(r"(?:[12][0-9]{3}|[１２][０-９]{3}|[一二][〇○零一二三四五六七八九]{3})年"
                       r"[^，,。：:；;！!？?（）()“”《》 　]{0,14}?(?:政府工作报告|计划执行情况)")


def title_year(title: str | None, doc_year: int | None = None) -> int | None:
    """The year a document is about when its title says so: the first year its title names, for the genres of
    time_words.toml's `of_title_year` (滁州市2019年国民经济和社会发展统计公报, published in 2020), and for any title
    whose only year is before the document's (北京2015年GDP增速6.9%, dated 2016-01-21)."""
    years = title_years(title)
    if years and any(word in title for word in time_words().of_title_year):
        return years[0]
    if len(set(years)) == 1 and doc_year is not None and years[0] < doc_year:
        return years[0]
    return None


def year_before(title: str | None, text: str, doc_year: int | None) -> int | None:
    """The year before the document's, when its title names it as its time (去年陕西省实现生产总值2.44万亿元) or its
    text opens with it as its topic (2024年，崇左市坚持…): the text is about that year as a title naming it would say.
    Only for a text dated by its year alone or early in it, when reports on the year before come out (not 2020年，面对
    突如其来的疫情… in June 2025: a story's opening; the caller decides)."""
    if doc_year is None or title_years(title):
        return None
    if _LAST_YEAR.search(title or "") and not _THIS_YEAR.search(title):
        return doc_year - 1
    opening = _TEXT_OPENS_YEAR.match(text)
    year = explicit.year_number(opening.group(1)) if opening else _released_year(text[:_RELEASED_REACH])
    if year is None and (caption := _CAPTION_YEAR.search(text, 0, _CAPTION_REACH)) is not None:
        year = explicit.year_number(caption.group(1))  # a communiqué's table: 2022年全区生产总值及其增长速度
    return year if year == doc_year - 1 else None


# A communiqué's chart or table caption naming the year of its figures, early in the text.
_CAPTION_YEAR = re.compile(r"(?:^|\n)[ \t]*(?:[图表][ \t]*[0-9]{1,2}[ \t]*)?([12][0-9]{3})年[^\n。，,]{2,24}?(?:及其增长速度|及其增速)")
_CAPTION_REACH = 2000


def _released_year(opening: str) -> int | None:
    """The year of a document about its title's year (time_words.toml `of_title_year`: 统计公报) that a text's opening
    names as released (3月19日,…联合发布《安徽省2025年国民经济和社会发展统计公报》。公报显示…): the year the text is about."""
    for m in _RELEASED.finditer(opening):
        if any(word in m.group() for word in time_words().of_title_year):
            return explicit.year_number(m.group(1))
    return None


_RELEASED = re.compile(r"《[^》]{0,30}?([12][0-9]{3})年[^》]{0,30}》")  # a document's name with its year
_RELEASED_REACH = 200  # the opening a released document is looked for in


# 去年 opening the title or a part of it as its time (not 前去年, 比去年, 去年同期, 去年以来: a base or a start)
_LAST_YEAR = re.compile(r"(?:^|(?<=[\s　|｜:：，,丨]))去年(?!同期|以来|同月|底|末)")
_THIS_YEAR = re.compile(r"今年|季度|半年|春节|假期|五一|国庆")  # (去年…创新高 今年一季度持续回暖: this year's)
_TEXT_OPENS_YEAR = re.compile(r"\s*([12][0-9]{3}|[１２][０-９]{3})年[，,]")


def title_years(title: str | None) -> list[int]:
    """The years a title names (2023年…, 二〇二三年…)."""
    return [explicit.year_number(m.group(1)) for m in _TITLE_YEAR.finditer(title)] if title else []


def closes_plan(title: str | None, year: int | None) -> bool:
    """Does the title name the five-year plan whose last year is ``year`` (贵州高质量完成“十四五”规划…五年答卷, 2025)? Such
    a text, out late in that year, reviews the plan's years up to its own, as a report delivered then does."""
    return bool(title) and year is not None and \
        any(last == year and len(name) >= 3 and name in title for name, (_, last) in time_words().plans.items())


def title_part(title: str | None, year: int | None) -> str | None:
    """The part of a year a release's title names (2025年一季度酉阳县经济运行情况 → 2025-Q1; 上半年济南市经济… → the
    half of the document's year; 1-5月… → its months so far): its outcomes given no time of their own are the part's, not the whole year's."""
    if not title:
        return None
    parts = list(dict.fromkeys(value for end, value in explicit.periods_in(title, year)
                               if value[4:6] in ("-Q", "-H") or ".." in value or
                               (len(value) == 7 and not _DAY_AFTER.match(title, end))))
    # (上半年…上半年工作会议: one part; 7月份全省经济运行情况: a month's release, not 2021年12月21日: a day)
    if not parts and year is not None and (named := _PART_REPORT.search(title)) is not None:
        return _PART_REPORTS[named.group()].format(year)  # 31省区市“三季报”: the first three quarters' releases
    return parts[0] if len(parts) == 1 and (year is None or parts[0][:4] == str(year)) else None


# A release named by the part of the year it reports (三季报, 半年报), in a title that gives no period of its own.
_PART_REPORTS = {"一季报": "{}-Q1", "半年报": "{}-H1", "三季报": "{}-Q1..Q3"}  # (not 中报: 市场中报价, 集中报名)
_PART_REPORT = re.compile("|".join(_PART_REPORTS))


# not a date's year (政府工作报告(2018年12月22日): the day it was delivered, not the year it is of), nor the base of a
# comparison (西安财政总收入超过1800亿元 较2016年增长63%: a report of 2022 on the five years since; not after 是: 这就是2024年的…)
NOT_A_BASE = r"(?<![较比与較與])(?<![较比与較與][ 　])"  # a year after 较/比/与 is a comparison's base (较2016年增长63%)
_JOINED_YEAR = r"(?<=[与與])(?=.{4}年(?![^，,。]{0,6}(?:相比|同比|同期|持平|对比|比较|相较)))"  # (与 joins two years in
# 谈2009年发展与2010年目标; 与2016年相比, 2020年与2010年对比 are bases)
_TITLE_YEAR = re.compile(rf"(?:{NOT_A_BASE}|{_JOINED_YEAR})([12][0-9]{{3}}|[１２][０-９]{{3}}|[一二][〇○零一二三四五六七八九]{{3}})年"
                         r"(?![0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日)")


class Section(NamedTuple):
    """What the headings above a sentence say: the kind of part (review | tasks | plan | None), its year, its span;
    ``retrospective``: the document reviews the year before its own; ``late``: it is a report delivered late in the
    year it reviews (December 2021, on 2021 and the five years to it: its 过去五年 is 2017-2021, its 今后五年 2022-2026);
    ``now``: the year it was written in, when that is not the year it is about (see ``_cues``)."""

    kind: str | None
    year: int | None
    span: tuple[int, int] | None
    retrospective: bool = False
    late: bool = False
    now: int | None = None


class Reference(NamedTuple):
    status: str | None
    period: str | None
    period_basis: str | None


class _Cue(NamedTuple):
    end: int  # where the cue ends in the sentence
    status: str | None
    period: tuple[int, int] | str | None  # a span, or an explicit period ("2025", "2025-Q1")
    stays: bool = False  # holds in its own sentence only (今后五年，争取…: the later sentences are no goals of it)
    listed: bool = False  # left by a list of goals (主要预期目标是：…；…): its status holds for the items after
    written: bool = False  # a span written with its ends (从1978年到1982年): its first value is the first year's
    whole: bool = False  # left by a sentence about its year as a whole (2025年是…的一年): the 全年 after it is that year
    joined: bool = False  # left by an earlier clause of the same sentence (…；…): its year's end holds for any level
    spoken: bool = False  # 今年, counted from the time of writing: what the 全年 after it is of (not 去年, often a base)
    clause: bool = False  # in a review, holds in its own clause only (争取: 积极争取上级支持，全年到位资金12亿元 is an outcome)
    ending: bool = False  # a plan's end in its last year, no goal's word after it: its estimate when the year is late
    opening: bool = False  # a year opening its sentence as its frame (2022年，) or after a clause naming who tells it at most
    # (报告提到，2022年，)
    adjacent: bool = False  # left by a sentence before with none between naming the time of writing (今年以来)
    local: bool = False  # a span told inside a clause right before its change (…，三年上升6个位次): the time of that change,
    # carried to what adds up over the years only
    at_end: bool = False  # a part of a year named with its end (三季度末): a level in the clauses after it is that day's
    roundup: bool = False  # a list of goals a round-up of places' opened (从各地GDP目标来看，…): its goals are the values
    # told as goals (海南为9.5%左右, 西藏为8%; not 广东地区生产总值达到13.5万亿元, an outcome told after)
    own_value: bool = False  # a base's time right before its value (比上年(134908吨)减少3.3%): holds for that value only


@lru_cache(maxsize=1024)
def section_of(headings: tuple[str, ...], doc_year: int | None, retrospective: bool = False,
               late: bool = False, now: int | None = None) -> Section:
    """The section a sentence is in, from its headings (outermost first): the nearest heading that says something."""
    for k in range(len(headings) - 1, -1, -1):
        section = _read_heading(_unspaced(headings[k]), doc_year, late, now)
        if section.kind is not None or section.year is not None:
            # a heading naming no year under one that does ((一)一般公共预算执行情况 under 一、2021年预算执行情况;
            # （二）聚力落实国家重大战略任务 under 一、2025年工作回顾): the outer heading's year, and its kind if it names one
            # (not under a heading naming a span of its own: 过去5年 under 一、2025年工作回顾 is the five years)
            for heading in reversed(headings[:k]) if section.year is None and section.span is None else ():
                outer = _read_heading(_unspaced(heading), doc_year, late, now)
                if outer.kind == "plan" and foundation(headings[k]):
                    break  # （一）现实基础 under a plan's outline: the plan before, reviewed, not the plan's years
                if outer.year is not None:
                    section = outer if outer.kind is not None else outer._replace(kind=section.kind)
                    break
            return section._replace(retrospective=retrospective, late=late, now=now)
    return Section(None, None, None, retrospective, late, now)


# The perfective 了 after a verb inside a heading: what was done (守住了底线任务, 取得了新进展); not 为了, 除了, 了解, nor a
# heading's last character (2026年杭州任务书来了: the tasks are here), nor after a verb that sets goals (会议明确了主要预期
# 目标, 确定了今年主要任务: the goals follow).
_DONE = re.compile(r"(?<![为除])(?<!明确)(?<!确定)(?<!提出)(?<!部署)(?<!安排)(?<!制定)(?<!设定)(?<!定下)了(?!解)(?=.)")


def _unspaced(heading: str) -> str:
    return heading.replace(" ", "").replace("　", "")


def _read_heading(heading: str, doc_year: int | None, late: bool = False, now: int | None = None) -> Section:
    """A heading's kind of part, year and span, from the same cues as sentences: 一、2025年工作回顾 (review, 2025);
    二、“十五五”时期主要目标任务 (plan, 2030, 2026-2030); 一、过去一年和五年工作回顾 (review, Y-1, the five years);
    “十三五”发展成就和“十四五”主要目标 (review of 2016-2020 first: its sentences name the plan when they turn to it)."""
    if foundation(heading):
        return Section("review", None, None)  # （一）现实基础, 第一章 发展基础 in a plan's outline: the plan before, reviewed
    if _WORK_REPORT.search(heading):
        return Section(None, None, None)  # 2026年梅州市政府工作报告(全文) on a page's first lines: the year it is delivered
        # in, which it reviews the year before of and sets the goals of — the document's own reading, no part's
    words = time_words()
    cues = [c._replace(period=f"{doc_year}{c.period[1]}") if _is_part(c.period) else c
            for c in _cues(heading, doc_year, late, now)]
    cues = [c for c in cues if _named(c.period) and not _MILESTONE.match(heading, c.end)]  # “十四五”开局江西“开门红”: a
    # plan's first or last year named, no part of the plan
    spans = [c for c in cues if isinstance(c.period, tuple) and c.period[0] != c.period[1]]
    years = [c.period for c in cues if c not in spans]
    year = None
    if years:
        year = years[0][0] if isinstance(years[0], tuple) else int(years[0][:4])
    elif not spans and (bare := _BARE_YEAR_HEADING.match(heading)) is not None and \
            any(word in heading for kind in words.sections.values() for word in kind):
        year = int(bare.group(1))  # 2021任务清单, 2023预期目标: an infographic's heading of a part, its year written bare
        # (not 2023卷: a yearbook's volume)
    if len({y[0] if isinstance(y, tuple) else int(y[:4]) for y in years}) > 1 and not spans:
        year = None  # 济南去年GDP预计超过1.4万亿元，今年预期目标增长5%以上: a headline of two years gives its part neither
    past = [c for c in spans if c.status == "actual"]
    ahead = [c for c in spans if c.status == "plan"]
    if ahead and not past:
        return Section("plan", ahead[0].period[1], ahead[0].period)
    span = past[0].period if past else None
    so_far = any(isinstance(y, str) and len(y) > 4 for y in years)  # 前三季度…, 1-5月…, 今年前11月…: a part of the year gone by
    done = _DONE.search(heading) is not None  # 牢牢守住了底线任务: tasks done, told in a review
    for kind in ("plan", "review", "tasks"):
        if any(word in heading for word in words.sections[kind]):
            return Section("review" if past or (kind == "tasks" and (so_far or done)) else kind, year, span)
    if not past and year is not None and doc_year is not None and year in (doc_year, doc_year - 1):
        gone = now is not None and year < now  # 原标题：2024年全省一般公共预算收入7711.5亿元, written in 2025
        return Section("tasks" if year == doc_year and not so_far and not gone else "review", year, span)
    return Section("review" if past else None, year, span)


_BARE_YEAR_HEADING = re.compile(r"((?:19|20)[0-9]{2})(?=[\u4e00-\u9fff])(?!年)")
_WORK_REPORT = re.compile(r"年[^，,。；;：:]{0,16}政府工作报告(?:[(（](?:全文|摘要|摘登|节选)[)）])?[)）]?$")  # (the report's
# title, also a page's link in brackets: (点击查阅更多2006年地方政府工作报告); not 2025年市政府工作报告十件民生实事全部完成,
# 二、2025年政府工作报告遗留事项办理情况: parts about that year)
# A heading of a plan's outline that reviews the plan before, as a whole (not 第八章 夯实农业发展基础: a task).
_FOUNDATION = re.compile(r"(?:[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[章节篇部分]+|[一二三四五六七八九十]+、)?"
                         r"(?:现实基础|发展基础|发展环境|发展成就)")


def foundation(heading: str) -> bool:
    """Is ``heading`` a plan outline's review of the plan before (（一）现实基础, 第一章 发展基础)?"""
    return _FOUNDATION.fullmatch(_unspaced(heading)) is not None


def _named(period: object) -> bool:
    """Is ``period`` one the text names (2025, 2021-2025), not one counted from the context (全年, 上年, 连续3年:
    建议全年经济社会发展预期目标 leaves the document's year standing)?"""
    return period is not None and period not in (CONTEXT_YEAR, CONTEXT_YEAR_END) and \
        not (isinstance(period, tuple) and isinstance(period[0], str))


@lru_cache(maxsize=16384)
def _cues(sentence: str, doc_year: int | None, late: bool = False, now: int | None = None) -> tuple[_Cue, ...]:
    """Every time and status cue of a sentence, in order (``late``: see Section). ``now``: the year the text was
    written in, when it is not ``doc_year``, the year it is about (重庆2019年交出答卷, out in January 2020): the words
    that count from the time of writing (去年, 今年, 明年) count from it."""
    words = time_words()
    cues = [_horizon(sentence, end, value, doc_year, words, now, late)
            for end, value in explicit.periods_in(sentence, doc_year)]
    if "止" in sentence:  # 截至2018年12月31日止年度: the year ended then, not its December
        ended = [(m.start(), m.end(), str(explicit.year_number(m.group(1)))) for m in _YEAR_ENDED.finditer(sentence)]
        cues = [next((c._replace(period=year) for start, end, year in ended if start < c.end <= end), c) for c in cues]
    if doc_year is not None and (parts := explicit.yearless(sentence)):
        cues = [_part(c, sentence, parts[c.end], doc_year, words, now) if c.end in parts and isinstance(c.period, str) and
                c.period.startswith(str(doc_year)) else c for c in cues]
    cues += [_Cue(m.end(), None, (RUNNING, explicit.cn_count(m.group(1)))) for m in _RUNNING.finditer(sentence)
             if explicit.cn_count(m.group(1))]
    if doc_year is not None:
        cues += list(_digit_spans(sentence, doc_year)) + _recent_digits(sentence, doc_year, late, now)
    for end, first, last in explicit.year_ranges(sentence):  # 2016—2020年: the span, reviewed or ahead
        status = None if doc_year is None else "actual" if first < doc_year and last <= doc_year else "plan"
        if last - first == 5 and first % 5 == 0:  # 2020年到2025年: from one plan's last year to the next's — its years
            cues.append(_Cue(end, status, (first + 1, last)))
        else:
            cues.append(_Cue(end, status, (first, last), written=True))
    for start, end, word in words.cue_phrases.longest(sentence):
        if _valid_cue(sentence, start, end, word, words):
            cue = _cue(start, end, word, sentence, doc_year, words, late, now)
            if cue is not None:
                cues.append(cue)
    if "以来" in sentence:
        cues = [_since(c) if _SINCE_AFTER.match(sentence, c.end) and _SINCE_NAMED.search(sentence, 0, c.end) else c
                for c in cues if not _RECORD_SINCE.match(sentence, c.end)]
    if "因素" in sentence:  # 扣除2022年留抵退税因素后增长5.1%, 扣除上年同期…因素: the factor's time, not the figures'
        factors = [m.span() for m in _FACTOR_TAKEN_OUT.finditer(sentence)]
        cues = [c for c in cues if not any(a < c.end <= b for a, b in factors)]
    return tuple(sorted(cues, key=lambda c: c.end))


_FACTOR_TAKEN_OUT = re.compile(r"(?:扣除|剔除)[^，,；;。]{1,16}?因素")
# A time a record is counted from (实现“十三五”以来首次超过全区平均水平, 创2010年以来新高): no time of the figures after it.
_RECORDS = "最高|最低|最大|最快|最好|新高|新低"  # the words of a record (its reach: 2010年以来最好, 近五年最高)
_RECORD_SINCE = re.compile(rf"[”\"」]?(?:时期|期间)?以来(?:的)?(?:首次|首度|首超|{_RECORDS}|同期最)")


# A year or a plan named, followed by 以来 (2018年以来, “十四五”以来): from its first year on, an outcome so far (not
# 今年以来: the year so far, as it is).
_SINCE_NAMED = re.compile(r"(?:[0-9０-９〇○零一二三四五六七八九]{4}年|[一二三四五六七八九十]{1,3}五[”\"」]?)\Z")
_SINCE_AFTER = re.compile(r"[”\"」]?(?:时期|期间)?(?:[^，,。；;：:0-9０-９]{1,8}?)?以来[，,]")  # (1978年改革开放以来，)


def _since(cue: _Cue) -> _Cue:
    first = int(cue.period[:4]) if isinstance(cue.period, str) and cue.period[:4].isdigit() else \
        cue.period[0] if isinstance(cue.period, tuple) and isinstance(cue.period[0], int) else None
    return cue if first is None else cue._replace(status="actual", period=(SINCE, first), stays=True)


_FORECAST = re.compile("预计|预期|有望")
_PART_OF_A_YEAR = re.compile(r"[0-9]{4}-(?:Q|H|[0-9]{2}(?:\.\.|-|\Z)).*")  # 2019-Q1..Q3, 2019-H1, 2019-03 (not 2021-2025)


def last_month(suffix: str) -> int:
    """The last month of a part of a year written as a period's suffix: -H1 6, -Q1..Q3 9, -01..05 5, -03 3, -12-31 12,
    "" 12."""
    last = suffix.rsplit(".", 1)[-1].lstrip("-")
    if not last:
        return 12  # 1-12月: the whole year
    if last.startswith("H"):
        return 6 * int(last[1])
    if last.startswith("Q"):
        return 3 * int(last[1])
    return int(last.split("-", 1)[0])  # (-12-31: a day's, of its month)


def _part(cue: _Cue, sentence: str, start: int, y: int, words: TimeWords, now: int | None = None) -> _Cue:
    """A part of a year named without a year: of the relative year right before it (今年一季度, 去年上半年 — counted
    from ``now`` for the words that count from the time of writing), else of the context's year (上半年 in a review
    of 2025 delivered in 2026)."""
    suffix = cue.period[4:]
    before = sentence[:start].removesuffix("第")  # 今年第一季度
    word = next((word for word in words.relative if before.endswith(word)), None)
    if word is None and before.rstrip("，, ").endswith("其中"):
        told = _TOLD_YEAR.match(before)
        if told is not None:
            return cue._replace(period=f"{told.group(1)}{suffix}")  # 2024年，…增长5.2%，其中12月份…: a part of the year the
            # sentence opened with (not 恢复至2019年同期的105%，其中10月份…)
    if word is None:
        return cue._replace(period=(PART, suffix))
    base = now if now is not None and word in words.spoken else y
    return cue._replace(period=f"{base + words.relative[word]}{suffix}")


_TOLD_YEAR = re.compile(r"[^，,；;。0-9]{0,8}?([12][0-9]{3})年(?![0-9以])")  # a year in the sentence's first clause
# A year, then only a place's name (no clause break) right before 全年/年末: 2023年陕西省全年…, 2024年全市全年…
_YEAR_THEN_PLACE = re.compile(r"(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年[^，,；;。：:0-9０-９]{1,8}(?:省|市|县|区|州|盟|旗|自治区)$")
_YEAR_THEN_PLACE_REACH = 16


_YEAR_THEN_NAME = re.compile(r"(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年(?P<name>[\u4e00-\u9fff]{2,6})$")


def _year_then_name(sentence: str, start: int) -> bool:
    """Does a year, then a place's short name alone, stand right before ``start`` (2023年湖南全年)?"""
    m = _YEAR_THEN_NAME.search(sentence, max(0, start - _YEAR_THEN_PLACE_REACH), start)
    if m is None:
        return False
    from etl.context import regions  # (regions reads no periods: imported when first needed)

    places = regions.find_places(m.group("name"))
    return len(places) == 1 and not places[0].ambiguous and places[0].start == 0 and places[0].end == len(m.group("name"))


# Words of an aim before a goal's word: what follows is still aimed at (确保年度目标全面完成, 努力把…控制在预期目标以内).
_AIMED = re.compile(r"确保|力争|争取|努力|务必|要把|将把|要确保|力求")


_SPAN_NUMERALS = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十几数")


def _horizon(sentence: str, end: int, value: str, y: int | None, words: TimeWords, now: int | None = None,
             late: bool = False) -> _Cue:
    """An explicit period; after 到 (到一九八五年, 到2035年) the horizon of a goal: plan when it lies beyond the
    document's year, target when it is that year — not when the text was written after it (攀升至2025年的14.2万亿元 in
    a review of 2025 out in 2026), nor in a report delivered late in that year, which reviews it (预计地区生产总值从2016年
    的…增加到2021年的3244亿元, December 2021)."""
    if y is not None and words.horizon_re.search(sentence, max(0, end - 16), end):
        year = int(value[:4])
        if year >= y and (now is None or year >= now) and not (late and year == y):
            return _Cue(end, "plan" if year > y and not (late and year == y + 1) else "target", value)  # (具体到2022年
            # in a report of November 2021: the coming year's goals)
    return _Cue(end, None, value)


def _cue(start: int, end: int, word: str, sentence: str, y: int | None, words: TimeWords,
         late: bool = False, now: int | None = None) -> _Cue | None:
    if word in words.status_words:
        if words.secured is not None and words.secured.match(sentence, start):
            return None  # 争取中央预算内投资150亿元: secured in a review, sought in a plan
        if word.startswith("年内") and start and sentence[start - 1] in _SPAN_NUMERALS:
            return None  # 五年内新增发电装机容量…, 三年内: a span of years, not this year's aim
        status = words.status_words[word]
        if word.startswith("年内") and now is not None and y is not None and now > y:
            status = "actual"  # 年内新增城镇就业人员6156人 in the communiqué of 2020, out in 2021: that year's outcome
        clause = max(sentence.rfind(ch, 0, start) for ch in "，,；;。") + 1
        if _DEFINED.match(sentence, end):
            clause = max(clause, start - 10)  # (建议今年实现的…主要预期目标是：…: the goals set, however 实现 reads)
        if not word.startswith("拟") and \
                (status in ("target", _ANNUAL) and any(w in sentence[clause:start] for w in words.achieved) or
                words.achieved_after is not None and words.achieved_after.match(sentence, end)) and \
                not _AIMED.search(sentence, clause, start):
            status = "actual"  # 全面实现年初确定的主要目标, 主要指标好于预期, 实现新开工改造5.1万个城镇老旧小区的年度目标任务
            # (not 确保年度目标全面完成, 力争…好于预期)
        coming = words.coming.get(word) if y is not None else None  # 今后五年 is a plan's cue and its years
        if coming is None and any(w in word for w in words.single_year):
            return _Cue(end, status, CONTEXT_YEAR)  # 预计全年: the year of the context, like 全年
        if coming is None:
            return _Cue(end, status, None, stays=True, clause=word in _OWN_CLAUSE)
        first = _spoken_from(y, late, now)
        return _Cue(end, status, (first, first + coming - 1), stays=True)
    if word in words.single_year:
        # 今年年末, 2025年全年: the year before the word placed the figure already; so did 2014年末 (the word's 年 is
        # the explicit year's: 2014-12-31)
        before = sentence[start - 1 : start]
        if before == "年" or (before and before in _YEAR_DIGITS and not _DECIMAL_END.search(sentence, 0, start)):
            return None
        if before == "半":
            return None  # 上半年末: the half's end (its own cue), no year's
        if _YEAR_THEN_PLACE.search(sentence, max(0, start - _YEAR_THEN_PLACE_REACH), start) or \
                _year_then_name(sentence, start):
            return None  # 2023年陕西省全年生产总值…, 2023年湖南全年…: the year before the place placed the figure already
        return _Cue(end, None, CONTEXT_YEAR_END if word in _YEAR_ENDS_WORDS else CONTEXT_YEAR)
    if word in words.plans:
        before = sentence[:start].rstrip("“\"")
        if before and before[-1] in _NOT_BEFORE_RELATIVE:
            return None  # 较“十三五”末: a base of comparison
        first, last = words.plans[word]
        if (last_year := _PLAN_LAST.match(sentence, end)) is not None:
            if _GOALS_NAMED.match(sentence, last_year.end()) or sentence.startswith("的指标", last_year.end()):
                return None  # 超过了第一个五年计划最后一年的指标: a goal named, no time of the figures
            return _Cue(last_year.end(), None if y is None else "plan" if last > y else "actual", str(last))
        if (years := _PLAN_FIRST_YEARS.match(sentence, end)) is not None:
            upto = first + _FEW[years.group(1)] - 1  # “十四五”前四年: its first years, a span (2021-2024)
            return _Cue(years.end(), None if y is None else "plan" if upto > y else "actual", (first, upto))
        if (first_year := _PLAN_FIRST.match(sentence, end)) and sentence.startswith("以来", first_year.end()) and \
                y is not None and first <= y:
            return _Cue(first_year.end() + 2, "actual", (first, y))  # “十四五”开局之年以来: the plan's years so far
        if first_year:
            return _Cue(end, None if y is None or first == y else "plan" if first > y else "actual", str(first))
            # 今年是“十四五”开局之年, “十五五”第一年: the plan's first year
        if _MILESTONE.match(sentence, end):
            return None  # 实现“十四五”圆满收官, “十四五”关键之年: a plan's close or a year of it named, no time of the plan
        if closing := _PLAN_END.match(sentence, end):
            ahead = last > y if y is not None and not before.endswith(_BY) else last >= (y or 0)
            after = _CLAUSE_BREAKS.search(sentence, closing.end() + 1)  # (a comma right after the cue aside)
            clause_end = after.start() if after else len(sentence)
            opened = _clause_opened(sentence, start)
            aimed = _AIMED_AFTER.search(sentence, closing.end(), clause_end)
            ending = y is not None and last == y and not ahead and (aimed is None or "预计" in sentence[opened:clause_end])
            return _Cue(closing.end(), None if y is None else ("plan" if ahead or last == y else "actual"), str(last),
                        stays=ending, ending=ending)  # “十五”末: its last year, a point in time (由“十五”末的12.8亿元增加
            # 到…); in the plan's last year, late in it, that year's estimate (see reference: 预计“十四五”末经济总量突破
            # 6000亿元), unless a goal by it (到“十二五”末，新建5万亩…; “十四五”末，全市经济总量将突破…)
        return _Cue(end, None if y is None else ("plan" if first >= y else "actual"), (first, last))
    if y is None:
        return None
    if word in words.relative:
        own = sentence[:start].endswith(tuple(_NOT_BEFORE_RELATIVE))
        if (own and _BASE_OWN_VALUE.match(sentence, end) is None) or sentence.startswith(_FUNDS_CARRIED, end):
            return None  # (上年结转: funds carried over from the year before, a budget's line, no time; 比上年增长: a base)
        offset = words.relative[word]
        if word in words.of_context:
            return _Cue(end, "actual" if offset < 0 else None, (OF_CONTEXT, offset), own_value=own)
        if now is not None and word in words.spoken:
            y = now
        elif late and word in words.gone_by:
            y += 1  # 过去一年 in a report delivered in December: the year now closing
        return _Cue(end, "actual" if offset < 0 else None, (y + offset, y + offset),
                    spoken=word in words.spoken and offset == 0 and not sentence.startswith("以来", end), own_value=own)
    if word in words.recent:  # in a report delivered late in its year, the years up to that one
        first = _spoken_from(y, late, now)
        return _Cue(end, "actual", (first - words.recent[word], first - 1))
    if word in words.coming:
        first = _spoken_from(y, late, now)
        return _Cue(end, "plan", (first, first + words.coming[word] - 1))
    return None


_DEFINED = re.compile(r"(?:任务)?(?:是|为|：|:)")  # a goal defined right after its name


def _spoken_from(y: int, late: bool, now: int | None) -> int:
    """The first year not yet past when the text was written: spans spoken of (五年来, 今后五年) count from it. A text
    written in another year than the one it is about counts from its own (福州：2021年预计…, out on 2022-01-08: its
    五年来 are 2017-2021, its 今后五年 2022-2026); a report delivered late in its year, from the year after."""
    return now if now is not None else y + late


def span_basis(clause_before: str) -> str | None:
    """How a figure over a span is taken: per_year (年均) or cumulative (累计), from the clause before it."""
    words = time_words()
    if words.per_year_re.search(clause_before):
        return "per_year"
    if words.cumulative_re.search(clause_before):
        return "cumulative"
    return None


def _text(span: tuple[int, int]) -> str:
    return str(span[0]) if span[0] == span[1] else f"{span[0]}-{span[1]}"


_TAIL = 20  # characters before a figure that the patterns below read (each ends at the figure)
_FROM_BEFORE = re.compile(r"(?:从|由)[^，]{0,12}$")
_KEEP = re.compile(r"(?:控制在|保持在|稳定在|维持在)[^，]{0,6}$")
# A level held (稳定在, 保持在) in a review of a span that also names its last year: held over the span (粮食产量稳定在
# 800亿斤以上 in 一、“十四五”时期和2025年工作回顾); not 控制在, the year's own goal met (城镇调查失业率控制在5%以内).
_HELD = re.compile(r"(?:保持在|稳定在|维持在|均稳定在|始终保持在)[^，]{0,6}$")
_FROM = re.compile(r"(?:从|由)(?:[0-9]{4}年(?:的|底|末)?)?(?:[0-9０-９.．,，万亿元%％个人户家吨]{1,16}[、和])?$")  # (分别从29661元、
# 10391元增加到…: the second start value too)
_TO = re.compile(r"(?:增加到|增加至|提高到|提高至|提升到|提升至|增长到|增至|上升到|上升至|扩大到|达到|跃升到|跃升至|攀升到|攀升至"
                 r"|减少到|减少至|减至|下降到|下降至|降至|降到|降低到|降低至|回落到|回落至|缩小到|缩小至|收窄至|收窄到"
                 r"|转为(?:增长|下降|上涨|回升)?)(?:[0-9]{4}年(?:的|底|末)?)?$")  # 由上半年下降0.6%转为增长0.7%


_AIMED_TIME = re.compile(r"(?:为实现|为了实现|确保实现|确保|力争实现|力争|争取实现|争取)[^，,；;。]{0,6}\Z")


def _is_part(period: object) -> bool:
    return isinstance(period, tuple) and period[0] == PART


def _opening_clause_end(sentence: str) -> int:
    return min((i for i in (sentence.find(ch) for ch in "，,") if i >= 0), default=len(sentence))


def carried(sentence: str, doc_year: int | None, late: bool = False, now: int | None = None,
            continued: bool = False, joined: bool = False) -> _Cue | None:
    """The cue a sentence leaves for the sentences after it (see _carried), marked when it is a year opening the
    sentence after a clause naming who tells it at most (报告提到，2022年，…；…)."""
    cue = _carried(sentence, doc_year, late, now, continued, joined)
    if cue is not None and (opening := _SENTENCE_OPENING_YEAR.match(sentence)) is not None and opening.end() == cue.end \
            and (cue.end > _OPENING_CUE or sentence.startswith(("，", ","), cue.end)):
        return cue._replace(opening=True)  # (2022年，…; not 2023年数据根据…修订: a year naming another thing)
    return cue


def _carried(sentence: str, doc_year: int | None, late: bool = False, now: int | None = None,
             continued: bool = False, joined: bool = False) -> _Cue | None:
    """The cue a sentence leaves for the sentences after it: the last period it names ("“十五五”时期经济社会发展的
    主要目标是：" → 2026-2030, plan; "过去一年，" → Y-1), not a plan named for its close or start. ``continued``: the
    next sentence goes on with a part of what this one told (其中，…): a span that stays in its sentence and opens it holds
    there too (聚焦今后五年，…纲要提出了20个预期性指标。其中，地区生产总值年均增长5%左右; not 全省现有…30家，今后五年力争新增10家。
    其中，…18家: the parts of what there is). ``joined``: the next sentence is a clause of this one (it ended with a
    semicolon): a month's end opening it holds there too (截至9月末，本外币存款余额…；人民币贷款余额…)."""
    if not time_words().timed_re.search(sentence) and not any(word in sentence for word in _YEAR_ENDS_WORDS) and \
            not _part_opens(sentence, doc_year, late, now, joined):
        return _list_opened(sentence)  # a quarter or a month alone (…，三季度增长5%) stays with its sentence; one that
        # opens it goes on (上半年地区生产总值增长6.8%。一般公共预算收入增长5.7%。), and so does 年末 to the levels at a
        # moment after it (年末全市常住人口614万人。城镇化率50.5%。)
    inline = set(_digit_spans(sentence, doc_year)) if doc_year is not None else set()  # 近3年提升21个百分点 stays
    clause = sentence.rstrip().endswith(("；", ";"))  # the sentence goes on after it (…；…)
    opening = _opening_clause_end(sentence) if continued else 0
    timed = [c for c in _cues(sentence, doc_year, late, now) if c.period is not None and c not in inline
             and (not c.stays or (continued and isinstance(c.period, tuple) and c.end <= opening))
             and not (isinstance(c.period, str) and c.status == "plan" and not clause)  # 到2035年 stays in its sentence
             and not (isinstance(c.period, tuple) and c.period[0] in (RUNNING, OF_CONTEXT))  # so do 连续3年, 上年
             and not _SINCE_YEAR.match(sentence, c.end)  # 经济增速2022年以来连续16个季度…, 增幅为1985年我市实行计划单列以来最高
             # 水平: a run's start
             and not _FROM_YEAR.search(sentence, 0, c.end)  # 从2004年人均每月700元提高到现在的1721元: a start
             and not _MILESTONE.match(sentence, c.end)
             and not _RECORD.match(sentence, c.end)  # 为近五年最好水平: the reach of a record, no time of what follows
             and not (isinstance(c.period, str) and _YEAR_BEFORE_WHICH.match(sentence, c.end))  # 2005年前老旧小区改造
             # 全面完成: a time before the year, no time of what follows
             and not _event_date(sentence, c.end)  # 长兴于2019年入选全国百强县: the date of an event, not the time of the
             # figures after it
             and not _after_part(sentence, c.end)  # 上半年…增长4.2%，其中，二季度…，一季度…: parts of the time told
             and not (_spans_years(c.period) and _PLAN_AS_DOCUMENT.match(sentence, c.end))  # 实现“十一五”规划目标
             and not _aside(sentence, c.end)  # “十四五”时期(2021年至2025年)…目标：the plan's years restated
             and not (_compared(sentence, c.end) and (not _spans_years(c.period) or _OUTPACED.search(
                 sentence, max(0, c.end - _COMPARED_REACH), c.end) or _ratio_base(sentence, c.end)))  # 比2010年, 比上半
             # 年: a base (比五年前 names the span still; 快于疫情三年4.5%的平均增速 and 是前五年的1.61倍 do not)
             and not (c.period in (CONTEXT_YEAR, CONTEXT_YEAR_END) and _GOALS_NAMED.match(sentence, c.end))  # 刚刚过去的2025年，…完成全年目标任务，实现“十四五”圆满收官
             and not _goal_of_later_year(sentence, c, doc_year)
             and not (_is_part(c.period) and _AIMED_TIME.search(sentence, max(0, c.end - 12), c.end))]  # 为实现一季度
    # “开门红”: a goal's part of the year, no time of what follows
    if not timed:
        # 今后五年…蓝图：…；…: a span that holds in its own sentence only holds for the list its colon opens
        colon = max(sentence.rfind("："), sentence.rfind(":"))
        opened = [c for c in _cues(sentence, doc_year, late, now) if c.stays and c.period is not None and c.end <= colon]
        return opened[-1]._replace(stays=False) if opened else _list_opened(sentence)
    cue = timed[-1]  # 2025年…主要预期目标是：地区生产总值增长5.5%；…: the list's later items are goals too
    first = timed[0]
    if first is not cue and _is_part(first.period) and _is_part(cue.period) and \
            last_month(cue.period[1]) < last_month(first.period[1]) and first.end <= _opening_clause_end(sentence):
        cue = first  # 前三季度，…增长0.6%，上半年为下降1.3%。: a look back at an earlier part; the sentence's own goes on
    if first is not cue and _spans_years(cue.period) and not _spans_years(first.period) and \
            first.end <= _opening_clause_end(sentence) < cue.end and sentence.rstrip().endswith(("；", ";")):
        cue = first  # 预计2025年，…完成87.4亿元，五年跨越3个台阶，年均增速达到8%；固定资产投资完成51.5亿元: the span is one
        # clause's aside; the clauses after it go on with the year the sentence opened with
    if _A_WHOLE_YEAR.match(sentence) and isinstance(cue.period, str) and cue.period.isdigit():
        cue = cue._replace(whole=True)
    if _is_part(cue.period) and _PART_END_AFTER.match(sentence, cue.end):
        cue = cue._replace(at_end=True)  # 截至三季度末，…失业人数为905万人；城镇登记失业率为4.1%
    if _spans_years(cue.period) and cue.end > _OPENING_CUE and cue.status in (None, "actual") and \
            _change_after_re().match(sentence, cue.end):
        cue = first if first is not cue and _spans_years(first.period) and first.end <= _OPENING_CUE else \
            cue._replace(local=True)  # …，三年上升6个位次: the span of that change (see _carries); not past the span
        # the sentence opened with (过去五年，全市经济总量五年增长40%。…)
    if cue.status is None and clause and cue.spoken and _TOLD_AHEAD.search(sentence.rstrip()[:-1]):
        return cue._replace(status="target")  # 今年西藏将稳步发展特色农牧业；…新建高标准农田20万亩: the clauses after it
        # are tasks told ahead too
    if cue.status is None and _decided_for(sentence, len(sentence), doc_year) == cue.end:
        return cue._replace(status="target")  # 会议确定2008年全市实现地区生产总值970亿元，增长15%；固定资产投资366亿元: the
        # clauses after it are the year's goals decided on too
    if cue.status is not None or not _goals_listed(sentence, cue.end):
        return cue
    return cue._replace(status="target", listed=True, roundup=_GOALS_LISTED.search(sentence, cue.end) is None)


def month_named(sentence: str, doc_year: int | None) -> _Cue | None:
    """The last single month a sentence names anywhere (…被称为“三头马车”的10月份经济数据。), as the cue a sentence
    opening with 当月 takes; None when it names none."""
    months = [c for c in _cues(sentence, doc_year) if _is_part(c.period) and _MONTHS.fullmatch(c.period[1])
              and ".." not in c.period[1]]
    return months[-1]._replace(stays=False) if months else None


def _after_part(sentence: str, end: int) -> bool:
    """Does the cue ending at ``end`` follow a 其中 of its sentence (上半年…增长4.2%，其中，二季度…，一季度…)?"""
    part = sentence.find("其中")
    return 0 <= part < end


def _part_opens(sentence: str, doc_year: int | None, late: bool, now: int | None, moments: bool = False) -> bool:
    """Does a part of a year (上半年, 一季度, 1-5月; with ``moments``, a month's end too) name the time of the sentence's
    first clause?"""
    start = heading.end() if (heading := RUN_IN_HEADING.match(sentence)) is not None else 0  # 工业经济：1-8月份，…:
    first = _first_break(sentence, start)  # past the heading run into the text
    while sentence.endswith(_FRAME_ENDS, start, first) or sentence.startswith(_FRAME_OPENS, start):
        start, first = first + 1, _first_break(sentence, first + 1)  # 分产业看，前三季度第一产业增加值…: past the frame
        # of the view (数据显示：根据地区生产总值统一核算结果，一季度…: each one)
    if _PART_HINT.search(sentence, 0, first) is None:
        return False  # the common case, in one step
    return any(_is_part(c.period) and c.end <= first and (c.period[1][1:2] in "QH" or _MONTHS.fullmatch(c.period[1]))
               and (c.period[1][1:2] in "QH" or ".." in c.period[1] or sentence[c.end - 1] not in "末底" or moments)
               for c in _cues(sentence, doc_year, late, now))  # (a month's data: 9月份，…；其中…; not a month's end: 6月末，
    # …余额… is a moment)


# A heading run into its paragraph's text, ending in a colon (工业经济：, 1、工业经济：, （二）投资：).
RUN_IN_HEADING = re.compile(r"(?:[0-9一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十0-9]{1,2}[)）])?"
                            r"[\u4e00-\u9fff]{2,8}[：:]\s*(?=(?:[0-9０-９]{1,2}[-—~～至到])?[0-9０-９]{1,2}月|[一二三四]季度|[上下]半年|"
                            r"前三季度|今年|全年|[0-9０-９]{4}年|[“\"]?十[一二三四五]?五[”\"]?时期|过去的?[一五]年)")  # (then a time:
# 1-8月份，…; a speaker's name in an interview: 何善祥:“十四五”时期，…)
_PART_HINT = re.compile("季|半年|月")  # what every part of a year is written with
_MONTHS = re.compile(r"-[01][0-9](?:\.\.[01][0-9])?")  # a month (-10) or the months so far (-01..05), not a day
_FRAME_ENDS = ("看", "来看", "而言", "来说", "显示", "表明", "获悉", "了解到", "统计", "介绍", "预计", "核算", "测算")  # 分产业看,
# 从需求端来看: a clause that frames the view, no time of its own; so is one that names the source (数据显示，1至8月，…;
# 记者从县统计局获悉，一季度，…) or how the figures were had (预计，上半年实现…；完成财政收入6.8亿元: the half year's)
_FRAME_OPENS = ("根据", "据")  # and one that names the count the figures come from (根据地区生产总值统一核算结果，…)


def _first_break(sentence: str, start: int) -> int:
    return min((i for i in (sentence.find(c, start) for c in "，,；;：:") if i >= 0), default=len(sentence))


def whole_year(cue: _Cue) -> _Cue:
    """A cue of a year's end as a later sentence's flow or change takes it: 2012年底，…。 then the year, not its last
    day."""
    if isinstance(cue.period, str) and cue.period.endswith("-12-31"):
        return cue._replace(period=cue.period[:4])
    return cue._replace(period=CONTEXT_YEAR) if cue.period == CONTEXT_YEAR_END else cue


def span_named(sentence: str, doc_year: int | None, late: bool = False, now: int | None = None) -> tuple[int, int] | None:
    """The last span of years gone by a sentence names (过去的五年，…; “十一五”期间，…; 从2007年…增加到2012年…), for the
    figures averaged or summed over years in the sentences after it whose own time is the span's last year (2015年…年均
    增长11.7%), or reached from its first (由835.5亿元增加到2497.3亿元)."""
    if doc_year is None:
        return None
    pair = _PAIR.search(sentence)  # 从2007年的6423.2亿元增加到2012年的1.6万亿元: the years after the first to the last
    if pair is not None and int(pair.group(1)) + 1 < int(pair.group(2)) <= doc_year:
        return int(pair.group(1)) + 1, int(pair.group(2))
    if not time_words().timed_re.search(sentence):
        return None
    spans = [c.period for c in _cues(sentence, doc_year, late, now) if _spans_years(c.period) and c.status == "actual"
             and c.period[1] <= doc_year and not _EMPHASIS.search(sentence, max(0, c.end - _EMPHASIS_REACH), c.end)
             and not _PLAN_AS_DOCUMENT.match(sentence, c.end)]
    return spans[-1] if spans else None


# 提前两年实现“十一五”规划目标, 完成“十二五”规划确定的任务: a plan named as a document or its goals, not as the years of
# the figures after it (“十一五”期间, “十一五”规划实施以来 are)
_PLAN_AS_DOCUMENT = re.compile(r"[”\"]?(?:(?:规划|计划)?(?:目标|纲要|任务)|(?:规划|计划)(?:确定|提出|要求|的)"
                               r"|(?:确定|提出|要求|的)的?(?:目标|任务|各项))")  # (“十一五”确定的目标任务)


# 五年来，特别是近两年来: the years stressed within the span named, not the span of the figures after it
_EMPHASIS = re.compile(r"(?:特别|尤其)是[^，,；;。：:]{0,8}$")
_EMPHASIS_REACH = 11


def _spans_years(period: object) -> bool:
    """Is ``period`` a span of several years (比五年前: the five years it names still hold after it)?"""
    return isinstance(period, tuple) and isinstance(period[0], int) and period[0] != period[1]


def _compared(sentence: str, end: int) -> bool:
    """Is the time ending at ``end`` the base of a comparison (比 2010年, 较上半年和一季度, 与2019年相比, 恢复到2019年的
    113%)?"""
    return _COMPARED.search(sentence, max(0, end - _COMPARED_REACH), end) is not None or \
        sentence.startswith(("相比", "相较"), end) or _ratio_base(sentence, end)


def _ratio_base(sentence: str, end: int) -> bool:
    """Is the time ending at ``end`` the base a ratio is taken of (恢复到2019年的113%, 是2011年的1.65倍, 相当于上年同期的
    九成)?"""
    return _RATIO_OF.match(sentence, end) is not None and \
        _RATIO_BEFORE.search(sentence, max(0, end - _COMPARED_REACH), end) is not None


_RATIO_BEFORE = re.compile(r"(?:恢复到|恢复至|恢复|相当于|是|为)[^，,；;。：:]{1,10}$")
_RATIO_OF = re.compile(r"(?:同期|水平)?的[0-9０-９.．]+(?:%|％|倍)|(?:同期|水平)?的[一二三四五六七八九]成")


# 比 or 较 (not 占比, 比重, 比例) and the time compared with, no clause break between
_COMPARED = re.compile(r"(?<!占)(?:比|较|[高低快慢]于)(?!重|例|值|率)[^，,；;。：:比较]{1,10}$")  # (高于去年一季度5.3%的增速)
_COMPARED_REACH = 12
_OUTPACED = re.compile(r"[高低快慢]于[^，,；;。：:比较]{1,10}$")  # a rate outpaced or not, over the time compared with


def _list_opened(sentence: str) -> _Cue | None:
    """The cue of a list of goals a sentence naming no time opens: its status, no time."""
    return _Cue(len(sentence), "target", None, listed=True, roundup=_GOALS_LISTED.search(sentence) is None) \
        if _goals_listed(sentence, 0) else None


def _aside(sentence: str, at: int) -> bool:
    """Does ``at`` lie inside brackets (an aside)?"""
    opened = max(sentence.rfind("(", 0, at), sentence.rfind("（", 0, at))
    return opened > max(sentence.rfind(")", 0, at), sentence.rfind("）", 0, at)) and \
        max(sentence.find(")", at), sentence.find("）", at)) >= 0


def _decided_for(sentence: str, upto: int, doc_year: int | None, doc_month: int | None = None) -> int | None:
    """Where the last decision on a year's figures (会议确定2008年…, 提出今年…, 报告建议：2008年…) before ``upto`` ends,
    if the sentence holds one: a year not gone by when the text was written, in its first half if it is the text's own
    (not 报告提出，2025年，… in 2026, nor 经最终核实确定，2023年国内生产总值… in 2025, nor 会议提出，2025年… in December:
    a year told; none in a text of no date)."""
    if doc_year is None or not any(word in sentence for word in _DECIDING):
        return None  # the common case, in one step
    early = doc_month is None or doc_month <= _DECIDED_BY
    return max((m.end() for m in _DECIDED_FOR.finditer(sentence, 0, upto) if _decided(m, sentence, doc_year, doc_month, early)),
               default=None)


def _decided(m: re.Match[str], sentence: str, doc_year: int, doc_month: int | None, early: bool) -> bool:
    """Is the decision matched by ``m`` one on a year not gone by? 预计 only early in a text whose month is known (预计2025年，
    全县地区生产总值完成87.4亿元 in a report dated by its year alone, 预计2025年全省夏粮产量增长2% in June: estimates), in the
    text's own voice (not 世界银行预计2025年…: another's forecast)."""
    year = int(m.group(2)) if m.group(2) else doc_year + (m.group(3) == "明")
    if m.group(1) == "预计":
        return (year > doc_year or year == doc_year and doc_month is not None and doc_month <= REPORTING_MONTHS) and \
            _own_voice(sentence[_clause_opened(sentence, m.start()) : m.start()])
    return year > doc_year or (year == doc_year and early)


_DECIDED_BY = 6  # the last month of a text in which its own year's figures are still decided on, not told
_SCOPE_VOICE = re.compile(r"\s*(?:(?:全|我|本|该)[省市县区州])?\s*")


def _own_voice(before: str) -> bool:
    """Is what stands before 预计 in its clause nothing, a scope word or a place's name (广东预计…, 全省预计…; not
    世界银行预计…, 专家预计…: another's forecast)?"""
    places = regions.find_places(before)
    return _SCOPE_VOICE.fullmatch(before) is not None or (bool(places) and places[-1].end == len(before.rstrip()) and
                                                           places[0].start == len(before) - len(before.lstrip()))
_DECIDING = ("确定", "提出", "明确", "建议", "预计")  # (广东预计2026年全省一般公共预算收入14360亿元 in January: a budget's
# figure for the year ahead)
_DECIDED_FOR = re.compile(rf"({'|'.join(_DECIDING)})了?[，,:：]?\s*(?:([0-9０-９]{{4}})|([今明本]))\s*年")


def _quoted_goal(sentence: str, figure_end: int) -> bool:
    """Is the figure inside a quotation that the clause after it names as goals (“GDP增长5.5%左右，…”2025年赣州…
    主要预期目标已确定), not as goals met (…”，全面完成年度目标)?"""
    close = sentence.find("”", figure_end)
    if close < 0 or "“" not in sentence[:figure_end] or "“" in sentence[figure_end:close]:
        return False
    end = min((i for i in (sentence.find(c, close) for c in "，,。；;") if i >= 0), default=len(sentence))
    named = _GOALS_NAMED_AFTER.search(sentence, close + 1, end)
    return named is not None and \
        not any(w in sentence[close + 1 : named.start()] for w in time_words().achieved)


_GOALS_NAMED_AFTER = re.compile(r"(?:预期目标|主要目标|发展目标|目标任务)(?:已|已经)?(?:确定|敲定|出炉|公布|明确|定下)")


def _goals_listed(sentence: str, start: int) -> bool:
    """Does a list of goals open after ``start`` (主要预期目标是：…), not a list of goals met (较好完成年初确定的目标任务：…,
    a list of outcomes)?"""
    listed = _GOALS_LISTED.search(sentence, start)
    if listed is None:
        return any(_roundup(m) for m in _ROUNDUP_FRAME.finditer(sentence, start))  # (从各地GDP目标来看，…: the goals of
        # several places, one after another)
    return not any(w in sentence[max(0, listed.start() - 12) : listed.start()] for w in time_words().achieved)


# A list of goals opened after a colon (主要预期目标是：…；…): its items in the sentences after are goals.
_GOALS_LISTED = re.compile(r"(?:预期目标|主要目标|目标任务|调控目标|发展目标)(?:建议)?(?:(?:是|为|确定为|定为)?[:：]"
                           r"|(?:是|为|确定为|定为)(?=[^。；;]*[0-9０-９]))")  # (主要预期目标建议为：, a draft's)
# (目标是 without a colon opens a list only when a figure follows: not 发展目标是稳中求进)
# A year's figure so far (2026年以来, 截至2026年10月, 全年累计): an outcome though the year is not over.
_SO_FAR = re.compile("以来|截至|截止|累计|至今|目前")
_DAY_GONE = re.compile("首日|当天|当日|昨日|昨天|前天")  # 今年，冰雪大世界开园首日即迎客6.2万人次 in January: a day gone by


def _gone_by(sentence: str, upto: int) -> bool:
    """Does the sentence tell, before ``upto``, a time so far or a day gone by (今年以来, 截至…, 开园首日)?"""
    return _SO_FAR.search(sentence, 0, upto) is not None or _DAY_GONE.search(sentence, 0, upto) is not None
# The bound a goal sets on its value, in the figure's mention or right after it (增长4.5%左右, 45万人以上, 3%以内).
_GOAL_BOUND = re.compile(r"左右|以上|以内|以下")


def _told_as_goal(sentence: str, upto: int) -> bool:
    """Is the figure at ``upto`` told as a goal's value, not an outcome reached (海南为8%左右, 西藏为8%; not 广东地区生产
    总值达到13.5万亿元)?"""
    return _OUTCOME_TOLD.search(sentence, _clause_opened(sentence, upto), upto) is None


_OUTCOME_TOLD = re.compile(r"达到|实现|完成|突破|增长了|下降了|累计")
_ALREADY = re.compile(r"已(?![于在将])")
_YEAR_TO_DATE = re.compile(r"今年(?:以来|前|[0-9一二三四五六七八九十]+[-—至~]|[一二三]季度|上半年)")
_YEAR_DIGITS = frozenset("0123456789０１２３４５６７８９〇○零一二三四五六七八九")
_DECIMAL_END = re.compile(r"[0-9][.．][0-9]+$")  # …比重 71.3⏎年末全区常住人口 (a flattened table's last cell): no year
# A year a change starts from (从2004年…提高到…): no time left for the sentences after.
_FROM_YEAR = re.compile(rf"(?:从|由|自)(?:(?:[0-9０-９]{{4}}|[〇○零一二三四五六七八九]{{4}})年(?:底|末|初)?|{_PLAN_ENDING})$")
# A period named for a plan's close or start (“十四五”圆满收官, “十五五”开好局) or for its goals (完成全年目标任务): a thing
# named, not the time of what follows.
_PLAN_YEAR = r"[”\"」]?(?:规划)?的?"  # what may stand between a plan's name and a year of it named
_MILESTONE = re.compile(rf"[”\"」]?(?:规划)?(?:[^，,。；;“”0-9０-９]{{0,12}}?的|发展|实现|工作)?(?:圆满|胜利|顺利|良好)?(?:收官|开局|起步|开好局|开新局)"
                        rf"|{_PLAN_YEAR}(?:[^，,。；;“”0-9０-９]{{0,14}}?的)?(?:关键之年|攻坚之年|冲刺之年)"
                        rf"|[”\"」]?(?:[^，,。；;“”0-9０-９]{{0,8}}?的)?(?:规划)?(?:谋划|编制|谋篇布局|擘画|规划)之年")
# (实现了“十二五”科学发展、和谐发展的良好开局; 2025年是“十四五”收官之年、“十五五”谋划之年, 科学谋划“十三五”发展蓝图的规划
# 之年, 实施“十二五”规划承上启下…的关键之年: the plan drawn up or under way that year, no time of the figures after;
# “十一五”发展开局良好: its first year went well)
_YEAR_BEFORE_WHICH = re.compile(r"(?:以前|之前|前)(?![0-9０-９一二三四五六七八九十两]|期|半)")
_SINCE_YEAR = re.compile(r"[^，,。；;：:0-9０-９]{0,12}?以来")  # (2022年以来, 1985年我市实行计划单列以来)
_RECORD = re.compile(rf"(?:以来|来|间|中)?(?:的)?(?:{_RECORDS}|最多|之最)")
# A year that dates an event told after a subject (长兴于2019年入选…, 继2021年之后再次获评…, 度假区2020年成功创建…).
_EVENT_YEAR = re.compile(r"(?P<at>于|继|曾于|早在)?(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年\Z")
_EVENT_AFTER = re.compile(r"(?:之后|以后|后)?[，,]?(?:再次|首次|又|还|成功|正式|顺利|先后|相继|一举)?"
                          r"(?:入选|获评|获得|荣获|获|创建|开街|开园|开业|获批|挂牌|落户|通车|投产|举办|承办|被评为|被列为|被授予"
                          r"|列入|入围|成立|设立|启用|获准|晋级|跻身|当选)")


def _event_date(sentence: str, end: int) -> bool:
    m = _EVENT_YEAR.search(sentence, max(0, end - 8), end)
    if m is None:
        return False
    if m.group("at") is not None:
        return True
    if m.start() == 0 or sentence[m.start() - 1] in "，,。；;：:、":
        return False  # 2023年，…; a year opening its clause is the time of what it tells
    return _EVENT_AFTER.match(sentence, end) is not None


_PLAN_LAST = re.compile(r"[”\"」]?(?:规划|计划)?的?最后一年")  # (第一个五年计划最后一年 too)
_PLAN_FIRST_YEARS = re.compile(r"[”\"’]?(?:时期|期间)?的?(?:前|头)([一二两三四1-4])(?:个)?年")  # “十四五”前四年
_FEW = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_PLAN_FIRST = re.compile(rf"{_PLAN_YEAR}(?:第一年|首年|开局之年|开局年|起步之年)")
_GOALS_NAMED = re.compile(r"的?(?:目标|任务|计划)")
# A clause that ends in the goal the year before it names (落实2030年应对气候变化国家自主贡献目标。).
_NAMES_GOAL = re.compile(r"[^，,；;：:。]{0,24}?(?:目标|任务)(?:[，,；;。]|$)")


def _goal_of_later_year(sentence: str, cue: _Cue, doc_year: int | None) -> bool:
    """Is the cue a later year that names a goal (落实2030年…国家自主贡献目标), not the time the next sentences
    speak of? The plan's part goes on around it (单位国内生产总值能耗…降低13.5%: the plan's five years)."""
    return (isinstance(cue.period, str) and cue.status is None and doc_year is not None and cue.period[:4].isdigit()
            and int(cue.period[:4]) > doc_year and _NAMES_GOAL.match(sentence, cue.end) is not None)


def names_year(period, year: int | None) -> bool:
    """Is ``period`` (a cue's span or text) the single year ``year``?"""
    return year is not None and period in ((year, year), str(year))


def _year_gone(timed: _Cue | None, doc_year: int | None) -> bool:
    """Does the sentence name, itself, a year before the document's (2025年 in a report of 2026)?"""
    return timed is not None and timed.end > 0 and doc_year is not None and isinstance(timed.period, str) and \
        timed.period[:4].isdigit() and int(timed.period[:4]) < doc_year


def _carries(context: _Cue, section: Section, sentence: str, upto: int, accumulates: bool = False) -> bool:
    """Does an earlier sentence's cue hold for this figure? Always in a part whose heading names no year; under a
    heading with a year, a relative year (过去一年) does, and a span (“十二五”) for a figure taken over a span
    (年均, 累计) or of what adds up over the years (城镇新增就业)."""
    if context.period is None:
        return context.listed and not (context.roundup and not _told_as_goal(sentence, upto))  # a list of goals opened
        # before: its status, no time (a round-up's: its values told as goals only)
    if context.local and not accumulates:
        return False  # …，三年上升6个位次。完成一般公共预算收入21.03亿元，增长16%: the year's (not 居民人均可支配收入五年增长
        # 30.8%。…建设筹集保障性住房155.4万套: what adds up, over the five years)
    if section.year is None and not isinstance(context.period, str):
        return True
    # 2017年, 第一季度 may carry; 到2035年 stays in its sentence, its clauses after a semicolon included (到2027年地区生产总值
    # 达到12万亿元…；全社会研发投入强度超过3.4%)
    ahead = context.status != "plan" or (context.joined and not _NOW.search(sentence, 0, upto))
    if isinstance(context.period, str) or context.period[0] == PART:
        return (section.year is None or (context.joined and (context.end <= _OPENING_CUE or context.opening) and
                                         context.status != "plan"
                                         and not _AIMED_CLAUSE.search(_semicolon_clause(sentence, upto)))) and ahead
        # (2008年，上海市生产总值…增长10%；地方财政收入达到2382亿元 on a page titled with 2009's goals: the year opening a
        # sentence holds for its clauses after a semicolon, whatever the heading's year — not for a clause of goals:
        # 2024年全省生产总值增长5.4%；城镇新增就业100万人以上，城镇调查失业率5%左右)
    if context.period[0] == context.period[1]:
        return ahead
    if section.kind == "plan" and section.span is not None and context.status == "actual" and \
            context.end <= _OPENING_CUE and isinstance(context.period[1], int) and context.period[1] < section.span[0]:
        return True  # 二、关于“十五五”规划纲要的说明 / “十四五”时期…。这五年，…。全市生产总值从…增加到…: a review of the plan
        # before, its span opening a sentence (not …，五年城镇新增就业4500万人: a goal's span misread)
    return accumulates or span_basis(sentence[sentence.rfind("，", 0, upto) + 1 : upto]) is not None


_OPENING_CUE = 8  # a cue ending this near its sentence's start opens it (这五年，…)
_AIMED_CLAUSE = re.compile(r"(?<=[0-9０-９%％‰万亿元人个])(?:左右|以上|以内)|预期目标|预期增长|力争|争取|确保|控制在|不低于|不超过")
# (a goal's qualifier right after its figure; not 规模以上工业, 人均预期寿命, 完成预算目标的105%)


def _semicolon_clause(sentence: str, at: int) -> str:
    """The clause between semicolons (or the sentence's ends) that holds ``at``."""
    start = max(sentence.rfind("；", 0, at), sentence.rfind(";", 0, at)) + 1
    ends = [k for k in (sentence.find("；", at), sentence.find(";", at)) if k >= 0]
    return sentence[start : min(ends) if ends else len(sentence)]


def _reviewed(context: _Cue, section: Section) -> bool:
    """Is ``context`` a year before the one a part of tasks is of, an earlier sentence of the paragraph named (湖南省2025年
    …计划 / 2024年，我省…。全年地区生产总值增长4.8%): its 全年 and 年末 are that year's, a review."""
    return isinstance(context.period, str) and context.period.isdigit() and section.kind == "tasks" and \
        section.year is not None and int(context.period) < section.year and context.end <= _OPENING_YEAR
    # (the year opens its sentence: 2024年，我省…; not 综合考虑2024年经济运行态势…, 要在2024年的基础上…: this year's goals)


_OPENING_YEAR = 6  # 2024年，


def _opened_gone(context: _Cue, section: Section, doc_year: int | None) -> bool:
    """Did an earlier sentence of the paragraph open with a year before the section's (2022年，自治区人民政府坚持…。全年全区
    地区生产总值增长4.2% in a yearbook of 2024): the 全年 after it is that year's, whatever the section is."""
    year = section.year if section.year is not None else doc_year
    return isinstance(context.period, str) and context.period.isdigit() and year is not None and \
        int(context.period) < year and context.opening and context.adjacent and section.kind not in ("tasks", "plan")
    # (the sentence right before, in a review: not 2023年，…低于预期。全年…主要预期目标是… under 2024年工作安排, nor past
    # 今年以来，…。)


# A clause telling where things stand now (到2025年…达到1万亿元；目前…已达到9500亿元): no goal's.
_NOW = re.compile(r"目前|当前|已|截至|截止")


# Past its own value: a clause break, or another figure's digits (由上年的88个增加到317个: not 317个).
_PAST_OWN_VALUE = re.compile(r"[，,；;。0-9０-９〇○一二三四五六七八九十百千万亿]")


def _base_of_comparison(sentence: str, upto: int, doc_year: int | None, doc_month: int | None = None) -> str | None:
    """The period of a value given as the base of a comparison (比一九五八年的五百四十八亿元增长百分之十九: 1958;
    较“十三五”末的9323.1亿元: 2020; 较一季度(-10.8%)回升: the first quarter), an outcome of then."""
    m = _BASE_VALUE.search(sentence, max(0, upto - _TAIL), upto)
    if m is not None and sentence.startswith("翻", upto):
        return None  # 到2035年人均国内生产总值比2020年翻一番: the doubling since the base, not the base's value
    if m is None:
        return _base_part(sentence, upto, doc_year, doc_month)
    if m.group(1):
        year = explicit.year_number(m.group(1))
    elif m.group(2) in time_words().plans:
        year = time_words().plans[m.group(2)][1]
    else:
        return None
    return str(year) if doc_year is None or year <= doc_year else None


def _base_part(sentence: str, upto: int, doc_year: int | None, doc_month: int | None) -> str | None:
    """The part of a year a comparison's base names right before its value (较一季度(-10.8%), 比上半年的6.2%): of the
    document's year, or the year before when that part was still to come when it was written."""
    if doc_year is not None and (same := _BASE_SAME.search(sentence, max(0, upto - _TAIL), upto)) is not None:
        if same.group("base") == "全年":
            return str(doc_year - 1)  # 较去年全年(-6.5%): the year before
        parts = [value for _, value in explicit.periods_in(sentence[: same.start()], doc_year) if value[4:5] == "-"]
        return f"{int(parts[-1][:4]) - 1}{parts[-1][4:]}" if parts else None  # 1-8月份，…较去年同期(-7.7%)回升: the same
        # months of the year before
    m = _BASE_PART.search(sentence, max(0, upto - _TAIL), upto)
    if m is None or doc_year is None:
        return None
    base = m.group("base") + ("份" if m.group("base").endswith("月") else "")  # (比8月的0.1%: a month alone)
    named = explicit.periods_in(base, doc_year)
    if len(named) != 1 or named[0][1][4:] == "":
        return None
    end, value = named[0]
    if end not in explicit.yearless(base):
        return value  # 比2023年四季度(5.3%): a part of a year named
    year = doc_year - (doc_month is not None and last_month(value[4:]) > doc_month) - (m.group("last") is not None)
    return f"{year}{value[4:]}"  # (比上年一季度(4.2%): last year's)


_BASE_PART = re.compile(r"(?:比|较)(?P<last>上年|去年)?(?P<base>[^，,；;。()（）]{2,10}?)(?:同期)?(?:的|[（(])$")
_BASE_SAME = re.compile(r"(?:比|较)(?:上年|去年)(?P<base>同期|全年)(?:的|[（(])?$")


def _compared_with(sentence: str, cue: _Cue, upto: int) -> bool:
    """Is the cue the time a change is measured against (比去年四季度增长1.6%, 与去年一季度持平, 分别比前三季度、1~8月和1~7月
    加快…): not the time of the change, nor of the clauses after it — save for the base's own value (比2019年同期的…)?"""
    if _ratio_base(sentence, cue.end):
        return True  # 恢复到2019年的113%: a share of the base's level, not a value of its time
    if not _one_time(cue.period) or cue.end == 0 or \
            _BASE_BEFORE.search(sentence, max(0, cue.end - _TAIL), cue.end) is None:
        return False  # (not a span: 比五年前增长66.8% is over the five years)
    if _BASE_AFTER.match(sentence, cue.end) is None:
        # 较截至二零一七年…止年度约109.7百万港元减少约9.3百万港元: the base's value, then the change — the time is the value's
        change = _CHANGE_AFTER_BASE.match(sentence, cue.end)
        return change is not None and upto >= change.end()
    return not (_BASE_VALUE_NEXT.match(sentence, cue.end) and upto <= _first_break(sentence, cue.end))


# a comparison's marker, then times listed (比前三季度、1~8月和1~7月), ending at the cue; then what follows a base: a
# change word, 持平, 相比, or the next time of the list; 的 or a bracket before the base's own value
_BASE_BEFORE = re.compile(r"(?:(?<![占同环環对對])(?:比|较|較)(?![重例率值])|(?:与|與|同|跟)(?![比期样樣时時]))(?:上年|去年|上一年)?"
                          r"[^，,；;。：:比较較与與同跟增减下上]{0,16}$")  # (not 占比, 同比, 比重, 同期)
_BASE_AFTER = re.compile(r"(?:同期)?(?:相比|相较|比较)?(?:[、和及]|[，,]?(?:分别)?(?:增长|下降|上升|提高|提升|加快|回落|回升|"
                         r"放缓|减少|增加|扩大|收窄|缩小|持平|上涨|下跌|翻|增|减|降|升|多|少|高|低|快|慢)|的|[（(])")  # (比2020年翻一番)
_BASE_VALUE_NEXT = re.compile(r"(?:同期)?(?:的|[（(])")
_BASE_OWN_VALUE = re.compile(r"(?:同期)?(?:的|[（(])[-－+]?[0-9０-９〇○零一二三四五六七八九十]+(?:[.．][0-9０-９]+)?"
                             r"(?![0-9０-９.．〇○零一二三四五六七八九十]|倍|成|半)")  # (not 比上年(以下简称同比); nor 比上年的
# 2倍还多, 比上年的一半: a multiple of the base, this year's)
_CHANGE_AFTER_BASE = re.compile(r"[^，,；;。]{1,30}?(?:相比[，,]?)?(?:增长|下降|减少|增加|上升|提高|降低|上涨|下跌)")


def _one_time(period: object) -> bool:
    """A year, a part of one or a moment (2024, 去年四季度, 1~8月), not a span of years or a count back (五年前)?"""
    return isinstance(period, str) or (isinstance(period, tuple) and (period[0] == PART or (
        isinstance(period[0], int) and period[0] == period[1])))


def _before_year(cue: _Cue, doc_year: int | None) -> bool:
    """Does the cue name a time before the document's year (过去一年, 2024年 in a report of 2025)?"""
    if doc_year is None or cue.period is None:
        return False
    if isinstance(cue.period, str):
        return cue.period[:4].isdigit() and int(cue.period[:4]) < doc_year
    return isinstance(cue.period[1], int) and cue.period[1] < doc_year and isinstance(cue.period[0], int)


_YEAR_ENDED = re.compile(r"截至([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年(?:12|１２|十二)月(?:31|３１|三十一)日止的?"
                         r"(?:年度|财政年度|全年|十二个月|12个月)")


def _of_its_days(sentence: str, upto: int, month: int | None) -> bool:
    """Does the sentence, before the figure, name a day or week of the time it was written in: 昨日, 上周, 本周, or a day
    of its month or the month before with no year (3月28日, 3月22日-3月28日, in a page of March 29; 26日 alone)?"""
    if month is None:
        return False
    for m in _RECENT_DAY.finditer(sentence, 0, upto):
        if m.group("month") is None or month - int(m.group("month")) in (0, 1):
            return True
    return False


# The month before the one a text was written in (上月, 上个月; not a base: 比上月, 较上月, 环比上月; nor its end: 上月末).
_LAST_MONTH = re.compile(r"(?<![比较与同于环])上个?月(?![末底初末份以来])")
_FILED = r"[电電讯訊](?:[\s\u3000／/（(—]|$)"  # a dateline's 电 or 讯: 1月25日电／, 2月27日讯(记者
_RECENT_DAY = re.compile(r"昨日|昨天|今日|今天|当日|当天|上周|本周|上週|本週|(?<![0-9０-９年])(?P<month>1[0-2]|[1-9])月[1-3]?[0-9]日"
                         rf"(?!{_FILED})|(?<![0-9０-９年月续前近每这数几第])[1-3]?[0-9]日(?![内间以均]|{_FILED})")  # (南昌铁路局26日
# 加开87对: a day of the month it was written in; not a dateline's, 中评社香港1月25日电／…, 2月27日讯(记者…: when it was
# filed — but 25日电网…, 10日电影票房: a day, then a word)
_FUNDS_CARRIED = ("结转", "结余", "结存", "滚存")
_OWN_CLAUSE = frozenset({"争取"})  # a goal's verb that is as often a review's "sought and got" (积极向上争取，…)


_GOAL_WORD_LONGEST = len("目标确定为")  # (a goal's word ending in 目标 or in a verb after it)
# The last day of a part of a year named with 末 or 底 after it (三季度末, 上半年末, 一季度底): a level at a moment is that day's.
_PART_LAST_DAYS = {"-Q1": "-03-31", "-Q2": "-06-30", "-H1": "-06-30", "-Q3": "-09-30", "-Q1..Q3": "-09-30", "-Q4": "-12-31"}
_PART_END_AFTER = re.compile("末|底")
_OUTCOME_AFTER = re.compile("[，,；;]\\s*(?:实际|完成|实现|与目标|较目标|比目标)")


def _holds(cue: _Cue, sentence: str, upto: int) -> bool:
    """A year counted from the context's (上年) holds for its own value only (上年为25.6万人, 由上年的88个): not for a
    figure after another (…增加到317个), nor past a comma. A run of years (连续2年) holds in its own clause, and past it
    only when it opens the sentence (连续3年，全省粮食总产量…; not …连续2年实现“双第一”，规上工业增加值增长6.2%) or
    the next clause gives an average per year over it (…，其中地区生产总值年均增长10.5%)."""
    if cue.period is None and cue.status is not None and _aside(sentence, cue.end - 1) and not _aside(sentence, upto):
        return False  # 增长9.1%（年度目标9%），固定资产投资增长6.2%: a goal's word in an aside is the aside's own
    if cue.status == "target" and "目标" in sentence[max(0, cue.end - _GOAL_WORD_LONGEST) : cue.end] and \
            _OUTCOME_AFTER.search(sentence, cue.end, upto):
        return False  # 全省地区生产总值目标7%，实际增长5.5%, 目标为9%左右，实际增长0.2%: an outcome told after the goal (not
        # 目标1.55万亿元，…9000亿元)
    if cue.period is not None and _aside(sentence, cue.end - 1) and not _aside(sentence, upto) and \
            _OTHER_THING.search(sentence, max(sentence.rfind("(", 0, cue.end), sentence.rfind("（", 0, cue.end)) + 1,
                                cue.end):
        return False  # 一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上, 指数为202.23(以2000年为100): the
        # time of what the aside leaves out or bases on is its own (not 存款余额（截至6月末）, 第14周(2014年3月31日-4月6日,
        # 下同): the figure's time in brackets)
    if isinstance(cue.period, str) and _MADE_BEFORE.match(sentence, cue.end) and sentence.endswith("年", 0, cue.end) \
            and not _DEADLINE_BEFORE.search(sentence, 0, cue.end):
        return False  # 2000年以前建成老旧小区应改尽改, 1990年后出生的: when the things were made, no figure's time
    if cue.period is not None and sentence.find("势", cue.end, cue.end + _TREND_REACH + 4) >= 0 and \
            _TREND_AFTER.match(sentence, cue.end) and \
            _TREND_CONTINUED.search(sentence, max(0, cue.end - _TREND_REACH), cue.end):
        return False  # 连云港市延续一季度地区生产总值增长态势，地区生产总值同比增长12.9% in a release of the first half:
        # the time of the trend continued, not of the figure
    if isinstance(cue.period, tuple) and cue.period[0] == RUNNING:
        breaks = list(_CLAUSE_BREAKS.finditer(sentence, cue.end, upto))
        return not breaks or (_TIME_OPENING.fullmatch(sentence, 0, cue.end) is not None and
                              breaks[0].start() == cue.end) or \
            (len(breaks) == 1 and time_words().per_year_re.search(sentence, breaks[0].end(), upto) is not None)
        # (连续7年提高…基本养老金水平，年均增长10%: the average over the run)
    if cue.own_value:
        return _PAST_OWN_VALUE.search(sentence, cue.end, upto) is None
    if not (isinstance(cue.period, tuple) and cue.period[0] == OF_CONTEXT):
        return True
    return _PAST_OWN_VALUE.search(sentence, cue.end, _list_head(sentence, upto)) is None  # 由上年分别增长5.6%和13.1%


_CLAUSE_BREAKS = re.compile(f"[{re.escape(lexicon.punctuation().clause_breaks)}]")


def _clause_opened(sentence: str, start: int) -> int:
    """Where the clause holding ``start`` opens (after the last clause break before it)."""
    return max((m.end() for m in _CLAUSE_BREAKS.finditer(sentence, 0, start)), default=0)
# A time named as that of a trend continued (延续一季度…增长态势, 保持了上半年以来的良好势头)
_TREND_CONTINUED = re.compile(r"(?:延续|延续了|保持|保持了|继续保持|承接|接续)[^，,；;。：:0-9０-９]{0,8}\Z")
_TREND_AFTER = re.compile(r"[^，,；;。]{0,12}?(?:态势|势头|趋势|走势)")
_TREND_REACH = 12
_DEADLINE_BEFORE = re.compile(r"(?:到|在|于|力争|计划|确保|争取|预计|将)[0-9０-９〇○零一二三四五六七八九]{4}年\Z")  # (力争2027年前建成: a
# deadline, the goal's time)
_MADE_BEFORE = re.compile(r"(?:以前|之前|前|以后|之后|后)(?:建成|建设|建造|修建|竣工|出生|成立|注册|登记|投产|开工)")
_OTHER_THING = re.compile(r"扣除|剔除|不含|不包括|除|以")  # (扣除2022年…, 以2000年为100)
_TIME_OPENING = re.compile(r"[^，,；;：:。]{0,6}?连续第?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})年")  # 全市连续3年


def reference(sentence: str, upto: int, section: Section, doc_year: int | None, measure: str,
              accumulates: bool = False, context: _Cue | None = None, figure_end: int | None = None,
              doc_month: int | None = None, flow: bool = False, at_moment: bool = False,
              span: tuple[int, int] | None = None, early: bool = False, year_end: bool = False,
              written_month: int | None = None, recent_parts: bool = False) -> Reference:
    """Status, period and how the figure is taken over a span (per_year | cumulative | None), for a figure that
    starts at ``upto`` in ``sentence`` (and ends at ``figure_end``). ``accumulates``: the figure's indicator adds up over
    the years (new jobs). ``context``: the cue an earlier sentence of a section without a year left (see
    ``carried``). ``doc_month``: the month the document came out in, when it is dated in ``doc_year``. ``flow``: the
    figure's indicator is of a time, not at a moment (no year's end for it); ``at_moment``: its indicator is a level
    at a moment (a change against the year's end before dates it at its year's end). ``span``: the span of years an
    earlier sentence of the paragraph named (see span_named), for a figure per year or in total without one.
    ``early``: the document came out in the first months of the year its title names as a whole (陕西2024年GDP增长目标…,
    2024-01-26): no outcome of that whole year is known yet. ``written_month``: the month it came out in, when it came
    out in a later year than the one it is about (``section.now``) — in the first months, that year is the year ahead
    (重庆2019年交出答卷, 2020-01-11);
    ``recent_parts``: the year it is about was read from its opening or a title's 去年, which date whole years only —
    a part of a year named alone is the latest such part over when it was written."""
    cues = [c for c in _cues(sentence, doc_year, section.late, section.now)
            if c.end <= upto and _holds(c, sentence, upto) and not _compared_with(sentence, c, upto)]
    if any(c.ending for c in cues) and (doc_month is not None and doc_month >= _ENDING_ESTIMATED_FROM or
                                        doc_month is None and "预计" in sentence[:upto]):
        cues = [c._replace(status=None) if c.ending else c for c in cues]  # 预计“十四五”末经济总量突破6000亿元 in
        # September 2025, or in a text dated by its year alone: the plan's last year, late in it, is estimated (a goal
        # still in January)
    if any(c.clause for c in cues) and section.kind == "review":
        cues = [c for c in cues if not c.clause]  # 争取增发国债项目12个 in a review: sought and got, an outcome
    elif any(c.clause for c in cues) and any(_before_year(c, doc_year) for c in cues):
        cues = [c for c in cues if not (c.clause and _CLAUSE_BREAKS.search(sentence, c.end, upto))]
        # 积极争取上级支持，全年到位资金12亿元 in a review, 过去一年，我们积极向上争取，…: sought and got, an outcome (not
        # 争取…项目核准，原煤…产量分别达到7000万吨 among the year's tasks)
    if context is not None and not any(c.period is not None for c in cues) and \
            _carries(context, section, sentence, upto, accumulates):
        # a year's end an earlier sentence named holds for a level at a moment only (年末全市常住人口…。城镇化率50.5%), the
        # year for the rest (…。全年规上工业增加值增长7.7%, 城镇新增就业1256万人)
        kept = measure == "level" and ((context.joined and not _FLOW_WORDS.search(sentence, 0, upto)) or
                                       year_end and not any(w in sentence[:upto] for w in _MEAN))
        # (2012年底，…；每百户拥有家用汽车21.5辆: any level but a flow's of the sentence (…；新增贷款1800亿元: the
        # year's); 年末全市常住人口…。城镇化率50.5%: a stock counted at the year's end, not an average (均值) or a rate
        # of the year (婴儿死亡率))
        cues.insert(0, (context if kept else whole_year(context))._replace(end=0))
    base = _base_of_comparison(sentence, upto, doc_year, doc_month)
    if base is not None:
        return Reference("actual", base, None)
    if doc_month is not None and doc_year is not None and "月" in sentence:
        after = max((c.end for c in cues if c.period is not None), default=0)
        if (last := _LAST_MONTH.search(sentence, after, upto)) is not None:
            year, month = (doc_year, doc_month - 1) if doc_month > 1 else (doc_year - 1, 12)
            return Reference("actual", f"{year}-{month:02d}", None)  # 上月全市新建商品住宅成交1.2万套 in a page of
            # January 5: December's
    timed = next((c for c in reversed(cues) if c.period is not None), None)  # the nearest cue that names a time
    if timed is None and context is None and doc_year is not None and section.year is None and \
            _of_its_days(sentence, upto, written_month if section.now is not None else doc_month):
        return Reference("actual", str(section.now or doc_year), None)  # 3月28日，全国猪肉平均价格为20.94元/公斤 in a
        # page of 2025-03-29, 上周成都商品房成交2642套: of the days it was written in, not of the year before
    if timed is not None:
        timed = _listed_time(sentence, [c for c in cues if c.period is not None], upto) or timed
    reached = _reached_from(sentence, upto, cues)
    # 赤字率从去年的2.1%提高到2.3%: 去年 is the first value's, not the goal's
    status_cues = [c for c in cues if c is not timed] if reached else cues
    status = next((c.status for c in reversed(status_cues) if c.status is not None), None)
    if status is None and (decided := _decided_for(sentence, upto, doc_year, doc_month)) is not None and \
            all(c.end <= decided for c in cues if c.period is not None):
        status = "target"  # 本次会议确定2008年全市实现地区生产总值970亿元，…；固定资产投资366亿元: the year's figures decided
        # on, its goals, no other time named after (not 报告确定的10件实事全部完成: what was decided, done)
    if status is None and figure_end is not None and _quoted_goal(sentence, figure_end):
        status = "target"  # “GDP增长5.5%左右，…”2025年…主要预期目标已确定: the goals quoted before the sentence names them
    if status is None and context is not None and context.listed and not _year_gone(timed, doc_year) and \
            not (context.roundup and not _told_as_goal(sentence, upto)):
        status = context.status  # …主要预期目标是：…；年末城镇登记失业率控制在3.5%以内: an item of the list, its own 年末
        # (not …主要预期目标是：…。2025年，全市地区生产总值超过1.4万亿元: a year gone by, told after the list)
    if status is None and context is not None and context.joined and context.status == "target" and \
            timed is not None and timed.period in (CONTEXT_YEAR, CONTEXT_YEAR_END):
        status = "target"  # 今年主要预期目标是：…；年末城镇登记失业率控制在3.5%以内: a clause of the list, its 年末 the goals' year's
    if status == "target" and any(c.status == _ANNUAL for c in cues):
        status = _ANNUAL  # 主要预期目标是：…，努力争取更好结果，…城镇新增就业45万人以上: still this year's goals
    when = timed.period if timed is not None else None
    own_span = timed is not None and timed.end > 0  # named in this sentence, not left by an earlier one
    if own_span and isinstance(when, tuple) and isinstance(when[0], int) and when[0] != when[1]:
        when = _each_year(sentence, timed.end, upto, when)
    this_year = names_year(when, doc_year)
    giving = next((c for c in reversed(status_cues) if c.status is not None), None)
    if status == "plan" and this_year and own_span and giving is not None and giving.period is None:
        status = "target"  # 今年全市经济社会发展的主要指标是：…: a plan's word, but the goals of the year the sentence names
    if status == "target" and not this_year and (section.kind == "plan" or any(c.status == "plan" for c in cues)):
        status = "plan"  # 主要目标 of a five-year plan (not 今年的主要预期目标 in a plan's part)
    if status == _ANNUAL and own_span and isinstance(when, tuple) and isinstance(when[0], int) and when[0] != when[1] \
            and doc_year is not None and when[0] >= doc_year:  # (前三季度…处于7%—7.5%年度预期目标区间: a part of a year)
        status = "plan"  # “十五”期间年均经济增长速度预期目标为7％左右: a goal over the coming plan's years
    if status == _ANNUAL:
        status = "target"
        annual = next((c for c in reversed(cues) if c.status == _ANNUAL), None)
        if isinstance(when, tuple) and when[0] == PART and doc_year is not None and annual is not None and \
                (timed is None or annual.end > timed.end):
            when = (doc_year, doc_year)  # 前三季度，…（年度目标9%）: the year's goal, not the part's
        if when is None and doc_year is not None and section.kind == "plan":
            when = (doc_year, doc_year)  # a one-year goal in a plan's part: the document's year
    if status is None and isinstance(when, str) and doc_year is not None and when[:4].isdigit():
        status = "actual" if int(when[:4]) < doc_year else None  # 2024年… in a report of 2025: an outcome
        if when == str(doc_year) and doc_month is not None and doc_month < 12 and \
                (not own_span or (figure_end is not None and _GOAL_BOUND.search(sentence[upto : figure_end + 3]))) and \
                not _gone_by(sentence, upto):
            status = "target"  # a year not over: its figures under a heading (2026年 / 新增保障性住房3100套) or with a
            # goal's bound (2026年…增长4.5%左右) are goals (not 2025年全国高考报名人数为1335万人 in May: so far)
        if written_month is not None and written_month <= REPORTING_MONTHS and when == str(section.now) and \
                not _gone_by(sentence, upto):
            status = "target"  # 2020年重庆地区生产总值增长6% in a story of 2019's results out in January 2020 (not
            # in a report dated by its year alone: the 1980s national reports were delivered late in their year)
    if status is None and isinstance(when, tuple) and when == (doc_year, doc_year) and \
            _goal_of_its_year(sentence, upto, figure_end, measure, section, doc_month):
        status = "target"  # 今年 in a report delivered this year: the year ahead
    review = when in (CONTEXT_YEAR, CONTEXT_YEAR_END) and status is None and context is not None and \
        _reviewed(context, section) and not (figure_end is not None and _GOAL_BOUND.search(sentence[upto : figure_end + 3]))
    ahead = when in (CONTEXT_YEAR, CONTEXT_YEAR_END) and context is not None and context.whole and \
        names_year(context.period, doc_year) and _goal_of_its_year(sentence, upto, figure_end, measure, section, doc_month)
    # (2025年是…之年。⏎…全年社会消费品零售总额增长7%左右 in a page of January 2025: the year ahead's goal)
    if status is None:
        status = "actual" if review else "target" if section.kind == "tasks" or ahead else \
            "plan" if section.kind == "plan" else "actual"
    clause = _clause(sentence, upto)
    if reached and _is_part(opened := _year_before_from(cues, sentence)):
        when, reached = opened, False  # 前三季度…为16130亿元，由上半年的下降0.3%转为增长0.9%: the part the sentence
        # opened with
    if when in (CONTEXT_YEAR, CONTEXT_YEAR_END):
        # (a flow is the year's: 年末城镇登记失业人员1396人，城镇新增就业人员6931人; 预计到年末，地区生产总值完成115亿元)
        year_end = when == CONTEXT_YEAR_END and measure == "level" and status == "actual" and not (accumulates or flow)
        named = _year_named_before(cues, timed, sentence)
        if named is None and context is not None and context.joined:
            named = _year_named_before([context], None)  # …目标是：…；…，城镇调查失业率全年控制在5.5%以内
        when = (named, named) if named is not None else (doc_year, doc_year) if ahead else \
            (int(context.period[:4]),) * 2 if context is not None and \
            (context.whole or review or (status == "actual" and _opened_gone(context, section, doc_year)) or
             (when == CONTEXT_YEAR_END and isinstance(context.period, str) and context.period.endswith("-12-31") and
              context.adjacent and doc_year is not None and int(context.period[:4]) == doc_year - 1)) else \
            _section_period(section, doc_year, status, "全年")  # (2025年是…的一年。全年地区生产总值…: 2025's; so
        # is 全年 after a sentence opening with its year framing a subject: 2025年的榆林，…。…全年GDP预计在7800亿左右; and
        # 年末 right after the end of the year before the text's: 2018年年末…失业率为3.80%。年末…调查失业率为4.9% in 2019)
        if year_end and isinstance(when, tuple) and when[0] == when[1]:
            when = f"{when[0]}-12-31"  # 年末全市常住人口373.1万人: at the year's end
    elif isinstance(when, tuple) and when[0] == PART and not reached:
        gone = status == "actual" and doc_month is not None and last_month(when[1]) > doc_month and \
            not _FORECAST.search(sentence, 0, upto) and sentence.find("将", max(0, upto - _CLAUSE_REACH), upto) < 0
        # (预计三季度…, 将 in the figure's reach: this year's, still to come; not 去年美國曾表示將課稅…，第四季出口…達1881億美元,
        # 将 far before it, in January: last year's)
        year = doc_year - gone
        if recent_parts and section.now is not None and written_month is not None:
            year = section.now - (last_month(when[1]) > written_month)  # 2024年，全省外贸…。1-2月，… of 2025-03: 2025's
        when = f"{year}{when[1]}"  # 上半年 in a report of January 2026: the last first half gone by, 2025-H1
    elif isinstance(when, tuple) and when[0] == OF_CONTEXT:
        end = _section_period(section, doc_year, status, "全年")
        when = (end[1] + when[1], end[1] + when[1]) if end else None
    elif isinstance(when, tuple) and when[0] == SINCE:
        end = _section_period(section, doc_year, "actual", "全年")
        when = (when[1], end[1]) if end and end[1] >= when[1] else None
    elif isinstance(when, tuple) and when[0] == RUNNING:
        end = _section_period(section, doc_year, status, "全年")
        when = (end[1] - when[1] + 1, end[1]) if end else None
    elif reached and isinstance(opened := _year_before_from(cues, sentence), str):
        when = opened  # 2016年城镇居民人均可支配收入由1978年的301元增加到32975元: the year the sentence opened with
    elif when is None or reached:
        when = _section_period(section, doc_year, status, clause,
                               _ends_span(sentence, upto) or (section.year is None and bool(_KEEP.search(clause)))
                               or (section.span is not None and status == "actual" and bool(_HELD.search(clause)))
                               or (accumulates and basis_words(sentence[:upto])))
    reviewed = section.span or span  # the section's span, else the one the paragraph named
    if reviewed is not None and not own_span and names_year(when, reviewed[1]) and \
            _FROM.search(sentence, max(0, upto - _TAIL), upto):
        when = (reviewed[0] - 1, reviewed[0] - 1)  # 由65969公里增加到… in a review of 1998-2002: 1997
    when = _paired(sentence, upto, when, measure)
    frame = _framed(sentence, upto) if measure == "level" else None
    if frame is not None and _FROM.search(sentence, max(0, upto - _TAIL), upto):
        when = str(explicit.year_number(frame.group(1)))  # 由３４８０亿元增加到… in a comparison with 1978: 1978
    if span is not None and (_YEARS_AVERAGED.search(clause) or _BASE_YEAR.search(clause)):
        span = None  # 两年年均增长5.1%, 比2022年年均增长: the figure counts its own years
    over = span_basis(clause)
    averaged_over = span if over == "per_year" else None  # a total of a year the sentence names takes no span
    if isinstance(when, str) and when.isdigit() and basis_words(clause) and _from_year(sentence, upto) == int(when):
        # 由2005年的12.8亿元增加到19.2亿元，年均增长8.4%: over the years after the first value's to the one reached
        end = _section_period(section, doc_year, status, "全年")
        if end is not None and end[1] > int(when):
            when = (int(when) + 1, end[1])
    if isinstance(when, str) and basis_words(clause) and "-" not in when[4:5]:
        named = next((c.period for c in cues if _spans_years(c.period) and isinstance(c.period[1], int) and
                      when.isdigit() and c.period[1] == int(when) and c.status == "plan"), None)
        when = _span_to(sentence, upto, when, section, averaged_over or named, figure_end) or when  # (未来五年…到2012年
        # …年均增长20%: over the plan's years the sentence named)
    elif isinstance(when, tuple) and isinstance(when[0], int) and when[0] == when[1] and \
            (section.kind == "review" or span is not None) and not own_span and \
            (over == "per_year" or (span is not None and over == "cumulative")):
        # …；年均增长17.6% after 预计2012年 in 过去五年: a rate averaged over the years reviewed (not a total of the
        # year the sentence names: 2023年，…全年累计完成固定资产投资1000亿元); “十一五”期间，…。…累计达到5.1万亿元:
        # a total over the span the paragraph opened with
        when = _span_to(sentence, upto, str(when[0]), section, averaged_over, figure_end) \
            or (span if span is not None and span[1] == when[0] else when)
    if isinstance(when, tuple) and when[0] == when[1] and section.kind == "plan" and section.span and \
            basis_words(clause):
        when = section.span  # 年均增速 in a plan's part: over the plan's years
    elif status == "plan" and span_basis(_own_item(sentence, upto)) == "per_year" and \
            (last := _single_year(when)) is not None and doc_year is not None and last >= doc_year and \
            (plan := _plan_ending(last, sentence[:upto])) is not None:
        when = plan  # 到“十四五”末，…一产业年均增速保持在2.6%以上: over the years of the plan ahead it names, not its last
        # alone (not 增加值总量冲刺63.3亿元 after it: a level; nor 到2025年 alone: 三年行动方案（2023-2025年）, 今后两年)
    basis = None
    if isinstance(when, tuple) and when[0] != when[1]:
        when, basis = _over_span(sentence, upto, when, measure, accumulates, own_span,
                                 timed is not None and timed.written)
    if measure == "change" and when is not None:
        when, basis = _from_base(sentence, upto, when, basis)
    if measure == "change" and isinstance(when, tuple) and isinstance(when[0], int) and when[0] != when[1] and \
            _YEAR_ON_YEAR.search(clause):
        when, basis = (when[1], when[1]), None  # …平均每年递增7.9%的基础上，比上年增长14.2%: the last year's
    averaged = _YEARS_AVERAGED.search(clause) if measure == "change" else None
    if averaged is not None and (last := _single_year(when)) is not None:
        when, basis = (when if isinstance(when, str) and len(when) > 4 else
                       (last - explicit.cn_count(averaged.group(1)) + 1, last)), "per_year"  # 两年平均增长5.8% in 2021:
        # 2020-2021; in a release of its first quarter, the quarter's (2021-Q1, per year: the quarter against the same
        # quarter two years before, not the years' average)
    if isinstance(when, tuple):
        when = _text(when)
    if when is None and doc_year is not None:
        when = str(doc_year)
    if status == "actual" and figure_end is not None and sentence.startswith("的", figure_end) and \
            PLANNED_BEFORE.search(sentence, max(0, upto - 12), upto):
        status = "target"  # 为年初计划3165亿元的26%: the year's plan, in a report of a part of it
        when = when[:4] if when is not None and _PART_OF_A_YEAR.fullmatch(when) else when
    if status == "actual" and (base := goal_base(sentence, upto)) is not None:
        plan = _PLAN_NAMED.search(base.group())
        status = "plan" if plan is not None or "规划" in base.group() else "target"  # 比“十五”计划目标3000亿元超过1070亿元,
        # 比年初预算目标50亿元超收6亿元: the goal's value, in a review (the year's, in a report of a part of it)
        when = when[:4] if when is not None and _PART_OF_A_YEAR.fullmatch(when) else when
        if plan is not None and (last := _plan_end_year(plan.group(1))) is not None:
            when = str(last)  # 比“十五”计划目标275亿元 (after 由2000年的171.7亿元增加到…): the plan's goal for its last year
    goal = GOAL_AFTER.match(sentence, figure_end) if status == "actual" and figure_end is not None else None
    if goal is not None:
        status = "target"  # 超额完成1100万人的目标任务, 略高于8％的预定目标: the goal's value, in a review
        if "预期" in goal.group() and timed is None and section.retrospective and section.year is None and \
                doc_year is not None and when == str(doc_year - 1) and _GOAL_AHEAD.search(sentence) and \
                not _told_reached(sentence):
            when = str(doc_year)  # 围绕地区生产总值增长5%等预期目标，今年… in a report out early in its year: the
            # year ahead's goals (not 完成了增长5%的预期目标: the year reviewed)
        if when is not None and _PART_OF_A_YEAR.fullmatch(when) and \
                ("年度" in goal.group() or timed is None or (timed.end <= (own := _clause_opened(sentence, upto)) and
                                                          "目标" not in sentence[timed.end : own])):
            when = when[:4]  # 前三季度…增长7.4%，处于7%—7.5%年度预期目标区间; 从前两月经济运行情况来看，…为经济增长5%的目标
            # 开了好头: the year's goal, not the part's a clause before names (not 一季度…完成一季度“开门红”目标，…实现了
            # 12%的目标: the part's goal named before)
    if status == "plan" and figure_end is not None and when is not None and when.isdigit() and doc_year is not None \
            and int(when) in (doc_year, doc_year + 1) and _ONE_YEARS_GOAL_AFTER.match(sentence, figure_end):
        status = "target"  # 开局之年，成都设定2026年GDP增长5.5%左右的预期目标 under a plan's heading: the year's goal
    if status == "target" and doc_year is not None and when is not None and when[:4].isdigit() and \
            int(when[:4]) > doc_year + 1:
        status = "plan"  # 争取１９９７年粮食产量达到４．７５亿吨 in 1993: beyond the coming year, a plan's goal
    if when is not None and (flow or accumulates or measure == "change") and _YEAR_END_DATE.fullmatch(when):
        when = when[:4]  # 截至2016年末，全县地方生产总值完成96.4亿元, …增长4%: a flow and its growth are the year's
    elif measure == "level" and at_moment and status == "actual" and when is not None and when.isdigit() and \
            (doc_month is None or doc_month == 12 or int(when) < (doc_year or 0)) and \
            _VS_YEAR_END.match(sentence, figure_end if figure_end is not None else upto):
        when = f"{when}-12-31"  # 城镇化率66.5%，比上年末提高0.7个百分点: a level at the year's end (of a year gone by:
        # 今年以来…比上年末提高 in September is no year's end yet)
    if measure == "level" and at_moment and not flow and timed is not None and when is not None and \
            (last_day := _PART_LAST_DAYS.get(when[4:])) is not None and \
            (_PART_END_AFTER.match(sentence, timed.end) if own_span else timed.at_end and timed.joined):
        when = when[:4] + last_day  # 截至三季度末，…城镇登记失业率为4.1%: a level at the part's last day
    if timed is not None and own_span and (flow or measure == "change") and when is not None and _MONTH.fullmatch(when) \
            and when[5:] != "01" and [m.group() for m in _TO_DATE.finditer(sentence, timed.end, upto)][-1:] == ["累计"] \
            and not _AT_MONTH_END.search(sentence, timed.end - 1, timed.end + 1) and \
            not _SO_FAR.search(sentence, 0, timed.end) and not _SINCE.search(sentence, timed.end, upto):
        when = f"{when[:4]}-01..{when[5:]}"  # 4月，一般公共预算收入累计完成24627万元: the months so far (not 截至4月底
        # 累计回购, 8月底累计装机容量: a total at a moment)
    elif (flow or accumulates) and when is not None and _MONTH.fullmatch(when) and \
            (by := _BY_MONTH_END.search(sentence, 0, upto)) is not None and by.group(1) == str(int(when[5:])):
        when = explicit._MONTHS_SO_FAR.get(int(when[5:]), f"{{}}-01..{when[5:]}").format(when[:4])  # 截至9月底，全市
        # 实际使用外资28亿美元: a flow's total of the months so far (a stock's, 存款余额, is the month's end's)
    if when is not None and when.isdigit() and (same := _SAME_PERIOD.search(sentence, 0, upto)) is not None:
        part = explicit.explicit_period(sentence, doc_year, same.start())
        if part is not None and len(part) > 4 and part[:4] == str(int(when) + 1) and not DAY_DATE.fullmatch(part):
            when = f"{when}{part[4:]}"  # 上半年…增长5.8%，上年同期为5.2%: the same part of the year before
    if early and status == "actual" and when == str(doc_year) and section.year is None:
        if not own_span and timed is not None and timed.spoken and timed.adjacent and not timed.joined and \
                not _ALREADY.search(sentence, 0, upto):
            status = "target"  # 《计划》提出，今年…增长10%。固定资产投资增长20% early in the year: the year's goals, told on
            # (not 南京人均GDP已近八千美元: what is so already)
        elif (not own_span and not (timed is not None and timed.spoken and timed.joined)) or \
                (own_span and _bare_whole_year(sentence, timed.end, upto, doc_year)):
            when = str(doc_year - 1)  # a whole year's outcome in January, its year left by no word of the sentence (or
            # by 全年 alone: 预计全年地区生产总值增长5.5%左右): the year before's (no year is over so soon) — not when an
            # earlier clause of its sentence said 今年 (今年西藏将稳步发展特色农牧业；…粮食产量稳定在…)
    status = _no_future_outcome(status, when, doc_year, section.now, written_month,
                                so_far=_SO_FAR.search(sentence, 0, upto) is not None)
    if status == "actual" and when == str(doc_year) and doc_month is not None and doc_month <= _FORECAST_MONTHS and \
            _WHOLE_YEAR_FORECAST.search(sentence, 0, upto):
        status = None  # 预计全年地区生产总值增长5.5%左右 in July: a forecast of a year not over, neither outcome nor goal
    if status is not None and _FORECAST_MADE.search(sentence[max(0, upto - _CLAUSE_REACH) : upto]) and \
            _not_over(when, doc_year, doc_month):
        status = None  # 政府预测2025年全年本地生产总值增长2%至3%, IMF预测明年增长4.2%: a forecast of a time not over when
        # it was written, neither outcome nor goal (but 据统计预测，全县地区生产总值增长12.6% in a report on the year gone
        # by: its estimated outcome)
    if status is not None and _OTHERS_FORECAST.search(sentence[max(0, upto - _CLAUSE_REACH) : upto]):
        status = None  # 增长7%，高于市场预期增长5.2%; 经济学家此前预测的均值为5.13%: what others expected, neither outcome
        # nor goal, whenever told
    if status == "actual" and _ESTIMATED.search(sentence, max(0, upto - _CLAUSE_REACH), upto) and \
            _ends_later(when, doc_year, doc_month):
        status = None  # 公司预计2025年上半年实现归母净利润1.2亿元至1.5亿元，同比增长35%到68% out in March: an estimate of a
        # time far from over, neither outcome nor goal (as 预计全年 up to October; near its end, an estimated outcome)
    if status == "target" and _SHARE_OF_GOAL.search(sentence, max(0, upto - 20), upto):
        status = "actual"  # 为年度目标的102%, 完成预算数的92.49%: the share of the goal reached, an outcome (not 占国家预算的
        # 77.06%: a budget's part)
    if status == "actual" and _TOLD_AHEAD.search(sentence, 0, upto):
        status = "target"  # 今年将新开工改造城市燃气管道10万公里以上: a task told ahead, in any clause of its sentence after
        # 今年…将
    if _SUPPOSED.search(sentence, max(0, upto - _CLAUSE_REACH), upto):
        status = None  # 如果2020年GDP总额达到90万亿元: a supposition, neither outcome nor goal (not 如果没有特大的灾荒，粮食
        # …达到3989亿斤: a goal on a condition)
    return Reference(status, when, basis)


_CLAUSE_REACH = 30  # how far back a figure's own clause is read for a task told ahead or a supposition


def _bare_whole_year(sentence: str, cue_end: int, upto: int, doc_year: int | None) -> bool:
    """Is the time of the figure 全年 alone, no year named before it (全年地区生产总值…, not 今年全年, 2026年全年)?"""
    return sentence.endswith("全年", 0, cue_end) and not any(
        word in sentence[:upto] for word in ("今年", "本年", "当年", str(doc_year), "明年", "去年", "上年"))


_WHOLE_YEAR_FORECAST = re.compile(r"(?:预计|预测|预估|估计)(?:今年)?全年"  # and after the year's subject: 全年地区生产总值预计增长5.5%
                                   r"|全年[^，,；;。！？!?]{0,12}(?:预计|预测|预估|估计)(?![数值])")  # (not 完成全年支出预计数的52.2%)
_FORECAST_MONTHS = 10  # a whole year's estimate written up to October is a forecast (from November on, near an outcome)
_FORECAST_MADE = re.compile(r"(?<![较較比于於及过過超出合原])(?:预测|預測|预估|預估|上修|下修)(?:称|稱|显示|顯示|指出|认为|認為)?[，,：:]?"
                            r"[^，,；;。！？!?]*\Z")  # in the figure's clause or opening the clause before it (IMF预测，2025年…);
# not 较8月预测上修, 高于预测, 符合预测 (a comparison with a forecast) nor 原预估会呈负成长，却意外年增1.4% (an outcome)
_ESTIMATED = re.compile(r"(?:预计|估计)(?![数值])")
_OTHERS_FORECAST = re.compile(r"(?:(?<=[%％点])[，,]?(?:略|明显|大幅)?(?:高于|低于|好于|差于|不及|逊于|优于|超出|超过)(?:此前)?"
                              r"(?:市场|分析师|经济学家|外界)(?:此前)?(?:普遍)?(?:预期|预测|预估)(?:的|值)?(?:增长|下降|上涨|为)?"
                              r"|(?:市场|分析师|经济学家|外界)(?:此前)?(?:普遍)?(?:预期|预测|预估)的?(?:均值|中值|平均值)(?:为|是)?)\Z")
# (增长7%，高于市场预期增长5.2%: after the outcome's figure; 经济学家此前预测的均值为5.13%; not 超市场预期增长5.3%, 金融机构预计
# 新增贷款: an outcome or a plan)
_SHARE_OF_GOAL = re.compile(r"(?:完成|为|达到|实现|达)[^，,；;。]{0,12}(?:目标|计划|任务|预算数?)的\Z")
_TOLD_AHEAD = re.compile(r"(?<!预计)(?<!有望)(?<!估计)(?:今年|明年|(?<![0-9一二三四五六七八九十两几])年内)"
                         r"(?:(?!以来|预计|有望|估计|可望)[^，,。；;！？!?0-9]){0,6}?(?:还|也|仍)?(?:将|要)"
                         r"(?![是素闻點点求害领么不近来])[^。；;！？!?]*\Z")  # (not 今年将是…之年, 今年要素保障, 今年要闻; 预计今年将超过
# 6万亿元, 今年以来…将: a forecast, a time so far): 今年西藏将稳步发展…，新建高标准农田20万亩 — its subject between, any
# clause of the sentence after it
_SUPPOSED = re.compile(r"(?:如果|假如|假设|假定|倘若|(?<![主重需只想必])要是|若是)(?!扣除|剔除|按|考虑|同|与|和|跟)[^，,。；;！？!?]*\Z")
# (not 主要是: a cause; 如果扣除留抵退税因素…: an outcome adjusted; 如果同一九五零年的一百七十亿元作比较: a base)


REPORTING_MONTHS = 4  # reports are delivered and a year's results published from January to April
_YEAR_END_DATE = re.compile(r"[0-9]{4}-12-31")
_MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")
# 上年同期 as the subject of its clause (…，上年同期为5.2%; not 比上年同期, 高于上年同期4个百分点, 恢复至去年同期的69.1%: a base)
_SAME_PERIOD = re.compile(r"(?:(?<=[，,；;：:\s])|^)(?:上年|去年)同(?:期|月)(?:为|是|的)?[^，,；;。0-9]{0,12}\Z")
DAY_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # 2024-12-31: a moment (年末), no part of a year
_BY_MONTH_END = re.compile(r"截[至止](?:今年|本年|[0-9]{4}年)?([0-9]{1,2})月份?[底末]")
_AT_MONTH_END = re.compile("[底末]")
_SINCE = re.compile("以来|自|挂牌|启动|开通|开业|成立")  # (4月，自贸试验区挂牌以来累计…: since it opened)
_TO_DATE = re.compile("累计|当月|单月")  # the last says: 4月份，…累计120万人次，当月30万人次
# A pair of values from a year (或 a plan's end) to another value before a figure: 由2005年的12.8亿元增加到, 从“十五”末的…到
_FROM_TO = re.compile(rf"(?:从|由)(?:([0-9]{{4}})年|{_PLAN_ENDING})[^。；;]*?(?:到|至)")


def _from_year(sentence: str, upto: int) -> int | None:
    """The year of the first value of the nearest 由…到 pair before ``upto`` (a plan's end: its last year)."""
    found = list(_FROM_TO.finditer(sentence, 0, upto))
    if not found:
        return None
    year, plan = found[-1].groups()
    return int(year) if year else _plan_end_year(plan)


def _plan_end_year(plan: str) -> int | None:
    """The last year of a five-year plan by its name (十二五 → 2015), None for a name of no plan."""
    return time_words().plans[plan][1] if plan in time_words().plans else None


_ESTIMATES_FROM = 10  # the month from which a year's outcomes are estimated (增长7%左右) before it ends
_ENDING_ESTIMATED_FROM = 7  # the month from which a plan's end in its last year is told as an estimate, not a goal
# What says a rate was measured (据…统计, 同比, 比上年): an outcome so far, not a goal (今年端午节假期…同比增长6.3%左右)
_MEASURED = re.compile(r"据|统计|测算|测产|监测|同比|比上年|比去年|较上年|较去年|环比|节假|假期")
_VS_YEAR_END = re.compile(r"[^。；;！？]{0,12}?(?:比|较)(?:上年|去年|上一年)(?:末|底)")


# A figure that names a goal: the goal's value (…能耗降低4%左右、主要污染物排放总量减少2%的目标).
_GOAL_WORDS = "(?:预期|预定|调控|年度|全年|主要|增长|控制|经济总量|经济|总量|国内生产总值|地区生产总值|GDP)"
# What names a year's plan or budget right before its value, whose share the figure before reached (为年初计划3165亿元的26%,
# 完成预算365074万元的93.3%): the value is the year's goal (and of the figure before's indicator: indicators.py).
# A goal's value as the base of a comparison (比“十五”计划目标3000亿元, 较年初预算目标50亿元), a plan's when a five-year
# plan or a 规划 names it.
_GOAL_BASE = re.compile(r"(?:比|较)[^，,。；;0-9０-９]{0,10}?(?:计划|预算|规划|预期)目标(?:值|数)?\Z")  # (not 高于预期目标1.5个百分点:
# the margin)
_GOAL_BASE_REACH = 16
_PLAN_NAMED = re.compile(rf"{_PLAN_NAME}(?:计划|规划)")


def goal_base(sentence: str, start: int) -> re.Match[str] | None:
    """The comparison whose base is a goal's value right before ``start`` (比“十五”计划目标, 较年初预算目标), or None."""
    return _GOAL_BASE.search(sentence, max(0, start - _GOAL_BASE_REACH), start)
PLANNED_BEFORE = re.compile(r"(?:为|完成|占|达到|达)(?:年初|全年|年度|年)?(?:计划|预算|调整预算|调整后预算)(?:数)?\Z")
_ONE_YEARS_GOAL_AFTER = re.compile(r"(?:左右|以上|以内|以下)?的?(?:预期|年度)目标")
_GOAL_AHEAD = re.compile("围绕|确保|力争|努力|争取|今年|将")  # a goal told ahead (围绕…等预期目标，今年…将…)


def _told_reached(sentence: str) -> bool:
    """Does the sentence tell its goals reached (完成了…的预期目标, …等预期目标基本完成: time_words.toml [achieved])?"""
    words = time_words()
    return any(w.endswith("了") and w in sentence for w in words.achieved) or \
        (words.achieved_after is not None and words.achieved_after.search(sentence) is not None)
GOAL_AFTER = re.compile(rf"(?:(?:左右|以上|以内|以下)?(?:[、和][^，,。；;、]{{0,20}}){{0,6}}[的等]{_GOAL_WORDS}{{0,3}}"
                         rf"|(?:(?<=左右|以上|以内|以下)|左右|以上|以内|以下){_GOAL_WORDS}{{0,3}}|{_GOAL_WORDS}{{1,3}})目标"
                         rf"|(?<![项个件条批]){_GOAL_WORDS}{{1,3}}任务|目标(?=的[0-9０-９百])"
                         rf"|(?<=[%％])目标(?=[，,。；;！!？?]|\Z)")
# (超额完成国家下达的110万人年度任务; not 建立150项年度任务: a count of tasks; a rate's 目标 ending its clause: 广东设定今年 GDP
# 增 4.5% 至 5% 目标, a headline's)
# (的 or 等 before it: 增长5%等预期目标; without them only after a qualifier or a goal's word: 增长6.5%左右目标, 实现7%增长
# 目标; not 完成10个目标 — but a goal whose share follows: 完成全年900万人目标的73%)


# A change against the year before: one year's, whatever span the sentence names (比上年增长14.2%).
_YEAR_ON_YEAR = re.compile(r"(?:比|较)(?:上年|去年|上一年)|同比")

# A rate averaged over the few years up to the figure's own (两年平均增长5.8% in 2021: 2020-2021, per year;
# 一九八二年…两年平均每年递增百分之五点五: 1981-1982; in a release of 2021's first three quarters, 2021-Q1..Q3 per year).
_YEARS_AVERAGED = re.compile(r"(?<![0-9０-９〇○零一二三四五六七八九十])(两|二|三|[23])年(?:平均|年均)")  # not 1983年平均


def averaged_over_years(clause: str) -> bool:
    """Does the clause give a rate averaged over the few years up to the figure's own (两年平均增长)?"""
    return _YEARS_AVERAGED.search(clause) is not None


def _own_item(sentence: str, upto: int) -> str:
    """The item of a list, or the clause, that ends at ``upto`` (…年均增速保持在2.6%以上、增加值总量冲刺: 增加值总量冲刺)."""
    return sentence[max(sentence.rfind(c, 0, upto) for c in "、，,；;") + 1 : upto]


def _plan_ending(year: int, text: str) -> tuple[int, int] | None:
    """The years of the five-year plan ``text`` names that ends in ``year`` (到“十四五”末: 2021-2025), if it names one."""
    return next(((first, last) for name, (first, last) in time_words().plans.items()
                 if last == year and last - first == 4 and len(name) >= 3 and name in text), None)


_YEAR_SPAN = re.compile(r"[0-9]{4}-[0-9]{4}")


def _single_year(when: object) -> int | None:
    """The year of a period within one year (2021, 2021-Q1..Q3, 2021-06), else None."""
    if isinstance(when, tuple):
        return when[0] if when[0] == when[1] and isinstance(when[0], int) else None
    if isinstance(when, str) and when[:4].isdigit() and (len(when) == 4 or when[4] == "-" and not _YEAR_SPAN.fullmatch(when)):
        return int(when[:4])  # (2021-08: a month's; not 2020-2021, a span)
    return None


def _over_span(sentence: str, upto: int, span: tuple[int, int], measure: str,
               accumulates: bool, own_span: bool = False, written: bool = False) -> tuple[tuple[int, int], str | None]:
    """A figure under a span cue: over the span (年均, 累计, a change, what adds up, an amount spent or built under
    a span its sentence names), or at one of its ends (从 A 增加到 B: A the year before the span — its first year when
    the span is ``written`` with its ends, 从1978年到1982年 —, B its last; a level reached: its last year); a level kept
    (控制在, 保持在) holds over the span."""
    clause = _clause(sentence, upto)
    basis = span_basis(clause)
    if basis is not None:
        return span, basis
    if _KEEP.search(clause):
        return span, None
    if _FROM.search(sentence, max(0, upto - _TAIL), upto):
        first = span[0] if written else span[0] - 1
        return (first, first), None
    if _TO.search(sentence, max(0, upto - _TAIL), upto) and measure == "level":
        return (span[1], span[1]), None
    if measure == "change" or accumulates or (own_span and "占" not in clause and time_words().flow_re.search(clause)):
        return span, "cumulative"
    return (span[1], span[1]), None


_BASE_YEAR = re.compile(rf"(?:比|较|同|与)(?:([0-9０-９]{{4}}|[〇○零一二三四五六七八九]{{4}})年|{_PLAN_ENDING})"
                        r"(?:相比，?)?(?:增长|增加|提高|下降|减少|降低|上升)?[^，]{0,12}$")  # (比“十二五”末增长50%)
# The value compared with, named with its time: 比一九五八年的五百四十八亿元, 较“十三五”末的9323.1亿元.
_BASE_VALUE = re.compile(r"(?:比|较)(?:([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年(?:度|末|底)?的?|“?([^“”，]{2,4})”?末的)$")


# A sentence framed as a comparison of two years: every change in it is over the years between.
_FRAME = re.compile(r"[^，。；]{0,8}?(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年(?:同|与|和|比|较)"
                    r"([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年(?:相比|比较)?，")


def _from_base(sentence: str, upto: int, when, basis: str | None):
    """A change against an earlier named year ("2007年…比2002年增长65.5%") is over the years since: 2003-2007; so is
    a change in a sentence that opens with the comparison ("１９８６年同１９７８年相比，…增长１０２％": 1979-1986)."""
    head = _list_head(sentence, upto)  # (较2015年分别增长26.8%、12%、0.6%和25.9%: each value of the list)
    m = _BASE_YEAR.search(sentence, max(0, upto - 2 * _TAIL), upto) or \
        (_BASE_YEAR.search(sentence, max(0, head - 2 * _TAIL), head) if head < upto else None) or _framed(sentence, upto)
    text = _text(when) if isinstance(when, tuple) else when
    if m is not None and m.group(1) and text[:4].isdigit() and "-" in text[4:5] and \
            int(text[:4]) - explicit.year_number(m.group(1)) > 1 and sentence.startswith("同期", m.end(1) + 1):
        return when, basis or "cumulative"  # 一季度…比2019年同期增长10.5%: the part's growth over two years, not a year's
    if m is None or not text[:4].isdigit() or "-" in text[4:5]:
        return when, basis
    year_written, plan = (m.groups() + (None,))[:2]
    base = explicit.year_number(year_written) if year_written else _plan_end_year(plan)  # “十二五”末: 2015
    if base is None:
        return when, basis
    year = int(text[:4])
    if year - base > 1 and len(text) == 4:
        return (base + 1, year), basis or span_basis(_clause(sentence, upto)) or "cumulative"
    return when, basis


def _framed(sentence: str, upto: int) -> re.Match[str] | None:
    """The comparison a sentence opens with, when it stands before the figure; group 1 is the base year."""
    m = _FRAME.match(sentence)
    return m if m is not None and m.end() <= upto else None


_LEVEL_AFTER_LIST = re.compile(r"、(?=[^、，]*(?:迈上|突破|超过|跨过|达到|提高到|增加到|增至))[^、，]*$")


def _clause(sentence: str, upto: int) -> str:
    """The clause before a figure (from the last comma); a list item that reaches a level (年均增长5%、迈上3万亿元
    台阶) is its own clause."""
    clause = sentence[sentence.rfind("，", 0, upto) + 1 : upto]
    m = _LEVEL_AFTER_LIST.search(clause)
    return clause[m.start() + 1 :] if m else clause


def basis_words(clause: str) -> bool:
    return span_basis(clause) is not None


def _ends_span(sentence: str, upto: int) -> bool:
    """Is the figure one end of 从 A 增加到 B?"""
    lo = max(0, upto - _TAIL)
    return bool(_FROM.search(sentence, lo, upto) or _TO.search(sentence, lo, upto))


_PAIR = re.compile(r"(?:从|由)(?:[^，；]{0,12}?)((?:19|20)[0-9]{2})年[^，；]{0,30}?(?:到|至)((?:19|20)[0-9]{2})年")


_PAIR_REACH = 600  # how far before a figure a pair of years is looked for: any real sentence, linear work per figure


def _each_year(sentence: str, cue_end: int, upto: int, span: tuple[int, int]):
    """2016年至2018年，分别完成国内生产总值236.3亿元、314.5亿元、365亿元: a list after 分别 of as many figures as the
    span has years gives the i-th figure the i-th year (else the span stays)."""
    at = sentence.find(_EACH, cue_end, upto)
    if at < 0 or any(c in _STOPS for c in sentence[cue_end:at]) or _AVERAGED_OR_SUMMED.search(sentence, cue_end, upto) or \
            _SUBJECTS_LISTED in sentence[cue_end:at]:
        return span  # (2021—2023年，第一、二、三产业增加值年均分别增长…: things listed, each over the span)
    start = at + len(_EACH)
    end = min((k for k in (sentence.find(c, upto) for c in _CLAUSE_STOPS) if k >= 0), default=len(sentence))
    items = [m for m in _ITEM.finditer(sentence, start, end)]
    if len(items) != span[1] - span[0] + 1 or not any(m.start() <= upto < m.end() for m in items):
        return span
    index = next(i for i, m in enumerate(items) if m.start() <= upto < m.end())
    return str(span[0] + index)


_EACH = "分别"
_STOPS = lexicon.punctuation().sentence_breaks
_SUBJECTS_LISTED = "、"  # 第一、二、三产业增加值…分别
_AVERAGED_OR_SUMMED = re.compile(r"年均|平均增|平均每年|累计")  # (not 年平均工资: a level of each year)
_CLAUSE_STOPS = lexicon.punctuation().clause_breaks
_ITEM = re.compile(r"[^、和及，,。；;]*?[0-9０-９][^、和及，,。；;]*")  # one figure of a list (236.3亿元)


def _year_named_before(cues: list[_Cue], timed: _Cue | None, sentence: str = "") -> int | None:
    """The year 今年 names when it is the last cue of the sentence before ``timed`` (全年, 年末) (今年发展主要预期目标是：…，
    城镇调查失业率全年控制在5.5%以内: this year's), or a year opening the sentence names, else None."""
    for c in reversed(cues):
        if c is timed or (timed is not None and (c.end == 0 or c.end > timed.end)):
            continue
        if c.period is not None:
            if isinstance(c.period, str) and c.period.isdigit() and _SENTENCE_OPENING_YEAR.fullmatch(sentence, 0, c.end) \
                    and not _YEAR_OF_AN_EVENT.match(sentence, c.end):
                return int(c.period)  # 2023年全省经济持续回升向好，全年地区生产总值增长4.9%: the year the sentence opens with
            return c.period[0] if c.spoken else None  # (not 本年, 当年: the context's; nor a year of a start, a base or
            # an aside: 自2021年以来…，全年新增…, 以2020年为基期，全年…)
    return None


# A year opening a sentence, after a clause naming who tells it at most (报告指出，2023年) or an entry's heading.
_SENTENCE_OPENING_YEAR = re.compile(r"(?:【[^】]{1,16}】\s*)?(?:[^，,；;。0-9]{0,8}[，,])?[0-9]{4}年(?:年?[末底])?")  # (a
# yearbook's entry: 【各项事业全面发展】 2022年，…; 2018年年末…)
# …as the time of what follows, not the date of an event or a law (2022年北京冬奥会的带动效应, 2019年修订的《条例》施行以来).
_YEAR_OF_AN_EVENT = re.compile(r"[^，,。；;]{0,10}?(?:运会|奥会|博会|峰会|亚运|奥运|世博|大会|赛事|修订|修改|颁布|出台|施行|"
                               r"印发|发布的|《)")


def _listed_time(sentence: str, timed: list[_Cue], upto: int) -> _Cue | None:
    """一季度、上半年、前三季度、全年全市GDP分别增长6.7%、6.6%、6.2%、6.0%: times listed before 分别 and as many figures
    after it give the i-th figure the i-th time."""
    at = sentence.rfind(_EACH, 0, upto)
    opened = _EACH_OPENS.match(sentence, at + len(_EACH)).end() if at >= 0 else 0  # (分别是：7.7%、…)
    if at < 0 or any(c in _STOPS or c in _CLAUSE_STOPS for c in sentence[opened:upto]):
        return None
    end = min((k for k in (sentence.find(c, upto) for c in _CLAUSE_STOPS) if k >= 0), default=len(sentence))
    items = list(_ITEM.finditer(sentence, opened, end))
    index = next((i for i, m in enumerate(items) if m.start() <= upto < m.end()), None)
    counted = _QUARTERS_COUNTED.search(sentence, max(0, at - _TIME_WORD_REACH * 3), at)
    if counted is not None and 2 <= len(items) <= 4 and index is not None and \
            not any(counted.end() <= c.end <= at for c in timed) and \
            not any(ch in _TIMES_JOINED for ch in sentence[counted.end() : at]):  # (各季度，全省地区生产总值和规模
        # 以上工业增加值分别…: the things listed, no quarters)
        year = next((y for c in reversed(timed) if c.end <= counted.start() and (y := _single_year(c.period))),
                    None)  # 2013年四个季度…同比增长率分别是：7.7%、7.5%、7.8%、7.7%: each quarter's (not 各季度均…，上半年和
        # 前三季度分别…: the times listed)
        return _Cue(counted.end(), None, f"{year}-Q{index + 1}" if year else (PART, f"-Q{index + 1}"))
    listed = [c for c in timed if c.end <= at][-len(items):]
    if len(items) < 2 or len(listed) < len(items) or \
            any(ch in _CLAUSE_STOPS for ch in sentence[listed[-1].end + 1 : at]):  # (1-2月和一季度，全省…分别)
        return None
    if any(sentence[a.end : a.end + 1] not in _TIMES_JOINED or b.end - a.end > _TIME_WORD_REACH
           for a, b in zip(listed, listed[1:])):
        return None
    return None if index is None else listed[index]


_EACH_OPENS = re.compile(r"(?:是|为)?[：:]?")
_QUARTERS_COUNTED = re.compile(r"(?:[四4]个季度|各季度|各个季度)")  # (the quarters in turn, after 分别)
_TIMES_JOINED = "、和及与"
_TIME_WORD_REACH = 8  # a time word of a list and the one before it: 、前三季度


def _paired(sentence: str, upto: int, when, measure: str):
    """A sentence that runs 从2002年…增加到2007年… gives its years to a later pair without years (…，农村居民人均纯收入由
    2476元增加到4140元): the first value is about the first year, the second about the last; and a change after
    them (四年增长一点二倍) is over the years between."""
    pair = _PAIR.search(sentence, max(0, upto - _PAIR_REACH), upto)
    if pair is None or _PAIR.search(sentence, pair.end(), upto):
        return when
    first, last = int(pair.group(1)), int(pair.group(2))
    if pair.end() > upto - 4:
        return when
    tail = sentence[pair.end() : upto]
    if _YEAR_IN_TAIL.search(tail, 0 if measure == "change" else max(tail.rfind("，"), tail.rfind(","), 0)):
        return when  # …由175元提高到288元，1984年达到320元左右: a level's year of its own (a change's: anywhere after)
    if re.search(r"(?:从|由)[^，；]{0,6}$", tail):
        return str(first)
    if re.search(r"(?:到|至)[^，；]{0,6}$", tail) and measure == "level":
        return str(last)
    if measure == "change":
        return (first + 1, last)
    return when


_YEAR_IN_TAIL = re.compile(r"[0-9０-９〇一二三四五六七八九]{4}年(?!(?:的)?(?:标准|价格|不变价))")  # not 按照2010年标准


_LISTED = re.compile(r"(?:[0-9０-９.．]+[万亿]{0,2}[^0-9０-９，。；、和及]{0,5}(?:和|、|及))+$")


def _list_head(sentence: str, upto: int) -> int:
    """Where the list of figures a figure closes begins (分别提高到58794元和23184元: at 58794元), else ``upto``."""
    m = _LISTED.search(sentence, max(0, upto - 3 * _TAIL), upto)
    return m.start() if m else upto


_SINCE_OR_EVENT = re.compile("以来|至今|起|开始|以后|后|年来|召开|成立|实施|提出|加入|开局|收官")


def _year_before_from(cues: list[_Cue], sentence: str) -> str | tuple | None:
    """The year (or part of the year) opening a sentence that names a 从/由 year before a value reached (2016年…由1978年的
    301元增加到…), else None."""
    timed = [c for c in cues if c.period is not None]
    first = timed[0] if len(timed) >= 2 else None
    if first is not None and first.end <= _OPENING_CUE and _is_part(first.period) and first.period != timed[-1].period:
        return first.period  # (前三季度…，由上半年的下降0.3%转为增长0.9%: a part of the year)
    if first is None or first.end > _OPENING_CUE or not isinstance(first.period, str) or not first.period.isdigit() or \
            explicit.year_ranges(sentence) or first.period == timed[-1].period or \
            _SINCE_OR_EVENT.search(sentence, first.end, timed[-1].end):
        return None  # (only a year opening the sentence: not …增加到…，1985年达到…, a year of another clause; nor a span's
        # first year: 从一九八○年至一九八五年，…由…增加到…; nor a start or an event: 1978年改革开放以来, 2018年至今,
        # 2003年，时任省委书记提出…)
    return first.period


def _reached_from(sentence: str, upto: int, cues: list[_Cue]) -> bool:
    """Is the figure (or the list it closes) the end of 从 YYYY年的 A 提高到 B: the year named is A's, not B's?"""
    timed = [c for c in cues if c.period is not None]
    if not timed:
        return False  # the common case, before any pattern
    upto = _list_head(sentence, upto)
    if _TO.search(sentence, max(0, upto - _TAIL), upto) is None:
        return False
    return _TO.search(sentence, max(timed[-1].end, upto - _TAIL), upto) is not None and \
        _FROM_BEFORE.search(sentence, max(0, timed[-1].end - _TAIL), timed[-1].end) is not None and \
        not timed[-1].written  # (not 从1950年到1954年，…从29.6%降低到13.4%: the 从 of a span)


def _span_to(sentence: str, upto: int, year: str, section: Section,
             span: tuple[int, int] | None = None, figure_end: int | None = None) -> tuple[int, int] | None:
    """The span a figure taken per year or in total ends at ``year``: from the year after a 从/由 YYYY年 of the
    sentence (or the year a multiple is of: 是2007年的1.7倍，年均增长13.5%, 是“十五”期末的1.9倍; 年均增长12.1%，是2008年的1.8倍 in the clause
    right after the figure), else the section's span, else the one an earlier sentence of the paragraph named
    (``span``), when it ends that year."""
    m = re.search(r"(?:从|由)([0-9]{4})年", sentence[:upto])
    if m is None:
        multiples = list(_MULTIPLE_OF_YEAR.finditer(sentence, 0, upto))
        m = multiples[-1] if multiples else None
    if m is None and figure_end is not None and span_basis(_clause(sentence, upto)) == "per_year":
        m = _MULTIPLE_OF_YEAR_NEXT.match(sentence, figure_end)  # (not after a total: 2023年，…累计完成…300亿元，是2018年的
        # 1.5倍 is that year's)
    end = int(year[:4])
    first = None if m is None else int(m.group(1)) if m.group(1) else _plan_end_year(m.group(2))  # (“十五”期末: 2005)
    if first is not None and first < end:
        return (first + 1, end)
    for named in (section.span, span):
        if named is not None and named[1] == end:
            return named
    bases = [int(b.group(1)) for b in _YEAR_COMPARED.finditer(sentence, 0, upto)]
    if bases and bases[-1] < end - 1:
        return (bases[-1] + 1, end)  # 2020年…比2015年增长45%，年均增长7.7%: 2016-2020 (no span named otherwise)
    return None


_YEAR_COMPARED = re.compile(r"(?:比|较)([0-9]{4})年")  # (比2015年增长45%，年均增长7.7%)
_MULTIPLE_OF_YEAR = re.compile(rf"(?:是|为|相当于)(?:([0-9]{{4}})年(?:末|底)?|{_PLAN_ENDING})的[0-9.一二三四五六七八九十两]+倍")
_MULTIPLE_OF_YEAR_NEXT = re.compile(r"[，,]" + _MULTIPLE_OF_YEAR.pattern)


def _section_period(section: Section, doc_year: int | None, status: str | None, clause: str,
                    ends: bool = False) -> tuple[int, int] | None:
    """The period a figure without a cue of its own is about: the section's span when the figure is taken over one
    (年均, 累计) or the section is a plan's, else the section's year; else the document's year, or the year before it
    for an outcome in a document that looks back (a report delivered in 2026 on 2025)."""
    single = any(word in clause for word in time_words().single_year)
    spread = section.kind == "plan" or section.year is None or span_basis(clause) or ends
    if section.span is not None and not single and spread:
        return section.span
    if section.year is not None:
        return (section.year, section.year)
    if doc_year is None:
        return None
    if status == "actual" and section.retrospective and not section.late:
        return (doc_year - 1, doc_year - 1)
    return (doc_year, doc_year)


def _goal_of_its_year(sentence: str, upto: int, figure_end: int | None, measure: str, section: Section,
                      doc_month: int | None) -> bool:
    """Is a figure of the document's own year a goal: any in a report delivered early in it (the year ahead), and a
    rate with a goal's bound while the year is far from over (今年GDP增长14%以上 in March)? Not so far (今年以来, 今年前2个
    月, 开园首日), not a level measured (今年夏粮总产量750亿斤左右 in July, 据测算), nor an estimate from October on."""
    if _YEAR_TO_DATE.search(sentence, 0, upto) or _DAY_GONE.search(sentence, 0, upto):
        return False  # (今年，冰雪大世界开园首日即迎客6.2万人次 in January: a day gone by)
    return section.retrospective or (
        measure == "change" and doc_month is not None and doc_month < _ESTIMATES_FROM and not section.late and
        figure_end is not None and _GOAL_BOUND.search(sentence[upto : figure_end + 3]) is not None and
        not _MEASURED.search(sentence, 0, upto))


def _is_span(when: str) -> bool:
    """Is the period a span of years (2021-2025)?"""
    return len(when) == 9 and when[4] == "-" and when[5:].isdigit()


def _ends_later(when: str | None, doc_year: int | None, doc_month: int | None) -> bool:
    """Does a part of a year (``when``) end more than the last months of a year's forecasts after the document's month
    (2025-H1 from a text of March; not of May or June)? A whole year's estimate has rules of its own (预计全年, a plan's
    end)."""
    if when is None or doc_year is None or doc_month is None or len(when) <= 4 or not when[:4].isdigit() or _is_span(when):
        return False
    return int(when[:4]) * 12 + last_month(when[4:]) - (doc_year * 12 + doc_month) >= 12 - _FORECAST_MONTHS


def _not_over(when: str | None, doc_year: int | None, doc_month: int | None) -> bool:
    """Is the period ``when`` not over when the document was written (its last month not before the document's month,
    or, with the year alone known, its last year not before the document's)?"""
    if when is None or doc_year is None or not when[:4].isdigit():
        return False
    if _is_span(when):
        return int(when[5:]) >= doc_year  # a span of years (2026-2030)
    if doc_month is None:
        return int(when[:4]) > doc_year
    return (int(when[:4]), last_month(when[4:])) >= (doc_year, doc_month)


def _no_future_outcome(status: str | None, when: str | None, doc_year: int | None, now: int | None = None,
                       month: int | None = None, so_far: bool = False) -> str | None:
    """An outcome is never about a year after its document's: a figure about a coming year is a goal — unless the
    text was written in that year (``now``, in ``month``) after the part of it the figure is about (今年第一季度… in a
    story of last year's results out in May), or tells that year so far (今年以来…)."""
    if status != "actual" or when is None or doc_year is None or not when[:4].isdigit():
        return status
    last = when[5:] if len(when) == 9 and when[4] == "-" else when[:4]  # a span (2021-2025) ends in its last year
    if int(last) <= doc_year:
        return status
    gone = now is not None and int(when[:4]) == now and (so_far or month is not None and
                                                          _PART_OF_A_YEAR.fullmatch(when) and last_month(when[4:]) < month)
    return status if gone else "target"
