# Werkmaat: rights guides, Spanish (neutral: readable in Spain and in Latin America).
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.
# Each guide: guide-<id> (title) with .summary; each section: guide-<id>-<section> (heading) with .body.
# Every number, amount, date, time and phone number is a fact variable ($fact-id) from
# core/content/facts.json, written the locale's way by Werkmaat: no digits in the text itself.
# Form of address as in ui.ftl: informal "tú", used consistently (why: locales/README.md).
# Counts that name a unit are wrapped in a plural selector (es: one/many/other; many = other).

## Guide: arriving
guide-arriving = Tu llegada a los Países Bajos
    .summary = Tu número BSN (número de servicio al ciudadano), la inscripción en el RNI o en el BRP, y tu acceso DigiD.
guide-arriving-bsn = Tu número BSN (número de servicio al ciudadano)
    .body =
        En los Países Bajos necesitas un número de servicio al ciudadano (burgerservicenummer, BSN). Tu empleador o tu agencia lo necesita para pagarte. También lo necesitas para tu DigiD y cuando llamas a un médico.
        Recibes tu BSN cuando te inscribes. La forma de inscribirte depende del tiempo que te vas a quedar.
        Guarda el papel con tu BSN en un lugar seguro.
guide-arriving-register = La inscripción: RNI o BRP
    .body =
        - Te quedas menos de { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } mes
            [many] { $rni-max-stay-months } meses
           *[other] { $rni-max-stay-months } meses
        }: inscríbete en el Registro de No Residentes (Registratie Niet-ingezetenen, RNI). Hay { $rni-desks ->
            [one] { $rni-desks } oficina del RNI
            [many] { $rni-desks } oficinas del RNI
           *[other] { $rni-desks } oficinas del RNI
        } (RNI-loket), por ejemplo en Amsterdam, Rotterdam, Den Haag, Utrecht, Eindhoven, Venlo, Groningen y Zwolle.
        - Vas a vivir en los Países Bajos más de { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } mes
            [many] { $rni-max-stay-months } meses
           *[other] { $rni-max-stay-months } meses
        } dentro de un periodo de { $brp-stay-period-months ->
            [one] { $brp-stay-period-months } mes
            [many] { $brp-stay-period-months } meses
           *[other] { $brp-stay-period-months } meses
        }: inscríbete como residente en el Registro de Personas (Basisregistratie Personen, BRP) del municipio (gemeente) donde vives. La ley te da para ello { $brp-register-within-days ->
            [one] { $brp-register-within-days } día
            [many] { $brp-register-within-days } días
           *[other] { $brp-register-within-days } días
        } desde tu llegada. Si primero te inscribiste en el RNI y luego te quedas más tiempo, inscríbete también en tu gemeente.
        La inscripción en el RNI es gratis, y recibes tu BSN en el momento. Pregunta en la oficina qué papeles tienes que llevar.
        Si no hablas holandés, inglés ni alemán, lleva a tu propio intérprete.
        La guía sobre la inscripción en el municipio te explica más, también qué hacer si no tienes dirección.
guide-arriving-digid = Tu acceso DigiD
    .body =
        DigiD es tu acceso personal a los servicios del gobierno holandés, por ejemplo Mijn UWV y la ayuda para el seguro de salud (zorgtoeslag).
        Si te inscribiste en el RNI y tienes la nacionalidad de un país del Espacio Económico Europeo (EEE):
        - pide tu DigiD en digid.nl y elige "Ik woon buiten Nederland" (vivo fuera de los Países Bajos);
        - necesitas un pasaporte o un documento de identidad válido de un país del EEE (el permiso o licencia de conducir no vale), tu BSN, un teléfono móvil o celular y una dirección de correo electrónico;
        - después recibes un código de recogida (baliecode). Vale durante { $digid-activation-days ->
            [one] { $digid-activation-days } día
            [many] { $digid-activation-days } días
           *[other] { $digid-activation-days } días
        }. En ese plazo, recoge tu código de activación en una oficina de DigiD, por ejemplo en Den Haag, Maastricht, Schiphol, Enschede o Echt-Susteren.
        - Una videollamada con Nederland Wereldwijd solo es posible si estás fuera de los Países Bajos en el momento de la llamada. Si estás en los Países Bajos, ve a una oficina de DigiD.
        Si te inscribiste en el BRP, pide tu DigiD en digid.nl con tu dirección en los Países Bajos.
        Tu DigiD es solo para ti. No des tus datos de acceso a tu empleador, a tu agencia ni a la persona que te alquila la vivienda.
guide-arriving-help = Próximos pasos y ayuda
    .body =
        - Contrata un seguro de salud holandés (zorgverzekering) en un plazo de { $insure-within-months ->
            [one] { $insure-within-months } mes
            [many] { $insure-within-months } meses
           *[other] { $insure-within-months } meses
        } desde que empiezas a trabajar o a vivir aquí. La lista del seguro de Werkmaat te ayuda.
        - Preguntas sobre la inscripción: tu gemeente, o rvig.nl.
        - Preguntas sobre DigiD: digid.nl.
        - Work in NL tiene puntos de información para trabajadores migrantes de la UE en cada región del mercado laboral: workinnl.nl.

## Guide: contract
guide-contract = Tu contrato de trabajo con una agencia
    .summary = Las fases de un contrato con una agencia de trabajo temporal, la cláusula de agencia, el nuevo convenio colectivo (CAO) de las agencias y la licencia para agencias.
guide-contract-phases = Las fases del trabajo con una agencia
    .body =
        El convenio colectivo de los trabajadores de agencias (CAO voor Uitzendkrachten) tiene fases:
        - Fase A: como máximo { $phase-a-max-weeks ->
            [one] { $phase-a-max-weeks } semana trabajada
            [many] { $phase-a-max-weeks } semanas trabajadas
           *[other] { $phase-a-max-weeks } semanas trabajadas
        }. Las semanas de vacaciones pagadas también cuentan.
        - Fase B: como máximo { $phase-b-max-years ->
            [one] { $phase-b-max-years } año
            [many] { $phase-b-max-years } años
           *[other] { $phase-b-max-years } años
        }, y como máximo { $phase-b-max-contracts ->
            [one] { $phase-b-max-contracts } contrato por tiempo determinado
            [many] { $phase-b-max-contracts } contratos por tiempo determinado
           *[other] { $phase-b-max-contracts } contratos por tiempo determinado
        } (contract voor bepaalde tijd).
        - Fase C: un contrato por tiempo indefinido (contract voor onbepaalde tijd).
        Después de una pausa de más de { $phase-reset-break-months ->
            [one] { $phase-reset-break-months } mes
            [many] { $phase-reset-break-months } meses
           *[other] { $phase-reset-break-months } meses
        } sin trabajar para la agencia, la cuenta empieza de nuevo. Una ley que se está preparando (Wet meer zekerheid flexwerkers) puede hacer más corta la fase B y más larga esta pausa. Esto todavía no es seguro.
        Pregunta a tu agencia por escrito en qué fase estás.
guide-contract-clause = La cláusula de agencia (uitzendbeding)
    .body =
        Un contrato en la fase A puede tener una cláusula de agencia (uitzendbeding). Con esta cláusula, tu contrato termina automáticamente cuando la empresa donde trabajas (inlener) termina tu trabajo allí.
        Desde el { $uitzendbeding-sickness-date }, esta cláusula ya no pone fin a tu contrato por motivo de enfermedad. Tu contrato sigue hasta la fecha de fin que dice el contrato, y la agencia te paga el sueldo hasta ese día.
        Después de { $uitzendbeding-notice-after-weeks ->
            [one] { $uitzendbeding-notice-after-weeks } semana
            [many] { $uitzendbeding-notice-after-weeks } semanas
           *[other] { $uitzendbeding-notice-after-weeks } semanas
        } de trabajo, la agencia debe avisarte { $uitzendbeding-notice-days ->
            [one] { $uitzendbeding-notice-days } día
            [many] { $uitzendbeding-notice-days } días
           *[other] { $uitzendbeding-notice-days } días
        } antes de que termine tu trabajo.
guide-contract-new-cao = El nuevo convenio colectivo (CAO) de las agencias
    .body =
        Desde el { $cao-2026-start } se aplica un nuevo CAO voor Uitzendkrachten. Lo acordaron las organizaciones de agencias con el sindicato LBV. Los sindicatos FNV y CNV no forman parte de este acuerdo.
        - Tienes derecho a un sueldo y unas condiciones equivalentes (gelijkwaardig) a los del personal comparable de la empresa donde trabajas: sueldo, pagos extra, vacaciones, reglas en caso de enfermedad y formación.
        - Hay un solo plan de pensiones. Ahorras para tu pensión desde tu primer día.
        - Se eliminan los contratos de cero horas (nulurencontracten).
        - Los extras del CAO anterior, por ejemplo días de vacaciones de más o un sueldo más alto durante la enfermedad, pueden desaparecer si la empresa donde trabajas no los da.
        Todavía no están claros todos los detalles. Pregunta a tu agencia por escrito qué sueldo y qué condiciones se aplican en tu caso.
