# Werkmaat: the health-insurance checklist (Romanian). Questions (question-<id>, .help), their options
# (option-<question>-<option>), and items (item-<id> as the title, .text as what to do and why).
# Numbers are facts from core/content/facts.json ($fact-id), written the locale's way.
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.

## Answers to yes/no questions

option-yes = Da
option-no = Nu

## Questions

question-works_in_nl = Lucrați în Olanda?
    .help = Răspundeți „Da” și dacă lucrați aici doar pentru un sezon.
question-work_start = Care a fost prima dumneavoastră zi de muncă în Olanda?
    .help = Ziua în care ați început să lucrați aici. Nu ziua în care v-ați înregistrat în RNI.
question-employment = Cum sunteți angajat?
option-employment-agency = Printr-o agenție de muncă (uitzendbureau)
option-employment-direct = Direct la firma la care lucrez
option-employment-posted = Un angajator din altă țară m-a trimis aici (detașare)
option-employment-self_employed = Pe cont propriu (zzp)
question-has_a1 = Aveți un certificat A1 din țara de origine?
    .help = Un lucrător detașat îl primește de la instituția de asigurări sociale din țara de origine.
question-studies_in_nl = Sunteți în Olanda ca să studiați?
    .help = La o școală, un colegiu sau o universitate. Un student din UE care nu lucrează aici folosește Cardul european de asigurări sociale de sănătate (EHIC) și nu încheie o asigurare olandeză.
question-temporary_protection = Aveți protecție temporară în Olanda pentru că ați fugit de războiul din Ucraina?
    .help = V-ați înregistrat la gemeente după regulile UE privind protecția temporară. Aveți în pașaport un autocolant de ședere de la IND sau un card de la IND (O-document). Dacă nu sunteți sigur, căutați scrisoarea de la IND sau de la gemeente în care scrie că aveți protecție temporară.
question-stay = Cât timp rămâneți în Olanda?
option-stay-short = Mai puțin de { $rni-max-stay-months ->
    [one] { $rni-max-stay-months } lună
    [few] { $rni-max-stay-months } luni
   *[other] { $rni-max-stay-months } de luni
}
option-stay-long = { $rni-max-stay-months ->
    [one] { $rni-max-stay-months } lună
    [few] { $rni-max-stay-months } luni
   *[other] { $rni-max-stay-months } de luni
} sau mai mult
question-arrival_date = La ce dată ați venit să locuiți în Olanda?
    .help = Prima zi în care ați locuit aici. Nu o zi în care ați venit în vizită.
question-registration = Unde sunteți înregistrat?
option-registration-none = Nu m-am înregistrat încă
option-registration-rni = În Registrul persoanelor nerezidente (RNI)
option-registration-brp = La primăria (gemeente) unde locuiesc, în BRP
question-has_dutch_insurance = Aveți asigurare de sănătate olandeză (zorgverzekering)?
question-insurance_via_employer = Ați primit această asigurare prin angajator sau prin agenție?
    .help = De exemplu, o asigurare de grup (collectieve verzekering) aranjată de agenție.
question-deduction_consent = Ați semnat un acord scris (volmacht) ca prima de asigurare să vă fie reținută din salariu?
question-age = Câți ani aveți?
question-yearly_income = Cam cât câștigați pe an, înainte de impozit (brut, în euro)? Dacă aveți un partener, scrieți venitul amândurora împreună.
    .help = Scrieți numărul așa cum îl scrieți de obicei. Răspunsul se folosește doar pe acest telefon, ca să verificăm dacă puteți primi alocația pentru asigurarea de sănătate (zorgtoeslag).
question-has_partner = Sunteți căsătorit sau partener înregistrat, ori locuiți împreună cu un partener?
    .help = Răspundeți „da” dacă sunteți căsătorit sau aveți un parteneriat înregistrat, chiar dacă soțul, soția sau partenerul locuiește în altă țară. Răspundeți „da” și dacă locuiți cu un partener la aceeași adresă (pentru partenerii necăsătoriți mai sunt și alte reguli). Pentru alocația pentru asigurarea de sănătate (zorgtoeslag), această persoană este toeslagpartner-ul dumneavoastră, iar venitul ei se socotește și el.
question-job_ended = S-a terminat o muncă pe care ați avut-o în Olanda?
    .help = Răspundeți „da” și dacă acum nu lucrați aici pentru că munca s-a terminat. Răspundeți „nu” dacă nu ați lucrat niciodată aici.
question-leaving_nl = Plecați din Olanda definitiv?
    .help = „Da” dacă mergeți să locuiți în altă țară. „Nu” dacă plecați în concediu sau pentru scurt timp acasă.
question-receives_benefit = Primiți o indemnizație de la UWV (Ziektewet sau WW)?
question-cak_letter = Ați primit o scrisoare de la CAK despre asigurarea de sănătate?
question-cak_letter_date = Ce dată scrie pe scrisoarea de la CAK?
question-has_gp = Sunteți înscris la un medic de familie (huisarts)?
question-has_digid = Aveți cont DigiD?

## Items

