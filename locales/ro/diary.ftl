# Werkmaat: the symptom and work-injury diary. Symptom names (symptom-<code>), the body map
# (region-<id>, and the sides), and the diary's own words. Plain words a worker uses.

## Symptoms

symptom-pain = Durere
symptom-headache = Durere de cap
symptom-back-pain = Durere de spate
symptom-neck-pain = Durere de ceafă
symptom-joint-pain = Durere în articulații
symptom-muscle-pain = Durere de mușchi
symptom-chest-pain = Durere în piept
symptom-abdominal-pain = Durere de burtă sau de stomac
symptom-toothache = Durere de dinți
symptom-dizziness = Amețeală
symptom-fainting = Leșin
symptom-fatigue = Oboseală
symptom-fever = Febră
symptom-chills = Frisoane
symptom-cough = Tuse
symptom-shortness-of-breath = Lipsă de aer
symptom-wheezing = Respirație șuierătoare
symptom-sore-throat = Durere în gât
symptom-runny-nose = Nas care curge
symptom-nausea = Greață
symptom-vomiting = Vărsături
symptom-diarrhoea = Diaree
symptom-constipation = Constipație
symptom-heartburn = Arsuri la stomac
symptom-loss-of-appetite = Fără poftă de mâncare
symptom-rash = Erupție pe piele
symptom-itching = Mâncărime
symptom-burn = Arsură
symptom-cut = Tăietură sau rană
symptom-bruise = Vânătaie
symptom-swelling = Umflătură
symptom-numbness = Amorțeală
symptom-tingling = Furnicături
symptom-weakness = Slăbiciune
symptom-stiffness = Înțepeneală
symptom-eye-irritation = Ochi dureroși sau iritați
symptom-blurred-vision = Vedere încețoșată
symptom-hearing-problems = Probleme cu auzul
symptom-ringing-ears = Țiuit în urechi
symptom-palpitations = Palpitații (inima bate repede sau tare)
symptom-sleep-problems = Probleme cu somnul
symptom-anxiety = Neliniște, anxietate
symptom-low-mood = Stare de tristețe
symptom-stress = Stres
symptom-panic = Panică
symptom-difficulty-concentrating = Probleme de concentrare
symptom-breathing-in-dust-or-fumes = Am respirat praf, fum sau vapori
symptom-allergic-reaction = Reacție alergică

## Body map

region-head = Cap
region-face = Față
region-eye = Ochi
region-ear = Ureche
region-nose = Nas
region-mouth-teeth = Gură și dinți
region-neck = Gât și ceafă
region-throat = Gâtlej (interiorul gâtului)
region-chest = Piept
region-upper-back = Partea de sus a spatelui
region-lower-back = Partea de jos a spatelui (șale)
region-abdomen = Burtă și stomac
region-groin = Zona inghinală (între burtă și coapsă)
region-shoulder = Umăr
region-upper-arm = Braț (între umăr și cot)
region-elbow = Cot
region-forearm = Antebraț
region-wrist = Încheietura mâinii
region-hand = Mână
region-fingers = Degetele de la mână
region-hip = Șold
region-thigh = Coapsă
region-knee = Genunchi
region-lower-leg = Gambă (sub genunchi)
region-ankle = Gleznă
region-foot = Laba piciorului
region-toes = Degetele de la picior
region-skin = Piele
region-whole-body = Tot corpul
# $part (string) - a body region; the side follows
region-left = { $part }, partea stângă
region-right = { $part }, partea dreaptă
