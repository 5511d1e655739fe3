//! The diary format (`docs/diary-format.md`) pinned from outside the code: golden vectors of
//! format 1 (taken from the code before format 2) and format 2, and the forgery corpus under
//! `tests/forgeries/`, which the independent verifier reads too.
//!
//! `cargo test -p werkmaat-core --test diary_format -- --ignored write_vectors` writes the format-2
//! vectors and the corpus again, `-- --ignored write_anchored_vectors` the anchored export (with a
//! new token from a test TSA) and its forgeries; the other tests check the files in the repository.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failed test

#[allow(dead_code)] // shared with tests/diary_anchor.rs and tests/anchor.rs
mod support {
    pub mod tsa;
}

use std::path::PathBuf;

use chrono::{DateTime, Duration, Utc};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use werkmaat_core::{
    Werkmaat,
    diary::{
        AnchorRef, CareContact, Entry, Export, Incident, Problem, Reason, Revision, Symptom, Witness, backup,
        canonical, chain, verify_export,
    },
    position::Position,
    progress::silent,
};
use x509_cert::{
    Certificate,
    der::{DecodePem, Encode},
};

/// The anchored export: a diary made through the API, anchored by a test TSA whose CA is
/// `ANCHOR_CA` (written by `write_anchored_vectors`).
const ANCHORED: &str = "docs/diary-vectors/v2-anchored-export.json";
const ANCHOR_CA: &str = "docs/diary-vectors/tsa-ca.pem";

fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join(path)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn t(text: &str) -> DateTime<chrono::FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

fn u(text: &str) -> DateTime<Utc> {
    t(text).with_timezone(&Utc)
}

fn reasons(json: &str) -> Vec<Reason> {
    let mut reasons: Vec<Reason> = verify_export(json, None).unwrap().problems.into_iter().map(|p| p.reason).collect();
    reasons.sort();
    reasons.dedup();
    reasons
}

#[test]
fn format_1_exports_and_revisions_still_verify() {
    let json = read("docs/diary-vectors/v1-export.json");
    let export: Export = serde_json::from_str(&json).unwrap();
    let check = verify_export(&json, None).unwrap();
    assert!(check.ok, "{check:?}");
    assert_eq!((check.head.as_str(), check.format_version, check.gaps.as_slice()), (export.head.as_str(), 1, &[4][..]));
    let before: Vec<Revision> = serde_json::from_str(&read("docs/diary-vectors/v1-before-deletion.json")).unwrap();
    for revision in &before {
        assert_eq!(revision.compute_hash(&[]).as_deref(), Some(revision.hash.as_str()), "seq {}", revision.seq);
        if let Some(location) = &revision.location {
            assert_eq!(chain::location_hash(1, location), revision.location_hash.clone().unwrap());
        }
    }
}

/// One format-2 vector: the exact bytes hashed and the hashes, per revision of the v2 export.
fn vectors_of(export: &Export) -> Vec<Value> {
    let by_seq = |seq: u64| export.revisions.iter().find(|r| r.seq == seq).unwrap();
    export
        .revisions
        .iter()
        .filter(|r| r.format_version == 2)
        .map(|r| {
            let digest = r.content_digest.clone().unwrap();
            let links: Vec<canonical::TombstoneLink<'_>> = r
                .tombstones
                .iter()
                .map(|&seq| {
                    let t = by_seq(seq);
                    canonical::TombstoneLink { seq, prev_hash: &t.prev_hash, hash: &t.hash }
                })
                .collect();
            let content = (!r.deleted).then(|| canonical::content(r.entry.as_ref(), r.location_hash.as_deref(), r.attachment.as_ref()));
            let header = canonical::header(r, &digest, &links);
            json!({
                "seq": r.seq,
                "kind": if r.deleted { "tombstone" } else { match r.action {
                    chain::Action::Create => "create", chain::Action::Correct => "correct", chain::Action::Delete => "delete" } },
                "content_bytes": content.map(|c| String::from_utf8(canonical::bytes(&c)).unwrap()),
                "content_digest": digest,
                "location_hash": r.location_hash,
                "location_bytes": r.location.as_ref().map(|l| String::from_utf8(canonical::bytes(
                    &json!({"lat": l.lat, "lon": l.lon, "salt": l.salt}))).unwrap()),
                "revision_bytes": String::from_utf8(canonical::bytes(&header)).unwrap(),
                "hash": r.hash,
            })
        })
        .collect()
}

