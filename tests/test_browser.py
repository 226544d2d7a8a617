"""The dashboard in a real browser: `streamlit run dashboard/app.py` over the synthetic warehouse and over a warehouse
of a part of the shared corpus (built by `python -m etl ingest`), Debian's chromium driven by Playwright.

Every step waits for an element or for Streamlit to be idle, never for a fixed time, and clicks by role, label or
test id, never at a pixel offset. What a page should show comes from the synthetic warehouse's own account
(dashboard_fixtures.spec_figures) or from the corpus text itself."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, unquote

import pytest
from dashboard_fixtures import APP, ROOT, spec_figures, synthetic_db  # noqa: F401
from shared import shared

from dashboard.fmt import format_count

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
START_TIMEOUT_S = 60
STEP_TIMEOUT_MS = 60_000
# A part of the shared corpus: three national reports (2023–2025 outcomes and targets) and five provincial reports of
# 2026 (targets for 2026, outcomes of 2025; 山东 counts its 12345 hotline's requests).
CORPUS_PART = {
    "gwr_national_1954_2025.jsonl": ("gwr-national-000", "gwr-national-002", "gwr-national-004"),
    "gwr_provincial_2026.jsonl": ("gwr-2026-山东省", "gwr-2026-四川省", "gwr-2026-北京市", "gwr-2026-广东省",
                                  "gwr-2026-江苏省"),
}

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
            time.sleep(0.3)  # polling a server that is starting, not waiting for a page
    raise TimeoutError(f"streamlit did not answer within {START_TIMEOUT_S} s:\n{log.read_text()}")


@contextmanager
def _serve(db: Path, log: Path) -> Iterator[str]:
    """The dashboard served over ``db`` on a free port (the repository's .streamlit/config.toml applies)."""
    port = _free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless", "true",
               "--server.port", str(port)]
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, "FACTS_DB": str(db)}, stdout=out,
                                   stderr=subprocess.STDOUT)
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
def server(synthetic_db, tmp_path_factory):
    with _serve(synthetic_db, tmp_path_factory.mktemp("streamlit") / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="module")
