"""The engine's language data, read once from etl/lexicon/ and validated: a bad table fails loudly.

Every word list and rule set of the engine is a file under etl/lexicon/ read here, and only here, through
one cached reader per file (``_csv``, ``_toml``, ``_lines``) that checks what it reads: a duplicate surface,
an unknown kind, approx or basis, a missing factor, or a column the engine does not read is a
``LexiconError``. ``etl/context`` reads the punctuation table through :func:`punctuation` too.
"""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib.resources import files

from etl.figures.model import APPROX, BASES, KINDS


class LexiconError(ValueError):
    """A lexicon file is malformed: duplicate surface, missing factor, unknown value or column."""


@dataclass(frozen=True, slots=True)
class Unit:
    surface: str
    unit: str
    kind: str
    factor: Decimal
    not_before: tuple[str, ...] = ()  # what, right after the surface, makes it no unit: 人口, 两位数, 四轮驱动


_QUOTES = "“”\"「」『』"  # around each figure of a list of quoted values


@dataclass(frozen=True, slots=True)
class Punctuation:
    """The punctuation table (etl/lexicon/punctuation.toml): strings of single characters, tuples of words."""

    clause_breaks: str
    sentence_breaks: str
    full_stops: str
    brackets: str
    range_dashes: tuple[str, ...]  # longest first
    list_separators: frozenset[str]
    spaces: str
    full_width: str
    colons: str = ":："
    look_alikes: tuple[tuple[str, str], ...] = ()  # (﹒, .) (4﹒1%), (℅, %): one look-alike for one ASCII character

    @property
    def opening_brackets(self) -> tuple[str, ...]:
        return tuple(self.brackets[0::2])  # declared in pairs: （ ）( )

    @property
    def closing_brackets(self) -> tuple[str, ...]:
        return tuple(self.brackets[1::2])

    def is_list_gap(self, gap: str) -> bool:
        """Does a list separator alone stand between two figures (10.1%和13%, and web text's 10.1%和 13%, quoted ones:
        “5%以上”与“6%左右”)?"""
        return gap.strip(self.spaces + _QUOTES) in self.list_separators

    def range_gap(self) -> str:
        """A regex for what stands between the two ends of a range: 至, ~, – … with spaces, after (含)."""
        spaces = re.escape(self.spaces)
        return rf"(?:[(（]含[)）])?[{spaces}]*(?:{alternation(self.range_dashes)})[{spaces}]*"


@dataclass(frozen=True, slots=True)
class CompoundKind:
    numerator: str
    denominator: str
    kind: str


@dataclass(frozen=True, slots=True)
class Compounds:
    """The compound-unit grammar (etl/lexicon/compound_units.toml)."""

    separators: tuple[str, ...]
    per: str
    exchange: str  # 1美元兑8.2789元人民币: 元/美元
    per_numerator_kinds: frozenset[str]
    per_reach: int
    rates: dict[str, str]  # 时速 → 小时
    kinds: tuple[CompoundKind, ...]
    quotes: tuple[str, ...] = ()  # words opening a price quote after its change: 上涨1.10美元，…，报每桶67.49美元
    per_any: frozenset[str] = frozenset()  # denominators whose 每… makes any money in reach a price: 每股收益0.5元
    per_any_kinds: frozenset[str] = frozenset()  # …and denominators of these kinds: 每公斤猪肉47.03元
    money_per: dict[str, str] = field(default_factory=dict)  # a denominator's unit under money: 每度 → 千瓦时
    denominators: dict[str, str] = field(default_factory=dict)  # no unit alone, a denominator only: 元/月 (kind)
    commodity_quotes: dict[str, str] = field(default_factory=dict)  # 金价 → 盎司: 美元 after it is 美元/盎司
    commodity_reach: int = 0
    commodity_amounts: tuple[str, ...] = ()  # words of an amount between: no quote (进口额, 营收)
    commodity_not_after: str = ""  # characters before a commodity word that make it another's (汽油价)
    commodity_carried_by: tuple[str, ...] = ()  # what opens a clause that takes the clause before's commodity (失守)
    per_speed: tuple[str, ...] = ()  # short times a 每… before a length divides it by: 每小时5公里 is 公里/小时
    share_quotes: tuple[str, ...] = ()  # a share's price named before an amount: 股价突破1300元 is 元/股
    share_markets: tuple[str, ...] = ()  # words of stock-market news: a quote's verb before 元 there quotes a share
    share_dividends: tuple[str, ...] = ()  # a dividend named right before money with no 万/亿: per share (派中期息49港仙)
    rates_before: dict[str, str] = field(default_factory=dict)  # rate words only a few words before: 单产 → 亩
    denominator_aliases: dict[str, str] = field(default_factory=dict)  # a denominator only, read as a unit: t → 吨

    def kind(self, numerator: str, denominator: str) -> str:
        for row in self.kinds:
            if row.numerator in ("*", numerator) and row.denominator in ("*", denominator):
                return row.kind
        raise LexiconError(f"compound_units.toml: no kind for {numerator}/{denominator}")


