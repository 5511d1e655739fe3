# Werkmaat: the health-insurance checklist (Ukrainian). Questions (question-<id>, .help), their options
# (option-<question>-<option>), and items (item-<id> as the title, .text as what to do and why).
# Numbers are facts from core/content/facts.json ($fact-id), written the locale's way.
# Translation of the reference locale (en): same messages, attributes and variables.
# Plain language (B1), polite "ви"-form, same words as guides.ftl and ui.ftl.

## Answers to yes/no questions

option-yes = Так
option-no = Ні

## Questions

question-works_in_nl = Ви працюєте в Нідерландах?
    .help = Також якщо ви працюєте тут лише сезонно.
question-work_start = Коли був ваш перший робочий день у Нідерландах?
    .help = День, коли ви почали тут працювати. Не день реєстрації в RNI.
question-employment = Як оформлена ваша робота?
option-employment-agency = Через агенцію (uitzendbureau)
option-employment-direct = Напряму в компанії, де я працюю
option-employment-posted = Мене відрядив сюди роботодавець з іншої країни
option-employment-self_employed = Працюю на себе (zzp)
question-has_a1 = У вас є довідка A1 з вашої країни?
    .help = Відряджений працівник отримує її в установі соціального страхування своєї країни.
question-studies_in_nl = Ви в Нідерландах, щоб навчатися?
    .help = У школі, коледжі або університеті. Студент з ЄС, який тут не працює, користується Європейською карткою медичного страхування (EHIC) і не оформлює нідерландську страховку.
question-temporary_protection = У вас є тимчасовий захист у Нідерландах, бо ви втекли від війни в Україні?
    .help = Ви зареєструвалися в gemeente за правилами ЄС про тимчасовий захист. У вашому паспорті є наклейка про проживання від IND, або у вас є картка IND (O-document). Якщо ви не впевнені, знайдіть лист від IND або gemeente, де написано, що у вас є тимчасовий захист.
question-stay = Як довго ви пробудете в Нідерландах?
option-stay-short = Менше ніж { $rni-max-stay-months ->
    [one] { $rni-max-stay-months } місяць
    [few] { $rni-max-stay-months } місяці
    [many] { $rni-max-stay-months } місяців
   *[other] { $rni-max-stay-months } місяця
}
option-stay-long = { $rni-max-stay-months ->
    [one] { $rni-max-stay-months } місяць
    [few] { $rni-max-stay-months } місяці
    [many] { $rni-max-stay-months } місяців
   *[other] { $rni-max-stay-months } місяця
} або довше
question-arrival_date = Коли ви приїхали жити в Нідерланди?
    .help = Перший день, коли ви тут жили. Не день, коли ви приїхали в гості.
question-registration = Де ви зареєстровані?
option-registration-none = У мене ще немає реєстрації
option-registration-rni = У Реєстрі нерезидентів (RNI)
option-registration-brp = У своєму муніципалітеті (gemeente), у BRP
question-has_dutch_insurance = У вас є нідерландське медичне страхування (zorgverzekering)?
question-insurance_via_employer = Ви отримали це страхування через роботодавця або агенцію?
    .help = Наприклад, груповий поліс (collectieve verzekering), який оформила агенція.
question-deduction_consent = Ви підписали письмовий дозвіл (volmacht), щоб внесок за страхування утримували з вашої зарплати?
question-age = Скільки вам років?
question-yearly_income = Скільки приблизно ви заробляєте за рік до сплати податків (брутто, в євро)? Якщо у вас є партнер, вкажіть ваш спільний дохід.
    .help = Напишіть число так, як ви зазвичай його пишете. Ця відповідь залишається тільки на цьому телефоні. Вона потрібна, щоб перевірити, чи можете ви отримати допомогу на медичне страхування (zorgtoeslag).
