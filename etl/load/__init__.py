"""The warehouse loader: the only writer of DuckDB files.

    stats = publish(db_path, analysed(read_path(paths), document_rows, workers), regions, topics,  # etl.load.work
                    parser_version=PARSER_VERSION)

publish also takes Analysis objects (it turns them into rows itself) and Rejects.
"""

from etl.load.parallel import analysed, analyse_or_reject
from etl.load.publish import LoadStats, publish, remove_stale_tmp
from etl.load.rows import COLUMNS, fact_id
from etl.load.schema import DEFAULT_DB, SCHEMA_DIR, apply_schema, schema_files

__all__ = [
    "COLUMNS",
    "DEFAULT_DB",
    "SCHEMA_DIR",
    "LoadStats",
    "analyse_or_reject",
    "analysed",
    "apply_schema",
    "fact_id",
    "publish",
    "remove_stale_tmp",
    "schema_files",
]
