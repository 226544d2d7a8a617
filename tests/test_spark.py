"""`ingest --engine spark` and `publish`: the Parquet lake gives the same warehouse as the local ingest, reruns
replace only the files they read, and a run that fails or dies leaves the lake and the warehouse whole.

One SparkSession (local[2]) for the whole test session; three Spark runs in all (the first lake, a rerun of one
changed file, a run that fails while staging), everything else reuses their lakes.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import duckdb
import pytest

from etl import PARSER_VERSION
from etl.cli import main
from etl.commands import publish_cmd
from etl.context.indicators import catalogue
from etl.context.reader import read_path
from etl.context.regions import regions
from etl.context.topics import topics
from etl.load import COLUMNS, analysed, publish
from etl.load import lake as lk
from etl.load.work import document_rows

ROOT = Path(__file__).resolve().parents[1]
SEED = next((ROOT / "seeds").glob("*.txt"))
BOOM = "【分析失败】"  # a document holding this makes the test's analysis raise
REPORTS = [
    {"id": "beijing-hotline", "title": "北京12345热线年报", "date": "2026-01-20", "region": "北京市",
     "text": "2025年12345热线受理诉求2580.2万件，同比增长6.5%。\n全市建成1.2万余个爱心驿站。"},
    {"id": "social-work", "date": "2026-01-26",
     "text": "2025年度社会工作者职业资格考试有223.6万人报名，同比增长18.4%，再创历史新高。"},
    {"id": "boom", "text": f"{BOOM}成都高新区新增企业3.5万户。"},
]
GBK_V1 = "四川省2025年地区生产总值增长5.6%，城镇新增就业91.2万人。"
GBK_V2 = "四川省2025年地区生产总值增长5.8%，城镇新增就业93万人，其中高校毕业生42.1万人。"
MAX_DOC_CHARS = 20_000  # so that a long JSONL line and a large text file are rejects (too_large)


def failing_analysis():
    """document_rows, except that it raises on a document holding BOOM (a function made here, so that Spark
    ships it to its Python workers by value)."""
    def analyse(doc):
        if BOOM in doc.text:
            raise RuntimeError("injected failure")
        return document_rows(doc)
    return analyse


def write_inputs(folder: Path, gbk_text: str) -> Path:
    """A folder of every kind of input: a real newspaper page, a JSONL corpus with a broken line, a line without
    text, a line too long and a document the analysis fails on, a GB18030 file in a subfolder, a binary file, a
    file too large, a UTF-8 file with a stray byte (read, with a warning)."""
    (folder / "sub").mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, folder / SEED.name)
    long = json.dumps({"id": "long", "text": "全年新增就业1.2万人。" * 2_000}, ensure_ascii=False)
    lines = [json.dumps(r, ensure_ascii=False) for r in REPORTS] + ['{"id": "cut', '{"id": "no-text"}', long]
    (folder / "reports.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "sub" / "sichuan.txt").write_bytes(gbk_text.encode("gb18030"))
    (folder / "sub" / "scan.bin").write_bytes(b"\x00\x01\x02\xff" * 64)
    (folder / "sub" / "yearbook.txt").write_text("全年新增就业1.2万人。" * 8_000, encoding="utf-8")
    (folder / "sub" / "stray.txt").write_bytes("2025年新建口袋公园120个".encode("utf-8") + b"\xff" + "，总面积36公顷。".encode("utf-8"))
    return folder


def local_warehouse(db: Path, paths: list[str], analyse=document_rows) -> None:
    """The local ingest (etl/commands/ingest_cmd.py), with the analysis given."""
    publish(db, analysed(read_path(paths, MAX_DOC_CHARS), analyse), regions().values(), topics(),
            parser_version=PARSER_VERSION, indicators=catalogue().indicators.values())


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every table and the facts view, all columns, in a stable order."""
    with duckdb.connect(str(db), read_only=True) as con:
        return {name: sorted(con.execute(f"select * from {name}").fetchall(), key=repr) for name in [*COLUMNS, "facts"]}


def lake_files(folder: Path) -> dict[str, bytes]:
    """The lake's data files by relative path (the lock file and Hadoop's .crc companions left out)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != lk.LOCK and not p.name.endswith(".crc")}


def partition_of(folder: Path, file: Path) -> str:
    """The source_key of the single partition holding the file's documents."""
    with duckdb.connect() as con:
        (key,) = con.execute(
            "select distinct source_key from read_parquet(?, hive_partitioning = true) where source_path = ?",
            [str(folder / "documents" / "*" / "*.parquet"), str(file)],
        ).fetchone()
    return key


