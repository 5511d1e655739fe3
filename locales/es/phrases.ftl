# Werkmaat: "show this" phrase cards, Spanish (neutral: readable in Spain and in Latin America).
# The user shows the card: their language beside Dutch.
# Each card: the sentence as the value, and a short .title for the list.
# Variables are the user's saved details; a detail not saved is shown as "…":
# $full-name, $date-of-birth, $bsn, $insurer, $policy-number, $gp-name, $gp-phone (all strings).
# The card text speaks to the doctor, pharmacist or employer, so it uses polite "usted";
# the titles speak for the user ("I…"), as in English.

phrase-register-gp = Quisiera inscribirme en este consultorio; todavía no soy paciente aquí. Me llamo { $full-name }, fecha de nacimiento: { $date-of-birth }. Mi número BSN (número de servicio al ciudadano) es { $bsn }. Mi aseguradora de salud es { $insurer }, número de póliza { $policy-number }.
    .title = Inscribirme con un médico de familia (huisarts)
phrase-my-insurance = Me llamo { $full-name }, fecha de nacimiento: { $date-of-birth }. Mi número BSN (número de servicio al ciudadano) es { $bsn }. Mi aseguradora de salud es { $insurer }, número de póliza { $policy-number }.
    .title = Los datos de mi seguro
phrase-need-interpreter = No hablo bien holandés. Quisiera un intérprete profesional (tolk). Un intérprete por teléfono también está bien.
    .title = Pedir un intérprete
phrase-speak-slowly = Por favor, hable despacio y use palabras sencillas. ¿Me puede escribir lo más importante?
    .title = Hable despacio, por favor
phrase-explain-again = No lo entendí. ¿Me lo puede explicar otra vez con otras palabras?
    .title = No lo entendí
phrase-written-info = ¿Me puede dar esta información en papel o por correo electrónico?
    .title = Pedirlo por escrito
phrase-accident-at-work = Tuve un accidente en el trabajo. Por favor, anótelo en mi historial médico (dossier).
    .title = Tuve un accidente en el trabajo
phrase-see-bedrijfsarts = Quiero hablar con el médico de empresa (bedrijfsarts). Por favor, deme el nombre y el número de teléfono del médico de empresa.
    .title = Quiero ver al médico de empresa (bedrijfsarts)
phrase-report-sick = Me llamo { $full-name }. Estoy enfermo/a y no puedo trabajar. Por eso aviso de mi enfermedad (ziekmelden).
    .title = Avisar de mi enfermedad
phrase-urgent-today = Necesito ver a un médico hoy. Creo que es urgente.
    .title = Necesito un médico hoy
phrase-pain-here = Me duele aquí. Le voy a señalar dónde me duele.
    .title = Me duele aquí
phrase-allergy = Tengo alergia a algunos medicamentos. Por favor, compruébelo antes de darme cualquier medicamento.
    .title = Tengo una alergia
phrase-collect-prescription = Tengo una receta (recept) de mi médico de familia (huisarts). Quisiera recoger mi medicamento.
    .title = Recoger mi medicamento
phrase-what-do-i-pay = ¿Cuánto tengo que pagar yo? ¿Esto cuenta para la parte que pago yo (eigen risico)?
    .title = ¿Cuánto pago yo?
phrase-no-insurance = Ahora mismo no tengo seguro de salud. Necesito atención médica. Por favor, dígame qué es posible y cuánto va a costar.
    .title = Ahora no tengo seguro
phrase-tell-my-gp = Por favor, envíe la información sobre mi tratamiento a mi médico de familia (huisarts): { $gp-name }, teléfono { $gp-phone }.
    .title = Informar a mi médico de familia (huisarts)
phrase-payslip-question = Tengo una pregunta sobre mi recibo de sueldo (loonstrook). Por favor, explíqueme estos descuentos.
    .title = Una pregunta sobre mi recibo de sueldo
phrase-contract-copy = Quisiera una copia de mi contrato de trabajo, y una copia de cada autorización (volmacht) que firmé.
    .title = Pedir mi contrato y mis papeles
phrase-need-rest = Por ley necesito descansar entre dos turnos. Todavía no puedo empezar un turno nuevo.
    .title = Necesito mi descanso
phrase-dentist = Quisiera una cita con el dentista (tandarts). Tengo dolor de muelas.
    .title = Necesito un dentista (tandarts)
phrase-call-emergency = Por favor, llame al número de emergencias por mí. Necesito ayuda ahora.
    .title = Llamar a emergencias
phrase-contact-my-gp = Mi médico de familia (huisarts) es { $gp-name }, teléfono { $gp-phone }. Por favor, póngase en contacto con mi médico de familia.
    .title = Que llamen a mi médico de familia (huisarts)
