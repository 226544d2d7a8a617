"""analyse(document) -> Analysis: layout, figures, and each figure's metric, region, period and topic."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache
from itertools import accumulate, groupby
from typing import NamedTuple

from etl.context import indicators, metric, period, redact, reference, regions, tables, topics
from etl.context.layout import NUMERAL_CHARS, analyse_layout
from etl.context.model import Analysis, AttributedFact, Document, Layout, Paragraph, Reject, Sentence
from etl.figures import Fact, extract
from etl.figures.lexicon import changes
from etl.figures.numerals import FULL_WIDTH_DIGITS
from etl.figures.numerals import normalize as _normalize

_SAYS = ("指出", "表示", "强调", "提到", "提出", "介绍", "说", "称")  # a clause that names who tells the paragraph
_THAT_MONTH = ("当月", "当月份", "该月")  # a sentence opening with the month the one before named
_BACKREF_REACH = 3  # paragraphs a back-reference may reach (该辖区 → the 驿站 two paragraphs up)


class _Where(NamedTuple):
    """Where a figure sits: its sentence and the texts region resolution reads."""

    sentence: Sentence
    raw_sentence: str  # the sentence as stored (layout breaks kept), traditional script read as simplified (one
    # character for one): figure offsets count in it
    lead: str  # the first clause of the paragraph
    backref: str | None
    backref_level: str | None  # the level the paragraph's back-reference word names (我省: province)
    headline: str | None
    cell: tables.Cell | None = None  # a table's lone figure on its line: its row and column

    @property
    def lead_in(self) -> str:
        """What a table's row and column say before a lone figure's cell (地区生产总值预期目标 / 增长6.5%左右): read before
        the sentence for its indicator and time."""
        return read(self.cell.row) + self.cell.column if self.cell else ""


def analyse(doc: Document) -> Analysis:
    """Everything the warehouse stores about one document. Pure: no I/O."""
    layout = analyse_layout(doc.text, doc.title)
    text = _unwrapped(doc.text, layout)
    facts = extract(text)
    starts = [s.char_start for s in layout.sentences]
    paragraph_context: dict[int, tuple[str, str | None, str | None, bool]] = {}  # lead and back-reference, once per
    # paragraph
    placed: list[tuple[Fact, _Where, str]] = []
    rejects: list[Reject] = []
    labels: list[str] = []
    private = redact.private_spans(doc.text)  # a label is read where no private digit shows (增长5.2%139 1234 5678)
    label_text = redact.redact_spans(text, private) if private else text
    cells = tables.cells(layout, facts, read)
    for i, fact in enumerate(facts):
        where = _where(doc, layout, starts, fact, paragraph_context, cells)
        floor = max(facts[i - 1].char_end if i else 0, where.sentence.char_start if where else 0)
        labels.append(where.cell.row if where and where.cell else metric.label(label_text, facts, i, floor, labels))
        if where is None:
            rejects.append(Reject(doc.source_path, None, "outside_sentence", f"{fact.mention} at {fact.char_start}"))
            continue
        placed.append((fact, where, labels[-1]))
    ids = [None if indicators.in_old_yuan(fact, doc.date, doc.date_precision) else i  # 1953's 三百二十五萬億元
           for i, (fact, _, _) in zip(_indicators(placed, facts, layout), placed)]
    placed = _better_labels(placed, ids)
    title = read(_RUBY.sub("", doc.title)) if doc.title else doc.title  # (統(tǒng)計(jì)公報(bào): 统计公报)
    dated = int(doc.date[:4]) if doc.date else None
    headings = _headings(layout, None if reference.is_retrospective(title, dated) else title, facts)
    year = reference.title_year(title, dated) or dated  # 2019年…统计公报, out in 2020
    opened = reference.year_before(title, doc.text, dated) if doc.date_precision == "year" or _reporting_season(doc) \
        else None
    year = opened or year  # 去年陕西省实现生产总值…, 2024年，崇左市坚持…: about the year before
    report = reference.is_retrospective(title, dated) or \
        (dated is not None and reference.title_years(title)[:2] == [dated - 1, dated])  # a report of the year before its
    # own, or of its own when late; a title naming the year before and its own (谈2009年发展与2010年目标, 2024年工作总结与
    # 2025年工作计划): a review of the one and the goals of the other
    month = _month_in(doc, year)
    if report and dated is not None and dated - 1 in (year, *reference.title_years(title)) and \
            (_reporting_season(doc) or doc.date_precision == "year"):
        year = dated  # 天长市2015年政府工作报告, delivered 2016-01-29 (上海市2007年计划执行情况与2008年计划草案的报告, dated
        # 2008, naming its own year too): the year it reviews, as its date says already
        month = _month_in(doc, year) or _REPORTING_MONTH  # (dated by its year alone: delivered early in it)
    late = (report or reference.closes_plan(title, dated)) and _late_in_its_year(doc, title)
    retrospective = (report and not late) or (_early_in_its_year(doc, title) and opened is None)
    part = reference.title_part(title, year) or reference.title_part(_places_out(title), year)  # 2025年一季度酉阳县
    # 经济运行情况, 福建前8月GDP同比增长15%: its outcomes are the part's
    part = _so_far(_released(part, doc), doc.text, title)
    now = dated if year != dated else None  # 重庆2019年交出答卷, out in 2020: its 去年 is 2019
    contexts = _Contexts(layout, headings, year, retrospective, late, now, title,
                         ahead=year + 1 if year is not None and (month or 0) >= _YEAR_AHEAD_FROM else None)
    over = (reference.part_titled(title) if report else reference.plan_titled(title, dated)) or \
        reference.goals_titled(title)  # 长春市政府工作报告：
    # 全市经济社会发展主要预期目标: the report's part the page gives, over every heading of it; 「十四五」规划纲要要点 of
    # 2021: the plan's goals
    attributed = [
        _attribute(doc, layout, where, fact, label, facts[fact.refers_to].char_start if fact.refers_to is not None
                   else None, ids[k], ((over,) if over else ()) + headings[where.sentence.paragraph_index], year,
                   retrospective, contexts, part, late, now, month, recent_parts=opened is not None)
        for k, (fact, where, label) in enumerate(placed)
    ]
    attributed = _changes_placed_as_levels(attributed, doc.text)
    in_cells = {s.index: cells[s.paragraph_index] for s in layout.sentences if s.paragraph_index in cells}
    return Analysis(doc, layout, _goals_beside_outcomes(attributed, layout, in_cells), redact.identifiers(doc.text),
                    tuple(rejects))


_FROM_AROUND = frozenset(regions.HOW) - {"clause", "company", "places"}  # not read from the figure's own sentence


def _changes_placed_as_levels(attributed: list[AttributedFact], text: str) -> list[AttributedFact]:
    """A change its sentence places nowhere is the change of the level it qualifies, where the sentence places that
    (海口海关共监管…金额11亿元、…人数16.5万人次，同比分别增长54.9%、11.8%、34.1%: Haikou's, as the levels), and so is
    a change after such a change in the sentence."""
    by_start = {a.fact.char_start: a for a in attributed}
    out: list[AttributedFact] = []
    for a in attributed:
        if a.region_how in _FROM_AROUND and a.fact.measure == "change":
            level = by_start.get(a.refers_to_start) if a.refers_to_start is not None else None
            if level is None and out and out[-1].fact.measure == "change":
                level = out[-1]  # (…54.9%、11.8%, 环比…分别增长71.8%: after a change placed so)
            if level is not None and level.sentence_index == a.sentence_index and \
                    level.region_how in ("clause", "company", "places"):
                a = replace(a, region_code=level.region_code, region_how=level.region_how)  # (台積電收漲35元或2.26%: the
                # share's change as its price's)
        out.append(a)
    return out


def _goals_beside_outcomes(attributed: list[AttributedFact], layout: Layout,
                           cells: dict[int, tables.Cell]) -> tuple[AttributedFact, ...]:
    """A goal told beside its outcome in a sentence that names no year (年初预算为120亿元，…，实际完成119亿元) is the
    goal of the outcome's year, not of the year to come; so is a goal in a table's row (``cells``: by sentence) beside
    an outcome of the row, its column naming no year (预期目标 / 实际完成; not 2024年 / 2025年目标). A row names one
    thing, indicator or not."""
    def key(a: AttributedFact) -> tuple[str, int, str | None] | None:
        if a.sentence_index in cells:
            return "row", cells[a.sentence_index].row_at, None
        return ("sentence", a.sentence_index, indicators.indicator(a.indicator).family) if a.indicator else None

    outcomes = {key(a): a.period for a in attributed if a.status == "actual" and a.period and a.period.isdigit()}
    outcomes.pop(None, None)  # (a figure of no indicator outside a table is beside nothing)
    out = []
    for a in attributed:
        year = outcomes.get(key(a)) if a.status == "target" and a.period and a.period.isdigit() else None
        column = cells[a.sentence_index].column if a.sentence_index in cells else ""
        if year is not None and int(a.period) == int(year) + 1 and \
                not _names_a_year(read(column + layout.sentences[a.sentence_index].text)):
            a = replace(a, period=year)
        out.append(a)
    return tuple(out)


def _names_a_year(sentence: str) -> bool:
    """Does a sentence name a year of its own (2025年, 今年, 去年 …; not a comparison's base: 比上年增长6%)?"""
    sentence = _BASE_YEAR.sub("", sentence)
    return any(m.group("year") or m.group("roc") for m in period.PERIOD_RE.finditer(sentence)) or \
        any(word in sentence for word in _YEAR_WORDS)


_BASE_YEAR = re.compile("[比较較](?:上年|去年)")


_YEAR_WORDS = ("今年", "去年", "明年", "上年", "当年", "本年", "全年")


def _released(part: str | None, doc: Document) -> str | None:
    """The part of a year a release's title names, a month put in the year it came out after: 12月份全省经济运行情况 of
    2025-01-17 is of 2024-12; one titled with its own month (区政府召开6月份经济运行调度会, 2025-06-20) is no month's release."""
    if part is None or len(part) != 7 or not part[5:].isdigit() or doc.date is None or doc.date_precision != "day":
        return part
    if part < doc.date[:7]:
        return part
    return f"{int(part[:4]) - 1}{part[4:]}" if part[5:] > doc.date[5:7] else None


def _so_far(part: str | None, text: str, title: str | None) -> str | None:
    """A month's release whose text opens with the months so far to that month (每月经济运行简况(2020年3月): 今年以来，
    …1-3月，实现地区生产总值…) is of the months so far: its figures given no time are cumulative. Not when its opening
    names the month itself too (3月份，全市规模以上工业增加值…), the title repeated above the text aside."""
    if part is None or len(part) != 7 or not part[5:].isdigit():
        return part
    opening = text.lstrip()[:_OPENING]
    if title and opening.startswith(title):
        opening = opening[len(title):]
    named = [(end, value) for end, value in period.periods_in(opening, int(part[:4]))
             if value[:4] == part[:4] and reference.DAY_DATE.fullmatch(value) is None]
    if any(value == part and opening[end - 1] not in "末底" for end, value in named):
        return part  # (上半年，…。6月份，全省居民消费价格…: the month's own figures follow; not 截至11月末, a balance)
    return next((value for _, value in named if reference.last_month(value[4:]) == int(part[5:])), part)


_OPENING = 600  # where a release says what it covers


def _month_in(doc: Document, year: int | None) -> int | None:
    """The month a document is dated in, when its date has one and falls in ``year``."""
    return int(doc.date[5:7]) if doc.date and doc.date_precision in ("day", "month") and doc.date[:4] == str(year) \
        else None


_REPORTING_MONTH = 2  # when a report on the year before is delivered (January to March)
_YEAR_AHEAD_FROM = 11  # (November and December: a text on the coming year)
# Outcomes of the year told as such, which the coming year's opening does not take (一年来, 已突破, 据初步测算, 预计全年…).
_REVIEWED = re.compile("一年来|过去一年|今年以来|年初以来|已(?:经)?(?:突破|达到|超过|完成|实现)|初步测算|初步统计|初步核算"
                       "|预计全年|全年预计|预计完成|全年完成")


def _early_in_its_year(doc: Document, title: str | None) -> bool:
    """Is the document dated in the first months of its year, its title naming no time? It then looks
    back as a report delivered in that season does: a whole year's outcome is the year before's (北京人均GDP提高到12.9
    万元, dated 2018-02-27: 全年城镇新增就业42.2万人 is 2017's), 今年 is the year ahead. Not a market's report, whose
    title names its market (港股半日：恒指跌300點): it is of its day."""
    return _reporting_season(doc) and not (title and (_TIMED_TITLE.search(title) or regions.names_a_market(title))) \
        and not (not title and regions.names_a_market(doc.text[:_MARKET_OPENING]))  # (恒指主板成交回升… in a page of
    # no title: a market's day)


_MARKET_OPENING = 200  # where a market's report of no title names its market


def _reporting_season(doc: Document) -> bool:
    """Is the document dated in the first months of its year, when reports on the year before are delivered?"""
    return doc.date is not None and doc.date_precision in ("day", "month") and doc.date[5:7] <= _EARLY_MONTH


def _early_of_its_year(doc: Document, year: int | None) -> bool:
    """Is the document dated in the first months of the year its title names as a whole, and nothing shorter
    (陕西2024年GDP增长目标5.5%左右, 2024-01-26; not 2024年一季度…, 春节假期…)? None of that year's outcomes is known yet."""
    title = doc.title or ""
    return _reporting_season(doc) and doc.date[:4] == str(year) and str(year) in title and \
        _PART_OF_YEAR.search(title) is None



def _late_in_its_year(doc: Document, title: str | None) -> bool:
    """Is the document dated from October on, its title naming no year up to its own? A report delivered then
    reviews its own year (2023年中卫市政府工作报告, 2022-12-16: its outcomes and its 今年 are 2022's; its goals say 明年
    or name 2023); a report titled with its year and dated late is a copy put on the web later (2024年杭州市政府工作
    报告, 2024-10-15: it reviews 2023)."""
    if doc.date is None or doc.date_precision not in ("day", "month") or doc.date[5:7] < _LATE_MONTH:
        return False
    return not any(year <= int(doc.date[:4]) for year in reference.title_years(title))


_LATE_MONTH = "10"


# A title that names a year or a part of one (2025年一季度…, 1-2月份…, 前2个月…, 今年以来…) or a holiday as a period
# (春节假期第一天 海南迎游客107781人, 春运, 小长假, 黄金周) says what it is about itself (not 今日 or 春节前夕: a press
# conference today, a visit before the holiday, may well report last year's results).
_PART_OF_YEAR = re.compile(r"季度|首季|月|半年|以来|春运|假期|假日|长假|黄金周")
_TIMED_TITLE = re.compile(rf"{reference.NOT_A_BASE}[0-9０-９〇一二三四五六七八九]{{4}}年|今年|{_PART_OF_YEAR.pattern}")
# (not a comparison's base: 西安财政总收入超过1800亿元 较2016年增长63%, of 2022-03-29, tells last year's results)
_EARLY_MONTH = f"{reference.REPORTING_MONTHS:02d}"


def _better_labels(placed: list[tuple[Fact, _Where, str]], ids: list[str | None]) -> list[tuple[Fact, _Where, str]]:
    """A label that says nothing (empty, one character; a place's name alone, 苏州市…，南京市8316.92亿元, where the
    figure has an indicator) is replaced by the name of the figure's indicator, else by the label of the figure before
    it in the same sentence ("提高30元和5元": 5元 is what 30元 is)."""
    out: list[tuple[Fact, _Where, str]] = []
    for k, (fact, where, label) in enumerate(placed):
        if ids[k] is not None and indicators.places_only(label):
            label = indicators.indicator(ids[k]).name
        elif not metric.usable(label):
            if ids[k] is not None:
                label = indicators.indicator(ids[k]).name
            elif out and out[-1][1].sentence.index == where.sentence.index and metric.usable(out[-1][2]) and \
                    _next_clause(where, out[-1][0], fact):
                label = out[-1][2]
            elif metric.usable(subject := metric.clause_before(where.raw_sentence,
                                                                fact.char_start - where.sentence.char_start,
                                                                out[-1][0].char_end - where.sentence.char_start
                                                                if out and out[-1][1].sentence.index ==
                                                                where.sentence.index else 0)):
                label = subject  # 全省进出口总值创历史新高，达到5379亿元: what the clause before speaks of
        out.append((fact, where, label))
    return out


def _next_clause(where: _Where, before: Fact, fact: Fact) -> bool:
    """Does ``fact`` stand in the clause right after the one ``before`` ends in (上升3个百分点，达到51.2%)? A label is
    borrowed from no figure further back (…分别增长37.2%、19%，全省进出口总值创历史新高，达到5379亿元)."""
    base = where.sentence.char_start
    gap = where.raw_sentence[before.char_end - base : fact.char_start - base]
    return sum(gap.count(c) for c in metric.CLAUSE_BREAKS) <= 1


def _places_out(title: str | None) -> str | None:
    """The title with its places set apart (福建前8月… → ，前8月…): what follows a place opens a phrase of its own."""
    if not title:
        return title
    for place in reversed(regions.find_places(title)):
        title = title[: place.start] + "，" + title[place.end :]
    return title


# A lead that announces the work of the parts after it (…襄阳市将重点围绕七个方面“加力突破”), not one that says they review
# (报告回顾了过去一年的工作).
_ANNOUNCES_WORK = re.compile("(?<!即)将(?!近)|重点围绕|重点抓好|重点做好|部署|工作安排|主要任务|预期目标|主要目标")
_REVIEWS = re.compile("回顾|过去一年|过去五年|去年")


class _Contexts:
    """The time cue the sentences before a sentence left (reference.carried), read only when a figure has no cue of
    its own: from the earlier sentences of its paragraph ("过去一年，…。国内生产总值增长10.3%"), else — in a part
    whose headings name no year — the last plan ahead an earlier paragraph of the part named ("“十五五”时期…主要目标
    是：" before the list of targets)."""

    def __init__(self, layout: Layout, headings: list[tuple[str, ...]], year: int | None, retrospective: bool,
                 late: bool = False, now: int | None = None, title: str | None = None, ahead: int | None = None):
        self.sentences = layout.sentences
        self.ahead = ahead  # the year after the document's, in a text of its last months (a congress of December on
        # the coming year's goals): a paragraph opening with it holds for the paragraphs after it too
        # the span of years a title names (平山县“十四五”时期发展成就): a rate per year or a total without a span of its
        # own is over it, where no earlier sentence of its paragraph names one
        self.title_span = reference.span_named(title, year, late, now) if title else None
        self.texts: dict[int, str] = {}  # each sentence as the context reads it (_text)
        self.title_copy = _bare(title) if title and len(_bare(title)) >= _TITLE_COPY_MIN and \
            any(word in title for word in reference.time_words().retrospective) else None  # (a line that holds the title
        # of a report on the year before, page furniture around it: 娱乐平台2026年梅州市政府工作报告(全文); not 黑龙江未来
        # 五年目标：…, whose time is the text's)
        self.year, self.late, self.now, self.headings = year, late, now, headings
        self.first: list[int] = []  # the first sentence of each sentence's paragraph
        self.part: list[int | None] = []  # the first sentence of its part, when the part's headings name no year
        self.part_of: list[int] = []  # the first sentence of its part (under the same top heading)
        # the last paragraph before the first heading (its first sentence): it may open the year the parts after
        # it are the work of (2025年是…之年。…重点围绕七个方面加力突破。⏎(一)…: the parts' goals are 2025's)
        self.lead: int | None = None
        part, paragraph, first_of_part, first, yearless = None, -1, 0, 0, False
        intro, last_first = None, 0
        self.intro: list[int | None] = []  # the last sentence of the paragraph a list of paragraphs (一是…⏎二是…) follows
        for sentence in layout.sentences:
            if sentence.paragraph_index != paragraph:
                paragraph, here = sentence.paragraph_index, headings[sentence.paragraph_index]
                if not here and part in (None, ()):
                    self.lead = sentence.index if _ANNOUNCES_WORK.search(layout.paragraphs[paragraph].text) and \
                        not _REVIEWS.search(layout.paragraphs[paragraph].text) else None
                if here[:1] != part:
                    part, first_of_part, first = here[:1], sentence.index, sentence.index
                elif not _goes_on(sentence.text):
                    first = sentence.index  # (a paragraph opening with 其中，goes on with the one before: …上半年重庆实现
                    # 地区生产总值…。⏎其中，第一产业实现增加值…; so does one of places' values: 上海为5.5%以上，…)
                if not _ITEM_OPENS.match(read(sentence.text)):
                    intro, last_first = None, first  # (the paragraph a list of paragraphs follows: see _intro)
                elif intro is None and first_of_part <= last_first < sentence.index:
                    intro = sentence.index - 1  # its last sentence
                section = reference.section_of(here, year, retrospective, late, now)
                yearless = section.year is None and not (here and reference.foundation(here[-1]))
                # (（一）现实基础 after “十五五”时期是…: the plan before reviewed, none of the plan ahead the part named)
            self.first.append(first)
            self.intro.append(intro)
            self.part.append(first_of_part if yearless else None)
            self.part_of.append(first_of_part)
        self.memo: dict[int, object] = {}
        self.cues: dict[int, object] = {}  # each sentence's own cue: read once, however many sentences after it ask
        self.joined_cues: dict[int, object] = {}  # …and the cue it leaves to its clauses after a semicolon
        self.span_before: dict[int, tuple[int, int] | None] = {}  # what span() answered for each sentence
        self.opened: dict[int, object] = {}  # by a paragraph's first sentence: the time a paragraph before it opened with
        self.plans: dict[int, object] = {}  # by a paragraph's first sentence: what _plan answered

    def __call__(self, index: int):
        if index not in self.memo:
            far = self._this_year(index) or self._plan(index)  # a list of goals holds in its own paragraph only
            self.memo[index] = self._near(index) or self._intro(index) or \
                (far._replace(listed=False) if far is not None else None)
        return self.memo[index]

    def _intro(self, index: int):
        """The time the paragraph a list of paragraphs follows leaves (“十四五”时期，寻乌县…。⏎一是综合实力迈上新台阶。…
        全县地区生产总值年均增长7.1%; …。2023年，我们重点做了以下工作：⏎一是…), for the list's paragraphs — not what an
        earlier item named; none where its last sentence announces work ahead naming no time (下一步工作打算：)."""
        last = self.intro[index]
        if last is None:
            return None
        for j in range(last, self.first[last] - 1, -1):
            cue = self._carried(j)
            if cue is not None:
                return cue
            if j == last and _ANNOUNCES_WORK.search(self._text(j)):
                return None
        return None

    def _this_year(self, index: int):
        """The document's own year, when an earlier paragraph of the part opened with it and no paragraph since
        opened with another time: the year's work after 今年经济社会发展的主要预期目标是：… in a part whose heading
        names a plan too (二、“十五五”时期目标任务和2026年工作)."""
        cue = self._opened_before(self.first[index])
        if cue is not None and self.ahead is not None and reference.names_year(cue.period, self.ahead) and \
                _REVIEWED.search(read(self.sentences[index].text)):
            cue = None  # (2024年，…主要预期目标是：… in December: the coming year's, not for 一年来，全区地区生产总值增长6.8%)
        if cue is None and self.part[index] is not None and self.lead is not None and self.lead < self.part[index] and \
                self._worked_on(index):
            cue = self._carried(self.lead)  # a part naming no year, after the lead: the year it announces the work of,
            cue = cue._replace(whole=True) if cue is not None else None  # as a whole (今年…主要预期目标如下)
        return cue if cue is not None and (reference.names_year(cue.period, self.year) or
                                           reference.names_year(cue.period, self.ahead)) else None

    def _worked_on(self, index: int) -> bool:
        """Is the sentence's part no review, nor of a span (“十四五”时期工作回顾): one the lead's year may be the work of?"""
        section = reference.section_of(self.headings[self.sentences[index].paragraph_index], self.year)
        return section.kind != "review" and section.span is None

    def _opened_before(self, first: int):
        """The time the nearest paragraph before the one starting at sentence ``first`` (in the same part) that opened
        with a time opened with; read once per paragraph."""
        asking, cue = [], None
        while first not in self.opened:
            asking.append(first)
            j = first - 1
            if j < 0 or self.part_of[self.first[j]] != self.part_of[first]:
                break  # the part's first paragraph: none before it
            first = self.first[j]
            cue = self._opening(first)
            if cue is not None:
                break
        else:
            cue = self.opened[first]
        for paragraph in asking:
            self.opened[paragraph] = cue
        return cue

    def _opening(self, index: int):
        """The cue a paragraph's first sentence names in its first clause (今年…，…), if any."""
        text = self._text(index)
        if self.sentences[index].paragraph_index < _TITLE_LINES and \
                any(word in text for word in reference.time_words().retrospective):
            return None  # 2017年蠡县政府工作报告 on the first line (or below a web page's crumbs: 导航菜单): the report's title
            # opens no time for what follows
        heading = reference.RUN_IN_HEADING.match(text) if self.sentences[index].paragraph_index else None
        skip = heading.end() if heading else 0  # (工业经济：1-8月份，…: the heading run into the text)
        head = text[: min((i for i in (text.find(c, skip) for c in "，,：:") if i >= 0), default=len(text))]
        if head.endswith(_SAYS) and len(head) < len(text):
            head = text[: min((i for i in (text.find(c, len(head) + 1) for c in "，,：:") if i >= 0), default=len(text))]
            # (《报告》指出，2019年是…: the time after who tells it opens the paragraph)
        cue = self._carried(index)
        if cue is not None and cue.end > len(head) and self.ahead is not None:
            cue = reference.carried(head, self.year, self.late, self.now)  # (2023年，…主要预期目标是：锚定“十四五”期间…:
            # the year that opens it, not a span named later)
        return cue if cue is not None and cue.end <= len(head) else None

    def _near(self, index: int):
        joined = True  # every sentence from j to the one before ``index`` ends with a semicolon: clauses of one sentence
        after = True  # …and so does every one from j + 1
        for j in range(index - 1, self.first[index] - 1, -1):
            after, joined = joined, joined and self._semicolon_ends(j)
            cue = self._carried(j)
            if cue is None and after and read(self.sentences[j + 1].text).startswith(_CONTINUING):
                # (…纲要提出了20个预期性指标。其中，地区生产总值年均增长5%左右；…: the span the sentence before opened with,
                # for the 其中 sentence's clauses only)
                cue = reference.carried(self._text(j), self.year, self.late, self.now, continued=True)
            if cue is None and joined:
                cue = self._carried_joined(j)  # (截至9月末，本外币存款余额…；人民币贷款余额…: a month's end holds through
                # its sentence)
            if cue is None and j == index - 1 and read(self.sentences[index].text).startswith(_THAT_MONTH):
                cue = reference.month_named(self._text(j), self.year)  # (…公布10月份经济数据。当月社会
                # 消费品零售总额…: the month the sentence before named)
            if cue is None:
                continue
            if not any(_NAMES_NOW.search(self._text(k)) for k in range(j + 1, index)):
                cue = cue._replace(adjacent=True)  # (no sentence between names this year: 今年以来，…)
            if joined:
                return cue._replace(joined=True)  # (its year's end holds for any level through its sentence: …；…)
            if not (j > self.first[j] and self._semicolon_ends(j - 1) and
                    isinstance(cue.period, tuple) and cue.period[0] == reference.PART):
                return cue
            # (…增长5.2%；三季度，部分地区遭遇…。: a part of the year opening a later clause holds in its sentence)
        return None

    def _semicolon_ends(self, k: int) -> bool:
        """Does the layout sentence k end in a semicolon: the next one a clause of the same sentence?"""
        return self.sentences[k].text.rstrip().endswith(("；", ";"))

    def _plan(self, index: int):
        """The last plan ahead an earlier paragraph of the sentence's part named (read once per paragraph)."""
        first = self.first[index]
        if first not in self.plans:
            self.plans[first] = self._plan_before(first, self.part[index])
        return self.plans[first]

    def _plan_before(self, first: int, start: int | None):
        if start is None or first <= start:
            return None
        before = first - 1  # the last sentence of the paragraph before
        cue = self._carried(before)
        if cue is not None and cue.status == "plan":
            return cue
        return self._plan(before) if self.part[before] == start else None

    def span(self, index: int) -> tuple[int, int] | None:
        """The last span of years gone by the earlier sentences of the sentence's paragraph named (过去的五年，…);
        each sentence's answer kept, so that a paragraph of many sentences is read once."""
        if index not in self.span_before:
            j, pending = index, []
            while j not in self.span_before:
                pending.append(j)
                if j <= self.first[j]:
                    lead = j > 0 and self.first[j - 1] == j - 1 and \
                        self.sentences[j - 1].paragraph_index == self.sentences[j].paragraph_index - 1
                    self.span_before[j] = reference.span_named(self._text(j - 1), self.year, self.late,
                                                               self.now) if lead else None
                    # (a paragraph's first sentence: nothing before it but a one-sentence paragraph leading it —
                    # 这五年，我们…民生福祉得到新改善。⏎…城镇新增就业261.6万人: the five years)
                    pending.pop()
                    break
                named = reference.span_named(self._text(j - 1), self.year, self.late, self.now)
                if named is not None:
                    self.span_before[j] = named
                    pending.pop()
                    break
                j -= 1
            for k in pending:
                self.span_before[k] = self.span_before[j]
        return self.span_before[index] or self.title_span

    def _text(self, index: int) -> str:
        """Sentence ``index`` as the context reads it; a web page's crumbs (首页 > 2020年文昌两会 > 解读报告) and a copy of
        the title as nothing: no time of the text (the title's is read from the title); a page's layout spaces
        dropped."""
        if index not in self.texts:
            text = read(self.sentences[index].text)
            text = _LAYOUT_SPACE.sub("", text) if _layout_spaced(text) else text  # (2015 年，…: as its figures read it)
            self.texts[index] = "" if _CRUMBS.match(text) or \
                (self.title_copy is not None and self.sentences[index].paragraph_index < _FURNITURE_LINES and
                 _closes_with(_bare(text), self.title_copy)) else text
        return self.texts[index]

    def _carried(self, index: int):
        if index not in self.cues:
            self.cues[index] = reference.carried(self._text(index), self.year, self.late, self.now)
        return self.cues[index]

    def _carried_joined(self, index: int):
        if index not in self.joined_cues:
            self.joined_cues[index] = reference.carried(self._text(index), self.year, self.late, self.now,
                                                        joined=True)
        return self.joined_cues[index]


_FRAME_REACH = 3  # paragraphs back a paragraph going on with the ones before may find its frame in


@lru_cache(maxsize=1024)
def _goes_on(text: str) -> bool:
    """Does a paragraph opening with ``text`` go on with the one before (其中，…; 上海为5.5%以上，…: a round-up's items)?"""
    text = read(text)
    return text.startswith(_CONTINUING) or indicators.opens_with_places_values(text)


def _indicators(placed: list[tuple[Fact, _Where, str]], facts: list[Fact], layout: Layout) -> list[str | None]:
    """The indicator of each placed figure, read sentence by sentence."""
    paragraphs: dict[int, list[Sentence]] = {}  # each paragraph's sentences: the topic its first may name (（一）一般
    for s in layout.sentences:  # 公共预算。), what 这一收入 may point back to
        paragraphs.setdefault(s.paragraph_index, []).append(s)
    out: list[str | None] = []
    before: tuple[Sentence, str, str | None] | None = None  # the sentence before, its text and the subject it left
    for _, items in groupby(placed, key=lambda p: p[1].sentence.index):
        group = list(items)
        where = group[0][1]
        base = where.sentence.char_start
        index = {fact.char_start: i for i, (fact, _, _) in enumerate(group)}
        figures = [indicators.Placed(fact, fact.char_start - base, fact.char_end - base,
                                     index.get(facts[fact.refers_to].char_start) if fact.refers_to is not None else None)
                   for fact, _, _ in group]
        sentence, figures = _without_layout_spaces(where.raw_sentence, figures)
        sentence, figures, aside = _without_asides(sentence, figures)
        sentence, figures = _without_place_labels(sentence, figures)
        if where.cell:  # (a table's cell: read after its row and column)
            sentence = where.lead_in + sentence
            figures = [replace(f, start=f.start + len(where.lead_in), end=f.end + len(where.lead_in)) for f in figures]
        previous, continued = "", None
        if before is not None and before[0].index == where.sentence.index - 1 and \
                before[0].paragraph_index == where.sentence.paragraph_index:
            if indicators.continues(before[1]):
                previous, continued = before[1], before[2]
            elif indicators.opens_part(sentence):
                continued = before[2]  # (…出厂价格同比下降2.0%。其中，9月份同比下降2.8%)
        own, k = paragraphs[where.sentence.paragraph_index], where.sentence.paragraph_index
        while _goes_on(own[0].text) and k - 1 in paragraphs and k > where.sentence.paragraph_index - _FRAME_REACH:
            k -= 1
            own = paragraphs[k] + own  # (从各地GDP目标来看，…。⏎其中，海南为9.5%左右…。⏎上海为5.5%以上: the paragraphs
            # a paragraph going on with them frame it too)
        prior = tuple(read(s.text) for s in own if s.index < where.sentence.index)
        found = indicators.attribute(sentence, figures, previous, continued, cell=where.cell is not None,
                                     prior=prior, topic=prior[0] if prior else "")
        before = (where.sentence, sentence, indicators.continued_subject(sentence, figures, found))
        if aside:
            found = iter(found)
            found = [None if k in aside else next(found) for k in range(len(group))]  # (an aside's figures: none)
        out += found
    return out


# Spaces beside an ideograph or between two letters: a copied PDF's (实际使用内资 130.2 亿元、 外资, 比上 年增长7.0%, 人 均 GDP),
# and a note's mark between two words of a communiqué (第三产业[3]增加值, 生产总值(注2)): no part of any phrase or gap word.
_LAYOUT_SPACE = re.compile("[ \u3000]*\n\\s*|[ \u3000]+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[ \u3000]+"
                           "|(?<=[0-9])[ \u3000]+(?=[—–～~\\-－])|(?<=[—–～~\\-－])[ \u3000]+(?=[0-9])"  # (1 — 10 月)
                           "|(?<=[A-Za-z])[ \u3000]+(?=[A-Za-z])|(?<=[\u4e00-\u9fff])[\\[［][0-9]{1,2}[]］](?=[\u4e00-\u9fff])"
                           "|(?<=[\u4e00-\u9fff])[（(][A-Za-z&]{1,6}[)）](?=[\u4e00-\u9fff])"  # (研究与试验发展(R&D)经费)
                           "|(?<=[\u4e00-\u9fff])[（(]注[0-9０-９一二三四五六七八九十]{1,2}[)）]")  # (生产总值(注2)2554.3亿元,
# 人均生产总值45724元/人(注3)，增长12.9%: a note's mark after a word or a unit)


_LAYOUT_HINT = re.compile("[ \u3000\n\\[［(（]")  # a character every match of _LAYOUT_SPACE holds: one search, no lookbehinds


def _layout_spaced(sentence: str) -> bool:
    """Does the sentence hold a layout space (or a note's mark) that _without_layout_spaces drops?"""
    return _LAYOUT_HINT.search(sentence) is not None and _LAYOUT_SPACE.search(sentence) is not None


def _unwrapped(text: str, layout: Layout) -> str:
    """The text with the line breaks inside its sentences after a word (lines the layout joined: 一般公共预算收入年均增长⏎
    4.8%) read as spaces, offsets unchanged: a figure and the words before it are read as one line. A break after a
    digit or a numeral stays, for the figure engine reads a number through it (12.3⏎4亿元, 74.4⏎万亿元)."""
    ends = [s.char_end for s in layout.sentences]
    parts: list[str] = []
    done = 0
    at = text.find("\n")
    while at != -1:
        k = bisect_right(ends, at)  # the first sentence ending after the break: inside it, or after it
        if k < len(ends) and layout.sentences[k].char_start < at:
            before = text[layout.sentences[k].char_start : at].rstrip()[-1:]
            if before and not before.isdigit() and before not in _READ_THROUGH:
                head = _broken_change(text, at, done)
                if head:  # 增⏎长 8.3%: a change word the line broke, its head moved after the space, read whole
                    parts += (text[done : at - head], " ", text[at - head : at])
                else:
                    parts += (text[done:at], " ")
                done = at + 1
        at = text.find("\n", at + 1)
    return "".join(parts) + text[done:] if parts else text


def _broken_change(text: str, at: int, done: int) -> int:
    """How many characters before the line break at ``at`` start a change word the break cuts (增⏎长, 比上年下⏎降: 1), or
    0."""
    if any(text.startswith(word, at + 1) for word, _ in _change_cuts().get(text[at + 1 : at + 2], ())
           if word.startswith(text[at + 1])):
        return 0  # 在油价下行带动下⏎降幅扩大至3.1%: the next line opens a change word of its own
    for word, k in _change_cuts().get(text[at - 1 : at], ()):
        if at - k >= done and text.startswith(word[:k], at - k) and text.startswith(word[k:], at + 1):
            return k
    return 0


@cache
def _change_cuts() -> dict[str, tuple[tuple[str, int], ...]]:
    """Each change word of two characters or more by the character before each place a line may cut it (增长: 增 → 1)."""
    cuts: dict[str, list[tuple[str, int]]] = {}
    for word in sorted((w for w in changes() if len(w) > 1), key=len, reverse=True):
        for k in range(1, len(word)):
            cuts.setdefault(word[k - 1], []).append((word, k))
    return {ch: tuple(found) for ch, found in cuts.items()}
_READ_THROUGH = frozenset(".．·,，\u200b万亿千百十") | NUMERAL_CHARS  # (the chars a number goes on after)


def _without_layout_spaces(sentence: str, figures: list[indicators.Placed]) -> tuple[str, list[indicators.Placed]]:
    """The sentence as the indicators read it, without the spaces beside its ideographs, and its figures' offsets in it
    (the common case, a sentence with none, as it is). A line that ends at a figure, or between two digits, ends a
    clause: its break is read as a comma (an unpunctuated list, 社会消费品零售总额增长6%以上⏎进出口增长3.2%左右; 增速 3.5⏎
    12月当月…)."""
    if not _layout_spaced(sentence):
        return sentence, figures
    drop = [False] * len(sentence)
    ends = {f.end for f in figures}
    comma: set[int] = set()
    for m in _LAYOUT_SPACE.finditer(sentence):
        drop[m.start() : m.end()] = [True] * (m.end() - m.start())
        if "\n" in m.group() and (m.start() in ends or _between_digits(sentence, m.start(), m.end())):
            drop[m.start()] = False
            comma.add(m.start())
    text = "".join("，" if i in comma else ch for i, ch in enumerate(sentence)) if comma else sentence
    return _dropped(text, figures, drop)


def _between_digits(sentence: str, start: int, end: int) -> bool:
    """Does a line break stand between two digits (增速 3.5⏎12月当月: a cell's number and the next line's month, never one
    number; not PM⏎2.5⏎年平均浓度, a name the layout broke)?"""
    return 0 < start and end < len(sentence) and sentence[start - 1] in _DIGITS and sentence[end] in _DIGITS


_DIGITS = frozenset("0123456789" + FULL_WIDTH_DIGITS)


def _dropped(sentence: str, figures: list[indicators.Placed], drop: list[bool]
             ) -> tuple[str, list[indicators.Placed]]:
    """The sentence without the characters ``drop`` marks, and its figures moved to their offsets in it."""
    dropped = list(accumulate(drop, initial=0))  # the characters dropped before each offset
    return "".join(ch for ch, gone in zip(sentence, drop) if not gone), \
        [replace(f, start=f.start - dropped[f.start], end=f.end - dropped[f.end]) for f in figures]


def _without_asides(sentence: str, figures: list[indicators.Placed]
                    ) -> tuple[str, list[indicators.Placed], frozenset[int]]:
    """The sentence without its asides in brackets that hold a clause break (年末全国人口（包含31个省、…现役军人的人口，
    不包括…）为140489万人; 人均可支配收入43377元（下同，约新台币186500元），比上年增长5.0%), read past as a phrase and its
    figure read across them; the figures left and the indices of those inside an aside (no indicator's: a unit's
    conversion, a count that says what is included)."""
    if "（" not in sentence and "(" not in sentence:
        return sentence, figures, frozenset()
    spans = [m.span() for m in _ASIDE.finditer(sentence) if not _TIMED_ASIDE.match(sentence, m.start() + 1)]
    if not spans:
        return sentence, figures, frozenset()
    drop = [False] * len(sentence)
    for a, b in spans:
        drop[a:b] = [True] * (b - a)
    aside = frozenset(k for k, f in enumerate(figures) if drop[f.start])
    index = {k: i for i, k in enumerate(k for k in range(len(figures)) if k not in aside)}
    kept = [replace(f, refers_to=index.get(f.refers_to) if f.refers_to is not None else None)
            for k, f in enumerate(figures) if k not in aside]
    return *_dropped(sentence, kept, drop), aside


_ASIDE = re.compile(r"(?<=[\u4e00-\u9fff0-9０-９%％])[（(][^（()）]*[，,][^（()）]*[)）]")  # (after a word or a figure: not a
# paragraph in brackets, (此外，…城镇化率提升至90.81%，…))
# …nor one that opens with a year of its own, an outcome told beside a goal (增长40%（去年实际利用外资5亿美元，增长25.3%）)
_TIMED_ASIDE = re.compile(r"(?:去年|上年|前年|[0-9]{4}年)(?![^（()）]*(?:数据|口径|修订|下同|可比价|基数))[^（()）]*?[0-9０-９]")
# (not a note: （2023年数据经…修订，下同）, （2023年为600万吨，按新口径）, （2023年为受灾年份，基数较低）)


def _without_place_labels(sentence: str, figures: list[indicators.Placed]) -> tuple[str, list[indicators.Placed]]:
    """The sentence without the brackets of figures right after a place's name, after a catalogue phrase (31省份GDP增长目标
    为：湖北(10%以上)、海南(10%以上)、…; 增速来看，江西(6.9%)、福建(6.7%)…): read as the place's figures, items of a list of
    places."""
    if "（" not in sentence and "(" not in sentence:
        return sentence, figures
    places = {p.end: p.start for p in regions.find_places(sentence) if p.code != regions.COUNTRY}
    drop = [False] * len(sentence)
    for f in figures:
        if f.start > 1 and sentence[f.start - 1] in "(（" and sentence[f.end : f.end + 1] in (")", "）") and \
                f.start - 1 in places and indicators.names_a_phrase(sentence[: places[f.start - 1]]):
            drop[f.start - 1] = drop[f.end] = True  # (not 湖北(10%以上)、海南(10%以上)的GDP增长目标最高: no list after a phrase)
    return _dropped(sentence, figures, drop) if any(drop) else (sentence, figures)


# Numbering styles of headings, outermost first: 一、 then （一） then 1. ; unnumbered headings last.
_HEADING_STYLES = (
    re.compile(r"[一二三四五六七八九十]+[、．.]"),
    re.compile(r"[（(][一二三四五六七八九十]+[)）]"),
    re.compile(r"[0-9０-９]+[.、．]"),
)


# A chart's or a table's caption (图1 2019-2023年地区生产总值及其增长速度; a chart's title opening with its span of years,
# 2018-2022年全市生产总值) is no heading of the text around it.
_CAPTION = re.compile(r"\s*(?:[图表圖][ 　]*[0-9０-９一二三四五六七八九十]+"
                      r"|[0-9]{4}[-—–~～][0-9]{4}年(?![^，。]*(?:目标|任务|回顾|成就|工作|规划|计划|展望)))")


def _style(text: str) -> int:
    return next((i for i, style in enumerate(_HEADING_STYLES) if style.match(text)), len(_HEADING_STYLES))


_TITLE_LINES = 3  # the lines a copy of the title may stand on, below a web page's crumbs
_TITLE_COPY_MIN = 8  # a title this long or longer, found in a line, is a copy of it
_FURNITURE_LINES = 12  # the lines at a page's top where its furniture (a title's copy among it) stands
_UNBARE = re.compile(r"[\s()（）【】\[\]《》“”\"'、，,：:。.·-]")


def _closes_with(text: str, title: str) -> bool:
    """Does ``text`` hold ``title`` as a line of its own would, not as a sentence quoting it would (宜昌市2025年政府工作报告
    提出，今年…: what it tells follows)?"""
    at = text.find(title)
    return at >= 0 and not text.startswith(_TELLS, at + len(title))


_TELLS = ("提出", "指出", "强调", "显示", "明确", "称", "表示", "中", "里", "要求", "部署", "说", "回顾", "总结")


def _bare(text: str) -> str:
    """A text without spaces, brackets and punctuation, read as the context reads it (for finding a title's copy)."""
    return _UNBARE.sub("", read(text))


_CRUMBS = re.compile(r"\s*(?:(?:当前位置|您的位置|你的位置|您现在的位置)\s*[：:]?\s*)?(?:首页|网站首页|主页)\s*[>＞»›]")


def _is_heading(p: Paragraph, layout: Layout) -> bool:
    """A heading of a part: not a caption, and not the document's title line unless numbered (一、过去五年工作回顾
    opening a text whose title is in its metadata), nor the deck right under it that states a figure (广州市…作《政府
    工作报告》 / 今年GDP预期增长7.5%左右: the news' second headline, not a part of goals over the story)."""
    title_line = p.index < _TITLE_LINES and p.text == layout.articles[p.article_index].title  # (also below a web
    # page's crumbs: 导航菜单 / (江苏省)泰州市姜堰区2026年政府工作报告(2026年1月13日))
    first = layout.paragraphs[0]
    deck = p.index == 1 and first.is_heading and _style(first.text) == _style(p.text) == len(_HEADING_STYLES) and \
        bool(extract(p.text))  # (a year or an ordinal is no figure)
    return p.is_heading and (not title_line or _style(p.text) < len(_HEADING_STYLES)) and not deck and \
        not _CAPTION.match(p.text) and not _CRUMBS.match(p.text)  # (首页 > 2020年两会 > 解读报告: a web page's crumbs)


def _headings(layout: Layout, title: str | None = None, facts: Sequence[Fact] = ()) -> list[tuple[str, ...]]:
    """The headings over each paragraph, outermost first: the part (a heading of the outermost numbering style the
    document uses: 一、…, else （一）…, else unnumbered) and, inside it, the nearest other heading. Unnumbered headings
    have no style to nest by: one standing right over another opens a part, and the headings after the second, each
    over text, are the part's sections until the next heading that stands right over another. The ``title`` of a
    document that is no report, repeated on its first line, heads no part (在协会2020年会员代表大会上的讲话). An
    unnumbered line stating one of the ``facts`` next to another heading-like line is an item of a list of lines,
    not a heading (过去5年 / 国内生产总值年均增长5.4% / 城镇新增就业累计超过6000万人: the five years head both)."""
    marks = [_is_heading(p, layout) for p in layout.paragraphs]
    starts = [p.char_start for p in layout.paragraphs]
    stating = {bisect_right(starts, f.char_start) - 1 for f in facts}
    lines = [p.is_heading for p in layout.paragraphs]  # (heading-like lines, a deck stating a figure among them)
    marks = [mark and not (k in stating and _style(p.text) == len(_HEADING_STYLES) and
                           ((k and (marks[k - 1] or (lines[k - 1] and k - 1 in stating))) or
                            (k + 1 < len(marks) and (marks[k + 1] or (lines[k + 1] and k + 1 in stating)))))
             for k, (p, mark) in enumerate(zip(layout.paragraphs, marks))]  # (“十三五”成绩单 / 一般公共预算收入增长47.6% /
    # 城乡居民人均可支配收入年均分别增7.1%和7.9%: a list of lines stating figures, the first a deck)
    styles = [_style(p.text) for p in layout.paragraphs]
    contents = [False] * len(marks)  # numbered headings one right after another, no text between them, list the parts
    # of the report (报告分为两大部分 / 一、2023年工作回顾 / 二、2024年目标任务和主要工作 / 回顾2023 / …): they head nothing
    seen: set[int] = set()  # the numbering styles of the headings before: a list of contents comes before any of its style
    for k in range(len(marks) - 1):
        if marks[k] and marks[k + 1] and styles[k] == styles[k + 1] < len(_HEADING_STYLES) and \
                (contents[k] or styles[k] not in seen):
            contents[k] = contents[k + 1] = True  # (not 二、2025年工作安排 / 三、2025年主要目标 after a section 一、: an empty one)
        if marks[k]:
            seen.add(styles[k])
    marks = [mark and not listed for mark, listed in zip(marks, contents)]
    first = read(layout.paragraphs[0].text).strip() if layout.paragraphs else ""
    if title and marks and first and title.strip().startswith(first):
        marks[0] = False  # (the title may add its publisher: …的讲话(大足区工程师协会))
    outer = min((_style(p.text) for p, mark in zip(layout.paragraphs, marks) if mark), default=len(_HEADING_STYLES))
    plain = outer == len(_HEADING_STYLES)
    out: list[tuple[str, ...]] = []
    top: str | None = None
    lead: str | None = None  # the heading right under an unnumbered part's first: the part's too
    sub: str | None = None
    nested = False  # (过去四年，…发展站上新的历史起点 / 坚持发展为要，… / text / 坚持尽锐出战，… / text)
    for k, p in enumerate(layout.paragraphs):
        if marks[k]:
            over = plain and k + 1 < len(marks) and marks[k + 1] and _style(layout.paragraphs[k + 1].text) == outer
            if _style(p.text) != outer or (nested and not over):
                sub = p.text
                lead = lead or (p.text if nested and marks[k - 1] else None)
            else:
                top, lead, sub, nested = p.text, None, None, over
        # (砥砺前行… / 过去四年，… / text / 坚持发展为要，… / text: the four years hold for the sections after them)
        out.append(tuple(read(h) for h in dict.fromkeys((top, lead, sub)) if h))  # 一、2021年工作回顧 reads as …回顾
    return out


# The measures of a place's economy a round-up tells (数字经济核心产业增加值, 新能源汽车产量, 实际使用外资).
_REGIONAL_MEASURE = re.compile("增加值|产值|产量|投资|财政|税收|零售|进出口|出口|进口|外资|生产总值|GDP|常住人口|就业|游客|旅游|"
                               "货运|客运|用电|存款|贷款余额|居民收入|可支配收入")
_ANAPHOR = "该"  # a back-reference to a place the text spoke of (该省, 该市), not to its own (全省, 我市, 本市)


def _where(doc: Document, layout: Layout, starts: list[int], fact: Fact,
           paragraph_context: dict[int, tuple[str, str | None, str | None, bool]],
           cells: dict[int, tables.Cell]) -> _Where | None:
    k = bisect_right(starts, fact.char_start) - 1
    if k < 0 or layout.sentences[k].char_end < fact.char_end:
        return None
    sentence = layout.sentences[k]
    paragraph = layout.paragraphs[sentence.paragraph_index]
    article = layout.articles[sentence.article_index]
    raw_sentence = _normalized(doc.text, sentence.char_start, sentence.char_end)  # 預期目標 reads as 预期目标
    if paragraph.index not in paragraph_context:
        lead = read(_LEAD_END.split(paragraph.text, 1)[0])  # read as the sentence is (traditional → simplified)
        word = regions.back_reference(read(paragraph.text))
        backref = _backref(layout, paragraph.index) if word is not None else None
        backref = read(backref) if backref is not None else None
        paragraph_context[paragraph.index] = (lead, backref, word[1] if word else None,
                                              word is not None and word[0].startswith(_ANAPHOR))
    lead, backref, level, anaphor = paragraph_context[paragraph.index]
    if anaphor and paragraph.char_start < sentence.char_start and \
            (named := regions.last_named(read(doc.text[paragraph.char_start : sentence.char_start]), level)) is not None:
        lead = backref = named  # 同样，安徽固定资产投资…。前三季度，该省固定资产投资…: the place of its level the paragraph
        # named last, not the paragraph before's nor the one its first clause named (四川…。成都…。该市…)
    headline = article.title if article.kind == "article" and article.title else doc.title
    headline = read(headline) if headline else headline
    return _Where(sentence, raw_sentence, lead, backref, level, headline, cells.get(paragraph.index))


# ASCII punctuation of web text (2015年全市生產總值16538億元,年均增長12.4%): read as the full-width forms the rules
# name, outside numbers (2,580.2万, 10:30 stay).
_ASCII_PUNCTUATION = re.compile(r"[,;:](?:(?<![0-9][,;:])|(?![0-9]))")
_FULL_WIDTH = {",": "，", ";": "；", ":": "："}
# Quotation marks of other styles as “ ” (“十一五〞期末, 「十四五」規劃): the rules name plans and slogans with these.
_QUOTES = str.maketrans("〝〞「」", "“”“”")
_QUOTES_SEEN = re.compile("[〝〞「」]")
_ASCII_SEEN = re.compile("[,;:]")


# Pinyin a copied page set after each character (國(guó)民經(jīng)濟(jì)): not part of a title's words.
_RUBY = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}\)")


