# Werkmaat: the symptom and work-injury diary. Symptom names (symptom-<code>), the body map
# (region-<id>, and the sides), and the diary's own words. Plain words a worker uses.

## Symptoms

symptom-pain = Ból
symptom-headache = Ból głowy
symptom-back-pain = Ból pleców
symptom-neck-pain = Ból karku lub szyi
symptom-joint-pain = Ból stawów
symptom-muscle-pain = Ból mięśni
symptom-chest-pain = Ból w klatce piersiowej
symptom-abdominal-pain = Ból brzucha
symptom-toothache = Ból zęba
symptom-dizziness = Zawroty głowy
symptom-fainting = Omdlenie
symptom-fatigue = Zmęczenie
symptom-fever = Gorączka
symptom-chills = Dreszcze
symptom-cough = Kaszel
symptom-shortness-of-breath = Brak tchu (duszność)
symptom-wheezing = Świszczący oddech
symptom-sore-throat = Ból gardła
symptom-runny-nose = Katar
symptom-nausea = Mdłości (nudności)
symptom-vomiting = Wymioty
symptom-diarrhoea = Biegunka
symptom-constipation = Zaparcia
symptom-heartburn = Zgaga
symptom-loss-of-appetite = Brak apetytu
symptom-rash = Wysypka
symptom-itching = Swędzenie
symptom-burn = Oparzenie
symptom-cut = Skaleczenie lub rana
symptom-bruise = Siniak
symptom-swelling = Opuchlizna
symptom-numbness = Drętwienie
symptom-tingling = Mrowienie
symptom-weakness = Osłabienie
symptom-stiffness = Sztywność
symptom-eye-irritation = Ból lub podrażnienie oczu
symptom-blurred-vision = Niewyraźne widzenie
symptom-hearing-problems = Problemy ze słuchem
symptom-ringing-ears = Dzwonienie lub szum w uszach
symptom-palpitations = Kołatanie serca
symptom-sleep-problems = Problemy ze snem
symptom-anxiety = Niepokój, lęk
symptom-low-mood = Przygnębienie
symptom-stress = Stres
symptom-panic = Panika
symptom-difficulty-concentrating = Problemy z koncentracją
symptom-breathing-in-dust-or-fumes = Wdychanie pyłu lub oparów
symptom-allergic-reaction = Reakcja alergiczna

## Body map

region-head = Głowa
region-face = Twarz
region-eye = Oko
region-ear = Ucho
region-nose = Nos
region-mouth-teeth = Usta i zęby
region-neck = Szyja i kark
region-throat = Gardło
region-chest = Klatka piersiowa
region-upper-back = Górna część pleców
region-lower-back = Dolna część pleców (krzyż)
region-abdomen = Brzuch
region-groin = Pachwina
region-shoulder = Bark
region-upper-arm = Ramię (od barku do łokcia)
region-elbow = Łokieć
region-forearm = Przedramię
region-wrist = Nadgarstek
region-hand = Dłoń
region-fingers = Palce u ręki
region-hip = Biodro
region-thigh = Udo
region-knee = Kolano
region-lower-leg = Noga poniżej kolana
region-ankle = Kostka u nogi
region-foot = Stopa
region-toes = Palce u nogi
region-skin = Skóra
region-whole-body = Całe ciało
# $part (string) - a body region; the side follows
region-left = { $part }, lewa strona
region-right = { $part }, prawa strona
