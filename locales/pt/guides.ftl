# Werkmaat: rights guides, Portuguese (European Portuguese, pt-PT; see locales/README.md).
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.
# Each guide: guide-<id> (title) with .summary; each section: guide-<id>-<section> (heading) with .body.
# Every number, amount, date, time and phone number is a fact variable ($fact-id) from
# core/content/facts.json, written the locale's way by Werkmaat: no digits in the text itself.
# Form of address as in ui.ftl: third-person imperative ("Verifique", "o seu"), no pronoun.
# Counts that name a unit are wrapped in a plural selector (pt: one/many/other; many = other).

## Guide: arriving
guide-arriving = Chegar aos Países Baixos
    .summary = O seu número BSN (número de serviço ao cidadão), a inscrição no RNI ou no BRP, e o seu acesso DigiD.
guide-arriving-bsn = O seu número BSN (número de serviço ao cidadão)
    .body =
        Nos Países Baixos precisa de um número de serviço ao cidadão (burgerservicenummer, BSN). O seu empregador ou a sua agência precisa dele para lhe pagar. Também precisa dele para a sua DigiD e quando liga para um médico.
        Recebe o BSN quando faz a inscrição. A forma de inscrição depende do tempo que vai ficar.
        Guarde o papel com o seu BSN num lugar seguro.
guide-arriving-register = Inscrição: RNI ou BRP
    .body =
        - Vai ficar menos de { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } mês
            [many] { $rni-max-stay-months } meses
           *[other] { $rni-max-stay-months } meses
        }: inscreva-se na lista de não residentes (Registratie Niet-ingezetenen, RNI). Há { $rni-desks ->
            [one] { $rni-desks } balcão RNI
            [many] { $rni-desks } balcões RNI
           *[other] { $rni-desks } balcões RNI
        } (RNI-loket), por exemplo em Amsterdam, Rotterdam, Den Haag, Utrecht, Eindhoven, Venlo, Groningen e Zwolle.
        - Vai morar nos Países Baixos mais de { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } mês
            [many] { $rni-max-stay-months } meses
           *[other] { $rni-max-stay-months } meses
        } num período de { $brp-stay-period-months ->
            [one] { $brp-stay-period-months } mês
            [many] { $brp-stay-period-months } meses
           *[other] { $brp-stay-period-months } meses
        }: inscreva-se como residente na base de dados de pessoas (Basisregistratie Personen, BRP), no município (gemeente) onde mora. A lei dá-lhe { $brp-register-within-days ->
            [one] { $brp-register-within-days } dia
            [many] { $brp-register-within-days } dias
           *[other] { $brp-register-within-days } dias
        } depois de chegar. Se primeiro se inscreveu no RNI e depois fica mais tempo, inscreva-se também no município (gemeente).
        A inscrição no RNI é gratuita, e recebe o BSN logo na hora. Pergunte no balcão que documentos deve levar.
        Se não fala holandês, inglês nem alemão, leve o seu próprio intérprete.
        O guia sobre a inscrição no município explica mais, também o que fazer se não tiver morada.
guide-arriving-digid = O seu acesso DigiD
    .body =
        A DigiD é o seu acesso pessoal aos serviços do governo holandês, por exemplo Mijn UWV e o subsídio para o seguro de saúde (zorgtoeslag).
        Se fez a inscrição no RNI e é cidadão de um país do Espaço Económico Europeu (EEE):
        - peça a DigiD em digid.nl e escolha "Ik woon buiten Nederland" (Moro fora dos Países Baixos);
        - precisa de um passaporte ou cartão de identidade válido de um país do EEE (a carta de condução não serve), do seu BSN, de um telemóvel e de um endereço de e-mail;
        - depois recebe um código de levantamento (baliecode). É válido durante { $digid-activation-days ->
            [one] { $digid-activation-days } dia
            [many] { $digid-activation-days } dias
           *[other] { $digid-activation-days } dias
        }. Nesse prazo, levante o código de ativação num balcão DigiD, por exemplo em Den Haag, Maastricht, Schiphol, Enschede ou Echt-Susteren.
        - Uma videochamada com Nederland Wereldwijd só é possível se estiver fora dos Países Baixos no momento da chamada. Se estiver nos Países Baixos, vá a um balcão DigiD.
        Se fez a inscrição no BRP, peça a DigiD em digid.nl com o seu endereço nos Países Baixos.
        A sua DigiD é só sua. Não dê os seus dados de acesso ao empregador, à agência nem ao senhorio.
guide-arriving-help = Próximos passos e ajuda
    .body =
        - Faça um seguro de saúde holandês (zorgverzekering) no prazo de { $insure-within-months ->
            [one] { $insure-within-months } mês
            [many] { $insure-within-months } meses
           *[other] { $insure-within-months } meses
        } depois de começar a trabalhar ou a morar aqui. A lista de verificação do seguro no Werkmaat pode ajudar.
        - Perguntas sobre a inscrição: o seu município (gemeente), ou rvig.nl.
        - Perguntas sobre a DigiD: digid.nl.
        - O Work in NL tem pontos de informação para trabalhadores migrantes da UE em todas as regiões do mercado de trabalho: workinnl.nl.

## Guide: contract
guide-contract = O seu contrato e o trabalho temporário
    .summary = As fases de um contrato de trabalho temporário, a cláusula de agência, a nova CAO do trabalho temporário e a licença das agências.
guide-contract-phases = As fases do trabalho temporário
    .body =
        A convenção coletiva de trabalho para trabalhadores temporários (CAO voor Uitzendkrachten) usa fases:
        - Fase A: no máximo { $phase-a-max-weeks ->
            [one] { $phase-a-max-weeks } semana
            [many] { $phase-a-max-weeks } semanas
           *[other] { $phase-a-max-weeks } semanas
        } em que trabalhou. As semanas de férias pagas também contam.
        - Fase B: no máximo { $phase-b-max-years ->
            [one] { $phase-b-max-years } ano
            [many] { $phase-b-max-years } anos
           *[other] { $phase-b-max-years } anos
        }, e no máximo { $phase-b-max-contracts ->
            [one] { $phase-b-max-contracts } contrato com data de fim
            [many] { $phase-b-max-contracts } contratos com data de fim
           *[other] { $phase-b-max-contracts } contratos com data de fim
        } (contract voor bepaalde tijd).
        - Fase C: um contrato sem data de fim (contract voor onbepaalde tijd).
        Depois de uma interrupção de mais de { $phase-reset-break-months ->
            [one] { $phase-reset-break-months } mês
            [many] { $phase-reset-break-months } meses
           *[other] { $phase-reset-break-months } meses
        }, a contagem começa de novo. Uma nova lei prevista (Wet meer zekerheid flexwerkers) pode tornar a fase B mais curta e esta interrupção mais longa. Isto ainda não é certo.
        Pergunte por escrito à sua agência em que fase está.
guide-contract-clause = A cláusula de agência (uitzendbeding)
    .body =
        Um contrato na fase A pode ter uma cláusula de agência (uitzendbeding). Nesse caso, o seu contrato acaba automaticamente quando a empresa onde trabalha (inlener) termina o seu trabalho lá.
        Desde { $uitzendbeding-sickness-date }, esta cláusula já não pode acabar com o seu contrato porque está doente. O seu contrato continua até à data de fim que está escrita nele, e a agência paga o seu salário até essa data.
        Depois de { $uitzendbeding-notice-after-weeks ->
            [one] { $uitzendbeding-notice-after-weeks } semana
            [many] { $uitzendbeding-notice-after-weeks } semanas
           *[other] { $uitzendbeding-notice-after-weeks } semanas
        } de trabalho, a agência tem de avisar com { $uitzendbeding-notice-days ->
            [one] { $uitzendbeding-notice-days } dia
            [many] { $uitzendbeding-notice-days } dias
           *[other] { $uitzendbeding-notice-days } dias
        } de antecedência que o seu trabalho vai acabar.
guide-contract-new-cao = A nova CAO do trabalho temporário
    .body =
        A partir de { $cao-2026-start } aplica-se uma nova CAO voor Uitzendkrachten. As organizações das agências fizeram este acordo com o sindicato LBV. Os sindicatos FNV e CNV não fazem parte dele.
        - Tem direito a salário e condições equivalentes (gelijkwaardig) aos dos trabalhadores comparáveis da empresa onde trabalha: salário, subsídios, férias, regras em caso de doença e formação.
        - Há um só regime de pensões. Começa a acumular pensão desde o primeiro dia.
        - Os contratos de zero horas (nulurencontracten) deixam de existir.
        - Extras da CAO antiga, por exemplo dias de férias a mais ou um salário mais alto durante a doença, podem desaparecer se a empresa onde trabalha não os der.
        Ainda não estão claros todos os detalhes. Pergunte por escrito à sua agência que salário e que condições valem no seu caso.
