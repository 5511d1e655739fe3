//! Sealed documents: state kept as one sealed JSON value in a one-row table (the personal details,
//! the checklist's answers and marks, the imported places).
//!
//! This is the one way to change such state. `update` reads the document, lets the caller change
//! it and writes it back inside a single IMMEDIATE write transaction, so two screens, two threads
//! or two processes that change the same document one after the other both keep their change: the
//! second waits (SQLite's busy timeout, bounded) for the first to commit and then reads what the
//! first wrote. Reading on a reader and writing in a separate transaction lost updates.

use rusqlite::{Connection, OptionalExtension};
use serde::{Serialize, de::DeserializeOwned};
use zeroize::Zeroizing;

use super::{Cipher, Store};
use crate::{Error, Result};

/// A one-row table holding one sealed document, and the associated data its seal is bound to.
#[derive(Debug, Clone, Copy)]
pub struct Document {
    table: &'static str,
    aad: &'static str,
}

impl Document {
    pub const PERSONAL_DETAILS: Document = Document { table: "personal_details", aad: "personal_details/sealed/1" };
    pub const CHECKLIST_STATE: Document = Document { table: "checklist_state", aad: "checklist_state/sealed/1" };
    pub const PLACE_IMPORTS: Document = Document { table: "place_imports", aad: "place_imports/sealed/1" };
    /// The diary's time-stamp requests waiting for an answer (since version 6).
    pub const DIARY_ANCHOR_REQUESTS: Document =
        Document { table: "diary_anchor_requests", aad: "diary_anchor_requests/sealed/1" };

    /// Every sealed document, for checks that look at them all.
    pub const ALL: [Document; 4] = [
        Document::PERSONAL_DETAILS,
        Document::CHECKLIST_STATE,
        Document::PLACE_IMPORTS,
        Document::DIARY_ANCHOR_REQUESTS,
    ];

    /// The document as stored, or `None` where nothing was saved.
    fn sealed(&self, conn: &Connection) -> Result<Option<Vec<u8>>> {
        let sql = format!("SELECT sealed FROM {} WHERE id = 1", self.table);
        Ok(conn.query_row(&sql, [], |row| row.get(0)).optional()?)
    }

    fn decode<T: DeserializeOwned + Default>(&self, cipher: &Cipher, sealed: Option<Vec<u8>>) -> Result<T> {
        let Some(sealed) = sealed else {
            return Ok(T::default());
        };
        let plain = cipher.open(&sealed, self.aad, self.table)?;
        serde_json::from_slice(&plain).map_err(|_| Error::Tampered { place: self.table })
    }

    /// `Store::update` inside a write transaction the caller already holds, for a change that must
    /// commit together with other rows (a restored diary with its anchors).
    pub(crate) fn update_in<T, R>(
        &self,
        tx: &rusqlite::Transaction<'_>,
        cipher: &Cipher,
        change: impl FnOnce(&mut T) -> Result<R>,
    ) -> Result<R>
    where
        T: Serialize + DeserializeOwned + Default,
    {
        let mut value: T = self.decode(cipher, self.sealed(tx)?)?;
        let before = Zeroizing::new(serde_json::to_vec(&value)?);
        let result = change(&mut value)?;
        let after = Zeroizing::new(serde_json::to_vec(&value)?);
        if after != before {
            self.write_in(tx, cipher, &after)?;
        }
        Ok(result)
    }

    /// Seals `plain` (the document's JSON) and stores it as the one row.
    fn write_in(&self, tx: &rusqlite::Transaction<'_>, cipher: &Cipher, plain: &[u8]) -> Result<()> {
        let sealed = cipher.seal(plain, self.aad)?;
        tx.execute(&format!("INSERT OR REPLACE INTO {} (id, sealed) VALUES (1, ?1)", self.table), [sealed])?;
        Ok(())
    }

    /// Whether the stored document opens with `cipher` (`None` when there is none).
    /// A database of an older schema may not have the table yet (the key is checked before the
    /// upgrade): then there is nothing to open.
    pub(crate) fn opens_with(&self, conn: &Connection, cipher: &Cipher) -> Result<Option<bool>> {
        let exists: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1)",
            [self.table],
            |row| row.get(0),
        )?;
        if !exists {
            return Ok(None);
        }
        Ok(self.sealed(conn)?.map(|sealed| cipher.open(&sealed, self.aad, self.table).is_ok()))
    }
}

