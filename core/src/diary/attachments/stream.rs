//! The sealed file of one attachment: its bytes encrypted in chunks with the STREAM construction
//! (`aead::stream`, big-endian 32-bit counter and last-chunk flag, over XChaCha20-Poly1305 with
//! the profile's attachment key), so writing and reading need memory for one chunk, not the file.
//!
//! Layout: `WERKMAAT-ATTACH\0` · format (1 byte, 1) · nonce prefix (19 random bytes) · chunks of
//! 64 KiB of plaintext + 16-byte tag, the last one shorter (possibly empty) and sealed as last,
//! so a file cut at a chunk boundary does not open. Every chunk's associated data is the header
//! followed by the attachment's id and the SHA-256 of its bytes (hex): a file moved to another
//! attachment, or put back for one with other bytes, does not open.

use std::{
    fs,
    io::{self, BufReader, Read, Write},
    path::Path,
};

use chacha20poly1305::{
    XChaCha20Poly1305,
    aead::{
        Payload,
        stream::{DecryptorBE32, EncryptorBE32},
    },
};
use sha2::{Digest, Sha256};

use crate::{Error, Result, files};

const MAGIC: &[u8] = b"WERKMAAT-ATTACH\0";
const FORMAT: u8 = 1;
/// XChaCha20's 24-byte nonce less STREAM's 4-byte counter and 1-byte last flag.
const NONCE_PREFIX_LEN: usize = 19;
const HEADER_LEN: usize = MAGIC.len() + 1 + NONCE_PREFIX_LEN;
/// Plaintext per chunk: large enough that the tags cost 0.02 %, small enough for any phone.
pub const CHUNK: usize = 64 * 1024;
const TAG_LEN: usize = 16;

fn associated_data(header: &[u8], id: &str, sha256: &str) -> Vec<u8> {
    [header, id.as_bytes(), b"/", sha256.as_bytes()].concat()
}

fn sealing_failed() -> io::Error {
    io::Error::other("attachment encryption failed")
}

/// Seals `bytes` into `path` (whole or not at all: `files::write_with`), for attachment `id` whose
/// bytes have the SHA-256 `sha256`.
pub fn seal(aead: &XChaCha20Poly1305, path: &Path, id: &str, sha256: &str, bytes: &[u8]) -> Result<()> {
    let mut nonce = [0u8; NONCE_PREFIX_LEN];
    getrandom::getrandom(&mut nonce).map_err(|e| Error::Io(io::Error::other(e)))?;
    let header = [MAGIC, &[FORMAT], &nonce].concat();
    let aad = associated_data(&header, id, sha256);
    files::write_with(path, files::Existing::Keep, |file| {
        file.write_all(&header)?;
        let mut encryptor = EncryptorBE32::from_aead(aead.clone(), nonce.as_slice().into());
        let mut chunks = bytes.chunks(CHUNK).peekable();
        // An empty attachment is one empty last chunk; otherwise the last chunk is sealed as last.
        let mut last: &[u8] = &[];
        while let Some(chunk) = chunks.next() {
            if chunks.peek().is_none() {
                last = chunk;
                break;
            }
            let sealed = encryptor.encrypt_next(Payload { msg: chunk, aad: &aad }).map_err(|_| sealing_failed())?;
            file.write_all(&sealed)?;
        }
        let sealed = encryptor.encrypt_last(Payload { msg: last, aad: &aad }).map_err(|_| sealing_failed())?;
        file.write_all(&sealed)
    })?;
    Ok(())
}

/// Opens the sealed file at `path` and writes its bytes to `sink` chunk by chunk. Returns the
/// number of bytes and their SHA-256 as read. A file that does not open (altered, cut short,
/// another attachment's, another key's) is `Tampered`; the sink may have had part of it by then,
/// so a caller that hands bytes on collects them first or checks before (`check`).
pub fn open(
    aead: &XChaCha20Poly1305,
    path: &Path,
    id: &str,
    sha256: &str,
    sink: &mut dyn Write,
) -> Result<(u64, String)> {
    let tampered = || Error::Tampered { place: "attachment" };
    let mut reader = BufReader::with_capacity(CHUNK + TAG_LEN, fs::File::open(path)?);
    let mut header = [0u8; HEADER_LEN];
    reader.read_exact(&mut header).map_err(|_| tampered())?;
    if !header.starts_with(MAGIC) || header[MAGIC.len()] != FORMAT {
        return Err(tampered());
    }
    let aad = associated_data(&header, id, sha256);
    let nonce = &header[MAGIC.len() + 1..];
    let mut decryptor = DecryptorBE32::from_aead(aead.clone(), nonce.into());
    let (mut hasher, mut length) = (Sha256::new(), 0u64);
    let mut chunk = Vec::with_capacity(CHUNK + TAG_LEN);
    loop {
        chunk.clear();
        (&mut reader).take((CHUNK + TAG_LEN) as u64).read_to_end(&mut chunk)?;
        // The last chunk is the one the file ends with: shorter than a full one, or full and
        // followed by nothing.
        let is_last = chunk.len() < CHUNK + TAG_LEN || io::BufRead::fill_buf(&mut reader)?.is_empty();
        if is_last {
            let plain = decryptor.decrypt_last(Payload { msg: &chunk, aad: &aad }).map_err(|_| tampered())?;
            hasher.update(&plain);
            sink.write_all(&plain)?;
            length += plain.len() as u64;
            return Ok((length, hex::encode(hasher.finalize())));
        }
        let plain = decryptor.decrypt_next(Payload { msg: &chunk, aad: &aad }).map_err(|_| tampered())?;
        hasher.update(&plain);
        sink.write_all(&plain)?;
        length += plain.len() as u64;
    }
}

