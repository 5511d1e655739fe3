#!/usr/bin/env bash
# Builds target/ios/WerkmaatFFI.xcframework for iOS shells: the werkmaat-ffi static library for
# devices (aarch64-apple-ios) and for the simulator (aarch64-apple-ios-sim + x86_64-apple-ios, joined
# with lipo), with the generated C header and module map of the module WerkmaatFFI; and copies the
# generated Werkmaat.swift into bindings/swift/Sources/Werkmaat/, the Swift package's one target.
#
#   bindings/swift/build-xcframework.sh [--dry-run]
#
# Needs: macOS with Xcode (xcodebuild, lipo) and Rust (rustup). Then add bindings/swift as a local
# Swift package (Xcode: File > Add Package Dependencies > Add Local...) and `import Werkmaat`.
# --dry-run: print every command and run none, on any OS; checks no tool.
#
# Env: IPHONEOS_DEPLOYMENT_TARGET (default 15.0, = platforms in Package.swift), CARGO_TARGET_DIR
# (cargo's output; the XCFramework is always target/ios/WerkmaatFFI.xcframework).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

dry_run=0
for arg in "$@"; do
  case $arg in
    --dry-run) dry_run=1 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-xcframework.sh: unknown argument '$arg' (use --dry-run or --help)" >&2; exit 2 ;;
  esac
done

PACKAGE=bindings/swift
TARGET_DIR=${CARGO_TARGET_DIR:-target}
OUT=target/ios                                 # always here, even with CARGO_TARGET_DIR:
XCFRAMEWORK=$OUT/WerkmaatFFI.xcframework      # = the binaryTarget path in Package.swift
DEVICE=aarch64-apple-ios
SIMULATORS=(aarch64-apple-ios-sim x86_64-apple-ios)
LIB=libwerkmaat_ffi.a
DEPLOYMENT_TARGET=${IPHONEOS_DEPLOYMENT_TARGET:-15.0}

fail() { echo "build-xcframework.sh: $*" >&2; exit 1; }
# Prints a command (shell-quoted, so it can be pasted), then runs it unless --dry-run.
run() {
  printf '+'; printf ' %q' "$@"; printf '\n'
  [ "$dry_run" -eq 1 ] || "$@"
}

if [ "$dry_run" -eq 1 ]; then
  echo "# dry run: commands are printed, not run; no tool is checked"
else
  [ "$(uname -s)" = Darwin ] || fail "an XCFramework can only be built on macOS with Xcode (this is $(uname -s)).
  Use --dry-run to see the commands."
  command -v xcodebuild >/dev/null && xcodebuild -version >/dev/null 2>&1 \
    || fail "xcodebuild not usable: install Xcode (not only the Command Line Tools) and run
  sudo xcode-select -s /Applications/Xcode.app/Contents/Developer"
  command -v lipo >/dev/null || fail "lipo not found: install Xcode"
  command -v cargo >/dev/null || fail "cargo not found: install Rust with rustup (https://rustup.rs)"
fi

# 1. The static library for each target. `cargo rustc --crate-type staticlib` builds only the .a
#    (werkmaat-ffi also declares cdylib and lib, which iOS does not use).
if [ "$dry_run" -eq 1 ] || command -v rustup >/dev/null; then
  run rustup target add "$DEVICE" "${SIMULATORS[@]}"
fi
for target in "$DEVICE" "${SIMULATORS[@]}"; do
  run env IPHONEOS_DEPLOYMENT_TARGET="$DEPLOYMENT_TARGET" cargo rustc --locked --release \
    -p werkmaat-ffi --lib --crate-type staticlib --target "$target"
done

# 2. One simulator library for both simulator architectures (an XCFramework takes one per platform).
sim_libs=()
for target in "${SIMULATORS[@]}"; do sim_libs+=("$TARGET_DIR/$target/release/$LIB"); done
run mkdir -p "$OUT/simulator"
run lipo -create "${sim_libs[@]}" -output "$OUT/simulator/$LIB"

# 3. Swift bindings, header and module map, generated from the device library (library mode reads
#    the uniffi metadata from the archive; bindgen built apart from the library, as in generate.sh).
run cargo build --locked -q -p uniffi-bindgen
run rm -rf "$OUT/swift"
run "$TARGET_DIR/debug/uniffi-bindgen" generate --library "$TARGET_DIR/$DEVICE/release/$LIB" \
  --language swift --out-dir "$OUT/swift" --no-format
# Headers in a folder named after the module, so its module.modulemap cannot clash with another
# XCFramework's in the app's include path (clang looks up <include dir>/WerkmaatFFI/module.modulemap).
run rm -rf "$OUT/headers"
run mkdir -p "$OUT/headers/WerkmaatFFI"
run cp "$OUT/swift/WerkmaatFFI.h" "$OUT/headers/WerkmaatFFI/WerkmaatFFI.h"
run cp "$OUT/swift/WerkmaatFFI.modulemap" "$OUT/headers/WerkmaatFFI/module.modulemap"

# 4. The XCFramework, and the Swift source for Package.swift's Werkmaat target.
run rm -rf "$XCFRAMEWORK"
run xcodebuild -create-xcframework \
  -library "$TARGET_DIR/$DEVICE/release/$LIB" -headers "$OUT/headers" \
  -library "$OUT/simulator/$LIB" -headers "$OUT/headers" \
  -output "$XCFRAMEWORK"
run mkdir -p "$PACKAGE/Sources/Werkmaat"
run cp "$OUT/swift/Werkmaat.swift" "$PACKAGE/Sources/Werkmaat/Werkmaat.swift"
if [ "$dry_run" -eq 1 ]; then
  echo "# dry run done: would produce $XCFRAMEWORK and $PACKAGE/Sources/Werkmaat/Werkmaat.swift"
else
  echo "$XCFRAMEWORK"
fi
