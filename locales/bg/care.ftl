# Werkmaat: the care finder. Kinds of places, and the advice "where do I go now".
# $emergency-phone (string) - the emergency number, a fact (112)

## Kinds of places

care-kind-gp = Личен лекар (huisarts)
care-kind-gp_post = Дежурен пункт на личните лекари (huisartsenpost)
care-kind-emergency = Спешно отделение на болница (spoedeisende hulp, SEH)
care-kind-pharmacy = Аптека (apotheek)
care-position-approximate = Показва се в центъра на града: точното местоположение не е известно, затова разстоянието е приблизително.
care-open-now = Сега е отворено
care-closed-now = Сега е затворено
# $km (number) - the distance to a place in kilometres, rounded to one decimal
care-distance = { $km } km

## Where to go now

care-now-gp = Сега е работен ден и кабинетът на личния ви лекар (huisarts) е отворен. Първо се обадете на личния си лекар. Ако има опасност за живота, обадете се на { $emergency-phone }.
care-now-gp-post = Сега е вечер, нощ, уикенд или официален празник и кабинетът на личния ви лекар (huisarts) е затворен. Първо се обадете на дежурния пункт на личните лекари (huisartsenpost). Не отивайте там, без да сте се обадили. Ако има опасност за живота, обадете се на { $emergency-phone }.
care-now-emergency = Обадете се веднага на { $emergency-phone } и поискайте линейка. Най-близките спешни отделения (spoedeisende hulp) са изброени по-долу. Отидете там само ако операторът на спешния телефон или лекар ви каже.
care-now-none-known = Werkmaat все още не знае такова място близо до вас. Обадете се на номера на личния си лекар: извън работното време записаното съобщение често казва номера на дежурния пункт на личните лекари (huisartsenpost). Когато имате интернет, можете да заредите местата близо до вас.
care-now-no-post-near = Werkmaat не знае дежурния пункт на личните лекари (huisartsenpost) за вашия район. Обадете се на номера на личния си лекар (huisarts). Извън работното време записаното съобщение казва номера на дежурния пункт (huisartsenpost). Ако има опасност за живота, обадете се на { $emergency-phone }.
care-now-no-post-near-own-gp = Werkmaat не знае дежурния пункт на личните лекари (huisartsenpost) за вашия район. Обадете се на личния си лекар (huisarts), { $gp-name }: { $gp-phone }. Извън работното време записаното съобщение казва номера на дежурния пункт (huisartsenpost). Ако има опасност за живота, обадете се на { $emergency-phone }.
care-now-practice-may-be-closed = Днес е празник. Някои кабинети работят, а други са затворени. Първо се обадете на кабинета на личния си лекар. Ако е затворен, записаното съобщение ще ви каже да се обадите на дежурния пункт (huisartsenpost). Ако има опасност за живота, обадете се на { $emergency-phone }.
care-now-own-gp = Вашият личен лекар (huisarts): { $gp-name }, { $gp-phone }.
