# Werkmaat: interface strings: errors, command-line help, language names, the tour (Romanian).
# Translation of the reference locale (en): same messages, attributes and variables.
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.

## Language names. Each locale names every language in its own language;
## a language's own locale gives its native name (the picker shows both).

language-en = engleză
language-nl = olandeză
language-pl = poloneză
language-ro = română
language-bg = bulgară
language-uk = ucraineană
language-hu = maghiară
language-lt = lituaniană
language-pt = portugheză
language-es = spaniolă

## Errors. They never repeat what the user typed or stored.

# $expected (number) - bytes a key must have; $actual (number) - bytes it has
error-invalid-key-length = Cheia bazei de date trebuie să aibă { $expected ->
    [one] { $expected } octet
    [few] { $expected } octeți
   *[other] { $expected } de octeți
}, dar are { $actual ->
    [one] { $actual } octet
    [few] { $actual } octeți
   *[other] { $actual } de octeți
}.
error-wrong-key = Această cheie nu deschide profilul. Nu s-a schimbat nimic.
# $found (number) - version of the saved profile; $supported (number) - newest version this app reads
error-incompatible-version = Acest profil a fost salvat cu o versiune mai nouă de Werkmaat (versiunea bazei de date: { $found }; această versiune citește cel mult versiunea { $supported }). Actualizați aplicația. Nu s-a schimbat nimic.
error-closed = Profilul este închis. Deschideți-l din nou ca să continuați.
error-cancelled = Operațiunea a fost oprită. Nu s-a salvat și nu s-a schimbat nimic.
error-tampered = Unele date salvate nu pot fi citite: sunt deteriorate sau au fost modificate în afara aplicației Werkmaat.
error-storage = Werkmaat nu a putut citi sau salva datele pe acest dispozitiv.
error-file = Werkmaat nu a putut folosi un fișier de pe acest dispozitiv. Verificați dacă mai este spațiu liber și dacă se poate scrie în folder.
set-aside-warning = { $reason ->
        [lost] Pe { $at }, datele salvate ale acestui profil lipseau. Werkmaat a început din nou cu un profil gol.
       *[other] Pe { $at }, datele salvate ale acestui profil nu au putut fi citite. Werkmaat a păstrat copia deteriorată ca { $file } și a început din nou cu un profil gol.
    }
cli-set-aside-acknowledge = După ce ați citit acest mesaj, rulați: werkmaat info --acknowledge
cli-opt-acknowledge = Nu mai afișează avertismentul despre datele care nu au putut fi citite

## Explanations of a value that is not accepted.

invalid-bsn-format = Un număr BSN (burgerservicenummer) are 9 cifre.
invalid-bsn-checksum = Acest număr BSN (burgerservicenummer) nu este corect. Verificați cifrele din scrisoarea de la primărie (gemeente) sau de la administrația fiscală (Belastingdienst).
invalid-phone = Un număr de telefon poate avea doar cifre, spații, +, - și paranteze.
invalid-date-of-birth = Data nașterii nu poate fi în viitor.
invalid-too-long = Acest text este prea lung.
invalid-date = Scrieți data ca an-lună-zi, de exemplu 2026-11-28.
invalid-key-file = Fișierul cheii trebuie să aibă exact 32 de octeți. Folosiți fișierul creat de Werkmaat sau creați un profil nou.
invalid-wipe-not-confirmed = Ștergerea profilului nu poate fi anulată. Adăugați --yes dacă vreți cu siguranță să-l ștergeți.

## Command-line help

cli-about = Werkmaat: drepturile dumneavoastră la locul de muncă, un jurnal privat de sănătate și o listă de verificare pentru asigurări în Olanda. Funcționează fără internet.
cli-opt-data-dir = Folderul cu profilul dumneavoastră (implicit: folderul de date al acestui calculator)
cli-opt-locale = Limbile pe care le preferați, începând cu cea mai importantă, despărțite prin virgulă (de exemplu: pl,en)
cli-opt-json = Afișează rezultatul în format JSON (pentru alte programe)
cli-opt-today = Folosește această dată ca zi de azi pentru toate regulile (YYYY-MM-DD)
cli-opt-key-file = Fișierul cu cheia de 32 de octeți a profilului (implicit: fișierul cheii din folderul profilului)
cli-cmd-info = Afișează profilul: versiunea, versiunea bazei de date, folderul și limba
cli-cmd-locales = Afișează limbile în care este disponibil Werkmaat
cli-cmd-tour = O scurtă prezentare a ceea ce poate face Werkmaat, pe un profil temporar
cli-cmd-details = Datele dumneavoastră personale (nume, BSN, asigurare, medic de familie), salvate criptat
cli-cmd-details-show = Afișează datele salvate
cli-cmd-details-set = Salvează datele; câmpurile pe care nu le completați rămân neschimbate
cli-cmd-details-clear = Șterge datele salvate
cli-cmd-wipe = Șterge definitiv acest profil: baza de date, copiile de rezervă și fișierele create din el
cli-opt-yes = Confirmă că doriți să ștergeți profilul
cli-error = Eroare

