#!/usr/bin/env bash
# Types a six-week diary into a profile with the werkmaat binary, as the review of 2026-12 did:
# personal details, 24 shifts (a 13-hour day, a short rest, a night across the change to winter
# time), eight symptoms of which some stay mild, a work accident with a long link in the note,
# visits to care, one correction. Usage: sample-diary.sh WERKMAAT PROFILE_DIR LOCALE
set -euo pipefail
w=("$1" --data-dir "$2" --locale "$3" --json --today 2026-12-07)
add() { "${w[@]}" diary add "$@" >/dev/null; }

"${w[@]}" details set --name "Katarzyna Wójcik" --birth-date 1990-03-12 --bsn 123456782 \
  --employer "DC Venlo" --agency "Flex Uitzend BV" --insurer "Zilveren Kruis" >/dev/null

# Shifts: four a week, Monday to Thursday, from 26 October; one night crosses the DST change.
add shift --start 2026-10-24T22:00:00+02:00 --end 2026-10-25T07:00:00+01:00 --break-minutes 30
for week in 0 1 2 3 4 5; do
  for day in 0 1 2 3; do
    date=$(date -d "2026-10-26 +$((week * 7 + day)) days" +%Y-%m-%d)
    add shift --start "${date}T07:00:00+01:00" --end "${date}T15:30:00+01:00" --break-minutes 30
  done
done
add shift --start 2026-11-13T06:00:00+01:00 --end 2026-11-13T19:00:00+01:00 --break-minutes 30
add shift --start 2026-11-14T02:00:00+01:00 --end 2026-11-14T08:00:00+01:00 --break-minutes 15

id=$("${w[@]}" diary add symptom --symptom headache --severity 5 --at 2026-10-28T20:00:00+01:00 --note "Po nocnej zmianie" \
  | sed -n 's/.*"id": *"\([0-9a-f]*\)".*/\1/p')
"${w[@]}" diary correct "$id" --severity 6 >/dev/null
add symptom --symptom back-pain --body-part lower-back --severity 7 --at 2026-11-03T18:00:00+01:00 --work-related
add symptom --symptom back-pain --body-part lower-back --severity 8 --at 2026-11-10T18:00:00+01:00 --work-related
add symptom --symptom fatigue --severity 5 --at 2026-11-12T21:00:00+01:00
add symptom --symptom sleep-problems --severity 4 --at 2026-11-14T23:30:00+00:00
add incident --at 2026-11-11T10:15:00+01:00 --body-part hand-right --description \
  "A box fell on my hand. Photo: https://maps.google.com/maps?q=51.3704,6.1724&hl=nl&ll=51.370400000000,6.172400000000&z=17&t=m&layer=c&cbll=51.3704,6.1724" \
  --reported-to employer --reported-to agency
add symptom --symptom swelling --body-part hand-right --severity 7 --at 2026-11-11T12:00:00+01:00 --work-related
add symptom --symptom stress --severity 6 --at 2026-11-18T20:00:00+01:00
add symptom --symptom numbness --body-part fingers-right --severity 3 --at 2026-11-20T09:00:00+01:00
add symptom --symptom cough --severity 2 --at 2026-12-01T08:00:00+01:00
add care --at 2026-11-11T14:00:00+01:00 --with gp_post
add care --at 2026-11-13T09:00:00+01:00 --with gp
add care --at 2026-11-25T10:00:00+01:00 --with bedrijfsarts
