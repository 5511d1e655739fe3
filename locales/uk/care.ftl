# Werkmaat: the care finder. Kinds of places, and the advice "where do I go now".
# $emergency-phone (string) - the emergency number, a fact (112)

## Kinds of places

care-kind-gp = Сімейний лікар (huisarts)
care-kind-gp_post = Чергова служба сімейних лікарів (huisartsenpost)
care-kind-emergency = Відділення невідкладної допомоги лікарні (spoedeisende hulp, SEH)
care-kind-pharmacy = Аптека (apotheek)
care-position-approximate = Показано в центрі міста: точне розташування невідоме, тому відстань приблизна.
care-open-now = Зараз відкрито
care-closed-now = Зараз зачинено
# $km (number) - the distance to a place in kilometres, rounded to one decimal
care-distance = { $km } км

## Where to go now

care-now-gp = Зараз робочий день, і ваш сімейний лікар (huisarts) працює. Спочатку зателефонуйте своєму сімейному лікарю. Якщо є загроза життю, телефонуйте за номером { $emergency-phone }.
care-now-gp-post = Зараз вечір, ніч, вихідний або святковий день, і ваш сімейний лікар (huisarts) не працює. Спочатку зателефонуйте до чергової служби сімейних лікарів (huisartsenpost). Не йдіть туди, поки не зателефонуєте. Якщо є загроза життю, телефонуйте за номером { $emergency-phone }.
care-now-emergency = Негайно телефонуйте за номером { $emergency-phone } і попросіть швидку допомогу. Найближчі відділення невідкладної допомоги лікарень (spoedeisende hulp) показано нижче. Ідіть туди, тільки якщо вам це скаже оператор екстреної служби або лікар.
care-now-none-known = Werkmaat ще не знає такого місця поблизу вас. Зателефонуйте на номер свого сімейного лікаря: у неробочий час автовідповідач часто називає номер чергової служби сімейних лікарів (huisartsenpost). Коли у вас буде інтернет, ви зможете завантажити місця поблизу.
care-now-no-post-near = Werkmaat не знає чергової служби сімейних лікарів (huisartsenpost) для вашого регіону. Зателефонуйте на номер свого сімейного лікаря (huisarts). У неробочий час автовідповідач називає номер чергової служби (huisartsenpost). Якщо є загроза життю, телефонуйте за номером { $emergency-phone }.
care-now-no-post-near-own-gp = Werkmaat не знає чергової служби сімейних лікарів (huisartsenpost) для вашого регіону. Зателефонуйте своєму сімейному лікарю (huisarts), { $gp-name }: { $gp-phone }. У неробочий час автовідповідач називає номер чергової служби (huisartsenpost). Якщо є загроза життю, телефонуйте за номером { $emergency-phone }.
care-now-practice-may-be-closed = Сьогодні свято. Деякі практики працюють, а деякі зачинені. Спочатку зателефонуйте до своєї практики. Якщо вона зачинена, автовідповідач скаже вам зателефонувати до чергової служби (huisartsenpost). Якщо є загроза життю, телефонуйте за номером { $emergency-phone }.
care-now-own-gp = Ваш сімейний лікар (huisarts): { $gp-name }, { $gp-phone }.
