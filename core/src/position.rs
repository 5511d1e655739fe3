//! A point on Earth as a phone's GPS gives it: the one check of latitude and longitude, used by
//! the care finder's origin and the diary's optional location.

use crate::{Error, InputProblem, Result};

/// Latitude and longitude in degrees (WGS 84), both finite and in range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Position {
    lat: f64,
    lon: f64,
}

impl Position {
    /// Refuses a latitude outside -90..=90 (`lat`) or a longitude outside -180..=180 (`lon`).
    pub fn new(lat: f64, lon: f64) -> Result<Position> {
        if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
            return Err(Error::invalid("lat", InputProblem::Latitude));
        }
        if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
            return Err(Error::invalid("lon", InputProblem::Longitude));
        }
        Ok(Position { lat, lon })
    }

    pub fn lat(self) -> f64 {
        self.lat
    }

    pub fn lon(self) -> f64 {
        self.lon
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_finite_positions_in_range_are_accepted() {
        assert_eq!(Position::new(50.85, 5.69).map(|p| (p.lat(), p.lon())).unwrap(), (50.85, 5.69));
        for (lat, lon, field) in
            [(90.5, 0.0, "lat"), (f64::NAN, 0.0, "lat"), (0.0, -180.5, "lon"), (0.0, f64::INFINITY, "lon")]
        {
            assert!(
                matches!(Position::new(lat, lon), Err(Error::InvalidInput { field: f, .. }) if f == field),
                "{lat} {lon}"
            );
        }
    }
}
