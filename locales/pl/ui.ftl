# Werkmaat: interface strings: errors, command-line help, language names, the tour (Polish).
# Translation of the reference locale (en): same messages, attributes and variables.
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.

## Language names. Each locale names every language in its own language;
## a language's own locale gives its native name (the picker shows both).

language-en = angielski
language-nl = niderlandzki
language-pl = polski
language-ro = rumuński
language-bg = bułgarski
language-uk = ukraiński
language-hu = węgierski
language-lt = litewski
language-pt = portugalski
language-es = hiszpański

## Errors. They never repeat what the user typed or stored.

# $expected (number) - bytes a key must have; $actual (number) - bytes it has
error-invalid-key-length = Klucz bazy danych musi mieć { $expected ->
    [one] { $expected } bajt
    [few] { $expected } bajty
    [many] { $expected } bajtów
   *[other] { $expected } bajta
}, a ma { $actual ->
    [one] { $actual } bajt
    [few] { $actual } bajty
    [many] { $actual } bajtów
   *[other] { $actual } bajta
}.
error-wrong-key = Ten klucz nie otwiera profilu. Nic nie zostało zmienione.
# $found (number) - version of the saved profile; $supported (number) - newest version this app reads
error-incompatible-version = Ten profil został zapisany w nowszej wersji aplikacji Werkmaat (wersja bazy danych: { $found }; ta wersja aplikacji umie odczytać najwyżej wersję { $supported }). Zaktualizuj aplikację. Nic nie zostało zmienione.
error-closed = Profil jest zamknięty. Otwórz go jeszcze raz, żeby kontynuować.
error-cancelled = Przerwano. Nic nie zostało zapisane ani zmienione.
error-tampered = Nie da się odczytać części zapisanych danych: są uszkodzone albo zostały zmienione poza aplikacją Werkmaat.
error-storage = Aplikacja Werkmaat nie mogła odczytać ani zapisać swoich danych na tym urządzeniu.
error-file = Aplikacja Werkmaat nie mogła użyć pliku na tym urządzeniu. Sprawdź, czy jest wolne miejsce i czy można zapisywać w tym folderze.
set-aside-warning = { $reason ->
        [lost] W dniu { $at } zapisanych danych tego profilu już nie było. Werkmaat zaczął od nowa z pustym profilem.
       *[other] W dniu { $at } nie dało się odczytać zapisanych danych tego profilu. Werkmaat zachował uszkodzoną kopię jako { $file } i zaczął od nowa z pustym profilem.
    }
cli-set-aside-acknowledge = Gdy to przeczytasz, uruchom: werkmaat info --acknowledge
cli-opt-acknowledge = Nie pokazuj więcej ostrzeżenia o danych, których nie da się odczytać

## Explanations of a value that is not accepted.

invalid-bsn-format = Numer BSN (burgerservicenummer) ma 9 cyfr.
invalid-bsn-checksum = Ten numer BSN (burgerservicenummer) jest nieprawidłowy. Sprawdź cyfry w liście z urzędu gminy (gemeente) albo z urzędu skarbowego (Belastingdienst).
invalid-phone = Numer telefonu może zawierać tylko cyfry, spacje, +, - i nawiasy.
invalid-date-of-birth = Data urodzenia nie może być w przyszłości.
invalid-too-long = Ten tekst jest za długi.
invalid-date = Wpisz datę w formacie rok-miesiąc-dzień, na przykład 2026-11-28.
invalid-key-file = Plik klucza musi mieć dokładnie 32 bajty. Użyj pliku, który utworzyła aplikacja Werkmaat, albo załóż nowy profil.
invalid-wipe-not-confirmed = Usunięcia profilu nie można cofnąć. Jeśli na pewno tego chcesz, dodaj --yes.

## Command-line help

