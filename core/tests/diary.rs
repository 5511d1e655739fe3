//! The diary as a worker keeps it and as a doctor, union or inspector checks it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use chrono::{DateTime, Utc};
use werkmaat_core::{
    Error, InputProblem, Werkmaat,
    calendar::parse_time,
    details::DetailField,
    diary::{Entry, EntryKind, IdentityField, Incident, Problem, Reason, ReportedTo, Shift, Symptom, verify_export},
    position::Position,
    progress::silent,
};

fn t(text: &str) -> DateTime<chrono::FixedOffset> {
    parse_time("at", text).unwrap()
}

fn now() -> DateTime<Utc> {
    "2026-11-28T12:00:00Z".parse().unwrap()
}

fn symptom(code: &str, severity: u8, at: &str, note: Option<&str>) -> Entry {
    Entry::Symptom(Symptom {
        symptom: code.into(),
        body_part: Some("lower-back".into()),
        severity,
        at: t(at),
        duration_minutes: None,
        helps: None,
        worsens: None,
        medication: None,
        work_related: true,
        missed_work_hours: None,
        note: note.map(str::to_owned),
    })
}

fn shift(start: &str, end: &str, break_minutes: u32) -> Entry {
    Entry::Shift(Shift { start: t(start), end: t(end), break_minutes })
}

fn new_profile() -> (tempfile::TempDir, Werkmaat) {
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["en"], &[8; 32]).unwrap();
    (dir, profile)
}

#[test]
fn the_vocabulary_is_large_enough_and_labelled_in_dutch() {
    let (_dir, profile) = new_profile();
    let (symptoms, body) = profile.diary().vocabulary();
    assert!(symptoms.len() >= 40);
    let regions = body.iter().filter(|t| !t.code.ends_with("-right")).count();
    assert!(regions >= 24, "{regions} regions");
    assert!(body.iter().any(|t| t.code == "knee-left") && body.iter().any(|t| t.code == "knee-right"));
    for term in symptoms.iter().chain(&body) {
        assert!(!term.label.starts_with("symptom-") && !term.label.starts_with("region-"), "{}", term.code);
        assert!(!term.label_nl.starts_with("symptom-") && !term.label_nl.starts_with("region-"), "{}", term.code);
    }
}

#[test]
fn corrections_are_revisions_and_deletion_leaves_a_gap() {
    let (_dir, profile) = new_profile();
    let diary = profile.diary();
    let first = diary.add(symptom("back-pain", 6, "2026-11-20T07:30:00+01:00", Some("lifting")), None, now()).unwrap();
    let other = diary.add(symptom("headache", 3, "2026-11-21T07:30:00+01:00", None), None, now()).unwrap();
    let corrected = diary
        .correct(&first.id, symptom("back-pain", 8, "2026-11-20T07:30:00+01:00", Some("lifting crates")), now())
        .unwrap();
    assert_ne!(corrected.hash, first.hash);
    let history = diary.history(&first.id).unwrap();
    assert_eq!(history.iter().map(|r| r.revision).collect::<Vec<_>>(), [1, 2]);
    let list = diary.list(None, None, None, None).unwrap();
    assert_eq!(list.len(), 2);
    assert!(matches!(&list.iter().find(|v| v.id == first.id).unwrap().entry, Entry::Symptom(s) if s.severity == 8));
    assert!(matches!(
        diary.correct(&first.id, shift("2026-11-20T06:00:00+01:00", "2026-11-20T14:00:00+01:00", 30), now()),
        Err(Error::InvalidInput { .. })
    ));

    diary.delete(&other.id, now()).unwrap();
    assert_eq!(diary.list(None, None, None, None).unwrap().len(), 1);
    let check = diary.verify(None).unwrap();
    assert!(check.ok, "{check:?}");
    assert_eq!((check.entries, check.revisions), (1, 4));
    assert_eq!(check.gaps, [2], "the deleted entry's revision is a visible gap");
    assert!(matches!(diary.history(&other.id), Ok(h) if h.iter().all(|r| r.entry.is_none())));

    // One entry as a correction screen reads it; a deleted one is gone; kinds filter.
    let current = diary.get(&first.id).unwrap();
    assert_eq!((current.revision, current.hash.as_str()), (2, corrected.hash.as_str()));
    assert!(matches!(diary.get(&other.id), Err(Error::NotFound { .. })));
    assert_eq!(diary.list(None, None, Some(EntryKind::CareContact), None).unwrap().len(), 0);
    assert_eq!(diary.list(None, None, Some(EntryKind::Symptom), None).unwrap().len(), 1);
}

/// Each handle keeps the revisions it opened (`diary::opened`); what another handle (another
/// process) writes, deletes included, must still show, and `verify` must read the disk itself.
#[test]
fn a_second_handle_sees_every_change_and_verify_reads_the_disk() {
    let (dir, phone) = new_profile();
    let other = Werkmaat::open(dir.path(), &["en"], &[8; 32]).unwrap();
    let kept = phone.diary().add(symptom("cough", 4, "2026-11-20T08:00:00+01:00", Some("dust")), None, now()).unwrap();
    let gone =
        phone.diary().add(symptom("headache", 2, "2026-11-21T08:00:00+01:00", Some("noise")), None, now()).unwrap();
    assert_eq!(phone.diary().list(None, None, None, None).unwrap().len(), 2, "the phone has opened both");

    other.diary().correct(&kept.id, symptom("cough", 6, "2026-11-20T08:00:00+01:00", None), now()).unwrap();
    other.diary().delete(&gone.id, now()).unwrap();
    let added = other.diary().add(symptom("fever", 5, "2026-11-22T08:00:00+01:00", None), None, now()).unwrap();

    let list = phone.diary().list(None, None, None, None).unwrap();
    assert_eq!(list.iter().map(|v| (v.id.as_str(), v.revision)).collect::<Vec<_>>(), [(&*added.id, 1), (&*kept.id, 2)]);
    let history = phone.diary().history(&gone.id).unwrap();
    assert!(history.iter().all(|r| r.entry.is_none()), "the deleted entry's text is gone from the phone's memory too");
    assert!(phone.diary().verify(None).unwrap().ok);

    // A row changed behind both handles' backs: the next verify sees it, whatever was opened before.
    let conn = rusqlite::Connection::open(dir.path().join("werkmaat.db")).unwrap();
    let mut sealed: Vec<u8> = conn.query_row("SELECT sealed FROM diary WHERE seq = 1", [], |r| r.get(0)).unwrap();
    sealed[0] ^= 0x01;
    conn.execute("UPDATE diary SET sealed = ?1 WHERE seq = 1", [sealed]).unwrap();
    let check = phone.diary().verify(None).unwrap();
    assert!(!check.ok && check.damaged == [1], "{check:?}");
}

