# Werkmaat: rights guides (Polish translation of the English reference).
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.
# Each guide: guide-<id> (title) with .summary; each section: guide-<id>-<section> (heading) with .body.
# Every number, amount, date, time and phone number is a fact variable ($fact-id) from
# core/content/facts.json, written the locale's way by Werkmaat: no digits in the text itself.
# Polish: the text avoids gendered past tense and adjectives for "you" and "I" (the reader may be a man or a woman).

## Guide: arriving
guide-arriving = Przyjazd do Holandii
    .summary = Twój numer BSN (burgerservicenummer), rejestracja w RNI albo w BRP i twój login DigiD.
guide-arriving-bsn = Twój numer BSN
    .body =
        W Holandii potrzebujesz osobistego numeru identyfikacyjnego (burgerservicenummer, BSN). Pracodawca albo agencja pracy potrzebuje go, żeby ci płacić. Potrzebujesz go też do DigiD i wtedy, gdy dzwonisz do lekarza.
        Numer BSN dostajesz przy rejestracji. Sposób rejestracji zależy od tego, jak długo zostajesz w Holandii.
        Trzymaj dokument z numerem BSN w bezpiecznym miejscu.
guide-arriving-register = Rejestracja: RNI albo BRP
    .body =
        - Zostajesz krócej niż { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } miesiąc
            [few] { $rni-max-stay-months } miesiące
            [many] { $rni-max-stay-months } miesięcy
           *[other] { $rni-max-stay-months } miesiąca
        }: zarejestruj się w rejestrze osób niemieszkających w Holandii (Registratie Niet-ingezetenen, RNI). { $rni-desks ->
            [one] Jest { $rni-desks } punkt
            [few] Są { $rni-desks } punkty
            [many] Jest { $rni-desks } punktów
           *[other] Jest { $rni-desks } punktu
        } RNI (RNI-loket), na przykład w Amsterdamie, Rotterdamie, Hadze (Den Haag), Utrechcie, Eindhoven, Venlo, Groningen i Zwolle.
        - W ciągu { $brp-stay-period-months ->
            [one] { $brp-stay-period-months } miesiąca
            [few] { $brp-stay-period-months } miesięcy
            [many] { $brp-stay-period-months } miesięcy
           *[other] { $brp-stay-period-months } miesiąca
        } będziesz mieszkać w Holandii dłużej niż { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } miesiąc
            [few] { $rni-max-stay-months } miesiące
            [many] { $rni-max-stay-months } miesięcy
           *[other] { $rni-max-stay-months } miesiąca
        }: zamelduj się w rejestrze ludności (Basisregistratie Personen, BRP) w urzędzie gminy (gemeente), w której mieszkasz. Prawo daje ci na to { $brp-register-within-days ->
            [one] { $brp-register-within-days } dzień
            [few] { $brp-register-within-days } dni
            [many] { $brp-register-within-days } dni
           *[other] { $brp-register-within-days } dnia
        } od przyjazdu. Jeśli najpierw rejestrujesz się w RNI, a potem zostajesz dłużej, zamelduj się też w gemeente.
        Rejestracja w RNI jest bezpłatna, a numer BSN dostajesz od razu. Zapytaj w punkcie, jakie dokumenty trzeba przynieść.
        Jeśli nie mówisz po niderlandzku, angielsku ani niemiecku, przyjdź z własnym tłumaczem.
        Więcej przeczytasz w przewodniku o meldunku w gemeente, także o tym, co zrobić, gdy nie masz adresu.
guide-arriving-digid = Twój login DigiD
    .body =
        DigiD to twój osobisty login do holenderskich usług publicznych, na przykład do Mijn UWV i do dodatku do ubezpieczenia zdrowotnego (zorgtoeslag).
        Jeśli masz rejestrację w RNI i obywatelstwo kraju Europejskiego Obszaru Gospodarczego (EOG):
        - złóż wniosek na digid.nl i wybierz „Ik woon buiten Nederland” (mieszkam poza Holandią);
        - potrzebujesz ważnego paszportu albo dowodu osobistego z kraju EOG (prawa jazdy nie przyjmują), numeru BSN, telefonu komórkowego i adresu e-mail;
        - potem dostajesz kod do odbioru (baliecode). Jest ważny przez { $digid-activation-days ->
            [one] { $digid-activation-days } dzień
            [few] { $digid-activation-days } dni
            [many] { $digid-activation-days } dni
           *[other] { $digid-activation-days } dnia
        }. W tym czasie odbierz kod aktywacyjny w punkcie DigiD, na przykład w Hadze (Den Haag), Maastricht, na Schiphol, w Enschede albo w Echt-Susteren.
        - Rozmowa wideo z Nederland Wereldwijd jest możliwa tylko wtedy, gdy w chwili rozmowy jesteś poza Holandią. Jeśli jesteś w Holandii, idź do punktu DigiD.
        Jeśli masz rejestrację w BRP, złóż wniosek na digid.nl i podaj swój holenderski adres.
        DigiD jest tylko dla ciebie. Nie dawaj swoich danych logowania pracodawcy, agencji pracy ani właścicielowi mieszkania.
guide-arriving-help = Co dalej i gdzie szukać pomocy
    .body =
        - Wykup holenderskie ubezpieczenie zdrowotne (zorgverzekering) w ciągu { $insure-within-months ->
            [one] { $insure-within-months } miesiąca
            [few] { $insure-within-months } miesięcy
            [many] { $insure-within-months } miesięcy
           *[other] { $insure-within-months } miesiąca
        } od rozpoczęcia pracy albo zamieszkania w Holandii. Pomoże ci w tym lista kontrolna ubezpieczeń w aplikacji Werkmaat.
        - Pytania o rejestrację: twój urząd gminy (gemeente) albo rvig.nl.
        - Pytania o DigiD: digid.nl.
        - Work in NL ma punkty informacyjne dla migrantów zarobkowych z UE w każdym regionie rynku pracy: workinnl.nl.

## Guide: contract
guide-contract = Twoja umowa i praca przez agencję
    .summary = Fazy umowy z agencją pracy, klauzula agencyjna, nowy układ zbiorowy (CAO) dla agencji i licencja dla agencji.
guide-contract-phases = Fazy pracy przez agencję
    .body =
        Układ zbiorowy dla pracowników agencji (CAO voor Uitzendkrachten) dzieli pracę na fazy:
        - Faza A: najwyżej { $phase-a-max-weeks ->
            [one] { $phase-a-max-weeks } tydzień
            [few] { $phase-a-max-weeks } tygodnie
            [many] { $phase-a-max-weeks } tygodni
           *[other] { $phase-a-max-weeks } tygodnia
        } pracy. Tygodnie płatnego urlopu też się liczą.
        - Faza B: najwyżej { $phase-b-max-years ->
            [one] { $phase-b-max-years } rok
            [few] { $phase-b-max-years } lata
            [many] { $phase-b-max-years } lat
           *[other] { $phase-b-max-years } roku
        } i najwyżej { $phase-b-max-contracts ->
            [one] { $phase-b-max-contracts } umowa
            [few] { $phase-b-max-contracts } umowy
            [many] { $phase-b-max-contracts } umów
           *[other] { $phase-b-max-contracts } umowy
        } na czas określony (contract voor bepaalde tijd).
        - Faza C: umowa na czas nieokreślony (contract voor onbepaalde tijd).
        Po przerwie dłuższej niż { $phase-reset-break-months ->
            [one] { $phase-reset-break-months } miesiąc
            [few] { $phase-reset-break-months } miesiące
            [many] { $phase-reset-break-months } miesięcy
           *[other] { $phase-reset-break-months } miesiąca
        } liczenie zaczyna się od nowa. Planowana ustawa (Wet meer zekerheid flexwerkers) może skrócić fazę B i wydłużyć tę przerwę. To jeszcze nie jest pewne.
        Zapytaj agencję na piśmie, w której fazie jesteś.
guide-contract-clause = Klauzula agencyjna (uitzendbeding)
    .body =
        Umowa w fazie A może mieć klauzulę agencyjną (uitzendbeding). Wtedy twoja umowa kończy się automatycznie, gdy firma, w której pracujesz (inlener), przestaje korzystać z twojej pracy.
        Od { $uitzendbeding-sickness-date } ta klauzula nie kończy już umowy z powodu twojej choroby. Twoje zatrudnienie trwa do daty zakończenia zapisanej w umowie, a agencja płaci ci do tego dnia wynagrodzenie.
        Po { $uitzendbeding-notice-after-weeks ->
            [one] { $uitzendbeding-notice-after-weeks } tygodniu
            [few] { $uitzendbeding-notice-after-weeks } tygodniach
            [many] { $uitzendbeding-notice-after-weeks } tygodniach
           *[other] { $uitzendbeding-notice-after-weeks } tygodnia
        } pracy agencja musi cię uprzedzić { $uitzendbeding-notice-days ->
            [one] { $uitzendbeding-notice-days } dzień
            [few] { $uitzendbeding-notice-days } dni
            [many] { $uitzendbeding-notice-days } dni
           *[other] { $uitzendbeding-notice-days } dnia
        } wcześniej, że twoja praca się kończy.
guide-contract-new-cao = Nowy układ zbiorowy (CAO) dla agencji
    .body =
        Od { $cao-2026-start } obowiązuje nowy CAO voor Uitzendkrachten. Organizacje agencji pracy uzgodniły go ze związkiem zawodowym LBV. Związki zawodowe FNV i CNV nie są jego stroną.
        - Masz prawo do płacy i warunków równoważnych (gelijkwaardig) z tymi, które mają porównywalni pracownicy firmy, w której pracujesz: płaca, dodatki, urlop, zasady na czas choroby i szkolenia.
        - Jest jeden program emerytalny. Odkładasz na emeryturę od pierwszego dnia.
        - Umowy zerogodzinowe (nulurencontracten) zostają zniesione.
        - Dodatkowe korzyści ze starego CAO, na przykład dodatkowe dni urlopu albo wyższe wynagrodzenie w czasie choroby, mogą zniknąć, jeśli firma, w której pracujesz, ich nie daje.
        Nie wszystkie szczegóły są już jasne. Zapytaj agencję na piśmie, jaka płaca i jakie warunki cię obowiązują.