guide-contract-licence = Una licencia para las agencias (Wtta)
    .body =
        Con una nueva ley (Wtta), las agencias necesitan una licencia.
        - La ley empieza a aplicarse el { $wtta-start }. Las agencias deben pedir la licencia antes de esa fecha.
        - A partir del { $wtta-enforcement-start }, la Inspección de Trabajo de los Países Bajos (Nederlandse Arbeidsinspectie) puede multar a las agencias sin licencia, y también a las empresas que trabajan con ellas.
        - Para tener la licencia, una agencia debe pagar un depósito de garantía de { $wtta-deposit } y demostrar que cumple las reglas, por ejemplo que paga el salario mínimo.
        Pregunta a tu agencia si está registrada: si tiene licencia o si ya la pidió. No pudimos confirmar dónde puedes comprobarlo por tu cuenta.
guide-contract-help = Quién te ayuda
    .body =
        - Juridisch Loket, asesoría jurídica gratis: juridischloket.nl.
        - FNV, un sindicato: fnv.nl.
        - Arbeidsinspectie: { $nla-phone }, nlarbeidsinspectie.nl.
        - Puntos de información de Work in NL: workinnl.nl.
        Guarda tus contratos, tus recibos de sueldo y todos los mensajes de la agencia.

## Guide: pay
guide-pay = Tu salario
    .summary = El salario mínimo, la paga de vacaciones, los días de vacaciones, tu recibo de sueldo y lo que tu empleador puede descontar de tu salario.
guide-pay-minimum = El salario mínimo
    .body =
        { $minimum-wage-adult-age ->
            [one] A partir de { $minimum-wage-adult-age } año de edad
            [many] A partir de los { $minimum-wage-adult-age } años
           *[other] A partir de los { $minimum-wage-adult-age } años
        }, debes recibir como mínimo el salario mínimo legal (minimumloon): { $minimum-wage-hour } brutos por hora.
        El salario mínimo cambia cada enero y cada julio. La cantidad de arriba puede estar desactualizada: comprueba la cantidad de hoy en rijksoverheid.nl.
        Los trabajadores menores de { $minimum-wage-adult-age ->
            [one] { $minimum-wage-adult-age } año
            [many] { $minimum-wage-adult-age } años
           *[other] { $minimum-wage-adult-age } años
        } tienen un salario mínimo más bajo. Depende de su edad.
        El salario mínimo también vale para el pago por pieza o a destajo (stukloon) y para las horas extra. La ley no da un pago extra por las horas extra. Tu CAO o tu contrato pueden darte más.
guide-pay-holiday = Paga de vacaciones y días de vacaciones
    .body =
        - Paga de vacaciones (vakantiegeld): como mínimo el { $holiday-allowance-percent } de tu salario bruto. La recibes al menos una vez al año, normalmente en mayo o junio. Con un CAO, también en el trabajo con agencia, te la pueden pagar cada mes.
        - Días de vacaciones (vakantiedagen): cada año, como mínimo { $leave-weeks-per-year ->
            [one] { $leave-weeks-per-year } vez
            [many] { $leave-weeks-per-year } veces
           *[other] { $leave-weeks-per-year } veces
        } las horas que trabajas en una semana. Si trabajas a tiempo completo, son { $leave-days-full-time ->
            [one] { $leave-days-full-time } día
            [many] { $leave-days-full-time } días
           *[other] { $leave-days-full-time } días
        }.
        - Los días de vacaciones que te da la ley se pierden { $leave-lapse-months ->
            [one] { $leave-lapse-months } mes
            [many] { $leave-lapse-months } meses
           *[other] { $leave-lapse-months } meses
        } después del final del año en que los ganaste.
guide-pay-payslip = Revisa tu recibo de sueldo (loonstrook)
    .body =
        Revisa tu recibo de sueldo o nómina (loonstrook) cada vez:
        - las horas: compáralas con tus propias notas, por ejemplo en el diario de Werkmaat;
        - tu sueldo por hora: como mínimo el salario mínimo para tu edad;
        - la paga de vacaciones y los días de vacaciones: ¿te los pagan, o te los guardan para más adelante?
        - los descuentos (inhoudingen): qué te quitaron del sueldo, y por qué.
        Si algo está mal, pide a tu agencia por escrito que lo corrija. Guarda todos tus recibos de sueldo.
guide-pay-deductions = Lo que te pueden descontar del sueldo
    .body =
        Desde el { $deductions-forbidden-since }, tu empleador no puede quitarte dinero del salario mínimo, ni descontarte gastos de él. Las únicas excepciones son la vivienda y el seguro de salud, y solo con tu autorización por escrito (volmacht).
        - Vivienda: como máximo el { $housing-deduction-max-percent } del salario mínimo bruto que te corresponde. El gobierno tenía un plan para bajar este límite poco a poco. El { $housing-phaseout-stopped-date } paró ese plan por ahora, pero el límite todavía puede cambiar.
        - Seguro de salud: como máximo { $insurance-deduction-max-year } al año (este límite cambia cada año), y nunca más que la prima de tu póliza. La póliza debe estar a tu nombre, y tienes que darle a tu empleador una copia de la póliza.
        La volmacht debe decir:
        - tu nombre y el nombre de tu empleador;
        - la cantidad;
        - para qué gastos es, por ejemplo el alquiler, los gastos de servicio, y la energía o el agua con un contador o medidor solo para ti.
guide-pay-help = Quién te ayuda
    .body =
        - Sueldo por debajo del salario mínimo: Inspección de Trabajo de los Países Bajos (Nederlandse Arbeidsinspectie), { $nla-phone }, nlarbeidsinspectie.nl.
        - Asesoría jurídica gratis: Juridisch Loket, juridischloket.nl.
        - Sindicato: FNV, fnv.nl.

## Guide: hours
guide-hours = Horas de trabajo y descanso
    .summary = Cuánto tiempo puedes trabajar, y los descansos y las pausas que te corresponden.
guide-hours-limits = Cuánto tiempo puedes trabajar
    .body =
        La Ley del Tiempo de Trabajo (Arbeidstijdenwet) pone límites para los adultos:
        - como máximo { $max-shift-hours ->
            [one] { $max-shift-hours } hora
            [many] { $max-shift-hours } horas
           *[other] { $max-shift-hours } horas
        } en un turno;
        - como máximo { $max-week-hours ->
            [one] { $max-week-hours } hora
            [many] { $max-week-hours } horas
           *[other] { $max-week-hours } horas
        } en una semana;
        - en promedio, como máximo { $average-short-period-hours ->
            [one] { $average-short-period-hours } hora
            [many] { $average-short-period-hours } horas
           *[other] { $average-short-period-hours } horas
        } por semana durante { $average-short-period-weeks ->
            [one] { $average-short-period-weeks } semana
            [many] { $average-short-period-weeks } semanas
           *[other] { $average-short-period-weeks } semanas
        };
        - en promedio, como máximo { $average-long-period-hours ->
            [one] { $average-long-period-hours } hora
            [many] { $average-long-period-hours } horas
           *[other] { $average-long-period-hours } horas
        } por semana durante { $average-long-period-weeks ->
            [one] { $average-long-period-weeks } semana
            [many] { $average-long-period-weeks } semanas
           *[other] { $average-long-period-weeks } semanas
        }.
        Tu CAO puede tener sus propias reglas, pero deben respetar los límites de la ley.
