# Werkmaat: interface strings: errors, command-line help, language names, the tour (Bulgarian).
# Translation of the reference locale (en): same messages, attributes and variables.
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.

## Language names. Each locale names every language in its own language;
## a language's own locale gives its native name (the picker shows both).

language-en = английски
language-nl = нидерландски
language-pl = полски
language-ro = румънски
language-bg = български
language-uk = украински
language-hu = унгарски
language-lt = литовски
language-pt = португалски
language-es = испански

## Errors. They never repeat what the user typed or stored.

# $expected (number) - bytes a key must have; $actual (number) - bytes it has
error-invalid-key-length = Ключът на базата данни трябва да е { $expected ->
    [one] { $expected } байт
   *[other] { $expected } байта
}, но е { $actual ->
    [one] { $actual } байт
   *[other] { $actual } байта
}.
error-wrong-key = Този ключ не отваря профила. Нищо не е променено.
# $found (number) - version of the saved profile; $supported (number) - newest version this app reads
error-incompatible-version = Този профил е запазен с по-нова версия на Werkmaat (версия на базата данни: { $found }; тази версия на приложението чете само до версия { $supported }). Обновете приложението. Нищо не е променено.
error-closed = Профилът е затворен. Отворете го отново, за да продължите.
error-cancelled = Спряно. Нищо не е запазено или променено.
error-tampered = Някои запазени данни не могат да бъдат прочетени: повредени са или са променени извън Werkmaat.
error-storage = Werkmaat не успя да прочете или запише данните си на това устройство.
error-file = Werkmaat не успя да използва файл на това устройство. Проверете дали има свободно място и дали в папката може да се записва.
set-aside-warning = { $reason ->
        [lost] На { $at } запазените данни на този профил липсваха. Werkmaat започна отначало с празен профил.
       *[other] На { $at } запазените данни на този профил не можаха да бъдат прочетени. Werkmaat запази повреденото копие като { $file } и започна отначало с празен профил.
    }
cli-set-aside-acknowledge = След като прочетете това, изпълнете: werkmaat info --acknowledge
cli-opt-acknowledge = Спира показването на предупреждението за данни, които не могат да бъдат прочетени

## Explanations of a value that is not accepted.

invalid-bsn-format = Номерът BSN (burgerservicenummer) има 9 цифри.
invalid-bsn-checksum = Този номер BSN (burgerservicenummer) не е верен. Проверете цифрите в писмото от общината (gemeente) или от данъчната служба (Belastingdienst).
invalid-phone = Телефонният номер може да съдържа само цифри, интервали, +, - и скоби.
invalid-date-of-birth = Датата на раждане не може да е в бъдещето.
invalid-too-long = Този текст е твърде дълъг.
invalid-date = Напишете датата като година-месец-ден, например 2026-11-28.
invalid-key-file = Файлът с ключа трябва да съдържа точно 32 байта. Използвайте файла, който е създал Werkmaat, или създайте нов профил.
invalid-wipe-not-confirmed = Изтриването на профила не може да се отмени. Добавете --yes, ако сте сигурни.

## Command-line help

cli-about = Werkmaat: правата ви на работното място, личен дневник за здравето и списък за проверка на застраховките в Нидерландия. Работи без интернет.
cli-opt-data-dir = Папка с вашия профил (по подразбиране: папката за данни на този компютър)
cli-opt-locale = Езиците, които предпочитате, първо най-важният, разделени със запетаи (например: pl,en)
cli-opt-json = Извежда резултата като JSON (за други програми)
cli-opt-today = Използва тази дата като днешна за всички правила (YYYY-MM-DD)
cli-opt-key-file = Файл с 32-байтовия ключ на вашия профил (по подразбиране: файлът с ключа в папката на профила)
cli-cmd-info = Показва профила: версия, версия на базата данни, папка и език
cli-cmd-locales = Показва езиците, на които работи Werkmaat
cli-cmd-tour = Кратко представяне на това, което може Werkmaat, с временен профил
cli-cmd-details = Вашите лични данни (име, BSN, застраховка, личен лекар), съхранени криптирано
cli-cmd-details-show = Показва запазените ви данни
cli-cmd-details-set = Запазва данни; полетата, които не попълните, остават непроменени
cli-cmd-details-clear = Изтрива запазените ви данни
cli-cmd-wipe = Изтрива този профил завинаги: базата данни, резервните копия и файловете, създадени от него
cli-opt-yes = Потвърждава, че искате да изтриете профила
cli-error = Грешка

