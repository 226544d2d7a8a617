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
from collections import Counter

from dashboard_fixtures import (  # noqa: F401
    ROOT, connect, local_parent, make_warehouse, spec_documents, spec_figures, synthetic_con, synthetic_db,
)

from dashboard import charts, db, queries, shapes, tables
from dashboard import indicators as ind
from dashboard.fmt import (
    MASK, Mark, document_html, document_title, exact_text, format_change, format_count, format_exact, format_number,
    format_value, label, labels, locate, marked_html, md_escape, page_href, web_url,
)
from dashboard.queries import COUNTRY, Filters
from dashboard.tables import figure_table

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


@pytest.mark.parametrize(("value", "unit", "high", "approx", "expected"), [
    pytest.param("2236000", "人", None, None, "223.6万人", id="223.6万人"),
    pytest.param("18.4", "%", None, None, "18.4%", id="percent sticks to the number"),
    pytest.param("30000", "元", "50000", None, "3万–5万元", id="range"),
    pytest.param("82", "个", None, None, "82个", id="82个"),
    pytest.param("100000000000", "量级", None, None, "1000亿量级", id="千亿级"),
    pytest.param("35", "微克/立方米", None, None, "35微克/立方米", id="35微克/立方米"),
    pytest.param("5", "kWh", None, None, "5 kWh", id="a unit in Latin letters keeps its space"),
    pytest.param("5", "%", None, "about", "5%左右", id="5%左右"),
    pytest.param("600000", "人", None, "at_least", "60万人以上", id="60万人以上"),
    pytest.param("30000000", "吨", None, "nearly", "近3000万吨", id="近3000万吨"),
    pytest.param("12000", "个", None, "more_than", "超1.2万个", id="1.2万余个"),
    pytest.param("4.5", "%", "5", None, "4.5–5%", id="4.5%-5%"),
])
def test_format_value(value, unit, high, approx, expected):
    assert format_value(value, unit, high, approx) == expected


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
    pytest.param("5", "个", None, "+5个", id="no basis"),
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


def _engine_codes() -> dict[str, set[str]]:
    """Every code the engine and loader can write into a column the dashboard labels, read from the engine's own
    declarations (the dashboard may not import etl; its tests may)."""
    import csv as _csv
    from importlib.resources import files

    from etl.context.indicators import DIRECTIONS, MEASURES as INDICATOR_MEASURES
    from etl.context.reference import STATUSES
    from etl.context.regions import HOW
    from etl.figures.model import APPROX, BASES, KINDS, MEASURES

    period_source = (ROOT / "etl" / "context" / "period.py").read_text(encoding="utf-8")
    reference_source = (ROOT / "etl" / "context" / "reference.py").read_text(encoding="utf-8")
    period_bases = set(re.findall(r'"(daily_avg|per_\w+|cumulative)"', period_source + reference_source))
    kinds_csv = files("etl.lexicon").joinpath("identifier_kinds.csv").read_text(encoding="utf-8")
    return {
        "kind": set(KINDS),
        "approx": set(APPROX),
        "basis": set(BASES),
        "measure": set(MEASURES) | set(INDICATOR_MEASURES),
        "period_basis": period_bases,
        "status": set(STATUSES),
        "direction": set(DIRECTIONS),
        "region_how": set(HOW),
        "identifier": {row["kind"] for row in _csv.DictReader(kinds_csv.splitlines())},
        "level": {"country", "province", "city", "county"},
    }


@pytest.mark.parametrize("section", ["kind", "approx", "basis", "measure", "period_basis", "status", "direction",
                                     "region_how", "identifier", "level"])
def test_every_code_the_engine_can_produce_has_a_label(section):
    codes = _engine_codes()[section]
    assert codes, section
    assert codes <= set(labels()[section]), f"[{section}] lacks {sorted(codes - set(labels()[section]))}"


@pytest.mark.parametrize("section", ["kind", "approx", "status", "region_how", "identifier", "period_basis"])
def test_no_label_for_a_code_the_engine_never_produces(section):
    assert set(labels()[section]) <= _engine_codes()[section]


