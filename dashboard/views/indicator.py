"""One indicator (`/indicator?id=<indicator>[&region=<region>][&at=<period>:<status>]`): its values in a region over
time (outcomes as a line, targets and plans as marks of their own), the provinces' values in one period on a map and
in sorted bars, and every figure behind them, each one click from its sentence. Without an id: the list of
indicators."""

from __future__ import annotations

import streamlit as st

from dashboard import db, indicators, panels, queries
from dashboard.fmt import LINK_LABEL, is_missing, label, md_escape
from dashboard.queries import COUNTRY


def region_picker(regions, main: str) -> str:
    """The region whose values the time line shows, bound to the URL (`region`); the country until one is picked."""
    names = dict(zip(regions["region_code"], regions["name"]))
    panels.bound_choice("region", list(names), names)
    picked = st.selectbox("地区", list(names), index=None, format_func=lambda c: str(names.get(c, c)), key="region",
                          bind="query-params", placeholder=f"{names.get(main, main)}（默认）")
    return picked or main


def header_ui(indicator: dict) -> None:
    st.title(md_escape(indicator["name"]))
    parts = [f"单位：{indicator['unit']}", f"主题：{indicator['topic_name']}", label("measure", indicator["measure"]),
             "各地区数值可相加" if indicator["additive"] else "各地区数值不可相加", label("direction", indicator["direction"])]
    st.caption(md_escape(" · ".join(p for p in parts if p)))
    if not is_missing(indicator["description"]) and indicator["description"]:
        st.caption(md_escape(indicator["description"]))


def sources_ui(indicator_id: str, region: str, region_name: str) -> None:
    sources = db.query(queries.indicator_sources, indicator_id, region)
    st.markdown(f"##### 来源 · {md_escape(region_name)}（{len(sources)} 个数字）")
    if sources.empty:
        st.caption("没有来源。")
        return
    st.dataframe(
        indicators.sources_table(sources), hide_index=True, height=min(420, 38 + 35 * len(sources)), placeholder="—",
        column_config={
            "数字": st.column_config.LinkColumn("数字", display_text=LINK_LABEL, help="点击打开原句"),
            "数值": st.column_config.NumberColumn("数值", format="localized"),
            "文档": st.column_config.LinkColumn("文档", display_text=LINK_LABEL),
            "原句": st.column_config.TextColumn("原句", width="large"),
        },
    )


def indicator_ui(indicator_id: str) -> None:
    found = db.query(queries.indicator, indicator_id)
    if found.empty:
        st.title("指标")
        st.error(f"找不到指标 {md_escape(indicator_id)}。请从指标列表中选择。")
        st.page_link("views/indicators.py", label="全部指标", icon=":material/list:")
        return
    indicator = found.iloc[0].to_dict()
    header_ui(indicator)
    points = db.query(queries.indicator_points, indicator_id)
    if points.empty:
        st.info("数据仓库中还没有这个指标的数值。")
        return
    regions = indicators.regions_of(points)
    main = COUNTRY if COUNTRY in set(regions["region_code"]) else str(regions["region_code"].iloc[0])
    left, right = st.columns([1, 2])
    with left:
        region = region_picker(regions, main)
    units = indicators.units_of(points, indicator["unit"])
    with right:
        unit = st.segmented_control("单位", units, default=units[0], key="unit") if len(units) > 1 else units[0]
    unit = unit or units[0]
    region_name = str(regions.loc[regions["region_code"] == region, "name"].iloc[0]) if region in set(
        regions["region_code"]) else region
    st.markdown(f"##### {md_escape(region_name)} · 历年数值")
    here = points[(points["region_code"] == region) & (points["unit"] == unit)]
    panels.series_ui(here, {**indicator, "unit": unit}, key="series")
    moments = indicators.moments_of(points[points["unit"] == unit])
    if not moments.empty:
        st.markdown("##### 各省份")
        moment = panels.moment_picker(moments, key="at")
        panels.value_map_ui(points[points["unit"] == unit], {**indicator, "unit": unit}, moment, name="map",
                            target="region", selected=region)
    sources_ui(indicator_id, region, region_name)
    st.page_link("views/overview.py", label="在总览中查看这个指标的全部数字", icon=":material/filter_alt:",
                 query_params={"indicator": indicator["name"]})


def main() -> None:
    indicator_id = st.query_params.get("id")
    if not indicator_id:
        st.switch_page("views/indicators.py")
    indicator_ui(indicator_id)


main()
