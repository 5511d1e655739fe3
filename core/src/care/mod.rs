//! The care finder: the nearest GP (huisarts), out-of-hours GP post (huisartsenpost), emergency
//! department or pharmacy, by position or postcode; search by name or town; "where to go now";
//! and places imported from OpenStreetMap. Bundled places come from open data prepared by
//! `scripts/prepare-care-data.py` and committed in `core/data/care/`; imported ones are kept sealed in the profile (they say where the
//! user lives).

mod data;
#[cfg(feature = "osm-extract")]
pub mod extract;
pub mod hours;
mod now;
mod osm;
mod places;
mod postcodes;

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveTime};
use chrono_tz::Tz;
use fluent_bundle::FluentArgs;
use serde::Serialize;

pub use self::{
    data::CareData,
    hours::OpenState,
    now::{AdviceKind, HOLIDAY_SOURCE, Holiday, amsterdam, is_public_holiday, official_holidays},
    osm::{BoundingBox, ImportReport},
    places::{Place, PlaceIndex, PlaceKind, distance_m},
    postcodes::{Postcode, Postcodes},
};
use crate::{
    Error, InputProblem, Result,
    content::Content,
    details::DetailsService,
    l10n::{Localizer, fold},
    phone::{self, Dial},
    position::Position,
    store::{Document, Store},
    sync::Derived,
};

const MAX_LIMIT: usize = 100;

/// An out-of-hours post serves its own region: one further away than this is not the user's
/// post, and sending them there would send them to a line that redirects them.
pub const POST_RADIUS_M: f64 = 40_000.0;

/// Where the user is: a position (from the phone's GPS) or a postcode.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    Position(Position),
    Postcode(String),
}

/// A place with its distance from the origin, how to dial it and whether it is open.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NearPlace {
    #[serde(flatten)]
    pub place: Place,
    pub distance_m: f64,
    /// `+31433877777`; `None` when the place has no number that dials.
    pub phone_e164: Option<String>,
    /// `tel:+31433877777`.
    pub tel_uri: Option<String>,
    /// A paid service number (0900, as many out-of-hours posts have): the call costs money.
    pub paid_call: bool,
    /// Whether its opening hours say open at the moment asked; `None` without hours or moment.
    pub open_now: Option<bool>,
    /// When that changes (within a year), in Amsterdam time.
    pub next_change: Option<DateTime<FixedOffset>>,
}

impl NearPlace {
    /// The place with its number made dialable and its hours judged at `at`, if given.
    pub fn new(place: Place, distance_m: f64, at: Option<DateTime<FixedOffset>>) -> NearPlace {
        let dial = phone::dial(&place.phone);
        let state = match (&place.opening_hours, at) {
            (Some(value), Some(at)) => hours::state(value, place.lat, place.lon, at),
            _ => OpenState::default(),
        };
        NearPlace {
            phone_e164: dial.as_ref().map(|d| d.e164.clone()),
            paid_call: dial.as_ref().is_some_and(|d| d.paid),
            tel_uri: dial.map(|d| d.tel_uri),
            open_now: state.open_now,
            next_change: state.next_change,
            place,
            distance_m,
        }
    }
}

/// The user's own family doctor, from their saved details: the number that always works.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OwnGp {
    pub name: Option<String>,
    /// As shown: `077 123 4567`.
    pub phone: String,
    pub phone_e164: String,
    pub tel_uri: String,
}

/// What to do now, in words, with the places to contact.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Advice {
    pub advice: AdviceKind,
    pub text: String,
    pub places: Vec<NearPlace>,
    /// No out-of-hours post with a phone number lies within [`POST_RADIUS_M`]: no far post is
    /// offered; the text says to phone the own GP's number (its message gives the post) or 112.
    pub no_post_near: bool,
    /// The user's own GP when its phone number is saved in the details: first to call.
    pub own_gp: Option<OwnGp>,
    /// The public holiday of the day in Amsterdam, if any.
    pub holiday: Option<Holiday>,
    /// On Good Friday and 5 May the practice may be open or closed: phone it first.
    pub practice_may_be_closed: bool,
    /// Where the holiday rules come from, given with every advice on a holiday.
    pub holiday_source: Option<&'static str>,
    /// The moment judged, in Amsterdam time.
    pub at_amsterdam: DateTime<FixedOffset>,
}

/// The Overpass query for an area given as `S,W,N,E`.
pub fn overpass_query(bbox: &str) -> Result<String> {
    Ok(BoundingBox::parse(bbox)?.overpass_query())
}

