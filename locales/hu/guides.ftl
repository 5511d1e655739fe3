# Werkmaat: rights guides (Hungarian).
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.
# Each guide: guide-<id> (title) with .summary; each section: guide-<id>-<section> (heading) with .body.
# Every number, amount, date, time and phone number is a fact variable ($fact-id) from
# core/content/facts.json, written the locale's way by Werkmaat: no digits in the text itself.
# Form of address: formal "Ön", as in ui.ftl. No suffix is attached to a number: dates take
# "napján / napjától / napjáig / óta", percentages take the suffix of "százalék" (e.g. "-a", "-ban").

## Guide: arriving
guide-arriving = Megérkezés Hollandiába
    .summary = A polgári szolgáltatási szám (BSN), a regisztráció az RNI-ben vagy a BRP-ben, és a DigiD-belépés.
guide-arriving-bsn = Az Ön polgári szolgáltatási száma (BSN)
    .body =
        Hollandiában szüksége van polgári szolgáltatási számra (burgerservicenummer, BSN). A munkáltatójának vagy a kölcsönző cégnek ez kell ahhoz, hogy bért fizethessen Önnek. A DigiD-hez is szükséges, és akkor is, ha orvost hív.
        A BSN-számot akkor kapja meg, amikor regisztrál. Az, hogy hol és hogyan regisztrál, attól függ, mennyi ideig marad.
        A papírt, amelyen a BSN-száma áll, tartsa biztonságos helyen.
guide-arriving-register = Regisztráció: RNI vagy BRP
    .body =
        - Ha { $rni-max-stay-months } hónapnál rövidebb ideig marad: regisztráljon a nem itt lakók nyilvántartásában (Registratie Niet-ingezetenen, RNI). Összesen { $rni-desks } RNI-ügyfélszolgálat (RNI-loket) van, például Amszterdamban, Rotterdamban, Hágában (Den Haag), Utrechtben, Eindhovenben, Venlóban, Groningenben és Zwolléban.
        - Ha { $brp-stay-period-months } hónapon belül { $rni-max-stay-months } hónapnál hosszabb ideig fog Hollandiában lakni: regisztráljon lakosként a személyi nyilvántartásban (Basisregistratie Personen, BRP) annál az önkormányzatnál (gemeente), ahol lakik. A törvény erre a megérkezése után { $brp-register-within-days } napot ad. Ha először az RNI-ben regisztrált, de aztán tovább marad, az önkormányzatnál (gemeente) is regisztráljon.
        Az RNI-regisztráció ingyenes, és a BSN-számot azonnal megkapja. Kérdezze meg az ügyfélszolgálaton, milyen papírokat vigyen magával.
        Ha nem beszél hollandul, angolul vagy németül, vigyen magával saját tolmácsot.
        Az önkormányzati bejelentkezésről szóló útmutatóban többet olvashat, azt is, mi a teendő, ha nincs lakcíme.
guide-arriving-digid = A DigiD-belépés
    .body =
        A DigiD az Ön személyes belépési azonosítója a holland állami ügyintézéshez, például a Mijn UWV oldalhoz és az egészségbiztosítási támogatáshoz (zorgtoeslag).
        Ha az RNI-ben van regisztrálva, és az Európai Gazdasági Térség (EGT) egyik országának állampolgára:
        - a digid.nl oldalon igényelje, és ezt válassza: „Ik woon buiten Nederland” (Nem Hollandiában élek);
        - szüksége lesz egy EGT-országban kiállított érvényes útlevélre vagy személyi igazolványra (a jogosítványt nem fogadják el), a BSN-számára, egy mobiltelefonra és egy e-mail-címre;
        - ezután kap egy átvételi kódot (baliecode). Ez { $digid-activation-days } napig érvényes. Ezalatt vegye át az aktiváló kódot egy DigiD-ügyfélszolgálaton, például Hágában (Den Haag), Maastrichtban, a Schiphol repülőtéren, Enschedében vagy Echt-Susterenben.
        - Videohívás a Nederland Wereldwijd szolgálattal csak akkor lehetséges, ha a hívás idején Hollandián kívül tartózkodik. Ha Hollandiában van, menjen el egy DigiD-ügyfélszolgálatra.
        Ha a BRP-ben van regisztrálva, a holland lakcímével igényelje a digid.nl oldalon.
        A DigiD csak az Öné. A belépési adatait ne adja oda a munkáltatójának, a kölcsönző cégnek vagy a szállásadójának.
guide-arriving-help = Következő lépések és segítség
    .body =
        - Kössön holland egészségbiztosítást (zorgverzekering) { $insure-within-months } hónapon belül azután, hogy itt elkezdett dolgozni vagy lakni. Ebben segít a Werkmaat biztosítási ellenőrzőlistája.
        - Kérdések a regisztrációról: az önkormányzat (gemeente) vagy az rvig.nl oldal.
        - Kérdések a DigiD-ről: digid.nl.
        - A Work in NL minden munkaerőpiaci régióban tájékoztató pontokat működtet az EU-ból érkező munkavállalóknak: workinnl.nl.

## Guide: contract
guide-contract = Munkaszerződés és kölcsönzött munka
    .summary = A kölcsönzési szerződés fázisai, a kölcsönzési kikötés, a kölcsönzött munkára vonatkozó új kollektív szerződés (CAO) és a kölcsönző cégek engedélye.
guide-contract-phases = A kölcsönzött munka fázisai
    .body =
        A kölcsönzött munkavállalók kollektív szerződése (CAO voor Uitzendkrachten) fázisokra osztja a munkát:
        - „A” fázis: legfeljebb { $phase-a-max-weeks } hét, amelyben dolgozott. A fizetett szabadság hetei is beleszámítanak.
        - „B” fázis: legfeljebb { $phase-b-max-years } év, és legfeljebb { $phase-b-max-contracts } határozott idejű szerződés (contract voor bepaalde tijd).
        - „C” fázis: határozatlan idejű szerződés (contract voor onbepaalde tijd).
        Ha a munkában több mint { $phase-reset-break-months } hónap szünet van, a számolás elölről kezdődik. Egy tervezett törvény (Wet meer zekerheid flexwerkers) lerövidítheti a „B” fázist, és meghosszabbíthatja ezt a szünetet. Ez még nem biztos.
        Kérdezze meg írásban a kölcsönző cégtől, melyik fázisban van.
guide-contract-clause = A kölcsönzési kikötés (uitzendbeding)
    .body =
        Az „A” fázisban a szerződésben lehet kölcsönzési kikötés (uitzendbeding). Ilyenkor a szerződése magától megszűnik, ha a cég, ahol dolgozik (inlener), befejezi az Ön kikölcsönzését.
        { $uitzendbeding-sickness-date } óta ez a kikötés nem szüntetheti meg a szerződését azért, mert Ön beteg. A szerződésében szereplő befejező dátumig alkalmazásban marad, és a kölcsönző cég addig fizeti a bérét.
        Ha már { $uitzendbeding-notice-after-weeks } hete dolgozik, a kölcsönző cégnek { $uitzendbeding-notice-days } nappal előre szólnia kell Önnek, hogy a munkája véget ér.
guide-contract-new-cao = Az új kollektív szerződés a kölcsönzött munkára
    .body =
        { $cao-2026-start } napjától új CAO voor Uitzendkrachten érvényes. A kölcsönző cégek szervezetei az LBV szakszervezettel kötötték meg. Az FNV és a CNV szakszervezet nem írta alá.
        - Joga van ugyanolyan értékű (gelijkwaardig) bérre és feltételekre, mint amilyeneket a cég, ahol dolgozik, a hasonló munkát végző saját dolgozóinak ad: bér, pótlékok, szabadság, betegségre vonatkozó szabályok és képzés.
        - Egyetlen nyugdíjrendszer van. Az első munkanaptól gyűjt nyugdíjat.
        - A nullórás szerződések (nulurencontracten) megszűnnek.
        - A régi CAO pluszjuttatásai, például a plusz szabadnapok vagy a magasabb bér betegség idején, megszűnhetnek, ha a cég, ahol dolgozik, ezeket nem adja.
        Még nem minden részlet világos. Kérdezze meg írásban a kölcsönző cégtől, milyen bér és feltételek vonatkoznak Önre.
