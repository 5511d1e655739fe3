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
symptom-loss-of-appetite = Étvágytalanság
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
symptom-difficulty-concentrating = Koncentrálási nehézség
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

## The report for the doctor
# A printed report the user hands to a GP, bedrijfsarts, union or inspector. Every heading and coded
# value also appears in Dutch beside it, so write these as short labels a doctor reads quickly.
# Hungarian: no case endings are attached to placeables (dates, language name); a dash or a colon is used instead.

report-title = Tünet- és munkanapló
report-kept-by = A naplót a beteg vezette a Werkmaat alkalmazásban. Ez a beteg saját feljegyzése, nem orvosi diagnózis.
# $from, $to (string) - dates
report-period = Időszak: { $from } – { $to }
# $date (string) - a date
report-made-on = Készült: { $date }
report-identity-none = A beteg úgy döntött, hogy nem tesz személyes adatokat erre a jelentésre.
report-identity-name = Név
report-identity-birth_date = Születési dátum
report-identity-bsn = BSN-szám (burgerservicenummer)
report-identity-employer = Munkáltató (werkgever)
report-identity-agency = Munkaerő-kölcsönző cég (uitzendbureau)
report-identity-insurer = Egészségbiztosító (zorgverzekeraar)
report-page = Oldal: { $page } / { $pages }
report-chart-left-out = Nincs a grafikonon, mert soha nem volt rosszabb, mint { $severity }/10: { $symptoms }
report-chart-data = A grafikon adatai
report-chart-readings = Dátum és idő: mennyire rossz (0-10)
report-weeks = Munkaórák hetente
report-week = Hét
report-hours-worked = Munkaórák (a szünetek nélkül)
report-appendix-shifts = Melléklet: minden műszak
report-shift-start = Kezdete
report-shift-end = Vége
report-summary = Összefoglalás
report-symptoms = Tünetek
# $date (string) - the date of the first entry
report-since = { $date } óta
# $severity (number) - 0 to 10
report-worst = legrosszabb: { $severity }/10
# $count (number) - how many entries
# Hungarian keeps the noun singular after a number, so both variants read "bejegyzés".
report-times = { $count ->
    [one] { $count } bejegyzés
   *[other] { $count } bejegyzés
}
report-work-related = A munka okozta vagy súlyosbította
report-incidents = Munkahelyi balesetek
report-none = Nincs
report-breaches = A munkaidőre és a pihenőidőre vonatkozó szabályok megsértése
report-chart = A panaszok súlyossága az idő során
report-chart-scale = 0 = nincs panasz, 10 = a lehető legrosszabb
report-entries = Bejegyzések
report-kind-symptom = Tünet
report-kind-incident = Munkahelyi baleset
report-kind-shift = Műszak
report-kind-care_contact = Orvosnál járás
report-field-body-part = Hol
report-field-severity = Mennyire súlyos (0-10)
report-field-duration = Mennyi ideig tartott
report-field-helps = Mi segít
report-field-worsens = Mitől lesz rosszabb
report-field-medication = Bevett gyógyszer
report-field-missed-work = Hiányzás a munkából
report-field-place = Hely
report-field-task = Feladat
report-field-machine = Gép vagy anyag
report-field-what-happened = Mi történt
report-field-injuries = Sérülések
report-field-witnesses = Tanúk
report-field-reported-to = Kinek szólt róla
report-field-photos = Fényképek (a telefonon tárolva)
report-field-break = Szünet
report-field-with = Ellátás
report-field-advice = Mit tanácsoltak
report-field-note = Megjegyzés
report-field-recorded = Beírva
# $revision (number) - the revision number of a corrected entry
report-corrected = Javítva: { $revision }. változat
# $minutes (number)
report-minutes = { $minutes } perc
# $hours (number)
report-hours = { $hours } óra
report-yes = Igen
report-no = Nem
# $language (string) - the name of the app language, e.g. "Polski"
report-own-words = A beteg saját szavai (az alkalmazás nyelve: { $language }):
report-who-employer = Munkáltató
report-who-agency = Kölcsönző cég
report-who-bedrijfsarts = Üzemorvos (bedrijfsarts)
report-who-gp = Háziorvos (huisarts)
report-who-arbeidsinspectie = Munkaügyi felügyelet (Arbeidsinspectie)
report-care-gp = Háziorvos (huisarts)
report-care-gp_post = Orvosi ügyelet (huisartsenpost)
report-care-emergency = Kórházi sürgősségi osztály (spoedeisende hulp)
report-care-bedrijfsarts = Üzemorvos (bedrijfsarts)
# $limit, $actual (number) - hours, or minutes for the break rule
report-rule-max-shift = { $limit } óránál hosszabb munkanap: { $actual } óra munka (szünetek nélkül)
    .name = a munkanap hossza
