#!/usr/bin/env bash
# Builds the Werkmaat Android library (AAR): libwerkmaat_ffi.so for each ABI with cargo-ndk, the
# Kotlin bindings generated from it (uniffi-bindgen, library mode), both put into the Gradle module
# in bindings/kotlin, then `gradle assembleRelease`.
#
#   bindings/kotlin/build-aar.sh [--dry-run]
#
# Needs: Rust (rustup), the Android NDK (ANDROID_NDK_HOME, or an SDK with ndk/<version>), the
# Android SDK (ANDROID_HOME / ANDROID_SDK_ROOT or local.properties), JDK 17+ and Gradle 8.13+
# (bindings/kotlin/gradlew if present, else $GRADLE, else `gradle` on PATH). cargo-ndk is installed
# with `cargo install` when missing.
# --dry-run: print every command and run none; checks no input (NDK, SDK, JDK, Gradle).
#
# Out: bindings/kotlin/build/outputs/aar/werkmaat-release.aar, copied to target/android/werkmaat.aar.
# Env: WERKMAAT_ANDROID_ABIS (default "arm64-v8a armeabi-v7a x86_64"), CARGO_TARGET_DIR.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

dry_run=0
for arg in "$@"; do
  case $arg in
    --dry-run) dry_run=1 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-aar.sh: unknown argument '$arg' (use --dry-run or --help)" >&2; exit 2 ;;
  esac
done

MODULE=bindings/kotlin
MIN_SDK=24                        # = minSdk in bindings/kotlin/build.gradle.kts
ABIS=${WERKMAAT_ANDROID_ABIS:-arm64-v8a armeabi-v7a x86_64}
TARGET_DIR=${CARGO_TARGET_DIR:-target}
GENERATED=$MODULE/build/generated/uniffi   # = java.srcDir in build.gradle.kts
JNILIBS=$MODULE/build/jniLibs              # = jniLibs.srcDir in build.gradle.kts
OUT=target/android                         # always here, even with CARGO_TARGET_DIR
BINDGEN_OUT=$OUT/kotlin

fail() { echo "build-aar.sh: $*" >&2; exit 1; }
# Prints a command (shell-quoted, so it can be pasted), then runs it unless --dry-run.
run() {
  printf '+'; printf ' %q' "$@"; printf '\n'
  [ "$dry_run" -eq 1 ] || "$@"
}

triple_of() {
  case $1 in
    arm64-v8a) echo aarch64-linux-android ;;
    armeabi-v7a) echo armv7-linux-androideabi ;;
    x86_64) echo x86_64-linux-android ;;
    x86) echo i686-linux-android ;;
    *) fail "unknown Android ABI '$1' (arm64-v8a, armeabi-v7a, x86_64, x86)" ;;
  esac
}
# The newest NDK under an SDK folder, if any.
ndk_in_sdk() { [ -d "$1/ndk" ] && find "$1/ndk" -mindepth 1 -maxdepth 1 -type d | sort -V | tail -n 1; }

for abi in $ABIS; do triple_of "$abi" >/dev/null; done
first_abi=${ABIS%% *}
# Bindings are generated from the unstripped library cargo leaves in its target folder (the copy in
# jniLibs may be stripped by cargo-ndk, and a stripped library has no uniffi metadata).
GEN_LIB=$TARGET_DIR/$(triple_of "$first_abi")/release/libwerkmaat_ffi.so

if [ "$dry_run" -eq 1 ]; then
  echo "# dry run: commands are printed, not run; no tool or environment variable is checked"
  GRADLE_CMD=(gradle)
  [ -x "$MODULE/gradlew" ] && GRADLE_CMD=("$MODULE/gradlew")
  [ -n "${GRADLE:-}" ] && GRADLE_CMD=("$GRADLE")