@lru_cache(maxsize=4096)
def read(text: str) -> str:
    """A text as the context reads it: traditional script as simplified, full-width digits as ASCII, ASCII , ; : as
    full-width outside numbers, quotation marks as “ ” — one character for one, so offsets hold. Cached: the figures of
    a paragraph read its sentences, headings and headline again and again."""
    text = _normalize(text)
    if _QUOTES_SEEN.search(text):
        text = text.translate(_QUOTES)
    return _ASCII_PUNCTUATION.sub(lambda m: _FULL_WIDTH[m.group()], text) if _ASCII_SEEN.search(text) else text


@lru_cache(maxsize=64)
def _normalized(text: str, start: int, end: int) -> str:
    """A sentence as the context reads it, once for all its figures (one character for one: offsets hold)."""
    return read(text[start:end])


_CONTINUING = ("其中，", "其中：")  # a sentence going on with a part of what the one before told
# A base year named right before a rate per year (是2012年的1.2倍，年均增长6%; 比2012年翻了一番，年均增长…).
_BASE_YEAR_BEFORE = re.compile(r"(?:是|比|较|为)([12][0-9]{3})年(?:末|底)?的?[^。；;]{0,12}[，,][^，,。；;]{0,4}\Z")
_BASE_YEAR_REACH = 30
_BASE_YEARS = re.compile(r"(?:比|较)([12][0-9]{3})年")
_ITEM_END = re.compile("[；;]")
_A_YEAR = re.compile("([12][0-9]{3})年")


