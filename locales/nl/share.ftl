## Sharing the diary with an adviser (werkmaat diary share): one encrypted file that only the
## chosen people or organisations can open, with the standard tool `age`.

invalid-share-recipient = Dit is geen age-sleutel (die begint met age1…) en geen organisatie die Werkmaat kent. Controleer wat u hebt getypt. Er is niets geschreven.
invalid-share-no-recipient = Kies minstens één persoon of organisatie om mee te delen. Er is niets geschreven.

## README.txt inside the shared archive. $file, $folder and $manifest are file names; $head is a hash.

share-readme-title = Dagboek gedeeld vanuit Werkmaat
share-readme-made = Gemaakt op { $date }.
share-readme-files = Wat zit er in dit archief:
share-readme-export = { $file }: het hele dagboek als gegevens (JSON). Elke notitie en elke correctie staat in een hashketen.
share-readme-report = { $file }: het verslag voor een arts of adviseur. Open het in een webbrowser. Het print op A4-papier.
share-readme-attachments = { $folder }: de foto's en documenten van het dagboek.
share-readme-location-removed = Locatiegegevens (GPS) zijn uit deze kopieën gehaald. Daarom is hun hash niet dezelfde als die van het origineel. { $manifest } geeft beide hashes.
share-readme-location-kept = Deze kopieën hebben nog hun locatiegegevens (GPS), omdat de gebruiker daarom vroeg.
share-readme-left-out = Sommige HEIC-foto's zitten niet in dit archief: hun locatiegegevens (GPS) kunnen er niet uit worden gehaald. { $manifest } noemt ze met hun hash.
share-readme-manifest = { $file }: elk bestand met zijn grootte en SHA-256-hash.
share-readme-verify = Zo controleert u dat er niets in het dagboek is veranderd: voer "werkmaat diary verify --export { $file }" uit, of een controleprogramma volgens het openbare dagboekformaat. De laatste hash van de keten moet zijn: { $head }
share-readme-check-files = Eén bestand controleren: vergelijk de SHA-256-hash (bijvoorbeeld met "sha256sum") met { $manifest }.

## The command line

cli-cmd-diary-share = Deel het dagboek met een adviseur (vakbond, advocaat, arts) in één versleuteld bestand dat alleen zij kunnen openen
cli-opt-share-to = Wie het mag openen: een age-sleutel (age1…) of de id van een organisatie. U kunt dit vaker geven
cli-opt-share-out = Het bestand om te schrijven. Kies een naam die niet zegt wat erin zit
cli-opt-share-with-location = Locatiegegevens (GPS) in het dagboek en de foto's laten staan
diary-shared = Het versleutelde bestand is klaar: { $file }
diary-shared-counts = Notities: { $entries }. Bijlagen: { $attachments }.
diary-shared-to = Alleen deze kunnen het openen:
diary-shared-left-out = HEIC-foto's niet meegestuurd: { $count }. Hun locatie (GPS) kan er niet uit worden gehaald. Deel met --with-location om ze mee te sturen.

## Photos in the report for the doctor

report-attachments = Foto's en documenten
report-attachment-original = SHA-256 van het origineel
report-attachment-shown = SHA-256 van deze kleine afbeelding
report-attachment-no-preview = Van dit bestand kan geen afbeelding worden getoond. De hash staat hieronder.
report-attachment-alt = Foto bij deze notitie
