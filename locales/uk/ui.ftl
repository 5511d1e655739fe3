# Werkmaat: interface strings: errors, command-line help, language names, the tour (Ukrainian).
# Translation of the reference locale (en): same messages, attributes and variables.
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.

## Language names. Each locale names every language in its own language;
## a language's own locale gives its native name (the picker shows both).

language-en = англійська
language-nl = нідерландська
language-pl = польська
language-ro = румунська
language-bg = болгарська
language-uk = українська
language-hu = угорська
language-lt = литовська
language-pt = португальська
language-es = іспанська

## Errors. They never repeat what the user typed or stored.

# $expected (number) - bytes a key must have; $actual (number) - bytes it has
error-invalid-key-length = Ключ бази даних має містити { $expected ->
    [one] { $expected } байт
    [few] { $expected } байти
    [many] { $expected } байтів
   *[other] { $expected } байта
}, а містить { $actual ->
    [one] { $actual } байт
    [few] { $actual } байти
    [many] { $actual } байтів
   *[other] { $actual } байта
}.
error-wrong-key = Цей ключ не відкриває профіль. Нічого не змінено.
# $found (number) - version of the saved profile; $supported (number) - newest version this app reads
error-incompatible-version = Цей профіль збережено новішою версією Werkmaat (версія бази даних: { $found }; ця версія застосунку читає лише версії до { $supported } включно). Оновіть застосунок. Нічого не змінено.
error-closed = Профіль закрито. Відкрийте його знову, щоб продовжити.
error-cancelled = Зупинено. Нічого не збережено і не змінено.
error-tampered = Деякі збережені дані неможливо прочитати: вони пошкоджені або їх змінили поза Werkmaat.
error-storage = Werkmaat не вдалося прочитати або записати свої дані на цьому пристрої.
error-file = Werkmaat не вдалося використати файл на цьому пристрої. Перевірте, чи є вільне місце і чи можна записувати в цю папку.
set-aside-warning = { $reason ->
        [lost] { $at } збережених даних цього профілю не виявилося. Werkmaat почав заново з порожнім профілем.
       *[other] { $at } збережені дані цього профілю не вдалося прочитати. Werkmaat зберіг пошкоджену копію як { $file } і почав заново з порожнім профілем.
    }
cli-set-aside-acknowledge = Коли прочитаєте це, виконайте: werkmaat info --acknowledge
cli-opt-acknowledge = Більше не показує попередження про дані, які не вдалося прочитати

## Explanations of a value that is not accepted.

invalid-bsn-format = Номер BSN (burgerservicenummer) має 9 цифр.
invalid-bsn-checksum = Цей номер BSN (burgerservicenummer) неправильний. Перевірте цифри в листі від муніципалітету (gemeente) або податкової служби (Belastingdienst).
invalid-phone = Номер телефону може містити лише цифри, пробіли, +, - і дужки.
invalid-date-of-birth = Дата народження не може бути в майбутньому.
invalid-too-long = Цей текст задовгий.
invalid-date = Напишіть дату як рік-місяць-день, наприклад 2026-11-28.
invalid-key-file = Файл ключа має містити рівно 32 байти. Використайте файл, який створив Werkmaat, або створіть новий профіль.
invalid-wipe-not-confirmed = Видалення профілю не можна скасувати. Додайте --yes, якщо ви впевнені.

## Command-line help

