"""Tables pasted one cell per line: what the row and the column of a lone figure say of it.

A plan's execution report copied from a web page or a PDF often gives its table of indicators as a run of short
lines, row after row::

    指标名称 / 预期目标 / 实际完成 / 备注 / 1.地区生产总值 / 增长6.5%左右 / 增长4.8% / 1347.1亿元 / 2.全员劳动生产率 / …

Each value line alone says neither what it measures nor whether it is a goal or an outcome. ``cells(…)`` finds
such tables — a header of column names (the first naming the rows: 指标名称, 项目; each other naming a column of
values: 预期目标, 实际完成, 2025年, 增速, 备注, etc.; etl/lexicon/metric_words.toml) followed by short lines — and
gives each line holding one figure its row's name and its column's header, counted from the row's name. A table ends
at the first line of running text. Empty cells are not written in such a paste: a row that leaves some out is read as
if its values were the first columns' (the common case: a missing note at its end).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from etl.context.model import Layout, Paragraph
from etl.figures import Fact, lexicon


class Cell(NamedTuple):
    row: str  # the row's name as written, its numbering cut (1.地区生产总值 → 地区生产总值)
    row_at: int  # the index of the row name's paragraph
    column: str  # the column's header as read (預期目標 → 预期目标), "" where it says nothing of the value (备注, 单位) or the row is longer


_NUMBERING = re.compile(r"\s*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十0-9０-９]+[)）]|[0-9０-９]{1,2}[.、．](?![0-9０-９]))\s*")
_YEAR = re.compile(r"[0-9]{4}年")
_COLUMN_MAX = 12  # a column's header is at most this long
_LEFT_OVER = 8  # characters a value's line may hold before the figure (增长6.5%左右, 比上年增长6%, 同比下降4.6%)


class _Words(NamedTuple):
    """A table's vocabulary (metric_words.toml ``table_*``)."""

    rows: tuple[str, ...]  # the header of the rows' column (指标名称, 项目)
    columns: tuple[str, ...]  # words one of the other columns' headers holds (目标, 完成, 增速 …)
    asides: tuple[str, ...]  # headers that say nothing of a column's values (单位, 备注, 序号)
    notes: tuple[str, ...]  # headers of a column of notes, mostly left empty (备注)


@cache
def _words() -> _Words:
    data = lexicon.read_toml("metric_words.toml")
    return _Words(*(tuple(data[f"table_{key}"]) for key in _Words._fields))


def cells(layout: Layout, facts: Sequence[Fact], read: Callable[[str], str]) -> dict[int, Cell]:
    """The row and column of each paragraph that is a lone figure's cell of a table pasted one cell per line, by the
    paragraph's index. ``read`` reads a text as the context does (traditional script as simplified).

    A line with no figure is the next cell of its row while the row has columns left (a goal in words, 与经济增长同步;
    a dash; a unit) — unless it is numbered (2.全员劳动生产率) or the next column is a note's (备注), which such a paste
    mostly leaves empty: then it names the next row (出口 after 地区生产总值's two values)."""
    paragraphs = layout.paragraphs
    found: dict[int, Cell] = {}
    if len(paragraphs) < 4:
        return found
    starts = [f.char_start for f in facts]
    words = _words()
    k = 0
    while k < len(paragraphs):
        used, header = _header(paragraphs, k, read)
        if not header:
            k += 1
            continue
        k += used
        row, row_at, column = None, 0, 0
        while k < len(paragraphs) and paragraphs[k].is_heading and not _header(paragraphs, k, read)[1]:
            p = paragraphs[k]
            text = read(p.text).strip()
            if text.isdigit():
                row = None  # (a serial number's cell: 序号 / 1 / 地区生产总值增速 / …: the next row's)
            elif _lone_figure(p, facts, starts):
                if row is not None:
                    column += 1
                    named = header[column] if column < len(header) else ""
                    found[p.index] = Cell(row, row_at, "" if any(word in named for word in words.asides) else named)
            elif row is None or _NUMBERING.match(text) or column + 1 >= len(header) or \
                    any(word in header[column + 1] for word in words.notes):
                row, row_at, column = _NUMBERING.sub("", p.text.strip(), count=1), p.index, 0
            else:
                column += 1  # (a cell with no figure: a goal in words, —, a unit)
            k += 1
    return found


def _header(paragraphs: Sequence[Paragraph], k: int, read: Callable[[str], str]) -> tuple[int, list[str]]:
    """The lines a table's header starting at paragraph k takes, and its column names (the rows' column first; a
    leading 序号 not counted, for its cells are no lines of text), else (0, [])."""
    words = _words()
    names: list[str] = []
    used = 0
    for p in paragraphs[k:]:
        text = read(p.text).strip()
        if not p.is_heading or len(text) > _COLUMN_MAX or any(ch.isdigit() for ch in _YEAR.sub("", text)):
            break
        if names and not (any(word in text for word in words.columns) or _YEAR.search(text)):
            break
        used += 1
        if not names and used == 1 and text in words.asides:
            continue  # (序号 / 指标名称 / …)
        if not names and text not in words.rows:
            return 0, []
        names.append(text)
    return (used, names) if len(names) >= 3 else (0, [])


def _lone_figure(p: Paragraph, facts: Sequence[Fact], starts: list[int]) -> bool:
    """Is the paragraph one figure ending it, a few words before it at most (增长4.8%, 比上年增长6%, 1347.1亿元, 20.5万元/)?"""
    inside = facts[bisect_left(starts, p.char_start) : bisect_left(starts, p.char_end)]
    if len(inside) != 1 or inside[0].char_end > p.char_end:
        return False
    before, _, after = p.text.partition(inside[0].mention)
    before = before.strip(" \u3000")
    return not after.strip(" \u3000/／") and len(before) <= _LEFT_OVER and not any(ch.isdigit() for ch in before)
