"""Overview (`/`): counts; an indicator picker; figures by region (a map and bars, drilling down to cities) and by
topic and year, or, with an indicator chosen, its values: the provinces' on a map and in bars, a region's over
time; the matching figures with links to their pages, sorted on the server, and every matching row as CSV or
Parquet. Every filter lives in the URL."""

from __future__ import annotations

from collections.abc import Callable

import duckdb
import pandas as pd
import streamlit as st

from dashboard import charts, db, indicators, panels, queries
from dashboard.fmt import LINK_LABEL, format_count, label, md_escape
from dashboard.queries import COUNTRY, ORDERS, Filters
from dashboard.tables import TABLE_ROWS, csv_file, figure_table, parquet_file

DOCUMENT_OPTIONS = 300
QUICK_INDICATORS = 6  # indicators offered as one-click pills: those with most figures
SUBREGION_BARS = 30
# Widget keys: each is also the URL query parameter of its filter.
FILTER_KEYS = ("search", "indicator", "region", "city", "topic", "kind", "unit", "year", "period", "status", "doc",
               "at")
MORE_KEYS = ("kind", "unit", "period", "status", "doc")  # filters shown once 更多筛选 is on (or one is in the URL)
SORTS = {"document": "文档顺序", "value_desc": "数值从大到小", "value_asc": "数值从小到大", "period_desc": "时间从新到旧"}
assert set(SORTS) == set(ORDERS)


def _choice(title: str, key: str, options: pd.DataFrame, code: str, name: str, **kwargs: object) -> object:
    """A selectbox over ``options[code]``, shown (and put in the URL) as ``options[name]``; None = all. A link may
    also give the code itself (/?indicator=gdp_growth, /?region=510000)."""
    names = dict(zip(options[code], options[name]))
    panels.bound_choice(key, list(names), names)
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


def _labelled(frame: pd.DataFrame, section: str) -> pd.DataFrame:
    return frame.assign(name=[label(section, v) for v in frame["value"]])


def filters_ui() -> Filters:
    """The sidebar filters, bound to the URL; returns what they select."""
    with st.sidebar:
        st.markdown("#### 筛选")
        text = st.text_input("搜索原句", key="search", bind="query-params", placeholder="如 12345、新就业群体",
                             help="只看原句中含有这些文字的数字（按回车搜索）")
        indicator = _choice("指标", "indicator", db.query(queries.indicator_options), "indicator", "name",
                            on_change=_reset("at"))
        provinces = db.query(queries.province_options).assign(
            name=lambda f: f["name"].where(f["code"] != COUNTRY, "全国（国家层面）"))
        province = _choice("地区", "region", provinces, "code", "name", on_change=_reset("city"))
        city = None
        if province is not None and province != COUNTRY:
            city = _choice("下级地区", "city", db.query(queries.subregion_options, province), "code", "name")
        topic = _choice("主题", "topic", db.query(queries.topic_options), "topic", "name")
        year = _choice("年份", "year", db.query(queries.year_options), "year", "year")
        kind = unit = period = status = doc = None
        if st.toggle("更多筛选", key="more", value=any(st.query_params.get(k) for k in MORE_KEYS),
                     help="类型、单位、时间、状态、文档"):
            kind = _choice("类型", "kind", _labelled(db.query(queries.value_options, "kind"), "kind"), "value", "name")
            unit = _choice("单位", "unit", db.query(queries.value_options, "unit"), "value", "value")
            period = _choice("时间", "period", db.query(queries.value_options, "period"), "value", "value")
            status = _choice("状态", "status", _labelled(db.query(queries.value_options, "status"), "status"),
                             "value", "name")
            doc = _choice("文档", "doc", _document_options(), "doc_id", "label")
            if doc is not None:
                st.page_link("views/document.py", label="打开这篇文档", icon=":material/article:",
                             query_params={"id": doc})
        st.button("清除筛选", on_click=_reset(*FILTER_KEYS), icon=":material/filter_alt_off:",
                  disabled=all(not st.session_state.get(k) for k in FILTER_KEYS))
    return Filters(province, city, topic, kind, unit, None if year is None else int(year), period, doc, indicator,
                   status, (text or "").strip() or None)


def _pick_indicator() -> None:
    picked = st.session_state.get("quick")
    if picked:
        st.session_state["indicator"] = picked
        st.session_state["at"] = None
    st.session_state["quick"] = None


