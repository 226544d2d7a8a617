"""Indicator, status and period against a gold file written by reading (issue 9's measure).

    .venv/bin/python bench/eval_indicators.py [--gold tests/data/indicator_sentences.jsonl] [--errors 20]
        [--docs other_documents.jsonl]

The gold holds sentences of the shared corpus (or of the JSON Lines documents given with --docs: id, title, date,
region, text — text that is not in the corpus, such as a city's report or a statistical communiqué) with every figure
annotated: {doc_id, sentence, figures: [{mention,
indicator, status, period, period_basis}]}. Each document named is analysed by the pipeline (etl.context.pipeline);
a gold figure is matched to the figure the engine found at the same place (the mention's span in the document).
Reported: for gold figures with an indicator, the share whose indicator, status and period are all right (and each
alone); and of the figures the engine put under one of the gold's indicators, the share that belong elsewhere
(precision; indicators the gold does not annotate are not judged).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from etl.context.pipeline import analyse  # noqa: E402
from etl.context.reader import read_path, strip_glosses  # noqa: E402
from tests.shared import SHARED  # noqa: E402


def documents(ids: set[str], source: Path | None = None) -> dict:
    return {d.doc_name: d for d in read_path([source or SHARED / "corpus"]) if getattr(d, "doc_name", None) in ids}


def located(doc, sentence: str, figures: list[dict]) -> list[tuple[int, int, dict]]:
    """(start, end, gold figure) in the document's text; repeated mentions are taken in order."""
    base = doc.text.find(sentence)
    if base < 0:
        raise ValueError(f"{doc.doc_name}: sentence not found: {sentence[:40]}")
    out, cursor = [], 0
    for f in figures:
        at = sentence.find(f["mention"], cursor)
        if at < 0:  # the same mention twice (one figure, two indicators): the previous place
            at = sentence.rfind(f["mention"], 0, cursor)
        cursor = at + len(f["mention"])
        out.append((base + at, base + at + len(f["mention"]), f))
    return out


def own_region(analysis) -> str | None:
    """The region most of a document's figures are placed in: its own."""
    codes = Counter(a.region_code for a in analysis.facts)
    return codes.most_common(1)[0][0] if codes else None


_SO_FAR = re.compile(r"(?P<year>[0-9]{4})-(?:01\.\.(?P<month>[0-9]{2})|Q1\.\.Q(?P<quarter>[1-4]))")
_SPANS = {"01": "-01", "03": "-Q1", "06": "-H1", "09": "-Q1..Q3", "12": "", "1": "-Q1", "2": "-H1", "3": "-Q1..Q3", "4": ""}


def same_span(period: str | None) -> str | None:
    """One notation for the months or quarters so far that make a quarter, a half, three quarters or the year
    (2015-01..06 is 2015-H1, 2015-Q1..Q2 too): annotators write them either way."""
    m = _SO_FAR.fullmatch(period) if period else None
    if m is None:
        return period
    span = _SPANS.get(m.group("month") or m.group("quarter"))
    return period if span is None else m.group("year") + span


def evaluate(gold_path: Path, show: int, plan_as_target: bool = False, source: Path | None = None) -> dict:
    rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:  # the gold quotes the source: the reader's repair of it applies to its sentences too
        row["sentence"] = strip_glosses(row["sentence"])
        for figure in row["figures"]:
            figure["mention"] = strip_glosses(figure["mention"])
    docs = documents({r["doc_id"] for r in rows}, source)
    analyses = {name: analyse(doc) for name, doc in docs.items()}
    counts: Counter = Counter()
    errors: list[str] = []
    listed = {f["indicator"] for row in rows for f in row["figures"] if f["indicator"]}
    for row in rows:
        analysis = analyses[row["doc_id"]]
        for start, end, g in located(docs[row["doc_id"]], row["sentence"], row["figures"]):
            found = next((a for a in analysis.facts if a.fact.char_start < end and start < a.fact.char_end), None)
            got = (found.indicator, found.status, same_span(found.period)) if found else (None, None, None)
            if plan_as_target and got[1] == "plan":
                got = (got[0], "target", got[2])
            want = (g["indicator"], g["status"], same_span(g["period"]))
            if want[0] is not None:
                counts["gold"] += 1
                counts["found"] += found is not None
                counts["indicator"] += got[0] == want[0]
                counts["status"] += got[1] == want[1]
                counts["period"] += got[2] == want[2]
                counts["all"] += got == want
                if got != want and len(errors) < show:
                    errors.append(f"{row['doc_id']} {g['mention']}: want {want} got {got} | {row['sentence'][:70]}")
            if got[0] in listed and got[0] != g["indicator"] and not any(
                    x["indicator"] == got[0] and x["mention"] == g["mention"] for x in row["figures"]):
                counts["wrong_indicator"] += 1
                counts["wrong_elsewhere"] += found.region_code != own_region(analysis)
                if len(errors) < show:
                    errors.append(f"{row['doc_id']} {g['mention']}: FALSE {got[0]} (gold {g['indicator']}) | "
                                  f"{row['sentence'][:70]}")
    assigned = sum(1 for row in rows for a in analyses[row["doc_id"]].facts
                   if a.indicator in listed and analyses[row["doc_id"]].document.text.find(row["sentence"]) <= a.fact.char_start
                   < analyses[row["doc_id"]].document.text.find(row["sentence"]) + len(row["sentence"]))
    counts["assigned"] = assigned
    return {"counts": counts, "errors": errors}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "indicator_sentences.jsonl")
    parser.add_argument("--errors", type=int, default=20, help="how many mismatches to print")
    parser.add_argument("--plan-as-target", action="store_true",
                        help="for a gold that does not tell a plan's target from a year's (status target for both)")
    parser.add_argument("--docs", type=Path, help="JSON Lines documents the gold's doc_ids name (default: the corpus)")
    args = parser.parse_args(argv)
    result = evaluate(args.gold, args.errors, args.plan_as_target, args.docs)
    c = result["counts"]
    for line in result["errors"]:
        print(line)
    gold = c["gold"] or 1
    print(f"gold figures with an indicator: {c['gold']} (found by the engine: {c['found']})")
    for key in ("indicator", "status", "period", "all"):
        print(f"  {key:9s} right: {c[key]:4d} = {c[key] / gold:.1%}")
    print(f"figures put under an indicator in these sentences: {c['assigned']}, of which belong elsewhere: "
          f"{c['wrong_indicator']} = {c['wrong_indicator'] / max(1, c['assigned']):.1%}")
    print(f"  of which the engine places in another region than most of the document's figures (a gold without "
          f"regions may call another place's value no indicator's): {c['wrong_elsewhere']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
