"""Werkmaat through the generated Python bindings, used as a shell would use them.

Run by tests/run.sh with the generated module on PYTHONPATH (WERKMAAT_BINDINGS/python).
"""
import datetime as dt
import json
import os
import shutil
import subprocess
import tempfile
import threading

import pytest

import werkmaat

KEY = bytes(range(32))
TODAY = dt.date(2026, 11, 28)


def t(text):
    """A moment with its offset, as a shell's clock gives it (an aware datetime)."""
    return dt.datetime.fromisoformat(text)


RECORDED = t("2026-11-28T12:00:00Z")


@pytest.fixture
def data_dir():
    with tempfile.TemporaryDirectory() as d:
        yield os.path.join(d, "profile")


def open_profile(data_dir, key=KEY, locales=("en",)):
    return werkmaat.Werkmaat.open(data_dir, list(locales), key)


def test_open_info_and_negotiated_locale(data_dir):
    profile = open_profile(data_dir, locales=["de-DE", "ro-RO"])
    info = profile.info()
    assert info.locale == "ro"
    assert info.schema_version == 6
    assert info.data_dir == data_dir
    assert {l.code for l in info.locales} >= {"en", "nl", "pl", "ro", "bg", "uk", "hu", "lt", "pt", "es"}
    assert werkmaat.profile_exists(data_dir)
    profile.shutdown()


def test_details_survive_close_and_reopen(data_dir):
    profile = open_profile(data_dir)
    saved = profile.details().save(
        werkmaat.PersonalDetails(full_name="Olena", date_of_birth=dt.date(1991, 4, 5), bsn="111222333", insurer="Zilveren Kruis"),
        TODAY,
    )
    assert saved.bsn == "111222333"
    profile.shutdown()
    again = open_profile(data_dir)
    assert again.details().get().full_name == "Olena"
    assert again.details().get().date_of_birth == dt.date(1991, 4, 5)


def test_every_error_arrives_typed_and_localized(data_dir):
    with pytest.raises(werkmaat.ApiError.InvalidInput) as short_key:
        open_profile(data_dir, key=b"short")
    assert (short_key.value.field, short_key.value.problem) == ("key", werkmaat.InputProblem.KEY_LENGTH)

    open_profile(data_dir).shutdown()
    with pytest.raises(werkmaat.ApiError.WrongKey) as wrong:
        open_profile(data_dir, key=bytes(32), locales=["pl"])
    assert "klucz" in wrong.value.reason  # Polish text

    profile = open_profile(data_dir)
    bad = werkmaat.PersonalDetails(bsn="123456789")
    with pytest.raises(werkmaat.ApiError.InvalidInput) as invalid:
        profile.details().save(bad, TODAY)
    assert (invalid.value.field, invalid.value.problem) == ("bsn", werkmaat.InputProblem.BSN_CHECKSUM)
    assert "123456789" not in invalid.value.reason

    profile.shutdown()
    with pytest.raises(werkmaat.ApiError.Closed):
        profile.details().get()


def test_a_newer_profile_is_refused(data_dir):
    import sqlite3
    open_profile(data_dir).shutdown()
    db = sqlite3.connect(os.path.join(data_dir, "werkmaat.db"))
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(werkmaat.ApiError.IncompatibleVersion) as error:
        open_profile(data_dir)
    assert error.value.found == 99


def test_nothing_sensitive_on_disk(data_dir):
    profile = open_profile(data_dir)
    marker = "PYMARKER-Ștefan"
    profile.details().save(
        werkmaat.PersonalDetails(full_name=marker),
        TODAY,
    )
    for root, _, files in os.walk(data_dir):
        for name in files:
            with open(os.path.join(root, name), "rb") as f:
                assert marker.encode() not in f.read(), name


def test_localizer_plural_forms():
    pl = werkmaat.Localizer(["pl"])
    arg = lambda n: [werkmaat.TextArg(name="count", value=werkmaat.TextValue.NUMBER(value=n))]
    assert pl.locale() == "pl"
    assert pl.text("tour-languages", arg(2)) != pl.text("tour-languages", arg(5))
    assert pl.chain() == ["pl", "en"]


