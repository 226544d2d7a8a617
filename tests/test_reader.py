"""Reading documents: encodings detected from bytes, JSON Lines streamed, anything unreadable a Reject."""

from __future__ import annotations

import codecs
import hashlib
import io
import itertools
import json
import os
import sys
from pathlib import Path

import pytest

from etl.context.model import Document, Reject
from etl.context.reader import (
    REJECT_REASONS,
    WARNINGS,
    jsonl_line_limit,
    normalise_date,
    read_jsonl_lines,
    read_path,
    read_text,
    read_text_stream,
    text_items,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_37e5b51ccce53404.txt"
SENTENCE = "在北京，2025年12345热线受理诉求2580.2万件，同比增长18.4%。"
TITLE_LINE = "凝心聚力推动社会工作高质量发展\n\n"


def shared_dir() -> Path | None:
    env = os.environ.get("CNFACTS_SHARED")
    path = Path(env) if env else Path(__file__).resolve().parents[2] / "shared"
    return path if path.is_dir() else None


def jsonl(*rows: object) -> bytes:
    return b"".join((r if isinstance(r, bytes) else json.dumps(r, ensure_ascii=False).encode()) + b"\n" for r in rows)


# --- encodings: detected from the bytes, never from the name --------------------------------------------------
@pytest.mark.parametrize(
    "data",
    [
        pytest.param((TITLE_LINE + SENTENCE).encode("utf-8"), id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + (TITLE_LINE + SENTENCE).encode("utf-8"), id="utf-8 BOM stripped"),
        pytest.param((TITLE_LINE + SENTENCE).encode("gb18030"), id="gb18030"),
        pytest.param((TITLE_LINE + SENTENCE).encode("gbk"), id="gbk"),
        pytest.param((TITLE_LINE + SENTENCE).encode("utf-16"), id="utf-16 with BOM"),
    ],
)
def test_encodings(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "page.txt"  # the same name for every encoding: the bytes decide
    path.write_bytes(data)
    (doc,) = read_path([path])
    assert isinstance(doc, Document)
    assert doc.text == TITLE_LINE + SENTENCE
    assert doc.doc_name == "page"


def test_traditional_big5_detected() -> None:
    doc = read_text("臺灣經濟成長率為百分之三點五，比去年增加。".encode("big5"), "tw.txt")
    assert isinstance(doc, Document) and doc.text == "臺灣經濟成長率為百分之三點五，比去年增加。"


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        pytest.param("标题\r\n\r\n正文。\r\n", "标题\n\n正文。\n", id="CRLF"),
        pytest.param("标题\r\r正文。\r", "标题\n\n正文。\n", id="CR"),
        pytest.param("标题\r\n正文,增长5%。\n结尾。\r", "标题\n正文,增长5%。\n结尾。\n", id="mixed"),
        pytest.param("全角１２３，半角,(上接第1版)", "全角１２３，半角,(上接第1版)", id="full-width kept as is"),
        pytest.param("規(guī)模以上工業(yè)增加值增長(zhǎng)8.7%（yè）。", "規模以上工業增加值增長8.7%（yè）。",
                     id="a gateway's pinyin glosses after a character removed"),
        pytest.param("全社會(huì )固定資產投資增長10%以上。", "全社會固定資產投資增長10%以上。",
                     id="a gloss with a space before its closing bracket removed too"),
        pytest.param("张伟(Zhang Wei)、行(xing)与(yù to)(ABC)", "张伟(Zhang Wei)、行(xing)与(yù to)(ABC)",
                     id="no gloss: no tone mark, two words, capitals"),
        pytest.param("挖掘机1&#44;234台，同比下降&nbsp;63.6&#x25;，R&D投入，AT&T;收入", "挖掘机1,234台，同比下降\xa063.6%，R&D投入，AT&T;收入",
                     id="HTML character references as the characters they stand for; names HTML does not know kept"),
    ],
)
def test_text_stored_as_decoded_with_newlines_normalised(raw: str, stored: str) -> None:
    doc = read_text(raw.encode("utf-8"), "a.txt")
    assert isinstance(doc, Document) and doc.text == stored


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b" \n\r\n\t", "empty", id="whitespace only"),
        pytest.param(codecs.BOM_UTF8, "empty", id="BOM only"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", id="png: NUL bytes"),
        pytest.param(bytes(range(128, 256)) * 2, "undecodable", id="no encoding fits"),
        pytest.param(codecs.BOM_UTF16_LE + b"\x00\x00", "binary", id="UTF-16 holding a NUL character"),
    ],
)
def test_unreadable_text_is_a_reject(data: bytes, reason: str) -> None:
    reject = read_text(data, "bad.txt")
    assert isinstance(reject, Reject)
    assert (reject.source_path, reject.line, reject.reason) == ("bad.txt", None, reason)
    assert reject.detail


