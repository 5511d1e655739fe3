//! Content packs: one signed file that carries some or all parts of the content.
//!
//! Layout: `WERKMAAT-PACK\0` · header length (u32, little-endian) · header (JSON: format, version,
//! created, key id, and name, size and SHA-256 of every part) · the parts, in header order · an
//! Ed25519 signature over everything before it. The reader checks, in this order: size limit,
//! layout, signature against the pinned keys (a retired key is refused by name), format version,
//! part sizes and hashes. Only then does anything parse the parts. The packs a profile has
//! installed, and installing them, are `super::installed`.

use std::{
    collections::BTreeMap,
    sync::{Arc, OnceLock},
};

use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{Content, ContentPart, PartInfo};
use crate::{Error, InputProblem, PackProblem, Result};

const MAGIC: &[u8] = b"WERKMAAT-PACK\0";
/// The pack layout this code reads.
pub const FORMAT_VERSION: u32 = 1;
/// Larger packs are refused before anything is read from them.
pub const MAX_PACK_BYTES: usize = 32 * 1024 * 1024;
const SIGNATURE_LEN: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartEntry {
    pub name: String,
    pub size: u64,
    /// Lowercase hex.
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    pub version: u64,
    /// `YYYY-MM-DD`.
    pub created: String,
    pub key_id: String,
    pub parts: Vec<PartEntry>,
}

/// A pack that passed every check.
#[derive(Debug, Clone, PartialEq)]
pub struct Pack {
    pub manifest: Manifest,
    pub parts: BTreeMap<String, Vec<u8>>,
}

pub(super) fn refused(problem: PackProblem) -> Error {
    Error::PackRefused { problem }
}

#[derive(Deserialize)]
struct KeyFile {
    trusted: Vec<KeyEntry>,
    retired: Vec<KeyEntry>,
}

#[derive(Deserialize)]
struct KeyEntry {
    id: String,
    public_key: String,
}

/// The public keys this build trusts, and those it has retired.
pub struct KeyRing {
    trusted: Vec<(String, VerifyingKey)>,
    retired: Vec<(String, VerifyingKey)>,
}

impl KeyRing {
    fn parse(text: &str) -> Option<KeyRing> {
        let file: KeyFile = serde_json::from_str(text).ok()?;
        let keys = |entries: Vec<KeyEntry>| -> Option<Vec<(String, VerifyingKey)>> {
            entries.into_iter().map(|e| Some((e.id, public_key(&e.public_key).ok()?))).collect()
        };
        Some(KeyRing { trusted: keys(file.trusted)?, retired: keys(file.retired)? })
    }

    /// The publisher keys listed in the repo (`core/content/keys.json`): all a release trusts.
    pub fn publishers() -> KeyRing {
        KeyRing::parse(include_str!("../../content/keys.json"))
            .unwrap_or(KeyRing { trusted: Vec::new(), retired: Vec::new() })
    }

    /// The keys this build trusts: the publishers', and the test keys in test builds only.
    pub fn pinned() -> &'static KeyRing {
        static PINNED: OnceLock<KeyRing> = OnceLock::new();
        PINNED.get_or_init(|| {
            let ring = KeyRing::publishers();
            #[cfg(any(test, feature = "test-keys"))]
            let ring = {
                let mut ring = ring;
                if let Some(test) = KeyRing::parse(include_str!("../../content/test-keys.json")) {
                    ring.trusted.extend(test.trusted);
                    ring.retired.extend(test.retired);
                }
                ring
            };
            ring
        })
    }

    /// A ring of one key, for a publisher checking a pack before handing it out.
    pub fn single(key: VerifyingKey) -> KeyRing {
        KeyRing { trusted: vec![("given".to_owned(), key)], retired: Vec::new() }
    }
}

