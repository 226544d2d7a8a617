"""The ingest through Spark against the local ingest, side by side in one run (not a test).

    python bench/bench_spark.py                # the corpus ×20 (40 JSONL files): local --workers 1 and 2,
                                               #   --engine spark on local[1] and local[2], each then published
    python bench/bench_spark.py --copies 2     # a quick look
    python bench/bench_spark.py --phases-only  # only where a local[1] run's time goes

Every run is a child process measured like bench_ingest.py (wall time, peak memory of the process tree); the
one-core runs (--workers 1 and local[1]) are pinned to one CPU, the JVM's threads and Python workers included.
A Spark run writes a lake; `python -m etl publish` then loads it into a warehouse (timed apart), and its facts
are compared with the local ingest's. Then one local[1] run in this process times its phases: JVM start,
Python worker start, the analysis alone (document_rows in a plain loop), Spark's analysis stage, the Parquet
writes, the journal, the publish. The load average is printed before and after each run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from bench_ingest import CORPUS, ROOT, run_measured, warehouse_counts  # this folder is on sys.path

PY = sys.executable


@dataclass(frozen=True)
class Run:
    name: str
    seconds: float
    publish_seconds: float | None
    chars: int
    figures: int
    peak_tree_mb: float
    facts_digest: str
    load: tuple[float, float]  # 1-minute load average before and after


def write_copies(copies: int, folder: Path) -> list[Path]:
    """The corpus `copies` times, one file per copy of each corpus file, ids made distinct."""
    files = []
    for copy in range(copies):
        for source in sorted(CORPUS.glob("*.jsonl")):
            out = folder / f"copy{copy:02d}" / source.name
            out.parent.mkdir(parents=True, exist_ok=True)
            with source.open(encoding="utf-8") as lines, out.open("w", encoding="utf-8") as f:
                for line in lines:
                    record = json.loads(line)
                    record["id"] = f"{record['id']}#{copy}"
                    f.write(json.dumps(record, ensure_ascii=False) + "\n")
            files.append(out)
    return files


def facts_digest(db: Path) -> str:
    """One hash of every fact's id, value, unit, region, metric and period: equal digests, equal facts."""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("select fact_id, value, unit, region_code, metric, period from facts order by fact_id").fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:12]


def one_cpu() -> set[int]:
    return {min(os.sched_getaffinity(0))}


def load1() -> float:
    return os.getloadavg()[0]


def local_run(inputs: Path, workers: int, work: Path) -> Run:
    db = work / f"local-w{workers}.duckdb"
    before = load1()
    seconds, tree_mb, _ = run_measured([PY, "-m", "etl", "ingest", str(inputs), "--db", str(db), "--workers",
                                        str(workers)], one_cpu() if workers == 1 else None)
    _, chars, figures = warehouse_counts(db)
    return Run(f"local --workers {workers}", seconds, None, chars, figures, tree_mb, facts_digest(db), (before, load1()))


def spark_run(inputs: Path, cores: int, work: Path) -> Run:
    lake, db = work / f"lake-{cores}", work / f"lake-{cores}.duckdb"
    before = load1()
    seconds, tree_mb, _ = run_measured([PY, "-m", "etl", "ingest", str(inputs), "--engine", "spark", "--lake", str(lake),
                                        "--master", f"local[{cores}]"], one_cpu() if cores == 1 else None)
    publish_seconds, _, _ = run_measured([PY, "-m", "etl", "publish", str(lake), "--db", str(db)])
    _, chars, figures = warehouse_counts(db)
    name = f"spark local[{cores}]"
    return Run(name, seconds, publish_seconds, chars, figures, tree_mb, facts_digest(db), (before, load1()))


def lake_mb(lake: Path) -> dict[str, float]:
    return {table.name: sum(f.stat().st_size for f in table.rglob("*.parquet")) / 1e6
            for table in sorted(lake.iterdir()) if table.is_dir() and not table.name.startswith("_")}


# ---- where a local[1] run's time goes (in this process) -------------------------------------------------------

@contextmanager
def timed(phases: dict[str, float], name: str):
    started = time.perf_counter()
    yield
    phases[name] = phases.get(name, 0.0) + time.perf_counter() - started


def wrap(module, name: str, phases: dict[str, float], label: str) -> None:
    real = getattr(module, name)

    def timed_call(*args, **kwargs):
        with timed(phases, label):
            return real(*args, **kwargs)

    setattr(module, name, timed_call)


def warm_up_worker(_):
    from etl.context.reader import make_document
    from etl.load.work import document_rows

    return len(document_rows(make_document("2025年北京市新增就业26.1万人。", "warm", "warm.txt")).tables["figures"])