guide-contract-licence = Licencja dla agencji (Wtta)
    .body =
        Według nowej ustawy (Wtta) agencje pracy muszą mieć licencję.
        - Ustawa zaczyna obowiązywać { $wtta-start }. Agencje muszą złożyć wniosek przed tą datą.
        - Od { $wtta-enforcement-start } holenderska Inspekcja Pracy (Nederlandse Arbeidsinspectie) może karać grzywną agencje bez licencji i firmy, które z nich korzystają.
        - Żeby dostać licencję, agencja musi wpłacić kaucję w wysokości { $wtta-deposit } i pokazać, że przestrzega przepisów, na przykład że płaci płacę minimalną.
        Zapytaj agencję, czy jest zarejestrowana: czy ma licencję albo czy złożyła o nią wniosek. Nie udało nam się potwierdzić, gdzie możesz to sprawdzić samodzielnie.
guide-contract-help = Kto pomaga
    .body =
        - Juridisch Loket, bezpłatna porada prawna: juridischloket.nl.
        - FNV, związek zawodowy: fnv.nl.
        - Arbeidsinspectie (Inspekcja Pracy): { $nla-phone }, nlarbeidsinspectie.nl.
        - Punkty informacyjne Work in NL: workinnl.nl.
        Zachowaj swoje umowy, paski wypłaty i wszystkie wiadomości od agencji.

## Guide: pay
guide-pay = Wynagrodzenie
    .summary = Płaca minimalna, dodatek urlopowy, urlop, pasek wypłaty i to, co pracodawca może potrącić z twojej pensji.
guide-pay-minimum = Płaca minimalna
    .body =
        Od ukończenia { $minimum-wage-adult-age ->
            [one] { $minimum-wage-adult-age } roku
            [few] { $minimum-wage-adult-age } lat
            [many] { $minimum-wage-adult-age } lat
           *[other] { $minimum-wage-adult-age } roku
        } musisz dostawać co najmniej ustawową płacę minimalną (minimumloon): { $minimum-wage-hour } brutto za godzinę.
        Płaca minimalna zmienia się co roku w styczniu i w lipcu. Podana wyżej kwota może być już nieaktualna: sprawdź dzisiejszą kwotę na rijksoverheid.nl.
        Osoby poniżej { $minimum-wage-adult-age ->
            [one] { $minimum-wage-adult-age } roku
            [few] { $minimum-wage-adult-age } lat
            [many] { $minimum-wage-adult-age } lat
           *[other] { $minimum-wage-adult-age } roku
        } mają niższą płacę minimalną. Zależy ona od wieku.
        Płaca minimalna obowiązuje też przy pracy na akord (stukloon) i w nadgodzinach. Prawo nie daje dodatku za nadgodziny. Twój CAO albo umowa mogą dawać więcej.
guide-pay-holiday = Dodatek urlopowy i urlop
    .body =
        - Dodatek urlopowy (vakantiegeld): co najmniej { $holiday-allowance-percent } twojej pensji brutto. Dostajesz go co najmniej raz w roku, zwykle w maju albo w czerwcu. Jeśli przewiduje to CAO (także przy pracy przez agencję), może być wypłacany co miesiąc.
        - Urlop (vakantiedagen): co roku co najmniej { $leave-weeks-per-year ->
            [one] { $leave-weeks-per-year } raz
            [few] { $leave-weeks-per-year } razy
            [many] { $leave-weeks-per-year } razy
           *[other] { $leave-weeks-per-year } raza
        } tyle godzin, ile pracujesz w tygodniu. Jeśli pracujesz na pełen etat, to { $leave-days-full-time ->
            [one] { $leave-days-full-time } dzień
            [few] { $leave-days-full-time } dni
            [many] { $leave-days-full-time } dni
           *[other] { $leave-days-full-time } dnia
        }.
        - Ustawowe dni urlopu przepadają { $leave-lapse-months ->
            [one] { $leave-lapse-months } miesiąc
            [few] { $leave-lapse-months } miesiące
            [many] { $leave-lapse-months } miesięcy
           *[other] { $leave-lapse-months } miesiąca
        } po zakończeniu roku, w którym zostały nabyte.
guide-pay-payslip = Sprawdzaj pasek wypłaty (loonstrook)
    .body =
        Za każdym razem sprawdzaj pasek wypłaty (loonstrook):
        - godziny: porównaj je z własnymi zapiskami, na przykład w dzienniczku Werkmaat;
        - stawkę za godzinę: co najmniej płaca minimalna dla twojego wieku;
        - dodatek urlopowy i urlop: czy są wypłacane, czy odkładane dla ciebie?
        - potrącenia (inhoudingen): co zabrano z twojej pensji i dlaczego.
        Jeśli coś się nie zgadza, poproś agencję na piśmie o poprawienie. Zachowuj wszystkie paski wypłaty.
guide-pay-deductions = Co można potrącić z pensji
    .body =
        Od { $deductions-forbidden-since } pracodawca nie może potrącać pieniędzy z twojej płacy minimalnej ani odliczać od niej żadnych kosztów. Jedyne wyjątki to mieszkanie i ubezpieczenie zdrowotne, i to tylko za twoją pisemną zgodą (volmacht).
        - Mieszkanie: najwyżej { $housing-deduction-max-percent } płacy minimalnej brutto, która cię obowiązuje. Rząd planował stopniowo obniżać ten limit, ale { $housing-phaseout-stopped-date } na razie wstrzymał ten plan. Limit nadal może się jednak zmienić.
        - Ubezpieczenie zdrowotne: najwyżej { $insurance-deduction-max-year } rocznie (ten limit zmienia się co roku) i nigdy więcej niż składka z twojej polisy. Musisz być stroną umowy ubezpieczenia i dać pracodawcy kopię polisy.
        Pisemna zgoda (volmacht) musi zawierać:
        - twoje imię i nazwisko oraz nazwę pracodawcy;
        - kwotę;
        - na jakie koszty jest, na przykład czynsz, opłaty za usługi oraz energię albo wodę, jeśli masz własny licznik.
guide-pay-help = Kto pomaga
    .body =
        - Płaca niższa niż minimalna: holenderska Inspekcja Pracy (Nederlandse Arbeidsinspectie), { $nla-phone }, nlarbeidsinspectie.nl.
        - Bezpłatna porada prawna: Juridisch Loket, juridischloket.nl.
        - Związek zawodowy: FNV, fnv.nl.

## Guide: hours
guide-hours = Czas pracy i odpoczynek
    .summary = Jak długo możesz pracować i jaki odpoczynek oraz jakie przerwy ci przysługują.
guide-hours-limits = Jak długo możesz pracować
    .body =
        Ustawa o czasie pracy (Arbeidstijdenwet) wyznacza granice dla dorosłych. Możesz pracować:
        - najwyżej { $max-shift-hours ->
            [one] { $max-shift-hours } godzinę
            [few] { $max-shift-hours } godziny
            [many] { $max-shift-hours } godzin
           *[other] { $max-shift-hours } godziny
        } na jednej zmianie;
        - najwyżej { $max-week-hours ->
            [one] { $max-week-hours } godzinę
            [few] { $max-week-hours } godziny
            [many] { $max-week-hours } godzin
           *[other] { $max-week-hours } godziny
        } w jednym tygodniu;
        - średnio najwyżej { $average-short-period-hours ->
            [one] { $average-short-period-hours } godzinę
            [few] { $average-short-period-hours } godziny
            [many] { $average-short-period-hours } godzin
           *[other] { $average-short-period-hours } godziny
        } tygodniowo w ciągu { $average-short-period-weeks ->
            [one] { $average-short-period-weeks } tygodnia
            [few] { $average-short-period-weeks } tygodni
            [many] { $average-short-period-weeks } tygodni
           *[other] { $average-short-period-weeks } tygodnia
        };
        - średnio najwyżej { $average-long-period-hours ->
            [one] { $average-long-period-hours } godzinę
            [few] { $average-long-period-hours } godziny
            [many] { $average-long-period-hours } godzin
           *[other] { $average-long-period-hours } godziny
        } tygodniowo w ciągu { $average-long-period-weeks ->
            [one] { $average-long-period-weeks } tygodnia
            [few] { $average-long-period-weeks } tygodni
            [many] { $average-long-period-weeks } tygodni
           *[other] { $average-long-period-weeks } tygodnia
        }.
        Twój CAO może mieć własne zasady, ale muszą one mieścić się w granicach ustawy.
guide-hours-rest = Odpoczynek między zmianami i w tygodniu
    .body =
        - Odpoczynek dobowy (dagelijkse rusttijd): po dniu pracy musisz mieć co najmniej { $daily-rest-hours ->
            [one] { $daily-rest-hours } godzinę
            [few] { $daily-rest-hours } godziny
            [many] { $daily-rest-hours } godzin
           *[other] { $daily-rest-hours } godziny
        } odpoczynku bez przerwy. Raz na { $rest-period-days ->
            [one] { $rest-period-days } dzień
            [few] { $rest-period-days } dni
            [many] { $rest-period-days } dni
           *[other] { $rest-period-days } dnia
        } ten odpoczynek może być krótszy, ale musi trwać co najmniej { $daily-rest-shortened-hours ->
            [one] { $daily-rest-shortened-hours } godzinę
            [few] { $daily-rest-shortened-hours } godziny
            [many] { $daily-rest-shortened-hours } godzin
           *[other] { $daily-rest-shortened-hours } godziny
        }, i tylko wtedy, gdy wymaga tego praca.
        - Odpoczynek tygodniowy (wekelijkse rusttijd): musisz mieć co najmniej { $weekly-rest-hours ->
            [one] { $weekly-rest-hours } godzinę
            [few] { $weekly-rest-hours } godziny
            [many] { $weekly-rest-hours } godzin
           *[other] { $weekly-rest-hours } godziny
        } odpoczynku bez przerwy w każdym okresie { $rest-period-days ->
            [one] { $rest-period-days } dnia
            [few] { $rest-period-days } dni
            [many] { $rest-period-days } dni
           *[other] { $rest-period-days } dnia
        } albo { $weekly-rest-long-period-hours ->
            [one] { $weekly-rest-long-period-hours } godzinę
            [few] { $weekly-rest-long-period-hours } godziny
            [many] { $weekly-rest-long-period-hours } godzin
           *[other] { $weekly-rest-long-period-hours } godziny
        } w każdym okresie { $weekly-rest-long-period-days ->
            [one] { $weekly-rest-long-period-days } dnia
            [few] { $weekly-rest-long-period-days } dni
            [many] { $weekly-rest-long-period-days } dni
           *[other] { $weekly-rest-long-period-days } dnia
        }. Ten dłuższy odpoczynek ({ $weekly-rest-long-period-hours ->
            [one] { $weekly-rest-long-period-hours } godzina
            [few] { $weekly-rest-long-period-hours } godziny
            [many] { $weekly-rest-long-period-hours } godzin
           *[other] { $weekly-rest-long-period-hours } godziny
        }) można podzielić na części, które trwają co najmniej { $weekly-rest-min-block-hours ->
            [one] { $weekly-rest-min-block-hours } godzinę
            [few] { $weekly-rest-min-block-hours } godziny
            [many] { $weekly-rest-min-block-hours } godzin
           *[other] { $weekly-rest-min-block-hours } godziny
        }.
