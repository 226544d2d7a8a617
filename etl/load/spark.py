"""The ingest as a Spark job: another driver of the per-document function (etl.load.work.document_rows) beside
the local one (etl/load/parallel.py), writing a Parquet lake (etl/load/lake.py) instead of the warehouse.

    input files ──binaryFiles──▶ (source_key, Document | Reject), read by etl.context.reader on the executors
      ──repartition──▶ analyse_or_reject(document_rows) ──▶ one row per document: its rows of every table
      ──persist──▶ six staged Parquet datasets under DIR/_runs/<run>/ ──journal──▶ partitions moved into place

Files are read whole by one task (Spark's limit: under 2 GB each) with the same reader as the local ingest, so
decoding, line numbers, document ids and rejects are the same; the documents are then spread evenly over the
executors, whatever the sizes of the files.
"""

from __future__ import annotations

import io
import os
import re
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable, Iterator

from pyspark import StorageLevel
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from etl.context.model import Document, Reject
from etl.context import reader
from etl.context.reader import (DEFAULT_MAX_DOC_CHARS, JSONL_SUFFIXES, MAX_CHAR_BYTES, WARNINGS, read_jsonl_lines,
                               text_items)
from etl.load import lake
from etl.load.lake import DOC_ID, LAKE_TABLES, PARTITION, FileSystem, LakeError, LocalFS, lake_columns, source_key
from etl.load.parallel import analyse_or_reject
from etl.load.rows import COLUMNS, DocumentRows, reject_row
from etl.load.work import document_rows

DEFAULT_MASTER = "local[*]"
PARTITIONS_PER_CORE = 4  # analysis tasks per core: documents differ in size, so several tasks even out the load
# Spark type of each warehouse type (DuckDB's names, as warehouse_types() reads them), and how a rows.py value
# (str, int or None) becomes that type's Spark value where it is not already one.
SPARK_TYPES: dict[str, Callable[[], T.DataType]] = {
    "VARCHAR": T.StringType, "BOOLEAN": T.BooleanType, "SMALLINT": T.ShortType, "INTEGER": T.IntegerType,
    "BIGINT": T.LongType, "DOUBLE": T.DoubleType, "DATE": T.DateType,
}
TO_SPARK: dict[str, Callable] = {"DATE": date.fromisoformat, "DECIMAL": Decimal}
DECIMAL_TYPE = re.compile(r"DECIMAL\((\d+),\s*(\d+)\)")
Converters = dict[str, tuple[Callable | None, ...]]


@dataclass(frozen=True, slots=True)
class LakeStats:
    files: int  # input files (and missing inputs) this run read: the partitions it replaced
    documents: int
    figures: int
    identifiers: int
    input_rejects: int  # unreadable files and lines, and documents the analysis failed on
    warnings: int  # the reader's warnings (etl.context.reader.WARNINGS): the document was read all the same
    span_rejects: int  # figures that could not be loaded


# ---- schema: from COLUMNS and the warehouse's types ---------------------------------------------------------

def spark_type(type_name: str) -> T.DataType:
    if decimal := DECIMAL_TYPE.fullmatch(type_name):
        return T.DecimalType(int(decimal.group(1)), int(decimal.group(2)))
    if type_name not in SPARK_TYPES:
        raise LakeError(f"no Spark type for the warehouse type {type_name}: add it to SPARK_TYPES")
    return SPARK_TYPES[type_name]()


def table_schema(table: str) -> T.StructType:
    return T.StructType([T.StructField(c.name, spark_type(c.type), c.nullable) for c in lake_columns(table)])


def document_schema() -> T.StructType:
    """One row per input document (or unreadable input): its partition and its rows of every lake table."""
    tables = [T.StructField(table, T.ArrayType(table_schema(table), False), False) for table in LAKE_TABLES]
    return T.StructType([T.StructField(PARTITION, T.StringType(), False), *tables])


def converters() -> Converters:
    return {table: tuple(TO_SPARK.get(c.type.split("(")[0]) for c in lake_columns(table)) for table in LAKE_TABLES}


# ---- on the executors: read, analyse, convert ---------------------------------------------------------------

def given_name(given: str) -> str:
    """An input as the local ingest names it: a local path as pathlib writes it (file: URIs too), else the URI."""
    return str(lake.local_path(given)) if lake.is_local(given) else given.rstrip("/")


def display_name(uri: str, roots: tuple[tuple[str, str], ...]) -> str:
    """A file's name as the local ingest gives it: the path as the user named it (folder/sub/file.txt), not
    Hadoop's qualified URI, so source_path reads the same whichever engine ingested the file."""
    for root, given in roots:
        if uri == root:
            return given_name(given)
        if uri.startswith(root.rstrip("/") + "/"):
            rel = uri[len(root.rstrip("/")) + 1:]
            return str(Path(given_name(given)) / rel) if lake.is_local(given) else f"{given_name(given)}/{rel}"
    return given_name(uri)


