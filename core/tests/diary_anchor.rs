//! The diary anchored in trusted time: a request for the head, the answer of a real TSA (Debian's
//! `openssl ts -reply` with a test CA), the anchor kept beside the chain, carried by exports and
//! backups, and checked again by every verify.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

#[allow(dead_code)] // shared with tests/anchor.rs, which uses all of it
mod support {
    pub mod tsa;
}

use chrono::{DateTime, Utc};
use serde_json::Value;
use support::tsa::{Cert, Key, Pki};
use werkmaat_core::{
    Error, InputProblem, Werkmaat,
    calendar::parse_time,
    diary::{Entry, Problem, Reason, Symptom, verify_export},
    progress::silent,
};

fn now() -> DateTime<Utc> {
    "2026-11-28T12:00:00Z".parse().unwrap()
}

fn symptom(severity: u8, at: &str) -> Entry {
    Entry::Symptom(Symptom {
        symptom: "back-pain".into(),
        body_part: Some("lower-back".into()),
        severity,
        at: parse_time("at", at).unwrap(),
        duration_minutes: None,
        helps: None,
        worsens: None,
        medication: None,
        work_related: true,
        missed_work_hours: None,
        note: Some("lifting crates".into()),
    })
}

fn profile(dir: &std::path::Path) -> Werkmaat {
    Werkmaat::open(dir, &["en"], &[8; 32]).unwrap()
}

/// A profile with two entries, a test CA and a TSA it issued.
fn anchored_setup() -> Option<(tempfile::TempDir, Werkmaat, Pki, Cert, Cert)> {
    let pki = Pki::new()?;
    let ca = pki.ca("ca", "Werkmaat test CA", Key::Rsa);
    let tsa = pki.issue(&ca, "tsa", Key::Rsa, "tsa_cert", None);
    let dir = tempfile::tempdir().unwrap();
    let phone = profile(dir.path());
    phone.diary().add(symptom(4, "2026-11-10T08:00:00+01:00"), None, now()).unwrap();
    phone.diary().add(symptom(7, "2026-11-11T09:30:00+01:00"), None, now()).unwrap();
    Some((dir, phone, pki, ca, tsa))
}

fn problem_of(error: Error) -> InputProblem {
    match error {
        Error::InvalidInput { problem, .. } => problem,
        other => panic!("not a refusal of the input: {other:?}"),
    }
}

#[test]
fn an_empty_diary_has_nothing_to_anchor() {
    let dir = tempfile::tempdir().unwrap();
    let err = profile(dir.path()).diary().anchor_request().unwrap_err();
    assert_eq!(problem_of(err), InputProblem::AnchorEmptyDiary);
}

