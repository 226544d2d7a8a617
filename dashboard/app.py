"""cnfacts dashboard: `streamlit run dashboard/app.py` over the warehouse named by $FACTS_DB
(default warehouse/facts.duckdb).

Every view is a shareable link:
    /                        overview; filters in the URL (?region=四川省&topic=就业&year=2025&indicator=… …);
                             /overview?… leads there with its filters
    /indicators              every indicator with its latest values and a sparkline
    /indicator?id=<id>       one indicator over time and across provinces (&region=…, &at=2026:target)
    /fact?id=<fact_id>       one figure, its sentence, context and related figures
    /document?id=<doc_id>    a document with its figures highlighted and identifiers masked
    /sql?q=<query>           read-only SQL console
"""

from __future__ import annotations

import sys
from pathlib import Path

# `streamlit run dashboard/app.py` puts dashboard/ on sys.path; the pages import the `dashboard` package.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from dashboard import db  # noqa: E402

PAGES = Path(__file__).resolve().parent / "views"


def _to_overview() -> None:
    """`/overview?…`, an older link to the overview: the overview is served at `/`, so the link leads there with
    its filters, not to Streamlit's "page not found"."""
    st.switch_page(PAGES / "overview.py",
                   query_params={key: st.query_params.get_all(key) for key in st.query_params})


def main() -> None:
    # A Material icon, not an emoji: an emoji icon makes Streamlit load its emoji catalogue (0.25 s) on the
    # first run after a start.
    st.set_page_config(page_title="cnfacts · 数字事实", page_icon=":material/monitoring:", layout="wide")
    navigation = st.navigation(
        [
            st.Page(PAGES / "overview.py", title="总览", icon=":material/monitoring:", url_path="home",
                    default=True),
            st.Page(_to_overview, title="总览", url_path="overview", visibility="hidden"),
            st.Page(PAGES / "indicators.py", title="指标", icon=":material/query_stats:", url_path="indicators"),
            st.Page(PAGES / "indicator.py", title="指标详情", icon=":material/show_chart:", url_path="indicator",
                    visibility="hidden"),
            st.Page(PAGES / "fact.py", title="数字", icon=":material/pin:", url_path="fact"),
            st.Page(PAGES / "document.py", title="文档", icon=":material/article:", url_path="document"),
            st.Page(PAGES / "sql.py", title="SQL", icon=":material/terminal:", url_path="sql"),
        ],
        position="top",
    )
    problem = db.missing_warehouse_message()
    if problem is not None:
        st.error(problem)
        st.stop()
    navigation.run()


main()
