# Werkmaat: the care finder. Kinds of places, and the advice "where do I go now".
# Spanish (neutral). Form of address: informal "tú", as in es/ui.ftl. Same words as es/guides.ftl.
# $emergency-phone (string) - the emergency number, a fact (112)

## Kinds of places

care-kind-gp = Médico de familia (huisarts)
care-kind-gp_post = Servicio de guardia de médicos de familia (huisartsenpost)
care-kind-emergency = Urgencias del hospital (spoedeisende hulp, SEH)
care-kind-pharmacy = Farmacia (apotheek)
care-position-approximate = Aparece en el centro de la localidad: no se conoce la ubicación exacta, así que la distancia es aproximada.
care-open-now = Abierto ahora
care-closed-now = Cerrado ahora
# $km (number) - the distance to a place in kilometres, rounded to one decimal
care-distance = { $km } km

## Where to go now

care-now-gp = Es día laborable y el consultorio de tu médico de familia (huisarts) está abierto ahora. Llama primero a tu huisarts. Si hay peligro de muerte, llama al { $emergency-phone }.
care-now-gp-post = El consultorio de tu médico de familia (huisarts) está cerrado ahora (final de la tarde, noche, fin de semana o día festivo). Llama primero al servicio de guardia de médicos de familia (huisartsenpost). No vayas sin llamar antes. Si hay peligro de muerte, llama al { $emergency-phone }.
care-now-emergency = Llama ahora al { $emergency-phone } y pide una ambulancia. Abajo están las urgencias (spoedeisende hulp) de los hospitales más cercanos. Ve allí solo si te lo dice el operador de emergencias o un médico.
care-now-none-known = Werkmaat todavía no conoce ningún lugar de este tipo cerca de ti. Llama al número de tu médico de familia: fuera del horario de consulta, el mensaje del teléfono muchas veces te da el número del huisartsenpost. Cuando tengas internet, puedes cargar los lugares que hay cerca de ti.
care-now-no-post-near = Werkmaat no conoce el servicio de guardia de médicos de familia (huisartsenpost) de tu zona. Llama al número de tu médico de familia (huisarts): fuera del horario de consulta, el mensaje del teléfono te da el número del huisartsenpost. Si hay peligro de muerte, llama al { $emergency-phone }.
care-now-no-post-near-own-gp = Werkmaat no conoce el servicio de guardia de médicos de familia (huisartsenpost) de tu zona. Llama a tu médico de familia (huisarts), { $gp-name }: { $gp-phone }. Fuera del horario de consulta, el mensaje del teléfono te da el número del huisartsenpost. Si hay peligro de muerte, llama al { $emergency-phone }.
care-now-practice-may-be-closed = Hoy es día festivo. Algunos consultorios están abiertos y otros cerrados. Llama primero a tu consultorio: si está cerrado, el mensaje del teléfono te dice que llames al huisartsenpost. Si hay peligro de muerte, llama al { $emergency-phone }.
care-now-own-gp = Tu médico de familia (huisarts): { $gp-name }, { $gp-phone }.
