# Werkmaat: the health-insurance checklist (Lithuanian). Questions (question-<id>, .help), their options
# (option-<question>-<option>), and items (item-<id> as the title, .text as what to do and why).
# Numbers are facts from core/content/facts.json ($fact-id), written the locale's way.
# Form of address: polite "jūs" (imperatives in -kite), as in ui.ftl and guides.ftl; same terms as guides.ftl.
# Count facts use the Lithuanian plural categories one/few/many/other; the genitive "metų" needs no selector.
# A date (format-date) ends in "d.", so no date stands right before a full stop.

## Answers to yes/no questions

option-yes = Taip
option-no = Ne

## Questions

question-works_in_nl = Ar dirbate Nyderlanduose?
    .help = Atsakykite „taip“ ir tada, jei čia dirbate tik sezoną.
question-work_start = Kuri buvo jūsų pirmoji darbo diena Nyderlanduose?
    .help = Diena, kai pradėjote čia dirbti. Ne diena, kai užsiregistravote RNI.
question-employment = Kaip esate įdarbinti?
option-employment-agency = Per įdarbinimo agentūrą (uitzendbureau)
option-employment-direct = Tiesiogiai: sutartį turiu su įmone, kurioje dirbu
option-employment-posted = Mane čia laikinai atsiuntė (komandiravo) darbdavys iš kitos šalies
option-employment-self_employed = Dirbu savarankiškai (zzp)
question-has_a1 = Ar turite A1 pažymą iš savo šalies?
    .help = Komandiruotam darbuotojui ją išduoda jo šalies socialinio draudimo įstaiga.
question-studies_in_nl = Ar esate Nyderlanduose, kad mokytumėtės?
    .help = Mokykloje, kolegijoje ar universitete. ES studentas, kuris čia nedirba, naudojasi Europos sveikatos draudimo kortele (ESDK, EHIC) ir Nyderlandų draudimo neperka.
question-temporary_protection = Ar turite laikinąją apsaugą Nyderlanduose, nes pabėgote nuo karo Ukrainoje?
    .help = Užsiregistravote gemeente pagal ES laikinosios apsaugos taisykles. Paše turite IND leidimo gyventi lipduką arba IND kortelę (O-document). Jei nesate tikri, ieškokite IND ar gemeente laiško, kuriame parašyta, kad turite laikinąją apsaugą.
question-stay = Kiek laiko būsite Nyderlanduose?
option-stay-short = Trumpiau nei { $rni-max-stay-months ->
    [one] { $rni-max-stay-months } mėnesį
    [few] { $rni-max-stay-months } mėnesius
    [many] { $rni-max-stay-months } mėnesio
   *[other] { $rni-max-stay-months } mėnesių
}
option-stay-long = { $rni-max-stay-months ->
    [one] { $rni-max-stay-months } mėnesį
    [few] { $rni-max-stay-months } mėnesius
    [many] { $rni-max-stay-months } mėnesio
   *[other] { $rni-max-stay-months } mėnesių
} arba ilgiau
question-arrival_date = Kurią dieną atvykote gyventi į Nyderlandus?
    .help = Pirmoji diena, kai čia gyvenote. Ne diena, kai atvykote paviešėti.
question-registration = Kur esate užsiregistravę?
option-registration-none = Dar niekur neužsiregistravau
option-registration-rni = Nerezidentų registre (RNI)
option-registration-brp = Savo savivaldybėje (gemeente), Gyventojų registre (BRP)
question-has_dutch_insurance = Ar turite Nyderlandų sveikatos draudimą (zorgverzekering)?
question-insurance_via_employer = Ar šį draudimą gavote per darbdavį ar agentūrą?
    .help = Pavyzdžiui, grupinis draudimas (collectieve verzekering), kurį sutvarkė agentūra.
question-deduction_consent = Ar pasirašėte rašytinį sutikimą (volmacht), kad draudimo įmoka būtų išskaičiuojama iš jūsų atlyginimo?
question-age = Kiek jums metų?
question-yearly_income = Kiek maždaug uždirbate per metus prieš mokesčius (bruto, eurais)? Jei turite partnerį, nurodykite bendras jūsų abiejų pajamas.
    .help = Parašykite skaičių taip, kaip įprastai rašote. Šis atsakymas naudojamas tik šiame telefone: pagal jį tikrinama, ar galite gauti paramą sveikatos draudimui (zorgtoeslag).
