# Werkmaat: rights guides (Ukrainian).
# Plain language (B1). Dutch terms that users meet in the Netherlands stay visible in brackets.
# Each guide: guide-<id> (title) with .summary; each section: guide-<id>-<section> (heading) with .body.
# Every number, amount, date, time and phone number is a fact variable ($fact-id) from
# core/content/facts.json, written the locale's way by Werkmaat: no digits in the text itself.

## Guide: arriving
guide-arriving = Приїзд до Нідерландів
    .summary = Ваш особистий номер (BSN), реєстрація в RNI або BRP і ваш вхід DigiD.
guide-arriving-bsn = Ваш особистий номер (BSN)
    .body =
        У Нідерландах вам потрібен особистий номер громадянина (burgerservicenummer, BSN). Він потрібен роботодавцю або агенції, щоб платити вам зарплату. Він потрібен і для DigiD, і коли ви телефонуєте лікарю.
        BSN ви отримуєте, коли реєструєтеся. Як саме реєструватися, залежить від того, як довго ви тут пробудете.
        Зберігайте папір із вашим BSN у надійному місці.
guide-arriving-register = Реєстрація: RNI або BRP
    .body =
        - Ви пробудете тут менше ніж { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } місяць
            [few] { $rni-max-stay-months } місяці
            [many] { $rni-max-stay-months } місяців
           *[other] { $rni-max-stay-months } місяця
        }: зареєструйтеся в Реєстрі нерезидентів (Registratie Niet-ingezetenen, RNI). Є { $rni-desks ->
            [one] { $rni-desks } пункт
            [few] { $rni-desks } пункти
            [many] { $rni-desks } пунктів
           *[other] { $rni-desks } пункту
        } реєстрації RNI (RNI-loket), наприклад в Амстердамі, Роттердамі, Гаазі (Den Haag), Утрехті, Ейндговені, Венло, Гронінгені та Зволле.
        - Ви житимете в Нідерландах довше ніж { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } місяць
            [few] { $rni-max-stay-months } місяці
            [many] { $rni-max-stay-months } місяців
           *[other] { $rni-max-stay-months } місяця
        } протягом { $brp-stay-period-months ->
            [one] { $brp-stay-period-months } місяця
            [few] { $brp-stay-period-months } місяців
            [many] { $brp-stay-period-months } місяців
           *[other] { $brp-stay-period-months } місяця
        }: зареєструйтеся як мешканець у Базовому реєстрі осіб (Basisregistratie Personen, BRP) у муніципалітеті (gemeente), де ви живете. Закон дає вам на це { $brp-register-within-days ->
            [one] { $brp-register-within-days } день
            [few] { $brp-register-within-days } дні
            [many] { $brp-register-within-days } днів
           *[other] { $brp-register-within-days } дня
        } після приїзду. Якщо ви спершу зареєструвалися в RNI, а потім залишаєтеся довше, зареєструйтеся і в gemeente.
        Реєстрація в RNI безкоштовна, і BSN ви отримуєте одразу. Запитайте в пункті реєстрації, які документи взяти з собою.
        Якщо ви не розмовляєте нідерландською, англійською чи німецькою, візьміть із собою власного перекладача.
        Більше про це — у посібнику про реєстрацію в gemeente, зокрема що робити, якщо у вас немає адреси.
guide-arriving-digid = Ваш вхід DigiD
    .body =
        DigiD — це ваш особистий вхід (логін) до державних послуг Нідерландів, наприклад до Mijn UWV і до допомоги на медичне страхування (zorgtoeslag).
        Якщо ви зареєстровані в RNI і ви громадянин країни Європейської економічної зони (ЄЕЗ):
        - подайте заяву на digid.nl і виберіть «Ik woon buiten Nederland» (я живу за межами Нідерландів);
        - вам потрібні чинний паспорт або ID-картка країни ЄЕЗ (водійське посвідчення не підходить), ваш BSN, мобільний телефон і адреса електронної пошти;
        - потім ви отримаєте код видачі (baliecode). Він дійсний { $digid-activation-days ->
            [one] { $digid-activation-days } день
            [few] { $digid-activation-days } дні
            [many] { $digid-activation-days } днів
           *[other] { $digid-activation-days } дня
        }. За цей час заберіть код активації в пункті DigiD, наприклад у Гаазі (Den Haag), Маастрихті, Схіпголі (Schiphol), Енсхеде чи Ехт-Сюстерені (Echt-Susteren).
        - Відеодзвінок із Nederland Wereldwijd можливий, лише якщо під час дзвінка ви перебуваєте за межами Нідерландів. Якщо ви в Нідерландах, ідіть до пункту DigiD.
        Якщо ви зареєстровані в BRP, подайте заяву на digid.nl, вказавши свою нідерландську адресу.
        Ваш DigiD — тільки для вас. Не давайте свої дані для входу роботодавцю, агенції чи орендодавцю.
guide-arriving-help = Наступні кроки і допомога
    .body =
        - Оформіть нідерландське медичне страхування (zorgverzekering) протягом { $insure-within-months ->
            [one] { $insure-within-months } місяця
            [few] { $insure-within-months } місяців
            [many] { $insure-within-months } місяців
           *[other] { $insure-within-months } місяця
        } після того, як ви почнете тут працювати або жити. У цьому допоможе список для перевірки страхування у Werkmaat.
        - Питання про реєстрацію: ваш муніципалітет (gemeente) або rvig.nl.
        - Питання про DigiD: digid.nl.
        - Work in NL має інформаційні пункти для трудових мігрантів із ЄС у кожному регіоні ринку праці: workinnl.nl.

## Guide: contract
guide-contract = Ваш контракт і робота через агенцію
    .summary = Фази контракту з агенцією, агенційна умова (uitzendbeding), новий агенційний CAO і ліцензія для агенцій.
guide-contract-phases = Фази агенційної роботи
    .body =
        Колективний трудовий договір для агенційних працівників (CAO voor Uitzendkrachten) ділить роботу на фази:
        - Фаза A: щонайбільше { $phase-a-max-weeks ->
            [one] { $phase-a-max-weeks } тиждень
            [few] { $phase-a-max-weeks } тижні
            [many] { $phase-a-max-weeks } тижнів
           *[other] { $phase-a-max-weeks } тижня
        } роботи. Рахуються тижні, коли ви працювали. Тижні оплачуваної відпустки теж рахуються.
        - Фаза B: щонайбільше { $phase-b-max-years ->
            [one] { $phase-b-max-years } рік
            [few] { $phase-b-max-years } роки
            [many] { $phase-b-max-years } років
           *[other] { $phase-b-max-years } року
        } і щонайбільше { $phase-b-max-contracts ->
            [one] { $phase-b-max-contracts } контракт
            [few] { $phase-b-max-contracts } контракти
            [many] { $phase-b-max-contracts } контрактів
           *[other] { $phase-b-max-contracts } контракту
        } на визначений строк (contract voor bepaalde tijd).
        - Фаза C: контракт на невизначений строк (contract voor onbepaalde tijd).
        Якщо перерва в роботі триває довше ніж { $phase-reset-break-months ->
            [one] { $phase-reset-break-months } місяць
            [few] { $phase-reset-break-months } місяці
            [many] { $phase-reset-break-months } місяців
           *[other] { $phase-reset-break-months } місяця
        }, рахунок починається заново. Запланований закон (Wet meer zekerheid flexwerkers) може скоротити фазу B і подовжити цю перерву. Це ще не точно.
        Запитайте в агенції письмово, у якій фазі ви зараз.
guide-contract-clause = Агенційна умова (uitzendbeding)
    .body =
        Контракт у фазі A може містити агенційну умову (uitzendbeding). Тоді ваш контракт автоматично закінчується, коли компанія, де ви працюєте (inlener), припиняє вашу роботу в неї.
        З { $uitzendbeding-sickness-date } ця умова більше не припиняє ваш контракт через те, що ви хворієте. Ваш контракт діє до дати закінчення, яка в ньому вказана, і до цієї дати агенція платить вам зарплату.
        Після { $uitzendbeding-notice-after-weeks ->
            [one] { $uitzendbeding-notice-after-weeks } тижня
            [few] { $uitzendbeding-notice-after-weeks } тижнів
            [many] { $uitzendbeding-notice-after-weeks } тижнів
           *[other] { $uitzendbeding-notice-after-weeks } тижня
        } роботи агенція повинна попередити вас за { $uitzendbeding-notice-days ->
            [one] { $uitzendbeding-notice-days } день
            [few] { $uitzendbeding-notice-days } дні
            [many] { $uitzendbeding-notice-days } днів
           *[other] { $uitzendbeding-notice-days } дня
        } про те, що ваша робота закінчується.
guide-contract-new-cao = Новий агенційний CAO
    .body =
        З { $cao-2026-start } діє новий CAO voor Uitzendkrachten. Організації агенцій уклали його з профспілкою LBV. Профспілки FNV і CNV не є його учасниками.
        - Ви маєте право на оплату й умови праці, рівноцінні (gelijkwaardig) тим, які мають подібні працівники компанії, де ви працюєте: оплата, надбавки, відпустка, правила на час хвороби і навчання.
        - Є одна пенсійна програма. Ви накопичуєте пенсію з першого дня.
        - Контракти без гарантованих годин (nulurencontracten) скасовано.
        - Додаткові пільги старого CAO, наприклад додаткові дні відпустки або вища оплата під час хвороби, можуть зникнути, якщо компанія, де ви працюєте, їх не дає.
        Ще не всі подробиці зрозумілі. Запитайте в агенції письмово, яка оплата й умови праці діють для вас.
