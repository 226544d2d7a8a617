"""`python -m etl ingest PATH...`: files and folders in, warehouse out (published atomically)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Iterable, Iterator

import duckdb
from tqdm import tqdm

from etl.context.model import Reject
from etl.context.reader import WARNINGS
from etl.commands import add_db_argument, add_max_doc_chars_argument, spark_ingest, warehouse_path
from etl.load import LoadStats, analysed
from etl.load.rows import DocumentRows

NAME = "ingest"
HELP = "Read files, folders and JSONL corpora, extract every figure and publish the DuckDB warehouse."
EXAMPLE = "python -m etl ingest seeds /work/shared/corpus --db warehouse/facts.duckdb --workers 2"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="text files, folders or .jsonl corpora")
    add_db_argument(parser)
    parser.add_argument("--workers", type=int, default=1, help="processes analysing documents (default 1)")
    add_max_doc_chars_argument(parser)
    spark_ingest.add_arguments(parser)


def reject_line(reject: Reject) -> str:
    where = reject.source_path if reject.line is None else f"{reject.source_path}:{reject.line}"
    return f"{'warning' if reject.reason in WARNINGS else 'rejected'} {where}: {reject.reason}: {reject.detail}"


def narrated(items: Iterable[DocumentRows | Reject], bar: tqdm) -> Iterator[DocumentRows | Reject]:
    """Pass items through, naming each reject on stderr and advancing the progress bar."""
    for item in items:
        if isinstance(item, Reject):
            bar.write(reject_line(item), file=sys.stderr)
        else:
            bar.update(item.size)
        yield item


def input_bytes(paths: list[str]) -> int | None:
    """Size of everything under the inputs (the progress bar's total); None when reading stdin or when it cannot
    be told (the reader names what it cannot read)."""
    if "-" in paths:
        return None
    try:
        files = [f for p in map(Path, paths) for f in ([p] if p.is_file() else p.rglob("*")) if f.is_file()]
        return sum(f.stat().st_size for f in files)
    except OSError:
        return None


def summary(stats: LoadStats, db: str) -> str:
    parts = {
        "documents": stats.documents, "figures": stats.figures, "identifiers": stats.identifiers,
        "kept documents": stats.kept_documents, "replaced documents": stats.replaced_documents,
        "rejected inputs": stats.input_rejects, "warnings": stats.warnings, "rejected figures": stats.span_rejects,
    }
    return f"published {db}: " + ", ".join(f"{value} {name}" for name, value in parts.items())


def warehouse_files(db: str | Path):
    """Is a path one of the warehouse's own files (the file, its serving copy, their WAL, lock and working copies),
    which an input folder holding the warehouse must not read as documents?"""
    from etl.load.publish import TMP_PATTERN
    from etl.load.serving import serving_path

    db = Path(db).resolve()
    names = {f.name for f in (db, serving_path(db))}
    owned = names | {f"{name}{suffix}" for name in names for suffix in (".wal", ".lock")}

    def skip(path: Path) -> bool:
        if path.parent.resolve() != db.parent:
            return False
        tmp = TMP_PATTERN.search(path.name)  # FILE.tmp-PID and its WAL and spill folder
        return path.name in owned or (tmp is not None and path.name[: tmp.start()] in names)

    return skip


def ingest(paths: list[str], db: str | Path, workers: int, max_doc_chars: int | None = None) -> LoadStats:
    # Imported here: the analysis stack loads its lexicons and gazetteers on first use.
    from etl.context.reader import DEFAULT_MAX_DOC_CHARS, read_path
    from etl.load.work import document_rows, publish_current

    quiet = not sys.stderr.isatty()
    total = None if quiet else input_bytes(paths)
    with tqdm(total=total, disable=quiet, unit="B", unit_scale=True, desc="ingest", file=sys.stderr) as bar:
        documents = read_path(paths, max_doc_chars or DEFAULT_MAX_DOC_CHARS, skip=warehouse_files(db))
        items = narrated(analysed(documents, document_rows, workers), bar)
        stats = publish_current(db, items)
        bar.total = bar.n  # JSON Lines markup is read but not counted: end the bar at 100%
    return stats


def run(args: argparse.Namespace) -> int:
    if problem := spark_ingest.check(args):
        print(f"error: {problem}", file=sys.stderr)
        return 1
    if args.engine == "spark":
        return spark_ingest.run(args)
    if args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 1
    try:
        db = warehouse_path(args.db)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    try:
        stats = ingest(args.paths, db, args.workers, args.max_doc_chars)
    except (duckdb.Error, OSError) as error:
        print(f"error: {error}; {args.db} is unchanged", file=sys.stderr)
        return 1
    print(summary(stats, args.db), file=sys.stderr)
    return 2 if stats.input_rejects or stats.warnings else 0
