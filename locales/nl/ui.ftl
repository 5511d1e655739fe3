# Werkmaat: interface strings: errors, command-line help, language names, the tour (Dutch).
# Translation of the reference locale (en): same messages, attributes and variables.
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.

## Language names. Each locale names every language in its own language;
## a language's own locale gives its native name (the picker shows both).

language-en = Engels
language-nl = Nederlands
language-pl = Pools
language-ro = Roemeens
language-bg = Bulgaars
language-uk = Oekraïens
language-hu = Hongaars
language-lt = Litouws
language-pt = Portugees
language-es = Spaans

## Errors. They never repeat what the user typed or stored.

# $expected (number) - bytes a key must have; $actual (number) - bytes it has
error-invalid-key-length = De databasesleutel moet { $expected } bytes lang zijn, maar is { $actual ->
    [one] { $actual } byte
   *[other] { $actual } bytes
}.
error-wrong-key = Met deze sleutel gaat het profiel niet open. Er is niets veranderd.
# $found (number) - version of the saved profile; $supported (number) - newest version this app reads
error-incompatible-version = Dit profiel is opgeslagen met een nieuwere versie van Werkmaat (databaseversie { $found }; deze versie kan tot en met versie { $supported } lezen). Werk de app bij. Er is niets veranderd.
error-closed = Het profiel is gesloten. Open het opnieuw om verder te gaan.
error-cancelled = Gestopt. Er is niets opgeslagen of veranderd.
error-tampered = Sommige opgeslagen gegevens kunnen niet worden gelezen: ze zijn beschadigd of buiten Werkmaat veranderd.
error-storage = Werkmaat kon zijn gegevens op dit apparaat niet lezen of opslaan.
error-file = Werkmaat kon een bestand op dit apparaat niet gebruiken. Kijk of er genoeg vrije ruimte is en of Werkmaat in de map mag schrijven.
set-aside-warning = { $reason ->
        [lost] Op { $at } waren de opgeslagen gegevens van dit profiel verdwenen. Werkmaat is opnieuw begonnen met een leeg profiel.
       *[other] Op { $at } waren de opgeslagen gegevens van dit profiel niet te lezen. Werkmaat heeft de beschadigde kopie bewaard als { $file } en is opnieuw begonnen met een leeg profiel.
    }
cli-set-aside-acknowledge = Heb je dit gelezen? Voer dan uit: werkmaat info --acknowledge
cli-opt-acknowledge = Toon de waarschuwing over onleesbare gegevens niet meer

## Explanations of a value that is not accepted.

invalid-bsn-format = Een BSN (burgerservicenummer) heeft 9 cijfers.
invalid-bsn-checksum = Dit BSN (burgerservicenummer) klopt niet. Controleer de cijfers in je brief van de gemeente of de Belastingdienst.
invalid-phone = Een telefoonnummer mag alleen cijfers, spaties, +, - en haakjes bevatten.
invalid-date-of-birth = De geboortedatum kan niet in de toekomst liggen.
invalid-too-long = Deze tekst is te lang.
invalid-date = Schrijf de datum als jaar-maand-dag, bijvoorbeeld 2026-11-28.
invalid-key-file = Het sleutelbestand moet precies 32 bytes bevatten. Gebruik het bestand dat Werkmaat heeft gemaakt, of maak een nieuw profiel.
invalid-wipe-not-confirmed = Je kunt het verwijderen van het profiel niet ongedaan maken. Voeg --yes toe als je het zeker weet.

## Command-line help

