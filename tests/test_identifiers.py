"""Identifiers in every written form, one row per form (tests/data/identifiers_spec.jsonl): each row lists every
identifier of its text, in order, as (kind, written form); valid and invalid check characters side by side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.figures import extract, find_identifiers
from etl.figures.identifiers import credit_code_checksum_ok, id_card_checksum_ok

SPEC = Path(__file__).parent / "data" / "identifiers_spec.jsonl"
ROWS = [json.loads(line) for line in SPEC.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("row", [pytest.param(r, id=r["id"]) for r in ROWS])
def test_identifier_forms(row):
    text = row["text"]
    found = find_identifiers(text)
    assert [[i.kind, i.text] for i in found] == row["identifiers"]
    for ident in found:
        assert text[ident.char_start : ident.char_end] == ident.text


@pytest.mark.parametrize("row", [pytest.param(r, id=r["id"]) for r in ROWS if r["identifiers"]])
def test_no_figure_inside_an_identifier(row):
    spans = [(i.char_start, i.char_end) for i in find_identifiers(row["text"])]
    for fact in extract(row["text"]):
        assert not any(a < fact.char_end and fact.char_start < b for a, b in spans), fact


@pytest.mark.parametrize(
    ("check", "number", "ok"),
    [
        pytest.param(id_card_checksum_ok, "110101199003074514", True, id="id valid"),
        pytest.param(id_card_checksum_ok, "11010519491231002X", True, id="id valid X"),
        pytest.param(id_card_checksum_ok, "11010519491231002x", True, id="id valid lower-case x"),
        pytest.param(id_card_checksum_ok, "110101199003074515", False, id="id wrong check digit"),
        pytest.param(id_card_checksum_ok, "11010119900307451", False, id="id too short"),
        pytest.param(credit_code_checksum_ok, "91110108MA01ABCD1E", True, id="credit valid"),
        pytest.param(credit_code_checksum_ok, "92140700MA0HEU9E22", True, id="credit valid (seed)"),
        pytest.param(credit_code_checksum_ok, "91110108MA01ABCD1F", False, id="credit wrong check character"),
        pytest.param(credit_code_checksum_ok, "91110108MA01ABCDIE", False, id="credit letter I not allowed"),
    ],
)
def test_checksums(check, number, ok):
    assert check(number) is ok
