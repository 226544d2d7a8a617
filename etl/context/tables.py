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
_CELL_MAX = 4  # a line this short is a cell though the layout does not take it for a heading (%, 亿元)
_IDEOGRAPH = re.compile("[\u4e00-\u9fff]")


class _Words(NamedTuple):
    """A table's vocabulary (metric_words.toml ``table_*``)."""

    rows: tuple[str, ...]  # the header of the rows' column (指标名称, 项目)
    columns: tuple[str, ...]  # words one of the other columns' headers holds (目标, 完成, 增速 …)
    asides: tuple[str, ...]  # headers that say nothing of a column's values (单位, 备注, 序号)
    notes: tuple[str, ...]  # headers of a column of notes, mostly left empty (备注)
    cells: tuple[str, ...]  # how a cell of words opens: a goal or a rank in words (与经济增长同步, 第3位)
    units: tuple[str, ...]  # the header of a column of units (单位), whose cells the layout may join to the row's name


@cache
def _words() -> _Words:
    data = lexicon.read_toml("metric_words.toml")
    return _Words(*(tuple(data[f"table_{key}"]) for key in _Words._fields))


def cells(layout: Layout, facts: Sequence[Fact], read: Callable[[str], str]) -> dict[int, Cell]:
    """The row and column of each paragraph that is a lone figure's cell of a table pasted one cell per line, by the
    paragraph's index. ``read`` reads a text as the context does (traditional script as simplified).

    A line of words names the next row (出口 after 地区生产总值's values), unless it reads as a cell — no ideograph in it
    (—, %), or a goal or a rank in words (与经济增长同步, 第3位: ``table_cells``) — or a serial number's (skipped). A line
    holding a figure and more words where a note's column comes is the note; elsewhere it is running text, which ends
    the table."""
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
        units = any(word in name for name in header[1:] for word in words.units)
        header = [name for name in header if not any(word in name for word in words.units)]
        row, row_at, column, unit_seen = None, 0, 0, False
        while k < len(paragraphs) and (paragraphs[k].is_heading or len(paragraphs[k].text.strip()) <= _CELL_MAX) and \
                not _header(paragraphs, k, read)[1]:
            p = paragraphs[k]
            text = read(p.text).strip()
            figures = _figures(p, facts, starts)
            noted = column + 1 < len(header) and any(word in header[column + 1] for word in words.notes)
            aside = column + 1 < len(header) and any(word in header[column + 1] for word in words.asides) and not noted
            if text.isdigit():
                row = None  # (a serial number's cell: 序号 / 1 / 地区生产总值增速 / …: the next row's)
            elif row is not None and column == 0 and units and not unit_seen and not figures and len(text) <= _CELL_MAX:
                unit_seen = True  # (the row's unit: 地区生产总值 / 亿元 / 1347.1 …, its column left out of the header's count)
            elif row is not None and aside and not figures and len(text) <= _COLUMN_MAX:
                column += 1  # (指标名称 / 属性 / 全年目标 / … / 全市生产总值 / 预期性 / 增长5%左右: the aside's cell, no row)
            elif figures and _lone(text, read(figures[0].mention), len(figures)):
                if row is not None:
                    column += 1
                    named = header[column] if column < len(header) else ""
                    found[p.index] = Cell(row, row_at, "" if any(word in named for word in words.asides) else named)
            elif figures and not (row is not None and noted):
                break  # (二、2025年主要目标 / 地区生产总值增长5.5%左右: running text after the table)
            elif figures or (row is not None and (_IDEOGRAPH.search(text) is None or text.startswith(words.cells))):
                column += 1  # (a note, a goal in words, a rank, a dash, a unit)
            else:
                row, row_at, column, unit_seen = _NUMBERING.sub("", p.text.strip(), count=1), p.index, 0, False
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


def _figures(p: Paragraph, facts: Sequence[Fact], starts: list[int]) -> Sequence[Fact]:
    """The figures inside the paragraph."""
    return facts[bisect_left(starts, p.char_start) : bisect_left(starts, p.char_end)]


def _lone(text: str, mention: str, count: int) -> bool:
    """Is the line (as read) one figure ending it, change and base words at most before it (增长4.8%, 比上年增长6%,
    1347.1亿元, 20.5万元/)?"""
    if count != 1:
        return False
    before, _, after = text.partition(mention)
    return not after.strip(" \u3000/／") and _lead_words().fullmatch(before.strip(" \u3000")) is not None


@cache
def _lead_words() -> re.Pattern[str]:
    return re.compile(f"(?:{lexicon.bases_pattern()}|{lexicon.alternation(lexicon.changes())}|约|超过|超|达|为|完成|实现)*")
