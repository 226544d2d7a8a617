"""Adversarial input: time per figure must not grow with the length of a sentence or a paragraph (not a test).

    python bench/bench_runon.py            # 2,000 to 16,000 figures in one sentence, and in one paragraph

A document of 112,000 characters whose only sentence holds 16,000 figures ("，增长1.5%" again and again) once took
longer than 15 minutes and 5 GB (every figure read its whole sentence several times: quadratic). Each line prints
the analysis time and its ratio to the run of half the size: about 2 is linear, 4 quadratic.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from etl.context.pipeline import analyse  # noqa: E402
from etl.context.reader import make_document  # noqa: E402

SHAPES = {
    "one sentence": lambda n: "经济" + "，增长1.5%" * n + "。",
    "one paragraph": lambda n: "2025年增长2%。" * n,
}


def main() -> int:
    analyse(make_document("预热：增长1%。", "warm.txt", "warm.txt"))
    for name, make in SHAPES.items():
        previous = None
        for n in (2000, 4000, 8000, 16000):
            text = make(n)
            start = time.process_time()
            figures = len(analyse(make_document(text, "runon.txt", "runon.txt")).facts)
            seconds = time.process_time() - start
            ratio = f"{seconds / previous:.1f}×" if previous else "–"
            print(f"{name:14s} {n:6d} figures  {len(text):8,d} chars  found {figures:6d}  {seconds:6.2f} s  {ratio}")
            previous = seconds
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
