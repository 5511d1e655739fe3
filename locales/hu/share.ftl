## Sharing the diary with an adviser (werkmaat diary share): one encrypted file that only the
## chosen people or organisations can open, with the standard tool `age`.

invalid-share-recipient = Ez nem age-kulcs (age1…-gyel kezdődik), és nem is olyan szervezet, amelyet a Werkmaat ismer. Ellenőrizze, mit írt be. Semmi sem lett kiírva.
invalid-share-no-recipient = Válasszon legalább egy személyt vagy szervezetet, akivel megosztja. Semmi sem lett kiírva.

## README.txt inside the shared archive. $file, $folder and $manifest are file names; $head is a hash.

share-readme-title = A Werkmaatból megosztott napló
share-readme-made = Készült: { $date }.
share-readme-files = Mi van ebben az archívumban:
share-readme-export = { $file }: az egész napló adatként (JSON). Minden bejegyzés és minden javítás egy hash-láncban van.
share-readme-report = { $file }: a jelentés orvosnak (huisarts) vagy tanácsadónak. Nyissa meg egy böngészőben. A4-es papírra nyomtatható.
share-readme-attachments = { $folder }: a napló fényképei és dokumentumai.
share-readme-location-removed = Ezekből a másolatokból a helyadatokat (GPS) eltávolítottuk, ezért a hash-ük nem egyezik az eredetiével. A(z) { $manifest } mindkét hash-t megadja.
share-readme-location-kept = Ezekben a másolatokban még benne vannak a helyadatok (GPS), mert a felhasználó ezt kérte.
share-readme-left-out = Néhány HEIC fénykép nincs ebben az archívumban: a helyadataikat (GPS) nem lehet eltávolítani. A(z) { $manifest } felsorolja őket a hash-ükkel.
share-readme-manifest = { $file }: minden fájl a méretével és SHA-256 hash-ével.
share-readme-verify = Így ellenőrizheti, hogy a naplóban semmi sem változott: futtassa a "werkmaat diary verify --export { $file }" parancsot, vagy egy ellenőrző programot, amely a nyilvános naplóformátum szerint készült. A lánc utolsó hash-ének ennek kell lennie: { $head }
share-readme-check-files = Egy fájl ellenőrzése: hasonlítsa össze a SHA-256 hash-ét (például a "sha256sum" paranccsal) a(z) { $manifest } fájllal.

## The command line

cli-cmd-diary-share = A napló megosztása egy tanácsadóval (szakszervezet, ügyvéd, orvos) egyetlen titkosított fájlban, amelyet csak ő nyithat meg
cli-opt-share-to = Ki nyithatja meg: egy age-kulcs (age1…) vagy egy szervezet azonosítója. Többször is megadhatja
cli-opt-share-out = A kiírandó fájl. Olyan nevet válasszon, amely nem árulja el, mi van benne
cli-opt-share-with-location = A helyadatok (GPS) megtartása a naplóban és a megosztott fényképekben
diary-shared = A titkosított fájl kész: { $file }
diary-shared-counts = Bejegyzések: { $entries }. Mellékletek: { $attachments }.
diary-shared-to = Csak ők nyithatják meg:
diary-shared-left-out = Kihagyott HEIC fényképek: { $count }. A helyadatukat (GPS) nem lehet eltávolítani. Ossza meg a --with-location kapcsolóval, ha bele akarja tenni őket.

## Photos in the report for the doctor

report-attachments = Fényképek és dokumentumok
report-attachment-original = Az eredeti SHA-256 hash-e
report-attachment-shown = Ennek a kis képnek a SHA-256 hash-e
report-attachment-no-preview = Ehhez a fájlhoz nem mutatható kép. A hash-e lent látható.
report-attachment-alt = A bejegyzéshez csatolt fénykép
