"""How fast the dashboard answers over a 1,000,000-fact warehouse.

    .venv/bin/python bench/bench_dashboard.py [--facts 1000000] [--db bench/out/facts_1m.duckdb] [--repeat 3]
                                              [--no-browser] [--no-reference] [--check-goal]

Builds the synthetic warehouse with bench/make_warehouse.py unless --db already holds one of that size, then
times two things, each in two ways:

- first render of `/`: a new session on a server that has not run any query yet (cold), and a new session
  once the caches are warm;
- a filter change: a province chosen (its bar clicked in the browser), whose queries are not cached yet.

AppTest runs the app in-process (script run only); the browser run (Playwright over Debian's chromium, like
tests/test_browser.py) measures what a reader waits for: from navigation or click until every chart and the
table are drawn and Streamlit is idle. Each first render is a new browser context (empty browser cache: a
first visit); "returning reader" loads `/` in new tabs of one context (Streamlit's scripts cached, as on a
second visit). Goals: first render < 2 s, filter change < 1 s. Prints a markdown table; --check-goal exits 1
when a goal is missed.

For scale, the reference row times a bare Streamlit page with the overview's kinds of elements (a title,
four metrics, four small Vega-Lite charts, a small table) and no data, in new contexts like "browser, warm":
what Streamlit itself costs on this machine, whatever the dashboard does. It has no goal.
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
from dashboard.db import PAGE_CONFIG  # noqa: E402  (one configuration per file and process)

APP = ROOT / "dashboard" / "app.py"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
GOALS_S = {"first render": 2.0, "filter change": 1.0}
REFERENCE = "reference"  # Timing.what of the bare Streamlit page: no goal
REFERENCE_APP = """import pandas as pd
import streamlit as st

st.set_page_config(layout="wide")
st.title("reference")
for column in st.columns(4):
    column.metric("metric", "1")
spec = {"data": {"values": [{"a": "x", "b": 1}, {"a": "y", "b": 2}]}, "mark": "bar",
        "encoding": {"y": {"field": "a", "type": "nominal"}, "x": {"field": "b", "type": "quantitative"}}}
for index in range(4):
    st.vega_lite_chart(spec, key=f"chart{index}")
