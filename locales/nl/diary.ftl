# Werkmaat: the symptom and work-injury diary. Symptom names (symptom-<code>), the body map
# (region-<id>, and the sides), and the diary's own words. Plain words a worker uses.

## Symptoms

symptom-pain = Pijn
symptom-headache = Hoofdpijn
symptom-back-pain = Rugpijn
symptom-neck-pain = Nekpijn
symptom-joint-pain = Gewrichtspijn
symptom-muscle-pain = Spierpijn
symptom-chest-pain = Pijn op de borst
symptom-abdominal-pain = Buikpijn
symptom-toothache = Tandpijn
symptom-dizziness = Duizeligheid
symptom-fainting = Flauwvallen
symptom-fatigue = Vermoeidheid
symptom-fever = Koorts
symptom-chills = Koude rillingen
symptom-cough = Hoesten
symptom-shortness-of-breath = Kortademigheid
symptom-wheezing = Piepende ademhaling
symptom-sore-throat = Keelpijn
symptom-runny-nose = Loopneus
symptom-nausea = Misselijkheid
symptom-vomiting = Braken
symptom-diarrhoea = Diarree
symptom-constipation = Verstopping (obstipatie)
symptom-heartburn = Brandend maagzuur
symptom-loss-of-appetite = Geen eetlust
symptom-rash = Huiduitslag
symptom-itching = Jeuk
symptom-burn = Brandwond
symptom-cut = Snijwond of andere wond
symptom-bruise = Blauwe plek
symptom-swelling = Zwelling
symptom-numbness = Doof gevoel
symptom-tingling = Tintelingen
symptom-weakness = Slap gevoel of krachtverlies
symptom-stiffness = Stijfheid
symptom-eye-irritation = Pijnlijke of geïrriteerde ogen
symptom-blurred-vision = Wazig zien
symptom-hearing-problems = Gehoorproblemen
symptom-ringing-ears = Oorsuizen
symptom-palpitations = Hartkloppingen
symptom-sleep-problems = Slaapproblemen
symptom-anxiety = Angst
symptom-low-mood = Somberheid
symptom-stress = Stress
symptom-panic = Paniek
symptom-difficulty-concentrating = Concentratieproblemen
symptom-breathing-in-dust-or-fumes = Stof of dampen ingeademd
symptom-allergic-reaction = Allergische reactie

## Body map

region-head = Hoofd
region-face = Gezicht
region-eye = Oog
region-ear = Oor
region-nose = Neus
region-mouth-teeth = Mond en gebit
region-neck = Nek en hals
region-throat = Keel
region-chest = Borstkas
region-upper-back = Bovenrug
region-lower-back = Onderrug
region-abdomen = Buik
region-groin = Lies
region-shoulder = Schouder
region-upper-arm = Bovenarm
region-elbow = Elleboog
region-forearm = Onderarm
region-wrist = Pols
region-hand = Hand
region-fingers = Vingers
region-hip = Heup
region-thigh = Bovenbeen
region-knee = Knie
region-lower-leg = Onderbeen
region-ankle = Enkel
region-foot = Voet
region-toes = Tenen
region-skin = Huid
region-whole-body = Hele lichaam
# $part (string) - a body region; the side follows
region-left = { $part }, links
region-right = { $part }, rechts

## The report for the doctor
# A printed report the user hands to a GP, bedrijfsarts, union or inspector. Every heading and coded
# value also appears in Dutch beside it, so write these as short labels a doctor reads quickly.

