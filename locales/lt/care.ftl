# Werkmaat: the care finder. Kinds of places, and the advice "where do I go now".
# $emergency-phone (string) - the emergency number, a fact (112)

## Kinds of places

care-kind-gp = Šeimos gydytojas (huisarts)
care-kind-gp_post = Budintis šeimos gydytojų punktas (huisartsenpost)
care-kind-emergency = Ligoninės skubiosios pagalbos skyrius (spoedeisende hulp, SEH)
care-kind-pharmacy = Vaistinė (apotheek)
care-position-approximate = Rodoma miesto centre: tiksli vieta nežinoma, todėl atstumas apytikslis.
care-open-now = Dabar atidaryta
care-closed-now = Dabar uždaryta
# $km (number) - the distance to a place in kilometres, rounded to one decimal
care-distance = { $km } km

## Where to go now

care-now-gp = Dabar darbo diena ir jūsų šeimos gydytojas (huisarts) dirba. Pirmiausia paskambinkite savo šeimos gydytojui. Jei gresia pavojus gyvybei, skambinkite { $emergency-phone }.
care-now-gp-post = Dabar vakaras, naktis, savaitgalis arba valstybinė šventė, todėl jūsų šeimos gydytojas (huisarts) nedirba. Pirmiausia paskambinkite į budintį šeimos gydytojų punktą (huisartsenpost). Neikite ten nepaskambinę. Jei gresia pavojus gyvybei, skambinkite { $emergency-phone }.
care-now-emergency = Tuoj pat skambinkite { $emergency-phone } ir paprašykite atsiųsti greitąją pagalbą. Artimiausi ligoninių skubiosios pagalbos skyriai (spoedeisende hulp) nurodyti žemiau. Vykite ten tik tada, kai jums taip pasako pagalbos tarnybos operatorius arba gydytojas.
care-now-none-known = Werkmaat kol kas nežino nė vienos tokios vietos netoli jūsų. Paskambinkite savo šeimos gydytojo numeriu: ne darbo valandomis atsakiklis dažnai pasako budinčio šeimos gydytojų punkto (huisartsenpost) numerį. Kai turėsite interneto ryšį, galėsite įkelti netoliese esančias vietas.
care-now-no-post-near = Werkmaat nežino jūsų regiono budinčio šeimos gydytojų punkto (huisartsenpost). Paskambinkite savo šeimos gydytojo (huisarts) numeriu: ne darbo valandomis atsakiklis pasako budinčio punkto (huisartsenpost) numerį. Jei gresia pavojus gyvybei, skambinkite { $emergency-phone }.
care-now-no-post-near-own-gp = Werkmaat nežino jūsų regiono budinčio šeimos gydytojų punkto (huisartsenpost). Paskambinkite savo šeimos gydytojui (huisarts), { $gp-name }: { $gp-phone }. Ne darbo valandomis atsakiklis pasako budinčio punkto (huisartsenpost) numerį. Jei gresia pavojus gyvybei, skambinkite { $emergency-phone }.
care-now-practice-may-be-closed = Šiandien šventė. Kai kurios praktikos dirba, o kitos uždarytos. Pirmiausia paskambinkite į savo praktiką. Jei ji uždaryta, atsakiklis pasakys, kad skambintumėte į budintį punktą (huisartsenpost). Jei gresia pavojus gyvybei, skambinkite { $emergency-phone }.
care-now-own-gp = Jūsų šeimos gydytojas (huisarts): { $gp-name }, { $gp-phone }.