item-take-out-insurance = Încheiați o asigurare de sănătate olandeză (zorgverzekering)
    .text = Locuiți sau lucrați în Olanda, deci trebuie să aveți asigurare de sănătate olandeză, chiar dacă sunteți asigurat în țara de origine. Încheiați-o în cel mult { $insure-within-months ->
        [one] { $insure-within-months } lună
        [few] { $insure-within-months } luni
       *[other] { $insure-within-months } de luni
    } de la ziua în care ați început să lucrați sau să locuiți aici: atunci asigurarea este valabilă din acea zi. Dacă întârziați, nu aveți acoperire pentru perioada dinainte, iar CAK vă poate da o amendă.
item-carry-a1-and-ehic = Aveți mereu la dumneavoastră certificatul A1 și cardul EHIC
    .text = Un angajator din străinătate v-a trimis (detașat) aici și aveți un certificat A1, deci rămâneți asigurat în țara de origine. Țineți la dumneavoastră certificatul A1 și Cardul european de asigurări sociale de sănătate (CEASS, în engleză EHIC). Cu CEASS primiți îngrijirile necesare din punct de vedere medical.
item-use-rmo = Îngrijirea dumneavoastră este plătită prin RMO: arătați pașaportul și BSN-ul
    .text = Aveți protecție temporară, deci nu trebuie să încheiați o asigurare de sănătate olandeză, nici dacă lucrați. Îngrijirea dumneavoastră este plătită prin RMO (Regeling Medische zorg Ontheemden uit Oekraïne). Nu plătiți nicio primă și nici franșiza (eigen risico). La medicul de familie (huisarts) și la farmacie arătați pașaportul sau cartea de identitate și BSN-ul și spuneți că sunteți acoperit de RMO. Fără pașaport sau BSN primiți totuși îngrijire, dar se plătește mai puțin. Dacă vreți, puteți încheia o asigurare olandeză (zorgverzekering): atunci plătiți prima și puteți primi zorgtoeslag. Aceste reguli sunt din 2022 și nu am putut verifica dacă mai sunt valabile anul acesta: întrebați la gemeente sau uitați-vă pe rmoekraine.nl.
item-register-bsn = Înregistrați-vă ca să primiți numărul personal de identificare (BSN)
    .text = Aveți nevoie de numărul BSN ca să fiți plătit și ca să primiți îngrijiri medicale. Dacă rămâneți mai puțin de { $rni-max-stay-months ->
        [one] { $rni-max-stay-months } lună
        [few] { $rni-max-stay-months } luni
       *[other] { $rni-max-stay-months } de luni
    }, înregistrați-vă la un ghișeu RNI: primiți numărul BSN pe loc. Dacă rămâneți mai mult, înregistrați-vă în BRP, la primăria (gemeente) localității în care locuiți.
item-register-brp = Înregistrați-vă la primărie (gemeente)
    .text = Rămâneți { $rni-max-stay-months ->
        [one] { $rni-max-stay-months } lună
        [few] { $rni-max-stay-months } luni
       *[other] { $rni-max-stay-months } de luni
    } sau mai mult, deci trebuie să vă înregistrați ca locuitor în Registrul de evidență a persoanelor (BRP), la primăria (gemeente) localității în care locuiți. Faceți asta în cel mult { $brp-register-within-days ->
        [one] { $brp-register-within-days } zi
        [few] { $brp-register-within-days } zile
       *[other] { $brp-register-within-days } de zile
    } de la sosire: faceți imediat o programare și întrebați ce acte trebuie să aduceți. Dacă nu aveți o adresă fixă, cereți primăriei o adresă de corespondență (briefadres).
item-apply-digid = Faceți cererea pentru DigiD
    .text = Cu DigiD vă conectați la Mijn UWV, la alocația pentru asigurarea de sănătate (zorgtoeslag) și la alte servicii. Faceți cererea pe digid.nl și activați contul în cel mult { $digid-activation-days ->
        [one] { $digid-activation-days } zi
        [few] { $digid-activation-days } zile
       *[other] { $digid-activation-days } de zile
    }. Nu dați niciodată datele DigiD angajatorului, agenției sau proprietarului locuinței.
item-apply-zorgtoeslag = Cereți alocația pentru asigurarea de sănătate (zorgtoeslag)
    .text = După răspunsurile dumneavoastră, probabil puteți primi zorgtoeslag: aveți { $zorgtoeslag-min-age ->
        [one] { $zorgtoeslag-min-age } an
        [few] { $zorgtoeslag-min-age } ani
       *[other] { $zorgtoeslag-min-age } de ani
    } sau mai mult, aveți asigurare de sănătate olandeză, iar venitul este sub limită ({ $zorgtoeslag-income-single } pe an fără partener, { $zorgtoeslag-income-partner } pe an cu partener). Și economiile trebuie să fie sub o limită. Faceți cererea cu DigiD pe belastingdienst.nl. Pentru întrebări: BelastingTelefoon, { $belastingtelefoon }.
