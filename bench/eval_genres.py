"""Score the figure engine on a genre spec (real non-report sentences with gold read by hand), beside
Recognizers-Text.

    .venv/bin/python bench/eval_genres.py                                   # tests/data/genre_spec.jsonl
    .venv/bin/python bench/eval_genres.py --spec /work/heldout/genres_heldout.jsonl
    .venv/bin/python bench/eval_genres.py --no-rt --problems               # every failing row and why
    .venv/bin/python bench/eval_genres.py --write-gaps tests/data/genre_gaps.csv

Spec rows (format in tests/data/genre_spec.README.md): ``sentence``, ``genre``, ``context`` (title,
region) and ``facts`` (mention, value, value_high, unit, kind, approx, measure, basis, region_code).

What is measured, per genre and overall:
- recall and precision of figures: a found figure is correct when its span is the gold mention's span and
  its value, value_high and unit are the gold ones;
- qualifier accuracy (approx) and direction accuracy (measure and the sign of the value) over the figures
  found at a gold span;
- region accuracy over the same figures (``etl.context.pipeline.analyse`` on a document made of the
  context title and the sentence, with the context region as the document's region hint);
- false figures: figures found in sentences that hold none (and how many such sentences have any);
- the same sentences through Recognizers-Text's Chinese number-with-unit models (the bench extra), judged
  with the engine on what both can be asked: the span and the magnitude of the value (RT has no units of
  ours, no changes, no signs), strictly (same span) and leniently (overlapping span).

The same judging is what tests/test_genres.py asserts row by row (``row_problems``).
"""

from __future__ import annotations

import argparse
import csv
import decimal
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from etl.context.pipeline import analyse  # noqa: E402
from etl.context.reader import make_document, strip_glosses  # noqa: E402
from etl.figures import extract  # noqa: E402
from etl.figures import lexicon as figures_lexicon  # noqa: E402
from etl.figures.model import Fact  # noqa: E402

SPEC = ROOT / "tests" / "data" / "genre_spec.jsonl"
GAPS = ROOT / "tests" / "data" / "genre_gaps.csv"
GENRES = ("news_agency", "national_paper", "local_news", "statistics", "ministry", "company", "market")
FIELDS = ("unit", "kind", "approx", "measure", "basis")
LEXICON_CLASSIFIERS = ROOT / "etl" / "lexicon" / "classifiers.csv"
LEXICON_UNITS = ROOT / "etl" / "lexicon" / "units.csv"
LEXICON_QUALIFIERS = ROOT / "etl" / "lexicon" / "qualifiers.csv"


# ------------------------------------------------------------------------------------------ spec rows


def load_spec(path: Path = SPEC) -> list[dict]:
    """The rows of a genre spec file, in file order."""
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    for row in rows:  # the gold quotes the source: the reader's repair of it (發(fā)展 → 發展) applies to it too
        row["sentence"] = strip_glosses(row["sentence"])
        if row.get("context", {}).get("title"):
            row["context"]["title"] = strip_glosses(row["context"]["title"])
        for fact in row["facts"]:
            fact["mention"] = strip_glosses(fact["mention"])
            _in_canonical_unit(fact)
    return rows


def _in_canonical_unit(fact: dict) -> None:
    """A gold figure written in another unit of the same quantity (400亿斤 as 斤, 3947.4千公顷 as 公顷, 亩产1967斤 as
    斤/亩, 380名 as 名, 4.79米 as 米) is judged in the unit units.csv writes it in (公斤, 亩, 公斤/亩, 人): the same figure, not a
    wrong one; a denominator by the hundred stays as written (公里/百平方公里)."""
    numerator, slash, denominator = fact["unit"].partition("/")
    if slash and f"/百{denominator}" in fact["mention"].replace("／", "/"):
        denominator = f"百{denominator}"  # 58.81公里/百平方公里 reduced to 0.5881 公里/平方公里: as written (130部/百人)
        fact["unit"] = f"{numerator}/{denominator}"
        for key in ("value", "value_high"):
            if fact.get(key) is not None:
                fact[key] = str((Decimal(fact[key]) * 100).normalize())
    per = figures_lexicon.denominators().get(denominator) if slash else None
    if per is not None and per.factor == 1 and per.unit != denominator:
        denominator = per.unit  # 桶/日 is 桶/天
        fact["unit"] = numerator + slash + denominator
    row = _lexicon_unit_rows().get(numerator)
    if row is None or row[0] == numerator or \
            row[1] not in ("mass", "area", "length", "volume", "power", "energy", "count") \
            or (slash and row[2] < Decimal("0.1")):
        return  # 克, 微克 of a compound stay as written (元/克, 微克/立方米), as the engine keeps them; 4.79米 alone is 公里
    factor = row[2]
    fact["unit"] = row[0] + slash + denominator
    for key in ("value", "value_high"):
        if fact.get(key) is not None:
            fact[key] = str((Decimal(fact[key]) * factor).normalize())


