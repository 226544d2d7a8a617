"""`python -m etl sql "SELECT …"`: query the warehouse (opened read-only) and print a table or CSV."""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

import duckdb

from etl.commands import add_db_argument, require_warehouse

NAME = "sql"
HELP = "Run a SQL query on the warehouse (read-only) and print the result as an aligned table or CSV."
EXAMPLE = (
    "python -m etl sql \"select topic, facts from facts_by_topic order by facts desc\"\n"
    "  python -m etl sql --file warehouse/queries/top_metrics.sql --csv"
)
NULL_TEXT = "null"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", nargs="?", help="SQL text (or use --file)")
    parser.add_argument("--file", type=Path, help="read the SQL from this file")
    add_db_argument(parser)
    parser.add_argument("--csv", action="store_true", help="print CSV instead of an aligned table")
    parser.add_argument("--max-width", type=int, default=60, help="cut table cells to this many columns (0: never)")


def cell_text(value: object) -> str:
    """A value as text: decimals exact without trailing zeros (2236000.0000000000 → 2236000)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(value)


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, width: int) -> str:
    """Cut text to `width` display columns, marking the cut with …; 0 keeps it whole."""
    text = text.replace("\n", " ")
    if width <= 0 or display_width(text) <= width:
        return text
    out, used = [], 1
    for ch in text:
        used += display_width(ch)
        if used > width:
            break
        out.append(ch)
    return "".join(out) + "…"


def pad(text: str, width: int, right: bool) -> str:
    gap = " " * (width - display_width(text))
    return gap + text if right else text + gap


def format_table(columns: list[str], rows: list[tuple], max_width: int) -> str:
    """Plain aligned text: header, rule, rows; numbers right-aligned; CJK counted as two columns."""
    cells = [[clip(NULL_TEXT if v is None else cell_text(v), max_width) for v in row] for row in rows]
    widths = [max([display_width(c)] + [display_width(r[i]) for r in cells]) for i, c in enumerate(columns)]
    numeric = [bool(rows) and all(isinstance(r[i], (int, float, Decimal)) or r[i] is None for r in rows)
               for i in range(len(columns))]
    lines = ["  ".join(pad(c, w, n) for c, w, n in zip(columns, widths, numeric)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(pad(c, w, n) for c, w, n in zip(row, widths, numeric)).rstrip() for row in cells]
    return "\n".join(lines) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})"


def write_csv(columns: list[str], rows: list[tuple], out) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([cell_text(v) for v in row] for row in rows)


# The query reads the warehouse only: no files written or read (COPY … TO, EXPORT DATABASE, read_csv), no other database
# attached, no extension loaded — and the query cannot set these back.
QUERY_CONFIG = {"enable_external_access": False, "lock_configuration": True}


def query_text(args: argparse.Namespace) -> str:
    if args.query is not None and args.file is not None:
        raise ValueError("give a query or --file, not both")
    if args.query is None and args.file is None:
        raise ValueError("give a query or --file")
    sql = args.file.read_text(encoding="utf-8") if args.file else args.query
    if not _has_statement(sql):
        raise ValueError(f"{args.file or 'the query'} holds no SQL statement")
    return sql


def _has_statement(sql: str) -> bool:
    """Is there anything but blanks and comments (-- …, /* … */)?"""
    text = re.sub(r"/\*.*?\*/", " ", sql, flags=re.S)
    text = re.sub(r"--[^\n]*", " ", text)
    return bool(text.strip(" \t\r\n;"))


def run(args: argparse.Namespace) -> int:
    try:
        sql = query_text(args)
        db = require_warehouse(args.db)
        with duckdb.connect(str(db), read_only=True, config=QUERY_CONFIG) as con:
            result = con.execute(sql)
            columns = [d[0] for d in result.description] if result is not None and result.description else []
            rows = result.fetchall() if columns else []
    except (duckdb.Error, OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if args.csv:
        write_csv(columns, rows, sys.stdout)
    elif columns:
        print(format_table(columns, rows, args.max_width))
    return 0
