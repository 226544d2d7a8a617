"""Newspaper and report layout: articles, paragraphs (repaired), headings, sentences.

``analyse_layout(text)`` is pure. Every offset is half-open and points into ``text`` as given; a paragraph or
sentence that the page layout broke over several lines spans the break, and its ``text`` is the repaired text:
``repaired_span(text, start, end) == sentence.text`` (the layout breaks — whitespace runs holding a newline —
removed).

How a page is read, line by line (a line is a raw block; blank lines only separate):
1. Each line is classified: continuation marker ("（上接第1版）"), dateline ("新华社北京1月25日电"), byline
   ("新华社记者", "本报记者 X", "上海市市长 龚 正"), notice ("▲…"), or text. A marker or dateline at the start of
   a text line is cut off (kept out of paragraphs and sentences); a marker at its end too.
2. Text lines broken mid-sentence by the layout are joined (see ``_joins``).
3. Articles: the first line is the title when it looks like one; a later heading-like line starts a new
   article after a dateline, or when a subtitle, byline or continuation marker follows it; otherwise it is a
   section heading. "▲" lines form one article of kind "notices", one sentence per item.
4. Sentences end on 。！？!?；; with any closing quotes or brackets after them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from etl.context.model import Article, Layout, Paragraph, Sentence
from etl.figures.numerals import FULL_STOP_POINT_BEFORE, WRAPPED_UNIT

# --- layout cues (small, closed sets of punctuation and function characters) ---------------------------------
HEAD_MAX = 30  # a heading or headline is at most this long
NUMBERED_HEAD_MAX = 60  # "（三）持续推动…" headings may be longer
SUBTITLE_MAX = 45
SUBTITLE_DASHES = frozenset("—―")
BYLINE_MAX = 30
SENTENCE_END = frozenset("。！？!?；;")
FINAL = SENTENCE_END | frozenset("…")  # a line ending in one of these (before closers) ends its paragraph
COLONS = frozenset("：:")
CLOSERS = frozenset("”’」』）)】》〕\"'")
OPENERS = frozenset("“‘「『（(【《〔")
MID_PUNCT = frozenset("，,、；;")
# a line ending in one of these cannot be complete: the next line continues it
BIND_END = frozenset("，,、—") | OPENERS | frozenset("的与把被从很更并但而将使")
# a line starting with one of these continues the previous line
CONT_START = frozenset("，,、。．！？!?；;：:…") | CLOSERS - frozenset("\"'") | frozenset("的们吗呢吧")
CONT_BIGRAMS = frozenset({"里的", "上的", "中的", "下的", "内的", "外的", "后的", "前的", "间的"})
NUMERAL_CHARS = frozenset("一二三四五六七八九十百零〇两")
# A line opening with one of these is an item of a list, never a heading (■ 2025年主要预期目标 over ● items is one).
BULLETS = frozenset("●○•◦·✔✓➢➤")
ITEM_MARKS = BULLETS | frozenset("■□◆◇▪▶►")  # what opens an item of a list (■ may open a heading too)
DIGITS = frozenset("0123456789０１２３４５６７８９")
MAGNITUDES = frozenset("万亿萬億%％‰")  # what a number is never parted from
PAIRS = (("“", "”"), ("（", "）"), ("(", ")"), ("《", "》"), ("「", "」"), ("【", "】"))
# blank: Unicode whitespace (" ", "\t", "\u3000", "\u2003" …) and the zero-width space and BOM
WS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace() and chr(c) != "\n") + "\u200b\ufeff"
LAYOUT_BREAK = re.compile(r"(?:[^\S\n]|[\u200b\ufeff])*\n(?:\s|[\u200b\ufeff])*")
MARKER = re.compile(
    r"[（(][ \u3000]*(?:上接|下转|紧接|接|转)第?[ \u3000]*[0-9０-９一二三四五六七八九十]+[ \u3000]*版[ \u3000]*[）)]"
)
DATELINE = re.compile(
    r"(?:新华社|中新社|中新网|人民网|央视网|本报)[\u4e00-\u9fff]{1,12}?"
    r"(?P<m>[0-9０-９]{1,2})月(?P<d>[0-9０-９]{1,2})日(?:电|讯)"
    r"(?:[ \u3000]*[（(][^（()）\n]{0,40}[）)])?"
)
BYLINE = re.compile(
    r"(?:[\u4e00-\u9fff]{0,8}(?:社|报|台|网))?(?:特约)?(?:记者|通讯员|评论员)"
    r"(?:[ \u3000、]*[\u4e00-\u9fff·]{2,4}){0,4}(?:[ \u3000]*摄)?"
    r"|[\u4e00-\u9fff]{0,14}(?:省长|市长|主席|总理|州长|县长|区长)(?:[ \u3000]+[\u4e00-\u9fff·]{1,3}){1,3}"
)
NUMBERED = re.compile(
    r"[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百0-9０-９]+[）)]"
    r"|第[一二三四五六七八九十百]+[章节部分篇]|[0-9０-９]{1,2}[、.．](?![0-9０-９])"
)
PHOTO_CREDIT = re.compile(r"(?:记者|通讯员)[ \u3000]*[\u4e00-\u9fff·]{2,4}[ \u3000]*摄$")
# a line holding only an enumerator ("（一）", "一是", "第二，") belongs to the next line
ENUMERATOR = re.compile(
    r"(?:[一二三四五六七八九十百]+[、是要]|[（(][一二三四五六七八九十百0-9０-９]+[）)]|[0-9０-９]{1,2}[、.．]"
    r"|第[一二三四五六七八九十百]+|首先|其次|再次|最后)[，,、]?"
)
SALUTATION = re.compile(r"[\u4e00-\u9fff、]{2,10}[：:]")
# A line that gives a day or month (2024年1月21日在…会议上, 北京市人民政府 2024年1月): a header line, never a part's heading.
_ITEM_HEAD_MAX = 12  # characters of a heading opened by a list's mark among its items
_YEAR_NAMED = re.compile(r"[0-9０-９〇○一二三四五六七八九]{4}\s*年")
_DATED = re.compile(r"[0-9０-９〇○一二三四五六七八九]{4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月")
NOTICE_ITEM = re.compile(r"▲[^▲\t]*|[^▲\t]+")


@dataclass(frozen=True, slots=True)
class _Block:
    """One line of the page (or several joined), trimmed; ``content`` is the repaired text of [start, end)."""

    start: int
    end: int
    content: str
    kind: str  # text | marker | dateline | byline | notice
    lead_marker: bool = False
    trail_marker: bool = False
    dateline: str | None = None
    joined: bool = False  # several lines joined: known to be running text cut by the layout
    item: bool = False  # an item of a list (■…, ●…): whole on its line when a heading follows


def repaired_span(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with the layout breaks (whitespace runs holding a newline) removed."""
    span = text[start:end]
    return LAYOUT_BREAK.sub("", span) if "\n" in span else span


