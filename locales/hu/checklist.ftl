# Werkmaat: the health-insurance checklist, Hungarian.
# Questions (question-<id>, .help), their options (option-<question>-<option>), and items
# (item-<id> as the title, .text as what to do and why).
# Numbers are facts from core/content/facts.json ($fact-id), written the locale's way.
# Form of address and terms as in ui.ftl and guides.ftl: formal "Ön"; önrész (eigen risico),
# egészségbiztosítási támogatás (zorgtoeslag), háziorvos (huisarts), írásos engedély (volmacht),
# bérjegyzék (loonstrook), kölcsönző cég (uitzendbureau), biztosítási díj for premium.
# No suffix is attached to a number: the suffix goes on the noun after it ("hónapon belül").
# Hungarian nouns stay singular after a number, so no plural selector is needed.

## Answers to yes/no questions

option-yes = Igen
option-no = Nem

## Questions

question-works_in_nl = Hollandiában dolgozik?
    .help = Akkor is igent válasszon, ha csak idénymunkát végez itt.
question-work_start = Melyik volt az első munkanapja Hollandiában?
    .help = Az a nap, amikor itt elkezdett dolgozni. Nem az a nap, amikor regisztrált az RNI-ben.
question-employment = Milyen formában dolgozik?
option-employment-agency = Kölcsönző cégen (uitzendbureau) keresztül
option-employment-direct = Közvetlenül az a cég alkalmaz, ahol dolgozom
option-employment-posted = Egy külföldi munkáltató küldött ide dolgozni (kiküldött munkavállaló vagyok)
option-employment-self_employed = Egyéni vállalkozó vagyok (zzp)
question-has_a1 = Van a hazájában kiállított A1-igazolása?
    .help = A kiküldött munkavállaló ezt a hazája társadalombiztosítási hivatalától kapja.
question-studies_in_nl = Azért van Hollandiában, hogy tanuljon?
    .help = Iskolában, főiskolán vagy egyetemen. Az az uniós diák, aki itt nem dolgozik, az Európai Egészségbiztosítási Kártyát (EHIC) használja, és nem köt holland biztosítást.
question-temporary_protection = Van ideiglenes védelme Hollandiában, mert elmenekült az ukrajnai háború elől?
    .help = Az uniós ideiglenes védelmi szabályok szerint regisztrált a gemeente-nél. Az útlevelében van egy IND tartózkodási matrica, vagy van egy IND-kártyája (O-document). Ha nem biztos benne, keresse meg az IND vagy a gemeente levelét, amelyben az áll, hogy ideiglenes védelme van.
question-stay = Mennyi ideig marad Hollandiában?
option-stay-short = { $rni-max-stay-months } hónapnál rövidebb ideig
option-stay-long = { $rni-max-stay-months } hónapig vagy tovább
question-arrival_date = Melyik napon jött Hollandiába lakni?
    .help = Az első nap, amikor itt lakott. Nem az a nap, amikor látogatóba jött.
question-registration = Hol van regisztrálva?
option-registration-none = Még nem regisztráltam
option-registration-rni = A nem itt lakók nyilvántartásában (RNI)
option-registration-brp = Az önkormányzatnál (gemeente), ahol lakom, a személyi nyilvántartásban (BRP)
question-has_dutch_insurance = Van holland egészségbiztosítása (zorgverzekering)?
question-insurance_via_employer = Ezt a biztosítást a munkáltatóján vagy a kölcsönző cégen keresztül kapta?
    .help = Például egy csoportos biztosítás (collectieve verzekering), amelyet a kölcsönző cég intézett.
question-deduction_consent = Aláírt írásos engedélyt (volmacht) arra, hogy a biztosítási díjat levonják a béréből?
question-age = Hány éves?
question-yearly_income = Körülbelül mennyit keres egy évben, adózás előtt (bruttó, euróban)? Ha van partnere, a kettőjük közös jövedelmét adja meg.
    .help = Úgy írja be a számot, ahogy szokta. A válasz csak ezen a telefonon marad, és csak arra használjuk, hogy megnézzük, kaphat-e egészségbiztosítási támogatást (zorgtoeslag).
question-has_partner = Házas vagy bejegyzett élettárs, vagy együtt él egy partnerrel?
    .help = Válaszoljon igennel, ha házas, vagy bejegyzett élettársi kapcsolatban él, akkor is, ha a férje, felesége vagy partnere egy másik országban lakik. Akkor is igennel válaszoljon, ha egy partnerrel ugyanazon a címen él (a nem házas partnerekre további szabályok vonatkoznak). Az egészségbiztosítási támogatásnál (zorgtoeslag) ez a személy az Ön toeslagpartnere, és az ő jövedelme is számít.
question-job_ended = Véget ért egy munkája, amely Hollandiában volt?
    .help = Akkor is igennel válaszoljon, ha most azért nem dolgozik itt, mert véget ért a munkája. Válaszoljon nemmel, ha itt soha nem dolgozott.
question-leaving_nl = Végleg elhagyja Hollandiát?
    .help = Igen, ha egy másik országba költözik. Nem, ha szabadságra vagy rövid időre haza utazik.
