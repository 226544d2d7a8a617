"""What ingest does with one document, in this process or in a worker: analyse it, then turn the analysis
into warehouse rows. Rows, not the Analysis, cross the process boundary: plain tuples pickle seven times
faster and unpickle three times faster than the analysis objects (measured on the corpus), and the single
writer is left with inserting them."""

from __future__ import annotations

from functools import cache

from etl import PARSER_VERSION
from etl.context.model import Document
from etl.context.indicators import catalogue
from etl.context.pipeline import analyse
from etl.context.regions import regions
from etl.context.topics import topics
from etl.load.publish import LoadStats, publish
from etl.load.rows import DocumentRows, Known, analysis_rows


@cache
def known() -> Known:
    """The dimension keys of the current lexicons: every region, topic and indicator an analysis can produce (made once per
    process, so workers do not receive them with every task)."""
    return Known(frozenset(regions()), frozenset(topic.slug for topic in topics()), frozenset(catalogue().indicators))


def document_rows(doc: Document, parser_version: str = PARSER_VERSION) -> DocumentRows:
    return analysis_rows(analyse(doc), known(), parser_version)


def publish_current(db, items) -> LoadStats:
    """Publish analysed documents (rows or rejects) into ``db`` with the dimensions of the current lexicons — every
    region, topic and indicator an analysis can name: what the local ingest and the lake's publish both do."""
    return publish(db, items, regions().values(), topics(), parser_version=PARSER_VERSION,
                   indicators=catalogue().indicators.values())
