// Werkmaat through the generated Swift bindings, used as an iOS shell would use them: open, use,
// hit each error, close, reopen, and share one profile across threads.

import Foundation
import XCTest

@testable import Werkmaat

final class WerkmaatTests: XCTestCase {
    let key = Data((0..<32).map { UInt8($0) })
    let today = CalendarDay(year: 2026, month: 11, day: 28)

    /// A moment with the offset the phone had, as an entry or the care finder takes it.
    func t(_ text: String) -> OffsetInstant {
        let suffix = text.hasSuffix("Z") ? "+00:00" : String(text.suffix(6))
        let sign: Int32 = suffix.hasPrefix("-") ? -1 : 1
        let hours = Int32(suffix.dropFirst().prefix(2)) ?? 0, minutes = Int32(suffix.suffix(2)) ?? 0
        return OffsetInstant(instant: instant(text), offsetSeconds: sign * (hours * 3600 + minutes * 60))
    }

    /// An instant of the phone's clock, as a revision is recorded at.
    func instant(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text) ?? Date.distantPast
    }

    func newDir() -> String {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("werkmaat-swift-\(UUID().uuidString)")
        return base.appendingPathComponent("profile").path
    }

    func open(_ dir: String, key: Data? = nil, locales: [String] = ["en"]) throws -> Werkmaat {
        try Werkmaat.open(dataDir: dir, preferredLocales: locales, key: key ?? self.key)
    }

    func testOpensWithTheNegotiatedLocale() throws {
        let dir = newDir()
        let profile = try open(dir, locales: ["de-AT", "hu-HU"])
        let info = try profile.info()
        XCTAssertEqual(info.locale, "hu")
        XCTAssertEqual(info.schemaVersion, 6)
        XCTAssertEqual(info.locales.count, 10)
        profile.shutdown()
        XCTAssertTrue(profileExists(dataDir: dir))
        XCTAssertTrue(supportedLocales().allSatisfy { $0.complete })
    }

    func testDetailsSurviveCloseAndReopen() throws {
        let dir = newDir()
        let profile = try open(dir)
        let saved = try profile.details().save(details: PersonalDetails(fullName: "Inês", bsn: "111.222.333"), today: today)
        XCTAssertEqual(saved.bsn, "111222333")
        profile.shutdown()
        XCTAssertThrowsError(try profile.details().get()) { error in
            guard case ApiError.Closed = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try open(dir).details().get().fullName, "Inês")
    }

    func testEveryErrorArrivesTypedAndLocalized() throws {
        let dir = newDir()
        XCTAssertThrowsError(try open(dir, key: Data(count: 3))) { error in
            guard case let ApiError.InvalidInput(field, problem, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "key")
            XCTAssertEqual(problem, .keyLength)
        }
        try open(dir).shutdown()
        XCTAssertThrowsError(try open(dir, key: Data(count: 32), locales: ["es"])) { error in
            guard case let ApiError.WrongKey(reason) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(reason.contains("clave"), reason)
        }
        let profile = try open(dir)
        XCTAssertThrowsError(try profile.details().save(details: PersonalDetails(bsn: "123456789"), today: today)) { error in
            guard case let ApiError.InvalidInput(field, _, reason) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "bsn")
            XCTAssertFalse(reason.contains("123456789"))
        }
        XCTAssertEqual(try profile.details().get(), PersonalDetails())
    }

    func testANewerProfileIsRefusedUntouched() throws {
        let dir = newDir()
        try open(dir).shutdown()
        let url = URL(fileURLWithPath: dir).appendingPathComponent("werkmaat.db")
        var bytes = try Data(contentsOf: url)
        bytes[63] = 99  // user_version, big-endian at offset 60 of the SQLite header
        try bytes.write(to: url)
        XCTAssertThrowsError(try open(dir)) { error in
            guard case let ApiError.IncompatibleVersion(found, _, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(found, 99)
        }
        XCTAssertEqual(try Data(contentsOf: url), bytes)
    }

    func testNothingSensitiveReachesTheDisk() throws {
        let dir = newDir()
        let marker = "SWIFTMARKER-Zoë"
        let profile = try open(dir)
        _ = try profile.details().save(details: PersonalDetails(fullName: marker, gpName: marker), today: today)
        let needle = marker.data(using: .utf8)!
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
            let data = try Data(contentsOf: URL(fileURLWithPath: dir).appendingPathComponent(name))
            XCTAssertNil(data.range(of: needle), name)
        }
        profile.shutdown()
    }

    func testOneProfileServesManyThreads() throws {
        let profile = try open(newDir())
        let failures = NSLock()
        var errors: [Error] = []
        DispatchQueue.concurrentPerform(iterations: 8) { t in
            for i in 0..<15 {
                do {
                    _ = try profile.details().save(details: PersonalDetails(fullName: "t\(t)-\(i)"), today: today)
                    _ = try profile.details().get()
                    let at = self.t(String(format: "2026-11-%02dT08:%02d:00+01:00", 10 + t, i))
                    let entry = DiaryEntry.careContact(at: at, with: .gp, advice: nil)
                    _ = try profile.diary().add(entry: entry, position: nil, recordedAt: instant("2026-11-28T12:00:00Z"))
                    _ = try profile.guides().search(query: "zorgverzekering")
                    _ = try profile.diary().list(from: nil, to: nil, kind: nil, limit: 5)
                } catch {
                    failures.lock(); errors.append(error); failures.unlock()
                }
            }
        }
        XCTAssertTrue(errors.isEmpty, "\(errors)")
        let check = try profile.diary().verify()
        XCTAssertTrue(check.ok)
        XCTAssertEqual(check.entries, 8 * 15, "no write was lost")
        profile.shutdown()
    }

    func testFieldsChangedFromManyThreadsAreAllKept() throws {
        let profile = try open(newDir())
        let fields: [DetailField] = [.fullName, .insurer, .employer, .gpName]
        let questions = ["has_gp", "has_digid", "cak_letter", "has_partner"]
        let failures = NSLock()
        var errors: [Error] = []
        DispatchQueue.concurrentPerform(iterations: 4) { t in
            for i in 0..<20 {
                do {
                    _ = try profile.details().update(
                        changes: [DetailChange(field: fields[t], value: "thread \(t) round \(i)")], today: today)
                    _ = try profile.checklist().answer(question: questions[t], value: i % 2 == 1 ? "yes" : "no", today: today)
                } catch {
                    failures.lock(); errors.append(error); failures.unlock()
                }
            }
        }
        XCTAssertTrue(errors.isEmpty, "\(errors)")
        let saved = try profile.details().get()
        XCTAssertEqual([saved.fullName, saved.insurer, saved.employer, saved.gpName], (0..<4).map { Optional("thread \($0) round 19") })
        let answers = Dictionary(uniqueKeysWithValues: try profile.checklist().questions().map { ($0.id, $0.answer) })
        XCTAssertEqual(questions.map { answers[$0] ?? nil }, [String?](repeating: "yes", count: 4))
        XCTAssertThrowsError(try profile.details().update(changes: [DetailChange(field: .bsn, value: "123")], today: today)) {
            guard case ApiError.InvalidInput(let field, _, _) = $0 else { return XCTFail("\($0)") }
            XCTAssertEqual(field, "bsn")
        }
        XCTAssertNil(try profile.details().get().bsn, "a refused change stores nothing")
        profile.shutdown()
    }

    func testAnUnreadableDatabaseIsSetAsideAndReported() throws {
        let dir = newDir()
        try open(dir).shutdown()
        try Data(String(repeating: "not a database", count: 500).utf8).write(to: URL(fileURLWithPath: dir + "/werkmaat.db"))
        XCTAssertThrowsError(try open(dir, key: Data(count: 32))) {
            guard case ApiError.WrongKey = $0 else { return XCTFail("\($0)") }
        }
        let profile = try open(dir)
        let aside = try profile.info().setAside
        XCTAssertEqual(aside.count, 1)
        XCTAssertEqual(aside.first?.reason, .notADatabase)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/" + (aside.first?.file ?? "")))
        try profile.acknowledgeSetAside()
        XCTAssertTrue(try profile.setAside().isEmpty)
        profile.shutdown()
    }

    func testWipeDestroysTheProfile() throws {
        let dir = newDir()
        let profile = try open(dir)
        try profile.wipe()
        XCTAssertFalse(profileExists(dataDir: dir))
    }

    func testGuidesSearchAndCardsAsAShellReadsThem() throws {
        let profile = try open(newDir(), locales: ["pt-PT"])
        let guides = profile.guides()
        XCTAssertGreaterThanOrEqual(try guides.list().count, 14)
        let guide = try guides.show(id: "care", today: today)
        XCTAssertEqual(guide.locale, "pt")
        XCTAssertFalse(guide.sections.isEmpty)
        XCTAssertEqual(try guides.search(query: "huisartsenpost").first?.id, "care")
        _ = try profile.details().save(details: PersonalDetails(fullName: "João Silva"), today: today)
        let card = try guides.phrase(id: "register-gp")
        XCTAssertEqual(card.user.locale, "pt")
        XCTAssertTrue(card.nl.text.contains("João Silva"))
        XCTAssertThrowsError(try guides.show(id: "nope", today: today)) { error in
            guard case ApiError.NotFound = error else { return XCTFail("\(error)") }
        }
        profile.shutdown()
    }

    func testChecklistAsAShellAsksIt() throws {
        let profile = try open(newDir(), locales: ["bg"])
        let checklist = profile.checklist()
        _ = try checklist.answer(question: "cak_letter", value: "yes", today: today)
        _ = try checklist.answer(question: "cak_letter_date", value: "2026-10-15", today: today)
        let items = try checklist.items(today: today)
        XCTAssertEqual(items.map { $0.id }, ["respond-to-cak"])
        XCTAssertEqual(items.first?.deadline, CalendarDay(year: 2027, month: 1, day: 15))
        XCTAssertThrowsError(try checklist.answer(question: "cak_letter_date", value: "15-10-2026", today: today))
        profile.shutdown()
    }

    func testCareFinderAsAShellUsesIt() throws {
        let profile = try open(newDir(), locales: ["ro"])
        let care = profile.care()
        let near = try care.nearest(origin: .point(position: Position(lat: 51.557, lon: 5.0796)), kind: .emergency, limit: 1)
        XCTAssertEqual(near.first?.name, "ETZ Elisabeth Tilburg")
        XCTAssertEqual(near.first?.approximatePosition, false)
        let advice = try care.now(origin: .postcode(code: "9711"), at: t("2026-11-30T10:00:00+01:00"), urgent: true)
        XCTAssertEqual(advice.advice, .emergency)
        XCTAssertThrowsError(try care.nearest(origin: .point(position: Position(lat: 91, lon: 0)), kind: nil, limit: 1))
        profile.shutdown()
    }

    func testCareNowAndOpenNowFollowAmsterdamTime() throws {
        let profile = try open(newDir())
        let care = profile.care()
        // 22:00 UTC is 23:00 in Amsterdam; the nearest bundled post is in another region.
        let night = try care.now(origin: .postcode(code: "5911AB"), at: t("2026-12-07T22:00:00Z"), urgent: false)
        XCTAssertEqual(night.advice, .gpPost)
        XCTAssertTrue(night.noPostNear)
        XCTAssertTrue(night.places.isEmpty, "no far post offered")
        XCTAssertEqual(night.atAmsterdam, t("2026-12-07T23:00:00+01:00"))
        _ = try profile.details().update(changes: [DetailChange(field: .gpPhone, value: "077 354 12 34")], today: today)
        let withGp = try care.now(origin: .postcode(code: "5911AB"), at: t("2026-12-07T22:00:00Z"), urgent: false)
        XCTAssertEqual(withGp.ownGp?.telUri, "tel:+31773541234")
        // 09:30 Eastern European time is 08:30 in Amsterdam: office hours.
        let morning = try care.now(origin: .postcode(code: "2671"), at: t("2026-12-07T09:30:00+02:00"), urgent: false)
        XCTAssertEqual(morning.advice, .gp)
        let answer = #"{"elements": [{"type": "node", "id": 1, "lat": 51.37, "lon": 6.17, "tags": {"amenity": "pharmacy", "name": "Apotheek Dag", "opening_hours": "ma-vr 08.00-17.00"}}]}"#
        _ = try care.importOsm(answer: answer, today: today)
        let here = CareOrigin.point(position: Position(lat: 51.37, lon: 6.17))
        let openPlaces = try care.nearestAt(
            origin: here, kind: .pharmacy, limit: 5, at: t("2026-12-07T15:30:00Z"), openOnly: true)
        XCTAssertEqual(openPlaces.map { $0.name }, ["Apotheek Dag"])
        XCTAssertEqual(openPlaces.first?.openNow, true)
        XCTAssertEqual(openPlaces.first?.nextChange, t("2026-12-07T17:00:00+01:00"))
        let closed = try care.nearestAt(
            origin: here, kind: .pharmacy, limit: 5, at: t("2026-12-07T16:30:00Z"), openOnly: true)
        XCTAssertTrue(closed.isEmpty, "closed at 17:30 in Amsterdam")
        profile.shutdown()
    }

    func testASignedPackInstallsThroughTheBindings() throws {
        // Only a library built with the `test-keys` feature trusts the test signing keys: the test
        // harness builds one and says so; a release XCFramework (tests run on a Mac) does not.
        try XCTSkipUnless(ProcessInfo.processInfo.environment["WERKMAAT_TEST_KEYS"] == "1", "library without test keys")
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()  // Tests/WerkmaatTests
            .deletingLastPathComponent().deletingLastPathComponent()  // bindings/swift
            .deletingLastPathComponent().deletingLastPathComponent()
        let keys = try String(contentsOf: repo.appendingPathComponent("core/tests/fixtures/test-pack-keys.json"), encoding: .utf8)
        let marker = "\"test-2026\": \""
        guard let range = keys.range(of: marker) else { return XCTFail("no test key") }
        let secret = String(keys[range.upperBound...].prefix(64))
        let profile = try open(newDir())
        let pack = try packBuild(secretKey: secret, version: 2, created: CalendarDay(year: 2026, month: 12, day: 1), parts: [.facts], overrides: [:])
        XCTAssertEqual(try profile.installPack(bytes: pack).version, 2)
        XCTAssertThrowsError(try profile.installPack(bytes: pack)) { error in
            guard case let ApiError.PackRefused(problem, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(problem, .older)
        }
        XCTAssertEqual(try profile.rollbackContent().version, 1)
        profile.shutdown()
    }

    /// The local test TSA (`tests/tsa/tsa.sh`, Debian's `openssl ts -reply`): what a shell reaches over HTTPS.
    func tsa(_ args: [String]) throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../..")
        let process = Process()
        process.executableURL = repo.appendingPathComponent("tests/tsa/tsa.sh").standardizedFileURL
        process.arguments = args
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "tsa.sh \(args)")
    }

    func testAHeadAnchoredByALocalTsaShowsInVerify() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("werkmaat-tsa-\(UUID().uuidString)")
        try tsa(["init", work.appendingPathComponent("tsa").path])
        let caPem = try String(contentsOf: work.appendingPathComponent("tsa/ca.pem"), encoding: .utf8)
        let profile = try open(newDir())
        let diary = profile.diary()
        let added = try diary.add(entry: .careContact(at: t("2026-11-22T10:00:00+01:00"), with: .gp, advice: nil), position: nil, recordedAt: instant("2026-11-28T12:00:00Z"))
        let request = try diary.anchorRequest()
        XCTAssertEqual(request.seq, 1)
        XCTAssertEqual(request.head, added.hash)
        try request.der.write(to: work.appendingPathComponent("req.tsq"))
        try tsa(["reply", work.appendingPathComponent("tsa").path, work.appendingPathComponent("req.tsq").path, work.appendingPathComponent("resp.tsr").path])
        let response = try Data(contentsOf: work.appendingPathComponent("resp.tsr"))
        XCTAssertThrowsError(try diary.anchorAdd(response: response.prefix(40), trustedTsaPem: caPem)) { error in
            guard case ApiError.InvalidInput(let field, _, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "response")
        }
        XCTAssertEqual(try diary.anchors(), [])
        let anchor = try diary.anchorAdd(response: response, trustedTsaPem: caPem)
        XCTAssertEqual(anchor.tsa, "CN=tsa,O=Werkmaat test")
        let check = try diary.verify()
        XCTAssertTrue(check.ok)
        XCTAssertEqual(check.anchors, [anchor])
        let export = try diary.exportJson(includeLocation: false, exportedAt: instant("2026-11-28T12:02:00Z"), progress: nil)
        XCTAssertEqual(try verifyDiaryExport(json: export).anchors, [anchor])
        profile.shutdown()
    }

    func testPhotosAndDocumentsAreAttachedListedReadBackAndDeleted() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../..")
        let photo = try Data(contentsOf: repo.appendingPathComponent("core/tests/fixtures/attachments/gps.jpg").standardizedFileURL)
        let now = Date(timeIntervalSince1970: 1_795_867_200)
        let profile = try open(newDir())
        let diary = profile.diary()
        let entry = try diary.add(entry: .careContact(at: t("2026-11-27T09:00:00+01:00"), with: .gp, advice: nil), position: nil, recordedAt: instant("2026-11-28T11:00:00Z"))
        let attached = try diary.attach(entryId: entry.id, bytes: photo, kind: .photo, recordedAt: now)
        XCTAssertEqual(attached.entryId, entry.id)
        XCTAssertEqual(attached.mediaType, "image/jpeg")
        XCTAssertEqual(attached.bytes, UInt64(photo.count))
        XCTAssertEqual(attached.addedAt, now)
        XCTAssertThrowsError(try diary.attach(entryId: entry.id, bytes: Data("GIF89a not a photo".utf8), kind: .photo, recordedAt: now)) { error in
            guard case ApiError.InvalidInput(let field, let problem, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "file")
            XCTAssertEqual(problem, .attachmentFormat)
        }
        XCTAssertEqual(try diary.attachments(entryId: entry.id).map { $0.id }, [attached.id])
        XCTAssertEqual(try diary.attachmentBytes(id: attached.id, withLocation: true), photo)
        let copy = try diary.attachmentBytes(id: attached.id, withLocation: false)
        XCTAssertNotNil(photo.range(of: Data("GPSLatitude".utf8)))
        XCTAssertNil(copy.range(of: Data("GPSLatitude".utf8)))
        _ = try diary.deleteAttachment(id: attached.id, recordedAt: now)
        XCTAssertEqual(try diary.attachments(entryId: nil), [])
        XCTAssertThrowsError(try diary.attachmentBytes(id: attached.id, withLocation: true))
        XCTAssertTrue(try diary.verify(witness: nil).ok)
        profile.shutdown()
    }

    func testADiaryKeptExportedAndVerified() throws {
        let profile = try open(newDir())
        let diary = profile.diary()
        let entry = DiaryEntry.careContact(at: t("2026-11-22T10:00:00+01:00"), with: .gp, advice: "Rest for a week")
        let added = try diary.add(entry: entry, position: nil, recordedAt: instant("2026-11-28T12:00:00Z"))
        let view = try diary.get(id: added.id)
        XCTAssertEqual(view.kind, .careContact)
        XCTAssertEqual(view.recordedAt, instant("2026-11-28T12:00:00Z"))
        XCTAssertEqual(view.at, t("2026-11-22T10:00:00+01:00"), "the entry keeps the phone's offset")
        let check = try diary.verify(witness: added.witness)
        XCTAssertTrue(check.ok)
        XCTAssertEqual(check.problems, [])
        let ahead = DiaryWitness(seq: added.witness.seq + 1, head: added.hash)
        XCTAssertEqual(try diary.verify(witness: ahead).problems, [DiaryProblem(seq: ahead.seq, reason: .rolledBack)])
        let export = try diary.exportJson(includeLocation: false, exportedAt: instant("2026-11-28T12:01:00Z"), progress: nil)
        XCTAssertEqual(try verifyDiaryExport(json: export).head, check.head)
        XCTAssertFalse(try verifyDiaryExport(json: export.replacingOccurrences(of: "a week", with: "a day")).ok)
        // A day that does not exist can be written in Swift: it arrives as typed bad input, naming it.
        XCTAssertThrowsError(try diary.list(from: CalendarDay(year: 2026, month: 2, day: 30), to: nil, kind: nil, limit: nil)) { error in
            guard case ApiError.InvalidInput(let field, let problem, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "date")
            XCTAssertEqual(problem, .date)
        }
        // The saved details the user chooses go on the export; by default name and birth date, the BSN only when asked.
        _ = try profile.details().update(changes: [
            DetailChange(field: .fullName, value: "Inês Costa"), DetailChange(field: .bsn, value: "111222333"),
            DetailChange(field: .agency, value: "Flex Uitzend"),
        ], today: today)
        let report = try diary.exportReportHtml(doctorLocale: "nl-NL", identity: [.name, .birthDate], madeAt: instant("2026-11-28T12:03:00Z"), progress: nil)
        XCTAssertTrue(report.contains("huisarts") && report.contains("Rest for a week"))
        XCTAssertTrue(report.contains("Inês Costa") && !report.contains("111222333") && !report.contains("Flex Uitzend"))
        let chosen = try diary.exportReportHtml(doctorLocale: "nl", identity: [.bsn, .agency], madeAt: instant("2026-11-28T12:03:00Z"), progress: nil)
        XCTAssertTrue(chosen.contains("111222333") && chosen.contains("Flex Uitzend") && !chosen.contains("Inês"))
        let fhir = try diary.exportFhir(doctorLocale: "nl", identity: [.bsn], includeLocation: false, madeAt: instant("2026-11-28T12:03:00Z"), progress: nil)
        XCTAssertTrue(fhir.contains("Encounter") && fhir.contains("http://fhir.nl/fhir/NamingSystem/bsn"))
        XCTAssertFalse(try diary.exportFhir(doctorLocale: "nl", identity: [], includeLocation: false, madeAt: instant("2026-11-28T12:03:00Z"), progress: nil).contains("111222333"))
        // Recorded at 12:03Z: a contact at 14:00+01:00 lies more than ten minutes ahead.
        XCTAssertThrowsError(try diary.add(entry: .careContact(at: t("2026-11-28T14:00:00+01:00"), with: .gp, advice: nil), position: nil, recordedAt: instant("2026-11-28T12:03:00Z"))) { error in
            guard case ApiError.InvalidInput(let field, let problem, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "at")
            XCTAssertEqual(problem, .futureTime)
        }

        // A backup moves the diary to a new phone with another store key; a listener can cancel.
        let backup = try diary.backup(passphrase: "correct horse battery", now: instant("2026-11-28T12:04:00Z"), progress: nil)
        let newPhone = try open(newDir(), key: Data(repeating: 7, count: 32))
        let target = newPhone.diary()
        XCTAssertThrowsError(try target.restore(backup: backup, passphrase: "wrong horse battery", progress: nil)) { error in
            guard case ApiError.InvalidInput = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try target.restore(backup: backup, passphrase: "correct horse battery", progress: Steps(stopAt: 1))) { error in
            guard case ApiError.Cancelled = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try target.verify().entries, 0)
        let steps = Steps(stopAt: nil)
        XCTAssertEqual(try target.restore(backup: backup, passphrase: "correct horse battery", progress: steps).entries, 1)
        XCTAssertEqual(steps.last, 1)
        XCTAssertEqual(try target.verify().head, check.head)
        newPhone.shutdown()
        profile.shutdown()
    }

    /// The public key of tests/share/test-identity.txt (a test identity, public on purpose).
    let shareKey = "age1acxj724w4yq8tsfrqspzrzg4p9cx09kc9up7t4u3eypsaktw3vdqru94a6"

    func testADiarySharedWithAnAdviserIsOneAgeFile() throws {
        let profile = try open(newDir())
        let entry = DiaryEntry.careContact(at: t("2026-11-22T10:00:00+01:00"), with: .gp, advice: "Rest for a week")
        _ = try profile.diary().add(entry: entry, position: nil, recordedAt: instant("2026-11-28T12:00:00Z"))
        let share = profile.share()
        XCTAssertEqual(share.organisations(), []) // the bundled content ships no organisation's key
        XCTAssertThrowsError(try share.resolve(to: ["age1notakey"])) { error in
            guard case ApiError.InvalidInput(let field, let problem, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "to")
            XCTAssertEqual(problem, .shareRecipient)
        }
        let name = try shareFileName()
        XCTAssertTrue(name.hasPrefix("werkmaat-") && name.hasSuffix(".age"))
        let out = FileManager.default.temporaryDirectory.appendingPathComponent(name)
        let summary = try share.write(
            outPath: out.path, to: [shareKey], withLocation: false, replace: false,
            now: Date(timeIntervalSince1970: 1_795_867_500), progress: nil)
        XCTAssertEqual(summary.entries, 1)
        XCTAssertEqual(summary.recipients.map { $0.ageKey }, [shareKey])
        let bytes = try Data(contentsOf: out)
        XCTAssertEqual(UInt64(bytes.count), summary.bytes)
        XCTAssertEqual(String(decoding: bytes.prefix(22), as: UTF8.self), "age-encryption.org/v1\n")
        try? FileManager.default.removeItem(at: out)
        profile.shutdown()
    }
}

/// A shell's progress bar; its Cancel button is pressed at `stopAt`.
final class Steps: ProgressListener, @unchecked Sendable {
    private let lock = NSLock()
    private let stopAt: UInt64?
    private(set) var last: UInt64 = 0
    init(stopAt: UInt64?) { self.stopAt = stopAt }
    func onProgress(done: UInt64, total: UInt64) -> Bool {
        lock.lock(); defer { lock.unlock() }
        last = done
        return stopAt.map { done < $0 } ?? true
    }
}