def test_qualifier_labels_are_for_known_approx_codes():
    assert set(labels()["approx_before"]) | set(labels()["approx_after"]) == set(labels()["approx"])
    assert not set(labels()["approx_before"]) & set(labels()["approx_after"])


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


# --- queries, against what the generator says the synthetic warehouse holds (dashboard_fixtures.spec_figures) ----

SPEC = spec_figures()


def _matching(**conditions) -> list:
    """The generated figures that meet every condition: a callable on the figure, or a value of its attribute."""
    return [f for f in SPEC if all(c(f) if callable(c) else getattr(f, k) == c for k, c in conditions.items())]


def test_counts_are_what_was_generated(synthetic_con):
    row = queries.counts(synthetic_con, Filters()).iloc[0]
    assert row.figures == len(SPEC)
    assert row.documents == len({f.doc_name for f in SPEC})
    assert row.regions == len({f.region_code for f in SPEC})
    assert row.topics == len({f.topic for f in SPEC})


_CITY = local_parent()


def _in_city(city: str):
    return lambda f: f.region_code == city or _CITY.get(f.region_code) == city


@pytest.mark.parametrize(("filters", "expected"), [
    pytest.param(Filters(province="510000"), dict(province="510000"), id="province 四川"),
    pytest.param(Filters(province=COUNTRY), dict(region_code=COUNTRY), id="the whole country"),
    pytest.param(Filters(province="320000", city="320700"), dict(region_code=_in_city("320700")),
                 id="city 连云港 with its county"),
    pytest.param(Filters(topic="employment"), dict(topic="employment"), id="topic"),
    pytest.param(Filters(kind="money", unit="元"), dict(kind="money", unit="元"), id="kind and unit"),
    pytest.param(Filters(period="2024"), dict(period="2024"), id="period"),
    pytest.param(Filters(year=2024), dict(year=2024), id="year: 2024, its quarters"),
    pytest.param(Filters(year=2025), dict(year=2025), id="year: 2025, with the plan 2021-2025"),
    pytest.param(Filters(indicator="gdp_growth"), dict(indicator="gdp_growth"), id="indicator"),
    pytest.param(Filters(status="target"), dict(status="target"), id="status"),
    pytest.param(Filters(text="12345"), dict(sentence=lambda s: None), id="text: the 12345 hotline lines"),
    pytest.param(Filters(text="预期目标", province="440000"), dict(province="440000", status="target"),
                 id="text and province"),
])
def test_filters_select_what_was_generated(synthetic_con, filters, expected):
    if filters.text == "12345":
        expected = dict(sentence=lambda f: "12345" in f.sentence)
    want = _matching(**expected)
    assert want, "the oracle should not be empty"
    assert queries.counts(synthetic_con, filters).iloc[0].figures == len(want)
    rows = queries.figure_rows(synthetic_con, filters, 10_000)
    assert sorted(zip(rows["mention"], map(Decimal, rows["value"]))) == sorted((f.mention, f.value) for f in want)


def test_figure_rows_sort_by_value_on_the_server(synthetic_con):
    economy = _matching(topic="economic_growth")
    rows = queries.figure_rows(synthetic_con, Filters(topic="economic_growth"), 5, "value_desc")
    assert [Decimal(v) for v in rows["value"]] == sorted((f.value for f in economy), reverse=True)[:5]
    assert rows["number"].is_monotonic_decreasing
    rows = queries.figure_rows(synthetic_con, Filters(topic="economic_growth"), 5, "value_asc")
    assert [Decimal(v) for v in rows["value"]] == sorted(f.value for f in economy)[:5]


def test_figure_rows_carry_titles_statuses_and_indicators(synthetic_con):
    rows = queries.figure_rows(synthetic_con, Filters(indicator="urban_new_jobs"), 100)
    want = {(f.mention, f.sentence): f for f in _matching(indicator="urban_new_jobs")}
    assert len(rows) == len(want)
    for row in rows.to_dict("records"):
        figure = want[(row["mention"], row["sentence"])]
        assert (row["doc_title"], row["status"], row["period"]) == (figure.doc_title, figure.status, figure.period)
        assert row["indicator_name"] == "城镇新增就业" and figure.mention in row["sentence"]