guide-contract-licence = Ліцензія для агенцій (Wtta)
    .body =
        За новим законом (Wtta) агенціям потрібна ліцензія.
        - Закон починає діяти { $wtta-start }. Агенції мають подати заяву на ліцензію до цієї дати.
        - З { $wtta-enforcement-start } Нідерландська трудова інспекція (Nederlandse Arbeidsinspectie) може штрафувати агенції без ліцензії, а також компанії, які з ними працюють.
        - Щоб отримати ліцензію, агенція має внести заставу { $wtta-deposit } і показати, що дотримується правил, наприклад платить мінімальну зарплату.
        Запитайте в агенції, чи вона зареєстрована: чи має вона ліцензію або чи подала на неї заяву. Нам не вдалося підтвердити, де ви можете перевірити це самостійно.
guide-contract-help = Хто допоможе
    .body =
        - Juridisch Loket, безкоштовні юридичні консультації: juridischloket.nl.
        - FNV, профспілка: fnv.nl.
        - Arbeidsinspectie (трудова інспекція): { $nla-phone }, nlarbeidsinspectie.nl.
        - Інформаційні пункти Work in NL: workinnl.nl.
        Зберігайте свої контракти, розрахункові листи і всі повідомлення від агенції.

## Guide: pay
guide-pay = Оплата праці
    .summary = Мінімальна зарплата, відпускні, відпустка, ваш розрахунковий лист і що роботодавець може утримувати з вашої зарплати.
guide-pay-minimum = Мінімальна зарплата
    .body =
        Якщо вам { $minimum-wage-adult-age ->
            [one] { $minimum-wage-adult-age } рік
            [few] { $minimum-wage-adult-age } роки
            [many] { $minimum-wage-adult-age } років
           *[other] { $minimum-wage-adult-age } року
        } або більше, ви повинні отримувати щонайменше законну мінімальну зарплату (minimumloon): { $minimum-wage-hour } брутто (до сплати податків) за годину.
        Мінімальна зарплата змінюється щороку в січні та липні. Сума вище може бути вже неактуальною: перевірте сьогоднішню суму на rijksoverheid.nl.
        Для працівників, молодших за { $minimum-wage-adult-age ->
            [one] { $minimum-wage-adult-age } рік
            [few] { $minimum-wage-adult-age } роки
            [many] { $minimum-wage-adult-age } років
           *[other] { $minimum-wage-adult-age } року
        }, мінімальна зарплата нижча. Вона залежить від віку.
        Мінімальна зарплата діє також для оплати за виробіток (stukloon) і для понаднормової роботи. Закон не передбачає доплати за понаднормову роботу. Ваш CAO або контракт може давати більше.
guide-pay-holiday = Відпускні та відпустка
    .body =
        - Відпускні (vakantiegeld): щонайменше { $holiday-allowance-percent } від вашої зарплати брутто. Ви отримуєте їх щонайменше раз на рік, зазвичай у травні або червні. Якщо діє CAO, зокрема і для роботи через агенцію, їх можуть виплачувати щомісяця.
        - Відпустка (vakantiedagen): щороку щонайменше стільки годин відпустки, скільки ви працюєте за { $leave-weeks-per-year ->
            [one] { $leave-weeks-per-year } тиждень
            [few] { $leave-weeks-per-year } тижні
            [many] { $leave-weeks-per-year } тижнів
           *[other] { $leave-weeks-per-year } тижня
        }. Якщо ви працюєте на повну ставку, це { $leave-days-full-time ->
            [one] { $leave-days-full-time } день
            [few] { $leave-days-full-time } дні
            [many] { $leave-days-full-time } днів
           *[other] { $leave-days-full-time } дня
        }.
        - Законні дні відпустки згорають через { $leave-lapse-months ->
            [one] { $leave-lapse-months } місяць
            [few] { $leave-lapse-months } місяці
            [many] { $leave-lapse-months } місяців
           *[other] { $leave-lapse-months } місяця
        } після кінця року, у якому ви їх заробили.
guide-pay-payslip = Перевіряйте свій розрахунковий лист (loonstrook)
    .body =
        Перевіряйте свій розрахунковий лист (loonstrook) щоразу:
        - години: порівняйте їх із власними записами, наприклад у щоденнику Werkmaat;
        - вашу оплату за годину: щонайменше мінімальна зарплата для вашого віку;
        - відпускні та відпустку: їх виплачують чи накопичують для вас?
        - утримання (inhoudingen): що утримали з вашої зарплати і чому.
        Якщо щось не так, попросіть агенцію письмово це виправити. Зберігайте всі розрахункові листи.
guide-pay-deductions = Що можна утримувати з вашої зарплати
    .body =
        З { $deductions-forbidden-since } роботодавець не може брати гроші з вашої мінімальної зарплати або віднімати від неї якісь витрати. Винятки — тільки житло та медичне страхування, і лише з вашого письмового дозволу (volmacht).
        - Житло: щонайбільше { $housing-deduction-max-percent } від мінімальної зарплати брутто, яка діє для вас. Уряд планував поступово знижувати цю межу, але { $housing-phaseout-stopped-date } поки що зупинив цей план. Межа ще може змінитися.
        - Медичне страхування: щонайбільше { $insurance-deduction-max-year } на рік (ця межа змінюється щороку) і ніколи не більше, ніж внесок за вашим полісом. Власником поліса маєте бути ви, і ви повинні дати роботодавцю копію поліса.
        У дозволі (volmacht) мають бути:
        - ваше ім'я та ім'я чи назва вашого роботодавця;
        - сума;
        - за які витрати він виданий, наприклад оренда, плата за послуги, а також енергія чи вода з окремим лічильником для вас.
guide-pay-help = Хто допоможе
    .body =
        - Оплата нижча за мінімальну зарплату: Нідерландська трудова інспекція (Nederlandse Arbeidsinspectie), { $nla-phone }, nlarbeidsinspectie.nl.
        - Безкоштовна юридична консультація: Juridisch Loket, juridischloket.nl.
        - Профспілка: FNV, fnv.nl.

## Guide: hours
guide-hours = Робочий час і відпочинок
    .summary = Скільки часу вам можна працювати і який відпочинок та перерви ви повинні мати.
guide-hours-limits = Скільки можна працювати
    .body =
        Закон про робочий час (Arbeidstijdenwet) встановлює межі для дорослих:
        - щонайбільше { $max-shift-hours ->
            [one] { $max-shift-hours } годину
            [few] { $max-shift-hours } години
            [many] { $max-shift-hours } годин
           *[other] { $max-shift-hours } години
        } за одну зміну;
        - щонайбільше { $max-week-hours ->
            [one] { $max-week-hours } годину
            [few] { $max-week-hours } години
            [many] { $max-week-hours } годин
           *[other] { $max-week-hours } години
        } за один тиждень;
        - у середньому щонайбільше { $average-short-period-hours ->
            [one] { $average-short-period-hours } годину
            [few] { $average-short-period-hours } години
            [many] { $average-short-period-hours } годин
           *[other] { $average-short-period-hours } години
        } на тиждень за { $average-short-period-weeks ->
            [one] { $average-short-period-weeks } тиждень
            [few] { $average-short-period-weeks } тижні
            [many] { $average-short-period-weeks } тижнів
           *[other] { $average-short-period-weeks } тижня
        };
        - у середньому щонайбільше { $average-long-period-hours ->
            [one] { $average-long-period-hours } годину
            [few] { $average-long-period-hours } години
            [many] { $average-long-period-hours } годин
           *[other] { $average-long-period-hours } години
        } на тиждень за { $average-long-period-weeks ->
            [one] { $average-long-period-weeks } тиждень
            [few] { $average-long-period-weeks } тижні
            [many] { $average-long-period-weeks } тижнів
           *[other] { $average-long-period-weeks } тижня
        }.
        Ваш CAO може мати власні правила, але вони мають залишатися в межах закону.
