#!/usr/bin/env bash
# `werkmaat diary share` against independent tools: Debian's `age` and `age-keygen` (the Go
# reference implementation) decrypt what the werkmaat binary encrypted, `tar` unpacks it, the
# independent diary verifier (tests/diary-verifier) checks the export inside, `sha256sum` the
# manifest, and `exiftool` that a photo's GPS is gone by default and kept with --with-location.
# Needs age and exiftool (tests/setup-toolchains.sh share) and the verifier's venv (made by
# tests/diary-verifier/run.sh when missing).
# Usage: tests/share/run.sh WERKMAAT_BINARY
# Last line: "share: N passed, N failed".
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BIN="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
CACHE="${WERKMAAT_CACHE:-$HOME/.cache/werkmaat-test}"
PY="$CACHE/venv/bin/python"
FIXTURES="$ROOT/core/tests/fixtures/attachments"
passed=0 failed=0
check() { # description command...
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "PASS $what"; else failed=$((failed + 1)); echo "FAIL $what"; fi
}
finish() { echo "share: $passed passed, $failed failed"; exit $((failed > 0)); }

for tool in age age-keygen exiftool tar sha256sum; do
  command -v "$tool" >/dev/null || { echo "share: $tool is missing (tests/setup-toolchains.sh share)"; failed=1; finish; }
done
if ! "$PY" -c 'import asn1crypto, cryptography' 2>/dev/null; then
  "$ROOT/tests/diary-verifier/run.sh" >/dev/null 2>&1
  "$PY" -c 'import asn1crypto, cryptography' 2>/dev/null || { echo "share: the verifier's venv is missing"; failed=1; finish; }