guide-hours-breaks = Przerwy (pauze)
    .body =
        - Pracujesz dłużej niż { $break-threshold-hours ->
            [one] { $break-threshold-hours } godzinę
            [few] { $break-threshold-hours } godziny
            [many] { $break-threshold-hours } godzin
           *[other] { $break-threshold-hours } godziny
        }: musisz dostać co najmniej { $break-minutes ->
            [one] { $break-minutes } minutę
            [few] { $break-minutes } minuty
            [many] { $break-minutes } minut
           *[other] { $break-minutes } minuty
        } przerwy. Możesz ją podzielić na części, które trwają co najmniej { $break-part-minutes ->
            [one] { $break-part-minutes } minutę
            [few] { $break-part-minutes } minuty
            [many] { $break-part-minutes } minut
           *[other] { $break-part-minutes } minuty
        }.
        - Pracujesz dłużej niż { $long-day-threshold-hours ->
            [one] { $long-day-threshold-hours } godzinę
            [few] { $long-day-threshold-hours } godziny
            [many] { $long-day-threshold-hours } godzin
           *[other] { $long-day-threshold-hours } godziny
        }: musisz dostać co najmniej { $long-day-break-minutes ->
            [one] { $long-day-break-minutes } minutę
            [few] { $long-day-break-minutes } minuty
            [many] { $long-day-break-minutes } minut
           *[other] { $long-day-break-minutes } minuty
        } przerwy, w częściach, które trwają co najmniej { $break-part-minutes ->
            [one] { $break-part-minutes } minutę
            [few] { $break-part-minutes } minuty
            [many] { $break-part-minutes } minut
           *[other] { $break-part-minutes } minuty
        }.
        Przerwy nie są płatne, chyba że twoja umowa albo CAO mówi inaczej.
guide-hours-night = Nocne zmiany (nachtdienst)
    .body =
        Nie udało nam się w pełni potwierdzić tych zasad: nasze źródła są starsze. Żeby mieć pewność, zapytaj Arbeidsinspectie (Inspekcję Pracy) albo związek zawodowy.
        - Nocna zmiana trwa najwyżej { $night-shift-max-hours ->
            [one] { $night-shift-max-hours } godzinę
            [few] { $night-shift-max-hours } godziny
            [many] { $night-shift-max-hours } godzin
           *[other] { $night-shift-max-hours } godziny
        }.
        - W ciągu { $night-shifts-period-weeks ->
            [one] { $night-shifts-period-weeks } tygodnia
            [few] { $night-shifts-period-weeks } tygodni
            [many] { $night-shifts-period-weeks } tygodni
           *[other] { $night-shifts-period-weeks } tygodnia
        } możesz mieć najwyżej { $night-shifts-max ->
            [one] { $night-shifts-max } nocną zmianę
            [few] { $night-shifts-max } nocne zmiany
            [many] { $night-shifts-max } nocnych zmian
           *[other] { $night-shifts-max } nocnej zmiany
        }.
        - W ciągu { $night-shifts-period-weeks ->
            [one] { $night-shifts-period-weeks } tygodnia
            [few] { $night-shifts-period-weeks } tygodni
            [many] { $night-shifts-period-weeks } tygodni
           *[other] { $night-shifts-period-weeks } tygodnia
        } możesz pracować średnio najwyżej { $night-average-hours ->
            [one] { $night-average-hours } godzinę
            [few] { $night-average-hours } godziny
            [many] { $night-average-hours } godzin
           *[other] { $night-average-hours } godziny
        } tygodniowo.
guide-hours-record = Zapisuj swoje godziny i szukaj pomocy
    .body =
        Codziennie zapisuj, kiedy zaczynasz, kiedy kończysz i jak długie są twoje przerwy. Pomoże ci w tym dzienniczek w aplikacji Werkmaat. Porównuj swoje zapiski z paskiem wypłaty.
        Jeśli musisz pracować za długo albo masz za mało odpoczynku, skontaktuj się z holenderską Inspekcją Pracy (Nederlandse Arbeidsinspectie):
        - { $nla-phone } (bezpłatnie) albo z zagranicy { $nla-phone-abroad };
        - nlarbeidsinspectie.nl.
        Po poradę możesz też zwrócić się do FNV (fnv.nl) albo do Juridisch Loket (juridischloket.nl).

## Guide: housing
guide-housing = Mieszkanie przez pracę
    .summary = Czynsz potrącany z pensji, zasady jakości mieszkania i co robić, gdy kończy się praca.
guide-housing-deduction = Czynsz potrącany z pensji
    .body =
        Pracodawca może potrącać czynsz z twojej płacy minimalnej tylko za twoją pisemną zgodą (volmacht) i najwyżej { $housing-deduction-max-percent } płacy minimalnej brutto, która cię obowiązuje.
        Zgoda (volmacht) musi zawierać twoje imię i nazwisko, nazwę pracodawcy, kwotę i to, na jakie koszty jest: czynsz, opłaty za usługi oraz energię albo wodę, jeśli masz własny licznik.
        Rząd planował obniżyć ten limit. Na razie wstrzymał ten plan, ale limit nadal może się zmienić.
guide-housing-quality = Zasady dotyczące mieszkania
    .body =
        Czynsz można potrącać z pensji tylko wtedy, gdy mieszkanie spełnia zasady jakości:
        - jest to mieszkanie organizacji mieszkań socjalnych (woningcorporatie); albo
        - spełnia normę jakości z CAO, a wynajmujący ma certyfikat na tę normę. W przypadku agencji pracy jest to norma SNF (SNF-norm).
        Nowy CAO dla agencji zachowuje system punktów za cenę i jakość mieszkań dla migrantów zarobkowych.
        Poproś agencję albo wynajmującego na piśmie o dowód, że mieszkanie ma certyfikat.
guide-housing-papers = Osobna umowa najmu
    .body =
        Mieszkanie i praca to dwie różne sprawy. Jeśli przyjeżdżasz do pracy z innego kraju UE, a najem zaczął się { $wgv-separate-contract-since } lub później, prawo (Wet goed verhuurderschap) wymaga, żeby umowa najmu (huurcontract) była osobnym dokumentem, oddzielnym od umowy o pracę (arbeidsovereenkomst).
        - Dzięki temu najem nie kończy się automatycznie, gdy kończy się praca.
        - Wynajmujący musi też na piśmie poinformować cię o twoich prawach i obowiązkach, w języku, który rozumiesz.
        - Jeśli masz jedną wspólną umowę na pracę i mieszkanie, poproś na piśmie o osobną umowę najmu.
        Zachowaj kopie umowy najmu, zgody (volmacht) i wszystkich wiadomości o mieszkaniu.
guide-housing-job-ends = Gdy kończy się praca
    .body =
        Jeśli pracodawca załatwia ci i mieszkanie, i ubezpieczenie zdrowotne, to gdy skończy się praca, możesz stracić jedno i drugie naraz.
        Przy osobnej umowie najmu najem nie kończy się tylko dlatego, że kończy się praca. Starszy CAO dla agencji obiecywał kilka tygodni mieszkania po zakończeniu umowy. Nie udało nam się potwierdzić, czy to nadal obowiązuje według nowego CAO. Zapytaj agencję na piśmie, jak długo możesz zostać w mieszkaniu.
        Ubezpieczenie zdrowotne przez agencję często kończy się razem z pracą. Jeśli zostajesz w Holandii, musisz nadal mieć ubezpieczenie: wykup własne ubezpieczenie zdrowotne (zorgverzekering). Dopóki dostajesz holenderski zasiłek z Ziektewet albo z WW, też musisz mieć ubezpieczenie: sprawdź, czy twoja polisa nadal obowiązuje, i nie rezygnuj z niej.
        Zobacz też przewodnik o utracie pracy.
guide-housing-help = Co robić i kto pomaga
    .body =
        - Zadawaj pytania na piśmie, na przykład e-mailem, i zachowuj odpowiedzi oraz wszystkie dokumenty.
        - Juridisch Loket, bezpłatna porada prawna: juridischloket.nl.
        - FNV, związek zawodowy: fnv.nl.
        - Punkty informacyjne Work in NL: workinnl.nl.
        - Twój urząd gminy (gemeente): zapytaj, jaką pomoc możesz dostać, jeśli stracisz mieszkanie.
        - Pytania o ubezpieczenie zdrowotne: Zorgverzekeringslijn, { $zvl-phone }, zorgverzekeringslijn.nl.
        Jeśli ktoś wykorzystuje mieszkanie, żeby zmusić cię do pracy, skontaktuj się z FairWork (fairwork.nu). W niebezpieczeństwie dzwoń pod { $emergency-phone }.