/// One step of a random session on one profile through two handles (a phone and a second process).
#[derive(Debug, Clone)]
enum Step {
    Add { by_other: bool, severity: u8 },
    Correct { by_other: bool, pick: usize, severity: u8 },
    Delete { by_other: bool, pick: usize },
    List,
}

fn step() -> impl proptest::strategy::Strategy<Value = Step> {
    use proptest::prelude::*;
    prop_oneof![
        (any::<bool>(), 0u8..=10).prop_map(|(by_other, severity)| Step::Add { by_other, severity }),
        (any::<bool>(), any::<usize>(), 0u8..=10).prop_map(|(by_other, pick, severity)| Step::Correct {
            by_other,
            pick,
            severity
        }),
        (any::<bool>(), any::<usize>()).prop_map(|(by_other, pick)| Step::Delete { by_other, pick }),
        Just(Step::List),
    ]
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 24, ..Default::default() })]

    /// Whatever mix of adds, corrections and deletes two handles make, the phone's list (served
    /// from the revisions it has opened) is what a handle opened afresh reads from the disk.
    #[test]
    fn the_opened_revisions_always_match_the_disk(steps in proptest::collection::vec(step(), 1..24)) {
        let (dir, phone) = new_profile();
        let other = Werkmaat::open(dir.path(), &["en"], &[8; 32]).unwrap();
        let mut ids: Vec<String> = Vec::new();
        for step in steps {
            let handle = |by_other: bool| if by_other { &other } else { &phone };
            let at = "2026-11-20T08:00:00+01:00";
            match step {
                Step::Add { by_other, severity } => {
                    ids.push(handle(by_other).diary().add(symptom("cough", severity, at, None), None, now()).unwrap().id);
                }
                Step::Correct { by_other, pick, severity } if !ids.is_empty() => {
                    let id = &ids[pick % ids.len()];
                    let _ = handle(by_other).diary().correct(id, symptom("cough", severity, at, Some("again")), now());
                }
                Step::Delete { by_other, pick } if !ids.is_empty() => {
                    let _ = handle(by_other).diary().delete(&ids[pick % ids.len()], now());
                }
                _ => {
                    phone.diary().list(None, None, None, None).unwrap();
                }
            }
        }
        let fresh = Werkmaat::open(dir.path(), &["en"], &[8; 32]).unwrap();
        let view = |profile: &Werkmaat| {
            let list = profile.diary().list(None, None, None, None).unwrap();
            let histories: Vec<_> = ids.iter().map(|id| profile.diary().history(id).unwrap()).collect();
            (list, histories)
        };
        proptest::prop_assert_eq!(view(&phone), view(&fresh));
        proptest::prop_assert!(phone.diary().verify(None).unwrap().ok);
    }
}

/// A correction reads the entry's current revision in its own write transaction, so corrections
/// from several threads at once each get their own revision number.
#[test]
fn corrections_from_many_threads_never_share_a_revision_number() {
    let (_dir, profile) = new_profile();
    let id = profile.diary().add(symptom("back-pain", 1, "2026-11-20T07:30:00+01:00", None), None, now()).unwrap().id;
    std::thread::scope(|scope| {
        for thread in 0..8u8 {
            let (diary, id) = (profile.diary(), &id);
            scope.spawn(move || {
                for _ in 0..5 {
                    diary.correct(id, symptom("back-pain", thread, "2026-11-20T07:30:00+01:00", None), now()).unwrap();
                }
            });
        }
    });
    let revisions: Vec<u32> = profile.diary().history(&id).unwrap().iter().map(|r| r.revision).collect();
    assert_eq!(revisions, (1..=41).collect::<Vec<_>>());
    assert!(profile.diary().verify(None).unwrap().ok);
}

#[test]
fn bad_values_store_nothing() {
    let (_dir, profile) = new_profile();
    let diary = profile.diary();
    let cases: Vec<(Entry, &str)> = vec![
        (symptom("back-pain", 11, "2026-11-20T07:30:00+01:00", None), "severity"),
        (symptom("no-such-symptom", 3, "2026-11-20T07:30:00+01:00", None), "symptom"),
        (shift("2026-11-20T14:00:00+01:00", "2026-11-20T06:00:00+01:00", 0), "end"),
        (shift("2026-11-20T06:00:00+01:00", "2026-11-22T06:00:00+01:00", 0), "end"),
        (
            Entry::Incident(Incident {
                at: t("2026-11-20T07:30:00+01:00"),
                place: None,
                task: None,
                machine_or_substance: None,
                description: "fell".into(),
                injuries: vec!["tail".into()],
                witnesses: vec![],
                reported_to: vec![],
                photos: vec![],
            }),
            "body_part",
        ),
    ];
    for (entry, field) in cases {
        match diary.add(entry, None, now()) {
            Err(Error::InvalidInput { field: f, .. }) => assert_eq!(f, field),
            other => panic!("expected {field} refused, got {other:?}"),
        }
    }
    assert!(matches!(parse_time("at", "2026-02-30T10:00:00+01:00"), Err(Error::InvalidInput { .. })));
    assert!(diary.list(None, None, None, None).unwrap().is_empty());
    assert_eq!(diary.verify(None).unwrap().revisions, 0);
}

