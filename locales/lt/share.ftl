## Sharing the diary with an adviser (werkmaat diary share): one encrypted file that only the
## chosen people or organisations can open, with the standard tool `age`.

invalid-share-recipient = Tai nėra age raktas (jis prasideda age1…) ir ne organizacija, kurią žino Werkmaat. Patikrinkite, ką įvedėte. Niekas neįrašyta.
invalid-share-no-recipient = Pasirinkite bent vieną žmogų ar organizaciją, su kuriais dalinsitės. Niekas neįrašyta.

## README.txt inside the shared archive. $file, $folder and $manifest are file names; $head is a hash.

share-readme-title = Dienoraštis, pasidalintas iš Werkmaat
share-readme-made = Sukurta: { $date }.
share-readme-files = Kas yra šiame archyve:
share-readme-export = { $file }: visas dienoraštis kaip duomenys (JSON). Kiekvienas įrašas ir kiekvienas pataisymas yra maišos (hash) grandinėje.
share-readme-report = { $file }: ataskaita gydytojui (huisarts) ar patarėjui. Atidarykite ją naršyklėje. Ji spausdinama ant A4 popieriaus.
share-readme-attachments = { $folder }: dienoraščio nuotraukos ir dokumentai.
share-readme-location-removed = Iš šių kopijų pašalinti vietos duomenys (GPS), todėl jų maiša (hash) nesutampa su originalo. Faile { $manifest } yra abi maišos.
share-readme-location-kept = Šiose kopijose dar yra vietos duomenys (GPS), nes naudotojas to paprašė.
share-readme-left-out = Kai kurių HEIC nuotraukų šiame archyve nėra: jų vietos duomenų (GPS) negalima pašalinti. Failas { $manifest } jas išvardija su jų maiša.
share-readme-manifest = { $file }: kiekvienas failas su dydžiu ir SHA-256 maiša.
share-readme-verify = Kaip patikrinti, kad dienoraštyje niekas nepakeista: paleiskite "werkmaat diary verify --export { $file }" arba tikrinimo programą, parašytą pagal viešą dienoraščio formatą. Paskutinė grandinės maiša turi būti: { $head }
share-readme-check-files = Kaip patikrinti vieną failą: palyginkite jo SHA-256 maišą (pavyzdžiui, su "sha256sum") su { $manifest }.

## The command line

cli-cmd-diary-share = Pasidalinti dienoraščiu su patarėju (profsąjunga, teisininkas, gydytojas) viename šifruotame faile, kurį atidaryti gali tik jie
cli-opt-share-to = Kas gali jį atidaryti: age raktas (age1…) arba organizacijos id. Galite nurodyti kelis kartus
cli-opt-share-out = Failas, kurį įrašyti. Pasirinkite pavadinimą, kuris nesako, kas viduje
cli-opt-share-with-location = Palikti vietos duomenis (GPS) dienoraštyje ir nuotraukose, kuriomis dalinatės
diary-shared = Šifruotas failas paruoštas: { $file }
diary-shared-counts = Įrašai: { $entries }. Priedai: { $attachments }.
diary-shared-to = Atidaryti jį gali tik:
diary-shared-left-out = Praleistos HEIC nuotraukos: { $count }. Jų vietos (GPS) negalima pašalinti. Dalinkitės su --with-location, jei norite jas įtraukti.

## Photos in the report for the doctor

report-attachments = Nuotraukos ir dokumentai
report-attachment-original = Originalo SHA-256
report-attachment-shown = Šio mažo paveikslėlio SHA-256
report-attachment-no-preview = Šiam failui paveikslėlio parodyti negalima. Jo maiša yra žemiau.
report-attachment-alt = Prie šio įrašo pridėta nuotrauka