# --- identity -------------------------------------------------------------------------------------------------
def test_doc_id_is_name_and_text_hash() -> None:
    doc = read_text(SENTENCE.encode(), "dir/report.txt")
    digest = hashlib.sha256(SENTENCE.encode()).hexdigest()
    assert (doc.doc_name, doc.sha256, doc.doc_id) == ("report", digest, f"report-{digest[:12]}")
    assert read_text(SENTENCE.encode("gb18030"), "other/report.txt").doc_id == doc.doc_id  # stable
    assert read_text((SENTENCE + "\n").encode(), "dir/report.txt").doc_id != doc.doc_id


def test_seed_page_read_as_is() -> None:
    (doc,) = read_path([SEED])
    assert doc.text == SEED.read_text(encoding="utf-8")
    assert (doc.doc_name, doc.source_path) == ("000_37e5b51ccce53404", str(SEED))


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        pytest.param("2026-02-09", "2026-02-09", id="iso"),
        pytest.param("2026/2/9", "2026-02-09", id="slashes"),
        pytest.param("2026.2.9", "2026-02-09", id="dots"),
        pytest.param("2026年2月9日", "2026-02-09", id="chinese"),
        pytest.param("20260209", "2026-02-09", id="compact"),
        pytest.param("2026-02-02 09:20", "2026-02-02", id="with time"),
        pytest.param("2025", None, id="year only: not a date"),
        pytest.param("2026-02-30", None, id="no such day"),
        pytest.param(None, None, id="none"),
        pytest.param(2025, None, id="not a string"),
    ],
)
def test_normalise_date(value: object, iso: str | None) -> None:
    assert normalise_date(value) == iso


# --- JSON Lines -----------------------------------------------------------------------------------------------
def test_jsonl_fields(tmp_path: Path) -> None:
    row = {"id": "gwr-2026-上海市", "title": "2026年上海市政府工作报告", "date": "2026-02-09", "region": "上海市",
           "source": "解放日报", "url": "https://example.org/r", "doc_type": "report", "text": "各位代表：\r\n现在。"}
    path = tmp_path / "c.jsonl"
    path.write_bytes(jsonl(row))
    (doc,) = read_path([path])
    assert (doc.doc_name, doc.source_path, doc.text) == ("gwr-2026-上海市", f"{path}:1", "各位代表：\n现在。")
    assert (doc.title, doc.date, doc.region_hint, doc.source, doc.url) == (
        "2026年上海市政府工作报告", "2026-02-09", "上海市", "解放日报", "https://example.org/r")


def test_jsonl_without_id_is_named_by_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_bytes(jsonl({"text": "第一条。"}, {"text": "第二条。", "id": ""}))
    assert [d.doc_name for d in read_path([path])] == ["news-1", "news-2"]


def test_folder_mixed_good_and_bad(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_bytes(SENTENCE.encode())
    (tmp_path / "b" / "c.txt").write_bytes("辽宁建成1.2万余个“爱心驿站”。".encode("gb18030"))
    (tmp_path / "corpus.jsonl").write_bytes(jsonl(
        {"id": "r1", "text": "增长5%。"}, b'{"id": "r2", "text": "broken', {"id": "r3", "title": "no text"},
        b"", {"id": "r5", "text": "下降3%。"}))
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / ".hidden.txt").write_bytes(b"hidden")
    (tmp_path / ".git" / "HEAD").write_bytes(b"ref")
    got = [(type(r).__name__, r.source_path, r.line, r.reason) if isinstance(r, Reject)
           else (type(r).__name__, r.source_path, r.doc_name) for r in read_path([tmp_path])]
    assert got == [
        ("Document", str(tmp_path / "a.txt"), "a"),
        ("Document", str(tmp_path / "b" / "c.txt"), "c"),
        ("Document", f"{tmp_path / 'corpus.jsonl'}:1", "r1"),
        ("Reject", str(tmp_path / "corpus.jsonl"), 2, "bad_json"),
        ("Reject", str(tmp_path / "corpus.jsonl"), 3, "no_text"),
        ("Document", f"{tmp_path / 'corpus.jsonl'}:5", "r5"),
        ("Reject", str(tmp_path / "image.png"), None, "binary"),
    ]