cli-about = Werkmaat: je rechten op het werk, een privédagboek voor je gezondheid en een checklist voor verzekeringen in Nederland. Werkt zonder internet.
cli-opt-data-dir = Map met je profiel (standaard: de gegevensmap van deze computer)
cli-opt-locale = Talen die je wilt gebruiken, de belangrijkste eerst, gescheiden door komma's (bijvoorbeeld: pl,en)
cli-opt-json = Toon de uitvoer als JSON, voor andere programma's
cli-opt-today = Gebruik deze datum als vandaag voor alle regels (YYYY-MM-DD)
cli-opt-key-file = Bestand met de sleutel (32 bytes) van je profiel (standaard: het sleutelbestand in de profielmap)
cli-cmd-info = Toon het profiel: versie, databaseversie, map en taal
cli-cmd-locales = Toon de talen die Werkmaat spreekt
cli-cmd-tour = Een korte rondleiding langs wat Werkmaat kan, met een tijdelijk profiel
cli-cmd-details = Je persoonlijke gegevens (naam, BSN, verzekering, huisarts), versleuteld opgeslagen
cli-cmd-details-show = Toon je opgeslagen gegevens
cli-cmd-details-set = Sla gegevens op; velden die je weglaat, blijven zoals ze zijn
cli-cmd-details-clear = Verwijder je opgeslagen gegevens
cli-cmd-wipe = Verwijder dit profiel voorgoed: database, back-ups en bestanden die ervan gemaakt zijn
cli-opt-yes = Bevestig dat je het profiel wilt verwijderen
cli-error = Fout

## Labels of the profile

info-version = Versie van Werkmaat
info-schema-version = Databaseversie
info-data-dir = Profielmap
info-locale = Taal
info-locales = Talen
locales-complete = volledig
locales-incomplete = niet volledig

## Personal details

details-full-name = Naam
details-date-of-birth = Geboortedatum
details-bsn = Burgerservicenummer (BSN)
details-phone = Telefoon
details-insurer = Zorgverzekeraar
details-policy-number = Polisnummer
details-gp-name = Huisarts
details-gp-phone = Telefoonnummer van de huisarts
details-employer = Bedrijf waar u werkt (werkgever)
details-agency = Uitzendbureau
details-empty = Er zijn nog geen gegevens opgeslagen.
details-saved = Je gegevens zijn versleuteld opgeslagen op dit apparaat.
details-cleared = Je gegevens zijn verwijderd.
wipe-done = Het profiel is verwijderd.

## The tour: a walk through Werkmaat on a temporary profile

tour-title = Werkmaat: een korte rondleiding
# $dir (string) - the temporary folder
tour-profile = Er is een nieuw profiel gemaakt in { $dir }. Het is versleuteld met een eigen sleutel, die een telefoon bewaart in zijn beveiligde sleutelopslag.
# $count (number) - how many languages
tour-languages = Werkmaat spreekt { $count ->
    [one] { $count } taal
   *[other] { $count } talen
}:
# $requested (string) - languages a phone asks for; $chosen (string) - the languages Werkmaat uses, in order
tour-negotiation = Een telefoon die is ingesteld op { $requested }, krijgt: { $chosen }
tour-details = Je gegevens zijn versleuteld opgeslagen: in geen enkel bestand van het profiel staat de naam die je hebt opgeslagen.
tour-wrong-key = Met een andere sleutel gaat het profiel niet open:
tour-reopen = Gesloten en opnieuw geopend met de juiste sleutel; de opgeslagen gegevens zijn er nog.
tour-end = Einde van de rondleiding. Het tijdelijke profiel is verwijderd.

## Command-line help: headings and built-in options

cli-usage = Gebruik
cli-commands = Opdrachten
cli-options = Opties
cli-opt-help = Toon deze hulptekst
cli-opt-version = Toon de versie
invalid-key-file-missing = Het sleutelbestand van dit profiel ontbreekt. Zonder dit bestand gaat het profiel niet open.
invalid-usage = Werkmaat begrijpt deze opdracht niet. Gebruik --help om te zien wat je kunt typen.
tour-details-leak = Let op: de opgeslagen naam staat in een bestand van het profiel. De versleuteling werkt niet.
tour-failed = De rondleiding heeft een probleem gevonden: Werkmaat werkt op dit apparaat niet zoals het hoort.

## How facts are written. Translators: place the parts the way your language writes them.

# $amount (string) - the number, already written with this language's separators
format-money = € { $amount }
# $value (string) - the number, already written with this language's separators
format-percent = { $value }%
# $day (number) - day of the month; $month (string) - jan … dec; $year (string)
format-date = { $day } { $month ->
    [jan] januari
    [feb] februari
    [mar] maart
    [apr] april
    [may] mei
    [jun] juni
    [jul] juli
    [aug] augustus
    [sep] september
    [oct] oktober
    [nov] november
   *[dec] december
} { $year }

## More errors

