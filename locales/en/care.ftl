# Werkmaat: the care finder. Kinds of places, and the advice "where do I go now".
# $emergency-phone (string) - the emergency number, a fact (112)

## Kinds of places

care-kind-gp = Family doctor (huisarts)
care-kind-gp_post = Out-of-hours GP post (huisartsenpost)
care-kind-emergency = Hospital emergency department (spoedeisende hulp, SEH)
care-kind-pharmacy = Pharmacy (apotheek)
care-position-approximate = Shown at the town centre: the exact location is not known, so the distance is approximate.

## Where to go now

care-now-gp = It is a working day and your family doctor (huisarts) is open: phone your huisarts first. If it is life-threatening, call { $emergency-phone }.
care-now-gp-post = Your family doctor (huisarts) is closed now: evening, night, weekend or public holiday. Phone the out-of-hours GP post (huisartsenpost) first. Do not go there without phoning. If it is life-threatening, call { $emergency-phone }.
care-now-emergency = Call { $emergency-phone } now and ask for an ambulance. The nearest hospital emergency departments (spoedeisende hulp) are below; go there only if the emergency operator or a doctor tells you to.
care-now-none-known = Werkmaat does not know such a place near you yet. Phone your family doctor's number: outside office hours the phone message often gives the number of the huisartsenpost. When you are online, you can load the places near you.
