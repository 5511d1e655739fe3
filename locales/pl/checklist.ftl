# Werkmaat: the health-insurance checklist (Polish). Questions (question-<id>, .help), their options
# (option-<question>-<option>), and items (item-<id> as the title, .text as what to do and why).
# Numbers are facts from core/content/facts.json ($fact-id), written the locale's way.
# Polish: informal "ty"; the text avoids gendered past tense and adjectives for "you" and "I".

## Answers to yes/no questions

option-yes = Tak
option-no = Nie

## Questions

question-works_in_nl = Czy pracujesz w Holandii?
    .help = Także wtedy, gdy pracujesz tu tylko w sezonie.
question-work_start = Kiedy był twój pierwszy dzień pracy w Holandii?
    .help = Dzień, w którym zaczęła się twoja praca tutaj. Nie dzień rejestracji w RNI.
question-employment = Na jakiej zasadzie pracujesz?
option-employment-agency = Przez agencję pracy (uitzendbureau)
option-employment-direct = Mam umowę bezpośrednio z firmą, w której pracuję
option-employment-posted = Pracodawca z innego kraju wysłał mnie tu do pracy (delegowanie)
option-employment-self_employed = Na własny rachunek (samozatrudnienie, zzp)
question-has_a1 = Czy masz zaświadczenie A1 ze swojego kraju?
    .help = Przy delegowaniu wydaje je urząd ubezpieczeń społecznych w twoim kraju (w Polsce: ZUS).
question-studies_in_nl = Czy jesteś w Holandii, żeby się uczyć albo studiować?
    .help = W szkole, w szkole wyższej albo na uniwersytecie. Student z UE, który tu nie pracuje, korzysta z Europejskiej Karty Ubezpieczenia Zdrowotnego (EKUZ, EHIC) i nie wykupuje holenderskiego ubezpieczenia.
question-temporary_protection = Czy masz w Holandii ochronę czasową, bo uciekłeś albo uciekłaś przed wojną w Ukrainie?
    .help = Zarejestrowałeś albo zarejestrowałaś się w gemeente według zasad UE o ochronie czasowej. Masz w paszporcie naklejkę pobytową z IND albo kartę z IND (O-document). Jeśli nie masz pewności, poszukaj pisma z IND albo z gemeente, w którym jest napisane, że masz ochronę czasową.
question-stay = Jak długo zostajesz w Holandii?
option-stay-short = Krócej niż { $rni-max-stay-months ->
    [one] { $rni-max-stay-months } miesiąc
    [few] { $rni-max-stay-months } miesiące
    [many] { $rni-max-stay-months } miesięcy
   *[other] { $rni-max-stay-months } miesiąca
}
option-stay-long = { $rni-max-stay-months ->
    [one] { $rni-max-stay-months } miesiąc
    [few] { $rni-max-stay-months } miesiące
    [many] { $rni-max-stay-months } miesięcy
   *[other] { $rni-max-stay-months } miesiąca
} albo dłużej
question-arrival_date = Od kiedy mieszkasz w Holandii?
    .help = Pierwszy dzień, w którym tu zamieszkałeś albo zamieszkałaś. Nie dzień, w którym przyjechałeś albo przyjechałaś w odwiedziny.
question-registration = Gdzie masz rejestrację?
option-registration-none = Nie mam jeszcze rejestracji
option-registration-rni = W rejestrze osób niemieszkających w Holandii (RNI)
option-registration-brp = W urzędzie mojej gminy (gemeente), w rejestrze ludności (BRP)
question-has_dutch_insurance = Czy masz holenderskie ubezpieczenie zdrowotne (zorgverzekering)?
question-insurance_via_employer = Czy to ubezpieczenie masz przez pracodawcę albo agencję pracy?
    .help = Na przykład ubezpieczenie grupowe (collectieve verzekering), które załatwiła agencja.
question-deduction_consent = Czy pracodawca ma od ciebie podpisaną pisemną zgodę (volmacht) na potrącanie składki z twojej pensji?
question-age = Ile masz lat?
question-yearly_income = Ile mniej więcej zarabiasz w ciągu roku przed podatkiem (brutto, w euro)? Jeśli masz partnera albo partnerkę, podaj wasz wspólny dochód.
    .help = Napisz liczbę tak, jak zwykle ją piszesz. Ta kwota zostaje tylko w tym telefonie. Służy tylko do sprawdzenia, czy możesz dostać dodatek do ubezpieczenia zdrowotnego (zorgtoeslag).