def quick_indicators_ui(current: str | None) -> None:
    """The indicators with most figures as one-click pills (the sidebar lists them all)."""
    options = db.query(queries.indicator_options).head(QUICK_INDICATORS)
    names = dict(zip(options["indicator"], options["name"]))
    if not names:
        return
    st.pills("常用指标", [i for i in names if i != current], format_func=lambda i: names.get(i, i), key="quick",
             on_change=_pick_indicator, label_visibility="collapsed")


def counts_ui(filters: Filters) -> int:
    """The four counts; returns the number of matching figures."""
    row = db.query(queries.counts, filters).iloc[0]
    columns = st.columns(4)
    counts = (("文档", row.documents, "含有符合筛选条件的数字的文档数（没有数字的文档不计）"),
              ("数字", row.figures, "符合筛选条件的数字数"),
              ("地区", row.regions, "这些数字所属的地区数：国家、省、市、县各级都算"),
              ("主题", row.topics, "这些数字所属的主题数"))
    for column, (title, value, meaning) in zip(columns, counts):
        column.metric(title, format_count(value), border=True, help=meaning)
    return int(row.figures)


def _bars(frame: pd.DataFrame, label_column: str, key: str, label_title: str, selected: object,
          max_bars: int | None = None) -> dict:
    bar_height = 28 if len(frame) <= 16 else 20
    return charts.bar_chart(frame, label=label_column, key=key, label_title=label_title, param="pick",
                            selected=selected, max_bars=max_bars, bar_height=bar_height)


def region_ui(filters: Filters) -> None:
    """The map of provinces beside bars by province, or by city once a province is chosen (counts of figures)."""
    left, right = st.columns([3, 2], gap="large")
    provinces = db.query(queries.by_province, filters.without("province", "city"))
    provinces = provinces.assign(name=provinces["name"].where(provinces["code"] != COUNTRY, "全国"))
    with left:
        st.markdown("##### 各省份数字分布")
        shown = provinces[provinces["code"] != COUNTRY]
        frame = shown.assign(value=shown["figures"], label=[format_count(n) for n in shown["figures"]])
        panels.clickable(charts.china_map(frame, param="pick", selected=filters.province), "map", "code", "region",
                         ("city",))
        st.caption("点击省份即可筛选；双击空白处取消。灰色表示没有数字。")
    with right:
        if filters.province is None or filters.province == COUNTRY:
            st.markdown("##### 按地区")
            frame, target, selected, resets, limit = provinces, "region", filters.province, ("city",), None
        else:
            name = provinces.loc[provinces["code"] == filters.province, "name"]
            st.markdown(f"##### {name.iloc[0] if len(name) else filters.province} · 下级地区")
            frame = db.query(queries.by_subregion, filters.without("city"), filters.province)
            own = frame["code"] == filters.province
            frame = frame.assign(name=frame["name"].where(~own, frame["name"] + "（本级）"))
            target, selected, resets, limit = "city", filters.city, (), SUBREGION_BARS
        if frame.empty:
            st.info("没有符合条件的数字。")
            return
        panels.clickable(_bars(frame, "name", "code", "地区", selected, limit), f"bars_{target}", "code", target,
                         resets)
        panels.truncation_note(min(len(frame), limit or len(frame)), len(frame), "地区")


def indicator_values_ui(filters: Filters) -> None:
    """With an indicator chosen: the provinces' values in one period and status (map and bars), and the values of
    the chosen region (else the country) over time."""
    found = db.query(queries.indicator, filters.indicator)
    if found.empty:
        return
    indicator = found.iloc[0].to_dict()
    points = db.query(queries.indicator_points, filters.indicator)
    points = points[points["unit"] == indicator["unit"]]
    st.markdown(f"##### {md_escape(indicator['name'])}（单位：{md_escape(indicator['unit'])}）")
    st.page_link("views/indicator.py", label="打开指标页：历年数值、各省份、全部来源", icon=":material/show_chart:",
                 query_params={"id": indicator["indicator"]})
    moments = indicators.moments_of(points)
    if not moments.empty:
        moment = panels.moment_picker(moments, key="at")
        panels.value_map_ui(points, indicator, moment, name="map", target="region", selected=filters.province,
                            resets=("city",))
    region = filters.city or filters.province or COUNTRY
    here = points[points["region_code"] == region]
    name = here["region_name"].iloc[0] if len(here) else ("全国" if region == COUNTRY else region)
    st.markdown(f"##### {md_escape(name)} · 历年数值")
    if here.empty:
        st.info("这一地区没有这个指标的数值。")
    else:
        panels.series_ui(here, indicator, key="series")