def test_by_province_adds_up(synthetic_con):
    frame = queries.by_province(synthetic_con, Filters())
    assert frame["figures"].sum() == len(SPEC)
    assert dict(zip(frame["code"], frame["figures"])) == Counter(f.province or COUNTRY for f in SPEC)
    assert (frame.loc[frame["code"] == COUNTRY, "short_name"] == "全国").all()


def test_by_subregion_rolls_counties_up_to_cities(synthetic_con):
    frame = queries.by_subregion(synthetic_con, Filters(), "320000")
    assert frame["figures"].sum() == len(_matching(province="320000"))
    assert set(frame["code"]) <= {"320000", "320100", "320700"}


def test_by_year_counts_every_year(synthetic_con):
    frame = queries.by_year(synthetic_con, Filters())
    assert dict(zip(frame["year"].astype(int), frame["figures"])) == Counter(f.year for f in SPEC)


def test_fact_has_its_sentence_and_context(synthetic_con):
    fact_id = synthetic_con.execute("select fact_id from figures where region_code = '320703' limit 1").fetchone()[0]
    fact = queries.fact(synthetic_con, fact_id).iloc[0]
    assert fact.mention in fact.sentence and fact.region_how == "clause"
    assert (fact.sentence, fact.doc_title) in {(f.sentence, f.doc_title) for f in _matching(region_code="320703")}
    chain = queries.region_chain(synthetic_con, fact.region_code)
    assert list(chain["region_code"]) == ["320703", "320700", "320000", COUNTRY]
    paragraph = queries.paragraph(synthetic_con, fact.sentence_id)
    assert fact.sentence_id in set(paragraph["sentence_id"])
    assert queries.fact(synthetic_con, "no-such-fact").empty


def test_changes_and_related(synthetic_con):
    level = synthetic_con.execute("select fact_id, metric from figures where measure = 'level' and "
                                  "rule = 'synthetic.level' limit 1").fetchone()
    changes = queries.changes_of(synthetic_con, level[0])
    assert len(changes) == 1 and changes.iloc[0].basis == "yoy"
    related = queries.related(synthetic_con, level[1], "level", level[0], 1000)
    assert level[0] not in set(related["fact_id"])
    assert set(related["metric"]) == {level[1]} and set(related["measure"]) == {"level"}
    assert len(related) == len(_matching(metric=level[1], measure="level")) - 1


def test_document_figures_and_identifiers_point_into_the_text(synthetic_con):
    doc_id = synthetic_con.execute("select doc_id from documents where doc_name = 'doc_000000'").fetchone()[0]
    text = queries.document(synthetic_con, doc_id).iloc[0].text
    figures = queries.document_figures(synthetic_con, doc_id)
    assert len(figures) == len(_matching(doc_name="doc_000000"))
    assert all(text[s:e] == m for s, e, m in zip(figures["char_start"], figures["char_end"], figures["mention"]))
    identifiers = queries.identifiers(synthetic_con, doc_id)
    assert set(identifiers["kind"]) == {"id_card", "phone", "hotline"}  # doc_000000 has all three
    spans = zip(identifiers["char_start"], identifiers["char_end"], identifiers["text"])
    assert all(text[s:e] == t for s, e, t in spans)


def test_the_serving_copy_masks_private_numbers_but_not_the_12345_hotline(synthetic_db):
    con = connect(db.serving_path(synthetic_db))
    try:
        shown = queries.identifiers(con, con.execute(
            "select doc_id from documents where doc_name = 'doc_000000'").fetchone()[0])
        hotline_sentences = con.execute("select count(*) from sentences where contains(text, '12345')").fetchone()[0]
    finally:
        con.close()
    texts = dict(zip(shown["kind"], shown["text"]))
    assert texts["hotline"] == "12345" and MASK in texts["id_card"] and MASK in texts["phone"]
    assert hotline_sentences == sum(1 for d in spec_documents() if d.hotline)


