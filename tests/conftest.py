"""Shared fixtures: warehouses to test against.

- `seed_db`: the warehouse built from seeds/ by the real pipeline (`python -m etl ingest seeds`), once per
  session. Skipped while the analysis stack (etl.context.pipeline, reader, topics) is not written yet.
- `hand_db`: a warehouse loaded from hand-built analyses of real sentences, independent of the pipeline.
- `make_analysis`: the builder behind `hand_db`, for tests that need their own documents.
"""

from __future__ import annotations

import os

os.environ.setdefault("CNFACTS_ACCEL", "0")  # the tests hold the sources to account, not a build of them (etl/accel;
# tests/test_accel.py builds its own, bench/bench_accel.py compares a build with the sources)

import hashlib
import importlib.util
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from etl.context.model import (
    Analysis,
    Article,
    AttributedFact,
    Document,
    Identifier,
    Layout,
    Paragraph,
    Region,
    Sentence,
)
from etl.figures.model import Fact

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PIPELINE_MODULES = ("etl.context.pipeline", "etl.context.reader", "etl.context.regions", "etl.context.topics")
SENTENCE = re.compile(r"[^。！？]+[。！？]?")


@dataclass(frozen=True, slots=True)
class Topic:
    slug: str
    name: str
    description: str | None


HAND_REGIONS = (
    Region("000000", "中华人民共和国", "中国", "country", None),
    Region("510000", "四川省", "四川", "province", "000000"),
    Region("510100", "成都市", "成都", "city", "510000"),
    Region("510104", "锦江区", "锦江", "county", "510100"),
    Region("370000", "山东省", "山东", "province", "000000"),
)
HAND_TOPICS = (
    Topic("social_work", "社会工作", "社会工作者、志愿服务"),
    Topic("new_employment", "新就业群体", "快递员、外卖骑手、网约车司机"),
    Topic("education", "教育", None),
)


@dataclass(frozen=True, slots=True)
class Spec:
    """A figure of a hand-built analysis; `refers_to` names the mention of the figure a change qualifies."""

    mention: str
    value: str
    unit: str
    kind: str
    measure: str = "level"
    basis: str | None = None
    refers_to: str | None = None
    approx: str | None = None
    region: str = "000000"
    topic: str = "social_work"
    metric: str = "人数"
    period: str | None = None
    start: int | None = None  # offset, when the mention occurs more than once or is wrong on purpose
    indicator: str | None = None
    status: str | None = None
    period_basis: str | None = None
    region_how: str = "clause"


def doc_for(name: str, text: str, source_path: str | None = None, date: str | None = None) -> Document:
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc_id = hashlib.sha256(f"{name}|{sha}".encode("utf-8")).hexdigest()[:16]
    return Document(doc_id, name, source_path or f"hand/{name}.txt", text, sha, date=date)


def layout_for(text: str) -> Layout:
    spans = [(m.start(), m.end()) for m in SENTENCE.finditer(text)]
    sentences = tuple(Sentence(i, 0, 0, s, e, text[s:e]) for i, (s, e) in enumerate(spans))
    return Layout(
        articles=(Article(0, None, 0, len(text), "article"),),
        paragraphs=(Paragraph(0, 0, 0, len(text), text, None),),
        sentences=sentences,
    )


def sentence_of(layout: Layout, start: int) -> int:
    return next(s.index for s in layout.sentences if s.char_start <= start < s.char_end)


def attributed(text: str, layout: Layout, spec: Spec, starts: dict[str, int]) -> AttributedFact:
    start = text.index(spec.mention) if spec.start is None else spec.start
    fact = Fact(
        spec.mention, start, start + len(spec.mention), Decimal(spec.value), None, spec.unit, spec.kind,
        spec.approx, spec.measure, spec.basis, None, f"hand_{spec.kind}",
    )
    return AttributedFact(fact, sentence_of(layout, min(start, len(text) - 1)), spec.metric, spec.region,
                          spec.region_how, spec.period, spec.period_basis, spec.topic, starts.get(spec.refers_to), spec.indicator,
                          spec.status)


