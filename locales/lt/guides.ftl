# Werkmaat: rights guides (Lithuanian), translated from the English reference.
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.
# Each guide: guide-<id> (title) with .summary; each section: guide-<id>-<section> (heading) with .body.
# Every number, amount, date, time and phone number is a fact variable ($fact-id) from
# core/content/facts.json, written the locale's way by Werkmaat: no digits in the text itself.
# Form of address: polite "jūs" (imperatives in -kite), as in ui.ftl. Count facts use the
# Lithuanian plural categories one/few/many/other; the genitive "metų" needs no selector.

## Guide: arriving
guide-arriving = Atvykimas į Nyderlandus
    .summary = Jūsų piliečio aptarnavimo numeris (BSN), registracija RNI arba BRP ir jūsų DigiD prisijungimas.
guide-arriving-bsn = Jūsų piliečio aptarnavimo numeris (BSN)
    .body =
        Nyderlanduose jums reikia piliečio aptarnavimo numerio (burgerservicenummer, BSN). Jo reikia jūsų darbdaviui ar įdarbinimo agentūrai, kad galėtų jums mokėti atlyginimą. Jo taip pat reikės, kai kursite DigiD ir kai skambinsite gydytojui.
        BSN gaunate, kai užsiregistruojate. Kaip registruotis, priklauso nuo to, kiek laiko čia būsite.
        Dokumentą su savo BSN laikykite saugioje vietoje.
guide-arriving-register = Registracija: RNI arba BRP
    .body =
        - Būsite čia trumpiau nei { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } mėnesį
            [few] { $rni-max-stay-months } mėnesius
            [many] { $rni-max-stay-months } mėnesio
           *[other] { $rni-max-stay-months } mėnesių
        }: registruokitės Nerezidentų registre (Registratie Niet-ingezetenen, RNI). RNI punktų (RNI-loket) yra { $rni-desks }, pavyzdžiui, šiuose miestuose: Amsterdam, Rotterdam, Den Haag, Utrecht, Eindhoven, Venlo, Groningen ir Zwolle.
        - Per { $brp-stay-period-months ->
            [one] { $brp-stay-period-months } mėnesį
            [few] { $brp-stay-period-months } mėnesius
            [many] { $brp-stay-period-months } mėnesio
           *[other] { $brp-stay-period-months } mėnesių
        } Nyderlanduose gyvensite ilgiau nei { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } mėnesį
            [few] { $rni-max-stay-months } mėnesius
            [many] { $rni-max-stay-months } mėnesio
           *[other] { $rni-max-stay-months } mėnesių
        }: registruokitės kaip gyventojas Gyventojų registre (Basisregistratie Personen, BRP) savivaldybėje (gemeente), kurioje gyvenate. Įstatymas tam duoda { $brp-register-within-days ->
            [one] { $brp-register-within-days } dieną
            [few] { $brp-register-within-days } dienas
            [many] { $brp-register-within-days } dienos
           *[other] { $brp-register-within-days } dienų
        } nuo atvykimo. Jei iš pradžių užsiregistravote RNI, o paskui liekate ilgiau, registruokitės ir savivaldybėje (gemeente).
        Registracija RNI nemokama, o BSN gaunate iš karto. Paklauskite punkte, kokius dokumentus atsinešti.
        Jei nekalbate olandiškai, angliškai ar vokiškai, atsiveskite savo vertėją.
        Daugiau sužinosite vadove apie registraciją savivaldybėje (gemeente), taip pat ką daryti, jei neturite adreso.
guide-arriving-digid = Jūsų DigiD prisijungimas
    .body =
        DigiD – tai jūsų asmeninis prisijungimas prie Nyderlandų valstybės įstaigų paslaugų, pavyzdžiui, Mijn UWV ir paramos sveikatos draudimui (zorgtoeslag).
        Jei esate užsiregistravę RNI ir turite Europos ekonominės erdvės (EEE) šalies pilietybę:
        - pateikite prašymą svetainėje digid.nl ir pasirinkite „Ik woon buiten Nederland“ (gyvenu ne Nyderlanduose);
        - jums reikės galiojančio EEE šalies paso ar asmens tapatybės kortelės (vairuotojo pažymėjimas netinka), savo BSN, mobiliojo telefono ir el. pašto adreso;
        - tada gausite atsiėmimo kodą (baliecode). Jis galioja { $digid-activation-days ->
            [one] { $digid-activation-days } dieną
            [few] { $digid-activation-days } dienas
            [many] { $digid-activation-days } dienos
           *[other] { $digid-activation-days } dienų
        }. Per tą laiką atsiimkite aktyvinimo kodą DigiD punkte (jų yra, pavyzdžiui, šiuose miestuose: Den Haag, Maastricht, Schiphol, Enschede, Echt-Susteren).
        - Vaizdo skambutis su Nederland Wereldwijd galimas tik tada, jei skambučio metu esate ne Nyderlanduose. Jei esate Nyderlanduose, eikite į DigiD punktą.
        Jei esate užsiregistravę BRP, prašymą pateikite svetainėje digid.nl ir nurodykite savo adresą Nyderlanduose.
        Jūsų DigiD skirtas tik jums. Savo prisijungimo duomenų neduokite darbdaviui, agentūrai ar nuomotojui.
guide-arriving-help = Kiti žingsniai ir pagalba
    .body =
        - Per { $insure-within-months ->
            [one] { $insure-within-months } mėnesį
            [few] { $insure-within-months } mėnesius
            [many] { $insure-within-months } mėnesio
           *[other] { $insure-within-months } mėnesių
        } nuo tada, kai pradėjote čia dirbti ar gyventi, apsidrauskite Nyderlandų sveikatos draudimu (zorgverzekering). Jums padės Werkmaat draudimo patikros sąrašas.
        - Klausimai dėl registracijos: jūsų savivaldybė (gemeente) arba rvig.nl.
        - Klausimai dėl DigiD: digid.nl.
        - Work in NL turi informacijos punktus ES darbo migrantams kiekviename darbo rinkos regione: workinnl.nl.

## Guide: contract
guide-contract = Darbo sutartis ir darbas per įdarbinimo agentūrą
    .summary = Darbo per agentūrą sutarties etapai, agentūros sąlyga, nauja agentūrų darbuotojų kolektyvinė sutartis (CAO) ir agentūrų licencija.
guide-contract-phases = Darbo per agentūrą etapai
    .body =
        Agentūrų darbuotojų kolektyvinė sutartis (CAO voor Uitzendkrachten) darbą skirsto į etapus:
        - A etapas: iki { $phase-a-max-weeks ->
            [one] { $phase-a-max-weeks } savaitės
            [few] { $phase-a-max-weeks } savaičių
            [many] { $phase-a-max-weeks } savaitės
           *[other] { $phase-a-max-weeks } savaičių
        }, kuriomis dirbote. Apmokamų atostogų savaitės irgi skaičiuojamos.
        - B etapas: iki { $phase-b-max-years } metų ir iki { $phase-b-max-contracts ->
            [one] { $phase-b-max-contracts } terminuotos sutarties
            [few] { $phase-b-max-contracts } terminuotų sutarčių
            [many] { $phase-b-max-contracts } terminuotos sutarties
           *[other] { $phase-b-max-contracts } terminuotų sutarčių
        } (contract voor bepaalde tijd).
        - C etapas: neterminuota sutartis (contract voor onbepaalde tijd).
        Jei tarp darbų buvo ilgesnė nei { $phase-reset-break-months ->
            [one] { $phase-reset-break-months } mėnesio
            [few] { $phase-reset-break-months } mėnesių
            [many] { $phase-reset-break-months } mėnesio
           *[other] { $phase-reset-break-months } mėnesių
        } pertrauka, etapai skaičiuojami iš naujo. Planuojamas įstatymas (Wet meer zekerheid flexwerkers) gali B etapą sutrumpinti, o šią pertrauką pailginti. Tai dar nėra tikra.
        Raštu paklauskite agentūros, kuriame etape esate.
guide-contract-clause = Agentūros sąlyga (uitzendbeding)
    .body =
        A etapo sutartyje gali būti agentūros sąlyga (uitzendbeding). Tada jūsų sutartis baigiasi savaime, kai įmonė, kurioje dirbate (inlener), nusprendžia, kad jūsų darbas pas ją baigiasi.
        Nuo { $uitzendbeding-sickness-date } ši sąlyga nebegali nutraukti jūsų sutarties dėl to, kad sergate. Jūsų sutartis galioja iki joje nurodytos pabaigos datos, ir agentūra iki tol moka jums atlyginimą.
        Po { $uitzendbeding-notice-after-weeks ->
            [one] { $uitzendbeding-notice-after-weeks } savaitės
            [few] { $uitzendbeding-notice-after-weeks } savaičių
            [many] { $uitzendbeding-notice-after-weeks } savaitės
           *[other] { $uitzendbeding-notice-after-weeks } savaičių
        } darbo agentūra apie darbo pabaigą turi jums pranešti ne vėliau kaip prieš { $uitzendbeding-notice-days ->
            [one] { $uitzendbeding-notice-days } dieną
            [few] { $uitzendbeding-notice-days } dienas
            [many] { $uitzendbeding-notice-days } dienos
           *[other] { $uitzendbeding-notice-days } dienų
        }.
guide-contract-new-cao = Nauja agentūrų kolektyvinė sutartis (CAO)
    .body =
        Nuo { $cao-2026-start } galioja nauja CAO voor Uitzendkrachten. Agentūrų organizacijos ją sudarė su profesine sąjunga LBV. Profesinės sąjungos FNV ir CNV šioje sutartyje nedalyvauja.
        - Turite teisę į atlyginimą ir darbo sąlygas, lygiaverčius (gelijkwaardig) tiems, kuriuos gauna tos įmonės, kurioje dirbate, darbuotojai, dirbantys panašų darbą. Tai apima atlyginimą, priedus, atostogas, ligos taisykles ir mokymus.
        - Yra viena pensijų sistema. Pensiją kaupiate nuo pirmos darbo dienos.
        - Nulinių valandų sutartys (nulurencontracten) panaikinamos.
        - Senosios CAO priedai, pavyzdžiui, papildomos atostogų dienos ar didesnis atlyginimas sergant, gali išnykti, jei įmonė, kurioje dirbate, jų neteikia.
        Dar ne visos smulkmenos aiškios. Raštu paklauskite agentūros, koks atlyginimas ir kokios sąlygos taikomi jums.
