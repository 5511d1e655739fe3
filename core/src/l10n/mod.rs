//! Localization: Fluent bundles per locale (`locales`), negotiation of the user's preferences
//! against what the active content ships, and `en` as the last fallback of every chain.
//! We use the `concurrent` bundle because the FFI objects that hold a `Localizer` must be
//! `Send + Sync`.

mod fold;
mod locales;
mod number_input;
mod numbers;

use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use fluent_bundle::FluentArgs;
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

pub use self::{
    fold::fold,
    locales::{LocaleFiles, LocaleInfo, Locales},
    number_input::{NumberProblem, UNCLEAR as NUMBER_UNCLEAR, parse_number, unclear_args as number_example_args},
};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The reference locale: complete by definition, and the last fallback of every chain.
pub const FALLBACK_LOCALE: &str = "en";

/// Arguments of a message: numbers select plural forms, text is inserted as is.
pub type Args = FluentArgs<'static>;

/// The codes of every locale built into the library, sorted.
pub fn supported_locales() -> Vec<&'static str> {
    EMBEDDED_LOCALES.iter().map(|(code, _)| *code).collect()
}

/// The Fluent sources of a built-in locale as (file name, text).
pub fn locale_sources(code: &str) -> &'static [(&'static str, &'static str)] {
    EMBEDDED_LOCALES.iter().position(|(c, _)| *c == code).map_or(&[], embedded_files)
}

/// The files of the built-in locale at `index` of `EMBEDDED_LOCALES`, unpacked on first use (LZ4;
/// unpacking costs start-up time, so only the locales a user's chain reaches are unpacked). The texts live
/// as long as the process, as they did when embedded uncompressed, so they are leaked on purpose.
/// The build wrote them, so they unpack to UTF-8; a file that did not would be an empty one,
/// which the l10n lint catches.
pub(super) fn embedded_files(index: usize) -> &'static [(&'static str, &'static str)] {
    type Unpacked = std::sync::OnceLock<Vec<(&'static str, &'static str)>>;
    static UNPACKED: std::sync::OnceLock<Vec<Unpacked>> = std::sync::OnceLock::new();
    let slots = UNPACKED.get_or_init(|| EMBEDDED_LOCALES.iter().map(|_| Unpacked::new()).collect());
    let (Some(slot), Some((_, files))) = (slots.get(index), EMBEDDED_LOCALES.get(index)) else {
        return &[];
    };
    slot.get_or_init(|| {
        let unpack = |packed: &[u8]| {
            let bytes = lz4_flex::decompress_size_prepended(packed).unwrap_or_default();
            &*String::from_utf8(bytes).unwrap_or_default().leak()
        };
        files.iter().map(|(name, packed)| (*name, unpack(packed))).collect()
    })
}

/// Every built-in locale, with its native name and whether it is complete.
pub fn locale_infos() -> Vec<LocaleInfo> {
    Locales::embedded().infos()
}

/// A negotiated chain of locales. Cheap to clone; every lookup falls back along the chain.
#[derive(Clone)]
pub struct Localizer {
    locales: Arc<Locales>,
    /// Indices into `locales`, most preferred first, `en` last.
    chain: Vec<usize>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("chain", &self.chain()).finish()
    }
}

impl Localizer {
    /// Negotiates against the built-in locales; see `negotiate_in`.
    pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> Localizer {
        Localizer::negotiate_in(&Locales::embedded(), requested)
    }

