"""The serving copy: what the dashboard may show is decided here, when the warehouse is published.

Beside the full warehouse FILE (the owner's: `python -m etl sql`), publish writes its serving copy
(facts.duckdb → facts.serving.duckdb), the only file the dashboard opens. It holds the same tables and views,
built anew from the full warehouse on every publish, with every private identifier (etl/context/redact.py) masked
in every text a reader can see: document text, sentences, titles, metric labels, JSON Lines metadata, file names,
reject details. Masks keep lengths, so every offset holds. Ids and hashes are derived from redacted text already
(etl/context/reader.make_document, etl/load/rows.fact_id), and the copy is written row by row into a new file, so
its column statistics are those of the redacted data. `warehouse_info` says which copy a file is.

Documents without a private identifier are copied inside DuckDB; the others are read back, redacted in Python and
inserted. A warehouse that holds nothing private at all is its own serving copy (the file is copied).
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import duckdb

from etl.context.layout import LAYOUT_BREAK, repaired_span
from etl.context.redact import is_private, private_spans, redact
from etl.figures import Identifier
from etl.load.batches import insert_rows
from etl.load.checks import check_keys
from etl.load.rows import COLUMNS, DIMENSION_TABLES, DOCUMENT_TABLES

SERVING_SUFFIX = ".serving"
INFO_KEY = "copy"  # warehouse_info: key "copy" is "full" or "serving"
# Text columns a reader sees that hold whatever the input held (documents.text and sentences.text are redacted
# by span instead, see _redacted_rows).
FREE_TEXT: dict[str, tuple[str, ...]] = {
    "documents": ("doc_name", "source_path", "title", "region_hint", "source", "url"),
    "articles": ("title",),
    "figures": ("mention", "metric"),
    "rejects": ("source_path", "detail"),
}
_CHUNK = 500  # affected documents read back at a time
_FOLDERS = r"^.*[/\\]"  # everything up to the last slash of a path
_FOLDERS_INSIDE = r"(?:[A-Za-z]:)?[/\\](?:[^/\\\s]+[/\\])+"  # the folders of an absolute path inside a text


def serving_path(db: Path | str) -> Path:
    """facts.duckdb → facts.serving.duckdb (the dashboard finds it by the same rule; see dashboard/db.py)."""
    db = Path(db)
    return db.with_name(f"{db.stem}{SERVING_SUFFIX}{db.suffix}")


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def private_content(con: duckdb.DuckDBPyConnection) -> dict[str, set[str]] | None:
    """What the warehouse open on ``con`` holds that readers may not see: doc_id → its private identifiers (as
    written), for every document holding one in its text or metadata; None when nothing at all is private (no such
    document, no reject naming a private identifier) — then the serving copy is the full file itself."""
    (full,) = con.execute("select current_database()").fetchone()
    secrets = _document_secrets(con, _quoted(full))
    columns = ", ".join(FREE_TEXT["rejects"])
    rejects = con.execute(f"select {columns} from {_quoted(full)}.rejects").fetchall()
    if not secrets and not any(private_spans(value or "") for row in rejects for value in row):
        return None
    return secrets


def copy_serving(full: Path, target: Path) -> None:
    """The serving copy of a warehouse that holds nothing private (``private_content`` is None): the file itself,
    marked as the serving copy, without the folders of its source paths."""
    shutil.copyfile(full, target)
    with duckdb.connect(str(target)) as con:
        con.execute("update warehouse_info set value = 'serving' where key = ?", [INFO_KEY])
        _without_folders(con)
        con.execute("checkpoint")


def _without_folders(con: duckdb.DuckDBPyConnection) -> None:
    """Source paths as file names (report.txt, corpus.jsonl:12), and no folder in a reject's detail: where the
    owner keeps the files is none of a reader's business (/home/…/身份证…/)."""
    con.execute(f"update documents set source_path = regexp_replace(source_path, '{_FOLDERS}', '')")
    con.execute(f"update rejects set source_path = regexp_replace(source_path, '{_FOLDERS}', ''), "
                f"detail = regexp_replace(detail, '{_FOLDERS_INSIDE}', '', 'g')")


