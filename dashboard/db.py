"""The dashboard's handle on the warehouse: one read-only DuckDB connection per warehouse file, results cached
per file version. The ingest replaces the file atomically (os.replace), which changes its inode and mtime: the
next query sees a new FileKey, closes the old connection and opens the new file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, TypeVar

import duckdb
import streamlit as st

DEFAULT_DB = "warehouse/facts.duckdb"
ENV_VAR = "FACTS_DB"
# The connection may read its own file only: no read_csv('/etc/…') from the SQL console.
CONNECT_CONFIG = {"enable_external_access": False}

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class FileKey:
    """One version of the warehouse file."""

    path: str
    mtime_ns: int
    inode: int


def warehouse_path() -> Path:
    return Path(os.environ.get(ENV_VAR, DEFAULT_DB)).expanduser().resolve()


def file_key(path: Path | str) -> FileKey:
    """Raises FileNotFoundError when the warehouse file does not exist."""
    stat = os.stat(path)
    return FileKey(str(path), stat.st_mtime_ns, stat.st_ino)


@dataclass(frozen=True, slots=True)
class Opened:
    key: FileKey
    con: duckdb.DuckDBPyConnection


def _still_current(opened: Opened) -> bool:
    """Cache validator: keep the connection while its file is unchanged, else close it so that DuckDB drops its
    instance of the old file (a new connect to the same path would otherwise reuse it)."""
    try:
        current = file_key(opened.key.path) == opened.key
    except FileNotFoundError:
        current = False
    if not current:
        opened.con.close()
    return current


@st.cache_resource(validate=_still_current, show_spinner=False)
def _open(path: str) -> Opened:
    key = file_key(path)  # before connecting: if the file is swapped meanwhile, the next call reopens
    return Opened(key, duckdb.connect(path, read_only=True, config=CONNECT_CONFIG))


@st.cache_data(max_entries=1024, show_spinner=False)
def _cached(key: FileKey, name: str, args: tuple[object, ...], _fn: Callable[..., T]) -> T:
    cursor = _open(key.path).con.cursor()
    try:
        return _fn(cursor, *args)
    finally:
        cursor.close()


def query(fn: Callable[..., T], *args: object) -> T:
    """``fn(cursor, *args)`` over the current warehouse, cached until the file changes."""
    key = file_key(warehouse_path())
    return _cached(key, f"{fn.__module__}.{fn.__qualname__}", args, _fn=fn)


def missing_warehouse_message() -> str | None:
    """A reader-facing message when the warehouse file is missing, else None."""
    path = warehouse_path()
    if path.is_file():
        return None
    return (
        f"找不到数据仓库文件 `{path}`。请先生成：`python -m etl ingest seeds --db {path}`，"
        f"或用环境变量 `{ENV_VAR}` 指定已有的文件。"
    )
