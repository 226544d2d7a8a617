"""Reading documents: files, folders, JSON Lines corpora and stdin → ``Document`` or ``Reject``.

Plain text is decoded from its bytes (UTF-8, UTF-8 with BOM, UTF-16 with BOM, GB18030/GBK; never guessed from the
file name); JSON Lines (``.jsonl``) hold one document per line and are streamed line by line. Line endings are
normalised to "\\n" and the pinyin glosses of traditional-script gateways removed (發(fā)展 → 發展); nothing
else in the text is changed, and offsets are into ``Document.text`` as stored.

Reading never stops at one bad input: whatever cannot be read becomes a ``Reject`` naming the file, the line (JSON
Lines) and a reason, and reading goes on with the next file or line. Reasons (``REJECT_REASONS``):

- missing, dangling_link, not_regular (a FIFO, socket, device or linked folder: never opened for reading),
  unreadable (the system refused: permission, I/O error, symlink loop);
- binary, undecodable, empty; too_large (a document or JSON Lines line beyond ``max_chars``: skipped without
  being held in memory);
- bad_json (not JSON, nested too deep, a number too long), no_text, bad_unicode (a lone surrogate such as
  "\\ud800" in a field that is stored), bad_metadata (a stored field that is an object, a list or true/false);
- warnings, not losses (``WARNINGS``; the document itself follows): replaced_bytes (a few invalid bytes in otherwise
  well-formed UTF-8 or GB18030 text are replaced by U+FFFD and named by byte offset); unread_date and unknown_region (a
  JSON Lines `date` that is no date, a `region` that names no place: the document is read without it); duplicate (a
  document with the id and text of one read before, in its place: read once).

Memory per document is bounded: a document of more than ``max_chars`` characters (default
``DEFAULT_MAX_DOC_CHARS``; ``--max-doc-chars`` or $CNFACTS_MAX_DOC_CHARS on the command line) is rejected, and a
file or line is never read beyond the bytes such a document can take.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import json
import math
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from etl.context.model import Document, Reject
from etl.context.redact import content_sha256, redact

JSONL_SUFFIXES = frozenset({".jsonl"})
STDIN_NAME = "-"
GB2312_SHARE = 0.9  # GB18030 text of simplified Chinese: at least this share of its characters are in GB2312
PLAUSIBLE_SHARE = 0.95
# ASCII printable, general punctuation, CJK punctuation and kana, CJK ideographs, full-width forms
TEXT_RANGES = (("\x20", "\x7e"), ("\u2000", "\u206f"), ("\u3000", "\u30ff"), ("\u3400", "\u9fff"), ("\uff00", "\uffef"))
CJK_FAMILY = ("gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "hz")
NEWLINES = re.compile(r"\r\n?")
ISO_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:$|[ T])")
COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
METADATA_FIELDS = ("title", "region", "source", "url")
STORED_FIELDS = ("text", "id", "date", *METADATA_FIELDS)  # what a JSON Lines record contributes to the warehouse
REJECT_REASONS = ("missing", "dangling_link", "not_regular", "unreadable", "binary", "undecodable", "empty",
                  "too_large", "bad_json", "no_text", "bad_unicode", "bad_metadata", "replaced_bytes",
                  "unread_date", "unknown_region", "duplicate")
WARNINGS = frozenset({"replaced_bytes", "unread_date", "unknown_region", "duplicate"})  # recorded with the rejects, but the
# document is read all the same

# Size limits. A character takes at most 4 bytes in UTF-8, GB18030 and UTF-16, and at most 6 in a JSON string
# ("\\u4e00"); a JSON Lines line has room for its other fields on top.
DEFAULT_MAX_DOC_CHARS = 1_000_000  # 17 times the longest report of the corpus; analysing one takes about 60 MB
MAX_CHAR_BYTES = 4
JSON_CHAR_BYTES = 6
JSONL_METADATA_BYTES = 64 * 1024
# Stray bytes: at most this many invalid bytes are replaced (and named) in otherwise well-formed text, and in
# UTF-8 only when at least STRAY_EVIDENCE valid non-ASCII characters stand for each.
MAX_STRAY_BYTES = 16
STRAY_EVIDENCE = 10
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # an undecodable byte after decoding with "surrogateescape"


# --- decoding ---------------------------------------------------------------------------------------------------
def decode_bytes(data: bytes) -> tuple[str, list[int]]:
    """Decode text from its bytes: BOM, strict UTF-8, UTF-8 with a few stray bytes, GB18030 (strict, then with a few
    stray bytes) or detection. Returns the text and the byte offsets of the stray bytes it replaced by U+FFFD;
    ``ValueError`` (or ``UnicodeDecodeError``) when nothing fits."""
    if data.startswith(codecs.BOM_UTF8):
        return _with_strays(data, "utf-8", len(codecs.BOM_UTF8)) or (data[len(codecs.BOM_UTF8) :].decode("utf-8"), [])
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as utf8_error:
        damaged = _with_strays(data, "utf-8")
        if damaged is not None and len(data) - len(damaged[0]) >= STRAY_EVIDENCE * len(damaged[1]):
            return damaged  # UTF-8 throughout (its multi-byte characters say so) but for a few stray bytes
        return _decode_legacy(data, utf8_error)


def _with_strays(data: bytes, encoding: str, skip: int = 0) -> tuple[str, list[int]] | None:
    """The text with its undecodable bytes replaced by U+FFFD, and their offsets; None when there are none or
    more than MAX_STRAY_BYTES (then the text is in another encoding, or no text)."""
    try:
        text = data[skip:].decode(encoding, "surrogateescape")
    except UnicodeDecodeError:
        return None
    escaped = [m.start() for m in _ESCAPED_BYTE.finditer(text)]
    if not escaped or len(escaped) > MAX_STRAY_BYTES:
        return None
    offsets, offset, previous = [], skip, 0
    for i in escaped:
        offset += len(text[previous:i].encode(encoding, "surrogateescape"))
        offsets.append(offset)
        previous = i
    return _ESCAPED_BYTE.sub("\ufffd", text), offsets


def _decode_legacy(data: bytes, utf8_error: UnicodeDecodeError) -> tuple[str, list[int]]:
    """GB18030 when it decodes to plausible Chinese (strictly, or but for a few stray bytes), else what
    charset-normalizer finds (Big5, Latin-1, …)."""
    gb = _try_decode(data, "gb18030")
    if gb is not None and _plausible(gb):
        if _share(gb, _in_gb2312) >= GB2312_SHARE:
            return gb, []
        best = from_bytes(data).best()  # traditional characters: GB18030 or Big5?
        return (str(best) if best is not None and best.encoding in CJK_FAMILY else gb), []
    damaged = _with_strays(data, "gb18030") if gb is None else None
    if damaged is not None and _plausible(damaged[0]) and _share(damaged[0], _in_gb2312) >= GB2312_SHARE:
        return damaged
    best = from_bytes(data).best()
    if best is not None:
        return str(best), []
    raise ValueError(f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}), nor GB18030, nor detectable")


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _plausible(text: str) -> bool:
    """Text, not bytes decoded by accident: nearly all of it is ASCII, CJK ideographs or CJK punctuation."""
    return _share(text, _is_text_char) >= PLAUSIBLE_SHARE


def _is_text_char(c: str) -> bool:
    return any(lo <= c <= hi for lo, hi in TEXT_RANGES) or c.isspace()


def _in_gb2312(c: str) -> bool:
    return ord(c) < 0x2E80 or _encodes(c, "gb2312")


def _share(text: str, predicate: Callable[[str], bool]) -> float:
    return sum(1 for c in text if predicate(c)) / len(text) if text else 1.0


def _encodes(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def normalise_newlines(text: str) -> str:
    return NEWLINES.sub("\n", text)


# A pinyin gloss a traditional-script gateway puts after a character it converts (發(fā)展, 規(guī)模以上工業(yè)): no part of
# the text, and it would cut every phrase it stands in. One syllable with a tone mark, in half- or full-width brackets, a
# space before the closing one at most.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN_GLOSS = re.compile(rf"([\u3400-\u9fff])[(（](?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,6}} ?[)）]")  # (社會(huì ): a space


def strip_glosses(text: str) -> str:
    return PINYIN_GLOSS.sub(r"\1", text) if "(" in text or "（" in text else text


# A character reference of HTML left in a scraped page (1&#44;234亿元, 同比下降&nbsp;63.6%, 53.1&#37;): the character
# it stands for, as a browser shows it (a number read through the comma, a change through the space). A name HTML does
# not know stays as written (R&D, AT&T;).
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_entities(text: str) -> str:
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text) if "&" in text else text


_YEAR_MONTH = re.compile(r"(\d{4})(?:[-/.年](\d{1,2})月?)?$")


def parse_date(value: object) -> tuple[str | None, str | None]:
    """(ISO date, precision) of a date given as text or a year number: "2026-02-09" → ("2026-02-09", "day");
    "2025" or 2025 → ("2025-01-01", "year"); "2025-03" or "2025年3月" → ("2025-03-01", "month")."""
    day = normalise_date(value)
    if day is not None:
        return day, "day"
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    m = _YEAR_MONTH.match(value.strip()) if isinstance(value, str) else None
    if m is None or not 1000 <= int(m.group(1)) <= 2999:
        return None, None
    month = int(m.group(2)) if m.group(2) else None
    if month is not None and not 1 <= month <= 12:
        return None, None
    return f"{m.group(1)}-{month or 1:02d}-01", "month" if month else "year"


def normalise_date(value: object) -> str | None:
    """ISO yyyy-mm-dd from "2026-02-09", "2026/2/9", "2026年2月9日", "20260209" (a time after it is ignored)."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    m = ISO_DATE.match(value) or COMPACT_DATE.fullmatch(value)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


