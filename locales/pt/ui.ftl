# Werkmaat: interface strings (errors, command-line help, language names, the tour), Portuguese (European Portuguese, pt-PT; see locales/README.md).
# Translated from the reference locale (en): same messages, attributes and variables.
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.
# Form of address: third-person imperative ("Verifique", "o seu"), no pronoun; spelling of the 1990 agreement.
# Words both sides know where one exists ("telefone", "encriptado", "o Werkmaat" instead of aplicação/aplicativo); "ficheiro" kept for file (most users are from Portugal).

## Language names. Each locale names every language in its own language;
## a language's own locale gives its native name (the picker shows both).

language-en = inglês
language-nl = holandês
language-pl = polaco
language-ro = romeno
language-bg = búlgaro
language-uk = ucraniano
language-hu = húngaro
language-lt = lituano
language-pt = português
language-es = espanhol

## Errors. They never repeat what the user typed or stored.

# $expected (number) - bytes a key must have; $actual (number) - bytes it has
error-invalid-key-length = A chave da base de dados deve ter { $expected } bytes, mas tem { $actual ->
    [one] { $actual } byte
    [many] { $actual } bytes
   *[other] { $actual } bytes
}.
error-wrong-key = Esta chave não abre o perfil. Nada foi alterado.
# $found (number) - version of the saved profile; $supported (number) - newest version this app reads
error-incompatible-version = Este perfil foi guardado por uma versão mais recente do Werkmaat (versão da base de dados: { $found }; esta versão só consegue ler versões até { $supported }). Atualize o Werkmaat. Nada foi alterado.
error-closed = O perfil está fechado. Abra o perfil de novo para continuar.
error-cancelled = Interrompido. Nada foi guardado nem alterado.
error-tampered = Alguns dados guardados não podem ser lidos: estão danificados ou foram alterados fora do Werkmaat.
error-storage = O Werkmaat não conseguiu ler nem gravar os dados neste dispositivo.
error-file = O Werkmaat não conseguiu usar um ficheiro neste dispositivo. Verifique se há espaço livre e se é possível gravar na pasta.
set-aside-warning = { $reason ->
        [lost] Em { $at }, os dados guardados deste perfil tinham desaparecido. O Werkmaat recomeçou com um perfil vazio.
       *[other] Em { $at }, não foi possível ler os dados guardados deste perfil. O Werkmaat guardou a cópia danificada como { $file } e recomeçou com um perfil vazio.
    }
cli-set-aside-acknowledge = Depois de ler isto, execute: werkmaat info --acknowledge
cli-opt-acknowledge = Deixar de mostrar o aviso sobre dados que não foi possível ler

## Explanations of a value that is not accepted.

invalid-bsn-format = O BSN (burgerservicenummer) tem 9 dígitos.
invalid-bsn-checksum = Este BSN (burgerservicenummer) não está correto. Verifique os números na carta que recebeu do município (gemeente) ou do serviço de impostos (Belastingdienst).
invalid-phone = Um número de telefone só pode ter dígitos, espaços, +, - e parênteses.
invalid-date-of-birth = A data de nascimento não pode ser no futuro.
invalid-too-long = Este texto é muito longo.
invalid-date = Escreva a data assim: ano-mês-dia, por exemplo 2026-11-28.
invalid-key-file = O ficheiro da chave deve ter exatamente 32 bytes. Use o ficheiro que o Werkmaat criou ou crie um perfil novo.
invalid-wipe-not-confirmed = Depois de apagar o perfil, não é possível voltar atrás. Se quiser mesmo apagá-lo, acrescente --yes.

## Command-line help

