#!/usr/bin/env python3
"""Writes a synthetic OpenStreetMap extract as .osm XML for the extract benchmark
(tests/osm-extract/bench.sh): exactly NODES nodes, most of them drawing buildings, a few percent
health objects of every kind the classifier meets (GPs, out-of-hours posts, pharmacies, emergency
departments, and dentists, specialists and physiotherapists it leaves out), as nodes, closed ways
and multipolygon relations, spread over the Netherlands. Deterministic: the same file every run.

    generate.py OUT.osm [NODES]
"""
import random
import sys
from xml.sax.saxutils import quoteattr

out, nodes = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
rng = random.Random(15)
KINDS = [  # (weight, tags)
    (30, {"amenity": "doctors"}),
    (5, {"healthcare": "doctor", "healthcare:speciality": "general"}),
    (2, {"amenity": "doctors", "name_prefix": "Huisartsenpost"}),
    (25, {"amenity": "pharmacy"}),
    (2, {"amenity": "hospital", "emergency": "yes"}),
    (2, {"amenity": "hospital", "emergency": "no"}),
    (14, {"amenity": "dentist"}),
    (10, {"healthcare": "physiotherapist"}),
    (10, {"amenity": "doctors", "healthcare:speciality": "dermatology"}),
]
WEIGHTS = [w for w, _ in KINDS]


def health_tags(n):
    tags = dict(rng.choices([t for _, t in KINDS], WEIGHTS)[0])
    prefix = tags.pop("name_prefix", "Praktijk")
    if rng.random() < 0.9:  # some have no name and are skipped
        tags["name"] = f"{prefix} {n}"
    if rng.random() < 0.5:
        tags["opening_hours"] = "Mo-Fr 08:00-17:00"
        tags["phone"] = f"+31 30 {rng.randrange(1000000, 9999999)}"
    tags["addr:street"], tags["addr:housenumber"], tags["addr:city"] = "Dorpsstraat", str(n % 200 + 1), "Ergens"
    return tags


def position():
    return 50.8 + rng.random() * 2.6, 3.4 + rng.random() * 3.7


with open(out, "w", encoding="utf-8") as f:
    w = f.write
    w('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="werkmaat osm-extract bench">\n')
    health_nodes = nodes // 100
    building_nodes = nodes - health_nodes
    per_way = 9  # eight corners and the first again: nine references, eight distinct nodes
    ways = building_nodes // 8
    node_id = 0
    tagged = []
    for _ in range(health_nodes):
        node_id += 1
        lat, lon = position()
        tagged.append((node_id, lat, lon))
    # Health nodes first; then the building corners, eight per way (the remainder as lone nodes).
    for node_id, lat, lon in tagged:
        tags = "".join(f"<tag k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in health_tags(node_id).items())
        w(f'<node id="{node_id}" lat="{lat:.7f}" lon="{lon:.7f}">{tags}</node>\n')
    first_corner = node_id + 1
    for way in range(ways):
        lat, lon = position()
        for corner in range(8):
            node_id += 1
            w(f'<node id="{node_id}" lat="{lat + 0.0001 * (corner // 4):.7f}" lon="{lon + 0.0001 * (corner % 4):.7f}"/>\n')
    while node_id < nodes:
        node_id += 1
        lat, lon = position()
        w(f'<node id="{node_id}" lat="{lat:.7f}" lon="{lon:.7f}"/>\n')
    for way in range(ways):
        start = first_corner + 8 * way
        refs = "".join(f'<nd ref="{r}"/>' for r in list(range(start, start + 8)) + [start])
        if way % 50 == 0:  # one building in fifty is a practice, pharmacy or hospital
            tags = health_tags(1_000_000_000 + way)
        elif way % 50 == 1 and way % 1000 == 1:  # the outer ring of a relation below
            tags = {}
        else:
            tags = {"building": "yes"}
        body = "".join(f"<tag k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in tags.items())
        w(f'<way id="{way + 1}">{refs}{body}</way>\n')
    for relation, way in enumerate(range(1, ways, 1000)):
        tags = {"type": "multipolygon", "amenity": "hospital", "emergency": "yes", "name": f"Ziekenhuis {relation}"}
        body = "".join(f"<tag k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in tags.items())
        w(f'<relation id="{relation + 1}"><member type="way" ref="{way + 1}" role="outer"/>{body}</relation>\n')
    w("</osm>\n")
print(f"{out}: {node_id} nodes, {ways} ways, {len(range(1, ways, 1000))} relations", file=sys.stderr)
