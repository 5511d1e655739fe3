# Werkmaat: the health-insurance checklist (Bulgarian). Questions (question-<id>, .help), their options
# (option-<question>-<option>), and items (item-<id> as the title, .text as what to do and why).
# Numbers are facts from core/content/facts.json ($fact-id), written the locale's way.
# Translation of the reference locale (en): same messages, attributes and variables.
# Plain language (B1), polite "вие"-form, same words as guides.ftl and ui.ftl.

## Answers to yes/no questions

option-yes = Да
option-no = Не

## Questions

question-works_in_nl = Работите ли в Нидерландия?
    .help = Също и ако работите тук само за един сезон.
question-work_start = Кой беше първият ви работен ден в Нидерландия?
    .help = Ако сте се регистрирали в общината (gemeente) или в RNI преди това, напишете датата на регистрацията.
question-employment = Как сте наети на работа?
option-employment-agency = Чрез агенция (uitzendbureau)
option-employment-direct = Пряко от фирмата, в която работя
option-employment-posted = Работодател от друга държава ме е изпратил тук (командирован работник)
option-employment-self_employed = Работя за себе си, на свободна практика (zzp)
question-has_a1 = Имате ли удостоверение A1 от родната си страна?
    .help = Командированият работник го получава от службата за социално осигуряване в родната си страна.
question-stay = Колко дълго ще останете в Нидерландия?
option-stay-short = По-малко от { $rni-max-stay-months ->
    [one] { $rni-max-stay-months } месец
   *[other] { $rni-max-stay-months } месеца
}
option-stay-long = { $rni-max-stay-months ->
    [one] { $rni-max-stay-months } месец
   *[other] { $rni-max-stay-months } месеца
} или повече
question-registration = Къде сте регистрирани?
option-registration-none = Още нямам регистрация
option-registration-rni = В Регистъра на нерезидентите (RNI)
option-registration-brp = В общината си (gemeente), в Базовия регистър на населението (BRP)
question-has_dutch_insurance = Имате ли нидерландска здравна застраховка (zorgverzekering)?
question-insurance_via_employer = Получихте ли тази застраховка чрез работодателя или агенцията си?
    .help = Например групова застраховка (collectieve verzekering), която агенцията е уредила.
question-deduction_consent = Подписали ли сте писмено разрешение (volmacht) да ви удържат вноската от заплатата?
question-age = На колко години сте?
question-yearly_income = Около колко печелите на година преди данъците (бруто, в евро)?
    .help = Отговорът остава само на този телефон. С него проверяваме дали можете да получите помощ за здравната застраховка (zorgtoeslag).
question-has_partner = Имате ли партньор, с когото живеете заедно (toeslagpartner)?
question-job_ended = Приключила ли е работата ви?
question-leaving_nl = Напускате ли Нидерландия?
question-receives_benefit = Получавате ли обезщетение от UWV (Ziektewet или WW)?
question-cak_letter = Получили ли сте писмо от CAK за здравната застраховка?
question-cak_letter_date = Каква дата е написана на писмото от CAK?
question-has_gp = Записани ли сте при личен лекар (huisarts)?
question-has_digid = Имате ли DigiD?

## Items

item-take-out-insurance = Сключете нидерландска здравна застраховка (zorgverzekering)
    .text = Работите в Нидерландия, затова трябва да имате нидерландска здравна застраховка, дори ако сте застраховани в родната си страна. Сключете я в срок от { $insure-within-months ->
        [one] { $insure-within-months } месец
       *[other] { $insure-within-months } месеца
    } от първия си работен ден или от регистрацията си: тогава тя ви покрива от самото начало. Ако закъснеете, нямате покритие за времето преди това и CAK може да ви наложи глоба.
item-carry-a1-and-ehic = Носете със себе си удостоверението A1 и картата ЕЗОК (EHIC)
    .text = Работодател от чужбина ви е изпратил тук и имате удостоверение A1, затова оставате осигурени в родната си страна. Носете със себе си удостоверението A1 и Европейската здравноосигурителна карта (ЕЗОК, EHIC). С ЕЗОК получавате медицинската помощ, която е необходима по медицински причини.
item-register-bsn = Регистрирайте се, за да получите личен номер (BSN)
    .text = Номерът BSN ви трябва, за да ви плащат заплата и за да получавате медицинска помощ. Ако оставате по-малко от { $rni-max-stay-months ->
        [one] { $rni-max-stay-months } месец
       *[other] { $rni-max-stay-months } месеца
    }, регистрирайте се на гише на RNI: получавате номера BSN веднага. Ако оставате по-дълго, регистрирайте се в BRP в общината (gemeente), където живеете.
item-register-brp = Регистрирайте се в общината си (gemeente)
    .text = Оставате { $rni-max-stay-months ->
        [one] { $rni-max-stay-months } месец
       *[other] { $rni-max-stay-months } месеца
    } или повече, затова трябва да се регистрирате като жител в Базовия регистър на населението (BRP) на общината (gemeente), където живеете. Попитайте общината до кога трябва да го направите и какви документи да носите.
