"""Convert world-atlas's countries-110m TopoJSON into the GeoJSON the partner map draws.

Run once when the vendored outlines change:

    cd /tmp && npm pack world-atlas && tar xzf world-atlas-*.tgz
    cd src/cityties/web/static/vendor/world-atlas
    python build_world.py /tmp/package/countries-110m.json countries-110m.geo.json

world-atlas (ISC licence, LICENSE beside this file) packages Natural Earth's public-domain
outlines. Coordinates are rounded to 0.01 degree, which is finer than the 1:110m source.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Return every arc as absolute longitude/latitude points (quantized arcs are delta-encoded)."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        points = []
        x = y = 0
        for dx, dy in arc:
            if transform:
                x += dx
                y += dy
                sx, sy = transform["scale"]
                tx, ty = transform["translate"]
                points.append((round(x * sx + tx, 2), round(y * sy + ty, 2)))
            else:
                points.append((round(dx, 2), round(dy, 2)))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    """Join arcs into one closed ring; a negative index ~i means arc i reversed."""
    out: list[list[float]] = []
    for index in indexes:
        points = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        if out:
            points = points[1:]  # consecutive arcs share their joining point
        out.extend([list(p) for p in points])
    return out


def to_geojson(topology: dict[str, Any], name: str = "countries") -> dict[str, Any]:
    """Return a GeoJSON FeatureCollection of the named TopoJSON object."""
    arcs = decode_arcs(topology)
    features = []
    for geom in topology["objects"][name]["geometries"]:
        if geom["type"] == "Polygon":
            coords: Any = [ring(r, arcs) for r in geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            coords = [[ring(r, arcs) for r in poly] for poly in geom["arcs"]]
        else:
            continue
        features.append(
            {
                "type": "Feature",
                "id": geom.get("id"),
                "properties": {"name": geom.get("properties", {}).get("name", "")},
                "geometry": {"type": geom["type"], "coordinates": coords},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def main(argv: list[str]) -> int:
    source, target = Path(argv[1]), Path(argv[2])
    geojson = to_geojson(json.loads(source.read_text(encoding="utf-8")))
    target.write_text(json.dumps(geojson, separators=(",", ":")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
