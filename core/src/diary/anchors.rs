//! The diary's anchors in trusted time (see `crate::anchor` for RFC 3161 itself): the requests
//! waiting for a time-stamping authority's answer and the tokens kept, each with the seq and head
//! it vouches for and the TSA certificates it was accepted under.
//!
//! They are kept beside the chain, not in it: an anchor vouches for a head that already exists, so
//! adding one changes no hash and a diary anchored many times keeps the head printed on a report.
//! The requests are one small sealed document (`Document::DIARY_ANCHOR_REQUESTS`); each anchor is
//! one sealed row of `diary_anchors`, so adding one writes one row however many there are.
//! Exports and backups carry them (`Export::anchors`); `verify` checks every token again and the
//! chain against each.

use rusqlite::{Connection, Transaction};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::chain::{AnchorRef, Problem, Reason};
use crate::{
    Error, InputProblem, Result,
    anchor::{self, AnchorError, PendingAnchor},
    store::Cipher,
};

/// Requests older than the newest few are forgotten: a TSA answers within seconds, and each
/// kept request is tried against every response.
const PENDING_KEPT: usize = 4;

/// The requests waiting for an answer, newest last.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct Requests {
    #[serde(default)]
    pub pending: Vec<Pending>,
}

/// A request made for the head at `seq`, until its response comes.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Pending {
    pub seq: u64,
    pub request: PendingAnchor,
}

/// A DER value written as hex in JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Der(#[serde(with = "hex::serde")] pub Vec<u8>);

/// An anchor as a profile keeps it and an export carries it: the revision it vouches for, the
/// TSA's time and name, the DER `TimeStampToken`, and the TSA certificates that were trusted when
/// it was accepted, so it can be checked again anywhere (a receiver may check it against
/// certificates of its own instead).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptAnchor {
    pub seq: u64,
    pub head: String,
    pub time: chrono::DateTime<chrono::Utc>,
    pub tsa: String,
    pub token: Der,
    pub trusted: Vec<Der>,
}

impl KeptAnchor {
    pub fn reference(&self) -> AnchorRef {
        AnchorRef { seq: self.seq, head: self.head.clone(), time: self.time, tsa: self.tsa.clone() }
    }
}

/// What a shell sends to a TSA: the DER request for the head at `seq`, and its nonce.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnchorRequest {
    #[serde(skip)]
    pub der: Vec<u8>,
    pub seq: u64,
    pub head: String,
    pub nonce: String,
}

/// A head as the 32 bytes a time-stamp covers.
pub(crate) fn head_bytes(head: &str) -> Result<[u8; 32]> {
    let mut bytes = [0u8; 32];
    hex::decode_to_slice(head, &mut bytes).map_err(|_| Error::Tampered { place: "diary" })?;
    Ok(bytes)
}

/// Makes a request for the head at `seq` and keeps it, dropping the oldest beyond a few.
pub(crate) fn request(kept: &mut Requests, seq: u64, head: &str) -> Result<AnchorRequest> {
    let pending = anchor::request(&head_bytes(head)?)?;
    let request =
        AnchorRequest { der: pending.der.clone(), seq, head: head.to_owned(), nonce: hex::encode(&pending.nonce) };
    kept.pending.push(Pending { seq, request: pending });
    let excess = kept.pending.len().saturating_sub(PENDING_KEPT);
    kept.pending.drain(..excess);
    Ok(request)
}

