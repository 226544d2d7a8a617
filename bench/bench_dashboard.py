"""How fast the dashboard answers: `/` and `/indicator?id=gdp_growth`, over a warehouse of the corpus and over a
1,000,000-fact synthetic warehouse.

    .venv/bin/python bench/bench_dashboard.py [--warehouse corpus|synthetic|both] [--facts 1000000]
        [--corpus DIR] [--repeat 3] [--no-browser] [--no-reference] [--baseline ../main/dashboard/app.py]
        [--check-goal]

Builds what it needs unless it is there: the corpus warehouse with `python -m etl ingest` (bench/out/corpus.duckdb),
the synthetic one with bench/make_warehouse.py (bench/out/facts_1m.duckdb). Then, for each warehouse:

- first render of each page: a new session on a server that has not run any query yet (cold), and a new session
  once the caches are warm;
- a filter change on `/`: a province chosen (its bar clicked in the browser), whose queries are not cached yet.

AppTest runs the app in-process (script run only); the browser run (Playwright over Debian's chromium, like
tests/test_browser.py) measures what a reader waits for: from navigation or click until every chart and the table
are drawn and Streamlit is idle. Each first render is a new browser context (empty browser cache: a first visit).

The reference is a bare Streamlit page with as many charts as the page measured (four Vega-Lite charts beside four
metrics and a small table for `/`; three and a table for the indicator page), no data, served beside the dashboard
and rendered in a new context of the same browser just before each warm render of the page: what Streamlit itself
costs on this machine at that moment (the machine's load drifts; pairs keep the ratio honest). Goals: a warm first
render within 1.3× of the reference (the median of the pairs' ratios), a filter change under 1 s. Prints a markdown
table; --check-goal exits 1 when a goal is missed.

Beside each warm render's wall time, the CPU time of the page's renderer main thread (Linux: /proc), paired with the
reference's the same way: the work the page costs the browser, which moves far less with the machine's load than the
wall time does (on two shared cores a bare page took 2.2–4.6 s to draw). No goal is set on it; it tells whether a
change cut work when the wall-time ratio is lost in the noise.
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from bench import make_warehouse  # noqa: E402
from dashboard.db import PAGE_CONFIG, serving_path  # noqa: E402  (one configuration per file and process)

APP = ROOT / "dashboard" / "app.py"
OUT = ROOT / "bench" / "out"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
CPU_HOW = "renderer main-thread CPU"  # suffix of the `how` of CPU-time rows
FILTER_GOAL_S = 1.0
REFERENCE_RATIO_GOAL = 1.3
INDICATOR = "gdp_growth"


@dataclass(frozen=True, slots=True)
class Page:
    """A page measured: its path, how many charts it draws, and its reference page."""

    name: str
    path: str
    charts: int


PAGES = (Page("/", "/", 4), Page("/indicator", f"/indicator?id={INDICATOR}", 3))
REFERENCE_APP = """import pandas as pd
import streamlit as st

st.set_page_config(layout="wide")
st.title("reference")
for column in st.columns(4):
    column.metric("metric", "1")
spec = {{"data": {{"values": [{{"a": "x", "b": 1}}, {{"a": "y", "b": 2}}]}}, "mark": "bar",
        "encoding": {{"y": {{"field": "a", "type": "nominal"}}, "x": {{"field": "b", "type": "quantitative"}}}}}}
for index in range({charts}):
    st.vega_lite_chart(spec, key=f"chart{{index}}")
