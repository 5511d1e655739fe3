#!/usr/bin/env bash
# Runs Mozilla's compare-locales (PyPI) over locales/, with en as the reference
# (tests/compare-locales.toml): every locale must have every message of en and no errors
# (unparsable Fluent, duplicate ids, broken references). Installs the tool on first use into a
# venv under ${WERKMAAT_CACHE:-~/.cache/werkmaat-test} (the same cache as setup-toolchains.sh).
#
# Prints one line per locale that fails, then "compare-locales: N passed, N failed" (one count
# per locale) and exits non-zero when any locale fails. Warnings are printed but do not fail.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${WERKMAAT_CACHE:-${HOME:-/root}/.cache/werkmaat-test}
VERSION=9.0.5
VENV="$CACHE/compare-locales-$VERSION"

if [ ! -x "$VENV/bin/compare-locales" ]; then
  mkdir -p "$CACHE"
  python3 -m venv "$VENV" >/dev/null || { echo "compare-locales: cannot create a venv in $VENV"; exit 2; }
  "$VENV/bin/pip" install --quiet "compare-locales==$VERSION" || { echo "compare-locales: pip install failed"; exit 2; }
fi

REPORT=$(mktemp)
trap 'rm -f "$REPORT"' EXIT
cd "$ROOT"
# --return-zero: the summary below decides; the tool's own exit code also counts missing strings
# in ways that differ between versions.
"$VENV/bin/compare-locales" --return-zero --json "$REPORT" tests/compare-locales.toml locales >/dev/null \
  || { echo "compare-locales: the tool itself failed"; echo "compare-locales: 0 passed, 1 failed"; exit 1; }

"$VENV/bin/python" - "$REPORT" <<'PY'
import json, sys
(run,) = json.load(open(sys.argv[1]))
passed = failed = 0
for locale, s in sorted(run["summary"].items()):
    problems = {k: s.get(k, 0) for k in ("errors", "missing", "missing_w") if s.get(k, 0)}
    if s.get("warnings", 0):
        print(f"{locale}: {s['warnings']} warnings")
    if problems:
        failed += 1
        print(f"{locale}: " + ", ".join(f"{v} {k}" for k, v in problems.items()))
    else:
        passed += 1

def walk(node, path=""):
    # The details tree: files → entries with "error"/"warning"/"missingEntity" lists.
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("error", "warning", "missingEntity"):
                for message in value if isinstance(value, list) else [value]:
                    print(f"  {path}: {key}: {message}")
            else:
                walk(value, f"{path}/{key}" if path else key)
    elif isinstance(node, list):
        for item in node:
            walk(item, path)
walk(run.get("details", {}))
print(f"compare-locales: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