# --- 1. lines → blocks ----------------------------------------------------------------------------------------
def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip(WS)
        if stripped:
            start = pos + line.index(stripped)
            yield start, start + len(stripped)
        pos += len(line) + 1


def _skip_ws(text: str, i: int, end: int) -> int:
    while i < end and text[i] in WS:
        i += 1
    return i


def _cut_prefixes(text: str, start: int, end: int) -> tuple[int, bool, str | None]:
    """Cut continuation markers and a dateline from the start of a line: (new start, marker?, dateline)."""
    lead, dateline = False, None
    while True:
        m = MARKER.match(text, start, end)
        if m:
            start, lead = _skip_ws(text, m.end(), end), True
            continue
        d = DATELINE.match(text, start, end) if dateline is None else None
        if d:
            start, dateline = _skip_ws(text, d.end(), end), d.group(0)
            continue
        return start, lead, dateline


def _make_block(text: str, start: int, end: int) -> _Block:
    line = text[start:end]
    if DATELINE.fullmatch(line):
        return _Block(start, end, line, "dateline", dateline=line)
    if len(line) <= BYLINE_MAX and BYLINE.fullmatch(line):
        return _Block(start, end, line, "byline")
    if line.startswith("▲"):
        return _Block(start, end, line, "notice")
    new_start, lead, dateline = _cut_prefixes(text, start, end)
    trail = False
    tail = _trailing_marker(text[new_start:end])
    if tail is not None:
        end, trail = new_start + len(text[new_start:end][:tail].rstrip(WS)), True
    if new_start >= end:
        return _Block(start, end, line, "dateline" if dateline else "marker", lead, trail, dateline)
    content = text[new_start:end]
    return _Block(new_start, end, content, "text", lead, trail, dateline, item=content[:1] in ITEM_MARKS)


def _trailing_marker(line: str) -> int | None:
    """Index where a continuation marker ending the line starts, if any."""
    found = None
    for m in MARKER.finditer(line):
        if m.end() == len(line) and m.start() > 0:
            found = m.start()
    return found


# --- 2. joining lines broken by the layout ---------------------------------------------------------------------
def _ends_final(s: str) -> bool:
    s = s.rstrip("".join(CLOSERS))
    return bool(s) and s[-1] in FINAL


