# Werkmaat: the health-insurance checklist, Spanish (neutral: readable in Spain and in Latin America).
# Questions (question-<id>, .help), their options (option-<question>-<option>), and items
# (item-<id> as the title, .text as what to do and why).
# Numbers are facts from core/content/facts.json ($fact-id), written the locale's way.
# Form of address and terms as in ui.ftl and guides.ftl: informal "tú"; "la parte que pagas tú"
# (eigen risico), "la ayuda para el seguro de salud" (zorgtoeslag), "médico de familia" (huisarts),
# "autorización por escrito" (volmacht), "recibo de sueldo" (loonstrook), "prima", "prestación".
# Questions avoid gendered adjectives ("¿Ya te inscribiste…?" instead of "¿Estás inscrito…?").
# Counts that name a unit are wrapped in a plural selector (es: one/many/other; many = other).

## Answers to yes/no questions

option-yes = Sí
option-no = No

## Questions

question-works_in_nl = ¿Trabajas en los Países Bajos?
    .help = También si solo trabajas aquí durante una temporada.
question-work_start = ¿Cuál fue tu primer día de trabajo en los Países Bajos?
    .help = El día en que empezaste a trabajar aquí. No el día en que te inscribiste en el RNI.
question-employment = ¿Cómo trabajas en los Países Bajos?
option-employment-agency = A través de una agencia de trabajo temporal (uitzendbureau)
option-employment-direct = Con contrato directo con la empresa donde trabajo
option-employment-posted = Me envió aquí un empleador de otro país (trabajador desplazado)
option-employment-self_employed = Por cuenta propia, sin empleador (zzp)
question-has_a1 = ¿Tienes un certificado A1 de tu país?
    .help = Si un empleador de otro país te envió aquí, la oficina de la seguridad social de ese país te da este certificado.
question-studies_in_nl = ¿Estás en los Países Bajos para estudiar?
    .help = En un colegio, una escuela superior o una universidad. Un estudiante de la UE que no trabaja aquí usa la Tarjeta Sanitaria Europea (EHIC) y no contrata un seguro holandés.
question-temporary_protection = ¿Tienes protección temporal en los Países Bajos porque huiste de la guerra en Ucrania?
    .help = Te inscribiste en la gemeente según las reglas de la UE sobre protección temporal. Tienes en el pasaporte una pegatina de residencia del IND o una tarjeta del IND (O-document). Si no estás seguro, busca la carta del IND o de la gemeente que dice que tienes protección temporal.
question-stay = ¿Cuánto tiempo te vas a quedar en los Países Bajos?
option-stay-short = Menos de { $rni-max-stay-months ->
    [one] { $rni-max-stay-months } mes
    [many] { $rni-max-stay-months } meses
   *[other] { $rni-max-stay-months } meses
}
option-stay-long = { $rni-max-stay-months ->
    [one] { $rni-max-stay-months } mes o más
    [many] { $rni-max-stay-months } meses o más
   *[other] { $rni-max-stay-months } meses o más
}
question-arrival_date = ¿En qué fecha viniste a vivir a los Países Bajos?
    .help = El primer día en que viviste aquí. No un día en que viniste de visita.
question-registration = ¿Dónde te inscribiste?
option-registration-none = Todavía no me inscribí
option-registration-rni = En el Registro de No Residentes (RNI)
option-registration-brp = En mi municipio (gemeente), en el Registro de Personas (BRP)
question-has_dutch_insurance = ¿Tienes un seguro de salud holandés (zorgverzekering)?
question-insurance_via_employer = ¿Tienes este seguro a través de tu empleador o de tu agencia?
    .help = Por ejemplo, un seguro colectivo (collectieve verzekering) que organizó la agencia.
question-deduction_consent = ¿Firmaste una autorización por escrito (volmacht) para que te descuenten del sueldo la prima del seguro?
question-age = ¿Cuántos años tienes?
question-yearly_income = Más o menos, ¿cuánto ganas al año, antes de impuestos (en bruto, en euros)? Si tienes pareja, pon los ingresos de los dos juntos.
    .help = Escribe el número como lo escribes normalmente. Tu respuesta solo se usa en este teléfono, para ver si puedes recibir la ayuda para el seguro de salud (zorgtoeslag).
question-has_partner = ¿Estás casado o casada, tienes una pareja registrada o vives con tu pareja?
    .help = Responde sí si estás casado o casada o tienes una pareja registrada, también si tu marido, tu mujer o tu pareja vive en otro país. Responde sí también si vives con tu pareja en la misma dirección (para las parejas no casadas hay más reglas). Para la ayuda del seguro de salud (zorgtoeslag), esta persona es tu toeslagpartner, y sus ingresos también cuentan.
question-job_ended = ¿Terminó un trabajo que tenías en los Países Bajos?
    .help = Responde sí también si ahora no trabajas aquí porque tu trabajo terminó. Responde no si nunca trabajaste aquí.
question-leaving_nl = ¿Te vas de los Países Bajos para siempre?
    .help = Sí, si te vas a vivir a otro país. No, si te vas de vacaciones o a casa por poco tiempo.
