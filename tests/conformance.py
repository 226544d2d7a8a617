"""Peer conformance suites as data: load the case tables in shared/peers, run one case, list what differs.

Shared by ``tests/test_conformance.py`` (one ``pytest.param`` per case) and ``scripts/conformance_report.py``
(pass rates and the failing cases). Loading needs only ``shared/``; running a case imports the engine.

Conventions (each documented where it is applied):
- Recognizers-Text ``End`` is inclusive; a :class:`Span` here is half-open like :class:`etl.figures.model.Fact`.
- Values compare as exact decimals, except a peer value written with 14+ significant digits (RT prints
  repeating fractions such as ``350.333333333333`` rounded), which must agree to 12 significant digits.
- A peer result with no value (RT's unit-only mention "美元", "摄氏度") is not a figure and is not expected.
- Peer unit names map to ours through ``tests/data/conformance_units.csv`` (peer unit → our unit, factor).
- Cases outside the product's scope and known engine gaps are rows of ``tests/data/conformance_out_of_scope.csv``.
"""

from __future__ import annotations

import csv
import json
import os
import unicodedata
from collections import Counter
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
UNITS_CSV = DATA / "conformance_units.csv"
SCOPE_CSV = DATA / "conformance_out_of_scope.csv"
BASELINES_CSV = DATA / "conformance_baselines.csv"
RT_FAILURES_CSV = DATA / "conformance_rt_failures.csv"
GAP_PREFIX = "gap:"

# Which kinds of our facts each fact-level suite looks at (the peer model only reports its own kind).
PERCENT_KINDS = frozenset({"percent", "permille", "percentage_point"})
NOT_DIMENSION = frozenset(
    {"count", "money", "percent", "permille", "percentage_point", "multiple", "fraction",
     "temperature", "duration", "age", "ordinal", "date", "year"}
)


def shared_dir() -> Path | None:
    """shared/ from CNFACTS_SHARED, else the folder beside the project; None when it is absent."""
    env = os.environ.get("CNFACTS_SHARED")
    path = Path(env) if env else Path(__file__).resolve().parents[2] / "shared"
    return path if (path / "peers").is_dir() else None


@dataclass(frozen=True, slots=True)
class Span:
    """An expected figure: half-open offsets into the case's text, value, and the peer's unit name."""

    start: int
    end: int
    text: str
    value: Decimal
    unit: str = ""


@dataclass(frozen=True, slots=True)
class Money:
    """An expected money amount (JioNLP money parser, cn2an's 元整/角分 renderings)."""

    value: Decimal
    value_high: Decimal | None
    unit: str  # the peer's currency name
    definition: str  # JioNLP: accurate | blur | blur+ | blur-


@dataclass(frozen=True, slots=True)
class Case:
    """One peer test case. ``check`` names the comparison in :data:`CHECKS`."""

    file: str  # "rt/NumberModel", "cn2an/cn2an_test", "jionlp/test_money_parser" …
    key: str  # the case's place in its file: "17", "strict_data_dict/3", "input_data/4/upper"
    text: str
    check: str
    expected: object  # tuple[Span, ...] | Decimal | Money | str (the Arabic side, for same_values)
    rt_python: bool = True  # on Recognizers-Text's own Python footing (not NotSupported by python)

    @property
    def id(self) -> str:
        return f"{self.file}#{self.key}"


# --------------------------------------------------------------------------------------------- loading

RT_FILES = {
    "rt/NumberModel": ("Number/Chinese/NumberModel.json", "numbers"),
    "rt/PercentModel": ("Number/Chinese/PercentModel.json", "percent"),
    "rt/CurrencyModel": ("NumberWithUnit/Chinese/CurrencyModel.json", "currency"),
    "rt/DimensionModel": ("NumberWithUnit/Chinese/DimensionModel.json", "dimension"),
    "rt/TemperatureModel": ("NumberWithUnit/Chinese/TemperatureModel.json", "temperature"),
}


def peer_decimal(raw: object) -> Decimal:
    """A peer's number (JSON int, float or string, "18.4%") as the Decimal it was written as."""
    if isinstance(raw, float):
        return Decimal(repr(raw))
    return Decimal(str(raw).rstrip("%"))