guide-contract-licence = Engedély a kölcsönző cégeknek (Wtta)
    .body =
        Egy új törvény (Wtta) szerint a kölcsönző cégeknek engedélyre van szükségük.
        - A törvény { $wtta-start } napján lép hatályba. A kölcsönző cégeknek még ezen időpont előtt kell kérniük az engedélyt.
        - { $wtta-enforcement-start } napjától a holland munkaügyi felügyelet (Nederlandse Arbeidsinspectie) megbírságolhatja az engedély nélküli kölcsönző cégeket, és azokat a cégeket is, amelyek velük dolgoztatnak.
        - Az engedélyhez a kölcsönző cégnek { $wtta-deposit } óvadékot kell befizetnie, és igazolnia kell, hogy betartja a szabályokat, például hogy megfizeti a minimálbért.
        Kérdezze meg a kölcsönző cégtől, hogy szerepel-e a nyilvántartásban: van-e engedélye, vagy kérte-e már. Nem tudtuk megerősíteni, hol ellenőrizheti ezt Ön maga.
guide-contract-help = Ki segít
    .body =
        - Juridisch Loket, ingyenes jogi tanácsadás: juridischloket.nl.
        - FNV, szakszervezet: fnv.nl.
        - Arbeidsinspectie (munkaügyi felügyelet): { $nla-phone }, nlarbeidsinspectie.nl.
        - A Work in NL tájékoztató pontjai: workinnl.nl.
        Őrizze meg a szerződéseit, a bérjegyzékeit és a kölcsönző cég minden üzenetét.

## Guide: pay
guide-pay = Bér és fizetés
    .summary = A minimálbér, a szabadságpénz, a szabadság, a bérjegyzék, és hogy mit vonhat le a munkáltató a béréből.
guide-pay-minimum = A minimálbér
    .body =
        { $minimum-wage-adult-age } éves kortól legalább a törvényes minimálbért (minimumloon) kell kapnia: óránként bruttó { $minimum-wage-hour }.
        A minimálbér minden januárban és júliusban változik. A fenti összeg már elavult lehet: a mai összeget nézze meg a rijksoverheid.nl oldalon.
        { $minimum-wage-adult-age } évesnél fiatalabb dolgozók alacsonyabb minimálbért kapnak. Ez az életkoruktól függ.
        A minimálbér a darabbéres munkára (stukloon) és a túlórára is vonatkozik. A törvény nem ír elő külön pótlékot a túlórára. A kollektív szerződés (CAO) vagy a munkaszerződése adhat többet.
guide-pay-holiday = Szabadságpénz és szabadság
    .body =
        - Szabadságpénz (vakantiegeld): a bruttó bérének legalább { $holiday-allowance-percent }-a. Legalább évente egyszer kapja meg, általában májusban vagy júniusban. Kollektív szerződés (CAO) alapján, a kölcsönzött munkánál is, havonta is kifizethetik.
        - Szabadság (vakantiedagen): évente legalább annyi szabad óra jár, ahány órát { $leave-weeks-per-year } hét alatt dolgozik. Ha teljes munkaidőben dolgozik, ez { $leave-days-full-time } nap.
        - A törvény szerinti szabadnapok elvesznek { $leave-lapse-months } hónappal annak az évnek a vége után, amelyben megszerezte őket.
guide-pay-payslip = Ellenőrizze a bérjegyzékét (loonstrook)
    .body =
        Minden alkalommal ellenőrizze a bérjegyzékét (loonstrook):
        - az órákat: hasonlítsa össze a saját feljegyzéseivel, például a Werkmaat naplójával;
        - az órabérét: legalább az életkorának megfelelő minimálbér legyen;
        - a szabadságpénzt és a szabadságot: kifizették, vagy félreteszik Önnek?
        - a levonásokat (inhoudingen): mit vontak le a béréből, és miért.
        Ha valami hibás, kérje írásban a kölcsönző cégtől, hogy javítsa ki. Őrizze meg az összes bérjegyzékét.
guide-pay-deductions = Mit vonhatnak le a béréből
    .body =
        { $deductions-forbidden-since } óta a munkáltatója nem vonhat le pénzt a minimálbéréből, és költségeket sem számíthat be a minimálbérébe. Csak a szállás és az egészségbiztosítás a kivétel, és ezek is csak az Ön írásos engedélyével (volmacht).
        - Szállás: legfeljebb az Önre vonatkozó bruttó minimálbér { $housing-deduction-max-percent }-a. A kormány azt tervezte, hogy ezt a határt lépésről lépésre csökkenti. { $housing-phaseout-stopped-date } napján egyelőre leállította ezt a tervet, de a határ még változhat.
        - Egészségbiztosítás: évente legfeljebb { $insurance-deduction-max-year } (ez a határ minden évben változik), és soha nem több, mint a kötvényén szereplő biztosítási díj. A biztosításnak az Ön nevén kell lennie (Ön a szerződő), és a kötvény másolatát oda kell adnia a munkáltatójának.
        Az írásos engedélyben (volmacht) ennek kell szerepelnie:
        - az Ön neve és a munkáltatója neve;
        - az összeg;
        - hogy milyen költségekre szól, például lakbér, szolgáltatási díjak, valamint energia vagy víz, ha Önnek külön mérője van.
guide-pay-help = Ki segít
    .body =
        - Ha a minimálbérnél kevesebbet kap: holland munkaügyi felügyelet (Nederlandse Arbeidsinspectie), { $nla-phone }, nlarbeidsinspectie.nl.
        - Ingyenes jogi tanácsadás: Juridisch Loket, juridischloket.nl.
        - Szakszervezet: FNV, fnv.nl.

## Guide: hours
guide-hours = Munkaidő és pihenés
    .summary = Mennyi ideig dolgozhat, és milyen pihenőidő és szünet jár Önnek.
guide-hours-limits = Mennyi ideig dolgozhat
    .body =
        A munkaidőről szóló törvény (Arbeidstijdenwet) határokat szab a felnőtteknek:
        - egy műszakban legfeljebb { $max-shift-hours } óra;
        - egy héten legfeljebb { $max-week-hours } óra;
        - { $average-short-period-weeks } hét átlagában legfeljebb heti { $average-short-period-hours } óra;
        - { $average-long-period-weeks } hét átlagában legfeljebb heti { $average-long-period-hours } óra.
        A kollektív szerződésnek (CAO) lehetnek saját szabályai, de ezeknek a törvény határain belül kell maradniuk.
guide-hours-rest = Pihenés a műszakok között és a héten
    .body =
        - Napi pihenőidő (dagelijkse rusttijd): a munkanap után legalább { $daily-rest-hours } óra egybefüggő pihenő. Ez { $rest-period-days } naponként egyszer lehet rövidebb, de legalább { $daily-rest-shortened-hours } óra, és csak akkor, ha a munka ezt megkívánja.
        - Heti pihenőidő (wekelijkse rusttijd): minden { $rest-period-days } nap alatt legalább { $weekly-rest-hours } óra egybefüggő pihenő, vagy minden { $weekly-rest-long-period-days } nap alatt { $weekly-rest-long-period-hours } óra. Ezt a hosszabb, { $weekly-rest-long-period-hours } órás pihenőt legalább { $weekly-rest-min-block-hours } órás részekre lehet osztani.
guide-hours-breaks = Szünetek (pauze)
    .body =
        - Ha több mint { $break-threshold-hours } órát dolgozik: legalább { $break-minutes } perc szünet jár. Ezt fel lehet osztani legalább { $break-part-minutes } perces részekre.
        - Ha több mint { $long-day-threshold-hours } órát dolgozik: legalább { $long-day-break-minutes } perc szünet jár, legalább { $break-part-minutes } perces részekben.
        A szünetekért nem jár fizetés, kivéve, ha a munkaszerződése vagy a kollektív szerződés (CAO) ezt előírja.
guide-hours-night = Éjszakai műszak (nachtdienst)
    .body =
        Ezeket a szabályokat nem tudtuk teljesen megerősíteni: a forrásaink régebbiek. Ha biztosra akar menni, kérdezze meg az Arbeidsinspectie munkaügyi felügyeletet vagy egy szakszervezetet.
        - Egy éjszakai műszak legfeljebb { $night-shift-max-hours } óra.
        - { $night-shifts-period-weeks } hét alatt legfeljebb { $night-shifts-max } éjszakai műszakot dolgozhat.
        - { $night-shifts-period-weeks } hét átlagában legfeljebb heti { $night-average-hours } órát dolgozhat.
