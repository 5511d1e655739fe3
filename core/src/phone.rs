//! Phone numbers that dial: checked and formatted with libphonenumber's metadata (the
//! `phonenumber` crate), Dutch when written without a country code. A number is stored in E.164
//! (`+31612345678`), shown in national format when it is Dutch (`06 12345678`), and linked as a
//! `tel:` URI, which allows no spaces. The short numbers 112 and 113 are not in libphonenumber's
//! Dutch data as numbers one can store; they dial as they are. 0900 numbers cost money to call.

use phonenumber::{Mode, PhoneNumber, Type, country::Id, metadata::DATABASE};
use serde::Serialize;

use crate::{Error, InputProblem, Result};

/// A number as a phone dials it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dial {
    /// `+31612345678`, or the short number itself (`112`).
    pub e164: String,
    /// `tel:+31612345678` (RFC 3966 with the global number), `tel:112`.
    pub tel_uri: String,
    /// As people in the country write it: `06 12345678`; international for foreign numbers.
    pub display: String,
    /// A paid service number (0900, 0906, 0909): calls cost more than a normal call.
    pub paid: bool,
}

/// Short numbers shipped in the facts: 112 (emergency) and 113 (suicide prevention).
const SHORT_NUMBERS: [&str; 2] = ["112", "113"];

/// The text with the separators people type (no-break spaces, `/`, dashes) made plain.
fn plain(text: &str) -> String {
    let text = text.trim();
    let text = text.strip_prefix("tel:").unwrap_or(text);
    text.chars()
        .map(|c| match c {
            '\u{00A0}' | '\u{202F}' | '\u{2007}' | '/' | '\u{2010}'..='\u{2015}' | '\u{2212}' => ' ',
            other => other,
        })
        .collect()
}

fn parse(text: &str) -> Option<PhoneNumber> {
    let number = phonenumber::parse(Some(Id::NL), plain(text)).ok()?;
    phonenumber::is_valid(&number).then_some(number)
}

fn dial_number(number: &PhoneNumber) -> Dial {
    let e164 = number.format().mode(Mode::E164).to_string();
    let dutch = number.code().value() == 31;
    let display = number.format().mode(if dutch { Mode::National } else { Mode::International }).to_string();
    let paid = matches!(number.number_type(&DATABASE), Type::PremiumRate | Type::SharedCost);
    Dial { tel_uri: format!("tel:{e164}"), e164, display, paid }
}

/// How to dial a shipped or typed number: a valid number or one of the short numbers; `None`
/// for anything else (an empty text, a number that cannot be dialled).
pub fn dial(text: &str) -> Option<Dial> {
    let digits: String = plain(text).chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(short) = SHORT_NUMBERS.iter().find(|s| **s == digits) {
        let short = (*short).to_owned();
        return Some(Dial { tel_uri: format!("tel:{short}"), e164: short.clone(), display: short, paid: false });
    }
    parse(text).map(|number| dial_number(&number))
}

/// A person's number as typed (the user's own, their GP's): a full valid number, in E.164 as
/// it is stored. Short numbers are not anyone's own number. The error names the field only.
pub fn personal(field: &'static str, text: &str) -> Result<String> {
    parse(text).map(|number| dial_number(&number).e164).ok_or(Error::invalid(field, InputProblem::Phone))
}

/// A stored number as shown to the user (national format for Dutch numbers); the text itself
/// if it is not a valid number (details stored before numbers were checked).
pub fn display(stored: &str) -> String {
    parse(stored).map_or_else(|| stored.to_owned(), |number| dial_number(&number).display)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_numbers_are_stored_in_e164_or_refused() {
        for (typed, e164) in [
            ("06 12345678", "+31612345678"),
            ("0612345678", "+31612345678"),
            ("06-1234 5678", "+31612345678"),
            ("+31 6 12345678", "+31612345678"),
            ("0031612345678", "+31612345678"),
            ("+31 (0)6 12345678", "+31612345678"),
            ("06\u{00A0}12345678", "+31612345678"),
            ("+31\u{00A0}6\u{00A0}12345678", "+31612345678"),
            ("06/12345678", "+31612345678"),
            ("06\u{2013}12345678", "+31612345678"),
            ("020 123 4567", "+31201234567"),
            ("+48 512 345 678", "+48512345678"),
        ] {
            assert_eq!(personal("phone", typed).unwrap(), e164, "{typed}");
        }
        for bad in ["06 1234", "000000000", "123", "999999999999999", "06 123456789", "call me", "", "112"] {
            assert!(matches!(personal("gp_phone", bad), Err(Error::InvalidInput { field: "gp_phone", .. })), "{bad}");
        }
    }

    #[test]
    fn shipped_numbers_dial_with_a_tel_uri() {
        let post = dial("043-387 77 77").unwrap();
        assert_eq!((post.e164.as_str(), post.tel_uri.as_str()), ("+31433877777", "tel:+31433877777"));
        assert_eq!(post.display, "043 387 7777");
        assert!(!post.paid);
        let free = dial("0800 64 64 644").unwrap();
        assert_eq!((free.e164.as_str(), free.paid), ("+318006464644", false));
        let police = dial("0900-8844").unwrap();
        assert_eq!((police.tel_uri.as_str(), police.paid), ("tel:+319008844", true));
        for short in ["112", "113", " 1 1 3 "] {
            let found = dial(short).unwrap();
            assert_eq!(found.tel_uri, format!("tel:{}", short.replace(' ', "")));
            assert!(!found.paid);
        }
        assert_eq!(dial(""), None);
        assert_eq!(dial("123"), None);
        assert_eq!(display("+31612345678"), "06 12345678");
        assert_eq!(display("+48512345678"), "+48 512 345 678");
    }
}