def test_many_threads_share_one_profile(data_dir):
    profile = open_profile(data_dir)
    errors = []

    def work(t):
        try:
            for i in range(15):
                d = werkmaat.PersonalDetails(full_name=f"t{t}-{i}")
                profile.details().save(d, TODAY)
                assert profile.details().get().full_name.startswith("t")
                profile.diary().add(symptom_entry("cough", i % 11, f"2026-11-{10 + t:02d}T08:{i:02d}:00+01:00"),
                                    None, RECORDED)
                assert profile.guides().search("zorgverzekering")
                profile.diary().list(None, None, None, 5)
        except Exception as e:  # noqa: BLE001 - collected and reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    check = profile.diary().verify()
    assert check.ok and check.entries == 8 * 15, "no write was lost and the chain holds"


def test_fields_changed_from_many_threads_are_all_kept(data_dir):
    profile = open_profile(data_dir)
    fields = [werkmaat.DetailField.FULL_NAME, werkmaat.DetailField.INSURER, werkmaat.DetailField.EMPLOYER,
              werkmaat.DetailField.GP_NAME]
    questions = ["has_gp", "has_digid", "cak_letter", "has_partner"]
    errors = []

    def work(t):
        try:
            for i in range(20):
                change = werkmaat.DetailChange(field=fields[t], value=f"thread {t} round {i}")
                profile.details().update([change], TODAY)
                profile.checklist().answer(questions[t], "yes" if i % 2 else "no", TODAY)
        except Exception as e:  # noqa: BLE001 - collected and reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    saved = profile.details().get()
    assert [saved.full_name, saved.insurer, saved.employer, saved.gp_name] == [f"thread {t} round 19" for t in range(4)]
    answers = {q.id: q.answer for q in profile.checklist().questions()}
    assert [answers[q] for q in questions] == ["yes"] * 4
    with pytest.raises(werkmaat.ApiError.InvalidInput) as bad:
        profile.details().update([werkmaat.DetailChange(field=werkmaat.DetailField.BSN, value="123")], TODAY)
    assert bad.value.field == "bsn"
    assert profile.details().get().bsn is None, "a refused change stores nothing"


def test_an_unreadable_database_is_set_aside_and_reported(data_dir):
    open_profile(data_dir).shutdown()
    with open(os.path.join(data_dir, "werkmaat.db"), "wb") as f:
        f.write(b"not a database" * 500)
    with pytest.raises(werkmaat.ApiError.WrongKey):
        open_profile(data_dir, key=bytes(32))
    profile = open_profile(data_dir)
    aside = profile.info().set_aside
    assert len(aside) == 1 and aside[0].reason == werkmaat.SetAsideReason.NOT_A_DATABASE
    assert os.path.exists(os.path.join(data_dir, aside[0].file))
    profile.acknowledge_set_aside()
    assert profile.set_aside() == []


def test_wipe_destroys_the_profile(data_dir):
    profile = open_profile(data_dir)
    profile.wipe()
    assert not werkmaat.profile_exists(data_dir)
    with pytest.raises(werkmaat.ApiError.Closed):
        profile.details().get()


def test_guides_search_and_cards_as_a_shell_reads_them(data_dir):
    profile = open_profile(data_dir, locales=["ro-RO"])
    guides = profile.guides()
    listed = guides.list()
    assert len(listed) >= 14
    guide = guides.show("sickness", TODAY)
    assert guide.locale == "ro"
    assert guide.sections and guide.sources and guide.verified_on
    pay = guides.show("pay", TODAY)
    assert any(f.id == "minimum-wage-hour" for f in pay.stale_facts)
    hits = guides.search("zorgtoeslag")
    assert hits[0].id == "zorgtoeslag"
    profile.details().save(werkmaat.PersonalDetails(full_name="Ion Popa", insurer="Menzis"), TODAY)
    card = guides.phrase("my-insurance")
    assert card.user.locale == "ro" and card.nl.locale == "nl"
    assert "Ion Popa" in card.user.text and "Ion Popa" in card.nl.text
    assert [s.language for s in guides.phrase_speech("my-insurance")] == ["ro", "nl"]
    assert any(s.language == "nl" for s in guides.speech("care", TODAY))
    with pytest.raises(werkmaat.ApiError.NotFound):
        guides.show("no-such-guide", TODAY)
    with pytest.raises(werkmaat.ApiError.NotFound):
        guides.speech("no-such-guide", TODAY)


