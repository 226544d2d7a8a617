"""Fixtures and helpers of the dashboard tests: a synthetic warehouse (bench/make_warehouse.py) and AppTest
runs of the dashboard's pages over a warehouse."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.db import PAGE_CONFIG

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app.py"
SYNTHETIC_FACTS = 300
APP_TIMEOUT_S = 60


def _make_warehouse_module():
    spec = importlib.util.spec_from_file_location("make_warehouse", ROOT / "bench" / "make_warehouse.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


make_warehouse = _make_warehouse_module()


@pytest.fixture(scope="session")
def synthetic_db(tmp_path_factory) -> Path:
    """A warehouse of 300 generated facts (8 documents, 2 of them with an ID-card and a phone number)."""
    return make_warehouse.build(tmp_path_factory.mktemp("synthetic") / "facts.duckdb", SYNTHETIC_FACTS)


@pytest.fixture
def synthetic_con(synthetic_db):
    con = connect(synthetic_db)
    yield con
    con.close()


def connect(db: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection configured like the dashboard's (DuckDB refuses two configurations of one file
    in a process)."""
    return duckdb.connect(str(db), read_only=True, config=PAGE_CONFIG)


def scalar(db: Path, sql: str, params: list | tuple = ()) -> object:
    """One value from a warehouse, read with its own connection."""
    con = connect(db)
    try:
        return con.execute(sql, list(params)).fetchone()[0]
    finally:
        con.close()


def run_page(monkeypatch, db: Path, page: str | None = None, **params: str) -> AppTest:
    """The dashboard over ``db``, on ``page`` (e.g. "views/fact.py"; None = overview), with URL ``params``."""
    monkeypatch.setenv("FACTS_DB", str(db))
    at = AppTest.from_file(str(APP), default_timeout=APP_TIMEOUT_S)
    if page is not None:
        at.run()
        at.switch_page(page)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def html_bodies(at: AppTest) -> str:
    """Every st.html body of the page, joined."""
    return "\n".join(element.proto.body for element in at.get("html"))
