//! OpenStreetMap: the Overpass query a shell sends when the phone is online once, and the import
//! of its JSON answer. The core never downloads anything; it builds the query and reads the
//! answer the shell fetched. The import is all or nothing: a broken answer changes nothing.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::places::{Place, PlaceKind, distance_m};
use crate::{Error, InputProblem, Result, l10n::fold};

/// A bounding box: south, west, north, east, in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoundingBox {
    pub south: f64,
    pub west: f64,
    pub north: f64,
    pub east: f64,
}

impl BoundingBox {
    /// Reads `S,W,N,E`. The box must be real and at most a few degrees wide (Overpass refuses
    /// or times out on larger areas).
    pub fn parse(text: &str) -> Result<BoundingBox> {
        let bad = || Error::invalid("bbox", InputProblem::Bbox);
        let parts: Vec<f64> =
            text.split(',').map(|p| p.trim().parse::<f64>().map_err(|_| bad())).collect::<Result<_>>()?;
        let [south, west, north, east] = parts[..] else {
            return Err(bad());
        };
        let ok = (-90.0..=90.0).contains(&south)
            && (-90.0..=90.0).contains(&north)
            && (-180.0..=180.0).contains(&west)
            && (-180.0..=180.0).contains(&east)
            && south < north
            && west < east
            && north - south <= 5.0
            && east - west <= 5.0;
        if ok { Ok(BoundingBox { south, west, north, east }) } else { Err(bad()) }
    }

    /// The Overpass QL query for GPs, out-of-hours posts, pharmacies and emergency departments.
    pub fn overpass_query(&self) -> String {
        let b = format!("{},{},{},{}", self.south, self.west, self.north, self.east);
        let selectors = [
            r#"["amenity"="doctors"]"#,
            r#"["healthcare"="doctor"]"#,
            r#"["amenity"="pharmacy"]"#,
            r#"["healthcare"="pharmacy"]"#,
            r#"["amenity"="hospital"]["emergency"="yes"]"#,
            r#"["healthcare"="hospital"]["emergency"="yes"]"#,
        ];
        let mut query = String::from("[out:json][timeout:90];\n(\n");
        for selector in selectors {
            query.push_str(&format!("  nwr{selector}({b});\n"));
        }
        query.push_str(");\nout center tags;\n");
        query
    }
}

#[derive(Deserialize)]
struct Answer {
    elements: Vec<AnswerElement>,
}

#[derive(Deserialize)]
struct AnswerElement {
    #[serde(rename = "type")]
    kind: String,
    id: i64,
    lat: Option<f64>,
    lon: Option<f64>,
    center: Option<Center>,
    #[serde(default)]
    tags: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct Center {
    lat: f64,
    lon: f64,
}

/// One OpenStreetMap object as the classifier sees it, wherever it was read (an Overpass answer,
/// an extract): its type (`node`, `way`, `relation`), id, a position if one is known (a node's
/// own, Overpass's `center`, an extract's centroid) and its tags.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    pub kind: &'static str,
    pub id: i64,
    pub position: Option<(f64, f64)>,
    pub tags: BTreeMap<String, String>,
}

/// What an import kept and dropped, and why.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    /// Places new to the profile.
    pub imported: usize,
    /// Places the profile had, replaced by their newer version.
    pub updated: usize,
    /// Elements left out, for any reason.
    pub skipped: usize,
    /// Why they were left out: `dentist`, `specialist`, `physiotherapist`, `not_care`,
    /// `no_position`, `no_name`, `duplicate`.
    pub skipped_by_reason: BTreeMap<String, usize>,
}

impl ImportReport {
    fn skip(&mut self, reason: &str) {
        self.skipped += 1;
        *self.skipped_by_reason.entry(reason.to_owned()).or_default() += 1;
    }
}