impl Store {
    /// The document as last committed (the default value when none was saved). Never writes.
    pub fn load<T: DeserializeOwned + Default>(&self, doc: Document) -> Result<T> {
        let sealed = self.read(|conn| doc.sealed(conn))?;
        doc.decode(self.cipher(), sealed)
    }

    /// Reads the document, applies `change` and writes the result, all in one write transaction.
    /// `change` returns a value for the caller; if it fails, nothing is written. A document that
    /// `change` leaves as it was is not written again.
    pub fn update<T, R>(&self, doc: Document, change: impl FnOnce(&mut T) -> Result<R>) -> Result<R>
    where
        T: Serialize + DeserializeOwned + Default,
    {
        self.write(|tx| doc.update_in(tx, self.cipher(), change))
    }

    /// Replaces the document whole.
    pub fn replace<T: Serialize>(&self, doc: Document, value: &T) -> Result<()> {
        let plain = Zeroizing::new(serde_json::to_vec(value)?);
        self.write(|tx| doc.write_in(tx, self.cipher(), &plain))
    }

    /// Forgets the document.
    pub fn remove(&self, doc: Document) -> Result<()> {
        self.write(|tx| Ok(tx.execute(&format!("DELETE FROM {}", doc.table), []).map(|_| ())?))
    }
}

#[cfg(test)]
mod tests {
    use std::{sync::Arc, thread};

    use super::*;
    use crate::store::{DB_FILE, KEY_LEN};

    #[derive(Debug, Default, Serialize, serde::Deserialize, PartialEq)]
    struct Counter {
        values: Vec<u32>,
    }

    fn store(dir: &std::path::Path) -> Store {
        Store::open(&dir.join(DB_FILE), Cipher::new(&[3; KEY_LEN]).unwrap()).unwrap()
    }

    #[test]
    fn concurrent_updates_from_threads_and_handles_all_survive() {
        let dir = tempfile::tempdir().unwrap();
        // Two handles on one file behave like two processes: only SQLite's locks keep them apart.
        let stores = [Arc::new(store(dir.path())), Arc::new(store(dir.path()))];
        let threads: Vec<_> = (0..8u32)
            .map(|t| {
                let store = Arc::clone(&stores[t as usize % 2]);
                thread::spawn(move || {
                    for i in 0..25 {
                        store
                            .update(Document::CHECKLIST_STATE, |c: &mut Counter| {
                                c.values.push(t * 100 + i);
                                Ok(())
                            })
                            .unwrap();
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
        let mut saved: Counter = stores[0].load(Document::CHECKLIST_STATE).unwrap();
        saved.values.sort_unstable();
        let mut expected: Vec<u32> = (0..8).flat_map(|t| (0..25).map(move |i| t * 100 + i)).collect();
        expected.sort_unstable();
        assert_eq!(saved.values, expected);
    }

    #[test]
    fn a_failed_change_writes_nothing_and_an_unchanged_one_is_not_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let store = store(dir.path());
        store.replace(Document::CHECKLIST_STATE, &Counter { values: vec![1] }).unwrap();
        let stored = |store: &Store| store.read(|c| Document::CHECKLIST_STATE.sealed(c)).unwrap();
        let before = stored(&store);
        let failed: Result<()> = store.update(Document::CHECKLIST_STATE, |c: &mut Counter| {
            c.values.push(2);
            Err(Error::invalid("x", crate::InputProblem::Empty))
        });
        assert!(failed.is_err());
        store.update(Document::CHECKLIST_STATE, |_: &mut Counter| Ok(())).unwrap();
        assert_eq!(stored(&store), before, "same sealed bytes: neither call wrote");
        assert_eq!(store.load::<Counter>(Document::CHECKLIST_STATE).unwrap().values, vec![1]);
    }

    #[test]
    fn a_document_opens_only_in_its_own_place() {
        let dir = tempfile::tempdir().unwrap();
        let store = store(dir.path());
        store.replace(Document::CHECKLIST_STATE, &Counter { values: vec![7] }).unwrap();
        let sealed = store.read(|c| Document::CHECKLIST_STATE.sealed(c)).unwrap().unwrap();
        store
            .write(|tx| Ok(tx.execute("INSERT INTO personal_details (id, sealed) VALUES (1, ?1)", [sealed])?))
            .unwrap();
        assert!(matches!(
            store.load::<Counter>(Document::PERSONAL_DETAILS),
            Err(Error::Tampered { place: "personal_details" })
        ));
    }
}