st.dataframe(pd.DataFrame({"a": [1, 2]}))
"""
# Provinces clicked for the filter changes, one per repeat (each uncached when clicked).
PROVINCES = (("510000", "四川省"), ("320000", "江苏省"), ("440000", "广东省"), ("330000", "浙江省"),
             ("370000", "山东省"))


@dataclass(frozen=True, slots=True)
class Timing:
    what: str  # "first render" | "filter change"
    how: str  # e.g. "AppTest, cold"
    seconds: list[float]


def ensure_warehouse(path: Path, facts: int) -> Path:
    """The warehouse at ``path``, (re)built when it does not hold ``facts`` figures."""
    if path.exists():
        con = duckdb.connect(str(path), read_only=True, config=PAGE_CONFIG)
        try:
            if con.execute("select count(*) from figures").fetchone()[0] == facts:
                return path
        finally:
            con.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    make_warehouse.build(path, facts)
    print(f"built {path} ({facts:,} facts) in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def time_apptest(db: Path, repeat: int) -> list[Timing]:
    """Script-run times under AppTest: cold first run, warm first runs in new sessions, province changes."""
    os.environ["FACTS_DB"] = str(db)
    from streamlit.testing.v1 import AppTest

    def first_run() -> tuple[float, AppTest]:
        at = AppTest.from_file(str(APP), default_timeout=120)
        started = time.perf_counter()
        at.run()
        if at.exception:
            raise RuntimeError(at.exception[0].value)
        return time.perf_counter() - started, at

    cold, at = first_run()
    warm = [first_run()[0] for _ in range(repeat)]
    changes = []
    for code, _ in PROVINCES[:repeat]:
        started = time.perf_counter()
        at.selectbox(key="region").select(code).run()
        changes.append(time.perf_counter() - started)
    return [Timing("first render", "AppTest, cold", [cold]), Timing("first render", "AppTest, warm", warm),
            Timing("filter change", "AppTest", changes)]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, log: Path, app: Path | None = None) -> tuple[subprocess.Popen, str]:
    """``streamlit run`` of ``app`` (default: the dashboard) over ``db`` on a free port; returns it and its URL."""
    port = _free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(app or APP), "--server.headless", "true",
               "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
               "--server.fileWatcherType", "none"]
    with log.open("w") as out:
        server = subprocess.Popen(command, cwd=ROOT, env={**os.environ, "FACTS_DB": str(db)}, stdout=out,
                                  stderr=subprocess.STDOUT)
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


def _rendered(page, figures_text: str) -> None:
    """Wait until the overview shows ``figures_text`` as its figure count, draws its four charts and its
    table, and Streamlit is idle."""
    page.locator('[data-testid="stMetric"]').nth(1).filter(has_text=figures_text).wait_for()
    page.locator('[data-testid="stVegaLiteChart"] svg, [data-testid="stVegaLiteChart"] canvas').nth(3).wait_for()
    page.locator('[data-testid="stDataFrame"]').first.wait_for()
    _idle(page)


def _idle(page) -> None:
    """Wait until Streamlit has finished its run (no 'running' status widget)."""
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")


def time_browser(db: Path, repeat: int, log: Path) -> list[Timing]:
    """Wall-clock times a reader waits in chromium: first render (cold server, then warm), province clicks."""
    from playwright.sync_api import sync_playwright

    from dashboard import queries
    from dashboard.fmt import format_count

    con = duckdb.connect(str(db), read_only=True, config=PAGE_CONFIG)
    try:
        total = format_count(queries.counts(con, queries.Filters()).iloc[0].figures)
        by_code = {code: format_count(queries.counts(con, queries.Filters(province=code)).iloc[0].figures)
                   for code, _ in PROVINCES[:repeat]}
    finally:
        con.close()
    server, url = start_server(db, log)
    renders, changes = [], []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for code, name in [*PROVINCES[:repeat], (None, None)]:  # one render more than clicks
                context = browser.new_context(viewport={"width": 1400, "height": 1400})
                page = context.new_page()
                page.set_default_timeout(120_000)
                started = time.perf_counter()
                page.goto(url + "/")
                _rendered(page, total)
                renders.append(time.perf_counter() - started)
                if code in by_code:
                    bar = page.locator('[data-testid="stVegaLiteChart"]').nth(1).locator(
                        f'[role="graphics-symbol"][aria-label*="name: {name};"]').first
                    bar.scroll_into_view_if_needed()
                    started = time.perf_counter()
                    bar.click()
                    page.wait_for_function(f"() => location.href.includes('region={quote(name)}')")
                    _rendered(page, by_code[code])
                    changes.append(time.perf_counter() - started)
                context.close()
            returning = _returning_reader(browser, url, total, repeat)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=20)
    return [Timing("first render", "browser, cold server", renders[:1]),
            Timing("first render", "browser, warm", renders[1:]),
            Timing("first render", "browser, warm, returning reader", returning),
            Timing("filter change", "browser, province bar clicked", changes)]


def _returning_reader(browser, url: str, total: str, repeat: int) -> list[float]:
    """First renders in new tabs of one browser context, after one untimed load has filled its cache."""
    context = browser.new_context(viewport={"width": 1400, "height": 1400})
    seconds = []
    try:
        for run in range(repeat + 1):
            page = context.new_page()
            page.set_default_timeout(120_000)
            started = time.perf_counter()
            page.goto(url + "/")
            _rendered(page, total)
            if run:
                seconds.append(time.perf_counter() - started)
            page.close()
    finally:
        context.close()
    return seconds


def time_reference(repeat: int, log: Path) -> list[Timing]:
    """First renders of the bare reference page (REFERENCE_APP) in new browser contexts, after one untimed."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        app = Path(folder) / "reference_app.py"
        app.write_text(REFERENCE_APP, encoding="utf-8")
        server, url = start_server(Path(folder) / "none.duckdb", log, app)
        seconds = []
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                for run in range(repeat + 1):
                    context = browser.new_context(viewport={"width": 1400, "height": 1400})
                    page = context.new_page()
                    page.set_default_timeout(120_000)
                    started = time.perf_counter()
                    page.goto(url + "/")
                    page.locator('[data-testid="stVegaLiteChart"] svg').nth(3).wait_for()
                    page.locator('[data-testid="stDataFrame"]').first.wait_for()
                    _idle(page)
                    if run:
                        seconds.append(time.perf_counter() - started)
                    context.close()
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=20)
    return [Timing(REFERENCE, "browser, warm, bare Streamlit page", seconds)]


def report(timings: list[Timing], facts: int) -> bool:
    """Print the markdown table; True when every goal is met."""
    print(f"\nDashboard over {facts:,} facts — {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}\n")
    print("| what | how | runs | median s | max s | goal s | |")
    print("|---|---|---:|---:|---:|---:|---|")
    met = True
    for timing in timings:
        if not timing.seconds:
            continue
        goal = GOALS_S.get(timing.what)
        ok = goal is None or max(timing.seconds) < goal
        met &= ok
        verdict = "" if goal is None else "ok" if ok else "MISSED"
        print(f"| {timing.what} | {timing.how} | {len(timing.seconds)} | {statistics.median(timing.seconds):.2f} "
              f"| {max(timing.seconds):.2f} | {'-' if goal is None else f'{goal:.0f}'} | {verdict} |")
    return met


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "facts_1m.duckdb")
    parser.add_argument("--repeat", type=int, default=3, help=f"runs per measure (at most {len(PROVINCES)})")
    parser.add_argument("--no-browser", action="store_true", help="AppTest only")
    parser.add_argument("--no-reference", action="store_true", help="skip the bare Streamlit page")
    parser.add_argument("--check-goal", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args(argv)
    repeat = max(1, min(args.repeat, len(PROVINCES)))
    db = ensure_warehouse(args.db, args.facts)
    timings = time_apptest(db, repeat)
    if not args.no_browser:
        timings += time_browser(db, repeat, args.db.with_suffix(".streamlit.log"))
        if not args.no_reference:
            timings += time_reference(repeat, args.db.with_suffix(".reference.log"))
    met = report(timings, args.facts)
    return 0 if met or not args.check_goal else 1


if __name__ == "__main__":
    raise SystemExit(main())
