"""Ingest fuzzing (issue 10): random JSON Lines and random bytes through the reader and through `python -m etl ingest`
into a warehouse that holds earlier documents. No crash; every bad input is a named reject with its reason; every
line is accounted for; the earlier warehouse is never damaged. Derandomized, like tests/test_properties.py."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from etl.cli import main
from etl.context.model import Document, Reject
from etl.context.reader import REJECT_REASONS, WARNINGS, read_path

READER = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
INGEST = settings(max_examples=6, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
MAX_CHARS = 200  # small, so that the size limit is met too

# --- what the inputs are made of ----------------------------------------------------------------------------------
FIGURES = st.sampled_from(["2025年12345热线受理诉求2580.2万件", "同比增长18.4%", "-5~3℃", "下降-5至3%", "1\u200b2\u200b3万人",
                           "身份证110101199003074514", "１１０１ ０１１９ ９００３ ０７４５ １４", "1" * 70 + "元", "七成六"])
texts = st.one_of(st.text(max_size=40), st.lists(st.one_of(FIGURES, st.text(max_size=5)), max_size=6).map("".join),
                  st.text(min_size=MAX_CHARS + 1, max_size=MAX_CHARS + 5))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
records = st.fixed_dictionaries(
    {"text": st.one_of(texts, json_values)},
    optional={field: st.one_of(st.text(max_size=20), json_values)
              for field in ("id", "title", "date", "region", "source", "url")},
)


def _dumped(record: dict, ascii_only: bool) -> bytes:
    return json.dumps(record, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


lines = st.one_of(
    st.builds(_dumped, records, st.booleans()),
    st.builds(lambda r, field: _dumped(r, True).replace(b'"text": "', f'"{field}": "\\ud800", "text": "'.encode(), 1),
              records, st.sampled_from(["id", "title", "url", "text", "ignored"])),  # a lone surrogate escape
    st.integers(min_value=0, max_value=3000).map(lambda n: b'{"text": "a", "x": ' + b"[" * n + b"]" * n + b"}"),
    st.integers(min_value=1, max_value=6000).map(lambda n: b'{"text": "a", "n": ' + b"7" * n + b"}"),
    st.binary(max_size=80),
    st.just(b""),
).map(lambda line: line.replace(b"\n", b" "))
plain_files = st.one_of(
    st.binary(max_size=300),
    st.builds(lambda t, enc: t.encode(enc, "replace"), texts, st.sampled_from(["utf-8", "gb18030", "utf-16"])),
    st.builds(lambda t, at, b: (t.encode("utf-8")[:at] + bytes([b]) + t.encode("utf-8")[at:]),
              st.lists(FIGURES, min_size=1, max_size=4).map("，".join), st.integers(0, 60), st.integers(128, 255)),
)


def _is_blank(line: bytes) -> bool:
    """A line the reader skips: empty or white space once decoded (a BOM alone, an ideographic space …)."""
    try:
        return not line.decode("utf-8-sig").strip()
    except UnicodeDecodeError:
        return False


def _write(folder: Path, corpus: list[bytes], plain: list[bytes]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "corpus.jsonl").write_bytes(b"\n".join(corpus))
    for i, data in enumerate(plain):
        (folder / f"plain{i}.txt").write_bytes(data)


# --- the reader -------------------------------------------------------------------------------------------------
@READER
@given(st.lists(lines, max_size=8), st.lists(plain_files, max_size=3))
@example([b'{"text": "\\ud800"}', b"[" * 1000 + b"]" * 1000, b'{"text": "a", "title": ["x"]}'], [b"\x00\xff"])
def test_reader_names_every_bad_input_and_accounts_for_every_line(corpus, plain):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _write(folder, corpus, plain)
        items = list(read_path([folder], max_chars=MAX_CHARS))
    jsonl = str(folder / "corpus.jsonl")
    seen_lines: list[int] = []
    for item in items:
        if isinstance(item, Reject):
            assert item.reason in REJECT_REASONS and item.detail, item
            assert Path(item.source_path).parent == folder, item
            if item.source_path == jsonl and item.line is not None and item.reason not in WARNINGS:
                seen_lines.append(item.line)  # (a warning names a line whose document follows)
        else:
            assert isinstance(item, Document) and 0 < len(item.text) <= MAX_CHARS
            item.text.encode("utf-8")  # storable: no lone surrogate
            if item.source_path.startswith(jsonl + ":"):
                seen_lines.append(int(item.source_path.rsplit(":", 1)[1]))
    expected = [n for n, line in enumerate(corpus, start=1) if not _is_blank(line)]
    assert sorted(seen_lines) == expected  # each line once: a document or a reject naming it (a warning may come first)
    for i in range(len(plain)):  # each plain file: a document or a reject (a warning may come first)
        named = [r for r in items if r.source_path == str(folder / f"plain{i}.txt")]
        assert len(named) in (1, 2) and (len(named) == 1 or named[0].reason == "replaced_bytes")


# --- ingest into a warehouse holding earlier documents ----------------------------------------------------------
EARLIER = [{"id": "earlier-1", "text": "2025年城镇新增就业1256万人，同比增长3.2%。"},
           {"id": "earlier-2", "text": "全年接待游客2.3亿人次。"}]


@pytest.fixture(scope="module")
def earlier_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("earlier")
    (folder / "earlier.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in EARLIER) + "\n",
                                          encoding="utf-8")
    db = folder / "facts.duckdb"
    assert main(["ingest", str(folder / "earlier.jsonl"), "--db", str(db)]) == 0
    return db


def _rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


@INGEST
@given(st.lists(lines, min_size=1, max_size=8), st.lists(plain_files, max_size=3))
@example([b'{"id": "deep", "text": "a", "x": ' + b"[" * 1000 + b"]" * 1000 + b"}", b'{"text": "\\ud800"}'], [b"\xff"])
def test_ingest_publishes_data_and_named_rejects_and_keeps_the_earlier_warehouse(earlier_db, capsys, corpus, plain):
    before = _rows(earlier_db, "select doc_id, sha256 from documents order by doc_id")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "facts.duckdb"
        shutil.copy(earlier_db, db)
        inputs = Path(tmp) / "in"
        _write(inputs, corpus, plain)
        expected_rejects = sorted((r.source_path, r.line, r.reason) for r in read_path([inputs], max_chars=MAX_CHARS)
                                  if isinstance(r, Reject))
        status = main(["ingest", str(inputs), "--db", str(db), "--max-doc-chars", str(MAX_CHARS)])
        err = capsys.readouterr().err
        assert status == (2 if expected_rejects else 0), err
        assert "Traceback" not in err
        after = set(_rows(db, "select doc_id, sha256 from documents"))
        assert set(before) <= after  # the earlier documents are all still there, unchanged
        assert sorted(_rows(db, "select source_path, line, reason from rejects")) == expected_rejects
        for source_path, line, reason in expected_rejects:
            assert source_path in err and reason in err  # named on stderr too
    assert _rows(earlier_db, "select doc_id, sha256 from documents order by doc_id") == before