## Labels of the profile

info-version = Versiunea Werkmaat
info-schema-version = Versiunea bazei de date
info-data-dir = Folderul profilului
info-locale = Limba
info-locales = Limbi
locales-complete = traducere completă
locales-incomplete = traducere incompletă

## Personal details

details-full-name = Nume și prenume
details-date-of-birth = Data nașterii
details-bsn = Număr BSN (burgerservicenummer)
details-phone = Telefon
details-insurer = Firma de asigurări de sănătate (zorgverzekeraar)
details-policy-number = Numărul poliței (polisnummer)
details-gp-name = Medic de familie (huisarts)
details-gp-phone = Telefonul medicului de familie
details-employer = Firma la care lucrați (werkgever)
details-agency = Agenție de muncă (uitzendbureau)
details-empty = Nu aveți încă date salvate.
details-saved = Datele dumneavoastră sunt salvate criptat pe acest dispozitiv.
details-cleared = Datele dumneavoastră au fost șterse.
wipe-done = Profilul a fost șters.

## The tour: a walk through Werkmaat on a temporary profile

tour-title = Werkmaat: o scurtă prezentare
# $dir (string) - the temporary folder
tour-profile = A fost creat un profil nou în { $dir }. Este criptat cu o cheie proprie, pe care telefonul o păstrează în spațiul său securizat pentru chei.
# $count (number) - how many languages
tour-languages = Werkmaat este disponibil în { $count ->
    [one] { $count } limbă
    [few] { $count } limbi
   *[other] { $count } de limbi
}:
# $requested (string) - languages a phone asks for; $chosen (string) - the languages Werkmaat uses, in order
tour-negotiation = Un telefon setat pe { $requested } primește: { $chosen }
tour-details = Datele dumneavoastră sunt salvate criptat: niciun fișier al profilului nu conține numele pe care l-ați salvat.
tour-wrong-key = O altă cheie nu poate deschide profilul:
tour-reopen = Profilul a fost închis și deschis din nou cu cheia corectă; datele salvate sunt tot acolo.
tour-end = Sfârșitul prezentării. Profilul temporar a fost șters.

## Command-line help: headings and built-in options

cli-usage = Utilizare
cli-commands = Comenzi
cli-options = Opțiuni
cli-opt-help = Afișează acest ajutor
cli-opt-version = Afișează versiunea
invalid-key-file-missing = Lipsește fișierul cheii pentru acest profil. Fără el, profilul nu poate fi deschis.
invalid-usage = Werkmaat nu a înțeles această comandă. Folosiți --help ca să vedeți ce puteți scrie.
tour-details-leak = Atenție: numele salvat a fost găsit într-un fișier al profilului. Criptarea nu funcționează.
tour-failed = Prezentarea a găsit o problemă: Werkmaat nu funcționează cum trebuie pe acest dispozitiv.

## How facts are written. Translators: place the parts the way your language writes them.

# $amount (string) - the number, already written with this language's separators
format-money = { $amount } €
# $value (string) - the number, already written with this language's separators
format-percent = { $value } %
# $day (number) - day of the month; $month (string) - jan … dec; $year (string)
format-date = { $day } { $month ->
    [jan] ianuarie
    [feb] februarie
    [mar] martie
    [apr] aprilie
    [may] mai
    [jun] iunie
    [jul] iulie
    [aug] august
    [sep] septembrie
    [oct] octombrie
    [nov] noiembrie
   *[dec] decembrie
} { $year }

## More errors