def topic_year_ui(filters: Filters) -> None:
    """Figures by topic (not with an indicator chosen: it has one) and by year."""
    left, right = st.columns(2, gap="large") if filters.indicator is None else (None, st.container())
    if left is not None:
        with left:
            topics_ui(filters)
    with right:
        years_ui(filters)


def topics_ui(filters: Filters) -> None:
    st.markdown("##### 按主题")
    topics = db.query(queries.by_topic, filters.without("topic"))
    if topics.empty:
        st.info("没有符合条件的数字。")
    else:
        panels.clickable(_bars(topics, "name", "topic", "主题", filters.topic), "bars_topic", "topic", "topic")


def years_ui(filters: Filters) -> None:
    st.markdown("##### 按年份（数字个数）")
    years = db.query(queries.by_year, filters.without("year"))
    undated = int(years.loc[years["year"].isna(), "figures"].sum())
    years = years[years["year"].notna()]
    if years.empty:
        st.info("这些数字都没有注明时间。")
    else:
        panels.clickable(charts.year_chart(years, param="pick", selected=filters.year), "bars_year", "year", "year")
        st.caption("按年份先后排列，没有数字的年份留空。点击柱子按年份筛选。")
    if undated:
        st.caption(f"另有 {format_count(undated)} 个数字未注明时间。")


def overview_table(con: duckdb.DuckDBPyConnection, filters: Filters, limit: int,
                   order: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The first ``limit`` matching figures (queries.figure_rows) and the table a reader sees of them, cached
    together through db.query: a warm rerun neither queries nor formats them again."""
    rows = queries.figure_rows(con, filters, limit, order)
    return rows, figure_table(rows)


def table_ui(filters: Filters, total: int) -> None:
    head, sort = st.columns([3, 1], vertical_alignment="bottom")
    head.markdown("##### 符合条件的数字")
    order = sort.selectbox("排序", list(SORTS), format_func=SORTS.get, key="sort", bind="query-params") or "document"
    rows, shown = db.query(overview_table, filters, TABLE_ROWS, order)
    if rows.empty:
        st.info("没有符合条件的数字。试试清除部分筛选。")
        return
    more = f"，显示前 {len(rows):,} 条（前 {len(rows):,} / 共 {total:,}）" if total > len(rows) else ""
    st.caption(f"共 {format_count(total)} 条{more}。点击数字查看原句，点击文档标题查看全文；下载包含全部 {total:,} 条。")
    st.dataframe(
        shown, hide_index=True, height=min(420, 38 + 35 * len(shown)), placeholder="—",
        column_config={
            "数字": st.column_config.LinkColumn("数字", display_text=LINK_LABEL, width="small", help="点击打开原句"),
            "数值": st.column_config.NumberColumn("数值", format="localized", help="精确数值，可排序"),
            "写法": st.column_config.TextColumn("写法", help="数值的读法：万/亿、约数、区间"),
            "指标": st.column_config.LinkColumn("指标", display_text=LINK_LABEL),
            "文档": st.column_config.LinkColumn("文档", display_text=LINK_LABEL, width="medium"),
            "原句": st.column_config.TextColumn("原句", width="large"),
        },
    )
    left, right, _ = st.columns([1, 1, 4])
    # The files are written when a button is clicked, from DuckDB batch by batch, with every matching row.
    left.download_button("下载 CSV（全部）", lambda: db.stream(csv_file, queries.export_reader, filters, order),
                         file_name="cnfacts_figures.csv", mime="text/csv", icon=":material/download:",
                         on_click="ignore", key="csv")
    right.download_button("下载 Parquet", lambda: db.stream(parquet_file, queries.export_reader, filters, order),
                          file_name="cnfacts_figures.parquet", mime="application/vnd.apache.parquet",
                          icon=":material/download:", on_click="ignore", key="parquet")


def main() -> None:
    filters = filters_ui()
    st.title("数字总览")
    quick_indicators_ui(filters.indicator)
    total = counts_ui(filters)
    if filters.indicator is not None:
        indicator_values_ui(filters)
    else:
        region_ui(filters)
    topic_year_ui(filters)
    table_ui(filters, total)


main()