def gold_spans(sentence: str, facts: list[dict]) -> list[tuple[int, int]]:
    """Half-open spans of the gold mentions. A mention that occurs more than once takes its occurrences in
    order; longer mentions are placed first so that "1.7" is not read inside "1.7%"."""
    spans: list[tuple[int, int] | None] = [None] * len(facts)
    taken: list[tuple[int, int]] = []
    for i in sorted(range(len(facts)), key=lambda i: (-len(facts[i]["mention"]), i)):
        mention, start, digits_apart = facts[i]["mention"], 0, True
        while True:
            start = sentence.find(mention, start)
            if start < 0 and digits_apart:  # 元大台灣505萬6688張: a name's digits run into the figure's
                start, digits_apart = 0, False
                continue
            if start < 0:
                raise ValueError(f"{mention!r} has no free occurrence in {sentence!r}")
            end = start + len(mention)
            if all(end <= s or start >= e for s, e in taken) and not (digits_apart and (
                    mention[:1].isdigit() and _inside_number(sentence, start) or
                    mention[-1:].isdigit() and sentence[end : end + 1].isdigit())):
                break  # (not the 5% inside 65%, nor the 40 inside HRB400)
            start += 1
        spans[i] = (start, end)
        taken.append((start, end))
    return [s for s in spans if s is not None]


def aligned(sentence: str, spans: list[tuple[int, int]], found: list[Fact]) -> list[tuple[int, int]]:
    """The gold spans, each moved to the engine's figure that ends where it ends and differs from it only by a currency
    word or a qualifier before the number (人民币79,794,047.03元 for 79,794,047.03元, 不低于人民币3,000万元 for
    3,000万元), or that starts where it starts and differs only by a currency word after the unit (571亿元人民币 for
    571亿元; annotators draw those edges either way): the figure is judged on its value, unit and qualifier, not on
    where a mention starts."""
    exact = {(f.char_start, f.char_end) for f in found}
    out = []
    for start, end in spans:
        if (start, end) not in exact:
            other = next((f for f in found if f.char_end == end and f.char_start != start
                          and _leading_words(sentence[min(start, f.char_start) : max(start, f.char_start)],
                                             f.approx is not None, "/" in f.unit)), None)
            if other is not None:
                start = other.char_start
            other = next((f for f in found if f.char_start == start and f.char_end != end
                          and _CURRENCY_TAIL.fullmatch(sentence[min(end, f.char_end) : max(end, f.char_end)])), None)
            if other is not None:
                end = other.char_end  # 571亿元人民币 for 571亿元: the currency word after the unit, either way
            other = next((f for f in found if f.char_start == start and f.char_end < end and f.unit == "个"
                          and _LISTED_NOUN.fullmatch(sentence, f.char_end, end)), None)
            if other is not None:
                end = other.char_end  # 22个省区市 for 22个: the noun a count of 个 names, either way
        out.append((start, end))
    return out


def _leading_words(extra: str, qualified: bool, per_unit: bool = False) -> bool:
    """A currency word, perhaps after a qualifier (不低于人民币), a qualifier the engine read (in its mention or not:
    超过了138万辆), the sign word of a negative number (负0.28%), a rate's word (亩产), or the per-unit words of a price (每股现金红利 before 0.08元, 每10股派发现金红利 before 10.00元, read as 元/股)."""
    return _CURRENCY_LEAD.fullmatch(extra) is not None or (qualified and _QUALIFIER_LEAD.fullmatch(extra) is not None) \
        or (per_unit and (_PER_LEAD.fullmatch(extra) or _RATE_LEAD.fullmatch(extra)) is not None) \
        or extra in ("负", "負")  # (负0.28%: its sign read)


