"""Every page and control of the dashboard under streamlit.testing's AppTest. Over the synthetic warehouse, what a
page should show is computed from the generator's own account (dashboard_fixtures.spec_figures), never with the
dashboard's SQL; over the warehouse the real pipeline builds from seeds/, from the gold file of the seed."""

from __future__ import annotations

import html
import json
import re
import shutil
import tomllib
from collections import Counter
from decimal import Decimal
from urllib.parse import unquote

import pyarrow as pa
import pytest
from dashboard_fixtures import (  # noqa: F401
    ROOT, SYNTHETIC_FACTS, html_bodies, local_parent, run_page, spec_documents, spec_figures, synthetic_db,
)

from dashboard.db import serving_path
from dashboard.fmt import MASK, format_count
from dashboard.tables import TABLE_ROWS
from shared import shared

SPEC = spec_figures()
COUNTRY = "000000"


@pytest.fixture(scope="module")
def dashboard_seed_db(seed_db, tmp_path_factory):
    """A copy of the seed warehouse: the app opens its file with its own DuckDB configuration, which would
    clash with the other tests' connections to the shared `seed_db` in this process."""
    copy = tmp_path_factory.mktemp("dashboard_seed") / "facts.duckdb"
    shutil.copyfile(seed_db, copy)
    shutil.copyfile(serving_path(seed_db), serving_path(copy))
    return copy