#[test]
fn format_2_vectors_hold() {
    let json = read("docs/diary-vectors/v2-export.json");
    let check = verify_export(&json, None).unwrap();
    assert!(check.ok && check.format_version == 2, "{check:?}");
    let export: Export = serde_json::from_str(&json).unwrap();
    let vectors: Vec<Value> = serde_json::from_str(&read("docs/diary-vectors/v2-vectors.json")).unwrap();
    assert_eq!(vectors, vectors_of(&export));
    for vector in &vectors {
        let sha = |field: &str| hex::encode(Sha256::digest(vector[field].as_str().unwrap().as_bytes()));
        assert_eq!(sha("revision_bytes"), vector["hash"].as_str().unwrap());
        if vector["content_bytes"].is_string() {
            assert_eq!(sha("content_bytes"), vector["content_digest"].as_str().unwrap());
        }
        if vector["location_bytes"].is_string() {
            assert_eq!(sha("location_bytes"), vector["location_hash"].as_str().unwrap());
        }
    }
    let kinds: Vec<&str> = vectors.iter().map(|v| v["kind"].as_str().unwrap()).collect();
    for kind in ["create", "correct", "delete", "tombstone"] {
        assert!(kinds.contains(&kind), "a vector of a {kind} revision");
    }
}

/// An optional field that is absent leaves nothing in the bytes: an entry written before a new
/// optional field existed hashes the same after it was added, and an export that carries the new
/// field as `null` still verifies.
#[test]
fn an_absent_optional_field_keeps_old_hashes() {
    let bare = Entry::Symptom(Symptom {
        symptom: "cough".into(),
        body_part: None,
        severity: 3,
        at: t("2026-11-10T07:30:00+01:00"),
        duration_minutes: None,
        helps: None,
        worsens: None,
        medication: None,
        work_related: false,
        missed_work_hours: None,
        note: None,
    });
    let spec = json!({"kind": "symptom", "symptom": "cough", "severity": 3, "at": "2026-11-10T07:30:00+01:00",
        "work_related": false});
    assert_eq!(canonical::entry(&bare), spec, "only the fields that have a value");
    let json = read("docs/diary-vectors/v2-export.json");
    let mut export: Value = serde_json::from_str(&json).unwrap();
    for revision in export["revisions"].as_array_mut().unwrap() {
        if let Some(entry) = revision["entry"].as_object_mut() {
            entry.insert("pain_at_night".into(), Value::Null);
        }
    }
    let check = verify_export(&export.to_string(), None).unwrap();
    assert!(check.ok, "{check:?}");
}

/// Recomputes the hashes of `revisions[from..=to]` and their links, as an attacker without the key
/// can (the chain is keyless); a format-1 tombstone keeps its hash, as it must.
fn reseal(revisions: &mut [Revision], from: usize, to: usize) {
    for i in from..=to {
        if i > 0 {
            revisions[i].prev_hash = revisions[i - 1].hash.clone();
        }
        if revisions[i].format_version == 2 && !revisions[i].deleted {
            revisions[i].content_digest = Some(revisions[i].computed_digest());
        }
        let snapshot = revisions.to_vec();
        let links: Vec<canonical::TombstoneLink<'_>> = revisions[i]
            .tombstones
            .iter()
            .filter_map(|&seq| snapshot.iter().find(|r| r.seq == seq))
            .map(|r| canonical::TombstoneLink { seq: r.seq, prev_hash: &r.prev_hash, hash: &r.hash })
            .collect();
        if let Some(hash) = revisions[i].compute_hash(&links) {
            revisions[i].hash = hash;
        }
    }
}

