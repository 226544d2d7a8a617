"""Documents and their structure. Every offset points into ``Document.text`` as stored (half-open)."""

from __future__ import annotations

from dataclasses import dataclass

from etl.figures.model import Fact, Identifier


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str  # stable: derived from doc_name and the sha256 of text
    doc_name: str  # file stem, or the JSONL `id`
    source_path: str  # file path; for JSONL "path:line"
    text: str  # the stored text: every offset points into it
    sha256: str  # of the redacted text (UTF-8): etl/context/redact.content_sha256
    title: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd when known (a year-only date is its 1 January: see date_precision)
    date_precision: str | None = None  # day | month | year
    region_hint: str | None = None  # JSONL `region`, as given
    source: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Reject:
    """Something that could not be read or resolved, and why."""

    source_path: str
    line: int | None
    reason: str  # short code: binary, undecodable, bad_json, no_text, empty, unresolved_span, ...
    detail: str


@dataclass(frozen=True, slots=True)
class Article:
    index: int  # 0-based within the document
    title: str | None
    char_start: int
    char_end: int
    kind: str  # article | notices


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph after layout repair: may join several raw blocks broken by the page layout."""

    index: int
    article_index: int
    char_start: int
    char_end: int
    text: str  # repaired text for reading (layout line breaks removed); offsets still use char_start/char_end
    heading: str | None  # the section heading this paragraph sits under, if any
    is_heading: bool = False


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int  # 0-based within the document
    paragraph_index: int
    article_index: int
    char_start: int
    char_end: int
    text: str  # repaired text (layout breaks removed)


@dataclass(frozen=True, slots=True)
class Layout:
    articles: tuple[Article, ...]
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    dateline: str | None = None  # e.g. 新华社北京1月25日电
    dateline_date: str | None = None  # month-day as found, e.g. "01-25"


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # GB/T 2260, 6 digits; "000000" for the country
    name: str
    short_name: str
    level: str  # country | province | city | county
    parent_code: str | None


@dataclass(frozen=True, slots=True)
class AttributedFact:
    """A figure with its place in the document and its context."""

    fact: Fact
    sentence_index: int
    metric: str
    region_code: str
    region_how: str  # etl.context.regions.HOW: clause | paragraph | backref | headline | metadata | national | company | unknown
    # | places
    period: str | None  # 2025, 2025-Q1, 2025-03, 2025-12-31, a span 2021-2025 …
    period_basis: str | None  # daily_avg | per_year | per_capita | per_month | cumulative | None
    topic: str
    refers_to_start: int | None = None  # char_start of the figure a change qualifies (fact.refers_to resolved)
    indicator: str | None = None  # id in etl/lexicon/indicators.toml
    status: str | None = None  # actual | target | plan


@dataclass(frozen=True, slots=True)
class Analysis:
    document: Document
    layout: Layout
    facts: tuple[AttributedFact, ...]
    identifiers: tuple[Identifier, ...]
    rejects: tuple[Reject, ...] = ()
