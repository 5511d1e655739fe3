//! A database that cannot be read is moved aside (renamed, never deleted) and a new one is made.
//! That must never pass in silence: the new database remembers what was set aside, when and why,
//! and every open reports it until the user acknowledges it, so the shell can tell the user that
//! their earlier data could not be read and where the copy is.

use std::{
    fs,
    io::Read,
    path::{Path, PathBuf},
};

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::{CORRUPT_PREFIX, DB_SUFFIXES};
use crate::{Error, Result};

/// Why a database was set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SetAsideReason {
    /// SQLite does not recognise the file as a database (a damaged header, garbage).
    NotADatabase,
    /// The file is a database but its pages do not hold together.
    Malformed,
    /// The file is shorter than its own header says it is.
    Truncated,
    /// The key check file says a profile was here, but the database is missing or empty.
    Lost,
}

/// A database that was set aside: the name of the copy in the data directory (absent when there
/// was nothing left to keep), when, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetAside {
    pub file: Option<String>,
    pub at: chrono::DateTime<chrono::Utc>,
    pub reason: SetAsideReason,
}

/// Whether the file looks shorter than the size its SQLite header gives (a cut copy or a failed
/// restore, which SQLite would only notice one query at a time). Only a hint: the header is read
/// without SQLite's locks, and in WAL mode another process's checkpoint can have written a new
/// header before the pages it counts, so `confirm_truncated` asks SQLite before anything is done.
pub(super) fn looks_truncated(path: &Path) -> bool {
    let Ok(mut file) = fs::File::open(path) else {
        return false; // missing: SQLite creates it; unreadable: SQLite says why
    };
    let mut header = [0u8; 100];
    if file.read_exact(&mut header).is_err() || &header[..16] != b"SQLite format 3\0" {
        return false; // SQLite itself refuses a file that is not a database
    }
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        size => u64::from(size),
    };
    let pages = u64::from(u32::from_be_bytes([header[28], header[29], header[30], header[31]]));
    // The page count is only valid when "version-valid-for" equals the change counter.
    let valid = header[92..96] == header[24..28];
    let length = file.metadata().map(|m| m.len()).unwrap_or(u64::MAX);
    valid && pages > 0 && length < pages * page_size
}

/// SQLite's own check, under its locks and through the WAL, of a file that looked cut short:
/// `Unreadable { Truncated }` unless every page is there.
pub(super) fn confirm_truncated(conn: &Connection) -> Result<()> {
    let truncated = || Error::Unreadable { reason: SetAsideReason::Truncated };
    let mut check = conn.prepare("PRAGMA quick_check(1)").map_err(|_| truncated())?;
    let first: Option<String> = check.query_row([], |row| row.get(0)).optional().map_err(|_| truncated())?;
    match first.as_deref() {
        Some("ok") => Ok(()),
        _ => Err(truncated()),
    }
}

/// Moves the database and its companion files aside, under a name that says when.
pub(super) fn move_aside(path: &Path, reason: SetAsideReason) -> Result<SetAside> {
    // The one clock read of the core: it names a file, it decides nothing.
    let at = chrono::Utc::now();
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = format!("{CORRUPT_PREFIX}{}", at.format("%Y%m%dT%H%M%S%.3fZ"));
    let aside = dir.join(&name);
    let mut moved = false;
    for suffix in DB_SUFFIXES {
        let from = PathBuf::from(format!("{}{suffix}", path.display()));
        if from.exists() {
            fs::rename(&from, format!("{}{suffix}", aside.display()))?;
            moved |= suffix.is_empty();
        }
    }
    crate::files::sync_dir(dir);
    Ok(SetAside { file: moved.then_some(name), at, reason })
}

/// Writes into the new database what was set aside.
pub(super) fn record(conn: &Connection, aside: &SetAside) -> Result<()> {
    let mut all = list(conn)?;
    all.push(aside.clone());
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('set_aside', ?1)", [serde_json::to_vec(&all)?])?;
    Ok(())
}

/// What was set aside and not yet acknowledged.
pub(super) fn list(conn: &Connection) -> Result<Vec<SetAside>> {
    let value: Option<Vec<u8>> =
        conn.query_row("SELECT value FROM meta WHERE key = 'set_aside'", [], |row| row.get(0)).optional()?;
    match value {
        None => Ok(Vec::new()),
        Some(bytes) => serde_json::from_slice(&bytes).map_err(|_| Error::Tampered { place: "meta" }),
    }
}

impl super::Store {
    /// The databases set aside because they could not be read, until the user acknowledges them.
    pub fn set_aside(&self) -> Result<Vec<SetAside>> {
        self.read(list)
    }

    /// The user has seen what was set aside: stop reporting it (the copies stay on disk).
    pub fn acknowledge_set_aside(&self) -> Result<()> {
        self.write(|tx| Ok(tx.execute("DELETE FROM meta WHERE key = 'set_aside'", []).map(|_| ())?))
    }
}