question-has_partner = Ar esate susituokę, registruoti partneriai, ar gyvenate kartu su partneriu?
    .help = Atsakykite „taip“, jei esate susituokę arba turite registruotą partnerystę, net jei jūsų vyras, žmona ar partneris gyvena kitoje šalyje. Atsakykite „taip“ ir tada, jei su partneriu gyvenate tuo pačiu adresu (nesusituokusiems partneriams galioja ir kitos taisyklės). Paramai sveikatos draudimui (zorgtoeslag) šis žmogus yra jūsų toeslagpartner, ir jo pajamos taip pat skaičiuojamos.
question-job_ended = Ar baigėsi darbas, kurį turėjote Nyderlanduose?
    .help = Atsakykite „taip“ ir tada, jei dabar čia nedirbate, nes darbas baigėsi. Atsakykite „ne“, jei čia niekada nedirbote.
question-leaving_nl = Ar išvykstate iš Nyderlandų visam laikui?
    .help = „Taip“, jei išvykstate gyventi į kitą šalį. „Ne“, jei vykstate atostogų ar trumpam namo.
question-receives_benefit = Ar gaunate iš UWV ligos išmoką (Ziektewet) ar nedarbo išmoką (WW)?
question-cak_letter = Ar gavote CAK laišką dėl sveikatos draudimo?
question-cak_letter_date = Kokia data parašyta CAK laiške?
question-has_gp = Ar esate užsiregistravę pas šeimos gydytoją (huisarts)?
question-has_digid = Ar turite DigiD?

## Items

item-take-out-insurance = Apsidrauskite Nyderlandų sveikatos draudimu (zorgverzekering)
    .text = Gyvenate arba dirbate Nyderlanduose, todėl privalote turėti Nyderlandų sveikatos draudimą, net jei esate apdrausti savo šalyje. Apsidrauskite per { $insure-within-months ->
        [one] { $insure-within-months } mėnesį
        [few] { $insure-within-months } mėnesius
        [many] { $insure-within-months } mėnesio
       *[other] { $insure-within-months } mėnesių
    } nuo dienos, kai pradėjote čia dirbti ar gyventi: tada draudimas galios nuo tos dienos. Jei pavėluosite, už ankstesnį laiką draudimo neturėsite, o CAK gali skirti jums baudą.
item-carry-a1-and-ehic = Turėkite su savimi A1 pažymą ir Europos sveikatos draudimo kortelę (ESDK, EHIC)
    .text = Jus čia atsiuntė (komandiravo) darbdavys iš užsienio ir turite A1 pažymą, todėl liekate apdrausti savo šalyje. A1 pažymą ir Europos sveikatos draudimo kortelę (ESDK, EHIC) visada turėkite su savimi. Su ESDK gausite medicininiu požiūriu būtiną gydymą.
item-use-rmo = Jūsų gydymą apmoka RMO: parodykite pasą ir BSN
    .text = Turite laikinąją apsaugą, todėl jums nereikia pirkti Nyderlandų sveikatos draudimo, net jei dirbate. Jūsų gydymas apmokamas per RMO (Regeling Medische zorg Ontheemden uit Oekraïne). Nemokate nei įmokos, nei savo rizikos (eigen risico). Pas šeimos gydytoją (huisarts) ir vaistinėje parodykite pasą ar asmens tapatybės kortelę ir savo BSN ir pasakykite, kad jus dengia RMO. Be paso ar BSN taip pat gausite pagalbą, bet bus apmokama mažiau. Jei norite, galite įsigyti Nyderlandų sveikatos draudimą (zorgverzekering): tada mokate įmoką ir galite gauti zorgtoeslag. Šios taisyklės galioja nuo 2022 m., ir mes negalėjome patikrinti, ar jos dar galioja šiais metais: paklauskite savo gemeente arba žiūrėkite rmoekraine.nl.