@dataclass(frozen=True, slots=True)
class UnitContext:
    """A unit word read as ``unit`` only when one of ``words`` stands up to ``reach`` characters before it."""

    unit: str
    kind: str
    reach: int
    words: tuple[str, ...]
    at_clause_end: bool = False  # also where nothing follows the figure in its clause (门票10块。)
    after: tuple[str, ...] = ()  # words right after the unit word that say so too: 6年半时间
    fractional: bool = False  # a number that is not whole says so too: 9.91年
    qualified: bool = False  # a qualifier with the number says so too: 约10年, 5年多
    not_after: tuple[str, ...] = ()  # words right before the number that make it no unit: 晚上8点
    not_before: tuple[str, ...] = ()  # right after the unit word: 8点30分, 8点钟
    factor: Decimal = Decimal(1)  # 亿元 read as 港元: 100000000
    not_between: tuple[str, ...] = ()  # words between the context word and the figure that cancel it: 沪市, 折合 (and
    # before the figure in its clause, a clause's end: 银幕总数达到93187块)
    chain: bool = False  # the same unit word read so just before in the sentence says so too: 高温14、15度,中部19、20度
    chain_semicolons: bool = False  # …also past a semicolon (收在28,963.6點；盤中最高來到29,009.81點; not 南部25度；住宅700度)
    digits: bool = False  # only a number written in digits reads so (满意度得分92.5分; not 满意度十分高)
    ranged: bool = False  # a range of numbers under 100 says so too: 3-5年, 三到五年 (a span of calendar years is none)
    run_after: tuple[str, ...] = ()  # words right after the unit word telling a run (六年连降), for a number under…
    run_below: int = 0  # …this (112年連續3季 is a year)
    quoted_after: tuple[str, ...] = ()  # words right before the number that say so too: 报150.5点 (a quote)
    denominator: bool = True  # also after "/" or 每 in a compound unit (吨/年); not 平, the first character of 平均


@dataclass(frozen=True, slots=True)
class Comparisons:
    """Changes stated against a base (etl/lexicon/comparisons.toml)."""

    openers: tuple[str, ...]
    closers: tuple[str, ...]
    adverbs: tuple[str, ...]  # between a base and its change word: 较2月大幅回落
    not_openers: tuple[str, ...]  # words that hold an opener but open no base: 比重, 比例, 占比
    comparatives: dict[str, int]
    comparatives_before: dict[str, int]
    time_base: str  # one regex for every time base
    not_changes: tuple[str, ...] = ()  # words that hold a change word but change nothing: 受挫
    # comparatives before a base that compare only with these bases, or in percentage points (超过时间进度, not 超过
    # 总资产30%: a bound)
    narrow_before: dict[str, tuple[str, ...]] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------- readers


def read_text(name: str) -> str:
    """The text of a file of etl/lexicon/ (the one way every lexicon file is read)."""
    return files("etl.lexicon").joinpath(name).read_text(encoding="utf-8")


_text = read_text


def _csv(name: str, columns: tuple[str, ...], key: str | tuple[str, ...]) -> list[dict[str, str]]:
    """The rows of a CSV table whose header must be ``columns`` exactly (a column nobody reads is an error),
    with ``key`` (a column or several) unique."""
    reader = csv.DictReader(_text(name).splitlines())
    if tuple(reader.fieldnames or ()) != columns:
        raise LexiconError(f"{name}: columns {reader.fieldnames} are not {list(columns)}")
    rows = list(reader)
    keys = (key,) if isinstance(key, str) else key
    unique([tuple(row[k] for k in keys) for row in rows], name)
    return rows


def read_toml(name: str) -> dict:
    """A TOML file of etl/lexicon/, for the readers of etl/context that validate their own tables."""
    return tomllib.loads(_text(name))


_toml = read_toml


def _lines(name: str) -> list[str]:
    """The lines of a list file, without comments and blank lines; each at most once."""
    lines = [line.strip() for line in _text(name).splitlines() if line.strip() and not line.startswith("#")]
    return unique(lines, name)


def unique(items, where: str) -> list:
    """``items`` as a list; a LexiconError naming ``where`` when one is there twice."""
    seen: set = set()
    for item in items:
        if item in seen:
            raise LexiconError(f"{where}: {item!r} is there twice")
        seen.add(item)
    return list(items)


def _check(value: str, accepted, what: str, where: str) -> str:
    if value not in accepted:
        raise LexiconError(f"{where}: unknown {what} {value!r}")
    return value


