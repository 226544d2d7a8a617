"""Pure conversion of analysed documents into warehouse rows (tuples in the column order of COLUMNS).
Values are str, int or None: decimals and dates as exact text, which DuckDB casts on insert.

No DuckDB here: a row that would break a key or a reference becomes a reject row with a reason code,
so a loader that only inserts these rows never violates the schema.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterable, Protocol

from etl.context.model import Analysis, AttributedFact, Document, Region, Reject
from etl.load.schema import table_columns

# Each table's columns (warehouse/schema/00_tables.sql): the order of the rows built below (by name, see ``row``)
# and the explicit column list of every insert.
COLUMNS: dict[str, tuple[str, ...]] = table_columns()
# Tables of the catalogues every document refers to (regions, topics, indicators), parents first.
DIMENSION_TABLES = ("regions", "topics", "indicators", "indicator_units")
# Tables holding one document's rows, parents before children (the order of inserts and copies).
DOCUMENT_TABLES = ("documents", "articles", "sentences", "figures", "identifiers")

# decimal(38, 10): at most 28 digits before the point and 10 after.
INTEGER_DIGITS = 28
FRACTION_DIGITS = 10


class TopicLike(Protocol):
    slug: str
    name: str
    description: str | None


@dataclass(frozen=True, slots=True)
class Known:
    """The dimension keys a figure may reference."""

    region_codes: frozenset[str]
    topics: frozenset[str]
    indicators: frozenset[str] = frozenset()


class IndicatorLike(Protocol):
    id: str
    name: str
    unit: str
    kind: str
    measure: str
    topic: str
    additive: bool
    direction: str
    description: str
    factors: dict[str, Decimal]
    also: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DocumentRows:
    """Every row one analysed document contributes, by table."""

    doc_id: str
    tables: dict[str, list[tuple]]
    chars: int = 0  # characters of the document's text
    size: int = 0  # bytes of its text as UTF-8 (what a progress bar over input files counts)


def _row_builder(table: str, columns: tuple[str, ...]):
    """A function taking each column as a keyword (absent: null) and returning the row as a plain tuple in column
    order; an unknown keyword is a TypeError. Generated from the column list, so it stays in step with the schema,
    and as fast as writing the tuple by hand (rows are built by the ten thousand per document)."""
    params = ", ".join(f"{c}=None" for c in columns)
    source = f"def {table}_row(*, {params}):\n    return ({', '.join(columns)},)\n"
    namespace: dict = {}
    exec(source, namespace)  # noqa: S102 - the code is built from the schema's own column names
    return namespace[f"{table}_row"]


# table → its row builder: ROWS["figures"](fact_id=…, mention=…, …)
ROWS = {table: _row_builder(table, columns) for table, columns in COLUMNS.items()}


def row(table: str, **values: object) -> tuple:
    """A row of ``table`` by column name, in COLUMNS order; columns not given are null, unknown names an error."""
    try:
        return ROWS[table](**values)
    except TypeError as error:
        raise KeyError(f"{table}: {error}") from None


def fact_id(doc: Document, char_start: int, char_end: int, rule: str) -> str:
    """Stable key of a figure: hash of the document's redacted content (sha256), its name (via doc_id), span and rule.

    doc_id joins sha256 so that two copies of one text under different names keep distinct keys.
    """
    key = f"{doc.sha256}|{doc.doc_id}|{char_start}|{char_end}|{rule}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def sentence_id(doc_id: str, index: int) -> str:
    return f"{doc_id}:{index}"


def iso_date(text: str | None) -> str | None:
    """A full ISO date (yyyy-mm-dd), checked; partial dates such as "2025" are not dates and give None."""
    if text is None or len(text) != 10:
        return None
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:  # e.g. 2025-02-30: not a calendar date, so no date
        return None


def decimal_text(value: Decimal | None) -> str | None:
    """Exact text of a value for a decimal(38, 10) column (never float, never exponent notation)."""
    return None if value is None else format(value, "f")


def fits_decimal(value: Decimal | None) -> bool:
    if value is None:
        return True
    if not value.is_finite():
        return False
    _, digits, exponent = value.as_tuple()
    return -exponent <= FRACTION_DIGITS and len(digits) + exponent <= INTEGER_DIGITS


def region_row(region: Region) -> tuple:
    return row("regions", region_code=region.code, name=region.name, short_name=region.short_name,
               level=region.level, parent_code=region.parent_code)


def topic_row(topic: TopicLike) -> tuple:
    return row("topics", topic=topic.slug, name=topic.name, description=topic.description)


def reject_row(reject: Reject) -> tuple:
    return row("rejects", source_path=reject.source_path, line=reject.line, reason=reject.reason,
               detail=reject.detail)


def document_row(doc: Document, parser_version: str) -> tuple:
    return row("documents", doc_id=doc.doc_id, doc_name=doc.doc_name, source_path=doc.source_path,
               title=doc.title, date=iso_date(doc.date), date_precision=doc.date_precision if iso_date(doc.date) else None,
               region_hint=doc.region_hint, source=doc.source,
               url=doc.url, sha256=doc.sha256, text=doc.text, parser_version=parser_version)


def layout_rows(analysis: Analysis) -> dict[str, list[tuple]]:
    doc_id = analysis.document.doc_id
    articles = [
        ROWS["articles"](doc_id=doc_id, article_index=a.index, title=a.title, kind=a.kind, char_start=a.char_start,
            char_end=a.char_end)
        for a in analysis.layout.articles
    ]
    sentences = [
        ROWS["sentences"](sentence_id=sentence_id(doc_id, s.index), doc_id=doc_id, sentence_index=s.index,
            article_index=s.article_index, paragraph_index=s.paragraph_index, char_start=s.char_start,
            char_end=s.char_end, text=s.text)
        for s in analysis.layout.sentences
    ]
    return {"articles": articles, "sentences": sentences}


def identifier_rows(analysis: Analysis) -> list[tuple]:
    """One row per identifier; the key is (doc_id, char_start), so the first at an offset wins."""
    doc_id = analysis.document.doc_id
    rows: dict[int, tuple] = {}
    for ident in analysis.identifiers:
        rows.setdefault(ident.char_start, ROWS["identifiers"](doc_id=doc_id, kind=ident.kind,
                                              char_start=ident.char_start, char_end=ident.char_end))
    return list(rows.values())


def figure_problem(analysis: Analysis, item: AttributedFact, sentences: frozenset[int], known: Known) -> str | None:
    """The reason code why a figure cannot be loaded, or None when it can."""
    fact = item.fact
    if analysis.document.text[fact.char_start:fact.char_end] != fact.mention:
        return "span_mismatch"
    if item.sentence_index not in sentences:
        return "no_sentence"
    if item.region_code not in known.region_codes:
        return "unknown_region"
    if item.topic not in known.topics:
        return "unknown_topic"
    if item.indicator is not None and item.indicator not in known.indicators:
        return "unknown_indicator"
    if not (fits_decimal(fact.value) and fits_decimal(fact.value_high)):
        return "value_out_of_range"
    return None


def figure_row(doc: Document, item: AttributedFact, key: str, refers_to: str | None) -> tuple:
    f = item.fact
    return ROWS["figures"](
        fact_id=key, doc_id=doc.doc_id, sentence_id=sentence_id(doc.doc_id, item.sentence_index),
        mention=f.mention, char_start=f.char_start, char_end=f.char_end, value=decimal_text(f.value),
        value_high=decimal_text(f.value_high), unit=f.unit, kind=f.kind, approx=f.approx, measure=f.measure,
        basis=f.basis, refers_to=refers_to, metric=item.metric, indicator=item.indicator, status=item.status,
        period=item.period, period_basis=item.period_basis,
        region_code=item.region_code, region_how=item.region_how, topic=item.topic, rule=f.rule,
    )


def figure_rows(analysis: Analysis, known: Known) -> tuple[list[tuple], list[tuple]]:
    """Figure rows and the reject rows of figures that cannot be loaded.

    A change's refers_to_start (char_start of the figure it qualifies) becomes that figure's fact_id when
    the figure is loaded (the first loaded figure starting there), else null.
    """
    doc = analysis.document
    sentences = frozenset(s.index for s in analysis.layout.sentences)
    loaded: dict[str, AttributedFact] = {}
    rejects: list[tuple] = []
    for item in analysis.facts:
        f = item.fact
        key = fact_id(doc, f.char_start, f.char_end, f.rule)
        problem = figure_problem(analysis, item, sentences, known) or ("duplicate_fact" if key in loaded else None)
        if problem is None:
            loaded[key] = item
        else:
            detail = f"{f.mention!r} at {f.char_start}-{f.char_end} (rule {f.rule})"
            rejects.append(row("rejects", source_path=doc.source_path, reason=problem, detail=detail))
    by_start: dict[int, str] = {}
    for key, item in loaded.items():
        by_start.setdefault(item.fact.char_start, key)
    rows = [figure_row(doc, item, key, by_start.get(item.refers_to_start)) for key, item in loaded.items()]
    return rows, rejects


def analysis_rows(analysis: Analysis, known: Known, parser_version: str) -> DocumentRows:
    figures, figure_rejects = figure_rows(analysis, known)
    tables = {
        "documents": [document_row(analysis.document, parser_version)],
        **layout_rows(analysis),
        "figures": figures,
        "identifiers": identifier_rows(analysis),
        "rejects": [reject_row(r) for r in analysis.rejects] + figure_rejects,
    }
    text = analysis.document.text
    return DocumentRows(analysis.document.doc_id, tables, len(text), len(text.encode("utf-8")))


def indicator_rows(indicator: IndicatorLike) -> dict[str, list[tuple]]:
    """The catalogue row of an indicator and its units: the factor to the indicator's unit, null for a unit kept
    apart (a series in 美元 beside the one in 元)."""
    units = [row("indicator_units", indicator=indicator.id, unit=u, factor=decimal_text(f))
             for u, f in indicator.factors.items()]
    units += [row("indicator_units", indicator=indicator.id, unit=u) for u in indicator.also]
    return {
        "indicators": [row("indicators", indicator=indicator.id, name=indicator.name, unit=indicator.unit,
                           kind=indicator.kind, measure=indicator.measure, topic=indicator.topic,
                           additive=int(indicator.additive), direction=indicator.direction,
                           description=indicator.description)],
        "indicator_units": units,
    }


def dimension_rows(regions: Iterable[Region], topics: Iterable[TopicLike],
                   indicators: Iterable[IndicatorLike] = ()) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {"regions": [region_row(r) for r in regions], "topics": [topic_row(t) for t in topics],
                                   "indicators": [], "indicator_units": []}
    for indicator in indicators:
        for table, rows in indicator_rows(indicator).items():
            out[table] += rows
    return out
