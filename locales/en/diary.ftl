# Werkmaat: the symptom and work-injury diary. Symptom names (symptom-<code>), the body map
# (body-<region>, and the sides), and the diary's own words. Plain words a worker uses.

## Symptoms

symptom-pain = Pain
symptom-headache = Headache
symptom-back-pain = Back pain
symptom-neck-pain = Neck pain
symptom-joint-pain = Joint pain
symptom-muscle-pain = Muscle pain
symptom-chest-pain = Chest pain
symptom-abdominal-pain = Stomach ache
symptom-toothache = Toothache
symptom-dizziness = Dizziness
symptom-fainting = Fainting
symptom-fatigue = Tiredness
symptom-fever = Fever
symptom-chills = Chills
symptom-cough = Cough
symptom-shortness-of-breath = Short of breath
symptom-wheezing = Wheezing
symptom-sore-throat = Sore throat
symptom-runny-nose = Runny nose
symptom-nausea = Feeling sick (nausea)
symptom-vomiting = Vomiting
symptom-diarrhoea = Diarrhoea
symptom-constipation = Constipation
symptom-heartburn = Heartburn
symptom-loss-of-appetite = No appetite
symptom-rash = Rash
symptom-itching = Itching
symptom-burn = Burn
symptom-cut = Cut or wound
symptom-bruise = Bruise
symptom-swelling = Swelling
symptom-numbness = Numbness
symptom-tingling = Tingling
symptom-weakness = Weakness
symptom-stiffness = Stiffness
symptom-eye-irritation = Sore or irritated eyes
symptom-blurred-vision = Blurred vision
symptom-hearing-problems = Hearing problems
symptom-ringing-ears = Ringing in the ears
symptom-palpitations = Racing or pounding heart
symptom-sleep-problems = Sleep problems
symptom-anxiety = Anxiety
symptom-low-mood = Low mood
symptom-stress = Stress
symptom-panic = Panic
symptom-difficulty-concentrating = Trouble concentrating
symptom-breathing-in-dust-or-fumes = Breathed in dust or fumes
symptom-allergic-reaction = Allergic reaction

## Body map

body-head = Head
body-face = Face
body-eye = Eye
body-ear = Ear
body-nose = Nose
body-mouth-teeth = Mouth and teeth
body-neck = Neck
body-throat = Throat
body-chest = Chest
body-upper-back = Upper back
body-lower-back = Lower back
body-abdomen = Stomach and belly
body-groin = Groin
body-shoulder = Shoulder
body-upper-arm = Upper arm
body-elbow = Elbow
body-forearm = Forearm
body-wrist = Wrist
body-hand = Hand
body-fingers = Fingers
body-hip = Hip
body-thigh = Thigh
body-knee = Knee
body-lower-leg = Lower leg
body-ankle = Ankle
body-foot = Foot
body-toes = Toes
body-skin = Skin
body-whole-body = Whole body
# $part (string) - a body region; the side follows
body-left = { $part }, left
body-right = { $part }, right
