#!/usr/bin/env bash
# Runs every test of Werkmaat: Rust (fmt, clippy, unit and integration tests), then the generated
# bindings in Python, Kotlin (JVM + JNA) and Swift (Linux, in a Debian 13 chroot). Installs what
# it needs on first use (tests/setup-toolchains.sh, cached outside the repo).
#
#   tests/run.sh                 every suite
#   tests/run.sh rust python     only these (rust, l10n, cldr, verifier, fhir, opening-hours, report, share, clone, python, kotlin, swift, packaging)
#
# Each suite prints its counts; the last line is always the total as "N passed, N failed": a
# toolchain that does not install or bindings that do not generate count as a failed suite, with
# the reason printed, and the other suites still run.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export CARGO_TARGET_DIR="$ROOT/target"
ALL_SUITES="rust l10n cldr verifier fhir opening-hours report share clone python kotlin swift packaging"
SUITES=${*:-$ALL_SUITES}
BINDINGS="$ROOT/target/bindings"
LOG_DIR="$ROOT/target/test-logs"
mkdir -p "$LOG_DIR"
declare -A PASSED FAILED
total_passed=0; total_failed=0

section() { printf '\n=== %s ===\n' "$*"; }
record() { # suite passed failed
  PASSED[$1]=$2; FAILED[$1]=$3
  total_passed=$((total_passed + $2)); total_failed=$((total_failed + $3))
  echo "$1: $2 passed, $3 failed"
}

# Both return non-zero with the reason printed; the suite then records itself as failed.
needs_bindings() {
  [ -n "${BINDINGS_READY:-}" ] && return 0
  [ -n "${BINDINGS_BROKEN:-}" ] && { echo "binding generation failed (see above)"; return 1; }
  section "generate bindings"
  bindings/generate.sh --test-keys >/dev/null || { echo "binding generation failed"; BINDINGS_BROKEN=1; return 1; }
  BINDINGS_READY=1
}

setup() { # what... → evaluates KOTLIN_HOME=, PYTHON_VENV=, SWIFT_ROOT=
  local assignments
  assignments=$(tests/setup-toolchains.sh "$*") || { echo "toolchain setup failed: $*"; return 1; }
  eval "$assignments"
}

run_rust() {
  # openssl plays the time-stamping authority in the anchor tests (core/tests/anchor.rs); osmium
  # converts the OSM fixtures to .osm.pbf (core/tests/support/osmium.rs); exiftool checks the
  # location of attachment copies (bindings/cli/tests/attachments.rs).
  setup rust || { record rust 0 1; return; }
  section "rust: fmt, clippy, tests"
  local failed=0
  cargo fmt --all --check || { echo "cargo fmt --check: not clean"; failed=$((failed + 1)); }
  cargo clippy --locked --workspace --all-targets -q -- -D warnings || { echo "clippy: warnings"; failed=$((failed + 1)); }
  cargo test --locked --workspace --no-fail-fast 2>&1 | tee "$LOG_DIR/rust.log"
  local status=${PIPESTATUS[0]}
  local passed fails
  passed=$(grep -E '^test result:' "$LOG_DIR/rust.log" | sed -E 's/.* ([0-9]+) passed.*/\1/' | awk '{s+=$1} END {print s+0}')
  fails=$(grep -E '^test result:' "$LOG_DIR/rust.log" | sed -E 's/.* ([0-9]+) failed.*/\1/' | awk '{s+=$1} END {print s+0}')
  [ "$status" -ne 0 ] && [ "${fails:-0}" -eq 0 ] && fails=1   # a build failure counts
  # The criterion benchmarks, each run once as a test (no timing): the suite behind BENCHMARKS.md
  # keeps building and running; the measurements themselves are taken by hand (see BENCHMARKS.md).
  cargo test --locked --benches -p werkmaat-core 2>&1 | tee "$LOG_DIR/benches.log"
  local bench_status=${PIPESTATUS[0]} benches
  benches=$(grep -cx 'Success' "$LOG_DIR/benches.log")
  passed=$(( ${passed:-0} + benches ))
  [ "$bench_status" -ne 0 ] || [ "$benches" -eq 0 ] && failed=$((failed + 1))
  record rust "${passed:-0}" $(( ${fails:-0} + failed ))
}