/// A forgery: its name, the forged export, the reasons `verify` gives, and what it needs.
struct Forgery {
    name: &'static str,
    export: Value,
    needs: Option<&'static str>,
    note: &'static str,
}

/// `base` with `change` made to it.
fn forged(
    base: &Value,
    name: &'static str,
    needs: Option<&'static str>,
    note: &'static str,
    change: &dyn Fn(&mut Value),
) -> Forgery {
    let mut export = base.clone();
    change(&mut export);
    Forgery { name, export, needs, note }
}

fn at_seq(export: &mut Value, seq: u64) -> &mut Value {
    export["revisions"].as_array_mut().unwrap().iter_mut().find(|r| r["seq"] == json!(seq)).unwrap()
}

fn typed(export: &Value) -> Export {
    serde_json::from_value(export.clone()).unwrap()
}

fn untyped(export: &Export) -> Value {
    // Through the text an export is written as: `to_value` would widen an f32 (1.1 becomes
    // 1.100000023841858), which is not what any export holds.
    serde_json::from_str(&serde_json::to_string(export).unwrap()).unwrap()
}

/// Every forgery, made from the format-2 export (`docs/diary-vectors/v2-export.json`). Its shape:
/// 1–6 format 1 (seq 2 an incident deleted by seq 11, seq 4 a shift deleted by seq 6), 7 an
/// incident, 8 a correction of seq 1's entry, 9 a symptom deleted by seq 10, 12 a care contact.
fn forgeries(base: &Value) -> Vec<Forgery> {
    let mut out = Vec::new();
    let mut forge = |name, needs, note, change: &dyn Fn(&mut Value)| out.push(forged(base, name, needs, note, change));
    forge(
        "flip_deleted_flag",
        None,
        "the incident at seq 7 marked deleted, its text removed, naming the Delete at seq 10",
        &|e| {
            let r = at_seq(e, 7);
            let digest = r["content_digest"].clone();
            r["deleted"] = json!(true);
            r["deleted_by"] = json!(10);
            r["entry"] = Value::Null;
            r["content_digest"] = digest;
        },
    );
    forge("flip_deleted_flag_format_1", None, "a format-1 care contact (seq 5) marked deleted with no Delete", &|e| {
        let r = at_seq(e, 5);
        r["deleted"] = json!(true);
        r["entry"] = Value::Null;
    });
    forge("unflip_deleted_flag", None, "a tombstone (seq 9) claims to be a live revision", &|e| {
        at_seq(e, 9)["deleted"] = json!(false);
    });
    forge(
        "rewrite_before_deletion",
        None,
        "the incident at seq 7 moved a day earlier, seq 7-8 rehashed, the tombstone at seq 9 relinked, the head kept",
        &|e| {
            let mut export = typed(e);
            let incident = export.revisions[6].entry.as_mut().unwrap();
            if let Entry::Incident(i) = incident {
                i.at -= Duration::days(1);
            }
            reseal(&mut export.revisions, 6, 7);
            export.revisions[8].prev_hash = export.revisions[7].hash.clone();
            *e = untyped(&export);
        },
    );
    forge(
        "rewrite_before_format_1_tombstone",
        None,
        "format-1 seq 1 rewritten and rehashed, the format-1 tombstone at seq 2 relinked; the Delete at seq 11 (format 2) commits to its place",
        &|e| {
            let mut export = typed(e);
            if let Some(Entry::Symptom(s)) = export.revisions[0].entry.as_mut() {
                s.severity = 2;
            }
            reseal(&mut export.revisions, 0, 0);
            export.revisions[1].prev_hash = export.revisions[0].hash.clone();
            *e = untyped(&export);
        },
    );
    forge(
        "rewrite_before_deletion_new_head",
        Some("witness_or_anchor"),
        "seq 7 rewritten and everything after rehashed, with a new head: only a witness or an anchor shows it",
        &|e| {
            let mut export = typed(e);
            if let Some(Entry::Incident(i)) = export.revisions[6].entry.as_mut() {
                i.description = "Nothing happened.".into();
            }
            let last = export.revisions.len() - 1;
            reseal(&mut export.revisions, 6, last);
            export.head = export.revisions[last].hash.clone();
            *e = untyped(&export);
        },
    );
    forge("drop_revision", None, "seq 7 removed", &|e| {
        e["revisions"].as_array_mut().unwrap().remove(6);
    });
    forge("reorder_revisions", None, "seq 7 and 8 swapped", &|e| {
        e["revisions"].as_array_mut().unwrap().swap(6, 7);
    });
    forge("duplicate_revision", None, "the last revision twice", &|e| {
        let revisions = e["revisions"].as_array_mut().unwrap();
        let last = revisions.last().unwrap().clone();
        revisions.push(last);
    });
    forge("splice_foreign_revision", None, "seq 12 replaced by a revision hashed on another chain", &|e| {
        let mut export = typed(e);
        let last = export.revisions.len() - 1;
        export.revisions[last].prev_hash = "ab".repeat(32);
        export.revisions[last].entry_id = "0123456789abcdef".into();
        let hash = export.revisions[last].compute_hash(&[]).unwrap();
        export.revisions[last].hash = hash.clone();
        export.head = hash;
        *e = untyped(&export);
    });
    forge(
        "resurrect_deleted_format_1",
        None,
        "the format-1 tombstone at seq 4 replaced by the revision it was before deletion",
        &|e| {
            let before: Vec<Value> = serde_json::from_str(&read("docs/diary-vectors/v1-before-deletion.json")).unwrap();
            *at_seq(e, 4) = before[3].clone();
        },
    );
    forge("move_tombstone", None, "the tombstone of seq 9 put in the place of seq 7", &|e| {
        let mut moved = at_seq(e, 9).clone();
        let seven = at_seq(e, 7);
        moved["seq"] = json!(7);
        moved["prev_hash"] = seven["prev_hash"].clone();
        moved["hash"] = seven["hash"].clone();
        *seven = moved;
    });
    forge("change_entry_time", None, "the care contact's time (seq 12)", &|e| {
        at_seq(e, 12)["entry"]["at"] = json!("2026-11-18T09:15:00+01:00");
    });
    forge("change_entry_kind", None, "the incident at seq 7 turned into a care contact", &|e| {
        let entry = &mut at_seq(e, 7)["entry"];
        entry["kind"] = json!("care_contact");
        entry["with"] = json!("gp");
    });
    forge("change_action", None, "the correction at seq 8 turned into a create", &|e| {
        at_seq(e, 8)["action"] = json!("create");
    });
    forge("change_recorded_at", None, "seq 7 recorded a day later", &|e| {
        at_seq(e, 7)["recorded_at"] = json!("2026-11-17T10:00:00Z");
    });
    forge("cut_tail_old_head", None, "the last revision removed, the head kept", &|e| {
        e["revisions"].as_array_mut().unwrap().pop();
    });
    forge(
        "cut_tail_new_head",
        Some("witness_or_anchor"),
        "the last revision removed and the head set to seq 11's: only a witness or an anchor of seq 12 shows it",
        &|e| {
            let revisions = e["revisions"].as_array_mut().unwrap();
            revisions.pop();
            let head = revisions[10]["hash"].clone();
            e["head"] = head;
        },
    );
    forge(
        "known_weakness_format_1_tombstone",
        None,
        "format-1 seq 3 rewritten, the format-1 tombstone at seq 4 (deleted by a format-1 Delete) relinked: passes with the same head, see the spec",
        &|e| {
            let mut export = typed(e);
            if let Some(Entry::Symptom(s)) = export.revisions[2].entry.as_mut() {
                s.severity = 1;
            }
            reseal(&mut export.revisions, 2, 2);
            export.revisions[3].prev_hash = export.revisions[2].hash.clone();
            *e = untyped(&export);
        },
    );
    out
}

