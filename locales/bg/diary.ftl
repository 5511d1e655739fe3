# Werkmaat: the symptom and work-injury diary (Bulgarian). Symptom names (symptom-<code>), the body map
# (region-<id>, and the sides), and the diary's own words. Plain words a worker uses.

## Symptoms

symptom-pain = Болка
symptom-headache = Главоболие
symptom-back-pain = Болка в гърба
symptom-neck-pain = Болка във врата
symptom-joint-pain = Болка в ставите
symptom-muscle-pain = Болка в мускулите
symptom-chest-pain = Болка в гърдите
symptom-abdominal-pain = Болка в корема
symptom-toothache = Зъбобол
symptom-dizziness = Световъртеж
symptom-fainting = Припадане
symptom-fatigue = Умора
symptom-fever = Висока температура
symptom-chills = Втрисане
symptom-cough = Кашлица
symptom-shortness-of-breath = Задух
symptom-wheezing = Свистене при дишане
symptom-sore-throat = Болно гърло
symptom-runny-nose = Хрема
symptom-nausea = Гадене
symptom-vomiting = Повръщане
symptom-diarrhoea = Диария
symptom-constipation = Запек
symptom-heartburn = Киселини
symptom-loss-of-appetite = Липса на апетит
symptom-rash = Обрив
symptom-itching = Сърбеж
symptom-burn = Изгаряне
symptom-cut = Порязване или рана
symptom-bruise = Синина
symptom-swelling = Подуване
symptom-numbness = Изтръпване (загуба на усещане)
symptom-tingling = Мравучкане
symptom-weakness = Слабост
symptom-stiffness = Скованост
symptom-eye-irritation = Болка или дразнене в очите
symptom-blurred-vision = Замъглено зрение
symptom-hearing-problems = Проблеми със слуха
symptom-ringing-ears = Звънтене в ушите
symptom-palpitations = Учестено или силно сърцебиене
symptom-sleep-problems = Проблеми със съня
symptom-anxiety = Тревожност
symptom-low-mood = Потиснато настроение
symptom-stress = Стрес
symptom-panic = Паника
symptom-difficulty-concentrating = Трудно съсредоточаване
symptom-breathing-in-dust-or-fumes = Вдишване на прах, дим или изпарения
symptom-allergic-reaction = Алергична реакция

## Body map

region-head = Глава
region-face = Лице
region-eye = Око
region-ear = Ухо
region-nose = Нос
region-mouth-teeth = Уста и зъби
region-neck = Врат
region-throat = Гърло
region-chest = Гърди
region-upper-back = Горна част на гърба
region-lower-back = Кръст (долна част на гърба)
region-abdomen = Корем
region-groin = Слабини
region-shoulder = Рамо
region-upper-arm = Ръка над лакътя (мишница)
region-elbow = Лакът
region-forearm = Ръка под лакътя (предмишница)
region-wrist = Китка
region-hand = Ръка (длан и опакото на ръката)
region-fingers = Пръсти на ръката
region-hip = Хълбок (тазобедрена става)
region-thigh = Бедро
region-knee = Коляно
region-lower-leg = Подбедрица
region-ankle = Глезен
region-foot = Стъпало
region-toes = Пръсти на крака
region-skin = Кожа
region-whole-body = Цялото тяло
# $part (string) - a body region; the side follows
# Bulgarian: the adverbs "вляво/вдясно" (as in Bulgarian medical records: "коляно вляво" = the left knee),
# so that no adjective has to agree with the region's gender and "left side of the knee" is not meant.
region-left = { $part }, вляво
region-right = { $part }, вдясно

## The report for the doctor
# A printed report the user hands to a GP, bedrijfsarts, union or inspector. Every heading and coded
# value also appears in Dutch beside it, so write these as short labels a doctor reads quickly.

