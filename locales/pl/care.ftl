# Werkmaat: the care finder. Kinds of places, and the advice "where do I go now".
# $emergency-phone (string) - the emergency number, a fact (112)

## Kinds of places

care-kind-gp = Lekarz rodzinny (huisarts)
care-kind-gp_post = Nocna i świąteczna pomoc lekarska (huisartsenpost)
care-kind-emergency = Szpitalny oddział ratunkowy (spoedeisende hulp, SEH)
care-kind-pharmacy = Apteka (apotheek)
care-position-approximate = Pokazano w centrum miejscowości: dokładne położenie nie jest znane, więc odległość jest tylko przybliżona.
care-open-now = Teraz otwarte
care-closed-now = Teraz zamknięte
# $km (number) - the distance to a place in kilometres, rounded to one decimal
care-distance = { $km } km

## Where to go now

care-now-gp = Jest dzień roboczy i przychodnia twojego lekarza rodzinnego (huisarts) jest otwarta. Najpierw zadzwoń do swojego lekarza rodzinnego. Jeśli zagrożone jest życie, dzwoń pod { $emergency-phone }.
care-now-gp-post = Przychodnia twojego lekarza rodzinnego (huisarts) jest teraz zamknięta: jest wieczór, noc, weekend albo święto. Najpierw zadzwoń do nocnej i świątecznej pomocy lekarskiej (huisartsenpost). Nie idź tam, zanim nie zadzwonisz. Jeśli zagrożone jest życie, dzwoń pod { $emergency-phone }.
care-now-emergency = Zadzwoń teraz pod { $emergency-phone } i poproś o karetkę. Poniżej są najbliższe szpitalne oddziały ratunkowe (spoedeisende hulp). Idź tam tylko wtedy, gdy powie ci to operator numeru alarmowego albo lekarz.
care-now-none-known = Werkmaat nie zna jeszcze takiej placówki w twojej okolicy. Zadzwoń pod numer swojego lekarza rodzinnego (huisarts). Poza godzinami pracy przychodni usłyszysz nagraną wiadomość. Często podaje ona numer do nocnej i świątecznej pomocy lekarskiej (huisartsenpost). Gdy będziesz mieć internet, możesz pobrać listę placówek w twojej okolicy.
care-now-no-post-near = Werkmaat nie zna nocnej i świątecznej pomocy lekarskiej (huisartsenpost) dla twojego regionu. Zadzwoń pod numer swojego lekarza rodzinnego (huisarts). Poza godzinami pracy przychodni usłyszysz nagraną wiadomość z numerem do huisartsenpost. Jeśli zagrożone jest życie, dzwoń pod { $emergency-phone }.
care-now-no-post-near-own-gp = Werkmaat nie zna nocnej i świątecznej pomocy lekarskiej (huisartsenpost) dla twojego regionu. Zadzwoń do swojego lekarza rodzinnego (huisarts), { $gp-name }: { $gp-phone }. Poza godzinami pracy przychodni usłyszysz nagraną wiadomość z numerem do huisartsenpost. Jeśli zagrożone jest życie, dzwoń pod { $emergency-phone }.
care-now-practice-may-be-closed = Dziś jest święto. Niektóre przychodnie są otwarte, a inne zamknięte. Najpierw zadzwoń do swojej przychodni. Jeśli jest zamknięta, nagrana wiadomość powie ci, żeby zadzwonić do huisartsenpost. Jeśli zagrożone jest życie, dzwoń pod { $emergency-phone }.
care-now-own-gp = Twój lekarz rodzinny (huisarts): { $gp-name }, { $gp-phone }.
