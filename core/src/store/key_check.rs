//! Telling a wrong key from damage. A constant sealed with the profile's key is kept twice: in the
//! database (`meta.key_check`) and in a small file beside it (`werkmaat.keycheck`). A key is right
//! when either opens, or, if both are damaged, when any sealed document in the database opens
//! with it (AEAD: a wrong key cannot open a value sealed under another). So:
//! - a damaged database opened with a wrong key is refused as a wrong key, and nothing is created
//!   under that key (the file says which key the profile had);
//! - one flipped byte in one key check does not lock the user out: the other, or the data itself,
//!   vouches for the key, and the damaged check is written again.

use std::{
    fs,
    io::ErrorKind,
    path::{Path, PathBuf},
};

use rusqlite::{Connection, OptionalExtension};

use super::{Cipher, Document, diary_row_aad};
use crate::{Result, files};

/// The file beside the database.
pub const KEY_CHECK_FILE: &str = "werkmaat.keycheck";
pub(super) const KEY_CHECK: &[u8] = b"werkmaat key check v1";
pub(super) const KEY_CHECK_AAD: &str = "meta/key_check";
const FILE_AAD: &str = "file/werkmaat.keycheck";

/// What the file beside the database says about a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FileCheck {
    /// No file: a profile made before the file existed, or none at all yet.
    Missing,
    Opens,
    /// The file does not open with this key: a wrong key, or a damaged file.
    DoesNotOpen,
}

pub(super) fn file_path(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new(".")).join(KEY_CHECK_FILE)
}

pub(super) fn check_file(db: &Path, cipher: &Cipher) -> Result<FileCheck> {
    match fs::read(file_path(db)) {
        Ok(sealed) => Ok(match cipher.open(&sealed, FILE_AAD, "key check") {
            Ok(plain) if plain.as_slice() == KEY_CHECK => FileCheck::Opens,
            _ => FileCheck::DoesNotOpen,
        }),
        Err(error) if error.kind() == ErrorKind::NotFound => Ok(FileCheck::Missing),
        Err(error) => Err(error.into()),
    }
}

/// Writes the file beside the database, whole or not at all (`files::write`).
pub(super) fn write_file(db: &Path, cipher: &Cipher) -> Result<()> {
    let sealed = cipher.seal(KEY_CHECK, FILE_AAD)?;
    Ok(files::write(&file_path(db), &sealed, files::Existing::Replace)?)
}

/// The key check kept in the database: `Some(true)` opens, `Some(false)` does not, `None` absent.
pub(super) fn check_in_database(conn: &Connection, cipher: &Cipher) -> Result<Option<bool>> {
    let sealed: Option<Vec<u8>> =
        conn.query_row("SELECT value FROM meta WHERE key = 'key_check'", [], |row| row.get(0)).optional()?;
    Ok(sealed.map(|sealed| cipher.open(&sealed, KEY_CHECK_AAD, "meta").is_ok_and(|p| p.as_slice() == KEY_CHECK)))
}

/// Whether any sealed value in the database opens with `cipher`: the last word when both key
/// checks are damaged. Looks at the sealed documents and at the first diary rows.
pub(super) fn data_opens_with(conn: &Connection, cipher: &Cipher) -> Result<bool> {
    for doc in Document::ALL {
        if doc.opens_with(conn, cipher)? == Some(true) {
            return Ok(true);
        }
    }
    let mut rows = conn.prepare("SELECT seq, sealed FROM diary ORDER BY seq LIMIT 8")?;
    let rows = rows.query_map([], |row| Ok((row.get::<_, i64>(0)?, row.get::<_, Vec<u8>>(1)?)))?;
    for row in rows {
        let (seq, sealed) = row?;
        if cipher.open(&sealed, &diary_row_aad(seq as u64), "diary").is_ok() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Seals the key check for the database.
pub(super) fn sealed_for_database(cipher: &Cipher) -> Result<Vec<u8>> {
    cipher.seal(KEY_CHECK, KEY_CHECK_AAD)
}
