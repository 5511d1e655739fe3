# Werkmaat: the health-insurance checklist, Portuguese (European Portuguese, pt-PT; see locales/README.md).
# Questions (question-<id>, .help), their options (option-<question>-<option>), and items
# (item-<id> as the title, .text as what to do and why).
# Numbers are facts from core/content/facts.json ($fact-id), written the locale's way.
# Form of address and terms as in ui.ftl and guides.ftl: third-person imperative, no pronoun;
# franquia (eigen risico), subsídio para o seguro de saúde (zorgtoeslag), médico de família (huisarts),
# autorização por escrito (volmacht), recibo de vencimento (loonstrook), "valor do seguro" for premium.
# Counts that name a unit are wrapped in a plural selector (pt: one/many/other; many = other).

## Answers to yes/no questions

option-yes = Sim
option-no = Não

## Questions

question-works_in_nl = Trabalha nos Países Baixos?
    .help = Também conta se só trabalha aqui durante uma temporada.
question-work_start = Qual foi o seu primeiro dia de trabalho nos Países Baixos?
    .help = O dia em que começou a trabalhar aqui. Não o dia em que se inscreveu no RNI.
question-employment = Como trabalha nos Países Baixos?
option-employment-agency = Através de uma agência de trabalho temporário (uitzendbureau)
option-employment-direct = Com contrato direto com a empresa onde trabalho
option-employment-posted = Destacado: um empregador de outro país mandou-me trabalhar aqui
option-employment-self_employed = Por conta própria, como trabalhador independente (zzp)
question-has_a1 = Tem um certificado A1 do seu país?
    .help = O trabalhador destacado recebe este certificado do serviço de segurança social do seu país.
question-studies_in_nl = Está nos Países Baixos para estudar?
    .help = Numa escola, num instituto politécnico ou numa universidade. Um estudante da UE que não trabalha aqui usa o Cartão Europeu de Seguro de Doença (EHIC) e não faz um seguro holandês.
question-temporary_protection = Tem proteção temporária nos Países Baixos porque fugiu da guerra na Ucrânia?
    .help = Inscreveu-se na gemeente ao abrigo das regras da UE sobre proteção temporária. Tem no passaporte um autocolante de residência do IND ou um cartão do IND (O-document). Se não tiver a certeza, procure a carta do IND ou da gemeente que diz que tem proteção temporária.
question-stay = Quanto tempo vai ficar nos Países Baixos?
option-stay-short = Menos de { $rni-max-stay-months ->
    [one] { $rni-max-stay-months } mês
    [many] { $rni-max-stay-months } meses
   *[other] { $rni-max-stay-months } meses
}
option-stay-long = { $rni-max-stay-months ->
    [one] { $rni-max-stay-months } mês ou mais
    [many] { $rni-max-stay-months } meses ou mais
   *[other] { $rni-max-stay-months } meses ou mais
}
question-arrival_date = Em que data veio morar para os Países Baixos?
    .help = O primeiro dia em que morou aqui. Não um dia em que veio de visita.
question-registration = Onde fez a sua inscrição?
option-registration-none = Ainda não fiz a inscrição
option-registration-rni = Na lista de não residentes (RNI)
option-registration-brp = No meu município (gemeente), na base de dados de pessoas (BRP)
question-has_dutch_insurance = Tem um seguro de saúde holandês (zorgverzekering)?
question-insurance_via_employer = Tem este seguro através do seu empregador ou da sua agência?
    .help = Por exemplo, um seguro de grupo (collectieve verzekering) feito pela agência.
question-deduction_consent = Assinou uma autorização por escrito (volmacht) para o valor do seguro ser descontado do seu salário?
question-age = Quantos anos tem?
question-yearly_income = Quanto ganha, mais ou menos, num ano, antes dos impostos (bruto, em euros)? Se tiver parceiro ou parceira, indique o rendimento dos dois juntos.
    .help = Escreva o número como costuma escrevê-lo. Esta resposta só é usada neste telefone, para ver se pode receber o subsídio para o seguro de saúde (zorgtoeslag).
question-has_partner = É casado ou tem uma parceria registada, ou mora com um parceiro ou uma parceira?
    .help = Responda sim se for casado ou tiver uma parceria registada, mesmo que o seu marido, a sua mulher ou o seu parceiro more noutro país. Responda sim também se morar com um parceiro na mesma morada (para parceiros não casados há mais regras). Para o subsídio do seguro de saúde (zorgtoeslag), esta pessoa é o seu toeslagpartner, e o rendimento dela também conta.
question-job_ended = Acabou um trabalho que tinha nos Países Baixos?
    .help = Responda sim também se agora não trabalha aqui porque o trabalho acabou. Responda não se nunca trabalhou aqui.
question-leaving_nl = Vai sair dos Países Baixos de vez?
    .help = Sim, se vai morar noutro país. Não, se vai de férias ou passar pouco tempo a casa.
