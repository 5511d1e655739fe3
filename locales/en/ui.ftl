# Werkmaat: interface strings (errors, command-line help, language names, the tour).
# Reference locale: every other locale has the same messages, attributes and variables.
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.

## Language names. Each locale names every language in its own language;
## a language's own locale gives its native name (the picker shows both).

language-en = English
language-nl = Dutch
language-pl = Polish
language-ro = Romanian
language-bg = Bulgarian
language-uk = Ukrainian
language-hu = Hungarian
language-lt = Lithuanian
language-pt = Portuguese
language-es = Spanish

## Errors. They never repeat what the user typed or stored.

# $expected (number) - bytes a key must have; $actual (number) - bytes it has
error-invalid-key-length = The database key must be { $expected } bytes long, but it has { $actual ->
    [one] { $actual } byte
   *[other] { $actual } bytes
}.
error-wrong-key = This key does not open the profile. Nothing was changed.
# $found (number) - version of the saved profile; $supported (number) - newest version this app reads
error-incompatible-version = This profile was saved by a newer version of Werkmaat (database version { $found }; this version reads up to { $supported }). Update the app. Nothing was changed.
error-closed = The profile is closed. Open it again to continue.
error-cancelled = Stopped. Nothing was saved or changed.
error-tampered = Some saved data cannot be read: it is damaged or was changed outside Werkmaat.
error-storage = Werkmaat could not read or write its data on this device.
error-file = Werkmaat could not use a file on this device. Check that there is free space and that the folder can be written to.
# Shown at every start until the user acknowledges it. $reason (string) - lost, truncated, not_a_database or malformed; $file (string) - the name of the copy kept in the profile folder; $at (string) - the date, already written out
set-aside-warning = { $reason ->
        [lost] On { $at } the saved data of this profile was missing. Werkmaat started again with an empty profile.
       *[other] On { $at } the saved data of this profile could not be read. Werkmaat kept the damaged copy as { $file } and started again with an empty profile.
    }
# The command that stops the warning above
cli-set-aside-acknowledge = When you have read this, run: werkmaat info --acknowledge
cli-opt-acknowledge = Stop showing the warning about data that could not be read

## Explanations of a value that is not accepted.

invalid-bsn-format = A BSN (burgerservicenummer) has 9 digits.
invalid-bsn-checksum = This BSN (burgerservicenummer) is not correct. Check the digits on your letter from the municipality (gemeente) or the tax office (Belastingdienst).
invalid-phone = A phone number can only have digits, spaces, +, - and brackets.
invalid-date-of-birth = The date of birth cannot be in the future.
invalid-too-long = This text is too long.
invalid-date = Write the date as year-month-day, for example 2026-11-28.
invalid-key-file = The key file must hold exactly 32 bytes. Use the file that Werkmaat made, or make a new profile.
invalid-wipe-not-confirmed = Deleting the profile cannot be undone. Add --yes if you are sure.

## Command-line help

cli-about = Werkmaat: your rights at work, a private health diary and an insurance checklist for the Netherlands. Works without internet.
cli-opt-data-dir = Folder that holds your profile (default: the data folder of this computer)
cli-opt-locale = Languages you prefer, most wanted first, separated by commas (for example: pl,en)
cli-opt-json = Print machine-readable JSON
cli-opt-today = Use this date as today for every rule (YYYY-MM-DD)
cli-opt-key-file = File with the 32-byte key of your profile (default: the key file in the profile folder)
cli-cmd-info = Show the profile: version, database version, folder and language
cli-cmd-locales = List the languages Werkmaat speaks
cli-cmd-tour = A short walk through what Werkmaat can do, on a temporary profile
cli-cmd-details = Your personal details (name, BSN, insurance, GP), stored encrypted
cli-cmd-details-show = Show your saved details
cli-cmd-details-set = Save details; fields you leave out stay as they are
cli-cmd-details-clear = Delete your saved details
cli-cmd-wipe = Delete this profile for good: database, backups and files made from it
cli-opt-yes = Confirm that you want to delete the profile
cli-error = Error

## Labels of the profile

info-version = Werkmaat version
info-schema-version = Database version
info-data-dir = Profile folder
info-locale = Language
info-locales = Languages
locales-complete = complete
locales-incomplete = not complete

