# Werkmaat: rights guides (English reference).
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.
# Each guide: guide-<id> (title) with .summary; each section: guide-<id>-<section> (heading) with .body.
# Every number, amount, date, time and phone number is a fact variable ($fact-id) from
# core/content/facts.json, written the locale's way by Werkmaat: no digits in the text itself.

## Guide: arriving
guide-arriving = Arriving in the Netherlands
    .summary = Your citizen service number (BSN), registration in the RNI or the BRP, and your DigiD login.
guide-arriving-bsn = Your citizen service number (BSN)
    .body =
        In the Netherlands you need a citizen service number (burgerservicenummer, BSN). Your employer or agency needs it to pay you. You also need it for your DigiD, and when you call a doctor.
        You get your BSN when you register. How you register depends on how long you stay.
        Keep the paper with your BSN in a safe place.
guide-arriving-register = Register: RNI or BRP
    .body =
        - You stay shorter than { $rni-max-stay-months } months: register in the Registration of Non-Residents (Registratie Niet-ingezetenen, RNI). There are { $rni-desks } RNI desks (RNI-loket), for example in Amsterdam, Rotterdam, Den Haag, Utrecht, Eindhoven, Venlo, Groningen and Zwolle.
        - You will live here more than { $rni-max-stay-months } months within { $brp-stay-period-months } months: register as a resident in the Personal Records Database (Basisregistratie Personen, BRP) at the municipality (gemeente) where you live. The law gives you { $brp-register-within-days } days after you arrive. If you first registered in the RNI and then stay longer, register at the gemeente too.
        Registration in the RNI is free, and you get your BSN at once. Ask the desk which papers to bring.
        If you do not speak Dutch, English or German, bring your own interpreter.
        The guide on registering at the gemeente tells you more, also what to do if you have no address.
guide-arriving-digid = Your DigiD login
    .body =
        DigiD is your personal login for Dutch government services, for example Mijn UWV and the health care allowance (zorgtoeslag).
        If you are registered in the RNI and you are a citizen of a country of the European Economic Area (EEA):
        - apply at digid.nl and choose "Ik woon buiten Nederland" (I live outside the Netherlands);
        - you need a valid passport or ID card from an EEA country (a driving licence is not accepted), your BSN, a mobile phone and an e-mail address;
        - you then get a collection code (baliecode). It is valid for { $digid-activation-days } days. Within that time, collect your activation code at a DigiD desk, for example in Den Haag, Maastricht, Schiphol, Enschede or Echt-Susteren.
        - A video call with Nederland Wereldwijd is only possible if you are outside the Netherlands at the time of the call. If you are in the Netherlands, go to a DigiD desk.
        If you are registered in the BRP, apply at digid.nl with your Dutch address.
        Your DigiD is only for you. Do not give your login details to your employer, agency or landlord.
guide-arriving-help = Next steps and help
    .body =
        - Take out Dutch health insurance (zorgverzekering) within { $insure-within-months } months after you start to work here or come to live here. The insurance checklist in Werkmaat helps you.
        - Questions about registration: your gemeente, or rvig.nl.
        - Questions about DigiD: digid.nl.
        - Work in NL has information points for labour migrants from the EU in every labour-market region: workinnl.nl.

## Guide: contract
guide-contract = Your contract and agency work
    .summary = The phases of an agency contract, the agency clause, the new agency CAO and the licence for agencies.
guide-contract-phases = The phases of agency work
    .body =
        The collective labour agreement for agency workers (CAO voor Uitzendkrachten) uses phases:
        - Phase A: at most { $phase-a-max-weeks } weeks in which you worked. Weeks of paid leave also count.
        - Phase B: at most { $phase-b-max-years } years, and at most { $phase-b-max-contracts } fixed-term contracts (contract voor bepaalde tijd).
        - Phase C: a contract for an indefinite period (contract voor onbepaalde tijd).
        After a break of more than { $phase-reset-break-months } months, the count starts again. A planned law (Wet meer zekerheid flexwerkers) may make phase B shorter and this break longer. This is not certain yet.
        Ask your agency in writing which phase you are in.
guide-contract-clause = The agency clause (uitzendbeding)
    .body =
        A contract in phase A can have an agency clause (uitzendbeding). Then your contract ends automatically when the company where you work (inlener) ends your assignment.
        Since { $uitzendbeding-sickness-date }, this clause no longer ends your contract because you are sick. You stay employed until the end date in your contract, and the agency pays your wage until then.
        After { $uitzendbeding-notice-after-weeks } weeks of work, the agency must tell you { $uitzendbeding-notice-days } days in advance that your work ends.
guide-contract-new-cao = The new agency CAO
    .body =
        A new CAO voor Uitzendkrachten applies from { $cao-2026-start }. The agency organisations agreed it with the union LBV. The unions FNV and CNV are not part of it.
        - You have the right to pay and conditions that are equivalent (gelijkwaardig) to those of comparable staff of the company where you work: pay, allowances, leave, sickness rules and training.
        - There is one pension scheme. You build pension from your first day.
        - Zero-hours contracts (nulurencontracten) are abolished.
        - Extras of the old CAO, for example extra leave days or higher sick pay, can disappear if the company where you work does not give them.
        Not all details are clear yet. Ask your agency in writing which pay and conditions apply to you.
