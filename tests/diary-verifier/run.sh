#!/usr/bin/env bash
# Independent diary verifier: pytest, then every EXPORT given as an argument (each must verify ok).
# Needs python3 with venv and PyPI (pytest, asn1crypto, cryptography; installed once into the cache).
# Usage: tests/diary-verifier/run.sh [EXPORT.json ...]
# Last line: "diary-verifier: N passed, N failed".
set -u
export PYTHONDONTWRITEBYTECODE=1
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${WERKMAAT_CACHE:-$HOME/.cache/werkmaat-test}"
VENV="$CACHE/venv"

# pytest runs the tests; asn1crypto parses the anchors' RFC 3161 tokens and cryptography checks
# their signatures and certificates. Without them the verifier cannot check anchors: a failure,
# never a skip.
PACKAGES="pytest asn1crypto cryptography"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import pytest, asn1crypto, cryptography' 2>/dev/null; then
    echo "installing $PACKAGES into $VENV" >&2
    mkdir -p "$CACHE"
    { [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"; } &&
        "$VENV/bin/pip" install -q $PACKAGES >&2 &&
        "$VENV/bin/python" -c 'import pytest, asn1crypto, cryptography' || {
        echo "diary-verifier: could not install $PACKAGES into the venv at $VENV" >&2
        echo "diary-verifier: 0 passed, 1 failed"
        exit 1
    }
fi

passed=0
failed=0

out="$(cd "$HERE" && "$VENV/bin/python" -m pytest -q -p no:cacheprovider -rf test_verify_diary.py 2>&1)"
rc=$?
echo "$out"
summary="$(echo "$out" | grep -E '[0-9]+ (passed|failed|error)' | tail -1)"
p=$(echo "$summary" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+' || true)
f=$(echo "$summary" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+' || true)
e=$(echo "$summary" | grep -oE '[0-9]+ errors?' | grep -oE '[0-9]+' || true)
passed=$((passed + ${p:-0}))
failed=$((failed + ${f:-0} + ${e:-0}))
if [ "$rc" -ne 0 ] && [ -z "${f}${e}" ]; then
    failed=$((failed + 1))   # pytest itself failed (collection error, ...)
fi

for export in "$@"; do
    res="$("$VENV/bin/python" "$HERE/verify_diary.py" "$export" 2>&1)"
    code=$?
    if [ "$code" -eq 0 ]; then
        passed=$((passed + 1))
        echo "PASS $export"
    else
        failed=$((failed + 1))
        echo "FAIL $export (exit $code): $res"
    fi
done

echo "diary-verifier: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