## Personal details

details-full-name = Name
details-date-of-birth = Date of birth
details-bsn = Citizen service number (BSN)
details-phone = Phone
details-insurer = Health insurer (zorgverzekeraar)
details-policy-number = Policy number (polisnummer)
details-gp-name = GP (huisarts)
details-gp-phone = GP phone number
details-employer = Company where you work (werkgever)
details-agency = Employment agency (uitzendbureau)
details-empty = No details saved yet.
details-saved = Your details are saved, encrypted on this device.
details-cleared = Your details were deleted.
wipe-done = The profile was deleted.

## The tour: a walk through Werkmaat on a temporary profile

tour-title = Werkmaat: a short tour
# $dir (string) - the temporary folder
tour-profile = A new profile was made in { $dir }. It is encrypted with its own key, which a phone keeps in its secure key store.
# $count (number) - how many languages
tour-languages = Werkmaat speaks { $count ->
    [one] { $count } language
   *[other] { $count } languages
}:
# $requested (string) - languages a phone asks for; $chosen (string) - the languages Werkmaat uses, in order
tour-negotiation = A phone set to { $requested } gets: { $chosen }
tour-details = Your details are stored encrypted: none of the profile's files contains the name you saved.
tour-wrong-key = Another key cannot open the profile:
tour-reopen = Closed and opened again with the right key; the saved details are still there.
tour-end = End of the tour. The temporary profile was deleted.

## Command-line help: headings and built-in options

cli-usage = Usage
cli-commands = Commands
cli-options = Options
cli-opt-help = Show this help
cli-opt-version = Show the version
invalid-key-file-missing = The key file of this profile is missing. Without it the profile cannot be opened.
invalid-usage = This command was not understood. Use --help to see what you can type.
tour-details-leak = Warning: the saved name was found in a file of the profile. Encryption is not working.
tour-failed = The tour found a problem: Werkmaat does not work as it should on this device.

## How facts are written. Translators: place the parts the way your language writes them.

# $amount (string) - the number, already written with this language's separators
format-money = €{ $amount }
# $value (string) - the number, already written with this language's separators
format-percent = { $value }%
# $day (number) - day of the month; $month (string) - jan … dec; $year (string)
format-date = { $day } { $month ->
    [jan] January
    [feb] February
    [mar] March
    [apr] April
    [may] May
    [jun] June
    [jul] July
    [aug] August
    [sep] September
    [oct] October
    [nov] November
   *[dec] December
} { $year }

## More errors

error-unknown-guide = There is no guide with this name.
error-unknown-phrase = There is no phrase card with this name.
error-content = Part of the information built into Werkmaat cannot be read. Update or reinstall the app.

## Guides and phrase cards

cli-cmd-guides = Your rights at work and in Dutch health care, in plain words, with sources
cli-cmd-guides-list = List the guides
cli-cmd-guides-show = Show one guide
cli-cmd-guides-search = Search the guides
cli-cmd-guides-speech = Show a guide as text for reading aloud, with the language of each part
cli-cmd-phrases = Cards to show at a desk, a doctor, a pharmacy or your employer: your language beside Dutch
cli-cmd-phrases-list = List the cards
cli-cmd-phrases-show = Show one card
cli-arg-guide-id = The name of the guide, as the list shows it
cli-arg-phrase-id = The name of the card, as the list shows it
cli-arg-query = Words to look for
guides-sources = Sources
# $date (string) - the date the information was checked
guides-verified = Checked against the sources on { $date }.
# $date (string) - last day the value is known to be right; $source (string) - where to check
guides-stale = This may be out of date: an amount or rule in this guide was only confirmed until { $date }. Check: { $source }
guides-no-results = Nothing found. Try another word, or a Dutch word such as huisarts.
phrases-dutch = In Dutch (Nederlands)
tour-guide = Rights guides explain your rights at work and in Dutch health care, with sources. For example:
# A word a user of this language would search for; it must occur in this language's guides
tour-search-query = insurance
# $query (string) - the words searched for
tour-search = Searching the guides for "{ $query }" finds:
tour-card = A card to show at the doctor's, in your language and in Dutch, with your saved details:

## The checklist

