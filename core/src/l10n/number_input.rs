//! Numbers as people type them: `45.000` and `45.000,50` in Dutch, `45,000` in English, `45 000`
//! in Polish (with a plain, no-break or narrow no-break space). The separators are the locale's
//! own (`numbers::Symbols`). A value that could mean two numbers — a separator that is not the
//! locale's, or the locale's decimal sign followed by exactly three digits (`45.000` in English,
//! `1,234` in Dutch) — is refused with an example, never guessed: a wrong guess turns €45,000
//! into €45 and an allowance the user must pay back.

use fluent_bundle::{
    FluentArgs, FluentValue,
    types::{FluentNumber, FluentNumberOptions},
};

use super::numbers::Symbols;
use crate::InputProblem;

/// The Fluent message (in `ui.ftl`) for a number that could be read two ways; its `$example` is
/// `EXAMPLE` written the locale's way.
pub const UNCLEAR: InputProblem = InputProblem::NumberUnclear;

/// The number shown as an example of how to write one: thousands and decimals.
const EXAMPLE: f64 = 45000.5;

const SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// Why typed text is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberProblem {
    /// Not written as a number at all (letters, `NaN`, `4.5e4`, an empty field).
    NotANumber,
    /// Could mean two numbers in this locale: ask again with `UNCLEAR`.
    Unclear,
}

/// Reads `text` as a number written in `language` (a locale code such as `nl`).
pub fn parse_number(language: &str, text: &str) -> Result<f64, NumberProblem> {
    let symbols = Symbols::of(language);
    let decimal = symbols.decimal_char();
    let groups = input_groups(language);
    let text = text.trim_matches(|c: char| c.is_whitespace() || c == '€');
    let (negative, text) = match text.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let is_separator = |c: char| c == '.' || c == ',' || SPACES.contains(&c);
    if text.is_empty() || !text.chars().all(|c| c.is_ascii_digit() || is_separator(c)) {
        return Err(NumberProblem::NotANumber);
    }
    // A separator this locale does not use (`45.5` in Polish, `45 000` in English) is a habit from
    // another language: it may be a decimal sign or a group separator.
    if text.chars().any(|c| is_separator(c) && c != decimal && !groups.contains(&c)) {
        return Err(NumberProblem::Unclear);
    }
    let mut parts = text.split(decimal);
    let (integer, fraction) = (parts.next().unwrap_or_default(), parts.next());
    if parts.next().is_some() {
        return Err(NumberProblem::Unclear);
    }
    let integer = grouped_digits(integer, &groups)?;
    let fraction = match fraction {
        None => String::new(),
        Some(digits) if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) => {
            // `45.000` in English, `1,234` in Dutch: a decimal sign and three digits, with no
            // grouping to show the writer used this locale's way.
            if digits.len() == 3 && !integer.grouped && integer.digits != "0" {
                return Err(NumberProblem::Unclear);
            }
            digits.to_owned()
        }
        Some(_) => return Err(NumberProblem::Unclear),
    };
    let plain = format!(
        "{}{}.{}",
        if negative { "-" } else { "" },
        integer.digits,
        if fraction.is_empty() { "0" } else { &fraction }
    );
    plain
        .parse::<f64>()
        .map_err(|_| NumberProblem::NotANumber)
        .and_then(|n| if n.is_finite() { Ok(n) } else { Err(NumberProblem::NotANumber) })
}

/// The example for `UNCLEAR`, as a Fluent argument: the bundle writes it the locale's way.
pub fn unclear_args(args: &mut FluentArgs<'static>) {
    let options = FluentNumberOptions { minimum_fraction_digits: Some(2), ..FluentNumberOptions::default() };
    args.set("example", FluentValue::Number(FluentNumber::new(EXAMPLE, options)));
}

/// The group separators a user of `language` types: the locale's own, and for a locale that groups
/// with a space, every space (people type a plain one; pasted text has U+00A0 or U+202F).
/// Portuguese is also written with a dot (`45.000`), as in Brazil and in older Portuguese usage.
fn input_groups(language: &str) -> Vec<char> {
    let own: Vec<char> = Symbols::of(language).group_str().chars().collect();
    let mut groups = if own.iter().any(|c| SPACES.contains(c)) { SPACES.to_vec() } else { own };
    if language == "pt" {
        groups.push('.');
    }
    groups
}

struct Integer {
    digits: String,
    grouped: bool,
}