/// A diary records what happened: a moment after the recording time (beyond the clock-skew
/// allowance) is refused with the field that holds it, in add and correct alike.
#[test]
fn entries_dated_after_their_recording_are_refused() {
    let (_dir, profile) = new_profile();
    let diary = profile.diary();
    // `now()` is 12:00Z; ten minutes of clock skew are allowed.
    let late = |entry: Entry| match diary.add(entry, None, now()) {
        Err(Error::InvalidInput { field, problem: InputProblem::FutureTime }) => field,
        other => panic!("expected a future time refused, got {other:?}"),
    };
    assert_eq!(late(symptom("cough", 3, "2026-11-28T13:11:00+01:00", None)), "at");
    assert_eq!(late(symptom("cough", 3, "2026-12-20T08:00:00+01:00", None)), "at");
    assert_eq!(late(shift("2026-11-28T06:00:00+01:00", "2026-11-28T14:00:00+01:00", 30)), "end");
    let reported_later = Entry::Incident(Incident {
        at: t("2026-11-27T08:00:00+01:00"),
        place: None,
        task: None,
        machine_or_substance: None,
        description: "fell".into(),
        injuries: vec![],
        witnesses: vec![],
        reported_to: vec![ReportedTo {
            who: werkmaat_core::diary::Reporter::Employer,
            at: Some(t("2026-11-29T08:00:00+01:00")),
        }],
        photos: vec![],
    });
    assert_eq!(late(reported_later), "reported_to");
    assert!(diary.list(None, None, None, None).unwrap().is_empty(), "nothing refused was stored");

    let id = diary.add(symptom("cough", 3, "2026-11-28T13:10:00+01:00", None), None, now()).unwrap().id;
    let moved = diary.correct(&id, symptom("cough", 3, "2026-11-29T13:00:00+01:00", None), now());
    assert!(matches!(moved, Err(Error::InvalidInput { field: "at", problem: InputProblem::FutureTime })));
    assert_eq!(diary.get(&id).unwrap().revision, 1);
}

#[test]
fn a_flipped_byte_in_a_stored_entry_fails_verify() {
    let (dir, profile) = new_profile();
    let diary = profile.diary();
    for day in 20..25 {
        diary.add(symptom("cough", 4, &format!("2026-11-{day}T08:00:00+01:00"), None), None, now()).unwrap();
    }
    assert!(diary.verify(None).unwrap().ok);
    profile.shutdown();
    {
        let conn = rusqlite::Connection::open(dir.path().join("werkmaat.db")).unwrap();
        let mut sealed: Vec<u8> = conn.query_row("SELECT sealed FROM diary WHERE seq = 3", [], |r| r.get(0)).unwrap();
        let middle = sealed.len() / 2;
        sealed[middle] ^= 0x01;
        conn.execute("UPDATE diary SET sealed = ?1 WHERE seq = 3", [sealed]).unwrap();
    }
    let again = Werkmaat::open(dir.path(), &["en"], &[8; 32]).unwrap();
    let check = again.diary().verify(None).unwrap();
    assert!(!check.ok);
    assert_eq!(check.damaged, [3]);
    assert_eq!(check.problems, [Problem { seq: 3, reason: Reason::Damaged }], "only the damaged row is a problem");
}

#[test]
fn exports_verify_without_the_key_and_any_change_shows() {
    let (_dir, profile) = new_profile();
    let diary = profile.diary();
    diary
        .add(
            symptom("back-pain", 6, "2026-11-20T07:30:00+01:00", Some("the pallet")),
            Some(Position::new(51.37, 6.17).unwrap()),
            now(),
        )
        .unwrap();
    diary
        .add(
            Entry::Incident(Incident {
                at: t("2026-11-21T08:15:00+01:00"),
                place: Some("warehouse, aisle 4".into()),
                task: Some("order picking".into()),
                machine_or_substance: Some("forklift".into()),
                description: "A pallet fell on my left foot.".into(),
                injuries: vec!["foot-left".into()],
                witnesses: vec!["Piotr".into()],
                reported_to: vec![ReportedTo {
                    who: werkmaat_core::diary::Reporter::Employer,
                    at: Some(t("2026-11-21T09:00:00+01:00")),
                }],
                photos: vec![],
            }),
            None,
            now(),
        )
        .unwrap();
    let head = diary.verify(None).unwrap().head;
    for with_location in [true, false] {
        let json = diary.export_json(with_location, now(), &silent()).unwrap();
        assert_eq!(json.contains("51.37"), with_location);
        let check = verify_export(&json, None).unwrap();
        assert!(check.ok && check.head == head, "with_location={with_location}: {check:?}");
    }
    let json = diary.export_json(false, now(), &silent()).unwrap();
    let altered = json.replace("A pallet fell", "A box fell");
    assert!(!verify_export(&altered, None).unwrap().ok);
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["revisions"].as_array_mut().unwrap().pop();
    assert!(
        !verify_export(&value.to_string(), None).unwrap().ok,
        "a revision cut off the end no longer matches the head"
    );
    assert!(matches!(verify_export("{\"not\": \"a diary\"}", None), Err(Error::InvalidInput { .. })));
}

#[test]
fn free_text_codes_and_times_are_unreadable_on_disk() {
    let (dir, profile) = new_profile();
    let marker = "DIARYMARKER-Szczepański";
    profile.diary().add(symptom("back-pain", 6, "2026-11-20T07:30:00+01:00", Some(marker)), None, now()).unwrap();
    profile.shutdown();
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        for needle in [marker.as_bytes(), b"back-pain", b"2026-11-20T07:30"] {
            assert!(!bytes.windows(needle.len()).any(|w| w == needle), "{}", String::from_utf8_lossy(needle));
        }
    }
}

#[test]
fn shifts_are_checked_against_the_working_time_rules() {
    let (_dir, profile) = new_profile();
    let diary = profile.diary();
    // A 13-hour day with a short break, then a night start after 6 hours' rest.
    let long = diary.add(shift("2026-11-16T06:00:00+01:00", "2026-11-16T19:00:00+01:00", 20), None, now()).unwrap();
    let next = diary.add(shift("2026-11-17T01:00:00+01:00", "2026-11-17T09:00:00+01:00", 30), None, now()).unwrap();
    let report = diary.hours().unwrap();
    assert_eq!(report.checked, werkmaat_core::diary::HoursRule::ALL);
    let rules: Vec<(&str, f64, f64)> = report.breaches.iter().map(|b| (b.rule.id(), b.limit, b.actual)).collect();
    assert!(rules.contains(&("max-shift", 12.0, 12.67)), "breaks are not working time: {rules:?}");
    assert!(rules.contains(&("break", 45.0, 20.0)), "{rules:?}");
    assert!(rules.contains(&("daily-rest", 8.0, 6.0)), "{rules:?}");
    let rest = report.breaches.iter().find(|b| b.rule.id() == "daily-rest").unwrap();
    assert_eq!(rest.shift_ids, [long.id, next.id]);
    assert!(report.breaches.iter().all(|b| b.source.contains("Arbeidstijdenwet")));
    assert!(rest.text(&profile.localizer()).contains("24"), "{}", rest.text(&profile.localizer()));

    // Six days of 11 hours of work in a row: more than 60 hours in the week.
    let (_dir2, busy) = new_profile();
    for day in 16..22 {
        busy.diary()
            .add(
                shift(&format!("2026-11-{day}T06:00:00+01:00"), &format!("2026-11-{day}T17:45:00+01:00"), 45),
                None,
                now(),
            )
            .unwrap();
    }
    let rules: Vec<&str> = busy.diary().hours().unwrap().breaches.iter().map(|b| b.rule.id()).collect();
    assert_eq!(rules, ["max-week-hours"]);

    // A normal week is clean, and the report says which rules that is about.
    let (_dir3, calm) = new_profile();
    for day in 16..21 {
        calm.diary()
            .add(
                shift(&format!("2026-11-{day}T08:00:00+01:00"), &format!("2026-11-{day}T16:30:00+01:00"), 30),
                None,
                now(),
            )
            .unwrap();
    }
    let report = calm.diary().hours().unwrap();
    assert!(report.breaches.is_empty(), "{:?}", report.breaches);
    assert_eq!(report.checked.len(), werkmaat_core::diary::HoursRule::ALL.len());
}