def _base_year(sentence: str, upto: int, when: str, before: str) -> int | None:
    """The base year a rate per year before ``upto`` is reckoned from: named shortly before it (…是2012年的1.2倍，年均增长
    6%), or, for a rate of one year, the one base the sentence's items before it all name (2010年，…比2005年增加92.1亿元，
    年均增长16.3%；财政收入8.75亿元，年均增长21.1%: 2006-2010 both) — an item whose own rate per year it is reckoned from,
    no other item naming a year after it. ``before``: the clauses before the sentence's, up to the last full stop (a
    semicolon parts sentences)."""
    if (base := _BASE_YEAR_BEFORE.search(sentence, max(0, upto - _BASE_YEAR_REACH), upto)) is not None:
        return int(base.group(1))
    text = before + sentence[:upto]
    bases = list(_BASE_YEARS.finditer(text))
    if not when.isdigit() or len({m.group(1) for m in bases}) != 1:
        return None
    item = _ITEM_END.search(text, bases[-1].end())  # the base's own item, up to its semicolon
    if item is None or not reference.time_words().per_year_re.search(text, bases[-1].end(), item.start()) or \
            any(year.group(1) != when for year in _A_YEAR.finditer(text, item.end())):
        return None  # (粮食产量比2008年减少2万吨；财政收入…年均增长21.1%: a base of another measure's change; 2015年，…比
        # 2010年增长60%；2020年，…年均增长7%: a later item of another year — not …；2010年财政收入…, the rate's own)
    return int(bases[-1].group(1))


