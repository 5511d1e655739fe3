# Werkmaat: rights guides (Romanian).
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.
# Each guide: guide-<id> (title) with .summary; each section: guide-<id>-<section> (heading) with .body.
# Every number, amount, date, time and phone number is a fact variable ($fact-id) from
# core/content/facts.json, written the locale's way by Werkmaat: no digits in the text itself.

## Guide: arriving
guide-arriving = Sosirea în Olanda
    .summary = Numărul personal de identificare (BSN), înregistrarea în RNI sau în BRP și contul dumneavoastră DigiD.
guide-arriving-bsn = Numărul personal de identificare (BSN)
    .body =
        În Olanda aveți nevoie de un număr personal de identificare (burgerservicenummer, BSN). Angajatorul sau agenția are nevoie de el ca să vă plătească. Vă trebuie și pentru DigiD și atunci când sunați la medic.
        Primiți numărul BSN când vă înregistrați. Felul în care vă înregistrați depinde de cât timp rămâneți.
        Păstrați hârtia cu numărul BSN într-un loc sigur.
guide-arriving-register = Înregistrarea: RNI sau BRP
    .body =
        - Rămâneți mai puțin de { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } lună
            [few] { $rni-max-stay-months } luni
           *[other] { $rni-max-stay-months } de luni
        }: vă înregistrați în Registrul persoanelor nerezidente (Registratie Niet-ingezetenen, RNI). Există { $rni-desks ->
            [one] { $rni-desks } ghișeu
            [few] { $rni-desks } ghișee
           *[other] { $rni-desks } de ghișee
        } RNI (RNI-loket), de exemplu în Amsterdam, Rotterdam, Den Haag, Utrecht, Eindhoven, Venlo, Groningen și Zwolle.
        - Veți locui în Olanda mai mult de { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } lună
            [few] { $rni-max-stay-months } luni
           *[other] { $rni-max-stay-months } de luni
        } într-o perioadă de { $brp-stay-period-months ->
            [one] { $brp-stay-period-months } lună
            [few] { $brp-stay-period-months } luni
           *[other] { $brp-stay-period-months } de luni
        }: vă înregistrați ca locuitor în Registrul de evidență a persoanelor (Basisregistratie Personen, BRP), la primăria (gemeente) localității în care locuiți. Legea vă dă pentru asta { $brp-register-within-days ->
            [one] { $brp-register-within-days } zi
            [few] { $brp-register-within-days } zile
           *[other] { $brp-register-within-days } de zile
        } de la sosire. Dacă v-ați înregistrat mai întâi în RNI și apoi rămâneți mai mult, înregistrați-vă și la gemeente.
        Înregistrarea în RNI este gratuită și primiți numărul BSN pe loc. Întrebați la ghișeu ce acte trebuie să aduceți.
        Dacă nu vorbiți olandeză, engleză sau germană, veniți cu propriul interpret.
        Ghidul despre înregistrarea la gemeente vă spune mai multe, inclusiv ce faceți dacă nu aveți adresă.
guide-arriving-digid = Contul DigiD
    .body =
        DigiD este contul personal cu care vă conectați la serviciile statului olandez, de exemplu la Mijn UWV și la alocația pentru asigurarea de sănătate (zorgtoeslag).
        Dacă v-ați înregistrat în RNI și aveți cetățenia unei țări din Spațiul Economic European (SEE):
        - faceți cererea pe digid.nl și alegeți „Ik woon buiten Nederland” (Locuiesc în afara Olandei);
        - aveți nevoie de un pașaport sau o carte de identitate valabilă dintr-o țară SEE (permisul de conducere nu este acceptat), de numărul BSN, de un telefon mobil și de o adresă de e-mail;
        - primiți apoi un cod de ridicare (baliecode). Este valabil { $digid-activation-days ->
            [one] { $digid-activation-days } zi
            [few] { $digid-activation-days } zile
           *[other] { $digid-activation-days } de zile
        }. În acest timp, ridicați codul de activare de la un ghișeu DigiD, de exemplu în Den Haag, Maastricht, Schiphol, Enschede sau Echt-Susteren.
        - Un apel video cu Nederland Wereldwijd este posibil doar dacă sunteți în afara Olandei în momentul apelului. Dacă sunteți în Olanda, mergeți la un ghișeu DigiD.
        Dacă v-ați înregistrat în BRP, faceți cererea pe digid.nl cu adresa dumneavoastră din Olanda.
        DigiD este doar pentru dumneavoastră. Nu dați datele de conectare angajatorului, agenției sau proprietarului locuinței.
guide-arriving-help = Pașii următori și ajutor
    .body =
        - Încheiați o asigurare de sănătate olandeză (zorgverzekering) în cel mult { $insure-within-months ->
            [one] { $insure-within-months } lună
            [few] { $insure-within-months } luni
           *[other] { $insure-within-months } de luni
        } după ce începeți să lucrați sau să locuiți aici. Lista de verificare pentru asigurări din Werkmaat vă ajută.
        - Întrebări despre înregistrare: primăria (gemeente) sau rvig.nl.
        - Întrebări despre DigiD: digid.nl.
        - Work in NL are puncte de informare pentru lucrătorii migranți din UE în fiecare regiune a pieței muncii: workinnl.nl.

## Guide: contract
guide-contract = Contractul și munca prin agenție
    .summary = Fazele unui contract prin agenție, clauza de agenție, noul CAO pentru agenții și licența agențiilor.
guide-contract-phases = Fazele muncii prin agenție
    .body =
        Contractul colectiv de muncă pentru lucrătorii prin agenție (CAO voor Uitzendkrachten) folosește faze:
        - Faza A: cel mult { $phase-a-max-weeks ->
            [one] { $phase-a-max-weeks } săptămână
            [few] { $phase-a-max-weeks } săptămâni
           *[other] { $phase-a-max-weeks } de săptămâni
        } în care ați lucrat. Se socotesc și săptămânile de concediu plătit.
        - Faza B: cel mult { $phase-b-max-years ->
            [one] { $phase-b-max-years } an
            [few] { $phase-b-max-years } ani
           *[other] { $phase-b-max-years } de ani
        } și cel mult { $phase-b-max-contracts ->
            [one] { $phase-b-max-contracts } contract
            [few] { $phase-b-max-contracts } contracte
           *[other] { $phase-b-max-contracts } de contracte
        } pe perioadă determinată (contract voor bepaalde tijd).
        - Faza C: un contract pe perioadă nedeterminată (contract voor onbepaalde tijd).
        După o întrerupere de mai mult de { $phase-reset-break-months ->
            [one] { $phase-reset-break-months } lună
            [few] { $phase-reset-break-months } luni
           *[other] { $phase-reset-break-months } de luni
        }, numărătoarea începe din nou. O lege plănuită (Wet meer zekerheid flexwerkers) ar putea face faza B mai scurtă și această întrerupere mai lungă. Acest lucru nu este încă sigur.
        Întrebați agenția în scris în ce fază sunteți.
guide-contract-clause = Clauza de agenție (uitzendbeding)
    .body =
        Un contract în faza A poate avea o clauză de agenție (uitzendbeding). Atunci contractul se termină automat când firma la care lucrați (inlener) vă încheie misiunea.
        Începând cu { $uitzendbeding-sickness-date }, această clauză nu vă mai încheie contractul din cauza bolii. Contractul continuă până la data de sfârșit scrisă în el, iar agenția vă plătește salariul până atunci.
        După { $uitzendbeding-notice-after-weeks ->
            [one] { $uitzendbeding-notice-after-weeks } săptămână
            [few] { $uitzendbeding-notice-after-weeks } săptămâni
           *[other] { $uitzendbeding-notice-after-weeks } de săptămâni
        } de muncă, agenția trebuie să vă anunțe cu { $uitzendbeding-notice-days ->
            [one] { $uitzendbeding-notice-days } zi
            [few] { $uitzendbeding-notice-days } zile
           *[other] { $uitzendbeding-notice-days } de zile
        } înainte că munca se termină.
guide-contract-new-cao = Noul CAO pentru agenții
    .body =
        Începând cu { $cao-2026-start } se aplică un nou CAO voor Uitzendkrachten. Organizațiile agențiilor l-au încheiat cu sindicatul LBV. Sindicatele FNV și CNV nu fac parte din acest acord.
        - Aveți dreptul la salariu și condiții echivalente (gelijkwaardig) cu cele ale personalului comparabil al firmei la care lucrați: salariu, sporuri, concediu, reguli în caz de boală și cursuri de formare.
        - Există un singur sistem de pensii. Acumulați pensie din prima zi de muncă.
        - Contractele fără ore garantate (nulurencontracten) sunt desființate.
        - Avantajele în plus din vechiul CAO, de exemplu zile de concediu în plus sau bani mai mulți în caz de boală, pot dispărea dacă firma la care lucrați nu le oferă.
        Nu toate detaliile sunt clare încă. Întrebați agenția în scris ce salariu și ce condiții se aplică în cazul dumneavoastră.