guide-hours-rest = Відпочинок між змінами і протягом тижня
    .body =
        - Щоденний відпочинок (dagelijkse rusttijd): після робочого дня щонайменше { $daily-rest-hours ->
            [one] { $daily-rest-hours } годину
            [few] { $daily-rest-hours } години
            [many] { $daily-rest-hours } годин
           *[other] { $daily-rest-hours } години
        } відпочинку поспіль. Раз на { $rest-period-days ->
            [one] { $rest-period-days } день
            [few] { $rest-period-days } дні
            [many] { $rest-period-days } днів
           *[other] { $rest-period-days } дня
        } цей відпочинок може бути коротшим, але щонайменше { $daily-rest-shortened-hours ->
            [one] { $daily-rest-shortened-hours } годину
            [few] { $daily-rest-shortened-hours } години
            [many] { $daily-rest-shortened-hours } годин
           *[other] { $daily-rest-shortened-hours } години
        }, і тільки якщо цього вимагає робота.
        - Щотижневий відпочинок (wekelijkse rusttijd): щонайменше { $weekly-rest-hours ->
            [one] { $weekly-rest-hours } годину
            [few] { $weekly-rest-hours } години
            [many] { $weekly-rest-hours } годин
           *[other] { $weekly-rest-hours } години
        } відпочинку поспіль за кожні { $rest-period-days ->
            [one] { $rest-period-days } день
            [few] { $rest-period-days } дні
            [many] { $rest-period-days } днів
           *[other] { $rest-period-days } дня
        } або { $weekly-rest-long-period-hours ->
            [one] { $weekly-rest-long-period-hours } годину
            [few] { $weekly-rest-long-period-hours } години
            [many] { $weekly-rest-long-period-hours } годин
           *[other] { $weekly-rest-long-period-hours } години
        } за кожні { $weekly-rest-long-period-days ->
            [one] { $weekly-rest-long-period-days } день
            [few] { $weekly-rest-long-period-days } дні
            [many] { $weekly-rest-long-period-days } днів
           *[other] { $weekly-rest-long-period-days } дня
        }. Ці { $weekly-rest-long-period-hours ->
            [one] { $weekly-rest-long-period-hours } година
            [few] { $weekly-rest-long-period-hours } години
            [many] { $weekly-rest-long-period-hours } годин
           *[other] { $weekly-rest-long-period-hours } години
        } можна розділити на частини, кожна — щонайменше { $weekly-rest-min-block-hours ->
            [one] { $weekly-rest-min-block-hours } година
            [few] { $weekly-rest-min-block-hours } години
            [many] { $weekly-rest-min-block-hours } годин
           *[other] { $weekly-rest-min-block-hours } години
        }.
guide-hours-breaks = Перерви (pauze)
    .body =
        - Ви працюєте довше ніж { $break-threshold-hours ->
            [one] { $break-threshold-hours } годину
            [few] { $break-threshold-hours } години
            [many] { $break-threshold-hours } годин
           *[other] { $break-threshold-hours } години
        }: щонайменше { $break-minutes ->
            [one] { $break-minutes } хвилину
            [few] { $break-minutes } хвилини
            [many] { $break-minutes } хвилин
           *[other] { $break-minutes } хвилини
        } перерви. Її можна розділити на частини, кожна — щонайменше { $break-part-minutes ->
            [one] { $break-part-minutes } хвилина
            [few] { $break-part-minutes } хвилини
            [many] { $break-part-minutes } хвилин
           *[other] { $break-part-minutes } хвилини
        }.
        - Ви працюєте довше ніж { $long-day-threshold-hours ->
            [one] { $long-day-threshold-hours } годину
            [few] { $long-day-threshold-hours } години
            [many] { $long-day-threshold-hours } годин
           *[other] { $long-day-threshold-hours } години
        }: щонайменше { $long-day-break-minutes ->
            [one] { $long-day-break-minutes } хвилину
            [few] { $long-day-break-minutes } хвилини
            [many] { $long-day-break-minutes } хвилин
           *[other] { $long-day-break-minutes } хвилини
        } перерви, частинами, кожна — щонайменше { $break-part-minutes ->
            [one] { $break-part-minutes } хвилина
            [few] { $break-part-minutes } хвилини
            [many] { $break-part-minutes } хвилин
           *[other] { $break-part-minutes } хвилини
        }.
        За перерви не платять, якщо тільки ваш контракт або CAO не каже інакше.
guide-hours-night = Нічні зміни (nachtdienst)
    .body =
        Нам не вдалося повністю підтвердити ці правила: наші джерела старіші. Щоб знати напевно, запитайте в Arbeidsinspectie (трудовій інспекції) або в профспілці.
        - Нічна зміна триває щонайбільше { $night-shift-max-hours ->
            [one] { $night-shift-max-hours } годину
            [few] { $night-shift-max-hours } години
            [many] { $night-shift-max-hours } годин
           *[other] { $night-shift-max-hours } години
        }.
        - Ви можете працювати щонайбільше { $night-shifts-max ->
            [one] { $night-shifts-max } нічну зміну
            [few] { $night-shifts-max } нічні зміни
            [many] { $night-shifts-max } нічних змін
           *[other] { $night-shifts-max } нічної зміни
        } за { $night-shifts-period-weeks ->
            [one] { $night-shifts-period-weeks } тиждень
            [few] { $night-shifts-period-weeks } тижні
            [many] { $night-shifts-period-weeks } тижнів
           *[other] { $night-shifts-period-weeks } тижня
        }.
        - За { $night-shifts-period-weeks ->
            [one] { $night-shifts-period-weeks } тиждень
            [few] { $night-shifts-period-weeks } тижні
            [many] { $night-shifts-period-weeks } тижнів
           *[other] { $night-shifts-period-weeks } тижня
        } ви можете працювати в середньому щонайбільше { $night-average-hours ->
            [one] { $night-average-hours } годину
            [few] { $night-average-hours } години
            [many] { $night-average-hours } годин
           *[other] { $night-average-hours } години
        } на тиждень.
guide-hours-record = Ведіть власні записи і шукайте допомоги
    .body =
        Щодня записуйте, коли ви починаєте роботу, коли закінчуєте і скільки тривають ваші перерви. У цьому допоможе щоденник у Werkmaat. Порівнюйте свої записи з розрахунковим листом.
        Якщо вам доводиться працювати надто довго або ви відпочиваєте надто мало, зверніться до Нідерландської трудової інспекції (Nederlandse Arbeidsinspectie):
        - { $nla-phone } (безкоштовно) або з-за кордону { $nla-phone-abroad };
        - nlarbeidsinspectie.nl.
        По пораду можна також звернутися до FNV (fnv.nl) або до Juridisch Loket (juridischloket.nl).

## Guide: housing
guide-housing = Житло через роботу
    .summary = Оренда, яку утримують із зарплати, правила якості житла і що робити, коли робота закінчується.
guide-housing-deduction = Оренда, яку утримують із зарплати
    .body =
        Роботодавець може утримувати оренду з вашої мінімальної зарплати тільки з вашого письмового дозволу (volmacht) і щонайбільше { $housing-deduction-max-percent } від мінімальної зарплати брутто, яка діє для вас.
        У дозволі (volmacht) мають бути ваше ім'я та ім'я чи назва роботодавця, сума і за які витрати він виданий: оренда, плата за послуги, а також енергія чи вода з окремим лічильником для вас.
        Уряд планував знизити цю межу. Поки що він зупинив цей план, але межа ще може змінитися.
guide-housing-quality = Правила для житла
    .body =
        Оренду можна утримувати із зарплати, тільки якщо житло відповідає правилу якості:
        - це житло від житлової корпорації (woningcorporatie); або
        - воно відповідає стандарту якості CAO, і орендодавець має сертифікат за цим стандартом. Для агенцій це стандарт SNF (SNF-norm).
        Новий агенційний CAO зберігає систему балів для ціни та якості житла трудових мігрантів.
        Попросіть агенцію або орендодавця письмово показати, що житло сертифіковане.
guide-housing-papers = Окремий договір оренди
    .body =
        Житло і робота — це різні речі. Якщо ви трудовий мігрант з іншої країни ЄС і ваша оренда почалася { $wgv-separate-contract-since } або пізніше, закон (Wet goed verhuurderschap) вимагає, щоб договір оренди (huurcontract) був окремим документом, а не частиною трудового договору (arbeidsovereenkomst).
        - Тому ваша оренда не закінчується автоматично, коли закінчується робота.
        - Орендодавець також повинен письмово повідомити вас про ваші права та обов'язки мовою, яку ви розумієте.
        - Якщо у вас один спільний договір і на роботу, і на житло, попросіть письмово окремий договір оренди.
        Зберігайте копії договору оренди, дозволу (volmacht) і всіх повідомлень про ваше житло.
guide-housing-job-ends = Коли робота закінчується
    .body =
        Якщо роботодавець дає вам і житло, і медичне страхування, то коли робота закінчиться, ви можете втратити і те, і інше одночасно.
        З окремим договором оренди ваша оренда не закінчується лише тому, що закінчується робота. Старіший агенційний CAO обіцяв кілька тижнів житла після закінчення контракту. Нам не вдалося підтвердити, що це досі діє за новим CAO. Запитайте в агенції письмово, скільки часу ви можете там жити.
        Медичне страхування через агенцію часто закінчується разом із роботою. Якщо ви залишаєтеся в Нідерландах, у вас і далі має бути страховка: оформіть власне медичне страхування (zorgverzekering). Поки ви отримуєте нідерландську допомогу Ziektewet (з хвороби) або WW (з безробіття), ви теж повинні бути застраховані: перевірте, чи ваш поліс ще діє, і не скасовуйте його.
        Дивіться також посібник про втрату роботи.
