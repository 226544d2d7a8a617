"""Indicators: which catalogued metric a figure is a value of (etl/lexicon/indicators.toml).

A phrase of the catalogue governs a figure when it stands before it in the same clause with only connecting words
between ("地区生产总值增长5%左右"), and the figure has the indicator's form (kind, unit, measure): among the
indicators a phrase names (gdp and gdp_growth share 地区生产总值) the one whose form fits is taken, else none. A
figure no phrase governs may take the indicator of the figure before it in the same sentence when only connecting
words stand between them ("从4.16万亿元增加到5.67万亿元", "达到134.9万亿元，增长5%": the level's growth rate).
A phrase naming several indicators ("城乡居民人均可支配收入分别增长4.4%、5.6%") gives them to a list of figures in
order. Nothing is guessed: a figure no phrase governs keeps no indicator.
"""

from __future__ import annotations

import re
import string
import tomllib
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, lru_cache

from etl.context import metric, reference, regions
from etl.context.phrases import Phrases
from etl.figures import Fact, lexicon

CATALOGUE_FILE = "indicators.toml"
MEASURES = ("level", "change", "any")
DIRECTIONS = ("up", "down", "none")
_PUNCTUATION = lexicon.punctuation()
CLAUSE_BREAKS = frozenset(_PUNCTUATION.clause_breaks)
_SENTENCE_BREAKS = frozenset(_PUNCTUATION.sentence_breaks)
_PARTNER = re.compile(r"对|与[^，、]{1,16}?(?:的|间|实现|完成)")  # (与“一带一路”沿线国家及地区实现外贸进出口总额)
_FIELDS = {"id", "name", "phrases", "like", "not_after", "partners", "kind", "unit", "units", "also", "measure", "topic",
           "additive", "accumulates", "flow", "year_end", "direction", "description", "shares", "index_base"}
_REQUIRED = ("id", "name", "kind", "unit", "measure", "topic", "additive", "direction", "description")


class CatalogueError(ValueError):
    """indicators.toml is malformed: a duplicate id, an unknown field, kind, topic or reference."""


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str
    name: str
    phrases: tuple[str, ...]  # its own and those of the indicator it is `like`
    not_after: tuple[str, ...]
    partners: bool  # a partner named before the phrase (对东盟…) makes the figure a part of it
    kind: str
    unit: str
    factors: dict[str, Decimal]  # unit → factor to `unit` (the unit itself: 1)
    also: tuple[str, ...]  # units accepted but kept apart
    measure: str
    topic: str
    additive: bool
    accumulates: bool  # its value over several years is their sum (new jobs, investment): 五年来 … is cumulative
    direction: str
    description: str
    family: str  # the id of the level it is a growth of (`like`), else its own
    flow: bool = False  # a value is of a time, not at a moment (生产总值 of a year): 年末 dates no flow
    shares: dict[str, str] = field(default_factory=dict)  # whole → the indicator its share of it is (gdp: 研发经费 →
    # rd_intensity; population: 城镇常住人口 → urbanization_rate)
    year_end: bool = False  # a stock counted at the year's end: an earlier sentence's 年末 dates it (see reference)
    index_base: Decimal | None = None  # a rise also told as an index of the year before (上年=100): a level at or above
    # half of it is that index (居民消费价格总指数为102.1%), not the rise

    @property
    def stock(self) -> bool:
        """A level that does not add up over time (粮食播种面积, not 城镇新增就业): what was added to it is none of it."""
        return self.measure == "level" and not self.accumulates

    def fits(self, fact: Fact, measure: str | None = None) -> bool:
        """Has the figure this indicator's form? ``measure`` overrides the figure's own (a phrase that says 增长)."""
        if fact.unit not in self.factors and fact.unit not in self.also:
            return False
        if self.index_base is not None and (measure or fact.measure) == "level" and fact.value >= self.index_base / 2:
            return False  # 居民消费价格总指数为102.1%（上年=100）: an index of the year before, not a rise of 102.1 %
        if fact.basis == "mom" and self.measure in ("change", "any") and (measure or fact.measure) == "change":
            return False  # 环比增长32.13%, 居民消费价格环比上涨0.6%: on the month or quarter before, no growth or price rise
            # the catalogue keeps (on the year before)
        return self.measure == "any" or (measure or fact.measure) == self.measure


@dataclass(frozen=True, slots=True)
class Catalogue:
    indicators: dict[str, Indicator]
    by_phrase: dict[str, tuple[str, ...]]  # phrase → ids naming it
    splits: dict[str, tuple[str, ...]]  # phrase → families, in list order
    after: dict[str, str]  # phrase that names the figure before it → the family it names
    phrases: Phrases  # every phrase and split phrase
    gap_re: re.Pattern[str]
    after_re: re.Pattern[str]
    predicate_starts: tuple[str, ...] = ()  # 屡, 仍, 总体平稳 …: what opens a predicate right after a subject
    opening_only: frozenset[str] = frozenset()  # phrases that govern only as their clause's subject (出口)
    scope_re: re.Pattern[str] = re.compile("")  # what may stand before such a phrase: gap words, 全省 …
    after_verbs: dict[str, tuple[str, ...]] = field(default_factory=dict)  # an after phrase's verbs, one needed
    old_yuan_before: str | None = None  # documents dated before it count money in the old yuan
    whole: dict[str, str] = field(default_factory=dict)  # split phrase → the family one figure alone is a value of
    region_parts: tuple[str, ...] = ()  # words naming a part of a region before a phrase (县域, 市区): no value of it
    bare_heads: frozenset[str] = frozenset()  # phrases without their measure's noun (规模以上工业): a subject only
    per_person: tuple[str, ...] = ()  # 人均, 每万人拥有 …: before a phrase, a measure per person, not the total
    regional: dict[str, str] = field(default_factory=dict)  # phrase → the family it names below the country


def in_old_yuan(fact: Fact, date: str | None, precision: str | None = None) -> bool:
    """Is ``fact`` money of the old yuan: 元 in a document dated before the redenomination (a year-only date counts
    as its year's end: the 1955 report, of July, is in new yuan)?"""
    before = catalogue().old_yuan_before
    if before is None or date is None or fact.kind != "money" or fact.unit != "元":
        return False
    return (f"{date[:4]}-12-31" if precision == "year" or len(date) == 4 else date) < before


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _indicator(entry: dict, raw: dict[str, dict], kinds: set[str], topics: set[str]) -> Indicator:
    unknown = set(entry) - _FIELDS
    missing = [f for f in _REQUIRED if f not in entry]
    if unknown or missing:
        raise CatalogueError(f"{CATALOGUE_FILE}: {entry.get('id')!r}: unknown {sorted(unknown)}, missing {missing}")
    like = entry.get("like")
    if like is not None and like not in raw:
        raise CatalogueError(f"{CATALOGUE_FILE}: {entry['id']!r} is like unknown {like!r}")
    phrases = tuple(entry.get("phrases", ())) + (tuple(raw[like].get("phrases", ())) if like else ())
    if not phrases:
        raise CatalogueError(f"{CATALOGUE_FILE}: {entry['id']!r} has no phrase")
    checks = {"kind": (entry["kind"], kinds), "topic": (entry["topic"], topics), "measure": (entry["measure"], MEASURES),
              "direction": (entry["direction"], DIRECTIONS)}
    for field, (value, allowed) in checks.items():
        if value not in allowed:
            raise CatalogueError(f"{CATALOGUE_FILE}: {entry['id']!r} has unknown {field} {value!r}")
    factors = {entry["unit"]: Decimal(1)} | {u: Decimal(str(f)) for u, f in entry.get("units", {}).items()}
    if entry["unit"] == "%" and entry["measure"] == "change":
        factors.setdefault("倍", Decimal(100))  # 增长1.71倍 is a rise of 171 %
    not_after = tuple(entry.get("not_after", ())) + (tuple(raw[like].get("not_after", ())) if like else ())
    partners = bool(entry.get("partners", raw[like].get("partners", False) if like else False))
    return Indicator(entry["id"], entry["name"], phrases, not_after, partners, entry["kind"], entry["unit"], factors,
                     tuple(entry.get("also", ())), entry["measure"], entry["topic"], bool(entry["additive"]),
                     bool(entry.get("accumulates", False)), entry["direction"], entry["description"], like or entry["id"],
                     bool(entry.get("flow", False) or entry.get("accumulates", False)), dict(entry.get("shares", {})),
                     bool(entry.get("year_end", False)),
                     Decimal(str(entry["index_base"])) if "index_base" in entry else None)


def load_catalogue(text: str, kinds: set[str], topics: set[str], verbs: tuple[str, ...] = ()) -> Catalogue:
    """Parse and validate a catalogue (the text of indicators.toml); ``verbs`` may also stand in a gap."""
    data = tomllib.loads(text)
    raw: dict[str, dict] = {}
    for entry in data.get("indicator", []):
        if entry.get("id") in raw:
            raise CatalogueError(f"{CATALOGUE_FILE}: duplicate id {entry.get('id')!r}")
        raw[entry["id"]] = entry
    indicators = {i: _indicator(e, raw, kinds, topics) for i, e in raw.items()}
    for ind in indicators.values():
        for whole, share in ind.shares.items():
            if whole not in _SHARES or share not in indicators:
                raise CatalogueError(f"{CATALOGUE_FILE}: {ind.id!r} has an unknown share {whole!r} = {share!r}")
    by_phrase: dict[str, list[str]] = {}
    for ind in indicators.values():
        for phrase in ind.phrases:
            if ind.id in by_phrase.setdefault(phrase, []):
                raise CatalogueError(f"{CATALOGUE_FILE}: {ind.id!r} lists {phrase!r} twice")
            by_phrase[phrase].append(ind.id)
    heads = data["gap"].get("verbs_before_head", {})
    for phrase, ids in list(by_phrase.items()):  # 农村贫困人口减少 → 农村贫困人口比上年减少: a base before the verb
        verb = next((v for v in verbs if phrase.endswith(v) and len(phrase) > len(v)), None)
        for base in data["gap"].get("bases_inside", ()) if verb else ():
            by_phrase.setdefault(phrase[: -len(verb)] + base + verb, list(ids))
        head = next((h for h in heads.get("heads", ()) if phrase.endswith(h) and len(phrase) > len(h)), None)
        for word in heads.get("verbs", ()) if head else ():  # 第一产业增加值 → 第一产业实现增加值
            by_phrase.setdefault(phrase[: -len(head)] + word + head, list(ids))
            for again in heads.get("repeated", ()):  # 规模以上工业增加值 → 规模以上工业实现工业增加值, 规模以上工业企业完成
                if phrase[: -len(head)].endswith(again):  # 工业增加值 (the firms of the industry as its subject)
                    by_phrase.setdefault(phrase[: -len(head)] + word + again + head, list(ids))
                    by_phrase.setdefault(phrase[: -len(head)] + "企业" + word + again + head, list(ids))
                    by_phrase.setdefault(phrase[: -len(head)] + "企业" + word + head, list(ids))
                if phrase[: -len(head) - len(again)].endswith("企业"):  # 规模企业完成工业增加值
                    by_phrase.setdefault(phrase[: -len(head) - len(again)] + word + again + head, list(ids))
        total = next((h for h in data["gap"].get("totals_before_head", ()) if phrase.endswith(h)
                      and len(phrase) > len(h) and phrase[-len(h) - 1] != "总"), None)
        if total is not None:  # 铁路运营里程 → 铁路运营总里程
            by_phrase.setdefault(phrase[: -len(total)] + "总" + total, list(ids))
    for phrase, ids in list(by_phrase.items()):  # 占国内生产总值比重 → 占地区生产总值的比重
        variants = {phrase}
        for one, other in data["gap"].get("same_words", ()):
            variants |= {v.replace(a, b) for v in variants for a, b in ((one, other), (other, one))
                         if a in v and b not in v}
        for variant in variants - {phrase}:
            by_phrase.setdefault(variant, list(ids))
    splits, whole = {}, {}
    for entry in data.get("split", []):
        for family in [*entry["ids"], *([entry["whole"]] if "whole" in entry else [])]:
            if family not in indicators:
                raise CatalogueError(f"{CATALOGUE_FILE}: split names unknown {family!r}")
        for phrase in entry["phrases"]:
            splits[phrase] = tuple(entry["ids"])
            if "whole" in entry:
                whole[phrase] = indicators[entry["whole"]].family
    after, after_verbs = {}, {}
    for entry in data.get("after", []):
        if entry["id"] not in indicators:
            raise CatalogueError(f"{CATALOGUE_FILE}: [[after]] names unknown {entry['id']!r}")
        after |= {phrase: indicators[entry["id"]].family for phrase in entry["phrases"]}
        after_verbs |= {phrase: tuple(entry["verbs"]) for phrase in entry["phrases"] if entry.get("verbs")}
    regional = {}
    for phrase, family in data.get("regional", {}).items():
        if family not in indicators or phrase not in by_phrase:
            raise CatalogueError(f"{CATALOGUE_FILE}: [regional] {phrase!r} = {family!r} names no phrase or indicator")
        regional[phrase] = indicators[family].family
    gap = data["gap"]
    gap_alternatives = f"{_alternation([*gap['words'], *verbs])}|{'|'.join(gap['patterns'])}"
    gap_re = re.compile(f"(?:{gap_alternatives})*")
    phrases = Phrases([*by_phrase, *splits])
    after_re = re.compile(f"(?:{_alternation(gap['after_lead'])})?(?P<phrase>{_alternation(after)})"
                          f"(?!人口|户|村|县|攻坚|地区|群众|劳动力|对象|家庭|人员|农户|学生|妇女|不稳定|后|监测|青年|儿童|成果)"
                          if after else "(?!)")  # (not 13.2万脱贫人口实现稳岗就业: the phrase the head of a noun)
    return Catalogue(indicators, {p: tuple(ids) for p, ids in by_phrase.items()}, splits,
                     after, phrases, gap_re, after_re, tuple(gap.get("predicate_starts", ())),
                     frozenset(gap.get("opening_only", ())),
                     re.compile(f"(?:{_alternation(gap.get('scope_words', ()))}|{gap_alternatives})*"), after_verbs,
                     data.get("currency", {}).get("old_yuan_before"), whole, tuple(gap.get("region_parts", ())),
                     frozenset(gap.get("bare_heads", ())), tuple(gap.get("per_person", ())), regional)


@cache
def catalogue() -> Catalogue:
    from etl.context.topics import topics
    from etl.figures.model import KINDS

    text = lexicon.read_text(CATALOGUE_FILE)
    return load_catalogue(text, set(KINDS), {t.slug for t in topics()}, (*_change_words(), *_base_words()))


def indicator(indicator_id: str) -> Indicator:
    return catalogue().indicators[indicator_id]


def regional(indicator_id: str, label: str) -> str | None:
    """The indicator a phrase of ``label`` names for a region below the country instead of ``indicator_id`` ([regional]:
    a province's 公共财政收入 is its general budget revenue), of the same measure; None when it names the same."""
    cat = catalogue()
    found = cat.indicators[indicator_id]
    family = next((f for phrase, f in cat.regional.items() if phrase in label and indicator_id in cat.by_phrase[phrase]
                   and not any(other in label and other not in phrase for other, ids in cat.by_phrase.items()
                               if indicator_id in ids)), None)  # (not 财政总收入、公共财政收入分别…: the list's own)
    if family is None or family == found.family:
        return None
    return next((i.id for i in cat.indicators.values() if i.family == family and i.measure == found.measure), None)


# --- attribution ----------------------------------------------------------------------------------------------------


_UPPER = str.maketrans(string.ascii_lowercase, string.ascii_uppercase)  # (the catalogue writes its Latin in capitals)


