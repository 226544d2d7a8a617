"""Buffered inserts: rows are gathered per table and written as one Arrow array every few thousand rows,
so memory stays bounded however large the input is.

The Arrow arrays are built with nanoarrow and handed to DuckDB through the Arrow PyCapsule interface:
pyarrow would do the same but imports pandas on its first conversion, a third of a second of every ingest.
"""

from __future__ import annotations

import duckdb
import nanoarrow as na

from etl.load.rows import COLUMNS, DIMENSION_TABLES, DOCUMENT_TABLES

INSERT_ORDER = (*DIMENSION_TABLES, *DOCUMENT_TABLES, "rejects")


def _column(values: list) -> na.c_array:
    """One column as an Arrow array: int64 when it holds integers, else text. Rows hold str, int or None
    (rows.py writes decimals and dates as text); anything else is a programming error, named here."""
    kinds = {type(value) for value in values if value is not None}
    if kinds <= {int}:
        return na.c_array(values, na.int64())
    if kinds <= {str}:
        return na.c_array(values, na.large_string())  # 64-bit offsets: no 2 GiB limit per batch
    raise TypeError(f"warehouse rows hold str, int or None, not {sorted(k.__name__ for k in kinds)}")


def arrow_rows(columns: tuple[str, ...], rows: list[tuple]) -> na.Array:
    """Rows (tuples in ``columns`` order) as one Arrow struct array, a column per field."""
    children = [_column([row[i] for row in rows]) for i in range(len(columns))]
    schema = na.struct({name: child.schema for name, child in zip(columns, children)})
    return na.Array(na.c_array_from_buffers(schema, len(rows), [None], children=children))


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    """Insert rows (tuples in COLUMNS[table] order); DuckDB casts text to decimal and date exactly."""
    if not rows:
        return
    columns = COLUMNS[table]
    column_list = ", ".join(columns)
    con.register("batch_rows", arrow_rows(columns, rows))
    try:
        con.execute(f"insert into {table} ({column_list}) select {column_list} from batch_rows")
    finally:
        con.unregister("batch_rows")


class Batch:
    """Rows waiting to be inserted; flushed when `max_rows` rows or `max_chars` characters of text wait."""

    def __init__(self, con: duckdb.DuckDBPyConnection, max_rows: int = 50_000, max_chars: int = 32_000_000):
        self.con = con
        self.max_rows = max_rows
        self.max_chars = max_chars
        self.pending: dict[str, list[tuple]] = {table: [] for table in INSERT_ORDER}
        self.rows = 0
        self.chars = 0

    def add(self, tables: dict[str, list[tuple]], chars: int = 0) -> None:
        for table, rows in tables.items():
            self.pending[table].extend(rows)
            self.rows += len(rows)
        self.chars += chars
        if self.rows >= self.max_rows or self.chars >= self.max_chars:
            self.flush()

    def flush(self) -> None:
        for table in INSERT_ORDER:
            insert_rows(self.con, table, self.pending[table])
            self.pending[table] = []
        self.rows = 0
        self.chars = 0