guide-contract-licence = A licence for agencies (Wtta)
    .body =
        Under a new law (Wtta), agencies need a licence.
        - The law starts on { $wtta-start }. Agencies must apply before that date.
        - From { $wtta-enforcement-start }, the Netherlands Labour Authority (Nederlandse Arbeidsinspectie) can fine agencies without a licence, and companies that use them.
        - For a licence, an agency must pay a deposit of { $wtta-deposit } and show that it follows the rules, for example that it pays the minimum wage.
        Ask your agency whether it is registered: whether it has a licence, or has applied for one. We could not confirm where you can check this yourself.
guide-contract-help = Who helps
    .body =
        - Juridisch Loket, free legal advice: juridischloket.nl.
        - FNV, a trade union: fnv.nl.
        - Arbeidsinspectie: { $nla-phone }, nlarbeidsinspectie.nl.
        - Work in NL information points: workinnl.nl.
        Keep your contracts, payslips and all messages from the agency.

## Guide: pay
guide-pay = Pay
    .summary = The minimum wage, holiday pay, leave, your payslip and what your employer may take from your wage.
guide-pay-minimum = The minimum wage
    .body =
        From the age of { $minimum-wage-adult-age }, you must get at least the statutory minimum wage (minimumloon): { $minimum-wage-hour } gross per hour.
        The minimum wage changes every January and every July. The amount above may be out of date: check the amount for today on rijksoverheid.nl.
        Workers younger than { $minimum-wage-adult-age } have a lower minimum wage. It depends on their age.
        The minimum wage also applies to piece work (stukloon) and to overtime. The law gives no extra pay for overtime. Your CAO or contract can give more.
guide-pay-holiday = Holiday pay and leave
    .body =
        - Holiday pay (vakantiegeld): at least { $holiday-allowance-percent } of your gross wage. You get it at least once a year, usually in May or June. Under a CAO, also for agency work, it can be paid every month.
        - Leave (vakantiedagen): every year at least { $leave-weeks-per-year } times the hours you work in a week. If you work full time, that is { $leave-days-full-time } days.
        - Legal leave days expire { $leave-lapse-months } months after the end of the year in which you earned them.
guide-pay-payslip = Check your payslip (loonstrook)
    .body =
        Check your payslip (loonstrook) every time:
        - the hours: compare them with your own record, for example in the Werkmaat diary;
        - your wage per hour: at least the minimum wage for your age;
        - holiday pay and leave: are they paid, or saved for you?
        - deductions (inhoudingen): what was taken from your wage, and why.
        If something is wrong, ask your agency in writing to correct it. Keep all payslips.
guide-pay-deductions = What may be taken from your wage
    .body =
        Since { $deductions-forbidden-since }, your employer may not take money from your minimum wage, or set costs off against it. The only exceptions are housing and health insurance, and only with your written permission (volmacht).
        - Housing: at most { $housing-deduction-max-percent } of the gross minimum wage that applies to you. The government planned to lower this limit step by step. On { $housing-phaseout-stopped-date } it stopped that plan for now, but the limit may still change.
        - Health insurance: at most { $insurance-deduction-max-year } per year (this limit changes every year), and never more than the premium on your policy. You must be the policyholder and give your employer a copy of your policy.
        The volmacht must state:
        - your name and the name of your employer;
        - the amount;
        - which costs it is for, for example rent, service costs, and energy or water with a separate meter for you.
guide-pay-help = Who helps
    .body =
        - Pay below the minimum wage: Netherlands Labour Authority (Nederlandse Arbeidsinspectie), { $nla-phone }, nlarbeidsinspectie.nl.
        - Free legal advice: Juridisch Loket, juridischloket.nl.
        - Trade union: FNV, fnv.nl.

## Guide: hours
guide-hours = Working hours and rest
    .summary = How long you may work, and the rest and breaks you must get.
guide-hours-limits = How long you may work
    .body =
        The Working Hours Act (Arbeidstijdenwet) sets limits for adults:
        - at most { $max-shift-hours } hours in one shift;
        - at most { $max-week-hours } hours in one week;
        - on average at most { $average-short-period-hours } hours a week over { $average-short-period-weeks } weeks;
        - on average at most { $average-long-period-hours } hours a week over { $average-long-period-weeks } weeks.
        Your CAO may have its own rules, but they must stay within the limits of the law.
guide-hours-rest = Rest between shifts and in the week
    .body =
        - Daily rest (dagelijkse rusttijd): after your working day, at least { $daily-rest-hours } hours of rest in a row. Once every { $rest-period-days } days this rest may be shorter, but at least { $daily-rest-shortened-hours } hours, and only if the work needs it.
        - Weekly rest (wekelijkse rusttijd): at least { $weekly-rest-hours } hours of rest in a row in every { $rest-period-days } days, or { $weekly-rest-long-period-hours } hours in every { $weekly-rest-long-period-days } days. The { $weekly-rest-long-period-hours } hours may be split into blocks of at least { $weekly-rest-min-block-hours } hours.
guide-hours-breaks = Breaks (pauze)
    .body =
        - You work more than { $break-threshold-hours } hours: at least { $break-minutes } minutes of break. You may split it into parts of at least { $break-part-minutes } minutes.
        - You work more than { $long-day-threshold-hours } hours: at least { $long-day-break-minutes } minutes of break, in parts of at least { $break-part-minutes } minutes.
        Breaks are not paid, unless your contract or CAO says they are.
guide-hours-night = Night shifts (nachtdienst)
    .body =
        We could not fully confirm these rules: our sources are older. Ask the Arbeidsinspectie or a union to be sure.
        - A night shift is at most { $night-shift-max-hours } hours.
        - You may work at most { $night-shifts-max } night shifts in { $night-shifts-period-weeks } weeks.
        - Over { $night-shifts-period-weeks } weeks you may work on average at most { $night-average-hours } hours a week.
