#!/usr/bin/env bash
# Installs what the binding tests need, once, into a cache folder outside the repo.
# Idempotent: a second run only checks. Prints the paths it set up as shell assignments
# (KOTLIN_HOME=..., SWIFT_ROOT=..., PYTHON_VENV=...), which tests/run.sh evaluates.
#
# WERKMAAT_CACHE overrides the cache folder (default: ~/.cache/werkmaat-test).
set -euo pipefail

CACHE=${WERKMAAT_CACHE:-${HOME:-/root}/.cache/werkmaat-test}
KOTLIN_VERSION=2.4.20
mkdir -p "$CACHE"
log() { echo "[setup] $*" >&2; }

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "apt-get install ${missing[*]}"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  fi
}

setup_rust() {
  # openssl plays the time-stamping authority (core/tests/anchor.rs); osmium converts the OSM
  # fixtures to .osm.pbf for the extract reader's tests (core/tests/support/osmium.rs); exiftool
  # reads the location an attachment copy still has (bindings/cli/tests/attachments.rs).
  apt_install openssl osmium-tool libimage-exiftool-perl
}

setup_share() {
  # The reference age tools decrypt what werkmaat encrypts; exiftool reads the photos' GPS.
  apt_install age libimage-exiftool-perl
}

setup_jvm() {
  apt_install libjna-java junit4 junit5 default-jdk-headless
  local dir="$CACHE/kotlin-$KOTLIN_VERSION"
  if [ ! -x "$dir/package/bin/kotlinc" ]; then
    log "kotlinc $KOTLIN_VERSION from npm"
    rm -rf "$dir" && mkdir -p "$dir"
    (cd "$dir" && npm pack --silent "kotlin-compiler@$KOTLIN_VERSION" >/dev/null && tar xzf kotlin-compiler-*.tgz && chmod +x package/bin/*)
  fi
  echo "KOTLIN_HOME=$dir/package"
}

setup_python() {
  # The doctor's report is printed to PDF in headless Chromium and read back with pdftotext.
  # age: the Python tests open a share with the reference tool.
  apt_install chromium poppler-utils fonts-dejavu-core binutils age
  local venv="$CACHE/venv"
  if [ ! -x "$venv/bin/pytest" ]; then
    log "pytest into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q pytest >&2
  fi
  echo "PYTHON_VENV=$venv"
}

setup_report() {
  # The doctor's report: printed with Chromium and read back with pdftotext, the Nu HTML Checker on
  # a Java runtime, axe-core driven by node (tests/report-checks/run.sh installs the npm and PyPI parts).
  apt_install chromium poppler-utils fonts-dejavu-core default-jre-headless nodejs
}

setup_cldr() {
  # ICU's own formatters, as phones use them (tests/cldr/compare.py).
  apt_install python3-icu
}

setup_swift() {
  apt_install debootstrap
  local root="$CACHE/swift-root"
  if [ ! -f "$root/.werkmaat-ready" ]; then
    log "Debian 13 chroot with swiftlang in $root (about two minutes, once)"
    rm -rf "$root"
    debootstrap --variant=minbase trixie "$root" http://deb.debian.org/debian >&2
    unshare --mount --fork sh -c "mount -t proc proc '$root/proc' && chroot '$root' sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends swiftlang libc6-dev'" >&2
    mkdir -p "$root/src"
    touch "$root/.werkmaat-ready"
  fi
  # The anchor test runs the local test TSA (tests/tsa/tsa.sh) inside the chroot; checked apart
  # from the marker so that a chroot made before it gets openssl too.
  if [ ! -x "$root/usr/bin/openssl" ]; then
    log "openssl in the Swift chroot (the local test TSA)"
    unshare --mount --fork sh -c "mount -t proc proc '$root/proc' && chroot '$root' sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openssl'" >&2
  fi
  echo "SWIFT_ROOT=$root"
}

for what in "${@:-jvm python swift}"; do
  for w in $what; do "setup_$w"; done
done