guide-contract-licence = Agentūrų licencija (Wtta)
    .body =
        Pagal naują įstatymą (Wtta) agentūroms reikia licencijos.
        - Įstatymas įsigalioja { $wtta-start }, todėl agentūros turi pateikti prašymą dar iki šios datos.
        - Nuo { $wtta-enforcement-start } Nyderlandų darbo inspekcija (Nederlandse Arbeidsinspectie) gali skirti baudas agentūroms be licencijos ir įmonėms, kurios naudojasi jų paslaugomis.
        - Kad gautų licenciją, agentūra turi sumokėti { $wtta-deposit } užstatą ir įrodyti, kad laikosi taisyklių, pavyzdžiui, kad moka minimalų atlyginimą.
        Paklauskite agentūros, ar ji užregistruota: ar ji turi licenciją arba ar pateikė prašymą jai gauti. Mums nepavyko patvirtinti, kur tai galite patikrinti patys.
guide-contract-help = Kas gali padėti
    .body =
        - Juridisch Loket, nemokama teisinė konsultacija: juridischloket.nl.
        - FNV, profesinė sąjunga: fnv.nl.
        - Arbeidsinspectie (darbo inspekcija): { $nla-phone }, nlarbeidsinspectie.nl.
        - Work in NL informacijos punktai: workinnl.nl.
        Saugokite savo sutartis, algalapius ir visas agentūros žinutes.

## Guide: pay
guide-pay = Atlyginimas
    .summary = Minimalus atlyginimas, atostoginiai, atostogos, jūsų algalapis ir ką darbdavys gali išskaičiuoti iš jūsų atlyginimo.
guide-pay-minimum = Minimalus atlyginimas
    .body =
        Nuo { $minimum-wage-adult-age } metų jums turi būti mokamas bent įstatyme nustatytas minimalus atlyginimas (minimumloon): { $minimum-wage-hour } bruto už valandą.
        Minimalus atlyginimas keičiasi kiekvienų metų sausį ir liepą. Aukščiau nurodyta suma gali būti pasenusi: šiandienos sumą patikrinkite svetainėje rijksoverheid.nl.
        Darbuotojams, jaunesniems nei { $minimum-wage-adult-age } metų, minimalus atlyginimas mažesnis. Jis priklauso nuo amžiaus.
        Minimalus atlyginimas galioja ir tada, kai mokama už pagamintą kiekį (stukloon), ir už viršvalandžius. Įstatymas nenumato papildomo užmokesčio už viršvalandžius. Jūsų CAO ar sutartis gali numatyti daugiau.
guide-pay-holiday = Atostoginiai ir atostogos
    .body =
        - Atostoginiai (vakantiegeld): ne mažiau kaip { $holiday-allowance-percent } jūsų bruto atlyginimo. Juos gaunate bent kartą per metus, dažniausiai gegužę arba birželį. Pagal CAO, taip pat ir dirbant per agentūrą, jie gali būti mokami kas mėnesį.
        - Atostogos (vakantiedagen): kasmet ne mažiau kaip { $leave-weeks-per-year ->
            [one] { $leave-weeks-per-year } kartą
            [few] { $leave-weeks-per-year } kartus
            [many] { $leave-weeks-per-year } karto
           *[other] { $leave-weeks-per-year } kartų
        } tiek valandų, kiek dirbate per savaitę. Jei dirbate visą darbo laiką, tai yra { $leave-days-full-time ->
            [one] { $leave-days-full-time } dienos
            [few] { $leave-days-full-time } dienų
            [many] { $leave-days-full-time } dienos
           *[other] { $leave-days-full-time } dienų
        } atostogos.
        - Įstatyme nustatytos atostogų dienos nebegalioja po { $leave-lapse-months ->
            [one] { $leave-lapse-months } mėnesio
            [few] { $leave-lapse-months } mėnesių
            [many] { $leave-lapse-months } mėnesio
           *[other] { $leave-lapse-months } mėnesių
        } nuo tų metų, kuriais jas užsidirbote, pabaigos.
guide-pay-payslip = Tikrinkite savo algalapį (loonstrook)
    .body =
        Kiekvieną kartą patikrinkite savo algalapį (loonstrook):
        - valandas: palyginkite jas su savo užrašais, pavyzdžiui, Werkmaat dienoraštyje;
        - valandinį atlyginimą: ar jis ne mažesnis nei minimalus atlyginimas jūsų amžiui;
        - atostoginius ir atostogas: ar jie išmokėti, ar kaupiami jums?
        - išskaitas (inhoudingen): kas buvo išskaičiuota iš jūsų atlyginimo ir kodėl.
        Jei kas nors neteisinga, raštu paprašykite agentūros tai ištaisyti. Saugokite visus algalapius.
guide-pay-deductions = Ką galima išskaičiuoti iš jūsų atlyginimo
    .body =
        Nuo { $deductions-forbidden-since } darbdavys negali išskaičiuoti pinigų iš jūsų minimalaus atlyginimo ir negali jo sąskaita dengti jokių išlaidų. Vienintelės išimtys – būstas ir sveikatos draudimas, ir tik tada, jei davėte rašytinį sutikimą (volmacht).
        - Būstas: ne daugiau kaip { $housing-deduction-max-percent } jums taikomo bruto minimalaus atlyginimo. Vyriausybė planavo šią ribą mažinti palaipsniui. { $housing-phaseout-stopped-date } ji šį planą kol kas sustabdė, bet riba dar gali keistis.
        - Sveikatos draudimas: ne daugiau kaip { $insurance-deduction-max-year } per metus (ši riba keičiasi kasmet) ir niekada ne daugiau, nei draudimo įmoka pagal jūsų polisą. Polisas turi būti jūsų vardu, ir jo kopiją turite duoti darbdaviui.
        Rašytiniame sutikime (volmacht) turi būti nurodyta:
        - jūsų vardas ir pavardė bei darbdavio pavadinimas;
        - suma;
        - kokioms išlaidoms jis skirtas, pavyzdžiui, nuomai, paslaugų mokesčiams ir energijai ar vandeniui, jei jums įrengtas atskiras skaitiklis.
guide-pay-help = Kas gali padėti
    .body =
        - Mokama mažiau nei minimalus atlyginimas: Nyderlandų darbo inspekcija (Nederlandse Arbeidsinspectie), { $nla-phone }, nlarbeidsinspectie.nl.
        - Nemokama teisinė konsultacija: Juridisch Loket, juridischloket.nl.
        - Profesinė sąjunga: FNV, fnv.nl.

## Guide: hours
guide-hours = Darbo laikas ir poilsis
    .summary = Kiek laiko galite dirbti ir koks poilsis bei pertraukos jums priklauso.
guide-hours-limits = Kiek laiko galite dirbti
    .body =
        Darbo laiko įstatymas (Arbeidstijdenwet) nustato ribas suaugusiesiems. Galite dirbti:
        - iki { $max-shift-hours ->
            [one] { $max-shift-hours } valandos
            [few] { $max-shift-hours } valandų
            [many] { $max-shift-hours } valandos
           *[other] { $max-shift-hours } valandų
        } per vieną pamainą;
        - iki { $max-week-hours ->
            [one] { $max-week-hours } valandos
            [few] { $max-week-hours } valandų
            [many] { $max-week-hours } valandos
           *[other] { $max-week-hours } valandų
        } per vieną savaitę;
        - per { $average-short-period-weeks ->
            [one] { $average-short-period-weeks } savaitės
            [few] { $average-short-period-weeks } savaičių
            [many] { $average-short-period-weeks } savaitės
           *[other] { $average-short-period-weeks } savaičių
        } laikotarpį – vidutiniškai iki { $average-short-period-hours ->
            [one] { $average-short-period-hours } valandos
            [few] { $average-short-period-hours } valandų
            [many] { $average-short-period-hours } valandos
           *[other] { $average-short-period-hours } valandų
        } per savaitę;
        - per { $average-long-period-weeks ->
            [one] { $average-long-period-weeks } savaitės
            [few] { $average-long-period-weeks } savaičių
            [many] { $average-long-period-weeks } savaitės
           *[other] { $average-long-period-weeks } savaičių
        } laikotarpį – vidutiniškai iki { $average-long-period-hours ->
            [one] { $average-long-period-hours } valandos
            [few] { $average-long-period-hours } valandų
            [many] { $average-long-period-hours } valandos
           *[other] { $average-long-period-hours } valandų
        } per savaitę.
        Jūsų CAO gali turėti savo taisyklių, bet jos negali viršyti įstatymo ribų.
guide-hours-rest = Poilsis tarp pamainų ir per savaitę
    .body =
        - Kasdienis poilsis (dagelijkse rusttijd): po darbo dienos jums priklauso bent { $daily-rest-hours ->
            [one] { $daily-rest-hours } valandos
            [few] { $daily-rest-hours } valandų
            [many] { $daily-rest-hours } valandos
           *[other] { $daily-rest-hours } valandų
        } nepertraukiamas poilsis. Kartą per { $rest-period-days ->
            [one] { $rest-period-days } dieną
            [few] { $rest-period-days } dienas
            [many] { $rest-period-days } dienos
           *[other] { $rest-period-days } dienų
        } šis poilsis gali būti trumpesnis, bet tik jei to reikia dėl darbo. Tada jis turi būti bent { $daily-rest-shortened-hours ->
            [one] { $daily-rest-shortened-hours } valandos
            [few] { $daily-rest-shortened-hours } valandų
            [many] { $daily-rest-shortened-hours } valandos
           *[other] { $daily-rest-shortened-hours } valandų
        } trukmės.
        - Savaitinis poilsis (wekelijkse rusttijd): per kiekvieną { $rest-period-days ->
            [one] { $rest-period-days } dienos
            [few] { $rest-period-days } dienų
            [many] { $rest-period-days } dienos
           *[other] { $rest-period-days } dienų
        } laikotarpį jums priklauso bent { $weekly-rest-hours ->
            [one] { $weekly-rest-hours } valandos
            [few] { $weekly-rest-hours } valandų
            [many] { $weekly-rest-hours } valandos
           *[other] { $weekly-rest-hours } valandų
        } nepertraukiamas poilsis arba per kiekvieną { $weekly-rest-long-period-days ->
            [one] { $weekly-rest-long-period-days } dienos
            [few] { $weekly-rest-long-period-days } dienų
            [many] { $weekly-rest-long-period-days } dienos
           *[other] { $weekly-rest-long-period-days } dienų
        } laikotarpį – bent { $weekly-rest-long-period-hours ->
            [one] { $weekly-rest-long-period-hours } valandos
            [few] { $weekly-rest-long-period-hours } valandų
            [many] { $weekly-rest-long-period-hours } valandos
           *[other] { $weekly-rest-long-period-hours } valandų
        } poilsis. Šį { $weekly-rest-long-period-hours ->
            [one] { $weekly-rest-long-period-hours } valandos
            [few] { $weekly-rest-long-period-hours } valandų
            [many] { $weekly-rest-long-period-hours } valandos
           *[other] { $weekly-rest-long-period-hours } valandų
        } poilsį galima padalyti į dalis, kurių kiekviena turi būti bent { $weekly-rest-min-block-hours ->
            [one] { $weekly-rest-min-block-hours } valandos
            [few] { $weekly-rest-min-block-hours } valandų
            [many] { $weekly-rest-min-block-hours } valandos
           *[other] { $weekly-rest-min-block-hours } valandų
        } trukmės.
