#!/usr/bin/env bash
# Builds the release library and bindings and runs the Swift FFI benchmark (bindings/swift/Bench/FfiBench)
# in the test chroot, against the release library.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
eval "$(tests/setup-toolchains.sh swift)"
bindings/generate.sh --release >/dev/null
tests/swift/host-package.sh "$ROOT/target/bindings"
unshare --mount --fork sh -c "mount -t proc proc '$SWIFT_ROOT/proc' && mount --bind '$ROOT' '$SWIFT_ROOT/src' && \
  chroot '$SWIFT_ROOT' bash -c 'cd /src/bindings/swift && WERKMAAT_HOST_LIB_DIR=/src/target/release swift run -c release FfiBench 2>&1'"