_NAMES_NOW = re.compile(r"今年|本年|[0-9]{4}年以来")  # a sentence naming the time of writing
_ITEM_OPENS = re.compile(r"[一二三四五六七八九十]是")  # a paragraph of a list (一是…⏎二是…)
_LEAD_END = re.compile(r"[，,；;。]")  # the paragraph's first clause ends at a comma, a semicolon or a full stop
_CLAUSE_REACH = 8  # semicolon clauses read back for a place


def _full_stop_start(layout: Layout, sentence: Sentence) -> int:
    """Where the sentence ending in 。 that ``sentence`` is a clause of begins: semicolons end the layout's sentences,
    but a place named in an earlier clause holds for the later ones (a semicolon is a clause break, as a comma is)."""
    start, first = sentence.char_start, sentence
    for j in range(sentence.index - 1, max(-1, sentence.index - 1 - _CLAUSE_REACH), -1):
        before = layout.sentences[j]
        last = before.text.rstrip()[-1:]
        if before.paragraph_index != sentence.paragraph_index or not last or last not in "；;":
            break
        start, first = before.char_start, before
    if first.index > 0 and "其中" in first.text[:4] and read(first.text).startswith(_CONTINUING) and \
            layout.sentences[first.index - 1].paragraph_index == sentence.paragraph_index:
        return _full_stop_start(layout, layout.sentences[first.index - 1])  # …上海市进出口总额2.1万亿元。其中，出口…:
        # the part of what the sentence before told, of its place
    return start


