"""The warehouse: checks as SQL (keys, relationships, accepted values, offsets) on every warehouse we build,
and the loader's guarantees (idempotent, replaces changed documents, accumulates, atomic, exact values)."""

from __future__ import annotations

import importlib
import os
import signal
import subprocess
import sys
import time
from decimal import Decimal
from operator import attrgetter, itemgetter
from pathlib import Path

import duckdb
import pytest

from etl.context.model import Reject
from etl.context.regions import HOW, LEVELS
from etl.figures.model import APPROX, BASES, IDENTIFIER_KINDS, KINDS, MEASURES
from etl.load import COLUMNS, analysed, apply_schema, fact_id, remove_stale_tmp
from etl.load.checks import check_keys, key_checks, unique_sql
from etl.load.publish import tmp_path as tmp_file_for

ROOT = Path(__file__).resolve().parents[1]


def not_null(table: str, column: str) -> str:
    return f"select * from {table} where {column} is null"


def accepted(table: str, column: str) -> str:
    return f"select {column} from {table} where {column} is not null and {column} not in (select unnest(?))"


# Each check is a query for offending rows: it must return none. Values are bound parameters.
CHECKS = [
    *[pytest.param(sql, None, id=name) for name, sql in key_checks()],
    pytest.param(unique_sql("facts", "fact_id"), None, id="unique-facts.fact_id"),
    *[
        pytest.param(not_null("figures", c), None, id=f"not-null-figures.{c}")
        for c in ("fact_id", "doc_id", "sentence_id", "mention", "value", "unit", "kind", "measure",
                  "metric", "region_code", "region_how", "topic", "rule")
    ],
    pytest.param(not_null("documents", "sha256"), None, id="not-null-documents.sha256"),
    pytest.param(not_null("facts", "region_name"), None, id="not-null-facts.region_name"),
    pytest.param(
        "select f.fact_id from figures as f join sentences as s on s.sentence_id = f.sentence_id "
        "where s.doc_id <> f.doc_id",
        None, id="rel-figure-sentence-same-document",
    ),
    pytest.param(
        "select c.fact_id from figures as c join figures as b on b.fact_id = c.refers_to where b.doc_id <> c.doc_id",
        None, id="rel-refers_to-same-document",
    ),
    pytest.param(accepted("figures", "kind"), KINDS, id="accepted-figures.kind"),
    pytest.param(accepted("figures", "approx"), APPROX, id="accepted-figures.approx"),
    pytest.param(accepted("figures", "measure"), MEASURES, id="accepted-figures.measure"),
    pytest.param(accepted("figures", "basis"), BASES, id="accepted-figures.basis"),
    pytest.param(accepted("figures", "region_how"), HOW, id="accepted-figures.region_how"),
    pytest.param(accepted("regions", "level"), LEVELS, id="accepted-regions.level"),
    pytest.param(accepted("facts", "region_level"), LEVELS, id="accepted-facts.region_level"),
    pytest.param(accepted("identifiers", "kind"), IDENTIFIER_KINDS, id="accepted-identifiers.kind"),
    pytest.param(
        "select f.fact_id, f.mention from figures as f join documents as d on d.doc_id = f.doc_id "
        "where substr(d.text, f.char_start + 1, f.char_end - f.char_start) <> f.mention",
        None, id="offsets-figure-mention",
    ),
    pytest.param(
        "select f.fact_id from figures as f join sentences as s on s.sentence_id = f.sentence_id "
        "where f.char_start < s.char_start or f.char_end > s.char_end",
        None, id="offsets-figure-inside-sentence",
    ),
    pytest.param(
        "select s.sentence_id from sentences as s join documents as d on d.doc_id = s.doc_id "
        "where s.char_start < 0 or s.char_end > length(d.text) or s.char_start >= s.char_end",
        None, id="offsets-sentence-in-document",
    ),
    pytest.param(
        "select i.doc_id, i.char_start from identifiers as i join figures as f on f.doc_id = i.doc_id "
        "where f.char_start < i.char_end and i.char_start < f.char_end",
        None, id="identifier-never-a-figure",
    ),
    pytest.param(
        "select * from (select count(*) as n from figures) cross join (select count(*) as m from facts) where n <> m",
        None, id="facts-view-keeps-every-figure",
    ),
    pytest.param(
        "select fact_id from changes where base_fact_id is not null and prior_rule is null "
        "and base_unit <> change_unit and change_unit not in ('%', '百分点')",
        None, id="changes-prior-rule-known",
    ),
]