#[test]
fn a_backup_restores_only_whole_with_the_right_passphrase() {
    let (_dir, profile) = new_profile();
    let diary = profile.diary();
    diary
        .add(
            symptom("back-pain", 6, "2026-11-20T07:30:00+01:00", Some("the pallet")),
            Some(Position::new(51.37, 6.17).unwrap()),
            now(),
        )
        .unwrap();
    let first = diary.list(None, None, None, None).unwrap().remove(0).id;
    diary.correct(&first, symptom("back-pain", 7, "2026-11-20T07:30:00+01:00", None), now()).unwrap();
    diary.add(shift("2026-11-21T06:00:00+01:00", "2026-11-21T18:30:00+01:00", 30), None, now()).unwrap();
    let head = diary.verify(None).unwrap().head;
    assert!(matches!(diary.backup("short", now(), &silent()), Err(Error::InvalidInput { .. })));
    let bytes = diary.backup("correct horse battery", now(), &silent()).unwrap();
    assert!(!bytes.windows(10).any(|w| w == b"the pallet"), "the backup is sealed");

    let (_other_dir, other) = new_profile();
    let target = other.diary();
    let refused = |result: werkmaat_core::Result<werkmaat_core::diary::Restored>| {
        matches!(result, Err(Error::InvalidInput { .. }))
    };
    assert!(refused(target.restore(&bytes, "wrong horse battery", &silent())));
    assert!(refused(target.restore(&bytes[..bytes.len() - 1], "correct horse battery", &silent())));
    assert!(refused(target.restore(&bytes[..20], "correct horse battery", &silent())));
    let mut altered = bytes.clone();
    let middle = altered.len() / 2;
    altered[middle] ^= 1;
    assert!(refused(target.restore(&altered, "correct horse battery", &silent())));
    let mut costly = bytes.clone();
    costly[17..21].copy_from_slice(&u32::MAX.to_le_bytes());
    assert!(
        refused(target.restore(&costly, "correct horse battery", &silent())),
        "a forged cost is refused before hashing"
    );
    assert_eq!(target.verify(None).unwrap().entries, 0, "nothing was imported by a failed restore");

    assert_eq!(target.restore(&bytes, "correct horse battery", &silent()).unwrap().entries, 2);
    let check = target.verify(None).unwrap();
    assert!(check.ok && check.head == head, "{check:?}");
    assert_eq!(target.history(&first).unwrap().len(), 2, "the correction history came along");
    assert!(
        refused(target.restore(&bytes, "correct horse battery", &silent())),
        "a second restore would mix two diaries"
    );
}

fn kept_diary(locale: &str) -> (tempfile::TempDir, Werkmaat) {
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &[locale], &[8; 32]).unwrap();
    let diary = profile.diary();
    diary
        .add(symptom("back-pain", 6, "2026-11-20T07:30:00+01:00", Some("<b>lifting</b> & crates")), None, now())
        .unwrap();
    let first = diary.list(None, None, None, None).unwrap().remove(0).id;
    diary
        .correct(&first, symptom("back-pain", 7, "2026-11-20T07:30:00+01:00", Some("<b>lifting</b> & crates")), now())
        .unwrap();
    diary.add(symptom("headache", 3, "2026-11-22T07:30:00+01:00", None), None, now()).unwrap();
    diary
        .add(
            Entry::Incident(Incident {
                at: t("2026-11-21T08:15:00+01:00"),
                place: None,
                task: Some("order picking".into()),
                machine_or_substance: None,
                description: "A pallet fell on my foot.".into(),
                injuries: vec!["foot-left".into()],
                witnesses: vec![],
                reported_to: vec![ReportedTo { who: werkmaat_core::diary::Reporter::Employer, at: None }],
                photos: vec![],
            }),
            None,
            now(),
        )
        .unwrap();
    diary.add(shift("2026-11-20T06:00:00+01:00", "2026-11-20T19:00:00+01:00", 30), None, now()).unwrap();
    diary
        .add(
            Entry::CareContact(werkmaat_core::diary::CareContact {
                at: t("2026-11-24T10:00:00+01:00"),
                with: werkmaat_core::diary::CareWith::Gp,
                advice: Some("Rest for a week".into()),
            }),
            None,
            now(),
        )
        .unwrap();
    (dir, profile)
}

#[test]
fn the_doctors_report_is_bilingual_escaped_and_in_order() {
    let (_dir, profile) = kept_diary("pl");
    let diary = profile.diary();
    let html = diary.report_html("nl", &IdentityField::DEFAULT, now(), &silent()).unwrap();
    let head = diary.verify(None).unwrap().head;
    let position = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("missing {needle}"));
    // Polish and Dutch side by side, in the order the issue asks for.
    let order = ["Podsumowanie", "Samenvatting", "<svg", "Notities", head.as_str()];
    let found: Vec<usize> = order.iter().map(|n| position(n)).collect();
    assert!(found.windows(2).all(|w| w[0] < w[1]), "{order:?} at {found:?}");
    for dutch in ["Rugpijn", "Hoofdpijn", "Bedrijfsongeval", "huisarts", "Arbeidstijdenwet"] {
        assert!(html.to_lowercase().contains(&dutch.to_lowercase()), "{dutch}");
    }
    assert!(html.contains("&lt;b&gt;lifting&lt;/b&gt; &amp; crates"), "free text is escaped, verbatim");
    assert!(!html.contains("<b>lifting"));
    assert!(html.contains("polski") && html.contains("Pools"), "the patient's own words name their language in both");
    assert!(!html.contains("http"), "no link, font or image from outside");
    assert!(!html.contains("<script") && !html.contains("src="), "self-contained, nothing loaded");
    // In the doctor's own language the labels appear once.
    let dutch_only = diary.report_html("pl", &IdentityField::DEFAULT, now(), &silent()).unwrap();
    assert!(!dutch_only.contains("Samenvatting") && !dutch_only.contains("class=\"nl\""));
    assert!(matches!(
        diary.report_html("xx", &IdentityField::DEFAULT, now(), &silent()),
        Err(Error::InvalidInput { field: "doctor_locale", .. })
    ));
}

