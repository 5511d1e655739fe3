# Werkmaat: the symptom and work-injury diary. Symptom names (symptom-<code>), the body map
# (region-<id>, and the sides), and the diary's own words. Plain words a worker uses.
# Spanish (neutral). Form of address: informal "tú", as in es/ui.ftl.
# Everyday words a worker says to a doctor, understood in Spain and Latin America.

## Symptoms

symptom-pain = Dolor
symptom-headache = Dolor de cabeza
symptom-back-pain = Dolor de espalda
symptom-neck-pain = Dolor de cuello
symptom-joint-pain = Dolor en las articulaciones
symptom-muscle-pain = Dolor muscular
symptom-chest-pain = Dolor en el pecho
symptom-abdominal-pain = Dolor de barriga o de estómago
symptom-toothache = Dolor de muelas o de dientes
symptom-dizziness = Mareo
symptom-fainting = Desmayo
symptom-fatigue = Cansancio
symptom-fever = Fiebre
symptom-chills = Escalofríos
symptom-cough = Tos
symptom-shortness-of-breath = Falta de aire
symptom-wheezing = Silbidos en el pecho al respirar
symptom-sore-throat = Dolor de garganta
symptom-runny-nose = Mocos, nariz que gotea
symptom-nausea = Ganas de vomitar (náuseas)
symptom-vomiting = Vómitos
symptom-diarrhoea = Diarrea
symptom-constipation = Estreñimiento
symptom-heartburn = Acidez o ardor de estómago
symptom-loss-of-appetite = Falta de apetito
symptom-rash = Sarpullido o ronchas en la piel
symptom-itching = Picor o picazón
symptom-burn = Quemadura
symptom-cut = Corte o herida
symptom-bruise = Moretón
symptom-swelling = Hinchazón
symptom-numbness = Adormecimiento
symptom-tingling = Hormigueo
symptom-weakness = Debilidad
symptom-stiffness = Rigidez
symptom-eye-irritation = Dolor o irritación en los ojos
symptom-blurred-vision = Visión borrosa
symptom-hearing-problems = Problemas para oír
symptom-ringing-ears = Zumbido o pitido en los oídos
symptom-palpitations = Corazón acelerado o que late muy fuerte
symptom-sleep-problems = Problemas para dormir
symptom-anxiety = Ansiedad
symptom-low-mood = Tristeza o desánimo
symptom-stress = Estrés
symptom-panic = Pánico
symptom-difficulty-concentrating = Dificultad para concentrarse
symptom-breathing-in-dust-or-fumes = Inhalación de polvo, humo o gases
symptom-allergic-reaction = Reacción alérgica

## Body map

region-head = Cabeza
region-face = Cara
region-eye = Ojo
region-ear = Oreja u oído
region-nose = Nariz
region-mouth-teeth = Boca y dientes
region-neck = Cuello
region-throat = Garganta
region-chest = Pecho
region-upper-back = Parte alta de la espalda
region-lower-back = Parte baja de la espalda (zona lumbar)
region-abdomen = Barriga y estómago
region-groin = Ingle
region-shoulder = Hombro
region-upper-arm = Brazo (encima del codo)
region-elbow = Codo
region-forearm = Antebrazo
region-wrist = Muñeca
region-hand = Mano
region-fingers = Dedos de la mano
region-hip = Cadera
region-thigh = Muslo
region-knee = Rodilla
region-lower-leg = Pierna (debajo de la rodilla)
region-ankle = Tobillo
region-foot = Pie
region-toes = Dedos del pie
region-skin = Piel
region-whole-body = Todo el cuerpo
# $part (string) - a body region; the side follows
# "del lado izquierdo" agrees with "lado", so it fits every region whatever its gender, and it names the part on that side
# (", lado izquierdo" could be read as the left side of the part): "Rodilla del lado izquierdo", "Pie del lado izquierdo".
region-left = { $part } del lado izquierdo
region-right = { $part } del lado derecho