guide-contract-licence = Licența pentru agenții (Wtta)
    .body =
        Potrivit unei legi noi (Wtta), agențiile au nevoie de o licență.
        - Legea intră în vigoare pe { $wtta-start }. Agențiile trebuie să ceară licența înainte de această dată.
        - Începând cu { $wtta-enforcement-start }, Inspecția Muncii din Olanda (Nederlandse Arbeidsinspectie) poate da amenzi agențiilor fără licență și firmelor care lucrează cu ele.
        - Pentru licență, o agenție trebuie să plătească o garanție de { $wtta-deposit } și să arate că respectă regulile, de exemplu că plătește salariul minim.
        Întrebați agenția dacă este înregistrată: dacă are licență sau dacă a cerut una. Nu am putut confirma unde puteți verifica dumneavoastră acest lucru.
guide-contract-help = Cine vă ajută
    .body =
        - Juridisch Loket, consiliere juridică gratuită: juridischloket.nl.
        - FNV, un sindicat: fnv.nl.
        - Arbeidsinspectie (Inspecția Muncii): { $nla-phone }, nlarbeidsinspectie.nl.
        - Punctele de informare Work in NL: workinnl.nl.
        Păstrați contractele, fluturașii de salariu și toate mesajele de la agenție.

## Guide: pay
guide-pay = Salariul
    .summary = Salariul minim, banii de vacanță, concediul, fluturașul de salariu și ce vă poate reține angajatorul din salariu.
guide-pay-minimum = Salariul minim
    .body =
        De la vârsta de { $minimum-wage-adult-age ->
            [one] { $minimum-wage-adult-age } an
            [few] { $minimum-wage-adult-age } ani
           *[other] { $minimum-wage-adult-age } de ani
        }, trebuie să primiți cel puțin salariul minim legal (minimumloon): { $minimum-wage-hour } brut pe oră.
        Salariul minim se schimbă în fiecare an, în ianuarie și în iulie. Suma de mai sus poate să nu mai fie la zi: verificați suma valabilă azi pe rijksoverheid.nl.
        Lucrătorii sub { $minimum-wage-adult-age ->
            [one] { $minimum-wage-adult-age } an
            [few] { $minimum-wage-adult-age } ani
           *[other] { $minimum-wage-adult-age } de ani
        } au un salariu minim mai mic. Acesta depinde de vârsta lor.
        Salariul minim se aplică și la munca plătită la bucată (stukloon) și la orele suplimentare. Legea nu dă bani în plus pentru orele suplimentare. CAO-ul sau contractul dumneavoastră vă poate da mai mult.
guide-pay-holiday = Banii de vacanță și concediul
    .body =
        - Banii de vacanță (vakantiegeld): cel puțin { $holiday-allowance-percent } din salariul brut. Îi primiți cel puțin o dată pe an, de obicei în mai sau în iunie. Dacă se aplică un CAO, și la munca prin agenție, pot fi plătiți în fiecare lună.
        - Concediul (vakantiedagen): în fiecare an, cel puțin numărul de ore pe care le lucrați într-o săptămână, înmulțit cu { $leave-weeks-per-year }. Dacă lucrați cu normă întreagă, asta înseamnă { $leave-days-full-time ->
            [one] { $leave-days-full-time } zi
            [few] { $leave-days-full-time } zile
           *[other] { $leave-days-full-time } de zile
        }.
        - Zilele de concediu legal expiră la { $leave-lapse-months ->
            [one] { $leave-lapse-months } lună
            [few] { $leave-lapse-months } luni
           *[other] { $leave-lapse-months } de luni
        } după sfârșitul anului în care le-ați câștigat.
guide-pay-payslip = Verificați fluturașul de salariu (loonstrook)
    .body =
        Verificați de fiecare dată fluturașul de salariu (loonstrook):
        - orele: comparați-le cu notițele dumneavoastră, de exemplu cu jurnalul din Werkmaat;
        - salariul pe oră: cel puțin salariul minim pentru vârsta dumneavoastră;
        - banii de vacanță și concediul: sunt plătiți sau puși deoparte pentru dumneavoastră?
        - reținerile (inhoudingen): ce vi s-a reținut din salariu și de ce.
        Dacă ceva nu este corect, cereți agenției în scris să corecteze. Păstrați toți fluturașii de salariu.
guide-pay-deductions = Ce vi se poate reține din salariu
    .body =
        Începând cu { $deductions-forbidden-since }, angajatorul nu are voie să vă rețină bani din salariul minim și nici să scadă costuri din el. Singurele excepții sunt locuința și asigurarea de sănătate, și doar cu acordul dumneavoastră scris (volmacht).
        - Locuința: cel mult { $housing-deduction-max-percent } din salariul minim brut care vi se aplică. Guvernul plănuise să scadă treptat această limită. Pe { $housing-phaseout-stopped-date } a oprit deocamdată acest plan, dar limita se poate totuși schimba.
        - Asigurarea de sănătate: cel mult { $insurance-deduction-max-year } pe an (această limită se schimbă în fiecare an) și niciodată mai mult decât prima de asigurare din polița dumneavoastră. Trebuie să fiți titularul poliței și să-i dați angajatorului o copie a poliței.
        Acordul scris (volmacht) trebuie să cuprindă:
        - numele dumneavoastră și numele angajatorului;
        - suma;
        - pentru ce costuri este, de exemplu chirie, cheltuieli de întreținere și energie sau apă cu un contor separat pentru dumneavoastră.
guide-pay-help = Cine vă ajută
    .body =
        - Salariu sub salariul minim: Inspecția Muncii din Olanda (Nederlandse Arbeidsinspectie), { $nla-phone }, nlarbeidsinspectie.nl.
        - Consiliere juridică gratuită: Juridisch Loket, juridischloket.nl.
        - Sindicat: FNV, fnv.nl.

## Guide: hours
guide-hours = Timpul de muncă și odihna
    .summary = Cât timp aveți voie să lucrați și ce odihnă și pauze trebuie să primiți.
guide-hours-limits = Cât timp aveți voie să lucrați
    .body =
        Legea privind timpul de muncă (Arbeidstijdenwet) stabilește limite pentru adulți:
        - cel mult { $max-shift-hours ->
            [one] { $max-shift-hours } oră
            [few] { $max-shift-hours } ore
           *[other] { $max-shift-hours } de ore
        } într-o tură;
        - cel mult { $max-week-hours ->
            [one] { $max-week-hours } oră
            [few] { $max-week-hours } ore
           *[other] { $max-week-hours } de ore
        } într-o săptămână;
        - în medie cel mult { $average-short-period-hours ->
            [one] { $average-short-period-hours } oră
            [few] { $average-short-period-hours } ore
           *[other] { $average-short-period-hours } de ore
        } pe săptămână, pe o perioadă de { $average-short-period-weeks ->
            [one] { $average-short-period-weeks } săptămână
            [few] { $average-short-period-weeks } săptămâni
           *[other] { $average-short-period-weeks } de săptămâni
        };
        - în medie cel mult { $average-long-period-hours ->
            [one] { $average-long-period-hours } oră
            [few] { $average-long-period-hours } ore
           *[other] { $average-long-period-hours } de ore
        } pe săptămână, pe o perioadă de { $average-long-period-weeks ->
            [one] { $average-long-period-weeks } săptămână
            [few] { $average-long-period-weeks } săptămâni
           *[other] { $average-long-period-weeks } de săptămâni
        }.
        CAO-ul dumneavoastră poate avea reguli proprii, dar acestea trebuie să rămână în limitele legii.
guide-hours-rest = Odihna între ture și în timpul săptămânii
    .body =
        - Odihna zilnică (dagelijkse rusttijd): după ziua de muncă, cel puțin { $daily-rest-hours ->
            [one] { $daily-rest-hours } oră
            [few] { $daily-rest-hours } ore
           *[other] { $daily-rest-hours } de ore
        } de odihnă fără întrerupere. O dată la { $rest-period-days ->
            [one] { $rest-period-days } zi
            [few] { $rest-period-days } zile
           *[other] { $rest-period-days } de zile
        }, această odihnă poate fi mai scurtă, dar de cel puțin { $daily-rest-shortened-hours ->
            [one] { $daily-rest-shortened-hours } oră
            [few] { $daily-rest-shortened-hours } ore
           *[other] { $daily-rest-shortened-hours } de ore
        }, și doar dacă munca o cere.
        - Odihna săptămânală (wekelijkse rusttijd): cel puțin { $weekly-rest-hours ->
            [one] { $weekly-rest-hours } oră
            [few] { $weekly-rest-hours } ore
           *[other] { $weekly-rest-hours } de ore
        } de odihnă fără întrerupere în fiecare perioadă de { $rest-period-days ->
            [one] { $rest-period-days } zi
            [few] { $rest-period-days } zile
           *[other] { $rest-period-days } de zile
        } sau { $weekly-rest-long-period-hours ->
            [one] { $weekly-rest-long-period-hours } oră
            [few] { $weekly-rest-long-period-hours } ore
           *[other] { $weekly-rest-long-period-hours } de ore
        } în fiecare perioadă de { $weekly-rest-long-period-days ->
            [one] { $weekly-rest-long-period-days } zi
            [few] { $weekly-rest-long-period-days } zile
           *[other] { $weekly-rest-long-period-days } de zile
        }. Odihna de { $weekly-rest-long-period-hours ->
            [one] { $weekly-rest-long-period-hours } oră
            [few] { $weekly-rest-long-period-hours } ore
           *[other] { $weekly-rest-long-period-hours } de ore
        } poate fi împărțită în blocuri de cel puțin { $weekly-rest-min-block-hours ->
            [one] { $weekly-rest-min-block-hours } oră
            [few] { $weekly-rest-min-block-hours } ore
           *[other] { $weekly-rest-min-block-hours } de ore
        }.
