"""The commands of `python -m etl` (see etl/cli.py), and what several of them share: the warehouse option."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from etl.load import DEFAULT_DB


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=os.environ.get("FACTS_DB", DEFAULT_DB),
        help=f"warehouse file (default $FACTS_DB or {DEFAULT_DB})",
    )


def require_warehouse(db: str) -> None:
    """Raise FileNotFoundError, with what to do, when there is no warehouse at ``db``."""
    if not Path(db).exists():
        raise FileNotFoundError(f"no warehouse at {db}: run `python -m etl ingest` first")
