# Werkmaat: "show this" phrase cards (Dutch). The user shows the card: their language beside Dutch.
# The Dutch text is what the doctor, pharmacist or employer reads: polite Dutch (u-form), first person.
# Each card: the sentence as the value, and a short .title for the list.
# Variables are the user's saved details; a detail not saved is shown as "…":
# $full-name, $date-of-birth, $bsn, $insurer, $policy-number, $gp-name, $gp-phone (all strings).

phrase-register-gp = Ik wil me graag inschrijven als nieuwe patiënt bij deze praktijk. Mijn naam is { $full-name }, geboren op { $date-of-birth }. Mijn burgerservicenummer (BSN) is { $bsn }. Mijn zorgverzekeraar is { $insurer }, polisnummer { $policy-number }.
    .title = Inschrijven bij een huisarts
phrase-my-insurance = Mijn naam is { $full-name }, geboren op { $date-of-birth }. Mijn burgerservicenummer (BSN) is { $bsn }. Mijn zorgverzekeraar is { $insurer }, polisnummer { $policy-number }.
    .title = Mijn verzekeringsgegevens
phrase-need-interpreter = Ik spreek niet goed Nederlands. Ik wil graag een professionele tolk. Een tolk via de telefoon is ook goed.
    .title = Om een tolk vragen
phrase-speak-slowly = Wilt u alstublieft langzaam praten en eenvoudige woorden gebruiken? Kunt u de belangrijkste dingen voor mij opschrijven?
    .title = Langzaam praten, alstublieft
phrase-explain-again = Ik heb het niet begrepen. Kunt u het nog een keer uitleggen, met andere woorden?
    .title = Ik heb het niet begrepen
phrase-written-info = Kan ik deze informatie op papier of per e-mail krijgen?
    .title = Vragen om informatie op papier
phrase-accident-at-work = Ik heb een ongeluk gehad op mijn werk. Wilt u dit in mijn medisch dossier zetten?
    .title = Ik heb een ongeluk gehad op mijn werk
phrase-see-bedrijfsarts = Ik wil graag met de bedrijfsarts praten. Kunt u mij de naam en het telefoonnummer van de bedrijfsarts geven?
    .title = Ik wil naar de bedrijfsarts
phrase-report-sick = Mijn naam is { $full-name }. Ik ben ziek en kan niet werken. Ik meld me ziek.
    .title = Ziek melden
phrase-urgent-today = Ik moet vandaag een arts spreken. Ik denk dat het dringend is.
    .title = Ik heb vandaag een arts nodig
phrase-pain-here = Ik heb hier pijn. Ik wijs aan waar het pijn doet.
    .title = Hier doet het pijn
phrase-allergy = Ik ben allergisch voor sommige medicijnen. Wilt u dit controleren voordat u mij een medicijn geeft?
    .title = Ik heb een allergie
phrase-collect-prescription = Ik heb een recept van mijn huisarts. Ik wil graag mijn medicijnen ophalen.
    .title = Mijn medicijnen ophalen
phrase-what-do-i-pay = Hoeveel moet ik zelf betalen? Telt dit mee voor mijn eigen risico?
    .title = Wat betaal ik zelf?
phrase-no-insurance = Ik heb op dit moment geen zorgverzekering. Ik heb zorg nodig. Kunt u mij vertellen wat er mogelijk is en wat het gaat kosten?
    .title = Ik ben nu niet verzekerd
phrase-tell-my-gp = Wilt u de informatie over mijn behandeling naar mijn huisarts sturen? Mijn huisarts is { $gp-name }, telefoonnummer { $gp-phone }.
    .title = Mijn huisarts informeren
phrase-payslip-question = Ik heb een vraag over mijn loonstrook. Kunt u mij deze inhoudingen uitleggen?
    .title = Een vraag over mijn loonstrook
phrase-contract-copy = Ik wil graag een kopie van mijn arbeidsovereenkomst, en een kopie van elke volmacht die ik heb getekend.
    .title = Mijn contract en papieren opvragen
phrase-need-rest = Volgens de wet heb ik recht op rust tussen twee diensten. Ik kan nog niet aan een nieuwe dienst beginnen.
    .title = Ik heb recht op rust
phrase-dentist = Ik wil graag een afspraak bij de tandarts. Ik heb kiespijn.
    .title = Ik heb een tandarts nodig
phrase-call-emergency = Belt u alstublieft het alarmnummer voor mij. Ik heb nu hulp nodig.
    .title = Het alarmnummer bellen
phrase-contact-my-gp = Mijn huisarts is { $gp-name }, telefoonnummer { $gp-phone }. Wilt u contact opnemen met mijn huisarts?
    .title = Contact opnemen met mijn huisarts