## Guide: sickness
guide-sickness = Choroba
    .summary = Jak zgłosić chorobę, twoje wynagrodzenie w czasie choroby i co robi UWV dla pracowników agencji.
guide-sickness-report = Zgłoś chorobę
    .body =
        - Zgłoś chorobę w agencji jak najszybciej, i to przed godziną { $report-sick-before }.
        - Zostań w domu do godziny { $stay-home-until }, żeby można było się z tobą skontaktować. UWV może to sprawdzić.
        - Jeśli w czasie choroby przebywasz pod innym adresem, podaj ten adres (verpleegadres).
        - Współpracuj przy powrocie do pracy (re-integratie).
        To zwykłe zasady w branży agencji pracy. Twoja agencja może mieć własne zasady: poproś o nie na piśmie.
guide-sickness-pay = Wynagrodzenie w czasie choroby
    .body =
        - Pracodawca płaci co najmniej { $sick-pay-percent } twojego wynagrodzenia, najdłużej przez { $sick-pay-max-weeks ->
            [one] { $sick-pay-max-weeks } tydzień
            [few] { $sick-pay-max-weeks } tygodnie
            [many] { $sick-pay-max-weeks } tygodni
           *[other] { $sick-pay-max-weeks } tygodnia
        }.
        - Przez { $sick-pay-minimum-wage-weeks ->
            [one] { $sick-pay-minimum-wage-weeks } tydzień
            [few] { $sick-pay-minimum-wage-weeks } tygodnie
            [many] { $sick-pay-minimum-wage-weeks } tygodni
           *[other] { $sick-pay-minimum-wage-weeks } tygodnia
        } od początku choroby dostajesz co najmniej płacę minimalną.
        - Dni bez wynagrodzenia na początku choroby (wachtdagen): najwyżej { $waiting-days-max }, i tylko wtedy, gdy tak mówi twoja umowa albo CAO.
        Wiele CAO daje więcej. Według nowego CAO dla agencji twoje wynagrodzenie w czasie choroby może zależeć od zasad firmy, w której pracujesz, ale nigdy nie może być niższe niż według prawa.
guide-sickness-agency = Pracownicy agencji i UWV
    .body =
        Jeśli twoja agencja stosuje CAO dla agencji, nie może zakończyć twojej umowy z powodu choroby. Płaci ci wynagrodzenie, dopóki trwa umowa.
        Jeśli nadal chorujesz, gdy kończy się umowa, agencja albo pracodawca zgłasza to w UWV i możesz dostać zasiłek chorobowy (Ziektewet). Niektóre agencje same wypłacają ten zasiłek (eigenrisicodrager).
        Jeśli agencja nie zgłosi twojej choroby w UWV na czas, możesz samodzielnie zgłosić chorobę w UWV przez telefon: UWV Telefoon Werknemers. Nie udało nam się potwierdzić tego numeru: sprawdź go na uwv.nl.
        Twoje zgłoszenie choroby znajdziesz w Mijn UWV. Logujesz się przez DigiD.
guide-sickness-after-contract = Choroba po zakończeniu umowy (Ziektewet)
    .body =
        Jeśli zachorujesz w ciągu { $sick-after-contract-weeks ->
            [one] { $sick-after-contract-weeks } tygodnia
            [few] { $sick-after-contract-weeks } tygodni
            [many] { $sick-after-contract-weeks } tygodni
           *[other] { $sick-after-contract-weeks } tygodnia
        } po zakończeniu umowy, nikt nie zgłosi tego za ciebie: zgłoś chorobę w UWV samodzielnie. Zrób to pierwszego dnia choroby, najpóźniej w ciągu { $report-sick-uwv-days ->
            [one] { $report-sick-uwv-days } dnia
            [few] { $report-sick-uwv-days } dni
            [many] { $report-sick-uwv-days } dni
           *[other] { $report-sick-uwv-days } dnia
        }. Zadzwoń do UWV Telefoon Werknemers.
        Jeśli dostajesz WW, zgłoś chorobę w Mijn UWV także w ciągu { $report-sick-uwv-days ->
            [one] { $report-sick-uwv-days } dnia
            [few] { $report-sick-uwv-days } dni
            [many] { $report-sick-uwv-days } dni
           *[other] { $report-sick-uwv-days } dnia
        }.
        - Zasiłek z Ziektewet wynosi { $ziektewet-percent } twojej stawki dziennej (dagloon), czyli średniego dziennego zarobku z roku przed zachorowaniem.
        - Nie ma minimum: zasiłek może być niższy niż płaca minimalna. Jeśli twojemu gospodarstwu domowemu nie starcza na życie, poproś UWV o dopłatę (toeslag).
        - Ziektewet trwa najwyżej { $ziektewet-max-weeks ->
            [one] { $ziektewet-max-weeks } tydzień
            [few] { $ziektewet-max-weeks } tygodnie
            [many] { $ziektewet-max-weeks } tygodni
           *[other] { $ziektewet-max-weeks } tygodnia
        }. Mniej więcej w { $ezwb-week }. tygodniu UWV sprawdza, ile jeszcze możesz zarobić. Jeśli twoja niezdolność do pracy wynosi mniej niż { $wia-threshold-percent }, Ziektewet kończy się miesiąc później.
guide-sickness-long = Gdy chorujesz długo
    .body =
        Świadczenie WIA może się zacząć po { $sick-pay-max-weeks ->
            [one] { $sick-pay-max-weeks } tygodniu
            [few] { $sick-pay-max-weeks } tygodniach
            [many] { $sick-pay-max-weeks } tygodniach
           *[other] { $sick-pay-max-weeks } tygodnia
        } choroby. Wniosek trzeba złożyć wcześniej, jeszcze w czasie choroby:
        - Mniej więcej w { $wia-letter-week }. tygodniu choroby UWV wysyła ci list.
        - Złóż wniosek między { $wia-letter-week }. a { $wia-apply-until-week }. tygodniem choroby. Nie czekaj dłużej. Potrzebujesz DigiD.
        - UWV sprawdza raport o twoim powrocie do pracy (re-integratieverslag). Jeśli pracodawca zrobił za mało, musi dłużej płacić ci wynagrodzenie: jest to kara płacowa (loonsanctie) na najwyżej { $loonsanctie-max-years ->
            [one] { $loonsanctie-max-years } rok
            [few] { $loonsanctie-max-years } lata
            [many] { $loonsanctie-max-years } lat
           *[other] { $loonsanctie-max-years } roku
        }.
        - Potem ocenia cię lekarz orzecznik (verzekeringsarts) i specjalista do spraw pracy (arbeidsdeskundige).
        WIA jest dla osób niezdolnych do pracy (arbeidsongeschikt) w co najmniej { $wia-threshold-percent }. WGA, jeśli możesz jeszcze częściowo pracować albo twój stan może się poprawić; IVA przy niezdolności do pracy w co najmniej { $iva-threshold-percent }, która się nie poprawi.
guide-sickness-help = Kto pomaga
    .body =
        - UWV: uwv.nl i Mijn UWV.
        - Twój lekarz rodzinny (huisarts): w sprawie leczenia.
        - Lekarz zakładowy (bedrijfsarts): zobacz poradnik o lekarzu zakładowym.
        - Juridisch Loket: juridischloket.nl. FNV: fnv.nl.
        Zapisuj swoje dolegliwości i dni choroby w dzienniczku Werkmaat.

## Guide: company-doctor
guide-company-doctor = Lekarz zakładowy (bedrijfsarts)
    .summary = Twoje prawo do wizyty u lekarza zakładowego, druga opinia i co robić, jeśli twoja agencja nie ma lekarza zakładowego.
guide-company-doctor-role = Każdy pracodawca musi mieć lekarza zakładowego
    .body =
        Lekarz zakładowy (bedrijfsarts) to lekarz od pytań o twoje zdrowie i twoją pracę oraz od powrotu do pracy po chorobie.
        Według ustawy o warunkach pracy (Arbowet), zmienionej { $arbowet-bedrijfsarts-date }, każdy pracodawca musi mieć umowę podstawową (basiscontract) z lekarzem zakładowym albo ze służbą medycyny pracy (arbodienst).
        Jeśli chorujesz, lekarz zakładowy musi zająć się twoją sprawą najpóźniej w { $bedrijfsarts-by-week }. tygodniu nieobecności.
guide-company-doctor-visit = Możesz samodzielnie iść do lekarza zakładowego
    .body =
        - Możesz iść do lekarza zakładowego bez zgody pracodawcy.
        - Możesz iść także wtedy, gdy nie chorujesz, na przykład z pytaniami o zdrowie i pracę. To tak zwane otwarte godziny przyjęć (open spreekuur).
        - Lekarzy obowiązuje tajemnica lekarska (medisch beroepsgeheim). Jeśli nie wiesz na pewno, co lekarz zakładowy przekaże pracodawcy, zapytaj go o to przed rozmową.
guide-company-doctor-second-opinion = Druga opinia
    .body =
        Jeśli nie zgadzasz się z radą lekarza zakładowego, masz prawo do drugiej opinii innego lekarza zakładowego.
        Prośbę można odrzucić tylko z bardzo ważnych powodów (zwaarwegende argumenten).
        Innego lekarza wybierasz spośród lekarzy wymienionych w umowie podstawowej (basiscontract).
        Poproś o drugą opinię na piśmie i zachowaj kopię.
guide-company-doctor-no-access = Jeśli nie masz dostępu do lekarza zakładowego
    .body =
        W praktyce migranci zarobkowi, którzy pracują przez agencję, często nie mają dostępu do lekarza zakładowego. Co możesz zrobić:
        - Zapytaj agencję na piśmie, kto jest jej lekarzem zakładowym albo służbą medycyny pracy (arbodienst) i jak możesz umówić wizytę. Zachowaj odpowiedź.
        - W sprawie leczenia idź do swojego lekarza rodzinnego (huisarts). Dzwoń w dni robocze w godzinach od { $gp-office-opens } do { $gp-office-closes }.
        - Jeśli twój pracodawca nie ma lekarza zakładowego, zgłoś to holenderskiej Inspekcji Pracy (Nederlandse Arbeidsinspectie): { $nla-phone }, nlarbeidsinspectie.nl.
        - W nagłym wypadku dzwoń pod { $emergency-phone }.
        Zapisuj swoje dolegliwości w dzienniczku Werkmaat, żeby móc pokazać je lekarzowi.

