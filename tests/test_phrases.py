"""The phrase matcher behind place names and topic keywords, against a brute-force search."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.context.phrases import Phrases


def brute_hits(phrases: set[str], text: str) -> list[tuple[int, int, str]]:
    found = [(i, i + len(p), p) for i in range(len(text)) for p in phrases if text.startswith(p, i)]
    return sorted(found, key=lambda hit: (hit[0], -(hit[1] - hit[0])))


ALPHABET = "四川成都中国国家北京京津冀省市县区一二"
phrase_sets = st.sets(st.text(alphabet=ALPHABET, min_size=1, max_size=4), min_size=1, max_size=12)
texts = st.text(alphabet=ALPHABET + "，。 a", max_size=40)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(phrase_sets, texts)
def test_hits_are_every_occurrence(phrases, text):
    assert Phrases(phrases).hits(text) == brute_hits(phrases, text)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(phrase_sets, texts)
def test_longest_is_leftmost_longest_without_overlap(phrases, text):
    expected, position = [], 0
    for start, end, phrase in brute_hits(phrases, text):
        if start >= position:
            expected.append((start, end, phrase))
            position = end
    assert Phrases(phrases).longest(text) == expected


def test_examples():
    places = Phrases(["四川", "四川省", "成都", "中华人民共和国", "国"])
    assert places.hits("四川省成都市") == [(0, 3, "四川省"), (0, 2, "四川"), (3, 5, "成都")]
    assert places.longest("中华人民共和国四川") == [(0, 7, "中华人民共和国"), (7, 9, "四川")]
    assert "四川省" in places and "四" not in places and len(places) == 5
    assert Phrases(["x"]).hits("") == []


def test_empty_phrase_refused():
    with pytest.raises(ValueError, match="empty"):
        Phrases(["四川", ""])
