# Werkmaat: the symptom and work-injury diary. Symptom names (symptom-<code>), the body map
# (region-<id>, and the sides), and the diary's own words. Plain words a worker uses.
# Hungarian. Form of address: formal "Ön" (a verb in third person, as in hu/ui.ftl).
# Everyday words a worker says to a doctor, not Latin or textbook terms.

## Symptoms

symptom-pain = Fájdalom
symptom-headache = Fejfájás
symptom-back-pain = Hátfájás
symptom-neck-pain = Nyakfájás
symptom-joint-pain = Ízületi fájdalom
symptom-muscle-pain = Izomfájdalom
symptom-chest-pain = Mellkasi fájdalom
symptom-abdominal-pain = Hasfájás
symptom-toothache = Fogfájás
symptom-dizziness = Szédülés
symptom-fainting = Ájulás
symptom-fatigue = Fáradtság
symptom-fever = Láz
symptom-chills = Hidegrázás
symptom-cough = Köhögés
symptom-shortness-of-breath = Légszomj (nehezen kap levegőt)
symptom-wheezing = Sípoló légzés
symptom-sore-throat = Torokfájás
symptom-runny-nose = Orrfolyás
symptom-nausea = Hányinger
symptom-vomiting = Hányás
symptom-diarrhoea = Hasmenés
symptom-constipation = Székrekedés
symptom-heartburn = Gyomorégés
symptom-loss-of-appetite = Nincs étvágya
symptom-rash = Bőrkiütés
symptom-itching = Viszketés
symptom-burn = Égési sérülés
symptom-cut = Vágott vagy egyéb seb
symptom-bruise = Zúzódás (kék folt)
symptom-swelling = Duzzanat, dagadás
symptom-numbness = Zsibbadás
symptom-tingling = Bizsergés
symptom-weakness = Gyengeség
symptom-stiffness = Merevség
symptom-eye-irritation = Fájó vagy csípő szem
symptom-blurred-vision = Homályos látás
symptom-hearing-problems = Hallásproblémák
symptom-ringing-ears = Fülcsengés, fülzúgás
symptom-palpitations = Gyors vagy erős szívdobogás
symptom-sleep-problems = Alvásproblémák
symptom-anxiety = Szorongás
symptom-low-mood = Lehangoltság
symptom-stress = Stressz
symptom-panic = Pánik
symptom-difficulty-concentrating = Nehezen tud figyelni
symptom-breathing-in-dust-or-fumes = Port, füstöt vagy gőzt lélegzett be
symptom-allergic-reaction = Allergiás reakció

## Body map

region-head = Fej
region-face = Arc
region-eye = Szem
region-ear = Fül
region-nose = Orr
region-mouth-teeth = Száj és fogak
region-neck = Nyak
region-throat = Torok
region-chest = Mellkas
region-upper-back = Hát felső része
region-lower-back = Derék (a hát alsó része)
region-abdomen = Has és gyomor
region-groin = Lágyék
region-shoulder = Váll
region-upper-arm = Felkar
region-elbow = Könyök
region-forearm = Alkar
region-wrist = Csukló
region-hand = Kéz
region-fingers = Kézujjak
region-hip = Csípő
region-thigh = Comb
region-knee = Térd
region-lower-leg = Lábszár
region-ankle = Boka
region-foot = Lábfej
region-toes = Lábujjak
region-skin = Bőr
region-whole-body = Egész test
# $part (string) - a body region; the side follows
# Hungarian puts the side after the region, as on a form. "bal oldali" (the one on the left) and not "bal oldal"
# (which could be read as the left side of the part): "Térd, bal oldali".
region-left = { $part }, bal oldali
region-right = { $part }, jobb oldali
