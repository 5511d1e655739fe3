# Werkmaat: the symptom and work-injury diary. Symptom names (symptom-<code>), the body map
# (region-<id>, and the sides), and the diary's own words. Plain words a worker uses.

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

region-head = Head
region-face = Face
region-eye = Eye
region-ear = Ear
region-nose = Nose
region-mouth-teeth = Mouth and teeth
region-neck = Neck
region-throat = Throat
region-chest = Chest
region-upper-back = Upper back
region-lower-back = Lower back
region-abdomen = Stomach and belly
region-groin = Groin
region-shoulder = Shoulder
region-upper-arm = Upper arm
region-elbow = Elbow
region-forearm = Forearm
region-wrist = Wrist
region-hand = Hand
region-fingers = Fingers
region-hip = Hip
region-thigh = Thigh
region-knee = Knee
region-lower-leg = Lower leg
region-ankle = Ankle
region-foot = Foot
region-toes = Toes
region-skin = Skin
region-whole-body = Whole body
# $part (string) - a body region; the side follows
region-left = { $part }, left
region-right = { $part }, right
