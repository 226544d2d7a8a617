"""`python -m etl extract [FILE|-]`: one JSON object per figure (JSON Lines) on stdout."""

from __future__ import annotations

import argparse
import json
import re
import sys
from decimal import Decimal

from etl.commands import add_max_doc_chars_argument
from etl.context.model import Analysis, Reject

NAME = "extract"
HELP = "Find every figure in text (UTF-8 or GB18030, or JSONL corpora) and print one JSON object per figure."
EXAMPLE = "echo '2025年度社会工作者职业资格考试有223.6万人报名，同比增长18.4%' | python -m etl extract"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", default=["-"], metavar="FILE|-",
                        help="text or JSONL files, or folders; - (the default) reads standard input, plain text or "
                             "JSON Lines (when its first line is a JSON object)")
    add_max_doc_chars_argument(parser)


def _number(value: Decimal | None) -> int | str | None:
    """An integral value as an int; any other as a marker that `_json` writes as the exact JSON number (a float would
    round 0.12345678901234567)."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else f"{_EXACT}{format(value, 'f')}{_EXACT}"


_EXACT = "\u0000exact\u0000"
_EXACT_RE = re.compile('"' + re.escape(json.dumps(_EXACT)[1:-1]) + r'(-?[0-9.]+)' + re.escape(json.dumps(_EXACT)[1:-1]) + '"')


def _json(record: dict) -> str:
    """The record as one line of JSON, decimals as exact JSON numbers."""
    return _EXACT_RE.sub(r"\1", json.dumps(record, ensure_ascii=False))


def records(analysis: Analysis) -> list[dict]:
    """The JSON objects `extract` prints for one analysed document."""
    doc, facts = analysis.document, analysis.facts
    sentences = analysis.layout.sentences
    mention_at = {a.fact.char_start: a.fact.mention for a in facts}
    out = []
    for a in facts:
        f = a.fact
        ref = mention_at.get(a.refers_to_start) if a.refers_to_start is not None else None
        out.append({
            "doc": doc.doc_name, "mention": f.mention, "char_start": f.char_start, "char_end": f.char_end,
            "sentence": sentences[a.sentence_index].text, "value": _number(f.value),
            "value_high": _number(f.value_high), "unit": f.unit, "kind": f.kind, "approx": f.approx,
            "measure": f.measure, "basis": f.basis, "refers_to": ref, "metric": a.metric,
            "region_code": a.region_code, "period": a.period, "period_basis": a.period_basis,
            "topic": a.topic, "rule": f.rule,
        })
    return out


def run(args: argparse.Namespace) -> int:
    from etl.context.pipeline import analyse
    from etl.context.reader import read_path
    from etl.load import analysed

    status = 0
    for item in analysed(read_path(args.paths, args.max_doc_chars), analyse):  # a failed analysis is a Reject too
        if isinstance(item, Reject):
            where = f"{item.source_path}:{item.line}" if item.line else item.source_path
            print(f"{where}: {item.reason}: {item.detail}", file=sys.stderr)
            status = 2
            continue
        for record in records(item):
            sys.stdout.write(_json(record) + "\n")
    return status
