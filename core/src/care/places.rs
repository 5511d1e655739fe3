//! Places of care and the spatial index over them.
//!
//! The index is an R-tree (rstar) per kind over points on the unit sphere: the straight-line
//! distance between two such points grows with the distance along the earth's surface, so the
//! tree's nearest neighbours are the nearest places anywhere, not only in the Netherlands, and a
//! query stays logarithmic however many places a pack holds.

use std::collections::HashMap;

use rstar::{AABB, PointDistance, RTree, RTreeObject};
use serde::{Deserialize, Serialize};

use crate::InputProblem;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// Huisarts: the family doctor.
    Gp,
    /// Huisartsenpost: the out-of-hours GP post.
    GpPost,
    /// Spoedeisende hulp (SEH): a hospital emergency department.
    Emergency,
    Pharmacy,
}

impl PlaceKind {
    pub const ALL: [PlaceKind; 4] = [PlaceKind::Gp, PlaceKind::GpPost, PlaceKind::Emergency, PlaceKind::Pharmacy];

    pub fn id(self) -> &'static str {
        match self {
            PlaceKind::Gp => "gp",
            PlaceKind::GpPost => "gp_post",
            PlaceKind::Emergency => "emergency",
            PlaceKind::Pharmacy => "pharmacy",
        }
    }

    pub fn from_id(id: &str) -> Option<PlaceKind> {
        PlaceKind::ALL.into_iter().find(|kind| kind.id() == id)
    }

    /// A kind as a shell or the CLI names it; an unknown name is bad input about `kind`.
    pub fn parse(id: &str) -> crate::Result<PlaceKind> {
        PlaceKind::from_id(id).ok_or(crate::Error::invalid("kind", InputProblem::PlaceKind))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub id: String,
    pub kind: PlaceKind,
    pub name: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub postcode: String,
    #[serde(default)]
    pub town: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub website: String,
    pub lat: f64,
    pub lon: f64,
    /// OpenStreetMap `opening_hours` syntax, checked when the place was imported.
    #[serde(default)]
    pub opening_hours: Option<String>,
    /// Languages spoken, where known (ISO 639-1 codes).
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub accepting_new_patients: Option<bool>,
    /// The area an out-of-hours post serves, as its source names it (a post serves its own region).
    #[serde(default)]
    pub region: Option<String>,
    /// Whether the place is open at night (23:00-08:00): `Some(false)` for an out-of-hours post
    /// that closes at night or an emergency department with limited hours, which `care now` never
    /// offers at night; `None` where no source says.
    #[serde(default)]
    pub night_service: Option<bool>,
    /// Opening hours in the source's words, where they are not in `opening_hours` syntax.
    #[serde(default)]
    pub hours: Option<String>,
    pub source: String,
    #[serde(default)]
    pub source_date: String,
    /// The day the place was last checked against its source.
    pub verified_on: String,
    /// H (the place's own site), M (a secondary source) or L (a lead); bundled places are M or H.
    pub confidence: String,
    #[serde(default)]
    pub note: Option<String>,
    /// The source gives no coordinates, so the place stands at its town's centre: its distance
    /// is approximate, and a shell should say so beside it.
    #[serde(default)]
    pub approximate_position: bool,
}