def _traps(cell: str) -> tuple[str, ...]:
    return tuple(unique([t for t in cell.split("|") if t], "not_before " + cell)) if cell else ()


# ------------------------------------------------------------------------------------------------ units


@cache
def units() -> dict[str, Unit]:
    """Every unit surface: measures and currencies (units.csv) and classifiers (classifiers.csv); a surface in
    both is an error."""
    out: dict[str, Unit] = {}
    for row in _csv("units.csv", ("surface", "unit", "kind", "factor", "not_before", "note"), "surface"):
        try:
            factor = Decimal(row["factor"])
        except (InvalidOperation, TypeError):
            raise LexiconError(f"units.csv: {row['surface']!r} has no valid factor: {row['factor']!r}") from None
        if not row["unit"]:
            raise LexiconError(f"units.csv: {row['surface']!r} needs a unit")
        _check(row["kind"], KINDS, "kind", f"units.csv {row['surface']!r}")
        out[row["surface"]] = Unit(row["surface"], row["unit"], row["kind"], factor, _traps(row["not_before"]))
    for row in _csv("classifiers.csv", ("surface", "unit", "kind", "not_before", "note"), "surface"):
        if row["surface"] in out:
            raise LexiconError(f"classifiers.csv: {row['surface']!r} is in units.csv too")
        _check(row["kind"], KINDS, "kind", f"classifiers.csv {row['surface']!r}")
        out[row["surface"]] = Unit(row["surface"], row["unit"] or row["surface"], row["kind"], Decimal(1),
                                   _traps(row["not_before"]))
    return out


@cache
def denominators() -> dict[str, Unit]:
    """What may stand after "/" or 每 in a compound unit: every unit, and the unit words read by context (吨/年) but
    those read as a rate themselves (角, 分 of an exchange rate: 元一角七分 is money), and the words that are a
    denominator only (元/月)."""
    contexts = {s: Unit(s, c.unit, c.kind, Decimal(1)) for s, (c, *_) in unit_contexts().items()
                if s not in units() and "/" not in c.unit and c.denominator}
    only = {s: Unit(s, s, kind, Decimal(1)) for s, kind in compounds().denominators.items() if s not in units()}
    aliases = {s: replace(units()[unit], surface=s) for s, unit in compounds().denominator_aliases.items()}
    return units() | contexts | only | aliases


@cache
def implied_units() -> dict[str, Unit]:
    """Nouns that say what a bare large number counts (近1亿农村贫困人口 → 人; 贫困人口减少6800多万 → 人)."""
    rows = _csv("implied_units.csv", ("noun", "unit", "kind", "note"), "noun")
    return {row["noun"]: Unit(row["noun"], row["unit"], _check(row["kind"], KINDS, "kind", "implied_units.csv"),
                              Decimal(1)) for row in rows}


@cache
def unit_contexts() -> dict[str, tuple[UnitContext, ...]]:
    """Unit words read by the sentence (度 is ℃ where it speaks of temperature, 块 is 元 after a price), each with its
    readings in the order they are tried (分: cents of the Taiwan dollar's rate, else a score); an entry's `also` names
    other surfaces read the same (BP, bp, bps)."""
    data = _toml("unit_contexts.toml")
    out: dict[str, tuple[UnitContext, ...]] = {}
    for surface, entry in data["units"].items():
        entries = entry if isinstance(entry, list) else [entry]
        readings = tuple(_unit_context(surface, {k: v for k, v in e.items() if k != "also"}) for e in entries)
        for name in (surface, *(alias for e in entries for alias in e.get("also", ()))):  # (BP: also bp, bps, 个BP)
            if name in out or (name != surface and name in data["units"]):
                raise LexiconError(f"unit_contexts.toml: {name} is read twice")
            out[name] = readings
    return out


@cache
def bare_values() -> tuple[UnitContext, ...]:
    """Words after which a bare number is an index value (200指数为118.19) or a ratio (城乡居民收入比为2.31)."""
    data = _toml("unit_contexts.toml")
    return tuple(_unit_context(name, data[name]) for name in ("bare_index", "bare_ratio"))


@dataclass(frozen=True, slots=True)
class TimeFrames:
    """Durations that place a statement rather than measure anything (未来三天, 十年增加…): no figures."""

    words: tuple[str, ...]  # before the duration: 未来, 过去, 前
    not_after: str  # characters before such a word that make it the tail of another: 提前一个月
    before: tuple[str, ...]  # after the duration (besides every change word): 年均, 累计
    base_openers: tuple[str, ...]  # before a duration and 前: the time compared with (较四星期前)
    run: tuple[str, ...]  # before a duration: how long a run lasted (连续18个月下跌), never a time frame