def _text(markup: str) -> str:
    """What a reader sees of some HTML: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<style>.*?</style>|<[^>]+>", "", markup, flags=re.S))


def _metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def _labels(links) -> list[str]:
    """The text a LinkColumn shows: what follows '#' in each link."""
    return [unquote(link.split("#", 1)[1]) for link in links]


def _charts(at) -> list[dict]:
    """Each Vega-Lite chart of the page: its spec, with its Arrow datasets read back as records."""
    out = []
    for element in at.get("vega_lite_chart"):
        spec = json.loads(element.proto.spec)
        for dataset in element.proto.datasets:
            frame = pa.ipc.open_stream(dataset.data.data).read_all().to_pandas()
            spec.setdefault("datasets", {})[dataset.name] = frame.to_dict("records")
        out.append(spec)
    return out


def _rows_of(spec: dict) -> list[dict]:
    name = spec.get("data", {}).get("name") or spec["layer"][0]["data"]["name"]
    return spec["datasets"][name]


def _series(at) -> dict:
    return next(s for s in _charts(at) if s.get("layer") and s["layer"][0]["mark"]["type"] == "line")


def _map(at) -> dict:
    return next(s for s in _charts(at) if "projection" in s)


def _matching(**conditions) -> list:
    return [f for f in SPEC if all(c(f) if callable(c) else getattr(f, k) == c for k, c in conditions.items())]


# --- overview -----------------------------------------------------------------------------------------------


def test_overview_shows_counts_and_the_first_figures(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db)
    assert not at.exception
    assert _metrics(at) == {
        "文档": format_count(len({f.doc_name for f in SPEC})),
        "数字": format_count(len(SPEC)),
        "地区": format_count(len({f.region_code for f in SPEC})),
        "主题": format_count(len({f.topic for f in SPEC})),
    }
    table = at.dataframe[0].value
    assert len(table) == min(TABLE_ROWS, len(SPEC)) and all(link.startswith("/fact?id=") for link in table["数字"])
    assert f"前 {TABLE_ROWS} / 共 {len(SPEC):,}" in at.caption[-1].value  # the table says it shows a part


def test_overview_over_the_seed_lists_every_gold_figure(monkeypatch, dashboard_seed_db):
    gold = json.loads(shared("gold", "seed_facts.json").read_text(encoding="utf-8"))
    at = run_page(monkeypatch, dashboard_seed_db)
    assert not at.exception
    shown = Counter(_labels(at.dataframe[0].value["数字"]))
    assert Counter(g["mention"] for g in gold["facts"]) - shown == Counter()


def test_overview_reads_its_filters_from_the_url(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, region="四川省", topic="就业")
    assert not at.exception
    assert at.selectbox(key="region").value == "510000" and at.selectbox(key="topic").value == "employment"
    assert _metrics(at)["数字"] == format_count(len(_matching(province="510000", topic="employment")))
    assert at.selectbox(key="city").label == "下级地区"  # drill-down to the province's cities
    assert set(at.dataframe[0].value["地区"]) <= {"四川省", "成都市", "绵阳市", "锦江区"}


def test_overview_takes_codes_in_links(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, region="510000", indicator="gdp_growth")
    assert not at.exception
    assert at.selectbox(key="region").value == "510000" and at.selectbox(key="indicator").value == "gdp_growth"


def test_overview_drills_down_to_a_city(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, region="江苏省", city="连云港市")
    assert not at.exception and at.selectbox(key="city").value == "320700"
    parent = local_parent()
    expected = _matching(region_code=lambda f: f.region_code == "320700" or parent.get(f.region_code) == "320700")
    assert _metrics(at)["数字"] == format_count(len(expected))


def test_overview_filter_change_and_clear(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db)
    at.selectbox(key="year").select(2024).run()
    assert _metrics(at)["数字"] == format_count(len(_matching(year=2024)))
    assert "status" not in {s.key for s in at.selectbox}
    at.toggle(key="more").set_value(True).run()  # 更多筛选: kind, unit, period, status, document
    at.selectbox(key="status").select("target").run()
    assert _metrics(at)["数字"] == format_count(len(_matching(year=2024, status="target")))
    at.button[0].click().run()  # 清除筛选
    assert at.selectbox(key="year").value is None and at.selectbox(key="status").value is None
    assert at.toggle(key="more").value
    assert _metrics(at)["数字"] == format_count(len(SPEC))


def test_overview_ignores_an_unknown_url_value(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, region="火星", indicator="no_such_indicator")
    assert not at.exception and at.selectbox(key="region").value is None
    assert at.selectbox(key="indicator").value is None


def test_overview_year_chart_is_chronological_with_gaps(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db)
    years = next(s for s in _charts(at) if s.get("params", [{}])[0].get("select", {}).get("fields") == ["year"])
    rows = _rows_of(years)
    assert [r["year"] for r in rows] == sorted({f.year for f in SPEC})
    assert {r["year"]: r["figures"] for r in rows} == Counter(f.year for f in SPEC)
    assert years["encoding"]["x"]["scale"]["domain"] == [min(f.year for f in SPEC) - 0.6, max(f.year for f in SPEC) + 0.6]


def test_overview_searches_sentences(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, search="12345")
    hotline = _matching(sentence=lambda f: "12345" in f.sentence)
    assert not at.exception and _metrics(at)["数字"] == format_count(len(hotline))
    table = at.dataframe[0].value
    assert sorted(table["原句"]) == sorted(f.sentence for f in hotline)
    assert all("12345" in s and MASK not in s for s in table["原句"])  # the public hotline is shown in clear


def test_overview_sorts_the_table_by_value(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, topic="经济增长")
    at.selectbox(key="sort").select("value_desc").run()
    table = at.dataframe[0].value
    values = sorted((f.value for f in _matching(topic="economic_growth")), reverse=True)
    assert list(table["数值"][:3]) == [float(v) for v in values[:3]]


def test_overview_filters_one_document_from_the_url(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, doc="doc_000003")
    assert not at.exception and at.selectbox(key="doc").value is not None
    title = next(d.title for d in spec_documents() if d.name == "doc_000003")
    assert _metrics(at)["文档"] == "1" and _metrics(at)["数字"] == format_count(len(_matching(doc_name="doc_000003")))
    assert set(_labels(at.dataframe[0].value["文档"])) == {title}  # titles, not ids


# --- overview with an indicator -----------------------------------------------------------------------------


def _provinces_with_values(indicator: str, period: str, status: str) -> set[str]:
    return {f.region_code for f in _matching(indicator=indicator, period=period, status=status)
            if f.province == f.region_code}


def test_overview_with_an_indicator_maps_its_values(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, indicator="经济增长率（国内／地区生产总值增长）")
    assert not at.exception and at.selectbox(key="indicator").value == "gdp_growth"
    assert _metrics(at)["数字"] == format_count(len(_matching(indicator="gdp_growth")))
    period, status = at.get("button_group")[1].value.split(":")  # the pills of periods and statuses
    rows = _rows_of(_map(at))
    assert {r["code"] for r in rows if r["has_value"]} == _provinces_with_values("gdp_growth", period, status)
    assert _map(at)["layer"][0]["encoding"]["color"]["condition"]["scale"]["scheme"] == "blueorange"  # a change
    assert any("历年数值" in m.value for m in at.markdown)


def test_overview_moment_pills_change_the_map(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, indicator="gdp")
    pills = at.get("button_group")[1]
    assert pills.key == "at" and len(pills.options) > 1  # shown as "2025年实际"
    other = pills.options[1]
    at.get("button_group")[1].set_value(_moment_key(other)).run()
    period, status = _moment_key(other).split(":")
    assert not at.exception
    assert {r["code"] for r in _rows_of(_map(at)) if r["has_value"]} == _provinces_with_values("gdp", period, status)


@pytest.mark.parametrize("form", ["code", "shown", "shown before"])
def test_a_link_to_a_moment_in_any_form_it_was_written(monkeypatch, synthetic_db, form):
    """?at= as a code (2025:actual), as the pill shows it (2025年实际) or as links were written before periods were
    shown in words (2025 实际): the same map."""
    first = run_page(monkeypatch, synthetic_db, indicator="gdp")
    other = first.get("button_group")[1].options[1]
    key = _moment_key(other)
    period, status = key.split(":")
    given = {"code": key, "shown": other.split("（")[0],
             "shown before": f"{period} { {'actual': '实际', 'target': '目标', 'plan': '规划'}[status]}"}[form]
    at = run_page(monkeypatch, synthetic_db, indicator="gdp", at=given)
    assert not at.exception
    assert {r["code"] for r in _rows_of(_map(at)) if r["has_value"]} == _provinces_with_values("gdp", period, status)


def _moment_key(label: str) -> str:
    period, status = label[:4], label.removesuffix("）").split("年", 1)[1].split("（")[0]
    return f"{period}:{ {'实际': 'actual', '目标': 'target', '规划': 'plan'}[status]}"


def test_overview_quick_indicator_pill(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db)
    quick = at.get("button_group")[0]
    assert quick.key == "quick"
    at.get("button_group")[0].set_value("urban_new_jobs").run()
    assert not at.exception and at.selectbox(key="indicator").value == "urban_new_jobs"
    assert _metrics(at)["数字"] == format_count(len(_matching(indicator="urban_new_jobs")))


# --- indicator pages ------------------------------------------------------------------------------------------


def test_indicator_page_shows_the_series_map_and_sources(monkeypatch, synthetic_db):
    from etl.context.indicators import catalogue

    at = run_page(monkeypatch, synthetic_db, "views/indicator.py", id="gdp_growth")
    assert not at.exception
    assert at.title[0].value == catalogue().indicators["gdp_growth"].name
    national = _matching(indicator="gdp_growth", region_code=COUNTRY)
    series = _series(at)
    drawn = {(r["period"], r["status"]) for r in _rows_of(series)}
    single = {(f.period, f.status) for f in national if "-" not in f.period or "Q" in f.period}
    assert drawn == single  # multi-year plans are off until the toggle is on
    assert all(r["href"].startswith("/fact?id=") for r in _rows_of(series))
    sources = at.dataframe[0].value
    assert sorted(_labels(sources["数字"])) == sorted(_written(f) for f in national)


def _written(figure) -> str:
    """How the sources table writes a generated change: 同比 +5%左右."""
    from dashboard.fmt import format_change

    return format_change(figure.value, "%", "yoy", figure.approx, figure.value_high)


def test_indicator_page_spans_toggle(monkeypatch, synthetic_db):
    plan = next(f for f in SPEC if f.indicator and re.fullmatch(r"\d{4}-\d{4}", f.period))
    name = dict(_province_names())[plan.region_code] if plan.region_code in dict(_province_names()) else None
    at = run_page(monkeypatch, synthetic_db, "views/indicator.py", id=plan.indicator,
                  **({"region": name} if name else {}))
    assert not at.exception and at.selectbox(key="region").value in (plan.region_code, None)
    series = _series(at)
    assert (plan.period, plan.status) not in {(r["period"], r["status"]) for r in _rows_of(series)}
    at.toggle(key="series_spans").set_value(True).run()
    series = _series(at)
    spans = {(r["period"], r["status"]) for r in _rows_of(series) if r["kind"] == "span"}
    assert (plan.period, plan.status) in spans


def test_indicator_page_for_a_province_from_the_map_click_target(monkeypatch, synthetic_db):
    province = next(f.region_code for f in _matching(indicator="gdp") if f.province == f.region_code)
    name = next(n for c, n, *_ in _province_names() if c == province)
    at = run_page(monkeypatch, synthetic_db, "views/indicator.py", id="gdp", region=name)
    assert not at.exception and at.selectbox(key="region").value == province
    sources = at.dataframe[0].value
    assert len(sources) == len(_matching(indicator="gdp", region_code=province))


def _province_names():
    from dashboard_fixtures import make_warehouse

    return [(r.code, r.name) for r in make_warehouse._regions()]


def test_indicator_page_for_an_unknown_id(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, "views/indicator.py", id="no_such")
    assert not at.exception and "找不到指标" in at.error[0].value


def test_indicator_index_lists_every_indicator_with_values(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, "views/indicators.py")
    assert not at.exception
    table = at.dataframe[0].value
    assert {unquote(link.split("?id=")[1].split("#")[0]) for link in table["指标"]} == {
        f.indicator for f in SPEC if f.indicator}
    hotline = table[table["指标"].str.contains("hotline_requests")].iloc[0]
    assert hotline["来源"] == len(_matching(indicator="hotline_requests"))


# --- fact page ----------------------------------------------------------------------------------------------


def test_fact_page_shows_the_figure_in_its_sentence_and_its_indicator(monkeypatch, synthetic_db):
    figure = _matching(indicator="urban_new_jobs")[0]
    at = run_page(monkeypatch, synthetic_db)
    fact_id = next(link.split("=", 1)[1].split("#")[0] for link in at.dataframe[0].value["数字"]
                   if unquote(link.split("#")[1]) == figure.mention)
    at = run_page(monkeypatch, synthetic_db, "views/fact.py", id=fact_id)
    assert not at.exception and at.title[0].value == figure.metric
    body = html_bodies(at)
    assert f">{html.escape(figure.mention)}</mark>" in body and figure.sentence in _text(body)
    assert 'href="/indicator?id=urban_new_jobs"' in body and "精确值" in _text(body)


def test_fact_page_over_the_seed(monkeypatch, dashboard_seed_db):
    at = run_page(monkeypatch, dashboard_seed_db)
    link = at.dataframe[0].value["数字"].iloc[0]
    at = run_page(monkeypatch, dashboard_seed_db, "views/fact.py", id=link.split("=", 1)[1].split("#")[0])
    assert not at.exception and 'class="cf-fig cf-current"' in html_bodies(at)


@pytest.mark.parametrize(("date", "text", "how", "caption", "body"), [
    pytest.param("2025-06-20", "5月份，全市规模以上工业增加值同比增长8.1%。", "unknown", "河南省境内未点明的地区", "未点明的地区，位于",
                 id="全市… in a text known only as Henan's: no place of its own"),
    pytest.param("2023-02-10", "各市GDP增长目标：郑州7%以上，濮阳、漯河、信阳则是7%以上。", "places", "河南省境内列举的几个地区",
                 "列举的几个地区，同属", id="濮阳、漯河、信阳则是7%以上: one value of the places listed, not Henan's"),
])
def test_fact_page_of_a_place_that_is_not_the_region_says_so(monkeypatch, tmp_path, date, text, how, caption, body):
    """A figure kept at a region it is not the value of (a place the text never names, several places listed): the
    page says so rather than naming the region as its place."""
    import duckdb

    from etl.cli import main

    source = tmp_path / "release.jsonl"
    source.write_text(json.dumps({"id": "r", "date": date, "region": "河南", "text": text}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    db = tmp_path / "facts.duckdb"
    assert main(["ingest", str(source), "--db", str(db)]) == 0
    with duckdb.connect(str(serving_path(db)), read_only=True) as con:
        (fact_id,) = con.execute("select fact_id from figures where region_how = ?", [how]).fetchone()
    at = run_page(monkeypatch, db, "views/fact.py", id=fact_id)
    assert not at.exception and at.caption[0].value.startswith(caption)
    assert body in _text(html_bodies(at))


def test_fact_page_for_an_unknown_id(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, "views/fact.py", id="no-such-fact")
    assert not at.exception and "找不到" in at.error[0].value


# --- document page ------------------------------------------------------------------------------------------


def test_document_page_masks_identifiers_but_not_the_hotline(monkeypatch, synthetic_db):
    doc = spec_documents()[0]  # doc_000000: a contact line and a hotline line
    assert doc.contact and doc.hotline
    at = run_page(monkeypatch, synthetic_db, doc="doc_000000")
    doc_id = at.selectbox(key="doc").value
    at = run_page(monkeypatch, synthetic_db, "views/document.py", id=doc_id)
    assert not at.exception
    body = html_bodies(at)
    secrets = re.findall(r"\d{11,18}X?", doc.contact)
    assert secrets and all(secret not in body for secret in secrets) and MASK in _text(body)
    assert doc.hotline in _text(body)  # 12345 in clear
    assert body.count('href="/fact?id=') == len(_matching(doc_name="doc_000000"))


def test_document_list_without_an_id(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, "views/document.py")
    assert not at.exception
    assert all(link.startswith("/document?id=") for link in at.dataframe[0].value["文档"])


# --- SQL console --------------------------------------------------------------------------------------------


def test_sql_page_refuses_a_delete(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, "views/sql.py", q="delete from figures")
    assert not at.exception and "DELETE" in at.error[0].value and not at.dataframe


def test_sql_page_runs_a_select_from_the_url(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, "views/sql.py", q="select count(*) as n from facts")
    assert not at.exception and not at.error and not at.info
    assert at.dataframe[0].value.iloc[0]["n"] == len(SPEC)


def test_sql_page_finds_the_12345_hotline_and_says_what_is_masked(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, "views/sql.py",
                  q="select mention, sentence from facts where sentence like '%12345%'")
    assert not at.exception
    assert len(at.dataframe[0].value) == len(_matching(sentence=lambda f: "12345" in f.sentence))
    assert "sentence" in at.info[0].value and "12345" in at.info[0].value


def test_sql_page_example_fills_the_query(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, "views/sql.py")
    at.selectbox(key="example").select("各省份的数字个数").run()
    assert not at.exception and "province_name" in at.text_area(key="q").value
    assert at.dataframe[0].value["figures"].sum() == len([f for f in SPEC if f.province])


@pytest.mark.parametrize("sql", ["select * from read_csv('/etc/hostname')", "select * from '/etc/hostname'",
                                 "from query('select text from documents')"])
def test_sql_page_cannot_read_other_files(monkeypatch, synthetic_db, sql):
    at = run_page(monkeypatch, synthetic_db, "views/sql.py", q=sql)
    assert not at.exception and at.error and not at.dataframe


# --- no warehouse, wrong warehouse, configuration ----------------------------------------------------------------


def test_a_missing_warehouse_is_explained(monkeypatch, tmp_path):
    at = run_page(monkeypatch, tmp_path / "missing.duckdb")
    assert not at.exception and "missing.duckdb" in at.error[0].value


def test_a_file_that_is_not_a_serving_copy_is_refused(monkeypatch, tmp_path, synthetic_db):
    """The owner's full warehouse copied where the serving copy belongs is not served."""
    full = tmp_path / "facts.duckdb"
    shutil.copyfile(synthetic_db, serving_path(full))
    at = run_page(monkeypatch, full)
    assert not at.exception and "不是经过脱敏的服务副本" in at.error[0].value and not at.dataframe


