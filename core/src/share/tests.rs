use std::{collections::BTreeMap, io::Read};

use age::secrecy::ExposeSecret;
use sha2::{Digest, Sha256};

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
        profile.diary().add(entry, Some(crate::position::Position::new(52.1, 5.1).unwrap()), now()).unwrap();
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

fn share(profile: &Werkmaat, path: &Path, to: &[String]) -> Result<Shared> {
    profile.share().write(path, Existing::Keep, to, false, now(), &progress::silent())
}

const GPS_JPEG: &[u8] = include_bytes!("../../tests/fixtures/attachments/gps.jpg");
/// A HEIC as far as its signature goes: its location cannot be removed.
const HEIC: &[u8] = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic and the rest";

fn attach(profile: &Werkmaat, bytes: &[u8]) -> Attachment {
    let diary = profile.diary();
    let entry = diary.list(None, None, None, Some(1)).unwrap().remove(0).id;
    diary.attach(&entry, bytes, crate::diary::AttachmentKind::Photo, now()).unwrap().0
}

fn sha256(bytes: &[u8]) -> String {
    hex::encode(<Sha256 as Digest>::digest(bytes))
}

#[test]
fn a_share_opens_for_each_recipient_and_holds_a_verifiable_export() {
    let (dir, profile) = profile_with_entries("pl", 3);
    let photo = attach(&profile, GPS_JPEG);
    let heic = attach(&profile, HEIC);
    let (adviser, union) = (age::x25519::Identity::generate(), age::x25519::Identity::generate());
    let to = [adviser.to_public().to_string(), union.to_public().to_string()];
    let path = dir.path().join("share.age");
    let shared = share(&profile, &path, &to).unwrap();
    assert_eq!((shared.entries, shared.attachments, shared.left_out, shared.recipients.len()), (3, 1, 1, 2));
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(shared.bytes, bytes.len() as u64);
    for identity in [&adviser, &union] {
        let files = open_share(&bytes, identity);
        let copy_name = files.keys().find(|n| n.starts_with("attachments/")).unwrap().clone();
        let names: Vec<&str> = files.keys().map(String::as_str).collect();
        assert_eq!(names, ["MANIFEST.json", "README.txt", &copy_name, "diary.json", "report.html"]);
        assert_eq!(copy_name, format!("attachments/{}.jpg", sha256(&files[&copy_name])));
        let export = std::str::from_utf8(&files["diary.json"]).unwrap();
        // Unpacked, the export checks its attachment files as a plain export does.
        let unpacked = tempfile::tempdir().unwrap();
        for (name, content) in &files {
            std::fs::create_dir_all(unpacked.path().join(name).parent().unwrap()).unwrap();
            std::fs::write(unpacked.path().join(name), content).unwrap();
        }
        let verification = crate::diary::verify_export_with_files(export, None, unpacked.path()).unwrap();
        assert!(verification.ok && verification.entries == 3, "{verification:?}");
        let listed: serde_json::Value = serde_json::from_str(export).unwrap();
        assert_eq!(listed["attachments"].as_array().unwrap().len(), 2, "the photo, and the HEIC without a file");
        assert_eq!(listed["attachments"][0]["id"], photo.id.as_str());
        // Positions stay out without `with_location`; their hashes keep the chain whole.
        assert!(!export.contains("\"salt\""));
        let readme = std::str::from_utf8(&files["README.txt"]).unwrap();
        assert!(readme.contains(&verification.head) && readme.contains("HEIC"), "{readme}");
        // The copy lost its GPS; the manifest states both hashes, and the chain's is the original's.
        let copy = &files[&copy_name];
        assert!(!copy.windows(11).any(|w| w == b"GPSLatitude") && !copy.windows(4).any(|w| w == b"Exif"));
        let manifest: serde_json::Value = serde_json::from_slice(&files["MANIFEST.json"]).unwrap();
        let line = manifest["files"].as_array().unwrap().iter().find(|f| f["name"] == copy_name.as_str()).unwrap();
        assert_eq!(line["sha256"], sha256(copy));
        assert_eq!(
            (line["original_sha256"].as_str(), line["location_removed"].as_bool()),
            (Some(&*sha256(GPS_JPEG)), Some(true))
        );
        assert!(export.contains(&sha256(GPS_JPEG)));
        // The report shows the photo as a small picture made anew, and the HEIC by its hash.
        let report = std::str::from_utf8(&files["report.html"]).unwrap();
        assert_eq!(report.matches("data:image/jpeg;base64,").count(), 1);
        assert!(report.contains(&sha256(GPS_JPEG)) && report.contains(&sha256(HEIC)));
        assert_eq!(manifest["left_out"][0]["attachment_id"], heic.id.as_str());
        assert_eq!(manifest["left_out"][0]["original_sha256"], sha256(HEIC));
    }
    // Someone else's key opens nothing.
    let stranger = age::x25519::Identity::generate();
    let decryptor = age::Decryptor::new_buffered(bytes.as_slice()).unwrap();
    assert!(decryptor.decrypt(std::iter::once(&stranger as &dyn age::Identity)).is_err());
    assert!(!stranger.to_string().expose_secret().is_empty());
}

