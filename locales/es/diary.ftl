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

## The report for the doctor
# A printed report the user hands to a GP, bedrijfsarts, union or inspector. Every heading and coded
# value also appears in Dutch beside it, so write these as short labels a doctor reads quickly.
# Spanish: the worker's own words use "tú" elsewhere; the lines meant for the doctor use the impersonal infinitive.

report-title = Diario de síntomas y de trabajo
report-kept-by = Este diario lo escribió el propio paciente en la app Werkmaat. Son las notas del paciente, no un diagnóstico.
# $from, $to (string) - dates
report-period = Período: del { $from } al { $to }
# $date (string) - a date
report-made-on = Fecha del informe: { $date }
report-identity-none = El paciente eligió no poner datos personales en este informe.
report-identity-name = Nombre
report-identity-birth_date = Fecha de nacimiento
report-identity-bsn = Número BSN (burgerservicenummer)
report-identity-employer = Empresa (werkgever)
report-identity-agency = Agencia de trabajo temporal (uitzendbureau)
report-identity-insurer = Aseguradora de salud (zorgverzekeraar)
report-page = Página { $page } de { $pages }
report-chart-left-out = Fuera del gráfico, porque nunca fueron peores que { $severity }/10: { $symptoms }
report-chart-data = Los datos del gráfico
report-chart-readings = Fecha y hora: intensidad (0-10)
report-weeks = Horas de trabajo por semana
report-week = Semana
report-hours-worked = Horas de trabajo (sin contar las pausas)
report-appendix-shifts = Anexo: todos los turnos
report-shift-start = Inicio
report-shift-end = Fin
report-summary = Resumen
report-symptoms = Síntomas
# $date (string) - the date of the first entry
report-since = desde el { $date }
# $severity (number) - 0 to 10
report-worst = máximo { $severity }/10
# $count (number) - how many entries
report-times = { $count ->
    [one] { $count } anotación
    [many] { $count } anotaciones
   *[other] { $count } anotaciones
}
report-work-related = Causado o empeorado por el trabajo
report-incidents = Accidentes de trabajo
report-none = No hay
report-breaches = Infracciones de las reglas de horas de trabajo y de descanso
report-chart = Intensidad a lo largo del tiempo
report-chart-scale = 0 = sin molestias, 10 = lo peor que se pueda imaginar
report-entries = Anotaciones
report-kind-symptom = Síntoma
report-kind-incident = Accidente de trabajo
report-kind-shift = Turno
report-kind-care_contact = Visita al médico
report-field-body-part = Dónde
report-field-severity = Intensidad (0-10)
report-field-duration = Duración
report-field-helps = Qué lo alivia
report-field-worsens = Qué lo empeora
report-field-medication = Medicamentos tomados
report-field-missed-work = Ausencia del trabajo
report-field-place = Lugar
report-field-task = Tarea
report-field-machine = Máquina o sustancia
report-field-what-happened = Qué pasó
report-field-injuries = Lesiones
report-field-witnesses = Testigos
report-field-reported-to = Se avisó a
report-field-photos = Fotos (guardadas en el teléfono)
report-field-break = Pausa
report-field-with = Atendido por
report-field-advice = Consejo recibido
report-field-note = Nota
report-field-recorded = Anotado el
# $revision (number) - the revision number of a corrected entry
report-corrected = Corregido: versión { $revision }
# $minutes (number)
report-minutes = { $minutes } min
# $hours (number)
report-hours = { $hours } h
report-yes = Sí
report-no = No
# $language (string) - the name of the app language, e.g. "Polski"
report-own-words = Palabras del propio paciente (idioma de la app: { $language }):
report-who-employer = Empleador
report-who-agency = Agencia de trabajo temporal
report-who-bedrijfsarts = Médico de empresa (bedrijfsarts)
report-who-gp = Médico de familia (huisarts)
report-who-arbeidsinspectie = Inspección de Trabajo (Arbeidsinspectie)
report-care-gp = Médico de familia (huisarts)
report-care-gp_post = Servicio de guardia de médicos de familia (huisartsenpost)
report-care-emergency = Urgencias del hospital (spoedeisende hulp)
report-care-bedrijfsarts = Médico de empresa (bedrijfsarts)
# $limit, $actual (number) - hours, or minutes for the break rule
report-rule-max-shift = Día de trabajo de más de { $limit } h: { $actual } h de trabajo (sin contar las pausas)
    .name = duración de un día de trabajo
report-rule-break = Pausa de menos de { $limit } min: { $actual } min (un convenio colectivo, CAO, puede permitir pausas más cortas)
    .name = pausas
report-rule-daily-rest = Menos de { $limit } h de descanso seguido en 24 horas: { $actual } h
    .name = descanso entre días de trabajo
report-rule-weekly-rest = Menos de { $limit } h de descanso en una semana, y tampoco suficiente descanso en dos semanas: { $actual } h
    .name = descanso en una semana
report-rule-max-week-hours = Más de { $limit } h de trabajo en una semana: { $actual } h
    .name = horas en una semana
report-rule-average-4-weeks = De media, más de { $limit } h de trabajo por semana en 4 semanas: { $actual } h (salvo que tu CAO fije otra media)
    .name = media en 4 semanas
report-rule-average-16-weeks = De media, más de { $limit } h de trabajo por semana en 16 semanas: { $actual } h
    .name = media en 16 semanas
report-rule-night-shift-length = Turno de noche de más de { $limit } h: { $actual } h (un turno de noche más largo solo se permite unas pocas veces, con suficiente descanso después)
    .name = duración de un turno de noche
report-rule-night-rest = Menos de { $limit } h de descanso después de un turno de noche que terminó después de las 02:00: { $actual } h
    .name = descanso después de un turno de noche
report-rule-night-series-rest = Menos de { $limit } h de descanso después de una serie de turnos de noche: { $actual } h
    .name = descanso después de una serie de turnos de noche
report-rule-night-shifts-count = Más de { $limit } turnos de noche en 16 semanas: { $actual } (un CAO puede permitir más)
    .name = número de turnos de noche
report-rule-night-average-16-weeks = Con muchos turnos de noche, de media más de { $limit } h de trabajo por semana en 16 semanas: { $actual } h
    .name = media en 16 semanas con turnos de noche
report-rules-checked = Reglas comprobadas: { $rules }
# $source (string) - the law or page the rule comes from
report-rule-source = Fuente: { $source }
report-check = Comprobar que no se cambió nada
# $entries, $revisions, $gaps (number) - entries now, versions of entries written, entries deleted
report-check-counts = Anotaciones: { $entries }. Versiones: { $revisions }. Borradas: { $gaps }.
report-check-head = Huella digital de todo el diario (SHA-256):
report-check-how = Pedir al paciente el diario exportado en JSON y comprobarlo con "werkmaat diary verify --export FILE": tiene que salir la misma huella digital. Cualquier cambio en una anotación escrita antes cambia la huella.
report-check-proves = Qué demuestra esto: las anotaciones están como se escribieron, si la huella digital es igual a una que recibiste antes o a una confirmada por un sello de tiempo. No demuestra cuándo se escribieron.
report-check-clock = Las horas de las anotaciones vienen del reloj del teléfono del paciente.
# $seqs (string) - the positions of the entries that could not be read, comma-separated
report-check-damaged = Anotaciones que no se pudieron leer (dañadas) y que faltan aquí: { $seqs }
