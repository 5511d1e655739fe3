# Werkmaat: the care finder. Kinds of places, and the advice "where do I go now".
# $emergency-phone (string) - the emergency number, a fact (112)

## Kinds of places

care-kind-gp = Huisarts
care-kind-gp_post = Huisartsenpost
care-kind-emergency = Spoedeisende hulp (SEH) van een ziekenhuis
care-kind-pharmacy = Apotheek
care-position-approximate = De precieze plek is niet bekend. Daarom gaat Werkmaat uit van het centrum van de plaats. De afstand is dus een schatting.
care-open-now = Nu open
care-closed-now = Nu gesloten
# $km (number) - the distance to a place in kilometres, rounded to one decimal
care-distance = { $km } km

## Where to go now

care-now-gp = Het is een werkdag en je huisarts is open. Bel eerst je huisarts. Is het levensbedreigend? Bel dan { $emergency-phone }.
care-now-gp-post = Je huisarts is nu gesloten: het is avond, nacht, weekend of een feestdag. Bel eerst de huisartsenpost. Ga er niet naartoe zonder te bellen. Is het levensbedreigend? Bel dan { $emergency-phone }.
care-now-emergency = Bel nu { $emergency-phone } en vraag om een ambulance. Hieronder staan de dichtstbijzijnde ziekenhuizen met een spoedeisende hulp. Ga daar alleen naartoe als de meldkamer of een arts dat zegt.
care-now-none-known = Werkmaat kent zo'n plek bij jou in de buurt nog niet. Bel het nummer van je huisarts. Buiten de openingstijden hoor je dan een ingesproken bericht. Daarin staat vaak het nummer van de huisartsenpost. Heb je internet? Dan kun je de zorgverleners bij jou in de buurt laden.
care-now-no-post-near = Werkmaat kent de huisartsenpost voor jouw regio niet. Bel het nummer van je eigen huisarts. Buiten de openingstijden hoor je dan een bericht met het nummer van de huisartsenpost. Is er levensgevaar? Bel dan { $emergency-phone }.
care-now-no-post-near-own-gp = Werkmaat kent de huisartsenpost voor jouw regio niet. Bel je eigen huisarts, { $gp-name }: { $gp-phone }. Buiten de openingstijden hoor je dan een bericht met het nummer van de huisartsenpost. Is er levensgevaar? Bel dan { $emergency-phone }.
care-now-practice-may-be-closed = Vandaag is een feestdag. Sommige praktijken zijn open, andere zijn dicht. Bel eerst je huisarts. Is de praktijk dicht? Dan hoor je in het bericht dat je de huisartsenpost moet bellen. Is het levensbedreigend? Bel dan { $emergency-phone }.
care-now-own-gp = Je huisarts: { $gp-name }, { $gp-phone }.