@lru_cache(maxsize=2048)
def _hits(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Catalogue phrases in a sentence: (start, end, phrase), leftmost-longest, in order, Latin letters in any case (gdp
    is GDP); a name with its abbreviation in brackets after it is one phrase (工业生产者出厂价格(PPI), 地区生产总值（GDP）)."""
    cat = catalogue()
    hits = list(cat.phrases.longest(sentence.translate(_UPPER)))  # (a PDF's spaces are gone: pipeline._without_layout_spaces)
    for k in range(len(hits) - 1, 0, -1):
        (start, end, phrase), (inner, inner_end, abbreviation) = hits[k - 1], hits[k]
        if inner == end + 1 and sentence[end] in "(（" and sentence[inner_end : inner_end + 1] in (")", "）") and \
                set(cat.by_phrase.get(phrase, ())) & set(cat.by_phrase.get(abbreviation, ())):
            hits[k - 1 : k + 1] = [(start, inner_end + 1, phrase)]
    for aside in _INNER_ASIDE.finditer(sentence):  # (rare: in one step where a sentence has none)
        cut, width = aside.start(), aside.end() - aside.start()
        joined = (sentence[:cut] + sentence[aside.end() :]).translate(_UPPER)
        across = [(start, end + width, phrase) for start, end, phrase in cat.phrases.longest(joined) if start < cut < end]
        if across:
            start, end, _ = across[0]
            hits = sorted([h for h in hits if h[1] <= start or h[0] >= end] + across)
    return tuple(hits)


# A definition in brackets inside a phrase, a figure in it (规模以上（年主营业务收入2000万元及以上）工业增加值, 规模以上工业
# （…）增加值): the phrase is read across it.
_INNER_ASIDE = re.compile(r"(?<=[\u4e00-\u9fff])[（(][^（()）]{0,40}?[0-9０-９][^（()）]{0,40}[)）](?=[\u4e00-\u9fff])")


def _in_family(family: str, fact: Fact, measure: str | None = None) -> str | None:
    """The indicator of ``family`` (a level and its growth rate) whose form the figure has."""
    found = [i.id for i in catalogue().indicators.values() if i.family == family and i.fits(fact, measure)]
    return found[0] if len(found) == 1 else None


@cache
def _change_words() -> tuple[str, ...]:
    from etl.figures.lexicon import changes

    return tuple(w for w in changes() if len(w) > 1)


def _base_words() -> tuple[str, ...]:
    """What a change is against (同比, 按年, Taiwan's 年增): a gap word, as a change verb is (GDP年增7.64%)."""
    from etl.figures.lexicon import bases

    return tuple(bases())


def _phrase_measure(phrase: str) -> str | None:
    """A phrase that holds a change word names a change, whatever the figure's own wording ("经济增长预期目标为5%")."""
    return "change" if any(w in phrase for w in _change_words()) else None


def _gap_measure(sentence: str, start: int, end: int) -> str | None:
    """A rate word between a phrase and its figure names the phrase's change (固定资产投资增长幅度由上年的58.6%…)."""
    gap = sentence[start:end]
    return "change" if any(w in gap for w in _rate_words()) else None


@cache
def _rate_words() -> tuple[str, ...]:
    from etl.figures.lexicon import amount_nouns, change_nouns

    return (*change_nouns(), *amount_nouns(), "增长幅度", "增长速度", "增长率", "增长目标", "增速目标", "增长的预期目标", "增长的目标",
            "增长预期目标")  # GDP预期增长目标在6%左右, 地区生产总值增长的预期目标为8%左右


_GOAL_REACHED = re.compile("完成|实现|达到")  # (完成年度目标102%: the share of the goal reached, no growth)
_SHARE_GAP = re.compile("占|比重|比例|排名|位次")  # (a table's 占全省比重 column: a share, no growth)


def _starts_list(sentence: str, figures: list[Placed], k: int) -> bool:
    """Is figure k followed by another joined to it by 、/和 (a list of figures)?"""
    return k + 1 < len(figures) and _PUNCTUATION.is_list_gap(sentence[figures[k].end : figures[k + 1].start])


@dataclass(frozen=True, slots=True)
class Placed:
    """A figure as the attribution reads it: offsets relative to its sentence."""

    fact: Fact
    start: int
    end: int
    refers_to: int | None = None  # the figure of the same sentence a change qualifies (its index in the list)


# A sector or a kind of firm named right before a phrase (a list of them too): its part of the whole the phrase names.
_SECTOR_BEFORE = re.compile(r"(?:产业|行业|制造业|服务业|建筑业|旅游|加工业?|民营|私营|国有|外资|经济|技术|领域|企业|集群|板块)"
                            r"(?:[和、及与][^，,；;。和、及与]{1,8}?(?:产业|行业|制造业|服务业|经济|技术|领域|企业|集群|板块))?$")
# …but not a place's or the nation's economy (中国经济GDP, 我省经济生产总值, 国民经济), science (科学技术研发经费), nor the
# firms an indicator is of (外商投资企业实际使用外资, 外贸企业进出口总额)
_WHOLE_BEFORE = re.compile(r"(?:[省市县区国民]经济|科学技术|(?:外商投资|外资|外商|外贸|进出口)企业)$")


_PER_UNIT_NEAR = re.compile(r"(?:每亩|每人|亩均|每公顷|每户|户均)(?:平均)?(?:生产|占有|拥有|产|收获)?\Z")


def _per_capita(indicator: Indicator) -> bool:
    """Is the indicator's value one per person (人均可支配收入, 人均预期寿命)?"""
    return "人均" in indicator.name or indicator.id.endswith("_per_capita")


_INVESTMENT_TOPIC = "investment"
_LOCAL_PART_OF = {"general_budget_revenue": "fiscal_revenue", "general_budget_revenue_growth": "fiscal_revenue_growth"}


_OPENING_VALUE = 1  # where a value heading its measure may start (after a bullet's character at most)
_DASH_AFTER = re.compile(r"[ \u3000]*(?:——|—|－－|--|──)[ \u3000]*")
_DASHED_REACH = 4  # characters between the dash and the measure (全市, 县域)


def _governing(sentence: str, placed: Placed, previous_end: int = 0) -> list[tuple[int, int, str]]:
    """The phrases that govern a figure: the nearest before it, with only gap words between (clause commas
    included: "城镇居民家庭人均可支配收入，由1997年的5160元") or as the subject carried over to a clause that has
    none (_carried), and the phrases listed right before it with 、/和 ("一般公共预算收入、税收收入年均分别增长"),
    in order; empty when none does. ``previous_end``: where the sentence's figure before this one ends."""
    cat = catalogue()
    if placed.start <= _OPENING_VALUE and (dash := _DASH_AFTER.match(sentence, placed.end)) is not None:
        after = next((h for h in _hits(sentence) if h[0] >= dash.end()), None)
        if after is not None and after[0] - dash.end() <= _DASHED_REACH:
            return [after]  # 167.83亿元——经济总量稳步提升: a value heading its measure (数说 headings)
    before = [h for h in _hits(sentence) if h[1] <= placed.start]
    if not before:
        return []
    start, end, phrase = before[-1]
    if (aside := _VALUE_ASIDE.match(sentence, end)) is not None and (end + 1 == placed.start or aside.end() <= placed.start):
        end = placed.start if end + 1 == placed.start else aside.end()  # 地区生产总值（2392.67亿元）同比增长9.5%: the
        # value in brackets after the phrase is the phrase's, and so is what follows the brackets
    if cat.gap_re.fullmatch(sentence, end, placed.start) is None and not _carried(sentence, before[-1], placed,
                                                                                     previous_end) \
            and not ((each := _EACH.match(sentence, end)) and cat.gap_re.fullmatch(sentence, each.end(), placed.start)) \
            and not _place_item(sentence, end, placed) and not _place_series(sentence, before[-1], placed):
        return []
    ids = cat.by_phrase.get(phrase, ())
    if any(sentence[:start].endswith(word) for i in ids for word in cat.indicators[i].not_after):
        return []
    if _of_an_area(sentence, start):
        return []  # 京津冀地区生产总值104442亿元, 成渝地区双城经济圈实现地区生产总值…: an area of several places, no region's
    if "投资" in sentence[end : placed.start] and ids and not any(cat.indicators[i].topic == _INVESTMENT_TOPIC for i in ids):
        return []  # 第一产业完成投资27.6亿元，比上年同期下降56.6%: the sector's investment, not its value added
    if (sentence.endswith(cat.per_person, 0, start) or _PER_UNIT_NEAR.search(sentence, max(0, start - 8), start)) and \
            not any(_per_capita(cat.indicators[i]) for i in ids):
        return []  # 人均财政收入, 每万人拥有高新技术企业, 每亩生产粮食四百斤, 平均每人占有粮食: per person or mu, not the total
    if placed.fact.measure == "level" and sentence.endswith(_OBJECT_OF, 0, start):
        return []  # 共计减少财政收入五百二十亿元: an amount forgone, not the revenue
    breakdown = sentence.find("其中", placed.end)
    if phrase.endswith(_BUDGET_TOTALS) and (any(word in sentence[:start] for word in _TRANSFERS) or
                                            breakdown >= 0 and any(word in sentence[breakdown:] for word in _TRANSFERS)):
        return []  # 加上上级补助收入…后，一般公共预算总收入3,287.9亿元; 一般公共预算总收入81.9亿元，其中：…上级补助收入45.2亿元:
        # the funds to spend, transfers added, not the revenue
    own = regions.clause_start(sentence, start)
    if phrase in cat.opening_only and cat.scope_re.fullmatch(sentence, own, lead := _list_opening(sentence, before, own)) \
            is None and not _own_places_only(sentence[own:lead]):
        return []  # 机电产品出口增长…: 出口 names exports only as its clause's subject (or a list that is: 固定资产投资、进出口;
        # after a place's name: 中国出口5.4万亿元, 广东出口增长5%)
    part = sentence.startswith("其中", own)  # (其中规模以上工业增长6.1%)
    if phrase in cat.bare_heads and (
            (cat.scope_re.fullmatch(sentence, own + 2 * part, start) is None and not places_only(sentence[own:start])) or
            ((part or _BREAKDOWN_BEFORE.search(sentence, max(0, own - _BREAKDOWN_REACH), own)) and
             not _VALUE_ADDED_WHOLE.search(sentence, max(0, own - _WHOLE_REACH), own))):
        return []  # 用电量增长7.2%，其中，规模以上工业增长6.5%; 民间投资中，高技术制造业增长30.2%: a part of another measure
        # (not 规模以上工业增加值增长6.2%，其中，高技术制造业增长15.1%: of value added; 湖南省规模以上工业增长7.1%: a place's)
    if _NON.search(sentence, own, start):
        return []  # 非烟非能工业增加值, 非化石能源发电装机: what is left when something is taken out
    if _SIZE_CLASS_BEFORE.search(sentence, own, start) and not any(cat.indicators[i].topic == _INVESTMENT_TOPIC
                                                                   for i in ids):
        return []  # 规上高新技术企业, 限额以上商贸经营主体: the units above a size, a part (规模以上工业增加值 names itself;
        # 规模以上固定资产投资 is the whole as the bureau counts it, projects of 5 million yuan and more)
    if _SECTOR_BEFORE.search(sentence, own, start) and not _WHOLE_BEFORE.search(sentence, own, start):
        return []  # 高新技术和数字经济规上工业增加值, 民营企业进出口总额: a sector's part, not the whole
    if phrase.endswith("生产总值") and _named_area(sentence, own, start):
        return []  # 湘南地区生产总值, 示范区核心区生产总值: an area the gazetteer does not know, not the text's place
    noted = _NOTE_BEFORE.search(sentence, own, start)  # 市级(市本级、“三区”)一般公共预算收入: also past what it holds
    verb = next((v for v in _PART_VERBS if sentence.endswith(v, own, start)), "")  # 县域实现地区生产总值
    if _TOWN_BEFORE.search(sentence, own, start - len(verb)) or _region_part(sentence, own, start - len(verb)) or \
            (noted is not None and _region_part(sentence, own, noted.start())) or _SITE_BEFORE.search(sentence, own, start):
        return []  # 县域一般公共预算收入, 市区居民消费价格: a part of the region, not its whole (新市区 is a district);
        # 中央大街年接待游客, 鼓浪屿景区接待游客: a site's
    listed = start > own and _ADDED_OPENS.match(sentence, own) and _BARE_GAP.fullmatch(sentence, end, placed.start)
    if (_ADDED_BEFORE.search(sentence, own, start) or listed) and \
            all(cat.indicators[i].stock for i in ids):
        return []  # 全年新登记各类经营主体94.6万户; 新增…高新技术企业150家: an addition is no stock (a flow's is its value)
    if all(cat.indicators[i].stock for i in ids) and (part := _PART.search(sentence, max(0, start - 3), start)) and \
            _BUILT.search(sentence, regions.clause_start(sentence, max(0, part.start() - 1)), part.start()):
        return []  # 新增公路5万公里，其中高速公路3000公里: a part of what was added or built, no stock (not 公路里程549万公里，
        # 其中高速公路里程19万公里: a part of a stock, the stock of its own)
    if any(cat.indicators[i].partners for i in ids) and _PARTNER.search(sentence, regions.clause_start(sentence, start), start):
        return []  # 对东盟、共建“一带一路”国家进出口总额: trade with some partners
    if (aside := _BASIS_ASIDE.match(sentence, placed.end)) is not None and \
            any(word in aside.group() for i in ids for word in cat.indicators[i].not_after):
        return []  # 人均生产总值42171元(按户籍人口计算): what the phrase may not follow, said as the basis after the figure
    listed = [before[-1]]
    for hit in reversed(before[:-1]):
        if sentence[hit[1] : listed[0][0]] not in _LIST_GAPS:
            break
        listed.insert(0, hit)
    return listed


_BASIS_ASIDE = re.compile(r"[（(]按[^（()）]{1,14}[)）]")  # (按户籍人口计算; not (占全省的12.5%), (其中…))
_AREA_BLOC = re.compile(r"经济圈|经济带|城市群|都市圈|经济区")  # an area that joins places (a bloc)


def _of_an_area(sentence: str, start: int) -> bool:
    """Does an area of several places stand right before the phrase at ``start`` — gap words between at most, or its 地区
    the phrase's own (京津冀地区生产总值, 成渝地区双城经济圈实现地区生产总值) — not one a place's own name follows (长江经济带
    沿线重要节点城市宜昌市地区生产总值, 南京都市圈核心城市南京…)?"""
    own = regions.clause_start(sentence, start)
    found = None
    for found in _AREA_BLOC.finditer(sentence, own, start):
        pass
    ends = [found.end()] if found is not None else []
    ends += [at + len(word) for word in regions.area_words() if (at := sentence.rfind(word, own, start + 2)) >= 0]
    ends = [end + 2 if sentence.startswith(("区域", "地区"), end) and end + 2 <= start else end for end in ends]
    gap_re = catalogue().gap_re
    return any(end >= start or gap_re.fullmatch(sentence, end, start) for end in ends)  # (京津冀区域优良天数比率)


# A figure in brackets right after a phrase (…生产总值（2392.67亿元）, …收入(1.2万亿元)): its value, no note.
_VALUE_ASIDE = re.compile(r"[（(](?=(?:约|近|超|逾|超过)?\s?[0-9０-９])[^（()），,。；;、]{1,16}[)）]")  # (…收入(约 272 亿元))


# A town, township or street office before the phrase (瓜沥镇规上工业增加值, 宁围街道…, 北滘镇实现地区生产总值): a part of
# the county, which the gazetteer does not hold (not 城镇, 乡镇, 村镇 …: words, not names).
_TOWN_BEFORE = re.compile(r"[\u4e00-\u9fff](?<![城乡村集小重市各全本该我])(?:镇|乡|街道|苏木)\Z")


# A site of a place before the phrase (中央大街年接待游客超1亿人次, 某某古镇全年接待游客): its own figure, not the place's.
_SITE_BEFORE = re.compile(r"[\u4e00-\u9fff](?:大街|步行街|景区|古镇|公园|乐园|度假区|机场|口岸|码头|火车站|高铁站|博物馆|"
                          r"商圈|景点)(?:年|全年|今年|去年|当年|日均|单日|累计)?\Z")


def _region_part(sentence: str, own: int, end: int) -> bool:
    """Does a part of a region (县域, 市区, 区本级 …: region_parts) end at ``end``, not the end of a place's name?"""
    return sentence.endswith(catalogue().region_parts, own, end) and \
        not any(regions.is_place_name(sentence[k:end]) for k in range(max(own, end - 5), end - 2))


def _named_area(sentence: str, own: int, start: int) -> bool:
    """Does the name of an area the gazetteer does not know stand right before a product phrase (湘南地区生产总值,
    洞庭湖地区生产总值, 核心区生产总值) — a run of characters ending as such names do, and no gap or scope word, place,
    period or 全省/该市 ending there?"""
    run = _HAN_RUN.search(_AREA_NOTE.sub("", sentence[own:start]))  # 六县(市)生产总值
    if run is None:
        return False  # the common case: punctuation, a digit or nothing before the phrase
    text = run.group()
    if text[-1] not in _AREA_ENDS or text.endswith(("其中", "之中", "当中", "集中")):
        return False  # 提出地区生产总值, 其中地区生产总值: a verb or a word, not an area's name
    cat = catalogue()
    for i in range(len(text)):
        tail = text[i:]
        if cat.scope_re.fullmatch(tail) or _SCOPED.fullmatch(tail) or (len(tail) > 1 and regions.is_place_name(tail)):
            return False  # 实现地区生产总值, 全省地区生产总值, 一季度地区生产总值, 江北区地区生产总值 (a name of several places)
    return not any(start - 2 <= m.end <= start for m in regions.find_places(sentence[:start]))  # 湖南省, 浦东|新区


_PLANNED_REACH = 12
_BUDGET_TOTALS = ("总收入", "总支出")
_TRANSFERS = ("加上", "上级补助", "转移支付", "上年结转", "调入资金", "税收返还", "债务转贷", "返还性收入")
_PART_VERBS = ("实现", "完成", "共实现", "累计实现", "累计完成")  # between a part and its phrase: 县域实现地区生产总值
_NOTE_BEFORE = re.compile(r"[（(][^（()）]{1,12}[）)]$")  # 市级(市本级、“三区”): what a part holds
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,6}$")
_AREA_ENDS = frozenset("南北东西中部湖山江河海湾洲圈带区城州角潭片县市")  # how the names of areas end (湘南, 洞庭湖, 六县)
_AREA_NOTE = re.compile(r"[（(][^（()）]{1,4}[）)]$")  # 六县(市): what else the area holds
_SCOPED = re.compile(r"(?:全|该|本|我|各)[省市县区州旗盟镇乡]|(?:一|二|三|四|上|下)半?[年季]度?|前三季度|全年|当年|年末|年底")


# A part of a year or a year at the end or the start of the words before a phrase (江苏前9月, 2022年1-9月, 前三季度江苏).
_PART_OF_YEAR = (r"(?:[0-9０-９]{4}年)?(?:前[0-9０-９一二三四五六七八九十]{1,2}个?月|[0-9０-９]{1,2}[-—～~至][0-9０-９]{1,2}月份?"
                 r"|前三季度|[一二三四]季度|[上下]半年|全年)?")
_PART_OF_YEAR_LAST = re.compile(_PART_OF_YEAR + r"\Z")
_PART_OF_YEAR_FIRST = re.compile(_PART_OF_YEAR)


def _carried(sentence: str, hit: tuple[int, int, str], placed: Placed, previous_end: int) -> bool:
    """Does the subject of the clause or two before govern a figure whose own clause names none ("粮食产量屡创历史
    新高，去年达到1.09万亿斤", "外贸出口从7月份开始大幅度回升，全年达到1949亿美元")? The figure's clause holds
    only gap words; the phrase opens its clause (after gap words or a short "我国的"), no figure stands between,
    and at most two clause commas, no full stop or semicolon."""
    gap_re = catalogue().gap_re
    own = regions.clause_start(sentence, placed.start)
    start, end = hit[0], hit[1]
    listed = sentence.rfind("、", end, placed.start)
    if end >= own and listed >= 0 and sentence.startswith(catalogue().predicate_starts, end):
        own = listed + 1  # 固定资产投资总体平稳、增长4%: predicates listed with 、 after the subject
    if end >= own or start < previous_end or gap_re.fullmatch(sentence, own, placed.start) is None:
        return False
    between = sentence[end:own]
    if sum(between.count(c) for c in CLAUSE_BREAKS) > 2 or any(c in _SENTENCE_BREAKS for c in between):
        return False
    lead = sentence[regions.clause_start(sentence, start) : start]
    lead = lead[_PART_OF_YEAR_FIRST.match(lead).end() :]
    lead = lead[: _PART_OF_YEAR_LAST.search(lead).start()]  # (江苏前9月固定资产投资稳中有升，同比增长3.5%: past its time)
    if lead.endswith("从") and _VIEWED.match(between):
        return True  # 从GDP指标看，上半年同比增长5.8%: the frame names the subject of the clauses after it
    if between[0] not in CLAUSE_BREAKS and not between.startswith(catalogue().predicate_starts) \
            and not gap_re.match(sentence, end).end() > end:
        return False  # the phrase is no subject but a modifier: 粮食每亩平均年产量 is a yield
    return gap_re.fullmatch(lead) is not None or catalogue().scope_re.fullmatch(lead) is not None or \
        (len(lead) <= 4 and lead.endswith("的")) or \
        (places_only(lead) and sum(between.count(c) for c in CLAUSE_BREAKS) <= 1)
    # (全省, 该省 粮食作物播种面积继续保持稳中略增，达到…; 2019年，重庆地区生产总值增速保持在合理区间，初步预计全年增长6.3%:
    # after a place's name the very next clause only, not past another subject: 海南旅游总收入大幅增长，免税销售额…，全年为…)


def _place_item(sentence: str, end: int, placed: Placed) -> bool:
    """Is the figure an item of a list of places after a colon that closes the phrase's clause ("14个市州实现生产总值
    (GDP)排名为:长沙市8510.13亿元,岳阳市2886.28亿元", "各市GDP增速：长沙市同比增长9.9%，…"): its item holds a place's
    name and gap words only, and no full stop or semicolon stands between?"""
    colon = _LIST_COLON.match(sentence, end)
    if colon is None or colon.end() > placed.start or \
            any(c in _SENTENCE_BREAKS for c in sentence[colon.end() : placed.start]):
        return False
    item = max(colon.end(), regions.clause_start(sentence, placed.start))
    cut = sentence.rfind("、", item, placed.start)
    if cut >= 0 and all(p.end != cut for p in regions.find_places(sentence)):
        item = cut + 1  # (items after 、 too: 湖北10%以上、海南10%以上; not 江西、新疆7%左右, two places' one figure)
    return _place_and_gap(sentence, item, placed)


def _place_series(sentence: str, hit: tuple[int, int, str], placed: Placed) -> bool:
    """Is the figure's clause a place's name and gap words only, in a series of such clauses after the one that opens
    with another place's name and the phrase (苏州市地区生产总值11458.4亿元，南京市8316.92亿元，无锡市7105.67亿元;
    苏州市地区生产总值增长5.8%，南京市增长4.9%)? No full stop or semicolon stands between."""
    start, end = hit[0], hit[1]
    own = regions.clause_start(sentence, start)
    item = regions.clause_start(sentence, placed.start)
    if item <= end or not places_only(_YEAR_AFTER_PLACE.sub("", sentence[own:start])) or \
            any(c in _SENTENCE_BREAKS for c in sentence[end : placed.start]):
        return False  # (驻马店2023年GDP增速目标为7%左右: a place and its year open the series)
    clauses = [c for c in _CLAUSE_SPLIT.split(sentence[end:item]) if c][1:]  # the items between, each a place's
    if not all(regions.chained(regions.find_places(c), 0) for c in clauses):
        return False
    return _place_and_gap(sentence, item, placed)


_CLAUSE_SPLIT = re.compile("[，,]")
_YEAR_AFTER_PLACE = re.compile(r"(?:[0-9]{4}年|今年|去年)$")


def _place_and_gap(sentence: str, item: int, placed: Placed) -> bool:
    """Does the text from ``item`` to the figure hold a place's name (or a chain of them, or several listed: 濮阳、漯河、
    信阳则是7%以上) and gap words only?"""
    text = sentence[item : placed.start]
    places = regions.find_places(text)
    named = regions.chained(places, 0)
    while named and text[named[-1].end : named[-1].end + 1] in _PLACES_JOINED:
        more = regions.chained(places, named[-1].end + 1)
        if not more:
            break
        named += more
    if not named:
        return False
    gap = _THEN_IS.sub("", sentence[item + named[-1].end : placed.start], count=1)
    return catalogue().gap_re.fullmatch(gap) is not None


_PLACES_JOINED = frozenset("、和及与")
_THEN_IS = re.compile(r"^(?:等(?:[0-9一二三四五六七八九十]+)?(?:个)?(?:地市|城市|地|市|县))?(?:则|也|都|均)?")  # (濮阳、漯河则是
# 7%以上, 新乡也是7.5%, 平顶山、南阳等地为6.5%左右, 等5市为…)


# What may stand between the phrase and the colon opening a list of places: an abbreviation, the rate, a ranking
# ((GDP)排名为:, 增速排名如下：, 分别为：; not 增量：, 差距：, which name another thing than the phrase), or a rate's goal
# (GDP增长目标为：湖北10%以上、…: each place's; not 目标： alone)
_LIST_COLON = re.compile(r"(?:[（(][A-Za-z]+[)）]|[)）])?(?:同比|增速|增幅|增长率|增长|总量|数据|排名|排序|排行|位次|情况|具体"
                         r"|完成|及|分别|依次|为|是|如下|(?<=增长|增速|增幅)(?:预期)?目标)*(?:[：:]|来看[，,](?:目前|当前)?)")


def names_a_phrase(text: str) -> bool:
    """Does ``text`` hold a catalogue phrase?"""
    return bool(_hits(text))


def places_only(text: str) -> bool:
    """Is ``text`` a place's name alone, or a few written one after another (重庆, 四川省成都市)?"""
    return bool(_named_whole(text))


def _named_whole(text: str) -> list[regions.PlaceMatch]:
    """The places ``text`` names one after another from its start to its end (四川省成都市), else none."""
    named = regions.chained(regions.find_places(text), 0)
    return named if named and named[-1].end == len(text) else []


def _own_places_only(text: str) -> bool:
    """Is ``text`` Chinese places' own names alone (广东, 四川成都, 香港; not 美国, a foreign economy, nor 宁波舟山港,
    前海, 高雄, names of a port, a zone or a city standing for the region that holds them: their trade is not its)?"""
    named = _named_whole(text)
    return bool(named) and all(p.code != regions.COUNTRY and regions.region(p.code).name.startswith(p.surface)
                               for p in named)


_VIEWED = re.compile(r"(?:指标|数据|方面|情况)?来?看[，,]")  # 从GDP指标看，…


def _list_opening(sentence: str, before: list[tuple[int, int, str]], own: int) -> int:
    """Where the list of catalogue phrases the last of ``before`` closes begins (规上工业增加值、固定资产投资、进出口:
    at 规上), not before ``own``."""
    start = before[-1][0]
    for hit in reversed(before[:-1]):
        if hit[0] < own or sentence[hit[1] : start] not in _LIST_GAPS:
            break
        start = hit[0]
    return start


_LIST_GAPS = ("、", "和", "及", "与")


def attribute(sentence: str, figures: list[Placed], previous: str = "", continued: str | None = None,
              cell: bool = False, prior: tuple[str, ...] = (), topic: str = "") -> list[str | None]:
    """The indicator of each figure of one sentence (in order), or None. ``previous``: the sentence before, when
    this one continues it (it ended with a semicolon); ``prior``: the paragraph's sentences before, whatever their ends
    (what 这一收入 points back to); ``topic``: the paragraph's first sentence, when this one comes after it (（一）一般公共
    预算。全省收入…: what a bare head names); ``continued``: the indicator it left (continued_subject);
    ``cell``: the sentence is a table's cell read after its row and column (地区生产总值实际完成5.4%: a percent of what
    no percent measures is its growth, whatever the column's header)."""
    cat = catalogue()
    figures = _rates_stated(sentence, figures)
    out: list[str | None] = []
    named: list[str | None] = []  # the indicator, else the one its governing phrase names though the figure's form
    # does not fit it ("粮食总产量增加109亿公斤，达到4024亿公斤": the change names grain output for the level after it)
    split_at: list[tuple[tuple[str, ...], int] | None] = []  # (families, position in the list) of split figures
    roots: list[int | None] = []  # the nearest figure at or before each, in its chain of joined figures, that names
    for k, placed in enumerate(figures):
        linked = bool(k) and _joined(sentence, figures[k - 1], placed)
        found, split, elided = None, None, None
        hits = _governing(sentence, placed, figures[k - 1].end if k else 0)
        hit = hits[-1] if hits else None
        if hit is not None and hit[2] in cat.splits and _BOTH.search(sentence, hit[1], placed.start):
            found = None  # 城乡居民人均可支配收入均增长7%左右: one value for each part, no part's nor the whole's alone
        elif len(hits) > 1 and _starts_list(sentence, figures, k):
            # 地区生产总值、一般公共预算收入、城乡居民人均可支配收入分别增长6%、5%、7%和8%: a split phrase in a list names
            # its parts in their places (urban, then rural), after the others
            split = (tuple(f for h in hits for f in (cat.splits[h[2]] if h[2] in cat.splits else
                                                     (cat.indicators[cat.by_phrase[h[2]][0]].family,))), 0)
            found = _in_family(split[0][0], placed.fact, _phrase_measure(hits[0][2]))
        elif hit is not None and hit[2] in cat.whole and not _starts_list(sentence, figures, k) and \
                regions.DISTRIBUTIVE not in sentence[hit[1] : placed.start]:
            found = _in_family(cat.whole[hit[2]], placed.fact, _gap_measure(sentence, hit[1], placed.start))  # one figure
        elif hit is not None and hit[2] in cat.splits and hit[2] not in cat.whole and not _starts_list(sentence, figures, k) \
                and regions.DISTRIBUTIVE not in sentence[hit[1] : placed.start]:
            found = None  # 一、三产业增加值增长5%: one figure of a split with no whole named, no part's
        elif hit is not None and hit[2] in cat.splits:
            split = (cat.splits[hit[2]], 0)
            found = _in_family(split[0][0], placed.fact)
        elif hit is not None and (earlier := _split_subject(sentence, hit, placed)) is not None and \
                _starts_list(sentence, figures, k):
            # 城乡居民收入实现跨越式增长，人均可支配收入分别达38922元和17998元: the split its sentence opened with
            split = (cat.splits[earlier], 0)
            found = _in_family(split[0][0], placed.fact)
        elif len(hits) > 1 and not _starts_list(sentence, figures, k):
            found = None  # 社会消费品零售总额、固定资产投资增长4%左右: one figure for both, a value of neither
        elif hit is not None:
            measure = _phrase_measure(hit[2]) or _gap_measure(sentence, hit[1], placed.start)
            fitting = [i for i in cat.by_phrase[hit[2]] if cat.indicators[i].fits(placed.fact, measure)]
            if not fitting and measure is None and placed.fact.unit == "%" and \
                    (("目标" in sentence[hit[1] : placed.start] and not _GOAL_REACHED.search(sentence, hit[1], placed.start))
                     or ((hit[1] == placed.start or (cell and _SHARE_GAP.search(sentence, hit[1], placed.start) is None))
                         and (regions.clause_start(sentence, hit[0]) == hit[0] or
                                                               sentence[hit[0] - 1 : hit[0]].isspace()))):
                fitting = [i for i in cat.by_phrase[hit[2]] if cat.indicators[i].fits(placed.fact, "change")]  # GDP预期
                # 目标为7%以上: a goal in % of what no percent measures is its growth; so is a clause or a line of the
                # phrase and the percent alone (地区生产总值6% in a list of goals)
            found = fitting[0] if len(fitting) == 1 else None
            if _added_to_stock(found, sentence, hit[1], placed.start):
                found = None  # 高速公路通车里程新增3000公里、突破1.1万公里: what was added is no stock, what it reached is
            elif found in _RESIDENT_COUNTS and "常住" not in hit[2] and \
                    _REGISTERED_WHOLE.search(sentence, max(0, hit[0] - _WHOLE_REACH), hit[0]):
                found = None  # 户籍总人口194544人，其中城镇人口66502人: a part of the registered population, not the resident
            elif found is not None and (found.endswith("_per_capita") or found == "urbanization_rate") and \
                    _by_registered(sentence, hit[0]):
                found = None  # 按户籍人口计算，全市人均生产总值103007元, 按户籍人口计算的城镇化率: per registered person,
                # not per resident
        elif hit is None and (share := _share_named(sentence, placed, figures[k - 1].end if k else 0)) is not None:
            found = share  # 研究与试验发展经费支出占生产总值比重1.9%左右: the share the catalogue has of the phrase's thing
        elif (share := _share_of(sentence, placed, out[-1] if out else None)) is not None:
            found = share if indicator(share).fits(placed.fact) else None  # 研发经费…，占国内生产总值比重从1.07%…
        elif (elided := _elided(sentence, placed, previous)) is not None:
            # "粮食播种面积1584.6万亩、总产量132.4亿斤": the item names the head, the item before its modifier
            fitting = [i for i in cat.by_phrase[elided] if cat.indicators[i].fits(placed.fact, _phrase_measure(elided))]
            found = fitting[0] if len(fitting) == 1 else None
        elif linked and (spread := _spread_back(sentence, figures, k, out, named)) is not None:
            # "城镇居民人均可支配收入达到10493元，农村居民人均纯收入达到3255元，分别增长9.6%和6.2%"
            split = (spread, 0)
            found = _in_family(spread[0], placed.fact)
        elif placed.refers_to is not None and out[placed.refers_to] is not None:
            found = _in_family(indicator(out[placed.refers_to]).family, placed.fact)  # 达到9.2万元、增长4.1%
        elif hit is None and k and out[k - 1] is not None and _time_item(sentence, figures[k - 1], placed):
            found = _in_family(indicator(out[k - 1]).family, placed.fact)  # 一般公共预算收入…，同比增长0.1%，其中1—2月
            # 下降1.6%，1—3月下降1.1%: the same measure over other parts of the year
        elif hit is None and (short := _short_form(sentence, placed, previous, prior)) is not None:
            fitting = [i for i in cat.by_phrase[short] if cat.indicators[i].fits(placed.fact, _phrase_measure(short))]
            found = fitting[0] if len(fitting) == 1 else None  # 城镇调查失业率…，尤其是二季度以来，失业率稳定在5.0%
        elif hit is None and (topical := _topical(sentence, placed, topic, (previous, *prior))) is not None:
            fitting = [i for i in cat.by_phrase[topical] if cat.indicators[i].fits(placed.fact, _phrase_measure(topical))]
            found = fitting[0] if len(fitting) == 1 else None  # （一）一般公共预算。全省收入5853.9亿元: the topic's revenue
        elif hit is None and (after := _after(sentence, placed, _list_end(sentence, figures, k))) is not None:
            found = _in_family(after[0], placed.fact, _phrase_measure(after[1]))  # 近1亿农村贫困人口实现脱贫
            if found is not None and found in out and \
                    sentence.find("其中", figures[len(out) - 1 - out[::-1].index(found)].end, placed.start) >= 0 and \
                    not _OWN_SUBJECT.search(sentence, regions.clause_start(sentence, placed.start), placed.start):
                found = None  # 全县3145人脱贫，其中国定标准贫困户2030人全部脱贫: a part of the figure before (not …，其中…，
                # 2020年全县3600人稳定脱贫: a year's own)
        elif k and out[k - 1] is not None and _parallel(sentence, figures[k - 1], placed):
            found = out[k - 1]  # 全县规模以上工业增加值增长7.5%（全市11.1%）: the parent region's value of the same
        elif k > 1 and figures[k - 1].fact.unit == "百分点" and out[k - 2] is not None and \
                _parallel(sentence, figures[k - 2], placed, figures[k - 1].end) and \
                _WIDER_BASE.search(sentence, figures[k - 1].end, placed.start):
            found = out[k - 2]  # 增长8.1%，较去年同期(-1.1%)提高9.2个百分点，分别高出全国(5.9%): the base's value of
            # the rate the difference is of
        elif linked:
            # "增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%": the chain's last naming figure
            j = roots[k - 1] if roots[k - 1] is not None else _past_comparison(sentence, figures, k, named)
            j = k - 1 if j is None else j
            # (一般公共预算收入完成4.92亿元，快于序时进度约6个百分点，同比增长25.0%: the level's growth, past the comparison)
            found, split = _inherited(named[j], split_at[j], placed.fact)
            if _added_to_stock(found, sentence, figures[k - 1].end, placed.start):
                found = None  # 粮食播种面积4440万亩、新增202.9万亩: what was added is no stock
            elif found is None and hit is None:
                found = _total_after_addition(sentence, figures[k - 1], placed)  # 新增新能源装机400万千瓦、总量达到…
        elif hit is None and k and (total := _total_after_addition(sentence, figures[k - 1], placed)) is not None:
            found = total  # 新增国家高新技术企业29家、总数达到277家: the stock the addition went to
        elif hit is None and (family := _ranked_by_rate(sentence, placed)) is not None:
            found = _in_family(family, placed.fact, "change")  # 烟台以6.1%的实际增速领跑全省，GDP突破1.1万亿元
        elif hit is None and (family := _framed(sentence, placed, prior)) is not None:
            found = _in_family(family, placed.fact, "change" if placed.fact.unit == "%" else None)  # 从经济增速看，…。
            # 湖北增速为6%; 从经济规模来看，…广东以68725.4亿元位居全国第一: a place's value under the paragraph's frame
        elif hit is None and continued is not None and _opens_with_rate(sentence, placed):
            # "…工业增加值增长14.0%，比全国快2.2个百分点；两年平均增长8.4%", "…达2085亿元，占全省比重26%；增速达16%"
            found = _in_family(indicator(continued).family, placed.fact, "change")
        elif hit is None and continued is not None and k == 0 and _opens_with_time(sentence, placed):
            # "2010年，全市实现地区生产总值1311亿元，同比增长12.2%；2011年，1700亿元，增长17.1%": the next year's value
            found = _in_family(indicator(continued).family, placed.fact)
        if found is not None and hit is not None and found in out and _PART.search(sentence, max(0, hit[0] - 3), hit[0]):
            if found in _LOCAL_PART_OF and hit[2].startswith("地方"):
                # 完成财政一般预算收入456.2亿元，其中，地方财政收入224.4亿元: the whole is all levels' revenue, the part the
                # local level's
                whole = len(out) - 1 - out[::-1].index(found)
                out[whole] = _LOCAL_PART_OF[found]
            else:
                found = None  # 财政赤字13500亿元，…其中中央财政赤字9500亿元: a part of the figure before
        if found is not None and placed.fact.kind == "multiple" and \
                _MULTIPLE_OF.search(sentence, max(0, placed.start - _MULTIPLE_REACH), placed.start):
            found = None  # 分别是2011年的1.65倍和1.7倍: a ratio to a base's value, no growth rate
        if found is not None and (_CLASS_OF.match(sentence, placed.end) or _LISTED_CLASS.match(sentence, placed.end) or
                                  _STEPS.match(placed.fact.mention) or
                                  _STEPS_AFTER.match(sentence, placed.end) or
                                  (placed.fact.measure == "level" and
                                   _at_constant_prices(sentence, placed, figures[k - 1].end if k else 0)) or
                                  (hit is not None and _EXCLUDING.search(sentence, max(0, hit[0] - _EXCLUDING_REACH),
                                                                          hit[0])) or
                                  (hit is None and k and out[k - 1] == found and
                                   not _TIMED_GAP.search(sentence, figures[k - 1].end,
                                                         _adjustment_start(sentence, figures[k - 1].end, placed.start)) and
                                   _ADJUSTED.search(sentence, max(0, placed.start - _EXCLUDING_REACH), placed.start))):
            found = None  # 经济总量突破5万亿元的城市: a threshold; 扣除房地产开发投资后，固定资产投资…: a variant; …同比下降
            # 8.0%，扣除增值税留抵退税因素后增长5.1%: the rate adjusted beside the measure's own (alone, it is the one told)
        out.append(found)
        named.append(found if found is not None or (hit is None and elided is None) or split is not None else
                     cat.by_phrase[elided][0] if hit is None else
                     (cat.by_phrase.get(hit[2]) or cat.splits[hit[2]])[0])  # (城乡居民收入增长到…: a split's phrase;
        # 服务业…，实现增加值500亿元，增长8.9%: the item's)
        split_at.append(split)
        roots.append(k if named[k] is not None else roots[k - 1] if linked else None)
    crossing = _crossing(sentence, figures)
    was = list(out)
    for k in range(len(figures) - 2, -1, -1):  # 总额首次突破万亿元，达到11377亿元: the threshold crossed is not the value
        then = _THEN_VALUE.fullmatch(sentence, figures[k].end, figures[k + 1].start)
        if out[k] is not None and out[k + 1] == out[k] and then is not None and (crossing[k] or then.group(1)):
            out[k] = None  # 跨越8000亿元大关、达到8349.86亿元; 逼近3000亿，达2955.54亿元; 超过3万亿元，2024年达到3.55万亿元
        elif out[k] is not None and was[k + 1] == out[k] and crossing[k] and crossing[k + 1] and \
                _PUNCTUATION.is_list_gap(sentence[figures[k].end : figures[k + 1].start]) and \
                regions.DISTRIBUTIVE not in sentence[regions.clause_start(sentence, figures[k].start) : figures[k].start]:
            out[k] = out[k + 1] = None  # 先后跨越700亿元、800亿元: milestones passed one after another, no value (not
            # 2023年、2024年…分别超过4000亿元、4500亿元: each year's bound)
    for k in range(1, len(figures)):
        if out[k] is None and out[k - 1] is not None and _goal_of_the_one_before(sentence, figures[k]) and \
                catalogue().indicators[out[k - 1]].fits(figures[k].fact, figures[k - 1].fact.measure):
            out[k] = out[k - 1]
        elif out[k] is None and out[k - 1] is not None and \
                (_ANOTHER_PART.fullmatch(sentence, figures[k - 1].end, figures[k].start) or
                 ((other := _ANOTHER_PLACE.fullmatch(sentence, figures[k - 1].end, figures[k].start)) is not None and
                  all(regions.is_place_name(place) for place in other.group("place").split("、")))) and \
                figures[k].fact.unit == figures[k - 1].fact.unit and \
                (found := indicator(out[k - 1])).fits(figures[k].fact, found.measure):
            out[k] = out[k - 1]  # (in the unit of the value before, read as that one was: 增长6%，上半年为5.8%)
    for k, placed in enumerate(figures):  # 粮食总产量连续2年超1600亿斤, 连续5年保持在600亿斤以上: a bound held, no value
        # (连续四年实现12%以上增长: rates above a bound every year, not a bound held)
        if out[k] is not None and placed.fact.kind not in lexicon.RATE_KINDS and \
                placed.fact.approx in ("more_than", "at_least") and \
                (_RUN_HELD.search(sentence, max(0, placed.start - _RUN_REACH), placed.start) or
                 (k and out[k - 1] == out[k] and _HELD_AGAIN.search(sentence, figures[k - 1].end, placed.start)) or
                 (k and out[k - 1] == out[k] and _CROSSED.match(placed.fact.mention) and
                  _CROSSED_AFTER.fullmatch(sentence, figures[k - 1].end, placed.start))):
            out[k] = None  # (…15.84万吨，继续稳定在15万吨以上: the bound the value stays above, after the value itself)
        elif out[k] is not None and placed.fact.value_high is not None and \
                _RUN_HELD.search(sentence, max(0, placed.start - _RUN_REACH), placed.start):
            out[k] = None  # 连续12个季度保持在6.7%至6.9%的区间: the band a run of values stayed in, no value
    for k in range(1, len(figures)):  # 同比增长17.4%，增幅较1-2月(-0.6%)提高18.0个百分点: the base's value in brackets
        if out[k] is None and out[k - 1] is not None and _BASE_ASIDE.search(sentence, figures[k - 1].end, figures[k].start) \
                and sentence[figures[k].end : figures[k].end + 1] in (")", "）") and \
                catalogue().indicators[out[k - 1]].fits(figures[k].fact, figures[k - 1].fact.measure):
            out[k] = out[k - 1]
    for k in range(1, len(figures)):  # 增长5.4%，增速高于去年一季度5.3%的增速: the rate compared with, the same
        # measure's value at the time (and place) it names
        j = next((j for j in range(k - 1, -1, -1) if out[j] is not None), None)
        if out[k] is None and j is not None and figures[k].fact.unit == "%" and \
                _COMPARED_RATE.search(sentence, max(figures[j].end, figures[k].start - _COMPARED_RATE_REACH), figures[k].start) \
                and _OF_THE_RATE.match(sentence, figures[k].end) and indicator(out[j]).measure == "change" and \
                catalogue().indicators[out[j]].fits(figures[k].fact, "change"):
            out[k] = out[j]
    for k in range(1, len(figures)):  # 比“十五”计划目标3000亿元超过1070亿元: by how much the goal was passed, no value
        if out[k] is not None and _EXCESS.match(sentence, figures[k - 1].end) and \
                reference.goal_base(sentence, figures[k - 1].start):
            out[k] = None
    for k, placed in enumerate(figures):  # 安排超长期特别国债2500亿元支持消费品以旧换新: an amount earmarked for one use,
        # a part of the indicator's total
        if out[k] is not None and placed.fact.kind == "money" and _EARMARKED.match(sentence, placed.end):
            out[k] = None
    for k in range(1, len(figures)):  # 人均地区生产总值30960元，按2013年平均汇率计算达到4985美元: the value before told in
        # another currency, no second value of the indicator (its series is in the catalogue's unit); past its change
        # (人均生产总值10825元，比上年增长13.0%，按当年年末汇率折算为1358美元)
        j = k - 1
        while j > 0 and figures[j].fact.measure == "change" and figures[j].fact.kind != figures[k].fact.kind:
            j -= 1
        if out[k] is not None and out[j] is not None and \
                figures[k].fact.unit != figures[j].fact.unit and figures[k].fact.kind == figures[j].fact.kind and \
                indicator(out[k]).family == indicator(out[j]).family and \
                (_CONVERTED.fullmatch(sentence, figures[j].end, figures[k].start) or
                 (j < k - 1 and _CONVERTED.fullmatch(sentence, figures[k - 1].end, figures[k].start))):
            own = indicator(out[k]).unit  # the one in the catalogue's unit stays (6000亿美元，折合人民币4.2万亿元: the yuan)
            out[j if figures[k].fact.unit == own and figures[j].fact.unit != own else k] = None
    for k, placed in enumerate(figures):  # 快于美国2.5%、日本1.9%的经济增速: a foreign economy's value, no indicator of
        # a place of China's
        if out[k] is not None and _foreign_right_before(sentence, placed.start):
            out[k] = None
    before = list(out)
    things = _listed_items(sentence, figures, out)
    for k, placed in enumerate(figures):  # 城镇、农村居民可支配收入分别为47984元、22224元，增长5%、10%: a change takes the
        # indicator its level has once the list's items are named (urban's growth, not rural's)
        j = placed.refers_to
        if j is None:
            continue
        if out[k] is None and before[k] is None and out[j] is not None and j in things and placed.fact.measure == "change":
            out[k] = _in_family(indicator(out[j]).family, placed.fact)  # 出口、进口总值分别为225.1亿美元和86.1亿美元，分别
            # 增长26.9%和27.9%: the change of a listed thing's level, named once the list is read
        elif out[j] == before[j] or before[j] is None or out[k] is None or \
                indicator(out[k]).family != indicator(before[j]).family:
            continue
        elif out[j] is not None:
            out[k] = _in_family(indicator(out[j]).family, placed.fact) or out[k]
        else:  # (规模以上工业增加值、…分别为4050亿元、…，增长88%、…: the thing's growth though its level is none)
            fitting = [i for i in cat.by_phrase.get(things.get(j) or "", ()) if cat.indicators[i].fits(placed.fact)]
            out[k] = fitting[0] if len(fitting) == 1 else None
    for k in range(len(figures) - 1, -1, -1):
        if crossing[k] and _THEN_VALUES.match(sentence, figures[k].end):
            j = k
            while j >= 0 and crossing[j]:
                out[j] = None  # 分别迈上2000亿元、1000亿元和300亿元台阶，分别达到…: the thresholds, the values after
                if j == 0 or not _PUNCTUATION.is_list_gap(sentence[figures[j - 1].end : figures[j].start]):
                    break
                j -= 1
    return out


# What stands between a value and the same value in another currency: (折合18083美元), ，按年平均汇率折算为19035美元, 、折合
_CONVERTED = re.compile(r"[（(，,、]?\s*(?:折合|约合|按[^，,；;。（()）]{0,12}汇率(?:计算|折算|折合)?[，,]?(?:折合|约合)?(?:为|达到|达|是)?)"
                        r"(?:人民币)?\s*")  # (按當年匯率折算，折合3126美元)
_EARMARKED = re.compile(r"[^，,。；;、]{0,12}?(?:资金)?(?:专项)?(?:用于|支持|投向)")


_BASE_ASIDE = re.compile(r"(?:较|比)[^，,。；;()（）0-9０-９]{0,3}(?:[0-9０-９]{1,2}[-—–~～至][0-9０-９]{1,2}月|[0-9０-９]{1,4}[年月]份?|"
                         r"[一二三四]季度|上半年|前三季度)(?:同期)?[（(]\Z")  # (a time named: 上月(49.8%) would keep this month's)
# A value compared with the goal named after it (略低于8%的预定目标, 超过1100万人的目标任务), or the goal done or set (超额
# 完成1100万人的全年预期目标任务, 完成国家下达的110万人年度任务): the goal's value.
_COMPARATIVES = ("低于", "高于", "超过", "超出", "好于", "快于", "慢于", "完成", "下达的")
_COMPARED_WITH = re.compile("|".join(_COMPARATIVES))


def _comparative_start(sentence: str, start: int) -> int:
    """Where a comparative right before the figure, or opening its mention (超过1100万人), starts; else ``start``."""
    for word in _COMPARATIVES:
        if sentence.startswith(word, start):
            return start
        if sentence.endswith(word, 0, start):
            return start - len(word)
    return start


# The goal told beside an outcome, in brackets or the clause after (增长6.8%（目标6.5%）, 增长9.1%（年度目标9%）,
# 固定资产投资增长6.2%，年度目标为10%).
_GOAL_BESIDE = re.compile(r"(?:[（(]|[，,](?=[^，,（(]{0,6}(?:目标|计划)(?:为|是)))(?:年度|全年|年初|预期|原定)?(?:预期)?(?:目标|计划)"
                          r"(?:为|是)?(?:增长|下降)?\Z")
_GOAL_BESIDE_REACH = 12


def _crossing(sentence: str, figures: list[Placed]) -> list[bool]:
    """Is each figure a threshold crossed or neared (突破3万亿元, 超过…, 逼近…; 跨越700亿元 and the 800亿元 listed after
    it)?"""
    out: list[bool] = []
    for k, placed in enumerate(figures):
        out.append(placed.fact.approx in ("more_than", "nearly") or
                   _CROSSED_BEFORE.search(sentence, max(0, placed.start - _CROSSED_REACH), placed.start) is not None or
                   (k > 0 and out[k - 1] and _PUNCTUATION.is_list_gap(sentence[figures[k - 1].end : placed.start])))
    return out


_CROSSED_BEFORE = re.compile(r"(?:突破|跨过|跨越|迈上|迈过|站上|跃上|越过|迈进|冲破)\Z")
_CROSSED_REACH = 3


def _goal_of_the_one_before(sentence: str, placed: Placed) -> bool:
    """Is the figure the value of a plan or goal for the measure of the figure before it: 为年初计划3165亿元的26%,
    比年初预算目标50亿元超收6亿元, 略低于8%的预定目标?"""
    return (sentence.startswith("的", placed.end) and reference.PLANNED_BEFORE.search(
                sentence, max(0, placed.start - _PLANNED_REACH), placed.start) is not None) or \
        reference.goal_base(sentence, placed.start) is not None or \
        _GOAL_BESIDE.search(sentence, max(0, placed.start - _GOAL_BESIDE_REACH), placed.start) is not None or \
        (_COMPARED_WITH.match(sentence, _comparative_start(sentence, placed.start)) is not None and
         reference.GOAL_AFTER.match(sentence, placed.end) is not None)


# A clause of another time and its value alone after a figure (…的增长速度一季度为10.7%，上半年为11%，前三季度为11%): the
# same measure's value at that time.
_ANOTHER_PART = re.compile(r"[，,、](?:[^，,、。；;]{0,6}?(?:到|至))?(?:[一二三四]季度|第[一二三四]季度|[上下]半年|前三季度"
                           r"|[0-9]{1,2}[-—~至][0-9]{1,2}月份?|全年)(?:为|是|达到?|的)")  # (由一季度的5.9%、二季度的6.1%，逐步回升到
# 全年的6.5%: each part's value in turn)
# …or another place's, set against it (全国GDP增速是6.9%，重庆则达到11%; …目标为7%左右，濮阳、漯河则是7%以上，商丘是7.5%左右).
_ANOTHER_PLACE = re.compile(r"[，,](?P<place>[\u4e00-\u9fff、]{2,24}?)(?:(?:则|却)(?:为|是|达到?|实现)?|是|为)")
# A clause with a year or a scope of its own (…，其中…，2020年全县3600人稳定脱贫): no part of a figure before it.
_OWN_SUBJECT = re.compile(r"[0-9０-９]{4}年|全[省市县区州旗]")
_BOTH = re.compile("(?<![年平人日月户亩])均|都")  # (between a split phrase and one figure; not 年均, 平均)
_HELD_AGAIN = re.compile(r"[，,、](?:继续|仍|连续)?(?:稳定|保持|站稳|稳定保持|维持)(?:在)?\Z")
_RUN_HELD = re.compile(r"连续[0-9一二三四五六七八九十两]+(?:年|个?季度|个月)(?:保持|稳定|站稳|维持|实现)?(?:在)?\Z")
_RUN_REACH = 12
# …and a bound crossed, told after the value (完成239.76亿元，首次突破200亿元): the mark passed, not a second value
_CROSSED = re.compile(r"突破|跨过|跨越|迈上|站上|跃上|超过")
_CROSSED_AFTER = re.compile(r"[，,、](?:首次|率先|成功|一举|历史性地?|顺利)?")
_EXCESS = re.compile(r"[，,]?(?:超过|超出|超额|超收|多收|多出|超|还差|相差|少|差)")


def _split_subject(sentence: str, hit: tuple[int, int, str], placed: Placed) -> str | None:
    """The split phrase an earlier clause of the sentence names (城乡居民收入…), when the figure's own phrase is a
    value of its whole (人均可支配收入) and 分别 lists its figures: that phrase."""
    cat = catalogue()
    if regions.DISTRIBUTIVE not in sentence[hit[1] : placed.start] or \
            sentence[regions.clause_start(sentence, hit[0]) : hit[0]].strip(" \u3000"):
        return None  # (全省和西安市人均可支配收入分别…, 一季度和上半年…, 全体居民…: the list names its own items)
    earlier = [h[2] for h in cat.phrases.longest(sentence[: hit[0]]) if h[2] in cat.splits and h[2] in cat.whole]
    return earlier[-1] if earlier and cat.whole[earlier[-1]] in cat.by_phrase.get(hit[2], ()) else None


def _listed_items(sentence: str, figures: list[Placed], out: list[str | None]) -> dict[int, str | None]:
    """学前教育毛入园率、义务教育巩固率、高中阶段和高等教育毛入学率分别达到93.5%、98.3%、98.5%、64.3%: as many
    listed things as figures after 分别, some of them no catalogue phrase — the i-th figure is the i-th thing's
    (None for a thing the catalogue does not name), not the nearest phrase's. Without 分别 too, when the figures
    are listed with 、 (战略性新兴产业和高技术制造业增加值年均增长8%、7.2%). Returns the phrase each figure so read took."""
    things: dict[int, str | None] = {}
    if regions.DISTRIBUTIVE not in sentence and "、" not in sentence:
        return things  # the common case, in one step
    cat = catalogue()
    k, by_head, previous = 0, None, None
    while k < len(figures):
        size = 1
        while k + size < len(figures) and _starts_list(sentence, figures, k + size - 1):
            size += 1
        own = regions.clause_start(sentence, figures[k].start)
        at = sentence.rfind(regions.DISTRIBUTIVE, own, figures[k].start)
        if (at < own or _NO_THINGS.fullmatch(sentence, own, at)) and previous is not None and previous[1] == size and \
                _NEXT_LIST.fullmatch(sentence, figures[previous[0] + size - 1].end, figures[k].start):
            for i in range(size):  # …分别增长14.1%、22.1%…和26.8%，达4270亿元、500.36亿元…和1573亿元: the things again
                phrase = things.get(previous[0] + i)
                fitting = [] if phrase is None else [
                    j for j in cat.by_phrase.get(phrase, ()) if cat.indicators[j].fits(figures[k + i].fact)]
                fitting = fitting or ([] if phrase is None else _family_fitting(phrase, figures[k + i].fact))
                out[k + i], things[k + i] = fitting[0] if len(fitting) == 1 else None, phrase
            previous = (k, size)  # (a third list after the second: …，年均分别增长20.6%、…)
            k += size
            continue
        if at == own and size > 1 and (listed := _listed_before(sentence, own)) is not None:
            own, at = listed  # 规模以上工业增加值、…和全口径财政收入跃上新台阶，分别为4050亿元、…: the things of the clause before
        if at > own:
            size = _listed_after_each(sentence, figures, k, size, len(_ITEM_BREAK.split(sentence[own:at])))
        if size == 1 and at > own and "、" in sentence[own:at] and \
                not (k + 1 < len(figures) and regions.clause_start(sentence, figures[k + 1].start) == own) and \
                not all(places_only(item) for item in _ITEM_BREAK.split(sentence[own:at])[:-1]):
            out[k] = None  # 规模以上工业增加值、固定资产投资、…商品进出口总值分别增长5%: one value for each thing listed, as
            # without 分别 (…、固定资产投资增长4%左右), no indicator's alone (not 一、二、三产增加值分别增长4.4%5.9%5.8%: figures
            # run together, one each; nor 武汉、襄阳、宜昌地区生产总值分别增长6%以上: places, one measure)
            k += 1
            continue
        if at < 0 and size > 1 and sentence[figures[k].end : figures[k + 1].start].strip(_PUNCTUATION.spaces) == "、":
            at = figures[k].start  # no 分别: the things are all the clause holds before the figures
        if size > 1 and at > own:
            scope = regions.scope_word_at(sentence, own)  # 全省高技术制造业、战略性新兴产业增加值分别…: the items after 全省
            opened = scope if scope is not None and not _ITEM_BREAK.match(sentence, scope) else own
            opened = _PART_OPENS.match(sentence, opened).end()  # 其中规模以上、规模以下工业增加值分别…: the items after 其中
            # (全市和全省居民人均可支配收入分别…: the scope words are the items)
            items = _ITEM_BREAK.split(sentence[opened:at])
            spans, start = [], opened
            for item in items:
                spans.append((start, start + len(item)))
                start += len(item) + 1
            spans[0] = (own, spans[0][1])  # (a phrase that holds the scope word: 全省生产总值)
            hits = [h for h in _hits(sentence) if own <= h[0] and h[1] <= at]
            # a thing named whole by a phrase (gap words after it: 年均); one whose phrase starts inside it (欧盟进出口)
            # may share its head with the things before it (对东盟、欧盟进出口): no list of distinct things then
            named = [next((h for h in hits if a <= h[0] and h[1] <= e and cat.gap_re.fullmatch(sentence, h[1], e)
                           and h[2] not in cat.bare_heads), None) if i == len(items) - 1 or _completed(items, i) is None
                     else None
                     for i, (a, e) in enumerate(spans)]  # (高技术制造业和装备制造业增加值: the first is named with the
            # head the last one shares, 高技术制造业增加值, not by a phrase of its own)
            if any(h is not None and h[0] != a and not (i == 0 and h[0] == opened)
                   for i, (h, (a, _)) in enumerate(zip(named, spans))):  # (全区地方财政收入、支出分别…: past the scope)
                k += size
                continue
            if (len(items) == size and any(h is not None for h in named)
                    and not any(h[2] in cat.splits for h in hits)):  # (旅游人数、旅游收入分别突破290万人次、15亿元: each
                # thing named whole, each figure its own)
                for i, hit in enumerate(named):
                    phrase = _completed(items, i) if hit is None else hit[2]
                    fitting = [] if phrase is None else [
                        j for j in cat.by_phrase.get(phrase, ()) if cat.indicators[j].fits(figures[k + i].fact)]
                    out[k + i], things[k + i] = fitting[0] if len(fitting) == 1 else None, phrase
            elif len(items) == size and all(h is None for h in named) and \
                    (shared := _shared_modifier(items) or (by_head := _shared_head(items)) or
                     _head_before(sentence, own, items, figures, k)):
                for i, phrase in enumerate(shared):
                    if phrase is None and shared is by_head:
                        continue  # (全省全体、城镇、农村居民…: what the head leaves unnamed keeps the reading it had)
                    fitting = [] if phrase is None else [
                        j for j in cat.by_phrase[phrase] if cat.indicators[j].fits(figures[k + i].fact)]
                    out[k + i], things[k + i] = fitting[0] if len(fitting) == 1 else None, phrase
            if all(k + i in things for i in range(size)):
                previous = (k, size)
        k += size
    return things


# What may open a clause of a list after 分别 that names no things of its own (…，年均分别增长20.6%、…).
_NO_THINGS = re.compile(r"(?:年均|平均)?")
# Between two lists of figures over the same things: a comma and the verb of the second (…分别增长14.1%、…，达4270亿元、…).
_NEXT_LIST = re.compile(r"(?:大关|关口|(?:新|大)?台阶)?[，,](?:年均|平均)?(?:分别|均|共)?(?:年均|平均)?"
                        r"(?:达到|达|为|是|增加到|提高到|增长到|突破|增长|提高|下降)")  # (…分别迈上2000亿元、…300亿元台阶，
# 分别达到2317.4亿元、…，年均分别增长20.6%、…: the steps, the values, their rates)


def _family_fitting(phrase: str, fact: Fact) -> list[str]:
    """The indicators of the families a phrase names whose form the figure has (生产总值 names gdp_growth's family, and
    4270亿元 fits its level, gdp)."""
    cat = catalogue()
    families = {cat.indicators[j].family for j in cat.by_phrase.get(phrase, ())}
    return [i for i, ind in cat.indicators.items() if ind.family in families and ind.fits(fact)]


def _listed_before(sentence: str, own: int) -> tuple[int, int] | None:
    """Where the things listed in the clause before one opening with 分别 begin and end (规模以上工业增加值、高新技术产品
    产值、地方财政一般预算收入和全口径财政收入跃上新台阶，分别为…: up to the last thing's phrase, its verb left out), when that
    clause lists things and holds no figure of its own; else None."""
    if own < 2:
        return None
    start = regions.clause_start(sentence, own - 1)
    clause = sentence[start : own - 1]
    if not _ITEM_BREAK.search(clause) or any(ch.isdigit() for ch in clause):
        return None
    last = [h for h in _hits(sentence) if start <= h[0] and h[1] < own and not _ITEM_BREAK.search(sentence, h[1], own)]
    return (start, last[-1][1]) if last else None


def _listed_after_each(sentence: str, figures: list[Placed], k: int, size: int, things: int) -> int:
    """How many figures after 分别 the things listed before it take: the figures joined by 、/和, or as many as the
    things when only commas join them (规上工业总产值、增加值分别年均增长22.2%，16%)."""
    if size >= things or k + things > len(figures):
        return size
    joined = all(sentence[figures[j].end : figures[j + 1].start] in _BARE_COMMAS for j in range(k, k + things - 1))
    return things if joined else size


_BARE_COMMAS = ("，", ",", "、")


def _completed(items: list[str], i: int) -> str | None:
    """The catalogue phrase a listed thing names with what the things beside it share: the modifier of the first
    (一般公共预算收入和支出: 一般公共预算支出) or the head of the last (高技术制造业和战略性新兴产业增加值: 高技术制造业增加值)."""
    by_phrase, item = catalogue().by_phrase, items[i].strip()
    if not item:
        return None
    first, last = items[0].strip(), _without_gap_tail(items[-1].strip())  # (…装备制造业增加值年均: 年均 is no head's)
    if i > 0:
        found = next((first[:j] + item for j in range(len(first) - 1, 1, -1) if first[:j] + item in by_phrase), None)
        if found is not None:
            return found
    return _with_tail(item, last) if i < len(items) - 1 else None


def _with_tail(item: str, phrase: str) -> str | None:
    """The catalogue phrase ``item`` makes with the longest tail of ``phrase`` (城镇居民 and 居民人均可支配收入:
    城镇居民人均可支配收入; 高技术制造业 and 装备制造业增加值: 高技术制造业增加值), else None."""
    by_phrase = catalogue().by_phrase
    return next((item + phrase[j:] for j in range(1, len(phrase) - 1) if item + phrase[j:] in by_phrase), None)


def _without_gap_tail(item: str) -> str:
    """``item`` without the gap words it ends with (装备制造业增加值年均 → 装备制造业增加值)."""
    tail = _gap_tail_re().search(item, 1)
    return item[: tail.start()] if tail is not None else item


@cache
def _gap_tail_re() -> re.Pattern[str]:
    """Gap words closing a text (one search, the leftmost start that reaches the end)."""
    return re.compile(catalogue().gap_re.pattern.removesuffix("*") + "+\\Z")


def _shared_head(items: list[str]) -> list[str | None] | None:
    """The phrases a list of things names when the last thing's head holds for the others too (高技术制造业和战略性
    新兴产业增加值: 高技术制造业增加值, and the last thing itself), or None when none makes a phrase so."""
    by_phrase = catalogue().by_phrase
    phrases = [_completed(items, i) for i in range(len(items) - 1)]
    last = items[-1].strip()
    return [*phrases, last if last in by_phrase else None] if any(p is not None for p in phrases) else None


def _head_before(sentence: str, own: int, items: list[str], figures: list[Placed], k: int) -> list[str | None] | None:
    """The phrases a list of things with no head of their own names with the head of the last phrase before it in the
    sentence (全体居民人均可支配收入达88048元，城镇居民和农村居民分别为97170元和54407元: 城镇居民人均可支配收入, 农村居民…): each
    thing and a tail of that phrase a catalogue phrase, every thing so, the phrase governing a figure of the list's form
    before it; else None."""
    cat = catalogue()
    before = [h for h in _hits(sentence) if h[1] <= own]
    if not before:
        return None
    after = [f for f in figures[:k] if f.start >= before[-1][1]]
    form = (figures[k].fact.kind, figures[k].fact.measure)
    if not after or cat.gap_re.fullmatch(sentence, before[-1][1], after[0].start) is None or \
            not any((f.fact.kind, f.fact.measure) == form for f in after):
        return None  # (居民人均可支配收入中位数为…, …比上年增加3000元，城镇居民和农村居民分别为…: the head names another value)
    phrases = [_with_tail(item.strip(), before[-1][2]) for item in items]
    return phrases if all(p is not None for p in phrases) else None


def _shared_modifier(items: list[str]) -> list[str | None] | None:
    """The phrases a list of things names when the first thing's modifier holds for the others too (单位国内生产总值
    用水量、能耗、二氧化碳排放量: 单位国内生产总值能耗, 单位国内生产总值二氧化碳排放量), or None when no later thing
    makes a phrase so."""
    cat, first = catalogue(), items[0]
    phrases = [first if first in cat.by_phrase else None]
    for item in items[1:]:
        phrases.append(next((first[:j] + item for j in range(len(first) - 1, 1, -1) if first[:j] + item in cat.by_phrase),
                            None))
    return phrases if any(p is not None for p in phrases[1:]) else None


# A part after 其中 of a registered (户籍) population: registered too, no count of residents (城镇人口 is 常住's).
_RESIDENT_COUNTS = frozenset({"urban_population", "population"})
_REGISTERED_WHOLE = re.compile(r"户籍[^。；;常]*[，,]\s*(?:其中[：:]?)?\Z")  # (户籍总人口…，其中城镇人口; 户籍总户数25.35万户，
# 总人口86.92万人: the registered population's, not the resident)
_WHOLE_REACH = 40
_BY_REGISTERED = re.compile(r"按户籍人口(?:计算|平均)")


def _by_registered(sentence: str, start: int) -> bool:
    """Is the per-capita phrase at ``start`` taken per registered person: 按户籍人口计算 in its clause, or as the whole
    clause right before it (按户籍人口计算，全市人均生产总值…; not 按户籍人口计算的城镇化率为48.5%，全体居民人均可支配收入…)?"""
    own = regions.clause_start(sentence, start)
    if _BY_REGISTERED.search(sentence, own, start):
        return True
    lead = sentence[regions.clause_start(sentence, own - 1) : own - 1] if own else ""
    return _BY_REGISTERED.fullmatch(lead.strip()) is not None
# The separators of a list of things (学前教育毛入园率、义务教育巩固率、高中阶段和高等教育毛入学率).
_ITEM_BREAK = re.compile("[、和及与]")


# Verbs whose object the phrase is: the figure after it is an amount changed, not a level of the indicator.
_OBJECT_OF = ("减少", "增加", "减轻", "降低", "节约", "节省", "增收", "减收", "少收", "多收")
# A thing listed after the phrase that the figure holds for as well (能耗、水耗均下降20%以上): each has the value.
_EACH = re.compile(r"[、和及与][\u4e00-\u9fff]{1,8}?(?:(?<![年平])均|都)(?!分别)")  # not 年均, 平均
# A count of thresholds crossed (连跨两个万亿元台阶, 迈上4个万亿元台阶): no value of the indicator.
_STEPS = re.compile(r"[0-9两二三四五六七八九十]+个.")
# A list of thresholds crossed, counted after it (连续跨越7万亿、8万亿、9万亿三个大台阶): bounds passed over the years,
# no value of any one year (the series would hold them as conflicting values).
_STEPS_AFTER = re.compile(r"(?:[、和][^，,；;。、]{1,10}?)*(?:[两二三四五六七八九十]|[0-9]{1,2})(?:个(?:大|新|重要)?|大)[^，,；;。]{0,4}台阶")


# A level at the prices of a base year (按2010年价格计算，2015年国内生产总值将超过55万亿元) is no value of the indicator
# at current prices.
def _at_constant_prices(sentence: str, placed: Placed, floor: int) -> bool:
    """Does 按…年价格计算 stand before the figure, after the sentence's figure before it (按2010年不变价格计算，到2020年，
    国内生产总值将超过100万亿元; not a later figure's 财政收入达到15万亿元)?"""
    return _CONSTANT_PRICES.search(sentence, floor, placed.start) is not None


_CONSTANT_PRICES = re.compile(r"按[^，,；;。]{0,6}(?:[0-9０-９]{4}年|不变)价格")
_THEN_VALUE = re.compile(r"(大关|关口)?(?:[（(][^）)]{1,12}[）)])?[，,、]?(?:[0-9]{4}年|今年|去年|当年|全年)?"
                         r"(?:累计)?(?:达到|达|为|实现|完成|至|(?:由|从)(?:[0-9]{4}年(?:末|底)?的?)?)")  # an aside: (人民币,下同); 突破3000亿元
# 大关，由2012年的2199.9亿元增加到…: the value reached told from the year before (a step, 台阶, reached is a value)
# Thresholds listed and then the values reached, each (分别迈上2000亿元、1000亿元和300亿元台阶，分别达到2317.4亿元、…).
_THEN_VALUES = re.compile(r"(?:大关|关口|(?:新|大)?台阶)[，,]?(?:分别|均)(?:达到|达|为|实现)(?=[0-9０-９])")  # (not 分别为全省
# 第二和第三: ranks)
_PART = re.compile(r"其中[，,]?$")
_SIZE_CLASS_BEFORE = re.compile(r"(?:限额以上|规模以上|规上|限上|限额以下|规模以下)[\u4e00-\u9fff]{0,4}$")
_NON = re.compile(r"非[\u4e00-\u9fff]{0,4}$")  # (非规模以上工业: right before the phrase too)
# A clause of a breakdown right before a clause: 其中， and …中， (民间投资中，).
_BREAKDOWN_BEFORE = re.compile(r"中[，,：:]\s*$")
_BREAKDOWN_REACH = 4
_VALUE_ADDED_WHOLE = re.compile(r"增加值|工业(?:生产)?增长")  # the whole a breakdown of value added is of
_ADDED = re.compile(r"(?:新增|净增)")
_BUILT = re.compile(r"新增|净增|新建|改扩建|新改建|改建|续建|新开工|开工|改造")  # (not 建成投运…装机容量, 公路通车里程: stocks)
_ADDITIONS = ("新登记", "新设立", "新设", "净增", "新增", "新培育", "新认定", "新入库")
_ADDED_BEFORE = re.compile(f"(?:{'|'.join(_ADDITIONS)})[^，,、；;。]{{1,6}}$")
_BARE_GAP = re.compile(r"(?:超过|超|近|约|逾)?")  # an item of a list of additions: 高新技术企业150家 (not 总装机达…)
_ADDED_OPENS = re.compile(f"(?:{'|'.join(_ADDITIONS)}|培育)")  # a clause listing additions
# A figure that sets a threshold for a class of places or firms (首个经济总量突破5万亿元的城市).
# …and the first of a list of such bounds (GDP过千亿、财政收入过百亿的县; 经济总量近千亿、4个过五百亿的县市)
_LISTED_CLASS = re.compile(r"、[^，,；;。：:]{0,16}?(?:的(?:城市|省份|省区|地区|国家|经济体|企业|县|县区|区县|县市|市)|县市)")
_CLASS_OF = re.compile(r"(?:大关|台阶|以上)?(?:GDP|地区生产总值)?(?:的(?:城市|省份|省区|地区|国家|经济体|企业|县|县区|区县|市|乡镇|镇|乡|村|园区|开发区|行业|产业|项目)"
                       r"|(?:城市|县(?!城)|县区|区县)|的(?=(?:达到|达|有|共有|增至|增加到|增加至)?\s*[0-9一二三四五六七八九十两]+\s*个))")
# (超千亿元的县达到10个, 超300万元的乡镇有8个, 超千亿元的达到10个, 经济总量超100亿元的128个: the threshold of a class
# counted)
# A clause that takes something out of the indicator (扣除房地产开发投资后，剔除扭亏影响，不含…), but not a deflator
# (扣除价格因素: real growth).
_EXCLUDING = re.compile(r"(?:扣除|剔除|不含|除去)(?![^，,；;。]*?(?:价格|物价))[^，,；;。]{1,14}?(?:后|影响|外)?[，,]?$")
_EXCLUDING_REACH = 20  # the longest text _EXCLUDING matches
# …and a clause of a rate adjusted so, right before it, after the rate itself (同比下降8.0%，扣除增值税留抵退税因素后增长5.1%;
# not 扣除价格因素后实际增长: real growth)
_TIMED_GAP = re.compile(r"今年|去年|上年|明年|[0-9]{4}年")  # (去年…增长8%，今年扣除…后增长5.1%: each year's own rate)


def _adjustment_start(sentence: str, start: int, end: int) -> int:
    """Where 扣除/剔除 opens the adjustment between ``start`` and ``end`` (a year inside it, 扣除2022年留抵退税因素, names the
    factor's, not the rate's), else ``end``."""
    found = [i for i in (sentence.find(w, start, end) for w in ("扣除", "剔除")) if i >= 0]
    return min(found, default=end)
_ADJUSTED = re.compile(r"(?:扣除|剔除)(?![^，,；;。]*?(?:价格|物价))[^，,；;。]{1,12}?(?:因素|影响)后?[^，,；;。0-9０-９]{0,4}$")
# How a clause names the whole its figure is a share of.
_SHARES = {
    "gdp": re.compile(r"(?:其|的)?(?:占|相当于)(?:国内|地区|全国|全省|全市|全区|本市|本省)?(?:生产总值(?:GDP)?|GDP)的?(?:比重|比例)"),
    "population": re.compile(r"(?:其|的)?占(?:全省|全市|全区|全县)?(?:年末)?(?:常住|总)人口(?:总数)?的?比重"),
}


def _share_named(sentence: str, placed: Placed, floor: int) -> str | None:
    """A phrase of the figure's clause with a share of a whole right after it (研究与试验发展经费支出占生产总值比重1.9%左右,
    全社会研究与发展经费支出相当于全市生产总值的比例达到2.7%左右): the share the catalogue has of the phrase's thing, when
    the figure has its form. The whole's own phrase inside the share (生产总值) is passed over."""
    if "占" not in sentence and "相当于" not in sentence:
        return None  # the common case, in one step (every share of _SHARES opens so)
    own = max(regions.clause_start(sentence, placed.start), floor)
    cat = catalogue()
    for start, end, phrase in reversed([h for h in _hits(sentence) if own <= h[0] and h[1] <= placed.start][-2:]):
        for whole, share_re in _SHARES.items():
            m = share_re.match(sentence, end)
            if m is not None and cat.gap_re.fullmatch(sentence, m.end(), placed.start) is not None:
                if phrase not in cat.by_phrase:
                    return None  # (a split's phrase: 第一、二、三产业增加值占生产总值的比重)
                family = cat.indicators[cat.by_phrase[phrase][0]].family
                share = cat.indicators[family].shares.get(whole)
                return share if share is not None and cat.indicators[share].fits(placed.fact) else None
    return None


def _share_of(sentence: str, placed: Placed, before: str | None) -> str | None:
    """A clause that opens with 占国内生产总值比重 (or 占常住人口比重) and names no subject of its own: the share of what
    the figure before it (``before``: its indicator) measures, where the catalogue has one (全国研究与试验开发经费…，
    占国内生产总值的比重从0.64%提高到1.13%; 城镇常住人口2352万人，占总人口比重为61.8%)."""
    own = regions.clause_start(sentence, placed.start)
    for whole, share_re in _SHARES.items():
        m = share_re.match(sentence, own)
        if m is not None and catalogue().gap_re.fullmatch(sentence, m.end(), placed.start) is not None:
            break
    else:
        return None
    # the subject is what the figure before measures (not a phrase further back: …城镇常住人口1055万人，60岁及以上
    # 人口250万人，占总人口比重为19.8% is the elderly's share)
    if before is None:
        return None
    return catalogue().indicators[indicator(before).family].shares.get(whole)  # 研发经费投入增长10%，占…: its level's


_ITEM_GOAL = re.compile(r"(?:确保|力争|争取|努力|实现|预计|接待|完成)?")
_ELIDED_ITEM = 18
# A clause's subject opened by a scope word or a short place name (全市服务业…, 成都服务业…).
_SUBJECT_LEAD = re.compile(r"(?:(?:全|我|该|本)[省市县区州旗盟]|[\u4e00-\u9fff]{2,3}(?:省|市|县|区)?(?=服务业|工业|农业|建筑业|第[一二三]产业))?")
_ITEM_TIME = re.compile(r"(?:(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年(?:度|底|末)?的?|全年|今年|去年|当年|[上下]半年|"
                        r"[一二三四]季度|前三季度)?")


def _elided(sentence: str, placed: Placed, previous: str = "") -> str | None:
    """The catalogue phrase a list item names with its head alone, the modifier given by the item before it
    ("粮食播种面积1584.6万亩、总产量132.4亿斤" → 粮食总产量; "规模以上工业企业达7.6万家、增加值增长3%") or by the
    nearest phrase before (see below). ``previous``: the sentence before, when this one continues it."""
    cut = max(sentence.rfind("、", 0, placed.start), sentence.rfind("，", 0, placed.start),
              sentence.rfind(",", 0, placed.start))
    if (cut < 0 and not previous) or placed.start - cut - 1 > _ELIDED_ITEM:
        return None  # an item naming its head alone is short (总产量, 增加值增长, 支出首次超过)
    m = _head_re().fullmatch(sentence, cut + 1, placed.start)
    cat = catalogue()
    if m is None or cat.phrases.longest(m.group(1)) or _change_only(m.group(1)):
        return None  # no head, or one that names something of its own, or a change verb only (经济作物播种面积…，增长0.2%:
        # no 经济增长)
    head = m.group(1)
    clause_before = previous if cut < 0 else sentence[regions.clause_start(sentence, cut) : cut]
    if cut >= 0:
        earlier = clause_before
        # past a year, 全年 or a goal's word opening the item (2025年粮食…, 确保粮食播种面积…)
        earlier = earlier[_ITEM_TIME.match(earlier).end() :]
        earlier = earlier[_ITEM_GOAL.match(earlier).end() :]
        # a modifier of two characters or more: 进 of 进出口总额 is none (进出口总额…、出口2.6万亿元 is exports); its
        # start, else its end (新登记经营主体320万户、总量达2037.7万户: 经营主体总量)
        found = _prefixed(earlier, head) or \
            next((name[i:] + head for name in [_LEADING_NAME.match(earlier).group().removesuffix("为")]
                  if len(name) < len(earlier) for i in range(1, len(name) - 1) if name[i:] + head in cat.by_phrase), None)
        # (the words before the earlier item's figure: not a clause with none, 是…超千亿的城市，人口超千万)
        if found is None and (subject := _SUBJECT_LEAD.match(earlier)).end():
            earlier = earlier[subject.end() :]  # past the clause's scope word or place (全市服务业保持平稳较快发展，实现
            # 增加值500亿元: 服务业增加值)
            found = _prefixed(earlier, head.removeprefix("实现").removeprefix("完成"))
        if found is not None:
            return found
    # the modifier of the nearest catalogue phrase before: in the clause right before the item ("粮食总产稳定在1300亿斤
    # 以上，播种面积保持在1.6亿亩"), or, for an item opening a sentence after a semicolon, in the sentence before
    # ("粮食种植总面积124.97万亩，同比基本持平；总产55.58万吨") — not further back, past things of their own
    # (…经营主体…、总量达474万户，新增上市公司48家、总量达122家: 122家 is no count of entities)
    hits = _hits(clause_before)
    if hits:
        phrase = hits[-1][2]
        found = next((phrase[:j] + head for j in range(len(phrase), 1, -1) if phrase[:j] + head in cat.by_phrase), None)
        if found is not None:
            return found
    return (_word_before_head(sentence, cut, head) or _subject_clause(sentence, cut, head)) if cut >= 0 else None


def _prefixed(earlier: str, head: str) -> str | None:
    """The catalogue phrase the longest start of ``earlier`` (two characters or more) makes with ``head``, if any."""
    by_phrase = catalogue().by_phrase
    return next((earlier[:j] + head for j in range(len(earlier) - 1, 1, -1) if earlier[:j] + head in by_phrase), None)


def _subject_clause(sentence: str, cut: int, head: str) -> str | None:
    """The catalogue phrase the sentence's opening clause makes of the item's head, where the clauses between name
    nothing but a share's base (第二产业实现增加值280.5亿元，占GDP比重61.8%，增加值增长6.8%: 第二产业增加值)."""
    first = regions.clause_start(sentence, cut) - 1
    opening = _LEADING_NAME.match(sentence).group()
    if first <= len(opening) or _hits(_SHARE_BASE.sub("", sentence[len(opening) : first])):
        return None
    lead = _LEADING_WORDS.match(sentence, first + 1).group()
    if sentence[cut] == "、" and lead and not catalogue().gap_re.fullmatch(lead):
        return None  # (高速公路通车里程达到4771公里…，城市轨道交通运营线路增至14条、运营里程超过580公里: an item listed in a
        # clause with a subject of its own)
    cat = catalogue()
    return next((opening[:j] + head for j in range(len(opening), 1, -1) if opening[:j] + head in cat.by_phrase), None)


_SHARE_BASE = re.compile(r"占[^，,；;。]{0,12}?(?:的)?比重")


def _word_before_head(sentence: str, cut: int, word: str) -> str | None:
    """The item's word before the end of the nearest phrase that names a thing itself, two clauses back at most
    ("地方生产总值25.23亿元，同比增长8.5%，人均达到5.62万元": 人均 + 生产总值; not 全年 + 投资); the clause between holds a
    figure of that phrase's only (同比增长8.5%; not 居民储蓄存款余额9000亿元, a subject of its own)."""
    cat = catalogue()
    between = regions.clause_start(sentence, cut)
    if not (_hits(sentence[between:cut]) or cat.gap_re.fullmatch(_LEADING_WORDS.match(sentence, between).group())):
        return None
    near = _hits(sentence[regions.clause_start(sentence, between - 1) : cut])
    if not near:
        return None
    phrase = near[-1][2]
    return next((word + phrase[i:] for i in range(len(phrase) - 1)
                 if phrase[i:] in cat.by_phrase and word + phrase[i:] in cat.by_phrase), None)


_LEADING_NAME = re.compile(r"(?:[0-9０-９]+个)?[\u4e00-\u9fff]*")  # the words before an item's first figure, past a count
# of the things it is of (5个地级城市环境空气质量平均优良天数为306天，比例为83.8%)
_LEADING_WORDS = re.compile(r"[^0-9０-９，,；;。]*")  # a clause's words before its first digit


def _change_only(head: str) -> bool:
    """Is a list item's head a change word alone, its base before it at most (增长, 同比下降: changes.csv, bases.csv)?"""
    return _change_only_re().fullmatch(head) is not None


@cache
def _change_only_re() -> re.Pattern[str]:
    return re.compile(f"(?:{lexicon.alternation(lexicon.bases())})?(?:{lexicon.alternation(lexicon.changes())})")


@cache
def _head_re() -> re.Pattern[str]:
    """A list item's head (its shortest opening of two characters or more) and the gap words after it."""
    return re.compile(rf"(.{{2,{_ELIDED_ITEM}}}?)(?:{catalogue().gap_re.pattern})")


def _spread_back(sentence: str, figures: list[Placed], k: int, out: list[str | None], named: list[str | None]
                 ) -> tuple[str, ...] | None:
    """分别 before a list of figures that follows as many figures of different indicators: their families, in
    order (城镇居民…达到10493元，农村居民…达到3255元，扣除价格因素，分别增长9.6%和6.2%); without 分别 when the
    list is of changes and the figures before it are levels. A figure before whose form its phrase's indicator
    does not fit gives that indicator's family (第一产业增加值13.05亿元、…，分别增长4.6%、…: the catalogue has the
    growth only)."""
    stated = regions.DISTRIBUTIVE in sentence[figures[k - 1].end : figures[k].start]
    if not stated and (figures[k].fact.measure != "change" or figures[k - 1].fact.measure != "level"):
        return None  # the common case, in one step
    size = 1
    while k + size < len(figures) and _starts_list(sentence, figures, k + size - 1):
        size += 1
    before = [out[j] or named[j] for j in range(k - size, k)] if k >= size else []
    if size < 2 or k < size or all(i is None for i in before):
        return None
    if not stated and any(f.fact.measure != "change" or g.fact.measure != "level"
                          for f, g in zip(figures[k : k + size], figures[k - size : k])):
        return None  # without 分别: levels, then as many changes (…17175元，…5153元，实际增长9.8%和8.5%)
    # (a figure of no indicator before keeps its place: 财政总收入30.9亿元，其中地方财政收入17.3亿元，分别增长13.3%、10%)
    families = tuple(indicator(i).family if i is not None else None for i in before)
    named_families = [f for f in families if f is not None]
    return families if len(set(named_families)) == len(named_families) else None


def continues(sentence: str) -> bool:
    """Does the next sentence continue this one (it ends with a semicolon)?"""
    return sentence.rstrip().endswith(("；", ";"))


def _short_form(sentence: str, placed: Placed, previous: str = "", prior: tuple[str, ...] = ()) -> str | None:
    """The catalogue phrase of an earlier clause of the sentence (or of the sentence before it, ``previous``) whose end
    is all the figure's clause names before its gap words — three characters or more (我国城镇调查失业率…，尤其是二季度
    以来，失业率稳定在5.0%), two after a word pointing back (南昌市一般公共预算收入…；宁德市这一收入(约272亿元)同比增长7%),
    which may also point into the paragraph's sentences before (``prior``, nearest last: …一般公共预算收入…；宁德市这一
    收入…；聊城市这一收入…。宝鸡市这一收入…), back past sentences that point back too, to the nearest naming a phrase as
    its subject (not 土地出让收入…。这一收入…: another revenue, no catalogue's): that phrase."""
    own = regions.clause_start(sentence, placed.start)
    back = _POINTING_BACK.search(sentence, own, placed.start)
    earlier = [h for h in _hits(sentence) if h[1] <= own]
    if not earlier and previous:
        earlier = list(_hits(previous))
    for before in reversed(prior) if not earlier and back is not None else ():
        earlier = [h for h in _hits(before) if _subject_at(before, h[0])]
        head = sentence[back.end() : back.end() + _POINTED_HEAD]
        if earlier and before.rfind(head) >= earlier[-1][1]:
            earlier = []  # (南昌市一般公共预算收入500亿元，非税收入表现亮眼。这一收入…: a nearer 收入, no catalogue's)
        if earlier or _POINTING_BACK.search(before) is None:
            break  # (…非税收入表现亮眼。这一收入…: the sentence before names another, no catalogue phrase)
    if not earlier:
        return None
    phrase = earlier[-1][2]
    at, shortest = (back.end(), 2) if back is not None else (own, 3)
    gap_re = catalogue().gap_re
    return next((phrase for j in range(1, len(phrase) - shortest + 1) if sentence.startswith(phrase[j:], at)
                 and (gap_re.fullmatch(sentence, at + len(phrase) - j, placed.start) or
                      ((aside := _VALUE_ASIDE.match(sentence, at + len(phrase) - j)) is not None and
                       (aside.end() > placed.start or gap_re.fullmatch(sentence, aside.end(), placed.start))))), None)


def _topical(sentence: str, placed: Placed, topic: str, before: tuple[str, ...] = ()) -> str | None:
    """The catalogue phrase a paragraph's topic and the bare head its clause opens with make together (（一）一般公共预算。
    全省收入5853.9亿元，…；支出13697.6亿元: 一般公共预算收入, 一般公共预算支出), a scope word before the head at most —
    not after a part of the region named before it in the paragraph (省级收入1018亿元…。支出2281.6亿元: the province's own
    level's), nor a total with transfers (加上上级补助收入…，收入总计650亿元)."""
    noun = _TOPIC.fullmatch(topic.strip()) if topic and len(topic) <= _TOPIC_MAX else None
    if noun is None:
        return None
    cat = catalogue()
    own = regions.clause_start(sentence, placed.start)
    scope = cat.scope_re.match(sentence, own).end() if _SCOPE_HEAD.match(sentence, own) else own
    phrase = next((noun.group(1) + sentence[scope : scope + size] for size in range(1, _HEAD_MAX + 1)
                   if (noun.group(1) + sentence[scope : scope + size]) in cat.by_phrase and
                   cat.gap_re.fullmatch(sentence, scope + size, placed.start)), None)
    if phrase is None or _TOTALLED.search(sentence, scope, placed.start) or \
            any(word in sentence[:placed.start] for word in _TRANSFERS) or \
            (scope == own and any(part in text for text in (sentence[:own], *before) for part in cat.region_parts)):
        return None  # (全省支出… after 其中省级收入…: its own scope word names the whole again)
    return phrase


_TOTALLED = re.compile("总计|总量|合计|总额|总数")
_TOPIC_MAX = 24  # (a topic is a short line: an enumerator and a noun)


_TOPIC = re.compile(r"(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[0-9]{1,2}[、.．])?\s*"
                    r"(?:关于)?([一-鿿]{2,10})[。.：:]?")  # （一）一般公共预算。 (a topic: an enumerator and a noun)
_SCOPE_HEAD = re.compile(r"(?:全|本)[省市县区州旗]")
_HEAD_MAX = 4


def _subject_at(sentence: str, start: int) -> bool:
    """Does the phrase at ``start`` open its clause, a time, scope words or places at most before it (2025 年江西省南昌市
    一般公共预算收入…; not …，占一般公共预算收入的比重)?"""
    own = regions.clause_start(sentence, start)
    lead = _TIME_HEAD.match(sentence, own).end()
    return lead >= start or catalogue().scope_re.fullmatch(sentence, lead, start) is not None or \
        places_only(sentence[lead:start])


def _foreign_right_before(sentence: str, start: int) -> bool:
    """Does a foreign country or region's name (region_aliases.csv: 美国, 欧元区) end right before ``start``?"""
    window = sentence[max(0, start - _FOREIGN_REACH) : start]
    found = regions.find_places(window) if window and "\u4e00" <= window[-1] <= "\u9fff" else []
    return bool(found) and found[-1].end == len(window) and found[-1].code == regions.COUNTRY and \
        found[-1].level == "country" and found[-1].surface not in _CHINA


_FOREIGN_REACH = 6
_CHINA = frozenset({"中国", "中國", "我国", "我國", "全国", "全國", "国内", "國內", "中国大陆", "大陆", "內地", "内地", "全球"})
_POINTED_HEAD = 2  # the characters of the head a pointer names (这一收入: 收入)
_TIME_HEAD = re.compile(r"\s*(?:[0-9]{4} ?年度?|今年|去年|全年)?[，, ]*")
_POINTING_BACK = re.compile(r"(?:这一|这项|该项|此项|这个)")


def _time_item(sentence: str, before: Placed, placed: Placed) -> bool:
    """Is the figure's clause a part of the year, or another year, and gap words only (其中1—2月下降1.6%, 1—3月下降1.1%;
    2023年进一步提高到78.6岁), right after the clause of the figure before?"""
    own = regions.clause_start(sentence, placed.start)
    item = _TIME_ITEM.match(sentence, own)
    return item is not None and item.end() > own and sentence[before.end : own].strip() in ("，", ",", "；", ";") and \
        catalogue().gap_re.fullmatch(sentence, item.end(), placed.start) is not None


_TIME_ITEM = re.compile(r"(?:其中[，,：:]?)?(?:[一二三四]季度|[上下]半年|前三季度|(?:[1１一][-—–~～－至到])?[0-9０-９]{1,2}月份?"
                        r"|前[0-9０-９一二三四五六七八九十]{1,2}个月|(?:到|至)?(?:19|20)[0-9]{2}年(?:末|底)?)")  # (…达到78.2岁，
# 2023年进一步提高到78.6岁: another year's value)


def opens_with_places_values(sentence: str) -> bool:
    """Does the sentence open with places and a value of theirs, no measure named (上海为5.5%以上，陕西、广西为5.5%左右):
    an item of a round-up the paragraphs before framed?"""
    m = _PLACES_VALUE.match(sentence)
    return m is not None and places_only(m.group(1).replace("、", "").replace("和", ""))


_PLACES_VALUE = re.compile(r"([^，,。；;：:“”0-9０-９]{2,30}?)(?:则|也|均|都)?(?:为|是)[0-9０-９][0-9０-９.．]*(?:[%％]|个百分点|[万亿])")
# (a rate or an amount: not 北京为2022年冬奥会举办城市)


def opens_part(sentence: str) -> bool:
    """Does the sentence tell a part of what the one before told (其中，9月份同比下降2.8%)?"""
    return _PART_LEAD.match(sentence) is not None


_PART_OF_TIME = r"(?:第?[一二三四1-4]季度?|[上下]半年|[0-9０-９]{1,2}月份?(?:当月|單月|单月)?)"  # 二季度, 第1季, 上半年, 10月当月

# A sentence's opening 其中 and the part of the time after it: 其中，9月份, 其中10月当月, 其中二季度.
_PART_LEAD = re.compile(rf"\s*(?:其中|分季度看|分季度|分季看|分月看|分月份看)[，,：:]?\s*(?:{_PART_OF_TIME}[，,]?)?")  # (…增长5%。
# 分季度看，第1季年增5.4%，…: the parts of the year of what the sentence before told)


def continued_subject(sentence: str, figures: list[Placed], out: list[str | None]) -> str | None:
    """The indicator a sentence leaves to the next one when that one continues it (after a semicolon, or telling a
    part: 其中，…): its last figure's, when no catalogue phrase follows that figure; else None."""
    j = next((j for j in range(len(out) - 1, -1, -1) if out[j] is not None), None)
    if j is None or any(h[0] >= figures[j].end for h in _hits(sentence)):
        return None
    return out[j]


def _added_to_stock(found: str | None, sentence: str, start: int, end: int) -> bool:
    """Is the figure an addition (新增 between ``start`` and ``end``) to a stock indicator?"""
    return found is not None and indicator(found).stock and _ADDED.search(sentence, start, end) is not None


# Between an addition and the total it brought: 、总数达到, ，累计达, ，总量为.
_TOTAL_AFTER = re.compile(r"[、，,]\s*(?:总数|总量|累计|总计|共计|总共)(?:已)?(?:达到|达|为|有|至)?")


def _total_after_addition(sentence: str, previous: Placed, placed: Placed) -> str | None:
    """The stock an addition went to (新增国家高新技术企业29家、总数达到277家): the level indicator the phrase of the
    addition's clause names, when the figure is a level of the addition's unit."""
    if _TOTAL_AFTER.fullmatch(sentence, previous.end, placed.start) is None or placed.fact.unit != previous.fact.unit:
        return None
    own = regions.clause_start(sentence, previous.start)
    hits = [h for h in _hits(sentence) if own <= h[0] and h[1] <= previous.start]
    if not hits or not _ADDED.search(sentence, own, hits[-1][0]):
        return None
    fitting = [i for i in catalogue().by_phrase[hits[-1][2]] if indicator(i).fits(placed.fact, "level")]
    return fitting[0] if len(fitting) == 1 else None


def _rates_stated(sentence: str, figures: list[Placed]) -> list[Placed]:
    """The figures, those a growth rate's noun states as values (第三产业增加值497.48亿元，增速分别为4.4%、4.8%: levels, see
    lexicon.stated_rates) read as the changes an indicator of growth holds."""
    out: list[Placed] = []
    for k, placed in enumerate(figures):
        head = k
        while head and _starts_list(sentence, figures, head - 1):
            head -= 1
        own = regions.clause_start(sentence, figures[head].start)
        if placed.fact.kind == "percent" and placed.fact.measure == "level" and (
                _stated_rate_re().search(sentence, own, figures[head].start) or
                _BARE_RATE.fullmatch(sentence, own, figures[head].start)):
            placed = replace(placed, fact=replace(placed.fact, measure="change"))
        out.append(placed)
    return out


# A growth rate's noun opening its clause, no noun of its own before it (…生产总值达5696.49亿元，“十四五”时期年平均增长率达5.7%):
# the rate of what the clause before measured (not 人口自然增长率为3‰: a rate of its own).
_BARE_RATE = re.compile(r"\s*(?:[“\"]?十[一二三四五]?五[”\"]?(?:时期|期间)|[0-9０-９]{4}年|今年|去年|全年|同期|五年来|近五年)?"
                        r"(?:(?:[两二三四五]|[2-5])年)?(?:年平均|平均|年均)?(?:增长率|增长速度)(?:为|达|达到|是)?")


@cache
def _stated_rate_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{lexicon.alternation(lexicon.stated_rates())})[^0-9０-９，,；;。]{{0,6}}$")


