#!/usr/bin/env bash
# The vendored intl_pluralrules is the crate as published plus one small patch: downloads the
# pristine 7.0.2 from crates.io (checksum pinned), applies intl_pluralrules.patch and compares the
# result with core/vendor/intl_pluralrules/src. Exit 0 when they are the same.
# Also the way to re-make the copy after changing the patch: `--write` replaces the vendored src.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SHA256=078ea7b7c29a2b4df841a7f6ac8775ff6074020c6776d48491ce2268e068f972
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
curl -sSfL --retry 3 -o "$TMP/crate.tar.gz" https://static.crates.io/crates/intl_pluralrules/intl_pluralrules-7.0.2.crate
echo "$SHA256  $TMP/crate.tar.gz" | sha256sum -c --quiet
tar xzf "$TMP/crate.tar.gz" -C "$TMP"
cd "$TMP/intl_pluralrules-7.0.2"
patch -s -p1 <"$HERE/intl_pluralrules.patch"
if [ "${1:-}" = "--write" ]; then
  cp src/*.rs "$HERE/intl_pluralrules/src/"
  echo "intl_pluralrules: vendored src/ re-made from 7.0.2 + intl_pluralrules.patch"
  exit 0
fi
if diff -r src "$HERE/intl_pluralrules/src" >/dev/null; then
  echo "intl_pluralrules: the vendored copy is 7.0.2 + intl_pluralrules.patch"
else
  diff -r src "$HERE/intl_pluralrules/src" | head -20
  echo "intl_pluralrules: the vendored copy differs from 7.0.2 + intl_pluralrules.patch"
  exit 1
fi