cli-about = Werkmaat: os seus direitos no trabalho, um diário de saúde privado e uma lista para verificar o seu seguro nos Países Baixos. Funciona sem internet.
cli-opt-data-dir = Pasta onde está o seu perfil (se não indicar outra: a pasta de dados deste computador)
cli-opt-locale = Os idiomas que prefere, o mais importante primeiro, separados por vírgulas (por exemplo: pl,en)
cli-opt-json = Mostrar o resultado em formato JSON (para outros programas)
cli-opt-today = Usar esta data como o dia de hoje em todas as regras (YYYY-MM-DD)
cli-opt-key-file = Ficheiro com a chave de 32 bytes do seu perfil (se não indicar outro: o ficheiro da chave na pasta do perfil)
cli-cmd-info = Mostrar o perfil: versão, versão da base de dados, pasta e idioma
cli-cmd-locales = Mostrar os idiomas em que o Werkmaat está disponível
cli-cmd-tour = Uma visita curta ao que o Werkmaat pode fazer, com um perfil temporário
cli-cmd-details = Os seus dados pessoais (nome, BSN, seguro, médico de família), guardados de forma encriptada
cli-cmd-details-show = Mostrar os seus dados guardados
cli-cmd-details-set = Guardar dados; os campos que não indicar ficam como estão
cli-cmd-details-clear = Apagar os seus dados guardados
cli-cmd-wipe = Apagar este perfil para sempre: a base de dados, as cópias de segurança e os ficheiros criados a partir dele
cli-opt-yes = Confirmar que quer apagar o perfil
cli-error = Erro

## Labels of the profile

info-version = Versão do Werkmaat
info-schema-version = Versão da base de dados
info-data-dir = Pasta do perfil
info-locale = Idioma
info-locales = Idiomas
locales-complete = completo
locales-incomplete = incompleto

## Personal details

details-full-name = Nome
details-date-of-birth = Data de nascimento
details-bsn = Número BSN (burgerservicenummer)
details-phone = Telefone
details-insurer = Seguradora de saúde (zorgverzekeraar)
details-policy-number = Número da apólice (polisnummer)
details-gp-name = Médico de família (huisarts)
details-gp-phone = Telefone do médico de família
details-employer = Empresa onde trabalha (werkgever)
details-agency = Agência de trabalho temporário (uitzendbureau)
details-empty = Ainda não há dados guardados.
details-saved = Os seus dados foram guardados neste dispositivo, de forma encriptada.
details-cleared = Os seus dados foram apagados.
wipe-done = O perfil foi apagado.

## The tour: a walk through Werkmaat on a temporary profile

tour-title = Werkmaat: uma visita curta
# $dir (string) - the temporary folder
tour-profile = Foi criado um perfil novo em { $dir }. Está encriptado com uma chave própria, que um telefone guarda no seu cofre seguro de chaves.
# $count (number) - how many languages
tour-languages = O Werkmaat está disponível em { $count ->
    [one] { $count } idioma
    [many] { $count } idiomas
   *[other] { $count } idiomas
}:
# $requested (string) - languages a phone asks for; $chosen (string) - the languages Werkmaat uses, in order
tour-negotiation = Um telefone configurado em { $requested } recebe: { $chosen }
tour-details = Os seus dados são guardados de forma encriptada: nenhum ficheiro do perfil contém o nome que guardou.
tour-wrong-key = Com outra chave, o perfil não abre:
tour-reopen = O perfil foi fechado e aberto de novo com a chave certa; os dados guardados continuam lá.
tour-end = Fim da visita. O perfil temporário foi apagado.

## Command-line help: headings and built-in options

cli-usage = Como usar
cli-commands = Comandos
cli-options = Opções
cli-opt-help = Mostrar esta ajuda
cli-opt-version = Mostrar a versão
invalid-key-file-missing = Falta o ficheiro da chave deste perfil. Sem ele, não é possível abrir o perfil.
invalid-usage = Este comando não foi entendido. Use --help para ver o que pode escrever.
tour-details-leak = Atenção: o nome guardado foi encontrado num ficheiro do perfil. A encriptação não funciona.
tour-failed = A visita encontrou um problema: o Werkmaat não funciona como deveria neste dispositivo.

## How facts are written. Translators: place the parts the way your language writes them.

