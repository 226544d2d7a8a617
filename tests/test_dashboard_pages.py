"""Every page of the dashboard under streamlit.testing's AppTest, over the synthetic warehouse and over the
warehouse the real pipeline builds from seeds/ (`seed_db`, skipped while the pipeline is incomplete).
Expectations are read from the warehouse with SQL, so the same test holds for both."""

from __future__ import annotations

import html
import re
import shutil

import pytest
from dashboard_fixtures import connect, html_bodies, run_page, scalar, synthetic_db  # noqa: F401

from dashboard.db import serving_path
from dashboard.fmt import MASK, format_count

WAREHOUSES = ("synthetic", "seed")


@pytest.fixture(scope="module")
def dashboard_seed_db(seed_db, tmp_path_factory):
    """A copy of the seed warehouse: the app opens its file with its own DuckDB configuration, which would
    clash with the other tests' connections to the shared `seed_db` in this process."""
    copy = tmp_path_factory.mktemp("dashboard_seed") / "facts.duckdb"
    shutil.copyfile(seed_db, copy)
    shutil.copyfile(serving_path(seed_db), serving_path(copy))
    return copy


@pytest.fixture(params=WAREHOUSES)
def warehouse(request):
    """Each warehouse in turn: the synthetic one, then the one built from seeds/ by the real pipeline."""
    return request.getfixturevalue("synthetic_db" if request.param == "synthetic" else "dashboard_seed_db")


