## Sharing the diary with an adviser (werkmaat diary share): one encrypted file that only the
## chosen people or organisations can open, with the standard tool `age`.

invalid-share-recipient = To nie jest klucz age (zaczyna się od age1…) ani organizacja, którą zna Werkmaat. Sprawdź, co wpisano. Nic nie zostało zapisane.
invalid-share-no-recipient = Wybierz co najmniej jedną osobę lub organizację, której chcesz to udostępnić. Nic nie zostało zapisane.

## README.txt inside the shared archive. $file, $folder and $manifest are file names; $head is a hash.

share-readme-title = Dziennik udostępniony z Werkmaat
share-readme-made = Utworzono { $date }.
share-readme-files = Co jest w tym archiwum:
share-readme-export = { $file }: cały dziennik jako dane (JSON). Każdy wpis i każda poprawka są w łańcuchu hashy.
share-readme-report = { $file }: raport dla lekarza (huisarts) lub doradcy. Otwórz go w przeglądarce. Drukuje się na papierze A4.
share-readme-attachments = { $folder }: zdjęcia i dokumenty z dziennika.
share-readme-location-removed = Z tych kopii usunięto dane o lokalizacji (GPS), więc ich hash różni się od hasha oryginału. { $manifest } podaje oba hashe.
share-readme-location-kept = Te kopie nadal mają dane o lokalizacji (GPS), bo użytkownik o to poprosił.
share-readme-left-out = Niektórych zdjęć HEIC nie ma w tym archiwum: nie da się z nich usunąć danych o lokalizacji (GPS). { $manifest } wymienia je z ich hashem.
share-readme-manifest = { $file }: każdy plik z jego rozmiarem i hashem SHA-256.
share-readme-verify = Jak sprawdzić, że w dzienniku nic nie zmieniono: uruchom "werkmaat diary verify --export { $file }" albo program sprawdzający napisany według publicznego formatu dziennika. Ostatni hash łańcucha musi być: { $head }
share-readme-check-files = Jak sprawdzić jeden plik: porównaj jego hash SHA-256 (na przykład przez "sha256sum") z { $manifest }.

## The command line

cli-cmd-diary-share = Udostępnij dziennik doradcy (związek zawodowy, prawnik, lekarz) w jednym zaszyfrowanym pliku, który tylko on może otworzyć
cli-opt-share-to = Kto może go otworzyć: klucz age (age1…) lub id organizacji. Możesz podać to kilka razy
cli-opt-share-out = Plik do zapisania. Wybierz nazwę, która nie mówi, co jest w środku
cli-opt-share-with-location = Zostaw dane o lokalizacji (GPS) w dzienniku i w udostępnianych zdjęciach
diary-shared = Zaszyfrowany plik jest gotowy: { $file }
diary-shared-counts = Wpisy: { $entries }. Załączniki: { $attachments }.
diary-shared-to = Tylko oni mogą go otworzyć:
diary-shared-left-out = Pominięte zdjęcia HEIC: { $count }. Nie da się z nich usunąć lokalizacji (GPS). Udostępnij z --with-location, żeby je dołączyć.

## Photos in the report for the doctor

report-attachments = Zdjęcia i dokumenty
report-attachment-original = SHA-256 oryginału
report-attachment-shown = SHA-256 tego małego obrazka
report-attachment-no-preview = Dla tego pliku nie można pokazać obrazka. Jego hash jest poniżej.
report-attachment-alt = Zdjęcie dołączone do tego wpisu
