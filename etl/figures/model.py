"""The figure engine's output: one frozen record per figure found in a text."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# Accepted values, shared with the warehouse's accepted-value checks.
APPROX = ("more_than", "at_least", "nearly", "about", "less_than", "at_most")
MEASURES = ("level", "change")
BASES = ("yoy", "mom", "vs_prior")
# Every kind a figure can have: the unit tables' (etl/lexicon/) are checked against it, and so are the
# compound grammar's (price: a currency per unit; rate: any other quantity per unit).
KINDS = ("count", "money", "percent", "permille", "percentage_point", "basis_point", "multiple", "fraction",
         "magnitude", "index", "length", "area", "volume", "mass", "power", "energy", "temperature", "duration",
         "age", "data", "frequency", "concentration", "price", "rate", "score")
IDENTIFIER_KINDS = ("id_card", "disability_card", "credit_code", "phone", "postal_code", "badge", "vehicle_plate", "hotline",
                    "other")


@dataclass(frozen=True, slots=True)
class Fact:
    """A figure in a text. Offsets are half-open: ``text[char_start:char_end] == mention``.

    ``value`` is exact (multipliers such as 万/亿 folded in; a change is signed);
    ``value_high`` is set for ranges. ``approx`` is None for an exact figure.
    ``refers_to`` is the index, in the same ``extract`` result, of the figure a
    change qualifies (223.6万人 for 同比增长18.4%), else None.
    """

    mention: str
    char_start: int
    char_end: int
    value: Decimal
    value_high: Decimal | None
    unit: str
    kind: str
    approx: str | None
    measure: str
    basis: str | None
    refers_to: int | None
    rule: str


@dataclass(frozen=True, slots=True)
class Identifier:
    """A code or number that identifies something (ID card, credit code, phone…): never a figure, masked when shown."""

    kind: str  # one of IDENTIFIER_KINDS
    text: str
    char_start: int
    char_end: int
