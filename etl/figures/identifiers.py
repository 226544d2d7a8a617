"""Identifiers: codes and numbers that name something. Never figures; masked when shown to people."""

from __future__ import annotations

import re

from etl.figures.model import Identifier

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100-2015: no I, O, S, V, Z
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

# A run of letters and digits is looked at only if it is long enough to be an identifier; each run is then
# classified by the first rule whose pattern matches it whole and whose context fits.
_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z-]{2,}")  # starts a run: a longer run would have matched before
_RULES: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None], ...] = (
    # (kind, the whole run, what must stand just before, what must follow)
    # 统一社会信用代码: 18 characters, digits and upper-case letters (GB 32100-2015).
    ("credit_code", re.compile(r"[0-9A-HJ-NP-RT-UW-Y]{2}\d{6}[0-9A-HJ-NP-RT-UW-Y]{10}"), None, None),
    # 残疾人证: the 18-character ID number followed by two digits (category and grade).
    ("disability_card", re.compile(r"\d{17}[\dXx]\d{2}"), None, None),
    ("id_card", re.compile(r"\d{17}[\dXx]"), None, None),
    ("phone", re.compile(r"(?:86)?1[3-9]\d{9}"), None, None),
    ("phone", re.compile(r"0\d{2,3}-\d{7,8}"), None, None),
    ("postal_code", re.compile(r"\d{6}"), re.compile(r"(?:邮编|邮政编码)[:：]?\s*$"), None),
    ("hotline", re.compile(r"\d{3,6}"), None, re.compile(r"(?:政务服务便民)?热线|服务热线")),
    ("badge", re.compile(r"[0-9A-Za-z]{4,}"), re.compile(r"警号[:：]?\s*$"), None),
    # Numbers introduced as numbers: 证号：…, 编号：…, 代码：…, 账号：….
    ("other", re.compile(r"[0-9A-Za-z][0-9A-Za-z-]{3,}"), re.compile(r"[号码][:：]\s*$"), None),
)


def id_card_checksum_ok(number: str) -> bool:
    """GB 11643 check digit of an 18-character resident ID number."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == number[17].upper()


def credit_code_checksum_ok(code: str) -> bool:
    """GB 32100 check character of an 18-character unified social credit code."""
    if len(code) != 18 or any(ch not in _CREDIT_CHARS for ch in code):
        return False
    total = sum(_CREDIT_CHARS.index(ch) * w for ch, w in zip(code, _CREDIT_WEIGHTS))
    return _CREDIT_CHARS[-total % 31] == code[17]


def _kind(kind: str, text: str) -> str:
    if kind == "credit_code" and not credit_code_checksum_ok(text):
        return "id_card" if id_card_checksum_ok(text) else "other"  # 18 digits: an ID number, not a code
    if kind == "id_card" and not id_card_checksum_ok(text):
        return "other"
    if kind == "disability_card" and not id_card_checksum_ok(text[:18]):
        return "other"
    return kind


def _classify(text: str, start: int, end: int) -> str | None:
    run = text[start:end]
    for kind, whole, before, after in _RULES:
        if not whole.fullmatch(run):
            continue
        if before is not None and not before.search(text, max(0, start - 8), start):
            continue
        if after is not None and not after.match(text, end):
            continue
        return _kind(kind, run)
    return None


def find_identifiers(text: str) -> list[Identifier]:
    """Every identifier in ``text``, in order, non-overlapping."""
    found = []
    for m in _RUN.finditer(text):
        start, end = m.span()
        kind = _classify(text, start, end)
        if kind is not None:
            found.append(Identifier(kind, m.group(), start, end))
    return found