## Labels of the profile

info-version = Версия на Werkmaat
info-schema-version = Версия на базата данни
info-data-dir = Папка на профила
info-locale = Език
info-locales = Езици
locales-complete = пълен превод
locales-incomplete = непълен превод

## Personal details

details-full-name = Име и фамилия
details-date-of-birth = Дата на раждане
details-bsn = Номер BSN (burgerservicenummer)
details-phone = Телефон
details-insurer = Здравен застраховател (zorgverzekeraar)
details-policy-number = Номер на полицата (polisnummer)
details-gp-name = Личен лекар (huisarts)
details-gp-phone = Телефон на личния лекар
details-employer = Фирмата, в която работите (werkgever)
details-agency = Агенция за временна работа (uitzendbureau)
details-empty = Все още няма запазени данни.
details-saved = Данните ви са запазени криптирано на това устройство.
details-cleared = Данните ви бяха изтрити.
wipe-done = Профилът беше изтрит.

## The tour: a walk through Werkmaat on a temporary profile

tour-title = Werkmaat: кратко представяне
# $dir (string) - the temporary folder
tour-profile = Създаден е нов профил в { $dir }. Той е криптиран със собствен ключ, който телефонът пази в защитеното си хранилище за ключове.
# $count (number) - how many languages
tour-languages = Werkmaat работи на { $count ->
    [one] { $count } език
   *[other] { $count } езика
}:
# $requested (string) - languages a phone asks for; $chosen (string) - the languages Werkmaat uses, in order
tour-negotiation = Телефон, настроен на { $requested }, получава: { $chosen }
tour-details = Данните ви се съхраняват криптирано: нито един файл на профила не съдържа запазеното име.
tour-wrong-key = Друг ключ не може да отвори профила:
tour-reopen = Профилът е затворен и отворен отново с правилния ключ; запазените данни са още там.
tour-end = Край на представянето. Временният профил беше изтрит.

## Command-line help: headings and built-in options

cli-usage = Използване
cli-commands = Команди
cli-options = Опции
cli-opt-help = Показва тази помощ
cli-opt-version = Показва версията
invalid-key-file-missing = Файлът с ключа на този профил липсва. Без него профилът не може да се отвори.
invalid-usage = Werkmaat не разбра тази команда. Използвайте --help, за да видите какво можете да напишете.
tour-details-leak = Внимание: запазеното име е намерено във файл на профила. Криптирането не работи.
tour-failed = По време на представянето е открит проблем: Werkmaat не работи както трябва на това устройство.

## How facts are written. Translators: place the parts the way your language writes them.

# $amount (string) - the number, already written with this language's separators
format-money = { $amount } €
# $value (string) - the number, already written with this language's separators
format-percent = { $value }%
# $day (number) - day of the month; $month (string) - jan … dec; $year (string)
format-date = { $day } { $month ->
    [jan] януари
    [feb] февруари
    [mar] март
    [apr] април
    [may] май
    [jun] юни
    [jul] юли
    [aug] август
    [sep] септември
    [oct] октомври
    [nov] ноември
   *[dec] декември
} { $year } г.

## More errors

error-unknown-guide = Няма ръководство с това име.
error-unknown-phrase = Няма карта с фрази с това име.
error-content = Част от информацията, вградена в Werkmaat, не може да бъде прочетена. Обновете приложението или го инсталирайте отново.

## Guides and phrase cards