st.dataframe(pd.DataFrame({{"a": [1, 2]}}))
"""
# Provinces clicked for the filter changes, one per repeat (each uncached when clicked).
PROVINCES = (("510000", "四川省"), ("440000", "广东省"), ("330000", "浙江省"), ("370000", "山东省"),
             ("210000", "辽宁省"))


@dataclass(frozen=True, slots=True)
class Timing:
    warehouse: str  # "corpus" | "1,000,000 facts"
    what: str  # "first render /" | "filter change /" | "reference …"
    how: str  # e.g. "AppTest, cold"
    seconds: list[float]


def _connect(path: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), read_only=True, config=PAGE_CONFIG)


def synthetic_warehouse(path: Path, facts: int) -> Path:
    """The synthetic warehouse at ``path``, (re)built unless it holds what make_warehouse makes of ``facts``."""
    expected = sum(2 * len(d.sentences) + bool(d.hotline) for d in make_warehouse.specification(facts))
    if path.exists() and serving_path(path).exists():
        con = _connect(path)
        try:
            if con.execute("select count(*) from figures").fetchone()[0] == expected:
                return path
        finally:
            con.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    make_warehouse.build(path, facts)
    print(f"built {path} ({expected:,} facts) in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def corpus_warehouse(path: Path, corpus: Path) -> Path:
    """A warehouse of the corpus at ``path`` (`python -m etl ingest`), unless it is there."""
    if path.exists() and serving_path(path).exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "etl", "ingest", str(corpus), "--db", str(path)], cwd=ROOT, check=True)
    return path


def time_apptest(db: Path, repeat: int, warehouse: str) -> list[Timing]:
    """Script-run times under AppTest: cold first run of each page, warm first runs in new sessions, province
    changes on `/`."""
    os.environ["FACTS_DB"] = str(db)
    from streamlit.testing.v1 import AppTest

    def first_run(page: Page) -> tuple[float, AppTest]:
        at = AppTest.from_file(str(APP), default_timeout=300)
        if page.name != "/":
            at.switch_page("views/indicator.py")
            at.query_params["id"] = INDICATOR
        started = time.perf_counter()
        at.run()
        if at.exception:
            raise RuntimeError(at.exception[0].value)
        return time.perf_counter() - started, at

    timings = []
    for page in PAGES:
        cold, at = first_run(page)
        warm = [first_run(page)[0] for _ in range(repeat)]
        timings += [Timing(warehouse, f"first render {page.name}", "AppTest, cold", [cold]),
                    Timing(warehouse, f"first render {page.name}", "AppTest, warm", warm)]
    _, at = first_run(PAGES[0])
    changes = []
    for code, _ in PROVINCES[:repeat]:
        started = time.perf_counter()
        at.selectbox(key="region").select(code).run()
        changes.append(time.perf_counter() - started)
    return [*timings, Timing(warehouse, "filter change /", "AppTest", changes)]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, log: Path, app: Path | None = None) -> tuple[subprocess.Popen, str]:
    """``streamlit run`` of ``app`` (default: the dashboard) over ``db`` on a free port; returns it and its URL. No
    bytecode is written (a baseline tree is only read)."""
    port = _free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(app or APP), "--server.headless", "true",
               "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
               "--server.fileWatcherType", "none"]
    with log.open("w") as out:
        server = subprocess.Popen(command, cwd=ROOT, env={**os.environ, "FACTS_DB": str(db),
                                                          "PYTHONDONTWRITEBYTECODE": "1"},
                                  stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                return server, url
        except OSError:
            time.sleep(0.3)
    server.kill()
    raise RuntimeError(f"streamlit did not start:\n{log.read_text()}")


def _idle(page) -> None:
    """Wait until Streamlit has finished its run (no 'running' status widget)."""
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")


def _charts_drawn(page, charts: int) -> None:
    page.locator('[data-testid="stVegaLiteChart"] svg, [data-testid="stVegaLiteChart"] canvas').nth(charts - 1) \
        .wait_for()
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    _idle(page)


def _rendered(page, measured: Page, figures_text: str | None) -> None:
    """Wait until the page shows what it shows once done: on `/`, ``figures_text`` as its figure count; its charts
    and its table drawn; Streamlit idle."""
    if figures_text is not None:
        page.locator('[data-testid="stMetric"]').nth(1).filter(has_text=figures_text).wait_for()
    _charts_drawn(page, measured.charts)


def _counts(db: Path, repeat: int) -> tuple[str, dict[str, str]]:
    """The overview's figure count, as it writes it, for all figures and for each province clicked."""
    from dashboard import queries
    from dashboard.fmt import format_count

    con = _connect(serving_path(db))
    try:
        total = format_count(queries.counts(con, queries.Filters()).iloc[0].figures)
        by_code = {code: format_count(queries.counts(con, queries.Filters(province=code)).iloc[0].figures)
                   for code, _ in PROVINCES[:repeat]}
    finally:
        con.close()
    return total, by_code


def time_browser(db: Path, repeat: int, log: Path, warehouse: str, reference: bool,
                 baseline: Path | None = None) -> list[Timing]:
    """Wall-clock times a reader waits in chromium: first render of each page (cold server, then warm), province
    clicks on `/`. With ``reference``, each warm render is paired with one of the page's bare reference page just
    before it, in the same browser, so that the ratio of the two holds while the machine's load drifts. With
    ``baseline`` (another checkout's dashboard/app.py), that tree's `/` is timed the same way, interleaved."""
    from playwright.sync_api import sync_playwright

    total, by_code = _counts(db, repeat)
    servers = [start_server(db, log)]
    references = {}
    with tempfile.TemporaryDirectory() as folder:
        try:
            if reference:
                for charts in sorted({p.charts for p in PAGES}):
                    app = Path(folder) / f"reference_{charts}.py"
                    app.write_text(REFERENCE_APP.format(charts=charts), encoding="utf-8")
                    servers.append(start_server(Path(folder) / "none.duckdb", log.with_suffix(f".ref{charts}.log"),
                                                app))
                    references[charts] = servers[-1][1]
            if baseline is not None:
                servers.append(start_server(db, log.with_suffix(".baseline.log"), baseline))
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                timings = _time_pages(browser, servers[0][1], references, repeat, warehouse, total, by_code,
                                      servers[-1][1] if baseline is not None else None)
                browser.close()
        finally:
            for server, _ in servers:
                server.terminate()
                server.wait(timeout=20)
    return timings


