// Werkmaat through the generated Kotlin bindings on the JVM (JNA), used as an Android shell
// would use them: open, use, hit each error, close, reopen, and share one profile across threads.

import java.io.File
import java.nio.file.Files
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNotEquals
import kotlin.test.assertTrue
import nl.werkmaat.ApiException
import nl.werkmaat.DetailChange
import nl.werkmaat.DetailField
import nl.werkmaat.IdentityField
import nl.werkmaat.SetAsideReason
import nl.werkmaat.Localizer
import nl.werkmaat.PersonalDetails
import nl.werkmaat.TextArg
import nl.werkmaat.TextValue
import nl.werkmaat.Werkmaat
import nl.werkmaat.profileExists
import nl.werkmaat.supportedLocales

class WerkmaatTest {
    private val key = ByteArray(32) { it.toByte() }
    private val today = java.time.LocalDate.of(2026, 11, 28)

    /** A moment with the phone's offset, as an entry or the care finder takes it. */
    private fun t(text: String) = java.time.OffsetDateTime.parse(text)

    /** An instant of the phone's clock, as a revision is recorded at. */
    private fun instant(text: String) = java.time.Instant.parse(text)

    private fun newDir(): String = Files.createTempDirectory("werkmaat-kt").resolve("profile").toString()

    private fun open(dir: String, key: ByteArray = this.key, locales: List<String> = listOf("en")) =
        Werkmaat.open(dir, locales, key)

    @Test
    fun opensWithTheNegotiatedLocale() {
        val dir = newDir()
        open(dir, locales = listOf("de-DE", "bg-BG")).use { profile ->
            val info = profile.info()
            assertEquals("bg", info.locale)
            assertEquals(6u, info.schemaVersion)
            assertEquals(10, info.locales.size)
        }
        assertTrue(profileExists(dir))
        assertTrue(supportedLocales().all { it.complete })
    }

    @Test
    fun detailsSurviveCloseAndReopen() {
        val dir = newDir()
        val profile = open(dir)
        val saved = profile.details().save(PersonalDetails(fullName = "Marek", bsn = "111 222 333"), today)
        assertEquals("111222333", saved.bsn)
        profile.shutdown()
        assertFailsWith<ApiException.Closed> { profile.details().get() }
        open(dir).use { assertEquals("Marek", it.details().get().fullName) }
    }

    @Test
    fun everyErrorArrivesTypedAndLocalized() {
        val dir = newDir()
        val short = assertFailsWith<ApiException.InvalidInput> { open(dir, key = ByteArray(5)) }
        assertEquals("key", short.field)
        open(dir).shutdown()
        val wrong = assertFailsWith<ApiException.WrongKey> { open(dir, key = ByteArray(32), locales = listOf("uk")) }
        assertTrue(wrong.reason.contains("ключ"), wrong.reason)
        open(dir).use { profile ->
            val invalid = assertFailsWith<ApiException.InvalidInput> {
                profile.details().save(PersonalDetails(bsn = "123456789"), today)
            }
            assertEquals(Pair("bsn", nl.werkmaat.InputProblem.BSN_CHECKSUM), Pair(invalid.field, invalid.problem))
            assertFalse(invalid.reason.contains("123456789"))
            assertEquals(PersonalDetails(), profile.details().get())
            // A date that does not exist cannot even be made: java.time refuses it before the FFI.
            assertFailsWith<java.time.DateTimeException> { java.time.LocalDate.of(2026, 2, 30) }
            val born = profile.details().save(PersonalDetails(dateOfBirth = java.time.LocalDate.of(1990, 5, 14)), today)
            assertEquals(java.time.LocalDate.of(1990, 5, 14), born.dateOfBirth)
            val unborn = assertFailsWith<ApiException.InvalidInput> {
                profile.details().save(PersonalDetails(dateOfBirth = today.plusDays(1)), today)
            }
            assertEquals("date_of_birth", unborn.field)
        }
    }