cli-about = Werkmaat: twoje prawa w pracy, prywatny dzienniczek zdrowia i lista kontrolna ubezpieczeń w Holandii. Działa bez internetu.
cli-opt-data-dir = Folder z twoim profilem (domyślnie: folder danych na tym komputerze)
cli-opt-locale = Języki, których chcesz używać, od najważniejszego, rozdzielone przecinkami (na przykład: pl,en)
cli-opt-json = Wypisz wynik w formacie JSON (dla innych programów)
cli-opt-today = Użyj tej daty jako dzisiejszej dla wszystkich reguł (YYYY-MM-DD)
cli-opt-key-file = Plik z 32-bajtowym kluczem twojego profilu (domyślnie: plik klucza w folderze profilu)
cli-cmd-info = Pokaż profil: wersję, wersję bazy danych, folder i język
cli-cmd-locales = Pokaż języki, które zna Werkmaat
cli-cmd-tour = Krótka prezentacja tego, co potrafi Werkmaat, na tymczasowym profilu
cli-cmd-details = Twoje dane osobowe (imię i nazwisko, BSN, ubezpieczenie, lekarz rodzinny), zapisane w formie zaszyfrowanej
cli-cmd-details-show = Pokaż zapisane dane
cli-cmd-details-set = Zapisz dane; pola, których nie podasz, zostaną bez zmian
cli-cmd-details-clear = Usuń zapisane dane
cli-cmd-wipe = Usuń ten profil na zawsze: bazę danych, kopie zapasowe i pliki z niego utworzone
cli-opt-yes = Potwierdź, że chcesz usunąć profil
cli-error = Błąd

## Labels of the profile

info-version = Wersja Werkmaat
info-schema-version = Wersja bazy danych
info-data-dir = Folder profilu
info-locale = Język
info-locales = Języki
locales-complete = pełne tłumaczenie
locales-incomplete = niepełne tłumaczenie

## Personal details

details-full-name = Imię i nazwisko
details-date-of-birth = Data urodzenia
details-bsn = Numer BSN (burgerservicenummer)
details-phone = Telefon
details-insurer = Ubezpieczyciel zdrowotny (zorgverzekeraar)
details-policy-number = Numer polisy (polisnummer)
details-gp-name = Lekarz rodzinny (huisarts)
details-gp-phone = Telefon do lekarza rodzinnego
details-employer = Firma, w której pracujesz (werkgever)
details-agency = Agencja pracy (uitzendbureau)
details-empty = Nie masz jeszcze zapisanych danych.
details-saved = Twoje dane są zapisane i zaszyfrowane na tym urządzeniu.
details-cleared = Twoje dane zostały usunięte.
wipe-done = Profil został usunięty.

## The tour: a walk through Werkmaat on a temporary profile

tour-title = Werkmaat: krótka prezentacja
# $dir (string) - the temporary folder
tour-profile = Utworzono nowy profil w folderze { $dir }. Jest zaszyfrowany własnym kluczem, który telefon przechowuje w swoim bezpiecznym magazynie kluczy.
# $count (number) - how many languages
tour-languages = Werkmaat zna { $count ->
    [one] { $count } język
    [few] { $count } języki
    [many] { $count } języków
   *[other] { $count } języka
}:
# $requested (string) - languages a phone asks for; $chosen (string) - the languages Werkmaat uses, in order
tour-negotiation = Telefon ustawiony na { $requested } dostaje: { $chosen }
tour-details = Twoje dane są zapisane w formie zaszyfrowanej: żaden z plików profilu nie zawiera zapisanego imienia i nazwiska.
tour-wrong-key = Innym kluczem nie da się otworzyć profilu:
tour-reopen = Profil zamknięto i otwarto ponownie właściwym kluczem; zapisane dane nadal są na miejscu.
tour-end = Koniec prezentacji. Tymczasowy profil został usunięty.

## Command-line help: headings and built-in options

cli-usage = Użycie
cli-commands = Polecenia
cli-options = Opcje
cli-opt-help = Pokaż tę pomoc
cli-opt-version = Pokaż wersję
invalid-key-file-missing = Brakuje pliku klucza tego profilu. Bez niego nie da się otworzyć profilu.
invalid-usage = Werkmaat nie rozumie tego polecenia. Użyj --help, żeby zobaczyć, co możesz wpisać.
tour-details-leak = Uwaga: zapisane imię i nazwisko znaleziono w pliku profilu. Szyfrowanie nie działa.
tour-failed = Podczas prezentacji wykryto problem: Werkmaat nie działa na tym urządzeniu tak, jak powinien.

## How facts are written. Translators: place the parts the way your language writes them.

# $amount (string) - the number, already written with this language's separators
format-money = { $amount } €
# $value (string) - the number, already written with this language's separators
format-percent = { $value }%
# $day (number) - day of the month; $month (string) - jan … dec; $year (string)
format-date = { $day } { $month ->
    [jan] stycznia
    [feb] lutego
    [mar] marca
    [apr] kwietnia
    [may] maja
    [jun] czerwca
    [jul] lipca
    [aug] sierpnia
    [sep] września
    [oct] października
    [nov] listopada
   *[dec] grudnia
} { $year }

## More errors