def _renderer_cpu() -> dict[int, float]:
    """CPU seconds (user + system) of the main thread of every chromium renderer process started from this one, by
    process id; empty where /proc cannot tell (not Linux)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    parents, renderers = {}, {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes()
            main_thread = (entry / "task" / entry.name / "stat").read_text()
        except OSError:
            continue  # a process that ended meanwhile
        pid = int(entry.name)
        parents[pid] = int(stat[stat.rindex(")") + 2:].split()[1])
        if b"--type=renderer" in command:
            fields = main_thread[main_thread.rindex(")") + 2:].split()
            renderers[pid] = (int(fields[11]) + int(fields[12])) / tick
    me = os.getpid()

    def ours(pid: int) -> bool:
        while pid > 1 and pid != me:
            pid = parents.get(pid, 0)
        return pid == me

    return {pid: cpu for pid, cpu in renderers.items() if ours(pid)}


@dataclass(frozen=True, slots=True)
class Render:
    """One first render: its wall time, the CPU time of the renderer's main thread during it (None without /proc),
    and the time of the province click after it (None when not asked)."""

    seconds: float
    cpu: float | None
    click: float | None


def _render(browser, url: str, measured: Page, figures_text: str | None,
            province: tuple[str, str] | None = None) -> Render:
    """One first render in a new browser context (a first visit), and a province click after it when asked."""
    context = browser.new_context(viewport={"width": 1400, "height": 1400})
    page = context.new_page()
    page.set_default_timeout(300_000)
    try:
        before = _renderer_cpu()
        started = time.perf_counter()
        page.goto(url + measured.path)
        _rendered(page, measured, figures_text)
        render = time.perf_counter() - started
        after = _renderer_cpu()
        cpu = sum(seconds - before.get(pid, 0.0) for pid, seconds in after.items()) if after else None
        click = _click_province(page, province[0], province[1], measured) if province else None
        return Render(render, cpu, click)
    finally:
        context.close()


def _cpu_timing(warehouse: str, what: str, how: str, renders: list[Render]) -> list[Timing]:
    """The CPU-time row of ``renders`` (none when /proc could not tell)."""
    cpu = [r.cpu for r in renders]
    return [Timing(warehouse, what, f"{how}, {CPU_HOW}", cpu)] if cpu and None not in cpu else []


def _time_pages(browser, url: str, references: dict[int, str], repeat: int, warehouse: str, total: str,
                by_code: dict[str, str], baseline: str | None) -> list[Timing]:
    timings = []
    if baseline is not None:
        timings += _time_baseline(browser, baseline, references, repeat, warehouse, total, by_code)
    for measured in PAGES:
        figures = total if measured.name == "/" else None
        bare = Page("reference", "/", measured.charts)
        cold = _render(browser, url, measured, figures).seconds
        if measured.charts in references:
            _render(browser, references[measured.charts], bare, None)  # untimed: the server's first run
        warm, reference, changes = [], [], []
        for code, name in PROVINCES[:repeat]:
            if measured.charts in references:
                reference.append(_render(browser, references[measured.charts], bare, None))
            render = _render(browser, url, measured, figures, (name, by_code[code]) if measured.name == "/" else None)
            warm.append(render)
            if render.click is not None:
                changes.append(render.click)
        timings += [Timing(warehouse, f"first render {measured.name}", "browser, cold server", [cold]),
                    Timing(warehouse, f"first render {measured.name}", "browser, warm", [r.seconds for r in warm]),
                    *_cpu_timing(warehouse, f"first render {measured.name}", "browser, warm", warm)]
        if reference:
            how = f"browser, bare page with {measured.charts} charts, paired"
            timings += [Timing(warehouse, f"reference {measured.name}", how, [r.seconds for r in reference]),
                        *_cpu_timing(warehouse, f"reference {measured.name}", how, reference)]
        if changes:
            timings.append(Timing(warehouse, "filter change /", "browser, province bar clicked", changes))
    return timings


def _time_baseline(browser, url: str, references: dict[int, str], repeat: int, warehouse: str, total: str,
                   by_code: dict[str, str]) -> list[Timing]:
    """The baseline tree's `/`, first render and province clicks, each render paired with the bare reference."""
    measured, bare = PAGES[0], Page("reference", "/", PAGES[0].charts)
    _render(browser, url, measured, total)  # untimed: the server's first run
    warm, reference = [], []
    for code, name in PROVINCES[:repeat]:
        if measured.charts in references:
            reference.append(_render(browser, references[measured.charts], bare, None))
        warm.append(_render(browser, url, measured, total, (name, by_code[code])))
    name = f"{warehouse}, baseline"
    return [Timing(name, "first render /", "browser, warm", [r.seconds for r in warm]),
            *_cpu_timing(name, "first render /", "browser, warm", warm),
            Timing(name, "reference /", "browser, bare page, paired", [r.seconds for r in reference]),
            *_cpu_timing(name, "reference /", "browser, bare page, paired", reference),
            Timing(name, "filter change /", "browser, province bar clicked", [r.click for r in warm])]


