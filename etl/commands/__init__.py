"""The commands of `python -m etl` (see etl/cli.py), and what several of them share: the warehouse option, its
validation, and the document size limit."""

from __future__ import annotations

import argparse
import os
import stat
from pathlib import Path

from etl.context.reader import DEFAULT_MAX_DOC_CHARS
from etl.load import DEFAULT_DB

DB_ENV = "FACTS_DB"
MAX_DOC_CHARS_ENV = "CNFACTS_MAX_DOC_CHARS"


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=os.environ.get(DB_ENV, DEFAULT_DB),
        help=f"warehouse file (default ${DB_ENV} or {DEFAULT_DB}); a symbolic link stands for its target",
    )


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def add_max_doc_chars_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-doc-chars",
        type=positive_int,
        default=os.environ.get(MAX_DOC_CHARS_ENV, str(DEFAULT_MAX_DOC_CHARS)),
        metavar="N",
        help=f"reject (reason too_large) a document or JSON Lines line of more than N characters, without reading "
             f"it whole (default ${MAX_DOC_CHARS_ENV} or {DEFAULT_MAX_DOC_CHARS:,})",
    )


def warehouse_path(db: str) -> Path:
    """The warehouse file ``--db`` names, checked; ValueError, with what is wrong, when it cannot be one.

    A symbolic link is resolved to its target, so that publishing replaces the target file and the link stays."""
    if not db.strip():
        raise ValueError(f"--db is empty: name a warehouse file (default ${DB_ENV} or {DEFAULT_DB})")
    path = Path(db)
    if path.is_symlink():
        path = Path(os.path.realpath(path))
        if path.is_symlink():
            raise ValueError(f"--db {db} is a symbolic link that loops")
    try:
        mode = path.stat().st_mode
    except OSError:  # no such file yet (or a folder on the way is missing or no folder): the command says
        return path
    if not stat.S_ISREG(mode):
        kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
        raise ValueError(f"--db {db}" + (f" (→ {path})" if str(path) != db else "") + f" is {kind}, not a warehouse")
    return path


def require_warehouse(db: str) -> Path:
    """The warehouse file at ``db`` (see warehouse_path); FileNotFoundError, with what to do, when there is none."""
    path = warehouse_path(db)
    if not path.exists():
        raise FileNotFoundError(f"no warehouse at {db}: run `python -m etl ingest` first")
    return path
