"""Overview (`/`): counts, figures by region (map and bars, drilling down to cities) and by topic and period,
the matching figures with links to their pages, CSV download. Every filter lives in the URL."""

from __future__ import annotations

from collections.abc import Callable

import duckdb
import pandas as pd
import streamlit as st

from dashboard import charts, db, queries
from dashboard.fmt import LINK_LABEL, format_count, label
from dashboard.queries import COUNTRY, Filters
from dashboard.tables import csv_bytes, figure_table

TABLE_LIMIT = 500
DOCUMENT_OPTIONS = 300
# Widget keys: each is also the URL query parameter of its filter.
FILTER_KEYS = ("region", "city", "topic", "kind", "unit", "period", "doc")
# Session state of each clickable chart, under this prefix and its name: (generation of its widget key, the
# value selected in it or None).
_PICKED = "picked:"


def _choice(title: str, key: str, options: pd.DataFrame, code: str, name: str, **kwargs: object) -> str | None:
    """A selectbox over ``options[code]``, shown (and put in the URL) as ``options[name]``; None = all."""
    names = dict(zip(options[code], options[name]))
    return st.selectbox(
        title,
        list(names),
        index=None,
        format_func=lambda value: str(names.get(value, value)),
        placeholder=f"全部（{len(names)}）" if names else "无",
        key=key,
        bind="query-params",
        disabled=not names,
        **kwargs,
    )


def _reset(*keys: str) -> Callable[[], None]:
    def reset() -> None:
        for key in keys:
            st.session_state[key] = None

    return reset


DOC_SUFFIX = " · "  # a document's label is its name, plus " · " and 6 characters of its id when names repeat


def _document_options() -> pd.DataFrame:
    """The newest documents, plus the one the URL asks for (a link may name an older document)."""
    requested = st.query_params.get("doc")
    name = requested.split(DOC_SUFFIX)[0] if requested else None
    docs = db.query(queries.document_options, DOCUMENT_OPTIONS, name)
    repeated = docs["doc_name"].duplicated(keep=False)
    return docs.assign(label=docs["doc_name"].where(~repeated, docs["doc_name"] + DOC_SUFFIX + docs["doc_id"].str[:6]))


def filters_ui() -> Filters:
    """The sidebar filters, bound to the URL; returns what they select."""
    side = st.sidebar
    with side:
        st.markdown("#### 筛选")
        provinces = db.query(queries.province_options).assign(
            name=lambda f: f["name"].where(f["code"] != COUNTRY, "全国（国家层面）"))
        province = _choice("地区", "region", provinces, "code", "name", on_change=_reset("city"))
        city = None
        if province is not None and province != COUNTRY:
            city = _choice("下级地区", "city", db.query(queries.subregion_options, province), "code", "name")
        topic = _choice("主题", "topic", db.query(queries.topic_options), "topic", "name")
        kinds = db.query(queries.value_options, "kind")
        kind = _choice("类型", "kind", kinds.assign(name=[label("kind", k) for k in kinds["value"]]), "value", "name")
        unit = _choice("单位", "unit", db.query(queries.value_options, "unit"), "value", "value")
        period = _choice("时间", "period", db.query(queries.value_options, "period"), "value", "value")
        doc = _choice("文档", "doc", _document_options(), "doc_id", "label")
        if doc is not None:
            st.page_link("views/document.py", label="打开这篇文档", icon=":material/article:",
                         query_params={"id": doc})
        st.button("清除筛选", on_click=_reset(*FILTER_KEYS), icon=":material/filter_alt_off:",
                  disabled=all(st.session_state.get(k) is None for k in FILTER_KEYS))
    return Filters(province, city, topic, kind, unit, period, doc)


def _on_pick(name: str, chart_key: str, field: str, target: str, resets: tuple[str, ...]) -> Callable[[], None]:
    """Callback of clickable chart ``name``: the clicked ``field`` value (selection "pick") becomes filter
    ``target`` (empty clears it); the chart remembers what it now has selected."""

    def pick() -> None:
        points = st.session_state[chart_key].selection.get("pick") or []
        value = points[0].get(field) if points else None
        st.session_state[target] = value
        st.session_state[_PICKED + name] = (st.session_state[_PICKED + name][0], value)
        for key in resets:
            st.session_state[key] = None

    return pick


def _chart_key(name: str, target: str) -> str:
    """The widget key of clickable chart ``name``, whose click sets filter ``target``.

    A chart holds on to the point last clicked in it. Once the filter has moved away from that point (the
    sidebar, 清除筛选, another chart), a click on the same point would change nothing and not rerun; so then the
    key changes and the browser draws a new chart, with nothing selected. Otherwise the key, and the spec, stay
    the same when filters change, and the browser merely swaps the chart's rows: several times faster than
    drawing a new chart (the map's outlines alone are 90 kB of spec)."""
    generation, picked = st.session_state.get(_PICKED + name, (0, None))
    if generation == 0 or (picked is not None and picked != st.session_state.get(target)):
        generation, picked = generation + 1, None
        st.session_state[_PICKED + name] = (generation, picked)
    return f"{name}:{generation}"


