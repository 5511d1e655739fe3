//! A set of locales: the embedded one, or the one an installed content pack brings. Each locale's
//! Fluent bundle is parsed on first use and shared by every `Localizer` over the set.

use std::{
    borrow::Cow,
    collections::{BTreeMap, BTreeSet, HashMap},
    sync::{Arc, Mutex, OnceLock},
};

use fluent_bundle::{FluentResource, concurrent::FluentBundle};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::{EMBEDDED_LOCALES, FALLBACK_LOCALE, embedded_files, numbers};
use crate::{Error, Result};

pub(super) type Bundle = FluentBundle<FluentResource>;

pub(super) struct Locale {
    pub(super) code: String,
    pub(super) langid: LanguageIdentifier,
    /// Where a built-in locale's files are in `EMBEDDED_LOCALES`; `None` for a pack's locale.
    embedded: Option<usize>,
    /// The Fluent files; a built-in locale's are unpacked on first use.
    files: OnceLock<Vec<(String, Cow<'static, str>)>>,
    bundle: OnceLock<Bundle>,
}

impl Locale {
    fn files(&self) -> &[(String, Cow<'static, str>)] {
        self.files.get_or_init(|| {
            let files = self.embedded.map_or(&[][..], embedded_files);
            files.iter().map(|(name, text)| ((*name).to_owned(), Cow::Borrowed(*text))).collect()
        })
    }

    pub(super) fn bundle(&self) -> &Bundle {
        self.bundle.get_or_init(|| {
            let mut bundle = FluentBundle::new_concurrent(vec![plural_langid(&self.langid)]);
            // No bidi isolation marks: every shipped locale is left-to-right, and the marks would
            // end up as invisible characters in terminals, JSON and text-to-speech.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(numbers::format_fluent_number));
            for (_, source) in self.files() {
                // A resource with syntax errors keeps its valid entries; the l10n tests fail on
                // any such error, and packs are checked before they install.
                let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(resource, _)| resource);
                // Duplicate ids keep the first definition; the tests reject duplicates.
                let _ = bundle.add_resource(resource);
            }
            bundle
        })
    }