question-has_partner = Ви в шлюбі чи в зареєстрованому партнерстві, або живете разом із партнером?
    .help = Відповідайте «так», якщо ви одружені або маєте зареєстроване партнерство, навіть якщо ваш чоловік, дружина чи партнер живе в іншій країні. Відповідайте «так» і тоді, коли ви живете з партнером за однією адресою (для неодружених партнерів діють ще інші правила). Для допомоги на медичне страхування (zorgtoeslag) ця людина — ваш toeslagpartner, і її дохід теж враховується.
question-job_ended = Чи закінчилася робота, яку ви мали в Нідерландах?
    .help = Відповідайте «так» і тоді, коли ви зараз тут не працюєте, бо робота закінчилася. Відповідайте «ні», якщо ви ніколи тут не працювали.
question-leaving_nl = Ви виїжджаєте з Нідерландів назовсім?
    .help = «Так», якщо ви будете жити в іншій країні. «Ні», якщо ви їдете у відпустку або ненадовго додому.
question-receives_benefit = Ви отримуєте допомогу від UWV (Ziektewet або WW)?
question-cak_letter = Ви отримали від CAK лист про медичне страхування?
question-cak_letter_date = Яка дата стоїть на листі від CAK?
question-has_gp = Ви зареєстровані в сімейного лікаря (huisarts)?
question-has_digid = У вас є DigiD?

## Items

item-take-out-insurance = Оформіть нідерландське медичне страхування (zorgverzekering)
    .text = Ви живете або працюєте в Нідерландах, тому у вас має бути нідерландське медичне страхування, навіть якщо ви застраховані у своїй країні. Оформіть його протягом { $insure-within-months ->
        [one] { $insure-within-months } місяця
        [few] { $insure-within-months } місяців
        [many] { $insure-within-months } місяців
       *[other] { $insure-within-months } місяця
    } від дня, коли ви почали тут працювати або жити: тоді страховка діятиме з цього дня. Якщо ви запізнитеся, за минулий час у вас не буде страховки, і CAK може вас оштрафувати.
item-carry-a1-and-ehic = Носіть із собою довідку A1 і картку EHIC
    .text = Вас відрядив сюди роботодавець з-за кордону, і у вас є довідка A1, тому ви залишаєтеся застрахованими у своїй країні. Носіть із собою довідку A1 і Європейську картку медичного страхування (EHIC). З карткою EHIC ви отримуєте медично необхідну допомогу.
item-use-rmo = Ваше лікування оплачує RMO: покажіть паспорт і BSN
    .text = У вас є тимчасовий захист, тому вам не потрібно оформлювати нідерландське медичне страхування, навіть якщо ви працюєте. Ваше лікування оплачується через RMO (Regeling Medische zorg Ontheemden uit Oekraïne). Ви не платите ні внесків, ні власного ризику (eigen risico). У сімейного лікаря (huisarts) і в аптеці покажіть паспорт або ID-картку та свій BSN і скажіть, що вас покриває RMO. Без паспорта або BSN ви теж отримаєте допомогу, але оплачується менше. Якщо хочете, ви можете оформити нідерландську страховку (zorgverzekering): тоді ви платите внески і можете отримати zorgtoeslag. Ці правила діють з 2022 року, і ми не змогли перевірити, чи вони діють цього року: запитайте в gemeente або подивіться на rmoekraine.nl.
item-register-bsn = Зареєструйтеся, щоб отримати особистий номер (BSN)
    .text = BSN потрібен, щоб вам платили зарплату і щоб ви могли отримувати медичну допомогу. Якщо ви пробудете тут менше ніж { $rni-max-stay-months ->
        [one] { $rni-max-stay-months } місяць
        [few] { $rni-max-stay-months } місяці
        [many] { $rni-max-stay-months } місяців
       *[other] { $rni-max-stay-months } місяця
    }, зареєструйтеся в пункті реєстрації RNI: BSN ви отримаєте одразу. Якщо ви пробудете тут довше, зареєструйтеся в BRP у муніципалітеті (gemeente), де ви живете.