# $amount (string) - the number, already written with this language's separators
format-money = { $amount } €
# $value (string) - the number, already written with this language's separators
format-percent = { $value }%
# $day (number) - day of the month; $month (string) - jan … dec; $year (string)
format-date = { $day } de { $month ->
    [jan] janeiro
    [feb] fevereiro
    [mar] março
    [apr] abril
    [may] maio
    [jun] junho
    [jul] julho
    [aug] agosto
    [sep] setembro
    [oct] outubro
    [nov] novembro
   *[dec] dezembro
} de { $year }

## More errors

error-unknown-guide = Não existe nenhum guia com este nome.
error-unknown-phrase = Não existe nenhum cartão de frases com este nome.
error-content = Parte da informação incluída no Werkmaat não pode ser lida. Atualize o Werkmaat ou instale-o de novo.

## Guides and phrase cards

cli-cmd-guides = Os seus direitos no trabalho e nos cuidados de saúde dos Países Baixos, em palavras simples, com as fontes
cli-cmd-guides-list = Mostrar a lista dos guias
cli-cmd-guides-show = Mostrar um guia
cli-cmd-guides-search = Procurar nos guias
cli-cmd-guides-speech = Mostrar um guia como texto para ler em voz alta, com o idioma de cada parte
cli-cmd-phrases = Cartões para mostrar num balcão, ao médico, na farmácia ou ao seu empregador: o seu idioma ao lado do holandês
cli-cmd-phrases-list = Mostrar a lista dos cartões
cli-cmd-phrases-show = Mostrar um cartão
cli-arg-guide-id = O nome do guia, como aparece na lista
cli-arg-phrase-id = O nome do cartão, como aparece na lista
cli-arg-query = Palavras a procurar
guides-sources = Fontes
# $date (string) - the date the information was checked
guides-verified = Verificado nas fontes em { $date }.
# $date (string) - last day the value is known to be right; $source (string) - where to check
guides-stale = Esta informação pode estar desatualizada: um valor ou uma regra deste guia só foi confirmado até { $date }. Verifique em: { $source }
guides-no-results = Não foi encontrado nada. Tente outra palavra, ou uma palavra holandesa como huisarts.
phrases-dutch = Em holandês (Nederlands)
tour-guide = Os guias de direitos explicam os seus direitos no trabalho e nos cuidados de saúde dos Países Baixos, com as fontes. Por exemplo:
# A word a user of this language would search for; it must occur in this language's guides
tour-search-query = seguro
# $query (string) - the words searched for
tour-search = Se procurar "{ $query }" nos guias, encontra:
tour-card = Um cartão para mostrar ao médico, na sua língua e em holandês, com os dados que guardou:

## The checklist

cli-cmd-checklist = A sua lista de verificação do seguro de saúde: o que tem de fazer, e até quando
cli-cmd-checklist-questions = Mostrar as perguntas que contam agora para o seu caso
cli-cmd-checklist-answer = Responder a uma pergunta (yes ou no, uma data YYYY-MM-DD, um número ou uma opção)
cli-cmd-checklist-show = Mostrar a sua lista de verificação, com os prazos
cli-cmd-checklist-done = Marcar um ponto da lista como feito
cli-cmd-checklist-reset = Apagar todas as suas respostas e marcações
cli-arg-question = O nome da pergunta, como aparece na lista de perguntas
cli-arg-value = A sua resposta
cli-arg-item = O nome do ponto, como aparece na lista de verificação
error-unknown-question = Não existe nenhuma pergunta com este nome.
error-unknown-item = Este ponto não está agora na sua lista de verificação.
invalid-answer-yes-no = Responda yes (sim) ou no (não).
invalid-answer-number = Responda com um número.
invalid-number-unclear = Não sabemos ao certo que número quer dizer. Escreva-o assim: { $example } (ou só algarismos, sem pontos, vírgulas nem espaços).
invalid-answer-range = Este número não é possível aqui.
invalid-answer-option = Escolha uma das respostas da lista.
# $count (number) - how many sources the guide names
tour-sources = { $count ->
    [one] ({ $count } fonte)
    [many] ({ $count } fontes)
   *[other] ({ $count } fontes)
}
tour-checklist = A lista de verificação do seguro para um exemplo: um trabalhador de agência que começou a trabalhar há seis semanas, está inscrito no RNI (lista de não residentes) e ainda não tem seguro de saúde holandês:

## The care finder

cli-cmd-care = Encontrar o lugar mais próximo: médico de família, serviço fora do horário normal, urgências do hospital ou farmácia
cli-cmd-care-nearest = Mostrar os locais de cuidados de saúde mais próximos
cli-cmd-care-search = Procurar locais de cuidados de saúde pelo nome ou pela localidade
cli-cmd-care-now = Dizer onde ir agora: o seu médico de família, o serviço fora do horário normal ou o número de emergência
cli-cmd-care-overpass = Mostrar o pedido ao OpenStreetMap para uma área, para carregar os locais quando tiver internet
cli-cmd-care-import = Carregar locais de cuidados de saúde a partir de uma resposta do OpenStreetMap (um ficheiro)
cli-opt-lat = Latitude da sua posição, por exemplo 51.37
cli-opt-lon = Longitude da sua posição, por exemplo 6.17
cli-opt-postcode = O seu código postal, por exemplo 5911 ou 5911 AB
cli-opt-limit = Quantos locais mostrar
cli-opt-kind = Que tipo de local: gp (médico de família), gp_post (serviço fora do horário normal), emergency (urgências) ou pharmacy (farmácia)
cli-opt-at = A data e a hora a usar em vez de agora (por exemplo 2026-11-28T21:30:00+01:00)
cli-opt-urgent = Há perigo de vida
cli-opt-open-now = Só os lugares que, pelo horário, estão abertos agora (ou na hora de --at)
cli-opt-bbox = A área: limites sul, oeste, norte e leste, em graus, por exemplo 51.3,6.0,51.5,6.3
cli-arg-file = O ficheiro a ler
invalid-latitude = A latitude deve ser um número entre -90 e 90.
invalid-longitude = A longitude deve ser um número entre -180 e 180.
invalid-postcode-format = Um código postal holandês tem 4 dígitos, ou 4 dígitos e 2 letras, por exemplo 5911 AB.
invalid-postcode-unknown = O Werkmaat não conhece este código postal. Verifique-o ou use a sua posição.
invalid-limit = Peça no mínimo 1 e no máximo 100 locais.
invalid-place-kind = Escolha gp, gp_post, emergency ou pharmacy.
invalid-entry-kind = Escolha symptom, incident, shift ou care_contact.
invalid-origin = Indique a sua posição (--lat e --lon) ou o seu código postal (--postcode).
invalid-time = Escreva a hora como neste exemplo: 2026-11-28T21:30:00+01:00.
invalid-bbox = Indique a área com quatro números: sul, oeste, norte e leste. A área pode ter no máximo 5 graus de largura.
invalid-osm-answer = Este ficheiro não é uma resposta do OpenStreetMap (Overpass) em JSON. Nada foi carregado.
invalid-osm-extract = Este ficheiro não é um extrato do OpenStreetMap (.osm.pbf ou .osm), ou está danificado ou incompleto. Não foi criado nenhum pacote.
tour-care = Onde ir agora, para alguém com o código postal { $postcode }:

## Content packs: updates of the information in Werkmaat

