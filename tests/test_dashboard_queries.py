"""The dashboard's pure layers on their own: value formatting (万/亿), Markdown escaping, marked-up text, the query
functions over a synthetic warehouse (checked against the `facts` view), the SQL console's guard, charts, and
the rule that the dashboard never imports `etl`."""

from __future__ import annotations

import ast
import csv
import io
import json
import re
import string
from decimal import Decimal
from pathlib import Path

import altair as alt
import duckdb
import jsonschema
import pandas as pd
import pytest
from dashboard_fixtures import ROOT, connect, make_warehouse, synthetic_con, synthetic_db  # noqa: F401

from dashboard import charts, db, queries, shapes
from dashboard.fmt import (
    Mark, document_html, document_title, exact_text, format_change, format_count, format_exact, format_number,
    format_value, label, labels, locate, marked_html, md_escape, page_href, web_url,
)
from dashboard.queries import COUNTRY, Filters
from dashboard.tables import csv_bytes, figure_table
from etl.load import apply_schema

# --- formatting ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [
    pytest.param(Decimal("2236000"), "223.6万", id="223.6万人 (社会工作者职业资格考试报名)"),
    pytest.param(Decimal("2236000.0000000000"), "223.6万", id="stored decimal(38,10)"),
    pytest.param("25802000.0000000000", "2580.2万", id="2580.2万件 as exact text"),
    pytest.param(Decimal("350000000"), "3.5亿", id="三点五亿元"),
    pytest.param(Decimal("100000000000"), "1000亿", id="千亿级"),
    pytest.param(Decimal("1200000000000"), "1.2万亿", id="1.2万亿元"),
    pytest.param(Decimal("12000"), "1.2万", id="1.2万余个"),
    pytest.param(Decimal("12345678"), "1234.57万", id="rounded to 2 decimals"),
    pytest.param(Decimal("9999"), "9999", id="below 1万: as is"),
    pytest.param(Decimal("4110"), "4110", id="4110名"),
    pytest.param(Decimal("18.4"), "18.4", id="18.4%"),
    pytest.param(Decimal("-25.4"), "-25.4", id="a fall"),
    pytest.param(Decimal("-35000"), "-3.5万", id="a negative change in 万"),
    pytest.param(Decimal("0.125"), "0.125", id="a fraction"),
    pytest.param(Decimal("0"), "0", id="zero"),
    pytest.param(2236000.0, "223.6万", id="a float from pandas"),
])
def test_format_number(value, expected):
    assert format_number(value) == expected


@pytest.mark.parametrize(("value", "unit", "high", "expected"), [
    pytest.param("2236000", "人", None, "223.6万 人", id="223.6万人"),
    pytest.param("18.4", "%", None, "18.4%", id="percent sticks to the number"),
    pytest.param("30000", "元", "50000", "3万–5万 元", id="range"),
    pytest.param("82", "个", None, "82 个", id="82个"),
    pytest.param("100000000000", "量级", None, "1000亿 量级", id="千亿级"),
])
def test_format_value(value, unit, high, expected):
    assert format_value(value, unit, high) == expected


@pytest.mark.parametrize(("value", "expected"), [
    pytest.param("2236000.0000000000", "2,236,000", id="223.6万"),
    pytest.param("18.4000000000", "18.4", id="18.4%"),
    pytest.param("-1234.5", "-1,234.5", id="negative"),
    pytest.param("0.0000000000", "0", id="zero"),
])
def test_format_exact(value, expected):
    assert format_exact(value) == expected


@pytest.mark.parametrize(("value", "unit", "basis", "expected"), [
    pytest.param("18.4", "%", "yoy", "同比 +18.4%", id="同比增长18.4%"),
    pytest.param("-2.1", "%", "mom", "环比 -2.1%", id="环比下降2.1%"),
    pytest.param("5", "个", None, "+5 个", id="no basis"),
])
def test_format_change(value, unit, basis, expected):
    assert format_change(value, unit, basis) == expected


def test_format_count():
    assert [format_count(n) for n in (7, 8520, 123456, 1_000_000)] == ["7", "8520", "12.35万", "100万"]


def test_exact_text_is_plain_digits():
    assert exact_text("2236000.0000000000") == "2236000"


