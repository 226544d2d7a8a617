"""The figure engine and region attribution on real non-report text, one row per sentence
(tests/data/genre_spec.jsonl; conventions in tests/data/genre_spec.README.md).

Each row checks the set of figures found (their spans), the value, value_high, unit, kind, approx, measure
and basis of each, and the region the pipeline gives it. Rows the engine fails today are strict xfails
whose reason, the classes of failure, is kept in tests/data/genre_gaps.csv: fixing a class turns its rows
red until they are promoted (their line removed). ``python bench/eval_genres.py --problems`` shows what
differs; ``--write-gaps`` rewrites the file from the engine's current state.
"""

from __future__ import annotations

import csv
from collections import Counter
from decimal import Decimal

import pytest

from bench.eval_genres import GAPS, GENRES, SPEC, _in_canonical_unit, gold_spans, load_spec, row_problems

ROWS = load_spec(SPEC)
APPROX = {None, "more_than", "at_least", "nearly", "about", "less_than", "at_most"}


def _gaps() -> dict[str, str]:
    with GAPS.open(encoding="utf-8", newline="") as handle:
        return {r["id"]: r["reason"] for r in csv.DictReader(handle)}


def _params():
    gaps = _gaps()
    return [
        pytest.param(row, id=row["id"], marks=[pytest.mark.xfail(strict=True, reason=gaps[row["id"]])] if row["id"] in gaps else [])
        for row in ROWS
    ]


@pytest.mark.parametrize("row", _params())
def test_sentence(row):
    judged = row_problems(row)
    assert judged.problems == []


# ---------------------------------------------------------------------------------- the corpus itself


def test_corpus_size_and_spread():
    assert len(ROWS) >= 300
    assert len({r["source"] for r in ROWS}) >= 30
    assert {r["genre"] for r in ROWS} == set(GENRES)
    traps = sum(not r["facts"] for r in ROWS)
    assert 0.17 <= traps / len(ROWS) <= 0.3, traps


def test_ids_are_unique_and_gaps_known():
    ids = [r["id"] for r in ROWS]
    assert len(ids) == len(set(ids))
    assert set(_gaps()) <= set(ids)


@pytest.mark.parametrize("row", [pytest.param(r, id=r["id"]) for r in ROWS])
def test_gold_is_well_formed(row):
    assert row["url"].startswith("http") and row["source"]
    spans = gold_spans(row["sentence"], row["facts"])  # every mention is in the sentence, each in its place
    assert len(spans) == len(row["facts"])
    for fact in row["facts"]:
        assert Decimal(fact["value"]).is_finite()
        assert fact.get("value_high") is None or Decimal(fact["value_high"]) >= Decimal(fact["value"])
        assert fact["approx"] in APPROX and fact["measure"] in {"level", "change"}
        assert fact["basis"] in {None, "yoy", "mom", "vs_prior"} and (fact["basis"] is None or fact["measure"] == "change")
        assert len(fact["region_code"]) == 6 and fact["region_code"].isdigit()


def test_gap_reasons_are_classes():
    """Reasons name classes of failure, so the lead can promote a class at a time."""
    classes = Counter(part for reason in _gaps().values() for part in reason.split("; "))
    assert all(classes), classes


def test_judging_draws_a_mentions_edge_as_annotators_do():
    """The bench judges a figure, not where an annotator started its mention: a currency word (人民币) or a qualifier
    the engine read may stand inside the engine's mention and outside the gold's, and the other way round; a gold
    mention is never found inside a longer number (5% in 65%); a gold in 米 or 桶/日 is judged in 公里 and 桶/天."""
    row = {"sentence": "65%的矿石涨5%；支付总金额为人民币79,794,047.03元；回购资金总额不低于人民币4,000万元；水位4.79米；日产2,050万桶/日。",
           "facts": [{"mention": "5%", "value": "5", "unit": "%", "kind": "percent", "approx": None,
                      "measure": "change", "basis": None, "region_code": None},
                     {"mention": "79,794,047.03元", "value": "79794047.03", "unit": "元", "kind": "money", "approx": None,
                      "measure": "level", "basis": None, "region_code": None},
                     {"mention": "4,000万元", "value": "40000000", "unit": "元", "kind": "money", "approx": "at_least",
                      "measure": "level", "basis": None, "region_code": None},
                     {"mention": "4.79米", "value": "4.79", "unit": "米", "kind": "length", "approx": None,
                      "measure": "level", "basis": None, "region_code": None},
                     {"mention": "2,050万桶/日", "value": "20500000", "unit": "桶/日", "kind": "rate", "approx": None,
                      "measure": "level", "basis": None, "region_code": None}]}
    for fact in row["facts"]:
        _in_canonical_unit(fact)
    problems = row_problems(row, with_region=False).problems
    assert problems == [("extra figure", "65%")]  # (the grade, no figure of the gold's)