@pytest.fixture(scope="session")
def spark():
    if not os.environ.get("CI"):
        pytest.importorskip("pyspark", reason="the [spark] extra is not installed: pip install -e '.[spark]'")
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("cnfacts tests")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
               # small jobs on two cores: the JVM's quick compiler only and one GC thread halve start-up and job time
               .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def v1(spark, tmp_path_factory):
    """The inputs, their lake (written by Spark with the failing analysis), and the warehouses published from
    the lake and built by the local ingest from the same inputs with the same analysis."""
    from etl.load.spark import ingest_lake

    work = tmp_path_factory.mktemp("v1")
    inputs = write_inputs(work / "in", GBK_V1)
    paths = [str(inputs), str(work / "missing.txt")]
    lake = work / "lake"
    stats = ingest_lake(spark, paths, str(lake), analyse=failing_analysis(), max_doc_chars=MAX_DOC_CHARS)
    publish_cmd.publish_lake(str(lake), str(work / "lake.duckdb"))
    local_warehouse(work / "local.duckdb", paths, failing_analysis())
    return {"work": work, "inputs": inputs, "lake": lake, "stats": stats}


@pytest.fixture(scope="module")
def v2(spark, v1, tmp_path_factory):
    """The v1 lake after the GB18030 file changed and only it was ingested again, through the command line,
    named by file: URIs (the lake through Hadoop's FileSystem)."""
    work = tmp_path_factory.mktemp("v2")
    lake = work / "lake"
    shutil.copytree(v1["lake"], lake)
    changed = v1["inputs"] / "sub" / "sichuan.txt"
    original = changed.read_bytes()
    changed.write_bytes(GBK_V2.encode("gb18030"))
    try:
        status = main(["ingest", changed.as_uri(), "--engine", "spark", "--lake", lake.as_uri(),
                       "--max-doc-chars", str(MAX_DOC_CHARS)])
        local_warehouse(work / "local.duckdb", [str(v1["inputs"]), str(v1["work"] / "missing.txt")],
                        failing_analysis())
    finally:
        changed.write_bytes(original)
    return {"work": work, "lake": lake, "status": status, "changed": changed}


# ---- the lake gives the local ingest's warehouse ---------------------------------------------------------------

def test_lake_publishes_the_same_warehouse_as_local_ingest(v1):
    lake_db, local_db = snapshot(v1["work"] / "lake.duckdb"), snapshot(v1["work"] / "local.duckdb")
    assert lake_db["facts"] and lake_db["facts"] == local_db["facts"]  # fact_id, value, region, metric, period …
    assert lake_db == local_db  # and every table: documents, sentences, identifiers, rejects …


def test_broken_inputs_and_failed_analysis_are_rejects(v1):
    with duckdb.connect(str(v1["work"] / "lake.duckdb"), read_only=True) as con:
        rejects = con.execute("select source_path, line, reason from rejects order by all").fetchall()
    inputs = v1["inputs"]
    assert rejects == sorted([
        (str(inputs / "reports.jsonl:3"), None, "analysis_error"),
        (str(inputs / "reports.jsonl"), 4, "bad_json"),
        (str(inputs / "reports.jsonl"), 5, "no_text"),
        (str(inputs / "reports.jsonl"), 6, "too_large"),
        (str(inputs / "sub" / "scan.bin"), None, "binary"),
        (str(inputs / "sub" / "stray.txt"), None, "replaced_bytes"),
        (str(inputs / "sub" / "yearbook.txt"), None, "too_large"),
        (str(v1["work"] / "missing.txt"), None, "missing"),
    ], key=repr)
    assert (v1["stats"].files, v1["stats"].documents, v1["stats"].input_rejects, v1["stats"].warnings) == (7, 5, 7, 1)


def test_lake_tables_carry_the_warehouse_types(v1):
    with duckdb.connect() as con:
        types = dict(con.execute("select column_name, column_type from "
                                 "(describe select * from read_parquet(?, hive_partitioning = false))",
                                 [str(v1["lake"] / "figures" / "*" / "*.parquet")]).fetchall())
    warehouse = lk.warehouse_types()["figures"]
    assert [c for c in types] == list(COLUMNS["figures"])  # the partition folder is not a column of the files
    assert {c: t for c, t in types.items()} == {c: warehouse[c].type for c in COLUMNS["figures"]}


def test_publishing_again_changes_nothing(v1, tmp_path):
    db = tmp_path / "w.duckdb"
    shutil.copy(v1["work"] / "lake.duckdb", db)
    assert main(["publish", str(v1["lake"]), "--db", str(db)]) == 0
    assert snapshot(db) == snapshot(v1["work"] / "lake.duckdb")


# ---- a rerun replaces only the files it read ----------------------------------------------------------------