/// Reads a public key written as 64 hex digits.
pub fn public_key(hex_text: &str) -> Result<VerifyingKey> {
    let bytes: [u8; 32] = hex::decode(hex_text.trim())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(Error::invalid("public_key", InputProblem::PublicKey))?;
    VerifyingKey::from_bytes(&bytes).map_err(|_| Error::invalid("public_key", InputProblem::PublicKey))
}

/// Reads a secret key written as 64 hex digits (what `keygen` writes).
pub fn secret_key(hex_text: &str) -> Result<SigningKey> {
    let bytes: [u8; 32] = hex::decode(hex_text.trim())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(Error::invalid("key", InputProblem::SecretKey))?;
    Ok(SigningKey::from_bytes(&bytes))
}

/// A new signing key from the system's random source.
pub fn generate_key() -> Result<SigningKey> {
    let mut seed = zeroize::Zeroizing::new([0u8; 32]);
    getrandom::getrandom(seed.as_mut()).map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
    Ok(SigningKey::from_bytes(&seed))
}

/// Builds and signs a pack of the given parts.
pub fn build(
    parts: &BTreeMap<String, Vec<u8>>,
    version: u64,
    created: &str,
    key_id: &str,
    key: &SigningKey,
) -> Result<Vec<u8>> {
    if parts.is_empty() || parts.keys().any(|name| ContentPart::from_id(name).is_none()) {
        return Err(Error::invalid("parts", InputProblem::PackParts));
    }
    let manifest = Manifest {
        format: FORMAT_VERSION,
        version,
        created: created.to_owned(),
        key_id: key_id.to_owned(),
        parts: parts
            .iter()
            .map(|(name, bytes)| PartEntry {
                name: name.clone(),
                size: bytes.len() as u64,
                sha256: hex::encode(Sha256::digest(bytes)),
            })
            .collect(),
    };
    Ok(sign(&manifest, parts.values().map(Vec::as_slice), key))
}

/// Lays out and signs a manifest and payload as given (tests use it to sign wrong manifests).
pub fn sign<'a>(manifest: &Manifest, payload: impl Iterator<Item = &'a [u8]>, key: &SigningKey) -> Vec<u8> {
    let header = serde_json::to_vec(manifest).unwrap_or_default();
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(header.len() as u32).to_le_bytes());
    out.extend_from_slice(&header);
    payload.for_each(|part| out.extend_from_slice(part));
    let signature = key.sign(&out);
    out.extend_from_slice(&signature.to_bytes());
    out
}

/// A short name for a key, written into the manifests it signs: the start of its public key.
pub fn key_id(key: &VerifyingKey) -> String {
    hex::encode(key.to_bytes())[..16].to_owned()
}

/// Builds a pack from content: the parts named (all when empty), each taken from `overrides`
/// when given there, else from `base`. The result must compose with the bundled content into
/// content that agrees with itself, or nothing is built.
pub fn build_from(
    base: &Content,
    names: &[ContentPart],
    overrides: &BTreeMap<ContentPart, Vec<u8>>,
    version: u64,
    created: &str,
    key: &SigningKey,
) -> Result<Vec<u8>> {
    let names = if names.is_empty() { ContentPart::ALL } else { names };
    let mut parts = BTreeMap::new();
    for name in names {
        let bytes = match overrides.get(name) {
            Some(bytes) => bytes.clone(),
            None => base.raw_part(name.id()).ok_or(Error::Content { part: "pack" })?.to_vec(),
        };
        parts.insert(name.id().to_owned(), bytes);
    }
    let bytes = build(&parts, version, created, &key_id(&key.verifying_key()), key)?;
    let pack = read(&bytes, &KeyRing::single(key.verifying_key()))?;
    compose(&[&pack]).and_then(|content| content.check()).map_err(|_| refused(PackProblem::Content))?;
    Ok(bytes)
}