guide-contract-licence = Uma licença para as agências (Wtta)
    .body =
        Com uma nova lei (Wtta), as agências precisam de uma licença.
        - A lei entra em vigor em { $wtta-start }. As agências têm de pedir a licença antes dessa data.
        - A partir de { $wtta-enforcement-start }, a Inspeção do Trabalho dos Países Baixos (Nederlandse Arbeidsinspectie) pode multar as agências sem licença e as empresas que trabalham com elas.
        - Para ter licença, uma agência tem de pagar uma caução de { $wtta-deposit } e mostrar que cumpre as regras, por exemplo que paga o salário mínimo.
        Pergunte à sua agência se está registada: se tem licença ou se já a pediu. Não conseguimos confirmar onde pode verificar isto por conta própria.
guide-contract-help = Quem ajuda
    .body =
        - Juridisch Loket, aconselhamento jurídico gratuito: juridischloket.nl.
        - FNV, um sindicato: fnv.nl.
        - Arbeidsinspectie: { $nla-phone }, nlarbeidsinspectie.nl.
        - Pontos de informação do Work in NL: workinnl.nl.
        Guarde os seus contratos, os recibos de salário e todas as mensagens da agência.

## Guide: pay
guide-pay = Salário
    .summary = O salário mínimo, o subsídio de férias, as férias, o recibo de vencimento e o que o empregador pode descontar do seu salário.
guide-pay-minimum = O salário mínimo
    .body =
        A partir dos { $minimum-wage-adult-age ->
            [one] { $minimum-wage-adult-age } ano
            [many] { $minimum-wage-adult-age } anos
           *[other] { $minimum-wage-adult-age } anos
        } de idade, tem de receber pelo menos o salário mínimo legal (minimumloon): { $minimum-wage-hour } brutos por hora.
        O salário mínimo muda todos os anos, em janeiro e em julho. O valor acima pode já estar desatualizado: confirme o valor de hoje em rijksoverheid.nl.
        Os trabalhadores com menos de { $minimum-wage-adult-age ->
            [one] { $minimum-wage-adult-age } ano
            [many] { $minimum-wage-adult-age } anos
           *[other] { $minimum-wage-adult-age } anos
        } têm um salário mínimo mais baixo. Depende da idade.
        O salário mínimo também vale para o trabalho pago à peça ou por produção (stukloon) e para as horas extra. A lei não dá pagamento a mais pelas horas extra. A sua CAO ou o seu contrato podem dar mais.
guide-pay-holiday = Subsídio de férias e férias
    .body =
        - Subsídio de férias (vakantiegeld): pelo menos { $holiday-allowance-percent } do seu salário bruto. É pago pelo menos uma vez por ano, normalmente em maio ou junho. Com uma CAO, também no trabalho temporário, pode ser pago todos os meses.
        - Férias (vakantiedagen): todos os anos, pelo menos { $leave-weeks-per-year ->
            [one] { $leave-weeks-per-year } vez
            [many] { $leave-weeks-per-year } vezes
           *[other] { $leave-weeks-per-year } vezes
        } as horas que trabalha numa semana. Se trabalha a tempo inteiro, isso dá { $leave-days-full-time ->
            [one] { $leave-days-full-time } dia
            [many] { $leave-days-full-time } dias
           *[other] { $leave-days-full-time } dias
        }.
        - Os dias de férias previstos na lei deixam de valer { $leave-lapse-months ->
            [one] { $leave-lapse-months } mês
            [many] { $leave-lapse-months } meses
           *[other] { $leave-lapse-months } meses
        } depois do fim do ano em que os ganhou.
guide-pay-payslip = Verifique o seu recibo de vencimento (loonstrook)
    .body =
        Verifique sempre o seu recibo de vencimento (loonstrook):
        - as horas: compare-as com as suas próprias notas, por exemplo no diário do Werkmaat;
        - o seu salário por hora: pelo menos o salário mínimo para a sua idade;
        - o subsídio de férias e as férias: são pagos, ou ficam guardados para mais tarde?
        - os descontos (inhoudingen): o que foi tirado do seu salário, e qual o motivo.
        Se houver um erro, peça por escrito à sua agência que o corrija. Guarde todos os recibos de salário.
guide-pay-deductions = O que pode ser descontado do seu salário
    .body =
        Desde { $deductions-forbidden-since }, o empregador não pode tirar dinheiro do seu salário mínimo, nem descontar-lhe outros custos. As únicas exceções são o alojamento e o seguro de saúde, e só com a sua autorização por escrito (volmacht).
        - Alojamento: no máximo { $housing-deduction-max-percent } do salário mínimo bruto que vale para o seu caso. O governo tinha um plano para baixar este limite passo a passo. A { $housing-phaseout-stopped-date }, o governo suspendeu esse plano, por agora, mas o limite ainda pode mudar.
        - Seguro de saúde: no máximo { $insurance-deduction-max-year } por ano (este limite muda todos os anos), e nunca mais do que o valor do seguro que está na sua apólice. Tem de ser o titular da apólice e dar ao empregador uma cópia da apólice.
        A volmacht tem de indicar:
        - o seu nome e o nome do empregador;
        - o valor;
        - para que custos é, por exemplo a renda, os custos de serviços, e a energia ou a água com um contador separado só para o seu consumo.
guide-pay-help = Quem ajuda
    .body =
        - Salário abaixo do mínimo: Inspeção do Trabalho dos Países Baixos (Nederlandse Arbeidsinspectie), { $nla-phone }, nlarbeidsinspectie.nl.
        - Aconselhamento jurídico gratuito: Juridisch Loket, juridischloket.nl.
        - Sindicato: FNV, fnv.nl.

## Guide: hours
guide-hours = Horário de trabalho e descanso
    .summary = Quanto tempo pode trabalhar, e o descanso e as pausas a que tem direito.
guide-hours-limits = Quanto tempo pode trabalhar
    .body =
        A lei do horário de trabalho (Arbeidstijdenwet) põe limites para os adultos:
        - no máximo { $max-shift-hours ->
            [one] { $max-shift-hours } hora
            [many] { $max-shift-hours } horas
           *[other] { $max-shift-hours } horas
        } num turno;
        - no máximo { $max-week-hours ->
            [one] { $max-week-hours } hora
            [many] { $max-week-hours } horas
           *[other] { $max-week-hours } horas
        } numa semana;
        - em média, no máximo { $average-short-period-hours ->
            [one] { $average-short-period-hours } hora
            [many] { $average-short-period-hours } horas
           *[other] { $average-short-period-hours } horas
        } por semana, ao longo de { $average-short-period-weeks ->
            [one] { $average-short-period-weeks } semana
            [many] { $average-short-period-weeks } semanas
           *[other] { $average-short-period-weeks } semanas
        };
        - em média, no máximo { $average-long-period-hours ->
            [one] { $average-long-period-hours } hora
            [many] { $average-long-period-hours } horas
           *[other] { $average-long-period-hours } horas
        } por semana, ao longo de { $average-long-period-weeks ->
            [one] { $average-long-period-weeks } semana
            [many] { $average-long-period-weeks } semanas
           *[other] { $average-long-period-weeks } semanas
        }.
        A sua CAO pode ter regras próprias, mas elas têm de ficar dentro dos limites da lei.