/// The anchored forgeries, made from the anchored export (`ANCHORED`): its anchor's token is
/// real, so each forgery changes one thing an attacker without the TSA's key can change.
fn anchored_forgeries(base: &Value) -> Vec<Forgery> {
    let anchored = base["anchors"][0]["seq"].as_u64().unwrap();
    vec![
        forged(
            base,
            "anchored_cut_tail_new_head",
            None,
            "the revisions from the anchor's seq on removed and the head set to the last one left: the anchor has no row",
            &|e| {
                let revisions = e["revisions"].as_array_mut().unwrap();
                revisions.retain(|r| r["seq"].as_u64().unwrap() < anchored);
                let head = revisions.last().unwrap()["hash"].clone();
                e["head"] = head;
            },
        ),
        forged(base, "anchored_token_altered", None, "the last byte of the token (in its signature) flipped", &|e| {
            let mut token = hex::decode(e["anchors"][0]["token"].as_str().unwrap()).unwrap();
            *token.last_mut().unwrap() ^= 0x01;
            e["anchors"][0]["token"] = json!(hex::encode(token));
        }),
        forged(base, "anchored_time_changed", None, "the anchor's time a day earlier than the token's genTime", &|e| {
            let time: DateTime<Utc> = serde_json::from_value(e["anchors"][0]["time"].clone()).unwrap();
            e["anchors"][0]["time"] = json!(time - Duration::days(1));
        }),
        forged(
            base,
            "anchored_seq_moved",
            None,
            "the anchor moved to the seq before: its token still checks, but that row's hash is not its head",
            &|e| e["anchors"][0]["seq"] = json!(anchored - 1),
        ),
    ]
}

