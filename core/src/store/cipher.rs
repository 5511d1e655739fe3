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
const NONCE_LEN: usize = 24;

/// The profile's key material. Derived subkeys never leave this type; the raw key is wiped from
/// memory when the cipher is dropped.
pub struct Cipher {
    fields: XChaCha20Poly1305,
}

impl Cipher {
    /// Derives the field key from the shell's key. A key of the wrong length is refused.
    pub fn new(key: &[u8]) -> Result<Self> {
        if key.len() != KEY_LEN {
            return Err(Error::InvalidKeyLength { actual: key.len() });
        }
        let hkdf = Hkdf::<Sha256>::new(Some(b"werkmaat"), key);
        let mut field_key = Zeroizing::new([0u8; 32]);
        hkdf.expand(b"werkmaat/v1/fields", field_key.as_mut())
            .map_err(|_| Error::InvalidKeyLength { actual: key.len() })?;
        let fields = XChaCha20Poly1305::new_from_slice(field_key.as_ref())
            .map_err(|_| Error::InvalidKeyLength { actual: key.len() })?;
        Ok(Cipher { fields })
    }

    /// Encrypts `plaintext` for the place named by `aad`, with a fresh random nonce.
    pub fn seal(&self, plaintext: &[u8], aad: &str) -> Result<Vec<u8>> {
        let mut nonce = [0u8; NONCE_LEN];
        getrandom::getrandom(&mut nonce).map_err(|e| Error::Io(std::io::Error::other(e)))?;
        let ciphertext = self
            .fields
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plaintext, aad: aad.as_bytes() })
            .map_err(|_| Error::Io(std::io::Error::other("encryption failed")))?;
        let mut sealed = Vec::with_capacity(1 + NONCE_LEN + ciphertext.len());
        sealed.push(FORMAT_V1);
        sealed.extend_from_slice(&nonce);
        sealed.extend_from_slice(&ciphertext);
        Ok(sealed)
    }

    /// Decrypts a value sealed for `aad`. Any change to the bytes, the place or the key fails.
    /// `place` names the data for the error, never its content.
    pub fn open(&self, sealed: &[u8], aad: &str, place: &'static str) -> Result<Zeroizing<Vec<u8>>> {
        let tampered = || Error::Tampered { place };
        let (&version, rest) = sealed.split_first().ok_or_else(tampered)?;
        if version != FORMAT_V1 || rest.len() < NONCE_LEN {
            return Err(tampered());
        }
        let (nonce, ciphertext) = rest.split_at(NONCE_LEN);
        self.fields
            .decrypt(XNonce::from_slice(nonce), Payload { msg: ciphertext, aad: aad.as_bytes() })
            .map(Zeroizing::new)
            .map_err(|_| tampered())
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
    fn keys_of_the_wrong_length_are_refused() {
        for len in [0, 16, 31, 33, 64] {
            assert!(matches!(Cipher::new(&vec![0; len]), Err(Error::InvalidKeyLength { actual }) if actual == len));
        }
    }
}
