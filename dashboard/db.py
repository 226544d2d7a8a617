"""The dashboard's handle on the warehouse.

The dashboard opens only the warehouse's *serving copy* (facts.duckdb → facts.serving.duckdb, written by
`python -m etl ingest` beside the full file, every private identifier masked), and refuses a file that does not
say it is one (`warehouse_info`: copy = serving). ``FACTS_DB`` names the full warehouse, as for the command line;
the serving copy is found beside it.

Pages share one read-only connection per file version, locked down (no file access, configuration locked) and
results cached per version. The ingest replaces the files atomically (os.replace), which changes inode and mtime:
the next query sees a new FileKey, closes the old connection and opens the new file. The SQL console gets a
connection of its own for every statement (``console``): a fresh DuckDB instance with the serving copy attached
read-only, its own memory limit, one thread, no spilling, no file access and its configuration locked, so that no
statement can change what another reader sees.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, TypeVar

import duckdb
import streamlit as st

from dashboard.fmt import md_escape
from dashboard.queries import copy_kind

DEFAULT_DB = "warehouse/facts.duckdb"
ENV_VAR = "FACTS_DB"
SERVING_SUFFIX = ".serving"  # the same rule as etl/load/serving.serving_path (a test holds them together)
CONSOLE_CATALOG = "warehouse"
PAGE_CONFIG = {"enable_external_access": False, "lock_configuration": True, "memory_limit": "1GB"}
CONSOLE_LIMITS = {"memory_limit": "256MB", "threads": 1, "temp_directory": ""}

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class FileKey:
    """One version of the serving file."""

    path: str
    mtime_ns: int
    inode: int


def warehouse_path() -> Path:
    """The full warehouse the owner named ($FACTS_DB); never opened here."""
    return Path(os.environ.get(ENV_VAR, DEFAULT_DB)).expanduser().resolve()


def serving_path(full: Path | None = None) -> Path:
    """The serving copy beside the full warehouse: facts.duckdb → facts.serving.duckdb."""
    full = warehouse_path() if full is None else full
    return full.with_name(f"{full.stem}{SERVING_SUFFIX}{full.suffix}")


def file_key(path: Path | str) -> FileKey:
    """Raises FileNotFoundError when the file does not exist."""
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
    return Opened(key, duckdb.connect(path, read_only=True, config=PAGE_CONFIG))


@st.cache_data(max_entries=1024, show_spinner=False)
def _cached(key: FileKey, name: str, args: tuple[object, ...], _fn: Callable[..., T]) -> T:
    cursor = _open(key.path).con.cursor()
    try:
        return _fn(cursor, *args)
    finally:
        cursor.close()


def query(fn: Callable[..., T], *args: object) -> T:
    """``fn(cursor, *args)`` over the current serving copy, cached until the file changes."""
    key = file_key(serving_path())
    return _cached(key, f"{fn.__module__}.{fn.__qualname__}", args, _fn=fn)


def one(fn: Callable[..., object], key: str, title: str, noun: str) -> dict | None:
    """The row ``fn(cursor, key)`` finds, as a dict; else the page says no such record (an id from an older
    warehouse, or a link typed by hand) under ``title`` and gives None."""
    found = query(fn, key)
    if found.empty:
        st.title(title)
        st.error(f"找不到编号为 {md_escape(key)} 的{noun}。它可能来自旧版本的数据仓库。")
        return None
    return found.iloc[0].to_dict()


def stream(write: Callable[[object], T], read: Callable[..., object], *args: object) -> T:
    """``write(read(cursor, *args))`` over the current serving copy, not cached: a download of every matching row
    (``read`` returns a stream of Arrow batches, ``write`` writes them out as they come)."""
    cursor = _open(str(serving_path())).con.cursor()
    try:
        return write(read(cursor, *args))
    finally:
        cursor.close()


def version() -> FileKey:
    """The current version of the serving copy (a cache key for results computed outside ``query``)."""
    return file_key(serving_path())


@contextmanager
def console(path: Path | str | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection of its own for one console statement: a new in-memory DuckDB instance with the serving copy
    attached read-only as ``warehouse``, then file access switched off and the configuration locked."""
    con = duckdb.connect(":memory:", config=CONSOLE_LIMITS)
    try:
        con.execute(f"attach ? as {CONSOLE_CATALOG} (read_only)", [str(serving_path() if path is None else path)])
        con.execute(f"use {CONSOLE_CATALOG}")
        con.execute("set enable_external_access = false")
        con.execute("set lock_configuration = true")
        yield con
    finally:
        con.close()


@st.cache_data(max_entries=8, ttl=600, show_spinner=False)
def _console_cached(key: FileKey, name: str, args: tuple[object, ...], _fn: Callable[..., T]) -> T:
    with console(key.path) as con:
        return _fn(con, *args)


def console_query(fn: Callable[..., T], *args: object) -> T:
    """``fn(con, *args)`` on a console connection of its own (``console``); a few recent results are cached (the
    console bounds each result's size, so the cache stays small)."""
    return _console_cached(version(), f"{fn.__module__}.{fn.__qualname__}", args, _fn=fn)


def missing_warehouse_message() -> str | None:
    """A reader-facing message when the serving copy is missing or is not one, else None."""
    full, serving = warehouse_path(), serving_path()
    if not serving.is_file():
        return (
            f"找不到数据仓库的服务副本 `{serving.name}`（应在 `{full.name}` 旁边）。请先生成："
            f"`python -m etl ingest seeds --db {full.name}`，或用环境变量 `{ENV_VAR}` 指定已有的数据仓库。"
        )
    if query(copy_kind) != "serving":
        return f"`{serving.name}` 不是经过脱敏的服务副本，仪表盘拒绝打开它。请用 `python -m etl ingest` 重新生成。"
    return None
