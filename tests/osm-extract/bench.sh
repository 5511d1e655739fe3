#!/usr/bin/env bash
# The OSM extract rows of BENCHMARKS.md: `werkmaat pack places --from-osm` on a generated extract
# of 1,000,000 nodes (tests/osm-extract/generate.py; .osm.pbf written by osmium from the XML),
# wall time, places per second and peak memory (max RSS), against osmium doing the same
# selection (`osmium tags-filter`, C++, with the ways' nodes) on the same file. Not a test: it
# prints. Needs osmium-tool and /usr/bin/time.
#
#   tests/osm-extract/bench.sh [NODES]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
NODES=${1:-1000000}
cargo build --release --locked -p werkmaat-cli >&2
W="$ROOT/target/release/werkmaat"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 tests/osm-extract/generate.py "$WORK/extract.osm" "$NODES"
osmium cat "$WORK/extract.osm" -o "$WORK/extract.osm.pbf"
"$W" pack keygen --out "$WORK/key" >/dev/null

measure() { # label, command... → "seconds KiB"
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >"$WORK/out" 2>/dev/null
  tail -1 "$WORK/time"
}
for format in osm.pbf osm; do
  for run in 1 2 3; do
    rm -f "$WORK/places.pack"
    read -r secs kib < <(measure "$W" pack places --from-osm "$WORK/extract.$format" --out "$WORK/places.pack" \
      --key "$WORK/key" --version 2 --json)
    places=$(python3 -c 'import json,sys; print(sum(json.load(open(sys.argv[1]))["places"].values()))' "$WORK/out")
    awk -v f="$format" -v s="$secs" -v k="$kib" -v p="$places" -v r="$run" \
      'BEGIN { printf "werkmaat .%s run %d: %d places in %.2f s = %.0f places/s, peak %.1f MiB\n", f, r, p, s, p / s, k / 1024 }'
  done
  read -r secs kib < <(measure osmium tags-filter --overwrite "$WORK/extract.$format" \
    nwr/amenity=doctors,pharmacy,hospital,dentist,clinic nwr/healthcare -o "$WORK/filtered.osm.pbf")
  awk -v f="$format" -v s="$secs" -v k="$kib" \
    'BEGIN { printf "osmium tags-filter .%s: %.2f s, peak %.1f MiB\n", f, s, k / 1024 }'
done
ls -l "$WORK/places.pack" | awk '{ printf "pack: %d bytes\n", $5 }'
