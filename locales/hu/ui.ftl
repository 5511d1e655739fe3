# Werkmaat: interface strings (errors, command-line help, language names, the tour), Hungarian.
# Translated from the reference locale (en): same messages, attributes and variables.
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.
# Form of address: formal "Ön" (as in Hungarian public-service apps), used consistently. The app speaks as "we".

## Language names. Each locale names every language in its own language;
## a language's own locale gives its native name (the picker shows both).

language-en = angol
language-nl = holland
language-pl = lengyel
language-ro = román
language-bg = bolgár
language-uk = ukrán
language-hu = magyar
language-lt = litván
language-pt = portugál
language-es = spanyol

## Errors. They never repeat what the user typed or stored.

# $expected (number) - bytes a key must have; $actual (number) - bytes it has
error-invalid-key-length = Az adatbázis kulcsának { $expected } bájt hosszúnak kell lennie, de a hossza { $actual ->
    [one] { $actual } bájt
   *[other] { $actual } bájt
}.
error-wrong-key = Ezzel a kulccsal nem lehet megnyitni a profilt. Semmi sem változott.
# $found (number) - version of the saved profile; $supported (number) - newest version this app reads
error-incompatible-version = Ezt a profilt a Werkmaat egy újabb verziója mentette (adatbázis-verzió: { $found }; ez a verzió csak { $supported }-ig tudja olvasni). Frissítse az alkalmazást. Semmi sem változott.
error-closed = A profil zárva van. A folytatáshoz nyissa meg újra.
error-cancelled = Leállítva. Semmit sem mentettünk, és semmi sem változott.
error-tampered = Néhány mentett adat nem olvasható: megsérült, vagy valaki a Werkmaat alkalmazáson kívül módosította.
error-storage = A Werkmaat nem tudta beolvasni vagy elmenteni az adatokat ezen az eszközön.
error-file = A Werkmaat nem tudott használni egy fájlt ezen az eszközön. Ellenőrizze, hogy van-e szabad hely, és hogy a mappába lehet-e írni.
set-aside-warning = { $reason ->
        [lost] Ennek a profilnak a mentett adatai hiányoztak (dátum: { $at }). A Werkmaat üres profillal kezdte újra.
       *[other] Ennek a profilnak a mentett adatait nem lehetett beolvasni (dátum: { $at }). A Werkmaat a sérült másolatot { $file } néven megőrizte, és üres profillal kezdte újra.
    }
cli-set-aside-acknowledge = Ha ezt elolvasta, futtassa: werkmaat info --acknowledge
cli-opt-acknowledge = Ne jelenjen meg többé a figyelmeztetés a be nem olvasható adatokról

## Explanations of a value that is not accepted.

invalid-bsn-format = A BSN (burgerservicenummer) 9 számjegyből áll.
invalid-bsn-checksum = Ez a BSN (burgerservicenummer) nem helyes. Ellenőrizze a számjegyeket abban a levélben, amelyet az önkormányzattól (gemeente) vagy az adóhivataltól (Belastingdienst) kapott.
invalid-phone = A telefonszámban csak számjegyek, szóközök, zárójelek, valamint + és - jel lehet.
invalid-date-of-birth = A születési dátum nem lehet a jövőben.
invalid-too-long = Ez a szöveg túl hosszú.
invalid-date = A dátumot így írja: év-hónap-nap, például 2026-11-28.
invalid-key-file = A kulcsfájlnak pontosan 32 bájtból kell állnia. Használja azt a fájlt, amelyet a Werkmaat készített, vagy hozzon létre új profilt.
invalid-wipe-not-confirmed = A profil törlését nem lehet visszavonni. Ha biztos benne, írja hozzá a parancshoz: --yes.

## Command-line help