def _rt_span(text: str, result: dict) -> Span | None:
    start, end = result["Start"], result["End"] + 1  # RT's End is inclusive
    if unicodedata.normalize("NFKC", text[start:end]).lower() != result["Text"] and text[start:end] != result["Text"]:
        raise ValueError(f"RT span {start}..{end} of {text!r} is not {result['Text']!r}")
    resolution = result.get("Resolution") or {}
    if resolution.get("value") is None:
        return None  # a unit-only mention ("美元", "摄氏度") is not a figure
    return Span(start, end, text[start:end], peer_decimal(resolution["value"]), resolution.get("unit", ""))


def _rt_python(entry: dict) -> bool:
    return "python" not in entry.get("NotSupported", "").lower()


def load_rt(peers: Path, name: str) -> list[Case]:
    rel, check = RT_FILES[name]
    entries = json.loads((peers / "Recognizers-Text/Specs" / rel).read_text(encoding="utf-8-sig"))
    cases = []
    for index, entry in enumerate(entries):
        spans = (_rt_span(entry["Input"], r) for r in entry["Results"])
        expected = tuple(s for s in spans if s is not None)
        cases.append(Case(name, str(index), entry["Input"], check, expected, _rt_python(entry)))
    return cases


def _read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _cn2an_parse_case(section: str, index: int, text: str, value: object) -> Case:
    """cn2an's cn2an cases: a numeral → parse_number; a 元/圆 money rendering → one money fact."""
    key = f"{section}/{index}"
    if any(ch in text for ch in "元圆"):
        return Case("cn2an/cn2an_test", key, text, "money", Money(peer_decimal(value), None, "元", "accurate"))
    return Case("cn2an/cn2an_test", key, text, "parse", peer_decimal(value))


def load_cn2an_cn2an(peers: Path) -> list[Case]:
    data = _read_json(peers / "cn2an/cn2an_test.cases.json")
    cases = []
    for section in ("strict_data_dict", "normal_data_dict", "smart_data_dict", "direct_data_dict"):
        for index, (text, value) in enumerate(data[section]):
            cases.append(_cn2an_parse_case(section, index, text, value))
    for section in ("error_strict_datas", "error_normal_datas", "error_smart_datas"):
        for index, text in enumerate(data[section]):
            # cn2an rejects these in that mode; only strings with no numeral at all are errors for us too.
            cases.append(Case("cn2an/cn2an_test", f"{section}/{index}", text, "not_a_number", None))
    return cases


AN2CN_COLUMNS = ("low", "up", "rmb", "direct")  # an2cn modes: low, up, rmb, direct


def _an2cn_case(key: str, number: Decimal, column: str, text: str) -> Case:
    if column == "rmb":  # 元/角/分: rounded to the fen, as cn2an renders it
        amount = number.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return Case("cn2an/an2cn_test", key, text, "money", Money(amount, None, "元", "accurate"))
    return Case("cn2an/an2cn_test", key, text, "parse", number)


def load_cn2an_an2cn(peers: Path) -> list[Case]:
    """an2cn renders a number in Chinese; the reverse direction is ours: each rendering parses back."""
    data = _read_json(peers / "cn2an/an2cn_test.cases.json")
    cases = []
    for index, (number, renderings) in enumerate(data["input_data"]):
        for column, text in zip(AN2CN_COLUMNS, renderings, strict=True):
            cases.append(_an2cn_case(f"input_data/{index}/{column}", peer_decimal(number), column, text))
    for index, (number, text) in enumerate(data["scientific_input_data"]):
        cases.append(_an2cn_case(f"scientific_input_data/{index}", peer_decimal(number), "low", text))
    for index, raw in enumerate(data["error_input_data"]):
        cases.append(Case("cn2an/an2cn_test", f"error_input_data/{index}", str(raw), "an2cn_error", None))
    return cases


# Which side of each transform table is Chinese: (Chinese index, Arabic index).
TRANSFORM_SIDES = {
    "strict_data_dict": (1, 0),
    "smart_data_dict": (0, 1),
    "direct_cn2an_data_dict": (0, 1),
    "direct_an2cn_data_dict": (1, 0),
}


def load_cn2an_transform(peers: Path) -> list[Case]:
    data = _read_json(peers / "cn2an/transform_test.cases.json")
    cases = []
    for section, (cn, an) in TRANSFORM_SIDES.items():
        for index, pair in enumerate(data[section]):
            cases.append(Case("cn2an/transform_test", f"{section}/{index}", pair[cn], "same_values", pair[an]))
    return cases


