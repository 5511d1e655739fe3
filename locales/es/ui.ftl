# Werkmaat: interface strings (errors, command-line help, language names, the tour), Spanish (neutral).
# Translated from the reference locale (en): same messages, attributes and variables.
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.
# Form of address: informal "tú", used consistently. Neutral Spanish for Spain and Latin America.

## Language names. Each locale names every language in its own language;
## a language's own locale gives its native name (the picker shows both).

language-en = inglés
language-nl = holandés
language-pl = polaco
language-ro = rumano
language-bg = búlgaro
language-uk = ucraniano
language-hu = húngaro
language-lt = lituano
language-pt = portugués
language-es = español

## Errors. They never repeat what the user typed or stored.

# $expected (number) - bytes a key must have; $actual (number) - bytes it has
error-invalid-key-length = La clave de la base de datos debe tener { $expected } bytes, pero tiene { $actual ->
    [one] { $actual } byte
    [many] { $actual } bytes
   *[other] { $actual } bytes
}.
error-wrong-key = Esta clave no abre el perfil. No se hizo ningún cambio.
# $found (number) - version of the saved profile; $supported (number) - newest version this app reads
error-incompatible-version = Este perfil se guardó con una versión más nueva de Werkmaat (versión de la base de datos: { $found }; esta versión solo puede leer hasta la { $supported }). Actualiza la app. No se hizo ningún cambio.
error-closed = El perfil está cerrado. Ábrelo otra vez para seguir.
error-cancelled = Detenido. No se guardó ni se cambió nada.
error-tampered = Algunos datos guardados no se pueden leer: están dañados o alguien los cambió fuera de Werkmaat.
error-storage = Werkmaat no pudo leer ni guardar los datos en este dispositivo.
error-file = Werkmaat no pudo usar un archivo en este dispositivo. Revisa que haya espacio libre y que se pueda escribir en la carpeta.
set-aside-warning = { $reason ->
        [lost] El { $at }, los datos guardados de este perfil habían desaparecido. Werkmaat empezó de nuevo con un perfil vacío.
       *[other] El { $at }, no se pudieron leer los datos guardados de este perfil. Werkmaat guardó la copia dañada como { $file } y empezó de nuevo con un perfil vacío.
    }
cli-set-aside-acknowledge = Cuando lo hayas leído, ejecuta: werkmaat info --acknowledge
cli-opt-acknowledge = Dejar de mostrar el aviso sobre datos que no se pudieron leer

## Explanations of a value that is not accepted.

invalid-bsn-format = El BSN (burgerservicenummer) tiene 9 dígitos.
invalid-bsn-checksum = Este BSN (burgerservicenummer) no es correcto. Revisa los números en la carta que te envió el municipio (gemeente) o la oficina de impuestos (Belastingdienst).
invalid-phone = Un número de teléfono solo puede tener dígitos, espacios, +, - y paréntesis.
invalid-date-of-birth = La fecha de nacimiento no puede estar en el futuro.
invalid-too-long = Este texto es demasiado largo.
invalid-date = Escribe la fecha así: año-mes-día, por ejemplo 2026-11-28.
invalid-key-file = El archivo de la clave debe tener exactamente 32 bytes. Usa el archivo que creó Werkmaat o crea un perfil nuevo.
invalid-wipe-not-confirmed = Si borras el perfil, no hay vuelta atrás. Si de verdad quieres borrarlo, añade --yes.

## Command-line help