item-check-premium-deduction = Verificați prima de asigurare reținută din salariu
    .text = Angajatorul vă poate reține prima de asigurare de sănătate din salariu doar dacă ați semnat un acord scris (volmacht) și sunteți titularul poliței. Reținerea nu poate fi mai mare decât prima din polița dumneavoastră și nici mai mare de { $insurance-deduction-max-year } pe an. Verificați fluturașul de salariu (loonstrook). Dacă nu ați semnat un volmacht, cereți-i angajatorului în scris să oprească reținerea.
item-stop-premium-deduction = Cereți angajatorului să nu vă mai oprească prima din salariu
    .text = Nu ați semnat o permisiune scrisă (volmacht), deci angajatorul sau agenția nu are voie să vă oprească din salariu prima pentru asigurarea de sănătate. Cereți în scris (printr-o scrisoare sau un e-mail; păstrați o copie) să înceteze. Verificați următorul fluturaș de salariu (loonstrook). Dacă nu încetează, raportați la Nederlandse Arbeidsinspectie: { $nla-phone }.
item-choose-own-insurer = Puteți alege dumneavoastră firma de asigurări de sănătate
    .text = Sunteți liber să alegeți firma de asigurări de sănătate (zorgverzekeraar). Angajatorul sau agenția vă poate oferi o asigurare de grup (collectieve verzekering), dar nu sunteți obligat să o luați. Comparați firmele de asigurări înainte să vă hotărâți. Zorgverzekeringslijn răspunde la întrebări: { $zvl-phone }.
item-arrange-insurance-after-job = Aveți grijă să rămâneți asigurat după ce vi s-a terminat munca
    .text = O asigurare de grup prin agenție se termină adesea odată cu munca. Rămâneți în Olanda, deci trebuie să fiți în continuare asigurat. Întrebați firma de asigurări dacă polița mai este valabilă. Dacă nu, încheiați imediat propria asigurare.
item-keep-insurance-on-benefit = Rămâneți asigurat cât timp primiți o indemnizație
    .text = Cât timp primiți de la UWV o indemnizație de boală (Ziektewet) sau de șomaj (WW), trebuie să rămâneți asigurat. Dar o asigurare colectivă prin agenție se termină adesea odată cu munca. Întrebați asigurătorul dacă polița dumneavoastră mai este valabilă. Dacă nu, încheiați imediat o asigurare proprie. Nu anulați o poliță care este încă valabilă.
item-cancel-insurance-when-leaving = Anulați asigurarea de sănătate olandeză când plecați
    .text = Dacă plecați din Olanda și nu mai aveți venituri din Olanda, pierdeți dreptul la asigurarea de sănătate olandeză. Anunțați plecarea la primărie (gemeente), ca să fiți radiat din registru. Apoi anulați polița și trimiteți firmei de asigurări dovada radierii.
item-respond-to-cak = Răspundeți la scrisoarea de la CAK
    .text = CAK scrie persoanelor care par să nu aibă asigurare de sănătate olandeză. După scrisoare aveți { $cak-letter-months ->
        [one] { $cak-letter-months } lună
        [few] { $cak-letter-months } luni
       *[other] { $cak-letter-months } de luni
    } ca să încheiați o asigurare. Dacă nu o faceți, CAK vă dă o amendă de aproximativ { $cak-fine }, iar mai târziu vă asigură chiar el și vă reține din salariu o primă mai mare, de { $cak-premium-month } pe lună. Dacă sunteți deja asigurat, anunțați CAK și trimiteți dovada.
item-register-with-gp = Înscrieți-vă la un medic de familie (huisarts)
    .text = Înscrieți-vă la un huisarts aproape de locul unde locuiți, înainte să vă îmbolnăviți. Medicul de familie este primul la care mergeți pentru îngrijiri medicale și vă trimite la spital sau la un specialist când este nevoie. Vizitele la huisarts nu intră în franciză (eigen risico).
item-know-eigen-risico = Aflați ce este franciza (eigen risico)
    .text = De la vârsta de { $no-deductible-under-age ->
        [one] { $no-deductible-under-age } an
        [few] { $no-deductible-under-age } ani
       *[other] { $no-deductible-under-age } de ani
    }, plătiți dumneavoastră în fiecare an primii { $eigen-risico } din costurile unor îngrijiri medicale: aceasta este franciza (eigen risico). Vizitele la huisarts nu intră în franciză. Medicamentele de la farmacie și îngrijirile în spital intră.

## What changed after an answer
# $item (string) - the title of the item; $deadline (string) - the new deadline, a date in words

checklist-change-added = Nou: { $item }
checklist-change-removed = Nu mai este necesar: { $item }
checklist-change-deadline = Termen nou pentru „{ $item }”: { $deadline }
checklist-change-status = Modificat: { $item }

## Labels

checklist-status-todo = De făcut
checklist-status-done = Făcut
checklist-status-overdue = Termenul a trecut: faceți asta acum
# $date (string) - a date in words
checklist-deadline = Cel târziu pe { $date }
checklist-because = Pe baza răspunsurilor dumneavoastră despre:
checklist-empty = Răspundeți la întrebări ca să vedeți ce trebuie să faceți.
checklist-saved = Salvat.
checklist-reset-done = Răspunsurile dumneavoastră au fost șterse.
