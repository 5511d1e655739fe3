#!/usr/bin/env bash
# Generates the Kotlin, Swift and Python bindings in library mode from the built werkmaat-ffi
# library, the one way bindings are made (tests, packaging and shells all use this script).
#
#   bindings/generate.sh [--release] [--test-keys] [OUT_DIR]     (default OUT_DIR: target/bindings)
#
# Out: OUT_DIR/kotlin/nl/werkmaat/werkmaat.kt, OUT_DIR/swift/{Werkmaat.swift,WerkmaatFFI.h,
# WerkmaatFFI.modulemap}, OUT_DIR/python/werkmaat.py (+ the library beside it, where Python's
# loader looks). The library itself is target/<profile>/libwerkmaat_ffi.so.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=debug; flag=()
if [ "${1:-}" = "--release" ]; then profile=release; flag=(--release); shift; fi
# --test-keys: a library for the binding tests, which trusts the test signing keys.
if [ "${1:-}" = "--test-keys" ]; then flag+=(--features test-keys); shift; fi
out=${1:-target/bindings}

# Built one at a time: together, cargo would unify the bindgen's `cli` feature into the library.
cargo build --locked -q "${flag[@]}" -p werkmaat-ffi
cargo build --locked -q -p uniffi-bindgen
lib=target/$profile/libwerkmaat_ffi.so   # generate from the unstripped library: it holds the metadata

rm -rf "$out"
for language in kotlin swift python; do
  target/debug/uniffi-bindgen generate --library "$lib" --language "$language" \
    --out-dir "$out/$language" --no-format >/dev/null
done
cp "$lib" "$out/python/"
echo "$out"