guide-hours-record = Keep your own record, and get help
    .body =
        Write down every day when you start, when you stop and how long your breaks are. The diary in Werkmaat helps you. Compare your record with your payslip.
        If you must work too long or get too little rest, contact the Netherlands Labour Authority (Nederlandse Arbeidsinspectie):
        - { $nla-phone } (free), or from abroad { $nla-phone-abroad };
        - nlarbeidsinspectie.nl.
        For advice you can also contact FNV (fnv.nl) or the Juridisch Loket (juridischloket.nl).

## Guide: housing
guide-housing = Housing through your job
    .summary = Rent taken from your wage, the quality rules for the housing, and what to do when your job ends.
guide-housing-deduction = Rent taken from your wage
    .body =
        Your employer may take rent from your minimum wage only with your written permission (volmacht), and at most { $housing-deduction-max-percent } of the gross minimum wage that applies to you.
        The volmacht must state your name and the name of your employer, the amount, and which costs it is for: rent, service costs, and energy or water with a separate meter for you.
        The government planned to lower this limit. It stopped that plan for now, but the limit may still change.
guide-housing-quality = Rules for the housing
    .body =
        Rent may only be taken from your wage if the housing meets a quality rule:
        - it is a home of a housing corporation (woningcorporatie); or
        - it meets the quality standard of the CAO, and the landlord is certified for this standard. For agencies, this is the SNF standard (SNF-norm).
        The new agency CAO keeps a system of points for the price and the quality of housing for labour migrants.
        Ask your agency or landlord in writing to show that the housing is certified.
guide-housing-papers = A separate rental contract
    .body =
        Your home and your job are different things. If you are a labour migrant from another EU country and your rental started on or after { $wgv-separate-contract-since }, the law (Wet goed verhuurderschap) says that your rental contract (huurcontract) must be a separate document from your employment contract (arbeidsovereenkomst).
        - Because of this, your rental does not end automatically when your job ends.
        - The landlord must also tell you in writing about your rights and duties, in a language you understand.
        - If you only got one contract for both, ask for a separate rental contract in writing.
        Keep copies of the rental contract, the volmacht and all messages about your housing.
guide-housing-job-ends = When your job ends
    .body =
        If your employer arranges both your home and your health insurance, you may lose both at the same time when your job ends.
        With a separate rental contract, your rental does not end just because your job ends. An older agency CAO promised some weeks of housing after the end of the contract. We could not confirm that this still applies under the new CAO. Ask your agency in writing how long you may stay.
        Health insurance through the agency often ends with the job. If you stay in the Netherlands, you must stay insured: take out your own health insurance (zorgverzekering). While you get a Dutch Ziektewet or WW benefit, you must stay insured too: check that your policy still runs, and keep it.
        See also the guide on losing your job.
guide-housing-help = What to do and who helps
    .body =
        - Ask your questions in writing, for example by e-mail, and keep the answers and all papers.
        - Juridisch Loket, free legal advice: juridischloket.nl.
        - FNV, a trade union: fnv.nl.
        - Work in NL information points: workinnl.nl.
        - Your municipality (gemeente): ask what help there is if you lose your home.
        - Questions about health insurance: Zorgverzekeringslijn, { $zvl-phone }, zorgverzekeringslijn.nl.
        If someone uses your housing to force you to work, contact FairWork (fairwork.nu). In danger, call { $emergency-phone }.

## Guide: sickness
guide-sickness = Sickness
    .summary = How to report sick, your pay when you are sick, and what UWV does for agency workers.
guide-sickness-report = Report sick
    .body =
        - Report sick to your agency as soon as possible, and before { $report-sick-before }.
        - Stay at home and be reachable until { $stay-home-until }. UWV may check on you.
        - If you stay at another address, give this nursing address (verpleegadres).
        - Help with your return to work (re-integratie).
        These are the usual rules in the agency sector. Your agency may have its own rules: ask for them in writing.
guide-sickness-pay = Your pay when you are sick
    .body =
        - Your employer pays at least { $sick-pay-percent } of your wage, for up to { $sick-pay-max-weeks } weeks.
        - In the first { $sick-pay-minimum-wage-weeks } weeks, you get at least the minimum wage.
        - Waiting days (wachtdagen) without pay: at most { $waiting-days-max }, and only if your contract or CAO says so.
        Many CAOs pay more. Under the new agency CAO, your sick pay may follow the rules of the company where you work, but never less than the law.
guide-sickness-agency = Agency workers and UWV
    .body =
        If your agency follows the agency CAO, it cannot end your contract because you are sick. It keeps paying your wage while the contract lasts.
        If you are still sick when the contract ends, the agency or employer reports this to UWV, and you may get a sickness benefit (Ziektewet). Some agencies pay this benefit themselves (eigenrisicodrager).
        If the agency does not report your sickness to UWV in time, you can report sick to UWV yourself by phone: UWV Telefoon Werknemers. We could not confirm its number: look it up on uwv.nl.
        Your sickness report is in Mijn UWV. You log in with DigiD.