def _backref(layout: Layout, index: int) -> str | None:
    """The nearest earlier paragraph of the same article that names a place."""
    article = layout.paragraphs[index].article_index
    for j in range(index - 1, max(-1, index - 1 - _BACKREF_REACH), -1):
        p = layout.paragraphs[j]
        if p.article_index != article:
            return None
        if not p.is_heading and regions.find_places(p.text):
            return p.text
    return None


def _attribute(doc: Document, layout: Layout, where: _Where, fact: Fact, label: str, ref: int | None,
               indicator: str | None, headings: tuple[str, ...], year: int | None,
               retrospective: bool, contexts: _Contexts, part: str | None = None, late: bool = False,
               now: int | None = None, month: int | None = None, recent_parts: bool = False) -> AttributedFact:
    sentence = where.raw_sentence
    upto, end = fact.char_start - where.sentence.char_start, fact.char_end - where.sentence.char_start
    opened = _full_stop_start(layout, where.sentence)  # 阳泉市原煤产量…；洗煤产量1207万吨: the clause before's place
    code, how = regions.resolve_region(
        sentence, where.lead, where.backref, where.headline, doc.region_hint,
        figure_start=upto, figure_end=end, backref_level=where.backref_level, source=doc.source,
        clauses_before=doc.text[opened : where.sentence.char_start],
        paragraph_before=doc.text[layout.paragraphs[where.sentence.paragraph_index].char_start : opened]
        if not doc.region_hint and (sentence.startswith(_CONTINUING) or _REGIONAL_MEASURE.search(sentence, 0, upto) or
                                    indicators.names_a_phrase(sentence[:upto])) else "",  # (in a text of no region, a
        # round-up of places: a measure of a place's economy; not 比亚迪销量, 5年期LPR)
    )
    if how in _FROM_AROUND and fact.kind == "price" and fact.unit.startswith("美元/"):
        code, how = regions.COUNTRY, "national"  # 金价…失守4000美元关口, 布蘭特原油期貨…報每桶64.35美元 under a Taiwan
        # headline: a world market's price, not the publisher's place's
    elif how in _FROM_AROUND and fact.unit.endswith("/股"):
        code, how = regions.COUNTRY, "company"  # 台積電今天上漲30元，收1550元 in a Taiwan paper: a share's price is the
        # company's own figure, not the publisher's place's (as a listed company's move is)
    elif how == "national" and regions.names_some_place(sentence[:upto]) or \
            how in ("clause", "metadata") and code != regions.COUNTRY and \
            (level := regions.scope_level(sentence[regions.clause_start(sentence, upto) : upto])) is not None and \
            regions.below(level, code):
        named = _named_before(layout, where.sentence, regions.scope_level(sentence[:upto]), code)
        if named is not None:
            code, how = named, "backref"  # 过去一年，德清县实现…。全县一般公共预算收入65亿元 in a 湖州 paper: 德清县's
        else:
            how = "unknown"  # 全市生产总值1068.1亿元, 全区…, 地区生产总值… in a text naming no place, or 全市 in one known only
            # as Henan's: one city's, not known — neither the country's nor the province's
    elif how in ("clause", "metadata") and code != regions.COUNTRY and \
            (level := _scope_below(sentence[:upto], code)) is not None and \
            (named := _named_before(layout, where.sentence, level, code)) is not None:
        code, how = named, "backref"  # …。全县一般公共预算收入65亿元，增长5%; 全区规模以上工业增加值… in a 深圳 paper after
        # 龙岗区…: the place named shortly before
    if indicator and regions.abroad_subject(sentence, upto):
        indicator = None  # 美国经济增长率为2.9%, 全球经济增长率仅为2.9%: a foreign economy's or the world's
    if indicator and how == "clause" and regions.listed_places(sentence, upto, code):
        how = "places"  # 濮阳、漯河、信阳则是7%以上, 内江、眉山、自贡、遂宁经济总量突破2000亿元: a measure's value of each of the
        # places listed (or of them together), no value of their common region (not 武汉、襄阳、宜昌3家高新区: a count of them)
    heading = layout.paragraphs[where.sentence.paragraph_index].heading
    if indicator and code != regions.COUNTRY and "分别" not in sentence[:upto] and \
            (local := indicators.regional(indicator, read(label))) is not None:  # (…，分别增长8%和10%: a list's label)
        indicator = local  # 全省公共财政收入1700.2亿元: the province's general budget revenue
    found = indicators.indicator(indicator) if indicator else None
    section = reference.section_of(headings, year, retrospective, late, now)
    context = contexts(where.sentence.index)  # its time counts only where the sentence names none (reference)
    shift = len(where.lead_in)  # (a table's cell read after its row and column)
    spaceless, (placed,) = _without_layout_spaces(sentence, [indicators.Placed(fact, upto, end)])  # (比上 年, 以 6.8% 的
    # 增速: read as the indicators read it)
    ref_time = reference.reference(where.lead_in + spaceless, placed.start + shift, section, year, fact.measure,
                                   bool(found and found.accumulates), context, placed.end + shift, month,
                                   flow=bool(found and (found.flow or indicators.indicator(found.family).flow)),  # (and its growth)
                                   at_moment=bool(found and found.stock and not found.flow),
                                   year_end=bool(found and found.year_end),
                                   span=contexts.span(where.sentence.index),
                                   early=found is not None and _early_of_its_year(doc, year),
                                   written_month=_month_in(doc, now) if now is not None else None,
                                   recent_parts=recent_parts)
    clause = sentence[sentence.rfind("，", 0, upto) + 1 : upto]
    if (fact.unit == "元" or fact.unit.startswith("元/")) and \
            not regions.declares_renminbi(doc.text, fact.char_start, fact.char_end):  # a Taiwan paper's 8952.21億元 is in
        # 新台币 (呎价…元: 港元/方呎), unless the text said 元 is renminbi (（人民幣，下同）)
        home = regions.home_region(where.headline, doc.region_hint, doc.source)
        written = doc.text[where.sentence.char_start : where.sentence.char_end]
        # a company's figure is in its market's currency: the one the text names, else its own (匯控(00005.hk)收79元;
        # not A股方面，招商銀行(600036)收報38.5元: 人民币)
        market = (regions.market_code(where.lead, where.backref, where.headline) or
                  (home if not regions.names_mainland_market(sentence) else None)) if how == "company" else code
        traditional = regions.traditional_script(written)
        stated = regions.stated_currency(doc.text, fact.char_start, fact.char_end, sentence, traditional,
                                         declared_only=True)  # 台積電…營收1763億元(新台幣,下同) in a Hong Kong paper,
        # 零售业总销货价值…342亿元(港币,下同) in a mainland wire: as declared
        currency = stated or regions.local_currency(market or code, home, sentence, upto, end,
                                                    traditional)  # 友邦失守80元: 港元, in 恒指's market
        if currency is None and (market or code) == regions.COUNTRY and how in ("company", "national", "metadata"):
            currency = regions.stated_currency(doc.text, fact.char_start, fact.char_end, sentence,
                                               traditional)  # a company's 營收3,436.14億元 (新台幣，下同)
        if currency is not None:
            fact = replace(fact, unit=currency + fact.unit[1:])
    when = _in_part(part, ref_time, year, sentence[:upto])
    basis = ref_time.period_basis or _clause_basis(clause, found) or \
        ("per_capita" if found is not None and found.kind == "money" and "人均" in found.name else None)  # (…人均可支配
    # 收入3万元；2013年，2.8万元: a value per head the clause does not say so of)
    if basis == "per_year" and when and (when.isdigit() or _SPAN.fullmatch(when)) and \
            (since := _base_year(sentence, upto, when, read(doc.text[opened : where.sentence.char_start]))) is not None:
        first, last = int(when[:4]), int(when[-4:])
        if (first == last or first <= since) and since < last - 1:  # (not 比2019年增长4%，年均增长7.2% in 2020: the year
            # before is the change's base, not the average's)
            when = f"{since + 1}-{last}"  # 到2017年底，…是2012年的1.2倍，年均增长6%: a rate per year since the base (also
            # under a heading's span: 过去四年 / 2006年，…比2003年净增14.7亿元，年均增长13.7%: 2004-2006)
    if found is not None and found.measure == "change" and ref_time.period_basis == "cumulative" and \
            not (when and _SPAN.fullmatch(when)):
        indicator = None  # 一季度…比2019年同期增长9.3%: a growth over two years told for a part of one, no year's growth
    return AttributedFact(
        fact=fact,
        sentence_index=where.sentence.index,
        metric=label,
        region_code=code,
        region_how=how,
        period=when,
        period_basis=basis,
        topic=found.topic if found else topics.classify(read(label), sentence, heading),
        refers_to_start=ref,
        indicator=indicator,
        status=ref_time.status,
    )


