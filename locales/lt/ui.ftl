# Werkmaat: interface strings (errors, command-line help, language names, the tour), Lithuanian.
# Translated from the reference locale (en): same messages, attributes and variables.
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.
# Form of address: polite "jūs" (imperatives in -kite), lower-case, used consistently.

## Language names. Each locale names every language in its own language;
## a language's own locale gives its native name (the picker shows both).

language-en = anglų
language-nl = olandų
language-pl = lenkų
language-ro = rumunų
language-bg = bulgarų
language-uk = ukrainiečių
language-hu = vengrų
language-lt = lietuvių
language-pt = portugalų
language-es = ispanų

## Errors. They never repeat what the user typed or stored.

# $expected (number) - bytes a key must have; $actual (number) - bytes it has
error-invalid-key-length = Duomenų bazės raktas turi būti { $expected } baitų ilgio, bet šis raktas yra { $actual ->
    [one] { $actual } baito
    [few] { $actual } baitų
    [many] { $actual } baito
   *[other] { $actual } baitų
} ilgio.
error-wrong-key = Šiuo raktu profilio atidaryti negalima. Nieko nepakeista.
# $found (number) - version of the saved profile; $supported (number) - newest version this app reads
error-incompatible-version = Šis profilis išsaugotas naujesne Werkmaat versija (duomenų bazės versija: { $found }; ši versija gali nuskaityti tik iki { $supported } versijos). Atnaujinkite programėlę. Nieko nepakeista.
error-closed = Profilis uždarytas. Kad galėtumėte tęsti, atidarykite jį iš naujo.
error-cancelled = Sustabdyta. Nieko neišsaugota ir nepakeista.
error-tampered = Kai kurių išsaugotų duomenų nepavyksta nuskaityti: jie sugadinti arba buvo pakeisti kita programa, ne Werkmaat.
error-storage = Werkmaat nepavyko nuskaityti ar įrašyti savo duomenų šiame įrenginyje.
error-file = Werkmaat nepavyko panaudoti failo šiame įrenginyje. Patikrinkite, ar yra laisvos vietos ir ar į aplanką galima rašyti.
set-aside-warning = { $reason ->
        [lost] { $at } šio profilio išsaugotų duomenų nebuvo rasta. Werkmaat pradėjo iš naujo su tuščiu profiliu.
       *[other] { $at } nepavyko perskaityti šio profilio išsaugotų duomenų. Werkmaat išsaugojo sugadintą kopiją pavadinimu { $file } ir pradėjo iš naujo su tuščiu profiliu.
    }
cli-set-aside-acknowledge = Kai tai perskaitysite, paleiskite: werkmaat info --acknowledge
cli-opt-acknowledge = Daugiau nerodyti įspėjimo apie duomenis, kurių nepavyko perskaityti

## Explanations of a value that is not accepted.

invalid-bsn-format = BSN (burgerservicenummer) sudaro 9 skaitmenys.
invalid-bsn-checksum = Šis BSN (burgerservicenummer) neteisingas. Patikrinkite skaitmenis laiške, kurį gavote iš savivaldybės (gemeente) arba mokesčių inspekcijos (Belastingdienst).
invalid-phone = Telefono numeryje gali būti tik skaitmenys, tarpai, +, - ir skliaustai.
invalid-date-of-birth = Gimimo data negali būti ateityje.
invalid-too-long = Šis tekstas per ilgas.
invalid-date = Datą rašykite taip: metai-mėnuo-diena, pavyzdžiui, 2026-11-28.
invalid-key-file = Rakto faile turi būti lygiai 32 baitai. Naudokite failą, kurį sukūrė Werkmaat, arba sukurkite naują profilį.
invalid-wipe-not-confirmed = Ištrinto profilio atkurti nebus galima. Jei tikrai norite jį ištrinti, pridėkite --yes.

## Command-line help

