#!/usr/bin/env python3
"""Re-derives the care finder's bundled data (core/data/care/places.json) from the raw open
datasets. Run by hand when the raw data changes, then review the diff and commit it:

    scripts/prepare-care-data.py [RAW_DATA_DIR]     (default: the workspace's shared/data folder beside the repo)

It reads `geonames-nl-pc4/` (PC4 centroids and the raw NL.txt) and `care-2026/` (out-of-hours
posts, closed posts, the RIVM 2019 emergency departments with their 2026 status), applies the
shipping rule of care-2026's README, corrects the 19 misplaced PC4 centroids, and prints what it
corrected and what it left out, for the review.

The build never reads the raw data: it embeds core/data/care/places.json as it is committed, so a
fresh clone builds anywhere. Each source's licence and attribution sit beside the prepared file
(core/data/care/*.txt). Python 3.11, standard library only.
"""

import csv
import json
import math
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "core" / "data" / "care" / "places.json"

# PC4s whose GeoNames centroid is more than 5 km from an independent table (README of
# geonames-nl-pc4); some are plainly wrong (3062 Rotterdam in the sea). They are real postcodes, so
# they are kept, at a corrected position marked approximate (`corrected_postcodes`).
MISPLACED_PC4 = set(
    "5151 5091 5062 5721 4901 4702 7766 3972 8079 7711 4012 8242 5449 4944 6431 3062 2324 7571 9999".split()
)
# The rule for anything shipped (README of care-2026): a place a user may be sent to has a phone
# number and confidence M or better; a closed post is never shipped.
SHIPPED_CONFIDENCE = ("H", "M")

ATTRIBUTIONS = [
    "Postcodes: GeoNames (geonames.org), CC BY 4.0",
    "Emergency departments: RIVM 2019 list via TNO (github.com/erikvullings/ziekenhuizen), MIT; 2026 status from public sources",
    "Out-of-hours GP posts: compiled from public web pages (GP cooperatives, regional news), checked 2026-12-07",
    "Places imported by the user: © OpenStreetMap contributors, ODbL",
]


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(f)]


def pc6(text):
    """`6229HX` → `6229 HX`."""
    compact = "".join(text.split())
    return f"{compact[:4]} {compact[4:]}" if len(compact) == 6 else compact


def km(a, b):
    """Great-circle distance between two (lat, lon) in kilometres."""
    (lat1, lon1), (lat2, lon2) = [(math.radians(x), math.radians(y)) for x, y in (a, b)]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def corrected_postcode(pc4, good, table_row, raw_rows):
    """A position for a PC4 whose GeoNames centroid is misplaced. Where GeoNames has other rows for
    the PC4 (a second place sharing it), the centroid took the wrong one: the other row nearest the
    PC4's numeric neighbours is taken. Where it has none, the neighbours' median position is, with
    the PC4's own place name. Neighbours: up to four numerically nearest PC4s of the same PC3
    (the same area), else the two nearest overall."""
    flagged = (table_row["lat"], table_row["lon"])
    by_number = sorted(good.values(), key=lambda p: abs(int(p["pc4"]) - int(pc4)))
    neighbours = [p for p in by_number if p["pc4"][:3] == pc4[:3]][:4] or by_number[:2]
    centre = (statistics.median(p["lat"] for p in neighbours), statistics.median(p["lon"] for p in neighbours))
    others = [r for r in raw_rows if km(flagged, (r["lat"], r["lon"])) > 1.0]
    if others:
        best = min(others, key=lambda r: km(centre, (r["lat"], r["lon"])))
        how = f"its other GeoNames row ({best['place']})"
        lat, lon, place, municipality = best["lat"], best["lon"], best["place"], best["municipality"]
    else:
        how = f"median of neighbours {' '.join(p['pc4'] for p in neighbours)}"
        (lat, lon), place, municipality = centre, table_row["place"], table_row["municipality"]
    print(f"  PC4 {pc4} ({place}, {municipality}): {how} at {lat:.4f},{lon:.4f}, {km(flagged, (lat, lon)):.1f} km from the "
          f"flagged one, {km(centre, (lat, lon)):.1f} km from its neighbours' centre")
    return {"pc4": pc4, "lat": round(lat, 4), "lon": round(lon, 4), "place": place, "municipality": municipality}


