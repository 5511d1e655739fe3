# Werkmaat: the symptom and work-injury diary (Lithuanian). Symptom names (symptom-<code>), the body map
# (region-<id>, and the sides), and the diary's own words. Plain words a worker uses.

## Symptoms

symptom-pain = Skausmas
symptom-headache = Galvos skausmas
symptom-back-pain = Nugaros skausmas
symptom-neck-pain = Kaklo skausmas
symptom-joint-pain = Sąnarių skausmas
symptom-muscle-pain = Raumenų skausmas
symptom-chest-pain = Krūtinės skausmas
symptom-abdominal-pain = Pilvo skausmas
symptom-toothache = Dantų skausmas
symptom-dizziness = Galvos svaigimas
symptom-fainting = Apalpimas
symptom-fatigue = Nuovargis
symptom-fever = Karščiavimas
symptom-chills = Šaltkrėtis
symptom-cough = Kosulys
symptom-shortness-of-breath = Dusulys
symptom-wheezing = Švokštimas kvėpuojant
symptom-sore-throat = Gerklės skausmas
symptom-runny-nose = Sloga
symptom-nausea = Pykinimas
symptom-vomiting = Vėmimas
symptom-diarrhoea = Viduriavimas
symptom-constipation = Vidurių užkietėjimas
symptom-heartburn = Rėmuo
symptom-loss-of-appetite = Nėra apetito
symptom-rash = Bėrimas
symptom-itching = Niežulys
symptom-burn = Nudegimas
symptom-cut = Įsipjovimas ar žaizda
symptom-bruise = Mėlynė
symptom-swelling = Patinimas
symptom-numbness = Nutirpimas
symptom-tingling = Dilgčiojimas
symptom-weakness = Silpnumas
symptom-stiffness = Sustingimas
symptom-eye-irritation = Skaudančios ar sudirgusios akys
symptom-blurred-vision = Neryškus matymas
symptom-hearing-problems = Klausos problemos
symptom-ringing-ears = Spengimas ausyse
symptom-palpitations = Greitas ar stiprus širdies plakimas
symptom-sleep-problems = Miego problemos
symptom-anxiety = Nerimas
symptom-low-mood = Prislėgta nuotaika
symptom-stress = Stresas
symptom-panic = Panika
symptom-difficulty-concentrating = Sunku susikaupti
symptom-breathing-in-dust-or-fumes = Įkvėpta dulkių, dūmų ar garų
symptom-allergic-reaction = Alerginė reakcija

## Body map

region-head = Galva
region-face = Veidas
region-eye = Akis
region-ear = Ausis
region-nose = Nosis
region-mouth-teeth = Burna ir dantys
region-neck = Kaklas
region-throat = Gerklė
region-chest = Krūtinė
region-upper-back = Viršutinė nugaros dalis
region-lower-back = Apatinė nugaros dalis (juosmuo)
region-abdomen = Pilvas
region-groin = Kirkšnis
region-shoulder = Petys
region-upper-arm = Ranka virš alkūnės
region-elbow = Alkūnė
region-forearm = Ranka žemiau alkūnės
region-wrist = Riešas
region-hand = Plaštaka
region-fingers = Rankos pirštai
region-hip = Klubas
region-thigh = Šlaunis
region-knee = Kelis
region-lower-leg = Blauzda
region-ankle = Čiurna
region-foot = Pėda
region-toes = Kojos pirštai
region-skin = Oda
region-whole-body = Visas kūnas
# $part (string) - a body region; the side follows
# Lithuanian: the adverbs "kairėje/dešinėje" (on the left/right of the body), so that no adjective has to
# agree with the region's gender and "left side of the knee" is not meant.
region-left = { $part }, kairėje
region-right = { $part }, dešinėje

## The report for the doctor
# A printed report the user hands to a GP, bedrijfsarts, union or inspector. Every heading and coded
# value also appears in Dutch beside it, so write these as short labels a doctor reads quickly.

