#!/usr/bin/env python3
"""Builds the web map's offline basemap: country outlines as GeoJSON.

Source: Natural Earth 1:110m admin-0 countries (public domain), as TopoJSON in the npm package
world-atlas (ISC licence). The script fetches the package with `npm pack`, decodes the TopoJSON
arcs (delta-encoded, quantized) into polygons, rounds coordinates to 0.01 degree and writes
core/src/main/resources/org/dateline/api/ui/world.json with a source note beside it.

    python3 scripts/make-world.py            # needs npm (registry access) once
"""
import json
import os
import subprocess
import sys
import tarfile
import tempfile

VERSION = "2.0.2"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "core", "src", "main", "resources", "org", "dateline", "api", "ui", "world.json")


def fetch(tmp):
    subprocess.run(["npm", "pack", "world-atlas@" + VERSION], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    with tarfile.open(os.path.join(tmp, "world-atlas-%s.tgz" % VERSION)) as t:
        return json.load(t.extractfile("package/countries-110m.json"))


def decode_arcs(topo):
    scale = topo["transform"]["scale"]
    shift = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append([round(x * scale[0] + shift[0], 2), round(y * scale[1] + shift[1], 2)])
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for i in indexes:
        # a negative index is the one's complement of an arc walked backwards
        part = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(part if not points else part[1:])
    return points


def unwrap(points):
    """A ring that crosses the antimeridian (Russia, Fiji) continues past 180 degrees east, so a
    flat map draws it whole instead of a band across the world."""
    if all(abs(a[0] - b[0]) <= 180 for a, b in zip(points, points[1:])):
        return points
    return [[x + 360 if x < 0 else x, y] for x, y in points]


def feature(arcs, g):
    if g.get("id") == "010":  # Antarctica: its ring runs along the map's edge; no news events there to show
        return None
    if g["type"] == "Polygon":
        coords = [unwrap(ring(arcs, r)) for r in g["arcs"]]
    elif g["type"] == "MultiPolygon":
        coords = [[unwrap(ring(arcs, r)) for r in poly] for poly in g["arcs"]]
    else:
        return None
    return {"type": "Feature", "id": g.get("id"), "properties": {"name": g.get("properties", {}).get("name")},
            "geometry": {"type": g["type"], "coordinates": coords}}


def main():
    with tempfile.TemporaryDirectory() as tmp:
        topo = fetch(tmp)
    arcs = decode_arcs(topo)
    features = [f for f in (feature(arcs, g) for g in topo["objects"]["countries"]["geometries"]) if f]
    with open(OUT, "w") as out:
        json.dump({"type": "FeatureCollection", "features": features}, out, separators=(",", ":"))
    with open(os.path.join(os.path.dirname(OUT), "world.SOURCE.md"), "w") as note:
        note.write("world.json: country outlines of Natural Earth 1:110m admin-0 countries (public domain,\n"
                   "https://www.naturalearthdata.com), from the TopoJSON of the npm package world-atlas %s\n"
                   "(ISC licence), converted to GeoJSON with coordinates rounded to 0.01 degree by\n"
                   "scripts/make-world.py (rings crossing 180 degrees continued past it; Antarctica left out).\n"
                   "Ids are ISO 3166-1 numeric codes.\n" % VERSION)
    print("wrote %d countries to %s" % (len(features), os.path.normpath(OUT)), file=sys.stderr)


if __name__ == "__main__":
    main()