def test_options_cover_every_figure(synthetic_con):
    assert queries.province_options(synthetic_con)["figures"].sum() == len(SPEC)
    assert queries.topic_options(synthetic_con)["figures"].sum() == len(SPEC)
    periods = list(queries.value_options(synthetic_con, "period")["value"])
    assert periods == sorted(periods, reverse=True)
    assert list(queries.year_options(synthetic_con)["year"]) == sorted({f.year for f in SPEC}, reverse=True)
    indicators_ = queries.indicator_options(synthetic_con)
    assert dict(zip(indicators_["indicator"], indicators_["figures"])) == Counter(
        f.indicator for f in SPEC if f.indicator)
    statuses = queries.value_options(synthetic_con, "status")
    assert dict(zip(statuses["value"], statuses["figures"])) == Counter(f.status for f in SPEC)
    docs = queries.document_options(synthetic_con, 2, "doc_000007")
    assert "doc_000007" in set(docs["doc_name"]) and len(docs) <= 3


# --- indicators --------------------------------------------------------------------------------------------


def _series_keys(indicator: str, region: str | None = None) -> Counter:
    """(region, period, status) → how many generated figures give a value there."""
    return Counter((f.region_code, f.period, f.status) for f in _matching(indicator=indicator)
                   if region is None or f.region_code == region)


@pytest.mark.parametrize("indicator", ["gdp_growth", "urban_new_jobs", "surveyed_unemployment", "hotline_requests"])
def test_indicator_points_are_the_generated_values(synthetic_con, indicator):
    points = queries.indicator_points(synthetic_con, indicator)
    keys = _series_keys(indicator)
    assert dict(zip(zip(points["region_code"], points["period"], points["status"]), points["n_sources"])) == keys
    by_key = {}
    for f in _matching(indicator=indicator):
        by_key.setdefault((f.region_code, f.period, f.status), []).append(f)
    for row in points.to_dict("records"):
        sources = by_key[(row["region_code"], row["period"], row["status"])]
        # the value shown is the one of the figure it links to: that figure's mention stands in its sentence
        assert (Decimal(row["value"]), row["mention"], row["sentence"]) in {(f.value, f.mention, f.sentence)
                                                                            for f in sources}
        assert row["conflict"] == (len({(f.value, f.value_high) for f in sources}) > 1)


def test_provincial_values_and_moments(synthetic_con):
    points = queries.indicator_points(synthetic_con, "gdp")
    provincial = [f for f in _matching(indicator="gdp") if f.region_code.endswith("0000") and f.province]
    moments = ind.moments_of(points)
    want = Counter()
    for period, status in {(f.period, f.status) for f in provincial}:
        want[(period, status)] = len({f.region_code for f in provincial if (f.period, f.status) == (period, status)})
    assert dict(zip(zip(moments["period"], moments["status"]), moments["provinces"])) == want
    moment = ind.default_moment(moments)
    values = ind.provincial(points, moment)
    assert set(values["region_code"]) == {f.region_code for f in provincial
                                          if (f.period, f.status) == tuple(moment)}
    assert values["number"].is_monotonic_decreasing


def test_indicator_sources_list_every_figure(synthetic_con):
    sources = queries.indicator_sources(synthetic_con, "gdp_growth", COUNTRY)
    want = _matching(indicator="gdp_growth", region_code=COUNTRY)
    assert sorted(sources["mention"]) == sorted(f.mention for f in want)
    assert set(sources["doc_title"]) == {f.doc_title for f in want}


def test_indicator_index_lists_the_indicators_with_values(synthetic_con):
    index = queries.indicator_index(synthetic_con)
    assert set(index["indicator"]) == {f.indicator for f in SPEC if f.indicator}
    hotline = index.set_index("indicator").loc["hotline_requests"]
    national = sorted((f.year, f.value) for f in _matching(indicator="hotline_requests"))
    assert hotline["national_period"] == str(national[-1][0])
    table = ind.index_table(index)
    assert all(link.startswith("/indicator?id=") for link in table["指标"])


# --- downloads: every matching row, streamed from DuckDB --------------------------------------------------------


@pytest.mark.parametrize("filters", [Filters(), Filters(province="510000"), Filters(indicator="gdp_growth"),
                                     Filters(text="12345")], ids=["all", "province", "indicator", "text"])