def phases(inputs: Path, work: Path) -> dict[str, float]:
    """Seconds per phase of one local[1] ingest, this process pinned to one CPU."""
    os.sched_setaffinity(0, one_cpu())
    from etl.commands.publish_cmd import publish_lake
    from etl.context.model import Document
    from etl.context.reader import read_path
    from etl.load import lake as lake_module
    from etl.load import spark as driver
    from etl.load.work import document_rows

    out: dict[str, float] = {}
    with timed(out, "JVM start (SparkSession)"):
        spark = driver.session("local[1]")
    spark.sparkContext.setLogLevel("ERROR")
    job = spark.sparkContext.parallelize([0], 1)
    with timed(out, "first job: Python worker start, imports, lexicons"):
        job.map(warm_up_worker).collect()
    with timed(out, "a second, warm job (a job's fixed cost)"):
        job.map(warm_up_worker).collect()
    documents = [d for d in read_path([inputs]) if isinstance(d, Document)]
    warm_up_worker(0)  # the lexicons of this process, as the worker's above
    with timed(out, "analysis alone (document_rows in a loop, no Spark)"):
        rows = [document_rows(d) for d in documents]
    with timed(out, "pickle dumps+loads of the documents and their rows"):
        pickle.loads(pickle.dumps(documents, protocol=5))
        pickle.loads(pickle.dumps([r.tables for r in rows], protocol=5))
    del documents, rows
    wrap(driver, "counts", out, "Spark: read, shuffle, analyse, rows to the JVM, persist")
    wrap(driver, "stage", out, "Spark: Parquet writes of the six tables")
    wrap(lake_module, "commit", out, "journal: commit")
    wrap(lake_module, "apply", out, "journal: move partitions into place")
    lake = work / "lake-phases"
    with timed(out, "ingest_lake in all"):
        driver.ingest_lake(spark, [str(inputs)], str(lake))
    spark.stop()
    with timed(out, "publish (lake → DuckDB warehouse)"):
        publish_lake(str(lake), str(work / "phases.duckdb"))
    return out


# ---- report -----------------------------------------------------------------------------------------------------

def report(runs: list[Run]) -> str:
    base = runs[0]
    lines = ["| run | seconds | chars/s | vs local --workers 1 | + publish s | figures | peak tree MB | same facts | load before→after |",
             "|---|---:|---:|---:|---:|---:|---:|---|---|"]
    for r in runs:
        publish = "–" if r.publish_seconds is None else f"{r.publish_seconds:.1f}"
        lines.append(f"| {r.name} | {r.seconds:.1f} | {r.chars / r.seconds:,.0f} | {base.seconds / r.seconds:.2f}× | "
                     f"{publish} | {r.figures:,} | {r.peak_tree_mb:.0f} | {'yes' if r.facts_digest == base.facts_digest else 'NO'} | "
                     f"{r.load[0]:.1f}→{r.load[1]:.1f} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=20, help="times the corpus is repeated (default 20)")
    parser.add_argument("--phases-only", action="store_true", help="only the in-process local[1] phase timing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-spark-") as tmp:
        work = Path(tmp)
        inputs = work / "in"
        files = write_copies(args.copies, inputs)
        size = sum(f.stat().st_size for f in files)
        print(f"input: the corpus ×{args.copies}, {len(files)} files, {size / 1e6:.1f} MB; "
              f"{os.cpu_count()} CPUs, load average {os.getloadavg()}", flush=True)
        if not args.phases_only:
            runs = []
            for run in (lambda: local_run(inputs, 1, work), lambda: local_run(inputs, 2, work),
                        lambda: spark_run(inputs, 1, work), lambda: spark_run(inputs, 2, work)):
                runs.append(run())
                print(f"  {runs[-1].name}: {runs[-1].seconds:.1f} s", flush=True)
            print(report(runs))
            print("\nlake size (MB, zstd Parquet):", lake_mb(work / "lake-2"), f"input {size / 1e6:.1f} MB")
        # in a child, so that this process's imports and memory do not weigh on the runs above
        out = subprocess.run([PY, __file__, "--phases-in", str(inputs), str(work)], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout
        print("\nwhere a local[1] run's time goes (one CPU):\n\n| phase | seconds |\n|---|---:|")
        for name, seconds in json.loads(out.strip().splitlines()[-1]).items():
            print(f"| {name} | {seconds:.1f} |")
        print(f"\nload average at the end: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--phases-in":
        print(json.dumps(phases(Path(sys.argv[2]), Path(sys.argv[3]))))
        raise SystemExit(0)
    raise SystemExit(main())
