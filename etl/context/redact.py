"""Redaction: the text a reader of the served warehouse sees, with every private identifier masked.

What is private is data (etl/lexicon/identifier_kinds.csv): ID-card, disability-card, phone, badge and unknown
numbers always; credit codes of individual businesses (92…); postal codes and public hotlines (12345) never. A
mask keeps the length and every separator, so offsets into the text hold and layout repair reads the same
breaks: 110101199003074514 → 1101＊＊＊＊＊＊＊＊＊＊＊＊14.

Ids derived from content (doc_id, sha256, fact_id) are computed from the redacted text, so that no id or hash
in the served file can confirm a guess of the hidden digits. Pure functions; the kinds table is read once.
"""

from __future__ import annotations

import csv
import hashlib
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

from etl.figures import Identifier, find_identifiers, lexicon

MASK = "＊"
KINDS_FILE = "identifier_kinds.csv"
# Shown characters of a long identifier (an ID card, a mobile number: 11 or more); a shorter one (a landline's
# local number) shows its first and last only, so that what is hidden cannot be guessed in a hundred tries.
_KEEP_HEAD, _KEEP_TAIL, _LONG = 4, 2, 11


class RedactionError(ValueError):
    """identifier_kinds.csv is malformed."""


@cache
def _private_when() -> dict[str, str]:
    text = lexicon.read_text(KINDS_FILE)
    rules: dict[str, str] = {}
    for row in csv.DictReader(text.splitlines()):
        kind, when = row["kind"], row["private_when"]
        if kind in rules:
            raise RedactionError(f"{KINDS_FILE}: duplicate kind {kind!r}")
        if when not in ("always", "never") and not when.startswith("prefix:"):
            raise RedactionError(f"{KINDS_FILE}: {kind!r} has private_when {when!r}, not always|never|prefix:…")
        rules[kind] = when
    return rules


def identifier_kinds() -> tuple[str, ...]:
    return tuple(_private_when())


def is_private(identifier: Identifier) -> bool:
    """Is this identifier masked for readers? A kind missing from the table is private."""
    when = _private_when().get(identifier.kind, "always")
    if when.startswith("prefix:"):
        return _alnum(identifier.text).upper().startswith(when.removeprefix("prefix:"))
    return when == "always"


def _alnum(text: str) -> str:
    """The letters and digits of ``text`` in ASCII where they have a form there (９２ → 92, Ｅ → E, ٩ → 9)."""
    return "".join(unicodedata.normalize("NFKC", ch) if (d := unicodedata.digit(ch, None)) is None else str(d)
                   for ch in text if ch.isalnum())


def mask(text: str) -> str:
    """Same length; letters and digits hidden but the first 4 and last 2 of a long one (eleven or more: the first and
    last of a shorter one); separators, spaces and line breaks kept."""
    positions = [i for i, ch in enumerate(text) if ch.isalnum()]
    if len(positions) >= _LONG:
        hidden = positions[_KEEP_HEAD:-_KEEP_TAIL]
    elif len(positions) >= 3:
        hidden = positions[1:-1]
    else:
        hidden = positions
    chars = list(text)
    for i in hidden:
        chars[i] = MASK
    return "".join(chars)


@lru_cache(maxsize=4)
def identifiers(text: str) -> tuple[Identifier, ...]:
    """Every identifier in ``text`` (etl.figures.find_identifiers), remembered for the last few texts: the reader
    hashes a document's redacted text and the analysis then stores its identifiers."""
    return tuple(find_identifiers(text))


def private_spans(text: str) -> list[tuple[int, int]]:
    """Half-open spans of the private identifiers in ``text``."""
    return [(i.char_start, i.char_end) for i in identifiers(text) if is_private(i)]


def redact_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each span masked (same length)."""
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            start = pos
        if start >= end:
            continue
        out += [text[pos:start], mask(text[start:end])]
        pos = end
    return "".join(out) + text[pos:]


def redact(text: str | None, known: Iterable[str] = ()) -> str | None:
    """Any text shown to readers (a title, a file name, a label, a reject's detail): its own private
    identifiers masked, and every occurrence of ``known`` private texts (those of its document), longest first."""
    if not text:
        return text
    text = redact_spans(text, private_spans(text))
    for secret in sorted(set(known), key=len, reverse=True):
        if secret and secret in text:
            text = text.replace(secret, mask(secret))
    return text


def content_sha256(text: str) -> str:
    """The hash a document is known by: of its redacted text, so it is no oracle for the hidden digits."""
    return hashlib.sha256(redact(text).encode("utf-8", "surrogatepass")).hexdigest()