guide-housing-help = Що робити і хто допоможе
    .body =
        - Ставте запитання письмово, наприклад електронною поштою, і зберігайте відповіді та всі документи.
        - Juridisch Loket, безкоштовні юридичні консультації: juridischloket.nl.
        - FNV, профспілка: fnv.nl.
        - Інформаційні пункти Work in NL: workinnl.nl.
        - Ваш муніципалітет (gemeente): запитайте, яка є допомога, якщо ви втратите житло.
        - Питання про медичне страхування: Zorgverzekeringslijn, { $zvl-phone }, zorgverzekeringslijn.nl.
        Якщо хтось використовує ваше житло, щоб змусити вас працювати, зверніться до FairWork (fairwork.nu). Якщо вам загрожує небезпека, телефонуйте за номером { $emergency-phone }.

## Guide: sickness
guide-sickness = Хвороба
    .summary = Як повідомити про хворобу, ваша оплата під час хвороби і що робить UWV для агенційних працівників.
guide-sickness-report = Повідомте про хворобу
    .body =
        - Повідомте агенцію про хворобу якомога швидше, до { $report-sick-before }.
        - Залишайтеся вдома і будьте на зв'язку до { $stay-home-until }. UWV може вас перевірити.
        - Якщо під час хвороби ви живете за іншою адресою, повідомте цю адресу (verpleegadres).
        - Беріть участь у своєму поверненні до роботи (re-integratie).
        Це звичайні правила в агенційному секторі. У вашої агенції можуть бути власні правила: попросіть їх письмово.
guide-sickness-pay = Ваша оплата під час хвороби
    .body =
        - Роботодавець платить щонайменше { $sick-pay-percent } вашої зарплати протягом щонайбільше { $sick-pay-max-weeks ->
            [one] { $sick-pay-max-weeks } тижня
            [few] { $sick-pay-max-weeks } тижнів
            [many] { $sick-pay-max-weeks } тижнів
           *[other] { $sick-pay-max-weeks } тижня
        }.
        - Протягом перших { $sick-pay-minimum-wage-weeks ->
            [one] { $sick-pay-minimum-wage-weeks } тижня
            [few] { $sick-pay-minimum-wage-weeks } тижнів
            [many] { $sick-pay-minimum-wage-weeks } тижнів
           *[other] { $sick-pay-minimum-wage-weeks } тижня
        } ви отримуєте щонайменше мінімальну зарплату.
        - Дні очікування (wachtdagen) без оплати: щонайбільше { $waiting-days-max ->
            [one] { $waiting-days-max } день
            [few] { $waiting-days-max } дні
            [many] { $waiting-days-max } днів
           *[other] { $waiting-days-max } дня
        }, і тільки якщо так сказано у вашому контракті чи CAO.
        Багато CAO платять більше. За новим агенційним CAO ваша оплата під час хвороби може відповідати правилам компанії, де ви працюєте, але ніколи не може бути меншою, ніж за законом.
guide-sickness-agency = Агенційні працівники та UWV
    .body =
        Якщо ваша агенція дотримується агенційного CAO, вона не може розірвати ваш контракт через хворобу. Вона й далі платить вам зарплату, доки діє контракт.
        Якщо ви все ще хворієте, коли контракт закінчується, агенція або роботодавець повідомляє про це UWV, і ви можете отримувати допомогу з хвороби (Ziektewet). Деякі агенції самі виплачують цю допомогу (eigenrisicodrager).
        Якщо агенція не повідомить UWV про вашу хворобу вчасно, ви можете самі повідомити UWV телефоном: UWV Telefoon Werknemers. Нам не вдалося підтвердити цей номер: знайдіть його на uwv.nl.
        Ваше повідомлення про хворобу є в Mijn UWV. Ви входите туди через DigiD.
guide-sickness-after-contract = Хвороба після закінчення контракту (Ziektewet)
    .body =
        Якщо ви захворієте протягом { $sick-after-contract-weeks ->
            [one] { $sick-after-contract-weeks } тижня
            [few] { $sick-after-contract-weeks } тижнів
            [many] { $sick-after-contract-weeks } тижнів
           *[other] { $sick-after-contract-weeks } тижня
        } після закінчення контракту, ніхто не повідомить про це за вас: повідомте UWV про хворобу самі. Зробіть це в перший день хвороби, найпізніше протягом { $report-sick-uwv-days ->
            [one] { $report-sick-uwv-days } дня
            [few] { $report-sick-uwv-days } днів
            [many] { $report-sick-uwv-days } днів
           *[other] { $report-sick-uwv-days } дня
        }. Зателефонуйте в UWV Telefoon Werknemers.
        Якщо ви отримуєте WW, повідомте про хворобу в Mijn UWV теж протягом { $report-sick-uwv-days ->
            [one] { $report-sick-uwv-days } дня
            [few] { $report-sick-uwv-days } днів
            [many] { $report-sick-uwv-days } днів
           *[other] { $report-sick-uwv-days } дня
        }.
        - Допомога Ziektewet становить { $ziektewet-percent } вашого денного заробітку (dagloon): скільки ви в середньому заробляли за день у році перед хворобою.
        - Мінімуму немає: допомога може бути меншою за мінімальну зарплату. Якщо вашій родині не вистачає грошей на життя, попросіть в UWV доплату (toeslag).
        - Ziektewet триває щонайбільше { $ziektewet-max-weeks ->
            [one] { $ziektewet-max-weeks } тиждень
            [few] { $ziektewet-max-weeks } тижні
            [many] { $ziektewet-max-weeks } тижнів
           *[other] { $ziektewet-max-weeks } тижня
        }. Приблизно на { $ezwb-week }-му тижні UWV перевіряє, скільки ви ще можете заробляти. Якщо ви непрацездатні менше ніж на { $wia-threshold-percent }, Ziektewet припиняється через місяць.
guide-sickness-long = Якщо ви хворієте довго
    .body =
        Допомога WIA може початися після { $sick-pay-max-weeks ->
            [one] { $sick-pay-max-weeks } тижня
            [few] { $sick-pay-max-weeks } тижнів
            [many] { $sick-pay-max-weeks } тижнів
           *[other] { $sick-pay-max-weeks } тижня
        } хвороби. Заяву треба подати раніше, поки ви ще хворієте:
        - Приблизно на { $wia-letter-week }-му тижні хвороби UWV надсилає вам листа.
        - Подайте заяву між { $wia-letter-week }-м і { $wia-apply-until-week }-м тижнями вашої хвороби. Не чекайте довше. Вам потрібен DigiD.
        - UWV перевіряє звіт про ваше повернення до роботи (re-integratieverslag). Якщо роботодавець зробив для цього замало, він повинен довше платити вам зарплату: це санкція (loonsanctie) строком щонайбільше на { $loonsanctie-max-years ->
            [one] { $loonsanctie-max-years } рік
            [few] { $loonsanctie-max-years } роки
            [many] { $loonsanctie-max-years } років
           *[other] { $loonsanctie-max-years } року
        }.
        - Потім вас оцінюють страховий лікар (verzekeringsarts) і експерт із питань працездатності (arbeidsdeskundige).
        WIA — для людей, які непрацездатні (arbeidsongeschikt) щонайменше на { $wia-threshold-percent }. WGA — якщо ви ще можете частково працювати або ваш стан може покращитися; IVA — якщо ви непрацездатні щонайменше на { $iva-threshold-percent } і це не покращиться.
guide-sickness-help = Хто допоможе
    .body =
        - UWV: uwv.nl і Mijn UWV.
        - Ваш сімейний лікар (huisarts) — для медичної допомоги.
        - Лікар підприємства (bedrijfsarts): див. пам'ятку про лікаря підприємства.
        - Juridisch Loket: juridischloket.nl. FNV: fnv.nl.
        Записуйте свої скарги на здоров'я і дні хвороби в щоденник Werkmaat.

## Guide: company-doctor
guide-company-doctor = Лікар підприємства (bedrijfsarts)
    .summary = Ваше право на прийом у лікаря підприємства, друга думка іншого лікаря і що робити, якщо в агенції немає лікаря підприємства.
guide-company-doctor-role = Кожен роботодавець повинен мати лікаря підприємства
    .body =
        Лікар підприємства (bedrijfsarts) — це лікар, до якого звертаються з питаннями про здоров'я і роботу, а також щодо повернення до роботи після хвороби.
        За Законом про умови праці (Arbowet) зі змінами від { $arbowet-bedrijfsarts-date } кожен роботодавець повинен мати базовий договір (basiscontract) з лікарем підприємства або службою охорони праці (arbodienst).
        Якщо ви хворієте, лікар підприємства має долучитися не пізніше ніж на { $bedrijfsarts-by-week }-му тижні вашої відсутності.
guide-company-doctor-visit = Ви можете самі піти до лікаря підприємства
    .body =
        - Ви можете піти до лікаря підприємства без дозволу роботодавця.
        - Ви можете піти й тоді, коли не хворієте, наприклад із питаннями про ваше здоров'я і роботу. Це називається відкритими годинами прийому (open spreekuur).
        - Лікарі зберігають лікарську таємницю (medisch beroepsgeheim). Якщо ви не знаєте, що саме лікар підприємства розповість вашому роботодавцю, запитайте про це лікаря ще до початку розмови.
