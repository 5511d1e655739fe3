//! Dutch postcodes: a 4-digit PC4, or a 6-character PC6 ("5911 AB") reduced to its PC4, looked up
//! in the bundled GeoNames centroids.

use std::collections::HashMap;

use crate::{Error, Result};

#[derive(Debug, Clone, PartialEq)]
pub struct Postcode {
    pub pc4: String,
    pub lat: f64,
    pub lon: f64,
    pub place: String,
    pub municipality: String,
}

pub struct Postcodes {
    by_pc4: HashMap<String, Postcode>,
}

impl Postcodes {
    pub fn new(rows: Vec<Postcode>) -> Postcodes {
        Postcodes { by_pc4: rows.into_iter().map(|p| (p.pc4.clone(), p)).collect() }
    }

    /// The centroid of a postcode. A malformed code and a code that does not exist are errors
    /// the user can act on.
    pub fn lookup(&self, text: &str) -> Result<&Postcode> {
        let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
        // Only ASCII from here on, so byte offsets are character offsets ("123ĄB" is six bytes).
        if !compact.is_ascii() {
            return Err(Error::invalid("postcode", "invalid-postcode-format"));
        }
        let pc4 = match compact.len() {
            4 => compact.as_str(),
            6 if compact[4..].chars().all(|c| c.is_ascii_uppercase()) => &compact[..4],
            _ => return Err(Error::invalid("postcode", "invalid-postcode-format")),
        };
        if !pc4.chars().all(|c| c.is_ascii_digit()) || pc4.starts_with('0') {
            return Err(Error::invalid("postcode", "invalid-postcode-format"));
        }
        self.by_pc4.get(pc4).ok_or(Error::invalid("postcode", "invalid-postcode-unknown"))
    }

    pub fn len(&self) -> usize {
        self.by_pc4.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_pc4.is_empty()
    }
}