def test_csv_holds_every_matching_row(synthetic_con, filters):
    want = [f for f in SPEC if _meets(f, filters)]
    data = tables.csv_file(queries.export_reader(synthetic_con, filters, batch_rows=100)).read()
    assert data.startswith("\ufeff".encode())
    records = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(records) == len(want) > 0
    assert sorted((r["mention"], Decimal(r["value"]), r["sentence"]) for r in records) == sorted(
        (f.mention, f.value, f.sentence) for f in want)
    assert all(r["url"] == f"/fact?id={r['fact_id']}" for r in records)
    assert {r["doc_title"] for r in records} == {f.doc_title for f in want}


def _meets(figure, filters: Filters) -> bool:
    return ((filters.province is None or figure.province == filters.province)
            and (filters.indicator is None or figure.indicator == filters.indicator)
            and (filters.text is None or filters.text in figure.sentence))


def test_parquet_holds_every_row_with_exact_values(synthetic_con):
    import pyarrow.parquet as pq

    table = pq.read_table(tables.parquet_file(queries.export_reader(synthetic_con, Filters(), batch_rows=333)))
    assert table.num_rows == len(SPEC)
    assert str(table.schema.field("value").type) == "decimal128(38, 10)"
    assert sorted(zip(table["mention"].to_pylist(), table["value"].to_pylist())) == sorted(
        (f.mention, f.value) for f in SPEC)


def test_downloads_of_nothing_have_a_header(synthetic_con):
    data = tables.csv_file(queries.export_reader(synthetic_con, Filters(province="999999"))).read()
    assert data.decode("utf-8-sig").splitlines() == [",".join(
        [*(c.strip().split(" as ")[-1].split(".")[-1] for c in queries.EXPORT_COLUMNS.split(",")), "display", "url"])]


def test_by_column_refuses_unknown_columns(synthetic_con):
    with pytest.raises(ValueError, match="cannot group"):
        queries.by_column(synthetic_con, Filters(), "text; drop table figures")


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
    assert whole.frame.iloc[0].n == len(SPEC) and not whole.truncated
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
    assert db.query(queries.counts, Filters()).iloc[0].figures == len(spec_figures(40))
    make_warehouse.build(path, 60)  # writes a temporary file, then os.replace
    assert db.query(queries.counts, Filters()).iloc[0].figures == len(spec_figures(60))


def test_missing_warehouse_is_explained(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTS_DB", str(tmp_path / "nowhere.duckdb"))
    assert "nowhere.duckdb" in db.missing_warehouse_message()


def test_figure_table_links_sorts_and_writes_qualifiers(synthetic_con):
    rows = queries.figure_rows(synthetic_con, Filters(indicator="gdp_growth"), 100)
    shown = figure_table(rows)
    assert shown.iloc[0]["数字"].startswith(f"/fact?id={rows.iloc[0].fact_id}#")
    assert shown["数值"].dtype.kind == "f"  # a number: the grid sorts it as one
    assert all(link.startswith("/document?id=") for link in shown["文档"])
    written = dict(zip(rows["mention"], shown["写法"]))
    for f in _matching(indicator="gdp_growth"):
        if f.approx == "about":
            assert written[f.mention].endswith("%左右"), f.mention
        if f.value_high is not None:
            assert "–" in written[f.mention], f.mention
    assert set(shown["状态"]) <= {"实际", "目标", "规划"}


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


def test_map_draws_every_province_grey_without_data_and_the_inset():
    frame = pd.DataFrame({"code": ["510000"], "name": ["四川省"], "value": [5], "label": ["5"]})
    spec = _valid_vega_lite(charts.china_map(frame, param="pick", selected="510000"))
    provinces, inset = spec["layer"]
    rows = spec["datasets"][provinces["data"]["name"]]
    shapes_ = spec["datasets"][charts.SHAPES]
    assert len(rows) == len(shapes_) == 34
    assert {r["code"] for r in rows} == {s["id"] for s in shapes_}
    assert sum(r["has_value"] for r in rows) == 1 and next(r for r in rows if r["is_selected"])["code"] == "510000"
    assert provinces["encoding"]["color"]["value"] == charts.NO_DATA
    assert all(len(ring) >= 4 for s in shapes_ for polygon in s["geometry"]["coordinates"] for ring in polygon)
    assert [f["properties"]["name"] for f in spec["datasets"][inset["data"]["name"]]] == ["南海诸岛"]
    assert [p["name"] for layer in spec["layer"] for p in layer.get("params", [])] == ["pick"]


def test_the_inset_is_wound_for_vega_and_sits_off_the_coast():
    """d3-geo (Vega) reads a polygon wound anticlockwise as the whole globe but the polygon: every ring of the inset
    is clockwise, and the inset box lies east of Taiwan and south of Zhejiang (126°–132.1°E, 18.35°–25°N)."""
    (feature,) = charts.inset_features()
    rings = [ring for polygon in feature["geometry"]["coordinates"] for ring in polygon]
    area = [sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(r, r[1:])) for r in rings]
    assert len(rings) == 12 and all(a < 0 for a in area)
    xs, ys = [p[0] for r in rings for p in r], [p[1] for r in rings for p in r]
    assert (min(xs), max(xs), min(ys), max(ys)) == (126.0, 132.0952, 18.35, 25.0)