info-content = Versão da informação
cli-cmd-pack = Atualizações da informação do Werkmaat (pacotes de conteúdo) e ferramentas para quem as publica
cli-cmd-pack-keygen = Criar uma chave nova para assinar pacotes (para quem publica)
cli-cmd-pack-build = Criar e assinar um pacote com a informação desta versão do Werkmaat (para quem publica)
cli-cmd-pack-places = Criar e assinar um pacote de locais a partir de um extrato do OpenStreetMap: médicos de família (huisarts), huisartsenpost, farmácias e urgências (spoedeisende hulp) (para quem publica)
cli-cmd-pack-verify = Verificar um pacote com uma chave pública (para quem publica)
cli-cmd-pack-install = Instalar um pacote: só pacotes assinados com uma chave em que o Werkmaat confia
cli-cmd-pack-rollback = Voltar à informação que veio com o Werkmaat
cli-opt-out = O ficheiro a gravar
cli-opt-pack-key = O ficheiro com a chave secreta para assinar
cli-opt-pack-version = A versão do pacote: maior do que a de todos os pacotes anteriores
cli-opt-pack-parts = Que partes pôr no pacote, separadas por vírgulas (se não indicar nenhuma: todas)
cli-opt-pack-from = Uma pasta com ficheiros que substituem partes (facts.json, guides.json, phrases.json, checklist.json, places.json)
cli-opt-pack-from-osm = O extrato do OpenStreetMap a ler (.osm.pbf ou .osm)
cli-opt-public-key = A chave pública (64 dígitos hexadecimais)
invalid-public-key = Uma chave pública tem 64 dígitos hexadecimais.
invalid-secret-key = O ficheiro da chave secreta deve ter 64 dígitos hexadecimais.
invalid-pack-parts = Não existe nenhuma parte com este nome. As partes são: locales, facts, guides, phrases, checklist, places.
pack-refused-oversized = Esta atualização é demasiado grande. Nada foi instalado.
pack-refused-truncated = Esta atualização está incompleta: falta o fim do ficheiro. Nada foi instalado.
pack-refused-not-a-pack = Este ficheiro não é uma atualização do Werkmaat. Nada foi instalado.
pack-refused-signature = Esta atualização não foi assinada por uma entidade em que o Werkmaat confia, ou foi alterada depois de ser assinada. Nada foi instalado.
pack-refused-retired-key = Esta atualização foi assinada com uma chave que já não é usada. Nada foi instalado.
pack-refused-manifest = Esta atualização não foi preparada corretamente. Nada foi instalado.
pack-refused-format = Esta atualização foi feita para outra versão do Werkmaat. Nada foi instalado.
pack-refused-hash = Uma parte desta atualização não corresponde à sua descrição assinada. Nada foi instalado.
pack-refused-older = Esta atualização não é mais recente do que a informação que já tem. Nada foi instalado.
pack-refused-content = A informação desta atualização tem partes que não combinam entre si. Nada foi instalado.

## Trusted time for the diary: time-stamps (RFC 3161) and why one is refused
invalid-anchor-garbage = Este ficheiro não é uma resposta de um serviço de selos temporais, ou está danificado.
invalid-anchor-not-granted = O serviço de selos temporais não deu um selo temporal. Tente mais tarde ou use outro serviço.
invalid-anchor-imprint-mismatch = Este selo temporal é de outros dados, não deste diário.
invalid-anchor-nonce-mismatch = Esta resposta pertence a outro pedido. Faça um novo pedido e envie-o ao serviço.
invalid-anchor-bad-signature = A assinatura deste selo temporal não está correta: o selo foi alterado ou falsificado.
invalid-anchor-unsupported-algorithm = O Werkmaat não consegue verificar este tipo de assinatura. Verifica RSA e ECDSA P-256 com SHA-256.
invalid-anchor-missing-certificate = Falta o certificado do serviço de selos temporais. Indique este certificado como certificado de confiança.
invalid-anchor-untrusted = Este selo temporal vem de um serviço que não está na sua lista de certificados de confiança.
invalid-anchor-not-valid-at-time = O certificado do serviço de selos temporais não era válido no momento do selo temporal (por exemplo, tinha expirado).
invalid-anchor-no-time-stamping-usage = Isto foi assinado com um certificado que não é para selos temporais.
invalid-anchor-trusted-certificate = Não é possível ler o certificado de confiança. Indique um ficheiro PEM com um ou mais certificados.
invalid-anchor-empty-diary = O diário está vazio. Escreva primeiro uma entrada e depois peça um selo temporal.
invalid-anchor-no-request = Não há nenhum pedido em aberto para esta resposta. Faça um novo pedido, envie-o ao serviço de selos temporais e acrescente a resposta do serviço.
diary-anchor-requested = O pedido foi guardado no ficheiro { $file }. Quando tiver ligação à internet, envie este ficheiro a um serviço de selos temporais (RFC 3161) e depois acrescente a resposta com "werkmaat diary anchor add".
diary-anchor-added = Selo temporal acrescentado: { $tsa } confirma que o seu diário, até esta entrada, já existia nesta data e hora: { $time }.

