//! The archive inside a share: a tar file (readable by `tar`, 7-Zip and every desktop's archive
//! tool) with a README first, then the diary export, the report and the attachments, and
//! `MANIFEST.json` last, which lists every file with its size and SHA-256 (computed as the file
//! streams through), and for an attachment the hash of the original the chain records.
//!
//! Nothing is held whole: each file is copied through in small buffers. The tar is then padded
//! with zero bytes (which tar readers skip after the end-of-archive blocks) to a size bucket, so
//! the encrypted file's size says little about what is inside (`padded_size`).

use std::io::{self, Read, Write};

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::diary::{Attachment, AttachmentKind, MediaType};
use sha2::{Digest, Sha256};

/// Smallest padded archive: a share of a short diary looks like any other short share.
const MIN_SIZE: u64 = 64 * 1024;

/// The size an archive of `len` bytes is padded to: at least 64 KiB, and above that the Padmé
/// rule (Nikitin et al., "Reducing metadata leakage from encrypted files and communication with
/// PURBs", PETS 2019): keep the top ⌊log2 ⌊log2 len⌋⌋ + 1 bits of the length and round the rest
/// up. That costs at most 12% (on average far less) and leaves only O(log log len) bits of the
/// length visible, where a power-of-two bucket would cost up to 100% for a share with photos.
/// Every result is a multiple of 512, tar's block size.
pub fn padded_size(len: u64) -> u64 {
    if len <= MIN_SIZE {
        return MIN_SIZE;
    }
    let e = 63 - u64::from(len.leading_zeros());
    let s = 64 - u64::from(e.leading_zeros());
    let mask = (1u64 << (e - s)) - 1;
    (len + mask) & !mask
}

/// One line of `MANIFEST.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ManifestFile {
    pub name: String,
    pub bytes: u64,
    pub sha256: String,
    /// For an attachment: what the diary's chain records of the original.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub original: Option<Original>,
}

/// An attachment as the chain records it, and what was done to the copy in the archive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Original {
    pub attachment_id: String,
    pub entry_id: String,
    pub kind: AttachmentKind,
    pub media_type: MediaType,
    /// The SHA-256 of the original. It differs from the copy's `sha256` when location data was
    /// removed from the copy.
    pub original_sha256: String,
    /// Whether location data (EXIF GPS, XMP) was removed from this copy.
    pub location_removed: bool,
}

impl Original {
    pub fn of(attachment: &Attachment, location_removed: bool) -> Original {
        Original {
            attachment_id: attachment.id.clone(),
            entry_id: attachment.entry_id.clone(),
            kind: attachment.kind,
            media_type: attachment.media_type,
            original_sha256: attachment.sha256.clone(),
            location_removed,
        }
    }
}

#[derive(Serialize)]
struct Manifest<'a> {
    format: &'static str,
    version: u32,
    files: &'a [ManifestFile],
    /// Attachments not in the archive: HEIC photos shared without location, which cannot lose it.
    #[serde(skip_serializing_if = "<[Original]>::is_empty")]
    left_out: &'a [Original],
}

/// Counts what reaches the writer under it, for the padding.
struct Counting<W> {
    inner: W,
    written: u64,
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Hashes what is read through it.
struct Hashing<R> {
    inner: R,
    hash: Sha256,
    read: u64,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        self.read += n as u64;
        Ok(n)
    }
}

/// Writes the archive into `W` one file at a time.
pub struct Packer<W: Write> {
    tar: tar::Builder<Counting<W>>,
    files: Vec<ManifestFile>,
    left_out: Vec<Original>,
    mtime: u64,
}

impl<W: Write> Packer<W> {
    /// Every file gets the share's time, mode 0644 and no owner: nothing of the phone shows.
    pub fn new(out: W, made_at: DateTime<Utc>) -> Self {
        let mut tar = tar::Builder::new(Counting { inner: out, written: 0 });
        tar.mode(tar::HeaderMode::Deterministic);
        Packer { tar, files: Vec::new(), left_out: Vec::new(), mtime: made_at.timestamp().max(0) as u64 }
    }

