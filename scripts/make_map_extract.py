"""Make the small border map the lessons draw: data/map/kharkiv-region.geojson.

The borders come from the npm package ``world-atlas`` 2.0.2 (Natural Earth 4.1.0 admin-0
countries at 1:10m, as TopoJSON). Natural Earth is in the public domain; the package's own
code is under the ISC licence. Fetch the package with npm's ordinary client, then run::

    npm pack world-atlas@2.0.2            # writes world-atlas-2.0.2.tgz
    python scripts/make_map_extract.py world-atlas-2.0.2.tgz

The script decodes the TopoJSON, keeps the countries that reach into the lesson's window
(lon 30-41 E, lat 45-52.5 N), clips them to that window, simplifies the outlines
(Douglas-Peucker) and writes plain GeoJSON with a ``source`` member naming the package.
Natural Earth 4.1.0 counts Crimea in Russia's outline (de facto control); the script moves
that polygon into its own feature, "Crimea", with a note, so the map can label it honestly.
It needs only the standard library.
"""

from __future__ import annotations

import argparse
import json
import sys
import tarfile
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

PACKAGE = "world-atlas"
VERSION = "2.0.2"
MEMBER = "countries-10m.json"
WINDOW = (30.0, 45.0, 41.0, 52.5)  # west, south, east, north
TOLERANCE = 0.004  # degrees, under half a km: invisible at the lesson's map scale
DIGITS = 3

CRIMEA_NOTE = (
    "Natural Earth 4.1.0 draws Crimea inside Russia's outline (de facto control since the "
    "2014 annexation, which is not internationally recognised); kept as its own feature so "
    "the map can show it as occupied Ukrainian territory"
)

Point = tuple[float, float]
Ring = list[Point]

OUT = Path(__file__).resolve().parents[1] / "data" / "map" / "kharkiv-region.geojson"


def read_topology(source: Path) -> dict[str, Any]:
    """Read countries-10m.json from the package tarball or an unpacked package folder."""
    if source.is_dir():
        return json.loads((source / MEMBER).read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    with tarfile.open(source, "r:gz") as tar:
        member = tar.extractfile(f"package/{MEMBER}")
        if member is None:
            raise FileNotFoundError(f"{source}: no package/{MEMBER} inside")
        return json.loads(member.read().decode("utf-8"))  # type: ignore[no-any-return]


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """Turn quantized, delta-encoded TopoJSON arcs into lon/lat lists."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs: list[list[Point]] = []
    for arc in topology["arcs"]:
        x = y = 0
        points: list[Point] = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_from(indices: Sequence[int], arcs: list[list[Point]]) -> Ring:
    """Stitch one ring from arc indices (a negative index means the arc reversed)."""
    ring: Ring = []
    for index in indices:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points if not ring else points[1:])
    return ring


def polygons_of(geometry: dict[str, Any], arcs: list[list[Point]]) -> list[list[Ring]]:
    """Return the polygons (outer ring first, then holes) of a TopoJSON geometry."""
    if geometry.get("type") == "Polygon":
        return [[ring_from(r, arcs) for r in geometry["arcs"]]]
    if geometry.get("type") == "MultiPolygon":
        return [[ring_from(r, arcs) for r in poly] for poly in geometry["arcs"]]
    return []


def clip_ring(ring: Ring, window: tuple[float, float, float, float]) -> Ring:
    """Clip a closed ring to the window (Sutherland-Hodgman against four edges)."""
    west, south, east, north = window

    def clip(points: Ring, inside: Any, cross: Any) -> Ring:
        out: Ring = []
        if not points:
            return out
        previous = points[-1]
        for current in points:
            if inside(current):
                if not inside(previous):
                    out.append(cross(previous, current))
                out.append(current)
            elif inside(previous):
                out.append(cross(previous, current))
            previous = current
        return out

    def at_x(x: float) -> Any:
        def cross(p: Point, q: Point) -> Point:
            t = (x - p[0]) / (q[0] - p[0])
            return (x, p[1] + t * (q[1] - p[1]))

        return cross

    def at_y(y: float) -> Any:
        def cross(p: Point, q: Point) -> Point:
            t = (y - p[1]) / (q[1] - p[1])
            return (p[0] + t * (q[0] - p[0]), y)

        return cross

    points = ring[:-1] if ring and ring[0] == ring[-1] else ring
    points = clip(points, lambda p: p[0] >= west, at_x(west))
    points = clip(points, lambda p: p[0] <= east, at_x(east))
    points = clip(points, lambda p: p[1] >= south, at_y(south))
    points = clip(points, lambda p: p[1] <= north, at_y(north))
    if len(points) < 3:
        return []
    return [*points, points[0]]


def simplify(points: Ring, tolerance: float) -> Ring:
    """Douglas-Peucker simplification that keeps the first and last point."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        worst, worst_at = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if norm == 0:
                dist = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            else:
                dist = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            if dist > worst:
                worst, worst_at = dist, i
        if worst > tolerance and worst_at > 0:
            keep[worst_at] = True
            stack.extend([(first, worst_at), (worst_at, last)])
    return [p for p, k in zip(points, keep, strict=True) if k]


def area(ring: Ring) -> float:
    """Return the unsigned shoelace area of a ring, in square degrees."""
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairwise(ring)) / 2)