fn expected_of(forgery: &Forgery) -> Value {
    let json = forgery.export.to_string();
    json!({
        "file": format!("{}.json", forgery.name),
        "ok": verify_export(&json, None).unwrap().ok,
        "reasons": reasons(&json),
        "needs": forgery.needs,
        "note": forgery.note,
    })
}

/// Every forgery of `tests/forgeries/`, in the order of `expected.json`: those made from the
/// format-2 export, then those made from the anchored export.
fn corpus() -> Vec<Forgery> {
    let base: Value = serde_json::from_str(&read("docs/diary-vectors/v2-export.json")).unwrap();
    let anchored: Value = serde_json::from_str(&read(ANCHORED)).unwrap();
    let mut all = forgeries(&base);
    all.extend(anchored_forgeries(&anchored));
    all
}

/// Writes `tests/forgeries/` from the vectors on disk: each forgery and `expected.json`.
fn write_corpus() {
    std::fs::create_dir_all(repo("tests/forgeries")).unwrap();
    let made = corpus();
    for forgery in &made {
        let text = serde_json::to_string_pretty(&forgery.export).unwrap();
        std::fs::write(repo(&format!("tests/forgeries/{}.json", forgery.name)), format!("{text}\n")).unwrap();
    }
    let expected: Vec<Value> = made.iter().map(expected_of).collect();
    let text = serde_json::to_string_pretty(&expected).unwrap();
    std::fs::write(repo("tests/forgeries/expected.json"), format!("{text}\n")).unwrap();
}