cli-about = Werkmaat: tus derechos en el trabajo, un diario de salud privado y una lista para revisar tu seguro en los Países Bajos. Funciona sin internet.
cli-opt-data-dir = Carpeta donde está tu perfil (si no indicas otra: la carpeta de datos de este equipo)
cli-opt-locale = Los idiomas que prefieres, el más importante primero, separados por comas (por ejemplo: pl,en)
cli-opt-json = Mostrar el resultado en formato JSON (para otros programas)
cli-opt-today = Usar esta fecha como la de hoy en todas las reglas (YYYY-MM-DD)
cli-opt-key-file = Archivo con la clave de 32 bytes de tu perfil (si no indicas otro: el archivo de la clave en la carpeta del perfil)
cli-cmd-info = Mostrar el perfil: versión, versión de la base de datos, carpeta e idioma
cli-cmd-locales = Mostrar los idiomas en los que está Werkmaat
cli-cmd-tour = Un recorrido corto por lo que puede hacer Werkmaat, con un perfil temporal
cli-cmd-details = Tus datos personales (nombre, BSN, seguro, médico de familia), guardados cifrados
cli-cmd-details-show = Mostrar tus datos guardados
cli-cmd-details-set = Guardar datos; los campos que no indiques se quedan como están
cli-cmd-details-clear = Borrar tus datos guardados
cli-cmd-wipe = Borrar este perfil para siempre: la base de datos, las copias de seguridad y los archivos creados a partir de él
cli-opt-yes = Confirmar que quieres borrar el perfil
cli-error = Error

## Labels of the profile

info-version = Versión de Werkmaat
info-schema-version = Versión de la base de datos
info-data-dir = Carpeta del perfil
info-locale = Idioma
info-locales = Idiomas
locales-complete = completo
locales-incomplete = incompleto

## Personal details

details-full-name = Nombre
details-date-of-birth = Fecha de nacimiento
details-bsn = Número BSN (burgerservicenummer)
details-phone = Teléfono
details-insurer = Aseguradora de salud (zorgverzekeraar)
details-policy-number = Número de póliza (polisnummer)
details-gp-name = Médico de familia (huisarts)
details-gp-phone = Teléfono del médico de familia
details-employer = Empresa donde trabajas (werkgever)
details-agency = Agencia de trabajo temporal (uitzendbureau)
details-empty = Todavía no hay datos guardados.
details-saved = Tus datos están guardados y cifrados en este dispositivo.
details-cleared = Se borraron tus datos.
wipe-done = Se borró el perfil.

## The tour: a walk through Werkmaat on a temporary profile

tour-title = Werkmaat: un recorrido corto
# $dir (string) - the temporary folder
tour-profile = Se creó un perfil nuevo en { $dir }. Está cifrado con su propia clave, que un teléfono guarda en su almacén seguro de claves.
# $count (number) - how many languages
tour-languages = Werkmaat está disponible en { $count ->
    [one] { $count } idioma
    [many] { $count } idiomas
   *[other] { $count } idiomas
}:
# $requested (string) - languages a phone asks for; $chosen (string) - the languages Werkmaat uses, in order
tour-negotiation = Un teléfono configurado en { $requested } recibe: { $chosen }
tour-details = Tus datos se guardan cifrados: ningún archivo del perfil contiene el nombre que guardaste.
tour-wrong-key = Con otra clave, el perfil no se abre:
tour-reopen = Se cerró y se volvió a abrir con la clave correcta; los datos guardados siguen ahí.
tour-end = Fin del recorrido. Se borró el perfil temporal.

## Command-line help: headings and built-in options

cli-usage = Uso
cli-commands = Comandos
cli-options = Opciones
cli-opt-help = Mostrar esta ayuda
cli-opt-version = Mostrar la versión
invalid-key-file-missing = Falta el archivo de la clave de este perfil. Sin él, el perfil no se puede abrir.
invalid-usage = No se entendió este comando. Usa --help para ver lo que puedes escribir.
tour-details-leak = Atención: el nombre guardado apareció en un archivo del perfil. El cifrado no funciona.
tour-failed = El recorrido encontró un problema: Werkmaat no funciona como debería en este dispositivo.

## How facts are written. Translators: place the parts the way your language writes them.

# $amount (string) - the number, already written with this language's separators
format-money = { $amount } €
# $value (string) - the number, already written with this language's separators
format-percent = { $value } %
# $day (number) - day of the month; $month (string) - jan … dec; $year (string)
format-date = { $day } de { $month ->
    [jan] enero
    [feb] febrero
    [mar] marzo
    [apr] abril
    [may] mayo
    [jun] junio
    [jul] julio
    [aug] agosto
    [sep] septiembre
    [oct] octubre
    [nov] noviembre
   *[dec] diciembre
} de { $year }

