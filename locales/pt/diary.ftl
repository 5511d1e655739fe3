# Werkmaat: the symptom and work-injury diary. Symptom names (symptom-<code>), the body map
# (region-<id>, and the sides), and the diary's own words. Plain words a worker uses.
# Portuguese (European Portuguese, pt-PT; see locales/README.md). Third-person address without a pronoun, as in pt/ui.ftl.
# Everyday words a worker says to a doctor. A word in brackets is the word a doctor may use.

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
symptom-chills = Arrepios de frio
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
symptom-itching = Comichão
symptom-burn = Queimadura
symptom-cut = Corte ou ferida
symptom-bruise = Nódoa negra
symptom-swelling = Inchaço
symptom-numbness = Dormência
symptom-tingling = Formigueiro
symptom-weakness = Fraqueza
symptom-stiffness = Rigidez
symptom-eye-irritation = Dor ou irritação nos olhos
symptom-blurred-vision = Vista turva
symptom-hearing-problems = Problemas de audição
symptom-ringing-ears = Zumbido nos ouvidos
symptom-palpitations = Coração acelerado ou a bater com força
symptom-sleep-problems = Problemas de sono
symptom-anxiety = Ansiedade
symptom-low-mood = Tristeza ou desânimo
symptom-stress = Stress
symptom-panic = Pânico
symptom-difficulty-concentrating = Dificuldade de concentração
symptom-breathing-in-dust-or-fumes = Respirou pó, fumo ou vapores
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
region-hip = Anca
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

## The report for the doctor
# A printed report the user hands to a GP, bedrijfsarts, union or inspector. Every heading and coded
# value also appears in Dutch beside it, so write these as short labels a doctor reads quickly.
# Portuguese: "paciente" rather than "doente"; "o Werkmaat" instead of aplicação/aplicativo.

report-title = Diário de sintomas e de trabalho
report-kept-by = Escrito pelo próprio paciente no Werkmaat. São as notas do paciente, não um diagnóstico.
# $from, $to (string) - dates
report-period = Período: de { $from } a { $to }
# $date (string) - a date
report-made-on = Data do relatório: { $date }
report-identity-none = O paciente escolheu não pôr dados pessoais neste relatório.
report-identity-name = Nome
report-identity-birth_date = Data de nascimento
report-identity-bsn = Número BSN (burgerservicenummer)
report-identity-employer = Empregador (werkgever)
report-identity-agency = Agência de trabalho temporário (uitzendbureau)
report-identity-insurer = Seguradora de saúde (zorgverzekeraar)
report-page = Página { $page } de { $pages }
report-chart-left-out = Fora do gráfico, porque nunca piores do que { $severity }/10: { $symptoms }
report-chart-data = Os dados do gráfico
report-chart-readings = Data e hora: intensidade (0-10)
report-weeks = Horas de trabalho por semana
report-week = Semana
report-hours-worked = Horas de trabalho (sem contar as pausas)
report-appendix-shifts = Anexo: todos os turnos
report-shift-start = Início
report-shift-end = Fim
report-summary = Resumo
report-symptoms = Sintomas
# $date (string) - the date of the first entry
report-since = desde { $date }
# $severity (number) - 0 to 10
report-worst = máximo { $severity }/10
# $count (number) - how many entries
report-times = { $count ->
    [one] { $count } entrada
    [many] { $count } entradas
   *[other] { $count } entradas
}
report-work-related = Causado ou agravado pelo trabalho
report-incidents = Acidentes de trabalho
report-none = Não há
report-breaches = Infrações às regras sobre horas de trabalho e descanso
report-chart = Intensidade ao longo do tempo
report-chart-scale = 0 = sem queixas, 10 = o pior que se possa imaginar
report-entries = Entradas
report-kind-symptom = Sintoma
report-kind-incident = Acidente de trabalho
report-kind-shift = Turno
report-kind-care_contact = Ida ao médico
report-field-body-part = Onde
report-field-severity = Intensidade (0-10)
report-field-duration = Duração
report-field-helps = O que alivia
report-field-worsens = O que piora
report-field-medication = Medicamentos tomados
report-field-missed-work = Faltas ao trabalho
report-field-place = Local
report-field-task = Tarefa
report-field-machine = Máquina ou substância
report-field-what-happened = O que aconteceu
report-field-injuries = Lesões
report-field-witnesses = Testemunhas
report-field-reported-to = Comunicado a
report-field-photos = Fotografias (guardadas no telefone)
report-field-break = Pausa
report-field-with = Atendido por
report-field-advice = Conselho recebido
report-field-note = Nota
report-field-recorded = Anotado em
# $revision (number) - the revision number of a corrected entry
report-corrected = Corrigido: versão { $revision }
# $minutes (number)
report-minutes = { $minutes } min
# $hours (number)
report-hours = { $hours } h
report-yes = Sim
report-no = Não
# $language (string) - the name of the app language, e.g. "Polski"
report-own-words = As palavras do próprio paciente (língua do Werkmaat: { $language }):
report-who-employer = Empregador
report-who-agency = Agência de trabalho temporário
report-who-bedrijfsarts = Médico do trabalho (bedrijfsarts)
report-who-gp = Médico de família (huisarts)
report-who-arbeidsinspectie = Inspeção do Trabalho (Arbeidsinspectie)
report-care-gp = Médico de família (huisarts)
report-care-gp_post = Serviço de médicos de família fora do horário normal (huisartsenpost)
report-care-emergency = Urgências do hospital (spoedeisende hulp)
report-care-bedrijfsarts = Médico do trabalho (bedrijfsarts)
# $limit, $actual (number) - hours, or minutes for the break rule
report-rule-max-shift = Dia de trabalho de mais de { $limit } h: { $actual } h de trabalho (sem contar as pausas)
    .name = duração de um dia de trabalho