guide-hours-rest = Descanso entre turnos y durante la semana
    .body =
        - Descanso diario (dagelijkse rusttijd): después de tu jornada, al menos { $daily-rest-hours ->
            [one] { $daily-rest-hours } hora de descanso seguida
            [many] { $daily-rest-hours } horas de descanso seguidas
           *[other] { $daily-rest-hours } horas de descanso seguidas
        }. Una vez cada { $rest-period-days ->
            [one] { $rest-period-days } día
            [many] { $rest-period-days } días
           *[other] { $rest-period-days } días
        } este descanso puede ser más corto, pero de al menos { $daily-rest-shortened-hours ->
            [one] { $daily-rest-shortened-hours } hora
            [many] { $daily-rest-shortened-hours } horas
           *[other] { $daily-rest-shortened-hours } horas
        }, y solo si el trabajo lo necesita.
        - Descanso semanal (wekelijkse rusttijd): al menos { $weekly-rest-hours ->
            [one] { $weekly-rest-hours } hora de descanso seguida
            [many] { $weekly-rest-hours } horas de descanso seguidas
           *[other] { $weekly-rest-hours } horas de descanso seguidas
        } en cada periodo de { $rest-period-days ->
            [one] { $rest-period-days } día
            [many] { $rest-period-days } días
           *[other] { $rest-period-days } días
        }, o { $weekly-rest-long-period-hours ->
            [one] { $weekly-rest-long-period-hours } hora
            [many] { $weekly-rest-long-period-hours } horas
           *[other] { $weekly-rest-long-period-hours } horas
        } en cada periodo de { $weekly-rest-long-period-days ->
            [one] { $weekly-rest-long-period-days } día
            [many] { $weekly-rest-long-period-days } días
           *[other] { $weekly-rest-long-period-days } días
        }. { $weekly-rest-long-period-hours ->
            [one] Esa { $weekly-rest-long-period-hours } hora se puede dividir
            [many] Esas { $weekly-rest-long-period-hours } horas se pueden dividir
           *[other] Esas { $weekly-rest-long-period-hours } horas se pueden dividir
        } en bloques de al menos { $weekly-rest-min-block-hours ->
            [one] { $weekly-rest-min-block-hours } hora
            [many] { $weekly-rest-min-block-hours } horas
           *[other] { $weekly-rest-min-block-hours } horas
        }.
guide-hours-breaks = Pausas (pauze)
    .body =
        - Si trabajas más de { $break-threshold-hours ->
            [one] { $break-threshold-hours } hora
            [many] { $break-threshold-hours } horas
           *[other] { $break-threshold-hours } horas
        }: al menos { $break-minutes ->
            [one] { $break-minutes } minuto
            [many] { $break-minutes } minutos
           *[other] { $break-minutes } minutos
        } de pausa. Puedes dividirla en partes de al menos { $break-part-minutes ->
            [one] { $break-part-minutes } minuto
            [many] { $break-part-minutes } minutos
           *[other] { $break-part-minutes } minutos
        }.
        - Si trabajas más de { $long-day-threshold-hours ->
            [one] { $long-day-threshold-hours } hora
            [many] { $long-day-threshold-hours } horas
           *[other] { $long-day-threshold-hours } horas
        }: al menos { $long-day-break-minutes ->
            [one] { $long-day-break-minutes } minuto
            [many] { $long-day-break-minutes } minutos
           *[other] { $long-day-break-minutes } minutos
        } de pausa, en partes de al menos { $break-part-minutes ->
            [one] { $break-part-minutes } minuto
            [many] { $break-part-minutes } minutos
           *[other] { $break-part-minutes } minutos
        }.
        Las pausas no se pagan, salvo que tu contrato o tu CAO diga otra cosa.
guide-hours-night = Turnos de noche (nachtdienst)
    .body =
        No pudimos confirmar del todo estas reglas: nuestras fuentes no son recientes. Para salir de dudas, pregunta a la Arbeidsinspectie o a un sindicato.
        - Un turno de noche dura como máximo { $night-shift-max-hours ->
            [one] { $night-shift-max-hours } hora
            [many] { $night-shift-max-hours } horas
           *[other] { $night-shift-max-hours } horas
        }.
        - Puedes hacer como máximo { $night-shifts-max ->
            [one] { $night-shifts-max } turno de noche
            [many] { $night-shifts-max } turnos de noche
           *[other] { $night-shifts-max } turnos de noche
        } en { $night-shifts-period-weeks ->
            [one] { $night-shifts-period-weeks } semana
            [many] { $night-shifts-period-weeks } semanas
           *[other] { $night-shifts-period-weeks } semanas
        }.
        - En { $night-shifts-period-weeks ->
            [one] { $night-shifts-period-weeks } semana
            [many] { $night-shifts-period-weeks } semanas
           *[other] { $night-shifts-period-weeks } semanas
        } puedes trabajar en promedio como máximo { $night-average-hours ->
            [one] { $night-average-hours } hora
            [many] { $night-average-hours } horas
           *[other] { $night-average-hours } horas
        } por semana.
guide-hours-record = Anota tus horas y pide ayuda
    .body =
        Anota cada día a qué hora empiezas, a qué hora terminas y cuánto duran tus pausas. El diario de Werkmaat te ayuda. Compara tus notas con tu recibo de sueldo.
        Si tienes que trabajar demasiado o descansas muy poco, ponte en contacto con la Inspección de Trabajo de los Países Bajos (Nederlandse Arbeidsinspectie):
        - { $nla-phone } (gratis), o desde el extranjero { $nla-phone-abroad };
        - nlarbeidsinspectie.nl.
        Para pedir consejo, también puedes ponerte en contacto con FNV (fnv.nl) o con el Juridisch Loket (juridischloket.nl).

## Guide: housing
guide-housing = La vivienda a través de tu trabajo
    .summary = El alquiler que te descuentan del sueldo, las reglas de calidad de la vivienda y qué hacer cuando termina tu trabajo.
guide-housing-deduction = El alquiler que te descuentan del sueldo
    .body =
        Tu empleador solo puede descontar el alquiler de tu salario mínimo con tu autorización por escrito (volmacht), y como máximo el { $housing-deduction-max-percent } del salario mínimo bruto que te corresponde.
        La volmacht debe decir tu nombre y el nombre de tu empleador, la cantidad, y para qué gastos es: alquiler, gastos de servicio, y energía o agua con un contador o medidor solo para ti.
        El gobierno tenía un plan para bajar este límite. Paró ese plan por ahora, pero el límite todavía puede cambiar.
guide-housing-quality = Reglas para la vivienda
    .body =
        Solo te pueden descontar el alquiler del sueldo si la vivienda cumple una regla de calidad:
        - es una vivienda de una asociación de vivienda social (woningcorporatie); o
        - cumple la norma de calidad del CAO, y el arrendador (quien te alquila la vivienda) tiene un certificado para esta norma. Para las agencias, es la norma SNF (SNF-norm).
        El nuevo CAO de las agencias mantiene un sistema de puntos para el precio y la calidad de las viviendas de los trabajadores migrantes.
        Pide a tu agencia o a quien te alquila la vivienda, por escrito, que te muestre que la vivienda tiene el certificado.
guide-housing-papers = Un contrato de alquiler aparte
    .body =
        Tu casa y tu trabajo son cosas distintas. Si eres trabajador migrante de otro país de la UE y tu alquiler empezó el { $wgv-separate-contract-since } o después, la ley (Wet goed verhuurderschap) exige que tu contrato de alquiler (huurcontract) sea un documento aparte de tu contrato de trabajo (arbeidsovereenkomst).
        - Así, tu alquiler no termina automáticamente cuando termina tu trabajo.
        - El arrendador también tiene que explicarte por escrito tus derechos y obligaciones, en un idioma que entiendas.
        - Si te dieron un solo contrato para las dos cosas, pide por escrito un contrato de alquiler aparte.
        Guarda copias del contrato de alquiler, de la volmacht y de todos los mensajes sobre tu vivienda.
guide-housing-job-ends = Cuando termina tu trabajo
    .body =
        Si tu empleador se encarga de tu vivienda y también de tu seguro de salud, puedes perder las dos cosas a la vez cuando termina tu trabajo.
        Con un contrato de alquiler aparte, tu alquiler no termina solo porque termina tu trabajo. Un CAO de agencias anterior prometía algunas semanas de vivienda después del final del contrato. No pudimos confirmar que esto siga valiendo con el nuevo CAO. Pregunta a tu agencia por escrito cuánto tiempo puedes quedarte.
        El seguro de salud a través de la agencia muchas veces termina con el trabajo. Si te quedas en los Países Bajos, debes seguir teniendo seguro: contrata tu propio seguro de salud (zorgverzekering). También mientras recibes una prestación holandesa de la Ziektewet o de la WW debes tener seguro: comprueba que tu póliza sigue vigente, y mantenla.
        Mira también la guía sobre perder el trabajo.
guide-housing-help = Qué hacer y quién te ayuda
    .body =
        - Haz tus preguntas por escrito, por ejemplo por correo electrónico, y guarda las respuestas y todos los papeles.
        - Juridisch Loket, asesoría jurídica gratis: juridischloket.nl.
        - FNV, un sindicato: fnv.nl.
        - Puntos de información de Work in NL: workinnl.nl.
        - Tu municipio (gemeente): pregunta qué ayuda hay si pierdes tu vivienda.
        - Preguntas sobre el seguro de salud: Zorgverzekeringslijn, { $zvl-phone }, zorgverzekeringslijn.nl.
        Si alguien usa tu vivienda para obligarte a trabajar, ponte en contacto con FairWork (fairwork.nu). Si estás en peligro, llama al { $emergency-phone }.