cli-about = Werkmaat: jūsų teisės darbe, asmeninis sveikatos dienoraštis ir draudimo patikros sąrašas – dirbantiems Nyderlanduose. Veikia be interneto.
cli-opt-data-dir = Aplankas, kuriame yra jūsų profilis (jei nenurodysite kito – šio kompiuterio duomenų aplankas)
cli-opt-locale = Kalbos, kurias norite naudoti, svarbiausia – pirma, atskirtos kableliais (pavyzdžiui: pl,en)
cli-opt-json = Išvesti rezultatą JSON formatu (kitoms programoms)
cli-opt-today = Visoms taisyklėms naudoti šią datą kaip šiandienos datą (YYYY-MM-DD)
cli-opt-key-file = Failas su jūsų profilio 32 baitų raktu (jei nenurodysite kito – rakto failas profilio aplanke)
cli-cmd-info = Rodyti profilį: versiją, duomenų bazės versiją, aplanką ir kalbą
cli-cmd-locales = Rodyti kalbas, kuriomis veikia Werkmaat
cli-cmd-tour = Trumpai parodyti, ką gali Werkmaat (naudojamas laikinas profilis)
cli-cmd-details = Jūsų asmens duomenys (vardas, BSN, draudimas, šeimos gydytojas), saugomi užšifruoti
cli-cmd-details-show = Rodyti išsaugotus duomenis
cli-cmd-details-set = Išsaugoti duomenis; laukai, kurių nenurodysite, liks nepakeisti
cli-cmd-details-clear = Ištrinti išsaugotus duomenis
cli-cmd-wipe = Visam laikui ištrinti šį profilį: duomenų bazę, atsargines kopijas ir iš jo sukurtus failus
cli-opt-yes = Patvirtinti, kad norite ištrinti profilį
cli-error = Klaida

## Labels of the profile

info-version = Werkmaat versija
info-schema-version = Duomenų bazės versija
info-data-dir = Profilio aplankas
info-locale = Kalba
info-locales = Kalbos
locales-complete = išversta visa
locales-incomplete = išversta ne visa

## Personal details

details-full-name = Vardas ir pavardė
details-date-of-birth = Gimimo data
details-bsn = BSN numeris (burgerservicenummer)
details-phone = Telefonas
details-insurer = Sveikatos draudimo bendrovė (zorgverzekeraar)
details-policy-number = Poliso numeris (polisnummer)
details-gp-name = Šeimos gydytojas (huisarts)
details-gp-phone = Šeimos gydytojo telefonas
details-employer = Įmonė, kurioje dirbate (werkgever)
details-agency = Įdarbinimo agentūra (uitzendbureau)
details-empty = Išsaugotų duomenų dar nėra.
details-saved = Jūsų duomenys užšifruoti ir išsaugoti šiame įrenginyje.
details-cleared = Jūsų duomenys ištrinti.
wipe-done = Profilis ištrintas.

## The tour: a walk through Werkmaat on a temporary profile

tour-title = Werkmaat: trumpa apžvalga
# $dir (string) - the temporary folder
tour-profile = Aplanke { $dir } sukurtas naujas profilis. Jis užšifruotas atskiru raktu, kurį telefonas laiko saugioje raktų saugykloje.
# $count (number) - how many languages
tour-languages = Werkmaat galima naudoti { $count ->
    [one] { $count } kalba
    [few] { $count } kalbomis
    [many] { $count } kalbos
   *[other] { $count } kalbų
}:
# $requested (string) - languages a phone asks for; $chosen (string) - the languages Werkmaat uses, in order
tour-negotiation = Jei telefone nustatytos kalbos { $requested }, Werkmaat naudos: { $chosen }
tour-details = Jūsų duomenys saugomi užšifruoti: nė viename profilio faile nėra jūsų išsaugoto vardo.
tour-wrong-key = Kitu raktu profilio atidaryti negalima:
tour-reopen = Profilis uždarytas ir vėl atidarytas teisingu raktu; išsaugoti duomenys vis dar yra.
tour-end = Apžvalgos pabaiga. Laikinas profilis ištrintas.

## Command-line help: headings and built-in options

cli-usage = Naudojimas
cli-commands = Komandos
cli-options = Parinktys
cli-opt-help = Rodyti šį pagalbos tekstą
cli-opt-version = Rodyti versiją
invalid-key-file-missing = Trūksta šio profilio rakto failo. Be jo profilio atidaryti negalima.
invalid-usage = Ši komanda nesuprasta. Naudokite --help ir pamatysite, ką galima įvesti.
tour-details-leak = Dėmesio: išsaugotas vardas rastas viename profilio faile. Šifravimas neveikia.
tour-failed = Apžvalgos metu rasta problema: Werkmaat šiame įrenginyje neveikia taip, kaip turėtų.

## How facts are written. Translators: place the parts the way your language writes them.

# $amount (string) - the number, already written with this language's separators
format-money = { $amount } €
# $value (string) - the number, already written with this language's separators
format-percent = { $value } %
# $day (number) - day of the month; $month (string) - jan … dec; $year (string)
format-date = { $year } m. { $month ->
    [jan] sausio
    [feb] vasario
    [mar] kovo
    [apr] balandžio
    [may] gegužės
    [jun] birželio
    [jul] liepos
    [aug] rugpjūčio
    [sep] rugsėjo
    [oct] spalio
    [nov] lapkričio
   *[dec] gruodžio
} { $day } d.

## More errors