guide-company-doctor-second-opinion = Друга думка
    .body =
        Якщо ви не згодні з порадою лікаря підприємства, ви маєте право на другу думку (second opinion) іншого лікаря підприємства.
        Відмовити вам у цьому можуть тільки з вагомих причин (zwaarwegende argumenten).
        Іншого лікаря ви вибираєте серед лікарів, названих у базовому договорі (basiscontract).
        Попросіть про другу думку письмово і збережіть копію.
guide-company-doctor-no-access = Якщо ви не можете потрапити до лікаря підприємства
    .body =
        На практиці трудові мігранти, які працюють через агенцію, часто не мають доступу до лікаря підприємства. Що ви можете зробити:
        - Запитайте в агенції письмово, хто її лікар підприємства або служба охорони праці (arbodienst) і як записатися на прийом. Збережіть відповідь.
        - По медичну допомогу звертайтеся до свого сімейного лікаря (huisarts). Телефонуйте в робочі дні з { $gp-office-opens } до { $gp-office-closes }.
        - Якщо в роботодавця немає лікаря підприємства, повідомте про це Нідерландську трудову інспекцію (Nederlandse Arbeidsinspectie): { $nla-phone }, nlarbeidsinspectie.nl.
        - У невідкладному випадку телефонуйте за номером { $emergency-phone }.
        Записуйте свої скарги на здоров'я в щоденник Werkmaat, щоб показати їх лікарю.

## Guide: accidents
guide-accidents = Нещасні випадки на роботі
    .summary = Що робити після нещасного випадку на роботі, що повинен зробити роботодавець і як самостійно повідомити про небезпечну роботу.
guide-accidents-now = Що робити одразу
    .body =
        Якщо хтось у небезпеці або тяжко травмований, телефонуйте за номером { $emergency-phone }. Оператори розмовляють англійською.
        - Надайте першу допомогу, якщо можете зробити це безпечно.
        - З іншими травмами телефонуйте своєму сімейному лікарю (huisarts). Увечері, вночі та у вихідні телефонуйте до чергової служби сімейних лікарів (huisartsenpost).
        - Ідіть у відділення невідкладної допомоги лікарні (spoedeisende hulp, SEH), тільки якщо вас направив huisarts або huisartsenpost, або якщо є загроза життю.
        - Повідомте роботодавця якомога швидше. Якщо ви працюєте через агенцію (uitzendbureau), повідомте й агенцію.
guide-accidents-record = Запишіть, що сталося
    .body =
        Запишіть, що сталося, поки ви ще добре це пам'ятаєте:
        - дату, час і місце;
        - що ви робили і що пішло не так;
        - як ви травмувалися;
        - імена людей, які це бачили (свідків);
        - до якого лікаря чи в яку лікарню ви зверталися.
        Сфотографуйте місце, обладнання чи інструменти, а також вашу травму. Зберігайте всі листи від лікарів. Щоденник Werkmaat може зберігати ці записи й фото на вашому телефоні.
guide-accidents-employer = Що повинен зробити роботодавець
    .body =
        Роботодавець повинен одразу повідомити Нідерландську трудову інспекцію (Nederlandse Arbeidsinspectie) про серйозний нещасний випадок на роботі. Це стосується й агенційних працівників. Нещасний випадок серйозний, якщо він призвів до:
        - смерті;
        - постійної шкоди здоров'ю, наприклад втрати частини тіла або втрати зору;
        - госпіталізації, навіть на один день. Лікування без госпіталізації не враховується.
        Якщо це стає зрозуміло тільки пізніше, роботодавець повинен повідомити тоді, коли це з'ясується.
        Роботодавець також повинен вести список (реєстр) нещасних випадків, про які він повідомив, і тих, через які людина не могла працювати довше ніж { $accident-register-absence-days ->
            [one] { $accident-register-absence-days } робочий день
            [few] { $accident-register-absence-days } робочі дні
            [many] { $accident-register-absence-days } робочих днів
           *[other] { $accident-register-absence-days } робочого дня
        }.
guide-accidents-liability = Коли роботодавець несе відповідальність
    .body =
        Правило про відповідальність роботодавця в Цивільному кодексі (Burgerlijk Wetboek) каже: роботодавець повинен вжити таких заходів безпеки, яких від нього можна розумно очікувати, щоб ви не травмувалися на роботі.
        Вам потрібно лише показати, що ви травмувалися під час роботи. Тоді роботодавець повинен довести, що зробив достатньо для вашої безпеки. Якщо він не може цього довести, йому, можливо, доведеться відшкодувати вам шкоду.
        Роботодавець не несе відповідальності, якщо шкоди ви завдали собі переважно самі: навмисно або через свідому й дуже нерозважливу поведінку. Це правило не обіцяє, що робота повністю безпечна.
        Щоб отримати пораду щодо вашої ситуації, зверніться до Бюро правової допомоги (Juridisch Loket): juridischloket.nl.
guide-accidents-report = Як самостійно повідомити про небезпечну роботу
    .body =
        Ви можете самостійно повідомити Arbeidsinspectie про небезпечну роботу, навіть коли ще нічого не сталося.
        - Телефонуйте за номером { $nla-phone }. Цей номер безкоштовний.
        - З-за кордону телефонуйте за номером { $nla-phone-abroad }. Інше джерело вказує інший номер, тож якщо цей не працює, пошукайте на nlarbeidsinspectie.nl.
        - Ви також можете повідомити через онлайн-форму. Форми є кількома мовами.
        - Ви можете повідомити анонімно, не називаючи свого імені.

## Guide: insurance
guide-insurance = Медичне страхування
    .summary = Хто повинен мати нідерландське медичне страхування, до якого строку, як його вибрати і що буде, якщо його не оформити.
guide-insurance-who = Хто повинен мати страховку
    .body =
        Нідерландське медичне страхування обов'язкове за законом (Zorgverzekeringswet). Ви повинні його оформити, якщо:
        - ви живете в Нідерландах, або
        - ви працюєте в Нідерландах і платите нідерландський податок із зарплати (loonheffing), навіть якщо живете за кордоном або працюєте сезонно.
        Страховка у вашій країні не звільняє вас від цього обов'язку.
        Виняток: якщо іноземний роботодавець тимчасово відрядив вас сюди (відряджений працівник) і у вас є довідка A1, ви залишаєтеся застрахованими у своїй країні. Тоді для медично необхідної допомоги ви користуєтеся Європейською карткою медичного страхування (EHIC).
guide-insurance-deadline = Строк
    .body =
        Оформіть страхування протягом { $insure-within-months ->
            [one] { $insure-within-months } місяця
            [few] { $insure-within-months } місяців
            [many] { $insure-within-months } місяців
           *[other] { $insure-within-months } місяця
        } після першого робочого дня або після реєстрації в муніципалітеті (gemeente). Тоді страховка діє від того першого дня, і ви платите внесок від цього дня.
        Якщо ви запізнитеся, за минулий час у вас не буде страховки, тож витрати на лікування за цей час ви заплатите самостійно. Ви також можете отримати штраф від CAK — державної установи, яка займається людьми без страховки.
guide-insurance-choice = Вибір страховика
    .body =
        Ви можете самостійно вибрати свою медичну страхову компанію (zorgverzekeraar). CAK теж про це каже.
        Роботодавець або агенція може запропонувати вам груповий поліс (collectieve verzekering). Утримувати внесок із вашої зарплати можна тільки з вашого письмового дозволу (volmacht). Власником поліса маєте бути ви, і ви повинні отримати копію поліса.
        Ми не знайшли тексту закону, де було б прямо сказано, що роботодавець не може змусити вас узяти його поліс. Але закон дає вам вільний вибір страховика, а для утримання із зарплати потрібен ваш volmacht. Якщо ви не впевнені, запитайте в Zorgverzekeringslijn.
guide-insurance-cak = Листи від CAK
    .body =
        Якщо ви повинні мати страховку, але її немає, CAK робить такі кроки:
        - Ви отримуєте лист. Після цього у вас є { $cak-letter-months ->
            [one] { $cak-letter-months } місяць
            [few] { $cak-letter-months } місяці
            [many] { $cak-letter-months } місяців
           *[other] { $cak-letter-months } місяця
        }, щоб оформити страховку.
        - Якщо ви цього не зробите, ви отримаєте штраф.
        - Якщо ви й після цього ще { $cak-letter-months ->
            [one] { $cak-letter-months } місяць
            [few] { $cak-letter-months } місяці
            [many] { $cak-letter-months } місяців
           *[other] { $cak-letter-months } місяця
        } залишаєтеся без страховки, ви отримаєте другий штраф.
        - Потім CAK сам оформлює вам страховку і сам вибирає страховика. Протягом { $cak-premium-months ->
            [one] { $cak-premium-months } місяця
            [few] { $cak-premium-months } місяців
            [many] { $cak-premium-months } місяців
           *[other] { $cak-premium-months } місяця
        } він утримує з вашої зарплати або соціальної допомоги вищий внесок (bestuursrechtelijke premie).
        За законом кожен штраф дорівнює трьом стандартним внескам (standaardpremie) за один місяць. Standaardpremie становить { $standaardpremie } на рік, тож штраф — { $cak-fine }. Вищий внесок — { $cak-premium-month } на місяць. Ці суми змінюються щороку: перевірте свій лист або hetcak.nl, там є сторінка англійською.
        Ніколи не ігноруйте лист від CAK.