question-has_partner = Czy masz męża albo żonę, zarejestrowany związek partnerski albo mieszkasz razem z partnerem lub partnerką?
    .help = Odpowiedz „tak”, jeśli masz męża, żonę albo zarejestrowany związek partnerski, także wtedy, gdy ta osoba mieszka w innym kraju. Odpowiedz „tak” również wtedy, gdy mieszkasz z partnerem lub partnerką pod tym samym adresem (dla osób bez ślubu obowiązują jeszcze inne zasady). Przy dodatku do ubezpieczenia (zorgtoeslag) ta osoba to twój toeslagpartner i jej dochód też się liczy.
question-job_ended = Czy skończyła się praca, którą miałeś albo miałaś w Holandii?
    .help = Odpowiedz „tak” także wtedy, gdy teraz tu nie pracujesz, bo praca się skończyła. Odpowiedz „nie”, jeśli nigdy tu nie pracowałeś ani nie pracowałaś.
question-leaving_nl = Czy wyjeżdżasz z Holandii na stałe, a nie tylko na urlop?
    .help = „Tak”, jeśli zamieszkasz w innym kraju. „Nie”, jeśli jedziesz na urlop albo na krótko do domu.
question-receives_benefit = Czy dostajesz zasiłek z UWV: chorobowy (Ziektewet) albo dla bezrobotnych (WW)?
question-cak_letter = Czy przyszedł do ciebie list od CAK w sprawie ubezpieczenia zdrowotnego?
question-cak_letter_date = Jaka data jest na liście od CAK?
question-has_gp = Czy masz już swojego lekarza rodzinnego (huisarts)?
question-has_digid = Czy masz DigiD?

## Items

item-take-out-insurance = Wykup holenderskie ubezpieczenie zdrowotne (zorgverzekering)
    .text = Mieszkasz albo pracujesz w Holandii, więc musisz mieć holenderskie ubezpieczenie zdrowotne, także jeśli masz ubezpieczenie w swoim kraju. Wykup je w ciągu { $insure-within-months ->
        [one] { $insure-within-months } miesiąca
        [few] { $insure-within-months } miesięcy
        [many] { $insure-within-months } miesięcy
       *[other] { $insure-within-months } miesiąca
    } od dnia, w którym zacząłeś albo zaczęłaś tu pracować lub mieszkać: wtedy obejmie cię od tego dnia. Jeśli się spóźnisz, nie masz ubezpieczenia za wcześniejszy czas i możesz dostać karę od CAK.
item-carry-a1-and-ehic = Noś przy sobie zaświadczenie A1 i kartę EKUZ
    .text = Pracodawca z zagranicy wysłał cię tu do pracy (delegowanie) i masz zaświadczenie A1, więc nadal masz ubezpieczenie w swoim kraju. Miej zawsze przy sobie zaświadczenie A1 i Europejską Kartę Ubezpieczenia Zdrowotnego (EKUZ, po angielsku EHIC). Z kartą EKUZ dostajesz leczenie, które jest medycznie konieczne.
item-use-rmo = Za twoje leczenie płaci RMO: pokaż paszport i BSN
    .text = Masz ochronę czasową, więc nie musisz wykupować holenderskiego ubezpieczenia zdrowotnego, także jeśli pracujesz. Za twoje leczenie płaci RMO (Regeling Medische zorg Ontheemden uit Oekraïne). Nie płacisz składki ani udziału własnego (eigen risico). U lekarza rodzinnego (huisarts) i w aptece pokaż paszport albo dowód osobisty i numer BSN i powiedz, że masz opiekę z RMO. Bez paszportu albo BSN też dostaniesz pomoc, ale mniej zostanie opłacone. Jeśli chcesz, możesz wykupić holenderskie ubezpieczenie (zorgverzekering): wtedy płacisz składkę i możesz dostać zorgtoeslag. Te zasady są z 2022 roku i nie mogliśmy sprawdzić, czy nadal obowiązują w tym roku: zapytaj w gemeente albo sprawdź na rmoekraine.nl.
item-register-bsn = Zarejestruj się, żeby dostać numer BSN (burgerservicenummer)
    .text = Numer BSN jest ci potrzebny, żeby dostawać wypłatę i korzystać z opieki zdrowotnej. Jeśli zostajesz krócej niż { $rni-max-stay-months ->
        [one] { $rni-max-stay-months } miesiąc
        [few] { $rni-max-stay-months } miesiące
        [many] { $rni-max-stay-months } miesięcy
       *[other] { $rni-max-stay-months } miesiąca
    }, zarejestruj się w punkcie RNI (RNI-loket): numer BSN dostajesz od razu. Jeśli zostajesz dłużej, zamelduj się w rejestrze ludności (BRP) w urzędzie gminy (gemeente), w której mieszkasz.