@pytest.mark.parametrize(("section", "code", "expected"), [
    pytest.param("approx", "more_than", "余／多（多于）", id="1.2万余个"),
    pytest.param("approx", "nearly", "近（接近）", id="近3000万吨"),
    pytest.param("basis", "yoy", "同比", id="同比"),
    pytest.param("kind", "money", "金额", id="money"),
    pytest.param("kind", "unheard_of", "unheard_of", id="unknown code shown as stored"),
    pytest.param("approx", None, "", id="missing value"),
])
def test_label(section, code, expected):
    assert label(section, code) == expected


def test_labels_cover_the_figure_engine_codes():
    """The dashboard may not import etl; its test may, to check the labels against the engine's contract."""
    from etl.figures.model import APPROX, BASES, MEASURES

    table = labels()
    assert set(APPROX) <= set(table["approx"])
    assert set(BASES) <= set(table["basis"])
    assert set(MEASURES) <= set(table["measure"])


def test_marked_html_escapes_links_and_marks():
    text = "<b>年增223.6万人</b>，身份证1101＊＊＊＊＊＊＊＊＊＊＊＊34"
    marks = [Mark(5, 12, href="/fact?id=a&b", title='"223.6万人"'), Mark(20, 38, secret=True, title="身份证号")]
    out = marked_html(text, marks)
    assert out.startswith("&lt;b&gt;年增")
    assert '<a class="cf-fig" href="/fact?id=a&amp;b" target="_self" title="&quot;223.6万人&quot;">223.6万人</a>' in out
    assert '<span class="cf-secret" title="身份证号">1101＊＊＊＊＊＊＊＊＊＊＊＊34</span>' in out
    assert "&lt;/b&gt;" in out


@pytest.mark.parametrize("text", [
    "![x](http://evil.example/a.png)", "[点我](javascript:alert(1))", "<img src=x onerror=alert(1)>",
    ":material/warning: :red[红色]", "**粗体** _斜体_ `代码`", "www.evil.example", "# 标题\n- 列表",
])
def test_md_escape_leaves_no_markdown(text):
    """Every ASCII punctuation mark is escaped (so no link, image, tag, icon or directive can form) and the
    text reads the same once the escapes are removed."""
    out = md_escape(text)
    assert "\n" not in out
    assert re.sub(r"\\(.)", r"\1", out) == text.replace("\n", " ")
    assert all(out[i - 1] == "\\" for i, ch in enumerate(out) if ch in string.punctuation and ch != "\\" and i)


@pytest.mark.parametrize(("url", "ok"), [
    ("https://zh.wikisource.org/wiki/x", True), ("http://example.com/a?b=1", True),
    ("javascript:alert(1)", False), ("data:text/html,x", False), ("https://a.b/\"onmouseover=x", False),
    (None, False), ("ftp://x", False),
])
def test_web_url(url, ok):
    assert web_url(url) is ok


def test_marked_html_skips_overlaps_and_keeps_identifiers():
    text = "热线12345受理"
    out = marked_html(text, [Mark(2, 7, href="/fact?id=x"), Mark(2, 7, secret=True)])
    assert "cf-secret" in out and "cf-fig" not in out


def test_locate_picks_the_occurrence_nearest_the_offset():
    assert locate("增长5%，又增长5%", "5%", 8) == 8
    assert locate("增长5%，又增长5%", "5%", 0) == 2
    assert locate("增长5%", "6%", 0) is None


def test_page_href_encodes_the_label():
    assert page_href("fact", "18.4%", id="abc") == "/fact?id=abc#18.4%25"
    assert page_href("", region="四川省") == "/?region=%E5%9B%9B%E5%B7%9D%E7%9C%81"


# --- queries against the facts view -------------------------------------------------------------------------


def _facts_count(con, where: str = "true", params: tuple = ()) -> int:
    return con.execute(f"select count(*) from facts where {where}", list(params)).fetchone()[0]


def test_counts_match_the_facts_view(synthetic_con):
    row = queries.counts(synthetic_con, Filters()).iloc[0]
    assert row.figures == _facts_count(synthetic_con) == 300
    assert row.documents == synthetic_con.execute("select count(distinct doc_id) from facts").fetchone()[0]
    assert row.topics == synthetic_con.execute("select count(distinct topic) from facts").fetchone()[0]