report-rule-break = { $limit } percnél rövidebb szünet: { $actual } perc (a kollektív szerződés, CAO, rövidebb szünetet is megengedhet)
    .name = szünetek
report-rule-daily-rest = { $limit } óránál kevesebb megszakítás nélküli pihenő 24 órán belül: { $actual } óra
    .name = pihenő két munkanap között
report-rule-weekly-rest = { $limit } óránál kevesebb pihenő egy héten, és két hét alatt sem volt elég pihenő: { $actual } óra
    .name = heti pihenő
report-rule-max-week-hours = { $limit } óránál több munka egy héten: { $actual } óra
    .name = heti munkaórák
report-rule-average-4-weeks = 4 hét alatt átlagosan heti { $limit } óránál több munka: { $actual } óra (hacsak a CAO-ja nem ír elő más átlagot)
    .name = 4 heti átlag
report-rule-average-16-weeks = 16 hét alatt átlagosan heti { $limit } óránál több munka: { $actual } óra
    .name = 16 heti átlag
report-rule-night-shift-length = { $limit } óránál hosszabb éjszakai műszak: { $actual } óra (hosszabb éjszakai műszak csak néhányszor megengedett, utána elég pihenővel)
    .name = az éjszakai műszak hossza
report-rule-night-rest = { $limit } óránál kevesebb pihenő egy 02:00 után véget érő éjszakai műszak után: { $actual } óra
    .name = pihenő éjszakai műszak után
report-rule-night-series-rest = { $limit } óránál kevesebb pihenő egy sor éjszakai műszak után: { $actual } óra
    .name = pihenő egy sor éjszakai műszak után
report-rule-night-shifts-count = 16 hét alatt több mint { $limit } éjszakai műszak: { $actual } (a CAO többet is megengedhet)
    .name = az éjszakai műszakok száma
report-rule-night-average-16-weeks = Sok éjszakai műszaknál 16 hét alatt átlagosan heti { $limit } óránál több munka: { $actual } óra
    .name = 16 heti átlag éjszakai műszakokkal
report-rules-checked = Ellenőrzött szabályok: { $rules }
# $source (string) - the law or page the rule comes from
report-rule-source = Forrás: { $source }
report-check = Annak ellenőrzése, hogy semmi sem változott meg
# $entries, $revisions, $gaps (number) - entries now, versions of entries written, entries deleted
report-check-counts = Bejegyzések: { $entries }. Változatok: { $revisions }. Törölve: { $gaps }.
report-check-head = Az egész napló ujjlenyomata (SHA-256):
report-check-how = Kérje el a betegtől a napló JSON-exportját, és ellenőrizze ezzel a paranccsal: „werkmaat diary verify --export FILE”. Ugyanannak az ujjlenyomatnak kell megjelennie. Ha egy korábban írt bejegyzés megváltozik, az ujjlenyomat is megváltozik.
report-check-proves = Mit bizonyít ez: a bejegyzések olyanok, amilyennek írták őket, ha az ujjlenyomat egyezik egy korábban kapottal vagy egy időbélyeggel igazolttal. Azt nem bizonyítja, hogy mikor írták őket.
report-check-clock = A bejegyzések időpontja a beteg telefonjának órájából származik.
# $seqs (string) - the positions of the entries that could not be read, comma-separated
report-check-damaged = Bejegyzések, amelyek nem voltak olvashatók (sérültek), és itt hiányoznak: { $seqs }