def _text(markup: str) -> str:
    """What a reader sees of some HTML: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<style>.*?</style>|<[^>]+>", "", markup, flags=re.S))


def _metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


# --- overview -----------------------------------------------------------------------------------------------


def test_overview_shows_counts(monkeypatch, warehouse):
    at = run_page(monkeypatch, warehouse)
    assert not at.exception
    assert _metrics(at) == {
        "文档": format_count(scalar(warehouse, "select count(distinct doc_id) from figures")),
        "数字": format_count(scalar(warehouse, "select count(*) from figures")),
        "地区": format_count(scalar(warehouse, "select count(distinct region_code) from figures")),
        "主题": format_count(scalar(warehouse, "select count(distinct topic) from figures")),
    }
    links = at.dataframe[0].value["数字"]
    assert len(links) == min(500, scalar(warehouse, "select count(*) from figures"))
    assert all(link.startswith("/fact?id=") for link in links)


def test_overview_reads_its_filters_from_the_url(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, region="四川省", topic="就业")
    assert not at.exception
    assert at.selectbox(key="region").value == "510000" and at.selectbox(key="topic").value == "employment"
    expected = scalar(synthetic_db,
                      "select count(*) from facts where province_code = '510000' and topic = 'employment'")
    assert _metrics(at)["数字"] == format_count(expected)
    assert at.selectbox(key="city").label == "下级地区"  # drill-down to the province's cities
    assert set(at.dataframe[0].value["地区"]) <= {"四川省", "成都市", "绵阳市", "锦江区"}


def test_overview_drills_down_to_a_city(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, region="江苏省", city="连云港市")
    assert not at.exception and at.selectbox(key="city").value == "320700"
    expected = scalar(synthetic_db, "select count(*) from facts where region_code in ('320700', '320703')")
    assert _metrics(at)["数字"] == format_count(expected)


def test_overview_filter_change_and_clear(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db)
    at.selectbox(key="period").select("2024").run()
    in_2024 = scalar(synthetic_db, "select count(*) from figures where period = '2024'")
    assert _metrics(at)["数字"] == format_count(in_2024)
    at.button[0].click().run()  # 清除筛选
    assert at.selectbox(key="period").value is None
    assert _metrics(at)["数字"] == format_count(scalar(synthetic_db, "select count(*) from figures"))


def test_overview_ignores_an_unknown_url_value(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, region="火星")
    assert not at.exception and at.selectbox(key="region").value is None


# --- fact page ----------------------------------------------------------------------------------------------


def _plain_fact(db):
    """A level figure whose sentence holds no identifier."""
    return scalar(db, """select f.fact_id from facts f where f.measure = 'level' and not exists (
        select 1 from identifiers i join sentences s on s.doc_id = i.doc_id
        where s.sentence_id = f.sentence_id and i.char_start < s.char_end and i.char_end > s.char_start)
        order by f.char_start limit 1""")


def test_fact_page_shows_the_figure_in_its_sentence(monkeypatch, warehouse):
    fact_id = _plain_fact(warehouse)
    metric, mention, sentence = (scalar(warehouse, f"select {c} from facts where fact_id = ?", [fact_id])
                                 for c in ("metric", "mention", "sentence"))
    at = run_page(monkeypatch, warehouse, "views/fact.py", id=fact_id)
    assert not at.exception
    assert at.title[0].value == metric
    body = html_bodies(at)
    assert f'class="cf-fig cf-current"' in body and f">{html.escape(mention)}</mark>" in body
    assert sentence in _text(body)
    assert "精确值" in _text(body)


def test_fact_page_links_a_change_to_its_figure(monkeypatch, synthetic_db):
    change, level = (scalar(synthetic_db, f"select {c} from figures where measure = 'change' limit 1")
                     for c in ("fact_id", "refers_to"))
    at = run_page(monkeypatch, synthetic_db, "views/fact.py", id=change)
    assert not at.exception and f'href="/fact?id={level}"' in html_bodies(at)


def test_fact_page_for_an_unknown_id(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, "views/fact.py", id="no-such-fact")
    assert not at.exception and "找不到" in at.error[0].value


# --- document page ------------------------------------------------------------------------------------------


def test_document_page_masks_identifiers_and_links_figures(monkeypatch, warehouse):
    doc_id = scalar(warehouse, "select doc_id from identifiers where kind in ('id_card', 'phone', 'credit_code') "
                               "group by doc_id order by count(*) desc limit 1")
    secrets = [s for s in _identifier_texts(warehouse, doc_id) if len(s) >= 8]  # ID, phone and licence numbers
    figures = scalar(warehouse, "select count(*) from figures where doc_id = ?", [doc_id])
    at = run_page(monkeypatch, warehouse, "views/document.py", id=doc_id)
    assert not at.exception
    body = html_bodies(at)
    assert secrets and MASK in _text(body)
    assert all(secret not in body for secret in secrets)
    assert body.count('class="cf-fig"') == figures
    assert body.count('href="/fact?id=') == figures


def _identifier_texts(db, doc_id) -> list[str]:
    con = connect(db)
    try:
        return [r[0] for r in con.execute(
            "select substr(d.text, i.char_start + 1, i.char_end - i.char_start) from identifiers i "
            "join documents d using (doc_id) where i.doc_id = ?", [doc_id]).fetchall()]
    finally:
        con.close()


def test_document_list_without_an_id(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, "views/document.py")
    assert not at.exception
    assert all(link.startswith("/document?id=") for link in at.dataframe[0].value["文档"])


# --- SQL console --------------------------------------------------------------------------------------------


def test_sql_page_refuses_a_delete(monkeypatch, warehouse):
    at = run_page(monkeypatch, warehouse, "views/sql.py", q="delete from figures")
    assert not at.exception and "DELETE" in at.error[0].value and not at.dataframe
    assert scalar(warehouse, "select count(*) from figures") > 0


def test_sql_page_runs_a_select_from_the_url(monkeypatch, warehouse):
    at = run_page(monkeypatch, warehouse, "views/sql.py", q="select count(*) as n from facts")
    assert not at.exception and not at.error
    assert at.dataframe[0].value.iloc[0]["n"] == scalar(warehouse, "select count(*) from facts")


def test_sql_page_example_fills_the_query(monkeypatch, synthetic_db):
    at = run_page(monkeypatch, synthetic_db, "views/sql.py")
    at.selectbox(key="example").select("各省份的数字个数").run()
    assert not at.exception and "province_name" in at.text_area(key="q").value
    assert at.dataframe[0].value["figures"].sum() > 0


@pytest.mark.parametrize("sql", ["select * from read_csv('/etc/hostname')", "select * from '/etc/hostname'",
                                 "from query('select text from documents')"])
def test_sql_page_cannot_read_other_files(monkeypatch, synthetic_db, sql):
    at = run_page(monkeypatch, synthetic_db, "views/sql.py", q=sql)
    assert not at.exception and at.error and not at.dataframe


# --- no warehouse -------------------------------------------------------------------------------------------


def test_a_missing_warehouse_is_explained(monkeypatch, tmp_path):
    at = run_page(monkeypatch, tmp_path / "missing.duckdb")
    assert not at.exception and "missing.duckdb" in at.error[0].value


def test_overview_filters_one_document_from_the_url(monkeypatch, synthetic_db):
    doc_id = scalar(synthetic_db, "select doc_id from documents where doc_name = 'doc_000003'")
    at = run_page(monkeypatch, synthetic_db, doc="doc_000003")
    assert not at.exception and at.selectbox(key="doc").value == doc_id
    figures = scalar(synthetic_db, "select count(*) from figures where doc_id = ?", [doc_id])
    assert _metrics(at) == {"文档": "1", "数字": format_count(figures), **{k: v for k, v in _metrics(at).items()
                                                                          if k in ("地区", "主题")}}
    assert set(at.dataframe[0].value["文档"]) == {"doc_000003"}


def test_a_file_that_is_not_a_serving_copy_is_refused(monkeypatch, tmp_path, synthetic_db):
    """The owner's full warehouse copied where the serving copy belongs is not served."""
    full = tmp_path / "facts.duckdb"
    shutil.copyfile(synthetic_db, serving_path(full))
    at = run_page(monkeypatch, full)
    assert not at.exception and "不是经过脱敏的服务副本" in at.error[0].value and not at.dataframe
