"""The warehouse schema: plain SQL files under warehouse/schema, applied in file-name order."""

from __future__ import annotations

from pathlib import Path

import duckdb

DEFAULT_DB = "warehouse/facts.duckdb"  # relative to the working directory; commands also read $FACTS_DB
SCHEMA_DIR = Path(__file__).resolve().parents[2] / "warehouse" / "schema"


def schema_files(schema_dir: Path = SCHEMA_DIR) -> list[Path]:
    files = sorted(Path(schema_dir).glob("*.sql"))
    if not files:
        raise FileNotFoundError(f"no schema files (*.sql) in {schema_dir}")
    return files


def apply_schema(con: duckdb.DuckDBPyConnection, schema_dir: Path = SCHEMA_DIR) -> None:
    """Run every schema file in name order; a bad file raises duckdb.Error naming the file."""
    for path in schema_files(schema_dir):
        try:
            con.execute(path.read_text(encoding="utf-8"))
        except duckdb.Error as error:
            raise type(error)(f"{path.name}: {error}") from error
