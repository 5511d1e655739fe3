#!/usr/bin/env bash
# Puts the generated Swift bindings from BINDINGS (bindings/generate.sh's output) into the Swift
# package bindings/swift for a host build (WERKMAAT_HOST_LIB_DIR, see its Package.swift): the Swift
# source into Sources/Werkmaat, the C header and module map into Sources/WerkmaatFFI. Used by
# tests/run.sh (the XCTest suite) and tests/swift/bench.sh (the FFI benchmark).
#
#   tests/swift/host-package.sh BINDINGS
set -euo pipefail
PKG=$(cd "$(dirname "$0")/../../bindings/swift" && pwd)
BINDINGS=$1
cp "$BINDINGS/swift/Werkmaat.swift" "$PKG/Sources/Werkmaat/"
cp "$BINDINGS/swift/WerkmaatFFI.h" "$PKG/Sources/WerkmaatFFI/"
cp "$BINDINGS/swift/WerkmaatFFI.modulemap" "$PKG/Sources/WerkmaatFFI/module.modulemap"