    @Test
    fun aNewerProfileIsRefusedUntouched() {
        val dir = newDir()
        open(dir).shutdown()
        val db = File(dir, "werkmaat.db")
        // user_version lives at offset 60 of the SQLite header (big-endian).
        val bytes = db.readBytes()
        bytes[63] = 99
        db.writeBytes(bytes)
        val before = db.readBytes().contentHashCode()
        val error = assertFailsWith<ApiException.IncompatibleVersion> { open(dir) }
        assertEquals(99u, error.found)
        assertEquals(before, db.readBytes().contentHashCode())
    }

    @Test
    fun nothingSensitiveReachesTheDisk() {
        val dir = newDir()
        val marker = "KTMARKER-Łódź"
        open(dir).use { it.details().save(PersonalDetails(fullName = marker, employer = marker), today) }
        File(dir).walk().filter { it.isFile }.forEach { file ->
            assertFalse(String(file.readBytes(), Charsets.ISO_8859_1).contains(String(marker.toByteArray(), Charsets.ISO_8859_1)), file.name)
        }
    }

    @Test
    fun pluralFormsFollowTheLanguage() {
        val lt = Localizer(listOf("lt-LT"))
        fun count(n: Double) = listOf(TextArg("count", TextValue.Number(n)))
        assertEquals(listOf("lt", "en"), lt.chain())
        assertNotEquals(lt.text("tour-languages", count(1.0)), lt.text("tour-languages", count(10.0)))
    }

    @Test
    fun oneProfileServesManyThreads() {
        val dir = newDir()
        open(dir).use { profile ->
            val pool = Executors.newFixedThreadPool(8)
            val jobs = (0 until 8).map { t ->
                pool.submit<Unit> {
                    repeat(15) { i ->
                        profile.details().save(PersonalDetails(fullName = "t$t-$i"), today)
                        assertTrue(profile.details().get().fullName!!.startsWith("t"))
                        val at = java.time.OffsetDateTime.parse("2026-11-%02dT08:%02d:00+01:00".format(10 + t, i))
                        val entry = nl.werkmaat.DiaryEntry.Shift(at, at.plusHours(8), 30u)
                        profile.diary().add(entry, null, instant("2026-11-28T12:00:00Z"))
                        assertTrue(profile.guides().search("zorgverzekering").isNotEmpty())
                        profile.diary().list(null, null, null, 5u)
                    }
                }
            }
            jobs.forEach { it.get(120, TimeUnit.SECONDS) }
            pool.shutdown()
            val check = profile.diary().verify()
            assertTrue(check.ok)
            assertEquals(8uL * 15uL, check.entries, "no write was lost")
        }
    }

    @Test
    fun fieldsChangedFromManyThreadsAreAllKept() {
        val dir = newDir()
        open(dir).use { profile ->
            val fields = listOf(DetailField.FULL_NAME, DetailField.INSURER, DetailField.EMPLOYER, DetailField.GP_NAME)
            val questions = listOf("has_gp", "has_digid", "cak_letter", "has_partner")
            val pool = Executors.newFixedThreadPool(4)
            val jobs = (0 until 4).map { t ->
                pool.submit<Unit> {
                    repeat(20) { i ->
                        profile.details().update(listOf(DetailChange(fields[t], "thread $t round $i")), today)
                        profile.checklist().answer(questions[t], if (i % 2 == 1) "yes" else "no", today)
                    }
                }
            }
            jobs.forEach { it.get(120, TimeUnit.SECONDS) }
            pool.shutdown()
            val saved = profile.details().get()
            assertEquals((0 until 4).map { "thread $it round 19" }, listOf(saved.fullName, saved.insurer, saved.employer, saved.gpName))
            val answers = profile.checklist().questions().associate { it.id to it.answer }
            assertEquals(List(4) { "yes" }, questions.map { answers[it] })
            val bad = assertFailsWith<ApiException.InvalidInput> {
                profile.details().update(listOf(DetailChange(DetailField.BSN, "123")), today)
            }
            assertEquals("bsn", bad.field)
            assertEquals(null, profile.details().get().bsn, "a refused change stores nothing")
        }
    }