## Guide: sickness
guide-sickness = Enfermedad
    .summary = Cómo avisar de tu enfermedad, tu sueldo durante la enfermedad y lo que hace el UWV por los trabajadores de agencia.
guide-sickness-report = Avisar de tu enfermedad
    .body =
        - Avisa a tu agencia de tu enfermedad lo antes posible, y antes de las { $report-sick-before }.
        - Quédate en casa y mantente localizable hasta las { $stay-home-until }. El UWV puede hacerte un control.
        - Si durante la enfermedad te quedas en otra dirección, por ejemplo donde alguien te cuida, da esa dirección (verpleegadres).
        - Colabora en tu vuelta al trabajo (re-integratie).
        Estas son las reglas habituales en el sector de las agencias. Tu agencia puede tener sus propias reglas: pídelas por escrito.
guide-sickness-pay = Tu sueldo durante la enfermedad
    .body =
        - Tu empleador paga como mínimo el { $sick-pay-percent } de tu sueldo, durante { $sick-pay-max-weeks ->
            [one] { $sick-pay-max-weeks } semana
            [many] { $sick-pay-max-weeks } semanas
           *[other] { $sick-pay-max-weeks } semanas
        } como máximo.
        - { $sick-pay-minimum-wage-weeks ->
            [one] En la primera { $sick-pay-minimum-wage-weeks } semana
            [many] En las primeras { $sick-pay-minimum-wage-weeks } semanas
           *[other] En las primeras { $sick-pay-minimum-wage-weeks } semanas
        } recibes como mínimo el salario mínimo.
        - Días de espera (wachtdagen) sin sueldo: como máximo { $waiting-days-max ->
            [one] { $waiting-days-max } día
            [many] { $waiting-days-max } días
           *[other] { $waiting-days-max } días
        }, y solo si lo dice tu contrato o tu CAO.
        Muchos CAO pagan más. Con el nuevo CAO de las agencias, tu sueldo durante la enfermedad puede seguir las reglas de la empresa donde trabajas, pero nunca puede ser menos de lo que dice la ley.
guide-sickness-agency = Trabajadores de agencia y el UWV
    .body =
        Si tu agencia sigue el CAO de las agencias, no puede terminar tu contrato por motivo de enfermedad. Sigue pagando tu sueldo mientras dura el contrato.
        Si todavía no puedes trabajar por enfermedad cuando termina el contrato, la agencia o el empleador lo comunica al UWV, y puedes recibir una prestación por enfermedad (Ziektewet). Algunas agencias pagan ellas mismas esta prestación (eigenrisicodrager).
        Si la agencia no avisa a tiempo al UWV de tu enfermedad, puedes avisar tú directamente al UWV por teléfono: UWV Telefoon Werknemers. No pudimos confirmar su número: búscalo en uwv.nl.
        Tu aviso de enfermedad aparece en Mijn UWV. Entras con DigiD.
guide-sickness-after-contract = Enfermedad después de terminar el contrato (Ziektewet)
    .body =
        Si enfermas en las { $sick-after-contract-weeks ->
            [one] { $sick-after-contract-weeks } semana
            [many] { $sick-after-contract-weeks } semanas
           *[other] { $sick-after-contract-weeks } semanas
        } siguientes al final de tu contrato, nadie avisa por ti: tienes que avisar tú al UWV. Hazlo el primer día de la enfermedad y, como muy tarde, en un plazo de { $report-sick-uwv-days ->
            [one] { $report-sick-uwv-days } día
            [many] { $report-sick-uwv-days } días
           *[other] { $report-sick-uwv-days } días
        }. Llama a UWV Telefoon Werknemers.
        Si recibes la WW, avisa de tu enfermedad en Mijn UWV, también en un plazo de { $report-sick-uwv-days ->
            [one] { $report-sick-uwv-days } día
            [many] { $report-sick-uwv-days } días
           *[other] { $report-sick-uwv-days } días
        }.
        - La prestación de la Ziektewet es el { $ziektewet-percent } de tu salario diario (dagloon): la media de lo que ganabas al día en el año anterior a la enfermedad.
        - No hay mínimo: la prestación puede ser más baja que el salario mínimo. Si en tu hogar no hay suficiente para vivir, pide al UWV un complemento (toeslag).
        - La Ziektewet dura como máximo { $ziektewet-max-weeks ->
            [one] { $ziektewet-max-weeks } semana
            [many] { $ziektewet-max-weeks } semanas
           *[other] { $ziektewet-max-weeks } semanas
        }. Hacia la semana { $ezwb-week }, el UWV revisa cuánto puedes ganar todavía. Si has perdido menos del { $wia-threshold-percent } de tu capacidad de trabajo, la Ziektewet termina un mes después.
guide-sickness-long = Si la enfermedad dura mucho tiempo
    .body =
        Una prestación WIA puede empezar después de { $sick-pay-max-weeks ->
            [one] { $sick-pay-max-weeks } semana
            [many] { $sick-pay-max-weeks } semanas
           *[other] { $sick-pay-max-weeks } semanas
        } de enfermedad. Tienes que pedirla antes, durante tu enfermedad:
        - Alrededor de la semana { $wia-letter-week }, el UWV te envía una carta.
        - Haz la solicitud entre la semana { $wia-letter-week } y la semana { $wia-apply-until-week } de tu enfermedad. No esperes más. Necesitas DigiD.
        - El UWV revisa el informe sobre tu vuelta al trabajo (re-integratieverslag). Si tu empleador hizo demasiado poco, tiene que seguir pagando tu sueldo durante más tiempo: es una sanción salarial (loonsanctie) de hasta { $loonsanctie-max-years ->
            [one] { $loonsanctie-max-years } año
            [many] { $loonsanctie-max-years } años
           *[other] { $loonsanctie-max-years } años
        }.
        - Después, un médico del seguro (verzekeringsarts) y un experto en trabajo (arbeidsdeskundige) te evalúan.
        La WIA es para personas que han perdido al menos el { $wia-threshold-percent } de su capacidad de trabajo (arbeidsongeschikt). WGA si todavía puedes trabajar en parte o puedes mejorar; IVA si has perdido al menos el { $iva-threshold-percent } de tu capacidad de trabajo y esto no va a mejorar.
guide-sickness-help = Quién te ayuda
    .body =
        - UWV: uwv.nl y Mijn UWV.
        - Tu médico de familia (huisarts), para la atención médica.
        - El médico de empresa (bedrijfsarts): mira la guía sobre el médico de empresa.
        - Juridisch Loket: juridischloket.nl. FNV: fnv.nl.
        Anota tus síntomas y tus días de enfermedad en el diario de Werkmaat.

## Guide: company-doctor
guide-company-doctor = El médico de empresa (bedrijfsarts)
    .summary = Tu derecho a ver a un médico de empresa, a una segunda opinión, y qué hacer si tu agencia no tiene médico de empresa.
guide-company-doctor-role = Todo empleador debe tener un médico de empresa
    .body =
        Un médico de empresa (bedrijfsarts) es un médico para preguntas sobre tu salud y tu trabajo, y para tu vuelta al trabajo después de una enfermedad.
        Según la Ley de Condiciones de Trabajo (Arbowet), con el cambio del { $arbowet-bedrijfsarts-date }, todo empleador debe tener un contrato básico (basiscontract) con un médico de empresa o con un servicio de salud laboral (arbodienst).
        Si no puedes trabajar por enfermedad, el médico de empresa debe intervenir como muy tarde en la semana { $bedrijfsarts-by-week } de tu ausencia.
guide-company-doctor-visit = Puedes ir tú al médico de empresa
    .body =
        - Puedes ir al médico de empresa sin pedir permiso a tu empleador.
        - También puedes ir cuando no faltas al trabajo por enfermedad, por ejemplo con preguntas sobre tu salud y tu trabajo. Es la consulta abierta (open spreekuur).
        - Los médicos guardan el secreto médico (medisch beroepsgeheim). Si no sabes bien qué le va a contar el médico de empresa a tu empleador, pregúntaselo al médico antes de empezar.
guide-company-doctor-second-opinion = Una segunda opinión
    .body =
        Si no estás de acuerdo con el consejo del médico de empresa, tienes derecho a una segunda opinión de otro médico de empresa.
        Solo te pueden negar esta petición por razones de peso (zwaarwegende argumenten).
        Tú eliges al otro médico entre los médicos que aparecen en el contrato básico (basiscontract).
        Pide la segunda opinión por escrito, y guarda una copia.
