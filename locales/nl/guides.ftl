# Werkmaat: rights guides (Dutch).
# Translation of the reference locale (en): same messages, attributes and variables.
# Plain language (B1), "je"-form. Dutch terms appear as themselves in natural sentences.
# Each guide: guide-<id> (title) with .summary; each section: guide-<id>-<section> (heading) with .body.
# Every number, amount, date, time and phone number is a fact variable ($fact-id) from
# core/content/facts.json, written the locale's way by Werkmaat: no digits in the text itself.

## Guide: arriving
guide-arriving = Aankomen in Nederland
    .summary = Je burgerservicenummer (BSN), je inschrijving in de RNI of de BRP, en je DigiD.
guide-arriving-bsn = Je burgerservicenummer (BSN)
    .body =
        In Nederland heb je een burgerservicenummer (BSN) nodig. Je werkgever of uitzendbureau heeft het nodig om je te betalen. Je hebt het ook nodig voor je DigiD, en als je een dokter belt.
        Je krijgt je BSN als je je inschrijft. Hoe je je inschrijft, hangt af van hoe lang je blijft.
        Bewaar het papier met je BSN op een veilige plek.
guide-arriving-register = Inschrijven: RNI of BRP
    .body =
        - Blijf je korter dan { $rni-max-stay-months } maanden? Laat je dan inschrijven in de Registratie Niet-ingezetenen (RNI). Er zijn { $rni-desks } RNI-loketten, bijvoorbeeld in Amsterdam, Rotterdam, Den Haag, Utrecht, Eindhoven, Venlo, Groningen en Zwolle.
        - Ga je binnen { $brp-stay-period-months } maanden langer dan { $rni-max-stay-months } maanden in Nederland wonen? Laat je dan als inwoner inschrijven in de Basisregistratie Personen (BRP), bij de gemeente waar je woont. De wet geeft je daarvoor { $brp-register-within-days } dagen na je aankomst. Stond je eerst in de RNI en blijf je toch langer? Schrijf je dan ook in bij de gemeente.
        Inschrijven in de RNI is gratis, en je krijgt je BSN meteen. Vraag bij het loket welke papieren je moet meenemen.
        Spreek je geen Nederlands, Engels of Duits? Neem dan zelf een tolk mee.
        In de gids over inschrijven bij de gemeente lees je meer, ook wat je doet als je geen adres hebt.
guide-arriving-digid = Je DigiD
    .body =
        DigiD is je persoonlijke inlog voor diensten van de Nederlandse overheid, bijvoorbeeld Mijn UWV en de zorgtoeslag.
        Sta je ingeschreven in de RNI en ben je burger van een land van de Europese Economische Ruimte (EER)? Dan doe je het zo:
        - vraag je DigiD aan op digid.nl en kies "Ik woon buiten Nederland";
        - je hebt nodig: een geldig paspoort of een geldige identiteitskaart uit een EER-land (een rijbewijs kun je hiervoor niet gebruiken), je BSN, een mobiele telefoon en een e-mailadres;
        - je krijgt dan een baliecode. Die is { $digid-activation-days } dagen geldig. Haal in die tijd je activeringscode op bij een DigiD-balie, bijvoorbeeld in Den Haag, Maastricht, Schiphol, Enschede of Echt-Susteren.
        - Een videogesprek met Nederland Wereldwijd kan alleen als je op het moment van het gesprek buiten Nederland bent. Ben je in Nederland? Ga dan naar een DigiD-balie.
        Sta je ingeschreven in de BRP? Vraag je DigiD dan aan op digid.nl met je Nederlandse adres.
        Je DigiD is alleen voor jou. Geef je inloggegevens niet aan je werkgever, uitzendbureau of verhuurder.
guide-arriving-help = Volgende stappen en hulp
    .body =
        - Sluit binnen { $insure-within-months } maanden nadat je hier bent gaan werken of wonen een Nederlandse zorgverzekering af. De verzekeringschecklist in Werkmaat helpt je daarbij.
        - Vragen over inschrijven: je gemeente, of rvig.nl.
        - Vragen over DigiD: digid.nl.
        - Work in NL heeft in elke arbeidsmarktregio informatiepunten voor arbeidsmigranten uit de EU: workinnl.nl.

## Guide: contract
guide-contract = Je contract en uitzendwerk
    .summary = De fases van een uitzendcontract, het uitzendbeding, de nieuwe uitzend-CAO en de vergunning voor uitzendbureaus.
guide-contract-phases = De fases van uitzendwerk
    .body =
        De CAO voor Uitzendkrachten werkt met fases:
        - Fase A: maximaal { $phase-a-max-weeks } weken waarin je hebt gewerkt. Weken met betaald verlof tellen ook mee.
        - Fase B: maximaal { $phase-b-max-years } jaar, en maximaal { $phase-b-max-contracts } contracten voor bepaalde tijd.
        - Fase C: een contract voor onbepaalde tijd.
        Na een onderbreking van meer dan { $phase-reset-break-months } maanden begint de telling opnieuw. Een geplande wet, de Wet meer zekerheid flexwerkers, kan fase B korter maken en deze onderbreking langer. Dat is nog niet zeker.
        Vraag je uitzendbureau schriftelijk in welke fase je zit.
guide-contract-clause = Het uitzendbeding
    .body =
        Een contract in fase A kan een uitzendbeding hebben. Dan stopt je contract automatisch als de inlener (het bedrijf waar je werkt) je opdracht stopt.
        Sinds { $uitzendbeding-sickness-date } kan dit beding je contract niet meer laten stoppen omdat je ziek bent. Je blijft in dienst tot de einddatum in je contract, en het uitzendbureau betaalt tot dan je loon.
        Heb je { $uitzendbeding-notice-after-weeks } weken gewerkt? Dan moet het uitzendbureau je { $uitzendbeding-notice-days } dagen van tevoren laten weten dat je werk stopt.
guide-contract-new-cao = De nieuwe uitzend-CAO
    .body =
        Vanaf { $cao-2026-start } geldt een nieuwe CAO voor Uitzendkrachten. De organisaties van uitzendbureaus hebben die afgesproken met de vakbond LBV. De vakbonden FNV en CNV doen niet mee.
        - Je hebt recht op loon en arbeidsvoorwaarden die gelijkwaardig zijn aan die van vergelijkbare werknemers van het bedrijf waar je werkt: loon, toeslagen, verlof, regels bij ziekte en opleiding.
        - Er is één pensioenregeling. Je bouwt pensioen op vanaf je eerste dag.
        - Nulurencontracten zijn afgeschaft.
        - Extra's uit de oude CAO, bijvoorbeeld extra vrije dagen of meer loon bij ziekte, kunnen verdwijnen als het bedrijf waar je werkt ze niet geeft.
        Nog niet alle details zijn duidelijk. Vraag je uitzendbureau schriftelijk welk loon en welke arbeidsvoorwaarden voor jou gelden.