guide-hours-record = Vezessen saját nyilvántartást, és kérjen segítséget
    .body =
        Minden nap írja fel, mikor kezdi és mikor fejezi be a munkát, és milyen hosszúak a szünetei. Ebben segít a Werkmaat naplója. Hasonlítsa össze a feljegyzéseit a bérjegyzékével.
        Ha túl sokat kell dolgoznia, vagy túl kevés pihenőt kap, forduljon a holland munkaügyi felügyelethez (Nederlandse Arbeidsinspectie):
        - { $nla-phone } (ingyenes), vagy külföldről { $nla-phone-abroad };
        - nlarbeidsinspectie.nl.
        Tanácsért az FNV szakszervezethez (fnv.nl) vagy a Juridisch Loket jogsegélyszolgálathoz (juridischloket.nl) is fordulhat.

## Guide: housing
guide-housing = Munkáltató által biztosított szállás
    .summary = A béréből levont lakbér, a szállásra vonatkozó minőségi szabályok, és mi a teendő, ha véget ér a munkája.
guide-housing-deduction = A béréből levont lakbér
    .body =
        A munkáltatója csak az Ön írásos engedélyével (volmacht) vonhat le lakbért a minimálbéréből, és legfeljebb az Önre vonatkozó bruttó minimálbér { $housing-deduction-max-percent }-át.
        Az írásos engedélyben (volmacht) szerepelnie kell az Ön nevének és a munkáltatója nevének, az összegnek, és annak, hogy milyen költségekre szól: lakbér, szolgáltatási díjak, valamint energia vagy víz, ha Önnek külön mérője van.
        A kormány azt tervezte, hogy csökkenti ezt a határt. Ezt a tervet egyelőre leállította, de a határ még változhat.
guide-housing-quality = A szállásra vonatkozó szabályok
    .body =
        Lakbért csak akkor lehet levonni a béréből, ha a szállás megfelel egy minőségi szabálynak:
        - egy szociális bérlakás-szervezet (woningcorporatie) lakása; vagy
        - megfelel a kollektív szerződés (CAO) minőségi előírásának, és a szállásadó erre az előírásra tanúsítványt kapott. A kölcsönző cégeknél ez az SNF-előírás (SNF-norm).
        Az új kölcsönzési CAO megtartja azt a pontrendszert, amely a külföldi munkavállalók szállásának árát és minőségét értékeli.
        Kérje írásban a kölcsönző cégtől vagy a szállásadótól, hogy mutassa meg a szállás tanúsítványát.
guide-housing-papers = Külön bérleti szerződés
    .body =
        A lakása és a munkája két különböző dolog. Ha Ön egy másik EU-országból érkezett munkavállaló, és a bérlete { $wgv-separate-contract-since } napján vagy azután kezdődött, a törvény (Wet goed verhuurderschap) előírja, hogy a bérleti szerződés (huurcontract) a munkaszerződéstől (arbeidsovereenkomst) külön dokumentum legyen.
        - Így a bérlet nem szűnik meg automatikusan, amikor a munkája véget ér.
        - A bérbeadónak írásban is tájékoztatnia kell Önt a jogairól és kötelezettségeiről, olyan nyelven, amelyet megért.
        - Ha a munkára és a szállásra egyetlen közös szerződést kapott, kérjen írásban külön bérleti szerződést.
        Őrizze meg a bérleti szerződés, az írásos engedély (volmacht) és a szállásról szóló összes üzenet másolatát.
guide-housing-job-ends = Ha véget ér a munkája
    .body =
        Ha a munkáltatója intézi a szállását és az egészségbiztosítását is, a munka végén egyszerre veszítheti el mindkettőt.
        Külön bérleti szerződés esetén a bérlet nem szűnik meg csak azért, mert a munkája véget ér. Egy régebbi kölcsönzési CAO néhány hét szállást ígért a szerződés vége után. Nem tudtuk megerősíteni, hogy ez az új CAO szerint is érvényes-e. Kérdezze meg írásban a kölcsönző cégtől, meddig maradhat.
        A kölcsönző cégen keresztül kötött egészségbiztosítás gyakran a munkával együtt megszűnik. Ha Hollandiában marad, továbbra is biztosítva kell lennie: kössön saját egészségbiztosítást (zorgverzekering). Akkor is biztosítva kell lennie, amíg holland táppénzt (Ziektewet) vagy munkanélküli-ellátást (WW) kap: ellenőrizze, hogy a kötvénye még érvényes-e, és tartsa meg.
        Lásd a munkahely elvesztéséről szóló útmutatót is.
guide-housing-help = Mi a teendő, és ki segít
    .body =
        - A kérdéseit írásban tegye fel, például e-mailben, és őrizze meg a válaszokat és minden papírt.
        - Juridisch Loket, ingyenes jogi tanácsadás: juridischloket.nl.
        - FNV, szakszervezet: fnv.nl.
        - A Work in NL tájékoztató pontjai: workinnl.nl.
        - Az önkormányzat (gemeente): kérdezze meg, milyen segítséget kaphat, ha elveszíti a lakását.
        - Kérdések az egészségbiztosításról: Zorgverzekeringslijn, { $zvl-phone }, zorgverzekeringslijn.nl.
        Ha valaki a szállással kényszeríti Önt munkára, forduljon a FairWork szervezethez (fairwork.nu). Veszély esetén hívja a segélyhívó számot: { $emergency-phone }.

## Guide: sickness
guide-sickness = Betegség
    .summary = Hogyan jelentse be, hogy beteg, mennyi bért kap betegség idején, és mit tesz az UWV a kölcsönzött munkavállalókért.
guide-sickness-report = A betegség bejelentése
    .body =
        - Minél hamarabb, és mindenképpen { $report-sick-before } előtt jelentse be a kölcsönző cégnek, hogy beteg.
        - Maradjon otthon, és legyen elérhető { $stay-home-until } óráig. Az UWV ellenőrizheti Önt.
        - Ha másik címen tartózkodik, adja meg ezt az ápolási címet (verpleegadres).
        - Működjön közre abban, hogy visszatérhessen a munkába (re-integratie).
        Ezek a kölcsönzési ágazat szokásos szabályai. A kölcsönző cégnek lehetnek saját szabályai: kérje el ezeket írásban.
guide-sickness-pay = A bére betegség idején
    .body =
        - A munkáltatója legfeljebb { $sick-pay-max-weeks } héten át fizeti a bére legalább { $sick-pay-percent }-át.
        - Az első { $sick-pay-minimum-wage-weeks } hétben legalább a minimálbért kapja.
        - Fizetés nélküli várakozási napok (wachtdagen): legfeljebb { $waiting-days-max } nap, és csak akkor, ha a munkaszerződése vagy a kollektív szerződés (CAO) ezt tartalmazza.
        Sok kollektív szerződés (CAO) többet fizet. Az új kölcsönzési CAO szerint a betegség idejére járó bére követheti annak a cégnek a szabályait, ahol dolgozik, de soha nem lehet kevesebb, mint amit a törvény előír.
guide-sickness-agency = Kölcsönzött munkavállalók és az UWV
    .body =
        Ha a kölcsönző cég a kölcsönzési CAO-t követi, nem szüntetheti meg a szerződését azért, mert beteg. Amíg a szerződés tart, tovább fizeti a bérét.
        Ha a szerződés végén még mindig beteg, a kölcsönző cég vagy a munkáltató ezt bejelenti az UWV-nek, és táppénzt (Ziektewet) kaphat. Néhány kölcsönző cég ezt a táppénzt maga fizeti (eigenrisicodrager).
        Ha a kölcsönző cég nem jelenti időben a betegségét az UWV-nek, Ön maga is bejelentheti telefonon az UWV-nél: UWV Telefoon Werknemers. A számát nem tudtuk megerősíteni: keresse meg az uwv.nl oldalon.
        A betegségének bejelentését a Mijn UWV oldalon találja. Ide DigiD-vel lép be.