/// Great-circle distance in metres (haversine, mean earth radius).
pub fn distance_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    const EARTH_RADIUS_M: f64 = 6_371_008.8;
    let (phi1, phi2) = (lat1.to_radians(), lat2.to_radians());
    let dphi = (lat2 - lat1).to_radians();
    let dlambda = (lon2 - lon1).to_radians();
    let a = (dphi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (dlambda / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * a.sqrt().asin()
}

fn unit_vector(lat: f64, lon: f64) -> [f64; 3] {
    let (lat, lon) = (lat.to_radians(), lon.to_radians());
    [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
}

/// A place's position in the tree, pointing back at the place.
#[derive(Debug, Clone, PartialEq)]
struct Entry {
    point: [f64; 3],
    place: usize,
}

impl RTreeObject for Entry {
    type Envelope = AABB<[f64; 3]>;
    fn envelope(&self) -> Self::Envelope {
        AABB::from_point(self.point)
    }
}

impl PointDistance for Entry {
    fn distance_2(&self, point: &[f64; 3]) -> f64 {
        self.point.iter().zip(point).map(|(a, b)| (a - b).powi(2)).sum()
    }
}

/// All places a profile knows, indexed by kind and position.
pub struct PlaceIndex {
    places: Vec<Place>,
    trees: HashMap<PlaceKind, RTree<Entry>>,
}

impl PlaceIndex {
    pub fn new(places: Vec<Place>) -> PlaceIndex {
        let mut by_kind: HashMap<PlaceKind, Vec<Entry>> = HashMap::new();
        for (i, place) in places.iter().enumerate() {
            by_kind.entry(place.kind).or_default().push(Entry { point: unit_vector(place.lat, place.lon), place: i });
        }
        let trees = by_kind.into_iter().map(|(kind, entries)| (kind, RTree::bulk_load(entries))).collect();
        PlaceIndex { places, trees }
    }

    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The `k` places of `kind` nearest to a position, nearest first, with their distance.
    pub fn nearest(&self, kind: PlaceKind, lat: f64, lon: f64, k: usize) -> Vec<(&Place, f64)> {
        self.nearest_iter(kind, lat, lon).take(k).collect()
    }

    /// The places of `kind` from the nearest outwards, found lazily: a caller that skips some
    /// (closed at night) reads only as far as it needs.
    pub fn nearest_iter(&self, kind: PlaceKind, lat: f64, lon: f64) -> impl Iterator<Item = (&Place, f64)> {
        self.trees.get(&kind).into_iter().flat_map(move |tree| {
            tree.nearest_neighbor_iter(&unit_vector(lat, lon)).map(move |entry| {
                let place = &self.places[entry.place];
                (place, distance_m(lat, lon, place.lat, place.lon))
            })
        })
    }

    /// The reference for the benchmark: every place of the kind measured, sorted, cut.
    pub fn nearest_brute_force(&self, kind: PlaceKind, lat: f64, lon: f64, k: usize) -> Vec<(&Place, f64)> {
        let mut all: Vec<_> =
            self.places.iter().filter(|p| p.kind == kind).map(|p| (p, distance_m(lat, lon, p.lat, p.lon))).collect();
        all.sort_by(|a, b| a.1.total_cmp(&b.1));
        all.truncate(k);
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(id: &str, lat: f64, lon: f64) -> Place {
        Place {
            id: id.into(),
            kind: PlaceKind::Gp,
            name: id.into(),
            address: String::new(),
            postcode: String::new(),
            town: String::new(),
            phone: String::new(),
            website: String::new(),
            lat,
            lon,
            opening_hours: None,
            languages: Vec::new(),
            accepting_new_patients: None,
            region: None,
            night_service: None,
            hours: None,
            source: "test".into(),
            source_date: String::new(),
            verified_on: "2026-11-28".into(),
            confidence: "H".into(),
            note: None,
            approximate_position: false,
        }
    }

    #[test]
    fn distances_are_great_circle_metres() {
        // Venlo station to Nijmegen station: about 56 km.
        let d = distance_m(51.3645, 6.1716, 51.8434, 5.8536);
        assert!((55_000.0..60_000.0).contains(&d), "{d}");
        assert_eq!(distance_m(52.0, 5.0, 52.0, 5.0), 0.0);
    }

    #[test]
    fn the_index_agrees_with_brute_force() {
        let places: Vec<_> = (0..500)
            .map(|i| {
                let f = f64::from(i);
                place(&format!("p{i}"), 50.7 + (f * 0.37).sin().abs() * 2.8, 3.3 + (f * 0.73).cos().abs() * 3.9)
            })
            .collect();
        let index = PlaceIndex::new(places);
        for (lat, lon) in [(51.37, 6.17), (53.2, 6.56), (52.0, 4.2), (60.0, 20.0)] {
            let fast: Vec<_> = index.nearest(PlaceKind::Gp, lat, lon, 7).iter().map(|(p, _)| p.id.clone()).collect();
            let slow: Vec<_> =
                index.nearest_brute_force(PlaceKind::Gp, lat, lon, 7).iter().map(|(p, _)| p.id.clone()).collect();
            assert_eq!(fast, slow);
        }
        assert!(index.nearest(PlaceKind::Pharmacy, 52.0, 5.0, 3).is_empty());
    }
}