guide-contract-licence = Een vergunning voor uitzendbureaus (Wtta)
    .body =
        Door een nieuwe wet, de Wtta, hebben uitzendbureaus een vergunning nodig.
        - De wet gaat in op { $wtta-start }. Uitzendbureaus moeten de vergunning vóór die datum aanvragen.
        - Vanaf { $wtta-enforcement-start } kan de Nederlandse Arbeidsinspectie een boete geven aan uitzendbureaus zonder vergunning, en aan bedrijven die met zulke uitzendbureaus werken.
        - Voor een vergunning moet een uitzendbureau een waarborgsom van { $wtta-deposit } betalen. Het moet ook laten zien dat het zich aan de regels houdt, bijvoorbeeld dat het het minimumloon betaalt.
        Vraag je uitzendbureau of het is geregistreerd: of het een vergunning heeft, of er een heeft aangevraagd. We konden niet nagaan waar je dit zelf kunt controleren.
guide-contract-help = Wie helpt
    .body =
        - Juridisch Loket, gratis juridisch advies: juridischloket.nl.
        - FNV, een vakbond: fnv.nl.
        - Arbeidsinspectie: { $nla-phone }, nlarbeidsinspectie.nl.
        - Informatiepunten van Work in NL: workinnl.nl.
        Bewaar je contracten, je loonstroken en alle berichten van het uitzendbureau.

## Guide: pay
guide-pay = Loon
    .summary = Het minimumloon, vakantiegeld, vakantiedagen, je loonstrook en wat je werkgever van je loon mag inhouden.
guide-pay-minimum = Het minimumloon
    .body =
        Vanaf { $minimum-wage-adult-age } jaar moet je minstens het wettelijk minimumloon krijgen: { $minimum-wage-hour } bruto per uur.
        Het minimumloon verandert elk jaar in januari en in juli. Het bedrag hierboven is misschien niet meer actueel: kijk voor het bedrag van vandaag op rijksoverheid.nl.
        Werknemers jonger dan { $minimum-wage-adult-age } jaar hebben een lager minimumloon. Dat hangt af van hun leeftijd.
        Het minimumloon geldt ook als je per stuk wordt betaald (stukloon) en voor overuren. De wet geeft geen extra geld voor overuren. Je CAO of contract kan wel meer geven.
guide-pay-holiday = Vakantiegeld en vakantiedagen
    .body =
        - Vakantiegeld: minstens { $holiday-allowance-percent } van je brutoloon. Je krijgt het minstens één keer per jaar, meestal in mei of juni. Als er een CAO geldt, ook bij uitzendwerk, kan het elke maand worden betaald.
        - Vakantiedagen: elk jaar minstens { $leave-weeks-per-year } keer het aantal uren dat je per week werkt. Werk je voltijd, dan zijn dat { $leave-days-full-time } dagen.
        - Wettelijke vakantiedagen vervallen { $leave-lapse-months } maanden na het einde van het jaar waarin je ze hebt opgebouwd.
guide-pay-payslip = Controleer je loonstrook
    .body =
        Controleer je loonstrook elke keer:
        - de uren: vergelijk ze met je eigen overzicht, bijvoorbeeld in het dagboek van Werkmaat;
        - je loon per uur: minstens het minimumloon voor je leeftijd;
        - vakantiegeld en vakantiedagen: worden ze uitbetaald, of voor je gespaard?
        - inhoudingen: wat is er van je loon afgehaald, en waarom?
        Klopt er iets niet? Vraag je uitzendbureau dan schriftelijk om het te verbeteren. Bewaar al je loonstroken.
guide-pay-deductions = Wat je werkgever van je loon mag inhouden
    .body =
        Sinds { $deductions-forbidden-since } mag je werkgever geen geld inhouden op je minimumloon, en ook geen kosten verrekenen met je minimumloon. De enige uitzonderingen zijn huisvesting en zorgverzekering, en alleen als je daarvoor een schriftelijke volmacht hebt gegeven.
        - Huisvesting: maximaal { $housing-deduction-max-percent } van het bruto minimumloon dat voor jou geldt. De overheid wilde deze grens stap voor stap verlagen. Op { $housing-phaseout-stopped-date } is de overheid voorlopig met dat plan gestopt, maar de grens kan nog veranderen.
        - Zorgverzekering: maximaal { $insurance-deduction-max-year } per jaar (deze grens verandert elk jaar), en nooit meer dan de premie op je polis. Jij moet zelf de verzekeringnemer zijn, en je moet je werkgever een kopie van je polis geven.
        In de volmacht moet staan:
        - jouw naam en de naam van je werkgever;
        - het bedrag;
        - voor welke kosten het is, bijvoorbeeld huur, servicekosten, en energie of water met een aparte meter voor jou.
guide-pay-help = Wie helpt
    .body =
        - Loon onder het minimumloon: Nederlandse Arbeidsinspectie, { $nla-phone }, nlarbeidsinspectie.nl.
        - Gratis juridisch advies: Juridisch Loket, juridischloket.nl.
        - Vakbond: FNV, fnv.nl.

## Guide: hours
guide-hours = Werktijden en rust
    .summary = Hoe lang je mag werken, en welke rust en pauzes je moet krijgen.
guide-hours-limits = Hoe lang je mag werken
    .body =
        De Arbeidstijdenwet geeft grenzen voor volwassenen:
        - maximaal { $max-shift-hours } uur in één dienst;
        - maximaal { $max-week-hours } uur in één week;
        - gemiddeld maximaal { $average-short-period-hours } uur per week over { $average-short-period-weeks } weken;
        - gemiddeld maximaal { $average-long-period-hours } uur per week over { $average-long-period-weeks } weken.
        Je CAO kan eigen regels hebben, maar die moeten binnen de grenzen van de wet blijven.
guide-hours-rest = Rust tussen diensten en in de week
    .body =
        - Dagelijkse rusttijd: na je werkdag minstens { $daily-rest-hours } uur rust achter elkaar. Eén keer per { $rest-period-days } dagen mag deze rust korter zijn, maar minstens { $daily-rest-shortened-hours } uur, en alleen als het werk dat nodig maakt.
        - Wekelijkse rusttijd: minstens { $weekly-rest-hours } uur rust achter elkaar in elke periode van { $rest-period-days } dagen, of { $weekly-rest-long-period-hours } uur in elke periode van { $weekly-rest-long-period-days } dagen. Die { $weekly-rest-long-period-hours } uur mag worden verdeeld in blokken van minstens { $weekly-rest-min-block-hours } uur.
guide-hours-breaks = Pauzes
    .body =
        - Werk je meer dan { $break-threshold-hours } uur? Dan heb je recht op minstens { $break-minutes } minuten pauze. Die pauze mag worden verdeeld in delen van minstens { $break-part-minutes } minuten.
        - Werk je meer dan { $long-day-threshold-hours } uur? Dan heb je recht op minstens { $long-day-break-minutes } minuten pauze, in delen van minstens { $break-part-minutes } minuten.
        Pauzes worden niet betaald, tenzij je contract of CAO zegt dat ze wel worden betaald.
guide-hours-night = Nachtdiensten
    .body =
        We konden niet helemaal nagaan of deze regels kloppen: onze bronnen zijn ouder. Vraag het de Arbeidsinspectie of een vakbond om zeker te zijn.
        - Een nachtdienst duurt maximaal { $night-shift-max-hours } uur.
        - Je mag maximaal { $night-shifts-max } nachtdiensten werken in { $night-shifts-period-weeks } weken.
        - Over { $night-shifts-period-weeks } weken mag je gemiddeld maximaal { $night-average-hours } uur per week werken.
