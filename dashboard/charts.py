"""Chart builders: data in (DataFrames from dashboard.queries), Vega-Lite spec out; no Streamlit, no SQL.

Bars are horizontal so Chinese labels read left to right; counts are written the Chinese way (3.2万).
Clickable charts carry a point selection named by the caller; the page turns a click into a filter.

The specs are plain Vega-Lite dicts, not Altair charts: building an Altair chart validates every channel
against the schema (30–100 ms a chart, on every filter change) and importing Altair costs the first reader
another 0.35 s. tests/test_dashboard_queries.py validates these specs against Altair's Vega-Lite schema.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from dashboard.fmt import format_count
from dashboard.shapes import INSET, SIMPLIFIED

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
BAR = "#5b8ff9"
BAR_SELECTED = "#f5222d"
NO_DATA = "#d4d4d4"  # darker than the palest colour of any scale
# Vega expression: an axis tick as 万/亿.
AXIS_WAN = (
    "datum.value >= 100000000 ? format(datum.value / 100000000, '~g') + '亿' : "
    "datum.value >= 10000 ? format(datum.value / 10000, '~g') + '万' : format(datum.value, '~g')"
)
SHAPES = "cf_provinces"  # name of the dataset of province outlines in the map's spec
INSET_DATA = "cf_inset"  # name of the dataset of the 南海诸岛 inset in the map's spec
INSET_COLOR = "#8c8c8c"
RANGE_COLOR = "#262626"
# Name of the dataset of a chart's rows. A named dataset, not inline `data.values`: Streamlit then sends the rows
# with the spec, and the browser sizes the chart with them (inline values are added after the layout, and the
# counts written after the longest bars were cut off at the right edge).
ROWS = "cf_rows"


@lru_cache(maxsize=1)
def province_features() -> tuple[dict, ...]:
    """The simplified province outlines (id = adcode), read once (see dashboard/shapes.py)."""
    features = tuple(json.loads(SIMPLIFIED.read_text(encoding="utf-8"))["features"])
    if not features or any(len(str(f.get("id", ""))) != 6 for f in features):
        raise ValueError(f"{SIMPLIFIED}: every feature needs a 6-digit adcode id")
    return features


def records(frame: pd.DataFrame) -> list[dict]:
    """DataFrame rows as JSON-native dicts (what a spec's inline data holds)."""
    return json.loads(frame.to_json(orient="records", force_ascii=False))


def with_shares(frame: pd.DataFrame, selected: str | None, key: str) -> pd.DataFrame:
    """Add figures_fmt (3.2万), share_fmt (12.5%) and is_selected (row whose ``key`` equals ``selected``)."""
    total = int(frame["figures"].sum()) or 1
    return frame.assign(
        figures_fmt=[format_count(n) for n in frame["figures"]],
        share_fmt=[f"{100 * n / total:.1f}%" for n in frame["figures"]],
        is_selected=frame[key] == selected if selected is not None else False,
    )


def _pick(param: str, field: str) -> dict:
    """A point selection on ``field``: click selects, double click clears."""
    return {"name": param, "select": {"type": "point", "fields": [field], "on": "click", "clear": "dblclick"}}


def _when(test: str, then: object, otherwise: object) -> dict:
    return {"condition": {"test": test, "value": then}, "value": otherwise}


def bar_chart(
    frame: pd.DataFrame,
    *,
    label: str,
    key: str,
    label_title: str,
    param: str,
    selected: str | None,
    max_bars: int | None = None,
    bar_height: int = 28,
) -> dict:
    """Horizontal bars of ``figures`` per ``label`` (largest first), each with its count written after it.
    Clicking a bar selects its ``key`` value in the point selection ``param``; the bar whose key is
    ``selected`` is drawn in red. At most ``max_bars`` bars (the caller says so: 前 N / 共 M). Only the columns the
    chart uses are sent."""
    data = with_shares(frame if max_bars is None else frame.nlargest(max_bars, "figures"), selected, key)
    columns = list(dict.fromkeys([key, label, "figures", "figures_fmt", "share_fmt", "is_selected"]))
    y = {"field": label, "type": "nominal", "sort": {"field": "figures", "op": "sum", "order": "descending"},
         "title": None,
         "axis": {"labelLimit": 180, "labelFontSize": 13, "labelOverlap": False, "ticks": False}}
    bars = {
        "mark": {"type": "bar", "cornerRadiusEnd": 3, "height": {"band": 0.72}, "cursor": "pointer"},
        "params": [_pick(param, key)],
        "encoding": {
            "y": y,
            "x": {"field": "figures", "type": "quantitative", "title": None,
                  "axis": {"labelExpr": AXIS_WAN, "tickCount": 4, "tickMinStep": 1, "grid": True}},
            "color": _when("datum.is_selected", BAR_SELECTED, BAR),
            "tooltip": [
                {"field": label, "type": "nominal", "title": label_title},
                {"field": "figures_fmt", "type": "nominal", "title": "数字个数"},
                {"field": "share_fmt", "type": "nominal", "title": "占比"},
            ],
        },
    }
    text = {
        "mark": {"type": "text", "align": "left", "dx": 4, "fontSize": 12, "color": "#595959"},
        "encoding": {"y": y, "x": {"field": "figures", "type": "quantitative"},
                     "text": {"field": "figures_fmt", "type": "nominal"}},
    }
    return {"$schema": SCHEMA, "datasets": {ROWS: records(data[columns])}, "data": {"name": ROWS},
            "height": {"step": bar_height}, "layer": [bars, text]}  # a band per bar, axes outside


# --- maps -----------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def inset_features() -> tuple[dict, ...]:
    """The 南海诸岛 inset (frame, islands and the dashed line; see dashboard/geo/NOTICE), read once."""
    return tuple(json.loads(INSET.read_text(encoding="utf-8"))["features"])


@dataclass(frozen=True, slots=True)
class MapScale:
    """How a map (and bars beside it) colour values: its Vega-Lite colour scale and its legend's title."""

    scale: dict
    title: str
    diverging: bool = False


COUNT_SCALE = MapScale({"scheme": "blues", "type": "sqrt"}, "数字个数")


def value_scale(measure: str, unit: str, values: list[float]) -> MapScale:
    """Sequential for levels (blues, from the smallest value to the largest), diverging around 0 for changes (blue
    below, orange above, the same intensity for the same distance from 0): a change is read against no change. An
    indicator whose figures may be either (`any`: 涨幅) diverges when its values straddle 0. The legend is titled
    with the unit. The domain is explicit, so that regions without a value (drawn grey) do not stretch it."""
    values = [v for v in values if v == v]
    low, high = (min(values), max(values)) if values else (0.0, 1.0)
    straddles = low < 0 < high
    if measure == "change" or (measure == "any" and straddles):
        reach = max(abs(low), abs(high)) or 1.0
        return MapScale({"scheme": "blueorange", "domain": [-reach, reach], "domainMid": 0}, f"单位：{unit}",
                        diverging=True)
    return MapScale({"scheme": "blues", "domain": [low, high if high > low else low + 1], "zero": False},
                    f"单位：{unit}")


def map_frame(frame: pd.DataFrame, selected: str | None) -> pd.DataFrame:
    """One row per province of the map: code, name, value (0 without data), has_value, label (无数据 without), tip
    (as given, else ""), is_selected. ``frame`` has code, name, value and label, optionally tip."""
    by_code = {row["code"]: row for row in frame.to_dict("records")}
    rows = []
    for feature in province_features():
        code = str(feature["id"])
        row = by_code.get(code, {})
        value = row.get("value")
        has_value = value is not None and value == value
        rows.append({
            "code": code,
            "name": row.get("name") or feature["properties"]["name"],
            "value": float(value) if has_value else 0.0,
            "has_value": has_value,
            "label": row.get("label") or "无数据",
            "tip": row.get("tip") or "",
            "is_selected": code == selected,
        })
    return pd.DataFrame(rows)


def china_map(frame: pd.DataFrame, *, param: str, selected: str | None, scale: MapScale = COUNT_SCALE,
              value_title: str = "数字个数", height: int = 420) -> dict:
    """Every province coloured by ``value`` (grey without data) under ``scale``, clickable (selection ``param`` on
    ``code``), with the 南海诸岛 inset. ``frame``: code, name, value, label (how the value reads), optionally tip
    (a line for the tooltip, such as the source sentence). The outlines are looked up by adcode in the dataset
    SHAPES (GeoJSON features, which Streamlit passes to the browser as they are; the rows go as Arrow)."""
    legend = {"title": scale.title, "orient": "bottom-left", "labelExpr": AXIS_WAN, "gradientLength": 140}
    if scale is COUNT_SCALE:
        legend["tickMinStep"] = 1
    color = {"field": "value", "type": "quantitative", "scale": scale.scale, "legend": legend}
    tooltip = [{"field": "name", "type": "nominal", "title": "地区"},
               {"field": "label", "type": "nominal", "title": value_title}]
    rows = map_frame(frame, selected)
    if rows["tip"].str.len().gt(0).any():
        tooltip.append({"field": "tip", "type": "nominal", "title": "原句"})
    provinces = {
        "data": {"name": ROWS},
        "transform": [
            {"lookup": "code", "from": {"data": {"name": SHAPES}, "key": "id"}, "as": "geo"},
            {"calculate": "datum.name + '：' + datum.label", "as": "description"},
        ],
        "mark": {"type": "geoshape", "cursor": "pointer"},
        "params": [_pick(param, "code")],
        "encoding": {
            "shape": {"field": "geo", "type": "geojson"},
            "description": {"field": "description", "type": "nominal"},  # what a screen reader says
            "color": {"condition": {"test": "datum.has_value", **color}, "value": NO_DATA},
            "stroke": _when("datum.is_selected", BAR_SELECTED, "#ffffff"),
            "strokeWidth": _when("datum.is_selected", 2.5, 0.7),
            "tooltip": tooltip,
        },
    }
    inset = {"data": {"name": INSET_DATA}, "mark": {"type": "geoshape", "fill": INSET_COLOR, "stroke": INSET_COLOR,
                                                   "strokeWidth": 0.6, "tooltip": None}}
    return {
        "$schema": SCHEMA,
        "datasets": {ROWS: records(rows), SHAPES: list(province_features()), INSET_DATA: list(inset_features())},
        "height": height,
        "projection": {"type": "mercator"},
        "layer": [provinces, inset],
    }


# --- values of an indicator -------------------------------------------------------------------------------------


def value_bars(frame: pd.DataFrame, *, scale: MapScale, unit: str, selected: str | None = None,
               bar_height: int = 22) -> dict:
    """Horizontal bars of each region's value (largest first), coloured like the map, a range drawn from its low
    to its high end, the value written as a reader writes it (5%左右) after each bar; a click on a bar opens the
    figure it comes from (``href``). ``frame``: code, name, number, number_high, label, href, tip, source."""
    data = frame.assign(is_selected=frame["code"] == selected if selected is not None else False,
                        end=frame["number_high"].fillna(frame["number"]))
    columns = ["code", "name", "number", "number_high", "end", "label", "href", "tip", "source", "is_selected"]
    y = {"field": "name", "type": "nominal", "title": None,
         "sort": {"field": "number", "order": "descending"},
         "axis": {"labelLimit": 180, "labelFontSize": 13, "labelOverlap": False, "ticks": False}}
    tooltip = [{"field": "name", "type": "nominal", "title": "地区"},
               {"field": "label", "type": "nominal", "title": "数值"},
               {"field": "tip", "type": "nominal", "title": "原句"},
               {"field": "source", "type": "nominal", "title": "来源"}]
    x_axis = {"labelExpr": AXIS_WAN, "tickCount": 4, "grid": True, "title": f"单位：{unit}"}
    bars = {
        "mark": {"type": "bar", "cornerRadiusEnd": 3, "height": {"band": 0.72}, "cursor": "pointer"},
        "encoding": {
            "y": y,
            "x": {"field": "number", "type": "quantitative", "axis": x_axis, "scale": {"zero": True}},
            "color": {"field": "number", "type": "quantitative", "scale": scale.scale, "legend": None},
            "stroke": _when("datum.is_selected", BAR_SELECTED, None),
            "strokeWidth": _when("datum.is_selected", 2, 0),
            "href": {"field": "href", "type": "nominal"},
            "tooltip": tooltip,
        },
    }
    ranges = {
        "transform": [{"filter": "isValid(datum.number_high)"}],
        "mark": {"type": "rule", "strokeWidth": 5, "opacity": 0.55, "color": RANGE_COLOR},
        "encoding": {"y": y, "x": {"field": "number", "type": "quantitative"}, "x2": {"field": "number_high"},
                     "href": {"field": "href", "type": "nominal"}, "tooltip": tooltip},
    }
    text = {
        "mark": {"type": "text", "align": "left", "dx": 4, "fontSize": 12, "color": "#595959"},
        "encoding": {"y": y, "x": {"field": "end", "type": "quantitative"},
                     "text": {"field": "label", "type": "nominal"}},
    }
    return {"$schema": SCHEMA, "datasets": {ROWS: records(data[columns])}, "data": {"name": ROWS},
            "height": {"step": bar_height}, "layer": [bars, ranges, text]}  # a band per bar, axes outside


STATUS_COLORS = {"actual": "#1f5fbf", "target": "#e8590c", "plan": "#2b8a3e"}
STATUS_SHAPES = {"actual": "circle", "target": "square", "plan": "diamond"}
BESIDE_PX = 9  # how far right of its year a target or plan is drawn


def _beside(layer: dict, test: str, offset: float) -> dict:
    """The layer for the rows passing ``test``, drawn ``offset`` pixels right of their place."""
    return {**layer, "transform": [*layer.get("transform", []), {"filter": test}],
            "mark": {**layer["mark"], "xOffset": offset}}


def series_chart(frame: pd.DataFrame, *, unit: str, status_labels: dict[str, str], height: int = 340) -> dict:
    """One indicator in one region over time. Outcomes (实际) as a line of filled points, broken where years are
    missing; targets (目标) and plans (规划) as hollow marks of their own colour and shape, never joined to the
    line; a multi-year period as a horizontal segment across its years; a range (4.5%–5%) as a vertical segment
    from its low to its high end; a value whose sources disagree ringed in red. A click on a mark opens the figure
    it comes from. ``frame`` as made by series_frame."""
    present = [s for s in STATUS_COLORS if s in set(frame["status"])]
    domain = [status_labels[s] for s in present]
    color = {"field": "status_label", "type": "nominal", "title": None,
             "scale": {"domain": domain, "range": [STATUS_COLORS[s] for s in present]},
             "legend": {"orient": "top", "symbolStrokeWidth": 2, "labelFontSize": 13}}
    shape = {"field": "status_label", "type": "nominal", "title": None,
             "scale": {"domain": domain, "range": [STATUS_SHAPES[s] for s in present]}}
    low, high = float(frame["x"].min()), float(frame["x2"].max())
    x = {"field": "mid", "type": "quantitative", "title": None,
         "scale": {"domain": [low - 0.8, high + 0.8], "nice": False, "zero": False, "padding": BESIDE_PX + 8},
         "axis": {"format": "d", "tickMinStep": 1, "labelOverlap": True, "grid": False}}
    y = {"field": "number", "type": "quantitative", "title": f"单位：{unit}",
         # padding: a mark at the highest or lowest value is drawn whole, not cut by the plot's edge
         "scale": {"zero": False, "nice": True, "padding": 10}, "axis": {"labelExpr": AXIS_WAN, "tickCount": 5}}
    tooltip = [{"field": "period_label", "type": "nominal", "title": "时间"},
               {"field": "status_label", "type": "nominal", "title": "类型"},
               {"field": "label", "type": "nominal", "title": "数值"},
               {"field": "tip", "type": "nominal", "title": "原句"},
               {"field": "source", "type": "nominal", "title": "来源"},
               {"field": "sources", "type": "nominal", "title": "来源数"}]
    line = {"transform": [{"filter": "datum.kind === 'year' && datum.status === 'actual'"}],
            "params": [{"name": "zoom", "select": {"type": "interval", "encodings": ["x", "y"]},
                        "bind": "scales"}],  # wheel to zoom, drag to pan, double click to reset
            "mark": {"type": "line", "strokeWidth": 2, "color": STATUS_COLORS["actual"]},
            "encoding": {"x": x, "y": y, "detail": {"field": "run", "type": "ordinal"}}}
    spans = {"transform": [{"filter": "datum.kind === 'span'"}],
             "mark": {"type": "rule", "strokeWidth": 3, "strokeCap": "round", "cursor": "pointer"},
             "encoding": {"x": {**x, "field": "x"}, "x2": {"field": "x2"}, "y": y, "color": color,
                          "strokeDash": _when("datum.status === 'actual'", [1, 0], [6, 3]),
                          "href": {"field": "href", "type": "nominal"}, "tooltip": tooltip}}
    ranges = {"transform": [{"filter": "isValid(datum.number_high)"}],
              "mark": {"type": "rule", "strokeWidth": 3, "opacity": 0.6},
              "encoding": {"x": x, "y": y, "y2": {"field": "number_high"}, "color": color,
                           "href": {"field": "href", "type": "nominal"}, "tooltip": tooltip}}
    rings = {"transform": [{"filter": "datum.conflict && datum.kind !== 'span'"}],
             "mark": {"type": "point", "size": 260, "strokeWidth": 1.5, "color": BAR_SELECTED, "filled": False},
             "encoding": {"x": x, "y": y, "tooltip": tooltip}}
    points = {"transform": [{"filter": "datum.kind !== 'span'"}],
              "mark": {"type": "point", "size": 90, "strokeWidth": 2, "opacity": 1, "cursor": "pointer"},
              "encoding": {"x": x, "y": y, "color": color, "shape": shape,
                           "fill": {"condition": {"test": "datum.status === 'actual'", **color, "legend": None},
                                    "value": "#ffffff"},
                           "description": {"field": "description", "type": "nominal"},
                           "href": {"field": "href", "type": "nominal"}, "tooltip": tooltip}}
    outcome, goal = "datum.status === 'actual'", "datum.status !== 'actual'"
    # a target or plan beside the outcome of its year and beneath it: on a long axis a year is narrower than the
    # offset, and a click on an outcome's centre must open that outcome, not the goal of the year before
    layers = [line, spans, *(_beside(layer, goal, BESIDE_PX) for layer in (ranges, rings, points)),
              *(_beside(layer, outcome, 0) for layer in (ranges, rings, points))]
    return {"$schema": SCHEMA, "datasets": {ROWS: records(frame)}, "data": {"name": ROWS}, "height": height,
            "layer": layers}


# --- counts over time ------------------------------------------------------------------------------------------


def year_chart(frame: pd.DataFrame, *, param: str, selected: int | None, height: int = 260) -> dict:
    """Figures per year as columns on a calendar axis, so that a year without figures shows as a gap; clicking a
    column selects its ``year`` (selection ``param``). Only years with figures are marks (a continuous axis, not
    one slot per year: an axis of seventy years needs no seventy labels)."""
    data = frame.assign(year=frame["year"].astype(int)).sort_values("year", ignore_index=True)
    data = data.assign(start=data["year"] - 0.42, end=data["year"] + 0.42,
                       figures_fmt=[format_count(n) for n in data["figures"]],
                       is_selected=data["year"] == selected if selected is not None else False)
    low, high = (int(data["year"].min()), int(data["year"].max())) if len(data) else (0, 1)
    return {
        "$schema": SCHEMA, "datasets": {ROWS: records(data)}, "data": {"name": ROWS}, "height": height,
        "mark": {"type": "bar", "cursor": "pointer"},
        "params": [_pick(param, "year")],
        "encoding": {
            "x": {"field": "start", "type": "quantitative", "title": None,
                  "scale": {"domain": [low - 0.6, high + 0.6], "nice": False, "zero": False},
                  "axis": {"format": "d", "tickMinStep": 1, "grid": False}},
            "x2": {"field": "end"},
            "y": {"field": "figures", "type": "quantitative", "title": None,
                  "axis": {"labelExpr": AXIS_WAN, "tickCount": 4, "tickMinStep": 1}},
            "y2": {"datum": 0},
            "color": _when("datum.is_selected", BAR_SELECTED, BAR),
            "tooltip": [{"field": "year", "type": "ordinal", "title": "年份"},
                        {"field": "figures_fmt", "type": "nominal", "title": "数字个数"}],
        },
    }
