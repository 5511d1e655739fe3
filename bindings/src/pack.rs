//! Tools for the people who publish content packs: make a key, build and sign a pack from the
//! content built into this library (with parts replaced from files), and check a pack against a
//! given public key. Installing is on `Werkmaat`.

use std::collections::{BTreeMap, HashMap};

use werkmaat_core::{
    self as core,
    content::{Content, pack},
};

use crate::error::{ApiResult, without_profile};

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
    pub created: String,
    pub key_id: String,
    pub parts: Vec<String>,
}

/// The parts content is made of, in the order they depend on each other: what a pack can carry.
#[uniffi::export]
pub fn content_parts() -> Vec<String> {
    core::content::PARTS.iter().map(|part| (*part).to_owned()).collect()
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
    created: String,
    parts: Vec<String>,
    overrides: HashMap<String, Vec<u8>>,
) -> ApiResult<Vec<u8>> {
    let key = without_profile(pack::secret_key(&secret_key))?;
    without_profile(core::calendar::parse_date("created", &created))?;
    let base = without_profile(Content::bundled())?;
    let overrides: BTreeMap<String, Vec<u8>> = overrides.into_iter().collect();
    without_profile(pack::build_from(&base, &parts, &overrides, version, &created, &key))
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
