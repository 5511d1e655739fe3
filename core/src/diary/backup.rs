//! Encrypted backups of the diary, so a user who loses a phone keeps it: the full export (every
//! revision, positions included) sealed with XChaCha20-Poly1305 under a key derived from a
//! passphrase with Argon2id. Restoring checks the passphrase, the file and the chain before it
//! writes anything, and writes everything in one transaction.
//!
//! Layout: `WERKMAAT-BACKUP\0` · format (1 byte) · Argon2id memory (KiB, u32), passes (u32),
//! lanes (u32), all little-endian · salt (16 bytes) · nonce (24 bytes) · ciphertext and tag.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::{
    XChaCha20Poly1305, XNonce,
    aead::{Aead, KeyInit, Payload},
};
use zeroize::Zeroizing;

use super::{Export, chain};
use crate::{Error, InputProblem, Result};

const MAGIC: &[u8] = b"WERKMAAT-BACKUP\0";
const FORMAT: u8 = 1;
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

/// Seals an export under a passphrase.
pub fn seal(export: &Export, passphrase: &str) -> Result<Vec<u8>> {
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
    let plain = Zeroizing::new(serde_json::to_vec(export)?);
    let cipher = XChaCha20Poly1305::new_from_slice(key.as_ref())
        .map_err(|_| Error::invalid("passphrase", InputProblem::Passphrase))?;
    let sealed = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: &plain, aad: &header })
        .map_err(|_| Error::Io(std::io::Error::other("encryption failed")))?;
    header.extend_from_slice(&sealed);
    Ok(header)
}

/// Opens a backup: a wrong passphrase, a cut-off or altered file, or a chain that does not hold
/// is an error, and nothing is returned to import. Returns the export and its verification.
pub fn open(bytes: &[u8], passphrase: &str) -> Result<(Export, chain::Verification)> {
    let bad = || Error::invalid("file", InputProblem::Backup);
    if bytes.len() < HEADER_LEN + 16 || !bytes.starts_with(MAGIC) || bytes[MAGIC.len()] != FORMAT {
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
    let export: Export = serde_json::from_slice(&plain).map_err(|_| bad())?;
    let check = export.verify(None, &[]);
    if !check.holds_but_damaged() {
        return Err(bad());
    }
    Ok((export, check))
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
        };
        let sealed = seal(&export, "correct horse battery").unwrap();
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