item-apply-digid = Подайте заявление за DigiD
    .text = DigiD е вашата електронна идентификация за Mijn UWV, за помощта за здравната застраховка (zorgtoeslag) и за други услуги. Подайте заявление на digid.nl и активирайте DigiD в срок от { $digid-activation-days ->
        [one] { $digid-activation-days } ден
       *[other] { $digid-activation-days } дни
    }. Никога не давайте данните си за вход в DigiD на работодателя, агенцията или хазяина.
item-apply-zorgtoeslag = Подайте заявление за помощ за здравната застраховка (zorgtoeslag)
    .text = Според отговорите ви вероятно можете да получите zorgtoeslag: навършили сте { $zorgtoeslag-min-age ->
        [one] { $zorgtoeslag-min-age } година
       *[other] { $zorgtoeslag-min-age } години
    }, имате нидерландска здравна застраховка и доходът ви е под границата ({ $zorgtoeslag-income-single } на година, ако нямате партньор, или { $zorgtoeslag-income-partner } общо с партньора). Спестяванията ви също трябва да са под определена граница. Подайте заявление с DigiD на belastingdienst.nl. Ако имате въпроси, обадете се на BelastingTelefoon: { $belastingtelefoon }.
item-check-premium-deduction = Проверете вноската, която се удържа от заплатата ви
    .text = Работодателят може да удържа вноската за здравната застраховка от заплатата ви само ако сте подписали писмено разрешение (volmacht) и вие сте притежателят на полицата. Удръжката не може да е по-голяма от вноската по полицата ви, нито повече от { $insurance-deduction-max-year } на година. Проверете фиша си за заплата (loonstrook). Ако не сте подписали volmacht, поискайте писмено от работодателя да спре удръжката.
item-choose-own-insurer = Можете сами да изберете здравния си застраховател
    .text = Имате право сами да изберете здравния си застраховател (zorgverzekeraar). Работодателят или агенцията може да ви предложи групова застраховка (collectieve verzekering), но не сте длъжни да я вземете. Сравнете застрахователите, преди да решите. Ако имате въпроси, обадете се на Zorgverzekeringslijn: { $zvl-phone }.
item-arrange-insurance-after-job = Работата ви приключи: погрижете се да сте още застраховани
    .text = Груповата застраховка чрез агенцията често свършва заедно с работата. Оставате в Нидерландия, затова трябва да продължите да сте застраховани. Попитайте застрахователя си дали полицата ви още важи. Ако не важи, веднага сключете своя застраховка.
item-keep-insurance-on-benefit = Запазете здравната си застраховка, докато получавате обезщетение
    .text = Докато получавате от UWV обезщетение за болест (Ziektewet) или за безработица (WW), нидерландската ви здравна застраховка продължава и трябва да я запазите. Не я прекратявайте.
item-cancel-insurance-when-leaving = Прекратете нидерландската си здравна застраховка, когато заминавате
    .text = Ако напуснете Нидерландия и вече нямате доходи от Нидерландия, губите правото на нидерландска здравна застраховка. Първо се отпишете в общината си (gemeente). След това прекратете полицата си и изпратете на застрахователя доказателство, че сте се отписали.
item-respond-to-cak = Отговорете на писмото от CAK
    .text = CAK пише на хора, които изглежда нямат нидерландска здравна застраховка. След писмото имате { $cak-letter-months ->
        [one] { $cak-letter-months } месец
       *[other] { $cak-letter-months } месеца
    }, за да сключите застраховка. Ако не го направите, CAK ви налага глоба от около { $cak-fine }. По-късно CAK сам ви застрахова и удържа от заплатата ви по-висока вноска: { $cak-premium-month } на месец. Ако вече сте застраховани, съобщете на CAK и изпратете доказателство.
item-register-with-gp = Запишете се при личен лекар (huisarts)
    .text = Запишете се при личен лекар (huisarts) близо до мястото, където живеете, още преди да се разболеете. За медицинска помощ първо отивате при личния лекар. Той ви изпраща в болница или при специалист, когато е нужно. Посещенията при личния лекар не се броят към самоучастието (eigen risico).
item-know-eigen-risico = Научете какво е самоучастието (eigen risico)
    .text = След като навършите { $no-deductible-under-age ->
        [one] { $no-deductible-under-age } година
       *[other] { $no-deductible-under-age } години
    }, всяка година сами плащате първите { $eigen-risico } за някои видове медицинска помощ. Това е самоучастието (eigen risico). Посещенията при личния лекар (huisarts) не се броят към него. Лекарствата от аптеката и лечението в болница се броят.

## What changed after an answer
# $item (string) - the title of the item; $deadline (string) - the new deadline, a date in words

checklist-change-added = Ново: { $item }
checklist-change-removed = Вече не е нужно: { $item }
checklist-change-deadline = Нов краен срок за „{ $item }“: { $deadline }
checklist-change-status = Променено: { $item }

## Labels

checklist-status-todo = Да се направи
checklist-status-done = Направено
checklist-status-overdue = Срокът изтече: направете го сега
# $date (string) - a date in words
checklist-deadline = Най-късно на { $date }
checklist-because = Въз основа на отговорите ви на въпросите:
checklist-empty = Отговорете на въпросите, за да видите какво трябва да направите.
checklist-saved = Запазено.
checklist-reset-done = Отговорите ви бяха изтрити.