#[test]
fn the_report_says_whose_it_is_and_reads_in_both_languages() {
    let (_dir, profile) = kept_diary("pl");
    let details = [
        (DetailField::FullName, "Katarzyna Wójcik"),
        (DetailField::DateOfBirth, "1990-03-12"),
        (DetailField::Bsn, "123456782"),
        (DetailField::Agency, "Flex <Uitzend>"),
    ];
    let changes: Vec<_> = details.iter().map(|(f, v)| (*f, (*v).to_owned())).collect();
    profile.details().update(&changes, now().date_naive()).unwrap();
    let diary = profile.diary();
    // Logged in UTC just before midnight: an Amsterdam date of the next day.
    diary.add(symptom("dizziness", 5, "2026-11-23T23:30:00+00:00", None), None, now()).unwrap();
    let html = diary.report_html("nl-NL", &IdentityField::DEFAULT, now(), &silent()).unwrap();
    let position = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("missing {needle}"));
    // Who, which period, made when: before the summary.
    let order = ["Katarzyna Wójcik", "12-03-1990", "20-11-2026", "28-11-2026", "Samenvatting"];
    let found: Vec<usize> = order.iter().map(|n| position(n)).collect();
    assert!(found.windows(2).all(|w| w[0] < w[1]), "{order:?} at {found:?}");
    assert!(!html.contains("123456782") && !html.contains("Flex"), "only the chosen details");
    // Page n of m at the foot of every printed page, in both languages; the name at the top.
    assert!(html.contains("\"Strona \" counter(page) \" z \" counter(pages)"), "Polish page numbers");
    assert!(html.contains("\"Pagina \" counter(page) \" van \" counter(pages)"), "Dutch page numbers");
    assert!(html.contains("@top-right{content:\"Katarzyna Wójcik\\2c  12\\2d 03\\2d 1990\""));
    // The summary's numbers and words in Dutch too, breaches with their dates.
    for dutch in ["sinds 20-11-2026", "hoogste ernst 7/10", "1 notitie", "20-11-2026</span>: Dzień pracy"] {
        assert!(html.contains(dutch), "{dutch}");
    }
    // The chart says what it left out; its data as a table, in Amsterdam time.
    assert!(html.contains("nooit erger dan 3/10: Hoofdpijn"));
    assert!(html.contains("20-11-2026 07:30: 7/10") && html.contains("24-11-2026 00:30: 5/10"));
    assert!(html.contains("<title id=\"chart-0\">") && html.contains("aria-labelledby=\"chart-0\""));
    // Shifts per week with hours (breaks not counted) and the breach's date, all of them in an appendix.
    let week = position("16-11-2026</span> – <span class=\"d\">22-11-2026");
    let row = "16-11-2026</span> – <span class=\"d\">22-11-2026</span></th><td>1</td><td>12,5</td><td><div><span class=\"d\">20-11-2026</span>: ";
    assert!(html[week..].starts_with(row), "{}", &html[week..week + 200]);
    assert!(position("Bijlage: alle diensten") > position(&diary.verify(None).unwrap().head));

    let bsn_only = diary.report_html("nl", &[IdentityField::Bsn, IdentityField::Agency], now(), &silent()).unwrap();
    assert!(bsn_only.contains("123456782") && bsn_only.contains("Flex &lt;Uitzend&gt;"));
    assert!(!bsn_only.contains("Katarzyna") && !bsn_only.contains("@top-right"), "no name: no running header");
    let nobody = diary.report_html("nl", &[], now(), &silent()).unwrap();
    assert!(nobody.contains("geen persoonlijke gegevens") && !nobody.contains("123456782"));
}

#[test]
fn the_chart_draws_every_bad_symptom_and_joins_only_readings_within_a_week() {
    let (_dir, profile) = new_profile();
    let diary = profile.diary();
    for (at, severity) in
        [("2026-11-01T08:00:00+01:00", 5), ("2026-11-02T08:00:00+01:00", 6), ("2026-11-25T08:00:00+01:00", 4)]
    {
        diary.add(symptom("fatigue", severity, at, None), None, now()).unwrap();
    }
    // Five more symptoms that got bad: a second chart, nothing dropped.
    for code in ["cough", "fever", "nausea", "rash", "swelling"] {
        diary.add(symptom(code, 7, "2026-11-10T08:00:00+01:00", None), None, now()).unwrap();
    }
    let html = diary.report_html("nl", &[], now(), &silent()).unwrap();
    assert_eq!(html.matches("<polyline").count(), 1, "1 and 2 November joined, 25 November on its own");
    assert_eq!(html.matches("role=\"img\"").count(), 2, "six symptoms: two charts of at most four");
    for dutch in ["Vermoeidheid", "Hoesten", "Koorts", "Misselijkheid", "Huiduitslag", "Zwelling"] {
        assert!(html.matches(dutch).count() >= 3, "{dutch}: summary, legend and data table");
    }
    assert!(!html.contains("nooit erger dan"), "nothing left out");
}

#[test]
fn long_exports_report_progress_and_can_be_cancelled() {
    let (_dir, profile) = kept_diary("en");
    let diary = profile.diary();
    let seen = std::cell::RefCell::new(Vec::new());
    let record = |done: u64, total: u64| {
        seen.borrow_mut().push((done, total));
        true
    };
    diary.report_html("nl", &IdentityField::DEFAULT, now(), &record).unwrap();
    assert_eq!(seen.borrow().last(), Some(&(5, 5)), "one step per entry, then done");
    let stop_at_two = |done: u64, _: u64| done < 2;
    assert!(matches!(diary.report_html("nl", &IdentityField::DEFAULT, now(), &stop_at_two), Err(Error::Cancelled)));
    assert!(matches!(
        diary.export_fhir("nl", &IdentityField::DEFAULT, false, now(), &stop_at_two),
        Err(Error::Cancelled)
    ));
    assert!(matches!(diary.export_json(false, now(), &stop_at_two), Err(Error::Cancelled)));
    assert!(matches!(diary.backup("correct horse battery", now(), &stop_at_two), Err(Error::Cancelled)));

    let bytes = diary.backup("correct horse battery", now(), &silent()).unwrap();
    let (_other_dir, other) = new_profile();
    let cancelled = other.diary().restore(&bytes, "correct horse battery", &stop_at_two);
    assert!(matches!(cancelled, Err(Error::Cancelled)));
    assert_eq!(other.diary().verify(None).unwrap().revisions, 0, "a cancelled restore wrote nothing");
    assert_eq!(other.diary().restore(&bytes, "correct horse battery", &silent()).unwrap().entries, 5);
}

