"""Topics: the subject area a figure belongs to (新就业群体, 基层治理, 经济增长 …).

The taxonomy is ``etl/lexicon/topics.toml``: each topic has strong and weak keywords. ``classify``
scores every topic by the keywords found in the figure's metric, its sentence and its section
heading (metric words weigh most) and returns the best slug, or ``other``. The file is read once and
checked: a keyword listed twice, a duplicate slug or a missing weight fails loudly.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path

from etl.context.phrases import Phrases

TOPICS_FILE = files("etl.lexicon").joinpath("topics.toml")  # package data: read from a wheel or a zip too
OTHER = "other"
STRENGTHS = ("strong", "weak")


@dataclass(frozen=True, slots=True)
class Topic:
    slug: str
    name: str  # Chinese label
    description: str
    strong: tuple[str, ...]  # keywords that name the subject
    weak: tuple[str, ...]  # keywords that hint at it


@dataclass(frozen=True, slots=True)
class _Weights:
    metric: int
    sentence: int
    heading: int
    strong: int
    weak: int
    minimum: int


@dataclass(frozen=True)
class _Taxonomy:
    topics: tuple[Topic, ...]
    keywords: dict[str, tuple[str, str]]  # normalised keyword → (slug, strength)
    phrases: Phrases  # the normalised keywords
    weights: _Weights
    order: dict[str, int]  # slug → priority (its place in the file): ties go to the topic listed first


# Runs of anything but CJK ideographs: NFKC leaves every ideograph as it is and composes nothing with it,
# so normalising only these runs gives NFKC of the whole text, in half the time on Chinese sentences.
_NOT_IDEOGRAPHS = re.compile(r"[^\u4e00-\u9fff]+")


def _normal(text: str) -> str:
    """NFKC (full-width to half-width) and upper case, for keywords and texts alike (ＧＤＰ, gdp → GDP)."""
    if not unicodedata.is_normalized("NFKC", text):  # a quick check
        text = _NOT_IDEOGRAPHS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return text.upper()


def _topic(entry: dict, path: Path) -> Topic:
    missing = {"slug", "name", "description", "strong", "weak"} - entry.keys()
    if missing:
        raise ValueError(f"{path}: topic {entry.get('slug', '?')!r} lacks {sorted(missing)}")
    return Topic(entry["slug"], entry["name"], entry["description"], tuple(entry["strong"]), tuple(entry["weak"]))


def _keywords(topics: tuple[Topic, ...], path: Path) -> dict[str, tuple[str, str]]:
    keywords: dict[str, tuple[str, str]] = {}
    for topic in topics:
        for strength in STRENGTHS:
            for word in getattr(topic, strength):
                key = _normal(word).strip()
                if not key:
                    raise ValueError(f"{path}: topic {topic.slug!r} has an empty keyword")
                if key in keywords:
                    raise ValueError(f"{path}: keyword {word!r} in {topic.slug!r} is already in {keywords[key][0]!r}")
                keywords[key] = (topic.slug, strength)
    return keywords


def load_taxonomy(path: Path) -> _Taxonomy:
    """Read and check a taxonomy file (see etl/lexicon/topics.toml)."""
    with path.open("rb") as f:
        data = tomllib.load(f)
    topics = tuple(_topic(entry, path) for entry in data["topic"])
    slugs = [topic.slug for topic in topics]
    duplicates = sorted({slug for slug in slugs if slugs.count(slug) > 1})
    if duplicates:
        raise ValueError(f"{path}: duplicate topic slugs {duplicates}")
    if OTHER not in slugs:
        raise ValueError(f"{path}: the taxonomy needs an {OTHER!r} topic")
    weights = _Weights(**{name: int(data["weights"][name]) for name in _Weights.__slots__})
    keywords = _keywords(topics, path)
    return _Taxonomy(topics, keywords, Phrases(keywords), weights, {topic.slug: i for i, topic in enumerate(topics)})


@cache
def _taxonomy() -> _Taxonomy:
    return load_taxonomy(TOPICS_FILE)


def topics() -> list[Topic]:
    """Every topic, in priority order; ``other`` included."""
    return list(_taxonomy().topics)


def keywords_in(text: str) -> list[str]:
    """See :func:`_keywords_in` (cached: a sentence or heading serves several figures)."""
    return list(_keywords_in(text))


@lru_cache(maxsize=8192)
def _keywords_in(text: str) -> tuple[str, ...]:
    """Taxonomy keywords in ``text`` (normalised), longest-leftmost and non-overlapping, in order."""
    return tuple(key for _, _, key in _taxonomy().phrases.longest(_normal(text)))


def scores(metric: str, sentence: str, heading: str | None) -> dict[str, int]:
    """Score of every topic with at least one keyword in the metric, sentence or heading."""
    totals = dict(_context_scores(sentence, heading or ""))
    for slug, score in _field_scores("metric", metric):
        totals[slug] = totals.get(slug, 0) + score
    return totals


@lru_cache(maxsize=4096)
def _context_scores(sentence: str, heading: str) -> tuple[tuple[str, int], ...]:
    """The sentence's and heading's part of the scores: shared by every figure of a sentence."""
    totals: dict[str, int] = {}
    for field, text in (("sentence", sentence), ("heading", heading)):
        for slug, score in _field_scores(field, text):
            totals[slug] = totals.get(slug, 0) + score
    return tuple(totals.items())


def _field_scores(field: str, text: str) -> list[tuple[str, int]]:
    taxonomy = _taxonomy()
    weight = getattr(taxonomy.weights, field)
    out = []
    for key in _keywords_in(text):
        slug, strength = taxonomy.keywords[key]
        out.append((slug, weight * getattr(taxonomy.weights, strength)))
    return out


def classify(metric: str, sentence: str, heading: str | None) -> str:
    """The slug of the best-scoring topic (ties go to the topic listed first), or ``other``."""
    totals = scores(metric, sentence, heading)
    taxonomy = _taxonomy()
    best = min(totals.items(), key=lambda item: (-item[1], taxonomy.order[item[0]]), default=None)
    if best is None or best[1] < taxonomy.weights.minimum:
        return OTHER
    return best[0]
