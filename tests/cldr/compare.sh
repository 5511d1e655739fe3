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
"$PYTHON" tests/cldr/compare.py "$TABLE"