cli-about = Werkmaat: munkahelyi jogai Hollandiában, személyes egészségnapló és ellenőrzőlista a biztosításhoz. Internet nélkül is működik.
cli-opt-data-dir = A mappa, amelyben a profilja van (ha nem ad meg mást: ennek a számítógépnek az adatmappája)
cli-opt-locale = A nyelvek, amelyeket szeretne, a legfontosabb legelöl, vesszővel elválasztva (például: pl,en)
cli-opt-json = Az eredmény kiírása JSON formátumban (más programok számára)
cli-opt-today = Ez a dátum legyen a mai nap minden szabálynál (YYYY-MM-DD)
cli-opt-key-file = A fájl, amelyben a profil 32 bájtos kulcsa van (ha nem ad meg mást: a profilmappában lévő kulcsfájl)
cli-cmd-info = A profil megjelenítése: verzió, adatbázis-verzió, mappa és nyelv
cli-cmd-locales = A nyelvek listája, amelyeken a Werkmaat használható
cli-cmd-tour = Rövid bemutató arról, mire képes a Werkmaat, egy ideiglenes profillal
cli-cmd-details = Az Ön személyes adatai (név, BSN, biztosítás, háziorvos), titkosítva tárolva
cli-cmd-details-show = A mentett adatok megjelenítése
cli-cmd-details-set = Adatok mentése; a kihagyott mezők nem változnak
cli-cmd-details-clear = A mentett adatok törlése
cli-cmd-wipe = A profil végleges törlése: az adatbázis, a biztonsági mentések és a belőle készült fájlok
cli-opt-yes = Annak megerősítése, hogy törölni szeretné a profilt
cli-error = Hiba

## Labels of the profile

info-version = Werkmaat-verzió
info-schema-version = Adatbázis-verzió
info-data-dir = Profilmappa
info-locale = Nyelv
info-locales = Nyelvek
locales-complete = teljes
locales-incomplete = nem teljes

## Personal details

details-full-name = Név
details-date-of-birth = Születési dátum
details-bsn = BSN-szám (burgerservicenummer)
details-phone = Telefonszám
details-insurer = Egészségbiztosító (zorgverzekeraar)
details-policy-number = Kötvényszám (polisnummer)
details-gp-name = Háziorvos (huisarts)
details-gp-phone = A háziorvos telefonszáma
details-employer = A cég, ahol dolgozik (werkgever)
details-agency = Munkaerő-kölcsönző cég (uitzendbureau)
details-empty = Még nincsenek mentett adatok.
details-saved = Adatait titkosítva elmentettük ezen az eszközön.
details-cleared = Adatait töröltük.
wipe-done = A profilt töröltük.

## The tour: a walk through Werkmaat on a temporary profile

tour-title = Werkmaat: rövid bemutató
# $dir (string) - the temporary folder
tour-profile = Új profil készült itt: { $dir }. Saját kulccsal van titkosítva, amelyet a telefon a biztonságos kulcstárolójában őriz.
# $count (number) - how many languages
tour-languages = A Werkmaat { $count ->
    [one] { $count } nyelven
   *[other] { $count } nyelven
} érhető el:
# $requested (string) - languages a phone asks for; $chosen (string) - the languages Werkmaat uses, in order
tour-negotiation = Ha a telefon nyelve { $requested }, a Werkmaat ezeket használja: { $chosen }
tour-details = Adatait titkosítva tároljuk: a profil egyik fájlja sem tartalmazza a mentett nevet.
tour-wrong-key = Más kulccsal nem lehet megnyitni a profilt:
tour-reopen = Bezártuk, majd a helyes kulccsal újra megnyitottuk; a mentett adatok még megvannak.
tour-end = A bemutató véget ért. Az ideiglenes profilt töröltük.

## Command-line help: headings and built-in options

cli-usage = Használat
cli-commands = Parancsok
cli-options = Opciók
cli-opt-help = A súgó megjelenítése
cli-opt-version = A verzió megjelenítése
invalid-key-file-missing = Hiányzik a profil kulcsfájlja. Enélkül a profilt nem lehet megnyitni.
invalid-usage = Ezt a parancsot nem értjük. A --help beírásával megnézheti, mit írhat be.
tour-details-leak = Figyelem: a mentett nevet megtaláltuk a profil egyik fájljában. A titkosítás nem működik.
tour-failed = A bemutató hibát talált: a Werkmaat ezen az eszközön nem működik úgy, ahogy kellene.

## How facts are written. Translators: place the parts the way your language writes them.

# $amount (string) - the number, already written with this language's separators
format-money = { $amount } €
# $value (string) - the number, already written with this language's separators
format-percent = { $value }%
# $day (number) - day of the month; $month (string) - jan … dec; $year (string)
format-date = { $year }. { $month ->
    [jan] január
    [feb] február
    [mar] március
    [apr] április
    [may] május
    [jun] június
    [jul] július
    [aug] augusztus
    [sep] szeptember
    [oct] október
    [nov] november
   *[dec] december
} { $day }.

## More errors

error-unknown-guide = Nincs ilyen nevű útmutató.
error-unknown-phrase = Nincs ilyen nevű mondatkártya.
error-content = A Werkmaatba beépített információk egy része nem olvasható. Frissítse vagy telepítse újra az alkalmazást.