guide-hours-breaks = Pertraukos (pauze)
    .body =
        - Jei jūsų pamaina ilgesnė nei { $break-threshold-hours ->
            [one] { $break-threshold-hours } valanda
            [few] { $break-threshold-hours } valandos
            [many] { $break-threshold-hours } valandos
           *[other] { $break-threshold-hours } valandų
        }, jums priklauso bent { $break-minutes ->
            [one] { $break-minutes } minutės
            [few] { $break-minutes } minučių
            [many] { $break-minutes } minutės
           *[other] { $break-minutes } minučių
        } pertrauka. Ją galite padalyti į dalis, kurių kiekviena turi būti bent { $break-part-minutes ->
            [one] { $break-part-minutes } minutės
            [few] { $break-part-minutes } minučių
            [many] { $break-part-minutes } minutės
           *[other] { $break-part-minutes } minučių
        } trukmės.
        - Jei jūsų pamaina ilgesnė nei { $long-day-threshold-hours ->
            [one] { $long-day-threshold-hours } valanda
            [few] { $long-day-threshold-hours } valandos
            [many] { $long-day-threshold-hours } valandos
           *[other] { $long-day-threshold-hours } valandų
        }, jums priklauso bent { $long-day-break-minutes ->
            [one] { $long-day-break-minutes } minutės
            [few] { $long-day-break-minutes } minučių
            [many] { $long-day-break-minutes } minutės
           *[other] { $long-day-break-minutes } minučių
        } pertrauka; ją galima padalyti į dalis, kurių kiekviena turi būti bent { $break-part-minutes ->
            [one] { $break-part-minutes } minutės
            [few] { $break-part-minutes } minučių
            [many] { $break-part-minutes } minutės
           *[other] { $break-part-minutes } minučių
        } trukmės.
        Už pertraukas nemokama, nebent jūsų sutartyje ar CAO nurodyta kitaip.
guide-hours-night = Naktinės pamainos (nachtdienst)
    .body =
        Mums nepavyko iki galo patvirtinti šių taisyklių: mūsų šaltiniai senesni. Kad būtumėte tikri, paklauskite Arbeidsinspectie arba profesinės sąjungos.
        - Naktinė pamaina gali trukti iki { $night-shift-max-hours ->
            [one] { $night-shift-max-hours } valandos
            [few] { $night-shift-max-hours } valandų
            [many] { $night-shift-max-hours } valandos
           *[other] { $night-shift-max-hours } valandų
        }.
        - Per { $night-shifts-period-weeks ->
            [one] { $night-shifts-period-weeks } savaitės
            [few] { $night-shifts-period-weeks } savaičių
            [many] { $night-shifts-period-weeks } savaitės
           *[other] { $night-shifts-period-weeks } savaičių
        } laikotarpį galite dirbti iki { $night-shifts-max ->
            [one] { $night-shifts-max } naktinės pamainos
            [few] { $night-shifts-max } naktinių pamainų
            [many] { $night-shifts-max } naktinės pamainos
           *[other] { $night-shifts-max } naktinių pamainų
        }.
        - Per { $night-shifts-period-weeks ->
            [one] { $night-shifts-period-weeks } savaitės
            [few] { $night-shifts-period-weeks } savaičių
            [many] { $night-shifts-period-weeks } savaitės
           *[other] { $night-shifts-period-weeks } savaičių
        } laikotarpį vidutiniškai galite dirbti iki { $night-average-hours ->
            [one] { $night-average-hours } valandos
            [few] { $night-average-hours } valandų
            [many] { $night-average-hours } valandos
           *[other] { $night-average-hours } valandų
        } per savaitę.
guide-hours-record = Užsirašykite darbo laiką ir kreipkitės pagalbos
    .body =
        Kasdien užsirašykite, kada pradedate ir kada baigiate dirbti ir kiek trunka jūsų pertraukos. Jums padės Werkmaat dienoraštis. Palyginkite savo užrašus su algalapiu.
        Jei turite dirbti per ilgai arba gaunate per mažai poilsio, kreipkitės į Nyderlandų darbo inspekciją (Nederlandse Arbeidsinspectie):
        - { $nla-phone } (nemokamai), o iš užsienio – { $nla-phone-abroad };
        - nlarbeidsinspectie.nl.
        Patarimo taip pat galite kreiptis į FNV (fnv.nl) arba Juridisch Loket (juridischloket.nl).

## Guide: housing
guide-housing = Darbdavio suteiktas būstas
    .summary = Nuoma, išskaičiuojama iš atlyginimo, būsto kokybės taisyklės ir ką daryti, kai baigiasi darbas.
guide-housing-deduction = Nuoma, išskaičiuojama iš atlyginimo
    .body =
        Darbdavys gali išskaičiuoti nuomą iš jūsų minimalaus atlyginimo tik turėdamas jūsų rašytinį sutikimą (volmacht) ir ne daugiau kaip { $housing-deduction-max-percent } jums taikomo bruto minimalaus atlyginimo.
        Sutikime (volmacht) turi būti nurodyta jūsų vardas ir pavardė, darbdavio pavadinimas, suma ir kokioms išlaidoms jis skirtas: nuomai, paslaugų mokesčiams ir energijai ar vandeniui, jei jums įrengtas atskiras skaitiklis.
        Vyriausybė planavo šią ribą sumažinti. Ji šį planą kol kas sustabdė, bet riba dar gali keistis.
guide-housing-quality = Būsto taisyklės
    .body =
        Nuomą iš atlyginimo galima išskaičiuoti tik tada, jei būstas atitinka kokybės taisyklę:
        - tai socialinio būsto bendrovės (woningcorporatie) būstas; arba
        - jis atitinka CAO kokybės standartą, o nuomotojas turi šio standarto sertifikatą. Agentūroms tai yra SNF standartas (SNF-norm).
        Naujojoje agentūrų CAO lieka balų sistema, pagal kurią vertinama darbo migrantų būsto kaina ir kokybė.
        Raštu paprašykite agentūros ar nuomotojo parodyti, kad būstas sertifikuotas.
guide-housing-papers = Atskira nuomos sutartis
    .body =
        Jūsų būstas ir jūsų darbas – skirtingi dalykai. Jei esate darbo migrantas iš kitos ES šalies ir jūsų nuoma prasidėjo { $wgv-separate-contract-since } ar vėliau, įstatymas (Wet goed verhuurderschap) reikalauja, kad nuomos sutartis (huurcontract) būtų atskiras dokumentas, o ne darbo sutarties (arbeidsovereenkomst) dalis.
        - Todėl nuoma savaime nesibaigia, kai baigiasi darbas.
        - Nuomotojas taip pat privalo raštu jums paaiškinti jūsų teises ir pareigas jums suprantama kalba.
        - Jei gavote vieną bendrą sutartį ir darbui, ir būstui, raštu paprašykite atskiros nuomos sutarties.
        Saugokite nuomos sutarties, sutikimo (volmacht) ir visų žinučių apie būstą kopijas.
guide-housing-job-ends = Kai baigiasi darbas
    .body =
        Jei darbdavys jums suteikia ir būstą, ir sveikatos draudimą, baigiantis darbui galite netekti abiejų iš karto.
        Turint atskirą nuomos sutartį, nuoma nesibaigia vien todėl, kad baigiasi darbas. Senesnėje agentūrų CAO buvo žadama, kad po sutarties pabaigos dar kelias savaites galėsite gyventi būste. Mums nepavyko patvirtinti, ar tai vis dar galioja pagal naująją CAO. Raštu paklauskite agentūros, kiek laiko galite likti.
        Sveikatos draudimas per agentūrą dažnai baigiasi kartu su darbu. Jei liekate Nyderlanduose, privalote likti apdrausti: apsidrauskite sveikatos draudimu (zorgverzekering) patys. Ir kol gaunate Nyderlandų ligos išmoką (Ziektewet) ar nedarbo išmoką (WW), privalote būti apdrausti: patikrinkite, ar jūsų polisas dar galioja, ir jo nenutraukite.
        Taip pat žr. vadovą apie darbo netekimą.
guide-housing-help = Ką daryti ir kas gali padėti
    .body =
        - Klausimus užduokite raštu, pavyzdžiui, el. paštu, ir saugokite atsakymus bei visus dokumentus.
        - Juridisch Loket, nemokama teisinė konsultacija: juridischloket.nl.
        - FNV, profesinė sąjunga: fnv.nl.
        - Work in NL informacijos punktai: workinnl.nl.
        - Jūsų savivaldybė (gemeente): paklauskite, kokia pagalba teikiama, jei netenkate būsto.
        - Klausimai dėl sveikatos draudimo: Zorgverzekeringslijn, { $zvl-phone }, zorgverzekeringslijn.nl.
        Jei kas nors, pasinaudodamas jūsų būstu, verčia jus dirbti, kreipkitės į FairWork (fairwork.nu). Jei gresia pavojus, skambinkite { $emergency-phone }.