def _opens_with_rate(sentence: str, placed: Placed) -> bool:
    """Does a rate stand in its sentence's first clause with nothing before it but a rate noun or gap words (增速达16%,
    两年平均增长8.4%)? Such a sentence continues the subject of the one before."""
    part = _PART_LEAD.match(sentence)  # (其中，9月份同比下降2.8%: a part of the time the sentence before told)
    skip = part.end() if part else 0
    opening = max(regions.clause_start(sentence, placed.start), skip)
    if opening != skip and catalogue().gap_re.fullmatch(sentence, skip, opening) is None:
        return False  # (扣除价格因素，实际增长5.0%: an opening clause of gap words only is no subject either)
    clause = sentence[opening : placed.start].lstrip()
    head = _RATE_HEAD.match(clause)
    if placed.fact.measure != "change" and not head.group("noun"):
        return False  # (a level after no rate noun: 增速达16% is a rate stated as a value, 达16% no rate at all)
    return catalogue().gap_re.fullmatch(clause, head.end()) is not None


def _opens_with_time(sentence: str, placed: Placed) -> bool:
    """Does the sentence open with a time, then the figure after gap words only (2011年，1700亿元)? After a semicolon,
    such a sentence tells the next time's value of what the one before told."""
    time = _ITEM_TIME.match(sentence)
    return time.end() > 0 and _VALUE_AFTER_TIME.fullmatch(sentence, time.end(), placed.start) is not None