_CURRENCY_LEAD = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:人民币|港币|港幣|美金|新台币|新台幣|台币|台幣)[ \u3000]*")
_LISTED_NOUN = re.compile(r"[\u4e00-\u9fff]{1,4}")
_CURRENCY_TAIL = re.compile(r"[ \u3000]*(?:人民币|人民幣|港币|港幣|美元|新台币|新台幣)")
_QUALIFIER_LEAD = re.compile(r"[\u4e00-\u9fff]{1,4}[ \u3000]*")
_RATE_LEAD = re.compile(r"(?:平均)?(?:亩产|畝產|单产|單產|时速|時速)")  # (亩产389.7公斤 for 389.7公斤, read as 公斤/亩)
_PER_LEAD = re.compile(r"每[ \u3000]*(?:[0-9]{1,3}[ \u3000]*)?[\u4e00-\u9fff]{1,10}[ \u3000]*")  # 每10股派发现金红利


def _inside_number(sentence: str, start: int) -> bool:
    """Does a number run on before ``start`` (6 of 65%, 1,5 of 1,500)?"""
    before = sentence[max(0, start - 2) : start]
    return bool(before) and (before[-1].isdigit() or (len(before) == 2 and before[0].isdigit() and before[1] in ".,．"))


def document_text(row: dict) -> tuple[str, int]:
    """The text region resolution reads (context title, then the sentence) and the sentence's offset."""
    title = row.get("context", {}).get("title")
    return (f"{title}\n{row['sentence']}", len(title) + 1) if title else (row["sentence"], 0)


def regions_found(row: dict) -> dict[tuple[int, int], tuple[str, str]]:
    """(region_code, unit) of every figure the pipeline attributes inside the sentence, by span in the sentence: the
    unit as the warehouse stores it (元 of a Hong Kong figure in a Hong Kong text is 港元)."""
    text, offset = document_text(row)
    context = row.get("context", {})
    meta = {"title": context.get("title"), "region": context.get("region"), "date": row.get("date"),
            "source": row.get("source"), "url": row.get("url")}
    analysis = analyse(make_document(text, row["id"], "genre_spec", meta))
    return {
        (a.fact.char_start - offset, a.fact.char_end - offset): (a.region_code, a.fact.unit)
        for a in analysis.facts
        if a.fact.char_start >= offset
    }


# -------------------------------------------------------------------------------------------- judging


@dataclass(slots=True)
class Judged:
    """One row through the engine: gold facts with their spans, what was found, and every difference."""

    row: dict
    spans: list[tuple[int, int]]
    found: list[Fact]
    regions: dict[tuple[int, int], tuple[str, str]]  # (region_code, unit as stored) by span
    problems: list[tuple[str, str]] = field(default_factory=list)  # (class of failure, detail)

    def found_at(self, span: tuple[int, int]) -> Fact | None:
        return next((f for f in self.found if (f.char_start, f.char_end) == span), None)


def _same(gold: dict, fact: Fact, unit: str | None = None) -> bool:
    """The figure is right: value, value_high and unit (the precision/recall criterion); ``unit``: as the warehouse
    stores it, where the pipeline read the figure's region."""
    high = Decimal(gold["value_high"]) if gold.get("value_high") is not None else None
    return fact.value == Decimal(gold["value"]) and fact.value_high == high and _same_unit(unit or fact.unit, gold["unit"])


def _same_unit(got: str | None, gold: str | None) -> bool:
    """The units agree — also the page's 元 an annotator kept (收市報174元, 成交額2,887.7億元 in a Hong Kong or Taiwan
    text) and the region's currency the warehouse stores for it (港元, 新台币, 澳门元: README, units), either way."""
    if got == gold or got is None or gold is None:
        return got == gold
    local = next((c for c in _LOCAL_CURRENCIES if got.startswith(c)), None)
    return local is not None and gold == "元" + got[len(local):]


_LOCAL_CURRENCIES = ("港元", "新台币", "澳门元")


@cache
def _lexicon_unit_rows() -> dict[str, tuple[str, str, Decimal]]:
    """units.csv: surface → (canonical unit, kind, factor); and classifiers.csv's surfaces written as another (标准箱 and
    TEU are 标箱), factor 1."""
    with LEXICON_CLASSIFIERS.open(encoding="utf-8", newline="") as handle:
        rows = {r["surface"]: (r["unit"], r["kind"], Decimal(1)) for r in csv.DictReader(handle)
                if r["unit"] != r["surface"]}
    with LEXICON_UNITS.open(encoding="utf-8", newline="") as handle:
        return rows | {r["surface"]: (r["unit"], r["kind"], Decimal(r["factor"])) for r in csv.DictReader(handle)}