## Guides and phrase cards

cli-cmd-guides = Jogai a munkahelyen és a holland egészségügyben, egyszerű szavakkal, forrásokkal
cli-cmd-guides-list = Az útmutatók listája
cli-cmd-guides-show = Egy útmutató megjelenítése
cli-cmd-guides-search = Keresés az útmutatókban
cli-cmd-guides-speech = Egy útmutató felolvasásra szánt szövegként, minden résznél a nyelvével
cli-cmd-phrases = Kártyák, amelyeket megmutathat az ügyfélszolgálaton, az orvosnál, a gyógyszertárban vagy a munkáltatójának: az Ön nyelvén és mellette hollandul
cli-cmd-phrases-list = A kártyák listája
cli-cmd-phrases-show = Egy kártya megjelenítése
cli-arg-guide-id = Az útmutató neve, ahogy a lista mutatja
cli-arg-phrase-id = A kártya neve, ahogy a lista mutatja
cli-arg-query = A keresett szavak
guides-sources = Források
# $date (string) - the date the information was checked
guides-verified = A forrásokkal való egyeztetés dátuma: { $date }
# $date (string) - last day the value is known to be right; $source (string) - where to check
guides-stale = Lehet, hogy ez már nem naprakész: az útmutató egyik összegét vagy szabályát csak { $date } napjáig tudtuk megerősíteni. Ellenőrizze itt: { $source }
guides-no-results = Nincs találat. Próbálkozzon más szóval, vagy egy holland szóval, például: huisarts.
phrases-dutch = Hollandul (Nederlands)
tour-guide = A jogi útmutatók egyszerűen elmagyarázzák az Ön jogait a munkahelyen és a holland egészségügyben, forrásokkal. Például:
# A word a user of this language would search for; it must occur in this language's guides
tour-search-query = biztosítás
# $query (string) - the words searched for
tour-search = Ha erre keres az útmutatókban: „{ $query }”, ezeket találja:
tour-card = Egy kártya, amelyet az orvosnál megmutathat, az Ön nyelvén és hollandul, a mentett adataival:

## The checklist

cli-cmd-checklist = Az Ön egészségbiztosítási ellenőrzőlistája: mit kell tennie, és milyen határidőig
cli-cmd-checklist-questions = Az Önre most vonatkozó kérdések megjelenítése
cli-cmd-checklist-answer = Válasz egy kérdésre (igen/nem, dátum YYYY-MM-DD formában, szám, vagy egy válaszlehetőség)
cli-cmd-checklist-show = Az ellenőrzőlista megjelenítése a határidőkkel
cli-cmd-checklist-done = Egy teendő megjelölése elvégzettként
cli-cmd-checklist-reset = Az összes válasz és jelölés törlése
cli-arg-question = A kérdés neve, ahogy a kérdések listája mutatja
cli-arg-value = Az Ön válasza
cli-arg-item = A teendő neve, ahogy az ellenőrzőlista mutatja
error-unknown-question = Nincs ilyen nevű kérdés.
error-unknown-item = Ez a teendő most nincs az ellenőrzőlistáján.
invalid-answer-yes-no = Válaszoljon igennel vagy nemmel.
invalid-answer-number = Számmal válaszoljon.
invalid-number-unclear = Nem tudjuk biztosan, melyik számra gondol. Írja így: { $example } (vagy csak számjegyekkel, pont, vessző és szóköz nélkül).
invalid-answer-range = Ez a szám itt nem lehetséges.
invalid-answer-option = Válasszon a listán szereplő válaszok közül.
# $count (number) - how many sources the guide names
tour-sources = { $count ->
    [one] ({ $count } forrás)
   *[other] ({ $count } forrás)
}
tour-checklist = Így néz ki a biztosítási ellenőrzőlista egy kölcsönzött munkavállalónál, aki hat hete kezdett dolgozni, az RNI-ben van regisztrálva, és még nincs holland egészségbiztosítása:

## The care finder