## The diary

cli-cmd-diary = O seu diário privado de sintomas e de lesões no trabalho: o que aconteceu, quando e quão grave foi
cli-cmd-diary-vocab = Mostrar os sintomas e as partes do corpo que pode escolher
cli-cmd-diary-add = Acrescentar uma entrada: um sintoma, um acidente de trabalho, um turno ou uma ida ao médico
cli-cmd-diary-list = Mostrar as suas entradas, das mais recentes para as mais antigas
cli-cmd-diary-get = Mostrar uma entrada com todos os detalhes
cli-cmd-diary-correct = Corrigir uma entrada: a versão antiga fica guardada no histórico
cli-cmd-diary-delete = Apagar uma entrada: no lugar dela fica um espaço vazio, visível no diário
cli-cmd-diary-history = Mostrar todas as versões de uma entrada
cli-cmd-diary-hours = Verificar se os seus turnos cumprem as regras sobre horas de trabalho e descanso
cli-cmd-diary-verify = Verificar o diário, ou um ficheiro de diário que recebeu: cada entrada está como foi escrita?
cli-cmd-diary-export = Guardar o diário num ficheiro à sua escolha
cli-opt-symptom = O sintoma, como aparece em `diary vocab`
cli-opt-body-part = A parte do corpo, como aparece em `diary vocab`
cli-opt-severity = Quão forte ou grave, de 0 (nada) a 10 (o pior possível)
cli-opt-at-time = Quando (por exemplo 2026-11-28T06:30:00+01:00); se não indicar nada: agora
cli-opt-note = As suas próprias palavras
cli-opt-work-related = Foi causado pelo trabalho ou piorou por causa do trabalho
cli-opt-description = O que aconteceu, nas suas próprias palavras
cli-opt-place = Onde aconteceu (por exemplo: pavilhão 3, cais de carga)
cli-opt-task = O que estava a fazer
cli-opt-machine = A máquina, ferramenta ou substância envolvida
cli-opt-witness = O nome de alguém que viu (repita para mais pessoas)
cli-opt-reported-to = A quem contou: employer (empregador), agency (agência), bedrijfsarts (médico do trabalho), gp (médico de família) ou arbeidsinspectie (Inspeção do Trabalho); junte @ e a hora, se a souber (employer@2026-11-28T10:00:00+01:00); repita para mais
cli-opt-start = Quando começou o turno (por exemplo 2026-11-28T06:00:00+01:00)
cli-opt-end = Quando acabou o turno
cli-opt-break-minutes = Minutos de pausa durante o turno
cli-opt-from = A partir deste dia (YYYY-MM-DD)
cli-opt-to = Até este dia (YYYY-MM-DD)
cli-opt-kind-entry = Só este tipo: symptom (sintoma), incident (acidente), shift (turno) ou care_contact (ida ao médico)
cli-opt-export-file = Um ficheiro de diário (JSON) que alguém lhe deu
cli-opt-tsa-cert-verify = Verificar os selos temporais do ficheiro de diário com estes certificados de confiança (PEM), em vez dos que estão no ficheiro
cli-cmd-diary-anchor = Selos temporais: pedir a um serviço externo que confirme que o seu diário já existia num dado momento
cli-cmd-diary-anchor-request = Fazer um pedido de selo temporal para o diário tal como está agora
cli-opt-anchor-out = Onde guardar o pedido (um ficheiro .tsq para enviar ao serviço de selos temporais)
cli-cmd-diary-anchor-add = Acrescentar ao diário a resposta do serviço de selos temporais
cli-arg-anchor-response = A resposta do serviço de selos temporais (um ficheiro .tsr)
cli-opt-tsa-cert = O certificado do serviço de selos temporais em que confia (PEM)
cli-opt-format = O tipo de ficheiro: html (o relatório para o médico), fhir (para sistemas informáticos de saúde) ou json (tudo, para verificar ou guardar)
cli-opt-with-location = Pôr também no ficheiro os lugares onde esteve
cli-arg-entry = O código da entrada, como aparece na lista
cli-cmd-diary-attach = Anexar uma fotografia ou um documento (JPEG, PNG, HEIC ou PDF, até 20 MB) a uma entrada
cli-arg-attachment-file = O ficheiro a anexar
cli-opt-attachment-kind = O que mostra: photo (fotografia), payslip (recibo de vencimento, loonstrook), contract (contrato), housing (alojamento) ou other (outro)
cli-cmd-diary-attachments = Mostrar as fotografias e os documentos do diário, ou de uma entrada
cli-cmd-diary-attachment = Guardar uma cópia de um anexo, ou apagá-lo
cli-cmd-diary-attachment-get = Guardar uma cópia de um anexo (sem o local onde foi feito)
cli-cmd-diary-attachment-delete = Apagar um anexo (o diário guarda a sua impressão digital)
cli-arg-attachment = O código do anexo, como aparece na lista
cli-opt-attachment-out = Onde guardar a cópia
cli-opt-attachment-with-location = Manter na cópia o local onde a fotografia foi tirada
diary-attached = Anexado. O código: { $id }
diary-attachments-none = Não há fotografias nem documentos anexados.
diary-attachment-saved = Guardado sem o local onde foi feito: { $file }
diary-attachment-saved-with-location = Guardado com o local onde foi feito: { $file }
diary-attachment-deleted = O anexo foi apagado. O diário guarda a sua impressão digital (SHA-256), por isso vê-se que falta algo.
attachment-kind-photo = fotografia
attachment-kind-payslip = recibo de vencimento (loonstrook)
attachment-kind-contract = contrato
attachment-kind-housing = alojamento
attachment-kind-other = outro
error-unknown-entry = Não existe nenhuma entrada no diário com este código.
invalid-symptom-code = Sintoma desconhecido. Veja a lista com `diary vocab`.
invalid-body-part = Parte do corpo desconhecida. Veja a lista com `diary vocab`.
invalid-severity = Indique quão forte ou grave é com um número de 0 a 10.
invalid-empty = Escreva pelo menos algumas palavras.
invalid-reported-to = Escolha a quem contou: employer, agency, bedrijfsarts, gp ou arbeidsinspectie.
invalid-photo = Uma fotografia precisa do nome do ficheiro e da sua impressão digital SHA-256 (64 dígitos hexadecimais).
invalid-shift-order = Um turno tem de acabar depois de começar.
invalid-future-time = Uma entrada não pode ser mais tarde do que agora. Verifique a data e a hora.
invalid-shift-length = Um turno não pode durar mais de um dia. Se trabalhou mais tempo seguido, anote-o como dois turnos.
invalid-break = A pausa tem de ser mais curta do que o turno.
invalid-care-with = Escolha gp, gp_post, emergency ou bedrijfsarts.
invalid-correction-kind = Uma correção tem de ser do mesmo tipo que a entrada.
invalid-diary-export = Este ficheiro não é um diário exportado do Werkmaat.
error-unknown-attachment = Não existe nenhum anexo com este código.
invalid-attachment-format = Este ficheiro não é uma fotografia (JPEG, PNG, HEIC) nem um PDF. Não foi guardado nada.
invalid-attachment-too-large = Este ficheiro tem mais de 20 MB. Não foi guardado nada. Reduza a fotografia ou divida o documento.
invalid-attachment-kind = Escolha o que mostra: photo (fotografia), payslip (recibo de vencimento, loonstrook), contract (contrato), housing (alojamento) ou other (outro).
invalid-attachment-location-heic = Não é possível retirar de um ficheiro HEIC o local onde a fotografia foi tirada. Guarde-a com --with-location só se o local puder ser visto, ou anexe-a de novo como JPEG.
invalid-export-format = Escolha o formato html (o relatório para o médico), fhir ou json.
diary-verify-ok = O diário está certo: nenhuma entrada foi alterada desde que foi escrita.
diary-verify-bad = O diário não está certo: foi alterado, está danificado ou incompleto. A lista mostra onde.
diary-no-breaches = Nos turnos que anotou, não foi encontrada nenhuma infração a estas regras sobre horas de trabalho e descanso: { $rules }.
tour-diary = Um diário privado: um turno longo e a dor nas costas que veio depois. O Werkmaat compara o turno com as regras sobre horas de trabalho e descanso e prova que nada no diário foi alterado:
cli-cmd-diary-backup = Guardar uma cópia de segurança encriptada do diário, protegida por uma senha à sua escolha
cli-cmd-diary-restore = Restaurar uma cópia de segurança num diário vazio, por exemplo num telefone novo
cli-opt-passphrase-file = Um ficheiro com a senha da cópia de segurança
invalid-backup = Este ficheiro não é uma cópia de segurança do Werkmaat, ou está danificado ou incompleto. Nada foi restaurado.
invalid-passphrase = Esta senha não abre esta cópia de segurança. Nada foi restaurado.
invalid-passphrase-short = Use uma senha com pelo menos 8 caracteres.
invalid-restore-not-empty = Só é possível restaurar uma cópia de segurança num diário vazio.
cli-opt-care-with = Quem consultou: gp (médico de família), gp_post (serviço fora do horário normal), emergency (urgências) ou bedrijfsarts (médico do trabalho)
cli-opt-limit-entries = Quantas entradas mostrar
cli-opt-doctor-locale = A língua do médico, que aparece ao lado da sua no relatório (se não indicar nenhuma: nl)
cli-opt-identity = Que dados guardados vão para a exportação, separados por vírgulas: name, birth_date, bsn, employer, agency, insurer (se não escolher: name e birth_date; o número BSN só se pedir)
invalid-doctor-locale = Escolha para o médico uma das línguas do Werkmaat: nl, en, pl, ro, bg, uk, hu, lt, pt ou es.
invalid-identity-field = Escolha os dados para a exportação desta lista, separados por vírgulas: name, birth_date, bsn, employer, agency, insurer.
tour-report = O relatório para o médico, na sua língua e com o holandês ao lado, foi guardado aqui:

# Files the CLI reads and writes.
invalid-file-exists = Já existe um ficheiro com este nome. Não foi gravado nada.
cli-file-exists = O ficheiro { $path } já existe. Escolha outro nome ou acrescente --force para o substituir.
cli-file-in-profile = { $path } está na pasta do seu perfil. O Werkmaat não grava lá: escolha um ficheiro fora dessa pasta.
cli-file-unreadable = O Werkmaat não consegue ler o ficheiro { $path }. Verifique o nome e se o ficheiro existe mesmo.
cli-key-file-damaged = O ficheiro da chave { $path } está danificado: deve ter exatamente 32 bytes. O Werkmaat não o substitui, porque o seu perfil só abre com a chave verdadeira. Reponha uma cópia do ficheiro da chave.
cli-not-text = Um dos argumentos da linha de comandos não é texto legível (UTF-8). Escreva-o de novo ou mude o nome do ficheiro para que seja texto simples.
cli-opt-force = Substituir o ficheiro se já existir
diary-verify-proves-witness = Também corresponde ao último estado guardado neste aparelho, por isso não foram retiradas entradas mais recentes. Não prova quando as entradas foram escritas.
diary-verify-proves-head = Nada fora do telemóvel garante este diário. A verificação só prova que corresponde à sua impressão digital: compare-a com uma impressão digital que recebeu antes.
diary-verify-proves-anchor = Um serviço de selos temporais confirmou o diário até um certo momento: as entradas até esse ponto já existiam e não mudaram desde então.
diary-verify-clock = As horas das entradas vêm do relógio do telemóvel: são o que o telemóvel indicava, não uma prova.
invalid-witness-file = Não é possível ler o ficheiro de controlo (o nome do ficheiro da chave mais .witness). Não o apague: mostra se o diário foi reposto num estado mais antigo.
diary-damaged = Algumas entradas não podem ser lidas (estão danificadas) e ficam de fora. Use "werkmaat diary verify" para ver quais.