item-register-brp = Zamelduj się w urzędzie gminy (gemeente)
    .text = Zostajesz { $rni-max-stay-months ->
        [one] { $rni-max-stay-months } miesiąc
        [few] { $rni-max-stay-months } miesiące
        [many] { $rni-max-stay-months } miesięcy
       *[other] { $rni-max-stay-months } miesiąca
    } albo dłużej, więc musisz się zameldować w rejestrze ludności (Basisregistratie Personen, BRP) w urzędzie gminy (gemeente), w której mieszkasz. Zrób to w ciągu { $brp-register-within-days ->
        [one] { $brp-register-within-days } dnia
        [few] { $brp-register-within-days } dni
        [many] { $brp-register-within-days } dni
       *[other] { $brp-register-within-days } dnia
    } od przyjazdu: od razu umów wizytę i zapytaj, jakie dokumenty trzeba przynieść. Jeśli nie masz stałego adresu, poproś gemeente o adres do korespondencji (briefadres).
item-apply-digid = Złóż wniosek o DigiD
    .text = Przez DigiD logujesz się do Mijn UWV, do dodatku do ubezpieczenia zdrowotnego (zorgtoeslag) i do innych usług. Złóż wniosek na digid.nl i aktywuj DigiD w ciągu { $digid-activation-days ->
        [one] { $digid-activation-days } dnia
        [few] { $digid-activation-days } dni
        [many] { $digid-activation-days } dni
       *[other] { $digid-activation-days } dnia
    }. Nigdy nie dawaj swoich danych logowania do DigiD pracodawcy, agencji pracy ani właścicielowi mieszkania.
item-apply-zorgtoeslag = Złóż wniosek o dodatek do ubezpieczenia zdrowotnego (zorgtoeslag)
    .text = Z twoich odpowiedzi wynika, że prawdopodobnie możesz dostać zorgtoeslag: masz co najmniej { $zorgtoeslag-min-age ->
        [one] { $zorgtoeslag-min-age } rok
        [few] { $zorgtoeslag-min-age } lata
        [many] { $zorgtoeslag-min-age } lat
       *[other] { $zorgtoeslag-min-age } roku
    }, masz holenderskie ubezpieczenie zdrowotne, a twój dochód jest niższy niż limit ({ $zorgtoeslag-income-single } rocznie, jeśli nie masz partnera, albo { $zorgtoeslag-income-partner } rocznie razem z partnerem). Twoje oszczędności też muszą być niższe niż limit. Złóż wniosek na belastingdienst.nl. Logujesz się przez DigiD. Pytania: BelastingTelefoon, { $belastingtelefoon }.
item-check-premium-deduction = Sprawdź składkę potrącaną z pensji
    .text = Pracodawca może potrącać składkę na ubezpieczenie zdrowotne z twojej pensji tylko wtedy, gdy ma od ciebie podpisaną pisemną zgodę (volmacht) i gdy to ty jesteś stroną umowy ubezpieczenia. Potrącenie nie może być wyższe niż składka z twojej polisy ani wyższe niż { $insurance-deduction-max-year } rocznie. Sprawdzaj pasek wypłaty (loonstrook). Jeśli pracodawca nie ma twojej podpisanej zgody (volmacht), poproś go na piśmie, żeby przestał potrącać składkę.
item-stop-premium-deduction = Poproś pracodawcę, żeby przestał potrącać składkę z twojej pensji
    .text = Nie podpisałeś ani nie podpisałaś pisemnej zgody (volmacht), więc pracodawca albo agencja nie może potrącać składki na ubezpieczenie zdrowotne z twojej pensji. Poproś na piśmie (listem albo e-mailem; zachowaj kopię), żeby przestali. Sprawdź następny pasek wypłaty (loonstrook). Jeśli nie przestaną, zgłoś to do Nederlandse Arbeidsinspectie: { $nla-phone }.
item-choose-own-insurer = Możesz samodzielnie wybrać ubezpieczyciela zdrowotnego
    .text = Masz prawo wybrać dowolnego ubezpieczyciela zdrowotnego (zorgverzekeraar). Pracodawca albo agencja może ci zaproponować ubezpieczenie grupowe (collectieve verzekering), ale nie musisz go brać. Zanim zdecydujesz, porównaj ubezpieczycieli. Na pytania odpowiada Zorgverzekeringslijn: { $zvl-phone }.