# --- documents --------------------------------------------------------------------------------------------------
def make_document(text: str, doc_name: str, source_path: str, meta: dict[str, object] | None = None) -> Document:
    """A ``Document`` with its stable id, ``f"{doc_name}-{sha256[:12]}"``; the name and the hash are those of the
    redacted text (etl/context/redact.py), so that the id reveals no private identifier."""
    meta = meta or {}
    text = unescape_entities(strip_glosses(text))
    digest = content_sha256(text)
    date, precision = parse_date(meta.get("date"))
    fields = {k: (None if meta.get(k) is None else unescape_entities(str(meta[k]))) for k in METADATA_FIELDS}
    return Document(
        doc_id=f"{redact(doc_name)}-{digest[:12]}",
        doc_name=doc_name,
        source_path=source_path,
        text=text,
        sha256=digest,
        title=fields["title"],
        date=date,
        date_precision=precision,
        region_hint=fields["region"],
        source=fields["source"],
        url=fields["url"],
    )


def _doc_name(name: str) -> str:
    return "stdin" if name == STDIN_NAME else Path(name).stem


def _os_detail(error: OSError) -> str:
    return f"{type(error).__name__}: {error.strerror or error}"


def too_large(name: str, line: int | None, what: str, max_chars: int) -> Reject:
    return Reject(name, line, "too_large", f"{what}: beyond --max-doc-chars {max_chars:,}, skipped")