guide-hours-breaks = Pauzele de lucru (pauze)
    .body =
        - Dacă lucrați mai mult de { $break-threshold-hours ->
            [one] { $break-threshold-hours } oră
            [few] { $break-threshold-hours } ore
           *[other] { $break-threshold-hours } de ore
        }: cel puțin { $break-minutes ->
            [one] { $break-minutes } minut
            [few] { $break-minutes } minute
           *[other] { $break-minutes } de minute
        } de pauză. Puteți împărți pauza în părți de cel puțin { $break-part-minutes ->
            [one] { $break-part-minutes } minut
            [few] { $break-part-minutes } minute
           *[other] { $break-part-minutes } de minute
        }.
        - Dacă lucrați mai mult de { $long-day-threshold-hours ->
            [one] { $long-day-threshold-hours } oră
            [few] { $long-day-threshold-hours } ore
           *[other] { $long-day-threshold-hours } de ore
        }: cel puțin { $long-day-break-minutes ->
            [one] { $long-day-break-minutes } minut
            [few] { $long-day-break-minutes } minute
           *[other] { $long-day-break-minutes } de minute
        } de pauză, în părți de cel puțin { $break-part-minutes ->
            [one] { $break-part-minutes } minut
            [few] { $break-part-minutes } minute
           *[other] { $break-part-minutes } de minute
        }.
        Pauzele nu sunt plătite, în afară de cazul în care contractul sau CAO-ul spune că sunt plătite.
guide-hours-night = Turele de noapte (nachtdienst)
    .body =
        Nu am putut confirma complet aceste reguli: sursele noastre sunt mai vechi. Ca să aveți siguranța, întrebați Arbeidsinspectie sau un sindicat.
        - O tură de noapte durează cel mult { $night-shift-max-hours ->
            [one] { $night-shift-max-hours } oră
            [few] { $night-shift-max-hours } ore
           *[other] { $night-shift-max-hours } de ore
        }.
        - Puteți lucra cel mult { $night-shifts-max ->
            [one] { $night-shifts-max } tură de noapte
            [few] { $night-shifts-max } ture de noapte
           *[other] { $night-shifts-max } de ture de noapte
        } în { $night-shifts-period-weeks ->
            [one] { $night-shifts-period-weeks } săptămână
            [few] { $night-shifts-period-weeks } săptămâni
           *[other] { $night-shifts-period-weeks } de săptămâni
        }.
        - Pe o perioadă de { $night-shifts-period-weeks ->
            [one] { $night-shifts-period-weeks } săptămână
            [few] { $night-shifts-period-weeks } săptămâni
           *[other] { $night-shifts-period-weeks } de săptămâni
        }, puteți lucra în medie cel mult { $night-average-hours ->
            [one] { $night-average-hours } oră
            [few] { $night-average-hours } ore
           *[other] { $night-average-hours } de ore
        } pe săptămână.
guide-hours-record = Țineți evidența orelor și cereți ajutor
    .body =
        Notați în fiecare zi când începeți, când terminați și cât durează pauzele. Jurnalul din Werkmaat vă ajută. Comparați notițele cu fluturașul de salariu.
        Dacă trebuie să lucrați prea mult sau aveți prea puțină odihnă, contactați Inspecția Muncii din Olanda (Nederlandse Arbeidsinspectie):
        - { $nla-phone } (gratuit) sau, din străinătate, { $nla-phone-abroad };
        - nlarbeidsinspectie.nl.
        Pentru sfaturi puteți contacta și FNV (fnv.nl) sau Juridisch Loket (juridischloket.nl).

## Guide: housing
guide-housing = Locuința prin locul de muncă
    .summary = Chiria reținută din salariu, regulile de calitate pentru locuință și ce faceți când vi se termină munca.
guide-housing-deduction = Chiria reținută din salariu
    .body =
        Angajatorul vă poate reține chiria din salariul minim doar cu acordul dumneavoastră scris (volmacht) și cel mult { $housing-deduction-max-percent } din salariul minim brut care vi se aplică.
        Acordul scris (volmacht) trebuie să cuprindă numele dumneavoastră și numele angajatorului, suma și pentru ce costuri este: chirie, cheltuieli de întreținere și energie sau apă cu un contor separat pentru dumneavoastră.
        Guvernul plănuise să scadă această limită. Deocamdată a oprit acest plan, dar limita se poate totuși schimba.
guide-housing-quality = Regulile pentru locuință
    .body =
        Chiria se poate reține din salariu doar dacă locuința respectă o regulă de calitate:
        - este o locuință a unei companii de locuințe sociale (woningcorporatie); sau
        - respectă standardul de calitate din CAO, iar proprietarul are certificat pentru acest standard. Pentru agenții, acesta este standardul SNF (SNF-norm).
        Noul CAO pentru agenții păstrează un sistem de puncte pentru prețul și calitatea locuințelor pentru lucrătorii migranți.
        Cereți în scris agenției sau proprietarului să vă arate că locuința este certificată.
guide-housing-papers = Un contract de închiriere separat
    .body =
        Locuința și locul de muncă sunt lucruri diferite. Dacă sunteți lucrător migrant dintr-o altă țară din UE și închirierea a început la { $wgv-separate-contract-since } sau după această dată, legea (Wet goed verhuurderschap) cere ca contractul de închiriere (huurcontract) să fie un document separat de contractul de muncă (arbeidsovereenkomst).
        - Astfel, închirierea nu se termină automat când vi se termină munca.
        - Proprietarul trebuie, de asemenea, să vă informeze în scris despre drepturile și obligațiile dumneavoastră, într-o limbă pe care o înțelegeți.
        - Dacă ați primit un singur contract pentru amândouă, cereți în scris un contract de închiriere separat.
        Păstrați copii ale contractului de închiriere, ale acordului scris (volmacht) și ale tuturor mesajelor despre locuință.
guide-housing-job-ends = Când vi se termină munca
    .body =
        Dacă angajatorul vă oferă și locuința, și asigurarea de sănătate, le puteți pierde pe amândouă în același timp când vi se termină munca.
        Cu un contract de închiriere separat, închirierea nu se termină doar pentru că vi se termină munca. Un CAO mai vechi pentru agenții promitea câteva săptămâni de locuință după sfârșitul contractului. Nu am putut confirma că acest lucru se aplică și după noul CAO. Întrebați agenția în scris cât timp mai puteți rămâne.
        Asigurarea de sănătate prin agenție se termină adesea odată cu munca. Dacă rămâneți în Olanda, trebuie să aveți în continuare asigurare: încheiați propria asigurare de sănătate (zorgverzekering). Trebuie să fiți asigurat și cât timp primiți o indemnizație olandeză de boală (Ziektewet) sau de șomaj (WW): verificați dacă polița mai este valabilă și păstrați-o.
        Vedeți și ghidul despre pierderea locului de muncă.
guide-housing-help = Ce puteți face și cine vă ajută
    .body =
        - Puneți întrebările în scris, de exemplu prin e-mail, și păstrați răspunsurile și toate actele.
        - Juridisch Loket, consiliere juridică gratuită: juridischloket.nl.
        - FNV, un sindicat: fnv.nl.
        - Punctele de informare Work in NL: workinnl.nl.
        - Primăria (gemeente): întrebați ce ajutor există dacă vă pierdeți locuința.
        - Întrebări despre asigurarea de sănătate: Zorgverzekeringslijn, { $zvl-phone }, zorgverzekeringslijn.nl.
        Dacă cineva folosește locuința ca să vă oblige să lucrați, contactați FairWork (fairwork.nu). Dacă sunteți în pericol, sunați la { $emergency-phone }.

## Guide: sickness
guide-sickness = Boala
    .summary = Cum anunțați că sunteți bolnav, salariul în timpul bolii și ce face UWV pentru lucrătorii prin agenție.
guide-sickness-report = Anunțarea bolii
    .body =
        - Anunțați agenția cât mai repede că sunteți bolnav, și înainte de ora { $report-sick-before }.
        - Stați acasă și fiți de găsit până la ora { $stay-home-until }. UWV poate verifica acest lucru.
        - Dacă stați la altă adresă, comunicați adresa unde sunteți îngrijit (verpleegadres).
        - Ajutați la revenirea dumneavoastră la muncă (re-integratie).
        Acestea sunt regulile obișnuite în sectorul agențiilor. Agenția poate avea regulile ei: cereți-le în scris.