guide-company-doctor-no-access = Si no tienes acceso a un médico de empresa
    .body =
        En la práctica, los trabajadores migrantes que trabajan con una agencia muchas veces no tienen acceso a un médico de empresa. Lo que puedes hacer:
        - Pregunta a tu agencia por escrito quién es su médico de empresa o su servicio de salud laboral (arbodienst), y cómo puedes pedir una cita. Guarda la respuesta.
        - Para la atención médica, ve a tu médico de familia (huisarts). Llama en días laborables entre las { $gp-office-opens } y las { $gp-office-closes }.
        - Si tu empleador no tiene médico de empresa, avisa a la Inspección de Trabajo de los Países Bajos (Nederlandse Arbeidsinspectie): { $nla-phone }, nlarbeidsinspectie.nl.
        - En una emergencia, llama al { $emergency-phone }.
        Anota tus síntomas en el diario de Werkmaat, para poder mostrárselos a un médico.

## Guide: accidents
guide-accidents = Accidentes de trabajo
    .summary = Qué hacer después de un accidente en el trabajo, qué debe hacer tu empleador y cómo denunciar tú un trabajo peligroso.
guide-accidents-now = Qué hacer enseguida
    .body =
        Si alguien está en peligro o tiene heridas graves, llama al { $emergency-phone }. Los operadores hablan inglés.
        - Da primeros auxilios si puedes hacerlo sin ponerte en peligro.
        - Para otras lesiones, llama a tu médico de familia (huisarts). Fuera del horario de consulta (al final del día, por la noche y los fines de semana), llama al servicio de guardia de médicos de familia (huisartsenpost).
        - Ve a urgencias del hospital (spoedeisende hulp, SEH) solo si te envía el huisarts o el huisartsenpost, o si hay peligro de muerte.
        - Avisa a tu empleador lo antes posible. Si trabajas con una agencia (uitzendbureau), avisa también a la agencia.
guide-accidents-record = Anota lo que pasó
    .body =
        Anota lo que pasó mientras todavía lo recuerdas bien:
        - la fecha, la hora y el lugar;
        - qué estabas haciendo y qué salió mal;
        - qué lesión sufriste y cómo;
        - los nombres de las personas que lo vieron (testigos);
        - a qué médico o a qué hospital fuiste.
        Saca fotos del lugar, de la máquina o de las herramientas, y de tu lesión. Guarda todas las cartas de los médicos. El diario de Werkmaat puede guardar estas notas y fotos en tu teléfono.
guide-accidents-employer = Lo que debe hacer tu empleador
    .body =
        Tu empleador debe avisar enseguida a la Inspección de Trabajo de los Países Bajos (Nederlandse Arbeidsinspectie) de un accidente de trabajo grave. Esto también vale para los trabajadores de agencia. Un accidente es grave cuando causa:
        - la muerte;
        - una lesión permanente, por ejemplo perder una parte del cuerpo o perder la vista;
        - una hospitalización, también si es solo de día. Un tratamiento sin hospitalización no cuenta.
        Si esto solo se sabe más tarde, el empleador debe avisar en ese momento.
        Tu empleador también debe llevar una lista (register) de los accidentes avisados, y de los accidentes por los que alguien no pudo trabajar durante más de { $accident-register-absence-days ->
            [one] { $accident-register-absence-days } día laborable
            [many] { $accident-register-absence-days } días laborables
           *[other] { $accident-register-absence-days } días laborables
        }.
guide-accidents-liability = Cuándo es responsable tu empleador
    .body =
        La regla sobre la responsabilidad del empleador en el Código Civil (Burgerlijk Wetboek) dice que tu empleador debe tomar las medidas de seguridad que se pueden esperar de forma razonable, para que no te lesiones en el trabajo.
        Tú solo tienes que demostrar que te lesionaste mientras hacías tu trabajo. Después, el empleador tiene que probar que hizo lo suficiente para protegerte. Si no lo puede probar, puede tener que pagar por los daños que sufriste.
        El empleador no es responsable si el daño lo causaste sobre todo tú, a propósito o con una imprudencia muy grave y consciente. La regla no promete que el trabajo sea totalmente seguro.
        Para recibir consejo sobre tu caso, pregunta en la asesoría jurídica gratuita (Juridisch Loket): juridischloket.nl.
guide-accidents-report = Denunciar tú un trabajo peligroso
    .body =
        Tú también puedes denunciar un trabajo peligroso ante la Arbeidsinspectie, aunque todavía no haya pasado nada.
        - Llama al { $nla-phone }. Este número es gratis.
        - Desde el extranjero, llama al { $nla-phone-abroad }. Otra fuente da un número distinto, así que si este no funciona, mira en nlarbeidsinspectie.nl.
        - También puedes denunciar con un formulario en internet. Los formularios están en varios idiomas.
        - Puedes denunciar de forma anónima, sin dar tu nombre.

## Guide: insurance
guide-insurance = Seguro de salud
    .summary = Quién debe tener un seguro de salud holandés, en qué plazo, cómo elegirlo y qué pasa si no lo tienes.
guide-insurance-who = Quién debe tener seguro
    .body =
        El seguro de salud holandés es obligatorio por ley (Zorgverzekeringswet). Debes tenerlo si:
        - vives en los Países Bajos, o
        - trabajas en los Países Bajos y pagas el impuesto holandés sobre el salario (loonheffing), también si vives en el extranjero o haces trabajo de temporada.
        Un seguro en tu país de origen no te libra de esta obligación.
        Excepción: si una empresa extranjera te envió aquí por un tiempo (trabajador desplazado) y tienes un certificado A1, sigues con el seguro de tu país. En ese caso usas tu Tarjeta Sanitaria Europea (EHIC) para la atención que necesites por razones médicas.
guide-insurance-deadline = El plazo
    .body =
        Contrata el seguro en un plazo de { $insure-within-months ->
            [one] { $insure-within-months } mes
            [many] { $insure-within-months } meses
           *[other] { $insure-within-months } meses
        } desde tu primer día de trabajo, o desde que te inscribes en el municipio (gemeente). Así el seguro te cubre desde ese primer día, y pagas la prima desde ese día.
        Si lo contratas tarde, no tienes cobertura para el tiempo anterior, así que pagas tú esos gastos médicos. También te puede llegar una multa del CAK, el organismo público que se ocupa de las personas sin seguro.
guide-insurance-choice = Elegir tu aseguradora
    .body =
        Tú puedes elegir tu aseguradora de salud (zorgverzekeraar). El CAK también lo dice.
        Tu empleador o tu agencia puede ofrecerte un seguro colectivo (collectieve verzekering). Solo puede descontarte la prima del sueldo si le das tu autorización por escrito (volmacht). La póliza debe estar a tu nombre, y te tienen que dar una copia de la póliza.
        No encontramos ningún texto legal que diga con estas palabras que un empleador no te puede obligar a tomar su seguro. Pero la ley te deja elegir libremente la aseguradora, y para descontarte dinero hace falta tu volmacht. Si tienes dudas, pregunta a la Zorgverzekeringslijn.
guide-insurance-cak = Cartas del CAK
    .body =
        Si debes tener seguro y no lo tienes, el CAK da estos pasos:
        - Recibes una carta. Desde ese momento tienes { $cak-letter-months ->
            [one] { $cak-letter-months } mes
            [many] { $cak-letter-months } meses
           *[other] { $cak-letter-months } meses
        } para contratar un seguro.
        - Si no lo haces, recibes una multa.
        - { $cak-letter-months ->
            [one] Después de otro { $cak-letter-months } mes sin seguro
            [many] Después de otros { $cak-letter-months } meses sin seguro
           *[other] Después de otros { $cak-letter-months } meses sin seguro
        }, recibes una segunda multa.
        - Entonces el CAK contrata un seguro a tu nombre y elige la aseguradora. Durante { $cak-premium-months ->
            [one] { $cak-premium-months } mes
            [many] { $cak-premium-months } meses
           *[other] { $cak-premium-months } meses
        } te descuenta una prima más alta (bestuursrechtelijke premie) de tu sueldo o de tu prestación.
        Por ley, cada multa es el triple de la prima estándar (standaardpremie) de un mes. La standaardpremie es de { $standaardpremie } al año, así que una multa es de { $cak-fine }. La prima más alta es de { $cak-premium-month } al mes. Estas cantidades cambian cada año: revisa tu carta o mira hetcak.nl, que tiene una página en inglés.
        Nunca ignores una carta del CAK.