MAX_CHARS = 100  # the documents of these tests: a longer text is too_large
LONG_LINE = b'{"text": "' + b"x" * (jsonl_line_limit(MAX_CHARS) + 10) + b'"}'


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        pytest.param(b'{"id": 1, "text": ', "bad_json", id="cut line"),
        pytest.param(b'["a list"]', "bad_json", id="not an object"),
        pytest.param(b'{"text": "a", "x": ' + b"[" * 1000 + b"]" * 1000 + b"}", "bad_json", id="nested 1000 deep"),
        pytest.param(b'{"text": "a", "n": ' + b"1" * 5000 + b"}", "bad_json", id="a number of 5000 digits"),
        pytest.param(b'{"id": "x"}', "no_text", id="no text"),
        pytest.param(b'{"id": "x", "text": "  "}', "no_text", id="blank text"),
        pytest.param(b'{"id": "x", "text": 5}', "no_text", id="text not a string"),
        pytest.param(b'{"text": "\xff\xfe"}', "undecodable", id="not utf-8"),
        pytest.param(b'{"text": "a\\ud800b"}', "bad_unicode", id="lone surrogate in text"),
        pytest.param(b'{"text": "a", "title": "\\udc00"}', "bad_unicode", id="lone surrogate in title"),
        pytest.param(b'{"text": "a", "id": "x\\udfff"}', "bad_unicode", id="lone surrogate in id"),
        pytest.param(b'{"text": "a", "url": "\\ud83d"}', "bad_unicode", id="half an emoji in url"),
        pytest.param(b'{"text": "a", "title": ["a", "b"]}', "bad_metadata", id="title a list"),
        pytest.param(b'{"text": "a", "id": {"k": 1}}', "bad_metadata", id="id an object"),
        pytest.param(b'{"text": "a", "source": true}', "bad_metadata", id="source true"),
        pytest.param(b'{"text": "a", "date": NaN}', "bad_metadata", id="date NaN"),
        pytest.param(b'{"text": "a", "id": 1.10101199003074514e17}', "bad_metadata",
                     id="id a number with an exponent (it would name the document by an ID number's digits)"),
        pytest.param(b'{"text": "' + b"x" * (MAX_CHARS + 1) + b'"}', "too_large", id="text beyond the limit"),
        pytest.param(LONG_LINE, "too_large", id="line beyond the byte limit"),
    ],
)
def test_jsonl_bad_line_is_a_reject_with_its_line(line: bytes, reason: str) -> None:
    good = jsonl({"id": "ok", "text": "好。"})
    results = list(read_jsonl_lines(io.BytesIO(good + line + b"\n" + good), "c.jsonl", max_chars=MAX_CHARS))
    assert [type(r).__name__ for r in results] == ["Document", "Reject", "Document"]
    assert (results[1].source_path, results[1].line, results[1].reason) == ("c.jsonl", 2, reason)
    assert results[1].detail


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        pytest.param(b'{"id": "e", "text": "3\x01"}', "Invalid control character at column 23", id="control character"),
        pytest.param(b'{"id": "e", "text": "3"', "Expecting ',' delimiter at column 24",
                     id="no closing brace: the column of this line's end, not of the next line"),
    ],
)
def test_jsonl_bad_json_says_where(line: bytes, detail: str) -> None:
    reject, good = read_jsonl_lines(io.BytesIO(line + b"\n" + jsonl({"text": "好"})), "c.jsonl")
    assert (reject.reason, reject.detail, good.text) == ("bad_json", detail, "好")