## Guide: sickness
guide-sickness = Liga
    .summary = Kaip pranešti apie ligą, koks atlyginimas mokamas sergant ir ką UWV daro agentūrų darbuotojams.
guide-sickness-report = Pranešimas apie ligą
    .body =
        - Apie ligą praneškite agentūrai kuo greičiau ir ne vėliau kaip iki { $report-sick-before }.
        - Likite namie ir būkite pasiekiami iki { $stay-home-until }. UWV gali jus patikrinti.
        - Jei sergant gyvenate kitu adresu, nurodykite tą adresą (verpleegadres).
        - Bendradarbiaukite, kad galėtumėte grįžti į darbą (re-integratie).
        Tai įprastos taisyklės agentūrų sektoriuje. Jūsų agentūra gali turėti savo taisykles: paprašykite jų raštu.
guide-sickness-pay = Atlyginimas, kai sergate
    .body =
        - Sergant darbdavys iki { $sick-pay-max-weeks ->
            [one] { $sick-pay-max-weeks } savaitės
            [few] { $sick-pay-max-weeks } savaičių
            [many] { $sick-pay-max-weeks } savaitės
           *[other] { $sick-pay-max-weeks } savaičių
        } moka jums ne mažiau kaip { $sick-pay-percent } atlyginimo.
        - Per { $sick-pay-minimum-wage-weeks ->
            [one] { $sick-pay-minimum-wage-weeks } savaitės
            [few] { $sick-pay-minimum-wage-weeks } savaičių
            [many] { $sick-pay-minimum-wage-weeks } savaitės
           *[other] { $sick-pay-minimum-wage-weeks } savaičių
        } laikotarpį nuo ligos pradžios gaunate ne mažiau nei minimalų atlyginimą.
        - Laukimo dienų (wachtdagen), už kurias nemokama, gali būti ne daugiau kaip { $waiting-days-max }, ir tik jei tai numatyta jūsų sutartyje ar CAO.
        Daugelyje CAO numatyta daugiau. Pagal naująją agentūrų CAO jūsų atlyginimui sergant gali būti taikomos įmonės, kurioje dirbate, taisyklės, bet niekada ne mažiau, nei numato įstatymas.
guide-sickness-agency = Agentūrų darbuotojai ir UWV
    .body =
        Jei jūsų agentūra laikosi agentūrų CAO, ji negali nutraukti jūsų sutarties dėl to, kad sergate. Kol galioja sutartis, ji toliau moka jums atlyginimą.
        Jei sutarčiai pasibaigus vis dar sergate, agentūra arba darbdavys apie tai praneša UWV, ir jūs galite gauti ligos išmoką (Ziektewet). Kai kurios agentūros šią išmoką moka pačios (eigenrisicodrager).
        Jei agentūra laiku nepraneša UWV apie jūsų ligą, galite patys pranešti UWV apie ligą telefonu: UWV Telefoon Werknemers. Mums nepavyko patvirtinti šio numerio: suraskite jį svetainėje uwv.nl.
        Savo pranešimą apie ligą rasite Mijn UWV. Prisijungiate su DigiD.
guide-sickness-after-contract = Liga pasibaigus sutarčiai (Ziektewet)
    .body =
        Jei susergate per { $sick-after-contract-weeks ->
            [one] { $sick-after-contract-weeks } savaitę
            [few] { $sick-after-contract-weeks } savaites
            [many] { $sick-after-contract-weeks } savaitės
           *[other] { $sick-after-contract-weeks } savaičių
        } nuo sutarties pabaigos, niekas už jus apie tai nepraneš: apie ligą UWV praneškite patys. Padarykite tai pirmąją ligos dieną, ne vėliau kaip per { $report-sick-uwv-days ->
            [one] { $report-sick-uwv-days } dieną
            [few] { $report-sick-uwv-days } dienas
            [many] { $report-sick-uwv-days } dienos
           *[other] { $report-sick-uwv-days } dienų
        }. Skambinkite UWV Telefoon Werknemers.
        Jei gaunate WW, apie ligą praneškite Mijn UWV, taip pat per { $report-sick-uwv-days ->
            [one] { $report-sick-uwv-days } dieną
            [few] { $report-sick-uwv-days } dienas
            [many] { $report-sick-uwv-days } dienos
           *[other] { $report-sick-uwv-days } dienų
        }.
        - Ziektewet išmoka yra { $ziektewet-percent } jūsų dienos uždarbio (dagloon) – kiek vidutiniškai uždirbdavote per dieną metais prieš susirgdami.
        - Minimumo nėra: išmoka gali būti mažesnė už minimalų atlyginimą. Jei jūsų namų ūkiui neužtenka pinigų pragyventi, paprašykite UWV priedo (toeslag).
        - Ziektewet mokama ne ilgiau kaip { $ziektewet-max-weeks ->
            [one] { $ziektewet-max-weeks } savaitę
            [few] { $ziektewet-max-weeks } savaites
            [many] { $ziektewet-max-weeks } savaitės
           *[other] { $ziektewet-max-weeks } savaičių
        }. Kai sergate maždaug { $ezwb-week ->
            [one] { $ezwb-week } savaitę
            [few] { $ezwb-week } savaites
            [many] { $ezwb-week } savaitės
           *[other] { $ezwb-week } savaičių
        }, UWV patikrina, kiek dar galite uždirbti. Jei netekote mažiau nei { $wia-threshold-percent } darbingumo, Ziektewet sustabdoma po mėnesio.
guide-sickness-long = Jei sergate ilgai
    .body =
        WIA išmoka gali prasidėti po { $sick-pay-max-weeks ->
            [one] { $sick-pay-max-weeks } savaitės
            [few] { $sick-pay-max-weeks } savaičių
            [many] { $sick-pay-max-weeks } savaitės
           *[other] { $sick-pay-max-weeks } savaičių
        } ligos. Prašymą turite pateikti anksčiau, kol dar sergate:
        - Kai sergate maždaug { $wia-letter-week ->
            [one] { $wia-letter-week } savaitę
            [few] { $wia-letter-week } savaites
            [many] { $wia-letter-week } savaitės
           *[other] { $wia-letter-week } savaičių
        }, UWV atsiųs jums laišką.
        - Prašymą pateikite, kai sergate ne trumpiau nei { $wia-letter-week ->
            [one] { $wia-letter-week } savaitę
            [few] { $wia-letter-week } savaites
            [many] { $wia-letter-week } savaitės
           *[other] { $wia-letter-week } savaičių
        } ir ne ilgiau nei { $wia-apply-until-week ->
            [one] { $wia-apply-until-week } savaitę
            [few] { $wia-apply-until-week } savaites
            [many] { $wia-apply-until-week } savaitės
           *[other] { $wia-apply-until-week } savaičių
        }. Nelaukite ilgiau. Jums reikės DigiD.
        - UWV patikrina ataskaitą apie jūsų grįžimą į darbą (re-integratieverslag). Jei darbdavys padarė per mažai, jis turi jums mokėti atlyginimą ilgiau – iki { $loonsanctie-max-years } metų. Tai vadinama darbo užmokesčio sankcija (loonsanctie).
        - Tada jus įvertina draudimo gydytojas (verzekeringsarts) ir darbo ekspertas (arbeidsdeskundige).
        WIA skirta žmonėms, kurie neteko ne mažiau kaip { $wia-threshold-percent } darbingumo (arbeidsongeschikt). WGA – jei dar galite iš dalies dirbti arba jūsų būklė gali pagerėti; IVA – jei netekote ne mažiau kaip { $iva-threshold-percent } darbingumo ir jūsų būklė nepagerės.
guide-sickness-help = Kas gali padėti
    .body =
        - UWV: uwv.nl ir Mijn UWV.
        - Jūsų šeimos gydytojas (huisarts) – dėl gydymo.
        - Įmonės gydytojas (bedrijfsarts): žr. gidą apie įmonės gydytoją.
        - Juridisch Loket: juridischloket.nl. FNV: fnv.nl.
        Savo negalavimus ir ligos dienas užsirašykite Werkmaat dienoraštyje.

## Guide: company-doctor
guide-company-doctor = Įmonės gydytojas (bedrijfsarts)
    .summary = Jūsų teisė kreiptis į įmonės gydytoją, antroji nuomonė ir ką daryti, jei jūsų agentūra neturi įmonės gydytojo.
guide-company-doctor-role = Kiekvienas darbdavys turi turėti įmonės gydytoją
    .body =
        Įmonės gydytojas (bedrijfsarts) – tai gydytojas, į kurį kreipiamasi dėl sveikatos ir darbo klausimų bei dėl grįžimo į darbą po ligos.
        Pagal Darbo sąlygų įstatymą (Arbowet), pakeistą { $arbowet-bedrijfsarts-date }, kiekvienas darbdavys privalo turėti pagrindinę sutartį (basiscontract) su įmonės gydytoju arba darbo sveikatos tarnyba (arbodienst).
        Jei sergate, įmonės gydytojas turi būti įtrauktas ne vėliau kaip per { $bedrijfsarts-by-week ->
            [one] { $bedrijfsarts-by-week } savaitę
            [few] { $bedrijfsarts-by-week } savaites
            [many] { $bedrijfsarts-by-week } savaitės
           *[other] { $bedrijfsarts-by-week } savaičių
        } nuo jūsų nedarbingumo pradžios.
guide-company-doctor-visit = Pas įmonės gydytoją galite eiti patys
    .body =
        - Pas įmonės gydytoją galite eiti be darbdavio leidimo.
        - Galite eiti ir tada, kai nesergate, pavyzdžiui, jei turite klausimų apie savo sveikatą ir darbą. Tai vadinama atviru priėmimu (open spreekuur).
        - Gydytojai privalo saugoti medicininę paslaptį (medisch beroepsgeheim). Jei nesate tikri, ką įmonės gydytojas pasakys jūsų darbdaviui, paklauskite gydytojo prieš pradėdami pokalbį.
