#!/usr/bin/env bash
# Writes docs/diary-vectors/v2-attachments/ with the `werkmaat` CLI of this checkout: a diary with
# a photo (exported without its location), a PDF, and an attachment deleted again, exported as
# JSON with its attachments/ folder (docs/diary-format.md, section 9). Run from the repository
# root after `cargo build --bin werkmaat`; the output is committed.
set -euo pipefail
W="${CARGO_TARGET_DIR:-target}/debug/werkmaat"
OUT=docs/diary-vectors/v2-attachments
FIX=core/tests/fixtures/attachments
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
run() { "$W" --data-dir "$tmp/profile" --json "$@"; }
id() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
entry="$(run diary add incident --description "Fell from the ladder in hall 3" --at 2026-11-27T09:00:00+01:00 | id)"
run diary attach "$entry" "$FIX/gps.jpg" --kind photo >/dev/null
printf '%%PDF-1.4\n%% payslip week 47\n' >"$tmp/payslip.pdf"
run diary attach "$entry" "$tmp/payslip.pdf" --kind payslip >/dev/null
gone="$(run diary attach "$entry" "$FIX/gps.png" --kind housing | id)"
run diary attachment delete "$gone" >/dev/null
rm -rf "$OUT"
mkdir -p "$OUT"
run diary export --format json --out "$OUT/export.json" >/dev/null