/// The index of one profile's places (the content's and the imported ones), shared by its `Care`
/// services, kept for the content it was built from and forgotten after an import.
pub type IndexCache = Arc<Derived<Content, Arc<PlaceIndex>>>;

#[derive(Clone)]
pub struct Care {
    store: Arc<Store>,
    localizer: Localizer,
    cache: IndexCache,
    content: Arc<Content>,
}

impl Care {
    pub(crate) fn new(store: Arc<Store>, localizer: Localizer, cache: IndexCache, content: Arc<Content>) -> Care {
        Care { store, localizer, cache, content }
    }

    /// Resolves an origin to a position, refusing impossible coordinates and unknown postcodes.
    pub fn locate(&self, origin: &Origin) -> Result<(f64, f64)> {
        match origin {
            Origin::Position(position) => Ok((position.lat(), position.lon())),
            Origin::Postcode(code) => self.content.care()?.postcodes.lookup(code).map(|p| (p.lat, p.lon)),
        }
    }

    /// The `limit` nearest places, of one kind or of every kind, nearest first.
    pub fn nearest(&self, origin: &Origin, kind: Option<PlaceKind>, limit: usize) -> Result<Vec<NearPlace>> {
        self.nearest_at(origin, kind, limit, None, false)
    }

    /// The nearest places with their opening state at `at` (Amsterdam time rules); with
    /// `open_only`, only places whose hours say open then (places without hours are left out).
    pub fn nearest_at(
        &self,
        origin: &Origin,
        kind: Option<PlaceKind>,
        limit: usize,
        at: Option<DateTime<FixedOffset>>,
        open_only: bool,
    ) -> Result<Vec<NearPlace>> {
        self.nearest_where(origin, kind, limit, at, open_only, |_| true)
    }

    /// The `limit` nearest places that `keep` accepts, nearest first.
    fn nearest_where(
        &self,
        origin: &Origin,
        kind: Option<PlaceKind>,
        limit: usize,
        at: Option<DateTime<FixedOffset>>,
        open_only: bool,
        keep: impl Fn(&Place) -> bool,
    ) -> Result<Vec<NearPlace>> {
        if limit == 0 || limit > MAX_LIMIT {
            return Err(Error::invalid("limit", InputProblem::Limit));
        }
        let (lat, lon) = self.locate(origin)?;
        let index = self.index()?;
        let kinds = kind.map_or_else(|| PlaceKind::ALL.to_vec(), |k| vec![k]);
        let mut found: Vec<NearPlace> = kinds
            .into_iter()
            .flat_map(|k| {
                index
                    .nearest_iter(k, lat, lon)
                    .filter(|(place, _)| keep(place))
                    .map(|(place, distance_m)| NearPlace::new(place.clone(), distance_m.round(), at))
                    .filter(|near| !open_only || near.open_now == Some(true))
                    .take(limit)
                    .collect::<Vec<_>>()
            })
            .collect();
        found.sort_by(|a, b| a.distance_m.total_cmp(&b.distance_m));
        found.truncate(limit);
        Ok(found)
    }

