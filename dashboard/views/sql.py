"""Read-only SQL console (`/sql?q=<query>`): one SELECT / WITH / DESCRIBE / SHOW / SUMMARIZE statement over the
serving copy of the warehouse, a row limit, CSV download. What may run is an allow-list (queries.console_sql); each
statement runs on a locked connection of its own (db.console)."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

import duckdb
import streamlit as st

from dashboard import db, queries
from dashboard.fmt import md_escape

EXAMPLES_FILE = Path(__file__).resolve().parent.parent / "sql_examples.toml"
TIMEOUT_S = 20.0


@lru_cache(maxsize=1)
def examples() -> dict[str, str]:
    """Example title → SQL, in file order."""
    with EXAMPLES_FILE.open("rb") as handle:
        rows = tomllib.load(handle)["example"]
    titles = [row["title"] for row in rows]
    if len(set(titles)) != len(titles):
        raise ValueError(f"{EXAMPLES_FILE.name}: example titles must be unique")
    return {row["title"]: row["sql"].strip() for row in rows}


def _use_example() -> None:
    title = st.session_state.get("example")
    if title is not None:
        st.session_state["q"] = examples()[title]
        st.session_state["example"] = None


def result_ui(sql: str, limit: int) -> None:
    try:
        result = db.console_query(queries.run_console, sql, limit, TIMEOUT_S)
    except ValueError as refused:  # not on the allow-list
        st.error(md_escape(str(refused)), icon=":material/block:")
        return
    except duckdb.InterruptException:
        st.error(f"查询超过 {TIMEOUT_S:.0f} 秒，已停止。请缩小范围（加 where 条件或 limit）后再试。", icon=":material/timer_off:")
        return
    except duckdb.OutOfMemoryException:
        st.error("查询所需内存超过控制台的上限（256 MB），已停止。请缩小范围（加 where 条件、limit 或少取列）后再试。",
                 icon=":material/memory:")
        return
    except duckdb.Error as error:
        st.error(f"查询出错：{md_escape(str(error))}", icon=":material/error:")
        return
    masked = db.console_query(queries.masked_filter_columns, sql)
    if masked:
        st.info(f"这条查询按文本列 {md_escape('、'.join(masked))} 筛选：这些列里的身份证号、手机号等个人标识已遮盖（如 "
                "1101＊＊＊＊＊＊＊＊＊＊＊＊14），按这些号码搜索找不到它们；12345 等公共服务热线未遮盖，可以照常搜索。",
                icon=":material/visibility_off:")
    frame = result.frame
    note = f"（结果较多，只显示前 {len(frame):,} 行）" if result.truncated else ""
    st.caption(f"{len(frame):,} 行 × {len(frame.columns)} 列{note}")
    st.dataframe(frame, hide_index=True, height=min(560, 38 + 35 * max(len(frame), 1)))
    st.download_button("下载 CSV", frame.to_csv(index=False).encode("utf-8-sig"), file_name="cnfacts_query.csv",
                       mime="text/csv", icon=":material/download:")


def main() -> None:
    st.title("SQL 查询")
    st.caption("只读。每次运行一条 SELECT / WITH / DESCRIBE / SHOW / SUMMARIZE 语句，"
               f"{TIMEOUT_S:.0f} 秒超时，过长的文本单元格会被截断；"
               "主视图是 `facts`，"
               "另有 documents、sentences、figures、regions、topics、identifiers、rejects 等表。"
               "身份证号、手机号等个人标识在数据中已遮盖（长度不变，偏移量照常可用）；12345 等公共服务热线不遮盖。")
    left, right = st.columns([3, 1])
    with right:
        st.selectbox("示例", list(examples()), index=None, placeholder="选择一个示例查询", key="example",
                     on_change=_use_example)
        limit = st.number_input("最多显示行数", min_value=1, max_value=10_000, value=200, step=100, key="limit",
                                bind="query-params")
    with left:
        sql = st.text_area("查询", key="q", bind="query-params", height=200,
                           placeholder="select * from facts limit 10", help="按 Ctrl+Enter 运行")
    if sql and sql.strip():
        result_ui(sql, int(limit))


main()