question-receives_benefit = Kap az UWV-től táppénzt (Ziektewet) vagy munkanélküli-ellátást (WW)?
question-cak_letter = Kapott levelet a CAK-tól az egészségbiztosításról?
question-cak_letter_date = Milyen dátum áll a CAK levelén?
question-has_gp = Regisztrált már egy háziorvosnál (huisarts)?
question-has_digid = Van DigiD-je?

## Items

item-take-out-insurance = Kössön holland egészségbiztosítást (zorgverzekering)
    .text = Ön Hollandiában lakik vagy dolgozik, ezért holland egészségbiztosítást kell kötnie, akkor is, ha a hazájában is van biztosítása. Attól a naptól számítva, amikor itt dolgozni vagy lakni kezdett, { $insure-within-months } hónapon belül kösse meg: így a biztosítás attól a naptól érvényes. Ha később köti meg, a korábbi időre nincs biztosítása, és a CAK meg is bírságolhatja.
item-carry-a1-and-ehic = Tartsa magánál az A1-igazolását és az EHIC-kártyáját
    .text = Önt egy külföldi munkáltató küldte ide, és van A1-igazolása, ezért a hazájában marad biztosítva. Tartsa magánál az A1-igazolást és az Európai Egészségbiztosítási Kártyáját (EHIC). Az EHIC-kártyával megkapja az orvosilag szükséges ellátást.
item-use-rmo = Az ellátását az RMO fizeti: mutassa meg az útlevelét és a BSN-számát
    .text = Önnek ideiglenes védelme van, ezért nem kell holland egészségbiztosítást kötnie, akkor sem, ha dolgozik. Az ellátását az RMO (Regeling Medische zorg Ontheemden uit Oekraïne) fizeti. Nem fizet biztosítási díjat, és önrészt (eigen risico) sem. A háziorvosnál (huisarts) és a gyógyszertárban mutassa meg az útlevelét vagy személyi igazolványát és a BSN-számát, és mondja meg, hogy az RMO fedezi. Útlevél vagy BSN nélkül is kap ellátást, de kevesebbet fizetnek ki. Ha szeretné, köthet holland egészségbiztosítást (zorgverzekering): akkor díjat fizet, és kaphat zorgtoeslagot. Ezek a szabályok 2022-esek, és nem tudtuk ellenőrizni, hogy idén is érvényesek-e: kérdezze meg a gemeente-nél, vagy nézze meg az rmoekraine.nl oldalt.
item-register-bsn = Regisztráljon, hogy megkapja a polgári szolgáltatási számát (BSN)
    .text = A BSN-számra szüksége van ahhoz, hogy bért fizethessenek Önnek, és hogy orvosi ellátást kapjon. Ha { $rni-max-stay-months } hónapnál rövidebb ideig marad, regisztráljon egy RNI-ügyfélszolgálaton (RNI-loket): ott azonnal megkapja a BSN-számát. Ha tovább marad, regisztráljon a személyi nyilvántartásban (BRP) annál az önkormányzatnál (gemeente), ahol lakik.
item-register-brp = Regisztráljon az önkormányzatnál (gemeente)
    .text = Ön { $rni-max-stay-months } hónapig vagy tovább marad, ezért lakosként regisztrálnia kell a személyi nyilvántartásban (Basisregistratie Personen, BRP) annál az önkormányzatnál (gemeente), ahol lakik. Tegye ezt meg az érkezése után { $brp-register-within-days } napon belül: azonnal kérjen időpontot, és kérdezze meg, milyen papírokat vigyen magával. Ha nincs állandó címe, kérjen az önkormányzattól levelezési címet (briefadres).
item-apply-digid = Igényeljen DigiD-t
    .text = A DigiD-vel léphet be a Mijn UWV oldalra, az egészségbiztosítási támogatás (zorgtoeslag) oldalára és más állami szolgáltatásokhoz. A digid.nl oldalon igényelje, és { $digid-activation-days } napon belül aktiválja. A DigiD-belépési adatait soha ne adja oda a munkáltatójának, a kölcsönző cégnek vagy a szállásadójának.
item-apply-zorgtoeslag = Igényeljen egészségbiztosítási támogatást (zorgtoeslag)
    .text = A válaszai alapján valószínűleg kaphat egészségbiztosítási támogatást (zorgtoeslag): { $zorgtoeslag-min-age } éves vagy idősebb, van holland egészségbiztosítása, és a jövedelme a határ alatt van (partner nélkül évi { $zorgtoeslag-income-single }, toeslagpartnerrel együtt évi { $zorgtoeslag-income-partner }). A megtakarításainak is egy határ alatt kell lenniük. A DigiD-jével igényelje a belastingdienst.nl oldalon. Ha kérdése van, hívja a BelastingTelefoon vonalat: { $belastingtelefoon }.
item-check-premium-deduction = Ellenőrizze a béréből levont biztosítási díjat
    .text = A munkáltatója csak akkor vonhatja le a béréből az egészségbiztosítás díját, ha Ön aláírt egy írásos engedélyt (volmacht), és a biztosítás az Ön nevén van (Ön a szerződő). A levonás nem lehet több, mint a kötvényén szereplő díj, és évente legfeljebb { $insurance-deduction-max-year } lehet. Ellenőrizze a bérjegyzékét (loonstrook). Ha nem írt alá írásos engedélyt (volmacht), kérje írásban a munkáltatójától, hogy hagyja abba a levonást.
