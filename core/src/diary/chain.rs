//! The hash chain: every revision of every entry, in the order it was recorded, each hashed over
//! its canonical bytes (`canonical`, format 2; `legacy`, format 1) and the hash of the revision
//! before. `docs/diary-format.md` is the spec; `verify` names every problem it finds.
//!
//! Deleting an entry (the user owns the data) turns its revisions into tombstones that keep their
//! content digest but not the content, so their hashes are still recomputed; the Delete revision
//! lists them and each names its Delete, so no revision can be marked deleted afterwards.

use std::collections::HashMap;

use chrono::{DateTime, Timelike, Utc};
use serde::{Deserialize, Serialize};

use super::{
    attachments::AttachmentRecord,
    canonical::{self, FORMAT_VERSION, TombstoneLink},
    entry::{Entry, Location},
    legacy,
};

/// The hash before the first revision.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Create,
    Correct,
    Delete,
}

fn format_one() -> u32 {
    1
}

/// One recorded revision, as stored (sealed) and as exported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Revision {
    /// 1 for revisions written before format 2 (the field was not there), else 2.
    #[serde(default = "format_one")]
    pub format_version: u32,
    pub seq: u64,
    pub entry_id: String,
    pub revision: u32,
    pub recorded_at: DateTime<Utc>,
    pub action: Action,
    /// The entry; `None` for a deletion, and for a revision whose entry was deleted since.
    pub entry: Option<Entry>,
    /// Kept apart from the entry so that an export can leave it out.
    pub location: Option<Location>,
    /// The hash of the location, part of what is hashed, so the chain holds with or without it.
    pub location_hash: Option<String>,
    /// A create that attaches a file (`entry_id` is then the attachment's id) records it here
    /// instead of an entry; `None` for every other revision, and for a deleted attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment: Option<AttachmentRecord>,
    /// Format 2: the digest of the content, what a tombstone keeps so its hash is recomputed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_digest: Option<String>,
    /// Format 2, a Delete: the seqs it turned into tombstones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tombstones: Vec<u64>,
    /// True when the entry was deleted and this revision is kept only as its hash.
    #[serde(default)]
    pub deleted: bool,
    /// The seq of the Delete that made this tombstone (tombstones made since format 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_by: Option<u64>,
    pub prev_hash: String,
    pub hash: String,
}

/// The location hash under a revision's format.
pub fn location_hash(format_version: u32, location: &Location) -> String {
    match format_version {
        1 => legacy::location_hash(location),
        _ => canonical::location_hash(location),
    }
}

impl Revision {
    /// The content digest of a live format-2 revision, from its entry and location hash.
    pub fn computed_digest(&self) -> String {
        canonical::content_digest(self.entry.as_ref(), self.location_hash.as_deref(), self.attachment.as_ref())
    }

    /// The hash this revision must have, or `None` for a format-1 tombstone (its hash covered
    /// content that is gone). A Delete's hash covers where its tombstones sit (`links`).
    pub fn compute_hash(&self, links: &[TombstoneLink<'_>]) -> Option<String> {
        match (self.format_version, self.deleted) {
            (1, true) => None,
            (1, false) => Some(legacy::revision_hash(self)),
            (_, true) => Some(canonical::revision_hash(self, self.content_digest.as_deref()?, links)),
            (_, false) => Some(canonical::revision_hash(self, &self.computed_digest(), links)),
        }
    }

    /// The revision as kept after the Delete at `deleted_by`: its digest and its place, not its
    /// content.
    pub fn tombstone(&self, deleted_by: u64) -> Revision {
        let content_digest = (self.format_version >= 2).then(|| self.computed_digest());
        Revision {
            entry: None,
            location: None,
            location_hash: None,
            attachment: None,
            content_digest,
            deleted: true,
            deleted_by: Some(deleted_by),
            ..self.clone()
        }
    }

    fn link(&self) -> TombstoneLink<'_> {
        TombstoneLink { seq: self.seq, prev_hash: &self.prev_hash, hash: &self.hash }
    }
}

/// What the shell keeps after every write (in the keystore, beside the key): the latest seq and
/// head. A diary behind it was rolled back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Witness {
    pub seq: u64,
    pub head: String,
}

/// A head someone outside the phone vouched for at a time (a time-stamp authority's token).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnchorRef {
    pub seq: u64,
    pub head: String,
    pub time: DateTime<Utc>,
    pub tsa: String,
}