def is_crimea(ring: list[list[float]]) -> bool:
    """Tell whether an outer ring is the Crimean peninsula (west of the Kerch Strait)."""
    xs = [x for x, _ in ring]
    ys = [y for _, y in ring]
    return max(xs) < 36.7 and min(xs) > 32.0 and max(ys) < 46.5


def extract(topology: dict[str, Any]) -> dict[str, Any]:
    """Build the clipped, simplified GeoJSON FeatureCollection."""
    arcs = decode_arcs(topology)
    features: list[dict[str, Any]] = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name", "")
        polygons: list[list[list[list[float]]]] = []
        for polygon in polygons_of(geometry, arcs):
            rings: list[list[list[float]]] = []
            for index, ring in enumerate(polygon):
                clipped = clip_ring(ring, WINDOW)
                simple = simplify(clipped, TOLERANCE) if clipped else []
                if len(simple) < 4 or area(simple) < 0.001:
                    if index == 0:
                        break  # outer ring gone: drop the polygon with its holes
                    continue
                rings.append([[round(x, DIGITS), round(y, DIGITS)] for x, y in simple])
            if rings:
                polygons.append(rings)
        if name == "Russia":
            crimea = [poly for poly in polygons if is_crimea(poly[0])]
            polygons = [poly for poly in polygons if not is_crimea(poly[0])]
            if crimea:
                features.append(
                    {
                        "type": "Feature",
                        "properties": {"name": "Crimea", "note": CRIMEA_NOTE},
                        "geometry": {"type": "MultiPolygon", "coordinates": crimea},
                    }
                )
        if polygons:
            features.append(
                {
                    "type": "Feature",
                    "properties": {"name": name},
                    "geometry": {"type": "MultiPolygon", "coordinates": polygons},
                }
            )
    features.sort(key=lambda f: str(f["properties"]["name"]))
    return {
        "type": "FeatureCollection",
        "source": {
            "package": f"npm {PACKAGE} {VERSION}",
            "file": MEMBER,
            "data": "Natural Earth 4.1.0, admin-0 countries, 1:10m (public domain)",
            "address": "https://www.naturalearthdata.com/downloads/10m-cultural-vectors/",
            "window": {
                "west": WINDOW[0],
                "south": WINDOW[1],
                "east": WINDOW[2],
                "north": WINDOW[3],
            },
            "simplified": f"Douglas-Peucker, tolerance {TOLERANCE} degrees",
            "made_by": "scripts/make_map_extract.py",
        },
        "features": features,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry: read the package, write the extract, print its size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", type=Path, help="world-atlas-2.0.2.tgz or its unpacked folder")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT})")
    args = parser.parse_args(argv)
    if not args.package.exists():
        print(
            f"{args.package}: no such file; run `npm pack {PACKAGE}@{VERSION}` first",
            file=sys.stderr,
        )
        return 2
    try:
        topology = read_topology(args.package)
    except (OSError, KeyError, ValueError, tarfile.TarError) as error:
        print(
            f"{args.package}: cannot read {MEMBER} ({error}); pass the npm tarball", file=sys.stderr
        )
        return 2
    collection = extract(topology)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(collection, separators=(",", ":"), ensure_ascii=False)
    args.out.write_text(text + "\n", encoding="utf-8")
    names = ", ".join(f["properties"]["name"] for f in collection["features"])
    print(f"wrote {args.out} ({len(text)} bytes): {names}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