def _click_province(page, name: str, figures_text: str, measured: Page) -> float:
    bar = page.locator('[data-testid="stVegaLiteChart"]').nth(1).locator(
        f'[role="graphics-symbol"][aria-label*="name: {name};"]').first
    bar.scroll_into_view_if_needed()
    started = time.perf_counter()
    bar.click()
    page.wait_for_function(f"() => location.href.includes('region={quote(name)}')")
    _rendered(page, measured, figures_text)
    return time.perf_counter() - started


def report(timings: list[Timing]) -> bool:
    """Print the markdown table; True when every goal is met. A warm first render is compared with the reference
    rendered just before each of its runs: the median of the pairs' ratios."""
    print(f"\nDashboard — {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}\n")
    print("| warehouse | what | how | runs | median s | max s | goal | |")
    print("|---|---|---|---:|---:|---:|---|---|")
    reference = {(t.warehouse, t.what.removeprefix("reference "), t.how.endswith(CPU_HOW)): t.seconds for t in timings
                 if t.what.startswith("reference") and t.seconds}
    met = True
    for timing in timings:
        if not timing.seconds:
            continue
        median = statistics.median(timing.seconds)
        goal, ok = "", None
        if timing.what.startswith("filter change"):
            goal, ok = f"< {FILTER_GOAL_S:.0f} s", max(timing.seconds) < FILTER_GOAL_S
        paired = reference.get((timing.warehouse, timing.what.removeprefix("first render "),
                                timing.how.endswith(CPU_HOW)))
        if timing.how == "browser, warm" and paired:
            ratio = statistics.median(a / b for a, b in zip(timing.seconds, paired))
            goal, ok = f"{ratio:.2f}× ref (≤ {REFERENCE_RATIO_GOAL}×)", ratio <= REFERENCE_RATIO_GOAL
        elif timing.how == f"browser, warm, {CPU_HOW}" and paired:  # no goal: what the wall-time ratio is made of
            goal = f"{statistics.median(a / b for a, b in zip(timing.seconds, paired)):.2f}× ref's CPU"
        met &= ok is not False
        verdict = "" if ok is None else "ok" if ok else "MISSED"
        print(f"| {timing.warehouse} | {timing.what} | {timing.how} | {len(timing.seconds)} | {median:.2f} "
              f"| {max(timing.seconds):.2f} | {goal} | {verdict} |")
    return met


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--warehouse", choices=("corpus", "synthetic", "both"), default="both")
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=OUT / "facts_1m.duckdb", help="the synthetic warehouse")
    parser.add_argument("--corpus", type=Path, default=Path(os.environ.get("CNFACTS_SHARED", ROOT.parent / "shared"))
                        / "corpus")
    parser.add_argument("--repeat", type=int, default=3, help=f"runs per measure (at most {len(PROVINCES)})")
    parser.add_argument("--no-browser", action="store_true", help="AppTest only")
    parser.add_argument("--no-reference", action="store_true", help="skip the bare Streamlit pages")
    parser.add_argument("--baseline", type=Path, help="another checkout's dashboard/app.py, timed beside this one "
                        "(run with PYTHONDONTWRITEBYTECODE=1 to leave that tree untouched)")
    parser.add_argument("--check-goal", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args(argv)
    repeat = max(1, min(args.repeat, len(PROVINCES)))
    warehouses = []
    if args.warehouse in ("corpus", "both"):
        warehouses.append(("corpus", corpus_warehouse(OUT / "corpus.duckdb", args.corpus)))
    if args.warehouse in ("synthetic", "both"):
        warehouses.append((f"{args.facts:,} facts", synthetic_warehouse(args.db, args.facts)))
    timings = []
    for name, db in warehouses:
        timings += time_apptest(db, repeat, name)
        if not args.no_browser:
            timings += time_browser(db, repeat, db.with_suffix(".streamlit.log"), name, not args.no_reference,
                                    args.baseline)
    met = report(timings)
    return 0 if met or not args.check_goal else 1


if __name__ == "__main__":
    raise SystemExit(main())
