//! Content packs end to end: a valid update changes what the guides show; every kind of bad pack
//! is refused with its own reason and changes nothing; rollback returns to the bundled content;
//! installs and rollbacks from many threads at once run one at a time, and old packs are pruned.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::{
    collections::BTreeMap,
    fs,
    path::Path,
    sync::{Barrier, Mutex},
};

use chrono::NaiveDate;
use werkmaat_core::{
    Error, PackProblem, Werkmaat,
    content::{
        Content, ContentPart,
        pack::{self, Manifest, PartEntry},
    },
};

#[path = "support/installed_files.rs"]
mod installed_files;

const KEYS: &str = include_str!("fixtures/test-pack-keys.json");

fn key(id: &str) -> ed25519_dalek::SigningKey {
    let keys: serde_json::Value = serde_json::from_str(KEYS).unwrap();
    pack::secret_key(keys[id].as_str().unwrap()).unwrap()
}

fn today() -> NaiveDate {
    "2026-11-28".parse().unwrap()
}

/// The bundled facts with the minimum wage raised and valid until the end of 2026.
fn updated_facts() -> Vec<u8> {
    let text = String::from_utf8(Content::bundled().unwrap().raw_part("facts").unwrap().to_vec()).unwrap();
    let old = r#"{ "id": "minimum-wage-hour", "kind": "money", "value": 14.71, "decimals": 2, "valid_from": "2026-01-01", "valid_until": "2026-06-30""#;
    assert!(text.contains(old), "the fixture edit must match facts.json");
    text.replace(old, r#"{ "id": "minimum-wage-hour", "kind": "money", "value": 15.05, "decimals": 2, "valid_from": "2026-07-01", "valid_until": "2026-12-31""#)
        .into_bytes()
}

fn facts_pack(version: u64, signer: &str) -> Vec<u8> {
    let parts: BTreeMap<String, Vec<u8>> = [("facts".to_owned(), updated_facts())].into();
    pack::build(&parts, version, "2026-12-01", signer, &key(signer)).unwrap()
}

/// Every file under the content folder with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let content = dir.join("content");
    if let Ok(entries) = fs::read_dir(&content) {
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                for inner in fs::read_dir(&path).unwrap() {
                    let p = inner.unwrap().path();
                    out.insert(p.display().to_string(), fs::read(&p).unwrap());
                }
            } else {
                out.insert(path.display().to_string(), fs::read(&path).unwrap());
            }
        }
    }
    out
}

fn pay_text(profile: &Werkmaat) -> String {
    let guide = profile.guides().show("pay", today()).unwrap();
    guide.sections.iter().map(|s| s.body.clone()).collect()
}

#[test]
fn a_valid_update_installs_and_changes_what_the_guides_show() {
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["en"], &[1; 32]).unwrap();
    assert!(pay_text(&profile).contains("€14.71"));
    assert!(profile.guides().show("pay", today()).unwrap().stale_facts.iter().any(|f| f.id == "minimum-wage-hour"));

    let info = profile.install_pack(&facts_pack(2, "test-2026")).unwrap();
    assert_eq!(info.version, 2);
    assert_eq!(info.created, "2026-12-01");
    let source = |name: &str| info.parts.iter().find(|p| p.name.id() == name).unwrap().source.clone();
    assert_eq!((source("facts"), source("guides")), ("pack 2".to_owned(), "bundled".to_owned()));
    assert!(pay_text(&profile).contains("€15.05"));
    assert!(profile.guides().show("pay", today()).unwrap().stale_facts.iter().all(|f| f.id != "minimum-wage-hour"));

    // A new handle on the same profile finds the installed content.
    drop(profile);
    let again = Werkmaat::open(dir.path(), &["nl"], &[1; 32]).unwrap();
    assert_eq!(again.info().unwrap().content.version, 2);
    assert!(pay_text(&again).contains("15,05"));

    // And rollback returns to what came with the library.
    let back = again.rollback_content().unwrap();
    assert_eq!(back.version, Content::bundled().unwrap().info.version);
    assert!(pay_text(&again).contains("14,71"));
    drop(again);
    assert_eq!(Werkmaat::open(dir.path(), &["en"], &[1; 32]).unwrap().info().unwrap().content.version, back.version);
}