## More errors

error-unknown-guide = No hay ninguna guía con este nombre.
error-unknown-phrase = No hay ninguna tarjeta de frases con este nombre.
error-content = Una parte de la información que viene con Werkmaat no se puede leer. Actualiza la app o vuelve a instalarla.

## Guides and phrase cards

cli-cmd-guides = Tus derechos en el trabajo y en la atención médica de los Países Bajos, en palabras sencillas y con fuentes
cli-cmd-guides-list = Mostrar la lista de guías
cli-cmd-guides-show = Mostrar una guía
cli-cmd-guides-search = Buscar en las guías
cli-cmd-guides-speech = Mostrar una guía como texto para leer en voz alta, con el idioma de cada parte
cli-cmd-phrases = Tarjetas para mostrar en una ventanilla, al médico, en la farmacia o a tu empleador: tu idioma junto al holandés
cli-cmd-phrases-list = Mostrar la lista de tarjetas
cli-cmd-phrases-show = Mostrar una tarjeta
cli-arg-guide-id = El nombre de la guía, como aparece en la lista
cli-arg-phrase-id = El nombre de la tarjeta, como aparece en la lista
cli-arg-query = Las palabras que quieres buscar
guides-sources = Fuentes
# $date (string) - the date the information was checked
guides-verified = Comprobado con las fuentes el { $date }.
# $date (string) - last day the value is known to be right; $source (string) - where to check
guides-stale = Esto puede no estar actualizado: una cantidad o una regla de esta guía solo se confirmó hasta el { $date }. Compruébalo en: { $source }
guides-no-results = No se encontró nada. Prueba con otra palabra, o con una palabra en holandés, por ejemplo huisarts.
phrases-dutch = En holandés (Nederlands)
tour-guide = Las guías de derechos explican tus derechos en el trabajo y en la atención médica de los Países Bajos, con fuentes. Por ejemplo:
# A word a user of this language would search for; it must occur in this language's guides
tour-search-query = seguro
# $query (string) - the words searched for
tour-search = Si buscas "{ $query }" en las guías, encuentras:
tour-card = Una tarjeta para mostrar en la consulta del médico, en tu idioma y en holandés, con tus datos guardados:

## The checklist

cli-cmd-checklist = Tu lista del seguro de salud: lo que tienes que hacer y hasta cuándo
cli-cmd-checklist-questions = Mostrar las preguntas que ahora se aplican a tu caso
cli-cmd-checklist-answer = Responder a una pregunta (sí o no, una fecha YYYY-MM-DD, un número o una opción)
cli-cmd-checklist-show = Mostrar tu lista con los plazos
cli-cmd-checklist-done = Marcar un punto como hecho
cli-cmd-checklist-reset = Borrar todas tus respuestas y marcas
cli-arg-question = El nombre de la pregunta, como aparece en la lista de preguntas
cli-arg-value = Tu respuesta
cli-arg-item = El nombre del punto, como aparece en la lista
error-unknown-question = No hay ninguna pregunta con este nombre.
error-unknown-item = Este punto no está ahora en tu lista.
invalid-answer-yes-no = Responde sí o no.
invalid-answer-number = Responde con un número.
invalid-number-unclear = No sabemos con seguridad qué número quieres decir. Escríbelo así: { $example } (o solo cifras, sin puntos, comas ni espacios).
invalid-answer-range = Este número no es posible aquí.
invalid-answer-option = Elige una de las respuestas de la lista.
# $count (number) - how many sources the guide names
tour-sources = { $count ->
    [one] ({ $count } fuente)
    [many] ({ $count } fuentes)
   *[other] ({ $count } fuentes)
}
tour-checklist = La lista del seguro para un trabajador de ejemplo: trabaja con una agencia, empezó hace seis semanas, está inscrito en el RNI y todavía no tiene seguro holandés:

