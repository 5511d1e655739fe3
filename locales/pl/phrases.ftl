# Werkmaat: "show this" phrase cards (Polish). The user shows the card: their language beside Dutch.
# Each card: the sentence as the value, and a short .title for the list.
# Variables are the user's saved details; a detail not saved is shown as "…":
# $full-name, $date-of-birth, $bsn, $insurer, $policy-number, $gp-name, $gp-phone (all strings).
# Polish: first-person sentences avoid gendered past tense and adjectives (the user may be a man or a woman).

phrase-register-gp = Proszę o zapisanie mnie do tej przychodni. Nazywam się { $full-name }, data urodzenia: { $date-of-birth }. Mój numer BSN (burgerservicenummer) to { $bsn }. Mój ubezpieczyciel zdrowotny to { $insurer }, numer polisy: { $policy-number }.
    .title = Zapisanie się do lekarza rodzinnego (huisarts)
phrase-my-insurance = Nazywam się { $full-name }, data urodzenia: { $date-of-birth }. Mój numer BSN (burgerservicenummer) to { $bsn }. Mój ubezpieczyciel zdrowotny to { $insurer }, numer polisy: { $policy-number }.
    .title = Moje dane ubezpieczenia
phrase-need-interpreter = Nie mówię dobrze po niderlandzku. Proszę o zawodowego tłumacza (tolk). Tłumacz przez telefon też może być.
    .title = Prośba o tłumacza
phrase-speak-slowly = Proszę mówić powoli i prostymi słowami. Czy można mi zapisać najważniejsze rzeczy?
    .title = Proszę mówić powoli
phrase-explain-again = Nie rozumiem. Czy można wyjaśnić to jeszcze raz, innymi słowami?
    .title = Nie rozumiem
phrase-written-info = Czy mogę dostać te informacje na papierze albo e-mailem?
    .title = Prośba o informacje na piśmie
phrase-accident-at-work = W pracy zdarzył mi się wypadek. Proszę zapisać to w mojej dokumentacji medycznej (dossier).
    .title = Wypadek w pracy
phrase-see-bedrijfsarts = Chcę porozmawiać z lekarzem zakładowym (bedrijfsarts). Proszę podać mi nazwisko i numer telefonu lekarza zakładowego.
    .title = Chcę iść do lekarza zakładowego (bedrijfsarts)
phrase-report-sick = Nazywam się { $full-name }. Z powodu choroby nie mogę pracować. Zgłaszam chorobę (ziekmelden).
    .title = Zgłoszenie choroby
phrase-urgent-today = Potrzebuję dziś wizyty u lekarza. Myślę, że to pilne.
    .title = Potrzebuję lekarza dzisiaj
phrase-pain-here = Boli mnie tutaj. Pokażę, gdzie boli.
    .title = Tutaj boli
phrase-allergy = Mam uczulenie na niektóre leki. Proszę to sprawdzić, zanim dostanę jakikolwiek lek.
    .title = Mam uczulenie
phrase-collect-prescription = Mam receptę (recept) od mojego lekarza rodzinnego (huisarts). Chcę odebrać leki.
    .title = Odbiór leków
phrase-what-do-i-pay = Ile muszę zapłacić z własnej kieszeni? Czy to wlicza się do mojego udziału własnego (eigen risico)?
    .title = Ile płacę z własnej kieszeni?
phrase-no-insurance = Nie mam teraz ubezpieczenia zdrowotnego. Potrzebuję pomocy medycznej. Proszę mi powiedzieć, co jest możliwe i ile to będzie kosztować.
    .title = Nie mam teraz ubezpieczenia
phrase-tell-my-gp = Proszę wysłać informacje o moim leczeniu do mojego lekarza rodzinnego (huisarts): { $gp-name }, telefon { $gp-phone }.
    .title = Informacja dla mojego lekarza rodzinnego (huisarts)
phrase-payslip-question = Mam pytanie o mój pasek wypłaty (loonstrook). Proszę wyjaśnić mi te potrącenia.
    .title = Pytanie o pasek wypłaty
phrase-contract-copy = Proszę o kopię mojej umowy o pracę i kopię każdej zgody (volmacht) z moim podpisem.
    .title = Prośba o umowę i dokumenty
phrase-need-rest = Według prawa między dwiema zmianami muszę mieć odpoczynek. Nie mogę jeszcze zacząć nowej zmiany.
    .title = Potrzebuję odpoczynku
phrase-dentist = Chcę umówić się na wizytę u dentysty (tandarts). Boli mnie ząb.
    .title = Potrzebuję dentysty (tandarts)
phrase-call-emergency = Proszę zadzwonić za mnie na numer alarmowy. Potrzebuję pomocy teraz.
    .title = Wezwanie pomocy na numer alarmowy
phrase-contact-my-gp = Mój lekarz rodzinny (huisarts) to { $gp-name }, telefon { $gp-phone }. Proszę skontaktować się z moim lekarzem.
    .title = Kontakt z moim lekarzem rodzinnym (huisarts)
