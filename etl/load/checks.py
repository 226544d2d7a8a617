"""Keys and references of the warehouse, checked in SQL on every new warehouse before it is published.

The tables declare no PRIMARY KEY or REFERENCES: DuckDB maintains those as indexes on every insert, which
cost a third of an ingest's load time and 40 % of the file. The same guarantees are checked here once per
run, set-based; a failed check is fatal (nothing is published). The tests run the same checks.
"""

from __future__ import annotations

import duckdb

# table → its key (the grain stated in warehouse/schema/00_tables.sql)
KEYS: dict[str, str] = {
    "documents": "doc_id",
    "articles": "doc_id, article_index",
    "sentences": "sentence_id",
    "regions": "region_code",
    "topics": "topic",
    "figures": "fact_id",
    "identifiers": "doc_id, char_start",
    "warehouse_info": "key",
    "indicators": "indicator",
    "indicator_units": "indicator, unit",
}
# (table, column, parent table, parent key): every non-null value of column is a key of the parent
REFERENCES: tuple[tuple[str, str, str, str], ...] = (
    ("articles", "doc_id", "documents", "doc_id"),
    ("sentences", "doc_id", "documents", "doc_id"),
    ("figures", "doc_id", "documents", "doc_id"),
    ("figures", "sentence_id", "sentences", "sentence_id"),
    ("figures", "region_code", "regions", "region_code"),
    ("figures", "topic", "topics", "topic"),
    ("figures", "refers_to", "figures", "fact_id"),
    ("identifiers", "doc_id", "documents", "doc_id"),
    ("regions", "parent_code", "regions", "region_code"),
    ("figures", "indicator", "indicators", "indicator"),
    ("indicators", "topic", "topics", "topic"),
    ("indicator_units", "indicator", "indicators", "indicator"),
)


def unique_sql(table: str, key: str) -> str:
    return f"select {key}, count(*) as n from {table} group by all having count(*) > 1"


def related_sql(table: str, column: str, parent: str, key: str) -> str:
    return (
        f"select c.{column} from {table} as c where c.{column} is not null "
        f"and not exists (select 1 from {parent} as p where p.{key} = c.{column})"
    )


def key_checks() -> list[tuple[str, str]]:
    """(name, query for offending rows): each must return no row."""
    checks = [(f"unique {table}({key})", unique_sql(table, key)) for table, key in KEYS.items()]
    checks += [(f"{t}.{c} references {p}({k})", related_sql(t, c, p, k)) for t, c, p, k in REFERENCES]
    return checks


def check_keys(con: duckdb.DuckDBPyConnection) -> None:
    """Raise duckdb.ConstraintException naming every failed check and a few offending rows."""
    failures = []
    for name, sql in key_checks():
        rows = con.execute(f"select * from ({sql}) limit 3").fetchall()
        if rows:
            failures.append(f"{name}: {rows}")
    if failures:
        raise duckdb.ConstraintException("warehouse checks failed: " + "; ".join(failures))