@cache
def time_frames() -> TimeFrames:
    entry = _toml("unit_contexts.toml")["time_frames"]
    where = "unit_contexts.toml [time_frames]"
    return TimeFrames(tuple(unique(entry["words"], where)), entry["not_after"],
                      tuple(unique(list(entry["before"]) + [w for w in changes() if w not in entry["before"]
                                                            and w not in entry.get("not_before", ())], where)),
                      tuple(unique(entry["base_openers"], where)), tuple(unique(entry["run"], where)))


@dataclass(frozen=True, slots=True)
class NamedSizes:
    """Sizes that name an event, a product or a class of things (unit_contexts.toml [named_sizes]): no figures."""

    kinds: frozenset[str]
    before: tuple[str, ...]
    after: tuple[str, ...]
    class_mark: str
    bound_re: re.Pattern[str]  # what follows an amount's lower bound that classes things (亿元以上项目, 10亿元以上的项目)
    bound_marks: tuple[str, ...]  # the bound's marks (以上), which a span may hold or leave after it
    area_class_re: re.Pattern[str]  # what follows a floor area that classes homes (以下住房, 或以下的住宅)


@cache
def named_sizes() -> NamedSizes:
    entry = _toml("unit_contexts.toml")["named_sizes"]
    where = "unit_contexts.toml [named_sizes]"
    bound = entry["class_bound"]
    marks = tuple(unique(bound["marks"], where))
    marks_re, nouns = alternation(marks), unique(bound["nouns"], where)
    # (亿元以上项目, 10亿元以上的项目, 5000万元以上、企业投资亿元以上高质量发展重大项目: another bound listed, and a few
    # words of a project's kind before 项目, or short kinds listed right after the bound: 500万元以上新建、续建畜牧业重点项目;
    # 50万人口以上城市; not 贷款50亿元以上支持企业, 50亿元以上用于新建、改扩建项目, 3000亿元以上的新建、续建重点项目)
    projects = alternation(n for n in nouns if n.endswith("项目"))
    firms = alternation(n for n in nouns if n.endswith("企业"))
    bound_re = re.compile(f"(?:人口)?(?P<mark>{marks_re})?(?:、[^，,。；;：:]{{1,12}}?(?:{marks_re}))?"
                          f"(?:(?!的)(?:[\u4e00-\u9fff]{{1,3}}、)+[\u4e00-\u9fff]{{0,8}}?(?:{projects})"
                          f"|的?(?:[\u4e00-\u9fff]{{0,6}}?(?:{projects})|{alternation(nouns)})"
                          f"|的[\u4e00-\u9fff]{{1,6}}?(?:{firms}))")  # (2000万元及以上的批发业企业: a trade's firms)
    area_class_re = re.compile(f"(?P<mark>{alternation(unique(bound['area_marks'], where))})?的?"
                               f"(?:{alternation(unique(bound['area_nouns'], where))})")
    return NamedSizes(frozenset(_check(k, KINDS, "kind", where) for k in entry["kinds"]),
                      tuple(unique(entry["before"], where)), tuple(unique(entry["after"], where)), entry["class_mark"],
                      bound_re, marks, area_class_re)


@cache
def implied_before() -> tuple[int, tuple[str, ...]]:
    """(reach, words): what may stand between a noun of implied_units.csv and the bare number after it."""
    entry = _toml("unit_contexts.toml")["implied_before"]
    return int(entry["reach"]), tuple(unique(entry["words"], "unit_contexts.toml [implied_before]"))


@cache
def implied_suffixes() -> dict[str, Unit]:
    """A noun's last character → the unit a bare number right before the noun counts (茶农: 人, 种植户: 户)."""
    table = units()
    out = {}
    for suffix, unit in _toml("unit_contexts.toml")["implied_suffixes"].items():
        if len(suffix) != 1 or unit not in table or table[unit].kind != "count":
            raise LexiconError(f"unit_contexts.toml [implied_suffixes]: {suffix!r} = {unit!r} is no character for a count")
        out[suffix] = table[unit]
    return out


@cache
def list_announcers() -> tuple[int, int, tuple[str, ...], tuple[str, ...]]:
    """(max_value, reach, after, unless): a small count followed by one of ``after`` announces a list (三个特点：
    一是), unless one of ``unless`` follows (有9个省市,分别为山西省…)."""
    entry = _toml("unit_contexts.toml")["list_announcers"]
    where = "unit_contexts.toml [list_announcers]"
    return (int(entry["max_value"]), int(entry["reach"]), tuple(unique(entry["after"], where)),
            tuple(unique(entry["unless"], where)))


@dataclass(frozen=True, slots=True)
class Half:
    """How a half written in words is read (unit_contexts.toml [half])."""

    words: tuple[str, ...]  # 一半, 半数
    not_after: tuple[str, ...]  # words before it that make it none: 另一半


