"""Reading documents: files, folders, JSON Lines corpora and stdin → ``Document`` or ``Reject``.

Plain text is decoded from its bytes (UTF-8, UTF-8 with BOM, UTF-16 with BOM, GB18030/GBK; never guessed from the
file name); JSON Lines (``.jsonl``) hold one document per line and are streamed line by line. Line endings are
normalised to "\\n"; nothing else in the text is changed, so offsets into ``Document.text`` stay valid.
Whatever cannot be read becomes a ``Reject`` (reason: missing, unreadable, binary, undecodable, empty, bad_json,
no_text) and reading goes on with the next file or line.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
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


# --- decoding ---------------------------------------------------------------------------------------------------
def decode_bytes(data: bytes) -> str:
    """Decode text from its bytes (BOM, strict UTF-8, then GB18030 or detection); ``ValueError`` if none fits."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        return _decode_legacy(data, utf8_error)


def _decode_legacy(data: bytes, utf8_error: UnicodeDecodeError) -> str:
    """GB18030 when it decodes to plausible Chinese, else what charset-normalizer finds (Big5, Latin-1, …)."""
    gb = _try_decode(data, "gb18030")
    if gb is not None and _plausible(gb):
        if _share(gb, _in_gb2312) >= GB2312_SHARE:
            return gb
        best = from_bytes(data).best()  # traditional characters: GB18030 or Big5?
        return str(best) if best is not None and best.encoding in CJK_FAMILY else gb
    best = from_bytes(data).best()
    if best is not None:
        return str(best)
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
    digest = content_sha256(text)
    date, precision = parse_date(meta.get("date"))
    fields = {k: (None if meta.get(k) is None else str(meta[k])) for k in METADATA_FIELDS}
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


def read_text(data: bytes, name: str) -> Document | Reject:
    """One plain-text document from its bytes; ``name`` is its path (or "-" for stdin)."""
    if not data.strip():
        return Reject(name, None, "empty", "no text in the file")
    nul = data.find(b"\x00")
    if nul >= 0 and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Reject(name, None, "binary", f"NUL byte at offset {nul}")
    try:
        text = normalise_newlines(decode_bytes(data))
    except (ValueError, UnicodeDecodeError) as error:
        return Reject(name, None, "undecodable", str(error))
    if not text.strip():
        return Reject(name, None, "empty", "only whitespace")
    return make_document(text, _doc_name(name), name)


# --- JSON Lines ----------------------------------------------------------------------------------------------------
def _jsonl_record(raw: bytes, name: str, line_no: int) -> Document | Reject | None:
    """One JSONL line → Document, Reject, or None for a blank line."""
    try:
        line = raw.decode("utf-8-sig")  # a BOM may open the first line
    except UnicodeDecodeError as error:
        return Reject(name, line_no, "undecodable", f"not UTF-8: {error.reason} at byte {error.start}")
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as error:
        return Reject(name, line_no, "bad_json", f"{error.msg} at column {error.colno}")
    if not isinstance(obj, dict):
        return Reject(name, line_no, "bad_json", f"a JSON {type(obj).__name__}, not an object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        detail = "no `text` field" if text is None else "`text` is empty or not a string"
        return Reject(name, line_no, "no_text", detail)
    doc_name = str(obj["id"]) if obj.get("id") not in (None, "") else f"{_doc_name(name)}-{line_no}"
    return make_document(normalise_newlines(text), doc_name, f"{name}:{line_no}", obj)


def read_jsonl_lines(lines: Iterable[bytes], name: str, start: int = 1) -> Iterator[Document | Reject]:
    """Documents of a JSON Lines stream, one line at a time (never the whole file in memory)."""
    seen = False
    for line_no, raw in enumerate(lines, start=start):
        record = _jsonl_record(raw, name, line_no)
        if record is not None:
            seen = True
            yield record
    if not seen:
        yield Reject(name, None, "empty", "no JSON lines")


def read_text_stream(stream: BinaryIO, name: str = STDIN_NAME) -> Iterator[Document | Reject]:
    """Documents from a byte stream (stdin): JSON Lines when its first line is a JSON object, else one text."""
    first, line_no = stream.readline(), 1
    while first and not first.strip():
        first, line_no = stream.readline(), line_no + 1
    if _is_json_object(first):
        yield from read_jsonl_lines(_chain(first, stream), name, start=line_no)
        return
    yield read_text(first + stream.read(), name)


def _is_json_object(line: bytes) -> bool:
    if not line.lstrip(codecs.BOM_UTF8 + b" \t").startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(line.decode("utf-8-sig")), dict)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False


def _chain(first: bytes, stream: BinaryIO) -> Iterator[bytes]:
    yield first
    yield from stream


# --- files and folders ------------------------------------------------------------------------------------------
def _files(root: Path) -> Iterator[Path]:
    """Files under a folder, recursively, sorted, skipping hidden files and folders."""
    for path in sorted(root.rglob("*")):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(root).parts):
            yield path


def read_file(path: Path) -> Iterator[Document | Reject]:
    name = str(path)
    if path.suffix.lower() in JSONL_SUFFIXES:
        try:
            with path.open("rb") as f:
                yield from read_jsonl_lines(f, name)
        except OSError as error:
            yield Reject(name, None, "unreadable", f"{type(error).__name__}: {error.strerror or error}")
        return
    try:
        data = path.read_bytes()
    except OSError as error:
        yield Reject(name, None, "unreadable", f"{type(error).__name__}: {error.strerror or error}")
        return
    yield read_text(data, name)


def read_path(paths: Iterable[str | Path]) -> Iterator[Document | Reject]:
    """Documents of files and folders (recursively); "-" is stdin. Unreadable input yields a ``Reject``."""
    for given in paths:
        if str(given) == STDIN_NAME:
            yield from read_text_stream(sys.stdin.buffer, STDIN_NAME)
            continue
        path = Path(given)
        if path.is_dir():
            for file in _files(path):
                yield from read_file(file)
        elif path.exists():
            yield from read_file(path)
        else:
            yield Reject(str(given), None, "missing", "no such file or folder")