    @Test
    fun anUnreadableDatabaseIsSetAsideAndReported() {
        val dir = newDir()
        open(dir).use { }
        File(dir, "werkmaat.db").writeBytes("not a database".repeat(500).toByteArray())
        assertFailsWith<ApiException.WrongKey> { open(dir, key = ByteArray(32)) }
        open(dir).use { profile ->
            val aside = profile.info().setAside
            assertEquals(1, aside.size)
            assertEquals(SetAsideReason.NOT_A_DATABASE, aside[0].reason)
            assertTrue(File(dir, aside[0].file!!).exists())
            profile.acknowledgeSetAside()
            assertTrue(profile.setAside().isEmpty())
        }
    }

    @Test
    fun wipeDestroysTheProfile() {
        val dir = newDir()
        val profile = open(dir)
        profile.wipe()
        assertFalse(profileExists(dir))
        assertFailsWith<ApiException.Closed> { profile.details().get() }
    }

    @Test
    fun guidesSearchAndCardsAsAShellReadsThem() {
        open(newDir(), locales = listOf("pl-PL")).use { profile ->
            val guides = profile.guides()
            assertTrue(guides.list().size >= 14)
            val guide = guides.show("insurance", today)
            assertEquals("pl", guide.locale)
            assertTrue(guide.sections.isNotEmpty() && guide.sources.isNotEmpty())
            assertTrue(guides.show("pay", today).staleFacts.any { it.id == "minimum-wage-hour" })
            assertEquals("company-doctor", guides.search("bedrijfsarts").first().id)
            profile.details().save(PersonalDetails(fullName = "Piotr Zieliński", policyNumber = "X-1"), today)
            val card = guides.phrase("my-insurance")
            assertEquals("nl", card.nl.locale)
            assertTrue(card.user.text.contains("Piotr Zieliński") && card.nl.text.contains("X-1"))
            assertFailsWith<ApiException.NotFound> { guides.phrase("no-such-card") }
        }
    }

    @Test
    fun checklistAsAShellAsksIt() {
        open(newDir(), locales = listOf("lt")).use { profile ->
            val checklist = profile.checklist()
            checklist.answer("works_in_nl", "yes", today)
            checklist.answer("employment", "posted", today)
            assertTrue(checklist.questions().any { it.id == "has_a1" })
            checklist.answer("has_a1", "yes", today)
            val items = checklist.items(today)
            assertEquals(listOf("carry-a1-and-ehic"), items.map { it.id })
            assertEquals(nl.werkmaat.ItemStatus.TODO, items.first().status)
            assertFailsWith<ApiException.InvalidInput> { checklist.answer("has_a1", "perhaps", today) }
        }
    }

    @Test
    fun careFinderAsAShellUsesIt() {
        open(newDir(), locales = listOf("pl")).use { profile ->
            val care = profile.care()
            val near = care.nearest(nl.werkmaat.CareOrigin.Point(nl.werkmaat.Position(51.3704, 6.1724)), nl.werkmaat.PlaceKind.EMERGENCY, 1u)
            assertEquals("VieCuri Medisch Centrum Venlo", near.first().name)
            assertFalse(near.first().approximatePosition)
            val advice = care.now(nl.werkmaat.CareOrigin.Postcode("2671"), t("2026-12-25T10:00:00+01:00"), false)
            assertEquals(nl.werkmaat.AdviceKind.GP_POST, advice.advice)
            assertTrue(advice.places.first().approximatePosition, "a post placed at its town centre says so")
            assertFailsWith<ApiException.InvalidInput> { care.nearest(nl.werkmaat.CareOrigin.Postcode("1000"), null, 1u) }
            assertFailsWith<ApiException.InvalidInput> { care.nearest(nl.werkmaat.CareOrigin.Postcode("5911"), null, 0u) }
        }
    }