guide-hours-rest = Descanso entre turnos e durante a semana
    .body =
        - Descanso diário (dagelijkse rusttijd): depois do seu dia de trabalho, pelo menos { $daily-rest-hours ->
            [one] { $daily-rest-hours } hora seguida
            [many] { $daily-rest-hours } horas seguidas
           *[other] { $daily-rest-hours } horas seguidas
        } de descanso. Uma vez em cada { $rest-period-days ->
            [one] { $rest-period-days } dia
            [many] { $rest-period-days } dias
           *[other] { $rest-period-days } dias
        }, este descanso pode ser mais curto, mas tem de ter pelo menos { $daily-rest-shortened-hours ->
            [one] { $daily-rest-shortened-hours } hora
            [many] { $daily-rest-shortened-hours } horas
           *[other] { $daily-rest-shortened-hours } horas
        }, e só se o trabalho o exigir.
        - Descanso semanal (wekelijkse rusttijd): pelo menos { $weekly-rest-hours ->
            [one] { $weekly-rest-hours } hora seguida
            [many] { $weekly-rest-hours } horas seguidas
           *[other] { $weekly-rest-hours } horas seguidas
        } de descanso em cada período de { $rest-period-days ->
            [one] { $rest-period-days } dia
            [many] { $rest-period-days } dias
           *[other] { $rest-period-days } dias
        }, ou { $weekly-rest-long-period-hours ->
            [one] { $weekly-rest-long-period-hours } hora
            [many] { $weekly-rest-long-period-hours } horas
           *[other] { $weekly-rest-long-period-hours } horas
        } em cada período de { $weekly-rest-long-period-days ->
            [one] { $weekly-rest-long-period-days } dia
            [many] { $weekly-rest-long-period-days } dias
           *[other] { $weekly-rest-long-period-days } dias
        }. O descanso de { $weekly-rest-long-period-hours ->
            [one] { $weekly-rest-long-period-hours } hora
            [many] { $weekly-rest-long-period-hours } horas
           *[other] { $weekly-rest-long-period-hours } horas
        } pode ser dividido em blocos de pelo menos { $weekly-rest-min-block-hours ->
            [one] { $weekly-rest-min-block-hours } hora
            [many] { $weekly-rest-min-block-hours } horas
           *[other] { $weekly-rest-min-block-hours } horas
        }.
guide-hours-breaks = Pausas (pauze)
    .body =
        - Se trabalha mais de { $break-threshold-hours ->
            [one] { $break-threshold-hours } hora
            [many] { $break-threshold-hours } horas
           *[other] { $break-threshold-hours } horas
        }: pelo menos { $break-minutes ->
            [one] { $break-minutes } minuto
            [many] { $break-minutes } minutos
           *[other] { $break-minutes } minutos
        } de pausa. Pode dividir a pausa em partes de pelo menos { $break-part-minutes ->
            [one] { $break-part-minutes } minuto
            [many] { $break-part-minutes } minutos
           *[other] { $break-part-minutes } minutos
        }.
        - Se trabalha mais de { $long-day-threshold-hours ->
            [one] { $long-day-threshold-hours } hora
            [many] { $long-day-threshold-hours } horas
           *[other] { $long-day-threshold-hours } horas
        }: pelo menos { $long-day-break-minutes ->
            [one] { $long-day-break-minutes } minuto
            [many] { $long-day-break-minutes } minutos
           *[other] { $long-day-break-minutes } minutos
        } de pausa, em partes de pelo menos { $break-part-minutes ->
            [one] { $break-part-minutes } minuto
            [many] { $break-part-minutes } minutos
           *[other] { $break-part-minutes } minutos
        }.
        As pausas não são pagas, a não ser que o seu contrato ou a sua CAO diga que são.
guide-hours-night = Turnos da noite (nachtdienst)
    .body =
        Não conseguimos confirmar totalmente estas regras: as nossas fontes são mais antigas. Em caso de dúvida, pergunte à Arbeidsinspectie ou a um sindicato.
        - Um turno da noite tem no máximo { $night-shift-max-hours ->
            [one] { $night-shift-max-hours } hora
            [many] { $night-shift-max-hours } horas
           *[other] { $night-shift-max-hours } horas
        }.
        - Pode fazer no máximo { $night-shifts-max ->
            [one] { $night-shifts-max } turno da noite
            [many] { $night-shifts-max } turnos da noite
           *[other] { $night-shifts-max } turnos da noite
        } em { $night-shifts-period-weeks ->
            [one] { $night-shifts-period-weeks } semana
            [many] { $night-shifts-period-weeks } semanas
           *[other] { $night-shifts-period-weeks } semanas
        }.
        - Ao longo de { $night-shifts-period-weeks ->
            [one] { $night-shifts-period-weeks } semana
            [many] { $night-shifts-period-weeks } semanas
           *[other] { $night-shifts-period-weeks } semanas
        }, pode trabalhar em média no máximo { $night-average-hours ->
            [one] { $night-average-hours } hora
            [many] { $night-average-hours } horas
           *[other] { $night-average-hours } horas
        } por semana.
guide-hours-record = Anote as suas horas e peça ajuda
    .body =
        Escreva todos os dias a que horas começa, a que horas acaba e quanto tempo duram as pausas. O diário do Werkmaat pode ajudar. Compare as suas notas com o recibo de vencimento.
        Se tiver de trabalhar demasiado tempo ou tiver pouco descanso, fale com a Inspeção do Trabalho dos Países Baixos (Nederlandse Arbeidsinspectie):
        - { $nla-phone } (grátis), ou do estrangeiro { $nla-phone-abroad };
        - nlarbeidsinspectie.nl.
        Para aconselhamento, também pode falar com a FNV (fnv.nl) ou com o Juridisch Loket (juridischloket.nl).

## Guide: housing
guide-housing = Alojamento através do trabalho
    .summary = A renda descontada do seu salário, as regras de qualidade do alojamento e o que fazer quando o trabalho acaba.
guide-housing-deduction = A renda descontada do salário
    .body =
        O empregador só pode descontar a renda do seu salário mínimo com a sua autorização por escrito (volmacht), e no máximo { $housing-deduction-max-percent } do salário mínimo bruto que vale para o seu caso.
        A volmacht tem de indicar o seu nome e o nome do empregador, o valor e para que custos é: renda, custos de serviços, e energia ou água com um contador separado só para o seu consumo.
        O governo tinha um plano para baixar este limite. Parou esse plano por agora, mas o limite ainda pode mudar.
guide-housing-quality = Regras para o alojamento
    .body =
        A renda só pode ser descontada do seu salário se o alojamento cumprir uma regra de qualidade:
        - é uma casa de uma empresa de habitação social (woningcorporatie); ou
        - cumpre a norma de qualidade da CAO, e o senhorio tem um certificado para essa norma. Para as agências, é a norma SNF (SNF-norm).
        A nova CAO do trabalho temporário mantém um sistema de pontos para o preço e a qualidade do alojamento dos trabalhadores migrantes.
        Peça por escrito à sua agência ou ao senhorio que mostre que o alojamento tem certificado.
guide-housing-papers = Um contrato de arrendamento separado
    .body =
        A sua casa e o seu trabalho são coisas diferentes. Se é trabalhador migrante de outro país da UE e o arrendamento começou a { $wgv-separate-contract-since } ou depois, a lei (Wet goed verhuurderschap) exige que o contrato de arrendamento (huurcontract) seja um documento separado do contrato de trabalho (arbeidsovereenkomst).
        - Assim, o arrendamento não acaba automaticamente quando o trabalho acaba.
        - O senhorio também tem de lhe explicar por escrito os seus direitos e deveres, numa língua que compreenda.
        - Se recebeu um só contrato para as duas coisas, peça por escrito um contrato de arrendamento separado.
        Guarde cópias do contrato de arrendamento, da volmacht e de todas as mensagens sobre o seu alojamento.
guide-housing-job-ends = Quando o trabalho acaba
    .body =
        Se o empregador trata da sua casa e também do seu seguro de saúde, pode perder os dois ao mesmo tempo quando o trabalho acaba.
        Com um contrato de arrendamento separado, o arrendamento não acaba só porque o trabalho acaba. Uma CAO antiga do trabalho temporário prometia algumas semanas de alojamento depois do fim do contrato. Não conseguimos confirmar se isto ainda vale com a nova CAO. Pergunte por escrito à sua agência quanto tempo pode ficar.
        O seguro de saúde através da agência acaba muitas vezes com o trabalho. Se ficar nos Países Baixos, tem de continuar com seguro: faça o seu próprio seguro de saúde (zorgverzekering). Também enquanto receber um subsídio holandês de doença (Ziektewet) ou de desemprego (WW) tem de ter seguro: confirme que a sua apólice continua em vigor, e mantenha-a.
        Veja também o guia sobre a perda do emprego.
guide-housing-help = O que fazer e quem ajuda
    .body =
        - Faça as suas perguntas por escrito, por exemplo por e-mail, e guarde as respostas e todos os papéis.
        - Juridisch Loket, aconselhamento jurídico gratuito: juridischloket.nl.
        - FNV, um sindicato: fnv.nl.
        - Pontos de informação do Work in NL: workinnl.nl.
        - O seu município (gemeente): pergunte que ajuda existe se perder a casa.
        - Perguntas sobre o seguro de saúde: Zorgverzekeringslijn, { $zvl-phone }, zorgverzekeringslijn.nl.
        Se alguém usa o alojamento como ameaça para o obrigar a trabalhar, fale com a FairWork (fairwork.nu). Em perigo, ligue para o { $emergency-phone }.