def _is_open(s: str) -> bool:
    """Does ``s`` leave a quote or bracket open ("…成果找市场“双向"): then it is cut, not complete."""
    return any(s.count(o) > s.count(c) for o, c in PAIRS)


def _is_numbered(s: str) -> bool:
    return NUMBERED.match(s) is not None


def _is_subtitle(s: str) -> bool:
    return s[:1] in SUBTITLE_DASHES and not _ends_final(s) and len(s) <= SUBTITLE_MAX


def _is_heading_like(s: str) -> bool:
    """Short, no sentence punctuation at the end or inside, not visibly cut: a headline or section heading."""
    if not any(c.isalnum() for c in s) or _ends_final(s) or s[-1] in COLONS or s[-1] in BIND_END or s[0] in BULLETS:
        return False
    if not SENTENCE_END.isdisjoint(s) or _starts_continuation("", s) or _is_open(s):
        return False
    return len(s) <= (NUMBERED_HEAD_MAX if _is_numbered(s) else HEAD_MAX)


def _starts_continuation(prev: str, s: str) -> bool:
    """Does ``s`` begin in a way no paragraph begins (punctuation, particle, …) or glue to ``prev``'s last token?"""
    if s[0] in CONT_START or s[:2] in CONT_BIGRAMS:
        return True
    if len(s) >= 2 and "\u4e00" <= s[0] <= "\u9fff" and s[0] not in NUMERAL_CHARS and s[1] in MID_PUNCT:
        return True  # "力;优化…", "赋,做优做强…"
    return bool(prev) and prev[-1].isascii() and prev[-1].isalnum() and s[0].isascii() and s[0].isdigit()  # PM|2.5


_UNIT_LINE = re.compile(WRAPPED_UNIT)


def _joins(a: _Block, b: _Block) -> bool:
    """Is ``b`` the continuation of ``a``, broken by the layout?"""
    if a.kind != "text" or b.kind != "text" or a.trail_marker or b.lead_marker or b.dateline:
        return False
    s, t = a.content, b.content
    if s[-1] in DIGITS and t[0] in MAGNITUDES:
        return True  # a figure broken by the layout: 74.4 / 万亿元 (the 2017 report, a line of a zero-width space)
    if len(s) >= 2 and s[-2] in DIGITS and s[-1] in MAGNITUDES and _UNIT_LINE.match(t):
        return True  # …its unit wrapped: 社会消费品零售总额49.98亿 / 元，增长9.6%
    if _ends_final(s) or s[-1] in COLONS or _is_subtitle(s) or PHOTO_CREDIT.search(s):
        return False
    if _is_numbered(t) or _is_subtitle(t) or SALUTATION.fullmatch(t) or t[0] in BULLETS or \
            (t[0] in ITEM_MARKS and s[-1] not in BIND_END):
        return False  # (…新增市场主体10万户，/ ◆其中企业4万户: a line cut after a comma goes on in the item)
    if _starts_continuation(s, t) or s[-1] in BIND_END or _is_open(s) or ENUMERATOR.fullmatch(s):
        return True
    if _is_heading_like(s) and not (a.joined and not _is_numbered(s)):
        return False
    if a.item and _is_heading_like(t):
        return False  # ■…优化社会救助和慈善制度 / 2021任务清单 / ●…: an item of a list is whole on its line, a heading after it
    # running text (it has punctuation) that stops mid-sentence goes on in the next line, whatever that looks like;
    # a long line without it is a header line (a long headline "解读…：在服务大局中…", "…会议上 省长 赵刚")
    return any(c in FINAL or c in MID_PUNCT for c in s)


_TITLE_AT_MOST = 4  # the title line is the first text block, after at most a few markers or datelines


def _heads_a_list(lines: Sequence[_Block], i: int) -> bool:
    """Is line i heading-like, and the first line after it and at most one more heading-like line an item of a list
    (…全部摘帽 / “十四五”规划目标中的民生关切 / 划重点 / ■…)? Then it is a heading, not the line before it going on."""
    for line in lines[i : i + _HEAD_LINES]:
        if line.kind != "text" or not _is_heading_like(line.content):
            return line.kind == "text" and line.item and line is not lines[i]
    return False


_HEAD_LINES = 3  # a heading of at most two lines over a list


