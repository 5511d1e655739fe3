//! The symptom and work-injury diary: entries that are never edited in place (a correction is a
//! new revision), all revisions in one hash chain (`chain`), checks of logged shifts against the
//! working-time rules (`hours`), and a JSON export that a receiver can verify. Entries are sealed
//! one revision per row: codes, times and free text are unreadable without the key.

pub mod anchors;
pub mod attachments;
pub mod backup;
pub mod canonical;
pub mod chain;
pub mod entry;
pub mod fhir;
pub mod hours;
pub mod identity;
mod legacy;
mod opened;
pub mod report;
pub mod vocab;

use std::{path::PathBuf, sync::Arc};

use chrono::{DateTime, NaiveDate, Timelike, Utc};
use serde::{Deserialize, Serialize};

pub(crate) use self::opened::RevisionCache;
pub use self::{
    anchors::{AnchorRequest, KeptAnchor},
    attachments::{Attachment, AttachmentKind, AttachmentRecord, MediaType, without_location},
    chain::{Action, AnchorRef, Problem, Reason, Revision, Verification, Witness},
    entry::{CareContact, CareWith, Entry, EntryKind, Incident, Location, Photo, ReportedTo, Reporter, Shift, Symptom},
    hours::{Breach, Report as HoursReport, Rule as HoursRule},
    identity::{Identity, IdentityField},
    vocab::{Term, Vocabulary},
};
use crate::{
    Error, InputProblem, Result,
    content::Content,
    l10n::Localizer,
    position::Position,
    progress::{self, Progress},
    store::{Cipher, Document, Store, diary_row_aad},
};

/// An entry as the diary shows it: its latest revision.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntryView {
    pub id: String,
    pub revision: u32,
    pub recorded_at: DateTime<Utc>,
    pub hash: String,
    pub entry: Entry,
    pub location: Option<Location>,
}

/// Entries oldest first: the order the doctor's report and the FHIR bundle read in. `entries`
/// come newest first as `views` sorts them (by moment, recording time, then order written), so
/// this is that order reversed, ties included.
fn oldest_first(entries: &[EntryView]) -> Vec<&EntryView> {
    entries.iter().rev().collect()
}

/// What an append returns: the entry's id, the new revision's seq and hash (the new head).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Appended {
    pub id: String,
    pub seq: u64,
    pub hash: String,
}

impl Appended {
    /// What the shell keeps after this write, to pass back to `verify`.
    pub fn witness(&self) -> Witness {
        Witness { seq: self.seq, head: self.hash.clone() }
    }
}

/// What a restore returns: how many entries the diary then has, and the witness to keep.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Restored {
    pub entries: usize,
    pub witness: Option<Witness>,
}

/// A row that does not open (damaged or tampered with), with the hash stored beside it if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DamagedRow {
    pub seq: u64,
    pub hash: Option<String>,
}

/// A diary export: every revision (tombstones too), the rows that did not open, and the head.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Export {
    pub format: String,
    /// 1 before format 2; an export of version 2 may still hold format-1 revisions.
    pub version: u32,
    pub exported_at: DateTime<Utc>,
    pub head: String,
    pub revisions: Vec<Revision>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub damaged: Vec<DamagedRow>,
    /// The time-stamp anchors kept for this chain (`docs/diary-format.md`, "Anchors").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub anchors: Vec<KeptAnchor>,
    /// The attachment files written beside the export (`docs/diary-format.md`, "Attachment
    /// files"); not part of any hash.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<attachments::export::ExportedFile>,
}

impl Export {
    /// The chain of this export, damaged rows in their places, checked against its own head, its
    /// anchors (each token checked against `trusted`, or the certificates the export names) and
    /// the anchors a receiver got from elsewhere (`expected`, a head printed on a report).
    pub fn verify(&self, trusted: Option<&[Vec<u8>]>, expected: &[AnchorRef]) -> Verification {
        // The revisions stay in the order the file has them (a reordered file must show); each
        // damaged row goes before the first revision after it.
        let mut rows: Vec<chain::Row<'_>> = Vec::with_capacity(self.revisions.len() + self.damaged.len());
        let mut damaged = self.damaged.iter().peekable();
        for revision in &self.revisions {
            while let Some(d) = damaged.next_if(|d| d.seq < revision.seq) {
                rows.push(chain::Row::Damaged { seq: d.seq, hash: d.hash.as_deref() });
            }
            rows.push(chain::Row::Intact(revision));
        }
        rows.extend(damaged.map(|d| chain::Row::Damaged { seq: d.seq, hash: d.hash.as_deref() }));
        verify_anchored(&rows, Some(&self.head), None, &self.anchors, trusted, expected)
    }
}

