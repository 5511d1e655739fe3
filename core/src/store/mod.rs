//! The profile database: one writer and a few readers over one SQLite file in WAL mode, after
//! application-services' `support/sql`. Every write is one IMMEDIATE transaction; readers never
//! write. Sensitive values are sealed by `cipher` before they reach SQL.
//!
//! Opening is careful about what it touches: the version and the key are checked on a plain
//! connection before any pragma or write, so a database that is too new, or a wrong key, leaves
//! the file byte-for-byte as it was. Only a file SQLite itself calls corrupt is set aside (renamed,
//! never deleted) and replaced by a fresh one.

pub mod cipher;
mod document;
mod key_check;
pub mod schema;
mod set_aside;

use std::{
    path::Path,
    sync::{
        Mutex, TryLockError,
        atomic::{AtomicUsize, Ordering},
    },
};

use crate::sync::lock;
use rusqlite::{Connection, ErrorCode, InterruptHandle, OpenFlags, Transaction, TransactionBehavior};

use self::key_check::FileCheck;
pub use self::{
    cipher::{Cipher, KEY_LEN},
    document::Document,
    key_check::KEY_CHECK_FILE,
    set_aside::{SetAside, SetAsideReason},
};
use crate::{Error, Result};

/// The database file inside the profile's data directory.
pub const DB_FILE: &str = "werkmaat.db";
/// A corrupt database is renamed to `werkmaat.db.corrupt-<unix seconds>` and kept.
pub const CORRUPT_PREFIX: &str = "werkmaat.db.corrupt-";
/// SQLite's companion files of a database.
pub const DB_SUFFIXES: [&str; 4] = ["", "-wal", "-shm", "-journal"];
const READERS: usize = 2;
/// How long a connection waits for another one (thread or process) to finish writing.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

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
    ///
    /// A key is checked before anything is created or changed (see `key_check`). A database that
    /// cannot be read (not a database, malformed, shorter than its header says, or gone while its
    /// key check file remains) is set aside, never deleted, and a new one is made; the new one
    /// remembers what was set aside until the user acknowledges it (`set_aside`).
    pub fn open(path: &Path, cipher: Cipher) -> Result<Store> {
        let file_check = key_check::check_file(path, &cipher)?;
        let (writer, key_check_file_ok) = match open_writer_waiting(path, &cipher, file_check, None) {
            Err(Error::Unreadable { reason }) if file_check != FileCheck::DoesNotOpen => {
                let aside = set_aside::move_aside(path, reason)?;
                // The key was checked against the file beside the database (or there is none);
                // the new database is made under it.
                let (writer, _) = open_writer_waiting(path, &cipher, FileCheck::Missing, Some(&aside))?;
                (writer, false)
            }
            // A database we cannot read, and a key its check file does not know: a wrong key, and
            // nothing is set aside or created under it.
            Err(Error::Unreadable { .. }) => return Err(Error::WrongKey),
            other => other?,
        };
        if !key_check_file_ok {
            key_check::write_file(path, &cipher)?;
        }
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

/// `open_writer`, tried again while another process holds the database (bounded by the busy
/// timeout). SQLite waits for most locks by itself, but some steps of a first open (switching a
/// new, empty file to WAL while another process is creating it) report "database is locked"
/// without waiting; nothing was written then, so opening again is safe. Seen with eight first runs
/// at once.
fn open_writer_waiting(
    path: &Path,
    cipher: &Cipher,
    file_check: FileCheck,
    aside: Option<&SetAside>,
) -> Result<(Connection, bool)> {
    let started = std::time::Instant::now();
    let mut pause = std::time::Duration::from_millis(5);
    loop {
        match open_writer(path, cipher, file_check, aside) {
            Err(Error::Sqlite(rusqlite::Error::SqliteFailure(e, _)))
                if matches!(e.code, ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
                    && started.elapsed() < BUSY_TIMEOUT =>
            {
                std::thread::sleep(pause);
                pause = (pause * 2).min(std::time::Duration::from_millis(200));
            }
            other => return other,
        }
    }
}

/// Opens the writer, checking the version and the key first. A database made to replace one set
/// aside records `aside` in the same transaction that creates it. Returns whether the key check
/// file beside the database is right (or must be written again).
fn open_writer(
    path: &Path,
    cipher: &Cipher,
    file_check: FileCheck,
    aside: Option<&SetAside>,
) -> Result<(Connection, bool)> {
    if !path.exists() {
        match file_check {
            // The key check file says a profile was here, but its database is gone.
            FileCheck::Opens => return Err(Error::Unreadable { reason: SetAsideReason::Lost }),
            // ...and this key is not the profile's: create nothing under it.
            FileCheck::DoesNotOpen => return Err(Error::WrongKey),
            FileCheck::Missing => {}
        }
    }
    let looks_truncated = set_aside::looks_truncated(path);
    // SQLite would make a new database with the process's default mode (0644 under the usual
    // umask); made here first, it is the owner's only, and so are `-wal` and `-shm`, which SQLite
    // gives the database's mode.
    crate::files::create_private_file(path)?;
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let mut conn = Connection::open_with_flags(path, flags).map_err(unreadable)?;
    // Before anything else: other processes may hold the lock for a moment (two first runs, a
    // background job); wait for them, within bounds, instead of failing.
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Checks first, on the untouched file: nothing below this block runs for a database we refuse.
    if looks_truncated {
        set_aside::confirm_truncated(&conn)?;
    }
    let version = schema::version(&conn).map_err(unreadable)?;
    if version > schema::VERSION {
        return Err(Error::IncompatibleVersion { found: version, supported: schema::VERSION });
    }
    let mut repair = Repair::default();
    if version > 0 {
        repair = check_key(&conn, cipher, file_check)?;
    } else if file_check == FileCheck::DoesNotOpen {
        // An empty database beside a key check this key does not open: the wrong key for a
        // profile whose database is gone. Nothing is created under it.
        return Err(Error::WrongKey);
    } else if file_check == FileCheck::Opens {
        // The key check file says a profile was here, but the database is empty: it was lost.
        return Err(Error::Unreadable { reason: SetAsideReason::Lost });
    }

    let mode: String =
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0)).map_err(unreadable)?;
    debug_assert_eq!(mode.to_ascii_lowercase(), "wal");
    // FULL: a diary entry whose write returned survives a power cut, not only an app crash.
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA secure_delete = ON;
         PRAGMA trusted_schema = OFF;",
    )?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Read the version again inside the transaction: another process may have created or
    // migrated the database meanwhile, and then the key is checked against what it wrote.
    match schema::version(&tx)? {
        0 => {
            schema::init(&tx)?;
            repair.database = true;
            repair.file = true;
        }
        v => {
            if version == 0 {
                repair = check_key(&tx, cipher, file_check)?;
            }
            if v < schema::VERSION {
                schema::upgrade(&tx, v)?;
            }
        }
    }
    if let Some(aside) = aside {
        set_aside::record(&tx, aside)?;
    }
    if repair.database {
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('key_check', ?1)",
            [key_check::sealed_for_database(cipher)?],
        )?;
    }
    tx.commit()?;
    Ok((conn, !repair.file))
}