@pytest.fixture(params=["hand_db", "seed_db"])
def warehouse(request):
    with duckdb.connect(str(request.getfixturevalue(request.param)), read_only=True) as con:
        yield con


@pytest.mark.parametrize(("sql", "values"), CHECKS)
def test_warehouse_check(warehouse, sql, values):
    offending = warehouse.execute(sql, [list(values)] if values is not None else []).fetchall()
    assert offending == []


# ---- contents of the hand-built warehouse -------------------------------------------------------------

def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def snapshot(db: Path) -> dict[str, list[tuple]]:
    return {table: sorted(query(db, f"select * from {table}"), key=repr) for table in COLUMNS}


@pytest.mark.parametrize(
    ("mention", "value"),
    [
        pytest.param("223.6万人", Decimal("2236000"), id="wan-folded"),
        pytest.param("18.4%", Decimal("18.4"), id="percent"),
        pytest.param("5.9个百分点", Decimal("5.9"), id="points"),
    ],
)
def test_value_stored_exactly(hand_db, mention, value):
    rows = query(hand_db, "select value, typeof(value) from figures where mention = ?", [mention])
    assert rows == [(value, "DECIMAL(38,10)")]


def test_fact_id_is_hash_of_content_span_and_rule(hand_db, hand):
    doc = hand.social_work.document
    fact = hand.social_work.facts[0].fact
    expected = fact_id(doc, fact.char_start, fact.char_end, fact.rule)
    assert query(hand_db, "select fact_id from figures where mention = ?", [fact.mention]) == [(expected,)]


@pytest.mark.parametrize(
    ("change", "base", "rule", "prior"),
    [
        pytest.param("18.4%", "223.6万人", "relative", 1888513.5135, id="yoy-percent-of-level"),
        pytest.param("5.9个百分点", "70.4%", "points", 64.5, id="points-of-percent"),
    ],
)
def test_changes_imply_prior(hand_db, change, base, rule, prior):
    rows = query(hand_db, "select base_mention, prior_rule, implied_prior from changes where mention = ?", [change])
    assert [(b, r) for b, r, _ in rows] == [(base, rule)]
    assert rows[0][2] == pytest.approx(prior)


@pytest.mark.parametrize(
    ("region", "unit", "facts", "direct"),
    [
        pytest.param("510104", "人", 1, 1, id="county-own"),
        pytest.param("510100", "人", 1, 0, id="city-rolls-up-county"),
        pytest.param("510000", "人次", 1, 0, id="province-rolls-up-city"),
        pytest.param("000000", "人", 2, 1, id="country-rolls-up-all"),
    ],
)
def test_facts_by_region_rolls_up(hand_db, region, unit, facts, direct):
    sql = "select facts, direct_facts from facts_by_region where region_code = ? and unit = ?"
    assert query(hand_db, sql, [region, unit]) == [(facts, direct)]


def test_facts_by_topic_lists_every_topic(hand_db, hand):
    rows = query(hand_db, "select topic, facts from facts_by_topic order by topic")
    assert rows == [("education", 2), ("new_employment", 3), ("social_work", 2)]


def test_identifier_kept_as_kind_and_offsets_only(hand_db):
    assert query(hand_db, "select kind, char_end - char_start from identifiers") == [("other", 18)]


# ---- rows that would break a key or a reference become rejects ----------------------------------------

TEXT = "2025年度社会工作者职业资格考试有223.6万人报名，同比增长18.4%。"


@pytest.mark.parametrize(
    ("spec", "reason"),
    [
        pytest.param(dict(mention="223.6万人", start=0), "span_mismatch", id="span-mismatch"),
        pytest.param(dict(mention="223.6万人", region="999999"), "unknown_region", id="unknown-region"),
        pytest.param(dict(mention="223.6万人", topic="astrology"), "unknown_topic", id="unknown-topic"),
        pytest.param(dict(mention="223.6万人", value="0.12345678901"), "value_out_of_range", id="eleven-decimals"),
    ],
)
def test_unloadable_figure_becomes_reject(tmp_path, hand, spec, reason):
    fields = dict(value="2236000", unit="人", kind="count") | spec
    analysis = hand.build("bad", TEXT, (hand.Spec(**fields),))
    stats = hand.publish(tmp_path / "w.duckdb", [analysis])
    assert (stats.figures, stats.span_rejects) == (0, 1)
    assert query(tmp_path / "w.duckdb", "select source_path, reason from rejects") == [("hand/bad.txt", reason)]


def test_duplicate_figure_loaded_once(tmp_path, hand):
    spec = hand.Spec("223.6万人", "2236000", "人", "count")
    stats = hand.publish(tmp_path / "w.duckdb", [hand.build("dup", TEXT, (spec, spec))])
    assert (stats.figures, stats.span_rejects) == (1, 1)