## Guide: accidents
guide-accidents = Wypadki przy pracy
    .summary = Co robić po wypadku przy pracy, co musi zrobić pracodawca i jak samodzielnie zgłosić niebezpieczną pracę.
guide-accidents-now = Co robić od razu
    .body =
        Jeśli ktoś jest w niebezpieczeństwie albo jest ciężko ranny, dzwoń pod { $emergency-phone }. Operatorzy mówią po angielsku.
        - Udziel pierwszej pomocy, jeśli możesz to zrobić bezpiecznie.
        - Przy innych urazach dzwoń do swojego lekarza rodzinnego (huisarts). Wieczorem, w nocy i w weekendy dzwoń do nocnej i świątecznej pomocy lekarskiej (huisartsenpost).
        - Na szpitalny oddział ratunkowy (spoedeisende hulp, SEH) idź tylko wtedy, gdy skieruje cię tam lekarz rodzinny (huisarts) albo huisartsenpost, albo gdy zagrożone jest życie.
        - Jak najszybciej powiedz o tym pracodawcy. Jeśli pracujesz przez agencję pracy (uitzendbureau), powiedz też agencji.
guide-accidents-record = Zapisz, co się stało
    .body =
        Zapisz, co się stało, póki dobrze to pamiętasz:
        - datę, godzinę i miejsce;
        - przy jakiej pracy to się stało i co poszło nie tak;
        - jaki masz uraz i jak do niego doszło;
        - imiona i nazwiska osób, które to widziały (świadków);
        - gdzie cię leczono: u jakiego lekarza albo w jakim szpitalu.
        Zrób zdjęcia miejsca, maszyny albo narzędzi i swojego urazu. Zachowaj wszystkie pisma od lekarzy. Dzienniczek Werkmaat może przechowywać te notatki i zdjęcia w twoim telefonie.
guide-accidents-employer = Co musi zrobić pracodawca
    .body =
        Pracodawca musi od razu zgłosić poważny wypadek przy pracy holenderskiej Inspekcji Pracy (Nederlandse Arbeidsinspectie). Dotyczy to też pracowników agencji. Wypadek jest poważny, gdy prowadzi do:
        - śmierci;
        - trwałego uszczerbku na zdrowiu, na przykład utraty części ciała albo utraty wzroku;
        - przyjęcia do szpitala, także na jeden dzień. Leczenie bez przyjęcia do szpitala się nie liczy.
        Jeśli okaże się to dopiero później, pracodawca musi zgłosić wypadek w tym momencie.
        Pracodawca musi też prowadzić listę (register) zgłoszonych wypadków oraz wypadków, po których ktoś nie mógł pracować przez ponad { $accident-register-absence-days ->
            [one] { $accident-register-absence-days } dzień roboczy
            [few] { $accident-register-absence-days } dni robocze
            [many] { $accident-register-absence-days } dni roboczych
           *[other] { $accident-register-absence-days } dnia roboczego
        }.
guide-accidents-liability = Kiedy pracodawca odpowiada za szkodę
    .body =
        Przepis o odpowiedzialności pracodawcy w kodeksie cywilnym (Burgerlijk Wetboek) mówi, że pracodawca musi stosować takie środki bezpieczeństwa, jakich można rozsądnie oczekiwać, żeby nic ci się nie stało w pracy.
        Musisz tylko pokazać, że do urazu doszło podczas wykonywania pracy. Wtedy pracodawca musi udowodnić, że zrobił wystarczająco dużo dla twojego bezpieczeństwa. Jeśli nie może tego udowodnić, może musieć zapłacić za twoją szkodę.
        Pracodawca nie odpowiada, jeśli szkoda powstała głównie przez ciebie: celowo albo przez twoją świadomą, bardzo dużą lekkomyślność. Przepis nie obiecuje, że praca jest całkowicie bezpieczna.
        Po poradę w swojej sprawie zwróć się do punktu bezpłatnej pomocy prawnej (Juridisch Loket): juridischloket.nl.
guide-accidents-report = Samodzielne zgłaszanie niebezpiecznej pracy
    .body =
        Niebezpieczną pracę możesz samodzielnie zgłosić do Arbeidsinspectie (Inspekcji Pracy), także wtedy, gdy jeszcze nic się nie stało.
        - Dzwoń pod { $nla-phone }. Ten numer jest bezpłatny.
        - Z zagranicy dzwoń pod { $nla-phone-abroad }. Inne źródło podaje inny numer, więc jeśli ten nie działa, sprawdź na nlarbeidsinspectie.nl.
        - Możesz też zgłosić to przez formularz internetowy. Formularze są dostępne w kilku językach.
        - Możesz zgłosić to anonimowo, bez podawania nazwiska.

## Guide: insurance
guide-insurance = Ubezpieczenie zdrowotne
    .summary = Kto musi mieć holenderskie ubezpieczenie zdrowotne, do kiedy, jak je wybrać i co się dzieje, jeśli go nie masz.
guide-insurance-who = Kto musi mieć ubezpieczenie
    .body =
        Holenderskie ubezpieczenie zdrowotne jest obowiązkowe z mocy ustawy (Zorgverzekeringswet). Musisz je mieć, jeśli:
        - mieszkasz w Holandii albo
        - pracujesz w Holandii i płacisz holenderski podatek od wynagrodzenia (loonheffing), także jeśli mieszkasz za granicą albo pracujesz sezonowo.
        Ubezpieczenie w twoim kraju nie zwalnia cię z tego obowiązku.
        Wyjątek: jeśli zagraniczny pracodawca wysłał cię tu na jakiś czas (delegowanie) i masz zaświadczenie A1, nadal masz ubezpieczenie w swoim kraju. Wtedy przy leczeniu, które jest medycznie konieczne, korzystasz z Europejskiej Karty Ubezpieczenia Zdrowotnego (EKUZ).
guide-insurance-deadline = Termin
    .body =
        Wykup ubezpieczenie w ciągu { $insure-within-months ->
            [one] { $insure-within-months } miesiąca
            [few] { $insure-within-months } miesięcy
            [many] { $insure-within-months } miesięcy
           *[other] { $insure-within-months } miesiąca
        } od pierwszego dnia pracy albo od rejestracji w urzędzie gminy (gemeente). Ubezpieczenie obejmie cię wtedy od tego pierwszego dnia, a składkę płacisz od tego dnia.
        Jeśli się spóźnisz, nie masz ubezpieczenia za wcześniejszy czas, więc za leczenie z tego czasu płacisz z własnej kieszeni. Możesz też dostać karę od CAK, urzędu, który zajmuje się osobami bez ubezpieczenia.
guide-insurance-choice = Wybór ubezpieczyciela
    .body =
        Ubezpieczyciela zdrowotnego (zorgverzekeraar) możesz wybrać samodzielnie. Mówi to też CAK.
        Pracodawca albo agencja może ci zaproponować ubezpieczenie grupowe (collectieve verzekering). Może potrącać składkę z pensji tylko wtedy, gdy dasz pisemną zgodę (volmacht). Musisz być stroną umowy ubezpieczenia i dostać kopię polisy.
        Nie znaleźliśmy przepisu, który mówiłby dokładnie tymi słowami, że pracodawca nie może zmusić cię do swojego ubezpieczenia. Ale prawo daje ci wolny wybór ubezpieczyciela, a potrącenie wymaga twojej zgody (volmacht). Jeśli nie wiesz na pewno, zapytaj Zorgverzekeringslijn.
guide-insurance-cak = Listy od CAK
    .body =
        Jeśli musisz mieć ubezpieczenie, a go nie masz, CAK postępuje tak:
        - Dostajesz list. Masz wtedy { $cak-letter-months ->
            [one] { $cak-letter-months } miesiąc
            [few] { $cak-letter-months } miesiące
            [many] { $cak-letter-months } miesięcy
           *[other] { $cak-letter-months } miesiąca
        } na wykupienie ubezpieczenia.
        - Jeśli tego nie zrobisz, dostajesz karę.
        - Jeśli { $cak-letter-months ->
            [one] { $cak-letter-months } miesiąc
            [few] { $cak-letter-months } miesiące
            [many] { $cak-letter-months } miesięcy
           *[other] { $cak-letter-months } miesiąca
        } później nadal nie masz ubezpieczenia, dostajesz drugą karę.
        - Potem CAK sam cię ubezpiecza i wybiera ubezpieczyciela. Przez { $cak-premium-months ->
            [one] { $cak-premium-months } miesiąc
            [few] { $cak-premium-months } miesiące
            [many] { $cak-premium-months } miesięcy
           *[other] { $cak-premium-months } miesiąca
        } pobiera z twojej pensji albo zasiłku wyższą składkę (bestuursrechtelijke premie).
        Według prawa każda kara to trzykrotność standardowej składki (standaardpremie) za jeden miesiąc. Standaardpremie wynosi { $standaardpremie } rocznie, więc kara to { $cak-fine }. Wyższa składka to { $cak-premium-month } miesięcznie. Te kwoty zmieniają się co roku: sprawdź swój list albo stronę hetcak.nl, która ma też wersję po angielsku.
        Nigdy nie ignoruj listu od CAK.
guide-insurance-job-ends = Gdy kończy się praca
    .body =
        Ubezpieczenie grupowe przez agencję często kończy się razem z pracą. Jeśli nadal mieszkasz w Holandii albo nadal płacisz holenderski podatek od wynagrodzenia, musisz nadal mieć ubezpieczenie: od razu wykup własne.
        Dopóki dostajesz holenderski zasiłek chorobowy (Ziektewet) albo zasiłek dla bezrobotnych (WW), też musisz mieć ubezpieczenie. Sprawdź, czy twoja polisa nadal obowiązuje, i nie rezygnuj z niej.
        Jeśli wyjeżdżasz z Holandii na stałe (a nie tylko na urlop) i nie masz już dochodu z Holandii, tracisz prawo do holenderskiego ubezpieczenia. Zrezygnuj z niego i pokaż dowód wymeldowania z rejestru ludności (BRP).