    @Test
    fun careNowAndOpenNowFollowAmsterdamTime() {
        open(newDir()).use { profile ->
            val care = profile.care()
            val venlo = nl.werkmaat.CareOrigin.Postcode("5911AB")
            // 22:00 UTC is 23:00 in Amsterdam; the nearest bundled post is in another region.
            val night = care.now(venlo, t("2026-12-07T22:00:00Z"), false)
            assertEquals(nl.werkmaat.AdviceKind.GP_POST, night.advice)
            assertTrue(night.noPostNear, "no post near Venlo")
            assertTrue(night.places.isEmpty(), "no far post offered")
            assertEquals(t("2026-12-07T23:00:00+01:00"), night.atAmsterdam, "Amsterdam's offset is kept")
            profile.details().update(listOf(DetailChange(DetailField.GP_PHONE, "077 354 12 34")), today)
            assertEquals("tel:+31773541234", care.now(venlo, t("2026-12-07T22:00:00Z"), false).ownGp?.telUri)
            // 09:30 Eastern European time is 08:30 in Amsterdam: office hours.
            assertEquals(nl.werkmaat.AdviceKind.GP, care.now(nl.werkmaat.CareOrigin.Postcode("2671"), t("2026-12-07T09:30:00+02:00"), false).advice)
            care.importOsm(OVERPASS_PHARMACY, today)
            val here = nl.werkmaat.CareOrigin.Point(nl.werkmaat.Position(51.37, 6.17))
            val open = care.nearestAt(here, nl.werkmaat.PlaceKind.PHARMACY, 5u, t("2026-12-07T15:30:00Z"), true)
            assertEquals(listOf("Apotheek Dag"), open.map { it.name })
            assertEquals(true, open.first().openNow)
            assertEquals(t("2026-12-07T17:00:00+01:00"), open.first().nextChange)
            assertTrue(care.nearestAt(here, nl.werkmaat.PlaceKind.PHARMACY, 5u, t("2026-12-07T16:30:00Z"), true).isEmpty(), "closed at 17:30")
        }
    }

    @Test
    fun aSignedPackInstallsThroughTheBindings() {
        val keys = File("../../core/tests/fixtures/test-pack-keys.json").takeIf { it.exists() }
            ?: File("core/tests/fixtures/test-pack-keys.json")
        val secret = Regex("\"test-2026\": \"([0-9a-f]{64})\"").find(keys.readText())!!.groupValues[1]
        open(newDir()).use { profile ->
            val pack = nl.werkmaat.packBuild(secret, 2uL, java.time.LocalDate.of(2026, 12, 1), listOf(nl.werkmaat.ContentPart.FACTS), emptyMap())
            val info = profile.installPack(pack)
            assertEquals(2uL, info.version)
            val refused = assertFailsWith<ApiException.PackRefused> { profile.installPack(pack) }
            assertEquals(nl.werkmaat.PackProblem.OLDER, refused.problem)
            val bad = pack.copyOf().also { it[it.size / 2] = (it[it.size / 2].toInt() xor 1).toByte() }
            assertEquals(nl.werkmaat.PackProblem.SIGNATURE, assertFailsWith<ApiException.PackRefused> { profile.installPack(bad) }.problem)
        }
    }

    /** The local test TSA (`tests/tsa/tsa.sh`, Debian's `openssl ts -reply`): what a shell reaches over HTTPS. */
    private fun tsa(vararg args: String) {
        val script = File(System.getProperty("werkmaat.repo") ?: ".", "tests/tsa/tsa.sh").absolutePath
        val process = ProcessBuilder(listOf(script) + args).redirectErrorStream(true).start()
        val output = process.inputStream.bufferedReader().readText()
        assertEquals(0, process.waitFor(), output)
    }