def read_bytes(data: bytes, name: str, max_chars: int) -> Iterator[Document | Reject]:
    """One file's documents from its bytes, as etl.context.reader.read_file reads them from disk (which has no
    entry point for bytes already read: hence this mirror of its last lines)."""
    if PurePosixPath(name).suffix.lower() in JSONL_SUFFIXES:
        yield from read_jsonl_lines(io.BytesIO(data), name, max_chars=max_chars)
    elif len(data) > MAX_CHAR_BYTES * max_chars:
        yield reader.too_large(name, None, f"{len(data):,} bytes", max_chars)
    else:
        yield from text_items(data, name, max_chars)


def file_items(
    record: tuple[str, bytes], roots: tuple[tuple[str, str], ...], max_chars: int
) -> Iterator[tuple[str, Document | Reject]]:
    """(source_key, item) for each document of one file; a document met twice in the file is kept once (the second
    is a ``duplicate`` warning, as in the local reader)."""
    uri, data = record
    key = source_key(uri)
    for item in reader.once(read_bytes(data, display_name(uri, roots), max_chars)):
        yield key, item


def typed(rows: list[tuple], convert: tuple[Callable | None, ...], doc_id: str | None) -> list[tuple]:
    """Rows as Spark values, with the lake's doc_id appended where the table lacks one."""
    out = []
    for row in rows:
        values = tuple(v if f is None or v is None else f(v) for f, v in zip(convert, row))
        out.append(values + (doc_id,) if len(convert) > len(row) else values)
    return out


def document_row(key: str, result: DocumentRows | Reject, convert: Converters) -> tuple:
    if isinstance(result, Reject):
        tables = {table: [] for table in LAKE_TABLES} | {"rejects": [reject_row(result)]}
        doc_id = None
    else:
        tables, doc_id = result.tables, result.doc_id
    return (key, *(typed(tables[table], convert[table], doc_id) for table in LAKE_TABLES))


def analyse_partition(
    items: Iterable[tuple[str, Document | Reject]], analyse: Callable[[Document], DocumentRows], convert: Converters
) -> Iterator[tuple]:
    for key, item in items:
        yield document_row(key, analyse_or_reject(analyse, item), convert)


# ---- on the driver ----------------------------------------------------------------------------------------------

class HadoopFS:
    """The journal's file operations on any file system Spark reaches (hdfs://, s3a://, file:)."""

    def __init__(self, spark: SparkSession, root: str):
        self.jvm = spark.sparkContext._jvm
        self.fs = self.path(root).getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())

    def path(self, path: str):
        return self.jvm.org.apache.hadoop.fs.Path(path)

    def exists(self, path: str) -> bool:
        return self.fs.exists(self.path(path))

    def list_dirs(self, path: str) -> list[str]:
        if not self.exists(path):
            return []
        return sorted(s.getPath().getName() for s in self.fs.listStatus(self.path(path)) if s.isDirectory())

    def delete(self, path: str) -> None:
        self.fs.delete(self.path(path), True)

    def rename(self, source: str, target: str) -> None:
        self.fs.mkdirs(self.path(target).getParent())
        if not self.fs.rename(self.path(source), self.path(target)):
            raise OSError(f"could not rename {source} to {target}")

    def write_text(self, path: str, text: str) -> None:
        tmp = f"{path}.tmp"
        out = self.fs.create(self.path(tmp), True)
        try:
            out.write(text.encode("utf-8"))
        finally:
            out.close()
        self.rename(tmp, path)

    def read_text(self, path: str) -> str:
        stream = self.fs.open(self.path(path))
        try:
            return self.jvm.org.apache.commons.io.IOUtils.toString(stream, "UTF-8")
        finally:
            stream.close()


def session(master: str | None = None, app: str = "cnfacts ingest") -> SparkSession:
    """A session on `master` (default local[*]; under spark-submit, its --master). Executors run this
    interpreter unless PYSPARK_PYTHON says otherwise (under spark-submit: its configuration decides). Spark's
    progress bar only on a terminal, like the local ingest's."""
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # spark-submit started this process
    if not submitted:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app).config("spark.ui.showConsoleProgress", sys.stderr.isatty())
    if master or not submitted:
        builder = builder.master(master or DEFAULT_MASTER)
    return builder.getOrCreate()


