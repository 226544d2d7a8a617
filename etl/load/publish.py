"""Build a new warehouse beside the published one, and its serving copy (etl/load/serving.py), then swap both in.

The published file is never opened for writing: readers holding it open (the dashboard) are never
blocked, and a run killed at any moment leaves it whole. Steps: FILE.tmp-PID gets the schema, the
dimensions and this run's rows; the previous warehouse is ATTACHed read-only and every document this run
does not replace is copied over; keys and references are checked (etl/load/checks.py); CHECKPOINT,
the serving copy is written from it; CHECKPOINT, close, os.replace onto FILE and onto its serving copy.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
from collections import Counter
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Iterable

import duckdb

from etl.context.model import Analysis, Region, Reject
from etl.context.reader import WARNINGS
from etl.load.batches import Batch, insert_rows
from etl.load.checks import check_keys
from etl.load.rows import (
    DOCUMENT_TABLES, DocumentRows, IndicatorLike, Known, TopicLike, analysis_rows, dimension_rows, reject_row,
)
from etl.load.schema import SCHEMA_DIR, apply_schema
from etl.load.serving import INFO_KEY, copy_serving, private_content, serving_path, write_serving

TMP_PATTERN = re.compile(r"\.tmp-(\d+)(\.wal|\.tmp)?$")  # the file, its WAL, DuckDB's spill folder
# DuckDB's share of memory while building (it spills to disk beyond); keeps a 500 MB ingest well under 2 GB.
MEMORY_LIMIT = "512MB"
# How much the build's write-ahead log may hold before DuckDB writes it into the file. Its default (16 MB) checkpoints
# every few batches, each time compressing row groups half full: measured on the corpus repeated to 30 MB, ingest on
# one core takes 8 % less time (the loader alone 20 % less) and the file is half as large (40 MB, not 75 MB) with 256 MB.
CHECKPOINT_THRESHOLD = "256MB"


def usable_cpus() -> int:
    """The CPUs this process may run on: DuckDB counts the machine's, and threads beyond these only take turns (an
    ingest pinned to one core spent 0.3 s more of 21 s on the corpus repeated to 30 MB with two)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # (not on Linux)
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class LoadStats:
    documents: int  # loaded by this run
    figures: int
    identifiers: int
    input_rejects: int  # unreadable files/lines and documents that failed analysis
    warnings: int  # the reader's warnings (etl.context.reader.WARNINGS): the document was read all the same
    span_rejects: int  # figures that could not be resolved or loaded
    kept_documents: int  # carried over unchanged from the previous warehouse
    replaced_documents: int  # previous documents replaced by this run's version
    skipped_duplicates: int  # documents met twice in this run's inputs (same doc_id)


def tmp_path(db: Path) -> Path:
    return db.with_name(f"{db.name}.tmp-{os.getpid()}")


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def remove_stale_tmp(db: Path) -> list[Path]:
    """Delete leftovers of runs that were killed (their process is gone); returns what was removed."""
    removed = []
    for path in db.parent.glob(f"{db.name}.tmp-*"):
        match = TMP_PATTERN.search(path.name)
        if match and not pid_alive(int(match.group(1))):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return removed


