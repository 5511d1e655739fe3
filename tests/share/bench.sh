#!/usr/bin/env bash
# BENCHMARKS.md row "share a diary of 1,000 entries with 50 photos": time and peak memory (max RSS)
# of `werkmaat diary share` (release), against the reference tools doing the bare work: `tar` of
# the same photos piped into `age -r`. Needs ImageMagick's `convert` (Debian's imagemagick; CONVERT
# overrides the path), exiftool, age. Not a test.
#
#   tests/share/bench.sh [RUNS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=${1:-3}
W="$ROOT/target/release/werkmaat"
[ -x "$W" ] || (cd "$ROOT" && cargo build --release --locked -q -p werkmaat-cli)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
w() { "$W" --data-dir "$tmp/profile" --locale en --json "$@"; }
age-keygen -o id.key 2>/dev/null; KEY=$(age-keygen -y id.key)

# A 12-megapixel camera photo (about 4 MB) with GPS in Exif, attached 50 times.
"${CONVERT:-/usr/bin/convert}" -size 4000x3000 plasma:fractal -quality 90 photo.jpg
exiftool -q -overwrite_original -GPSLatitude=52.0907 -GPSLatitudeRef=N -GPSLongitude=5.1214 -GPSLongitudeRef=E photo.jpg
ids=()
for i in $(seq 0 999); do
  day=$(date -u -d "2024-01-01 + $((i / 2)) days" +%Y-%m-%d)
  ids+=("$(w diary add symptom --symptom back-pain --severity $((i % 11)) --at "${day}T08:00:00+01:00" --note "Note $i" |
    sed -n 's/.*"id": *"\([0-9a-f]*\)".*/\1/p')")
done
for i in $(seq 0 49); do w diary attach "${ids[$((i * 20))]}" photo.jpg --kind photo >/dev/null; done
echo "photo: $(stat -c %s photo.jpg) bytes; 1,000 entries, 50 photos"

for run in $(seq "$RUNS"); do
  rm -f s.age
  /usr/bin/time -f "werkmaat diary share: %e s, %M KiB" "$W" --data-dir "$tmp/profile" diary share --to "$KEY" --out s.age >/dev/null
  echo "  file: $(stat -c %s s.age) bytes"
  mkdir -p ref && for i in $(seq 0 49); do cp photo.jpg "ref/$i.jpg"; done
  /usr/bin/time -f "tar | age (reference, the same photos): %e s, %M KiB" sh -c 'tar -c ref | age -r "$0" > ref.age' "$KEY"
done