/// The kept request a response answers, checked (`anchor::accept`) as an anchor for its seq.
/// A response for none of them is refused with the reason it gives against the newest.
pub(crate) fn answer(kept: &Requests, response: &[u8], trusted: &[Vec<u8>]) -> Result<KeptAnchor> {
    let mut refusal = None;
    for pending in kept.pending.iter().rev() {
        match anchor::accept(response, &pending.request, trusted) {
            Ok(accepted) => {
                return Ok(KeptAnchor {
                    seq: pending.seq,
                    head: hex::encode(accepted.head),
                    time: accepted.time,
                    tsa: accepted.tsa,
                    token: Der(accepted.token),
                    trusted: trusted.iter().cloned().map(Der).collect(),
                });
            }
            // Perhaps the answer to an older request: try that one too.
            Err(e @ (AnchorError::ImprintMismatch | AnchorError::NonceMismatch)) => {
                refusal.get_or_insert(e);
            }
            Err(e) => return Err(e.into()),
        }
    }
    Err(refusal.map_or_else(|| Error::invalid("response", InputProblem::AnchorNoRequest), Error::from))
}

/// Forgets the request an accepted anchor answers; `false` when it was already gone (the same
/// answer added twice, perhaps from two screens at once), and then the anchor is kept already.
pub(crate) fn forget_request(kept: &mut Requests, anchor: &KeptAnchor) -> bool {
    let before = kept.pending.len();
    kept.pending.retain(|p| !(p.seq == anchor.seq && hex::encode(p.request.head) == anchor.head));
    kept.pending.len() != before
}

fn row_aad(id: i64) -> String {
    format!("diary_anchors/{id}")
}

/// Keeps an anchor as a new row, in the caller's transaction.
pub(crate) fn insert(tx: &Transaction<'_>, cipher: &Cipher, anchor: &KeptAnchor) -> Result<()> {
    let id: i64 = tx.query_row("SELECT coalesce(max(id), 0) + 1 FROM diary_anchors", [], |r| r.get(0))?;
    let plain = Zeroizing::new(serde_json::to_vec(anchor)?);
    let sealed = cipher.seal(&plain, &row_aad(id))?;
    tx.execute(
        "INSERT INTO diary_anchors (id, seq, sealed) VALUES (?1, ?2, ?3)",
        rusqlite::params![id, anchor.seq as i64, sealed],
    )?;
    Ok(())
}

/// Every anchor kept, by seq, and the seqs of rows that do not open (damaged or moved).
pub(crate) fn load(conn: &Connection, cipher: &Cipher) -> Result<(Vec<KeptAnchor>, Vec<u64>)> {
    let mut stmt = conn.prepare("SELECT id, seq, sealed FROM diary_anchors ORDER BY seq, id")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get::<_, Vec<u8>>(2)?)))?;
    let (mut kept, mut damaged) = (Vec::new(), Vec::new());
    for row in rows {
        let (id, seq, sealed) = row?;
        let opened = cipher
            .open(&sealed, &row_aad(id), "diary_anchors")
            .ok()
            .and_then(|plain| serde_json::from_slice::<KeptAnchor>(&plain).ok())
            .filter(|anchor| anchor.seq == seq as u64);
        match opened {
            Some(anchor) => kept.push(anchor),
            None => damaged.push(seq as u64),
        }
    }
    Ok((kept, damaged))
}

/// Checks every token again, against `trusted` when given (a receiver's own certificates), else
/// against the certificates each was accepted under: the anchors that hold, for the chain check,
/// and an `anchor_invalid` problem for each that does not (altered, or for another head).
pub(crate) fn check(anchors: &[KeptAnchor], trusted: Option<&[Vec<u8>]>) -> (Vec<AnchorRef>, Vec<Problem>) {
    let mut holding = Vec::new();
    let mut problems = Vec::new();
    for kept in anchors {
        let own: Vec<Vec<u8>> = kept.trusted.iter().map(|d| d.0.clone()).collect();
        let trust = trusted.unwrap_or(&own);
        let checked = head_bytes(&kept.head)
            .ok()
            .and_then(|head| anchor::check_token(&kept.token.0, &head, trust).ok())
            .filter(|a| a.time == kept.time && a.tsa == kept.tsa);
        match checked {
            Some(_) => holding.push(kept.reference()),
            None => problems.push(Problem { seq: kept.seq, reason: Reason::AnchorInvalid }),
        }
    }
    (holding, problems)
}