/// The FHIR R4 rules the bundle relies on: Bundle.type, unique `urn:uuid` fullUrls matching the
/// resource ids, references that resolve inside the bundle, required elements and cardinalities
/// of Observation and Encounter, one `effective[x]` and at most one `value[x]`, FHIR dateTime
/// syntax, UCUM quantities, and codings with system and code.
fn check_fhir_r4(bundle: &serde_json::Value) -> Vec<String> {
    use serde_json::Value;
    let date_time = |v: &Value| {
        v.as_str().is_some_and(|s| {
            DateTime::parse_from_rfc3339(s).is_ok() || chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
        })
    };
    let mut problems = Vec::new();
    let mut fail = |p: String| problems.push(p);
    if bundle["resourceType"] != "Bundle" || bundle["type"] != "collection" || !date_time(&bundle["timestamp"]) {
        fail("Bundle.resourceType/type/timestamp".into());
    }
    let entries = bundle["entry"].as_array().cloned().unwrap_or_default();
    let urls: Vec<&str> = entries.iter().filter_map(|e| e["fullUrl"].as_str()).collect();
    let mut unique = urls.clone();
    unique.sort_unstable();
    unique.dedup();
    if urls.len() != entries.len() || unique.len() != urls.len() {
        fail("fullUrl missing or repeated".into());
    }
    let coding_ok = |c: &Value| {
        c["coding"].as_array().is_none_or(|cs| cs.iter().all(|c| c["system"].is_string() && c["code"].is_string()))
    };
    for entry in &entries {
        let (url, r) = (entry["fullUrl"].as_str().unwrap_or(""), &entry["resource"]);
        if !url.strip_prefix("urn:uuid:").is_some_and(uuid_like) {
            fail(format!("{url}: not urn:uuid"));
        }
        if let Some(id) = r["id"].as_str()
            && Some(id) != url.strip_prefix("urn:uuid:")
        {
            fail(format!("{url}: id differs"));
        }
        for reference in ["subject", "encounter"].iter().filter_map(|k| r[*k]["reference"].as_str()) {
            if !urls.contains(&reference) {
                fail(format!("{url}: reference {reference} does not resolve"));
            }
        }
        match r["resourceType"].as_str() {
            Some("Patient" | "Provenance" | "Location" | "Organization") => {}
            Some("Observation") => {
                let statuses = [
                    "registered",
                    "preliminary",
                    "final",
                    "amended",
                    "corrected",
                    "cancelled",
                    "entered-in-error",
                    "unknown",
                ];
                if !r["status"].as_str().is_some_and(|s| statuses.contains(&s)) {
                    fail(format!("{url}: Observation.status"));
                }
                if !(r["code"]["text"].is_string() || r["code"]["coding"].is_array()) || !coding_ok(&r["code"]) {
                    fail(format!("{url}: Observation.code"));
                }
                let keys: Vec<&String> = r.as_object().map(|o| o.keys().collect()).unwrap_or_default();
                let effective = keys.iter().filter(|k| k.starts_with("effective")).count();
                let values = keys.iter().filter(|k| k.starts_with("value")).count();
                if effective != 1 || values > 1 {
                    fail(format!("{url}: effective[x] {effective}, value[x] {values}"));
                }
                if let Some(at) = r.get("effectiveDateTime").filter(|v| !date_time(v)) {
                    fail(format!("{url}: dateTime {at}"));
                }
                if r.get("effectivePeriod").is_some_and(|p| !date_time(&p["start"]) || !date_time(&p["end"])) {
                    fail(format!("{url}: Period"));
                }
                for component in r["component"].as_array().into_iter().flatten() {
                    let values =
                        component.as_object().map_or(0, |o| o.keys().filter(|k| k.starts_with("value")).count());
                    if !coding_ok(&component["code"]) || values != 1 {
                        fail(format!("{url}: component"));
                    }
                    if let Some(q) = component.get("valueQuantity")
                        && (q["system"] != "http://unitsofmeasure.org"
                            || !q["code"].is_string()
                            || !q["value"].is_number())
                    {
                        fail(format!("{url}: Quantity"));
                    }
                }
                if r["note"].as_array().is_some_and(|notes| notes.iter().any(|n| !n["text"].is_string())) {
                    fail(format!("{url}: Annotation.text"));
                }
            }
            Some("Encounter") => {
                if r["status"] != "finished" || !r["class"]["system"].is_string() || !r["class"]["code"].is_string() {
                    fail(format!("{url}: Encounter.status/class"));
                }
                if !date_time(&r["period"]["start"]) {
                    fail(format!("{url}: Encounter.period"));
                }
            }
            other => fail(format!("{url}: unexpected resource {other:?}")),
        }
    }
    problems
}

fn uuid_like(id: &str) -> bool {
    let parts: Vec<&str> = id.split('-').collect();
    parts.iter().map(|p| p.len()).collect::<Vec<_>>() == [8, 4, 4, 4, 12]
        && id.chars().all(|c| c == '-' || c.is_ascii_hexdigit())
}

