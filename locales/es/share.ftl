## Sharing the diary with an adviser (werkmaat diary share): one encrypted file that only the
## chosen people or organisations can open, with the standard tool `age`.

invalid-share-recipient = Esto no es una clave age (empieza por age1…) ni una organización que Werkmaat conozca. Revise lo que ha escrito. No se ha guardado nada.
invalid-share-no-recipient = Elija al menos una persona u organización con quien compartir. No se ha guardado nada.

## README.txt inside the shared archive. $file, $folder and $manifest are file names; $head is a hash.

share-readme-title = Diario compartido desde Werkmaat
share-readme-made = Hecho el { $date }.
share-readme-files = Qué hay en este archivo:
share-readme-export = { $file }: todo el diario como datos (JSON). Cada entrada y cada corrección están en una cadena de hashes.
share-readme-report = { $file }: el informe para un médico (huisarts) o asesor. Ábralo en un navegador. Se imprime en papel A4.
share-readme-attachments = { $folder }: las fotos y los documentos del diario.
share-readme-location-removed = Los datos de ubicación (GPS) se quitaron de estas copias, por eso su hash no es igual al del original. { $manifest } da los dos hashes.
share-readme-location-kept = Estas copias todavía tienen los datos de ubicación (GPS), porque el usuario lo pidió.
share-readme-left-out = Algunas fotos HEIC no están en este archivo: no se pueden quitar sus datos de ubicación (GPS). { $manifest } las indica con su hash.
share-readme-manifest = { $file }: cada fichero con su tamaño y su hash SHA-256.
share-readme-verify = Para comprobar que nada del diario cambió: ejecute "werkmaat diary verify --export { $file }", o un verificador escrito a partir del formato público del diario. El último hash de la cadena debe ser: { $head }
share-readme-check-files = Para comprobar un fichero: compare su hash SHA-256 (por ejemplo con "sha256sum") con { $manifest }.

## The command line

cli-cmd-diary-share = Compartir el diario con un asesor (sindicato, abogado, médico) en un solo fichero cifrado que solo él puede abrir
cli-opt-share-to = Quién puede abrirlo: una clave age (age1…) o el id de una organización. Puede indicarlo más de una vez
cli-opt-share-out = El fichero que se va a escribir. Elija un nombre que no diga lo que hay dentro
cli-opt-share-with-location = Mantener los datos de ubicación (GPS) en el diario y en las fotos que comparte
diary-shared = El fichero cifrado está listo: { $file }
diary-shared-counts = Entradas: { $entries }. Adjuntos: { $attachments }.
diary-shared-to = Solo estos pueden abrirlo:
diary-shared-left-out = Fotos HEIC que no se incluyeron: { $count }. No se puede quitar su ubicación (GPS). Comparta con --with-location para incluirlas.

## Photos in the report for the doctor

report-attachments = Fotos y documentos
report-attachment-original = SHA-256 del original
report-attachment-shown = SHA-256 de esta imagen pequeña
report-attachment-no-preview = No se puede mostrar una imagen de este fichero. Su hash está abajo.
report-attachment-alt = Foto adjunta a esta entrada
