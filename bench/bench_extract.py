"""Throughput of the figure engine on the whole corpus, side by side with cn2an and Recognizers-Text.

    .venv/bin/pip install -e '.[bench]'     # cn2an is a dependency; recognizers-text-suite is the bench extra
    .venv/bin/python bench/bench_extract.py [--repeat 3] [--corpus ../shared/corpus] [--limit-chars N]

Single process, one call per document (the JSONL ``text`` field), best of ``--repeat`` timed passes after
one untimed warm-up call per engine (lexicons and regexes are built there and reported as "warm-up").
Every engine reads the same texts. Prints a markdown table: chars/s, and each engine's time relative to ours.
The goal for ``extract`` is 1,000,000 chars/s (``--check-goal`` exits 1 when it is missed).
"""

from __future__ import annotations

import argparse
import decimal
import json
import os
import platform
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL_CHARS_PER_S = 1_000_000


def default_corpus() -> Path:
    shared = os.environ.get("CNFACTS_SHARED")
    return (Path(shared) if shared else ROOT.parent / "shared") / "corpus"


def load_texts(corpus: Path, limit_chars: int | None) -> list[str]:
    """The ``text`` of every JSONL record under ``corpus``, in file order, up to ``limit_chars`` in all."""
    texts: list[str] = []
    total = 0
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line)["text"]
                if limit_chars is not None and total + len(text) > limit_chars:
                    return texts + [text[: limit_chars - total]]
                texts.append(text)
                total += len(text)
    return texts


@dataclass(frozen=True, slots=True)
class Engine:
    name: str
    run: Callable[[str], object]  # one document in, anything out (its len() is reported as "found")
    version: str


def engines(include_rt: bool) -> list[Engine]:
    """Ours first (the ratios are relative to it), then the peers that are installed."""
    import cn2an

    from etl.figures import extract, find_numbers

    out = [
        Engine("cnfacts extract", extract, "this tree"),
        Engine("cnfacts find_numbers", find_numbers, "this tree"),
        Engine("cn2an.transform (smart, cn2an)", lambda t: cn2an.transform(t, "cn2an"), cn2an.__version__),
    ]
    if include_rt:
        out.append(recognizers_text())
    return out


def recognizers_text() -> Engine:
    """RT's number model. Importing it sets the process-wide decimal precision to 15 (recognizers_number
    parsers.py); the caller's context is restored at once and RT runs in a context of its own."""
    from importlib.metadata import version

    caller = decimal.getcontext().copy()
    from recognizers_number import Culture, NumberRecognizer

    rt_context = decimal.getcontext().copy()
    decimal.setcontext(caller)
    model = NumberRecognizer(Culture.Chinese).get_number_model()

    def parse(text: str) -> list:
        with decimal.localcontext(rt_context):
            return model.parse(text)

    return Engine("Recognizers-Text NumberModel (zh)", parse, version("recognizers-text-number"))


@dataclass(frozen=True, slots=True)
class Result:
    engine: Engine
    chars: int
    seconds: float
    warmup: float
    found: int | None

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds


def measure(engine: Engine, texts: list[str], repeat: int) -> Result:
    with warnings.catch_warnings():
        # cn2an.transform warns (UserWarning) on every fragment it cannot convert, such as 十四五 or 千万.
        warnings.simplefilter("ignore", UserWarning)
        start = time.perf_counter()
        engine.run("二〇二四年全国粮食产量13908.2亿斤，比上年增长1.6%，约一百三十四万九千零八十四亿元。")
        warmup = time.perf_counter() - start
        best, found = float("inf"), None
        for _ in range(repeat):
            start = time.perf_counter()
            outputs = [engine.run(text) for text in texts]
            best = min(best, time.perf_counter() - start)
            found = sum(len(o) for o in outputs) if all(isinstance(o, list) for o in outputs) else None
    return Result(engine, sum(map(len, texts)), best, warmup, found)


def table(results: list[Result]) -> str:
    ours = results[0]
    lines = [
        "| engine | version | chars | best of runs (s) | chars/s | time vs cnfacts extract | found | warm-up (s) |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        ratio = r.seconds / ours.seconds
        found = "-" if r.found is None else f"{r.found:,}"
        lines.append(
            f"| {r.engine.name} | {r.engine.version} | {r.chars:,} | {r.seconds:.3f} | {r.chars_per_s:,.0f} "
            f"| {ratio:.2f}× | {found} | {r.warmup:.3f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=default_corpus(), help="folder of *.jsonl with a text field")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per engine; the best counts")
    parser.add_argument("--limit-chars", type=int, default=None, help="measure on the first N characters only")
    parser.add_argument("--no-rt", action="store_true", help="leave Recognizers-Text out")
    parser.add_argument("--check-goal", action="store_true", help=f"exit 1 below {GOAL_CHARS_PER_S:,} chars/s")
    args = parser.parse_args(argv)
    texts = load_texts(args.corpus, args.limit_chars)
    if not texts:
        print(f"no *.jsonl texts under {args.corpus}", file=sys.stderr)
        return 2
    chars = sum(map(len, texts))
    utf8 = sum(len(t.encode("utf-8")) for t in texts)
    print(f"corpus {args.corpus}: {len(texts)} documents, {chars:,} chars ({utf8 / 1e6:.1f} MB as UTF-8); "
          f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs, 1 process\n")
    results = [measure(engine, texts, args.repeat) for engine in engines(include_rt=not args.no_rt)]
    print(table(results))
    rate = results[0].chars_per_s
    verdict = "met" if rate >= GOAL_CHARS_PER_S else "NOT met"
    print(f"\ngoal {GOAL_CHARS_PER_S:,} chars/s for cnfacts extract: {verdict} ({rate:,.0f} chars/s)")
    return 1 if args.check_goal and rate < GOAL_CHARS_PER_S else 0


if __name__ == "__main__":
    raise SystemExit(main())