#[test]
fn the_fhir_bundle_keeps_the_r4_rules_and_is_stable() {
    let (_dir, profile) = kept_diary("ro");
    let diary = profile.diary();
    let text = diary.export_fhir("nl", &IdentityField::DEFAULT, false, now(), &silent()).unwrap();
    let bundle: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(check_fhir_r4(&bundle), Vec::<String>::new());
    let kinds: Vec<&str> =
        bundle["entry"].as_array().unwrap().iter().filter_map(|e| e["resource"]["resourceType"].as_str()).collect();
    // Patient, 2 symptoms, accident, shift, care contact (Encounter) and its advice, Provenance.
    assert_eq!(kinds.iter().filter(|k| **k == "Observation").count(), 5);
    assert_eq!((kinds[0], kinds.iter().filter(|k| **k == "Encounter").count()), ("Patient", 1));
    assert_eq!(kinds.last(), Some(&"Provenance"));
    assert_eq!(bundle["identifier"]["value"], diary.verify(None).unwrap().head);
    assert!(text.contains("Rugpijn") && text.contains("\"amended\""));
    assert!(!text.contains("[]") && !text.contains("\"\""), "no empty array or string");
    assert!(text.contains("\"code\": \"ro\""), "the patient's language travels with the Patient");
    assert_eq!(
        text,
        diary.export_fhir("nl", &IdentityField::DEFAULT, false, now(), &silent()).unwrap(),
        "the same diary gives the same bundle"
    );
    let mut broken = bundle.clone();
    broken["entry"][1]["resource"]["subject"]["reference"] = "urn:uuid:00000000-0000-0000-0000-000000000000".into();
    broken["entry"][2]["resource"].as_object_mut().unwrap().remove("status");
    assert_eq!(check_fhir_r4(&broken).len(), 2, "the checker itself catches broken bundles");
}

/// What a receiving system needs to take the bundle again later: the Patient and every entry
/// keep their ids between exports, a correction is a new version of the same resource, the
/// severity is a 0-10 score (with LOINC 72514-3 for a pain), the patient is the performer and the
/// Provenance's author, and positions go in only when asked.
#[test]
fn fhir_ids_stay_between_exports_and_corrections_are_versions() {
    use serde_json::{Value, json};
    let (_dir, profile) = kept_diary("pl");
    let diary = profile.diary();
    let bundle = |with_location: bool| -> Value {
        serde_json::from_str(
            &diary.export_fhir("nl", &IdentityField::DEFAULT, with_location, now(), &silent()).unwrap(),
        )
        .unwrap()
    };
    let find = |bundle: &Value, test: &dyn Fn(&Value) -> bool| -> Value {
        bundle["entry"].as_array().unwrap().iter().map(|e| e["resource"].clone()).find(|r| test(r)).unwrap()
    };
    let back_pain = |r: &Value| r["code"]["coding"][0]["code"] == "back-pain";
    let before = bundle(false);
    let patient = before["entry"][0]["resource"]["id"].as_str().unwrap().to_owned();
    let back = find(&before, &back_pain);
    assert_eq!((back["meta"]["versionId"].as_str(), back["status"].as_str()), (Some("2"), Some("amended")));
    let severity = &back["component"][0];
    assert_eq!(severity["code"]["coding"][0], json!({"system": "http://loinc.org", "code": "72514-3"}));
    assert_eq!(severity["valueQuantity"]["value"], 7);
    assert_eq!(severity["valueQuantity"]["code"], "{score}");
    let headache = find(&before, &|r| r["code"]["coding"][0]["code"] == "headache");
    assert_eq!(headache["component"][0]["code"]["coding"][0]["system"], "http://loinc.org", "a headache is a pain");
    let accident = find(&before, &|r| r["code"]["coding"][0]["code"] == "incident");
    assert_eq!(accident["component"][0]["code"]["coding"][0]["system"], "urn:werkmaat:field", "not a pain score");
    assert_eq!(back["performer"][0]["reference"], format!("urn:uuid:{patient}"));
    let provenance = find(&before, &|r| r["resourceType"] == "Provenance");
    assert_eq!(provenance["agent"][0]["who"]["reference"], format!("urn:uuid:{patient}"));
    assert_eq!(provenance["target"].as_array().unwrap().len(), before["entry"].as_array().unwrap().len() - 2);
    assert!(back["text"]["div"].as_str().unwrap().contains("&lt;b&gt;lifting"), "the narrative is escaped");

    // A correction and a new entry (with a position) later: the same ids, one more version.
    let id = diary
        .list(None, None, Some(EntryKind::Symptom), None)
        .unwrap()
        .into_iter()
        .find(|v| matches!(&v.entry, Entry::Symptom(s) if s.symptom == "back-pain"))
        .unwrap()
        .id;
    diary.correct(&id, symptom("back-pain", 8, "2026-11-20T07:30:00+01:00", None), now()).unwrap();
    diary
        .add(symptom("cough", 2, "2026-11-25T08:00:00+01:00", None), Some(Position::new(51.37, 6.17).unwrap()), now())
        .unwrap();
    let after = bundle(false);
    assert_eq!(after["entry"][0]["resource"]["id"], patient.as_str(), "the Patient keeps its id");
    let corrected = find(&after, &back_pain);
    assert_eq!((&corrected["id"], corrected["meta"]["versionId"].as_str()), (&back["id"], Some("3")));
    assert!(!after.to_string().contains("position"), "no position unless asked");
    let located = bundle(true);
    let location = find(&located, &|r| r["resourceType"] == "Location");
    assert_eq!(location["position"], json!({"latitude": 51.37, "longitude": 6.17}));
    let cough = find(&located, &|r| r["code"]["coding"][0]["code"] == "cough");
    assert_eq!(
        cough["extension"][0]["valueReference"]["reference"],
        format!("urn:uuid:{}", location["id"].as_str().unwrap())
    );
    // The saved details chosen, and only those: the BSN as nl-core-Patient identifies a patient.
    use werkmaat_core::{details::PersonalDetails, diary::IdentityField};
    let saved = PersonalDetails {
        full_name: Some("Katarzyna Wójcik".into()),
        date_of_birth: chrono::NaiveDate::from_ymd_opt(1990, 3, 4),
        bsn: Some("123456782".into()),
        employer: Some("Kas BV".into()),
        ..Default::default()
    };
    profile.details().save(saved, now().date_naive()).unwrap();
    let chosen = |fields: &[IdentityField]| -> Value {
        serde_json::from_str(&diary.export_fhir("nl", fields, false, now(), &silent()).unwrap()).unwrap()
    };
    let plain = chosen(&IdentityField::DEFAULT);
    let person = &plain["entry"][0]["resource"];
    assert_eq!(
        (person["name"][0]["text"].as_str(), person["birthDate"].as_str()),
        (Some("Katarzyna Wójcik"), Some("1990-03-04"))
    );
    assert!(!plain.to_string().contains("123456782") && !plain.to_string().contains("Kas BV"), "not asked for");
    let all = chosen(&IdentityField::ALL);
    let person = &all["entry"][0]["resource"];
    assert_eq!(
        person["identifier"][0],
        json!({"system": "http://fhir.nl/fhir/NamingSystem/bsn", "value": "123456782"})
    );
    let employer = find(&all, &|r| r["resourceType"] == "Organization");
    assert_eq!(
        person["contact"][0]["organization"]["reference"],
        format!("urn:uuid:{}", employer["id"].as_str().unwrap())
    );
    assert_eq!(person["id"], patient.as_str(), "the details do not change who the Patient is");
    let nobody = chosen(&[]);
    assert!(nobody["entry"][0]["resource"].get("name").is_none());

    // Another diary's Patient is another Patient, even with the same entries.
    let (_other_dir, other) = kept_diary("pl");
    let theirs: Value = serde_json::from_str(
        &other.diary().export_fhir("nl", &IdentityField::DEFAULT, false, now(), &silent()).unwrap(),
    )
    .unwrap();
    assert_ne!(theirs["entry"][0]["resource"]["id"], patient.as_str());
}