guide-sickness-after-contract = Sick after your contract has ended (Ziektewet)
    .body =
        If you fall sick within { $sick-after-contract-weeks } weeks after your contract ended, nobody reports it for you: report sick to UWV yourself. Do it on your first day of sickness, and at the latest within { $report-sick-uwv-days } days. Phone UWV Telefoon Werknemers.
        If you get WW, report sick in Mijn UWV within { $report-sick-uwv-days } days too.
        - The Ziektewet benefit is { $ziektewet-percent } of your daily wage (dagloon): the average of what you earned in the year before you fell sick.
        - There is no minimum: the benefit can be lower than the minimum wage. If your household has too little to live on, ask UWV for a supplement (toeslag).
        - The Ziektewet lasts at most { $ziektewet-max-weeks } weeks. Around week { $ezwb-week }, UWV checks how much you can still earn. If you are less than { $wia-threshold-percent } unable to work, the Ziektewet stops one month later.
guide-sickness-long = If you are sick for a long time
    .body =
        A WIA benefit can start after { $sick-pay-max-weeks } weeks of sickness. You must apply before that, while you are still sick:
        - Around week { $wia-letter-week }, UWV sends you a letter.
        - Apply between week { $wia-letter-week } and week { $wia-apply-until-week } of your sickness. Do not wait longer. You need DigiD.
        - UWV checks the report about your return to work (re-integratieverslag). If your employer did too little, it must pay your wage longer: a wage sanction (loonsanctie) of at most { $loonsanctie-max-years } year.
        - Then an insurance doctor (verzekeringsarts) and a labour expert (arbeidsdeskundige) assess you.
        WIA is for people who are at least { $wia-threshold-percent } unable to work (arbeidsongeschikt). WGA if you can still work partly, or may get better; IVA if you are at least { $iva-threshold-percent } unable to work and this will not get better.
guide-sickness-help = Who helps
    .body =
        - UWV: uwv.nl and Mijn UWV.
        - Your family doctor (huisarts), for medical care.
        - The company doctor (bedrijfsarts): see the guide about the company doctor.
        - Juridisch Loket: juridischloket.nl. FNV: fnv.nl.
        Write down your complaints and your days of sickness in the Werkmaat diary.

## Guide: company-doctor
guide-company-doctor = The company doctor (bedrijfsarts)
    .summary = Your right to see a company doctor, a second opinion, and what to do if your agency has no company doctor.
guide-company-doctor-role = Every employer must have a company doctor
    .body =
        A company doctor (bedrijfsarts) is a doctor for questions about your health and your work, and for your return to work after sickness.
        Under the Working Conditions Act (Arbowet), as changed on { $arbowet-bedrijfsarts-date }, every employer must have a basic contract (basiscontract) with a company doctor or an occupational health service (arbodienst).
        If you are sick, the company doctor must be involved at the latest in week { $bedrijfsarts-by-week } of your absence.
guide-company-doctor-visit = You can see the company doctor yourself
    .body =
        - You can go to the company doctor without permission from your employer.
        - You can also go when you are not sick, for example with questions about your health and your work. This is the open consultation hour (open spreekuur).
        - Doctors keep medical confidentiality (medisch beroepsgeheim). If you are not sure what the company doctor will tell your employer, ask the doctor before you start.
guide-company-doctor-second-opinion = A second opinion
    .body =
        If you do not agree with the advice of the company doctor, you have the right to a second opinion from another company doctor.
        The request may be refused only for weighty reasons (zwaarwegende argumenten).
        You choose the other doctor from the doctors named in the basic contract (basiscontract).
        Ask for the second opinion in writing, and keep a copy.
guide-company-doctor-no-access = If you cannot reach a company doctor
    .body =
        In practice, labour migrants who work through an agency often have no access to a company doctor. What you can do:
        - Ask your agency in writing who its company doctor or occupational health service (arbodienst) is, and how you can make an appointment. Keep the answer.
        - For medical care, go to your family doctor (huisarts). Call on working days between { $gp-office-opens } and { $gp-office-closes }.
        - If your employer has no company doctor, report it to the Netherlands Labour Authority (Nederlandse Arbeidsinspectie): { $nla-phone }, nlarbeidsinspectie.nl.
        - In an emergency, call { $emergency-phone }.
        Write down your complaints in the Werkmaat diary, so that you can show them to a doctor.

## Guide: accidents
guide-accidents = Work accidents
    .summary = What to do after an accident at work, what your employer must do, and how to report unsafe work yourself.
guide-accidents-now = What to do right away
    .body =
        If someone is in danger or badly hurt, call { $emergency-phone }. The operators speak English.
        - Give first aid if you can do it safely.
        - For other injuries, phone your family doctor (huisarts). In the evening, at night and at weekends, phone the out-of-hours GP post (huisartsenpost).
        - Go to the hospital emergency department (spoedeisende hulp, SEH) only if the huisarts or the huisartsenpost sends you, or if it is life-threatening.
        - Tell your employer as soon as you can. If you work through an agency (uitzendbureau), tell the agency too.
guide-accidents-record = Write down what happened
    .body =
        Write down what happened while you still remember it well:
        - the date, the time and the place;
        - what you were doing and what went wrong;
        - how you were hurt;
        - the names of the people who saw it (witnesses);
        - which doctor or hospital you went to.
        Take photos of the place, the machine or the tools, and of your injury. Keep all letters from doctors. Werkmaat's diary can keep these notes and photos on your phone.
guide-accidents-employer = What your employer must do
    .body =
        Your employer must report a serious work accident straight away to the Netherlands Labour Authority (Nederlandse Arbeidsinspectie). This also applies to agency workers. An accident is serious when it leads to:
        - death;
        - permanent injury, for example losing a body part or losing your sight;
        - admission to hospital, also a day admission. Treatment without admission does not count.
        If this only becomes clear later, the employer must report it at that moment.
        Your employer must also keep a list (register) of the reported accidents, and of the accidents that kept someone off work for more than { $accident-register-absence-days } working days.