guide-sickness-after-contract = Betegség a szerződés vége után (Ziektewet)
    .body =
        Ha a szerződése vége után { $sick-after-contract-weeks } héten belül megbetegszik, senki sem jelenti be Ön helyett: jelentse be maga az UWV-nél. Tegye meg a betegség első napján, legkésőbb { $report-sick-uwv-days } napon belül. Hívja az UWV Telefoon Werknemers vonalat.
        Ha munkanélküli-ellátást (WW) kap, a betegséget a Mijn UWV oldalon jelentse be, szintén { $report-sick-uwv-days } napon belül.
        - A táppénz (Ziektewet) mértéke a napi bére (dagloon) { $ziektewet-percent }. A napi bér annak az átlaga, amit a megbetegedése előtti évben keresett.
        - Nincs alsó határ: a táppénz kevesebb lehet a minimálbérnél. Ha a háztartásának nincs elég pénze a megélhetésre, kérjen kiegészítést (toeslag) az UWV-től.
        - A táppénz legfeljebb { $ziektewet-max-weeks } hétig jár. A { $ezwb-week }. hét körül az UWV megvizsgálja, mennyit tud még keresni. Ha a munkaképtelensége kevesebb, mint { $wia-threshold-percent }, a táppénz egy hónappal később megszűnik.
guide-sickness-long = Ha hosszú ideig beteg
    .body =
        WIA-ellátás { $sick-pay-max-weeks } hét betegség után kezdődhet. Az igénylést korábban, még a betegsége alatt kell beadnia:
        - Betegsége { $wia-letter-week }. hete körül az UWV levelet küld Önnek.
        - Az igénylést betegsége { $wia-letter-week }. és { $wia-apply-until-week }. hete között adja be. Ne várjon tovább. Ehhez DigiD kell.
        - Az UWV ellenőrzi a munkába való visszatéréséről szóló jelentést (re-integratieverslag). Ha a munkáltatója túl keveset tett, tovább kell fizetnie a bérét: ez a bérszankció (loonsanctie), legfeljebb { $loonsanctie-max-years } évig.
        - Ezután egy biztosítási orvos (verzekeringsarts) és egy munkaügyi szakértő (arbeidsdeskundige) felméri az állapotát.
        A WIA azoknak szól, akiknek a munkaképtelensége (arbeidsongeschiktheid) legalább { $wia-threshold-percent }. WGA, ha részben még tud dolgozni, vagy ha az állapota javulhat; IVA, ha a munkaképtelensége legalább { $iva-threshold-percent }, és ez nem fog javulni.
guide-sickness-help = Ki segít
    .body =
        - UWV: uwv.nl és Mijn UWV.
        - A háziorvosa (huisarts), orvosi ellátásért.
        - Az üzemorvos (bedrijfsarts): lásd az üzemorvosról szóló útmutatót.
        - Juridisch Loket: juridischloket.nl. FNV: fnv.nl.
        Írja fel a panaszait és a betegnapjait a Werkmaat naplójába.

## Guide: company-doctor
guide-company-doctor = Az üzemorvos (bedrijfsarts)
    .summary = Joga az üzemorvoshoz és a második véleményhez, és mi a teendő, ha a kölcsönző cégnek nincs üzemorvosa.
guide-company-doctor-role = Minden munkáltatónak kell üzemorvos
    .body =
        Az üzemorvos (bedrijfsarts) olyan orvos, akihez az egészségével és a munkájával kapcsolatos kérdésekkel fordulhat, és aki segít, hogy betegség után visszatérjen a munkába.
        A munkavédelmi törvény (Arbowet) { $arbowet-bedrijfsarts-date } óta érvényes szabályai szerint minden munkáltatónak alapszerződést (basiscontract) kell kötnie egy üzemorvossal vagy egy foglalkozás-egészségügyi szolgálattal (arbodienst).
        Ha beteg, az üzemorvosnak legkésőbb a távolléte { $bedrijfsarts-by-week }. hetében be kell kapcsolódnia.
guide-company-doctor-visit = Ön maga is felkeresheti az üzemorvost
    .body =
        - Az üzemorvoshoz a munkáltatója engedélye nélkül is elmehet.
        - Akkor is elmehet, ha nem beteg, például ha kérdése van az egészségéről és a munkájáról. Ez a nyitott rendelési idő (open spreekuur).
        - Az orvosokat köti az orvosi titoktartás (medisch beroepsgeheim). Ha nem biztos benne, mit mond el az üzemorvos a munkáltatójának, kérdezze meg az orvost, mielőtt elkezdik a beszélgetést.
guide-company-doctor-second-opinion = Második vélemény
    .body =
        Ha nem ért egyet az üzemorvos tanácsával, joga van egy másik üzemorvos második véleményéhez.
        A kérést csak nyomós okból (zwaarwegende argumenten) lehet elutasítani.
        A másik orvost azok közül választja ki, akiket az alapszerződés (basiscontract) megnevez.
        A második véleményt írásban kérje, és tartson meg egy másolatot.
guide-company-doctor-no-access = Ha nem éri el az üzemorvost
    .body =
        A gyakorlatban a kölcsönző cégen keresztül dolgozó külföldi munkavállalók gyakran nem jutnak el üzemorvoshoz. Ezt teheti:
        - Kérdezze meg írásban a kölcsönző cégtől, ki az üzemorvosa vagy a foglalkozás-egészségügyi szolgálata (arbodienst), és hogyan kérhet időpontot. Őrizze meg a választ.
        - Orvosi ellátásért forduljon a háziorvosához (huisarts). Munkanapokon { $gp-office-opens } és { $gp-office-closes } között hívja.
        - Ha a munkáltatójának nincs üzemorvosa, jelentse a holland munkaügyi felügyeletnek (Nederlandse Arbeidsinspectie): { $nla-phone }, nlarbeidsinspectie.nl.
        - Vészhelyzetben hívja a segélyhívó számot: { $emergency-phone }.
        Írja fel a panaszait a Werkmaat naplójába, hogy meg tudja mutatni őket egy orvosnak.

## Guide: accidents
guide-accidents = Munkahelyi balesetek
    .summary = Mi a teendő munkahelyi baleset után, mit kell tennie a munkáltatónak, és hogyan jelentheti Ön maga a veszélyes munkát.
guide-accidents-now = Mit tegyen azonnal
    .body =
        Ha valaki veszélyben van vagy súlyosan megsérült, hívja a segélyhívó számot: { $emergency-phone }. A segélyhívó munkatársai angolul is beszélnek.
        - Nyújtson elsősegélyt, ha ezt biztonságosan meg tudja tenni.
        - Más sérülés esetén hívja a háziorvosát (huisarts). Este, éjjel és hétvégén hívja az orvosi ügyeletet (huisartsenpost).
        - A kórházi sürgősségi osztályra (spoedeisende hulp, SEH) csak akkor menjen, ha a háziorvos (huisarts) vagy az ügyelet (huisartsenpost) odaküldi, vagy ha életveszély van.
        - Amint tudja, szóljon a munkáltatójának. Ha kölcsönző cégen (uitzendbureau) keresztül dolgozik, a kölcsönző cégnek is szóljon.
guide-accidents-record = Írja le, mi történt
    .body =
        Írja le, mi történt, amíg még jól emlékszik rá:
        - a dátumot, az időpontot és a helyet;
        - mit csinált, és mi ment rosszul;
        - hogyan sérült meg;
        - azoknak a nevét, akik látták (tanúk);
        - melyik orvoshoz vagy kórházba ment.
        Fényképezze le a helyszínt, a gépet vagy a szerszámokat, és a sérülését is. Őrizze meg az orvosoktól kapott összes levelet. A Werkmaat naplója a telefonján tárolhatja ezeket a jegyzeteket és fényképeket.
guide-accidents-employer = Mit kell tennie a munkáltatónak
    .body =
        A munkáltatónak a súlyos munkahelyi balesetet azonnal jelentenie kell a holland munkaügyi felügyeletnek (Nederlandse Arbeidsinspectie). Ez a kölcsönzött munkavállalókra is vonatkozik. Egy baleset akkor súlyos, ha ez lett a következménye:
        - halál;
        - maradandó sérülés, például egy testrész vagy a látás elvesztése;
        - kórházi felvétel, akár egynapos is. A felvétel nélküli kezelés nem számít.
        Ha ez csak később derül ki, a munkáltatónak akkor kell jelentenie.
        A munkáltatónak listát (nyilvántartást) is kell vezetnie a bejelentett balesetekről, és azokról a balesetekről, amelyek miatt valaki több mint { $accident-register-absence-days } munkanapig nem tudott dolgozni.