guide-sickness-pay = Salariul când sunteți bolnav
    .body =
        - Angajatorul vă plătește cel puțin { $sick-pay-percent } din salariu, timp de cel mult { $sick-pay-max-weeks ->
            [one] { $sick-pay-max-weeks } săptămână
            [few] { $sick-pay-max-weeks } săptămâni
           *[other] { $sick-pay-max-weeks } de săptămâni
        }.
        - Timp de { $sick-pay-minimum-wage-weeks ->
            [one] { $sick-pay-minimum-wage-weeks } săptămână
            [few] { $sick-pay-minimum-wage-weeks } săptămâni
           *[other] { $sick-pay-minimum-wage-weeks } de săptămâni
        } de la începutul bolii, primiți cel puțin salariul minim.
        - Zile de așteptare (wachtdagen) fără plată: cel mult { $waiting-days-max ->
            [one] { $waiting-days-max } zi
            [few] { $waiting-days-max } zile
           *[other] { $waiting-days-max } de zile
        }, și doar dacă scrie în contract sau în CAO.
        Multe CAO-uri plătesc mai mult. După noul CAO pentru agenții, plata în caz de boală poate urma regulile firmei la care lucrați, dar niciodată mai puțin decât prevede legea.
guide-sickness-agency = Lucrătorii prin agenție și UWV
    .body =
        Dacă agenția respectă CAO-ul pentru agenții, nu vă poate încheia contractul din cauza bolii. Vă plătește în continuare salariul cât timp durează contractul.
        Dacă sunteți încă bolnav când se termină contractul, agenția sau angajatorul anunță acest lucru la UWV și puteți primi o indemnizație de boală (Ziektewet). Unele agenții plătesc ele însele această indemnizație (eigenrisicodrager).
        Dacă agenția nu anunță la timp boala dumneavoastră la UWV, puteți anunța chiar dumneavoastră boala la UWV, prin telefon: UWV Telefoon Werknemers. Nu am putut confirma numărul acestei linii: căutați-l pe uwv.nl.
        Anunțul de boală îl găsiți în Mijn UWV. Vă conectați cu DigiD.
guide-sickness-after-contract = Bolnav după ce s-a terminat contractul (Ziektewet)
    .body =
        Dacă vă îmbolnăviți în termen de { $sick-after-contract-weeks ->
            [one] { $sick-after-contract-weeks } săptămână
            [few] { $sick-after-contract-weeks } săptămâni
           *[other] { $sick-after-contract-weeks } de săptămâni
        } după ce s-a terminat contractul, nimeni nu anunță boala în locul dumneavoastră: anunțați-o chiar dumneavoastră la UWV. Faceți asta în prima zi de boală, cel târziu în { $report-sick-uwv-days ->
            [one] { $report-sick-uwv-days } zi
            [few] { $report-sick-uwv-days } zile
           *[other] { $report-sick-uwv-days } de zile
        }. Sunați la UWV Telefoon Werknemers.
        Dacă primiți WW, anunțați boala în Mijn UWV, tot în cel mult { $report-sick-uwv-days ->
            [one] { $report-sick-uwv-days } zi
            [few] { $report-sick-uwv-days } zile
           *[other] { $report-sick-uwv-days } de zile
        }.
        - Indemnizația Ziektewet este { $ziektewet-percent } din salariul zilnic (dagloon): media a ceea ce ați câștigat pe zi în anul dinainte să vă îmbolnăviți.
        - Nu există un minim: indemnizația poate fi mai mică decât salariul minim. Dacă gospodăria dumneavoastră are prea puțini bani de trai, cereți la UWV o completare (toeslag).
        - Ziektewet durează cel mult { $ziektewet-max-weeks ->
            [one] { $ziektewet-max-weeks } săptămână
            [few] { $ziektewet-max-weeks } săptămâni
           *[other] { $ziektewet-max-weeks } de săptămâni
        }. În jurul săptămânii { $ezwb-week }, UWV verifică cât mai puteți câștiga. Dacă incapacitatea dumneavoastră de muncă este sub { $wia-threshold-percent }, Ziektewet se oprește o lună mai târziu.
guide-sickness-long = Dacă sunteți bolnav mult timp
    .body =
        O indemnizație WIA poate începe după { $sick-pay-max-weeks ->
            [one] { $sick-pay-max-weeks } săptămână
            [few] { $sick-pay-max-weeks } săptămâni
           *[other] { $sick-pay-max-weeks } de săptămâni
        } de boală. Trebuie să o cereți înainte, cât timp sunteți încă bolnav:
        - În jurul săptămânii { $wia-letter-week }, UWV vă trimite o scrisoare.
        - Faceți cererea între săptămâna { $wia-letter-week } și săptămâna { $wia-apply-until-week } de boală. Nu așteptați mai mult. Aveți nevoie de DigiD.
        - UWV verifică raportul despre revenirea dumneavoastră la muncă (re-integratieverslag). Dacă angajatorul a făcut prea puțin, trebuie să vă plătească salariul mai mult timp: o sancțiune salarială (loonsanctie) de cel mult { $loonsanctie-max-years ->
            [one] { $loonsanctie-max-years } an
            [few] { $loonsanctie-max-years } ani
           *[other] { $loonsanctie-max-years } de ani
        }.
        - Apoi vă evaluează un medic al asigurărilor (verzekeringsarts) și un expert în muncă (arbeidsdeskundige).
        WIA este pentru persoanele care sunt în incapacitate de muncă (arbeidsongeschikt) în proporție de cel puțin { $wia-threshold-percent }. WGA dacă mai puteți lucra parțial sau dacă starea se poate îmbunătăți; IVA dacă incapacitatea este de cel puțin { $iva-threshold-percent } și nu se va îmbunătăți.
guide-sickness-help = Cine vă ajută
    .body =
        - UWV: uwv.nl și Mijn UWV.
        - Medicul de familie (huisarts), pentru îngrijire medicală.
        - Medicul de medicina muncii (bedrijfsarts): citiți ghidul despre medicul de medicina muncii.
        - Juridisch Loket: juridischloket.nl. FNV: fnv.nl.
        Notați problemele de sănătate și zilele de boală în jurnalul din Werkmaat.

## Guide: company-doctor
guide-company-doctor = Medicul de medicina muncii (bedrijfsarts)
    .summary = Dreptul de a merge la un medic de medicina muncii, a doua opinie și ce faceți dacă agenția nu are medic de medicina muncii.
guide-company-doctor-role = Orice angajator trebuie să aibă un medic de medicina muncii
    .body =
        Medicul de medicina muncii (bedrijfsarts) este un medic pentru întrebări despre sănătatea și munca dumneavoastră și pentru revenirea la muncă după boală.
        Potrivit Legii privind condițiile de muncă (Arbowet), așa cum a fost modificată pe { $arbowet-bedrijfsarts-date }, orice angajator trebuie să aibă un contract de bază (basiscontract) cu un medic de medicina muncii sau cu un serviciu de medicina muncii (arbodienst).
        Dacă sunteți bolnav, medicul de medicina muncii trebuie implicat cel târziu în săptămâna { $bedrijfsarts-by-week } de absență.
guide-company-doctor-visit = Puteți merge direct la medicul de medicina muncii
    .body =
        - Puteți merge la medicul de medicina muncii fără permisiunea angajatorului.
        - Puteți merge și când nu sunteți bolnav, de exemplu cu întrebări despre sănătate și muncă. Aceasta se numește consultație deschisă (open spreekuur).
        - Medicii păstrează secretul medical (medisch beroepsgeheim). Dacă nu știți sigur ce îi va spune medicul de medicina muncii angajatorului dumneavoastră, întrebați-l pe medic înainte de consultație.
guide-company-doctor-second-opinion = A doua opinie
    .body =
        Dacă nu sunteți de acord cu sfatul medicului de medicina muncii, aveți dreptul la a doua opinie de la alt medic de medicina muncii.
        Cererea poate fi refuzată doar din motive foarte serioase (zwaarwegende argumenten).
        Alegeți celălalt medic dintre medicii numiți în contractul de bază (basiscontract).
        Cereți a doua opinie în scris și păstrați o copie.
guide-company-doctor-no-access = Dacă nu puteți ajunge la un medic de medicina muncii
    .body =
        În practică, lucrătorii migranți care lucrează prin agenție de multe ori nu au acces la un medic de medicina muncii. Ce puteți face:
        - Întrebați agenția în scris cine este medicul ei de medicina muncii sau serviciul ei de medicina muncii (arbodienst) și cum puteți face o programare. Păstrați răspunsul.
        - Pentru îngrijire medicală, mergeți la medicul de familie (huisarts). Sunați în zilele lucrătoare, între orele { $gp-office-opens } și { $gp-office-closes }.
        - Dacă angajatorul nu are medic de medicina muncii, anunțați Inspecția Muncii din Olanda (Nederlandse Arbeidsinspectie): { $nla-phone }, nlarbeidsinspectie.nl.
        - În caz de urgență, sunați la { $emergency-phone }.
        Notați problemele de sănătate în jurnalul din Werkmaat, ca să le puteți arăta unui medic.

