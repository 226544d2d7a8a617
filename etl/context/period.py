"""Periods: the time a figure belongs to, and how it is taken (日均, 年均, 人均)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from etl.figures import lexicon

_AR = "0-9０-９"
_CN = "〇○零一二三四五六七八九"
_YEAR = (rf"(?:(?P<year>[{_AR}]{{4}}|[{_CN}]{{4}}|[一二][0０〇○零][{_AR}{_CN}]{{2}})|(?<![0-9０-９])(?P<roc>1[0-2][0-9])(?=年(?:全年|年底|年末|第[1-4１-４]季|[上下]半年"
         rf"|度|[0-9０-９]{{1,2}}月|[一二三四五六七八九十]{{1,3}}月|前))) ?(?:年(?:年(?=[底末]))?(?P<suffix>度|底|末|初)?"
         rf"|(?<=[12][0-9]{{3}})(?<![0-9]{{5}})(?=全年|[上下]半年|[一二三四]季度|前三季度|(?![多余万亿千百元人件个次])[\u4e00-\u9fff]{{2,3}}?全[市省区县]))")  # (2015 年: a PDF's
# space; 2019年年末: its end; 114年全年, 114年第4季, 113年度: a year of the Republic of China's calendar, as Taiwan papers write it, +1911;
# 二00六年, 二0一0年: Chinese digits with Arabic zeros, as 2000s papers write them; 2022全年, 2023上半年, 2025北京全市: a
# news headline's or a quote's year without its 年)
_Q1_Q3 = r"前[三3３]季度|(?<![》」”\"])[前首][三3３]季(?![度的])|[1１一](?:至|到|-|—|－|~|～)[3３三]季度"  # 1至3季度: the first three
# quarters, not the third; 前3季 (a Taiwan or Hong Kong paper's 前三季度; not 《庆余年》前三季, 该剧前3季的: seasons);
# 首季 after a year (今年首季入境旅客: Macao's and Hong Kong's first quarter; not 该剧首季: a season)
_QUARTER = rf"(?:(?P<q3>{_Q1_Q3})|(?P<q>[一二三四1-4])季度|第(?P<qn>[1-4１-４一二三四])季(?![度的])|(?P<q1>首季)(?:度|(?=[\u201c\u201d\"]?开门红)|(?<=年首季)(?<!每年首季)(?![的]))|(?P<half>上半年|下半年))"  # 首季: the first
_MONTH = rf"(?P<month>[{_AR}]{{1,2}}|十[一二]?|[一二三四五六七八九])月(?:份|底|末)?"
# The months of a year so far: 1-5月份, 一至十一月, 前5个月, 前两个月, 前11月 (not 前5月20日: a day).
_DAY = rf"[{_AR}{_CN}十]{{1,3}}[日号]"
_TO_MONTH = rf"(?:[{_AR}]{{1,2}}|十[一二]?|[两二三四五六七八九])"
# 前 after a year, a place or a subject (今年前5个月, 广东省前4个月, 外贸前4个月), not after a verb or a word it ends (提前
# 3个月: ahead of time; 交易前12个月, 上市前3个月, 退休前, 开学前, 汛前, 目前, 节前).
_FIRST = r"(?:(?<![提之以此目当眼跟面空超向最事会节战生日期临易休学汛同约业线婚产考试])(?<!上市)前|(?<![榜])首)"  # (首九个月: a Hong
# Kong paper's 前九个月)
_SO_FAR = rf"(?:[1１一]月?份?(?:——|[-—–~～－至到])(?P<to>{_TO_MONTH})月份?|{_FIRST}(?P<first>{_TO_MONTH})个?月(?!{_DAY}))"
_SO_FAR_AHEAD = rf"[1１一]月?份?(?:——|[-—–~～－至到]){_TO_MONTH}月|{_FIRST}{_TO_MONTH}个?月(?!{_DAY})"
# A month alone with 份 (5月份), closing its clause (10月，全省…), before 当月 (4月当月: the month, not the months so far) or
# a change (12月增长4.1%),
# never a day's (3月5日): the month of the year the context gives.
_MONTH_ALONE = rf"(?<![{_AR}])(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?:份|末|底|(?=[，,]|当月|单月)|(?<!连续..)(?<!连续.)(?<!连.)(?<!连..)(?=同比|环比|增长|下降))"
# (其中12月增长4.1%: a month before its change verb)
# The last characters of places' names (广东, 全国, 本港, 澳门, 江苏省): a month right after a place opens its clause too
# (本港8月零售业总销货价值…, 广东8月规模以上工业增加值…, 全国2月出口…)
_PLACE_ENDS = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵藏陕甘青宁港澳北西东南江林海徽建州庆夏疆古肃湾门省市县区国中"  # (中: 其中, 当中)
# …or opening its clause before its subject (9月规模以上工业增加值增长6.5%, 今年9月全市…; not 9月5日, 七月一日, 9月以来,
# 9月中旬, 在9月举办, 较去年9月峰值: a base)
_MONTH_OPENING = (r"(?<![^，,。；;：:\s年" + _PLACE_ENDS + r"])(?<!(?<![其当])中)(?<![较比]去年)(?<![较比]上年)(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月"
                  r"(?=[\u4e00-\u9fff])(?![日号初下上旬底末以起开至到前份]|中(?![国华央])|[一二三四五六七八九十]{1,3}[日号]|交割|交货|合约|到期"
                  r"|预测|预估|预计|公布|发布|宣布|表示|召开|举行|举办|出台|印发|启动)")  # (5月交割的期货: a
# contract's month; 去年11月預測3.54%: when a forecast was made)
# A year (with a quarter, the months so far or a month after it), or a quarter, the months so far or a month with 份
# alone; a bare month is part of a date (3月5日).
PERIOD_RE = re.compile(
    rf"(?<!单)(?=[{_AR}{_CN}十上下前首第])(?:{_YEAR}|(?=[一二三四1-4]季度|第[1-4１-４一二三四]季(?![度的])|首季(?:度|[\u201c\u201d\"]?开门红)|(?<=年)(?<!每年)首季(?!的)|{_Q1_Q3}|上半年|下半年|{_SO_FAR_AHEAD}|{_MONTH_ALONE}|{_MONTH_OPENING}))"
    rf"(?:{_QUARTER}|{_SO_FAR}|{_MONTH})?"
)
# A span of years written with its ends: 2016—2020年, 2016年至2020年, １９７９到１９８３年, 一九七九年到一九八三年.
YEAR_RANGE_RE = re.compile(rf"(?P<a>[{_AR}]{{4}}|[{_CN}]{{4}})[ \u3000]?年?[ \u3000]?(?:[-—–~～－]|至|到)[ \u3000]?"
                           rf"(?P<b>[{_AR}]{{4}}|[{_CN}]{{4}})[ \u3000]?年(?!底|末|初)")  # (spaced: 2020 年至2024年)
_BASIS = (("日均", "daily_avg"), ("每天", "daily_avg"), ("年均", "per_year"), ("每年", "per_year"),
          ("人均", "per_capita"), ("每人", "per_capita"), ("月均", "per_month"), ("每月", "per_month"))
_MONTHS_SO_FAR = {1: "{}-01", 3: "{}-Q1", 6: "{}-H1", 9: "{}-Q1..Q3", 12: "{}"}
_CN_DIGIT = {ch: str(i) for i, ch in enumerate("零一二三四五六七八九")} | {"〇": "0", "○": "0"}
CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}


def year_number(raw: str) -> int:
    """A four-digit year in Arabic, full-width or Chinese digits: 2025, ２０２５, 二〇二五."""
    return _year(raw)


def _year(raw: str) -> int:
    digits = "".join(_CN_DIGIT.get(ch, ch) for ch in raw)
    return int(digits.translate(lexicon.normalization()))


def _format(m: re.Match[str], default_year: int | None) -> str | None:
    year = _year(m.group("year")) if m.group("year") else int(m.group("roc")) + _ROC if m.group("roc") else default_year
    if year is None or not 1900 <= year <= 2100:
        return None
    if m.group("q") or m.group("qn"):
        return f"{year}-Q{_quarter(m.group('q') or m.group('qn'))}"  # (第1季: a Taiwan paper's 一季度)
    if m.group("q1"):
        return f"{year}-Q1"
    if m.group("q3"):
        return f"{year}-Q1..Q3"
    if m.group("half"):
        return f"{year}-H{1 if m.group('half') == '上半年' else 2}"
    if m.group("to") or m.group("first"):
        raw = m.group("to") or m.group("first")
        last = int(raw.translate(lexicon.normalization())) if raw.isdigit() else CN_MONTH.get(raw.replace("两", "二"))
        if not last or not 1 <= last <= 12:
            return str(year)
        # 1-5月: 2016-01..05, like 前三季度's Q1..Q3; months that make quarters, a half or the year are those
        return _MONTHS_SO_FAR.get(last, f"{{}}-01..{last:02d}").format(year)
    if m.group("month"):
        raw = m.group("month")
        month = int(raw.translate(lexicon.normalization())) if raw.isdigit() else CN_MONTH.get(raw)
        return f"{year}-{month:02d}" if month and 1 <= month <= 12 else str(year)
    if m.group("suffix") in ("底", "末"):
        return f"{year}-12-31"
    return str(year)


_LONGEST_SPAN = 80  # years a span written with its ends may cover (1979年至2012年，…年均增长9.8%: the reform's years;
# 1949年至2018年: the republic's)


@lru_cache(maxsize=4096)
def year_ranges(text: str) -> tuple[tuple[int, int, int], ...]:
    """Every span of years written with its ends: (where it ends, first year, last year)."""
    out = []
    for m in YEAR_RANGE_RE.finditer(text):
        first, last = _year(m.group("a")), _year(m.group("b"))
        if 1900 <= first < last <= 2100 and last - first <= _LONGEST_SPAN:
            out.append((m.end(), first, last))
    return tuple(out)


def explicit_period(text: str, default_year: int | None = None, upto: int | None = None) -> str | None:
    """The last period named in ``text[:upto]`` (the one nearest a figure that starts at ``upto``)."""
    limit = len(text) if upto is None else upto
    found = None
    for end, value in periods_in(text, default_year):
        if end > limit:
            break
        found = value
    return found


# Quarters listed with the word written once (一、二、三季度, 第一、二、三、四季): each but the last ends at its numeral.
_ELIDED_QUARTERS = re.compile(r"(?<![0-9０-９〇○零一二三四五六七八九十])(?:(?P<year>[0-9０-９]{4})年)?(?P<first>第)?"
                              r"(?P<items>(?:[一二三四1-4１-４]、)+)[一二三四1-4１-４](?:季度|(?(first)季(?![度的])|(?!)))")


@lru_cache(maxsize=4096)
def _elided_quarters(text: str) -> tuple[tuple[int, int, int | None, int], ...]:
    """(start of the list, end of the quarter, the year written before the list or None, the quarter) for each quarter
    of a list like 一、二、三季度 (the last ends where its word does)."""
    if "、" not in text or "季" not in text:
        return ()  # the common case
    out = []
    for m in _ELIDED_QUARTERS.finditer(text):
        year = _year(m.group("year")) if m.group("year") else None
        start = m.start("first") if m.group("first") else m.start("items")
        for k in range(m.start("items"), m.end("items"), 2):
            out.append((start, k + 1, year, _quarter(text[k])))
        out.append((start, m.end(), year, _quarter(text[m.end("items")])))
    return tuple(out)


def _quarter(numeral: str) -> int:
    q = numeral.translate(lexicon.normalization())
    return "一二三四".index(q) + 1 if q in "一二三四" else int(q)


@lru_cache(maxsize=4096)
def periods_in(text: str, default_year: int | None) -> tuple[tuple[int, str], ...]:
    """Every period named in ``text`` with where it ends; cached, as a sentence serves all its figures."""
    elided = _elided_quarters(text)
    out = [(end, f"{year or default_year}-Q{q}") for _, end, year, q in elided if year or default_year]
    listed = {end for _, end, _, _ in elided}
    for m in PERIOD_RE.finditer(text):
        if m.end() in listed:
            continue  # the last of a list of quarters (一、二、三季度), read with it
        if m.start() and text[m.start() - 1] in "较比同与":
            continue  # 较2020年提高: the year compared with, not the figure's period
        if m.group("month") and not (m.group("year") or m.group("roc")) and m.start() and \
                text[m.start() - 1] in _MONTHS_RUN_BEFORE \
                and m.group()[-1] not in "末底":
            continue  # 前10月, 截至10月, 从3月到10月, 1、2月: months so far or a list, not the one month (截至6月末 is
            # the month's end)
        if _MULTIPLE_OF.match(text, m.end()) and text.endswith(("是", "为", "相当于"), 0, m.start()):
            continue  # 是2010年的1.8倍: the year of the value a multiple is of
        if text.startswith(_named_years(), m.end()):
            continue  # 实现2035年远景目标: the name of a goal
        if text.startswith(("平均汇率", "年平均汇率", "汇率", "年均汇率"), m.end()):
            continue  # 按2018年平均汇率计算为2865美元: the year of the rate a value is converted at
        if text.startswith("以来", m.end()) and "创" in text[max(0, m.start() - 3) : m.start()]:
            continue  # 创2010年以来最好位次: the record's reach, no time of the figures
        value = _format(m, default_year)
        if value:
            out.append((m.end(), value))
    return tuple(sorted(out)) if out and out[0][0] > out[-1][0] else tuple(out)


@lru_cache(maxsize=4096)
def yearless(text: str) -> dict[int, int]:
    """end → start of the periods ``text`` names without a year (上半年, 一季度, 1-5月): parts of a year the context
    gives."""
    parts = {m.end(): m.start() for m in PERIOD_RE.finditer(text) if not (m.group("year") or m.group("roc"))}
    for start, end, year, _ in _elided_quarters(text):
        if year is None:
            parts[end] = start  # (去年第一、二、三、四季: each quarter of the year named before the list)
        else:
            parts.pop(end, None)
    return parts


_ROC = 1911  # the Republic of China's year 1 is 1912


_MULTIPLE_OF = re.compile(rf"的[{_AR}{_CN}两十]")
_MONTHS_RUN_BEFORE = "前至到、-—~～－"


@cache
def _named_years() -> tuple[str, ...]:
    return tuple(lexicon.read_toml("time_words.toml")["named_years"]["before"])


def period_of(sentence: str, heading: str | None, doc_date: str | None, upto: int | None = None) -> str | None:
    """Explicit period in the sentence before the figure (at ``upto``, else the whole text given); else in the
    section heading; else the document's year."""
    default_year = int(doc_date[:4]) if doc_date else None
    return (
        explicit_period(sentence, default_year, upto)
        or (explicit_period(heading, default_year) if heading else None)
        or (str(default_year) if default_year else None)
    )


def period_basis(clause_before: str) -> str | None:
    """How the figure is taken: 日均服务量 → daily_avg, 年均增长 → per_year, 人均 → per_capita."""
    for word, basis in _BASIS:
        if word in clause_before:
            return basis
    return None


_CN_COUNT = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"两": 2}


def cn_count(text: str) -> int:
    """A small count written in digits or Chinese numerals (9, 两, 十二, 二十): 0 when it is not one."""
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _CN_COUNT.get(text[1:], 0)
    if len(text) == 2 and text.endswith("十"):
        return 10 * _CN_COUNT.get(text[0], 0)
    if len(text) == 3 and text[1] == "十":
        return 10 * _CN_COUNT.get(text[0], 0) + _CN_COUNT.get(text[2], 0)
    return _CN_COUNT.get(text, 0)