error-unknown-guide = Nie ma poradnika o tej nazwie.
error-unknown-phrase = Nie ma karty o tej nazwie.
error-content = Nie da się odczytać części informacji wbudowanych w aplikację Werkmaat. Zaktualizuj aplikację albo zainstaluj ją ponownie.

## Guides and phrase cards

cli-cmd-guides = Twoje prawa w pracy i w holenderskiej opiece zdrowotnej, prostymi słowami, ze źródłami
cli-cmd-guides-list = Pokaż listę poradników
cli-cmd-guides-show = Pokaż jeden poradnik
cli-cmd-guides-search = Szukaj w poradnikach
cli-cmd-guides-speech = Pokaż poradnik jako tekst do czytania na głos, z językiem każdej części
cli-cmd-phrases = Karty do pokazania w okienku, u lekarza, w aptece albo u pracodawcy: twój język obok niderlandzkiego
cli-cmd-phrases-list = Pokaż listę kart
cli-cmd-phrases-show = Pokaż jedną kartę
cli-arg-guide-id = Nazwa poradnika, taka jak na liście
cli-arg-phrase-id = Nazwa karty, taka jak na liście
cli-arg-query = Słowa, których szukasz
guides-sources = Źródła
# $date (string) - the date the information was checked
guides-verified = Informacje sprawdzono w źródłach { $date }.
# $date (string) - last day the value is known to be right; $source (string) - where to check
guides-stale = Te informacje mogą być nieaktualne: kwotę albo zasadę z tego poradnika potwierdzono tylko do { $date }. Sprawdź: { $source }
guides-no-results = Nic nie znaleziono. Spróbuj innego słowa albo słowa po niderlandzku, na przykład huisarts.
phrases-dutch = Po niderlandzku (Nederlands)
tour-guide = Poradniki wyjaśniają twoje prawa w pracy i w holenderskiej opiece zdrowotnej, ze źródłami. Na przykład:
# A word a user of this language would search for; it must occur in this language's guides
tour-search-query = ubezpieczenie
# $query (string) - the words searched for
tour-search = Wyszukiwanie „{ $query }” w poradnikach znajduje:
tour-card = Karta do pokazania u lekarza, w twoim języku i po niderlandzku, z twoimi zapisanymi danymi:

## The checklist

cli-cmd-checklist = Twoja lista kontrolna ubezpieczenia zdrowotnego: co musisz zrobić i do kiedy
cli-cmd-checklist-questions = Pokaż pytania, które teraz cię dotyczą
cli-cmd-checklist-answer = Odpowiedz na pytanie (yes/no, data YYYY-MM-DD, liczba albo jedna z opcji)
cli-cmd-checklist-show = Pokaż swoją listę kontrolną z terminami
cli-cmd-checklist-done = Oznacz punkt jako zrobiony
cli-cmd-checklist-reset = Usuń wszystkie swoje odpowiedzi i oznaczenia
cli-arg-question = Nazwa pytania, taka jak na liście pytań
cli-arg-value = Twoja odpowiedź
cli-arg-item = Nazwa punktu, taka jak na liście kontrolnej
error-unknown-question = Nie ma pytania o tej nazwie.
error-unknown-item = Tego punktu nie ma teraz na twojej liście kontrolnej.
invalid-answer-yes-no = Odpowiedz: tak (yes) albo nie (no).
invalid-answer-number = Odpowiedz liczbą.
invalid-number-unclear = Nie wiemy na pewno, jaką liczbę masz na myśli. Napisz ją tak: { $example } (albo same cyfry, bez kropek, przecinków i spacji).
invalid-answer-range = Ta liczba nie jest tu możliwa.
invalid-answer-option = Wybierz jedną z odpowiedzi z listy.
# $count (number) - how many sources the guide names
tour-sources = { $count ->
    [one] ({ $count } źródło)
    [few] ({ $count } źródła)
    [many] ({ $count } źródeł)
   *[other] ({ $count } źródła)
}
tour-checklist = Lista kontrolna ubezpieczeń dla przykładowej osoby, która od sześciu tygodni pracuje przez agencję pracy (uitzendbureau), ma rejestrację w RNI i nie ma jeszcze holenderskiego ubezpieczenia zdrowotnego:

## The care finder

