#!/usr/bin/env bash
# The cold-open row of BENCHMARKS.md: a fresh process that opens a profile and renders the first
# guide, against a fresh process that opens a bare SQLite file and reads from it (both release
# builds of core/examples/cold_open.rs, so process start-up is the same on both sides). Also
# times the same open with content from an installed pack: facts only, and every part (1.3 MB,
# its signature and hashes checked again at every open). The example is built with the test keys
# so it can sign those packs; the bundled path does not touch them.
#
#   tests/cold-open.sh [RUNS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
RUNS=${1:-200}
cargo build --release --locked -p werkmaat-core --features test-keys --example cold_open >&2
BIN="$ROOT/target/release/examples/cold_open"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 - "$BIN" "$WORK" "$RUNS" <<'PY'
import sqlite3, statistics, subprocess, sys, time
binary, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
con = sqlite3.connect(f"{work}/bare.db"); con.execute("PRAGMA journal_mode=WAL"); con.execute("CREATE TABLE t (x)"); con.commit()
subprocess.run([binary, "profile", f"{work}/profile"], check=True)  # create it once
subprocess.run([binary, "install", f"{work}/facts-pack", "facts"], check=True)
subprocess.run([binary, "install", f"{work}/full-pack", "locales,facts,guides,phrases,checklist,places,diary"], check=True)
def median_ms(args):
    samples = []
    for _ in range(runs):
        start = time.perf_counter(); subprocess.run(args, check=True); samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000
bare = median_ms([binary, "bare", f"{work}/bare.db"])
profile = median_ms([binary, "profile", f"{work}/profile"])
print(f"cold: open a bare SQLite file and read  {bare:7.2f} ms")
print(f"cold: open a profile, render 'pay' (pl)  {profile:7.2f} ms  {profile / bare:5.1f}x")
print(f"cold: the profile's own part (minus process start)  {profile - bare:7.2f} ms")
for name in ["facts-pack", "full-pack"]:
    ms = median_ms([binary, "profile", f"{work}/{name}"])
    print(f"cold: the same with a {name} installed        {ms:7.2f} ms  {ms / bare:5.1f}x")
PY