guide-insurance-help = Kto może pomóc
    .body =
        Zorgverzekeringslijn to niezależna infolinia w sprawach ubezpieczenia zdrowotnego.
        - Dzwoń pod { $zvl-phone } w dni robocze albo pisz na czacie na zorgverzekeringslijn.nl.
        - Nie udało nam się potwierdzić, w jakich językach można tam rozmawiać.
        Listy i kary od CAK: zobacz hetcak.nl. Lista kontrolna ubezpieczeń w aplikacji Werkmaat pomoże ci sprawdzić twoją sytuację.

## Guide: care
guide-care = Opieka zdrowotna: dokąd iść
    .summary = Twój lekarz rodzinny, nocna i świąteczna pomoc lekarska, nagłe wypadki, leki, dentysta i to, co płacisz z własnej kieszeni.
guide-care-gp = Twój lekarz rodzinny (huisarts)
    .body =
        W Holandii najpierw idziesz do lekarza rodzinnego (huisarts). Huisarts decyduje, czy potrzebujesz szpitala albo specjalisty, i wysyła cię tam ze skierowaniem (verwijzing).
        - Zapisz się do lekarza rodzinnego (huisarts) blisko miejsca, w którym mieszkasz. Nie czekaj, aż zachorujesz.
        - Przychodnie często są pełne i nie przyjmują nowych pacjentów. Wtedy pytaj w innych przychodniach w pobliżu. Wyszukiwarka opieki w aplikacji Werkmaat pokazuje przychodnie niedaleko ciebie.
        - Dzwoń do przychodni w dni robocze w godzinach od { $gp-office-opens } do { $gp-office-closes }.
        Porady o drobnych problemach ze zdrowiem, z którymi możesz sobie poradzić w domu, znajdziesz na thuisarts.nl.
guide-care-out-of-hours = Wieczory, noce i weekendy (huisartsenpost)
    .body =
        Gdy przychodnia twojego lekarza rodzinnego (huisarts) jest zamknięta, dzwoń do nocnej i świątecznej pomocy lekarskiej (huisartsenpost). Działa wieczorem i w nocy (w dni robocze od { $gp-office-closes } do { $gp-office-opens }), w weekendy i w święta.
        - Zawsze najpierw zadzwoń. Nie możesz po prostu przyjść. Osoba, która odbiera telefon (triagist), ocenia, jak pilna jest sprawa.
        - Każdy region ma swój numer. Zadzwoń do swojego lekarza rodzinnego (huisarts): poza godzinami pracy nagrana wiadomość często podaje ten numer. Pokazuje go też wyszukiwarka opieki w aplikacji Werkmaat.
        Przygotuj te informacje przed rozmową i zabierz dokument tożsamości, gdy tam idziesz:
        - imię i nazwisko, datę urodzenia i numer BSN;
        - nazwę ubezpieczyciela zdrowotnego i numer polisy;
        - nazwisko swojego lekarza rodzinnego (huisarts) i leki, które bierzesz.
        Werkmaat może przechowywać te dane za ciebie.
guide-care-emergency = Nagłe wypadki
    .body =
        Dzwoń pod { $emergency-phone }, gdy zagrożone jest życie: po karetkę, policję albo straż pożarną. Operatorzy mówią po angielsku.
        Bezpłatna aplikacja 112NL pomaga, jeśli źle słyszysz, masz trudności z mówieniem albo nie mówisz po niderlandzku ani po angielsku:
        - możesz zadzwonić pod { $emergency-phone } albo bezpośrednio na policję, do straży pożarnej lub po karetkę;
        - operator może zacząć z tobą czat, a czat może tłumaczyć na wiele języków;
        - aplikacja wysyła twoją lokalizację, jeśli na to pozwolisz.
        Zainstaluj ją teraz, zanim będzie potrzebna. Stary telefon tekstowy { $emergency-textphone } jest wycofywany i może już nie działać.
        Szpitalny oddział ratunkowy (spoedeisende hulp, SEH) jest dla pilnych przypadków. Idź tam tylko wtedy, gdy skieruje cię lekarz rodzinny (huisarts) albo huisartsenpost, albo gdy zagrożone jest życie.
guide-care-medicines-dentist = Leki i dentysta
    .body =
        Leki dostajesz w aptece (apotheek). Leki na receptę z pakietu podstawowego wliczają się do udziału własnego (eigen risico).
        Leczenie u dentysty (tandarts) nie należy do pakietu podstawowego dla dorosłych. Pakiet płaci tylko za specjalistyczne leczenie zębów, na przykład operację szczęki, i za pełne protezy zębowe. Do pełnej protezy dopłacasz { $dentures-own-share-percent } kosztów.
        Na inne leczenie zębów potrzebujesz ubezpieczenia dodatkowego (aanvullende verzekering). U dzieci większość leczenia zębów należy do pakietu podstawowego.
guide-care-costs = Co płacisz z własnej kieszeni (eigen risico)
    .body =
        Co roku płacisz z własnej kieszeni koszty leczenia z pakietu podstawowego do kwoty { $eigen-risico }. To udział własny (eigen risico). Ta kwota może się zmienić w najbliższych latach.
        Do eigen risico nie wliczają się:
        - wizyty u lekarza rodzinnego (huisarts);
        - opieka nad matką i dzieckiem po porodzie (kraamzorg);
        - opieka pielęgniarki środowiskowej (wijkverpleging).
        Dzieci i młodzież poniżej { $no-deductible-under-age ->
            [one] { $no-deductible-under-age } roku
            [few] { $no-deductible-under-age } lat
            [many] { $no-deductible-under-age } lat
           *[other] { $no-deductible-under-age } roku
        } nie płacą eigen risico.

## Guide: zorgtoeslag
guide-zorgtoeslag = Dodatek do ubezpieczenia zdrowotnego (zorgtoeslag)
    .summary = Pieniądze od państwa na opłacenie ubezpieczenia zdrowotnego: kto może je dostać, ile i jak złożyć wniosek.
guide-zorgtoeslag-who = Kto może go dostać
    .body =
        Dodatek do ubezpieczenia zdrowotnego (zorgtoeslag) to pieniądze od urzędu skarbowego (Belastingdienst/Toeslagen), które pomagają ci opłacić ubezpieczenie zdrowotne. Możesz go dostać, jeśli:
        - masz co najmniej { $zorgtoeslag-min-age ->
            [one] { $zorgtoeslag-min-age } rok
            [few] { $zorgtoeslag-min-age } lata
            [many] { $zorgtoeslag-min-age } lat
           *[other] { $zorgtoeslag-min-age } roku
        };
        - masz holenderskie ubezpieczenie zdrowotne;
        - masz obywatelstwo holenderskie, obywatelstwo kraju Europejskiego Obszaru Gospodarczego (EOG) albo zezwolenie na pobyt;
        - twój dochód jest niższy niż limit: { $zorgtoeslag-income-single } rocznie, jeśli nie masz partnera, albo { $zorgtoeslag-income-partner } rocznie razem z partnerem, z którym dostajesz dodatek (toeslagpartner);
        - twoje oszczędności i inny majątek są niższe niż limit. Ten limit zmienia się co roku. Najnowszy limit, który udało nam się potwierdzić, to { $zorgtoeslag-assets-single } bez partnera albo { $zorgtoeslag-assets-partner } razem z partnerem (toeslagpartner), ale pochodzi on z wcześniejszego roku. Sprawdź limit na ten rok na belastingdienst.nl.
        Mąż, żona albo zarejestrowany partner lub partnerka jest twoim toeslagpartner także wtedy, gdy mieszka w innym kraju, i jego lub jej dochód się liczy. Jeśli twój toeslagpartner ma ubezpieczenie w innym kraju, dostajesz połowę kwoty dla par.
        Zorgtoeslag możesz dostać także wtedy, gdy mieszkasz za granicą, jeśli pracujesz w Holandii i masz holenderskie ubezpieczenie zdrowotne.
guide-zorgtoeslag-amount = Ile dostaniesz
    .body =
        Kwota zależy od twojego dochodu: im niższy dochód, tym więcej dostajesz.
        - Bez partnera (toeslagpartner) dostajesz najwyżej około { $zorgtoeslag-max-month-single } miesięcznie.
        - Z partnerem (toeslagpartner) dostajecie razem najwyżej około { $zorgtoeslag-max-month-partner } miesięcznie.
        Te kwoty znaleźliśmy w jednym artykule prasowym, więc mogą nie być dokładne. Twoją kwotę wylicza Belastingdienst.
guide-zorgtoeslag-apply = Jak złożyć wniosek
    .body =
        - Potrzebujesz DigiD, holenderskiego loginu do urzędów. Zobacz digid.nl.
        - Złóż wniosek na belastingdienst.nl, w Mijn toeslagen.
        - Zmiany dochodu albo nowego partnera szybko zgłaszaj w Mijn toeslagen.
        Belastingdienst później sprawdza twój prawdziwy dochód. Jeśli dodatek był za wysoki, możliwe, że trzeba będzie go zwrócić. Zachowuj wszystkie listy od Belastingdienst.
guide-zorgtoeslag-help = Kto może pomóc
    .body =
        Zadzwoń do BelastingTelefoon pod numer { $belastingtelefoon }. Połączenie jest bezpłatne. Infolinia działa od poniedziałku do piątku.
        Gdy dzwonisz, miej pod ręką swój numer BSN.

## Guide: interpreters
guide-interpreters = Tłumacze w opiece zdrowotnej
    .summary = Jak zadbać o dobre porozumienie z lekarzem, kiedy możesz dostać tłumacza i kto za to płaci.