question-receives_benefit = Recebe um subsídio do UWV (Ziektewet ou WW)?
question-cak_letter = Recebeu uma carta do CAK sobre o seguro de saúde?
question-cak_letter_date = Qual é a data da carta do CAK?
question-has_gp = Já se inscreveu num médico de família (huisarts)?
question-has_digid = Tem DigiD?

## Items

item-take-out-insurance = Faça um seguro de saúde holandês (zorgverzekering)
    .text = Mora ou trabalha nos Países Baixos, por isso tem de ter um seguro de saúde holandês, mesmo que tenha seguro no seu país. Faça o seguro no prazo de { $insure-within-months ->
        [one] { $insure-within-months } mês
        [many] { $insure-within-months } meses
       *[other] { $insure-within-months } meses
    } a contar do dia em que começou a trabalhar ou a morar aqui: assim, tem cobertura desde esse dia. Se se atrasar, não tem cobertura para o tempo anterior, e pode receber uma multa do CAK.
item-carry-a1-and-ehic = Tenha sempre à mão o certificado A1 e o cartão EHIC
    .text = É um trabalhador destacado: um empregador estrangeiro mandou-o trabalhar aqui. Como tem um certificado A1, continua com o seguro do seu país. Leve sempre consigo o certificado A1 e o seu Cartão Europeu de Seguro de Doença (EHIC). Com o EHIC, recebe os cuidados necessários por razões médicas.
item-use-rmo = Os seus cuidados de saúde são pagos pelo RMO: mostre o passaporte e o BSN
    .text = Tem proteção temporária, por isso não precisa de fazer um seguro de saúde holandês, mesmo que trabalhe. Os seus cuidados de saúde são pagos pelo RMO (Regeling Medische zorg Ontheemden uit Oekraïne). Não paga prémio nem franquia (eigen risico). No médico de família (huisarts) e na farmácia, mostre o passaporte ou o cartão de identificação e o seu BSN, e diga que está coberto pelo RMO. Sem passaporte ou BSN também recebe cuidados, mas é pago menos. Se quiser, pode fazer um seguro holandês (zorgverzekering): nesse caso paga o prémio e pode receber zorgtoeslag. Estas regras são de 2022 e não conseguimos confirmar que ainda se aplicam este ano: pergunte na sua gemeente ou veja em rmoekraine.nl.
item-register-bsn = Faça a inscrição para receber o seu número BSN (número de serviço ao cidadão)
    .text = Precisa de um BSN para receber o salário e para ter cuidados de saúde. Se vai ficar menos de { $rni-max-stay-months ->
        [one] { $rni-max-stay-months } mês
        [many] { $rni-max-stay-months } meses
       *[other] { $rni-max-stay-months } meses
    }, inscreva-se num balcão RNI: recebe o BSN logo na hora. Se vai ficar mais tempo, inscreva-se no BRP, no município (gemeente) onde mora.
item-register-brp = Inscreva-se no seu município (gemeente)
    .text = Vai ficar { $rni-max-stay-months ->
        [one] { $rni-max-stay-months } mês
        [many] { $rni-max-stay-months } meses
       *[other] { $rni-max-stay-months } meses
    } ou mais, por isso tem de se inscrever como residente na base de dados de pessoas (BRP) do município (gemeente) onde mora. Faça-o no prazo de { $brp-register-within-days ->
        [one] { $brp-register-within-days } dia
        [many] { $brp-register-within-days } dias
       *[other] { $brp-register-within-days } dias
    } depois de chegar: marque logo uma hora e pergunte que documentos deve levar. Se não tiver morada fixa, peça ao município um endereço para correspondência (briefadres).
item-apply-digid = Peça a sua DigiD
    .text = Com a DigiD, pode entrar no Mijn UWV, pedir o subsídio para o seguro de saúde (zorgtoeslag) e usar outros serviços do governo. Faça o pedido em digid.nl e ative a DigiD no prazo de { $digid-activation-days ->
        [one] { $digid-activation-days } dia
        [many] { $digid-activation-days } dias
       *[other] { $digid-activation-days } dias
    }. Nunca dê a sua DigiD ao empregador, à agência nem ao senhorio.
item-apply-zorgtoeslag = Peça o subsídio para o seguro de saúde (zorgtoeslag)
    .text = Pelas suas respostas, é provável que possa receber zorgtoeslag: tem { $zorgtoeslag-min-age ->
        [one] { $zorgtoeslag-min-age } ano
        [many] { $zorgtoeslag-min-age } anos
       *[other] { $zorgtoeslag-min-age } anos
    } ou mais, tem um seguro de saúde holandês, e os seus rendimentos estão abaixo do limite ({ $zorgtoeslag-income-single } sem parceiro, { $zorgtoeslag-income-partner } com parceiro). As suas poupanças também têm de estar abaixo de um limite. Faça o pedido com a sua DigiD em belastingdienst.nl. Se tiver perguntas, ligue para a BelastingTelefoon: { $belastingtelefoon }.