question-receives_benefit = ¿Recibes del UWV una prestación por enfermedad (Ziektewet) o por desempleo (WW)?
question-cak_letter = ¿Recibiste una carta del CAK sobre el seguro de salud?
question-cak_letter_date = ¿Qué fecha tiene la carta del CAK?
question-has_gp = ¿Ya te inscribiste en la consulta de un médico de familia (huisarts)?
question-has_digid = ¿Tienes DigiD?

## Items

item-take-out-insurance = Contrata un seguro de salud holandés (zorgverzekering)
    .text = Vives o trabajas en los Países Bajos, así que debes tener un seguro de salud holandés, también si ya tienes seguro en tu país. Contrátalo en un plazo de { $insure-within-months ->
        [one] { $insure-within-months } mes
        [many] { $insure-within-months } meses
       *[other] { $insure-within-months } meses
    } desde el día en que empezaste a trabajar o a vivir aquí: así el seguro te cubre desde ese día. Si lo contratas más tarde, no tienes cobertura para el tiempo anterior, y el CAK te puede poner una multa.
item-carry-a1-and-ehic = Lleva contigo tu certificado A1 y tu Tarjeta Sanitaria Europea (EHIC)
    .text = Un empleador de otro país te envió aquí (trabajador desplazado) y tienes un certificado A1, así que sigues con el seguro de tu país. Lleva siempre contigo el certificado A1 y tu Tarjeta Sanitaria Europea (EHIC). Con la EHIC recibes la atención que necesitas por razones médicas.
item-use-rmo = Tu atención médica se paga a través del RMO: enseña tu pasaporte y tu BSN
    .text = Tienes protección temporal, así que no tienes que contratar un seguro de salud holandés, tampoco si trabajas. Tu atención médica se paga a través del RMO (Regeling Medische zorg Ontheemden uit Oekraïne). No pagas prima ni franquicia (eigen risico). En el médico de cabecera (huisarts) y en la farmacia, enseña tu pasaporte o tu documento de identidad y tu BSN, y di que te cubre el RMO. Sin pasaporte o BSN también recibes atención, pero se paga menos. Si quieres, puedes contratar un seguro holandés (zorgverzekering): entonces pagas la prima y puedes recibir zorgtoeslag. Estas reglas son de 2022 y no hemos podido confirmar que sigan vigentes este año: pregunta en tu gemeente o mira rmoekraine.nl.
item-register-bsn = Inscríbete para recibir tu número BSN (número de servicio al ciudadano)
    .text = Necesitas un BSN para que te paguen y para recibir atención médica. Si te quedas menos de { $rni-max-stay-months ->
        [one] { $rni-max-stay-months } mes
        [many] { $rni-max-stay-months } meses
       *[other] { $rni-max-stay-months } meses
    }, inscríbete en una oficina del RNI (RNI-loket): recibes tu BSN en el momento. Si te quedas más tiempo, inscríbete en el Registro de Personas (BRP) del municipio (gemeente) donde vives.
item-register-brp = Inscríbete en tu municipio (gemeente)
    .text = Te quedas { $rni-max-stay-months ->
        [one] { $rni-max-stay-months } mes
        [many] { $rni-max-stay-months } meses
       *[other] { $rni-max-stay-months } meses
    } o más, así que debes inscribirte como residente en el Registro de Personas (Basisregistratie Personen, BRP) del municipio (gemeente) donde vives. Hazlo en un plazo de { $brp-register-within-days ->
        [one] { $brp-register-within-days } día
        [many] { $brp-register-within-days } días
       *[other] { $brp-register-within-days } días
    } después de llegar: pide cita enseguida y pregunta qué papeles tienes que llevar. Si no tienes una dirección fija, pide a la gemeente una dirección postal (briefadres).
item-apply-digid = Pide tu DigiD
    .text = Con DigiD entras en Mijn UWV, pides la ayuda para el seguro de salud (zorgtoeslag) y usas otros servicios del gobierno. Pide tu DigiD en digid.nl y actívalo en un plazo de { $digid-activation-days ->
        [one] { $digid-activation-days } día
        [many] { $digid-activation-days } días
       *[other] { $digid-activation-days } días
    }. Nunca des tus datos de DigiD a tu empleador, a tu agencia ni a la persona que te alquila la vivienda.
item-apply-zorgtoeslag = Pide la ayuda para el seguro de salud (zorgtoeslag)
    .text = Por tus respuestas, es probable que puedas recibir zorgtoeslag: tienes { $zorgtoeslag-min-age ->
        [one] { $zorgtoeslag-min-age } año
        [many] { $zorgtoeslag-min-age } años
       *[other] { $zorgtoeslag-min-age } años
    } o más, tienes un seguro de salud holandés y tus ingresos están por debajo del límite ({ $zorgtoeslag-income-single } al año si no tienes pareja, { $zorgtoeslag-income-partner } al año con pareja). Tus ahorros también deben estar por debajo de un límite. Pide la ayuda con tu DigiD en belastingdienst.nl. Si tienes preguntas, llama a la BelastingTelefoon: { $belastingtelefoon }.
