"""Keys and references of the warehouse (warehouse/schema/contract.toml), checked in SQL on every new warehouse
before it is published.

The tables declare no PRIMARY KEY or REFERENCES: DuckDB maintains those as indexes on every insert, which
cost a third of an ingest's load time and 40 % of the file. The same guarantees are checked here once per
run, set-based; a failed check is fatal (nothing is published). The tests run the same checks.
"""

from __future__ import annotations

import duckdb

from etl.load.schema import contract

def unique_sql(table: str, key: str) -> str:
    return f"select {key}, count(*) as n from {table} group by all having count(*) > 1"


def related_sql(table: str, column: str, parent: str, key: str) -> str:
    return (
        f"select c.{column} from {table} as c where c.{column} is not null "
        f"and not exists (select 1 from {parent} as p where p.{key} = c.{column})"
    )


def key_checks() -> list[tuple[str, str]]:
    """(name, query for offending rows): each must return no row."""
    keys, references = contract()
    checks = [(f"unique {table}({', '.join(key)})", unique_sql(table, ", ".join(key))) for table, key in keys.items()]
    checks += [(f"{t}.{c} references {p}({k})", related_sql(t, c, p, k)) for t, c, p, k in references]
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