_VALUE_AFTER_TIME = re.compile(r"[，,]?\s*(?:为|是|达到?|突破|超过|约|近)?")  # (not 2013年，累计完成50亿元: another measure)


def _ranked_by_rate(sentence: str, placed: Placed) -> str | None:
    """The family of a rate its sentence ranks its subject by (烟台以6.1%的实际增速领跑全省，GDP突破1.1万亿元; 以5.8%的增速位居
    …经济总量排名前十城市的首位): the family of the sentence's only measure, named before or after the rate."""
    if not (_BY_RATE_BEFORE.search(sentence, max(0, placed.start - 2), placed.start) and
            _BY_RATE_AFTER.match(sentence, placed.end)):
        return None
    cat = catalogue()
    families = {cat.indicators[i].family for _, _, phrase in _hits(sentence) for i in cat.by_phrase.get(phrase, ())}
    return families.pop() if len(families) == 1 else None


def _framed(sentence: str, placed: Placed, prior: tuple[str, ...]) -> str | None:
    """The family of the measure a frame names (从经济增速看, 从经济规模来看: the sentence's before the figure, else the
    nearest of the paragraph's sentences before) when the figure's subject is a place with at most a bare head (湖北增速为
    6%, 江苏同比增长3.7%, 其中西藏以7.1%的增速位列第一, 广东以68725.4亿元位居全国第一; 西藏增速居首，同比增长7.8%: the clause
    before), no measure of its own, and every clause before it in its sentence is such a place's."""
    frames = list(_FRAME.finditer(sentence, 0, placed.start)) if "看" in sentence else []
    frame = frames[-1].group(1) if frames else next((f for text in reversed(prior) if (f := _last_frame(text))), None)
    family = _frame_family(frame) if frame is not None else None
    if family is None:
        return None  # (no headline frames it: 各省份GDP排名 over 一般公共预算收入：⏎广东：1.3万亿元 — a topic the page names
        # in a line of its own, no catalogue phrase, is out of sight)
    return family if _place_subject(sentence, placed, frames[-1].end() if frames else 0) else None


