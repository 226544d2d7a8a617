"""`python -m etl publish DIR`: a lake written by `ingest --engine spark` into the DuckDB warehouse, through the
same loader as the local ingest (etl.load.publish: checks, atomic swap, idempotence)."""

from __future__ import annotations

import argparse
import sys

import duckdb

from etl.commands import add_db_argument, warehouse_path
from etl.commands.ingest_cmd import summary
from etl.load import LoadStats
from etl.load.lake import LakeError, LocalFS, lake_items, local_path, locked, recover

NAME = "publish"
HELP = "Publish a Parquet lake written by `ingest --engine spark` into the DuckDB warehouse (checked, swapped in)."
EXAMPLE = "python -m etl publish lake/ --db warehouse/facts.duckdb"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("lake", metavar="DIR", help="the lake folder (a local path or file: URI)")
    add_db_argument(parser)


def publish_lake(lake: str, db: str) -> tuple[LoadStats, list[str]]:
    """Load the lake into the warehouse; also returns the interrupted ingest runs it completed first."""
    from etl.load.work import publish_current

    folder = local_path(lake)
    with locked(str(folder)):  # no ingest moves partitions while the lake is read
        completed = recover(LocalFS(), str(folder))
        stats = publish_current(db, lake_items(folder))  # the dimensions of the local ingest
    return stats, completed


def run(args: argparse.Namespace) -> int:
    try:
        stats, completed = publish_lake(args.lake, str(warehouse_path(args.db)))
    except ValueError as error:  # --db names no possible warehouse file
        print(f"error: {error}", file=sys.stderr)
        return 1
    except (LakeError, duckdb.Error, OSError) as error:
        print(f"error: {error}; {args.db} is unchanged", file=sys.stderr)
        return 1
    for run_id in completed:
        print(f"completed the interrupted ingest run {run_id} of {args.lake}", file=sys.stderr)
    print(summary(stats, args.db), file=sys.stderr)
    return 0