guide-insurance-job-ends = Cuando termina tu trabajo
    .body =
        Un seguro colectivo a través de tu agencia muchas veces termina cuando termina tu trabajo. Si sigues viviendo en los Países Bajos o sigues pagando el impuesto holandés sobre el salario, debes seguir teniendo seguro: contrata enseguida tu propio seguro.
        También mientras recibes una prestación holandesa por enfermedad (Ziektewet) o por desempleo (WW) debes tener seguro. Comprueba que tu póliza sigue vigente, y mantenla.
        Si te vas de los Países Bajos para siempre (no de vacaciones) y ya no tienes ingresos de los Países Bajos, pierdes el derecho al seguro holandés. Cancélalo, y muestra un comprobante de que te diste de baja en el Registro de Personas (BRP).
guide-insurance-help = Quién te puede ayudar
    .body =
        La Zorgverzekeringslijn es una línea de ayuda independiente para preguntas sobre el seguro de salud.
        - Llama al { $zvl-phone } en días laborables, o chatea en zorgverzekeringslijn.nl.
        - No pudimos confirmar en qué idiomas atiende.
        Para las cartas y las multas del CAK, mira hetcak.nl. La lista del seguro de Werkmaat te ayuda a revisar tu propia situación.

## Guide: care
guide-care = Atención médica: adónde ir
    .summary = Tu médico de familia, el servicio de guardia fuera de horario, las emergencias, los medicamentos, el dentista y lo que pagas tú.
guide-care-gp = Tu médico de familia (huisarts)
    .body =
        En los Países Bajos primero vas a un médico de familia (huisarts). El huisarts decide si necesitas ir al hospital o a un especialista, y te envía allí con una derivación (verwijzing).
        - Inscríbete en la consulta de un huisarts cerca de donde vives. No esperes a necesitarlo.
        - Los consultorios muchas veces están llenos y no aceptan pacientes nuevos. En ese caso, pregunta en otros consultorios cercanos. El buscador de centros médicos de Werkmaat te muestra consultorios cerca de ti.
        - Llama al consultorio en días laborables entre las { $gp-office-opens } y las { $gp-office-closes }.
        Para consejos sobre problemas de salud pequeños que puedes tratar tú, mira thuisarts.nl.
guide-care-out-of-hours = Final de la tarde, noches y fines de semana (huisartsenpost)
    .body =
        Cuando el consultorio de tu huisarts está cerrado, llama al servicio de guardia de médicos de familia (huisartsenpost). Está abierto al final de la tarde y por la noche (en días laborables desde las { $gp-office-closes } hasta las { $gp-office-opens }), los fines de semana y los días festivos.
        - Llama siempre primero. No puedes ir sin llamar antes. Un asistente (triagist) decide la urgencia de tu caso.
        - Cada región tiene su propio número. Llama a tu huisarts: fuera del horario de consulta, el mensaje del teléfono muchas veces te da el número. El buscador de centros médicos de Werkmaat también lo muestra.
        Ten esto preparado cuando llames, y lleva tu documento de identidad cuando vayas:
        - tu nombre, tu fecha de nacimiento y tu número BSN (número de servicio al ciudadano);
        - tu aseguradora de salud y tu número de póliza;
        - el nombre de tu huisarts y los medicamentos que tomas.
        Werkmaat puede guardar estos datos por ti.
guide-care-emergency = Emergencias
    .body =
        Llama al { $emergency-phone } cuando una vida está en peligro: para una ambulancia, la policía o los bomberos. Los operadores hablan inglés.
        La aplicación gratuita 112NL te ayuda si no oyes o no hablas bien, o si no hablas holandés ni inglés:
        - puedes llamar al { $emergency-phone }, o directamente a la policía, los bomberos o la ambulancia;
        - el operador puede abrir un chat contigo, y el chat se puede traducir a muchos idiomas;
        - la aplicación envía tu ubicación si lo permites.
        Instálala ahora, antes de necesitarla. El antiguo teléfono de texto { $emergency-textphone } se está retirando y puede que ya no funcione.
        Las urgencias del hospital (spoedeisende hulp, SEH) son para la atención urgente. Ve allí solo si te envía el huisarts o el huisartsenpost, o cuando hay peligro de muerte.
guide-care-medicines-dentist = Medicamentos y dentista
    .body =
        Los medicamentos te los dan en la farmacia (apotheek). Los medicamentos con receta del paquete básico cuentan para la parte que pagas tú (eigen risico).
        La atención del dentista (tandarts) no está en el paquete básico para adultos. El paquete básico solo paga la atención dental especial, por ejemplo una operación de la mandíbula, y la dentadura postiza completa. Por la dentadura completa pagas tú el { $dentures-own-share-percent } de lo que cuesta.
        Para otra atención dental necesitas un seguro complementario (aanvullende verzekering). Para los niños, casi toda la atención dental está en el paquete básico.
guide-care-costs = Lo que pagas tú (eigen risico)
    .body =
        Cada año pagas tú los primeros { $eigen-risico } de los gastos de la atención del paquete básico. Es la parte que pagas tú, también llamada franquicia o deducible (eigen risico). La cantidad puede cambiar en los próximos años.
        Esto no cuenta para el eigen risico:
        - las visitas a tu huisarts;
        - la atención a la madre y al bebé después del parto (kraamzorg);
        - la enfermería a domicilio (wijkverpleging).
        Los niños menores de { $no-deductible-under-age ->
            [one] { $no-deductible-under-age } año
            [many] { $no-deductible-under-age } años
           *[other] { $no-deductible-under-age } años
        } no pagan eigen risico.

## Guide: zorgtoeslag
guide-zorgtoeslag = Ayuda para el seguro de salud (zorgtoeslag)
    .summary = Dinero del gobierno para ayudarte a pagar el seguro de salud: quién puede recibirlo, cuánto es y cómo pedirlo.
guide-zorgtoeslag-who = Quién puede recibirla
    .body =
        La ayuda para el seguro de salud (zorgtoeslag) es dinero de la oficina de impuestos (Belastingdienst/Toeslagen) para ayudarte a pagar tu seguro de salud. Puedes recibirla si:
        - tienes { $zorgtoeslag-min-age ->
            [one] { $zorgtoeslag-min-age } año
            [many] { $zorgtoeslag-min-age } años
           *[other] { $zorgtoeslag-min-age } años
        } o más;
        - tienes un seguro de salud holandés;
        - tienes la nacionalidad holandesa, la nacionalidad de un país del Espacio Económico Europeo (EEE), o un permiso de residencia;
        - tus ingresos están por debajo del límite: { $zorgtoeslag-income-single } al año sin pareja, o { $zorgtoeslag-income-partner } al año si sumas tus ingresos y los de tu pareja (toeslagpartner);
        - tus ahorros y tus otros bienes están por debajo del límite. Este límite cambia cada año. El límite más reciente que pudimos confirmar es { $zorgtoeslag-assets-single } sin pareja, o { $zorgtoeslag-assets-partner } junto con tu toeslagpartner, pero es de un año anterior. Comprueba el límite de este año en belastingdienst.nl.
        Tu marido, tu mujer o tu pareja registrada es tu toeslagpartner aunque viva en otro país, y sus ingresos cuentan. Si tu toeslagpartner tiene seguro en otro país, recibes la mitad de la cantidad para parejas.
        También puedes recibir zorgtoeslag si vives en el extranjero, cuando trabajas en los Países Bajos y tienes un seguro de salud holandés.
guide-zorgtoeslag-amount = Cuánto recibes
    .body =
        La cantidad depende de tus ingresos: si ganas menos, recibes más.
        - Sin toeslagpartner recibes como máximo unos { $zorgtoeslag-max-month-single } al mes.
        - Con toeslagpartner, la ayuda para los dos juntos es como máximo de unos { $zorgtoeslag-max-month-partner } al mes.
        Encontramos estas cantidades en una noticia, así que pueden no ser exactas. La Belastingdienst calcula tu cantidad.
guide-zorgtoeslag-apply = Cómo pedirla
    .body =
        - Necesitas DigiD, el acceso a los servicios del gobierno holandés. Mira digid.nl.
        - Pide la ayuda en belastingdienst.nl, en Mijn toeslagen.
        - Si cambian tus ingresos o tienes una pareja nueva, avisa pronto en Mijn toeslagen.
        La Belastingdienst revisa más tarde tus ingresos reales. Si recibiste demasiada ayuda, puede que tengas que devolverla. Guarda todas las cartas de la Belastingdienst.
guide-zorgtoeslag-help = Quién te puede ayudar
    .body =
        Llama a la BelastingTelefoon al { $belastingtelefoon }. La llamada es gratis. La línea está abierta de lunes a viernes.
        Ten a mano tu número BSN (número de servicio al ciudadano) cuando llames.