@pytest.mark.parametrize(
    ("fields", "warnings", "date", "region"),
    [
        pytest.param({"date": "2025-13-45"}, ["unread_date"], None, None, id="no such day"),
        pytest.param({"date": "去年", "region": "火星"}, ["unread_date", "unknown_region"], None, "火星",
                     id="neither a date nor a place: both named"),
        pytest.param({"date": "2025年3月", "region": "四川省内江市"}, [], "2025-03-01", "四川省内江市", id="both read"),
        pytest.param({"date": "", "region": "全国"}, [], None, "全国", id="an empty date is no date given"),
    ],
)
def test_jsonl_date_or_region_not_read_is_a_warning_and_the_document_is_kept(
        fields: dict, warnings: list[str], date: str | None, region: str | None) -> None:
    *named, doc = read_jsonl_lines(io.BytesIO(jsonl({"id": "x", "text": "增长8%", **fields})), "c.jsonl")
    assert [(w.reason, w.line) for w in named] == [(w, 1) for w in warnings]
    assert all(w.reason in WARNINGS and "2025" not in w.detail and "火星" not in w.detail for w in named)
    assert (doc.doc_name, doc.date, doc.region_hint) == ("x", date, region)


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        pytest.param(b'{"id": 12, "text": "a"}', "12", None, id="number id"),
        pytest.param(b'{"id": "x", "title": 2025, "text": "a"}', "x", "2025", id="number title"),
        pytest.param(b'{"id": "x", "title": null, "extra": ["\\ud800"], "text": "a"}', "x", None,
                     id="unused field: not checked, not stored"),
    ],
)
def test_jsonl_numbers_in_metadata_are_read_as_text(line: bytes, name: str, title: str | None) -> None:
    (doc,) = read_jsonl_lines(io.BytesIO(line), "c.jsonl")
    assert (doc.doc_name, doc.title) == (name, title)


def test_jsonl_long_line_is_skipped_without_reading_it_whole() -> None:
    class Counting(io.BytesIO):
        biggest = 0

        def readline(self, size: int = -1) -> bytes:
            assert size > 0, "readline without a limit"
            line = super().readline(size)
            Counting.biggest = max(Counting.biggest, len(line))
            return line

    stream = Counting(LONG_LINE * 20 + b"\n" + jsonl({"id": "after", "text": "好。"}))
    results = list(read_jsonl_lines(stream, "c.jsonl", max_chars=MAX_CHARS))
    assert [(type(r).__name__, r.line if isinstance(r, Reject) else r.doc_name) for r in results] == [
        ("Reject", 1), ("Document", "after")]
    assert Counting.biggest <= jsonl_line_limit(MAX_CHARS) + 1


def test_empty_jsonl_is_a_reject(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"\n\n")
    assert list(read_path([path])) == [Reject(str(path), None, "empty", "no JSON lines")]


def test_jsonl_is_streamed() -> None:
    endless = itertools.repeat(jsonl({"id": "x", "text": "增长5%。"}))
    assert len(list(itertools.islice(read_jsonl_lines(endless, "endless.jsonl"), 3))) == 3


def test_missing_path_is_a_reject(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert list(read_path([missing])) == [Reject(str(missing), None, "missing", "no such file or folder")]


# --- stdin ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(SENTENCE.encode() + b"\n", [("stdin", "-", SENTENCE + "\n")], id="one sentence"),
        pytest.param(SENTENCE.encode("gb18030"), [("stdin", "-", SENTENCE)], id="gb18030 sentence"),
        pytest.param(b"\n" + jsonl({"id": "a", "text": "甲。"}, {"id": "b", "text": "乙。"}),
                     [("a", "-:2", "甲。"), ("b", "-:3", "乙。")], id="json lines"),
    ],
)
def test_read_text_stream(data: bytes, expected: list[tuple[str, str, str]]) -> None:
    got = [(d.doc_name, d.source_path, d.text) for d in read_text_stream(io.BytesIO(data))]
    assert got == expected


def test_dash_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SENTENCE.encode())))
    (doc,) = read_path(["-"])
    assert (doc.doc_name, doc.source_path, doc.text) == ("stdin", "-", SENTENCE)