def build_analysis(
    name: str, text: str, specs: tuple[Spec, ...] = (), *, source_path: str | None = None,
    date: str | None = None, identifiers: tuple[str, ...] = (),
) -> Analysis:
    doc = doc_for(name, text, source_path, date)
    layout = layout_for(text)
    starts = {spec.mention: text.index(spec.mention) for spec in specs}
    facts = tuple(attributed(text, layout, spec, starts) for spec in specs)
    idents = tuple(Identifier("other", s, text.index(s), text.index(s) + len(s)) for s in identifiers)
    return Analysis(doc, layout, facts, idents)


SOCIAL_WORK = build_analysis(
    "social_work",
    "全面修订《社会工作者职业资格考试大纲》，"
    "2025年度社会工作者职业资格考试有223.6万人报名，同比增长18.4%，再创历史新高。",
    (
        Spec("223.6万人", "2236000", "人", "count", metric="报名人数", period="2025"),
        Spec("18.4%", "18.4", "%", "percent", "change", "yoy", "223.6万人", metric="报名人数", period="2025"),
    ),
    date="2026-01-26",
)
CHENGDU = build_analysis(
    "chengdu_station",
    "走进四川成都高新区中和街道的职工驿站。"
    "驿站负责人介绍，驿站现已覆盖该辖区82个快递、外卖站点和4110名劳动者，日均服务量达200人次。"
    "统一社会信用代码：92140700MA0HEU9E22。",
    (
        Spec("82个", "82", "个", "count", region="510104", topic="new_employment", metric="站点"),
        Spec("4110名", "4110", "人", "count", region="510104", topic="new_employment", metric="劳动者"),
        Spec("200人次", "200", "人次", "count", region="510100", topic="new_employment", metric="日均服务量"),
    ),
    identifiers=("92140700MA0HEU9E22",),
)
SHANDONG = build_analysis(
    "shandong_report",
    "普通高中学位供给率70.4%、提高5.9个百分点。",
    (
        Spec("70.4%", "70.4", "%", "percent", region="370000", topic="education", metric="学位供给率",
             period="2025"),
        Spec("5.9个百分点", "5.9", "百分点", "percentage_point", "change", "vs_prior", "70.4%",
             region="370000", topic="education", metric="学位供给率", period="2025"),
    ),
    source_path="hand/reports.jsonl:3",
)
HAND_ANALYSES = (SOCIAL_WORK, CHENGDU, SHANDONG)


def hand_publish(db: Path, items, **kwargs):
    from etl import PARSER_VERSION
    from etl.load import publish

    return publish(db, items, HAND_REGIONS, HAND_TOPICS, parser_version=PARSER_VERSION, **kwargs)


@pytest.fixture(scope="session")
def hand_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("hand") / "facts.duckdb"
    hand_publish(db, HAND_ANALYSES)
    return db


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory) -> Path:
    """Path of a warehouse built from seeds/ by `python -m etl ingest` (the real pipeline), once a session."""
    missing = [m for m in PIPELINE_MODULES if importlib.util.find_spec(m) is None]
    if missing:
        pytest.skip(f"analysis stack not written yet: {', '.join(missing)}")
    from etl.cli import main

    db = tmp_path_factory.mktemp("seed") / "facts.duckdb"
    status = main(["ingest", str(SEEDS), "--db", str(db)])
    assert status == 0, f"ingest of {SEEDS} exited {status}"
    return db


@pytest.fixture(scope="session")
def hand():
    """The hand-built analyses and their builder, for tests that load their own documents."""
    return SimpleNamespace(
        analyses=HAND_ANALYSES, social_work=SOCIAL_WORK, chengdu=CHENGDU, shandong=SHANDONG,
        build=build_analysis, Spec=Spec, doc=doc_for, publish=hand_publish,
        regions=HAND_REGIONS, topics=HAND_TOPICS,
    )
