//! Photos and documents attached to diary entries: each one a sealed file in the profile's
//! `attachments/` folder (`stream`), recorded in the chain by the revision that attaches it (its
//! kind, media type, size and the SHA-256 of the original bytes), so `verify` vouches for the file
//! as for the entries. Copies that leave the phone lose their location (`location`).
//!
//! Files and rows stay in step (one logical step, whatever is killed when):
//! - attach: inside the write transaction the file is sealed as `<id>.new` (written whole, synced,
//!   then named), the revision is inserted, the transaction commits, then `<id>.new` becomes `<id>`;
//! - delete: inside the write transaction `<id>` becomes `<id>.gone`, the revision turns into a
//!   tombstone and the Delete is appended, the transaction commits, then `<id>.gone` is removed;
//! - at open, `reconcile` settles what a killed process left: a `.new` or `.gone` file whose
//!   attachment is live in the chain becomes `<id>` again, any other is removed, and so are
//!   temporary files. The chain is only opened when such a file is there (after a kill).
//!
//! Both writes hold the store's writer from before the first file change to the commit, so
//! `reconcile` (which also takes it) never sees a file change whose transaction is still open.

pub mod export;
pub mod location;
pub mod stream;

use std::{
    fs, io,
    path::{Path, PathBuf},
};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use self::location::{MediaType, without_location};
use super::{Action, Appended, Diary, NewRevision, Revision, chain, next_place, opened, random_hex};
use crate::{Error, InputProblem, Result, store::Store};

/// The largest attachment: 20 MiB, a long PDF or a phone's full-size photo with room to spare.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;
/// The folder of sealed attachment files inside the profile's data directory.
pub const DIR: &str = "attachments";
const NEW: &str = "new";
const GONE: &str = "gone";

crate::names::named_enum! {
    /// What an attachment shows; the names are what the chain records.
    AttachmentKind {
        Photo => "photo",
        Payslip => "payslip",
        Contract => "contract",
        Housing => "housing",
        Other => "other",
    }
}

impl AttachmentKind {
    /// The kind from its name; another name is refused (`invalid-attachment-kind`).
    pub fn parse(code: &str) -> Result<AttachmentKind> {
        Self::from_id(code).ok_or(Error::invalid("kind", InputProblem::AttachmentKind))
    }
}

/// What the chain records of an attachment, in the revision that attaches it (whose `entry_id` is
/// the attachment's id). `docs/diary-format.md`, "Attachments".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentRecord {
    /// The entry it belongs to.
    pub attached_to: String,
    pub kind: AttachmentKind,
    pub media_type: MediaType,
    pub bytes: u64,
    /// SHA-256 of the original bytes, as given.
    pub sha256: String,
}

/// An attachment as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attachment {
    pub id: String,
    pub entry_id: String,
    pub kind: AttachmentKind,
    pub media_type: MediaType,
    pub bytes: u64,
    pub sha256: String,
    pub added_at: DateTime<Utc>,
    /// The revision that attached it.
    pub seq: u64,
}

impl Attachment {
    /// The attachment a revision attached, if it is one and not deleted.
    pub(in crate::diary) fn of(revision: &Revision) -> Option<Attachment> {
        let record = revision.attachment.as_ref().filter(|_| !revision.deleted)?;
        Some(Attachment {
            id: revision.entry_id.clone(),
            entry_id: record.attached_to.clone(),
            kind: record.kind,
            media_type: record.media_type,
            bytes: record.bytes,
            sha256: record.sha256.clone(),
            added_at: revision.recorded_at,
            seq: revision.seq,
        })
    }
}

/// The attachments folder of the profile in `data_dir`.
pub(crate) fn dir_of(data_dir: &Path) -> PathBuf {
    data_dir.join(DIR)
}

fn named(dir: &Path, id: &str, state: Option<&str>) -> PathBuf {
    match state {
        None => dir.join(id),
        Some(state) => dir.join(format!("{id}.{state}")),
    }
}

/// The sealed file of a live attachment: `<id>`, or, while a write is between its commit and its
/// rename, `<id>.new` (attached) or `<id>.gone` (being deleted, not yet committed).
fn sealed_file(dir: &Path, id: &str) -> Option<PathBuf> {
    [None, Some(NEW), Some(GONE)].into_iter().map(|state| named(dir, id, state)).find(|p| p.is_file())
}

/// Renames ignoring a source another process already settled (`reconcile` after a commit).
fn settle(from: &Path, to: &Path) -> io::Result<()> {
    match fs::rename(from, to) {
        Err(e) if e.kind() == io::ErrorKind::NotFound && to.is_file() => Ok(()),
        other => other,
    }
}