def test_checklist_as_a_shell_asks_it(data_dir):
    profile = open_profile(data_dir)
    checklist = profile.checklist()
    first = {q.id: q for q in checklist.questions()}
    assert "works_in_nl" in first and "has_a1" not in first
    assert first["works_in_nl"].kind == werkmaat.QuestionKind.YES_NO
    checklist.answer("works_in_nl", "yes", TODAY)
    checklist.answer("work_start", "2026-11-01", TODAY)
    changes = checklist.answer("has_dutch_insurance", "no", TODAY)
    assert any(c.item == "take-out-insurance" and c.kind == werkmaat.ChangeKind.ADDED for c in changes)
    items = {i.id: i for i in checklist.items(TODAY)}
    assert items["take-out-insurance"].deadline == dt.date(2027, 3, 1)
    assert items["take-out-insurance"].status == werkmaat.ItemStatus.TODO
    marked = {i.id: i for i in checklist.mark_done("choose-own-insurer", TODAY)}
    assert marked["choose-own-insurer"].status == werkmaat.ItemStatus.DONE
    with pytest.raises(werkmaat.ApiError.InvalidInput):
        checklist.answer("age", "twenty", TODAY)
    with pytest.raises(werkmaat.ApiError.NotFound):
        checklist.answer("no_such_question", "yes", TODAY)
    checklist.reset()
    assert checklist.items(TODAY) == []


FIXTURE = os.path.join(os.path.dirname(__file__), "..", "..", "core", "tests", "fixtures", "overpass_noise.json")


def test_care_finder_as_a_shell_uses_it(data_dir):
    profile = open_profile(data_dir)
    care = profile.care()
    near = care.nearest(werkmaat.CareOrigin.POINT(position=werkmaat.Position(lat=53.2167, lon=6.5697)),
                        werkmaat.PlaceKind.EMERGENCY, 2)
    assert near[0].name == "Universitair Medisch Centrum Groningen"
    assert near[0].distance_m < near[1].distance_m and near[0].kind == werkmaat.PlaceKind.EMERGENCY
    by_postcode = care.nearest(werkmaat.CareOrigin.POSTCODE(code="5038"), None, 3)
    assert len(by_postcode) == 3
    advice = care.now(werkmaat.CareOrigin.POSTCODE(code="2671"), t("2026-11-29T12:00:00+01:00"), False)
    assert advice.advice == werkmaat.AdviceKind.GP_POST and advice.places[0].phone
    # The post list has no coordinates: the shell must show that the distance is approximate.
    assert advice.places[0].approximate_position
    with open(FIXTURE) as f:
        report = care.import_osm(f.read(), TODAY)
    assert (report.imported, report.skipped) == (5, 9)
    with pytest.raises((AttributeError, TypeError)):
        care.now(werkmaat.CareOrigin.POSTCODE(code="2671"), dt.datetime(2026, 11, 29, 12), False)  # no offset
    assert report.skipped_by_reason["dentist"] == 1
    with pytest.raises(werkmaat.ApiError.InvalidInput) as bad:
        care.nearest(werkmaat.CareOrigin.POINT(position=werkmaat.Position(lat=123.0, lon=5.0)), None, 1)
    assert (bad.value.field, bad.value.problem) == ("lat", werkmaat.InputProblem.LATITUDE)
    with pytest.raises(werkmaat.ApiError.InvalidInput):
        care.import_osm("{ broken", TODAY)
    assert "out center" in werkmaat.overpass_query("51.3,6.0,51.5,6.3")


def test_care_now_and_open_now_follow_amsterdam_time(data_dir):
    profile = open_profile(data_dir)
    care = profile.care()
    venlo = werkmaat.CareOrigin.POSTCODE(code="5911AB")
    # 22:00 UTC is 23:00 in Amsterdam; the nearest bundled post is in another region.
    advice = care.now(venlo, t("2026-12-07T22:00:00Z"), False)
    assert advice.advice == werkmaat.AdviceKind.GP_POST and advice.no_post_near and advice.places == []
    assert advice.at_amsterdam == t("2026-12-07T23:00:00+01:00") and "112" in advice.text
    assert advice.at_amsterdam.utcoffset() == dt.timedelta(hours=1), "Amsterdam's offset is kept"
    profile.details().update([werkmaat.DetailChange(field=werkmaat.DetailField.GP_PHONE, value="077 354 12 34")], TODAY)
    assert care.now(venlo, t("2026-12-07T22:00:00Z"), False).own_gp.tel_uri == "tel:+31773541234"
    # 09:30 in Eastern European time is 08:30 in Amsterdam: office hours.
    assert care.now(werkmaat.CareOrigin.POSTCODE(code="2671"), t("2026-12-07T09:30:00+02:00"), False).advice == werkmaat.AdviceKind.GP
    with open(FIXTURE) as f:
        care.import_osm(f.read(), TODAY)
    here = werkmaat.CareOrigin.POINT(position=werkmaat.Position(lat=51.3704, lon=6.1724))
    open_gps = care.nearest_at(here, werkmaat.PlaceKind.GP, 5, t("2026-12-07T15:30:00Z"), True)
    assert [p.name for p in open_gps] == ["Huisartsenpraktijk Centrum"]
    assert open_gps[0].open_now is True and open_gps[0].next_change == t("2026-12-07T17:00:00+01:00")
    assert care.nearest_at(here, werkmaat.PlaceKind.GP, 5, t("2026-12-07T16:30:00Z"), True) == []
    profile.shutdown()