guide-hours-record = Houd zelf je uren bij, en zoek hulp
    .body =
        Schrijf elke dag op wanneer je begint, wanneer je stopt en hoe lang je pauzes zijn. Het dagboek in Werkmaat helpt je daarbij. Vergelijk je overzicht met je loonstrook.
        Moet je te lang werken of krijg je te weinig rust? Neem dan contact op met de Nederlandse Arbeidsinspectie:
        - { $nla-phone } (gratis), of vanuit het buitenland { $nla-phone-abroad };
        - nlarbeidsinspectie.nl.
        Voor advies kun je ook terecht bij de FNV (fnv.nl) of het Juridisch Loket (juridischloket.nl).

## Guide: housing
guide-housing = Wonen via je werk
    .summary = Huur die van je loon wordt ingehouden, de kwaliteitsregels voor de woning, en wat je doet als je baan stopt.
guide-housing-deduction = Huur die van je loon wordt ingehouden
    .body =
        Je werkgever mag alleen huur inhouden op je minimumloon als je daarvoor een schriftelijke volmacht hebt gegeven. En dan maximaal { $housing-deduction-max-percent } van het bruto minimumloon dat voor jou geldt.
        In de volmacht moet staan: jouw naam en de naam van je werkgever, het bedrag, en voor welke kosten het is: huur, servicekosten, en energie of water met een aparte meter voor jou.
        De overheid wilde deze grens verlagen. Ze is voorlopig met dat plan gestopt, maar de grens kan nog veranderen.
guide-housing-quality = Regels voor de woning
    .body =
        Huur mag alleen van je loon worden ingehouden als de woning aan een kwaliteitsregel voldoet:
        - het is een woning van een woningcorporatie; of
        - de woning voldoet aan de kwaliteitsnorm van de CAO, en de verhuurder is gecertificeerd voor die norm. Voor uitzendbureaus is dat de SNF-norm.
        In de nieuwe uitzend-CAO blijft er een puntensysteem voor de prijs en de kwaliteit van woningen voor arbeidsmigranten.
        Vraag je uitzendbureau of verhuurder schriftelijk om te laten zien dat de woning gecertificeerd is.
guide-housing-papers = Een apart huurcontract
    .body =
        Je woning en je baan zijn twee verschillende dingen. Ben je arbeidsmigrant uit een ander EU-land en begon je huur op of na { $wgv-separate-contract-since }? Dan moet je huurcontract volgens de wet (Wet goed verhuurderschap) een apart document zijn, los van je arbeidsovereenkomst (je contract voor je werk).
        - Daardoor stopt je huur niet vanzelf als je baan stopt.
        - De verhuurder moet je ook schriftelijk vertellen wat je rechten en plichten zijn, in een taal die je begrijpt.
        - Kreeg je maar één contract voor allebei? Vraag dan schriftelijk om een apart huurcontract.
        Bewaar kopieën van het huurcontract, de volmacht en alle berichten over je woning.
guide-housing-job-ends = Als je baan stopt
    .body =
        Regelt je werkgever zowel je woning als je zorgverzekering? Dan kun je ze allebei tegelijk kwijtraken als je baan stopt.
        Met een apart huurcontract stopt je huur niet alleen omdat je baan stopt. Een oudere uitzend-CAO beloofde nog een paar weken woonruimte na het einde van het contract. We konden niet nagaan of dat onder de nieuwe CAO nog geldt. Vraag je uitzendbureau schriftelijk hoe lang je mag blijven.
        Een zorgverzekering via het uitzendbureau stopt vaak samen met je baan. Blijf je in Nederland? Dan moet je verzekerd blijven: sluit zelf een zorgverzekering af. Ook zolang je een Nederlandse Ziektewet- of WW-uitkering krijgt, moet je verzekerd blijven: controleer of je polis nog loopt, en houd hem aan.
        Zie ook de gids over je baan verliezen.
guide-housing-help = Wat je kunt doen en wie helpt
    .body =
        - Stel je vragen schriftelijk, bijvoorbeeld per e-mail, en bewaar de antwoorden en alle papieren.
        - Juridisch Loket, gratis juridisch advies: juridischloket.nl.
        - FNV, een vakbond: fnv.nl.
        - Informatiepunten van Work in NL: workinnl.nl.
        - Je gemeente: vraag welke hulp er is als je je woning kwijtraakt.
        - Vragen over je zorgverzekering: Zorgverzekeringslijn, { $zvl-phone }, zorgverzekeringslijn.nl.
        Gebruikt iemand je woning om je te dwingen te werken? Neem dan contact op met FairWork (fairwork.nu). Ben je in gevaar? Bel { $emergency-phone }.

## Guide: sickness
guide-sickness = Ziek zijn
    .summary = Hoe je je ziek meldt, je loon als je ziek bent, en wat UWV doet voor uitzendkrachten.
guide-sickness-report = Ziek melden
    .body =
        - Meld je zo snel mogelijk ziek bij je uitzendbureau, en vóór { $report-sick-before } uur.
        - Blijf thuis en zorg dat je bereikbaar bent tot { $stay-home-until } uur. UWV kan dat controleren.
        - Verblijf je op een ander adres? Geef dan dit adres door: je verpleegadres.
        - Werk mee aan je terugkeer naar werk (re-integratie).
        Dit zijn de gewone regels in de uitzendbranche. Je uitzendbureau kan eigen regels hebben: vraag die schriftelijk op.
guide-sickness-pay = Je loon als je ziek bent
    .body =
        - Je werkgever betaalt minstens { $sick-pay-percent } van je loon, maximaal { $sick-pay-max-weeks } weken lang.
        - In de eerste { $sick-pay-minimum-wage-weeks } weken krijg je minstens het minimumloon.
        - Wachtdagen zonder loon: maximaal { $waiting-days-max }, en alleen als dat in je contract of CAO staat.
        Veel CAO's betalen meer. Met de nieuwe uitzend-CAO kan je loon bij ziekte de regels volgen van het bedrijf waar je werkt, maar nooit minder dan de wet.
guide-sickness-agency = Uitzendkrachten en UWV
    .body =
        Volgt je uitzendbureau de uitzend-CAO? Dan mag het je contract niet beëindigen omdat je ziek bent. Het blijft je loon betalen zolang het contract loopt.
        Ben je nog ziek als het contract afloopt? Dan meldt het uitzendbureau of je werkgever dat bij UWV, en krijg je misschien een Ziektewet-uitkering. Sommige uitzendbureaus betalen deze uitkering zelf: zij zijn eigenrisicodrager.
        Meldt het uitzendbureau je ziekte niet op tijd bij UWV? Dan kun je je zelf telefonisch ziek melden bij UWV, via UWV Telefoon Werknemers. We konden het telefoonnummer niet nagaan: zoek het op via uwv.nl.
        Je ziekmelding staat in Mijn UWV. Je logt in met DigiD.