guide-accidents-liability = When your employer is liable
    .body =
        The employer's liability rule in the Civil Code (Burgerlijk Wetboek) says that your employer must take the safety measures that can reasonably be expected, so that you do not get hurt at work.
        You only have to show that you got hurt while doing your work. Then the employer must prove that it did enough to keep you safe. If it cannot prove this, it may have to pay for your damage.
        The employer is not liable if you caused the damage mainly yourself, on purpose or by acting very recklessly on purpose. The rule does not promise that work is completely safe.
        For advice on your case, ask the Legal Aid Desk (Juridisch Loket): juridischloket.nl.
guide-accidents-report = Reporting unsafe work yourself
    .body =
        You can report unsafe work to the Arbeidsinspectie yourself, also when nothing has happened yet.
        - Phone { $nla-phone }. This number is free.
        - From abroad, phone { $nla-phone-abroad }. Another source gives a different number, so if this one does not work, look on nlarbeidsinspectie.nl.
        - You can also report with an online form. The forms are available in several languages.
        - You can report anonymously, without giving your name.

## Guide: insurance
guide-insurance = Health insurance
    .summary = Who must take Dutch health insurance, by when, how to choose it, and what happens if you do not.
guide-insurance-who = Who must be insured
    .body =
        Dutch health insurance is required by law (Zorgverzekeringswet). You must take it if:
        - you live in the Netherlands, or
        - you work in the Netherlands and pay Dutch wage tax (loonheffing), also if you live abroad or do seasonal work.
        Insurance in your home country does not free you from this duty.
        Exception: if a foreign employer sent you here for a time (posted worker) and you have an A1 certificate, you stay insured in your home country. You then use your European Health Insurance Card (EHIC) for care that is medically necessary.
guide-insurance-deadline = The deadline
    .body =
        Take out insurance within { $insure-within-months } months after your first working day, or after you register with the municipality (gemeente). Your cover then goes back to that first day, and you pay the premium from that day.
        If you are late, you have no cover for the time before, so you pay those care costs yourself. You can also get a fine from the CAK, the public body that deals with people without insurance.
guide-insurance-choice = Choosing your insurer
    .body =
        You may choose your health insurer (zorgverzekeraar) yourself. The CAK says this too.
        Your employer or agency may offer a group policy (collectieve verzekering). It may only take the premium from your wage if you give written permission (volmacht). You must be the policyholder and get a copy of the policy.
        We could not find a legal text that says in these words that an employer may not force you to take its policy. But the law gives you a free choice of insurer, and a deduction needs your volmacht. Ask the Zorgverzekeringslijn if you are not sure.
guide-insurance-cak = Letters from the CAK
    .body =
        If you must be insured and are not, the CAK takes these steps:
        - You get a letter. You then have { $cak-letter-months } months to take out insurance.
        - If you do not, you get a fine.
        - After another { $cak-letter-months } months without insurance, you get a second fine.
        - Then the CAK insures you itself and chooses the insurer. For { $cak-premium-months } months it takes a higher premium (bestuursrechtelijke premie) from your wage or benefit.
        By law, each fine is three times the standard premium (standaardpremie) for one month. The standaardpremie is { $standaardpremie } a year, so a fine is { $cak-fine }. The higher premium is { $cak-premium-month } a month. These amounts change every year: check your letter or hetcak.nl, which has a page in English.
        Never ignore a letter from the CAK.
guide-insurance-job-ends = When your job ends
    .body =
        A group policy through your agency often ends when your job ends. If you still live in the Netherlands or still pay Dutch wage tax, you must stay insured: take out your own insurance at once.
        While you get a Dutch sickness benefit (Ziektewet) or unemployment benefit (WW), you must stay insured too. Check that your policy still runs, and keep it.
        If you leave the Netherlands for good (not for a holiday) and have no more income from the Netherlands, you lose the right to Dutch insurance. Cancel it, and show proof that you deregistered from the Personal Records Database (BRP).
guide-insurance-help = Who can help
    .body =
        The Zorgverzekeringslijn is an independent helpline for questions about health insurance.
        - Phone { $zvl-phone } on working days, or chat on zorgverzekeringslijn.nl.
        - We could not confirm which languages it speaks.
        For letters and fines from the CAK, see hetcak.nl. Werkmaat's insurance checklist helps you check your own situation.

## Guide: care
guide-care = Health care: where to go
    .summary = Your family doctor, the out-of-hours GP post, emergencies, medicines, the dentist and what you pay yourself.
guide-care-gp = Your family doctor (huisarts)
    .body =
        In the Netherlands you go to a family doctor (huisarts) first. The huisarts decides if you need a hospital or a specialist, and sends you there with a referral (verwijzing).
        - Register with a huisarts near where you live. Do not wait until you are sick.
        - Practices are often full and do not take new patients. Then ask other practices nearby. Werkmaat's care finder shows practices near you.
        - Phone the practice on working days between { $gp-office-opens } and { $gp-office-closes }.
        For advice on small health problems that you can treat yourself, see thuisarts.nl.
