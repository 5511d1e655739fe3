//! Dutch postcodes: a 4-digit PC4, or a 6-character PC6 ("5911 AB") reduced to its PC4, looked up
//! in the bundled GeoNames centroids.

use std::collections::HashMap;

use crate::{Error, InputProblem, Result};

#[derive(Debug, Clone, PartialEq)]
pub struct Postcode {
    pub pc4: String,
    pub lat: f64,
    pub lon: f64,
    pub place: String,
    pub municipality: String,
    /// The source's centroid was misplaced, so this one was corrected or derived from the
    /// neighbouring PC4s: distances from it are approximate.
    pub approximate: bool,
}

pub struct Postcodes {
    by_pc4: HashMap<String, Postcode>,
}

/// The PC4 of a postcode as people write it: `5911AB`, `5911 ab`, `5911-AB`, `NL-5911AB`,
/// `NL 5911 AB`, with any kind of space (a no-break space from a copied address too), or the PC4
/// alone. `None` for anything else.
fn pc4_of(text: &str) -> Option<String> {
    let upper = text.trim().to_uppercase();
    let mut rest = upper.as_str();
    if let Some(after) = rest.strip_prefix("NL") {
        let after = after.trim_start();
        rest = after.strip_prefix('-').unwrap_or(after).trim_start();
    }
    // Only ASCII digits: `get` refuses to cut a multi-byte character ("123ĄB").
    let digits = rest.get(..4)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) || digits.starts_with('0') {
        return None;
    }
    let after_digits = rest[4..].trim_start();
    let (dash, letters) = match after_digits.strip_prefix('-') {
        Some(after) => (true, after.trim_start()),
        None => (false, after_digits),
    };
    let valid = match letters.len() {
        0 => !dash,
        2 => letters.bytes().all(|b| b.is_ascii_uppercase()),
        _ => false,
    };
    valid.then(|| digits.to_owned())
}

impl Postcodes {
    pub fn new(rows: Vec<Postcode>) -> Postcodes {
        Postcodes { by_pc4: rows.into_iter().map(|p| (p.pc4.clone(), p)).collect() }
    }

    /// The centroid of a postcode. A malformed code and a code that does not exist are errors
    /// the user can act on.
    pub fn lookup(&self, text: &str) -> Result<&Postcode> {
        let pc4 = pc4_of(text).ok_or(Error::invalid("postcode", InputProblem::PostcodeFormat))?;
        self.by_pc4.get(&pc4).ok_or(Error::invalid("postcode", InputProblem::PostcodeUnknown))
    }

    pub fn len(&self) -> usize {
        self.by_pc4.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_pc4.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_ways_of_writing_a_postcode_give_its_pc4() {
        for written in [
            "5911AB",
            "5911 AB",
            "5911ab",
            "5911 ab",
            "NL-5911AB",
            "nl-5911ab",
            "NL 5911 AB",
            "NL5911AB",
            "NL - 5911 AB",
            "5911-AB",
            "5911 - AB",
            "5911\u{a0}AB",
            "NL\u{a0}5911\u{202f}AB",
            "  5911  AB  ",
            "5911",
            "NL-5911",
        ] {
            assert_eq!(pc4_of(written).as_deref(), Some("5911"), "{written:?}");
        }
    }

    #[test]
    fn anything_else_is_refused() {
        for garbage in [
            "",
            "59",
            "591",
            "0911AB",
            "59X1",
            "5911A",
            "5911ABC",
            "5911 A B",
            "5911-",
            "5911--AB",
            "59 11AB",
            "NL",
            "NL-",
            "DE-5911AB",
            "5911AB NL",
            "123ĄB",
            "1234ĄB",
            "１２３４AB",
            "5911 1B",
            "-5911AB",
        ] {
            assert_eq!(pc4_of(garbage), None, "{garbage:?}");
        }
    }
}
