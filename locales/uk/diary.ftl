# Werkmaat: the symptom and work-injury diary (Ukrainian). Symptom names (symptom-<code>), the body map
# (region-<id>, and the sides), and the diary's own words. Plain words a worker uses.

## Symptoms

symptom-pain = Біль
symptom-headache = Головний біль
symptom-back-pain = Біль у спині
symptom-neck-pain = Біль у шиї
symptom-joint-pain = Біль у суглобах
symptom-muscle-pain = Біль у м'язах
symptom-chest-pain = Біль у грудях
symptom-abdominal-pain = Біль у животі
symptom-toothache = Зубний біль
symptom-dizziness = Запаморочення
symptom-fainting = Непритомність
symptom-fatigue = Втома
symptom-fever = Висока температура
symptom-chills = Озноб
symptom-cough = Кашель
symptom-shortness-of-breath = Задишка
symptom-wheezing = Свист під час дихання
symptom-sore-throat = Біль у горлі
symptom-runny-nose = Нежить
symptom-nausea = Нудота
symptom-vomiting = Блювання
symptom-diarrhoea = Пронос
symptom-constipation = Закреп
symptom-heartburn = Печія
symptom-loss-of-appetite = Немає апетиту
symptom-rash = Висип
symptom-itching = Свербіж
symptom-burn = Опік
symptom-cut = Поріз або рана
symptom-bruise = Синець
symptom-swelling = Набряк
symptom-numbness = Оніміння
symptom-tingling = Поколювання
symptom-weakness = Слабкість
symptom-stiffness = Скутість
symptom-eye-irritation = Біль або подразнення в очах
symptom-blurred-vision = Нечіткий зір
symptom-hearing-problems = Проблеми зі слухом
symptom-ringing-ears = Дзвін у вухах
symptom-palpitations = Швидке або сильне серцебиття
symptom-sleep-problems = Проблеми зі сном
symptom-anxiety = Тривога
symptom-low-mood = Пригнічений настрій
symptom-stress = Стрес
symptom-panic = Паніка
symptom-difficulty-concentrating = Важко зосередитися
symptom-breathing-in-dust-or-fumes = Вдихання пилу, диму чи випарів
symptom-allergic-reaction = Алергічна реакція

## Body map

region-head = Голова
region-face = Обличчя
region-eye = Око
region-ear = Вухо
region-nose = Ніс
region-mouth-teeth = Рот і зуби
region-neck = Шия
region-throat = Горло
region-chest = Груди
region-upper-back = Верхня частина спини
region-lower-back = Поперек
region-abdomen = Живіт
region-groin = Пах
region-shoulder = Плече (плечовий суглоб)
region-upper-arm = Рука вище ліктя
region-elbow = Лікоть
region-forearm = Передпліччя
region-wrist = Зап'ястя
region-hand = Кисть руки
region-fingers = Пальці руки
region-hip = Тазостегновий суглоб
region-thigh = Стегно
region-knee = Коліно
region-lower-leg = Гомілка
region-ankle = Щиколотка
region-foot = Стопа
region-toes = Пальці ноги
region-skin = Шкіра
region-whole-body = Усе тіло
# $part (string) - a body region; the side follows
# Ukrainian: the adverbs "зліва/справа" (as in Ukrainian medical records: "коліно зліва" = the left knee),
# so that no adjective has to agree with the region's gender and "left side of the knee" is not meant.
region-left = { $part }, зліва
region-right = { $part }, справа

## The report for the doctor
# A printed report the user hands to a GP, bedrijfsarts, union or inspector. Every heading and coded
# value also appears in Dutch beside it, so write these as short labels a doctor reads quickly.