/// One row that does not open stays one problem: verify names it, list and the exports leave it
/// out and say so, the backup restores around it, and adding goes on from its stored hash.
#[test]
fn a_damaged_last_row_stays_local_and_the_diary_goes_on() {
    let (dir, profile) = new_profile();
    let diary = profile.diary();
    for day in 20..23 {
        diary.add(symptom("cough", 4, &format!("2026-11-{day}T08:00:00+01:00"), Some("dust")), None, now()).unwrap();
    }
    let conn = rusqlite::Connection::open(dir.path().join("werkmaat.db")).unwrap();
    let mut sealed: Vec<u8> = conn.query_row("SELECT sealed FROM diary WHERE seq = 3", [], |r| r.get(0)).unwrap();
    let middle = sealed.len() / 2;
    sealed[middle] ^= 0x01;
    conn.execute("UPDATE diary SET sealed = ?1 WHERE seq = 3", [sealed]).unwrap();

    assert_eq!(diary.list(None, None, None, None).unwrap().len(), 2, "the intact entries are listed");
    assert_eq!(diary.damaged().unwrap(), [3]);
    let added = diary.add(symptom("fever", 5, "2026-11-23T08:00:00+01:00", None), None, now()).unwrap();
    assert_eq!(added.seq, 4, "adding goes on after a damaged last row");
    let check = diary.verify(Some(&added.witness())).unwrap();
    assert_eq!((check.ok, check.damaged.as_slice(), check.entries), (false, &[3][..], 3));
    assert_eq!(check.problems, [Problem { seq: 3, reason: Reason::Damaged }], "the chain links across it");

    let json = diary.export_json(false, now(), &silent()).unwrap();
    let exported = verify_export(&json, None).unwrap();
    assert_eq!((exported.entries, exported.damaged.as_slice()), (3, &[3][..]));
    assert_eq!(exported.problems, check.problems);
    let report = diary.report_html("nl", &IdentityField::DEFAULT, now(), &silent()).unwrap();
    assert!(report.contains("dust"), "the report still shows the intact entries");
    assert!(report.contains("(damaged) and are missing here: 3"), "and says which one is missing");
    let bytes = diary.backup("correct horse battery", now(), &silent()).unwrap();
    let (_other_dir, other) = new_profile();
    let restored = other.diary().restore(&bytes, "correct horse battery", &silent()).unwrap();
    assert_eq!(restored.entries, 3);
    let again = other.diary().verify(restored.witness.as_ref()).unwrap();
    assert_eq!((again.head, again.problems), (check.head, check.problems), "restored around the damaged row");
}

/// The witness a shell keeps after each write: a diary behind it (rows removed, an older copy
/// restored) is `rolled_back`; one that kept up is not.
#[test]
fn a_diary_behind_its_witness_is_rolled_back() {
    let (dir, profile) = new_profile();
    let diary = profile.diary();
    assert_eq!(diary.witness().unwrap(), None);
    let first = diary.add(symptom("cough", 4, "2026-11-20T08:00:00+01:00", None), None, now()).unwrap();
    let copy = dir.path().join("older.db");
    let conn = rusqlite::Connection::open(dir.path().join("werkmaat.db")).unwrap();
    conn.execute("VACUUM INTO ?1", [copy.to_str().unwrap()]).unwrap();
    let second = diary.add(symptom("fever", 5, "2026-11-21T08:00:00+01:00", None), None, now()).unwrap();
    diary.delete(&first.id, now()).unwrap();
    let witness = diary.add(symptom("cough", 2, "2026-11-22T08:00:00+01:00", None), None, now()).unwrap().witness();
    assert_eq!(diary.witness().unwrap(), Some(witness.clone()));
    assert!(diary.verify(Some(&witness)).unwrap().ok);
    assert!(diary.verify(Some(&second.witness())).unwrap().ok, "an older witness is not behind");

    conn.execute("DELETE FROM diary WHERE seq = 4", []).unwrap();
    let check = diary.verify(Some(&witness)).unwrap();
    assert_eq!(check.problems, [Problem { seq: 4, reason: Reason::RolledBack }]);
    assert!(diary.verify(None).unwrap().ok, "without a witness a cut tail cannot show");

    profile.shutdown();
    drop(conn);
    std::fs::copy(&copy, dir.path().join("werkmaat.db")).unwrap();
    let _ = std::fs::remove_file(dir.path().join("werkmaat.db-wal"));
    let older = Werkmaat::open(dir.path(), &["en"], &[8; 32]).unwrap();
    let check = older.diary().verify(Some(&witness)).unwrap();
    assert!(!check.ok && check.problems == [Problem { seq: 4, reason: Reason::RolledBack }], "{check:?}");
}

/// Rows written before schema 5 have no plain hash: the chain continues from the last one opened.
#[test]
fn rows_without_a_plain_hash_still_chain() {
    let (dir, profile) = new_profile();
    let diary = profile.diary();
    diary.add(symptom("cough", 4, "2026-11-20T08:00:00+01:00", None), None, now()).unwrap();
    let conn = rusqlite::Connection::open(dir.path().join("werkmaat.db")).unwrap();
    conn.execute("UPDATE diary SET hash = NULL", []).unwrap();
    let added = diary.add(symptom("fever", 5, "2026-11-21T08:00:00+01:00", None), None, now()).unwrap();
    assert_eq!(added.seq, 2);
    assert!(diary.verify(Some(&added.witness())).unwrap().ok);
}
