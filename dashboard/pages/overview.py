"""Overview (`/`): counts, figures by region (map and bars, drilling down to cities) and by topic and period,
the matching figures with links to their pages, CSV download. Every filter lives in the URL."""

from __future__ import annotations

from collections.abc import Callable

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
            st.page_link("pages/document.py", label="打开这篇文档", icon=":material/article:",
                         query_params={"id": doc})
        st.button("清除筛选", on_click=_reset(*FILTER_KEYS), icon=":material/filter_alt_off:",
                  disabled=all(st.session_state.get(k) is None for k in FILTER_KEYS))
    return Filters(province, city, topic, kind, unit, period, doc)


def _on_pick(chart_key: str, param: str, field: str, target: str, resets: tuple[str, ...] = ()) -> Callable[[], None]:
    """Callback of a clickable chart: the clicked ``field`` value becomes filter ``target`` (empty clears it)."""

    def pick() -> None:
        points = st.session_state[chart_key].selection.get(param) or []
        st.session_state[target] = points[0].get(field) if points else None
        for key in resets:
            st.session_state[key] = None

    return pick


@st.cache_data(max_entries=256, show_spinner=False)
def _bar_spec(frame: pd.DataFrame, label: str, key: str, label_title: str, selected: str | None,
              newest_first: bool = False) -> dict:
    chart = charts.bar_chart(frame, label=label, key=key, label_title=label_title, param="pick", selected=selected,
                             newest_first=newest_first)
    return charts.spec(chart)


@st.cache_data(max_entries=64, show_spinner=False)
def _map_spec(frame: pd.DataFrame, selected: str | None) -> dict:
    return charts.spec(charts.china_map(frame, param="pick", selected=selected))


def _clickable(spec: dict, name: str, field: str, target: str, resets: tuple[str, ...] = ()) -> None:
    """Draw a chart whose click (selection "pick" on ``field``) sets filter ``target``. The chart's widget key
    holds the current filters: once they change (a click, the sidebar, 清除筛选), the chart starts with no
    selection, so clicking a bar that was clicked before is again a change that reruns."""
    key = name + ":" + "|".join(str(st.session_state.get(k)) for k in FILTER_KEYS)
    st.vega_lite_chart(spec, key=key, on_select=_on_pick(key, "pick", field, target, resets), selection_mode="pick")


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
        _clickable(_map_spec(provinces[provinces["code"] != COUNTRY], filters.province), "map", "code", "region",
                   ("city",))
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
        _clickable(_bar_spec(frame, "name", "code", "地区", selected), "bars_region", "code", target, resets)


def topic_period_ui(filters: Filters) -> None:
    left, right = st.columns(2, gap="large")
    with left:
        st.markdown("##### 按主题")
        topics = db.query(queries.by_topic, filters.without("topic"))
        _clickable(_bar_spec(topics, "name", "topic", "主题", filters.topic), "bars_topic", "topic", "topic")
    with right:
        st.markdown("##### 按时间")
        periods = db.query(queries.by_column, filters.without("period"), "period", 12)
        undated = int(periods.loc[periods["value"].isna(), "figures"].sum())
        periods = periods[periods["value"].notna()]
        if periods.empty:
            st.info("这些数字都没有注明时间。")
        else:
            _clickable(_bar_spec(periods, "value", "value", "时间", filters.period, newest_first=True), "bars_period",
                       "value", "period")
        if undated:
            st.caption(f"另有 {format_count(undated)} 个数字未注明时间。")


def table_ui(filters: Filters, total: int) -> None:
    rows = db.query(queries.figure_rows, filters, TABLE_LIMIT)
    st.markdown("##### 符合条件的数字")
    if rows.empty:
        st.info("没有符合条件的数字。试试清除部分筛选。")
        return
    secrets = db.query(queries.sentence_secrets, tuple(rows["sentence_id"].unique()))
    shown = figure_table(rows, secrets)
    more = f"，显示前 {len(rows):,} 条" if total > len(rows) else ""
    st.caption(f"共 {format_count(total)} 条{more}。点击数字查看出处。")
    st.dataframe(
        shown, hide_index=True, height=420,
        column_config={
            "数字": st.column_config.LinkColumn("数字", display_text=LINK_LABEL, width="medium"),
            "原句": st.column_config.TextColumn("原句", width="large"),
        },
    )
    st.download_button("下载 CSV", csv_bytes(rows, shown), file_name="cnfacts_figures.csv", mime="text/csv",
                       icon=":material/download:")


def main() -> None:
    filters = filters_ui()
    st.title("数字总览")
    total = counts_ui(filters)
    region_ui(filters)
    topic_period_ui(filters)
    table_ui(filters, total)


main()
