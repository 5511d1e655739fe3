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

use criterion::{Criterion, criterion_group, criterion_main};
use werkmaat_core::anchor::{accept, check_token, request};

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

criterion_group!(benches, anchors);
criterion_main!(benches);