cli-cmd-checklist = Your health-insurance checklist: what you must do, and by when
cli-cmd-checklist-questions = Show the questions that apply to you now
cli-cmd-checklist-answer = Answer a question (yes/no, a date YYYY-MM-DD, a number, or an option)
cli-cmd-checklist-show = Show your checklist with deadlines
cli-cmd-checklist-done = Mark an item as done
cli-cmd-checklist-reset = Delete all your answers and marks
cli-arg-question = The name of the question, as the question list shows it
cli-arg-value = Your answer
cli-arg-item = The name of the item, as the checklist shows it
error-unknown-question = There is no question with this name.
error-unknown-item = This item is not on your checklist now.
invalid-answer-yes-no = Answer yes or no.
invalid-answer-number = Answer with a number.
# $example (number) - an example number, written the locale's way: 45,000.50
invalid-number-unclear = We cannot be sure which number you mean. Write it like this: { $example } (or only digits, without dots, commas or spaces).
invalid-answer-range = This number is not possible here.
invalid-answer-option = Choose one of the answers on the list.
# $count (number) - how many sources the guide names
tour-sources = { $count ->
    [one] ({ $count } source)
   *[other] ({ $count } sources)
}
tour-checklist = The insurance checklist for an example worker: an agency worker who started six weeks ago, is registered in the RNI and has no Dutch insurance yet:

## The care finder

cli-cmd-care = Find the nearest family doctor, out-of-hours GP post, emergency department or pharmacy
cli-cmd-care-nearest = Show the nearest places of care
cli-cmd-care-search = Find places of care by name or town
cli-cmd-care-now = Say where to go now: your family doctor, the out-of-hours GP post or the emergency number
cli-cmd-care-overpass = Print the OpenStreetMap query for an area, to load places when you are online
cli-cmd-care-import = Load places of care from an OpenStreetMap answer (a file)
cli-opt-lat = Latitude of your position, for example 51.37
cli-opt-lon = Longitude of your position, for example 6.17
cli-opt-postcode = Your postcode, for example 5911 or 5911 AB
cli-opt-limit = How many places to show
cli-opt-kind = Which kind of place: gp, gp_post, emergency or pharmacy
cli-opt-at = The time to use instead of now (for example 2026-11-28T21:30:00+01:00)
cli-opt-urgent = It is life-threatening
cli-opt-open-now = Only places whose opening hours say they are open now (or at --at)
cli-opt-bbox = The area: south, west, north and east edge in degrees, for example 51.3,6.0,51.5,6.3
cli-arg-file = The file to read
invalid-latitude = The latitude must be a number between -90 and 90.
invalid-longitude = The longitude must be a number between -180 and 180.
invalid-postcode-format = A Dutch postcode has 4 digits, or 4 digits and 2 letters, for example 5911 AB.
invalid-postcode-unknown = Werkmaat does not know this postcode. Check it, or use your position.
invalid-limit = Ask for at least 1 and at most 100 places.
invalid-place-kind = Choose gp, gp_post, emergency or pharmacy.
invalid-entry-kind = Choose symptom, incident, shift or care_contact.
invalid-origin = Give your position (--lat and --lon) or your postcode (--postcode).
invalid-time = Write the time as in this example: 2026-11-28T21:30:00+01:00.
invalid-bbox = Give the area as four numbers: south, west, north and east, at most 5 degrees wide.
invalid-osm-answer = This file is not an OpenStreetMap (Overpass) answer in JSON. Nothing was loaded.
invalid-osm-extract = This file is not an OpenStreetMap extract (.osm.pbf or .osm), or it is damaged or cut off. No pack was made.
tour-care = Where to go now, for someone at postcode { $postcode }:

## Content packs: updates of the information in Werkmaat

