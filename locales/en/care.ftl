# Werkmaat: the care finder. Kinds of places, and the advice "where do I go now".
# $emergency-phone (string) - the emergency number, a fact (112)
# $gp-name (string) - the name of the user's own GP, from their details (or "Family doctor (huisarts)")
# $gp-phone (string) - the phone number of the user's own GP, in national format

## Kinds of places

care-kind-gp = Family doctor (huisarts)
care-kind-gp_post = Out-of-hours GP post (huisartsenpost)
care-kind-emergency = Hospital emergency department (spoedeisende hulp, SEH)
care-kind-pharmacy = Pharmacy (apotheek)
care-position-approximate = Shown at the town centre: the exact location is not known, so the distance is approximate.
care-open-now = Open now
care-closed-now = Closed now
# $km (number) - the distance to a place in kilometres, rounded to one decimal
care-distance = { $km } km

## Where to go now

care-now-gp = It is a working day and your family doctor (huisarts) is open: phone your huisarts first. If it is life-threatening, call { $emergency-phone }.
care-now-gp-post = Your family doctor (huisarts) is closed now: evening, night, weekend or public holiday. Phone the out-of-hours GP post (huisartsenpost) first. Do not go there without phoning. If it is life-threatening, call { $emergency-phone }.
care-now-emergency = Call { $emergency-phone } now and ask for an ambulance. The nearest hospital emergency departments (spoedeisende hulp) are below; go there only if the emergency operator or a doctor tells you to.
care-now-none-known = Werkmaat does not know such a place near you yet. Phone your family doctor's number: outside office hours the phone message often gives the number of the huisartsenpost. When you are online, you can load the places near you.
care-now-no-post-near = Werkmaat does not know the out-of-hours GP post (huisartsenpost) for your area. Phone the number of your own family doctor (huisarts): outside office hours, its phone message gives the number of the huisartsenpost. If a life is in danger, call { $emergency-phone }.
care-now-no-post-near-own-gp = Werkmaat does not know the out-of-hours GP post (huisartsenpost) for your area. Phone your own family doctor (huisarts), { $gp-name }: { $gp-phone }. Outside office hours, the phone message gives the number of the huisartsenpost. If a life is in danger, call { $emergency-phone }.
care-now-practice-may-be-closed = Today is a public holiday on which some practices are open and some are closed. Phone your practice first: if it is closed, the phone message tells you to call the huisartsenpost. If it is life-threatening, call { $emergency-phone }.
care-now-own-gp = Your family doctor (huisarts): { $gp-name }, { $gp-phone }.
