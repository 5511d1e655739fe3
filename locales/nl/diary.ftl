# Werkmaat: the symptom and work-injury diary. Symptom names (symptom-<code>), the body map
# (region-<id>, and the sides), and the diary's own words. Plain words a worker uses.

## Symptoms

symptom-pain = Pijn
symptom-headache = Hoofdpijn
symptom-back-pain = Rugpijn
symptom-neck-pain = Nekpijn
symptom-joint-pain = Gewrichtspijn
symptom-muscle-pain = Spierpijn
symptom-chest-pain = Pijn op de borst
symptom-abdominal-pain = Buikpijn
symptom-toothache = Tandpijn
symptom-dizziness = Duizeligheid
symptom-fainting = Flauwvallen
symptom-fatigue = Vermoeidheid
symptom-fever = Koorts
symptom-chills = Koude rillingen
symptom-cough = Hoesten
symptom-shortness-of-breath = Kortademigheid
symptom-wheezing = Piepende ademhaling
symptom-sore-throat = Keelpijn
symptom-runny-nose = Loopneus
symptom-nausea = Misselijkheid
symptom-vomiting = Braken
symptom-diarrhoea = Diarree
symptom-constipation = Verstopping (obstipatie)
symptom-heartburn = Brandend maagzuur
symptom-loss-of-appetite = Geen eetlust
symptom-rash = Huiduitslag
symptom-itching = Jeuk
symptom-burn = Brandwond
symptom-cut = Snijwond of andere wond
symptom-bruise = Blauwe plek
symptom-swelling = Zwelling
symptom-numbness = Doof gevoel
symptom-tingling = Tintelingen
symptom-weakness = Slap gevoel of krachtverlies
symptom-stiffness = Stijfheid
symptom-eye-irritation = Pijnlijke of geïrriteerde ogen
symptom-blurred-vision = Wazig zien
symptom-hearing-problems = Gehoorproblemen
symptom-ringing-ears = Oorsuizen
symptom-palpitations = Hartkloppingen
symptom-sleep-problems = Slaapproblemen
symptom-anxiety = Angst
symptom-low-mood = Somberheid
symptom-stress = Stress
symptom-panic = Paniek
symptom-difficulty-concentrating = Concentratieproblemen
symptom-breathing-in-dust-or-fumes = Stof of dampen ingeademd
symptom-allergic-reaction = Allergische reactie

## Body map

region-head = Hoofd
region-face = Gezicht
region-eye = Oog
region-ear = Oor
region-nose = Neus
region-mouth-teeth = Mond en gebit
region-neck = Nek en hals
region-throat = Keel
region-chest = Borstkas
region-upper-back = Bovenrug
region-lower-back = Onderrug
region-abdomen = Buik
region-groin = Lies
region-shoulder = Schouder
region-upper-arm = Bovenarm
region-elbow = Elleboog
region-forearm = Onderarm
region-wrist = Pols
region-hand = Hand
region-fingers = Vingers
region-hip = Heup
region-thigh = Bovenbeen
region-knee = Knie
region-lower-leg = Onderbeen
region-ankle = Enkel
region-foot = Voet
region-toes = Tenen
region-skin = Huid
region-whole-body = Hele lichaam
# $part (string) - a body region; the side follows
region-left = { $part }, links
region-right = { $part }, rechts
