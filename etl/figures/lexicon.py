"""The engine's language data, read once from etl/lexicon/ and validated: a bad table fails loudly."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib.resources import files

from etl.figures.model import APPROX, BASES


class LexiconError(ValueError):
    """A lexicon file is malformed: duplicate surface, missing factor, unknown value."""


@dataclass(frozen=True, slots=True)
class Unit:
    surface: str
    unit: str
    kind: str
    factor: Decimal


def _rows(name: str) -> list[dict[str, str]]:
    text = files("etl.lexicon").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _unique(name: str, rows: list[dict[str, str]], key: str) -> None:
    seen: set[str] = set()
    for row in rows:
        if row[key] in seen:
            raise LexiconError(f"{name}: duplicate {key} {row[key]!r}")
        seen.add(row[key])


@cache
def units() -> dict[str, Unit]:
    rows = _rows("units.csv")
    _unique("units.csv", rows, "surface")
    out = {}
    for row in rows:
        try:
            factor = Decimal(row["factor"])
        except (InvalidOperation, TypeError):
            raise LexiconError(f"units.csv: {row['surface']!r} has no valid factor: {row['factor']!r}") from None
        if not row["unit"] or not row["kind"]:
            raise LexiconError(f"units.csv: {row['surface']!r} needs a unit and a kind")
        out[row["surface"]] = Unit(row["surface"], row["unit"], row["kind"], factor)
    return out


@cache
def implied_units() -> dict[str, Unit]:
    """Nouns that say what a bare large number counts (近1亿农村贫困人口 → 人)."""
    rows = _rows("implied_units.csv")
    _unique("implied_units.csv", rows, "noun")
    return {row["noun"]: Unit(row["noun"], row["unit"], row["kind"], Decimal(1)) for row in rows}


@cache
def qualifiers() -> dict[tuple[str, str], str]:
    """(position, surface) → approx, position in before | inside | after."""
    rows = _rows("qualifiers.csv")
    out: dict[tuple[str, str], str] = {}
    for row in rows:
        key = (row["position"], row["surface"])
        if key in out:
            raise LexiconError(f"qualifiers.csv: duplicate {key}")
        if row["approx"] not in APPROX:
            raise LexiconError(f"qualifiers.csv: unknown approx {row['approx']!r}")
        out[key] = row["approx"]
    return out


@cache
def qualifier_not_after() -> dict[str, str]:
    """A before-qualifier that is the tail of a word is no qualifier: 节约, 制约, 最近."""
    return {row["surface"]: row["not_after"] for row in _rows("qualifiers.csv") if row["not_after"]}


@cache
def changes() -> dict[str, int]:
    rows = _rows("changes.csv")
    _unique("changes.csv", rows, "surface")
    out = {}
    for row in rows:
        if row["sign"] not in ("1", "-1"):
            raise LexiconError(f"changes.csv: sign of {row['surface']!r} must be 1 or -1")
        out[row["surface"]] = int(row["sign"])
    return out


@cache
def bases() -> dict[str, str]:
    rows = _rows("bases.csv")
    _unique("bases.csv", rows, "surface")
    for row in rows:
        if row["basis"] not in BASES:
            raise LexiconError(f"bases.csv: unknown basis {row['basis']!r}")
    return {row["surface"]: row["basis"] for row in rows}


@cache
def not_figures() -> tuple[str, ...]:
    text = files("etl.lexicon").joinpath("not_figures.txt").read_text(encoding="utf-8")
    phrases = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if len(set(phrases)) != len(phrases):
        raise LexiconError("not_figures.txt: duplicate phrase")
    return tuple(phrases)


def alternation(surfaces) -> str:
    """A regex alternation, longest first so 万人次 wins over 人."""
    import re

    return "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