guide-interpreters-understand = Dobre porozumienie
    .body =
        Dobre leczenie wymaga dobrego porozumienia: ty musisz rozumieć lekarza, a lekarz musi rozumieć ciebie.
        - Nie mów „tak”, jeśli czegoś nie rozumiesz.
        - Możesz poprosić lekarza, żeby wyjaśnił to jeszcze raz, prostszymi słowami.
        - Możesz poprosić o tłumacza (tolk).
        Przed wizytą powiedz w przychodni, w jakim języku mówisz.
guide-interpreters-guideline = Wytyczne o barierach językowych
    .body =
        Wytyczne dla pracowników ochrony zdrowia o barierach językowych (Omgaan met taalbarrières in de zorg en het sociaal domein) opublikowano { $language-guideline-date }. Przygotowały je wspólnie organizacje pracowników ochrony zdrowia i pacjentów, między innymi Holenderskie Towarzystwo Lekarzy Rodzinnych (NHG) i Holenderska Federacja Pacjentów (Patiëntenfederatie Nederland). Wytyczne mówią:
        - Przy skomplikowanych, delikatnych albo poważnych rozmowach pracownik ochrony zdrowia powinien skorzystać z zawodowego tłumacza.
        - Członek rodziny, znajomy albo aplikacja do tłumaczenia są tylko do prostych rozmów, i tylko wtedy, gdy tego chcesz.
        - Dzieci nigdy nie mogą tłumaczyć.
        - Pracownik ochrony zdrowia sprawdza, czy wszystko jest dla ciebie jasne, na przykład prosi cię o powtórzenie tego własnymi słowami.
guide-interpreters-costs = Kto płaci za tłumacza
    .body =
        To zależy od rodzaju opieki:
        - Lekarz rodzinny (huisarts): nie ma ogólnokrajowych zasad, według których ktoś płaci za tłumacza. Niektóre regiony płacą za tłumaczy przez telefon. Zapytaj swojego huisarts, czy w twoim regionie jest to możliwe.
        - Opieka w zakresie zdrowia psychicznego (GGZ): tłumacze są opłacani od { $ggz-interpreter-since }.
        - Opieka w ciąży i przy porodzie u położnej (verloskundige): tłumacze są opłacani od { $obstetric-interpreter-since }. Oficjalnie jest to rozwiązanie tymczasowe.
        Przy innej opiece zapytaj przed wizytą, czy można mieć tłumacza i kto za niego zapłaci.
guide-interpreters-ask = Co możesz zrobić
    .body =
        - Gdy umawiasz wizytę, powiedz, że potrzebujesz zawodowego tłumacza, i na jaki język.
        - Do prostych rozmów możesz przyprowadzić zaufaną osobę, która ci pomoże.
        - Karty z tekstem w aplikacji Werkmaat pokazują krótkie zdania po niderlandzku i w twoim języku. Możesz je pokazać lekarzowi albo pracownikowi przychodni.

## Guide: exploitation
guide-exploitation = Wyzysk: gdzie szukać pomocy
    .summary = Sygnały wyzysku w pracy, gdzie możesz go zgłosić i kto może ci pomóc.
guide-exploitation-signs = Sygnały ostrzegawcze
    .body =
        Wyzysk w pracy (arbeidsuitbuiting) często zaczyna się od drobnych rzeczy. Uważaj, jeśli:
        - za przepracowane godziny dostajesz mniej, niż wynosi płaca minimalna (minimumloon);
        - ktoś zabiera pieniądze z twojej pensji bez twojej pisemnej zgody (volmacht). Z płacy minimalnej można potrącać tylko za mieszkanie i ubezpieczenie zdrowotne, i tylko za zgodą (volmacht);
        - ktoś zmusza cię do pracy albo do pozostania w pracy;
        - twoja praca jest niebezpieczna i nikt nic z tym nie robi.
        Wielu pracowników ma mieszkanie i ubezpieczenie zdrowotne przez pracodawcę. To uzależnia cię od niego: jeśli stracisz pracę, możesz jednocześnie stracić mieszkanie i ubezpieczenie.
guide-exploitation-danger = Niebezpieczeństwo i pilne sprawy
    .body =
        - Jesteś teraz w niebezpieczeństwie: dzwoń pod { $emergency-phone }.
        - Policja, gdy to nie jest nagły wypadek: { $police-phone }. Ten numer nie jest bezpłatny: płacisz niewielką kwotę za minutę oprócz zwykłego kosztu połączenia, a z niektórymi zagranicznymi kartami SIM może nie działać. Na policji możesz zgłosić zmuszanie do pracy albo wyzysk.
        - Zgłoszenie przestępstwa bez podawania nazwiska: Meld Misdaad Anoniem, telefon { $mma-phone } albo meldmisdaadanoniem.nl.
guide-exploitation-report = Zgłoszenie do Arbeidsinspectie
    .body =
        Holenderska Inspekcja Pracy (Nederlandse Arbeidsinspectie) zajmuje się niebezpieczną pracą, zbyt niską płacą i wyzyskiem.
        - Dzwoń pod { $nla-phone } (bezpłatnie) albo z zagranicy pod { $nla-phone-abroad }. Inne źródło podaje inny numer z zagranicy; jeśli ten nie działa, sprawdź na nlarbeidsinspectie.nl.
        - Są formularze internetowe w kilku językach.
        - Możesz zgłosić to anonimowo, bez podawania nazwiska.
        Według Inspekcji Pracy nie mówi ona pracodawcy, kto złożył zgłoszenie.
guide-exploitation-help = Kto może ci pomóc
    .body =
        - FairWork pomaga ofiarom wyzysku w pracy, za darmo i poufnie: fairwork.nu.
        - CoMensha, krajowe centrum przeciw handlowi ludźmi (mensenhandel), rejestruje ofiary i załatwia schronienie. Telefon { $comensha-phone }, od poniedziałku do piątku od { $comensha-opens } do { $comensha-closes }, albo e-mail info@comensha.nl.
        - FNV to związek zawodowy (vakbond). Organizował spotkania informacyjne po polsku, także dla osób, które nie są członkami: fnv.nl.
        - Punkt bezpłatnej pomocy prawnej (Juridisch Loket) daje bezpłatne porady prawne: juridischloket.nl. W ramach projektu próbnego pomaga też po polsku, bułgarsku i rumuńsku w niektórych prowincjach (Noord-Holland, Zuid-Holland, Noord-Brabant i Limburg). Sprawdź na stronie, czy projekt nadal trwa.
        - Work in NL ma punkty informacyjne dla migrantów zarobkowych z UE we wszystkich regionach rynku pracy: workinnl.nl.
guide-exploitation-what-next = Co może dla ciebie oznaczać zgłoszenie
    .body =
        Zgłoszenie może doprowadzić do dochodzenia. Nie możemy obiecać, jaki będzie wynik ani jak długo to potrwa.
        - Możesz zgłosić sprawę anonimowo: do Arbeidsinspectie albo do Meld Misdaad Anoniem.
        - Przechowuj w bezpiecznym miejscu kopie umowy, pasków wypłaty (loonstroken) i listę swoich godzin pracy. Dzienniczek Werkmaat może zapisywać twoje godziny.
        - Ofiara handlu ludźmi może dostać pomoc i bezpieczne miejsce do mieszkania przez CoMensha.
        - Jeśli mieszkanie i ubezpieczenie masz przez pracodawcę, pomyśl o tym zawczasu: gdzie możesz mieszkać i jak zachować ubezpieczenie? Zobacz poradnik o ubezpieczeniu zdrowotnym.
        Jeśli nie wiesz, co zrobić, najpierw porozmawiaj z FairWork.

## Guide: mental-health
guide-mental-health = Zdrowie psychiczne
    .summary = Stres, zmartwienia i przygnębienie zdarzają się często. Gdzie możesz dostać pomoc, także w kryzysie.
guide-mental-health-common = Nie tylko ty tak masz
    .body =
        Życie i praca daleko od domu bywają trudne. Stres, zmartwienia, problemy ze snem i przygnębienie zdarzają się wielu osobom. To nie jest słabość i możesz poprosić o pomoc.
        Badania w Holandii pokazały, że wielu migrantów zarobkowych ma słabe zdrowie psychiczne, dużo częściej niż holenderscy pracownicy.
guide-mental-health-gp = Porozmawiaj z lekarzem rodzinnym (huisarts)
    .body =
        Twój lekarz rodzinny (huisarts) to pierwsze miejsce, do którego warto iść, także ze stresem, lękiem, smutkiem albo problemami ze snem. To, co mówisz lekarzowi, jest poufne.
        Huisarts może ci pomóc albo skierować cię do opieki w zakresie zdrowia psychicznego (GGZ). W GGZ tłumacze są opłacani od { $ggz-interpreter-since }. Poproś o tłumacza, jeśli go potrzebujesz.
        Możesz też porozmawiać z lekarzem zakładowym (bedrijfsarts), bez pytania pracodawcy o zgodę i także wtedy, gdy nie chorujesz. Ale wielu pracowników agencji ma do niego słaby dostęp albo nie ma go wcale.
guide-mental-health-crisis = W kryzysie
    .body =
        Jeśli myślisz o samobójstwie, skontaktuj się z holenderskim telefonem zaufania dla osób w kryzysie samobójczym (Zelfmoordpreventie, 113.nl):
        - zadzwoń pod { $crisis-phone } albo { $crisis-phone-free }; oba numery są bezpłatne;
        - albo napisz na czacie na 113.nl.
        Telefon działa w dzień i w nocy i nie musisz podawać nazwiska.
        Jeśli ty albo ktoś inny jest teraz w niebezpieczeństwie, dzwoń pod { $emergency-phone }.
guide-mental-health-self-care = Dbaj o siebie
    .body =
        Kilka prostych nawyków może ci pomagać na co dzień. Nie zastępują one pomocy lekarza.
        - Staraj się wysypiać, a czas odpoczynku i dni wolne wykorzystuj na odpoczynek. Zobacz poradnik o czasie pracy.
        - Porozmawiaj z kimś, komu ufasz: z kimś bliskim, z kimś z pracy albo z rodziną w kraju.
        - Utrzymuj kontakt z rodziną i przyjaciółmi, także przez telefon albo rozmowy wideo.
        Jeśli czujesz się gorzej albo to nie mija, idź do lekarza rodzinnego (huisarts).