def _bars(frame: pd.DataFrame, label: str, key: str, label_title: str, selected: str | None,
          newest_first: bool = False) -> dict:
    return charts.bar_chart(frame, label=label, key=key, label_title=label_title, param="pick", selected=selected,
                            newest_first=newest_first)


def _clickable(spec: dict, name: str, field: str, target: str, resets: tuple[str, ...] = ()) -> None:
    """Draw chart ``name``, whose click (selection "pick" on ``field``) sets filter ``target`` and clears the
    filters ``resets``."""
    key = _chart_key(name, target)
    st.vega_lite_chart(spec, key=key, on_select=_on_pick(name, key, field, target, resets), selection_mode="pick")


def counts_ui(filters: Filters) -> int:
    """The four counts; returns the number of matching figures."""
    row = db.query(queries.counts, filters).iloc[0]
    columns = st.columns(4)
    for column, (title, value) in zip(columns, (("文档", row.documents), ("数字", row.figures),
                                                 ("地区", row.regions), ("主题", row.topics))):
        column.metric(title, format_count(value), border=True)
    return int(row.figures)


def region_ui(filters: Filters) -> None:
    """The map of provinces beside bars by province, or by city once a province is chosen."""
    left, right = st.columns([3, 2], gap="large")
    provinces = db.query(queries.by_province, filters.without("province", "city"))
    provinces = provinces.assign(name=provinces["name"].where(provinces["code"] != COUNTRY, "全国"))
    with left:
        st.markdown("##### 各省份数字分布")
        _clickable(charts.china_map(provinces[provinces["code"] != COUNTRY], param="pick", selected=filters.province),
                   "map", "code", "region", ("city",))
        st.caption("点击省份即可筛选；双击空白处取消。灰色表示没有数字。")
    with right:
        if filters.province is None or filters.province == COUNTRY:
            st.markdown("##### 按地区")
            frame, target, selected, resets = provinces, "region", filters.province, ("city",)
        else:
            name = provinces.loc[provinces["code"] == filters.province, "name"]
            st.markdown(f"##### {name.iloc[0] if len(name) else filters.province} · 下级地区")
            frame = db.query(queries.by_subregion, filters.without("city"), filters.province)
            own = frame["code"] == filters.province
            frame = frame.assign(name=frame["name"].where(~own, frame["name"] + "（本级）"))
            target, selected, resets = "city", filters.city, ()
        if frame.empty:
            st.info("没有符合条件的数字。")
            return
        _clickable(_bars(frame, "name", "code", "地区", selected), f"bars_{target}", "code", target, resets)


def topic_period_ui(filters: Filters) -> None:
    left, right = st.columns(2, gap="large")
    with left:
        st.markdown("##### 按主题")
        topics = db.query(queries.by_topic, filters.without("topic"))
        _clickable(_bars(topics, "name", "topic", "主题", filters.topic), "bars_topic", "topic", "topic")
    with right:
        st.markdown("##### 按时间")
        periods = db.query(queries.by_column, filters.without("period"), "period", 12)
        undated = int(periods.loc[periods["value"].isna(), "figures"].sum())
        periods = periods[periods["value"].notna()]
        if periods.empty:
            st.info("这些数字都没有注明时间。")
        else:
            _clickable(_bars(periods, "value", "value", "时间", filters.period, newest_first=True), "bars_period",
                       "value", "period")
        if undated:
            st.caption(f"另有 {format_count(undated)} 个数字未注明时间。")


def overview_table(con: duckdb.DuckDBPyConnection, filters: Filters, limit: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The first ``limit`` matching figures (queries.figure_rows) and the table a reader sees of them, cached
    together through db.query: a warm rerun neither queries nor formats them again."""
    rows = queries.figure_rows(con, filters, limit)
    return rows, figure_table(rows)


def table_ui(filters: Filters, total: int) -> None:
    rows, shown = db.query(overview_table, filters, TABLE_LIMIT)
    st.markdown("##### 符合条件的数字")
    if rows.empty:
        st.info("没有符合条件的数字。试试清除部分筛选。")
        return
    more = f"，显示前 {len(rows):,} 条" if total > len(rows) else ""
    st.caption(f"共 {format_count(total)} 条{more}。点击数字查看出处。")
    st.dataframe(
        shown, hide_index=True, height=420,
        column_config={
            "数字": st.column_config.LinkColumn("数字", display_text=LINK_LABEL, width="medium"),
            "原句": st.column_config.TextColumn("原句", width="large"),
        },
    )
    # The CSV is made when the button is clicked, not on every run.
    st.download_button("下载 CSV", lambda: csv_bytes(rows, shown), file_name="cnfacts_figures.csv", mime="text/csv",
                       icon=":material/download:")


def main() -> None:
    filters = filters_ui()
    st.title("数字总览")
    total = counts_ui(filters)
    region_ui(filters)
    topic_period_ui(filters)
    table_ui(filters, total)


main()