report-title = Щоденник симптомів і роботи
report-kept-by = Щоденник веде сам пацієнт у застосунку Werkmaat. Це власні записи пацієнта, а не діагноз.
# $from, $to (string) - dates
report-period = Період: з { $from } до { $to }
# $date (string) - a date
report-made-on = Складено { $date }
report-identity-none = Пацієнт вирішив не додавати особисті дані до цього звіту.
report-identity-name = Ім'я та прізвище
report-identity-birth_date = Дата народження
report-identity-bsn = Номер BSN (burgerservicenummer)
report-identity-employer = Роботодавець (werkgever)
report-identity-agency = Агенція з працевлаштування (uitzendbureau)
report-identity-insurer = Медична страхова компанія (zorgverzekeraar)
report-page = Сторінка { $page } з { $pages }
report-chart-left-out = Немає на графіку, бо ніколи не було сильніше ніж { $severity }/10: { $symptoms }
report-chart-data = Дані графіка
report-chart-readings = Дата і час: наскільки сильно (0-10)
report-weeks = Години роботи за тиждень
report-week = Тиждень
report-hours-worked = Години роботи (без перерв)
report-appendix-shifts = Додаток: усі зміни
report-shift-start = Початок
report-shift-end = Кінець
report-summary = Підсумок
report-symptoms = Симптоми
# $date (string) - the date of the first entry
report-since = з { $date }
# $severity (number) - 0 to 10
report-worst = найсильніше { $severity }/10
# $count (number) - how many entries
report-times = { $count ->
    [one] { $count } запис
    [few] { $count } записи
    [many] { $count } записів
   *[other] { $count } запису
}
report-work-related = Спричинено або погіршено роботою
report-incidents = Нещасні випадки на роботі
report-none = Немає
report-breaches = Порушення правил про робочий час
report-chart = Як змінювалася сила скарг
report-chart-scale = 0 = немає скарг, 10 = найсильніше, що можна уявити
report-entries = Записи
report-kind-symptom = Симптом
report-kind-incident = Нещасний випадок на роботі
report-kind-shift = Зміна
report-kind-care_contact = Візит до лікаря
report-field-body-part = Де
report-field-severity = Наскільки сильно (0-10)
report-field-duration = Як довго
report-field-helps = Що допомагає
report-field-worsens = Що погіршує
report-field-medication = Прийняті ліки
report-field-missed-work = Пропущена робота
report-field-place = Місце
report-field-task = Завдання
report-field-machine = Обладнання або речовина
report-field-what-happened = Що сталося
report-field-injuries = Травми
report-field-witnesses = Свідки
report-field-reported-to = Кому повідомлено
report-field-photos = Фото (зберігаються в телефоні)
report-field-break = Перерва
report-field-with = Медична допомога
report-field-advice = Порада
report-field-note = Нотатка
report-field-recorded = Записано
# $revision (number) - the revision number of a corrected entry
report-corrected = Виправлено: версія { $revision }
# $minutes (number)
report-minutes = { $minutes } хв
# $hours (number)
report-hours = { $hours } год
report-yes = Так
report-no = Ні
# $language (string) - the name of the app language, e.g. "Polski"
# Ukrainian: the language name stands in brackets as a label, so it need not be declined.
report-own-words = Власні слова пацієнта (мова застосунку: { $language }):
report-who-employer = Роботодавець
report-who-agency = Агенція з працевлаштування
report-who-bedrijfsarts = Лікар підприємства (bedrijfsarts)
report-who-gp = Сімейний лікар (huisarts)
report-who-arbeidsinspectie = Трудова інспекція (Arbeidsinspectie)
report-care-gp = Сімейний лікар (huisarts)
report-care-gp_post = Чергова служба сімейних лікарів (huisartsenpost)
report-care-emergency = Відділення невідкладної допомоги (spoedeisende hulp)
report-care-bedrijfsarts = Лікар підприємства (bedrijfsarts)
# $limit, $actual (number) - hours, or minutes for the break rule
report-rule-max-shift = Робочий день довший за { $limit } год: { $actual } год роботи (без перерв)
    .name = тривалість робочого дня
report-rule-break = Перерва коротша за { $limit } хв: { $actual } хв (колективний договір, CAO, може дозволяти коротші перерви)
    .name = перерви
report-rule-daily-rest = Менше ніж { $limit } год безперервного відпочинку за 24 години: { $actual } год
    .name = відпочинок між робочими днями
report-rule-weekly-rest = Менше ніж { $limit } год відпочинку за тиждень і недостатньо відпочинку також за два тижні: { $actual } год
    .name = відпочинок за тиждень
report-rule-max-week-hours = Понад { $limit } год роботи за тиждень: { $actual } год
    .name = години за тиждень
report-rule-average-4-weeks = У середньому понад { $limit } год роботи на тиждень за 4 тижні: { $actual } год (якщо ваш CAO не встановлює іншого середнього)
    .name = середнє за 4 тижні
report-rule-average-16-weeks = У середньому понад { $limit } год роботи на тиждень за 16 тижнів: { $actual } год
    .name = середнє за 16 тижнів
report-rule-night-shift-length = Нічна зміна довша за { $limit } год: { $actual } год (довша нічна зміна дозволена лише кілька разів і з достатнім відпочинком після неї)
    .name = тривалість нічної зміни
report-rule-night-rest = Менше ніж { $limit } год відпочинку після нічної зміни, що закінчилася після 02:00: { $actual } год
    .name = відпочинок після нічної зміни
report-rule-night-series-rest = Менше ніж { $limit } год відпочинку після серії нічних змін: { $actual } год
    .name = відпочинок після серії нічних змін
report-rule-night-shifts-count = Понад { $limit } нічних змін за 16 тижнів: { $actual } (CAO може дозволяти більше)
    .name = кількість нічних змін
report-rule-night-average-16-weeks = За багатьох нічних змін у середньому понад { $limit } год роботи на тиждень за 16 тижнів: { $actual } год
    .name = середнє за 16 тижнів із нічними змінами
report-rules-checked = Перевірені правила: { $rules }
# $source (string) - the law or page the rule comes from
report-rule-source = Джерело: { $source }
report-check = Перевірка, що нічого не змінено
# $entries, $revisions, $gaps (number) - entries now, versions of entries written, entries deleted
report-check-counts = Записи: { $entries }. Версії: { $revisions }. Видалено: { $gaps }.
report-check-head = Цифровий відбиток усього щоденника (SHA-256):
report-check-how = Попросіть у пацієнта щоденник, збережений у файлі JSON, і перевірте його командою «werkmaat diary verify --export FILE»: вона має показати той самий відбиток. Будь-яка зміна в раніше зробленому записі змінює відбиток.
report-check-proves = Що це доводить: записи такі, якими їх зробили, якщо відбиток збігається з отриманим раніше або підтвердженим позначкою часу. Це не доводить, коли їх зроблено.
report-check-clock = Час записів береться з годинника телефона пацієнта.
# $seqs (string) - the positions of the entries that could not be read, comma-separated
report-check-damaged = Записи, які не вдалося прочитати (пошкоджені) і яких тут немає: { $seqs }