def test_ten_decimals_kept_exactly(tmp_path, hand):
    analysis = hand.build("fine", TEXT, (hand.Spec("223.6万人", "0.1234567891", "人", "count"),))
    hand.publish(tmp_path / "w.duckdb", [analysis])
    assert query(tmp_path / "w.duckdb", "select value from figures") == [(Decimal("0.1234567891"),)]


# ---- guarantees ---------------------------------------------------------------------------------------

def test_ingest_again_changes_nothing(tmp_path, hand):
    db = tmp_path / "w.duckdb"
    hand.publish(db, hand.analyses)
    before = snapshot(db)
    stats = hand.publish(db, hand.analyses)
    assert snapshot(db) == before
    assert (stats.replaced_documents, stats.kept_documents) == (3, 0)


def test_changed_document_replaces_its_rows(tmp_path, hand):
    db = tmp_path / "w.duckdb"
    hand.publish(db, hand.analyses)
    text = "2026年度社会工作者职业资格考试有250万人报名。"
    new = hand.build("social_work", text, (hand.Spec("250万人", "2500000", "人", "count"),))
    hand.publish(db, [new])
    rows = query(db, "select mention from figures where doc_id in (select doc_id from documents where doc_name = ?)",
                 ["social_work"])
    assert rows == [("250万人",)]
    assert query(db, "select count(*) from documents") == [(3,)]


def test_jsonl_line_moved_replaces_by_name_within_file(tmp_path, hand):
    db = tmp_path / "w.duckdb"
    hand.publish(db, hand.analyses)
    moved = hand.build("shandong_report", "普通高中学位供给率71%。", (), source_path="hand/reports.jsonl:9")
    hand.publish(db, [moved])
    assert query(db, "select source_path from documents where doc_name = ?", ["shandong_report"]) == [
        ("hand/reports.jsonl:9",)
    ]


def test_documents_not_in_inputs_stay(tmp_path, hand):
    db = tmp_path / "w.duckdb"
    hand.publish(db, [hand.social_work])
    stats = hand.publish(db, [hand.chengdu])
    assert (stats.kept_documents, stats.documents) == (1, 1)
    assert query(db, "select doc_name from documents order by doc_name") == [("chengdu_station",), ("social_work",)]


def test_rejects_of_a_reread_file_replaced_not_duplicated(tmp_path, hand):
    db = tmp_path / "w.duckdb"
    bad = Reject("in/corpus.jsonl", 7, "bad_json", "Expecting value: line 1 column 1")
    hand.publish(db, [bad, hand.social_work])
    hand.publish(db, [bad])
    assert query(db, "select source_path, line, reason from rejects") == [("in/corpus.jsonl", 7, "bad_json")]


def test_same_document_twice_in_one_run_loaded_once(tmp_path, hand):
    stats = hand.publish(tmp_path / "w.duckdb", [hand.social_work, hand.social_work])
    assert (stats.documents, stats.skipped_duplicates) == (1, 1)