def remove_files(*paths: Path) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def publish(
    db: Path | str,
    items: Iterable[Analysis | DocumentRows | Reject],
    regions: Iterable[Region],
    topics: Iterable[TopicLike],
    *,
    parser_version: str,
    indicators: Iterable[IndicatorLike] = (),
    schema_dir: Path = SCHEMA_DIR,
    batch_rows: int = 50_000,
    memory_limit: str = MEMORY_LIMIT,
) -> LoadStats:
    """Load analysed documents (and rejects) into the warehouse at `db`, keeping what it held before.

    Raises duckdb.Error or OSError on a fatal error; the published file is then unchanged.
    """
    db = Path(db)
    db.parent.mkdir(parents=True, exist_ok=True)
    with open(db.with_name(f"{db.name}.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one writer at a time: a second ingest waits, then builds on the first
        serving = serving_path(db)
        tmp, serving_tmp = tmp_path(db), tmp_path(serving)
        leftovers = (tmp, Path(f"{tmp}.wal"), serving_tmp, Path(f"{serving_tmp}.wal"))
        for path in (db, serving):
            remove_stale_tmp(path)
        remove_files(*leftovers)
        try:
            dimensions = dimension_rows(regions, topics, indicators)
            stats = build(tmp, serving_tmp, db, items, dimensions, parser_version, schema_dir, batch_rows,
                          memory_limit)
            os.replace(tmp, db)  # the owner's file first: the serving copy never shows what the full file lacks
            os.replace(serving_tmp, serving)
        finally:
            remove_files(*leftovers)
    return stats


def build(tmp, serving_tmp, db, items, dimensions, parser_version, schema_dir, batch_rows,
          memory_limit) -> LoadStats:
    con = duckdb.connect(str(tmp), config={"memory_limit": memory_limit, "checkpoint_threshold": CHECKPOINT_THRESHOLD,
                                           "threads": usable_cpus()})
    try:
        apply_schema(con, schema_dir)
        con.execute("insert into warehouse_info values (?, 'full')", [INFO_KEY])
        for table, rows in dimensions.items():
            insert_rows(con, table, rows)
        previous = db.exists()
        if previous:
            con.execute("attach ? as old (read_only)", [str(db)])
            copy_missing_dimensions(con)
        counts = load_items(con, items, known_keys(con), parser_version, batch_rows)
        if previous:
            counts.update(copy_previous(con))
            con.execute("detach old")
        check_keys(con)
        secrets = private_content(con)
        if secrets is not None:
            write_serving(con, serving_tmp, lambda c: apply_schema(c, schema_dir), secrets)
        con.execute("checkpoint")
    finally:
        con.close()
    if secrets is None:
        copy_serving(tmp, serving_tmp)
    return LoadStats(**{field.name: counts[field.name] for field in fields(LoadStats)})


def known_keys(con: duckdb.DuckDBPyConnection) -> Known:
    regions = con.execute("select region_code from regions").fetchall()
    topics = con.execute("select topic from topics").fetchall()
    indicators = con.execute("select indicator from indicators").fetchall()
    return Known(frozenset(r for (r,) in regions), frozenset(t for (t,) in topics), frozenset(i for (i,) in indicators))


def load_items(con, items, known: Known, parser_version: str, batch_rows: int) -> Counter:
    """Stream this run's items into the new warehouse, a batch at a time. An item is an Analysis, the rows
    of one (made in a worker: etl/load/work.py), or a Reject."""
    counts: Counter = Counter()
    batch = Batch(con, max_rows=batch_rows)
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Reject):
            batch.add({"rejects": [reject_row(item)]})
            counts["warnings" if item.reason in WARNINGS else "input_rejects"] += 1
            continue
        rows = analysis_rows(item, known, parser_version) if isinstance(item, Analysis) else item
        if rows.doc_id in seen:
            counts["skipped_duplicates"] += 1
        else:
            seen.add(rows.doc_id)
            batch.add(rows.tables, chars=rows.chars)
            counts["documents"] += 1
            counts["figures"] += len(rows.tables["figures"])
            counts["identifiers"] += len(rows.tables["identifiers"])
            counts["span_rejects"] += len(rows.tables["rejects"])
    batch.flush()
    return counts


def common_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    """Columns of `table` present both in the new schema and in the previous warehouse, in schema order."""
    rows = con.execute(
        """
        select n.column_name
        from duckdb_columns() as n
        join duckdb_columns() as o
          on o.database_name = 'old' and o.schema_name = 'main'
         and o.table_name = n.table_name and o.column_name = n.column_name
        where n.database_name = current_database() and n.schema_name = 'main' and n.table_name = ?
        order by n.column_index
        """,
        [table],
    ).fetchall()
    return [name for (name,) in rows]


def copy_table(con, table: str, where: str) -> None:
    columns = ", ".join(common_columns(con, table))
    if columns:
        con.execute(f"insert into main.{table} ({columns}) select {columns} from old.{table} as o where {where}")


def copy_missing_dimensions(con) -> None:
    """Regions, topics and indicators of the previous warehouse that the current lists no longer hold stay (facts
    use them)."""
    copy_table(con, "regions", "o.region_code not in (select region_code from main.regions)")
    copy_table(con, "topics", "o.topic not in (select topic from main.topics)")
    copy_table(con, "indicators", "o.indicator not in (select indicator from main.indicators)")
    copy_table(con, "indicator_units", "o.indicator not in (select indicator from main.indicator_units)")


# Previous documents this run replaces: same doc_id, same source_path, or same doc_name in the same file.
REPLACED_SQL = """
create temp table replaced as
select o.doc_id from old.documents as o join main.documents as n on n.doc_id = o.doc_id
union
select o.doc_id from old.documents as o join main.documents as n on n.source_path = o.source_path
union
select o.doc_id from old.documents as o join main.documents as n
  on n.doc_name = o.doc_name
 and regexp_replace(n.source_path, ':[0-9]+$', '') = regexp_replace(o.source_path, ':[0-9]+$', '')
"""
# Files this run read: their previous rejects are replaced by this run's.
TOUCHED_SQL = """
create temp table touched as
select regexp_replace(source_path, ':[0-9]+$', '') as source_file from main.documents
union
select regexp_replace(source_path, ':[0-9]+$', '') from main.rejects
"""


def copy_previous(con) -> Counter:
    """Copy every previous document this run does not replace, and the rejects of files it did not read."""
    con.execute(REPLACED_SQL)
    con.execute(TOUCHED_SQL)
    for table in DOCUMENT_TABLES:
        copy_table(con, table, "o.doc_id not in (select doc_id from replaced)")
    copy_table(con, "rejects", "regexp_replace(o.source_path, ':[0-9]+$', '') not in (select source_file from touched)")
    (replaced,) = con.execute("select count(*) from replaced").fetchone()
    (total,) = con.execute("select count(*) from old.documents").fetchone()
    con.execute("drop table replaced")
    con.execute("drop table touched")
    return Counter(replaced_documents=replaced, kept_documents=total - replaced)