report-title = Klachten- en werkdagboek
report-kept-by = Bijgehouden door de patiënt in de app Werkmaat. Dit zijn de eigen aantekeningen van de patiënt, geen diagnose.
# $from, $to (string) - dates
report-period = Periode: { $from } tot en met { $to }
# $date (string) - a date
report-made-on = Opgesteld op { $date }
report-identity-none = De patiënt heeft gekozen om geen persoonlijke gegevens op dit verslag te zetten.
report-identity-name = Naam
report-identity-birth_date = Geboortedatum
report-identity-bsn = Burgerservicenummer (BSN)
report-identity-employer = Werkgever
report-identity-agency = Uitzendbureau
report-identity-insurer = Zorgverzekeraar
report-page = Pagina { $page } van { $pages }
report-chart-left-out = Niet in de grafiek, want nooit erger dan { $severity }/10: { $symptoms }
report-chart-data = De gegevens van de grafiek
report-chart-readings = Datum en tijd: hoe erg (0-10)
report-weeks = Uren werk per week
report-week = Week
report-hours-worked = Uren werk (pauzes niet meegeteld)
report-appendix-shifts = Bijlage: alle diensten
report-shift-start = Begin
report-shift-end = Einde
report-summary = Samenvatting
report-symptoms = Klachten
# $date (string) - the date of the first entry
report-since = sinds { $date }
# $severity (number) - 0 to 10
report-worst = hoogste ernst { $severity }/10
# $count (number) - how many entries
report-times = { $count ->
    [one] { $count } notitie
   *[other] { $count } notities
}
report-work-related = Veroorzaakt of verergerd door het werk
report-incidents = Bedrijfsongevallen
report-none = Geen
report-breaches = Overtredingen van de regels voor werk- en rusttijden
report-chart = Ernst in de loop van de tijd
report-chart-scale = 0 = geen klachten, 10 = ergst denkbaar
report-entries = Notities
report-kind-symptom = Klacht
report-kind-incident = Bedrijfsongeval
report-kind-shift = Dienst
report-kind-care_contact = Contact met zorgverlener
report-field-body-part = Lichaamsdeel
report-field-severity = Ernst (0-10)
report-field-duration = Duur
report-field-helps = Wat helpt
report-field-worsens = Wat maakt het erger
report-field-medication = Ingenomen medicatie
report-field-missed-work = Werkverzuim
report-field-place = Locatie
report-field-task = Werkzaamheden
report-field-machine = Machine of stof
report-field-what-happened = Toedracht
report-field-injuries = Letsel
report-field-witnesses = Getuigen
report-field-reported-to = Gemeld bij
report-field-photos = Foto's (bewaard op de telefoon)
report-field-break = Pauze
report-field-with = Zorgverlener
report-field-advice = Advies
report-field-note = Opmerking
report-field-recorded = Genoteerd op
# $revision (number) - the revision number of a corrected entry
report-corrected = Gecorrigeerd: versie { $revision }
# $minutes (number)
report-minutes = { $minutes } min
# $hours (number)
report-hours = { $hours } uur
report-yes = Ja
report-no = Nee
# $language (string) - the name of the app language, e.g. "Polski"
report-own-words = Eigen woorden van de patiënt, geschreven in de app (taal: { $language }):
report-who-employer = Werkgever
report-who-agency = Uitzendbureau
report-who-bedrijfsarts = Bedrijfsarts
report-who-gp = Huisarts
report-who-arbeidsinspectie = Arbeidsinspectie
report-care-gp = Huisarts
report-care-gp_post = Huisartsenpost
report-care-emergency = Spoedeisende hulp
report-care-bedrijfsarts = Bedrijfsarts
# $limit, $actual (number) - hours, or minutes for the break rule
report-rule-max-shift = Werkdag langer dan { $limit } uur: { $actual } uur werk (pauzes niet meegeteld)
    .name = lengte van een werkdag
report-rule-break = Pauze korter dan { $limit } min: { $actual } min (in een cao mag een kortere pauze staan)
    .name = pauzes
report-rule-daily-rest = Minder dan { $limit } uur rust aan één stuk in 24 uur: { $actual } uur
    .name = rust tussen werkdagen
report-rule-weekly-rest = Minder dan { $limit } uur rust in een week, en ook niet genoeg rust in twee weken: { $actual } uur
    .name = rust in een week
report-rule-max-week-hours = Meer dan { $limit } uur werk in een week: { $actual } uur
    .name = uren in een week
report-rule-average-4-weeks = Gemiddeld meer dan { $limit } uur werk per week over 4 weken: { $actual } uur (tenzij je cao een ander gemiddelde geeft)
    .name = gemiddelde over 4 weken
report-rule-average-16-weeks = Gemiddeld meer dan { $limit } uur werk per week over 16 weken: { $actual } uur
    .name = gemiddelde over 16 weken
report-rule-night-shift-length = Nachtdienst langer dan { $limit } uur: { $actual } uur (een langere nachtdienst mag maar een paar keer, met genoeg rust erna)
    .name = lengte van een nachtdienst
report-rule-night-rest = Minder dan { $limit } uur rust na een nachtdienst die na 02:00 eindigde: { $actual } uur
    .name = rust na een nachtdienst
report-rule-night-series-rest = Minder dan { $limit } uur rust na een reeks nachtdiensten: { $actual } uur
    .name = rust na een reeks nachtdiensten
report-rule-night-shifts-count = Meer dan { $limit } nachtdiensten in 16 weken: { $actual } (een cao mag er meer toestaan)
    .name = aantal nachtdiensten
report-rule-night-average-16-weeks = Met veel nachtdiensten gemiddeld meer dan { $limit } uur werk per week over 16 weken: { $actual } uur
    .name = gemiddelde over 16 weken met nachtdiensten
report-rules-checked = Gecontroleerde regels: { $rules }
# $source (string) - the law or page the rule comes from
report-rule-source = Bron: { $source }
report-check = Controle op wijzigingen
# $entries, $revisions, $gaps (number) - entries now, versions of entries written, entries deleted
report-check-counts = Notities: { $entries }. Versies: { $revisions }. Verwijderd: { $gaps }.
report-check-head = Vingerafdruk van het hele dagboek (SHA-256):
report-check-how = Vraag de patiënt om de JSON-export van het dagboek en controleer die met "werkmaat diary verify --export FILE": die moet dezelfde vingerafdruk tonen. Elke wijziging in een eerder geschreven notitie verandert de vingerafdruk.
report-check-proves = Wat dit bewijst: de notities zijn zoals ze geschreven zijn, als de vingerafdruk gelijk is aan een vingerafdruk die u eerder kreeg of die een tijdstempel bevestigde. Het bewijst niet wanneer ze geschreven zijn.
report-check-clock = De tijden van de notities komen van de klok van de telefoon van de patiënt.
# $seqs (string) - the positions of the entries that could not be read, comma-separated
report-check-damaged = Notities die niet te lezen waren (beschadigd) en hier ontbreken: { $seqs }
