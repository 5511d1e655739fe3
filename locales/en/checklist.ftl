# Werkmaat: the health-insurance checklist. Questions (question-<id>, .help), their options
# (option-<question>-<option>), and items (item-<id> as the title, .text as what to do and why).
# Numbers are facts from core/content/facts.json ($fact-id), written the locale's way.

## Answers to yes/no questions

option-yes = Yes
option-no = No

## Questions

question-works_in_nl = Do you work in the Netherlands?
    .help = Also when you work here only for a season.
question-work_start = What was your first working day in the Netherlands?
    .help = The day you started work here. Not the day you registered in the RNI.
question-employment = How are you employed?
option-employment-agency = Through an agency (uitzendbureau)
option-employment-direct = Directly by the company where I work
option-employment-posted = Sent (posted) here by an employer in another country
option-employment-self_employed = Self-employed (zzp)
question-has_a1 = Do you have an A1 certificate from your home country?
    .help = A posted worker gets it from the social security office of the home country.
question-studies_in_nl = Are you in the Netherlands to study?
    .help = At a school, college or university. A student from the EU who does not work here uses the European Health Insurance Card (EHIC) and does not take out Dutch insurance.
question-temporary_protection = Do you have temporary protection in the Netherlands because you fled the war in Ukraine?
    .help = You registered at the gemeente under the EU rules for temporary protection. You have an IND residence sticker in your passport or an IND pass (O-document). If you are not sure, look for the letter from the IND or the gemeente that says you have temporary protection.
question-stay = How long will you stay in the Netherlands?
option-stay-short = Shorter than { $rni-max-stay-months } months
option-stay-long = { $rni-max-stay-months } months or longer
question-arrival_date = On what date did you come to live in the Netherlands?
    .help = The first day you lived here. Not a day you came for a visit.
question-registration = Where are you registered?
option-registration-none = I am not registered yet
option-registration-rni = In the register for non-residents (RNI)
option-registration-brp = At my municipality (gemeente), in the BRP
question-has_dutch_insurance = Do you have Dutch health insurance (zorgverzekering)?
question-insurance_via_employer = Did you get this insurance through your employer or agency?
    .help = For example a collective policy (collectieve verzekering) that the agency arranged.
question-deduction_consent = Did you sign a written permission (volmacht) to take the premium from your wage?
question-age = How old are you?
question-yearly_income = About how much do you earn in a year, before tax (gross, in euro)? If you have a partner, give the income of you both together.
    .help = Write the number the way you normally write it. It stays on this phone and is used only to check if you can get health care allowance (zorgtoeslag).
question-has_partner = Are you married or a registered partner, or do you live together with a partner?
    .help = Answer yes if you are married or have a registered partnership, also when your husband, wife or partner lives in another country. Answer yes too if you live with a partner at the same address (for partners who are not married, more rules apply). For health care allowance (zorgtoeslag) this person is your toeslagpartner, and their income counts too.
question-job_ended = Has a job you had in the Netherlands ended?
    .help = Answer yes also if you do not work here now because your job ended. Answer no if you never worked here.
question-leaving_nl = Are you leaving the Netherlands for good?
    .help = Yes if you go to live in another country. No if you go on holiday or for a short visit home.
question-receives_benefit = Do you get a benefit from UWV (Ziektewet or WW)?
question-cak_letter = Did you get a letter from the CAK about health insurance?
question-cak_letter_date = What date is on the letter from the CAK?
question-has_gp = Are you registered with a family doctor (huisarts)?
question-has_digid = Do you have a DigiD?

## Items

item-take-out-insurance = Take out Dutch health insurance (zorgverzekering)
    .text = You live or work in the Netherlands, so you must have Dutch health insurance, also if you are insured in your home country. Take it out within { $insure-within-months } months of the day you started to work or to live here: then it covers you from that day. If you are later, you have no cover for the time before, and the CAK can fine you.
item-carry-a1-and-ehic = Carry your A1 certificate and your EHIC card
    .text = You are posted here by an employer abroad and have an A1 certificate, so you stay insured in your home country. Keep the A1 certificate and your European Health Insurance Card (EHIC) with you. With the EHIC you get the care that is medically necessary.
item-use-rmo = Your care is paid through the RMO: show your passport and BSN
    .text = You have temporary protection, so you do not need to take out Dutch health insurance, also when you work. Your care is paid through the RMO (Regeling Medische zorg Ontheemden uit Oekraïne). You pay no premium and no eigen risico. At the huisarts and the pharmacy, show your passport or ID card and your BSN, and say that you are covered by the RMO. Without a passport or BSN you still get care, but less is paid for. If you want, you may take out a Dutch zorgverzekering: then you pay the premium and you can get zorgtoeslag. These rules date from 2022 and we could not confirm them for this year: check with your gemeente or at rmoekraine.nl.