## Guide: losing-job
guide-losing-job = Utrata pracy
    .summary = Co zrobić, gdy kończy się praca: zasiłek dla bezrobotnych (WW), ostatnia wypłata, odprawa (transitievergoeding), ubezpieczenie i mieszkanie.
guide-losing-job-ww = Zasiłek dla bezrobotnych (WW): działaj w ciągu tygodnia
    .body =
        Jeśli tracisz pracę, możesz dostać z UWV zasiłek dla bezrobotnych (WW). Zwykle trzeba było pracować w co najmniej { $ww-weeks-worked } z ostatnich { $ww-weeks-period ->
            [one] { $ww-weeks-period } tygodnia
            [few] { $ww-weeks-period } tygodni
            [many] { $ww-weeks-period } tygodni
           *[other] { $ww-weeks-period } tygodnia
        }.
        - Zarejestruj się jako osoba szukająca pracy na werk.nl w ciągu { $ww-register-days ->
            [one] { $ww-register-days } dnia
            [few] { $ww-register-days } dni
            [many] { $ww-register-days } dni
           *[other] { $ww-register-days } dnia
        } od utraty pracy.
        - Złóż w UWV wniosek o WW. Wniosek musi dotrzeć najpóźniej { $ww-apply-within-weeks ->
            [one] { $ww-apply-within-weeks } tydzień
            [few] { $ww-apply-within-weeks } tygodnie
            [many] { $ww-apply-within-weeks } tygodni
           *[other] { $ww-apply-within-weeks } tygodnia
        } po ostatnim dniu pracy. Możesz go też złożyć kilka tygodni wcześniej. Potrzebujesz DigiD.
        - UWV podejmuje decyzję mniej więcej w ciągu { $ww-decision-weeks ->
            [one] { $ww-decision-weeks } tygodnia
            [few] { $ww-decision-weeks } tygodni
            [many] { $ww-decision-weeks } tygodni
           *[other] { $ww-decision-weeks } tygodnia
        }.
        Nie czekaj do ostatniego dnia. Nie podpisuj porozumienia o rozwiązaniu umowy (vaststellingsovereenkomst), zanim zasięgniesz porady.
guide-losing-job-final-pay = Ostatnia wypłata
    .body =
        W ostatniej wypłacie (eindafrekening) musisz dostać:
        - wynagrodzenie do ostatniego dnia pracy;
        - dodatek urlopowy (vakantiegeld), który się uzbierał i którego jeszcze nie wypłacono;
        - niewykorzystane dni urlopu (vakantiedagen), wypłacone w pieniądzu.
        Pracodawca musi dać ci na piśmie informację, ile dni urlopu ci zostało. Sprawdź ostatni pasek wypłaty (loonstrook), a jeśli czegoś brakuje, zapytaj na piśmie.
guide-losing-job-transition = Odprawa (transitievergoeding)
    .body =
        Od { $transitievergoeding-since } masz prawo do odprawy (transitievergoeding) już od pierwszego dnia pracy, jeśli pracodawca rozwiązuje z tobą umowę albo nie przedłuża umowy na czas określony.
        - To mniej więcej jedna trzecia miesięcznego wynagrodzenia za każdy przepracowany rok, a za krótszy czas odpowiednia część.
        - Nie dostajesz jej, gdy pracodawca zbankrutował.
        Przy pracy przez agencję zasady mogą być inne. Zapytaj o swoją sytuację w Juridisch Loket (juridischloket.nl).
guide-losing-job-insurance = Ubezpieczenie zdrowotne
    .body =
        Ubezpieczenie grupowe przez pracodawcę albo agencję często kończy się razem z pracą. Jeśli nadal mieszkasz w Holandii, musisz nadal mieć ubezpieczenie: sprawdź, czy polisa nadal obowiązuje, a jeśli nie, od razu wykup własne ubezpieczenie zdrowotne (zorgverzekering).
        Dopóki dostajesz WW, też musisz mieć ubezpieczenie. Sprawdź, czy polisa nadal obowiązuje, i nie rezygnuj z niej.
        Jeśli zachorujesz w ciągu { $sick-after-contract-weeks ->
            [one] { $sick-after-contract-weeks } tygodnia
            [few] { $sick-after-contract-weeks } tygodni
            [many] { $sick-after-contract-weeks } tygodni
           *[other] { $sick-after-contract-weeks } tygodnia
        } po zakończeniu pracy, zgłoś chorobę w UWV samodzielnie. Zobacz przewodnik o chorobie.
guide-losing-job-housing = Mieszkanie
    .body =
        Jeśli mieszkanie załatwia ci pracodawca, możesz naraz stracić mieszkanie i pracę.
        - Przy osobnej umowie najmu (huurcontract) najem nie kończy się tylko dlatego, że kończy się praca. Prawo (Wet goed verhuurderschap) wymaga tego dla migrantów zarobkowych z UE. Zobacz przewodnik o mieszkaniu.
        - Zapytaj na piśmie, jak długo możesz zostać, i zachowaj odpowiedź.
        - Jeśli możesz stracić mieszkanie, poproś o pomoc swój urząd gminy (gemeente). Jeśli nie masz już adresu, możesz zameldować się pod adresem korespondencyjnym (briefadres), żeby listy z UWV i z Belastingdienst nadal do ciebie docierały. Zobacz przewodnik o meldunku.
        Bezpłatna porada prawna: Juridisch Loket, juridischloket.nl. Związek zawodowy: FNV, fnv.nl.

## Guide: registering
guide-registering = Meldunek w urzędzie gminy (gemeente)
    .summary = Meldunek na czas, adres korespondencyjny (briefadres), gdy nie masz mieszkania, RNI przy krótkim pobycie i wymeldowanie przy wyjeździe.
guide-registering-arrive = Zamelduj się w ciągu { $brp-register-within-days ->
            [one] { $brp-register-within-days } dnia
            [few] { $brp-register-within-days } dni
            [many] { $brp-register-within-days } dni
           *[other] { $brp-register-within-days } dnia
        }
    .body =
        Jeśli w ciągu { $brp-stay-period-months ->
            [one] { $brp-stay-period-months } miesiąca
            [few] { $brp-stay-period-months } miesięcy
            [many] { $brp-stay-period-months } miesięcy
           *[other] { $brp-stay-period-months } miesiąca
        } będziesz mieszkać w Holandii dłużej niż { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } miesiąc
            [few] { $rni-max-stay-months } miesiące
            [many] { $rni-max-stay-months } miesięcy
           *[other] { $rni-max-stay-months } miesiąca
        }, musisz zameldować się w urzędzie gminy (gemeente), w której mieszkasz. Zrób to w ciągu { $brp-register-within-days ->
            [one] { $brp-register-within-days } dnia
            [few] { $brp-register-within-days } dni
            [many] { $brp-register-within-days } dni
           *[other] { $brp-register-within-days } dnia
        } od przyjazdu. Będziesz wtedy w rejestrze ludności (Basisregistratie Personen, BRP).
        - Umów wizytę w gemeente i weź paszport albo dowód osobisty.
        - Partner i dzieci, którzy mieszkają z tobą, też muszą przyjść na wizytę.
        - Dostaniesz numer BSN (burgerservicenummer), jeśli jeszcze go nie masz.
        Jeśli czekasz na zezwolenie na pobyt albo twoja tożsamość jest jeszcze sprawdzana, ten termin nie obowiązuje. Zapytaj w gemeente.
guide-registering-no-address = Brak adresu zamieszkania: briefadres
    .body =
        Jeśli nie masz stałego adresu, na przykład po utracie mieszkania, możesz zameldować się pod adresem korespondencyjnym (briefadres). To adres osoby albo organizacji, która zgadza się odbierać twoje listy.
        - Zapytaj w gemeente, jak dostać briefadres.
        - Listy z UWV, Belastingdienst i CAK będą wtedy nadal do ciebie docierać.
        Powiadom gemeente, gdy znów będziesz mieć adres zamieszkania.
guide-registering-short-stay = Krótki pobyt: RNI
    .body =
        Jeśli zostajesz w Holandii krócej niż { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } miesiąc
            [few] { $rni-max-stay-months } miesiące
            [many] { $rni-max-stay-months } miesięcy
           *[other] { $rni-max-stay-months } miesiąca
        }, zarejestruj się w rejestrze osób niemieszkających w Holandii (Registratie Niet-ingezetenen, RNI) w punkcie RNI. Tam też dostaniesz BSN.
        Jeśli potem jednak zostaniesz dłużej, zamelduj się w gemeente w ciągu { $brp-register-within-days ->
            [one] { $brp-register-within-days } dnia
            [few] { $brp-register-within-days } dni
            [many] { $brp-register-within-days } dni
           *[other] { $brp-register-within-days } dnia
        }.
guide-registering-leaving = Gdy wyjeżdżasz z Holandii
    .body =
        Jeśli w ciągu jednego roku będziesz mieszkać za granicą przez { $brp-departure-months ->
            [one] { $brp-departure-months } miesiąc
            [few] { $brp-departure-months } miesiące
            [many] { $brp-departure-months } miesięcy
           *[other] { $brp-departure-months } miesiąca
        } lub dłużej, zgłoś wyjazd (aangifte van vertrek) w swoim urzędzie gminy (gemeente).
        - Zrób to najwcześniej { $brp-departure-days ->
            [one] { $brp-departure-days } dzień
            [few] { $brp-departure-days } dni
            [many] { $brp-departure-days } dni
           *[other] { $brp-departure-days } dnia
        } przed wyjazdem, nie wcześniej.
        - Jeśli już jesteś za granicą, zgłoś to jak najszybciej przez internet z DigiD. Za datę przeprowadzki liczy się dzień, w którym gemeente otrzyma zgłoszenie.
        - Jeśli nie pracujesz już w Holandii, zrezygnuj potem z holenderskiego ubezpieczenia zdrowotnego (zorgverzekering) i zachowaj dowód wymeldowania.
        Wyjazd do domu na urlop to nie wyprowadzka: wtedy twój meldunek zostaje bez zmian.
