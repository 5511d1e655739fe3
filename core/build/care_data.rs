//! The care finder's bundled places and postcodes, from the open datasets in `../shared/data`
//! (their READMEs give origin, licence and known faults; we never copy them into the repo):
//! - GeoNames PC4 centroids (CC BY 4.0), without the PC4s the README flags as misplaced;
//! - RIVM's 2019 list of emergency departments (via TNO, MIT), without the sites closed since and
//!   without sites that have no emergency department;
//! - out-of-hours GP posts compiled in 2026, only rows with a phone number, confidence M or H, and
//!   not closed. GP practice leads have no phone numbers yet, so none ship: GPs come from
//!   OpenStreetMap imports.

use std::{
    env, fs,
    path::{Path, PathBuf},
};

use serde_json::{Value, json};

/// PC4s whose GeoNames centroid is more than 5 km from an independent table (README of
/// geonames-nl-pc4); some are plainly wrong (3062 Rotterdam in the sea), none can be fixed offline.
const MISPLACED_PC4: [&str; 19] = [
    "5151", "5091", "5062", "5721", "4901", "4702", "7766", "3972", "8079", "7711", "4012", "8242", "5449", "4944",
    "6431", "3062", "2324", "7571", "9999",
];

/// Emergency departments in the 2019 list that have closed since (README of seh-nl-2019).
const CLOSED_SEH: [&str; 2] = ["VU Medisch Centrum Amsterdam", "Zuyderland Medisch Centrum locatie Sittard-Geleen"];

fn data_dir() -> PathBuf {
    println!("cargo:rerun-if-env-changed=WERKMAAT_SHARED_DATA");
    match env::var_os("WERKMAAT_SHARED_DATA") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default()).join("../../shared/data"),
    }
}

fn read_csv(path: &Path) -> Vec<csv::StringRecord> {
    println!("cargo:rerun-if-changed={}", path.display());
    let mut reader = csv::Reader::from_path(path).unwrap_or_else(|e| {
        panic!("cannot read {}: {e}. Set WERKMAAT_SHARED_DATA to the shared data folder.", path.display())
    });
    reader.records().map(|r| r.unwrap_or_else(|e| panic!("{}: {e}", path.display()))).collect()
}

fn headers(path: &Path) -> csv::StringRecord {
    csv::Reader::from_path(path)
        .and_then(|mut r| r.headers().cloned())
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn field<'a>(headers: &csv::StringRecord, row: &'a csv::StringRecord, name: &str) -> &'a str {
    let index = headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"));
    row.get(index).unwrap_or("").trim()
}

fn number(text: &str, what: &str) -> f64 {
    text.parse().unwrap_or_else(|_| panic!("{what}: not a number: {text}"))
}

/// `6229HX` → `6229 HX`.
fn pc6(text: &str) -> String {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.len() == 6 { format!("{} {}", &compact[..4], &compact[4..]) } else { compact }
}

fn postcodes(dir: &Path) -> Vec<Value> {
    let path = dir.join("geonames-nl-pc4/nl_pc4_centroids.csv");
    let head = headers(&path);
    read_csv(&path)
        .iter()
        .filter(|row| !MISPLACED_PC4.contains(&field(&head, row, "pc4")))
        .map(|row| {
            json!([
                field(&head, row, "pc4"),
                number(field(&head, row, "lat"), "pc4 lat"),
                number(field(&head, row, "lon"), "pc4 lon"),
                field(&head, row, "place"),
                field(&head, row, "municipality").trim_end_matches('.'),
            ])
        })
        .collect()
}