@pytest.mark.parametrize(("filters", "where", "params"), [
    pytest.param(Filters(province="510000"), "province_code = ?", ("510000",), id="province 四川"),
    pytest.param(Filters(province=COUNTRY), "region_code = ?", (COUNTRY,), id="the whole country"),
    pytest.param(Filters(province="320000", city="320700"), "region_code in ('320700', '320703')", (),
                 id="city 连云港 with its county"),
    pytest.param(Filters(topic="employment"), "topic = ?", ("employment",), id="topic"),
    pytest.param(Filters(kind="money", unit="元"), "kind = ? and unit = ?", ("money", "元"), id="kind and unit"),
    pytest.param(Filters(period="2024"), "period = ?", ("2024",), id="period"),
])
def test_filters_select_what_the_facts_view_selects(synthetic_con, filters, where, params):
    expected = _facts_count(synthetic_con, where, params)
    assert queries.counts(synthetic_con, filters).iloc[0].figures == expected
    assert len(queries.figure_rows(synthetic_con, filters, 1000)) == expected


def test_by_province_adds_up(synthetic_con):
    frame = queries.by_province(synthetic_con, Filters())
    assert frame["figures"].sum() == 300
    assert frame["code"].is_unique and (frame["code"].str.len() == 6).all()
    assert (frame.loc[frame["code"] == COUNTRY, "short_name"] == "全国").all()


def test_by_subregion_rolls_counties_up_to_cities(synthetic_con):
    frame = queries.by_subregion(synthetic_con, Filters(), "320000")
    assert frame["figures"].sum() == _facts_count(synthetic_con, "province_code = '320000'")
    assert set(frame["code"]) <= {"320000", "320100", "320700"}


def test_figure_rows_are_rows_of_the_facts_view(synthetic_con):
    rows = queries.figure_rows(synthetic_con, Filters(topic="economy"), 50)
    view = synthetic_con.execute(
        f"select {queries.FACT_COLUMNS}, cast(value as varchar) as exact from facts "
        "where fact_id in (select unnest(?::varchar[]))",
        [list(rows["fact_id"])],
    ).df()
    merged = rows.merge(view, on="fact_id", suffixes=("", "_view"))
    assert len(merged) == len(rows) > 0
    for column in ("sentence", "mention", "region_name", "province_name", "topic_name", "doc_name"):
        assert merged[column].fillna("").equals(merged[f"{column}_view"].fillna("")), column
    assert all(Decimal(a) == Decimal(b) for a, b in zip(merged["value"], merged["exact"]))


def test_fact_has_its_sentence_and_context(synthetic_con):
    fact_id = synthetic_con.execute("select fact_id from figures where region_code = '320703' limit 1").fetchone()[0]
    fact = queries.fact(synthetic_con, fact_id).iloc[0]
    assert fact.mention in fact.sentence and fact.region_how == "clause"
    chain = queries.region_chain(synthetic_con, fact.region_code)
    assert list(chain["region_code"]) == ["320703", "320700", "320000", COUNTRY]
    paragraph = queries.paragraph(synthetic_con, fact.sentence_id)
    assert fact.sentence_id in set(paragraph["sentence_id"])
    assert queries.fact(synthetic_con, "no-such-fact").empty


def test_changes_and_related(synthetic_con):
    level = synthetic_con.execute("select fact_id, metric from figures where measure = 'level' limit 1").fetchone()
    changes = queries.changes_of(synthetic_con, level[0])
    assert len(changes) == 1 and changes.iloc[0].basis == "yoy"
    related = queries.related(synthetic_con, level[1], "level", level[0], 20)
    assert level[0] not in set(related["fact_id"])
    assert set(related["metric"]) == {level[1]} and set(related["measure"]) == {"level"}


def test_document_figures_and_identifiers_point_into_the_text(synthetic_con):
    doc_id = synthetic_con.execute("select doc_id from identifiers limit 1").fetchone()[0]
    text = queries.document(synthetic_con, doc_id).iloc[0].text
    figures = queries.document_figures(synthetic_con, doc_id)
    assert all(text[s:e] == m for s, e, m in zip(figures["char_start"], figures["char_end"], figures["mention"]))
    identifiers = queries.identifiers(synthetic_con, doc_id)
    assert set(identifiers["kind"]) == {"id_card", "phone"}
    spans = zip(identifiers["char_start"], identifiers["char_end"], identifiers["text"])
    assert all(text[s:e] == t for s, e, t in spans)


def test_options_cover_every_figure(synthetic_con):
    assert queries.province_options(synthetic_con)["figures"].sum() == 300
    assert queries.topic_options(synthetic_con)["figures"].sum() == 300
    periods = list(queries.value_options(synthetic_con, "period")["value"])
    assert periods == sorted(periods, reverse=True)
    docs = queries.document_options(synthetic_con, 2, "doc_000007")
    assert list(docs["doc_name"])[:2] != [] and "doc_000007" in set(docs["doc_name"]) and len(docs) <= 3