@pytest.mark.parametrize(("measure", "values", "diverging", "domain"), [
    pytest.param("level", [5.1, 141.0], False, [5.1, 141.0], id="a level: sequential from its smallest value"),
    pytest.param("change", [4.5, 7.0], True, [-7.0, 7.0], id="a change: diverging around 0, symmetric"),
    pytest.param("change", [-2.0, 1.0], True, [-2.0, 2.0], id="a fall and a rise"),
    pytest.param("any", [1.0, 3.0], False, [1.0, 3.0], id="any, all above 0: sequential"),
    pytest.param("any", [-0.5, 2.0], True, [-2.0, 2.0], id="any, straddling 0: diverging"),
])
def test_value_scale_follows_the_measure(measure, values, diverging, domain):
    scale = charts.value_scale(measure, "%", values)
    assert scale.diverging is diverging and scale.scale["domain"] == domain and scale.title == "单位：%"


def test_value_bars_link_every_bar_to_its_figure_and_draw_ranges():
    frame = pd.DataFrame({"code": ["510000", "440000"], "name": ["四川省", "广东省"], "number": [5.5, 4.5],
                          "number_high": [None, 5.0], "label": ["5.5%左右", "4.5–5%"],
                          "href": ["/fact?id=a", "/fact?id=b"], "tip": ["…", "…"], "source": ["x", "y"]})
    spec = _valid_vega_lite(charts.value_bars(frame, scale=charts.value_scale("change", "%", [4.5, 5.5]), unit="%"))
    bars, ranges, _ = spec["layer"]
    assert bars["encoding"]["href"]["field"] == "href" and ranges["encoding"]["x2"]["field"] == "number_high"
    rows = spec["datasets"][spec["data"]["name"]]
    assert [r["label"] for r in rows] == ["5.5%左右", "4.5–5%"] and rows[1]["end"] == 5.0


def _points(**overrides) -> pd.DataFrame:
    """indicator_points rows of one region, as queries.indicator_points returns them."""
    base = dict(indicator="gdp_growth", region_code=COUNTRY, region_name="全国", region_level="country",
                province_code=None, year=2020, value="5", value_high=None, number=5.0, number_high=None, unit="%",
                approx=None, n_sources=1, conflict=False, fact_id="f", mention="5%", measure="change", basis="yoy",
                period_basis=None,
                sentence="增长5%", doc_id="d", doc_name="d", doc_title="报告", status="actual", period="2020")
    rows = [{**base, **row} for row in overrides["rows"]]
    return pd.DataFrame(rows)