    @Test
    fun aHeadAnchoredByALocalTsaShowsInVerify() {
        val work = Files.createTempDirectory("werkmaat-kt-tsa").toFile()
        tsa("init", File(work, "tsa").path)
        val caPem = File(work, "tsa/ca.pem").readText()
        open(newDir()).use { profile ->
            val diary = profile.diary()
            val added = diary.add(
                nl.werkmaat.DiaryEntry.CareContact(t("2026-11-22T10:00:00+01:00"), nl.werkmaat.CareWith.GP, "Rest"), null,
                instant("2026-11-28T12:00:00Z"))
            val request = diary.anchorRequest()
            assertEquals(1uL, request.seq)
            assertEquals(added.hash, request.head)
            File(work, "req.tsq").writeBytes(request.der)
            tsa("reply", File(work, "tsa").path, File(work, "req.tsq").path, File(work, "resp.tsr").path)
            val response = File(work, "resp.tsr").readBytes()
            val garbage = assertFailsWith<ApiException.InvalidInput> { diary.anchorAdd(response.copyOf(40), caPem) }
            assertEquals("response", garbage.field)
            assertTrue(diary.anchors().isEmpty())
            val anchor = diary.anchorAdd(response, caPem)
            assertEquals("CN=tsa,O=Werkmaat test", anchor.tsa)
            val check = diary.verify()
            assertTrue(check.ok)
            assertEquals(listOf(anchor), check.anchors)
            val export = diary.exportJson(false, instant("2026-11-28T12:02:00Z"), null)
            assertEquals(listOf(anchor), nl.werkmaat.verifyDiaryExport(export, null).anchors)
        }
    }

