//! Tools for the people who publish content packs: make a key, build and sign a pack from the
//! content built into this library (with parts replaced from files), and check a pack against a
//! given public key. Installing is on `Werkmaat`.

use std::collections::{BTreeMap, HashMap};

pub use werkmaat_core::content::ContentPart;
use werkmaat_core::content::{Content, pack};

use crate::{
    error::{ApiResult, without_profile},
    time::LocalDate,
};

/// A part of the content, what a pack can carry (the core's type).
#[uniffi::remote(Enum)]
pub enum ContentPart {
    Locales,
    Facts,
    Guides,
    Phrases,
    Checklist,
    Places,
    Diary,
    Advisers,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PackKeyPair {
    /// 64 hex digits. Keep it secret: whoever has it can sign content.
    pub secret_key: String,
    /// 64 hex digits, for `core/content/keys.json`.
    pub public_key: String,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PackSummary {
    pub format: u32,
    pub version: u64,
    /// `YYYY-MM-DD`, as the signed manifest says.
    pub created: String,
    pub key_id: String,
    /// The parts' names as the manifest lists them.
    pub parts: Vec<String>,
}

/// The parts content is made of, in the order they depend on each other: what a pack can carry.
#[uniffi::export]
pub fn content_parts() -> Vec<ContentPart> {
    ContentPart::ALL.to_vec()
}

/// A new key pair for signing packs.
#[uniffi::export]
pub fn pack_keygen() -> ApiResult<PackKeyPair> {
    let key = without_profile(pack::generate_key())?;
    Ok(PackKeyPair { secret_key: hex::encode(key.to_bytes()), public_key: hex::encode(key.verifying_key().to_bytes()) })
}

/// Builds and signs a pack of the named parts (all when empty) of the built-in content, each part
/// replaced by the bytes in `overrides` when given there.
#[uniffi::export]
pub fn pack_build(
    secret_key: String,
    version: u64,
    created: LocalDate,
    parts: Vec<ContentPart>,
    overrides: HashMap<ContentPart, Vec<u8>>,
) -> ApiResult<Vec<u8>> {
    let key = without_profile(pack::secret_key(&secret_key))?;
    let base = without_profile(Content::bundled())?;
    let overrides: BTreeMap<ContentPart, Vec<u8>> = overrides.into_iter().collect();
    without_profile(pack::build_from(&base, &parts, &overrides, version, &day(created), &key))
}

/// A pack's creation day as its manifest writes it.
fn day(created: LocalDate) -> String {
    created.format("%Y-%m-%d").to_string()
}

/// Checks a pack against one public key, as a publisher does before handing it out.
#[uniffi::export]
pub fn pack_verify(bytes: Vec<u8>, public_key: String) -> ApiResult<PackSummary> {
    let key = without_profile(pack::public_key(&public_key))?;
    let pack = without_profile(pack::read(&bytes, &pack::KeyRing::single(key)))?;
    Ok(PackSummary {
        format: pack.manifest.format,
        version: pack.manifest.version,
        created: pack.manifest.created,
        key_id: pack.manifest.key_id,
        parts: pack.manifest.parts.into_iter().map(|p| p.name).collect(),
    })
}

/// A places pack built from an OpenStreetMap extract, and what went into it.
#[cfg(feature = "osm-extract")]
#[derive(Debug, Clone, PartialEq)]
pub struct OsmPlacesPack {
    /// The signed pack.
    pub bytes: Vec<u8>,
    /// Places taken from the extract, by kind (`gp`, `gp_post`, `pharmacy`, `emergency`; every
    /// kind present, 0 when none).
    pub places: BTreeMap<werkmaat_core::care::PlaceKind, u64>,
    /// Health objects in the extract that were not kept, and why.
    pub skipped: u64,
    pub skipped_by_reason: BTreeMap<String, u64>,
    /// The attribution the pack carries with its places.
    pub attribution: String,
}

/// Builds and signs a `places` pack from an OpenStreetMap extract (`.osm.pbf` or `.osm` XML, told
/// apart by content): the built-in places with the extract's GPs, out-of-hours posts, pharmacies
/// and emergency departments added, classified as the Overpass import does. For publishers only:
/// Rust API, not exported to shells, and compiled only with the `osm-extract` feature.
#[cfg(feature = "osm-extract")]
pub fn pack_places_from_osm(
    extract_path: &std::path::Path,
    secret_key: String,
    version: u64,
    created: LocalDate,
) -> ApiResult<OsmPlacesPack> {
    use werkmaat_core::care::{PlaceKind, extract};

    let key = without_profile(pack::secret_key(&secret_key))?;
    let created = day(created);
    let extract = without_profile(extract::read(extract_path, &created))?;
    let base = without_profile(Content::bundled())?;
    let bundled_places = base.raw_part(ContentPart::Places.id()).unwrap_or_default();
    let places = PlaceKind::ALL
        .iter()
        .map(|kind| (*kind, extract.places.iter().filter(|p| p.kind == *kind).count() as u64))
        .collect();
    let (skipped, attribution) = (extract.report.skipped as u64, extract.attribution());
    let skipped_by_reason = extract.report.skipped_by_reason.iter().map(|(k, v)| (k.clone(), *v as u64)).collect();
    let part = without_profile(extract::places_part(bundled_places, extract))?;
    let overrides = BTreeMap::from([(ContentPart::Places, part)]);
    let bytes = without_profile(pack::build_from(&base, &[ContentPart::Places], &overrides, version, &created, &key))?;
    Ok(OsmPlacesPack { bytes, places, skipped, skipped_by_reason, attribution })
}