else
  command -v cargo >/dev/null || fail "cargo not found: install Rust with rustup (https://rustup.rs)"

  # The NDK: ANDROID_NDK_HOME (what cargo-ndk reads), else the newest NDK inside the SDK.
  sdk=${ANDROID_HOME:-${ANDROID_SDK_ROOT:-}}
  if [ -z "$sdk" ] && [ -f "$MODULE/local.properties" ]; then
    sdk=$(sed -n 's/^sdk\.dir=//p' "$MODULE/local.properties" | tail -n 1)
  fi
  for guess in "$HOME/Library/Android/sdk" "$HOME/Android/Sdk"; do
    [ -z "$sdk" ] && [ -d "$guess" ] && sdk=$guess
  done
  ndk=${ANDROID_NDK_HOME:-${ANDROID_NDK_ROOT:-${NDK_HOME:-}}}
  [ -z "$ndk" ] && [ -n "$sdk" ] && ndk=$(ndk_in_sdk "$sdk")
  [ -n "$ndk" ] || fail "Android NDK not found. Install it (Android Studio > SDK Manager > SDK Tools > NDK, or
  sdkmanager 'ndk;27.2.12479018') and set ANDROID_NDK_HOME to its folder, e.g.
  export ANDROID_NDK_HOME=\$ANDROID_HOME/ndk/27.2.12479018"
  [ -d "$ndk/toolchains/llvm/prebuilt" ] || fail "ANDROID_NDK_HOME=$ndk is not an Android NDK (no toolchains/llvm/prebuilt in it)"
  export ANDROID_NDK_HOME=$ndk

  [ -n "$sdk" ] && [ -d "$sdk" ] || fail "Android SDK not found: set ANDROID_HOME to it (Gradle's Android plugin needs it)"
  export ANDROID_HOME=$sdk

  if [ -n "${JAVA_HOME:-}" ]; then [ -x "$JAVA_HOME/bin/java" ] || fail "JAVA_HOME=$JAVA_HOME has no bin/java"
  else command -v java >/dev/null || fail "no JDK found: install JDK 17+ and set JAVA_HOME"; fi

  if [ -x "$MODULE/gradlew" ]; then GRADLE_CMD=("$MODULE/gradlew")
  elif [ -n "${GRADLE:-}" ]; then GRADLE_CMD=("$GRADLE")
  elif command -v gradle >/dev/null; then GRADLE_CMD=(gradle)
  else fail "gradle not found: install Gradle 8.13+ (https://gradle.org/install, or 'sdk install gradle'), or set GRADLE=/path/to/gradle"
  fi
fi

# 1. Rust targets and cargo-ndk.
triples=()
for abi in $ABIS; do triples+=("$(triple_of "$abi")"); done
if [ "$dry_run" -eq 1 ] || command -v rustup >/dev/null; then
  run rustup target add "${triples[@]}"
fi
if ! cargo ndk --version >/dev/null 2>&1; then
  run cargo install --locked cargo-ndk --version '^4'
fi

# 2. libwerkmaat_ffi.so per ABI, copied by cargo-ndk into jniLibs/<abi>/. 16 KB ELF page alignment
#    for the 64-bit ABIs, as Google Play requires from Android 15 on (already the default from NDK r28).
#    Relocations packed the Android way (lld, loaders from API 23, our minSdk is 24): the tables of
#    pointers in the library otherwise take about 0.6 MiB of relocation entries
#    (docs/adr/0006-library-size.md).
run rm -rf "$JNILIBS"
for abi in $ABIS; do
  triple=$(triple_of "$abi")
  var=CARGO_TARGET_$(tr 'a-z-' 'A-Z_' <<<"$triple")_RUSTFLAGS
  flags="-C link-arg=-Wl,--pack-dyn-relocs=android"
  case $abi in arm64-v8a|x86_64) flags="$flags -C link-arg=-Wl,-z,max-page-size=16384" ;; esac
  env_flags=(env "$var=$flags")
  run "${env_flags[@]}" cargo ndk --target "$abi" --platform "$MIN_SDK" -o "$JNILIBS" \
    build --locked --release -p werkmaat-ffi
done

# 3. Kotlin bindings from the built library (built apart from the library: see bindings/generate.sh).
run cargo build --locked -q -p uniffi-bindgen
run rm -rf "$BINDGEN_OUT"
run "$TARGET_DIR/debug/uniffi-bindgen" generate --library "$GEN_LIB" --language kotlin \
  --out-dir "$BINDGEN_OUT" --no-format
run rm -rf "$GENERATED"
run mkdir -p "$GENERATED"
run cp -R "$BINDGEN_OUT/." "$GENERATED/"

# 4. The AAR.
run "${GRADLE_CMD[@]}" -p "$MODULE" --no-daemon assembleRelease
run mkdir -p "$OUT"
run cp "$MODULE/build/outputs/aar/werkmaat-release.aar" "$OUT/werkmaat.aar"
if [ "$dry_run" -eq 1 ]; then
  echo "# dry run done: would produce $OUT/werkmaat.aar"
else
  echo "$OUT/werkmaat.aar"
fi