def write_serving(con: duckdb.DuckDBPyConnection, target: Path, apply_schema: Callable[[duckdb.DuckDBPyConnection], None],
                  secrets: dict[str, set[str]]) -> None:
    """Build the serving copy of the warehouse open on ``con`` (its default database) in the new file ``target``:
    the documents in ``secrets`` (private_content) redacted, the others copied inside DuckDB."""
    (full,) = con.execute("select current_database()").fetchone()
    con.execute("attach ? as serving", [str(target)])
    con.execute("use serving")
    try:
        apply_schema(con)
        for table in DIMENSION_TABLES:
            con.execute(f"insert into {table} select * from {_quoted(full)}.{table}")
        con.execute("create temp table affected as select unnest(?::varchar[]) as doc_id", [list(secrets)])
        for table in DOCUMENT_TABLES:
            columns = ", ".join(COLUMNS[table])
            con.execute(f"insert into {table} ({columns}) select {columns} from {_quoted(full)}.{table} "
                        "where doc_id not in (select doc_id from temp.affected)")
        _copy_affected(con, _quoted(full), secrets)
        _copy_rejects(con, _quoted(full))
        _without_folders(con)
        con.execute("insert into warehouse_info values (?, 'serving')", [INFO_KEY])
        con.execute("drop table temp.affected")
        check_keys(con)
    finally:
        con.execute(f"use {_quoted(full)}")
    con.execute("checkpoint serving")
    con.execute("detach serving")


def _document_secrets(con: duckdb.DuckDBPyConnection, full: str) -> dict[str, set[str]]:
    """doc_id → the private identifiers (as written) of every document that holds one in its text or metadata."""
    found: dict[str, set[str]] = defaultdict(set)
    rows = con.execute(
        f"""select i.doc_id, i.kind, i.char_start, i.char_end,
            substr(d.text, i.char_start + 1, i.char_end - i.char_start)
        from {full}.identifiers as i join {full}.documents as d on d.doc_id = i.doc_id"""
    ).fetchall()
    for doc_id, kind, start, end, text in rows:
        if is_private(Identifier(kind, text, start, end)):
            found[doc_id].update({text, LAYOUT_BREAK.sub("", text)})
    columns = FREE_TEXT["documents"]
    for doc_id, *values in con.execute(f"select doc_id, {', '.join(columns)} from {full}.documents").fetchall():
        for value in values:
            for start, end in private_spans(value or ""):
                found[doc_id].add(value[start:end])
    return dict(found)


def _copy_affected(con: duckdb.DuckDBPyConnection, full: str, secrets: dict) -> None:
    doc_ids = sorted(secrets)
    for i in range(0, len(doc_ids), _CHUNK):
        chunk = doc_ids[i : i + _CHUNK]
        tables = {
            table: [tuple(map(_row_value, row)) for row in con.execute(
                f"select {', '.join(COLUMNS[table])} from {full}.{table} where doc_id in (select unnest(?::varchar[]))",
                [chunk],
            ).fetchall()]
            for table in DOCUMENT_TABLES
        }
        for table, rows in _redacted_rows(tables, secrets).items():
            insert_rows(con, table, rows)


def _row_value(value: object) -> object:
    """A value read back from DuckDB as the loader writes it (str, int or None: decimals and dates as text)."""
    if value is None or isinstance(value, (str, int)):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"unexpected {type(value).__name__} in a warehouse row")


def _redacted_rows(tables: dict[str, list[tuple]], secrets: dict) -> dict[str, list[tuple]]:
    """The rows of some documents as readers may see them."""
    texts: dict[str, tuple[str, str]] = {}  # doc_id → (stored text, redacted text)
    out: dict[str, list[tuple]] = {}
    text_at = COLUMNS["documents"].index("text")
    for row in tables["documents"]:
        raw = row[text_at]
        texts[row[0]] = (raw, redact(raw, secrets[row[0]]))
    for table in DOCUMENT_TABLES:
        columns = COLUMNS[table]
        free = [columns.index(c) for c in FREE_TEXT.get(table, ())]
        doc_at = columns.index("doc_id")
        rows = []
        for row in tables[table]:
            values = list(row)
            for i in free:
                values[i] = redact(values[i], secrets[row[doc_at]])
            if table == "documents":
                values[text_at] = texts[row[doc_at]][1]
            elif table == "sentences":
                values[columns.index("text")] = _sentence_text(texts[row[doc_at]], row, columns)
            rows.append(tuple(values))
        out[table] = rows
    return out


def _sentence_text(texts: tuple[str, str], row: tuple, columns: tuple[str, ...]) -> str:
    """A sentence's text read from the redacted document text, when redaction changed its span."""
    raw, redacted = texts
    start, end = row[columns.index("char_start")], row[columns.index("char_end")]
    if raw[start:end] == redacted[start:end]:
        return row[columns.index("text")]
    return repaired_span(redacted, start, end)


def _copy_rejects(con: duckdb.DuckDBPyConnection, full: str) -> None:
    columns = COLUMNS["rejects"]
    free = [columns.index(c) for c in FREE_TEXT["rejects"]]
    rows = con.execute(f"select {', '.join(columns)} from {full}.rejects").fetchall()
    insert_rows(con, "rejects", [tuple(redact(v) if i in free else v for i, v in enumerate(row)) for row in rows])