TEST_KEYS = os.path.join(os.path.dirname(__file__), "..", "..", "core", "tests", "fixtures", "test-pack-keys.json")


def test_a_signed_pack_installs_and_a_forged_one_does_not(data_dir):
    import json
    with open(TEST_KEYS) as f:
        secret = json.load(f)["test-2026"]
    profile = open_profile(data_dir)
    assert profile.info().content.version == 1
    pack = werkmaat.pack_build(secret, 2, dt.date(2026, 12, 1), [werkmaat.ContentPart.FACTS], {})
    info = profile.install_pack(pack)
    assert info.version == 2
    assert any(p.name == werkmaat.ContentPart.FACTS and p.source == "pack 2" for p in info.parts)
    forged = bytearray(werkmaat.pack_build(werkmaat.pack_keygen().secret_key, 3, dt.date(2026, 12, 1),
                                          [werkmaat.ContentPart.FACTS], {}))
    with pytest.raises(werkmaat.ApiError.PackRefused) as refused:
        profile.install_pack(bytes(forged))
    assert refused.value.problem == werkmaat.PackProblem.SIGNATURE
    with pytest.raises(werkmaat.ApiError.PackRefused) as older:
        profile.install_pack(pack)
    assert older.value.problem == werkmaat.PackProblem.OLDER
    assert profile.rollback_content().version == 1


def symptom_entry(code, severity, at, note=None):
    return werkmaat.DiaryEntry.SYMPTOM(
        symptom=code, body_part="lower-back", severity=severity, at=t(at), duration_minutes=None, helps=None,
        worsens=None, medication=None, work_related=True, missed_work_hours=None, note=note)


def test_a_diary_kept_exported_and_verified_as_a_shell_does(data_dir):
    profile = open_profile(data_dir)
    diary = profile.diary()
    assert len(diary.vocabulary().symptoms) >= 40
    first = diary.add(symptom_entry("back-pain", 6, "2026-11-20T07:30:00+01:00", "lifting"), werkmaat.Position(lat=51.37, lon=6.17),
                      t("2026-11-28T12:00:00Z"))
    diary.add(werkmaat.DiaryEntry.SHIFT(start=t("2026-11-20T06:00:00+01:00"), end=t("2026-11-20T19:00:00+01:00"),
                                        break_minutes=20), None, t("2026-11-28T12:01:00Z"))
    diary.correct(first.id, symptom_entry("back-pain", 7, "2026-11-20T07:30:00+01:00", "lifting crates"),
                  t("2026-11-28T12:02:00Z"))
    with pytest.raises(werkmaat.ApiError.InvalidInput) as bad:
        diary.add(symptom_entry("back-pain", 11, "2026-11-20T07:30:00+01:00"), None, t("2026-11-28T12:03:00Z"))
    assert (bad.value.field, bad.value.problem) == ("severity", werkmaat.InputProblem.SEVERITY)
    entries = diary.list(None, None, None, None)
    assert len(entries) == 2 and any(e.revision == 2 for e in entries)
    assert [e.kind for e in diary.list(None, None, werkmaat.EntryKind.SHIFT, None)] == [werkmaat.EntryKind.SHIFT]
    assert diary.list(dt.date(2026, 11, 21), None, None, None) == []
    assert {e.recorded_at for e in entries} == {t("2026-11-28T12:01:00Z"), t("2026-11-28T12:02:00Z")}
    hours = diary.hours()
    assert any(b.rule == "max-shift" and b.actual == 12.67 for b in hours.breaches)
    assert any(r.id == "weekly-rest" and r.name for r in hours.checked)
    check = diary.verify()
    assert check.ok and check.revisions == 3
    export = diary.export_json(False, t("2026-11-28T12:05:00Z"), None)
    assert "51.37" not in export
    assert werkmaat.verify_diary_export(export).head == check.head
    flipped = export.replace("lifting crates", "lifting boxes")
    flipped_check = werkmaat.verify_diary_export(flipped)
    assert not flipped_check.ok
    assert [p.reason for p in flipped_check.problems] == [werkmaat.DiaryProblemReason.HASH_MISMATCH]
    deleted = diary.delete(first.id, t("2026-11-28T12:06:00Z"))
    assert deleted.witness.seq == 4 and deleted.witness.head == deleted.hash
    check = diary.verify(deleted.witness)
    assert check.ok and check.gaps and check.format_version == 2 and check.damaged == []
    ahead = werkmaat.DiaryWitness(seq=5, head=deleted.hash)
    assert [(p.seq, p.reason) for p in diary.verify(ahead).problems] == [(5, werkmaat.DiaryProblemReason.ROLLED_BACK)]