error-unknown-guide = Nu există niciun ghid cu acest nume.
error-unknown-phrase = Nu există nicio fișă cu acest nume.
error-content = O parte din informațiile incluse în Werkmaat nu pot fi citite. Actualizați sau reinstalați aplicația.

## Guides and phrase cards

cli-cmd-guides = Drepturile dumneavoastră la locul de muncă și în sistemul de sănătate din Olanda, în cuvinte simple, cu surse
cli-cmd-guides-list = Afișează lista ghidurilor
cli-cmd-guides-show = Afișează un ghid
cli-cmd-guides-search = Caută în ghiduri
cli-cmd-guides-speech = Afișează un ghid ca text pentru citit cu voce tare, cu limba fiecărei părți
cli-cmd-phrases = Fișe de arătat la ghișeu, la medic, la farmacie sau la angajator: limba dumneavoastră alături de olandeză
cli-cmd-phrases-list = Afișează lista fișelor
cli-cmd-phrases-show = Afișează o fișă
cli-arg-guide-id = Numele ghidului, așa cum apare în listă
cli-arg-phrase-id = Numele fișei, așa cum apare în listă
cli-arg-query = Cuvintele pe care le căutați
guides-sources = Surse
# $date (string) - the date the information was checked
guides-verified = Informații verificate în surse la data de { $date }.
# $date (string) - last day the value is known to be right; $source (string) - where to check
guides-stale = Este posibil ca aceste informații să nu mai fie actuale: o sumă sau o regulă din acest ghid a fost confirmată doar până la { $date }. Verificați: { $source }
guides-no-results = Nu s-a găsit nimic. Încercați alt cuvânt sau un cuvânt olandez, de exemplu huisarts.
phrases-dutch = În olandeză (Nederlands)
tour-guide = Ghidurile despre drepturi vă explică drepturile la locul de muncă și în sistemul de sănătate din Olanda, cu surse. De exemplu:
# A word a user of this language would search for; it must occur in this language's guides
tour-search-query = asigurare
# $query (string) - the words searched for
tour-search = Căutarea cuvântului „{ $query }” în ghiduri găsește:
tour-card = O fișă de arătat la medic, în limba dumneavoastră și în olandeză, cu datele dumneavoastră salvate:

## The checklist

cli-cmd-checklist = Lista dumneavoastră de verificare pentru asigurarea de sănătate: ce trebuie să faceți și până când
cli-cmd-checklist-questions = Afișează întrebările care vi se aplică acum
cli-cmd-checklist-answer = Răspunde la o întrebare (yes pentru da, no pentru nu, o dată YYYY-MM-DD, un număr sau un răspuns din listă)
cli-cmd-checklist-show = Afișează lista de verificare, cu termenele
cli-cmd-checklist-done = Bifează un punct ca făcut
cli-cmd-checklist-reset = Șterge toate răspunsurile și bifele dumneavoastră
cli-arg-question = Numele întrebării, așa cum apare în lista de întrebări
cli-arg-value = Răspunsul dumneavoastră
cli-arg-item = Numele punctului, așa cum apare în lista de verificare
error-unknown-question = Nu există nicio întrebare cu acest nume.
error-unknown-item = Acest punct nu este acum în lista dumneavoastră de verificare.
invalid-answer-yes-no = Răspundeți cu yes (da) sau no (nu).
invalid-answer-number = Răspundeți cu un număr.
invalid-number-unclear = Nu știm sigur ce număr vreți să scrieți. Scrieți-l așa: { $example } (sau doar cifre, fără puncte, virgule sau spații).
invalid-answer-range = Acest număr nu este posibil aici.
invalid-answer-option = Alegeți unul dintre răspunsurile din listă.
# $count (number) - how many sources the guide names
tour-sources = { $count ->
    [one] ({ $count } sursă)
    [few] ({ $count } surse)
   *[other] ({ $count } de surse)
}
tour-checklist = Lista de verificare pentru asigurări, pentru un lucrător dat ca exemplu: lucrează printr-o agenție, a început acum șase săptămâni, este înregistrat în RNI și nu are încă asigurare de sănătate olandeză:

## The care finder