    /// Adds a file of `size` bytes read from `reader`. A reader that gives fewer or more bytes
    /// than `size` fails the share rather than leave a file that does not match its header.
    pub fn add(&mut self, name: &str, size: u64, reader: impl Read, original: Option<Original>) -> io::Result<()> {
        let mut header = tar::Header::new_ustar();
        header.set_size(size);
        header.set_mode(0o644);
        header.set_mtime(self.mtime);
        header.set_entry_type(tar::EntryType::Regular);
        let mut hashing = Hashing { inner: reader.take(size), hash: Sha256::new(), read: 0 };
        self.tar.append_data(&mut header, name, &mut hashing)?;
        let mut rest = [0u8; 1];
        if hashing.read != size || hashing.inner.into_inner().read(&mut rest)? != 0 {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "attachment size changed while sharing"));
        }
        let sha256 = hex::encode(hashing.hash.finalize());
        self.files.push(ManifestFile { name: name.to_owned(), bytes: size, sha256, original });
        Ok(())
    }

    /// Names in the manifest an attachment that is not in the archive.
    pub fn leave_out(&mut self, original: Original) {
        self.left_out.push(original);
    }

    /// Adds a file held in memory (the README, the export, the report).
    pub fn add_bytes(&mut self, name: &str, bytes: &[u8]) -> io::Result<()> {
        self.add(name, bytes.len() as u64, bytes, None)
    }

    /// Adds `MANIFEST.json`, ends the tar, pads it and gives back the writer and the manifest.
    pub fn finish(mut self) -> io::Result<(W, Vec<ManifestFile>)> {
        let manifest = Manifest { format: "werkmaat-share", version: 1, files: &self.files, left_out: &self.left_out };
        let json = serde_json::to_vec_pretty(&manifest)?;
        let mut header = tar::Header::new_ustar();
        header.set_size(json.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(self.mtime);
        self.tar.append_data(&mut header, MANIFEST, json.as_slice())?;
        let mut counting = self.tar.into_inner()?;
        let padding = padded_size(counting.written) - counting.written;
        io::copy(&mut io::repeat(0).take(padding), &mut counting)?;
        Ok((counting.inner, self.files))
    }
}

pub const MANIFEST: &str = "MANIFEST.json";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padding_hides_small_differences_and_costs_little() {
        assert_eq!(padded_size(1), MIN_SIZE);
        assert_eq!(padded_size(MIN_SIZE), MIN_SIZE);
        for len in [MIN_SIZE + 1, 1_000_000, 3_333_333, 150_000_000, 1 << 33] {
            let padded = padded_size(len);
            assert!(padded >= len && padded.is_multiple_of(512), "{len} -> {padded}");
            assert!((padded - len) as f64 <= len as f64 * 0.12, "{len} -> {padded}");
        }
        // Two archives a few kilobytes apart come out the same size.
        assert_eq!(padded_size(1_000_000), padded_size(1_010_000));
    }

    #[test]
    fn the_archive_lists_every_file_with_its_hash_and_is_padded() {
        let made_at = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let mut packer = Packer::new(Vec::new(), made_at);
        packer.add_bytes("README.txt", b"read me").unwrap();
        packer.add("attachments/a.jpg", 3, &b"abc"[..], None).unwrap();
        let (bytes, files) = packer.finish().unwrap();
        assert_eq!(bytes.len() as u64, MIN_SIZE);
        assert_eq!(files[1].sha256, hex::encode(Sha256::digest(b"abc")));
        let mut archive = tar::Archive::new(bytes.as_slice());
        let names: Vec<String> =
            archive.entries().unwrap().map(|e| e.unwrap().path().unwrap().display().to_string()).collect();
        assert_eq!(names, ["README.txt", "attachments/a.jpg", "MANIFEST.json"]);
    }

    #[test]
    fn a_reader_shorter_than_its_size_fails_the_archive() {
        let mut packer = Packer::new(Vec::new(), DateTime::UNIX_EPOCH);
        assert!(packer.add("attachments/a.jpg", 10, &b"abc"[..], None).is_err());
    }
}
