//! The diary's revisions as opened from the store, kept per profile, so that listing, correcting
//! and reading a history do not decrypt every revision again (its cost: BENCHMARKS.md).
//!
//! Why it stays true: the diary only grows. Every write appends a revision with the next `seq`,
//! and the one write that changes older rows (a delete turns them into tombstones) appends its
//! Delete revision in the same transaction. So a refresh opens only the rows after the last one it
//! knows, and opens everything again when it meets a Delete among them or when the table ends
//! before the last row it knows. Rows changed any other way were changed behind the store's back:
//! `verify` and the exports do not use this cache, they open every row, so what they vouch for is
//! the disk as it is.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, MutexGuard},
};

use rusqlite::Connection;

use super::{Action, DamagedRow, Revision, open_revision};
use crate::{
    Error, Result,
    progress::{self, Progress},
    store::Cipher,
};

/// A revision, or a row that does not open (damaged or tampered with) with its stored hash.
pub(super) type Opened = std::result::Result<Revision, DamagedRow>;

#[derive(Default)]
pub struct OpenedRevisions {
    revisions: Vec<Opened>,
    /// Entry id → where its latest revision is in `revisions`.
    latest: HashMap<String, usize>,
}

/// One per profile, shared by every `Diary` made from it.
pub type RevisionCache = Arc<Mutex<OpenedRevisions>>;

pub(super) fn lock(cache: &RevisionCache) -> MutexGuard<'_, OpenedRevisions> {
    crate::sync::lock(cache)
}

impl OpenedRevisions {
    /// Brought up to date with `conn` (a reader, or the writer's transaction before it writes).
    pub(super) fn refreshed(&mut self, conn: &Connection, cipher: &Cipher) -> Result<&Self> {
        // `max(seq)` is one step down the table's b-tree; `count(*)` would walk all of it.
        let max_seq: i64 = conn.query_row("SELECT coalesce(max(seq), 0) FROM diary", [], |r| r.get(0))?;
        let known = self.revisions.last().map_or(0, seq_of);
        let new = open_after(conn, cipher, known, &progress::silent())?;
        let rewritten = new.iter().any(|r| matches!(r, Ok(revision) if revision.action == Action::Delete));
        let shrank = (max_seq as u64) < known;
        if known > 0 && (rewritten || shrank) {
            self.clear();
            self.extend(open_after(conn, cipher, 0, &progress::silent())?);
        } else {
            self.extend(new);
        }
        Ok(self)
    }

    fn extend(&mut self, new: Vec<Opened>) {
        for opened in new {
            if let Ok(revision) = &opened {
                self.latest.insert(revision.entry_id.clone(), self.revisions.len());
            }
            self.revisions.push(opened);
        }
    }

    /// Every revision that opened, in `seq` order: a damaged row is skipped (damage stays local).
    pub(super) fn intact(&self) -> Vec<&Revision> {
        self.revisions.iter().filter_map(|r| r.as_ref().ok()).collect()
    }

    /// The seqs of the rows that did not open.
    pub(super) fn damaged(&self) -> Vec<u64> {
        self.revisions.iter().filter_map(|r| r.as_ref().err().map(|d| d.seq)).collect()
    }

    /// The latest revision of every entry (a Delete for a deleted one), in no order.
    pub(super) fn latest(&self) -> Vec<&Revision> {
        self.latest.values().filter_map(|&i| self.revisions[i].as_ref().ok()).collect()
    }

    /// The latest revision of an entry that exists, with its content.
    pub(super) fn current(&self, id: &str) -> Result<(&Revision, &super::Entry)> {
        self.latest
            .get(id)
            .and_then(|&i| self.revisions[i].as_ref().ok())
            .and_then(|r| Some((r, r.entry.as_ref()?)))
            .ok_or(Error::NotFound { message: "error-unknown-entry" })
    }

    /// Forgets every opened revision: the profile was closed or wiped, and decrypted entries
    /// should not outlive it in memory.
    pub(crate) fn clear(&mut self) {
        *self = OpenedRevisions::default();
    }
}

fn seq_of(opened: &Opened) -> u64 {
    match opened {
        Ok(revision) => revision.seq,
        Err(damaged) => damaged.seq,
    }
}

/// Opens the rows after `seq` in order, reporting one step per row.
pub(super) fn open_after(conn: &Connection, cipher: &Cipher, seq: u64, progress: &dyn Progress) -> Result<Vec<Opened>> {
    let mut stmt = conn.prepare("SELECT seq, sealed, hash FROM diary WHERE seq > ?1 ORDER BY seq")?;
    let rows = stmt
        .query_map([seq as i64], |r| {
            Ok((r.get::<_, i64>(0)? as u64, r.get::<_, Vec<u8>>(1)?, r.get::<_, Option<String>>(2)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let total = rows.len();
    let mut opened = Vec::with_capacity(total);
    for (done, (seq, sealed, hash)) in rows.into_iter().enumerate() {
        progress::step(progress, done, total)?;
        // A plain hash that disagrees with the sealed one means the row was changed: damaged.
        let revision = open_revision(cipher, seq, &sealed).ok().filter(|r| hash.as_ref().is_none_or(|h| *h == r.hash));
        opened.push(revision.ok_or(DamagedRow { seq, hash }));
    }
    Ok(opened)
}