    /// Negotiates the user's preferences (BCP 47 tags, most wanted first; POSIX forms such as
    /// `pl_PL.UTF-8` are accepted) against a set of locales. Tags that do not parse are skipped;
    /// `en` always ends the chain.
    pub fn negotiate_in<S: AsRef<str>>(locales: &Arc<Locales>, requested: &[S]) -> Localizer {
        let requested: Vec<LanguageIdentifier> =
            requested.iter().filter_map(|tag| normalize_tag(tag.as_ref()).parse().ok()).collect();
        let available: Vec<LanguageIdentifier> = locales.entries.iter().map(|l| l.langid.clone()).collect();
        let fallback: LanguageIdentifier = FALLBACK_LOCALE.parse().unwrap_or_default();
        let negotiated = negotiate_languages(&requested, &available, Some(&fallback), NegotiationStrategy::Filtering);
        let mut chain: Vec<usize> = Vec::new();
        for langid in negotiated {
            if let Some(i) = locales.entries.iter().position(|l| &l.langid == langid)
                && !chain.contains(&i)
            {
                chain.push(i);
            }
        }
        if let Some(i) = locales.find(FALLBACK_LOCALE)
            && !chain.contains(&i)
        {
            chain.push(i);
        }
        Localizer { locales: Arc::clone(locales), chain }
    }

    /// The chain for one tag, if one of `locales` serves it: `nl-NL`, `NL` and `nl_BE` find `nl`;
    /// `de` finds nothing when there is no German (no falling back to `en` here).
    pub fn matching(locales: &Arc<Locales>, tag: &str) -> Option<Localizer> {
        let requested: LanguageIdentifier = normalize_tag(tag).parse().ok()?;
        let available: Vec<LanguageIdentifier> = locales.entries.iter().map(|l| l.langid.clone()).collect();
        let found = negotiate_languages(&[requested], &available, None, NegotiationStrategy::Lookup);
        let found = found.first()?.to_string();
        Some(Localizer::negotiate_in(locales, &[found]))
    }

    /// The set of locales this chain was negotiated in.
    pub fn locales(&self) -> &Arc<Locales> {
        &self.locales
    }

    /// The negotiated locale: the first of the chain.
    pub fn locale(&self) -> &str {
        self.chain.first().map_or(FALLBACK_LOCALE, |&i| self.locales.entries[i].code.as_str())
    }

