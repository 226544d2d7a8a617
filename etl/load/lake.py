"""The lake: one Parquet dataset per warehouse table, partitioned by input file, written by the Spark driver
(etl/load/spark.py) and read back into the warehouse by `python -m etl publish` (through etl.load.publish).

    DIR/documents/source_key=<file name>-<hash>/part-….parquet     one folder per input file, per table
    DIR/articles/… sentences/… figures/… identifiers/… rejects/…
    DIR/_runs/<run>/…                                              a run's staged output and its journal

Columns are those of etl.load.rows.COLUMNS with the warehouse's types (warehouse/schema), plus the partition
column; `rejects` also gets `doc_id`, the document a rejected figure belongs to (null for unreadable input), so
that every lake table can be read back a document at a time.

A run stages all six tables under DIR/_runs/<run>/, writes the journal DIR/_runs/<run>/_COMMITTED (its commit
point: one file written atomically), then moves each staged partition into place, replacing the live one, and
deletes the live partitions of input files that now have no rows in a table. A run killed before its journal
leaves the lake as it was; one killed after it is completed by the next ingest or publish (`recover`). So every
input file's rows are either all of the previous run or all of the new one, in all six tables at once, which
six separate dynamic-overwrite writes could not give (a kill between two of them leaves the tables disagreeing).

No Spark here: the publish side needs only DuckDB. The Spark side does its file operations through the Hadoop
FileSystem (hdfs://, s3a://) with the same journal code (`FileSystem`).
"""

from __future__ import annotations

import fcntl
import hashlib
import heapq
import json
import os
import re
import shutil
from contextlib import contextmanager
from functools import cache
from itertools import groupby
from pathlib import Path, PurePosixPath
from typing import Iterator, NamedTuple, Protocol

import duckdb

from etl.context.model import Reject
from etl.load.rows import COLUMNS, DOCUMENT_TABLES, DocumentRows
from etl.load.schema import SCHEMA_DIR, apply_schema

LAKE_TABLES = (*DOCUMENT_TABLES, "rejects")
PARTITION = "source_key"  # one value per input file: see source_key()
DOC_ID = "doc_id"  # every lake table has it; rejects gets it in the lake only (null for unreadable input)
RUNS = "_runs"  # Spark and DuckDB globs over DIR/<table>/ never see it
JOURNAL = "_COMMITTED"
LOCK = "_lock"
KEY_NAME = re.compile(r"[^0-9A-Za-z._-]+")
KEY_NAME_CHARS = 40
KEY_HASH_CHARS = 12
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
INTEGER_TYPES = frozenset({"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER"})
FETCH_ROWS = 2_000


class LakeError(Exception):
    """The lake cannot be read or written as asked (not a lake, inconsistent, not local)."""


class Column(NamedTuple):
    name: str
    type: str  # DuckDB's name of the warehouse type: VARCHAR, INTEGER, DATE, DECIMAL(38,10) …
    nullable: bool


# ---- layout ----------------------------------------------------------------------------------------------------

def source_key(uri: str) -> str:
    """Partition value of one input file: its name (safe characters only, for people browsing the lake) and a
    hash of its full URI (file:/…, hdfs://…), so the same file always lands in the same partition whatever
    relative path or working folder it was named from, and two files of the same name never share one.
    Never numeric, so neither Spark's nor DuckDB's partition type inference turns it into a number."""
    name = KEY_NAME.sub("_", PurePosixPath(uri.rstrip("/")).name)[:KEY_NAME_CHARS] or "input"
    return f"{name}-{hashlib.sha256(uri.encode('utf-8')).hexdigest()[:KEY_HASH_CHARS]}"


def partition_dir(root: str, table: str, key: str) -> str:
    return f"{root.rstrip('/')}/{table}/{PARTITION}={key}"


def is_local(lake: str) -> bool:
    return not SCHEME.match(lake) or lake.startswith("file:")


def local_path(lake: str) -> Path:
    """The folder of a local lake (a path or a file: URI); LakeError for hdfs://, s3a:// …"""
    if not is_local(lake):
        raise LakeError(f"{lake} is not on this machine: copy it here first (e.g. hdfs dfs -get)")
    return Path(re.sub(r"^file:(//)?", "", lake))


