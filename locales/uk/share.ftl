## Sharing the diary with an adviser (werkmaat diary share): one encrypted file that only the
## chosen people or organisations can open, with the standard tool `age`.

invalid-share-recipient = Це не ключ age (він починається з age1…) і не організація, яку знає Werkmaat. Перевірте, що ви ввели. Нічого не записано.
invalid-share-no-recipient = Виберіть хоча б одну людину або організацію, з якою поділитися. Нічого не записано.

## README.txt inside the shared archive. $file, $folder and $manifest are file names; $head is a hash.

share-readme-title = Щоденник, надісланий з Werkmaat
share-readme-made = Створено { $date }.
share-readme-files = Що є в цьому архіві:
share-readme-export = { $file }: увесь щоденник як дані (JSON). Кожен запис і кожне виправлення є в ланцюжку хешів.
share-readme-report = { $file }: звіт для лікаря (huisarts) або консультанта. Відкрийте його у веббраузері. Він друкується на папері A4.
share-readme-attachments = { $folder }: фото і документи зі щоденника.
share-readme-location-removed = З цих копій видалено дані про місцезнаходження (GPS), тому їхній хеш не такий, як в оригіналу. { $manifest } дає обидва хеші.
share-readme-location-kept = Ці копії ще мають дані про місцезнаходження (GPS), бо користувач про це попросив.
share-readme-left-out = Деяких фото HEIC немає в цьому архіві: з них не можна видалити дані про місцезнаходження (GPS). { $manifest } перелічує їх з їхнім хешем.
share-readme-manifest = { $file }: кожен файл з його розміром і хешем SHA-256.
share-readme-verify = Як перевірити, що в щоденнику нічого не змінили: запустіть "werkmaat diary verify --export { $file }" або програму перевірки, написану за відкритим форматом щоденника. Останній хеш ланцюжка має бути: { $head }
share-readme-check-files = Як перевірити один файл: порівняйте його хеш SHA-256 (наприклад, через "sha256sum") з { $manifest }.

## The command line

cli-cmd-diary-share = Поділитися щоденником з консультантом (профспілка, юрист, лікар) в одному зашифрованому файлі, який можуть відкрити тільки вони
cli-opt-share-to = Хто може його відкрити: ключ age (age1…) або id організації. Можна вказати кілька разів
cli-opt-share-out = Файл для запису. Виберіть назву, яка не каже, що всередині
cli-opt-share-with-location = Залишити дані про місцезнаходження (GPS) у щоденнику і фото, якими ви ділитеся
diary-shared = Зашифрований файл готовий: { $file }
diary-shared-counts = Записи: { $entries }. Вкладення: { $attachments }.
diary-shared-to = Відкрити його можуть тільки:
diary-shared-left-out = Пропущені фото HEIC: { $count }. З них не можна видалити місцезнаходження (GPS). Поділіться з --with-location, щоб їх додати.

## Photos in the report for the doctor

report-attachments = Фото і документи
report-attachment-original = SHA-256 оригіналу
report-attachment-shown = SHA-256 цього маленького зображення
report-attachment-no-preview = Для цього файлу не можна показати зображення. Його хеш нижче.
report-attachment-alt = Фото до цього запису
