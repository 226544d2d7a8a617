"""Chart builders: data in (DataFrames from dashboard.queries), Vega-Lite spec out; no Streamlit, no SQL.

Bars are horizontal so Chinese labels read left to right; counts are written the Chinese way (3.2万).
Clickable charts carry a point selection named by the caller; the page turns a click into a filter.

The specs are plain Vega-Lite dicts, not Altair charts: building an Altair chart validates every channel
against the schema (30–100 ms a chart, on every filter change) and importing Altair costs the first reader
another 0.35 s. tests/test_dashboard_queries.py validates these specs against Altair's Vega-Lite schema.
"""

from __future__ import annotations

import json
from functools import lru_cache

import pandas as pd

from dashboard.fmt import format_count
from dashboard.shapes import SIMPLIFIED

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
BAR = "#5b8ff9"
BAR_SELECTED = "#f5222d"
NO_DATA = "#e8e8e8"
# Vega expression: an axis tick as 万/亿.
AXIS_WAN = (
    "datum.value >= 100000000 ? format(datum.value / 100000000, '~g') + '亿' : "
    "datum.value >= 10000 ? format(datum.value / 10000, '~g') + '万' : format(datum.value, '~g')"
)
SHAPES = "cf_provinces"  # name of the dataset of province outlines in the map's spec
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
    max_bars: int = 20,
    newest_first: bool = False,
) -> dict:
    """Horizontal bars of ``figures`` per ``label`` (largest first), each with its count written after it.
    Clicking a bar selects its ``key`` value in the point selection ``param``; the bar whose key is
    ``selected`` is drawn in red. ``newest_first`` orders bars by label, descending (periods), instead of by
    size. Only the columns the chart uses are sent."""
    data = with_shares(frame.nlargest(max_bars, "figures"), selected, key)
    columns = list(dict.fromkeys([key, label, "figures", "figures_fmt", "share_fmt", "is_selected"]))
    order = "descending" if newest_first else {"field": "figures", "op": "sum", "order": "descending"}
    y = {"field": label, "type": "nominal", "sort": order, "title": None,
         "axis": {"labelLimit": 180, "labelFontSize": 13, "labelOverlap": False, "ticks": False}}
    bars = {
        "mark": {"type": "bar", "cornerRadiusEnd": 3, "height": {"band": 0.72}, "cursor": "pointer"},
        "params": [_pick(param, key)],
        "encoding": {
            "y": y,
            "x": {"field": "figures", "type": "quantitative", "title": None,
                  "axis": {"labelExpr": AXIS_WAN, "tickCount": 4, "grid": True}},
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
            "height": max(120, 28 * len(data)), "layer": [bars, text]}


def map_frame(frame: pd.DataFrame, selected: str | None) -> pd.DataFrame:
    """One row per province of the map: code, name, figures (0 without data), figures_fmt, is_selected."""
    counts = dict(zip(frame["code"], frame["figures"]))
    names = dict(zip(frame["code"], frame["name"]))
    rows = []
    for feature in province_features():
        code = str(feature["id"])
        figures = int(counts.get(code, 0))
        rows.append({
            "code": code,
            "name": names.get(code, feature["properties"]["name"]),
            "figures": figures,
            "figures_fmt": format_count(figures) if figures else "无数据",
            "is_selected": code == selected,
        })
    return pd.DataFrame(rows)


def china_map(frame: pd.DataFrame, *, param: str, selected: str | None, height: int = 420) -> dict:
    """Every province, coloured by figures (grey without data), clickable: selection ``param`` on ``code``.
    The outlines are looked up by adcode in the spec's dataset SHAPES (GeoJSON features, which Streamlit
    passes to the browser as they are; the rows, dataset ROWS, go as Arrow)."""
    color = {"field": "figures", "type": "quantitative", "scale": {"scheme": "blues", "type": "sqrt"},
             "legend": {"title": "数字个数", "orient": "bottom-left", "labelExpr": AXIS_WAN, "gradientLength": 140}}
    return {
        "$schema": SCHEMA,
        "datasets": {ROWS: records(map_frame(frame, selected)), SHAPES: list(province_features())},
        "data": {"name": ROWS},
        "height": height,
        "transform": [
            {"lookup": "code", "from": {"data": {"name": SHAPES}, "key": "id"}, "as": "geo"},
            {"calculate": "datum.name + '：' + datum.figures_fmt", "as": "label"},
        ],
        "projection": {"type": "mercator"},
        "mark": {"type": "geoshape", "cursor": "pointer"},
        "params": [_pick(param, "code")],
        "encoding": {
            "shape": {"field": "geo", "type": "geojson"},
            "description": {"field": "label", "type": "nominal"},  # what a screen reader says for a province
            "color": {"condition": {"test": "datum.figures > 0", **color}, "value": NO_DATA},
            "stroke": _when("datum.is_selected", BAR_SELECTED, "#ffffff"),
            "strokeWidth": _when("datum.is_selected", 2.5, 0.7),
            "tooltip": [{"field": "name", "type": "nominal", "title": "地区"},
                        {"field": "figures_fmt", "type": "nominal", "title": "数字个数"}],
        },
    }