/// Why a revision does not fit; `docs/diary-format.md` defines each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Malformed,
    Sequence,
    BrokenLink,
    HashMismatch,
    FormatDowngrade,
    UnlinkedTombstone,
    TombstoneMismatch,
    HeadMismatch,
    RolledBack,
    AnchorMismatch,
    /// A kept time-stamp token that does not check (altered, or not from a trusted TSA).
    AnchorInvalid,
    /// A live attachment's file is not there.
    AttachmentMissing,
    /// A live attachment's file does not open, or is not the bytes its revision recorded.
    AttachmentChanged,
    Damaged,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Problem {
    pub seq: u64,
    pub reason: Reason,
}

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verification {
    pub ok: bool,
    /// The newest format in the chain (format 2 for an empty one).
    pub format_version: u32,
    /// Entries that exist (not deleted).
    pub entries: usize,
    pub revisions: usize,
    /// The hash of the last revision: what an export carries and a receiver compares.
    pub head: String,
    /// Revisions kept only as hashes because their entry was deleted.
    pub gaps: Vec<u64>,
    /// The anchors that hold: their token checks and the chain has their head at their seq.
    pub anchors: Vec<AnchorRef>,
    /// Rows that do not open (stored diary) or were left out as damaged (export).
    pub damaged: Vec<u64>,
    /// Every problem, by seq.
    pub problems: Vec<Problem>,
}

impl Verification {
    /// True when nothing but damaged rows was found: what is intact can still be shown.
    pub fn holds_but_damaged(&self) -> bool {
        self.problems.iter().all(|p| p.reason == Reason::Damaged)
    }
}

/// One row of the chain: a revision, or a row that did not open, with its hash if known.
#[derive(Debug, Clone, Copy)]
pub enum Row<'a> {
    Intact(&'a Revision),
    Damaged { seq: u64, hash: Option<&'a str> },
}

/// What `verify` compares the chain with besides itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct Expected<'a> {
    /// The head an export states.
    pub head: Option<&'a str>,
    pub witness: Option<&'a Witness>,
    pub anchors: &'a [AnchorRef],
}

/// Whether every time in a format-2 revision is in whole seconds, as the spec writes them.
fn whole_seconds(revision: &Revision) -> bool {
    let entry_times_ok = revision.entry.as_ref().is_none_or(|e| match e {
        Entry::Symptom(s) => s.at.nanosecond() == 0,
        Entry::Incident(i) => {
            i.at.nanosecond() == 0 && i.reported_to.iter().all(|r| r.at.is_none_or(|t| t.nanosecond() == 0))
        }
        Entry::Shift(s) => s.start.nanosecond() == 0 && s.end.nanosecond() == 0,
        Entry::CareContact(c) => c.at.nanosecond() == 0,
    });
    revision.recorded_at.nanosecond() == 0 && entry_times_ok
}

/// Whether the fields of a revision fit its action and format.
fn well_formed(r: &Revision) -> bool {
    // A create holds an entry or an attachment (never both); a correct only an entry.
    let shape = match (r.action, r.deleted) {
        (Action::Delete, false) => r.entry.is_none() && r.attachment.is_none() && r.deleted_by.is_none(),
        (Action::Delete, true) => false,
        (Action::Create, false) => r.entry.is_some() != r.attachment.is_some() && r.deleted_by.is_none(),
        (Action::Correct, false) => r.entry.is_some() && r.attachment.is_none() && r.deleted_by.is_none(),
        (_, true) => r.entry.is_none() && r.location.is_none() && r.attachment.is_none(),
    };
    let attachment_ok = r.attachment.as_ref().is_none_or(|a| {
        r.format_version == 2 && r.location.is_none() && r.location_hash.is_none() && is_hash(&a.sha256)
    });
    let format = match r.format_version {
        1 => r.content_digest.is_none() && r.tombstones.is_empty(),
        2 => {
            whole_seconds(r)
                && (!r.deleted || (r.content_digest.is_some() && r.deleted_by.is_some()))
                && (r.action == Action::Delete || r.tombstones.is_empty())
        }
        _ => false,
    };
    shape && format && attachment_ok
}

