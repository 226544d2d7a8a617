"""analyse(document) -> Analysis: layout, figures, and each figure's metric, region, period and topic."""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from etl.context import metric, period, regions, topics
from etl.context.layout import analyse_layout
from etl.context.model import Analysis, AttributedFact, Document, Layout, Reject, Sentence
from etl.figures import Fact, extract, find_identifiers

_BACKREF_REACH = 3  # paragraphs a back-reference may reach (该辖区 → the 驿站 two paragraphs up)


class _Where(NamedTuple):
    """Where a figure sits: its sentence and the texts region resolution reads."""

    sentence: Sentence
    raw_sentence: str  # the sentence as stored (layout breaks kept): figure offsets count in it
    lead: str  # the first clause of the paragraph
    backref: str | None
    headline: str | None


def analyse(doc: Document) -> Analysis:
    """Everything the warehouse stores about one document. Pure: no I/O."""
    layout = analyse_layout(doc.text, doc.title)
    facts = extract(doc.text)
    starts = [s.char_start for s in layout.sentences]
    paragraph_context: dict[int, tuple[str, str | None]] = {}  # lead and back-reference, once per paragraph
    attributed: list[AttributedFact] = []
    rejects: list[Reject] = []
    labels: list[str] = []
    for i, fact in enumerate(facts):
        where = _where(doc, layout, starts, fact, paragraph_context)
        floor = max(facts[i - 1].char_end if i else 0, where.sentence.char_start if where else 0)
        labels.append(metric.label(doc.text, facts, i, floor, labels))
        if where is None:
            rejects.append(Reject(doc.source_path, None, "outside_sentence", f"{fact.mention} at {fact.char_start}"))
            continue
        ref = facts[fact.refers_to].char_start if fact.refers_to is not None else None
        attributed.append(_attribute(doc, layout, where, fact, labels[-1], ref))
    return Analysis(doc, layout, tuple(attributed), tuple(find_identifiers(doc.text)), tuple(rejects))


def _where(doc: Document, layout: Layout, starts: list[int], fact: Fact,
           paragraph_context: dict[int, tuple[str, str | None]]) -> _Where | None:
    k = bisect_right(starts, fact.char_start) - 1
    if k < 0 or layout.sentences[k].char_end < fact.char_end:
        return None
    sentence = layout.sentences[k]
    paragraph = layout.paragraphs[sentence.paragraph_index]
    article = layout.articles[sentence.article_index]
    raw_sentence = doc.text[sentence.char_start : sentence.char_end]
    if paragraph.index not in paragraph_context:
        lead = paragraph.text.split("，")[0].split(",")[0]
        backref = _backref(layout, paragraph.index) if regions.refers_back(paragraph.text) else None
        paragraph_context[paragraph.index] = (lead, backref)
    lead, backref = paragraph_context[paragraph.index]
    headline = article.title if article.kind == "article" and article.title else doc.title
    return _Where(sentence, raw_sentence, lead, backref, headline)


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


def _attribute(doc: Document, layout: Layout, where: _Where, fact: Fact, label: str, ref: int | None) -> AttributedFact:
    code, how = regions.resolve_region(
        where.raw_sentence, where.lead, where.backref, where.headline, doc.region_hint,
        figure_start=fact.char_start - where.sentence.char_start,
        figure_end=fact.char_end - where.sentence.char_start,
    )
    heading = layout.paragraphs[where.sentence.paragraph_index].heading
    sentence = where.raw_sentence
    upto = fact.char_start - where.sentence.char_start
    return AttributedFact(
        fact=fact,
        sentence_index=where.sentence.index,
        metric=label,
        region_code=code,
        region_how=how,
        period=period.period_of(sentence, heading, doc.date, upto),
        period_basis=period.period_basis(sentence[max(0, upto - 12) : upto]),
        topic=topics.classify(label, where.sentence.text, heading),
        refers_to_start=ref,
    )
