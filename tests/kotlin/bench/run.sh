#!/usr/bin/env bash
# Builds the release library and bindings, compiles FfiBench.kt and runs it on the JVM.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
eval "$(tests/setup-toolchains.sh jvm)"
bindings/generate.sh --release >/dev/null
J=/usr/share/java K=$KOTLIN_HOME/lib OUT="$ROOT/target/kotlin-bench"
mkdir -p "$OUT"
"$KOTLIN_HOME/bin/kotlinc" -nowarn -cp "$J/jna.jar" target/bindings/kotlin/nl/werkmaat/werkmaat.kt tests/kotlin/bench/FfiBench.kt \
  -include-runtime -d "$OUT/bench.jar"
java -Djna.library.path="$ROOT/target/release" -cp "$OUT/bench.jar:$J/jna.jar" FfiBenchKt
