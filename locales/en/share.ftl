## Sharing the diary with an adviser (werkmaat diary share): one encrypted file that only the
## chosen people or organisations can open, with the standard tool `age`.

invalid-share-recipient = This is not an age key (it starts with age1…) and not an organisation that Werkmaat knows. Check what you typed. Nothing was written.
invalid-share-no-recipient = Choose at least one person or organisation to share with. Nothing was written.

## README.txt inside the shared archive. $file, $folder and $manifest are file names; $head is a hash.

share-readme-title = Diary shared from Werkmaat
share-readme-made = Made on { $date }.
share-readme-files = What is in this archive:
share-readme-export = { $file }: the whole diary as data (JSON). Every entry and every correction is in a hash chain.
share-readme-report = { $file }: the report for a doctor or adviser. Open it in a web browser. It prints on A4 paper.
share-readme-attachments = { $folder }: the photos and documents of the diary.
share-readme-location-removed = Location data (GPS) was removed from these copies, so their hash is not the same as the original's. { $manifest } gives both hashes.
share-readme-location-kept = These copies still have their location data (GPS), because the user asked for it.
share-readme-left-out = Some HEIC photos are not in this archive: their location data (GPS) cannot be removed. { $manifest } lists them with their hash.
share-readme-manifest = { $file }: every file with its size and SHA-256 hash.
share-readme-verify = To check that nothing in the diary was changed: run "werkmaat diary verify --export { $file }", or a checker written from the public diary format. The last hash of the chain must be: { $head }
share-readme-check-files = To check one file: compare its SHA-256 hash (for example with "sha256sum") with { $manifest }.

## The command line

cli-cmd-diary-share = Share the diary with an adviser (union, lawyer, doctor) in one encrypted file that only they can open
cli-opt-share-to = Who may open it: an age key (age1…) or the id of an organisation. You can give it more than once
cli-opt-share-out = The file to write. Choose a name that does not say what is inside
cli-opt-share-with-location = Keep location data (GPS) in the diary and the photos you share
diary-shared = The encrypted file is ready: { $file }
diary-shared-counts = Entries: { $entries }. Attachments: { $attachments }.
diary-shared-to = Only these can open it:
diary-shared-left-out = HEIC photos left out: { $count }. Their location (GPS) cannot be removed. Share with --with-location to include them.

## Photos in the report for the doctor

report-attachments = Photos and documents
report-attachment-original = SHA-256 of the original
report-attachment-shown = SHA-256 of this small picture
report-attachment-no-preview = No picture can be shown for this file. Its hash is below.
report-attachment-alt = Photo attached to this entry