def text_items(data: bytes, name: str, max_chars: int = DEFAULT_MAX_DOC_CHARS) -> list[Document | Reject]:
    """One plain-text document from its bytes, as ``[Document]``, ``[Reject]``, or ``[warning, Document]`` when
    stray bytes were replaced (reason replaced_bytes). ``name`` is its path (or "-" for stdin)."""
    if not data.strip():
        return [Reject(name, None, "empty", "no text in the file")]
    nul = data.find(b"\x00")
    if nul >= 0 and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return [Reject(name, None, "binary", f"NUL byte at offset {nul}")]
    try:
        text, strays = decode_bytes(data)
    except (ValueError, UnicodeDecodeError) as error:
        return [Reject(name, None, "undecodable", str(error))]
    if (nul := text.find("\x00")) >= 0:  # (UTF-16: the NUL bytes of its characters are allowed, not a NUL character)
        return [Reject(name, None, "binary", f"NUL character at character {nul}")]
    text = normalise_newlines(text)
    if not text.strip():
        return [Reject(name, None, "empty", "only whitespace")]
    if len(text) > max_chars:
        return [too_large(name, None, f"{len(text):,} characters", max_chars)]
    warning = []
    if strays:
        where = ", ".join(map(str, strays))
        warning = [Reject(name, None, "replaced_bytes",
                          f"{len(strays)} invalid byte(s) replaced by U+FFFD, at byte offset(s) {where}")]
    return warning + [make_document(text, _doc_name(name), name)]


