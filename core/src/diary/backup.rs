//! Encrypted backups of the diary, so a user who loses a phone keeps it: the full export (every
//! revision, positions included) sealed with XChaCha20-Poly1305 under a key derived from a
//! passphrase with Argon2id. Restoring checks the passphrase, the file and the chain before it
//! writes anything, and writes everything in one transaction.
//!
//! Layout: `WERKMAAT-BACKUP\0` · format (1 byte) · Argon2id memory (KiB, u32), passes (u32),
//! lanes (u32), all little-endian · salt (16 bytes) · nonce (24 bytes) · ciphertext and tag.
//! Format 1 seals the export's JSON; format 2 (since attachments) seals the JSON's length (u64)
//! and the JSON, then each live attachment as id length (u16), id, byte count (u64), bytes. The
//! whole backup is built in memory (up to the attachments' total size, twice): a phone with many
//! large attachments needs that much free memory to make one.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::{
    XChaCha20Poly1305, XNonce,
    aead::{Aead, KeyInit, Payload},
};
use zeroize::Zeroizing;

use sha2::Digest;

use super::{Export, chain};
use crate::{Error, InputProblem, Result};

const MAGIC: &[u8] = b"WERKMAAT-BACKUP\0";
const FORMAT_EXPORT_ONLY: u8 = 1;
const FORMAT: u8 = 2;
/// Argon2id cost: 64 MiB and three passes, above the OWASP minimum and well under a second on a
/// phone from the last five years.
const MEMORY_KIB: u32 = 64 * 1024;
const PASSES: u32 = 3;
const LANES: u32 = 1;
const MIN_PASSPHRASE_CHARS: usize = 8;
const HEADER_LEN: usize = MAGIC.len() + 1 + 12 + 16 + 24;

fn derive(passphrase: &str, salt: &[u8]) -> Result<Zeroizing<[u8; 32]>> {
    let bad = || Error::invalid("file", InputProblem::Backup);
    let params = Params::new(MEMORY_KIB, PASSES, LANES, Some(32)).map_err(|_| bad())?;
    let mut key = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(passphrase.as_bytes(), salt, key.as_mut())
        .map_err(|_| bad())?;
    Ok(key)
}

/// An attachment's id and original bytes, as a backup carries them.
pub type AttachmentBytes = (String, Vec<u8>);

/// Seals an export and its attachments' bytes under a passphrase.
pub fn seal(export: &Export, attachments: &[AttachmentBytes], passphrase: &str) -> Result<Vec<u8>> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::invalid("passphrase", InputProblem::PassphraseShort));
    }
    let mut salt = [0u8; 16];
    let mut nonce = [0u8; 24];
    for buf in [&mut salt[..], &mut nonce[..]] {
        getrandom::getrandom(buf).map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
    }
    let key = derive(passphrase, &salt)?;
    let mut header = MAGIC.to_vec();
    header.push(FORMAT);
    for value in [MEMORY_KIB, PASSES, LANES] {
        header.extend_from_slice(&value.to_le_bytes());
    }
    header.extend_from_slice(&salt);
    header.extend_from_slice(&nonce);
    let json = Zeroizing::new(serde_json::to_vec(export)?);
    let total: usize = attachments.iter().map(|(id, bytes)| 10 + id.len() + bytes.len()).sum();
    let mut plain = Zeroizing::new(Vec::with_capacity(8 + json.len() + total));
    plain.extend_from_slice(&(json.len() as u64).to_le_bytes());
    plain.extend_from_slice(&json);
    for (id, bytes) in attachments {
        plain.extend_from_slice(&(id.len() as u16).to_le_bytes());
        plain.extend_from_slice(id.as_bytes());
        plain.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
        plain.extend_from_slice(bytes);
    }
    let cipher = XChaCha20Poly1305::new_from_slice(key.as_ref())
        .map_err(|_| Error::invalid("passphrase", InputProblem::Passphrase))?;
    let sealed = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: &plain, aad: &header })
        .map_err(|_| Error::Io(std::io::Error::other("encryption failed")))?;
    header.extend_from_slice(&sealed);
    Ok(header)
}

/// A backup opened: the export, its verification, and the attachments' bytes by id.
pub type Opened = (Export, chain::Verification, Vec<AttachmentBytes>);

/// Splits format 2's plaintext into the export's JSON and the attachments.
fn split(plain: &[u8]) -> Option<(&[u8], Vec<AttachmentBytes>)> {
    fn take<'a>(rest: &mut &'a [u8], n: usize) -> Option<&'a [u8]> {
        let (head, tail) = rest.split_at_checked(n)?;
        *rest = tail;
        Some(head)
    }
    let mut rest = plain;
    let json_len = usize::try_from(u64::from_le_bytes(take(&mut rest, 8)?.try_into().ok()?)).ok()?;
    let json = take(&mut rest, json_len)?;
    let mut attachments = Vec::new();
    while !rest.is_empty() {
        let id_len = u16::from_le_bytes(take(&mut rest, 2)?.try_into().ok()?) as usize;
        let id = String::from_utf8(take(&mut rest, id_len)?.to_vec()).ok()?;
        let len = usize::try_from(u64::from_le_bytes(take(&mut rest, 8)?.try_into().ok()?)).ok()?;
        attachments.push((id, take(&mut rest, len)?.to_vec()));
    }
    Some((json, attachments))
}

