"""Altair chart builders. Data in (DataFrames from dashboard.queries), chart out; no Streamlit, no SQL.

Bars are horizontal so Chinese labels read left to right; counts are written the Chinese way (3.2万).
Clickable charts carry a point selection named by the caller; the page turns a click into a filter.
Builders return Altair charts; ``spec`` turns one into the Vega-Lite dict the page hands to Streamlit.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import altair as alt
import numpy as np
import pandas as pd

from dashboard.fmt import format_count

GEOJSON = Path(__file__).with_name("geo") / "china_provinces.geojson"
BAR = "#5b8ff9"
BAR_SELECTED = "#f5222d"
NO_DATA = "#e8e8e8"
# Vega expression: an axis tick as 万/亿.
AXIS_WAN = (
    "datum.value >= 100000000 ? format(datum.value / 100000000, '~g') + '亿' : "
    "datum.value >= 10000 ? format(datum.value / 10000, '~g') + '万' : format(datum.value, '~g')"
)


# Map outlines are simplified to this many degrees (about half a pixel on a 420-pixel map of China): Altair
# walks every coordinate when it builds a chart, and the browser draws fewer points.
SIMPLIFY_DEGREES = 0.04


def _simplify(ring: list[list[float]], tolerance: float) -> list[list[float]]:
    """Douglas–Peucker on a closed ring (first point = last point); keeps winding order and closure."""
    points = np.asarray(ring, dtype=float)[:, :2]
    keep = np.zeros(len(points), dtype=bool)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        if last - first < 2:
            continue
        start, end, inner = points[first], points[last], points[first + 1 : last]
        dx, dy = end - start
        length = np.hypot(dx, dy)
        if length == 0:
            distances = np.hypot(*(inner - start).T)
        else:
            distances = np.abs(dx * (start[1] - inner[:, 1]) - (start[0] - inner[:, 0]) * dy) / length
        far = int(np.argmax(distances))
        if distances[far] > tolerance:
            keep[first + 1 + far] = True
            stack += [(first, first + 1 + far), (first + 1 + far, last)]
    return [[round(x, 3), round(y, 3)] for x, y in points[keep].tolist()]


def _simplify_geometry(geometry: dict, tolerance: float) -> dict:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    simplified = []
    for polygon in polygons:
        rings = [_simplify(ring, tolerance) for ring in polygon]
        if len(rings[0]) >= 4:  # an island smaller than the tolerance disappears
            simplified.append([ring for ring in rings if len(ring) >= 4])
    if not simplified:  # a province smaller than the tolerance (Macau) keeps its outline
        simplified = [[[[round(c, 3) for c in p[:2]] for p in ring] for ring in polygon] for polygon in polygons]
    return {"type": "MultiPolygon", "coordinates": simplified}


@lru_cache(maxsize=1)
def province_features() -> tuple[dict, ...]:
    """The province features of the bundled GeoJSON (id = adcode), simplified, read once."""
    collection = json.loads(GEOJSON.read_text(encoding="utf-8"))
    features = tuple(
        {**f, "geometry": _simplify_geometry(f["geometry"], SIMPLIFY_DEGREES)} for f in collection["features"]
    )
    if not features or any(len(str(f.get("id", ""))) != 6 for f in features):
        raise ValueError(f"{GEOJSON}: every feature needs a 6-digit adcode id")
    return features


def with_shares(frame: pd.DataFrame, selected: str | None, key: str) -> pd.DataFrame:
    """Add figures_fmt (3.2万), share_fmt (12.5%) and is_selected (row whose ``key`` equals ``selected``)."""
    total = int(frame["figures"].sum()) or 1
    return frame.assign(
        figures_fmt=[format_count(n) for n in frame["figures"]],
        share_fmt=[f"{100 * n / total:.1f}%" for n in frame["figures"]],
        is_selected=frame[key] == selected if selected is not None else False,
    )


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
) -> alt.LayerChart:
    """Horizontal bars of ``figures`` per ``label`` (largest first). Clicking a bar selects its ``key`` value
    in the point selection ``param``; the bar whose key is ``selected`` is drawn in red. ``newest_first`` orders
    bars by label, descending (periods), instead of by size."""
    data = with_shares(frame.nlargest(max_bars, "figures"), selected, key)
    pick = alt.selection_point(name=param, fields=[key], on="click", clear="dblclick")
    order = "descending" if newest_first else alt.EncodingSortField(field="figures", op="sum", order="descending")
    y = alt.Y(f"{label}:N", sort=order, title=None,
              axis=alt.Axis(labelLimit=180, labelFontSize=13, labelOverlap=False, ticks=False))
    base = alt.Chart(data).encode(y=y)
    bars = base.mark_bar(cornerRadiusEnd=3, height={"band": 0.72}, cursor="pointer").encode(
        x=alt.X("figures:Q", title=None, axis=alt.Axis(labelExpr=AXIS_WAN, tickCount=4, grid=True)),
        color=alt.condition("datum.is_selected", alt.value(BAR_SELECTED), alt.value(BAR)),
        tooltip=[
            alt.Tooltip(f"{label}:N", title=label_title),
            alt.Tooltip("figures_fmt:N", title="数字个数"),
            alt.Tooltip("share_fmt:N", title="占比"),
        ],
    ).add_params(pick)
    text = base.mark_text(align="left", dx=4, fontSize=12, color="#595959").encode(
        x="figures:Q", text="figures_fmt:N"
    )
    return (bars + text).properties(height=max(120, 28 * len(data)))


SHAPES = "cf_provinces"  # name of the dataset of province outlines in the map's spec


def _shape_rows() -> list[dict]:
    return [{"type": "Feature", "id": str(f["id"]), "properties": {}, "geometry": f["geometry"]}
            for f in province_features()]


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


def china_map(frame: pd.DataFrame, *, param: str, selected: str | None, height: int = 420) -> alt.Chart:
    """Every province, coloured by figures (grey without data), clickable: selection ``param`` on ``code``.
    The outlines are looked up by adcode in the dataset SHAPES, which ``spec`` adds."""
    pick = alt.selection_point(name=param, fields=["code"], on="click", clear="dblclick")
    color = alt.Color(
        "figures:Q",
        scale=alt.Scale(scheme="blues", type="sqrt"),
        legend=alt.Legend(title="数字个数", orient="bottom-left", labelExpr=AXIS_WAN, gradientLength=140),
    )
    return (
        alt.Chart(map_frame(frame, selected))
        .transform_lookup(lookup="code", from_=alt.LookupData(data=alt.NamedData(name=SHAPES), key="id"), as_="geo")
        .transform_calculate(label="datum.name + '：' + datum.figures_fmt")
        .mark_geoshape(cursor="pointer")
        .encode(
            shape="geo:G",
            description="label:N",  # what a screen reader says for a province
            color=alt.condition("datum.figures > 0", color, alt.value(NO_DATA)),
            stroke=alt.condition("datum.is_selected", alt.value(BAR_SELECTED), alt.value("#ffffff")),
            strokeWidth=alt.condition("datum.is_selected", alt.value(2.5), alt.value(0.7)),
            tooltip=[alt.Tooltip("name:N", title="地区"), alt.Tooltip("figures_fmt:N", title="数字个数")],
        )
        .project(type="mercator")
        .add_params(pick)
        .properties(height=height)
    )


def spec(chart: alt.TopLevelMixin) -> dict:
    """The chart as a Vega-Lite dict for st.vega_lite_chart, with the province outlines added when it looks
    them up. Not validated again (each validation walks the whole spec; tests validate the builders), and
    GeoJSON goes in as data so that Altair does not walk every coordinate."""
    result = chart.to_dict(validate=False)
    lookups = [t for t in result.get("transform", []) if "lookup" in t]
    if any(t["from"]["data"].get("name") == SHAPES for t in lookups):
        result.setdefault("datasets", {})[SHAPES] = _shape_rows()
    return result
