use std::{collections::BTreeMap, io::Read};

use age::secrecy::ExposeSecret;

use super::*;
use crate::{
    Werkmaat,
    diary::{Entry, Symptom},
};

fn now() -> DateTime<Utc> {
    "2026-11-28T12:00:00Z".parse().unwrap()
}

fn profile_with_entries(locale: &str, count: usize) -> (tempfile::TempDir, Werkmaat) {
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(&dir.path().join("profile"), &[locale], &[8; 32]).unwrap();
    for i in 0..count {
        let entry = Entry::Symptom(Symptom {
            symptom: "back-pain".into(),
            body_part: Some("lower-back".into()),
            severity: 5,
            at: format!("2026-11-{:02}T08:00:00+01:00", 1 + i % 27).parse().unwrap(),
            duration_minutes: None,
            helps: None,
            worsens: None,
            medication: None,
            work_related: true,
            missed_work_hours: None,
            note: Some("lifting crates".into()),
        });
        profile.diary().add(entry, Some((52.1, 5.1)), now()).unwrap();
    }
    (dir, profile)
}

/// Decrypts a share with `identity` and gives back every file of the archive by name.
fn open_share(bytes: &[u8], identity: &age::x25519::Identity) -> BTreeMap<String, Vec<u8>> {
    let decryptor = age::Decryptor::new_buffered(bytes).unwrap();
    let reader = decryptor.decrypt(std::iter::once(identity as &dyn age::Identity)).unwrap();
    let mut archive = tar::Archive::new(reader);
    let mut files = BTreeMap::new();
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let name = entry.path().unwrap().display().to_string();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).unwrap();
        files.insert(name, content);
    }
    files
}

fn share(profile: &Werkmaat, path: &Path, to: &[String], files: Vec<ShareFile<'_>>) -> Result<Shared> {
    profile.share().write(path, Existing::Keep, to, false, now(), files, &progress::silent())
}

#[test]
fn a_share_opens_for_each_recipient_and_holds_a_verifiable_export() {
    let (dir, profile) = profile_with_entries("pl", 3);
    let (adviser, union) = (age::x25519::Identity::generate(), age::x25519::Identity::generate());
    let to = [adviser.to_public().to_string(), union.to_public().to_string()];
    let path = dir.path().join("share.age");
    let photo = b"\xff\xd8 not really a jpeg".to_vec();
    let attachment = ShareFile {
        name: "photo-1.jpg".into(),
        size: photo.len() as u64,
        reader: Box::new(photo.as_slice()),
        original_sha256: "ab".repeat(32),
        location_removed: true,
    };
    let shared = share(&profile, &path, &to, vec![attachment]).unwrap();
    assert_eq!((shared.entries, shared.attachments, shared.recipients.len()), (3, 1, 2));
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(shared.bytes, bytes.len() as u64);
    for identity in [&adviser, &union] {
        let files = open_share(&bytes, identity);
        let names: Vec<&str> = files.keys().map(String::as_str).collect();
        assert_eq!(names, ["MANIFEST.json", "README.txt", "attachments/photo-1.jpg", "diary.json", "report.html"]);
        let export = std::str::from_utf8(&files["diary.json"]).unwrap();
        let verification = crate::diary::verify_export(export, None).unwrap();
        assert!(verification.ok && verification.entries == 3, "{verification:?}");
        // Positions stay out without `with_location`; their hashes keep the chain whole.
        assert!(!export.contains("\"salt\""));
        let readme = std::str::from_utf8(&files["README.txt"]).unwrap();
        assert!(readme.contains(&verification.head) && readme.contains("diary.json"), "{readme}");
        let manifest: serde_json::Value = serde_json::from_slice(&files["MANIFEST.json"]).unwrap();
        let photo_line = &manifest["files"][3];
        assert_eq!(photo_line["name"], "attachments/photo-1.jpg");
        assert_eq!(photo_line["original_sha256"], "ab".repeat(32));
        assert_eq!(photo_line["sha256"], hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&photo)));
    }
    // Someone else's key opens nothing.
    let stranger = age::x25519::Identity::generate();
    let decryptor = age::Decryptor::new_buffered(bytes.as_slice()).unwrap();
    assert!(decryptor.decrypt(std::iter::once(&stranger as &dyn age::Identity)).is_err());
    assert!(!stranger.to_string().expose_secret().is_empty());
}

#[test]
fn the_size_of_a_share_does_not_follow_the_number_of_entries() {
    let identity = age::x25519::Identity::generate();
    let key = identity.to_public().to_string();
    let sizes: Vec<(u64, usize)> = [1, 4]
        .into_iter()
        .map(|count| {
            let (dir, profile) = profile_with_entries("en", count);
            let path = dir.path().join("s.age");
            let shared = share(&profile, &path, std::slice::from_ref(&key), Vec::new()).unwrap();
            let bytes = std::fs::read(&path).unwrap();
            let decryptor = age::Decryptor::new_buffered(bytes.as_slice()).unwrap();
            let mut plain = Vec::new();
            decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)).unwrap().read_to_end(&mut plain).unwrap();
            (shared.bytes, plain.len())
        })
        .collect();
    // The archives are padded to the same size; the encrypted files differ only by the random
    // "grease" age adds to every header (a few dozen bytes, the same for any content).
    assert_eq!(sizes[0].1, sizes[1].1);
    assert!(sizes[0].0.abs_diff(sizes[1].0) < 300, "{sizes:?}");
}

#[test]
fn a_bad_key_or_an_unknown_organisation_writes_nothing() {
    let (dir, profile) = profile_with_entries("en", 1);
    let path = dir.path().join("share.age");
    for given in [vec!["age1notakey".to_owned()], vec!["no-such-union".to_owned()], vec![]] {
        let error = share(&profile, &path, &given, Vec::new()).unwrap_err();
        assert!(matches!(error, Error::InvalidInput { field: "to", .. }), "{error:?}");
        assert!(!path.exists());
    }
}

#[test]
fn a_cancelled_share_leaves_no_file() {
    let (dir, profile) = profile_with_entries("en", 1);
    let path = dir.path().join("share.age");
    let key = age::x25519::Identity::generate().to_public().to_string();
    let file = ShareFile {
        name: "a.png".into(),
        size: 1,
        reader: Box::new(&b"x"[..]),
        original_sha256: "00".repeat(32),
        location_removed: false,
    };
    let stop = |_: u64, _: u64| false;
    let error = profile.share().write(&path, Existing::Keep, &[key], false, now(), vec![file], &stop).unwrap_err();
    assert!(matches!(error, Error::Cancelled));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "only the profile folder is left");
}

#[test]
fn an_existing_file_is_kept_unless_replacing() {
    let (dir, profile) = profile_with_entries("en", 1);
    let path = dir.path().join("share.age");
    std::fs::write(&path, b"mine").unwrap();
    let key = age::x25519::Identity::generate().to_public().to_string();
    let error = share(&profile, &path, std::slice::from_ref(&key), Vec::new()).unwrap_err();
    assert!(matches!(error, Error::InvalidInput { field: "file", .. }));
    assert_eq!(std::fs::read(&path).unwrap(), b"mine");
}

#[test]
fn suggested_names_say_nothing_of_the_content() {
    let (a, b) = (suggested_file_name().unwrap(), suggested_file_name().unwrap());
    assert!(a.starts_with("werkmaat-") && a.ends_with(".age") && a.len() == "werkmaat-".len() + 8 + 4);
    assert_ne!(a, b);
}