/// The chain checked with its kept anchors: tokens that do not check are `anchor_invalid`, and
/// those that do must match the chain.
fn verify_anchored(
    rows: &[chain::Row<'_>],
    head: Option<&str>,
    witness: Option<&Witness>,
    kept: &[KeptAnchor],
    trusted: Option<&[Vec<u8>]>,
    expected: &[AnchorRef],
) -> Verification {
    let (mut holding, invalid) = anchors::check(kept, trusted);
    holding.extend(expected.iter().cloned());
    let mut verification = chain::verify(rows, chain::Expected { head, witness, anchors: &holding });
    if !invalid.is_empty() {
        verification.problems.extend(invalid);
        verification.problems.sort();
        verification.ok = false;
    }
    verification
}

const EXPORT_FORMAT: &str = "werkmaat-diary";

#[derive(Clone)]
pub struct Diary {
    store: Arc<Store>,
    /// The profile's data directory, where `attachments/` holds the attachment files.
    data_dir: PathBuf,
    content: Arc<Content>,
    localizer: Localizer,
    opened: RevisionCache,
}

impl Diary {
    pub(crate) fn new(
        store: Arc<Store>,
        data_dir: PathBuf,
        content: Arc<Content>,
        localizer: Localizer,
        opened: RevisionCache,
    ) -> Diary {
        Diary { store, data_dir, content, localizer, opened }
    }

    /// Symptoms and body parts with their labels in the user's language and in Dutch.
    pub fn vocabulary(&self) -> (Vec<Term>, Vec<Term>) {
        let dutch = Localizer::negotiate_in(self.localizer.locales(), &["nl"]);
        self.content.diary.terms(&self.localizer, &dutch)
    }

    /// Adds an entry. `location` (from the phone, optional) is sealed with it.
    pub fn add(&self, entry: Entry, location: Option<Position>, recorded_at: DateTime<Utc>) -> Result<Appended> {
        entry.check(&self.content.diary)?;
        entry.check_not_after(recorded_at)?;
        let location = location.map(new_location).transpose()?;
        let id = random_hex(8)?;
        let revision = NewRevision {
            id: &id,
            revision: 1,
            action: Action::Create,
            entry: Some(entry),
            location,
            attachment: None,
        };
        self.store.write(|tx| {
            let next = next_place(tx, self.store.cipher())?;
            append(tx, self.store.cipher(), next, revision, recorded_at)
        })
    }

    /// Records a correction: a new revision of the entry; the earlier ones stay readable.
    pub fn correct(&self, id: &str, entry: Entry, recorded_at: DateTime<Utc>) -> Result<Appended> {
        entry.check(&self.content.diary)?;
        entry.check_not_after(recorded_at)?;
        let cipher = self.store.cipher();
        // The current revision is read in the writing transaction: two corrections at once
        // cannot both become revision n + 1.
        self.store.write(|tx| {
            let mut opened = opened::lock(&self.opened);
            let (current, previous) = opened.refreshed(tx, cipher)?.current(id)?;
            let next = next_place(tx, cipher)?;
            if previous.kind() != entry.kind() {
                return Err(Error::invalid("kind", InputProblem::CorrectionKind));
            }
            let revision = NewRevision {
                id,
                revision: current.revision + 1,
                action: Action::Correct,
                entry: Some(entry),
                location: current.location.clone(),
                attachment: None,
            };
            append(tx, cipher, next, revision, recorded_at)
        })
    }

    /// Deletes an entry: its revisions become tombstones that keep their digests and places but
    /// not their content (the chain still holds, the gap shows), and a Delete listing them is
    /// recorded, all in one transaction. Its attachments are deleted with it, in the same one.
    pub fn delete(&self, id: &str, recorded_at: DateTime<Utc>) -> Result<Appended> {
        let cipher = self.store.cipher();
        let mut set_aside = Vec::new();
        let written = self.store.write(|tx| {
            let mut opened = opened::lock(&self.opened);
            let opened = opened.refreshed(tx, cipher)?;
            let number = opened.current(id)?.0.revision + 1;
            let attached: Vec<String> = opened
                .intact()
                .into_iter()
                .filter_map(Attachment::of)
                .filter(|a| a.entry_id == id)
                .map(|a| a.id)
                .collect();
            let mut appended = self.delete_in(tx, opened, id, number, recorded_at, &mut set_aside)?;
            for attachment in &attached {
                let last = self.delete_in(tx, opened, attachment, 2, recorded_at, &mut set_aside)?;
                appended = Appended { seq: last.seq, hash: last.hash, ..appended };
            }
            Ok(appended)
        });
        self.finish_deletes(written, &set_aside)
    }

    /// Turns the revisions of `id` (an entry or an attachment) into tombstones and appends their
    /// Delete (revision `number`), in the caller's transaction; an attachment's file is set aside
    /// (`finish_deletes` removes it once committed).
    fn delete_in(
        &self,
        tx: &rusqlite::Transaction<'_>,
        opened: &opened::OpenedRevisions,
        id: &str,
        number: u32,
        recorded_at: DateTime<Utc>,
        set_aside: &mut Vec<String>,
    ) -> Result<Appended> {
        let cipher = self.store.cipher();
        let next = next_place(tx, cipher)?;
        let doomed: Vec<&Revision> = opened.intact().into_iter().filter(|r| r.entry_id == id).collect();
        if doomed.iter().any(|r| Attachment::of(r).is_some()) {
            self.set_file_aside(id, set_aside)?;
        }
        for revision in &doomed {
            let sealed = seal_revision(cipher, &revision.tombstone(next.0))?;
            tx.execute("UPDATE diary SET sealed = ?1 WHERE seq = ?2", rusqlite::params![sealed, revision.seq as i64])?;
        }
        let revision =
            NewRevision { id, revision: number, action: Action::Delete, entry: None, location: None, attachment: None };
        append_delete(tx, cipher, next, revision, &doomed, recorded_at)
    }

    /// The latest seq and head as stored now: what the shell keeps after a write it did not see
    /// (or to start keeping one). `None` for an empty diary.
    pub fn witness(&self) -> Result<Option<Witness>> {
        self.store.read(|conn| {
            let seq: i64 = conn.query_row("SELECT coalesce(max(seq), 0) FROM diary", [], |r| r.get(0))?;
            if seq == 0 {
                return Ok(None);
            }
            let (_, head) = next_place(conn, self.store.cipher())?;
            Ok(Some(Witness { seq: seq as u64, head }))
        })
    }

    /// Makes a time-stamp request for the current head and keeps it until `anchor_add` brings the
    /// TSA's answer: the DER to send, and the seq, head and nonce it is for.
    pub fn anchor_request(&self) -> Result<AnchorRequest> {
        let witness = self.witness()?.ok_or(Error::invalid("diary", InputProblem::AnchorEmptyDiary))?;
        self.store.update(Document::DIARY_ANCHOR_REQUESTS, |kept: &mut anchors::Requests| {
            anchors::request(kept, witness.seq, &witness.head)
        })
    }

    /// Checks a TSA's DER response to a kept request against the `trusted` TSA certificates
    /// (DER) and keeps the anchor. A response that does not check is refused with its reason
    /// and nothing is stored.
    pub fn anchor_add(&self, response: &[u8], trusted: &[Vec<u8>]) -> Result<KeptAnchor> {
        // The signature checks run before the write transaction, which stays short.
        let requests: anchors::Requests = self.store.load(Document::DIARY_ANCHOR_REQUESTS)?;
        let anchor = anchors::answer(&requests, response, trusted)?;
        let cipher = self.store.cipher();
        self.store.write(|tx| {
            if hash_at(tx, cipher, anchor.seq)?.as_deref() != Some(anchor.head.as_str()) {
                return Err(Error::Tampered { place: "diary" });
            }
            let answered = Document::DIARY_ANCHOR_REQUESTS
                .update_in(tx, cipher, |kept: &mut anchors::Requests| Ok(anchors::forget_request(kept, &anchor)))?;
            if answered {
                anchors::insert(tx, cipher, &anchor)?;
            }
            Ok(())
        })?;
        Ok(anchor)
    }

    /// The anchors kept, oldest seq first (rows that do not open left out; `verify` names them).
    pub fn anchors(&self) -> Result<Vec<KeptAnchor>> {
        Ok(self.store.read(|conn| anchors::load(conn, self.store.cipher()))?.0)
    }

    /// The seqs of the rows that do not open: list, exports and backup leave them out.
    pub fn damaged(&self) -> Result<Vec<u64>> {
        let mut opened = opened::lock(&self.opened);
        self.store.read(|conn| Ok(opened.refreshed(conn, self.store.cipher())?.damaged()))
    }

    /// Every row opened, in order, fresh from the disk; one that does not open is reported as
    /// damaged. For `verify` and the exports, which must not trust what is in memory.
    fn revisions_with(&self, progress: &dyn Progress) -> Result<Vec<opened::Opened>> {
        self.store.read(|conn| opened::open_after(conn, self.store.cipher(), 0, progress))
    }

    /// Every row split into the revisions that opened and the rows that did not.
    fn split_revisions_with(&self, progress: &dyn Progress) -> Result<(Vec<Revision>, Vec<DamagedRow>)> {
        let (mut intact, mut damaged) = (Vec::new(), Vec::new());
        for row in self.revisions_with(progress)? {
            match row {
                Ok(revision) => intact.push(revision),
                Err(row) => damaged.push(row),
            }
        }
        Ok((intact, damaged))
    }

    /// The latest revision of every entry that is not deleted, newest `at` first, filtered.
    pub fn list(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        kind: Option<EntryKind>,
        limit: Option<usize>,
    ) -> Result<Vec<EntryView>> {
        let keep = |e: &Entry| {
            kind.is_none_or(|k| e.kind() == k)
                && from.is_none_or(|d| e.at().date_naive() >= d)
                && to.is_none_or(|d| e.at().date_naive() <= d)
        };
        let mut opened = opened::lock(&self.opened);
        self.store.read(|conn| Ok(views(opened.refreshed(conn, self.store.cipher())?.latest(), keep, limit)))
    }

    /// One entry as the list shows it (its current revision): what a shell edits or corrects.
    pub fn get(&self, id: &str) -> Result<EntryView> {
        let mut opened = opened::lock(&self.opened);
        let view = self.store.read(|conn| {
            let (current, _) = opened.refreshed(conn, self.store.cipher())?.current(id)?;
            Ok(views([current], |_| true, None).pop())
        })?;
        view.ok_or(Error::NotFound { message: "error-unknown-entry" })
    }

    /// Every revision of one entry, oldest first: the readable history of its corrections.
    pub fn history(&self, id: &str) -> Result<Vec<Revision>> {
        let mut opened = opened::lock(&self.opened);
        let revisions: Vec<Revision> = self.store.read(|conn| {
            let revisions = opened.refreshed(conn, self.store.cipher())?.intact();
            Ok(revisions.into_iter().filter(|r| r.entry_id == id).cloned().collect())
        })?;
        if revisions.is_empty() {
            return Err(Error::NotFound { message: "error-unknown-entry" });
        }
        Ok(revisions)
    }

    /// Recomputes the chain from the disk: every problem, a row that does not open as `damaged`;
    /// a chain behind the `witness` the shell kept as `rolled_back`; each kept anchor checked
    /// again (`anchor_invalid`) and against the chain (`anchor_mismatch`).
    pub fn verify(&self, witness: Option<&Witness>) -> Result<Verification> {
        let loaded = self.revisions_with(&progress::silent())?;
        let (kept, damaged_anchors) = self.store.read(|conn| anchors::load(conn, self.store.cipher()))?;
        let rows: Vec<chain::Row<'_>> = loaded
            .iter()
            .map(|row| match row {
                Ok(revision) => chain::Row::Intact(revision),
                Err(d) => chain::Row::Damaged { seq: d.seq, hash: d.hash.as_deref() },
            })
            .collect();
        let mut verification = verify_anchored(&rows, None, witness, &kept, None, &[]);
        let intact: Vec<&Revision> = loaded.iter().filter_map(|row| row.as_ref().ok()).collect();
        let file_problems = self.attachment_problems(&intact);
        if !damaged_anchors.is_empty() || !file_problems.is_empty() {
            let problems = damaged_anchors.into_iter().map(|seq| Problem { seq, reason: Reason::AnchorInvalid });
            verification.problems.extend(problems.chain(file_problems));
            verification.problems.sort();
            verification.ok = false;
        }
        Ok(verification)
    }

    /// The logged shifts checked against the working-time rules: which rules, and what broke them.
    pub fn hours(&self) -> Result<HoursReport> {
        Ok(self.working_time(&self.list(None, None, Some(EntryKind::Shift), None)?))
    }

    fn working_time(&self, entries: &[EntryView]) -> HoursReport {
        let shifts: Vec<(String, Shift)> = entries
            .iter()
            .filter_map(|v| match &v.entry {
                Entry::Shift(s) => Some((v.id.clone(), s.clone())),
                _ => None,
            })
            .collect();
        hours::check(&shifts, &self.content.facts)
    }

    /// Every entry, read fresh from the disk with the chain verified over the same read: what the
    /// report and the FHIR bundle show is exactly what they vouch for, never the in-memory copy.
    /// A diary whose chain does not hold gets no export that would vouch for it; damaged rows are
    /// left out and named (`Verification::damaged`), the rest is still given.
    fn verified_entries(&self) -> Result<(Vec<EntryView>, Verification)> {
        let (export, verification) = self.verified_export()?;
        Ok((latest_views(&export.revisions), verification))
    }

    /// The whole diary read fresh from the disk, with its chain verified (see `verified_entries`).
    fn verified_export(&self) -> Result<(Export, Verification)> {
        let export = self.export(true, DateTime::UNIX_EPOCH, &progress::silent())?;
        let verification = export.verify(None, &[]);
        if !verification.holds_but_damaged() {
            return Err(Error::Tampered { place: "diary" });
        }
        Ok((export, verification))
    }

    fn export(&self, include_location: bool, exported_at: DateTime<Utc>, progress: &dyn Progress) -> Result<Export> {
        let (mut revisions, damaged) = self.split_revisions_with(progress)?;
        if !include_location {
            revisions.iter_mut().for_each(|r| r.location = None);
        }
        let last_revision = revisions.last().map(|r| (r.seq, Some(r.hash.clone())));
        let last_damaged = damaged.last().map(|d| (d.seq, d.hash.clone()));
        let head = match last_revision.max(last_damaged) {
            None => Some(chain::GENESIS.to_owned()),
            Some((_, hash)) => hash,
        };
        let version = canonical::FORMAT_VERSION;
        let head = head.unwrap_or_default();
        let anchors = self.anchors()?;
        let attachments = Vec::new();
        Ok(Export {
            format: EXPORT_FORMAT.to_owned(),
            version,
            exported_at,
            head,
            revisions,
            damaged,
            anchors,
            attachments,
        })
    }

    /// The report for the doctor (see `report`): HTML in the user's language with `doctor_locale`
    /// beside it, with the saved details named in `identity` at the top. A diary whose chain does
    /// not hold gets no report that would vouch for it.
    pub fn report_html(
        &self,
        doctor_locale: &str,
        identity: &[IdentityField],
        made_at: DateTime<Utc>,
        progress: &dyn Progress,
    ) -> Result<String> {
        let doctor = self.doctor_localizer(doctor_locale)?;
        let identity = self.identity(identity)?;
        let (entries, verification) = self.verified_entries()?;
        let input = report::ReportInput {
            working_time: self.working_time(&entries),
            entries,
            verification,
            vocabulary: &self.content.diary,
            user: &self.localizer,
            doctor: &doctor,
            identity,
            made_at,
            previews: self.previews()?,
        };
        report::render(&input, progress)
    }

    /// The live attachments as the report shows them: JPEG and PNG as small pictures made anew
    /// (one original in memory at a time), the others, and a file that does not open, by hash.
    fn previews(&self) -> Result<Vec<report::thumbnails::Preview>> {
        let mut previews = Vec::new();
        for attachment in self.attachments(None)? {
            let picture = matches!(attachment.media_type, MediaType::Jpeg | MediaType::Png);
            let shown = picture
                .then(|| {
                    let mut original = Vec::with_capacity(attachment.bytes as usize);
                    self.read_attachment(&attachment.id, &mut original).ok()?;
                    report::thumbnails::thumbnail(&original)
                })
                .flatten();
            previews.push(report::thumbnails::Preview {
                entry_id: attachment.entry_id,
                original_sha256: attachment.sha256,
                shown,
            });
        }
        Ok(previews)
    }

    /// The diary as a FHIR R4 Bundle (see `fhir`), its texts in `doctor_locale`, the Patient
    /// carrying the saved details named in `identity`; positions only with `include_location`.
    pub fn export_fhir(
        &self,
        doctor_locale: &str,
        identity: &[IdentityField],
        include_location: bool,
        made_at: DateTime<Utc>,
        progress: &dyn Progress,
    ) -> Result<String> {
        let doctor = self.doctor_localizer(doctor_locale)?;
        let identity = self.identity(identity)?;
        let (export, verification) = self.verified_export()?;
        // The first row's hash, stored beside it even when the row is damaged or a tombstone.
        let first_row = export.revisions.first().map(|r| (r.seq, Some(r.hash.clone())));
        let first_damaged = export.damaged.first().map(|d| (d.seq, d.hash.clone()));
        let first_hash = [first_row, first_damaged].into_iter().flatten().min_by_key(|(seq, _)| *seq);
        let input = fhir::FhirInput {
            entries: latest_views(&export.revisions),
            head: verification.head,
            first_hash: first_hash.and_then(|(_, hash)| hash),
            include_location,
            vocabulary: &self.content.diary,
            doctor: &doctor,
            patient_language: self.localizer.locale().to_owned(),
            identity,
            made_at,
        };
        fhir::render(&input, progress)
    }

    /// The saved personal details named in `fields`.
    fn identity(&self, fields: &[IdentityField]) -> Result<Identity> {
        let details = crate::details::DetailsService::new(self.store.clone()).get()?;
        Ok(Identity::chosen(&details, fields))
    }

    /// The doctor's language from a tag as typed (`nl`, `nl-NL`, `NL`); one Werkmaat has no texts
    /// for is refused rather than quietly replaced by English.
    fn doctor_localizer(&self, doctor_locale: &str) -> Result<Localizer> {
        Localizer::matching(self.localizer.locales(), doctor_locale)
            .ok_or(Error::invalid("doctor_locale", InputProblem::DoctorLocale))
    }

    /// An encrypted backup of the whole diary, positions included, under a passphrase.
    pub fn backup(&self, passphrase: &str, exported_at: DateTime<Utc>, progress: &dyn Progress) -> Result<Vec<u8>> {
        let export = self.export(true, exported_at, progress)?;
        if !export.verify(None, &[]).holds_but_damaged() {
            return Err(Error::Tampered { place: "diary" });
        }
        let mut files = Vec::new();
        for attachment in export.revisions.iter().filter_map(Attachment::of) {
            let mut bytes = Vec::with_capacity(attachment.bytes as usize);
            self.read_attachment(&attachment.id, &mut bytes)?;
            files.push((attachment.id, bytes));
        }
        backup::seal(&export, &files, passphrase)
    }

    /// Restores a backup into this profile's diary, which must be empty: all revisions in one
    /// transaction, or none (a cancel rolls it back). A row the backup names as damaged comes
    /// back as a damaged row with its hash, so the chain keeps its shape. Returns how many entries
    /// the diary then has and the witness to keep.
    pub fn restore(&self, bytes: &[u8], passphrase: &str, progress: &dyn Progress) -> Result<Restored> {
        // Verified as it was opened: the count of entries comes from that check, not from
        // decrypting the whole diary again after writing it.
        let (export, verification, files) = backup::open(bytes, passphrase)?;
        let cipher = self.store.cipher();
        let mut written = Vec::new();
        let restored = self.store.write(|tx| {
            let existing: i64 = tx.query_row("SELECT count(*) FROM diary", [], |r| r.get(0))?;
            if existing > 0 {
                return Err(Error::invalid("diary", InputProblem::RestoreNotEmpty));
            }
            for (done, revision) in export.revisions.iter().enumerate() {
                progress::step(progress, done, export.revisions.len())?;
                let sealed = seal_revision(cipher, revision)?;
                insert_row(tx, revision.seq, &sealed, Some(&revision.hash))?;
            }
            for row in &export.damaged {
                insert_row(tx, row.seq, &[], row.hash.as_deref())?;
            }
            tx.execute("DELETE FROM diary_anchors", [])?;
            for anchor in &export.anchors {
                anchors::insert(tx, cipher, anchor)?;
            }
            // The files of the live attachments, under this profile's key, before the commit.
            for attachment in export.revisions.iter().filter_map(Attachment::of) {
                let bytes = files.iter().find(|(id, _)| *id == attachment.id).map(|(_, b)| b.as_slice());
                let bytes = bytes.ok_or(Error::invalid("file", InputProblem::Backup))?;
                written.push(self.seal_new_file(&attachment.id, &attachment.sha256, bytes)?);
            }
            progress::step(progress, export.revisions.len(), export.revisions.len())
        });
        self.settle_new_files(restored.is_ok(), &written)?;
        restored?;
        let witness = (verification.revisions > 0)
            .then(|| Witness { seq: verification.revisions as u64, head: verification.head.clone() });
        Ok(Restored { entries: verification.entries, witness })
    }

    /// The full export with its chain verified, for a share, which lists the attachment files
    /// itself as it packs them: a diary whose chain does not hold is refused, as for the report
    /// (damaged rows are named, the rest still goes).
    pub fn verified_export_at(
        &self,
        include_location: bool,
        exported_at: DateTime<Utc>,
        progress: &dyn Progress,
    ) -> Result<(Export, Verification)> {
        let export = self.export(include_location, exported_at, progress)?;
        let verification = export.verify(None, &[]);
        if !verification.holds_but_damaged() {
            return Err(Error::Tampered { place: "diary" });
        }
        Ok((export, verification))
    }

    /// The full diary as JSON, with the chain head; `include_location: false` leaves positions
    /// out (their hashes stay, so the export still verifies) and lists copies of the attachments
    /// without their location (`exported_files`, which says what to write beside it).
    pub fn export_json(
        &self,
        include_location: bool,
        exported_at: DateTime<Utc>,
        progress: &dyn Progress,
    ) -> Result<String> {
        let mut export = self.export(include_location, exported_at, progress)?;
        export.attachments = self.exported_files(include_location)?;
        Ok(serde_json::to_string_pretty(&export)?)
    }
}

/// Verifies an exported diary someone received (format 1 or 2): the chain, that it ends at the
/// head it states, and its anchors, each token checked against `trusted` (the receiver's own TSA
/// certificates, DER) or, without them, against the certificates the export names.
pub fn verify_export(json: &str, trusted: Option<&[Vec<u8>]>) -> Result<Verification> {
    let export: Export = serde_json::from_str(json).map_err(|_| Error::invalid("file", InputProblem::DiaryExport))?;
    if export.format != EXPORT_FORMAT || !(1..=canonical::FORMAT_VERSION).contains(&export.version) {
        return Err(Error::invalid("file", InputProblem::DiaryExport));
    }
    Ok(export.verify(trusted, &[]))
}

/// `verify_export`, and the attachment files the export lists checked in `folder`, the export's
/// own (`attachments::export::check_files`).
pub fn verify_export_with_files(
    json: &str,
    trusted: Option<&[Vec<u8>]>,
    folder: &std::path::Path,
) -> Result<Verification> {
    let mut verification = verify_export(json, trusted)?;
    let export: Export = serde_json::from_str(json).map_err(|_| Error::invalid("file", InputProblem::DiaryExport))?;
    let problems = attachments::export::check_files(&export, folder);
    if !problems.is_empty() {
        verification.problems.extend(problems);
        verification.problems.sort();
        verification.problems.dedup();
        verification.ok = false;
    }
    Ok(verification)
}

/// The latest revision of every entry in `revisions` (given in chain order), as the list shows it.
fn latest_views(revisions: &[Revision]) -> Vec<EntryView> {
    let mut latest: std::collections::HashMap<&str, &Revision> = std::collections::HashMap::new();
    for revision in revisions {
        latest.insert(&revision.entry_id, revision);
    }
    views(latest.into_values(), |_| true, None)
}

/// What a list shows: of the latest revisions given, those of entries that exist and pass `keep`,
/// newest first (the `limit` newest only). Ties (same moment, same recording time) go by the order
/// written, so the list and the exports made from it come out the same every time.
fn views<'a>(
    latest: impl IntoIterator<Item = &'a Revision>,
    keep: impl Fn(&Entry) -> bool,
    limit: Option<usize>,
) -> Vec<EntryView> {
    let mut views: Vec<(&Revision, &Entry)> =
        latest.into_iter().filter_map(|r| Some((r, r.entry.as_ref()?))).filter(|(_, e)| keep(e)).collect();
    let newest_first = |(ra, a): &(&Revision, &Entry), (rb, b): &(&Revision, &Entry)| {
        b.at().cmp(&a.at()).then(rb.recorded_at.cmp(&ra.recorded_at)).then(rb.seq.cmp(&ra.seq))
    };
    // The latest `limit` only: pick them in linear time, then sort just those.
    if let Some(limit) = limit.filter(|&limit| limit < views.len()) {
        views.select_nth_unstable_by(limit, newest_first);
        views.truncate(limit);
    }
    views.sort_by(newest_first);
    views
        .into_iter()
        .map(|(r, entry)| EntryView {
            id: r.entry_id.clone(),
            revision: r.revision,
            recorded_at: r.recorded_at,
            hash: r.hash.clone(),
            entry: entry.clone(),
            location: r.location.clone(),
        })
        .collect()
}