item-register-bsn = Užsiregistruokite, kad gautumėte piliečio aptarnavimo numerį (BSN)
    .text = BSN reikia, kad jums galėtų mokėti atlyginimą ir kad galėtumėte gauti gydymą. Jei čia būsite trumpiau nei { $rni-max-stay-months ->
        [one] { $rni-max-stay-months } mėnesį
        [few] { $rni-max-stay-months } mėnesius
        [many] { $rni-max-stay-months } mėnesio
       *[other] { $rni-max-stay-months } mėnesių
    }, užsiregistruokite RNI punkte (RNI-loket): BSN gausite iš karto. Jei būsite ilgiau, užsiregistruokite Gyventojų registre (BRP) savivaldybėje (gemeente), kurioje gyvenate.
item-register-brp = Užsiregistruokite savo savivaldybėje (gemeente)
    .text = Čia būsite { $rni-max-stay-months ->
        [one] { $rni-max-stay-months } mėnesį
        [few] { $rni-max-stay-months } mėnesius
        [many] { $rni-max-stay-months } mėnesio
       *[other] { $rni-max-stay-months } mėnesių
    } arba ilgiau, todėl privalote užsiregistruoti kaip gyventojas Gyventojų registre (Basisregistratie Personen, BRP) savivaldybėje (gemeente), kurioje gyvenate. Padarykite tai per { $brp-register-within-days ->
        [one] { $brp-register-within-days } dieną
        [few] { $brp-register-within-days } dienas
        [many] { $brp-register-within-days } dienos
       *[other] { $brp-register-within-days } dienų
    } nuo atvykimo: iš karto užsiregistruokite vizitui ir paklauskite, kokius dokumentus atsinešti. Jei neturite nuolatinio adreso, paprašykite gemeente pašto adreso (briefadres).
item-apply-digid = Pateikite prašymą gauti DigiD
    .text = Su DigiD prisijungiate prie Mijn UWV, paramos sveikatos draudimui (zorgtoeslag) ir kitų paslaugų. Prašymą pateikite svetainėje digid.nl, o DigiD aktyvuokite per { $digid-activation-days ->
        [one] { $digid-activation-days } dieną
        [few] { $digid-activation-days } dienas
        [many] { $digid-activation-days } dienos
       *[other] { $digid-activation-days } dienų
    }. Niekada neduokite savo DigiD prisijungimo duomenų darbdaviui, agentūrai ar nuomotojui.
item-apply-zorgtoeslag = Pateikite prašymą gauti paramą sveikatos draudimui (zorgtoeslag)
    .text = Pagal jūsų atsakymus tikriausiai galite gauti zorgtoeslag: esate ne jaunesni nei { $zorgtoeslag-min-age } metų, turite Nyderlandų sveikatos draudimą, o jūsų pajamos mažesnės už ribą ({ $zorgtoeslag-income-single } per metus, jei neturite partnerio, arba { $zorgtoeslag-income-partner } kartu su partneriu). Jūsų santaupos taip pat turi būti mažesnės už ribą. Prašymą pateikite svetainėje belastingdienst.nl, prisijungę su DigiD. Jei turite klausimų, skambinkite į BelastingTelefoon { $belastingtelefoon }.
item-check-premium-deduction = Patikrinkite, kiek draudimo įmokos išskaičiuojama iš jūsų atlyginimo
    .text = Darbdavys gali išskaičiuoti sveikatos draudimo įmoką iš jūsų atlyginimo tik tada, jei pasirašėte rašytinį sutikimą (volmacht) ir polisas yra jūsų vardu. Išskaita negali būti didesnė už įmoką pagal jūsų polisą ir negali viršyti { $insurance-deduction-max-year } per metus. Patikrinkite savo algalapį (loonstrook). Jei volmacht nepasirašėte, raštu paprašykite darbdavio nebeišskaičiuoti įmokos.
item-stop-premium-deduction = Paprašykite darbdavio nebeišskaičiuoti įmokos iš jūsų atlyginimo
    .text = Nepasirašėte rašytinio sutikimo (volmacht), todėl darbdavys ar agentūra negali išskaičiuoti sveikatos draudimo įmokos iš jūsų atlyginimo. Raštu (laišku ar el. paštu; pasilikite kopiją) paprašykite, kad liautųsi. Patikrinkite kitą atlyginimo lapelį (loonstrook). Jei nesiliaus, praneškite Nederlandse Arbeidsinspectie: { $nla-phone }.
