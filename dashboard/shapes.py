"""Province outlines for the overview's map, simplified once ahead of time.

The bundled GeoJSON (geo/china_provinces.geojson, 16,000 points, 306 kB) is far finer than a 420-pixel map
can show. ``outlines`` simplifies it (Douglas–Peucker, SIMPLIFY_DEGREES ≈ half a pixel on that map) and rounds
coordinates; the result is stored in geo/china_provinces.simplified.json, which the dashboard reads at run
time, so that no reader waits for the simplification and the map's spec stays small (about 50 kB). The file
is generated: after changing the source or the parameters, regenerate it with

    python -m dashboard.shapes

(tests/test_dashboard_queries.py checks that the stored file is what ``outlines`` makes of the source).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

GEO_DIR = Path(__file__).with_name("geo")
SOURCE = GEO_DIR / "china_provinces.geojson"
SIMPLIFIED = GEO_DIR / "china_provinces.simplified.json"
INSET = GEO_DIR / "south_china_sea_inset.geojson"  # drawn as it is (1 kB)
# The map is about 530 × 420 pixels for 62° of longitude (≈ 0.12° a pixel): 0.05° is under half a pixel,
# and 0.01° (the rounding) under a tenth.
SIMPLIFY_DEGREES = 0.05
DIGITS = 2
# A province whose every polygon is smaller than the tolerance (Macau) keeps its outline at this precision.
FALLBACK_DIGITS = 3


def simplify_ring(ring: list[list[float]], tolerance: float, digits: int) -> list[list[float]]:
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
    return [[round(x, digits), round(y, digits)] for x, y in points[keep].tolist()]


def simplify_geometry(geometry: dict, tolerance: float, digits: int) -> dict:
    """A Polygon or MultiPolygon as a simplified MultiPolygon; islands smaller than the tolerance disappear."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    simplified = []
    for polygon in polygons:
        rings = [simplify_ring(ring, tolerance, digits) for ring in polygon]
        if len(rings[0]) >= 4:
            simplified.append([ring for ring in rings if len(ring) >= 4])
    if not simplified:
        simplified = [[[[round(c, FALLBACK_DIGITS) for c in p[:2]] for p in ring] for ring in polygon]
                      for polygon in polygons]
    return {"type": "MultiPolygon", "coordinates": simplified}


def outlines(source: dict, tolerance: float = SIMPLIFY_DEGREES, digits: int = DIGITS) -> dict:
    """The source FeatureCollection reduced to what the map draws: per province its adcode (id), its name
    and its simplified outline. Raises ValueError when a feature has no 6-digit adcode id."""
    features = []
    for feature in source["features"]:
        code = str(feature.get("id", ""))
        if len(code) != 6 or not code.isdigit():
            raise ValueError(f"every feature needs a 6-digit adcode id, not {code!r}")
        features.append({"type": "Feature", "id": code, "properties": {"name": feature["properties"]["name"]},
                         "geometry": simplify_geometry(feature["geometry"], tolerance, digits)})
    return {"type": "FeatureCollection", "features": features}


def serialize(collection: dict) -> str:
    """The stored form: compact JSON, one feature a line (readable diffs)."""
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in collection["features"]]
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"


def main() -> int:
    collection = outlines(json.loads(SOURCE.read_text(encoding="utf-8")))
    SIMPLIFIED.write_text(serialize(collection), encoding="utf-8")
    points = sum(len(r) for f in collection["features"] for p in f["geometry"]["coordinates"] for r in p)
    print(f"{SIMPLIFIED}: {len(collection['features'])} provinces, {points:,} points, "
          f"{SIMPLIFIED.stat().st_size:,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