@lru_cache(maxsize=1024)
def _last_frame(text: str) -> str | None:
    """The words of the last frame a sentence names (从经济增速看 → 经济增速), if any."""
    frames = list(_FRAME.finditer(text)) if "看" in text else []
    return frames[-1].group(1) if frames else None


@lru_cache(maxsize=256)
def _frame_family(words: str) -> str | None:
    """The only family a frame's words name (经济增速: gdp; 各地GDP目标: the places' goals of it), if one."""
    cat = catalogue()
    words = _FRAME_GOAL.sub("", _FRAME_SET.sub("", words))
    families = {cat.indicators[i].family for i in cat.by_phrase.get(words, ())}
    return families.pop() if len(families) == 1 else None


_FRAME_SET = re.compile(r"^(?:全国)?(?:各地|各省份?|各省区市|各城市|各市州?|[0-9一二三四五六七八九十]+个?(?:省份|省区市|城市))的?")
_FRAME_GOAL = re.compile(r"的?(?:预期)?(?:增长|增速)?目标$")


def _place_subject(sentence: str, placed: Placed, floor: int) -> bool:
    """Is the subject of the figure a place, a bare head and gap words at most after it (湖北增速为6%, 山东、浙江同比增速
    均为3.6%, 广东以68725.4亿元位居全国第一), in its clause or, when that holds gap words only, in the clause
    before it (西藏增速居首，同比增长7.8%) — no catalogue phrase from ``floor`` (a frame's end) to the figure?"""
    if _hits(sentence[floor : placed.start]):
        return False
    own = regions.clause_start(sentence, placed.start)
    subject = sentence[_FRAMED_LEAD.match(sentence, own).end() : placed.start]
    if subject.endswith("以"):
        return (_BY_RATE_AFTER.match(sentence, placed.end) or _RANKED_AFTER.match(sentence, placed.end)) is not None and \
            0 < _places_end(subject) == len(subject) - 1 and _places_open(sentence, floor, own)
    gap_re = catalogue().gap_re
    if own > floor and gap_re.fullmatch(subject):
        previous = regions.clause_start(sentence, own - 1)
        if not _places_open(sentence, floor, previous):
            return False
        before = _FRAMED_LEAD.match(sentence, _TIME_HEAD.match(sentence, previous).end())
        subject = sentence[max(floor, before.end()) : own].rstrip("，,：: ")
        end = _places_end(subject, _EACH_WORD in sentence[own : placed.start])  # (上海、天津、北京同比增速慢于全国增速，
        # 分别为1.7%、1.5%、1.2%)
        return bool(end) and _CLAUSE_BEFORE_TAIL.fullmatch(subject, end) is not None
    end = _places_end(subject)
    return bool(end) and _places_open(sentence, floor, own) and \
        (end == len(subject) or gap_re.fullmatch(subject, end) is not None or _FRAMED_TAIL.fullmatch(subject, end) is not None)


