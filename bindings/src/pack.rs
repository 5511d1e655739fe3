//! Tools for the people who publish content packs: make a key, build and sign a pack from the
//! content built into this library (with parts replaced from files), and check a pack against a
//! given public key. Installing is on `Werkmaat`.

use std::collections::{BTreeMap, HashMap};

use werkmaat_core::{
    self as core,
    content::{Content, pack},
    l10n::Localizer,
};

use crate::error::{ApiError, ApiResult};

fn api<T>(result: core::Result<T>) -> ApiResult<T> {
    result.map_err(|error| ApiError::new(error, &Localizer::negotiate::<&str>(&[])))
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
    let key = api(pack::generate_key())?;
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
    let key = api(pack::secret_key(&secret_key))?;
    api(core::calendar::parse_date("created", &created))?;
    let base = api(Content::bundled())?;
    let overrides: BTreeMap<String, Vec<u8>> = overrides.into_iter().collect();
    api(pack::build_from(&base, &parts, &overrides, version, &created, &key))
}

/// Checks a pack against one public key, as a publisher does before handing it out.
#[uniffi::export]
pub fn pack_verify(bytes: Vec<u8>, public_key: String) -> ApiResult<PackSummary> {
    let key = api(pack::public_key(&public_key))?;
    let pack = api(pack::read(&bytes, &pack::KeyRing::single(key)))?;
    Ok(PackSummary {
        format: pack.manifest.format,
        version: pack.manifest.version,
        created: pack.manifest.created,
        key_id: pack.manifest.key_id,
        parts: pack.manifest.parts.into_iter().map(|p| p.name).collect(),
    })
}