item-register-brp = Зареєструйтеся у своєму муніципалітеті (gemeente)
    .text = Ви пробудете тут { $rni-max-stay-months ->
        [one] { $rni-max-stay-months } місяць
        [few] { $rni-max-stay-months } місяці
        [many] { $rni-max-stay-months } місяців
       *[other] { $rni-max-stay-months } місяця
    } або довше, тому ви повинні зареєструватися як мешканець у Базовому реєстрі осіб (BRP) муніципалітету (gemeente), де ви живете. Зробіть це протягом { $brp-register-within-days ->
        [one] { $brp-register-within-days } дня
        [few] { $brp-register-within-days } днів
        [many] { $brp-register-within-days } днів
       *[other] { $brp-register-within-days } дня
    } після приїзду: одразу запишіться на прийом і запитайте, які документи взяти з собою. Якщо у вас немає постійної адреси, попросіть у gemeente поштову адресу (briefadres).
item-apply-digid = Подайте заяву на DigiD
    .text = DigiD — це ваш вхід до Mijn UWV, до допомоги на медичне страхування (zorgtoeslag) та до інших послуг. Подайте заяву на digid.nl і активуйте DigiD протягом { $digid-activation-days ->
        [one] { $digid-activation-days } дня
        [few] { $digid-activation-days } днів
        [many] { $digid-activation-days } днів
       *[other] { $digid-activation-days } дня
    }. Ніколи не давайте свій DigiD роботодавцю, агенції чи орендодавцю.
item-apply-zorgtoeslag = Оформіть допомогу на медичне страхування (zorgtoeslag)
    .text = Судячи з ваших відповідей, ви, мабуть, можете отримувати zorgtoeslag: вам { $zorgtoeslag-min-age ->
        [one] { $zorgtoeslag-min-age } рік
        [few] { $zorgtoeslag-min-age } роки
        [many] { $zorgtoeslag-min-age } років
       *[other] { $zorgtoeslag-min-age } року
    } або більше, у вас є нідерландське медичне страхування, і ваш дохід нижчий за межу ({ $zorgtoeslag-income-single } на рік, якщо у вас немає партнера, або { $zorgtoeslag-income-partner } на рік разом із партнером). Ваші заощадження теж мають бути нижчими за межу. Подайте заяву через DigiD на belastingdienst.nl. Якщо є питання, телефонуйте до BelastingTelefoon: { $belastingtelefoon }.
item-check-premium-deduction = Перевірте внесок, який утримують із вашої зарплати
    .text = Роботодавець може утримувати внесок за медичне страхування з вашої зарплати, тільки якщо ви підписали письмовий дозвіл (volmacht) і власником поліса є ви. Сума не може бути більшою за внесок за вашим полісом і не може перевищувати { $insurance-deduction-max-year } на рік. Перевірте свій розрахунковий лист (loonstrook). Якщо ви не підписували volmacht, письмово попросіть роботодавця припинити утримання.
item-stop-premium-deduction = Попросіть роботодавця більше не утримувати внесок із зарплати
    .text = Ви не підписували письмового дозволу (volmacht), тому роботодавець або агенція не може утримувати внесок за медичне страхування з вашої зарплати. Попросіть письмово (листом або електронною поштою, збережіть копію), щоб вони це припинили. Перевірте наступний розрахунковий листок (loonstrook). Якщо вони не припинять, повідомте про це Nederlandse Arbeidsinspectie: { $nla-phone }.
item-choose-own-insurer = Ви можете самі вибрати страхову компанію
    .text = Ви маєте право самі вибрати свою медичну страхову компанію (zorgverzekeraar). Роботодавець або агенція може запропонувати вам груповий поліс (collectieve verzekering), але ви не зобов'язані його брати. Порівняйте страхові компанії, перш ніж вирішити. На питання відповідає Zorgverzekeringslijn: { $zvl-phone }.