    @Test
    fun aDiaryKeptExportedAndVerified() {
        open(newDir()).use { profile ->
            val diary = profile.diary()
            val entry = nl.werkmaat.DiaryEntry.Shift(t("2026-11-20T06:00:00+01:00"), t("2026-11-20T14:30:00+01:00"), 30u)
            val added = diary.add(entry, null, instant("2026-11-28T12:00:00Z"))
            val view = diary.get(added.id)
            assertEquals(Pair(nl.werkmaat.EntryKind.SHIFT, instant("2026-11-28T12:00:00Z")), Pair(view.kind, view.recordedAt))
            assertEquals(t("2026-11-20T06:00:00+01:00"), view.at, "the entry keeps the phone's offset")
            assertEquals(64, added.hash.length)
            val incident = nl.werkmaat.DiaryEntry.Incident(
                t("2026-11-21T08:15:00+01:00"), null, null, "forklift", "A pallet fell on my foot.", listOf("foot-left"),
                listOf(), listOf(nl.werkmaat.DiaryReport(nl.werkmaat.Reporter.EMPLOYER, null)), listOf())
            val second = diary.add(incident, null, instant("2026-11-28T12:01:00Z"))
            assertEquals(2uL, second.witness.seq)
            assertTrue(diary.verify(second.witness).ok)
            val ahead = nl.werkmaat.DiaryWitness(3uL, second.hash)
            assertEquals(listOf(nl.werkmaat.DiaryProblem(3uL, nl.werkmaat.DiaryProblemReason.ROLLED_BACK)), diary.verify(ahead).problems)
            assertEquals(2, diary.list(null, null, null, null).size)
            val export = diary.exportJson(false, instant("2026-11-28T12:02:00Z"), null)
            assertTrue(nl.werkmaat.verifyDiaryExport(export).ok)
            assertFalse(nl.werkmaat.verifyDiaryExport(export.replace("pallet", "parcel")).ok)
            assertFailsWith<ApiException.InvalidInput> {
                diary.add(nl.werkmaat.DiaryEntry.Shift(t("2026-11-20T10:00:00+01:00"), t("2026-11-20T09:00:00+01:00"), 0u), null, instant("2026-11-28T12:03:00Z"))
            }
            // The saved details the user chooses go on the export; by default name and birth date, the BSN only when asked.
            profile.details().update(listOf(
                DetailChange(DetailField.FULL_NAME, "Marek Nowak"), DetailChange(DetailField.BSN, "111222333"),
                DetailChange(DetailField.AGENCY, "Flex Uitzend")), today)
            val report = diary.exportReportHtml("nl-NL", listOf(IdentityField.NAME, IdentityField.BIRTH_DATE), instant("2026-11-28T12:04:00Z"), null)
            assertTrue(report.contains("Bedrijfsongeval") && report.contains("A pallet fell on my foot."))
            assertTrue(report.contains("Marek Nowak") && !report.contains("111222333") && !report.contains("Flex Uitzend"))
            val chosen = diary.exportReportHtml("nl", listOf(IdentityField.BSN, IdentityField.AGENCY), instant("2026-11-28T12:04:00Z"), null)
            assertTrue(chosen.contains("111222333") && chosen.contains("Flex Uitzend") && !chosen.contains("Marek"))
            val fhir = diary.exportFhir("nl", listOf(IdentityField.BSN), false, instant("2026-11-28T12:04:00Z"), null)
            assertTrue(fhir.contains("\"resourceType\": \"Bundle\"") && fhir.contains("http://fhir.nl/fhir/NamingSystem/bsn"))
            assertFalse(diary.exportFhir("nl", listOf(), false, instant("2026-11-28T12:04:00Z"), null).contains("111222333"))
            val kept = diary.get(second.id).entry as nl.werkmaat.DiaryEntry.Incident
            assertEquals(Pair("forklift", listOf(nl.werkmaat.DiaryReport(nl.werkmaat.Reporter.EMPLOYER, null))), Pair(kept.machineOrSubstance, kept.reportedTo))
            // Recorded at 12:03Z: a shift ending at 14:00+01:00 lies more than ten minutes ahead.
            val future = assertFailsWith<ApiException.InvalidInput> {
                diary.add(nl.werkmaat.DiaryEntry.Shift(t("2026-11-28T06:00:00+01:00"), t("2026-11-28T14:00:00+01:00"), 30u), null, instant("2026-11-28T12:03:00Z"))
            }
            assertEquals("end", future.field)

            // A backup moves the diary to a new phone (another store key); the progress listener can cancel.
            val backup = diary.backup("correct horse battery", instant("2026-11-28T12:05:00Z"), null)
            open(newDir(), ByteArray(32) { 7 }).use { newPhone ->
                val target = newPhone.diary()
                assertFailsWith<ApiException.InvalidInput> { target.restore(backup, "wrong horse battery", null) }
                assertFailsWith<ApiException.InvalidInput> { target.restore(backup.copyOf(backup.size - 5), "correct horse battery", null) }
                assertFailsWith<ApiException.Cancelled> { target.restore(backup, "correct horse battery", Steps(stopAt = 1uL)) }
                assertEquals(0uL, target.verify().entries)
                val steps = Steps()
                assertEquals(2uL, target.restore(backup, "correct horse battery", steps).entries)
                assertEquals(listOf(2uL, 2uL), steps.seen.last().toList())
                assertEquals(diary.verify().head, target.verify().head)
            }
        }
    }

    @Test
    fun aDiarySharedWithAnAdviserIsOneAgeFile() {
        open(newDir()).use { profile ->
            val diary = profile.diary()
            val shift = nl.werkmaat.DiaryEntry.Shift(t("2026-11-20T06:00:00+01:00"), t("2026-11-20T14:30:00+01:00"), 30u)
            diary.add(shift, null, java.time.Instant.parse("2026-11-28T12:00:00Z"))
            val share = profile.share()
            assertEquals(emptyList(), share.organisations()) // the bundled content ships no organisation's key
            val bad = assertFailsWith<ApiException.InvalidInput> { share.resolve(listOf("age1notakey")) }
            assertEquals("to", bad.field)
            assertEquals(nl.werkmaat.InputProblem.SHARE_RECIPIENT, bad.problem)
            val name = nl.werkmaat.shareFileName()
            assertTrue(name.startsWith("werkmaat-") && name.endsWith(".age"))
            val out = Files.createTempDirectory("werkmaat-share").resolve(name).toFile()
            val summary = share.write(out.path, listOf(SHARE_KEY), false, false, java.time.Instant.parse("2026-11-28T12:05:00Z"), null)
            assertEquals(1uL, summary.entries)
            assertEquals(listOf(SHARE_KEY), summary.recipients.map { it.ageKey })
            assertEquals(out.length().toULong(), summary.bytes)
            assertEquals("age-encryption.org/v1\n", out.readBytes().copyOfRange(0, 22).decodeToString())
        }
    }

