//! A point on Earth from the phone's GPS, for the care finder's origin and a diary entry.

use werkmaat_core::{self as core, position};

/// Latitude and longitude in degrees (WGS 84). Checked when used: a latitude outside -90..=90
/// is refused as `InvalidInput` with field `lat`, a longitude outside -180..=180 with `lon`.
#[derive(Debug, Clone, Copy, PartialEq, uniffi::Record)]
pub struct Position {
    pub lat: f64,
    pub lon: f64,
}

impl Position {
    pub(crate) fn checked(self) -> core::Result<position::Position> {
        position::Position::new(self.lat, self.lon)
    }
}