#[test]
fn every_forgery_fails_naming_its_reason() {
    let listed: Vec<Value> = serde_json::from_str(&read("tests/forgeries/expected.json")).unwrap();
    let made = corpus();
    assert_eq!(listed.len(), made.len(), "tests/forgeries/expected.json lists every forgery");
    for (forgery, listed) in made.iter().zip(&listed) {
        let on_disk: Value = serde_json::from_str(&read(&format!("tests/forgeries/{}.json", forgery.name))).unwrap();
        assert_eq!(on_disk, forgery.export, "{} on disk is the forgery made here", forgery.name);
        assert_eq!(&expected_of(forgery), listed, "{}", forgery.name);
    }
    let reason_of =
        |name: &str| listed.iter().find(|l| l["file"] == json!(format!("{name}.json"))).unwrap()["reasons"].clone();
    let primary = [
        ("flip_deleted_flag", "unlinked_tombstone"),
        ("flip_deleted_flag_format_1", "unlinked_tombstone"),
        ("unflip_deleted_flag", "malformed"),
        ("rewrite_before_deletion", "hash_mismatch"),
        ("rewrite_before_format_1_tombstone", "hash_mismatch"),
        ("drop_revision", "sequence"),
        ("reorder_revisions", "sequence"),
        ("duplicate_revision", "sequence"),
        ("splice_foreign_revision", "broken_link"),
        ("resurrect_deleted_format_1", "tombstone_mismatch"),
        ("move_tombstone", "unlinked_tombstone"),
        ("change_entry_time", "hash_mismatch"),
        ("change_entry_kind", "hash_mismatch"),
        ("change_action", "hash_mismatch"),
        ("change_recorded_at", "hash_mismatch"),
        ("cut_tail_old_head", "head_mismatch"),
        ("anchored_cut_tail_new_head", "anchor_mismatch"),
        ("anchored_token_altered", "anchor_invalid"),
        ("anchored_time_changed", "anchor_invalid"),
        ("anchored_seq_moved", "anchor_mismatch"),
    ];
    for (name, reason) in primary {
        assert!(reason_of(name).as_array().unwrap().contains(&json!(reason)), "{name} fails with {reason}");
    }
    for forgery in made.iter().filter(|f| f.needs.is_some()) {
        assert_eq!(reason_of(forgery.name), json!([]), "{} passes on its own", forgery.name);
    }
}

/// A tail cut with a recomputed head, or a rewrite with a new head, passes on its own; a witness
/// or an anchor of the head at a later seq shows it.
#[test]
fn a_recomputed_head_fails_once_a_witness_or_anchor_knew_the_real_one() {
    let base_json = read("docs/diary-vectors/v2-export.json");
    let base: Export = serde_json::from_str(&base_json).unwrap();
    let last = base.revisions.last().unwrap();
    let witness = Witness { seq: last.seq, head: base.head.clone() };
    let anchor =
        AnchorRef { seq: last.seq, head: base.head.clone(), time: u("2026-11-17T12:00:00Z"), tsa: "test".into() };
    for forgery in forgeries(&serde_json::from_str(&base_json).unwrap()).iter().filter(|f| f.needs.is_some()) {
        let export = typed(&forgery.export);
        let rows: Vec<chain::Row<'_>> = export.revisions.iter().map(chain::Row::Intact).collect();
        let by_witness =
            chain::verify(&rows, chain::Expected { head: Some(&export.head), witness: Some(&witness), anchors: &[] });
        assert!(
            by_witness.problems.contains(&Problem { seq: witness.seq, reason: Reason::RolledBack }),
            "{}",
            forgery.name
        );
        let by_anchor = typed(&forgery.export).verify(None, std::slice::from_ref(&anchor));
        assert_eq!(by_anchor.problems, [Problem { seq: last.seq, reason: Reason::AnchorMismatch }], "{}", forgery.name);
    }
    let real = base.verify(None, std::slice::from_ref(&anchor));
    assert!(real.ok && real.anchors == [anchor], "the real diary holds its anchor");
}

