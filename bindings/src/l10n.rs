//! Localized text for shells: the core's Fluent strings, negotiated the same way for every caller.

use std::sync::Arc;

use werkmaat_core::l10n;

use crate::time::LocalDate;

/// A shipped language as a picker shows it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LocaleInfo {
    pub code: String,
    pub native_name: String,
    /// Every message of the reference locale is translated.
    pub complete: bool,
}

/// Every language Werkmaat ships, sorted by code.
#[uniffi::export]
pub fn supported_locales() -> Vec<LocaleInfo> {
    l10n::locale_infos()
        .into_iter()
        .map(|info| LocaleInfo { code: info.code, native_name: info.native_name, complete: info.complete })
        .collect()
}

/// A value for a placeable in a message: numbers select plural forms and are formatted per locale.
#[derive(Debug, Clone, uniffi::Enum)]
pub enum TextValue {
    Text { value: String },
    Number { value: f64 },
}

#[derive(Debug, Clone, uniffi::Record)]
pub struct TextArg {
    pub name: String,
    pub value: TextValue,
}

/// The user's languages, negotiated against what ships, with English as the last fallback.
#[derive(Debug, uniffi::Object)]
pub struct Localizer {
    pub(crate) inner: l10n::Localizer,
}

#[uniffi::export]
impl Localizer {
    /// `preferred_locales`: BCP 47 tags, most wanted first (what the phone's settings list).
    #[uniffi::constructor]
    pub fn new(preferred_locales: Vec<String>) -> Arc<Self> {
        Arc::new(Localizer { inner: l10n::Localizer::negotiate(&preferred_locales) })
    }

    /// The negotiated locale.
    pub fn locale(&self) -> String {
        self.inner.locale().to_owned()
    }

    /// The fallback chain, most preferred first, ending with `en`.
    pub fn chain(&self) -> Vec<String> {
        self.inner.chain()
    }

    /// A date written in words, the way the user's language writes dates.
    pub fn date(&self, date: LocalDate) -> String {
        self.inner.date(date)
    }

    /// The message `id` in the first language of the chain that has it.
    pub fn text(&self, id: String, args: Vec<TextArg>) -> String {
        if args.is_empty() {
            return self.inner.text(&id);
        }
        self.inner.format(&id, Some(&fluent_args(args)))
    }
}

fn fluent_args(args: Vec<TextArg>) -> l10n::Args {
    let mut fluent = l10n::Args::new();
    for TextArg { name, value } in args {
        match value {
            TextValue::Text { value } => fluent.set(name, value),
            TextValue::Number { value } => fluent.set(name, value),
        }
    }
    fluent
}
