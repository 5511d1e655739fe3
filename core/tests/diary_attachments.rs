//! Photos and documents in the diary: attached, listed, read back with and without their
//! location, deleted with a tombstone, and checked by `verify` as the entries are.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::{fs, path::Path};

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use werkmaat_core::InputProblem;
use werkmaat_core::{
    Error, Werkmaat,
    diary::{
        AttachmentKind, CareContact, Entry, MediaType, Problem, Reason,
        attachments::{self, MAX_BYTES},
        verify_export, verify_export_with_files,
    },
};

const GPS_JPEG: &[u8] = include_bytes!("fixtures/attachments/gps.jpg");
const GPS_PNG: &[u8] = include_bytes!("fixtures/attachments/gps.png");

fn now() -> DateTime<Utc> {
    "2026-11-28T12:00:00Z".parse().unwrap()
}

fn new_profile() -> (tempfile::TempDir, Werkmaat) {
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["en"], &[8; 32]).unwrap();
    (dir, profile)
}

fn an_entry(profile: &Werkmaat) -> String {
    let at = werkmaat_core::calendar::parse_time("at", "2026-11-27T09:00:00+01:00").unwrap();
    let entry = Entry::CareContact(CareContact { at, with: werkmaat_core::diary::CareWith::Gp, advice: None });
    profile.diary().add(entry, None, now()).unwrap().id
}

