"""`python -m etl export DIR`: the facts view as Parquet partitioned by topic and year, or as one CSV file."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

import duckdb

from etl.commands import add_db_argument, require_warehouse

NAME = "export"
HELP = "Export the facts view: Parquet partitioned by topic and year (DIR/topic=…/year=…/*.parquet), or CSV."
EXAMPLE = (
    "python -m etl export out/facts --format parquet\n"
    "  duckdb -c \"select topic, year, count(*) from read_parquet('out/facts/**/*.parquet', "
    "hive_partitioning=true) group by all\""
)
CSV_NAME = "facts.csv"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "dir", type=Path, metavar="DIR", help="output folder (created; must be empty or a previous export)"
    )
    add_db_argument(parser)
    parser.add_argument("--format", choices=("parquet", "csv"), default="parquet", help="default parquet")
    parser.add_argument("--overwrite", action="store_true", help="replace DIR when it holds a previous export")


def is_previous_export(folder: Path) -> bool:
    """True when the folder holds only what an export writes (topic=… folders, facts.csv)."""
    return all(p.name == CSV_NAME or (p.is_dir() and p.name.startswith("topic=")) for p in folder.iterdir())


def check_target(folder: Path, overwrite: bool) -> None:
    if not folder.exists() or not any(folder.iterdir()):
        return
    if not overwrite:
        raise FileExistsError(f"{folder} is not empty (use --overwrite to replace a previous export)")
    if not is_previous_export(folder):
        raise FileExistsError(f"{folder} holds files that are not an export; not replacing it")


COPY_SQL = {
    "csv": "copy (select * from facts order by doc_id, char_start) to ? (format csv, header true)",
    "parquet": "copy (select * from facts) to ? (format parquet, partition_by (topic, year))",
}


def export(db: str, folder: Path, fmt: str, overwrite: bool) -> int:
    """Write the export beside DIR, then move it into place; returns the number of facts written."""
    check_target(folder, overwrite)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = folder.with_name(f"{folder.name}.tmp-{os.getpid()}")
    staging.mkdir()
    try:
        with duckdb.connect(db, read_only=True) as con:
            target = staging / CSV_NAME if fmt == "csv" else staging / "parquet"
            if fmt == "parquet":
                target.mkdir()  # present even when there are no facts
            (count,) = con.execute(COPY_SQL[fmt], [str(target)]).fetchone()  # COPY answers its row count
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(target if fmt == "parquet" else staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return count


def run(args: argparse.Namespace) -> int:
    try:
        db = require_warehouse(args.db)
        count = export(str(db), args.dir, args.format, args.overwrite)
    except (duckdb.Error, OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"exported {count} facts to {args.dir} ({args.format})", file=sys.stderr)
    return 0
