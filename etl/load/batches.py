"""Buffered inserts: rows are gathered per table and written as one Arrow table every few thousand rows,
so memory stays bounded however large the input is."""

from __future__ import annotations

import duckdb
import pyarrow as pa

from etl.load.rows import COLUMNS, DOCUMENT_TABLES

INSERT_ORDER = ("regions", "topics", *DOCUMENT_TABLES, "rejects")


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    """Insert rows (tuples in COLUMNS[table] order); DuckDB casts text to decimal and date exactly."""
    if not rows:
        return
    columns = COLUMNS[table]
    batch = pa.table({name: [row[i] for row in rows] for i, name in enumerate(columns)})
    column_list = ", ".join(columns)
    con.register("batch_rows", batch)
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