def test_by_column_refuses_unknown_columns(synthetic_con):
    with pytest.raises(ValueError, match="cannot group"):
        queries.by_column(synthetic_con, Filters(), "text; drop table figures", 5)


# --- the SQL console: an allow-list, a locked connection of its own ------------------------------------------


@pytest.fixture
def console(synthetic_db):
    with db.console(db.serving_path(synthetic_db)) as con:
        yield con


@pytest.mark.parametrize("sql", [
    pytest.param("select count(*) from facts", id="select"),
    pytest.param("with t as (select 1 as x) select * from t", id="with"),
    pytest.param("describe facts", id="describe"),
    pytest.param("show tables", id="show"),
    pytest.param("summarize topics", id="summarize"),
    pytest.param("select ';' as semicolon_in_a_string", id="semicolon inside a string"),
    pytest.param("from facts limit 1;", id="trailing semicolon"),
    pytest.param("select * from range(3)", id="an allowed table function"),
    pytest.param("select table_name from information_schema.tables", id="information_schema"),
    pytest.param("select count(*) from main.figures -- a comment", id="schema-qualified, comment"),
    pytest.param("select r.region_name from facts_by_region as r", id="a view"),
])
def test_console_allows_queries_of_the_warehouse(console, sql):
    assert queries.console_sql(console, sql)
    queries.run_console(console, sql, 10, 10.0)


@pytest.mark.parametrize(("sql", "reason"), [
    pytest.param("delete from figures", "DELETE", id="delete"),
    pytest.param("insert into topics values ('x', 'x', null)", "INSERT", id="insert"),
    pytest.param("update figures set value = 0", "UPDATE", id="update"),
    pytest.param("drop table figures", "DROP", id="drop"),
    pytest.param("create table t as select 1", "CREATE", id="create"),
    pytest.param("with x as (select 1) delete from figures", "DELETE", id="delete behind a CTE"),
    pytest.param("copy figures to '/tmp/x.csv'", "COPY", id="copy"),
    pytest.param("attach '/tmp/other.duckdb'", "ATTACH", id="attach"),
    pytest.param("set threads = 1", "SET", id="set"),
    pytest.param("pragma version", "PRAGMA", id="pragma"),
    pytest.param("explain analyze set global max_expression_depth = 1", "EXPLAIN", id="explain analyze set"),
    pytest.param("explain select 1", "EXPLAIN", id="explain"),
    pytest.param("call enable_logging()", "CALL", id="call"),
    pytest.param("select * from enable_logging(storage = 'file', storage_path = '/tmp/x')", "enable_logging",
                 id="enable_logging as a table function"),
    pytest.param("select * from duckdb_logs()", "duckdb_logs", id="logs"),
    pytest.param("select * from duckdb_databases()", "duckdb_databases", id="databases with their paths"),
    pytest.param("select * from duckdb_settings()", "duckdb_settings", id="settings"),
    pytest.param("select * from pragma_storage_info('documents')", "pragma_storage_info", id="storage stats"),
    pytest.param("select * from read_csv('/etc/hostname')", "read_csv", id="read_csv"),
    pytest.param("select * from read_duckdb('x.duckdb', table_name = 'documents')", "read_duckdb", id="read_duckdb"),
    pytest.param("select * from '/etc/hostname'", "/etc/hostname", id="a file as a table"),
    pytest.param("from query('select 1')", "query", id="query()"),
    pytest.param("select * from other.main.documents", "other.main.documents", id="another catalog"),
    pytest.param("select * from system.main.duckdb_settings", "duckdb_settings", id="a system view"),
    pytest.param("pivot figures on unit using count(*)", "只允许", id="pivot"),
    pytest.param("select 1; delete from figures", "一次只能运行一条语句", id="two statements"),
    pytest.param("   ", "请输入", id="empty"),
    pytest.param("selec 1", "无法解析", id="syntax error"),
])
def test_console_refuses_what_is_not_on_the_allow_list(console, sql, reason):
    with pytest.raises(ValueError, match=re.escape(reason)):
        queries.console_sql(console, sql)


