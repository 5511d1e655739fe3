# Werkmaat: the care finder. Kinds of places, and the advice "where do I go now".
# Portuguese (European Portuguese, pt-PT; see locales/README.md). Third-person address without a pronoun, as in pt/ui.ftl. Same words as pt/guides.ftl.
# $emergency-phone (string) - the emergency number, a fact (112)

## Kinds of places

care-kind-gp = Médico de família (huisarts)
care-kind-gp_post = Serviço de médicos de família fora do horário normal (huisartsenpost)
care-kind-emergency = Urgências do hospital (spoedeisende hulp, SEH)
care-kind-pharmacy = Farmácia (apotheek)
care-position-approximate = Aparece no centro da localidade: não se conhece a localização exata, por isso a distância é aproximada.
care-open-now = Aberto agora
care-closed-now = Fechado agora
# $km (number) - the distance to a place in kilometres, rounded to one decimal
care-distance = { $km } km

## Where to go now

care-now-gp = É dia útil e o consultório do seu médico de família (huisarts) está aberto agora. Ligue primeiro para o seu huisarts. Se houver perigo de vida, ligue para o { $emergency-phone }.
care-now-gp-post = O consultório do seu médico de família (huisarts) está fechado agora, porque é fim do dia, noite, fim de semana ou feriado. Ligue primeiro para o serviço de médicos de família fora do horário normal (huisartsenpost). Não vá lá sem ligar antes. Se houver perigo de vida, ligue para o { $emergency-phone }.
care-now-emergency = Ligue agora para o { $emergency-phone } e peça uma ambulância. Abaixo estão as urgências (spoedeisende hulp) dos hospitais mais próximos. Só vá lá se a pessoa que atende a chamada de emergência ou um médico lhe disser para ir.
care-now-none-known = O Werkmaat ainda não conhece nenhum lugar deste tipo perto de onde está. Ligue para o número do seu médico de família: fora do horário de atendimento, a mensagem do telefone muitas vezes dá o número do huisartsenpost. Quando tiver internet, pode carregar os lugares perto de onde está.
care-now-no-post-near = O Werkmaat não conhece o serviço de médicos de família fora do horário normal (huisartsenpost) da sua zona. Ligue para o número do seu médico de família (huisarts): fora do horário de atendimento, a mensagem do telefone dá o número do huisartsenpost. Se houver perigo de vida, ligue para o { $emergency-phone }.
care-now-no-post-near-own-gp = O Werkmaat não conhece o serviço de médicos de família fora do horário normal (huisartsenpost) da sua zona. Ligue para o seu médico de família (huisarts), { $gp-name }: { $gp-phone }. Fora do horário de atendimento, a mensagem do telefone dá o número do huisartsenpost. Se houver perigo de vida, ligue para o { $emergency-phone }.
care-now-practice-may-be-closed = Hoje é feriado. Alguns consultórios estão abertos e outros fechados. Ligue primeiro para o seu consultório: se estiver fechado, a mensagem do telefone diz para ligar para o huisartsenpost. Se houver perigo de vida, ligue para o { $emergency-phone }.
care-now-own-gp = O seu médico de família (huisarts): { $gp-name }, { $gp-phone }.
