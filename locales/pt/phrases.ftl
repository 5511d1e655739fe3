# Werkmaat: "show this" phrase cards, Portuguese. The user shows the card: their language beside Dutch.
# Each card: the sentence as the value, and a short .title for the list.
# Variables are the user's saved details; a detail not saved is shown as "…":
# $full-name, $date-of-birth, $bsn, $insurer, $policy-number, $gp-name, $gp-phone (all strings).

phrase-register-gp = Gostaria de me inscrever neste consultório; ainda não sou paciente aqui. O meu nome é { $full-name }, data de nascimento { $date-of-birth }. O meu número BSN (número de serviço ao cidadão) é { $bsn }. A minha seguradora de saúde é { $insurer }, número da apólice { $policy-number }.
    .title = Inscrever-me num médico de família (huisarts)
phrase-my-insurance = O meu nome é { $full-name }, data de nascimento { $date-of-birth }. O meu número BSN (número de serviço ao cidadão) é { $bsn }. A minha seguradora de saúde é { $insurer }, número da apólice { $policy-number }.
    .title = Os dados do meu seguro
phrase-need-interpreter = Não falo bem holandês. Gostaria de ter um intérprete profissional (tolk). Um intérprete por telefone também serve.
    .title = Pedir um intérprete
phrase-speak-slowly = Por favor, fale devagar e use palavras simples. Pode escrever as coisas mais importantes para mim?
    .title = Fale devagar, por favor
phrase-explain-again = Não entendi. Pode explicar outra vez com outras palavras?
    .title = Não entendi
phrase-written-info = Posso receber esta informação em papel ou por e-mail?
    .title = Pedir por escrito
phrase-accident-at-work = Tive um acidente no trabalho. Por favor, escreva isto na minha ficha médica (dossier).
    .title = Tive um acidente no trabalho
phrase-see-bedrijfsarts = Quero falar com o médico do trabalho (bedrijfsarts). Por favor, dê-me o nome e o número de telefone do médico do trabalho.
    .title = Quero ir ao médico do trabalho (bedrijfsarts)
phrase-report-sick = O meu nome é { $full-name }. Estou doente e não posso trabalhar. Quero avisar que estou doente (ziekmelden).
    .title = Avisar que estou doente
phrase-urgent-today = Preciso de uma consulta com um médico hoje. Acho que é urgente.
    .title = Preciso de um médico hoje
phrase-pain-here = Tenho dores aqui. Vou mostrar onde dói.
    .title = Dói aqui
phrase-allergy = Tenho alergia a alguns medicamentos. Por favor, verifique isto antes de me dar qualquer medicamento.
    .title = Tenho uma alergia
phrase-collect-prescription = Tenho uma receita (recept) do meu médico de família (huisarts). Venho buscar os meus medicamentos.
    .title = Buscar os meus medicamentos
phrase-what-do-i-pay = Quanto tenho de pagar do meu bolso? Isto conta para a minha franquia (eigen risico)?
    .title = Quanto pago do meu bolso?
phrase-no-insurance = Neste momento não tenho seguro de saúde. Preciso de cuidados médicos. Por favor, diga-me o que é possível e quanto vai custar.
    .title = Agora não tenho seguro
phrase-tell-my-gp = Por favor, envie a informação sobre o meu tratamento ao meu médico de família (huisarts): { $gp-name }, telefone { $gp-phone }.
    .title = Informar o meu médico de família (huisarts)
phrase-payslip-question = Tenho uma pergunta sobre o meu recibo de vencimento (loonstrook). Por favor, explique-me estes descontos.
    .title = Uma pergunta sobre o meu recibo de vencimento
phrase-contract-copy = Gostaria de ter uma cópia do meu contrato de trabalho e uma cópia de todas as autorizações (volmacht) que assinei.
    .title = Pedir o meu contrato e os meus papéis
phrase-need-rest = A lei diz que tenho de descansar entre dois turnos. Ainda não posso começar um novo turno.
    .title = Preciso do meu descanso
phrase-dentist = Gostaria de marcar uma consulta com o dentista (tandarts). Tenho dor de dentes.
    .title = Preciso de um dentista (tandarts)
phrase-call-emergency = Por favor, ligue por mim para o número de emergência. Preciso de ajuda agora.
    .title = Ligar para o número de emergência
phrase-contact-my-gp = O meu médico de família (huisarts) é { $gp-name }, telefone { $gp-phone }. Por favor, fale com o meu médico de família.
    .title = Falar com o meu médico de família (huisarts)
