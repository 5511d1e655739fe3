# Werkmaat: the care finder. Kinds of places, and the advice "where do I go now".
# Hungarian. Form of address: formal "Ön". Same words as hu/guides.ftl (háziorvos, orvosi ügyelet, sürgősségi osztály, gyógyszertár, segélyhívó szám).
# $emergency-phone (string) - the emergency number, a fact (112)

## Kinds of places

care-kind-gp = Háziorvos (huisarts)
care-kind-gp_post = Orvosi ügyelet (huisartsenpost)
care-kind-emergency = Kórházi sürgősségi osztály (spoedeisende hulp, SEH)
care-kind-pharmacy = Gyógyszertár (apotheek)
care-position-approximate = A település központjában jelenik meg: a pontos helye nem ismert, ezért a távolság csak hozzávetőleges.

## Where to go now

care-now-gp = Munkanap van, és a háziorvosa (huisarts) most rendel. Először őt hívja fel. Ha életveszély van, hívja a segélyhívó számot: { $emergency-phone }.
care-now-gp-post = A háziorvosa (huisarts) most nem rendel, mert este, éjszaka, hétvége vagy ünnepnap van. Először hívja fel az orvosi ügyeletet (huisartsenpost). Ne menjen oda telefonálás nélkül. Ha életveszély van, hívja a segélyhívó számot: { $emergency-phone }.
care-now-emergency = Most azonnal hívja a segélyhívó számot: { $emergency-phone }. Kérjen mentőt. Alább láthatja a legközelebbi kórházi sürgősségi osztályokat (spoedeisende hulp). Csak akkor menjen oda, ha a segélyhívó munkatársa vagy egy orvos ezt mondja.
care-now-none-known = A Werkmaat még nem ismer ilyen helyet az Ön közelében. Hívja a háziorvosa telefonszámát: rendelési időn kívül a telefonos üzenet gyakran megmondja az orvosi ügyelet (huisartsenpost) számát. Ha van internetkapcsolata, betöltheti a közeli helyeket.