def test_rerun_of_one_changed_file_replaces_only_its_partitions(v1, v2):
    assert v2["status"] == 0
    key = partition_of(v1["lake"], v2["changed"])
    assert partition_of(v2["lake"], v2["changed"]) == key  # the same file named by a path and by a file: URI
    before, after = lake_files(v1["lake"]), lake_files(v2["lake"])
    inside = lambda path: f"/{lk.PARTITION}={key}/" in path  # noqa: E731
    assert {p: b for p, b in after.items() if not inside(p)} == {p: b for p, b in before.items() if not inside(p)}
    assert {p for p in after if inside(p)} != {p for p in before if inside(p)}


def test_rerun_lake_publishes_like_local_ingest_of_the_changed_inputs(v1, v2, tmp_path):
    fresh = tmp_path / "fresh.duckdb"
    publish_cmd.publish_lake(str(v2["lake"]), str(fresh))
    incremental = tmp_path / "incremental.duckdb"
    shutil.copy(v1["work"] / "lake.duckdb", incremental)  # the v1 warehouse, with the rerun published into it
    publish_cmd.publish_lake(str(v2["lake"]), str(incremental))
    expected = snapshot(v2["work"] / "local.duckdb")
    assert snapshot(fresh) == expected
    assert snapshot(incremental) == expected
    assert "93万人" in {row[6] for row in expected["facts"]}  # the changed figure, from the rerun


# ---- a run that fails or dies leaves the lake and the warehouse whole ----------------------------------------

def test_run_failing_after_some_tables_were_written_leaves_lake_and_warehouse(spark, v1, tmp_path, monkeypatch):
    from etl.load import spark as driver

    lake = tmp_path / "lake"
    shutil.copytree(v1["lake"], lake)
    db = tmp_path / "w.duckdb"
    shutil.copy(v1["work"] / "lake.duckdb", db)
    staged = []
    real_stage = driver.stage

    def stage(frame, table, target):
        if table == "figures":  # documents, articles and sentences are written by then
            raise RuntimeError(f"injected failure after staging {staged}")
        real_stage(frame, table, target)
        staged.append(table)

    monkeypatch.setattr(driver, "stage", stage)
    with pytest.raises(RuntimeError, match="injected"):
        driver.ingest_lake(spark, [str(v1["inputs"] / SEED.name), str(v1["inputs"] / "reports.jsonl")], str(lake))
    assert staged == ["documents", "articles", "sentences"]
    assert lake_files(lake) == lake_files(v1["lake"])  # nothing moved, the staged run removed
    assert main(["publish", str(lake), "--db", str(db)]) == 0
    assert snapshot(db) == snapshot(v1["work"] / "lake.duckdb")


class DyingFS(lk.LocalFS):
    """Dies (raises) after `renames` partitions were moved into place: a process killed mid-commit."""

    def __init__(self, renames: int):
        self.left = renames

    def rename(self, source: str, target: str) -> None:
        if self.left == 0:
            raise KeyboardInterrupt("killed while moving partitions")
        self.left -= 1
        super().rename(source, target)


def staged_run(v1, v2, lake: Path, run: str) -> None:
    """The v2 rerun as it stands once staged and committed over the v1 lake (its partitions under _runs/)."""
    key = partition_of(v2["lake"], v2["changed"])
    for table in lk.LAKE_TABLES:
        partition = Path(lk.partition_dir(str(v2["lake"]), table, key))
        if partition.exists():
            shutil.copytree(partition, lk.partition_dir(lk.run_dir(str(lake), run), table, key))
    lk.commit(lk.LocalFS(), str(lake), run, [key])


@pytest.mark.parametrize("renames", [0, 2], ids=["before-first-move", "after-two-moves"])
def test_run_killed_while_moving_partitions_is_completed_by_publish(v1, v2, tmp_path, renames):
    lake = tmp_path / "lake"
    shutil.copytree(v1["lake"], lake)
    staged_run(v1, v2, lake, "20260101T000000-dead")
    with pytest.raises(KeyboardInterrupt):
        lk.apply(DyingFS(renames), str(lake), "20260101T000000-dead")
    db = tmp_path / "w.duckdb"
    stats, completed = publish_cmd.publish_lake(str(lake), str(db))
    assert completed == ["20260101T000000-dead"]
    assert lake_files(lake) == lake_files(v2["lake"])
    assert snapshot(db) == snapshot(v2["work"] / "local.duckdb")


