//! The profile through `werkmaat-ffi`'s Rust API, as a shell uses it: privacy on disk, refused
//! opens that change nothing, wipe, close, and use from many threads.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::{collections::BTreeMap, fs, path::Path, sync::Arc, thread};

use sha2::{Digest, Sha256};
use werkmaat_ffi::{ApiError, InputProblem, LocalDate, PersonalDetails, Werkmaat};

const KEY: [u8; 32] = [42; 32];
/// "Today" as the shell passes it.
fn today() -> LocalDate {
    LocalDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn open(dir: &Path, key: &[u8]) -> Result<Arc<Werkmaat>, ApiError> {
    Werkmaat::open(dir.display().to_string(), vec!["en".into()], key.to_vec())
}

/// Every file under `dir` (recursively) with the SHA-256 of its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(snapshot(&path));
        } else {
            out.insert(path.display().to_string(), format!("{:x}", Sha256::digest(fs::read(&path).unwrap())));
        }
    }
    out
}

fn files_containing(dir: &Path, needle: &[u8]) -> Vec<String> {
    let mut hits = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            hits.extend(files_containing(&path, needle));
        } else if fs::read(&path).unwrap().windows(needle.len()).any(|w| w == needle) {
            hits.push(path.display().to_string());
        }
    }
    hits
}

fn marked_details(marker: &str) -> PersonalDetails {
    PersonalDetails {
        full_name: Some(format!("{marker} name")),
        insurer: Some(format!("{marker} insurer")),
        policy_number: Some(format!("{marker}-policy")),
        gp_name: Some(format!("{marker} GP")),
        employer: Some(format!("{marker} employer")),
        bsn: Some("111222333".into()),
        ..Default::default()
    }
}

#[test]
fn sensitive_text_never_appears_in_the_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    let marker = "MARKER-7f3c-Zażółć";
    let profile = open(dir.path(), &KEY).unwrap();
    let details = profile.details();
    for round in 0..20 {
        // Many writes, so the WAL holds several versions while the profile is open.
        let mut d = marked_details(marker);
        d.phone = Some(format!("+31 6 1234 {round:04}"));
        details.save(d, today()).unwrap();
    }
    assert_eq!(files_containing(dir.path(), marker.as_bytes()), Vec::<String>::new(), "while open");
    assert_eq!(files_containing(dir.path(), b"111222333"), Vec::<String>::new(), "BSN while open");
    profile.shutdown();
    assert_eq!(files_containing(dir.path(), marker.as_bytes()), Vec::<String>::new(), "after close");

    let reopened = open(dir.path(), &KEY).unwrap();
    assert_eq!(reopened.details().get().unwrap().full_name.as_deref(), Some(format!("{marker} name").as_str()));
}

#[test]
fn a_wrong_key_gives_wrong_key_and_changes_nothing_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path(), &KEY).unwrap();
    profile.details().save(marked_details("x"), today()).unwrap();
    profile.shutdown();
    let before = snapshot(dir.path());
    for wrong in [[0u8; 32], [43; 32]] {
        assert!(matches!(open(dir.path(), &wrong), Err(ApiError::WrongKey { .. })));
    }
    assert_eq!(snapshot(dir.path()), before);
    assert!(matches!(open(dir.path(), &[1; 16]), Err(ApiError::InvalidInput { field, .. }) if field == "key"));
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_profile_from_a_newer_version_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    open(dir.path(), &KEY).unwrap().shutdown();
    {
        let conn = rusqlite::Connection::open(dir.path().join("werkmaat.db")).unwrap();
        conn.execute_batch("CREATE TABLE from_the_future (x); PRAGMA user_version = 7;").unwrap();
    }
    let before = snapshot(dir.path());
    match open(dir.path(), &KEY) {
        Err(ApiError::IncompatibleVersion { found: 7, supported, reason }) => {
            assert!(supported < 7);
            assert!(reason.contains('7'), "{reason}");
        }
        other => panic!("expected IncompatibleVersion, got {:?}", other.err()),
    }
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn errors_are_localized_and_name_the_field_not_the_value() {
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path().display().to_string(), vec!["pl-PL".into()], KEY.to_vec()).unwrap();
    let secret_bsn = "987654321";
    let bad = PersonalDetails { bsn: Some(secret_bsn.into()), ..Default::default() };
    match profile.details().save(bad, today()) {
        Err(ApiError::InvalidInput { field, problem, reason }) => {
            assert_eq!((field.as_str(), problem), ("bsn", InputProblem::BsnChecksum));
            assert!(!reason.contains(secret_bsn));
            assert!(reason.contains("BSN"), "the Dutch term stays visible: {reason}");
            assert_ne!(
                reason,
                werkmaat_ffi::Localizer::new(vec!["en".into()]).text("invalid-bsn-checksum".into(), vec![])
            );
        }
        other => panic!("expected InvalidInput, got {other:?}"),
    }
    assert_eq!(profile.details().get().unwrap(), PersonalDetails::default(), "nothing stored");
}

