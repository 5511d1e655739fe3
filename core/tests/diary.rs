//! The diary as a worker keeps it and as a doctor, union or inspector checks it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use chrono::{DateTime, Utc};
use werkmaat_core::{
    Error, Werkmaat,
    diary::{Entry, Incident, ReportedTo, Shift, Symptom, parse_time, verify_export},
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
    let check = diary.verify().unwrap();
    assert!(check.ok, "{check:?}");
    assert_eq!((check.entries, check.revisions), (1, 4));
    assert_eq!(check.gaps, [2], "the deleted entry's revision is a visible gap");
    assert!(matches!(diary.history(&other.id), Ok(h) if h.iter().all(|r| r.entry.is_none())));
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
    assert_eq!(diary.verify().unwrap().revisions, 0);
}

#[test]
fn a_flipped_byte_in_a_stored_entry_fails_verify() {
    let (dir, profile) = new_profile();
    let diary = profile.diary();
    for day in 20..25 {
        diary.add(symptom("cough", 4, &format!("2026-11-{day}T08:00:00+01:00"), None), None, now()).unwrap();
    }
    assert!(diary.verify().unwrap().ok);
    profile.shutdown();
    {
        let conn = rusqlite::Connection::open(dir.path().join("werkmaat.db")).unwrap();
        let mut sealed: Vec<u8> = conn.query_row("SELECT sealed FROM diary WHERE seq = 3", [], |r| r.get(0)).unwrap();
        let middle = sealed.len() / 2;
        sealed[middle] ^= 0x01;
        conn.execute("UPDATE diary SET sealed = ?1 WHERE seq = 3", [sealed]).unwrap();
    }
    let again = Werkmaat::open(dir.path(), &["en"], &[8; 32]).unwrap();
    let check = again.diary().verify().unwrap();
    assert!(!check.ok);
    assert_eq!(check.first_bad.unwrap().seq, 3);
}

#[test]
fn exports_verify_without_the_key_and_any_change_shows() {
    let (_dir, profile) = new_profile();
    let diary = profile.diary();
    diary
        .add(symptom("back-pain", 6, "2026-11-20T07:30:00+01:00", Some("the pallet")), Some((51.37, 6.17)), now())
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
                reported_to: vec![ReportedTo { who: "employer".into(), at: Some(t("2026-11-21T09:00:00+01:00")) }],
                photos: vec![],
            }),
            None,
            now(),
        )
        .unwrap();
    let head = diary.verify().unwrap().head;
    for with_location in [true, false] {
        let json = diary.export_json(with_location, now()).unwrap();
        assert_eq!(json.contains("51.37"), with_location);
        let check = verify_export(&json).unwrap();
        assert!(check.ok && check.head == head, "with_location={with_location}: {check:?}");
    }
    let json = diary.export_json(false, now()).unwrap();
    let altered = json.replace("A pallet fell", "A box fell");
    assert!(!verify_export(&altered).unwrap().ok);
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    value["revisions"].as_array_mut().unwrap().pop();
    assert!(!verify_export(&value.to_string()).unwrap().ok, "a revision cut off the end no longer matches the head");
    assert!(matches!(verify_export("{\"not\": \"a diary\"}"), Err(Error::InvalidInput { .. })));
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
    let breaches = diary.hours().unwrap();
    let rules: Vec<(&str, f64, f64)> = breaches.iter().map(|b| (b.rule.as_str(), b.limit, b.actual)).collect();
    assert!(rules.contains(&("max-shift", 12.0, 13.0)), "{rules:?}");
    assert!(rules.contains(&("break", 45.0, 20.0)), "{rules:?}");
    assert!(rules.contains(&("daily-rest", 8.0, 6.0)), "{rules:?}");
    let rest = breaches.iter().find(|b| b.rule == "daily-rest").unwrap();
    assert_eq!(rest.shift_ids, [long.id, next.id]);
    assert!(breaches.iter().all(|b| b.source.contains("Arbeidstijdenwet")));

    // Six 11-hour days in a row: more than 60 hours in the week and no weekly rest of 36 hours.
    let (_dir2, busy) = new_profile();
    for day in 16..22 {
        busy.diary()
            .add(
                shift(&format!("2026-11-{day}T07:00:00+01:00"), &format!("2026-11-{day}T18:45:00+01:00"), 45),
                None,
                now(),
            )
            .unwrap();
    }
    busy.diary().add(shift("2026-11-22T07:00:00+01:00", "2026-11-22T12:00:00+01:00", 0), None, now()).unwrap();
    busy.diary().add(shift("2026-11-23T07:00:00+01:00", "2026-11-23T12:00:00+01:00", 0), None, now()).unwrap();
    let rules: Vec<String> = busy.diary().hours().unwrap().into_iter().map(|b| b.rule).collect();
    assert!(rules.contains(&"max-week-hours".to_owned()), "{rules:?}");
    assert!(rules.contains(&"weekly-rest".to_owned()), "{rules:?}");

    // A normal week is clean.
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
    assert_eq!(calm.diary().hours().unwrap(), vec![]);
}

#[test]
fn a_backup_restores_only_whole_with_the_right_passphrase() {
    let (_dir, profile) = new_profile();
    let diary = profile.diary();
    diary
        .add(symptom("back-pain", 6, "2026-11-20T07:30:00+01:00", Some("the pallet")), Some((51.37, 6.17)), now())
        .unwrap();
    let first = diary.list(None, None, None, None).unwrap().remove(0).id;
    diary.correct(&first, symptom("back-pain", 7, "2026-11-20T07:30:00+01:00", None), now()).unwrap();
    diary.add(shift("2026-11-21T06:00:00+01:00", "2026-11-21T18:30:00+01:00", 30), None, now()).unwrap();
    let head = diary.verify().unwrap().head;
    assert!(matches!(diary.backup("short", now()), Err(Error::InvalidInput { .. })));
    let bytes = diary.backup("correct horse battery", now()).unwrap();
    assert!(!bytes.windows(10).any(|w| w == b"the pallet"), "the backup is sealed");

    let (_other_dir, other) = new_profile();
    let target = other.diary();
    let refused = |result: werkmaat_core::Result<usize>| matches!(result, Err(Error::InvalidInput { .. }));
    assert!(refused(target.restore(&bytes, "wrong horse battery")));
    assert!(refused(target.restore(&bytes[..bytes.len() - 1], "correct horse battery")));
    assert!(refused(target.restore(&bytes[..20], "correct horse battery")));
    let mut altered = bytes.clone();
    let middle = altered.len() / 2;
    altered[middle] ^= 1;
    assert!(refused(target.restore(&altered, "correct horse battery")));
    let mut costly = bytes.clone();
    costly[17..21].copy_from_slice(&u32::MAX.to_le_bytes());
    assert!(refused(target.restore(&costly, "correct horse battery")), "a forged cost is refused before hashing");
    assert_eq!(target.verify().unwrap().entries, 0, "nothing was imported by a failed restore");

    assert_eq!(target.restore(&bytes, "correct horse battery").unwrap(), 2);
    let check = target.verify().unwrap();
    assert!(check.ok && check.head == head, "{check:?}");
    assert_eq!(target.history(&first).unwrap().len(), 2, "the correction history came along");
    assert!(refused(target.restore(&bytes, "correct horse battery")), "a second restore would mix two diaries");
}