def _jionlp_money(raw: dict) -> Money:
    num = raw["num"]
    low, high = (num, None) if isinstance(num, str) else num
    return Money(Decimal(low), Decimal(high) if high is not None else None, raw["case"], raw["definition"])


def load_jionlp(peers: Path) -> list[Case]:
    parser = _read_json(peers / "JioNLP/test_money_parser.cases.json")["money_string_list"]
    cases = [
        Case("jionlp/test_money_parser", str(i), text, "money", _jionlp_money(raw))
        for i, (text, raw) in enumerate(parser)
    ]
    extractor = _read_json(peers / "JioNLP/test_money_extractor.cases.json")["money_string_list"]
    for i, (text, found) in enumerate(extractor):
        spans = tuple(Span(f["offset"][0], f["offset"][1], f["text"], Decimal(0)) for f in found)
        for span in spans:
            if text[span.start:span.end] != span.text:
                raise ValueError(f"JioNLP span {span} does not match {text!r}")
        cases.append(Case("jionlp/test_money_extractor", str(i), text, "money_spans", spans))
    return cases


@cache
def load_cases() -> tuple[Case, ...]:
    """Every peer case, in file order; empty when shared/ is absent."""
    shared = shared_dir()
    if shared is None:
        return ()
    peers = shared / "peers"
    cases = [c for name in RT_FILES for c in load_rt(peers, name)]
    cases += load_cn2an_cn2an(peers) + load_cn2an_an2cn(peers) + load_cn2an_transform(peers)
    cases += load_jionlp(peers)
    ids = Counter(c.id for c in cases)
    duplicates = [i for i, n in ids.items() if n > 1]
    if duplicates:
        raise ValueError(f"duplicate case ids: {duplicates}")
    return tuple(cases)


# ------------------------------------------------------------------------------------------ data files


@dataclass(frozen=True, slots=True)
class ScopeRow:
    file: str
    case: str
    input: str
    reason: str

    @property
    def is_gap(self) -> bool:
        return self.reason.startswith(GAP_PREFIX)


def read_scope(path: Path = SCOPE_CSV) -> list[ScopeRow]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [ScopeRow(r["file"], r["case"], r["input"], r["reason"].strip()) for r in csv.DictReader(handle)]
    seen = Counter((r.file, r.case) for r in rows)
    duplicates = [k for k, n in seen.items() if n > 1]
    if duplicates:
        raise ValueError(f"{path.name}: duplicate rows {duplicates}")
    if any(not r.reason for r in rows):
        raise ValueError(f"{path.name}: a row without a reason")
    return rows


@cache
def load_scope() -> dict[tuple[str, str], ScopeRow]:
    """(file, case key) → its out-of-scope or gap row, checked against the cases when shared/ is there."""
    rows = read_scope()
    by_id = {c.id: c for c in load_cases()}
    if by_id:
        for row in rows:
            case = by_id.get(f"{row.file}#{row.case}")
            if case is None or case.text != row.input:
                raise ValueError(f"{SCOPE_CSV.name}: row {row} names no case (or its input differs)")
    return {(r.file, r.case): r for r in rows}


@dataclass(frozen=True, slots=True)
class UnitRow:
    suite: str
    peer_unit: str
    unit: str
    factor: Decimal  # our value = peer value × factor


@cache
def load_units() -> dict[tuple[str, str], tuple[UnitRow, ...]]:
    """(suite, peer unit) → the units of ours it may come out as (a peer unit may map to several)."""
    with UNITS_CSV.open(encoding="utf-8", newline="") as handle:
        rows = [UnitRow(r["suite"], r["peer_unit"], r["unit"], Decimal(r["factor"])) for r in csv.DictReader(handle)]
    seen = Counter((r.suite, r.peer_unit, r.unit) for r in rows)
    duplicates = [k for k, n in seen.items() if n > 1]
    if duplicates:
        raise ValueError(f"{UNITS_CSV.name}: duplicate rows {duplicates}")
    out: dict[tuple[str, str], tuple[UnitRow, ...]] = {}
    for row in rows:
        out[(row.suite, row.peer_unit)] = out.get((row.suite, row.peer_unit), ()) + (row,)
    return out


@cache
def load_baselines() -> dict[str, tuple[int, int]]:
    """Recognizers-Text's own Python pass counts per spec file: file → (passed, total)."""
    with BASELINES_CSV.open(encoding="utf-8", newline="") as handle:
        return {r["file"]: (int(r["passed"]), int(r["total"])) for r in csv.DictReader(handle)}