item-check-premium-deduction = Revisa la prima del seguro que te descuentan del sueldo
    .text = Tu empleador solo puede descontarte del sueldo la prima del seguro de salud si firmaste una autorización por escrito (volmacht) y si la póliza está a tu nombre. No puede descontarte más que la prima de tu póliza, y como máximo { $insurance-deduction-max-year } al año. Revisa tu recibo de sueldo (loonstrook). Si no firmaste ninguna volmacht, pide a tu empleador por escrito que deje de descontarte la prima.
item-stop-premium-deduction = Pide a tu empleador que deje de descontar la prima de tu sueldo
    .text = No firmaste un permiso por escrito (volmacht), así que tu empleador o la agencia no puede descontar de tu sueldo la prima del seguro de salud. Pide por escrito (con una carta o un correo electrónico, y guarda una copia) que dejen de hacerlo. Revisa tu próxima nómina (loonstrook). Si no paran, denúncialo a la Nederlandse Arbeidsinspectie: { $nla-phone }.
item-choose-own-insurer = Puedes elegir tu propia aseguradora
    .text = Tú eliges tu aseguradora de salud (zorgverzekeraar). Tu empleador o tu agencia puede ofrecerte un seguro colectivo (collectieve verzekering), pero no tienes que aceptarlo. Compara las aseguradoras antes de decidir. La Zorgverzekeringslijn responde a tus preguntas: { $zvl-phone }.
item-arrange-insurance-after-job = Tu trabajo terminó: comprueba que sigues teniendo seguro
    .text = Un seguro colectivo a través de la agencia muchas veces termina cuando termina el trabajo. Te quedas en los Países Bajos, así que debes seguir teniendo seguro. Pregunta a tu aseguradora si tu póliza sigue activa. Si no sigue activa, contrata enseguida tu propio seguro.
item-keep-insurance-on-benefit = Sigue asegurado mientras recibes una prestación
    .text = Mientras recibes del UWV una prestación por enfermedad (Ziektewet) o por desempleo (WW), debes seguir asegurado. Pero un seguro colectivo a través de la agencia a menudo termina con el trabajo. Pregunta a tu aseguradora si tu póliza sigue vigente. Si no, contrata enseguida tu propio seguro. No canceles una póliza que sigue vigente.
item-cancel-insurance-when-leaving = Cancela tu seguro de salud holandés cuando te vayas
    .text = Si te vas de los Países Bajos y ya no tienes ingresos de los Países Bajos, pierdes el derecho al seguro de salud holandés. Primero date de baja en tu municipio (gemeente). Después cancela tu póliza y envía a tu aseguradora el comprobante de que te diste de baja.
item-respond-to-cak = Responde a la carta del CAK
    .text = El CAK escribe a las personas que parecen no tener un seguro de salud holandés. Después de la carta tienes { $cak-letter-months ->
        [one] { $cak-letter-months } mes
        [many] { $cak-letter-months } meses
       *[other] { $cak-letter-months } meses
    } para contratar un seguro. Si no lo haces, el CAK te pone una multa de unos { $cak-fine }. Más tarde, el propio CAK contrata un seguro a tu nombre y te descuenta del sueldo una prima más alta: { $cak-premium-month } al mes. Si ya tienes seguro, avisa al CAK y envía un comprobante.
item-register-with-gp = Inscríbete con un médico de familia (huisarts)
    .text = Inscríbete en la consulta de un huisarts cerca de donde vives, antes de enfermarte. El huisarts es el primer lugar al que vas para recibir atención médica, y te envía al hospital o a un especialista cuando hace falta. Las visitas al huisarts no cuentan para la parte que pagas tú (eigen risico).
item-know-eigen-risico = Conoce la parte que pagas tú (eigen risico)
    .text = { $no-deductible-under-age ->
        [one] A partir de { $no-deductible-under-age } año de edad
        [many] A partir de los { $no-deductible-under-age } años
       *[other] A partir de los { $no-deductible-under-age } años
    }, cada año pagas tú los primeros { $eigen-risico } de algunos gastos médicos: es la parte que pagas tú (eigen risico). Las visitas al huisarts no cuentan para el eigen risico. Los medicamentos de la farmacia y la atención en el hospital sí cuentan.

## What changed after an answer
# $item (string) - the title of the item; $deadline (string) - the new deadline, a date in words

checklist-change-added = Nuevo punto: { $item }
checklist-change-removed = Ya no hace falta: { $item }
checklist-change-deadline = Nuevo plazo para "{ $item }": { $deadline }
checklist-change-status = Cambio en: { $item }

## Labels

checklist-status-todo = Pendiente
checklist-status-done = Hecho
checklist-status-overdue = Ya pasó el plazo: hazlo ahora
# $date (string) - a date in words; the deadline day itself still counts
checklist-deadline = A más tardar el { $date }
checklist-because = Por tus respuestas sobre:
checklist-empty = Responde a las preguntas para ver lo que tienes que hacer.
checklist-saved = Guardado.
checklist-reset-done = Se borraron tus respuestas.
