//! The profile database: one writer and a few readers over one SQLite file in WAL mode, after
//! application-services' `support/sql`. Every write is one IMMEDIATE transaction; readers never
//! write. Sensitive values are sealed by `cipher` before they reach SQL.
//!
//! Opening is careful about what it touches: the version and the key are checked on a plain
//! connection before any pragma or write, so a database that is too new, or a wrong key, leaves
//! the file byte-for-byte as it was. Only a file SQLite itself calls corrupt is set aside (renamed,
//! never deleted) and replaced by a fresh one.

pub mod cipher;
pub mod schema;

use std::{
    path::{Path, PathBuf},
    sync::{
        Mutex, TryLockError,
        atomic::{AtomicUsize, Ordering},
    },
};

use crate::sync::lock;
use rusqlite::{
    Connection, ErrorCode, InterruptHandle, OpenFlags, OptionalExtension, Transaction, TransactionBehavior,
};

pub use self::cipher::{Cipher, KEY_LEN};
use crate::{Error, Result};

/// The database file inside the profile's data directory.
pub const DB_FILE: &str = "werkmaat.db";
/// A corrupt database is renamed to `werkmaat.db.corrupt-<unix seconds>` and kept.
pub const CORRUPT_PREFIX: &str = "werkmaat.db.corrupt-";
/// SQLite's companion files of a database.
pub const DB_SUFFIXES: [&str; 4] = ["", "-wal", "-shm", "-journal"];
const READERS: usize = 2;
const KEY_CHECK: &[u8] = b"werkmaat key check v1";
const KEY_CHECK_AAD: &str = "meta/key_check";

pub struct Store {
    cipher: Cipher,
    writer: Handle,
    readers: Vec<Handle>,
    next_reader: AtomicUsize,
}

/// A connection and its interrupt handle, kept outside the mutex so that `close` can stop a
/// query that holds the lock.
struct Handle {
    conn: Mutex<Option<Connection>>,
    interrupt: InterruptHandle,
}

impl Handle {
    fn new(conn: Connection) -> Handle {
        Handle { interrupt: conn.get_interrupt_handle(), conn: Mutex::new(Some(conn)) }
    }

    fn close(&self) {
        // Interrupt only a connection that is busy: SQLite keeps the interrupt flag of an idle
        // connection set, and it would then cut short the WAL checkpoint of the close itself.
        let mut guard = match self.conn.try_lock() {
            Ok(guard) => guard,
            Err(TryLockError::Poisoned(poisoned)) => poisoned.into_inner(),
            Err(TryLockError::WouldBlock) => {
                self.interrupt.interrupt();
                lock(&self.conn)
            }
        };
        guard.take();
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path`, migrating it to `schema::VERSION`.
    pub fn open(path: &Path, cipher: Cipher) -> Result<Store> {
        let writer = match open_writer(path, &cipher) {
            Err(error) if is_corruption(&error) => {
                set_aside(path)?;
                open_writer(path, &cipher)?
            }
            other => other?,
        };
        let readers = (0..READERS).map(|_| open_reader(path).map(Handle::new)).collect::<Result<_>>()?;
        Ok(Store { cipher, writer: Handle::new(writer), readers, next_reader: AtomicUsize::new(0) })
    }

    pub fn cipher(&self) -> &Cipher {
        &self.cipher
    }

    /// Runs `f` in one IMMEDIATE transaction on the writer: all of it is committed, or none.
    pub fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut guard = lock(&self.writer.conn);
        let conn = guard.as_mut().ok_or(Error::Closed)?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `f` on a reader. Readers see every committed write and never block the writer.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let start = self.next_reader.fetch_add(1, Ordering::Relaxed);
        // Take a free reader if there is one; otherwise wait for the one in turn.
        let free =
            (0..self.readers.len()).find_map(|i| self.readers[(start + i) % self.readers.len()].conn.try_lock().ok());
        let mut guard = match free {
            Some(guard) => guard,
            None => lock(&self.readers[start % self.readers.len()].conn),
        };
        let conn = guard.as_mut().ok_or(Error::Closed)?;
        f(conn)
    }

    /// Stops running queries and closes every connection; later calls give `Error::Closed`.
    /// Closing the last connection checkpoints the WAL into the database file.
    pub fn close(&self) {
        for reader in &self.readers {
            reader.close();
        }
        self.writer.close();
    }

    pub fn is_closed(&self) -> bool {
        lock(&self.writer.conn).is_none()
    }
}

fn open_writer(path: &Path, cipher: &Cipher) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let mut conn = Connection::open_with_flags(path, flags)?;
    // Checks first, on the untouched file: nothing below this block runs for a database we refuse.
    let version = schema::version(&conn)?;
    if version > schema::VERSION {
        return Err(Error::IncompatibleVersion { found: version, supported: schema::VERSION });
    }
    if version > 0 {
        check_key(&conn, cipher)?;
    }

    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
    debug_assert_eq!(mode.to_ascii_lowercase(), "wal");
    // FULL: a diary entry whose write returned survives a power cut, not only an app crash.
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA busy_timeout = 5000;
         PRAGMA temp_store = MEMORY;
         PRAGMA secure_delete = ON;
         PRAGMA trusted_schema = OFF;",
    )?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Read the version again inside the transaction: another process may have migrated meanwhile.
    match schema::version(&tx)? {
        0 => {
            schema::init(&tx)?;
            let sealed = cipher.seal(KEY_CHECK, KEY_CHECK_AAD)?;
            tx.execute("INSERT INTO meta (key, value) VALUES ('key_check', ?1)", [sealed])?;
        }
        v if v < schema::VERSION => schema::upgrade(&tx, v)?,
        _ => {}
    }
    tx.commit()?;
    Ok(conn)
}

fn open_reader(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.execute_batch("PRAGMA busy_timeout = 5000; PRAGMA temp_store = MEMORY; PRAGMA trusted_schema = OFF;")?;
    Ok(conn)
}

/// A wrong key and a damaged check value look the same to AEAD; both mean "this key does not
/// open this profile", and neither may lead to touching the file.
fn check_key(conn: &Connection, cipher: &Cipher) -> Result<()> {
    let sealed: Option<Vec<u8>> =
        conn.query_row("SELECT value FROM meta WHERE key = 'key_check'", [], |row| row.get(0)).optional()?;
    let sealed = sealed.ok_or(Error::WrongKey)?;
    match cipher.open(&sealed, KEY_CHECK_AAD, "meta") {
        Ok(plain) if plain.as_slice() == KEY_CHECK => Ok(()),
        _ => Err(Error::WrongKey),
    }
}

fn is_corruption(error: &Error) -> bool {
    matches!(error, Error::Sqlite(rusqlite::Error::SqliteFailure(e, _))
        if matches!(e.code, ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt))
}

/// Moves a corrupt database and its companion files aside, under a name that says when.
fn set_aside(path: &Path) -> Result<PathBuf> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ");
    let dir = path.parent().unwrap_or(Path::new("."));
    let aside = dir.join(format!("{CORRUPT_PREFIX}{stamp}"));
    for suffix in DB_SUFFIXES {
        let from = PathBuf::from(format!("{}{suffix}", path.display()));
        if from.exists() {
            std::fs::rename(&from, format!("{}{suffix}", aside.display()))?;
        }
    }
    Ok(aside)
}

#[cfg(test)]
mod tests;