guide-company-doctor-second-opinion = Antroji nuomonė
    .body =
        Jei nesutinkate su įmonės gydytojo patarimu, turite teisę į kito įmonės gydytojo antrąją nuomonę.
        Jūsų prašymą atmesti galima tik dėl svarbių priežasčių (zwaarwegende argumenten).
        Kitą gydytoją pasirenkate iš gydytojų, nurodytų pagrindinėje sutartyje (basiscontract).
        Antrosios nuomonės paprašykite raštu ir pasilikite kopiją.
guide-company-doctor-no-access = Jei negalite patekti pas įmonės gydytoją
    .body =
        Praktikoje darbo migrantai, dirbantys per agentūrą, dažnai neturi galimybės kreiptis į įmonės gydytoją. Ką galite padaryti:
        - Raštu paklauskite agentūros, kas yra jos įmonės gydytojas arba darbo sveikatos tarnyba (arbodienst) ir kaip galite užsiregistruoti vizitui. Pasilikite atsakymą.
        - Dėl gydymo kreipkitės į savo šeimos gydytoją (huisarts). Skambinkite darbo dienomis nuo { $gp-office-opens } iki { $gp-office-closes }.
        - Jei jūsų darbdavys neturi įmonės gydytojo, praneškite apie tai Nyderlandų darbo inspekcijai (Nederlandse Arbeidsinspectie): { $nla-phone }, nlarbeidsinspectie.nl.
        - Skubiu atveju skambinkite { $emergency-phone }.
        Savo negalavimus užsirašykite Werkmaat dienoraštyje, kad galėtumėte juos parodyti gydytojui.

## Guide: accidents
guide-accidents = Nelaimingi atsitikimai darbe
    .summary = Ką daryti po nelaimingo atsitikimo darbe, ką privalo padaryti darbdavys ir kaip patiems pranešti apie nesaugų darbą.
guide-accidents-now = Ką daryti iš karto
    .body =
        Jei kam nors gresia pavojus arba kas nors sunkiai sužeistas, skambinkite { $emergency-phone }. Operatoriai kalba angliškai.
        - Suteikite pirmąją pagalbą, jei galite tai padaryti saugiai.
        - Dėl kitų sužalojimų skambinkite savo šeimos gydytojui (huisarts). Vakare, naktį ir savaitgaliais skambinkite į budintį šeimos gydytojų punktą (huisartsenpost).
        - Į ligoninės skubiosios pagalbos skyrių (spoedeisende hulp, SEH) eikite tik tada, jei jus ten siunčia šeimos gydytojas (huisarts) ar huisartsenpost arba jei gresia pavojus gyvybei.
        - Kuo greičiau praneškite darbdaviui. Jei dirbate per įdarbinimo agentūrą (uitzendbureau), praneškite ir agentūrai.
guide-accidents-record = Užsirašykite, kas nutiko
    .body =
        Užsirašykite, kas nutiko, kol dar gerai prisimenate:
        - datą, laiką ir vietą;
        - ką darėte ir kas nutiko ne taip;
        - kaip susižeidėte;
        - žmonių, kurie tai matė (liudininkų), vardus;
        - pas kokį gydytoją ar į kokią ligoninę kreipėtės.
        Nufotografuokite vietą, įrenginį ar įrankius ir savo sužalojimą. Saugokite visus gydytojų laiškus. Werkmaat dienoraštis gali saugoti šiuos užrašus ir nuotraukas jūsų telefone.
guide-accidents-employer = Ką privalo padaryti darbdavys
    .body =
        Apie sunkų nelaimingą atsitikimą darbe darbdavys privalo nedelsdamas pranešti Nyderlandų darbo inspekcijai (Nederlandse Arbeidsinspectie). Tai galioja ir agentūrų darbuotojams. Nelaimingas atsitikimas yra sunkus, jei dėl jo:
        - žmogus miršta;
        - lieka nuolatinis sužalojimas, pavyzdžiui, žmogus netenka kūno dalies ar regėjimo;
        - žmogus paguldomas į ligoninę, taip pat ir dienos stacionare. Gydymas be paguldymo neskaičiuojamas.
        Jei tai paaiškėja tik vėliau, darbdavys turi pranešti tada, kai tai paaiškėja.
        Darbdavys taip pat privalo vesti sąrašą (register), kuriame nurodomi praneštieji nelaimingi atsitikimai ir tie, dėl kurių žmogus negalėjo dirbti daugiau nei { $accident-register-absence-days ->
            [one] { $accident-register-absence-days } darbo dieną
            [few] { $accident-register-absence-days } darbo dienas
            [many] { $accident-register-absence-days } darbo dienos
           *[other] { $accident-register-absence-days } darbo dienų
        }.
guide-accidents-liability = Kada atsako darbdavys
    .body =
        Civiliniame kodekse (Burgerlijk Wetboek) nustatyta darbdavio atsakomybės taisyklė: darbdavys turi imtis saugos priemonių, kurių galima pagrįstai tikėtis, kad darbe nesusižeistumėte.
        Jums tereikia parodyti, kad susižeidėte dirbdami savo darbą. Tada darbdavys turi įrodyti, kad padarė pakankamai, kad būtumėte saugūs. Jei jis to įrodyti negali, jam gali tekti atlyginti jūsų žalą.
        Darbdavys neatsako, jei žalą daugiausia sukėlėte patys – tyčia arba sąmoningai elgdamiesi labai neatsargiai. Ši taisyklė nežada, kad darbas bus visiškai saugus.
        Dėl patarimo jūsų atveju kreipkitės į Teisinės pagalbos biurą (Juridisch Loket): juridischloket.nl.
guide-accidents-report = Kaip patiems pranešti apie nesaugų darbą
    .body =
        Apie nesaugų darbą Arbeidsinspectie galite pranešti patys, net jei dar niekas neatsitiko.
        - Skambinkite { $nla-phone }. Šis numeris nemokamas.
        - Iš užsienio skambinkite { $nla-phone-abroad }. Kitame šaltinyje nurodytas kitas numeris, todėl jei šis neveikia, žiūrėkite nlarbeidsinspectie.nl.
        - Pranešti galite ir internetine forma. Formos yra keliomis kalbomis.
        - Galite pranešti anonimiškai, nenurodydami savo vardo.

## Guide: insurance
guide-insurance = Sveikatos draudimas
    .summary = Kas privalo apsidrausti Nyderlandų sveikatos draudimu, iki kada, kaip pasirinkti draudimą ir kas bus, jei neapsidrausite.
guide-insurance-who = Kas privalo būti apdraustas
    .body =
        Nyderlandų sveikatos draudimas privalomas pagal įstatymą (Zorgverzekeringswet). Privalote apsidrausti, jei:
        - gyvenate Nyderlanduose arba
        - dirbate Nyderlanduose ir mokate Nyderlandų darbo užmokesčio mokestį (loonheffing), net jei gyvenate užsienyje ar dirbate sezoninį darbą.
        Draudimas jūsų gimtojoje šalyje šios pareigos nepanaikina.
        Išimtis: jei užsienio darbdavys jus čia atsiuntė laikinai (komandiruotas darbuotojas) ir turite A1 pažymą, liekate apdrausti savo šalyje. Tada medicininiu požiūriu būtiną gydymą gaunate su Europos sveikatos draudimo kortele (ESDK, EHIC).
guide-insurance-deadline = Terminas
    .body =
        Apsidrauskite per { $insure-within-months ->
            [one] { $insure-within-months } mėnesį
            [few] { $insure-within-months } mėnesius
            [many] { $insure-within-months } mėnesio
           *[other] { $insure-within-months } mėnesių
        } nuo pirmosios darbo dienos arba nuo registracijos savivaldybėje (gemeente). Tada draudimas galioja nuo tos pirmosios dienos, ir įmokas mokate nuo tos dienos.
        Jei pavėluosite, už ankstesnį laiką draudimo neturėsite, todėl už tą gydymą mokėsite patys. Taip pat galite gauti baudą iš CAK – valstybės įstaigos, kuri rūpinasi neapdraustais žmonėmis.
guide-insurance-choice = Draudimo bendrovės pasirinkimas
    .body =
        Sveikatos draudimo bendrovę (zorgverzekeraar) galite pasirinkti patys. Tai sako ir CAK.
        Jūsų darbdavys ar agentūra gali pasiūlyti grupinį draudimą (collectieve verzekering). Įmoką iš jūsų atlyginimo galima išskaičiuoti tik tada, jei davėte rašytinį sutikimą (volmacht). Polisas turi būti jūsų vardu, ir turite gauti jo kopiją.
        Neradome įstatymo, kuriame būtų būtent taip parašyta, kad darbdavys negali jūsų versti rinktis jo draudimo. Tačiau įstatymas leidžia jums laisvai pasirinkti draudimo bendrovę, o išskaitai reikia jūsų sutikimo (volmacht). Jei nesate tikri, paklauskite Zorgverzekeringslijn.
guide-insurance-cak = CAK laiškai
    .body =
        Jei privalote būti apdrausti, bet nesate, CAK imasi šių veiksmų:
        - Gaunate laišką. Tada turite { $cak-letter-months ->
            [one] { $cak-letter-months } mėnesį
            [few] { $cak-letter-months } mėnesius
            [many] { $cak-letter-months } mėnesio
           *[other] { $cak-letter-months } mėnesių
        } apsidrausti.
        - Jei to nepadarote, gaunate baudą.
        - Jei dar { $cak-letter-months ->
            [one] { $cak-letter-months } mėnesį
            [few] { $cak-letter-months } mėnesius
            [many] { $cak-letter-months } mėnesio
           *[other] { $cak-letter-months } mėnesių
        } liekate be draudimo, gaunate antrą baudą.
        - Tada CAK jus apdraudžia pati ir pati pasirenka draudimo bendrovę. Ji { $cak-premium-months ->
            [one] { $cak-premium-months } mėnesį
            [few] { $cak-premium-months } mėnesius
            [many] { $cak-premium-months } mėnesio
           *[other] { $cak-premium-months } mėnesių
        } išskaičiuoja didesnę įmoką (bestuursrechtelijke premie) iš jūsų atlyginimo ar išmokos.
        Pagal įstatymą kiekviena bauda lygi trims standartinėms įmokoms (standaardpremie), skaičiuojamoms už vieną mėnesį. Standaardpremie yra { $standaardpremie } per metus, todėl bauda yra { $cak-fine }. Didesnė įmoka yra { $cak-premium-month } per mėnesį. Šios sumos keičiasi kasmet: patikrinkite savo laišką arba hetcak.nl – ten yra puslapis anglų kalba.
        Niekada neignoruokite CAK laiško.