@cache
def half() -> Half:
    entry = _toml("unit_contexts.toml")["half"]
    where = "unit_contexts.toml [half]"
    if set(entry) != {"words", "not_after"}:
        raise LexiconError(f"{where}: keys {sorted(entry)} are not words, not_after")
    return Half(tuple(unique(entry["words"], where)), tuple(unique(entry["not_after"], where)))


@cache
def pointers() -> tuple[str, ...]:
    """Words right before a small count that make it point at things named elsewhere (这两款, 如下八项): those pointing
    back (``pointers_back``) first."""
    table = _toml("unit_contexts.toml")["list_announcers"]
    return tuple(unique(table["pointers_back"] + table["pointers_ahead"], "unit_contexts.toml [list_announcers]"))


@cache
def pointers_back() -> tuple[str, ...]:
    """Pointers to things named before (这, 上述): a count of any size after one names no new figure (这35家公司)."""
    return tuple(_toml("unit_contexts.toml")["list_announcers"]["pointers_back"])


@cache
def region_groups() -> tuple[dict[str, frozenset[int]], frozenset[str]]:
    """(names, units): a count in one of ``units`` right after one of ``names`` and equal to one of its numbers of
    members names a group of regions (西北五省区, 长三角41城)."""
    entry, where = _toml("unit_contexts.toml")["list_announcers"], "unit_contexts.toml [list_announcers]"
    return ({name: frozenset(map(int, sizes)) for name, sizes in entry["regions"].items()},
            frozenset(unique(entry["region_units"], where)))


@cache
def argument_nouns() -> tuple[str, ...]:
    """Nouns a small count before which counts parts of an argument or a slogan (三个方面, 三项机制)."""
    return tuple(unique(_toml("unit_contexts.toml")["list_announcers"]["nouns"], "unit_contexts.toml [list_announcers]"))


def _unit_context(surface: str, entry: dict) -> UnitContext:
    where = f"unit_contexts.toml [{surface}]"
    optional = {"at_clause_end", "after", "fractional", "qualified", "not_after", "not_before", "factor", "not_between",
                "chain", "chain_semicolons", "digits", "ranged", "run_after", "run_below", "quoted_after", "denominator"}
    if not {"unit", "kind", "reach", "words"} <= set(entry) <= {"unit", "kind", "reach", "words"} | optional:
        raise LexiconError(f"{where}: keys {sorted(entry)} are not unit, kind, reach, words[, {', '.join(optional)}]")
    return UnitContext(entry["unit"], _check(entry["kind"], KINDS, "kind", where), int(entry["reach"]),
                       tuple(unique(entry["words"], where)), bool(entry.get("at_clause_end", False)),
                       tuple(unique(entry.get("after", []), where)), bool(entry.get("fractional", False)),
                       bool(entry.get("qualified", False)),
                       tuple(unique(entry.get("not_after", []), where)),
                       tuple(unique(entry.get("not_before", []), where)), Decimal(str(entry.get("factor", 1))),
                       tuple(unique(entry.get("not_between", []), where)), bool(entry.get("chain", False)),
                       bool(entry.get("chain_semicolons", False)),
                       bool(entry.get("digits", False)), bool(entry.get("ranged", False)),
                       tuple(unique(entry.get("run_after", []), where)), int(entry.get("run_below", 0)),
                       tuple(unique(entry.get("quoted_after", []), where)), bool(entry.get("denominator", True)))


@cache
def compounds() -> Compounds:
    data = _toml("compound_units.toml")
    where = "compound_units.toml"
    expected = {"separators", "per", "per_numerator_kinds", "per_reach", "exchange", "rates", "kinds", "quotes",
                "per_any", "per_any_kinds", "money_per", "denominators", "commodity_quotes", "commodity_reach",
                "commodity_amounts", "commodity_not_after", "commodity_carried_by", "per_speed", "share_quotes",
                "share_markets", "share_dividends", "rates_before", "denominator_aliases"}
    if set(data) != expected:
        raise LexiconError(f"{where}: keys {sorted(data)} are not {sorted(expected)}")
    kinds = tuple(CompoundKind(row["numerator"], row["denominator"], _check(row["kind"], KINDS, "kind", where))
                  for row in data["kinds"])
    if not kinds or kinds[-1].numerator != "*" or kinds[-1].denominator != "*":
        raise LexiconError(f"{where}: the last [[kinds]] row must be */* (every compound has a kind)")
    if any("价" not in word for word in data["share_quotes"]):
        raise LexiconError(f"{where}: every word of share_quotes names a 价 (resolve.py looks for it first)")
    # 时速 → 小时; 每度 under money → 千瓦时; 金价 → 盎司; t → 吨
    for table in ("rates", "rates_before", "money_per", "commodity_quotes", "denominator_aliases"):
        for surface, denominator in data[table].items():
            if denominator not in units() and denominator not in unit_contexts():  # (桶 is read by context)
                raise LexiconError(f"{where}: [{table}] {surface!r} names unknown unit {denominator!r}")
    return Compounds(tuple(unique(data["separators"], where)), data["per"], data["exchange"],
                     frozenset(_check(k, KINDS, "kind", where) for k in data["per_numerator_kinds"]),
                     int(data["per_reach"]), dict(data["rates"]), kinds, tuple(unique(data["quotes"], where)),
                     frozenset(unique(data["per_any"], where)),
                     frozenset(_check(k, KINDS, "kind", where) for k in data["per_any_kinds"]), dict(data["money_per"]),
                     {s: _check(k, KINDS, "kind", where) for s, k in data["denominators"].items()},
                     dict(data["commodity_quotes"]), int(data["commodity_reach"]),
                     tuple(unique(data["commodity_amounts"], where)), data["commodity_not_after"],
                     tuple(unique(data["commodity_carried_by"], where)), tuple(unique(data["per_speed"], where)),
                     tuple(unique(data["share_quotes"], where)), tuple(unique(data["share_markets"], where)),
                     tuple(unique(data["share_dividends"], where)), dict(data["rates_before"]),
                     dict(data["denominator_aliases"]))


