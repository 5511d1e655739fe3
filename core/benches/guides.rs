//! Guides: the first guide rendered after opening a profile, against opening a bare SQLite file;
//! one search, against a plain substring scan of the same text. Results: BENCHMARKS.md.
//!
//!     cargo bench -p werkmaat-core --bench guides

#![allow(clippy::unwrap_used, clippy::expect_used)] // benchmark code

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use werkmaat_core::{
    Werkmaat,
    content::Content,
    guides::{Guides, substring_scan},
    l10n::Localizer,
};

fn open_and_render(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let key = [7u8; 32];
    Werkmaat::open(dir.path(), &["pl"], &key).unwrap().shutdown();
    let bare = dir.path().join("bare.db");
    rusqlite::Connection::open(&bare).unwrap().execute_batch("CREATE TABLE t (x); PRAGMA journal_mode = WAL;").unwrap();

    let mut group = c.benchmark_group("open");
    group.bench_function("reference: open a bare SQLite file and read from it", |b| {
        b.iter(|| {
            let conn = rusqlite::Connection::open(&bare).unwrap();
            black_box(conn.query_row("SELECT count(*) FROM t", [], |r| r.get::<_, i64>(0)).unwrap());
        })
    });
    group.bench_function("open a profile and render the first guide", |b| {
        b.iter(|| {
            let profile = Werkmaat::open(dir.path(), &["pl"], &key).unwrap();
            black_box(profile.guides().show("pay", today).unwrap());
        })
    });
    group.finish();
}

fn search(c: &mut Criterion) {
    let guides = Guides::new(Localizer::negotiate(&["pl"]), Content::bundled().unwrap());
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let rendered: Vec<_> = guides.list().unwrap().iter().map(|g| guides.show(&g.id, today).unwrap()).collect();
    guides.search("warm up the index").unwrap();
    let query = "ubezpieczenie zdrowotne";

    let mut group = c.benchmark_group("search");
    group.bench_function("reference: substring scan of the same text", |b| {
        b.iter(|| black_box(substring_scan(&rendered, black_box(query))))
    });
    group
        .bench_function("guide search, one locale", |b| b.iter(|| black_box(guides.search(black_box(query)).unwrap())));
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3));
    targets = open_and_render, search
}
criterion_main!(benches);