def _places_open(sentence: str, floor: int, upto: int) -> bool:
    """Is every clause from ``floor`` (past times, 其中 and frames of areas: 分地区看，在东部地区，) up to ``upto`` a place's
    with a bare head, gap words and its figure at most (江苏同比增长3.7%，…，海南、福建分别…) — no topic of its own (物价方面，
    北京同比上涨0.1%; 消费市场持续回暖，湖北增长6.1%; 湖北外贸增长6.1%，江苏增长5%)?"""
    at = _SUBJECT_OPENERS.match(sentence, floor).end()
    gap_re = catalogue().gap_re
    while at < upto:
        end = min((k for k in (sentence.find(c, at, upto) for c in CLAUSE_BREAKS) if k >= 0), default=upto)
        clause = sentence[at:end]
        places = _places_end(clause, each=True)
        rest = _FIGURE_IN_CLAUSE.sub("", clause[places:])
        if not places or not (gap_re.fullmatch(rest) or _CLAUSE_BEFORE_TAIL.fullmatch(rest) or _FRAMED_TAIL.fullmatch(rest)
                              or _RANKED_REST.fullmatch(rest)):
            return False  # (湖北外贸增长6.1%，江苏增长5%: the clause before names its own measure)
        at = end + 1
    return True


_RANK_VERBS = "位居|位列|居|排名|排在|领跑|领先"  # (a place's value ranked: 以…位居全省第一)
_RANKED_REST = re.compile(rf"以(?:的(?:实际|名义)?增速)?(?:{_RANK_VERBS})[^，,0-9]{{0,8}}")  # (合肥以12673.8亿元位居
# 全省第一，芜湖以…: the place's value ranked)
_FIGURE_IN_CLAUSE = re.compile(r"[0-9０-９.．]+(?:%|％|个百分点|万亿元|亿元|万元|元)?")