report-title = Дневник на симптомите и работата
report-kept-by = Дневникът се води от самия пациент в приложението Werkmaat. Това са собствени записи на пациента, а не диагноза.
# $from, $to (string) - dates
report-period = Период: от { $from } до { $to }
# $date (string) - a date
report-made-on = Изготвен на { $date }
report-identity-none = Пациентът избра да не слага лични данни в този доклад.
report-identity-name = Име
report-identity-birth_date = Дата на раждане
report-identity-bsn = Номер BSN (burgerservicenummer)
report-identity-employer = Работодател (werkgever)
report-identity-agency = Агенция за временна работа (uitzendbureau)
report-identity-insurer = Здравен застраховател (zorgverzekeraar)
report-page = Страница { $page } от { $pages }
report-chart-left-out = Не са в графиката, защото никога не са били по-силни от { $severity }/10: { $symptoms }
report-chart-data = Данните от графиката
report-chart-readings = Дата и час: колко силно (0-10)
report-weeks = Часове работа за седмица
report-week = Седмица
report-hours-worked = Часове работа (без почивките)
report-appendix-shifts = Приложение: всички смени
report-shift-start = Начало
report-shift-end = Край
report-summary = Обобщение
report-symptoms = Симптоми
# $date (string) - the date of the first entry
report-since = от { $date }
# $severity (number) - 0 to 10
report-worst = най-силно { $severity }/10
# $count (number) - how many entries
report-times = { $count ->
    [one] { $count } запис
   *[other] { $count } записа
}
report-work-related = Причинено или влошено от работата
report-incidents = Злополуки на работа
report-none = Няма
report-breaches = Нарушения на правилата за работното време
report-chart = Силата на оплакванията във времето
report-chart-scale = 0 = няма оплаквания, 10 = възможно най-силно
report-entries = Записи
report-kind-symptom = Симптом
report-kind-incident = Злополука на работа
report-kind-shift = Смяна
report-kind-care_contact = Посещение при лекар
report-field-body-part = Къде
report-field-severity = Колко силно (0-10)
report-field-duration = Колко време
report-field-helps = Какво помага
report-field-worsens = Какво влошава
report-field-medication = Взети лекарства
report-field-missed-work = Пропусната работа
report-field-place = Място
report-field-task = Работна задача
report-field-machine = Машина или вещество
report-field-what-happened = Какво се случи
report-field-injuries = Наранявания
report-field-witnesses = Свидетели
report-field-reported-to = Съобщено на
report-field-photos = Снимки (пазят се в телефона)
report-field-break = Пауза
report-field-with = Медицинска помощ
report-field-advice = Съвет
report-field-note = Бележка
report-field-recorded = Записано на
# $revision (number) - the revision number of a corrected entry
report-corrected = Поправено: версия { $revision }
# $minutes (number)
report-minutes = { $minutes } мин
# $hours (number)
report-hours = { $hours } ч
report-yes = Да
report-no = Не
# $language (string) - the name of the app language, e.g. "Polski"
# Bulgarian: the language name stands in brackets as a label, so it need not be declined.
report-own-words = Собствените думи на пациента (език на приложението: { $language }):
report-who-employer = Работодател
report-who-agency = Агенция за временна работа
report-who-bedrijfsarts = Фирмен лекар (bedrijfsarts)
report-who-gp = Личен лекар (huisarts)
report-who-arbeidsinspectie = Инспекция по труда (Arbeidsinspectie)
report-care-gp = Личен лекар (huisarts)
report-care-gp_post = Дежурен пункт на личните лекари (huisartsenpost)
report-care-emergency = Спешно отделение (spoedeisende hulp)
report-care-bedrijfsarts = Фирмен лекар (bedrijfsarts)
# $limit, $actual (number) - hours, or minutes for the break rule
report-rule-max-shift = Работен ден, по-дълъг от { $limit } ч: { $actual } ч работа (без почивките)
    .name = продължителност на работния ден
report-rule-break = Пауза по време на смяната, по-кратка от { $limit } мин: { $actual } мин (колективният трудов договор, CAO, може да разреши по-кратки почивки)
    .name = почивки по време на смяната
report-rule-daily-rest = По-малко от { $limit } ч непрекъсната почивка за 24 часа: { $actual } ч
    .name = почивка между работните дни
report-rule-weekly-rest = По-малко от { $limit } ч почивка за седмица и недостатъчно почивка и за две седмици: { $actual } ч
    .name = почивка за седмица
report-rule-max-week-hours = Повече от { $limit } ч работа за седмица: { $actual } ч
    .name = часове за седмица
report-rule-average-4-weeks = Средно повече от { $limit } ч работа седмично за 4 седмици: { $actual } ч (освен ако вашият CAO не определя друга средна стойност)
    .name = средно за 4 седмици
report-rule-average-16-weeks = Средно повече от { $limit } ч работа седмично за 16 седмици: { $actual } ч
    .name = средно за 16 седмици
report-rule-night-shift-length = Нощна смяна, по-дълга от { $limit } ч: { $actual } ч (по-дълга нощна смяна е разрешена само няколко пъти и с достатъчно почивка след нея)
    .name = продължителност на нощната смяна
report-rule-night-rest = По-малко от { $limit } ч почивка след нощна смяна, завършила след 02:00: { $actual } ч
    .name = почивка след нощна смяна
report-rule-night-series-rest = По-малко от { $limit } ч почивка след поредица от нощни смени: { $actual } ч
    .name = почивка след поредица от нощни смени
report-rule-night-shifts-count = Повече от { $limit } нощни смени за 16 седмици: { $actual } (CAO може да разреши повече)
    .name = брой нощни смени
report-rule-night-average-16-weeks = При много нощни смени средно повече от { $limit } ч работа седмично за 16 седмици: { $actual } ч
    .name = средно за 16 седмици при нощни смени
report-rules-checked = Проверени правила: { $rules }
# $source (string) - the law or page the rule comes from
report-rule-source = Източник: { $source }
report-check = Проверка, че нищо не е променено
# $entries, $revisions, $gaps (number) - entries now, versions of entries written, entries deleted
report-check-counts = Записи: { $entries }. Версии: { $revisions }. Изтрити: { $gaps }.
report-check-head = Цифров отпечатък на целия дневник (SHA-256):
report-check-how = Поискайте от пациента дневника, записан във файл JSON, и го проверете с „werkmaat diary verify --export FILE“: трябва да се покаже същият отпечатък. Всяка промяна в по-рано написан запис променя отпечатъка.
report-check-proves = Какво доказва това: записите са такива, каквито са написани, ако отпечатъкът е същият като получен по-рано или потвърден с времеви печат. Не доказва кога са написани.
report-check-clock = Часовете на записите идват от часовника на телефона на пациента.
# $seqs (string) - the positions of the entries that could not be read, comma-separated
report-check-damaged = Записи, които не можаха да се прочетат (повредени) и липсват тук: { $seqs }
