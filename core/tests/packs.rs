//! Content packs end to end: a valid update changes what the guides show; every kind of bad pack
//! is refused with its own reason and changes nothing; rollback returns to the bundled content.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

use std::{collections::BTreeMap, fs, path::Path};

use chrono::NaiveDate;
use werkmaat_core::{
    Error, Werkmaat,
    content::{
        Content,
        pack::{self, Manifest, PartEntry},
    },
};

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
    let source = |name: &str| info.parts.iter().find(|p| p.name == name).unwrap().source.clone();
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
    assert!(matches!(profile.install_pack(&broken), Err(Error::PackRefused { problem: "content" })));
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
            Err(Error::PackRefused { problem }) => assert_eq!(problem, expected),
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
    assert!(matches!(pack::read(&bytes, &other), Err(Error::PackRefused { problem: "signature" })));
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
