//! Localization: one Fluent bundle per embedded locale, negotiation of the user's preferences
//! against what we ship, and `en` as the last fallback of every chain.
//!
//! Bundles are parsed on first use and shared by every `Localizer` in the process, so opening a
//! profile costs only the bundles its chain needs. We use the `concurrent` bundle because the
//! FFI objects that hold a `Localizer` must be `Send + Sync`.

mod numbers;

use std::{collections::BTreeSet, sync::OnceLock};

use chrono::{Datelike, NaiveDate};

use fluent_bundle::{FluentArgs, FluentResource, concurrent::FluentBundle};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The reference locale: complete by definition, and the last fallback of every chain.
pub const FALLBACK_LOCALE: &str = "en";

type Bundle = FluentBundle<FluentResource>;

/// Arguments of a message: numbers select plural forms, text is inserted as is.
pub type Args = FluentArgs<'static>;

struct Locale {
    code: &'static str,
    langid: LanguageIdentifier,
    files: &'static [(&'static str, &'static str)],
    bundle: OnceLock<Bundle>,
}

impl Locale {
    fn bundle(&self) -> &Bundle {
        self.bundle.get_or_init(|| {
            let mut bundle = FluentBundle::new_concurrent(vec![self.langid.clone()]);
            // No bidi isolation marks: every shipped locale is left-to-right, and the marks would
            // end up as invisible characters in terminals, JSON and text-to-speech.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(numbers::format_fluent_number));
            for (_, source) in self.files {
                // A resource with syntax errors keeps its valid entries; the l10n tests fail on
                // any such error, so this only matters for a broken build.
                let resource = FluentResource::try_new((*source).to_owned())
                    .unwrap_or_else(|(resource, _)| resource);
                // Duplicate ids keep the first definition; the tests reject duplicates.
                let _ = bundle.add_resource(resource);
            }
            bundle
        })
    }

    /// Every message id and `id.attribute` this locale defines.
    fn keys(&self) -> BTreeSet<String> {
        let mut keys = BTreeSet::new();
        for (_, source) in self.files {
            let resource = FluentResource::try_new((*source).to_owned())
                .unwrap_or_else(|(resource, _)| resource);
            for entry in resource.entries() {
                if let ast::Entry::Message(message) = entry {
                    keys.insert(message.id.name.to_owned());
                    for attribute in &message.attributes {
                        keys.insert(format!("{}.{}", message.id.name, attribute.id.name));
                    }
                }
            }
        }
        keys
    }
}

fn registry() -> &'static [Locale] {
    static REGISTRY: OnceLock<Vec<Locale>> = OnceLock::new();
    REGISTRY.get_or_init(|| {
        EMBEDDED_LOCALES
            .iter()
            .filter_map(|(code, files)| {
                let langid = code.parse().ok()?;
                Some(Locale {
                    code,
                    langid,
                    files,
                    bundle: OnceLock::new(),
                })
            })
            .collect()
    })
}

fn find(code: &str) -> Option<&'static Locale> {
    registry().iter().find(|locale| locale.code == code)
}

/// The codes of every locale that ships, sorted.
pub fn supported_locales() -> Vec<&'static str> {
    registry().iter().map(|locale| locale.code).collect()
}

/// The Fluent sources of a locale as (file name, text), for the l10n tests and content tools.
pub fn locale_sources(code: &str) -> &'static [(&'static str, &'static str)] {
    find(code).map_or(&[], |locale| locale.files)
}

/// The variables used by the reference locale's messages in `file` whose id is `id` or starts
/// with `id-` (with their attributes): which facts a guide or a checklist item shows, read from
/// the text itself so that no list can drift from it.
pub fn reference_variables(file: &str, id: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let Some(source) = locale_sources(FALLBACK_LOCALE)
        .iter()
        .find(|(name, _)| *name == file)
        .map(|(_, s)| *s)
    else {
        return out;
    };
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(resource, _)| resource);
    let prefix = format!("{id}-");
    for entry in &resource.body {
        if let ast::Entry::Message(message) = entry
            && (message.id.name == id || message.id.name.starts_with(&prefix))
        {
            message
                .value
                .iter()
                .for_each(|p| pattern_variables(p, &mut out));
            message
                .attributes
                .iter()
                .for_each(|a| pattern_variables(&a.value, &mut out));
        }
    }
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    let inline = match expression {
        ast::Expression::Select { selector, variants } => {
            variants
                .iter()
                .for_each(|v| pattern_variables(&v.value, out));
            selector
        }
        ast::Expression::Inline(inline) => inline,
    };
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// A shipped locale as a language picker shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LocaleInfo {
    pub code: String,
    /// The language's name in the language itself ("polski", "română").
    pub native_name: String,
    /// True when the locale has every message and attribute of the reference locale.
    pub complete: bool,
}

