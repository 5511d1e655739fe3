//! The care finder across the FFI. A shell passes either a position or a postcode; times are
//! RFC 3339 with the phone's offset; dates `YYYY-MM-DD`.

use std::sync::Arc;

use werkmaat_core::{self as core, calendar::parse_date, care as c};

use crate::error::{ApiError, ApiResult, without_profile};

#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum CareOrigin {
    Position { lat: f64, lon: f64 },
    Postcode { code: String },
}

impl From<CareOrigin> for c::Origin {
    fn from(origin: CareOrigin) -> Self {
        match origin {
            CareOrigin::Position { lat, lon } => c::Origin::Position { lat, lon },
            CareOrigin::Postcode { code } => c::Origin::Postcode(code),
        }
    }
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct CarePlace {
    pub id: String,
    /// `gp`, `gp_post`, `emergency` or `pharmacy`.
    pub kind: String,
    pub name: String,
    pub address: String,
    pub postcode: String,
    pub town: String,
    pub phone: String,
    pub website: String,
    pub lat: f64,
    pub lon: f64,
    /// OpenStreetMap `opening_hours` syntax.
    pub opening_hours: Option<String>,
    pub languages: Vec<String>,
    pub accepting_new_patients: Option<bool>,
    /// The area an out-of-hours post serves, as its source names it.
    pub region: Option<String>,
    /// Open at night (23:00-08:00)? `Some(false)`: never offered at night; `None`: unknown.
    pub night_service: Option<bool>,
    /// Opening hours in the source's words, where they are not in `opening_hours` syntax.
    pub hours: Option<String>,
    pub source: String,
    pub source_date: String,
    pub verified_on: String,
    pub confidence: String,
    pub note: Option<String>,
    /// The place stands at its town's centre (the source has no coordinates): the distance is
    /// approximate; show `care-position-approximate` beside it.
    pub approximate_position: bool,
    /// Metres from the origin; 0 for search results.
    pub distance_m: f64,
}

fn place(p: c::Place, distance_m: f64) -> CarePlace {
    CarePlace {
        id: p.id,
        kind: p.kind.id().to_owned(),
        name: p.name,
        address: p.address,
        postcode: p.postcode,
        town: p.town,
        phone: p.phone,
        website: p.website,
        lat: p.lat,
        lon: p.lon,
        opening_hours: p.opening_hours,
        languages: p.languages,
        accepting_new_patients: p.accepting_new_patients,
        region: p.region,
        night_service: p.night_service,
        hours: p.hours,
        source: p.source,
        source_date: p.source_date,
        verified_on: p.verified_on,
        confidence: p.confidence,
        note: p.note,
        approximate_position: p.approximate_position,
        distance_m,
    }
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct CareAdvice {
    /// `gp`, `gp_post` or `emergency`.
    pub advice: String,
    pub text: String,
    pub places: Vec<CarePlace>,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OsmImportReport {
    pub imported: u64,
    pub updated: u64,
    pub skipped: u64,
    /// Reason → count: `dentist`, `specialist`, `physiotherapist`, `not_care`, `no_position`,
    /// `no_name`, `duplicate`.
    pub skipped_by_reason: std::collections::HashMap<String, u64>,
}

/// The Overpass query a shell sends for an area `S,W,N,E` when the phone is online.
#[uniffi::export]
pub fn overpass_query(bbox: String) -> Result<String, ApiError> {
    without_profile(c::overpass_query(&bbox))
}

#[derive(uniffi::Object)]
pub struct CareService {
    profile: Arc<core::Werkmaat>,
}

impl CareService {
    pub(crate) fn new(profile: Arc<core::Werkmaat>) -> Self {
        CareService { profile }
    }

    fn api<T>(&self, result: core::Result<T>) -> ApiResult<T> {
        result.map_err(|error| ApiError::new(error, &self.profile.localizer()))
    }
}

#[uniffi::export]
impl CareService {
    /// The `limit` nearest places (of `kind`, or of every kind), nearest first.
    pub fn nearest(&self, origin: CareOrigin, kind: Option<String>, limit: u32) -> ApiResult<Vec<CarePlace>> {
        let kind = self.api(kind.map(|id| c::PlaceKind::parse(&id)).transpose())?;
        let found = self.api(self.profile.care().nearest(&origin.into(), kind, limit as usize))?;
        Ok(found.into_iter().map(|n| place(n.place, n.distance_m)).collect())
    }

    /// Places whose name or town matches `text`.
    pub fn search(&self, text: String, limit: u32) -> ApiResult<Vec<CarePlace>> {
        let found = self.api(self.profile.care().search(&text, limit as usize))?;
        Ok(found.into_iter().map(|p| place(p, 0.0)).collect())
    }

    /// Where to go now: `at` is the phone's local time in RFC 3339; `urgent` when it is
    /// life-threatening.
    pub fn now(&self, origin: CareOrigin, at: String, urgent: bool) -> ApiResult<CareAdvice> {
        let at = self.api(core::calendar::parse_time("at", &at))?;
        let advice = self.api(self.profile.care().now(&origin.into(), at, urgent))?;
        Ok(CareAdvice {
            advice: advice.advice.id().to_owned(),
            text: advice.text,
            places: advice.places.into_iter().map(|n| place(n.place, n.distance_m)).collect(),
        })
    }

    /// Imports the JSON answer of the Overpass query; all of it or nothing.
    pub fn import_osm(&self, answer: String, today: String) -> ApiResult<OsmImportReport> {
        let today = self.api(parse_date("today", &today))?;
        let report = self.api(self.profile.care().import_osm(&answer, today))?;
        Ok(OsmImportReport {
            imported: report.imported as u64,
            updated: report.updated as u64,
            skipped: report.skipped as u64,
            skipped_by_reason: report.skipped_by_reason.into_iter().map(|(k, v)| (k, v as u64)).collect(),
        })
    }
}