error-unknown-guide = Gido tokiu pavadinimu nėra.
error-unknown-phrase = Frazių kortelės tokiu pavadinimu nėra.
error-content = Dalies Werkmaat įdiegtos informacijos nepavyksta nuskaityti. Atnaujinkite programėlę arba įdiekite ją iš naujo.

## Guides and phrase cards

cli-cmd-guides = Jūsų teisės darbe ir Nyderlandų sveikatos priežiūroje paprastais žodžiais, su šaltiniais
cli-cmd-guides-list = Rodyti gidų sąrašą
cli-cmd-guides-show = Rodyti vieną gidą
cli-cmd-guides-search = Ieškoti giduose
cli-cmd-guides-speech = Rodyti gidą kaip tekstą skaityti garsiai, nurodant kiekvienos dalies kalbą
cli-cmd-phrases = Kortelės, kurias galite parodyti prie langelio, gydytojui, vaistinėje ar darbdaviui: jūsų kalba šalia olandų kalbos
cli-cmd-phrases-list = Rodyti kortelių sąrašą
cli-cmd-phrases-show = Rodyti vieną kortelę
cli-arg-guide-id = Gido pavadinimas, kaip jis parašytas sąraše
cli-arg-phrase-id = Kortelės pavadinimas, kaip jis parašytas sąraše
cli-arg-query = Žodžiai, kurių ieškoti
guides-sources = Šaltiniai
# $date (string) - the date the information was checked
guides-verified = Patikrinta pagal šaltinius: { $date }
# $date (string) - last day the value is known to be right; $source (string) - where to check
guides-stale = Ši informacija gali būti pasenusi: suma ar taisyklė šiame gide patvirtinta tik iki { $date }, todėl pasitikrinkite: { $source }
guides-no-results = Nieko nerasta. Pabandykite kitą žodį arba olandišką žodį, pavyzdžiui, huisarts.
phrases-dutch = Olandų kalba (Nederlands)
tour-guide = Teisių gidai paaiškina jūsų teises darbe ir Nyderlandų sveikatos priežiūroje, nurodo šaltinius. Pavyzdžiui:
# A word a user of this language would search for; it must occur in this language's guides
tour-search-query = draudimas
# $query (string) - the words searched for
tour-search = Ieškant giduose žodžio „{ $query }“, randama:
tour-card = Kortelė, kurią galite parodyti pas gydytoją, jūsų ir olandų kalba, su jūsų išsaugotais duomenimis:

## The checklist

cli-cmd-checklist = Jūsų sveikatos draudimo patikros sąrašas: ką privalote padaryti ir iki kada
cli-cmd-checklist-questions = Rodyti klausimus, kurie jums aktualūs dabar
cli-cmd-checklist-answer = Atsakyti į klausimą (taip arba ne, data YYYY-MM-DD, skaičius arba vienas iš atsakymų)
cli-cmd-checklist-show = Rodyti jūsų patikros sąrašą su terminais
cli-cmd-checklist-done = Pažymėti punktą kaip atliktą
cli-cmd-checklist-reset = Ištrinti visus jūsų atsakymus ir žymas
cli-arg-question = Klausimo pavadinimas, kaip jis parašytas klausimų sąraše
cli-arg-value = Jūsų atsakymas
cli-arg-item = Punkto pavadinimas, kaip jis parašytas patikros sąraše
error-unknown-question = Klausimo tokiu pavadinimu nėra.
error-unknown-item = Šio punkto dabar jūsų patikros sąraše nėra.
invalid-answer-yes-no = Atsakykite „taip“ arba „ne“.
invalid-answer-number = Atsakykite skaičiumi.
invalid-number-unclear = Negalime būti tikri, kokį skaičių turite omenyje. Parašykite taip: { $example } (arba tik skaitmenis, be taškų, kablelių ir tarpų).
invalid-answer-range = Toks skaičius čia negalimas.
invalid-answer-option = Pasirinkite vieną iš atsakymų sąraše.
# $count (number) - how many sources the guide names
tour-sources = { $count ->
    [one] ({ $count } šaltinis)
    [few] ({ $count } šaltiniai)
    [many] ({ $count } šaltinio)
   *[other] ({ $count } šaltinių)
}
tour-checklist = Draudimo patikros sąrašas pavyzdiniam darbuotojui: jis dirba per agentūrą, pradėjo dirbti prieš šešias savaites, yra užsiregistravęs RNI ir dar neturi Nyderlandų sveikatos draudimo:

## The care finder

