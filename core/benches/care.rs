//! Care finder: k = 5 nearest among 1,000,000 places against a brute-force scan; a postcode
//! lookup against a linear scan of the same table; importing an Overpass answer of 10,000 places
//! against only parsing that answer as JSON. Results: BENCHMARKS.md.
//!
//!     cargo bench -p werkmaat-core --bench care

#![allow(clippy::unwrap_used, clippy::expect_used)] // benchmark code

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use werkmaat_core::{
    Werkmaat,
    care::{Origin, Place, PlaceIndex, PlaceKind, Postcode, Postcodes},
};

/// A deterministic scatter of places over Europe (35–70° N, 10° W–30° E).
fn places(n: usize) -> Vec<Place> {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..n)
        .map(|i| Place {
            id: format!("p{i}"),
            kind: PlaceKind::Gp,
            name: String::new(),
            address: String::new(),
            postcode: String::new(),
            town: String::new(),
            phone: String::new(),
            website: String::new(),
            lat: 35.0 + next() * 35.0,
            lon: -10.0 + next() * 40.0,
            opening_hours: None,
            languages: Vec::new(),
            accepting_new_patients: None,
            region: None,
            night_service: None,
            hours: None,
            source: String::new(),
            source_date: String::new(),
            verified_on: String::new(),
            confidence: String::new(),
            note: None,
            approximate_position: false,
        })
        .collect()
}

fn nearest(c: &mut Criterion) {
    let index = PlaceIndex::new(places(1_000_000));
    let mut group = c.benchmark_group("nearest");
    group.sample_size(20);
    group.bench_function("reference: brute force over 1,000,000", |b| {
        b.iter(|| black_box(index.nearest_brute_force(PlaceKind::Gp, 51.37, 6.17, 5)))
    });
    group.bench_function("k = 5 nearest of 1,000,000 (R-tree)", |b| {
        b.iter(|| black_box(index.nearest(PlaceKind::Gp, black_box(51.37), 6.17, 5)))
    });
    group.finish();
}

fn postcode(c: &mut Criterion) {
    let rows: Vec<Postcode> = (1000..10000)
        .map(|n| Postcode {
            pc4: n.to_string(),
            lat: 52.0,
            lon: 5.0,
            place: String::new(),
            municipality: String::new(),
            approximate: false,
        })
        .collect();
    let table = Postcodes::new(rows.clone());
    let mut group = c.benchmark_group("postcode");
    group.bench_function("reference: linear scan of 9,000 postcodes", |b| {
        b.iter(|| black_box(rows.iter().find(|p| p.pc4 == black_box("9711"))))
    });
    group.bench_function("postcode lookup (PC6 reduced to PC4)", |b| {
        b.iter(|| black_box(table.lookup(black_box("9711 AB"))))
    });
    group.finish();
}

fn import(c: &mut Criterion) {
    let elements: Vec<String> = (0..10_000)
        .map(|i| {
            format!(
                r#"{{"type":"node","id":{i},"lat":{},"lon":{},"tags":{{"amenity":"doctors","name":"Praktijk {i}","addr:city":"Venlo","phone":"+31 77 000 {i:04}","opening_hours":"Mo-Fr 08:00-17:00"}}}}"#,
                51.0 + f64::from(i % 100) * 0.01,
                5.0 + f64::from(i / 100) * 0.01
            )
        })
        .collect();
    let answer = format!(r#"{{"elements":[{}]}}"#, elements.join(","));
    let dir = tempfile::tempdir().unwrap();
    let profile = Werkmaat::open(dir.path(), &["en"], &[9; 32]).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    group.bench_function("reference: parse the 10,000-place answer as JSON", |b| {
        b.iter(|| black_box(serde_json::from_str::<serde_json::Value>(&answer).unwrap()))
    });
    group.bench_function("import 10,000 places (classify, merge, seal, store)", |b| {
        b.iter(|| black_box(profile.care().import_osm(&answer, today).unwrap()))
    });
    group.finish();
    let found = profile
        .care()
        .nearest(
            &Origin::Position(werkmaat_core::position::Position::new(51.37, 6.17).unwrap()),
            Some(PlaceKind::Gp),
            5,
        )
        .unwrap();
    assert_eq!(found.len(), 5);
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(std::time::Duration::from_secs(3));
    targets = nearest, postcode, import
}
criterion_main!(benches);