report-title = Simptomų ir darbo dienoraštis
report-kept-by = Dienoraštį pildo pats pacientas programėlėje Werkmaat. Tai paciento užrašai, o ne diagnozė.
# $from, $to (string) - dates
report-period = Laikotarpis: nuo { $from } iki { $to }
# $date (string) - a date
report-made-on = Parengta { $date }
report-identity-none = Pacientas nusprendė į šią ataskaitą neįrašyti asmens duomenų.
report-identity-name = Vardas ir pavardė
report-identity-birth_date = Gimimo data
report-identity-bsn = BSN numeris (burgerservicenummer)
report-identity-employer = Darbdavys (werkgever)
report-identity-agency = Įdarbinimo agentūra (uitzendbureau)
report-identity-insurer = Sveikatos draudimo bendrovė (zorgverzekeraar)
report-page = Puslapis { $page } iš { $pages }
report-chart-left-out = Nėra grafike, nes niekada nebuvo blogiau nei { $severity }/10: { $symptoms }
report-chart-data = Grafiko duomenys
report-chart-readings = Data ir laikas: kaip stipriai (0-10)
report-weeks = Darbo valandos per savaitę
report-week = Savaitė
report-hours-worked = Darbo valandos (be pertraukų)
report-appendix-shifts = Priedas: visos pamainos
report-shift-start = Pradžia
report-shift-end = Pabaiga
report-summary = Santrauka
report-symptoms = Simptomai
# $date (string) - the date of the first entry
report-since = nuo { $date }
# $severity (number) - 0 to 10
report-worst = blogiausia: { $severity }/10
# $count (number) - how many entries
report-times = { $count ->
    [one] { $count } įrašas
    [few] { $count } įrašai
    [many] { $count } įrašo
   *[other] { $count } įrašų
}
report-work-related = Sukėlė ar pablogino darbas
report-incidents = Nelaimingi atsitikimai darbe
report-none = Nėra
report-breaches = Darbo laiko taisyklių pažeidimai
report-chart = Kaip keitėsi stiprumas
report-chart-scale = 0 = jokių nusiskundimų, 10 = blogiau būti negali
report-entries = Įrašai
report-kind-symptom = Simptomas
report-kind-incident = Nelaimingas atsitikimas darbe
report-kind-shift = Pamaina
report-kind-care_contact = Apsilankymas pas gydytoją
report-field-body-part = Kur
report-field-severity = Kaip stipriai (0-10)
report-field-duration = Kiek laiko
report-field-helps = Kas padeda
report-field-worsens = Kas pablogina
report-field-medication = Vartoti vaistai
report-field-missed-work = Praleistas darbas
report-field-place = Vieta
report-field-task = Užduotis
report-field-machine = Įrenginys ar medžiaga
report-field-what-happened = Kas nutiko
report-field-injuries = Sužalojimai
report-field-witnesses = Liudininkai
report-field-reported-to = Kam pranešta
report-field-photos = Nuotraukos (laikomos telefone)
report-field-break = Pertrauka
report-field-with = Medicininė pagalba
report-field-advice = Patarimas
report-field-note = Pastaba
report-field-recorded = Įrašyta
# $revision (number) - the revision number of a corrected entry
report-corrected = Pataisyta: versija Nr. { $revision }
# $minutes (number)
report-minutes = { $minutes } min
# $hours (number)
report-hours = { $hours } val.
report-yes = Taip
report-no = Ne
# $language (string) - the name of the app language, e.g. "Polski"
# Lithuanian: the language name stands in brackets as a label, so it need not be declined.
report-own-words = Paties paciento žodžiai (programėlės kalba: { $language }):
report-who-employer = Darbdavys
report-who-agency = Įdarbinimo agentūra
report-who-bedrijfsarts = Įmonės gydytojas (bedrijfsarts)
report-who-gp = Šeimos gydytojas (huisarts)
report-who-arbeidsinspectie = Darbo inspekcija (Arbeidsinspectie)
report-care-gp = Šeimos gydytojas (huisarts)
report-care-gp_post = Budintis šeimos gydytojų punktas (huisartsenpost)
report-care-emergency = Skubiosios pagalbos skyrius (spoedeisende hulp)
report-care-bedrijfsarts = Įmonės gydytojas (bedrijfsarts)
# $limit, $actual (number) - hours, or minutes for the break rule
report-rule-max-shift = Darbo diena ilgesnė nei { $limit } val.: { $actual } val. darbo (be pertraukų)
    .name = darbo dienos trukmė