fn emergency_departments(dir: &Path) -> Vec<Value> {
    let path = dir.join("seh-nl-2019/seh_locaties_2019.csv");
    let head = headers(&path);
    read_csv(&path)
        .iter()
        .filter(|row| !CLOSED_SEH.contains(&field(&head, row, "locatie")))
        .filter(|row| field(&head, row, "seh_24_7") == "1" || field(&head, row, "seh_dag_avond") == "1")
        .map(|row| {
            let full_time = field(&head, row, "seh_24_7") == "1";
            json!({
                "id": format!("seh-2019-{}", field(&head, row, "id")),
                "kind": "emergency",
                "name": field(&head, row, "locatie"),
                "address": field(&head, row, "adres"),
                "postcode": pc6(field(&head, row, "postcode")),
                "town": field(&head, row, "plaats"),
                "lat": number(field(&head, row, "lat"), "seh lat"),
                "lon": number(field(&head, row, "lon"), "seh lon"),
                "opening_hours": if full_time { Value::from("24/7") } else { Value::Null },
                "source": "RIVM, emergency departments 2019 (TNO ziekenhuizen, MIT); may be out of date",
                "source_date": "2019",
                "verified_on": "2022-02-25",
                "confidence": "M",
                "note": if full_time { Value::Null } else { Value::from("day and evening only") },
            })
        })
        .collect()
}

fn gp_posts(dir: &Path) -> Vec<Value> {
    let path = dir.join("care-leads-2026/huisartsenposten.csv");
    let head = headers(&path);
    let towns = postcode_positions(dir);
    read_csv(&path)
        .iter()
        .filter(|row| !field(&head, row, "phone").is_empty())
        .filter(|row| matches!(field(&head, row, "confidence"), "H" | "M"))
        .filter(|row| !field(&head, row, "status").to_ascii_lowercase().starts_with("closed"))
        .enumerate()
        .filter_map(|(i, row)| {
            // The list has no coordinates: a post is placed at its town's postcode centroid, and
            // says so, until a position is imported from OpenStreetMap.
            let town = field(&head, row, "town");
            let (lat, lon) = towns.iter().find(|(place, _, _)| place == town).map(|(_, lat, lon)| (*lat, *lon))?;
            Some(json!({
                "id": format!("hap-2026-{i}"),
                "kind": "gp_post",
                "name": field(&head, row, "name"),
                "address": field(&head, row, "street_house_number"),
                "postcode": pc6(field(&head, row, "postcode")),
                "town": town,
                "phone": field(&head, row, "phone"),
                "website": field(&head, row, "website"),
                "lat": lat,
                "lon": lon,
                "source": field(&head, row, "source_url").split(" ; ").next().unwrap_or(""),
                "source_date": field(&head, row, "source_date"),
                "verified_on": "2026-11-28",
                "confidence": field(&head, row, "confidence"),
                "note": "position: centre of the town",
                "approximate_position": true,
            }))
        })
        .collect()
}

fn postcode_positions(dir: &Path) -> Vec<(String, f64, f64)> {
    let path = dir.join("geonames-nl-pc4/nl_pc4_centroids.csv");
    let head = headers(&path);
    read_csv(&path)
        .iter()
        .filter(|row| !MISPLACED_PC4.contains(&field(&head, row, "pc4")))
        .map(|row| {
            (
                field(&head, row, "place").to_owned(),
                number(field(&head, row, "lat"), "lat"),
                number(field(&head, row, "lon"), "lon"),
            )
        })
        .collect()
}

pub fn prepare() {
    let dir = data_dir();
    let mut places = emergency_departments(&dir);
    places.extend(gp_posts(&dir));
    let data = json!({
        "attributions": [
            "Postcodes: GeoNames (geonames.org), CC BY 4.0",
            "Emergency departments: RIVM 2019 list via TNO (github.com/erikvullings/ziekenhuizen), MIT",
            "Out-of-hours GP posts: compiled from the posts' own web pages, 2026",
            "Places imported by the user: © OpenStreetMap contributors, ODbL",
        ],
        "postcodes": postcodes(&dir),
        "places": places,
    });
    let dest = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default()).join("care_data.json");
    fs::write(&dest, data.to_string()).unwrap_or_else(|e| panic!("cannot write {}: {e}", dest.display()));
}