/// The bundled locales as a pack carries them (JSON), with one file changed by `edit`.
fn locales_with(code: &str, file: &str, edit: impl FnOnce(&str) -> String) -> Vec<u8> {
    let mut files: serde_json::Value =
        serde_json::from_slice(Content::bundled().unwrap().raw_part("locales").unwrap()).unwrap();
    let text = files[code][file].as_str().unwrap().to_owned();
    files[code][file] = serde_json::Value::from(edit(&text));
    serde_json::to_vec(&files).unwrap()
}

/// Fluent text from a pack is parsed only when a user's chain reaches it, so install must read
/// all of it first: a broken file in any locale, even one nobody uses yet, is refused.
#[test]
fn a_locales_pack_installs_whole_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["pl"], &[1; 32]).unwrap();
    let signed = |locales: Vec<u8>, version: u64| {
        let parts: BTreeMap<String, Vec<u8>> = [("locales".to_owned(), locales)].into();
        pack::build(&parts, version, "2026-12-01", "test-2026", &key("test-2026")).unwrap()
    };
    let broken = signed(locales_with("lt", "ui.ftl", |text| format!("{text}\nbroken-message = {{ $unclosed\n")), 2);
    assert!(matches!(profile.install_pack(&broken), Err(Error::PackRefused { problem: PackProblem::Content })));
    assert_eq!(profile.info().unwrap().content.version, 1);

    let renamed = signed(
        locales_with("pl", "care.ftl", |text| {
            text.replace("care-kind-pharmacy = Apteka (apotheek)", "care-kind-pharmacy = Apteka (apotheek), z paczki")
        }),
        3,
    );
    assert_eq!(profile.install_pack(&renamed).unwrap().version, 3);
    let again = Werkmaat::open(dir.path(), &["pl"], &[1; 32]).unwrap();
    assert_eq!(again.localizer().text("care-kind-pharmacy"), "Apteka (apotheek), z paczki");
}

#[test]
fn every_kind_of_bad_pack_is_refused_with_its_own_reason_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["en"], &[1; 32]).unwrap();
    profile.install_pack(&facts_pack(5, "test-2026")).unwrap();
    let before = (snapshot(dir.path()), profile.info().unwrap().content);

    let good = facts_pack(6, "test-2026");
    let mut flipped = good.clone();
    flipped[good.len() / 2] ^= 0x01;
    let stranger = pack::generate_key().unwrap();
    let parts: BTreeMap<String, Vec<u8>> = [("facts".to_owned(), updated_facts())].into();
    let wrong_key = pack::build(&parts, 6, "2026-12-01", "stranger", &stranger).unwrap();
    let signed_manifest = |format: u32, sha: Option<&str>| {
        let facts = updated_facts();
        let manifest = Manifest {
            format,
            version: 6,
            created: "2026-12-01".into(),
            key_id: "test-2026".into(),
            parts: vec![PartEntry {
                name: "facts".into(),
                size: facts.len() as u64,
                sha256: sha.map_or_else(|| hex::encode(sha2::Sha256::digest(&facts)), str::to_owned),
            }],
        };
        pack::sign(&manifest, std::iter::once(facts.as_slice()), &key("test-2026"))
    };
    use sha2::Digest;
    let mut broken_facts = parts;
    broken_facts.insert("facts".into(), b"{\"sources\": {}, \"facts\": []}".to_vec());
    // Places are parsed on first use at run time, so this proves install still reads them whole.
    let bad_places: BTreeMap<String, Vec<u8>> =
        [("places".to_owned(), br#"{"attributions": [], "postcodes": [], "places": [{"lat": 91}]}"#.to_vec())].into();

    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("signature", wrong_key),
        ("retired-key", facts_pack(6, "test-retired-2025")),
        ("signature", flipped),
        ("truncated", good[..good.len() - 100].to_vec()),
        ("truncated", good[..20].to_vec()),
        ("not-a-pack", b"PK\x03\x04 a zip file, not a pack".to_vec()),
        ("older", facts_pack(5, "test-2026")),
        ("older", facts_pack(3, "test-2026")),
        ("format", signed_manifest(2, None)),
        ("hash", signed_manifest(1, Some(&"0".repeat(64)))),
        ("oversized", vec![0u8; pack::MAX_PACK_BYTES + 1]),
        ("content", pack::build(&broken_facts, 6, "2026-12-01", "test-2026", &key("test-2026")).unwrap()),
        ("content", pack::build(&bad_places, 6, "2026-12-01", "test-2026", &key("test-2026")).unwrap()),
    ];
    for (expected, bytes) in cases {
        match profile.install_pack(&bytes) {
            Err(Error::PackRefused { problem }) => assert_eq!(problem.id(), expected),
            other => panic!("expected {expected}, got {other:?}"),
        }
        assert_eq!((snapshot(dir.path()), profile.info().unwrap().content), before, "after a {expected} pack");
    }
    assert!(profile.install_pack(&good).is_ok(), "the good pack still installs");
}

