"""The compiled analysis (`make accel`, etl/accel) against its sources (not a test): the same rows, and the speed of each.
    python bench/bench_accel.py               # the corpus, three runs of each side, alternating
    python bench/bench_accel.py --repeat 5
Each run is a child process that turns every document of the corpus into its warehouse rows (etl/load/work.py) and
reports the CPU time of that and one hash over every row and reject (a difference says the
sides differ, not where: compare their warehouses for that); the sources' runs have CNFACTS_ACCEL=0. The rows of both sides
must be identical (else it exits 1). The speed of a whole ingest with the build is `bench_ingest.py`'s.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bench_extract import default_corpus  # this folder is on sys.path when a bench runs

ROOT = Path(__file__).resolve().parent.parent


def child(corpus: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    from importlib.machinery import ExtensionFileLoader

    from etl import accel
    from etl.context.model import Document
    from etl.context.reader import read_path
    from etl.load.parallel import analyse_or_reject
    from etl.load.work import document_rows

    items = list(read_path([corpus]))  # documents and the rejects of reading (the reader is compiled too)
    docs = [d for d in items if isinstance(d, Document)]
    document_rows(docs[0])  # (lexicons loaded before the clock starts)
    started = time.process_time()
    out = [analyse_or_reject(document_rows, item) for item in items]  # as ingest does: an error is a reject row
    seconds = time.process_time() - started
    rows = hashlib.sha256()
    for r in out:
        rows.update(repr((r.doc_id, sorted(r.tables.items())) if hasattr(r, "tables") else r).encode())
    loaded = sum(isinstance(getattr(sys.modules.get(name), "__loader__", None), ExtensionFileLoader)
                 for name in accel.MODULES)  # what this run imported compiled
    return {"seconds": seconds, "chars": sum(len(d.text) for d in docs), "rows": rows.hexdigest(), "compiled": loaded}


def run(corpus: Path, pure: bool) -> dict:
    env = {**os.environ, "CNFACTS_ACCEL": "0"} if pure else {k: v for k, v in os.environ.items() if k != "CNFACTS_ACCEL"}
    done = subprocess.run([sys.executable, __file__, "--child", str(corpus)], capture_output=True, text=True, env=env,
                          cwd=ROOT, check=True)
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=default_corpus())
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    runs = {"sources": [], "compiled": []}
    for _ in range(args.repeat):
        runs["sources"].append(run(args.corpus, pure=True))
        runs["compiled"].append(run(args.corpus, pure=False))
    from etl import accel

    modules = len(accel.MODULES)
    if runs["compiled"][0]["compiled"] == 0:
        print("no build in use: run `make accel` (python -m etl.accel says why)", file=sys.stderr)
        return 1
    chars = runs["sources"][0]["chars"]
    print(f"{chars:,} chars; {runs['compiled'][0]['compiled']} of {modules} modules compiled; CPU seconds per run:")
    for side, results in runs.items():
        best = min(r["seconds"] for r in results)
        times = " ".join(f"{r['seconds']:.2f}" for r in results)
        print(f"  {side:9} {times}   best {best:.2f} s = "
              f"{chars / best / 1e3:,.0f} k chars/s")
    ratio = min(r["seconds"] for r in runs["sources"]) / min(r["seconds"] for r in runs["compiled"])
    print(f"  compiled / sources: {ratio:.2f}x")
    hashes = {r["rows"] for results in runs.values() for r in results}
    print("rows: identical" if len(hashes) == 1 else f"rows DIFFER between the runs: {sorted(hashes)}")
    return 0 if len(hashes) == 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