pub(super) enum Classified {
    Keep(PlaceKind),
    Skip(&'static str),
}

pub(super) fn classify(tags: &BTreeMap<String, String>) -> Classified {
    let tag = |key: &str| tags.get(key).map(|v| v.to_ascii_lowercase()).unwrap_or_default();
    let (amenity, healthcare) = (tag("amenity"), tag("healthcare"));
    let speciality = tag("healthcare:speciality");
    let name = fold(&tags.get("name").cloned().unwrap_or_default());
    if amenity == "dentist" || healthcare == "dentist" {
        return Classified::Skip("dentist");
    }
    if healthcare == "physiotherapist" || speciality.contains("physiotherap") {
        return Classified::Skip("physiotherapist");
    }
    if amenity == "pharmacy" || healthcare == "pharmacy" {
        return Classified::Keep(PlaceKind::Pharmacy);
    }
    if (amenity == "hospital" || healthcare == "hospital") && tag("emergency") == "yes" {
        return Classified::Keep(PlaceKind::Emergency);
    }
    if amenity == "doctors" || healthcare == "doctor" {
        let out_of_hours =
            name.contains("huisartsenpost") || name.contains("spoedpost") || name.contains("doktersdienst");
        if out_of_hours {
            return Classified::Keep(PlaceKind::GpPost);
        }
        let general = speciality.is_empty()
            || speciality.split(';').any(|s| matches!(s.trim(), "general" | "family" | "general_practice"));
        return if general { Classified::Keep(PlaceKind::Gp) } else { Classified::Skip("specialist") };
    }
    Classified::Skip("not_care")
}

fn to_place(element: &Element, kind: PlaceKind, day: &str) -> std::result::Result<Place, &'static str> {
    let (lat, lon) = element.position.ok_or("no_position")?;
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err("no_position");
    }
    let tag = |key: &str| element.tags.get(key).map(|v| v.trim().to_owned()).unwrap_or_default();
    let name = tag("name");
    if name.is_empty() {
        return Err("no_name");
    }
    let first = |keys: &[&str]| keys.iter().map(|k| tag(k)).find(|v| !v.is_empty()).unwrap_or_default();
    let address = [tag("addr:street"), tag("addr:housenumber")]
        .iter()
        .filter(|s| !s.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    // Opening hours are kept, rewritten into the syntax (`ma-vr 08.00-17.00`), only when they
    // parse, so they can always be evaluated.
    let opening_hours = super::hours::parse(&tag("opening_hours"));
    let languages = element
        .tags
        .iter()
        .filter(|(k, v)| k.starts_with("language:") && v.as_str() == "yes")
        .map(|(k, _)| k.trim_start_matches("language:").to_owned())
        .collect();
    Ok(Place {
        id: format!("osm-{}-{}", element.kind, element.id),
        kind,
        name,
        address,
        postcode: tag("addr:postcode"),
        town: first(&["addr:city", "addr:place"]),
        phone: first(&["phone", "contact:phone"]),
        website: first(&["website", "contact:website"]),
        lat,
        lon,
        opening_hours,
        languages,
        accepting_new_patients: None,
        region: None,
        night_service: None,
        hours: None,
        source: "© OpenStreetMap contributors, ODbL".to_owned(),
        source_date: day.to_owned(),
        verified_on: day.to_owned(),
        confidence: "M".to_owned(),
        note: None,
        approximate_position: false,
    })
}

/// Turns OpenStreetMap objects into places: classified (dentists, specialists and
/// physiotherapists left out), checked (a position, a name) and without duplicates, in the order
/// given. The one way both the Overpass import and the extract reader make places.
pub struct Collector {
    day: String,
    places: Vec<Place>,
    report: ImportReport,
    seen_ids: HashSet<String>,
    /// (kind, folded name) → positions already taken, to find a place drawn twice.
    seen_names: HashMap<(PlaceKind, String), Vec<(f64, f64)>>,
}

impl Collector {
    /// `day` (`YYYY-MM-DD`) is the date the places were last checked against OpenStreetMap.
    pub fn new(day: &str) -> Collector {
        Collector {
            day: day.to_owned(),
            places: Vec::new(),
            report: ImportReport::default(),
            seen_ids: HashSet::new(),
            seen_names: HashMap::new(),
        }
    }