    @Test
    fun photosAndDocumentsAreAttachedListedReadBackAndDeleted() {
        val repo = System.getProperty("werkmaat.repo") ?: "."
        val photo = File(repo, "core/tests/fixtures/attachments/gps.jpg").readBytes()
        val now = java.time.Instant.parse("2026-11-28T12:00:00Z")
        open(newDir()).use { profile ->
            val diary = profile.diary()
            val entry = diary.add(nl.werkmaat.DiaryEntry.CareContact(t("2026-11-27T09:00:00+01:00"), nl.werkmaat.CareWith.GP, null), null, java.time.Instant.parse("2026-11-28T11:00:00Z"))
            val attached = diary.attach(entry.id, photo, nl.werkmaat.AttachmentKind.PHOTO, now)
            assertEquals(entry.id, attached.entryId)
            assertEquals("image/jpeg", attached.mediaType)
            assertEquals(photo.size.toULong(), attached.bytes)
            assertEquals(now, attached.addedAt)
            val sha = java.security.MessageDigest.getInstance("SHA-256").digest(photo).joinToString("") { "%02x".format(it) }
            assertEquals(sha, attached.sha256)
            val refused = assertFailsWith<ApiException.InvalidInput> {
                diary.attach(entry.id, "GIF89a not a photo".toByteArray(), nl.werkmaat.AttachmentKind.PHOTO, now)
            }
            assertEquals("file", refused.field)
            assertEquals(listOf(attached.id), diary.attachments(entry.id).map { it.id })
            assertTrue(diary.attachmentBytes(attached.id, true).contentEquals(photo))
            val copy = String(diary.attachmentBytes(attached.id, false), Charsets.ISO_8859_1)
            assertTrue(String(photo, Charsets.ISO_8859_1).contains("GPSLatitude") && !copy.contains("GPSLatitude"))
            diary.deleteAttachment(attached.id, now)
            assertTrue(diary.attachments(null).isEmpty())
            assertFailsWith<ApiException.NotFound> { diary.attachmentBytes(attached.id, true) }
            assertTrue(diary.verify().ok)
        }
    }
}

/** A shell's progress bar; its Cancel button is pressed at `stopAt`. */
class Steps(private val stopAt: ULong? = null) : nl.werkmaat.ProgressListener {
    val seen = java.util.Collections.synchronizedList(mutableListOf<Pair<ULong, ULong>>())
    override fun onProgress(done: ULong, total: ULong): Boolean {
        seen.add(done to total)
        return stopAt == null || done < stopAt
    }

}

/** One pharmacy with Dutch-written opening hours (ma-vr 08.00-17.00), as an Overpass answer. */
private const val OVERPASS_PHARMACY =
    """{"elements": [{"type": "node", "id": 1, "lat": 51.37, "lon": 6.17, "tags": {"amenity": "pharmacy", "name": "Apotheek Dag", "opening_hours": "ma-vr 08.00-17.00"}}]}"""

/** The public key of tests/share/test-identity.txt (a test identity, public on purpose). */
private const val SHARE_KEY = "age1acxj724w4yq8tsfrqspzrzg4p9cx09kc9up7t4u3eypsaktw3vdqru94a6"