    /// Places whose name or town matches `text` (case and diacritics folded), best first.
    pub fn search(&self, text: &str, limit: usize) -> Result<Vec<Place>> {
        if limit == 0 || limit > MAX_LIMIT {
            return Err(Error::invalid("limit", InputProblem::Limit));
        }
        let query: Vec<String> = text.split_whitespace().map(fold).collect();
        if query.is_empty() {
            return Ok(Vec::new());
        }
        let index = self.index()?;
        let mut scored: Vec<(u8, &Place)> = index
            .places()
            .iter()
            .filter_map(|place| {
                let (name, town) = (fold(&place.name), fold(&place.town));
                let all = query.iter().all(|q| name.contains(q.as_str()) || town.contains(q.as_str()));
                if !all {
                    return None;
                }
                let starts = query.iter().any(|q| name.split_whitespace().any(|w| w.starts_with(q.as_str())));
                Some((if starts { 0 } else { 1 }, place))
            })
            .collect();
        scored.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.name.cmp(&b.1.name)));
        Ok(scored.into_iter().take(limit).map(|(_, p)| p.clone()).collect())
    }

    /// Where to go now, at `at` (any offset: it is judged in Amsterdam time), with the places
    /// to contact and, when saved, the user's own GP first.
    pub fn now(&self, origin: &Origin, at: DateTime<FixedOffset>, urgent: bool) -> Result<Advice> {
        let facts = &self.content.facts;
        let time = |id: &str| {
            facts
                .get(id)
                .and_then(|f| match &f.value {
                    crate::facts::FactValue::Text(t) => NaiveTime::parse_from_str(t, "%H:%M").ok(),
                    _ => None,
                })
                .ok_or(Error::Content { part: "facts" })
        };
        let local: DateTime<Tz> = amsterdam(at);
        let (advice, holiday) =
            now::advice(local.naive_local(), urgent, time("gp-office-opens")?, time("gp-office-closes")?);
        let kind = match advice {
            AdviceKind::Gp => PlaceKind::Gp,
            AdviceKind::GpPost => PlaceKind::GpPost,
            AdviceKind::Emergency => PlaceKind::Emergency,
        };
        // A post or department that closes at night is never the one to go to at night.
        let night = now::is_night(local.time());
        let mut places =
            self.nearest_where(origin, Some(kind), 3, Some(at), false, |p| !(night && p.night_service == Some(false)))?;
        // Only a post in reach with a number to phone is the user's post; never a far one.
        let no_post_near = advice == AdviceKind::GpPost && {
            places.retain(|p| p.distance_m <= POST_RADIUS_M && p.phone_e164.is_some());
            places.is_empty()
        };
        let own_gp = self.own_gp()?;
        let practice_may_be_closed = advice == AdviceKind::Gp && holiday.is_some();
        let mut args = FluentArgs::new();
        if let Some(fact) = facts.get("emergency-phone") {
            args.set("emergency-phone", fact.fluent_value(&self.localizer));
        }
        if let Some(gp) = &own_gp {
            let name = gp.name.clone().unwrap_or_else(|| self.localizer.text("care-kind-gp"));
            args.set("gp-name", name);
            args.set("gp-phone", gp.phone.clone());
        }
        let with_own_gp = |id: &str| if own_gp.is_some() { format!("{id}-own-gp") } else { id.to_owned() };
        let mut text = if no_post_near {
            self.localizer.format(&with_own_gp("care-now-no-post-near"), Some(&args))
        } else if practice_may_be_closed {
            self.localizer.format("care-now-practice-may-be-closed", Some(&args))
        } else {
            self.localizer.format(&format!("care-now-{}", kind.id().replace('_', "-")), Some(&args))
        };
        if advice == AdviceKind::Gp && own_gp.is_some() {
            text.push('\n');
            text.push_str(&self.localizer.format("care-now-own-gp", Some(&args)));
        } else if places.is_empty() && advice == AdviceKind::Gp {
            text.push('\n');
            text.push_str(&self.localizer.text("care-now-none-known"));
        }
        Ok(Advice {
            advice,
            text,
            places,
            no_post_near,
            own_gp,
            holiday,
            practice_may_be_closed,
            holiday_source: holiday.map(|_| HOLIDAY_SOURCE),
            at_amsterdam: local.fixed_offset(),
        })
    }

    /// The GP saved in the details, if its number is saved (a name alone cannot be phoned).
    fn own_gp(&self) -> Result<Option<OwnGp>> {
        let details = DetailsService::new(Arc::clone(&self.store)).get()?;
        let dial: Option<Dial> = details.gp_phone.as_deref().and_then(phone::dial);
        Ok(dial.map(|dial| OwnGp {
            name: details.gp_name,
            phone: dial.display,
            phone_e164: dial.e164,
            tel_uri: dial.tel_uri,
        }))
    }

    /// Imports an Overpass answer: all of it or, if it does not read, nothing. It is merged with
    /// the places as stored when it is written, so two imports at once both count.
    pub fn import_osm(&self, answer: &str, today: chrono::NaiveDate) -> Result<ImportReport> {
        let day = today.format("%Y-%m-%d").to_string();
        let report = self.store.update(Document::PLACE_IMPORTS, |places: &mut Vec<Place>| {
            let (merged, report) = osm::merge(places, answer, &day)?;
            *places = merged;
            Ok(report)
        })?;
        self.cache.forget();
        Ok(report)
    }

    fn imported(&self) -> Result<Vec<Place>> {
        self.store.load(Document::PLACE_IMPORTS)
    }

    fn index(&self) -> Result<Arc<PlaceIndex>> {
        self.cache.get_or_build(&self.content, || {
            let mut places = self.content.care()?.places.clone();
            places.extend(self.imported()?);
            Ok(Arc::new(PlaceIndex::new(places)))
        })
    }
}