# ----------------------------------------------------------------------------------- qualifiers, changes

POSITIONS = ("before", "inside", "after", "magnitude", "tenths", "bound")


@cache
def qualifiers() -> dict[tuple[str, str], str]:
    """(position, surface) → approx. Positions: before the number (约), inside it between number and unit
    (1.2万余个), after it (以上), before a magnitude without a digit only (上千个), before a number of tenths only
    (过三成), or a comparative bounding the number right after it (低于500米: looked for once a figure is found, its
    characters too common to open the figure pattern)."""
    rows = _qualifier_rows()
    if any(row["position"] == "bound" and not row["surface"].endswith("于") for row in rows):
        raise LexiconError("qualifiers.csv: a bound ends in 于 (find.py looks for one only there)")
    return {(_check(row["position"], POSITIONS, "position", "qualifiers.csv"), row["surface"]):
            _check(row["approx"], APPROX, "approx", "qualifiers.csv") for row in rows}


def qualifier_surfaces(position: str) -> list[str]:
    """The surfaces of one position, as listed."""
    return [surface for (pos, surface) in qualifiers() if pos == position]


def _qualifier_rows() -> list[dict[str, str]]:
    return _csv("qualifiers.csv", ("surface", "position", "approx", "not_after", "not_before", "note"),
                ("position", "surface"))


@cache
def qualifier_not_after(positions: tuple[str, ...] | None = None) -> dict[str, str]:
    """A before-qualifier that is the tail of a word is no qualifier: 节约, 制约, 最近 (characters before it); read for
    the ``positions`` given, else all (过 before a magnitude not after 度 — 度过百年 —, before tenths it may be: 进度过八成)."""
    return {row["surface"]: row["not_after"] for row in _qualifier_rows()
            if row["not_after"] and (positions is None or row["position"] in positions)}


@cache
def qualifier_not_before() -> dict[str, tuple[str, ...]]:
    """An after- or inside-qualifier that starts a word is no qualifier: 内资, 来自 (what follows it)."""
    return {row["surface"]: _traps(row["not_before"]) for row in _qualifier_rows() if row["not_before"]}


def _changes_rows() -> list[dict[str, str]]:
    rows = _csv("changes.csv", ("surface", "sign", "approx", "noun", "rates_only", "object", "note"), "surface")
    for row in rows:
        _check(row["sign"], ("1", "-1", "0"), "sign", f"changes.csv {row['surface']!r}")
        _check(row["noun"], ("", "yes", "rate", "amount"), "noun", f"changes.csv {row['surface']!r}")
        _check(row["rates_only"], ("", "yes"), "rates_only", f"changes.csv {row['surface']!r}")
        _check(row["object"], ("", "yes"), "object", f"changes.csv {row['surface']!r}")
        if row["approx"]:
            _check(row["approx"], APPROX, "approx", f"changes.csv {row['surface']!r}")
    return rows


@cache
def changes() -> dict[str, int]:
    """Change words with their sign: 增长 → 1, 收窄 → -1 (the words of no change are :func:`no_change`)."""
    return {row["surface"]: int(row["sign"]) for row in _changes_rows() if row["sign"] != "0"}


@cache
def amount_nouns() -> frozenset[str]:
    """Change nouns that name an increase in the figure's own unit (增量为5亿元; not of change_nouns, which name rates),
    never a change after its figure: 24.1%的增量 is a share of one."""
    return frozenset(row["surface"] for row in _changes_rows() if row["noun"] == "amount")