cli-cmd-care = A legközelebbi háziorvos, orvosi ügyelet, sürgősségi osztály vagy gyógyszertár megkeresése
cli-cmd-care-nearest = A legközelebbi egészségügyi ellátóhelyek megjelenítése
cli-cmd-care-search = Ellátóhelyek keresése név vagy település alapján
cli-cmd-care-now = Hová forduljon most: a háziorvosához, az orvosi ügyelethez, vagy hívja a segélyhívó számot
cli-cmd-care-overpass = Egy terület OpenStreetMap-lekérdezésének kiírása, amellyel internetkapcsolat mellett betöltheti a helyeket
cli-cmd-care-import = Ellátóhelyek betöltése egy OpenStreetMap-válaszból (fájlból)
cli-opt-lat = A tartózkodási helyének földrajzi szélessége, például 51.37
cli-opt-lon = A tartózkodási helyének földrajzi hosszúsága, például 6.17
cli-opt-postcode = Az Ön irányítószáma, például 5911 vagy 5911 AB
cli-opt-limit = Hány helyet mutasson
cli-opt-kind = Milyen helyet keres: gp (háziorvos), gp_post (orvosi ügyelet), emergency (sürgősségi osztály) vagy pharmacy (gyógyszertár)
cli-opt-at = A Werkmaat ezt az időpontot használja a mostani helyett (például 2026-11-28T21:30:00+01:00)
cli-opt-urgent = Életveszély van
cli-opt-open-now = Csak azok a helyek, amelyek a nyitvatartásuk szerint most nyitva vannak (vagy a --at időpontjában)
cli-opt-bbox = A terület: a déli, nyugati, északi és keleti széle fokban, például 51.3,6.0,51.5,6.3
cli-arg-file = A beolvasandó fájl
invalid-latitude = A földrajzi szélesség csak -90 és 90 közötti szám lehet.
invalid-longitude = A földrajzi hosszúság csak -180 és 180 közötti szám lehet.
invalid-postcode-format = A holland irányítószám 4 számjegyből, vagy 4 számjegyből és 2 betűből áll, például 5911 AB.
invalid-postcode-unknown = A Werkmaat nem ismeri ezt az irányítószámot. Ellenőrizze, vagy adja meg a tartózkodási helyét.
invalid-limit = Legalább 1 és legfeljebb 100 helyet kérhet.
invalid-place-kind = Válasszon: gp, gp_post, emergency vagy pharmacy.
invalid-entry-kind = Válasszon: symptom, incident, shift vagy care_contact.
invalid-origin = Adja meg a tartózkodási helyét (--lat és --lon) vagy az irányítószámát (--postcode).
invalid-time = Az időpontot úgy írja, mint ebben a példában: 2026-11-28T21:30:00+01:00.
invalid-bbox = A területet négy számmal adja meg: a déli, nyugati, északi és keleti szélével. A terület legfeljebb 5 fok széles lehet.
invalid-osm-answer = Ez a fájl nem JSON formátumú OpenStreetMap-válasz (Overpass). Semmit sem töltöttünk be.
invalid-osm-extract = Ez a fájl nem OpenStreetMap-kivonat (.osm.pbf vagy .osm), vagy sérült, vagy hiányos. Nem készült csomag.
tour-care = Hová forduljon most valaki, akinek az irányítószáma { $postcode }:

## Content packs: updates of the information in Werkmaat

info-content = Információk verziója
cli-cmd-pack = A Werkmaat információinak frissítései (tartalomcsomagok) és eszközök a kiadóknak
cli-cmd-pack-keygen = Új kulcs készítése csomagok aláírásához (kiadóknak)
cli-cmd-pack-build = Csomag összeállítása és aláírása a Werkmaat ezen verziójának információiból (kiadóknak)
cli-cmd-pack-places = Helyek csomagjának összeállítása és aláírása egy OpenStreetMap-kivonatból: háziorvosok (huisarts), huisartsenpost, gyógyszertárak és sürgősségi osztályok (spoedeisende hulp) (kiadóknak)
cli-cmd-pack-verify = Csomag ellenőrzése egy nyilvános kulccsal (kiadóknak)
cli-cmd-pack-install = Csomag telepítése: csak akkor, ha olyan kulccsal írták alá, amelyben a Werkmaat megbízik
cli-cmd-pack-rollback = Visszatérés a Werkmaatba eredetileg beépített információkhoz
cli-opt-out = A kiírandó fájl
cli-opt-pack-key = A fájl, amelyben a titkos aláíró kulcs van
cli-opt-pack-version = A csomag verziószáma: nagyobb legyen, mint bármelyik korábbi csomagé
cli-opt-pack-parts = Mely részek kerüljenek a csomagba, vesszővel elválasztva (ha nem ad meg mást: mind)
cli-opt-pack-from = Egy mappa olyan fájlokkal, amelyek lecserélnek egyes részeket (facts.json, guides.json, phrases.json, checklist.json, places.json)
cli-opt-pack-from-osm = A beolvasandó OpenStreetMap-kivonat (.osm.pbf vagy .osm)
cli-opt-public-key = A nyilvános kulcs (64 hexadecimális számjegy)
invalid-public-key = A nyilvános kulcs 64 hexadecimális számjegyből áll.
invalid-secret-key = A titkos kulcs fájljában 64 hexadecimális számjegynek kell lennie.
invalid-pack-parts = Nincs ilyen nevű rész. A részek: locales, facts, guides, phrases, checklist, places.
pack-refused-oversized = Ez a frissítés túl nagy. Semmit sem telepítettünk.
pack-refused-truncated = Ez a frissítés nem teljes: hiányzik a fájl vége. Semmit sem telepítettünk.
pack-refused-not-a-pack = Ez a fájl nem Werkmaat-frissítés. Semmit sem telepítettünk.
pack-refused-signature = Ezt a frissítést nem olyan kiadó írta alá, akiben a Werkmaat megbízik, vagy az aláírás után megváltoztatták. Semmit sem telepítettünk.
pack-refused-retired-key = Ezt a frissítést olyan kulccsal írták alá, amelyet már nem használnak. Semmit sem telepítettünk.
pack-refused-manifest = Ez a frissítés nincs jól összeállítva. Semmit sem telepítettünk.
pack-refused-format = Ez a frissítés a Werkmaat egy másik verziójához készült. Semmit sem telepítettünk.
pack-refused-hash = Ennek a frissítésnek egy része nem egyezik az aláírt leírással. Semmit sem telepítettünk.
pack-refused-older = Ez a frissítés nem újabb, mint az Önnél már meglévő információk. Semmit sem telepítettünk.
pack-refused-content = Ebben a frissítésben az információk nem illenek össze. Semmit sem telepítettünk.

