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
region-left = { $part }, po lewej stronie ciała
region-right = { $part }, po prawej stronie ciała

## The report for the doctor
# A printed report the user hands to a GP, bedrijfsarts, union or inspector. Every heading and coded
# value also appears in Dutch beside it, so write these as short labels a doctor reads quickly.

report-title = Dzienniczek objawów i pracy
report-kept-by = Prowadzony przez pacjenta w aplikacji Werkmaat. To własne zapiski pacjenta, a nie diagnoza.
# $from, $to (string) - dates
report-period = Okres: od { $from } do { $to }
# $date (string) - a date
report-made-on = Sporządzono { $date }
report-identity-none = Pacjent zdecydował, że w tym raporcie nie będzie danych osobowych.
report-identity-name = Imię i nazwisko
report-identity-birth_date = Data urodzenia
report-identity-bsn = Numer BSN (burgerservicenummer)
report-identity-employer = Pracodawca (werkgever)
report-identity-agency = Agencja pracy (uitzendbureau)
report-identity-insurer = Ubezpieczyciel zdrowotny (zorgverzekeraar)
report-page = Strona { $page } z { $pages }
report-chart-left-out = Nie ma na wykresie, bo nigdy nie było gorzej niż { $severity }/10: { $symptoms }
report-chart-data = Dane z wykresu
report-chart-readings = Data i godzina: jak mocno (0-10)
report-weeks = Godziny pracy w tygodniu
report-week = Tydzień
report-hours-worked = Godziny pracy (bez przerw)
report-appendix-shifts = Załącznik: wszystkie zmiany w pracy
report-shift-start = Początek
report-shift-end = Koniec
report-summary = Podsumowanie
report-symptoms = Objawy
# $date (string) - the date of the first entry
report-since = od { $date }
# $severity (number) - 0 to 10
report-worst = największe nasilenie { $severity }/10
# $count (number) - how many entries
report-times = { $count ->
    [one] { $count } wpis
    [few] { $count } wpisy
    [many] { $count } wpisów
   *[other] { $count } wpisu
}
report-work-related = Spowodowane lub nasilone przez pracę
report-incidents = Wypadki przy pracy
report-none = Brak
report-breaches = Naruszenia przepisów o czasie pracy
report-chart = Nasilenie w czasie
report-chart-scale = 0 = brak dolegliwości, 10 = najgorsze, jakie można sobie wyobrazić
report-entries = Wpisy
report-kind-symptom = Objaw
report-kind-incident = Wypadek przy pracy
report-kind-shift = Zmiana w pracy
report-kind-care_contact = Kontakt z lekarzem
report-field-body-part = Gdzie
report-field-severity = Nasilenie (0-10)
report-field-duration = Jak długo
report-field-helps = Co pomaga
report-field-worsens = Co pogarsza
report-field-medication = Przyjęte leki
report-field-missed-work = Nieobecność w pracy
report-field-place = Miejsce
report-field-task = Wykonywana praca
report-field-machine = Maszyna lub substancja
report-field-what-happened = Co się stało
report-field-injuries = Obrażenia
report-field-witnesses = Świadkowie
report-field-reported-to = Komu zgłoszono
report-field-photos = Zdjęcia (zapisane w telefonie)
report-field-break = Przerwa
report-field-with = U kogo
report-field-advice = Zalecenia
report-field-note = Notatka
report-field-recorded = Zapisano
# $revision (number) - the revision number of a corrected entry
report-corrected = Poprawiono: wersja { $revision }
# $minutes (number)
report-minutes = { $minutes } min
# $hours (number)
report-hours = { $hours } godz.
report-yes = Tak
report-no = Nie
# $language (string) - the name of the app language, e.g. "Polski"
report-own-words = Własne słowa pacjenta, zapisane w aplikacji (język: { $language }):
report-who-employer = Pracodawca
report-who-agency = Agencja pracy
report-who-bedrijfsarts = Lekarz zakładowy (bedrijfsarts)
report-who-gp = Lekarz rodzinny (huisarts)
report-who-arbeidsinspectie = Inspekcja Pracy (Arbeidsinspectie)
report-care-gp = Lekarz rodzinny (huisarts)
report-care-gp_post = Nocna i świąteczna pomoc lekarska (huisartsenpost)
report-care-emergency = Szpitalny oddział ratunkowy (spoedeisende hulp)
report-care-bedrijfsarts = Lekarz zakładowy (bedrijfsarts)
# $limit, $actual (number) - hours, or minutes for the break rule
report-rule-max-shift = Dzień pracy dłuższy niż { $limit } godz.: { $actual } godz. pracy (bez przerw)
    .name = długość dnia pracy
