## Sharing the diary with an adviser (werkmaat diary share): one encrypted file that only the
## chosen people or organisations can open, with the standard tool `age`.

invalid-share-recipient = Aceasta nu este o cheie age (începe cu age1…) și nici o organizație pe care Werkmaat o cunoaște. Verificați ce ați scris. Nu s-a scris nimic.
invalid-share-no-recipient = Alegeți cel puțin o persoană sau o organizație cu care să împărțiți. Nu s-a scris nimic.

## README.txt inside the shared archive. $file, $folder and $manifest are file names; $head is a hash.

share-readme-title = Jurnal trimis din Werkmaat
share-readme-made = Făcut pe { $date }.
share-readme-files = Ce este în această arhivă:
share-readme-export = { $file }: tot jurnalul ca date (JSON). Fiecare înregistrare și fiecare corectare sunt într-un lanț de hash-uri.
share-readme-report = { $file }: raportul pentru un medic (huisarts) sau un consilier. Deschideți-l într-un browser. Se tipărește pe hârtie A4.
share-readme-attachments = { $folder }: fotografiile și documentele din jurnal.
share-readme-location-removed = Datele de locație (GPS) au fost scoase din aceste copii, deci hash-ul lor nu este același cu al originalului. { $manifest } dă ambele hash-uri.
share-readme-location-kept = Aceste copii au încă datele de locație (GPS), pentru că utilizatorul a cerut asta.
share-readme-left-out = Unele fotografii HEIC nu sunt în această arhivă: datele lor de locație (GPS) nu pot fi scoase. { $manifest } le arată cu hash-ul lor.
share-readme-manifest = { $file }: fiecare fișier cu mărimea lui și hash-ul SHA-256.
share-readme-verify = Ca să verificați că nimic din jurnal nu a fost schimbat: rulați "werkmaat diary verify --export { $file }" sau un program de verificare scris după formatul public al jurnalului. Ultimul hash al lanțului trebuie să fie: { $head }
share-readme-check-files = Ca să verificați un fișier: comparați hash-ul lui SHA-256 (de exemplu cu "sha256sum") cu { $manifest }.

## The command line

cli-cmd-diary-share = Trimiteți jurnalul unui consilier (sindicat, avocat, medic) într-un singur fișier criptat pe care doar el îl poate deschide
cli-opt-share-to = Cine îl poate deschide: o cheie age (age1…) sau id-ul unei organizații. Puteți da asta de mai multe ori
cli-opt-share-out = Fișierul de scris. Alegeți un nume care nu spune ce este înăuntru
cli-opt-share-with-location = Păstrați datele de locație (GPS) în jurnal și în fotografiile trimise
diary-shared = Fișierul criptat este gata: { $file }
diary-shared-counts = Înregistrări: { $entries }. Atașamente: { $attachments }.
diary-shared-to = Doar aceștia îl pot deschide:
diary-shared-left-out = Fotografii HEIC lăsate afară: { $count }. Locația lor (GPS) nu poate fi scoasă. Trimiteți cu --with-location ca să le includeți.

## Photos in the report for the doctor

report-attachments = Fotografii și documente
report-attachment-original = SHA-256 al originalului
report-attachment-shown = SHA-256 al acestei imagini mici
report-attachment-no-preview = Pentru acest fișier nu se poate arăta o imagine. Hash-ul lui este mai jos.
report-attachment-alt = Fotografie atașată la această înregistrare