## The care finder

cli-cmd-care = Encontrar el lugar más cercano: médico de familia, servicio de guardia de médicos de familia, urgencias del hospital o farmacia
cli-cmd-care-nearest = Mostrar los lugares de atención médica más cercanos
cli-cmd-care-search = Buscar lugares de atención médica por nombre o por localidad
cli-cmd-care-now = Decir adónde ir ahora: tu médico de familia, el servicio de guardia o el número de emergencias
cli-cmd-care-overpass = Mostrar la consulta a OpenStreetMap para una zona, para cargar los lugares cuando tengas internet
cli-cmd-care-import = Cargar lugares de atención médica desde una respuesta de OpenStreetMap (un archivo)
cli-opt-lat = Latitud de tu ubicación, por ejemplo 51.37
cli-opt-lon = Longitud de tu ubicación, por ejemplo 6.17
cli-opt-postcode = Tu código postal, por ejemplo 5911 o 5911 AB
cli-opt-limit = Cuántos lugares mostrar
cli-opt-kind = Qué tipo de lugar: gp (médico de familia), gp_post (servicio de guardia), emergency (urgencias) o pharmacy (farmacia)
cli-opt-at = La fecha y la hora que quieres usar en vez de ahora (por ejemplo 2026-11-28T21:30:00+01:00)
cli-opt-urgent = Hay peligro de muerte
cli-opt-open-now = Solo los lugares que, según su horario, están abiertos ahora (o a la hora de --at)
cli-opt-bbox = La zona: borde sur, oeste, norte y este, en grados, por ejemplo 51.3,6.0,51.5,6.3
cli-arg-file = El archivo que se va a leer
invalid-latitude = La latitud debe ser un número entre -90 y 90.
invalid-longitude = La longitud debe ser un número entre -180 y 180.
invalid-postcode-format = Un código postal holandés tiene 4 dígitos, o 4 dígitos y 2 letras, por ejemplo 5911 AB.
invalid-postcode-unknown = Werkmaat no conoce este código postal. Revísalo o usa tu ubicación.
invalid-limit = Pide como mínimo 1 y como máximo 100 lugares.
invalid-place-kind = Elige gp, gp_post, emergency o pharmacy.
invalid-entry-kind = Elige symptom, incident, shift o care_contact.
invalid-origin = Indica tu ubicación (--lat y --lon) o tu código postal (--postcode).
invalid-time = Escribe la hora como en este ejemplo: 2026-11-28T21:30:00+01:00.
invalid-bbox = Indica la zona con cuatro números: sur, oeste, norte y este. La zona puede tener como máximo 5 grados de ancho.
invalid-osm-answer = Este archivo no es una respuesta de OpenStreetMap (Overpass) en JSON. No se cargó nada.
invalid-osm-extract = Este archivo no es un extracto de OpenStreetMap (.osm.pbf o .osm), o está dañado o incompleto. No se creó ningún paquete.
tour-care = Adónde ir ahora, para una persona con el código postal { $postcode }:

## Content packs: updates of the information in Werkmaat

