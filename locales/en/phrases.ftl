# Werkmaat: "show this" phrase cards. The user shows the card: their language beside Dutch.
# Each card: the sentence as the value, and a short .title for the list.
# Variables are the user's saved details; a detail not saved is shown as "…":
# $full-name, $date-of-birth, $bsn, $insurer, $policy-number, $gp-name, $gp-phone (all strings).

phrase-register-gp = I would like to register as a new patient at this practice. My name is { $full-name }, born { $date-of-birth }. My citizen service number (BSN) is { $bsn }. My health insurer is { $insurer }, policy number { $policy-number }.
    .title = Register with a GP (huisarts)
phrase-my-insurance = My name is { $full-name }, born { $date-of-birth }. My citizen service number (BSN) is { $bsn }. My health insurer is { $insurer }, policy number { $policy-number }.
    .title = My insurance details
phrase-need-interpreter = I do not speak Dutch well. I would like a professional interpreter (tolk). An interpreter by phone is fine.
    .title = Ask for an interpreter
phrase-speak-slowly = Please speak slowly and use simple words. Can you write the most important things down for me?
    .title = Please speak slowly
phrase-explain-again = I did not understand. Can you explain it again in other words?
    .title = I did not understand
phrase-written-info = Can I have this information on paper, or by e-mail?
    .title = Ask for it in writing
phrase-accident-at-work = I had an accident at work. Please write this in my medical file (dossier).
    .title = I had an accident at work
phrase-see-bedrijfsarts = I want to talk to the company doctor (bedrijfsarts). Please give me the name and phone number of the company doctor.
    .title = I want to see the company doctor (bedrijfsarts)
phrase-report-sick = My name is { $full-name }. I am ill and cannot work. I am reporting sick (ziekmelden).
    .title = Report sick
phrase-urgent-today = I need to see a doctor today. I think it is urgent.
    .title = I need a doctor today
phrase-pain-here = I have pain here. I will point to where it hurts.
    .title = It hurts here
phrase-allergy = I am allergic to some medicines. Please check this before you give me any medicine.
    .title = I have an allergy
phrase-collect-prescription = I have a prescription (recept) from my GP (huisarts). I would like to collect my medicine.
    .title = Collect my medicine
phrase-what-do-i-pay = How much do I have to pay myself? Does this count towards my own risk (eigen risico)?
    .title = What do I pay myself?
phrase-no-insurance = I do not have health insurance at the moment. I need care. Please tell me what is possible and what it will cost.
    .title = I have no insurance now
phrase-tell-my-gp = Please send the information about my treatment to my GP (huisarts): { $gp-name }, phone { $gp-phone }.
    .title = Inform my GP (huisarts)
phrase-payslip-question = I have a question about my payslip (loonstrook). Please explain these deductions to me.
    .title = A question about my payslip
phrase-contract-copy = I would like a copy of my employment contract, and a copy of every permission (volmacht) I signed.
    .title = Ask for my contract and papers
phrase-need-rest = By law I need rest between two shifts. I cannot start a new shift yet.
    .title = I need my rest
phrase-dentist = I would like an appointment with the dentist (tandarts). I have toothache.
    .title = I need a dentist (tandarts)
phrase-call-emergency = Please call the emergency number for me. I need help now.
    .title = Call emergency services
phrase-contact-my-gp = My GP (huisarts) is { $gp-name }, phone { $gp-phone }. Please contact my GP.
    .title = Contact my GP (huisarts)