def test_streamlit_configuration_is_safe_by_default():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["address"] == "127.0.0.1"
    assert config["client"]["toolbarMode"] == "viewer"
    app = (ROOT / "dashboard" / "app.py").read_text(encoding="utf-8")
    assert 'page_title="cnfacts' in app and "page_icon=" in app


def test_every_page_is_in_the_navigation():
    app = (ROOT / "dashboard" / "app.py").read_text(encoding="utf-8")
    pages = {p.name for p in (ROOT / "dashboard" / "views").glob("*.py")}
    assert pages == set(re.findall(r'PAGES / "(\w+\.py)"', app))


def test_the_figure_count_of_the_fixture():
    assert len(SPEC) == SYNTHETIC_FACTS + sum(1 for d in spec_documents() if d.hotline)
    assert sum(f.value for f in SPEC if f.indicator == "hotline_requests") == sum(
        Decimal(d.hotline_value) for d in spec_documents() if d.hotline)


def test_indicator_page_without_an_id_lists_the_indicators(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, "views/indicator.py")
    assert not at.exception and at.title[0].value == "指标"
    assert len(at.dataframe[0].value) == len({f.indicator for f in SPEC if f.indicator})


def test_sql_page_says_when_a_query_needs_too_much_memory(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, "views/sql.py", q="select string_agg(repeat('x', 1000), '') as s from range(0, 1000000)")
    assert not at.exception and "内存" in at.error[0].value and "Out of Memory" not in at.error[0].value