/// Opens a backup: a wrong passphrase, a cut-off or altered file, a chain that does not hold, or
/// a live attachment whose bytes are missing or not the ones the chain recorded, is an error,
/// and nothing is returned to import.
pub fn open(bytes: &[u8], passphrase: &str) -> Result<Opened> {
    let bad = || Error::invalid("file", InputProblem::Backup);
    let format = bytes.get(MAGIC.len()).copied();
    if bytes.len() < HEADER_LEN + 16
        || !bytes.starts_with(MAGIC)
        || !matches!(format, Some(FORMAT_EXPORT_ONLY | FORMAT))
    {
        return Err(bad());
    }
    let number =
        |at: usize| bytes.get(at..at + 4).and_then(|b| b.try_into().ok()).map(u32::from_le_bytes).ok_or_else(bad);
    let base = MAGIC.len() + 1;
    // Only the costs this code writes are accepted: a forged header cannot make the phone spend
    // more memory or time than a real backup does (the header is still in the tag, below).
    if (number(base)?, number(base + 4)?, number(base + 8)?) != (MEMORY_KIB, PASSES, LANES) {
        return Err(bad());
    }
    let salt = &bytes[base + 12..base + 28];
    let nonce = &bytes[base + 28..HEADER_LEN];
    let key = derive(passphrase, salt)?;
    let cipher = XChaCha20Poly1305::new_from_slice(key.as_ref()).map_err(|_| bad())?;
    // The tag covers the header too: a changed cost or salt fails like a changed byte of data.
    let plain = cipher
        .decrypt(XNonce::from_slice(nonce), Payload { msg: &bytes[HEADER_LEN..], aad: &bytes[..HEADER_LEN] })
        .map(Zeroizing::new)
        .map_err(|_| Error::invalid("passphrase", InputProblem::Passphrase))?;
    let (json, attachments) = match format {
        Some(FORMAT) => split(&plain).ok_or_else(bad)?,
        _ => (&plain[..], Vec::new()),
    };
    let export: Export = serde_json::from_slice(json).map_err(|_| bad())?;
    let check = export.verify(None, &[]);
    if !check.holds_but_damaged() {
        return Err(bad());
    }
    for attachment in export.revisions.iter().filter_map(super::Attachment::of) {
        let carried = attachments.iter().find(|(id, _)| *id == attachment.id);
        if carried.is_none_or(|(_, bytes)| hex::encode(sha2::Sha256::digest(bytes)) != attachment.sha256) {
            return Err(bad());
        }
    }
    Ok((export, check, attachments))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn arbitrary_bytes_are_refused_without_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..1024)) {
            prop_assert!(open(&bytes, "correct horse battery").is_err());
        }
    }

    fn header(memory: u32, passes: u32, lanes: u32) -> Vec<u8> {
        let mut bytes = MAGIC.to_vec();
        bytes.push(FORMAT);
        for value in [memory, passes, lanes] {
            bytes.extend_from_slice(&value.to_le_bytes());
        }
        bytes
    }

    #[test]
    fn a_header_asking_for_another_cost_is_refused_before_any_hashing() {
        let export = Export {
            format: "werkmaat-diary".to_owned(),
            version: 1,
            exported_at: chrono::DateTime::UNIX_EPOCH,
            head: chain::GENESIS.to_owned(),
            revisions: Vec::new(),
            damaged: Vec::new(),
            anchors: Vec::new(),
            attachments: Vec::new(),
        };
        let sealed = seal(&export, &[], "correct horse battery").unwrap();
        assert!(open(&sealed, "correct horse battery").is_ok());
        for (memory, passes, lanes) in [(256 * 1024, 10, 4), (u32::MAX, u32::MAX, u32::MAX), (8 * 1024, 1, 1)] {
            let mut forged = header(memory, passes, lanes);
            forged.extend_from_slice(&sealed[forged.len()..]);
            // Refused as a bad file by the cost check; had it been hashed, the tag (which covers
            // the header) would have failed as a wrong passphrase instead.
            assert!(matches!(open(&forged, "correct horse battery"), Err(Error::InvalidInput { field: "file", .. })));
        }
    }

    proptest! {
        // Each case runs Argon2id at the real cost, so few cases.
        #![proptest_config(ProptestConfig::with_cases(10))]

        #[test]
        fn a_valid_header_with_arbitrary_contents_is_refused(tail in proptest::collection::vec(any::<u8>(), 40..600)) {
            let mut bytes = MAGIC.to_vec();
            bytes.push(FORMAT);
            for value in [MEMORY_KIB, PASSES, LANES] {
                bytes.extend_from_slice(&value.to_le_bytes());
            }
            bytes.extend(tail);
            prop_assert!(open(&bytes, "correct horse battery").is_err());
        }
    }
}