def test_series_frame_breaks_the_line_of_outcomes_at_missing_years():
    points = _points(rows=[
        dict(period="2018", fact_id="a"), dict(period="2019", fact_id="b"), dict(period="2021", fact_id="c"),
        dict(period="2021", status="target", approx="about", fact_id="t"),
        dict(period="2021-2025", status="plan", fact_id="p"),
        dict(period="2022", status="target", value="4.5", value_high="5", number=4.5, number_high=5.0, fact_id="r"),
        dict(period="2016-2020", value="32", number=32.0, period_basis="cumulative", fact_id="total"),
    ])
    frame = ind.series_frame(points)
    assert "/fact?id=total" not in set(frame["href"])  # a total over five years is no point of the yearly series
    actual = frame[frame["status"] == "actual"]
    assert list(actual["run"]) == [1, 1, 2]  # 2020 is missing: two stretches
    assert list(frame.loc[frame["status"] != "actual", "run"]) == [0, 0, 0]
    plan = frame[frame["status"] == "plan"].iloc[0]
    assert (plan["kind"], plan["x"], plan["x2"]) == ("span", 2021.0, 2025.0)
    target = frame[frame["href"] == "/fact?id=t"].iloc[0]
    assert (target["label"], target["status_label"]) == ("5%左右", "目标")
    assert frame[frame["href"] == "/fact?id=r"].iloc[0]["label"] == "4.5–5%"
    spec = _valid_vega_lite(charts.series_chart(frame, unit="%", status_labels=dict(labels()["status"])))
    line, spans, *marks = spec["layer"]
    assert line["encoding"]["detail"]["field"] == "run" and spans["encoding"]["x2"]["field"] == "x2"
    points = [layer for layer in marks if layer["mark"]["type"] == "point" and "href" in layer["encoding"]]
    assert [p["mark"]["xOffset"] for p in points] == [charts.BESIDE_PX, 0]  # a target beside its year's outcome,
    # beneath it
    assert all(p["encoding"]["color"]["scale"]["domain"] == ["实际", "目标", "规划"] for p in points)
    assert any(layer["encoding"].get("y2", {}).get("field") == "number_high" for layer in marks)


@pytest.mark.parametrize(("period", "expected"), [
    ("2025", (2025.0, 2025.0, "year")), ("2021-2025", (2021.0, 2025.0, "span")),
    ("2025-Q1", (2024.625, 2024.625, "part")), ("2025-Q4", (2025.375, 2025.375, "part")),
    ("2025-Q1..Q3", (2024.875, 2024.875, "part")), ("2025-H2", (2025.25, 2025.25, "part")),
    ("2025-12-31", (2025 - 0.5 + 11.5 / 12, 2025 - 0.5 + 11.5 / 12, "part")), ("上年", None), (None, None),
    ("2025-01..05", (2024.5 + 2.5 / 12, 2024.5 + 2.5 / 12, "part")),  # the middle of the months so far
])
def test_period_position(period, expected):
    assert ind.period_position(period) == (None if expected is None else ind.Position(*expected))


def test_year_chart_is_a_calendar_with_gaps():
    frame = pd.DataFrame({"year": [2025, 2019, 2021], "figures": [3, 1, 2]})
    spec = _valid_vega_lite(charts.year_chart(frame, param="pick", selected=2021))
    rows = spec["datasets"][spec["data"]["name"]]
    assert [r["year"] for r in rows] == [2019, 2021, 2025]  # 2020 and 2022–2024 are gaps on the axis
    assert spec["encoding"]["x"]["type"] == "quantitative" and spec["encoding"]["x2"]["field"] == "end"
    assert all(r["start"] < r["year"] < r["end"] < r["year"] + 0.5 for r in rows)
    assert [r["is_selected"] for r in rows] == [False, True, False]


def test_masked_filter_columns():
    con = duckdb.connect()
    assert queries.masked_filter_columns(con, "select * from facts where sentence like '%12345%'") == ["sentence"]
    assert queries.masked_filter_columns(con, "select * from facts where value > 3") == []
    assert queries.masked_filter_columns(con, "select count(*) from sentences s join documents d on "
                                              "contains(d.text, '身份证') group by all having max(s.text) > ''") != []
    assert queries.masked_filter_columns(con, "select sentence from facts") == []  # read, not filtered on
    assert queries.masked_filter_columns(con, "selec 1") == []