guide-accidents-liability = Mikor felel a munkáltató
    .body =
        A Polgári Törvénykönyv (Burgerlijk Wetboek) munkáltatói felelősségről szóló szabálya szerint a munkáltatójának meg kell tennie minden olyan biztonsági intézkedést, amely észszerűen elvárható, hogy Ön ne sérüljön meg a munkában.
        Önnek csak azt kell megmutatnia, hogy munka közben sérült meg. Ezután a munkáltatónak kell bizonyítania, hogy eleget tett azért, hogy Ön biztonságban legyen. Ha ezt nem tudja bizonyítani, lehet, hogy meg kell térítenie az Ön kárát.
        A munkáltató nem felel, ha a kárt főleg Ön okozta: szándékosan, vagy tudatosan, nagyon vakmerően viselkedve. A szabály nem ígéri, hogy a munka teljesen biztonságos.
        Ha tanácsot szeretne a saját ügyében, forduljon a jogsegélyszolgálathoz (Juridisch Loket): juridischloket.nl.
guide-accidents-report = A veszélyes munka bejelentése
    .body =
        A veszélyes munkát Ön maga is bejelentheti az Arbeidsinspectie munkaügyi felügyeletnek, akkor is, ha még nem történt semmi.
        - Hívja ezt a számot: { $nla-phone }. A hívás ingyenes.
        - Külföldről ezt a számot hívja: { $nla-phone-abroad }. Egy másik forrás más számot ad meg, ezért ha ez nem működik, nézze meg az nlarbeidsinspectie.nl oldalon.
        - Online űrlapon is bejelentheti. Az űrlapok több nyelven is elérhetők.
        - Névtelenül is bejelentheti, a neve megadása nélkül.

## Guide: insurance
guide-insurance = Egészségbiztosítás
    .summary = Kinek kell holland egészségbiztosítást kötnie, milyen határidőig, hogyan válasszon, és mi történik, ha nem köt.
guide-insurance-who = Kinek kell biztosítva lennie
    .body =
        A holland egészségbiztosítás törvény szerint kötelező (Zorgverzekeringswet). Meg kell kötnie, ha:
        - Hollandiában lakik, vagy
        - Hollandiában dolgozik, és holland béradót (loonheffing) fizet, akkor is, ha külföldön lakik, vagy idénymunkát végez.
        A hazájában kötött biztosítás nem mentesíti e kötelezettség alól.
        Kivétel: ha egy külföldi munkáltató csak egy időre küldte ide (kiküldött munkavállaló), és van A1-igazolása, akkor a hazájában marad biztosítva. Ilyenkor az orvosilag szükséges ellátáshoz az Európai Egészségbiztosítási Kártyáját (EHIC) használja.
guide-insurance-deadline = A határidő
    .body =
        Az első munkanapja után, vagy miután regisztrált az önkormányzatnál (gemeente), { $insure-within-months } hónapon belül kössön biztosítást. A biztosítás ekkor visszamenőleg az első naptól érvényes, és attól a naptól kell fizetnie a biztosítási díjat.
        Ha késik, a korábbi időre nincs biztosítása, tehát az akkori egészségügyi költségeket Ön fizeti. Bírságot is kaphat a CAK-tól. A CAK az az állami szerv, amely a biztosítás nélküli emberekkel foglalkozik.
guide-insurance-choice = Az egészségbiztosító kiválasztása
    .body =
        Az egészségbiztosítót (zorgverzekeraar) Ön maga választhatja ki. A CAK is ezt mondja.
        A munkáltatója vagy a kölcsönző cég csoportos biztosítást (collectieve verzekering) ajánlhat. A biztosítási díjat csak akkor vonhatja le a béréből, ha Ön ehhez írásos engedélyt (volmacht) ad. A biztosításnak az Ön nevén kell lennie (Ön a szerződő), és meg kell kapnia a kötvény másolatát.
        Nem találtunk olyan jogszabályt, amely szó szerint kimondja, hogy a munkáltató nem kényszerítheti Önt a saját biztosítására. De a törvény szerint szabadon választhat biztosítót, és a levonáshoz az Ön írásos engedélye (volmacht) kell. Ha nem biztos benne, kérdezze meg a Zorgverzekeringslijn tanácsadó vonalat.
guide-insurance-cak = Levelek a CAK-tól
    .body =
        Ha kötelező biztosítva lennie, de nincs biztosítása, a CAK ezeket a lépéseket teszi:
        - Levelet kap. Ezután { $cak-letter-months } hónapja van arra, hogy biztosítást kössön.
        - Ha nem köt, bírságot kap.
        - Ha további { $cak-letter-months } hónap után sincs biztosítása, második bírságot kap.
        - Ezután a CAK maga biztosítja Önt, és ő választja ki a biztosítót. { $cak-premium-months } hónapon át magasabb biztosítási díjat (bestuursrechtelijke premie) von le a béréből vagy az ellátásából.
        A törvény szerint egy bírság az alapdíj (standaardpremie) egy hónapra eső részének háromszorosa. A standaardpremie évi { $standaardpremie }, így egy bírság { $cak-fine }. A magasabb díj havi { $cak-premium-month }. Ezek az összegek minden évben változnak: nézze meg a levelét vagy a hetcak.nl oldalt, ahol angol nyelvű oldal is van.
        Soha ne hagyja figyelmen kívül a CAK levelét.
guide-insurance-job-ends = Ha véget ér a munkája
    .body =
        A kölcsönző cégen keresztül kötött csoportos biztosítás gyakran megszűnik, amikor a munkája véget ér. Ha továbbra is Hollandiában él, vagy még fizet holland béradót, biztosítva kell maradnia: azonnal kössön saját biztosítást.
        Akkor is biztosítva kell lennie, amíg holland táppénzt (Ziektewet) vagy munkanélküli-ellátást (WW) kap. Ellenőrizze, hogy a kötvénye még érvényes-e, és tartsa meg.
        Ha végleg elhagyja Hollandiát (nem szabadságra megy), és már nincs holland jövedelme, elveszíti a jogát a holland biztosításra. Mondja fel, és igazolja, hogy kijelentkezett a személyi nyilvántartásból (BRP).
guide-insurance-help = Ki segíthet
    .body =
        A Zorgverzekeringslijn független tanácsadó vonal az egészségbiztosítással kapcsolatos kérdésekre.
        - Munkanapokon hívja ezt a számot: { $zvl-phone }, vagy csevegjen a zorgverzekeringslijn.nl oldalon.
        - Nem tudtuk megerősíteni, milyen nyelveken beszélnek.
        A CAK leveleivel és bírságaival kapcsolatban lásd a hetcak.nl oldalt. A Werkmaat biztosítási ellenőrzőlistája segít a saját helyzete ellenőrzésében.

## Guide: care
guide-care = Orvosi ellátás: hová forduljon
    .summary = A háziorvos, az esti és hétvégi orvosi ügyelet, a vészhelyzetek, a gyógyszerek, a fogorvos, és amit Ön maga fizet.
guide-care-gp = A háziorvos (huisarts)
    .body =
        Hollandiában először a háziorvoshoz (huisarts) kell fordulnia. A háziorvos dönti el, hogy kórházba vagy szakorvoshoz kell-e mennie, és beutalóval (verwijzing) küldi oda.
        - Regisztráljon betegként egy háziorvosnál a lakóhelye közelében. Ne várja meg, amíg megbetegszik.
        - A rendelők gyakran tele vannak, és nem vesznek fel új beteget. Ilyenkor kérdezzen meg más közeli rendelőket is. A Werkmaat ellátáskeresője megmutatja a közeli rendelőket.
        - Munkanapokon { $gp-office-opens } és { $gp-office-closes } között hívja a rendelőt.
        Az enyhe egészségügyi panaszokról, amelyeket saját maga is kezelhet, a thuisarts.nl oldalon talál tanácsot.