/// Writes the format-2 vectors and the forgery corpus from a diary made through the API on top of
/// the format-1 vectors (restored from a backup, then written with format 2).
#[test]
#[ignore = "writes the golden files; run by hand when the format changes"]
fn write_vectors() {
    let v1: Export = serde_json::from_str(&read("docs/diary-vectors/v1-export.json")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["en"], &[8; 32]).unwrap();
    let diary = profile.diary();
    diary
        .restore(&backup::seal(&v1, &[], "correct horse battery").unwrap(), "correct horse battery", &silent())
        .unwrap();
    let incident = Entry::Incident(Incident {
        at: t("2026-11-16T08:15:00+01:00"),
        place: Some("hal 2".into()),
        task: None,
        machine_or_substance: Some("heftruck".into()),
        description: "Een heftruck reed tegen mijn been.".into(),
        injuries: vec!["lower-leg-left".into()],
        witnesses: vec![],
        reported_to: vec![],
        photos: vec![],
    });
    diary.add(incident, None, u("2026-11-16T10:00:00.250Z")).unwrap();
    let symptom = |severity, note: Option<&str>| {
        Entry::Symptom(Symptom {
            symptom: "back-pain".into(),
            body_part: None,
            severity,
            at: t("2026-11-10T07:30:00+01:00"),
            duration_minutes: Some(45),
            helps: None,
            worsens: None,
            medication: None,
            work_related: true,
            missed_work_hours: Some(2.5),
            note: note.map(Into::into),
        })
    };
    diary.correct("a1a1a1a1a1a1a1a1", symptom(8, Some("erger na de nachtdienst")), u("2026-11-16T11:00:00Z")).unwrap();
    let gone =
        diary.add(symptom(3, None), Some(Position::new(51.4433, 5.4781).unwrap()), u("2026-11-16T12:00:00Z")).unwrap();
    diary.delete(&gone.id, u("2026-11-16T12:05:00Z")).unwrap();
    diary.delete("b2b2b2b2b2b2b2b2", u("2026-11-16T13:00:00Z")).unwrap();
    let care = Entry::CareContact(CareContact {
        at: t("2026-11-17T09:15:00+01:00"),
        with: werkmaat_core::diary::CareWith::Bedrijfsarts,
        advice: None,
    });
    diary.add(care, Some(Position::new(52.3676, 4.9041).unwrap()), u("2026-11-17T10:00:00Z")).unwrap();
    let json = diary.export_json(true, u("2026-11-17T12:00:00Z"), &silent()).unwrap();
    std::fs::write(repo("docs/diary-vectors/v2-export.json"), format!("{json}\n")).unwrap();
    let export: Export = serde_json::from_str(&json).unwrap();
    let vectors = serde_json::to_string_pretty(&vectors_of(&export)).unwrap();
    std::fs::write(repo("docs/diary-vectors/v2-vectors.json"), format!("{vectors}\n")).unwrap();

    write_corpus();
}

/// The anchored export verifies with its anchor listed, also for a receiver who trusts only the
/// CA of `tsa-ca.pem`; each anchored forgery fails at the anchor's seq with the reason
/// `expected.json` gives it.
#[test]
fn the_anchored_vector_holds_its_anchor_and_its_forgeries_fail_at_it() {
    let json = read(ANCHORED);
    let export: Value = serde_json::from_str(&json).unwrap();
    let anchor = &export["anchors"][0];
    let listed = AnchorRef {
        seq: anchor["seq"].as_u64().unwrap(),
        head: anchor["head"].as_str().unwrap().into(),
        time: serde_json::from_value(anchor["time"].clone()).unwrap(),
        tsa: anchor["tsa"].as_str().unwrap().into(),
    };
    assert_eq!(export["anchors"].as_array().unwrap().len(), 1);
    let at_anchor = export["revisions"].as_array().unwrap().iter().find(|r| r["seq"] == anchor["seq"]).unwrap();
    assert_eq!(at_anchor["hash"], anchor["head"], "the anchor is over the head at its seq");
    assert!(export["revisions"].as_array().unwrap().len() as u64 > listed.seq, "revisions after the anchor");
    let check = verify_export(&json, None).unwrap();
    assert!(check.ok && check.anchors == [listed.clone()], "{check:?}");

    let ca = Certificate::from_pem(read(ANCHOR_CA)).unwrap().to_der().unwrap();
    assert_eq!(anchor["trusted"], json!([hex::encode(&ca)]), "the export trusts the CA of tsa-ca.pem");
    let by_receiver = verify_export(&json, Some(std::slice::from_ref(&ca))).unwrap();
    assert!(by_receiver.ok && by_receiver.anchors == [listed.clone()], "{by_receiver:?}");
    // A receiver who trusts another CA of the same name.
    if let Some(pki) = support::tsa::Pki::new() {
        let stranger = pki.ca("stranger", "Werkmaat test CA", support::tsa::Key::Rsa);
        let doubted = verify_export(&json, Some(std::slice::from_ref(&stranger.der))).unwrap();
        assert_eq!(doubted.problems, [Problem { seq: listed.seq, reason: Reason::AnchorInvalid }]);
    }

    let listed_reasons: Vec<Value> = serde_json::from_str(&read("tests/forgeries/expected.json")).unwrap();
    for forgery in anchored_forgeries(&export) {
        let on_disk = read(&format!("tests/forgeries/{}.json", forgery.name));
        let expected = listed_reasons.iter().find(|l| l["file"] == json!(format!("{}.json", forgery.name))).unwrap();
        let check = verify_export(&on_disk, None).unwrap();
        let at = forgery.export["anchors"][0]["seq"].as_u64().unwrap();
        let problems: Vec<Value> = check.problems.iter().map(|p| json!({"seq": p.seq, "reason": p.reason})).collect();
        let wanted: Vec<Value> =
            expected["reasons"].as_array().unwrap().iter().map(|r| json!({"seq": at, "reason": r})).collect();
        assert_eq!(problems, wanted, "{}", forgery.name);
        assert!(!check.ok && check.anchors.is_empty(), "{}: no anchor holds", forgery.name);
    }
}