#[test]
fn publishers_check_packs_against_their_own_key() {
    let bytes = facts_pack(9, "test-2026");
    let public = key("test-2026").verifying_key();
    let ring = pack::KeyRing::single(public);
    let checked = pack::read(&bytes, &ring).unwrap();
    assert_eq!(checked.manifest.version, 9);
    let other = pack::KeyRing::single(pack::generate_key().unwrap().verifying_key());
    assert!(matches!(pack::read(&bytes, &other), Err(Error::PackRefused { problem: PackProblem::Signature })));
}

#[test]
fn a_pack_built_from_content_carries_every_part_and_installs() {
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["pl"], &[1; 32]).unwrap();
    let bundled = Content::bundled().unwrap();
    let bytes = pack::build_from(&bundled, &[], &BTreeMap::new(), 11, "2026-12-02", &key("test-2026")).unwrap();
    let info = profile.install_pack(&bytes).unwrap();
    assert!(info.parts.iter().all(|p| p.source == "pack 11"), "{info:?}");
    assert_eq!(profile.guides().list().unwrap().len(), bundled.catalogue.guides().len());
    assert_eq!(profile.localizer().locale(), "pl");
}

/// Eight threads install eight versions at once through one handle, six rounds over: the newest
/// ends up active on disk and in the handle; an `Ok` was in effect when it returned and a refusal
/// was refused as older; the list keeps the active pack and the one before it (the next newest
/// that succeeded: a refused pack never took effect), and no other file.
#[test]
fn eight_threads_installing_at_once_end_with_the_newest_and_every_result_is_true() {
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["en"], &[1; 32]).unwrap();
    let mut previous_top = None;
    for round in 0..6u64 {
        // Versions 10r+2 ..= 10r+9, started in an order that changes from round to round.
        let versions: Vec<u64> = (0..8).map(|t| 10 * round + 2 + (3 * t + round) % 8).collect();
        let packs: Vec<(u64, Vec<u8>)> = versions.iter().map(|&v| (v, facts_pack(v, "test-2026"))).collect();
        let start = Barrier::new(packs.len());
        let succeeded = Mutex::new(Vec::new());
        std::thread::scope(|scope| {
            for (version, bytes) in &packs {
                let (start, succeeded, profile, dir) = (&start, &succeeded, &profile, dir.path());
                scope.spawn(move || {
                    start.wait();
                    let result = profile.install_pack(bytes);
                    let on_disk = installed_files::kept(dir).versions().last().copied().unwrap_or(1);
                    match result {
                        Ok(info) => {
                            assert_eq!(info.version, *version);
                            assert!(on_disk >= *version, "v{version} returned Ok, but v{on_disk} is on disk");
                            succeeded.lock().unwrap().push(*version);
                        }
                        Err(Error::PackRefused { problem: PackProblem::Older }) => {
                            assert!(on_disk > *version, "v{version} refused as older than v{on_disk}");
                        }
                        Err(other) => panic!("v{version}: {other:?}"),
                    }
                });
            }
        });
        let mut succeeded = succeeded.into_inner().unwrap();
        succeeded.sort_unstable();
        let top = *versions.iter().max().unwrap();
        assert_eq!(succeeded.last(), Some(&top), "round {round}");
        assert_eq!(profile.info().unwrap().content.version, top, "the handle is on the content on disk");
        assert_eq!(Werkmaat::open(dir.path(), &["en"], &[1; 32]).unwrap().info().unwrap().content.version, top);
        let kept = installed_files::kept(dir.path());
        kept.assert_tidy(&format!("round {round}"));
        let previous = succeeded.iter().rev().nth(1).copied().or(previous_top);
        assert_eq!(kept.versions(), previous.into_iter().chain([top]).collect::<Vec<_>>(), "round {round}");
        previous_top = Some(top);
    }
}