def read_text(data: bytes, name: str, max_chars: int = DEFAULT_MAX_DOC_CHARS) -> Document | Reject:
    """One plain-text document from its bytes (the warning about replaced bytes, if any, is in ``text_items``)."""
    return text_items(data, name, max_chars)[-1]


# --- JSON Lines ----------------------------------------------------------------------------------------------------
def jsonl_line_limit(max_chars: int) -> int:
    """The longest JSON Lines line read, in bytes: a text of ``max_chars`` characters, escaped, and its fields."""
    return JSON_CHAR_BYTES * max_chars + JSONL_METADATA_BYTES


def _parse_line(raw: bytes, name: str, line_no: int) -> dict | Reject | None:
    """A JSONL line → its object, a Reject, or None for a blank line."""
    try:
        line = raw.decode("utf-8-sig")  # a BOM may open the first line
    except UnicodeDecodeError as error:
        return Reject(name, line_no, "undecodable", f"not UTF-8: {error.reason} at byte {error.start}")
    if not line.strip():
        return None
    try:
        obj = json.loads(line.rstrip("\r\n"))  # (an error at the line's end is in it, not at column 1 of the next)
    except json.JSONDecodeError as error:
        return Reject(name, line_no, "bad_json", f"{error.msg.removesuffix(' at')} at column {error.colno}")
    except RecursionError:
        return Reject(name, line_no, "bad_json", "nested too deep")
    except ValueError as error:  # a number beyond Python's integer digits
        return Reject(name, line_no, "bad_json", str(error).split(";")[0])
    if not isinstance(obj, dict):
        return Reject(name, line_no, "bad_json", f"a JSON {type(obj).__name__}, not an object")
    return obj


_NOT_TEXT = {bool: "true or false", list: "a list", dict: "an object", float: "not a finite number"}


def _field_problem(obj: dict, name: str, line_no: int) -> Reject | None:
    """A stored field that cannot be stored: not a string (or a number), or holding a lone surrogate."""
    for field in STORED_FIELDS:
        value = obj.get(field)
        if value is None or (field == "text" and not isinstance(value, str)):
            continue  # a missing or non-string text is no_text, below
        if type(value) in _NOT_TEXT and not (isinstance(value, float) and math.isfinite(value)):
            return Reject(name, line_no, "bad_metadata", f"`{field}` is {_NOT_TEXT[type(value)]}, not a string")
        if field == "id" and isinstance(value, float):  # 1.10101199003074514e17 would name the document by the
            return Reject(name, line_no, "bad_metadata",  # digits it keeps, past any masking
                          "`id` is a number with a fraction or an exponent, not a string or a whole number")
        if isinstance(value, str) and not _encodable(value):
            return Reject(name, line_no, "bad_unicode", f"`{field}` holds a lone surrogate (\\ud800-\\udfff)")
    return None


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _jsonl_records(raw: bytes, name: str, line_no: int, max_chars: int) -> list[Document | Reject]:
    """One JSONL line → [Document], [Reject], [warning…, Document], or [] for a blank line."""
    obj = _parse_line(raw, name, line_no)
    if not isinstance(obj, dict):
        return [] if obj is None else [obj]
    problem = _field_problem(obj, name, line_no)
    if problem is not None:
        return [problem]
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        detail = "no `text` field" if text is None else "`text` is empty or not a string"
        return [Reject(name, line_no, "no_text", detail)]
    if len(text) > max_chars:
        return [too_large(name, line_no, f"`text` of {len(text):,} characters", max_chars)]
    doc_name = str(obj["id"]) if obj.get("id") not in (None, "") else f"{_doc_name(name)}-{line_no}"
    doc = make_document(normalise_newlines(text), doc_name, f"{name}:{line_no}", obj)
    warnings = []  # (the values are not echoed: they may hold digits to mask)
    if obj.get("date") not in (None, "") and doc.date is None:
        warnings.append(Reject(name, line_no, "unread_date",
                               "`date` is no date (YYYY-MM-DD, YYYY-MM or YYYY): the document is read without one"))
    if doc.region_hint and doc.region_hint.strip() and not _known_region(doc.region_hint):
        warnings.append(Reject(name, line_no, "unknown_region", "`region` names no place of China (a province, city "
                               "or county, or 全国): the document is read without it"))
    return [*warnings, doc]


def _known_region(name: str) -> bool:
    from etl.context.regions import metadata_region_code  # (the gazetteer, loaded for a JSON Lines region only)
    return metadata_region_code(name) is not None