fn remove_if_there(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

/// Settles the files a killed attach or delete left (module documentation). Cheap when there
/// are none: one listing of the folder.
pub(crate) fn reconcile(store: &Store, data_dir: &Path) -> Result<()> {
    let dir = dir_of(data_dir);
    let pending = |dir: &Path| -> io::Result<bool> {
        if !dir.is_dir() {
            return Ok(false);
        }
        for entry in fs::read_dir(dir)? {
            let name = entry?.file_name().to_string_lossy().into_owned();
            if name.contains('.') {
                return Ok(true);
            }
        }
        Ok(false)
    };
    if !pending(&dir)? {
        return Ok(());
    }
    let cipher = store.cipher();
    store.write(|tx| {
        let revisions = opened::open_after(tx, cipher, 0, &crate::progress::silent())?;
        let live: std::collections::HashSet<String> =
            revisions.iter().filter_map(|r| r.as_ref().ok()).filter_map(Attachment::of).map(|a| a.id).collect();
        for entry in fs::read_dir(&dir)? {
            let path = entry?.path();
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            match name.split_once('.') {
                Some((id, NEW | GONE)) if live.contains(id) => settle(&path, &named(&dir, id, None))?,
                // Temporary files of a write cut short (`.<id>.new.<random>.tmp`), and files of
                // attachments the chain does not hold.
                Some(_) => remove_if_there(&path)?,
                None => {}
            }
        }
        crate::files::sync_dir(&dir);
        Ok(())
    })
}

impl Diary {
    fn attachments_dir(&self) -> PathBuf {
        dir_of(&self.data_dir)
    }

    /// Attaches `bytes` (JPEG, PNG, HEIC or PDF, told from the bytes; up to `MAX_BYTES`) to the
    /// entry `entry_id`: sealed into its own file and recorded in the chain in one step. An
    /// unknown format or a file too large is refused before anything is written.
    pub fn attach(
        &self,
        entry_id: &str,
        bytes: &[u8],
        kind: AttachmentKind,
        recorded_at: DateTime<Utc>,
    ) -> Result<(Attachment, Appended)> {
        if bytes.len() > MAX_BYTES {
            return Err(Error::invalid("file", InputProblem::AttachmentTooLarge));
        }
        let media_type = MediaType::sniff(bytes).ok_or(Error::invalid("file", InputProblem::AttachmentFormat))?;
        let sha256 = hex::encode(Sha256::digest(bytes));
        let id = random_hex(8)?;
        let record =
            AttachmentRecord { attached_to: entry_id.to_owned(), kind, media_type, bytes: bytes.len() as u64, sha256 };
        let cipher = self.store.cipher();
        let mut new = None;
        let written = self.store.write(|tx| {
            let mut opened = opened::lock(&self.opened);
            opened.refreshed(tx, cipher)?.current(entry_id)?;
            let next = next_place(tx, cipher)?;
            new = Some(self.seal_new_file(&id, &record.sha256, bytes)?);
            let revision = NewRevision {
                id: &id,
                revision: 1,
                action: Action::Create,
                entry: None,
                location: None,
                attachment: Some(record),
            };
            super::append(tx, cipher, next, revision, recorded_at)
        });
        self.settle_new_files(written.is_ok(), new.as_slice())?;
        let appended = written?;
        let attachment = self.attachment(&id)?;
        Ok((attachment, appended))
    }

    /// Seals `bytes` as the new file `<id>.new` (in the caller's write transaction, before the
    /// revision that attaches it); `settle_new_files` names it `<id>` once committed.
    pub(super) fn seal_new_file(&self, id: &str, sha256: &str, bytes: &[u8]) -> Result<PathBuf> {
        let dir = self.attachments_dir();
        crate::files::create_private_dir(&dir)?;
        let new = named(&dir, id, Some(NEW));
        stream::seal(self.store.cipher().attachments(), &new, id, sha256, bytes)?;
        Ok(new)
    }

    /// After a write that sealed new files: named `<id>` when it committed, removed when not.
    pub(super) fn settle_new_files(&self, committed: bool, new: &[PathBuf]) -> Result<()> {
        for path in new {
            if committed {
                settle(path, &path.with_extension(""))?;
            } else {
                remove_if_there(path)?;
            }
        }
        if !new.is_empty() {
            crate::files::sync_dir(&self.attachments_dir());
        }
        Ok(())
    }

    /// The live attachments, oldest first; of one entry only when `entry_id` is given (an entry
    /// that does not exist is `NotFound`).
    pub fn attachments(&self, entry_id: Option<&str>) -> Result<Vec<Attachment>> {
        let mut opened = opened::lock(&self.opened);
        self.store.read(|conn| {
            let opened = opened.refreshed(conn, self.store.cipher())?;
            if let Some(entry_id) = entry_id {
                opened.current(entry_id)?;
            }
            Ok(opened
                .intact()
                .into_iter()
                .filter_map(Attachment::of)
                .filter(|a| entry_id.is_none_or(|e| a.entry_id == e))
                .collect())
        })
    }

    /// One live attachment.
    pub fn attachment(&self, id: &str) -> Result<Attachment> {
        self.attachments(None)?
            .into_iter()
            .find(|a| a.id == id)
            .ok_or(Error::NotFound { message: "error-unknown-attachment" })
    }

    /// Writes the original bytes of attachment `id` to `sink`, chunk by chunk (memory stays one
    /// chunk). A file that is missing or not the one recorded is `Tampered`, and `verify` says
    /// which; the sink may have had part of it by then.
    pub fn read_attachment(&self, id: &str, sink: &mut dyn io::Write) -> Result<Attachment> {
        let attachment = self.attachment(id)?;
        let path = sealed_file(&self.attachments_dir(), id).ok_or(Error::Tampered { place: "attachment" })?;
        let (length, sha256) = stream::open(self.store.cipher().attachments(), &path, id, &attachment.sha256, sink)?;
        if length != attachment.bytes || sha256 != attachment.sha256 {
            return Err(Error::Tampered { place: "attachment" });
        }
        Ok(attachment)
    }

    /// The bytes of attachment `id` to hand out: without location metadata unless `with_location`
    /// (`location::without_location`; a HEIC cannot lose it and is refused without it).
    pub fn attachment_bytes(&self, id: &str, with_location: bool) -> Result<Vec<u8>> {
        let attachment = self.attachment(id)?;
        if !with_location && !attachment.media_type.location_removable() {
            return Err(Error::invalid("with_location", InputProblem::AttachmentLocationHeic));
        }
        let mut bytes = Vec::with_capacity(attachment.bytes as usize);
        self.read_attachment(id, &mut bytes)?;
        if with_location { Ok(bytes) } else { without_location(attachment.media_type, &bytes) }
    }

    /// Deletes attachment `id`: its revision becomes a tombstone (which keeps the content digest,
    /// so the chain still covers the hash it recorded), a Delete is appended, the file is removed.
    pub fn delete_attachment(&self, id: &str, recorded_at: DateTime<Utc>) -> Result<Appended> {
        let cipher = self.store.cipher();
        let mut set_aside = Vec::new();
        let written = self.store.write(|tx| {
            let mut opened = opened::lock(&self.opened);
            let opened = opened.refreshed(tx, cipher)?;
            let live = opened.intact().into_iter().filter_map(Attachment::of).any(|a| a.id == id);
            if !live {
                return Err(Error::NotFound { message: "error-unknown-attachment" });
            }
            self.delete_in(tx, opened, id, 2, recorded_at, &mut set_aside)
        });
        self.finish_deletes(written, &set_aside)
    }

    /// Sets the file of attachment `id` aside as `<id>.gone` (in the caller's write transaction,
    /// before its Delete); `finish_deletes` removes it after the commit or puts it back.
    pub(super) fn set_file_aside(&self, id: &str, set_aside: &mut Vec<String>) -> Result<()> {
        let dir = self.attachments_dir();
        let (from, to) = (named(&dir, id, None), named(&dir, id, Some(GONE)));
        if from.is_file() {
            fs::rename(&from, &to)?;
        }
        set_aside.push(id.to_owned());
        Ok(())
    }

    /// After a write that deleted attachments: their files go when it committed, and come back
    /// when it did not.
    pub(super) fn finish_deletes<T>(&self, written: Result<T>, set_aside: &[String]) -> Result<T> {
        let dir = self.attachments_dir();
        for id in set_aside {
            let gone = named(&dir, id, Some(GONE));
            match &written {
                Ok(_) => remove_if_there(&gone)?,
                Err(_) => {
                    let _ = settle(&gone, &named(&dir, id, None));
                }
            }
        }
        if !set_aside.is_empty() {
            crate::files::sync_dir(&dir);
        }
        written
    }

    /// The problems of the live attachments among `revisions`: a file missing
    /// (`attachment_missing`), or one that does not open or is not the bytes recorded
    /// (`attachment_changed`), each at the seq of the revision that attached it.
    pub(super) fn attachment_problems(&self, revisions: &[&Revision]) -> Vec<chain::Problem> {
        let dir = self.attachments_dir();
        let aead = self.store.cipher().attachments();
        revisions
            .iter()
            .filter_map(|r| Attachment::of(r))
            .filter_map(|a| {
                let state = match sealed_file(&dir, &a.id) {
                    None => stream::FileState::Missing,
                    Some(path) => stream::check(aead, &path, &a.id, &a.sha256, a.bytes),
                };
                let reason = match state {
                    stream::FileState::Intact => return None,
                    // A delete that committed after `revisions` were read has removed the file:
                    // missing only if the attachment is still live now.
                    stream::FileState::Missing
                        if self.attachments(None).is_ok_and(|live| live.iter().all(|l| l.id != a.id)) =>
                    {
                        return None;
                    }
                    stream::FileState::Missing => chain::Reason::AttachmentMissing,
                    stream::FileState::Changed => chain::Reason::AttachmentChanged,
                };
                Some(chain::Problem { seq: a.seq, reason })
            })
            .collect()
    }
}