guide-insurance-job-ends = Kai baigiasi darbas
    .body =
        Grupinis draudimas per agentūrą dažnai baigiasi kartu su darbu. Jei vis dar gyvenate Nyderlanduose arba vis dar mokate Nyderlandų darbo užmokesčio mokestį, privalote likti apdrausti: iš karto apsidrauskite patys.
        Ir kol gaunate Nyderlandų ligos išmoką (Ziektewet) ar nedarbo išmoką (WW), privalote būti apdrausti. Patikrinkite, ar jūsų polisas dar galioja, ir jo nenutraukite.
        Jei išvykstate iš Nyderlandų visam laikui (ne atostogų) ir nebeturite pajamų iš Nyderlandų, netenkate teisės į Nyderlandų draudimą. Nutraukite jį ir pateikite įrodymą, kad išsiregistravote iš Gyventojų registro (BRP).
guide-insurance-help = Kas gali padėti
    .body =
        Zorgverzekeringslijn – nepriklausoma pagalbos linija, kurioje atsakoma į klausimus apie sveikatos draudimą.
        - Skambinkite { $zvl-phone } darbo dienomis arba rašykite pokalbių lange svetainėje zorgverzekeringslijn.nl.
        - Mums nepavyko patvirtinti, kokiomis kalbomis ten kalbama.
        Dėl CAK laiškų ir baudų žiūrėkite hetcak.nl. Werkmaat draudimo patikros sąrašas padės jums patikrinti savo padėtį.

## Guide: care
guide-care = Sveikatos priežiūra: kur kreiptis
    .summary = Jūsų šeimos gydytojas, budintis šeimos gydytojų punktas, skubi pagalba, vaistai, dantų gydytojas ir ką mokate patys.
guide-care-gp = Jūsų šeimos gydytojas (huisarts)
    .body =
        Nyderlanduose pirmiausia kreipiatės į šeimos gydytoją (huisarts). Huisarts nusprendžia, ar jums reikia ligoninės ar specialisto, ir siunčia jus ten su siuntimu (verwijzing).
        - Užsiregistruokite pas šeimos gydytoją (huisarts) netoli savo namų. Nelaukite, kol susirgsite.
        - Gydytojų praktikos dažnai būna perpildytos ir naujų pacientų nepriima. Tada kreipkitės į kitas netoliese esančias praktikas. Werkmaat gydymo įstaigų paieška rodo praktikas netoli jūsų.
        - Į praktiką skambinkite darbo dienomis nuo { $gp-office-opens } iki { $gp-office-closes }.
        Patarimų dėl nedidelių sveikatos problemų, kurias galite gydytis patys, rasite thuisarts.nl.
guide-care-out-of-hours = Vakarais, naktimis ir savaitgaliais (huisartsenpost)
    .body =
        Kai jūsų šeimos gydytojas (huisarts) nedirba, skambinkite į budintį šeimos gydytojų punktą (huisartsenpost). Jis dirba vakarais ir naktimis (darbo dienomis nuo { $gp-office-closes } iki { $gp-office-opens }), savaitgaliais ir per valstybines šventes.
        - Visada pirmiausia paskambinkite. Tiesiog ateiti negalima. Asistentas (triagist) nusprendžia, kiek tai skubu.
        - Kiekvienas regionas turi savo numerį. Paskambinkite savo šeimos gydytojui (huisarts): ne darbo valandomis jį dažnai pasako atsakiklis. Jį rodo ir Werkmaat gydymo įstaigų paieška.
        Skambindami turėkite po ranka šiuos duomenis, o eidami pasiimkite asmens dokumentą:
        - savo vardą ir pavardę, gimimo datą ir piliečio aptarnavimo numerį (BSN);
        - savo sveikatos draudimo bendrovę ir poliso numerį;
        - savo šeimos gydytojo (huisarts) vardą ir vaistus, kuriuos vartojate.
        Werkmaat gali saugoti šiuos duomenis jums.
guide-care-emergency = Skubi pagalba
    .body =
        Kai gresia pavojus gyvybei, skambinkite { $emergency-phone } – taip iškviesite greitąją pagalbą, policiją ar ugniagesius. Operatoriai kalba angliškai.
        Nemokama programėlė 112NL padeda, jei blogai girdite ar sunkiai kalbate arba nekalbate olandiškai ar angliškai:
        - galite skambinti { $emergency-phone } arba tiesiai policijai, ugniagesiams ar greitajai pagalbai;
        - operatorius gali pradėti su jumis susirašinėti pokalbyje, o pokalbį galima versti į daugelį kalbų;
        - programėlė siunčia jūsų buvimo vietą, jei tai leidžiate.
        Įsidiekite ją dabar, kol jos dar nereikia. Senas tekstinis telefonas { $emergency-textphone } palaipsniui išjungiamas ir gali nebeveikti.
        Ligoninės skubiosios pagalbos skyrius (spoedeisende hulp, SEH) skirtas skubiai pagalbai. Eikite ten tik tada, kai jus siunčia šeimos gydytojas (huisarts) ar huisartsenpost, arba kai gresia pavojus gyvybei.
guide-care-medicines-dentist = Vaistai ir dantų gydytojas
    .body =
        Vaistus gaunate vaistinėje (apotheek). Receptiniai vaistai iš bazinio paketo įskaičiuojami į privalomąją savo dalį (eigen risico) – sumą, kurią mokate patys.
        Dantų gydytojo (tandarts) paslaugos suaugusiesiems į bazinį paketą neįeina. Bazinis paketas apmoka tik specialų dantų gydymą, pavyzdžiui, žandikaulio operacijas, ir visiškus dantų protezus. Už visiškus protezus { $dentures-own-share-percent } išlaidų mokate patys.
        Kitam dantų gydymui reikia papildomo draudimo (aanvullende verzekering). Vaikams dauguma dantų gydymo paslaugų įeina į bazinį paketą.
guide-care-costs = Ką mokate patys (eigen risico)
    .body =
        Kasmet pirmuosius { $eigen-risico } bazinio paketo gydymo išlaidų sumokate patys. Tai vadinama privalomąja savo dalimi (eigen risico). Ši suma ateinančiais metais gali keistis.
        Į eigen risico neįskaičiuojami:
        - apsilankymai pas šeimos gydytoją (huisarts);
        - priežiūra po gimdymo (kraamzorg);
        - slauga namuose (wijkverpleging).
        Vaikai, jaunesni nei { $no-deductible-under-age } metų, eigen risico nemoka.

## Guide: zorgtoeslag
guide-zorgtoeslag = Parama sveikatos draudimui (zorgtoeslag)
    .summary = Valstybės pinigai, kurie padeda susimokėti už sveikatos draudimą: kas gali gauti, kiek ir kaip pateikti prašymą.
guide-zorgtoeslag-who = Kas gali gauti
    .body =
        Parama sveikatos draudimui (zorgtoeslag) – tai pinigai iš mokesčių inspekcijos (Belastingdienst/Toeslagen), kurie padeda jums susimokėti už sveikatos draudimą. Ją galite gauti, jei:
        - esate ne jaunesni nei { $zorgtoeslag-min-age } metų;
        - turite Nyderlandų sveikatos draudimą;
        - turite Nyderlandų pilietybę, Europos ekonominės erdvės (EEE) šalies pilietybę arba leidimą gyventi;
        - jūsų pajamos mažesnės už ribą: { $zorgtoeslag-income-single } per metus, jei neturite partnerio, arba { $zorgtoeslag-income-partner } per metus kartu su partneriu, su kuriuo gaunate paramą (toeslagpartner);
        - jūsų santaupos ir kitas turtas mažesni už ribą. Ši riba keičiasi kasmet. Naujausia riba, kurią pavyko patvirtinti, yra { $zorgtoeslag-assets-single }, jei neturite partnerio, arba { $zorgtoeslag-assets-partner } kartu su partneriu (toeslagpartner), tačiau ji galiojo ankstesniais metais. Šių metų ribą patikrinkite belastingdienst.nl.
        Jūsų vyras, žmona ar registruotas partneris yra jūsų partneris paramai (toeslagpartner), net jei gyvena kitoje šalyje, ir jo ar jos pajamos įskaičiuojamos. Jei jūsų toeslagpartner apdraustas kitoje šalyje, gaunate pusę porai skirtos sumos.
        Zorgtoeslag galite gauti ir gyvendami užsienyje, jei dirbate Nyderlanduose ir turite Nyderlandų sveikatos draudimą.
guide-zorgtoeslag-amount = Kiek gaunate
    .body =
        Suma priklauso nuo jūsų pajamų: kuo mažesnės pajamos, tuo daugiau gaunate.
        - Jei neturite partnerio paramai (toeslagpartner), gaunate daugiausia apie { $zorgtoeslag-max-month-single } per mėnesį.
        - Su toeslagpartner kartu gaunate daugiausia apie { $zorgtoeslag-max-month-partner } per mėnesį.
        Šias sumas radome naujienų pranešime, todėl jos gali būti netikslios. Jūsų sumą apskaičiuoja Belastingdienst.
guide-zorgtoeslag-apply = Kaip pateikti prašymą
    .body =
        - Jums reikia DigiD – Nyderlandų valstybės įstaigų prisijungimo. Žr. digid.nl.
        - Prašymą pateikite svetainėje belastingdienst.nl, skiltyje Mijn toeslagen.
        - Pajamų pasikeitimus ar naują partnerį greitai praneškite Mijn toeslagen.
        Vėliau Belastingdienst patikrina jūsų tikrąsias pajamas. Jei gavote per daug paramos, gali tekti ją grąžinti. Saugokite visus Belastingdienst laiškus.
guide-zorgtoeslag-help = Kas gali padėti
    .body =
        Skambinkite į BelastingTelefoon numeriu { $belastingtelefoon }. Skambutis nemokamas. Linija veikia nuo pirmadienio iki penktadienio.
        Skambindami turėkite po ranka savo piliečio aptarnavimo numerį (BSN).