def _bounded_lines(stream: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The lines of a stream, each read up to ``limit`` bytes; a longer line is read through in pieces of that
    size, dropped, and yields None (memory stays bounded whatever the line's length)."""
    while line := stream.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while (rest := stream.readline(limit + 1)) and not rest.endswith(b"\n"):
            pass
        yield None


def read_jsonl_lines(lines: BinaryIO | Iterable[bytes], name: str, start: int = 1,
                     max_chars: int = DEFAULT_MAX_DOC_CHARS) -> Iterator[Document | Reject]:
    """Documents of a JSON Lines stream (a binary file, or its lines), one line at a time: never the whole file in
    memory, nor a line beyond ``jsonl_line_limit(max_chars)`` bytes."""
    limit = jsonl_line_limit(max_chars)
    source = _bounded_lines(lines, limit) if hasattr(lines, "readline") else lines
    seen = False
    for line_no, raw in enumerate(source, start=start):
        records = [too_large(name, line_no, f"a line of more than {limit:,} bytes", max_chars)] \
            if raw is None or len(raw) > limit + 1 else _jsonl_records(raw, name, line_no, max_chars)
        for record in records:
            seen = True
            yield record
    if not seen:
        yield Reject(name, None, "empty", "no JSON lines")


def read_text_stream(stream: BinaryIO, name: str = STDIN_NAME,
                     max_chars: int = DEFAULT_MAX_DOC_CHARS) -> Iterator[Document | Reject]:
    """Documents from a byte stream (stdin): JSON Lines when its first line is a JSON object, else one text."""
    lines = _bounded_lines(stream, jsonl_line_limit(max_chars))
    first, line_no = next(lines, b""), 1
    while first is not None and first and not first.strip():
        first, line_no = next(lines, b""), line_no + 1
    if first is not None and _is_json_object(first):
        yield from read_jsonl_lines(_chain(first, lines), name, start=line_no, max_chars=max_chars)
        return
    limit = MAX_CHAR_BYTES * max_chars
    data = b"" if first is None else first
    data += stream.read(limit + 1 - len(data)) if len(data) <= limit else b""
    if first is None or len(data) > limit:
        yield too_large(name, None, f"more than {limit:,} bytes", max_chars)
        return
    yield from text_items(data, name, max_chars)


def _is_json_object(line: bytes) -> bool:
    if not line.lstrip(codecs.BOM_UTF8 + b" \t").startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(line.decode("utf-8-sig")), dict)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False


def _chain(first: bytes, rest: Iterable[bytes | None]) -> Iterator[bytes | None]:
    yield first
    yield from rest


# --- files and folders ------------------------------------------------------------------------------------------
def path_name(path: str | Path) -> str:
    """A path as text that can be stored: bytes of a file name that are not UTF-8 shown as \\xff."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


_FILE_TYPES = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder"))


def _file_type(mode: int) -> str:
    return next((label for test, label in _FILE_TYPES if test(mode)), "not a file")


def _entry(path: Path, in_folder: bool) -> str | Reject:
    """What a path names: "file", "folder", or a Reject (missing, dangling link, not a regular file, unreadable).
    Inside a folder a link to a folder is not followed (it could lead back); named on the command line, it is."""
    name = path_name(path)
    try:
        mode = os.stat(path).st_mode  # through symbolic links
    except FileNotFoundError:
        if os.path.islink(path):
            return Reject(name, None, "dangling_link", f"symbolic link to {_link_target(path)}, which does not exist")
        return Reject(name, None, "missing", "no such file or folder")
    except OSError as error:  # a link loop, a folder on the way that cannot be searched
        return Reject(name, None, "unreadable", _os_detail(error))
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode) and not (in_folder and os.path.islink(path)):
        return "folder"
    return Reject(name, None, "not_regular", f"{_file_type(mode)}, not a regular file: not read")


def _link_target(path: Path) -> str:
    try:
        return path_name(os.readlink(path))
    except OSError:
        return "?"


def _listing(folder: Path) -> list[os.DirEntry | Reject]:
    """A folder's entries sorted by name, hidden ones left out; a folder that cannot be listed is a Reject."""
    try:
        with os.scandir(folder) as entries:
            return sorted((e for e in entries if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as error:
        return [Reject(path_name(folder), None, "unreadable", _os_detail(error))]


def _walk(root: Path) -> Iterator[Path | Reject]:
    """Everything under a folder but its folders, depth first in name order (as ``sorted(root.rglob("*"))``)."""
    stack = [iter(_listing(root))]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif isinstance(entry, Reject):
            yield entry
        elif entry.is_dir(follow_symlinks=False):
            stack.append(iter(_listing(Path(entry.path))))
        else:
            yield Path(entry.path)


def _open_regular(path: Path) -> BinaryIO | Reject:
    """The file opened for reading, checked once open to be a regular file (a FIFO is opened without waiting for
    a writer, then refused)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as error:
        return Reject(path_name(path), None, "unreadable", _os_detail(error))
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        return Reject(path_name(path), None, "not_regular", f"{_file_type(mode)}, not a regular file: not read")
    return os.fdopen(fd, "rb")


def read_file(path: Path, max_chars: int = DEFAULT_MAX_DOC_CHARS) -> Iterator[Document | Reject]:
    """The documents of one file (a JSON Lines corpus by its suffix, else one plain text)."""
    name = path_name(path)
    f = _open_regular(path)
    if isinstance(f, Reject):
        yield f
        return
    try:
        with f:
            if path.suffix.lower() in JSONL_SUFFIXES:
                yield from read_jsonl_lines(f, name, max_chars=max_chars)
                return
            limit = MAX_CHAR_BYTES * max_chars  # more bytes than this are more characters than max_chars
            size = os.fstat(f.fileno()).st_size
            data = f.read(limit + 1) if size <= limit else b""
    except OSError as error:
        yield Reject(name, None, "unreadable", _os_detail(error))
        return
    if size > limit or len(data) > limit:
        yield too_large(name, None, f"{max(size, len(data)):,} bytes", max_chars)
        return
    yield from text_items(data, name, max_chars)


def _read_entry(item: Path | Reject, max_chars: int, in_folder: bool) -> Iterator[Document | Reject]:
    kind = item if isinstance(item, Reject) else _entry(item, in_folder)
    if isinstance(kind, Reject):
        yield kind
    elif kind == "file":
        yield from read_file(item, max_chars)
    # "folder" is walked by read_path; inside a folder, _entry refuses links to folders


def read_path(paths: Iterable[str | Path], max_chars: int = DEFAULT_MAX_DOC_CHARS,
              skip: Callable[[Path], bool] | None = None) -> Iterator[Document | Reject]:
    """Documents of files and folders (recursively); "-" is stdin. Unreadable input yields a ``Reject``, a document
    met again (the same ``doc_id``) a ``duplicate`` warning in its place. ``skip``: files inside a folder that are no
    input (the warehouse being written there and its working files)."""
    return once(_read_paths(paths, max_chars, skip))


def once(items: Iterable[Document | Reject]) -> Iterator[Document | Reject]:
    """The items, a document met again (the same ``doc_id``) replaced by a ``duplicate`` warning naming where it was
    read first."""
    first: dict[str, str] = {}  # doc_id → where it was read
    for item in items:
        if isinstance(item, Document):
            if item.doc_id in first:
                item = _duplicate(item, first[item.doc_id])
            else:
                first[item.doc_id] = item.source_path
        yield item


def _duplicate(doc: Document, first: str) -> Reject:
    """A document read again: the same name and text as ``first`` (digits a mask hides aside, as in its id)."""
    path, _, line = doc.source_path.rpartition(":")
    name, line_no = (path, int(line)) if line.isdigit() and path else (doc.source_path, None)
    return Reject(name, line_no, "duplicate", f"the same id and text as {Path(first).name}, read before (a number "
                  "the warehouse masks may be all that differs)")


def _read_paths(paths: Iterable[str | Path], max_chars: int,
                skip: Callable[[Path], bool] | None) -> Iterator[Document | Reject]:
    for given in paths:
        if str(given) == STDIN_NAME:
            yield from read_text_stream(sys.stdin.buffer, STDIN_NAME, max_chars)
            continue
        path = Path(given)
        if _entry(path, in_folder=False) == "folder":
            for item in _walk(path):
                if skip is None or isinstance(item, Reject) or not skip(item):
                    yield from _read_entry(item, max_chars, in_folder=True)
        else:
            yield from _read_entry(path, max_chars, in_folder=False)