def test_console_keeps_the_limits(console):
    result = queries.run_console(console, "select * from facts", 10, 10.0)
    assert len(result.frame) == 10 and result.truncated and "mention" in result.frame.columns
    whole = queries.run_console(console, "select count(*) as n from facts", 10, 10.0)
    assert whole.frame.iloc[0].n == 300 and not whole.truncated
    cells = queries.run_console(console, "select repeat('字', 100000) as t, 1 as t from range(3)", 10, 10.0)
    assert list(cells.frame.columns) == ["t", "t_1"]
    assert cells.frame.t.str.len().max() == queries.CELL_CHARS and not cells.truncated
    many = queries.run_console(console, "select repeat('x', 1999) as t from range(100000)", 10_000, 10.0)
    assert many.truncated and len(many.frame) * 1999 <= queries.RESULT_CHARS


def test_console_statements_cannot_reach_the_instance(console):
    """Even statements that would pass a check run on a connection that cannot touch files or change settings."""
    for sql in ("set memory_limit = '1MB'", "select * from read_csv('/etc/hostname')", "attach 'x.duckdb'"):
        with pytest.raises(duckdb.Error):
            console.execute(sql)


def test_console_times_out(console):
    with pytest.raises(duckdb.Error):
        queries.run_console(console, "select count(*) from range(100000000000) as a(x) where x % 7 = 3", 10, 0.5)


def test_console_result_memory_is_bounded(console):
    with pytest.raises(duckdb.Error):
        queries.run_console(console, "select string_agg(repeat('x', 1000000), '') from range(1000)", 10, 20.0)


# --- connection, tables, charts, geography ------------------------------------------------------------------


def test_an_atomic_swap_of_the_warehouse_is_seen(tmp_path, monkeypatch):
    path = tmp_path / "facts.duckdb"
    make_warehouse.build(path, 40)
    monkeypatch.setenv("FACTS_DB", str(path))
    assert db.query(queries.counts, Filters()).iloc[0].figures == 40
    make_warehouse.build(path, 60)  # writes a temporary file, then os.replace
    assert db.query(queries.counts, Filters()).iloc[0].figures == 60


def test_missing_warehouse_is_explained(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTS_DB", str(tmp_path / "nowhere.duckdb"))
    assert "nowhere.duckdb" in db.missing_warehouse_message()


def test_figure_table_links_and_csv(synthetic_con):
    doc_id = synthetic_con.execute("select doc_id from identifiers limit 1").fetchone()[0]
    rows = queries.figure_rows(synthetic_con, Filters(doc_id=doc_id), 100)
    shown = figure_table(rows)
    assert shown.iloc[0]["数字"].startswith(f"/fact?id={rows.iloc[0].fact_id}#")
    data = csv_bytes(rows, shown)
    assert data.startswith("\ufeff".encode())
    records = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(records) == len(rows) and records[0]["url"] == f"/fact?id={rows.iloc[0].fact_id}"
    assert records[0]["value"] == exact_text(rows.iloc[0].value)


def _valid_vega_lite(spec: dict) -> dict:
    """The spec, after Altair has validated it against the Vega-Lite schema (raises when it is not valid)."""
    chart_class = alt.LayerChart if "layer" in spec else alt.Chart
    chart_class.from_dict(spec, validate=True)
    return spec


def test_bar_chart_has_its_selection_and_labels():
    frame = pd.DataFrame({"code": ["510000", "320000"], "name": ["四川省", "江苏省"], "figures": [12000, 30],
                          "short_name": ["四川", "江苏"]})
    spec = _valid_vega_lite(charts.bar_chart(frame, label="name", key="code", label_title="地区", param="pick",
                                             selected="510000"))
    assert [p["name"] for layer in spec["layer"] for p in layer.get("params", [])] == ["pick"]
    data = spec["datasets"][spec["data"]["name"]]
    assert [d["figures_fmt"] for d in data] == ["1.2万", "30"] and data[0]["is_selected"] is True
    assert "short_name" not in data[0]  # only the columns the chart uses are sent


def test_an_invalid_spec_is_caught():
    with pytest.raises(jsonschema.ValidationError):
        _valid_vega_lite({"mark": {"type": "bar", "cornerRadiusEnd": "round"}, "data": {"values": []}})


def test_map_draws_every_province_grey_without_data():
    frame = pd.DataFrame({"code": ["510000"], "name": ["四川省"], "figures": [5]})
    spec = _valid_vega_lite(charts.china_map(frame, param="pick", selected="510000"))
    rows = spec["datasets"][spec["data"]["name"]]
    shapes = spec["datasets"][charts.SHAPES]
    assert len(rows) == len(shapes) == 34
    assert {r["code"] for r in rows} == {s["id"] for s in shapes}
    assert sum(r["figures"] > 0 for r in rows) == 1 and next(r for r in rows if r["is_selected"])["code"] == "510000"
    assert all(len(ring) >= 4 for s in shapes for polygon in s["geometry"]["coordinates"] for ring in polygon)


def test_geojson_copy_has_its_attribution():
    notice = (ROOT / "dashboard" / "geo" / "NOTICE").read_text(encoding="utf-8")
    assert "Apache ECharts 4.9.0" in notice and "Apache License, Version 2.0" in notice
    assert shapes.SIMPLIFIED.name in notice
    ids = [f["id"] for f in charts.province_features()]
    assert len(ids) == 34 and "510000" in ids


def test_simplified_outlines_are_current():
    """geo/china_provinces.simplified.json is generated (python -m dashboard.shapes) from the bundled GeoJSON."""
    source = json.loads(shapes.SOURCE.read_text(encoding="utf-8"))
    assert shapes.SIMPLIFIED.read_text(encoding="utf-8") == shapes.serialize(shapes.outlines(source))


def test_simplified_outlines_keep_every_province_and_stay_small():
    source = json.loads(shapes.SOURCE.read_text(encoding="utf-8"))
    features = shapes.outlines(source)["features"]
    assert [f["id"] for f in features] == [f["id"] for f in source["features"]]
    assert next(f for f in features if f["properties"]["name"] == "澳门")["geometry"]["coordinates"]  # tiny, kept
    assert shapes.SIMPLIFIED.stat().st_size < 100_000


@pytest.mark.parametrize(("ring", "expected"), [
    pytest.param([[0, 0], [1, 0.01], [2, 0], [2, 2], [0, 0]], [[0, 0], [2, 0], [2, 2], [0, 0]],
                 id="a point within the tolerance goes"),
    pytest.param([[0, 0], [1, 0.5], [2, 0], [2, 2], [0, 0]], [[0, 0], [1, 0.5], [2, 0], [2, 2], [0, 0]],
                 id="a point beyond the tolerance stays"),
])
def test_simplify_ring(ring, expected):
    assert shapes.simplify_ring(ring, 0.1, 2) == expected


def test_a_feature_without_adcode_is_refused():
    with pytest.raises(ValueError, match="6-digit adcode"):
        shapes.outlines({"features": [{"id": "51", "properties": {"name": "四川"},
                                       "geometry": {"type": "Polygon", "coordinates": []}}]})


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", [
    pytest.param(p, id=str(p.relative_to(ROOT))) for p in sorted((ROOT / "dashboard").rglob("*.py"))
])
def test_dashboard_never_imports_etl(path):
    assert not {m for m in _imported_modules(path) if m == "etl" or m.startswith("etl.")}


