//! Field encryption: every sensitive value is sealed with XChaCha20-Poly1305 before it reaches
//! SQLite, under a key derived from the 32-byte key the shell keeps in the platform keystore.
//!
//! Why fields and not SQLCipher: see ARCHITECTURE.md ("Encryption at rest"). In short: the
//! vendored SQLCipher + OpenSSL alone would blow the 5 MiB library budget, and field encryption
//! is what application-services' logins and matrix' store cipher do.
//!
//! A sealed value is `version (1 byte) || nonce (24 bytes) || ciphertext+tag`. The associated data
//! names the place the value belongs to (table, column, row id), so a value copied to another
//! row or table does not decrypt there.
//!
//! Version 2 pads before it encrypts: the plaintext is `length (u32, little-endian) || value ||
//! zeros` up to a size bucket (1 KiB, then powers of two up to 64 KiB, then multiples of 64 KiB),
//! so the size of a row no longer tells the length of a note, whether a position is attached, or
//! an entry's kind. The version byte is part of the associated data, so a value cannot be passed
//! off as another version. Version 1 values (unpadded) still open.

use chacha20poly1305::{
    XChaCha20Poly1305, XNonce,
    aead::{Aead, KeyInit, Payload},
};
use hkdf::Hkdf;
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::{Error, Result};

/// Length of the key the shell provides.
pub const KEY_LEN: usize = 32;
const FORMAT_V1: u8 = 1;
const FORMAT_V2: u8 = 2;
const NONCE_LEN: usize = 24;
const LENGTH_LEN: usize = 4;
const SMALLEST_BUCKET: usize = 1024;
const LARGE_STEP: usize = 64 * 1024;

/// The padded size of a value of `len` bytes (with its length prefix).
fn bucket(len: usize) -> usize {
    let needed = len + LENGTH_LEN;
    if needed <= SMALLEST_BUCKET {
        SMALLEST_BUCKET
    } else if needed <= LARGE_STEP {
        needed.next_power_of_two()
    } else {
        needed.div_ceil(LARGE_STEP) * LARGE_STEP
    }
}

/// The associated data of a version 2 value: its version, then the place.
fn aad_v2(aad: &str) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(aad.len() + 1);
    bytes.push(FORMAT_V2);
    bytes.extend_from_slice(aad.as_bytes());
    bytes
}

/// The profile's key material. Derived subkeys never leave this type; the raw key is wiped from
/// memory when the cipher is dropped.
pub struct Cipher {
    fields: XChaCha20Poly1305,
    /// The key of attachment files (`diary::attachments::stream`), its own HKDF label so a field
    /// and a file never share a key.
    attachments: XChaCha20Poly1305,
}

impl Cipher {
    /// Derives the field key from the shell's key. A key of the wrong length is refused.
    pub fn new(key: &[u8]) -> Result<Self> {
        if key.len() != KEY_LEN {
            return Err(Error::InvalidKeyLength { actual: key.len() });
        }
        let hkdf = Hkdf::<Sha256>::new(Some(b"werkmaat"), key);
        let derive = |label: &[u8]| {
            let mut derived = Zeroizing::new([0u8; 32]);
            hkdf.expand(label, derived.as_mut()).map_err(|_| Error::InvalidKeyLength { actual: key.len() })?;
            XChaCha20Poly1305::new_from_slice(derived.as_ref())
                .map_err(|_| Error::InvalidKeyLength { actual: key.len() })
        };
        Ok(Cipher { fields: derive(b"werkmaat/v1/fields")?, attachments: derive(b"werkmaat/v1/attachments")? })
    }

    /// The AEAD that seals attachment files in chunks (the STREAM construction on top of it).
    pub(crate) fn attachments(&self) -> &XChaCha20Poly1305 {
        &self.attachments
    }