/// Writes the anchored export (`ANCHORED`, `ANCHOR_CA`) from a diary made through the API and
/// anchored by a real TSA (`openssl ts -reply`, a CA made here), then the corpus again. The token
/// stays checkable: its certificates are judged at its genTime.
#[test]
#[ignore = "writes the golden files; run by hand when the format changes"]
fn write_anchored_vectors() {
    let pki = support::tsa::Pki::new().expect("openssl is installed");
    let ca = pki.ca("ca", "Werkmaat test CA", support::tsa::Key::Rsa);
    let tsa = pki.issue(&ca, "tsa", support::tsa::Key::Rsa, "tsa_cert", None);
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["en"], &[8; 32]).unwrap();
    let diary = profile.diary();
    let symptom = |severity, note: Option<&str>| {
        Entry::Symptom(Symptom {
            symptom: "joint-pain".into(),
            body_part: Some("shoulder-right".into()),
            severity,
            at: t("2026-11-20T06:45:00+01:00"),
            duration_minutes: None,
            helps: None,
            worsens: Some("tillen".into()),
            medication: None,
            work_related: true,
            missed_work_hours: None,
            note: note.map(Into::into),
        })
    };
    let first = diary.add(symptom(5, None), None, u("2026-11-20T07:00:00Z")).unwrap();
    let incident = Entry::Incident(Incident {
        at: t("2026-11-20T14:10:00+01:00"),
        place: Some("magazijn".into()),
        task: Some("orderpicken".into()),
        machine_or_substance: None,
        description: "Een doos viel van de stelling op mijn schouder.".into(),
        injuries: vec!["shoulder-right".into()],
        witnesses: vec!["Marek".into()],
        reported_to: vec![],
        photos: vec![],
    });
    diary.add(incident, Some(Position::new(51.9244, 4.4777).unwrap()), u("2026-11-20T13:30:00Z")).unwrap();
    diary.correct(&first.id, symptom(7, Some("erger na het incident")), u("2026-11-20T18:00:00Z")).unwrap();
    let request = diary.anchor_request().unwrap();
    diary.anchor_add(&pki.reply(&request.der, &tsa, "tsa_config"), std::slice::from_ref(&ca.der)).unwrap();
    let care = Entry::CareContact(CareContact {
        at: t("2026-11-21T10:30:00+01:00"),
        with: werkmaat_core::diary::CareWith::Gp,
        advice: Some("rust, geen zware dozen".into()),
    });
    diary.add(care, None, u("2026-11-21T11:00:00Z")).unwrap();
    let json = diary.export_json(true, u("2026-11-21T12:00:00Z"), &silent()).unwrap();
    std::fs::write(repo(ANCHORED), format!("{json}\n")).unwrap();
    std::fs::write(repo(ANCHOR_CA), &ca.pem).unwrap();
    write_corpus();
}