@cache
def _lexicon_units() -> frozenset[str]:
    with LEXICON_UNITS.open(encoding="utf-8") as handle:
        return frozenset(r["unit"] for r in csv.DictReader(handle))


@cache
def _lexicon_qualifiers() -> tuple[str, ...]:
    with LEXICON_QUALIFIERS.open(encoding="utf-8") as handle:
        return tuple(r["surface"] for r in csv.DictReader(handle))


TRADITIONAL = frozenset("萬億個頭張過種盞臺屆條項點計餘與")
NUMERAL_CHARS = frozenset("0123456789０１２３４５６７８９一二两兩三四五六七八九十")


def miss_class(gold: dict) -> str:
    """The class of a gold figure the engine did not find at its span (first matching rule wins)."""
    mention, unit = gold["mention"], gold["unit"]
    stripped = mention.rstrip("以上以下以内左右")
    rules: list[tuple[bool, str]] = [
        (unit == "基点", "basis points"),
        ("/" in unit or mention.startswith(("每", "时速", "時速")), "compound or rate unit"),
        (gold["kind"] == "index", "index points"),
        ("持平" in mention, "持平 as a zero change"),
        (not NUMERAL_CHARS & set(mention), "magnitude without a digit"),
        (gold["kind"] == "duration", "duration"),
        (gold.get("value_high") is not None, "range"),
        (stripped[-1:] in NUMERAL_CHARS | set("万萬亿億千百多余餘."), "unit implied by the noun"),
        (gold["kind"] == "fraction", "fraction"),
        ("及以" in mention, "qualifier outside the lexicon"),
        (bool(TRADITIONAL & set(mention)), "traditional script"),
        ("㎡" in mention, "unit symbol"),
        (gold["approx"] is not None and not any(q in mention for q in _lexicon_qualifiers()),
         "qualifier outside the lexicon"),
        (unit not in _lexicon_units(), "classifier outside the lexicon"),
        (" " in mention, "spaced number"),
    ]
    return next((label for hit, label in rules if hit), "figure missed")


def row_problems(row: dict, with_region: bool = True) -> Judged:
    """Every difference between the engine and the gold of one row, each with its class of failure."""
    sentence, gold = row["sentence"], row["facts"]
    found = extract(sentence)
    spans = aligned(sentence, gold_spans(sentence, gold), found)
    judged = Judged(row, spans, found, regions_found(row) if with_region else {})
    by_span = {span: g for span, g in zip(spans, gold)}
    for f in found:
        if (f.char_start, f.char_end) not in by_span:
            judged.problems.append(("false figure in a no-figure sentence" if not gold else "extra figure", f.mention))
    for span, g in zip(spans, gold):
        fact = judged.found_at(span)
        if fact is None:
            judged.problems.append((miss_class(g), f"missed {g['mention']}"))
            continue
        if fact.value != Decimal(g["value"]):
            sign_only = abs(fact.value) == abs(Decimal(g["value"]))
            judged.problems.append(("direction" if sign_only else "value", f"{g['mention']}: value {fact.value}"))
        high = Decimal(g["value_high"]) if g.get("value_high") is not None else None
        if fact.value_high != high:
            judged.problems.append(("range", f"{g['mention']}: value_high {fact.value_high}"))
        stored = judged.regions.get(span)
        for name in FIELDS:
            got = stored[1] if name == "unit" and stored is not None else getattr(fact, name)
            if got != g[name] and not (name == "unit" and _same_unit(got, g[name])):
                label = {"measure": "direction", "approx": "qualifier"}.get(name, name)
                judged.problems.append((label, f"{g['mention']}: {name} {got!r} not {g[name]!r}"))
        region = stored[0] if stored is not None else None
        if with_region and region != g["region_code"]:
            judged.problems.append(("region", f"{g['mention']}: region {region} not {g['region_code']}"))
    return judged


def failure_reason(judged: Judged) -> str:
    """The classes of failure of a row, in a stable order ("" when the row passes)."""
    return "; ".join(sorted({label for label, _ in judged.problems}))


# ------------------------------------------------------------------------------------------- scoring