    /// Pads `plaintext` to its size bucket and encrypts it for the place named by `aad`, with a
    /// fresh random nonce.
    pub fn seal(&self, plaintext: &[u8], aad: &str) -> Result<Vec<u8>> {
        let length = u32::try_from(plaintext.len()).map_err(|_| Error::Io(std::io::Error::other("value too large")))?;
        let mut padded = Zeroizing::new(Vec::with_capacity(bucket(plaintext.len())));
        padded.extend_from_slice(&length.to_le_bytes());
        padded.extend_from_slice(plaintext);
        padded.resize(bucket(plaintext.len()), 0);
        let mut nonce = [0u8; NONCE_LEN];
        getrandom::getrandom(&mut nonce).map_err(|e| Error::Io(std::io::Error::other(e)))?;
        let ciphertext = self
            .fields
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: &padded, aad: &aad_v2(aad) })
            .map_err(|_| Error::Io(std::io::Error::other("encryption failed")))?;
        let mut sealed = Vec::with_capacity(1 + NONCE_LEN + ciphertext.len());
        sealed.push(FORMAT_V2);
        sealed.extend_from_slice(&nonce);
        sealed.extend_from_slice(&ciphertext);
        Ok(sealed)
    }

    /// Decrypts a value sealed for `aad`. Any change to the bytes, the place or the key fails.
    /// `place` names the data for the error, never its content.
    pub fn open(&self, sealed: &[u8], aad: &str, place: &'static str) -> Result<Zeroizing<Vec<u8>>> {
        let tampered = || Error::Tampered { place };
        let (&version, rest) = sealed.split_first().ok_or_else(tampered)?;
        if rest.len() < NONCE_LEN {
            return Err(tampered());
        }
        let (nonce, ciphertext) = rest.split_at(NONCE_LEN);
        let decrypt = |aad: &[u8]| {
            self.fields
                .decrypt(XNonce::from_slice(nonce), Payload { msg: ciphertext, aad })
                .map(Zeroizing::new)
                .map_err(|_| tampered())
        };
        match version {
            FORMAT_V1 => decrypt(aad.as_bytes()),
            FORMAT_V2 => {
                let padded = decrypt(&aad_v2(aad))?;
                let (length, rest) = padded.split_at_checked(LENGTH_LEN).ok_or_else(tampered)?;
                let length = u32::from_le_bytes(length.try_into().map_err(|_| tampered())?) as usize;
                let value = rest.get(..length).ok_or_else(tampered)?;
                Ok(Zeroizing::new(value.to_vec()))
            }
            _ => Err(tampered()),
        }
    }

    /// Seals in the unpadded version 1 format, as profiles written before padding hold it.
    #[cfg(test)]
    pub(crate) fn seal_v1(&self, plaintext: &[u8], aad: &str) -> Result<Vec<u8>> {
        let nonce = [9u8; NONCE_LEN];
        let ciphertext = self
            .fields
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plaintext, aad: aad.as_bytes() })
            .map_err(|_| Error::Io(std::io::Error::other("encryption failed")))?;
        Ok([&[FORMAT_V1][..], &nonce, &ciphertext].concat())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_with_the_same_key_and_place() {
        let cipher = Cipher::new(&[7; 32]).unwrap();
        let sealed = cipher.seal(b"secret note", "t/c/1").unwrap();
        assert_eq!(cipher.open(&sealed, "t/c/1", "test").unwrap().as_slice(), b"secret note");
        assert!(matches!(cipher.open(&sealed, "t/c/2", "test"), Err(Error::Tampered { .. })));
        let other = Cipher::new(&[8; 32]).unwrap();
        assert!(matches!(other.open(&sealed, "t/c/1", "test"), Err(Error::Tampered { .. })));
    }

    #[test]
    fn every_flipped_byte_is_detected() {
        let cipher = Cipher::new(&[1; 32]).unwrap();
        let sealed = cipher.seal(b"abc", "x").unwrap();
        for i in 0..sealed.len() {
            let mut altered = sealed.clone();
            altered[i] ^= 0x01;
            assert!(cipher.open(&altered, "x", "test").is_err(), "byte {i}");
        }
        assert!(cipher.open(&sealed[..10], "x", "test").is_err());
        assert!(cipher.open(&[], "x", "test").is_err());
    }

    #[test]
    fn the_same_text_seals_differently_each_time() {
        let cipher = Cipher::new(&[2; 32]).unwrap();
        assert_ne!(cipher.seal(b"same", "x").unwrap(), cipher.seal(b"same", "x").unwrap());
    }

    #[test]
    fn sizes_hide_lengths_within_a_bucket() {
        let cipher = Cipher::new(&[4; 32]).unwrap();
        let sizes: Vec<usize> =
            [0, 1, 200, 700, 1020].iter().map(|&n| cipher.seal(&vec![b'a'; n], "x").unwrap().len()).collect();
        assert!(sizes.windows(2).all(|w| w[0] == w[1]), "{sizes:?}");
        assert!(cipher.seal(&vec![b'a'; 1021], "x").unwrap().len() > sizes[0]);
        for n in [0, 5, 1020, 1021, 5000, 70_000] {
            let value = vec![b'z'; n];
            assert_eq!(cipher.open(&cipher.seal(&value, "x").unwrap(), "x", "test").unwrap().as_slice(), value);
        }
        assert_eq!(bucket(70_000), 128 * 1024);
    }

    #[test]
    fn unpadded_values_of_older_profiles_still_open_and_versions_cannot_be_swapped() {
        let cipher = Cipher::new(&[5; 32]).unwrap();
        let old = cipher.seal_v1(b"old note", "t/c/1").unwrap();
        assert_eq!(cipher.open(&old, "t/c/1", "test").unwrap().as_slice(), b"old note");
        let mut new = cipher.seal(b"new note", "t/c/1").unwrap();
        new[0] = FORMAT_V1;
        assert!(cipher.open(&new, "t/c/1", "test").is_err());
    }

    #[test]
    fn keys_of_the_wrong_length_are_refused() {
        for len in [0, 16, 31, 33, 64] {
            assert!(matches!(Cipher::new(&vec![0; len]), Err(Error::InvalidKeyLength { actual }) if actual == len));
        }
    }
}