guide-sickness-after-contract = Ziek nadat je contract is afgelopen (Ziektewet)
    .body =
        Word je ziek binnen { $sick-after-contract-weeks } weken nadat je contract is afgelopen? Dan meldt niemand dat voor jou: meld je zelf ziek bij UWV. Doe dat op je eerste ziektedag, en uiterlijk binnen { $report-sick-uwv-days } dagen. Bel UWV Telefoon Werknemers.
        Krijg je WW? Meld je dan ook binnen { $report-sick-uwv-days } dagen ziek in Mijn UWV.
        - De Ziektewet-uitkering is { $ziektewet-percent } van je dagloon: wat je gemiddeld per dag verdiende in het jaar voordat je ziek werd.
        - Er is geen minimum: de uitkering kan lager zijn dan het minimumloon. Heeft je huishouden te weinig om van te leven? Vraag UWV dan om een aanvulling (toeslag).
        - De Ziektewet duurt maximaal { $ziektewet-max-weeks } weken. Rond week { $ezwb-week } kijkt UWV hoeveel je nog kunt verdienen. Ben je minder dan { $wia-threshold-percent } arbeidsongeschikt? Dan stopt de Ziektewet een maand later.
guide-sickness-long = Als je lang ziek bent
    .body =
        Een WIA-uitkering kan beginnen na { $sick-pay-max-weeks } weken ziekte. Je moet hem eerder aanvragen, terwijl je nog ziek bent:
        - Rond week { $wia-letter-week } stuurt UWV je een brief.
        - Vraag de uitkering aan tussen week { $wia-letter-week } en week { $wia-apply-until-week } van je ziekte. Wacht niet langer. Je hebt DigiD nodig.
        - UWV controleert het re-integratieverslag: het verslag over je terugkeer naar werk. Heeft je werkgever te weinig gedaan? Dan moet die je loon langer betalen: een loonsanctie van maximaal { $loonsanctie-max-years } jaar.
        - Daarna beoordelen een verzekeringsarts en een arbeidsdeskundige je situatie.
        De WIA is voor mensen die minstens { $wia-threshold-percent } arbeidsongeschikt zijn. WGA als je nog gedeeltelijk kunt werken, of als je misschien beter wordt; IVA als je minstens { $iva-threshold-percent } arbeidsongeschikt bent en dit niet meer beter wordt.
guide-sickness-help = Wie helpt
    .body =
        - UWV: uwv.nl en Mijn UWV.
        - Je huisarts, voor medische zorg.
        - De bedrijfsarts: zie de gids over de bedrijfsarts.
        - Juridisch Loket: juridischloket.nl. FNV: fnv.nl.
        Schrijf je klachten en je ziektedagen op in het dagboek van Werkmaat.

## Guide: company-doctor
guide-company-doctor = De bedrijfsarts
    .summary = Je recht om naar een bedrijfsarts te gaan, een second opinion, en wat je doet als je uitzendbureau geen bedrijfsarts heeft.
guide-company-doctor-role = Elke werkgever moet een bedrijfsarts hebben
    .body =
        Een bedrijfsarts is een arts voor vragen over je gezondheid en je werk, en voor je terugkeer naar werk na ziekte.
        Volgens de Arbowet, zoals die op { $arbowet-bedrijfsarts-date } is veranderd, moet elke werkgever een basiscontract hebben met een bedrijfsarts of een arbodienst.
        Ben je ziek? Dan moet de bedrijfsarts uiterlijk in week { $bedrijfsarts-by-week } van je ziekte betrokken worden.
guide-company-doctor-visit = Je kunt zelf naar de bedrijfsarts
    .body =
        - Je kunt naar de bedrijfsarts gaan zonder toestemming van je werkgever.
        - Je kunt ook gaan als je niet ziek bent, bijvoorbeeld met vragen over je gezondheid en je werk. Dat heet het open spreekuur.
        - Artsen hebben een medisch beroepsgeheim. Weet je niet zeker wat de bedrijfsarts aan je werkgever vertelt? Vraag het de arts voordat het gesprek begint.
guide-company-doctor-second-opinion = Een second opinion
    .body =
        Ben je het niet eens met het advies van de bedrijfsarts? Dan heb je recht op een second opinion van een andere bedrijfsarts.
        Je verzoek mag alleen worden geweigerd als daar zwaarwegende argumenten voor zijn.
        Je kiest de andere arts uit de artsen die in het basiscontract staan.
        Vraag de second opinion schriftelijk aan, en bewaar een kopie.
guide-company-doctor-no-access = Als je geen bedrijfsarts kunt bereiken
    .body =
        In de praktijk kunnen arbeidsmigranten die via een uitzendbureau werken vaak niet bij een bedrijfsarts terecht. Wat je kunt doen:
        - Vraag je uitzendbureau schriftelijk wie de bedrijfsarts of arbodienst is, en hoe je een afspraak kunt maken. Bewaar het antwoord.
        - Voor medische zorg ga je naar je huisarts. Bel op werkdagen tussen { $gp-office-opens } en { $gp-office-closes } uur.
        - Heeft je werkgever geen bedrijfsarts? Meld dat bij de Nederlandse Arbeidsinspectie: { $nla-phone }, nlarbeidsinspectie.nl.
        - Bel in een noodgeval { $emergency-phone }.
        Schrijf je klachten op in het dagboek van Werkmaat, zodat je ze aan een arts kunt laten zien.

## Guide: accidents
guide-accidents = Ongelukken op het werk
    .summary = Wat je doet na een ongeluk op het werk, wat je werkgever moet doen, en hoe je zelf onveilig werk meldt.
guide-accidents-now = Wat je meteen doet
    .body =
        Is iemand in gevaar of ernstig gewond? Bel { $emergency-phone }. De medewerkers van de meldkamer spreken Engels.
        - Geef eerste hulp als je dat veilig kunt doen.
        - Bij ander letsel bel je je huisarts. 's Avonds, 's nachts en in het weekend bel je de huisartsenpost.
        - Ga alleen naar de spoedeisende hulp (SEH) van het ziekenhuis als de huisarts of de huisartsenpost je stuurt, of als het levensbedreigend is.
        - Vertel het zo snel mogelijk aan je werkgever. Werk je via een uitzendbureau? Vertel het dan ook aan het uitzendbureau.
guide-accidents-record = Schrijf op wat er is gebeurd
    .body =
        Schrijf op wat er is gebeurd, nu je het nog goed weet:
        - de datum, de tijd en de plek;
        - wat je aan het doen was en wat er misging;
        - hoe je gewond raakte;
        - de namen van de mensen die het hebben gezien (getuigen);
        - naar welke arts of welk ziekenhuis je bent gegaan.
        Maak foto's van de plek, de machine of het gereedschap, en van je verwonding. Bewaar alle brieven van artsen. Het dagboek van Werkmaat kan deze notities en foto's op je telefoon bewaren.
guide-accidents-employer = Wat je werkgever moet doen
    .body =
        Je werkgever moet een ernstig ongeluk op het werk meteen melden bij de Nederlandse Arbeidsinspectie. Dit geldt ook voor uitzendkrachten. Een ongeluk is ernstig als het leidt tot:
        - de dood;
        - blijvend letsel, bijvoorbeeld het verlies van een lichaamsdeel of van je zicht;
        - opname in het ziekenhuis, ook een dagopname. Behandeling zonder opname telt niet mee.
        Wordt dit pas later duidelijk? Dan moet de werkgever het op dat moment melden.
        Je werkgever moet ook een register bijhouden: een lijst van de gemelde ongelukken, en van de ongelukken waardoor iemand meer dan { $accident-register-absence-days } werkdagen niet kon werken.