guide-care-out-of-hours = Este, éjjel és hétvégén (huisartsenpost)
    .body =
        Ha a háziorvosa (huisarts) zárva van, hívja az orvosi ügyeletet (huisartsenpost). Az ügyelet este és éjjel (munkanapokon este { $gp-office-closes } és reggel { $gp-office-opens } között), hétvégén és ünnepnapokon van nyitva.
        - Mindig előbb telefonáljon. Nem lehet csak úgy bemenni. Egy asszisztens (triagist) dönti el, mennyire sürgős.
        - Minden régiónak saját száma van. Hívja a háziorvosát: rendelési időn kívül a telefonos üzenet gyakran megmondja a számot. A Werkmaat ellátáskeresője is megmutatja.
        Ezeket készítse elő a híváshoz, és ha odamegy, vigye magával a személyazonosító igazolványát vagy az útlevelét:
        - a nevét, a születési dátumát és a polgári szolgáltatási számát (BSN);
        - az egészségbiztosítója nevét és a kötvényszámát;
        - a háziorvosa nevét és a gyógyszereit, amelyeket szed.
        A Werkmaat megőrizheti Önnek ezeket az adatokat.
guide-care-emergency = Vészhelyzetek
    .body =
        Ha életveszély van, hívja a segélyhívó számot: { $emergency-phone }. Ezen a számon mentőt, rendőrséget vagy tűzoltóságot hívhat. A segélyhívó munkatársai angolul is beszélnek.
        Az ingyenes 112NL alkalmazás segít, ha nem hall vagy nem tud jól beszélni, vagy ha nem beszél hollandul vagy angolul:
        - hívhatja a { $emergency-phone } számot, vagy közvetlenül a rendőrséget, a tűzoltóságot vagy a mentőket;
        - a segélyhívó munkatársa csevegést indíthat Önnel, és a csevegés sok nyelvre tud fordítani;
        - az alkalmazás elküldi a tartózkodási helyét, ha engedélyezi.
        Telepítse most, mielőtt szüksége lenne rá. A régi szöveges telefont ({ $emergency-textphone }) fokozatosan megszüntetik, és lehet, hogy már nem működik.
        A kórházi sürgősségi osztály (spoedeisende hulp, SEH) sürgős ellátásra való. Csak akkor menjen oda, ha a háziorvos (huisarts) vagy az ügyelet (huisartsenpost) odaküldi, vagy ha életveszély van.
guide-care-medicines-dentist = Gyógyszerek és fogorvos
    .body =
        A gyógyszereket a gyógyszertárban (apotheek) kapja meg. Az alapcsomagba tartozó vényköteles gyógyszerek beleszámítanak az önrészbe (eigen risico).
        Felnőtteknek a fogorvosi ellátás (tandarts) nincs benne az alapcsomagban. Az alapcsomag csak a különleges fogászati ellátást fizeti, például az állkapocsműtétet, és a teljes fogsort. A teljes fogsor költségeinek { $dentures-own-share-percent }-át Ön fizeti.
        Más fogászati ellátáshoz kiegészítő biztosítás (aanvullende verzekering) kell. Gyerekeknél a legtöbb fogászati ellátás benne van az alapcsomagban.
guide-care-costs = Amit Ön maga fizet (eigen risico)
    .body =
        Minden évben az alapcsomagba tartozó ellátások költségeit Ön fizeti, legfeljebb { $eigen-risico } összegig. Ez az önrész (eigen risico). Az összeg a következő években változhat.
        Ezek nem számítanak bele az önrészbe (eigen risico):
        - a háziorvosnál (huisarts) tett látogatások;
        - a szülés utáni otthoni ápolás (kraamzorg);
        - a körzeti ápolás (wijkverpleging).
        { $no-deductible-under-age } év alatti gyerekek nem fizetnek önrészt (eigen risico).

## Guide: zorgtoeslag
guide-zorgtoeslag = Egészségbiztosítási támogatás (zorgtoeslag)
    .summary = Állami pénz, amely segít kifizetni az egészségbiztosítást: ki kaphatja, mennyit, és hogyan igényelheti.
guide-zorgtoeslag-who = Ki kaphatja
    .body =
        Az egészségbiztosítási támogatás (zorgtoeslag) az adóhivatal (Belastingdienst/Toeslagen) pénzbeli támogatása, amely segít kifizetni az egészségbiztosítást. Akkor kaphatja meg, ha:
        - { $zorgtoeslag-min-age } éves vagy idősebb;
        - van holland egészségbiztosítása;
        - holland állampolgár, az Európai Gazdasági Térség (EGT) egyik országának állampolgára, vagy van tartózkodási engedélye;
        - a jövedelme a határ alatt van: partner nélkül évi { $zorgtoeslag-income-single }, vagy a támogatásnál számító partnerével (toeslagpartner) együtt évi { $zorgtoeslag-income-partner };
        - a megtakarításai és egyéb vagyona a határ alatt van. Ez a határ minden évben változik. A legújabb határ, amelyet meg tudtunk erősíteni, partner nélkül { $zorgtoeslag-assets-single }, toeslagpartnerrel együtt { $zorgtoeslag-assets-partner }, de ez egy korábbi évre vonatkozik. Az idei határt ellenőrizze a belastingdienst.nl oldalon.
        A férje, felesége vagy bejegyzett élettársa akkor is a toeslagpartnere, ha másik országban él, és az ő jövedelme is beszámít. Ha a toeslagpartnere másik országban biztosított, a pároknak járó összeg felét kapja.
        Akkor is kaphat támogatást (zorgtoeslag), ha külföldön lakik, de Hollandiában dolgozik, és holland egészségbiztosítása van.
guide-zorgtoeslag-amount = Mennyit kap
    .body =
        Az összeg a jövedelmétől függ: kisebb jövedelemmel többet kap.
        - Toeslagpartner nélkül havonta legfeljebb körülbelül { $zorgtoeslag-max-month-single } jár Önnek.
        - Toeslagpartnerrel együtt havonta legfeljebb körülbelül { $zorgtoeslag-max-month-partner } jár Önöknek.
        Ezeket az összegeket egy hírben találtuk, ezért lehet, hogy nem pontosak. Az Ön összegét a Belastingdienst számolja ki.
guide-zorgtoeslag-apply = Hogyan igényelheti
    .body =
        - DigiD kell hozzá, a holland állami belépési azonosító. Lásd: digid.nl.
        - A belastingdienst.nl oldalon igényelje, a Mijn toeslagen részben.
        - Ha változik a jövedelme, vagy új partnere van, ezt gyorsan jelentse a Mijn toeslagen oldalon.
        A Belastingdienst később ellenőrzi a tényleges jövedelmét. Ha túl sok támogatást kapott, lehet, hogy vissza kell fizetnie. Őrizze meg a Belastingdienst összes levelét.
guide-zorgtoeslag-help = Ki segíthet
    .body =
        Hívja a BelastingTelefoon vonalat ezen a számon: { $belastingtelefoon }. A hívás ingyenes. A vonal hétfőtől péntekig érhető el.
        Hívás előtt készítse elő a polgári szolgáltatási számát (BSN).

## Guide: interpreters
guide-interpreters = Tolmács az egészségügyben
    .summary = Hogyan érheti el, hogy Ön és az orvosa megértsék egymást, mikor kaphat tolmácsot, és ki fizeti.
guide-interpreters-understand = Megérteni egymást
    .body =
        A jó ellátáshoz jó megértés kell: Önnek értenie kell az orvosát, és az orvosnak értenie kell Önt.
        - Ne mondjon „igent”, ha nem értette.
        - Megkérheti az orvost, hogy magyarázza el újra, egyszerűbb szavakkal.
        - Kérhet tolmácsot (tolk).
        Az időpont előtt mondja meg a rendelőben, milyen nyelven beszél.
guide-interpreters-guideline = Irányelv a nyelvi akadályokról
    .body =
        { $language-guideline-date } napján irányelv jelent meg az egészségügyi dolgozóknak a nyelvi akadályokról (Omgaan met taalbarrières in de zorg en het sociaal domein). Az egészségügyi dolgozók és a betegek szervezetei közösen készítették, köztük a holland háziorvosok szakmai szervezete (NHG) és a holland betegszövetség (Patiëntenfederatie Nederland). Ez áll benne:
        - Összetett, kényes vagy súlyos beszélgetésekhez az egészségügyi dolgozónak hivatásos tolmácsot kellene igénybe vennie.
        - Családtag, barát vagy fordítóalkalmazás csak egyszerű beszélgetésekhez jöhet szóba, és csak akkor, ha Ön ezt szeretné.
        - Gyerek soha nem tolmácsolhat.
        - Az egészségügyi dolgozó ellenőrzi, hogy Ön megértette-e, például úgy, hogy megkéri: mondja el újra a saját szavaival.
