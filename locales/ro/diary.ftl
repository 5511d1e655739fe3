# Werkmaat: the symptom and work-injury diary. Symptom names (symptom-<code>), the body map
# (region-<id>, and the sides), and the diary's own words. Plain words a worker uses.

## Symptoms

symptom-pain = Durere
symptom-headache = Durere de cap
symptom-back-pain = Durere de spate
symptom-neck-pain = Durere de ceafă
symptom-joint-pain = Durere în articulații
symptom-muscle-pain = Durere de mușchi
symptom-chest-pain = Durere în piept
symptom-abdominal-pain = Durere de burtă sau de stomac
symptom-toothache = Durere de dinți
symptom-dizziness = Amețeală
symptom-fainting = Leșin
symptom-fatigue = Oboseală
symptom-fever = Febră
symptom-chills = Frisoane
symptom-cough = Tuse
symptom-shortness-of-breath = Lipsă de aer
symptom-wheezing = Respirație șuierătoare
symptom-sore-throat = Durere în gât
symptom-runny-nose = Nas care curge
symptom-nausea = Greață
symptom-vomiting = Vărsături
symptom-diarrhoea = Diaree
symptom-constipation = Constipație
symptom-heartburn = Arsuri la stomac
symptom-loss-of-appetite = Fără poftă de mâncare
symptom-rash = Erupție pe piele
symptom-itching = Mâncărime
symptom-burn = Arsură
symptom-cut = Tăietură sau rană
symptom-bruise = Vânătaie
symptom-swelling = Umflătură
symptom-numbness = Amorțeală
symptom-tingling = Furnicături
symptom-weakness = Slăbiciune
symptom-stiffness = Înțepeneală
symptom-eye-irritation = Ochi dureroși sau iritați
symptom-blurred-vision = Vedere încețoșată
symptom-hearing-problems = Probleme cu auzul
symptom-ringing-ears = Țiuit în urechi
symptom-palpitations = Palpitații (inima bate repede sau tare)
symptom-sleep-problems = Probleme cu somnul
symptom-anxiety = Neliniște, anxietate
symptom-low-mood = Stare de tristețe
symptom-stress = Stres
symptom-panic = Panică
symptom-difficulty-concentrating = Probleme de concentrare
symptom-breathing-in-dust-or-fumes = Am respirat praf, fum sau vapori
symptom-allergic-reaction = Reacție alergică

## Body map

region-head = Cap
region-face = Față
region-eye = Ochi
region-ear = Ureche
region-nose = Nas
region-mouth-teeth = Gură și dinți
region-neck = Gât și ceafă
region-throat = Gâtlej (interiorul gâtului)
region-chest = Piept
region-upper-back = Partea de sus a spatelui
region-lower-back = Partea de jos a spatelui (șale)
region-abdomen = Burtă și stomac
region-groin = Zona inghinală (între burtă și coapsă)
region-shoulder = Umăr
region-upper-arm = Braț (între umăr și cot)
region-elbow = Cot
region-forearm = Antebraț
region-wrist = Încheietura mâinii
region-hand = Mână
region-fingers = Degetele de la mână
region-hip = Șold
region-thigh = Coapsă
region-knee = Genunchi
region-lower-leg = Gambă (sub genunchi)
region-ankle = Gleznă
region-foot = Laba piciorului
region-toes = Degetele de la picior
region-skin = Piele
region-whole-body = Tot corpul
# $part (string) - a body region; the side follows
region-left = { $part }, stânga
region-right = { $part }, dreapta

## The report for the doctor
# A printed report the user hands to a GP, bedrijfsarts, union or inspector. Every heading and coded
# value also appears in Dutch beside it, so write these as short labels a doctor reads quickly.