## Trusted time for the diary: time-stamps (RFC 3161) and why one is refused
invalid-anchor-garbage = Ez a fájl nem egy időbélyeg-szolgáltatás válasza, vagy sérült.
invalid-anchor-not-granted = Az időbélyeg-szolgáltatás nem adott időbélyeget. Próbálja újra később, vagy használjon másik szolgáltatást.
invalid-anchor-imprint-mismatch = Ez az időbélyeg más adatokhoz tartozik, nem ehhez a naplóhoz.
invalid-anchor-nonce-mismatch = Ez a válasz egy másik kéréshez tartozik. Készítsen új kérést, és küldje el a szolgáltatásnak.
invalid-anchor-bad-signature = Az időbélyegen lévő aláírás nem helyes: az időbélyeget megváltoztatták vagy hamisították.
invalid-anchor-unsupported-algorithm = A Werkmaat ezt a fajta aláírást nem tudja ellenőrizni. Az RSA és az ECDSA P-256 aláírást ellenőrzi, SHA-256-tal.
invalid-anchor-missing-certificate = Hiányzik az időbélyeg-szolgáltatás tanúsítványa. Adja meg ezt a tanúsítványt megbízható tanúsítványként.
invalid-anchor-untrusted = Ez az időbélyeg olyan szolgáltatástól származik, amely nincs rajta a megbízható tanúsítványai listáján.
invalid-anchor-not-valid-at-time = Az időbélyeg-szolgáltatás tanúsítványa nem volt érvényes az időbélyeg idején (például lejárt).
invalid-anchor-no-time-stamping-usage = Ezt olyan tanúsítvánnyal írták alá, amely nem időbélyegekhez készült.
invalid-anchor-trusted-certificate = A megbízható tanúsítványt nem lehet beolvasni. Adjon meg egy PEM-fájlt egy vagy több tanúsítvánnyal.
invalid-anchor-empty-diary = A napló üres. Előbb írjon egy bejegyzést, utána kérjen időbélyeget.
invalid-anchor-no-request = Ehhez a válaszhoz nincs nyitott kérés. Készítsen új kérést, küldje el az időbélyeg-szolgáltatásnak, és adja hozzá a szolgáltatás válaszát.
diary-anchor-requested = A Werkmaat ebbe a fájlba mentette a kérést: { $file }. Amikor van internetkapcsolata, küldje el ezt a fájlt egy időbélyeg-szolgáltatásnak (RFC 3161), majd adja hozzá a választ a „werkmaat diary anchor add” paranccsal.
diary-anchor-added = Időbélyeg hozzáadva. Az időbélyeg-szolgáltatás ({ $tsa }) igazolja, hogy az Ön naplója – ezzel a bejegyzéssel bezárólag – már létezett ebben az időpontban: { $time }.

## The diary

