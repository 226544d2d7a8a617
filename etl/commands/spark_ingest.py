"""`python -m etl ingest PATH... --engine spark --lake DIR`: the ingest as a Spark job writing a Parquet lake
(etl/load/spark.py); `python -m etl publish DIR` then loads the lake into the warehouse. Options and run() for
ingest_cmd, which hands over to run() when --engine spark is given."""

from __future__ import annotations

import argparse
import sys

ENGINES = ("local", "spark")
NAMED_REJECTS = 100  # rejected inputs named on stderr; all of them are in the lake's rejects


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--engine", choices=ENGINES, default="local",
        help="local: analyse here and publish --db (default); spark: analyse on a Spark cluster and write the "
             "Parquet lake --lake, e.g. `--engine spark --lake lake/`, then `python -m etl publish lake/`",
    )
    parser.add_argument("--lake", metavar="DIR", help="with --engine spark: the lake folder or URI (hdfs://, s3a://)")
    parser.add_argument("--master", metavar="URL",
                        help="with --engine spark: Spark master (default local[*]; under spark-submit, its --master)")


def check(args: argparse.Namespace) -> str | None:
    """What is wrong with the engine options, or None."""
    if args.engine == "spark" and not args.lake:
        return "--engine spark needs --lake DIR"
    if args.engine != "spark" and (args.lake or args.master):
        return "--lake and --master go with --engine spark"
    return None


def summary(stats, lake: str) -> str:
    parts = {
        "input files": stats.files, "documents": stats.documents, "figures": stats.figures,
        "identifiers": stats.identifiers, "rejected inputs": stats.input_rejects, "warnings": stats.warnings,
        "rejected figures": stats.span_rejects,
    }
    done = ", ".join(f"{value} {name}" for name, value in parts.items())
    return f"wrote lake {lake}: {done}; publish it with `python -m etl publish {lake}`"


def run(args: argparse.Namespace) -> int:
    try:
        from py4j.protocol import Py4JError
        from pyspark.errors import PySparkException
        from pyspark.sql import SparkSession
    except ImportError:
        print("error: --engine spark needs PySpark: pip install -e '.[spark]' (and Java 17)", file=sys.stderr)
        return 1
    from etl.commands.ingest_cmd import reject_line
    from etl.load.lake import LakeError
    from etl.load.spark import ingest_lake, session

    active = SparkSession.getActiveSession()  # a caller's session (a notebook, the tests) is used, not stopped
    spark = None
    try:
        spark = active or session(args.master)
        stats = ingest_lake(spark, args.paths, args.lake, on_reject=lambda r: print(reject_line(r), file=sys.stderr),
                            max_named_rejects=NAMED_REJECTS, max_doc_chars=args.max_doc_chars)
    except (LakeError, OSError, PySparkException, Py4JError) as error:
        message = (str(error).strip() or type(error).__name__).splitlines()[0]
        hint = " (is Java 17 or later installed?)" if "JAVA_GATEWAY" in message else ""
        print(f"error: {message}{hint}; the lake {args.lake} is unchanged", file=sys.stderr)
        return 1
    finally:
        if spark is not None and active is None:
            spark.stop()
    if stats.input_rejects > NAMED_REJECTS:
        print(f"… and {stats.input_rejects - NAMED_REJECTS} more rejected inputs: see {args.lake}/rejects", file=sys.stderr)
    print(summary(stats, args.lake), file=sys.stderr)
    return 2 if stats.input_rejects or stats.warnings else 0