guide-care-out-of-hours = Evenings, nights and weekends (huisartsenpost)
    .body =
        When your huisarts is closed, phone the out-of-hours GP post (huisartsenpost). It is open in the evening and at night (on working days from { $gp-office-closes } to { $gp-office-opens }), at weekends and on public holidays.
        - Always phone first. You cannot just walk in. An assistant (triagist) decides how urgent it is.
        - Each region has its own number. Phone your huisarts: outside office hours the phone message often gives it. Werkmaat's care finder also shows it.
        Have this ready when you call, and bring your ID when you go:
        - your name, date of birth and citizen service number (BSN);
        - your health insurer and your policy number;
        - the name of your huisarts and the medicines you take.
        Werkmaat can keep these details for you.
guide-care-emergency = Emergencies
    .body =
        Call { $emergency-phone } when a life is in danger: for an ambulance, the police or the fire brigade. The operators speak English.
        The free 112NL app helps if you cannot hear or speak well, or do not speak Dutch or English:
        - you can call { $emergency-phone }, or the police, fire brigade or ambulance directly;
        - the operator can start a chat with you, and the chat can translate into many languages;
        - the app sends your location if you allow it.
        Install it now, before you need it. The old text phone { $emergency-textphone } is being phased out and may not work any more.
        The hospital emergency department (spoedeisende hulp, SEH) is for urgent care. Go there only when the huisarts or the huisartsenpost sends you, or when it is life-threatening.
guide-care-medicines-dentist = Medicines and the dentist
    .body =
        You get medicines from a pharmacy (apotheek). Prescription medicines from the basic package count towards your own risk (eigen risico).
        Care from the dentist (tandarts) is not in the basic package for adults. It only pays for special dental care, for example jaw surgery, and for full dentures. For full dentures you pay { $dentures-own-share-percent } of the costs yourself.
        For other dental care you need a supplementary insurance (aanvullende verzekering). For children, most dental care is in the basic package.
guide-care-costs = What you pay yourself (eigen risico)
    .body =
        Each year you pay the first { $eigen-risico } of the costs of care from the basic package yourself. This is the own risk (eigen risico). The amount may change in the coming years.
        These do not count towards the eigen risico:
        - visits to your huisarts;
        - maternity care (kraamzorg);
        - district nursing (wijkverpleging).
        Children under { $no-deductible-under-age } years pay no eigen risico.

## Guide: zorgtoeslag
guide-zorgtoeslag = Health care allowance (zorgtoeslag)
    .summary = Money from the government to help you pay for health insurance: who can get it, how much, and how to apply.
guide-zorgtoeslag-who = Who can get it
    .body =
        The health care allowance (zorgtoeslag) is money from the tax office (Belastingdienst/Toeslagen) to help you pay for your health insurance. You can get it if:
        - you are { $zorgtoeslag-min-age } years or older;
        - you have Dutch health insurance;
        - you have Dutch nationality, the nationality of a country in the European Economic Area (EEA), or a residence permit;
        - your income is below the limit: { $zorgtoeslag-income-single } a year without a partner, or { $zorgtoeslag-income-partner } a year together with your partner for the allowance (toeslagpartner);
        - your savings and other assets are below the limit. The limit changes every year. The newest limit we could confirm is { $zorgtoeslag-assets-single } without a partner, or { $zorgtoeslag-assets-partner } together with a toeslagpartner, and it is from an earlier year. Check the limit for this year at belastingdienst.nl.
        Your husband, wife or registered partner is your toeslagpartner also if they live in another country, and their income counts. If your toeslagpartner is insured in another country, you get half of the amount for partners.
        You can also get zorgtoeslag if you live abroad, when you work in the Netherlands and have Dutch health insurance.
guide-zorgtoeslag-amount = How much you get
    .body =
        The amount depends on your income: with a lower income you get more.
        - Without a toeslagpartner you get at most about { $zorgtoeslag-max-month-single } a month.
        - With a toeslagpartner you get together at most about { $zorgtoeslag-max-month-partner } a month.
        We found these amounts in a news report, so they may not be exact. The Belastingdienst calculates your amount.
guide-zorgtoeslag-apply = How to apply
    .body =
        - You need DigiD, the Dutch government login. See digid.nl.
        - Apply at belastingdienst.nl, in Mijn toeslagen.
        - Report changes in your income, or a new partner, quickly in Mijn toeslagen.
        The Belastingdienst checks your real income later. If you got too much allowance, you may have to pay it back. Keep all letters from the Belastingdienst.
guide-zorgtoeslag-help = Who can help
    .body =
        Call the BelastingTelefoon on { $belastingtelefoon }. The call is free. The line is open from Monday to Friday.
        Have your citizen service number (BSN) ready when you call.

## Guide: interpreters
guide-interpreters = Interpreters in health care
    .summary = How to make sure you and your doctor understand each other, when you can get an interpreter, and who pays.
guide-interpreters-understand = Understanding each other
    .body =
        Good care needs good understanding: you must understand your doctor, and your doctor must understand you.
        - Do not say "yes" if you did not understand.
        - You may ask the doctor to explain again, in simpler words.
        - You may ask for an interpreter (tolk).
        Tell the practice which language you speak before your appointment.
guide-interpreters-guideline = The guideline on language barriers
    .body =
        On { $language-guideline-date } a guideline for care workers on language barriers was published (Omgaan met taalbarrières in de zorg en het sociaal domein). Organisations of care workers and patients made it together, among them the Dutch College of General Practitioners (NHG) and the Dutch Patients Federation (Patiëntenfederatie Nederland). It says:
        - For complex, sensitive or serious conversations, the care worker should use a professional interpreter.
        - A family member, a friend or a translation app is only for simple conversations, and only if you want that.
        - Children must never interpret.
        - The care worker checks that you understood, for example by asking you to say it again in your own words.