## Guide: interpreters
guide-interpreters = Vertėjai sveikatos priežiūroje
    .summary = Kaip užtikrinti, kad jūs ir gydytojas suprastumėte vienas kitą, kada galite gauti vertėją ir kas už jį moka.
guide-interpreters-understand = Kad suprastumėte vienas kitą
    .body =
        Geram gydymui reikia gero supratimo: jūs turite suprasti gydytoją, o gydytojas – jus.
        - Nesakykite „taip“, jei nesupratote.
        - Galite paprašyti gydytojo paaiškinti dar kartą, paprastesniais žodžiais.
        - Galite paprašyti vertėjo (tolk).
        Prieš vizitą praneškite gydytojo praktikai, kokia kalba kalbate.
guide-interpreters-guideline = Gairės dėl kalbos barjerų
    .body =
        { $language-guideline-date } buvo paskelbtos gairės sveikatos priežiūros darbuotojams, kaip elgtis, kai trukdo kalbos barjeras (Omgaan met taalbarrières in de zorg en het sociaal domein). Jas kartu parengė sveikatos priežiūros darbuotojų ir pacientų organizacijos, tarp jų Nyderlandų šeimos gydytojų kolegija (NHG) ir Nyderlandų pacientų federacija (Patiëntenfederatie Nederland). Gairėse sakoma:
        - Sudėtingiems, jautriems ar rimtiems pokalbiams sveikatos priežiūros darbuotojas turėtų pasitelkti profesionalų vertėją.
        - Šeimos narys, draugas ar vertimo programėlė tinka tik paprastiems pokalbiams ir tik jei jūs to norite.
        - Vaikai niekada neturi būti vertėjais.
        - Sveikatos priežiūros darbuotojas patikrina, ar supratote, pavyzdžiui, paprašo jūsų pakartoti savais žodžiais.
guide-interpreters-costs = Kas moka už vertėją
    .body =
        Tai priklauso nuo gydymo rūšies:
        - Šeimos gydytojas (huisarts): nėra bendros visai šaliai tvarkos, pagal kurią būtų apmokami vertėjai. Kai kuriuose regionuose apmokami vertėjai telefonu. Paklauskite savo šeimos gydytojo (huisarts), ar tai įmanoma jūsų regione.
        - Psichikos sveikatos priežiūra (GGZ): nuo { $ggz-interpreter-since } vertėjų paslaugos apmokamos.
        - Nėštumo ir gimdymo priežiūra pas akušerę (verloskundige): nuo { $obstetric-interpreter-since } vertėjų paslaugos apmokamos. Oficialiai ši tvarka laikina.
        Dėl kitokio gydymo prieš vizitą paklauskite, ar galima gauti vertėją ir kas už jį mokės.
guide-interpreters-ask = Ką galite padaryti
    .body =
        - Registruodamiesi vizitui pasakykite, kad jums reikia profesionalaus vertėjo, ir kokia kalba.
        - Paprastiems pokalbiams galite atsivesti žmogų, kuriuo pasitikite, kad jums padėtų.
        - Werkmaat frazių kortelėse yra trumpi sakiniai olandų ir jūsų kalba. Galite juos parodyti gydytojui ar asistentui.

## Guide: exploitation
guide-exploitation = Išnaudojimas: kur gauti pagalbos
    .summary = Išnaudojimo darbe požymiai, kur apie tai pranešti ir kas gali jums padėti.
guide-exploitation-signs = Pavojaus ženklai
    .body =
        Darbo išnaudojimas (arbeidsuitbuiting) dažnai prasideda nuo smulkmenų. Būkite atsargūs, jei:
        - už išdirbtas valandas gaunate mažiau nei minimalų atlyginimą (minimumloon);
        - iš jūsų atlyginimo išskaičiuojami pinigai be jūsų rašytinio sutikimo (volmacht). Iš minimalaus atlyginimo galima išskaičiuoti tik už būstą ir sveikatos draudimą, ir tik turint volmacht;
        - kas nors verčia jus dirbti arba likti darbe;
        - jūsų darbas nesaugus ir niekas dėl to nieko nedaro.
        Daug darbuotojų būstą ir sveikatos draudimą gauna per darbdavį. Dėl to tampate priklausomi: netekę darbo, galite tuo pačiu metu netekti ir būsto, ir draudimo.
guide-exploitation-danger = Pavojus ar skubus atvejis
    .body =
        - Jei jums dabar gresia pavojus: skambinkite { $emergency-phone }.
        - Policija, kai tai nėra skubus atvejis: { $police-phone }. Šis numeris nėra nemokamas: be įprastos skambučio kainos mokate nedidelę sumą už minutę, ir jis gali neveikti su kai kuriomis užsienio SIM kortelėmis. Policijai galite pranešti apie prievartą ar išnaudojimą.
        - Jei norite pranešti apie nusikaltimą nenurodydami savo vardo: Meld Misdaad Anoniem, telefonas { $mma-phone } arba meldmisdaadanoniem.nl.
guide-exploitation-report = Pranešimas Arbeidsinspectie
    .body =
        Nyderlandų darbo inspekcija (Nederlandse Arbeidsinspectie) nagrinėja nesaugaus darbo, per mažo atlyginimo ir išnaudojimo atvejus.
        - Skambinkite { $nla-phone } (nemokamai), o iš užsienio – { $nla-phone-abroad }. Kitame šaltinyje nurodytas kitas numeris skambinant iš užsienio; jei šis neveikia, žiūrėkite nlarbeidsinspectie.nl.
        - Yra internetinės formos keliomis kalbomis.
        - Galite pranešti anonimiškai, nenurodydami savo vardo.
        Pasak inspekcijos, ji nesako darbdaviui, kas pranešė.
guide-exploitation-help = Kas gali jums padėti
    .body =
        - FairWork padeda darbo išnaudojimo aukoms nemokamai ir konfidencialiai: fairwork.nu.
        - CoMensha, nacionalinis kovos su prekyba žmonėmis (mensenhandel) centras, registruoja aukas ir suranda joms prieglobstį. Skambinkite { $comensha-phone } nuo pirmadienio iki penktadienio, nuo { $comensha-opens } iki { $comensha-closes }, arba rašykite el. paštu info@comensha.nl.
        - FNV yra profesinė sąjunga (vakbond). Ji yra rengusi informacinius susitikimus lenkų kalba, taip pat ir ne nariams: fnv.nl.
        - Teisinės pagalbos biuras (Juridisch Loket) teikia nemokamas teisines konsultacijas: juridischloket.nl. Kai kuriose provincijose (Noord-Holland, Zuid-Holland, Noord-Brabant ir Limburg) bandomasis projektas padeda ir lenkų, bulgarų bei rumunų kalbomis. Svetainėje patikrinkite, ar jis dar vykdomas.
        - Work in NL turi informacijos punktus ES darbo migrantams visuose darbo rinkos regionuose: workinnl.nl.
guide-exploitation-what-next = Ką jums gali reikšti pranešimas
    .body =
        Po pranešimo gali būti pradėtas tyrimas. Negalime pažadėti, koks bus rezultatas ar kiek tai užtruks.
        - Galite pranešti anonimiškai – Arbeidsinspectie arba Meld Misdaad Anoniem.
        - Saugioje vietoje laikykite savo sutarties, algalapių (loonstroken) kopijas ir išdirbtų valandų sąrašą. Werkmaat dienoraštis gali saugoti jūsų valandas.
        - Prekybos žmonėmis auka per CoMensha gali gauti pagalbą ir saugią vietą gyventi.
        - Jei būstą ir draudimą gaunate per darbdavį, pagalvokite iš anksto: kur galėsite gyventi ir kaip liksite apdrausti? Žr. gidą apie sveikatos draudimą.
        Jei nežinote, ką daryti, pirmiausia pasikalbėkite su FairWork.

## Guide: mental-health
guide-mental-health = Psichikos sveikata
    .summary = Stresas, nerimas ir prasta nuotaika – dažni dalykai. Kur galite gauti pagalbos, taip pat krizės atveju.
guide-mental-health-common = Jūs ne vieni
    .body =
        Gyventi ir dirbti toli nuo namų gali būti sunku. Stresas, nerimas, miego sutrikimai ir prasta nuotaika pasitaiko daugeliui žmonių. Tai nėra silpnumas, ir jūs galite prašyti pagalbos.
        Nyderlanduose atliktas tyrimas parodė, kad daugelio darbo migrantų psichikos sveikata prasta – daug dažniau nei olandų darbuotojų.
guide-mental-health-gp = Pasikalbėkite su savo šeimos gydytoju (huisarts)
    .body =
        Pirmiausia kreipkitės į savo šeimos gydytoją (huisarts), taip pat dėl streso, baimės, liūdesio ar miego sutrikimų. Tai, ką pasakote gydytojui, yra konfidencialu.
        Huisarts gali jums padėti arba nusiųsti jus į psichikos sveikatos priežiūros įstaigą (GGZ). Nuo { $ggz-interpreter-since } GGZ vertėjų paslaugos apmokamos. Jei reikia, paprašykite vertėjo.
        Taip pat galite pasikalbėti su įmonės gydytoju (bedrijfsarts) – neklausdami darbdavio ir net tada, kai nesergate. Tačiau daug agentūrų darbuotojų pas jį patenka sunkiai arba visai nepatenka.
guide-mental-health-crisis = Krizės atveju
    .body =
        Jei galvojate apie savižudybę, kreipkitės į Nyderlandų savižudybių prevencijos liniją (Zelfmoordpreventie, 113.nl):
        - skambinkite { $crisis-phone } arba { $crisis-phone-free }; abu numeriai nemokami;
        - arba rašykite pokalbių lange svetainėje 113.nl.
        Linija veikia dieną ir naktį, ir jums nereikia sakyti savo vardo.
        Jei jums ar kitam žmogui dabar gresia pavojus, skambinkite { $emergency-phone }.
