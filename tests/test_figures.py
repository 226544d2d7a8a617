"""The figure engine, one real sentence per row (tests/data/figures_spec.jsonl)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from etl.figures import extract, parse_number

SPEC = Path(__file__).parent / "data" / "figures_spec.jsonl"
ROWS = [json.loads(line) for line in SPEC.read_text(encoding="utf-8").splitlines() if line.strip()]
FIELDS = ("unit", "kind", "approx", "measure", "basis")


def _check(row: dict) -> None:
    facts = extract(row["sentence"])
    by_mention = {f.mention: f for f in facts}
    if row.get("only"):
        assert [f.mention for f in facts] == [e["mention"] for e in row["facts"]]
    for expected in row["facts"]:
        fact = by_mention.get(expected["mention"])
        assert fact is not None, f"{expected['mention']} not found in {[f.mention for f in facts]}"
        assert row["sentence"][fact.char_start : fact.char_end] == fact.mention
        if "value" in expected:
            assert fact.value == Decimal(expected["value"])
        if "value_high" in expected:
            assert fact.value_high == Decimal(expected["value_high"])
        for field in FIELDS:
            if field in expected:
                assert getattr(fact, field) == expected[field], field
        if "refers_to" in expected:
            target = facts[fact.refers_to].mention if fact.refers_to is not None else None
            assert target == expected["refers_to"]


@pytest.mark.parametrize("row", [pytest.param(r, id=r["id"]) for r in ROWS])
def test_sentence(row):
    _check(row)


@pytest.mark.parametrize(
    ("surface", "value"),
    [
        ("一百三十四万九千零八十四亿", "134908400000000"),
        ("十二点五万", "125000"),
        ("两万三千四百", "23400"),
        ("13万2", "132000"),
        ("3万4000", "34000"),
        ("1,256万", "12560000"),
        ("2580.2万", "25802000"),
        ("二萬一千七百", "21700"),
        ("一九五七", "1957"),
        ("十万亿", "10000000000000"),
        ("一亿五千万六千三百五十五", "150006355"),
        ("一千零一", "1001"),
        ("一百五", "150"),
        ("壹佰万零伍拾肆", "1000054"),
        ("３，５００", "3500"),
        ("廿二", "22"),
        ("一兆一一二三億", "1112300000000"),  # groups of digits read one by one before 兆 and 亿 in turn
        ("一亿一二三四万", "112340000"),
    ],
)
def test_parse_number_exact(surface, value):
    assert parse_number(surface) == Decimal(value)


def test_no_float_drift():
    # 0.1 + 0.2 style drift would show in the last digits of a large decimal value.
    assert parse_number("9876543298765432.1") == Decimal("9876543298765432.1")