/// Every shipped locale, with its native name and whether it is complete.
pub fn locale_infos() -> Vec<LocaleInfo> {
    let reference = find(FALLBACK_LOCALE).map(Locale::keys).unwrap_or_default();
    registry()
        .iter()
        .map(|locale| LocaleInfo {
            code: locale.code.to_owned(),
            native_name: Localizer {
                chain: vec![locale],
            }
            .text(&format!("language-{}", locale.code)),
            complete: reference.is_subset(&locale.keys()),
        })
        .collect()
}

/// A negotiated chain of locales. Cheap to clone; every lookup falls back along the chain.
#[derive(Clone)]
pub struct Localizer {
    chain: Vec<&'static Locale>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let codes: Vec<_> = self.chain.iter().map(|locale| locale.code).collect();
        f.debug_struct("Localizer").field("chain", &codes).finish()
    }
}

impl Localizer {
    /// Negotiates the user's preferences (BCP 47 tags, most wanted first; POSIX forms such as
    /// `pl_PL.UTF-8` are accepted) against the shipped locales. Tags that do not parse are
    /// skipped; `en` always ends the chain.
    pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> Localizer {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|tag| normalize_tag(tag.as_ref()).parse().ok())
            .collect();
        let available: Vec<LanguageIdentifier> = registry()
            .iter()
            .map(|locale| locale.langid.clone())
            .collect();
        let fallback: LanguageIdentifier = FALLBACK_LOCALE.parse().unwrap_or_default();
        let negotiated = negotiate_languages(
            &requested,
            &available,
            Some(&fallback),
            NegotiationStrategy::Filtering,
        );
        let mut chain: Vec<&'static Locale> = Vec::new();
        for langid in negotiated {
            if let Some(locale) = registry().iter().find(|locale| &locale.langid == langid)
                && !chain.iter().any(|known| known.code == locale.code)
            {
                chain.push(locale);
            }
        }
        if let Some(fallback) = find(FALLBACK_LOCALE)
            && !chain.iter().any(|known| known.code == FALLBACK_LOCALE)
        {
            chain.push(fallback);
        }
        Localizer { chain }
    }

    /// The negotiated locale: the first of the chain.
    pub fn locale(&self) -> &'static str {
        self.chain
            .first()
            .map_or(FALLBACK_LOCALE, |locale| locale.code)
    }

    /// The chain, most preferred first, ending with `en`.
    pub fn chain(&self) -> Vec<&'static str> {
        self.chain.iter().map(|locale| locale.code).collect()
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message, from the first locale of the chain that has it. An id no locale has comes back
    /// as itself, so a missing string is visible rather than silent (the l10n tests forbid it).
    pub fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.format_in_chain(id, None, args)
            .unwrap_or_else(|| id.to_owned())
    }

    /// An attribute of a message (`id.attribute` in Fluent), or `None` if no locale has it.
    pub fn attribute(
        &self,
        id: &str,
        attribute: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<String> {
        self.format_in_chain(id, Some(attribute), args)
    }

    /// A plain number with as few decimals as it needs: "5,5", "40.857".
    pub fn number(&self, value: f64) -> String {
        numbers::Symbols::numeric(self.locale()).format(value, numbers::natural_decimals(value))
    }

    /// An amount in euro, written the way this locale writes money (`format-money`).
    pub fn money(&self, amount: f64, decimals: usize) -> String {
        let mut args = Args::new();
        args.set(
            "amount",
            numbers::Symbols::monetary(self.locale()).format(amount, decimals),
        );
        self.format("format-money", Some(&args))
    }

    /// A percentage (`format-percent`): "8%", "8 %".
    pub fn percent(&self, value: f64) -> String {
        let mut args = Args::new();
        let number = numbers::Symbols::numeric(self.locale())
            .format(value, numbers::natural_decimals(value));
        args.set("value", number);
        self.format("format-percent", Some(&args))
    }

    /// A calendar date in words (`format-date`): "1 January 2027", "1 stycznia 2027".
    pub fn date(&self, date: NaiveDate) -> String {
        const MONTHS: [&str; 12] = [
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        ];
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

    fn format_in_chain(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<String> {
        self.chain.iter().find_map(|locale| {
            let bundle = locale.bundle();
            let message = bundle.get_message(id)?;
            let pattern = match attribute {
                Some(name) => message.get_attribute(name)?.value(),
                None => message.value()?,
            };
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned(),
            )
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

    #[test]
    fn nothing_usable_falls_back_to_english() {
        assert_eq!(Localizer::negotiate::<&str>(&[]).chain(), ["en"]);
        assert_eq!(Localizer::negotiate(&["!!", "C", "zz-ZZ"]).chain(), ["en"]);
    }

    #[test]
    fn a_missing_message_shows_its_id() {
        assert_eq!(
            Localizer::negotiate(&["en"]).text("no-such-message"),
            "no-such-message"
        );
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
        assert!(
            infos
                .iter()
                .find(|info| info.code == "en")
                .unwrap()
                .complete
        );
    }
}
