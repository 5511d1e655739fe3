//! The diary at 10,000 entries: appending one entry, listing the latest 50, verifying the chain,
//! and the doctor's report of 1,000 entries, each against the least work that could give the same
//! result (plain rusqlite on the same payloads; the JSON export of the same diary). Results:
//! BENCHMARKS.md.
//!
//!     cargo bench -p werkmaat-core --bench diary

#![allow(clippy::unwrap_used, clippy::expect_used)] // benchmark code

#[allow(dead_code)] // the tests use more of the helper than the benchmark
#[path = "../tests/support/tsa.rs"]
mod tsa;

use std::hint::black_box;

use chrono::{DateTime, Duration, FixedOffset, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use sha2::{Digest, Sha256};
use werkmaat_core::{
    Werkmaat,
    diary::{Entry, IdentityField, Symptom},
    progress::silent,
};

const SYMPTOMS: [&str; 5] = ["back-pain", "headache", "cough", "dizziness", "fatigue"];

fn entry(i: usize) -> Entry {
    // 10 000 entries five hours apart take 5.7 years: from 2020 they all lie before `now()`, as
    // the diary requires (it refuses a moment after the recording time).
    let start: DateTime<FixedOffset> = "2020-01-01T07:30:00+01:00".parse().unwrap();
    Entry::Symptom(Symptom {
        symptom: SYMPTOMS[i % SYMPTOMS.len()].into(),
        body_part: Some("lower-back".into()),
        severity: (i % 11) as u8,
        at: start + Duration::hours(i as i64 * 5),
        duration_minutes: Some(30),
        helps: None,
        worsens: Some("lifting crates".into()),
        medication: None,
        work_related: true,
        missed_work_hours: None,
        note: Some(format!("Entry {i}: pain after the night shift in the cold store.")),
    })
}

fn now() -> DateTime<Utc> {
    "2026-11-28T12:00:00Z".parse().unwrap()
}

/// A profile with `n` entries, and a plain SQLite file with the same payloads (unsealed, unchained).
fn kept(n: usize) -> (tempfile::TempDir, Werkmaat, rusqlite::Connection) {
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["pl"], &[7; 32]).unwrap();
    let raw = rusqlite::Connection::open(dir.path().join("raw.db")).unwrap();
    // The store's own durability (WAL, synchronous = FULL), so the ratio is what sealing and
    // chaining cost, not a weaker fsync policy.
    raw.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE t (seq INTEGER PRIMARY KEY, payload BLOB)",
    )
    .unwrap();
    for i in 0..n {
        profile.diary().add(entry(i), None, now()).unwrap();
        raw.execute("INSERT INTO t (payload) VALUES (?1)", [serde_json::to_vec(&entry(i)).unwrap()]).unwrap();
    }
    (dir, profile, raw)
}

/// Appends grow the diary while they are measured, so they get their own copy of it.
fn appends(c: &mut Criterion) {
    let (_dir, profile, raw) = kept(10_000);
    let diary = profile.diary();
    let payload = serde_json::to_vec(&entry(7)).unwrap();
    let mut group = c.benchmark_group("diary of 10,000");
    group.bench_function("reference: raw rusqlite insert of the same payload", |b| {
        b.iter(|| raw.execute("INSERT INTO t (payload) VALUES (?1)", [&payload]).unwrap())
    });
    group.bench_function("append one entry (check, chain, seal, store)", |b| {
        b.iter(|| black_box(diary.add(entry(7), None, now()).unwrap()))
    });
    group.finish();
}

fn reads(c: &mut Criterion) {
    let (dir, profile, raw) = kept(10_000);
    let diary = profile.diary();
    let mut group = c.benchmark_group("diary of 10,000");
    group.bench_function("reference: raw rusqlite select of the latest 50 payloads", |b| {
        b.iter(|| {
            let mut stmt = raw.prepare_cached("SELECT payload FROM t ORDER BY seq DESC LIMIT 50").unwrap();
            let rows: Vec<Vec<u8>> = stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap();
            black_box(rows)
        })
    });
    group.bench_function("list the latest 50", |b| {
        b.iter(|| black_box(diary.list(None, None, None, Some(50)).unwrap()))
    });
    // The first list of a handle opens every revision; later ones only what was added since.
    group.bench_function("list the latest 50, first after opening the profile", |b| {
        b.iter_batched(
            || Werkmaat::open(dir.path(), &["pl"], &[7; 32]).unwrap(),
            |fresh| black_box(fresh.diary().list(None, None, None, Some(50)).unwrap()),
            criterion::BatchSize::PerIteration,
        )
    });
    group.bench_function("reference: read every payload and SHA-256 it", |b| {
        b.iter(|| {
            let mut stmt = raw.prepare_cached("SELECT payload FROM t ORDER BY seq").unwrap();
            let mut hash = [0u8; 32];
            for payload in stmt.query_map([], |r| r.get::<_, Vec<u8>>(0)).unwrap() {
                hash = Sha256::new().chain_update(hash).chain_update(payload.unwrap()).finalize().into();
            }
            black_box(hash)
        })
    });
    group.bench_function("verify the chain", |b| b.iter(|| black_box(diary.verify(None).unwrap())));
    // The same diary with ten anchors (an RSA 2048 TSA under its CA, tokens from `openssl ts`):
    // each token's signature and certificate are checked again at every verify.
    if let Some(pki) = tsa::Pki::new() {
        let ca = pki.ca("ca", "Bench CA", tsa::Key::Rsa);
        let signer = pki.issue(&ca, "tsa", tsa::Key::Rsa, "tsa_cert", None);
        for _ in 0..10 {
            let response = pki.reply(&diary.anchor_request().unwrap().der, &signer, "tsa_config");
            diary.anchor_add(&response, std::slice::from_ref(&ca.der)).unwrap();
        }
        group.bench_function("verify the chain, 10 anchors", |b| b.iter(|| black_box(diary.verify(None).unwrap())));
    }
    group.finish();
}

fn report_of_1000(c: &mut Criterion) {
    let (_dir, profile, _raw) = kept(1_000);
    let diary = profile.diary();
    let mut group = c.benchmark_group("diary of 1,000");
    group.bench_function("reference: the JSON export of the same diary", |b| {
        b.iter(|| black_box(diary.export_json(false, now(), &silent()).unwrap()))
    });
    group.bench_function("the doctor's report (HTML, Polish with Dutch)", |b| {
        b.iter(|| black_box(diary.report_html("nl", &IdentityField::DEFAULT, now(), &silent()).unwrap()))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(4));
    targets = appends, reads, report_of_1000
}
criterion_main!(benches);