_SPAN = re.compile(r"[0-9]{4}-[0-9]{4}")
_NAMED_BEFORE_REACH = 3  # sentences a scope word may look back for the place it stands for


def _scope_below(text: str, code: str) -> str | None:
    """The level of a scope word in ``text`` below the region ``code`` (全县 in a city's text; 全区 in a city's, a
    district, though 全区 is an autonomous region's as often), else None."""
    level = regions.scope_level(text)
    if level is None and "全区" in text and regions.region(code).level == "city":
        level = "county"
    return level if level is not None and regions.below(level, code) else None


def _named_before(layout: Layout, sentence: Sentence, level: str | None, home: str) -> str | None:
    """The place of ``level`` (county for 全县) a sentence shortly before in the paragraph, or the paragraph before, names
    last, inside ``home`` when it is known (not the country): what a scope word below the document's own place stands for."""
    if level is None:
        return None
    first = max(0, sentence.index - _NAMED_BEFORE_REACH)
    for earlier in reversed(layout.sentences[first : sentence.index]):
        if earlier.paragraph_index < sentence.paragraph_index - 1:
            break
        found = [p for p in regions.find_places(read(earlier.text), None if home == regions.COUNTRY else home)
                 if not p.ambiguous and p.level == level and (home == regions.COUNTRY or regions.is_within(p.code, home))]
        if found:
            return found[-1].code
    return None