cli-cmd-care = Caută cel mai apropiat medic de familie, cabinet de gardă (huisartsenpost), secție de urgențe sau farmacie
cli-cmd-care-nearest = Afișează cele mai apropiate servicii medicale
cli-cmd-care-search = Caută servicii medicale după nume sau localitate
cli-cmd-care-now = Arată unde să cereți ajutor acum: la medicul de familie, la cabinetul de gardă (huisartsenpost) sau la numărul de urgență
cli-cmd-care-overpass = Afișează interogarea OpenStreetMap pentru o zonă, ca să încărcați serviciile medicale când aveți internet
cli-cmd-care-import = Încarcă servicii medicale dintr-un răspuns OpenStreetMap (un fișier)
cli-opt-lat = Latitudinea locului unde vă aflați, de exemplu 51.37
cli-opt-lon = Longitudinea locului unde vă aflați, de exemplu 6.17
cli-opt-postcode = Codul dumneavoastră poștal, de exemplu 5911 sau 5911 AB
cli-opt-limit = Câte servicii medicale să fie afișate
cli-opt-kind = Tipul de serviciu: gp (medic de familie), gp_post (cabinet de gardă), emergency (urgențe) sau pharmacy (farmacie)
cli-opt-at = Folosește această dată și oră în loc de momentul actual (de exemplu 2026-11-28T21:30:00+01:00)
cli-opt-urgent = Viața este în pericol
cli-opt-open-now = Doar locurile care, după programul lor, sunt deschise acum (sau la ora din --at)
cli-opt-bbox = Zona: marginea de sud, de vest, de nord și de est, în grade, de exemplu 51.3,6.0,51.5,6.3
cli-arg-file = Fișierul care trebuie citit
invalid-latitude = Latitudinea trebuie să fie un număr între -90 și 90.
invalid-longitude = Longitudinea trebuie să fie un număr între -180 și 180.
invalid-postcode-format = Un cod poștal olandez are 4 cifre sau 4 cifre și 2 litere, de exemplu 5911 AB.
invalid-postcode-unknown = Werkmaat nu cunoaște acest cod poștal. Verificați-l sau folosiți locul unde vă aflați.
invalid-limit = Cereți cel puțin 1 și cel mult 100 de rezultate.
invalid-place-kind = Alegeți gp, gp_post, emergency sau pharmacy.
invalid-entry-kind = Alegeți symptom, incident, shift sau care_contact.
invalid-origin = Indicați locul unde vă aflați (--lat și --lon) sau codul poștal (--postcode).
invalid-time = Scrieți data și ora ca în acest exemplu: 2026-11-28T21:30:00+01:00.
invalid-bbox = Indicați zona prin patru numere: sud, vest, nord și est. Zona poate avea cel mult 5 grade lățime.
invalid-osm-answer = Acest fișier nu este un răspuns OpenStreetMap (Overpass) în format JSON. Nu s-a încărcat nimic.
invalid-osm-extract = Acest fișier nu este un extras OpenStreetMap (.osm.pbf sau .osm) sau este deteriorat ori incomplet. Nu s-a creat niciun pachet.
tour-care = Unde trebuie să meargă acum cineva cu codul poștal { $postcode }:

## Content packs: updates of the information in Werkmaat