cli-cmd-care = Znajdź najbliższego lekarza rodzinnego, nocną i świąteczną pomoc lekarską, szpitalny oddział ratunkowy albo aptekę
cli-cmd-care-nearest = Pokaż najbliższe placówki medyczne
cli-cmd-care-search = Szukaj placówek medycznych po nazwie albo miejscowości
cli-cmd-care-now = Pokaż, gdzie teraz szukać pomocy: lekarz rodzinny, nocna i świąteczna pomoc lekarska (huisartsenpost) albo numer alarmowy
cli-cmd-care-overpass = Wypisz zapytanie do OpenStreetMap dla danego obszaru, żeby pobrać placówki, gdy masz internet
cli-cmd-care-import = Wczytaj placówki medyczne z odpowiedzi OpenStreetMap (z pliku)
cli-opt-lat = Szerokość geograficzna miejsca, w którym jesteś, na przykład 51.37
cli-opt-lon = Długość geograficzna miejsca, w którym jesteś, na przykład 6.17
cli-opt-postcode = Twój kod pocztowy, na przykład 5911 albo 5911 AB
cli-opt-limit = Ile placówek pokazać
cli-opt-kind = Rodzaj placówki: gp (lekarz rodzinny), gp_post (huisartsenpost), emergency (oddział ratunkowy) albo pharmacy (apteka)
cli-opt-at = Użyj tej daty i godziny zamiast obecnej (na przykład 2026-11-28T21:30:00+01:00)
cli-opt-urgent = Zagrożone jest życie
cli-opt-open-now = Tylko miejsca, które według godzin otwarcia są teraz otwarte (albo w czasie z --at)
cli-opt-bbox = Obszar: granica południowa, zachodnia, północna i wschodnia w stopniach, na przykład 51.3,6.0,51.5,6.3
cli-arg-file = Plik do odczytania
invalid-latitude = Szerokość geograficzna musi być liczbą od -90 do 90.
invalid-longitude = Długość geograficzna musi być liczbą od -180 do 180.
invalid-postcode-format = Holenderski kod pocztowy ma 4 cyfry albo 4 cyfry i 2 litery, na przykład 5911 AB.
invalid-postcode-unknown = Werkmaat nie zna tego kodu pocztowego. Sprawdź go albo podaj miejsce, w którym jesteś.
invalid-limit = Podaj liczbę placówek: najmniej 1, najwięcej 100.
invalid-place-kind = Wybierz gp, gp_post, emergency albo pharmacy.
invalid-entry-kind = Wybierz symptom, incident, shift albo care_contact.
invalid-origin = Podaj miejsce, w którym jesteś (--lat i --lon), albo kod pocztowy (--postcode).
invalid-time = Wpisz datę i godzinę tak jak w tym przykładzie: 2026-11-28T21:30:00+01:00.
invalid-bbox = Podaj obszar jako cztery liczby: południe, zachód, północ i wschód. Obszar może mieć najwyżej 5 stopni szerokości.
invalid-osm-answer = Ten plik nie jest odpowiedzią OpenStreetMap (Overpass) w formacie JSON. Nic nie zostało wczytane.
invalid-osm-extract = Ten plik nie jest wyciągiem OpenStreetMap (.osm.pbf lub .osm) albo jest uszkodzony lub niepełny. Nie utworzono pakietu.
tour-care = Gdzie teraz szukać pomocy? Przykład dla osoby z kodem pocztowym { $postcode }:

## Content packs: updates of the information in Werkmaat

