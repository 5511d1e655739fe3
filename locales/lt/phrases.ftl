# Werkmaat: "show this" phrase cards (Lithuanian). The user shows the card: their language beside Dutch.
# Each card: the sentence as the value, and a short .title for the list.
# Variables are the user's saved details; a detail not saved is shown as "…":
# $full-name, $date-of-birth, $bsn, $insurer, $policy-number, $gp-name, $gp-phone (all strings).

phrase-register-gp = Norėčiau užsiregistruoti šioje praktikoje kaip naujas pacientas (nauja pacientė). Mano vardas ir pavardė – { $full-name }, gimimo data – { $date-of-birth }, piliečio aptarnavimo numeris (BSN) – { $bsn }. Mano sveikatos draudimo bendrovė – { $insurer }, poliso numeris – { $policy-number }.
    .title = Užsiregistruoti pas šeimos gydytoją (huisarts)
phrase-my-insurance = Mano vardas ir pavardė – { $full-name }, gimimo data – { $date-of-birth }, piliečio aptarnavimo numeris (BSN) – { $bsn }. Mano sveikatos draudimo bendrovė – { $insurer }, poliso numeris – { $policy-number }.
    .title = Mano draudimo duomenys
phrase-need-interpreter = Aš nelabai gerai kalbu olandiškai. Norėčiau profesionalaus vertėjo (tolk). Tinka ir vertėjas telefonu.
    .title = Paprašyti vertėjo
phrase-speak-slowly = Prašau kalbėti lėtai ir paprastais žodžiais. Ar galite man užrašyti svarbiausius dalykus?
    .title = Prašau kalbėti lėtai
phrase-explain-again = Aš nesupratau. Ar galite paaiškinti dar kartą kitais žodžiais?
    .title = Aš nesupratau
phrase-written-info = Ar galėčiau šią informaciją gauti popieriuje arba el. paštu?
    .title = Paprašyti informacijos raštu
phrase-accident-at-work = Man darbe įvyko nelaimingas atsitikimas. Prašau tai įrašyti į mano ligos istoriją (dossier).
    .title = Man darbe įvyko nelaimingas atsitikimas
phrase-see-bedrijfsarts = Noriu pasikalbėti su įmonės gydytoju (bedrijfsarts). Prašau pasakyti man įmonės gydytojo vardą ir telefono numerį.
    .title = Noriu pas įmonės gydytoją (bedrijfsarts)
phrase-report-sick = Mano vardas ir pavardė – { $full-name }. Sergu ir negaliu dirbti. Pranešu apie savo ligą (ziekmelden).
    .title = Pranešti apie ligą
phrase-urgent-today = Man reikia šiandien patekti pas gydytoją. Manau, kad tai skubu.
    .title = Man reikia gydytojo šiandien
phrase-pain-here = Man skauda čia. Parodysiu, kur skauda.
    .title = Skauda čia
phrase-allergy = Turiu alergiją kai kuriems vaistams. Prašau tai patikrinti prieš duodami man kokių nors vaistų.
    .title = Turiu alergiją
phrase-collect-prescription = Turiu savo šeimos gydytojo (huisarts) receptą (recept). Norėčiau atsiimti vaistus.
    .title = Atsiimti vaistus
phrase-what-do-i-pay = Kiek turėsiu sumokėti iš savo pinigų? Ar tai įskaičiuojama į mano privalomąją savo dalį (eigen risico)?
    .title = Kiek mokėsiu iš savo pinigų?
phrase-no-insurance = Šiuo metu neturiu sveikatos draudimo. Man reikia medicininės pagalbos. Prašau pasakyti, kas įmanoma ir kiek tai kainuos.
    .title = Šiuo metu neturiu draudimo
phrase-tell-my-gp = Prašau nusiųsti informaciją apie mano gydymą mano šeimos gydytojui (huisarts): { $gp-name }, telefonas { $gp-phone }.
    .title = Informuoti mano šeimos gydytoją (huisarts)
phrase-payslip-question = Turiu klausimą dėl savo algalapio (loonstrook). Prašau paaiškinti man šias išskaitas.
    .title = Klausimas dėl mano algalapio
phrase-contract-copy = Norėčiau gauti savo darbo sutarties kopiją ir kiekvieno mano pasirašyto sutikimo (volmacht) kopiją.
    .title = Paprašyti sutarties ir dokumentų
phrase-need-rest = Pagal įstatymą tarp dviejų pamainų man priklauso poilsis. Naujos pamainos dar negaliu pradėti.
    .title = Man reikia poilsio
phrase-dentist = Norėčiau užsiregistruoti pas dantų gydytoją (tandarts). Man skauda dantį.
    .title = Man reikia dantų gydytojo (tandarts)
phrase-call-emergency = Prašau už mane paskambinti skubiosios pagalbos numeriu. Man reikia pagalbos dabar.
    .title = Iškviesti skubiąją pagalbą
phrase-contact-my-gp = Mano šeimos gydytojas (huisarts) – { $gp-name }, telefonas { $gp-phone }. Prašau susisiekti su mano šeimos gydytoju.
    .title = Susisiekti su mano šeimos gydytoju (huisarts)