    /// The chain, most preferred first, ending with `en`.
    pub fn chain(&self) -> Vec<String> {
        self.chain.iter().map(|&i| self.locales.entries[i].code.clone()).collect()
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message without arguments, or `None` if no locale of the chain has it (for ids made
    /// from content, such as `source-<key>`, where a missing one falls back to stored text).
    pub fn try_text(&self, id: &str) -> Option<String> {
        self.format_in_chain(id, None, None)
    }

    /// A message, from the first locale of the chain that has it. An id no locale has comes back
    /// as itself, so a missing string is visible rather than silent (the l10n tests forbid it).
    pub fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.format_in_chain(id, None, args).unwrap_or_else(|| id.to_owned())
    }

    /// An attribute of a message (`id.attribute` in Fluent), or `None` if no locale has it.
    pub fn attribute(&self, id: &str, attribute: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        self.format_in_chain(id, Some(attribute), args)
    }

    /// A plain number with as few decimals as it needs: "5,5", "40.857".
    pub fn number(&self, value: f64) -> String {
        numbers::Symbols::of(self.locale()).format(value, numbers::natural_decimals(value))
    }

    /// An amount in euro, written the way this locale writes money (`format-money`).
    pub fn money(&self, amount: f64, decimals: usize) -> String {
        let mut args = Args::new();
        args.set("amount", numbers::Symbols::of(self.locale()).format(amount, decimals));
        self.format("format-money", Some(&args))
    }

    /// A percentage (`format-percent`): "8%", "8 %".
    pub fn percent(&self, value: f64) -> String {
        let mut args = Args::new();
        let number = numbers::Symbols::of(self.locale()).format(value, numbers::natural_decimals(value));
        args.set("value", number);
        self.format("format-percent", Some(&args))
    }

    /// A calendar date in words (`format-date`): "1 January 2027", "1 stycznia 2027".
    pub fn date(&self, date: NaiveDate) -> String {
        const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        let mut args = Args::new();
        args.set("day", date.day());
        args.set("month", MONTHS[date.month0() as usize]);
        args.set("year", date.year().to_string());
        self.format("format-date", Some(&args))
    }

    /// The text of an error, in this chain's language.
    pub fn error(&self, error: &crate::Error) -> String {
        let (id, args) = error.message();
        self.format(id, Some(&args))
    }

    fn format_in_chain(&self, id: &str, attribute: Option<&str>, args: Option<&FluentArgs<'_>>) -> Option<String> {
        self.chain.iter().find_map(|&i| {
            let bundle = self.locales.entries[i].bundle();
            let message = bundle.get_message(id)?;
            let pattern = match attribute {
                Some(name) => message.get_attribute(name)?.value(),
                None => message.value()?,
            };
            let mut errors = Vec::new();
            Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
        })
    }
}

/// `pl_PL.UTF-8` → `pl-PL`; `C` and `POSIX` mean "no preference".
fn normalize_tag(tag: &str) -> String {
    let tag = tag.split(['.', '@']).next().unwrap_or_default().trim();
    if tag.eq_ignore_ascii_case("C") || tag.eq_ignore_ascii_case("POSIX") {
        return String::new();
    }
    tag.replace('_', "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_prefers_the_users_order_and_ends_with_english() {
        assert_eq!(Localizer::negotiate(&["pl-PL", "de"]).chain(), ["pl", "en"]);
        assert_eq!(Localizer::negotiate(&["de", "ro"]).chain(), ["ro", "en"]);
        assert_eq!(Localizer::negotiate(&["uk_UA.UTF-8"]).locale(), "uk");
        assert_eq!(Localizer::negotiate(&["nl-BE", "en"]).chain(), ["nl", "en"]);
    }

    /// As CLDR writes them, with no-break spaces so a line never ends between amount and sign
    /// (every case in every locale: tests/cldr/compare.py against ICU).
    #[test]
    fn money_percentages_and_dates_are_written_as_cldr_writes_them() {
        let (nl, ro, uk) =
            (Localizer::negotiate(&["nl"]), Localizer::negotiate(&["ro"]), Localizer::negotiate(&["uk"]));
        assert_eq!(nl.money(2098.8, 2), "€\u{a0}2.098,80");
        assert_eq!(Localizer::negotiate(&["pl"]).money(2098.8, 2), "2\u{a0}098,80\u{a0}€");
        assert_eq!(ro.percent(8.0), "8\u{a0}%");
        assert_eq!(nl.percent(12.5), "12,5%");
        let new_year = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        assert_eq!(uk.date(new_year), "31 грудня 2026\u{202f}р.");
    }

    #[test]
    fn one_tag_matches_a_locale_or_nothing() {
        let locales = Locales::embedded();
        for tag in ["nl", "nl-NL", "NL", "nl_BE", "nl-Latn-NL"] {
            assert_eq!(
                Localizer::matching(&locales, tag).map(|l| l.chain()),
                Some(vec!["nl".into(), "en".into()]),
                "{tag}"
            );
        }
        assert_eq!(Localizer::matching(&locales, "en-GB").map(|l| l.chain()), Some(vec!["en".into()]));
        for tag in ["de", "xx", "", "!!"] {
            assert!(Localizer::matching(&locales, tag).is_none(), "{tag}");
        }
    }

    #[test]
    fn nothing_usable_falls_back_to_english() {
        assert_eq!(Localizer::negotiate::<&str>(&[]).chain(), ["en"]);
        assert_eq!(Localizer::negotiate(&["!!", "C", "zz-ZZ"]).chain(), ["en"]);
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        assert_eq!(Localizer::negotiate(&["en"]).text("no-such-message"), "no-such-message");
    }

    #[test]
    fn errors_read_in_the_negotiated_language() {
        let error = crate::Error::InvalidKeyLength { actual: 3 };
        let en = Localizer::negotiate(&["en"]).error(&error);
        let pl = Localizer::negotiate(&["pl"]).error(&error);
        assert!(en.contains("32") && en.contains('3'), "{en}");
        assert_ne!(en, pl);
    }

    #[test]
    fn native_names_come_from_each_locale() {
        let infos = locale_infos();
        let polish = infos.iter().find(|info| info.code == "pl").unwrap();
        assert_eq!(polish.native_name, "polski");
        assert!(infos.iter().find(|info| info.code == "en").unwrap().complete);
    }
}
