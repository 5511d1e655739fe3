//! The hash chain: every revision of every entry, in the order it was recorded, each hashed with
//! SHA-256 over a canonical encoding of itself and the hash of the revision before. Changing,
//! removing or reordering anything recorded breaks the chain at that place; `verify` names it.
//!
//! Deleting an entry (the user owns the data) replaces its revisions by tombstones that keep only
//! their hashes: the chain still links, and the gap is visible.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::entry::{Entry, Location};

/// The hash before the first revision.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Create,
    Correct,
    Delete,
}

/// One recorded revision, as stored (sealed) and as exported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Revision {
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
    /// True when the entry was deleted and this revision is kept only as its hash.
    #[serde(default)]
    pub deleted: bool,
    pub prev_hash: String,
    pub hash: String,
}

/// Exactly what is hashed, field by field in this order.
#[derive(Serialize)]
struct Canonical<'a> {
    seq: u64,
    entry_id: &'a str,
    revision: u32,
    recorded_at: &'a DateTime<Utc>,
    action: Action,
    entry: &'a Option<Entry>,
    location_hash: &'a Option<String>,
    prev_hash: &'a str,
}

pub fn location_hash(location: &Location) -> String {
    hex::encode(Sha256::digest(serde_json::to_vec(location).unwrap_or_default()))
}

impl Revision {
    /// The hash this revision must have, from its own content and its predecessor's hash.
    pub fn compute_hash(&self) -> String {
        let canonical = Canonical {
            seq: self.seq,
            entry_id: &self.entry_id,
            revision: self.revision,
            recorded_at: &self.recorded_at,
            action: self.action,
            entry: &self.entry,
            location_hash: &self.location_hash,
            prev_hash: &self.prev_hash,
        };
        let bytes = serde_json::to_vec(&canonical).unwrap_or_default();
        let mut hasher = Sha256::new();
        hasher.update(&bytes);
        hex::encode(hasher.finalize())
    }

    /// The revision as kept after its entry was deleted: only what links the chain.
    pub fn tombstone(&self) -> Revision {
        Revision { entry: None, location: None, location_hash: None, deleted: true, ..self.clone() }
    }
}

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verification {
    pub ok: bool,
    /// Entries that exist (not deleted).
    pub entries: usize,
    pub revisions: usize,
    /// The hash of the last revision: what an export carries and a receiver compares.
    pub head: String,
    /// Revisions kept only as hashes because their entry was deleted.
    pub gaps: Vec<u64>,
    /// The first revision that does not fit, if any, and its entry.
    pub first_bad: Option<BadRevision>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BadRevision {
    pub seq: u64,
    pub entry_id: String,
}

/// Recomputes the chain over revisions in order.
pub fn verify(revisions: &[Revision]) -> Verification {
    let mut prev = GENESIS.to_owned();
    let mut gaps = Vec::new();
    let mut first_bad = None;
    for (i, revision) in revisions.iter().enumerate() {
        let location_ok = match (&revision.location, &revision.location_hash) {
            (Some(location), Some(hash)) => location_hash(location) == *hash,
            (Some(_), None) => false,
            _ => true,
        };
        let fits = revision.seq == i as u64 + 1
            && revision.prev_hash == prev
            && location_ok
            && (revision.deleted || revision.compute_hash() == revision.hash);
        if !fits && first_bad.is_none() {
            first_bad = Some(BadRevision { seq: revision.seq, entry_id: revision.entry_id.clone() });
        }
        if revision.deleted {
            gaps.push(revision.seq);
        }
        prev = revision.hash.clone();
    }
    let mut live: Vec<&str> =
        revisions.iter().filter(|r| !r.deleted && r.entry.is_some()).map(|r| r.entry_id.as_str()).collect();
    live.sort_unstable();
    live.dedup();
    Verification {
        ok: first_bad.is_none(),
        entries: live.len(),
        revisions: revisions.len(),
        head: prev,
        gaps,
        first_bad,
    }
}