#[test]
fn a_closed_profile_answers_closed() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path(), &KEY).unwrap();
    let details = profile.details();
    profile.shutdown();
    profile.shutdown();
    assert!(matches!(details.get(), Err(ApiError::Closed { .. })));
    assert!(matches!(details.save(PersonalDetails::default(), today()), Err(ApiError::Closed { .. })));
}

#[test]
fn wipe_removes_the_profile_and_what_it_made_but_not_other_files() {
    let dir = tempfile::tempdir().unwrap();
    // A corrupt database that opening sets aside, and a file of the shell's own.
    fs::write(dir.path().join("werkmaat.db"), vec![7u8; 4096]).unwrap();
    fs::write(dir.path().join("shell-settings.json"), b"{}").unwrap();
    let profile = open(dir.path(), &KEY).unwrap();
    fs::create_dir_all(dir.path().join("derived")).unwrap();
    fs::write(dir.path().join("derived/export.tmp"), b"x").unwrap();
    let names = || {
        let mut names: Vec<_> =
            fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
        names.sort();
        names
    };
    assert!(names().iter().any(|n| n.starts_with("werkmaat.db.corrupt-")), "{:?}", names());
    profile.wipe().unwrap();
    assert_eq!(names(), ["shell-settings.json"]);
    assert!(matches!(profile.details().get(), Err(ApiError::Closed { .. })));
    assert!(!werkmaat_ffi::profile_exists(dir.path().display().to_string()));
}

#[test]
fn one_profile_serves_many_threads() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path(), &KEY).unwrap();
    let handles: Vec<_> = (0..8)
        .map(|t| {
            let profile = Arc::clone(&profile);
            thread::spawn(move || {
                for i in 0..20 {
                    let d = PersonalDetails { full_name: Some(format!("t{t} i{i}")), ..Default::default() };
                    profile.details().save(d, today()).unwrap();
                    assert!(profile.details().get().unwrap().full_name.unwrap().starts_with('t'));
                    assert_eq!(profile.info().unwrap().schema_version, 6);
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
}

#[test]
fn a_version_one_profile_is_upgraded_and_keeps_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path(), &KEY).unwrap();
    profile.details().save(marked_details("kept"), today()).unwrap();
    profile.shutdown();
    {
        // Back to what version 1 wrote: no checklist table, no imported places, no diary.
        let conn = rusqlite::Connection::open(dir.path().join("werkmaat.db")).unwrap();
        conn.execute_batch(
            "DROP TABLE checklist_state; DROP TABLE place_imports; DROP TABLE diary; DROP TABLE diary_anchor_requests;
             DROP TABLE diary_anchors; PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    let profile = open(dir.path(), &KEY).unwrap();
    assert_eq!(profile.info().unwrap().schema_version, 6);
    assert_eq!(profile.details().get().unwrap().full_name.as_deref(), Some("kept name"));
    profile.checklist().answer("has_gp".into(), "no".into(), today()).unwrap();
    assert_eq!(profile.checklist().items(today()).unwrap().len(), 1);
}
