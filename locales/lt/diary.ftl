# Werkmaat: the symptom and work-injury diary (Lithuanian). Symptom names (symptom-<code>), the body map
# (region-<id>, and the sides), and the diary's own words. Plain words a worker uses.

## Symptoms

symptom-pain = Skausmas
symptom-headache = Galvos skausmas
symptom-back-pain = Nugaros skausmas
symptom-neck-pain = Kaklo skausmas
symptom-joint-pain = Sąnarių skausmas
symptom-muscle-pain = Raumenų skausmas
symptom-chest-pain = Krūtinės skausmas
symptom-abdominal-pain = Pilvo skausmas
symptom-toothache = Dantų skausmas
symptom-dizziness = Galvos svaigimas
symptom-fainting = Apalpimas
symptom-fatigue = Nuovargis
symptom-fever = Karščiavimas
symptom-chills = Šaltkrėtis
symptom-cough = Kosulys
symptom-shortness-of-breath = Dusulys
symptom-wheezing = Švokštimas kvėpuojant
symptom-sore-throat = Gerklės skausmas
symptom-runny-nose = Sloga
symptom-nausea = Pykinimas
symptom-vomiting = Vėmimas
symptom-diarrhoea = Viduriavimas
symptom-constipation = Vidurių užkietėjimas
symptom-heartburn = Rėmuo
symptom-loss-of-appetite = Nėra apetito
symptom-rash = Bėrimas
symptom-itching = Niežulys
symptom-burn = Nudegimas
symptom-cut = Įsipjovimas ar žaizda
symptom-bruise = Mėlynė
symptom-swelling = Patinimas
symptom-numbness = Nutirpimas
symptom-tingling = Dilgčiojimas
symptom-weakness = Silpnumas
symptom-stiffness = Sustingimas
symptom-eye-irritation = Skaudančios ar sudirgusios akys
symptom-blurred-vision = Neryškus matymas
symptom-hearing-problems = Klausos problemos
symptom-ringing-ears = Spengimas ausyse
symptom-palpitations = Greitas ar stiprus širdies plakimas
symptom-sleep-problems = Miego problemos
symptom-anxiety = Nerimas
symptom-low-mood = Prislėgta nuotaika
symptom-stress = Stresas
symptom-panic = Panika
symptom-difficulty-concentrating = Sunku susikaupti
symptom-breathing-in-dust-or-fumes = Įkvėpta dulkių, dūmų ar garų
symptom-allergic-reaction = Alerginė reakcija

## Body map

region-head = Galva
region-face = Veidas
region-eye = Akis
region-ear = Ausis
region-nose = Nosis
region-mouth-teeth = Burna ir dantys
region-neck = Kaklas
region-throat = Gerklė
region-chest = Krūtinė
region-upper-back = Viršutinė nugaros dalis
region-lower-back = Apatinė nugaros dalis (juosmuo)
region-abdomen = Pilvas
region-groin = Kirkšnis
region-shoulder = Petys
region-upper-arm = Ranka virš alkūnės
region-elbow = Alkūnė
region-forearm = Ranka žemiau alkūnės
region-wrist = Riešas
region-hand = Plaštaka
region-fingers = Rankos pirštai
region-hip = Klubas
region-thigh = Šlaunis
region-knee = Kelis
region-lower-leg = Blauzda
region-ankle = Čiurna
region-foot = Pėda
region-toes = Kojos pirštai
region-skin = Oda
region-whole-body = Visas kūnas
# $part (string) - a body region; the side follows
# Lithuanian: the adverbs "kairėje/dešinėje" (on the left/right of the body), so that no adjective has to
# agree with the region's gender and "left side of the knee" is not meant.
region-left = { $part }, kairėje
region-right = { $part }, dešinėje
