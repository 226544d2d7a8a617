"""Pieces of page layout shared by the overview and the indicator pages: charts whose click sets a filter, the
picker of a period and status, an indicator's map and bars of regional values, its time line. Streamlit calls
only; the data come from dashboard.queries (through dashboard.db) and dashboard.indicators."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from dashboard import charts, indicators
from dashboard.fmt import format_number, labels
from dashboard.indicators import Moment

# Session state of each clickable chart, under this prefix and its name: (generation of its widget key, the
# value selected in it or None).
_PICKED = "picked:"


def _on_pick(name: str, chart_key: str, field: str, target: str, resets: tuple[str, ...]) -> Callable[[], None]:
    """Callback of clickable chart ``name``: the clicked ``field`` value (selection "pick") becomes widget state
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
    """The widget key of clickable chart ``name``, whose click sets ``target``.

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


def clickable(spec: dict, name: str, field: str, target: str, resets: tuple[str, ...] = ()) -> None:
    """Draw chart ``name``, whose click (selection "pick" on ``field``) sets widget state ``target`` (a filter bound
    to the URL) and clears the states ``resets``."""
    key = _chart_key(name, target)
    st.vega_lite_chart(spec, key=key, on_select=_on_pick(name, key, field, target, resets), selection_mode="pick")


def bound_choice(key: str, options: list, labels: dict) -> None:
    """Prepare the state of a selectbox bound to the URL under ``key`` before it is drawn: a link opened in a new
    session may give an option's code rather than its label (/?indicator=gdp_growth; Streamlit itself reads the
    label, /?indicator=城镇新增就业), and a value kept from another page that is not an option here is dropped
    (pages share widget state by key)."""
    given = st.query_params.get(key)
    by_text = {str(option): option for option in options}
    shown = {str(text) for text in labels.values()}
    if st.session_state.get(key) is None and given in by_text and given not in shown:
        st.session_state[key] = by_text[given]
    elif key in st.session_state and st.session_state[key] is not None and st.session_state[key] not in labels:
        st.session_state[key] = None


def truncation_note(shown: int, total: int, what: str) -> None:
    """Say that a chart shows only part of its rows: 前 20 / 共 34 个地区."""
    if shown < total:
        st.caption(f"前 {shown} / 共 {total} 个{what}（按数字个数）。")


# --- an indicator's values -------------------------------------------------------------------------------------


def moment_picker(moments: pd.DataFrame, key: str) -> Moment | None:
    """Pills of the periods and statuses with provincial values (2026年目标, 2025年实际 …), bound to the URL under
    ``key`` (as shown, ?at=2025年实际; a link may also give 2025:actual, or 2025+实际 as links were written before the
    periods were shown in words); the newest well-covered one is chosen until
    the reader picks another."""
    default = indicators.default_moment(moments)
    if default is None:
        return None
    options = [Moment(str(p), str(s)).key for p, s in zip(moments["period"], moments["status"])]
    names = {k: indicators.moment_label(*k.rsplit(":", 1)) for k in options}
    given = st.query_params.get(key)
    if st.session_state.get(key) not in names:
        shown = {name: k for k, name in names.items()}
        shown |= {indicators.moment_label_before(*k.rsplit(":", 1)): k for k in options}  # links written before
        st.session_state[key] = given if given in names else shown.get(given, default.key)
    picked = st.pills("时间与类型", options, format_func=lambda k: names.get(k, k), key=key, bind="query-params",
                      required=True)
    return Moment.parse(picked) or default


def value_map_ui(points: pd.DataFrame, indicator: dict, moment: Moment, *, name: str, target: str,
                 selected: str | None, resets: tuple[str, ...] = ()) -> None:
    """The provinces' own values in one period and status: a map coloured by value (sequential or diverging by the
    indicator's measure, legend in its unit; a click sets ``target``) beside bars sorted by value (a click opens the
    figure). Provinces without a value stay grey; values are never added up, except in a note for an indicator that
    may be (additive)."""
    values = indicators.provincial(points, moment)
    frame = indicators.region_frame(values)
    scale = charts.value_scale(indicator["measure"], indicator["unit"], [float(v) for v in frame["number"]])
    left, right = st.columns([3, 2], gap="large")
    with left:
        clickable(charts.china_map(frame, param="pick", selected=selected, scale=scale,
                                   value_title=indicators.moment_label(moment.period, moment.status)),
                  name, "code", target, resets)
        st.caption(f"{indicators.moment_label(moment.period, moment.status)}：{len(frame)} / 34 个省级地区有数值，"
                   "灰色为没有。点击省份查看它的历年数值。")
    with right:
        if frame.empty:
            st.info("这一时间没有省级数值。")
            return
        st.vega_lite_chart(charts.value_bars(frame, scale=scale, unit=indicator["unit"], selected=selected),
                           key=f"{name}_bars")
        st.caption("点击条形打开该数值的原句。" + _additive_note(indicator, values))


def _additive_note(indicator: dict, values: pd.DataFrame) -> str:
    if not indicator["additive"] or values.empty or values["number_high"].notna().any():
        return "各省数值不可相加。" if not indicator["additive"] else ""
    total = format_number(values["number"].sum())
    return f"这 {len(values)} 个省份的数值合计 {total}{indicator['unit']}（仅限已报告的省份）。"


def series_ui(points: pd.DataFrame, indicator: dict, *, key: str) -> None:
    """One region's values over time (charts.series_chart), one chart per unit the values come in."""
    frame = indicators.series_frame(points)
    spans = int((frame["kind"] == "span").sum())
    if spans and not st.toggle(f"显示多年时期的数值（{spans} 个，如“十四五”时期累计增长）", key=f"{key}_spans",
                               help="多年时期的数值（累计或年均）与逐年数值不可直接比较，默认不画。"):
        frame = frame[frame["kind"] != "span"]
    if frame.empty:
        st.info("这一地区没有逐年的数值。")
        return
    statuses = dict(labels()["status"])
    st.vega_lite_chart(charts.series_chart(frame, unit=str(points["unit"].iloc[0]), status_labels=statuses),
                       key=key)
    st.caption("实线连接逐年的实际值（缺少的年份处断开）；空心方块为当年目标，菱形为规划目标；竖线为区间（如 4.5%–5%），"
               "横线为多年时期（如 2021–2025）；红圈表示来源给出的数值不一致。点击任一点打开它的原句；滚轮缩放、拖动平移、双击复原。")