## Guide: accidents
guide-accidents = Accidentele de muncă
    .summary = Ce faceți după un accident de muncă, ce trebuie să facă angajatorul și cum puteți semnala chiar dumneavoastră condițiile de muncă nesigure.
guide-accidents-now = Ce faceți imediat
    .body =
        Dacă cineva este în pericol sau grav rănit, sunați la { $emergency-phone }. Operatorii vorbesc engleză.
        - Dați primul ajutor, dacă puteți face asta fără să vă puneți în pericol.
        - Pentru alte răni, sunați la medicul de familie (huisarts). Seara, noaptea și în weekend, sunați la cabinetul de gardă al medicilor de familie (huisartsenpost).
        - Mergeți la urgențele spitalului (spoedeisende hulp, SEH) doar dacă vă trimite medicul de familie (huisarts) sau huisartsenpost ori dacă viața este în pericol.
        - Anunțați angajatorul cât de repede puteți. Dacă lucrați prin agenție (uitzendbureau), anunțați și agenția.
guide-accidents-record = Notați ce s-a întâmplat
    .body =
        Notați ce s-a întâmplat cât timp vă amintiți încă bine:
        - data, ora și locul;
        - ce făceați și ce nu a mers bine;
        - cum v-ați rănit;
        - numele persoanelor care au văzut ce s-a întâmplat (martorii);
        - la ce medic sau la ce spital ați mers.
        Fotografiați locul, utilajul sau uneltele, și rana. Păstrați toate scrisorile de la medici. Jurnalul din Werkmaat poate păstra aceste notițe și fotografii pe telefon.
guide-accidents-employer = Ce trebuie să facă angajatorul
    .body =
        Angajatorul trebuie să anunțe imediat un accident de muncă grav la Inspecția Muncii din Olanda (Nederlandse Arbeidsinspectie). Acest lucru este valabil și pentru lucrătorii prin agenție. Un accident este grav când duce la:
        - deces;
        - o vătămare permanentă, de exemplu pierderea unei părți a corpului sau pierderea vederii;
        - internare în spital, inclusiv internare de o zi. Tratamentul fără internare nu se socotește.
        Dacă acest lucru devine clar abia mai târziu, angajatorul trebuie să anunțe accidentul în acel moment.
        Angajatorul trebuie să țină și o listă (register) cu accidentele anunțate și cu accidentele după care cineva a lipsit de la muncă mai mult de { $accident-register-absence-days ->
            [one] { $accident-register-absence-days } zi lucrătoare
            [few] { $accident-register-absence-days } zile lucrătoare
           *[other] { $accident-register-absence-days } de zile lucrătoare
        }.
guide-accidents-liability = Când răspunde angajatorul
    .body =
        Regula despre răspunderea angajatorului din Codul civil (Burgerlijk Wetboek) spune că angajatorul trebuie să ia măsurile de siguranță care se pot aștepta în mod rezonabil de la el, ca să nu vă răniți la muncă.
        Trebuie doar să arătați că v-ați rănit în timp ce vă făceați munca. Apoi angajatorul trebuie să dovedească că a făcut destul pentru siguranța dumneavoastră. Dacă nu poate dovedi acest lucru, poate fi obligat să vă plătească paguba.
        Angajatorul nu răspunde dacă paguba a fost provocată în principal de dumneavoastră, intenționat sau printr-o imprudență foarte gravă, făcută în mod conștient. Regula nu promite că munca este complet sigură.
        Pentru sfaturi despre cazul dumneavoastră, întrebați Biroul de asistență juridică (Juridisch Loket): juridischloket.nl.
guide-accidents-report = Semnalați chiar dumneavoastră munca nesigură
    .body =
        Puteți semnala chiar dumneavoastră condițiile de muncă nesigure la Arbeidsinspectie, și atunci când nu s-a întâmplat încă nimic.
        - Sunați la { $nla-phone }. Acest număr este gratuit.
        - Din străinătate, sunați la { $nla-phone-abroad }. O altă sursă dă un alt număr, așa că, dacă acesta nu funcționează, căutați pe nlarbeidsinspectie.nl.
        - Puteți face semnalarea și printr-un formular online. Formularele există în mai multe limbi.
        - Puteți face semnalarea anonim, fără să vă dați numele.

## Guide: insurance
guide-insurance = Asigurarea de sănătate
    .summary = Cine trebuie să încheie o asigurare de sănătate olandeză, până când, cum o alegeți și ce se întâmplă dacă nu o încheiați.
guide-insurance-who = Cine trebuie să aibă asigurare
    .body =
        Asigurarea de sănătate olandeză este obligatorie prin lege (Zorgverzekeringswet). Trebuie să o încheiați dacă:
        - locuiți în Olanda, sau
        - lucrați în Olanda și plătiți impozit olandez pe salariu (loonheffing), chiar dacă locuiți în străinătate sau faceți muncă sezonieră.
        O asigurare din țara de origine nu vă scutește de această obligație.
        Excepție: dacă un angajator din străinătate v-a trimis aici pentru o perioadă (lucrător detașat) și aveți un certificat A1, rămâneți cu asigurarea din țara de origine. Atunci folosiți Cardul european de asigurări sociale de sănătate (CEASS, în engleză EHIC) pentru îngrijirile necesare din punct de vedere medical.
guide-insurance-deadline = Termenul
    .body =
        Încheiați asigurarea în cel mult { $insure-within-months ->
            [one] { $insure-within-months } lună
            [few] { $insure-within-months } luni
           *[other] { $insure-within-months } de luni
        } de la prima zi de muncă sau de la înregistrarea la primărie (gemeente). Atunci asigurarea este valabilă începând din acea primă zi și plătiți prima de asigurare de la acea zi.
        Dacă întârziați, nu aveți acoperire pentru perioada dinainte, deci plătiți dumneavoastră costurile îngrijirilor din acea perioadă. Puteți primi și o amendă de la CAK, instituția publică care se ocupă de persoanele fără asigurare.
guide-insurance-choice = Alegerea firmei de asigurări
    .body =
        Aveți dreptul să alegeți dumneavoastră firma de asigurări de sănătate (zorgverzekeraar). Și CAK spune acest lucru.
        Angajatorul sau agenția vă poate oferi o asigurare de grup (collectieve verzekering). Poate reține prima de asigurare din salariu doar dacă vă dați acordul în scris (volmacht). Trebuie să fiți titularul poliței și să primiți o copie a poliței.
        Nu am găsit un text de lege care să spună chiar cu aceste cuvinte că un angajator nu vă poate obliga să luați polița lui. Dar legea vă dă dreptul să alegeți liber firma de asigurări, iar pentru o reținere din salariu este nevoie de acordul dumneavoastră scris (volmacht). Dacă nu știți sigur, întrebați Zorgverzekeringslijn.
guide-insurance-cak = Scrisorile de la CAK
    .body =
        Dacă aveți obligația să fiți asigurat și nu aveți asigurare, CAK face acești pași:
        - Primiți o scrisoare. Apoi aveți { $cak-letter-months ->
            [one] { $cak-letter-months } lună
            [few] { $cak-letter-months } luni
           *[other] { $cak-letter-months } de luni
        } ca să încheiați o asigurare.
        - Dacă nu o încheiați, primiți o amendă.
        - După încă { $cak-letter-months ->
            [one] { $cak-letter-months } lună
            [few] { $cak-letter-months } luni
           *[other] { $cak-letter-months } de luni
        } fără asigurare, primiți a doua amendă.
        - Apoi CAK vă asigură chiar el și alege firma de asigurări. Timp de { $cak-premium-months ->
            [one] { $cak-premium-months } lună
            [few] { $cak-premium-months } luni
           *[other] { $cak-premium-months } de luni
        }, vă reține o primă mai mare (bestuursrechtelijke premie) din salariu sau din indemnizație.
        Prin lege, fiecare amendă este de trei ori prima standard (standaardpremie) pe o lună. Standaardpremie este de { $standaardpremie } pe an, deci o amendă este de { $cak-fine }. Prima mai mare este de { $cak-premium-month } pe lună. Aceste sume se schimbă în fiecare an: verificați scrisoarea sau hetcak.nl, unde există o pagină în engleză.
        Nu ignorați niciodată o scrisoare de la CAK.
guide-insurance-job-ends = Când vi se termină munca
    .body =
        O asigurare de grup prin agenție se termină adesea când vi se termină munca. Dacă locuiți în continuare în Olanda sau plătiți încă impozit olandez pe salariu, trebuie să aveți în continuare asigurare: încheiați imediat propria asigurare.
        Trebuie să fiți asigurat și cât timp primiți o indemnizație olandeză de boală (Ziektewet) sau de șomaj (WW). Verificați dacă polița mai este valabilă și păstrați-o.
        Dacă plecați definitiv din Olanda (nu în concediu) și nu mai aveți venituri din Olanda, pierdeți dreptul la asigurarea olandeză. Anulați-o și arătați dovada că ați fost radiat din Registrul de evidență a persoanelor (BRP).
