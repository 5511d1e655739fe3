#!/usr/bin/env python3
"""Re-derives the care finder's bundled data (core/data/care/places.json) from the raw open
datasets. Run by hand when the raw data changes, then review the diff and commit it:

    scripts/prepare-care-data.py [RAW_DATA_DIR]     (default: ../shared/data beside the repo)

The build never reads the raw data: it embeds core/data/care/places.json as it is committed, so a
fresh clone builds anywhere. Each source's licence and attribution sit beside the prepared file
(core/data/care/*.txt). Python 3.11, standard library only.
"""

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "core" / "data" / "care" / "places.json"

# PC4s whose GeoNames centroid is more than 5 km from an independent table (README of
# geonames-nl-pc4); some are plainly wrong (3062 Rotterdam in the sea).
MISPLACED_PC4 = set(
    "5151 5091 5062 5721 4901 4702 7766 3972 8079 7711 4012 8242 5449 4944 6431 3062 2324 7571 9999".split()
)

# Emergency departments in the 2019 list that have closed since (README of seh-nl-2019).
CLOSED_SEH = {"VU Medisch Centrum Amsterdam", "Zuyderland Medisch Centrum locatie Sittard-Geleen"}

ATTRIBUTIONS = [
    "Postcodes: GeoNames (geonames.org), CC BY 4.0",
    "Emergency departments: RIVM 2019 list via TNO (github.com/erikvullings/ziekenhuizen), MIT",
    "Out-of-hours GP posts: compiled from the posts' own web pages, 2026",
    "Places imported by the user: © OpenStreetMap contributors, ODbL",
]


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f)]


def pc6(text):
    """`6229HX` → `6229 HX`."""
    compact = "".join(text.split())
    return f"{compact[:4]} {compact[4:]}" if len(compact) == 6 else compact


def postcodes(raw):
    return [
        [r["pc4"], float(r["lat"]), float(r["lon"]), r["place"], r["municipality"].rstrip(".")]
        for r in rows(raw / "geonames-nl-pc4" / "nl_pc4_centroids.csv")
        if r["pc4"] not in MISPLACED_PC4
    ]


def emergency_departments(raw):
    places = []
    for r in rows(raw / "seh-nl-2019" / "seh_locaties_2019.csv"):
        full_time = r["seh_24_7"] == "1"
        if r["locatie"] in CLOSED_SEH or not (full_time or r["seh_dag_avond"] == "1"):
            continue
        places.append({
            "id": f"seh-2019-{r['id']}",
            "kind": "emergency",
            "name": r["locatie"],
            "address": r["adres"],
            "postcode": pc6(r["postcode"]),
            "town": r["plaats"],
            "lat": float(r["lat"]),
            "lon": float(r["lon"]),
            "opening_hours": "24/7" if full_time else None,
            "source": "RIVM, emergency departments 2019 (TNO ziekenhuizen, MIT); may be out of date",
            "source_date": "2019",
            "verified_on": "2022-02-25",
            "confidence": "M",
            "note": None if full_time else "day and evening only",
        })
    return places


def gp_posts(raw, pcs):
    places = []
    shipped = [
        r for r in rows(raw / "care-leads-2026" / "huisartsenposten.csv")
        if r["phone"] and r["confidence"] in ("H", "M") and not r["status"].lower().startswith("closed")
    ]
    for i, r in enumerate(shipped):
        # The list has no coordinates: a post stands at its town's postcode centroid, and says so.
        town = next((p for p in pcs if p[3] == r["town"]), None)
        if town is None:
            continue
        places.append({
            "id": f"hap-2026-{i}",
            "kind": "gp_post",
            "name": r["name"],
            "address": r["street_house_number"],
            "postcode": pc6(r["postcode"]),
            "town": r["town"],
            "phone": r["phone"],
            "website": r["website"],
            "lat": town[1],
            "lon": town[2],
            "source": r["source_url"].split(" ; ")[0],
            "source_date": r["source_date"],
            "verified_on": "2026-11-28",
            "confidence": r["confidence"],
            "note": "position: centre of the town",
            "approximate_position": True,
        })
    return places


def write(data):
    """One postcode or place a line: the file stays reviewable in a diff and small to embed."""
    line = lambda value: json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    parts = [f'{{"attributions":{line(data["attributions"])},\n"postcodes":[\n']
    parts.append(",\n".join(line(p) for p in data["postcodes"]))
    parts.append('\n],\n"places":[\n')
    parts.append(",\n".join(line(p) for p in data["places"]))
    parts.append("\n]}\n")
    OUT.write_text("".join(parts), encoding="utf-8")


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    if not raw.is_dir():
        sys.exit(f"no raw data folder at {raw}: give its path as the first argument")
    pcs = postcodes(raw)
    places = emergency_departments(raw) + gp_posts(raw, pcs)
    write({"attributions": ATTRIBUTIONS, "postcodes": pcs, "places": places})
    print(f"{OUT.relative_to(ROOT)}: {len(pcs)} postcodes, {len(places)} places")


if __name__ == "__main__":
    main()