PHOTO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "core", "tests", "fixtures",
                     "attachments", "gps.jpg")


def test_photos_and_documents_attached_listed_read_back_and_deleted(data_dir):
    import datetime
    import hashlib
    profile = open_profile(data_dir)
    diary = profile.diary()
    now = datetime.datetime(2026, 11, 28, 12, 0, tzinfo=datetime.timezone.utc)
    entry = diary.add(werkmaat.DiaryEntry.CARE_CONTACT(at=t("2026-11-27T09:00:00+01:00"), _with=werkmaat.CareWith.GP,
                                                       advice=None), None, t("2026-11-28T11:00:00Z"))
    with open(PHOTO, "rb") as f:
        photo = f.read()
    attached = diary.attach(entry.id, photo, werkmaat.AttachmentKind.PHOTO, now)
    assert attached.entry_id == entry.id and attached.kind == werkmaat.AttachmentKind.PHOTO
    assert attached.media_type == "image/jpeg" and attached.bytes == len(photo)
    assert attached.sha256 == hashlib.sha256(photo).hexdigest() and attached.added_at == now
    payslip = diary.attach(entry.id, b"%PDF-1.4 payslip", werkmaat.AttachmentKind.PAYSLIP, now)
    with pytest.raises(werkmaat.ApiError.InvalidInput) as refused:
        diary.attach(entry.id, b"GIF89a not a photo", werkmaat.AttachmentKind.PHOTO, now)
    assert refused.value.field == "file" and "PDF" in refused.value.reason
    assert [a.id for a in diary.attachments(None)] == [attached.id, payslip.id]
    assert diary.attachments(entry.id) == diary.attachments(None)
    assert diary.attachment_bytes(attached.id, True) == photo
    copy = diary.attachment_bytes(attached.id, False)
    assert copy.startswith(b"\xff\xd8") and b"GPSLatitude" in photo and b"GPSLatitude" not in copy
    deleted = diary.delete_attachment(attached.id, now)
    assert deleted.id == attached.id
    with pytest.raises(werkmaat.ApiError.NotFound):
        diary.attachment_bytes(attached.id, True)
    assert [a.id for a in diary.attachments(None)] == [payslip.id]
    check = diary.verify(deleted.witness)
    assert check.ok and check.gaps == [2]


TSA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tsa", "tsa.sh")