guide-interpreters-costs = Ki fizeti a tolmácsot
    .body =
        Ez az ellátás fajtájától függ:
        - Háziorvos (huisarts): nincs országos szabály, amely szerint fizetnék a tolmácsot. Néhány régióban fizetik a telefonos tolmácsot. Kérdezze meg a háziorvosát, hogy ez az Ön régiójában lehetséges-e.
        - Mentális egészségügyi ellátás (GGZ): { $ggz-interpreter-since } óta fizetik a tolmácsot.
        - Terhesség és szülés alatti ellátás szülésznőnél (verloskundige): { $obstetric-interpreter-since } óta fizetik a tolmácsot. Ez a szabály hivatalosan ideiglenes.
        Más ellátásnál az időpont előtt kérdezze meg, lehet-e tolmács, és ki fizeti.
guide-interpreters-ask = Mit tehet
    .body =
        - Amikor időpontot kér, mondja meg, hogy hivatásos tolmácsra van szüksége, és milyen nyelvre.
        - Egyszerű beszélgetésekhez magával vihet valakit, akiben megbízik, hogy segítsen.
        - A Werkmaat mondatkártyái rövid mondatokat mutatnak hollandul és az Ön nyelvén. Ezeket megmutathatja az orvosnak vagy az asszisztensnek.

## Guide: exploitation
guide-exploitation = Kizsákmányolás: hol kaphat segítséget
    .summary = A munkahelyi kizsákmányolás jelei, hol jelentheti, és ki segíthet Önnek.
guide-exploitation-signs = Figyelmeztető jelek
    .body =
        A munkahelyi kizsákmányolás (arbeidsuitbuiting) gyakran apróságokkal kezdődik. Legyen óvatos, ha:
        - a ledolgozott óráiért kevesebbet kap a minimálbérnél (minimumloon);
        - az Ön írásos engedélye (volmacht) nélkül vonnak le pénzt a béréből. A minimálbérből csak a szállást és az egészségbiztosítást lehet levonni, és csak írásos engedéllyel (volmacht);
        - valaki kényszeríti, hogy dolgozzon, vagy hogy a munkahelyén maradjon;
        - a munkája veszélyes, és semmit sem tesznek ellene.
        Sok munkavállaló a munkáltatóján keresztül kapja a szállását és az egészségbiztosítását. Ez függővé teszi Önt: ha elveszíti a munkáját, egyszerre veszítheti el a lakását és a biztosítását.
guide-exploitation-danger = Veszély vagy sürgős helyzet
    .body =
        - Ha most veszélyben van, hívja a segélyhívó számot: { $emergency-phone }.
        - Rendőrség, ha nem vészhelyzet: { $police-phone }. Ez a szám nem ingyenes: a szokásos hívásdíjon felül percenként egy kis összeget fizet, és lehet, hogy nem minden külföldi SIM-kártyával működik. A kényszerítést vagy a kizsákmányolást feljelentheti a rendőrségen.
        - Ha úgy szeretne bűncselekményt bejelenteni, hogy nem adja meg a nevét: Meld Misdaad Anoniem, telefon: { $mma-phone }, vagy meldmisdaadanoniem.nl.
guide-exploitation-report = Bejelentés az Arbeidsinspectie munkaügyi felügyeletnél
    .body =
        A holland munkaügyi felügyelet (Nederlandse Arbeidsinspectie) foglalkozik a veszélyes munkával, a túl alacsony bérrel és a kizsákmányolással.
        - Telefon: { $nla-phone } (ingyenes), vagy külföldről: { $nla-phone-abroad }. Egy másik forrás más külföldi számot ad meg; ha ez nem működik, nézze meg az nlarbeidsinspectie.nl oldalon.
        - Több nyelven van online űrlap.
        - Névtelenül is bejelentést tehet, a neve megadása nélkül.
        A felügyelet szerint a munkáltatónak nem mondják meg, ki tette a bejelentést.
guide-exploitation-help = Ki segíthet Önnek
    .body =
        - A FairWork ingyenesen és bizalmasan segít a munkahelyi kizsákmányolás áldozatainak: fairwork.nu.
        - A CoMensha, az emberkereskedelem (mensenhandel) elleni országos központ, nyilvántartásba veszi az áldozatokat, és szállást szervez nekik. Telefon: { $comensha-phone }, hétfőtől péntekig { $comensha-opens } és { $comensha-closes } között, vagy e-mail: info@comensha.nl.
        - Az FNV egy szakszervezet (vakbond). Tartott már lengyel nyelvű tájékoztatókat, nem tagoknak is: fnv.nl.
        - A jogsegélyszolgálat (Juridisch Loket) ingyenes jogi tanácsot ad: juridischloket.nl. Egy kísérleti projekt néhány tartományban (Noord-Holland, Zuid-Holland, Noord-Brabant és Limburg) lengyel, bolgár és román nyelven is segít. Nézze meg a honlapon, hogy még működik-e.
        - A Work in NL minden munkaerőpiaci régióban tájékoztató pontokat működtet az EU-ból érkező munkavállalóknak: workinnl.nl.
guide-exploitation-what-next = Mit jelenthet Önnek a bejelentés
    .body =
        A bejelentés nyomán vizsgálat indulhat. Nem tudjuk megígérni, mi lesz az eredménye, vagy mennyi ideig tart.
        - Névtelenül is bejelentést tehet, az Arbeidsinspectie felügyeletnél vagy a Meld Misdaad Anoniem vonalon.
        - A szerződése, a bérjegyzékei (loonstroken) és a ledolgozott óráiról készült lista másolatát tartsa biztonságos helyen. A Werkmaat naplója nyilvántarthatja az óráit.
        - Az emberkereskedelem áldozata a CoMensha révén segítséget és biztonságos szállást kaphat.
        - Ha a szállását és a biztosítását a munkáltatóján keresztül kapja, gondoljon előre: hol lakhat, és hogyan marad biztosítva? Lásd az egészségbiztosításról szóló útmutatót.
        Ha nem tudja, mit tegyen, először beszéljen a FairWork munkatársaival.

## Guide: mental-health
guide-mental-health = Lelki egészség
    .summary = A stressz, az aggódás és a levertség gyakori. Hol kaphat segítséget, válság idején is.
guide-mental-health-common = Nincs egyedül
    .body =
        Az otthontól távol élni és dolgozni nehéz lehet. Sok embernél előfordul stressz, aggódás, alvászavar és levertség. Ez nem gyengeség, és nyugodtan kérhet segítséget.
        Egy hollandiai kutatás szerint sok külföldi munkavállalónak rossz a lelki egészsége, sokkal gyakrabban, mint a holland munkavállalóknak.
guide-mental-health-gp = Beszéljen a háziorvosával (huisarts)
    .body =
        A háziorvos (huisarts) az első hely, ahová fordulhat, stressz, félelem, szomorúság vagy alvásproblémák esetén is. Amit az orvosának elmond, az bizalmas.
        A háziorvos segíthet Önnek, vagy beutalhatja a mentális egészségügyi ellátásba (GGZ). A GGZ-ben { $ggz-interpreter-since } óta fizetik a tolmácsot. Kérjen tolmácsot, ha szüksége van rá.
        Az üzemorvossal (bedrijfsarts) is beszélhet, anélkül, hogy a munkáltatóját megkérdezné, és akkor is, ha nem beteg. De sok kölcsönzött munkavállaló alig vagy egyáltalán nem jut el üzemorvoshoz.
guide-mental-health-crisis = Válsághelyzetben
    .body =
        Ha öngyilkosságra gondol, forduljon a holland öngyilkosság-megelőzési vonalhoz (Zelfmoordpreventie, 113.nl):
        - telefon: { $crisis-phone } vagy { $crisis-phone-free }; mindkét szám ingyenes;
        - vagy csevegjen a 113.nl oldalon.
        A vonal éjjel-nappal elérhető, és nem kell megadnia a nevét.
        Ha Ön vagy valaki más most veszélyben van, hívja a segélyhívó számot: { $emergency-phone }.