#[test]
fn an_answered_request_is_kept_listed_by_verify_and_carried_by_exports_and_backups() {
    let Some((_dir, phone, pki, ca, tsa)) = anchored_setup() else { return };
    let diary = phone.diary();
    let request = diary.anchor_request().unwrap();
    let witness = diary.witness().unwrap().unwrap();
    assert_eq!((request.seq, request.head.as_str()), (witness.seq, witness.head.as_str()));
    assert_eq!(request.nonce.len(), 32, "a 128-bit nonce, hex");

    let response = pki.reply(&request.der, &tsa, "tsa_config");
    let anchor = diary.anchor_add(&response, std::slice::from_ref(&ca.der)).unwrap();
    assert_eq!(
        (anchor.seq, anchor.head.as_str(), anchor.tsa.as_str()),
        (2, witness.head.as_str(), "CN=tsa,O=Werkmaat test")
    );

    // More entries later: the anchor still holds, and verify lists it.
    diary.add(symptom(5, "2026-11-12T07:00:00+01:00"), None, now()).unwrap();
    let check = diary.verify(None).unwrap();
    assert!(check.ok, "{:?}", check.problems);
    assert_eq!(check.anchors, [anchor.reference()]);

    // The export carries the token and the certificate it was accepted under.
    let json = diary.export_json(false, now(), &silent()).unwrap();
    let received = verify_export(&json, None).unwrap();
    assert!(received.ok && received.anchors == [anchor.reference()], "{received:?}");
    // A receiver trusting the same CA agrees; one trusting another CA does not.
    assert!(verify_export(&json, Some(std::slice::from_ref(&ca.der))).unwrap().ok);
    let stranger = pki.ca("stranger", "Werkmaat test CA", Key::Rsa);
    let doubted = verify_export(&json, Some(std::slice::from_ref(&stranger.der))).unwrap();
    assert_eq!(doubted.problems, [Problem { seq: 2, reason: Reason::AnchorInvalid }]);
    assert!(!doubted.ok && doubted.anchors.is_empty());

    // The doctor's report names the anchor and the head it vouches for.
    let report = diary.report_html("nl", &werkmaat_core::diary::IdentityField::DEFAULT, now(), &silent()).unwrap();
    assert!(report.contains("CN=tsa,O=Werkmaat test") && report.contains(&anchor.head), "the report names the anchor");

    // A backup brings the anchor to a new phone.
    let sealed = diary.backup("correct horse battery staple", now(), &silent()).unwrap();
    let other_dir = tempfile::tempdir().unwrap();
    let other = Werkmaat::open(other_dir.path(), &["en"], &[9; 32]).unwrap();
    other.diary().restore(&sealed, "correct horse battery staple", &silent()).unwrap();
    assert_eq!(other.diary().verify(None).unwrap().anchors, [anchor.reference()]);
}

#[test]
fn an_export_cut_or_changed_below_its_anchor_or_with_an_altered_token_fails() {
    let Some((_dir, phone, pki, ca, tsa)) = anchored_setup() else { return };
    let diary = phone.diary();
    let request = diary.anchor_request().unwrap();
    diary.anchor_add(&pki.reply(&request.der, &tsa, "tsa_config"), std::slice::from_ref(&ca.der)).unwrap();
    let export: Value = serde_json::from_str(&diary.export_json(false, now(), &silent()).unwrap()).unwrap();

    // The tail cut with a recomputed head: the chain holds on its own, the anchor does not.
    let mut cut = export.clone();
    let revisions = cut["revisions"].as_array_mut().unwrap();
    revisions.pop();
    cut["head"] = revisions.last().unwrap()["hash"].clone();
    let check = verify_export(&cut.to_string(), None).unwrap();
    assert_eq!(check.problems, [Problem { seq: 2, reason: Reason::AnchorMismatch }]);

    // A token with one byte changed does not check.
    let mut altered = export.clone();
    let token = altered["anchors"][0]["token"].as_str().unwrap().to_owned();
    let middle = token.len() / 2;
    let flipped = if &token[middle..middle + 1] == "0" { "1" } else { "0" };
    altered["anchors"][0]["token"] = Value::from(format!("{}{flipped}{}", &token[..middle], &token[middle + 1..]));
    let check = verify_export(&altered.to_string(), None).unwrap();
    assert_eq!(check.problems, [Problem { seq: 2, reason: Reason::AnchorInvalid }]);

    // An anchor moved to another seq, or given another time, does not hold.
    let mut moved = export.clone();
    moved["anchors"][0]["seq"] = Value::from(1);
    assert!(!verify_export(&moved.to_string(), None).unwrap().ok);
    let mut retimed = export;
    retimed["anchors"][0]["time"] = Value::from("2020-01-01T00:00:00Z");
    let check = verify_export(&retimed.to_string(), None).unwrap();
    assert_eq!(check.problems, [Problem { seq: 2, reason: Reason::AnchorInvalid }]);
}