def postcodes(raw):
    """Every PC4 of GeoNames: [pc4, lat, lon, place, municipality], with a sixth element `true`
    where the position is approximate (corrected)."""
    folder = raw / "geonames-nl-pc4"
    table = {
        r["pc4"]: {"pc4": r["pc4"], "lat": float(r["lat"]), "lon": float(r["lon"]), "place": r["place"],
                   "municipality": r["municipality"].rstrip(".")}
        for r in rows(folder / "nl_pc4_centroids.csv")
    }
    raw_rows = {}
    with open(folder / "NL.txt", encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            municipality = cells[5].removeprefix("Gemeente ").removesuffix(" Municipality").rstrip(".")
            raw_rows.setdefault(cells[1], []).append(
                {"place": cells[2], "municipality": municipality, "lat": float(cells[9]), "lon": float(cells[10])})
    good = {pc4: p for pc4, p in table.items() if pc4 not in MISPLACED_PC4}
    missing = MISPLACED_PC4 - table.keys()
    if missing:
        sys.exit(f"misplaced PC4s not in the table: {sorted(missing)}")
    print(f"corrected {len(MISPLACED_PC4)} misplaced PC4 centroids:")
    fixed = {pc4: corrected_postcode(pc4, good, table[pc4], raw_rows.get(pc4, [])) for pc4 in sorted(MISPLACED_PC4)}
    out = []
    for pc4 in sorted(table):
        p = fixed.get(pc4, table[pc4])
        row = [p["pc4"], p["lat"], p["lon"], p["place"], p["municipality"]]
        out.append(row + [True] if pc4 in fixed else row)
    return out


def emergency_departments(raw):
    """The RIVM 2019 list with its 2026 status: closed sites and sites without an SEH left out;
    sites with limited hours carry them and are marked as having no night service."""
    folder = raw / "care-2026"
    detail = {r["rivm2019_id"]: r for r in rows(folder / "seh-2026-detail.csv") if r["rivm2019_id"]}
    places = []
    for r in rows(folder / "seh-2019-baseline-with-2026-status.csv"):
        status = r["status_2026"]
        if status in ("closed", "no_seh_in_2019") or not (r["seh_24_7"] == "1" or r["seh_dag_avond"] == "1"):
            continue
        if status not in ("open", "reduced", "unverified (listed 2019)"):
            sys.exit(f"SEH {r['locatie']}: unknown 2026 status {status!r}")
        full_time = r["seh_24_7"] == "1" and status != "reduced"
        hours = []
        if r["seh_dag_avond"] == "1":
            hours.append("day and evening only (RIVM 2019)")
        if status == "reduced":
            hours.append(detail[r["id"]]["notes"] if r["id"] in detail else "limited hours (RIVM 2025)")
        checked = detail[r["id"]]["checked_on"] if r["id"] in detail else None
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
            "night_service": full_time,
            "hours": "; ".join(hours) or None,
            "source": r["evidence_url"].split(" ; ")[0] if checked else
                      "RIVM, emergency departments 2019 (TNO ziekenhuizen, MIT); may be out of date",
            "source_date": r["evidence_date"] if checked else "2019",
            "verified_on": checked or "2022-02-25",
            "confidence": "M",
            "note": None if checked else "listed by RIVM in 2019; 2026 status not confirmed",
        })
    return places


def town_position(town, pcs):
    """A town's centre: the mean of the centroids of the PC4s GeoNames names after it."""
    own = [p for p in pcs if p[3] == town and len(p) == 5]
    if not own:
        return None
    return (round(statistics.fmean(p[1] for p in own), 4), round(statistics.fmean(p[2] for p in own), 4))


def gp_post_position(r, pcs, hospitals):
    """Where a post stands, and how that is known. A post inside a hospital stands at the hospital
    (RIVM's coordinates); else at its postcode's or its town's centre, marked approximate."""
    postcode, address = pc6(r["postcode"]), r["address"].lower()
    for h in hospitals:
        if (postcode and postcode == h["postcode"]) or (address and address == h["address"].lower()):
            return (h["lat"], h["lon"]), False, f"position: {h['name']} (RIVM 2019)"
    by_pc4 = next((p for p in pcs if postcode and p[0] == postcode[:4]), None)
    if by_pc4 is not None:
        return (by_pc4[1], by_pc4[2]), True, "position: centre of the postcode area"
    centre = town_position(r["town"], pcs)
    if centre is not None:
        return centre, True, "position: centre of the town"
    return None, True, None


def gp_posts(raw, pcs, hospitals):
    folder = raw / "care-2026"
    closed = {(r["name"], r["town"]) for r in rows(folder / "huisartsenposten-closed-or-moved.csv")}
    places, skipped = [], {}
    for r in rows(folder / "huisartsenposten-2026-detail.csv"):
        reason = None
        if r["status"] != "open" or (r["name"], r["town"]) in closed:
            reason = "closed"
        elif not r["phone"]:
            reason = "no phone number"
        elif r["confidence"] not in SHIPPED_CONFIDENCE:
            reason = f"confidence {r['confidence'] or 'none'}"
        position, approximate, how = gp_post_position(r, pcs, hospitals) if reason is None else (None, True, None)
        if reason is None and position is None:
            reason = "no town or address to place it"
        if reason:
            skipped.setdefault(reason, []).append(r["name"])
            continue
        night = {"yes": True, "no": False}.get(r["night_service"])
        if night is None and r["night_service"] != "unknown":
            sys.exit(f"{r['name']}: night_service {r['night_service']!r}")
        places.append({
            "id": "hap-2026-" + re.sub(r"[^a-z0-9]+", "-", r["name"].lower()).strip("-"),
            "kind": "gp_post",
            "name": r["name"],
            "address": r["address"],
            "postcode": pc6(r["postcode"]),
            "town": r["town"],
            "phone": r["phone"],
            "lat": position[0],
            "lon": position[1],
            "region": r["region"] or None,
            "night_service": night,
            "hours": r["hours"] or None,
            "source": r["source_url"].split(" ; ")[0],
            "source_date": r["source_date"],
            "verified_on": r["checked_on"],
            "confidence": r["confidence"],
            "note": how,
            "approximate_position": approximate,
        })
    for reason, names in sorted(skipped.items()):
        print(f"  not shipped ({reason}): {len(names)}" + (f": {', '.join(names)}" if len(names) < 8 else ""))
    if len({p["id"] for p in places}) != len(places):
        sys.exit("two posts with the same id")
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
    hospitals = emergency_departments(raw)
    places = hospitals + gp_posts(raw, pcs, hospitals)
    write({"attributions": ATTRIBUTIONS, "postcodes": pcs, "places": places})
    print(f"{OUT.relative_to(ROOT)}: {len(pcs)} postcodes, {len(places)} places")


if __name__ == "__main__":
    main()