run_python() {
  { setup python && needs_bindings; } || { record python 0 1; return; }
  section "python"
  PYTHONPATH="$BINDINGS/python" "$PYTHON_VENV/bin/pytest" -q -p no:cacheprovider tests/python 2>&1 | tee "$LOG_DIR/python.log"
  local line passed fails
  line=$(tail -n 1 "$LOG_DIR/python.log")
  passed=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+' || echo 0)
  fails=$(( $(grep -oE '[0-9]+ (failed|error)' <<<"$line" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}') + 0 ))
  [ "$passed" -eq 0 ] && [ "$fails" -eq 0 ] && fails=1   # no test ran: that is a failure
  record python "$passed" "$fails"
}

run_kotlin() {
  { setup jvm && needs_bindings; } || { record kotlin 0 1; return; }
  section "kotlin (JVM, JNA)"
  local J=/usr/share/java K=$KOTLIN_HOME/lib out="$ROOT/target/kotlin-test"
  mkdir -p "$out"
  local source="$BINDINGS/kotlin/nl/werkmaat/werkmaat.kt" stamp
  stamp=$(sha256sum "$source" | cut -c1-16)
  if [ ! -f "$out/bindings-$stamp.jar" ]; then   # the generated file compiles in ~15 s: only when it changed
    rm -f "$out"/bindings-*.jar
    "$KOTLIN_HOME/bin/kotlinc" -nowarn -cp "$J/jna.jar" "$source" -d "$out/bindings-$stamp.jar" || { record kotlin 0 1; return; }
  fi
  local cp_test="$out/bindings-$stamp.jar:$J/jna.jar:$K/kotlin-test.jar:$K/kotlin-test-junit5.jar:$J/junit-jupiter-api.jar:$J/apiguardian-api.jar:$J/opentest4j.jar"
  "$KOTLIN_HOME/bin/kotlinc" -nowarn -cp "$cp_test" tests/kotlin/*.kt -d "$out/tests.jar" || { record kotlin 0 1; return; }
  java -Djna.library.path="$ROOT/target/debug" -Dwerkmaat.repo="$ROOT" -jar "$J/junit-platform-console-standalone.jar" \
    --disable-banner --details=tree --disable-ansi-colors \
    -cp "$out/tests.jar:$out/bindings-$stamp.jar:$J/jna.jar:$K/kotlin-stdlib.jar:$K/kotlin-test.jar:$K/kotlin-test-junit5.jar" \
    --select-class WerkmaatTest 2>&1 | tee "$LOG_DIR/kotlin.log"
  local passed fails
  passed=$(grep -E 'tests successful' "$LOG_DIR/kotlin.log" | grep -oE '[0-9]+' | head -n1)
  fails=$(grep -E 'tests failed' "$LOG_DIR/kotlin.log" | grep -oE '[0-9]+' | head -n1)
  [ -z "$passed" ] && { passed=0; fails=1; }
  record kotlin "$passed" "${fails:-0}"
}

run_swift() {
  { setup swift && needs_bindings; } || { record swift 0 1; return; }
  section "swift (Linux, Debian 13 chroot)"
  # The package shells use (bindings/swift), built against the host library; the library here trusts
  # the test keys (WERKMAAT_TEST_KEYS tells the pack test so). A private mount namespace: nothing
  # stays mounted when the command ends.
  tests/swift/host-package.sh "$BINDINGS"
  unshare --mount --fork sh -c "mount -t proc proc '$SWIFT_ROOT/proc' && mount --bind '$ROOT' '$SWIFT_ROOT/src' && \
    chroot '$SWIFT_ROOT' bash -c 'cd /src/bindings/swift && WERKMAAT_HOST_LIB_DIR=/src/target/debug WERKMAAT_TEST_KEYS=1 \
    swift test --disable-swift-testing 2>&1'" \
    | tee "$LOG_DIR/swift.log"
  # "Executed 12 tests, with 0 failures" or "..., with 1 test skipped and 0 failures": here every
  # test must run, so a skipped one counts as failed.
  local line passed fails executed skipped
  line=$(grep -E 'Executed [0-9]+ tests?, with .*[0-9]+ failures?' "$LOG_DIR/swift.log" | tail -n1)
  executed=$(sed -E 's/.*Executed ([0-9]+) tests?.*/\1/' <<<"$line")
  fails=$(sed -E 's/.* ([0-9]+) failures?.*/\1/' <<<"$line")
  skipped=$(grep -oE '[0-9]+ tests? skipped' <<<"$line" | grep -oE '^[0-9]+' || echo 0)
  if [ -z "$line" ]; then passed=0; fails=1; else passed=$((executed - fails - skipped)); fails=$((fails + skipped)); fi
  record swift "$passed" "$fails"
}

# A fresh clone of the committed HEAD, in an empty folder with nothing beside it (no shared data folder),
# builds the CLI and runs `werkmaat info`: the repository needs nothing outside itself to build.
# An independent tool's check: a script that installs what it needs and ends with
# "<name>: N passed, N failed". No such line counts as one failure.
run_tool() { # suite title script [args...]
  local suite=$1 title=$2; shift 2
  section "$suite: $title"
  "$@" 2>&1 | tee "$LOG_DIR/$suite.log"
  local line passed fails
  line=$(grep -E '^[a-z-]+: [0-9]+ passed, [0-9]+ failed' "$LOG_DIR/$suite.log" | tail -n1)
  if [ -z "$line" ]; then passed=0; fails=1; echo "$suite: the check printed no summary"
  else
    passed=$(sed -E 's/^[a-z-]+: ([0-9]+) passed.*/\1/' <<<"$line")
    fails=$(sed -E 's/^[a-z-]+: [0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"$line")
  fi
  record "$suite" "$passed" "$fails"
}

run_opening_hours() {
  run_tool opening-hours "our opening hours against the npm opening_hours library" tests/opening-hours/conformance.sh
}

# FHIR bundles the werkmaat binary writes, against the official R4 JSON schema (ajv) and R4 rules.
run_fhir() { run_tool fhir "FHIR exports against the R4 JSON schema and invariants" tests/fhir/run.sh; }

run_l10n() { run_tool l10n "Mozilla's compare-locales over locales/" tests/compare-locales.sh; }

# Numbers, money, percentages, dates and plural categories in all ten locales against ICU (PyICU),
# with the deliberate differences listed in tests/cldr/DELIBERATE.md.
run_cldr() {
  setup cldr || { record cldr 0 1; return; }
  run_tool cldr "numbers, dates and plurals against ICU" tests/cldr/compare.sh
}

# The independent Python verifier of docs/diary-format.md: its golden vectors and forgery corpus,
# and exports the werkmaat binary writes here (entries, a correction, a deletion).
run_verifier() {
  local tmp; tmp=$(mktemp -d)
  local w=(target/debug/werkmaat --data-dir "$tmp/profile" --json --locale en)
  cargo build --locked -q --bin werkmaat && {
    local id
    id=$("${w[@]}" diary add symptom --symptom cough --severity 4 --at 2026-11-20T08:00:00+01:00 --note "A note" | sed -n 's/.*"id": *"\([0-9a-f]*\)".*/\1/p')
    "${w[@]}" diary add shift --start 2026-11-20T06:00:00+01:00 --end 2026-11-20T18:30:00+01:00 --break-minutes 45 >/dev/null
    "${w[@]}" diary correct "$id" --severity 6 >/dev/null
    "${w[@]}" diary add incident --at 2026-11-21T10:00:00+01:00 --body-part hand-left --description "Cut" >/dev/null
    local gone; gone=$("${w[@]}" diary add symptom --symptom headache --severity 2 --at 2026-11-22T08:00:00+01:00 | sed -n 's/.*"id": *"\([0-9a-f]*\)".*/\1/p')
    "${w[@]}" diary delete "$gone" >/dev/null
    "${w[@]}" diary add symptom --symptom cough --severity 3 --at 2026-11-23T08:00:00+01:00 >/dev/null
    "${w[@]}" diary export --format json --out "$tmp/export.json" >/dev/null
  } || echo "could not write an export with the werkmaat binary"
  run_tool verifier "the independent Python diary verifier" tests/diary-verifier/run.sh "$tmp/export.json"
  rm -rf "$tmp"
}

# The doctor's report for a sample diary in three language pairs, written by the werkmaat binary:
# the Nu HTML Checker, axe-core in headless Chromium, and Chromium's PDF read page by page.
run_report() {
  setup report || { record report 0 1; return; }
  cargo build --locked -q --bin werkmaat || { echo "report: the werkmaat binary does not build"; record report 0 1; return; }
  run_tool report "the doctor's report: Nu HTML Checker, axe-core, Chromium PDF" tests/report-checks/run.sh target/debug/werkmaat
}

# Shares the werkmaat binary writes, opened with Debian's age, checked with the independent
# verifier, sha256sum and exiftool (GPS gone by default, kept with --with-location).
run_share() {
  setup share || { record share 0 1; return; }
  cargo build --locked -q --bin werkmaat || { echo "share: the werkmaat binary does not build"; record share 0 1; return; }
  run_tool share "diary share: age, tar, the independent verifier, exiftool" tests/share/run.sh target/debug/werkmaat
}

run_clone() {
  section "clone: a fresh clone builds and runs on its own"
  local tmp; tmp=$(mktemp -d)
  local repo="$tmp/empty/werkmaat" failed=0
  if ! git clone -q --no-local "$ROOT" "$repo"; then echo "clone: git clone failed"; failed=1
  elif ! (cd "$repo" && CARGO_TARGET_DIR="$tmp/target" cargo build --locked -q --bin werkmaat); then
    echo "clone: the fresh clone does not build"; failed=1
  elif ! "$tmp/target/debug/werkmaat" --data-dir "$tmp/profile" info --json >"$tmp/info.json"; then
    echo "clone: werkmaat info failed"; failed=1
  elif ! grep -q '"attributions"' "$tmp/info.json" || ! grep -q 'GeoNames' "$tmp/info.json"; then
    echo "clone: werkmaat info shows no attributions"; cat "$tmp/info.json"; failed=1
  else
    echo "clone: built and ran werkmaat info in $repo"
  fi
  rm -rf "$tmp"
  record clone $((1 - failed)) "$failed"
}

run_packaging() {
  section "packaging (dry runs: Android AAR, iOS XCFramework)"
  tests/packaging.sh 2>&1 | tee "$LOG_DIR/packaging.log"
  local line passed fails
  line=$(grep -E '^packaging: [0-9]+ passed, [0-9]+ failed$' "$LOG_DIR/packaging.log" | tail -n1)
  if [ -z "$line" ]; then passed=0; fails=1   # no summary: the script broke
  else
    passed=$(sed -E 's/^packaging: ([0-9]+) passed.*/\1/' <<<"$line")
    fails=$(sed -E 's/.*, ([0-9]+) failed$/\1/' <<<"$line")
  fi
  record packaging "$passed" "$fails"
}

for suite in $SUITES; do
  case $suite in
    rust|l10n|cldr|verifier|fhir|report|share|clone|python|kotlin|swift|packaging) "run_$suite" ;;
    opening-hours) run_opening_hours ;;
    *) echo "unknown suite: $suite ($ALL_SUITES)"; record "$suite" 0 1 ;;
  esac
done

section "summary"
for suite in $SUITES; do echo "$suite: ${PASSED[$suite]} passed, ${FAILED[$suite]} failed"; done
echo "${total_passed} passed, ${total_failed} failed"
[ "$total_failed" -eq 0 ]
