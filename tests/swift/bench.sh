#!/usr/bin/env bash
# Builds the release library and bindings and runs the Swift FFI benchmark in the test chroot.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
eval "$(tests/setup-toolchains.sh swift)"
bindings/generate.sh --release >/dev/null
pkg="$ROOT/target/swift-bench"
tests/swift/assemble.sh "$ROOT/target/bindings" "$pkg"
unshare --mount --fork sh -c "mount -t proc proc '$SWIFT_ROOT/proc' && mount --bind '$ROOT' '$SWIFT_ROOT/src' && \
  chroot '$SWIFT_ROOT' bash -c 'cd /src/target/swift-bench && WERKMAAT_LIB_DIR=/src/target/release swift run -c release FfiBench 2>&1'"
