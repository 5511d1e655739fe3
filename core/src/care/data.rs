//! The `places` part of the content, parsed: the places, the postcodes and their attributions. It
//! depends on nothing of `content`, which composes it with the other parts.

use serde::Deserialize;

use super::{Place, Postcode, Postcodes};
use crate::{Error, Result};

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