guide-accidents-liability = Wanneer je werkgever aansprakelijk is
    .body =
        De regel over de aansprakelijkheid van de werkgever in het Burgerlijk Wetboek zegt: je werkgever moet de veiligheidsmaatregelen nemen die je redelijkerwijs mag verwachten, zodat je op het werk niet gewond raakt.
        Jij hoeft alleen te laten zien dat je gewond bent geraakt tijdens je werk. Dan moet de werkgever bewijzen dat hij genoeg heeft gedaan voor je veiligheid. Kan hij dat niet bewijzen? Dan moet hij misschien je schade betalen.
        De werkgever is niet aansprakelijk als je de schade vooral zelf hebt veroorzaakt: met opzet, of door heel roekeloos te doen terwijl je wist dat het gevaarlijk was. De regel belooft niet dat werk helemaal veilig is.
        Voor advies over jouw situatie kun je terecht bij het Juridisch Loket: juridischloket.nl.
guide-accidents-report = Zelf onveilig werk melden
    .body =
        Je kunt onveilig werk zelf melden bij de Arbeidsinspectie, ook als er nog niets is gebeurd.
        - Bel { $nla-phone }. Dit nummer is gratis.
        - Vanuit het buitenland bel je { $nla-phone-abroad }. Een andere bron geeft een ander nummer. Werkt dit nummer niet? Kijk dan op nlarbeidsinspectie.nl.
        - Je kunt ook melden met een online formulier. De formulieren zijn er in verschillende talen.
        - Je kunt anoniem melden, zonder je naam te geven.

## Guide: insurance
guide-insurance = Zorgverzekering
    .summary = Wie een Nederlandse zorgverzekering moet hebben, vóór wanneer, hoe je kiest, en wat er gebeurt als je je niet verzekert.
guide-insurance-who = Wie verzekerd moet zijn
    .body =
        Volgens de wet (de Zorgverzekeringswet) is een Nederlandse zorgverzekering verplicht. Je moet je verzekeren als:
        - je in Nederland woont, of
        - je in Nederland werkt en Nederlandse loonheffing betaalt, ook als je in het buitenland woont of seizoenswerk doet.
        Een verzekering in je eigen land is niet genoeg: ook dan moet je je in Nederland verzekeren.
        Uitzondering: heeft een buitenlandse werkgever je tijdelijk naar Nederland gestuurd (je bent gedetacheerd) en heb je een A1-verklaring? Dan blijf je verzekerd in je eigen land. Je gebruikt dan je Europese zorgpas (EHIC) voor zorg die medisch nodig is.
guide-insurance-deadline = Op tijd verzekeren
    .body =
        Sluit een verzekering af binnen { $insure-within-months } maanden na je eerste werkdag, of nadat je je hebt ingeschreven bij de gemeente. Je verzekering geldt dan vanaf die eerste dag, en je betaalt de premie vanaf die dag.
        Ben je te laat? Dan ben je niet verzekerd voor de tijd daarvoor, en betaal je de zorgkosten uit die tijd zelf. Je kunt ook een boete krijgen van het CAK, de overheidsinstantie voor mensen die niet verzekerd zijn.
guide-insurance-choice = Je zorgverzekeraar kiezen
    .body =
        Je mag zelf je zorgverzekeraar kiezen. Dat zegt ook het CAK.
        Je werkgever of uitzendbureau kan je een collectieve verzekering aanbieden. De premie mag alleen van je loon worden ingehouden als je daarvoor een schriftelijke volmacht geeft. Jij moet de verzekeringnemer zijn en een kopie van de polis krijgen.
        We hebben geen wettekst gevonden die letterlijk zegt dat een werkgever je niet mag dwingen om zijn verzekering te nemen. Maar de wet geeft je een vrije keuze van verzekeraar, en voor een inhouding is je volmacht nodig. Weet je het niet zeker? Vraag het de Zorgverzekeringslijn.
guide-insurance-cak = Brieven van het CAK
    .body =
        Moet je verzekerd zijn en ben je dat niet? Dan neemt het CAK deze stappen:
        - Je krijgt een brief. Je hebt dan { $cak-letter-months } maanden om een verzekering af te sluiten.
        - Doe je dat niet? Dan krijg je een boete.
        - Ben je na nog eens { $cak-letter-months } maanden nog steeds niet verzekerd? Dan krijg je een tweede boete.
        - Daarna verzekert het CAK je zelf en kiest het de verzekeraar. Het CAK houdt dan { $cak-premium-months } maanden lang een hogere premie in op je loon of uitkering: de bestuursrechtelijke premie.
        Volgens de wet is elke boete drie keer de standaardpremie voor één maand. De standaardpremie is { $standaardpremie } per jaar, dus een boete is { $cak-fine }. De hogere premie is { $cak-premium-month } per maand. Deze bedragen veranderen elk jaar: kijk in je brief of op hetcak.nl. Daar staat ook een pagina in het Engels.
        Negeer nooit een brief van het CAK.
guide-insurance-job-ends = Als je baan stopt
    .body =
        Een collectieve verzekering via je uitzendbureau stopt vaak als je baan stopt. Woon je nog in Nederland, of betaal je nog Nederlandse loonheffing? Dan moet je verzekerd blijven: sluit meteen zelf een verzekering af.
        Ook zolang je een Nederlandse uitkering krijgt bij ziekte (Ziektewet) of bij werkloosheid (WW), moet je verzekerd blijven. Controleer of je polis nog loopt, en houd hem aan.
        Vertrek je voorgoed uit Nederland (niet voor een vakantie) en heb je geen inkomen meer uit Nederland? Dan heb je geen recht meer op de Nederlandse verzekering. Zeg die op, en laat met een bewijs zien dat je bent uitgeschreven uit de Basisregistratie Personen (BRP).
guide-insurance-help = Wie kan helpen
    .body =
        De Zorgverzekeringslijn is een onafhankelijke hulplijn voor vragen over zorgverzekeringen.
        - Bel { $zvl-phone } op werkdagen, of chat via zorgverzekeringslijn.nl.
        - We konden niet nagaan welke talen ze spreken.
        Voor brieven en boetes van het CAK: kijk op hetcak.nl. Met de verzekeringschecklist van Werkmaat kun je je eigen situatie controleren.

## Guide: care
guide-care = Zorg: waar ga je naartoe?
    .summary = Je huisarts, de huisartsenpost, spoedgevallen, medicijnen, de tandarts en wat je zelf betaalt.
guide-care-gp = Je huisarts
    .body =
        In Nederland ga je eerst naar je huisarts. De huisarts beslist of je naar een ziekenhuis of een specialist moet, en stuurt je daarheen met een verwijzing.
        - Schrijf je in bij een huisarts dicht bij de plek waar je woont. Wacht niet tot je ziek bent.
        - Praktijken zijn vaak vol en nemen geen nieuwe patiënten aan. Vraag het dan bij andere praktijken in de buurt. De zorgzoeker van Werkmaat laat praktijken bij jou in de buurt zien.
        - Bel de praktijk op werkdagen tussen { $gp-office-opens } en { $gp-office-closes } uur.
        Voor advies over kleine gezondheidsproblemen die je zelf kunt behandelen: kijk op thuisarts.nl.