guide-insurance-job-ends = Коли робота закінчується
    .body =
        Груповий поліс через агенцію часто закінчується разом із роботою. Якщо ви й далі живете в Нідерландах або платите нідерландський податок із зарплати, у вас і далі має бути страховка: одразу оформіть власну.
        Поки ви отримуєте нідерландську допомогу з хвороби (Ziektewet) або з безробіття (WW), ви теж повинні бути застраховані. Перевірте, чи ваш поліс ще діє, і не скасовуйте його.
        Якщо ви назавжди виїжджаєте з Нідерландів (а не у відпустку) і більше не маєте доходу з Нідерландів, ви втрачаєте право на нідерландську страховку. Скасуйте її і покажіть підтвердження, що ви знялися з обліку в Базовому реєстрі осіб (BRP).
guide-insurance-help = Хто може допомогти
    .body =
        Zorgverzekeringslijn — незалежна гаряча лінія з питань медичного страхування.
        - Телефонуйте за номером { $zvl-phone } у робочі дні або пишіть у чат на zorgverzekeringslijn.nl.
        - Нам не вдалося підтвердити, якими мовами там розмовляють.
        Про листи і штрафи від CAK читайте на hetcak.nl. Список для перевірки страхування у Werkmaat допоможе вам перевірити вашу ситуацію.

## Guide: care
guide-care = Медична допомога: куди звертатися
    .summary = Ваш сімейний лікар, чергова служба сімейних лікарів, невідкладні випадки, ліки, стоматолог і що ви платите самостійно.
guide-care-gp = Ваш сімейний лікар (huisarts)
    .body =
        У Нідерландах спочатку звертаються до сімейного лікаря (huisarts). Huisarts вирішує, чи потрібні вам лікарня або спеціаліст, і дає вам туди направлення (verwijzing).
        - Зареєструйтеся в сімейного лікаря поблизу місця, де ви живете. Не чекайте, поки захворієте.
        - Практики сімейних лікарів часто переповнені й не беруть нових пацієнтів. Тоді звертайтеся до інших практик поблизу. Пошук медичної допомоги у Werkmaat показує практики поруч із вами.
        - Телефонуйте до практики в робочі дні з { $gp-office-opens } до { $gp-office-closes }.
        Поради щодо дрібних проблем зі здоров'ям, які можна лікувати самостійно, шукайте на thuisarts.nl.
guide-care-out-of-hours = Вечори, ночі та вихідні (huisartsenpost)
    .body =
        Коли ваш huisarts не працює, телефонуйте до чергової служби сімейних лікарів (huisartsenpost). Вона працює ввечері та вночі (у робочі дні з { $gp-office-closes } до { $gp-office-opens }), у вихідні та у святкові дні.
        - Завжди спочатку телефонуйте. Просто прийти туди не можна. Асистент (triagist) вирішує, наскільки це терміново.
        - У кожному регіоні свій номер. Зателефонуйте своєму huisarts: у неробочий час автовідповідач часто називає цей номер. Пошук медичної допомоги у Werkmaat теж його показує.
        Коли телефонуєте, майте під рукою ці дані, а коли йдете туди, візьміть із собою документ, що посвідчує особу:
        - ваше ім'я, дату народження та особистий номер (BSN);
        - вашу медичну страхову компанію і номер поліса;
        - ім'я вашого huisarts і ліки, які ви приймаєте.
        Werkmaat може зберігати ці дані для вас.
guide-care-emergency = Невідкладні випадки
    .body =
        Телефонуйте за номером { $emergency-phone }, коли є загроза життю: щоб викликати швидку допомогу, поліцію або пожежників. Оператори розмовляють англійською.
        Безкоштовний застосунок 112NL допоможе, якщо ви погано чуєте чи говорите або не розмовляєте нідерландською чи англійською:
        - можна зателефонувати на { $emergency-phone } або напряму до поліції, пожежників чи швидкої допомоги;
        - оператор може почати з вами чат, і чат може перекладати багатьма мовами;
        - застосунок надсилає ваше місцезнаходження, якщо ви це дозволите.
        Встановіть його зараз, поки він не знадобився. Старий текстовий телефон { $emergency-textphone } поступово відключають, і він може вже не працювати.
        Відділення невідкладної допомоги лікарні (spoedeisende hulp, SEH) — для термінової допомоги. Ідіть туди тільки тоді, коли вас направляє сімейний лікар (huisarts) або huisartsenpost, або коли є загроза життю.
guide-care-medicines-dentist = Ліки та стоматолог
    .body =
        Ліки ви отримуєте в аптеці (apotheek). Ліки за рецептом із базового пакета зараховуються у франшизу (eigen risico).
        Лікування у стоматолога (tandarts) для дорослих не входить у базовий пакет. Базовий пакет оплачує тільки спеціальну стоматологічну допомогу, наприклад операції на щелепі, і повні зубні протези. За повні зубні протези ви самостійно платите { $dentures-own-share-percent } їхньої вартості.
        Для іншого лікування зубів потрібне додаткове страхування (aanvullende verzekering). Для дітей більшість стоматологічної допомоги входить у базовий пакет.
guide-care-costs = Що ви платите самостійно (eigen risico)
    .body =
        Щороку перші { $eigen-risico } витрат на медичну допомогу з базового пакета ви платите самостійно. Це називається франшизою (eigen risico). Сума може змінитися в наступні роки.
        У eigen risico не зараховуються:
        - візити до вашого huisarts;
        - допомога після пологів (kraamzorg);
        - медсестринський догляд удома (wijkverpleging).
        Діти до { $no-deductible-under-age ->
            [one] { $no-deductible-under-age } року
            [few] { $no-deductible-under-age } років
            [many] { $no-deductible-under-age } років
           *[other] { $no-deductible-under-age } року
        } не платять eigen risico.

## Guide: zorgtoeslag
guide-zorgtoeslag = Допомога на медичне страхування (zorgtoeslag)
    .summary = Гроші від держави, які допомагають платити за медичне страхування: хто може їх отримати, скільки і як подати заяву.
guide-zorgtoeslag-who = Хто може отримати
    .body =
        Допомога на медичне страхування (zorgtoeslag) — це гроші від податкової служби (Belastingdienst/Toeslagen), які допомагають вам платити за медичне страхування. Ви можете її отримати, якщо:
        - вам { $zorgtoeslag-min-age ->
            [one] { $zorgtoeslag-min-age } рік
            [few] { $zorgtoeslag-min-age } роки
            [many] { $zorgtoeslag-min-age } років
           *[other] { $zorgtoeslag-min-age } року
        } або більше;
        - у вас є нідерландське медичне страхування;
        - у вас нідерландське громадянство, громадянство країни Європейської економічної зони (ЄЕЗ) або дозвіл на проживання;
        - ваш дохід нижчий за межу: { $zorgtoeslag-income-single } на рік без партнера або { $zorgtoeslag-income-partner } на рік разом із партнером для цієї допомоги (toeslagpartner);
        - ваші заощадження та інше майно нижчі за межу. Ця межа змінюється щороку. Найновіша межа, яку нам вдалося підтвердити, — { $zorgtoeslag-assets-single } без партнера або { $zorgtoeslag-assets-partner } разом із toeslagpartner, але вона за один із попередніх років. Перевірте межу на цей рік на belastingdienst.nl.
        Ваш чоловік, дружина або зареєстрований партнер є вашим toeslagpartner, навіть якщо живе в іншій країні, і його або її дохід враховується. Якщо ваш toeslagpartner застрахований в іншій країні, ви отримуєте половину суми для пар.
        Ви також можете отримувати zorgtoeslag, якщо живете за кордоном, але працюєте в Нідерландах і маєте нідерландське медичне страхування.
guide-zorgtoeslag-amount = Скільки ви отримаєте
    .body =
        Сума залежить від вашого доходу: що менший дохід, то більше ви отримуєте.
        - Без toeslagpartner ви отримуєте щонайбільше приблизно { $zorgtoeslag-max-month-single } на місяць.
        - З toeslagpartner ви разом отримуєте щонайбільше приблизно { $zorgtoeslag-max-month-partner } на місяць.
        Ці суми ми знайшли в одній новинній статті, тож вони можуть бути неточними. Вашу суму розраховує Belastingdienst.
guide-zorgtoeslag-apply = Як подати заяву
    .body =
        - Вам потрібен DigiD — нідерландський державний вхід (логін). Див. digid.nl.
        - Подайте заяву на belastingdienst.nl, у розділі Mijn toeslagen.
        - Швидко повідомляйте в Mijn toeslagen про зміни доходу або про нового партнера.
        Belastingdienst пізніше перевіряє ваш справжній дохід. Якщо ви отримали забагато допомоги, можливо, доведеться її повернути. Зберігайте всі листи від Belastingdienst.
guide-zorgtoeslag-help = Хто може допомогти
    .body =
        Телефонуйте до BelastingTelefoon за номером { $belastingtelefoon }. Дзвінок безкоштовний. Лінія працює з понеділка до п'ятниці.
        Коли телефонуєте, майте під рукою свій особистий номер (BSN).