item-register-bsn = Register to get your citizen service number (BSN)
    .text = You need a BSN to be paid and to get care. If you stay shorter than { $rni-max-stay-months } months, register at an RNI desk: you get your BSN at once. If you stay longer, register in the BRP at the municipality (gemeente) where you live.
item-register-brp = Register at your municipality (gemeente)
    .text = You stay { $rni-max-stay-months } months or longer, so you must register as a resident in the Personal Records Database (BRP) of the municipality (gemeente) where you live. Do it within { $brp-register-within-days } days after you arrive: make an appointment straight away and ask which papers to bring. If you have no fixed address, ask the gemeente for a postal address (briefadres).
item-apply-digid = Apply for your DigiD
    .text = With DigiD you log in to Mijn UWV, the health care allowance (zorgtoeslag) and other services. Apply at digid.nl and activate it within { $digid-activation-days } days. Never give your DigiD to your employer, agency or landlord.
item-apply-zorgtoeslag = Apply for health care allowance (zorgtoeslag)
    .text = From your answers you can probably get zorgtoeslag: you are { $zorgtoeslag-min-age } or older, you have Dutch health insurance, and your income is under the limit ({ $zorgtoeslag-income-single } if you are single, { $zorgtoeslag-income-partner } with a partner). Your savings must also be under a limit. Apply with your DigiD at belastingdienst.nl. Questions: BelastingTelefoon { $belastingtelefoon }.
item-check-premium-deduction = Check the premium taken from your wage
    .text = Your employer may take the health insurance premium from your wage only if you signed a written permission (volmacht) and you are the policyholder. It may not be more than the premium on your policy, and at most { $insurance-deduction-max-year } a year. Check your payslip (loonstrook). If you did not sign a volmacht, ask your employer in writing to stop.
item-stop-premium-deduction = Ask your employer to stop taking the premium from your wage
    .text = You did not sign a written permission (volmacht), so your employer or agency may not take the health insurance premium from your wage. Ask them in writing (a letter or an e-mail, and keep a copy) to stop. Check your next payslip (loonstrook). If they do not stop, report it to the Nederlandse Arbeidsinspectie: { $nla-phone }.
item-choose-own-insurer = You may choose your own health insurer
    .text = You are free to choose your health insurer (zorgverzekeraar). Your employer or agency may offer a collective policy, but you do not have to take it. Compare insurers before you decide. The Zorgverzekeringslijn answers questions: { $zvl-phone }.
item-arrange-insurance-after-job = Make sure you are still insured now your job has ended
    .text = A collective policy through the agency often ends with the job. You stay in the Netherlands, so you must stay insured. Ask your insurer if your policy still runs. If it does not, take out your own insurance straight away.
item-keep-insurance-on-benefit = Stay insured while you get a benefit
    .text = While you get a Ziektewet or WW benefit from UWV, you must stay insured. But a collective policy through the agency often ends with the job. Ask your insurer if your policy still runs. If it does not, take out your own insurance straight away. Do not cancel a policy that still runs.
item-cancel-insurance-when-leaving = Cancel your Dutch health insurance when you leave
    .text = If you leave the Netherlands and have no more income from the Netherlands, you lose the right to Dutch health insurance. Deregister at your municipality (gemeente), then cancel your policy and send the proof of deregistration to your insurer.
item-respond-to-cak = Answer the letter from the CAK
    .text = The CAK writes to people who seem to have no Dutch health insurance. After the letter you have { $cak-letter-months } months to take out insurance. If you do not, the CAK gives a fine of about { $cak-fine }, and later insures you itself and takes a higher premium of { $cak-premium-month } a month from your wage. If you are insured already, tell the CAK and send proof.
item-register-with-gp = Register with a family doctor (huisarts)
    .text = Register with a huisarts near where you live, before you get sick. The huisarts is your first stop for care and sends you to a hospital or specialist when needed. Visits to the huisarts do not count towards your own risk (eigen risico).
item-know-eigen-risico = Know your own risk (eigen risico)
    .text = From the age of { $no-deductible-under-age }, you pay the first { $eigen-risico } of some care yourself every year: your own risk (eigen risico). Visits to the huisarts are free of it. Medicines from the pharmacy and hospital care do count.

## What changed after an answer
# $item (string) - the title of the item; $deadline (string) - the new deadline, a date in words

checklist-change-added = New: { $item }
checklist-change-removed = No longer needed: { $item }
checklist-change-deadline = New deadline for "{ $item }": { $deadline }
checklist-change-status = Changed: { $item }

## Labels

checklist-status-todo = To do
checklist-status-done = Done
checklist-status-overdue = Too late: do it now
# $date (string) - a date in words
checklist-deadline = At the latest on { $date }
checklist-because = Because of your answers about:
checklist-empty = Answer the questions to see what you need to do.
checklist-saved = Saved.
checklist-reset-done = Your answers were deleted.