@cache
def change_nouns() -> frozenset[str]:
    """Change words that name a rate (增幅, 跌幅): 为 after them gives the change (跌幅为1.27%), while 为 after a
    verb gives the level reached (下降为2.67%)."""
    return frozenset(row["surface"] for row in _changes_rows() if row["noun"] in ("yes", "rate"))


@cache
def stated_rates() -> frozenset[str]:
    """Change nouns that name a rate of growth (增速, 年增率): a percentage stated as theirs (用电量增速分别为11.27%) is
    a rate stated as a value — a level, its sign in the text — unless a base says what it is reckoned on (同比增速5.4%)."""
    return frozenset(row["surface"] for row in _changes_rows() if row["noun"] == "rate")


@cache
def rate_changes() -> frozenset[str]:
    """Change words that change a rate only (加快, 收窄): before a count (加快6个电站建设) they change nothing."""
    return frozenset(row["surface"] for row in _changes_rows() if row["rates_only"])


@cache
def object_changes() -> frozenset[str]:
    """Change verbs whose object may stand between them and a percent, which is then the change (上调价格10%,
    降低企业成本10%: raised, cut by)."""
    return frozenset(row["surface"] for row in _changes_rows() if row["object"])


# The kinds a rate is written in: what 加快, 收窄 … may change.
RATE_KINDS = frozenset({"percent", "percentage_point", "basis_point", "permille", "multiple"})
# …and what a change word of rates only (扬, 软, 泻, 弹) may change: a market's points too (恒指揚449點).
RATE_CHANGE_KINDS = RATE_KINDS | {"index"}


@cache
def no_change() -> dict[str, str | None]:
    """Words that state a change of zero, a figure of their own (持平, 基本持平 → about)."""
    return {row["surface"]: row["approx"] or None for row in _changes_rows() if row["sign"] == "0"}


@cache
def bases() -> dict[str, str]:
    return _Bases({row["surface"]: _check(row["basis"], BASES, "basis", "bases.csv") for row in _bases_rows()})


class _Bases(dict):
    """Base words by surface; a surface matched with a PDF's space after its 比/较 (比 上年) is looked up without it."""

    def __missing__(self, key: str) -> str:
        bare = key.replace(" ", "").replace("\u3000", "")
        if bare == key:
            raise KeyError(key)
        return self[bare]


def _bases_rows() -> list[dict[str, str]]:
    """bases.csv's rows, read by ``bases`` and ``bases_pattern`` (each cached; kept apart so that a test can replace
    the file and clear one cache)."""
    return _csv("bases.csv", ("surface", "basis", "not_after", "not_before"), "surface")


@cache
def bases_pattern() -> str:
    """Any base word of bases.csv, longest first, each refused right after a character of its `not_after`
    (Taiwan's 年增 is year on year; 今年增长 holds no base) or before one of its `not_before` (年降水量)."""
    rows = _bases_rows()
    out = []
    for row in sorted(rows, key=lambda r: len(r["surface"]), reverse=True):
        surface = row["surface"]
        # the guard after the first character, so that the pattern still opens with a literal (the regex engine
        # then looks only where that character stands)
        guard = f"(?<![{re.escape(row['not_after'])}]{re.escape(surface[0])})" if row["not_after"] else ""
        spaced = "[ \u3000]?" if surface[0] in "比较較" and len(surface) > 1 else ""  # (比 上年增长7.2%: a PDF's space)
        ahead = f"(?![{re.escape(row['not_before'])}])" if row.get("not_before") else ""  # (年降水量: no 年降)
        out.append(re.escape(surface[0]) + guard + spaced + re.escape(surface[1:]) + ahead)
    return "|".join(out)


@cache
def comparisons() -> Comparisons:
    data = _toml("comparisons.toml")
    where = "comparisons.toml"
    for table in ("comparatives", "comparatives_before"):
        for word, sign in data[table].items():
            if sign not in (1, -1):
                raise LexiconError(f"{where}: [{table}] {word!r} must be 1 or -1")
    patterns = unique(data["time_bases"]["patterns"], where)
    if set(data) != {"openers", "closers", "adverbs", "not_openers", "not_changes", "comparatives",
                     "comparatives_before", "time_bases", "narrow_before"}:
        raise LexiconError(f"{where}: unexpected tables {sorted(data)}")
    for pattern in patterns:
        re.compile(pattern)
    return Comparisons(tuple(unique(data["openers"], where)), tuple(unique(data["closers"], where)),
                       tuple(unique(data["adverbs"], where)), tuple(unique(data["not_openers"], where)),
                       dict(data["comparatives"]), dict(data["comparatives_before"]),
                       "|".join(f"(?:{p})" for p in patterns), tuple(unique(data["not_changes"], where)),
                       {w: tuple(unique(b, where)) for w, b in data["narrow_before"].items()})


