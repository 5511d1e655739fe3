# Werkmaat: "show this" phrase cards (Romanian). The user shows the card: their language beside Dutch.
# Each card: the sentence as the value, and a short .title for the list.
# Variables are the user's saved details; a detail not saved is shown as "…":
# $full-name, $date-of-birth, $bsn, $insurer, $policy-number, $gp-name, $gp-phone (all strings).

phrase-register-gp = Aș dori să mă înscriu ca pacient nou la acest cabinet. Mă numesc { $full-name }, data nașterii: { $date-of-birth }. Numărul meu personal de identificare (BSN) este { $bsn }. Firma mea de asigurări de sănătate este { $insurer }, numărul poliței: { $policy-number }.
    .title = Înscriere la medicul de familie (huisarts)
phrase-my-insurance = Mă numesc { $full-name }, data nașterii: { $date-of-birth }. Numărul meu personal de identificare (BSN) este { $bsn }. Firma mea de asigurări de sănătate este { $insurer }, numărul poliței: { $policy-number }.
    .title = Datele asigurării mele
phrase-need-interpreter = Nu vorbesc bine olandeza. Aș dori un interpret profesionist (tolk). Poate fi și un interpret prin telefon.
    .title = Cer un interpret
phrase-speak-slowly = Vă rog să vorbiți rar și să folosiți cuvinte simple. Îmi puteți scrie lucrurile cele mai importante?
    .title = Vă rog să vorbiți rar
phrase-explain-again = Nu am înțeles. Îmi puteți explica din nou, cu alte cuvinte?
    .title = Nu am înțeles
phrase-written-info = Pot primi aceste informații pe hârtie sau prin e-mail?
    .title = Cer informațiile în scris
phrase-accident-at-work = Am avut un accident de muncă. Vă rog să notați acest lucru în dosarul meu medical (dossier).
    .title = Am avut un accident de muncă
phrase-see-bedrijfsarts = Vreau să vorbesc cu medicul de medicina muncii (bedrijfsarts). Vă rog să-mi dați numele și numărul de telefon al medicului de medicina muncii.
    .title = Vreau să merg la medicul de medicina muncii (bedrijfsarts)
phrase-report-sick = Mă numesc { $full-name }. Sunt bolnav(ă) și nu pot lucra. Vă anunț că lipsesc de la muncă din cauza bolii (ziekmelden).
    .title = Anunț că sunt bolnav(ă)
phrase-urgent-today = Trebuie să merg la un medic astăzi. Cred că este urgent.
    .title = Am nevoie de un medic astăzi
phrase-pain-here = Am dureri aici. Vă arăt unde mă doare.
    .title = Mă doare aici
phrase-allergy = Am alergie la unele medicamente. Vă rog să verificați acest lucru înainte să-mi dați vreun medicament.
    .title = Am o alergie
phrase-collect-prescription = Am o rețetă (recept) de la medicul de familie (huisarts). Aș dori să-mi ridic medicamentul.
    .title = Ridic medicamentul
phrase-what-do-i-pay = Cât trebuie să plătesc eu? Se ia în calcul la franciza mea (eigen risico)?
    .title = Cât plătesc eu?
phrase-no-insurance = În acest moment nu am asigurare de sănătate. Am nevoie de îngrijire medicală. Vă rog să-mi spuneți ce se poate face și cât va costa.
    .title = Acum nu am asigurare
phrase-tell-my-gp = Vă rog să trimiteți informațiile despre tratamentul meu la medicul meu de familie (huisarts): { $gp-name }, telefon { $gp-phone }.
    .title = Informați medicul meu de familie (huisarts)
phrase-payslip-question = Am o întrebare despre fluturașul meu de salariu (loonstrook). Vă rog să-mi explicați aceste rețineri.
    .title = O întrebare despre fluturașul de salariu
phrase-contract-copy = Aș dori o copie a contractului meu de muncă și o copie a fiecărui acord scris (volmacht) pe care l-am semnat.
    .title = Cer contractul și actele mele
phrase-need-rest = Conform legii, am nevoie de odihnă între două ture. Încă nu pot începe o tură nouă.
    .title = Am nevoie de odihnă
phrase-dentist = Aș dori o programare la dentist (tandarts). Mă doare un dinte.
    .title = Am nevoie de un dentist (tandarts)
phrase-call-emergency = Vă rog să sunați pentru mine la numărul de urgență. Am nevoie de ajutor acum.
    .title = Sunați la urgențe
phrase-contact-my-gp = Medicul meu de familie (huisarts) este { $gp-name }, telefon { $gp-phone }. Vă rog să contactați medicul meu de familie.
    .title = Contactați medicul meu de familie (huisarts)