def test_a_head_anchored_by_a_local_openssl_tsa_shows_in_verify(tmp_path):
    """The shell sends the request to a TSA when online (here `openssl ts -reply`) and hands the
    answer back; a bad answer is refused with its reason and nothing is kept."""
    subprocess.run([TSA, "init", str(tmp_path / "tsa")], check=True)
    ca_pem = (tmp_path / "tsa" / "ca.pem").read_text()
    diary = open_profile(str(tmp_path / "profile")).diary()
    with pytest.raises(werkmaat.ApiError.InvalidInput):
        diary.anchor_request()
    added = diary.add(symptom_entry("back-pain", 6, "2026-11-20T07:30:00+01:00", "lifting"), None,
                      t("2026-11-28T12:00:00Z"))
    request = diary.anchor_request()
    assert (request.seq, request.head) == (1, added.hash) and len(request.nonce) == 32
    (tmp_path / "req.tsq").write_bytes(request.der)
    subprocess.run([TSA, "reply", str(tmp_path / "tsa"), str(tmp_path / "req.tsq"), str(tmp_path / "resp.tsr")],
                   check=True)
    response = (tmp_path / "resp.tsr").read_bytes()

    with pytest.raises(werkmaat.ApiError.InvalidInput) as bad:
        diary.anchor_add(response[:-10], ca_pem)
    assert bad.value.field == "response" and "time-stamp" in bad.value.reason
    with pytest.raises(werkmaat.ApiError.InvalidInput) as bad:
        diary.anchor_add(response, "not a certificate")
    assert bad.value.field == "tsa-cert"
    assert diary.anchors() == []

    anchor = diary.anchor_add(response, ca_pem)
    assert (anchor.seq, anchor.head, anchor.tsa) == (1, added.hash, "CN=tsa,O=Werkmaat test")
    diary.add(symptom_entry("headache", 3, "2026-11-21T07:30:00+01:00"), None, t("2026-11-28T12:01:00Z"))
    check = diary.verify()
    assert check.ok and check.anchors == [anchor]
    export = diary.export_json(False, t("2026-11-28T12:05:00Z"), None)
    assert werkmaat.verify_diary_export(export).anchors == [anchor]
    # Cut below the anchor, head recomputed: the chain alone would pass, the anchor does not.
    data = json.loads(export)
    data["revisions"] = data["revisions"][:0]
    data["head"] = "0" * 64
    cut = werkmaat.verify_diary_export(json.dumps(data))
    assert [(p.seq, p.reason) for p in cut.problems] == [(1, werkmaat.DiaryProblemReason.ANCHOR_MISMATCH)]


def test_a_work_accident_keeps_what_an_inspector_asks_and_the_future_is_refused(data_dir):
    diary = open_profile(data_dir).diary()
    accident = werkmaat.DiaryEntry.INCIDENT(
        at=t("2026-11-23T10:15:00+01:00"), place="Hal 3", task="Orderpicken", machine_or_substance="Reachtruck",
        description="A box fell on my right hand.", injuries=["hand-right"], witnesses=["Jan de Vries", "Ola"],
        reported_to=[werkmaat.DiaryReport(who=werkmaat.Reporter.EMPLOYER, at=t("2026-11-23T10:30:00+01:00")),
                     werkmaat.DiaryReport(who=werkmaat.Reporter.AGENCY, at=None)],
        photos=[])
    added = diary.add(accident, None, t("2026-11-28T12:00:00Z"))
    kept = diary.get(added.id).entry
    assert (kept.place, kept.task, kept.machine_or_substance) == ("Hal 3", "Orderpicken", "Reachtruck")
    assert kept.witnesses == ["Jan de Vries", "Ola"]
    assert [(r.who, r.at) for r in kept.reported_to] == [(werkmaat.Reporter.EMPLOYER, t("2026-11-23T10:30:00+01:00")),
                                                         (werkmaat.Reporter.AGENCY, None)]
    assert kept.reported_to[0].at.utcoffset() == dt.timedelta(hours=1), "the phone's offset is kept"
    fhir = json.loads(diary.export_fhir("nl", [], False, t("2026-11-28T12:10:00Z"), None))
    observation = next(e["resource"] for e in fhir["entry"] if e["resource"]["resourceType"] == "Observation")
    said = {c["code"]["coding"][0]["code"]: c for c in observation["component"]}
    assert said["place"]["valueString"] == "Hal 3" and said["employer"]["valueDateTime"] == "2026-11-23T10:30:00+01:00"
    # Recorded at 12:00Z: ten minutes of clock skew pass, a later moment does not.
    diary.add(symptom_entry("cough", 2, "2026-11-28T13:09:00+01:00"), None, t("2026-11-28T12:00:00Z"))
    for entry, field in [(symptom_entry("cough", 2, "2026-12-20T08:00:00+01:00"), "at"),
                         (werkmaat.DiaryEntry.SHIFT(start=t("2026-11-28T06:00:00+01:00"), end=t("2026-11-28T14:00:00+01:00"),
                                                    break_minutes=30), "end")]:
        with pytest.raises(werkmaat.ApiError.InvalidInput) as future:
            diary.add(entry, None, t("2026-11-28T12:00:00Z"))
        assert (future.value.field, future.value.problem) == (field, werkmaat.InputProblem.FUTURE_TIME)
    assert len(diary.list(None, None, None, None)) == 2, "nothing refused was stored"