fn sha(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir.join(attachments::DIR))
        .map(|d| d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn an_attachment_is_sealed_in_a_file_covered_by_the_chain_and_comes_back_whole() {
    let (dir, profile) = new_profile();
    let entry = an_entry(&profile);
    let diary = profile.diary();
    let (attached, appended) = diary.attach(&entry, GPS_JPEG, AttachmentKind::Photo, now()).unwrap();
    assert_eq!(
        (attached.entry_id.as_str(), attached.kind, attached.media_type),
        (entry.as_str(), AttachmentKind::Photo, MediaType::Jpeg)
    );
    assert_eq!((attached.bytes, attached.sha256.as_str()), (GPS_JPEG.len() as u64, sha(GPS_JPEG).as_str()));
    assert_eq!(appended.seq, 2);
    assert_eq!(files_in(dir.path()), std::slice::from_ref(&attached.id));
    let sealed = fs::read(dir.path().join(attachments::DIR).join(&attached.id)).unwrap();
    assert!(!contains(&sealed, b"TestPhone") && !contains(&sealed, b"Exif"), "the file is sealed");

    assert_eq!(diary.attachments(None).unwrap(), std::slice::from_ref(&attached));
    assert_eq!(diary.attachments(Some(&entry)).unwrap(), std::slice::from_ref(&attached));
    assert!(matches!(diary.attachments(Some("0000000000000000")), Err(Error::NotFound { .. })));
    assert_eq!(diary.attachment_bytes(&attached.id, true).unwrap(), GPS_JPEG);
    let mut streamed = Vec::new();
    diary.read_attachment(&attached.id, &mut streamed).unwrap();
    assert_eq!(streamed, GPS_JPEG);

    let check = diary.verify(None).unwrap();
    assert!(check.ok, "{:?}", check.problems);
    assert_eq!((check.entries, check.revisions), (1, 2), "an attachment is not an entry");
    // The list of entries does not show it.
    assert_eq!(diary.list(None, None, None, None).unwrap().len(), 1);
}

#[test]
fn copies_lose_their_location_unless_asked_for() {
    let (_dir, profile) = new_profile();
    let entry = an_entry(&profile);
    let diary = profile.diary();
    let (jpeg, _) = diary.attach(&entry, GPS_JPEG, AttachmentKind::Photo, now()).unwrap();
    let (png, _) = diary.attach(&entry, GPS_PNG, AttachmentKind::Housing, now()).unwrap();
    for (attachment, original) in [(&jpeg, GPS_JPEG), (&png, GPS_PNG)] {
        assert!(contains(original, b"GPSLatitude"), "the fixture has a position");
        let copy = diary.attachment_bytes(&attachment.id, false).unwrap();
        assert!(!contains(&copy, b"GPSLatitude") && !contains(&copy, b"Exif\0\0"), "{:?}", attachment.media_type);
        assert_eq!(MediaType::sniff(&copy), Some(attachment.media_type));
        assert_eq!(diary.attachment_bytes(&attachment.id, true).unwrap(), original);
    }
    let heic = [&b"\0\0\0\x18ftypheic\0\0\0\0mif1heic"[..], &[0; 64]].concat();
    let (heic, _) = diary.attach(&entry, &heic, AttachmentKind::Photo, now()).unwrap();
    assert!(matches!(
        diary.attachment_bytes(&heic.id, false),
        Err(Error::InvalidInput { problem: InputProblem::AttachmentLocationHeic, .. })
    ));
    assert!(diary.attachment_bytes(&heic.id, true).is_ok());
}

#[test]
fn unknown_formats_too_large_files_and_unknown_entries_store_nothing() {
    let (dir, profile) = new_profile();
    let entry = an_entry(&profile);
    let diary = profile.diary();
    let witness = diary.witness().unwrap();
    let too_large = [&b"%PDF-1.7\n"[..], &vec![b' '; MAX_BYTES]].concat();
    let refused = [
        (entry.as_str(), &b"GIF89a...."[..], InputProblem::AttachmentFormat),
        (entry.as_str(), &b""[..], InputProblem::AttachmentFormat),
        (entry.as_str(), &too_large[..], InputProblem::AttachmentTooLarge),
    ];
    for (entry, bytes, problem) in refused {
        let error = diary.attach(entry, bytes, AttachmentKind::Other, now()).unwrap_err();
        assert!(matches!(error, Error::InvalidInput { problem: p, .. } if p == problem), "{error:?}");
    }
    assert!(matches!(
        diary.attach("0123456789abcdef", b"%PDF-1.4", AttachmentKind::Payslip, now()),
        Err(Error::NotFound { .. })
    ));
    assert!(matches!(
        AttachmentKind::parse("selfie"),
        Err(Error::InvalidInput { problem: InputProblem::AttachmentKind, .. })
    ));
    assert_eq!(diary.witness().unwrap(), witness, "no revision");
    assert!(files_in(dir.path()).is_empty(), "no file: {:?}", files_in(dir.path()));
    // Exactly the limit is accepted.
    let at_limit = [&b"%PDF-1.7\n"[..], &vec![b' '; MAX_BYTES - 9]].concat();
    diary.attach(&entry, &at_limit, AttachmentKind::Contract, now()).unwrap();
}

#[test]
fn deleting_keeps_the_hash_in_a_tombstone_and_removes_the_file() {
    let (dir, profile) = new_profile();
    let entry = an_entry(&profile);
    let diary = profile.diary();
    let (kept, _) = diary.attach(&entry, b"%PDF-1.4 payslip", AttachmentKind::Payslip, now()).unwrap();
    let (gone, _) = diary.attach(&entry, GPS_JPEG, AttachmentKind::Photo, now()).unwrap();
    let deleted = diary.delete_attachment(&gone.id, now()).unwrap();
    assert_eq!(deleted.seq, 4);
    assert_eq!(diary.attachments(None).unwrap(), std::slice::from_ref(&kept));
    assert_eq!(files_in(dir.path()), std::slice::from_ref(&kept.id));
    assert!(matches!(diary.attachment_bytes(&gone.id, true), Err(Error::NotFound { .. })));
    assert!(matches!(diary.delete_attachment(&gone.id, now()), Err(Error::NotFound { .. })));
    let check = diary.verify(None).unwrap();
    assert!(check.ok, "{:?}", check.problems);
    assert_eq!(check.gaps, [gone.seq]);

    // Deleting the entry deletes its attachments in the same step.
    diary.delete(&entry, now()).unwrap();
    assert!(diary.attachments(None).unwrap().is_empty());
    assert!(files_in(dir.path()).is_empty());
    let check = diary.verify(None).unwrap();
    assert!(check.ok, "{:?}", check.problems);
    assert_eq!(check.gaps, [1, kept.seq, gone.seq]);
}

#[test]
fn verify_names_a_missing_changed_or_swapped_file() {
    let (dir, profile) = new_profile();
    let entry = an_entry(&profile);
    let diary = profile.diary();
    let (a, _) = diary.attach(&entry, GPS_JPEG, AttachmentKind::Photo, now()).unwrap();
    let (b, _) = diary.attach(&entry, GPS_PNG, AttachmentKind::Photo, now()).unwrap();
    let folder = dir.path().join(attachments::DIR);
    let (file_a, file_b) = (folder.join(&a.id), folder.join(&b.id));
    let (sealed_a, sealed_b) = (fs::read(&file_a).unwrap(), fs::read(&file_b).unwrap());
    let problems = |diary: &werkmaat_core::diary::Diary| diary.verify(None).unwrap().problems;

    fs::write(&file_a, &sealed_b).unwrap();
    assert_eq!(
        problems(&diary),
        [Problem { seq: a.seq, reason: Reason::AttachmentChanged }],
        "another attachment's file"
    );
    let mut flipped = sealed_a.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 1;
    fs::write(&file_a, &flipped).unwrap();
    assert_eq!(problems(&diary), [Problem { seq: a.seq, reason: Reason::AttachmentChanged }]);
    assert!(matches!(diary.attachment_bytes(&a.id, true), Err(Error::Tampered { .. })));
    fs::write(&file_a, &sealed_a).unwrap();
    fs::remove_file(&file_b).unwrap();
    assert_eq!(problems(&diary), [Problem { seq: b.seq, reason: Reason::AttachmentMissing }]);
    // Another key cannot open the files either (the profile refuses it before that, so the
    // check is on the file alone): a profile opened with its own key reads only its own.
    fs::write(&file_b, &sealed_b).unwrap();
    assert!(problems(&diary).is_empty());
}

#[test]
fn opening_settles_what_a_killed_attach_or_delete_left() {
    let (dir, profile) = new_profile();
    let entry = an_entry(&profile);
    let (live, _) = profile.diary().attach(&entry, GPS_JPEG, AttachmentKind::Photo, now()).unwrap();
    profile.shutdown();
    let folder = dir.path().join(attachments::DIR);
    // Killed after the commit of an attach (its file not yet renamed) and before the commit of a
    // delete (its file set aside): both belong to a live attachment and come back.
    fs::rename(folder.join(&live.id), folder.join(format!("{}.new", live.id))).unwrap();
    // Killed before an attach committed, and after a delete committed: neither is in the chain.
    fs::write(folder.join("00112233445566aa.new"), b"sealed bytes").unwrap();
    fs::write(folder.join("00112233445566bb.gone"), b"sealed bytes").unwrap();
    fs::write(folder.join(".00112233445566cc.new.0123456789abcdef.tmp"), b"half").unwrap();
    let profile = Werkmaat::open(dir.path(), &["en"], &[8; 32]).unwrap();
    assert_eq!(files_in(dir.path()), std::slice::from_ref(&live.id));
    assert_eq!(profile.diary().attachment_bytes(&live.id, true).unwrap(), GPS_JPEG);
    assert!(profile.diary().verify(None).unwrap().ok);
    fs::rename(folder.join(&live.id), folder.join(format!("{}.gone", live.id))).unwrap();
    drop(profile);
    let profile = Werkmaat::open(dir.path(), &["en"], &[8; 32]).unwrap();
    assert_eq!(files_in(dir.path()), std::slice::from_ref(&live.id));
    profile.wipe().unwrap();
    assert!(!folder.exists(), "wipe removes the attachments");
}

#[test]
fn an_export_lists_its_files_and_a_receiver_checks_them() {
    let (_dir, profile) = new_profile();
    let entry = an_entry(&profile);
    let diary = profile.diary();
    let (photo, _) = diary.attach(&entry, GPS_JPEG, AttachmentKind::Photo, now()).unwrap();
    let (payslip, _) = diary.attach(&entry, b"%PDF-1.4 payslip", AttachmentKind::Payslip, now()).unwrap();
    let out = tempfile::tempdir().unwrap();
    for with_location in [false, true] {
        let json = diary.export_json(with_location, now(), &werkmaat_core::progress::silent()).unwrap();
        let folder = out.path().join(format!("with-location-{with_location}"));
        fs::create_dir_all(folder.join(attachments::DIR)).unwrap();
        let listed = diary.exported_files(with_location).unwrap();
        assert_eq!(listed.len(), 2);
        for file in &listed {
            let bytes = diary.attachment_bytes(&file.id, with_location).unwrap();
            assert_eq!(file.file_sha256.as_deref(), Some(sha(&bytes).as_str()));
            fs::write(folder.join(file.file.as_ref().unwrap()), bytes).unwrap();
        }
        let photo_file = listed.iter().find(|f| f.id == photo.id).unwrap();
        assert_eq!(photo_file.location_removed, !with_location);
        assert_eq!(photo_file.file_sha256.as_deref() == Some(photo.sha256.as_str()), with_location);
        assert!(listed.iter().any(|f| f.id == payslip.id && f.file_sha256.as_deref() == Some(payslip.sha256.as_str())));
        let check = verify_export_with_files(&json, None, &folder).unwrap();
        assert!(check.ok, "{:?}", check.problems);

        // A changed photo, and a missing payslip, are named at the revisions that attached them.
        let photo_path = folder.join(photo_file.file.as_ref().unwrap());
        fs::write(&photo_path, b"\xFF\xD8\xFF another photo").unwrap();
        let payslip_file = listed.iter().find(|f| f.id == payslip.id).unwrap();
        fs::remove_file(folder.join(payslip_file.file.as_ref().unwrap())).unwrap();
        let check = verify_export_with_files(&json, None, &folder).unwrap();
        assert_eq!(
            check.problems,
            [
                Problem { seq: photo.seq, reason: Reason::AttachmentChanged },
                Problem { seq: payslip.seq, reason: Reason::AttachmentMissing }
            ]
        );
        assert!(verify_export(&json, None).unwrap().ok, "the chain alone still holds");
    }
}

#[test]
fn a_backup_carries_the_attachments_to_a_new_phone() {
    let (_dir, profile) = new_profile();
    let entry = an_entry(&profile);
    let (kept, _) = profile.diary().attach(&entry, GPS_JPEG, AttachmentKind::Photo, now()).unwrap();
    let (gone, _) = profile.diary().attach(&entry, GPS_PNG, AttachmentKind::Photo, now()).unwrap();
    profile.diary().delete_attachment(&gone.id, now()).unwrap();
    let silent = werkmaat_core::progress::silent();
    let backup = profile.diary().backup("correct horse battery", now(), &silent).unwrap();
    assert!(!contains(&backup, b"TestPhone"), "sealed");

    let new_dir = tempfile::tempdir().unwrap();
    let new_phone = Werkmaat::open(new_dir.path(), &["en"], &[9; 32]).unwrap();
    let restored = new_phone.diary().restore(&backup, "correct horse battery", &silent).unwrap();
    assert_eq!(restored.entries, 1);
    assert_eq!(new_phone.diary().attachments(None).unwrap(), std::slice::from_ref(&kept));
    assert_eq!(new_phone.diary().attachment_bytes(&kept.id, true).unwrap(), GPS_JPEG);
    assert_eq!(files_in(new_dir.path()), std::slice::from_ref(&kept.id));
    assert!(new_phone.diary().verify(None).unwrap().ok);
}

#[test]
fn the_attachments_vector_verifies_here_as_in_the_independent_verifier() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/diary-vectors/v2-attachments");
    let json = fs::read_to_string(folder.join("export.json")).unwrap();
    let check = verify_export_with_files(&json, None, &folder).unwrap();
    assert!(check.ok, "{:?}", check.problems);
    assert_eq!((check.entries, check.gaps.as_slice()), (1, &[4][..]));
}