cli-cmd-care = Rasti artimiausią šeimos gydytoją, budintį šeimos gydytojų punktą, skubiosios pagalbos skyrių ar vaistinę
cli-cmd-care-nearest = Rodyti artimiausias gydymo įstaigas
cli-cmd-care-search = Ieškoti gydymo įstaigų pagal pavadinimą ar miestą
cli-cmd-care-now = Pasakyti, kur kreiptis dabar: į šeimos gydytoją, į budintį šeimos gydytojų punktą ar skambinti pagalbos numeriu
cli-cmd-care-overpass = Išvesti OpenStreetMap užklausą pasirinktai vietovei, kad prisijungę prie interneto galėtumėte įkelti vietas
cli-cmd-care-import = Įkelti gydymo įstaigas iš OpenStreetMap atsakymo (failo)
cli-opt-lat = Jūsų buvimo vietos platuma, pavyzdžiui, 51.37
cli-opt-lon = Jūsų buvimo vietos ilguma, pavyzdžiui, 6.17
cli-opt-postcode = Jūsų pašto kodas, pavyzdžiui, 5911 arba 5911 AB
cli-opt-limit = Kiek vietų rodyti
cli-opt-kind = Kokios vietos ieškoti: gp (šeimos gydytojas), gp_post (budintis šeimos gydytojų punktas), emergency (skubiosios pagalbos skyrius) arba pharmacy (vaistinė)
cli-opt-at = Laikas, kurį naudoti vietoj dabartinio (pavyzdžiui, 2026-11-28T21:30:00+01:00)
cli-opt-urgent = Gresia pavojus gyvybei
cli-opt-open-now = Tik vietos, kurios pagal darbo laiką dabar atidarytos (arba --at nurodytu laiku)
cli-opt-bbox = Vietovė: pietinis, vakarinis, šiaurinis ir rytinis kraštas laipsniais, pavyzdžiui, 51.3,6.0,51.5,6.3
cli-arg-file = Failas, kurį reikia nuskaityti
invalid-latitude = Platuma turi būti skaičius nuo -90 iki 90.
invalid-longitude = Ilguma turi būti skaičius nuo -180 iki 180.
invalid-postcode-format = Nyderlandų pašto kodą sudaro 4 skaitmenys arba 4 skaitmenys ir 2 raidės, pavyzdžiui, 5911 AB.
invalid-postcode-unknown = Werkmaat šio pašto kodo nežino. Patikrinkite jį arba nurodykite savo buvimo vietą.
invalid-limit = Vietų skaičius turi būti nuo 1 iki 100.
invalid-place-kind = Pasirinkite gp, gp_post, emergency arba pharmacy.
invalid-entry-kind = Pasirinkite symptom, incident, shift arba care_contact.
invalid-origin = Nurodykite savo buvimo vietą (--lat ir --lon) arba pašto kodą (--postcode).
invalid-time = Laiką rašykite taip, kaip šiame pavyzdyje: 2026-11-28T21:30:00+01:00.
invalid-bbox = Vietovę nurodykite keturiais skaičiais: pietinis, vakarinis, šiaurinis ir rytinis kraštas. Vietovės plotis – ne daugiau kaip 5 laipsniai.
invalid-osm-answer = Šis failas nėra OpenStreetMap (Overpass) atsakymas JSON formatu. Nieko neįkelta.
invalid-osm-extract = Šis failas nėra OpenStreetMap ištrauka (.osm.pbf arba .osm) arba jis sugadintas ar nepilnas. Paketas nesukurtas.
tour-care = Kur dabar kreiptis žmogui, esančiam vietovėje, kurios pašto kodas { $postcode }:

## Content packs: updates of the information in Werkmaat