## Guide: sickness
guide-sickness = Doença
    .summary = Como avisar que está doente, o seu salário durante a doença e o que o UWV faz pelos trabalhadores temporários.
guide-sickness-report = Avisar que está doente
    .body =
        - Avise a sua agência de que está doente o mais cedo possível, e antes das { $report-sick-before }.
        - Fique em casa e esteja contactável até às { $stay-home-until }. O UWV pode verificar se está em casa.
        - Se, enquanto estiver doente, ficar noutra morada, indique essa morada (verpleegadres).
        - Colabore no seu regresso ao trabalho (re-integratie).
        Estas são as regras habituais no setor do trabalho temporário. A sua agência pode ter regras próprias: peça-as por escrito.
guide-sickness-pay = O seu salário quando está doente
    .body =
        - O empregador paga pelo menos { $sick-pay-percent } do seu salário, durante no máximo { $sick-pay-max-weeks ->
            [one] { $sick-pay-max-weeks } semana
            [many] { $sick-pay-max-weeks } semanas
           *[other] { $sick-pay-max-weeks } semanas
        }.
        - Durante { $sick-pay-minimum-wage-weeks ->
            [one] { $sick-pay-minimum-wage-weeks } semana
            [many] { $sick-pay-minimum-wage-weeks } semanas
           *[other] { $sick-pay-minimum-wage-weeks } semanas
        } a contar do início da doença, recebe pelo menos o salário mínimo.
        - Dias de espera (wachtdagen) sem salário: no máximo { $waiting-days-max ->
            [one] { $waiting-days-max } dia
            [many] { $waiting-days-max } dias
           *[other] { $waiting-days-max } dias
        }, e só se o seu contrato ou a sua CAO o disser.
        Muitas CAO pagam mais. Com a nova CAO do trabalho temporário, o seu salário durante a doença pode seguir as regras da empresa onde trabalha, mas nunca pode ser menos do que a lei manda.
guide-sickness-agency = Trabalhadores temporários e o UWV
    .body =
        Se a sua agência segue a CAO do trabalho temporário, não pode acabar com o seu contrato porque está doente. Continua a pagar o seu salário enquanto o contrato durar.
        Se ainda estiver doente quando o contrato acabar, a agência ou o empregador comunica isso ao UWV, e pode receber um subsídio de doença (Ziektewet). Algumas agências pagam elas próprias este subsídio (eigenrisicodrager).
        Se a agência não comunicar a sua doença ao UWV a tempo, pode avisar o UWV diretamente por telefone: UWV Telefoon Werknemers. Não conseguimos confirmar o número: procure-o em uwv.nl.
        A sua comunicação de doença fica no Mijn UWV. Entra com a sua DigiD.
guide-sickness-after-contract = Doente depois do fim do contrato (Ziektewet)
    .body =
        Se ficar doente até { $sick-after-contract-weeks ->
            [one] { $sick-after-contract-weeks } semana
            [many] { $sick-after-contract-weeks } semanas
           *[other] { $sick-after-contract-weeks } semanas
        } depois do fim do contrato, ninguém comunica a doença por si: tem de ser o próprio a comunicá-la ao UWV. Faça-o no primeiro dia de doença e, o mais tardar, no prazo de { $report-sick-uwv-days ->
            [one] { $report-sick-uwv-days } dia
            [many] { $report-sick-uwv-days } dias
           *[other] { $report-sick-uwv-days } dias
        }. Ligue para o UWV Telefoon Werknemers.
        Se recebe WW, comunique a doença no Mijn UWV, também no prazo de { $report-sick-uwv-days ->
            [one] { $report-sick-uwv-days } dia
            [many] { $report-sick-uwv-days } dias
           *[other] { $report-sick-uwv-days } dias
        }.
        - O subsídio Ziektewet é { $ziektewet-percent } do seu salário diário (dagloon): a média do que ganhava por dia no ano antes de ficar doente.
        - Não há mínimo: o subsídio pode ser mais baixo do que o salário mínimo. Se o seu agregado familiar não tiver o suficiente para viver, peça ao UWV um complemento (toeslag).
        - O Ziektewet dura no máximo { $ziektewet-max-weeks ->
            [one] { $ziektewet-max-weeks } semana
            [many] { $ziektewet-max-weeks } semanas
           *[other] { $ziektewet-max-weeks } semanas
        }. Por volta da semana { $ezwb-week }, o UWV avalia quanto ainda consegue ganhar. Se tiver menos de { $wia-threshold-percent } de incapacidade, o Ziektewet acaba um mês depois.
guide-sickness-long = Se estiver doente durante muito tempo
    .body =
        Um subsídio WIA pode começar depois de { $sick-pay-max-weeks ->
            [one] { $sick-pay-max-weeks } semana
            [many] { $sick-pay-max-weeks } semanas
           *[other] { $sick-pay-max-weeks } semanas
        } de doença. Tem de o pedir antes, enquanto ainda está doente:
        - Por volta da semana { $wia-letter-week }, o UWV manda-lhe uma carta.
        - Faça o pedido entre a semana { $wia-letter-week } e a semana { $wia-apply-until-week } da sua doença. Não espere mais. Precisa da DigiD.
        - O UWV verifica o relatório sobre o seu regresso ao trabalho (re-integratieverslag). Se o empregador não fez o suficiente, tem de pagar o seu salário durante mais tempo: uma sanção salarial (loonsanctie) de no máximo { $loonsanctie-max-years ->
            [one] { $loonsanctie-max-years } ano
            [many] { $loonsanctie-max-years } anos
           *[other] { $loonsanctie-max-years } anos
        }.
        - Depois, um médico do seguro (verzekeringsarts) e um especialista em trabalho (arbeidsdeskundige) fazem a sua avaliação.
        A WIA é para pessoas com pelo menos { $wia-threshold-percent } de incapacidade para trabalhar (arbeidsongeschikt). WGA se ainda consegue trabalhar em parte, ou se pode melhorar; IVA se tem pelo menos { $iva-threshold-percent } de incapacidade e isto não vai melhorar.
guide-sickness-help = Quem ajuda
    .body =
        - UWV: uwv.nl e Mijn UWV.
        - O seu médico de família (huisarts), para cuidados médicos.
        - O médico do trabalho (bedrijfsarts): veja o guia sobre o médico do trabalho.
        - Juridisch Loket: juridischloket.nl. FNV: fnv.nl.
        Anote as suas queixas e os seus dias de doença no diário do Werkmaat.

## Guide: company-doctor
guide-company-doctor = O médico do trabalho (bedrijfsarts)
    .summary = O seu direito a ir ao médico do trabalho, a uma segunda opinião, e o que fazer se a sua agência não tem médico do trabalho.
guide-company-doctor-role = Todos os empregadores têm de ter um médico do trabalho
    .body =
        Um médico do trabalho (bedrijfsarts) é um médico para perguntas sobre a sua saúde e o seu trabalho, e para o seu regresso ao trabalho depois de uma doença.
        Segundo a lei das condições de trabalho (Arbowet), alterada em { $arbowet-bedrijfsarts-date }, todos os empregadores têm de ter um contrato básico (basiscontract) com um médico do trabalho ou com um serviço de saúde ocupacional (arbodienst).
        Se estiver doente, o médico do trabalho tem de entrar no processo o mais tardar na semana { $bedrijfsarts-by-week } da sua ausência.
guide-company-doctor-visit = Pode ir ao médico do trabalho por iniciativa própria
    .body =
        - Pode ir ao médico do trabalho sem autorização do seu empregador.
        - Também pode ir quando não está doente, por exemplo com perguntas sobre a sua saúde e o seu trabalho. É a chamada consulta aberta (open spreekuur).
        - Os médicos têm sigilo médico (medisch beroepsgeheim). Se tiver dúvidas sobre o que o médico do trabalho vai dizer ao empregador, pergunte ao médico antes de começar.
guide-company-doctor-second-opinion = Uma segunda opinião
    .body =
        Se não concorda com o conselho do médico do trabalho, tem direito a uma segunda opinião de outro médico do trabalho.
        O pedido só pode ser recusado por razões muito sérias (zwaarwegende argumenten).
        Escolhe o outro médico entre os médicos indicados no contrato básico (basiscontract).
        Peça a segunda opinião por escrito e guarde uma cópia.
