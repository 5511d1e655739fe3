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
error-invalid-key-length = Duomenų bazės raktas turi būti { $expected } baitų ilgio, bet jame yra { $actual ->
    [one] { $actual } baitas
    [few] { $actual } baitai
    [many] { $actual } baito
   *[other] { $actual } baitų
}.
error-wrong-key = Šiuo raktu profilio atidaryti negalima. Nieko nepakeista.
# $found (number) - version of the saved profile; $supported (number) - newest version this app reads
error-incompatible-version = Šis profilis išsaugotas naujesne Werkmaat versija (duomenų bazės versija: { $found }; ši versija gali nuskaityti tik iki { $supported } versijos). Atnaujinkite programėlę. Nieko nepakeista.
error-closed = Profilis uždarytas. Kad galėtumėte tęsti, atidarykite jį iš naujo.
error-tampered = Kai kurių išsaugotų duomenų nepavyksta nuskaityti: jie sugadinti arba buvo pakeisti kita programa, ne Werkmaat.
error-storage = Werkmaat nepavyko nuskaityti ar įrašyti savo duomenų šiame įrenginyje.
error-file = Werkmaat nepavyko panaudoti failo šiame įrenginyje. Patikrinkite, ar yra laisvos vietos ir ar į aplanką galima rašyti.

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
details-employer = Darbdavys arba įdarbinimo agentūra (werkgever / uitzendbureau)
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