error-unknown-guide = Er is geen gids met deze naam.
error-unknown-phrase = Er is geen zinnenkaart met deze naam.
error-content = Een deel van de informatie in Werkmaat kan niet worden gelezen. Werk de app bij of installeer hem opnieuw.

## Guides and phrase cards

cli-cmd-guides = Je rechten op het werk en in de Nederlandse zorg, in eenvoudige woorden, met bronnen
cli-cmd-guides-list = Toon de gidsen
cli-cmd-guides-show = Toon één gids
cli-cmd-guides-search = Zoek in de gidsen
cli-cmd-guides-speech = Toon een gids als tekst om voor te lezen, met de taal van elk deel
cli-cmd-phrases = Zinnenkaarten om te laten zien aan een balie, bij de dokter, bij de apotheek of aan je werkgever: je eigen taal naast het Nederlands
cli-cmd-phrases-list = Toon de zinnenkaarten
cli-cmd-phrases-show = Toon één zinnenkaart
cli-arg-guide-id = De naam van de gids, zoals die in de lijst staat
cli-arg-phrase-id = De naam van de zinnenkaart, zoals die in de lijst staat
cli-arg-query = Woorden waarnaar je zoekt
guides-sources = Bronnen
# $date (string) - the date the information was checked
guides-verified = Gecontroleerd aan de hand van de bronnen op { $date }.
# $date (string) - last day the value is known to be right; $source (string) - where to check
guides-stale = Dit is misschien niet meer actueel: een bedrag of regel in deze gids is alleen bevestigd tot { $date }. Controleer het bij: { $source }
guides-no-results = Niets gevonden. Probeer een ander woord, bijvoorbeeld huisarts.
phrases-dutch = In het Nederlands
tour-guide = De gidsen leggen je rechten uit op het werk en in de Nederlandse zorg, met bronnen. Bijvoorbeeld:
# A word a user of this language would search for; it must occur in this language's guides
tour-search-query = zorgverzekering
# $query (string) - the words searched for
tour-search = Zoeken in de gidsen naar "{ $query }" geeft:
tour-card = Een kaart om te laten zien bij de dokter, in je eigen taal en in het Nederlands, met je opgeslagen gegevens:

## The checklist