guide-care-out-of-hours = 's Avonds, 's nachts en in het weekend: de huisartsenpost
    .body =
        Is je huisarts gesloten? Bel dan de huisartsenpost. Die is 's avonds en 's nachts open (op werkdagen van { $gp-office-closes } tot { $gp-office-opens } uur), in het weekend en op feestdagen.
        - Bel altijd eerst. Je kunt niet zomaar binnenlopen. Een triagist (een speciaal opgeleide assistent) beslist hoe dringend het is.
        - Elke regio heeft een eigen nummer. Bel je huisarts: buiten de openingstijden hoor je dan vaak een bericht met het nummer. Ook de zorgzoeker van Werkmaat laat het zien.
        Houd dit bij de hand als je belt, en neem je identiteitsbewijs mee als je gaat:
        - je naam, geboortedatum en burgerservicenummer (BSN);
        - je zorgverzekeraar en je polisnummer;
        - de naam van je huisarts en de medicijnen die je gebruikt.
        Werkmaat kan deze gegevens voor je bewaren.
guide-care-emergency = Noodgevallen
    .body =
        Bel { $emergency-phone } als iemands leven in gevaar is: voor een ambulance, de politie of de brandweer. De medewerkers van de meldkamer spreken Engels.
        De gratis 112NL-app helpt als je niet goed kunt horen of spreken, of geen Nederlands of Engels spreekt:
        - je kunt { $emergency-phone } bellen, of direct de politie, de brandweer of de ambulance;
        - de medewerker van de meldkamer kan een chat met je starten, en de chat kan vertalen in veel talen;
        - de app stuurt je locatie mee als je dat toestaat.
        Installeer de app nu, voordat je hem nodig hebt. De oude teksttelefoon { $emergency-textphone } verdwijnt en werkt misschien niet meer.
        De spoedeisende hulp (SEH) van het ziekenhuis is voor dringende zorg. Ga daar alleen naartoe als de huisarts of de huisartsenpost je stuurt, of als het levensbedreigend is.
guide-care-medicines-dentist = Medicijnen en de tandarts
    .body =
        Medicijnen haal je bij de apotheek. Medicijnen op recept uit het basispakket tellen mee voor je eigen risico.
        Zorg van de tandarts zit voor volwassenen niet in het basispakket. Het basispakket betaalt alleen bijzondere tandheelkundige zorg, bijvoorbeeld een kaakoperatie, en een volledig kunstgebit. Voor een volledig kunstgebit betaal je zelf { $dentures-own-share-percent } van de kosten.
        Voor andere tandartszorg heb je een aanvullende verzekering nodig. Voor kinderen zit de meeste tandartszorg wel in het basispakket.
guide-care-costs = Wat je zelf betaalt (eigen risico)
    .body =
        Elk jaar betaal je de eerste { $eigen-risico } van de kosten van zorg uit het basispakket zelf. Dit heet het eigen risico. Het bedrag kan de komende jaren veranderen.
        Deze zorg telt niet mee voor het eigen risico:
        - bezoeken aan je huisarts;
        - kraamzorg (zorg na de bevalling);
        - wijkverpleging (verpleging bij je thuis).
        Kinderen jonger dan { $no-deductible-under-age } jaar betalen geen eigen risico.

## Guide: zorgtoeslag
guide-zorgtoeslag = Zorgtoeslag
    .summary = Geld van de overheid om je zorgverzekering te helpen betalen: wie het kan krijgen, hoeveel, en hoe je het aanvraagt.
guide-zorgtoeslag-who = Wie kan het krijgen
    .body =
        Zorgtoeslag is geld van de Belastingdienst/Toeslagen om je te helpen je zorgverzekering te betalen. Je kunt het krijgen als:
        - je { $zorgtoeslag-min-age } jaar of ouder bent;
        - je een Nederlandse zorgverzekering hebt;
        - je de Nederlandse nationaliteit hebt, de nationaliteit van een land in de Europese Economische Ruimte (EER), of een verblijfsvergunning;
        - je inkomen onder de grens ligt: { $zorgtoeslag-income-single } per jaar zonder partner, of { $zorgtoeslag-income-partner } per jaar samen met je toeslagpartner (je partner voor de toeslag);
        - je spaargeld en ander vermogen onder de grens liggen. Die grens verandert elk jaar. De nieuwste grens die we konden nagaan is { $zorgtoeslag-assets-single } zonder partner, of { $zorgtoeslag-assets-partner } samen met een toeslagpartner, en die is van een eerder jaar. Kijk voor de grens van dit jaar op belastingdienst.nl.
        Je man, vrouw of geregistreerde partner is ook je toeslagpartner als die in een ander land woont, en zijn of haar inkomen telt mee. Is je toeslagpartner in een ander land verzekerd? Dan krijg je de helft van het bedrag voor partners.
        Woon je in het buitenland? Dan kun je ook zorgtoeslag krijgen, als je in Nederland werkt en een Nederlandse zorgverzekering hebt.
guide-zorgtoeslag-amount = Hoeveel je krijgt
    .body =
        Het bedrag hangt af van je inkomen: met een lager inkomen krijg je meer.
        - Zonder toeslagpartner krijg je maximaal ongeveer { $zorgtoeslag-max-month-single } per maand.
        - Met een toeslagpartner krijg je samen maximaal ongeveer { $zorgtoeslag-max-month-partner } per maand.
        We vonden deze bedragen in een nieuwsbericht, dus ze kloppen misschien niet precies. De Belastingdienst berekent jouw bedrag.
guide-zorgtoeslag-apply = Hoe je het aanvraagt
    .body =
        - Je hebt DigiD nodig, de inlog van de Nederlandse overheid. Kijk op digid.nl.
        - Vraag zorgtoeslag aan op belastingdienst.nl, in Mijn toeslagen.
        - Geef veranderingen in je inkomen, of een nieuwe partner, snel door in Mijn toeslagen.
        De Belastingdienst controleert later je echte inkomen. Heb je te veel toeslag gekregen? Dan moet je dat misschien terugbetalen. Bewaar alle brieven van de Belastingdienst.
guide-zorgtoeslag-help = Wie kan helpen
    .body =
        Bel de BelastingTelefoon: { $belastingtelefoon }. Bellen is gratis. De lijn is open van maandag tot en met vrijdag.
        Houd je burgerservicenummer (BSN) bij de hand als je belt.

## Guide: interpreters
guide-interpreters = Tolken in de zorg
    .summary = Hoe je zorgt dat jij en je arts elkaar begrijpen, wanneer je een tolk kunt krijgen, en wie betaalt.
guide-interpreters-understand = Elkaar begrijpen
    .body =
        Voor goede zorg moet je elkaar goed begrijpen: jij moet je arts begrijpen, en je arts moet jou begrijpen.
        - Zeg geen "ja" als je het niet hebt begrepen.
        - Je mag de arts vragen om het nog een keer uit te leggen, in eenvoudigere woorden.
        - Je mag om een tolk vragen.
        Vertel de praktijk vóór je afspraak welke taal je spreekt.
guide-interpreters-guideline = De richtlijn over taalbarrières
    .body =
        Op { $language-guideline-date } verscheen een richtlijn voor zorgverleners over taalbarrières: "Omgaan met taalbarrières in de zorg en het sociaal domein". Organisaties van zorgverleners en patiënten hebben die samen gemaakt, onder andere het Nederlands Huisartsen Genootschap (NHG) en de Patiëntenfederatie Nederland. In de richtlijn staat:
        - Bij ingewikkelde, gevoelige of ernstige gesprekken hoort de zorgverlener een professionele tolk in te schakelen.
        - Een familielid, een vriend of een vertaalapp is alleen voor eenvoudige gesprekken, en alleen als jij dat wilt.
        - Kinderen mogen nooit tolken.
        - De zorgverlener controleert of je het hebt begrepen, bijvoorbeeld door je te vragen het in je eigen woorden te herhalen.