cli-cmd-guides = Правата ви на работа и в нидерландското здравеопазване, с прости думи и с източници
cli-cmd-guides-list = Показва списък с ръководствата
cli-cmd-guides-show = Показва едно ръководство
cli-cmd-guides-search = Търси в ръководствата
cli-cmd-guides-speech = Показва ръководство като текст за четене на глас, с езика на всяка част
cli-cmd-phrases = Карти, които да покажете на гише, на лекар, в аптека или на работодателя си: вашият език до нидерландския
cli-cmd-phrases-list = Показва списък с картите
cli-cmd-phrases-show = Показва една карта
cli-arg-guide-id = Името на ръководството, както е в списъка
cli-arg-phrase-id = Името на картата, както е в списъка
cli-arg-query = Думи, които да търсите
guides-sources = Източници
# $date (string) - the date the information was checked
guides-verified = Проверено по източниците на { $date }
# $date (string) - last day the value is known to be right; $source (string) - where to check
guides-stale = Това може да е остаряло: сума или правило в това ръководство е потвърдено само до { $date }, затова проверете в източника: { $source }
guides-no-results = Нищо не е намерено. Опитайте с друга дума или с нидерландска дума, например huisarts.
phrases-dutch = На нидерландски (Nederlands)
tour-guide = Ръководствата обясняват правата ви на работа и в нидерландското здравеопазване, с източници. Например:
# A word a user of this language would search for; it must occur in this language's guides
tour-search-query = застраховка
# $query (string) - the words searched for
tour-search = Търсенето на „{ $query }“ в ръководствата намира:
tour-card = Карта, която да покажете при лекаря, на вашия език и на нидерландски, с вашите запазени данни:

## The checklist

cli-cmd-checklist = Вашият списък за проверка на здравната застраховка: какво трябва да направите и до кога
cli-cmd-checklist-questions = Показва въпросите, които се отнасят за вас сега
cli-cmd-checklist-answer = Отговаря на въпрос (да или не, дата във вида YYYY-MM-DD, число или един от отговорите в списъка)
cli-cmd-checklist-show = Показва списъка ви за проверка с крайните срокове
cli-cmd-checklist-done = Отбелязва точка като изпълнена
cli-cmd-checklist-reset = Изтрива всички ваши отговори и отметки
cli-arg-question = Името на въпроса, както е в списъка с въпроси
cli-arg-value = Вашият отговор
cli-arg-item = Името на точката, както е в списъка за проверка
error-unknown-question = Няма въпрос с това име.
error-unknown-item = Тази точка не е в списъка ви за проверка в момента.
invalid-answer-yes-no = Отговорете с „да“ или „не“.
invalid-answer-number = Отговорете с число.
invalid-number-unclear = Не сме сигурни кое число имате предвид. Напишете го така: { $example } (или само цифри, без точки, запетаи и интервали).
invalid-answer-range = Това число не е възможно тук.
invalid-answer-option = Изберете един от отговорите в списъка.
# $count (number) - how many sources the guide names
tour-sources = { $count ->
    [one] ({ $count } източник)
   *[other] ({ $count } източника)
}
tour-checklist = Списъкът за проверка на застраховката за примерен работник чрез агенция. Той е започнал работа преди шест седмици, регистриран е в RNI и още няма нидерландска застраховка:

## The care finder

cli-cmd-care = Намира най-близкия личен лекар, дежурен пункт на личните лекари, спешно отделение или аптека
cli-cmd-care-nearest = Показва най-близките места за медицинска помощ
cli-cmd-care-search = Търси места за медицинска помощ по име или град
cli-cmd-care-now = Казва къде да потърсите помощ сега: при личния ви лекар, в дежурния пункт на личните лекари или на спешния номер
cli-cmd-care-overpass = Извежда заявката към OpenStreetMap за даден район, за да заредите места, когато имате интернет
cli-cmd-care-import = Зарежда места за медицинска помощ от отговор на OpenStreetMap (файл)
cli-opt-lat = Географската ширина на мястото, където сте, например 51.37
cli-opt-lon = Географската дължина на мястото, където сте, например 6.17
cli-opt-postcode = Вашият пощенски код, например 5911 или 5911 AB
cli-opt-limit = Колко места да се покажат
cli-opt-kind = Какво място търсите: gp (личен лекар), gp_post (дежурен пункт на личните лекари), emergency (спешно отделение) или pharmacy (аптека)
cli-opt-at = Часът, който да се използва вместо сегашния (например 2026-11-28T21:30:00+01:00)
cli-opt-urgent = Има опасност за живота
cli-opt-open-now = Само места, които според работното си време са отворени сега (или в часа от --at)
cli-opt-bbox = Районът: южната, западната, северната и източната граница в градуси, например 51.3,6.0,51.5,6.3
cli-arg-file = Файлът, който да се прочете
invalid-latitude = Географската ширина трябва да е число между -90 и 90.
invalid-longitude = Географската дължина трябва да е число между -180 и 180.
invalid-postcode-format = Нидерландският пощенски код има 4 цифри или 4 цифри и 2 букви, например 5911 AB.
invalid-postcode-unknown = Werkmaat не познава този пощенски код. Проверете го или посочете къде се намирате.
invalid-limit = Броят на местата трябва да е от 1 до 100.
invalid-place-kind = Изберете gp, gp_post, emergency или pharmacy.
invalid-entry-kind = Изберете symptom, incident, shift или care_contact.
invalid-origin = Посочете къде се намирате (--lat и --lon) или пощенския си код (--postcode).
invalid-time = Напишете часа като в този пример: 2026-11-28T21:30:00+01:00.
invalid-bbox = Посочете района с четири числа: южна, западна, северна и източна граница. Районът може да е широк най-много 5 градуса.
invalid-osm-answer = Този файл не е отговор от OpenStreetMap (Overpass) във формат JSON. Нищо не е заредено.
invalid-osm-extract = Този файл не е извадка от OpenStreetMap (.osm.pbf или .osm) или е повреден или непълен. Не е създаден пакет.
tour-care = Къде да потърси помощ сега човек в района с пощенски код { $postcode }:

## Content packs: updates of the information in Werkmaat

info-content = Версия на информацията
cli-cmd-pack = Обновления на информацията в Werkmaat (пакети с информация) и инструменти за издателите им
cli-cmd-pack-keygen = Създава нов ключ за подписване на пакети (за издатели)
cli-cmd-pack-build = Създава и подписва пакет от информацията в тази версия на Werkmaat (за издатели)
cli-cmd-pack-places = Създава и подписва пакет с места от извадка от OpenStreetMap: личен лекар (huisarts), huisartsenpost, аптеки и спешна помощ (spoedeisende hulp) (за издатели)
cli-cmd-pack-verify = Проверява пакет с помощта на публичен ключ (за издатели)
cli-cmd-pack-install = Инсталира пакет: само пакети, подписани с ключ, на който Werkmaat има доверие
cli-cmd-pack-rollback = Възстановява първоначалната информация, вградена в Werkmaat
cli-opt-out = Файлът, който да се запише
cli-opt-pack-key = Файлът с тайния ключ за подписване
cli-opt-pack-version = Версията на пакета: по-висока от версията на всеки предишен пакет
cli-opt-pack-parts = Кои части да влязат в пакета, разделени със запетаи (по подразбиране: всички)
cli-opt-pack-from = Папка с файлове, които заменят части (facts.json, guides.json, phrases.json, checklist.json, places.json)
cli-opt-pack-from-osm = Извадката от OpenStreetMap за четене (.osm.pbf или .osm)
cli-opt-public-key = Публичният ключ (64 шестнадесетични цифри)
invalid-public-key = Публичният ключ има 64 шестнадесетични цифри.
invalid-secret-key = Файлът с тайния ключ трябва да съдържа 64 шестнадесетични цифри.
invalid-pack-parts = Непозната част. Възможните части са: locales, facts, guides, phrases, checklist, places.
pack-refused-oversized = Това обновление е твърде голямо. Нищо не е инсталирано.
pack-refused-truncated = Това обновление е непълно: краят на файла липсва. Нищо не е инсталирано.
pack-refused-not-a-pack = Този файл не е обновление на Werkmaat. Нищо не е инсталирано.
pack-refused-signature = Това обновление не е подписано от издател, на когото Werkmaat има доверие, или е променено след подписването. Нищо не е инсталирано.
pack-refused-retired-key = Това обновление е подписано с ключ, който вече не се използва. Нищо не е инсталирано.
pack-refused-manifest = Това обновление не е съставено правилно. Нищо не е инсталирано.
pack-refused-format = Това обновление е направено за друга версия на Werkmaat. Нищо не е инсталирано.
pack-refused-hash = Една от частите на това обновление не съвпада с подписаното си описание. Нищо не е инсталирано.
pack-refused-older = Това обновление не е по-ново от информацията, която имате. Нищо не е инсталирано.
pack-refused-content = Частите на информацията в това обновление не си съответстват. Нищо не е инсталирано.