item-check-premium-deduction = Verifique o valor do seguro que é descontado do seu salário
    .text = O seu empregador só pode descontar o valor do seguro de saúde do seu salário com duas condições: assinou uma autorização por escrito (volmacht), e a apólice está no seu nome (é o titular da apólice). O desconto não pode ser mais alto do que o valor do seguro que está na sua apólice, e nunca mais de { $insurance-deduction-max-year } por ano. Verifique o seu recibo de vencimento (loonstrook). Se não assinou nenhuma volmacht, peça por escrito ao empregador que pare o desconto.
item-stop-premium-deduction = Peça ao empregador que deixe de descontar o prémio do seu salário
    .text = Não assinou uma autorização por escrito (volmacht), por isso o empregador ou a agência não pode descontar do seu salário o prémio do seguro de saúde. Peça por escrito (por carta ou e-mail, e guarde uma cópia) que deixem de o fazer. Verifique o seu próximo recibo de vencimento (loonstrook). Se não pararem, denuncie à Nederlandse Arbeidsinspectie: { $nla-phone }.
item-choose-own-insurer = Pode escolher a sua seguradora de saúde
    .text = A escolha da seguradora de saúde (zorgverzekeraar) é sua. O seu empregador ou a sua agência pode oferecer um seguro de grupo (collectieve verzekering), mas aceitar esse seguro não é obrigatório. Compare as seguradoras antes de decidir. A Zorgverzekeringslijn responde às suas perguntas: { $zvl-phone }.
item-arrange-insurance-after-job = O trabalho acabou: confirme que continua com seguro
    .text = Um seguro de grupo através da agência acaba muitas vezes quando o trabalho acaba. Vai ficar nos Países Baixos, por isso tem de continuar com seguro. Pergunte à sua seguradora se o seu seguro ainda está ativo. Se não estiver, faça o seu próprio seguro sem esperar.
item-keep-insurance-on-benefit = Continue com seguro enquanto recebe um subsídio
    .text = Enquanto recebe do UWV um subsídio de doença (Ziektewet) ou de desemprego (WW), tem de continuar com seguro. Mas um seguro coletivo através da agência acaba muitas vezes com o trabalho. Pergunte à sua seguradora se o seguro ainda está em vigor. Se não estiver, faça logo um seguro seu. Não cancele um seguro que ainda esteja em vigor.
item-cancel-insurance-when-leaving = Cancele o seu seguro de saúde holandês quando sair dos Países Baixos
    .text = Se sair dos Países Baixos e já não tiver rendimentos dos Países Baixos, perde o direito ao seguro de saúde holandês. Primeiro, cancele a sua inscrição no município (gemeente). Depois, cancele o seu seguro e envie à seguradora a prova de que cancelou a inscrição.
item-respond-to-cak = Responda à carta do CAK
    .text = O CAK escreve às pessoas que parecem não ter seguro de saúde holandês. Depois da carta, tem { $cak-letter-months ->
        [one] { $cak-letter-months } mês
        [many] { $cak-letter-months } meses
       *[other] { $cak-letter-months } meses
    } para fazer um seguro. Se não o fizer, recebe do CAK uma multa de cerca de { $cak-fine }. Mais tarde, o próprio CAK faz um seguro em seu nome e desconta do seu salário um valor de seguro mais alto: { $cak-premium-month } por mês. Se já tem seguro, informe o CAK e envie a prova.
item-register-with-gp = Inscreva-se num médico de família (huisarts)
    .text = Inscreva-se num huisarts perto de onde mora, antes de ficar doente. O huisarts é o primeiro passo para ter cuidados de saúde e, quando é preciso, encaminha-o para um hospital ou um especialista. As consultas no huisarts não contam para a franquia (eigen risico).
item-know-eigen-risico = Saiba o que é a franquia (eigen risico)
    .text = A partir dos { $no-deductible-under-age ->
        [one] { $no-deductible-under-age } ano
        [many] { $no-deductible-under-age } anos
       *[other] { $no-deductible-under-age } anos
    } de idade, paga do seu bolso, todos os anos, os primeiros { $eigen-risico } de alguns cuidados de saúde: é a franquia (eigen risico). As consultas no huisarts não contam para o eigen risico. Os medicamentos da farmácia e os cuidados no hospital contam.

## What changed after an answer
# $item (string) - the title of the item; $deadline (string) - the new deadline, a date in words

checklist-change-added = Novo ponto: { $item }
checklist-change-removed = Já não é preciso: { $item }
checklist-change-deadline = Novo prazo para "{ $item }": { $deadline }
checklist-change-status = Alterado: { $item }

## Labels

checklist-status-todo = A fazer
checklist-status-done = Feito
checklist-status-overdue = Fora do prazo: faça isto agora
# $date (string) - a date in words
checklist-deadline = O mais tardar em { $date }
checklist-because = Por causa das suas respostas sobre:
checklist-empty = Responda às perguntas para ver o que tem de fazer.
checklist-saved = Guardado.
checklist-reset-done = As suas respostas foram apagadas.