@cache
def warehouse_types(schema_dir: Path = SCHEMA_DIR) -> dict[str, dict[str, Column]]:
    """Every warehouse table's columns with their types and nullability, read from the schema itself."""
    with duckdb.connect() as con:
        apply_schema(con, schema_dir)
        rows = con.execute(
            "select table_name, column_name, data_type, is_nullable from duckdb_columns() "
            "where schema_name = 'main' order by table_name, column_index"
        ).fetchall()
    types: dict[str, dict[str, Column]] = {}
    for table, column, data_type, nullable in rows:
        types.setdefault(table, {})[column] = Column(column, data_type, nullable)
    return types


def lake_columns(table: str, schema_dir: Path = SCHEMA_DIR) -> tuple[Column, ...]:
    """Columns of a lake table in row order: COLUMNS[table] typed by the schema, then doc_id where it lacks one."""
    types = warehouse_types(schema_dir)
    missing = [c for c in COLUMNS[table] if c not in types.get(table, {})]
    if missing:
        raise LakeError(f"{table}: {', '.join(missing)} in etl.load.rows.COLUMNS but not in warehouse/schema")
    extra = () if DOC_ID in COLUMNS[table] else (types["documents"][DOC_ID]._replace(nullable=True),)
    return tuple(types[table][c] for c in COLUMNS[table]) + extra


# ---- file operations and the journal ------------------------------------------------------------------------

class FileSystem(Protocol):
    def exists(self, path: str) -> bool: ...
    def list_dirs(self, path: str) -> list[str]: ...  # names of the folders in path ([] when it is missing)
    def delete(self, path: str) -> None: ...  # recursively; nothing when missing
    def rename(self, source: str, target: str) -> None: ...  # creates target's parent
    def write_text(self, path: str, text: str) -> None: ...  # atomically: the file is whole or absent
    def read_text(self, path: str) -> str: ...


class LocalFS:
    """A lake on this machine's file system."""

    def exists(self, path: str) -> bool:
        return os.path.exists(path)

    def list_dirs(self, path: str) -> list[str]:
        return sorted(e.name for e in os.scandir(path) if e.is_dir()) if os.path.isdir(path) else []

    def delete(self, path: str) -> None:
        if os.path.isdir(path):
            shutil.rmtree(path)
        elif os.path.exists(path):
            os.unlink(path)

    def rename(self, source: str, target: str) -> None:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        os.replace(source, target)

    def write_text(self, path: str, text: str) -> None:
        tmp = f"{path}.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)

    def read_text(self, path: str) -> str:
        with open(path, encoding="utf-8") as f:
            return f.read()


def run_dir(lake: str, run: str) -> str:
    return f"{lake.rstrip('/')}/{RUNS}/{run}"


def commit(fs: FileSystem, lake: str, run: str, keys: list[str]) -> None:
    """Write the run's journal: the input files it read (`keys`) and, per table, those it staged rows for."""
    staged = {
        table: [d.split("=", 1)[1] for d in fs.list_dirs(f"{run_dir(lake, run)}/{table}") if d.startswith(f"{PARTITION}=")]
        for table in LAKE_TABLES
    }
    fs.write_text(f"{run_dir(lake, run)}/{JOURNAL}", json.dumps({"keys": sorted(keys), "staged": staged}))


def apply(fs: FileSystem, lake: str, run: str) -> None:
    """Move a committed run's partitions into place. Idempotent: a second call after a crash finishes the job."""
    staging = run_dir(lake, run)
    journal = json.loads(fs.read_text(f"{staging}/{JOURNAL}"))
    for table in LAKE_TABLES:
        staged = set(journal["staged"][table])
        for key in journal["keys"]:
            live = partition_dir(lake, table, key)
            if key not in staged:
                fs.delete(live)  # the file has no rows in this table any more
            elif fs.exists(new := partition_dir(staging, table, key)):
                fs.delete(live)
                fs.rename(new, live)
    fs.delete(staging)