guide-company-doctor-no-access = Se não tem acesso a um médico do trabalho
    .body =
        Na prática, os trabalhadores migrantes que trabalham através de uma agência muitas vezes não têm acesso a um médico do trabalho. O que pode fazer:
        - Pergunte por escrito à sua agência quem é o médico do trabalho ou o serviço de saúde ocupacional (arbodienst) da agência, e como pode marcar uma consulta. Guarde a resposta.
        - Para cuidados médicos, vá ao seu médico de família (huisarts). Ligue em dias úteis entre as { $gp-office-opens } e as { $gp-office-closes }.
        - Se o seu empregador não tem médico do trabalho, comunique isso à Inspeção do Trabalho dos Países Baixos (Nederlandse Arbeidsinspectie): { $nla-phone }, nlarbeidsinspectie.nl.
        - Em caso de emergência, ligue para o { $emergency-phone }.
        Anote as suas queixas no diário do Werkmaat, para poder mostrá-las a um médico.

## Guide: accidents
guide-accidents = Acidentes de trabalho
    .summary = O que fazer depois de um acidente no trabalho, o que o empregador tem de fazer, e como pode comunicar trabalho perigoso por iniciativa própria.
guide-accidents-now = O que fazer logo
    .body =
        Se alguém estiver em perigo ou gravemente ferido, ligue para o { $emergency-phone }. As pessoas que atendem falam inglês.
        - Dê os primeiros socorros, se puder fazê-lo sem perigo.
        - Para outros ferimentos, ligue para o seu médico de família (huisarts). Ao fim do dia, à noite e ao fim de semana, ligue para o serviço de médicos de família fora do horário normal (huisartsenpost).
        - Vá às urgências do hospital (spoedeisende hulp, SEH) só com indicação do huisarts ou do huisartsenpost, ou se houver perigo de vida.
        - Avise o seu empregador o mais depressa possível. Se trabalha através de uma agência (uitzendbureau), avise também a agência.
guide-accidents-record = Escreva o que aconteceu
    .body =
        Escreva o que aconteceu enquanto ainda se lembra bem:
        - a data, a hora e o local;
        - o que fazia e o que falhou;
        - como se feriu;
        - os nomes das pessoas que viram o acidente (testemunhas);
        - a que médico ou hospital foi.
        Tire fotografias do local, da máquina ou das ferramentas, e do seu ferimento. Guarde todas as cartas dos médicos. O diário do Werkmaat pode guardar estas notas e fotografias no seu telefone.
guide-accidents-employer = O que o empregador tem de fazer
    .body =
        O empregador tem de comunicar logo um acidente de trabalho grave à Inspeção do Trabalho dos Países Baixos (Nederlandse Arbeidsinspectie). Isto vale também para os trabalhadores temporários. Um acidente é grave quando leva a:
        - morte;
        - uma lesão permanente, por exemplo perder uma parte do corpo ou perder a visão;
        - ficar internado no hospital, também quando é só durante o dia. Um tratamento sem ficar internado não conta.
        Se isto só se souber mais tarde, o empregador tem de comunicar o acidente nesse momento.
        O empregador também tem de ter uma lista (register) dos acidentes comunicados e dos acidentes em que alguém ficou sem trabalhar mais de { $accident-register-absence-days ->
            [one] { $accident-register-absence-days } dia útil
            [many] { $accident-register-absence-days } dias úteis
           *[other] { $accident-register-absence-days } dias úteis
        }.
guide-accidents-liability = Quando o empregador é responsável
    .body =
        A regra sobre a responsabilidade do empregador no Código Civil (Burgerlijk Wetboek) diz que o empregador tem de tomar as medidas de segurança que se podem razoavelmente esperar, para que não sofra ferimentos no trabalho.
        Só tem de mostrar que se feriu enquanto fazia o seu trabalho. Depois, o empregador tem de provar que fez o suficiente pela sua segurança. Se não o conseguir provar, pode ter de pagar os danos que sofreu.
        O empregador não é responsável se o dano foi causado sobretudo pelo próprio trabalhador: de propósito, ou com uma imprudência muito grave e consciente. A regra não promete que o trabalho é totalmente seguro.
        Para conselhos sobre o seu caso, fale com o Balcão Jurídico (Juridisch Loket): juridischloket.nl.
guide-accidents-report = Comunicar trabalho perigoso por iniciativa própria
    .body =
        Pode comunicar trabalho perigoso à Arbeidsinspectie por iniciativa própria, também quando ainda não aconteceu nada.
        - Ligue para o { $nla-phone }. Este número é grátis.
        - Do estrangeiro, ligue para o { $nla-phone-abroad }. Outra fonte dá um número diferente; por isso, se este não funcionar, procure em nlarbeidsinspectie.nl.
        - Também pode fazer a comunicação com um formulário na internet. Os formulários existem em várias línguas.
        - Pode fazer a comunicação de forma anónima, sem dar o seu nome.

## Guide: insurance
guide-insurance = Seguro de saúde
    .summary = Quem tem de fazer um seguro de saúde holandês, até quando, como escolher, e o que acontece se não o fizer.
guide-insurance-who = Quem tem de ter seguro
    .body =
        O seguro de saúde holandês é obrigatório por lei (Zorgverzekeringswet). Tem de o fazer se:
        - mora nos Países Baixos, ou
        - trabalha nos Países Baixos e paga o imposto holandês sobre o salário (loonheffing), também se mora no estrangeiro ou faz trabalho sazonal.
        Ter um seguro no seu país não o dispensa desta obrigação.
        Exceção: se um empregador estrangeiro o mandou trabalhar aqui durante um tempo (trabalhador destacado) e tem um certificado A1, continua com o seguro do seu país. Nesse caso, usa o Cartão Europeu de Seguro de Doença (EHIC) para os cuidados necessários por razões médicas.
guide-insurance-deadline = O prazo
    .body =
        Faça o seguro no prazo de { $insure-within-months ->
            [one] { $insure-within-months } mês
            [many] { $insure-within-months } meses
           *[other] { $insure-within-months } meses
        } depois do seu primeiro dia de trabalho, ou depois de se inscrever no município (gemeente). A cobertura começa então nesse primeiro dia, e paga o seguro a partir desse dia.
        Se se atrasar, não tem cobertura para o tempo anterior: paga do seu bolso os custos dos cuidados de saúde desse tempo. Também pode receber uma multa do CAK, o organismo público que trata das pessoas sem seguro.
guide-insurance-choice = Escolher a seguradora
    .body =
        Pode escolher a sua seguradora de saúde (zorgverzekeraar). O CAK também diz isto.
        O empregador ou a agência pode oferecer um seguro de grupo (collectieve verzekering). Só pode descontar o valor do seguro do seu salário com a sua autorização por escrito (volmacht). Tem de ser o titular da apólice e receber uma cópia da apólice.
        Não conseguimos encontrar um texto legal que diga, com estas palavras, que um empregador não pode obrigar um trabalhador a aceitar o seguro da empresa. Mas, pela lei, a escolha da seguradora é livre, e um desconto precisa da sua volmacht. Se tiver dúvidas, pergunte à Zorgverzekeringslijn.
guide-insurance-cak = Cartas do CAK
    .body =
        Se tem de ter seguro e não tem, o CAK segue estes passos:
        - Recebe uma carta. Depois tem { $cak-letter-months ->
            [one] { $cak-letter-months } mês
            [many] { $cak-letter-months } meses
           *[other] { $cak-letter-months } meses
        } para fazer um seguro.
        - Se não o fizer, recebe uma multa.
        - Depois de mais { $cak-letter-months ->
            [one] { $cak-letter-months } mês
            [many] { $cak-letter-months } meses
           *[other] { $cak-letter-months } meses
        } sem seguro, recebe uma segunda multa.
        - Depois, o próprio CAK faz um seguro em seu nome e escolhe a seguradora. Durante { $cak-premium-months ->
            [one] { $cak-premium-months } mês
            [many] { $cak-premium-months } meses
           *[other] { $cak-premium-months } meses
        }, desconta do seu salário ou subsídio um valor de seguro mais alto (bestuursrechtelijke premie).
        Por lei, cada multa é o triplo do prémio padrão (standaardpremie) de um mês. O standaardpremie é de { $standaardpremie } por ano, por isso uma multa é de { $cak-fine }. O valor mais alto do seguro é de { $cak-premium-month } por mês. Estes valores mudam todos os anos: veja a sua carta ou hetcak.nl, que tem uma página em inglês.
        Nunca ignore uma carta do CAK.