## Guide: interpreters
guide-interpreters = Перекладачі в медицині
    .summary = Як зробити так, щоб ви і ваш лікар розуміли одне одного, коли можна отримати перекладача і хто за нього платить.
guide-interpreters-understand = Розуміти одне одного
    .body =
        Для доброї медичної допомоги потрібне добре взаєморозуміння: ви повинні розуміти свого лікаря, а лікар повинен розуміти вас.
        - Не кажіть «так», якщо ви не зрозуміли.
        - Ви можете попросити лікаря пояснити ще раз, простішими словами.
        - Ви можете попросити перекладача (tolk).
        Ще до прийому скажіть у практиці, якою мовою ви розмовляєте.
guide-interpreters-guideline = Настанова щодо мовних бар'єрів
    .body =
        { $language-guideline-date } було опубліковано настанову для медичних працівників щодо мовних бар'єрів (Omgaan met taalbarrières in de zorg en het sociaal domein). Її разом створили організації медичних працівників і пацієнтів, серед них Нідерландська колегія сімейних лікарів (NHG) і Федерація пацієнтів Нідерландів (Patiëntenfederatie Nederland). У ній сказано:
        - Для складних, делікатних або серйозних розмов медичний працівник має залучати професійного перекладача.
        - Член родини, друг або застосунок-перекладач — тільки для простих розмов і тільки якщо ви цього хочете.
        - Діти ніколи не повинні перекладати.
        - Медичний працівник перевіряє, чи ви все зрозуміли, наприклад просить вас переказати це своїми словами.
guide-interpreters-costs = Хто платить за перекладача
    .body =
        Це залежить від виду допомоги:
        - Сімейний лікар (huisarts): загальнонаціонального порядку оплати перекладачів немає. У деяких регіонах оплачують перекладачів по телефону. Запитайте свого huisarts, чи це можливо у вашому регіоні.
        - Допомога з психічного здоров'я (GGZ): перекладачів оплачують з { $ggz-interpreter-since }.
        - Допомога під час вагітності й пологів від акушерки (verloskundige): перекладачів оплачують з { $obstetric-interpreter-since }. Офіційно це тимчасовий порядок.
        Щодо іншої допомоги запитайте ще до прийому, чи можна отримати перекладача і хто за нього платить.
guide-interpreters-ask = Що ви можете зробити
    .body =
        - Коли записуєтеся на прийом, скажіть, що вам потрібен професійний перекладач, і для якої мови.
        - Для простих розмов ви можете взяти з собою людину, якій довіряєте.
        - Картки з фразами у Werkmaat показують короткі речення нідерландською і вашою мовою. Ви можете показати їх лікарю або асистенту.

## Guide: exploitation
guide-exploitation = Експлуатація: де шукати допомоги
    .summary = Ознаки експлуатації на роботі, куди про неї повідомити і хто може вам допомогти.
guide-exploitation-signs = Тривожні ознаки
    .body =
        Трудова експлуатація (arbeidsuitbuiting) часто починається з дрібниць. Будьте уважні, якщо:
        - ви отримуєте за свої робочі години менше, ніж мінімальна зарплата (minimumloon);
        - з вашої зарплати утримують гроші без вашого письмового дозволу (volmacht). З мінімальної зарплати можна утримувати тільки за житло та медичне страхування, і лише з volmacht;
        - хтось змушує вас працювати або залишатися на цій роботі;
        - ваша робота небезпечна, і з цим нічого не роблять.
        Багато працівників отримують житло та медичне страхування через роботодавця. Через це ви залежите від роботодавця: якщо ви втратите роботу, ви можете одночасно втратити і житло, і страховку.
guide-exploitation-danger = Небезпека або терміновий випадок
    .body =
        - Ви зараз у небезпеці: телефонуйте за номером { $emergency-phone }.
        - Поліція, якщо це не екстрений випадок: { $police-phone }. Цей номер платний: ви платите невелику суму за хвилину понад звичайну вартість дзвінка, і він може не працювати з деякими іноземними SIM-картками. Ви можете заявити в поліцію про примус або експлуатацію.
        - Щоб повідомити про злочин, не називаючи свого імені: Meld Misdaad Anoniem, телефон { $mma-phone } або meldmisdaadanoniem.nl.
guide-exploitation-report = Повідомлення до Arbeidsinspectie
    .body =
        Нідерландська трудова інспекція (Nederlandse Arbeidsinspectie) займається небезпечною роботою, заниженою оплатою та експлуатацією.
        - Телефонуйте за номером { $nla-phone } (безкоштовно) або з-за кордону { $nla-phone-abroad }. Інше джерело вказує інший номер для дзвінків із-за кордону; якщо цей не працює, див. nlarbeidsinspectie.nl.
        - Є онлайн-форми кількома мовами.
        - Ви можете повідомити анонімно, не називаючи свого імені.
        За словами інспекції, вона не каже роботодавцю, хто повідомив.
guide-exploitation-help = Хто може вам допомогти
    .body =
        - FairWork допомагає жертвам трудової експлуатації безкоштовно й конфіденційно: fairwork.nu.
        - CoMensha, національний центр протидії торгівлі людьми (mensenhandel), реєструє постраждалих і влаштовує їх у притулок. Телефон { $comensha-phone }, з понеділка до п'ятниці з { $comensha-opens } до { $comensha-closes }, або e-mail info@comensha.nl.
        - FNV — це профспілка (vakbond). Вона проводила інформаційні зустрічі польською мовою, зокрема для людей, які не є її членами: fnv.nl.
        - Бюро правової допомоги (Juridisch Loket) дає безкоштовні юридичні консультації: juridischloket.nl. Пілотний проєкт також допомагає польською, болгарською та румунською мовами в деяких провінціях (Noord-Holland, Zuid-Holland, Noord-Brabant і Limburg). Перевірте на сайті, чи він ще діє.
        - Work in NL має інформаційні пункти для трудових мігрантів із ЄС в усіх регіонах ринку праці: workinnl.nl.
guide-exploitation-what-next = Що для вас може означати повідомлення
    .body =
        Повідомлення може призвести до розслідування. Ми не можемо обіцяти, яким буде результат і скільки часу воно триватиме.
        - Ви можете повідомити анонімно: до Arbeidsinspectie або до Meld Misdaad Anoniem.
        - Зберігайте в надійному місці копії свого контракту, розрахункових листів (loonstroken) і список своїх робочих годин. Щоденник Werkmaat може зберігати ваші години.
        - Жертва торгівлі людьми може отримати допомогу й безпечне місце для проживання через CoMensha.
        - Якщо житло і страховка у вас через роботодавця, подумайте наперед: де ви зможете жити і як зберегти медичну страховку? Див. пам'ятку про медичне страхування.
        Якщо ви не знаєте, що робити, спершу поговоріть із FairWork.

## Guide: mental-health
guide-mental-health = Психічне здоров'я
    .summary = Стрес, тривога і пригнічений настрій трапляються часто. Де можна отримати допомогу, зокрема в кризі.
guide-mental-health-common = Ви не одні
    .body =
        Життя і робота далеко від дому можуть бути важкими. Стрес, тривога, проблеми зі сном і пригнічений настрій бувають у багатьох людей. Це не слабкість, і ви можете попросити про допомогу.
        Дослідження в Нідерландах показало, що багато трудових мігрантів мають погане психічне здоров'я — набагато частіше, ніж нідерландські працівники.
guide-mental-health-gp = Поговоріть зі своїм huisarts
    .body =
        Ваш сімейний лікар (huisarts) — це перше місце, куди варто звернутися, зокрема якщо у вас стрес, страх, смуток чи проблеми зі сном. Те, що ви розповідаєте лікарю, залишається конфіденційним.
        Huisarts може допомогти вам сам або направити вас до служби психічного здоров'я (GGZ). У GGZ перекладачів оплачують з { $ggz-interpreter-since }. Попросіть перекладача, якщо він вам потрібен.
        Ви також можете поговорити з лікарем підприємства (bedrijfsarts): не питаючи роботодавця і навіть тоді, коли ви не хворієте. Але багато агенційних працівників майже або зовсім не мають доступу до такого лікаря.
guide-mental-health-crisis = У кризі
    .body =
        Якщо ви думаєте про самогубство, зверніться на нідерландську лінію запобігання самогубствам (Zelfmoordpreventie, 113.nl):
        - телефонуйте за номером { $crisis-phone } або { $crisis-phone-free }; обидва номери безкоштовні;
        - або пишіть у чат на 113.nl.
        Лінія працює вдень і вночі, і вам не потрібно називати своє ім'я.
        Якщо ви або хтось інший зараз у небезпеці, телефонуйте за номером { $emergency-phone }.
guide-mental-health-self-care = Як подбати про себе
    .body =
        Деякі прості звички можуть допомагати вам щодня. Вони не замінюють допомогу лікаря.
        - Намагайтеся висипатися і використовуйте час відпочинку та вихідні, щоб відпочити. Див. пам'ятку про робочий час.
        - Поговоріть із людиною, якій довіряєте: із другом, колегою або рідними вдома.
        - Підтримуйте зв'язок із родиною та друзями, також телефоном або відеодзвінком.
        Якщо вам гіршає або не стає краще, зверніться до свого huisarts.

