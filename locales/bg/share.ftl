## Sharing the diary with an adviser (werkmaat diary share): one encrypted file that only the
## chosen people or organisations can open, with the standard tool `age`.

invalid-share-recipient = Това не е ключ age (започва с age1…) и не е организация, която Werkmaat познава. Проверете какво сте написали. Нищо не е записано.
invalid-share-no-recipient = Изберете поне един човек или една организация, с които да споделите. Нищо не е записано.

## README.txt inside the shared archive. $file, $folder and $manifest are file names; $head is a hash.

share-readme-title = Дневник, споделен от Werkmaat
share-readme-made = Създаден на { $date }.
share-readme-files = Какво има в този архив:
share-readme-export = { $file }: целият дневник като данни (JSON). Всеки запис и всяка поправка са във верига от хешове.
share-readme-report = { $file }: докладът за лекар (huisarts) или съветник. Отворете го в уеб браузър. Отпечатва се на хартия A4.
share-readme-attachments = { $folder }: снимките и документите от дневника.
share-readme-location-removed = Данните за местоположение (GPS) са премахнати от тези копия, затова хешът им не е същият като на оригинала. { $manifest } дава и двата хеша.
share-readme-location-kept = Тези копия още имат данните за местоположение (GPS), защото потребителят поиска това.
share-readme-left-out = Някои HEIC снимки не са в този архив: данните им за местоположение (GPS) не могат да се премахнат. { $manifest } ги изброява с техния хеш.
share-readme-manifest = { $file }: всеки файл с неговия размер и SHA-256 хеш.
share-readme-verify = Как да проверите, че нищо в дневника не е променено: пуснете "werkmaat diary verify --export { $file }" или програма за проверка, написана по публичния формат на дневника. Последният хеш на веригата трябва да е: { $head }
share-readme-check-files = Как да проверите един файл: сравнете неговия SHA-256 хеш (например със "sha256sum") с { $manifest }.

## The command line

cli-cmd-diary-share = Споделете дневника със съветник (синдикат, адвокат, лекар) в един криптиран файл, който само той може да отвори
cli-opt-share-to = Кой може да го отвори: ключ age (age1…) или id на организация. Можете да го дадете повече от веднъж
cli-opt-share-out = Файлът за записване. Изберете име, което не казва какво има вътре
cli-opt-share-with-location = Запазете данните за местоположение (GPS) в дневника и в снимките, които споделяте
diary-shared = Криптираният файл е готов: { $file }
diary-shared-counts = Записи: { $entries }. Прикачени файлове: { $attachments }.
diary-shared-to = Само те могат да го отворят:
diary-shared-left-out = Пропуснати HEIC снимки: { $count }. Местоположението им (GPS) не може да се премахне. Споделете с --with-location, за да ги включите.

## Photos in the report for the doctor

report-attachments = Снимки и документи
report-attachment-original = SHA-256 на оригинала
report-attachment-shown = SHA-256 на тази малка картинка
report-attachment-no-preview = За този файл не може да се покаже картинка. Хешът му е по-долу.
report-attachment-alt = Снимка към този запис
