## Sharing the diary with an adviser (werkmaat diary share): one encrypted file that only the
## chosen people or organisations can open, with the standard tool `age`.

invalid-share-recipient = Isto não é uma chave age (começa por age1…) nem uma organização que o Werkmaat conheça. Verifique o que escreveu. Nada foi gravado.
invalid-share-no-recipient = Escolha pelo menos uma pessoa ou organização com quem partilhar. Nada foi gravado.

## README.txt inside the shared archive. $file, $folder and $manifest are file names; $head is a hash.

share-readme-title = Diário partilhado a partir do Werkmaat
share-readme-made = Feito em { $date }.
share-readme-files = O que está neste arquivo:
share-readme-export = { $file }: o diário inteiro como dados (JSON). Cada registo e cada correção estão numa cadeia de hashes.
share-readme-report = { $file }: o relatório para um médico (huisarts) ou conselheiro. Abra-o num navegador. Imprime em papel A4.
share-readme-attachments = { $folder }: as fotografias e os documentos do diário.
share-readme-location-removed = Os dados de localização (GPS) foram retirados destas cópias, por isso o hash delas não é igual ao do original. { $manifest } dá os dois hashes.
share-readme-location-kept = Estas cópias ainda têm os dados de localização (GPS), porque o utilizador pediu.
share-readme-left-out = Algumas fotografias HEIC não estão neste arquivo: não é possível retirar os dados de localização (GPS) delas. { $manifest } lista-as com o seu hash.
share-readme-manifest = { $file }: cada ficheiro com o seu tamanho e o hash SHA-256.
share-readme-verify = Para verificar que nada no diário foi alterado: execute "werkmaat diary verify --export { $file }", ou um verificador escrito a partir do formato público do diário. O último hash da cadeia tem de ser: { $head }
share-readme-check-files = Para verificar um ficheiro: compare o hash SHA-256 dele (por exemplo com "sha256sum") com { $manifest }.

## The command line

cli-cmd-diary-share = Partilhar o diário com um conselheiro (sindicato, advogado, médico) num único ficheiro cifrado que só ele pode abrir
cli-opt-share-to = Quem o pode abrir: uma chave age (age1…) ou o id de uma organização. Pode indicar isto mais de uma vez
cli-opt-share-out = O ficheiro a gravar. Escolha um nome que não diga o que está lá dentro
cli-opt-share-with-location = Manter os dados de localização (GPS) no diário e nas fotografias que partilha
diary-shared = O ficheiro cifrado está pronto: { $file }
diary-shared-counts = Registos: { $entries }. Anexos: { $attachments }.
diary-shared-to = Só estes o podem abrir:
diary-shared-left-out = Fotografias HEIC deixadas de fora: { $count }. Não é possível retirar a localização (GPS) delas. Partilhe com --with-location para as incluir.

## Photos in the report for the doctor

report-attachments = Fotografias e documentos
report-attachment-original = SHA-256 do original
report-attachment-shown = SHA-256 desta imagem pequena
report-attachment-no-preview = Não é possível mostrar uma imagem deste ficheiro. O hash dele está abaixo.
report-attachment-alt = Fotografia anexada a este registo