item-arrange-insurance-after-job = Praca się skończyła: zadbaj o to, żeby nadal mieć ubezpieczenie
    .text = Ubezpieczenie grupowe przez agencję często kończy się razem z pracą. Zostajesz w Holandii, więc musisz nadal mieć ubezpieczenie. Zapytaj ubezpieczyciela, czy twoja polisa nadal obowiązuje. Jeśli nie, od razu wykup własne ubezpieczenie.
item-keep-insurance-on-benefit = Gdy dostajesz zasiłek, nadal musisz mieć ubezpieczenie
    .text = Dopóki dostajesz z UWV zasiłek chorobowy (Ziektewet) albo zasiłek dla bezrobotnych (WW), musisz nadal mieć ubezpieczenie. Ale ubezpieczenie grupowe przez agencję często kończy się razem z pracą. Zapytaj ubezpieczyciela, czy twoja polisa nadal obowiązuje. Jeśli nie, od razu wykup własne ubezpieczenie. Nie rezygnuj z polisy, która nadal obowiązuje.
item-cancel-insurance-when-leaving = Zrezygnuj z holenderskiego ubezpieczenia zdrowotnego, gdy wyjeżdżasz na stałe
    .text = Jeśli wyjeżdżasz z Holandii na stałe i nie masz już dochodu z Holandii, tracisz prawo do holenderskiego ubezpieczenia zdrowotnego. Wymelduj się w urzędzie gminy (gemeente), potem zrezygnuj z ubezpieczenia i wyślij ubezpieczycielowi dowód wymeldowania.
item-respond-to-cak = Odpowiedz na list od CAK
    .text = CAK pisze do osób, które według jego danych nie mają holenderskiego ubezpieczenia zdrowotnego. Od tego listu masz { $cak-letter-months ->
        [one] { $cak-letter-months } miesiąc
        [few] { $cak-letter-months } miesiące
        [many] { $cak-letter-months } miesięcy
       *[other] { $cak-letter-months } miesiąca
    } na wykupienie ubezpieczenia. Jeśli tego nie zrobisz, dostaniesz od CAK karę w wysokości około { $cak-fine }. Później CAK sam cię ubezpieczy i będzie pobierać z twojej pensji wyższą składkę: { $cak-premium-month } miesięcznie. Jeśli masz już ubezpieczenie, powiedz o tym CAK i wyślij dowód.
item-register-with-gp = Zapisz się do lekarza rodzinnego (huisarts)
    .text = Zapisz się do lekarza rodzinnego (huisarts) blisko miejsca, w którym mieszkasz, zanim zachorujesz. Huisarts to pierwsze miejsce, do którego idziesz po pomoc medyczną. Gdy trzeba, huisarts wysyła cię do szpitala albo do specjalisty. Wizyty u lekarza rodzinnego (huisarts) nie wliczają się do udziału własnego (eigen risico).
item-know-eigen-risico = Pamiętaj o udziale własnym (eigen risico)
    .text = Od ukończenia { $no-deductible-under-age ->
        [one] { $no-deductible-under-age } roku
        [few] { $no-deductible-under-age } lat
        [many] { $no-deductible-under-age } lat
       *[other] { $no-deductible-under-age } roku
    } co roku płacisz z własnej kieszeni pierwsze { $eigen-risico } kosztów niektórych rodzajów leczenia: to udział własny (eigen risico). Wizyty u lekarza rodzinnego (huisarts) się do niego nie wliczają. Leki z apteki i leczenie w szpitalu się wliczają.

## What changed after an answer
# $item (string) - the title of the item; $deadline (string) - the new deadline, a date in words

checklist-change-added = Nowy punkt: { $item }
checklist-change-removed = Już niepotrzebne: { $item }
checklist-change-deadline = Nowy termin dla punktu „{ $item }”: najpóźniej { $deadline }
checklist-change-status = Zmiana: { $item }

## Labels

checklist-status-todo = Do zrobienia
checklist-status-done = Zrobione
checklist-status-overdue = Termin minął: zrób to teraz
# $date (string) - a date in words
checklist-deadline = Termin: najpóźniej { $date }
checklist-because = Na podstawie twoich odpowiedzi na pytania:
checklist-empty = Odpowiedz na pytania, żeby zobaczyć, co musisz zrobić.
checklist-saved = Zapisano.
checklist-reset-done = Twoje odpowiedzi zostały usunięte.
