"""Identifiers in every written form, one row per form (tests/data/identifiers_spec.jsonl): each row lists every
identifier of its text, in order, as (kind, written form); valid and invalid check characters side by side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from etl.figures import extract, find_identifiers
from etl.figures.identifiers import credit_code_checksum_ok, id_card_checksum_ok
from etl.figures.model import IDENTIFIER_KINDS

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


# Pieces of written forms, drawn more often than arbitrary characters.
FORM_PIECES = (
    list("0123456789０１２３４５６７８９XxAZaz-－_ \n\u3000") + ["\u200b", "\ufeff", "\r\n"]
    + ["110101199003074514", "11010119900307451411", "91110108MA01ABCD1E", "13912345678", "010-62345678",
       "1101 ", "号：", "警号", "邮编", "热线", "转", "ID", "年", "万人", "。", "一九九〇", "壹叁玖", "〇八"]
)
forms = st.one_of(st.text(max_size=60), st.lists(st.sampled_from(FORM_PIECES), max_size=30).map("".join))


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(forms)
@example("1101 0119 9003 0745 14 13912345678")
def test_identifiers_never_raise_and_their_spans_hold(text):
    found = find_identifiers(text)
    for ident in found:
        assert 0 <= ident.char_start < ident.char_end <= len(text)
        assert text[ident.char_start : ident.char_end] == ident.text
        assert ident.kind in IDENTIFIER_KINDS
    assert all(a.char_end <= b.char_start for a, b in zip(found, found[1:]))  # in order, never overlapping


def test_many_digit_groups_after_a_label_are_read_as_numbers_of_their_own():
    """手机：12 12 12 …: the groups after the first 22 digits belong to no form of the first number (and the work of
    reading them stays linear)."""
    text = "手机：" + "12 " * 400
    found = find_identifiers(text)
    assert all(len([c for c in i.text if c.isdigit()]) <= 22 for i in found)
