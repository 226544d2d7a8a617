"""End-to-end ingest speed and peak memory (not a test).

    python bench/bench_ingest.py                  # /work/shared/corpus, --workers 1 and 2: chars/s
    python bench/bench_ingest.py --repeat 5       # five runs each, interleaved: best and median
    python bench/bench_ingest.py --big 500        # the corpus repeated to ~500 MB (distinct ids), --workers 2:
                                                  #   chars/s and peak memory (goal < 2 GB); run it once
    python bench/bench_ingest.py --loader-only    # a stand-in analysis (every number a figure): the loader alone

Each run is `python -m etl ingest` in a child process; a sampler adds up the resident memory of the child and
its workers every 0.2 s (peak tree RSS), and wait4 gives the largest single process (peak process RSS).
A run with one worker is pinned to one CPU (sched_setaffinity), DuckDB's threads included: "one core" means
one core. Runs of different worker counts are interleaved, so a busy moment of the shared machine hits both.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import duckdb

from bench_extract import default_corpus  # this folder is on sys.path when a bench runs

ROOT = Path(__file__).resolve().parent.parent
CORPUS = default_corpus()  # $CNFACTS_SHARED/corpus, else ../shared/corpus
SAMPLE_SECONDS = 0.2
NUMBER = re.compile(r"\d+(?:\.\d+)?%?")
SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")


@dataclass(frozen=True)
class Result:
    name: str
    workers: int
    documents: int
    chars: int
    figures: int
    seconds: float
    peak_tree_mb: float
    peak_process_mb: float


# ---- memory of a process tree -------------------------------------------------------------------------

def parents() -> dict[int, int]:
    out = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:  # the process ended while we looked
                continue
            out[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    return out


def rss_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:  # ended while we looked
        return 0
    match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.M)
    return int(match.group(1)) if match else 0


def tree_rss_kb(root: int) -> int:
    ppid = parents()
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        kids = [pid for pid, pp in ppid.items() if pp == parent and pid not in tree]
        tree.update(kids)
        frontier.extend(kids)
    return sum(rss_kb(pid) for pid in tree)


def run_measured(argv: list[str], cpus: set[int] | None = None) -> tuple[float, float, float]:
    """Run a command (on ``cpus`` only, if given); (seconds, peak tree RSS MB, peak single-process RSS MB)."""
    pin = (lambda: os.sched_setaffinity(0, cpus)) if cpus else None
    started = time.perf_counter()
    child = subprocess.Popen(argv, cwd=ROOT, stderr=subprocess.PIPE, text=True, preexec_fn=pin)
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.wait(SAMPLE_SECONDS):
            peak[0] = max(peak[0], tree_rss_kb(child.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    err = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 2):
        raise SystemExit(f"{' '.join(argv)} exited {child.returncode}:\n{err}")
    return seconds, peak[0] / 1024, usage.ru_maxrss / 1024


def warehouse_counts(db: Path) -> tuple[int, int, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        docs, chars = con.execute("select count(*), sum(length(text)) from documents").fetchone()
        (figures,) = con.execute("select count(*) from figures").fetchone()
    return docs, int(chars or 0), figures


def bench(name: str, inputs: list[Path], workers: int, work: Path, loader_only: bool) -> Result:
    db = work / f"{name}-w{workers}.duckdb"
    program = [__file__, "--stand-in"] if loader_only else ["-m", "etl", "ingest"]
    argv = [sys.executable, *program, *map(str, inputs), "--db", str(db), "--workers", str(workers)]
    one_cpu = {min(os.sched_getaffinity(0))} if workers == 1 else None
    seconds, tree_mb, process_mb = run_measured(argv, one_cpu)
    docs, chars, figures = warehouse_counts(db)
    db.unlink()
    return Result(name, workers, docs, chars, figures, seconds, tree_mb, process_mb)


# ---- the ~500 MB corpus -------------------------------------------------------------------------------

def write_big_corpus(target_mb: int, folder: Path) -> Path:
    """The corpus lines repeated (ids made distinct) until the file holds about target_mb megabytes."""
    lines = [line for path in sorted(CORPUS.glob("*.jsonl")) for line in path.read_text(encoding="utf-8").splitlines()]
    if not lines:  # (else the loop below never ends)
        raise SystemExit(f"error: no JSON Lines corpus under {CORPUS} (set CNFACTS_SHARED to the shared folder)")
    out = folder / "big.jsonl"
    written, copy = 0, 0
    with out.open("w", encoding="utf-8") as f:
        while written < target_mb * 1_000_000:
            for line in lines:
                record = json.loads(line)
                record["id"] = f"{record['id']}#{copy}"
                text = json.dumps(record, ensure_ascii=False) + "\n"
                f.write(text)
                written += len(text.encode("utf-8"))
            copy += 1
    return out


# ---- stand-in analysis: every number a figure (measures the loader, not the engine) --------------------

def stand_in_analyse(doc):
    from etl.context.model import Analysis, Article, AttributedFact, Layout, Paragraph, Sentence
    from etl.figures.model import Fact

    spans = [(m.start(), m.end()) for m in SENTENCE.finditer(doc.text)]
    sentences = tuple(Sentence(i, 0, 0, s, e, doc.text[s:e]) for i, (s, e) in enumerate(spans))
    facts = []
    for sentence in sentences:
        for m in NUMBER.finditer(doc.text, sentence.char_start, sentence.char_end):
            value = Decimal(m.group().rstrip("%"))
            fact = Fact(m.group(), m.start(), m.end(), value, None, "%" if m.group().endswith("%") else "个",
                        "count", None, "level", None, None, "stand_in")
            facts.append(AttributedFact(fact, sentence.index, "数", "000000", "national", None, None, "other"))
    layout = Layout((Article(0, None, 0, len(doc.text), "article"),),
                    (Paragraph(0, 0, 0, len(doc.text), doc.text, None),), sentences)
    return Analysis(doc, layout, tuple(facts), ())


@dataclass(frozen=True)
class StandInTopic:
    slug: str
    name: str
    description: str | None


def run_stand_in(args: argparse.Namespace) -> int:
    from etl import PARSER_VERSION
    from etl.context.reader import read_path
    from etl.context.regions import regions
    from etl.load import analysed, publish

    items = analysed(read_path(args.paths), stand_in_analyse, args.workers)
    publish(args.db, items, regions().values(), [StandInTopic("other", "其他", None)], parser_version=PARSER_VERSION)
    return 0


# ---- report -------------------------------------------------------------------------------------------

def table(results: list[Result]) -> str:
    head = f"{'run':<14}{'workers':>8}{'docs':>8}{'chars':>13}{'figures':>10}{'seconds':>9}{'chars/s':>11}" \
           f"{'tree MB':>9}{'proc MB':>9}"
    lines = [head, "-" * len(head)]
    for r in results:
        lines.append(f"{r.name:<14}{r.workers:>8}{r.documents:>8}{r.chars:>13,}{r.figures:>10,}{r.seconds:>9.1f}"
                     f"{r.chars / r.seconds:>11,.0f}{r.peak_tree_mb:>9.0f}{r.peak_process_mb:>9.0f}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--big", type=int, metavar="MB", help="repeat the corpus to about MB megabytes")
    parser.add_argument("--loader-only", action="store_true", help="stand-in analysis: measure the loader alone")
    parser.add_argument("--workers", type=int, nargs="+", help="worker counts (default 1 2; --big: 2)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per worker count (best counts; default 1)")
    parser.add_argument("--stand-in", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stand_in:
        args.workers = args.workers[0]
        return run_stand_in(args)
    name = ("stand-in " if args.loader_only else "") + (f"{args.big} MB" if args.big else "corpus")
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        work = Path(tmp)
        inputs = [write_big_corpus(args.big, work)] if args.big else [CORPUS]
        workers = args.workers or ([2] if args.big else [1, 2])
        runs = [bench(name, inputs, n, work, args.loader_only) for _ in range(args.repeat) for n in workers]
    results = [summarise([r for r in runs if r.workers == n]) for n in workers]
    print(table(results))
    print(f"analysis: {compiled_modules()}")
    if args.repeat > 1:
        print(f"\nbest of {args.repeat} runs (seconds and chars/s); median seconds: "
              + ", ".join(f"{n} worker(s) {statistics.median(r.seconds for r in runs if r.workers == n):.2f}"
                          for n in workers))
    return 0


def compiled_modules() -> str:
    """What `python -m etl.accel` says the ingest ran: the compiled build of `make accel`, or the sources."""
    said = subprocess.run([sys.executable, "-m", "etl.accel"], cwd=ROOT, capture_output=True, text=True).stdout
    lines = said.splitlines()
    compiled = sum(line.endswith(": compiled") for line in lines)
    return f"{compiled} of {len(lines)} modules compiled (make accel)" if compiled else \
        f"the Python sources ({said.strip() or 'etl.accel said nothing'})"


def summarise(runs: list[Result]) -> Result:
    """The fastest run, with the highest memory peaks seen over all runs."""
    best = min(runs, key=lambda r: r.seconds)
    return replace(best, peak_tree_mb=max(r.peak_tree_mb for r in runs),
                   peak_process_mb=max(r.peak_process_mb for r in runs))


if __name__ == "__main__":
    raise SystemExit(main())
