"""The warehouse commands: `ingest`, `sql`, `export` (exit statuses, output, help examples)."""

from __future__ import annotations

import importlib.util
import os
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from etl.cli import main
from etl.commands import export_cmd, ingest_cmd, sql_cmd
from etl.load import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
QUERIES = sorted((ROOT / "warehouse" / "queries").glob("*.sql"))
PIPELINE_MODULES = ("etl.context.pipeline", "etl.context.reader", "etl.context.regions", "etl.context.topics")
needs_pipeline = pytest.mark.skipif(
    any(importlib.util.find_spec(m) is None for m in PIPELINE_MODULES), reason="analysis stack not written yet"
)


def rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def snapshot(db: Path) -> dict[str, list[tuple]]:
    return {table: sorted(rows(db, f"select * from {table}"), key=repr) for table in COLUMNS}


@pytest.mark.parametrize("command", [ingest_cmd, sql_cmd, export_cmd], ids=lambda c: c.NAME)
def test_help_ends_in_example(capsys, command):
    with pytest.raises(SystemExit) as exit_:
        main([command.NAME, "--help"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.rstrip().endswith("example:\n  " + command.EXAMPLE)


# ---- sql ----------------------------------------------------------------------------------------------

def test_sql_prints_aligned_table(capsys, hand_db):
    sql = "select metric, value, unit from figures where region_code = '510104' order by value"
    assert main(["sql", sql, "--db", str(hand_db)]) == 0
    assert capsys.readouterr().out == (
        "metric  value  unit\n"
        "------  -----  ----\n"
        "站点       82  个\n"
        "劳动者   4110  人\n"
        "(2 rows)\n"
    )


def test_sql_prints_csv_with_exact_decimals(capsys, hand_db):
    sql = (
        "select mention, value from figures join documents using (doc_id) "
        "where doc_name = 'social_work' order by char_start"
    )
    assert main(["sql", sql, "--db", str(hand_db), "--csv"]) == 0
    assert capsys.readouterr().out == "mention,value\n223.6万人,2236000\n18.4%,18.4\n"


# What each example query answers over the hand-built warehouse (tests/conftest.py: three documents, seven figures),
# worked out from the documents' specification: its header and, where the hand-built data has an answer, its rows.
EXAMPLE_ANSWERS = {
    "provinces.sql": ["region_code,region_name,facts,province_level_facts", "510000,四川省,3,0", "370000,山东省,2,2"],
    "top_metrics.sql": ["metric,unit,facts,documents,regions", "劳动者,人,1,1,1", "学位供给率,%,1,1,1",
                        "报名人数,人,1,1,1", "日均服务量,人次,1,1,1", "站点,个,1,1,1"],
    "topics.sql": ["topic,topic_name,facts,changes,documents,regions,first_period,last_period",
                   "new_employment,新就业群体,3,0,1,2,,", "education,教育,2,1,1,1,2025,2025",
                   "social_work,社会工作,2,1,1,1,2025,2025"],
    "yoy_changes.sql": ["doc_name,metric,base_mention,change,prior_rule,implied_prior,region_name",
                        "social_work,报名人数,223.6万人,18.4%,relative,1888513.5,中华人民共和国"],
    "largest_money.sql": ["value,mention,metric,region_name,period,doc_name,sentence"],
    "rejects.sql": ["reason,rejects,example_source,example_detail"],
    "national_gdp_growth.sql": ["period,actual,target,target_high,target_approx,sources"],
    "provincial_gdp_targets.sql": ["province,value,value_high,approx,fact_id"],
    "indicator_conflicts.sql": ["indicator,region_code,period,status,value,mention,doc_name,sentence"],
    "targets_met.sql": ["indicator,met,not_met,no_actual"],
}


def test_every_example_query_has_an_answer():
    assert {p.name for p in QUERIES} == set(EXAMPLE_ANSWERS)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_example_query_answers(capsys, hand_db, path):
    assert main(["sql", "--file", str(path), "--db", str(hand_db), "--csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[: len(EXAMPLE_ANSWERS[path.name])] == EXAMPLE_ANSWERS[path.name]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(["select nonsense from nowhere"], "nowhere", id="bad-sql"),
        pytest.param(["create table x (a int)"], "read-only", id="write-refused"),
        pytest.param(["select 1", "--file", "warehouse/queries/topics.sql"], "not both", id="query-and-file"),
        pytest.param([], "give a query or --file", id="neither"),
        pytest.param([""], "no SQL statement", id="empty"),
        pytest.param(["-- a comment only\n/* and this */"], "no SQL statement", id="comments-only"),
        pytest.param(["set enable_external_access = true"], "locked", id="settings-locked"),
    ],
)
def test_sql_error_exits_1(capsys, hand_db, argv, message):
    assert main(["sql", *argv, "--db", str(hand_db)]) == 1
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("statement", ["copy (select 1 as a) to '{out}'", "export database '{out}'",
                                       "copy facts to '{out}' (format parquet)"])
def test_sql_writes_no_file(capsys, hand_db, tmp_path, statement):
    """The console is read-only in full: no COPY … TO, no EXPORT DATABASE — the warehouse beside it is never
    overwritten, nor any file of the user's."""
    out = tmp_path / "out"
    before = hand_db.read_bytes()
    assert main(["sql", statement.format(out=out), "--db", str(hand_db)]) == 1
    assert "disabled" in capsys.readouterr().err
    assert not out.exists() and hand_db.read_bytes() == before


def test_sql_missing_warehouse_exits_1(capsys, tmp_path):
    assert main(["sql", "select 1", "--db", str(tmp_path / "none.duckdb")]) == 1
    assert "ingest" in capsys.readouterr().err
    assert not (tmp_path / "none.duckdb").exists()


# ---- export -------------------------------------------------------------------------------------------

def test_export_parquet_partitioned_by_topic_and_year(hand_db, tmp_path):
    out = tmp_path / "export"
    assert main(["export", str(out), "--db", str(hand_db)]) == 0
    folders = sorted(str(p.parent.relative_to(out)) for p in out.rglob("*.parquet"))
    assert folders == [
        "topic=education/year=2025",
        "topic=new_employment/year=__HIVE_DEFAULT_PARTITION__",
        "topic=social_work/year=2025",
    ]
    glob = str(out / "**" / "*.parquet")
    back = rows(hand_db, f"select mention, value, topic, year from read_parquet('{glob}', hive_partitioning = true) "
                         "where mention = '223.6万人'")
    assert back == [("223.6万人", Decimal("2236000"), "social_work", 2025)]
    assert rows(hand_db, f"select count(*) from read_parquet('{glob}')") == rows(hand_db, "select count(*) from facts")


def test_export_csv_one_file(hand_db, tmp_path):
    out = tmp_path / "export"
    assert main(["export", str(out), "--db", str(hand_db), "--format", "csv"]) == 0
    lines = (out / "facts.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("fact_id,doc_id,doc_name,") and len(lines) == 1 + 7


def test_export_refuses_folder_with_other_files(capsys, hand_db, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    assert main(["export", str(tmp_path), "--db", str(hand_db), "--overwrite"]) == 1
    assert (tmp_path / "notes.txt").read_text() == "mine"
    assert "not an export" in capsys.readouterr().err


def test_export_overwrites_previous_export(hand_db, tmp_path):
    out = tmp_path / "export"
    assert main(["export", str(out), "--db", str(hand_db)]) == 0
    assert main(["export", str(out), "--db", str(hand_db)]) == 1
    assert main(["export", str(out), "--db", str(hand_db), "--overwrite"]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["export"]


# ---- ingest (the real pipeline) -----------------------------------------------------------------------

@needs_pipeline
def test_ingest_seeds_again_changes_nothing(capsys, seed_db, tmp_path):
    db = tmp_path / "w.duckdb"
    assert main(["ingest", str(SEEDS), "--db", str(db)]) == 0
    before = snapshot(db)
    assert main(["ingest", str(SEEDS), "--db", str(db)]) == 0
    assert snapshot(db) == before
    err = capsys.readouterr().err
    assert "\r" not in err and "published" in err  # quiet when stderr is not a terminal: no progress bar


@needs_pipeline
def test_ingest_with_two_workers_builds_same_warehouse(seed_db, tmp_path):
    db = tmp_path / "w.duckdb"
    assert main(["ingest", str(SEEDS), "--db", str(db), "--workers", "2"]) == 0
    assert snapshot(db) == snapshot(seed_db)


@needs_pipeline
def test_ingest_bad_file_named_recorded_and_exit_2(capsys, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    good = "2025年度社会工作者职业资格考试有223.6万人报名，同比增长18.4%。"
    (inputs / "good.txt").write_text(good, encoding="utf-8")
    (inputs / "broken.txt").write_bytes(b"\x00\x01\x02\xff\xfe" * 50)
    db = tmp_path / "w.duckdb"
    assert main(["ingest", str(inputs), "--db", str(db)]) == 2
    assert "broken.txt" in capsys.readouterr().err
    assert rows(db, "select count(*) from rejects where source_path like '%broken.txt'") == [(1,)]
    assert rows(db, "select doc_name from documents") == [("good",)]


@needs_pipeline
def test_ingest_of_a_folder_that_holds_the_warehouse_reads_only_documents(capsys, tmp_path):
    """The warehouse, its serving copy, lock and WAL inside an input folder are no inputs (they were read and rejected
    as binary files, and the run exited 2)."""
    (tmp_path / "news.txt").write_text("2025年度社会工作者职业资格考试有223.6万人报名，同比增长18.4%。", encoding="utf-8")
    (tmp_path / "w.duckdb_notes.txt").write_text("全年城镇新增就业15万人。", encoding="utf-8")  # a document all the same
    db = tmp_path / "w.duckdb"
    assert main(["ingest", str(tmp_path), "--db", str(db)]) == 0
    assert main(["ingest", str(tmp_path), "--db", str(db)]) == 0
    assert "0 rejected inputs" in capsys.readouterr().err
    assert rows(db, "select count(*) from rejects") == [(0,)]
    assert sorted(rows(db, "select doc_name from documents")) == [("news",), ("w.duckdb_notes",)]


@needs_pipeline
def test_ingest_db_in_uncreatable_folder_exits_1(capsys, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["ingest", str(SEEDS), "--db", str(blocker / "w.duckdb")]) == 1
    assert "unchanged" in capsys.readouterr().err


# ---- bad input: named, recorded, never a traceback ------------------------------------------------------

BAD_LINES = (
    b'{"id": "deep", "text": "a", "x": ' + b"[" * 1000 + b"]" * 1000 + b"}\n"
    b'{"id": "surrogate", "text": "\\ud800"}\n'
    b'{"id": "meta", "title": {"a": 1}, "text": "a"}\n'
    b'{"id": "ok", "text": "2025\xe5\xb9\xb4\xe5\xa2\x9e\xe9\x95\xbf5%"}\n'
    b'{"id": "undated", "date": "2025-13-45", "text": "a"}\n'
)


@needs_pipeline
def test_ingest_bad_inputs_become_rejects(capsys, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "corpus.jsonl").write_bytes(BAD_LINES)
    (inputs / "stray.txt").write_bytes("城镇新增就业1256万人".encode() + b"\xff")
    os.mkfifo(inputs / "pipe")
    (inputs / "gone.txt").symlink_to(inputs / "nowhere.txt")
    with open(os.fsencode(inputs) + b"/name\xff.txt", "wb") as f:  # a file name that is not UTF-8
        f.write("增长5%".encode())
    db = tmp_path / "w.duckdb"
    assert main(["ingest", str(inputs), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and f"warning {inputs / 'stray.txt'}: replaced_bytes" in err
    assert f"warning {inputs / 'corpus.jsonl'}:5: unread_date" in err and "5 rejected inputs, 2 warnings" in err
    got = rows(db, f"select replace(source_path, '{inputs}/', ''), line, reason from rejects order by all")
    assert got == [("corpus.jsonl", 1, "bad_json"), ("corpus.jsonl", 2, "bad_unicode"),
                   ("corpus.jsonl", 3, "bad_metadata"), ("corpus.jsonl", 5, "unread_date"),
                   ("gone.txt", None, "dangling_link"), ("pipe", None, "not_regular"),
                   ("stray.txt", None, "replaced_bytes")]
    assert rows(db, "select doc_name from documents order by 1") == [("name\\xff",), ("ok",), ("stray",), ("undated",)]


@pytest.mark.parametrize(
    ("command", "db", "message"),
    [
        pytest.param("ingest", "", "--db is empty", id="ingest empty"),
        pytest.param("sql", "", "--db is empty", id="sql empty"),
        pytest.param("export", "", "--db is empty", id="export empty"),
        pytest.param("ingest", "{tmp}", "is a folder", id="ingest folder"),
        pytest.param("ingest", "{tmp}/loop.duckdb", "loops", id="ingest link loop"),
        pytest.param("sql", "/dev/null", "not a regular file", id="sql device"),
    ],
)
def test_bad_db_is_an_error_line(capsys, tmp_path, command, db, message):
    (tmp_path / "loop.duckdb").symlink_to(tmp_path / "loop.duckdb")
    db = db.format(tmp=tmp_path)
    argv = {"ingest": ["ingest", str(SEEDS)], "sql": ["sql", "select 1"], "export": ["export", str(tmp_path / "x")]}
    assert main([*argv[command], "--db", db]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err


@needs_pipeline
def test_ingest_through_a_link_replaces_its_target(tmp_path, seed_db):
    (tmp_path / "real").mkdir()
    link = tmp_path / "facts.duckdb"
    link.symlink_to(Path("real") / "w.duckdb")
    assert main(["ingest", str(SEEDS), "--db", str(link)]) == 0
    assert link.is_symlink() and (tmp_path / "real" / "w.duckdb").is_file()
    assert main(["ingest", str(SEEDS), "--db", str(link)]) == 0  # again: the link still stands, the target is new
    assert link.is_symlink() and snapshot(link) == snapshot(seed_db)