info-content = Versiunea informațiilor
cli-cmd-pack = Actualizări ale informațiilor din Werkmaat (pachete de actualizare) și instrumente pentru editorii lor
cli-cmd-pack-keygen = Creează o cheie nouă cu care se semnează pachetele (pentru editori)
cli-cmd-pack-build = Creează și semnează un pachet cu informațiile din această versiune de Werkmaat (pentru editori)
cli-cmd-pack-places = Creează și semnează un pachet de locuri dintr-un extras OpenStreetMap: medici de familie (huisarts), huisartsenpost, farmacii și urgențe (spoedeisende hulp) (pentru editori)
cli-cmd-pack-verify = Verifică un pachet cu o cheie publică (pentru editori)
cli-cmd-pack-install = Instalează un pachet: doar pachetele semnate cu o cheie în care Werkmaat are încredere
cli-cmd-pack-rollback = Revine la informațiile incluse inițial în Werkmaat
cli-opt-out = Fișierul care trebuie scris
cli-opt-pack-key = Fișierul cu cheia secretă de semnare
cli-opt-pack-version = Versiunea pachetului: mai mare decât a oricărui pachet anterior
cli-opt-pack-parts = Ce părți să fie incluse în pachet, despărțite prin virgulă (implicit: toate)
cli-opt-pack-from = Un folder cu fișiere care înlocuiesc părți (facts.json, guides.json, phrases.json, checklist.json, places.json)
cli-opt-pack-from-osm = Extrasul OpenStreetMap de citit (.osm.pbf sau .osm)
cli-opt-public-key = Cheia publică (64 de caractere hexazecimale)
invalid-public-key = O cheie publică are 64 de caractere hexazecimale.
invalid-secret-key = Un fișier cu cheie secretă conține 64 de caractere hexazecimale.
invalid-pack-parts = Parte necunoscută. Părțile posibile sunt: locales, facts, guides, phrases, checklist, places.
pack-refused-oversized = Această actualizare este prea mare. Nu s-a instalat nimic.
pack-refused-truncated = Această actualizare este incompletă: lipsește sfârșitul fișierului. Nu s-a instalat nimic.
pack-refused-not-a-pack = Acest fișier nu este o actualizare pentru Werkmaat. Nu s-a instalat nimic.
pack-refused-signature = Această actualizare nu este semnată de un editor în care Werkmaat are încredere sau a fost modificată după semnare. Nu s-a instalat nimic.
pack-refused-retired-key = Această actualizare este semnată cu o cheie care nu mai este folosită. Nu s-a instalat nimic.
pack-refused-manifest = Această actualizare nu este alcătuită corect. Nu s-a instalat nimic.
pack-refused-format = Această actualizare este făcută pentru o altă versiune de Werkmaat. Nu s-a instalat nimic.
pack-refused-hash = O parte din această actualizare nu se potrivește cu descrierea ei semnată. Nu s-a instalat nimic.
pack-refused-older = Această actualizare nu este mai nouă decât informațiile pe care le aveți deja. Nu s-a instalat nimic.
pack-refused-content = Informațiile din această actualizare nu se potrivesc între ele. Nu s-a instalat nimic.

## Trusted time for the diary: time-stamps (RFC 3161) and why one is refused
invalid-anchor-garbage = Acest fișier nu este un răspuns de la un serviciu de marcare temporală sau este deteriorat.
invalid-anchor-not-granted = Serviciul de marcare temporală nu a dat o marcă temporală. Încercați din nou mai târziu sau folosiți alt serviciu.
invalid-anchor-imprint-mismatch = Această marcă temporală este pentru alte date, nu pentru acest jurnal.
invalid-anchor-nonce-mismatch = Acest răspuns aparține altei cereri. Faceți o cerere nouă și trimiteți-o serviciului.
invalid-anchor-bad-signature = Semnătura de pe această marcă temporală nu este corectă: marca a fost modificată sau falsificată.
invalid-anchor-unsupported-algorithm = Werkmaat nu poate verifica acest tip de semnătură. Verifică RSA și ECDSA P-256 cu SHA-256.
invalid-anchor-missing-certificate = Lipsește certificatul serviciului de marcare temporală. Dați acest certificat ca certificat de încredere.
invalid-anchor-untrusted = Această marcă temporală vine de la un serviciu care nu este pe lista dumneavoastră de certificate de încredere.
invalid-anchor-not-valid-at-time = Certificatul serviciului de marcare temporală nu era valabil în momentul mărcii temporale (de exemplu, expirase).
invalid-anchor-no-time-stamping-usage = Aceasta a fost semnată cu un certificat care nu este pentru mărci temporale.
invalid-anchor-trusted-certificate = Certificatul de încredere nu poate fi citit. Dați un fișier PEM cu unul sau mai multe certificate.
invalid-anchor-empty-diary = Jurnalul este gol. Scrieți mai întâi o înregistrare, apoi cereți o marcă temporală.
invalid-anchor-no-request = Nu există nicio cerere deschisă pentru acest răspuns. Faceți o cerere nouă, trimiteți-o serviciului de marcare temporală și adăugați răspunsul lui.
diary-anchor-requested = Cererea a fost salvată în fișierul { $file }. Când aveți acces la internet, trimiteți acest fișier unui serviciu de marcare temporală (RFC 3161), apoi adăugați răspunsul lui cu „werkmaat diary anchor add”.
diary-anchor-added = Marcă temporală adăugată: { $tsa } confirmă că jurnalul dumneavoastră, până la această înregistrare inclusiv, exista deja la această dată și oră: { $time }.