guide-insurance-job-ends = Quando o trabalho acaba
    .body =
        Um seguro de grupo através da agência acaba muitas vezes quando o trabalho acaba. Se ainda mora nos Países Baixos ou ainda paga o imposto holandês sobre o salário, tem de continuar com seguro: faça logo o seu próprio seguro.
        Também enquanto receber um subsídio holandês de doença (Ziektewet) ou de desemprego (WW) tem de ter seguro. Confirme que a sua apólice continua em vigor, e mantenha-a.
        Se sair dos Países Baixos de vez (não para férias) e já não tiver rendimentos dos Países Baixos, perde o direito ao seguro holandês. Cancele-o, e mostre a prova de que cancelou a sua inscrição na base de dados de pessoas (BRP).
guide-insurance-help = Quem pode ajudar
    .body =
        A Zorgverzekeringslijn é uma linha de ajuda independente para perguntas sobre o seguro de saúde.
        - Ligue para o { $zvl-phone } em dias úteis, ou use o chat em zorgverzekeringslijn.nl.
        - Não conseguimos confirmar que línguas falam.
        Para cartas e multas do CAK, veja hetcak.nl. A lista de verificação do seguro do Werkmaat ajuda a verificar a sua situação.

## Guide: care
guide-care = Cuidados de saúde: onde ir
    .summary = O seu médico de família, o serviço fora do horário normal, as emergências, os medicamentos, o dentista e o que paga do seu bolso.
guide-care-gp = O seu médico de família (huisarts)
    .body =
        Nos Países Baixos vai primeiro a um médico de família (huisarts). O huisarts decide se precisa de um hospital ou de um especialista e, nesse caso, passa um encaminhamento (verwijzing).
        - Inscreva-se num huisarts perto de onde mora. Não espere até estar doente.
        - Muitas vezes os consultórios estão cheios e não aceitam novos pacientes. Nesse caso, pergunte noutros consultórios próximos. O localizador de cuidados do Werkmaat mostra consultórios perto de onde está.
        - Ligue para o consultório em dias úteis, entre as { $gp-office-opens } e as { $gp-office-closes }.
        Para conselhos sobre pequenos problemas de saúde que pode tratar em casa, veja thuisarts.nl.
guide-care-out-of-hours = Ao fim do dia, à noite e ao fim de semana (huisartsenpost)
    .body =
        Quando o seu huisarts está fechado, ligue para o serviço de médicos de família fora do horário normal (huisartsenpost). Está aberto ao fim do dia e à noite (em dias úteis, das { $gp-office-closes } às { $gp-office-opens }), ao fim de semana e nos feriados.
        - Ligue sempre primeiro. Não pode simplesmente aparecer lá. Um assistente (triagist) decide qual é a urgência.
        - Cada região tem o seu número. Ligue para o seu huisarts: fora do horário, a mensagem do telefone muitas vezes dá esse número. O localizador de cuidados do Werkmaat também o mostra.
        Tenha isto à mão quando ligar, e leve o seu documento de identidade quando for lá:
        - o seu nome, a data de nascimento e o número BSN (número de serviço ao cidadão);
        - a sua seguradora de saúde e o número da apólice;
        - o nome do seu huisarts e os medicamentos que toma.
        O Werkmaat pode guardar estes dados.
guide-care-emergency = Emergências
    .body =
        Ligue para o { $emergency-phone } quando uma vida está em perigo: para uma ambulância, a polícia ou os bombeiros. As pessoas que atendem falam inglês.
        A aplicação gratuita 112NL ajuda se não ouve ou não fala bem, ou se não fala holandês nem inglês:
        - pode ligar para o { $emergency-phone }, ou diretamente para a polícia, os bombeiros ou a ambulância;
        - o operador pode iniciar uma conversa escrita consigo, e a conversa pode ser traduzida para muitas línguas;
        - a aplicação envia a sua localização, se o permitir.
        Instale-a já, antes de precisar dela. O antigo telefone de texto { $emergency-textphone } está a ser desativado e pode já não funcionar.
        As urgências do hospital (spoedeisende hulp, SEH) são para cuidados urgentes. Vá lá só com indicação do huisarts ou do huisartsenpost, ou quando há perigo de vida.
guide-care-medicines-dentist = Medicamentos e dentista
    .body =
        Recebe os medicamentos numa farmácia (apotheek). Os medicamentos com receita do pacote básico contam para a franquia (eigen risico).
        Os cuidados do dentista (tandarts) para adultos não estão no pacote básico. O pacote básico só paga cuidados dentários especiais, por exemplo uma cirurgia do maxilar, e a dentadura completa. Na dentadura completa, paga { $dentures-own-share-percent } dos custos do seu bolso.
        Para outros cuidados dentários, precisa de um seguro complementar (aanvullende verzekering). Para as crianças, a maior parte dos cuidados dentários está no pacote básico.
guide-care-costs = O que paga do seu bolso (eigen risico)
    .body =
        Todos os anos, paga do seu bolso os primeiros { $eigen-risico } dos custos dos cuidados do pacote básico. É a chamada franquia (eigen risico). O valor pode mudar nos próximos anos.
        Isto não conta para o eigen risico:
        - as consultas no seu huisarts;
        - os cuidados à mãe e ao recém-nascido depois do parto (kraamzorg);
        - a enfermagem em casa (wijkverpleging).
        As crianças com menos de { $no-deductible-under-age ->
            [one] { $no-deductible-under-age } ano
            [many] { $no-deductible-under-age } anos
           *[other] { $no-deductible-under-age } anos
        } não pagam eigen risico.

## Guide: zorgtoeslag
guide-zorgtoeslag = Subsídio para o seguro de saúde (zorgtoeslag)
    .summary = Dinheiro do governo para ajudar a pagar o seguro de saúde: quem pode receber, quanto, e como pedir.
guide-zorgtoeslag-who = Quem pode receber
    .body =
        O subsídio para o seguro de saúde (zorgtoeslag) é dinheiro do serviço de impostos (Belastingdienst/Toeslagen) para ajudar a pagar o seu seguro de saúde. Pode recebê-lo se:
        - tem { $zorgtoeslag-min-age ->
            [one] { $zorgtoeslag-min-age } ano
            [many] { $zorgtoeslag-min-age } anos
           *[other] { $zorgtoeslag-min-age } anos
        } ou mais;
        - tem um seguro de saúde holandês;
        - tem a nacionalidade holandesa, a nacionalidade de um país do Espaço Económico Europeu (EEE), ou uma autorização de residência;
        - os seus rendimentos estão abaixo do limite: { $zorgtoeslag-income-single } por ano sem parceiro, ou { $zorgtoeslag-income-partner } por ano juntamente com o seu parceiro para o subsídio (toeslagpartner);
        - as suas poupanças e outros bens estão abaixo do limite. Este limite muda todos os anos. O limite mais recente que conseguimos confirmar é de { $zorgtoeslag-assets-single } sem parceiro, ou { $zorgtoeslag-assets-partner } juntamente com um toeslagpartner, mas é de um ano anterior. Confirme o limite deste ano em belastingdienst.nl.
        O seu marido, a sua mulher ou o seu parceiro registado é o seu toeslagpartner mesmo que viva noutro país, e o rendimento dele ou dela conta. Se o seu toeslagpartner tiver seguro noutro país, recebe metade do valor para casais.
        Também pode receber zorgtoeslag se mora no estrangeiro, quando trabalha nos Países Baixos e tem seguro de saúde holandês.
guide-zorgtoeslag-amount = Quanto recebe
    .body =
        O valor depende dos seus rendimentos: com rendimentos mais baixos, recebe mais.
        - Sem toeslagpartner, recebe no máximo cerca de { $zorgtoeslag-max-month-single } por mês.
        - Com toeslagpartner, recebem juntos no máximo cerca de { $zorgtoeslag-max-month-partner } por mês.
        Estes valores vêm de uma notícia, por isso podem não ser exatos. O Belastingdienst calcula o seu valor.
guide-zorgtoeslag-apply = Como pedir
    .body =
        - Precisa da DigiD, o acesso aos serviços do governo holandês. Veja digid.nl.
        - Faça o pedido em belastingdienst.nl, em Mijn toeslagen.
        - Comunique depressa em Mijn toeslagen as mudanças nos seus rendimentos, ou um novo parceiro.
        Mais tarde, o Belastingdienst verifica os seus rendimentos reais. Se recebeu subsídio a mais, pode ter de o devolver. Guarde todas as cartas do Belastingdienst.
guide-zorgtoeslag-help = Quem pode ajudar
    .body =
        Ligue para a BelastingTelefoon: { $belastingtelefoon }. A chamada é grátis. A linha está aberta de segunda a sexta-feira.
        Tenha o seu número BSN (número de serviço ao cidadão) à mão quando ligar.