report-title = Jurnal de simptome și de muncă
report-kept-by = Completat de pacient în aplicația Werkmaat. Sunt notițele proprii ale pacientului, nu un diagnostic.
# $from, $to (string) - dates
report-period = Perioada: de la { $from } până la { $to }
# $date (string) - a date
report-made-on = Întocmit la { $date }
report-identity-none = Pacientul a ales să nu pună date personale în acest raport.
report-identity-name = Nume
report-identity-birth_date = Data nașterii
report-identity-bsn = Număr BSN (burgerservicenummer)
report-identity-employer = Angajator (werkgever)
report-identity-agency = Agenție de muncă (uitzendbureau)
report-identity-insurer = Firma de asigurări de sănătate (zorgverzekeraar)
report-page = Pagina { $page } din { $pages }
report-chart-left-out = Nu apar în grafic, pentru că nu au fost niciodată mai rău de { $severity }/10: { $symptoms }
report-chart-data = Datele graficului
report-chart-readings = Data și ora: cât de rău (0-10)
report-weeks = Ore de muncă pe săptămână
report-week = Săptămâna
report-hours-worked = Ore de muncă (fără pauze)
report-appendix-shifts = Anexă: toate turele
report-shift-start = Început
report-shift-end = Sfârșit
report-summary = Rezumat
report-symptoms = Simptome
# $date (string) - the date of the first entry
report-since = de la { $date }
# $severity (number) - 0 to 10
report-worst = maxim { $severity }/10
# $count (number) - how many entries
report-times = { $count ->
    [one] { $count } înregistrare
    [few] { $count } înregistrări
   *[other] { $count } de înregistrări
}
report-work-related = Cauzat sau agravat de muncă
report-incidents = Accidente de muncă
report-none = Nu există
report-breaches = Încălcări ale regulilor privind timpul de muncă
report-chart = Cât de grav, de-a lungul timpului
report-chart-scale = 0 = fără probleme, 10 = cel mai rău imaginabil
report-entries = Înregistrări
report-kind-symptom = Simptom
report-kind-incident = Accident de muncă
report-kind-shift = Tură
report-kind-care_contact = Contact cu medicul
report-field-body-part = Unde
report-field-severity = Cât de grav (0-10)
report-field-duration = Cât a durat
report-field-helps = Ce ajută
report-field-worsens = Ce agravează
report-field-medication = Medicamente luate
report-field-missed-work = Absență de la muncă
report-field-place = Locul
report-field-task = Ce lucra
report-field-machine = Utilaj sau substanță
report-field-what-happened = Ce s-a întâmplat
report-field-injuries = Leziuni
report-field-witnesses = Martori
report-field-reported-to = Cine a fost anunțat
report-field-photos = Fotografii (păstrate în telefon)
report-field-break = Pauză
report-field-with = La cine
report-field-advice = Recomandări
report-field-note = Notă
report-field-recorded = Notat la
# $revision (number) - the revision number of a corrected entry
report-corrected = Corectat: versiunea { $revision }
# $minutes (number)
report-minutes = { $minutes } min
# $hours (number)
report-hours = { $hours } h
report-yes = Da
report-no = Nu
# $language (string) - the name of the app language, e.g. "Polski"
report-own-words = Cuvintele proprii ale pacientului, scrise în aplicație (limba: { $language }):
report-who-employer = Angajator
report-who-agency = Agenție de muncă
report-who-bedrijfsarts = Medic de medicina muncii (bedrijfsarts)
report-who-gp = Medic de familie (huisarts)
report-who-arbeidsinspectie = Inspecția Muncii (Arbeidsinspectie)
report-care-gp = Medic de familie (huisarts)
report-care-gp_post = Cabinet de gardă al medicilor de familie (huisartsenpost)
report-care-emergency = Secție de urgențe din spital (spoedeisende hulp)
report-care-bedrijfsarts = Medic de medicina muncii (bedrijfsarts)
# $limit, $actual (number) - hours, or minutes for the break rule
report-rule-max-shift = Zi de muncă mai lungă de { $limit } h: { $actual } h de muncă (fără pauze)
    .name = durata unei zile de muncă
report-rule-break = Pauză mai scurtă de { $limit } min: { $actual } min (un contract colectiv de muncă, CAO, poate permite pauze mai scurte)
    .name = pauzele
report-rule-daily-rest = Mai puțin de { $limit } h de odihnă neîntreruptă în 24 de ore: { $actual } h
    .name = odihna între zilele de muncă
report-rule-weekly-rest = Mai puțin de { $limit } h de odihnă într-o săptămână și nici destulă odihnă în două săptămâni: { $actual } h
    .name = odihna într-o săptămână
report-rule-max-week-hours = Mai mult de { $limit } h de muncă într-o săptămână: { $actual } h
    .name = orele dintr-o săptămână
report-rule-average-4-weeks = În medie mai mult de { $limit } h de muncă pe săptămână în 4 săptămâni: { $actual } h (dacă CAO-ul dumneavoastră nu stabilește altă medie)
    .name = media pe 4 săptămâni
report-rule-average-16-weeks = În medie mai mult de { $limit } h de muncă pe săptămână în 16 săptămâni: { $actual } h
    .name = media pe 16 săptămâni
report-rule-night-shift-length = Tură de noapte mai lungă de { $limit } h: { $actual } h (o tură de noapte mai lungă este permisă doar de câteva ori, cu destulă odihnă după ea)
    .name = durata unei ture de noapte
report-rule-night-rest = Mai puțin de { $limit } h de odihnă după o tură de noapte terminată după ora 02:00: { $actual } h
    .name = odihna după o tură de noapte
report-rule-night-series-rest = Mai puțin de { $limit } h de odihnă după o serie de ture de noapte: { $actual } h
    .name = odihna după o serie de ture de noapte
report-rule-night-shifts-count = Mai mult de { $limit } ture de noapte în 16 săptămâni: { $actual } (un CAO poate permite mai multe)
    .name = numărul de ture de noapte
report-rule-night-average-16-weeks = Cu multe ture de noapte, în medie mai mult de { $limit } h de muncă pe săptămână în 16 săptămâni: { $actual } h
    .name = media pe 16 săptămâni cu ture de noapte
report-rules-checked = Reguli verificate: { $rules }
# $source (string) - the law or page the rule comes from
report-rule-source = Sursa: { $source }
report-check = Cum se verifică dacă s-a schimbat ceva
# $entries, $revisions, $gaps (number) - entries now, versions of entries written, entries deleted
report-check-counts = Înregistrări: { $entries }. Versiuni: { $revisions }. Șterse: { $gaps }.
report-check-head = Amprenta întregului jurnal (SHA-256):
report-check-how = Cereți pacientului exportul JSON al jurnalului și verificați-l cu „werkmaat diary verify --export FILE”: trebuie să arate aceeași amprentă. Orice modificare a unei înregistrări scrise mai devreme schimbă amprenta.
report-check-proves = Ce dovedește: înregistrările sunt așa cum au fost scrise, dacă amprenta este aceeași cu una primită mai devreme sau confirmată printr-o marcă de timp. Nu dovedește când au fost scrise.
report-check-clock = Orele înregistrărilor vin de la ceasul telefonului pacientului.
# $seqs (string) - the positions of the entries that could not be read, comma-separated
report-check-damaged = Înregistrări care nu au putut fi citite (deteriorate) și lipsesc aici: { $seqs }