## The diary

cli-cmd-diary = Jurnalul dumneavoastră privat pentru simptome și accidente de muncă: ce s-a întâmplat, când și cât de grav
cli-cmd-diary-vocab = Afișează simptomele și părțile corpului din care puteți alege
cli-cmd-diary-add = Adaugă o înregistrare: un simptom, un accident de muncă, o tură sau o vizită la medic
cli-cmd-diary-list = Afișează înregistrările dumneavoastră, începând cu cele mai noi
cli-cmd-diary-get = Afișează o înregistrare cu toate detaliile
cli-cmd-diary-correct = Corectează o înregistrare: versiunea veche rămâne în istoric
cli-cmd-diary-delete = Șterge o înregistrare: în jurnal rămâne un gol vizibil
cli-cmd-diary-history = Afișează toate versiunile unei înregistrări
cli-cmd-diary-hours = Verifică dacă turele dumneavoastră respectă regulile privind timpul de muncă și de odihnă
cli-cmd-diary-verify = Verifică jurnalul sau un fișier de jurnal primit: este fiecare înregistrare la fel ca atunci când a fost scrisă?
cli-cmd-diary-export = Salvează jurnalul într-un fișier ales de dumneavoastră
cli-opt-symptom = Simptomul, așa cum apare în `diary vocab`
cli-opt-body-part = Partea corpului, așa cum apare în `diary vocab`
cli-opt-severity = Cât de grav este, de la 0 (deloc) la 10 (cel mai rău)
cli-opt-at-time = Când (de exemplu 2026-11-28T06:30:00+01:00); implicit: acum
cli-opt-note = O notă, cu cuvintele dumneavoastră
cli-opt-work-related = Problema a fost cauzată sau agravată de muncă
cli-opt-description = Ce s-a întâmplat, cu cuvintele dumneavoastră
cli-opt-place = Unde s-a întâmplat (de exemplu: hala 3, rampa de încărcare)
cli-opt-task = Ce lucrați atunci
cli-opt-machine = Mașina, unealta sau substanța implicată
cli-opt-witness = Numele cuiva care a văzut (repetați pentru mai multe persoane)
cli-opt-reported-to = Pe cine ați anunțat: employer (angajator), agency (agenție de muncă), bedrijfsarts (medic de medicina muncii), gp (medic de familie) sau arbeidsinspectie (Inspecția Muncii); adăugați @ și ora, dacă o știți (employer@2026-11-28T10:00:00+01:00); repetați pentru mai mulți
cli-opt-start = Când a început tura (de exemplu 2026-11-28T06:00:00+01:00)
cli-opt-end = Când s-a terminat tura
cli-opt-break-minutes = Câte minute de pauză ați avut în timpul turei
cli-opt-from = De la această zi (YYYY-MM-DD)
cli-opt-to = Până la această zi inclusiv (YYYY-MM-DD)
cli-opt-kind-entry = Doar acest tip de înregistrări: symptom (simptom), incident (accident de muncă), shift (tură) sau care_contact (contact cu medicul)
cli-opt-export-file = Un fișier de jurnal (JSON) pe care vi l-a dat cineva
cli-opt-tsa-cert-verify = Verifică mărcile temporale din fișierul de jurnal cu aceste certificate de încredere (PEM), în locul celor din fișier
cli-cmd-diary-anchor = Mărci temporale: un serviciu extern confirmă că jurnalul dumneavoastră exista deja la un anumit moment
cli-cmd-diary-anchor-request = Creează o cerere de marcă temporală pentru jurnal, așa cum este acum
cli-opt-anchor-out = Unde se salvează cererea (un fișier .tsq pe care îl trimiteți serviciului de marcare temporală)
cli-cmd-diary-anchor-add = Adaugă în jurnal răspunsul serviciului de marcare temporală
cli-arg-anchor-response = Răspunsul serviciului de marcare temporală (un fișier .tsr)
cli-opt-tsa-cert = Certificatul serviciului de marcare temporală în care aveți încredere (PEM)
cli-opt-format = Tipul fișierului: html (raportul pentru medic), fhir (pentru sistemele medicale) sau json (totul, pentru verificare sau păstrare)
cli-opt-with-location = Include în fișier și locurile în care ați fost
cli-arg-entry = ID-ul înregistrării, așa cum apare în listă
cli-cmd-diary-attach = Atașați o fotografie sau un document (JPEG, PNG, HEIC sau PDF, până la 20 MB) la o înregistrare
cli-arg-attachment-file = Fișierul de atașat
cli-opt-attachment-kind = Ce arată: photo (fotografie), payslip (fluturaș de salariu, loonstrook), contract, housing (locuință) sau other (altceva)
cli-cmd-diary-attachments = Arată fotografiile și documentele din jurnal sau de la o înregistrare
cli-cmd-diary-attachment = Salvați o copie a unui atașament sau ștergeți-l
cli-cmd-diary-attachment-get = Salvați o copie a unui atașament (fără locul unde a fost făcut)
cli-cmd-diary-attachment-delete = Ștergeți un atașament (jurnalul îi păstrează amprenta)
cli-arg-attachment = ID-ul atașamentului, cum apare în listă
cli-opt-attachment-out = Unde se salvează copia
cli-opt-attachment-with-location = Păstrați în copie locul unde a fost făcută fotografia
diary-attached = Atașat. ID-ul lui: { $id }
diary-attachments-none = Nu este atașată nicio fotografie și niciun document.
diary-attachment-saved = Salvat fără locul unde a fost făcut: { $file }
diary-attachment-saved-with-location = Salvat cu locul unde a fost făcut: { $file }
diary-attachment-deleted = Atașamentul a fost șters. Jurnalul îi păstrează amprenta (SHA-256), așa că se vede că lipsește ceva.
attachment-kind-photo = fotografie
attachment-kind-payslip = fluturaș de salariu (loonstrook)
attachment-kind-contract = contract
attachment-kind-housing = locuință
attachment-kind-other = altceva
error-unknown-entry = Nu există în jurnal nicio înregistrare cu acest ID.
invalid-symptom-code = Simptom necunoscut. Vedeți lista în `diary vocab`.
invalid-body-part = Parte a corpului necunoscută. Vedeți lista în `diary vocab`.
invalid-severity = Cât de grav este? Scrieți un număr de la 0 la 10.
invalid-empty = Scrieți cel puțin câteva cuvinte.
invalid-reported-to = Alegeți pe cine ați anunțat: employer, agency, bedrijfsarts, gp sau arbeidsinspectie.
invalid-photo = O fotografie are nevoie de numele fișierului și de amprenta SHA-256 (64 de caractere hexazecimale).
invalid-shift-order = O tură trebuie să se termine după ce a început.
invalid-future-time = O înregistrare nu poate fi mai târziu decât acum. Verificați data și ora.
invalid-shift-length = O tură nu poate dura mai mult de o zi. Dacă ați lucrat mai mult, notați munca în două ture.
invalid-break = Pauza trebuie să fie mai scurtă decât tura.
invalid-care-with = Alegeți gp (medic de familie), gp_post (cabinet de gardă), emergency (urgențe) sau bedrijfsarts (medic de medicina muncii).
invalid-correction-kind = O corectare trebuie să fie de același tip ca înregistrarea pe care o corectează.
invalid-diary-export = Acest fișier nu este un jurnal salvat de Werkmaat.
error-unknown-attachment = Nu există niciun atașament cu acest ID.
invalid-attachment-format = Acest fișier nu este o fotografie (JPEG, PNG, HEIC) sau un PDF. Nu s-a salvat nimic.
invalid-attachment-too-large = Acest fișier are peste 20 MB. Nu s-a salvat nimic. Micșorați fotografia sau împărțiți documentul.
invalid-attachment-kind = Alegeți ce arată: photo (fotografie), payslip (fluturaș de salariu, loonstrook), contract, housing (locuință) sau other (altceva).
invalid-attachment-location-heic = Locul unde a fost făcută fotografia nu poate fi scos dintr-un fișier HEIC. Salvați-o cu --with-location doar dacă locul poate fi văzut, sau atașați-o din nou ca JPEG.
invalid-export-format = Alegeți formatul html (raportul pentru medic), fhir sau json.
diary-verify-ok = Jurnalul este în regulă: nicio înregistrare nu a fost modificată de când a fost scrisă.
diary-verify-bad = Jurnalul nu este în regulă: a fost modificat, este deteriorat sau incomplet. Lista arată unde.
diary-no-breaches = În turele pe care le-ați notat nu există încălcări ale acestor reguli privind timpul de muncă: { $rules }.
tour-diary = Un jurnal privat: o tură lungă și durerea de spate de după ea. Werkmaat verifică tura după regulile privind timpul de muncă și dovedește că nimic din jurnal nu a fost modificat:
cli-cmd-diary-backup = Salvează o copie de rezervă criptată a jurnalului, protejată cu o parolă aleasă de dumneavoastră
cli-cmd-diary-restore = Restaurează o copie de rezervă într-un jurnal gol, de exemplu pe un telefon nou
cli-opt-passphrase-file = Un fișier cu parola copiei de rezervă
invalid-backup = Acest fișier nu este o copie de rezervă Werkmaat sau este deteriorat ori incomplet. Nu a fost restaurat nimic.
invalid-passphrase = Această parolă nu deschide copia de rezervă. Nu a fost restaurat nimic.
invalid-passphrase-short = Folosiți o parolă de cel puțin 8 caractere.
invalid-restore-not-empty = O copie de rezervă poate fi restaurată doar într-un jurnal gol.
cli-opt-care-with = La cine ați fost: gp (medic de familie), gp_post (cabinet de gardă), emergency (urgențe) sau bedrijfsarts (medic de medicina muncii)
cli-opt-limit-entries = Câte înregistrări să fie afișate
cli-opt-doctor-locale = Limba medicului, afișată în raport lângă limba dumneavoastră (nl, dacă nu o indicați)
cli-opt-identity = Care dintre datele salvate apar în export, separate prin virgulă: name, birth_date, bsn, employer, agency, insurer (dacă nu alegeți: name și birth_date; numărul BSN doar dacă îl cereți)
invalid-doctor-locale = Alegeți pentru medic una dintre limbile aplicației Werkmaat: nl, en, pl, ro, bg, uk, hu, lt, pt sau es.
invalid-identity-field = Alegeți datele pentru export din această listă, separate prin virgulă: name, birth_date, bsn, employer, agency, insurer.
tour-report = Raportul pentru medic, în limba dumneavoastră și cu textul în olandeză alături, a fost salvat aici:

# Files the CLI reads and writes.
invalid-file-exists = Există deja un fișier cu acest nume. Nu s-a scris nimic.
cli-file-exists = Fișierul { $path } există deja. Alegeți alt nume sau adăugați --force ca să-l înlocuiți.
cli-file-in-profile = { $path } este în folderul profilului dumneavoastră. Werkmaat nu scrie acolo: alegeți un fișier din afara acestui folder.
cli-file-unreadable = Werkmaat nu poate citi fișierul { $path }. Verificați numele și dacă fișierul există.
cli-key-file-damaged = Fișierul cheii { $path } este deteriorat: trebuie să aibă exact 32 de octeți. Werkmaat nu îl înlocuiește, pentru că profilul se deschide doar cu cheia adevărată. Puneți la loc o copie a fișierului cheii.
cli-not-text = O parte din comandă nu este text citibil (UTF-8). Scrieți-o din nou sau redenumiți fișierul astfel încât numele să fie text simplu.
cli-opt-force = Înlocuiește fișierul dacă există deja
diary-verify-proves-witness = Se potrivește și cu ultima stare păstrată de acest dispozitiv, deci nu au fost scoase înregistrări mai noi. Nu dovedește când au fost scrise înregistrările.
diary-verify-proves-head = Nimic din afara telefonului nu garantează acest jurnal. Verificarea dovedește doar că se potrivește cu amprenta lui: comparați-o cu o amprentă primită mai devreme.
diary-verify-proves-anchor = Un serviciu de marcare temporală a confirmat jurnalul până la un moment dat: înregistrările de până atunci existau deja și nu s-au schimbat de atunci.
diary-verify-clock = Orele înregistrărilor vin de la ceasul telefonului: sunt ce a arătat telefonul, nu o dovadă.
invalid-witness-file = Fișierul de control (numele fișierului cheii plus .witness) nu poate fi citit. Nu-l ștergeți: arată dacă jurnalul a fost readus la o stare mai veche.
diary-damaged = Unele înregistrări nu pot fi citite (sunt deteriorate) și sunt lăsate deoparte. Rulați „werkmaat diary verify” ca să vedeți care.