## Guide: interpreters
guide-interpreters = Intérpretes nos cuidados de saúde
    .summary = Como entender bem o médico e ser bem entendido, quando pode ter um intérprete, e quem paga.
guide-interpreters-understand = Entender e ser entendido
    .body =
        Bons cuidados precisam de boa compreensão: tem de entender o seu médico, e o seu médico tem de entender o que diz.
        - Não diga "sim" se não entendeu.
        - Pode pedir ao médico para explicar outra vez, com palavras mais simples.
        - Pode pedir um intérprete (tolk).
        Antes da consulta, diga ao consultório que língua fala.
guide-interpreters-guideline = A orientação sobre barreiras de língua
    .body =
        Em { $language-guideline-date } foi publicada uma orientação para os profissionais de saúde sobre barreiras de língua (Omgaan met taalbarrières in de zorg en het sociaal domein). Foi feita em conjunto por organizações de profissionais de saúde e de pacientes, entre elas a associação holandesa de médicos de família (NHG) e a federação holandesa de pacientes (Patiëntenfederatie Nederland). Diz o seguinte:
        - Para conversas complexas, delicadas ou graves, o profissional de saúde deve usar um intérprete profissional.
        - Um familiar, um amigo ou uma app de tradução só servem para conversas simples, e só se estiver de acordo.
        - As crianças nunca devem servir de intérprete.
        - O profissional de saúde verifica se entendeu, por exemplo pedindo que repita com as suas próprias palavras.
guide-interpreters-costs = Quem paga o intérprete
    .body =
        Depende do tipo de cuidados:
        - Médico de família (huisarts): não há nenhuma regra nacional que pague os intérpretes. Algumas regiões pagam intérpretes por telefone. Pergunte ao seu huisarts se isto é possível na sua região.
        - Cuidados de saúde mental (GGZ): os intérpretes são pagos desde { $ggz-interpreter-since }.
        - Cuidados durante a gravidez e o parto com uma parteira (verloskundige): os intérpretes são pagos desde { $obstetric-interpreter-since }. Oficialmente, esta regra é temporária.
        Para outros cuidados, pergunte antes da consulta se é possível ter um intérprete e quem o paga.
guide-interpreters-ask = O que pode fazer
    .body =
        - Quando marcar a consulta, diga que precisa de um intérprete profissional, e para que língua.
        - Em conversas simples, pode levar uma pessoa de confiança para ajudar.
        - Os cartões de frases do Werkmaat mostram frases curtas em holandês e na sua língua. Pode mostrá-los ao médico ou ao assistente.

## Guide: exploitation
guide-exploitation = Exploração: onde pedir ajuda
    .summary = Sinais de exploração no trabalho, onde pode denunciar, e quem pode ajudar.
guide-exploitation-signs = Sinais de alerta
    .body =
        A exploração laboral (arbeidsuitbuiting) começa muitas vezes com pequenas coisas. Tenha cuidado se:
        - recebe menos do que o salário mínimo (minimumloon) pelas horas que trabalha;
        - tiram dinheiro do seu salário sem a sua autorização por escrito (volmacht). Do salário mínimo só podem ser descontados o alojamento e o seguro de saúde, e só com uma volmacht;
        - alguém o obriga a trabalhar, ou a ficar no emprego;
        - o seu trabalho é perigoso e ninguém faz nada.
        Muitos trabalhadores têm alojamento e seguro de saúde através do empregador. Isto cria dependência: se perder o emprego, pode perder a casa e o seguro ao mesmo tempo.
guide-exploitation-danger = Em perigo ou com urgência
    .body =
        - Em perigo agora: ligue para o { $emergency-phone }.
        - Polícia, quando não é uma emergência: { $police-phone }. Este número não é gratuito: paga um pequeno valor por minuto, além do custo normal da chamada, e pode não funcionar com todos os cartões SIM estrangeiros. Pode denunciar à polícia a coação ou a exploração.
        - Para denunciar um crime sem dar o seu nome: Meld Misdaad Anoniem, ligue para o { $mma-phone } ou veja meldmisdaadanoniem.nl.
guide-exploitation-report = Denunciar à Arbeidsinspectie
    .body =
        A Inspeção do Trabalho dos Países Baixos (Nederlandse Arbeidsinspectie) trata de trabalho perigoso, pagamento abaixo do que é devido e exploração.
        - Ligue para o { $nla-phone } (grátis), ou do estrangeiro para o { $nla-phone-abroad }. Outra fonte dá um número diferente para quem liga do estrangeiro; se não funcionar, veja nlarbeidsinspectie.nl.
        - Há formulários na internet em várias línguas.
        - Pode denunciar de forma anónima, sem dar o seu nome.
        Segundo a inspeção, ela não diz ao empregador quem fez a denúncia.
guide-exploitation-help = Quem pode ajudar
    .body =
        - A FairWork ajuda vítimas de exploração laboral, de graça e de forma confidencial: fairwork.nu.
        - A CoMensha, o centro nacional contra o tráfico de seres humanos (mensenhandel), inscreve as vítimas e arranja abrigo. Ligue para o { $comensha-phone }, de segunda a sexta-feira, das { $comensha-opens } às { $comensha-closes }, ou envie um e-mail para info@comensha.nl.
        - A FNV é um sindicato (vakbond). Já fez sessões de informação em polaco, também para quem não é membro: fnv.nl.
        - O Balcão Jurídico (Juridisch Loket) dá aconselhamento jurídico gratuito: juridischloket.nl. Um projeto-piloto também ajuda em polaco, búlgaro e romeno em algumas províncias (Noord-Holland, Zuid-Holland, Noord-Brabant e Limburg). Veja no site se o projeto ainda existe.
        - O Work in NL tem pontos de informação para trabalhadores migrantes da UE em todas as regiões do mercado de trabalho: workinnl.nl.
guide-exploitation-what-next = O que uma denúncia pode significar no seu caso
    .body =
        Uma denúncia pode levar a uma investigação. Não podemos prometer qual será o resultado, nem quanto tempo vai demorar.
        - Pode denunciar de forma anónima, à Arbeidsinspectie ou à Meld Misdaad Anoniem.
        - Guarde num lugar seguro cópias do seu contrato, dos seus recibos de salário (loonstroken) e uma lista das suas horas. O diário do Werkmaat pode guardar as suas horas.
        - Uma vítima de tráfico de seres humanos pode receber ajuda e um lugar seguro para ficar através da CoMensha.
        - Se o seu alojamento e o seu seguro vêm do empregador, pense com antecedência: onde pode ficar, e como continua com seguro? Veja o guia sobre o seguro de saúde.
        Se não sabe bem o que fazer, fale primeiro com a FairWork.

## Guide: mental-health
guide-mental-health = Saúde mental
    .summary = O stress, a preocupação e o desânimo são comuns. Onde pode pedir ajuda, também numa crise.
guide-mental-health-common = Não está só
    .body =
        A vida e o trabalho longe de casa podem ser difíceis. O stress, a preocupação, os problemas de sono e o desânimo acontecem a muitas pessoas. Não é uma fraqueza, e pode pedir ajuda.
        Um estudo nos Países Baixos mostrou que muitos trabalhadores migrantes têm uma saúde mental fraca, muito mais vezes do que os trabalhadores holandeses.
guide-mental-health-gp = Fale com o seu huisarts
    .body =
        O seu médico de família (huisarts) é a primeira pessoa a quem deve ir, também em caso de stress, medo, tristeza ou problemas de sono. O que diz ao seu médico é confidencial.
        O huisarts pode ajudar, ou passar um encaminhamento para os cuidados de saúde mental (GGZ). Na GGZ, os intérpretes são pagos desde { $ggz-interpreter-since }. Peça um, se precisar.
        Também pode falar com o médico do trabalho (bedrijfsarts), sem pedir ao empregador e também quando não está doente. Mas muitos trabalhadores temporários têm pouco ou nenhum acesso a um médico do trabalho.
guide-mental-health-crisis = Numa crise
    .body =
        Se pensa em suicídio, procure a linha holandesa de prevenção do suicídio (Zelfmoordpreventie, 113.nl):
        - ligue para o { $crisis-phone } ou para o { $crisis-phone-free }; os dois números são grátis;
        - ou converse por chat em 113.nl.
        A linha está aberta dia e noite, e não precisa de dar o seu nome.
        Se a sua vida ou a de outra pessoa estiver em perigo agora, ligue para o { $emergency-phone }.