## Guide: interpreters
guide-interpreters = Intérpretes en la atención médica
    .summary = Cómo lograr que tu médico te entienda y que tú entiendas a tu médico, cuándo puedes tener un intérprete y quién lo paga.
guide-interpreters-understand = Entenderse bien
    .body =
        Una buena atención necesita una buena comprensión: tú tienes que entender a tu médico, y tu médico tiene que entenderte a ti.
        - No digas "sí" si no entendiste.
        - Puedes pedirle al médico que te lo explique otra vez, con palabras más sencillas.
        - Puedes pedir un intérprete (tolk).
        Antes de tu cita, di en el consultorio qué idioma hablas.
guide-interpreters-guideline = La guía sobre las barreras del idioma
    .body =
        El { $language-guideline-date } se publicó una guía para los profesionales de la salud sobre las barreras del idioma (Omgaan met taalbarrières in de zorg en het sociaal domein). La hicieron juntas organizaciones de profesionales de la salud y de pacientes, entre ellas el Colegio Holandés de Médicos de Familia (NHG) y la Federación Holandesa de Pacientes (Patiëntenfederatie Nederland). La guía dice:
        - Para conversaciones complicadas, delicadas o graves, el profesional debería usar un intérprete profesional.
        - Un familiar, un amigo o una aplicación de traducción es solo para conversaciones sencillas, y solo si tú lo quieres.
        - Los niños nunca deben hacer de intérpretes.
        - El profesional comprueba que entendiste, por ejemplo pidiéndote que lo repitas con tus propias palabras.
guide-interpreters-costs = Quién paga el intérprete
    .body =
        Depende del tipo de atención:
        - Médico de familia (huisarts): no hay una regulación nacional que pague los intérpretes. Algunas regiones pagan intérpretes por teléfono. Pregunta a tu huisarts si esto es posible en tu región.
        - Salud mental (GGZ): los intérpretes se pagan desde el { $ggz-interpreter-since }.
        - Atención en el embarazo y el parto por una matrona o partera (verloskundige): los intérpretes se pagan desde el { $obstetric-interpreter-since }. Oficialmente, esta medida es temporal.
        Para otra atención, pregunta antes de tu cita si es posible tener un intérprete y quién lo paga.
guide-interpreters-ask = Lo que puedes hacer
    .body =
        - Cuando pidas una cita, di que necesitas un intérprete profesional, y para qué idioma.
        - Para conversaciones sencillas, puedes llevar a una persona de confianza para que te ayude.
        - Las tarjetas de frases de Werkmaat muestran frases cortas en holandés y en tu idioma. Puedes mostrárselas al médico o al asistente.

## Guide: exploitation
guide-exploitation = Explotación laboral: dónde pedir ayuda
    .summary = Señales de explotación en el trabajo, dónde puedes denunciarla y quién te puede ayudar.
guide-exploitation-signs = Señales de alarma
    .body =
        La explotación laboral (arbeidsuitbuiting) muchas veces empieza con cosas pequeñas. Ten cuidado si:
        - recibes menos que el salario mínimo (minimumloon) por las horas que trabajas;
        - te quitan dinero del sueldo sin tu autorización por escrito (volmacht). Del salario mínimo solo se pueden descontar la vivienda y el seguro de salud, y solo con una volmacht;
        - alguien te obliga a trabajar, o a quedarte en el trabajo;
        - tu trabajo es peligroso y nadie hace nada para cambiarlo.
        Muchos trabajadores reciben la vivienda y el seguro de salud a través del empleador. Esto te hace depender de él: si pierdes el trabajo, puedes perder tu casa y tu seguro a la vez.
guide-exploitation-danger = En peligro o en una urgencia
    .body =
        - Si estás en peligro ahora: llama al { $emergency-phone }.
        - Policía, cuando no es una emergencia: { $police-phone }. Este número no es gratis: pagas una pequeña cantidad por minuto además del coste normal de la llamada, y puede que no funcione con todas las tarjetas SIM extranjeras. Puedes denunciar ante la policía que te obligan a trabajar o que te explotan.
        - Para denunciar un delito sin dar tu nombre: Meld Misdaad Anoniem, teléfono { $mma-phone }, o meldmisdaadanoniem.nl.
guide-exploitation-report = Denunciar ante la Arbeidsinspectie
    .body =
        La Inspección de Trabajo de los Países Bajos (Nederlandse Arbeidsinspectie) se ocupa del trabajo peligroso, de los sueldos demasiado bajos y de la explotación.
        - Llama al { $nla-phone } (gratis), o desde el extranjero al { $nla-phone-abroad }. Otra fuente da otro número para llamar desde el extranjero; si no funciona, mira nlarbeidsinspectie.nl.
        - Hay formularios en internet en varios idiomas.
        - Puedes denunciar de forma anónima, sin dar tu nombre.
        Según la inspección, no le dice al empleador quién hizo la denuncia.
guide-exploitation-help = Quién te puede ayudar
    .body =
        - FairWork ayuda a las víctimas de explotación laboral, gratis y de forma confidencial: fairwork.nu.
        - CoMensha, el centro nacional contra la trata de personas (mensenhandel), registra a las víctimas y organiza un alojamiento protegido. Teléfono { $comensha-phone }, de lunes a viernes de { $comensha-opens } a { $comensha-closes }, o correo electrónico info@comensha.nl.
        - FNV es un sindicato (vakbond). Ha dado sesiones informativas en polaco, también para personas que no están afiliadas: fnv.nl.
        - El Juridisch Loket da asesoría jurídica gratis: juridischloket.nl. Un proyecto de prueba también ayuda en polaco, búlgaro y rumano en algunas provincias (Noord-Holland, Zuid-Holland, Noord-Brabant y Limburg). Comprueba en la web si todavía funciona.
        - Work in NL tiene puntos de información para trabajadores migrantes de la UE en todas las regiones del mercado laboral: workinnl.nl.
guide-exploitation-what-next = Qué puede significar para ti una denuncia
    .body =
        Una denuncia puede llevar a una investigación. No podemos prometer cuál será el resultado, ni cuánto tiempo va a tardar.
        - Puedes denunciar de forma anónima, ante la Arbeidsinspectie o ante Meld Misdaad Anoniem.
        - Guarda en un lugar seguro copias de tu contrato, de tus recibos de sueldo (loonstroken) y una lista de tus horas. El diario de Werkmaat puede guardar tus horas.
        - Una víctima de trata de personas puede recibir ayuda y un lugar seguro donde quedarse a través de CoMensha.
        - Si tu vivienda y tu seguro vienen de tu empleador, piensa con tiempo: ¿dónde te puedes quedar?, ¿cómo sigues teniendo seguro? Mira la guía sobre el seguro de salud.
        Si no sabes bien qué hacer, habla primero con FairWork.

## Guide: mental-health
guide-mental-health = Salud mental
    .summary = El estrés, la preocupación y el desánimo son frecuentes. Dónde puedes pedir ayuda, también en una crisis.
guide-mental-health-common = No te pasa solo a ti
    .body =
        La vida y el trabajo lejos de casa pueden ser duros. El estrés, la preocupación, los problemas para dormir y el desánimo les pasan a muchas personas. No es una debilidad, y puedes pedir ayuda.
        Un estudio en los Países Bajos encontró que muchos trabajadores migrantes tienen mala salud mental, mucho más a menudo que los trabajadores holandeses.
guide-mental-health-gp = Habla con tu huisarts
    .body =
        Tu médico de familia (huisarts) es el primer lugar al que ir, también por estrés, miedo, tristeza o problemas para dormir. Lo que le cuentas a tu médico es confidencial.
        El huisarts puede ayudarte, o enviarte a la atención de salud mental (GGZ). En la GGZ, los intérpretes se pagan desde el { $ggz-interpreter-since }. Pide uno si lo necesitas.
        También puedes hablar con el médico de empresa (bedrijfsarts), sin pedir permiso a tu empleador y también cuando no faltas al trabajo por enfermedad. Pero muchos trabajadores de agencia tienen poco o ningún acceso a un médico de empresa.
guide-mental-health-crisis = En una crisis
    .body =
        Si piensas en el suicidio, ponte en contacto con la línea holandesa de prevención del suicidio (Zelfmoordpreventie, 113.nl):
        - llama al { $crisis-phone } o al { $crisis-phone-free }; los dos números son gratis;
        - o chatea en 113.nl.
        La línea está abierta de día y de noche, y no tienes que dar tu nombre.
        Si hay peligro ahora para ti o para otra persona, llama al { $emergency-phone }.