    pub fn add(&mut self, element: &Element) {
        let kind = match classify(&element.tags) {
            Classified::Keep(kind) => kind,
            Classified::Skip(reason) => return self.report.skip(reason),
        };
        match to_place(element, kind, &self.day) {
            Err(reason) => self.report.skip(reason),
            Ok(place) => {
                // The same place twice: the same OSM object, or the same name and kind within 100 m
                // (a practice drawn both as a point and as a building).
                let positions = self.seen_names.entry((place.kind, fold(&place.name))).or_default();
                let near_namesake =
                    positions.iter().any(|(lat, lon)| distance_m(*lat, *lon, place.lat, place.lon) < 100.0);
                if !self.seen_ids.insert(place.id.clone()) || near_namesake {
                    self.report.skip("duplicate");
                } else {
                    positions.push((place.lat, place.lon));
                    self.places.push(place);
                }
            }
        }
    }

    /// The places kept, in the order added, and what was left out (`imported` and `updated` are
    /// for the caller to fill in).
    pub fn finish(self) -> (Vec<Place>, ImportReport) {
        (self.places, self.report)
    }
}

/// Merges an Overpass answer into the places the profile already imported. Returns the new list
/// and the report; `existing` is only read, so a failure leaves it as it was.
pub fn merge(existing: &[Place], answer: &str, today: &str) -> Result<(Vec<Place>, ImportReport)> {
    let answer: Answer = serde_json::from_str(answer).map_err(|_| Error::invalid("file", InputProblem::OsmAnswer))?;
    let mut collector = Collector::new(today);
    for element in answer.elements {
        let position = match (element.lat, element.lon, element.center) {
            (Some(lat), Some(lon), _) => Some((lat, lon)),
            (_, _, Some(center)) => Some((center.lat, center.lon)),
            _ => None,
        };
        // Overpass names the types as the OSM data model does; any other is kept in the id as is.
        let kind = match element.kind.as_str() {
            "node" => "node",
            "way" => "way",
            "relation" => "relation",
            _ => "element",
        };
        collector.add(&Element { kind, id: element.id, position, tags: element.tags });
    }
    let (incoming, mut report) = collector.finish();
    let mut merged: Vec<Place> = existing.to_vec();
    let mut by_id: HashMap<String, usize> = merged.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();
    for place in incoming {
        match by_id.get(&place.id) {
            Some(&i) => {
                merged[i] = place;
                report.updated += 1;
            }
            None => {
                by_id.insert(place.id.clone(), merged.len());
                merged.push(place);
                report.imported += 1;
            }
        }
    }
    Ok((merged, report))
}

#[cfg(test)]
mod fuzz {
    use proptest::prelude::*;

    use super::*;

    /// An Overpass-shaped answer whose elements carry arbitrary tags and positions.
    fn answer() -> impl Strategy<Value = String> {
        let tag = (
            prop::sample::select(vec!["amenity", "healthcare", "name", "opening_hours", "addr:postcode", "phone"]),
            ".{0,40}",
        );
        let element = (any::<u32>(), -100.0f64..100.0, -200.0f64..200.0, prop::collection::vec(tag, 0..6));
        prop::collection::vec(element, 0..20).prop_map(|elements| {
            let elements: Vec<serde_json::Value> = elements
                .into_iter()
                .map(|(id, lat, lon, tags)| {
                    let tags: serde_json::Map<String, serde_json::Value> =
                        tags.into_iter().map(|(k, v)| (k.to_owned(), serde_json::Value::from(v))).collect();
                    serde_json::json!({"type": "node", "id": id, "lat": lat, "lon": lon, "tags": tags})
                })
                .collect();
            serde_json::json!({"elements": elements}).to_string()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn arbitrary_text_never_panics(text in ".{0,2000}") {
            let _ = merge(&[], &text, "2026-11-28");
        }

        #[test]
        fn arbitrary_answers_never_panic_and_every_kept_place_is_valid(answer in answer()) {
            if let Ok((places, _)) = merge(&[], &answer, "2026-11-28") {
                for place in places {
                    prop_assert!((-90.0..=90.0).contains(&place.lat) && (-180.0..=180.0).contains(&place.lon));
                }
            }
        }
    }
}