report-rule-break = Pausa de menos de { $limit } min: { $actual } min (uma convenção coletiva, CAO, pode permitir pausas mais curtas)
    .name = pausas
report-rule-daily-rest = Menos de { $limit } h de descanso seguido em 24 horas: { $actual } h
    .name = descanso entre dias de trabalho
report-rule-weekly-rest = Menos de { $limit } h de descanso numa semana, e também pouco descanso em duas semanas: { $actual } h
    .name = descanso numa semana
report-rule-max-week-hours = Mais de { $limit } h de trabalho numa semana: { $actual } h
    .name = horas numa semana
report-rule-average-4-weeks = Em média mais de { $limit } h de trabalho por semana em 4 semanas: { $actual } h (a não ser que a sua CAO fixe outra média)
    .name = média em 4 semanas
report-rule-average-16-weeks = Em média mais de { $limit } h de trabalho por semana em 16 semanas: { $actual } h
    .name = média em 16 semanas
report-rule-night-shift-length = Turno da noite de mais de { $limit } h: { $actual } h (um turno da noite mais longo só é permitido algumas vezes, com descanso suficiente depois)
    .name = duração de um turno da noite
report-rule-night-rest = Menos de { $limit } h de descanso depois de um turno da noite que acabou depois das 02:00: { $actual } h
    .name = descanso depois de um turno da noite
report-rule-night-series-rest = Menos de { $limit } h de descanso depois de uma série de turnos da noite: { $actual } h
    .name = descanso depois de uma série de turnos da noite
report-rule-night-shifts-count = Mais de { $limit } turnos da noite em 16 semanas: { $actual } (uma CAO pode permitir mais)
    .name = número de turnos da noite
report-rule-night-average-16-weeks = Com muitos turnos da noite, em média mais de { $limit } h de trabalho por semana em 16 semanas: { $actual } h
    .name = média em 16 semanas com turnos da noite
report-rules-checked = Regras verificadas: { $rules }
# $source (string) - the law or page the rule comes from
report-rule-source = Fonte: { $source }
report-check = Confirmar que nada foi alterado
# $entries, $revisions, $gaps (number) - entries now, versions of entries written, entries deleted
report-check-counts = Entradas: { $entries }. Versões: { $revisions }. Apagadas: { $gaps }.
report-check-head = Impressão digital de todo o diário (SHA-256):
report-check-how = Peça ao paciente o diário exportado em JSON e verifique-o com "werkmaat diary verify --export FILE": tem de aparecer a mesma impressão digital. Qualquer alteração numa entrada escrita antes muda a impressão digital.
report-check-proves = O que isto prova: as entradas estão como foram escritas, se a impressão digital for igual a uma que recebeu antes ou a uma confirmada por um carimbo temporal. Não prova quando foram escritas.
report-check-clock = As horas das entradas vêm do relógio do telemóvel do paciente.
# $seqs (string) - the positions of the entries that could not be read, comma-separated
report-check-damaged = Entradas que não puderam ser lidas (danificadas) e que faltam aqui: { $seqs }