info-content = Versión de la información
cli-cmd-pack = Actualizaciones de la información de Werkmaat (paquetes de contenido) y herramientas para quienes las publican
cli-cmd-pack-keygen = Crear una clave nueva para firmar paquetes (para quienes publican)
cli-cmd-pack-build = Crear y firmar un paquete con la información de esta versión de Werkmaat (para quienes publican)
cli-cmd-pack-places = Crear y firmar un paquete de lugares a partir de un extracto de OpenStreetMap: médicos de cabecera (huisarts), huisartsenpost, farmacias y urgencias (spoedeisende hulp) (para quienes publican)
cli-cmd-pack-verify = Comprobar un paquete con una clave pública (para quienes publican)
cli-cmd-pack-install = Instalar un paquete: solo paquetes firmados con una clave en la que Werkmaat confía
cli-cmd-pack-rollback = Volver a la información que venía con Werkmaat
cli-opt-out = El archivo que se va a escribir
cli-opt-pack-key = El archivo con la clave secreta para firmar
cli-opt-pack-version = La versión del paquete: mayor que la de todos los paquetes anteriores
cli-opt-pack-parts = Qué partes poner en el paquete, separadas por comas (si no indicas ninguna: todas)
cli-opt-pack-from = Una carpeta con archivos que reemplazan partes (facts.json, guides.json, phrases.json, checklist.json, places.json)
cli-opt-pack-from-osm = El extracto de OpenStreetMap que se va a leer (.osm.pbf o .osm)
cli-opt-public-key = La clave pública (64 dígitos hexadecimales)
invalid-public-key = Una clave pública tiene 64 dígitos hexadecimales.
invalid-secret-key = El archivo de la clave secreta debe tener 64 dígitos hexadecimales.
invalid-pack-parts = No hay ninguna parte con este nombre. Las partes son: locales, facts, guides, phrases, checklist, places.
pack-refused-oversized = Esta actualización es demasiado grande. No se instaló nada.
pack-refused-truncated = Esta actualización está incompleta: falta el final del archivo. No se instaló nada.
pack-refused-not-a-pack = Este archivo no es una actualización de Werkmaat. No se instaló nada.
pack-refused-signature = Esta actualización no está firmada por una entidad en la que Werkmaat confía, o alguien la cambió después de la firma. No se instaló nada.
pack-refused-retired-key = Esta actualización está firmada con una clave que ya no se usa. No se instaló nada.
pack-refused-manifest = Esta actualización no se preparó correctamente. No se instaló nada.
pack-refused-format = Esta actualización es para otra versión de Werkmaat. No se instaló nada.
pack-refused-hash = Una parte de esta actualización no coincide con su descripción firmada. No se instaló nada.
pack-refused-older = Esta actualización no es más nueva que la información que ya tienes. No se instaló nada.
pack-refused-content = La información de esta actualización tiene partes que no encajan entre sí. No se instaló nada.

## Trusted time for the diary: time-stamps (RFC 3161) and why one is refused
invalid-anchor-garbage = Este archivo no es una respuesta de un servicio de sellado de tiempo, o está dañado.
invalid-anchor-not-granted = El servicio de sellado de tiempo no dio un sello de tiempo. Inténtalo más tarde o usa otro servicio.
invalid-anchor-imprint-mismatch = Este sello de tiempo es para otros datos, no para este diario.
invalid-anchor-nonce-mismatch = Esta respuesta es de otra solicitud. Haz una solicitud nueva y envíala al servicio.
invalid-anchor-bad-signature = La firma de este sello de tiempo no es correcta: alguien lo cambió o lo falsificó.
invalid-anchor-unsupported-algorithm = Werkmaat no puede comprobar este tipo de firma. Comprueba RSA y ECDSA P-256 con SHA-256.
invalid-anchor-missing-certificate = Falta el certificado del servicio de sellado de tiempo. Indica este certificado como certificado de confianza.
invalid-anchor-untrusted = Este sello de tiempo viene de un servicio que no está en tu lista de certificados de confianza.
invalid-anchor-not-valid-at-time = El certificado del servicio de sellado de tiempo no era válido en el momento del sello (por ejemplo, había caducado).
invalid-anchor-no-time-stamping-usage = Esto se firmó con un certificado que no es para sellos de tiempo.
invalid-anchor-trusted-certificate = No se puede leer el certificado de confianza. Indica un archivo PEM con uno o más certificados.
invalid-anchor-empty-diary = El diario está vacío. Primero escribe una anotación y después pide un sello de tiempo.
invalid-anchor-no-request = No hay ninguna solicitud abierta para esta respuesta. Haz una solicitud nueva, envíala al servicio de sellado de tiempo y añade su respuesta.
diary-anchor-requested = La solicitud se guardó en el archivo { $file }. Cuando tengas conexión a internet, envía este archivo a un servicio de sellado de tiempo (RFC 3161) y después añade su respuesta con "werkmaat diary anchor add".
diary-anchor-added = Sello de tiempo añadido: { $tsa } confirma que tu diario, hasta esta anotación, ya existía en esta fecha y hora: { $time }.