    /// Every message id and `id.attribute` this locale defines.
    fn keys(&self) -> BTreeSet<String> {
        let mut keys = BTreeSet::new();
        for (_, source) in self.files() {
            let resource = fluent_syntax::parser::parse(source.as_ref()).unwrap_or_else(|(resource, _)| resource);
            for entry in resource.body {
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

/// The locale a bundle chooses plural forms by. Our Portuguese is Portugal's: CLDR's `pt` rules
/// are Brazil's (0 and 1,5 take the singular there), `pt-PT` has its own.
fn plural_langid(langid: &LanguageIdentifier) -> LanguageIdentifier {
    match (langid.language.as_str(), langid.region) {
        ("pt", None) => "pt-PT".parse().unwrap_or_else(|_| langid.clone()),
        _ => langid.clone(),
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

/// Locale code → file name → Fluent source: the form packs carry locales in.
pub type LocaleFiles = BTreeMap<String, BTreeMap<String, String>>;

pub struct Locales {
    pub(super) entries: Vec<Locale>,
    /// By file of the reference locale: message id → the variables it uses. Each file is parsed
    /// once, on first question; a guide list or a checklist asks for many messages of one file.
    variables: Mutex<HashMap<String, Arc<MessageVariables>>>,
    /// What a language picker shows, worked out once: it parses every locale.
    infos: OnceLock<Vec<LocaleInfo>>,
}

type MessageVariables = BTreeMap<String, BTreeSet<String>>;

impl Locales {
    /// The locales built into the library from `locales/`.
    pub fn embedded() -> Arc<Locales> {
        static EMBEDDED: OnceLock<Arc<Locales>> = OnceLock::new();
        Arc::clone(EMBEDDED.get_or_init(|| {
            let entries = EMBEDDED_LOCALES
                .iter()
                .enumerate()
                .filter_map(|(index, (code, _))| {
                    Some(Locale {
                        code: (*code).to_owned(),
                        langid: code.parse().ok()?,
                        embedded: Some(index),
                        files: OnceLock::new(),
                        bundle: OnceLock::new(),
                    })
                })
                .collect();
            Arc::new(Locales { entries, variables: Mutex::default(), infos: OnceLock::new() })
        }))
    }

    /// Locales from a content pack; the reference locale must be there. Their Fluent text is
    /// parsed when a chain reaches it, as for the embedded ones; `check` parses all of it.
    pub fn from_files(files: LocaleFiles) -> Result<Locales> {
        let bad = || Error::Content { part: "locales" };
        if !files.contains_key(FALLBACK_LOCALE) {
            return Err(bad());
        }
        let mut entries = Vec::new();
        for (code, sources) in files {
            let langid = code.parse().map_err(|_| bad())?;
            let files =
                OnceLock::from(sources.into_iter().map(|(name, text)| (name, Cow::Owned(text))).collect::<Vec<_>>());
            entries.push(Locale { code, langid, embedded: None, files, bundle: OnceLock::new() });
        }
        Ok(Locales { entries, variables: Mutex::default(), infos: OnceLock::new() })
    }

    /// Every file of every locale a pack brought must parse without errors: a pack that would
    /// show broken text is refused before it installs. (The embedded ones are checked by the l10n
    /// lint before they ship.)
    pub fn check(&self) -> Result<()> {
        for locale in self.entries.iter().filter(|locale| locale.embedded.is_none()) {
            for (_, text) in locale.files() {
                fluent_syntax::parser::parse(text.as_ref()).map_err(|_| Error::Content { part: "locales" })?;
            }
        }
        Ok(())
    }

    /// All files of all locales, as a pack carries them.
    pub fn to_files(&self) -> LocaleFiles {
        self.entries
            .iter()
            .map(|l| (l.code.clone(), l.files().iter().map(|(n, t)| (n.clone(), t.to_string())).collect()))
            .collect()
    }

    pub(super) fn find(&self, code: &str) -> Option<usize> {
        self.entries.iter().position(|locale| locale.code == code)
    }

    pub fn codes(&self) -> Vec<String> {
        self.entries.iter().map(|locale| locale.code.clone()).collect()
    }

    /// Every locale, with its native name and whether it is complete; parsed once per set of
    /// locales (parsing all ten is slow enough to matter at a start), then served from memory.
    pub fn infos(self: &Arc<Self>) -> Vec<LocaleInfo> {
        let compute = || {
            let reference = self.find(FALLBACK_LOCALE).map(|i| self.entries[i].keys()).unwrap_or_default();
            self.native_names()
                .into_iter()
                .zip(&self.entries)
                .map(|((code, native_name), locale)| LocaleInfo {
                    code,
                    native_name,
                    complete: reference.is_subset(&locale.keys()),
                })
                .collect()
        };
        self.infos.get_or_init(compute).clone()
    }

    /// (code, the language's name in itself) of every locale; unlike `infos`, it does not parse
    /// every locale to check completeness.
    pub fn native_names(self: &Arc<Self>) -> Vec<(String, String)> {
        (0..self.entries.len())
            .map(|i| {
                let code = self.entries[i].code.clone();
                let alone = super::Localizer { locales: Arc::clone(self), chain: vec![i] };
                let name = alone.text(&format!("language-{code}"));
                (code, name)
            })
            .collect()
    }

    /// The variables used by the reference locale's messages in `file` whose id is `id` or starts
    /// with `id-` (with their attributes): which facts a guide or a checklist item shows, read
    /// from the text itself so that no list can drift from it.
    pub fn reference_variables(&self, file: &str, id: &str) -> BTreeSet<String> {
        let prefix = format!("{id}-");
        self.variables_in(file)
            .iter()
            .filter(|(message, _)| *message == id || message.starts_with(&prefix))
            .flat_map(|(_, variables)| variables.iter().cloned())
            .collect()
    }

    fn variables_in(&self, file: &str) -> Arc<MessageVariables> {
        let mut cache = crate::sync::lock(&self.variables);
        if let Some(variables) = cache.get(file) {
            return Arc::clone(variables);
        }
        let source = self.find(FALLBACK_LOCALE).and_then(|index| {
            self.entries[index].files().iter().find(|(name, _)| name == file).map(|(_, source)| source.as_ref())
        });
        let resource =
            fluent_syntax::parser::parse(source.unwrap_or_default()).unwrap_or_else(|(resource, _)| resource);
        let mut by_message = MessageVariables::new();
        for entry in &resource.body {
            if let ast::Entry::Message(message) = entry {
                let out = by_message.entry(message.id.name.to_owned()).or_default();
                message.value.iter().for_each(|p| pattern_variables(p, out));
                message.attributes.iter().for_each(|a| pattern_variables(&a.value, out));
            }
        }
        let variables = Arc::new(by_message);
        cache.insert(file.to_owned(), Arc::clone(&variables));
        variables
    }
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
            variants.iter().for_each(|v| pattern_variables(&v.value, out));
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