def corpus_part(tmp_path_factory) -> tuple[Path, dict[str, dict]]:
    """A warehouse of CORPUS_PART, built by the real pipeline, and the documents it was built from (by id)."""
    folder = tmp_path_factory.mktemp("corpus_part")
    documents = {}
    for name, ids in CORPUS_PART.items():
        for line in shared("corpus", name).read_text(encoding="utf-8").splitlines():
            document = json.loads(line)
            if document["id"] in ids:
                documents[document["id"]] = document
    source = folder / "part.jsonl"
    source.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents.values()), encoding="utf-8")
    db = folder / "facts.duckdb"
    done = subprocess.run([sys.executable, "-m", "etl", "ingest", str(source), "--db", str(db)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return db, documents


@pytest.fixture(scope="module")
def corpus_server(corpus_part, tmp_path_factory):
    with _serve(corpus_part[0], tmp_path_factory.mktemp("streamlit_corpus") / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


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


def _click_until(page, target, condition: str) -> None:
    """Click a chart mark ``target`` and wait for the JavaScript ``condition`` (the URL it should lead to). A click
    that lands while Streamlit swaps the chart's element is lost, as it would be for any reader; like a reader,
    click again, at most three times: a mark that never works still fails."""
    for attempt in range(3):
        target.click()
        try:
            page.wait_for_function(condition, timeout=STEP_TIMEOUT_MS // 3)
            return
        except sync_api.TimeoutError:
            if attempt == 2:
                raise


def _charts(page):
    return page.locator('[data-testid="stVegaLiteChart"]')


def _mark(page, label: str, exact: bool = False):
    """An SVG mark of a chart, found by the label Vega gives it for screen readers."""
    selector = f'[role="graphics-symbol"][aria-label="{label}"]' if exact else \
        f'[role="graphics-symbol"][aria-label*="{label}"]'
    return _charts(page).locator(selector).first


def _grid_link(page, column: int, row: int) -> str:
    """The link a cell of the first table holds, read from the grid's accessible table (glide-cell-COL-ROW)."""
    cell = page.locator('[data-testid="stDataFrame"]').first.get_by_test_id(f"glide-cell-{column}-{row}")
    cell.wait_for(state="attached")
    return cell.text_content().strip()


def _fact_page_shows(page, mention: str, sentence_part: str) -> None:
    page.wait_for_url(re.compile(r"/fact\?id="))
    sync_api.expect(page.locator("mark.cf-current")).to_have_text(mention)
    sync_api.expect(page.locator(".cf-source")).to_contain_text(sentence_part)


# --- the synthetic warehouse --------------------------------------------------------------------------------------


def test_click_a_region_bar_then_follow_a_figure(server, browser, tmp_path):
    spec = spec_figures()
    counts = {}
    for f in spec:
        if f.province:
            counts[f.province] = counts.get(f.province, 0) + 1
    province = max(counts, key=lambda code: (counts[code], code))
    name = next(n for c, n in _province_names() if c == province)
    with _open_page(browser, tmp_path) as page:
        page.goto(server + "/")
        _charts(page).nth(3).wait_for()  # map, regions, topics, years
        _settle(page)
        bar = _charts(page).nth(1).locator(f'[role="graphics-symbol"][aria-label*="name: {name};"]').first
        _click_until(page, bar, f"() => location.href.includes('region={quote(name)}')")
        _settle(page)
        sync_api.expect(page.locator('[data-testid="stMetric"]').nth(1)).to_contain_text(format_count(counts[province]))
        sync_api.expect(page.get_by_role("combobox", name="地区", exact=True)).to_have_value(name)

        # The table's first row (in document order: the generator's) links to its fact page; follow the link.
        first = next(f for f in spec if f.province == province)
        cell = page.locator('[data-testid="stDataFrame"]').first.get_by_test_id("glide-cell-0-0")
        sync_api.expect(cell).to_contain_text("#" + quote(first.mention, safe=""))
        link = _grid_link(page, 0, 0)
        page.goto(server + link.split("#", 1)[0])
        _fact_page_shows(page, first.mention, first.sentence)


def _province_names() -> list[tuple[str, str]]:
    from dashboard_fixtures import make_warehouse

    return [(r.code, r.name) for r in make_warehouse._regions()]


def test_map_click_then_clear_then_click_again(server, browser, tmp_path):
    """A province clicked on the map filters; after 清除筛选 the same province can be clicked again."""
    region = f"region={quote('广东省')}"
    with _open_page(browser, tmp_path) as page:
        page.goto(server + "/")
        _charts(page).nth(3).wait_for()
        _settle(page)
        guangdong = _charts(page).nth(0).locator('[role="graphics-symbol"][aria-label*="广东省："]').first
        _click_until(page, guangdong, f"() => location.search.includes('{region}')")
        _settle(page)
        page.get_by_role("button", name="清除筛选").click()
        page.wait_for_function(f"() => !location.search.includes('{region}')")
        _settle(page)
        _click_until(page, guangdong, f"() => location.search.includes('{region}')")


def test_map_clicks_and_the_sidebar_agree(server, browser, tmp_path):
    """The map stays drawn while its own clicks change the province (its rows are swapped); once the sidebar
    changes the province, the map is drawn anew, so the province clicked before can be clicked again."""
    with _open_page(browser, tmp_path) as page:
        def click_on_map(name: str) -> None:
            mark = _charts(page).nth(0).locator(f'[role="graphics-symbol"][aria-label*="{name}："]').first
            _click_until(page, mark, f"() => location.search.includes('region={quote(name)}')")
            _settle(page)

        page.goto(server + "/")
        _charts(page).nth(3).wait_for()
        _settle(page)
        click_on_map("广东省")
        page.evaluate("() => { document.querySelector('[data-testid=\"stVegaLiteChart\"] svg').dataset.seen = '1' }")
        click_on_map("四川省")
        assert page.evaluate("() => document.querySelector('[data-testid=\"stVegaLiteChart\"] svg').dataset.seen")
        sync_api.expect(page.get_by_role("combobox", name="地区", exact=True)).to_have_value("四川省")

        page.get_by_role("combobox", name="地区", exact=True).click()
        page.get_by_role("option", name="广东省", exact=True).click()
        page.wait_for_function(f"() => location.search.includes('region={quote('广东省')}')")
        # the map drawn anew: wait for the new drawing, not for the old one about to be replaced (a click on that
        # one is lost on a busy machine)
        page.wait_for_function("() => { const svg = document.querySelector('[data-testid=\"stVegaLiteChart\"] svg');"
                               " return svg && !svg.dataset.seen }")
        _settle(page)
        click_on_map("四川省")
        sync_api.expect(page.get_by_role("combobox", name="地区", exact=True)).to_have_value("四川省")


@pytest.mark.parametrize("path", ["/sql?q=" + quote("select count(*) as n from facts"), "/document", "/fact?id=x",
                                  "/indicators", "/indicator?id=gdp"])
def test_a_shared_link_opens_in_the_app(server, browser, tmp_path, path):
    """A link to a page, opened by a new reader, runs through the app (its navigation, its wide layout): not as
    a bare script from a `pages/` folder, which Streamlit would list in a sidebar of its own. The toolbar is in
    viewer mode (no Deploy button) and the page has its title."""
    with _open_page(browser, tmp_path, height=900) as page:
        page.goto(server + path)
        page.get_by_role("link", name="总览").first.wait_for()
        _settle(page)
        assert page.locator('[data-testid="stSidebarNav"]').count() == 0
        assert page.get_by_role("button", name="Deploy").count() == 0
        assert page.title().startswith("cnfacts")


def test_an_overview_link_by_its_name_leads_to_the_overview_with_its_filters(server, browser, tmp_path):
    """`/overview?…` (the overview's name, as earlier links and the README's table give it) opens the overview at
    `/` with the link's filters, not Streamlit's "page not found"."""
    with _open_page(browser, tmp_path, height=900) as page:
        page.goto(server + "/overview?region=" + quote("四川省"))
        region = page.get_by_role("combobox", name="地区", exact=True)
        sync_api.expect(region).to_have_value("四川省")
        _settle(page)
        assert unquote(urllib.parse.urlsplit(page.url).path) == "/"
        assert "region=" + quote("四川省") in page.url
        assert page.get_by_text("Page not found").count() == 0


# --- a part of the corpus -------------------------------------------------------------------------------------


def test_indicator_page_click_a_point_of_the_series_and_land_on_its_sentence(corpus_server, corpus_part, browser,
                                                                                tmp_path):
    """/indicator?id=gdp_growth shows China's growth over the years; the 2024 outcome (5%, in the 2025 report) is a
    point of the line; clicking it opens the figure's page with its sentence from the report."""
    _, documents = corpus_part
    report = documents["gwr-national-000"]["text"]
    with _open_page(browser, tmp_path) as page:
        page.goto(corpus_server + "/indicator?id=gdp_growth")
        point = _mark(page, "2024年实际 5%", exact=True)
        point.wait_for()
        sync_api.expect(_mark(page, "2025年目标 5%左右", exact=True)).to_be_visible()  # a target beside it
        _settle(page)
        _click_until(page, point, "() => location.pathname.endsWith('/fact')")
        source = page.locator(".cf-source")
        source.wait_for()
        sentence = source.inner_text()
        assert "增长5%" in sentence and sentence.replace("\n", "") in report.replace("\n", "")
        sync_api.expect(page.locator("mark.cf-current")).to_contain_text("5%")


def test_overview_indicator_pill_shows_each_provinces_target_and_a_bar_opens_its_figure(corpus_server, corpus_part,
                                                                                        browser, tmp_path):
    """Two clicks from `/`: the 经济增长率 pill shows each province's 2026 target on a map and in bars (四川 5.5%左右);
    a third click on 四川's bar opens the sentence of 四川's report that sets it."""
    _, documents = corpus_part
    report = documents["gwr-2026-四川省"]["text"]
    with _open_page(browser, tmp_path) as page:
        page.goto(corpus_server + "/")
        page.get_by_role("radio", name=re.compile("^经济增长率")).click()
        page.wait_for_function("() => location.search.includes('indicator=')")
        sync_api.expect(page.get_by_text("2026年目标：", exact=False)).to_be_visible()
        bar = _mark(page, "name: 四川省;")
        bar.wait_for()
        _settle(page)
        assert "5.5%左右" in bar.get_attribute("aria-label")
        _click_until(page, bar, "() => location.pathname.endsWith('/fact')")
        source = page.locator(".cf-source")
        source.wait_for()
        assert "5.5%左右" in source.inner_text() and source.inner_text().replace("\n", "") in report.replace("\n", "")


def test_search_finds_the_12345_figures_with_their_sentences(corpus_server, corpus_part, browser, tmp_path):
    """Typing 12345 into the search box lists every figure of a sentence naming the hotline, in clear."""
    _, documents = corpus_part
    sentences = [s for d in documents.values() for s in re.split(r"(?<=[。；])", d["text"]) if "12345" in s]
    with _open_page(browser, tmp_path) as page:
        page.goto(corpus_server + "/")
        box = page.get_by_role("textbox", name="搜索原句")
        box.fill("12345")
        box.press("Enter")
        page.wait_for_function("() => location.search.includes('search=12345')")
        first_sentence = page.locator('[data-testid="stDataFrame"]').first.get_by_test_id("glide-cell-3-0")
        sync_api.expect(first_sentence).to_contain_text("12345")  # the table has been filtered
        _settle(page)
        sentence = first_sentence.text_content()
        assert any(sentence.strip("“”") in s or s in sentence for s in sentences)
        link = _grid_link(page, 0, 0)
        mention = unquote(link.split("#", 1)[1])
        page.goto(corpus_server + link.split("#", 1)[0])
        _fact_page_shows(page, mention, "12345")