/// The digits of the integer part, with groups of three after the first (`45.000`, `1 234 567`),
/// all separated by the same kind of separator.
fn grouped_digits(integer: &str, groups: &[char]) -> Result<Integer, NumberProblem> {
    let separators: Vec<char> = integer.chars().filter(|c| groups.contains(c)).collect();
    let Some(&first) = separators.first() else {
        return if integer.is_empty() {
            Err(NumberProblem::Unclear)
        } else {
            Ok(Integer { digits: integer.to_owned(), grouped: false })
        };
    };
    let is_space = |c: char| SPACES.contains(&c);
    if separators.iter().any(|&c| c != first && !(is_space(c) && is_space(first))) {
        return Err(NumberProblem::Unclear);
    }
    let parts: Vec<&str> = integer.split(|c| groups.contains(&c)).collect();
    let well_grouped = parts.first().is_some_and(|p| (1..=3).contains(&p.len()))
        && parts.iter().skip(1).all(|p| p.len() == 3)
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()));
    if !well_grouped {
        return Err(NumberProblem::Unclear);
    }
    Ok(Integer { digits: parts.concat(), grouped: true })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::Localizer;

    const NBSP: &str = "\u{a0}";
    const NNBSP: &str = "\u{202f}";

    /// Each locale: inputs read as numbers, and inputs refused as unclear.
    fn check(language: &str, accepted: &[(&str, f64)], unclear: &[&str]) {
        for (text, value) in accepted {
            assert_eq!(parse_number(language, text), Ok(*value), "{language}: {text:?}");
        }
        for text in unclear {
            assert_eq!(parse_number(language, text), Err(NumberProblem::Unclear), "{language}: {text:?}");
        }
    }

    #[test]
    fn english_groups_with_a_comma() {
        check(
            "en",
            &[
                ("45000", 45000.0),
                ("45,000", 45000.0),
                ("45,000.50", 45000.5),
                ("1,234,567", 1234567.0),
                ("14.71", 14.71),
                ("€ 385", 385.0),
            ],
            &["45.000", "45 000", "45,000,5", "4,5000", "45,00", "1.234,5", "1.2.3"],
        );
    }

    #[test]
    fn dutch_romanian_and_spanish_group_with_a_dot() {
        for language in ["nl", "ro", "es"] {
            check(
                language,
                &[
                    ("45000", 45000.0),
                    ("45.000", 45000.0),
                    ("45.000,50", 45000.5),
                    ("45000,5", 45000.5),
                    ("1.234.567", 1234567.0),
                    ("14,71", 14.71),
                ],
                &["45,000", "1,234", "45 000", "45.5", "4.5000", "45,000.50", "1,2,3"],
            );
        }
    }

    #[test]
    fn portuguese_groups_with_a_space_or_a_dot() {
        check(
            "pt",
            &[
                ("45.000", 45000.0),
                ("45.000,50", 45000.5),
                (&format!("45{NBSP}000"), 45000.0),
                ("45 000,50", 45000.5),
                ("14,71", 14.71),
            ],
            &["45,000", "45.5", "45.000 000"],
        );
    }

    #[test]
    fn polish_ukrainian_bulgarian_hungarian_and_lithuanian_group_with_a_space() {
        for language in ["pl", "uk", "bg", "hu", "lt"] {
            check(
                language,
                &[
                    ("45000", 45000.0),
                    ("45 000", 45000.0),
                    (&format!("45{NBSP}000"), 45000.0),
                    (&format!("45{NNBSP}000,50"), 45000.5),
                    (&format!("1{NNBSP}234 567"), 1234567.0),
                    ("14,71", 14.71),
                ],
                &["45.000", "45,000", "45.5", "45 00", "45 000.50"],
            );
        }
    }

    #[test]
    fn text_that_is_no_number_is_not_a_number() {
        for text in ["", "abc", "NaN", "inf", "4.5e4", "45 euro", "--4", "0x10"] {
            assert_eq!(parse_number("en", text), Err(NumberProblem::NotANumber), "{text:?}");
        }
        assert_eq!(parse_number("nl", "-12,5"), Ok(-12.5));
    }

    #[test]
    fn the_example_is_written_the_locales_way() {
        let error = crate::Error::invalid("answer", UNCLEAR);
        let text = |code: &str| Localizer::negotiate(&[code]).error(&error);
        assert!(text("en").contains("45,000.50"), "{}", text("en"));
        assert!(text("nl").contains("45.000,50"), "{}", text("nl"));
        assert!(text("pl").contains(&format!("45{NBSP}000,50")), "{}", text("pl"));
        assert!(text("hu").contains(&format!("45{NBSP}000,50")), "{}", text("hu"));
    }
}
