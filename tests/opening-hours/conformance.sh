#!/usr/bin/env bash
# Opening hours: Werkmaat's evaluator (the opening-hours crate, Amsterdam time, Dutch holidays)
# against the reference library opening_hours.js (npm), on the real-world values in values.txt at
# the same moments. Prints `opening-hours: N passed, N failed`; exits non-zero on a difference not
# listed in KNOWN-DIFFERENCES.md. Needs node and npm; installs the library into the test cache.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="${WERKMAAT_CACHE:-$HOME/.cache/werkmaat-test}/npm"
version="3.15.0" # the version review-2026-12 compared against

if [ ! -d "$cache/node_modules/opening_hours" ]; then
    mkdir -p "$cache"
    npm install --silent --no-audit --no-fund --prefix "$cache" "opening_hours@$version" >&2
fi

# Working days, evenings, a weekend, both 2026 DST switches, public holidays (Good Friday, King's
# Day, 5 May, Christmas), a summer morning and the turn of the year; sent with several offsets.
moments=(
    2026-12-07T10:00:00+01:00 2026-12-07T16:30:00Z 2026-12-07T20:30:00+02:00 2026-12-12T11:00:00+01:00
    2026-12-13T15:00:00+01:00 2026-03-29T03:30:00+02:00 2026-10-25T02:30:00Z 2026-04-03T10:00:00+02:00
    2026-04-27T12:00:00+02:00 2026-05-05T09:00:00+03:00 2026-12-25T10:00:00+01:00 2026-07-15T06:30:00Z
    2026-12-31T23:30:00+01:00
)

cd "$root"
cargo run --quiet -p werkmaat-core --example opening_hours_eval -- "$here/values.txt" "${moments[@]}" \
    | TZ=Europe/Amsterdam NODE_PATH="$cache/node_modules" node "$here/compare.js"
