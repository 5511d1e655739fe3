# Werkmaat: "show this" phrase cards (Hungarian). The user shows the card: their language beside Dutch.
# Each card: the sentence as the value, and a short .title for the list.
# Variables are the user's saved details; a detail not saved is shown as "…":
# $full-name, $date-of-birth, $bsn, $insurer, $policy-number, $gp-name, $gp-phone (all strings).
# Form of address: the card speaks to the Dutch reader, politely ("Kérem, …").

phrase-register-gp = Szeretnék új betegként regisztrálni ebben a rendelőben. A nevem: { $full-name }, születési dátumom: { $date-of-birth }, a polgári szolgáltatási számom (BSN): { $bsn }. Az egészségbiztosítóm: { $insurer }, kötvényszám: { $policy-number }.
    .title = Regisztráció a háziorvosnál (huisarts)
phrase-my-insurance = A nevem: { $full-name }, születési dátumom: { $date-of-birth }, a polgári szolgáltatási számom (BSN): { $bsn }. Az egészségbiztosítóm: { $insurer }, kötvényszám: { $policy-number }.
    .title = A biztosítási adataim
phrase-need-interpreter = Nem beszélek jól hollandul. Hivatásos tolmácsot (tolk) szeretnék. Telefonos tolmács is jó.
    .title = Tolmácsot kérek
phrase-speak-slowly = Kérem, beszéljen lassan, egyszerű szavakkal. Le tudná írni nekem a legfontosabbakat?
    .title = Kérem, beszéljen lassan
phrase-explain-again = Nem értettem. El tudná magyarázni újra, más szavakkal?
    .title = Nem értettem
phrase-written-info = Megkaphatom ezt az információt papíron vagy e-mailben?
    .title = Írásban kérem
phrase-accident-at-work = Munkahelyi balesetem volt. Kérem, írja be ezt az orvosi dokumentációmba (dossier).
    .title = Munkahelyi balesetem volt
phrase-see-bedrijfsarts = Beszélni szeretnék az üzemorvossal (bedrijfsarts). Kérem, adja meg nekem az üzemorvos nevét és telefonszámát.
    .title = Az üzemorvossal (bedrijfsarts) szeretnék beszélni
phrase-report-sick = A nevem: { $full-name }. Beteg vagyok, és nem tudok dolgozni. Ezzel bejelentem a betegségemet (ziekmelden).
    .title = Betegség bejelentése
phrase-urgent-today = Még ma orvoshoz kell mennem. Úgy gondolom, sürgős.
    .title = Még ma orvosra van szükségem
phrase-pain-here = Itt fáj. Megmutatom, hol fáj.
    .title = Itt fáj
phrase-allergy = Bizonyos gyógyszerekre allergiás vagyok. Kérem, ellenőrizze ezt, mielőtt bármilyen gyógyszert ad nekem.
    .title = Allergiás vagyok
phrase-collect-prescription = Van egy vényem (recept) a háziorvosomtól (huisarts). Szeretném kiváltani a gyógyszeremet.
    .title = Gyógyszer kiváltása
phrase-what-do-i-pay = Mennyit kell saját zsebből fizetnem? Ez beleszámít az önrészembe (eigen risico)?
    .title = Mennyit fizetek saját zsebből?
phrase-no-insurance = Jelenleg nincs egészségbiztosításom. Ellátásra van szükségem. Kérem, mondja meg, mi lehetséges, és mennyibe fog kerülni.
    .title = Most nincs biztosításom
phrase-tell-my-gp = Kérem, küldje el a kezelésemről szóló információkat a háziorvosomnak (huisarts): { $gp-name }, telefon: { $gp-phone }.
    .title = Tájékoztassák a háziorvosomat (huisarts)
phrase-payslip-question = Kérdésem van a bérjegyzékemmel (loonstrook) kapcsolatban. Kérem, magyarázza el nekem ezeket a levonásokat.
    .title = Kérdés a bérjegyzékemről
phrase-contract-copy = Szeretnék egy másolatot a munkaszerződésemről, és minden írásos engedélyről (volmacht), amelyet aláírtam.
    .title = A szerződésem és a papírjaim kérése
phrase-need-rest = A törvény szerint két műszak között pihenőidő jár nekem. Még nem kezdhetek új műszakot.
    .title = Pihenőidő jár nekem
phrase-dentist = Szeretnék időpontot kérni a fogorvoshoz (tandarts). Fáj a fogam.
    .title = Fogorvosra (tandarts) van szükségem
phrase-call-emergency = Kérem, hívja fel helyettem a segélyhívó számot. Azonnal segítségre van szükségem.
    .title = Segélyhívás
phrase-contact-my-gp = A háziorvosom (huisarts): { $gp-name }, telefon: { $gp-phone }. Kérem, vegye fel vele a kapcsolatot.
    .title = Keresse meg a háziorvosomat (huisarts)
