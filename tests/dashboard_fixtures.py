"""Fixtures and helpers of the dashboard tests: a synthetic warehouse (bench/make_warehouse.py) and AppTest
runs of the dashboard's pages over a warehouse."""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.db import PAGE_CONFIG

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app.py"
SYNTHETIC_FACTS = 1200
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
    """A warehouse of 1200 generated figures of sentences (30 documents; every fifth with an ID-card and a phone
    number, every third with a 12345 hotline line and its figure): see spec_figures."""
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
    if page is not None:  # a new reader opening a link to the page: its first run is on that page
        at.switch_page(page)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def html_bodies(at: AppTest) -> str:
    """Every st.html body of the page, joined."""
    return "\n".join(element.proto.body for element in at.get("html"))


# --- the synthetic warehouse's own account of what it holds: the tests' oracle --------------------------------


@dataclass(frozen=True)
class SpecFigure:
    """One figure of the synthetic warehouse, as bench/make_warehouse.py generated it (not as SQL reads it)."""

    doc_name: str
    doc_title: str
    mention: str
    value: Decimal
    value_high: Decimal | None
    unit: str
    kind: str
    approx: str | None
    measure: str
    indicator: str | None
    status: str
    period: str
    region_code: str
    topic: str
    metric: str
    sentence: str

    @property
    def province(self) -> str | None:
        """The province code a figure rolls up to; None for the country."""
        return None if self.region_code == COUNTRY else self.region_code[:2] + "0000"

    @property
    def year(self) -> int:
        """The year of its period, by the rule the README states (a span: its last year)."""
        return int(self.period[-4:]) if re.fullmatch(r"\d{4}-\d{4}", self.period) else int(self.period[:4])


COUNTRY = "000000"


def spec_figures(n_facts: int = SYNTHETIC_FACTS) -> list[SpecFigure]:
    """Every figure of the synthetic warehouse of ``n_facts``, from make_warehouse.specification."""
    out = []
    for doc in make_warehouse.specification(n_facts):
        for s in doc.sentences:
            t = s.template
            common = dict(doc_name=doc.name, doc_title=doc.title, status=s.status, period=s.period,
                          region_code=s.region_code, topic=t.topic, metric=t.metric, sentence=s.text)
            out.append(SpecFigure(mention=s.level[2], value=Decimal(s.value), value_high=None, unit=t.unit,
                                  kind=t.kind, approx=t.approx, measure="level", indicator=t.indicator, **common))
            out.append(SpecFigure(mention=s.change[2], value=Decimal(s.change_value),
                                  value_high=Decimal(s.change_high) if s.change_high else None, unit="%",
                                  kind="percent", approx=s.change_approx, measure="change",
                                  indicator=t.change_indicator, **common))
        if doc.hotline:
            out.append(SpecFigure(doc.name, doc.title, doc.hotline_mention, Decimal(doc.hotline_value), None, "件",
                                  "count", None, "level", "hotline_requests", "actual", doc.year, COUNTRY,
                                  "complaints_hotline", "12345热线受理诉求", doc.hotline))
    return out


def spec_documents(n_facts: int = SYNTHETIC_FACTS) -> list:
    return list(make_warehouse.specification(n_facts))


def local_parent() -> dict[str, str]:
    """City or county code → its parent's, for the synthetic warehouse's local regions."""
    return {code: parent for code, _, _, _, parent in make_warehouse.LOCAL_REGIONS}