guide-mental-health-self-care = Cuidar de ti
    .body =
        Algunos hábitos sencillos pueden ayudarte en el día a día. No reemplazan la ayuda de un médico.
        - Intenta dormir lo suficiente, y usa tu tiempo de descanso y tus días libres para descansar. Mira la guía sobre las horas de trabajo.
        - Habla con alguien de confianza: un amigo, un compañero de trabajo o tu familia en tu país.
        - Mantén el contacto con tu familia y tus amigos, también por teléfono o por videollamada.
        Si te sientes peor, o no mejora, ve a tu huisarts.

## Guide: losing-job
guide-losing-job = Perder el trabajo
    .summary = Qué hacer cuando termina tu trabajo: la prestación por desempleo (WW), la liquidación final, la indemnización por fin de contrato, el seguro y la vivienda.
guide-losing-job-ww = Prestación por desempleo (WW): actúa en el plazo de una semana
    .body =
        Si pierdes el trabajo, puedes recibir del UWV una prestación por desempleo (WW). Normalmente tienes que haber trabajado al menos { $ww-weeks-worked } de las últimas { $ww-weeks-period ->
            [one] { $ww-weeks-period } semana
            [many] { $ww-weeks-period } semanas
           *[other] { $ww-weeks-period } semanas
        }.
        - Inscríbete como demandante de empleo en werk.nl en un plazo de { $ww-register-days ->
            [one] { $ww-register-days } día
            [many] { $ww-register-days } días
           *[other] { $ww-register-days } días
        } desde que te quedas sin trabajo.
        - Pide la WW al UWV. Tu solicitud tiene que llegar como muy tarde { $ww-apply-within-weeks ->
            [one] { $ww-apply-within-weeks } semana
            [many] { $ww-apply-within-weeks } semanas
           *[other] { $ww-apply-within-weeks } semanas
        } después de tu último día de trabajo. También puedes pedirla algunas semanas antes. Necesitas DigiD.
        - El UWV decide en unas { $ww-decision-weeks ->
            [one] { $ww-decision-weeks } semana
            [many] { $ww-decision-weeks } semanas
           *[other] { $ww-decision-weeks } semanas
        }.
        No esperes al último día. No firmes un acuerdo para terminar tu contrato (vaststellingsovereenkomst) antes de pedir consejo.
guide-losing-job-final-pay = Tu última paga
    .body =
        En la liquidación final o finiquito (eindafrekening) tienes que recibir:
        - tu sueldo hasta tu último día de trabajo;
        - la paga de vacaciones (vakantiegeld) que has acumulado y que todavía no te han pagado;
        - tus días de vacaciones (vakantiedagen) sin disfrutar, pagados en dinero.
        Tu empleador tiene que indicarte por escrito cuántos días de vacaciones te quedaban. Revisa tu última nómina (loonstrook) y pregunta por escrito si falta algo.
guide-losing-job-transition = Indemnización por fin de contrato (transitievergoeding)
    .body =
        Desde el { $transitievergoeding-since }, tienes derecho a una indemnización por fin de contrato (transitievergoeding) desde tu primer día de trabajo, cuando tu empleador termina tu contrato o no renueva un contrato temporal.
        - Es más o menos un tercio de tu sueldo mensual por cada año trabajado, y una parte de eso por un tiempo más corto.
        - No la recibes si tu empleador está en quiebra.
        En el trabajo a través de agencia, las reglas pueden ser distintas. Consulta tu caso con el Juridisch Loket (juridischloket.nl).
guide-losing-job-insurance = Tu seguro de salud
    .body =
        Un seguro colectivo a través de tu empleador o agencia muchas veces termina con el trabajo. Si sigues viviendo en los Países Bajos, debes tener seguro: comprueba que tu póliza sigue vigente y, si no, contrata enseguida tu propio seguro de salud (zorgverzekering).
        También mientras recibes la WW debes tener seguro. Comprueba que tu póliza sigue vigente, y mantenla.
        Si enfermas en las { $sick-after-contract-weeks ->
            [one] { $sick-after-contract-weeks } semana
            [many] { $sick-after-contract-weeks } semanas
           *[other] { $sick-after-contract-weeks } semanas
        } siguientes al final de tu trabajo, tienes que avisar tú al UWV. Mira la guía sobre la enfermedad.
guide-losing-job-housing = Tu vivienda
    .body =
        Si tu vivienda te la proporciona tu empleador, puedes perder la vivienda y el trabajo a la vez.
        - Con un contrato de alquiler (huurcontract) aparte, tu alquiler no termina solo porque termina tu trabajo. La ley (Wet goed verhuurderschap) lo exige para los trabajadores migrantes de la UE. Mira la guía sobre la vivienda.
        - Pregunta por escrito cuánto tiempo puedes quedarte, y guarda la respuesta.
        - Si corres el riesgo de perder tu vivienda, pide ayuda a tu municipio (gemeente). Si ya no tienes dirección, puedes inscribirte en una dirección postal (briefadres), para que las cartas del UWV y del Belastingdienst te sigan llegando. Mira la guía sobre la inscripción.
        Asesoramiento legal gratuito: Juridisch Loket, juridischloket.nl. Sindicato: FNV, fnv.nl.

## Guide: registering
guide-registering = Inscribirte en el municipio (gemeente)
    .summary = Inscribirte a tiempo, una dirección postal (briefadres) cuando no tienes casa, el RNI para estancias cortas y darte de baja cuando te vas.
guide-registering-arrive = Inscríbete en un plazo de { $brp-register-within-days ->
            [one] { $brp-register-within-days } día
            [many] { $brp-register-within-days } días
           *[other] { $brp-register-within-days } días
        }
    .body =
        Si vas a vivir en los Países Bajos más de { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } mes
            [many] { $rni-max-stay-months } meses
           *[other] { $rni-max-stay-months } meses
        } dentro de un periodo de { $brp-stay-period-months ->
            [one] { $brp-stay-period-months } mes
            [many] { $brp-stay-period-months } meses
           *[other] { $brp-stay-period-months } meses
        }, tienes que inscribirte en el municipio (gemeente) donde vives. Hazlo en un plazo de { $brp-register-within-days ->
            [one] { $brp-register-within-days } día
            [many] { $brp-register-within-days } días
           *[other] { $brp-register-within-days } días
        } desde tu llegada. Así quedas en el Registro de Personas (Basisregistratie Personen, BRP).
        - Pide cita en tu gemeente y lleva tu pasaporte o tu documento de identidad.
        - Tu pareja y tus hijos que viven contigo también tienen que ir a la cita.
        - Recibes un número BSN (burgerservicenummer, número de servicio al ciudadano), si todavía no lo tienes.
        Si estás esperando un permiso de residencia, o todavía están comprobando tu identidad, este plazo no se aplica. Pregunta en tu gemeente.
guide-registering-no-address = Sin domicilio: briefadres
    .body =
        Si no tienes una dirección fija, por ejemplo porque perdiste tu vivienda, puedes inscribirte en una dirección postal (briefadres). Es la dirección de una persona o de una organización que acepta recibir tus cartas.
        - Pregunta en tu gemeente cómo conseguir un briefadres.
        - Así, las cartas del UWV, del Belastingdienst y del CAK te siguen llegando.
        Avisa a tu gemeente cuando vuelvas a tener domicilio.
guide-registering-short-stay = Estancia corta: RNI
    .body =
        Si te quedas en los Países Bajos menos de { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } mes
            [many] { $rni-max-stay-months } meses
           *[other] { $rni-max-stay-months } meses
        }, inscríbete como no residente (Registratie Niet-ingezetenen, RNI) en una oficina del RNI. Allí también recibes un BSN.
        Si al final te quedas más tiempo, inscríbete en tu gemeente en un plazo de { $brp-register-within-days ->
            [one] { $brp-register-within-days } día
            [many] { $brp-register-within-days } días
           *[other] { $brp-register-within-days } días
        }.
guide-registering-leaving = Cuando te vas de los Países Bajos
    .body =
        Si vas a vivir en el extranjero { $brp-departure-months ->
            [one] { $brp-departure-months } mes
            [many] { $brp-departure-months } meses
           *[other] { $brp-departure-months } meses
        } o más dentro de un año, comunica tu salida (aangifte van vertrek) a tu gemeente.
        - Hazlo como mucho { $brp-departure-days ->
            [one] { $brp-departure-days } día
            [many] { $brp-departure-days } días
           *[other] { $brp-departure-days } días
        } antes de irte, no antes.
        - Si ya estás en el extranjero, comunícalo cuanto antes por internet con DigiD. El día en que la gemeente recibe tu aviso cuenta como fecha de tu mudanza.
        - Si ya no trabajas en los Países Bajos, cancela después tu seguro de salud holandés (zorgverzekering) y guarda el comprobante de la baja.
        Ir a tu país de vacaciones no es irte: sigues en el registro.