def _blocks(text: str, title_hint: str | None = None) -> list[_Block]:
    """Text blocks, lines broken by the layout joined; the document's title as its first line (``title_hint``, the
    metadata's) stands alone even with a comma inside (港股午評｜恒指跌1.93%，美團跌4.76%)."""
    hint = "".join(title_hint.split()) if title_hint else None
    lines = [_make_block(text, start, end) for start, end in _line_spans(text)]
    blocks: list[_Block] = []
    for i, block in enumerate(lines):
        own_title = hint is not None and 0 < len(blocks) <= _TITLE_AT_MOST and \
            not any(b.kind == "text" for b in blocks[:-1]) and "".join(blocks[-1].content.split()) == hint
        if blocks and not own_title and not _heads_a_list(lines, i) and _joins(blocks[-1], block):
            last = blocks[-1]
            block = replace(
                last, end=block.end, content=last.content + block.content, trail_marker=block.trail_marker, joined=True
            )
            blocks[-1] = block
        else:
            blocks.append(block)
    return blocks


# --- 3. articles ------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Part:
    kind: str  # article | notices
    title: str | None
    items: tuple[tuple[_Block, str], ...]  # (block, role); role: title | front | heading | body | notice | skip


def _starts_article(blocks: Sequence[_Block], i: int) -> bool:
    """Heading-like block i opens a new article: a subtitle, byline or continuation marker follows it."""
    for b in blocks[i + 1 : i + 4]:
        if b.kind in ("marker", "byline") or (b.kind == "text" and (b.lead_marker or b.dateline)):
            return True
        if b.kind != "text" or not _is_heading_like(b.content):
            return False
        if _is_subtitle(b.content):
            return True
    return False


def _is_bodylike(s: str) -> bool:
    """Has sentence punctuation: running text, not a header line."""
    return not FINAL.isdisjoint(s)


def _role(blocks: Sequence[_Block], i: int, has_body: bool, closed: bool) -> str:
    """Role of text block i: new (opens an article, as its title), heading, front (header lines) or body."""
    b = blocks[i]
    if b.lead_marker or b.dateline or _is_bodylike(b.content) or b.content[:1] in BULLETS or \
            (b.item and i and blocks[i - 1].content[:1] == b.content[:1] and
             not (_YEAR_NAMED.search(b.content) and len(b.content) <= _ITEM_HEAD_MAX)):
        return "new_body" if closed else "body"  # running text, or an item of a list (●经济增长6%左右; ■制定…纲要 after
        # another ■ item: ■ opens a heading there only where it names a year, short, ■ 2021年主要目标 — not
        # ■明确了2013年总体安排和重点工作)
    if not _is_heading_like(b.content):
        return "new_body" if closed else ("body" if has_body else "front")
    if closed or (has_body and _starts_article(blocks, i)):
        return "new"
    if has_body or _is_numbered(b.content):
        return "heading"
    return "front"


def _title_index(blocks: Sequence[_Block], title_hint: str | None) -> int | None:
    """The first article's title line: the first line equal to ``title_hint``, else the first line of several."""
    texts = [i for i, b in enumerate(blocks) if b.kind == "text"]
    if title_hint:
        hint = "".join(title_hint.split())
        return next((i for i in texts if "".join(blocks[i].content.split()) == hint), None)
    return texts[0] if texts and texts[0] + 1 < len(blocks) else None


def _segment(blocks: Sequence[_Block], title_hint: str | None) -> list[_Part]:
    parts: list[_Part] = []
    kind, title, items = "article", title_hint, []
    has_body = closed = False
    title_at = _title_index(blocks, title_hint)
    for i, b in enumerate(blocks):
        role = "skip" if b.kind in ("marker", "byline", "dateline") else b.kind
        if role == "text":
            role = _role(blocks, i, has_body, closed)
            if i == title_at and role == "front" and not parts:
                role, title = "title", title or b.content
            elif role == "front" and title_hint and title_at is None and _is_heading_like(b.content) and \
                    not _is_subtitle(b.content) and not _DATED.search(b.content):
                role = "heading"  # the title is in the metadata: a text opening 过去五年工作回顾 opens with a heading
            elif kind == "notices" and role in ("front", "heading"):
                role = "new"
        opens_notices = role == "notice" and kind != "notices"
        leaves_notices = role != "notice" and kind == "notices"
        if items and (role in ("new", "new_body") or opens_notices or leaves_notices):
            parts.append(_Part(kind, title, tuple(items)))
            kind, title, items, has_body, closed = "article", None, [], False, False
        if role == "new":
            role, title = "title", b.content
        role = "body" if role == "new_body" else role
        kind = "notices" if role == "notice" else kind
        items.append((b, role))
        has_body = has_body or role == "body"
        closed = b.kind == "dateline" or (closed and role == "skip")
    if items:
        parts.append(_Part(kind, title, tuple(items)))
    return parts


