//! The care finder: the nearest GP (huisarts), out-of-hours GP post (huisartsenpost), emergency
//! department or pharmacy, by position or postcode; search by name or town; "where to go now";
//! and places imported from OpenStreetMap. Bundled places come from open data prepared by
//! `scripts/prepare-care-data.py` and committed in `core/data/care/`; imported ones are kept sealed in the profile (they say where the
//! user lives).

mod now;
mod osm;
mod places;
mod postcodes;

use std::sync::{Arc, Mutex};

use chrono::{DateTime, FixedOffset, NaiveTime};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};

pub use self::{
    now::{AdviceKind, is_public_holiday},
    osm::{BoundingBox, ImportReport},
    places::{Place, PlaceIndex, PlaceKind, distance_m},
    postcodes::{Postcode, Postcodes},
};
use crate::{
    Error, Result,
    content::Content,
    guides::fold,
    l10n::Localizer,
    store::{Document, Store},
};

const MAX_LIMIT: usize = 100;

/// Where the user is: a position (from the phone's GPS) or a postcode.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    Position { lat: f64, lon: f64 },
    Postcode(String),
}

/// A place with its distance from the origin.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NearPlace {
    #[serde(flatten)]
    pub place: Place,
    pub distance_m: f64,
}

/// What to do now, in words, with the places to contact.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Advice {
    pub advice: AdviceKind,
    pub text: String,
    pub places: Vec<NearPlace>,
}

#[derive(Deserialize)]
struct PlacesPart {
    attributions: Vec<String>,
    postcodes: Vec<PostcodeRow>,
    places: Vec<Place>,
}

/// `[pc4, lat, lon, place, municipality]`, with a sixth element `true` where the position is
/// approximate (packs written before it existed have five).
#[derive(Deserialize)]
struct PostcodeRow(String, f64, f64, String, String, #[serde(default)] bool);

/// The `places` part of the content: bundled or packed places, postcodes and attributions.
pub struct CareData {
    /// Where the data comes from, as its licences ask; shown in `info` and the README.
    pub attributions: Vec<String>,
    pub postcodes: Postcodes,
    pub places: Vec<Place>,
}

impl CareData {
    pub fn from_json(text: &str) -> Result<CareData> {
        let bad = || Error::Content { part: "places" };
        let part: PlacesPart = serde_json::from_str(text).map_err(|_| bad())?;
        let valid = |lat: f64, lon: f64| (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon);
        if !part.places.iter().all(|p| valid(p.lat, p.lon)) || !part.postcodes.iter().all(|p| valid(p.1, p.2)) {
            return Err(bad());
        }
        let postcodes = part
            .postcodes
            .into_iter()
            .map(|PostcodeRow(pc4, lat, lon, place, municipality, approximate)| Postcode {
                pc4,
                lat,
                lon,
                place,
                municipality,
                approximate,
            })
            .collect();
        Ok(CareData { attributions: part.attributions, postcodes: Postcodes::new(postcodes), places: part.places })
    }
}

/// The Overpass query for an area given as `S,W,N,E`.
pub fn overpass_query(bbox: &str) -> Result<String> {
    Ok(BoundingBox::parse(bbox)?.overpass_query())
}

/// The index of one profile's places, shared by its `Care` services and rebuilt after an import.
pub type IndexCache = Arc<Mutex<Option<Arc<PlaceIndex>>>>;

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
            Origin::Position { lat, lon } => {
                if !lat.is_finite() || !(-90.0..=90.0).contains(lat) {
                    return Err(Error::invalid("lat", "invalid-latitude"));
                }
                if !lon.is_finite() || !(-180.0..=180.0).contains(lon) {
                    return Err(Error::invalid("lon", "invalid-longitude"));
                }
                Ok((*lat, *lon))
            }
            Origin::Postcode(code) => self.content.care()?.postcodes.lookup(code).map(|p| (p.lat, p.lon)),
        }
    }

    /// The `limit` nearest places, of one kind or of every kind, nearest first.
    pub fn nearest(&self, origin: &Origin, kind: Option<PlaceKind>, limit: usize) -> Result<Vec<NearPlace>> {
        self.nearest_where(origin, kind, limit, |_| true)
    }

    /// The `limit` nearest places that `keep` accepts, nearest first.
    fn nearest_where(
        &self,
        origin: &Origin,
        kind: Option<PlaceKind>,
        limit: usize,
        keep: impl Fn(&Place) -> bool,
    ) -> Result<Vec<NearPlace>> {
        if limit == 0 || limit > MAX_LIMIT {
            return Err(Error::invalid("limit", "invalid-limit"));
        }
        let (lat, lon) = self.locate(origin)?;
        let index = self.index()?;
        let kinds = kind.map_or_else(|| PlaceKind::ALL.to_vec(), |k| vec![k]);
        let mut found: Vec<NearPlace> = kinds
            .into_iter()
            .flat_map(|k| index.nearest_iter(k, lat, lon).filter(|(place, _)| keep(place)).take(limit))
            .map(|(place, distance_m)| NearPlace { place: place.clone(), distance_m: distance_m.round() })
            .collect();
        found.sort_by(|a, b| a.distance_m.total_cmp(&b.distance_m));
        found.truncate(limit);
        Ok(found)
    }

    /// Places whose name or town matches `text` (case and diacritics folded), best first.
    pub fn search(&self, text: &str, limit: usize) -> Result<Vec<Place>> {
        if limit == 0 || limit > MAX_LIMIT {
            return Err(Error::invalid("limit", "invalid-limit"));
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

    /// Where to go now, at `at` (the phone's local time), with the nearest places to contact.
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
        let advice = now::advice(at.naive_local(), urgent, time("gp-office-opens")?, time("gp-office-closes")?);
        let kind = match advice {
            AdviceKind::Gp => PlaceKind::Gp,
            AdviceKind::GpPost => PlaceKind::GpPost,
            AdviceKind::Emergency => PlaceKind::Emergency,
        };
        // A post or department that closes at night is never the one to go to at night.
        let night = now::is_night(at.time());
        let places = self.nearest_where(origin, Some(kind), 3, |p| !(night && p.night_service == Some(false)))?;
        let mut args = FluentArgs::new();
        if let Some(fact) = facts.get("emergency-phone") {
            args.set("emergency-phone", fact.fluent_value(&self.localizer));
        }
        let mut text = self.localizer.format(&format!("care-now-{}", kind.id().replace('_', "-")), Some(&args));
        if places.is_empty() && advice != AdviceKind::Emergency {
            text.push('\n');
            text.push_str(&self.localizer.text("care-now-none-known"));
        }
        Ok(Advice { advice, text, places })
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
        *crate::sync::lock(&self.cache) = None;
        Ok(report)
    }

    fn imported(&self) -> Result<Vec<Place>> {
        self.store.load(Document::PLACE_IMPORTS)
    }

    fn index(&self) -> Result<Arc<PlaceIndex>> {
        let mut cache = crate::sync::lock(&self.cache);
        if let Some(index) = cache.as_ref() {
            return Ok(Arc::clone(index));
        }
        let mut places = self.content.care()?.places.clone();
        places.extend(self.imported()?);
        let index = Arc::new(PlaceIndex::new(places));
        *cache = Some(Arc::clone(&index));
        Ok(index)
    }
}
