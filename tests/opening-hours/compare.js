// Compares Werkmaat's evaluation of opening hours (JSON lines on stdin, from the
// opening_hours_eval example) with opening_hours.js at the same moments, in Europe/Amsterdam time
// (TZ is set by conformance.sh) with the Netherlands' public holidays. A value passes when both
// agree on whether it parses and, at every moment, on open/closed/unknown and the next change.
// Values listed in KNOWN-DIFFERENCES.md are counted apart, with their reason there.
'use strict';
const fs = require('fs');
const path = require('path');
const opening_hours = require('opening_hours');

// As Nominatim gives them: strings (with numbers, opening_hours.js ignores the position for sun events).
const nominatim = { lat: '52.09', lon: '5.12', address: { country_code: 'nl', state: 'Utrecht' } };
const YEAR_MS = 366 * 24 * 3600 * 1000;

const known = new Map();
for (const line of fs.readFileSync(path.join(__dirname, 'KNOWN-DIFFERENCES.md'), 'utf8').split('\n')) {
  const m = line.match(/^\| `(.+?)` \|/);
  if (m) known.set(m[1].replace(/\\\|/g, '|'), true);
}

// The library reports evaluation problems (no Dutch school holidays for `SH`) on the console;
// they are differences this run lists itself.
const report = console.error;

function reference(value, at) {
  console.error = () => {};
  try {
    return evaluate(value, at);
  } finally {
    console.error = report;
  }
}

function evaluate(value, at) {
  let oh;
  try {
    oh = new opening_hours(value, nominatim);
  } catch (e) {
    return { parsed: false, open: null, next: null };
  }
  const date = new Date(at);
  const open = oh.getUnknown(date) ? null : oh.getState(date);
  const next = oh.getNextChange(date, new Date(date.getTime() + YEAR_MS));
  return { parsed: true, open, next: next ? next.getTime() : null };
}

const byValue = new Map();
for (const line of fs.readFileSync(0, 'utf8').split('\n').filter(Boolean)) {
  const ours = JSON.parse(line);
  const theirs = reference(ours.value, ours.at);
  const mine = {
    parsed: ours.parsed !== null,
    open: ours.open,
    next: ours.next_change ? new Date(ours.next_change).getTime() : null,
  };
  const problems = byValue.get(ours.value) || [];
  if (mine.parsed !== theirs.parsed) {
    problems.push(`parses: ours ${mine.parsed}, reference ${theirs.parsed}`);
  } else if (mine.parsed && (mine.open !== theirs.open || mine.next !== theirs.next)) {
    const when = (t) => (t === null ? 'none' : new Date(t).toISOString());
    problems.push(`at ${ours.at}: ours ${mine.open} until ${when(mine.next)}, reference ${theirs.open} until ${when(theirs.next)}`);
  }
  byValue.set(ours.value, problems);
}

let passed = 0, failed = 0, expected = 0;
for (const [value, problems] of byValue) {
  if (problems.length === 0) {
    passed += 1;
  } else if (known.has(value)) {
    expected += 1;
  } else {
    failed += 1;
    console.error(`differs: ${JSON.stringify(value)}\n  ${[...new Set(problems)].join('\n  ')}`);
  }
}
console.log(`opening-hours: ${passed} passed, ${failed} failed (${expected} known differences, see tests/opening-hours/KNOWN-DIFFERENCES.md)`);
process.exit(failed === 0 ? 0 : 1);