# --- 4. paragraphs and sentences --------------------------------------------------------------------------------
def _sentence_re() -> re.Pattern[str]:
    ends = re.escape("".join(sorted(SENTENCE_END)))
    closers = re.escape("".join(sorted(CLOSERS)))
    blank = re.escape(WS) + "\\n"
    # From the first non-blank character to a sentence end and the ends and closers right after it.
    return re.compile(rf"[^{blank}][^{ends}]*(?:{_POINT_AS_STOP}[^{ends}]*)*(?:[{ends}][{ends}{closers}]*)?")


# A full stop between digits before a unit of an amount or a rate: a page's decimal point (增长9。5%, 698。03亿元), no end.
_POINT_AS_STOP = rf"(?<=[0-9０-９])。(?=[0-9０-９]{{1,4}}{FULL_STOP_POINT_BEFORE})"


_SENTENCE = _sentence_re()


def _sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for m in _SENTENCE.finditer(text, start, end):
        s, e = m.span()
        if text[e - 1] not in SENTENCE_END and text[e - 1] not in CLOSERS:
            while e > s and (text[e - 1] in WS or text[e - 1] == "\n"):
                e -= 1  # the last piece of a block: no trailing blanks
        if text.count(" - ", s, e) >= _BULLETS_MIN:
            for at in _bullets(text, s, e):
                yield s, at
                s = at + 3
        yield s, e


# Bullets run together on one line (核心观点 - 江苏省经济总量持续跃升… [1] - 13个市全部跻身全国百强 - …): each item is a
# sentence of its own. A run of three dashes set apart by spaces, each item a phrase of its own length (not a range,
# 10万 - 20万元, nor a chain of names, 武汉 - 鄂州 - 黄冈 - 黄石都市圈).
_BULLETS_MIN = 3
_BULLET_ITEM_MIN = 6


def _bullets(text: str, start: int, end: int) -> list[int]:
    """Where the dashes of a run of bullets in text[start:end] stand, or none."""
    at = [m.start() for m in re.finditer(" - ", text[start:end])]
    items = [b - a - 3 for a, b in zip(at, [*at[1:], end - start])]  # (the first may be a short label: 核心观点 - …)
    return [start + a for a in at] if len(at) >= _BULLETS_MIN and min(items) >= _BULLET_ITEM_MIN else []


def _units(text: str, block: _Block, role: str) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
    """(paragraph start, end, sentence spans) for one block: one paragraph, or one per notice item."""
    if role != "notice":
        yield block.start, block.end, list(_sentence_spans(text, block.start, block.end))
        return
    for m in NOTICE_ITEM.finditer(text, block.start, block.end):
        item = m.group(0).strip(WS)
        if item:
            s = m.start() + m.group(0).index(item)
            yield s, s + len(item), [(s, s + len(item))]


def _build(text: str, parts: Sequence[_Part]) -> tuple[list[Article], list[Paragraph], list[Sentence]]:
    articles: list[Article] = []
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for a_index, part in enumerate(parts):
        heading = None
        for block, role in part.items:
            if role == "skip":
                continue
            for p_start, p_end, spans in _units(text, block, role):
                is_heading = role in ("title", "heading")
                p_text = repaired_span(text, p_start, p_end)
                p_index = len(paragraphs)
                under = None if is_heading else heading
                paragraphs.append(Paragraph(p_index, a_index, p_start, p_end, p_text, under, is_heading))
                for s, e in spans:
                    sentences.append(Sentence(len(sentences), p_index, a_index, s, e, repaired_span(text, s, e)))
            heading = block.content if role == "heading" else heading
        first, last = part.items[0][0], part.items[-1][0]
        articles.append(Article(a_index, part.title, first.start, last.end, part.kind))
    return articles, paragraphs, sentences


def _dateline(blocks: Sequence[_Block]) -> tuple[str | None, str | None]:
    for b in blocks:
        if b.dateline:
            m = DATELINE.match(b.dateline)
            assert m is not None  # b.dateline was matched by DATELINE
            return b.dateline, f"{int(m.group('m')):02d}-{int(m.group('d')):02d}"
    return None, None


def analyse_layout(text: str, title_hint: str | None = None) -> Layout:
    """Articles, repaired paragraphs, headings and sentences of ``text``; offsets point into ``text``."""
    blocks = _blocks(text, title_hint)
    articles, paragraphs, sentences = _build(text, _segment(blocks, title_hint))
    dateline, dateline_date = _dateline(blocks)
    return Layout(tuple(articles), tuple(paragraphs), tuple(sentences), dateline, dateline_date)