guide-mental-health-self-care = Vigyázzon magára
    .body =
        Néhány egyszerű szokás segíthet a mindennapokban. Ezek nem helyettesítik az orvosi segítséget.
        - Próbáljon eleget aludni, és a pihenőidejét és a szabadnapjait használja pihenésre. Lásd a munkaidőről szóló útmutatót.
        - Beszéljen valakivel, akiben megbízik: egy barátjával, egy munkatársával vagy az otthoni családjával.
        - Tartsa a kapcsolatot a családjával és a barátaival, telefonon vagy videohívásban is.
        Ha rosszabbul érzi magát, vagy nem javul az állapota, menjen a háziorvosához (huisarts).

## Guide: losing-job
guide-losing-job = Ha elveszíti a munkáját
    .summary = Mi a teendő, ha véget ér a munkája: munkanélküli-ellátás (WW), végelszámolás, átmeneti juttatás, biztosítás és szállás.
guide-losing-job-ww = Munkanélküli-ellátás (WW): egy héten belül intézkedjen
    .body =
        Ha elveszíti a munkáját, munkanélküli-ellátást (WW) kaphat az UWV-től. Általában az utolsó { $ww-weeks-period } hétből legalább { $ww-weeks-worked } héten kellett dolgoznia.
        - A munkája elvesztése után { $ww-register-days } napon belül regisztráljon álláskeresőként a werk.nl oldalon.
        - Igényelje a WW-t az UWV-nél. Az igénylésnek legkésőbb { $ww-apply-within-weeks } héttel az utolsó munkanapja után meg kell érkeznie. Néhány héttel korábban is beadhatja. Ehhez DigiD kell.
        - Az UWV körülbelül { $ww-decision-weeks } héten belül dönt.
        Ne várjon az utolsó napig. Ne írjon alá megállapodást a szerződés megszüntetéséről (vaststellingsovereenkomst), amíg nem kért tanácsot.
guide-losing-job-final-pay = Az utolsó fizetés
    .body =
        A végelszámolással (eindafrekening) meg kell kapnia:
        - a bérét az utolsó munkanapjáig;
        - a felgyűlt, még ki nem fizetett szabadságpénzt (vakantiegeld);
        - a ki nem vett szabadságnapjait (vakantiedagen) pénzben.
        A munkáltatójának írásban igazolnia kell, hány szabadságnapja maradt. Ellenőrizze az utolsó bérjegyzékét (loonstrook), és ha valami hiányzik, kérdezzen rá írásban.
guide-losing-job-transition = Átmeneti juttatás (transitievergoeding)
    .body =
        { $transitievergoeding-since } óta az első munkanaptól joga van átmeneti juttatásra (transitievergoeding), ha a munkáltató megszünteti a szerződését, vagy nem hosszabbítja meg a határozott idejű szerződését.
        - Ez nagyjából a havi bére egyharmada minden ledolgozott évért, rövidebb időre pedig ennek arányos része.
        - Nem kapja meg, ha a munkáltató csődbe ment.
        Kölcsönzött munkánál a szabályok eltérhetnek. A saját helyzetéről kérjen tanácsot a Juridisch Loket jogsegélyszolgálattól (juridischloket.nl).
guide-losing-job-insurance = Az egészségbiztosítása
    .body =
        A munkáltatón vagy a kölcsönző cégen keresztül kötött csoportos biztosítás gyakran a munkával együtt megszűnik. Ha továbbra is Hollandiában él, biztosítva kell lennie: ellenőrizze, hogy a kötvénye még érvényes-e, és ha nem, azonnal kössön saját egészségbiztosítást (zorgverzekering).
        Akkor is biztosítva kell lennie, amíg WW-t kap. Ellenőrizze, hogy a kötvénye még érvényes-e, és tartsa meg.
        Ha a munkája vége után { $sick-after-contract-weeks } héten belül megbetegszik, maga jelentse be az UWV-nél. Lásd a betegségről szóló útmutatót.
guide-losing-job-housing = A szállása
    .body =
        Ha a szállását a munkáltatója biztosítja, egyszerre veszítheti el a szállását és a munkáját.
        - Külön bérleti szerződés (huurcontract) esetén a bérlet nem szűnik meg csak azért, mert a munkája véget ér. A törvény (Wet goed verhuurderschap) ezt az EU-ból érkező munkavállalók esetében előírja. Lásd a szállásról szóló útmutatót.
        - Kérdezze meg írásban, meddig maradhat, és őrizze meg a választ.
        - Ha elveszítheti a szállását, kérjen segítséget az önkormányzattól (gemeente). Ha már nincs lakcíme, bejelentkezhet egy levelezési címre (briefadres), hogy az UWV és a Belastingdienst levelei továbbra is eljussanak Önhöz. Lásd a bejelentkezésről szóló útmutatót.
        Ingyenes jogi tanácsadás: Juridisch Loket, juridischloket.nl. Szakszervezet: FNV, fnv.nl.

## Guide: registering
guide-registering = Bejelentkezés az önkormányzatnál (gemeente)
    .summary = Bejelentkezés időben, levelezési cím (briefadres), ha nincs lakása, RNI rövid tartózkodáshoz és kijelentkezés, ha elhagyja Hollandiát.
guide-registering-arrive = Jelentkezzen be { $brp-register-within-days } napon belül
    .body =
        Ha { $brp-stay-period-months } hónapon belül { $rni-max-stay-months } hónapnál hosszabb ideig fog Hollandiában lakni, be kell jelentkeznie annál az önkormányzatnál (gemeente), ahol lakik. Tegye meg a megérkezése után { $brp-register-within-days } napon belül. Ekkor bekerül a személyi nyilvántartásba (Basisregistratie Personen, BRP).
        - Kérjen időpontot az önkormányzatnál, és vigye magával az útlevelét vagy a személyi igazolványát.
        - A partnerének és a gyermekeinek, akik Önnel élnek, szintén el kell jönniük.
        - Kap egy személyi számot (burgerservicenummer, BSN), ha még nincs.
        Ha tartózkodási engedélyre vár, vagy a személyazonosságát még vizsgálják, ez a határidő nem vonatkozik Önre. Kérdezze meg az önkormányzatot.
guide-registering-no-address = Nincs lakcíme: briefadres
    .body =
        Ha nincs állandó lakcíme, például mert elveszítette a lakását, bejelentkezhet egy levelezési címre (briefadres). Ez egy olyan személy vagy szervezet címe, aki vállalja, hogy átveszi a leveleit.
        - Kérdezze meg az önkormányzatot (gemeente), hogyan kaphat briefadrest.
        - Így az UWV, a Belastingdienst és a CAK levelei továbbra is eljutnak Önhöz.
        Szóljon az önkormányzatnak, ha újra van lakcíme.
guide-registering-short-stay = Rövid tartózkodás: RNI
    .body =
        Ha { $rni-max-stay-months } hónapnál rövidebb ideig marad Hollandiában, regisztráljon a nem itt lakók nyilvántartásában (Registratie Niet-ingezetenen, RNI) egy RNI-ügyfélszolgálaton. Ott BSN-számot is kap.
        Ha mégis tovább marad, { $brp-register-within-days } napon belül jelentkezzen be az önkormányzatnál (gemeente).
guide-registering-leaving = Ha elhagyja Hollandiát
    .body =
        Ha egy éven belül { $brp-departure-months } hónapig vagy tovább külföldön fog élni, jelentse be a távozását (aangifte van vertrek) az önkormányzatnál (gemeente).
        - Legkorábban { $brp-departure-days } nappal az elutazása előtt tegye meg, korábban nem.
        - Ha már külföldön van, jelentse be minél előbb online, DigiD-vel. A költözés napjának az a nap számít, amikor az önkormányzat megkapja a bejelentést.
        - Ha már nem dolgozik Hollandiában, ezután mondja fel a holland egészségbiztosítását (zorgverzekering), és őrizze meg a kijelentkezés igazolását.
        Ha csak szabadságra megy haza, az nem távozás: bejelentve marad.