def test_a_backup_moves_the_diary_to_a_new_phone(tmp_path):
    old = open_profile(str(tmp_path / "old"))
    old.diary().add(symptom_entry("back-pain", 6, "2026-11-20T07:30:00+01:00", "lifting"), None,
                    t("2026-11-28T12:00:00Z"))
    backup = old.diary().backup("correct horse battery", t("2026-11-28T12:10:00Z"), None)
    assert b"lifting" not in backup
    new = open_profile(str(tmp_path / "new"), key=bytes(range(1, 33))).diary()
    with pytest.raises(werkmaat.ApiError.InvalidInput):
        new.restore(backup, "wrong horse battery", None)
    with pytest.raises(werkmaat.ApiError.InvalidInput):
        new.restore(backup[:-3], "correct horse battery", None)
    with pytest.raises(werkmaat.ApiError.Cancelled):
        new.restore(backup, "correct horse battery", Counter(stop_at=1))
    assert new.verify().entries == 0
    counter = Counter()
    assert new.restore(backup, "correct horse battery", counter).entries == 1
    assert counter.steps[-1] == (1, 1)
    assert new.verify().head == old.diary().verify().head


class Counter(werkmaat.ProgressListener):
    """A shell's progress bar with a Cancel button pressed at `stop_at`."""

    def __init__(self, stop_at=None):
        self.steps, self.stop_at = [], stop_at

    def on_progress(self, done, total):
        self.steps.append((done, total))
        return self.stop_at is None or done < self.stop_at


