"""The seed page against ../shared/gold/seed_facts.json: every figure right, nothing else of note."""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from etl.context.pipeline import analyse
from etl.context.reader import read_path
from tests.shared import SHARED, shared

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_37e5b51ccce53404.txt"
GOLD_PATH = SHARED / "gold" / "seed_facts.json"
GOLD = json.loads(GOLD_PATH.read_text(encoding="utf-8")) if GOLD_PATH.exists() else {"facts": [], "identifiers": [], "not_figures": []}


@cache
def seed_analysis():
    shared("gold", "seed_facts.json")
    (doc,) = list(read_path([SEED]))
    return analyse(doc)


def _fact(mention: str):
    found = [a for a in seed_analysis().facts if a.fact.mention == mention]
    assert len(found) == 1, f"{mention}: found {len(found)} times"
    return found[0]


@pytest.mark.parametrize("gold", [pytest.param(g, id=g["mention"]) for g in GOLD["facts"]])
def test_gold_fact(gold):
    a = _fact(gold["mention"])
    f = a.fact
    text = seed_analysis().document.text
    assert text[f.char_start : f.char_end] == f.mention
    assert f.value == Decimal(str(gold["value"]))
    assert f.unit == gold["unit"]
    assert f.approx == gold.get("approx")
    assert f.measure == gold.get("measure", "level")
    assert any(word in a.metric for word in gold["metric"]), a.metric
    if gold["province"] == "CN":
        assert a.region_code == "000000"
    else:
        assert a.region_code.startswith(gold["province"])
    if "region" in gold:
        assert any(a.region_code.startswith(prefix) for prefix in gold["region"]), a.region_code


def test_change_refers_to_its_figure():
    change = _fact("18.4%")
    assert change.fact.basis == "yoy"
    assert change.refers_to_start == _fact("223.6万人").fact.char_start


def test_daily_average_recorded():
    assert _fact("200人次").period_basis == "daily_avg"


@pytest.mark.parametrize("period", [pytest.param(g, id=g["mention"]) for g in GOLD["facts"] if g.get("period_hint", "").isdigit()])
def test_gold_period(period):
    assert _fact(period["mention"]).period == period["period_hint"]


def test_no_other_figures():
    """Only gold figures and the optional ones are extracted from the seed."""
    allowed = {g["mention"] for g in GOLD["facts"]} | {g["mention"] for g in GOLD["optional"]}
    found = {a.fact.mention for a in seed_analysis().facts}
    assert found - allowed == set()


@pytest.mark.parametrize("surface", GOLD["identifiers"] + GOLD["not_figures"])
def test_never_a_figure(surface):
    text = seed_analysis().document.text
    for a in seed_analysis().facts:
        f = a.fact
        assert surface not in f.mention and f.mention not in surface, f.mention
        # No figure overlaps where the surface stands in the text.
        pos = text.find(surface)
        while pos >= 0:
            assert not (f.char_start < pos + len(surface) and pos < f.char_end), f.mention
            pos = text.find(surface, pos + 1)


@pytest.mark.parametrize("number", [g for g in GOLD["identifiers"] if len(g) > 6])
def test_identifiers_recognised(number):
    assert number in {i.text for i in seed_analysis().identifiers}