def test_failure_midway_leaves_published_file_whole(tmp_path, hand):
    db = tmp_path / "w.duckdb"
    hand.publish(db, [hand.social_work])
    before = snapshot(db)

    def failing():
        yield hand.chengdu
        raise RuntimeError("reader crashed")

    with pytest.raises(RuntimeError):
        hand.publish(db, failing())
    assert snapshot(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.duckdb", "w.duckdb.lock", "w.serving.duckdb"]


def test_bad_schema_sql_is_fatal_and_changes_nothing(tmp_path, hand):
    db = tmp_path / "w.duckdb"
    hand.publish(db, [hand.social_work])
    before = snapshot(db)
    schema = tmp_path / "schema"
    schema.mkdir()
    (schema / "00_tables.sql").write_text("create tabel documents (doc_id varchar);")
    with pytest.raises(duckdb.Error, match="00_tables.sql"):
        hand.publish(db, [hand.chengdu], schema_dir=schema)
    assert snapshot(db) == before


def test_failed_key_check_is_fatal_and_changes_nothing(tmp_path, hand, monkeypatch):
    """Keys are not DuckDB constraints: the loader checks them before publishing (etl/load/checks.py)."""
    publish_module = importlib.import_module("etl.load.publish")  # etl.load.publish is also a function name
    db = tmp_path / "w.duckdb"
    hand.publish(db, [hand.social_work])
    before = snapshot(db)
    rows_of = publish_module.analysis_rows

    def sentence_twice(*args, **kwargs):
        rows = rows_of(*args, **kwargs)
        rows.tables["sentences"] = rows.tables["sentences"] + rows.tables["sentences"][:1]
        return rows

    monkeypatch.setattr(publish_module, "analysis_rows", sentence_twice)
    with pytest.raises(duckdb.ConstraintException, match=r"unique sentences\(sentence_id\)"):
        hand.publish(db, [hand.chengdu])
    assert snapshot(db) == before
    assert not list(tmp_path.glob("w.duckdb.tmp-*"))


def test_key_checks_find_orphans(tmp_path):
    with duckdb.connect(str(tmp_path / "orphan.duckdb")) as con:
        apply_schema(con)
        con.execute("insert into articles values ('nowhere', 0, null, 'article', 0, 1)")
        with pytest.raises(duckdb.ConstraintException, match=r"articles.doc_id references documents\(doc_id\)"):
            check_keys(con)


READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print(con.execute("select count(*) from documents").fetchone()[0], flush=True)
sys.stdin.readline()
print(con.execute("select count(*) from documents").fetchone()[0], flush=True)
"""


def test_reader_of_old_file_never_blocked(tmp_path, hand):
    db = tmp_path / "w.duckdb"
    hand.publish(db, [hand.social_work])
    reader = subprocess.Popen([sys.executable, "-c", READER, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "1"
        hand.publish(db, [hand.chengdu, hand.shandong])
        reader.stdin.write("\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "1"  # still reads its (old) file
    finally:
        reader.stdin.close()
        reader.wait(timeout=30)
    new = subprocess.run([sys.executable, "-c", READER, str(db)], input="\n", capture_output=True, text=True)
    assert new.stdout.split() == ["3", "3"]


WRITER = """
import sys, time
sys.path[:0] = [sys.argv[2], sys.argv[3]]
from conftest import HAND_ANALYSES, hand_publish

def stalled():
    yield HAND_ANALYSES[1]
    print("started", flush=True)
    time.sleep(600)

hand_publish(sys.argv[1], stalled(), batch_rows=1)
"""


def test_killed_run_leaves_old_file_and_tmp_cleaned_next_run(tmp_path, hand):
    db = tmp_path / "w.duckdb"
    hand.publish(db, [hand.social_work])
    before = snapshot(db)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(ROOT), str(ROOT / "tests")],
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "started"
    tmp = tmp_path / f"w.duckdb.tmp-{writer.pid}"
    assert tmp.exists()
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=30)
    assert snapshot(db) == before
    hand.publish(db, [hand.chengdu])
    assert not tmp.exists() and not Path(f"{tmp}.wal").exists()


def test_stale_tmp_of_live_process_left_alone(tmp_path):
    db = tmp_path / "w.duckdb"
    mine = tmp_path / f"w.duckdb.tmp-{os.getpid()}"
    mine.write_bytes(b"")
    assert tmp_file_for(db) == mine
    assert remove_stale_tmp(db) == [] and mine.exists()


# ---- parallel analysis --------------------------------------------------------------------------------

def test_workers_keep_input_order_and_pass_rejects(hand):
    docs = [hand.doc(f"d{i}", f"第{i}篇。") for i in range(40)]
    items = [*docs[:20], Reject("in/x.bin", None, "binary", "NUL bytes"), *docs[20:]]
    expected = [*[f"d{i}" for i in range(20)], items[20], *[f"d{i}" for i in range(20, 40)]]
    assert list(analysed(items, attrgetter("doc_name"), workers=2)) == expected


def test_analysis_error_becomes_reject(hand):
    (result,) = analysed([hand.doc("d", "一。")], itemgetter(0), workers=1)
    assert (result.source_path, result.reason) == ("hand/d.txt", "analysis_error")
    assert result.detail.startswith("TypeError")


def test_consumer_stopping_early_does_not_hang(hand):
    docs = (hand.doc(f"d{i}", f"第{i}篇。") for i in range(10_000))
    results = analysed(docs, attrgetter("doc_name"), workers=2)
    started = time.monotonic()
    assert [next(results), next(results)] == ["d0", "d1"]
    results.close()
    assert time.monotonic() - started < 30


def test_seed_change_implies_prior(seed_db):
    """2025年度…有223.6万人报名，同比增长18.4% → prior 2236000 / 1.184."""
    rows = query(seed_db, "select base_mention, prior_rule, implied_prior from changes where mention = '18.4%'")
    assert [(b, r) for b, r, _ in rows] == [("223.6万人", "relative")]
    assert rows[0][2] == pytest.approx(1888513.5, abs=0.1)
