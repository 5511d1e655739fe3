//! Attaching a 10 MB photo and reading it back, against the least work that stores the same bytes
//! (one `std::fs::write` and fsync of the plain bytes; `std::fs::read` of them). Peak memory of the
//! same against the file size is measured with the CLI (BENCHMARKS.md). Results: BENCHMARKS.md.
//!
//!     cargo bench -p werkmaat-core --bench attachments

#![allow(clippy::unwrap_used, clippy::expect_used)] // benchmark code

use std::{hint::black_box, io::Write};

use chrono::{DateTime, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use werkmaat_core::{
    Werkmaat,
    diary::{AttachmentKind, CareContact, Entry},
};

const PHOTO: &[u8] = include_bytes!("../tests/fixtures/attachments/gps.jpg");
const SIZE: usize = 10 * 1024 * 1024;

fn now() -> DateTime<Utc> {
    "2026-11-28T12:00:00Z".parse().unwrap()
}

/// A 10 MiB "photo": the fixture's JPEG header and pseudo-random bytes (a photo's data does not
/// compress either).
fn ten_megabytes() -> Vec<u8> {
    let mut bytes = PHOTO.to_vec();
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    while bytes.len() < SIZE {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        bytes.extend_from_slice(&state.to_le_bytes());
    }
    bytes.truncate(SIZE);
    bytes
}

fn attachments(c: &mut Criterion) {
    let photo = ten_megabytes();
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(&dir.path().join("profile"), &["en"], &[3; 32]).unwrap();
    let diary = profile.diary();
    let at = "2026-11-27T09:00:00+01:00".parse().unwrap();
    let entry = diary.add(
        Entry::CareContact(CareContact { at, with: werkmaat_core::diary::CareWith::Gp, advice: None }),
        None,
        now(),
    );
    let entry = entry.unwrap().id;
    let mut group = c.benchmark_group("attachments");
    group.sample_size(10);
    let mut last = None;
    group.bench_function("attach a 10 MB photo (sealed file + chain revision)", |b| {
        b.iter(|| last = Some(diary.attach(&entry, black_box(&photo), AttachmentKind::Photo, now()).unwrap().0.id))
    });
    let plain = dir.path().join("plain.jpg");
    group.bench_function("least work: write and fsync the plain 10 MB", |b| {
        b.iter(|| {
            let mut file = std::fs::File::create(&plain).unwrap();
            file.write_all(black_box(&photo)).unwrap();
            file.sync_all().unwrap();
        })
    });
    let id = last.unwrap();
    group.bench_function("read a 10 MB photo back (streamed, hash checked)", |b| {
        b.iter(|| diary.read_attachment(&id, &mut std::io::sink()).unwrap())
    });
    group.bench_function("least work: read the plain 10 MB", |b| b.iter(|| black_box(std::fs::read(&plain).unwrap())));
    group.finish();
}

criterion_group!(benches, attachments);
criterion_main!(benches);