guide-interpreters-costs = Who pays for an interpreter
    .body =
        This depends on the kind of care:
        - Family doctor (huisarts): there is no national arrangement that pays for interpreters. Some regions pay for interpreters by phone. Ask your huisarts whether this is possible in your region.
        - Mental health care (GGZ): interpreters have been paid for since { $ggz-interpreter-since }.
        - Care during pregnancy and birth by a midwife (verloskundige): interpreters have been paid for since { $obstetric-interpreter-since }. This arrangement is officially temporary.
        For other care, ask before your appointment whether an interpreter is possible and who pays for it.
guide-interpreters-ask = What you can do
    .body =
        - When you make an appointment, say that you need a professional interpreter, and for which language.
        - You may bring someone you trust to help you, for simple conversations.
        - Werkmaat's phrase cards show short sentences in Dutch and in your language. You can show them to the doctor or the assistant.

## Guide: exploitation
guide-exploitation = Exploitation: where to get help
    .summary = Signs of exploitation at work, where you can report it, and who can help you.
guide-exploitation-signs = Warning signs
    .body =
        Labour exploitation (arbeidsuitbuiting) often starts small. Watch out if:
        - you get less than the minimum wage (minimumloon) for the hours you work;
        - money is taken from your wage without your written permission (volmacht). Only housing and health insurance may be taken from the minimum wage, and only with a volmacht;
        - someone forces you to work, or to stay in the job;
        - your work is unsafe and nothing is done about it.
        Many workers get their housing and health insurance through the employer. This makes you dependent: if you lose the job, you can lose your home and your insurance at the same time.
guide-exploitation-danger = In danger or urgent
    .body =
        - In danger now: call { $emergency-phone }.
        - Police, when it is not an emergency: { $police-phone }. This number is not free: you pay a small amount per minute on top of your normal call costs, and it may not work with every foreign SIM card. You can report coercion or exploitation to the police.
        - To report a crime without giving your name: Meld Misdaad Anoniem, phone { $mma-phone } or see meldmisdaadanoniem.nl.
guide-exploitation-report = Reporting to the Arbeidsinspectie
    .body =
        The Netherlands Labour Authority (Nederlandse Arbeidsinspectie) deals with unsafe work, underpayment and exploitation.
        - Phone { $nla-phone } (free), or from abroad { $nla-phone-abroad }. Another source gives a different number from abroad; if it does not work, see nlarbeidsinspectie.nl.
        - There are online forms in several languages.
        - You can report anonymously, without giving your name.
        According to the inspectorate, it does not tell the employer who made the report.
guide-exploitation-help = Who can help you
    .body =
        - FairWork helps victims of labour exploitation, for free and in confidence: fairwork.nu.
        - CoMensha, the national centre against human trafficking (mensenhandel), registers victims and arranges shelter. Phone { $comensha-phone }, Monday to Friday from { $comensha-opens } to { $comensha-closes }, or e-mail info@comensha.nl.
        - FNV is a trade union (vakbond). It has held information sessions in Polish, also for people who are not members: fnv.nl.
        - The Legal Aid Desk (Juridisch Loket) gives free legal advice: juridischloket.nl. A trial project also helps in Polish, Bulgarian and Romanian in some provinces (Noord-Holland, Zuid-Holland, Noord-Brabant and Limburg). Check on the website whether it still runs.
        - Work in NL has information points for EU labour migrants in all labour market regions: workinnl.nl.
guide-exploitation-what-next = What reporting can mean for you
    .body =
        A report can lead to an investigation. We cannot promise what the result will be, or how long it will take.
        - You can report anonymously, to the Arbeidsinspectie or to Meld Misdaad Anoniem.
        - Keep copies of your contract, your payslips (loonstroken) and a list of your hours in a safe place. Werkmaat's diary can keep your hours.
        - A victim of human trafficking can get help and a safe place to stay through CoMensha.
        - If your housing and insurance come through your employer, think ahead: where can you stay, and how do you stay insured? See the guide on health insurance.
        If you are not sure what to do, talk to FairWork first.

## Guide: mental-health
guide-mental-health = Mental health
    .summary = Stress, worry and feeling low are common. Where you can get help, also in a crisis.
guide-mental-health-common = You are not alone
    .body =
        Life and work far from home can be hard. Stress, worry, sleep problems and feeling low happen to many people. It is not a weakness, and you may ask for help.
        Research in the Netherlands found that many labour migrants have poor mental health, much more often than Dutch workers.
guide-mental-health-gp = Talk to your huisarts
    .body =
        Your family doctor (huisarts) is the first place to go, also for stress, fear, sadness or sleep problems. What you tell your doctor is confidential.
        The huisarts can help you, or refer you to mental health care (GGZ). In the GGZ, interpreters have been paid for since { $ggz-interpreter-since }. Ask for one if you need it.
        You may also talk to the company doctor (bedrijfsarts), without asking your employer and also when you are not sick. But many agency workers have little or no access to one.
guide-mental-health-crisis = In a crisis
    .body =
        If you think about suicide, contact the Dutch suicide prevention line (Zelfmoordpreventie, 113.nl):
        - phone { $crisis-phone } or { $crisis-phone-free }; both numbers are free;
        - or chat on 113.nl.
        The line is open day and night, and you do not have to give your name.
        If you or someone else is in danger now, call { $emergency-phone }.
