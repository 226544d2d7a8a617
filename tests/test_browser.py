"""The dashboard in a real browser: `streamlit run dashboard/app.py` over the synthetic warehouse, Debian's
chromium driven by Playwright. Load `/`, click a province's bar, see the filter reach the URL and the counts,
follow the first figure's link in the table and see its sentence on the fact page."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest
from dashboard_fixtures import APP, ROOT, connect, synthetic_db  # noqa: F401

from dashboard import queries
from dashboard.fmt import format_count
from dashboard.queries import Filters

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
START_TIMEOUT_S = 60
STEP_TIMEOUT_MS = 30_000

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists() and shutil.which("chromium") is None,
                                reason="chromium is not installed (make browser-deps)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(url: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited with {server.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"streamlit did not answer within {START_TIMEOUT_S} s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def server(synthetic_db, tmp_path_factory):
    """The dashboard served over the synthetic warehouse on a free port; stopped after this module."""
    port = _free_port()
    log = tmp_path_factory.mktemp("streamlit") / "streamlit.log"
    command = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless", "true",
               "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
               "--server.fileWatcherType", "none"]
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, "FACTS_DB": str(synthetic_db)},
                                   stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


def _expected(db):
    """The province with most figures, its count, and the first figure the table shows for it."""
    con = connect(db)
    try:
        provinces = queries.by_province(con, Filters())
        top = provinces[provinces["code"] != queries.COUNTRY].iloc[0]
        first = queries.figure_rows(con, Filters(province=top.code), 1).iloc[0]
        return top, first
    finally:
        con.close()


def _settle(page) -> None:
    """Wait until Streamlit has finished its run (no 'running' status widget)."""
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')",
                           timeout=STEP_TIMEOUT_MS)


@contextmanager
def _open_page(browser, tmp_path: Path, height: int = 1400):
    """A page in a new browser context (a new reader); on failure a screenshot lands in ``tmp_path``."""
    context = browser.new_context(viewport={"width": 1400, "height": height})
    page = context.new_page()
    page.set_default_timeout(STEP_TIMEOUT_MS)
    try:
        yield page
    except Exception:
        page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
        raise
    finally:
        context.close()


def test_click_a_region_bar_then_follow_a_figure(server, browser, synthetic_db, tmp_path):
    province, first = _expected(synthetic_db)
    with _open_page(browser, tmp_path) as page:
        page.goto(server + "/")
        charts = page.locator('[data-testid="stVegaLiteChart"]')
        charts.nth(3).wait_for()  # map, regions, topics, periods
        _settle(page)

        # A real click on the province's bar (an SVG mark Vega labels with its fields).
        charts.nth(1).locator(f'[role="graphics-symbol"][aria-label*="name: {province["name"]};"]').first.click()
        page.wait_for_function(f"() => location.href.includes('region={quote(province['name'])}')")
        _settle(page)
        figures = page.locator('[data-testid="stMetric"]').nth(1)
        sync_api.expect(figures).to_contain_text(format_count(province.figures))
        sync_api.expect(page.get_by_role("combobox", name="地区", exact=True)).to_have_value(province["name"])

        # The table's first row links to its fact page (a link cell of the grid opens a new tab).
        grid = page.locator('[data-testid="stDataFrame"]').first
        grid.scroll_into_view_if_needed()
        box = grid.bounding_box()
        page.mouse.move(box["x"] + 22, box["y"] + 52)  # header row is 35 px; first row below it
        page.wait_for_timeout(500)
        with page.context.expect_page(timeout=STEP_TIMEOUT_MS) as opened:
            page.mouse.click(box["x"] + 22, box["y"] + 52)
        fact_page = opened.value
        fact_page.wait_for_load_state()
        assert f"/fact?id={first.fact_id}" in fact_page.url
        source = fact_page.locator(".cf-source")
        source.wait_for(timeout=STEP_TIMEOUT_MS)
        assert source.inner_text() == first.sentence
        sync_api.expect(fact_page.locator("mark.cf-current")).to_have_text(first.mention)


def test_map_click_then_clear_then_click_again(server, browser, tmp_path):
    """A province clicked on the map filters; after 清除筛选 the same province can be clicked again."""
    region = f"region={quote('广东省')}"
    with _open_page(browser, tmp_path) as page:
        page.goto(server + "/")
        charts = page.locator('[data-testid="stVegaLiteChart"]')
        charts.nth(3).wait_for()
        _settle(page)
        province = charts.nth(0).locator('[role="graphics-symbol"][aria-label*="广东省："]').first
        province.click()
        page.wait_for_function(f"() => location.search.includes('{region}')")
        _settle(page)
        page.get_by_role("button", name="清除筛选").click()
        page.wait_for_function(f"() => !location.search.includes('{region}')")
        _settle(page)
        charts.nth(0).locator('[role="graphics-symbol"][aria-label*="广东省："]').first.click()
        page.wait_for_function(f"() => location.search.includes('{region}')")


def test_map_clicks_and_the_sidebar_agree(server, browser, tmp_path):
    """The map stays drawn while its own clicks change the province (its rows are swapped); once the sidebar
    changes the province, the map is drawn anew, so the province clicked before can be clicked again."""
    with _open_page(browser, tmp_path) as page:
        charts = page.locator('[data-testid="stVegaLiteChart"]')

        def click_on_map(name: str) -> None:
            charts.nth(0).locator(f'[role="graphics-symbol"][aria-label*="{name}："]').first.click()
            page.wait_for_function(f"() => location.search.includes('region={quote(name)}')")
            _settle(page)

        page.goto(server + "/")
        charts.nth(3).wait_for()
        _settle(page)
        click_on_map("广东省")
        page.evaluate("() => { document.querySelector('[data-testid=\"stVegaLiteChart\"] svg').dataset.seen = '1' }")
        click_on_map("四川省")
        assert page.evaluate("() => document.querySelector('[data-testid=\"stVegaLiteChart\"] svg').dataset.seen")
        sync_api.expect(page.get_by_role("combobox", name="地区", exact=True)).to_have_value("四川省")

        page.get_by_role("combobox", name="地区", exact=True).click()
        page.get_by_role("option", name="广东省", exact=True).click()
        page.wait_for_function(f"() => location.search.includes('region={quote('广东省')}')")
        _settle(page)
        click_on_map("四川省")
        sync_api.expect(page.get_by_role("combobox", name="地区", exact=True)).to_have_value("四川省")


@pytest.mark.parametrize("path", ["/sql?q=" + quote("select count(*) as n from facts"), "/document", "/fact?id=x"])
def test_a_shared_link_opens_in_the_app(server, browser, tmp_path, path):
    """A link to a page, opened by a new reader, runs through the app (its navigation, its wide layout): not as
    a bare script from a `pages/` folder, which Streamlit would list in a sidebar of its own."""
    with _open_page(browser, tmp_path, height=900) as page:
        page.goto(server + path)
        page.get_by_role("link", name="总览").first.wait_for()
        _settle(page)
        assert page.locator('[data-testid="stSidebarNav"]').count() == 0