fi

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
w() { "$BIN" --data-dir "$tmp/profile" --locale en --json "$@"; }
id_of() { "$PY" -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
age-keygen -o adviser.key 2>/dev/null && age-keygen -o union.key 2>/dev/null && age-keygen -o stranger.key 2>/dev/null
ADVISER=$(age-keygen -y adviser.key); UNION=$(age-keygen -y union.key)

# A diary with every kind of entry, a correction, a deletion, a position, a JPEG and a PNG with GPS
# in Exif and XMP, and a PDF.
sym=$(w diary add symptom --symptom back-pain --severity 6 --at 2026-11-20T08:00:00+01:00 --lat 52.09 --lon 5.12 --note "Lifting crates" | id_of)
w diary add shift --start 2026-11-20T06:00:00+01:00 --end 2026-11-20T18:30:00+01:00 --break-minutes 30 >/dev/null
w diary correct "$sym" --severity 7 >/dev/null
acc=$(w diary add incident --at 2026-11-21T10:00:00+01:00 --body-part hand-left --description "Cut by a crate" | id_of)
gone=$(w diary add symptom --symptom headache --severity 2 --at 2026-11-22T08:00:00+01:00 | id_of)
w diary delete "$gone" >/dev/null
printf '%%PDF-1.4\n%% a payslip\n%%%%EOF\n' > payslip.pdf
for file in "$FIXTURES/gps.jpg" "$FIXTURES/gps.png" payslip.pdf; do
  w diary attach "$acc" "$file" --kind photo >/dev/null || echo "attach $file failed"
done
w diary attachments > attachments.json

unpack() { # share key dir
  mkdir -p "$3" && age -d -i "$2" "$1" | tar -x -C "$3"
}
verifies() { "$PY" "$ROOT/tests/diary-verifier/verify_diary.py" "$1/diary.json" >/dev/null; }
no_gps() { # dir: exiftool finds no GPS or XMP in any image copy
  [ -z "$(exiftool -q -q -s -gps:all -xmp:all "$1"/attachments/*.jpg "$1"/attachments/*.png)" ]
}
has_gps() { exiftool -q -q -s -gps:GPSLatitude "$1"/attachments/*.jpg | grep -q GPSLatitude; }
manifest_holds() { # dir: every file's sha256 as listed; each attachment's original hash as the chain records it
  (cd "$1" && "$PY" - "$tmp/attachments.json" <<'PY'
import hashlib, json, sys
manifest = json.load(open("MANIFEST.json"))
recorded = {a["id"]: a["sha256"] for a in json.load(open(sys.argv[1]))}
ok = True
for f in manifest["files"]:
    ok &= hashlib.sha256(open(f["name"], "rb").read()).hexdigest() == f["sha256"]
    if "attachment_id" in f:
        ok &= recorded.get(f["attachment_id"]) == f["original_sha256"]
ok &= len([f for f in manifest["files"] if "attachment_id" in f]) == len(recorded)
sys.exit(0 if ok else 1)
PY
  )
}
originals_kept() { # dir: with location, every copy is the original
  (cd "$1" && "$PY" - <<'PY'
import hashlib, json, sys
files = [f for f in json.load(open("MANIFEST.json"))["files"] if "attachment_id" in f]
sys.exit(0 if files and all(f["sha256"] == f["original_sha256"] and not f["location_removed"] for f in files) else 1)
PY
  )
}

# Before any attachment a share holds the export, the report, the README and the manifest.
check "a share (no attachments yet) opens with age and verifies" sh -c '
  "$0" --data-dir profile-empty --json diary add symptom --symptom cough --severity 3 --at 2026-11-20T08:00:00+01:00 >/dev/null &&
  "$0" --data-dir profile-empty --json diary share --to "$1" --out empty.age >/dev/null' "$BIN" "$ADVISER"
check "  ... and the independent verifier accepts its export" sh -c 'mkdir e && age -d -i adviser.key empty.age | tar -x -C e && "$0" "$1" e/diary.json >/dev/null' "$PY" "$ROOT/tests/diary-verifier/verify_diary.py"

out=$(w diary share --to "$ADVISER" --to "$UNION" --out plain.age)
check "share prints file, recipients, entries, attachments" "$PY" -c '
import json, sys; v = json.loads(sys.argv[1])
assert v["file"] == "plain.age" and [r["given"] for r in v["recipients"]] == sys.argv[2:4]
assert v["entries"] == 3 and v["attachments"] == 3, v' "$out" "$ADVISER" "$UNION"
check "the adviser's key opens it" unpack plain.age adviser.key a
check "the union's key opens it" unpack plain.age union.key u
check "another key does not" sh -c '! age -d -i stranger.key plain.age >/dev/null 2>&1'
check "the archive holds README, export, report, manifest and 3 attachments" sh -c \
  'test -s a/README.txt -a -s a/diary.json -a -s a/report.html -a -s a/MANIFEST.json && test "$(ls a/attachments | wc -l)" -eq 3'
check "the independent verifier accepts the export inside" verifies a
check "werkmaat's own verify --export checks the unpacked files" sh -c '"$0" --data-dir elsewhere diary verify --export a/diary.json >/dev/null' "$BIN"
check "  ... and fails on a changed one" sh -c 'cp -r a changed && f=$(ls changed/attachments/*.png) && printf x >> "$f" &&
  ! "$0" --data-dir elsewhere diary verify --export changed/diary.json >/dev/null 2>&1' "$BIN"
check "the export has no positions" sh -c '! grep -q "\"salt\"" a/diary.json'
check "the manifest's hashes hold, and name each original's hash in the chain" manifest_holds a
check "no GPS or XMP in the shared photos (exiftool)" no_gps a
check "the source photo has GPS (exiftool)" sh -c 'exiftool -q -q -s -gps:GPSLatitude "$0" | grep -q GPSLatitude' "$FIXTURES/gps.jpg"
check "the report shows the photos as small pictures" sh -c 'test "$(grep -o "data:image/jpeg;base64," a/report.html | wc -l)" -eq 2'

w diary share --to "$ADVISER" --out located.age --with-location >/dev/null
check "with --with-location the share opens" unpack located.age adviser.key l
check "  ... the photo keeps its GPS (exiftool)" has_gps l
check "  ... every copy is the original" originals_kept l
check "  ... the export has positions" grep -q '"salt"' l/diary.json
check "  ... and the independent verifier accepts it" verifies l

check "a bad key exits 2 and writes nothing" sh -c '"$0" --data-dir profile --json diary share --to age1nope --out bad.age 2>/dev/null; test $? -eq 2 && test ! -e bad.age' "$BIN"
check "an existing file is kept without --force" sh -c 'echo mine > kept.age; "$0" --data-dir profile --json diary share --to "$1" --out kept.age 2>/dev/null; test $? -eq 2 && test "$(cat kept.age)" = mine' "$BIN" "$ADVISER"
check "no temporary files are left" sh -c 'test -z "$(ls -A | grep "\.tmp$")"'
finish