item-stop-premium-deduction = Kérje a munkáltatót, hogy ne vonja le többé a díjat a béréből
    .text = Ön nem írt alá írásos engedélyt (volmacht), ezért a munkáltató vagy a munkaközvetítő nem vonhatja le az egészségbiztosítás díját a béréből. Kérje írásban (levélben vagy e-mailben, és tartson meg egy másolatot), hogy hagyják abba. Nézze meg a következő bérjegyzékét (loonstrook). Ha nem hagyják abba, jelentse a Nederlandse Arbeidsinspectie-nél: { $nla-phone }.
item-choose-own-insurer = Az egészségbiztosítóját Ön maga választhatja ki
    .text = Szabadon választhat egészségbiztosítót (zorgverzekeraar). A munkáltatója vagy a kölcsönző cég ajánlhat csoportos biztosítást (collectieve verzekering), de nem kötelező elfogadnia. Mielőtt döntene, hasonlítsa össze a biztosítókat. Kérdéseire a Zorgverzekeringslijn tanácsadó vonal válaszol: { $zvl-phone }.
item-arrange-insurance-after-job = Maradjon biztosítva most, hogy véget ért a munkája
    .text = A kölcsönző cégen keresztül kötött csoportos biztosítás gyakran a munkával együtt megszűnik. Ön Hollandiában marad, ezért biztosítva kell maradnia. Kérdezze meg a biztosítójától, hogy érvényes-e még a biztosítása. Ha nem, azonnal kössön saját biztosítást.
item-keep-insurance-on-benefit = Maradjon biztosítva, amíg segélyt kap
    .text = Amíg az UWV-től táppénzt (Ziektewet) vagy munkanélküli-segélyt (WW) kap, biztosítva kell maradnia. A munkaközvetítőn keresztül kötött csoportos biztosítás azonban gyakran a munkával együtt megszűnik. Kérdezze meg a biztosítóját, hogy érvényes-e még a biztosítása. Ha nem, azonnal kössön saját biztosítást. A még érvényes biztosítást ne mondja fel.
item-cancel-insurance-when-leaving = Ha elhagyja Hollandiát, mondja fel a holland egészségbiztosítását
    .text = Ha elhagyja Hollandiát, és már nincs holland jövedelme, elveszíti a jogát a holland egészségbiztosításra. Jelentkezzen ki az önkormányzatnál (gemeente), utána mondja fel a biztosítását, és küldje el a biztosítójának a kijelentkezésről kapott igazolást.
item-respond-to-cak = Válaszoljon a CAK levelére
    .text = A CAK azoknak az embereknek ír, akiknek úgy tűnik, nincs holland egészségbiztosításuk. A levél után { $cak-letter-months } hónapja van arra, hogy biztosítást kössön. Ha nem köt biztosítást, a CAK megbírságolja: körülbelül { $cak-fine } bírságot kell fizetnie. Később a CAK maga biztosítja Önt, és magasabb biztosítási díjat von le a béréből: havonta { $cak-premium-month } összeget. Ha már van biztosítása, szóljon a CAK-nak, és küldje el az igazolást.
item-register-with-gp = Regisztráljon egy háziorvosnál (huisarts)
    .text = Regisztráljon betegként egy háziorvosnál (huisarts) a lakóhelye közelében, még mielőtt megbetegszik. Ha ellátásra van szüksége, először a háziorvoshoz forduljon: ő küldi tovább kórházba vagy szakorvoshoz, ha kell. A háziorvosnál tett látogatások nem számítanak bele az önrészbe (eigen risico).
item-know-eigen-risico = Tudja meg, mi az önrész (eigen risico)
    .text = { $no-deductible-under-age } éves kortól minden évben Ön fizeti bizonyos ellátások költségeit, legfeljebb { $eigen-risico } összegig: ez az önrész (eigen risico). A háziorvosnál (huisarts) tett látogatások nem számítanak bele. A gyógyszertárból kapott gyógyszerek és a kórházi ellátás viszont beleszámítanak.

## What changed after an answer
# $item (string) - the title of the item; $deadline (string) - the new deadline, a date in words

checklist-change-added = Új: { $item }
checklist-change-removed = Már nem szükséges: { $item }
checklist-change-deadline = Új határidő – „{ $item }”: { $deadline }
checklist-change-status = Megváltozott: { $item }

## Labels

checklist-status-todo = Teendő
checklist-status-done = Kész
checklist-status-overdue = Lejárt a határidő: intézze el most
# $date (string) - a date in words
checklist-deadline = Legkésőbb ezen a napon: { $date }
checklist-because = Ezekre a kérdésekre adott válaszai alapján:
checklist-empty = Válaszoljon a kérdésekre, és megmutatjuk, mit kell tennie.
checklist-saved = Elmentve.
checklist-reset-done = A válaszait töröltük.