info-content = Information version
cli-cmd-pack = Updates of the information in Werkmaat (content packs), and tools for their publishers
cli-cmd-pack-keygen = Make a new key for signing packs (for publishers)
cli-cmd-pack-build = Build and sign a pack from the information in this version of Werkmaat (for publishers)
cli-cmd-pack-places = Build and sign a places pack from an OpenStreetMap extract: GPs, out-of-hours posts, pharmacies and emergency departments (for publishers)
cli-cmd-pack-verify = Check a pack against a public key (for publishers)
cli-cmd-pack-install = Install a pack: only packs signed by a key Werkmaat trusts
cli-cmd-pack-rollback = Go back to the information that came with Werkmaat
cli-opt-out = The file to write
cli-opt-pack-key = The file with the secret signing key
cli-opt-pack-version = The version of the pack: higher than every earlier pack
cli-opt-pack-parts = Which parts to put in the pack, separated by commas (default: all)
cli-opt-pack-from = A folder with files that replace parts (facts.json, guides.json, phrases.json, checklist.json, places.json)
cli-opt-pack-from-osm = The OpenStreetMap extract to read (.osm.pbf or .osm)
cli-opt-public-key = The public key (64 hex digits)
invalid-public-key = A public key is 64 hexadecimal digits.
invalid-secret-key = A secret key file holds 64 hexadecimal digits.
invalid-pack-parts = Unknown part. The parts are: locales, facts, guides, phrases, checklist, places.
pack-refused-oversized = This update is too large. Nothing was installed.
pack-refused-truncated = This update is incomplete: the file was cut off. Nothing was installed.
pack-refused-not-a-pack = This file is not a Werkmaat update. Nothing was installed.
pack-refused-signature = This update is not signed by a publisher Werkmaat trusts, or it was changed after signing. Nothing was installed.
pack-refused-retired-key = This update is signed with a key that is no longer used. Nothing was installed.
pack-refused-manifest = This update is not put together correctly. Nothing was installed.
pack-refused-format = This update is made for another version of Werkmaat. Nothing was installed.
pack-refused-hash = A part of this update does not match its signed description. Nothing was installed.
pack-refused-older = This update is not newer than the information you have. Nothing was installed.
pack-refused-content = The information in this update does not fit together. Nothing was installed.

## Trusted time for the diary: time-stamps (RFC 3161) and why one is refused
invalid-anchor-garbage = This file is not an answer from a time-stamp service, or it is damaged.
invalid-anchor-not-granted = The time-stamp service did not give a time-stamp. Try again later, or use another service.
invalid-anchor-imprint-mismatch = This time-stamp is for other data, not for this diary.
invalid-anchor-nonce-mismatch = This answer belongs to another request. Make a new request and send it to the service.
invalid-anchor-bad-signature = The signature on this time-stamp is not correct: it was changed or forged.
invalid-anchor-unsupported-algorithm = Werkmaat cannot check this kind of signature. It checks RSA and ECDSA P-256 with SHA-256.
invalid-anchor-missing-certificate = The certificate of the time-stamp service is missing. Give this certificate as a trusted certificate.
invalid-anchor-untrusted = This time-stamp comes from a service that is not on your list of trusted certificates.
invalid-anchor-not-valid-at-time = The certificate of the time-stamp service was not valid at the time of the time-stamp (for example, it had expired).
invalid-anchor-no-time-stamping-usage = This was signed with a certificate that is not meant for time-stamps.
invalid-anchor-trusted-certificate = The trusted certificate cannot be read. Give a PEM file with one or more certificates.
invalid-anchor-empty-diary = The diary is empty. Write an entry first, then ask for a time-stamp.
invalid-anchor-no-request = There is no open request for this answer. Make a new request, send it to the time-stamp service, and add its answer.
diary-anchor-requested = The request is saved in { $file }. Send this file to a time-stamp service (RFC 3161) when you are online, then add its answer with "werkmaat diary anchor add".
diary-anchor-added = Time-stamp added: { $tsa } confirms that your diary, up to this entry, existed on { $time }.

## The diary