report-rule-break = Pertrauka trumpesnė nei { $limit } min: { $actual } min (kolektyvinė sutartis, CAO, gali leisti trumpesnes pertraukas)
    .name = pertraukos
report-rule-daily-rest = Mažiau nei { $limit } val. nepertraukiamo poilsio per 24 valandas: { $actual } val.
    .name = poilsis tarp darbo dienų
report-rule-weekly-rest = Mažiau nei { $limit } val. poilsio per savaitę ir per mažai poilsio per dvi savaites: { $actual } val.
    .name = poilsis per savaitę
report-rule-max-week-hours = Daugiau nei { $limit } val. darbo per savaitę: { $actual } val.
    .name = valandos per savaitę
report-rule-average-4-weeks = Vidutiniškai daugiau nei { $limit } val. darbo per savaitę per 4 savaites: { $actual } val. (nebent jūsų CAO nustato kitą vidurkį)
    .name = 4 savaičių vidurkis
report-rule-average-16-weeks = Vidutiniškai daugiau nei { $limit } val. darbo per savaitę per 16 savaičių: { $actual } val.
    .name = 16 savaičių vidurkis
report-rule-night-shift-length = Naktinė pamaina ilgesnė nei { $limit } val.: { $actual } val. (ilgesnė naktinė pamaina leidžiama tik kelis kartus ir su pakankamu poilsiu po jos)
    .name = naktinės pamainos trukmė
report-rule-night-rest = Mažiau nei { $limit } val. poilsio po naktinės pamainos, pasibaigusios po 02:00: { $actual } val.
    .name = poilsis po naktinės pamainos
report-rule-night-series-rest = Mažiau nei { $limit } val. poilsio po naktinių pamainų serijos: { $actual } val.
    .name = poilsis po naktinių pamainų serijos
report-rule-night-shifts-count = Daugiau nei { $limit } naktinių pamainų per 16 savaičių: { $actual } (CAO gali leisti daugiau)
    .name = naktinių pamainų skaičius
report-rule-night-average-16-weeks = Esant daug naktinių pamainų, vidutiniškai daugiau nei { $limit } val. darbo per savaitę per 16 savaičių: { $actual } val.
    .name = 16 savaičių vidurkis su naktinėmis pamainomis
report-rules-checked = Patikrintos taisyklės: { $rules }
# $source (string) - the law or page the rule comes from
report-rule-source = Šaltinis: { $source }
report-check = Patikrinimas, ar niekas nepakeista
# $entries, $revisions, $gaps (number) - entries now, versions of entries written, entries deleted
report-check-counts = Įrašai: { $entries }. Versijos: { $revisions }. Ištrinta: { $gaps }.
report-check-head = Viso dienoraščio kontrolinė suma (SHA-256):
report-check-how = Paprašykite paciento dienoraščio, išsaugoto JSON faile, ir patikrinkite jį komanda „werkmaat diary verify --export FILE“: ji turi parodyti tą pačią kontrolinę sumą. Pakeitus anksčiau parašytą įrašą, pasikeičia ir kontrolinė suma.
report-check-proves = Ką tai įrodo: įrašai tokie, kokie buvo parašyti, jei kontrolinė suma sutampa su anksčiau gauta arba laiko žyma patvirtinta suma. Tai neįrodo, kada jie buvo parašyti.
report-check-clock = Įrašų laikas imamas iš paciento telefono laikrodžio.
# $seqs (string) - the positions of the entries that could not be read, comma-separated
report-check-damaged = Įrašai, kurių nepavyko perskaityti (sugadinti) ir kurių čia nėra: { $seqs }