def test_the_doctors_report_prints_to_pdf_in_both_languages(tmp_path):
    """Prints the report in headless Chromium, as a user would print it for the GP, and reads the PDF:
    the chosen details on top, page n of m on every page, the summary in both languages."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium and shutil.which("pdftotext"), "tests/setup-toolchains.sh installs chromium and poppler-utils"
    profile = open_profile(str(tmp_path / "p"), locales=["pl"])
    F = werkmaat.DetailField
    profile.details().update([werkmaat.DetailChange(field=f, value=v) for f, v in [
        (F.FULL_NAME, "Katarzyna Wójcik"), (F.DATE_OF_BIRTH, "1990-03-12"), (F.BSN, "123456782"),
        (F.EMPLOYER, "DC Venlo"), (F.AGENCY, "Flex Uitzend")]], TODAY)
    assert profile.details().get().agency == "Flex Uitzend"
    diary = profile.diary()
    diary.add(symptom_entry("back-pain", 7, "2026-11-20T07:30:00+01:00", "Dźwigałem skrzynki"), None,
              t("2026-11-28T12:00:00Z"))
    diary.add(symptom_entry("dizziness", 4, "2026-11-22T07:30:00+01:00"), None, t("2026-11-28T12:01:00Z"))
    progress = Counter()
    I = werkmaat.IdentityField
    html = diary.export_report_html("nl-NL", [I.NAME, I.BIRTH_DATE], t("2026-11-28T12:10:00Z"), progress)
    assert progress.steps[-1] == (2, 2)
    assert "Katarzyna Wójcik" in html and "12-03-1990" in html and "123456782" not in html, "the BSN only when asked"
    chosen = diary.export_report_html("nl", [I.BSN, I.EMPLOYER, I.AGENCY], t("2026-11-28T12:10:00Z"), None)
    assert "123456782" in chosen and "DC Venlo" in chosen and "Flex Uitzend" in chosen and "Katarzyna" not in chosen
    with pytest.raises(werkmaat.ApiError.InvalidInput):
        diary.export_report_html("xx", [], t("2026-11-28T12:10:00Z"), None)
    page, pdf = tmp_path / "report.html", tmp_path / "report.pdf"
    page.write_text(html, encoding="utf-8")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", page.as_uri()], check=True, capture_output=True, timeout=120)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    flat = " ".join(text.split())
    for polish, dutch in [("Podsumowanie", "Samenvatting"), ("Ból pleców", "Rugpijn"),
                          ("Zawroty głowy", "Duizeligheid"), ("największe nasilenie 7/10", "hoogste ernst 7/10")]:
        assert polish in flat and dutch in flat, (polish, dutch)
    pages = text.rstrip("\f").split("\f")
    for number, words in enumerate(pages, start=1):
        words = " ".join(words.split())
        assert f"Strona {number} z {len(pages)} / Pagina {number} van {len(pages)}" in words, number
    assert flat.index("Katarzyna Wójcik") < flat.index("Podsumowanie"), "who it is about comes first"
    assert "Dźwigałem skrzynki" in flat, "the patient's own words, verbatim"
    assert diary.verify().head in text.replace("\n", "").replace(" ", "")

    fhir = json.loads(diary.export_fhir("nl", [I.NAME, I.BSN], False, t("2026-11-28T12:10:00Z"), None))
    assert fhir["resourceType"] == "Bundle" and len(fhir["entry"]) == 4, "Patient, 2 entries, Provenance"
    patient = fhir["entry"][0]["resource"]
    assert patient["identifier"] == [{"system": "http://fhir.nl/fhir/NamingSystem/bsn", "value": "123456782"}]
    assert "Katarzyna Wójcik" in json.dumps(patient, ensure_ascii=False) and "birthDate" not in patient
    anonymous = json.loads(diary.export_fhir("nl", [], False, t("2026-11-28T12:10:00Z"), None))["entry"][0]["resource"]
    assert "identifier" not in anonymous and "name" not in anonymous


def test_the_library_links_no_network_functions():
    """The core opens no socket: the shared library the shells load imports no socket function at all."""
    library = os.path.join(os.path.dirname(werkmaat.__file__), "libwerkmaat_ffi.so")
    out = subprocess.run(["nm", "-D", "--undefined-only", library], check=True, capture_output=True, text=True).stdout
    imported = {line.split()[-1].split("@")[0] for line in out.splitlines() if line.strip()}
    assert {"malloc", "open64", "fsync"} <= imported, "nm read the library's imports"
    network = {"socket", "socketpair", "connect", "bind", "listen", "accept", "accept4", "getaddrinfo",
               "gethostbyname", "gethostbyname_r", "send", "sendto", "sendmsg", "recv", "recvfrom", "recvmsg"}
    assert imported & network == set()


SHARE_IDENTITY = os.path.join(os.path.dirname(__file__), "..", "share", "test-identity.txt")
SHARE_KEY = "age1acxj724w4yq8tsfrqspzrzg4p9cx09kc9up7t4u3eypsaktw3vdqru94a6"
GPS_JPEG = os.path.join(os.path.dirname(__file__), "..", "..", "core", "tests", "fixtures", "attachments", "gps.jpg")


def test_a_diary_shared_with_an_adviser_opens_with_age(tmp_path):
    import datetime
    import io
    import tarfile

    profile = open_profile(str(tmp_path / "profile"))
    diary = profile.diary()
    entry = diary.add(symptom_entry("back-pain", 6, "2026-11-20T07:30:00+01:00"), werkmaat.Position(lat=52.09, lon=5.12),
                      t("2026-11-28T12:00:00Z"))
    with open(GPS_JPEG, "rb") as f:
        photo = f.read()
    now = datetime.datetime(2026, 11, 28, 12, 1, tzinfo=datetime.timezone.utc)
    diary.attach(entry.id, photo, werkmaat.AttachmentKind.PHOTO, now)
    share = profile.share()
    assert share.organisations() == []  # the bundled content ships no organisation's key
    with pytest.raises(werkmaat.ApiError.InvalidInput) as bad:
        share.resolve(["age1notakey"])
    assert bad.value.field == "to" and bad.value.problem == werkmaat.InputProblem.SHARE_RECIPIENT
    name = werkmaat.share_file_name()
    assert name.startswith("werkmaat-") and name.endswith(".age")
    out = str(tmp_path / name)
    summary = share.write(out, [SHARE_KEY], False, False, now, None)
    assert (summary.entries, summary.attachments, summary.left_out) == (1, 1, 0)
    assert [r.age_key for r in summary.recipients] == [SHARE_KEY]
    assert os.path.getsize(out) == summary.bytes
    with pytest.raises(werkmaat.ApiError.InvalidInput) as exists:
        share.write(out, [SHARE_KEY], False, False, now, None)
    assert exists.value.field == "file"
    # Debian's age (the reference tool) opens it with the test identity.
    plain = subprocess.run(["age", "-d", "-i", SHARE_IDENTITY, out], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(plain)) as archive:
        names = archive.getnames()
        export = archive.extractfile("diary.json").read().decode()
        copy = archive.extractfile(next(n for n in names if n.startswith("attachments/"))).read()
    assert {"README.txt", "diary.json", "report.html", "MANIFEST.json"} <= set(names)
    assert werkmaat.verify_diary_export(export).ok
    assert b"GPS" not in copy and copy != photo
    profile.shutdown()