#[test]
fn with_location_the_originals_go_whole_heic_included() {
    let (dir, profile) = profile_with_entries("en", 1);
    attach(&profile, GPS_JPEG);
    attach(&profile, HEIC);
    let identity = age::x25519::Identity::generate();
    let path = dir.path().join("share.age");
    let to = [identity.to_public().to_string()];
    let shared = profile.share().write(&path, Existing::Keep, &to, true, now(), &progress::silent()).unwrap();
    assert_eq!((shared.attachments, shared.left_out), (2, 0));
    let files = open_share(&std::fs::read(&path).unwrap(), &identity);
    let originals: Vec<&Vec<u8>> =
        files.iter().filter(|(n, _)| n.starts_with("attachments/")).map(|(_, b)| b).collect();
    assert!(originals.iter().any(|b| b.as_slice() == GPS_JPEG) && originals.iter().any(|b| b.as_slice() == HEIC));
    assert!(std::str::from_utf8(&files["diary.json"]).unwrap().contains("\"salt\""));
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
            let shared = share(&profile, &path, std::slice::from_ref(&key)).unwrap();
            let bytes = std::fs::read(&path).unwrap();
            let decryptor = age::Decryptor::new_buffered(bytes.as_slice()).unwrap();
            let mut plain = Vec::new();
            decryptor
                .decrypt(std::iter::once(&identity as &dyn age::Identity))
                .unwrap()
                .read_to_end(&mut plain)
                .unwrap();
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
        let error = share(&profile, &path, &given).unwrap_err();
        assert!(matches!(error, Error::InvalidInput { field: "to", .. }), "{error:?}");
        assert!(!path.exists());
    }
}

#[test]
fn a_cancelled_share_leaves_no_file() {
    let (dir, profile) = profile_with_entries("en", 1);
    attach(&profile, GPS_JPEG);
    let path = dir.path().join("share.age");
    let key = age::x25519::Identity::generate().to_public().to_string();
    let stop = |done: u64, _: u64| done == 0;
    let error = profile.share().write(&path, Existing::Keep, &[key], false, now(), &stop).unwrap_err();
    assert!(matches!(error, Error::Cancelled));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "only the profile folder is left");
}

#[test]
fn an_existing_file_is_kept_unless_replacing() {
    let (dir, profile) = profile_with_entries("en", 1);
    let path = dir.path().join("share.age");
    std::fs::write(&path, b"mine").unwrap();
    let key = age::x25519::Identity::generate().to_public().to_string();
    let error = share(&profile, &path, std::slice::from_ref(&key)).unwrap_err();
    assert!(matches!(error, Error::InvalidInput { field: "file", .. }));
    assert_eq!(std::fs::read(&path).unwrap(), b"mine");
}

#[test]
fn suggested_names_say_nothing_of_the_content() {
    let (a, b) = (suggested_file_name().unwrap(), suggested_file_name().unwrap());
    assert!(a.starts_with("werkmaat-") && a.ends_with(".age") && a.len() == "werkmaat-".len() + 8 + 4);
    assert_ne!(a, b);
}