guide-mental-health-self-care = Pasirūpinkite savimi
    .body =
        Kai kurie paprasti įpročiai gali padėti kasdien. Jie nepakeičia gydytojo pagalbos.
        - Stenkitės pakankamai išsimiegoti, o poilsio laiką ir laisvas dienas skirkite poilsiui. Žr. gidą apie darbo laiką.
        - Pasikalbėkite su žmogumi, kuriuo pasitikite: draugu, kolega ar šeima namuose.
        - Palaikykite ryšį su šeima ir draugais, taip pat telefonu ar vaizdo skambučiu.
        Jei jaučiatės blogiau arba nepagerėja, kreipkitės į savo šeimos gydytoją (huisarts).

## Guide: losing-job
guide-losing-job = Darbo netekimas
    .summary = Ką daryti, kai baigiasi darbas: nedarbo išmoka (WW), galutinis atsiskaitymas, išeitinė išmoka, draudimas ir būstas.
guide-losing-job-ww = Nedarbo išmoka (WW): veikite per savaitę
    .body =
        Jei netenkate darbo, iš UWV galite gauti nedarbo išmoką (WW). Paprastai reikia būti dirbus bent { $ww-weeks-worked } iš paskutinių { $ww-weeks-period ->
            [one] { $ww-weeks-period } savaitės
            [few] { $ww-weeks-period } savaičių
            [many] { $ww-weeks-period } savaitės
           *[other] { $ww-weeks-period } savaičių
        }.
        - Per { $ww-register-days ->
            [one] { $ww-register-days } dieną
            [few] { $ww-register-days } dienas
            [many] { $ww-register-days } dienos
           *[other] { $ww-register-days } dienų
        } po darbo netekimo užsiregistruokite kaip darbo ieškantis asmuo svetainėje werk.nl.
        - Pateikite UWV prašymą dėl WW. Jis turi būti gautas ne vėliau kaip per { $ww-apply-within-weeks ->
            [one] { $ww-apply-within-weeks } savaitę
            [few] { $ww-apply-within-weeks } savaites
            [many] { $ww-apply-within-weeks } savaitės
           *[other] { $ww-apply-within-weeks } savaičių
        } po paskutinės darbo dienos. Prašymą galite pateikti ir keliomis savaitėmis anksčiau. Jums reikės DigiD.
        - UWV sprendimą priima maždaug per { $ww-decision-weeks ->
            [one] { $ww-decision-weeks } savaitę
            [few] { $ww-decision-weeks } savaites
            [many] { $ww-decision-weeks } savaitės
           *[other] { $ww-decision-weeks } savaičių
        }.
        Nelaukite paskutinės dienos. Nepasirašykite susitarimo nutraukti sutartį (vaststellingsovereenkomst), kol nepasitarėte.
guide-losing-job-final-pay = Galutinis atsiskaitymas
    .body =
        Galutinio atsiskaitymo (eindafrekening) metu jums turi būti sumokėta:
        - atlyginimas iki paskutinės darbo dienos;
        - sukauptos ir dar neišmokėtos atostoginės (vakantiegeld);
        - nepanaudotos atostogų dienos (vakantiedagen), išmokėtos pinigais.
        Darbdavys privalo raštu nurodyti, kiek atostogų dienų jums liko. Patikrinkite paskutinį algalapį (loonstrook) ir, jei ko nors trūksta, paklauskite raštu.
guide-losing-job-transition = Išeitinė išmoka (transitievergoeding)
    .body =
        Nuo { $transitievergoeding-since } turite teisę į išeitinę išmoką (transitievergoeding) nuo pirmosios darbo dienos, jei darbdavys nutraukia jūsų sutartį arba nepratęsia terminuotos sutarties.
        - Tai maždaug trečdalis mėnesinio atlyginimo už kiekvienus dirbtus metus, o už trumpesnį laiką – atitinkama dalis.
        - Jos negausite, jei darbdavys bankrutavo.
        Dirbant per agentūrą taisyklės gali skirtis. Dėl savo atvejo kreipkitės į Juridisch Loket (juridischloket.nl).
guide-losing-job-insurance = Sveikatos draudimas
    .body =
        Grupinis draudimas per darbdavį ar agentūrą dažnai baigiasi kartu su darbu. Jei vis dar gyvenate Nyderlanduose, privalote būti apdrausti: patikrinkite, ar jūsų polisas dar galioja, o jei ne, iš karto apsidrauskite sveikatos draudimu (zorgverzekering) patys.
        Ir kol gaunate WW, privalote būti apdrausti. Patikrinkite, ar jūsų polisas dar galioja, ir jo nenutraukite.
        Jei susergate per { $sick-after-contract-weeks ->
            [one] { $sick-after-contract-weeks } savaitę
            [few] { $sick-after-contract-weeks } savaites
            [many] { $sick-after-contract-weeks } savaitės
           *[other] { $sick-after-contract-weeks } savaičių
        } nuo darbo pabaigos, apie ligą UWV praneškite patys. Žr. vadovą apie ligą.
guide-losing-job-housing = Būstas
    .body =
        Jei būstą jums suteikia darbdavys, galite vienu metu netekti ir būsto, ir darbo.
        - Turint atskirą nuomos sutartį (huurcontract), nuoma nesibaigia vien todėl, kad baigiasi darbas. Įstatymas (Wet goed verhuurderschap) to reikalauja ES darbo migrantams. Žr. vadovą apie būstą.
        - Raštu paklauskite, kiek laiko galite likti, ir išsaugokite atsakymą.
        - Jei galite netekti būsto, kreipkitės pagalbos į savo savivaldybę (gemeente). Jei nebeturite adreso, galite užsiregistruoti korespondencijos adresu (briefadres), kad UWV ir Belastingdienst laiškai jus vis tiek pasiektų. Žr. vadovą apie registraciją.
        Nemokama teisinė konsultacija: Juridisch Loket, juridischloket.nl. Profesinė sąjunga: FNV, fnv.nl.

## Guide: registering
guide-registering = Registracija savivaldybėje (gemeente)
    .summary = Registracija laiku, korespondencijos adresas (briefadres), kai neturite būsto, RNI trumpam buvimui ir išsiregistravimas išvykstant iš Nyderlandų.
guide-registering-arrive = Užsiregistruokite per { $brp-register-within-days ->
            [one] { $brp-register-within-days } dieną
            [few] { $brp-register-within-days } dienas
            [many] { $brp-register-within-days } dienos
           *[other] { $brp-register-within-days } dienų
        }
    .body =
        Jei per { $brp-stay-period-months ->
            [one] { $brp-stay-period-months } mėnesį
            [few] { $brp-stay-period-months } mėnesius
            [many] { $brp-stay-period-months } mėnesio
           *[other] { $brp-stay-period-months } mėnesių
        } Nyderlanduose gyvensite ilgiau nei { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } mėnesį
            [few] { $rni-max-stay-months } mėnesius
            [many] { $rni-max-stay-months } mėnesio
           *[other] { $rni-max-stay-months } mėnesių
        }, turite užsiregistruoti savivaldybėje (gemeente), kurioje gyvenate. Padarykite tai per { $brp-register-within-days ->
            [one] { $brp-register-within-days } dieną
            [few] { $brp-register-within-days } dienas
            [many] { $brp-register-within-days } dienos
           *[other] { $brp-register-within-days } dienų
        } nuo atvykimo. Tada būsite įrašyti į Gyventojų registrą (Basisregistratie Personen, BRP).
        - Susitarkite dėl vizito savivaldybėje ir atsineškite pasą ar asmens tapatybės kortelę.
        - Kartu su jumis gyvenantys partneris ir vaikai taip pat turi atvykti į šį vizitą.
        - Gausite asmens numerį (burgerservicenummer, BSN), jei jo dar neturite.
        Jei laukiate leidimo gyventi arba jūsų tapatybė dar tikrinama, šis terminas netaikomas. Paklauskite savo savivaldybės (gemeente).
guide-registering-no-address = Neturite gyvenamosios vietos adreso: briefadres
    .body =
        Jei neturite nuolatinio adreso, pavyzdžiui, netekote būsto, galite užsiregistruoti korespondencijos adresu (briefadres). Tai asmens ar organizacijos, sutinkančios priimti jūsų laiškus, adresas.
        - Paklauskite savo savivaldybės (gemeente), kaip gauti briefadres.
        - Tada UWV, Belastingdienst ir CAK laiškai jus vis tiek pasieks.
        Praneškite savivaldybei, kai vėl turėsite gyvenamosios vietos adresą.
guide-registering-short-stay = Trumpas buvimas: RNI
    .body =
        Jei Nyderlanduose būsite trumpiau nei { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } mėnesį
            [few] { $rni-max-stay-months } mėnesius
            [many] { $rni-max-stay-months } mėnesio
           *[other] { $rni-max-stay-months } mėnesių
        }, registruokitės Nerezidentų registre (Registratie Niet-ingezetenen, RNI) RNI punkte. Ten gausite ir BSN.
        Jei vis dėlto liksite ilgiau, per { $brp-register-within-days ->
            [one] { $brp-register-within-days } dieną
            [few] { $brp-register-within-days } dienas
            [many] { $brp-register-within-days } dienos
           *[other] { $brp-register-within-days } dienų
        } užsiregistruokite savivaldybėje (gemeente).
guide-registering-leaving = Kai išvykstate iš Nyderlandų
    .body =
        Jei per vienus metus užsienyje gyvensite { $brp-departure-months ->
            [one] { $brp-departure-months } mėnesį
            [few] { $brp-departure-months } mėnesius
            [many] { $brp-departure-months } mėnesio
           *[other] { $brp-departure-months } mėnesių
        } ar ilgiau, praneškite apie išvykimą (aangifte van vertrek) savo savivaldybei (gemeente).
        - Padarykite tai ne anksčiau kaip likus { $brp-departure-days ->
            [one] { $brp-departure-days } dienai
            [few] { $brp-departure-days } dienoms
            [many] { $brp-departure-days } dienos
           *[other] { $brp-departure-days } dienų
        } iki išvykimo.
        - Jei jau esate užsienyje, kuo greičiau praneškite internetu su DigiD. Persikėlimo diena laikoma ta diena, kai savivaldybė gauna jūsų pranešimą.
        - Jei nebedirbate Nyderlanduose, po to nutraukite Nyderlandų sveikatos draudimą (zorgverzekering) ir išsaugokite išsiregistravimo įrodymą.
        Jei tik važiuojate namo atostogų, tai nėra išvykimas: liekate užsiregistravę.
