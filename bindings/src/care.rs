//! The care finder across the FFI. A shell passes either a position or a postcode; times are
//! `OffsetDateTime`s with the phone's offset, days `LocalDate`s.

use std::sync::Arc;

pub use werkmaat_core::care::{AdviceKind, Holiday, PlaceKind};
use werkmaat_core::{self as core, care as c};

use crate::{
    error::{ApiResult, Localized, without_profile},
    position::Position,
    time::{LocalDate, OffsetDateTime},
};

/// Where the user is: a point from the phone's GPS, or a postcode.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum CareOrigin {
    Point { position: Position },
    Postcode { code: String },
}

impl CareOrigin {
    fn checked(self) -> core::Result<c::Origin> {
        Ok(match self {
            CareOrigin::Point { position } => c::Origin::Position(position.checked()?),
            CareOrigin::Postcode { code } => c::Origin::Postcode(code),
        })
    }
}

/// What kind of place (the core's type).
#[uniffi::remote(Enum)]
pub enum PlaceKind {
    Gp,
    GpPost,
    Emergency,
    Pharmacy,
}

/// Where to go now (the core's type).
#[uniffi::remote(Enum)]
pub enum AdviceKind {
    Gp,
    GpPost,
    Emergency,
}

/// An official Dutch public holiday (the core's type).
#[uniffi::remote(Enum)]
pub enum Holiday {
    NewYear,
    GoodFriday,
    EasterSunday,
    EasterMonday,
    KingsDay,
    LiberationDay,
    Ascension,
    WhitSunday,
    WhitMonday,
    Christmas,
    BoxingDay,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct CarePlace {
    pub id: String,
    pub kind: PlaceKind,
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
    /// The phone number to dial: `+31433877777`; none when the place has no number that dials.
    pub phone_e164: Option<String>,
    /// `tel:+31433877777`, for a dial link.
    pub tel_uri: Option<String>,
    /// A paid service number (0900): say that the call costs money.
    pub paid_call: bool,
    /// Whether the opening hours say open at the moment asked (Amsterdam time, Dutch holidays
    /// for `PH`); none without hours or without a moment.
    pub open_now: Option<bool>,
    /// When that changes, in Amsterdam time; none when not within a year or unknown.
    pub next_change: Option<OffsetDateTime>,
}

fn near(n: c::NearPlace) -> CarePlace {
    CarePlace {
        phone_e164: n.phone_e164,
        tel_uri: n.tel_uri,
        paid_call: n.paid_call,
        open_now: n.open_now,
        next_change: n.next_change,
        ..place(n.place, n.distance_m)
    }
}

fn place(p: c::Place, distance_m: f64) -> CarePlace {
    let dial = core::phone::dial(&p.phone);
    CarePlace {
        phone_e164: dial.as_ref().map(|d| d.e164.clone()),
        paid_call: dial.as_ref().is_some_and(|d| d.paid),
        tel_uri: dial.map(|d| d.tel_uri),
        open_now: None,
        next_change: None,
        id: p.id,
        kind: p.kind,
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

/// The user's own family doctor, from the saved details.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OwnGp {
    pub name: Option<String>,
    /// As shown: `077 123 4567`.
    pub phone: String,
    pub phone_e164: String,
    pub tel_uri: String,
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct CareAdvice {
    pub advice: AdviceKind,
    pub text: String,
    pub places: Vec<CarePlace>,
    /// No out-of-hours post with a phone number within 40 km: no post is offered, and the text
    /// says to phone the own GP (its message gives the post's number) or 112.
    pub no_post_near: bool,
    /// The own GP when its number is saved in the details: first to call.
    pub own_gp: Option<OwnGp>,
    /// The public holiday of the day in Amsterdam.
    pub holiday: Option<Holiday>,
    /// Good Friday or 5 May in office hours: the practice may be open or closed, phone it first.
    pub practice_may_be_closed: bool,
    /// Where the holiday rules come from, on a holiday.
    pub holiday_source: Option<String>,
    /// The moment judged, in Amsterdam time.
    pub at_amsterdam: OffsetDateTime,
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
pub fn overpass_query(bbox: String) -> ApiResult<String> {
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
}

#[uniffi::export]
impl CareService {
    /// The `limit` nearest places (of `kind`, or of every kind), nearest first.
    pub fn nearest(&self, origin: CareOrigin, kind: Option<PlaceKind>, limit: u32) -> ApiResult<Vec<CarePlace>> {
        let origin = self.profile.api(origin.checked())?;
        let found = self.profile.api(self.profile.care().nearest(&origin, kind, limit as usize))?;
        Ok(found.into_iter().map(near).collect())
    }

    /// The nearest places with whether they are open at `at` (any offset: judged in Amsterdam
    /// time); with `open_only`, only the places whose opening hours say open then.
    pub fn nearest_at(
        &self,
        origin: CareOrigin,
        kind: Option<PlaceKind>,
        limit: u32,
        at: OffsetDateTime,
        open_only: bool,
    ) -> ApiResult<Vec<CarePlace>> {
        let origin = self.profile.api(origin.checked())?;
        let found =
            self.profile.api(self.profile.care().nearest_at(&origin, kind, limit as usize, Some(at), open_only))?;
        Ok(found.into_iter().map(near).collect())
    }

    /// Places whose name or town matches `text`.
    pub fn search(&self, text: String, limit: u32) -> ApiResult<Vec<CarePlace>> {
        let found = self.profile.api(self.profile.care().search(&text, limit as usize))?;
        Ok(found.into_iter().map(|p| place(p, 0.0)).collect())
    }

    /// Where to go now: `at` is the phone's clock with any offset (it is judged in Amsterdam
    /// time); `urgent` when it is life-threatening.
    pub fn now(&self, origin: CareOrigin, at: OffsetDateTime, urgent: bool) -> ApiResult<CareAdvice> {
        let origin = self.profile.api(origin.checked())?;
        let advice = self.profile.api(self.profile.care().now(&origin, at, urgent))?;
        Ok(CareAdvice {
            advice: advice.advice,
            text: advice.text,
            places: advice.places.into_iter().map(near).collect(),
            no_post_near: advice.no_post_near,
            own_gp: advice.own_gp.map(|g| OwnGp {
                name: g.name,
                phone: g.phone,
                phone_e164: g.phone_e164,
                tel_uri: g.tel_uri,
            }),
            holiday: advice.holiday,
            practice_may_be_closed: advice.practice_may_be_closed,
            holiday_source: advice.holiday_source.map(str::to_owned),
            at_amsterdam: advice.at_amsterdam,
        })
    }

    /// Imports the JSON answer of the Overpass query; all of it or nothing.
    pub fn import_osm(&self, answer: String, today: LocalDate) -> ApiResult<OsmImportReport> {
        let report = self.profile.api(self.profile.care().import_osm(&answer, today))?;
        Ok(OsmImportReport {
            imported: report.imported as u64,
            updated: report.updated as u64,
            skipped: report.skipped as u64,
            skipped_by_reason: report.skipped_by_reason.into_iter().map(|(k, v)| (k, v as u64)).collect(),
        })
    }
}
