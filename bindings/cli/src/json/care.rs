//! Places, advice and imports of the care finder.

use std::collections::BTreeMap;

use serde::Serialize;
use werkmaat_ffi as ffi;

/// A place, as `care nearest`, `care search` and `care now` print it.
#[derive(Serialize)]
pub struct Place {
    pub id: String,
    pub kind: ffi::PlaceKind,
    pub name: String,
    pub address: String,
    pub postcode: String,
    pub town: String,
    pub phone: String,
    pub phone_e164: Option<String>,
    pub tel_uri: Option<String>,
    pub paid_call: bool,
    pub website: String,
    pub lat: f64,
    pub lon: f64,
    /// Left out where there is no origin to measure from (`care search`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_m: Option<f64>,
    pub approximate_position: bool,
    pub opening_hours: Option<String>,
    pub open_now: Option<bool>,
    pub next_change: Option<String>,
    pub languages: Vec<String>,
    pub accepting_new_patients: Option<bool>,
    pub region: Option<String>,
    pub night_service: Option<bool>,
    pub hours: Option<String>,
    pub source: String,
    pub source_date: String,
    pub verified_on: String,
    pub confidence: String,
    pub note: Option<String>,
}

impl From<&ffi::CarePlace> for Place {
    fn from(p: &ffi::CarePlace) -> Self {
        Place {
            id: p.id.clone(),
            kind: p.kind,
            name: p.name.clone(),
            address: p.address.clone(),
            postcode: p.postcode.clone(),
            town: p.town.clone(),
            phone: p.phone.clone(),
            phone_e164: p.phone_e164.clone(),
            tel_uri: p.tel_uri.clone(),
            paid_call: p.paid_call,
            website: p.website.clone(),
            lat: p.lat,
            lon: p.lon,
            distance_m: Some(p.distance_m),
            approximate_position: p.approximate_position,
            opening_hours: p.opening_hours.clone(),
            open_now: p.open_now,
            next_change: p.next_change.as_ref().map(crate::typed::rfc3339),
            languages: p.languages.clone(),
            accepting_new_patients: p.accepting_new_patients,
            region: p.region.clone(),
            night_service: p.night_service,
            hours: p.hours.clone(),
            source: p.source.clone(),
            source_date: p.source_date.clone(),
            verified_on: p.verified_on.clone(),
            confidence: p.confidence.clone(),
            note: p.note.clone(),
        }
    }
}

impl Place {
    /// A search result: found by name, not measured from anywhere.
    pub fn found(p: &ffi::CarePlace) -> Self {
        Place { distance_m: None, ..Place::from(p) }
    }
}

#[derive(Serialize)]
pub struct OwnGp {
    pub name: Option<String>,
    pub phone: String,
    pub phone_e164: String,
    pub tel_uri: String,
}

impl From<&ffi::OwnGp> for OwnGp {
    fn from(g: &ffi::OwnGp) -> Self {
        OwnGp {
            name: g.name.clone(),
            phone: g.phone.clone(),
            phone_e164: g.phone_e164.clone(),
            tel_uri: g.tel_uri.clone(),
        }
    }
}

/// `care now`.
#[derive(Serialize)]
pub struct Advice {
    pub advice: ffi::AdviceKind,
    pub text: String,
    pub places: Vec<Place>,
    pub no_post_near: bool,
    pub own_gp: Option<OwnGp>,
    pub holiday: Option<ffi::Holiday>,
    pub practice_may_be_closed: bool,
    pub holiday_source: Option<String>,
    pub at_amsterdam: String,
}

impl From<&ffi::CareAdvice> for Advice {
    fn from(a: &ffi::CareAdvice) -> Self {
        Advice {
            advice: a.advice,
            text: a.text.clone(),
            places: a.places.iter().map(Place::from).collect(),
            no_post_near: a.no_post_near,
            own_gp: a.own_gp.as_ref().map(OwnGp::from),
            holiday: a.holiday,
            practice_may_be_closed: a.practice_may_be_closed,
            holiday_source: a.holiday_source.clone(),
            at_amsterdam: crate::typed::rfc3339(&a.at_amsterdam),
        }
    }
}

/// `care import-osm`.
#[derive(Serialize)]
pub struct OsmImport {
    pub imported: u64,
    pub updated: u64,
    pub skipped: u64,
    pub skipped_by_reason: BTreeMap<String, u64>,
}

impl From<&ffi::OsmImportReport> for OsmImport {
    fn from(r: &ffi::OsmImportReport) -> Self {
        OsmImport {
            imported: r.imported,
            updated: r.updated,
            skipped: r.skipped,
            skipped_by_reason: r.skipped_by_reason.iter().map(|(k, v)| (k.clone(), *v)).collect(),
        }
    }
}

/// `care overpass-query`.
#[derive(Serialize)]
pub struct OverpassQuery {
    pub query: String,
}