def test_masked_columns_are_the_ones_the_serving_copy_masks():
    """The console's list (queries.MASKED_COLUMNS) names every text column the serving copy masks."""
    from etl.load.serving import FREE_TEXT

    assert {c for columns in FREE_TEXT.values() for c in columns} | {"text", "sentence"} <= queries.MASKED_COLUMNS


def test_geojson_copy_has_its_attribution():
    notice = (ROOT / "dashboard" / "geo" / "NOTICE").read_text(encoding="utf-8")
    assert "Apache ECharts 4.9.0" in notice and "Apache License, Version 2.0" in notice
    assert shapes.SIMPLIFIED.name in notice and shapes.INSET.name in notice and "nanhai.js" in notice
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
    assert '<a class="cf-fig" href="/fact?id=f1" target="_self" title="城镇新增就业人数：223.6万人">223.6万人</a>' in out
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


@pytest.mark.parametrize("write", [tables.csv_file, tables.parquet_file], ids=["csv", "parquet"])
def test_a_download_is_what_streamlit_takes_from_a_callable(synthetic_con, write):
    """download_button runs the callable on click and converts what it returns; anything else fails on the server
    only (MediaFileStorageError: a SpooledTemporaryFile did), and the click does nothing."""
    from streamlit.runtime.media_file_manager import convert_data_to_bytes_and_infer_mime

    data = write(queries.export_reader(synthetic_con, Filters(), batch_rows=100))
    content, _ = convert_data_to_bytes_and_infer_mime(data, unsupported_error=AssertionError(type(data)))
    assert len(content) > 100


@pytest.mark.parametrize(("period", "shown"), [
    ("2025", "2025年"), ("2021-2025", "2021—2025年"), ("2025-Q1", "2025年一季度"), ("2025-Q1..Q3", "2025年前三季度"),
    ("2025-Q2..Q3", "2025年二至三季度"), ("2025-H1", "2025年上半年"), ("2025-H2", "2025年下半年"), ("2025-03", "2025年3月"),
    ("2025-01..05", "2025年1—5月"), ("2025-12-31", "2025年末"), ("2025-06-30", "2025年6月30日"), (None, ""),
])
def test_a_period_is_shown_as_a_reader_writes_it(period, shown):
    from dashboard.fmt import period_label

    assert period_label(period) == shown


def test_the_latest_national_value_is_no_plans_horizon():
    """单位生产总值能耗降低: outcomes up to 2024, a goal for 2025 and goals for 2030 (a plan's, and one read as a
    target); the index shows the year's goal, the 2030 values only for an indicator that has nothing else."""
    con = duckdb.connect()
    con.execute("create table topics (topic varchar, name varchar)")
    con.execute("create table indicators (indicator varchar, name varchar, unit varchar, measure varchar, "
                "topic varchar)")
    con.execute("insert into indicators values ('energy_intensity', '能耗', '%', 'change', 'energy'), "
                "('forest_cover', '森林覆盖率', '%', 'level', 'environment')")
    con.execute("""create table indicator_points as select * from (values
        ('energy_intensity', '000000', 'country', '2024', 2024, 'actual', 3.8, 'a'),
        ('energy_intensity', '000000', 'country', '2025', 2025, 'target', 2.0, 'b'),
        ('energy_intensity', '000000', 'country', '2030', 2030, 'plan', 13.5, 'c'),
        ('energy_intensity', '000000', 'country', '2030', 2030, 'target', 13.5, 'e'),
        ('forest_cover', '000000', 'country', '2030', 2030, 'plan', 25.0, 'd'))
        as t(indicator, region_code, region_level, period, year, status, value, fact_id)""")
    con.execute("alter table indicator_points add column value_high double")
    for column in ("unit", "approx", "measure", "basis"):
        con.execute(f"alter table indicator_points add column {column} varchar")
    con.execute("alter table indicator_points add column n_sources integer default 1")
    con.execute("alter table indicator_points add column conflict boolean default false")
    index = queries.indicator_index(con).set_index("indicator")
    assert (index.loc["energy_intensity", "national_period"], index.loc["energy_intensity", "national_status"]) == \
        ("2025", "target")
    assert index.loc["forest_cover", "national_period"] == "2030"