/// Checks a pack completely: nothing in it is trusted before this returns `Ok`.
pub fn read(bytes: &[u8], keys: &KeyRing) -> Result<Pack> {
    if bytes.len() > MAX_PACK_BYTES {
        return Err(refused(PackProblem::Oversized));
    }
    if bytes.len() < MAGIC.len() || !bytes.starts_with(MAGIC) {
        return Err(refused(if MAGIC.starts_with(bytes) { PackProblem::Truncated } else { PackProblem::NotAPack }));
    }
    if bytes.len() < MAGIC.len() + 4 + SIGNATURE_LEN {
        return Err(refused(PackProblem::Truncated));
    }
    let (signed, signature) = bytes.split_at(bytes.len() - SIGNATURE_LEN);
    let signature = Signature::from_slice(signature).map_err(|_| refused(PackProblem::Signature))?;
    // Each try hashes the whole pack (SHA-512 over every byte), so the key the header names is
    // tried first. The header is not trusted: it only sets the order, every key is still tried.
    let named = declared_manifest(bytes).map(|m| m.key_id);
    let verified_by = |ring: &[(String, VerifyingKey)]| {
        let is_named =
            |(id, key): &&(String, VerifyingKey)| named.as_ref().is_some_and(|n| *n == *id || *n == key_id(key));
        let (first, rest): (Vec<_>, Vec<_>) = ring.iter().partition(is_named);
        first.into_iter().chain(rest).any(|(_, key)| key.verify(signed, &signature).is_ok())
    };
    if !verified_by(&keys.trusted) {
        if verified_by(&keys.retired) {
            return Err(refused(PackProblem::RetiredKey));
        }
        // Unsigned data is only read to tell a cut-off file from a forged or altered one.
        let cut_off =
            declared_manifest(bytes).and_then(|m| declared_length(bytes, &m)).is_some_and(|n| n > bytes.len());
        return Err(refused(if cut_off { PackProblem::Truncated } else { PackProblem::Signature }));
    }
    // Signed by a trusted key from here on; the checks below catch a publisher's mistakes.
    let header_len = u32::from_le_bytes(
        signed[MAGIC.len()..MAGIC.len() + 4].try_into().map_err(|_| refused(PackProblem::Truncated))?,
    ) as usize;
    let header_end = MAGIC.len() + 4 + header_len;
    let header = signed.get(MAGIC.len() + 4..header_end).ok_or(refused(PackProblem::Truncated))?;
    let manifest: Manifest = serde_json::from_slice(header).map_err(|_| refused(PackProblem::Manifest))?;
    if manifest.format != FORMAT_VERSION {
        return Err(refused(PackProblem::Format));
    }
    let mut parts = BTreeMap::new();
    let mut offset = header_end;
    for entry in &manifest.parts {
        if ContentPart::from_id(&entry.name).is_none() || parts.contains_key(&entry.name) {
            return Err(refused(PackProblem::Manifest));
        }
        let end = usize::try_from(entry.size)
            .ok()
            .and_then(|size| offset.checked_add(size))
            .ok_or(refused(PackProblem::Truncated))?;
        let bytes = signed.get(offset..end).ok_or(refused(PackProblem::Truncated))?;
        if hex::encode(Sha256::digest(bytes)) != entry.sha256 {
            return Err(refused(PackProblem::Hash));
        }
        parts.insert(entry.name.clone(), bytes.to_vec());
        offset = end;
    }
    if offset != signed.len() || parts.is_empty() {
        return Err(refused(PackProblem::Manifest));
    }
    Ok(Pack { manifest, parts })
}

/// The manifest as the (unverified) header gives it, if it reads.
fn declared_manifest(bytes: &[u8]) -> Option<Manifest> {
    let header_len = u32::from_le_bytes(bytes.get(MAGIC.len()..MAGIC.len() + 4)?.try_into().ok()?) as usize;
    let header = bytes.get(MAGIC.len() + 4..MAGIC.len() + 4 + header_len)?;
    serde_json::from_slice(header).ok()
}

