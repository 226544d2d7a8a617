"""The warehouse schema: plain SQL files in the `warehouse` package (warehouse/schema/*.sql), applied in file-name
order, and the key contract beside them (warehouse/schema/contract.toml). Shipped as package data, so a wheel
carries them."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

import duckdb

DEFAULT_DB = "warehouse/facts.duckdb"  # relative to the working directory; commands also read $FACTS_DB
SCHEMA_DIR: Traversable = files("warehouse").joinpath("schema")
_TABLE = re.compile(r"^create table (\w+) \((.*?)^\);", re.M | re.S)
_COLUMN = re.compile(r"^\s+(\w+)\s+\w", re.M)


def schema_files(schema_dir: Traversable | Path = SCHEMA_DIR) -> list[Traversable]:
    found = sorted((p for p in schema_dir.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name)
    if not found:
        raise FileNotFoundError(f"no schema files (*.sql) in {schema_dir}")
    return found


def apply_schema(con: duckdb.DuckDBPyConnection, schema_dir: Traversable | Path = SCHEMA_DIR) -> None:
    """Run every schema file in name order; a bad file raises duckdb.Error naming the file."""
    for path in schema_files(schema_dir):
        try:
            con.execute(path.read_text(encoding="utf-8"))
        except duckdb.Error as error:
            raise type(error)(f"{path.name}: {error}") from error


@cache
def table_columns() -> dict[str, tuple[str, ...]]:
    """Each table's columns in the order 00_tables.sql declares them (the one list every insert is built from)."""
    text = SCHEMA_DIR.joinpath("00_tables.sql").read_text(encoding="utf-8")
    tables = {name: tuple(_COLUMN.findall(body)) for name, body in _TABLE.findall(text)}
    if not tables:
        raise ValueError("00_tables.sql: no `create table name (` … `);` blocks found")
    return tables


@cache
def contract() -> tuple[dict[str, tuple[str, ...]], tuple[tuple[str, str, str, str], ...]]:
    """(keys, references) of contract.toml: table → key columns; (table, column, parent, parent key)."""
    data = tomllib.loads(SCHEMA_DIR.joinpath("contract.toml").read_text(encoding="utf-8"))
    columns = table_columns()
    keys = {table: tuple(key) for table, key in data["keys"].items()}
    references = []
    for line in data["references"]:
        child, parent = (side.strip() for side in line.split("->"))
        references.append((*child.split("."), *parent.split(".")))
    for table, column in [*((t, c) for t, key in keys.items() for c in key),
                          *((t, c) for t, c, _, _ in references), *((p, k) for _, _, p, k in references)]:
        if column not in columns.get(table, ()):
            raise ValueError(f"contract.toml: {table}.{column} is not a column of 00_tables.sql")
    return keys, tuple(references)