guide-interpreters-costs = Wie betaalt de tolk
    .body =
        Dat hangt af van het soort zorg:
        - Huisarts: er is geen landelijke regeling die tolken betaalt. Sommige regio's betalen wel voor een tolk via de telefoon. Vraag je huisarts of dat in jouw regio kan.
        - Geestelijke gezondheidszorg (GGZ): tolken worden sinds { $ggz-interpreter-since } betaald.
        - Zorg tijdens de zwangerschap en de bevalling door een verloskundige: tolken worden sinds { $obstetric-interpreter-since } betaald. Deze regeling is officieel tijdelijk.
        Voor andere zorg: vraag vóór je afspraak of een tolk mogelijk is en wie de tolk betaalt.
guide-interpreters-ask = Wat je kunt doen
    .body =
        - Zeg bij het maken van een afspraak dat je een professionele tolk nodig hebt, en voor welke taal.
        - Bij eenvoudige gesprekken mag je iemand meenemen die je vertrouwt, om je te helpen.
        - De zinnenkaarten van Werkmaat laten korte zinnen zien in het Nederlands en in je eigen taal. Je kunt ze aan de arts of de assistent laten zien.

## Guide: exploitation
guide-exploitation = Uitbuiting: waar vind je hulp
    .summary = Signalen van uitbuiting op het werk, waar je het kunt melden, en wie je kan helpen.
guide-exploitation-signs = Waarschuwingssignalen
    .body =
        Arbeidsuitbuiting begint vaak klein. Let op als:
        - je minder krijgt dan het minimumloon voor de uren die je werkt;
        - er geld van je loon wordt ingehouden zonder je schriftelijke volmacht. Alleen huisvesting en zorgverzekering mogen van het minimumloon worden ingehouden, en alleen met een volmacht;
        - iemand je dwingt om te werken, of om in de baan te blijven;
        - je werk onveilig is en er niets aan wordt gedaan.
        Veel werknemers krijgen hun woning en zorgverzekering via de werkgever. Daardoor ben je afhankelijk: als je je baan verliest, kun je tegelijk je woning en je verzekering kwijtraken.
guide-exploitation-danger = In gevaar of dringend
    .body =
        - Nu in gevaar: bel { $emergency-phone }.
        - Politie, als het geen spoed is: { $police-phone }. Dit nummer is niet gratis: je betaalt een klein bedrag per minuut bovenop je gewone belkosten, en het werkt misschien niet met elke buitenlandse simkaart. Je kunt dwang of uitbuiting melden bij de politie.
        - Een misdrijf melden zonder je naam te geven: Meld Misdaad Anoniem, bel { $mma-phone } of kijk op meldmisdaadanoniem.nl.
guide-exploitation-report = Melden bij de Arbeidsinspectie
    .body =
        De Nederlandse Arbeidsinspectie houdt zich bezig met onveilig werk, onderbetaling en uitbuiting.
        - Bel { $nla-phone } (gratis), of vanuit het buitenland { $nla-phone-abroad }. Een andere bron geeft een ander nummer voor bellen vanuit het buitenland. Werkt het niet? Kijk dan op nlarbeidsinspectie.nl.
        - Er zijn online formulieren in verschillende talen.
        - Je kunt anoniem melden, zonder je naam te geven.
        Volgens de inspectie vertelt zij de werkgever niet wie de melding heeft gedaan.
guide-exploitation-help = Wie je kan helpen
    .body =
        - FairWork helpt slachtoffers van arbeidsuitbuiting, gratis en vertrouwelijk: fairwork.nu.
        - CoMensha, het landelijke centrum tegen mensenhandel, registreert slachtoffers en regelt opvang. Bel { $comensha-phone }, van maandag tot en met vrijdag van { $comensha-opens } tot { $comensha-closes } uur, of mail naar info@comensha.nl.
        - FNV is een vakbond. De FNV heeft voorlichting gegeven in het Pools, ook voor mensen die geen lid zijn: fnv.nl.
        - Het Juridisch Loket geeft gratis juridisch advies: juridischloket.nl. In een proefproject helpt het Juridisch Loket in sommige provincies (Noord-Holland, Zuid-Holland, Noord-Brabant en Limburg) ook in het Pools, Bulgaars en Roemeens. Kijk op de website of dat project nog loopt.
        - Work in NL heeft informatiepunten voor arbeidsmigranten uit de EU in alle arbeidsmarktregio's: workinnl.nl.
guide-exploitation-what-next = Wat een melding voor jou kan betekenen
    .body =
        Een melding kan leiden tot een onderzoek. We kunnen niet beloven wat de uitkomst is, of hoe lang het duurt.
        - Je kunt anoniem melden, bij de Arbeidsinspectie of bij Meld Misdaad Anoniem.
        - Bewaar kopieën van je contract, je loonstroken en een lijst van je uren op een veilige plek. Het dagboek van Werkmaat kan je uren bijhouden.
        - Een slachtoffer van mensenhandel kan via CoMensha hulp en een veilige plek om te verblijven krijgen.
        - Krijg je je woning en verzekering via je werkgever? Denk dan vooruit: waar kun je verblijven, en hoe blijf je verzekerd? Zie de gids over de zorgverzekering.
        Weet je niet zeker wat je moet doen? Praat dan eerst met FairWork.

## Guide: mental-health
guide-mental-health = Psychische gezondheid
    .summary = Stress, zorgen en somberheid komen veel voor. Waar je hulp kunt krijgen, ook in een crisis.
guide-mental-health-common = Je bent niet alleen
    .body =
        Leven en werken ver van huis kan zwaar zijn. Stress, zorgen, slecht slapen en je somber voelen: dat overkomt veel mensen. Het is geen zwakte, en je mag om hulp vragen.
        Onderzoek in Nederland liet zien dat veel arbeidsmigranten een slechte psychische gezondheid hebben, veel vaker dan Nederlandse werknemers.
guide-mental-health-gp = Praat met je huisarts
    .body =
        Je huisarts is de eerste plek waar je naartoe gaat, ook bij stress, angst, verdriet of slaapproblemen. Wat je aan je huisarts vertelt, is vertrouwelijk.
        De huisarts kan je helpen, of je doorverwijzen naar de geestelijke gezondheidszorg (GGZ). In de GGZ worden tolken sinds { $ggz-interpreter-since } betaald. Vraag om een tolk als je die nodig hebt.
        Je mag ook met de bedrijfsarts praten, zonder het aan je werkgever te vragen en ook als je niet ziek bent. Maar veel uitzendkrachten kunnen niet of nauwelijks bij een bedrijfsarts terecht.
guide-mental-health-crisis = In een crisis
    .body =
        Denk je aan zelfmoord? Neem dan contact op met de Nederlandse hulplijn voor zelfmoordpreventie (113.nl):
        - bel { $crisis-phone } of { $crisis-phone-free }; beide nummers zijn gratis;
        - of chat via 113.nl.
        De hulplijn is dag en nacht open, en je hoeft je naam niet te geven.
        Ben jij of iemand anders nu in gevaar? Bel dan { $emergency-phone }.