def _clause_basis(clause: str, found: indicators.Indicator | None) -> str | None:
    """How the figure is taken, from its clause: not per head for an indicator that is not (固定资产投资、…、城镇居民人均可支配
    收入分别增长6%、…: the investment's growth is no value per head)."""
    basis = period.period_basis(clause)
    return None if basis == "per_capita" and found is not None and "人均" not in found.name else basis


def _in_part(part: str | None, ref_time: reference.Reference, year: int | None, before: str) -> str | None:
    """The period of a figure in a release whose title names a part of its year (part: 2025-Q1): an outcome (or a
    forecast, a rule) placed in the whole year only by default is the part's — unless the text before it names the whole year (预计全年…)."""
    if part and ref_time.status in ("actual", None) and ref_time.period == str(year) and \
            not any(word in before for word in _WHOLE_YEAR):
        month = _OPENING_MONTH.match(before)
        if month is not None:  # 6月份，规模以上工业增加值同比增长7.7% in a release of the first half: June's
            number = int(month.group(1)) if month.group(1).isdigit() else period.CN_MONTH.get(month.group(1))
            return f"{year}-{number:02d}" if number and 1 <= number <= 12 else part
        return part
    if part and ref_time.status in ("actual", None) and ref_time.period_basis == "per_year" and year is not None and \
            ref_time.period == f"{year - 1}-{year}" and not any(word in before for word in _WHOLE_YEAR) and \
            reference.averaged_over_years(before[regions.clause_start(before, len(before)) :]):
        return part  # 两年平均增长2.2% in a release of the first half: the half's, against the same half two years before
    return ref_time.period


_WHOLE_YEAR = ("全年", "年末", "年底", "当年", "年内")
_OPENING_MONTH = re.compile(r"(?:其中[，,])?([0-9]{1,2}|十[一二]?|[一二三四五六七八九])月份?[，,]")