@dataclass(slots=True)
class Score:
    gold: int = 0
    found: int = 0
    correct: int = 0
    at_span: int = 0  # found figures at a gold span: the base of the next three
    approx_ok: int = 0
    direction_ok: int = 0
    region_ok: int = 0
    empty_rows: int = 0
    empty_rows_with_false: int = 0
    false_figures: int = 0
    rows: int = 0

    def add(self, judged: Judged) -> None:
        gold = judged.row["facts"]
        self.rows += 1
        self.gold += len(gold)
        self.found += len(judged.found)
        if not gold:
            self.empty_rows += 1
            self.false_figures += len(judged.found)
            self.empty_rows_with_false += bool(judged.found)
        for span, g in zip(judged.spans, gold):
            fact = judged.found_at(span)
            if fact is None:
                continue
            self.correct += _same(g, fact, (judged.regions.get(span) or (None, None))[1])
            self.at_span += 1
            self.approx_ok += fact.approx == g["approx"]
            sign = (fact.value > 0) - (fact.value < 0) == (Decimal(g["value"]) > 0) - (Decimal(g["value"]) < 0)
            self.direction_ok += fact.measure == g["measure"] and sign
            self.region_ok += (judged.regions.get(span) or (None,))[0] == g["region_code"]


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "–"


# ----------------------------------------------------------------------------------- Recognizers-Text


def rt_parser(with_numbers: bool = True) -> Callable[[str], list[tuple[int, int, Decimal]]] | None:
    """Recognizers-Text's Chinese number-with-unit models (percent, currency, dimension, age, temperature)
    and, with ``with_numbers``, its number model where none of them claims the text (bare counts such as
    82个 are only found that way, years and dates come with it); None when the bench extra is missing.
    Importing recognizers_number sets the process-wide decimal precision to 15: the caller's context is
    restored at once and RT runs in a context of its own."""
    caller = decimal.getcontext().copy()
    try:
        from recognizers_number import Culture, NumberRecognizer
        from recognizers_number_with_unit import NumberWithUnitRecognizer
    except ImportError:
        return None
    finally:
        decimal.setcontext(caller)
    number, unit = NumberRecognizer(Culture.Chinese), NumberWithUnitRecognizer(Culture.Chinese)
    unit_models = [number.get_percentage_model(), unit.get_currency_model(), unit.get_dimension_model(),
                   unit.get_age_model(), unit.get_temperature_model()]
    number_model = number.get_number_model()

    def parse(text: str) -> list[tuple[int, int, Decimal]]:
        out: list[tuple[int, int, Decimal]] = []
        with decimal.localcontext(decimal.Context(prec=28)):
            for model in unit_models:
                out += _rt_spans(model.parse(text))
            if with_numbers:
                for start, end, value in _rt_spans(number_model.parse(text)):
                    if all(end <= s or start >= e for s, e, _ in out):
                        out.append((start, end, value))
        return sorted(set(out))

    return parse


def _rt_spans(results: Iterable) -> list[tuple[int, int, Decimal]]:
    spans = []
    for r in results:
        value = (r.resolution or {}).get("value")
        if value is None:
            continue  # a unit alone ("美元") is not a figure
        try:
            number = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value).rstrip("%"))
        except decimal.InvalidOperation:
            continue
        spans.append((r.start, r.end + 1, number))  # RT's end is inclusive
    return spans


@dataclass(slots=True)
class SpanScore:
    """Numbers with units, judged the same way for every engine: span and |value|."""

    gold: int = 0
    found: int = 0
    strict: int = 0  # same span, same magnitude
    lenient: int = 0  # overlapping span, same magnitude

    def add(self, sentence: str, gold: list[dict], found: list[tuple[int, int, Decimal]]) -> None:
        spans = gold_spans(sentence, gold)
        self.gold += len(gold)
        self.found += len(found)
        for (gs, ge), g in zip(spans, gold):
            value = abs(Decimal(g["value"]))
            hits = [(s, e) for s, e, v in found if abs(v) == value]
            self.strict += (gs, ge) in hits
            self.lenient += any(s < ge and gs < e for s, e in hits)


# ---------------------------------------------------------------------------------------------- main