guide-insurance-help = Cine vă poate ajuta
    .body =
        Zorgverzekeringslijn este o linie telefonică independentă pentru întrebări despre asigurarea de sănătate.
        - Sunați la { $zvl-phone } în zilele lucrătoare sau scrieți pe chat pe zorgverzekeringslijn.nl.
        - Nu am putut confirma în ce limbi se poate vorbi acolo.
        Pentru scrisori și amenzi de la CAK, vedeți hetcak.nl. Lista de verificare pentru asigurări din Werkmaat vă ajută să vă verificați propria situație.

## Guide: care
guide-care = Îngrijirea medicală: unde mergeți
    .summary = Medicul de familie, cabinetul de gardă pentru seară și weekend, urgențele, medicamentele, dentistul și ce plătiți din propriul buzunar.
guide-care-gp = Medicul de familie (huisarts)
    .body =
        În Olanda mergeți mai întâi la medicul de familie (huisarts). Medicul de familie decide dacă aveți nevoie de spital sau de un specialist și vă trimite acolo cu o trimitere (verwijzing).
        - Înscrieți-vă la un huisarts aproape de locul unde locuiți. Nu așteptați până vă îmbolnăviți.
        - Cabinetele sunt adesea pline și nu mai primesc pacienți noi. Atunci întrebați la alte cabinete din apropiere. Căutarea de servicii medicale din Werkmaat vă arată cabinetele din apropiere.
        - Sunați la cabinet în zilele lucrătoare, între orele { $gp-office-opens } și { $gp-office-closes }.
        Pentru sfaturi despre probleme mici de sănătate pe care le puteți trata acasă, vedeți thuisarts.nl.
guide-care-out-of-hours = Seara, noaptea și în weekend (huisartsenpost)
    .body =
        Când cabinetul medicului de familie este închis, sunați la cabinetul de gardă al medicilor de familie (huisartsenpost). Este deschis seara și noaptea (în zilele lucrătoare de la ora { $gp-office-closes } la ora { $gp-office-opens }), în weekend și în zilele de sărbătoare legală.
        - Sunați întotdeauna mai întâi. Nu puteți merge acolo fără să sunați. Un asistent (triagist) decide cât de urgent este.
        - Fiecare regiune are numărul ei. Sunați la huisarts: în afara programului, mesajul telefonic vă spune adesea acest număr. Îl găsiți și în căutarea de servicii medicale din Werkmaat.
        Pregătiți aceste informații când sunați și luați actul de identitate când mergeți acolo:
        - numele, data nașterii și numărul personal de identificare (BSN);
        - firma de asigurări de sănătate și numărul poliței;
        - numele medicului de familie (huisarts) și medicamentele pe care le luați.
        Werkmaat poate păstra aceste date pentru dumneavoastră.
guide-care-emergency = Urgențe
    .body =
        Sunați la { $emergency-phone } când o viață este în pericol: pentru ambulanță, poliție sau pompieri. Operatorii vorbesc engleză.
        Aplicația gratuită 112NL vă ajută dacă nu auziți sau nu vorbiți bine ori dacă nu vorbiți olandeză sau engleză:
        - puteți suna la { $emergency-phone } sau direct la poliție, la pompieri ori la ambulanță;
        - operatorul poate începe un chat cu dumneavoastră, iar chatul poate traduce în multe limbi;
        - aplicația trimite locația dumneavoastră, dacă sunteți de acord.
        Instalați-o acum, înainte să aveți nevoie de ea. Vechiul număr pentru telefon text { $emergency-textphone } este scos treptat din uz și s-ar putea să nu mai funcționeze.
        Secția de urgențe a spitalului (spoedeisende hulp, SEH) este pentru îngrijiri urgente. Mergeți acolo doar când vă trimite medicul de familie (huisarts) sau huisartsenpost ori când viața este în pericol.
guide-care-medicines-dentist = Medicamentele și dentistul
    .body =
        Medicamentele le primiți de la farmacie (apotheek). Medicamentele pe rețetă din pachetul de bază se iau în calcul la franciză (eigen risico).
        Îngrijirea la dentist (tandarts) nu este inclusă în pachetul de bază pentru adulți. Pachetul de bază plătește doar îngrijiri dentare speciale, de exemplu operații la maxilar, și protezele dentare complete. Pentru protezele complete plătiți dumneavoastră { $dentures-own-share-percent } din costuri.
        Pentru alte îngrijiri dentare aveți nevoie de o asigurare suplimentară (aanvullende verzekering). Pentru copii, majoritatea îngrijirilor dentare sunt incluse în pachetul de bază.
guide-care-costs = Ce plătiți din propriul buzunar (eigen risico)
    .body =
        În fiecare an plătiți dumneavoastră primii { $eigen-risico } din costurile îngrijirilor din pachetul de bază. Aceasta se numește franciză (eigen risico). Suma se poate schimba în anii următori.
        Următoarele nu intră în eigen risico:
        - vizitele la medicul de familie (huisarts);
        - îngrijirea mamei și a nou-născutului după naștere (kraamzorg);
        - îngrijirea medicală la domiciliu (wijkverpleging).
        Copiii sub { $no-deductible-under-age ->
            [one] { $no-deductible-under-age } an
            [few] { $no-deductible-under-age } ani
           *[other] { $no-deductible-under-age } de ani
        } nu plătesc eigen risico.

## Guide: zorgtoeslag
guide-zorgtoeslag = Alocația pentru asigurarea de sănătate (zorgtoeslag)
    .summary = Bani de la stat care vă ajută să plătiți asigurarea de sănătate: cine îi poate primi, cât primiți și cum faceți cererea.
guide-zorgtoeslag-who = Cine o poate primi
    .body =
        Alocația pentru asigurarea de sănătate (zorgtoeslag) este o sumă de bani de la administrația fiscală (Belastingdienst/Toeslagen) care vă ajută să plătiți asigurarea de sănătate. O puteți primi dacă:
        - aveți { $zorgtoeslag-min-age ->
            [one] { $zorgtoeslag-min-age } an
            [few] { $zorgtoeslag-min-age } ani
           *[other] { $zorgtoeslag-min-age } de ani
        } sau mai mult;
        - aveți asigurare de sănătate olandeză;
        - aveți cetățenie olandeză, cetățenia unei țări din Spațiul Economic European (SEE) sau un permis de ședere;
        - venitul este sub limită: { $zorgtoeslag-income-single } pe an fără partener sau { $zorgtoeslag-income-partner } pe an împreună cu partenerul pentru alocație (toeslagpartner);
        - economiile și alte bunuri sunt sub limită. Această limită se schimbă în fiecare an. Cea mai nouă limită pe care am putut-o confirma este { $zorgtoeslag-assets-single } fără partener sau { $zorgtoeslag-assets-partner } împreună cu un toeslagpartner, dar este dintr-un an anterior. Verificați limita pentru anul acesta pe belastingdienst.nl.
        Soțul, soția sau partenerul înregistrat este toeslagpartner și dacă locuiește în altă țară, iar venitul lui sau al ei se ia în calcul. Dacă toeslagpartner este asigurat în altă țară, primiți jumătate din suma pentru parteneri.
        Puteți primi zorgtoeslag și dacă locuiți în străinătate, atunci când lucrați în Olanda și aveți asigurare de sănătate olandeză.
guide-zorgtoeslag-amount = Cât primiți
    .body =
        Suma depinde de venit: cu un venit mai mic primiți mai mult.
        - Fără toeslagpartner primiți cel mult aproximativ { $zorgtoeslag-max-month-single } pe lună.
        - Cu un toeslagpartner primiți împreună cel mult aproximativ { $zorgtoeslag-max-month-partner } pe lună.
        Am găsit aceste sume într-o știre, așa că s-ar putea să nu fie exacte. Belastingdienst calculează suma dumneavoastră.
guide-zorgtoeslag-apply = Cum faceți cererea
    .body =
        - Aveți nevoie de DigiD, contul de conectare la serviciile statului olandez. Vedeți digid.nl.
        - Faceți cererea pe belastingdienst.nl, în Mijn toeslagen.
        - Anunțați repede în Mijn toeslagen dacă vi se schimbă venitul sau dacă aveți un partener nou.
        Belastingdienst vă verifică mai târziu venitul real. Dacă ați primit o alocație prea mare, s-ar putea să trebuiască să dați banii înapoi. Păstrați toate scrisorile de la Belastingdienst.
guide-zorgtoeslag-help = Cine vă poate ajuta
    .body =
        Sunați la BelastingTelefoon, la { $belastingtelefoon }. Apelul este gratuit. Linia este deschisă de luni până vineri.
        Pregătiți numărul personal de identificare (BSN) când sunați.

## Guide: interpreters
guide-interpreters = Interpreți în îngrijirea medicală
    .summary = Cum vă asigurați că dumneavoastră și medicul vă înțelegeți, când puteți avea un interpret și cine plătește.
guide-interpreters-understand = Să vă înțelegeți unul pe altul
    .body =
        O îngrijire bună are nevoie de o bună înțelegere: trebuie să-l înțelegeți pe medic, iar medicul trebuie să vă înțeleagă pe dumneavoastră.
        - Nu spuneți „da” dacă nu ați înțeles.
        - Îi puteți cere medicului să explice din nou, cu cuvinte mai simple.
        - Puteți cere un interpret (tolk).
        Spuneți la cabinet ce limbă vorbiți, înainte de programare.