cli-about = Werkmaat: ваші права на роботі, особистий щоденник здоров'я та список для перевірки страхування в Нідерландах. Працює без інтернету.
cli-opt-data-dir = Папка з вашим профілем (за замовчуванням: папка даних цього комп'ютера)
cli-opt-locale = Бажані мови, спочатку найважливіша, через кому (наприклад: pl,en)
cli-opt-json = Виводить результат у форматі JSON (для інших програм)
cli-opt-today = Використовує цю дату як сьогоднішню для всіх правил (YYYY-MM-DD)
cli-opt-key-file = Файл із 32-байтовим ключем вашого профілю (за замовчуванням: файл ключа в папці профілю)
cli-cmd-info = Показує профіль: версію, версію бази даних, папку й мову
cli-cmd-locales = Показує мови, які знає Werkmaat
cli-cmd-tour = Коротке знайомство з можливостями Werkmaat на тимчасовому профілі
cli-cmd-details = Ваші особисті дані (ім'я, BSN, страховка, сімейний лікар), збережені в зашифрованому вигляді
cli-cmd-details-show = Показує ваші збережені дані
cli-cmd-details-set = Зберігає дані; поля, які ви не вкажете, залишаться без змін
cli-cmd-details-clear = Видаляє ваші збережені дані
cli-cmd-wipe = Назавжди видаляє цей профіль: базу даних, резервні копії та створені з нього файли
cli-opt-yes = Підтверджує, що ви хочете видалити профіль
cli-error = Помилка

## Labels of the profile

info-version = Версія Werkmaat
info-schema-version = Версія бази даних
info-data-dir = Папка профілю
info-locale = Мова
info-locales = Мови
locales-complete = повний переклад
locales-incomplete = неповний переклад

## Personal details

details-full-name = Ім'я та прізвище
details-date-of-birth = Дата народження
details-bsn = Номер BSN (burgerservicenummer)
details-phone = Телефон
details-insurer = Медична страхова компанія (zorgverzekeraar)
details-policy-number = Номер поліса (polisnummer)
details-gp-name = Сімейний лікар (huisarts)
details-gp-phone = Телефон сімейного лікаря
details-employer = Компанія, де ви працюєте (werkgever)
details-agency = Агенція з працевлаштування (uitzendbureau)
details-empty = Ще немає збережених даних.
details-saved = Ваші дані збережено в зашифрованому вигляді на цьому пристрої.
details-cleared = Ваші дані видалено.
wipe-done = Профіль видалено.

## The tour: a walk through Werkmaat on a temporary profile

tour-title = Werkmaat: коротке знайомство
# $dir (string) - the temporary folder
tour-profile = У папці { $dir } створено новий профіль. Він зашифрований власним ключем, який телефон зберігає у своєму захищеному сховищі ключів.
# $count (number) - how many languages
tour-languages = Werkmaat знає { $count ->
    [one] { $count } мову
    [few] { $count } мови
    [many] { $count } мов
   *[other] { $count } мови
}:
# $requested (string) - languages a phone asks for; $chosen (string) - the languages Werkmaat uses, in order
tour-negotiation = Телефон, налаштований на { $requested }, отримує: { $chosen }
tour-details = Ваші дані збережено в зашифрованому вигляді: жоден файл профілю не містить збереженого імені.
tour-wrong-key = Інший ключ не може відкрити профіль:
tour-reopen = Профіль закрито й знову відкрито правильним ключем; збережені дані на місці.
tour-end = Кінець знайомства. Тимчасовий профіль видалено.

## Command-line help: headings and built-in options

cli-usage = Використання
cli-commands = Команди
cli-options = Параметри
cli-opt-help = Показує цю довідку
cli-opt-version = Показує версію
invalid-key-file-missing = Немає файлу ключа цього профілю. Без нього профіль не можна відкрити.
invalid-usage = Werkmaat не зрозумів цю команду. Використайте --help, щоб побачити, що можна ввести.
tour-details-leak = Увага: збережене ім'я знайдено у файлі профілю. Шифрування не працює.
tour-failed = Під час знайомства виявлено проблему: Werkmaat не працює на цьому пристрої так, як має.

## How facts are written. Translators: place the parts the way your language writes them.

# $amount (string) - the number, already written with this language's separators
format-money = { $amount } €
# $value (string) - the number, already written with this language's separators
format-percent = { $value }%
# $day (number) - day of the month; $month (string) - jan … dec; $year (string)
format-date = { $day } { $month ->
    [jan] січня
    [feb] лютого
    [mar] березня
    [apr] квітня
    [may] травня
    [jun] червня
    [jul] липня
    [aug] серпня
    [sep] вересня
    [oct] жовтня
    [nov] листопада
   *[dec] грудня
} { $year } р.

## More errors

error-unknown-guide = Пам'ятки з такою назвою немає.
error-unknown-phrase = Картки з такою назвою немає.
error-content = Частину інформації, вбудованої у Werkmaat, неможливо прочитати. Оновіть або перевстановіть застосунок.

## Guides and phrase cards

cli-cmd-guides = Ваші права на роботі та в нідерландській медицині простими словами, з джерелами
cli-cmd-guides-list = Показує список пам'яток
cli-cmd-guides-show = Показує одну пам'ятку
cli-cmd-guides-search = Шукає в пам'ятках
cli-cmd-guides-speech = Показує пам'ятку як текст для читання вголос, із мовою кожної частини
cli-cmd-phrases = Картки, які можна показати на рецепції, лікарю, в аптеці чи роботодавцю: ваша мова поруч із нідерландською
cli-cmd-phrases-list = Показує список карток
cli-cmd-phrases-show = Показує одну картку
cli-arg-guide-id = Назва пам'ятки, як її показує список
cli-arg-phrase-id = Назва картки, як її показує список
cli-arg-query = Слова для пошуку
guides-sources = Джерела
# $date (string) - the date the information was checked
guides-verified = Перевірено за джерелами станом на { $date }.
# $date (string) - last day the value is known to be right; $source (string) - where to check
guides-stale = Ця інформація може бути застарілою: суму або правило в цій пам'ятці підтверджено лише до { $date }. Перевірте: { $source }
guides-no-results = Нічого не знайдено. Спробуйте інше слово або нідерландське слово, наприклад huisarts.
phrases-dutch = Нідерландською (Nederlands)
tour-guide = Пам'ятки пояснюють ваші права на роботі та в нідерландській медицині, з джерелами. Наприклад:
# A word a user of this language would search for; it must occur in this language's guides
tour-search-query = страхування
# $query (string) - the words searched for
tour-search = Пошук «{ $query }» у пам'ятках знаходить:
tour-card = Картка, яку можна показати в лікаря, вашою мовою і нідерландською, з вашими збереженими даними:

## The checklist

cli-cmd-checklist = Ваш список для перевірки медичного страхування: що ви повинні зробити і до якого строку
cli-cmd-checklist-questions = Показує запитання, які зараз стосуються вас
cli-cmd-checklist-answer = Зберігає вашу відповідь на запитання (yes/no, дата YYYY-MM-DD, число або один із варіантів)
cli-cmd-checklist-show = Показує ваш список зі строками
cli-cmd-checklist-done = Позначає пункт як виконаний
cli-cmd-checklist-reset = Видаляє всі ваші відповіді та позначки
cli-arg-question = Назва запитання, як її показує список запитань
cli-arg-value = Ваша відповідь
cli-arg-item = Назва пункту, як її показує ваш список
error-unknown-question = Запитання з такою назвою немає.
error-unknown-item = Цього пункту зараз немає у вашому списку.
invalid-answer-yes-no = Відповідайте yes (так) або no (ні).
invalid-answer-number = Відповідайте числом.
invalid-number-unclear = Ми не впевнені, яке число ви маєте на увазі. Напишіть його так: { $example } (або лише цифри, без крапок, ком і пробілів).
invalid-answer-range = Таке число тут неможливе.
invalid-answer-option = Виберіть одну з відповідей зі списку.
# $count (number) - how many sources the guide names
tour-sources = { $count ->
    [one] ({ $count } джерело)
    [few] ({ $count } джерела)
    [many] ({ $count } джерел)
   *[other] ({ $count } джерела)
}
tour-checklist = Список для перевірки страхування на прикладі працівника агенції, який почав працювати шість тижнів тому, зареєстрований у RNI і ще не має нідерландського медичного страхування:

## The care finder

cli-cmd-care = Шукає найближчого сімейного лікаря, чергову службу сімейних лікарів, відділення невідкладної допомоги або аптеку
cli-cmd-care-nearest = Показує найближчі місця, де надають медичну допомогу
cli-cmd-care-search = Шукає місця, де надають медичну допомогу, за назвою або містом
cli-cmd-care-now = Підказує, куди звертатися зараз: до сімейного лікаря, до чергової служби сімейних лікарів чи за екстреним номером
cli-cmd-care-overpass = Виводить запит до OpenStreetMap для певної місцевості, щоб завантажити місця, коли у вас буде інтернет
cli-cmd-care-import = Завантажує місця, де надають медичну допомогу, з відповіді OpenStreetMap (файлу)
cli-opt-lat = Географічна широта місця, де ви перебуваєте, наприклад 51.37
cli-opt-lon = Географічна довгота місця, де ви перебуваєте, наприклад 6.17
cli-opt-postcode = Ваш поштовий індекс, наприклад 5911 або 5911 AB
cli-opt-limit = Скільки місць показати
cli-opt-kind = Яке місце шукати: gp (сімейний лікар), gp_post (чергова служба сімейних лікарів), emergency (відділення невідкладної допомоги) або pharmacy (аптека)
cli-opt-at = Час, який треба використати замість поточного (наприклад 2026-11-28T21:30:00+01:00)
cli-opt-urgent = Є загроза життю
cli-opt-open-now = Лише місця, які за графіком роботи відкриті зараз (або в час із --at)
cli-opt-bbox = Місцевість: південна, західна, північна та східна межа в градусах, наприклад 51.3,6.0,51.5,6.3
cli-arg-file = Файл, який потрібно прочитати
invalid-latitude = Широта має бути числом від -90 до 90.
invalid-longitude = Довгота має бути числом від -180 до 180.
invalid-postcode-format = Нідерландський поштовий індекс складається з 4 цифр або з 4 цифр і 2 літер, наприклад 5911 AB.
invalid-postcode-unknown = Werkmaat не знає цього поштового індексу. Перевірте його або вкажіть, де ви перебуваєте.
invalid-limit = Кількість місць має бути від 1 до 100.
invalid-place-kind = Виберіть gp, gp_post, emergency або pharmacy.
invalid-entry-kind = Виберіть symptom, incident, shift або care_contact.
invalid-origin = Вкажіть, де ви перебуваєте (--lat і --lon), або свій поштовий індекс (--postcode).
invalid-time = Напишіть час, як у цьому прикладі: 2026-11-28T21:30:00+01:00.
invalid-bbox = Вкажіть місцевість чотирма числами: південна, західна, північна та східна межа. Ширина — не більше 5 градусів.
invalid-osm-answer = Цей файл не є відповіддю OpenStreetMap (Overpass) у форматі JSON. Нічого не завантажено.
invalid-osm-extract = Цей файл не є витягом OpenStreetMap (.osm.pbf або .osm), або він пошкоджений чи неповний. Пакет не створено.
tour-care = Куди звертатися зараз людині, яка перебуває в районі з поштовим індексом { $postcode }:

## Content packs: updates of the information in Werkmaat

info-content = Версія інформації
cli-cmd-pack = Оновлення інформації у Werkmaat (інформаційні пакети) та інструменти для їхніх видавців
cli-cmd-pack-keygen = Створює новий ключ для підписування пакетів (для видавців)
cli-cmd-pack-build = Створює й підписує пакет з інформації в цій версії Werkmaat (для видавців)
cli-cmd-pack-places = Створює й підписує пакет місць із витягу OpenStreetMap: сімейні лікарі (huisarts), huisartsenpost, аптеки та невідкладна допомога (spoedeisende hulp) (для видавців)
cli-cmd-pack-verify = Перевіряє пакет за допомогою відкритого ключа (для видавців)
cli-cmd-pack-install = Встановлює пакет: лише пакети, підписані ключем, якому довіряє Werkmaat
cli-cmd-pack-rollback = Повертає початкову інформацію, вбудовану у Werkmaat
cli-opt-out = Файл, який потрібно записати
cli-opt-pack-key = Файл із секретним ключем для підписування
cli-opt-pack-version = Версія пакета: вища, ніж у будь-якого попереднього пакета
cli-opt-pack-parts = Які частини додати до пакета, через кому (за замовчуванням: усі)
cli-opt-pack-from = Папка з файлами, які замінюють частини (facts.json, guides.json, phrases.json, checklist.json, places.json)
cli-opt-pack-from-osm = Витяг OpenStreetMap для читання (.osm.pbf або .osm)
cli-opt-public-key = Відкритий ключ (64 шістнадцяткові цифри)
invalid-public-key = Відкритий ключ складається з 64 шістнадцяткових цифр.
invalid-secret-key = Файл із секретним ключем має містити 64 шістнадцяткові цифри.
invalid-pack-parts = Невідома частина. Можливі частини: locales, facts, guides, phrases, checklist, places.
pack-refused-oversized = Це оновлення завелике. Нічого не встановлено.
pack-refused-truncated = Це оновлення неповне: у файлі бракує кінця. Нічого не встановлено.
pack-refused-not-a-pack = Цей файл не є оновленням Werkmaat. Нічого не встановлено.
pack-refused-signature = Це оновлення не підписав видавець, якому довіряє Werkmaat, або оновлення змінили після підписання. Нічого не встановлено.
pack-refused-retired-key = Це оновлення підписане ключем, який більше не використовується. Нічого не встановлено.
pack-refused-manifest = Це оновлення складене неправильно. Нічого не встановлено.
pack-refused-format = Це оновлення призначене для іншої версії Werkmaat. Нічого не встановлено.
pack-refused-hash = Одна з частин цього оновлення не збігається зі своїм підписаним описом. Нічого не встановлено.
pack-refused-older = Це оновлення не новіше за інформацію, яку ви вже маєте. Нічого не встановлено.
pack-refused-content = Інформація в цьому оновленні не узгоджена між собою. Нічого не встановлено.

## Trusted time for the diary: time-stamps (RFC 3161) and why one is refused
invalid-anchor-garbage = Цей файл не є відповіддю служби позначок часу, або він пошкоджений.
invalid-anchor-not-granted = Служба позначок часу не видала позначку часу. Спробуйте пізніше або скористайтеся іншою службою.
invalid-anchor-imprint-mismatch = Ця позначка часу стосується інших даних, а не цього щоденника.
invalid-anchor-nonce-mismatch = Ця відповідь належить до іншого запиту. Створіть новий запит і надішліть його службі.
invalid-anchor-bad-signature = Підпис на цій позначці часу неправильний: позначку змінили або підробили.
invalid-anchor-unsupported-algorithm = Werkmaat не може перевірити такий вид підпису. Він перевіряє RSA та ECDSA P-256 з SHA-256.
invalid-anchor-missing-certificate = Немає сертифіката служби позначок часу. Додайте цей сертифікат як довірений.
invalid-anchor-untrusted = Ця позначка часу надійшла від служби, якої немає у вашому списку довірених сертифікатів.
invalid-anchor-not-valid-at-time = Сертифікат служби позначок часу не був дійсним у момент створення позначки (наприклад, його строк уже минув).
invalid-anchor-no-time-stamping-usage = Це підписано сертифікатом, який не призначений для позначок часу.
invalid-anchor-trusted-certificate = Не вдається прочитати довірений сертифікат. Вкажіть файл PEM з одним або кількома сертифікатами.
invalid-anchor-empty-diary = Щоденник порожній. Спочатку зробіть запис, а потім запросіть позначку часу.
invalid-anchor-no-request = Для цієї відповіді немає відкритого запиту. Створіть новий запит, надішліть його службі позначок часу й додайте її відповідь.
diary-anchor-requested = Запит збережено у файлі: { $file }. Коли матимете доступ до інтернету, надішліть цей файл службі позначок часу (RFC 3161), а потім додайте її відповідь командою «werkmaat diary anchor add».
diary-anchor-added = Позначку часу додано. Служба { $tsa } підтверджує, що ваш щоденник (до цього запису включно) уже існував у цей момент: { $time }.

## The diary

cli-cmd-diary = Ваш особистий щоденник симптомів і травм на роботі: що сталося, коли і наскільки сильно
cli-cmd-diary-vocab = Показує симптоми й частини тіла, з яких можна вибирати
cli-cmd-diary-add = Додає запис: симптом, нещасний випадок на роботі, зміну або візит до лікаря
cli-cmd-diary-list = Показує ваші записи, спочатку найновіші
cli-cmd-diary-get = Показує один запис з усіма подробицями
cli-cmd-diary-correct = Виправляє запис: стара версія залишається в історії
cli-cmd-diary-delete = Видаляє запис: у щоденнику залишається видимий пропуск
cli-cmd-diary-history = Показує всі версії одного запису
cli-cmd-diary-hours = Перевіряє, чи ваші зміни відповідають правилам про робочий час і відпочинок
cli-cmd-diary-verify = Перевіряє щоденник або отриманий вами файл щоденника: чи кожен запис такий, яким його записали?
cli-cmd-diary-export = Зберігає щоденник у файл, який ви виберете
cli-opt-symptom = Симптом, як його показує `diary vocab`
cli-opt-body-part = Частина тіла, як її показує `diary vocab`
cli-opt-severity = Наскільки сильно: від 0 (зовсім немає) до 10 (найсильніше)
cli-opt-at-time = Коли (наприклад 2026-11-28T06:30:00+01:00); за замовчуванням: зараз
cli-opt-note = Нотатка вашими словами
cli-opt-work-related = Це спричинила або погіршила робота
cli-opt-description = Що сталося, вашими словами
cli-opt-place = Де це сталося (наприклад: цех 3, рампа для завантаження)
cli-opt-task = Яку роботу ви тоді виконували
cli-opt-machine = Машина, інструмент або речовина, пов'язані з випадком
cli-opt-witness = Ім'я людини, яка це бачила (повторіть для кількох людей)
cli-opt-reported-to = Кому ви повідомили: employer (роботодавцю), agency (агенції), bedrijfsarts (лікарю підприємства), gp (сімейному лікарю) або arbeidsinspectie (трудовій інспекції); додайте @ і час, якщо ви його знаєте (employer@2026-11-28T10:00:00+01:00); повторіть для кількох
cli-opt-start = Коли почалася зміна (наприклад 2026-11-28T06:00:00+01:00)
cli-opt-end = Коли закінчилася зміна
cli-opt-break-minutes = Скільки хвилин перерви було під час зміни
cli-opt-from = Від цього дня (YYYY-MM-DD)
cli-opt-to = До цього дня (YYYY-MM-DD)
cli-opt-kind-entry = Лише записи такого типу: symptom (симптом), incident (нещасний випадок на роботі), shift (зміна) або care_contact (візит до лікаря)
cli-opt-export-file = Файл щоденника (JSON), який вам хтось дав
cli-opt-tsa-cert-verify = Перевіряє позначки часу у файлі щоденника за цими довіреними сертифікатами (PEM), а не за сертифікатами з файлу
cli-cmd-diary-anchor = Позначки часу: зовнішня служба підтверджує, що ваш щоденник уже існував у певний момент
cli-cmd-diary-anchor-request = Створює запит на позначку часу для щоденника в його теперішньому стані
cli-opt-anchor-out = Куди зберегти запит (файл .tsq, який ви надішлете службі позначок часу)
cli-cmd-diary-anchor-add = Додає до щоденника відповідь служби позначок часу
cli-arg-anchor-response = Відповідь служби позначок часу (файл .tsr)
cli-opt-tsa-cert = Сертифікат служби позначок часу, якому ви довіряєте (PEM)
cli-opt-format = Тип файлу: html (звіт для лікаря), fhir (для медичних систем) або json (усе, для перевірки або зберігання)
cli-opt-with-location = Додає до файлу також місця, де ви були
cli-arg-entry = Код (id) запису, як його показує список
cli-cmd-diary-attach = Додайте до запису фото або документ (JPEG, PNG, HEIC чи PDF, до 20 MB)
cli-arg-attachment-file = Файл, який додаєте
cli-opt-attachment-kind = Що на ньому: photo (фото), payslip (розрахунковий лист, loonstrook), contract (договір), housing (житло) або other (інше)
cli-cmd-diary-attachments = Показати фото й документи в щоденнику або в одному записі
cli-cmd-diary-attachment = Зберегти копію вкладення або видалити його
cli-cmd-diary-attachment-get = Зберегти копію вкладення (без місця, де його зроблено)
cli-cmd-diary-attachment-delete = Видалити вкладення (щоденник зберігає його відбиток)
cli-arg-attachment = Код (id) вкладення, як у списку
cli-opt-attachment-out = Куди зберегти копію
cli-opt-attachment-with-location = Залишити в копії місце, де зроблено фото
diary-attached = Додано. Код (id): { $id }
diary-attachments-none = Немає доданих фото чи документів.
diary-attachment-saved = Збережено без місця, де це зроблено: { $file }
diary-attachment-saved-with-location = Збережено з місцем, де це зроблено: { $file }
diary-attachment-deleted = Вкладення видалено. Щоденник зберігає його відбиток (SHA-256), тож видно, що чогось бракує.
attachment-kind-photo = фото
attachment-kind-payslip = розрахунковий лист (loonstrook)
attachment-kind-contract = договір
attachment-kind-housing = житло
attachment-kind-other = інше
error-unknown-entry = У щоденнику немає запису з таким кодом (id).
invalid-symptom-code = Невідомий симптом. Подивіться список у `diary vocab`.
invalid-body-part = Невідома частина тіла. Подивіться список у `diary vocab`.
invalid-severity = Вкажіть, наскільки сильно, числом від 0 до 10.
invalid-empty = Напишіть хоча б кілька слів.
invalid-reported-to = Виберіть, кому ви повідомили: employer, agency, bedrijfsarts, gp або arbeidsinspectie.
invalid-photo = Для фото потрібні назва файлу та цифровий відбиток фото SHA-256 (64 шістнадцяткові цифри).
invalid-shift-order = Зміна має закінчуватися після того, як почалася.
invalid-future-time = Запис не може бути пізніше, ніж зараз. Перевірте дату й час.
invalid-shift-length = Зміна не може тривати довше за добу. Якщо ви працювали довше, запишіть це як дві зміни.
invalid-break = Перерва має бути коротшою за зміну.
invalid-care-with = Виберіть gp, gp_post, emergency або bedrijfsarts.
invalid-correction-kind = Виправлення має бути того самого типу, що й запис.
invalid-diary-export = Цей файл не є щоденником, збереженим у Werkmaat.
error-unknown-attachment = Немає вкладення з таким кодом (id).
invalid-attachment-format = Цей файл не є фотографією (JPEG, PNG, HEIC) чи PDF. Нічого не збережено.
invalid-attachment-too-large = Цей файл більший за 20 MB. Нічого не збережено. Зменште фото або розділіть документ.
invalid-attachment-kind = Виберіть, що на ньому: photo (фото), payslip (розрахунковий лист, loonstrook), contract (договір), housing (житло) або other (інше).
invalid-attachment-location-heic = Місце, де зроблено це фото, неможливо прибрати з файлу HEIC. Збережіть його з --with-location, лише якщо це місце можна бачити, або додайте фото ще раз як JPEG.
invalid-export-format = Виберіть формат html (звіт для лікаря), fhir або json.
diary-verify-ok = Щоденник у порядку: жоден запис не змінено відтоді, як його записали.
diary-verify-bad = Щоденник не в порядку: його змінено, пошкоджено або він неповний. Список показує, де саме.
diary-no-breaches = У записаних вами змінах немає порушень цих правил про робочий час: { $rules }.
tour-diary = Особистий щоденник: довга зміна і біль у спині після неї. Werkmaat перевіряє зміну за правилами про робочий час і доводить, що в щоденнику нічого не змінено:
cli-cmd-diary-backup = Зберігає зашифровану резервну копію щоденника, захищену паролем, який ви самі обираєте
cli-cmd-diary-restore = Повертає резервну копію в порожній щоденник, наприклад на новому телефоні
cli-opt-passphrase-file = Файл із паролем резервної копії
invalid-backup = Цей файл не є резервною копією Werkmaat, або він пошкоджений чи неповний. Нічого не відновлено.
invalid-passphrase = Цей пароль не відкриває резервну копію. Нічого не відновлено.
invalid-passphrase-short = Використайте пароль щонайменше з 8 символів.
invalid-restore-not-empty = Резервну копію можна повернути лише в порожній щоденник.
cli-opt-care-with = До кого ви зверталися: gp (сімейного лікаря), gp_post (чергової служби сімейних лікарів), emergency (відділення невідкладної допомоги) або bedrijfsarts (лікаря підприємства)
cli-opt-limit-entries = Скільки записів показати
cli-opt-doctor-locale = Мова лікаря, яку показано у звіті поруч із вашою (nl, якщо не вказати)
cli-opt-identity = Які з ваших збережених даних будуть в експорті, через кому: name, birth_date, bsn, employer, agency, insurer (якщо нічого не вибрати: name і birth_date; номер BSN лише тоді, коли ви попросите)
invalid-doctor-locale = Виберіть для лікаря одну з мов Werkmaat: nl, en, pl, ro, bg, uk, hu, lt, pt або es.
invalid-identity-field = Виберіть дані для експорту з цього списку, через кому: name, birth_date, bsn, employer, agency, insurer.
tour-report = Звіт для лікаря вашою мовою, з нідерландським текстом поруч, збережено тут:

# Files the CLI reads and writes.
invalid-file-exists = Файл із такою назвою вже існує. Нічого не записано.
cli-file-exists = Файл { $path } уже існує. Виберіть іншу назву або додайте --force, щоб замінити його.
cli-file-in-profile = { $path } лежить у папці вашого профілю. Werkmaat туди не записує: виберіть файл поза цією папкою.
cli-file-unreadable = Werkmaat не може прочитати файл { $path }. Перевірте назву і те, чи існує такий файл.
cli-key-file-damaged = Файл ключа { $path } пошкоджено: у ньому має бути рівно 32 байти. Werkmaat його не замінює, бо ваш профіль відкривається лише справжнім ключем. Відновіть файл ключа з копії.
cli-not-text = Частина команди не є читабельним текстом (UTF-8). Введіть її ще раз або перейменуйте файл так, щоб його назва була звичайним текстом.
cli-opt-force = Замінює файл, якщо він уже існує
diary-verify-proves-witness = Він також збігається з останнім станом, який зберіг цей пристрій, тож новіші записи не прибрано. Це не доводить, коли записи було зроблено.
diary-verify-proves-head = Ніщо поза телефоном не підтверджує цей щоденник. Перевірка доводить лише, що він збігається зі своїм відбитком: порівняйте його з відбитком, отриманим раніше.
diary-verify-proves-anchor = Служба позначок часу підтвердила щоденник до певного моменту: записи до цього місця вже тоді існували й відтоді не змінювалися.
diary-verify-clock = Час записів береться з годинника телефона: це те, що показував телефон, а не доказ.
invalid-witness-file = Не вдається прочитати контрольний файл (назва файлу ключа плюс .witness). Не видаляйте його: він показує, чи щоденник повернули до старішого стану.
diary-damaged = Деякі записи не вдається прочитати (пошкоджені), їх пропущено. Виконайте «werkmaat diary verify», щоб побачити, які саме.