# --- the shared corpus ----------------------------------------------------------------------------------------
def test_provincial_corpus() -> None:
    shared = shared_dir()
    if shared is None:
        pytest.skip("shared/ is absent (set CNFACTS_SHARED)")
    results = list(read_path([shared / "corpus" / "gwr_provincial_2026.jsonl"]))
    docs = [r for r in results if isinstance(r, Document)]
    assert len(results) == len(docs) == 31
    assert len({d.region_hint for d in docs}) == 31
    assert all(d.region_hint and d.region_hint in d.doc_name for d in docs)
    assert all(d.date and d.date.startswith("2026-") for d in docs)
    assert len({d.doc_id for d in docs}) == 31


# --- damaged text: a few stray bytes are replaced and named, never silently read wrong ----------------------------
STRAY_TEXT = "全市新增就业12万人，同比增长3%。"


@pytest.mark.parametrize(
    ("data", "offsets"),
    [
        pytest.param(STRAY_TEXT.encode() + b"\xff" + "其他。".encode(), "46", id="utf-8, one stray byte"),
        pytest.param(codecs.BOM_UTF8 + b"\xfe" + STRAY_TEXT.encode(), "3", id="utf-8 with BOM, one stray byte"),
        pytest.param(STRAY_TEXT.encode("gb18030") + b"\xff" + "其他。".encode("gb18030"), "32",
                     id="gb18030, one stray byte"),
        pytest.param(STRAY_TEXT.encode()[:4] + STRAY_TEXT.encode()[5:], "3, 4", id="utf-8, a byte cut out"),
    ],
)
def test_stray_bytes_are_replaced_and_named(data: bytes, offsets: str) -> None:
    warning, doc = text_items(data, "page.txt")
    assert (warning.source_path, warning.reason) == ("page.txt", "replaced_bytes")
    assert warning.detail.endswith(f"at byte offset(s) {offsets}")
    assert isinstance(doc, Document) and doc.text.count("\ufffd") == len(offsets.split(", "))
    assert read_text(data, "page.txt") == doc


def test_many_stray_bytes_are_undecodable_not_guessed() -> None:
    data = bytearray(STRAY_TEXT.encode() * 4)
    for k in range(20):
        data.insert(k * 6, 0xFF)
    (reject,) = text_items(bytes(data), "page.txt")
    assert reject.reason == "undecodable"


# --- what is not a regular file is never read -------------------------------------------------------------------
def _socket(path: Path) -> None:
    import socket

    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the socket file stays


def reasons(paths: list[Path], **kwargs: int) -> list[tuple[str, str | None]]:
    return [(Path(r.source_path).name, r.reason if isinstance(r, Reject) else r.doc_name)
            for r in read_path(paths, **kwargs)]


@pytest.mark.parametrize(
    ("make", "in_folder", "alone"),
    [
        pytest.param(lambda p: os.mkfifo(p), "not_regular", "not_regular", id="fifo"),
        pytest.param(_socket, "not_regular", "not_regular", id="socket"),
        pytest.param(lambda p: p.symlink_to("/dev/null"), "not_regular", "not_regular", id="device (through a link)"),
        pytest.param(lambda p: p.symlink_to(p.parent / "nowhere.txt"), "dangling_link", "dangling_link",
                     id="dangling link"),
        pytest.param(lambda p: p.symlink_to(p), "unreadable", "unreadable", id="link to itself"),
        pytest.param(lambda p: p.symlink_to(p.parent / "sub"), "not_regular", "in-sub",
                     id="link to a folder: not followed in a folder, read when named"),
        pytest.param(lambda p: p.symlink_to(p.parent / "good.txt"), "entry", "entry", id="link to a file: read"),
    ],
)
def test_special_entries_are_rejects(tmp_path: Path, make, in_folder: str, alone: str) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "in-sub.txt").write_text(SENTENCE, encoding="utf-8")
    (folder / "good.txt").write_text(SENTENCE, encoding="utf-8")
    entry = folder / "entry"
    make(entry)
    assert [r for r in reasons([folder]) if r[0] == "entry"] == [("entry", in_folder)]
    assert [r[1] for r in reasons([entry])] == [alone]