guide-mental-health-self-care = Goed voor jezelf zorgen
    .body =
        Een paar eenvoudige gewoontes kunnen je helpen van dag tot dag. Ze vervangen geen hulp van een arts.
        - Probeer genoeg te slapen, en gebruik je rusttijd en vrije dagen om uit te rusten. Zie de gids over werktijden.
        - Praat met iemand die je vertrouwt: een vriend, een collega of je familie thuis.
        - Houd contact met familie en vrienden, ook via de telefoon of met videobellen.
        Voel je je slechter, of wordt het niet beter? Ga dan naar je huisarts.

## Guide: losing-job
guide-losing-job = Je baan verliezen
    .summary = Wat je doet als je baan stopt: WW-uitkering, je eindafrekening, de transitievergoeding, je verzekering en je woning.
guide-losing-job-ww = WW-uitkering: regel het binnen een week
    .body =
        Stopt je baan? Dan kun je misschien een WW-uitkering krijgen van UWV. Meestal moet je in minstens { $ww-weeks-worked } van de laatste { $ww-weeks-period } weken hebben gewerkt.
        - Schrijf je binnen { $ww-register-days } dagen nadat je je werk kwijt bent in als werkzoekende op werk.nl.
        - Vraag de WW aan bij UWV. Je aanvraag moet er uiterlijk { $ww-apply-within-weeks ->
            [one] { $ww-apply-within-weeks } week
           *[other] { $ww-apply-within-weeks } weken
        } na je laatste werkdag zijn. Je mag ook een paar weken eerder aanvragen. Je hebt DigiD nodig.
        - UWV beslist binnen ongeveer { $ww-decision-weeks } weken.
        Wacht niet tot de laatste dag. Teken geen vaststellingsovereenkomst (een afspraak om je contract te beëindigen) voordat je advies hebt gevraagd.
guide-losing-job-final-pay = Je laatste loon
    .body =
        Bij je eindafrekening moet je dit krijgen:
        - je loon tot en met je laatste werkdag;
        - het vakantiegeld dat je hebt opgebouwd en nog niet hebt gekregen;
        - je vakantiedagen die je niet hebt opgenomen, uitbetaald in geld.
        Je werkgever moet je schriftelijk laten weten hoeveel vakantiedagen je nog over had. Controleer je laatste loonstrook, en vraag het schriftelijk als er iets ontbreekt.
guide-losing-job-transition = Transitievergoeding
    .body =
        Sinds { $transitievergoeding-since } heb je vanaf je eerste werkdag recht op een transitievergoeding, als je werkgever je contract beëindigt of een tijdelijk contract niet verlengt.
        - Het is ongeveer een derde van je maandloon voor elk jaar dat je hebt gewerkt, en een deel daarvan voor een kortere tijd.
        - Je krijgt hem niet als je werkgever failliet is.
        Voor uitzendwerk kunnen de regels anders zijn. Vraag het Juridisch Loket (juridischloket.nl) naar jouw situatie.
guide-losing-job-insurance = Je zorgverzekering
    .body =
        Een collectieve verzekering via je werkgever of uitzendbureau stopt vaak samen met je baan. Woon je nog in Nederland? Dan moet je verzekerd blijven: controleer of je polis nog loopt, en sluit anders meteen zelf een zorgverzekering af.
        Ook zolang je WW krijgt, moet je verzekerd blijven. Controleer of je polis nog loopt, en houd hem aan.
        Word je ziek binnen { $sick-after-contract-weeks } weken nadat je baan is gestopt? Meld je dan zelf ziek bij UWV. Zie de gids over ziekte.
guide-losing-job-housing = Je woning
    .body =
        Krijg je je woning via je werkgever? Dan kun je je woning en je baan tegelijk kwijtraken.
        - Met een apart huurcontract stopt je huur niet alleen omdat je baan stopt. De wet (Wet goed verhuurderschap) verplicht dat voor arbeidsmigranten uit de EU. Zie de gids over wonen.
        - Vraag schriftelijk hoe lang je mag blijven, en bewaar het antwoord.
        - Raak je misschien je woning kwijt? Vraag je gemeente om hulp. Heb je geen adres meer? Dan kun je je inschrijven op een briefadres, zodat brieven van UWV en de Belastingdienst je nog bereiken. Zie de gids over inschrijven.
        Gratis juridisch advies: Juridisch Loket, juridischloket.nl. Vakbond: FNV, fnv.nl.

## Guide: registering
guide-registering = Inschrijven bij de gemeente
    .summary = Op tijd inschrijven, een briefadres als je geen woning hebt, de RNI voor een kort verblijf, en uitschrijven als je vertrekt.
guide-registering-arrive = Schrijf je in binnen { $brp-register-within-days } dagen
    .body =
        Ga je binnen { $brp-stay-period-months } maanden langer dan { $rni-max-stay-months } maanden in Nederland wonen? Dan moet je je inschrijven bij de gemeente waar je woont. Doe dat binnen { $brp-register-within-days } dagen na je aankomst. Je staat dan in de Basisregistratie Personen (BRP).
        - Maak een afspraak bij je gemeente en neem je paspoort of identiteitskaart mee.
        - Je partner en kinderen die bij je wonen, moeten ook mee naar de afspraak.
        - Je krijgt een burgerservicenummer (BSN) als je dat nog niet hebt.
        Wacht je op een verblijfsvergunning, of wordt je identiteit nog onderzocht? Dan geldt deze termijn niet. Vraag het je gemeente.
guide-registering-no-address = Geen woonadres: briefadres
    .body =
        Heb je geen vast adres, bijvoorbeeld omdat je je woning kwijt bent? Dan kun je je inschrijven op een briefadres. Dat is het adres van een persoon of organisatie die je post wil ontvangen.
        - Vraag je gemeente hoe je een briefadres krijgt.
        - Brieven van UWV, de Belastingdienst en het CAK bereiken je dan nog.
        Laat het de gemeente weten als je weer een woonadres hebt.
guide-registering-short-stay = Kort verblijf: RNI
    .body =
        Blijf je korter dan { $rni-max-stay-months } maanden in Nederland? Laat je dan inschrijven in de Registratie Niet-ingezetenen (RNI), bij een RNI-loket. Daar krijg je ook een BSN.
        Blijf je daarna toch langer? Schrijf je dan binnen { $brp-register-within-days } dagen in bij je gemeente.
guide-registering-leaving = Als je uit Nederland vertrekt
    .body =
        Ga je binnen één jaar { $brp-departure-months } maanden of langer in het buitenland wonen? Doe dan aangifte van vertrek bij je gemeente.
        - Doe dat op zijn vroegst { $brp-departure-days } dagen voordat je vertrekt, niet eerder.
        - Ben je al in het buitenland? Doe het dan zo snel mogelijk online met DigiD. De dag dat de gemeente je melding ontvangt, geldt als je verhuisdatum.
        - Werk je niet meer in Nederland? Zeg daarna je Nederlandse zorgverzekering op en bewaar het bewijs van uitschrijving.
        Ga je naar huis voor een vakantie? Dan vertrek je niet: je blijft ingeschreven.
