#!/usr/bin/env bash
# Assembles the Swift package of tests/swift (Package.swift, Tests, Bench) with the generated
# bindings from BINDINGS into OUT, the layout `swift test` and `swift run` expect. Used by
# tests/run.sh (the XCTest suite) and tests/swift/bench.sh (the FFI benchmark).
#
#   tests/swift/assemble.sh BINDINGS OUT
set -euo pipefail
SRC=$(cd "$(dirname "$0")" && pwd)
BINDINGS=$1 OUT=$2
mkdir -p "$OUT/Sources/Werkmaat" "$OUT/Sources/WerkmaatFFI"
cp "$SRC/Package.swift" "$OUT/"
rm -rf "$OUT/Tests" "$OUT/Bench" && cp -r "$SRC/Tests" "$SRC/Bench" "$OUT/"
cp "$BINDINGS/swift/Werkmaat.swift" "$OUT/Sources/Werkmaat/"
cp "$BINDINGS/swift/WerkmaatFFI.h" "$OUT/Sources/WerkmaatFFI/"
cp "$BINDINGS/swift/WerkmaatFFI.modulemap" "$OUT/Sources/WerkmaatFFI/module.modulemap"