guide-mental-health-self-care = Taking care of yourself
    .body =
        Some simple habits can help you from day to day. They do not replace help from a doctor.
        - Try to sleep enough, and use your rest time and free days to rest. See the guide on working hours.
        - Talk to someone you trust: a friend, a colleague or your family at home.
        - Stay in touch with family and friends, also by phone or video call.
        If you feel worse, or it does not get better, go to your huisarts.

## Guide: losing-job
guide-losing-job = Losing your job
    .summary = What to do when your job ends: unemployment benefit (WW), your final pay, the transition payment, your insurance and your home.
guide-losing-job-ww = Unemployment benefit (WW): act within a week
    .body =
        If your job ends, you may get an unemployment benefit (WW) from UWV. Usually you must have worked in at least { $ww-weeks-worked } of the last { $ww-weeks-period } weeks.
        - Register as a job-seeker on werk.nl within { $ww-register-days } days after you lose your work.
        - Apply for WW at UWV. Your application must arrive at the latest { $ww-apply-within-weeks ->
            [one] { $ww-apply-within-weeks } week
           *[other] { $ww-apply-within-weeks } weeks
        } after your last working day. You may also apply a few weeks before. You need DigiD.
        - UWV decides within about { $ww-decision-weeks } weeks.
        Do not wait until the last day. Do not sign an agreement to end your contract (vaststellingsovereenkomst) before you have asked for advice.
guide-losing-job-final-pay = Your final pay
    .body =
        With your last pay (eindafrekening) you must get:
        - your wage up to your last working day;
        - the holiday pay (vakantiegeld) you have built up and did not get yet;
        - your unused leave days (vakantiedagen), paid out in money.
        Your employer must give you a written statement of the leave days you had left. Check your last payslip (loonstrook), and ask in writing if something is missing.
guide-losing-job-transition = Transition payment (transitievergoeding)
    .body =
        Since { $transitievergoeding-since }, you have a right to a transition payment (transitievergoeding) from your first working day, when your employer ends your contract or does not renew a temporary contract.
        - It is about a third of your monthly wage for each year you worked, and a part of that for a shorter time.
        - You do not get it when your employer is bankrupt.
        For agency work the rules can be different. Ask the Juridisch Loket (juridischloket.nl) about your case.
guide-losing-job-insurance = Your health insurance
    .body =
        A group policy through your employer or agency often ends with the job. If you still live in the Netherlands, you must stay insured: check that your policy still runs, and if not, take out your own health insurance (zorgverzekering) at once.
        While you get WW, you must stay insured too. Check that your policy still runs, and keep it.
        If you fall sick within { $sick-after-contract-weeks } weeks after your job ended, report sick to UWV yourself. See the guide on sickness.
guide-losing-job-housing = Your home
    .body =
        If your home comes through your employer, you may lose your home and your job at the same time.
        - With a separate rental contract (huurcontract), your rental does not end just because your job ends. The law (Wet goed verhuurderschap) requires this for labour migrants from the EU. See the guide on housing.
        - Ask in writing how long you may stay, and keep the answer.
        - If you may lose your home, ask your gemeente for help. If you have no address any more, you can register at a postal address (briefadres), so that letters from UWV and the Belastingdienst still reach you. See the guide on registering.
        Free legal advice: Juridisch Loket, juridischloket.nl. Trade union: FNV, fnv.nl.

## Guide: registering
guide-registering = Registering at the gemeente
    .summary = Registering on time, a postal address (briefadres) when you have no home, the RNI for short stays, and deregistering when you leave.
guide-registering-arrive = Register within { $brp-register-within-days } days
    .body =
        If you will live in the Netherlands for more than { $rni-max-stay-months } months within { $brp-stay-period-months } months, you must register at the municipality (gemeente) where you live. Do it within { $brp-register-within-days } days after you arrive. You are then in the Personal Records Database (Basisregistratie Personen, BRP).
        - Make an appointment with your gemeente and bring your passport or ID card.
        - Your partner and children who live with you must come to the appointment too.
        - You get a citizen service number (BSN) if you do not have one yet.
        If you are waiting for a residence permit, or your identity is still being checked, this deadline does not apply. Ask your gemeente.
guide-registering-no-address = No home address: briefadres
    .body =
        If you have no fixed address, for example because you lost your home, you can register at a postal address (briefadres). This is the address of a person or an organisation that agrees to receive your letters.
        - Ask your gemeente how to get a briefadres.
        - Letters from UWV, the Belastingdienst and the CAK then still reach you.
        Tell the gemeente when you have a home address again.
guide-registering-short-stay = A short stay: RNI
    .body =
        If you stay in the Netherlands shorter than { $rni-max-stay-months } months, register as a non-resident (Registratie Niet-ingezetenen, RNI) at an RNI desk. You also get a BSN there.
        If you then stay longer after all, register at your gemeente within { $brp-register-within-days } days.
guide-registering-leaving = When you leave the Netherlands
    .body =
        If you will live abroad for { $brp-departure-months } months or more within one year, report your departure (aangifte van vertrek) to your gemeente.
        - Do it at most { $brp-departure-days } days before you leave, not earlier.
        - If you are already abroad, report it online with DigiD as soon as possible. The day the gemeente receives it counts as your moving day.
        - If you no longer work in the Netherlands, cancel your Dutch health insurance (zorgverzekering) after that, and keep the proof of deregistration.
        Going home for a holiday is not leaving: then you stay registered.
