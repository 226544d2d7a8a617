"""The figure engine: text in, exact typed figures out. Pure: no I/O, no globals beyond cached lexicons.

    >>> [f.mention for f in extract("223.6万人报名，同比增长18.4%")]
    ['223.6万人', '18.4%']
"""

from etl.figures.extract import extract
from etl.figures.numbers import NumberSpan, find_numbers
from etl.figures.identifiers import find_identifiers
from etl.figures.model import Fact, Identifier
from etl.figures.numerals import parse_number

__all__ = ["extract", "find_numbers", "find_identifiers", "parse_number", "Fact", "Identifier", "NumberSpan"]