/// A revision about to be appended.
struct NewRevision<'a> {
    id: &'a str,
    revision: u32,
    action: Action,
    entry: Option<Entry>,
    location: Option<Location>,
    attachment: Option<AttachmentRecord>,
}

/// The seq and previous hash of the next revision. The hash comes from the plain `hash` column,
/// so a damaged last row does not stop the diary; rows written before schema 5 have none, and
/// the last of them is opened instead.
fn next_place(conn: &rusqlite::Connection, cipher: &Cipher) -> Result<(u64, String)> {
    use rusqlite::OptionalExtension;
    let last: Option<(i64, Vec<u8>, Option<String>)> = conn
        .query_row("SELECT seq, sealed, hash FROM diary ORDER BY seq DESC LIMIT 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    Ok(match last {
        None => (1, chain::GENESIS.to_owned()),
        Some((seq, _, Some(hash))) => (seq as u64 + 1, hash),
        Some((seq, sealed, None)) => (seq as u64 + 1, open_revision(cipher, seq as u64, &sealed)?.hash),
    })
}

/// The hash of the row at `seq` as stored (opened for rows from before schema 5), `None` if
/// there is no such row.
fn hash_at(conn: &rusqlite::Connection, cipher: &Cipher, seq: u64) -> Result<Option<String>> {
    use rusqlite::OptionalExtension;
    let row: Option<(Vec<u8>, Option<String>)> = conn
        .query_row("SELECT sealed, hash FROM diary WHERE seq = ?1", [seq as i64], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(match row {
        None => None,
        Some((_, Some(hash))) => Some(hash),
        Some((sealed, None)) => Some(open_revision(cipher, seq, &sealed)?.hash),
    })
}

fn insert_row(tx: &rusqlite::Transaction<'_>, seq: u64, sealed: &[u8], hash: Option<&str>) -> Result<()> {
    tx.execute(
        "INSERT INTO diary (seq, sealed, hash) VALUES (?1, ?2, ?3)",
        rusqlite::params![seq as i64, sealed, hash],
    )?;
    Ok(())
}

/// Appends a revision (format 2, whole seconds) at `next`, chained to it, in the caller's
/// transaction.
fn append(
    tx: &rusqlite::Transaction<'_>,
    cipher: &Cipher,
    next: (u64, String),
    new: NewRevision<'_>,
    recorded_at: DateTime<Utc>,
) -> Result<Appended> {
    append_delete(tx, cipher, next, new, &[], recorded_at)
}

/// Appends a revision; for a Delete, `tombstones` are the revisions it turned into tombstones.
fn append_delete(
    tx: &rusqlite::Transaction<'_>,
    cipher: &Cipher,
    (seq, prev_hash): (u64, String),
    new: NewRevision<'_>,
    tombstones: &[&Revision],
    recorded_at: DateTime<Utc>,
) -> Result<Appended> {
    let location_hash = new.location.as_ref().map(|l| chain::location_hash(canonical::FORMAT_VERSION, l));
    let mut record = Revision {
        format_version: canonical::FORMAT_VERSION,
        seq,
        entry_id: new.id.to_owned(),
        revision: new.revision,
        recorded_at: recorded_at.with_nanosecond(0).unwrap_or(recorded_at),
        action: new.action,
        entry: new.entry.map(Entry::whole_seconds),
        location_hash,
        location: new.location,
        attachment: new.attachment,
        content_digest: None,
        tombstones: tombstones.iter().map(|t| t.seq).collect(),
        deleted: false,
        deleted_by: None,
        prev_hash,
        hash: String::new(),
    };
    record.content_digest = Some(record.computed_digest());
    let links: Vec<canonical::TombstoneLink<'_>> = tombstones
        .iter()
        .map(|t| canonical::TombstoneLink { seq: t.seq, prev_hash: &t.prev_hash, hash: &t.hash })
        .collect();
    record.hash = record.compute_hash(&links).unwrap_or_default();
    insert_row(tx, seq, &seal_revision(cipher, &record)?, Some(&record.hash))?;
    Ok(Appended { id: new.id.to_owned(), seq, hash: record.hash })
}

fn seal_revision(cipher: &Cipher, revision: &Revision) -> Result<Vec<u8>> {
    let plain = zeroize::Zeroizing::new(serde_json::to_vec(revision)?);
    cipher.seal(&plain, &diary_row_aad(revision.seq))
}

fn open_revision(cipher: &Cipher, seq: u64, sealed: &[u8]) -> Result<Revision> {
    let plain = cipher.open(sealed, &diary_row_aad(seq), "diary")?;
    let revision: Revision = serde_json::from_slice(&plain).map_err(|_| Error::Tampered { place: "diary" })?;
    if revision.seq != seq {
        return Err(Error::Tampered { place: "diary" });
    }
    Ok(revision)
}

fn random_hex(bytes: usize) -> Result<String> {
    let mut buf = vec![0u8; bytes];
    getrandom::getrandom(&mut buf).map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
    Ok(hex::encode(buf))
}

fn new_location(position: Position) -> Result<Location> {
    Ok(Location { lat: position.lat(), lon: position.lon(), salt: random_hex(16)? })
}