/// 64 lowercase hex digits, as every hash in the format is written.
fn is_hash(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Recomputes the chain over its rows in order and compares it with what is expected.
pub fn verify(rows: &[Row<'_>], expected: Expected<'_>) -> Verification {
    let by_seq: HashMap<u64, &Revision> = rows
        .iter()
        .filter_map(|row| match row {
            Row::Intact(r) => Some((r.seq, *r)),
            Row::Damaged { .. } => None,
        })
        .collect();
    let mut problems = Vec::new();
    let mut hashes: Vec<Option<&str>> = Vec::with_capacity(rows.len());
    let mut prev: Option<&str> = Some(GENESIS);
    let mut newest_format = 1;
    let mut damaged = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let position = i as u64 + 1;
        let r = match row {
            Row::Damaged { seq, hash } => {
                damaged.push(*seq);
                problems.push(Problem { seq: *seq, reason: Reason::Damaged });
                if *seq != position {
                    problems.push(Problem { seq: *seq, reason: Reason::Sequence });
                }
                hashes.push(*hash);
                prev = *hash;
                continue;
            }
            Row::Intact(r) => *r,
        };
        let mut problem = |reason| problems.push(Problem { seq: r.seq, reason });
        if r.seq != position {
            problem(Reason::Sequence);
        }
        if prev.is_some_and(|p| p != r.prev_hash) {
            problem(Reason::BrokenLink);
        }
        if r.format_version < newest_format {
            problem(Reason::FormatDowngrade);
        }
        newest_format = newest_format.max(r.format_version);
        if !well_formed(r) {
            problem(Reason::Malformed);
        }
        let location_ok = match (&r.location, &r.location_hash) {
            (Some(location), Some(hash)) => location_hash(r.format_version, location) == *hash,
            (Some(_), None) => false,
            _ => true,
        };
        let digest_ok = r.deleted || r.content_digest.as_ref().is_none_or(|d| *d == r.computed_digest());
        let links: Option<Vec<TombstoneLink<'_>>> =
            r.tombstones.iter().map(|seq| by_seq.get(seq).map(|t| t.link())).collect();
        // A Delete whose tombstones did not all open cannot be rehashed; `damaged` says why.
        let hash_ok = links.is_none_or(|links| r.compute_hash(&links).is_none_or(|h| h == r.hash));
        if !(location_ok && digest_ok && hash_ok) {
            problem(Reason::HashMismatch);
        }
        hashes.push(Some(&r.hash));
        prev = Some(&r.hash);
    }
    check_tombstones(rows, &by_seq, &mut problems);
    let head = match rows.last() {
        None => Some(GENESIS),
        Some(_) => hashes.last().copied().flatten(),
    };
    let last_seq = rows.len() as u64;
    if let Some(stated) = expected.head
        && head.is_some_and(|h| h != stated)
    {
        problems.push(Problem { seq: last_seq, reason: Reason::HeadMismatch });
    }
    let behind = |seq: u64, head: &str| {
        if seq == 0 {
            return head != GENESIS;
        }
        match hashes.get(seq as usize - 1) {
            None => true,
            Some(known) => known.is_some_and(|h| h != head),
        }
    };
    if let Some(witness) = expected.witness
        && behind(witness.seq, &witness.head)
    {
        problems.push(Problem { seq: witness.seq, reason: Reason::RolledBack });
    }
    // Only the anchors that hold are listed: one the chain does not have is a problem, not a proof.
    let mut anchors = Vec::new();
    for anchor in expected.anchors {
        if behind(anchor.seq, &anchor.head) {
            problems.push(Problem { seq: anchor.seq, reason: Reason::AnchorMismatch });
        } else {
            anchors.push(anchor.clone());
        }
    }
    problems.sort();
    problems.dedup();
    let revisions: Vec<&Revision> = by_seq.values().copied().collect();
    let mut live: Vec<&str> =
        revisions.iter().filter(|r| !r.deleted && r.entry.is_some()).map(|r| r.entry_id.as_str()).collect();
    live.sort_unstable();
    live.dedup();
    let mut gaps: Vec<u64> = revisions.iter().filter(|r| r.deleted).map(|r| r.seq).collect();
    gaps.sort_unstable();
    Verification {
        ok: problems.is_empty(),
        format_version: if rows.is_empty() { FORMAT_VERSION } else { newest_format },
        entries: live.len(),
        revisions: rows.len(),
        head: head.unwrap_or_default().to_owned(),
        gaps,
        anchors,
        damaged,
        problems,
    }
}

/// Every tombstone must be made by a later Delete of its entry, and every Delete must have made
/// exactly the tombstones of its entry's earlier revisions.
fn check_tombstones(rows: &[Row<'_>], by_seq: &HashMap<u64, &Revision>, problems: &mut Vec<Problem>) {
    let is_damaged = |seq: u64| rows.iter().any(|row| matches!(row, Row::Damaged { seq: s, .. } if *s == seq));
    // Each entry's revisions in chain order: one pass, so a long diary stays linear.
    let mut of_entry: HashMap<&str, Vec<&Revision>> = HashMap::new();
    for row in rows {
        if let Row::Intact(r) = row {
            of_entry.entry(r.entry_id.as_str()).or_default().push(r);
        }
    }
    for revisions in of_entry.values() {
        for t in revisions.iter().filter(|r| r.deleted) {
            let linked = match t.deleted_by {
                // Format 1 recorded no link: any later Delete of the same entry is all it can show.
                None => t.format_version == 1 && revisions.iter().any(|d| d.action == Action::Delete && d.seq > t.seq),
                Some(by) => match by_seq.get(&by) {
                    Some(d) => {
                        d.action == Action::Delete
                            && d.entry_id == t.entry_id
                            && d.seq > t.seq
                            && (d.format_version == 1 || d.tombstones.contains(&t.seq))
                    }
                    // The Delete's row did not open: `damaged` already says so.
                    None => is_damaged(by),
                },
            };
            if !linked {
                problems.push(Problem { seq: t.seq, reason: Reason::UnlinkedTombstone });
            }
        }
        for d in revisions.iter().filter(|r| r.action == Action::Delete) {
            let mut earlier = revisions.iter().filter(|r| r.seq < d.seq && r.action != Action::Delete);
            let fits = if d.format_version == 1 {
                earlier.all(|r| r.deleted)
            } else {
                earlier.all(|r| r.deleted && r.deleted_by == Some(d.seq) && d.tombstones.contains(&r.seq))
                    && d.tombstones.iter().all(|seq| match by_seq.get(seq) {
                        Some(t) => t.entry_id == d.entry_id && t.seq < d.seq,
                        None => is_damaged(*seq),
                    })
            };
            if !fits {
                problems.push(Problem { seq: d.seq, reason: Reason::TombstoneMismatch });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::entry::CareContact;

    fn revision(seq: u64, prev: &str, format_version: u32) -> Revision {
        let at = DateTime::parse_from_rfc3339("2026-11-10T07:30:00+01:00").unwrap();
        let mut r = Revision {
            format_version,
            seq,
            entry_id: format!("{seq:016x}"),
            revision: 1,
            recorded_at: at.to_utc(),
            action: Action::Create,
            entry: Some(Entry::CareContact(CareContact { at, with: crate::diary::CareWith::Gp, advice: None })),
            location: None,
            location_hash: None,
            attachment: None,
            content_digest: None,
            tombstones: Vec::new(),
            deleted: false,
            deleted_by: None,
            prev_hash: prev.to_owned(),
            hash: String::new(),
        };
        if format_version == 2 {
            r.content_digest = Some(r.computed_digest());
        }
        r.hash = r.compute_hash(&[]).unwrap();
        r
    }

    fn reasons(revisions: &[Revision]) -> Vec<Reason> {
        let rows: Vec<Row<'_>> = revisions.iter().map(Row::Intact).collect();
        verify(&rows, Expected::default()).problems.into_iter().map(|p| p.reason).collect()
    }

    #[test]
    fn format_2_may_follow_format_1_but_not_the_other_way() {
        let first = revision(1, GENESIS, 1);
        let second = revision(2, &first.hash, 2);
        assert_eq!(reasons(&[first.clone(), second.clone()]), []);
        let back = revision(3, &second.hash, 1);
        assert_eq!(reasons(&[first, second, back]), [Reason::FormatDowngrade]);
    }

    #[test]
    fn a_fraction_of_a_second_is_malformed_in_format_2_only() {
        let mut old = revision(1, GENESIS, 1);
        old.recorded_at += chrono::Duration::milliseconds(500);
        old.hash = old.compute_hash(&[]).unwrap();
        assert_eq!(reasons(std::slice::from_ref(&old)), []);
        let mut new = revision(1, GENESIS, 2);
        new.recorded_at += chrono::Duration::milliseconds(500);
        new.hash = new.compute_hash(&[]).unwrap();
        assert_eq!(reasons(&[new]), [Reason::Malformed]);
    }

    #[test]
    fn a_damaged_row_without_a_hash_stops_only_the_link_after_it() {
        let first = revision(1, GENESIS, 2);
        let third = revision(3, &"ab".repeat(32), 2);
        let rows = [Row::Intact(&first), Row::Damaged { seq: 2, hash: None }, Row::Intact(&third)];
        let check = verify(&rows, Expected::default());
        assert_eq!(check.problems, [Problem { seq: 2, reason: Reason::Damaged }]);
        assert_eq!((check.damaged, check.head), (vec![2], third.hash.clone()));
    }
}
