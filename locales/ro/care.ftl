# Werkmaat: the care finder. Kinds of places, and the advice "where do I go now".
# $emergency-phone (string) - the emergency number, a fact (112)

## Kinds of places

care-kind-gp = Medic de familie (huisarts)
care-kind-gp_post = Cabinet de gardă al medicilor de familie (huisartsenpost)
care-kind-emergency = Secție de urgențe din spital (spoedeisende hulp, SEH)
care-kind-pharmacy = Farmacie (apotheek)
care-position-approximate = Apare în centrul localității: locația exactă nu este cunoscută, așa că distanța este aproximativă.
care-open-now = Deschis acum
care-closed-now = Închis acum
# $km (number) - the distance to a place in kilometres, rounded to one decimal
care-distance = { $km } km

## Where to go now

care-now-gp = Este zi lucrătoare și cabinetul medicului dumneavoastră de familie (huisarts) este deschis. Sunați mai întâi la medicul de familie. Dacă viața este în pericol, sunați la { $emergency-phone }.
care-now-gp-post = Cabinetul medicului dumneavoastră de familie (huisarts) este închis acum: este seară, noapte, weekend sau zi de sărbătoare legală. Sunați mai întâi la cabinetul de gardă al medicilor de familie (huisartsenpost). Nu mergeți acolo fără să sunați înainte. Dacă viața este în pericol, sunați la { $emergency-phone }.
care-now-emergency = Sunați acum la { $emergency-phone } și cereți o ambulanță. Mai jos găsiți cele mai apropiate secții de urgențe din spitale (spoedeisende hulp). Mergeți acolo numai dacă vă spune operatorul de la numărul de urgență sau un medic.
care-now-none-known = Werkmaat nu cunoaște încă un astfel de loc în apropierea dumneavoastră. Sunați la numărul medicului de familie (huisarts). În afara programului, veți auzi un mesaj înregistrat. Deseori, mesajul vă spune numărul cabinetului de gardă (huisartsenpost). Când aveți internet, puteți încărca serviciile medicale din apropiere.
care-now-no-post-near = Werkmaat nu cunoaște cabinetul de gardă al medicilor de familie (huisartsenpost) pentru zona dumneavoastră. Sunați la numărul medicului dumneavoastră de familie (huisarts). În afara programului, mesajul înregistrat vă spune numărul cabinetului de gardă (huisartsenpost). Dacă viața este în pericol, sunați la { $emergency-phone }.
care-now-no-post-near-own-gp = Werkmaat nu cunoaște cabinetul de gardă al medicilor de familie (huisartsenpost) pentru zona dumneavoastră. Sunați la medicul dumneavoastră de familie (huisarts), { $gp-name }: { $gp-phone }. În afara programului, mesajul înregistrat vă spune numărul cabinetului de gardă (huisartsenpost). Dacă viața este în pericol, sunați la { $emergency-phone }.
care-now-practice-may-be-closed = Astăzi este o zi de sărbătoare. Unele cabinete sunt deschise, altele sunt închise. Sunați mai întâi la cabinetul medicului dumneavoastră. Dacă este închis, mesajul înregistrat vă spune să sunați la cabinetul de gardă (huisartsenpost). Dacă viața este în pericol, sunați la { $emergency-phone }.
care-now-own-gp = Medicul dumneavoastră de familie (huisarts): { $gp-name }, { $gp-phone }.