info-content = Informacijos versija
cli-cmd-pack = Werkmaat informacijos atnaujinimai (atnaujinimų paketai) ir įrankiai jų leidėjams
cli-cmd-pack-keygen = Sukurti naują raktą paketams pasirašyti (leidėjams)
cli-cmd-pack-build = Sukurti ir pasirašyti paketą iš šios Werkmaat versijos informacijos (leidėjams)
cli-cmd-pack-places = Sukurti ir pasirašyti vietų paketą iš OpenStreetMap ištraukos: šeimos gydytojai (huisarts), huisartsenpost, vaistinės ir skubiosios pagalbos skyriai (spoedeisende hulp) (leidėjams)
cli-cmd-pack-verify = Patikrinti paketą viešuoju raktu (leidėjams)
cli-cmd-pack-install = Įdiegti paketą: tik paketus, pasirašytus raktu, kuriuo Werkmaat pasitiki
cli-cmd-pack-rollback = Grąžinti pradinę informaciją, kuri buvo įdiegta kartu su Werkmaat
cli-opt-out = Failas, kurį reikia įrašyti
cli-opt-pack-key = Failas su slaptuoju pasirašymo raktu
cli-opt-pack-version = Paketo versija: didesnė už visų ankstesnių paketų versijas
cli-opt-pack-parts = Kurias dalis įtraukti į paketą, atskirtas kableliais (jei nenurodysite – visas)
cli-opt-pack-from = Aplankas su failais, kurie pakeičia dalis (facts.json, guides.json, phrases.json, checklist.json, places.json)
cli-opt-pack-from-osm = OpenStreetMap ištrauka, kurią reikia nuskaityti (.osm.pbf arba .osm)
cli-opt-public-key = Viešasis raktas (64 šešioliktainiai skaitmenys)
invalid-public-key = Viešąjį raktą sudaro 64 šešioliktainiai skaitmenys.
invalid-secret-key = Slaptojo rakto faile turi būti 64 šešioliktainiai skaitmenys.
invalid-pack-parts = Tokios dalies nėra. Galimos dalys: locales, facts, guides, phrases, checklist, places.
pack-refused-oversized = Šis atnaujinimas per didelis. Nieko neįdiegta.
pack-refused-truncated = Šis atnaujinimas nepilnas: trūksta failo pabaigos. Nieko neįdiegta.
pack-refused-not-a-pack = Šis failas nėra Werkmaat atnaujinimas. Nieko neįdiegta.
pack-refused-signature = Šio atnaujinimo nepasirašė leidėjas, kuriuo Werkmaat pasitiki, arba atnaujinimas buvo pakeistas po pasirašymo. Nieko neįdiegta.
pack-refused-retired-key = Šis atnaujinimas pasirašytas raktu, kuris nebenaudojamas. Nieko neįdiegta.
pack-refused-manifest = Šis atnaujinimas sudarytas netinkamai. Nieko neįdiegta.
pack-refused-format = Šis atnaujinimas skirtas kitai Werkmaat versijai. Nieko neįdiegta.
pack-refused-hash = Viena šio atnaujinimo dalis nesutampa su savo pasirašytu aprašymu. Nieko neįdiegta.
pack-refused-older = Šis atnaujinimas nėra naujesnis už jūsų turimą informaciją. Nieko neįdiegta.
pack-refused-content = Šio atnaujinimo informacija tarpusavyje nedera. Nieko neįdiegta.

## Trusted time for the diary: time-stamps (RFC 3161) and why one is refused
invalid-anchor-garbage = Šis failas nėra laiko žymų tarnybos atsakymas arba jis sugadintas.
invalid-anchor-not-granted = Laiko žymų tarnyba laiko žymos nedavė. Bandykite vėliau arba naudokite kitą tarnybą.
invalid-anchor-imprint-mismatch = Ši laiko žyma skirta kitiems duomenims, ne šiam dienoraščiui.
invalid-anchor-nonce-mismatch = Šis atsakymas priklauso kitai užklausai. Sukurkite naują užklausą ir nusiųskite ją tarnybai.
invalid-anchor-bad-signature = Šios laiko žymos parašas neteisingas: žyma buvo pakeista arba suklastota.
invalid-anchor-unsupported-algorithm = Werkmaat negali patikrinti tokio parašo. Jis tikrina RSA ir ECDSA P-256 su SHA-256.
invalid-anchor-missing-certificate = Trūksta laiko žymų tarnybos sertifikato. Nurodykite šį sertifikatą kaip patikimą.
invalid-anchor-untrusted = Ši laiko žyma gauta iš tarnybos, kurios nėra jūsų patikimų sertifikatų sąraše.
invalid-anchor-not-valid-at-time = Laiko žymų tarnybos sertifikatas negaliojo laiko žymos metu (pavyzdžiui, jo galiojimas buvo pasibaigęs).
invalid-anchor-no-time-stamping-usage = Tai pasirašyta sertifikatu, kuris nėra skirtas laiko žymoms.
invalid-anchor-trusted-certificate = Nepavyksta perskaityti patikimo sertifikato. Nurodykite PEM failą su vienu ar keliais sertifikatais.
invalid-anchor-empty-diary = Dienoraštis tuščias. Pirmiausia parašykite įrašą, o tada paprašykite laiko žymos.
invalid-anchor-no-request = Nėra atviros užklausos, kuriai priklausytų šis atsakymas. Sukurkite naują užklausą, nusiųskite ją laiko žymų tarnybai ir pridėkite jos atsakymą.
diary-anchor-requested = Užklausa išsaugota faile: { $file }. Kai turėsite interneto ryšį, nusiųskite šį failą laiko žymų tarnybai (RFC 3161), o tada pridėkite jos atsakymą komanda „werkmaat diary anchor add“.
diary-anchor-added = Laiko žyma pridėta. Laiko žymų tarnyba ({ $tsa }) patvirtina, kad jūsų dienoraštis (iki šio įrašo imtinai) jau egzistavo šiuo laiku: { $time }.