cli-cmd-diary = Your private symptom and work-injury diary: what happened, when, and how bad
cli-cmd-diary-vocab = Show the symptoms and body parts you can choose from
cli-cmd-diary-add = Add an entry: a symptom, an accident at work, a shift or a visit to a doctor
cli-cmd-diary-list = Show your entries, newest first
cli-cmd-diary-get = Show one entry with all its details
cli-cmd-diary-correct = Correct an entry: the old version stays in the history
cli-cmd-diary-delete = Delete an entry: it leaves a visible gap in the diary
cli-cmd-diary-history = Show every version of one entry
cli-cmd-diary-hours = Check your shifts against the rules for working hours and rest
cli-cmd-diary-verify = Check the diary, or a diary file you received: is every entry still as it was written?
cli-cmd-diary-export = Save the diary to a file you choose
cli-opt-symptom = The symptom, as `diary vocab` lists it
cli-opt-body-part = The part of the body, as `diary vocab` lists it
cli-opt-severity = How bad, from 0 (not at all) to 10 (the worst)
cli-opt-at-time = When (for example 2026-11-28T06:30:00+01:00); default: now
cli-opt-note = Your own words
cli-opt-work-related = It was caused or made worse by work
cli-opt-description = What happened, in your own words
cli-opt-place = Where it happened (for example: hall 3, loading dock)
cli-opt-task = What you were doing
cli-opt-machine = The machine, tool or substance involved
cli-opt-witness = The name of someone who saw it (repeat for more people)
cli-opt-reported-to = Who you told: employer, agency, bedrijfsarts, gp or arbeidsinspectie; add @ and the time if you know it (employer@2026-11-28T10:00:00+01:00); repeat for more
cli-opt-start = When the shift started (for example 2026-11-28T06:00:00+01:00)
cli-opt-end = When the shift ended
cli-opt-break-minutes = Minutes of break during the shift
cli-opt-from = From this day (YYYY-MM-DD)
cli-opt-to = Until this day (YYYY-MM-DD)
cli-opt-kind-entry = Only this kind: symptom, incident, shift or care_contact
cli-opt-export-file = A diary file (JSON) someone gave you
cli-opt-tsa-cert-verify = Check the time-stamps in the diary file against these trusted certificates (PEM) instead of the ones in the file
cli-cmd-diary-anchor = Time-stamps: let an outside service confirm when your diary existed
cli-cmd-diary-anchor-request = Make a time-stamp request for the diary as it is now
cli-opt-anchor-out = Where to save the request (a .tsq file to send to the time-stamp service)
cli-cmd-diary-anchor-add = Add the answer of the time-stamp service to the diary
cli-arg-anchor-response = The answer from the time-stamp service (a .tsr file)
cli-opt-tsa-cert = The certificate of the time-stamp service you trust (PEM)
cli-opt-format = The kind of file: html (the report for the doctor), fhir (for medical systems) or json (everything, to check or keep)
cli-opt-with-location = Put the places you were into the export too
cli-arg-entry = The id of the entry, as the list shows it
cli-cmd-diary-attach = Attach a photo or a document (JPEG, PNG, HEIC or PDF, up to 20 MB) to an entry
cli-arg-attachment-file = The file to attach
cli-opt-attachment-kind = What it shows: photo, payslip, contract, housing or other
cli-cmd-diary-attachments = List the photos and documents attached to the diary, or to one entry
cli-cmd-diary-attachment = Save a copy of an attachment, or delete it
cli-cmd-diary-attachment-get = Save a copy of an attachment (without the place where it was taken)
cli-cmd-diary-attachment-delete = Delete an attachment (the diary keeps its fingerprint)
cli-arg-attachment = The id of the attachment, as the list shows it
cli-opt-attachment-out = Where to save the copy
cli-opt-attachment-with-location = Keep the place where the photo was taken in the copy
# $id (string) - the id of the new attachment
diary-attached = Attached. Its id: { $id }
diary-attachments-none = No photos or documents are attached.
# $file (string) - the file written
diary-attachment-saved = Saved without the place where it was taken: { $file }
# $file (string) - the file written
diary-attachment-saved-with-location = Saved with the place where it was taken: { $file }
diary-attachment-deleted = The attachment is deleted. The diary keeps its fingerprint (SHA-256), so the gap shows.
attachment-kind-photo = photo
attachment-kind-payslip = payslip (loonstrook)
attachment-kind-contract = contract
attachment-kind-housing = housing
attachment-kind-other = other
error-unknown-entry = There is no diary entry with this id.
invalid-symptom-code = Unknown symptom. See `diary vocab` for the list.
invalid-body-part = Unknown part of the body. See `diary vocab` for the list.
invalid-severity = How bad it is must be a number from 0 to 10.
invalid-empty = Write at least a few words.
invalid-reported-to = Choose who you told: employer, agency, bedrijfsarts, gp or arbeidsinspectie.
invalid-photo = A photo needs its file name and its SHA-256 fingerprint (64 hexadecimal digits).
invalid-shift-order = A shift must end after it starts.
invalid-future-time = An entry cannot be later than now. Check the date and the time.
invalid-shift-length = A shift cannot be longer than a day. Log long work as two shifts.
invalid-break = The break cannot be as long as the shift.
invalid-care-with = Choose gp, gp_post, emergency or bedrijfsarts.
invalid-correction-kind = A correction must be of the same kind as the entry.
invalid-diary-export = This file is not a Werkmaat diary export.
error-unknown-attachment = There is no attachment with this id.
invalid-attachment-format = This file is not a photo (JPEG, PNG, HEIC) or a PDF. Nothing was saved.
invalid-attachment-too-large = This file is larger than 20 MB. Nothing was saved. Make the photo smaller or split the document.
invalid-attachment-kind = Choose what it shows: photo, payslip, contract, housing or other.
invalid-attachment-location-heic = The place where this photo was taken cannot be removed from a HEIC file. Save it with --with-location only if the place may be seen, or attach it again as a JPEG.
invalid-export-format = Choose the format html (the report for the doctor), fhir or json.
diary-verify-ok = The diary checks out: no entry was changed since it was written.
diary-verify-bad = The diary does not check out: it was changed, damaged or is incomplete. The list says where.
# $rules (string) - the names of the working-time rules checked, separated by commas
diary-no-breaches = No breaches in your logged shifts of these working-time rules: { $rules }.
tour-diary = A private diary: a long shift and the back pain after it. Werkmaat checks the shift against the working-time rules and proves that nothing in the diary was changed:
cli-cmd-diary-backup = Save an encrypted backup of the diary, protected by a passphrase you choose
cli-cmd-diary-restore = Put a backup back into an empty diary, for example on a new phone
cli-opt-passphrase-file = A file with the passphrase of the backup
invalid-backup = This file is not a Werkmaat backup, or it is damaged or cut off. Nothing was restored.
invalid-passphrase = The passphrase does not open this backup. Nothing was restored.
invalid-passphrase-short = Use a passphrase of at least 8 characters.
invalid-restore-not-empty = A backup can only be put back into an empty diary.
cli-opt-care-with = Who you saw: gp, gp_post, emergency or bedrijfsarts
cli-opt-limit-entries = How many entries to show
cli-opt-doctor-locale = The language of the doctor, shown beside yours in the report (nl if you leave it out)
cli-opt-identity = Which of your saved details go on the export, with commas between them: name, birth_date, bsn, employer, agency, insurer (name and birth_date if you leave it out; your BSN only if you ask)
invalid-doctor-locale = Choose one of the languages of Werkmaat for the doctor: nl, en, pl, ro, bg, uk, hu, lt, pt or es.
invalid-identity-field = Choose the details for the export from this list, with commas between them: name, birth_date, bsn, employer, agency, insurer.
tour-report = The report for the doctor, in your language with Dutch beside it, is saved here:

# Files the CLI reads and writes.
invalid-file-exists = A file with this name already exists. Nothing was written.
cli-file-exists = The file { $path } already exists. Choose another name, or add --force to replace it.
cli-file-in-profile = { $path } is inside the folder of your profile. Werkmaat does not write there: choose a file outside that folder.
cli-file-unreadable = Werkmaat cannot read the file { $path }. Check the name and that the file is there.
cli-key-file-damaged = The key file { $path } is damaged: it must hold exactly 32 bytes. Werkmaat does not replace it, because your profile opens only with the real key. Put back a copy of the key file.
cli-not-text = An argument on the command line is not readable text (UTF-8). Type it again, or rename the file so that its name is plain text.
cli-opt-force = Replace the file if it already exists
diary-verify-proves-witness = It also matches the last state this device kept, so no newer entries were taken away. It does not prove when the entries were written.
diary-verify-proves-head = Nothing outside the phone vouches for this diary. The check only proves that it matches its fingerprint: compare that with a fingerprint you received earlier.
diary-verify-proves-anchor = A time-stamp service confirmed the diary up to a time: the entries up to that point existed then and have not changed since.
diary-verify-clock = The times of the entries come from the phone's clock: they are what the phone said, not proof.
invalid-witness-file = The witness file (the key file's name plus .witness) cannot be read. Do not delete it: it shows if the diary was put back to an older state.
diary-damaged = Some entries cannot be read (damaged) and are left out. Run "werkmaat diary verify" to see which.