def test_device_named_alone_is_not_read() -> None:
    assert reasons([Path("/dev/zero")]) == [("zero", "not_regular")]


# --- size limits: a document beyond --max-doc-chars is rejected without being read whole ----------------------------
@pytest.mark.parametrize(
    ("text", "max_chars", "reason"),
    [
        pytest.param("好" * 100, 100, "doc", id="at the limit"),
        pytest.param("好" * 101, 100, "too_large", id="one character over"),
        pytest.param("a" * 401, 100, "too_large", id="more bytes than 100 characters can take: not read"),
    ],
)
def test_text_file_size_limit(tmp_path: Path, text: str, max_chars: int, reason: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    assert reasons([path], max_chars=max_chars) == [("doc.txt", reason)]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param("好" * 101, [("-", "too_large")], id="text over the limit"),
        pytest.param(b"x" * 5000, [("-", "too_large")], id="one long line, not JSON"),
        pytest.param(jsonl({"id": "a", "text": "好" * 101}, {"id": "b", "text": "好"}),
                     [("-", "too_large"), ("b", "b")], id="json lines: one too long"),
    ],
)
def test_stdin_size_limit(data: str | bytes, expected: list[tuple[str, str]]) -> None:
    raw = data.encode() if isinstance(data, str) else data
    got = [(r.source_path, r.reason) if isinstance(r, Reject) else (r.doc_name, r.doc_name)
           for r in read_text_stream(io.BytesIO(raw), max_chars=100)]
    assert got == expected


def test_every_reject_reason_is_declared(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_bytes(b'{"text": "a\\ud800"}\n[1]\n{"x": 1}\n')
    (tmp_path / "stray.txt").write_bytes(STRAY_TEXT.encode() + b"\xff")
    os.mkfifo(tmp_path / "fifo")
    found = {r.reason for r in read_path([tmp_path, tmp_path / "missing"]) if isinstance(r, Reject)}
    assert found == {"bad_unicode", "bad_json", "no_text", "replaced_bytes", "not_regular", "missing"}
    assert found <= set(REJECT_REASONS)


def test_file_names_that_are_not_utf8_are_stored_escaped(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/bad\xff\xfename.txt"
    with open(raw, "wb") as f:
        f.write(SENTENCE.encode())
    os.symlink(os.fsencode(tmp_path) + b"/nowhere\xff", os.fsencode(tmp_path) + b"/link\xff")
    doc, link = read_path([tmp_path])
    assert (doc.doc_name, doc.source_path) == ("bad\\xff\\xfename", f"{tmp_path}/bad\\xff\\xfename.txt")
    assert (link.source_path, link.reason) == (f"{tmp_path}/link\\xff", "dangling_link")
    assert "nowhere\\xff" in link.detail
    for text in (doc.doc_name, doc.source_path, link.source_path, link.detail):
        text.encode("utf-8")  # storable


def test_a_document_read_again_is_a_duplicate_warning_in_its_place(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir(), two.mkdir()
    (one / "x.txt").write_text("市民来电（手机13812345678）反映，补助3000元。", encoding="utf-8")
    (two / "x.txt").write_text("市民来电（手机13810000078）反映，补助3000元。", encoding="utf-8")  # masked: the same
    (two / "c.jsonl").write_bytes(jsonl({"id": "case", "text": "补助3000元"}) * 2 + jsonl({"id": "other", "text": "补助3000元"}))
    got = [(type(r).__name__, r.source_path.replace(str(tmp_path), ""), getattr(r, "line", None),
            getattr(r, "reason", None)) for r in read_path([one, two])]
    assert sorted(got, key=repr) == sorted([
        ("Document", "/one/x.txt", None, None), ("Reject", "/two/x.txt", None, "duplicate"),
        ("Document", "/two/c.jsonl:1", None, None), ("Reject", "/two/c.jsonl", 2, "duplicate"),
        ("Document", "/two/c.jsonl:3", None, None),
    ], key=repr)
    assert {r.detail for r in read_path([one, two]) if isinstance(r, Reject)} == {
        "the same id and text as x.txt, read before (a number the warehouse masks may be all that differs)",
        "the same id and text as c.jsonl:1, read before (a number the warehouse masks may be all that differs)"}