cli-cmd-checklist = Je checklist voor de zorgverzekering: wat je moet doen, en vóór welke datum
cli-cmd-checklist-questions = Toon de vragen die nu voor jou gelden
cli-cmd-checklist-answer = Beantwoord een vraag (yes/no voor ja/nee, een datum YYYY-MM-DD, een getal of een keuze uit de lijst)
cli-cmd-checklist-show = Toon je checklist, met de uiterste datum van elk punt
cli-cmd-checklist-done = Vink een punt af als het gedaan is
cli-cmd-checklist-reset = Verwijder al je antwoorden en vinkjes
cli-arg-question = De naam van de vraag, zoals die in de lijst met vragen staat
cli-arg-value = Je antwoord
cli-arg-item = De naam van het punt, zoals die op de checklist staat
error-unknown-question = Er is geen vraag met deze naam.
error-unknown-item = Dit punt staat nu niet op je checklist.
invalid-answer-yes-no = Antwoord met yes (ja) of no (nee).
invalid-answer-number = Antwoord met een getal.
invalid-number-unclear = We weten niet zeker welk getal je bedoelt. Schrijf het zo: { $example } (of alleen cijfers, zonder punten, komma's of spaties).
invalid-answer-range = Dit getal is hier niet mogelijk.
invalid-answer-option = Kies een van de antwoorden uit de lijst.
# $count (number) - how many sources the guide names
tour-sources = { $count ->
    [one] ({ $count } bron)
   *[other] ({ $count } bronnen)
}
tour-checklist = Voorbeeld: de verzekeringschecklist van een uitzendkracht die zes weken geleden is begonnen, in de RNI staat ingeschreven en nog geen Nederlandse zorgverzekering heeft:

## The care finder

cli-cmd-care = Zoek de dichtstbijzijnde huisarts, huisartsenpost, spoedeisende hulp of apotheek
cli-cmd-care-nearest = Toon de zorgverleners die het dichtst bij je zijn
cli-cmd-care-search = Zoek zorgverleners op naam of plaats
cli-cmd-care-now = Toon waar je nu terechtkunt: bij je huisarts, bij de huisartsenpost of via het alarmnummer
cli-cmd-care-overpass = Toon de OpenStreetMap-zoekopdracht voor een gebied, om zorgverleners te laden als je internet hebt
cli-cmd-care-import = Laad zorgverleners uit een antwoord van OpenStreetMap (een bestand)
cli-opt-lat = Breedtegraad van je locatie, bijvoorbeeld 51.37
cli-opt-lon = Lengtegraad van je locatie, bijvoorbeeld 6.17
cli-opt-postcode = Je postcode, bijvoorbeeld 5911 of 5911 AB
cli-opt-limit = Hoeveel zorgverleners je wilt zien
cli-opt-kind = Welke soort zorgverlener: gp (huisarts), gp_post (huisartsenpost), emergency (spoedeisende hulp) of pharmacy (apotheek)
cli-opt-at = Gebruik dit tijdstip in plaats van nu (bijvoorbeeld 2026-11-28T21:30:00+01:00)
cli-opt-urgent = Het is levensbedreigend
cli-opt-open-now = Alleen plekken die volgens hun openingstijden nu open zijn (of op het tijdstip van --at)
cli-opt-bbox = Het gebied: de grens in het zuiden, westen, noorden en oosten in graden, bijvoorbeeld 51.3,6.0,51.5,6.3
cli-arg-file = Het bestand dat Werkmaat moet lezen
invalid-latitude = De breedtegraad moet een getal tussen -90 en 90 zijn.
invalid-longitude = De lengtegraad moet een getal tussen -180 en 180 zijn.
invalid-postcode-format = Een Nederlandse postcode heeft 4 cijfers, of 4 cijfers en 2 letters, bijvoorbeeld 5911 AB.
invalid-postcode-unknown = Werkmaat kent deze postcode niet. Controleer de postcode, of gebruik je locatie.
invalid-limit = Vraag om minstens 1 en hoogstens 100 zorgverleners.
invalid-place-kind = Kies gp, gp_post, emergency of pharmacy.
invalid-entry-kind = Kies symptom, incident, shift of care_contact.
invalid-origin = Geef je locatie (--lat en --lon) of je postcode (--postcode).
invalid-time = Schrijf de tijd zoals in dit voorbeeld: 2026-11-28T21:30:00+01:00.
invalid-bbox = Geef het gebied als vier getallen: zuid, west, noord en oost. Het gebied mag hoogstens 5 graden breed zijn.
invalid-osm-answer = Dit bestand is geen antwoord van OpenStreetMap (Overpass) in JSON. Er is niets geladen.
invalid-osm-extract = Dit bestand is geen OpenStreetMap-extract (.osm.pbf of .osm), of het is beschadigd of afgebroken. Er is geen pakket gemaakt.
tour-care = Waar moet je nu naartoe? Een voorbeeld voor iemand met postcode { $postcode }:

## Content packs: updates of the information in Werkmaat

info-content = Versie van de informatie
cli-cmd-pack = Updates van de informatie in Werkmaat (updatepakketten) en hulpmiddelen voor uitgevers
cli-cmd-pack-keygen = Maak een nieuwe sleutel om pakketten mee te ondertekenen (voor uitgevers)
cli-cmd-pack-build = Maak en onderteken een pakket met de informatie uit deze versie van Werkmaat (voor uitgevers)
cli-cmd-pack-places = Maak en onderteken een pakket met plaatsen uit een OpenStreetMap-extract: huisartsen, huisartsenposten, apotheken en spoedeisende hulp (voor uitgevers)
cli-cmd-pack-verify = Controleer een pakket met een publieke sleutel (voor uitgevers)
cli-cmd-pack-install = Installeer een pakket: alleen pakketten die ondertekend zijn met een sleutel die Werkmaat vertrouwt
cli-cmd-pack-rollback = Ga terug naar de informatie die bij Werkmaat is meegeleverd
cli-opt-out = Het bestand dat Werkmaat moet schrijven
cli-opt-pack-key = Het bestand met de geheime sleutel om mee te ondertekenen
cli-opt-pack-version = Het versienummer van het pakket: hoger dan dat van elk eerder pakket
cli-opt-pack-parts = Welke delen in het pakket komen, gescheiden door komma's (standaard: alle delen)
cli-opt-pack-from = Een map met bestanden die delen vervangen (facts.json, guides.json, phrases.json, checklist.json, places.json)
cli-opt-pack-from-osm = Het OpenStreetMap-extract om te lezen (.osm.pbf of .osm)
cli-opt-public-key = De publieke sleutel (64 hexadecimale tekens)
invalid-public-key = Een publieke sleutel bestaat uit 64 hexadecimale tekens.
invalid-secret-key = Een bestand met een geheime sleutel bevat 64 hexadecimale tekens.
invalid-pack-parts = Onbekend deel. De delen zijn: locales, facts, guides, phrases, checklist, places.
pack-refused-oversized = Deze update is te groot. Er is niets geïnstalleerd.
pack-refused-truncated = Deze update is niet compleet: het bestand houdt te vroeg op. Er is niets geïnstalleerd.
pack-refused-not-a-pack = Dit bestand is geen update van Werkmaat. Er is niets geïnstalleerd.
pack-refused-signature = Deze update is niet ondertekend door een uitgever die Werkmaat vertrouwt, of er is na het ondertekenen iets aan veranderd. Er is niets geïnstalleerd.
pack-refused-retired-key = Deze update is ondertekend met een sleutel die niet meer wordt gebruikt. Er is niets geïnstalleerd.
pack-refused-manifest = Deze update is niet goed in elkaar gezet. Er is niets geïnstalleerd.
pack-refused-format = Deze update is gemaakt voor een andere versie van Werkmaat. Er is niets geïnstalleerd.
pack-refused-hash = Een deel van deze update komt niet overeen met wat er in de ondertekende beschrijving staat. Er is niets geïnstalleerd.
pack-refused-older = Deze update is niet nieuwer dan de informatie die je al hebt. Er is niets geïnstalleerd.
pack-refused-content = De informatie in deze update past niet goed bij elkaar. Er is niets geïnstalleerd.

## Trusted time for the diary: time-stamps (RFC 3161) and why one is refused
invalid-anchor-garbage = Dit bestand is geen antwoord van een tijdstempeldienst, of het is beschadigd.
invalid-anchor-not-granted = De tijdstempeldienst heeft geen tijdstempel gegeven. Probeer het later opnieuw, of gebruik een andere dienst.
invalid-anchor-imprint-mismatch = Deze tijdstempel is voor andere gegevens, niet voor dit dagboek.
invalid-anchor-nonce-mismatch = Dit antwoord hoort bij een ander verzoek. Maak een nieuw verzoek en stuur dat naar de dienst.
invalid-anchor-bad-signature = De handtekening op deze tijdstempel klopt niet: de tijdstempel is veranderd of nagemaakt.
invalid-anchor-unsupported-algorithm = Werkmaat kan dit soort handtekening niet controleren. Werkmaat controleert RSA en ECDSA P-256 met SHA-256.
invalid-anchor-missing-certificate = Het certificaat van de tijdstempeldienst ontbreekt. Geef dit certificaat op als vertrouwd certificaat.
invalid-anchor-untrusted = Deze tijdstempel komt van een dienst die niet op je lijst van vertrouwde certificaten staat.
invalid-anchor-not-valid-at-time = Het certificaat van de tijdstempeldienst was niet geldig op het moment van de tijdstempel (het was bijvoorbeeld verlopen).
invalid-anchor-no-time-stamping-usage = Dit is ondertekend met een certificaat dat niet voor tijdstempels bedoeld is.
invalid-anchor-trusted-certificate = Het vertrouwde certificaat kan niet worden gelezen. Geef een PEM-bestand met een of meer certificaten.
invalid-anchor-empty-diary = Het dagboek is leeg. Schrijf eerst een notitie en vraag daarna een tijdstempel aan.
invalid-anchor-no-request = Er is geen open verzoek bij dit antwoord. Maak een nieuw verzoek, stuur het naar de tijdstempeldienst en voeg het antwoord van de dienst toe.
diary-anchor-requested = Het verzoek is opgeslagen in { $file }. Stuur dit bestand naar een tijdstempeldienst (RFC 3161) als je internet hebt. Voeg daarna het antwoord toe met "werkmaat diary anchor add".
diary-anchor-added = Tijdstempel toegevoegd: { $tsa } bevestigt dat je dagboek, tot en met deze notitie, al bestond op { $time }.

## The diary

cli-cmd-diary = Je privédagboek voor klachten en letsel door je werk: wat er is gebeurd, wanneer en hoe erg
cli-cmd-diary-vocab = Toon de klachten en lichaamsdelen waaruit je kunt kiezen
cli-cmd-diary-add = Voeg een notitie toe: een klacht, een ongeluk op het werk, een dienst of een bezoek aan een arts
cli-cmd-diary-list = Toon je notities, de nieuwste eerst
cli-cmd-diary-get = Toon één notitie met alle details
cli-cmd-diary-correct = Verbeter een notitie: de oude versie blijft bewaard in de geschiedenis
cli-cmd-diary-delete = Verwijder een notitie: er blijft een zichtbaar gat in het dagboek
cli-cmd-diary-history = Toon alle versies van één notitie
cli-cmd-diary-hours = Vergelijk je diensten met de regels voor werktijden en rust
cli-cmd-diary-verify = Controleer het dagboek, of een dagboekbestand dat je kreeg: is elke notitie nog zoals ze geschreven is?
cli-cmd-diary-export = Sla het dagboek op in een bestand dat je zelf kiest
cli-opt-symptom = De klacht, zoals die in `diary vocab` staat
cli-opt-body-part = Het lichaamsdeel, zoals het in `diary vocab` staat
cli-opt-severity = Hoe erg het is, van 0 (helemaal niet) tot 10 (het ergste)
cli-opt-at-time = Wanneer (bijvoorbeeld 2026-11-28T06:30:00+01:00); standaard: nu
cli-opt-note = Je eigen woorden
cli-opt-work-related = Het komt door je werk, of het is door je werk erger geworden
cli-opt-description = Wat er is gebeurd, in je eigen woorden
cli-opt-place = Waar het gebeurde (bijvoorbeeld: hal 3, laadperron)
cli-opt-task = Wat je aan het doen was
cli-opt-machine = De machine, het gereedschap of de stof waarmee het gebeurde
cli-opt-witness = De naam van iemand die het zag (herhaal voor meer mensen)
cli-opt-reported-to = Aan wie je het hebt gemeld: employer (werkgever), agency (uitzendbureau), bedrijfsarts, gp (huisarts) of arbeidsinspectie; zet er @ en de tijd achter als je die weet (employer@2026-11-28T10:00:00+01:00); herhaal voor meer
cli-opt-start = Wanneer de dienst begon (bijvoorbeeld 2026-11-28T06:00:00+01:00)
cli-opt-end = Wanneer de dienst eindigde
cli-opt-break-minutes = Hoeveel minuten pauze je tijdens de dienst had
cli-opt-from = Vanaf deze dag (YYYY-MM-DD)
cli-opt-to = Tot en met deze dag (YYYY-MM-DD)
cli-opt-kind-entry = Alleen dit soort notities: symptom (klacht), incident (ongeluk op het werk), shift (dienst) of care_contact (contact met een arts)
cli-opt-export-file = Een dagboekbestand (JSON) dat iemand je heeft gegeven
cli-opt-tsa-cert-verify = Controleer de tijdstempels in het dagboekbestand met deze vertrouwde certificaten (PEM), in plaats van met de certificaten in het bestand
cli-cmd-diary-anchor = Tijdstempels: laat een externe dienst bevestigen dat je dagboek op een bepaald moment al bestond
cli-cmd-diary-anchor-request = Maak een verzoek om een tijdstempel voor het dagboek zoals het nu is
cli-opt-anchor-out = Waar je het verzoek wilt opslaan (een .tsq-bestand dat je naar de tijdstempeldienst stuurt)
cli-cmd-diary-anchor-add = Voeg het antwoord van de tijdstempeldienst toe aan het dagboek
cli-arg-anchor-response = Het antwoord van de tijdstempeldienst (een .tsr-bestand)
cli-opt-tsa-cert = Het certificaat van de tijdstempeldienst dat je vertrouwt (PEM)
cli-opt-format = Het soort bestand: html (het verslag voor de arts), fhir (voor medische systemen) of json (alles, om te controleren of te bewaren)
cli-opt-with-location = Zet ook de plaatsen waar je was in het bestand
cli-arg-entry = Het id van de notitie, zoals het in de lijst staat
cli-cmd-diary-attach = Voeg een foto of document (JPEG, PNG, HEIC of PDF, tot 20 MB) toe aan een notitie
cli-arg-attachment-file = Het bestand dat u toevoegt
cli-opt-attachment-kind = Wat erop staat: photo (foto), payslip (loonstrook), contract, housing (huisvesting) of other (iets anders)
cli-cmd-diary-attachments = Toon de foto's en documenten in het dagboek, of bij één notitie
cli-cmd-diary-attachment = Sla een kopie van een bijlage op, of verwijder hem
cli-cmd-diary-attachment-get = Sla een kopie van een bijlage op (zonder de plaats waar hij is gemaakt)
cli-cmd-diary-attachment-delete = Verwijder een bijlage (het dagboek houdt de vingerafdruk)
cli-arg-attachment = Het id van de bijlage, zoals de lijst het toont
cli-opt-attachment-out = Waar de kopie komt
cli-opt-attachment-with-location = Houd de plaats waar de foto is gemaakt in de kopie
diary-attached = Toegevoegd. Het id: { $id }
diary-attachments-none = Er zijn geen foto's of documenten toegevoegd.
diary-attachment-saved = Opgeslagen zonder de plaats waar hij is gemaakt: { $file }
diary-attachment-saved-with-location = Opgeslagen met de plaats waar hij is gemaakt: { $file }
diary-attachment-deleted = De bijlage is verwijderd. Het dagboek houdt de vingerafdruk (SHA-256), zodat te zien is dat er iets weg is.
attachment-kind-photo = foto
attachment-kind-payslip = loonstrook
attachment-kind-contract = contract
attachment-kind-housing = huisvesting
attachment-kind-other = iets anders
error-unknown-entry = Er staat geen notitie met dit id in het dagboek.
invalid-symptom-code = Onbekende klacht. Kijk in `diary vocab` voor de lijst.
invalid-body-part = Onbekend lichaamsdeel. Kijk in `diary vocab` voor de lijst.
invalid-severity = Geef met een getal van 0 tot 10 aan hoe erg het is.
invalid-empty = Schrijf minstens een paar woorden.
invalid-reported-to = Kies aan wie je het hebt gemeld: employer, agency, bedrijfsarts, gp of arbeidsinspectie.
invalid-photo = Bij een foto horen de bestandsnaam en de SHA-256-vingerafdruk (64 hexadecimale tekens).
invalid-shift-order = Een dienst moet later eindigen dan hij begint.
invalid-future-time = Een notitie kan niet later zijn dan nu. Kijk de datum en de tijd na.
invalid-shift-length = Een dienst kan niet langer duren dan een dag. Heb je langer gewerkt? Schrijf het dan op als twee diensten.
invalid-break = De pauze moet korter zijn dan de dienst.
invalid-care-with = Kies gp (huisarts), gp_post (huisartsenpost), emergency (spoedeisende hulp) of bedrijfsarts.
invalid-correction-kind = Een verbetering moet van hetzelfde soort zijn als de notitie.
invalid-diary-export = Dit bestand is geen dagboek dat met Werkmaat is opgeslagen.
error-unknown-attachment = Er is geen bijlage met dit id.
invalid-attachment-format = Dit bestand is geen foto (JPEG, PNG, HEIC) en geen PDF. Er is niets opgeslagen.
invalid-attachment-too-large = Dit bestand is groter dan 20 MB. Er is niets opgeslagen. Maak de foto kleiner of splits het document.
invalid-attachment-kind = Kies wat erop staat: photo (foto), payslip (loonstrook), contract, housing (huisvesting) of other (iets anders).
invalid-attachment-location-heic = De plaats waar deze foto is gemaakt kan niet uit een HEIC-bestand worden gehaald. Sla hem alleen op met --with-location als die plaats gezien mag worden, of voeg hem opnieuw toe als JPEG.
invalid-export-format = Kies het formaat html (het verslag voor de arts), fhir of json.
diary-verify-ok = Het dagboek klopt: geen notitie is veranderd sinds ze geschreven is.
diary-verify-bad = Het dagboek klopt niet: het is veranderd, beschadigd of niet compleet. De lijst zegt waar.
diary-no-breaches = In de diensten die je hebt opgeschreven, zijn deze regels voor werktijden niet overtreden: { $rules }.
tour-diary = Een privédagboek: een lange dienst en de rugpijn daarna. Werkmaat vergelijkt de dienst met de regels voor werktijden en toont aan dat er niets in het dagboek is veranderd:
cli-cmd-diary-backup = Maak een versleutelde back-up van het dagboek, beveiligd met een wachtzin die je zelf kiest
cli-cmd-diary-restore = Zet een back-up terug in een leeg dagboek, bijvoorbeeld op een nieuwe telefoon
cli-opt-passphrase-file = Een bestand met de wachtzin van de back-up
invalid-backup = Dit bestand is geen back-up van Werkmaat, of het is beschadigd of niet compleet. Er is niets teruggezet.
invalid-passphrase = Met deze wachtzin gaat de back-up niet open. Er is niets teruggezet.
invalid-passphrase-short = Gebruik een wachtzin van minstens 8 tekens.
invalid-restore-not-empty = Je kunt een back-up alleen terugzetten in een leeg dagboek.
cli-opt-care-with = Bij wie je was: gp (huisarts), gp_post (huisartsenpost), emergency (spoedeisende hulp) of bedrijfsarts
cli-opt-limit-entries = Hoeveel notities je wilt zien
cli-opt-doctor-locale = De taal van de arts, die in het verslag naast de jouwe staat (nl als je niets opgeeft)
cli-opt-identity = Welke van uw opgeslagen gegevens op de export komen, met komma's ertussen: name, birth_date, bsn, employer, agency, insurer (name en birth_date als u niets kiest; uw BSN alleen als u erom vraagt)
invalid-doctor-locale = Kies voor de arts een van de talen van Werkmaat: nl, en, pl, ro, bg, uk, hu, lt, pt of es.
invalid-identity-field = Kies de gegevens voor de export uit deze lijst, met komma's ertussen: name, birth_date, bsn, employer, agency, insurer.
tour-report = Het verslag voor de arts, in je eigen taal met het Nederlands ernaast, is hier opgeslagen:

# Files the CLI reads and writes.
invalid-file-exists = Er is al een bestand met deze naam. Er is niets geschreven.
cli-file-exists = Het bestand { $path } bestaat al. Kies een andere naam, of voeg --force toe om het te vervangen.
cli-file-in-profile = { $path } staat in de map van je profiel. Werkmaat schrijft daar niet: kies een bestand buiten die map.
cli-file-unreadable = Werkmaat kan het bestand { $path } niet lezen. Kijk of de naam klopt en of het bestand er is.
cli-key-file-damaged = Het sleutelbestand { $path } is beschadigd: er moeten precies 32 bytes in staan. Werkmaat vervangt het niet, want je profiel gaat alleen open met de echte sleutel. Zet een kopie van het sleutelbestand terug.
cli-not-text = Een deel van de opdracht is geen leesbare tekst (UTF-8). Typ het opnieuw, of geef het bestand een naam met gewone tekst.
cli-opt-force = Vervang het bestand als het al bestaat
diary-verify-proves-witness = Het past ook bij de laatste stand die dit apparaat bewaarde, dus er zijn geen nieuwere notities weggehaald. Het bewijst niet wanneer de notities geschreven zijn.
diary-verify-proves-head = Niemand buiten de telefoon staat in voor dit dagboek. De controle bewijst alleen dat het bij de vingerafdruk past: vergelijk die met een vingerafdruk die je eerder kreeg.
diary-verify-proves-anchor = Een tijdstempeldienst heeft het dagboek tot een bepaalde tijd bevestigd: de notities tot dat punt bestonden toen al en zijn sindsdien niet veranderd.
diary-verify-clock = De tijden van de notities komen van de klok van de telefoon: ze zijn wat de telefoon zei, geen bewijs.
invalid-witness-file = Het controlebestand (de naam van het sleutelbestand plus .witness) is niet te lezen. Verwijder het niet: het laat zien of het dagboek naar een oudere stand is teruggezet.
diary-damaged = Sommige notities zijn niet te lezen (beschadigd) en worden overgeslagen. Gebruik "werkmaat diary verify" om te zien welke.