@cache
def load_rt_failures() -> dict[str, frozenset[str]]:
    """The cases Recognizers-Text's own Python fails on its footing: file → case keys. Written by
    ``scripts/conformance_report.py --rt --write-rt-failures`` from RT itself, judged by :func:`run_case`'s rules."""
    with RT_FAILURES_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out: dict[str, set[str]] = {}
    for row in rows:
        out.setdefault(row["file"], set()).add(row["case"])
    return {file: frozenset(keys) for file, keys in out.items()}


# ------------------------------------------------------------------------------------------ comparing


def same_number(ours: Decimal, peer: Decimal) -> bool:
    """Exact, unless one side is a rounded repeating fraction: the peer prints 14+ significant digits
    (350.333333333333), or ours is rounded to 10+ decimal places (0.0007142857). Then they must agree to
    9 significant digits or within our last place."""
    if ours == peer:
        return True
    ours_places = -ours.as_tuple().exponent
    if len(peer.as_tuple().digits) < 14 and ours_places < 10:
        return False
    return abs(ours - peer) <= max(abs(peer) * Decimal("1e-9"), Decimal(1).scaleb(-ours_places))


def _show(value: Decimal | None) -> str:
    return "None" if value is None else format(value.normalize(), "f")


def number_layer(text: str) -> list[tuple[int, int, Decimal]]:
    """Our counterpart of RT's NumberModel: find_numbers' numerals, fractions (二分之一, 三百五十又3分之1)
    and negatives (负三十二) included."""
    from etl.figures import find_numbers

    return [(n.start, n.end, n.value) for n in find_numbers(text)]


def check_numbers(case: Case) -> list[str]:
    """RT NumberModel → our number layer: the same spans with the same values, nothing more."""
    ours = number_layer(case.text)
    expected = sorted((s.start, s.end, s.value) for s in case.expected)
    return _compare_spans(case.text, ours, expected)


def _compare_spans(text: str, ours: list[tuple], expected: list[tuple]) -> list[str]:
    problems = []
    ours_by_span = {(s, e): v for s, e, v in ours}
    expected_spans = {(s, e) for s, e, _ in expected}
    for start, end, value in expected:
        got = ours_by_span.get((start, end), "missing")
        if got == "missing":
            problems.append(f"missing {text[start:end]!r}@{start}:{end}={_show(value)}")
        elif value is not None and not same_number(got, value):
            problems.append(f"value {text[start:end]!r}@{start}:{end}: ours {_show(got)}, expected {_show(value)}")
    for start, end, value in ours:
        if (start, end) not in expected_spans:
            problems.append(f"extra {text[start:end]!r}@{start}:{end}={_show(value)}")
    return problems


def fact_kinds(check: str, kind: str) -> bool:
    if check == "percent":
        return kind in PERCENT_KINDS
    if check == "currency":
        return kind == "money"
    if check == "temperature":
        return kind == "temperature"
    return kind not in NOT_DIMENSION  # dimension


def _aligned_start(fact, expected: tuple[Span, ...]) -> int:
    """Our mention keeps the qualifier it resolved into ``approx`` (近一吨, 超过250m); RT's span starts after
    it. Such a fact is aligned with the RT span that ends where it ends and starts inside it."""
    if fact.approx is None:
        return fact.char_start
    for span in expected:
        if span.end == fact.char_end and fact.char_start < span.start:
            return span.start
    return fact.char_start


def check_facts(case: Case) -> list[str]:
    """RT Percent/Currency/Dimension/Temperature → extract(): same spans, values and mapped units."""
    from etl.figures import extract

    facts = [f for f in extract(case.text) if fact_kinds(case.check, f.kind)]
    ours_by_span = {(_aligned_start(f, case.expected), f.char_end): f for f in facts}
    problems = _compare_spans(
        case.text,
        sorted((s, e, None) for s, e in ours_by_span),
        sorted((s.start, s.end, None) for s in case.expected),
    )
    for span in case.expected:
        fact = ours_by_span.get((span.start, span.end))
        if fact is not None:
            problems += _unit_problems(f"rt-{case.check}", span, fact)
    return problems


def _unit_problems(suite: str, span: Span, fact) -> list[str]:
    peer_unit = span.unit or "%"
    rows = load_units().get((suite, peer_unit), ())
    if not rows:
        return [f"no row in {UNITS_CSV.name} for {suite} {peer_unit!r}"]
    for row in rows:
        if fact.unit == row.unit and same_number(fact.value, span.value * row.factor):
            return []
    want = " or ".join(f"{_show(span.value * r.factor)} {r.unit}" for r in rows)
    return [f"{span.text!r}: ours {_show(fact.value)} {fact.unit} ({fact.kind}), expected {want}"]