/// What a check of a sealed file found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileState {
    Intact,
    Missing,
    /// It does not open, or its bytes are not the ones recorded.
    Changed,
}

/// Checks the file at `path` against the recorded size and SHA-256 without keeping its bytes.
pub fn check(aead: &XChaCha20Poly1305, path: &Path, id: &str, sha256: &str, bytes: u64) -> FileState {
    if !path.is_file() {
        return FileState::Missing;
    }
    match open(aead, path, id, sha256, &mut io::sink()) {
        Ok((length, hash)) if length == bytes && hash == sha256 => FileState::Intact,
        _ => FileState::Changed,
    }
}

#[cfg(test)]
mod tests {
    use chacha20poly1305::KeyInit;

    use super::*;

    fn aead(byte: u8) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new_from_slice(&[byte; 32]).unwrap()
    }

    fn sha(bytes: &[u8]) -> String {
        hex::encode(Sha256::digest(bytes))
    }

    fn round_trip(len: usize) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a");
        let bytes: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
        seal(&aead(1), &path, "id1", &sha(&bytes), &bytes).unwrap();
        let mut back = Vec::new();
        let (length, hash) = open(&aead(1), &path, "id1", &sha(&bytes), &mut back).unwrap();
        assert_eq!((back, length, hash), (bytes.clone(), len as u64, sha(&bytes)), "{len} bytes");
        let expected_size = HEADER_LEN + len + TAG_LEN * len.div_ceil(CHUNK).max(1);
        assert_eq!(fs::metadata(&path).unwrap().len() as usize, expected_size);
    }

    #[test]
    fn sizes_around_the_chunk_boundaries_come_back_whole() {
        for len in [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 7] {
            round_trip(len);
        }
    }

    #[test]
    fn a_file_does_not_open_for_another_attachment_key_or_hash_nor_altered_or_cut() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a");
        let bytes = vec![7u8; 2 * CHUNK + 10];
        let hash = sha(&bytes);
        seal(&aead(1), &path, "id1", &hash, &bytes).unwrap();
        let opens =
            |path: &Path, key: u8, id: &str, hash: &str| open(&aead(key), path, id, hash, &mut io::sink()).is_ok();
        assert!(opens(&path, 1, "id1", &hash));
        assert!(!opens(&path, 2, "id1", &hash), "another key");
        assert!(!opens(&path, 1, "id2", &hash), "another attachment");
        assert!(!opens(&path, 1, "id1", &sha(b"other")), "another attachment's bytes");
        let sealed = fs::read(&path).unwrap();
        let cut = dir.path().join("cut");
        for keep in [0, HEADER_LEN, HEADER_LEN + CHUNK + TAG_LEN, 2 * (CHUNK + TAG_LEN) + HEADER_LEN, sealed.len() - 1]
        {
            fs::write(&cut, &sealed[..keep]).unwrap();
            assert!(!opens(&cut, 1, "id1", &hash), "cut at {keep}");
        }
        for at in [0, HEADER_LEN - 1, HEADER_LEN, HEADER_LEN + CHUNK + 20, sealed.len() - 1] {
            let mut altered = sealed.clone();
            altered[at] ^= 1;
            fs::write(&cut, &altered).unwrap();
            assert!(!opens(&cut, 1, "id1", &hash), "byte {at} flipped");
        }
        assert_eq!(check(&aead(1), &path, "id1", &hash, bytes.len() as u64), FileState::Intact);
        assert_eq!(check(&aead(1), &cut, "id1", &hash, bytes.len() as u64), FileState::Changed);
        assert_eq!(check(&aead(1), &dir.path().join("none"), "id1", &hash, 1), FileState::Missing);
    }

    #[test]
    fn the_same_bytes_seal_differently_each_time_and_never_over_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        seal(&aead(1), &a, "id", &sha(b"x"), b"x").unwrap();
        seal(&aead(1), &b, "id", &sha(b"x"), b"x").unwrap();
        assert_ne!(fs::read(&a).unwrap(), fs::read(&b).unwrap());
        assert!(seal(&aead(1), &a, "id", &sha(b"x"), b"x").is_err(), "an existing file is kept");
    }
}