def _places_end(text: str, each: bool = False) -> int:
    """Where the places a text opens with end, listed with 、 or 和 (山东、浙江) only before 分别 (one value for each; or
    ``each``: 分别 comes later), 0 when it opens with none (or with several, the value of neither: 广东和江苏均超6.6万亿元)."""
    end, listed = 0, False
    for place in regions.find_places(text):
        if place.start != end and not (end and text[end : place.start] in _LIST_GAPS):
            break
        listed, end = listed or place.start != end, place.end
    return 0 if listed and not (each or text.startswith(_EACH_WORD, end)) else end


_EACH_WORD = "分别"


_FRAME = re.compile(r"从([^，,。；;：:]{2,10}?)来?看[，,：:]")
_FRAMED_LEAD = re.compile(r"(?:其中|除了?)?[，,]?")
# What may open a sentence before a place's figure under a frame: times, 其中, frames of places, areas (分地区看，在东部地区，…).
_SUBJECT_OPENERS = re.compile(r"(?:[，,\s]|其中|此外|另外|(?:分|从)[^，,。；;]{1,8}?来?看|在[^，,。；;]{1,10}?(?:地区|省份|城市|区域)中?"
                              r"|(?:[0-9]{4}年|今年|去年|上半年|下半年|前三季度|一季度|全年|[0-9]{1,2}月份?))*")