## The diary

cli-cmd-diary = Jūsų asmeninis simptomų ir darbe patirtų traumų dienoraštis: kas nutiko, kada ir kaip stipriai
cli-cmd-diary-vocab = Rodyti simptomus ir kūno dalis, iš kurių galite rinktis
cli-cmd-diary-add = Pridėti įrašą: simptomą, nelaimingą atsitikimą darbe, pamainą ar apsilankymą pas gydytoją
cli-cmd-diary-list = Rodyti jūsų įrašus, naujausius pirmiausia
cli-cmd-diary-get = Rodyti vieną įrašą su visomis detalėmis
cli-cmd-diary-correct = Pataisyti įrašą: senoji versija lieka istorijoje
cli-cmd-diary-delete = Ištrinti įrašą: dienoraštyje liks matoma tuščia vieta
cli-cmd-diary-history = Rodyti visas vieno įrašo versijas
cli-cmd-diary-hours = Patikrinti, ar jūsų pamainos atitinka darbo ir poilsio laiko taisykles
cli-cmd-diary-verify = Patikrinti dienoraštį arba gautą dienoraščio failą: ar kiekvienas įrašas toks, koks buvo parašytas?
cli-cmd-diary-export = Išsaugoti dienoraštį į jūsų pasirinktą failą
cli-opt-symptom = Simptomas, kaip jis parašytas `diary vocab` sąraše
cli-opt-body-part = Kūno dalis, kaip ji parašyta `diary vocab` sąraše
cli-opt-severity = Kaip stipriai: nuo 0 (visai nėra) iki 10 (blogiau būti negali)
cli-opt-at-time = Kada (pavyzdžiui, 2026-11-28T06:30:00+01:00); jei nenurodysite – dabar
cli-opt-note = Pastaba jūsų žodžiais
cli-opt-work-related = Tai sukėlė ar pablogino darbas
cli-opt-description = Kas nutiko, jūsų žodžiais
cli-opt-place = Kur tai nutiko (pavyzdžiui: 3 salė, pakrovimo rampa)
cli-opt-task = Kokį darbą tada dirbote
cli-opt-machine = Mašina, įrankis ar medžiaga, susiję su įvykiu
cli-opt-witness = Žmogaus, kuris tai matė, vardas (kartokite, jei žmonių daugiau)
cli-opt-reported-to = Kam pranešėte: employer (darbdaviui), agency (agentūrai), bedrijfsarts (įmonės gydytojui), gp (šeimos gydytojui) arba arbeidsinspectie (darbo inspekcijai); jei žinote laiką, pridėkite @ ir laiką (employer@2026-11-28T10:00:00+01:00); kartokite, jei pranešėte keliems
cli-opt-start = Kada prasidėjo pamaina (pavyzdžiui, 2026-11-28T06:00:00+01:00)
cli-opt-end = Kada baigėsi pamaina
cli-opt-break-minutes = Kiek minučių pertraukos buvo per pamainą
cli-opt-from = Nuo šios dienos (YYYY-MM-DD)
cli-opt-to = Iki šios dienos (YYYY-MM-DD)
cli-opt-kind-entry = Tik šios rūšies įrašai: symptom (simptomas), incident (nelaimingas atsitikimas darbe), shift (pamaina) arba care_contact (apsilankymas pas gydytoją)
cli-opt-export-file = Dienoraščio failas (JSON), kurį jums kas nors davė
cli-opt-tsa-cert-verify = Tikrinti dienoraščio failo laiko žymas pagal šiuos patikimus sertifikatus (PEM), o ne pagal faile esančius sertifikatus
cli-cmd-diary-anchor = Laiko žymos: išorinė tarnyba patvirtina, kad jūsų dienoraštis tam tikru laiku jau egzistavo
cli-cmd-diary-anchor-request = Sukurti laiko žymos užklausą dienoraščiui, koks jis yra dabar
cli-opt-anchor-out = Kur išsaugoti užklausą (.tsq failas, kurį reikia nusiųsti laiko žymų tarnybai)
cli-cmd-diary-anchor-add = Pridėti laiko žymų tarnybos atsakymą į dienoraštį
cli-arg-anchor-response = Laiko žymų tarnybos atsakymas (.tsr failas)
cli-opt-tsa-cert = Laiko žymų tarnybos sertifikatas, kuriuo pasitikite (PEM)
cli-opt-format = Failo tipas: html (ataskaita gydytojui), fhir (medicinos sistemoms) arba json (viskas, kad galėtumėte patikrinti ar saugoti)
cli-opt-with-location = Į failą įrašyti ir vietas, kuriose buvote
cli-arg-entry = Įrašo kodas (id), kaip jis parašytas sąraše
cli-cmd-diary-attach = Pridėti prie įrašo nuotrauką ar dokumentą (JPEG, PNG, HEIC ar PDF, iki 20 MB)
cli-arg-attachment-file = Failas, kurį pridedate
cli-opt-attachment-kind = Kas jame: photo (nuotrauka), payslip (algalapis, loonstrook), contract (sutartis), housing (būstas) arba other (kita)
cli-cmd-diary-attachments = Parodyti dienoraščio ar vieno įrašo nuotraukas ir dokumentus
cli-cmd-diary-attachment = Išsaugoti priedo kopiją arba jį ištrinti
cli-cmd-diary-attachment-get = Išsaugoti priedo kopiją (be vietos, kur jis padarytas)
cli-cmd-diary-attachment-delete = Ištrinti priedą (dienoraštis išsaugo jo atspaudą)
cli-arg-attachment = Priedo kodas (id), kaip rodo sąrašas
cli-opt-attachment-out = Kur išsaugoti kopiją
cli-opt-attachment-with-location = Palikti kopijoje vietą, kur padaryta nuotrauka
diary-attached = Pridėta. Kodas (id): { $id }
diary-attachments-none = Nėra pridėtų nuotraukų ar dokumentų.
diary-attachment-saved = Išsaugota be vietos, kur tai padaryta: { $file }
diary-attachment-saved-with-location = Išsaugota su vieta, kur tai padaryta: { $file }
diary-attachment-deleted = Priedas ištrintas. Dienoraštis išsaugo jo atspaudą (SHA-256), todėl matyti, kad kažko trūksta.
attachment-kind-photo = nuotrauka
attachment-kind-payslip = algalapis (loonstrook)
attachment-kind-contract = sutartis
attachment-kind-housing = būstas
attachment-kind-other = kita
error-unknown-entry = Dienoraštyje nėra įrašo su tokiu kodu (id).
invalid-symptom-code = Tokio simptomo sąraše nėra. Sąrašą parodys `diary vocab`.
invalid-body-part = Tokios kūno dalies sąraše nėra. Sąrašą parodys `diary vocab`.
invalid-severity = Stiprumą nurodykite skaičiumi nuo 0 iki 10.
invalid-empty = Parašykite bent kelis žodžius.
invalid-reported-to = Pasirinkite, kam pranešėte: employer, agency, bedrijfsarts, gp arba arbeidsinspectie.
invalid-photo = Nuotraukai reikia nurodyti failo pavadinimą ir SHA-256 kontrolinę sumą (64 šešioliktainius skaitmenis).
invalid-shift-order = Pamaina turi baigtis vėliau, nei prasidėjo.
invalid-future-time = Įrašas negali būti vėlesnis nei dabar. Patikrinkite datą ir laiką.
invalid-shift-length = Pamaina negali būti ilgesnė nei para. Jei dirbote ilgiau, įrašykite tai kaip dvi pamainas.
invalid-break = Pertrauka turi būti trumpesnė už pamainą.
invalid-care-with = Pasirinkite gp, gp_post, emergency arba bedrijfsarts.
invalid-correction-kind = Pataisymas turi būti tos pačios rūšies kaip įrašas.
invalid-diary-export = Šis failas nėra iš Werkmaat išsaugotas dienoraštis.
error-unknown-attachment = Nėra priedo su tokiu kodu (id).
invalid-attachment-format = Šis failas nėra nuotrauka (JPEG, PNG, HEIC) ar PDF. Niekas neišsaugota.
invalid-attachment-too-large = Šis failas didesnis nei 20 MB. Niekas neišsaugota. Sumažinkite nuotrauką arba padalykite dokumentą.
invalid-attachment-kind = Pasirinkite, kas jame: photo (nuotrauka), payslip (algalapis, loonstrook), contract (sutartis), housing (būstas) arba other (kita).
invalid-attachment-location-heic = Vietos, kurioje padaryta nuotrauka, negalima pašalinti iš HEIC failo. Išsaugokite jį su --with-location tik tada, jei vietą galima matyti, arba pridėkite nuotrauką dar kartą kaip JPEG.
invalid-export-format = Pasirinkite formatą html (ataskaita gydytojui), fhir arba json.
diary-verify-ok = Dienoraštis tvarkingas: nė vienas įrašas nepakeistas nuo tada, kai buvo parašytas.
diary-verify-bad = Dienoraštis netvarkingas: jis pakeistas, sugadintas arba ne visas. Sąraše nurodyta, kur.
diary-no-breaches = Jūsų įrašytose pamainose šių darbo laiko taisyklių pažeidimų nėra: { $rules }.
tour-diary = Asmeninis dienoraštis: ilga pamaina ir po jos atsiradęs nugaros skausmas. Werkmaat patikrina pamainą pagal darbo laiko taisykles ir įrodo, kad dienoraštyje niekas nebuvo pakeista:
cli-cmd-diary-backup = Išsaugoti užšifruotą atsarginę dienoraščio kopiją, apsaugotą jūsų pasirinktu slaptažodžiu
cli-cmd-diary-restore = Atkurti atsarginę kopiją į tuščią dienoraštį, pavyzdžiui, naujame telefone
cli-opt-passphrase-file = Failas su atsarginės kopijos slaptažodžiu
invalid-backup = Šis failas nėra Werkmaat atsarginė kopija, arba jis sugadintas ar ne visas. Nieko neatkurta.
invalid-passphrase = Šiuo slaptažodžiu šios atsarginės kopijos atidaryti negalima. Nieko neatkurta.
invalid-passphrase-short = Naudokite bent 8 ženklų slaptažodį.
invalid-restore-not-empty = Atsarginę kopiją galima atkurti tik į tuščią dienoraštį.
cli-opt-care-with = Pas ką buvote: gp (šeimos gydytoją), gp_post (budintį šeimos gydytojų punktą), emergency (skubiosios pagalbos skyrių) arba bedrijfsarts (įmonės gydytoją)
cli-opt-limit-entries = Kiek įrašų rodyti
cli-opt-doctor-locale = Gydytojo kalba, rodoma ataskaitoje šalia jūsų kalbos (jei nenurodysite – nl)
cli-opt-identity = Kurie išsaugoti jūsų duomenys bus eksporte, atskirti kableliais: name, birth_date, bsn, employer, agency, insurer (jei nieko nepasirinksite: name ir birth_date; BSN numeris tik tada, kai paprašysite)
invalid-doctor-locale = Pasirinkite vieną iš Werkmaat kalbų gydytojui: nl, en, pl, ro, bg, uk, hu, lt, pt arba es.
invalid-identity-field = Pasirinkite duomenis eksportui iš šio sąrašo, atskirkite kableliais: name, birth_date, bsn, employer, agency, insurer.
tour-report = Ataskaita gydytojui (jūsų kalba, o šalia – olandų kalba) išsaugota čia:

# Files the CLI reads and writes.
invalid-file-exists = Failas tokiu pavadinimu jau yra. Nieko neįrašyta.
cli-file-exists = Failas { $path } jau yra. Pasirinkite kitą pavadinimą arba pridėkite --force, kad jį pakeistumėte.
cli-file-in-profile = { $path } yra jūsų profilio aplanke. Werkmaat ten nerašo: pasirinkite failą už šio aplanko ribų.
cli-file-unreadable = Werkmaat negali perskaityti failo { $path }. Patikrinkite, ar pavadinimas teisingas ir ar failas tikrai yra.
cli-key-file-damaged = Rakto failas { $path } sugadintas: jame turi būti lygiai 32 baitai. Werkmaat jo nepakeičia, nes jūsų profilis atsidaro tik su tikruoju raktu. Grąžinkite rakto failo kopiją.
cli-not-text = Vienas komandinės eilutės argumentas nėra skaitomas tekstas (UTF-8). Įveskite jį dar kartą arba pervadinkite failą, kad jo pavadinimas būtų paprastas tekstas.
cli-opt-force = Pakeisti failą, jei jis jau yra
diary-verify-proves-witness = Jis taip pat atitinka paskutinę šio įrenginio išsaugotą būseną, vadinasi, naujesni įrašai nepašalinti. Tai neįrodo, kada įrašai buvo parašyti.
diary-verify-proves-head = Niekas už telefono ribų šio dienoraščio nepatvirtina. Patikrinimas įrodo tik tai, kad jis atitinka savo kontrolinę sumą: palyginkite ją su anksčiau gauta kontroline suma.
diary-verify-proves-anchor = Laiko žymų tarnyba patvirtino dienoraštį iki tam tikro laiko: įrašai iki tos vietos jau tada buvo ir nuo to laiko nepasikeitė.
diary-verify-clock = Įrašų laikas imamas iš telefono laikrodžio: tai, ką rodė telefonas, o ne įrodymas.
invalid-witness-file = Nepavyksta perskaityti kontrolinio failo (rakto failo pavadinimas ir .witness). Neištrinkite jo: jis parodo, ar dienoraštis buvo grąžintas į senesnę būseną.
diary-damaged = Kai kurių įrašų nepavyksta perskaityti (jie sugadinti), todėl jie praleisti. Paleiskite „werkmaat diary verify“ ir pamatysite, kurie.