item-choose-own-insurer = Sveikatos draudimo bendrovę galite pasirinkti patys
    .text = Sveikatos draudimo bendrovę (zorgverzekeraar) galite laisvai pasirinkti patys. Darbdavys ar agentūra gali pasiūlyti grupinį draudimą (collectieve verzekering), bet jūs neprivalote jo rinktis. Prieš apsispręsdami palyginkite draudimo bendroves. Į klausimus atsako Zorgverzekeringslijn: { $zvl-phone }.
item-arrange-insurance-after-job = Darbas baigėsi: pasirūpinkite, kad liktumėte apdrausti
    .text = Grupinis draudimas per agentūrą dažnai baigiasi kartu su darbu. Liekate Nyderlanduose, todėl privalote likti apdrausti. Paklauskite savo draudimo bendrovės, ar jūsų polisas dar galioja. Jei ne, iš karto apsidrauskite patys.
item-keep-insurance-on-benefit = Kol gaunate išmoką, likite apdrausti
    .text = Kol gaunate iš UWV ligos išmoką (Ziektewet) ar nedarbo išmoką (WW), privalote likti apdrausti. Tačiau kolektyvinis draudimas per agentūrą dažnai baigiasi kartu su darbu. Paklauskite savo draudiko, ar jūsų draudimas dar galioja. Jei ne, iš karto apsidrauskite patys. Nenutraukite draudimo, kuris dar galioja.
item-cancel-insurance-when-leaving = Išvykdami nutraukite Nyderlandų sveikatos draudimą
    .text = Jei išvykstate iš Nyderlandų ir nebeturite pajamų iš Nyderlandų, netenkate teisės į Nyderlandų sveikatos draudimą. Išsiregistruokite savo savivaldybėje (gemeente), tada nutraukite polisą ir nusiųskite draudimo bendrovei išsiregistravimo įrodymą.
item-respond-to-cak = Atsakykite į CAK laišką
    .text = CAK rašo žmonėms, kurie, atrodo, neturi Nyderlandų sveikatos draudimo. Gavę laišką, turite { $cak-letter-months ->
        [one] { $cak-letter-months } mėnesį
        [few] { $cak-letter-months } mėnesius
        [many] { $cak-letter-months } mėnesio
       *[other] { $cak-letter-months } mėnesių
    } apsidrausti. Jei to nepadarysite, CAK skirs jums maždaug { $cak-fine } baudą, o vėliau pati jus apdraus ir iš jūsų atlyginimo išskaičiuos didesnę įmoką – { $cak-premium-month } per mėnesį. Jei jau esate apdrausti, praneškite apie tai CAK ir nusiųskite įrodymą.
item-register-with-gp = Užsiregistruokite pas šeimos gydytoją (huisarts)
    .text = Užsiregistruokite pas huisarts netoli savo namų dar prieš susirgdami. Dėl gydymo pirmiausia kreipiatės į huisarts. Jei reikia, jis siunčia jus į ligoninę ar pas specialistą. Apsilankymai pas huisarts neįskaičiuojami į privalomąją savo dalį (eigen risico).
item-know-eigen-risico = Žinokite, kiek mokate patys (eigen risico)
    .text = Nuo { $no-deductible-under-age } metų kasmet pirmuosius { $eigen-risico } už kai kurias gydymo paslaugas sumokate patys. Tai vadinama privalomąja savo dalimi (eigen risico). Apsilankymai pas huisarts į ją neįskaičiuojami, o vaistai iš vaistinės ir gydymas ligoninėje įskaičiuojami.

## What changed after an answer
# $item (string) - the title of the item; $deadline (string) - the new deadline, a date in words

checklist-change-added = Naujas punktas: { $item }
checklist-change-removed = Nebereikia: { $item }
checklist-change-deadline = Naujas punkto „{ $item }“ terminas: ne vėliau kaip { $deadline }
checklist-change-status = Pasikeitė būsena: { $item }

## Labels

checklist-status-todo = Reikia padaryti
checklist-status-done = Atlikta
checklist-status-overdue = Terminas praėjo: padarykite tai dabar
# $date (string) - a date in words
checklist-deadline = Ne vėliau kaip { $date }
checklist-because = Pagal jūsų atsakymus į klausimus:
checklist-empty = Atsakykite į klausimus – tada pamatysite, ką turite padaryti.
checklist-saved = Išsaugota.
checklist-reset-done = Jūsų atsakymai ištrinti.
