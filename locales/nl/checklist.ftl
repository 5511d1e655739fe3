# Werkmaat: the health-insurance checklist (Dutch). Questions (question-<id>, .help), their options
# (option-<question>-<option>), and items (item-<id> as the title, .text as what to do and why).
# Numbers are facts from core/content/facts.json ($fact-id), written the locale's way.
# Translation of the reference locale (en): same messages, attributes and variables.
# Plain language (B1), "je"-form, same words as guides.ftl and ui.ftl.

## Answers to yes/no questions

option-yes = Ja
option-no = Nee

## Questions

question-works_in_nl = Werk je in Nederland?
    .help = Ook als je hier alleen een seizoen werkt.
question-work_start = Wat was je eerste werkdag in Nederland?
    .help = De dag dat je hier begon met werken. Niet de dag dat je je inschreef in de RNI.
question-employment = Op welke manier werk je hier?
option-employment-agency = Via een uitzendbureau
option-employment-direct = Rechtstreeks in dienst van het bedrijf waar ik werk
option-employment-posted = Gedetacheerd: een werkgever in een ander land heeft me hierheen gestuurd
option-employment-self_employed = Als zelfstandige (zzp'er)
question-has_a1 = Heb je een A1-verklaring uit je eigen land?
    .help = Als je gedetacheerd bent, krijg je die van de instantie voor sociale zekerheid in je eigen land.
question-studies_in_nl = Ben je in Nederland om te studeren?
    .help = Op een school, hogeschool of universiteit. Een student uit de EU die hier niet werkt, gebruikt de Europese zorgpas (EHIC) en sluit geen Nederlandse verzekering af.
question-temporary_protection = Heb je tijdelijke bescherming in Nederland omdat je bent gevlucht voor de oorlog in Oekraïne?
    .help = Je hebt je bij de gemeente ingeschreven onder de EU-regels voor tijdelijke bescherming. Je hebt een verblijfssticker van de IND in je paspoort of een pasje van de IND (O-document). Weet je het niet zeker? Zoek de brief van de IND of de gemeente waarin staat dat je tijdelijke bescherming hebt.
question-stay = Hoe lang blijf je in Nederland?
option-stay-short = Korter dan { $rni-max-stay-months } maanden
option-stay-long = { $rni-max-stay-months } maanden of langer
question-arrival_date = Op welke datum ben je in Nederland komen wonen?
    .help = De eerste dag dat je hier woonde. Niet een dag dat je op bezoek kwam.
question-registration = Waar sta je ingeschreven?
option-registration-none = Ik sta nog nergens ingeschreven
option-registration-rni = In de RNI, het register voor mensen die niet in Nederland wonen
option-registration-brp = Bij de gemeente waar ik woon, in de BRP
question-has_dutch_insurance = Heb je een Nederlandse zorgverzekering?
question-insurance_via_employer = Heb je deze verzekering via je werkgever of uitzendbureau gekregen?
    .help = Bijvoorbeeld een collectieve verzekering die het uitzendbureau voor je heeft geregeld.
question-deduction_consent = Heb je een schriftelijke volmacht getekend waarmee je werkgever de premie van je loon mag inhouden?
question-age = Hoe oud ben je?
question-yearly_income = Hoeveel verdien je ongeveer per jaar, vóór belasting (bruto, in euro)? Heb je een partner? Geef dan jullie inkomen samen.
    .help = Schrijf het getal zoals je het gewoon schrijft. Het blijft op deze telefoon en we gebruiken het alleen om te kijken of je zorgtoeslag kunt krijgen.
question-has_partner = Ben je getrouwd of geregistreerd partner, of woon je samen met een partner?
    .help = Antwoord ja als je getrouwd bent of een geregistreerd partnerschap hebt, ook als je man, vrouw of partner in een ander land woont. Antwoord ook ja als je met een partner op hetzelfde adres woont (voor partners die niet getrouwd zijn, gelden nog meer regels). Voor de zorgtoeslag is die persoon je toeslagpartner, en telt zijn of haar inkomen ook mee.
question-job_ended = Is een baan die je in Nederland had gestopt?
    .help = Antwoord ook ja als je nu hier niet werkt omdat je baan is gestopt. Antwoord nee als je hier nooit hebt gewerkt.
question-leaving_nl = Vertrek je voorgoed uit Nederland?
    .help = Ja als je in een ander land gaat wonen. Nee als je op vakantie gaat of kort naar huis.
question-receives_benefit = Krijg je een uitkering van UWV (Ziektewet of WW)?
question-cak_letter = Heb je van het CAK een brief over de zorgverzekering gekregen?
question-cak_letter_date = Welke datum staat er op de brief van het CAK?
question-has_gp = Sta je ingeschreven bij een huisarts?
question-has_digid = Heb je een DigiD?

## Items

item-take-out-insurance = Sluit een Nederlandse zorgverzekering af
    .text = Je woont of werkt in Nederland, dus je moet een Nederlandse zorgverzekering hebben. Ook als je in je eigen land verzekerd bent. Sluit de verzekering af binnen { $insure-within-months } maanden na de dag dat je hier begon met werken of wonen: dan geldt je verzekering vanaf die dag. Ben je te laat? Dan ben je niet verzekerd voor de tijd daarvoor, en kan het CAK je een boete geven.
item-carry-a1-and-ehic = Houd je A1-verklaring en je Europese zorgpas (EHIC) bij je
    .text = Een werkgever in het buitenland heeft je hierheen gestuurd (je bent gedetacheerd) en je hebt een A1-verklaring. Daarom blijf je verzekerd in je eigen land. Houd de A1-verklaring en je Europese zorgpas (EHIC) bij je. Met de EHIC krijg je de zorg die medisch nodig is.
item-use-rmo = Je zorg wordt betaald via de RMO: laat je paspoort en BSN zien
    .text = Je hebt tijdelijke bescherming. Daarom hoef je geen Nederlandse zorgverzekering af te sluiten, ook niet als je werkt. Je zorg wordt betaald via de RMO (Regeling Medische zorg Ontheemden uit Oekraïne). Je betaalt geen premie en geen eigen risico. Laat bij de huisarts en de apotheek je paspoort of ID-kaart en je BSN zien, en zeg dat je via de RMO verzekerd bent. Zonder paspoort of BSN krijg je ook zorg, maar dan wordt minder betaald. Als je wilt, mag je zelf een Nederlandse zorgverzekering afsluiten: dan betaal je premie en kun je zorgtoeslag krijgen. Deze regels zijn van 2022 en we konden niet nagaan of ze dit jaar nog gelden: vraag het na bij je gemeente of kijk op rmoekraine.nl.
item-register-bsn = Schrijf je in om een burgerservicenummer (BSN) te krijgen
    .text = Je hebt een BSN nodig om betaald te worden en om zorg te krijgen. Blijf je korter dan { $rni-max-stay-months } maanden? Schrijf je dan in bij een RNI-loket: je krijgt je BSN meteen. Blijf je langer? Laat je dan inschrijven in de BRP, bij de gemeente waar je woont.
item-register-brp = Schrijf je in bij je gemeente
    .text = Je blijft { $rni-max-stay-months } maanden of langer. Daarom moet je je als inwoner laten inschrijven in de Basisregistratie Personen (BRP) van de gemeente waar je woont. Doe dat binnen { $brp-register-within-days } dagen nadat je bent aangekomen: maak meteen een afspraak en vraag welke papieren je moet meenemen. Heb je geen vast adres? Vraag de gemeente dan om een briefadres.
item-apply-digid = Vraag je DigiD aan
    .text = Met DigiD log je in bij Mijn UWV, de zorgtoeslag en andere diensten. Vraag DigiD aan op digid.nl en activeer je DigiD binnen { $digid-activation-days } dagen. Geef je DigiD nooit aan je werkgever, uitzendbureau of verhuurder.
item-apply-zorgtoeslag = Vraag zorgtoeslag aan
    .text = Volgens je antwoorden kun je waarschijnlijk zorgtoeslag krijgen: je bent { $zorgtoeslag-min-age } jaar of ouder, je hebt een Nederlandse zorgverzekering en je inkomen ligt onder de grens ({ $zorgtoeslag-income-single } zonder partner, { $zorgtoeslag-income-partner } samen met je partner). Ook je spaargeld moet onder een grens liggen. Vraag zorgtoeslag aan met je DigiD op belastingdienst.nl. Vragen? Bel de BelastingTelefoon: { $belastingtelefoon }.
item-check-premium-deduction = Controleer de premie die van je loon wordt ingehouden
    .text = Je werkgever mag de premie van je zorgverzekering alleen van je loon inhouden als je een schriftelijke volmacht hebt getekend en als jij zelf de verzekeringnemer bent. Het bedrag mag niet hoger zijn dan de premie op je polis, en maximaal { $insurance-deduction-max-year } per jaar. Controleer je loonstrook. Heb je geen volmacht getekend? Vraag je werkgever dan schriftelijk om te stoppen met inhouden.
item-stop-premium-deduction = Vraag je werkgever om te stoppen met de premie inhouden op je loon
    .text = Je hebt geen schriftelijke toestemming (volmacht) getekend. Dan mag je werkgever of uitzendbureau de premie van je zorgverzekering niet van je loon afhalen. Vraag schriftelijk (met een brief of e-mail, en bewaar een kopie) om daarmee te stoppen. Kijk op je volgende loonstrook. Stoppen ze niet? Meld het dan bij de Nederlandse Arbeidsinspectie: { $nla-phone }.
item-choose-own-insurer = Je mag zelf je zorgverzekeraar kiezen
    .text = Je bent vrij om zelf je zorgverzekeraar te kiezen. Je werkgever of uitzendbureau kan je een collectieve verzekering aanbieden, maar je hoeft die niet te nemen. Vergelijk verzekeraars voordat je kiest. De Zorgverzekeringslijn beantwoordt je vragen: { $zvl-phone }.
item-arrange-insurance-after-job = Zorg dat je verzekerd blijft nu je baan is gestopt
    .text = Een collectieve verzekering via het uitzendbureau stopt vaak samen met je baan. Je blijft in Nederland, dus je moet verzekerd blijven. Vraag je verzekeraar of je verzekering nog doorloopt. Is dat niet zo? Sluit dan meteen zelf een verzekering af.
item-keep-insurance-on-benefit = Blijf verzekerd zolang je een uitkering krijgt
    .text = Zolang je een Ziektewet- of WW-uitkering van UWV krijgt, moet je verzekerd blijven. Maar een collectieve verzekering via het uitzendbureau stopt vaak samen met je baan. Vraag je verzekeraar of je verzekering nog doorloopt. Is dat niet zo? Sluit dan meteen zelf een verzekering af. Zeg een verzekering die nog doorloopt niet op.
item-cancel-insurance-when-leaving = Zeg je Nederlandse zorgverzekering op als je vertrekt
    .text = Vertrek je uit Nederland en heb je geen inkomen meer uit Nederland? Dan heb je geen recht meer op een Nederlandse zorgverzekering. Schrijf je eerst uit bij je gemeente. Zeg daarna je verzekering op en stuur het bewijs van je uitschrijving naar je verzekeraar.
item-respond-to-cak = Reageer op de brief van het CAK
    .text = Het CAK schrijft naar mensen die geen Nederlandse zorgverzekering lijken te hebben. Na de brief heb je { $cak-letter-months } maanden om een verzekering af te sluiten. Doe je dat niet? Dan geeft het CAK je een boete van ongeveer { $cak-fine }. Later verzekert het CAK je zelf, en houdt het een hogere premie van ongeveer { $cak-premium-month } per maand in op je loon. Ben je al verzekerd? Laat dat dan aan het CAK weten en stuur een bewijs mee.
item-register-with-gp = Schrijf je in bij een huisarts
    .text = Schrijf je in bij een huisarts dicht bij de plek waar je woont. Wacht niet tot je ziek bent. Voor zorg ga je in Nederland eerst naar de huisarts. De huisarts stuurt je naar een ziekenhuis of specialist als dat nodig is. Bezoeken aan de huisarts tellen niet mee voor je eigen risico.
item-know-eigen-risico = Weet wat je zelf betaalt: het eigen risico
    .text = Vanaf { $no-deductible-under-age } jaar betaal je elk jaar de eerste { $eigen-risico } van de kosten van sommige zorg zelf. Dit heet het eigen risico. Bezoeken aan de huisarts tellen niet mee. Medicijnen van de apotheek en zorg in het ziekenhuis tellen wel mee.

## What changed after an answer
# $item (string) - the title of the item; $deadline (string) - the new deadline, a date in words

checklist-change-added = Nieuw: { $item }
checklist-change-removed = Niet meer nodig: { $item }
checklist-change-deadline = Nieuwe uiterste datum voor "{ $item }": { $deadline }
checklist-change-status = Veranderd: { $item }

## Labels

checklist-status-todo = Nog doen
checklist-status-done = Gedaan
checklist-status-overdue = Te laat: doe het nu
# $date (string) - a date in words
checklist-deadline = Uiterlijk op { $date }
checklist-because = Vanwege je antwoorden over:
checklist-empty = Beantwoord de vragen om te zien wat je moet doen.
checklist-saved = Opgeslagen.
checklist-reset-done = Je antwoorden zijn verwijderd.