def test_run_killed_before_its_journal_is_dropped(v1, tmp_path):
    lake = tmp_path / "lake"
    shutil.copytree(v1["lake"], lake)
    leftover = Path(lk.run_dir(str(lake), "20260101T000000-dead")) / "figures" / f"{lk.PARTITION}=x-0" / "part.parquet"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"half a file")
    db = tmp_path / "w.duckdb"
    assert publish_cmd.publish_lake(str(lake), str(db))[1] == []
    assert lake_files(lake) == lake_files(v1["lake"])
    assert snapshot(db) == snapshot(v1["work"] / "lake.duckdb")


@pytest.mark.parametrize("kind", ["local", "hadoop"])
def test_journal_on_both_file_systems(spark, tmp_path, kind):
    """commit / apply on os and on Hadoop's FileSystem (what hdfs:// and s3a:// lakes use)."""
    from etl.load.spark import HadoopFS

    root = str(tmp_path) if kind == "local" else tmp_path.as_uri()
    fs = lk.LocalFS() if kind == "local" else HadoopFS(spark, root)
    for table, key, name in [("figures", "a-1", "old"), ("figures", "b-2", "kept"), ("rejects", "a-1", "old")]:
        Path(lk.partition_dir(str(tmp_path), table, key)).mkdir(parents=True)
        (Path(lk.partition_dir(str(tmp_path), table, key)) / "part.parquet").write_text(name)
    new = Path(lk.partition_dir(lk.run_dir(str(tmp_path), "r1"), "figures", "a-1"))
    new.mkdir(parents=True)
    (new / "part.parquet").write_text("new")
    lk.commit(fs, root, "r1", ["a-1"])
    assert fs.exists(f"{lk.run_dir(root, 'r1')}/{lk.JOURNAL}")
    lk.apply(fs, root, "r1")
    files = {str(p.relative_to(tmp_path)): p.read_text() for p in tmp_path.rglob("part.parquet")}
    assert files == {"figures/source_key=a-1/part.parquet": "new", "figures/source_key=b-2/part.parquet": "kept"}
    assert not Path(lk.run_dir(str(tmp_path), "r1")).exists()


# ---- the command line -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(["--engine", "spark"], "--lake", id="spark-without-lake"),
        pytest.param(["--lake", "lake"], "--engine spark", id="lake-without-spark"),
    ],
)
def test_ingest_engine_options_checked(capsys, argv, message):
    assert main(["ingest", str(SEED), *argv]) == 1
    assert message in capsys.readouterr().err


def test_publish_help_ends_in_example(capsys):
    with pytest.raises(SystemExit):
        main(["publish", "--help"])
    assert capsys.readouterr().out.rstrip().endswith("example:\n  " + publish_cmd.EXAMPLE)


def test_publish_of_a_folder_that_is_no_lake_exits_1(capsys, tmp_path):
    assert main(["publish", str(tmp_path), "--db", str(tmp_path / "w.duckdb")]) == 1
    assert "not a lake" in capsys.readouterr().err
    assert not (tmp_path / "w.duckdb").exists()


def test_lake_schema_follows_columns_added_to_the_warehouse(tmp_path, monkeypatch):
    """A column added to the schema (and so to COLUMNS) flows into the lake's Spark schema with no other edit."""
    pytest.importorskip("pyspark")
    from pyspark.sql import types as T

    from etl.load import spark as driver
    from etl.load.schema import SCHEMA_DIR, schema_files

    for path in schema_files(SCHEMA_DIR):
        text = path.read_text(encoding="utf-8")
        figures = text.find("create table figures (")
        if figures >= 0:
            end = text.index("\n);", figures)
            text = f"{text[:end]},\n    confidence varchar,\n    checked_on date{text[end:]}"
        (tmp_path / path.name).write_text(text, encoding="utf-8")
    monkeypatch.setitem(COLUMNS, "figures", (*COLUMNS["figures"], "confidence", "checked_on"))
    read_types = lk.warehouse_types.__wrapped__  # uncached
    monkeypatch.setattr(lk, "warehouse_types", lambda schema_dir: read_types(tmp_path))
    fields = {f.name: f.dataType for f in driver.table_schema("figures").fields}
    assert list(fields)[-2:] == ["confidence", "checked_on"]
    assert fields["checked_on"] == T.DateType() and fields["value"] == T.DecimalType(38, 10)


def test_a_document_met_twice_in_a_file_is_read_once_with_a_duplicate_warning_as_locally(tmp_path):
    from etl.load.spark import file_items

    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b'{"id": "a", "text": "3000\xe5\x85\x83"}\n' * 2)
    local = [(type(r).__name__, getattr(r, "reason", None)) for r in read_path([corpus])]
    remote = [(type(r).__name__, getattr(r, "reason", None))
              for _, r in file_items((corpus.as_uri(), corpus.read_bytes()), ((tmp_path.as_uri(), ""),), 1000)]
    assert remote == local == [("Document", None), ("Reject", "duplicate")]
