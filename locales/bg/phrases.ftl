# Werkmaat: "show this" phrase cards (Bulgarian). The user shows the card: their language beside Dutch.
# Each card: the sentence as the value, and a short .title for the list.
# Variables are the user's saved details; a detail not saved is shown as "…":
# $full-name, $date-of-birth, $bsn, $insurer, $policy-number, $gp-name, $gp-phone (all strings).

phrase-register-gp = Искам да се запиша като нов пациент в този кабинет. Казвам се { $full-name }, датата ми на раждане е { $date-of-birth }, а личният ми номер (BSN) е { $bsn }. Здравният ми застраховател е { $insurer }, номер на полицата: { $policy-number }.
    .title = Записване при личен лекар (huisarts)
phrase-my-insurance = Казвам се { $full-name }, датата ми на раждане е { $date-of-birth }, а личният ми номер (BSN) е { $bsn }. Здравният ми застраховател е { $insurer }, номер на полицата: { $policy-number }.
    .title = Данните за застраховката ми
phrase-need-interpreter = Не говоря добре нидерландски. Искам професионален преводач (tolk). Може и преводач по телефона.
    .title = Молба за преводач
phrase-speak-slowly = Моля, говорете бавно и с прости думи. Може ли да ми запишете най-важното?
    .title = Моля, говорете бавно
phrase-explain-again = Не разбрах. Може ли да ми го обясните отново с други думи?
    .title = Не разбрах
phrase-written-info = Може ли да получа тази информация на хартия или по имейл?
    .title = Молба за информация в писмен вид
phrase-accident-at-work = Имах злополука на работа. Моля, запишете това в медицинското ми досие (dossier).
    .title = Имах злополука на работа
phrase-see-bedrijfsarts = Искам да говоря с фирмения лекар (bedrijfsarts). Моля, дайте ми името и телефонния номер на фирмения лекар.
    .title = Искам да отида при фирмения лекар (bedrijfsarts)
phrase-report-sick = Казвам се { $full-name }. Разболях се и не мога да работя. Съобщавам, че отсъствам поради болест (ziekmelden).
    .title = Съобщаване за болест
phrase-urgent-today = Трябва да ме прегледа лекар още днес. Мисля, че е спешно.
    .title = Трябва ми лекар днес
phrase-pain-here = Боли ме тук. Ще ви покажа къде ме боли.
    .title = Боли ме тук
phrase-allergy = Имам алергия към някои лекарства. Моля, проверете това, преди да ми дадете каквото и да е лекарство.
    .title = Имам алергия
phrase-collect-prescription = Имам рецепта (recept) от личния си лекар (huisarts). Искам да си взема лекарството.
    .title = Вземане на лекарство
phrase-what-do-i-pay = Колко трябва да платя аз? Това брои ли се към самоучастието ми (eigen risico)?
    .title = Колко плащам аз?
phrase-no-insurance = В момента нямам здравна застраховка. Имам нужда от медицинска помощ. Моля, кажете ми какво е възможно и колко ще струва.
    .title = В момента нямам застраховка
phrase-tell-my-gp = Моля, изпратете информацията за лечението ми на личния ми лекар (huisarts): { $gp-name }, телефон { $gp-phone }.
    .title = Информирайте личния ми лекар (huisarts)
phrase-payslip-question = Имам въпрос за фиша си за заплата (loonstrook). Моля, обяснете ми тези удръжки.
    .title = Въпрос за фиша за заплата
phrase-contract-copy = Искам копие от трудовия си договор и копие от всяко разрешение (volmacht) с моя подпис.
    .title = Молба за договора и документите ми
phrase-need-rest = По закон ми се полага почивка между две смени. Още не мога да започна нова смяна.
    .title = Полага ми се почивка
phrase-dentist = Искам да си запиша час при зъболекар (tandarts). Боли ме зъб.
    .title = Трябва ми зъболекар (tandarts)
phrase-call-emergency = Моля, обадете се на спешния номер вместо мен. Трябва ми помощ веднага.
    .title = Обадете се на спешния номер
phrase-contact-my-gp = Личният ми лекар (huisarts) е { $gp-name }, телефон { $gp-phone }. Моля, свържете се с личния ми лекар.
    .title = Свържете се с личния ми лекар (huisarts)
