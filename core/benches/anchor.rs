//! Trusted time: making a time-stamp request, accepting a TSA's response (RSA 2048 and ECDSA
//! P-256 TSAs, each under a CA of the same kind), and checking a kept token again. The responses
//! come from a real TSA, `openssl ts -reply`, made before the timing starts. Results: BENCHMARKS.md.
//!
//!     cargo bench -p werkmaat-core --bench anchor

#![allow(clippy::unwrap_used, clippy::expect_used)] // benchmark code

#[allow(dead_code)] // the tests use more of the helper than the benchmark
#[path = "../tests/support/tsa.rs"]
mod tsa;

use std::hint::black_box;

use chrono::{DateTime, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use werkmaat_core::{
    Werkmaat,
    anchor::{accept, check_token, request},
    diary::{CareContact, Entry},
};

fn anchors(c: &mut Criterion) {
    let head = [0x5a; 32];
    c.bench_function("anchor request", |b| b.iter(|| request(black_box(&head)).unwrap()));

    let Some(pki) = tsa::Pki::new() else { return };
    for (key, name) in [(tsa::Key::Rsa, "rsa"), (tsa::Key::EcP256, "ecdsa")] {
        let ca = pki.ca(&format!("ca-{name}"), &format!("Bench CA {name}"), key);
        let signer = pki.issue(&ca, &format!("tsa-{name}"), key, "tsa_cert", None);
        let pending = request(&head).unwrap();
        let response = pki.reply(&pending.der, &signer, "tsa_config");
        let trusted = [ca.der];
        let anchor = accept(&response, &pending, &trusted).unwrap();
        c.bench_function(&format!("anchor accept ({name})"), |b| {
            b.iter(|| accept(black_box(&response), &pending, &trusted).unwrap())
        });
        c.bench_function(&format!("anchor check_token ({name})"), |b| {
            b.iter(|| check_token(black_box(&anchor.token), &head, &trusted).unwrap())
        });
    }
}

/// The diary's own steps, store included: `anchor_request` (a request made and kept) and
/// `anchor_add` (the response checked against the kept requests, the anchor kept). Each add
/// gets a fresh request and answer, made outside the timing.
fn diary_anchors(c: &mut Criterion) {
    let Some(pki) = tsa::Pki::new() else { return };
    let ca = pki.ca("ca-diary", "Bench CA diary", tsa::Key::EcP256);
    let signer = pki.issue(&ca, "tsa-diary", tsa::Key::EcP256, "tsa_cert", None);
    let trusted = [ca.der];
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["en"], &[7; 32]).unwrap();
    let now: DateTime<Utc> = "2026-11-28T12:00:00Z".parse().unwrap();
    let at = "2026-11-20T10:00:00+01:00".parse().unwrap();
    let entry = Entry::CareContact(CareContact { at, with: werkmaat_core::diary::CareWith::Gp, advice: None });
    profile.diary().add(entry, None, now).unwrap();
    let diary = profile.diary();
    let mut group = c.benchmark_group("diary anchors");
    group.sample_size(20);
    group.bench_function("diary anchor_request (make and keep)", |b| {
        b.iter(|| black_box(diary.anchor_request().unwrap()))
    });
    group.bench_function("diary anchor_add (check ECDSA P-256 and keep)", |b| {
        b.iter_batched(
            || pki.reply(&diary.anchor_request().unwrap().der, &signer, "tsa_config"),
            |response| black_box(diary.anchor_add(&response, &trusted).unwrap()),
            criterion::BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, anchors, diary_anchors);
criterion_main!(benches);