## Trusted time for the diary: time-stamps (RFC 3161) and why one is refused
invalid-anchor-garbage = Този файл не е отговор от услуга за времеви печат или е повреден.
invalid-anchor-not-granted = Услугата за времеви печат не издаде времеви печат. Опитайте отново по-късно или използвайте друга услуга.
invalid-anchor-imprint-mismatch = Този времеви печат е за други данни, а не за този дневник.
invalid-anchor-nonce-mismatch = Този отговор е за друга заявка. Направете нова заявка и я изпратете на услугата.
invalid-anchor-bad-signature = Подписът на този времеви печат не е верен: печатът е променен или подправен.
invalid-anchor-unsupported-algorithm = Werkmaat не може да провери този вид подпис. Проверява RSA и ECDSA P-256 със SHA-256.
invalid-anchor-missing-certificate = Липсва сертификатът на услугата за времеви печат. Посочете този сертификат като доверен сертификат.
invalid-anchor-untrusted = Този времеви печат идва от услуга, която не е в списъка ви с доверени сертификати.
invalid-anchor-not-valid-at-time = Сертификатът на услугата за времеви печат не е бил валиден в момента на времевия печат (например е бил изтекъл).
invalid-anchor-no-time-stamping-usage = Това е подписано със сертификат, който не е предназначен за времеви печати.
invalid-anchor-trusted-certificate = Довереният сертификат не може да бъде прочетен. Посочете PEM файл с един или повече сертификати.
invalid-anchor-empty-diary = Дневникът е празен. Първо добавете запис, а след това поискайте времеви печат.
invalid-anchor-no-request = Няма отворена заявка за този отговор. Направете нова заявка, изпратете я на услугата за времеви печат и добавете нейния отговор.
diary-anchor-requested = Заявката е запазена във файла { $file }. Когато имате интернет, изпратете този файл на услуга за времеви печат (RFC 3161), а след това добавете отговора ѝ с командата „werkmaat diary anchor add“.
diary-anchor-added = Времевият печат е добавен: { $tsa } потвърждава, че дневникът ви, до този запис включително, вече е съществувал в този момент: { $time }.

## The diary