#[test]
fn a_bad_response_is_refused_with_its_reason_and_nothing_is_stored() {
    let Some((_dir, phone, pki, ca, tsa)) = anchored_setup() else { return };
    let diary = phone.diary();
    let trusted = std::slice::from_ref(&ca.der);

    // No request made yet.
    let unasked = pki.reply(&werkmaat_core::anchor::request(&[7; 32]).unwrap().der, &tsa, "tsa_config");
    assert_eq!(problem_of(diary.anchor_add(&unasked, trusted).unwrap_err()), InputProblem::AnchorNoRequest);

    let request = diary.anchor_request().unwrap();
    // An answer to another request for the same head (another nonce).
    let head: [u8; 32] = hex::decode(&request.head).unwrap().try_into().unwrap();
    let stray = pki.reply(&werkmaat_core::anchor::request(&head).unwrap().der, &tsa, "tsa_config");
    assert_eq!(problem_of(diary.anchor_add(&stray, trusted).unwrap_err()), InputProblem::AnchorNonceMismatch);
    // An answer for another head.
    assert_eq!(problem_of(diary.anchor_add(&unasked, trusted).unwrap_err()), InputProblem::AnchorImprintMismatch);
    // Garbage, a rejection, and a TSA nobody trusts.
    assert_eq!(problem_of(diary.anchor_add(b"not a response", trusted).unwrap_err()), InputProblem::AnchorGarbage);
    let refused = pki.reply(&request.der, &tsa, "tsa_sha384_only");
    assert_eq!(problem_of(diary.anchor_add(&refused, trusted).unwrap_err()), InputProblem::AnchorNotGranted);
    let good = pki.reply(&request.der, &tsa, "tsa_config");
    let stranger = pki.ca("stranger", "Someone else", Key::Rsa);
    let untrusted = diary.anchor_add(&good, std::slice::from_ref(&stranger.der)).unwrap_err();
    assert_eq!(problem_of(untrusted), InputProblem::AnchorUntrusted);

    assert!(diary.anchors().unwrap().is_empty(), "nothing was stored");
    // The request is still open: its real answer is taken.
    assert_eq!(diary.anchor_add(&good, trusted).unwrap().seq, request.seq);
    assert_eq!(diary.verify(None).unwrap().anchors.len(), 1);
}

#[test]
fn an_older_request_still_takes_its_answer() {
    let Some((_dir, phone, pki, ca, tsa)) = anchored_setup() else { return };
    let diary = phone.diary();
    let first = diary.anchor_request().unwrap();
    diary.add(symptom(3, "2026-11-13T07:00:00+01:00"), None, now()).unwrap();
    let second = diary.anchor_request().unwrap();
    let trusted = std::slice::from_ref(&ca.der);
    assert_eq!(diary.anchor_add(&pki.reply(&first.der, &tsa, "tsa_config"), trusted).unwrap().seq, 2);
    assert_eq!(diary.anchor_add(&pki.reply(&second.der, &tsa, "tsa_config"), trusted).unwrap().seq, 3);
    let check = diary.verify(None).unwrap();
    assert!(check.ok);
    assert_eq!(check.anchors.iter().map(|a| a.seq).collect::<Vec<_>>(), [2, 3]);
}

#[test]
fn a_damaged_anchor_row_is_named_and_the_rest_still_holds() {
    let Some((dir, phone, pki, ca, tsa)) = anchored_setup() else { return };
    let diary = phone.diary();
    let trusted = std::slice::from_ref(&ca.der);
    let first = diary.anchor_request().unwrap();
    diary.anchor_add(&pki.reply(&first.der, &tsa, "tsa_config"), trusted).unwrap();
    diary.add(symptom(3, "2026-11-13T07:00:00+01:00"), None, now()).unwrap();
    let second = diary.anchor_request().unwrap();
    diary.anchor_add(&pki.reply(&second.der, &tsa, "tsa_config"), trusted).unwrap();

    let db = rusqlite::Connection::open(dir.path().join("werkmaat.db")).unwrap();
    db.execute("UPDATE diary_anchors SET sealed = zeroblob(length(sealed)) WHERE seq = 2", []).unwrap();
    drop(db);
    let check = diary.verify(None).unwrap();
    assert_eq!(check.problems, [Problem { seq: 2, reason: Reason::AnchorInvalid }]);
    assert_eq!(check.anchors.iter().map(|a| a.seq).collect::<Vec<_>>(), [3], "the intact anchor still holds");
    assert_eq!(diary.anchors().unwrap().len(), 1);
}
