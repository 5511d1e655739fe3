//! Numbers in the user's locale, as CLDR writes them (and so as Android and iOS show them): the
//! decimal sign and the group separator of each shipped language, so "5.5 hours" reads "5,5" in
//! Polish and "40,857" reads "40.857" in Dutch. Money and percentages are numbers formatted here
//! and placed in a per-locale Fluent pattern (`format-money`, `format-percent`), because where the €
//! goes is a matter of language. Why a table and not ICU4X: docs/adr/0002-number-formatting.md.
//! `tests/cldr/compare.py` checks the output against ICU.

use fluent_bundle::{FluentValue, memoizer::MemoizerKind};
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

/// The separators of one locale (CLDR `latn` symbols; the same for plain numbers and for money in
/// every shipped language). Digits are grouped by three from 1,000 on, as ICU's classic formatters
/// do, which Android's `java.text` and iOS's `NumberFormatter` use (the ADR says why not CLDR's
/// minimum grouping digits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Symbols {
    decimal: &'static str,
    group: &'static str,
}

impl Symbols {
    /// The symbols of a language code such as `nl`; English (`en-GB` conventions) for any other.
    /// The spaces are no-break spaces (U+00A0), as in CLDR, so a number never splits across lines.
    pub fn of(language: &str) -> Symbols {
        let (decimal, group) = match language {
            "nl" | "ro" | "es" => (",", "."),
            "pl" | "bg" | "uk" | "hu" | "lt" | "pt" => (",", "\u{a0}"),
            _ => (".", ","),
        };
        Symbols { decimal, group }
    }

    /// The decimal sign, as typed input reads it.
    pub(crate) fn decimal_char(&self) -> char {
        self.decimal.chars().next().unwrap_or('.')
    }

    /// The group separator.
    pub(crate) fn group_str(&self) -> &'static str {
        self.group
    }

    /// `value` with exactly `decimals` digits after the decimal point.
    pub fn format(&self, value: f64, decimals: usize) -> String {
        let fixed = format!("{:.*}", decimals, value.abs());
        let (integer, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
        let mut out = String::new();
        if value < 0.0 {
            out.push('-');
        }
        out.push_str(&self.group_digits(integer));
        if !fraction.is_empty() {
            out.push_str(self.decimal);
            out.push_str(fraction);
        }
        out
    }

    fn group_digits(&self, digits: &str) -> String {
        let mut out = String::new();
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(self.group);
            }
            out.push(digit);
        }
        out
    }
}

/// As few decimals as the value needs, at most two: 12 → "12", 5.5 → "5,5".
pub fn natural_decimals(value: f64) -> usize {
    if value.fract() == 0.0 {
        0
    } else if (value * 10.0).fract().abs() < 1e-9 {
        1
    } else {
        2
    }
}

impl Memoizable for Symbols {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _args: ()) -> Result<Self, ()> {
        Ok(Symbols::of(lang.language.as_str()))
    }
}

/// The bundle's number formatter: every number placed in a message is written the locale's way.
pub fn format_fluent_number<M: MemoizerKind>(value: &FluentValue<'_>, memoizer: &M) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let decimals = number.options.minimum_fraction_digits.unwrap_or_else(|| natural_decimals(number.value));
    memoizer.with_try_get_threadsafe::<Symbols, _, _>((), |symbols| symbols.format(number.value, decimals)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_locale() {
        assert_eq!(Symbols::of("en").format(40857.0, 0), "40,857");
        assert_eq!(Symbols::of("nl").format(40857.0, 0), "40.857");
        assert_eq!(Symbols::of("pl").format(5.5, 1), "5,5");
        assert_eq!(Symbols::of("uk").format(1234567.0, 0), "1\u{a0}234\u{a0}567");
        assert_eq!(Symbols::of("hu").format(40857.5, 1), "40\u{a0}857,5");
        assert_eq!(Symbols::of("lt").format(40857.5, 2), "40\u{a0}857,50");
        assert_eq!(Symbols::of("nl").format(2098.8, 2), "2.098,80");
        assert_eq!(Symbols::of("bg").format(-2098.8, 2), "-2\u{a0}098,80");
        assert_eq!(Symbols::of("en").format(14.71, 2), "14.71");
        assert_eq!(Symbols::of("en").format(12.0, 0), "12");
        assert_eq!(Symbols::of("en").format(123.0, 0), "123");
        assert_eq!(Symbols::of("en").format(0.5, 1), "0.5");
    }

    #[test]
    fn decimals_are_as_few_as_needed() {
        assert_eq!((natural_decimals(12.0), natural_decimals(5.5), natural_decimals(14.71)), (0, 1, 2));
    }
}
