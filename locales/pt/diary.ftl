# Werkmaat: the symptom and work-injury diary. Symptom names (symptom-<code>), the body map
# (region-<id>, and the sides), and the diary's own words. Plain words a worker uses.
# Portuguese (European base, readable in Brazil). Third-person address without a pronoun, as in pt/ui.ftl.
# Everyday words a worker says to a doctor. A word in brackets is the Brazilian word or the word a doctor may use.

## Symptoms

symptom-pain = Dor
symptom-headache = Dor de cabeça
symptom-back-pain = Dor nas costas
symptom-neck-pain = Dor no pescoço
symptom-joint-pain = Dor nas articulações
symptom-muscle-pain = Dor nos músculos
symptom-chest-pain = Dor no peito
symptom-abdominal-pain = Dor de barriga
symptom-toothache = Dor de dentes
symptom-dizziness = Tonturas
symptom-fainting = Desmaio
symptom-fatigue = Cansaço
symptom-fever = Febre
symptom-chills = Arrepios de frio (calafrios)
symptom-cough = Tosse
symptom-shortness-of-breath = Falta de ar
symptom-wheezing = Chiado ao respirar (pieira)
symptom-sore-throat = Dor de garganta
symptom-runny-nose = Nariz a pingar (coriza)
symptom-nausea = Enjoo, vontade de vomitar (náuseas)
symptom-vomiting = Vómitos
symptom-diarrhoea = Diarreia
symptom-constipation = Prisão de ventre
symptom-heartburn = Azia
symptom-loss-of-appetite = Falta de apetite
symptom-rash = Manchas ou erupção na pele
symptom-itching = Comichão (coceira)
symptom-burn = Queimadura
symptom-cut = Corte ou ferida
symptom-bruise = Nódoa negra (mancha roxa)
symptom-swelling = Inchaço
symptom-numbness = Dormência
symptom-tingling = Formigueiro (formigamento)
symptom-weakness = Fraqueza
symptom-stiffness = Rigidez
symptom-eye-irritation = Dor ou irritação nos olhos
symptom-blurred-vision = Vista turva (visão embaçada)
symptom-hearing-problems = Problemas de audição
symptom-ringing-ears = Zumbido nos ouvidos
symptom-palpitations = Coração acelerado ou a bater com força
symptom-sleep-problems = Problemas de sono
symptom-anxiety = Ansiedade
symptom-low-mood = Tristeza ou desânimo
symptom-stress = Stress
symptom-panic = Pânico
symptom-difficulty-concentrating = Dificuldade de concentração
symptom-breathing-in-dust-or-fumes = Respirou pó, fumo (fumaça) ou vapores
symptom-allergic-reaction = Reação alérgica

## Body map

region-head = Cabeça
region-face = Cara
region-eye = Olho
region-ear = Orelha ou ouvido
region-nose = Nariz
region-mouth-teeth = Boca e dentes
region-neck = Pescoço
region-throat = Garganta
region-chest = Peito
region-upper-back = Parte de cima das costas
region-lower-back = Parte de baixo das costas (zona lombar)
region-abdomen = Barriga e estômago
region-groin = Virilha
region-shoulder = Ombro
region-upper-arm = Braço (acima do cotovelo)
region-elbow = Cotovelo
region-forearm = Antebraço
region-wrist = Pulso
region-hand = Mão
region-fingers = Dedos da mão
region-hip = Anca (quadril)
region-thigh = Coxa
region-knee = Joelho
region-lower-leg = Perna (abaixo do joelho)
region-ankle = Tornozelo
region-foot = Pé
region-toes = Dedos do pé
region-skin = Pele
region-whole-body = Corpo todo
# $part (string) - a body region; the side follows
# "do lado esquerdo" agrees with "lado", so it fits every region whatever its gender, and it names the part on that side
# (", lado esquerdo" could be read as the left side of the part): "Joelho do lado esquerdo", "Mão do lado esquerdo".
region-left = { $part } do lado esquerdo
region-right = { $part } do lado direito