cli-cmd-diary = Вашият личен дневник за симптоми и наранявания при работа: какво се е случило, кога и колко е силно
cli-cmd-diary-vocab = Показва симптомите и частите на тялото, от които можете да избирате
cli-cmd-diary-add = Добавя запис: симптом, злополука на работа, смяна или посещение при лекар
cli-cmd-diary-list = Показва записите ви, първо най-новите
cli-cmd-diary-get = Показва един запис с всички подробности
cli-cmd-diary-correct = Поправя запис: старата версия остава в историята
cli-cmd-diary-delete = Изтрива запис: в дневника остава видимо празно място
cli-cmd-diary-history = Показва всички версии на един запис
cli-cmd-diary-hours = Проверява смените ви спрямо правилата за работното време и почивката
cli-cmd-diary-verify = Проверява дневника или файл с дневник, който сте получили: всеки запис ли е такъв, какъвто е бил написан?
cli-cmd-diary-export = Записва дневника във файл, който изберете
cli-opt-symptom = Симптомът, както го показва `diary vocab`
cli-opt-body-part = Частта на тялото, както я показва `diary vocab`
cli-opt-severity = Колко е силно: от 0 (изобщо не) до 10 (възможно най-силно)
cli-opt-at-time = Кога (например 2026-11-28T06:30:00+01:00); по подразбиране: сега
cli-opt-note = Бележка с ваши думи
cli-opt-work-related = Причинено или влошено от работата
cli-opt-description = Какво се случи, с ваши думи
cli-opt-place = Къде се случи (например: хале 3, рампа за товарене)
cli-opt-task = Каква работа вършехте тогава
cli-opt-machine = Машината, инструментът или веществото, свързани със случая
cli-opt-witness = Името на човек, който го е видял (повторете за повече хора)
cli-opt-reported-to = На кого сте казали: employer (работодателя), agency (агенцията), bedrijfsarts (фирмения лекар), gp (личния лекар) или arbeidsinspectie (Инспекцията по труда); добавете @ и часа, ако го знаете (employer@2026-11-28T10:00:00+01:00); повторете за повече
cli-opt-start = Кога е започнала смяната (например 2026-11-28T06:00:00+01:00)
cli-opt-end = Кога е свършила смяната
cli-opt-break-minutes = Колко минути пауза сте имали по време на смяната
cli-opt-from = От този ден (YYYY-MM-DD)
cli-opt-to = До този ден (YYYY-MM-DD)
cli-opt-kind-entry = Само записи от този вид: symptom (симптом), incident (злополука на работа), shift (смяна) или care_contact (посещение при лекар)
cli-opt-export-file = Файл с дневник (JSON), който някой ви е дал
cli-opt-tsa-cert-verify = Проверява времевите печати във файла с дневник спрямо тези доверени сертификати (PEM), а не спрямо сертификатите във файла
cli-cmd-diary-anchor = Времеви печати: външна услуга потвърждава, че дневникът ви вече е съществувал в даден момент
cli-cmd-diary-anchor-request = Създава заявка за времеви печат за дневника в сегашния му вид
cli-opt-anchor-out = Къде да се запази заявката (файл .tsq, който да изпратите на услугата за времеви печат)
cli-cmd-diary-anchor-add = Добавя към дневника отговора на услугата за времеви печат
cli-arg-anchor-response = Отговорът на услугата за времеви печат (файл .tsr)
cli-opt-tsa-cert = Сертификатът на услугата за времеви печат, на който имате доверие (PEM)
cli-opt-format = Видът на файла: html (отчетът за лекаря), fhir (за медицински системи) или json (всичко, за проверка или за съхранение)
cli-opt-with-location = Записва във файла и местата, където сте били
cli-arg-entry = Кодът (id) на записа, както го показва списъкът
cli-cmd-diary-attach = Приложете снимка или документ (JPEG, PNG, HEIC или PDF, до 20 MB) към запис
cli-arg-attachment-file = Файлът, който прилагате
cli-opt-attachment-kind = Какво показва: photo (снимка), payslip (фиш за заплата, loonstrook), contract (договор), housing (жилище) или other (друго)
cli-cmd-diary-attachments = Покажете снимките и документите в дневника или към един запис
cli-cmd-diary-attachment = Запишете копие на приложение или го изтрийте
cli-cmd-diary-attachment-get = Запишете копие на приложение (без мястото, където е направено)
cli-cmd-diary-attachment-delete = Изтрийте приложение (дневникът пази отпечатъка му)
cli-arg-attachment = Кодът (id) на приложението, както го показва списъкът
cli-opt-attachment-out = Къде да се запише копието
cli-opt-attachment-with-location = Запазете в копието мястото, където е направена снимката
diary-attached = Приложено. Код (id): { $id }
diary-attachments-none = Няма приложени снимки или документи.
diary-attachment-saved = Записано без мястото, където е направено: { $file }
diary-attachment-saved-with-location = Записано с мястото, където е направено: { $file }
diary-attachment-deleted = Приложението е изтрито. Дневникът пази отпечатъка му (SHA-256), така че се вижда, че нещо липсва.
attachment-kind-photo = снимка
attachment-kind-payslip = фиш за заплата (loonstrook)
attachment-kind-contract = договор
attachment-kind-housing = жилище
attachment-kind-other = друго
error-unknown-entry = В дневника няма запис с този код (id).
invalid-symptom-code = Непознат симптом. Вижте списъка с `diary vocab`.
invalid-body-part = Непозната част на тялото. Вижте списъка с `diary vocab`.
invalid-severity = Посочете колко е силно с число от 0 до 10.
invalid-empty = Напишете поне няколко думи.
invalid-reported-to = Изберете на кого сте казали: employer, agency, bedrijfsarts, gp или arbeidsinspectie.
invalid-photo = За всяка снимка трябват името на файла и цифровият ѝ отпечатък SHA-256 (64 шестнадесетични цифри).
invalid-shift-order = Краят на смяната трябва да е след началото ѝ.
invalid-future-time = Записът не може да е по-късно от сега. Проверете датата и часа.
invalid-shift-length = Една смяна не може да е по-дълга от денонощие. Ако сте работили по-дълго, запишете го като две смени.
invalid-break = Паузата трябва да е по-кратка от смяната.
invalid-care-with = Изберете gp, gp_post, emergency или bedrijfsarts.
invalid-correction-kind = Поправката трябва да е от същия вид като записа.
invalid-diary-export = Този файл не е дневник, записан с Werkmaat.
error-unknown-attachment = Няма приложение с този код (id).
invalid-attachment-format = Този файл не е снимка (JPEG, PNG, HEIC) или PDF. Нищо не е записано.
invalid-attachment-too-large = Този файл е по-голям от 20 MB. Нищо не е записано. Намалете снимката или разделете документа.
invalid-attachment-kind = Изберете какво показва: photo (снимка), payslip (фиш за заплата, loonstrook), contract (договор), housing (жилище) или other (друго).
invalid-attachment-location-heic = Мястото, където е направена снимката, не може да се премахне от файл HEIC. Запишете я с --with-location само ако мястото може да се вижда, или я приложете отново като JPEG.
invalid-export-format = Изберете формат html (отчетът за лекаря), fhir или json.
diary-verify-ok = Дневникът е наред: нито един запис не е променян, откакто е написан.
diary-verify-bad = Дневникът не е наред: променен е, повреден е или не е пълен. Списъкът показва къде.
diary-no-breaches = В записаните ви смени няма нарушения на тези правила за работното време: { $rules }.
tour-diary = Личен дневник: дълга смяна и болката в гърба след нея. Werkmaat проверява смяната спрямо правилата за работното време и доказва, че нищо в дневника не е променено:
cli-cmd-diary-backup = Записва криптирано резервно копие на дневника, защитено с парола, която сами избирате
cli-cmd-diary-restore = Връща резервно копие в празен дневник, например на нов телефон
cli-opt-passphrase-file = Файл с паролата на резервното копие
invalid-backup = Този файл не е резервно копие от Werkmaat или е повреден или непълен. Нищо не е възстановено.
invalid-passphrase = Тази парола не отваря резервното копие. Нищо не е възстановено.
invalid-passphrase-short = Използвайте парола с поне 8 знака.
invalid-restore-not-empty = Резервно копие може да се върне само в празен дневник.
cli-opt-care-with = При кого сте били: gp (личния лекар), gp_post (дежурния пункт на личните лекари), emergency (спешното отделение) или bedrijfsarts (фирмения лекар)
cli-opt-limit-entries = Колко записа да се покажат
cli-opt-doctor-locale = Езикът на лекаря, който се показва до вашия в отчета (nl, ако не го посочите)
cli-opt-identity = Кои от запазените ви данни да влязат в експорта, разделени със запетаи: name, birth_date, bsn, employer, agency, insurer (ако не изберете: name и birth_date; номерът BSN само ако го поискате)
invalid-doctor-locale = Изберете за лекаря един от езиците на Werkmaat: nl, en, pl, ro, bg, uk, hu, lt, pt или es.
invalid-identity-field = Изберете данните за експорта от този списък, разделени със запетаи: name, birth_date, bsn, employer, agency, insurer.
tour-report = Отчетът за лекаря на вашия език, с нидерландския текст до него, е записан тук:

# Files the CLI reads and writes.
invalid-file-exists = Вече има файл с това име. Нищо не е записано.
cli-file-exists = Файлът { $path } вече съществува. Изберете друго име или добавете --force, за да го замените.
cli-file-in-profile = { $path } е в папката на вашия профил. Werkmaat не записва там: изберете файл извън тази папка.
cli-file-unreadable = Werkmaat не може да прочете файла { $path }. Проверете името и дали файлът съществува.
cli-key-file-damaged = Файлът с ключа { $path } е повреден: трябва да съдържа точно 32 байта. Werkmaat не го заменя, защото профилът ви се отваря само с истинския ключ. Възстановете файла с ключа от копие.
cli-not-text = Част от командата не е четим текст (UTF-8). Напишете я отново или преименувайте файла така, че името му да е обикновен текст.
cli-opt-force = Заменя файла, ако вече съществува
diary-verify-proves-witness = Съвпада и с последното състояние, запазено на това устройство, значи не са махани по-нови записи. Това не доказва кога са написани записите.
diary-verify-proves-head = Нищо извън телефона не потвърждава този дневник. Проверката доказва само, че той съвпада с отпечатъка си: сравнете го с отпечатък, който сте получили по-рано.
diary-verify-proves-anchor = Услуга за времеви печат е потвърдила дневника до определен момент: записите дотогава вече са съществували и не са променяни оттогава.
diary-verify-clock = Часовете на записите идват от часовника на телефона: те са това, което е показвал телефонът, а не доказателство.
invalid-witness-file = Контролният файл (името на файла с ключа плюс .witness) не може да се прочете. Не го изтривайте: той показва дали дневникът е върнат към по-старо състояние.
diary-damaged = Някои записи не могат да се прочетат (повредени са) и са пропуснати. Изпълнете „werkmaat diary verify“, за да видите кои.
