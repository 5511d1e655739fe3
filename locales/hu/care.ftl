# Werkmaat: the care finder. Kinds of places, and the advice "where do I go now".
# Hungarian. Form of address: formal "Ön". Same words as hu/guides.ftl (háziorvos, orvosi ügyelet, sürgősségi osztály, gyógyszertár, segélyhívó szám).
# $emergency-phone (string) - the emergency number, a fact (112)

## Kinds of places

care-kind-gp = Háziorvos (huisarts)
care-kind-gp_post = Orvosi ügyelet (huisartsenpost)
care-kind-emergency = Kórházi sürgősségi osztály (spoedeisende hulp, SEH)
care-kind-pharmacy = Gyógyszertár (apotheek)
care-position-approximate = A település központjában jelenik meg: a pontos helye nem ismert, ezért a távolság csak hozzávetőleges.
care-open-now = Most nyitva
care-closed-now = Most zárva
# $km (number) - the distance to a place in kilometres, rounded to one decimal
care-distance = { $km } km

## Where to go now

care-now-gp = Munkanap van, és a háziorvosa (huisarts) most rendel. Először őt hívja fel. Ha életveszély van, hívja a segélyhívó számot: { $emergency-phone }.
care-now-gp-post = A háziorvosa (huisarts) most nem rendel, mert este, éjszaka, hétvége vagy ünnepnap van. Először hívja fel az orvosi ügyeletet (huisartsenpost). Ne menjen oda telefonálás nélkül. Ha életveszély van, hívja a segélyhívó számot: { $emergency-phone }.
care-now-emergency = Most azonnal hívja a segélyhívó számot: { $emergency-phone }. Kérjen mentőt. Alább láthatja a legközelebbi kórházi sürgősségi osztályokat (spoedeisende hulp). Csak akkor menjen oda, ha a segélyhívó munkatársa vagy egy orvos ezt mondja.
care-now-none-known = A Werkmaat még nem ismer ilyen helyet az Ön közelében. Hívja a háziorvosa telefonszámát: rendelési időn kívül a telefonos üzenet gyakran megmondja az orvosi ügyelet (huisartsenpost) számát. Ha van internetkapcsolata, betöltheti a közeli helyeket.
care-now-no-post-near = A Werkmaat nem ismeri az Ön területének orvosi ügyeletét (huisartsenpost). Hívja a saját háziorvosa (huisarts) számát: rendelési időn kívül a telefonos üzenet megmondja az orvosi ügyelet (huisartsenpost) számát. Ha életveszély van, hívja a segélyhívó számot: { $emergency-phone }.
care-now-no-post-near-own-gp = A Werkmaat nem ismeri az Ön területének orvosi ügyeletét (huisartsenpost). Hívja a saját háziorvosát (huisarts), { $gp-name }: { $gp-phone }. Rendelési időn kívül a telefonos üzenet megmondja az orvosi ügyelet (huisartsenpost) számát. Ha életveszély van, hívja a segélyhívó számot: { $emergency-phone }.
care-now-practice-may-be-closed = Ma ünnepnap van. Néhány rendelő nyitva van, mások zárva. Először hívja fel a rendelőjét. Ha zárva van, a telefonos üzenet megmondja, hogy hívja az orvosi ügyeletet (huisartsenpost). Ha életveszély van, hívja a segélyhívó számot: { $emergency-phone }.
care-now-own-gp = Az Ön háziorvosa (huisarts): { $gp-name }, { $gp-phone }.