guide-interpreters-guideline = Ghidul de practică despre barierele de limbă
    .body =
        Pe { $language-guideline-date } a fost publicat un ghid de practică pentru personalul medical și social despre barierele de limbă (Omgaan met taalbarrières in de zorg en het sociaal domein). L-au făcut împreună organizații ale personalului medical și ale pacienților, printre care Colegiul olandez al medicilor de familie (NHG) și Federația olandeză a pacienților (Patiëntenfederatie Nederland). Ghidul spune:
        - Pentru discuții complicate, delicate sau grave, personalul medical ar trebui să folosească un interpret profesionist.
        - Un membru al familiei, un prieten sau o aplicație de traducere sunt doar pentru discuții simple și doar dacă vreți dumneavoastră.
        - Copiii nu trebuie să fie niciodată interpreți.
        - Personalul medical verifică dacă ați înțeles, de exemplu cerându-vă să spuneți din nou, cu cuvintele dumneavoastră.
guide-interpreters-costs = Cine plătește interpretul
    .body =
        Depinde de tipul de îngrijire:
        - Medicul de familie (huisarts): nu există o regulă la nivel național prin care să se plătească interpreții. Unele regiuni plătesc interpreți prin telefon. Întrebați-l pe huisarts dacă acest lucru este posibil în regiunea dumneavoastră.
        - Îngrijirea sănătății mintale (GGZ): interpreții sunt plătiți începând cu { $ggz-interpreter-since }.
        - Îngrijirea în timpul sarcinii și la naștere, de către o moașă (verloskundige): interpreții sunt plătiți începând cu { $obstetric-interpreter-since }. Oficial, această regulă este temporară.
        Pentru alte îngrijiri, întrebați înainte de programare dacă puteți avea un interpret și cine plătește.
guide-interpreters-ask = Ce puteți face
    .body =
        - Când faceți o programare, spuneți că aveți nevoie de un interpret profesionist și pentru ce limbă.
        - Pentru discuții simple, puteți veni cu o persoană de încredere care să vă ajute.
        - Fișele cu fraze din Werkmaat arată propoziții scurte în olandeză și în limba dumneavoastră. Le puteți arăta medicului sau asistentului medical.

## Guide: exploitation
guide-exploitation = Exploatarea: unde găsiți ajutor
    .summary = Semnele exploatării la locul de muncă, unde o puteți semnala și cine vă poate ajuta.
guide-exploitation-signs = Semne de alarmă
    .body =
        Exploatarea prin muncă (arbeidsuitbuiting) începe adesea cu lucruri mici. Atenție dacă:
        - primiți mai puțin decât salariul minim (minimumloon) pentru orele lucrate;
        - vi se rețin bani din salariu fără acordul dumneavoastră scris (volmacht). Din salariul minim se pot reține doar bani pentru locuință și asigurarea de sănătate, și doar cu un volmacht;
        - cineva vă obligă să lucrați sau să rămâneți la locul de muncă;
        - munca este nesigură și nu se face nimic în privința asta.
        Mulți lucrători primesc locuința și asigurarea de sănătate prin angajator. Astfel depindeți de angajator: dacă pierdeți locul de muncă, puteți pierde în același timp și locuința, și asigurarea.
guide-exploitation-danger = În pericol sau în caz de urgență
    .body =
        - Sunteți în pericol acum: sunați la { $emergency-phone }.
        - Poliția, când nu este o urgență: { $police-phone }. Acest număr nu este gratuit: plătiți o sumă mică pe minut, pe lângă costul obișnuit al apelului, și s-ar putea să nu funcționeze cu orice cartelă SIM din străinătate. Puteți semnala poliției constrângerea sau exploatarea.
        - Ca să semnalați o infracțiune fără să vă dați numele: Meld Misdaad Anoniem, telefon { $mma-phone } sau meldmisdaadanoniem.nl.
guide-exploitation-report = Semnalarea la Arbeidsinspectie
    .body =
        Inspecția Muncii din Olanda (Nederlandse Arbeidsinspectie) se ocupă de munca nesigură, de plata prea mică și de exploatare.
        - Sunați la { $nla-phone } (gratuit) sau, din străinătate, la { $nla-phone-abroad }. O altă sursă dă un alt număr pentru apelurile din străinătate; dacă acesta nu funcționează, vedeți nlarbeidsinspectie.nl.
        - Există formulare online în mai multe limbi.
        - Puteți face semnalarea anonim, fără să vă dați numele.
        Potrivit inspecției, aceasta nu îi spune angajatorului cine a făcut semnalarea.
guide-exploitation-help = Cine vă poate ajuta
    .body =
        - FairWork ajută victimele exploatării prin muncă, gratuit și confidențial: fairwork.nu.
        - CoMensha, centrul național împotriva traficului de persoane (mensenhandel), înregistrează victimele și le găsește adăpost. Telefon { $comensha-phone }, de luni până vineri, între orele { $comensha-opens } și { $comensha-closes }, sau e-mail la info@comensha.nl.
        - FNV este un sindicat (vakbond). A organizat sesiuni de informare în poloneză, și pentru persoane care nu sunt membri: fnv.nl.
        - Biroul de asistență juridică (Juridisch Loket) dă consiliere juridică gratuită: juridischloket.nl. Un proiect de probă ajută și în poloneză, bulgară și română în unele provincii (Noord-Holland, Zuid-Holland, Noord-Brabant și Limburg). Verificați pe site dacă proiectul mai funcționează.
        - Work in NL are puncte de informare pentru lucrătorii migranți din UE în toate regiunile pieței muncii: workinnl.nl.
guide-exploitation-what-next = Ce poate însemna semnalarea pentru dumneavoastră
    .body =
        O semnalare poate duce la o anchetă. Nu putem promite care va fi rezultatul sau cât va dura.
        - Puteți face semnalarea anonim, la Arbeidsinspectie sau la Meld Misdaad Anoniem.
        - Păstrați într-un loc sigur copii ale contractului, ale fluturașilor de salariu (loonstroken) și o listă cu orele lucrate. Jurnalul din Werkmaat vă poate păstra orele.
        - O victimă a traficului de persoane poate primi ajutor și un loc sigur unde să stea, prin CoMensha.
        - Dacă locuința și asigurarea vă vin prin angajator, gândiți-vă din timp: unde puteți sta și cum păstrați asigurarea de sănătate? Citiți ghidul despre asigurarea de sănătate.
        Dacă nu știți ce să faceți, vorbiți mai întâi cu FairWork.

## Guide: mental-health
guide-mental-health = Sănătatea mintală
    .summary = Stresul, grijile și tristețea sunt frecvente. Unde puteți găsi ajutor, și în caz de criză.
guide-mental-health-common = Mulți oameni trec prin asta
    .body =
        Viața și munca departe de casă pot fi grele. Stresul, grijile, problemele cu somnul și tristețea apar la mulți oameni. Nu este o slăbiciune și puteți cere ajutor.
        Cercetări făcute în Olanda au arătat că mulți lucrători migranți au o sănătate mintală slabă, mult mai des decât lucrătorii olandezi.
guide-mental-health-gp = Vorbiți cu medicul de familie (huisarts)
    .body =
        Medicul de familie (huisarts) este primul la care mergeți, și pentru stres, frică, tristețe sau probleme cu somnul. Ce îi spuneți medicului rămâne confidențial.
        Medicul de familie vă poate ajuta sau vă poate trimite la serviciile de sănătate mintală (GGZ). În GGZ, interpreții sunt plătiți începând cu { $ggz-interpreter-since }. Cereți un interpret dacă aveți nevoie.
        Puteți vorbi și cu medicul de medicina muncii (bedrijfsarts), fără să-l întrebați pe angajator și chiar dacă nu sunteți bolnav. Dar mulți lucrători prin agenție au un acces foarte redus la un astfel de medic sau nu au deloc acces.
guide-mental-health-crisis = În caz de criză
    .body =
        Dacă vă gândiți la sinucidere, contactați linia olandeză de prevenire a sinuciderii (Zelfmoordpreventie, 113.nl):
        - sunați la { $crisis-phone } sau la { $crisis-phone-free }; ambele numere sunt gratuite;
        - sau scrieți pe chat pe 113.nl.
        Linia este deschisă zi și noapte și nu este nevoie să vă spuneți numele.
        Dacă există un pericol chiar acum, pentru dumneavoastră sau pentru altcineva, sunați la { $emergency-phone }.
guide-mental-health-self-care = Aveți grijă de dumneavoastră
    .body =
        Câteva obiceiuri simple vă pot ajuta în viața de zi cu zi. Ele nu înlocuiesc ajutorul unui medic.
        - Încercați să dormiți suficient și folosiți timpul de odihnă și zilele libere ca să vă odihniți. Citiți ghidul despre timpul de muncă.
        - Vorbiți cu cineva în care aveți încredere: un prieten, un coleg sau familia de acasă.
        - Păstrați legătura cu familia și prietenii, și prin telefon sau apel video.
        Dacă vă simțiți mai rău sau starea nu se îmbunătățește, mergeți la medicul de familie (huisarts).