def evaluate(rows: list[dict], with_rt: bool) -> tuple[dict, dict, dict, dict, list[Judged]]:
    scores: dict[str, Score] = defaultdict(Score)
    ours_units: dict[str, SpanScore] = defaultdict(SpanScore)
    rt_units: dict[str, SpanScore] = defaultdict(SpanScore)
    rt_unit_only: dict[str, SpanScore] = defaultdict(SpanScore)
    rt, rt_only = (rt_parser(), rt_parser(with_numbers=False)) if with_rt else (None, None)
    judged_rows = []
    for row in rows:
        judged = row_problems(row)
        judged_rows.append(judged)
        ours = [(f.char_start, f.char_end, f.value) for f in judged.found]
        for key in (row["genre"], "all"):
            scores[key].add(judged)
            ours_units[key].add(row["sentence"], row["facts"], ours)
            if rt is not None and rt_only is not None:
                rt_units[key].add(row["sentence"], row["facts"], rt(row["sentence"]))
                rt_unit_only[key].add(row["sentence"], row["facts"], rt_only(row["sentence"]))
    return scores, ours_units, rt_units, rt_unit_only, judged_rows


def tables(scores: dict, ours_units: dict, rt_units: dict, rt_unit_only: dict) -> str:
    keys = [g for g in GENRES if g in scores] + ["all"]
    lines = [
        "| genre | rows | figures | recall | precision | qualifier | direction | region | false figures in no-figure rows |",
        "|---|---:|---:|---|---|---|---|---|---|",
    ]
    for k in keys:
        s = scores[k]
        lines.append(
            f"| {k} | {s.rows} | {s.gold} | {ratio(s.correct, s.gold)} | {ratio(s.correct, s.found)} "
            f"| {ratio(s.approx_ok, s.at_span)} | {ratio(s.direction_ok, s.at_span)} | {ratio(s.region_ok, s.at_span)} "
            f"| {s.false_figures} in {s.empty_rows_with_false} of {s.empty_rows} rows |"
        )
    lines += [
        "",
        "Numbers with units, span and magnitude only (the judging both engines can be held to):",
        "",
        "| genre | figures | cnfacts recall | cnfacts precision | RT recall | RT precision "
        "| RT unit models only: recall | precision | cnfacts lenient recall | RT lenient recall |",
        "|---|---:|---|---|---|---|---|---|---|---|",
    ]
    for k in keys:
        o, r, u = ours_units[k], rt_units.get(k), rt_unit_only.get(k)
        rt_cells = [f"{ratio(r.strict, r.gold)} | {ratio(r.strict, r.found)}", ratio(r.lenient, r.gold)] if r else ["– | –", "–"]
        unit_cells = f"{ratio(u.strict, u.gold)} | {ratio(u.strict, u.found)}" if u else "– | –"
        lines.append(
            f"| {k} | {o.gold} | {ratio(o.strict, o.gold)} | {ratio(o.strict, o.found)} | {rt_cells[0]} | {unit_cells} "
            f"| {ratio(o.lenient, o.gold)} | {rt_cells[1]} |"
        )
    return "\n".join(lines)


def write_gaps(path: Path, judged_rows: list[Judged]) -> int:
    failing = [(j.row["id"], failure_reason(j)) for j in judged_rows if j.problems]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "reason"])
        writer.writerows(failing)
    return len(failing)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=SPEC, help="a genre spec JSONL file")
    parser.add_argument("--no-rt", action="store_true", help="leave Recognizers-Text out")
    parser.add_argument("--problems", action="store_true", help="print every failing row with its differences")
    parser.add_argument("--write-gaps", type=Path, default=None, help="write id,reason of the failing rows here")
    args = parser.parse_args(argv)
    rows = load_spec(args.spec)
    scores, ours_units, rt_units, rt_unit_only, judged_rows = evaluate(rows, with_rt=not args.no_rt)
    sources = len({r["source"] for r in rows})
    print(f"{args.spec}: {len(rows)} sentences, {sources} sources, "
          f"{sum(not r['facts'] for r in rows)} without a figure, {sum(len(r['facts']) for r in rows)} figures\n")
    print(tables(scores, ours_units, rt_units, rt_unit_only))
    classes = Counter(label for j in judged_rows for label in {lbl for lbl, _ in j.problems})
    print(f"\nrows failing, by class of failure ({sum(bool(j.problems) for j in judged_rows)} rows fail):")
    for label, count in classes.most_common():
        print(f"  {count:4d}  {label}")
    if args.problems:
        for j in judged_rows:
            if j.problems:
                print(f"\n{j.row['id']}: {j.row['sentence']}")
                for label, detail in j.problems:
                    print(f"    [{label}] {detail}")
    if args.write_gaps:
        print(f"\n{write_gaps(args.write_gaps, judged_rows)} failing rows written to {args.write_gaps}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
