//! Numbers in the user's locale: decimal point and digit grouping from the GNU C library's locale
//! data (pure-rust-locales), so "5.5 hours" reads "5,5" in Polish and "40,857" reads "40.857" in
//! Dutch. Money and percentages are numbers formatted here and placed in a per-locale Fluent
//! pattern (`format-money`, `format-percent`), because where the € goes is a matter of language.

use fluent_bundle::{FluentValue, memoizer::MemoizerKind};
use intl_memoizer::Memoizable;
use pure_rust_locales::{Locale, locale_match};
use unic_langid::LanguageIdentifier;

/// The separators of one locale, for plain numbers or for money.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Symbols {
    decimal: &'static str,
    group: &'static str,
    /// glibc grouping: sizes from the right, the last one repeating; 0 or empty: no grouping.
    grouping: &'static [i64],
}

/// The glibc locale whose number conventions a shipped locale follows.
fn glibc_locale(language: &str) -> Locale {
    match language {
        "nl" => Locale::nl_NL,
        "pl" => Locale::pl_PL,
        "ro" => Locale::ro_RO,
        "bg" => Locale::bg_BG,
        "uk" => Locale::uk_UA,
        "hu" => Locale::hu_HU,
        "lt" => Locale::lt_LT,
        "pt" => Locale::pt_PT,
        "es" => Locale::es_ES,
        _ => Locale::en_GB,
    }
}

/// Where glibc's group separator differs from the standard way the language is written (and from
/// CLDR): Hungarian, Lithuanian and (European) Portuguese group digits with a space ("40 857,50"),
/// not the dot glibc gives them. A no-break space, so a number never splits across lines.
fn group_override(language: &str) -> Option<&'static str> {
    matches!(language, "hu" | "lt" | "pt").then_some("\u{a0}")
}

impl Symbols {
    pub fn numeric(language: &str) -> Symbols {
        let locale = glibc_locale(language);
        Symbols {
            decimal: locale_match!(locale => LC_NUMERIC::DECIMAL_POINT),
            group: group_override(language).unwrap_or(locale_match!(locale => LC_NUMERIC::THOUSANDS_SEP)),
            grouping: locale_match!(locale => LC_NUMERIC::GROUPING),
        }
    }

    pub fn monetary(language: &str) -> Symbols {
        let locale = glibc_locale(language);
        Symbols {
            decimal: locale_match!(locale => LC_MONETARY::MON_DECIMAL_POINT),
            group: group_override(language).unwrap_or(locale_match!(locale => LC_MONETARY::MON_THOUSANDS_SEP)),
            grouping: locale_match!(locale => LC_MONETARY::MON_GROUPING),
        }
    }

    /// The decimal sign, as typed input reads it.
    pub(crate) fn decimal_char(&self) -> char {
        self.decimal.chars().next().unwrap_or('.')
    }

    /// The group separator (empty when the locale does not group digits).
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
        if self.group.is_empty() || self.grouping.first().is_none_or(|size| *size <= 0) {
            return digits.to_owned();
        }
        let mut groups: Vec<&str> = Vec::new();
        let mut rest = digits;
        let mut sizes = self.grouping.iter();
        let mut size = 0;
        while !rest.is_empty() {
            if let Some(next) = sizes.next() {
                if *next <= 0 {
                    break;
                }
                size = *next as usize;
            }
            if rest.len() <= size {
                break;
            }
            let (head, tail) = rest.split_at(rest.len() - size);
            groups.push(tail);
            rest = head;
        }
        groups.push(rest);
        groups.reverse();
        groups.join(self.group)
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
        Ok(Symbols::numeric(lang.language.as_str()))
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
        assert_eq!(Symbols::numeric("en").format(40857.0, 0), "40,857");
        assert_eq!(Symbols::numeric("nl").format(40857.0, 0), "40.857");
        assert_eq!(Symbols::numeric("pl").format(5.5, 1), "5,5");
        assert_eq!(Symbols::numeric("uk").format(1234567.0, 0), "1\u{202f}234\u{202f}567");
        assert_eq!(Symbols::numeric("hu").format(40857.5, 1), "40\u{a0}857,5");
        assert_eq!(Symbols::monetary("lt").format(40857.5, 2), "40\u{a0}857,50");
        assert_eq!(Symbols::monetary("pt").format(40857.5, 2), "40\u{a0}857,50");
        assert_eq!(Symbols::monetary("nl").format(2098.8, 2), "2.098,80");
        assert_eq!(Symbols::monetary("en").format(14.71, 2), "14.71");
        assert_eq!(Symbols::numeric("en").format(12.0, 0), "12");
        assert_eq!(Symbols::numeric("en").format(123.0, 0), "123");
    }

    #[test]
    fn decimals_are_as_few_as_needed() {
        assert_eq!((natural_decimals(12.0), natural_decimals(5.5), natural_decimals(14.71)), (0, 1, 2));
    }
}
