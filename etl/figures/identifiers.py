"""Identifiers: codes and numbers that name something. Never figures; masked when shown to people."""

from __future__ import annotations

import re

from etl.figures.model import Identifier

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"

# Order matters: the first pattern that claims a span keeps it.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 统一社会信用代码: 18 characters, digits and upper-case letters (GB 32100-2015).
    ("credit_code", re.compile(r"(?<![0-9A-Za-z])[0-9A-HJ-NP-RT-UW-Y]{2}\d{6}[0-9A-HJ-NP-RT-UW-Y]{10}(?![0-9A-Za-z])")),
    # 残疾人证: the 18-character ID number followed by two digits (category and grade).
    ("disability_card", re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx]\d{2}(?![0-9A-Za-z])")),
    ("id_card", re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")),
    ("phone", re.compile(r"(?<![0-9A-Za-z])(?:\+?86[- ]?)?1[3-9]\d{9}(?![0-9A-Za-z])")),
    ("phone", re.compile(r"(?<![0-9A-Za-z])0\d{2,3}-\d{7,8}(?![0-9A-Za-z])")),
    ("postal_code", re.compile(r"(?<=邮编)[:：]?\d{6}|(?<=邮政编码)[:：]?\d{6}")),
    ("hotline", re.compile(r"(?<![0-9])\d{3,6}(?=(?:政务服务便民)?热线|服务热线|平台)")),
    # Numbers introduced as numbers: 证号：…, 警号：…, 编号…, 代码…, 账号….
    ("badge", re.compile(r"(?<=警号)[:：]?\s*[0-9A-Za-z]{4,}")),
    ("other", re.compile(r"(?<=[号码])[:：]\s*[0-9A-Za-z][0-9A-Za-z-]{3,}")),
)


def id_card_checksum_ok(number: str) -> bool:
    """GB 11643 check digit of an 18-character resident ID number."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == number[17].upper()


def _kind(kind: str, text: str) -> str:
    if kind == "id_card" and not id_card_checksum_ok(text):
        return "other"
    if kind == "disability_card" and not id_card_checksum_ok(text[:18]):
        return "other"
    return kind


def find_identifiers(text: str) -> list[Identifier]:
    """Every identifier in ``text``, in order, non-overlapping."""
    taken: list[tuple[int, int]] = []
    found: list[Identifier] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            lead = len(m.group()) - len(m.group().lstrip(":： "))
            start += lead
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            found.append(Identifier(_kind(kind, text[start:end]), text[start:end], start, end))
    return sorted(found, key=lambda i: i.char_start)