def recover(fs: FileSystem, lake: str) -> list[str]:
    """Complete committed runs that were interrupted and drop uncommitted ones; returns the runs completed."""
    completed = []
    for run in fs.list_dirs(f"{lake.rstrip('/')}/{RUNS}"):
        if fs.exists(f"{run_dir(lake, run)}/{JOURNAL}"):
            apply(fs, lake, run)
            completed.append(run)
        else:
            fs.delete(run_dir(lake, run))
    return completed


@contextmanager
def locked(lake: str):
    """One writer at a time on a local lake (an ingest, or a publish that may complete a run); a lake on a
    cluster's file system has no lock: run one ingest at a time there."""
    if not is_local(lake):
        yield
        return
    folder = local_path(lake)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / LOCK, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


# ---- reading a lake back as publish() items -----------------------------------------------------------------

def is_lake(folder: Path) -> bool:
    return folder.is_dir() and any((folder / table).is_dir() for table in LAKE_TABLES)


def parquet_glob(folder: Path, table: str) -> str | None:
    files = folder / table / f"{PARTITION}=*" / "*.parquet"
    return str(files) if next(folder.glob(f"{table}/{PARTITION}=*/*.parquet"), None) else None


def select_list(con: duckdb.DuckDBPyConnection, source: str, table: str, files: str) -> str:
    """The table's lake columns as rows.py values (str, int or None): decimals and dates as text, which the
    loader casts back exactly; a column the files lack (a lake written before it existed) as null."""
    present = {name for (name, *_) in con.execute(f"describe select * from {source}", {"files": files}).fetchall()}
    items = []
    for column in lake_columns(table):
        if column.name not in present:
            items.append(f"null as {column.name}")
        elif column.type == "VARCHAR" or column.type in INTEGER_TYPES:
            items.append(column.name)
        else:
            items.append(f"cast({column.name} as varchar) as {column.name}")
    return ", ".join(items)


def table_rows(con: duckdb.DuckDBPyConnection, folder: Path, table: str) -> Iterator[tuple]:
    """((source_key, has_doc, doc_id), table, row) in that order; rows carry COLUMNS[table] then the extras."""
    files = parquet_glob(folder, table)
    if files is None:
        return
    source = f"read_parquet($files, hive_partitioning = true, union_by_name = true, hive_types = {{{PARTITION}: varchar}})"
    con.execute(f"select {PARTITION}, {DOC_ID}, {select_list(con, source, table, files)} from {source} "
                f"order by {PARTITION}, {DOC_ID} nulls first", {"files": files})
    while batch := con.fetchmany(FETCH_ROWS):
        for key, doc_id, *row in batch:
            yield (key, doc_id is not None, doc_id or ""), table, tuple(row)


def lake_items(folder: Path) -> Iterator[DocumentRows | Reject]:
    """The lake as the items etl.load.publish takes: one DocumentRows per document (its rows of every table,
    rejected figures included) and a Reject per unreadable input, streamed a document at a time."""
    if not is_lake(folder):
        raise LakeError(f"{folder} is not a lake (no {', '.join(LAKE_TABLES)} folders)")
    with duckdb.connect() as con:
        streams = [table_rows(con.cursor(), folder, table) for table in LAKE_TABLES]
        for (key, has_doc, doc_id), group in groupby(heapq.merge(*streams, key=lambda r: r[0]), key=lambda r: r[0]):
            tables: dict[str, list[tuple]] = {table: [] for table in LAKE_TABLES}
            for _, table, row in group:
                tables[table].append(row[: len(COLUMNS[table])])
            if not has_doc:
                yield from (Reject(**dict(zip(COLUMNS["rejects"], row))) for row in tables["rejects"])
            elif len(tables["documents"]) != 1:
                raise LakeError(f"partition {key}: {len(tables['documents'])} document rows for {doc_id}")
            else:
                text = tables["documents"][0][COLUMNS["documents"].index("text")]
                yield DocumentRows(doc_id, tables, len(text), len(text.encode("utf-8")))
