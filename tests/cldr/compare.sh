#!/usr/bin/env bash
# Werkmaat's numbers, money, percentages, dates and plural categories in all ten locales against
# ICU (PyICU from Debian's python3-icu; tests/run.sh installs it with `setup cldr`). Builds and runs
# the example that prints Werkmaat's table, then tests/cldr/compare.py. A missing python3-icu is a
# failure, not a skip. Last line: "cldr: N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
fail() { echo "$1"; echo "cldr: 0 passed, 1 failed"; exit 1; }
# Debian's module is for Debian's interpreter, not for one a version manager put first in PATH.
PYTHON=/usr/bin/python3
"$PYTHON" -c 'import icu' 2>/dev/null || fail "cldr: PyICU is missing (apt-get install python3-icu)"
TABLE=$(mktemp)
trap 'rm -f "$TABLE"' EXIT
cargo run --locked -q -p werkmaat-core --example cldr_table >"$TABLE" || fail "cldr: the cldr_table example did not run"
# The plural rules Fluent selects by come from the vendored intl_pluralrules: it must be the
# published crate plus core/vendor/intl_pluralrules.patch, nothing else (counted as one check).
VENDOR_PASS=1 VENDOR_FAIL=0
core/vendor/check-intl-pluralrules.sh || { VENDOR_PASS=0 VENDOR_FAIL=1; }
"$PYTHON" tests/cldr/compare.py "$TABLE" | tee "$TABLE.out"
STATUS=${PIPESTATUS[0]}
SUMMARY=$(grep -E '^cldr: [0-9]+ passed, [0-9]+ failed' "$TABLE.out" | tail -n1)
rm -f "$TABLE.out"
[ -n "$SUMMARY" ] || fail "cldr: compare.py printed no summary"
PASSED=$(sed -E 's/^cldr: ([0-9]+) passed.*/\1/' <<<"$SUMMARY")
FAILED=$(sed -E 's/^cldr: [0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"$SUMMARY")
echo "cldr: $((PASSED + VENDOR_PASS)) passed, $((FAILED + VENDOR_FAIL)) failed"
[ "$STATUS" -eq 0 ] && [ "$VENDOR_FAIL" -eq 0 ]