@cache
def not_figures() -> tuple[str, ...]:
    return tuple(_lines("not_figures.txt"))


# -------------------------------------------------------------------------------------------- characters


@cache
def punctuation() -> Punctuation:
    """The punctuation table (clause and sentence breaks, brackets, range dashes, list separators, spaces,
    full-width forms), for the engine and for etl/context."""
    data = _toml("punctuation.toml")
    where = "punctuation.toml"
    chars = {}
    for name in ("clause_breaks", "sentence_breaks", "full_stops", "brackets", "spaces", "full_width", "colons"):
        items = unique(data[name], f"{where} {name}")
        if any(len(item) != 1 for item in items):
            raise LexiconError(f"{where}: {name} holds single characters only")
        chars[name] = "".join(items)
    if len(chars["brackets"]) % 2:
        raise LexiconError(f"{where}: brackets come in pairs (opening, closing)")
    if not set(chars["full_stops"]) <= set(chars["sentence_breaks"]) <= set(chars["clause_breaks"]):
        raise LexiconError(f"{where}: every full stop is a sentence break, every sentence break a clause break")
    for ch in chars["full_width"]:
        if not 0xFF01 <= ord(ch) <= 0xFF5E:
            raise LexiconError(f"{where}: {ch!r} is no full-width form")
    dashes = tuple(sorted(unique(data["range_dashes"], where), key=len, reverse=True))
    alike = tuple(data.get("look_alikes", {}).items())
    for ch, ascii_ch in alike:
        if len(ch) != 1 or ch.isascii() or len(ascii_ch) != 1 or not ascii_ch.isascii():
            raise LexiconError(f"{where}: look-alike {ch!r} = {ascii_ch!r} is not one character for one ASCII character")
    return Punctuation(chars["clause_breaks"], chars["sentence_breaks"], chars["full_stops"], chars["brackets"], dashes,
                       frozenset(unique(data["list_separators"], where)), chars["spaces"], chars["full_width"],
                       chars["colons"], alike)


@cache
def normalization() -> dict[int, str]:
    """One character for one: full-width forms to ASCII (punctuation.toml), traditional characters to
    simplified (traditional.tsv). The engine matches on the normalised text and cuts mentions from the
    original, so offsets hold."""
    table = {ord(ch): chr(ord(ch) - 0xFEE0) for ch in punctuation().full_width if ch != "，"}
    table.update({ord(ch): ascii_ch for ch, ascii_ch in punctuation().look_alikes})
    pairs = [line.split("\t") for line in _lines("traditional.tsv")]
    for pair in pairs:
        if len(pair) != 2 or len(pair[0]) != 1 or len(pair[1]) != 1 or pair[0] == pair[1]:
            raise LexiconError(f"traditional.tsv: bad line {pair!r}")
    unique([t for t, _ in pairs], "traditional.tsv")
    table.update({ord(t): s for t, s in pairs})
    return table


@cache
def traditional() -> dict[int, str]:
    """The ideographs of normalization() alone (traditional.tsv: 機 → 机), without its full-width digits and marks."""
    return {k: v for k, v in normalization().items() if 0x3400 <= k <= 0x9FFF or k >= 0x20000}


def alternation(surfaces, guards: dict[str, str] | None = None) -> str:
    """A regex alternation of ``surfaces`` that tries the longest first (万人次 before 万人), each surface followed by
    its pattern in ``guards`` (a lookahead refusing its traps). Written as a trie (万(?:人(?:次|)|元)): a regex tries
    the alternatives of a plain list one by one at every position, a trie only the one its next character opens."""
    trie: dict = {}
    for surface in surfaces:
        node = trie
        for char in surface:
            node = node.setdefault(char, {})
        node[""] = (guards or {}).get(surface, "")
    return _trie_pattern(trie, root=True)[0] if trie else "(?!)"


def _trie_pattern(node: dict, root: bool = False) -> tuple[str, bool]:
    """The pattern of a trie's node, and whether it is an alternation (to be grouped after a prefix). Below the root,
    the surfaces ending in one more character are one character class; at the root every alternative opens with its
    character, which lets a search skip to the characters that may start a match."""
    branches, chars = [], []
    for char in sorted(key for key in node if key):
        child = node[char]
        if child == {"": ""} and not root:
            chars.append(char)  # a surface ends here, unguarded: one character class for all of them
            continue
        tail, alternatives = _trie_pattern(child)
        branches.append(re.escape(char) + (f"(?:{tail})" if alternatives else tail))
    if chars:
        branches.append(re.escape(chars[0]) if len(chars) == 1 else f"[{''.join(re.escape(c) for c in chars)}]")
    if "" in node:
        branches.append(node[""])  # the shorter surface after every longer one
    return "|".join(branches), len(branches) > 1