## Guide: losing-job
guide-losing-job = Pierderea locului de muncă
    .summary = Ce faceți când vi se termină munca: indemnizația de șomaj (WW), ultima plată, indemnizația de tranziție, asigurarea și locuința.
guide-losing-job-ww = Indemnizația de șomaj (WW): acționați în decurs de o săptămână
    .body =
        Dacă vă pierdeți locul de muncă, puteți primi de la UWV o indemnizație de șomaj (WW). De obicei trebuie să fi lucrat în cel puțin { $ww-weeks-worked } din ultimele { $ww-weeks-period ->
            [one] { $ww-weeks-period } săptămână
            [few] { $ww-weeks-period } săptămâni
           *[other] { $ww-weeks-period } de săptămâni
        }.
        - Înregistrați-vă ca persoană care caută un loc de muncă pe werk.nl în cel mult { $ww-register-days ->
            [one] { $ww-register-days } zi
            [few] { $ww-register-days } zile
           *[other] { $ww-register-days } de zile
        } după ce ați rămas fără muncă.
        - Cereți WW la UWV. Cererea trebuie să ajungă cel târziu la { $ww-apply-within-weeks ->
            [one] { $ww-apply-within-weeks } săptămână
            [few] { $ww-apply-within-weeks } săptămâni
           *[other] { $ww-apply-within-weeks } de săptămâni
        } după ultima zi de muncă. Puteți face cererea și cu câteva săptămâni înainte. Aveți nevoie de DigiD.
        - UWV decide în aproximativ { $ww-decision-weeks ->
            [one] { $ww-decision-weeks } săptămână
            [few] { $ww-decision-weeks } săptămâni
           *[other] { $ww-decision-weeks } de săptămâni
        }.
        Nu așteptați până în ultima zi. Nu semnați un acord de încetare a contractului (vaststellingsovereenkomst) înainte să cereți sfatul cuiva.
guide-losing-job-final-pay = Ultima plată
    .body =
        La ultima plată (eindafrekening) trebuie să primiți:
        - salariul până în ultima zi de muncă;
        - indemnizația de concediu (vakantiegeld) acumulată și încă neplătită;
        - zilele de concediu (vakantiedagen) nefolosite, plătite în bani.
        Angajatorul trebuie să vă dea în scris câte zile de concediu v-au mai rămas. Verificați ultimul fluturaș de salariu (loonstrook) și întrebați în scris dacă lipsește ceva.
guide-losing-job-transition = Indemnizația de tranziție (transitievergoeding)
    .body =
        Din { $transitievergoeding-since }, aveți dreptul la o indemnizație de tranziție (transitievergoeding) încă din prima zi de muncă, dacă angajatorul pune capăt contractului dumneavoastră sau nu vă prelungește un contract pe perioadă determinată.
        - Este cam o treime din salariul lunar pentru fiecare an lucrat, iar pentru o perioadă mai scurtă, o parte din aceasta.
        - Nu o primiți dacă angajatorul a dat faliment.
        Pentru munca prin agenție, regulile pot fi altele. Întrebați la Juridisch Loket (juridischloket.nl) despre situația dumneavoastră.
guide-losing-job-insurance = Asigurarea de sănătate
    .body =
        O asigurare de grup prin angajator sau agenție se termină adesea odată cu munca. Dacă locuiți în continuare în Olanda, trebuie să fiți asigurat: verificați dacă polița mai este valabilă, iar dacă nu, încheiați imediat propria asigurare de sănătate (zorgverzekering).
        Trebuie să fiți asigurat și cât timp primiți WW. Verificați dacă polița mai este valabilă și păstrați-o.
        Dacă vă îmbolnăviți în termen de { $sick-after-contract-weeks ->
            [one] { $sick-after-contract-weeks } săptămână
            [few] { $sick-after-contract-weeks } săptămâni
           *[other] { $sick-after-contract-weeks } de săptămâni
        } după ce s-a terminat munca, anunțați boala chiar dumneavoastră la UWV. Vedeți ghidul despre boală.
guide-losing-job-housing = Locuința
    .body =
        Dacă locuința v-o asigură angajatorul, puteți pierde în același timp și locuința, și locul de muncă.
        - Cu un contract de închiriere (huurcontract) separat, închirierea nu se termină doar pentru că vi se termină munca. Legea (Wet goed verhuurderschap) cere acest lucru pentru lucrătorii migranți din UE. Vedeți ghidul despre locuință.
        - Întrebați în scris cât timp mai puteți rămâne și păstrați răspunsul.
        - Dacă riscați să pierdeți locuința, cereți ajutor la primărie (gemeente). Dacă nu mai aveți adresă, vă puteți înregistra la o adresă de corespondență (briefadres), ca scrisorile de la UWV și de la Belastingdienst să ajungă în continuare la dumneavoastră. Vedeți ghidul despre înregistrare.
        Consiliere juridică gratuită: Juridisch Loket, juridischloket.nl. Sindicat: FNV, fnv.nl.

## Guide: registering
guide-registering = Înregistrarea la primărie (gemeente)
    .summary = Înregistrarea la timp, adresa de corespondență (briefadres) când nu aveți locuință, RNI pentru șederi scurte și radierea când plecați.
guide-registering-arrive = Înregistrați-vă în cel mult { $brp-register-within-days ->
            [one] { $brp-register-within-days } zi
            [few] { $brp-register-within-days } zile
           *[other] { $brp-register-within-days } de zile
        }
    .body =
        Dacă veți locui în Olanda mai mult de { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } lună
            [few] { $rni-max-stay-months } luni
           *[other] { $rni-max-stay-months } de luni
        } într-o perioadă de { $brp-stay-period-months ->
            [one] { $brp-stay-period-months } lună
            [few] { $brp-stay-period-months } luni
           *[other] { $brp-stay-period-months } de luni
        }, trebuie să vă înregistrați la primăria (gemeente) localității în care locuiți. Faceți asta în cel mult { $brp-register-within-days ->
            [one] { $brp-register-within-days } zi
            [few] { $brp-register-within-days } zile
           *[other] { $brp-register-within-days } de zile
        } de la sosire. Veți fi apoi în Registrul de evidență a persoanelor (Basisregistratie Personen, BRP).
        - Faceți o programare la gemeente și luați cu dumneavoastră pașaportul sau cartea de identitate.
        - Partenerul și copiii care locuiesc cu dumneavoastră trebuie să vină și ei la programare.
        - Primiți un număr personal de identificare (burgerservicenummer, BSN), dacă nu aveți încă unul.
        Dacă așteptați un permis de ședere sau identitatea dumneavoastră este încă în curs de verificare, acest termen nu se aplică. Întrebați la gemeente.
guide-registering-no-address = Fără adresă de domiciliu: briefadres
    .body =
        Dacă nu aveți o adresă fixă, de exemplu pentru că v-ați pierdut locuința, vă puteți înregistra la o adresă de corespondență (briefadres). Este adresa unei persoane sau a unei organizații care acceptă să vă primească scrisorile.
        - Întrebați la gemeente cum obțineți un briefadres.
        - Scrisorile de la UWV, de la Belastingdienst și de la CAK ajung astfel în continuare la dumneavoastră.
        Anunțați gemeente când aveți din nou o adresă de domiciliu.
guide-registering-short-stay = Ședere scurtă: RNI
    .body =
        Dacă rămâneți în Olanda mai puțin de { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } lună
            [few] { $rni-max-stay-months } luni
           *[other] { $rni-max-stay-months } de luni
        }, vă înregistrați ca nerezident (Registratie Niet-ingezetenen, RNI) la un ghișeu RNI. Acolo primiți și numărul BSN.
        Dacă rămâneți totuși mai mult, înregistrați-vă la gemeente în cel mult { $brp-register-within-days ->
            [one] { $brp-register-within-days } zi
            [few] { $brp-register-within-days } zile
           *[other] { $brp-register-within-days } de zile
        }.
guide-registering-leaving = Când plecați din Olanda
    .body =
        Dacă veți locui în străinătate { $brp-departure-months ->
            [one] { $brp-departure-months } lună
            [few] { $brp-departure-months } luni
           *[other] { $brp-departure-months } de luni
        } sau mai mult într-un an, anunțați plecarea (aangifte van vertrek) la gemeente.
        - Faceți asta cu cel mult { $brp-departure-days ->
            [one] { $brp-departure-days } zi
            [few] { $brp-departure-days } zile
           *[other] { $brp-departure-days } de zile
        } înainte de plecare, nu mai devreme.
        - Dacă sunteți deja în străinătate, anunțați plecarea cât mai repede online, cu DigiD. Ziua în care gemeente primește anunțul contează ca dată a mutării.
        - Dacă nu mai lucrați în Olanda, anulați după aceea asigurarea de sănătate olandeză (zorgverzekering) și păstrați dovada radierii.
        Dacă mergeți acasă în concediu, nu plecați definitiv: rămâneți înregistrat.
