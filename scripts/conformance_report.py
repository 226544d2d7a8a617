"""Pass rates of the figure engine on the peer suites in shared/peers, and the failing cases.

    .venv/bin/python scripts/conformance_report.py               # table + /tmp/conformance_failures.txt
    .venv/bin/python scripts/conformance_report.py --write-gaps  # also rewrite the gap rows of
                                                                 # tests/data/conformance_out_of_scope.csv

Every case is run, out-of-scope ones included, so the "RT footing" column compares like with like:
Recognizers-Text's own Python pass count over the cases its Python claims (not NotSupported by python).
"""

from __future__ import annotations

import argparse
import csv
import decimal
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import conformance  # noqa: E402

FAILURES = Path("/tmp/conformance_failures.txt")

# Gap categories: the first rule whose pattern matches the case's input (or, prefixed "problem:", one of its
# problem lines) names the gap. Order matters: specific forms first, the kind of mismatch last.
CATEGORIES = (
    (r"[\d０-９一二三四五六七八九十百千万亿两零壹贰叁肆伍陆柒捌玖拾佰仟萬億兩點点个個分之余]\s+"
     r"[\d０-９一二三四五六七八九十百千万亿两零壹贰叁肆伍陆柒捌玖拾佰仟萬億兩點点个個分之余kK]",
     "numeral broken by spaces (一百 五 十 二)"),
    (r"https?://", "percent signs inside a URL"),
    (r"又.*分之", "mixed number with 又 (一又二分之一)"),
    (r"十[一二三四五六七八九]十", "two numerals run together read as one (十一十二, 十七十八)"),
    (r"[一二三四五六七八九]-[一二三四五六七八九]", "hyphen between Chinese digits read as a minus (一-二)"),
    (r"^[负負\-]|[负負]\S*[分点]", "negative sign 负/- not part of the number"),
    (r"[/／]", "slash fraction (3/5)"),
    (r"^[.．…]|^[-－]{2}", "punctuation before a digit (...9, －－9)"),
    (r"零下", "零下 (below zero) as a sign"),
    (r"\d[,，]\d{3}", "thousands separators (82，225.00)"),
    (r"元.*(欧元|日币)", "currency named after 元 (三万元欧元, 9000元日币)"),
    (r"(?<![一二三四五六七八九零])[一二三四五六七八九]{2}[十百千万亿块]", "adjacent digits as an approximation (三五百, 八九亿)"),
    (r"[一二三四五六七八九十][十百千万]千", "千 after a complete numeral (五十千)"),
    (r"[分份]之", "分之 fraction or per-mille/per-myriad"),
    (r"点\d", "Arabic digits after 点 (一百点123)"),
    (r"貳", "traditional digit 貳 standing alone (貳月)"),
    (r"以上|以下", "bound word after the amount (（含）以上)"),
    (r"[至到~\-—][^万亿]*[万亿]", "range sharing one multiplier (十八至三十万)"),
    (r"[成]", "成 (tenths) as a percent"),
    (r"個|百分點", "traditional 個百分點"),
    (r"[几幾数數]|[余多](?=[万萬亿億])", "approximate numeral (几/数/余/多)"),
    (r"[角毛分](?!之)", "money in 角/毛/分"),
    (r"[到至~～\-—]", "range (到/至/-/~)"),
    (r"华氏|°", "temperature: 华氏 / °C"),
    (r"半", "半 (half) as a number"),
    (r"problem:^missing '.'@", "single numeral character not found (写法是叁)"),
    (r"problem:^extra '.'@", "single character in a word read as a numeral (一切, 四川, 陆地, 伍, 拾)"),
    (r"problem:^parse_number\(.*= None", "parse_number returns None"),
    (r"problem:^parse_number", "parse_number reads a different value"),
    (r"个比特币", "currency after 个 (20个比特币)"),
    (r"problem:^missing", "figure not found"),
    (r"problem:^extra", "spurious figure (陽光九九, a brand)"),
    (r"problem:^value", "wrong value"),
    (r"problem:^expected one money fact 0 ", "zero amount (零元整) not a money fact"),
    (r"problem:^expected one money fact", "money amount not found"),
    (r"problem:^unit|problem:ours .* expected", "wrong unit"),
)