/// Four threads install ever newer packs while four roll back, through one handle: every result
/// is one of the two outcomes it may have, the handle ends on the content on disk, that content
/// is whole (one version, its parts from that pack or bundled), and the files are tidy. A pack
/// newer than all then installs.
#[test]
fn installs_and_rollbacks_from_eight_threads_leave_whole_content() {
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["en"], &[1; 32]).unwrap();
    let bundled = Content::bundled().unwrap().info.version;
    let start = Barrier::new(8);
    std::thread::scope(|scope| {
        for thread in 0..8u64 {
            let (start, profile) = (&start, &profile);
            // Installers build their packs before the start, so all eight begin together.
            let packs: Vec<(u64, Vec<u8>)> = if thread < 4 {
                (0..5).map(|k| 100 + 4 * k + thread).map(|v| (v, facts_pack(v, "test-2026"))).collect()
            } else {
                Vec::new()
            };
            scope.spawn(move || {
                start.wait();
                if packs.is_empty() {
                    for _ in 0..5 {
                        assert_eq!(profile.rollback_content().unwrap().version, bundled);
                    }
                }
                for (version, bytes) in &packs {
                    match profile.install_pack(bytes) {
                        Ok(info) => assert_eq!(info.version, *version),
                        Err(Error::PackRefused { problem: PackProblem::Older }) => {}
                        Err(other) => panic!("v{version}: {other:?}"),
                    }
                }
            });
        }
    });
    let info = Werkmaat::open(dir.path(), &["en"], &[1; 32]).unwrap().info().unwrap().content;
    assert_eq!(profile.info().unwrap().content, info, "the handle is on the content on disk");
    let pack = format!("pack {}", info.version);
    assert!(info.parts.iter().all(|p| p.source == "bundled" || p.source == pack), "{info:?}");
    let kept = installed_files::kept(dir.path());
    kept.assert_tidy("after the threads");
    assert_eq!(kept.versions().last().copied().unwrap_or(bundled), info.version);

    assert_eq!(profile.install_pack(&facts_pack(1000, "test-2026")).unwrap().version, 1000);
    installed_files::kept(dir.path()).assert_tidy("after the last install");
}

/// A pack is pruned only when every part it carries comes from a later one and it is not the one
/// before the newest: packs of different parts all stay. Opening falls back to the previous pack
/// when the newest stops verifying, and reads nothing a pack of every part hides.
#[test]
fn a_pack_that_still_shows_a_part_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["en"], &[1; 32]).unwrap();
    let bundled = Content::bundled().unwrap();
    let build = |parts: &[&str], version| {
        let parts: Vec<ContentPart> = parts.iter().map(|p| ContentPart::from_id(p).unwrap()).collect();
        pack::build_from(&bundled, &parts, &BTreeMap::new(), version, "2026-12-01", &key("test-2026")).unwrap()
    };
    profile.install_pack(&build(&["guides"], 2)).unwrap();
    profile.install_pack(&build(&["facts"], 3)).unwrap();
    profile.install_pack(&build(&["facts"], 4)).unwrap();
    // v2 still gives the guides, v3 is the previous one.
    assert_eq!(installed_files::kept(dir.path()).versions(), [2, 3, 4]);
    profile.install_pack(&build(&["facts"], 5)).unwrap();
    assert_eq!(installed_files::kept(dir.path()).versions(), [2, 4, 5]);
    let info = profile.install_pack(&build(&["facts", "guides"], 6)).unwrap();
    let kept = installed_files::kept(dir.path());
    kept.assert_tidy("after a pack of both parts");
    assert_eq!(kept.versions(), [5, 6]);
    let source = |name: &str| info.parts.iter().find(|p| p.name.id() == name).unwrap().source.clone();
    assert_eq!(
        (source("facts"), source("guides"), source("places")),
        ("pack 6".into(), "pack 6".into(), "bundled".into())
    );

    // The previous pack is what opening falls back to when the newest no longer verifies.
    let newest = dir.path().join("content/packs").join(&kept.listed[1]);
    fs::write(&newest, b"damaged").unwrap();
    assert_eq!(Werkmaat::open(dir.path(), &["en"], &[1; 32]).unwrap().info().unwrap().content.version, 5);
    // A pack of every part hides all before it: opening does not even read them.
    let profile = Werkmaat::open(dir.path(), &["en"], &[1; 32]).unwrap();
    assert_eq!(profile.install_pack(&build(&[], 7)).unwrap().version, 7);
    let kept = installed_files::kept(dir.path());
    kept.assert_tidy("after a full pack");
    assert_eq!(kept.versions(), [5, 7]);
    fs::write(dir.path().join("content/packs").join(&kept.listed[0]), b"damaged").unwrap();
    assert_eq!(Werkmaat::open(dir.path(), &["en"], &[1; 32]).unwrap().info().unwrap().content.version, 7);
}