info-content = Wersja informacji
cli-cmd-pack = Aktualizacje informacji w aplikacji Werkmaat (pakiety aktualizacji) i narzędzia dla ich wydawców
cli-cmd-pack-keygen = Utwórz nowy klucz do podpisywania pakietów (dla wydawców)
cli-cmd-pack-build = Utwórz i podpisz pakiet z informacji zawartych w tej wersji aplikacji Werkmaat (dla wydawców)
cli-cmd-pack-places = Utwórz i podpisz pakiet miejsc z wyciągu OpenStreetMap: lekarze rodzinni (huisarts), huisartsenpost, apteki i SOR (spoedeisende hulp) (dla wydawców)
cli-cmd-pack-verify = Sprawdź pakiet za pomocą klucza publicznego (dla wydawców)
cli-cmd-pack-install = Zainstaluj pakiet: tylko pakiety podpisane kluczem, któremu Werkmaat ufa
cli-cmd-pack-rollback = Wróć do informacji wbudowanych w aplikację Werkmaat
cli-opt-out = Plik do zapisania
cli-opt-pack-key = Plik z tajnym kluczem do podpisywania
cli-opt-pack-version = Numer wersji pakietu: wyższy niż w każdym wcześniejszym pakiecie
cli-opt-pack-parts = Które części umieścić w pakiecie, rozdzielone przecinkami (domyślnie: wszystkie)
cli-opt-pack-from = Folder z plikami, które zastępują części (facts.json, guides.json, phrases.json, checklist.json, places.json)
cli-opt-pack-from-osm = Wyciąg OpenStreetMap do odczytu (.osm.pbf lub .osm)
cli-opt-public-key = Klucz publiczny (64 znaki szesnastkowe)
invalid-public-key = Klucz publiczny ma 64 znaki szesnastkowe.
invalid-secret-key = Plik z tajnym kluczem zawiera 64 znaki szesnastkowe.
invalid-pack-parts = Nieznana część. Dostępne części to: locales, facts, guides, phrases, checklist, places.
pack-refused-oversized = Ta aktualizacja jest za duża. Nic nie zostało zainstalowane.
pack-refused-truncated = Ta aktualizacja jest niepełna: plik jest ucięty. Nic nie zostało zainstalowane.
pack-refused-not-a-pack = Ten plik nie jest aktualizacją aplikacji Werkmaat. Nic nie zostało zainstalowane.
pack-refused-signature = Ta aktualizacja nie jest podpisana przez wydawcę, któremu Werkmaat ufa, albo została zmieniona po podpisaniu. Nic nie zostało zainstalowane.
pack-refused-retired-key = Ta aktualizacja jest podpisana kluczem, którego już się nie używa. Nic nie zostało zainstalowane.
pack-refused-manifest = Ta aktualizacja jest źle przygotowana. Nic nie zostało zainstalowane.
pack-refused-format = Ta aktualizacja jest przeznaczona dla innej wersji aplikacji Werkmaat. Nic nie zostało zainstalowane.
pack-refused-hash = Część tej aktualizacji nie zgadza się z jej podpisanym opisem. Nic nie zostało zainstalowane.
pack-refused-older = Ta aktualizacja nie jest nowsza niż informacje, które już masz. Nic nie zostało zainstalowane.
pack-refused-content = Informacje w tej aktualizacji do siebie nie pasują. Nic nie zostało zainstalowane.

## Trusted time for the diary: time-stamps (RFC 3161) and why one is refused
invalid-anchor-garbage = Ten plik nie jest odpowiedzią usługi znacznika czasu albo jest uszkodzony.
invalid-anchor-not-granted = Usługa znacznika czasu nie wydała znacznika czasu. Spróbuj później albo użyj innej usługi.
invalid-anchor-imprint-mismatch = Ten znacznik czasu dotyczy innych danych, a nie tego dzienniczka.
invalid-anchor-nonce-mismatch = Ta odpowiedź dotyczy innego zapytania. Utwórz nowe zapytanie i wyślij je do usługi.
invalid-anchor-bad-signature = Podpis na tym znaczniku czasu jest nieprawidłowy: znacznik został zmieniony albo podrobiony.
invalid-anchor-unsupported-algorithm = Werkmaat nie umie sprawdzić tego rodzaju podpisu. Sprawdza podpisy RSA i ECDSA P-256 z SHA-256.
invalid-anchor-missing-certificate = Brakuje certyfikatu usługi znacznika czasu. Podaj ten certyfikat jako zaufany certyfikat.
invalid-anchor-untrusted = Ten znacznik czasu pochodzi od usługi, której nie ma na twojej liście zaufanych certyfikatów.
invalid-anchor-not-valid-at-time = Certyfikat usługi znacznika czasu nie był ważny w chwili wydania znacznika (na przykład już wygasł).
invalid-anchor-no-time-stamping-usage = To zostało podpisane certyfikatem, który nie jest przeznaczony do znaczników czasu.
invalid-anchor-trusted-certificate = Nie można odczytać zaufanego certyfikatu. Podaj plik PEM z jednym lub kilkoma certyfikatami.
invalid-anchor-empty-diary = Dzienniczek jest pusty. Najpierw dodaj wpis, a potem poproś o znacznik czasu.
invalid-anchor-no-request = Do tej odpowiedzi nie pasuje żadne otwarte zapytanie. Utwórz nowe zapytanie, wyślij je do usługi znacznika czasu i dodaj jej odpowiedź.
diary-anchor-requested = Zapytanie zapisano w pliku: { $file }. Kiedy będziesz mieć dostęp do internetu, wyślij ten plik do usługi znacznika czasu (RFC 3161), a potem dodaj jej odpowiedź poleceniem „werkmaat diary anchor add”.
diary-anchor-added = Dodano znacznik czasu. Usługa { $tsa } potwierdza, że twój dzienniczek (do tego wpisu włącznie) istniał już w tym momencie: { $time }.