@dataclass(frozen=True, slots=True)
class Outcome:
    case: conformance.Case
    problems: tuple[str, ...]
    scope: conformance.ScopeRow | None

    @property
    def passed(self) -> bool:
        return not self.problems

    @property
    def out_of_scope(self) -> bool:
        return self.scope is not None and not self.scope.is_gap


def run_all() -> list[Outcome]:
    scope = conformance.load_scope()
    outcomes = []
    for case in conformance.load_cases():
        try:
            problems = tuple(conformance.run_case(case))
        except Exception as error:  # noqa: BLE001 - a crash is a failure to report, with its type and message
            problems = (f"exception {type(error).__name__}: {error}",)
        outcomes.append(Outcome(case, problems, scope.get((case.file, case.key))))
    return outcomes


def category(outcome: Outcome) -> str:
    for pattern, label in CATEGORIES:
        if pattern.startswith("problem:"):
            regex = re.compile(pattern.removeprefix("problem:"))
            if any(regex.search(p) for p in outcome.problems):
                return label
        elif re.search(pattern, outcome.case.text):
            return label
    return "other: " + outcome.problems[0][:60]


def rate(passed: int, total: int) -> str:
    return f"{passed}/{total} ({passed / total:.1%})" if total else "-"


def footing_cells(file: str, rows: list[Outcome]) -> tuple[str, str]:
    """Ours vs RT's Python on RT's footing: the in-scope part, then all of it (out-of-scope cases run too)."""
    if file not in conformance.load_baselines():
        return "-", "-"
    rt_failed = conformance.load_rt_failures().get(file, frozenset())
    footing = [o for o in rows if o.case.rt_python]
    scoped = [o for o in footing if not o.out_of_scope]
    cell = lambda part: (  # noqa: E731
        f"{rate(sum(o.passed for o in part), len(part))} vs {rate(sum(o.case.key not in rt_failed for o in part), len(part))}"
    )
    return cell(scoped), cell(footing)


def table(outcomes: list[Outcome]) -> str:
    lines = [
        "| file | cases | out of scope | in scope: passed | gaps (xfail) | unlisted failures "
        "| RT footing in scope: ours vs RT | whole RT footing: ours vs RT |",
        "|---|---|---|---|---|---|---|---|",
    ]
    by_file: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_file[outcome.case.file].append(outcome)
    for file, rows in by_file.items():
        in_scope = [o for o in rows if not o.out_of_scope]
        gaps = sum(o.scope is not None and o.scope.is_gap for o in rows)
        unlisted = sum(not o.passed and o.scope is None for o in rows)
        scoped, whole = footing_cells(file, rows)
        lines.append(
            f"| {file} | {len(rows)} | {len(rows) - len(in_scope)} | {rate(sum(o.passed for o in in_scope), len(in_scope))}"
            f" | {gaps} | {unlisted} | {scoped} | {whole} |"
        )
    return "\n".join(lines)


def failures_text(outcomes: list[Outcome]) -> str:
    """The failing in-scope cases grouped by category, then the out-of-scope ones that happen to fail."""
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        if not outcome.passed and not outcome.out_of_scope:
            groups[category(outcome)].append(outcome)
    out = []
    for label, rows in sorted(groups.items(), key=lambda item: -len(item[1])):
        out.append(f"## {label} ({len(rows)})")
        for o in rows:
            mark = " [gap]" if o.scope is not None else ""
            out.append(f"{o.case.id}{mark}\t{o.case.text!r}\n    " + "\n    ".join(o.problems))
        out.append("")
    return "\n".join(out)


def write_gaps(outcomes: list[Outcome]) -> tuple[int, int]:
    """Keep the out-of-scope rows; make the gap rows exactly the failing in-scope cases."""
    kept = [r for r in conformance.read_scope() if not r.is_gap]
    gaps = [
        conformance.ScopeRow(o.case.file, o.case.key, o.case.text, f"{conformance.GAP_PREFIX} {category(o)}")
        for o in outcomes
        if not o.passed and not o.out_of_scope
    ]
    with conformance.SCOPE_CSV.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "case", "input", "reason"])
        for row in kept + gaps:
            writer.writerow([row.file, row.case, row.input, row.reason])
    return len(kept), len(gaps)