/// Which key check must be written again after a key was accepted.
#[derive(Debug, Default)]
struct Repair {
    database: bool,
    file: bool,
}

/// Accepts the key when either key check opens with it, or, both being damaged, any sealed value
/// in the database does; refuses it otherwise, without touching anything.
fn check_key(conn: &Connection, cipher: &Cipher, file_check: FileCheck) -> Result<Repair> {
    let in_database = key_check::check_in_database(conn, cipher).map_err(unreadable)?;
    let file_opens = file_check == FileCheck::Opens;
    let accepted =
        in_database == Some(true) || file_opens || key_check::data_opens_with(conn, cipher).map_err(unreadable)?;
    if !accepted {
        return Err(Error::WrongKey);
    }
    Ok(Repair { database: in_database != Some(true), file: !file_opens })
}

fn open_reader(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.execute_batch("PRAGMA temp_store = MEMORY; PRAGMA trusted_schema = OFF;")?;
    Ok(conn)
}

/// The row a diary revision is sealed for: a row moved to another `seq` does not open.
pub(crate) fn diary_row_aad(seq: u64) -> String {
    format!("diary/{seq}")
}

/// SQLite's word that a file is not a database we can read becomes `Error::Unreadable`.
fn unreadable(error: impl Into<Error>) -> Error {
    match error.into() {
        Error::Sqlite(rusqlite::Error::SqliteFailure(e, _)) if e.code == ErrorCode::NotADatabase => {
            Error::Unreadable { reason: SetAsideReason::NotADatabase }
        }
        Error::Sqlite(rusqlite::Error::SqliteFailure(e, _)) if e.code == ErrorCode::DatabaseCorrupt => {
            Error::Unreadable { reason: SetAsideReason::Malformed }
        }
        other => other,
    }
}

#[cfg(test)]
mod tests;