cli-cmd-diary = Az Ön privát naplója a tüneteiről és a munkahelyi sérüléseiről: mi történt, mikor, és mennyire súlyos
cli-cmd-diary-vocab = A választható tünetek és testrészek megjelenítése
cli-cmd-diary-add = Új bejegyzés: tünet, munkahelyi baleset, műszak vagy orvosnál járás
cli-cmd-diary-list = A bejegyzések megjelenítése, a legújabbal kezdve
cli-cmd-diary-get = Egy bejegyzés megjelenítése minden részlettel
cli-cmd-diary-correct = Egy bejegyzés javítása: a régi változat megmarad az előzményekben
cli-cmd-diary-delete = Egy bejegyzés törlése: a helyén látható hézag marad a naplóban
cli-cmd-diary-history = Egy bejegyzés összes változatának megjelenítése
cli-cmd-diary-hours = Annak ellenőrzése, hogy a műszakjai megfelelnek-e a munkaidőre és a pihenőidőre vonatkozó szabályoknak
cli-cmd-diary-verify = A napló vagy egy kapott naplófájl ellenőrzése: minden bejegyzés olyan-e, amilyennek írták?
cli-cmd-diary-export = A napló mentése egy Ön által választott fájlba
cli-opt-symptom = A tünet, ahogy a `diary vocab` parancs felsorolja
cli-opt-body-part = A testrész, ahogy a `diary vocab` parancs felsorolja
cli-opt-severity = Mennyire súlyos: 0-tól (egyáltalán nem) 10-ig (a lehető legrosszabb)
cli-opt-at-time = Mikor (például 2026-11-28T06:30:00+01:00); ha nem ad meg mást: most
cli-opt-note = Az Ön saját szavai
cli-opt-work-related = A munka okozta vagy súlyosbította
cli-opt-description = Mi történt, a saját szavaival
cli-opt-place = Hol történt (például: 3-as csarnok, rakodórámpa)
cli-opt-task = Milyen munkát végzett akkor
cli-opt-machine = A gép, szerszám vagy anyag, amely érintett volt
cli-opt-witness = Valaki neve, aki látta (több emberhez ismételje meg)
cli-opt-reported-to = Kinek szólt róla: employer (munkáltató), agency (kölcsönző cég), bedrijfsarts (üzemorvos), gp (háziorvos) vagy arbeidsinspectie (munkaügyi felügyelet); ha tudja, írja utána a @ jelet és az időt (employer@2026-11-28T10:00:00+01:00); többhöz ismételje meg
cli-opt-start = Mikor kezdődött a műszak (például 2026-11-28T06:00:00+01:00)
cli-opt-end = Mikor ért véget a műszak
cli-opt-break-minutes = Hány perc szünet volt a műszak alatt
cli-opt-from = Ettől a naptól (YYYY-MM-DD)
cli-opt-to = Eddig a napig (YYYY-MM-DD)
cli-opt-kind-entry = Csak ez a fajta: symptom (tünet), incident (baleset), shift (műszak) vagy care_contact (orvosnál járás)
cli-opt-export-file = Egy naplófájl (JSON), amelyet valaki átadott Önnek
cli-opt-tsa-cert-verify = A naplófájlban lévő időbélyegek ellenőrzése ezekkel a megbízható tanúsítványokkal (PEM), a fájlban lévő tanúsítványok helyett
cli-cmd-diary-anchor = Időbélyegek: egy külső szolgáltatás igazolja, hogy az Ön naplója egy adott időpontban már létezett
cli-cmd-diary-anchor-request = Időbélyeg-kérés készítése a napló jelenlegi állapotáról
cli-opt-anchor-out = Hová kerüljön a kérés (egy .tsq-fájl, amelyet Önnek kell elküldenie az időbélyeg-szolgáltatásnak)
cli-cmd-diary-anchor-add = Az időbélyeg-szolgáltatás válaszának hozzáadása a naplóhoz
cli-arg-anchor-response = Az időbélyeg-szolgáltatás válasza (egy .tsr-fájl)
cli-opt-tsa-cert = Az időbélyeg-szolgáltatás tanúsítványa, amelyben Ön megbízik (PEM)
cli-opt-format = A fájl formátuma: html (jelentés az orvosnak), fhir (egészségügyi rendszereknek) vagy json (minden adat, ellenőrzéshez vagy megőrzéshez)
cli-opt-with-location = Azok a helyek is kerüljenek a fájlba, ahol Ön járt
cli-arg-entry = A bejegyzés kódja, ahogy a lista mutatja
cli-cmd-diary-attach = Fénykép vagy dokumentum (JPEG, PNG, HEIC vagy PDF, legfeljebb 20 MB) csatolása egy bejegyzéshez
cli-arg-attachment-file = A csatolandó fájl
cli-opt-attachment-kind = Mit mutat: photo (fénykép), payslip (bérjegyzék, loonstrook), contract (szerződés), housing (szállás) vagy other (más)
cli-cmd-diary-attachments = A naplóhoz vagy egy bejegyzéshez csatolt fényképek és dokumentumok listája
cli-cmd-diary-attachment = Egy melléklet másolatának mentése vagy a melléklet törlése
cli-cmd-diary-attachment-get = Egy melléklet másolatának mentése (a készítés helye nélkül)
cli-cmd-diary-attachment-delete = Melléklet törlése (a napló megőrzi az ujjlenyomatát)
cli-arg-attachment = A melléklet kódja, ahogy a lista mutatja
cli-opt-attachment-out = Hová kerüljön a másolat
cli-opt-attachment-with-location = A fénykép készítésének helye maradjon a másolatban
diary-attached = Csatolva. A kódja: { $id }
diary-attachments-none = Nincs csatolt fénykép vagy dokumentum.
diary-attachment-saved = Mentve a készítés helye nélkül: { $file }
diary-attachment-saved-with-location = Mentve a készítés helyével: { $file }
diary-attachment-deleted = A melléklet törölve. A napló megőrzi az ujjlenyomatát (SHA-256), így látszik, hogy valami hiányzik.
attachment-kind-photo = fénykép
attachment-kind-payslip = bérjegyzék (loonstrook)
attachment-kind-contract = szerződés
attachment-kind-housing = szállás
attachment-kind-other = más
error-unknown-entry = Nincs ilyen kódú naplóbejegyzés.
invalid-symptom-code = Nincs ilyen tünet. A listát a `diary vocab` paranccsal nézheti meg.
invalid-body-part = Nincs ilyen testrész. A listát a `diary vocab` paranccsal nézheti meg.
invalid-severity = Azt, hogy mennyire súlyos, 0 és 10 közötti számmal adja meg.
invalid-empty = Írjon legalább néhány szót.
invalid-reported-to = Válassza ki, kinek szólt: employer, agency, bedrijfsarts, gp vagy arbeidsinspectie.
invalid-photo = A fényképhez meg kell adni a fájl nevét és az SHA-256 ujjlenyomatát (64 hexadecimális számjegy).
invalid-shift-order = A műszaknak a kezdete után kell véget érnie.
invalid-future-time = A bejegyzés nem lehet későbbi, mint most. Nézze meg a dátumot és az időt.
invalid-shift-length = Egy műszak nem lehet hosszabb egy napnál. A hosszú munkát két műszakként írja be.
invalid-break = A szünetnek rövidebbnek kell lennie, mint a műszak.
invalid-care-with = Válasszon: gp, gp_post, emergency vagy bedrijfsarts.
invalid-correction-kind = Egy bejegyzést csak ugyanolyan fajta bejegyzéssel lehet javítani.
invalid-diary-export = Ez a fájl nem a Werkmaatból kimentett napló.
error-unknown-attachment = Nincs ilyen kódú melléklet.
invalid-attachment-format = Ez a fájl nem fénykép (JPEG, PNG, HEIC) és nem PDF. Semmi sem lett elmentve.
invalid-attachment-too-large = Ez a fájl nagyobb, mint 20 MB. Semmi sem lett elmentve. Kicsinyítse a fényképet, vagy ossza fel a dokumentumot.
invalid-attachment-kind = Válassza ki, mit mutat: photo (fénykép), payslip (bérjegyzék, loonstrook), contract (szerződés), housing (szállás) vagy other (más).
invalid-attachment-location-heic = A fénykép készítésének helye nem törölhető HEIC-fájlból. Csak akkor mentse --with-location kapcsolóval, ha a hely látható lehet, vagy csatolja újra JPEG-ként.
invalid-export-format = Ezek közül válasszon formátumot: html (jelentés az orvosnak), fhir vagy json.
diary-verify-ok = A napló rendben van: egyik bejegyzés sem változott, amióta megírták.
diary-verify-bad = A napló nincs rendben: megváltoztatták, megsérült vagy hiányos. A lista megmutatja, hol.
diary-no-breaches = A beírt műszakjaiban semmi sem sérti ezeket a munkaidőre vonatkozó szabályokat: { $rules }.
tour-diary = Egy privát napló: egy hosszú műszak, és utána hátfájás. A Werkmaat összeveti a műszakot a munkaidőre vonatkozó szabályokkal, és igazolja, hogy a naplóban semmit sem változtattak meg:
cli-cmd-diary-backup = Titkosított biztonsági mentés készítése a naplóról, egy Ön által választott jelszóval védve
cli-cmd-diary-restore = Biztonsági mentés visszaállítása egy üres naplóba, például egy új telefonon
cli-opt-passphrase-file = Egy fájl, amelyben a biztonsági mentés jelszava van
invalid-backup = Ez a fájl nem a Werkmaat biztonsági mentése, vagy sérült, vagy hiányzik a vége. Semmit sem állítottunk vissza.
invalid-passphrase = Ezzel a jelszóval nem lehet megnyitni ezt a biztonsági mentést. Semmit sem állítottunk vissza.
invalid-passphrase-short = A jelszó legalább 8 karakterből álljon.
invalid-restore-not-empty = Biztonsági mentést csak üres naplóba lehet visszaállítani.
cli-opt-care-with = Hol kapott ellátást: gp (háziorvos), gp_post (orvosi ügyelet), emergency (sürgősségi osztály) vagy bedrijfsarts (üzemorvos)
cli-opt-limit-entries = Hány bejegyzés jelenjen meg
cli-opt-doctor-locale = Az orvos nyelve, amely a jelentésben az Ön nyelve mellett jelenik meg (ha nem adja meg: nl)
cli-opt-identity = Mely mentett adatai kerüljenek az exportba, vesszővel elválasztva: name, birth_date, bsn, employer, agency, insurer (ha nem választ: name és birth_date; a BSN-számot csak akkor, ha kéri)
invalid-doctor-locale = Az orvos számára a Werkmaat egyik nyelvét válassza: nl, en, pl, ro, bg, uk, hu, lt, pt vagy es.
invalid-identity-field = Válassza ki az exportálandó adatokat ebből a listából, vesszővel elválasztva: name, birth_date, bsn, employer, agency, insurer.
tour-report = Az orvosnak szóló jelentést az Ön nyelvén, mellette hollandul, ide mentettük:

# Files the CLI reads and writes.
invalid-file-exists = Már van ilyen nevű fájl. A Werkmaat nem írt ki semmit.
cli-file-exists = A(z) { $path } fájl már létezik. Válasszon másik nevet, vagy írja hozzá a --force kapcsolót, hogy lecserélje.
cli-file-in-profile = A(z) { $path } a profil mappájában van. A Werkmaat nem ír oda: válasszon egy fájlt ezen a mappán kívül.
cli-file-unreadable = A Werkmaat nem tudja beolvasni a(z) { $path } fájlt. Ellenőrizze a nevet, és hogy a fájl megvan-e.
cli-key-file-damaged = A(z) { $path } kulcsfájl sérült: pontosan 32 bájtnak kell benne lennie. A Werkmaat nem cseréli le, mert a profil csak a valódi kulccsal nyílik meg. Tegye vissza a kulcsfájl egy másolatát.
cli-not-text = A parancssor egyik argumentuma nem olvasható szöveg (UTF-8). Írja be újra, vagy nevezze át a fájlt, hogy a neve egyszerű szöveg legyen.
cli-opt-force = A fájl lecserélése, ha már létezik
diary-verify-proves-witness = Egyezik az eszközön utoljára elmentett állapottal is, tehát újabb bejegyzéseket nem vettek ki. Azt nem bizonyítja, hogy a bejegyzéseket mikor írták.
diary-verify-proves-head = A telefonon kívül semmi sem igazolja ezt a naplót. Az ellenőrzés csak azt bizonyítja, hogy egyezik az ujjlenyomatával: vesse össze egy korábban kapott ujjlenyomattal.
diary-verify-proves-anchor = Egy időbélyeg-szolgáltatás egy adott időpontig igazolta a naplót: az addigi bejegyzések akkor már megvoltak, és azóta nem változtak.
diary-verify-clock = A bejegyzések időpontja a telefon órájából származik: azt mutatja, amit a telefon mondott, nem bizonyíték.
invalid-witness-file = Az ellenőrző fájl (a kulcsfájl neve és .witness) nem olvasható. Ne törölje: ebből látszik, hogy a naplót visszaállították-e egy régebbi állapotra.
diary-damaged = Néhány bejegyzés nem olvasható (sérült), ezek kimaradnak. A „werkmaat diary verify” paranccsal láthatja, melyek.
