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