def rt_models() -> dict:
    """Recognizers-Text's own Python models (the bench extra), in a decimal context of their own: importing
    recognizers_number sets the process-wide precision to 15, which the engine must not inherit."""
    caller = decimal.getcontext().copy()
    from recognizers_number import Culture, NumberRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer

    decimal.setcontext(caller)
    number, unit = NumberRecognizer(Culture.Chinese), NumberWithUnitRecognizer(Culture.Chinese)
    return {
        "numbers": number.get_number_model(), "percent": number.get_percentage_model(),
        "currency": unit.get_currency_model(), "dimension": unit.get_dimension_model(),
        "temperature": unit.get_temperature_model(),
    }


def rt_problems(models: dict, case: conformance.Case) -> list[str]:
    """RT's Python on its own case, judged exactly as ours is: same half-open spans, values, unit names."""
    with decimal.localcontext(decimal.Context(prec=15)):
        results = models[case.check].parse(case.text)
    found = []
    for r in results:
        value = (r.resolution or {}).get("value")
        if value is not None:  # unit-only mentions are dropped from the expectations too
            found.append((r.start, r.end + 1, conformance.peer_decimal(value), (r.resolution or {}).get("unit", "")))
    expected = [(s.start, s.end, s.value, s.unit) for s in case.expected]
    problems = conformance._compare_spans(case.text, [f[:3] for f in found], [e[:3] for e in expected])
    units = {f[:2]: f[3] for f in found}
    problems += [f"unit {units[e[:2]]!r} != {e[3]!r}" for e in expected if e[:2] in units and units[e[:2]] != e[3]]
    return problems


def rt_failures() -> list[tuple[conformance.Case, list[str]]]:
    """The cases on RT's Python footing that RT's Python fails, with what differs."""
    models = rt_models()
    footing = [c for c in conformance.load_cases() if c.file in conformance.RT_FILES and c.rt_python]
    return [(c, problems) for c in footing if (problems := rt_problems(models, c))]


def rt_table(failures: list[tuple[conformance.Case, list[str]]]) -> str:
    lines = ["| file | RT Python, judged here | RT's own count |", "|---|---|---|"]
    baselines = conformance.load_baselines()
    failed = Counter(c.file for c, _ in failures)
    for file in conformance.RT_FILES:
        total = sum(c.file == file and c.rt_python for c in conformance.load_cases())
        own = rate(*baselines[file]) if file in baselines else "-"
        lines.append(f"| {file} | {rate(total - failed[file], total)} | {own} |")
    return "\n".join(lines)


def write_rt_failures(failures: list[tuple[conformance.Case, list[str]]]) -> None:
    with conformance.RT_FAILURES_CSV.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "case", "input", "problem"])
        for case, problems in failures:
            writer.writerow([case.file, case.key, case.text, "; ".join(problems)[:300]])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write-gaps", action="store_true", help="rewrite the gap rows from these results")
    parser.add_argument("--rt", action="store_true", help="also judge Recognizers-Text's Python (bench extra)")
    parser.add_argument(
        "--write-rt-failures", action="store_true", help=f"with --rt: rewrite {conformance.RT_FAILURES_CSV.name}"
    )
    args = parser.parse_args(argv)
    if conformance.shared_dir() is None:
        print("shared/peers not found: set CNFACTS_SHARED", file=sys.stderr)
        return 2
    outcomes = run_all()
    print(table(outcomes))
    FAILURES.write_text(failures_text(outcomes), encoding="utf-8")
    counts = Counter(category(o) for o in outcomes if not o.passed and not o.out_of_scope)
    print("\nfailing in-scope cases by category:")
    for label, count in counts.most_common():
        print(f"  {count:4d}  {label}")
    scope = Counter(o.scope.reason for o in outcomes if o.out_of_scope)
    print(f"\nout of scope, not collected as tests ({sum(scope.values())} cases, in {conformance.SCOPE_CSV.name}):")
    for reason, count in scope.most_common():
        print(f"  {count:4d}  {reason}")
    print(f"\nfailing cases written to {FAILURES}")
    if args.rt:
        failures = rt_failures()
        print("\nRecognizers-Text's own Python on the same footing and criterion:\n" + rt_table(failures))
        if args.write_rt_failures:
            write_rt_failures(failures)
            print(f"{conformance.RT_FAILURES_CSV.name}: {len(failures)} rows written")
    if args.write_gaps:
        kept, gaps = write_gaps(outcomes)
        print(f"{conformance.SCOPE_CSV.name}: {kept} out-of-scope rows kept, {gaps} gap rows written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