def inputs(spark: SparkSession, paths: list[str]) -> tuple[list[str], tuple[tuple[str, str], ...], list]:
    """Inputs Spark reads, (qualified URI, name as given) for each, and (key, Reject) for the missing ones."""
    jvm, conf = spark.sparkContext._jvm, spark.sparkContext._jsc.hadoopConfiguration()
    found, roots, missing = [], [], []
    for given in paths:
        if given == "-":
            raise LakeError("--engine spark reads files and folders, not standard input")
        path = jvm.org.apache.hadoop.fs.Path(given)
        fs = path.getFileSystem(conf)
        uri = fs.makeQualified(path).toString()
        if fs.globStatus(path):
            found.append(given)
            roots.append((uri, given))
        else:
            missing.append((source_key(uri), Reject(given_name(given), None, "missing", "no such file or folder")))
    return found, tuple(sorted(roots, key=lambda r: -len(r[0]))), missing


def analysed_frame(
    spark: SparkSession, paths: list[str], analyse: Callable[[Document], DocumentRows], max_chars: int
) -> DataFrame:
    """One row per document, analysed with the documents spread evenly over the tasks, then gathered by input
    file (one shuffle of the rows, in the JVM) so that each table's write gives one Parquet file per input file."""
    sc = spark.sparkContext
    sc._jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true")
    found, roots, missing = inputs(spark, paths)
    tasks = sc.defaultParallelism * PARTITIONS_PER_CORE
    documents = [sc.binaryFiles(given).flatMap(partial(file_items, roots=roots, max_chars=max_chars)) for given in found]
    rows = (
        sc.union([*documents, sc.parallelize(missing, 1)])
        .repartition(tasks)
        .mapPartitions(partial(analyse_partition, analyse=analyse, convert=converters()))
    )
    return spark.createDataFrame(rows, document_schema(), verifySchema=False).repartition(tasks, PARTITION)


def stage(frame: DataFrame, table: str, target: str) -> None:
    """One table's rows as Parquet under target/source_key=…/ (the frame holds each input file in one task)."""
    rows = frame.select(PARTITION, F.explode(table).alias("row")).select(PARTITION, "row.*")
    rows.write.partitionBy(PARTITION).option("compression", "zstd").parquet(target)


def counts(frame: DataFrame) -> tuple[LakeStats, list[str]]:
    """What the run holds, and the partition keys (input files) it read."""
    per_file = frame.groupBy(PARTITION).agg(
        F.sum(F.size("documents")), F.sum(F.size("figures")), F.sum(F.size("identifiers")),
        F.sum(F.size(F.filter("rejects", lambda r: r[DOC_ID].isNull() & ~r["reason"].isin(*WARNINGS)))),
        F.sum(F.size(F.filter("rejects", lambda r: r[DOC_ID].isNull() & r["reason"].isin(*WARNINGS)))),
        F.sum(F.size(F.filter("rejects", lambda r: r[DOC_ID].isNotNull()))),
    ).collect()
    totals = [sum(row[i] for row in per_file) for i in range(1, 7)]
    return LakeStats(len(per_file), *totals), [row[0] for row in per_file]


def input_rejects(frame: DataFrame, limit: int) -> list[Reject]:
    rows = (frame.select(F.explode("rejects").alias("r")).where(F.col(f"r.{DOC_ID}").isNull())
            .select(*(f"r.{c}" for c in COLUMNS["rejects"])).limit(limit).collect())
    return [Reject(**row.asDict()) for row in rows]


def filesystem(spark: SparkSession, root: str) -> FileSystem:
    """Plain paths through os; any URI (file: included) through Hadoop's FileSystem, as Spark writes it."""
    return HadoopFS(spark, root) if lake.SCHEME.match(root) else LocalFS()


def ingest_lake(
    spark: SparkSession, paths: list[str], root: str, *, analyse: Callable[[Document], DocumentRows] = document_rows,
    on_reject: Callable[[Reject], None] | None = None, max_named_rejects: int = 100,
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
) -> LakeStats:
    """Analyse every document under `paths` on the cluster and replace their input files' partitions of the
    lake at `root` (a folder, or a URI such as hdfs://…/lake), all six tables at once."""
    root = root.rstrip("/") if lake.SCHEME.match(root) else str(Path(root).resolve())  # file: URIs too
    fs = filesystem(spark, root)
    with lake.locked(root):
        lake.recover(fs, root)
        run = f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        frame = analysed_frame(spark, paths, analyse, max_doc_chars).persist(StorageLevel.MEMORY_AND_DISK)
        try:
            stats, keys = counts(frame)  # runs the analysis once; the writes read the persisted rows
            if on_reject is not None and (stats.input_rejects or stats.warnings):
                for reject in input_rejects(frame, max_named_rejects):
                    on_reject(reject)
            for table in LAKE_TABLES:
                stage(frame, table, f"{lake.run_dir(root, run)}/{table}")
            lake.commit(fs, root, run, keys)
        except BaseException:
            fs.delete(lake.run_dir(root, run))
            raise
        finally:
            frame.unpersist()
        lake.apply(fs, root, run)
    return stats