report-rule-break = Przerwa krótsza niż { $limit } min: { $actual } min (układ zbiorowy, CAO, może pozwalać na krótsze przerwy)
    .name = przerwy
report-rule-daily-rest = Mniej niż { $limit } godz. nieprzerwanego odpoczynku w ciągu 24 godzin: { $actual } godz.
    .name = odpoczynek między dniami pracy
report-rule-weekly-rest = Mniej niż { $limit } godz. odpoczynku w tygodniu i za mało odpoczynku także w ciągu dwóch tygodni: { $actual } godz.
    .name = odpoczynek w tygodniu
report-rule-max-week-hours = Ponad { $limit } godz. pracy w tygodniu: { $actual } godz.
    .name = godziny w tygodniu
report-rule-average-4-weeks = Średnio ponad { $limit } godz. pracy tygodniowo w ciągu 4 tygodni: { $actual } godz. (chyba że twoje CAO podaje inną średnią)
    .name = średnia z 4 tygodni
report-rule-average-16-weeks = Średnio ponad { $limit } godz. pracy tygodniowo w ciągu 16 tygodni: { $actual } godz.
    .name = średnia z 16 tygodni
report-rule-night-shift-length = Zmiana nocna dłuższa niż { $limit } godz.: { $actual } godz. (dłuższa zmiana nocna jest dozwolona tylko kilka razy i z wystarczającym odpoczynkiem po niej)
    .name = długość zmiany nocnej
report-rule-night-rest = Mniej niż { $limit } godz. odpoczynku po zmianie nocnej zakończonej po 02:00: { $actual } godz.
    .name = odpoczynek po zmianie nocnej
report-rule-night-series-rest = Mniej niż { $limit } godz. odpoczynku po serii zmian nocnych: { $actual } godz.
    .name = odpoczynek po serii zmian nocnych
report-rule-night-shifts-count = Ponad { $limit } zmian nocnych w ciągu 16 tygodni: { $actual } (CAO może pozwalać na więcej)
    .name = liczba zmian nocnych
report-rule-night-average-16-weeks = Przy wielu zmianach nocnych średnio ponad { $limit } godz. pracy tygodniowo w ciągu 16 tygodni: { $actual } godz.
    .name = średnia z 16 tygodni przy zmianach nocnych
report-rules-checked = Sprawdzone przepisy: { $rules }
# $source (string) - the law or page the rule comes from
report-rule-source = Źródło: { $source }
report-check = Sprawdzenie, czy nic nie zmieniono
# $entries, $revisions, $gaps (number) - entries now, versions of entries written, entries deleted
report-check-counts = Wpisy: { $entries }. Wersje: { $revisions }. Usunięte: { $gaps }.
report-check-head = Skrót kontrolny całego dzienniczka (SHA-256):
report-check-how = Należy poprosić pacjenta o eksport dzienniczka w formacie JSON i sprawdzić go poleceniem „werkmaat diary verify --export FILE”: polecenie musi pokazać ten sam skrót. Każda zmiana we wcześniej zapisanym wpisie zmienia skrót.
report-check-proves = Co to dowodzi: wpisy są takie, jak je zapisano, jeśli skrót jest taki sam jak skrót otrzymany wcześniej albo potwierdzony znacznikiem czasu. Nie dowodzi to, kiedy je zapisano.
report-check-clock = Godziny wpisów pochodzą z zegara telefonu pacjenta.
# $seqs (string) - the positions of the entries that could not be read, comma-separated
report-check-damaged = Wpisy, których nie dało się odczytać (uszkodzone) i których tu brakuje: { $seqs }