## Guide: losing-job
guide-losing-job = Втрата роботи
    .summary = Що робити, коли робота закінчується: допомога з безробіття (WW), остаточний розрахунок, вихідна допомога, страхування і житло.
guide-losing-job-ww = Допомога з безробіття (WW): дійте протягом тижня
    .body =
        Якщо ви втрачаєте роботу, ви можете отримувати від UWV допомогу з безробіття (WW). Зазвичай треба було працювати щонайменше { $ww-weeks-worked } з останніх { $ww-weeks-period ->
            [one] { $ww-weeks-period } тижня
            [few] { $ww-weeks-period } тижнів
            [many] { $ww-weeks-period } тижнів
           *[other] { $ww-weeks-period } тижня
        }.
        - Зареєструйтеся як шукач роботи на werk.nl протягом { $ww-register-days ->
            [one] { $ww-register-days } дня
            [few] { $ww-register-days } днів
            [many] { $ww-register-days } днів
           *[other] { $ww-register-days } дня
        } після втрати роботи.
        - Подайте заяву на WW до UWV. Вона має надійти найпізніше через { $ww-apply-within-weeks ->
            [one] { $ww-apply-within-weeks } тиждень
            [few] { $ww-apply-within-weeks } тижні
            [many] { $ww-apply-within-weeks } тижнів
           *[other] { $ww-apply-within-weeks } тижня
        } після вашого останнього робочого дня. Можна подати її й за кілька тижнів до того. Вам потрібен DigiD.
        - UWV ухвалює рішення приблизно протягом { $ww-decision-weeks ->
            [one] { $ww-decision-weeks } тижня
            [few] { $ww-decision-weeks } тижнів
            [many] { $ww-decision-weeks } тижнів
           *[other] { $ww-decision-weeks } тижня
        }.
        Не чекайте до останнього дня. Не підписуйте угоду про припинення контракту (vaststellingsovereenkomst), поки не звернетеся по пораду.
guide-losing-job-final-pay = Остаточний розрахунок
    .body =
        В остаточному розрахунку (eindafrekening) ви повинні отримати:
        - зарплату до останнього робочого дня;
        - відпускні (vakantiegeld), які накопичилися і ще не виплачені;
        - невикористані дні відпустки (vakantiedagen), виплачені грошима.
        Роботодавець повинен письмово повідомити, скільки днів відпустки у вас залишилося. Перевірте останній розрахунковий лист (loonstrook) і запитайте письмово, якщо чогось бракує.
guide-losing-job-transition = Вихідна допомога (transitievergoeding)
    .body =
        З { $transitievergoeding-since } ви маєте право на вихідну допомогу (transitievergoeding) з першого робочого дня, якщо роботодавець розриває з вами контракт або не продовжує строковий контракт.
        - Це приблизно третина місячної зарплати за кожен відпрацьований рік, а за коротший час — відповідна частина.
        - Ви її не отримаєте, якщо роботодавець збанкрутував.
        Для роботи через агенцію правила можуть бути іншими. Запитайте про свою ситуацію в Juridisch Loket (juridischloket.nl).
guide-losing-job-insurance = Медичне страхування
    .body =
        Груповий поліс через роботодавця або агенцію часто закінчується разом із роботою. Якщо ви й далі живете в Нідерландах, ви повинні бути застраховані: перевірте, чи ваш поліс ще діє, а якщо ні, одразу оформіть власне медичне страхування (zorgverzekering).
        Поки ви отримуєте WW, ви теж повинні бути застраховані. Перевірте, чи ваш поліс ще діє, і не скасовуйте його.
        Якщо ви захворієте протягом { $sick-after-contract-weeks ->
            [one] { $sick-after-contract-weeks } тижня
            [few] { $sick-after-contract-weeks } тижнів
            [many] { $sick-after-contract-weeks } тижнів
           *[other] { $sick-after-contract-weeks } тижня
        } після закінчення роботи, повідомте UWV про хворобу самі. Дивіться посібник про хворобу.
guide-losing-job-housing = Житло
    .body =
        Якщо житло вам надає роботодавець, ви можете одночасно втратити і житло, і роботу.
        - З окремим договором оренди (huurcontract) ваша оренда не закінчується лише тому, що закінчується робота. Закон (Wet goed verhuurderschap) вимагає цього для трудових мігрантів з ЄС. Дивіться посібник про житло.
        - Запитайте письмово, скільки часу ви можете там жити, і збережіть відповідь.
        - Якщо ви можете втратити житло, попросіть допомоги у своєму муніципалітеті (gemeente). Якщо у вас більше немає адреси, можна зареєструватися за поштовою адресою (briefadres), щоб листи від UWV і Belastingdienst і далі до вас доходили. Дивіться посібник про реєстрацію.
        Безкоштовна юридична порада: Juridisch Loket, juridischloket.nl. Профспілка: FNV, fnv.nl.

## Guide: registering
guide-registering = Реєстрація в муніципалітеті (gemeente)
    .summary = Вчасна реєстрація, поштова адреса (briefadres), коли у вас немає житла, RNI для короткого перебування і зняття з обліку, коли ви виїжджаєте.
guide-registering-arrive = Зареєструйтеся протягом { $brp-register-within-days ->
            [one] { $brp-register-within-days } дня
            [few] { $brp-register-within-days } днів
            [many] { $brp-register-within-days } днів
           *[other] { $brp-register-within-days } дня
        }
    .body =
        Якщо ви житимете в Нідерландах довше ніж { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } місяць
            [few] { $rni-max-stay-months } місяці
            [many] { $rni-max-stay-months } місяців
           *[other] { $rni-max-stay-months } місяця
        } протягом { $brp-stay-period-months ->
            [one] { $brp-stay-period-months } місяця
            [few] { $brp-stay-period-months } місяців
            [many] { $brp-stay-period-months } місяців
           *[other] { $brp-stay-period-months } місяця
        }, ви повинні зареєструватися в муніципалітеті (gemeente), де живете. Зробіть це протягом { $brp-register-within-days ->
            [one] { $brp-register-within-days } дня
            [few] { $brp-register-within-days } днів
            [many] { $brp-register-within-days } днів
           *[other] { $brp-register-within-days } дня
        } після приїзду. Тоді вас внесуть до Базового реєстру осіб (Basisregistratie Personen, BRP).
        - Запишіться на прийом у gemeente і візьміть паспорт або ID-картку.
        - Ваш партнер і діти, які живуть із вами, теж повинні прийти на прийом.
        - Ви отримаєте особистий номер (burgerservicenummer, BSN), якщо у вас його ще немає.
        Якщо ви чекаєте на дозвіл на проживання або вашу особу ще перевіряють, цей строк не діє. Запитайте в gemeente.
guide-registering-no-address = Немає адреси проживання: briefadres
    .body =
        Якщо у вас немає постійної адреси, наприклад тому, що ви втратили житло, можна зареєструватися за поштовою адресою (briefadres). Це адреса людини або організації, яка погоджується отримувати ваші листи.
        - Запитайте в gemeente, як отримати briefadres.
        - Тоді листи від UWV, Belastingdienst і CAK і далі доходитимуть до вас.
        Повідомте gemeente, коли у вас знову буде адреса проживання.
guide-registering-short-stay = Коротке перебування: RNI
    .body =
        Якщо ви пробудете в Нідерландах менше ніж { $rni-max-stay-months ->
            [one] { $rni-max-stay-months } місяць
            [few] { $rni-max-stay-months } місяці
            [many] { $rni-max-stay-months } місяців
           *[other] { $rni-max-stay-months } місяця
        }, зареєструйтеся як нерезидент (Registratie Niet-ingezetenen, RNI) у пункті RNI. Там ви теж отримаєте BSN.
        Якщо потім ви все ж залишитеся довше, зареєструйтеся в gemeente протягом { $brp-register-within-days ->
            [one] { $brp-register-within-days } дня
            [few] { $brp-register-within-days } днів
            [many] { $brp-register-within-days } днів
           *[other] { $brp-register-within-days } дня
        }.
guide-registering-leaving = Коли ви виїжджаєте з Нідерландів
    .body =
        Якщо протягом одного року ви житимете за кордоном { $brp-departure-months ->
            [one] { $brp-departure-months } місяць
            [few] { $brp-departure-months } місяці
            [many] { $brp-departure-months } місяців
           *[other] { $brp-departure-months } місяця
        } або довше, повідомте про виїзд (aangifte van vertrek) у своєму gemeente.
        - Зробіть це щонайраніше за { $brp-departure-days ->
            [one] { $brp-departure-days } день
            [few] { $brp-departure-days } дні
            [many] { $brp-departure-days } днів
           *[other] { $brp-departure-days } дня
        } до виїзду, не раніше.
        - Якщо ви вже за кордоном, повідомте якнайшвидше онлайн через DigiD. Днем переїзду вважається день, коли gemeente отримає ваше повідомлення.
        - Якщо ви більше не працюєте в Нідерландах, після цього скасуйте нідерландське медичне страхування (zorgverzekering) і збережіть підтвердження про зняття з обліку.
        Поїздка додому у відпустку — це не виїзд: ви залишаєтеся зареєстрованими.