_FRAMED_TAIL = re.compile(r"的?(?:经济)?(?:增速|增幅|总量)(?:为|是|达到?)?\s*")
_CLAUSE_BEFORE_TAIL = re.compile(r"(?:的?(?:经济|GDP)?(?:同比)?(?:增速|增幅|总量)?(?:领先|领跑|居首|紧随其后|(?:位居|位列|排名|排在|居)"
                                 r"[^，,0-9]{0,6}|与全国(?:同步|持平)|[快慢高低]于全国(?:增速|平均水平)?))?")  # 增速居首, 紧随其后 (not
# 房价领涨, 外贸表现亮眼: a subject of its own)
_RANKED_AFTER = re.compile(f"(?:{_RANK_VERBS})")


_BY_RATE_BEFORE = re.compile(r"以\s*\Z")
_BY_RATE_AFTER = re.compile(r"的(?:实际|名义)?(?:增速|增幅|增长速度|增长率)")
_RATE_HEAD = re.compile(r"(?:(?:[两二三四五]|[2-5])年)?(?:平均|年均)?(?P<noun>增速|增幅|增长率|增长速度|涨幅|降幅)?")


def _past_comparison(sentence: str, figures: list[Placed], k: int, named: list[str | None]) -> int | None:
    """The figure before the asides ahead of ``k`` whose measure ``k`` goes on with, else None. An aside is a clause of
    its own that compares the figure with another (…4.92亿元，快于序时进度约6个百分点，同比增长25.0%; …74.16亿元，高于全省
    2.1个百分点，同比增长12.7%), tells how much of a budget or plan it fills (…24627万元，完成年初预算数60999万元的40.4%，
    下降4.2%; …219702.12亿元，为预算的98.1%，比2023年增长1.3%), by how much it changed in its own unit (，比上年减收1070万元，)
    or which milestone it passed (…8141.69亿元，成功跨越八千亿新台阶，同比增长4.7%)."""
    j, first = k - 1, None
    if "（" in sentence or "(" in sentence:  # (为预算(系调整预算,下同)的100%: no clause breaks in brackets)
        sentence = _BRACKETED.sub(lambda m: m.group().replace("，", "、").replace(",", "、"), sentence)
    while j >= 0:
        opening = max(sentence.rfind(c, 0, figures[j].start) for c in "，,")
        close = min((i for i in (sentence.find(c, figures[j].end, figures[j + 1].start) for c in "，,") if i >= 0),
                    default=-1)  # (the aside's clause ends before the next figure: …跨越八千亿新台阶，增长4.7%)
        if opening < 0 or close < 0:
            break
        i = j
        while i > 0 and figures[i - 1].start > opening:
            i -= 1
        text, pos = [], opening + 1
        for placed in figures[i : j + 1]:
            text += [sentence[pos : placed.start], "N"]
            pos = placed.end
        text.append(sentence[pos:close])
        if not _ASIDE.fullmatch("".join(text)):
            break
        first, j = opening, i - 1
    if first is None or j < 0 or named[j] is None or sentence[figures[j].end : first].strip(_PUNCTUATION.spaces):
        return None
    return j


_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")


# A clause beside a figure that tells no value of its own measure (figures written N): a comparison, a share of a budget
# or plan fulfilled, the change in the figure's unit.
_ASIDE = re.compile(r"[^，,。；;N]{0,12}?(?:快于|慢于|高于|低于|高出|低出|超过)[^，,。；;N0-9０-９]{0,12}N"
                    r"|(?:完成|为|占|达到?|是)了?(?:年初|年度|全年|年|调整后?的?)?(?:预算|计划|目标|任务)数?"
                    r"(?:[（(][^（()）N]*[)）])?N?的N"  # (为预算(系调整预算,下同)的100%)
                    r"(?:[（(][^（()）N]*[)）])?"  # (完成年计划710亿元的89.4%（主要是二产、三产未达预期目标）)
                    r"|(?:比|较)?(?:上年|去年)?(?:同期)?(?:增收|减收|多收|少收)N"
                    r"|较(?:均衡|序时)进度(?:快|慢)N"
                    r"|[^，,。；;N]{0,4}?(?:跨越|迈上|跨过|跨上|跃上|站上|突破)N[^，,。；;N]{0,3}?(?:大关|关口|台阶|节点)")


def _joined(sentence: str, previous: Placed, placed: Placed) -> bool:
    """Only connecting words between two figures of a sentence ("达到134.9万亿元，增长5%", "从A增加到B"), or a
    list comma between two figures of one unit ("突破8万亿元、9万亿元"); a bare clause comma does not join."""
    gap = sentence[previous.end : placed.start].strip(_PUNCTUATION.spaces + "“”\"「」")  # web text's 和 11600元;
    # quoted values: “5%以上”与“6%左右”
    gap = _AFTER_ASIDE.sub("", gap, count=1)  # 完成11亿元(预计数,下同)，是2006年的2.6倍，年均增长14.2%
    milestone = next((word for word in metric.milestones() if gap.startswith(word)), "")
    gap = gap[len(milestone):]  # 突破5万关口、达到5.28万元: the milestone crossed, then the value
    if gap in ("、", "和", "及", "与"):
        if gap == "、" and previous.fact.measure == "change" and placed.fact.measure == "level":
            return True  # 地区生产总值增长5.2%、约4.4万亿元: the level of what grew
        return previous.fact.unit == placed.fact.unit and previous.fact.measure == placed.fact.measure
    if any(ch in "；;。！？!?" for ch in gap) or not gap.strip("，,、 　"):
        return False
    if gap.lstrip("，,、 　") in _EXISTENTIAL and _HAN.match(sentence, placed.end):
        return False  # 城镇新增就业64.3万人，有25.3万名城镇失业人员实现了再就业: 有 opens a subject of its own
    part = _TIME_PART.match(gap)  # 同比增长0.3%，其中，二季度增长8.6%: the same measure over a part of the time
    if previous.fact.kind == "duration" and gap[:1] not in "，,、" and catalogue().gap_re.fullmatch("，" + gap):
        return True  # 收入1.39万亿元，连续35年稳居全国首位，同比增长3%: a run's rank told on the way, as after a comma
    return catalogue().gap_re.fullmatch(gap, part.end() if part else 0) is not None


_PART_OPENS = re.compile(r"(?:其中[，,：:]?)?(?:在(?=[^，,。；;]{2,40}方面))?")  # (在固定资产投资、…、进出口方面，分别…)
# A part of the time, after 其中 or not: 其中，二季度, 其中10月当月; 一季度…为5.4%，二季度改善至5.1%.
_TIME_PART = re.compile(rf"[，,]?\s*(?:其中[，,：:]?\s*)?{_PART_OF_TIME}")


_EXISTENTIAL = ("有", "共有", "另有", "还有")
_AFTER_ASIDE = re.compile(r"^[（(][^（()）0-9０-９]{1,30}[）)]")  # a note in brackets right after a figure, no figure in it
# What a ratio to a base's value reads before its multiple: 是2011年的, 为上年的, 相当于全国平均水平的 (a list's later
# member too: 是2011年的1.65倍和).
_MULTIPLE_OF = re.compile(r"(?:是|为|相当于)[^，,；;。]{0,14}的(?:[0-9.]+倍[和、及])?[ \u3000]*\Z")
_MULTIPLE_REACH = 28
_HAN = re.compile(r"[\u4e00-\u9fff]")


# A figure of a wider region set beside the one before it, in brackets or its own clause: （全市11.1%）, ，全省增长5.8%.
# A rate compared with (高于去年一季度5.3%的增速, 超过了全国5.4%的平均增速水平): a comparative, a time or a place at most
# before it, the rate's noun after it.
_COMPARED_RATE = re.compile(r"(?:高于|低于|快于|慢于|超过|好于)了?(?:同期|去年|上年|[0-9]{4}年)?(?:全国|全省|全市|全区)?(?:同期|全年|"
                            r"[一二三四]季度|上半年|前三季度)?(?:平均)?\Z")
_COMPARED_RATE_REACH = 16
_OF_THE_RATE = re.compile(r"的(?:平均)?(?:增速|增幅|增长速度|涨幅)")  # (not 的增长水平: 全国5.0%的增长水平 is read as no place)
_WIDER_BASE = re.compile(r"全国|全省|全区|全市|全州|全盟|全县|全旗")  # a base that is a wider region, not a time (比上年(5.8%))
_PARALLEL = re.compile(r"[（(，,]\s*(?:全国|全省|全区|全市|全州|全盟|全县|全旗)(?:平均)?(?:水平)?(为|是|增长|下降)?")


def _parallel(sentence: str, previous: Placed, placed: Placed, gap: int | None = None) -> bool:
    """Is ``placed`` a wider region's value of what ``previous`` measures, or the value of the base it is compared
    with? Bare in brackets, a rate is read as a level: it is the change the figure before is (同比增长7.5%（全市11.1%）;
    增速低于全市(3.5%); 增速比一季度(6.2%)加快; CPI同比上涨1.4%，低于全国的1.7%). ``gap``: where the words between
    start, when a difference of the rates stands between (提高9.2个百分点，分别高出全国(5.9%))."""
    if previous.fact.unit != placed.fact.unit:
        return False
    m = _PARALLEL.fullmatch(sentence, previous.end, placed.start) if gap is None else None
    if m is not None:
        return previous.fact.measure == placed.fact.measure or m.group(1) in (None, "为", "是")
    m = _COMPARED_BASE.fullmatch(sentence, previous.end if gap is None else gap, placed.start)
    return m is not None and (m.group("close") is not None or regions.comparative_next(sentence, placed.end))


# A comparison's base named right before its value in brackets or after 的, or before a comparative after the value:
# ，增速低于全市(, ，增速比一季度(, 较上年同期(, ，低于全国的1.7%, ，比全国平均水平3.0%快0.7个百分点; after a rank told
# (，增速全省第7位，分别高于全国(5.4%), and the next base of a list of them (…)、全省(5.2%).
_COMPARED_BASE = re.compile(r"(?:[，,]?\s*(?:增速|增幅|降幅|涨幅)?(?:居|位居|排名|列)?(?:全国|全省|全区|全市)第[一二三四五六七八九十0-9]+位?)?"
                            r"(?:[，,]?\s*(?:增速|增幅|降幅|涨幅)?(?:分别)?(?:比|较|高于|低于|快于|慢于|高出|低出|略高于|略低于)|[)）][、和及与])"
                            r"\s*(?:全国|全省|全区|全市|全州|全盟|全县|全旗|上年同期|去年同期|上年|去年|一季度|上半年|前三季度)"
                            r"(?:的?平均|的?平均水平|的?(?:平均)?(?:水平|增速|增幅|涨幅|降幅))?\s*(?P<close>[（(]|的)?")


def _after(sentence: str, placed: Placed, list_end: int | None = None) -> tuple[str, str] | None:
    """The family and the phrase of a phrase that follows the figure and names it ("近1亿农村贫困人口实现脱贫"), or that
    follows the list the figure opens (``list_end``: 分别发行1万亿元、1.3万亿元超长期特别国债)."""
    m = catalogue().after_re.match(sentence, placed.end)
    if m is None and list_end is not None:
        m = catalogue().after_re.match(sentence, list_end)
    if m is None:
        return None
    verbs = catalogue().after_verbs.get(m.group("phrase"))
    if verbs and not any(v in sentence[regions.clause_start(sentence, placed.start) : placed.start] for v in verbs):
        return None  # 全市有老旧小区600个 is no renovation: only after 改造 …
    return catalogue().after[m.group("phrase")], m.group("phrase")


def _list_end(sentence: str, figures: list[Placed], k: int) -> int | None:
    """Where the list of figures that figure k opens ends, or None when it opens none."""
    j = k
    while _starts_list(sentence, figures, j):
        j += 1
    return figures[j].end if j > k else None


def _inherited(previous: str | None, split: tuple[tuple[str, ...], int] | None,
               fact: Fact) -> tuple[str | None, tuple[tuple[str, ...], int] | None]:
    """What a figure joined to the one before takes from it: the next indicator of a split list, or the same
    family (a level's growth rate; the second value of 从…增加到…)."""
    if split is not None:  # the next of the list, round again for a second list (从A和B分别提高到C和D)
        families, index = split[0], (split[1] + 1) % len(split[0])
        return _in_family(families[index], fact, "change" if fact.unit in ("%", "倍") else None), (families, index)
    if previous is None:
        return None, None
    before = indicator(previous)  # 增长幅度由上年的58.6%回落到27.8%: a rate reached in the unit of a rate is one too
    return _in_family(before.family, fact, before.measure if fact.unit == before.unit and fact.measure == "level"
                      else None), None