def check_parse(case: Case) -> list[str]:
    from etl.figures import parse_number

    got = parse_number(case.text)
    if got is None or not same_number(got, case.expected):
        return [f"parse_number({case.text!r}) = {_show(got)}, expected {_show(case.expected)}"]
    return []


def check_not_a_number(case: Case) -> list[str]:
    from etl.figures import parse_number

    got = parse_number(case.text)
    return [] if got is None else [f"parse_number({case.text!r}) = {_show(got)}, expected None"]


def check_an2cn_error(case: Case) -> list[str]:
    return [f"{case.text!r} is an invalid an2cn input; it has no Chinese rendering to parse"]


def _currency_units(peer_unit: str) -> tuple[UnitRow, ...]:
    return load_units().get(("money", peer_unit), ())


def check_money(case: Case) -> list[str]:
    """JioNLP money parser / cn2an money renderings → extract() gives one money fact with that amount."""
    from etl.figures import extract

    want: Money = case.expected
    facts = [f for f in extract(case.text) if f.kind == "money"]
    if len(facts) != 1:
        found = [(f.mention, _show(f.value), f.unit) for f in facts]
        return [f"expected one money fact {_show(want.value)} {want.unit}, ours {found}"]
    fact = facts[0]
    problems = []
    units = {r.unit for r in _currency_units(want.unit)}
    if fact.unit not in units:
        problems.append(f"unit ours {fact.unit!r}, expected one of {sorted(units)} (peer {want.unit!r})")
    problems += _money_value_problems(fact, want)
    return problems


def _money_value_problems(fact, want: Money) -> list[str]:
    """A peer range is matched by our range, or by a low value with an approximation (3000多 → [3000, 4000])."""
    got = f"ours {_show(fact.value)}..{_show(fact.value_high)} approx={fact.approx}"
    if not same_number(fact.value, want.value):
        return [f"value {got}, expected {_show(want.value)}..{_show(want.value_high)}"]
    if want.value_high is not None:
        if fact.value_high is None and fact.approx is None:
            return [f"range {got}, expected {_show(want.value)}..{_show(want.value_high)}"]
        if fact.value_high is not None and not same_number(fact.value_high, want.value_high):
            return [f"range {got}, expected {_show(want.value)}..{_show(want.value_high)}"]
    elif fact.value_high is not None:
        return [f"range {got}, expected a single amount {_show(want.value)}"]
    if want.definition in ("blur+", "blur-") and fact.approx is None:
        return [f"approx {got}, expected a bound ({want.definition})"]
    if want.definition == "accurate" and fact.approx is not None:
        return [f"approx {got}, expected an exact amount"]
    return []


def check_money_spans(case: Case) -> list[str]:
    """JioNLP money extractor → extract(): the same money spans (half-open offsets), nothing more."""
    from etl.figures import extract

    ours = sorted((f.char_start, f.char_end, None) for f in extract(case.text) if f.kind == "money")
    expected = sorted((s.start, s.end, None) for s in case.expected)
    return _compare_spans(case.text, ours, expected)


def check_same_values(case: Case) -> list[str]:
    """cn2an transform: the numbers found in the Chinese text have the values found in its Arabic rendering."""
    from etl.figures import find_numbers

    chinese = Counter(n.value.normalize() for n in find_numbers(case.text))
    arabic = Counter(n.value.normalize() for n in find_numbers(case.expected))
    if chinese == arabic:
        return []
    show = lambda c: sorted(_show(v) for v in c.elements())  # noqa: E731
    return [f"values in Chinese {show(chinese)} != values in Arabic {case.expected!r} {show(arabic)}"]


CHECKS = {
    "numbers": check_numbers,
    "percent": check_facts,
    "currency": check_facts,
    "dimension": check_facts,
    "temperature": check_facts,
    "parse": check_parse,
    "not_a_number": check_not_a_number,
    "an2cn_error": check_an2cn_error,
    "money": check_money,
    "money_spans": check_money_spans,
    "same_values": check_same_values,
}


def run_case(case: Case) -> list[str]:
    """What differs between the engine and the peer's expectation; empty when the case passes."""
    return CHECKS[case.check](case)
