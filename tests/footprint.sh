#!/usr/bin/env bash
# Footprint rows of BENCHMARKS.md: the stripped release cdylib (all content embedded) against the
# 5 MiB budget, and the peak memory (max RSS) of the release CLI running its commands once each,
# against `werkmaat --version` (the bare process) and the 50 MiB budget. Not a test: it prints.
#
#   tests/footprint.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
# The library alone, as the Android and iOS scripts build it: built together with the CLI, the
# CLI's `osm-extract` feature would be unified into it (docs/adr/0006-library-size.md).
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cargo build --release --locked -p werkmaat-ffi >&2
cp target/release/libwerkmaat_ffi.so "$WORK/lib.so" && strip "$WORK/lib.so"
# The same with relative relocations packed, as the phones load it (Android: build-aar.sh packs
# them, loaders from API 23; iOS 15: chained fixups); its own target folder, as the flags differ.
CARGO_TARGET_DIR="$ROOT/target/footprint-packed" RUSTFLAGS="-C link-arg=-Wl,-z,pack-relative-relocs" \
  cargo build --release --locked -p werkmaat-ffi >&2
cp target/footprint-packed/release/libwerkmaat_ffi.so "$WORK/packed.so" && strip "$WORK/packed.so"
cargo build --release --locked -p werkmaat-cli >&2
for lib in lib packed; do
  size=$(stat -c %s "$WORK/$lib.so")
  awk -v s="$size" -v l="$lib" 'BEGIN { printf "stripped cdylib (%s): %d bytes = %.2f MiB (budget 5 MiB: %.3f×)\n",
    l == "lib" ? "as linked" : "relocations packed", s, s / 1048576, s / 5242880 }'
done

W="$ROOT/target/release/werkmaat"
D="$WORK/data"
max=0
peak() {
  /usr/bin/time -f "%M" -o "$WORK/rss" "$W" "$@" >/dev/null 2>&1 || true
  local kib; kib=$(tail -1 "$WORK/rss")
  printf '%8d KiB  werkmaat %s\n' "$kib" "$*"
  [ "$kib" -gt "$max" ] && max=$kib
  return 0
}
peak --version
base=$max
peak tour --json
peak --data-dir "$D" info --json
peak locales --json
peak --data-dir "$D" guides list --json
peak --data-dir "$D" guides show insurance --json
peak --data-dir "$D" guides search zorgverzekering --json
peak --data-dir "$D" phrases list --json
peak --data-dir "$D" care nearest --postcode 5911 --json
peak --data-dir "$D" care now --postcode 5911 --json
peak --data-dir "$D" diary vocab --json
peak --data-dir "$D" diary add symptom --symptom cough --severity 3 --json
peak --data-dir "$D" diary export --format html --out "$WORK/report.html"
peak --data-dir "$D" diary verify --json
peak --data-dir "$D" details show --json
awk -v m="$max" -v b="$base" 'BEGIN { printf "peak: %d KiB = %.1f MiB, %.1f× the bare process (%d KiB); budget 50 MiB\n", m, m / 1024, m / b, b }'