guide-mental-health-self-care = Cuidar de si
    .body =
        Alguns hábitos simples podem ajudar no dia a dia. Não substituem a ajuda de um médico.
        - Tente dormir o suficiente, e use o tempo de descanso e os dias de folga para descansar. Veja o guia sobre o horário de trabalho.
        - Fale com alguém de confiança: um amigo, um colega ou a sua família no seu país.
        - Fale com a família e os amigos com regularidade, também por telefone ou videochamada.
        Se sentir que está pior, ou se não melhorar, vá ao seu huisarts.

## Guide: losing-job
guide-losing-job = Perder o emprego
    .summary = O que fazer quando o trabalho acaba: subsídio de desemprego (WW), o último pagamento, a compensação por cessação, o seguro e a casa.
guide-losing-job-ww = Subsídio de desemprego (WW): aja no prazo de uma semana
    .body =
        Se perder o emprego, pode receber do UWV um subsídio de desemprego (WW). Em regra, tem de ter trabalhado em pelo menos { $ww-weeks-worked } das últimas { $ww-weeks-period ->
            [one] { $ww-weeks-period } semana
            [many] { $ww-weeks-period } semanas
           *[other] { $ww-weeks-period } semanas
        }.
        - Inscreva-se como candidato a emprego em werk.nl no prazo de { $ww-register-days ->
            [one] { $ww-register-days } dia
            [many] { $ww-register-days } dias
           *[other] { $ww-register-days } dias
        } depois de ficar sem trabalho.
        - Peça o WW ao UWV. O pedido tem de chegar, o mais tardar, { $ww-apply-within-weeks ->
            [one] { $ww-apply-within-weeks } semana
            [many] { $ww-apply-within-weeks } semanas
           *[other] { $ww-apply-within-weeks } semanas
        } depois do seu último dia de trabalho. Também pode pedir algumas semanas antes. Precisa da DigiD.
        - O UWV decide em cerca de { $ww-decision-weeks ->
            [one] { $ww-decision-weeks } semana
            [many] { $ww-decision-weeks } semanas
           *[other] { $ww-decision-weeks } semanas
        }.
        Não espere pelo último dia. Não assine um acordo para terminar o contrato (vaststellingsovereenkomst) antes de pedir conselho.
guide-losing-job-final-pay = O último pagamento
    .body =
        No acerto de contas final (eindafrekening), tem de receber:
        - o salário até ao último dia de trabalho;
        - o subsídio de férias (vakantiegeld) acumulado e ainda não pago;
        - os dias de férias (vakantiedagen) que não gozou, pagos em dinheiro.
        O empregador tem de lhe dar uma declaração escrita com os dias de férias que lhe restavam. Confira o último recibo de vencimento (loonstrook) e pergunte por escrito se faltar alguma coisa.
guide-losing-job-transition = Compensação por cessação (transitievergoeding)
    .body =
        Desde { $transitievergoeding-since }, tem direito a uma compensação por cessação do contrato (transitievergoeding) desde o primeiro dia de trabalho, quando o empregador termina o seu contrato ou não renova um contrato a prazo.
        - É cerca de um terço do salário mensal por cada ano de trabalho, e uma parte disso por um período mais curto.
        - Não a recebe se o empregador tiver falido.
        No trabalho temporário, as regras podem ser diferentes. Pergunte ao Juridisch Loket (juridischloket.nl) sobre o seu caso.
guide-losing-job-insurance = O seu seguro de saúde
    .body =
        Um seguro de grupo através do empregador ou da agência acaba muitas vezes com o trabalho. Se ainda mora nos Países Baixos, tem de continuar com seguro: confirme que a sua apólice continua em vigor e, se não, faça logo o seu próprio seguro de saúde (zorgverzekering).
        Também enquanto receber WW tem de ter seguro. Confirme que a sua apólice continua em vigor, e mantenha-a.
        Se ficar doente até { $sick-after-contract-weeks ->
            [one] { $sick-after-contract-weeks } semana
            [many] { $sick-after-contract-weeks } semanas
           *[other] { $sick-after-contract-weeks } semanas
        } depois do fim do trabalho, tem de ser o próprio a comunicar a doença ao UWV. Veja o guia sobre doença.
guide-losing-job-housing = A sua casa
    .body =
        Se a sua casa lhe foi arranjada pelo empregador, pode perder a casa e o trabalho ao mesmo tempo.
        - Com um contrato de arrendamento (huurcontract) separado, o arrendamento não acaba só porque o trabalho acaba. A lei (Wet goed verhuurderschap) exige isto para os trabalhadores migrantes da UE. Veja o guia sobre alojamento.
        - Pergunte por escrito quanto tempo pode ficar, e guarde a resposta.
        - Se corre o risco de perder a casa, peça ajuda ao seu município (gemeente). Se já não tiver morada, pode inscrever-se numa morada para correspondência (briefadres), para que as cartas do UWV e do Belastingdienst continuem a chegar-lhe. Veja o guia sobre a inscrição.
        Aconselhamento jurídico gratuito: Juridisch Loket, juridischloket.nl. Sindicato: FNV, fnv.nl.

## Guide: registering
guide-registering = Inscrição no município (gemeente)
    .summary = Inscrever-se a tempo, uma morada para correspondência (briefadres) quando não tem casa, o RNI para estadias curtas e cancelar a inscrição quando parte.
guide-registering-arrive = Inscreva-se no prazo de { $brp-register-within-days ->
            [one] { $brp-register-within-days } dia
            [many] { $brp-register-within-days } dias
           *[other] { $brp-register-within-days } dias
        }
    .body =
        Se vai morar nos Países Baixos mais de { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } mês
            [many] { $rni-max-stay-months } meses
           *[other] { $rni-max-stay-months } meses
        } num período de { $brp-stay-period-months ->
            [one] { $brp-stay-period-months } mês
            [many] { $brp-stay-period-months } meses
           *[other] { $brp-stay-period-months } meses
        }, tem de se inscrever no município (gemeente) onde mora. Faça-o no prazo de { $brp-register-within-days ->
            [one] { $brp-register-within-days } dia
            [many] { $brp-register-within-days } dias
           *[other] { $brp-register-within-days } dias
        } depois de chegar. Fica então na base de dados de pessoas (Basisregistratie Personen, BRP).
        - Marque uma hora no município e leve o passaporte ou o cartão de identidade.
        - O seu parceiro e os filhos que moram consigo também têm de ir a esse atendimento.
        - Recebe um número BSN (burgerservicenummer, número de serviço ao cidadão), se ainda não o tiver.
        Se está à espera de uma autorização de residência, ou se a sua identidade ainda está a ser verificada, este prazo não se aplica. Pergunte no município.
guide-registering-no-address = Sem morada: briefadres
    .body =
        Se não tem uma morada fixa, por exemplo porque perdeu a casa, pode inscrever-se numa morada para correspondência (briefadres). É a morada de uma pessoa ou de uma organização que aceita receber as suas cartas.
        - Pergunte no município (gemeente) como obter um briefadres.
        - Assim, as cartas do UWV, do Belastingdienst e do CAK continuam a chegar-lhe.
        Avise o município quando voltar a ter morada.
guide-registering-short-stay = Estadia curta: RNI
    .body =
        Se vai ficar nos Países Baixos menos de { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } mês
            [many] { $rni-max-stay-months } meses
           *[other] { $rni-max-stay-months } meses
        }, inscreva-se como não residente (Registratie Niet-ingezetenen, RNI) num balcão RNI. Também recebe lá um BSN.
        Se afinal ficar mais tempo, inscreva-se no município (gemeente) no prazo de { $brp-register-within-days ->
            [one] { $brp-register-within-days } dia
            [many] { $brp-register-within-days } dias
           *[other] { $brp-register-within-days } dias
        }.
guide-registering-leaving = Quando sai dos Países Baixos
    .body =
        Se vai morar no estrangeiro { $brp-departure-months ->
            [one] { $brp-departure-months } mês
            [many] { $brp-departure-months } meses
           *[other] { $brp-departure-months } meses
        } ou mais num ano, comunique a sua partida (aangifte van vertrek) ao município (gemeente).
        - Faça-o no máximo { $brp-departure-days ->
            [one] { $brp-departure-days } dia
            [many] { $brp-departure-days } dias
           *[other] { $brp-departure-days } dias
        } antes de partir, não antes disso.
        - Se já estiver no estrangeiro, comunique-o o mais depressa possível online, com a DigiD. O dia em que o município recebe a comunicação conta como data da mudança.
        - Se já não trabalha nos Países Baixos, cancele depois disso o seu seguro de saúde holandês (zorgverzekering) e guarde a prova do cancelamento da inscrição.
        Ir de férias ao seu país não é partir: continua inscrito.