/// The length an (unverified) manifest says the pack has.
fn declared_length(bytes: &[u8], manifest: &Manifest) -> Option<usize> {
    let header_len = u32::from_le_bytes(bytes.get(MAGIC.len()..MAGIC.len() + 4)?.try_into().ok()?) as usize;
    let parts = manifest.parts.iter().try_fold(0u64, |sum, p| sum.checked_add(p.size))?;
    (MAGIC.len() + 4 + header_len).checked_add(usize::try_from(parts).ok()?)?.checked_add(SIGNATURE_LEN)
}

/// The bundled content with the packs applied over it, in order.
pub(super) fn compose(packs: &[&Pack]) -> Result<Content> {
    let bundled = Content::bundled()?;
    // The bundled parts as they are kept: not `raw_part`, which would write out all ten bundled
    // locales as JSON at every open, only for `from_raw` to use the bundled ones anyway.
    let mut raw: BTreeMap<String, Vec<u8>> =
        bundled.raw.iter().map(|(name, bytes)| (name.clone(), bytes.to_vec())).collect();
    let mut sources: BTreeMap<&str, String> = ContentPart::ALL.iter().map(|p| (p.id(), "bundled".to_owned())).collect();
    let mut info = bundled.info.clone();
    for pack in packs {
        for (name, bytes) in &pack.parts {
            raw.insert(name.clone(), bytes.clone());
            sources.insert(name.as_str(), format!("pack {}", pack.manifest.version));
        }
        info.version = pack.manifest.version;
        info.created = pack.manifest.created.clone();
    }
    info.parts = ContentPart::ALL
        .iter()
        .map(|&name| PartInfo { name, source: sources.get(name.id()).cloned().unwrap_or_default() })
        .collect();
    let locales_from_pack = packs.iter().any(|p| p.parts.contains_key("locales"));
    let locales = (!locales_from_pack).then(|| Arc::clone(&bundled.locales));
    Content::from_raw(raw, info, locales)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn test_key() -> SigningKey {
        secret_key("74fcf0cad6ff624b51fec4082ed9bd4dc124d0b50783e18b211326819158ea3c").unwrap()
    }

    fn sample() -> Vec<u8> {
        let parts: BTreeMap<String, Vec<u8>> =
            [("facts".to_owned(), Content::bundled().unwrap().raw_part("facts").unwrap().to_vec())].into();
        build(&parts, 7, "2026-12-01", "test-2026", &test_key()).unwrap()
    }

    #[test]
    fn a_signed_pack_reads_back() {
        let pack = read(&sample(), KeyRing::pinned()).unwrap();
        assert_eq!(pack.manifest.version, 7);
        assert_eq!(pack.parts.keys().collect::<Vec<_>>(), ["facts"]);
    }

    #[test]
    fn the_publisher_keys_alone_do_not_trust_test_packs() {
        assert!(matches!(
            read(&sample(), &KeyRing::publishers()),
            Err(Error::PackRefused { problem: PackProblem::Signature })
        ));
        assert!(!KeyRing::publishers().trusted.is_empty(), "a release trusts at least one publisher key");
    }

    #[test]
    fn every_flipped_byte_is_refused() {
        let bytes = sample();
        for i in (0..bytes.len()).step_by(97).chain([bytes.len() - 1]) {
            let mut altered = bytes.clone();
            altered[i] ^= 0x20;
            assert!(read(&altered, KeyRing::pinned()).is_err(), "byte {i}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
            let _ = read(&bytes, KeyRing::pinned());
        }

        #[test]
        fn arbitrary_bytes_after_the_magic_never_panic(tail in proptest::collection::vec(any::<u8>(), 0..4096)) {
            let mut bytes = MAGIC.to_vec();
            bytes.extend(tail);
            prop_assert!(read(&bytes, KeyRing::pinned()).is_err());
        }

        #[test]
        fn any_cut_of_a_real_pack_is_refused(cut in 0usize..100_000) {
            let bytes = sample();
            let cut = cut % bytes.len();
            prop_assert!(read(&bytes[..cut], KeyRing::pinned()).is_err());
        }
    }
}