## The diary

cli-cmd-diary = Tu diario privado de síntomas y lesiones en el trabajo: qué pasó, cuándo y lo grave que fue
cli-cmd-diary-vocab = Mostrar los síntomas y las partes del cuerpo que puedes elegir
cli-cmd-diary-add = Añadir una anotación: un síntoma, un accidente de trabajo, un turno o una visita al médico
cli-cmd-diary-list = Mostrar tus anotaciones, de la más nueva a la más antigua
cli-cmd-diary-get = Mostrar una anotación con todos sus detalles
cli-cmd-diary-correct = Corregir una anotación: la versión anterior queda en el historial
cli-cmd-diary-delete = Borrar una anotación: en su lugar queda un hueco visible en el diario
cli-cmd-diary-history = Mostrar todas las versiones de una anotación
cli-cmd-diary-hours = Revisar si tus turnos cumplen las reglas de horas de trabajo y de descanso
cli-cmd-diary-verify = Comprobar el diario, o un archivo de diario que recibiste: ¿está cada anotación como se escribió?
cli-cmd-diary-export = Guardar el diario en el archivo que elijas
cli-opt-symptom = El síntoma, como aparece en `diary vocab`
cli-opt-body-part = La parte del cuerpo, como aparece en `diary vocab`
cli-opt-severity = Lo fuerte o grave que es, de 0 (nada) a 10 (lo peor posible)
cli-opt-at-time = Cuándo (por ejemplo 2026-11-28T06:30:00+01:00); si no indicas nada: ahora
cli-opt-note = Con tus propias palabras
cli-opt-work-related = Lo causó el trabajo o empeoró por el trabajo
cli-opt-description = Qué pasó, con tus propias palabras
cli-opt-place = Dónde pasó (por ejemplo: nave 3, muelle de carga)
cli-opt-task = Qué estabas haciendo
cli-opt-machine = La máquina, herramienta o sustancia que tuvo que ver
cli-opt-witness = El nombre de alguien que lo vio (repite para más personas)
cli-opt-reported-to = A quién avisaste: employer (empleador), agency (agencia), bedrijfsarts (médico de empresa), gp (médico de familia) o arbeidsinspectie (Inspección de Trabajo); añade @ y la hora si la sabes (employer@2026-11-28T10:00:00+01:00); repite para más
cli-opt-start = Cuándo empezó el turno (por ejemplo 2026-11-28T06:00:00+01:00)
cli-opt-end = Cuándo terminó el turno
cli-opt-break-minutes = Minutos de pausa durante el turno
cli-opt-from = Desde este día (YYYY-MM-DD)
cli-opt-to = Hasta este día (YYYY-MM-DD)
cli-opt-kind-entry = Solo este tipo: symptom (síntoma), incident (accidente), shift (turno) o care_contact (visita al médico)
cli-opt-export-file = Un archivo de diario (JSON) que alguien te dio
cli-opt-tsa-cert-verify = Comprobar los sellos de tiempo del archivo de diario con estos certificados de confianza (PEM), en lugar de los que vienen en el archivo
cli-cmd-diary-anchor = Sellos de tiempo: pedir a un servicio externo que confirme que tu diario ya existía en un momento dado
cli-cmd-diary-anchor-request = Hacer una solicitud de sello de tiempo para el diario tal como está ahora
cli-opt-anchor-out = Dónde guardar la solicitud (un archivo .tsq para enviar al servicio de sellado de tiempo)
cli-cmd-diary-anchor-add = Añadir al diario la respuesta del servicio de sellado de tiempo
cli-arg-anchor-response = La respuesta del servicio de sellado de tiempo (un archivo .tsr)
cli-opt-tsa-cert = El certificado del servicio de sellado de tiempo en el que confías (PEM)
cli-opt-format = El tipo de archivo: html (el informe para el médico), fhir (para sistemas médicos) o json (todo, para comprobar o guardar)
cli-opt-with-location = Poner también en el archivo los lugares donde estuviste
cli-arg-entry = El código de la anotación, como aparece en la lista
cli-cmd-diary-attach = Adjuntar una foto o un documento (JPEG, PNG, HEIC o PDF, hasta 20 MB) a una anotación
cli-arg-attachment-file = El archivo que adjunta
cli-opt-attachment-kind = Qué muestra: photo (foto), payslip (nómina, loonstrook), contract (contrato), housing (vivienda) u other (otro)
cli-cmd-diary-attachments = Mostrar las fotos y documentos del diario, o de una anotación
cli-cmd-diary-attachment = Guardar una copia de un adjunto, o borrarlo
cli-cmd-diary-attachment-get = Guardar una copia de un adjunto (sin el lugar donde se hizo)
cli-cmd-diary-attachment-delete = Borrar un adjunto (el diario guarda su huella)
cli-arg-attachment = El código del adjunto, como aparece en la lista
cli-opt-attachment-out = Dónde guardar la copia
cli-opt-attachment-with-location = Dejar en la copia el lugar donde se hizo la foto
diary-attached = Adjuntado. Su código: { $id }
diary-attachments-none = No hay fotos ni documentos adjuntos.
diary-attachment-saved = Guardado sin el lugar donde se hizo: { $file }
diary-attachment-saved-with-location = Guardado con el lugar donde se hizo: { $file }
diary-attachment-deleted = El adjunto se ha borrado. El diario guarda su huella (SHA-256), así que se ve que falta algo.
attachment-kind-photo = foto
attachment-kind-payslip = nómina (loonstrook)
attachment-kind-contract = contrato
attachment-kind-housing = vivienda
attachment-kind-other = otro
error-unknown-entry = No hay ninguna anotación del diario con este código.
invalid-symptom-code = Síntoma desconocido. Mira la lista con `diary vocab`.
invalid-body-part = Parte del cuerpo desconocida. Mira la lista con `diary vocab`.
invalid-severity = Indica lo fuerte o grave que es con un número del 0 al 10.
invalid-empty = Escribe al menos unas palabras.
invalid-reported-to = Elige a quién avisaste: employer, agency, bedrijfsarts, gp o arbeidsinspectie.
invalid-photo = Una foto necesita el nombre de su archivo y su huella SHA-256 (64 dígitos hexadecimales).
invalid-shift-order = Un turno tiene que terminar después de empezar.
invalid-future-time = Una anotación no puede ser posterior a ahora. Revisa la fecha y la hora.
invalid-shift-length = Un turno no puede durar más de un día. Si trabajaste mucho tiempo seguido, anótalo como dos turnos.
invalid-break = La pausa tiene que ser más corta que el turno.
invalid-care-with = Elige gp, gp_post, emergency o bedrijfsarts.
invalid-correction-kind = Una corrección tiene que ser del mismo tipo que la anotación.
invalid-diary-export = Este archivo no es un diario exportado de Werkmaat.
error-unknown-attachment = No hay ningún adjunto con este código.
invalid-attachment-format = Este archivo no es una foto (JPEG, PNG, HEIC) ni un PDF. No se ha guardado nada.
invalid-attachment-too-large = Este archivo ocupa más de 20 MB. No se ha guardado nada. Reduzca la foto o divida el documento.
invalid-attachment-kind = Elija qué muestra: photo (foto), payslip (nómina, loonstrook), contract (contrato), housing (vivienda) u other (otro).
invalid-attachment-location-heic = No se puede quitar de un archivo HEIC el lugar donde se hizo la foto. Guárdela con --with-location solo si se puede ver el lugar, o adjúntela otra vez como JPEG.
invalid-export-format = Elige el formato html (el informe para el médico), fhir o json.
diary-verify-ok = El diario está bien: ninguna anotación ha cambiado desde que se escribió.
diary-verify-bad = El diario no está bien: se cambió, está dañado o incompleto. La lista dice dónde.
diary-no-breaches = En los turnos que anotaste no se encontró ninguna infracción de estas reglas de horas de trabajo y de descanso: { $rules }.
tour-diary = Un diario privado: un turno largo y el dolor de espalda que vino después. Werkmaat compara el turno con las reglas de horas de trabajo y de descanso, y demuestra que no se cambió nada en el diario:
cli-cmd-diary-backup = Guardar una copia de seguridad cifrada del diario, protegida con una contraseña que tú elijas
cli-cmd-diary-restore = Restaurar una copia de seguridad en un diario vacío, por ejemplo en un teléfono nuevo
cli-opt-passphrase-file = Un archivo con la contraseña de la copia de seguridad
invalid-backup = Este archivo no es una copia de seguridad de Werkmaat, o está dañado o incompleto. No se restauró nada.
invalid-passphrase = Esta contraseña no abre esta copia de seguridad. No se restauró nada.
invalid-passphrase-short = Usa una contraseña de al menos 8 caracteres.
invalid-restore-not-empty = Una copia de seguridad solo se puede restaurar en un diario vacío.
cli-opt-care-with = Quién te atendió: gp (médico de familia), gp_post (servicio de guardia), emergency (urgencias) o bedrijfsarts (médico de empresa)
cli-opt-limit-entries = Cuántas anotaciones mostrar
cli-opt-doctor-locale = El idioma del médico, que aparece al lado del tuyo en el informe (si no indicas nada: nl)
cli-opt-identity = Qué datos guardados van en la exportación, separados por comas: name, birth_date, bsn, employer, agency, insurer (si no eliges nada: name y birth_date; el número BSN solo si lo pides)
invalid-doctor-locale = Elige para el médico uno de los idiomas de Werkmaat: nl, en, pl, ro, bg, uk, hu, lt, pt o es.
invalid-identity-field = Elige los datos para la exportación de esta lista, separados por comas: name, birth_date, bsn, employer, agency, insurer.
tour-report = El informe para el médico, en tu idioma y con el holandés al lado, se guardó aquí:

# Files the CLI reads and writes.
invalid-file-exists = Ya existe un archivo con este nombre. No se escribió nada.
cli-file-exists = El archivo { $path } ya existe. Elige otro nombre o añade --force para reemplazarlo.
cli-file-in-profile = { $path } está en la carpeta de tu perfil. Werkmaat no escribe allí: elige un archivo fuera de esa carpeta.
cli-file-unreadable = Werkmaat no puede leer el archivo { $path }. Revisa el nombre y que el archivo exista.
cli-key-file-damaged = El archivo de la clave { $path } está dañado: debe tener exactamente 32 bytes. Werkmaat no lo reemplaza, porque tu perfil solo se abre con la clave verdadera. Vuelve a poner una copia del archivo de la clave.
cli-not-text = Un argumento de la línea de comandos no es texto legible (UTF-8). Escríbelo de nuevo o cambia el nombre del archivo para que sea texto simple.
cli-opt-force = Reemplazar el archivo si ya existe
diary-verify-proves-witness = También coincide con el último estado que guardó este aparato, así que no se quitaron anotaciones más nuevas. No demuestra cuándo se escribieron las anotaciones.
diary-verify-proves-head = Nada fuera del teléfono garantiza este diario. La comprobación solo demuestra que coincide con su huella digital: compárala con una huella que recibiste antes.
diary-verify-proves-anchor = Un servicio de sellado de tiempo confirmó el diario hasta un momento: las anotaciones hasta ese punto ya existían entonces y no han cambiado desde entonces.
diary-verify-clock = Las horas de las anotaciones vienen del reloj del teléfono: son lo que decía el teléfono, no una prueba.
invalid-witness-file = No se puede leer el archivo de control (el nombre del archivo de la clave más .witness). No lo borres: muestra si el diario se devolvió a un estado anterior.
diary-damaged = Algunas anotaciones no se pueden leer (están dañadas) y se dejan fuera. Usa "werkmaat diary verify" para ver cuáles.