item-arrange-insurance-after-job = Робота закінчилася: подбайте, щоб страховка діяла далі
    .text = Груповий поліс через агенцію часто закінчується разом із роботою. Ви залишаєтеся в Нідерландах, тому у вас і далі має бути страховка. Запитайте свою страхову компанію, чи ваш поліс ще діє. Якщо ні, одразу оформіть власне страхування.
item-keep-insurance-on-benefit = Залишайтеся застрахованими, поки отримуєте допомогу від UWV
    .text = Поки ви отримуєте від UWV допомогу з хвороби (Ziektewet) або з безробіття (WW), ви повинні залишатися застрахованими. Але колективна страховка через агенцію часто закінчується разом із роботою. Запитайте свого страховика, чи ваша страховка ще діє. Якщо ні, одразу оформіть власну страховку. Не скасовуйте страховку, яка ще діє.
item-cancel-insurance-when-leaving = Скасуйте нідерландське медичне страхування, коли виїжджаєте
    .text = Якщо ви виїжджаєте з Нідерландів і більше не маєте доходу з Нідерландів, ви втрачаєте право на нідерландське медичне страхування. Спершу зніміться з обліку у своєму муніципалітеті (gemeente). Потім скасуйте поліс і надішліть своїй страховій компанії підтвердження, що ви знялися з обліку.
item-respond-to-cak = Дайте відповідь на лист від CAK
    .text = CAK пише людям, у яких, схоже, немає нідерландського медичного страхування. Після листа у вас є { $cak-letter-months ->
        [one] { $cak-letter-months } місяць
        [few] { $cak-letter-months } місяці
        [many] { $cak-letter-months } місяців
       *[other] { $cak-letter-months } місяця
    }, щоб оформити страховку. Якщо ви цього не зробите, CAK накладе на вас штраф — приблизно { $cak-fine }. Пізніше CAK сам оформить вам страховку і утримуватиме з вашої зарплати вищий внесок — приблизно { $cak-premium-month } на місяць. Якщо у вас уже є страховка, повідомте про це CAK і надішліть підтвердження.
item-register-with-gp = Зареєструйтеся в сімейного лікаря (huisarts)
    .text = Зареєструйтеся в huisarts поблизу місця, де ви живете, ще до того, як захворієте. По медичну допомогу ви спершу звертаєтеся до huisarts. Він направляє вас до лікарні або спеціаліста, коли це потрібно. Візити до huisarts не зараховуються у франшизу (eigen risico).
item-know-eigen-risico = Дізнайтеся про франшизу (eigen risico)
    .text = З { $no-deductible-under-age ->
        [one] { $no-deductible-under-age } року
        [few] { $no-deductible-under-age } років
        [many] { $no-deductible-under-age } років
       *[other] { $no-deductible-under-age } року
    } ви щороку самостійно платите перші { $eigen-risico } за деякі види медичної допомоги. Це називається франшизою (eigen risico). Візити до huisarts у неї не зараховуються. Ліки з аптеки та лікування в лікарні зараховуються.

## What changed after an answer
# $item (string) - the title of the item; $deadline (string) - the new deadline, a date in words

checklist-change-added = Нове: { $item }
checklist-change-removed = Більше не потрібно: { $item }
checklist-change-deadline = Новий строк для «{ $item }»: { $deadline }
checklist-change-status = Змінено: { $item }

## Labels

checklist-status-todo = Треба зробити
checklist-status-done = Виконано
checklist-status-overdue = Строк минув: зробіть це зараз
# $date (string) - a date in words
checklist-deadline = Не пізніше { $date }
checklist-because = На підставі ваших відповідей на запитання:
checklist-empty = Дайте відповіді на запитання, і ви побачите, що вам треба зробити.
checklist-saved = Збережено.
checklist-reset-done = Ваші відповіді видалено.