## The diary

cli-cmd-diary = Twój prywatny dzienniczek objawów i urazów w pracy: co się stało, kiedy i jak poważnie
cli-cmd-diary-vocab = Pokaż objawy i części ciała, z których możesz wybierać
cli-cmd-diary-add = Dodaj wpis: objaw, wypadek przy pracy, zmianę w pracy albo wizytę u lekarza
cli-cmd-diary-list = Pokaż swoje wpisy, od najnowszego
cli-cmd-diary-get = Pokaż jeden wpis ze wszystkimi szczegółami
cli-cmd-diary-correct = Popraw wpis: poprzednia wersja zostaje w historii
cli-cmd-diary-delete = Usuń wpis: w dzienniczku zostanie widoczna luka
cli-cmd-diary-history = Pokaż wszystkie wersje jednego wpisu
cli-cmd-diary-hours = Sprawdź, czy twoje zmiany są zgodne z przepisami o czasie pracy i odpoczynku
cli-cmd-diary-verify = Sprawdź dzienniczek albo otrzymany plik z dzienniczkiem: czy każdy wpis jest taki, jak go zapisano?
cli-cmd-diary-export = Zapisz dzienniczek w pliku, który wybierzesz
cli-opt-symptom = Objaw, tak jak na liście `diary vocab`
cli-opt-body-part = Część ciała, tak jak na liście `diary vocab`
cli-opt-severity = Jak bardzo dokucza, od 0 (wcale) do 10 (najgorzej)
cli-opt-at-time = Kiedy (na przykład 2026-11-28T06:30:00+01:00); domyślnie: teraz
cli-opt-note = Notatka własnymi słowami
cli-opt-work-related = Przyczyną była praca albo praca to pogorszyła
cli-opt-description = Co się stało, własnymi słowami
cli-opt-place = Gdzie to się stało (na przykład: hala 3, rampa załadunkowa)
cli-opt-task = Przy jakiej pracy to się stało
cli-opt-machine = Maszyna, narzędzie lub substancja, która miała z tym związek
cli-opt-witness = Imię i nazwisko osoby, która to widziała (powtórz dla kolejnych osób)
cli-opt-reported-to = Komu zgłoszono wypadek: employer (pracodawca), agency (agencja pracy), bedrijfsarts (lekarz zakładowy), gp (lekarz rodzinny) albo arbeidsinspectie (Inspekcja Pracy); dopisz @ i czas, jeśli go znasz (employer@2026-11-28T10:00:00+01:00); powtórz dla kolejnych
cli-opt-start = Kiedy zaczęła się zmiana (na przykład 2026-11-28T06:00:00+01:00)
cli-opt-end = Kiedy skończyła się zmiana
cli-opt-break-minutes = Ile minut przerwy było w czasie zmiany
cli-opt-from = Od tego dnia (YYYY-MM-DD)
cli-opt-to = Do tego dnia włącznie (YYYY-MM-DD)
cli-opt-kind-entry = Tylko ten rodzaj wpisów: symptom (objaw), incident (wypadek przy pracy), shift (zmiana) albo care_contact (kontakt z lekarzem)
cli-opt-export-file = Plik z dzienniczkiem (JSON), który ktoś ci przekazał
cli-opt-tsa-cert-verify = Sprawdź znaczniki czasu w pliku z dzienniczkiem za pomocą tych zaufanych certyfikatów (PEM), a nie certyfikatów zapisanych w pliku
cli-cmd-diary-anchor = Znaczniki czasu: niech zewnętrzna usługa potwierdzi, że twój dzienniczek istniał już w danej chwili
cli-cmd-diary-anchor-request = Utwórz zapytanie o znacznik czasu dla dzienniczka w obecnym stanie
cli-opt-anchor-out = Gdzie zapisać zapytanie (plik .tsq, który wyślesz do usługi znacznika czasu)
cli-cmd-diary-anchor-add = Dodaj do dzienniczka odpowiedź usługi znacznika czasu
cli-arg-anchor-response = Odpowiedź usługi znacznika czasu (plik .tsr)
cli-opt-tsa-cert = Certyfikat usługi znacznika czasu, któremu ufasz (PEM)
cli-opt-format = Rodzaj pliku: html (raport dla lekarza), fhir (dla systemów medycznych) albo json (wszystko, do sprawdzenia lub przechowania)
cli-opt-with-location = Dodaj do pliku także twoją lokalizację zapisaną przy wpisach
cli-arg-entry = Identyfikator (id) wpisu, taki jak na liście
cli-cmd-diary-attach = Dodaj do wpisu zdjęcie albo dokument (JPEG, PNG, HEIC lub PDF, do 20 MB)
cli-arg-attachment-file = Plik do dodania
cli-opt-attachment-kind = Co pokazuje: photo (zdjęcie), payslip (odcinek wypłaty, loonstrook), contract (umowa), housing (mieszkanie) albo other (inne)
cli-cmd-diary-attachments = Pokaż zdjęcia i dokumenty w dzienniczku albo przy jednym wpisie
cli-cmd-diary-attachment = Zapisz kopię załącznika albo go usuń
cli-cmd-diary-attachment-get = Zapisz kopię załącznika (bez miejsca, w którym go zrobiono)
cli-cmd-diary-attachment-delete = Usuń załącznik (dzienniczek zachowuje jego odcisk)
cli-arg-attachment = Identyfikator załącznika, taki jak na liście
cli-opt-attachment-out = Gdzie zapisać kopię
cli-opt-attachment-with-location = Zostaw w kopii miejsce, w którym zrobiono zdjęcie
diary-attached = Dodano. Identyfikator: { $id }
diary-attachments-none = Nie dodano żadnych zdjęć ani dokumentów.
diary-attachment-saved = Zapisano bez miejsca, w którym to zrobiono: { $file }
diary-attachment-saved-with-location = Zapisano z miejscem, w którym to zrobiono: { $file }
diary-attachment-deleted = Załącznik usunięto. Dzienniczek zachowuje jego odcisk (SHA-256), więc widać, że czegoś brakuje.
attachment-kind-photo = zdjęcie
attachment-kind-payslip = odcinek wypłaty (loonstrook)
attachment-kind-contract = umowa
attachment-kind-housing = mieszkanie
attachment-kind-other = inne
error-unknown-entry = W dzienniczku nie ma wpisu o tym identyfikatorze.
invalid-symptom-code = Nieznany objaw. Listę znajdziesz w `diary vocab`.
invalid-body-part = Nieznana część ciała. Listę znajdziesz w `diary vocab`.
invalid-severity = Jak bardzo dokucza? Wpisz liczbę od 0 do 10.
invalid-empty = Napisz co najmniej kilka słów.
invalid-reported-to = Wybierz, komu zgłoszono wypadek: employer, agency, bedrijfsarts, gp albo arbeidsinspectie.
invalid-photo = Zdjęcie musi mieć nazwę pliku i skrót SHA-256 (64 znaki szesnastkowe).
invalid-shift-order = Zmiana musi się skończyć później, niż się zaczęła.
invalid-future-time = Wpis nie może mieć daty późniejszej niż teraz. Sprawdź datę i godzinę.
invalid-shift-length = Zmiana nie może trwać dłużej niż dobę. Dłuższą pracę zapisz jako dwie zmiany.
invalid-break = Przerwa musi być krótsza niż zmiana.
invalid-care-with = Wybierz gp (lekarz rodzinny), gp_post (huisartsenpost), emergency (oddział ratunkowy) albo bedrijfsarts (lekarz zakładowy).
invalid-correction-kind = Poprawka musi być tego samego rodzaju co wpis.
invalid-diary-export = Ten plik nie jest dzienniczkiem zapisanym przez Werkmaat.
error-unknown-attachment = Nie ma załącznika o tym identyfikatorze.
invalid-attachment-format = Ten plik nie jest zdjęciem (JPEG, PNG, HEIC) ani plikiem PDF. Nic nie zostało zapisane.
invalid-attachment-too-large = Ten plik jest większy niż 20 MB. Nic nie zostało zapisane. Zmniejsz zdjęcie albo podziel dokument.
invalid-attachment-kind = Wybierz, co pokazuje: photo (zdjęcie), payslip (odcinek wypłaty, loonstrook), contract (umowa), housing (mieszkanie) albo other (inne).
invalid-attachment-location-heic = Z pliku HEIC nie da się usunąć miejsca, w którym zrobiono zdjęcie. Zapisz go z --with-location tylko wtedy, gdy to miejsce może być widoczne, albo dodaj zdjęcie jeszcze raz jako JPEG.
invalid-export-format = Wybierz format html (raport dla lekarza), fhir albo json.
diary-verify-ok = Dzienniczek się zgadza: żaden wpis nie został zmieniony od chwili zapisania.
diary-verify-bad = Dzienniczek się nie zgadza: został zmieniony, uszkodzony albo jest niepełny. Lista pokazuje, gdzie.
diary-no-breaches = W zapisanych zmianach nie ma naruszeń tych przepisów o czasie pracy: { $rules }.
tour-diary = Prywatny dzienniczek: długa zmiana i ból pleców po niej. Werkmaat sprawdza, czy zmiana jest zgodna z przepisami o czasie pracy, i udowadnia, że w dzienniczku nic nie zostało zmienione:
cli-cmd-diary-backup = Zapisz zaszyfrowaną kopię zapasową dzienniczka, chronioną hasłem, które wybierzesz
cli-cmd-diary-restore = Przywróć kopię zapasową do pustego dzienniczka, na przykład na nowym telefonie
cli-opt-passphrase-file = Plik z hasłem do kopii zapasowej
invalid-backup = Ten plik nie jest kopią zapasową z Werkmaat albo jest uszkodzony lub niepełny. Nic nie zostało przywrócone.
invalid-passphrase = To hasło nie otwiera tej kopii zapasowej. Nic nie zostało przywrócone.
invalid-passphrase-short = Użyj hasła, które ma co najmniej 8 znaków.
invalid-restore-not-empty = Kopię zapasową można przywrócić tylko do pustego dzienniczka.
cli-opt-care-with = U kogo była wizyta: gp (lekarz rodzinny), gp_post (huisartsenpost), emergency (oddział ratunkowy) albo bedrijfsarts (lekarz zakładowy)
cli-opt-limit-entries = Ile wpisów pokazać
cli-opt-doctor-locale = Język lekarza, pokazany w raporcie obok twojego języka (jeśli go nie podasz: nl)
cli-opt-identity = Które z zapisanych danych trafią do eksportu, oddzielone przecinkami: name, birth_date, bsn, employer, agency, insurer (bez tej opcji: name i birth_date; numer BSN tylko wtedy, gdy o to poprosisz)
invalid-doctor-locale = Wybierz dla lekarza jeden z języków aplikacji Werkmaat: nl, en, pl, ro, bg, uk, hu, lt, pt albo es.
invalid-identity-field = Wybierz dane do eksportu z tej listy, oddzielone przecinkami: name, birth_date, bsn, employer, agency, insurer.
tour-report = Raport dla lekarza, w twoim języku i z tekstem po niderlandzku obok, jest zapisany tutaj:

# Files the CLI reads and writes.
invalid-file-exists = Plik o tej nazwie już istnieje. Nic nie zostało zapisane.
cli-file-exists = Plik { $path } już istnieje. Wybierz inną nazwę albo dodaj --force, żeby go zastąpić.
cli-file-in-profile = { $path } jest w folderze twojego profilu. Werkmaat tam nie zapisuje: wybierz plik poza tym folderem.
cli-file-unreadable = Werkmaat nie może odczytać pliku { $path }. Sprawdź nazwę i to, czy plik istnieje.
cli-key-file-damaged = Plik klucza { $path } jest uszkodzony: musi mieć dokładnie 32 bajty. Werkmaat go nie zastępuje, bo twój profil otworzy się tylko z prawdziwym kluczem. Przywróć kopię pliku klucza.
cli-not-text = Część polecenia nie jest czytelnym tekstem (UTF-8). Wpisz ją jeszcze raz albo zmień nazwę pliku tak, żeby była zwykłym tekstem.
cli-opt-force = Zastąp plik, jeśli już istnieje
diary-verify-proves-witness = Zgadza się też z ostatnim stanem zapamiętanym na tym urządzeniu, więc nie usunięto nowszych wpisów. Nie dowodzi to, kiedy wpisy zostały zapisane.
diary-verify-proves-head = Nic poza telefonem nie potwierdza tego dzienniczka. Sprawdzenie dowodzi tylko, że zgadza się on ze swoim skrótem: porównaj ten skrót ze skrótem otrzymanym wcześniej.
diary-verify-proves-anchor = Usługa znacznika czasu potwierdziła dzienniczek do pewnej chwili: wpisy do tego miejsca już wtedy istniały i od tego czasu się nie zmieniły.
diary-verify-clock = Godziny wpisów pochodzą z zegara telefonu: to tylko to, co pokazywał telefon, a nie dowód.
invalid-witness-file = Nie można odczytać pliku kontrolnego (nazwa pliku klucza plus .witness). Nie usuwaj go: pokazuje, czy dzienniczek przywrócono do starszego stanu.
diary-damaged = Niektórych wpisów nie da się odczytać (są uszkodzone) i zostały pominięte. Użyj „werkmaat diary verify”, aby zobaczyć, których.
