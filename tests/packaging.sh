#!/usr/bin/env bash
# Checks the Android and iOS packaging without an NDK or Xcode: both build scripts pass `bash -n`,
# their --dry-run exits 0 and prints the key commands, they refuse to run (with a clear message and
# no command run) where their tools are missing, and the Gradle module, Package.swift and the
# scripts agree on paths and names. Package.swift is evaluated by SwiftPM when a `swift` binary is
# on PATH, or as root in the Swift chroot tests/run.sh sets up (never installed from here);
# otherwise that part is skipped with a message.
#
#   tests/packaging.sh
#
# Last line: "packaging: N passed, N failed"; exit status 1 when anything failed.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

AAR_SCRIPT=bindings/kotlin/build-aar.sh
XCF_SCRIPT=bindings/swift/build-xcframework.sh
GRADLE_FILE=bindings/kotlin/build.gradle.kts
PACKAGE_SWIFT=bindings/swift/Package.swift
SWIFT_ROOT=${WERKMAAT_CACHE:-${HOME:-/root}/.cache/werkmaat-test}/swift-root

passed=0; failed=0
TMP=$(mktemp -d); SWIFT_TMP=""
cleanup() {
  rm -rf "$TMP"
  [ -n "$SWIFT_TMP" ] || return 0
  rm -rf "$SWIFT_TMP"
  # SwiftPM leaves a lock file named after the package's .build folder in the temp folder.
  local inner=${SWIFT_TMP#"$SWIFT_ROOT"} tmp_dir=${TMPDIR:-/tmp}
  [ "$inner" != "$SWIFT_TMP" ] && tmp_dir=$SWIFT_ROOT/tmp
  rm -f "$tmp_dir/$(tr / _ <<<"$inner/bindings/swift/.build").lock"
}
trap cleanup EXIT

ok() { passed=$((passed + 1)); echo "ok   $*"; }
not_ok() { failed=$((failed + 1)); echo "FAIL $*"; }
# check NAME COMMAND...: the command's status decides.
check() { local name=$1; shift; if "$@" >/dev/null 2>&1; then ok "$name"; else not_ok "$name"; fi; }
# A line printed for a command (they start with "+ ") that contains every given fixed string.
has_cmd() { # FILE STRING...
  local file=$1; shift
  local lines; lines=$(grep -E '^\+ ' "$file")
  for s in "$@"; do lines=$(grep -F -- "$s" <<<"$lines") || return 1; done
  [ -n "$lines" ]
}
no_cmd_run() { ! grep -qE '^\+ ' "$1"; }
# What the packaging scripts and the module can touch, to show a dry run touches nothing.
snapshot() { find bindings/kotlin bindings/swift target/android target/ios -maxdepth 4 -printf '%p %s %T@\n' 2>/dev/null | sort; }

echo "=== packaging: syntax ==="
check "bash -n $AAR_SCRIPT" bash -n "$AAR_SCRIPT"
check "bash -n $XCF_SCRIPT" bash -n "$XCF_SCRIPT"
check "$AAR_SCRIPT is executable" test -x "$AAR_SCRIPT"
check "$XCF_SCRIPT is executable" test -x "$XCF_SCRIPT"
if command -v shellcheck >/dev/null; then
  check "shellcheck both scripts" shellcheck -S warning "$AAR_SCRIPT" "$XCF_SCRIPT"
fi

echo "=== packaging: Android dry run ==="
before=$(snapshot)
# No Android variable at all: a dry run must not need one. CARGO_TARGET_DIR unset: the paths
# printed are then the default ones this test compares with the Gradle module.
env -u ANDROID_NDK_HOME -u ANDROID_NDK_ROOT -u NDK_HOME -u ANDROID_HOME -u ANDROID_SDK_ROOT \
  -u CARGO_TARGET_DIR -u WERKMAAT_ANDROID_ABIS -u GRADLE "$AAR_SCRIPT" --dry-run >"$TMP/aar.out" 2>&1
status=$?
if [ "$status" -eq 0 ]; then ok "build-aar.sh --dry-run exits 0"; else not_ok "build-aar.sh --dry-run exits $status"; sed 's/^/    /' "$TMP/aar.out"; fi
min_sdk=$(sed -nE 's/^ *minSdk *= *([0-9]+).*/\1/p' "$GRADLE_FILE")
for abi in arm64-v8a armeabi-v7a x86_64; do
  check "cargo ndk --target $abi --platform ${min_sdk:-?} (= minSdk) into build/jniLibs" \
    has_cmd "$TMP/aar.out" "cargo ndk --target $abi " "--platform ${min_sdk:-none} " \
    "-o bindings/kotlin/build/jniLibs " "build --locked --release -p werkmaat-ffi"
done
for abi in arm64-v8a armeabi-v7a x86_64; do
  check "packed relocations (API 23+) for $abi" has_cmd "$TMP/aar.out" "_RUSTFLAGS=" "--pack-dyn-relocs=android" "--target $abi "
done
check "16 KB pages for arm64-v8a" has_cmd "$TMP/aar.out" "CARGO_TARGET_AARCH64_LINUX_ANDROID_RUSTFLAGS=" "max-page-size=16384" "--target arm64-v8a"
check "uniffi-bindgen built on its own" has_cmd "$TMP/aar.out" "cargo build --locked -q -p uniffi-bindgen"
check "uniffi-bindgen generate kotlin from the unstripped arm64 .so" has_cmd "$TMP/aar.out" \
  "uniffi-bindgen generate --library target/aarch64-linux-android/release/libwerkmaat_ffi.so" "--language kotlin"
check "generated Kotlin copied into build/generated/uniffi" has_cmd "$TMP/aar.out" "cp -R " "bindings/kotlin/build/generated/uniffi/"
check "gradle assembleRelease in bindings/kotlin" has_cmd "$TMP/aar.out" "gradle" "-p bindings/kotlin" "assembleRelease"
check "AAR copied to target/android/werkmaat.aar" has_cmd "$TMP/aar.out" "bindings/kotlin/build/outputs/aar/werkmaat-release.aar target/android/werkmaat.aar"
check "cargo ndk runs before bindgen, bindgen before gradle" bash -c \
  "grep -nE '^\+ ' '$TMP/aar.out' | grep -E 'cargo ndk|uniffi-bindgen generate|assembleRelease' | cut -d: -f2- \
   | sed -E 's/.*(cargo ndk|uniffi-bindgen generate|assembleRelease).*/\1/' | uniq | tr '\n' , | grep -qx 'cargo ndk,uniffi-bindgen generate,assembleRelease,'"

echo "=== packaging: iOS dry run ==="
env -u CARGO_TARGET_DIR -u IPHONEOS_DEPLOYMENT_TARGET "$XCF_SCRIPT" --dry-run >"$TMP/xcf.out" 2>&1
status=$?
if [ "$status" -eq 0 ]; then ok "build-xcframework.sh --dry-run exits 0"; else not_ok "build-xcframework.sh --dry-run exits $status"; sed 's/^/    /' "$TMP/xcf.out"; fi
for target in aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios; do
  check "staticlib for $target" has_cmd "$TMP/xcf.out" "cargo rustc --locked --release -p werkmaat-ffi" "--crate-type staticlib --target $target"
done
check "lipo joins both simulator slices" has_cmd "$TMP/xcf.out" "lipo -create" \
  "target/aarch64-apple-ios-sim/release/libwerkmaat_ffi.a" "target/x86_64-apple-ios/release/libwerkmaat_ffi.a" \
  "-output target/ios/simulator/libwerkmaat_ffi.a"
check "uniffi-bindgen generate swift from the device library" has_cmd "$TMP/xcf.out" \
  "uniffi-bindgen generate --library target/aarch64-apple-ios/release/libwerkmaat_ffi.a" "--language swift"
check "module map installed as module.modulemap" has_cmd "$TMP/xcf.out" "WerkmaatFFI.modulemap target/ios/headers/WerkmaatFFI/module.modulemap"
check "xcodebuild -create-xcframework with the device and simulator slices" has_cmd "$TMP/xcf.out" \
  "xcodebuild -create-xcframework" \
  "-library target/aarch64-apple-ios/release/libwerkmaat_ffi.a -headers target/ios/headers" \
  "-library target/ios/simulator/libwerkmaat_ffi.a -headers target/ios/headers" \
  "-output target/ios/WerkmaatFFI.xcframework"
check "Werkmaat.swift copied into the package's target" has_cmd "$TMP/xcf.out" "cp target/ios/swift/Werkmaat.swift bindings/swift/Sources/Werkmaat/Werkmaat.swift"
after=$(snapshot)
check "the dry runs changed no file" test "$before" = "$after"

echo "=== packaging: clear refusals ==="
# Only where they cannot start a real build: a bogus NDK, no gradle on this machine, not macOS.
ANDROID_NDK_HOME="$TMP/no-ndk" "$AAR_SCRIPT" >"$TMP/aar-ndk.out" 2>&1; status=$?
check "build-aar.sh refuses a folder that is not an NDK" test "$status" -ne 0
check "  ... says so and runs nothing" bash -c "grep -q 'is not an Android NDK' '$TMP/aar-ndk.out' && ! grep -qE '^\+ ' '$TMP/aar-ndk.out'"
if ! command -v gradle >/dev/null && [ ! -x bindings/kotlin/gradlew ]; then
  mkdir -p "$TMP/ndk/toolchains/llvm/prebuilt" "$TMP/sdk" "$TMP/jdk/bin"
  printf '#!/bin/sh\nexit 0\n' >"$TMP/jdk/bin/java"; chmod +x "$TMP/jdk/bin/java"
  env -u GRADLE ANDROID_NDK_HOME="$TMP/ndk" ANDROID_HOME="$TMP/sdk" JAVA_HOME="$TMP/jdk" "$AAR_SCRIPT" >"$TMP/aar-gradle.out" 2>&1; status=$?
  check "build-aar.sh without gradle fails, says so, runs nothing" bash -c \
    "[ $status -ne 0 ] && grep -q 'gradle not found' '$TMP/aar-gradle.out' && ! grep -qE '^\+ ' '$TMP/aar-gradle.out'"
else
  echo "skip the missing-gradle check: gradle is installed here"
fi
if [ "$(uname -s)" != Darwin ]; then
  "$XCF_SCRIPT" >"$TMP/xcf-os.out" 2>&1; status=$?
  check "build-xcframework.sh off macOS fails, says so, runs nothing" bash -c \
    "[ $status -ne 0 ] && grep -q 'only be built on macOS' '$TMP/xcf-os.out' && ! grep -qE '^\+ ' '$TMP/xcf-os.out'"
else
  echo "skip the not-macOS check: this is macOS"
fi
"$AAR_SCRIPT" --bogus >/dev/null 2>&1; status=$?
check "build-aar.sh rejects an unknown argument (exit 2)" test "$status" -eq 2
"$XCF_SCRIPT" --bogus >/dev/null 2>&1; status=$?
check "build-xcframework.sh rejects an unknown argument (exit 2)" test "$status" -eq 2

echo "=== packaging: Gradle module ==="
check "settings.gradle.kts: project 'werkmaat' (→ werkmaat-release.aar)" grep -q 'rootProject.name = "werkmaat"' bindings/kotlin/settings.gradle.kts
check "com.android.library applied" grep -q 'id("com.android.library")' "$GRADLE_FILE"
check "namespace nl.werkmaat (= uniffi.toml package_name)" bash -c \
  "grep -q 'namespace = \"nl.werkmaat\"' '$GRADLE_FILE' && grep -q 'package_name = \"nl.werkmaat\"' bindings/uniffi.toml"
check "minSdk 24" test "${min_sdk:-}" = 24
check "JNA as an AAR" grep -qE '"net\.java\.dev\.jna:jna:5\.[0-9.]+@aar"' "$GRADLE_FILE"
check "Kotlin sources from build/generated/uniffi" grep -q 'java.srcDir("build/generated/uniffi")' "$GRADLE_FILE"
check "jniLibs from build/jniLibs" grep -q 'jniLibs.srcDir("build/jniLibs")' "$GRADLE_FILE"
check "consumer-rules.pro shipped" grep -q 'consumerProguardFiles("consumer-rules.pro")' "$GRADLE_FILE"
check "consumer-rules.pro keeps JNA and nl.werkmaat" bash -c \
  "grep -q '^-keep class com.sun.jna.\*\* { \*; }' bindings/kotlin/consumer-rules.pro && grep -q '^-keep class nl.werkmaat.\*\* { \*; }' bindings/kotlin/consumer-rules.pro"

echo "=== packaging: Swift package ==="
check "swift-tools-version 5.9" bash -c "head -n1 '$PACKAGE_SWIFT' | grep -q '^// swift-tools-version:5.9$'"
xcf_path=$(sed -nE 's/.*\.binaryTarget\(name: "WerkmaatFFI", path: "([^"]+)"\).*/\1/p' "$PACKAGE_SWIFT")
check "binaryTarget WerkmaatFFI points at the script's -output" test \
  "$(realpath -m "bindings/swift/${xcf_path:-missing}")" = "$(realpath -m target/ios/WerkmaatFFI.xcframework)"
check "WerkmaatFFI = uniffi.toml ffi_module_name" grep -q 'ffi_module_name = "WerkmaatFFI"' bindings/uniffi.toml
check "target Werkmaat at Sources/Werkmaat" grep -q '.target(name: "Werkmaat", dependencies: \["WerkmaatFFI"\], path: "Sources/Werkmaat"' "$PACKAGE_SWIFT"
check "generated sources git-ignored" bash -c "git check-ignore -q bindings/swift/Sources/Werkmaat/Werkmaat.swift \
  && git check-ignore -q bindings/swift/Sources/WerkmaatFFI/WerkmaatFFI.h && git check-ignore -q bindings/swift/Sources/WerkmaatFFI/module.modulemap \
  && git check-ignore -q bindings/swift/.build/debug && ! git check-ignore -q bindings/swift/Sources/Werkmaat/.gitignore"
check "module build output git-ignored" git check-ignore -q bindings/kotlin/build/generated/uniffi/nl/werkmaat/werkmaat.kt

# SwiftPM: the manifest evaluates, and `describe` resolves the binary target and the source target
# against a stand-in XCFramework laid out as xcodebuild lays it out.
swift_cmd=""
if command -v swift >/dev/null; then
  swift_cmd=host; SWIFT_TMP=$(mktemp -d)
elif [ "$(id -u)" = 0 ] && { [ -L "$SWIFT_ROOT/usr/bin/swift" ] || [ -x "$SWIFT_ROOT/usr/bin/swift" ]; } && command -v unshare >/dev/null; then
  swift_cmd=chroot; SWIFT_TMP=$(mktemp -d "$SWIFT_ROOT/tmp/werkmaat-packaging.XXXXXX")
fi
if [ -z "$swift_cmd" ]; then
  echo "skip Package.swift evaluation: no swift binary here (and no Swift chroot at $SWIFT_ROOT; tests/run.sh swift sets one up)"
else
  pkg="$SWIFT_TMP/bindings/swift"; xcf="$SWIFT_TMP/target/ios/WerkmaatFFI.xcframework"
  mkdir -p "$pkg/Sources/Werkmaat"
  cp "$PACKAGE_SWIFT" "$pkg/"
  cp -r bindings/swift/Tests "$pkg/"
  echo 'public func packagingProbe() {}' >"$pkg/Sources/Werkmaat/Werkmaat.swift"
  for slice in ios-arm64 ios-arm64_x86_64-simulator; do
    mkdir -p "$xcf/$slice/Headers/WerkmaatFFI" && : >"$xcf/$slice/libwerkmaat_ffi.a"
  done
  library() { # identifier archs variant
    printf '<dict><key>HeadersPath</key><string>Headers</string><key>LibraryIdentifier</key><string>%s</string><key>LibraryPath</key><string>libwerkmaat_ffi.a</string><key>SupportedArchitectures</key><array>%s</array><key>SupportedPlatform</key><string>ios</string>%s</dict>' "$@"
  }
  {
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">'
    echo '<plist version="1.0"><dict><key>AvailableLibraries</key><array>'
    library ios-arm64 '<string>arm64</string>' ''
    library ios-arm64_x86_64-simulator '<string>arm64</string><string>x86_64</string>' '<key>SupportedPlatformVariant</key><string>simulator</string>'
    echo '</array><key>CFBundlePackageType</key><string>XFWK</string><key>XCFrameworkFormatVersion</key><string>1.0</string></dict></plist>'
  } >"$xcf/Info.plist"
  run_swift() { # ARGS... in the copied package
    if [ "$swift_cmd" = host ]; then
      (cd "$pkg" && swift "$@" 2>&1)
    else
      local inner=${pkg#"$SWIFT_ROOT"}
      unshare --mount --fork sh -c "mount -t proc proc '$SWIFT_ROOT/proc' && chroot '$SWIFT_ROOT' bash -c 'cd $inner && swift $* 2>&1'"
    fi
  }
  run_swift package dump-package >"$TMP/dump.json"
  check "Package.swift evaluates (swift package dump-package, $swift_cmd)" \
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); t={x['name']:x for x in d['targets']}; \
assert d['name']=='Werkmaat' and t['WerkmaatFFI']['type']=='binary' and t['Werkmaat']['type']=='regular' and t['WerkmaatTests']['type']=='test' and 'FfiBench' not in t" "$TMP/dump.json"
  run_swift package describe >"$TMP/describe.out"
  check "SwiftPM resolves the XCFramework and Sources/Werkmaat (swift package describe)" bash -c \
    "grep -q 'Module type: BinaryTarget' '$TMP/describe.out' && grep -q 'Werkmaat.swift' '$TMP/describe.out'"
  if [ "$failed" -gt 0 ]; then sed 's/^/    /' "$TMP/describe.out" | tail -n 20; fi
fi

echo "=== packaging: generated bindings ==="
# The bindings are build output, never committed: the AAR and the XCFramework scripts generate
# them from the library they package, so they cannot drift from it. What must hold instead is
# that generating is reproducible: the same library gives byte-identical Kotlin, Swift and Python.
committed=$(git ls-files | grep -E '(^|/)(werkmaat\.kt|Werkmaat\.swift|WerkmaatFFI\.(h|modulemap)|werkmaat\.py)$')
check "no generated binding is committed${committed:+ (found: $committed)}" test -z "$committed"
if bindings/generate.sh --test-keys "$TMP/gen-a" >"$TMP/gen.out" 2>&1 \
  && bindings/generate.sh --test-keys "$TMP/gen-b" >>"$TMP/gen.out" 2>&1; then
  for file in kotlin/nl/werkmaat/werkmaat.kt swift/Werkmaat.swift swift/WerkmaatFFI.h swift/WerkmaatFFI.modulemap python/werkmaat.py; do
    check "generated twice, $file is byte-identical" cmp -s "$TMP/gen-a/$file" "$TMP/gen-b/$file"
  done
else
  not_ok "bindings/generate.sh failed"; sed 's/^/    /' "$TMP/gen.out" | tail -n 20
fi

echo "packaging: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
