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