def test_document_html_links_figures_and_marks_masked_identifiers():
    text = "新增就业223.6万人。身份证号码1101＊＊＊＊＊＊＊＊＊＊＊＊34；热线12345。"
    figures = [{"fact_id": "f1", "char_start": 4, "char_end": 11, "mention": "223.6万人", "metric": "城镇新增就业人数",
                "value": "2236000", "value_high": None, "unit": "人", "measure": "level", "basis": None}]
    identifiers = [{"kind": "id_card", "char_start": 17, "char_end": 35, "text": "1101＊＊＊＊＊＊＊＊＊＊＊＊34"},
                   {"kind": "hotline", "char_start": 38, "char_end": 43, "text": "12345"}]
    assert text[17:35] == identifiers[0]["text"] and text[38:43] == "12345"
    out = document_html(text, figures, identifiers)
    assert '<a class="cf-fig" href="/fact?id=f1" target="_self" title="城镇新增就业人数：223.6万 人">223.6万人</a>' in out
    assert out.count('class="cf-secret"') == 1 and "热线12345" in out  # a public hotline is not marked


@pytest.mark.parametrize(("title", "text", "expected"), [
    pytest.param("2025年政府工作报告", "……", "2025年政府工作报告", id="its title"),
    pytest.param(None, "\n\n凝心聚力推动社会工作高质量发展\n\n——我国社会工作取得新成效", "凝心聚力推动社会工作高质量发展",
                 id="first line of an untitled newspaper page"),
    pytest.param(None, "社会工作事关党长期执政和国家长治久安，事关社会和谐稳定和人民群众幸福安康，面向最广泛的社会领域。",
                 "000_37e5b51ccce53404", id="a first line too long for a title"),
])
def test_document_title(title, text, expected):
    assert document_title(title, text, "000_37e5b51ccce53404") == expected
